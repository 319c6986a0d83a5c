<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>Action</name>
    <message>
      <source>open a case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>record a seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>register items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ask for a correction of an item record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>approve corrections of item records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>split an item or take a sample</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>attach photos and documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print labels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>hand over or receive items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>check items in to storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>check items out of storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>move items within storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>send items to a laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>receive items back from a laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>take items to court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>receive items back from court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>break a seal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>apply a seal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>record a weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>acknowledge a discrepancy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>carry out an inventory audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>authorise disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>carry out a disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>release items to their owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>look up items and their history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>produce reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>verify the ledger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>export the ledger and proofs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sign a ledger checkpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rebuild the tables from the ledger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>manage users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unlock user accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change the station settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>manage storage locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>make a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>restore a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>build a demonstration database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>record a clock correction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>recover items held by an absent or disabled officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>resolve items an audit found missing or misplaced</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <source>First administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The administrator manages officers and the station. There is no other account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lower-case letters, digits, '.', '_' or '-'; used to sign in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Badge number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>8 to 128 characters, in any script; spaces are allowed. A short sentence is easy to remember and hard to guess. Common passwords are refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AdministrationPage</name>
    <message>
      <source>Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger integrity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verification recomputes every entry's hash, the hash chain, the signatures, who was entitled to sign each entry and the signed checkpoints from the stored bytes, against this station's own key, and checks the tables derived from the ledger.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verify ledger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your roles do not allow verifying the ledger.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Correct the ledger's clock…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Officers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clock correction recorded at entry {seq}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verifying…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not verified since you signed in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consistent, but NOT checked against this station's key: all {n} entries check out among themselves, but this workstation holds no station key to trust (verified {when}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intact: all {n} entries, their signatures and checkpoints check out (verified {when}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger root hash: {root}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NOT intact: {k} problems found (verified {when}). Keep this workstation as it is and call your supervisor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entry {seq}: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgencyPage</name>
    <message>
      <source>Agency and evidence room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These names appear on every label and court report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>for example: National Police, Drug Enforcement Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>for example: Central evidence room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dates on reports are shown in this time zone. Type part of a city name to search.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttachDialog</name>
    <message>
      <source>The file cannot be read ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not attached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This file was not attached:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} files were not attached:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <source>JPEG photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PNG image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is too large: {size} MB. At most {max} MB can be attached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only JPEG and PNG photos and PDF documents can be attached (this is {media_type}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file's content is not a {expected}. Check the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The image cannot be read: the file is damaged or not an image.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The image is too large ({pixels} megapixels); at most {max} megapixels.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This attachment is not an image: there is no thumbnail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no item {item_id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The stored file {sha256} does not match its hash: it was altered. Restore a backup.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Auth</name>
    <message>
      <source>The username or password is not correct.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This account is locked after too many wrong passwords. Try again after {until} or ask an administrator to unlock it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This account is disabled. Ask an administrator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The password is not correct.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The account of {username} is not locked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The signing key of {username} was replaced or revoked since it was unlocked (for example by a password reset). Nothing was saved. Sign in again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{username} is not an officer of this ledger. Nothing was saved.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>No backup passphrase is set on this workstation. An administrator sets it once: custody backup passphrase --as ADMIN. Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A backup passphrase is already set; give --replace to set a new one (older backups keep needing the old passphrase).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup passphrase must be at least {n} characters long.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup key file {path} is damaged. Set the passphrase again (custody backup passphrase --replace). Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The copy of the database did not verify ({reason}), so no backup was kept. Run 'custody ledger verify' on the station.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup file read back from {path} is not what was written (the disk or the medium is failing). It was deleted; write the backup elsewhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pg_dump is not installed on this workstation (it comes with the PostgreSQL client). Install it, or back up the server as docs/DEPLOYMENT.md describes. Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pg_dump failed: {reason}. Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder {path} already holds a Custody database or keys. Restore into a new, empty data folder (--data-dir NEW). Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is not a Custody backup. Nothing was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup {path} is damaged or incomplete (it does not authenticate: a changed or missing byte). Nothing was restored; use another backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The passphrase does not open this backup. Nothing was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup {path} does not hold what its manifest lists ({reason}). Nothing was restored; use another backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database in the backup does not verify ({reason}). Nothing was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup holds {size} ledger entries, but the station's checkpoint {checkpoint} already covers {covered}: it is older than what the station exported, and restoring it would lose entries. Nothing was restored; use a newer backup, or --force to restore it anyway.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger in the backup is not consistent with the checkpoint {checkpoint} ({reason}). Nothing was restored; use --force to restore it anyway.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The checkpoint file {path} is not a signed checkpoint note.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep between 1 and 365 backups.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup folder must be a full path (or empty for backups/ in the data folder).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupCard</name>
    <message>
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each backup is one file with the database and this station's keys, checked before it counts and encrypted with the backup passphrase. Never copy the database file by hand while Custody runs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When Custody closes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the newest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save backup settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set the passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No backup passphrase is set yet: no backup is made until an administrator sets one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last backup: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No backup yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder for backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup settings saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set the backup passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The passphrase that opens every backup (at least {n} characters). Keep it apart from this computer: without it no backup can be restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The same passphrase again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passphrases differ; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup passphrase set. Older backups keep needing the passphrase they were made with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backing up and checking the copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written and verified: {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <source>Case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A short name for the case, as the investigators call it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Requesting agency reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prosecutor reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open case</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseOutcome</name>
    <message>
      <source>Convicted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acquitted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismissed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closed without charge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Under appeal (not final)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the outcome of the case.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose what is to be done with the items (return, destruction, forfeiture).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no case {case}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No item of case {case} is waiting for disposal.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter by case number or title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record a seizure for this case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show its items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a new case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case {number} opened.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CasesTableModel</name>
    <message>
      <source>Case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seizures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opened by</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <source>This field is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This field does not belong to this kind of item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose one of: {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The net weight cannot be more than the gross weight.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave the result empty: no field test was done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A field test was done: give its result.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say who made it safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say when it was made safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave this empty: the item was not made safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the currency of the value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Count the notes and coins: give at least one denomination and its count.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each line needs a denomination above zero and a count (for example 50 and 12).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The denomination {denomination} is listed twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The total does not match the notes and coins counted ({total}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The value cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At most {places} decimals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A VIN has 17 letters and digits, without the letters I, O or Q. Check it against the vehicle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An IMEI has 15 digits (16 for IMEISV). Dial *#06# on the phone or read the label.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This IMEI has a typing error: its last digit does not match. Check it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Powder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Crystals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tablets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capsules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Liquid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plant material</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Blotter paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inconclusive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pistol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revolver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rifle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shotgun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Submachine gun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Machine gun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Combination gun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Craft-made firearm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other firearm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Centrefire cartridges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rimfire cartridges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shotgun shells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other ammunition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commercial explosive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Military explosive or munition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Improvised device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detonators or fuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fireworks or flares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other explosive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identity card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Driving licence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Residence or work permit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vehicle registration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mobile phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tablet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Storage (USB stick, disk, memory card)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIM card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>GPS or satellite device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timber</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mineral or ore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Charcoal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wildlife or wildlife product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other natural resource</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made safe by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made safe at (date and time)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suspected substance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number of packages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gross weight (with packaging)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight (substance only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field test done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field test result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type of firearm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make (manufacturer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calibre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Serial number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country of manufacture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other markings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number of magazines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rounds of ammunition with it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type of ammunition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Headstamp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number of rounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type of explosive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Markings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number of pieces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes and coins counted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suspected counterfeit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type of document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issuing country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Document number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of the holder (as written)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type of device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>IMEI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Second IMEI (dual SIM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>VIN (vehicle identification number)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number plate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind of resource</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Species or mineral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Volume (cubic metres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Origin (where it came from)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Estimated value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say why this value is kept although its check fails (e.g. counterfeit phone).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The check of this field cannot be overridden.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Category</name>
    <message>
      <source>Drugs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Firearm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ammunition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explosives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identity or other document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone, computer or other device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vehicle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timber, minerals, wildlife</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other goods</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CertificateCard</name>
    <message>
      <source>Report signatures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports are signed with this station's certificate; the ledger binds its fingerprint to the station key, and every report prints it. Give the trust root to a court whose PDF reader should recognise the signature.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the trust root…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use an agency certificate (PKCS#12)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed by: {subject}
SHA-256: {sha}
Valid until: {until}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the trust root</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificates (*.crt *.pem)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PKCS#12 certificates (*.p12 *.pfx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The certificate file's password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be read: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <source>Current password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type your current password.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Backup passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} bytes, {entries} ledger entries, root {root}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} bytes, {entries} ledger entries).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup passphrase set ({path}). Automatic and manual backups are now encrypted to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no backup file {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The checkpoint file {file} cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored station {station} (backup of {created}, {entries} ledger entries, verified) into {folder}. Open it with: custody --data-dir {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored the keys of station {station} into {folder}, and the PostgreSQL dump {dump}. Load it into an empty database with: pg_restore --no-owner --dbname postgresql://OWNER@HOST/custody {dump}  (docs/DEPLOYMENT.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interrupted; nothing more was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password for {user}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>state:    up to date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>state:    needs upgrade ('custody db upgrade')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo database ready at {url} in {seconds} s: {cases} cases, {seizures} seizures, {items} items (+{children} split/sampled), {photos} photos, {corrections} corrections, {locations} locations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administrator: {username} / password: {password}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Officers ({usernames}) / password: {password}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administrator password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set up {agency}, station {station}, log {origin}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station verifier key: {key}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workstation now opens the shared database as station {station} ({saved}). Other workstations join it with 'custody station join' (give them the verifier key above).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give --out FILE.pdf|FILE.zpl or --printer QUEUE. Templates: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} label(s), template {template}, {format} -&gt; {destination}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger intact: {n} entries, root {root}; its first station key is trusted ({anchor}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger intact but NOT TRUSTED: {n} entries, consistent, but its first station key ({anchor}) could not be checked against a key you trust. Run on the station's own workstation or give --trust "&lt;the station's verifier key&gt;".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{failures} failure(s) in {n} entries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clock correction recorded at seq {seq} ({at}); entries up to {until} carried the wrong time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported {n} entries to {out}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} difference(s) found and repaired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} difference(s) found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote {out} (report {report}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote {out} (report {report}, {n} items).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote {out}: the trust root (SHA-256 {sha}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports are signed by {subject}, valid until {until}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing certificate SHA-256 fingerprint (printed on every report): {sha}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate file password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports are now signed with the certificate SHA-256 {sha} (recorded in the ledger).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the new station's code: --station CODE.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give --trust with the verifier key of the database's first station (station {station}). Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database's first station is {station}. Its verifier key, as the database states it:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compare it with the key your agency published (it is printed on every report).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Is it the same key?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not joined: the key was not confirmed. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verifying the whole ledger against the first station's key...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station {station} joined the log {origin}; its key is in {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workstation now opens the shared database as station {station} ({saved}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote {path}: {n} item(s) handed to {to}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Package {package}, package hash (SHA-256 of its manifest) {sha}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station verifier key the receiver must trust: {key}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The package would be refused: {reasons}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepted package {sha}: {items} are now in your custody.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trusted {name} (ledger entry {seq}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No longer trusted (ledger entry {seq}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No other station is trusted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Initial password for {user}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created {user} ({roles}), key {key}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled {user}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enabled {user}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlocked {user}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New password for {user}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password reset for {user}; a new signing key was issued.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot write {out}: {reason}. Choose a folder you can write to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote {out} ({size} bytes, SHA-256 {sha}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give it to prosecutors with the reports: they open it in any web browser, drop the report PDF on it and type the station key printed on the report. It works without internet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Clock</name>
    <message>
      <source>This computer's clock shows {now} (UTC), earlier than the last entry in the ledger ({last}). Nothing was saved. If this computer's time is wrong, correct it and try again. If the clock is right and the ledger's last entries carry a wrong time, an administrator and a supervisor must record a clock correction (Administration &gt; Clock correction).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This computer's clock moved forward by {jump} while Custody was running: it now shows {now} (UTC). Nothing was saved. Check the date and time of this computer; if the new time is right, restart Custody.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say what happened to the clock (for example: the workstation's clock was set to 2099).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger's last entry ({last}) is not later than the current time ({now}): there is nothing to correct.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A clock correction is countersigned by a supervisor other than you; {username} is not a supervisor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A clock correction needs two different officers: ask a supervisor to countersign.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClockCorrectionDialog</name>
    <message>
      <source>Correct the ledger's clock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use this only when entries were recorded with a wrong, future time (a computer whose clock was wrong). The correction is kept in the ledger with your reason, signed by you and by a supervisor; entries after it carry the right time again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What happened to the clock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supervisor (username)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supervisor's password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record the correction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger's last entry carries the time {at} (UTC), later than this computer's clock.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger's last entry is not later than this computer's clock: there is nothing to correct.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say what happened to the clock.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A supervisor types their username and password to countersign.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Correct the record of {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The original value stays in the ledger; the correction is shown beside it. A supervisor other than you must approve it by typing their password here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Correct value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why the record is wrong, for the court.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approving supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username of the supervisor approving the correction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supervisor's password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approve and record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(empty)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Currency</name>
    <message>
      <source>UAE dirham</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afghan afghani</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Albanian lek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Armenian dram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Netherlands Antillean guilder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Angolan kwanza</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Argentine peso</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Australian dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aruban florin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Azerbaijani manat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bosnia and Herzegovina convertible mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Barbados dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bangladeshi taka</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bulgarian lev</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bahraini dinar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Burundian franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bermudian dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brunei dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bolivian boliviano</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bolivian Mvdol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brazilian real</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bahamian dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bhutanese ngultrum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Botswana pula</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Belarusian ruble</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Belarusian ruble (old)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Belize dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Canadian dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Congolese franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WIR euro</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Swiss franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WIR franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chilean unidad de fomento</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chilean peso</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chinese yuan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colombian peso</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colombian unidad de valor real</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Costa Rican colón</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cuban convertible peso</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cuban peso</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cape Verdean escudo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Czech koruna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Djiboutian franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Danish krone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dominican peso</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Algerian dinar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Egyptian pound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eritrean nakfa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ethiopian birr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Euro</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fiji dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Falkland Islands pound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pound sterling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Georgian lari</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ghanaian cedi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gibraltar pound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gambian dalasi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guinean franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guatemalan quetzal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guyanese dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hong Kong dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Honduran lempira</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Croatian kuna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Haitian gourde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hungarian forint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indonesian rupiah</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Israeli new shekel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indian rupee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Iraqi dinar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Iranian rial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Icelandic króna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jamaican dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jordanian dinar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Japanese yen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kenyan shilling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kyrgyzstani som</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cambodian riel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comorian franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>North Korean won</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>South Korean won</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kuwaiti dinar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cayman Islands dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kazakhstani tenge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lao kip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lebanese pound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sri Lankan rupee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Liberian dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lesotho loti</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Libyan dinar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moroccan dirham</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moldovan leu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Malagasy ariary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Macedonian denar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Myanmar kyat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mongolian tögrög</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Macanese pataca</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mauritanian ouguiya (old)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mauritanian ouguiya</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mauritian rupee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maldivian rufiyaa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Malawian kwacha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mexican peso</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mexican unidad de inversión</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Malaysian ringgit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mozambican metical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Namibian dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nigerian naira</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nicaraguan córdoba</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Norwegian krone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nepalese rupee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Zealand dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Omani rial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panamanian balboa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Peruvian sol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Papua New Guinean kina</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Philippine peso</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pakistani rupee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Polish złoty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paraguayan guaraní</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qatari riyal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Romanian leu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Serbian dinar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Russian ruble</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rwandan franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saudi riyal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Solomon Islands dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seychelles rupee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sudanese pound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Swedish krona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Singapore dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saint Helena pound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sierra Leonean leone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sierra Leonean leone (old)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Somali shilling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Surinamese dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>South Sudanese pound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>São Tomé and Príncipe dobra (old)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>São Tomé and Príncipe dobra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Salvadoran colón</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syrian pound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Swazi lilangeni</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thai baht</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tajikistani somoni</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turkmenistan manat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tunisian dinar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tongan paʻanga</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turkish lira</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trinidad and Tobago dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Taiwan dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tanzanian shilling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ukrainian hryvnia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ugandan shilling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US dollar (next day)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uruguayan peso en unidades indexadas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uruguayan peso</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uruguayan unidad previsional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uzbekistani som</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Venezuelan digital bolívar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Venezuelan bolívar fuerte (old)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Venezuelan sovereign bolívar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vietnamese đồng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vanuatu vatu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samoan tālā</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Central African CFA franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>East Caribbean dollar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Caribbean guilder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>West African CFA franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CFP franc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yemeni rial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>South African rand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zambian kwacha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zimbabwe gold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zimbabwean dollar (old)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Custody</name>
    <message>
      <source>Scan or choose at least one item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is not registered here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} has no custody record yet; register it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is {status}: it cannot move and nothing more can be recorded for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is at the laboratory: record its return from the laboratory first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is at court: record its return from court first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is held by {holder}, not by you: only the officer who holds an item can hand it over or act on it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is held by {holder}, not by you: {holder} must sign this too (type their password), or hand the item over to you first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} does not hold item {item} ({holder} does): only the holder can countersign.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is in storage at {location}: only an evidence custodian can take it out or act on it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is not in storage (it is {status}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is already in storage at {location}. Use 'move' to put it somewhere else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is already at {location}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is recorded at {recorded}, not at {location}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is held by {holder}. {holder} must sign the check-in (type their password), or hand the item over to you first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You cannot hand items over to yourself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} already holds item {item}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} is not an active user: they cannot sign for evidence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The signing key of {user} is no longer current. Ask them to type their password again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} is not allowed to receive evidence (their roles do not include handling items).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} must sign to receive the items: ask them to type their password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no location {location}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location {location} is no longer in use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the seal of item {item} (seal {seal} on record) and say whether it is intact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The seal of item {item} does not match the record (seal {seal} on record, {seen} seen, intact: {intact}). Write a memo explaining what was found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The drawn signature {sha} was not saved as an attachment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A signature reference must be the 64-character SHA-256 of the stored image.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} has no seal on record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is still sealed with seal {seal}: record that seal as broken before applying a new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is not at the laboratory (it is {status}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is not at court (it is {status}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} was sent to the laboratory under number {expected}, not {given}. Check the item and the paperwork.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weights are whole milligrams, 0 or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The weight is more than 10 tonnes; check the number and the unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the gross or the net weight (or both).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The net weight cannot be more than the gross weight.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no discrepancy number {seq} for item {item}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discrepancy {seq} was already acknowledged (entry {ack}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You recorded the action that raised discrepancy {seq}: another supervisor must acknowledge it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A recovery needs a second person: you cannot also be the second signer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} cannot co-sign a recovery: only a supervisor or an administrator can.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} holds item {item}: they can simply hand it over; a recovery is for an absent holder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is not with an officer (it is {status}): there is nothing to recover.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You already hold item {item}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustodyPages</name>
    <message>
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing or misplaced at an audit (a supervisor resolves them)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue at the laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue at court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Awaiting disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weight discrepancies to acknowledge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With an officer for more than {n} days (bring them to the evidence room)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held or stored with no label printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolve the selected finding…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing needs attention.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>misplaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} · {description}: {finding} at the audit of {when} by {who} (recorded at {recorded})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} · {description}: at {place} since {since} ({days} days; limit {limit})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} · {description}: {place} since {since} ({days} days; limit {limit})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} · {description}: authorised by {who} on {when}, order {order}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} · {description}: held by {who} since {since}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} · {description}: {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>held by {who}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stored at {location}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} more not listed: the {listed} oldest are shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} alert(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No alerts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alerts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With {officer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In storage at {location}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registered, with {officer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan a barcode, or type the code and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal on record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal intact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal number seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Empty the basket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not sealed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>intact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>number on the seal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No items scanned yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} item(s) in the basket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan the badge, or type the username or badge number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the username and the password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code}: this step does not use {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>item numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>location codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>badge codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} cannot be used on this page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is already in the basket.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} added: {description}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is not a badge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A supervisor authorises the disposal under a court order; it is then carried out before two witnesses who never had anything to do with the item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items to dispose of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Dili District Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the order's number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authorise disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only a supervisor can authorise a disposal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authorise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan the item being disposed of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No item scanned yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How and before whom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. incinerated at the municipal plant, furnace 2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What was done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Memo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Second witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan each witness's badge (or type the username); each witness then types their password on this workstation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carry out the disposal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carry out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} was already disposed of or released.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal of {item} was already authorised ({order}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not authorised: a supervisor must authorise it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal of {item} has not been authorised.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authorised by {who}: {method}, {authority}, order {order}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item}: ready to be disposed of.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} has an open weight discrepancy: a supervisor must acknowledge it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan at least one item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal of {n} item(s) authorised.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan the item being disposed of.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan the badges of both witnesses (or type their usernames).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two witnesses must be two different people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You carry out the disposal: you cannot also be one of its witnesses.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Witness {n} signs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{who}: you witness the disposal of {item} ({description}). Type your password to sign.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} disposed of (ledger entry {seq}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is at the laboratory: record its return first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is at court: record its return first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} was disposed of: it cannot move any more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} was released to its owner: it cannot move any more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is in storage at {location}: only an evidence custodian can take it out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is held by {holder}, not by you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand over evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan each item, then the receiving officer's badge. The receiver checks the seals and signs with their password on this workstation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1. Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For each sealed item the receiver reads the number on the seal and ticks 'intact' only if the seal is unbroken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2. Receiving officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>3. Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. for analysis at the laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Required when a seal is broken or its number differs from the record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>4. Receiver's signature (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand over…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You cannot hand items over to yourself: scan the receiving officer's badge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receiver: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The seal of {items} is not intact or does not match the record: write a memo; a broken seal will be recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan the receiving officer's badge or type their username.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You cannot hand items over to yourself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say what the items are handed over for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read the seal number of {items} and type it in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A seal is not intact or does not match: write a memo explaining what was found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receiving officer signs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{receiver}: check the {n} item(s) and their seals, then type your password to receive them. Purpose: {purpose}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} item(s) handed over to {who} (ledger entries {first}–{last}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inventory audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose or scan the location to audit, then scan every item there (and the shelves and bins inside it as you go). Missing, unexpected and misplaced items are listed as you scan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start the audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Abandon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No audit in progress.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan items and locations, or type a code and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What was scanned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unexpected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Misplaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional remark for the record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finish and record the audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the discrepancy report as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>being looked up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>recorded at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>found at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Auditing {code} · {name}: {n} item(s) expected in {m} location(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scanning at {location}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the location to audit (or scan its code).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit of {code} started: scan everything there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit abandoned: nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is a badge: scan items and locations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recorded: {found} found, {missing} missing, {unexpected} unexpected, {misplaced} misplaced (of {expected} expected). Save the discrepancy report to print it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit of {code} recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discrepancy report saved: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the discrepancy report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field}: expected {expected}, found {found} ({sign}{diff}; tolerance {tol})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>gross weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>net weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Raised by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason (e.g. moisture loss confirmed by the laboratory)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acknowledge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only a supervisor can acknowledge a discrepancy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the discrepancy to acknowledge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the reason the discrepancy is accepted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discrepancy {seq} of {item} acknowledged (entry {ack}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send items for analysis with the request; record their return with the results and the weights.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items to send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. National forensic laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the laboratory's case number, if known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the laboratory is asked to examine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laboratory number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Their signature (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send to the laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item back from the laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan the item that came back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>as on the laboratory's report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The laboratory's findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 3.2 kg or 250 g</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 2.9 kg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>amount used up by the analysis, e.g. 2 g</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handed back by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gross weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consumed in analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weights without a unit are grams.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record the return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weight discrepancies awaiting acknowledgement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back from the laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is not at the laboratory (it is: {where}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weights on record: gross {gross}, net {net}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is back: enter the results and the weights.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} item(s) sent to {lab}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan the item that came back from the laboratory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weight discrepancy raised for {item} (entry {seq}): {details}. A supervisor must acknowledge it before the item can be disposed of.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is back, with a weight discrepancy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is back from the laboratory; the weights agree.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take items to a hearing and record their return.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items for court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Trial hearing, 3 December, courtroom 2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the court's case reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take to court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items back from court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional: what happened to the items at court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back from court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is not at court.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} item(s) taken to court.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} item(s) back from court.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Barcode scanner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A scanner types like a keyboard, only much faster. Without a prefix Custody tells a scan from typing by the speed of the keys and the Enter or Tab at the end. Test your scanner below; if codes land in the test field instead, raise the key interval, or better, set a prefix.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Test your scanner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan any label. Each scan is listed here and opens nothing while this page is shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click here and scan: if the code appears in this field, it was read as typing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings for this station</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recommended: set your scanner to send a prefix before every code (most scanners can, with a set-up barcode from their manual; a character nobody types, such as ~ or §) and type the same prefix here. Then a scan is recognised by its prefix whatever the speed, and typing is never held back or mistaken for a scan, even from a password manager.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Longest pause between keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys closer together than this belong to one scan. People type slower than about 80 ms per key; scanners much faster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shortest code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A faster burst that is shorter than this is typing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prefix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Characters your scanner is set to send before each code (usually none).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suffix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Characters sent after each code, before Enter (usually none).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only an administrator can change these settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} characters, slowest gap {gap} ms, ended with {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✗ {code}: {error} ({facts})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>= {code}: the same code again within {s} s, counted once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✓ {code}: {kind} ({facts})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>badge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scanner works: {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In force: scans are recognised by the prefix {prefix}. Typing is never held back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In force: scans are told from typing by speed only (keys less than {ms} ms apart, at least {n} characters, then Enter or Tab).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scanner settings saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan the location (shelf, safe, locker), then every item: check them in, out, or move them there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What are you doing?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No location scanned yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other officer (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. for court on Monday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check in here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The items go into this location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional: the location the items are taken from (they must be recorded there).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The items move to this location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delivered by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items held by another officer go in only if that officer signs with their password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handed to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave empty to take the items yourself; another officer receives them by signing with their password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location {code}: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan the location first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deliver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>receive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{who} signs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{who}: type your password to {what} the {n} item(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} item(s) checked in at {where}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} item(s) checked out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} item(s) moved to {where}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send evidence to another agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The items leave this station with their whole history, proven by this station's key, in one package file (USB stick, e-mail). The receiving agency checks it before it accepts the items.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2. Receiving agency and officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. National Forensic Laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Full name of the person who takes the items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Their organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Badge or identity document number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. analysis, hand-over of the case to the prosecutor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receiving agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receiving officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>3. Receiving officer's signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The receiving officer signs here. You sign the hand-over with your own key when you confirm; their station signs the receipt when it accepts the package.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand over and save the package…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is not here: it cannot be sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the receiving agency or station.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the officer who takes the items.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody transfer package (*.custody)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} item(s) handed over; package saved to {path}. The receiving agency needs this station's key to check it: {key}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receive evidence from another agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the package file the other agency sent. Custody checks it against the keys your administrator trusts and shows what it proves. Nothing is recorded until you receive the items.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1. Package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open package…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No package opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only if the sender is not on the trust list: the key they published, confirmed with them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sender's key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2. What the package proves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a package to see what it proves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receive these items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item / event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proven by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a transfer package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody transfer package (*.custody);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>VERIFIED: signed by {agency} ({station}) with a key you trust; every entry is proven by the checkpoints below. You may receive the items.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>REFUSED: this package cannot be received, for these reasons:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Package hash: {h}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From: {agency}, station {station}; key {key}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To: {agency}: {name} ({org}, ID {id})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proven by checkpoint: {seg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a package that verifies first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received {n} item(s): {items}. They are now in your custody.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <source>The database given (--db or CUSTODY_DATABASE_URL) is neither an SQLite file path nor a postgresql:// URL. Nothing was opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no database at {path}. Check --db (or the data folder), or create one with 'custody init'. Nothing was created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is a folder, not a database file. Nothing was opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database {path} is on a network share ({fstype} at {mount}). Custody does not open an SQLite database over a network: its locks do not hold there, and two workstations writing to the same file could fork or corrupt the ledger. Keep the database on this computer's own disk (choose another folder with --data-dir or --db), or let the stations share one PostgreSQL server (see docs/DEPLOYMENT.md). Nothing was opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database file is read-only and its schema ({current}) is older than this Custody's ({head}). Nothing was changed; upgrade a writable copy ('custody db upgrade').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The copy of {path} made before the schema upgrade does not check out, so the upgrade was not started. Check the disk, then run 'custody ledger verify'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database is busy with another workstation's work. Nothing was saved; try again in a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disk is full. Nothing was saved; free some space and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database cannot be reached ({reason}). Check --db, the network or the data folder; nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The connection to the database server was lost ({reason}). Nothing was saved; try again when the server is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The connection to the database server was lost while saving ({reason}), so it is not known whether the action was saved. Look at the item's history before doing it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database refused this workstation's role access to some data. Nothing was saved. The administrator should run 'custody db grants' again (needed after every schema upgrade).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database file is read-only. Nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database file is damaged or is not a Custody database ({reason}). Nothing was written. Restore the latest backup ('custody restore').</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>This database already holds the demo data. Nothing was added; to start over, give a new database file: custody demo --db NEW.sqlite3</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Disposal</name>
    <message>
      <source>Choose how the items are to be disposed of.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal of item {item} was already authorised (entry {seq}, {method}, {order}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal of item {item} has not been authorised: a supervisor must authorise it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A disposal needs exactly two witnesses; {count} were given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two witnesses must be two different people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You carry out the disposal: you cannot also be one of its witnesses.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} cannot witness the disposal of item {item}: they appear in its chain of custody ({role}). Choose a witness who never had anything to do with the item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You authorised the disposal of item {item}: another officer must carry it out (the one who decides does not also destroy).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} is not an active user: they cannot witness a disposal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} has an open weight discrepancy (entry {seq}): a supervisor must acknowledge it first.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DisposalMethod</name>
    <message>
      <source>Destruction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Return to owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forfeiture to the state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer to another agency</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>Item {item} was neither disposed of nor released to its owner (it is {status}): there is no disposal certificate to print.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} was never sent to a laboratory: there is no submission form to print.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no recorded inventory audit {audit}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weighing, entry {seq}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laboratory return, entry {seq}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lab number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Biohazard: {items}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not registered</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditRolesDialog</name>
    <message>
      <source>Roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You cannot take the Administrator role away from your own account; ask another administrator.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>{path}: {reason}. Nothing more was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder {folder} does not exist. Nothing was written; create it or choose another place for {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder {folder} cannot be written to. Nothing was written; choose another place for {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The password file {path} is not a text file (its first line should hold the password).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot read the password file {path}: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The action could not be completed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some details need correcting ({count}); each marked field says what is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was found for {what} {key}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your roles ({roles}) do not allow: {action}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong that Custody did not expect. What you were doing was not completed; nothing half-done was saved.

Please tell your administrator. The details below are also in the log file.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventKind</name>
    <message>
      <source>Case opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seizure recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item record corrected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Label printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handed over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checked in to storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checked out of storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moved in storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent to the laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Returned from the laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taken to court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Returned from court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal broken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item split</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sample taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weight recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Photo or document attached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen at inventory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing at inventory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Found in an unexpected place at inventory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal authorised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal carried out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Released to owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign-in failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account unlocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User details changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User enabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User roles changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing key registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing key revoked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password reset by an administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station set up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station key registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger checkpoint signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weight discrepancy raised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weight discrepancy acknowledged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inventory audit finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station settings changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report-signing certificate imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report-signing certificate registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger clock corrected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clock checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handed to another station or agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received from another station or agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station key trusted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station key no longer trusted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recovered from an absent officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit finding resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outside person registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case outcome recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proof bundle exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup checked</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Feedback</name>
    <message>
      <source>Dismiss this message</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstPassword</name>
    <message>
      <source>Choose your own password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your password has been changed: only you know it now.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Custody — first-run setup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set up</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Grants</name>
    <message>
      <source>A role name is 1 to 63 characters: lower-case letters a-z, digits and '_', not starting with a digit (this is {role}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Welcome, {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last verification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs attention</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <source>Signed in: {who}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Ids</name>
    <message>
      <source>Nothing was scanned or typed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a valid {what}: only the letters A to Z, the digits 0 to 9 and '-' can appear in it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a valid {what}: it should look like {example}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a valid {what}: the check character does not match. Re-scan or re-type it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a valid item number: it does not start with a prefix used here ({prefixes}). Re-scan or re-type it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This code is not an item, location or badge number. Re-scan it, or type it as printed under the barcode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The item number prefix is at most 6 characters: 1 to 3 groups of capital letters or digits separated by '-' (for example UN-DIL). Longer prefixes make barcodes too wide for a 62 mm label.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The item number prefix cannot start with {group}: that is used for location and badge codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year must be given as two digits, 00 to 99.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The running number must be between 1 and 999999.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a valid seizure document number: it should look like 2026-000123 (year, then 6 digits).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year of the seizure document number must be between 1900 and 2999.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the case number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The case number is too long: at most {max} characters, this one has {count}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The case number can contain only letters, digits, spaces and the signs / - . (found: {chars}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>item number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>location code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>badge code</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <source>The case number {case_number} is already in use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the type of offence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no case {case_number}. Open the case first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no seizure with document number {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no active officer with the username {username}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This time is in the future. Check the date and the time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This date is too far in the past. Check the year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At most {max} witnesses can be listed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the kind of item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the quantity as a number above zero, for example 1 or 2.5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The item is sealed: type the seal number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave the seal number empty: the item is not sealed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add at least one item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At most {max} items can be registered at once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All {what} numbers for {year} are used up (at most 999999). Ask an administrator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no item {item_id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The field {field} cannot be corrected on this item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The total is computed from the notes and coins counted: correct those instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The new value is the same as the current one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say why the record must be corrected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A correction must be approved by a second officer with the supervisor role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You cannot approve your own correction: another supervisor must approve it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{username} is not allowed to approve corrections (a supervisor must approve).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only the officer who asked for the correction can submit it for approval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The {field} of item {item_id} was changed meanwhile. Ask for the correction again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item_id} is {status}: it can no longer be split or sampled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Describe at least one part.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is a valid {what}, but nothing with this code is registered here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Individualising description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sealed container</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Biohazard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not an item number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No officer has the username or badge number {code}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IntakeEditors</name>
    <message>
      <source>YYYY-MM-DD HH:MM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— choose —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note or coin value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How many</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total: {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total: check the lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <source>New seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record the seizure, then add its items one by one. Photos are added on each item's page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1. The seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seizure recorded — document number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start another seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2. Add an item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items of this seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Double-click an item to add photos, print its label or check it in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case {case}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>seized by {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>witnesses: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registered {id} (item {n} of seizure {doc}). Write the id on the packaging or print its label.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Inventory</name>
    <message>
      <source>Say whether the item was found or is written off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} has no open audit finding.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A second person must sign: you cannot be the second signer yourself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} cannot co-sign: only a supervisor or an administrator can.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say why the item is written off (what was done to find it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location {location} is not part of this audit of {root}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That is an officer's badge, not an item or a location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} was already scanned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is recorded at {recorded}: misplaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is not recorded in any storage location ({status}): unexpected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} is not registered: unexpected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} was not expected here; it will be looked up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now scanning at {location}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemForm</name>
    <message>
      <source>— choose the kind of item —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind of item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description, quantity and seal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you see: colour, marks, damage, packaging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sealed container</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Biohazard: handle with gloves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Individualising description *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Describe only what you observe, so that this item cannot be confused with another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. counterfeit phone: the IMEI under the battery fails its check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep a failed IMEI/VIN check, because</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only if the number is right as read although its check fails; the reason is recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Register item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{kind}: details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemStatus</name>
    <message>
      <source>Registered, not yet stored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With an officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At the laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposed of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Released</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handed to another station or agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Written off as missing</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemView</name>
    <message>
      <source>← Back to the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Request correction…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take sample…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only evidence custodians and supervisors split items or take samples.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print label…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>BIOHAZARD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where it is now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custodian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parent and parts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Photos and documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add photo or document…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>or drop JPEG, PNG or PDF files on this page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recorded details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chain of custody (from the ledger)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not in storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{doc}, item {n} — {when}, {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{when} by {who}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part of {parent}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parts: {ids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Originally recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{value} (corrected)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}, {size} KB, added {when} by {who}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attach photos or scanned documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemsPage</name>
    <message>
      <source>Any</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registered from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show all items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Searching for “{text}”…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} items found for “{text}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(only the newest {max} are listed: add words or filters)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} items shown, newest first; scroll down for more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>case {case}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemsTableModel</name>
    <message>
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custodian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Biohazard</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Keys</name>
    <message>
      <source>The password does not unlock this signing key (wrong password, or the stored key is damaged).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The stored signing key is damaged or in an unknown format.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LabelPrint</name>
    <message>
      <source>The labels were not printed on the Zebra printer {queue}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the name of the Zebra printer's queue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{w} × {h} mm, {dpi} dpi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, {n} labels per sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, one label per page (roll)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>; can be sent to a Zebra printer as ZPL</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LabelPrintDialog</name>
    <message>
      <source>Print labels</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n label(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start at label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview, then print or save as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send straight to the Zebra printer (ZPL)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printer queue name, e.g. zebra-intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Queue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 = top left, counted left to right, row by row; {n} on a sheet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only Zebra templates can be sent as ZPL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send to printer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Labels — {template}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n label(s) on {template}. They are recorded as printed once you print or save them.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Labels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was printed, so nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n label(s) sent to {where} and recorded in the ledger.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>LabelTemplate</name>
    <message>
      <source>A4 sheet, 3 × 8 labels of 70 × 37 mm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office laser (600 dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brother QL 62 × 29 mm (300 dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brother QL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>100 × 50 mm (203 dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thermal (Zebra, TSC, Godex)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zebra 4 × 2 in (203 dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zebra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zebra 4 × 2 in (300 dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zebra 4 × 6 in (203 dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zebra 4 × 6 in (300 dpi)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Choose at least one item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown label template {name}. Choose one of: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The template {name} is for sheet or Brother printers; ZPL is only for Zebra templates.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>Custody does not speak the language {language}. Choose English, French, Portuguese, Spanish or Arabic.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Ledger</name>
    <message>
      <source>The database file is damaged (SQLite's page check says: {detail}). The ledger cannot be trusted from this file; restore the latest backup ('custody restore').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger fails verification at entry {seq}: {reason}. Nothing was recorded or signed. An administrator should run Verify ledger and restore the database from a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger has {size} entries, but this station signed a checkpoint of {signed} entries: entries were removed. Nothing was recorded or signed. Restore the database from a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger is not the one this station verified and signed at {signed} entries: it was rewritten. Nothing was recorded or signed. Restore the database from a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger could not be checked against this station's key: this workstation holds no station key. Nothing was recorded or signed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The record of what this station verified is damaged ({reason}). Restore the station's data folder from a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The record of what this station verified is damaged (its checkpoint and root disagree). Restore the station's data folder from a backup.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LocationKind</name>
    <message>
      <source>Station</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drug safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gun locker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shelf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Temporary locker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other agency</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Locations</name>
    <message>
      <source>Choose the kind of location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no active location {code} to put this one in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{parent} already has a location named {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Locations can be nested at most {max} levels deep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All location numbers are used up.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LocationsPage</name>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Storage locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the items stored here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make it a top-level location instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As written on the door or shelf.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Top level (no parent)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created {name}: {code}. Print its label and stick it on.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>This workstation is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type your password to continue, or log out so that another officer can sign in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log out</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Custody — sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station {code} · {room}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening the database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The language Custody speaks to you. It is kept for your next sign-in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing in…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type your username and your password.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change my password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verifier for prosecutors…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the page prosecutors open in any browser to check a report, with nothing installed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a new password for your own account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide everything until you type your password again (Ctrl+L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station {code} · {room}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verifying the ledger…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verifying {n} ledger entries…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The daily ledger checkpoint could not be signed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger last verified {when}: intact, {n} entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger NOT intact at the last verification ({when}): see Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger not verified since you signed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger verified {when}: intact, {n} entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger NOT intact: see Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alerts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inventory audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Barcode scanner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send a package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receive a package</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <source>Open a new case</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewOfficerDialog</name>
    <message>
      <source>e.g. kmensah</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. B-0042</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lower-case letters, digits, '.', '_' or '-'; 2 to 32 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Badge number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat the password</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Nouns</name>
    <message>
      <source>attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>discrepancy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>items of case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>trusted key</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OffenceType</name>
    <message>
      <source>Drug trafficking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Arms trafficking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Human trafficking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Smuggling of goods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Illegal exploitation of natural resources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other offence</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OfficersPanel</name>
    <message>
      <source>New officer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit roles…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print badge card…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only administrators see the list of officers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To change your own password use "Change my password…" at the top of the window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only a locked account can be unlocked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a new officer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Officer {officer} added. Badge number {badge}; badge card code {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the roles of {officer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roles of {officer}: {roles}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset the password of {officer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New password set for {officer}; a new signing key was issued and the old one revoked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enable the account of {officer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disable the account of {officer}: they can no longer sign in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{officer} can sign in again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{officer} is disabled and can no longer sign in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlock the account of {officer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{officer} is unlocked and can sign in again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print a badge card for {officer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Badge card of {officer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Badge card code {code}: scanning it identifies {officer} at a handover.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Badge card of {officer} saved to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Badge card of {officer} printed ({where}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The badge card could not be saved to {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <source>Please wait</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Passwords</name>
    <message>
      <source>The password is too short: use at least {min} characters (this one has {count}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The password is too long: use at most {max} characters (this one has {count}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This password is on a list of commonly used passwords that attackers try first. Choose another one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The password cannot be the same as the user name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The password contains an invisible control character that cannot be typed reliably.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>◀ Previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous page (Page Up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>of {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next ▶</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next page (Page Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom out (Ctrl+−)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fit width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Whole page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfView</name>
    <message>
      <source>The document could not be shown: it is not a readable PDF ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disk is full: {name} was not saved. Free some space or choose another drive. Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You may not write to the folder {folder}, so {name} was not saved. Choose another folder (your Documents folder or a USB drive). Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder {folder} does not exist any more (was a USB drive removed?), so {name} was not saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} could not be saved: {reason}. Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The printer {printer} could not be started, so nothing was printed. Check that it is switched on and connected, or choose another printer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printing on {printer} failed at page {page} of {pages}. Check the printer (paper, labels, cover) and print again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>default printer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>Laboratory analyst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court clerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prosecutor's office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Courier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose what this person is (laboratory analyst, court clerk, owner, courier, other).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no outside person {ref}: register them first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the number of the identity document you saw (staff card, passport, …).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Register a person outside the station</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. staff card, passport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Is a</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identity document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Document number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(not named)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>{n} done</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReauthDialog</name>
    <message>
      <source>Confirm with your password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is a sensitive action. Type your own password again ({name}, signed in as {user}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type your password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrong password. Type it again, or Cancel.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Page {page} of {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not sealed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Corrected by entry #{seq}&lt;/b&gt; ({at}): {field}: «{old}» → «{new}». Reason: {reason}. Requested by {requested_by}, approved by {approved_by}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I certify that this report reproduces, for each item listed, every entry of the evidence ledger concerning it up to the date of this report: who held it, where it was stored, and each time it left the evidence room (to a laboratory, to court or to another agency) and came back, as recorded above. The ledger entries are signed by the officers named; the attached proof lets anyone check them (see "How to check this report").</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every event above is an entry of the station's append-only evidence ledger. Each entry's hash is proven to be included in the signed checkpoint below, and the file custody-proof.json attached to this PDF contains the entries, their signatures and the inclusion proofs. Anyone can check them with: custody-verify REPORT.pdf --trust "&lt;station verifier key&gt;". The PDF itself is digitally signed; any change to it invalidates the signature.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file custody-proof.json attached to this PDF holds the signed ledger entries this report states. Checking them needs only this PDF and the station's verifier key, published by the agency:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Without installing anything: open verify.html (the verifier page the agency provides) in a web browser, drop this PDF on it, and paste the key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entry hash (SHA-256)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Generated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prosecutor reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seizure document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seized on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place of seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seizing officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Witnesses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case and seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {number} of {total} · {item_id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chain of custody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checkpoint tree size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Root hash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station key fingerprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station verifier key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF-signing certificate (SHA-256)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed checkpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Integrity (technical details)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entry hashes proven against the checkpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Corrections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No disposition recorded: the item is still held.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date/time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Released by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signatures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Corrects entry #{seq}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Corrects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recorded value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Corrected value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Requested by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approved by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This PDF is signed. In Adobe Reader, Okular or any PDF reader, the signature panel must say the document was not changed since it was signed. The signing certificate's SHA-256 fingerprint must be {fp} (the station's certificate, which the ledger binds to the station key).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With Python: pip install custody, then: custody-verify REPORT.pdf --trust "{key}". VERIFIED means every event above is proven; FAILED names what was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stored at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latest weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number in its seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(photo could not be read)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence custodian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received by (prosecutor's office)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sealed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How to check this report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing (expected, not found)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unexpected (found, not expected)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Misplaced (found in the wrong place)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>We certify that the items listed above were released to the person named above, who proved their identity with the document given, on the date and at the place given above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>We certify that the items listed above were disposed of as stated, in our presence, on the date and at the place given above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Auditors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scanned items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discrepancies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Found at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authorisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Examinations requested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location / holder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authorised by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authorised on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Release to the owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal carried out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Released to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identity document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carried out by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remarks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Performed by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Submission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laboratory number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Submitted by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Submitted on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hazards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weights on record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entry hash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gross weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recorded by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signature and date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received by the laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Auditor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supervisor</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>The station's PDF-signing certificate (SHA-256 {found}) is not the one the ledger registers for station {code} ({expected}). Nothing was signed. Restore the station's certificate files from its backup, or import the agency certificate again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The certificate could not be used: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case inventory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate of disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate of release to the owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laboratory submission form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inventory audit: discrepancies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The photo recorded at entry {seq} is not shown: the stored file does not match the SHA-256 the ledger recorded for it (it was changed or damaged after it was recorded).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The photo recorded at entry {seq} is not shown: the file is missing from the database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>gross</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>net</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field}: expected {expected}, found {found}, difference {diff}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New items: {ids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepts the discrepancy of entry #{seq}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lab number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Broken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the station</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authorised by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Released to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identity document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Released by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remarks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Released to the owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carried out by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I witnessed the disposal ({method}) of this item on {date}, as recorded above, and I never held this item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed in the ledger, entry #{seq}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>seal {number} broken (entry #{seq})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>seal {number} applied (entry #{seq})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} {weight} ({what}, entry #{seq})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MISSING: not found at the inventory audit of {date} (entry #{seq})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seizure {number}: {date}, {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger reference {ref} points at an entry that does not record it (seq {seq}). Nothing was recorded. An administrator should run 'custody ledger rebuild'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entries this report would state do not verify: {reason}. Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chain of custody report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chain of custody report (case)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chain of custody report (transfer to another agency)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The court's chain of custody report of one item or of every item of a case. Each report is recorded in the ledger, signed by this station and carries the proof of its own integrity. The same box gives a case's inventory, an item's disposal certificate and its laboratory submission form, also signed by this station and recorded in the ledger.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan the item's barcode, or type an item id or a case number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item id (UN-DIL-26-000123-7) or case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other documents:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case inventory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lab submission form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language of the document:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Headings, field names and the certification are written in this language; what officers typed stays as typed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station verifier key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checkpoint the report is proven against</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the prosecutor the PDF and the station verifier key: with them anyone can check the report without Custody, its database or the internet, using the &lt;span style="white-space: nowrap"&gt;custody-verify&lt;/span&gt; program.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the report again…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy verifier key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy checkpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan or type the item id first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chain of custody report — {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Producing the custody report of {item}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the case number first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chain of custody report — case {case}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Producing the custody report of case {case}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Producing the inventory of case {case}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case inventory — {case}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Producing the disposal certificate of {item}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal certificate — {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Producing the laboratory submission form of {item}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laboratory submission form — {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed by this station and recorded in the ledger. SHA-256 {sha}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(unknown)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Report {id} · %n item(s) · signed by this station; the proof bundle is attached to the PDF.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Verifier key copied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checkpoint copied.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>The officer's signing key is locked with the old password, which nobody knows any more. Custody therefore issues a NEW signing key and REVOKES the old one; entries already signed stay valid. The account is also unlocked. Give the new password to the officer in person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Role</name>
    <message>
      <source>Officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence custodian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Auditor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prosecutor (read only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administrator</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Scanner</name>
    <message>
      <source>Scanned {code}: finish or close the open dialog first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scanned {code}, but no part of Custody opens {what} here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>item numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>location codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>badge codes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>The search text is too long: at most {max} characters.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <source>Scan or type an id, a code or words…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan or type an item id, a LOC- or OFF- code, or words of a description</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SeizureForm</name>
    <message>
      <source>Type or choose the case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a new case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date and time of the seizure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>GPS (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latitude, longitude in decimal degrees.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seizing officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The officer's username.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Witnesses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One name per line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warrant or order, with its number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record seizure</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Enter a whole number from {low} to {high}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody does not speak the language {language}. Choose English, French, Portuguese, Spanish or Arabic.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown setting.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Wrong passwords before locking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An account locks after this many wrong passwords in a row (from {low} to {high}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lockout (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How long a locked account stays locked, unless an administrator unlocks it sooner (from {low} to {high} minutes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Idle lock (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The workstation hides everything behind the lock screen after this many minutes without use (from {low} to {high} minutes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clock jump refused (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing is recorded when this computer's clock moves forward by more than this while Custody runs (from {low} to {high} minutes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These settings apply to every workstation of this station. Each change is recorded in the ledger with your name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign-in and locking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language of the station</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sign-in screen speaks it, and reports and labels are written in it unless another language is chosen for a document. Each officer can choose their own at sign-in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo my changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Labels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default label template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use this template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the station's default label template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Labels now print on {name} by default.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to save: the settings are as stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the station settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved. The idle lock now starts after {n} minutes without use.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Setup</name>
    <message>
      <source>A station code is 1 to 16 characters: capital letters A-Z, digits and '-'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A log origin looks like custody.example.org/DIL: lower-case host name, then optional /parts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown time zone {tz}. Use a name such as Africa/Kinshasa or UTC.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database is already set up (agency {agency}). Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SignaturePad</name>
    <message>
      <source>Sign here with the mouse or a pen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign above the line</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SplitDialog</name>
    <message>
      <source>Take a sample of {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description of the part *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sealed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For example: sample for the laboratory, request 17/2026.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password of {holder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{holder} holds this item: they sign too by typing their password here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take sample</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>Ledger and audits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last verification of the ledger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last checkpoint given out in a report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last inventory audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing or misplaced at an audit, not yet resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items held by officers whose account is disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence room backlog</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue at the laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue at court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eligible for return or destruction (case decided)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposal authorised, not yet carried out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weight discrepancies to acknowledge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing or misplaced at an audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With an officer for more than {n} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held or stored with no label printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held by officers whose account is disabled (recover them)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cases decided, with items to return or destroy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record a case's outcome…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authorise the disposal of the selected case's items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recover items from an absent or disabled officer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start page for: {role}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next: check it in to storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next: hand it over to the evidence room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item}: {step} · {description} ({status} since {since})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You hold {n} item(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You hold no items.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{when}: intact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{when}: FAILED</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>never on this station</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{when}, {n} entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{when}, {location}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>return to the owners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>destruction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>forfeiture to the state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case {case}: {outcome} ({reference}); {n} item(s) for {disposition}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Custody could not open its database. The details below are also in the log file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Station</name>
    <message>
      <source>This workstation does not hold the signing key of station {code} ({path}). Nothing was saved. Restore the station's key file from its backup, or work on the workstation that was set up for this station. A new workstation on a shared database first joins it as a station of its own: custody station join (docs/DEPLOYMENT.md).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The station key file {path} cannot be used ({reason}). Nothing was saved. Restore the station's key file from its backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The station key file {path} does not hold the key the ledger registers for station {code} (it holds key {found}, the ledger's is {expected}). Nothing was saved. Restore the right key file from the station's backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger registers no key for station {code}. Nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not an Ed25519 key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stations join a shared PostgreSQL database. This database is an SQLite file, which belongs to one workstation: set up a PostgreSQL server (docs/DEPLOYMENT.md) and join it instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station {code} already exists in this database. Choose another code for this workstation. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ledger in this database was not set up by the station whose key you gave: its first station key is {anchor}. Check the key with the agency. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the verifier key of the database's first station (--trust), as the agency published it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a station verifier key ({reason}). Copy it exactly as the agency published it (it looks like custody.local/DIL/DIL+1a2b3c4d+AbC...).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only an administrator may register a new station; {username} is not one. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <source>Station identifiers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Short codes that make this station's items and ledger recognisable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>for example: DIL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 to 16 capital letters A-Z, digits or '-'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item-id prefix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Starts every item barcode, for example UN-DIL gives UN-DIL-26-000123-7.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The name the ledger's checkpoints are signed under. Keep the suggestion unless your administrator gave you one.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Registered as part of {parent}: {description}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field}: “{old}” → “{new}” ({reason}); approved by {approved_by}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split into {children}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sample taken: {children}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{filename} ({media_type}, {size} bytes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lab number {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>received by {name} ({details})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>received by {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>released by {name} ({details})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>released by {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{source} → {target} ({reason}; with {second})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>Entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date and time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed by</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>Cannot read {path}: {reason}. Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The transfer package {sha} that brought item {item} is not stored at this station. Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The earlier history of the items, as proven by the stations they came from, does not verify: {reason}. Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The package was refused: {reason}. Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {item} is already in this station's custody ({status}); a package cannot bring it in again. Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This package was made by this station itself; it is received by the other station.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the receiving agency or station.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The photo or document {sha} of item {item} is named in the ledger but its bytes are not stored at this station, so the package would not prove it. Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The package did not pass its own check ({reason}). Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The package could not be written to {path} ({reason}). Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a station verifier key ({reason}). A verifier key looks like custody.local/LAB/LAB+1a2b3c4d+AQ…= and is printed on the other station's reports.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This key is already trusted (added by {by} on {at}). Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This key is not on the trust list. Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is this station's own key; it is always trusted. Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the agency or station this key belongs to.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TwoSignatures</name>
    <message>
      <source>Second signer (supervisor or administrator)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Their password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolve an audit finding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item} was {finding} at an audit. Say whether it was found or is written off; a second supervisor or an administrator signs too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Written off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where it was, or what was done to find it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Found at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recover items from an absent officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The items checked below are taken into your custody without their holder's signature: say why; a second supervisor or an administrator signs too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Also items of officers whose account is still enabled (absent)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. the officer left the service on 30 November</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{item}, held by {holder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record a case's outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Return to the owners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Destruction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forfeiture to the state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Judgment HC-2026-311 of 2 December 2026</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What is done with the items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Judgment or decision</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Users</name>
    <message>
      <source>You cannot disable your own account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose at least one role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This would leave no active administrator. Give another officer the Administrator role first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use 'Change my password' for your own account: a reset would revoke the key you are signed in with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A username is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A badge number is 1 to 24 characters: letters A-Z, digits and '-'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A badge number cannot start with OFF- or LOC-: those are the codes Custody prints on badge cards and shelves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The username {username} is already taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Badge number {badge} already belongs to another officer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{username} has no badge number: a police role needs one. Give the badge number when you create the account, or create a new account.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UsersAdmin</name>
    <message>
      <source>{low} to {high} characters, any script; common passwords are refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passwords are not the same. Type the new password twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The officer signs in with this username and password. Custody creates the officer's signing key from the password; tell the officer to change it at the first sign-in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roles of {officer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roles decide what the officer may do. The change is recorded in the ledger and applies from the officer's next sign-in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset the password of {officer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change my password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your signing key stays the same; it is locked with the new password from now on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change password</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Badge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Badge card code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Locked until {time}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Values</name>
    <message>
      <source>This field is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a number, for example 12.5 (no spaces or thousands separators).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' is ambiguous: is the comma a decimal point or a thousands separator? Type it without thousands separators, for example 1500 or 1.5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The value cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown weight unit '{unit}': use mg, g or kg.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The weight is more than 10 tonnes; check the number and the unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weights are recorded to the milligram: '{text}' has more decimals than that.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{code}' is not a known currency code (use the 3-letter code, for example USD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{currency} amounts have at most {places} decimals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The amount is too large; check the number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too long: at most {max} characters, this has {count}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The text contains an invisible control character ({char}); please re-type it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This field must be a single line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a whole number, 0 or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The number is too large (at most {max}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the date as year-month-day, for example 2026-03-31.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the date and time as year-month-day hours:minutes, for example 2026-03-31 14:05.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Answer yes or no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the position as latitude, longitude in degrees, for example 6.9271, 79.8612.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latitude must be between -90 and 90 and longitude between -180 and 180.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At most {places} decimals.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VerifierPage</name>
    <message>
      <source>Save the verifier for prosecutors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Web pages (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {path}.

Give this file to prosecutors with the reports. They open it in any web browser (nothing to install, no internet needed), drop the report PDF on it and type the station key printed on the report.

SHA-256 of the page, to publish with the station key: {sha256}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verifier for prosecutors</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to Custody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workstation's database is empty. Let us set up your station.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language of this station</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody speaks this language at sign-in and writes reports and labels in it. Each officer can choose another language when signing in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In three short steps you will name your agency and evidence room, choose the station's identifiers, and create the first administrator account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custody has no default accounts and no default passwords: the administrator you create here is the only way in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing is saved until you press Set up at the end and every field is valid.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dlg</name>
    <message>
      <source>Your password has been changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
