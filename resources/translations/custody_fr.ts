<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>Action</name>
    <message>
      <source>open a case</source>
      <translation>ouvrir une affaire</translation>
    </message>
    <message>
      <source>record a seizure</source>
      <translation>enregistrer une saisie</translation>
    </message>
    <message>
      <source>register items</source>
      <translation>enregistrer des pièces</translation>
    </message>
    <message>
      <source>ask for a correction of an item record</source>
      <translation>demander la correction de la fiche d'une pièce</translation>
    </message>
    <message>
      <source>approve corrections of item records</source>
      <translation>approuver les corrections de fiches de pièces</translation>
    </message>
    <message>
      <source>split an item or take a sample</source>
      <translation>diviser une pièce ou prélever un échantillon</translation>
    </message>
    <message>
      <source>attach photos and documents</source>
      <translation>joindre des photos et des documents</translation>
    </message>
    <message>
      <source>print labels</source>
      <translation>imprimer des étiquettes</translation>
    </message>
    <message>
      <source>hand over or receive items</source>
      <translation>remettre ou recevoir des pièces</translation>
    </message>
    <message>
      <source>check items in to storage</source>
      <translation>faire entrer des pièces en magasin</translation>
    </message>
    <message>
      <source>check items out of storage</source>
      <translation>faire sortir des pièces du magasin</translation>
    </message>
    <message>
      <source>move items within storage</source>
      <translation>déplacer des pièces dans le magasin</translation>
    </message>
    <message>
      <source>send items to a laboratory</source>
      <translation>envoyer des pièces à un laboratoire</translation>
    </message>
    <message>
      <source>receive items back from a laboratory</source>
      <translation>recevoir des pièces en retour d'un laboratoire</translation>
    </message>
    <message>
      <source>take items to court</source>
      <translation>apporter des pièces au tribunal</translation>
    </message>
    <message>
      <source>receive items back from court</source>
      <translation>recevoir des pièces en retour du tribunal</translation>
    </message>
    <message>
      <source>break a seal</source>
      <translation>briser un scellé</translation>
    </message>
    <message>
      <source>apply a seal</source>
      <translation>apposer un scellé</translation>
    </message>
    <message>
      <source>record a weight</source>
      <translation>enregistrer un poids</translation>
    </message>
    <message>
      <source>acknowledge a discrepancy</source>
      <translation>accepter un écart</translation>
    </message>
    <message>
      <source>carry out an inventory audit</source>
      <translation>effectuer un inventaire</translation>
    </message>
    <message>
      <source>authorise disposal</source>
      <translation>autoriser une sortie définitive</translation>
    </message>
    <message>
      <source>carry out a disposal</source>
      <translation>effectuer une sortie définitive</translation>
    </message>
    <message>
      <source>release items to their owner</source>
      <translation>restituer des pièces à leur propriétaire</translation>
    </message>
    <message>
      <source>look up items and their history</source>
      <translation>consulter les pièces et leur historique</translation>
    </message>
    <message>
      <source>produce reports</source>
      <translation>produire des rapports</translation>
    </message>
    <message>
      <source>verify the ledger</source>
      <translation>vérifier le registre</translation>
    </message>
    <message>
      <source>export the ledger and proofs</source>
      <translation>exporter le registre et les preuves</translation>
    </message>
    <message>
      <source>sign a ledger checkpoint</source>
      <translation>signer un point de contrôle du registre</translation>
    </message>
    <message>
      <source>rebuild the tables from the ledger</source>
      <translation>reconstruire les tables à partir du registre</translation>
    </message>
    <message>
      <source>manage users</source>
      <translation>gérer les utilisateurs</translation>
    </message>
    <message>
      <source>unlock user accounts</source>
      <translation>débloquer des comptes</translation>
    </message>
    <message>
      <source>change the station settings</source>
      <translation>modifier les paramètres du poste</translation>
    </message>
    <message>
      <source>manage storage locations</source>
      <translation>gérer les emplacements de stockage</translation>
    </message>
    <message>
      <source>make a backup</source>
      <translation>faire une sauvegarde</translation>
    </message>
    <message>
      <source>restore a backup</source>
      <translation>restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>build a demonstration database</source>
      <translation>créer une base de démonstration</translation>
    </message>
    <message>
      <source>record a clock correction</source>
      <translation>enregistrer une correction d'horloge</translation>
    </message>
    <message>
      <source>recover items held by an absent or disabled officer</source>
      <translation>récupérer les pièces détenues par un agent absent ou désactivé</translation>
    </message>
    <message>
      <source>resolve items an audit found missing or misplaced</source>
      <translation>régulariser les pièces qu'un inventaire a trouvées manquantes ou mal rangées</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <source>First administrator</source>
      <translation>Premier administrateur</translation>
    </message>
    <message>
      <source>The administrator manages officers and the station. There is no other account.</source>
      <translation>L'administrateur gère les agents et le poste. Il n'existe aucun autre compte.</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nom d'utilisateur</translation>
    </message>
    <message>
      <source>Lower-case letters, digits, '.', '_' or '-'; used to sign in.</source>
      <translation>Lettres minuscules, chiffres, « . », « _ » ou « - » ; sert à se connecter.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <source>Badge number</source>
      <translation>Numéro de matricule</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <source>8 to 128 characters, in any script; spaces are allowed. A short sentence is easy to remember and hard to guess. Common passwords are refused.</source>
      <translation>8 à 128 caractères, dans n'importe quelle écriture ; les espaces sont autorisées. Une courte phrase est facile à retenir et difficile à deviner. Les mots de passe courants sont refusés.</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>Répéter le mot de passe</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
  </context>
  <context>
    <name>AdministrationPage</name>
    <message>
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Ledger integrity</source>
      <translation>Intégrité du registre</translation>
    </message>
    <message>
      <source>Verification recomputes every entry's hash, the hash chain, the signatures, who was entitled to sign each entry and the signed checkpoints from the stored bytes, against this station's own key, and checks the tables derived from the ledger.</source>
      <translation>La vérification recalcule, à partir des octets enregistrés, l'empreinte de chaque entrée, la chaîne d'empreintes, les signatures, le droit de chaque signataire et les points de contrôle signés, avec la clé propre à ce poste, et contrôle les tables dérivées du registre.</translation>
    </message>
    <message>
      <source>Verify ledger</source>
      <translation>Vérifier le registre</translation>
    </message>
    <message>
      <source>Your roles do not allow verifying the ledger.</source>
      <translation>Vos rôles ne permettent pas de vérifier le registre.</translation>
    </message>
    <message>
      <source>Correct the ledger's clock…</source>
      <translation>Corriger l'horloge du registre…</translation>
    </message>
    <message>
      <source>Officers</source>
      <translation>Agents</translation>
    </message>
    <message>
      <source>Clock correction recorded at entry {seq}.</source>
      <translation>Correction d'horloge enregistrée à l'entrée {seq}.</translation>
    </message>
    <message>
      <source>Verifying…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <source>Not verified since you signed in.</source>
      <translation>Non vérifié depuis votre connexion.</translation>
    </message>
    <message>
      <source>Consistent, but NOT checked against this station's key: all {n} entries check out among themselves, but this workstation holds no station key to trust (verified {when}).</source>
      <translation>Cohérent, mais NON contrôlé avec la clé de ce poste : les {n} entrées concordent entre elles, mais ce poste de travail ne détient aucune clé de poste de confiance (vérifié le {when}).</translation>
    </message>
    <message>
      <source>Intact: all {n} entries, their signatures and checkpoints check out (verified {when}).</source>
      <translation>Intact : les {n} entrées, leurs signatures et leurs points de contrôle sont vérifiés (vérifié le {when}).</translation>
    </message>
    <message>
      <source>Ledger root hash: {root}</source>
      <translation>Empreinte racine du registre : {root}</translation>
    </message>
    <message>
      <source>NOT intact: {k} problems found (verified {when}). Keep this workstation as it is and call your supervisor.</source>
      <translation>NON intact : {k} problèmes trouvés (vérifié le {when}). Laissez ce poste de travail en l'état et appelez votre superviseur.</translation>
    </message>
    <message>
      <source>Entry {seq}: {reason}</source>
      <translation>Entrée {seq} : {reason}</translation>
    </message>
  </context>
  <context>
    <name>AgencyPage</name>
    <message>
      <source>Agency and evidence room</source>
      <translation>Service et salle des scellés</translation>
    </message>
    <message>
      <source>These names appear on every label and court report.</source>
      <translation>Ces noms figurent sur chaque étiquette et chaque rapport destiné au tribunal.</translation>
    </message>
    <message>
      <source>for example: National Police, Drug Enforcement Unit</source>
      <translation>par exemple : Police nationale, Office central des stupéfiants</translation>
    </message>
    <message>
      <source>for example: Central evidence room</source>
      <translation>par exemple : Salle centrale des scellés</translation>
    </message>
    <message>
      <source>Agency name</source>
      <translation>Nom du service</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Salle des scellés</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Fuseau horaire</translation>
    </message>
    <message>
      <source>Dates on reports are shown in this time zone. Type part of a city name to search.</source>
      <translation>Les dates des rapports sont affichées dans ce fuseau horaire. Tapez une partie du nom d'une ville pour chercher.</translation>
    </message>
  </context>
  <context>
    <name>AttachDialog</name>
    <message>
      <source>The file cannot be read ({reason}).</source>
      <translation>Le fichier ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <source>Not attached</source>
      <translation>Non joint</translation>
    </message>
    <message>
      <source>This file was not attached:</source>
      <translation>Ce fichier n'a pas été joint :</translation>
    </message>
    <message>
      <source>{n} files were not attached:</source>
      <translation>{n} fichiers n'ont pas été joints :</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <source>JPEG photo</source>
      <translation>Photo JPEG</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>Image PNG</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <source>The file is too large: {size} MB. At most {max} MB can be attached.</source>
      <translation>Le fichier est trop volumineux : {size} Mo. Au plus {max} Mo peuvent être joints.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Le fichier est vide.</translation>
    </message>
    <message>
      <source>Only JPEG and PNG photos and PDF documents can be attached (this is {media_type}).</source>
      <translation>Seuls des photos JPEG et PNG et des documents PDF peuvent être joints (ce fichier est {media_type}).</translation>
    </message>
    <message>
      <source>The file's content is not a {expected}. Check the file.</source>
      <translation>Le contenu du fichier n'est pas un(e) {expected}. Vérifiez le fichier.</translation>
    </message>
    <message>
      <source>The image cannot be read: the file is damaged or not an image.</source>
      <translation>L'image ne peut pas être lue : le fichier est endommagé ou n'est pas une image.</translation>
    </message>
    <message>
      <source>The image is too large ({pixels} megapixels); at most {max} megapixels.</source>
      <translation>L'image est trop grande ({pixels} mégapixels) ; au plus {max} mégapixels.</translation>
    </message>
    <message>
      <source>This attachment is not an image: there is no thumbnail.</source>
      <translation>Cette pièce jointe n'est pas une image : pas de miniature.</translation>
    </message>
    <message>
      <source>There is no item {item_id}.</source>
      <translation>Il n'existe pas de pièce {item_id}.</translation>
    </message>
    <message>
      <source>The stored file {sha256} does not match its hash: it was altered. Restore a backup.</source>
      <translation>Le fichier enregistré {sha256} ne correspond pas à son empreinte : il a été modifié. Restaurez une sauvegarde.</translation>
    </message>
  </context>
  <context>
    <name>Auth</name>
    <message>
      <source>The username or password is not correct.</source>
      <translation>Le nom d'utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
      <source>This account is locked after too many wrong passwords. Try again after {until} or ask an administrator to unlock it.</source>
      <translation>Ce compte est bloqué après trop de mots de passe erronés. Réessayez après {until} ou demandez à un administrateur de le débloquer.</translation>
    </message>
    <message>
      <source>This account is disabled. Ask an administrator.</source>
      <translation>Ce compte est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
      <source>The password is not correct.</source>
      <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
      <source>The account of {username} is not locked.</source>
      <translation>Le compte de {username} n'est pas bloqué.</translation>
    </message>
    <message>
      <source>The signing key of {username} was replaced or revoked since it was unlocked (for example by a password reset). Nothing was saved. Sign in again.</source>
      <translation>La clé de signature de {username} a été remplacée ou révoquée depuis son déverrouillage (par exemple par une réinitialisation du mot de passe). Rien n'a été enregistré. Reconnectez-vous.</translation>
    </message>
    <message>
      <source>{username} is not an officer of this ledger. Nothing was saved.</source>
      <translation>{username} n'est pas un agent de ce registre. Rien n'a été enregistré.</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>No backup passphrase is set on this workstation. An administrator sets it once: custody backup passphrase --as ADMIN. Nothing was written.</source>
      <translation>Aucune phrase secrète de sauvegarde n'est définie sur ce poste de travail. Un administrateur la définit une fois : custody backup passphrase --as ADMIN. Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>A backup passphrase is already set; give --replace to set a new one (older backups keep needing the old passphrase).</source>
      <translation>Une phrase secrète de sauvegarde est déjà définie ; ajoutez --replace pour en définir une nouvelle (les anciennes sauvegardes exigent toujours l'ancienne phrase secrète).</translation>
    </message>
    <message>
      <source>The backup passphrase must be at least {n} characters long.</source>
      <translation>La phrase secrète de sauvegarde doit compter au moins {n} caractères.</translation>
    </message>
    <message>
      <source>The backup key file {path} is damaged. Set the passphrase again (custody backup passphrase --replace). Nothing was written.</source>
      <translation>Le fichier de clé de sauvegarde {path} est endommagé. Définissez à nouveau la phrase secrète (custody backup passphrase --replace). Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>The copy of the database did not verify ({reason}), so no backup was kept. Run 'custody ledger verify' on the station.</source>
      <translation>La copie de la base de données n'a pas été vérifiée ({reason}), donc aucune sauvegarde n'a été conservée. Lancez « custody ledger verify » sur le poste.</translation>
    </message>
    <message>
      <source>The backup file read back from {path} is not what was written (the disk or the medium is failing). It was deleted; write the backup elsewhere.</source>
      <translation>Le fichier de sauvegarde relu depuis {path} n'est pas ce qui a été écrit (le disque ou le support est défaillant). Il a été supprimé ; écrivez la sauvegarde ailleurs.</translation>
    </message>
    <message>
      <source>pg_dump is not installed on this workstation (it comes with the PostgreSQL client). Install it, or back up the server as docs/DEPLOYMENT.md describes. Nothing was written.</source>
      <translation>pg_dump n'est pas installé sur ce poste de travail (il est fourni avec le client PostgreSQL). Installez-le, ou sauvegardez le serveur comme l'indique docs/DEPLOYMENT.md. Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>pg_dump failed: {reason}. Nothing was written.</source>
      <translation>pg_dump a échoué : {reason}. Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>The folder {path} already holds a Custody database or keys. Restore into a new, empty data folder (--data-dir NEW). Nothing was changed.</source>
      <translation>Le dossier {path} contient déjà une base de données ou des clés Custody. Restaurez dans un nouveau dossier de données vide (--data-dir NOUVEAU). Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>{path} is not a Custody backup. Nothing was restored.</source>
      <translation>{path} n'est pas une sauvegarde Custody. Rien n'a été restauré.</translation>
    </message>
    <message>
      <source>The backup {path} is damaged or incomplete (it does not authenticate: a changed or missing byte). Nothing was restored; use another backup.</source>
      <translation>La sauvegarde {path} est endommagée ou incomplète (elle ne s'authentifie pas : un octet modifié ou manquant). Rien n'a été restauré ; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
      <source>The passphrase does not open this backup. Nothing was restored.</source>
      <translation>La phrase secrète n'ouvre pas cette sauvegarde. Rien n'a été restauré.</translation>
    </message>
    <message>
      <source>The backup {path} does not hold what its manifest lists ({reason}). Nothing was restored; use another backup.</source>
      <translation>La sauvegarde {path} ne contient pas ce que son manifeste énumère ({reason}). Rien n'a été restauré ; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
      <source>The database in the backup does not verify ({reason}). Nothing was restored.</source>
      <translation>La base de données de la sauvegarde n'est pas vérifiée ({reason}). Rien n'a été restauré.</translation>
    </message>
    <message>
      <source>The backup holds {size} ledger entries, but the station's checkpoint {checkpoint} already covers {covered}: it is older than what the station exported, and restoring it would lose entries. Nothing was restored; use a newer backup, or --force to restore it anyway.</source>
      <translation>La sauvegarde contient {size} entrées du registre, mais le point de contrôle {checkpoint} du poste en couvre déjà {covered} : elle est plus ancienne que ce que le poste a exporté, et la restaurer ferait perdre des entrées. Rien n'a été restauré ; utilisez une sauvegarde plus récente, ou --force pour la restaurer quand même.</translation>
    </message>
    <message>
      <source>The ledger in the backup is not consistent with the checkpoint {checkpoint} ({reason}). Nothing was restored; use --force to restore it anyway.</source>
      <translation>Le registre de la sauvegarde n'est pas cohérent avec le point de contrôle {checkpoint} ({reason}). Rien n'a été restauré ; utilisez --force pour la restaurer quand même.</translation>
    </message>
    <message>
      <source>The checkpoint file {path} is not a signed checkpoint note.</source>
      <translation>Le fichier de point de contrôle {path} n'est pas une note de point de contrôle signée.</translation>
    </message>
    <message>
      <source>Keep between 1 and 365 backups.</source>
      <translation>Conservez entre 1 et 365 sauvegardes.</translation>
    </message>
    <message>
      <source>The backup folder must be a full path (or empty for backups/ in the data folder).</source>
      <translation>Le dossier de sauvegarde doit être un chemin complet (ou vide pour backups/ dans le dossier de données).</translation>
    </message>
  </context>
  <context>
    <name>BackupCard</name>
    <message>
      <source>Backups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <source>Each backup is one file with the database and this station's keys, checked before it counts and encrypted with the backup passphrase. Never copy the database file by hand while Custody runs.</source>
      <translation>Chaque sauvegarde est un fichier unique contenant la base de données et les clés de ce poste, vérifié avant d'être retenu et chiffré avec la phrase secrète de sauvegarde. Ne copiez jamais à la main le fichier de la base pendant que Custody fonctionne.</translation>
    </message>
    <message>
      <source>Every day</source>
      <translation>Chaque jour</translation>
    </message>
    <message>
      <source>When Custody closes</source>
      <translation>À la fermeture de Custody</translation>
    </message>
    <message>
      <source>Keep the newest</source>
      <translation>Conserver les plus récentes</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Save backup settings</source>
      <translation>Enregistrer les paramètres de sauvegarde</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <source>Change the passphrase…</source>
      <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
      <source>Set the passphrase…</source>
      <translation>Définir la phrase secrète…</translation>
    </message>
    <message>
      <source>No backup passphrase is set yet: no backup is made until an administrator sets one.</source>
      <translation>Aucune phrase secrète de sauvegarde n'est encore définie : aucune sauvegarde n'est faite tant qu'un administrateur n'en a pas défini une.</translation>
    </message>
    <message>
      <source>Last backup: {name}</source>
      <translation>Dernière sauvegarde : {name}</translation>
    </message>
    <message>
      <source>No backup yet.</source>
      <translation>Aucune sauvegarde pour l'instant.</translation>
    </message>
    <message>
      <source>Folder for backups</source>
      <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
      <source>Backup settings saved.</source>
      <translation>Paramètres de sauvegarde enregistrés.</translation>
    </message>
    <message>
      <source>Set the backup passphrase</source>
      <translation>Définir la phrase secrète de sauvegarde</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>Phrase secrète de sauvegarde</translation>
    </message>
    <message>
      <source>The passphrase that opens every backup (at least {n} characters). Keep it apart from this computer: without it no backup can be restored.</source>
      <translation>La phrase secrète qui ouvre chaque sauvegarde (au moins {n} caractères). Conservez-la à l'écart de cet ordinateur : sans elle, aucune sauvegarde ne peut être restaurée.</translation>
    </message>
    <message>
      <source>The same passphrase again:</source>
      <translation>La même phrase secrète à nouveau :</translation>
    </message>
    <message>
      <source>The two passphrases differ; nothing was changed.</source>
      <translation>Les deux phrases secrètes diffèrent ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Backup passphrase set. Older backups keep needing the passphrase they were made with.</source>
      <translation>Phrase secrète de sauvegarde définie. Les sauvegardes plus anciennes exigent toujours la phrase secrète avec laquelle elles ont été faites.</translation>
    </message>
    <message>
      <source>Backing up and checking the copy…</source>
      <translation>Sauvegarde et vérification de la copie…</translation>
    </message>
    <message>
      <source>Backup written and verified: {path}</source>
      <translation>Sauvegarde écrite et vérifiée : {path}</translation>
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <source>Case number</source>
      <translation>Numéro d'affaire</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>Infraction</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Intitulé</translation>
    </message>
    <message>
      <source>A short name for the case, as the investigators call it.</source>
      <translation>Un nom court pour l'affaire, tel que les enquêteurs l'appellent.</translation>
    </message>
    <message>
      <source>Requesting agency reference</source>
      <translation>Référence du service demandeur</translation>
    </message>
    <message>
      <source>Prosecutor reference</source>
      <translation>Référence du parquet</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Référence du tribunal</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>Ouvrir l'affaire</translation>
    </message>
  </context>
  <context>
    <name>CaseOutcome</name>
    <message>
      <source>Convicted</source>
      <translation>Condamnation</translation>
    </message>
    <message>
      <source>Acquitted</source>
      <translation>Relaxe ou acquittement</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>Non-lieu</translation>
    </message>
    <message>
      <source>Closed without charge</source>
      <translation>Classement sans suite</translation>
    </message>
    <message>
      <source>Under appeal (not final)</source>
      <translation>En appel (non définitif)</translation>
    </message>
    <message>
      <source>Choose the outcome of the case.</source>
      <translation>Choisissez l'issue de l'affaire.</translation>
    </message>
    <message>
      <source>Choose what is to be done with the items (return, destruction, forfeiture).</source>
      <translation>Choisissez le sort des pièces (restitution, destruction, confiscation).</translation>
    </message>
    <message>
      <source>There is no case {case}.</source>
      <translation>Il n'existe pas d'affaire {case}.</translation>
    </message>
    <message>
      <source>No item of case {case} is waiting for disposal.</source>
      <translation>Aucune pièce de l'affaire {case} n'attend de sortie définitive.</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <source>Cases</source>
      <translation>Affaires</translation>
    </message>
    <message>
      <source>Filter by case number or title</source>
      <translation>Filtrer par numéro d'affaire ou intitulé</translation>
    </message>
    <message>
      <source>Record a seizure for this case</source>
      <translation>Enregistrer une saisie pour cette affaire</translation>
    </message>
    <message>
      <source>Show its items</source>
      <translation>Afficher ses pièces</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Nouvelle affaire…</translation>
    </message>
    <message>
      <source>Open a new case</source>
      <translation>Ouvrir une nouvelle affaire</translation>
    </message>
    <message>
      <source>Case {number} opened.</source>
      <translation>Affaire {number} ouverte.</translation>
    </message>
  </context>
  <context>
    <name>CasesTableModel</name>
    <message>
      <source>Case number</source>
      <translation>Numéro d'affaire</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>Infraction</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Intitulé</translation>
    </message>
    <message>
      <source>Seizures</source>
      <translation>Saisies</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Ouverte le</translation>
    </message>
    <message>
      <source>Opened by</source>
      <translation>Ouverte par</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <source>This field is required.</source>
      <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
      <source>This field does not belong to this kind of item.</source>
      <translation>Ce champ ne s'applique pas à ce type de pièce.</translation>
    </message>
    <message>
      <source>Choose one of: {choices}.</source>
      <translation>Choisissez parmi : {choices}.</translation>
    </message>
    <message>
      <source>The net weight cannot be more than the gross weight.</source>
      <translation>Le poids net ne peut pas dépasser le poids brut.</translation>
    </message>
    <message>
      <source>Leave the result empty: no field test was done.</source>
      <translation>Laissez le résultat vide : aucun test de terrain n'a été fait.</translation>
    </message>
    <message>
      <source>A field test was done: give its result.</source>
      <translation>Un test de terrain a été fait : indiquez son résultat.</translation>
    </message>
    <message>
      <source>Say who made it safe.</source>
      <translation>Indiquez qui l'a mis en sécurité.</translation>
    </message>
    <message>
      <source>Say when it was made safe.</source>
      <translation>Indiquez quand il a été mis en sécurité.</translation>
    </message>
    <message>
      <source>Leave this empty: the item was not made safe.</source>
      <translation>Laissez ce champ vide : la pièce n'a pas été mise en sécurité.</translation>
    </message>
    <message>
      <source>Choose the currency of the value.</source>
      <translation>Choisissez la devise de la valeur.</translation>
    </message>
    <message>
      <source>Count the notes and coins: give at least one denomination and its count.</source>
      <translation>Comptez les billets et les pièces de monnaie : indiquez au moins une valeur faciale et son nombre.</translation>
    </message>
    <message>
      <source>Each line needs a denomination above zero and a count (for example 50 and 12).</source>
      <translation>Chaque ligne demande une valeur faciale supérieure à zéro et un nombre (par exemple 50 et 12).</translation>
    </message>
    <message>
      <source>The denomination {denomination} is listed twice.</source>
      <translation>La valeur faciale {denomination} figure deux fois.</translation>
    </message>
    <message>
      <source>The total does not match the notes and coins counted ({total}).</source>
      <translation>Le total ne correspond pas aux billets et pièces de monnaie comptés ({total}).</translation>
    </message>
    <message>
      <source>The value cannot be negative.</source>
      <translation>La valeur ne peut pas être négative.</translation>
    </message>
    <message>
      <source>At most {places} decimals.</source>
      <translation>Au plus {places} décimales.</translation>
    </message>
    <message>
      <source>A VIN has 17 letters and digits, without the letters I, O or Q. Check it against the vehicle.</source>
      <translation>Un numéro VIN compte 17 lettres et chiffres, sans les lettres I, O ni Q. Vérifiez-le sur le véhicule.</translation>
    </message>
    <message>
      <source>An IMEI has 15 digits (16 for IMEISV). Dial *#06# on the phone or read the label.</source>
      <translation>Un IMEI compte 15 chiffres (16 pour l'IMEISV). Composez *#06# sur le téléphone ou lisez l'étiquette.</translation>
    </message>
    <message>
      <source>This IMEI has a typing error: its last digit does not match. Check it.</source>
      <translation>Cet IMEI contient une faute de frappe : son dernier chiffre ne correspond pas. Vérifiez-le.</translation>
    </message>
    <message>
      <source>Powder</source>
      <translation>Poudre</translation>
    </message>
    <message>
      <source>Crystals</source>
      <translation>Cristaux</translation>
    </message>
    <message>
      <source>Tablets</source>
      <translation>Comprimés</translation>
    </message>
    <message>
      <source>Capsules</source>
      <translation>Gélules</translation>
    </message>
    <message>
      <source>Liquid</source>
      <translation>Liquide</translation>
    </message>
    <message>
      <source>Plant material</source>
      <translation>Matière végétale</translation>
    </message>
    <message>
      <source>Resin</source>
      <translation>Résine</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>Pâte</translation>
    </message>
    <message>
      <source>Blotter paper</source>
      <translation>Buvard</translation>
    </message>
    <message>
      <source>Other form</source>
      <translation>Autre forme</translation>
    </message>
    <message>
      <source>Positive</source>
      <translation>Positif</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>Négatif</translation>
    </message>
    <message>
      <source>Inconclusive</source>
      <translation>Non concluant</translation>
    </message>
    <message>
      <source>Pistol</source>
      <translation>Pistolet</translation>
    </message>
    <message>
      <source>Revolver</source>
      <translation>Revolver</translation>
    </message>
    <message>
      <source>Rifle</source>
      <translation>Fusil</translation>
    </message>
    <message>
      <source>Shotgun</source>
      <translation>Fusil de chasse</translation>
    </message>
    <message>
      <source>Submachine gun</source>
      <translation>Pistolet-mitrailleur</translation>
    </message>
    <message>
      <source>Machine gun</source>
      <translation>Mitrailleuse</translation>
    </message>
    <message>
      <source>Combination gun</source>
      <translation>Arme mixte</translation>
    </message>
    <message>
      <source>Craft-made firearm</source>
      <translation>Arme artisanale</translation>
    </message>
    <message>
      <source>Other firearm</source>
      <translation>Autre arme à feu</translation>
    </message>
    <message>
      <source>Centrefire cartridges</source>
      <translation>Cartouches à percussion centrale</translation>
    </message>
    <message>
      <source>Rimfire cartridges</source>
      <translation>Cartouches à percussion annulaire</translation>
    </message>
    <message>
      <source>Shotgun shells</source>
      <translation>Cartouches de chasse</translation>
    </message>
    <message>
      <source>Other ammunition</source>
      <translation>Autres munitions</translation>
    </message>
    <message>
      <source>Commercial explosive</source>
      <translation>Explosif civil</translation>
    </message>
    <message>
      <source>Military explosive or munition</source>
      <translation>Explosif ou munition militaire</translation>
    </message>
    <message>
      <source>Improvised device</source>
      <translation>Engin explosif improvisé</translation>
    </message>
    <message>
      <source>Detonators or fuses</source>
      <translation>Détonateurs ou mèches</translation>
    </message>
    <message>
      <source>Fireworks or flares</source>
      <translation>Artifices ou fusées éclairantes</translation>
    </message>
    <message>
      <source>Other explosive</source>
      <translation>Autre explosif</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>Passeport</translation>
    </message>
    <message>
      <source>Identity card</source>
      <translation>Carte d'identité</translation>
    </message>
    <message>
      <source>Driving licence</source>
      <translation>Permis de conduire</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>Visa</translation>
    </message>
    <message>
      <source>Residence or work permit</source>
      <translation>Titre de séjour ou permis de travail</translation>
    </message>
    <message>
      <source>Vehicle registration</source>
      <translation>Certificat d'immatriculation</translation>
    </message>
    <message>
      <source>Bank card</source>
      <translation>Carte bancaire</translation>
    </message>
    <message>
      <source>Other document</source>
      <translation>Autre document</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>Téléphone portable</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Ordinateur</translation>
    </message>
    <message>
      <source>Tablet</source>
      <translation>Tablette</translation>
    </message>
    <message>
      <source>Storage (USB stick, disk, memory card)</source>
      <translation>Stockage (clé USB, disque, carte mémoire)</translation>
    </message>
    <message>
      <source>SIM card</source>
      <translation>Carte SIM</translation>
    </message>
    <message>
      <source>GPS or satellite device</source>
      <translation>Appareil GPS ou satellitaire</translation>
    </message>
    <message>
      <source>Other device</source>
      <translation>Autre appareil</translation>
    </message>
    <message>
      <source>Timber</source>
      <translation>Bois</translation>
    </message>
    <message>
      <source>Mineral or ore</source>
      <translation>Minéral ou minerai</translation>
    </message>
    <message>
      <source>Charcoal</source>
      <translation>Charbon de bois</translation>
    </message>
    <message>
      <source>Wildlife or wildlife product</source>
      <translation>Espèce sauvage ou produit d'espèce sauvage</translation>
    </message>
    <message>
      <source>Other natural resource</source>
      <translation>Autre ressource naturelle</translation>
    </message>
    <message>
      <source>Made safe</source>
      <translation>Mis en sécurité</translation>
    </message>
    <message>
      <source>Made safe by</source>
      <translation>Mis en sécurité par</translation>
    </message>
    <message>
      <source>Made safe at (date and time)</source>
      <translation>Mis en sécurité le (date et heure)</translation>
    </message>
    <message>
      <source>Suspected substance</source>
      <translation>Substance suspectée</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Forme</translation>
    </message>
    <message>
      <source>Number of packages</source>
      <translation>Nombre de paquets</translation>
    </message>
    <message>
      <source>Gross weight (with packaging)</source>
      <translation>Poids brut (avec emballage)</translation>
    </message>
    <message>
      <source>Net weight (substance only)</source>
      <translation>Poids net (substance seule)</translation>
    </message>
    <message>
      <source>Field test done</source>
      <translation>Test de terrain fait</translation>
    </message>
    <message>
      <source>Field test result</source>
      <translation>Résultat du test de terrain</translation>
    </message>
    <message>
      <source>Type of firearm</source>
      <translation>Type d'arme à feu</translation>
    </message>
    <message>
      <source>Make (manufacturer)</source>
      <translation>Marque (fabricant)</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>Calibre</source>
      <translation>Calibre</translation>
    </message>
    <message>
      <source>Serial number</source>
      <translation>Numéro de série</translation>
    </message>
    <message>
      <source>Country of manufacture</source>
      <translation>Pays de fabrication</translation>
    </message>
    <message>
      <source>Other markings</source>
      <translation>Autres marquages</translation>
    </message>
    <message>
      <source>Number of magazines</source>
      <translation>Nombre de chargeurs</translation>
    </message>
    <message>
      <source>Rounds of ammunition with it</source>
      <translation>Cartouches saisies avec l'arme</translation>
    </message>
    <message>
      <source>Type of ammunition</source>
      <translation>Type de munition</translation>
    </message>
    <message>
      <source>Headstamp</source>
      <translation>Marquage de culot</translation>
    </message>
    <message>
      <source>Number of rounds</source>
      <translation>Nombre de cartouches</translation>
    </message>
    <message>
      <source>Type of explosive</source>
      <translation>Type d'explosif</translation>
    </message>
    <message>
      <source>Markings</source>
      <translation>Marquages</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Poids net</translation>
    </message>
    <message>
      <source>Number of pieces</source>
      <translation>Nombre d'éléments</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Devise</translation>
    </message>
    <message>
      <source>Notes and coins counted</source>
      <translation>Billets et pièces de monnaie comptés</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Suspected counterfeit</source>
      <translation>Contrefaçon suspectée</translation>
    </message>
    <message>
      <source>Type of document</source>
      <translation>Type de document</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>Pays de délivrance</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Numéro du document</translation>
    </message>
    <message>
      <source>Name of the holder (as written)</source>
      <translation>Nom du titulaire (tel qu'écrit)</translation>
    </message>
    <message>
      <source>Type of device</source>
      <translation>Type d'appareil</translation>
    </message>
    <message>
      <source>Make</source>
      <translation>Marque</translation>
    </message>
    <message>
      <source>IMEI</source>
      <translation>IMEI</translation>
    </message>
    <message>
      <source>Second IMEI (dual SIM)</source>
      <translation>Second IMEI (double SIM)</translation>
    </message>
    <message>
      <source>VIN (vehicle identification number)</source>
      <translation>VIN (numéro d'identification du véhicule)</translation>
    </message>
    <message>
      <source>Number plate</source>
      <translation>Plaque d'immatriculation</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Couleur</translation>
    </message>
    <message>
      <source>Kind of resource</source>
      <translation>Type de ressource</translation>
    </message>
    <message>
      <source>Species or mineral</source>
      <translation>Espèce ou minéral</translation>
    </message>
    <message>
      <source>Volume (cubic metres)</source>
      <translation>Volume (mètres cubes)</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Poids</translation>
    </message>
    <message>
      <source>Origin (where it came from)</source>
      <translation>Provenance</translation>
    </message>
    <message>
      <source>Estimated value</source>
      <translation>Valeur estimée</translation>
    </message>
    <message>
      <source>Say why this value is kept although its check fails (e.g. counterfeit phone).</source>
      <translation>Indiquez pourquoi cette valeur est conservée bien que son contrôle échoue (p. ex. téléphone contrefait).</translation>
    </message>
    <message>
      <source>The check of this field cannot be overridden.</source>
      <translation>Le contrôle de ce champ ne peut pas être outrepassé.</translation>
    </message>
  </context>
  <context>
    <name>Category</name>
    <message>
      <source>Drugs</source>
      <translation>Stupéfiants</translation>
    </message>
    <message>
      <source>Firearm</source>
      <translation>Arme à feu</translation>
    </message>
    <message>
      <source>Ammunition</source>
      <translation>Munitions</translation>
    </message>
    <message>
      <source>Explosives</source>
      <translation>Explosifs</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Numéraire</translation>
    </message>
    <message>
      <source>Identity or other document</source>
      <translation>Pièce d'identité ou autre document</translation>
    </message>
    <message>
      <source>Phone, computer or other device</source>
      <translation>Téléphone, ordinateur ou autre appareil</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>Véhicule</translation>
    </message>
    <message>
      <source>Timber, minerals, wildlife</source>
      <translation>Bois, minerais, faune et flore</translation>
    </message>
    <message>
      <source>Other goods</source>
      <translation>Autres biens</translation>
    </message>
  </context>
  <context>
    <name>CertificateCard</name>
    <message>
      <source>Report signatures</source>
      <translation>Signature des rapports</translation>
    </message>
    <message>
      <source>Reports are signed with this station's certificate; the ledger binds its fingerprint to the station key, and every report prints it. Give the trust root to a court whose PDF reader should recognise the signature.</source>
      <translation>Les rapports sont signés avec le certificat de ce poste ; le registre lie son empreinte à la clé du poste et chaque rapport l'imprime. Remettez le certificat racine au tribunal dont le lecteur PDF doit reconnaître la signature.</translation>
    </message>
    <message>
      <source>Save the trust root…</source>
      <translation>Enregistrer le certificat racine…</translation>
    </message>
    <message>
      <source>Use an agency certificate (PKCS#12)…</source>
      <translation>Utiliser un certificat du service (PKCS#12)…</translation>
    </message>
    <message>
      <source>Signed by: {subject}
SHA-256: {sha}
Valid until: {until}</source>
      <translation>Signé par : {subject}
SHA-256 : {sha}
Valable jusqu'au : {until}</translation>
    </message>
    <message>
      <source>Save the trust root</source>
      <translation>Enregistrer le certificat racine</translation>
    </message>
    <message>
      <source>Certificates (*.crt *.pem)</source>
      <translation>Certificats (*.crt *.pem)</translation>
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation>Le fichier n'a pas pu être écrit : {reason}</translation>
    </message>
    <message>
      <source>Saved {path}.</source>
      <translation>{path} enregistré.</translation>
    </message>
    <message>
      <source>Agency certificate</source>
      <translation>Certificat du service</translation>
    </message>
    <message>
      <source>PKCS#12 certificates (*.p12 *.pfx)</source>
      <translation>Certificats PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <source>The certificate file's password:</source>
      <translation>Mot de passe du fichier de certificat :</translation>
    </message>
    <message>
      <source>The file could not be read: {reason}</source>
      <translation>Le fichier n'a pas pu être lu : {reason}</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <source>Current password</source>
      <translation>Mot de passe actuel</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Nouveau mot de passe</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
      <source>Type your current password.</source>
      <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Backup passphrase</source>
      <translation>Phrase secrète de sauvegarde</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} bytes, {entries} ledger entries, root {root}).</source>
      <translation>Sauvegarde écrite et vérifiée : {path} ({size} octets, {entries} entrées du registre, racine {root}).</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} bytes, {entries} ledger entries).</source>
      <translation>Sauvegarde écrite et vérifiée : {path} ({size} octets, {entries} entrées du registre).</translation>
    </message>
    <message>
      <source>Backup passphrase set ({path}). Automatic and manual backups are now encrypted to it.</source>
      <translation>Phrase secrète de sauvegarde définie ({path}). Les sauvegardes automatiques et manuelles sont désormais chiffrées avec elle.</translation>
    </message>
    <message>
      <source>There is no backup file {file}.</source>
      <translation>Il n'existe pas de fichier de sauvegarde {file}.</translation>
    </message>
    <message>
      <source>The checkpoint file {file} cannot be read.</source>
      <translation>Le fichier de point de contrôle {file} ne peut pas être lu.</translation>
    </message>
    <message>
      <source>Restored station {station} (backup of {created}, {entries} ledger entries, verified) into {folder}. Open it with: custody --data-dir {folder}</source>
      <translation>Poste {station} restauré (sauvegarde du {created}, {entries} entrées du registre, vérifiée) dans {folder}. Ouvrez-le avec : custody --data-dir {folder}</translation>
    </message>
    <message>
      <source>Restored the keys of station {station} into {folder}, and the PostgreSQL dump {dump}. Load it into an empty database with: pg_restore --no-owner --dbname postgresql://OWNER@HOST/custody {dump}  (docs/DEPLOYMENT.md)</source>
      <translation>Clés du poste {station} restaurées dans {folder}, ainsi que le dump PostgreSQL {dump}. Chargez-le dans une base vide avec : pg_restore --no-owner --dbname postgresql://OWNER@HOST/custody {dump}  (docs/DEPLOYMENT.md)</translation>
    </message>
    <message>
      <source>Error: </source>
      <translation>Erreur : </translation>
    </message>
    <message>
      <source>Interrupted; nothing more was written.</source>
      <translation>Interrompu ; rien de plus n'a été écrit.</translation>
    </message>
    <message>
      <source>Password for {user}</source>
      <translation>Mot de passe de {user}</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <source>state:    up to date</source>
      <translation>state:    à jour</translation>
    </message>
    <message>
      <source>state:    needs upgrade ('custody db upgrade')</source>
      <translation>state:    mise à niveau nécessaire (« custody db upgrade »)</translation>
    </message>
    <message>
      <source>Demo database ready at {url} in {seconds} s: {cases} cases, {seizures} seizures, {items} items (+{children} split/sampled), {photos} photos, {corrections} corrections, {locations} locations.</source>
      <translation>Base de démonstration prête à {url} en {seconds} s : {cases} affaires, {seizures} saisies, {items} pièces (+{children} divisées ou échantillonnées), {photos} photos, {corrections} corrections, {locations} emplacements.</translation>
    </message>
    <message>
      <source>Administrator: {username} / password: {password}</source>
      <translation>Administrateur : {username} / mot de passe : {password}</translation>
    </message>
    <message>
      <source>Officers ({usernames}) / password: {password}</source>
      <translation>Agents ({usernames}) / mot de passe : {password}</translation>
    </message>
    <message>
      <source>Administrator password</source>
      <translation>Mot de passe de l'administrateur</translation>
    </message>
    <message>
      <source>Set up {agency}, station {station}, log {origin}.</source>
      <translation>{agency} configuré, poste {station}, journal {origin}.</translation>
    </message>
    <message>
      <source>Station verifier key: {key}</source>
      <translation>Clé de vérification du poste : {key}</translation>
    </message>
    <message>
      <source>This workstation now opens the shared database as station {station} ({saved}). Other workstations join it with 'custody station join' (give them the verifier key above).</source>
      <translation>Ce poste de travail ouvre désormais la base partagée en tant que poste {station} ({saved}). Les autres postes de travail la rejoignent avec « custody station join » (donnez-leur la clé de vérification ci-dessus).</translation>
    </message>
    <message>
      <source>Give --out FILE.pdf|FILE.zpl or --printer QUEUE. Templates: {names}</source>
      <translation>Indiquez --out FICHIER.pdf|FICHIER.zpl ou --printer FILE. Modèles : {names}</translation>
    </message>
    <message>
      <source>{n} label(s), template {template}, {format} -&gt; {destination}</source>
      <translation>{n} étiquette(s), modèle {template}, {format} -&gt; {destination}</translation>
    </message>
    <message>
      <source>Ledger intact: {n} entries, root {root}; its first station key is trusted ({anchor}).</source>
      <translation>Registre intact : {n} entrées, racine {root} ; sa première clé de poste est de confiance ({anchor}).</translation>
    </message>
    <message>
      <source>Ledger intact but NOT TRUSTED: {n} entries, consistent, but its first station key ({anchor}) could not be checked against a key you trust. Run on the station's own workstation or give --trust "&lt;the station's verifier key&gt;".</source>
      <translation>Registre intact mais NON VÉRIFIÉ PAR UNE CLÉ DE CONFIANCE : {n} entrées, cohérentes, mais sa première clé de poste ({anchor}) n'a pas pu être contrôlée avec une clé de confiance. Lancez la commande sur le poste de travail du poste lui-même ou indiquez --trust "&lt;la clé de vérification du poste&gt;".</translation>
    </message>
    <message>
      <source>{failures} failure(s) in {n} entries.</source>
      <translation>{failures} échec(s) sur {n} entrées.</translation>
    </message>
    <message>
      <source>Clock correction recorded at seq {seq} ({at}); entries up to {until} carried the wrong time.</source>
      <translation>Correction d'horloge enregistrée à l'entrée {seq} ({at}) ; les entrées jusqu'au {until} portaient une heure erronée.</translation>
    </message>
    <message>
      <source>Exported {n} entries to {out}.</source>
      <translation>{n} entrées exportées dans {out}.</translation>
    </message>
    <message>
      <source>{n} difference(s) found and repaired.</source>
      <translation>{n} différence(s) trouvée(s) et réparée(s).</translation>
    </message>
    <message>
      <source>{n} difference(s) found.</source>
      <translation>{n} différence(s) trouvée(s).</translation>
    </message>
    <message>
      <source>Wrote {out} (report {report}).</source>
      <translation>{out} écrit (rapport {report}).</translation>
    </message>
    <message>
      <source>Wrote {out} (report {report}, {n} items).</source>
      <translation>{out} écrit (rapport {report}, {n} pièces).</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
      <source>Wrote {out}: the trust root (SHA-256 {sha}).</source>
      <translation>{out} écrit : le certificat racine (SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>Reports are signed by {subject}, valid until {until}.</source>
      <translation>Les rapports sont signés par {subject}, valable jusqu'au {until}.</translation>
    </message>
    <message>
      <source>Signing certificate SHA-256 fingerprint (printed on every report): {sha}</source>
      <translation>Empreinte SHA-256 du certificat de signature (imprimée sur chaque rapport) : {sha}</translation>
    </message>
    <message>
      <source>Certificate file password</source>
      <translation>Mot de passe du fichier de certificat</translation>
    </message>
    <message>
      <source>Reports are now signed with the certificate SHA-256 {sha} (recorded in the ledger).</source>
      <translation>Les rapports sont désormais signés avec le certificat SHA-256 {sha} (enregistré dans le registre).</translation>
    </message>
    <message>
      <source>Give the new station's code: --station CODE.</source>
      <translation>Indiquez le code du nouveau poste : --station CODE.</translation>
    </message>
    <message>
      <source>Give --trust with the verifier key of the database's first station (station {station}). Nothing was changed.</source>
      <translation>Indiquez avec --trust la clé de vérification du premier poste de la base (poste {station}). Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The database's first station is {station}. Its verifier key, as the database states it:</source>
      <translation>Le premier poste de la base est {station}. Sa clé de vérification, telle que la base l'indique :</translation>
    </message>
    <message>
      <source>Compare it with the key your agency published (it is printed on every report).</source>
      <translation>Comparez-la avec la clé publiée par votre service (elle est imprimée sur chaque rapport).</translation>
    </message>
    <message>
      <source>Is it the same key?</source>
      <translation>Est-ce la même clé ?</translation>
    </message>
    <message>
      <source>Not joined: the key was not confirmed. Nothing was changed.</source>
      <translation>Non rejoint : la clé n'a pas été confirmée. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Verifying the whole ledger against the first station's key...</source>
      <translation>Vérification de tout le registre avec la clé du premier poste...</translation>
    </message>
    <message>
      <source>Station {station} joined the log {origin}; its key is in {folder}.</source>
      <translation>Le poste {station} a rejoint le journal {origin} ; sa clé se trouve dans {folder}.</translation>
    </message>
    <message>
      <source>This workstation now opens the shared database as station {station} ({saved}).</source>
      <translation>Ce poste de travail ouvre désormais la base partagée en tant que poste {station} ({saved}).</translation>
    </message>
    <message>
      <source>Wrote {path}: {n} item(s) handed to {to}.</source>
      <translation>{path} écrit : {n} pièce(s) remise(s) à {to}.</translation>
    </message>
    <message>
      <source>Package {package}, package hash (SHA-256 of its manifest) {sha}.</source>
      <translation>Colis {package}, empreinte du colis (SHA-256 de son manifeste) {sha}.</translation>
    </message>
    <message>
      <source>Station verifier key the receiver must trust: {key}</source>
      <translation>Clé de vérification du poste à laquelle le destinataire doit faire confiance : {key}</translation>
    </message>
    <message>
      <source>The package would be refused: {reasons}</source>
      <translation>Le colis serait refusé : {reasons}</translation>
    </message>
    <message>
      <source>Accepted package {sha}: {items} are now in your custody.</source>
      <translation>Colis {sha} accepté : {items} sont désormais sous votre garde.</translation>
    </message>
    <message>
      <source>Trusted {name} (ledger entry {seq}).</source>
      <translation>{name} est de confiance (entrée du registre {seq}).</translation>
    </message>
    <message>
      <source>No longer trusted (ledger entry {seq}).</source>
      <translation>N'est plus de confiance (entrée du registre {seq}).</translation>
    </message>
    <message>
      <source>No other station is trusted.</source>
      <translation>Aucun autre poste n'est de confiance.</translation>
    </message>
    <message>
      <source>Initial password for {user}</source>
      <translation>Mot de passe initial de {user}</translation>
    </message>
    <message>
      <source>Created {user} ({roles}), key {key}.</source>
      <translation>{user} créé ({roles}), clé {key}.</translation>
    </message>
    <message>
      <source>Disabled {user}.</source>
      <translation>{user} désactivé.</translation>
    </message>
    <message>
      <source>Enabled {user}.</source>
      <translation>{user} réactivé.</translation>
    </message>
    <message>
      <source>Unlocked {user}.</source>
      <translation>{user} débloqué.</translation>
    </message>
    <message>
      <source>New password for {user}</source>
      <translation>Nouveau mot de passe de {user}</translation>
    </message>
    <message>
      <source>Password reset for {user}; a new signing key was issued.</source>
      <translation>Mot de passe de {user} réinitialisé ; une nouvelle clé de signature a été émise.</translation>
    </message>
    <message>
      <source>Cannot write {out}: {reason}. Choose a folder you can write to.</source>
      <translation>Impossible d'écrire {out} : {reason}. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <source>Wrote {out} ({size} bytes, SHA-256 {sha}).</source>
      <translation>{out} écrit ({size} octets, SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>Give it to prosecutors with the reports: they open it in any web browser, drop the report PDF on it and type the station key printed on the report. It works without internet.</source>
      <translation>Remettez-le au parquet avec les rapports : il s'ouvre dans n'importe quel navigateur web, on y dépose le PDF du rapport et on tape la clé du poste imprimée sur le rapport. Il fonctionne sans internet.</translation>
    </message>
  </context>
  <context>
    <name>Clock</name>
    <message>
      <source>This computer's clock shows {now} (UTC), earlier than the last entry in the ledger ({last}). Nothing was saved. If this computer's time is wrong, correct it and try again. If the clock is right and the ledger's last entries carry a wrong time, an administrator and a supervisor must record a clock correction (Administration &gt; Clock correction).</source>
      <translation>L'horloge de cet ordinateur indique {now} (UTC), avant la dernière entrée du registre ({last}). Rien n'a été enregistré. Si l'heure de cet ordinateur est fausse, corrigez-la et réessayez. Si l'horloge est juste et que les dernières entrées du registre portent une heure erronée, un administrateur et un superviseur doivent enregistrer une correction d'horloge (Administration &gt; Correction d'horloge).</translation>
    </message>
    <message>
      <source>This computer's clock moved forward by {jump} while Custody was running: it now shows {now} (UTC). Nothing was saved. Check the date and time of this computer; if the new time is right, restart Custody.</source>
      <translation>L'horloge de cet ordinateur a avancé de {jump} pendant l'exécution de Custody : elle indique maintenant {now} (UTC). Rien n'a été enregistré. Vérifiez la date et l'heure de cet ordinateur ; si la nouvelle heure est juste, redémarrez Custody.</translation>
    </message>
    <message>
      <source>Say what happened to the clock (for example: the workstation's clock was set to 2099).</source>
      <translation>Indiquez ce qui est arrivé à l'horloge (par exemple : l'horloge du poste de travail était réglée sur 2099).</translation>
    </message>
    <message>
      <source>The ledger's last entry ({last}) is not later than the current time ({now}): there is nothing to correct.</source>
      <translation>La dernière entrée du registre ({last}) n'est pas postérieure à l'heure actuelle ({now}) : il n'y a rien à corriger.</translation>
    </message>
    <message>
      <source>A clock correction is countersigned by a supervisor other than you; {username} is not a supervisor.</source>
      <translation>Une correction d'horloge est contresignée par un superviseur autre que vous ; {username} n'est pas superviseur.</translation>
    </message>
    <message>
      <source>A clock correction needs two different officers: ask a supervisor to countersign.</source>
      <translation>Une correction d'horloge exige deux agents différents : demandez à un superviseur de contresigner.</translation>
    </message>
  </context>
  <context>
    <name>ClockCorrectionDialog</name>
    <message>
      <source>Correct the ledger's clock</source>
      <translation>Corriger l'horloge du registre</translation>
    </message>
    <message>
      <source>Use this only when entries were recorded with a wrong, future time (a computer whose clock was wrong). The correction is kept in the ledger with your reason, signed by you and by a supervisor; entries after it carry the right time again.</source>
      <translation>À utiliser uniquement lorsque des entrées ont été enregistrées avec une heure fausse, dans le futur (un ordinateur dont l'horloge était fausse). La correction est conservée dans le registre avec votre motif, signée par vous et par un superviseur ; les entrées suivantes portent de nouveau l'heure juste.</translation>
    </message>
    <message>
      <source>What happened to the clock</source>
      <translation>Ce qui est arrivé à l'horloge</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Supervisor (username)</source>
      <translation>Superviseur (nom d'utilisateur)</translation>
    </message>
    <message>
      <source>Supervisor's password</source>
      <translation>Mot de passe du superviseur</translation>
    </message>
    <message>
      <source>Record the correction</source>
      <translation>Enregistrer la correction</translation>
    </message>
    <message>
      <source>The ledger's last entry carries the time {at} (UTC), later than this computer's clock.</source>
      <translation>La dernière entrée du registre porte l'heure {at} (UTC), postérieure à l'horloge de cet ordinateur.</translation>
    </message>
    <message>
      <source>The ledger's last entry is not later than this computer's clock: there is nothing to correct.</source>
      <translation>La dernière entrée du registre n'est pas postérieure à l'horloge de cet ordinateur : il n'y a rien à corriger.</translation>
    </message>
    <message>
      <source>Say what happened to the clock.</source>
      <translation>Indiquez ce qui est arrivé à l'horloge.</translation>
    </message>
    <message>
      <source>A supervisor types their username and password to countersign.</source>
      <translation>Un superviseur saisit son nom d'utilisateur et son mot de passe pour contresigner.</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Correct the record of {item}</source>
      <translation>Corriger la fiche de {item}</translation>
    </message>
    <message>
      <source>The original value stays in the ledger; the correction is shown beside it. A supervisor other than you must approve it by typing their password here.</source>
      <translation>La valeur d'origine reste dans le registre ; la correction est affichée à côté. Un superviseur autre que vous doit l'approuver en saisissant ici son mot de passe.</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Now recorded</source>
      <translation>Valeur enregistrée</translation>
    </message>
    <message>
      <source>Correct value</source>
      <translation>Valeur correcte</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Why the record is wrong, for the court.</source>
      <translation>Pourquoi la fiche est erronée, à l'intention du tribunal.</translation>
    </message>
    <message>
      <source>Approving supervisor</source>
      <translation>Superviseur approbateur</translation>
    </message>
    <message>
      <source>Username of the supervisor approving the correction.</source>
      <translation>Nom d'utilisateur du superviseur qui approuve la correction.</translation>
    </message>
    <message>
      <source>Supervisor's password</source>
      <translation>Mot de passe du superviseur</translation>
    </message>
    <message>
      <source>Approve and record</source>
      <translation>Approuver et enregistrer</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
  </context>
  <context>
    <name>Currency</name>
    <message>
      <source>UAE dirham</source>
      <translation>Dirham des Émirats arabes unis</translation>
    </message>
    <message>
      <source>Afghan afghani</source>
      <translation>Afghani afghan</translation>
    </message>
    <message>
      <source>Albanian lek</source>
      <translation>Lek albanais</translation>
    </message>
    <message>
      <source>Armenian dram</source>
      <translation>Dram arménien</translation>
    </message>
    <message>
      <source>Netherlands Antillean guilder</source>
      <translation>Florin antillais</translation>
    </message>
    <message>
      <source>Angolan kwanza</source>
      <translation>Kwanza angolais</translation>
    </message>
    <message>
      <source>Argentine peso</source>
      <translation>Peso argentin</translation>
    </message>
    <message>
      <source>Australian dollar</source>
      <translation>Dollar australien</translation>
    </message>
    <message>
      <source>Aruban florin</source>
      <translation>Florin arubais</translation>
    </message>
    <message>
      <source>Azerbaijani manat</source>
      <translation>Manat azéri</translation>
    </message>
    <message>
      <source>Bosnia and Herzegovina convertible mark</source>
      <translation>Mark convertible bosniaque</translation>
    </message>
    <message>
      <source>Barbados dollar</source>
      <translation>Dollar barbadien</translation>
    </message>
    <message>
      <source>Bangladeshi taka</source>
      <translation>Taka bangladeshi</translation>
    </message>
    <message>
      <source>Bulgarian lev</source>
      <translation>Lev bulgare</translation>
    </message>
    <message>
      <source>Bahraini dinar</source>
      <translation>Dinar bahreïni</translation>
    </message>
    <message>
      <source>Burundian franc</source>
      <translation>Franc burundais</translation>
    </message>
    <message>
      <source>Bermudian dollar</source>
      <translation>Dollar bermudien</translation>
    </message>
    <message>
      <source>Brunei dollar</source>
      <translation>Dollar brunéien</translation>
    </message>
    <message>
      <source>Bolivian boliviano</source>
      <translation>Boliviano bolivien</translation>
    </message>
    <message>
      <source>Bolivian Mvdol</source>
      <translation>Mvdol bolivien</translation>
    </message>
    <message>
      <source>Brazilian real</source>
      <translation>Réal brésilien</translation>
    </message>
    <message>
      <source>Bahamian dollar</source>
      <translation>Dollar bahaméen</translation>
    </message>
    <message>
      <source>Bhutanese ngultrum</source>
      <translation>Ngultrum bouthanais</translation>
    </message>
    <message>
      <source>Botswana pula</source>
      <translation>Pula botswanais</translation>
    </message>
    <message>
      <source>Belarusian ruble</source>
      <translation>Rouble biélorusse</translation>
    </message>
    <message>
      <source>Belarusian ruble (old)</source>
      <translation>Rouble biélorusse (2000–2016)</translation>
    </message>
    <message>
      <source>Belize dollar</source>
      <translation>Dollar bélizéen</translation>
    </message>
    <message>
      <source>Canadian dollar</source>
      <translation>Dollar canadien</translation>
    </message>
    <message>
      <source>Congolese franc</source>
      <translation>Franc congolais</translation>
    </message>
    <message>
      <source>WIR euro</source>
      <translation>Euro WIR</translation>
    </message>
    <message>
      <source>Swiss franc</source>
      <translation>Franc suisse</translation>
    </message>
    <message>
      <source>WIR franc</source>
      <translation>Franc WIR</translation>
    </message>
    <message>
      <source>Chilean unidad de fomento</source>
      <translation>Unité d’investissement chilienne</translation>
    </message>
    <message>
      <source>Chilean peso</source>
      <translation>Peso chilien</translation>
    </message>
    <message>
      <source>Chinese yuan</source>
      <translation>Yuan renminbi chinois</translation>
    </message>
    <message>
      <source>Colombian peso</source>
      <translation>Peso colombien</translation>
    </message>
    <message>
      <source>Colombian unidad de valor real</source>
      <translation>Unité de valeur réelle colombienne</translation>
    </message>
    <message>
      <source>Costa Rican colón</source>
      <translation>Colón costaricain</translation>
    </message>
    <message>
      <source>Cuban convertible peso</source>
      <translation>Peso cubain convertible</translation>
    </message>
    <message>
      <source>Cuban peso</source>
      <translation>Peso cubain</translation>
    </message>
    <message>
      <source>Cape Verdean escudo</source>
      <translation>Escudo capverdien</translation>
    </message>
    <message>
      <source>Czech koruna</source>
      <translation>Couronne tchèque</translation>
    </message>
    <message>
      <source>Djiboutian franc</source>
      <translation>Franc djiboutien</translation>
    </message>
    <message>
      <source>Danish krone</source>
      <translation>Couronne danoise</translation>
    </message>
    <message>
      <source>Dominican peso</source>
      <translation>Peso dominicain</translation>
    </message>
    <message>
      <source>Algerian dinar</source>
      <translation>Dinar algérien</translation>
    </message>
    <message>
      <source>Egyptian pound</source>
      <translation>Livre égyptienne</translation>
    </message>
    <message>
      <source>Eritrean nakfa</source>
      <translation>Nafka érythréen</translation>
    </message>
    <message>
      <source>Ethiopian birr</source>
      <translation>Birr éthiopien</translation>
    </message>
    <message>
      <source>Euro</source>
      <translation>Euro</translation>
    </message>
    <message>
      <source>Fiji dollar</source>
      <translation>Dollar fidjien</translation>
    </message>
    <message>
      <source>Falkland Islands pound</source>
      <translation>Livre des îles Malouines</translation>
    </message>
    <message>
      <source>Pound sterling</source>
      <translation>Livre sterling</translation>
    </message>
    <message>
      <source>Georgian lari</source>
      <translation>Lari géorgien</translation>
    </message>
    <message>
      <source>Ghanaian cedi</source>
      <translation>Cédi ghanéen</translation>
    </message>
    <message>
      <source>Gibraltar pound</source>
      <translation>Livre de Gibraltar</translation>
    </message>
    <message>
      <source>Gambian dalasi</source>
      <translation>Dalasi gambien</translation>
    </message>
    <message>
      <source>Guinean franc</source>
      <translation>Franc guinéen</translation>
    </message>
    <message>
      <source>Guatemalan quetzal</source>
      <translation>Quetzal guatémaltèque</translation>
    </message>
    <message>
      <source>Guyanese dollar</source>
      <translation>Dollar du Guyana</translation>
    </message>
    <message>
      <source>Hong Kong dollar</source>
      <translation>Dollar de Hong Kong</translation>
    </message>
    <message>
      <source>Honduran lempira</source>
      <translation>Lempira hondurien</translation>
    </message>
    <message>
      <source>Croatian kuna</source>
      <translation>Kuna croate</translation>
    </message>
    <message>
      <source>Haitian gourde</source>
      <translation>Gourde haïtienne</translation>
    </message>
    <message>
      <source>Hungarian forint</source>
      <translation>Forint hongrois</translation>
    </message>
    <message>
      <source>Indonesian rupiah</source>
      <translation>Roupie indonésienne</translation>
    </message>
    <message>
      <source>Israeli new shekel</source>
      <translation>Nouveau shekel israélien</translation>
    </message>
    <message>
      <source>Indian rupee</source>
      <translation>Roupie indienne</translation>
    </message>
    <message>
      <source>Iraqi dinar</source>
      <translation>Dinar irakien</translation>
    </message>
    <message>
      <source>Iranian rial</source>
      <translation>Riyal iranien</translation>
    </message>
    <message>
      <source>Icelandic króna</source>
      <translation>Couronne islandaise</translation>
    </message>
    <message>
      <source>Jamaican dollar</source>
      <translation>Dollar jamaïcain</translation>
    </message>
    <message>
      <source>Jordanian dinar</source>
      <translation>Dinar jordanien</translation>
    </message>
    <message>
      <source>Japanese yen</source>
      <translation>Yen japonais</translation>
    </message>
    <message>
      <source>Kenyan shilling</source>
      <translation>Shilling kényan</translation>
    </message>
    <message>
      <source>Kyrgyzstani som</source>
      <translation>Som kirghize</translation>
    </message>
    <message>
      <source>Cambodian riel</source>
      <translation>Riel cambodgien</translation>
    </message>
    <message>
      <source>Comorian franc</source>
      <translation>Franc comorien</translation>
    </message>
    <message>
      <source>North Korean won</source>
      <translation>Won nord-coréen</translation>
    </message>
    <message>
      <source>South Korean won</source>
      <translation>Won sud-coréen</translation>
    </message>
    <message>
      <source>Kuwaiti dinar</source>
      <translation>Dinar koweïtien</translation>
    </message>
    <message>
      <source>Cayman Islands dollar</source>
      <translation>Dollar des îles Caïmans</translation>
    </message>
    <message>
      <source>Kazakhstani tenge</source>
      <translation>Tenge kazakh</translation>
    </message>
    <message>
      <source>Lao kip</source>
      <translation>Kip laotien</translation>
    </message>
    <message>
      <source>Lebanese pound</source>
      <translation>Livre libanaise</translation>
    </message>
    <message>
      <source>Sri Lankan rupee</source>
      <translation>Roupie srilankaise</translation>
    </message>
    <message>
      <source>Liberian dollar</source>
      <translation>Dollar libérien</translation>
    </message>
    <message>
      <source>Lesotho loti</source>
      <translation>Loti lesothan</translation>
    </message>
    <message>
      <source>Libyan dinar</source>
      <translation>Dinar libyen</translation>
    </message>
    <message>
      <source>Moroccan dirham</source>
      <translation>Dirham marocain</translation>
    </message>
    <message>
      <source>Moldovan leu</source>
      <translation>Leu moldave</translation>
    </message>
    <message>
      <source>Malagasy ariary</source>
      <translation>Ariary malgache</translation>
    </message>
    <message>
      <source>Macedonian denar</source>
      <translation>Denar macédonien</translation>
    </message>
    <message>
      <source>Myanmar kyat</source>
      <translation>Kyat myanmarais</translation>
    </message>
    <message>
      <source>Mongolian tögrög</source>
      <translation>Tugrik mongol</translation>
    </message>
    <message>
      <source>Macanese pataca</source>
      <translation>Pataca macanaise</translation>
    </message>
    <message>
      <source>Mauritanian ouguiya (old)</source>
      <translation>Ouguiya mauritanien (1973–2017)</translation>
    </message>
    <message>
      <source>Mauritanian ouguiya</source>
      <translation>Ouguiya mauritanien</translation>
    </message>
    <message>
      <source>Mauritian rupee</source>
      <translation>Roupie mauricienne</translation>
    </message>
    <message>
      <source>Maldivian rufiyaa</source>
      <translation>Rufiyaa maldivienne</translation>
    </message>
    <message>
      <source>Malawian kwacha</source>
      <translation>Kwacha malawite</translation>
    </message>
    <message>
      <source>Mexican peso</source>
      <translation>Peso mexicain</translation>
    </message>
    <message>
      <source>Mexican unidad de inversión</source>
      <translation>Unité de conversion mexicaine (UDI)</translation>
    </message>
    <message>
      <source>Malaysian ringgit</source>
      <translation>Ringgit malais</translation>
    </message>
    <message>
      <source>Mozambican metical</source>
      <translation>Metical mozambicain</translation>
    </message>
    <message>
      <source>Namibian dollar</source>
      <translation>Dollar namibien</translation>
    </message>
    <message>
      <source>Nigerian naira</source>
      <translation>Naira nigérian</translation>
    </message>
    <message>
      <source>Nicaraguan córdoba</source>
      <translation>Córdoba oro nicaraguayen</translation>
    </message>
    <message>
      <source>Norwegian krone</source>
      <translation>Couronne norvégienne</translation>
    </message>
    <message>
      <source>Nepalese rupee</source>
      <translation>Roupie népalaise</translation>
    </message>
    <message>
      <source>New Zealand dollar</source>
      <translation>Dollar néo-zélandais</translation>
    </message>
    <message>
      <source>Omani rial</source>
      <translation>Riyal omanais</translation>
    </message>
    <message>
      <source>Panamanian balboa</source>
      <translation>Balboa panaméen</translation>
    </message>
    <message>
      <source>Peruvian sol</source>
      <translation>Sol péruvien</translation>
    </message>
    <message>
      <source>Papua New Guinean kina</source>
      <translation>Kina papouan-néo-guinéen</translation>
    </message>
    <message>
      <source>Philippine peso</source>
      <translation>Peso philippin</translation>
    </message>
    <message>
      <source>Pakistani rupee</source>
      <translation>Roupie pakistanaise</translation>
    </message>
    <message>
      <source>Polish złoty</source>
      <translation>Zloty polonais</translation>
    </message>
    <message>
      <source>Paraguayan guaraní</source>
      <translation>Guaraní paraguayen</translation>
    </message>
    <message>
      <source>Qatari riyal</source>
      <translation>Riyal qatari</translation>
    </message>
    <message>
      <source>Romanian leu</source>
      <translation>Leu roumain</translation>
    </message>
    <message>
      <source>Serbian dinar</source>
      <translation>Dinar serbe</translation>
    </message>
    <message>
      <source>Russian ruble</source>
      <translation>Rouble russe</translation>
    </message>
    <message>
      <source>Rwandan franc</source>
      <translation>Franc rwandais</translation>
    </message>
    <message>
      <source>Saudi riyal</source>
      <translation>Riyal saoudien</translation>
    </message>
    <message>
      <source>Solomon Islands dollar</source>
      <translation>Dollar des îles Salomon</translation>
    </message>
    <message>
      <source>Seychelles rupee</source>
      <translation>Roupie des Seychelles</translation>
    </message>
    <message>
      <source>Sudanese pound</source>
      <translation>Livre soudanaise</translation>
    </message>
    <message>
      <source>Swedish krona</source>
      <translation>Couronne suédoise</translation>
    </message>
    <message>
      <source>Singapore dollar</source>
      <translation>Dollar de Singapour</translation>
    </message>
    <message>
      <source>Saint Helena pound</source>
      <translation>Livre de Sainte-Hélène</translation>
    </message>
    <message>
      <source>Sierra Leonean leone</source>
      <translation>Leone sierra-léonais</translation>
    </message>
    <message>
      <source>Sierra Leonean leone (old)</source>
      <translation>Leone sierra-léonais (1964—2022)</translation>
    </message>
    <message>
      <source>Somali shilling</source>
      <translation>Shilling somalien</translation>
    </message>
    <message>
      <source>Surinamese dollar</source>
      <translation>Dollar surinamais</translation>
    </message>
    <message>
      <source>South Sudanese pound</source>
      <translation>Livre sud-soudanaise</translation>
    </message>
    <message>
      <source>São Tomé and Príncipe dobra (old)</source>
      <translation>Dobra santoméen (1977–2017)</translation>
    </message>
    <message>
      <source>São Tomé and Príncipe dobra</source>
      <translation>Dobra santoméen</translation>
    </message>
    <message>
      <source>Salvadoran colón</source>
      <translation>Colón salvadorien</translation>
    </message>
    <message>
      <source>Syrian pound</source>
      <translation>Livre syrienne</translation>
    </message>
    <message>
      <source>Swazi lilangeni</source>
      <translation>Lilangeni swazi</translation>
    </message>
    <message>
      <source>Thai baht</source>
      <translation>Baht thaïlandais</translation>
    </message>
    <message>
      <source>Tajikistani somoni</source>
      <translation>Somoni tadjik</translation>
    </message>
    <message>
      <source>Turkmenistan manat</source>
      <translation>Nouveau manat turkmène</translation>
    </message>
    <message>
      <source>Tunisian dinar</source>
      <translation>Dinar tunisien</translation>
    </message>
    <message>
      <source>Tongan paʻanga</source>
      <translation>Pa’anga tongan</translation>
    </message>
    <message>
      <source>Turkish lira</source>
      <translation>Livre turque</translation>
    </message>
    <message>
      <source>Trinidad and Tobago dollar</source>
      <translation>Dollar de Trinité-et-Tobago</translation>
    </message>
    <message>
      <source>New Taiwan dollar</source>
      <translation>Nouveau dollar taïwanais</translation>
    </message>
    <message>
      <source>Tanzanian shilling</source>
      <translation>Shilling tanzanien</translation>
    </message>
    <message>
      <source>Ukrainian hryvnia</source>
      <translation>Hryvnia ukrainienne</translation>
    </message>
    <message>
      <source>Ugandan shilling</source>
      <translation>Shilling ougandais</translation>
    </message>
    <message>
      <source>US dollar</source>
      <translation>Dollar des États-Unis</translation>
    </message>
    <message>
      <source>US dollar (next day)</source>
      <translation>Dollar des Etats-Unis (jour suivant)</translation>
    </message>
    <message>
      <source>Uruguayan peso en unidades indexadas</source>
      <translation>Peso uruguayen (unités indexées)</translation>
    </message>
    <message>
      <source>Uruguayan peso</source>
      <translation>Peso uruguayen</translation>
    </message>
    <message>
      <source>Uruguayan unidad previsional</source>
      <translation>Unité de salaire nominal uruguayenne</translation>
    </message>
    <message>
      <source>Uzbekistani som</source>
      <translation>Sum ouzbek</translation>
    </message>
    <message>
      <source>Venezuelan digital bolívar</source>
      <translation>Bolivar numérique vénézuélien</translation>
    </message>
    <message>
      <source>Venezuelan bolívar fuerte (old)</source>
      <translation>Bolivar vénézuélien (2008–2018)</translation>
    </message>
    <message>
      <source>Venezuelan sovereign bolívar</source>
      <translation>Bolivar vénézuélien</translation>
    </message>
    <message>
      <source>Vietnamese đồng</source>
      <translation>Dông vietnamien</translation>
    </message>
    <message>
      <source>Vanuatu vatu</source>
      <translation>Vatu vanuatuan</translation>
    </message>
    <message>
      <source>Samoan tālā</source>
      <translation>Tala samoan</translation>
    </message>
    <message>
      <source>Central African CFA franc</source>
      <translation>Franc CFA (BEAC)</translation>
    </message>
    <message>
      <source>East Caribbean dollar</source>
      <translation>Dollar des Caraïbes orientales</translation>
    </message>
    <message>
      <source>Caribbean guilder</source>
      <translation>Florin caribéen</translation>
    </message>
    <message>
      <source>West African CFA franc</source>
      <translation>Franc CFA (BCEAO)</translation>
    </message>
    <message>
      <source>CFP franc</source>
      <translation>Franc CFP</translation>
    </message>
    <message>
      <source>Yemeni rial</source>
      <translation>Riyal yéménite</translation>
    </message>
    <message>
      <source>South African rand</source>
      <translation>Rand sud-africain</translation>
    </message>
    <message>
      <source>Zambian kwacha</source>
      <translation>Kwacha zambien</translation>
    </message>
    <message>
      <source>Zimbabwe gold</source>
      <translation>Or du Zimbabwe</translation>
    </message>
    <message>
      <source>Zimbabwean dollar (old)</source>
      <translation>Dollar zimbabwéen (2009)</translation>
    </message>
  </context>
  <context>
    <name>Custody</name>
    <message>
      <source>Scan or choose at least one item.</source>
      <translation>Scannez ou choisissez au moins une pièce.</translation>
    </message>
    <message>
      <source>Item {item} is not registered here.</source>
      <translation>La pièce {item} n'est pas enregistrée ici.</translation>
    </message>
    <message>
      <source>Item {item} has no custody record yet; register it first.</source>
      <translation>La pièce {item} n'a pas encore de fiche de possession ; enregistrez-la d'abord.</translation>
    </message>
    <message>
      <source>Item {item} is {status}: it cannot move and nothing more can be recorded for it.</source>
      <translation>La pièce {item} a le statut « {status} » : elle ne peut plus bouger et plus rien ne peut être enregistré pour elle.</translation>
    </message>
    <message>
      <source>Item {item} is at the laboratory: record its return from the laboratory first.</source>
      <translation>La pièce {item} est au laboratoire : enregistrez d'abord son retour du laboratoire.</translation>
    </message>
    <message>
      <source>Item {item} is at court: record its return from court first.</source>
      <translation>La pièce {item} est au tribunal : enregistrez d'abord son retour du tribunal.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}, not by you: only the officer who holds an item can hand it over or act on it.</source>
      <translation>La pièce {item} est détenue par {holder}, pas par vous : seul l'agent qui détient une pièce peut la remettre ou agir sur elle.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}, not by you: {holder} must sign this too (type their password), or hand the item over to you first.</source>
      <translation>La pièce {item} est détenue par {holder}, pas par vous : {holder} doit aussi signer (en saisissant son mot de passe), ou vous remettre d'abord la pièce.</translation>
    </message>
    <message>
      <source>{user} does not hold item {item} ({holder} does): only the holder can countersign.</source>
      <translation>{user} ne détient pas la pièce {item} (c'est {holder}) : seul le détenteur peut contresigner.</translation>
    </message>
    <message>
      <source>Item {item} is in storage at {location}: only an evidence custodian can take it out or act on it.</source>
      <translation>La pièce {item} est en magasin à {location} : seul un gardien des scellés peut la sortir ou agir sur elle.</translation>
    </message>
    <message>
      <source>Item {item} is not in storage (it is {status}).</source>
      <translation>La pièce {item} n'est pas en magasin (statut : {status}).</translation>
    </message>
    <message>
      <source>Item {item} is already in storage at {location}. Use 'move' to put it somewhere else.</source>
      <translation>La pièce {item} est déjà en magasin à {location}. Utilisez « déplacer » pour la ranger ailleurs.</translation>
    </message>
    <message>
      <source>Item {item} is already at {location}.</source>
      <translation>La pièce {item} est déjà à {location}.</translation>
    </message>
    <message>
      <source>Item {item} is recorded at {recorded}, not at {location}.</source>
      <translation>La pièce {item} est enregistrée à {recorded}, pas à {location}.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}. {holder} must sign the check-in (type their password), or hand the item over to you first.</source>
      <translation>La pièce {item} est détenue par {holder}. {holder} doit signer l'entrée en magasin (en saisissant son mot de passe) ou vous remettre d'abord la pièce.</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself.</source>
      <translation>Vous ne pouvez pas vous remettre des pièces à vous-même.</translation>
    </message>
    <message>
      <source>{user} already holds item {item}.</source>
      <translation>{user} détient déjà la pièce {item}.</translation>
    </message>
    <message>
      <source>{user} is not an active user: they cannot sign for evidence.</source>
      <translation>{user} n'est pas un utilisateur actif : il ne peut pas signer pour des pièces à conviction.</translation>
    </message>
    <message>
      <source>The signing key of {user} is no longer current. Ask them to type their password again.</source>
      <translation>La clé de signature de {user} n'est plus à jour. Demandez-lui de saisir à nouveau son mot de passe.</translation>
    </message>
    <message>
      <source>{user} is not allowed to receive evidence (their roles do not include handling items).</source>
      <translation>{user} n'est pas autorisé à recevoir des pièces à conviction (ses rôles ne couvrent pas la manipulation des pièces).</translation>
    </message>
    <message>
      <source>{user} must sign to receive the items: ask them to type their password.</source>
      <translation>{user} doit signer pour recevoir les pièces : demandez-lui de saisir son mot de passe.</translation>
    </message>
    <message>
      <source>There is no location {location}.</source>
      <translation>Il n'existe pas d'emplacement {location}.</translation>
    </message>
    <message>
      <source>Location {location} is no longer in use.</source>
      <translation>L'emplacement {location} n'est plus utilisé.</translation>
    </message>
    <message>
      <source>Check the seal of item {item} (seal {seal} on record) and say whether it is intact.</source>
      <translation>Vérifiez le scellé de la pièce {item} (scellé {seal} enregistré) et indiquez s'il est intact.</translation>
    </message>
    <message>
      <source>The seal of item {item} does not match the record (seal {seal} on record, {seen} seen, intact: {intact}). Write a memo explaining what was found.</source>
      <translation>Le scellé de la pièce {item} ne correspond pas à la fiche (scellé {seal} enregistré, {seen} constaté, intact : {intact}). Rédigez une note expliquant ce qui a été constaté.</translation>
    </message>
    <message>
      <source>The drawn signature {sha} was not saved as an attachment.</source>
      <translation>La signature manuscrite {sha} n'a pas été enregistrée comme pièce jointe.</translation>
    </message>
    <message>
      <source>A signature reference must be the 64-character SHA-256 of the stored image.</source>
      <translation>Une référence de signature doit être le SHA-256 de 64 caractères de l'image enregistrée.</translation>
    </message>
    <message>
      <source>Item {item} has no seal on record.</source>
      <translation>La pièce {item} n'a aucun scellé enregistré.</translation>
    </message>
    <message>
      <source>Item {item} is still sealed with seal {seal}: record that seal as broken before applying a new one.</source>
      <translation>La pièce {item} est encore sous le scellé {seal} : enregistrez ce scellé comme brisé avant d'en apposer un nouveau.</translation>
    </message>
    <message>
      <source>Item {item} is not at the laboratory (it is {status}).</source>
      <translation>La pièce {item} n'est pas au laboratoire (statut : {status}).</translation>
    </message>
    <message>
      <source>Item {item} is not at court (it is {status}).</source>
      <translation>La pièce {item} n'est pas au tribunal (statut : {status}).</translation>
    </message>
    <message>
      <source>Item {item} was sent to the laboratory under number {expected}, not {given}. Check the item and the paperwork.</source>
      <translation>La pièce {item} a été envoyée au laboratoire sous le numéro {expected}, pas {given}. Vérifiez la pièce et les documents.</translation>
    </message>
    <message>
      <source>Weights are whole milligrams, 0 or more.</source>
      <translation>Les poids sont des milligrammes entiers, 0 ou plus.</translation>
    </message>
    <message>
      <source>The weight is more than 10 tonnes; check the number and the unit.</source>
      <translation>Le poids dépasse 10 tonnes ; vérifiez le nombre et l'unité.</translation>
    </message>
    <message>
      <source>Give the gross or the net weight (or both).</source>
      <translation>Indiquez le poids brut ou le poids net (ou les deux).</translation>
    </message>
    <message>
      <source>The net weight cannot be more than the gross weight.</source>
      <translation>Le poids net ne peut pas dépasser le poids brut.</translation>
    </message>
    <message>
      <source>There is no discrepancy number {seq} for item {item}.</source>
      <translation>Il n'existe pas d'écart numéro {seq} pour la pièce {item}.</translation>
    </message>
    <message>
      <source>Discrepancy {seq} was already acknowledged (entry {ack}).</source>
      <translation>L'écart {seq} a déjà été accepté (entrée {ack}).</translation>
    </message>
    <message>
      <source>You recorded the action that raised discrepancy {seq}: another supervisor must acknowledge it.</source>
      <translation>Vous avez enregistré l'action qui a soulevé l'écart {seq} : un autre superviseur doit l'accepter.</translation>
    </message>
    <message>
      <source>A recovery needs a second person: you cannot also be the second signer.</source>
      <translation>Une récupération exige une seconde personne : vous ne pouvez pas être aussi le second signataire.</translation>
    </message>
    <message>
      <source>{user} cannot co-sign a recovery: only a supervisor or an administrator can.</source>
      <translation>{user} ne peut pas cosigner une récupération : seul un superviseur ou un administrateur le peut.</translation>
    </message>
    <message>
      <source>{user} holds item {item}: they can simply hand it over; a recovery is for an absent holder.</source>
      <translation>{user} détient la pièce {item} : il peut simplement la remettre ; une récupération concerne un détenteur absent.</translation>
    </message>
    <message>
      <source>Item {item} is not with an officer (it is {status}): there is nothing to recover.</source>
      <translation>La pièce {item} n'est pas chez un agent (statut : {status}) : il n'y a rien à récupérer.</translation>
    </message>
    <message>
      <source>You already hold item {item}.</source>
      <translation>Vous détenez déjà la pièce {item}.</translation>
    </message>
  </context>
  <context>
    <name>CustodyPages</name>
    <message>
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit (a supervisor resolves them)</source>
      <translation>Manquantes ou mal rangées lors d'un inventaire (un superviseur les régularise)</translation>
    </message>
    <message>
      <source>Overdue at the laboratory</source>
      <translation>En retard au laboratoire</translation>
    </message>
    <message>
      <source>Overdue at court</source>
      <translation>En retard au tribunal</translation>
    </message>
    <message>
      <source>Awaiting disposal</source>
      <translation>En attente de sortie définitive</translation>
    </message>
    <message>
      <source>Weight discrepancies to acknowledge</source>
      <translation>Écarts de poids à accepter</translation>
    </message>
    <message>
      <source>With an officer for more than {n} days (bring them to the evidence room)</source>
      <translation>Chez un agent depuis plus de {n} jours (à rapporter à la salle des scellés)</translation>
    </message>
    <message>
      <source>Held or stored with no label printed</source>
      <translation>Détenues ou en magasin sans étiquette imprimée</translation>
    </message>
    <message>
      <source>Resolve the selected finding…</source>
      <translation>Régulariser le constat sélectionné…</translation>
    </message>
    <message>
      <source>Nothing needs attention.</source>
      <translation>Rien ne demande votre attention.</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>manquante</translation>
    </message>
    <message>
      <source>misplaced</source>
      <translation>mal rangée</translation>
    </message>
    <message>
      <source>{item} · {description}: {finding} at the audit of {when} by {who} (recorded at {recorded})</source>
      <translation>{item} · {description} : {finding} lors de l'inventaire du {when} par {who} (enregistrée à {recorded})</translation>
    </message>
    <message>
      <source>{item} · {description}: at {place} since {since} ({days} days; limit {limit})</source>
      <translation>{item} · {description} : au {place} depuis le {since} ({days} jours ; limite {limit})</translation>
    </message>
    <message>
      <source>{item} · {description}: {place} since {since} ({days} days; limit {limit})</source>
      <translation>{item} · {description} : {place} depuis le {since} ({days} jours ; limite {limit})</translation>
    </message>
    <message>
      <source>{item} · {description}: authorised by {who} on {when}, order {order}</source>
      <translation>{item} · {description} : autorisée par {who} le {when}, ordonnance {order}</translation>
    </message>
    <message>
      <source>{item} · {description}: held by {who} since {since}</source>
      <translation>{item} · {description} : détenue par {who} depuis le {since}</translation>
    </message>
    <message>
      <source>{item} · {description}: {where}</source>
      <translation>{item} · {description} : {where}</translation>
    </message>
    <message>
      <source>held by {who}</source>
      <translation>détenue par {who}</translation>
    </message>
    <message>
      <source>stored at {location}</source>
      <translation>conservée à {location}</translation>
    </message>
    <message>
      <source>{n} more not listed: the {listed} oldest are shown.</source>
      <translation>{n} de plus, non listés : les {listed} plus anciens sont affichés.</translation>
    </message>
    <message>
      <source>{n} alert(s)</source>
      <translation>{n} alerte(s)</translation>
    </message>
    <message>
      <source>No alerts</source>
      <translation>Aucune alerte</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <source>With {officer}</source>
      <translation>Chez {officer}</translation>
    </message>
    <message>
      <source>In storage at {location}</source>
      <translation>En magasin à {location}</translation>
    </message>
    <message>
      <source>Registered, with {officer}</source>
      <translation>Enregistrée, chez {officer}</translation>
    </message>
    <message>
      <source>Scan a barcode, or type the code and press Enter</source>
      <translation>Scannez un code-barres ou tapez le code et appuyez sur Entrée</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Pièce</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <source>Seal on record</source>
      <translation>Scellé enregistré</translation>
    </message>
    <message>
      <source>Seal intact</source>
      <translation>Scellé intact</translation>
    </message>
    <message>
      <source>Seal number seen</source>
      <translation>Numéro de scellé constaté</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>Retirer la sélection</translation>
    </message>
    <message>
      <source>Empty the basket</source>
      <translation>Vider le panier</translation>
    </message>
    <message>
      <source>not sealed</source>
      <translation>sans scellé</translation>
    </message>
    <message>
      <source>intact</source>
      <translation>intact</translation>
    </message>
    <message>
      <source>number on the seal</source>
      <translation>numéro inscrit sur le scellé</translation>
    </message>
    <message>
      <source>No items scanned yet.</source>
      <translation>Aucune pièce scannée pour l'instant.</translation>
    </message>
    <message>
      <source>{n} item(s) in the basket</source>
      <translation>{n} pièce(s) dans le panier</translation>
    </message>
    <message>
      <source>Scan the badge, or type the username or badge number</source>
      <translation>Scannez le badge ou tapez l'identifiant ou le matricule</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nom d'utilisateur</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Signer</translation>
    </message>
    <message>
      <source>Type the username and the password.</source>
      <translation>Saisissez le nom d'utilisateur et le mot de passe.</translation>
    </message>
    <message>
      <source>{code}: this step does not use {what}.</source>
      <translation>{code} : cette étape n'utilise pas de {what}.</translation>
    </message>
    <message>
      <source>item numbers</source>
      <translation>numéros de pièce</translation>
    </message>
    <message>
      <source>location codes</source>
      <translation>codes d'emplacement</translation>
    </message>
    <message>
      <source>badge codes</source>
      <translation>codes de badge</translation>
    </message>
    <message>
      <source>{code} cannot be used on this page.</source>
      <translation>{code} ne peut pas être utilisé sur cette page.</translation>
    </message>
    <message>
      <source>{item} is already in the basket.</source>
      <translation>{item} est déjà dans le panier.</translation>
    </message>
    <message>
      <source>{item} added: {description}</source>
      <translation>{item} ajoutée : {description}</translation>
    </message>
    <message>
      <source>{code} is not a badge.</source>
      <translation>{code} n'est pas un badge.</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>Sortie définitive</translation>
    </message>
    <message>
      <source>A supervisor authorises the disposal under a court order; it is then carried out before two witnesses who never had anything to do with the item.</source>
      <translation>Un superviseur autorise la sortie définitive sur décision judiciaire ; elle est ensuite exécutée devant deux témoins qui n'ont jamais eu affaire à la pièce.</translation>
    </message>
    <message>
      <source>Items to dispose of</source>
      <translation>Pièces à sortir définitivement</translation>
    </message>
    <message>
      <source>e.g. Dili District Court</source>
      <translation>p. ex. Tribunal de grande instance de Bamako</translation>
    </message>
    <message>
      <source>the order's number</source>
      <translation>le numéro de la décision</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>Autorité</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>Référence de la décision</translation>
    </message>
    <message>
      <source>Authorise disposal</source>
      <translation>Autoriser la sortie définitive</translation>
    </message>
    <message>
      <source>Only a supervisor can authorise a disposal.</source>
      <translation>Seul un superviseur peut autoriser une sortie définitive.</translation>
    </message>
    <message>
      <source>Authorise</source>
      <translation>Autoriser</translation>
    </message>
    <message>
      <source>Scan the item being disposed of</source>
      <translation>Scannez la pièce concernée</translation>
    </message>
    <message>
      <source>No item scanned yet.</source>
      <translation>Aucune pièce scannée pour l'instant.</translation>
    </message>
    <message>
      <source>How and before whom</source>
      <translation>Comment et devant qui</translation>
    </message>
    <message>
      <source>e.g. incinerated at the municipal plant, furnace 2</source>
      <translation>p. ex. incinérée à l'usine municipale, four 2</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>facultatif</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>Ce qui a été fait</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>First witness</source>
      <translation>Premier témoin</translation>
    </message>
    <message>
      <source>Second witness</source>
      <translation>Second témoin</translation>
    </message>
    <message>
      <source>Scan each witness's badge (or type the username); each witness then types their password on this workstation.</source>
      <translation>Scannez le badge de chaque témoin (ou tapez son nom d'utilisateur) ; chaque témoin saisit ensuite son mot de passe sur ce poste de travail.</translation>
    </message>
    <message>
      <source>Carry out the disposal…</source>
      <translation>Exécuter la sortie définitive…</translation>
    </message>
    <message>
      <source>Carry out</source>
      <translation>Exécuter</translation>
    </message>
    <message>
      <source>{item} was already disposed of or released.</source>
      <translation>{item} a déjà fait l'objet d'une sortie définitive ou d'une restitution.</translation>
    </message>
    <message>
      <source>Disposal of {item} was already authorised ({order}).</source>
      <translation>La sortie définitive de {item} a déjà été autorisée ({order}).</translation>
    </message>
    <message>
      <source>Not authorised: a supervisor must authorise it first.</source>
      <translation>Non autorisée : un superviseur doit d'abord l'autoriser.</translation>
    </message>
    <message>
      <source>Disposal of {item} has not been authorised.</source>
      <translation>La sortie définitive de {item} n'a pas été autorisée.</translation>
    </message>
    <message>
      <source>Authorised by {who}: {method}, {authority}, order {order}.</source>
      <translation>Autorisée par {who} : {method}, {authority}, décision {order}.</translation>
    </message>
    <message>
      <source>{item}: ready to be disposed of.</source>
      <translation>{item} : prête pour la sortie définitive.</translation>
    </message>
    <message>
      <source>{item} has an open weight discrepancy: a supervisor must acknowledge it first.</source>
      <translation>{item} présente un écart de poids non accepté : un superviseur doit d'abord l'accepter.</translation>
    </message>
    <message>
      <source>Scan at least one item.</source>
      <translation>Scannez au moins une pièce.</translation>
    </message>
    <message>
      <source>Disposal of {n} item(s) authorised.</source>
      <translation>Sortie définitive de {n} pièce(s) autorisée.</translation>
    </message>
    <message>
      <source>Scan the item being disposed of.</source>
      <translation>Scannez la pièce concernée.</translation>
    </message>
    <message>
      <source>Scan the badges of both witnesses (or type their usernames).</source>
      <translation>Scannez les badges des deux témoins (ou tapez leurs noms d'utilisateur).</translation>
    </message>
    <message>
      <source>The two witnesses must be two different people.</source>
      <translation>Les deux témoins doivent être deux personnes différentes.</translation>
    </message>
    <message>
      <source>You carry out the disposal: you cannot also be one of its witnesses.</source>
      <translation>Vous exécutez la sortie définitive : vous ne pouvez pas en être aussi un témoin.</translation>
    </message>
    <message>
      <source>Witness {n} signs</source>
      <translation>Signature du témoin {n}</translation>
    </message>
    <message>
      <source>{who}: you witness the disposal of {item} ({description}). Type your password to sign.</source>
      <translation>{who} : vous êtes témoin de la sortie définitive de {item} ({description}). Saisissez votre mot de passe pour signer.</translation>
    </message>
    <message>
      <source>{item} disposed of (ledger entry {seq}).</source>
      <translation>Sortie définitive de {item} effectuée (entrée du registre {seq}).</translation>
    </message>
    <message>
      <source>{item} is at the laboratory: record its return first.</source>
      <translation>{item} est au laboratoire : enregistrez d'abord son retour.</translation>
    </message>
    <message>
      <source>{item} is at court: record its return first.</source>
      <translation>{item} est au tribunal : enregistrez d'abord son retour.</translation>
    </message>
    <message>
      <source>{item} was disposed of: it cannot move any more.</source>
      <translation>{item} a fait l'objet d'une sortie définitive : elle ne peut plus bouger.</translation>
    </message>
    <message>
      <source>{item} was released to its owner: it cannot move any more.</source>
      <translation>{item} a été restituée à son propriétaire : elle ne peut plus bouger.</translation>
    </message>
    <message>
      <source>{item} is in storage at {location}: only an evidence custodian can take it out.</source>
      <translation>{item} est en magasin à {location} : seul un gardien des scellés peut l'en sortir.</translation>
    </message>
    <message>
      <source>{item} is held by {holder}, not by you.</source>
      <translation>{item} est détenue par {holder}, pas par vous.</translation>
    </message>
    <message>
      <source>Hand over evidence</source>
      <translation>Remettre des pièces à conviction</translation>
    </message>
    <message>
      <source>Scan each item, then the receiving officer's badge. The receiver checks the seals and signs with their password on this workstation.</source>
      <translation>Scannez chaque pièce, puis le badge de l'agent qui les reçoit. Celui-ci vérifie les scellés et signe avec son mot de passe sur ce poste de travail.</translation>
    </message>
    <message>
      <source>1. Items</source>
      <translation>1. Pièces</translation>
    </message>
    <message>
      <source>For each sealed item the receiver reads the number on the seal and ticks 'intact' only if the seal is unbroken.</source>
      <translation>Pour chaque pièce sous scellé, le destinataire lit le numéro du scellé et ne coche « intact » que si le scellé n'est pas rompu.</translation>
    </message>
    <message>
      <source>2. Receiving officer</source>
      <translation>2. Agent destinataire</translation>
    </message>
    <message>
      <source>3. Purpose</source>
      <translation>3. Objet de la remise</translation>
    </message>
    <message>
      <source>e.g. for analysis at the laboratory</source>
      <translation>p. ex. pour analyse au laboratoire</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Required when a seal is broken or its number differs from the record</source>
      <translation>Obligatoire si un scellé est rompu ou si son numéro diffère de la fiche</translation>
    </message>
    <message>
      <source>4. Receiver's signature (optional)</source>
      <translation>4. Signature du destinataire (facultative)</translation>
    </message>
    <message>
      <source>Clear signature</source>
      <translation>Effacer la signature</translation>
    </message>
    <message>
      <source>Hand over…</source>
      <translation>Remettre…</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself: scan the receiving officer's badge.</source>
      <translation>Vous ne pouvez pas vous remettre des pièces à vous-même : scannez le badge de l'agent destinataire.</translation>
    </message>
    <message>
      <source>Receiver: {name}</source>
      <translation>Destinataire : {name}</translation>
    </message>
    <message>
      <source>The seal of {items} is not intact or does not match the record: write a memo; a broken seal will be recorded.</source>
      <translation>Le scellé de {items} n'est pas intact ou ne correspond pas à la fiche : rédigez une note ; un scellé rompu sera enregistré.</translation>
    </message>
    <message>
      <source>Scan the receiving officer's badge or type their username.</source>
      <translation>Scannez le badge de l'agent destinataire ou tapez son nom d'utilisateur.</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself.</source>
      <translation>Vous ne pouvez pas vous remettre des pièces à vous-même.</translation>
    </message>
    <message>
      <source>Say what the items are handed over for.</source>
      <translation>Indiquez l'objet de la remise des pièces.</translation>
    </message>
    <message>
      <source>Read the seal number of {items} and type it in.</source>
      <translation>Lisez le numéro de scellé de {items} et saisissez-le.</translation>
    </message>
    <message>
      <source>A seal is not intact or does not match: write a memo explaining what was found.</source>
      <translation>Un scellé n'est pas intact ou ne correspond pas : rédigez une note expliquant ce qui a été constaté.</translation>
    </message>
    <message>
      <source>Receiving officer signs</source>
      <translation>Signature de l'agent destinataire</translation>
    </message>
    <message>
      <source>{receiver}: check the {n} item(s) and their seals, then type your password to receive them. Purpose: {purpose}</source>
      <translation>{receiver} : vérifiez les {n} pièce(s) et leurs scellés, puis saisissez votre mot de passe pour les recevoir. Objet : {purpose}</translation>
    </message>
    <message>
      <source>{n} item(s) handed over to {who} (ledger entries {first}–{last}).</source>
      <translation>{n} pièce(s) remise(s) à {who} (entrées du registre {first}–{last}).</translation>
    </message>
    <message>
      <source>Inventory audit</source>
      <translation>Inventaire</translation>
    </message>
    <message>
      <source>Choose or scan the location to audit, then scan every item there (and the shelves and bins inside it as you go). Missing, unexpected and misplaced items are listed as you scan.</source>
      <translation>Choisissez ou scannez l'emplacement à inventorier, puis scannez chaque pièce qui s'y trouve (ainsi que les étagères et bacs qu'il contient au fur et à mesure). Les pièces manquantes, inattendues et mal rangées s'affichent au fil des scans.</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <source>Start the audit</source>
      <translation>Commencer l'inventaire</translation>
    </message>
    <message>
      <source>Abandon</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <source>No audit in progress.</source>
      <translation>Aucun inventaire en cours.</translation>
    </message>
    <message>
      <source>Scan items and locations, or type a code and press Enter</source>
      <translation>Scannez des pièces et des emplacements, ou tapez un code et appuyez sur Entrée</translation>
    </message>
    <message>
      <source>What was scanned</source>
      <translation>Ce qui a été scanné</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Attendues</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Trouvées</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Manquantes</translation>
    </message>
    <message>
      <source>Unexpected</source>
      <translation>Inattendues</translation>
    </message>
    <message>
      <source>Misplaced</source>
      <translation>Mal rangées</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <source>optional remark for the record</source>
      <translation>remarque facultative pour le procès-verbal</translation>
    </message>
    <message>
      <source>Finish and record the audit</source>
      <translation>Terminer et enregistrer l'inventaire</translation>
    </message>
    <message>
      <source>Save the discrepancy report as PDF…</source>
      <translation>Enregistrer le rapport d'écarts en PDF…</translation>
    </message>
    <message>
      <source>being looked up</source>
      <translation>recherche en cours</translation>
    </message>
    <message>
      <source>not registered</source>
      <translation>non enregistrée</translation>
    </message>
    <message>
      <source>recorded at</source>
      <translation>enregistrée à</translation>
    </message>
    <message>
      <source>found at</source>
      <translation>trouvée à</translation>
    </message>
    <message>
      <source>Auditing {code} · {name}: {n} item(s) expected in {m} location(s).</source>
      <translation>Inventaire de {code} · {name} : {n} pièce(s) attendue(s) dans {m} emplacement(s).</translation>
    </message>
    <message>
      <source>Scanning at {location}</source>
      <translation>Scan à {location}</translation>
    </message>
    <message>
      <source>Choose the location to audit (or scan its code).</source>
      <translation>Choisissez l'emplacement à inventorier (ou scannez son code).</translation>
    </message>
    <message>
      <source>Audit of {code} started: scan everything there.</source>
      <translation>Inventaire de {code} commencé : scannez tout ce qui s'y trouve.</translation>
    </message>
    <message>
      <source>Audit abandoned: nothing was recorded.</source>
      <translation>Inventaire abandonné : rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>{code} is a badge: scan items and locations.</source>
      <translation>{code} est un badge : scannez des pièces et des emplacements.</translation>
    </message>
    <message>
      <source>Recorded: {found} found, {missing} missing, {unexpected} unexpected, {misplaced} misplaced (of {expected} expected). Save the discrepancy report to print it.</source>
      <translation>Enregistré : {found} trouvée(s), {missing} manquante(s), {unexpected} inattendue(s), {misplaced} mal rangée(s) (sur {expected} attendue(s)). Enregistrez le rapport d'écarts pour l'imprimer.</translation>
    </message>
    <message>
      <source>Audit of {code} recorded.</source>
      <translation>Inventaire de {code} enregistré.</translation>
    </message>
    <message>
      <source>Discrepancy report saved: {path}</source>
      <translation>Rapport d'écarts enregistré : {path}</translation>
    </message>
    <message>
      <source>Save the discrepancy report</source>
      <translation>Enregistrer le rapport d'écarts</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>{field}: expected {expected}, found {found} ({sign}{diff}; tolerance {tol})</source>
      <translation>{field} : attendu {expected}, trouvé {found} ({sign}{diff} ; tolérance {tol})</translation>
    </message>
    <message>
      <source>gross weight</source>
      <translation>poids brut</translation>
    </message>
    <message>
      <source>net weight</source>
      <translation>poids net</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>Soulevé par</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>Poids</translation>
    </message>
    <message>
      <source>Reason (e.g. moisture loss confirmed by the laboratory)</source>
      <translation>Motif (p. ex. perte d'humidité confirmée par le laboratoire)</translation>
    </message>
    <message>
      <source>Acknowledge</source>
      <translation>Accepter</translation>
    </message>
    <message>
      <source>Only a supervisor can acknowledge a discrepancy.</source>
      <translation>Seul un superviseur peut accepter un écart.</translation>
    </message>
    <message>
      <source>Choose the discrepancy to acknowledge.</source>
      <translation>Choisissez l'écart à accepter.</translation>
    </message>
    <message>
      <source>Give the reason the discrepancy is accepted.</source>
      <translation>Indiquez pourquoi l'écart est accepté.</translation>
    </message>
    <message>
      <source>Discrepancy {seq} of {item} acknowledged (entry {ack}).</source>
      <translation>Écart {seq} de {item} accepté (entrée {ack}).</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratoire</translation>
    </message>
    <message>
      <source>Send items for analysis with the request; record their return with the results and the weights.</source>
      <translation>Envoyez des pièces pour analyse avec la réquisition ; enregistrez leur retour avec les résultats et les poids.</translation>
    </message>
    <message>
      <source>Items to send</source>
      <translation>Pièces à envoyer</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Réquisition</translation>
    </message>
    <message>
      <source>e.g. National forensic laboratory</source>
      <translation>p. ex. Laboratoire national de police scientifique</translation>
    </message>
    <message>
      <source>the laboratory's case number, if known</source>
      <translation>le numéro de dossier du laboratoire, s'il est connu</translation>
    </message>
    <message>
      <source>What the laboratory is asked to examine</source>
      <translation>Ce que le laboratoire doit examiner</translation>
    </message>
    <message>
      <source>Laboratory number</source>
      <translation>Numéro de laboratoire</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>Reçu par</translation>
    </message>
    <message>
      <source>Their signature (optional)</source>
      <translation>Sa signature (facultative)</translation>
    </message>
    <message>
      <source>Send to the laboratory</source>
      <translation>Envoyer au laboratoire</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Envoyer</translation>
    </message>
    <message>
      <source>Item back from the laboratory</source>
      <translation>Pièce de retour du laboratoire</translation>
    </message>
    <message>
      <source>Scan the item that came back</source>
      <translation>Scannez la pièce revenue</translation>
    </message>
    <message>
      <source>as on the laboratory's report</source>
      <translation>tel que sur le rapport du laboratoire</translation>
    </message>
    <message>
      <source>The laboratory's findings</source>
      <translation>Les conclusions du laboratoire</translation>
    </message>
    <message>
      <source>e.g. 3.2 kg or 250 g</source>
      <translation>p. ex. 3,2 kg ou 250 g</translation>
    </message>
    <message>
      <source>e.g. 2.9 kg</source>
      <translation>p. ex. 2,9 kg</translation>
    </message>
    <message>
      <source>amount used up by the analysis, e.g. 2 g</source>
      <translation>quantité consommée par l'analyse, p. ex. 2 g</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Handed back by</source>
      <translation>Rendu par</translation>
    </message>
    <message>
      <source>Gross weight</source>
      <translation>Poids brut</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Poids net</translation>
    </message>
    <message>
      <source>Consumed in analysis</source>
      <translation>Consommé par l'analyse</translation>
    </message>
    <message>
      <source>Weights without a unit are grams.</source>
      <translation>Les poids sans unité sont en grammes.</translation>
    </message>
    <message>
      <source>Record the return</source>
      <translation>Enregistrer le retour</translation>
    </message>
    <message>
      <source>Weight discrepancies awaiting acknowledgement</source>
      <translation>Écarts de poids en attente d'acceptation</translation>
    </message>
    <message>
      <source>Back from the laboratory</source>
      <translation>Retour du laboratoire</translation>
    </message>
    <message>
      <source>{item} is not at the laboratory (it is: {where}).</source>
      <translation>{item} n'est pas au laboratoire (situation : {where}).</translation>
    </message>
    <message>
      <source>Weights on record: gross {gross}, net {net}</source>
      <translation>Poids enregistrés : brut {gross}, net {net}</translation>
    </message>
    <message>
      <source>{item} is back: enter the results and the weights.</source>
      <translation>{item} est de retour : saisissez les résultats et les poids.</translation>
    </message>
    <message>
      <source>{n} item(s) sent to {lab}.</source>
      <translation>{n} pièce(s) envoyée(s) à {lab}.</translation>
    </message>
    <message>
      <source>Scan the item that came back from the laboratory.</source>
      <translation>Scannez la pièce revenue du laboratoire.</translation>
    </message>
    <message>
      <source>Weight discrepancy raised for {item} (entry {seq}): {details}. A supervisor must acknowledge it before the item can be disposed of.</source>
      <translation>Écart de poids soulevé pour {item} (entrée {seq}) : {details}. Un superviseur doit l'accepter avant toute sortie définitive de la pièce.</translation>
    </message>
    <message>
      <source>{item} is back, with a weight discrepancy.</source>
      <translation>{item} est de retour, avec un écart de poids.</translation>
    </message>
    <message>
      <source>{item} is back from the laboratory; the weights agree.</source>
      <translation>{item} est de retour du laboratoire ; les poids concordent.</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Take items to a hearing and record their return.</source>
      <translation>Apportez des pièces à une audience et enregistrez leur retour.</translation>
    </message>
    <message>
      <source>Items for court</source>
      <translation>Pièces pour le tribunal</translation>
    </message>
    <message>
      <source>e.g. Trial hearing, 3 December, courtroom 2</source>
      <translation>p. ex. Audience de jugement, 3 décembre, salle 2</translation>
    </message>
    <message>
      <source>the court's case reference</source>
      <translation>la référence de l'affaire au tribunal</translation>
    </message>
    <message>
      <source>Hearing</source>
      <translation>Audience</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Référence du tribunal</translation>
    </message>
    <message>
      <source>Take to court</source>
      <translation>Apporter au tribunal</translation>
    </message>
    <message>
      <source>To court</source>
      <translation>Au tribunal</translation>
    </message>
    <message>
      <source>Items back from court</source>
      <translation>Pièces de retour du tribunal</translation>
    </message>
    <message>
      <source>optional: what happened to the items at court</source>
      <translation>facultatif : ce qu'il est advenu des pièces au tribunal</translation>
    </message>
    <message>
      <source>Back from court</source>
      <translation>Retour du tribunal</translation>
    </message>
    <message>
      <source>{item} is not at court.</source>
      <translation>{item} n'est pas au tribunal.</translation>
    </message>
    <message>
      <source>{n} item(s) taken to court.</source>
      <translation>{n} pièce(s) apportée(s) au tribunal.</translation>
    </message>
    <message>
      <source>{n} item(s) back from court.</source>
      <translation>{n} pièce(s) de retour du tribunal.</translation>
    </message>
    <message>
      <source>Barcode scanner</source>
      <translation>Lecteur de codes-barres</translation>
    </message>
    <message>
      <source>A scanner types like a keyboard, only much faster. Without a prefix Custody tells a scan from typing by the speed of the keys and the Enter or Tab at the end. Test your scanner below; if codes land in the test field instead, raise the key interval, or better, set a prefix.</source>
      <translation>Un lecteur tape comme un clavier, mais beaucoup plus vite. Sans préfixe, Custody distingue un scan d'une frappe par la vitesse des touches et le Entrée ou Tab final. Testez votre lecteur ci-dessous ; si les codes arrivent plutôt dans le champ de test, augmentez l'intervalle entre touches ou, mieux, définissez un préfixe.</translation>
    </message>
    <message>
      <source>Test your scanner</source>
      <translation>Tester votre lecteur</translation>
    </message>
    <message>
      <source>Scan any label. Each scan is listed here and opens nothing while this page is shown.</source>
      <translation>Scannez n'importe quelle étiquette. Chaque scan est listé ici et n'ouvre rien tant que cette page est affichée.</translation>
    </message>
    <message>
      <source>Click here and scan: if the code appears in this field, it was read as typing</source>
      <translation>Cliquez ici et scannez : si le code apparaît dans ce champ, il a été lu comme une frappe</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <source>Settings for this station</source>
      <translation>Paramètres de ce poste</translation>
    </message>
    <message>
      <source>Recommended: set your scanner to send a prefix before every code (most scanners can, with a set-up barcode from their manual; a character nobody types, such as ~ or §) and type the same prefix here. Then a scan is recognised by its prefix whatever the speed, and typing is never held back or mistaken for a scan, even from a password manager.</source>
      <translation>Recommandé : réglez votre lecteur pour qu'il envoie un préfixe avant chaque code (la plupart le peuvent, avec un code-barres de configuration de leur manuel ; un caractère que personne ne tape, comme ~ ou §) et tapez ici le même préfixe. Un scan est alors reconnu à son préfixe quelle que soit la vitesse, et la frappe n'est jamais retenue ni prise pour un scan, même depuis un gestionnaire de mots de passe.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>Longest pause between keys</source>
      <translation>Pause maximale entre touches</translation>
    </message>
    <message>
      <source>Keys closer together than this belong to one scan. People type slower than about 80 ms per key; scanners much faster.</source>
      <translation>Des touches plus rapprochées que cela appartiennent au même scan. Une personne tape plus lentement qu'environ 80 ms par touche ; un lecteur bien plus vite.</translation>
    </message>
    <message>
      <source>Shortest code</source>
      <translation>Code le plus court</translation>
    </message>
    <message>
      <source>A faster burst that is shorter than this is typing.</source>
      <translation>Une rafale rapide plus courte que cela est une frappe.</translation>
    </message>
    <message>
      <source>Prefix</source>
      <translation>Préfixe</translation>
    </message>
    <message>
      <source>Characters your scanner is set to send before each code (usually none).</source>
      <translation>Caractères que votre lecteur envoie avant chaque code (en général aucun).</translation>
    </message>
    <message>
      <source>Suffix</source>
      <translation>Suffixe</translation>
    </message>
    <message>
      <source>Characters sent after each code, before Enter (usually none).</source>
      <translation>Caractères envoyés après chaque code, avant Entrée (en général aucun).</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Only an administrator can change these settings.</source>
      <translation>Seul un administrateur peut modifier ces paramètres.</translation>
    </message>
    <message>
      <source>{n} characters, slowest gap {gap} ms, ended with {end}</source>
      <translation>{n} caractères, plus long écart {gap} ms, terminé par {end}</translation>
    </message>
    <message>
      <source>✗ {code}: {error} ({facts})</source>
      <translation>✗ {code} : {error} ({facts})</translation>
    </message>
    <message>
      <source>= {code}: the same code again within {s} s, counted once</source>
      <translation>= {code} : le même code à nouveau en moins de {s} s, compté une fois</translation>
    </message>
    <message>
      <source>✓ {code}: {kind} ({facts})</source>
      <translation>✓ {code} : {kind} ({facts})</translation>
    </message>
    <message>
      <source>item</source>
      <translation>pièce</translation>
    </message>
    <message>
      <source>location</source>
      <translation>emplacement</translation>
    </message>
    <message>
      <source>badge</source>
      <translation>badge</translation>
    </message>
    <message>
      <source>Scanner works: {code}</source>
      <translation>Le lecteur fonctionne : {code}</translation>
    </message>
    <message>
      <source>In force: scans are recognised by the prefix {prefix}. Typing is never held back.</source>
      <translation>En vigueur : les scans sont reconnus au préfixe {prefix}. La frappe n'est jamais retenue.</translation>
    </message>
    <message>
      <source>In force: scans are told from typing by speed only (keys less than {ms} ms apart, at least {n} characters, then Enter or Tab).</source>
      <translation>En vigueur : les scans sont distingués de la frappe par la seule vitesse (touches à moins de {ms} ms d'intervalle, au moins {n} caractères, puis Entrée ou Tab).</translation>
    </message>
    <message>
      <source>Scanner settings saved.</source>
      <translation>Paramètres du lecteur enregistrés.</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Stockage</translation>
    </message>
    <message>
      <source>Scan the location (shelf, safe, locker), then every item: check them in, out, or move them there.</source>
      <translation>Scannez l'emplacement (étagère, coffre, casier), puis chaque pièce : faites-les entrer, sortir ou déplacez-les là.</translation>
    </message>
    <message>
      <source>What are you doing?</source>
      <translation>Que faites-vous ?</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Entrée en magasin</translation>
    </message>
    <message>
      <source>Check out</source>
      <translation>Sortie du magasin</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Déplacer</translation>
    </message>
    <message>
      <source>No location scanned yet.</source>
      <translation>Aucun emplacement scanné pour l'instant.</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <source>Other officer (optional)</source>
      <translation>Autre agent (facultatif)</translation>
    </message>
    <message>
      <source>e.g. for court on Monday</source>
      <translation>p. ex. pour le tribunal lundi</translation>
    </message>
    <message>
      <source>Check in here</source>
      <translation>Entrer ici</translation>
    </message>
    <message>
      <source>Move here</source>
      <translation>Déplacer ici</translation>
    </message>
    <message>
      <source>The items go into this location.</source>
      <translation>Les pièces entrent à cet emplacement.</translation>
    </message>
    <message>
      <source>Optional: the location the items are taken from (they must be recorded there).</source>
      <translation>Facultatif : l'emplacement d'où les pièces sont retirées (elles doivent y être enregistrées).</translation>
    </message>
    <message>
      <source>The items move to this location.</source>
      <translation>Les pièces sont déplacées à cet emplacement.</translation>
    </message>
    <message>
      <source>Delivered by</source>
      <translation>Déposé par</translation>
    </message>
    <message>
      <source>Items held by another officer go in only if that officer signs with their password.</source>
      <translation>Les pièces détenues par un autre agent n'entrent que si cet agent signe avec son mot de passe.</translation>
    </message>
    <message>
      <source>Handed to</source>
      <translation>Remis à</translation>
    </message>
    <message>
      <source>Leave empty to take the items yourself; another officer receives them by signing with their password.</source>
      <translation>Laissez vide pour prendre les pièces vous-même ; un autre agent les reçoit en signant avec son mot de passe.</translation>
    </message>
    <message>
      <source>Location {code}: {name}</source>
      <translation>Emplacement {code} : {name}</translation>
    </message>
    <message>
      <source>Scan the location first.</source>
      <translation>Scannez d'abord l'emplacement.</translation>
    </message>
    <message>
      <source>deliver</source>
      <translation>remettre</translation>
    </message>
    <message>
      <source>receive</source>
      <translation>recevoir</translation>
    </message>
    <message>
      <source>{who} signs</source>
      <translation>Signature de {who}</translation>
    </message>
    <message>
      <source>{who}: type your password to {what} the {n} item(s).</source>
      <translation>{who} : saisissez votre mot de passe pour {what} les {n} pièce(s).</translation>
    </message>
    <message>
      <source>{n} item(s) checked in at {where}.</source>
      <translation>{n} pièce(s) entrée(s) en magasin à {where}.</translation>
    </message>
    <message>
      <source>{n} item(s) checked out.</source>
      <translation>{n} pièce(s) sortie(s) du magasin.</translation>
    </message>
    <message>
      <source>{n} item(s) moved to {where}.</source>
      <translation>{n} pièce(s) déplacée(s) à {where}.</translation>
    </message>
    <message>
      <source>Send evidence to another agency</source>
      <translation>Envoyer des pièces à un autre service</translation>
    </message>
    <message>
      <source>The items leave this station with their whole history, proven by this station's key, in one package file (USB stick, e-mail). The receiving agency checks it before it accepts the items.</source>
      <translation>Les pièces quittent ce poste avec tout leur historique, prouvé par la clé de ce poste, dans un seul fichier colis (clé USB, courriel). Le service destinataire le vérifie avant d'accepter les pièces.</translation>
    </message>
    <message>
      <source>2. Receiving agency and officer</source>
      <translation>2. Service et agent destinataires</translation>
    </message>
    <message>
      <source>e.g. National Forensic Laboratory</source>
      <translation>p. ex. Laboratoire national de police scientifique</translation>
    </message>
    <message>
      <source>Full name of the person who takes the items</source>
      <translation>Nom complet de la personne qui prend les pièces</translation>
    </message>
    <message>
      <source>Their organisation</source>
      <translation>Son organisme</translation>
    </message>
    <message>
      <source>Badge or identity document number</source>
      <translation>Numéro de matricule ou de pièce d'identité</translation>
    </message>
    <message>
      <source>e.g. analysis, hand-over of the case to the prosecutor</source>
      <translation>p. ex. analyse, transmission de l'affaire au parquet</translation>
    </message>
    <message>
      <source>Receiving agency</source>
      <translation>Service destinataire</translation>
    </message>
    <message>
      <source>Receiving officer</source>
      <translation>Agent destinataire</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>Numéro d'identité</translation>
    </message>
    <message>
      <source>3. Receiving officer's signature</source>
      <translation>3. Signature de l'agent destinataire</translation>
    </message>
    <message>
      <source>The receiving officer signs here. You sign the hand-over with your own key when you confirm; their station signs the receipt when it accepts the package.</source>
      <translation>L'agent destinataire signe ici. Vous signez la remise avec votre propre clé en confirmant ; son poste signe le reçu lorsqu'il accepte le colis.</translation>
    </message>
    <message>
      <source>Hand over and save the package…</source>
      <translation>Remettre et enregistrer le colis…</translation>
    </message>
    <message>
      <source>{item} is not here: it cannot be sent.</source>
      <translation>{item} n'est pas ici : elle ne peut pas être envoyée.</translation>
    </message>
    <message>
      <source>Name the receiving agency or station.</source>
      <translation>Indiquez le service ou le poste destinataire.</translation>
    </message>
    <message>
      <source>Name the officer who takes the items.</source>
      <translation>Indiquez l'agent qui prend les pièces.</translation>
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation>Enregistrer le colis de transfert</translation>
    </message>
    <message>
      <source>Custody transfer package (*.custody)</source>
      <translation>Colis de transfert Custody (*.custody)</translation>
    </message>
    <message>
      <source>{n} item(s) handed over; package saved to {path}. The receiving agency needs this station's key to check it: {key}</source>
      <translation>{n} pièce(s) remise(s) ; colis enregistré dans {path}. Le service destinataire a besoin de la clé de ce poste pour le vérifier : {key}</translation>
    </message>
    <message>
      <source>Receive evidence from another agency</source>
      <translation>Recevoir des pièces d'un autre service</translation>
    </message>
    <message>
      <source>Open the package file the other agency sent. Custody checks it against the keys your administrator trusts and shows what it proves. Nothing is recorded until you receive the items.</source>
      <translation>Ouvrez le fichier colis envoyé par l'autre service. Custody le vérifie avec les clés que votre administrateur a reconnues de confiance et montre ce qu'il prouve. Rien n'est enregistré tant que vous n'avez pas reçu les pièces.</translation>
    </message>
    <message>
      <source>1. Package</source>
      <translation>1. Colis</translation>
    </message>
    <message>
      <source>Open package…</source>
      <translation>Ouvrir un colis…</translation>
    </message>
    <message>
      <source>No package opened.</source>
      <translation>Aucun colis ouvert.</translation>
    </message>
    <message>
      <source>Only if the sender is not on the trust list: the key they published, confirmed with them</source>
      <translation>Seulement si l'expéditeur ne figure pas sur la liste de confiance : la clé qu'il a publiée, confirmée auprès de lui</translation>
    </message>
    <message>
      <source>Sender's key</source>
      <translation>Clé de l'expéditeur</translation>
    </message>
    <message>
      <source>2. What the package proves</source>
      <translation>2. Ce que prouve le colis</translation>
    </message>
    <message>
      <source>Open a package to see what it proves.</source>
      <translation>Ouvrez un colis pour voir ce qu'il prouve.</translation>
    </message>
    <message>
      <source>Receive these items</source>
      <translation>Recevoir ces pièces</translation>
    </message>
    <message>
      <source>Item / event</source>
      <translation>Pièce / événement</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Proven by</source>
      <translation>Prouvé par</translation>
    </message>
    <message>
      <source>Open a transfer package</source>
      <translation>Ouvrir un colis de transfert</translation>
    </message>
    <message>
      <source>Custody transfer package (*.custody);;All files (*)</source>
      <translation>Colis de transfert Custody (*.custody);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
      <source>VERIFIED: signed by {agency} ({station}) with a key you trust; every entry is proven by the checkpoints below. You may receive the items.</source>
      <translation>VÉRIFIÉ : signé par {agency} ({station}) avec une clé de confiance ; chaque entrée est prouvée par les points de contrôle ci-dessous. Vous pouvez recevoir les pièces.</translation>
    </message>
    <message>
      <source>REFUSED: this package cannot be received, for these reasons:</source>
      <translation>REFUSÉ : ce colis ne peut pas être reçu, pour les raisons suivantes :</translation>
    </message>
    <message>
      <source>Package hash: {h}</source>
      <translation>Empreinte du colis : {h}</translation>
    </message>
    <message>
      <source>From: {agency}, station {station}; key {key}</source>
      <translation>De : {agency}, poste {station} ; clé {key}</translation>
    </message>
    <message>
      <source>To: {agency}: {name} ({org}, ID {id})</source>
      <translation>À : {agency} : {name} ({org}, identité {id})</translation>
    </message>
    <message>
      <source>Proven by checkpoint: {seg}</source>
      <translation>Prouvé par le point de contrôle : {seg}</translation>
    </message>
    <message>
      <source>Open a package that verifies first.</source>
      <translation>Ouvrez d'abord un colis qui est vérifié.</translation>
    </message>
    <message>
      <source>Received {n} item(s): {items}. They are now in your custody.</source>
      <translation>{n} pièce(s) reçue(s) : {items}. Elles sont désormais sous votre garde.</translation>
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <source>The database given (--db or CUSTODY_DATABASE_URL) is neither an SQLite file path nor a postgresql:// URL. Nothing was opened.</source>
      <translation>La base de données indiquée (--db ou CUSTODY_DATABASE_URL) n'est ni un chemin de fichier SQLite ni une URL postgresql://. Rien n'a été ouvert.</translation>
    </message>
    <message>
      <source>There is no database at {path}. Check --db (or the data folder), or create one with 'custody init'. Nothing was created.</source>
      <translation>Il n'y a pas de base de données à {path}. Vérifiez --db (ou le dossier de données), ou créez-en une avec « custody init ». Rien n'a été créé.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a database file. Nothing was opened.</source>
      <translation>{path} est un dossier, pas un fichier de base de données. Rien n'a été ouvert.</translation>
    </message>
    <message>
      <source>The database {path} is on a network share ({fstype} at {mount}). Custody does not open an SQLite database over a network: its locks do not hold there, and two workstations writing to the same file could fork or corrupt the ledger. Keep the database on this computer's own disk (choose another folder with --data-dir or --db), or let the stations share one PostgreSQL server (see docs/DEPLOYMENT.md). Nothing was opened.</source>
      <translation>La base de données {path} se trouve sur un partage réseau ({fstype} sur {mount}). Custody n'ouvre pas de base SQLite par le réseau : ses verrous n'y tiennent pas, et deux postes écrivant dans le même fichier pourraient faire diverger ou corrompre le registre. Gardez la base sur le disque de cet ordinateur (choisissez un autre dossier avec --data-dir ou --db), ou faites partager aux postes un même serveur PostgreSQL (voir docs/DEPLOYMENT.md). Rien n'a été ouvert.</translation>
    </message>
    <message>
      <source>This database file is read-only and its schema ({current}) is older than this Custody's ({head}). Nothing was changed; upgrade a writable copy ('custody db upgrade').</source>
      <translation>Ce fichier de base de données est en lecture seule et son schéma ({current}) est plus ancien que celui de ce Custody ({head}). Rien n'a été modifié ; mettez à niveau une copie modifiable (« custody db upgrade »).</translation>
    </message>
    <message>
      <source>The copy of {path} made before the schema upgrade does not check out, so the upgrade was not started. Check the disk, then run 'custody ledger verify'.</source>
      <translation>La copie de {path} faite avant la mise à niveau du schéma n'est pas vérifiée, donc la mise à niveau n'a pas été lancée. Vérifiez le disque, puis lancez « custody ledger verify ».</translation>
    </message>
    <message>
      <source>The database is busy with another workstation's work. Nothing was saved; try again in a moment.</source>
      <translation>La base de données est occupée par le travail d'un autre poste. Rien n'a été enregistré ; réessayez dans un instant.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was saved; free some space and try again.</source>
      <translation>Le disque est plein. Rien n'a été enregistré ; libérez de l'espace et réessayez.</translation>
    </message>
    <message>
      <source>The database cannot be reached ({reason}). Check --db, the network or the data folder; nothing was saved.</source>
      <translation>La base de données est inaccessible ({reason}). Vérifiez --db, le réseau ou le dossier de données ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>The connection to the database server was lost ({reason}). Nothing was saved; try again when the server is back.</source>
      <translation>La connexion au serveur de base de données a été perdue ({reason}). Rien n'a été enregistré ; réessayez quand le serveur sera revenu.</translation>
    </message>
    <message>
      <source>The connection to the database server was lost while saving ({reason}), so it is not known whether the action was saved. Look at the item's history before doing it again.</source>
      <translation>La connexion au serveur de base de données a été perdue pendant l'enregistrement ({reason}) : on ne sait donc pas si l'action a été enregistrée. Consultez l'historique de la pièce avant de la refaire.</translation>
    </message>
    <message>
      <source>The database refused this workstation's role access to some data. Nothing was saved. The administrator should run 'custody db grants' again (needed after every schema upgrade).</source>
      <translation>La base de données a refusé au rôle de ce poste l'accès à certaines données. Rien n'a été enregistré. L'administrateur doit relancer « custody db grants » (nécessaire après chaque mise à niveau du schéma).</translation>
    </message>
    <message>
      <source>The database file is read-only. Nothing was saved.</source>
      <translation>Le fichier de base de données est en lecture seule. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>The database file is damaged or is not a Custody database ({reason}). Nothing was written. Restore the latest backup ('custody restore').</source>
      <translation>Le fichier de base de données est endommagé ou n'est pas une base Custody ({reason}). Rien n'a été écrit. Restaurez la dernière sauvegarde (« custody restore »).</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>This database already holds the demo data. Nothing was added; to start over, give a new database file: custody demo --db NEW.sqlite3</source>
      <translation>Cette base de données contient déjà les données de démonstration. Rien n'a été ajouté ; pour recommencer, indiquez un nouveau fichier de base : custody demo --db NOUVEAU.sqlite3</translation>
    </message>
  </context>
  <context>
    <name>Disposal</name>
    <message>
      <source>Choose how the items are to be disposed of.</source>
      <translation>Choisissez le sort réservé aux pièces.</translation>
    </message>
    <message>
      <source>Disposal of item {item} was already authorised (entry {seq}, {method}, {order}).</source>
      <translation>La sortie définitive de la pièce {item} a déjà été autorisée (entrée {seq}, {method}, {order}).</translation>
    </message>
    <message>
      <source>Disposal of item {item} has not been authorised: a supervisor must authorise it first.</source>
      <translation>La sortie définitive de la pièce {item} n'a pas été autorisée : un superviseur doit d'abord l'autoriser.</translation>
    </message>
    <message>
      <source>A disposal needs exactly two witnesses; {count} were given.</source>
      <translation>Une sortie définitive exige exactement deux témoins ; {count} ont été indiqués.</translation>
    </message>
    <message>
      <source>The two witnesses must be two different people.</source>
      <translation>Les deux témoins doivent être deux personnes différentes.</translation>
    </message>
    <message>
      <source>You carry out the disposal: you cannot also be one of its witnesses.</source>
      <translation>Vous exécutez la sortie définitive : vous ne pouvez pas en être aussi un témoin.</translation>
    </message>
    <message>
      <source>{user} cannot witness the disposal of item {item}: they appear in its chain of custody ({role}). Choose a witness who never had anything to do with the item.</source>
      <translation>{user} ne peut pas être témoin de la sortie définitive de la pièce {item} : il figure dans sa chaîne de possession ({role}). Choisissez un témoin qui n'a jamais eu affaire à la pièce.</translation>
    </message>
    <message>
      <source>You authorised the disposal of item {item}: another officer must carry it out (the one who decides does not also destroy).</source>
      <translation>Vous avez autorisé la sortie définitive de la pièce {item} : un autre agent doit l'exécuter (celui qui décide ne détruit pas aussi).</translation>
    </message>
    <message>
      <source>{user} is not an active user: they cannot witness a disposal.</source>
      <translation>{user} n'est pas un utilisateur actif : il ne peut pas être témoin d'une sortie définitive.</translation>
    </message>
    <message>
      <source>Item {item} has an open weight discrepancy (entry {seq}): a supervisor must acknowledge it first.</source>
      <translation>La pièce {item} présente un écart de poids non accepté (entrée {seq}) : un superviseur doit d'abord l'accepter.</translation>
    </message>
  </context>
  <context>
    <name>DisposalMethod</name>
    <message>
      <source>Destruction</source>
      <translation>Destruction</translation>
    </message>
    <message>
      <source>Return to owner</source>
      <translation>Restitution au propriétaire</translation>
    </message>
    <message>
      <source>Forfeiture to the state</source>
      <translation>Confiscation au profit de l'État</translation>
    </message>
    <message>
      <source>Transfer to another agency</source>
      <translation>Remise à un autre service</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>Item {item} was neither disposed of nor released to its owner (it is {status}): there is no disposal certificate to print.</source>
      <translation>La pièce {item} n'a été ni détruite ni restituée à son propriétaire (statut : {status}) : il n'y a pas de procès-verbal de sortie définitive à imprimer.</translation>
    </message>
    <message>
      <source>Item {item} was never sent to a laboratory: there is no submission form to print.</source>
      <translation>La pièce {item} n'a jamais été envoyée à un laboratoire : il n'y a pas de bordereau d'envoi à imprimer.</translation>
    </message>
    <message>
      <source>There is no recorded inventory audit {audit}.</source>
      <translation>Il n'existe pas d'inventaire enregistré {audit}.</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Weighing, entry {seq}</source>
      <translation>Pesée, entrée {seq}</translation>
    </message>
    <message>
      <source>Laboratory return, entry {seq}</source>
      <translation>Retour du laboratoire, entrée {seq}</translation>
    </message>
    <message>
      <source>lab number</source>
      <translation>numéro de laboratoire</translation>
    </message>
    <message>
      <source>Biohazard: {items}</source>
      <translation>Risque biologique : {items}</translation>
    </message>
    <message>
      <source>Not registered</source>
      <translation>Non enregistrée</translation>
    </message>
  </context>
  <context>
    <name>EditRolesDialog</name>
    <message>
      <source>Roles</source>
      <translation>Rôles</translation>
    </message>
    <message>
      <source>You cannot take the Administrator role away from your own account; ask another administrator.</source>
      <translation>Vous ne pouvez pas retirer le rôle Administrateur à votre propre compte ; demandez à un autre administrateur.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>{path}: {reason}. Nothing more was written.</source>
      <translation>{path} : {reason}. Rien de plus n'a été écrit.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist. Nothing was written; create it or choose another place for {name}.</source>
      <translation>Le dossier {folder} n'existe pas. Rien n'a été écrit ; créez-le ou choisissez un autre emplacement pour {name}.</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to. Nothing was written; choose another place for {name}.</source>
      <translation>Le dossier {folder} n'est pas accessible en écriture. Rien n'a été écrit ; choisissez un autre emplacement pour {name}.</translation>
    </message>
    <message>
      <source>The password file {path} is not a text file (its first line should hold the password).</source>
      <translation>Le fichier de mot de passe {path} n'est pas un fichier texte (sa première ligne doit contenir le mot de passe).</translation>
    </message>
    <message>
      <source>Cannot read the password file {path}: {reason}.</source>
      <translation>Impossible de lire le fichier de mot de passe {path} : {reason}.</translation>
    </message>
    <message>
      <source>The action could not be completed.</source>
      <translation>L'action n'a pas pu être menée à bien.</translation>
    </message>
    <message>
      <source>Some details need correcting ({count}); each marked field says what is wrong.</source>
      <translation>Certaines informations sont à corriger ({count}) ; chaque champ signalé indique ce qui ne va pas.</translation>
    </message>
    <message>
      <source>Nothing was found for {what} {key}.</source>
      <translation>Rien n'a été trouvé pour {what} {key}.</translation>
    </message>
    <message>
      <source>Your roles ({roles}) do not allow: {action}.</source>
      <translation>Vos rôles ({roles}) ne permettent pas de : {action}.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Something went wrong that Custody did not expect. What you were doing was not completed; nothing half-done was saved.

Please tell your administrator. The details below are also in the log file.</source>
      <translation>Un problème inattendu est survenu dans Custody. Ce que vous faisiez n'a pas été terminé ; rien n'a été enregistré à moitié.

Prévenez votre administrateur. Les détails ci-dessous figurent aussi dans le fichier journal.</translation>
    </message>
  </context>
  <context>
    <name>EventKind</name>
    <message>
      <source>Case opened</source>
      <translation>Affaire ouverte</translation>
    </message>
    <message>
      <source>Seizure recorded</source>
      <translation>Saisie enregistrée</translation>
    </message>
    <message>
      <source>Item registered</source>
      <translation>Pièce enregistrée</translation>
    </message>
    <message>
      <source>Item record corrected</source>
      <translation>Fiche de la pièce corrigée</translation>
    </message>
    <message>
      <source>Label printed</source>
      <translation>Étiquette imprimée</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>Remise</translation>
    </message>
    <message>
      <source>Checked in to storage</source>
      <translation>Entrée en magasin</translation>
    </message>
    <message>
      <source>Checked out of storage</source>
      <translation>Sortie du magasin</translation>
    </message>
    <message>
      <source>Moved in storage</source>
      <translation>Déplacée dans le magasin</translation>
    </message>
    <message>
      <source>Sent to the laboratory</source>
      <translation>Envoyée au laboratoire</translation>
    </message>
    <message>
      <source>Returned from the laboratory</source>
      <translation>Retour du laboratoire</translation>
    </message>
    <message>
      <source>Taken to court</source>
      <translation>Apportée au tribunal</translation>
    </message>
    <message>
      <source>Returned from court</source>
      <translation>Retour du tribunal</translation>
    </message>
    <message>
      <source>Seal broken</source>
      <translation>Scellé brisé</translation>
    </message>
    <message>
      <source>Seal applied</source>
      <translation>Scellé apposé</translation>
    </message>
    <message>
      <source>Item split</source>
      <translation>Pièce divisée</translation>
    </message>
    <message>
      <source>Sample taken</source>
      <translation>Échantillon prélevé</translation>
    </message>
    <message>
      <source>Weight recorded</source>
      <translation>Poids enregistré</translation>
    </message>
    <message>
      <source>Photo or document attached</source>
      <translation>Photo ou document joint</translation>
    </message>
    <message>
      <source>Seen at inventory</source>
      <translation>Vue lors de l'inventaire</translation>
    </message>
    <message>
      <source>Missing at inventory</source>
      <translation>Manquante lors de l'inventaire</translation>
    </message>
    <message>
      <source>Found in an unexpected place at inventory</source>
      <translation>Trouvée à un emplacement inattendu lors de l'inventaire</translation>
    </message>
    <message>
      <source>Disposal authorised</source>
      <translation>Sortie définitive autorisée</translation>
    </message>
    <message>
      <source>Disposal carried out</source>
      <translation>Sortie définitive exécutée</translation>
    </message>
    <message>
      <source>Released to owner</source>
      <translation>Restituée au propriétaire</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <source>Sign-in failed</source>
      <translation>Échec de connexion</translation>
    </message>
    <message>
      <source>Account locked</source>
      <translation>Compte bloqué</translation>
    </message>
    <message>
      <source>Account unlocked</source>
      <translation>Compte débloqué</translation>
    </message>
    <message>
      <source>Password changed</source>
      <translation>Mot de passe modifié</translation>
    </message>
    <message>
      <source>Action refused</source>
      <translation>Action refusée</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Déconnexion</translation>
    </message>
    <message>
      <source>User created</source>
      <translation>Utilisateur créé</translation>
    </message>
    <message>
      <source>User details changed</source>
      <translation>Informations de l'utilisateur modifiées</translation>
    </message>
    <message>
      <source>User disabled</source>
      <translation>Utilisateur désactivé</translation>
    </message>
    <message>
      <source>User enabled</source>
      <translation>Utilisateur réactivé</translation>
    </message>
    <message>
      <source>User roles changed</source>
      <translation>Rôles de l'utilisateur modifiés</translation>
    </message>
    <message>
      <source>Signing key registered</source>
      <translation>Clé de signature enregistrée</translation>
    </message>
    <message>
      <source>Signing key revoked</source>
      <translation>Clé de signature révoquée</translation>
    </message>
    <message>
      <source>Password reset by an administrator</source>
      <translation>Mot de passe réinitialisé par un administrateur</translation>
    </message>
    <message>
      <source>Station set up</source>
      <translation>Poste installé</translation>
    </message>
    <message>
      <source>Station key registered</source>
      <translation>Clé du poste enregistrée</translation>
    </message>
    <message>
      <source>Ledger checkpoint signed</source>
      <translation>Point de contrôle du registre signé</translation>
    </message>
    <message>
      <source>Report issued</source>
      <translation>Rapport émis</translation>
    </message>
    <message>
      <source>Weight discrepancy raised</source>
      <translation>Écart de poids soulevé</translation>
    </message>
    <message>
      <source>Weight discrepancy acknowledged</source>
      <translation>Écart de poids accepté</translation>
    </message>
    <message>
      <source>Inventory audit finished</source>
      <translation>Inventaire terminé</translation>
    </message>
    <message>
      <source>Station settings changed</source>
      <translation>Paramètres du poste modifiés</translation>
    </message>
    <message>
      <source>Report-signing certificate imported</source>
      <translation>Certificat de signature des rapports importé</translation>
    </message>
    <message>
      <source>Report-signing certificate registered</source>
      <translation>Certificat de signature des rapports enregistré</translation>
    </message>
    <message>
      <source>Ledger clock corrected</source>
      <translation>Horloge du registre corrigée</translation>
    </message>
    <message>
      <source>Clock checked</source>
      <translation>Horloge vérifiée</translation>
    </message>
    <message>
      <source>Handed to another station or agency</source>
      <translation>Remise à un autre poste ou service</translation>
    </message>
    <message>
      <source>Received from another station or agency</source>
      <translation>Reçue d'un autre poste ou service</translation>
    </message>
    <message>
      <source>Station key trusted</source>
      <translation>Clé de poste reconnue de confiance</translation>
    </message>
    <message>
      <source>Station key no longer trusted</source>
      <translation>Clé de poste retirée de la confiance</translation>
    </message>
    <message>
      <source>Location created</source>
      <translation>Emplacement créé</translation>
    </message>
    <message>
      <source>Recovered from an absent officer</source>
      <translation>Récupérée auprès d'un agent absent</translation>
    </message>
    <message>
      <source>Audit finding resolved</source>
      <translation>Constat d'inventaire régularisé</translation>
    </message>
    <message>
      <source>Outside person registered</source>
      <translation>Personne extérieure enregistrée</translation>
    </message>
    <message>
      <source>Case outcome recorded</source>
      <translation>Issue de l'affaire enregistrée</translation>
    </message>
    <message>
      <source>Ledger exported</source>
      <translation>Registre exporté</translation>
    </message>
    <message>
      <source>Proof bundle exported</source>
      <translation>Dossier de preuve exporté</translation>
    </message>
    <message>
      <source>Report exported</source>
      <translation>Rapport exporté</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
      <source>Backup checked</source>
      <translation>Sauvegarde vérifiée</translation>
    </message>
  </context>
  <context>
    <name>Feedback</name>
    <message>
      <source>Dismiss this message</source>
      <translation>Fermer ce message</translation>
    </message>
  </context>
  <context>
    <name>FirstPassword</name>
    <message>
      <source>Choose your own password</source>
      <translation>Choisissez votre propre mot de passe</translation>
    </message>
    <message>
      <source>Your password has been changed: only you know it now.</source>
      <translation>Votre mot de passe a été modifié : vous êtes désormais seul à le connaître.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Custody — first-run setup</source>
      <translation>Custody — première configuration</translation>
    </message>
    <message>
      <source>Set up</source>
      <translation>Configurer</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
  </context>
  <context>
    <name>Grants</name>
    <message>
      <source>A role name is 1 to 63 characters: lower-case letters a-z, digits and '_', not starting with a digit (this is {role}).</source>
      <translation>Un nom de rôle compte 1 à 63 caractères : lettres minuscules a-z, chiffres et « _ », sans commencer par un chiffre (celui-ci : {role}).</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Welcome, {name}</source>
      <translation>Bienvenue, {name}</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Poste</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Salle des scellés</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Fuseau horaire</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Connecté</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Agent</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nom d'utilisateur</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rôles</translation>
    </message>
    <message>
      <source>Ledger</source>
      <translation>Registre</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>Entrées</translation>
    </message>
    <message>
      <source>Last verification</source>
      <translation>Dernière vérification</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>À traiter</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <source>Signed in: {who}</source>
      <translation>Connecté : {who}</translation>
    </message>
  </context>
  <context>
    <name>Ids</name>
    <message>
      <source>Nothing was scanned or typed.</source>
      <translation>Rien n'a été scanné ni tapé.</translation>
    </message>
    <message>
      <source>This is not a valid {what}: only the letters A to Z, the digits 0 to 9 and '-' can appear in it.</source>
      <translation>Ce n'est pas un(e) {what} valide : seuls les lettres A à Z, les chiffres 0 à 9 et « - » peuvent y figurer.</translation>
    </message>
    <message>
      <source>This is not a valid {what}: it should look like {example}.</source>
      <translation>Ce n'est pas un(e) {what} valide : il devrait ressembler à {example}.</translation>
    </message>
    <message>
      <source>This is not a valid {what}: the check character does not match. Re-scan or re-type it.</source>
      <translation>Ce n'est pas un(e) {what} valide : le caractère de contrôle ne correspond pas. Scannez-le ou tapez-le à nouveau.</translation>
    </message>
    <message>
      <source>This is not a valid item number: it does not start with a prefix used here ({prefixes}). Re-scan or re-type it.</source>
      <translation>Ce n'est pas un numéro de pièce valide : il ne commence pas par un préfixe utilisé ici ({prefixes}). Scannez-le ou tapez-le à nouveau.</translation>
    </message>
    <message>
      <source>This code is not an item, location or badge number. Re-scan it, or type it as printed under the barcode.</source>
      <translation>Ce code n'est ni un numéro de pièce, ni un code d'emplacement, ni un numéro de badge. Scannez-le à nouveau ou tapez-le tel qu'imprimé sous le code-barres.</translation>
    </message>
    <message>
      <source>The item number prefix is at most 6 characters: 1 to 3 groups of capital letters or digits separated by '-' (for example UN-DIL). Longer prefixes make barcodes too wide for a 62 mm label.</source>
      <translation>Le préfixe des numéros de pièce compte au plus 6 caractères : 1 à 3 groupes de majuscules ou de chiffres séparés par « - » (par exemple UN-DIL). Un préfixe plus long rend les codes-barres trop larges pour une étiquette de 62 mm.</translation>
    </message>
    <message>
      <source>The item number prefix cannot start with {group}: that is used for location and badge codes.</source>
      <translation>Le préfixe des numéros de pièce ne peut pas commencer par {group} : il est réservé aux codes d'emplacement et de badge.</translation>
    </message>
    <message>
      <source>The year must be given as two digits, 00 to 99.</source>
      <translation>L'année doit être donnée sur deux chiffres, de 00 à 99.</translation>
    </message>
    <message>
      <source>The running number must be between 1 and 999999.</source>
      <translation>Le numéro d'ordre doit être compris entre 1 et 999999.</translation>
    </message>
    <message>
      <source>This is not a valid seizure document number: it should look like 2026-000123 (year, then 6 digits).</source>
      <translation>Ce n'est pas un numéro de procès-verbal de saisie valide : il devrait ressembler à 2026-000123 (l'année, puis 6 chiffres).</translation>
    </message>
    <message>
      <source>The year of the seizure document number must be between 1900 and 2999.</source>
      <translation>L'année du numéro de procès-verbal de saisie doit être comprise entre 1900 et 2999.</translation>
    </message>
    <message>
      <source>Enter the case number.</source>
      <translation>Saisissez le numéro d'affaire.</translation>
    </message>
    <message>
      <source>The case number is too long: at most {max} characters, this one has {count}.</source>
      <translation>Le numéro d'affaire est trop long : au plus {max} caractères, celui-ci en compte {count}.</translation>
    </message>
    <message>
      <source>The case number can contain only letters, digits, spaces and the signs / - . (found: {chars}).</source>
      <translation>Le numéro d'affaire ne peut contenir que des lettres, des chiffres, des espaces et les signes / - . (trouvé : {chars}).</translation>
    </message>
    <message>
      <source>item number</source>
      <translation>numéro de pièce</translation>
    </message>
    <message>
      <source>location code</source>
      <translation>code d'emplacement</translation>
    </message>
    <message>
      <source>badge code</source>
      <translation>code de badge</translation>
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <source>The case number {case_number} is already in use.</source>
      <translation>Le numéro d'affaire {case_number} est déjà utilisé.</translation>
    </message>
    <message>
      <source>Choose the type of offence.</source>
      <translation>Choisissez le type d'infraction.</translation>
    </message>
    <message>
      <source>There is no case {case_number}. Open the case first.</source>
      <translation>Il n'existe pas d'affaire {case_number}. Ouvrez d'abord l'affaire.</translation>
    </message>
    <message>
      <source>There is no seizure with document number {number}.</source>
      <translation>Il n'existe pas de saisie portant le numéro de procès-verbal {number}.</translation>
    </message>
    <message>
      <source>There is no active officer with the username {username}.</source>
      <translation>Il n'existe pas d'agent actif dont le nom d'utilisateur est {username}.</translation>
    </message>
    <message>
      <source>This time is in the future. Check the date and the time.</source>
      <translation>Cette heure est dans le futur. Vérifiez la date et l'heure.</translation>
    </message>
    <message>
      <source>This date is too far in the past. Check the year.</source>
      <translation>Cette date est trop ancienne. Vérifiez l'année.</translation>
    </message>
    <message>
      <source>At most {max} witnesses can be listed.</source>
      <translation>Au plus {max} témoins peuvent être indiqués.</translation>
    </message>
    <message>
      <source>Choose the kind of item.</source>
      <translation>Choisissez le type de pièce.</translation>
    </message>
    <message>
      <source>Type the quantity as a number above zero, for example 1 or 2.5.</source>
      <translation>Tapez la quantité sous forme de nombre supérieur à zéro, par exemple 1 ou 2,5.</translation>
    </message>
    <message>
      <source>The item is sealed: type the seal number.</source>
      <translation>La pièce est sous scellé : tapez le numéro du scellé.</translation>
    </message>
    <message>
      <source>Leave the seal number empty: the item is not sealed.</source>
      <translation>Laissez le numéro de scellé vide : la pièce n'est pas sous scellé.</translation>
    </message>
    <message>
      <source>Add at least one item.</source>
      <translation>Ajoutez au moins une pièce.</translation>
    </message>
    <message>
      <source>At most {max} items can be registered at once.</source>
      <translation>Au plus {max} pièces peuvent être enregistrées à la fois.</translation>
    </message>
    <message>
      <source>All {what} numbers for {year} are used up (at most 999999). Ask an administrator.</source>
      <translation>Tous les numéros de {what} de {year} sont épuisés (999999 au plus). Adressez-vous à un administrateur.</translation>
    </message>
    <message>
      <source>There is no item {item_id}.</source>
      <translation>Il n'existe pas de pièce {item_id}.</translation>
    </message>
    <message>
      <source>The field {field} cannot be corrected on this item.</source>
      <translation>Le champ {field} ne peut pas être corrigé pour cette pièce.</translation>
    </message>
    <message>
      <source>The total is computed from the notes and coins counted: correct those instead.</source>
      <translation>Le total est calculé à partir des billets et pièces de monnaie comptés : corrigez plutôt ceux-ci.</translation>
    </message>
    <message>
      <source>The new value is the same as the current one.</source>
      <translation>La nouvelle valeur est identique à la valeur actuelle.</translation>
    </message>
    <message>
      <source>Say why the record must be corrected.</source>
      <translation>Indiquez pourquoi la fiche doit être corrigée.</translation>
    </message>
    <message>
      <source>A correction must be approved by a second officer with the supervisor role.</source>
      <translation>Une correction doit être approuvée par un second agent ayant le rôle de superviseur.</translation>
    </message>
    <message>
      <source>You cannot approve your own correction: another supervisor must approve it.</source>
      <translation>Vous ne pouvez pas approuver votre propre correction : un autre superviseur doit l'approuver.</translation>
    </message>
    <message>
      <source>{username} is not allowed to approve corrections (a supervisor must approve).</source>
      <translation>{username} n'est pas autorisé à approuver des corrections (un superviseur doit approuver).</translation>
    </message>
    <message>
      <source>Only the officer who asked for the correction can submit it for approval.</source>
      <translation>Seul l'agent qui a demandé la correction peut la soumettre pour approbation.</translation>
    </message>
    <message>
      <source>The {field} of item {item_id} was changed meanwhile. Ask for the correction again.</source>
      <translation>Le champ {field} de la pièce {item_id} a été modifié entre-temps. Demandez à nouveau la correction.</translation>
    </message>
    <message>
      <source>Item {item_id} is {status}: it can no longer be split or sampled.</source>
      <translation>La pièce {item_id} a le statut « {status} » : elle ne peut plus être divisée ni échantillonnée.</translation>
    </message>
    <message>
      <source>Describe at least one part.</source>
      <translation>Décrivez au moins une partie.</translation>
    </message>
    <message>
      <source>{code} is a valid {what}, but nothing with this code is registered here.</source>
      <translation>{code} est un(e) {what} valide, mais rien n'est enregistré ici avec ce code.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Individualising description</source>
      <translation>Description individualisante</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <source>Sealed container</source>
      <translation>Contenant scellé</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Numéro de scellé</translation>
    </message>
    <message>
      <source>Biohazard</source>
      <translation>Risque biologique</translation>
    </message>
    <message>
      <source>This is not an item number.</source>
      <translation>Ce n'est pas un numéro de pièce.</translation>
    </message>
    <message>
      <source>No officer has the username or badge number {code}.</source>
      <translation>Aucun agent n'a le nom d'utilisateur ou le numéro de matricule {code}.</translation>
    </message>
  </context>
  <context>
    <name>IntakeEditors</name>
    <message>
      <source>YYYY-MM-DD HH:MM</source>
      <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— choisir —</translation>
    </message>
    <message>
      <source>Note or coin value</source>
      <translation>Valeur du billet ou de la pièce</translation>
    </message>
    <message>
      <source>How many</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Add a line</source>
      <translation>Ajouter une ligne</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Total: {total}</source>
      <translation>Total : {total}</translation>
    </message>
    <message>
      <source>Total: check the lines</source>
      <translation>Total : vérifiez les lignes</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <source>New seizure</source>
      <translation>Nouvelle saisie</translation>
    </message>
    <message>
      <source>Record the seizure, then add its items one by one. Photos are added on each item's page.</source>
      <translation>Enregistrez la saisie, puis ajoutez ses pièces une à une. Les photos s'ajoutent sur la page de chaque pièce.</translation>
    </message>
    <message>
      <source>1. The seizure</source>
      <translation>1. La saisie</translation>
    </message>
    <message>
      <source>Seizure recorded — document number</source>
      <translation>Saisie enregistrée — numéro de procès-verbal</translation>
    </message>
    <message>
      <source>Start another seizure</source>
      <translation>Commencer une autre saisie</translation>
    </message>
    <message>
      <source>2. Add an item</source>
      <translation>2. Ajouter une pièce</translation>
    </message>
    <message>
      <source>Items of this seizure</source>
      <translation>Pièces de cette saisie</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Pièce</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Double-click an item to add photos, print its label or check it in.</source>
      <translation>Double-cliquez sur une pièce pour ajouter des photos, imprimer son étiquette ou la faire entrer en magasin.</translation>
    </message>
    <message>
      <source>Case {case}</source>
      <translation>Affaire {case}</translation>
    </message>
    <message>
      <source>seized by {name}</source>
      <translation>saisie par {name}</translation>
    </message>
    <message>
      <source>witnesses: {names}</source>
      <translation>témoins : {names}</translation>
    </message>
    <message>
      <source>Registered {id} (item {n} of seizure {doc}). Write the id on the packaging or print its label.</source>
      <translation>{id} enregistrée (pièce {n} de la saisie {doc}). Inscrivez le numéro sur l'emballage ou imprimez son étiquette.</translation>
    </message>
  </context>
  <context>
    <name>Inventory</name>
    <message>
      <source>Say whether the item was found or is written off.</source>
      <translation>Indiquez si la pièce a été retrouvée ou est passée en perte.</translation>
    </message>
    <message>
      <source>Item {item} has no open audit finding.</source>
      <translation>La pièce {item} n'a aucun constat d'inventaire en suspens.</translation>
    </message>
    <message>
      <source>A second person must sign: you cannot be the second signer yourself.</source>
      <translation>Une seconde personne doit signer : vous ne pouvez pas être vous-même le second signataire.</translation>
    </message>
    <message>
      <source>{user} cannot co-sign: only a supervisor or an administrator can.</source>
      <translation>{user} ne peut pas cosigner : seul un superviseur ou un administrateur le peut.</translation>
    </message>
    <message>
      <source>Say why the item is written off (what was done to find it).</source>
      <translation>Indiquez pourquoi la pièce passe en perte (ce qui a été fait pour la retrouver).</translation>
    </message>
    <message>
      <source>Location {location} is not part of this audit of {root}.</source>
      <translation>L'emplacement {location} ne fait pas partie de cet inventaire de {root}.</translation>
    </message>
    <message>
      <source>That is an officer's badge, not an item or a location.</source>
      <translation>C'est le badge d'un agent, pas une pièce ni un emplacement.</translation>
    </message>
    <message>
      <source>{item} found.</source>
      <translation>{item} trouvée.</translation>
    </message>
    <message>
      <source>{item} was already scanned.</source>
      <translation>{item} a déjà été scannée.</translation>
    </message>
    <message>
      <source>{item} is recorded at {recorded}: misplaced.</source>
      <translation>{item} est enregistrée à {recorded} : mal rangée.</translation>
    </message>
    <message>
      <source>{item} is not recorded in any storage location ({status}): unexpected.</source>
      <translation>{item} n'est enregistrée à aucun emplacement de stockage ({status}) : inattendue.</translation>
    </message>
    <message>
      <source>{item} is not registered: unexpected.</source>
      <translation>{item} n'est pas enregistrée : inattendue.</translation>
    </message>
    <message>
      <source>{item} was not expected here; it will be looked up.</source>
      <translation>{item} n'était pas attendue ici ; elle va être recherchée.</translation>
    </message>
    <message>
      <source>Now scanning at {location}.</source>
      <translation>Scan en cours à {location}.</translation>
    </message>
  </context>
  <context>
    <name>ItemForm</name>
    <message>
      <source>— choose the kind of item —</source>
      <translation>— choisir le type de pièce —</translation>
    </message>
    <message>
      <source>Kind of item</source>
      <translation>Type de pièce</translation>
    </message>
    <message>
      <source>Description, quantity and seal</source>
      <translation>Description, quantité et scellé</translation>
    </message>
    <message>
      <source>What you see: colour, marks, damage, packaging</source>
      <translation>Ce que vous voyez : couleur, marques, dégâts, emballage</translation>
    </message>
    <message>
      <source>Sealed container</source>
      <translation>Contenant scellé</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Numéro de scellé</translation>
    </message>
    <message>
      <source>Biohazard: handle with gloves</source>
      <translation>Risque biologique : manipuler avec des gants</translation>
    </message>
    <message>
      <source>Individualising description *</source>
      <translation>Description individualisante *</translation>
    </message>
    <message>
      <source>Describe only what you observe, so that this item cannot be confused with another.</source>
      <translation>Décrivez uniquement ce que vous observez, de sorte que cette pièce ne puisse pas être confondue avec une autre.</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>Scellé</translation>
    </message>
    <message>
      <source>e.g. counterfeit phone: the IMEI under the battery fails its check</source>
      <translation>p. ex. téléphone contrefait : l'IMEI sous la batterie échoue au contrôle</translation>
    </message>
    <message>
      <source>Keep a failed IMEI/VIN check, because</source>
      <translation>Conserver un IMEI/VIN dont le contrôle échoue, parce que</translation>
    </message>
    <message>
      <source>Only if the number is right as read although its check fails; the reason is recorded.</source>
      <translation>Seulement si le numéro est juste tel que lu bien que son contrôle échoue ; le motif est enregistré.</translation>
    </message>
    <message>
      <source>Register item</source>
      <translation>Enregistrer la pièce</translation>
    </message>
    <message>
      <source>{kind}: details</source>
      <translation>{kind} : détails</translation>
    </message>
  </context>
  <context>
    <name>ItemStatus</name>
    <message>
      <source>Registered, not yet stored</source>
      <translation>Enregistrée, pas encore en magasin</translation>
    </message>
    <message>
      <source>In storage</source>
      <translation>En magasin</translation>
    </message>
    <message>
      <source>With an officer</source>
      <translation>Chez un agent</translation>
    </message>
    <message>
      <source>At the laboratory</source>
      <translation>Au laboratoire</translation>
    </message>
    <message>
      <source>At court</source>
      <translation>Au tribunal</translation>
    </message>
    <message>
      <source>Disposed of</source>
      <translation>Sortie définitive</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>Restituée</translation>
    </message>
    <message>
      <source>Handed to another station or agency</source>
      <translation>Remise à un autre poste ou service</translation>
    </message>
    <message>
      <source>Written off as missing</source>
      <translation>Passée en perte (manquante)</translation>
    </message>
  </context>
  <context>
    <name>ItemView</name>
    <message>
      <source>← Back to the list</source>
      <translation>← Retour à la liste</translation>
    </message>
    <message>
      <source>Request correction…</source>
      <translation>Demander une correction…</translation>
    </message>
    <message>
      <source>Take sample…</source>
      <translation>Prélever un échantillon…</translation>
    </message>
    <message>
      <source>Split…</source>
      <translation>Diviser…</translation>
    </message>
    <message>
      <source>Only evidence custodians and supervisors split items or take samples.</source>
      <translation>Seuls les gardiens des scellés et les superviseurs divisent des pièces ou prélèvent des échantillons.</translation>
    </message>
    <message>
      <source>Custody report…</source>
      <translation>Rapport de chaîne de possession…</translation>
    </message>
    <message>
      <source>Print label…</source>
      <translation>Imprimer l'étiquette…</translation>
    </message>
    <message>
      <source>BIOHAZARD</source>
      <translation>RISQUE BIOLOGIQUE</translation>
    </message>
    <message>
      <source>Where it is now</source>
      <translation>Où elle se trouve</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Custodian</source>
      <translation>Détenteur</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Affaire</translation>
    </message>
    <message>
      <source>Seizure</source>
      <translation>Saisie</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Enregistrée</translation>
    </message>
    <message>
      <source>Parent and parts</source>
      <translation>Pièce d'origine et parties</translation>
    </message>
    <message>
      <source>Photos and documents</source>
      <translation>Photos et documents</translation>
    </message>
    <message>
      <source>Add photo or document…</source>
      <translation>Ajouter une photo ou un document…</translation>
    </message>
    <message>
      <source>or drop JPEG, PNG or PDF files on this page</source>
      <translation>ou déposez des fichiers JPEG, PNG ou PDF sur cette page</translation>
    </message>
    <message>
      <source>Recorded details</source>
      <translation>Informations enregistrées</translation>
    </message>
    <message>
      <source>Chain of custody (from the ledger)</source>
      <translation>Chaîne de possession (d'après le registre)</translation>
    </message>
    <message>
      <source>Not in storage</source>
      <translation>Pas en magasin</translation>
    </message>
    <message>
      <source>{doc}, item {n} — {when}, {place}</source>
      <translation>{doc}, pièce {n} — {when}, {place}</translation>
    </message>
    <message>
      <source>{when} by {who}</source>
      <translation>{when} par {who}</translation>
    </message>
    <message>
      <source>Part of {parent}</source>
      <translation>Partie de {parent}</translation>
    </message>
    <message>
      <source>Parts: {ids}</source>
      <translation>Parties : {ids}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>Originally recorded</source>
      <translation>Valeur d'origine</translation>
    </message>
    <message>
      <source>{value} (corrected)</source>
      <translation>{value} (corrigé)</translation>
    </message>
    <message>
      <source>{name}, {size} KB, added {when} by {who}</source>
      <translation>{name}, {size} Ko, ajouté le {when} par {who}</translation>
    </message>
    <message>
      <source>Attach photos or scanned documents</source>
      <translation>Joindre des photos ou des documents numérisés</translation>
    </message>
    <message>
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf)</source>
      <translation>Photos et documents (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ItemsPage</name>
    <message>
      <source>Any</source>
      <translation>Tout</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>Tous types</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Tous statuts</translation>
    </message>
    <message>
      <source>Any location</source>
      <translation>Tous emplacements</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <source>Registered from</source>
      <translation>Enregistrées du</translation>
    </message>
    <message>
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <source>Show all items</source>
      <translation>Afficher toutes les pièces</translation>
    </message>
    <message>
      <source>Searching for “{text}”…</source>
      <translation>Recherche de « {text} »…</translation>
    </message>
    <message>
      <source>{n} items found for “{text}”</source>
      <translation>{n} pièces trouvées pour « {text} »</translation>
    </message>
    <message>
      <source>(only the newest {max} are listed: add words or filters)</source>
      <translation>(seules les {max} plus récentes sont listées : ajoutez des mots ou des filtres)</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <source>{n} items</source>
      <translation>{n} pièces</translation>
    </message>
    <message>
      <source>{n} items shown, newest first; scroll down for more</source>
      <translation>{n} pièces affichées, les plus récentes d'abord ; faites défiler pour en voir plus</translation>
    </message>
    <message>
      <source>case {case}</source>
      <translation>affaire {case}</translation>
    </message>
  </context>
  <context>
    <name>ItemsTableModel</name>
    <message>
      <source>Item</source>
      <translation>Pièce</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Affaire</translation>
    </message>
    <message>
      <source>Seizure</source>
      <translation>Saisie</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <source>Custodian</source>
      <translation>Détenteur</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Enregistrée</translation>
    </message>
    <message>
      <source>Biohazard</source>
      <translation>Risque biologique</translation>
    </message>
  </context>
  <context>
    <name>Keys</name>
    <message>
      <source>The password does not unlock this signing key (wrong password, or the stored key is damaged).</source>
      <translation>Le mot de passe ne déverrouille pas cette clé de signature (mot de passe erroné ou clé enregistrée endommagée).</translation>
    </message>
    <message>
      <source>The stored signing key is damaged or in an unknown format.</source>
      <translation>La clé de signature enregistrée est endommagée ou dans un format inconnu.</translation>
    </message>
  </context>
  <context>
    <name>LabelPrint</name>
    <message>
      <source>The labels were not printed on the Zebra printer {queue}: {reason}</source>
      <translation>Les étiquettes n'ont pas été imprimées sur l'imprimante Zebra {queue} : {reason}</translation>
    </message>
    <message>
      <source>Type the name of the Zebra printer's queue.</source>
      <translation>Tapez le nom de la file d'impression de l'imprimante Zebra.</translation>
    </message>
    <message>
      <source>{w} × {h} mm, {dpi} dpi</source>
      <translation>{w} × {h} mm, {dpi} ppp</translation>
    </message>
    <message>
      <source>, {n} labels per sheet</source>
      <translation>, {n} étiquettes par feuille</translation>
    </message>
    <message>
      <source>, one label per page (roll)</source>
      <translation>, une étiquette par page (rouleau)</translation>
    </message>
    <message>
      <source>; can be sent to a Zebra printer as ZPL</source>
      <translation> ; peut être envoyé à une imprimante Zebra en ZPL</translation>
    </message>
  </context>
  <context>
    <name>LabelPrintDialog</name>
    <message>
      <source>Print labels</source>
      <translation>Imprimer des étiquettes</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s)</source>
      <translation>
        <numerusform>%n étiquette</numerusform>
        <numerusform>%n étiquettes</numerusform>
      </translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>Start at label</source>
      <translation>Commencer à l'étiquette</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Preview, then print or save as PDF</source>
      <translation>Aperçu, puis impression ou enregistrement en PDF</translation>
    </message>
    <message>
      <source>Send straight to the Zebra printer (ZPL)</source>
      <translation>Envoyer directement à l'imprimante Zebra (ZPL)</translation>
    </message>
    <message>
      <source>Printer queue name, e.g. zebra-intake</source>
      <translation>Nom de la file d'impression, p. ex. zebra-accueil</translation>
    </message>
    <message>
      <source>Queue</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Sortie</translation>
    </message>
    <message>
      <source>Preview…</source>
      <translation>Aperçu…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Imprimer…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>1 = top left, counted left to right, row by row; {n} on a sheet.</source>
      <translation>1 = en haut à gauche, de gauche à droite, ligne par ligne ; {n} par feuille.</translation>
    </message>
    <message>
      <source>Only Zebra templates can be sent as ZPL.</source>
      <translation>Seuls les modèles Zebra peuvent être envoyés en ZPL.</translation>
    </message>
    <message>
      <source>Send to printer</source>
      <translation>Envoyer à l'imprimante</translation>
    </message>
    <message>
      <source>Labels — {template}</source>
      <translation>Étiquettes — {template}</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s) on {template}. They are recorded as printed once you print or save them.</source>
      <translation>
        <numerusform>%n étiquette sur {template}. Elle est enregistrée comme imprimée dès que vous l'imprimez ou l'enregistrez.</numerusform>
        <numerusform>%n étiquettes sur {template}. Elles sont enregistrées comme imprimées dès que vous les imprimez ou les enregistrez.</numerusform>
      </translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Nothing was printed, so nothing was recorded.</source>
      <translation>Rien n'a été imprimé, donc rien n'a été enregistré.</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s) sent to {where} and recorded in the ledger.</source>
      <translation>
        <numerusform>%n étiquette envoyée à {where} et enregistrée dans le registre.</numerusform>
        <numerusform>%n étiquettes envoyées à {where} et enregistrées dans le registre.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LabelTemplate</name>
    <message>
      <source>A4 sheet, 3 × 8 labels of 70 × 37 mm</source>
      <translation>Feuille A4, 3 × 8 étiquettes de 70 × 37 mm</translation>
    </message>
    <message>
      <source>Office laser (600 dpi)</source>
      <translation>Laser de bureau (600 ppp)</translation>
    </message>
    <message>
      <source>Brother QL 62 × 29 mm (300 dpi)</source>
      <translation>Brother QL 62 × 29 mm (300 ppp)</translation>
    </message>
    <message>
      <source>Brother QL</source>
      <translation>Brother QL</translation>
    </message>
    <message>
      <source>100 × 50 mm (203 dpi)</source>
      <translation>100 × 50 mm (203 ppp)</translation>
    </message>
    <message>
      <source>Thermal (Zebra, TSC, Godex)</source>
      <translation>Thermique (Zebra, TSC, Godex)</translation>
    </message>
    <message>
      <source>Zebra 4 × 2 in (203 dpi)</source>
      <translation>Zebra 4 × 2 po (203 ppp)</translation>
    </message>
    <message>
      <source>Zebra</source>
      <translation>Zebra</translation>
    </message>
    <message>
      <source>Zebra 4 × 2 in (300 dpi)</source>
      <translation>Zebra 4 × 2 po (300 ppp)</translation>
    </message>
    <message>
      <source>Zebra 4 × 6 in (203 dpi)</source>
      <translation>Zebra 4 × 6 po (203 ppp)</translation>
    </message>
    <message>
      <source>Zebra 4 × 6 in (300 dpi)</source>
      <translation>Zebra 4 × 6 po (300 ppp)</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Choose at least one item.</source>
      <translation>Choisissez au moins une pièce.</translation>
    </message>
    <message>
      <source>Unknown label template {name}. Choose one of: {names}.</source>
      <translation>Modèle d'étiquette {name} inconnu. Choisissez parmi : {names}.</translation>
    </message>
    <message>
      <source>The template {name} is for sheet or Brother printers; ZPL is only for Zebra templates.</source>
      <translation>Le modèle {name} est destiné aux imprimantes à feuilles ou Brother ; le ZPL est réservé aux modèles Zebra.</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>Custody does not speak the language {language}. Choose English, French, Portuguese, Spanish or Arabic.</source>
      <translation>Custody ne parle pas la langue {language}. Choisissez anglais, français, portugais, espagnol ou arabe.</translation>
    </message>
  </context>
  <context>
    <name>Ledger</name>
    <message>
      <source>The database file is damaged (SQLite's page check says: {detail}). The ledger cannot be trusted from this file; restore the latest backup ('custody restore').</source>
      <translation>Le fichier de base de données est endommagé (le contrôle de pages de SQLite indique : {detail}). Le registre ne peut pas être considéré comme fiable à partir de ce fichier ; restaurez la dernière sauvegarde (« custody restore »).</translation>
    </message>
    <message>
      <source>The ledger fails verification at entry {seq}: {reason}. Nothing was recorded or signed. An administrator should run Verify ledger and restore the database from a backup.</source>
      <translation>Le registre échoue à la vérification à l'entrée {seq} : {reason}. Rien n'a été enregistré ni signé. Un administrateur doit lancer Vérifier le registre et restaurer la base de données à partir d'une sauvegarde.</translation>
    </message>
    <message>
      <source>The ledger has {size} entries, but this station signed a checkpoint of {signed} entries: entries were removed. Nothing was recorded or signed. Restore the database from a backup.</source>
      <translation>Le registre compte {size} entrées, mais ce poste a signé un point de contrôle de {signed} entrées : des entrées ont été supprimées. Rien n'a été enregistré ni signé. Restaurez la base de données à partir d'une sauvegarde.</translation>
    </message>
    <message>
      <source>The ledger is not the one this station verified and signed at {signed} entries: it was rewritten. Nothing was recorded or signed. Restore the database from a backup.</source>
      <translation>Le registre n'est pas celui que ce poste a vérifié et signé à {signed} entrées : il a été réécrit. Rien n'a été enregistré ni signé. Restaurez la base de données à partir d'une sauvegarde.</translation>
    </message>
    <message>
      <source>The ledger could not be checked against this station's key: this workstation holds no station key. Nothing was recorded or signed.</source>
      <translation>Le registre n'a pas pu être contrôlé avec la clé de ce poste : ce poste de travail ne détient aucune clé de poste. Rien n'a été enregistré ni signé.</translation>
    </message>
    <message>
      <source>The record of what this station verified is damaged ({reason}). Restore the station's data folder from a backup.</source>
      <translation>La trace de ce que ce poste a vérifié est endommagée ({reason}). Restaurez le dossier de données du poste à partir d'une sauvegarde.</translation>
    </message>
    <message>
      <source>The record of what this station verified is damaged (its checkpoint and root disagree). Restore the station's data folder from a backup.</source>
      <translation>La trace de ce que ce poste a vérifié est endommagée (son point de contrôle et sa racine ne concordent pas). Restaurez le dossier de données du poste à partir d'une sauvegarde.</translation>
    </message>
  </context>
  <context>
    <name>LocationKind</name>
    <message>
      <source>Station</source>
      <translation>Poste</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Salle des scellés</translation>
    </message>
    <message>
      <source>Vault</source>
      <translation>Chambre forte</translation>
    </message>
    <message>
      <source>Drug safe</source>
      <translation>Coffre à stupéfiants</translation>
    </message>
    <message>
      <source>Gun locker</source>
      <translation>Armoire à armes</translation>
    </message>
    <message>
      <source>Shelf</source>
      <translation>Étagère</translation>
    </message>
    <message>
      <source>Bin</source>
      <translation>Bac</translation>
    </message>
    <message>
      <source>Temporary locker</source>
      <translation>Casier temporaire</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratoire</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Other agency</source>
      <translation>Autre service</translation>
    </message>
  </context>
  <context>
    <name>Locations</name>
    <message>
      <source>Choose the kind of location.</source>
      <translation>Choisissez le type d'emplacement.</translation>
    </message>
    <message>
      <source>There is no active location {code} to put this one in.</source>
      <translation>Il n'existe pas d'emplacement actif {code} où placer celui-ci.</translation>
    </message>
    <message>
      <source>{parent} already has a location named {name}.</source>
      <translation>{parent} contient déjà un emplacement nommé {name}.</translation>
    </message>
    <message>
      <source>Locations can be nested at most {max} levels deep.</source>
      <translation>Les emplacements peuvent être imbriqués sur {max} niveaux au plus.</translation>
    </message>
    <message>
      <source>All location numbers are used up.</source>
      <translation>Tous les numéros d'emplacement sont épuisés.</translation>
    </message>
  </context>
  <context>
    <name>LocationsPage</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Storage locations</source>
      <translation>Emplacements de stockage</translation>
    </message>
    <message>
      <source>Show the items stored here</source>
      <translation>Afficher les pièces rangées ici</translation>
    </message>
    <message>
      <source>New location</source>
      <translation>Nouvel emplacement</translation>
    </message>
    <message>
      <source>Make it a top-level location instead</source>
      <translation>En faire plutôt un emplacement de premier niveau</translation>
    </message>
    <message>
      <source>Inside</source>
      <translation>Dans</translation>
    </message>
    <message>
      <source>As written on the door or shelf.</source>
      <translation>Tel qu'écrit sur la porte ou l'étagère.</translation>
    </message>
    <message>
      <source>Create location</source>
      <translation>Créer l'emplacement</translation>
    </message>
    <message>
      <source>Top level (no parent)</source>
      <translation>Premier niveau (sans parent)</translation>
    </message>
    <message>
      <source>Created {name}: {code}. Print its label and stick it on.</source>
      <translation>{name} créé : {code}. Imprimez son étiquette et collez-la.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>This workstation is locked</source>
      <translation>Ce poste de travail est verrouillé</translation>
    </message>
    <message>
      <source>Type your password to continue, or log out so that another officer can sign in.</source>
      <translation>Saisissez votre mot de passe pour continuer, ou déconnectez-vous pour qu'un autre agent puisse se connecter.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Se déconnecter</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Custody — sign in</source>
      <translation>Custody — connexion</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Station {code} · {room}</source>
      <translation>Poste {code} · {room}</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nom d'utilisateur</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>The language Custody speaks to you. It is kept for your next sign-in.</source>
      <translation>La langue dans laquelle Custody s'adresse à vous. Elle est conservée pour votre prochaine connexion.</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Type your username and your password.</source>
      <translation>Saisissez votre nom d'utilisateur et votre mot de passe.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Verrouiller</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Se déconnecter</translation>
    </message>
    <message>
      <source>Change my password…</source>
      <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>Verifier for prosecutors…</source>
      <translation>Vérificateur pour le parquet…</translation>
    </message>
    <message>
      <source>Save the page prosecutors open in any browser to check a report, with nothing installed</source>
      <translation>Enregistrer la page que le parquet ouvre dans n'importe quel navigateur pour vérifier un rapport, sans rien installer</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Choose a new password for your own account</source>
      <translation>Choisir un nouveau mot de passe pour votre propre compte</translation>
    </message>
    <message>
      <source>Hide everything until you type your password again (Ctrl+L)</source>
      <translation>Tout masquer jusqu'à la nouvelle saisie de votre mot de passe (Ctrl+L)</translation>
    </message>
    <message>
      <source>Station {code} · {room}</source>
      <translation>Poste {code} · {room}</translation>
    </message>
    <message>
      <source>Verifying the ledger…</source>
      <translation>Vérification du registre…</translation>
    </message>
    <message>
      <source>Verifying {n} ledger entries…</source>
      <translation>Vérification de {n} entrées du registre…</translation>
    </message>
    <message>
      <source>The daily ledger checkpoint could not be signed: {reason}</source>
      <translation>Le point de contrôle quotidien du registre n'a pas pu être signé : {reason}</translation>
    </message>
    <message>
      <source>Ledger last verified {when}: intact, {n} entries</source>
      <translation>Registre vérifié le {when} : intact, {n} entrées</translation>
    </message>
    <message>
      <source>Ledger NOT intact at the last verification ({when}): see Administration</source>
      <translation>Registre NON intact lors de la dernière vérification ({when}) : voir Administration</translation>
    </message>
    <message>
      <source>Ledger not verified since you signed in</source>
      <translation>Registre non vérifié depuis votre connexion</translation>
    </message>
    <message>
      <source>Ledger verified {when}: intact, {n} entries</source>
      <translation>Registre vérifié le {when} : intact, {n} entrées</translation>
    </message>
    <message>
      <source>Ledger NOT intact: see Administration</source>
      <translation>Registre NON intact : voir Administration</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <source>Hand over</source>
      <translation>Remise</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Stockage</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratoire</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>Sortie définitive</translation>
    </message>
    <message>
      <source>Inventory audit</source>
      <translation>Inventaire</translation>
    </message>
    <message>
      <source>Barcode scanner</source>
      <translation>Lecteur de codes</translation>
    </message>
    <message>
      <source>New seizure</source>
      <translation>Nouvelle saisie</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Affaires</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>Emplacements</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <source>Station settings</source>
      <translation>Paramètres du poste</translation>
    </message>
    <message>
      <source>Send a package</source>
      <translation>Envoyer un colis</translation>
    </message>
    <message>
      <source>Receive a package</source>
      <translation>Recevoir un colis</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <source>Open a new case</source>
      <translation>Ouvrir une nouvelle affaire</translation>
    </message>
  </context>
  <context>
    <name>NewOfficerDialog</name>
    <message>
      <source>e.g. kmensah</source>
      <translation>p. ex. kmensah</translation>
    </message>
    <message>
      <source>e.g. B-0042</source>
      <translation>p. ex. B-0042</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nom d'utilisateur</translation>
    </message>
    <message>
      <source>Lower-case letters, digits, '.', '_' or '-'; 2 to 32 characters.</source>
      <translation>Lettres minuscules, chiffres, « . », « _ » ou « - » ; 2 à 32 caractères.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <source>Badge number</source>
      <translation>Numéro de matricule</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Facultatif</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rôles</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>Répéter le mot de passe</translation>
    </message>
  </context>
  <context>
    <name>Nouns</name>
    <message>
      <source>attachment</source>
      <translation>pièce jointe</translation>
    </message>
    <message>
      <source>item</source>
      <translation>pièce</translation>
    </message>
    <message>
      <source>case</source>
      <translation>affaire</translation>
    </message>
    <message>
      <source>location</source>
      <translation>emplacement</translation>
    </message>
    <message>
      <source>discrepancy</source>
      <translation>écart</translation>
    </message>
    <message>
      <source>audit</source>
      <translation>inventaire</translation>
    </message>
    <message>
      <source>seizure</source>
      <translation>saisie</translation>
    </message>
    <message>
      <source>officer</source>
      <translation>agent</translation>
    </message>
    <message>
      <source>person</source>
      <translation>personne</translation>
    </message>
    <message>
      <source>items of case</source>
      <translation>pièces de l'affaire</translation>
    </message>
    <message>
      <source>trusted key</source>
      <translation>clé de confiance</translation>
    </message>
  </context>
  <context>
    <name>OffenceType</name>
    <message>
      <source>Drug trafficking</source>
      <translation>Trafic de stupéfiants</translation>
    </message>
    <message>
      <source>Arms trafficking</source>
      <translation>Trafic d'armes</translation>
    </message>
    <message>
      <source>Human trafficking</source>
      <translation>Traite des êtres humains</translation>
    </message>
    <message>
      <source>Smuggling of goods</source>
      <translation>Contrebande de marchandises</translation>
    </message>
    <message>
      <source>Illegal exploitation of natural resources</source>
      <translation>Exploitation illégale de ressources naturelles</translation>
    </message>
    <message>
      <source>Other offence</source>
      <translation>Autre infraction</translation>
    </message>
  </context>
  <context>
    <name>OfficersPanel</name>
    <message>
      <source>New officer…</source>
      <translation>Nouvel agent…</translation>
    </message>
    <message>
      <source>Edit roles…</source>
      <translation>Modifier les rôles…</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>Désactiver</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Débloquer</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
      <source>Print badge card…</source>
      <translation>Imprimer la carte badge…</translation>
    </message>
    <message>
      <source>Only administrators see the list of officers.</source>
      <translation>Seuls les administrateurs voient la liste des agents.</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>Réactiver</translation>
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
      <source>To change your own password use "Change my password…" at the top of the window.</source>
      <translation>Pour changer votre propre mot de passe, utilisez « Changer mon mot de passe… » en haut de la fenêtre.</translation>
    </message>
    <message>
      <source>Only a locked account can be unlocked.</source>
      <translation>Seul un compte bloqué peut être débloqué.</translation>
    </message>
    <message>
      <source>Add a new officer.</source>
      <translation>Ajouter un nouvel agent.</translation>
    </message>
    <message>
      <source>Officer {officer} added. Badge number {badge}; badge card code {code}.</source>
      <translation>Agent {officer} ajouté. Numéro de matricule {badge} ; code de la carte badge {code}.</translation>
    </message>
    <message>
      <source>Change the roles of {officer}.</source>
      <translation>Modifier les rôles de {officer}.</translation>
    </message>
    <message>
      <source>Roles of {officer}: {roles}.</source>
      <translation>Rôles de {officer} : {roles}.</translation>
    </message>
    <message>
      <source>Reset the password of {officer}.</source>
      <translation>Réinitialiser le mot de passe de {officer}.</translation>
    </message>
    <message>
      <source>New password set for {officer}; a new signing key was issued and the old one revoked.</source>
      <translation>Nouveau mot de passe défini pour {officer} ; une nouvelle clé de signature a été émise et l'ancienne révoquée.</translation>
    </message>
    <message>
      <source>Enable the account of {officer}.</source>
      <translation>Réactiver le compte de {officer}.</translation>
    </message>
    <message>
      <source>Disable the account of {officer}: they can no longer sign in.</source>
      <translation>Désactiver le compte de {officer} : il ne pourra plus se connecter.</translation>
    </message>
    <message>
      <source>{officer} can sign in again.</source>
      <translation>{officer} peut de nouveau se connecter.</translation>
    </message>
    <message>
      <source>{officer} is disabled and can no longer sign in.</source>
      <translation>{officer} est désactivé et ne peut plus se connecter.</translation>
    </message>
    <message>
      <source>Unlock the account of {officer}.</source>
      <translation>Débloquer le compte de {officer}.</translation>
    </message>
    <message>
      <source>{officer} is unlocked and can sign in again.</source>
      <translation>{officer} est débloqué et peut de nouveau se connecter.</translation>
    </message>
    <message>
      <source>Print a badge card for {officer}.</source>
      <translation>Imprimer une carte badge pour {officer}.</translation>
    </message>
    <message>
      <source>Badge card of {officer}</source>
      <translation>Carte badge de {officer}</translation>
    </message>
    <message>
      <source>Badge card code {code}: scanning it identifies {officer} at a handover.</source>
      <translation>Code de carte badge {code} : le scanner identifie {officer} lors d'une remise.</translation>
    </message>
    <message>
      <source>Badge card of {officer} saved to {path}.</source>
      <translation>Carte badge de {officer} enregistrée dans {path}.</translation>
    </message>
    <message>
      <source>Badge card of {officer} printed ({where}).</source>
      <translation>Carte badge de {officer} imprimée ({where}).</translation>
    </message>
    <message>
      <source>The badge card could not be saved to {path}: {reason}</source>
      <translation>La carte badge n'a pas pu être enregistrée dans {path} : {reason}</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <source>Please wait</source>
      <translation>Veuillez patienter</translation>
    </message>
  </context>
  <context>
    <name>Passwords</name>
    <message>
      <source>The password is too short: use at least {min} characters (this one has {count}).</source>
      <translation>Le mot de passe est trop court : utilisez au moins {min} caractères (celui-ci en compte {count}).</translation>
    </message>
    <message>
      <source>The password is too long: use at most {max} characters (this one has {count}).</source>
      <translation>Le mot de passe est trop long : utilisez au plus {max} caractères (celui-ci en compte {count}).</translation>
    </message>
    <message>
      <source>This password is on a list of commonly used passwords that attackers try first. Choose another one.</source>
      <translation>Ce mot de passe figure sur une liste de mots de passe courants que les attaquants essaient en premier. Choisissez-en un autre.</translation>
    </message>
    <message>
      <source>The password cannot be the same as the user name.</source>
      <translation>Le mot de passe ne peut pas être identique au nom d'utilisateur.</translation>
    </message>
    <message>
      <source>The password contains an invisible control character that cannot be typed reliably.</source>
      <translation>Le mot de passe contient un caractère de contrôle invisible qui ne peut pas être tapé de façon fiable.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>◀ Previous</source>
      <translation>◀ Précédente</translation>
    </message>
    <message>
      <source>Previous page (Page Up)</source>
      <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
      <source>of {n}</source>
      <translation>sur {n}</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Suivante ▶</translation>
    </message>
    <message>
      <source>Next page (Page Down)</source>
      <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+−)</source>
      <translation>Zoom arrière (Ctrl+−)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Ajuster à la largeur</translation>
    </message>
    <message>
      <source>Whole page</source>
      <translation>Page entière</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Imprimer…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Largeur</translation>
    </message>
    <message>
      <source>Print {title}</source>
      <translation>Imprimer {title}</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>PdfView</name>
    <message>
      <source>The document could not be shown: it is not a readable PDF ({reason}).</source>
      <translation>Le document ne peut pas être affiché : ce n'est pas un PDF lisible ({reason}).</translation>
    </message>
    <message>
      <source>The disk is full: {name} was not saved. Free some space or choose another drive. Nothing was written.</source>
      <translation>Le disque est plein : {name} n'a pas été enregistré. Libérez de l'espace ou choisissez un autre lecteur. Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>You may not write to the folder {folder}, so {name} was not saved. Choose another folder (your Documents folder or a USB drive). Nothing was written.</source>
      <translation>Vous n'avez pas le droit d'écrire dans le dossier {folder}, donc {name} n'a pas été enregistré. Choisissez un autre dossier (votre dossier Documents ou une clé USB). Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist any more (was a USB drive removed?), so {name} was not saved.</source>
      <translation>Le dossier {folder} n'existe plus (une clé USB a-t-elle été retirée ?), donc {name} n'a pas été enregistré.</translation>
    </message>
    <message>
      <source>{name} could not be saved: {reason}. Nothing was written.</source>
      <translation>{name} n'a pas pu être enregistré : {reason}. Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>The printer {printer} could not be started, so nothing was printed. Check that it is switched on and connected, or choose another printer.</source>
      <translation>L'imprimante {printer} n'a pas pu être démarrée, donc rien n'a été imprimé. Vérifiez qu'elle est allumée et connectée, ou choisissez une autre imprimante.</translation>
    </message>
    <message>
      <source>Printing on {printer} failed at page {page} of {pages}. Check the printer (paper, labels, cover) and print again.</source>
      <translation>L'impression sur {printer} a échoué à la page {page} sur {pages}. Vérifiez l'imprimante (papier, étiquettes, capot) et relancez l'impression.</translation>
    </message>
    <message>
      <source>default printer</source>
      <translation>imprimante par défaut</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>Laboratory analyst</source>
      <translation>Analyste de laboratoire</translation>
    </message>
    <message>
      <source>Court clerk</source>
      <translation>Greffier</translation>
    </message>
    <message>
      <source>Prosecutor's office</source>
      <translation>Parquet</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Propriétaire</translation>
    </message>
    <message>
      <source>Courier</source>
      <translation>Convoyeur</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Choose what this person is (laboratory analyst, court clerk, owner, courier, other).</source>
      <translation>Choisissez la qualité de cette personne (analyste de laboratoire, greffier, propriétaire, convoyeur, autre).</translation>
    </message>
    <message>
      <source>There is no outside person {ref}: register them first.</source>
      <translation>Il n'existe pas de personne extérieure {ref} : enregistrez-la d'abord.</translation>
    </message>
    <message>
      <source>Give the number of the identity document you saw (staff card, passport, …).</source>
      <translation>Indiquez le numéro de la pièce d'identité que vous avez vue (carte professionnelle, passeport, …).</translation>
    </message>
    <message>
      <source>Register a person outside the station</source>
      <translation>Enregistrer une personne extérieure au poste</translation>
    </message>
    <message>
      <source>e.g. staff card, passport</source>
      <translation>p. ex. carte professionnelle, passeport</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <source>Is a</source>
      <translation>Qualité</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Pièce d'identité</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Numéro du document</translation>
    </message>
    <message>
      <source>Clear signature</source>
      <translation>Effacer la signature</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>Nouvelle personne…</translation>
    </message>
    <message>
      <source>(not named)</source>
      <translation>(non nommée)</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>{n} done</source>
      <translation>{n} terminé(s)</translation>
    </message>
  </context>
  <context>
    <name>ReauthDialog</name>
    <message>
      <source>Confirm with your password</source>
      <translation>Confirmer avec votre mot de passe</translation>
    </message>
    <message>
      <source>This is a sensitive action. Type your own password again ({name}, signed in as {user}).</source>
      <translation>Cette action est sensible. Saisissez à nouveau votre propre mot de passe ({name}, connecté en tant que {user}).</translation>
    </message>
    <message>
      <source>Your password</source>
      <translation>Votre mot de passe</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>Confirmer</translation>
    </message>
    <message>
      <source>Type your password.</source>
      <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <source>Wrong password. Type it again, or Cancel.</source>
      <translation>Mot de passe erroné. Saisissez-le à nouveau, ou Annuler.</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Page {page} of {total}</source>
      <translation>Page {page} sur {total}</translation>
    </message>
    <message>
      <source>Not sealed</source>
      <translation>Sans scellé</translation>
    </message>
    <message>
      <source>&lt;b&gt;Corrected by entry #{seq}&lt;/b&gt; ({at}): {field}: «{old}» → «{new}». Reason: {reason}. Requested by {requested_by}, approved by {approved_by}.</source>
      <translation>&lt;b&gt;Corrigé par l'entrée n° {seq}&lt;/b&gt; ({at}) : {field} : « {old} » → « {new} ». Motif : {reason}. Demandé par {requested_by}, approuvé par {approved_by}.</translation>
    </message>
    <message>
      <source>I certify that this report reproduces, for each item listed, every entry of the evidence ledger concerning it up to the date of this report: who held it, where it was stored, and each time it left the evidence room (to a laboratory, to court or to another agency) and came back, as recorded above. The ledger entries are signed by the officers named; the attached proof lets anyone check them (see "How to check this report").</source>
      <translation>Je certifie que le présent rapport reproduit, pour chaque pièce énumérée, toutes les entrées du registre des scellés la concernant jusqu'à la date du rapport : qui l'a détenue, où elle a été conservée, et chaque fois qu'elle a quitté la salle des scellés (pour un laboratoire, le tribunal ou un autre service) et y est revenue, comme indiqué ci-dessus. Les entrées du registre sont signées par les agents nommés ; la preuve jointe permet à chacun de les vérifier (voir « Comment vérifier ce rapport »).</translation>
    </message>
    <message>
      <source>Every event above is an entry of the station's append-only evidence ledger. Each entry's hash is proven to be included in the signed checkpoint below, and the file custody-proof.json attached to this PDF contains the entries, their signatures and the inclusion proofs. Anyone can check them with: custody-verify REPORT.pdf --trust "&lt;station verifier key&gt;". The PDF itself is digitally signed; any change to it invalidates the signature.</source>
      <translation>Chaque événement ci-dessus est une entrée du registre des scellés du poste, auquel on ne peut qu'ajouter. L'inclusion de l'empreinte de chaque entrée dans le point de contrôle signé ci-dessous est prouvée, et le fichier custody-proof.json joint à ce PDF contient les entrées, leurs signatures et les preuves d'inclusion. Chacun peut les vérifier avec : custody-verify REPORT.pdf --trust "&lt;clé de vérification du poste&gt;". Le PDF lui-même est signé numériquement ; toute modification invalide la signature.</translation>
    </message>
    <message>
      <source>The file custody-proof.json attached to this PDF holds the signed ledger entries this report states. Checking them needs only this PDF and the station's verifier key, published by the agency:</source>
      <translation>Le fichier custody-proof.json joint à ce PDF contient les entrées signées du registre que ce rapport énonce. Pour les vérifier, il suffit de ce PDF et de la clé de vérification du poste, publiée par le service :</translation>
    </message>
    <message>
      <source>Without installing anything: open verify.html (the verifier page the agency provides) in a web browser, drop this PDF on it, and paste the key.</source>
      <translation>Sans rien installer : ouvrez verify.html (la page de vérification fournie par le service) dans un navigateur web, déposez-y ce PDF et collez la clé.</translation>
    </message>
    <message>
      <source>Item id</source>
      <translation>Numéro de pièce</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Entry hash (SHA-256)</source>
      <translation>Empreinte de l'entrée (SHA-256)</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Affaire</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <source>Generated</source>
      <translation>Établi le</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Salle des scellés</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Numéro d'affaire</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>Infraction</translation>
    </message>
    <message>
      <source>Agency reference</source>
      <translation>Référence du service</translation>
    </message>
    <message>
      <source>Prosecutor reference</source>
      <translation>Référence du parquet</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Référence du tribunal</translation>
    </message>
    <message>
      <source>Seizure document</source>
      <translation>Procès-verbal de saisie</translation>
    </message>
    <message>
      <source>Seized on</source>
      <translation>Saisi le</translation>
    </message>
    <message>
      <source>Place of seizure</source>
      <translation>Lieu de la saisie</translation>
    </message>
    <message>
      <source>Seizing officer</source>
      <translation>Agent saisissant</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>Témoins</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>Fondement juridique</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>Remis par</translation>
    </message>
    <message>
      <source>Case and seizure</source>
      <translation>Affaire et saisie</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <source>Item {number} of {total} · {item_id}</source>
      <translation>Pièce {number} sur {total} · {item_id}</translation>
    </message>
    <message>
      <source>Chain of custody</source>
      <translation>Chaîne de possession</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>Sort de la pièce</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>Autorité</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>Numéro du rapport</translation>
    </message>
    <message>
      <source>Checkpoint tree size</source>
      <translation>Taille de l'arbre au point de contrôle</translation>
    </message>
    <message>
      <source>Root hash</source>
      <translation>Empreinte racine</translation>
    </message>
    <message>
      <source>Station key</source>
      <translation>Clé du poste</translation>
    </message>
    <message>
      <source>Station key fingerprint</source>
      <translation>Empreinte de la clé du poste</translation>
    </message>
    <message>
      <source>Station verifier key</source>
      <translation>Clé de vérification du poste</translation>
    </message>
    <message>
      <source>PDF-signing certificate (SHA-256)</source>
      <translation>Certificat de signature PDF (SHA-256)</translation>
    </message>
    <message>
      <source>Signed checkpoint</source>
      <translation>Point de contrôle signé</translation>
    </message>
    <message>
      <source>Integrity (technical details)</source>
      <translation>Intégrité (détails techniques)</translation>
    </message>
    <message>
      <source>Entry hashes proven against the checkpoint</source>
      <translation>Empreintes des entrées prouvées par rapport au point de contrôle</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>Scellé</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Corrections</translation>
    </message>
    <message>
      <source>No disposition recorded: the item is still held.</source>
      <translation>Aucun sort enregistré : la pièce est toujours conservée.</translation>
    </message>
    <message>
      <source>Date/time</source>
      <translation>Date/heure</translation>
    </message>
    <message>
      <source>Released by</source>
      <translation>Remis par</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>Reçu par</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <source>Seal state</source>
      <translation>État du scellé</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Corrects entry #{seq}</source>
      <translation>Corrige l'entrée n° {seq}</translation>
    </message>
    <message>
      <source>Corrects</source>
      <translation>Corrige</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Recorded value</source>
      <translation>Valeur enregistrée</translation>
    </message>
    <message>
      <source>Corrected value</source>
      <translation>Valeur corrigée</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>Demandé par</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Approuvé par</translation>
    </message>
    <message>
      <source>This PDF is signed. In Adobe Reader, Okular or any PDF reader, the signature panel must say the document was not changed since it was signed. The signing certificate's SHA-256 fingerprint must be {fp} (the station's certificate, which the ledger binds to the station key).</source>
      <translation>Ce PDF est signé. Dans Adobe Reader, Okular ou tout lecteur PDF, le panneau des signatures doit indiquer que le document n'a pas été modifié depuis sa signature. L'empreinte SHA-256 du certificat de signature doit être {fp} (le certificat du poste, que le registre lie à la clé du poste).</translation>
    </message>
    <message>
      <source>With Python: pip install custody, then: custody-verify REPORT.pdf --trust "{key}". VERIFIED means every event above is proven; FAILED names what was changed.</source>
      <translation>Avec Python : pip install custody, puis : custody-verify REPORT.pdf --trust "{key}". VERIFIED signifie que chaque événement ci-dessus est prouvé ; FAILED indique ce qui a été modifié.</translation>
    </message>
    <message>
      <source>by</source>
      <translation>par</translation>
    </message>
    <message>
      <source>Seal changes</source>
      <translation>Changements de scellé</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>Détenue par</translation>
    </message>
    <message>
      <source>Stored at</source>
      <translation>Conservée à</translation>
    </message>
    <message>
      <source>Latest weights</source>
      <translation>Derniers poids</translation>
    </message>
    <message>
      <source>Number in its seizure</source>
      <translation>Numéro dans sa saisie</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <source>(photo could not be read)</source>
      <translation>(photo illisible)</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Témoin</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Déclaration</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Evidence custodian</source>
      <translation>Gardien des scellés</translation>
    </message>
    <message>
      <source>Received by (prosecutor's office)</source>
      <translation>Reçu par (parquet)</translation>
    </message>
    <message>
      <source>Certification</source>
      <translation>Certification</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>Sous scellé</translation>
    </message>
    <message>
      <source>How to check this report</source>
      <translation>Comment vérifier ce rapport</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Missing (expected, not found)</source>
      <translation>Manquantes (attendues, non trouvées)</translation>
    </message>
    <message>
      <source>Unexpected (found, not expected)</source>
      <translation>Inattendues (trouvées, non attendues)</translation>
    </message>
    <message>
      <source>Misplaced (found in the wrong place)</source>
      <translation>Mal rangées (trouvées au mauvais endroit)</translation>
    </message>
    <message>
      <source>We certify that the items listed above were released to the person named above, who proved their identity with the document given, on the date and at the place given above.</source>
      <translation>Nous certifions que les pièces énumérées ci-dessus ont été restituées à la personne nommée ci-dessus, qui a justifié de son identité par le document indiqué, à la date et au lieu indiqués ci-dessus.</translation>
    </message>
    <message>
      <source>We certify that the items listed above were disposed of as stated, in our presence, on the date and at the place given above.</source>
      <translation>Nous certifions que les pièces énumérées ci-dessus ont fait l'objet de la sortie définitive indiquée, en notre présence, à la date et au lieu indiqués ci-dessus.</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Périmètre</translation>
    </message>
    <message>
      <source>Auditors</source>
      <translation>Auditeurs</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Commencé le</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Terminé le</translation>
    </message>
    <message>
      <source>Expected items</source>
      <translation>Pièces attendues</translation>
    </message>
    <message>
      <source>Scanned items</source>
      <translation>Pièces scannées</translation>
    </message>
    <message>
      <source>Discrepancies</source>
      <translation>Écarts</translation>
    </message>
    <message>
      <source>Expected at</source>
      <translation>Attendue à</translation>
    </message>
    <message>
      <source>Found at</source>
      <translation>Trouvée à</translation>
    </message>
    <message>
      <source>Authorisation</source>
      <translation>Autorisation</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>Référence de la décision</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <source>Examinations requested</source>
      <translation>Examens demandés</translation>
    </message>
    <message>
      <source>Location / holder</source>
      <translation>Emplacement / détenteur</translation>
    </message>
    <message>
      <source>Last event</source>
      <translation>Dernier événement</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Aucun.</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>Autorisée par</translation>
    </message>
    <message>
      <source>Authorised on</source>
      <translation>Autorisée le</translation>
    </message>
    <message>
      <source>Release to the owner</source>
      <translation>Restitution au propriétaire</translation>
    </message>
    <message>
      <source>Disposal carried out</source>
      <translation>Sortie définitive exécutée</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Released to</source>
      <translation>Restituée à</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Pièce d'identité</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <translation>Exécutée par</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Observations</translation>
    </message>
    <message>
      <source>Ledger entries</source>
      <translation>Entrées du registre</translation>
    </message>
    <message>
      <source>Performed by</source>
      <translation>Effectuée par</translation>
    </message>
    <message>
      <source>Submission</source>
      <translation>Envoi</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratoire</translation>
    </message>
    <message>
      <source>Laboratory number</source>
      <translation>Numéro de laboratoire</translation>
    </message>
    <message>
      <source>Submitted by</source>
      <translation>Envoyée par</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>Envoyée le</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>Transport</translation>
    </message>
    <message>
      <source>Hazards</source>
      <translation>Dangers</translation>
    </message>
    <message>
      <source>Case summary</source>
      <translation>Résumé de l'affaire</translation>
    </message>
    <message>
      <source>Weights on record</source>
      <translation>Poids enregistrés</translation>
    </message>
    <message>
      <source>Items: {n}</source>
      <translation>Pièces : {n}</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <source>Entry hash</source>
      <translation>Empreinte de l'entrée</translation>
    </message>
    <message>
      <source>Gross weight</source>
      <translation>Poids brut</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Poids net</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Enregistré par</translation>
    </message>
    <message>
      <source>Signature and date</source>
      <translation>Signature et date</translation>
    </message>
    <message>
      <source>Received by the laboratory</source>
      <translation>Reçu par le laboratoire</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>Auditeur</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Superviseur</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>The station's PDF-signing certificate (SHA-256 {found}) is not the one the ledger registers for station {code} ({expected}). Nothing was signed. Restore the station's certificate files from its backup, or import the agency certificate again.</source>
      <translation>Le certificat de signature PDF du poste (SHA-256 {found}) n'est pas celui que le registre enregistre pour le poste {code} ({expected}). Rien n'a été signé. Restaurez les fichiers de certificat du poste à partir de sa sauvegarde, ou importez à nouveau le certificat du service.</translation>
    </message>
    <message>
      <source>The certificate could not be used: {reason}</source>
      <translation>Le certificat n'a pas pu être utilisé : {reason}</translation>
    </message>
    <message>
      <source>Case inventory</source>
      <translation>Inventaire de l'affaire</translation>
    </message>
    <message>
      <source>Certificate of disposal</source>
      <translation>Procès-verbal de sortie définitive</translation>
    </message>
    <message>
      <source>Certificate of release to the owner</source>
      <translation>Procès-verbal de restitution au propriétaire</translation>
    </message>
    <message>
      <source>Laboratory submission form</source>
      <translation>Bordereau d'envoi au laboratoire</translation>
    </message>
    <message>
      <source>Inventory audit: discrepancies</source>
      <translation>Inventaire : écarts</translation>
    </message>
    <message>
      <source>The photo recorded at entry {seq} is not shown: the stored file does not match the SHA-256 the ledger recorded for it (it was changed or damaged after it was recorded).</source>
      <translation>La photo enregistrée à l'entrée {seq} n'est pas affichée : le fichier enregistré ne correspond pas au SHA-256 que le registre a noté pour lui (il a été modifié ou endommagé après son enregistrement).</translation>
    </message>
    <message>
      <source>The photo recorded at entry {seq} is not shown: the file is missing from the database.</source>
      <translation>La photo enregistrée à l'entrée {seq} n'est pas affichée : le fichier manque dans la base de données.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>gross</source>
      <translation>brut</translation>
    </message>
    <message>
      <source>net</source>
      <translation>net</translation>
    </message>
    <message>
      <source>{field}: expected {expected}, found {found}, difference {diff}</source>
      <translation>{field} : attendu {expected}, trouvé {found}, différence {diff}</translation>
    </message>
    <message>
      <source>New items: {ids}</source>
      <translation>Nouvelles pièces : {ids}</translation>
    </message>
    <message>
      <source>Accepts the discrepancy of entry #{seq}</source>
      <translation>Accepte l'écart de l'entrée n° {seq}</translation>
    </message>
    <message>
      <source>Lab number</source>
      <translation>Numéro de laboratoire</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Référence du tribunal</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Décision</translation>
    </message>
    <message>
      <source>Intact</source>
      <translation>Intact</translation>
    </message>
    <message>
      <source>Broken</source>
      <translation>Brisé</translation>
    </message>
    <message>
      <source>the station</source>
      <translation>le poste</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>superviseur</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>Autorisée par</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>Référence de la décision</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>Fondement juridique</translation>
    </message>
    <message>
      <source>Released to</source>
      <translation>Restituée à</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Pièce d'identité</translation>
    </message>
    <message>
      <source>Released by</source>
      <translation>Restituée par</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Observations</translation>
    </message>
    <message>
      <source>Released to the owner</source>
      <translation>Restituée au propriétaire</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <translation>Exécutée par</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>I witnessed the disposal ({method}) of this item on {date}, as recorded above, and I never held this item.</source>
      <translation>J'ai été témoin de la sortie définitive ({method}) de cette pièce le {date}, telle qu'enregistrée ci-dessus, et je n'ai jamais détenu cette pièce.</translation>
    </message>
    <message>
      <source>Signed in the ledger, entry #{seq}</source>
      <translation>Signé dans le registre, entrée n° {seq}</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>Sortie définitive</translation>
    </message>
    <message>
      <source>seal {number} broken (entry #{seq})</source>
      <translation>scellé {number} brisé (entrée n° {seq})</translation>
    </message>
    <message>
      <source>seal {number} applied (entry #{seq})</source>
      <translation>scellé {number} apposé (entrée n° {seq})</translation>
    </message>
    <message>
      <source>{label} {weight} ({what}, entry #{seq})</source>
      <translation>{label} {weight} ({what}, entrée n° {seq})</translation>
    </message>
    <message>
      <source>MISSING: not found at the inventory audit of {date} (entry #{seq})</source>
      <translation>MANQUANTE : non trouvée lors de l'inventaire du {date} (entrée n° {seq})</translation>
    </message>
    <message>
      <source>Seizure {number}: {date}, {place}</source>
      <translation>Saisie {number} : {date}, {place}</translation>
    </message>
    <message>
      <source>The ledger reference {ref} points at an entry that does not record it (seq {seq}). Nothing was recorded. An administrator should run 'custody ledger rebuild'.</source>
      <translation>La référence de registre {ref} renvoie à une entrée qui ne l'enregistre pas (seq {seq}). Rien n'a été enregistré. Un administrateur doit lancer « custody ledger rebuild ».</translation>
    </message>
    <message>
      <source>The entries this report would state do not verify: {reason}. Nothing was recorded.</source>
      <translation>Les entrées que ce rapport énoncerait ne sont pas vérifiées : {reason}. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Chain of custody report</source>
      <translation>Rapport de chaîne de possession</translation>
    </message>
    <message>
      <source>Chain of custody report (case)</source>
      <translation>Rapport de chaîne de possession (affaire)</translation>
    </message>
    <message>
      <source>Chain of custody report (transfer to another agency)</source>
      <translation>Rapport de chaîne de possession (remise à un autre service)</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <source>The court's chain of custody report of one item or of every item of a case. Each report is recorded in the ledger, signed by this station and carries the proof of its own integrity. The same box gives a case's inventory, an item's disposal certificate and its laboratory submission form, also signed by this station and recorded in the ledger.</source>
      <translation>Le rapport de chaîne de possession destiné au tribunal, pour une pièce ou pour toutes les pièces d'une affaire. Chaque rapport est enregistré dans le registre, signé par ce poste et porte la preuve de sa propre intégrité. Le même cadre donne l'inventaire d'une affaire, le procès-verbal de sortie définitive d'une pièce et son bordereau d'envoi au laboratoire, eux aussi signés par ce poste et enregistrés dans le registre.</translation>
    </message>
    <message>
      <source>Custody report</source>
      <translation>Rapport de chaîne de possession</translation>
    </message>
    <message>
      <source>Scan the item's barcode, or type an item id or a case number.</source>
      <translation>Scannez le code-barres de la pièce, ou tapez un numéro de pièce ou un numéro d'affaire.</translation>
    </message>
    <message>
      <source>Item id (UN-DIL-26-000123-7) or case number</source>
      <translation>Numéro de pièce (UN-DIL-26-000123-7) ou numéro d'affaire</translation>
    </message>
    <message>
      <source>Item report</source>
      <translation>Rapport de la pièce</translation>
    </message>
    <message>
      <source>Case report</source>
      <translation>Rapport de l'affaire</translation>
    </message>
    <message>
      <source>Other documents:</source>
      <translation>Autres documents :</translation>
    </message>
    <message>
      <source>Case inventory</source>
      <translation>Inventaire de l'affaire</translation>
    </message>
    <message>
      <source>Disposal certificate</source>
      <translation>Procès-verbal de sortie définitive</translation>
    </message>
    <message>
      <source>Lab submission form</source>
      <translation>Bordereau d'envoi au laboratoire</translation>
    </message>
    <message>
      <source>Language of the document:</source>
      <translation>Langue du document :</translation>
    </message>
    <message>
      <source>Headings, field names and the certification are written in this language; what officers typed stays as typed.</source>
      <translation>Les titres, les noms de champs et la certification sont rédigés dans cette langue ; ce que les agents ont saisi reste tel quel.</translation>
    </message>
    <message>
      <source>Last report</source>
      <translation>Dernier rapport</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>Numéro du rapport</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <source>Station verifier key</source>
      <translation>Clé de vérification du poste</translation>
    </message>
    <message>
      <source>Checkpoint the report is proven against</source>
      <translation>Point de contrôle servant de preuve au rapport</translation>
    </message>
    <message>
      <source>Give the prosecutor the PDF and the station verifier key: with them anyone can check the report without Custody, its database or the internet, using the &lt;span style="white-space: nowrap"&gt;custody-verify&lt;/span&gt; program.</source>
      <translation>Remettez au parquet le PDF et la clé de vérification du poste : avec eux, chacun peut vérifier le rapport sans Custody, sans sa base de données ni internet, avec le programme &lt;span style="white-space: nowrap"&gt;custody-verify&lt;/span&gt;.</translation>
    </message>
    <message>
      <source>Show the report again…</source>
      <translation>Afficher à nouveau le rapport…</translation>
    </message>
    <message>
      <source>Copy verifier key</source>
      <translation>Copier la clé de vérification</translation>
    </message>
    <message>
      <source>Copy checkpoint</source>
      <translation>Copier le point de contrôle</translation>
    </message>
    <message>
      <source>Scan or type the item id first.</source>
      <translation>Scannez ou tapez d'abord le numéro de la pièce.</translation>
    </message>
    <message>
      <source>Chain of custody report — {item}</source>
      <translation>Rapport de chaîne de possession — {item}</translation>
    </message>
    <message>
      <source>Producing the custody report of {item}…</source>
      <translation>Production du rapport de chaîne de possession de {item}…</translation>
    </message>
    <message>
      <source>Type the case number first.</source>
      <translation>Tapez d'abord le numéro d'affaire.</translation>
    </message>
    <message>
      <source>Chain of custody report — case {case}</source>
      <translation>Rapport de chaîne de possession — affaire {case}</translation>
    </message>
    <message>
      <source>Producing the custody report of case {case}…</source>
      <translation>Production du rapport de chaîne de possession de l'affaire {case}…</translation>
    </message>
    <message>
      <source>Producing the inventory of case {case}…</source>
      <translation>Production de l'inventaire de l'affaire {case}…</translation>
    </message>
    <message>
      <source>Case inventory — {case}</source>
      <translation>Inventaire de l'affaire — {case}</translation>
    </message>
    <message>
      <source>Producing the disposal certificate of {item}…</source>
      <translation>Production du procès-verbal de sortie définitive de {item}…</translation>
    </message>
    <message>
      <source>Disposal certificate — {item}</source>
      <translation>Procès-verbal de sortie définitive — {item}</translation>
    </message>
    <message>
      <source>Producing the laboratory submission form of {item}…</source>
      <translation>Production du bordereau d'envoi au laboratoire de {item}…</translation>
    </message>
    <message>
      <source>Laboratory submission form — {item}</source>
      <translation>Bordereau d'envoi au laboratoire — {item}</translation>
    </message>
    <message>
      <source>Signed by this station and recorded in the ledger. SHA-256 {sha}</source>
      <translation>Signé par ce poste et enregistré dans le registre. SHA-256 {sha}</translation>
    </message>
    <message>
      <source>(unknown)</source>
      <translation>(inconnu)</translation>
    </message>
    <message numerus="yes">
      <source>Report {id} · %n item(s) · signed by this station; the proof bundle is attached to the PDF.</source>
      <translation>
        <numerusform>Rapport {id} · %n pièce · signé par ce poste ; le dossier de preuve est joint au PDF.</numerusform>
        <numerusform>Rapport {id} · %n pièces · signé par ce poste ; le dossier de preuve est joint au PDF.</numerusform>
      </translation>
    </message>
    <message>
      <source>Verifier key copied.</source>
      <translation>Clé de vérification copiée.</translation>
    </message>
    <message>
      <source>Checkpoint copied.</source>
      <translation>Point de contrôle copié.</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>The officer's signing key is locked with the old password, which nobody knows any more. Custody therefore issues a NEW signing key and REVOKES the old one; entries already signed stay valid. The account is also unlocked. Give the new password to the officer in person.</source>
      <translation>La clé de signature de l'agent est verrouillée par l'ancien mot de passe, que plus personne ne connaît. Custody émet donc une NOUVELLE clé de signature et RÉVOQUE l'ancienne ; les entrées déjà signées restent valables. Le compte est aussi débloqué. Remettez le nouveau mot de passe à l'agent en personne.</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Nouveau mot de passe</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>Répéter le nouveau mot de passe</translation>
    </message>
  </context>
  <context>
    <name>Role</name>
    <message>
      <source>Officer</source>
      <translation>Agent</translation>
    </message>
    <message>
      <source>Evidence custodian</source>
      <translation>Gardien des scellés</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Superviseur</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>Auditeur</translation>
    </message>
    <message>
      <source>Prosecutor (read only)</source>
      <translation>Procureur (lecture seule)</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Administrateur</translation>
    </message>
  </context>
  <context>
    <name>Scanner</name>
    <message>
      <source>Scanned {code}: finish or close the open dialog first.</source>
      <translation>{code} scanné : terminez ou fermez d'abord la boîte de dialogue ouverte.</translation>
    </message>
    <message>
      <source>Scanned {code}, but no part of Custody opens {what} here.</source>
      <translation>{code} scanné, mais aucune partie de Custody n'ouvre de {what} ici.</translation>
    </message>
    <message>
      <source>item numbers</source>
      <translation>numéros de pièce</translation>
    </message>
    <message>
      <source>location codes</source>
      <translation>codes d'emplacement</translation>
    </message>
    <message>
      <source>badge codes</source>
      <translation>codes de badge</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>The search text is too long: at most {max} characters.</source>
      <translation>Le texte recherché est trop long : au plus {max} caractères.</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <source>Scan or type an id, a code or words…</source>
      <translation>Scannez un code ou tapez des mots…</translation>
    </message>
    <message>
      <source>Scan or type an item id, a LOC- or OFF- code, or words of a description</source>
      <translation>Scannez ou tapez un numéro de pièce, un code LOC- ou OFF-, ou des mots d'une description</translation>
    </message>
  </context>
  <context>
    <name>SeizureForm</name>
    <message>
      <source>Type or choose the case number</source>
      <translation>Tapez ou choisissez le numéro d'affaire</translation>
    </message>
    <message>
      <source>Open a new case…</source>
      <translation>Ouvrir une nouvelle affaire…</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Affaire</translation>
    </message>
    <message>
      <source>Date and time of the seizure</source>
      <translation>Date et heure de la saisie</translation>
    </message>
    <message>
      <source>Station time.</source>
      <translation>Heure du poste.</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>GPS (optional)</source>
      <translation>GPS (facultatif)</translation>
    </message>
    <message>
      <source>Latitude, longitude in decimal degrees.</source>
      <translation>Latitude, longitude en degrés décimaux.</translation>
    </message>
    <message>
      <source>Seizing officer</source>
      <translation>Agent saisissant</translation>
    </message>
    <message>
      <source>The officer's username.</source>
      <translation>Le nom d'utilisateur de l'agent.</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>Témoins</translation>
    </message>
    <message>
      <source>One name per line.</source>
      <translation>Un nom par ligne.</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>Fondement juridique</translation>
    </message>
    <message>
      <source>Warrant or order, with its number.</source>
      <translation>Mandat ou réquisition, avec son numéro.</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>Remis par</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Record seizure</source>
      <translation>Enregistrer la saisie</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Enter a whole number from {low} to {high}.</source>
      <translation>Saisissez un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
      <source>Custody does not speak the language {language}. Choose English, French, Portuguese, Spanish or Arabic.</source>
      <translation>Custody ne parle pas la langue {language}. Choisissez anglais, français, portugais, espagnol ou arabe.</translation>
    </message>
    <message>
      <source>Unknown setting.</source>
      <translation>Paramètre inconnu.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Wrong passwords before locking</source>
      <translation>Mots de passe erronés avant blocage</translation>
    </message>
    <message>
      <source>An account locks after this many wrong passwords in a row (from {low} to {high}).</source>
      <translation>Un compte se bloque après ce nombre de mots de passe erronés consécutifs (de {low} à {high}).</translation>
    </message>
    <message>
      <source>Lockout (minutes)</source>
      <translation>Blocage (minutes)</translation>
    </message>
    <message>
      <source>How long a locked account stays locked, unless an administrator unlocks it sooner (from {low} to {high} minutes).</source>
      <translation>Durée pendant laquelle un compte bloqué le reste, sauf si un administrateur le débloque plus tôt (de {low} à {high} minutes).</translation>
    </message>
    <message>
      <source>Idle lock (minutes)</source>
      <translation>Verrouillage d'inactivité (minutes)</translation>
    </message>
    <message>
      <source>The workstation hides everything behind the lock screen after this many minutes without use (from {low} to {high} minutes).</source>
      <translation>Le poste de travail masque tout derrière l'écran de verrouillage après ce nombre de minutes sans utilisation (de {low} à {high} minutes).</translation>
    </message>
    <message>
      <source>Clock jump refused (minutes)</source>
      <translation>Saut d'horloge refusé (minutes)</translation>
    </message>
    <message>
      <source>Nothing is recorded when this computer's clock moves forward by more than this while Custody runs (from {low} to {high} minutes).</source>
      <translation>Rien n'est enregistré quand l'horloge de cet ordinateur avance de plus que cela pendant l'exécution de Custody (de {low} à {high} minutes).</translation>
    </message>
    <message>
      <source>Station settings</source>
      <translation>Paramètres du poste</translation>
    </message>
    <message>
      <source>These settings apply to every workstation of this station. Each change is recorded in the ledger with your name.</source>
      <translation>Ces paramètres s'appliquent à tous les postes de travail de ce poste. Chaque modification est enregistrée dans le registre avec votre nom.</translation>
    </message>
    <message>
      <source>Sign-in and locking</source>
      <translation>Connexion et verrouillage</translation>
    </message>
    <message>
      <source>Language of the station</source>
      <translation>Langue du poste</translation>
    </message>
    <message>
      <source>The sign-in screen speaks it, and reports and labels are written in it unless another language is chosen for a document. Each officer can choose their own at sign-in.</source>
      <translation>L'écran de connexion l'utilise, et les rapports et étiquettes sont rédigés dans cette langue, sauf si une autre est choisie pour un document. Chaque agent peut choisir la sienne à la connexion.</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
      <source>Undo my changes</source>
      <translation>Annuler mes modifications</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Default label template</source>
      <translation>Modèle d'étiquette par défaut</translation>
    </message>
    <message>
      <source>Use this template</source>
      <translation>Utiliser ce modèle</translation>
    </message>
    <message>
      <source>Change the station's default label template</source>
      <translation>Changer le modèle d'étiquette par défaut du poste</translation>
    </message>
    <message>
      <source>Labels now print on {name} by default.</source>
      <translation>Les étiquettes s'impriment désormais par défaut sur {name}.</translation>
    </message>
    <message>
      <source>Nothing to save: the settings are as stored.</source>
      <translation>Rien à enregistrer : les paramètres sont tels qu'enregistrés.</translation>
    </message>
    <message>
      <source>Change the station settings.</source>
      <translation>Modifier les paramètres du poste.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <source>Saved. The idle lock now starts after {n} minutes without use.</source>
      <translation>Enregistré. Le verrouillage d'inactivité se déclenche désormais après {n} minutes sans utilisation.</translation>
    </message>
  </context>
  <context>
    <name>Setup</name>
    <message>
      <source>A station code is 1 to 16 characters: capital letters A-Z, digits and '-'.</source>
      <translation>Un code de poste compte 1 à 16 caractères : majuscules A-Z, chiffres et « - ».</translation>
    </message>
    <message>
      <source>A log origin looks like custody.example.org/DIL: lower-case host name, then optional /parts.</source>
      <translation>Une origine de journal ressemble à custody.example.org/DIL : nom d'hôte en minuscules, puis des /parties facultatives.</translation>
    </message>
    <message>
      <source>Unknown time zone {tz}. Use a name such as Africa/Kinshasa or UTC.</source>
      <translation>Fuseau horaire {tz} inconnu. Utilisez un nom comme Africa/Kinshasa ou UTC.</translation>
    </message>
    <message>
      <source>This database is already set up (agency {agency}). Nothing was changed.</source>
      <translation>Cette base de données est déjà configurée (service {agency}). Rien n'a été modifié.</translation>
    </message>
  </context>
  <context>
    <name>SignaturePad</name>
    <message>
      <source>Sign here with the mouse or a pen</source>
      <translation>Signez ici avec la souris ou un stylet</translation>
    </message>
    <message>
      <source>Sign above the line</source>
      <translation>Signez au-dessus de la ligne</translation>
    </message>
  </context>
  <context>
    <name>SplitDialog</name>
    <message>
      <source>Take a sample of {item}</source>
      <translation>Prélever un échantillon de {item}</translation>
    </message>
    <message>
      <source>Split {item}</source>
      <translation>Diviser {item}</translation>
    </message>
    <message>
      <source>Description of the part *</source>
      <translation>Description de la partie *</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>Sous scellé</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Numéro de scellé</translation>
    </message>
    <message>
      <source>Add a part</source>
      <translation>Ajouter une partie</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>For example: sample for the laboratory, request 17/2026.</source>
      <translation>Par exemple : échantillon pour le laboratoire, réquisition 17/2026.</translation>
    </message>
    <message>
      <source>Password of {holder}</source>
      <translation>Mot de passe de {holder}</translation>
    </message>
    <message>
      <source>{holder} holds this item: they sign too by typing their password here.</source>
      <translation>{holder} détient cette pièce : il signe aussi en saisissant ici son mot de passe.</translation>
    </message>
    <message>
      <source>Take sample</source>
      <translation>Prélever l'échantillon</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>Diviser</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>Ledger and audits</source>
      <translation>Registre et inventaires</translation>
    </message>
    <message>
      <source>Last verification of the ledger</source>
      <translation>Dernière vérification du registre</translation>
    </message>
    <message>
      <source>Last checkpoint given out in a report</source>
      <translation>Dernier point de contrôle remis dans un rapport</translation>
    </message>
    <message>
      <source>Last inventory audit</source>
      <translation>Dernier inventaire</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit, not yet resolved</source>
      <translation>Manquantes ou mal rangées lors d'un inventaire, pas encore régularisées</translation>
    </message>
    <message>
      <source>Items held by officers whose account is disabled</source>
      <translation>Pièces détenues par des agents dont le compte est désactivé</translation>
    </message>
    <message>
      <source>My items</source>
      <translation>Mes pièces</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <source>Evidence room backlog</source>
      <translation>Travail en attente de la salle des scellés</translation>
    </message>
    <message>
      <source>Overdue at the laboratory</source>
      <translation>En retard au laboratoire</translation>
    </message>
    <message>
      <source>Overdue at court</source>
      <translation>En retard au tribunal</translation>
    </message>
    <message>
      <source>Eligible for return or destruction (case decided)</source>
      <translation>À restituer ou détruire (affaire jugée)</translation>
    </message>
    <message>
      <source>Disposal authorised, not yet carried out</source>
      <translation>Sortie définitive autorisée, pas encore exécutée</translation>
    </message>
    <message>
      <source>Weight discrepancies to acknowledge</source>
      <translation>Écarts de poids à accepter</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit</source>
      <translation>Manquantes ou mal rangées lors d'un inventaire</translation>
    </message>
    <message>
      <source>With an officer for more than {n} days</source>
      <translation>Chez un agent depuis plus de {n} jours</translation>
    </message>
    <message>
      <source>Held or stored with no label printed</source>
      <translation>Détenues ou en magasin sans étiquette imprimée</translation>
    </message>
    <message>
      <source>Held by officers whose account is disabled (recover them)</source>
      <translation>Détenues par des agents dont le compte est désactivé (les récupérer)</translation>
    </message>
    <message>
      <source>Cases decided, with items to return or destroy</source>
      <translation>Affaires jugées, avec des pièces à restituer ou détruire</translation>
    </message>
    <message>
      <source>Record a case's outcome…</source>
      <translation>Enregistrer l'issue d'une affaire…</translation>
    </message>
    <message>
      <source>Authorise the disposal of the selected case's items</source>
      <translation>Autoriser la sortie définitive des pièces de l'affaire sélectionnée</translation>
    </message>
    <message>
      <source>Recover items from an absent or disabled officer…</source>
      <translation>Récupérer les pièces d'un agent absent ou désactivé…</translation>
    </message>
    <message>
      <source>Start page for: {role}</source>
      <translation>Page d'accueil pour : {role}</translation>
    </message>
    <message>
      <source>Next: check it in to storage</source>
      <translation>Ensuite : la faire entrer en magasin</translation>
    </message>
    <message>
      <source>Next: hand it over to the evidence room</source>
      <translation>Ensuite : la remettre à la salle des scellés</translation>
    </message>
    <message>
      <source>{item}: {step} · {description} ({status} since {since})</source>
      <translation>{item} : {step} · {description} ({status} depuis le {since})</translation>
    </message>
    <message>
      <source>You hold {n} item(s).</source>
      <translation>Vous détenez {n} pièce(s).</translation>
    </message>
    <message>
      <source>You hold no items.</source>
      <translation>Vous ne détenez aucune pièce.</translation>
    </message>
    <message>
      <source>{when}: intact</source>
      <translation>{when} : intact</translation>
    </message>
    <message>
      <source>{when}: FAILED</source>
      <translation>{when} : ÉCHEC</translation>
    </message>
    <message>
      <source>never on this station</source>
      <translation>jamais sur ce poste</translation>
    </message>
    <message>
      <source>{when}, {n} entries</source>
      <translation>{when}, {n} entrées</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>aucun pour l'instant</translation>
    </message>
    <message>
      <source>{when}, {location}</source>
      <translation>{when}, {location}</translation>
    </message>
    <message>
      <source>return to the owners</source>
      <translation>restitution aux propriétaires</translation>
    </message>
    <message>
      <source>destruction</source>
      <translation>destruction</translation>
    </message>
    <message>
      <source>forfeiture to the state</source>
      <translation>confiscation au profit de l'État</translation>
    </message>
    <message>
      <source>Case {case}: {outcome} ({reference}); {n} item(s) for {disposition}</source>
      <translation>Affaire {case} : {outcome} ({reference}) ; {n} pièce(s) pour {disposition}</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Custody could not open its database. The details below are also in the log file.</source>
      <translation>Custody n'a pas pu ouvrir sa base de données. Les détails ci-dessous figurent aussi dans le fichier journal.</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
  </context>
  <context>
    <name>Station</name>
    <message>
      <source>This workstation does not hold the signing key of station {code} ({path}). Nothing was saved. Restore the station's key file from its backup, or work on the workstation that was set up for this station. A new workstation on a shared database first joins it as a station of its own: custody station join (docs/DEPLOYMENT.md).</source>
      <translation>Ce poste de travail ne détient pas la clé de signature du poste {code} ({path}). Rien n'a été enregistré. Restaurez le fichier de clé du poste à partir de sa sauvegarde, ou travaillez sur le poste de travail configuré pour ce poste. Un nouveau poste de travail sur une base partagée la rejoint d'abord comme poste à part entière : custody station join (docs/DEPLOYMENT.md).</translation>
    </message>
    <message>
      <source>The station key file {path} cannot be used ({reason}). Nothing was saved. Restore the station's key file from its backup.</source>
      <translation>Le fichier de clé du poste {path} est inutilisable ({reason}). Rien n'a été enregistré. Restaurez le fichier de clé du poste à partir de sa sauvegarde.</translation>
    </message>
    <message>
      <source>The station key file {path} does not hold the key the ledger registers for station {code} (it holds key {found}, the ledger's is {expected}). Nothing was saved. Restore the right key file from the station's backup.</source>
      <translation>Le fichier de clé du poste {path} ne contient pas la clé que le registre enregistre pour le poste {code} (il contient la clé {found}, celle du registre est {expected}). Rien n'a été enregistré. Restaurez le bon fichier de clé à partir de la sauvegarde du poste.</translation>
    </message>
    <message>
      <source>The ledger registers no key for station {code}. Nothing was saved.</source>
      <translation>Le registre n'enregistre aucune clé pour le poste {code}. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>not a key file</source>
      <translation>pas un fichier de clé</translation>
    </message>
    <message>
      <source>not an Ed25519 key</source>
      <translation>pas une clé Ed25519</translation>
    </message>
    <message>
      <source>Stations join a shared PostgreSQL database. This database is an SQLite file, which belongs to one workstation: set up a PostgreSQL server (docs/DEPLOYMENT.md) and join it instead.</source>
      <translation>Les postes rejoignent une base de données PostgreSQL partagée. Cette base est un fichier SQLite, propre à un seul poste de travail : installez un serveur PostgreSQL (docs/DEPLOYMENT.md) et rejoignez-le plutôt.</translation>
    </message>
    <message>
      <source>Station {code} already exists in this database. Choose another code for this workstation. Nothing was changed.</source>
      <translation>Le poste {code} existe déjà dans cette base de données. Choisissez un autre code pour ce poste de travail. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The ledger in this database was not set up by the station whose key you gave: its first station key is {anchor}. Check the key with the agency. Nothing was changed.</source>
      <translation>Le registre de cette base n'a pas été créé par le poste dont vous avez donné la clé : sa première clé de poste est {anchor}. Vérifiez la clé auprès du service. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Give the verifier key of the database's first station (--trust), as the agency published it.</source>
      <translation>Indiquez la clé de vérification du premier poste de la base (--trust), telle que le service l'a publiée.</translation>
    </message>
    <message>
      <source>This is not a station verifier key ({reason}). Copy it exactly as the agency published it (it looks like custody.local/DIL/DIL+1a2b3c4d+AbC...).</source>
      <translation>Ce n'est pas une clé de vérification de poste ({reason}). Copiez-la exactement telle que le service l'a publiée (elle ressemble à custody.local/DIL/DIL+1a2b3c4d+AbC...).</translation>
    </message>
    <message>
      <source>Only an administrator may register a new station; {username} is not one. Nothing was changed.</source>
      <translation>Seul un administrateur peut enregistrer un nouveau poste ; {username} n'en est pas un. Rien n'a été modifié.</translation>
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <source>Station identifiers</source>
      <translation>Identifiants du poste</translation>
    </message>
    <message>
      <source>Short codes that make this station's items and ledger recognisable.</source>
      <translation>Des codes courts qui rendent reconnaissables les pièces et le registre de ce poste.</translation>
    </message>
    <message>
      <source>for example: DIL</source>
      <translation>par exemple : DIL</translation>
    </message>
    <message>
      <source>Station code</source>
      <translation>Code du poste</translation>
    </message>
    <message>
      <source>1 to 16 capital letters A-Z, digits or '-'.</source>
      <translation>1 à 16 majuscules A-Z, chiffres ou « - ».</translation>
    </message>
    <message>
      <source>Item-id prefix</source>
      <translation>Préfixe des numéros de pièce</translation>
    </message>
    <message>
      <source>Starts every item barcode, for example UN-DIL gives UN-DIL-26-000123-7.</source>
      <translation>Début de chaque code-barres de pièce ; par exemple UN-DIL donne UN-DIL-26-000123-7.</translation>
    </message>
    <message>
      <source>Ledger origin</source>
      <translation>Origine du registre</translation>
    </message>
    <message>
      <source>The name the ledger's checkpoints are signed under. Keep the suggestion unless your administrator gave you one.</source>
      <translation>Le nom sous lequel les points de contrôle du registre sont signés. Gardez la suggestion, sauf si votre administrateur vous en a donné un.</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Registered as part of {parent}: {description}</source>
      <translation>Enregistrée comme partie de {parent} : {description}</translation>
    </message>
    <message>
      <source>{field}: “{old}” → “{new}” ({reason}); approved by {approved_by}</source>
      <translation>{field} : « {old} » → « {new} » ({reason}) ; approuvé par {approved_by}</translation>
    </message>
    <message>
      <source>Split into {children}</source>
      <translation>Divisée en {children}</translation>
    </message>
    <message>
      <source>Sample taken: {children}</source>
      <translation>Échantillon prélevé : {children}</translation>
    </message>
    <message>
      <source>{filename} ({media_type}, {size} bytes)</source>
      <translation>{filename} ({media_type}, {size} octets)</translation>
    </message>
    <message>
      <source>lab number {number}</source>
      <translation>numéro de laboratoire {number}</translation>
    </message>
    <message>
      <source>received by {name} ({details})</source>
      <translation>reçue par {name} ({details})</translation>
    </message>
    <message>
      <source>received by {name}</source>
      <translation>reçue par {name}</translation>
    </message>
    <message>
      <source>released by {name} ({details})</source>
      <translation>remise par {name} ({details})</translation>
    </message>
    <message>
      <source>released by {name}</source>
      <translation>remise par {name}</translation>
    </message>
    <message>
      <source>{source} → {target} ({reason}; with {second})</source>
      <translation>{source} → {target} ({reason} ; avec {second})</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>Entry</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Date et heure</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>Signé par</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>Cannot read {path}: {reason}. Nothing was recorded.</source>
      <translation>Impossible de lire {path} : {reason}. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>The transfer package {sha} that brought item {item} is not stored at this station. Nothing was recorded.</source>
      <translation>Le colis de transfert {sha} qui a apporté la pièce {item} n'est pas conservé sur ce poste. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>The earlier history of the items, as proven by the stations they came from, does not verify: {reason}. Nothing was recorded.</source>
      <translation>L'historique antérieur des pièces, tel que prouvé par les postes d'où elles viennent, n'est pas vérifié : {reason}. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>The package was refused: {reason}. Nothing was recorded.</source>
      <translation>Le colis a été refusé : {reason}. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Item {item} is already in this station's custody ({status}); a package cannot bring it in again. Nothing was recorded.</source>
      <translation>La pièce {item} est déjà sous la garde de ce poste ({status}) ; un colis ne peut pas l'y faire entrer à nouveau. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>This package was made by this station itself; it is received by the other station.</source>
      <translation>Ce colis a été créé par ce poste lui-même ; c'est l'autre poste qui le reçoit.</translation>
    </message>
    <message>
      <source>Name the receiving agency or station.</source>
      <translation>Indiquez le service ou le poste destinataire.</translation>
    </message>
    <message>
      <source>The photo or document {sha} of item {item} is named in the ledger but its bytes are not stored at this station, so the package would not prove it. Nothing was recorded.</source>
      <translation>La photo ou le document {sha} de la pièce {item} figure dans le registre, mais ses octets ne sont pas conservés sur ce poste : le colis ne le prouverait donc pas. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>The package did not pass its own check ({reason}). Nothing was recorded.</source>
      <translation>Le colis n'a pas passé son propre contrôle ({reason}). Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>The package could not be written to {path} ({reason}). Nothing was recorded.</source>
      <translation>Le colis n'a pas pu être écrit dans {path} ({reason}). Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>This is not a station verifier key ({reason}). A verifier key looks like custody.local/LAB/LAB+1a2b3c4d+AQ…= and is printed on the other station's reports.</source>
      <translation>Ce n'est pas une clé de vérification de poste ({reason}). Une clé de vérification ressemble à custody.local/LAB/LAB+1a2b3c4d+AQ…= et figure sur les rapports de l'autre poste.</translation>
    </message>
    <message>
      <source>This key is already trusted (added by {by} on {at}). Nothing was recorded.</source>
      <translation>Cette clé est déjà de confiance (ajoutée par {by} le {at}). Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>This key is not on the trust list. Nothing was recorded.</source>
      <translation>Cette clé ne figure pas sur la liste de confiance. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>This is this station's own key; it is always trusted. Nothing was recorded.</source>
      <translation>C'est la clé de ce poste ; elle est toujours de confiance. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Name the agency or station this key belongs to.</source>
      <translation>Indiquez le service ou le poste auquel appartient cette clé.</translation>
    </message>
  </context>
  <context>
    <name>TwoSignatures</name>
    <message>
      <source>Second signer (supervisor or administrator)</source>
      <translation>Second signataire (superviseur ou administrateur)</translation>
    </message>
    <message>
      <source>Their password</source>
      <translation>Son mot de passe</translation>
    </message>
    <message>
      <source>Resolve an audit finding</source>
      <translation>Régulariser un constat d'inventaire</translation>
    </message>
    <message>
      <source>{item} was {finding} at an audit. Say whether it was found or is written off; a second supervisor or an administrator signs too.</source>
      <translation>{item} a été trouvée {finding} lors d'un inventaire. Indiquez si elle a été retrouvée ou passe en perte ; un second superviseur ou un administrateur signe aussi.</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Retrouvée</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>Passée en perte</translation>
    </message>
    <message>
      <source>Where it was, or what was done to find it</source>
      <translation>Où elle était, ou ce qui a été fait pour la retrouver</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Found at</source>
      <translation>Retrouvée à</translation>
    </message>
    <message>
      <source>Recover items from an absent officer</source>
      <translation>Récupérer les pièces d'un agent absent</translation>
    </message>
    <message>
      <source>The items checked below are taken into your custody without their holder's signature: say why; a second supervisor or an administrator signs too.</source>
      <translation>Les pièces cochées ci-dessous passent sous votre garde sans la signature de leur détenteur : indiquez pourquoi ; un second superviseur ou un administrateur signe aussi.</translation>
    </message>
    <message>
      <source>Also items of officers whose account is still enabled (absent)</source>
      <translation>Aussi les pièces des agents dont le compte est encore actif (absents)</translation>
    </message>
    <message>
      <source>e.g. the officer left the service on 30 November</source>
      <translation>p. ex. l'agent a quitté le service le 30 novembre</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <source>{item}, held by {holder}</source>
      <translation>{item}, détenue par {holder}</translation>
    </message>
    <message>
      <source>Record a case's outcome</source>
      <translation>Enregistrer l'issue d'une affaire</translation>
    </message>
    <message>
      <source>Return to the owners</source>
      <translation>Restitution aux propriétaires</translation>
    </message>
    <message>
      <source>Destruction</source>
      <translation>Destruction</translation>
    </message>
    <message>
      <source>Forfeiture to the state</source>
      <translation>Confiscation au profit de l'État</translation>
    </message>
    <message>
      <source>e.g. Judgment HC-2026-311 of 2 December 2026</source>
      <translation>p. ex. jugement HC-2026-311 du 2 décembre 2026</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Numéro d'affaire</translation>
    </message>
    <message>
      <source>What is done with the items</source>
      <translation>Sort des pièces</translation>
    </message>
    <message>
      <source>Judgment or decision</source>
      <translation>Jugement ou décision</translation>
    </message>
  </context>
  <context>
    <name>Users</name>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
      <source>Choose at least one role.</source>
      <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
      <source>This would leave no active administrator. Give another officer the Administrator role first.</source>
      <translation>Il ne resterait aucun administrateur actif. Donnez d'abord le rôle Administrateur à un autre agent.</translation>
    </message>
    <message>
      <source>Use 'Change my password' for your own account: a reset would revoke the key you are signed in with.</source>
      <translation>Utilisez « Changer mon mot de passe » pour votre propre compte : une réinitialisation révoquerait la clé avec laquelle vous êtes connecté.</translation>
    </message>
    <message>
      <source>A username is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.</source>
      <translation>Un nom d'utilisateur compte 2 à 32 caractères : lettres minuscules, chiffres, « . », « _ » ou « - », en commençant par une lettre.</translation>
    </message>
    <message>
      <source>A badge number is 1 to 24 characters: letters A-Z, digits and '-'.</source>
      <translation>Un numéro de matricule compte 1 à 24 caractères : lettres A-Z, chiffres et « - ».</translation>
    </message>
    <message>
      <source>A badge number cannot start with OFF- or LOC-: those are the codes Custody prints on badge cards and shelves.</source>
      <translation>Un numéro de matricule ne peut pas commencer par OFF- ou LOC- : ce sont les codes que Custody imprime sur les cartes badge et les étagères.</translation>
    </message>
    <message>
      <source>The username {username} is already taken.</source>
      <translation>Le nom d'utilisateur {username} est déjà pris.</translation>
    </message>
    <message>
      <source>Badge number {badge} already belongs to another officer.</source>
      <translation>Le numéro de matricule {badge} appartient déjà à un autre agent.</translation>
    </message>
    <message>
      <source>{username} has no badge number: a police role needs one. Give the badge number when you create the account, or create a new account.</source>
      <translation>{username} n'a pas de numéro de matricule : un rôle de police en exige un. Indiquez le numéro de matricule à la création du compte, ou créez un nouveau compte.</translation>
    </message>
  </context>
  <context>
    <name>UsersAdmin</name>
    <message>
      <source>{low} to {high} characters, any script; common passwords are refused</source>
      <translation>{low} à {high} caractères, dans n'importe quelle écriture ; les mots de passe courants sont refusés</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The two passwords are not the same. Type the new password twice.</source>
      <translation>Les deux mots de passe ne sont pas identiques. Tapez deux fois le nouveau mot de passe.</translation>
    </message>
    <message>
      <source>New officer</source>
      <translation>Nouvel agent</translation>
    </message>
    <message>
      <source>The officer signs in with this username and password. Custody creates the officer's signing key from the password; tell the officer to change it at the first sign-in.</source>
      <translation>L'agent se connecte avec ce nom d'utilisateur et ce mot de passe. Custody crée la clé de signature de l'agent à partir du mot de passe ; demandez à l'agent de le changer à sa première connexion.</translation>
    </message>
    <message>
      <source>Add officer</source>
      <translation>Ajouter l'agent</translation>
    </message>
    <message>
      <source>Roles of {officer}</source>
      <translation>Rôles de {officer}</translation>
    </message>
    <message>
      <source>Roles decide what the officer may do. The change is recorded in the ledger and applies from the officer's next sign-in.</source>
      <translation>Les rôles déterminent ce que l'agent peut faire. La modification est enregistrée dans le registre et s'applique dès la prochaine connexion de l'agent.</translation>
    </message>
    <message>
      <source>Save roles</source>
      <translation>Enregistrer les rôles</translation>
    </message>
    <message>
      <source>Reset the password of {officer}</source>
      <translation>Réinitialiser le mot de passe de {officer}</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Changer mon mot de passe</translation>
    </message>
    <message>
      <source>Your signing key stays the same; it is locked with the new password from now on.</source>
      <translation>Votre clé de signature reste la même ; elle est désormais verrouillée par le nouveau mot de passe.</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Changer le mot de passe</translation>
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>Username</source>
      <translation>Nom d'utilisateur</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>Matricule</translation>
    </message>
    <message>
      <source>Badge card code</source>
      <translation>Code de la carte badge</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rôles</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <source>Locked until {time}</source>
      <translation>Bloqué jusqu'à {time}</translation>
    </message>
  </context>
  <context>
    <name>Values</name>
    <message>
      <source>This field is required.</source>
      <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
      <source>Type a number, for example 12.5 (no spaces or thousands separators).</source>
      <translation>Tapez un nombre, par exemple 12,5 (sans espaces ni séparateurs de milliers).</translation>
    </message>
    <message>
      <source>'{text}' is ambiguous: is the comma a decimal point or a thousands separator? Type it without thousands separators, for example 1500 or 1.5.</source>
      <translation>« {text} » est ambigu : la virgule est-elle un séparateur décimal ou de milliers ? Tapez-le sans séparateur de milliers, par exemple 1500 ou 1,5.</translation>
    </message>
    <message>
      <source>The value cannot be negative.</source>
      <translation>La valeur ne peut pas être négative.</translation>
    </message>
    <message>
      <source>Unknown weight unit '{unit}': use mg, g or kg.</source>
      <translation>Unité de poids « {unit} » inconnue : utilisez mg, g ou kg.</translation>
    </message>
    <message>
      <source>The weight is more than 10 tonnes; check the number and the unit.</source>
      <translation>Le poids dépasse 10 tonnes ; vérifiez le nombre et l'unité.</translation>
    </message>
    <message>
      <source>Weights are recorded to the milligram: '{text}' has more decimals than that.</source>
      <translation>Les poids sont enregistrés au milligramme près : « {text} » a plus de décimales que cela.</translation>
    </message>
    <message>
      <source>'{code}' is not a known currency code (use the 3-letter code, for example USD).</source>
      <translation>« {code} » n'est pas un code de devise connu (utilisez le code à 3 lettres, par exemple XOF).</translation>
    </message>
    <message>
      <source>{currency} amounts have at most {places} decimals.</source>
      <translation>Les montants en {currency} ont au plus {places} décimales.</translation>
    </message>
    <message>
      <source>The amount is too large; check the number.</source>
      <translation>Le montant est trop élevé ; vérifiez le nombre.</translation>
    </message>
    <message>
      <source>Too long: at most {max} characters, this has {count}.</source>
      <translation>Trop long : au plus {max} caractères, celui-ci en compte {count}.</translation>
    </message>
    <message>
      <source>The text contains an invisible control character ({char}); please re-type it.</source>
      <translation>Le texte contient un caractère de contrôle invisible ({char}) ; veuillez le retaper.</translation>
    </message>
    <message>
      <source>This field must be a single line.</source>
      <translation>Ce champ doit tenir sur une seule ligne.</translation>
    </message>
    <message>
      <source>Type a whole number, 0 or more.</source>
      <translation>Tapez un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
      <source>The number is too large (at most {max}).</source>
      <translation>Le nombre est trop grand (au plus {max}).</translation>
    </message>
    <message>
      <source>Type the date as year-month-day, for example 2026-03-31.</source>
      <translation>Tapez la date sous la forme année-mois-jour, par exemple 2026-03-31.</translation>
    </message>
    <message>
      <source>Type the date and time as year-month-day hours:minutes, for example 2026-03-31 14:05.</source>
      <translation>Tapez la date et l'heure sous la forme année-mois-jour heures:minutes, par exemple 2026-03-31 14:05.</translation>
    </message>
    <message>
      <source>Answer yes or no.</source>
      <translation>Répondez oui ou non (yes / no).</translation>
    </message>
    <message>
      <source>Type the position as latitude, longitude in degrees, for example 6.9271, 79.8612.</source>
      <translation>Tapez la position sous la forme latitude, longitude en degrés, par exemple 12.6392, -8.0029.</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90 and longitude between -180 and 180.</source>
      <translation>La latitude doit être comprise entre -90 et 90 et la longitude entre -180 et 180.</translation>
    </message>
    <message>
      <source>At most {places} decimals.</source>
      <translation>Au plus {places} décimales.</translation>
    </message>
  </context>
  <context>
    <name>VerifierPage</name>
    <message>
      <source>Save the verifier for prosecutors</source>
      <translation>Enregistrer le vérificateur pour le parquet</translation>
    </message>
    <message>
      <source>Web pages (*.html)</source>
      <translation>Pages web (*.html)</translation>
    </message>
    <message>
      <source>Saved {path}.

Give this file to prosecutors with the reports. They open it in any web browser (nothing to install, no internet needed), drop the report PDF on it and type the station key printed on the report.

SHA-256 of the page, to publish with the station key: {sha256}</source>
      <translation>{path} enregistré.

Remettez ce fichier au parquet avec les rapports. Il s'ouvre dans n'importe quel navigateur web (rien à installer, pas besoin d'internet) ; on y dépose le PDF du rapport et on tape la clé du poste imprimée sur le rapport.

SHA-256 de la page, à publier avec la clé du poste : {sha256}</translation>
    </message>
    <message>
      <source>Verifier for prosecutors</source>
      <translation>Vérificateur pour le parquet</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to Custody</source>
      <translation>Bienvenue dans Custody</translation>
    </message>
    <message>
      <source>This workstation's database is empty. Let us set up your station.</source>
      <translation>La base de données de ce poste de travail est vide. Configurons votre poste.</translation>
    </message>
    <message>
      <source>Language of this station</source>
      <translation>Langue de ce poste</translation>
    </message>
    <message>
      <source>Custody speaks this language at sign-in and writes reports and labels in it. Each officer can choose another language when signing in.</source>
      <translation>Custody utilise cette langue à la connexion et y rédige les rapports et étiquettes. Chaque agent peut choisir une autre langue en se connectant.</translation>
    </message>
    <message>
      <source>In three short steps you will name your agency and evidence room, choose the station's identifiers, and create the first administrator account.</source>
      <translation>En trois courtes étapes, vous allez nommer votre service et votre salle des scellés, choisir les identifiants du poste et créer le premier compte administrateur.</translation>
    </message>
    <message>
      <source>Custody has no default accounts and no default passwords: the administrator you create here is the only way in.</source>
      <translation>Custody n'a ni compte ni mot de passe par défaut : l'administrateur que vous créez ici est le seul moyen d'entrer.</translation>
    </message>
    <message>
      <source>Nothing is saved until you press Set up at the end and every field is valid.</source>
      <translation>Rien n'est enregistré tant que vous n'avez pas appuyé sur Configurer à la fin et que tous les champs ne sont pas valides.</translation>
    </message>
  </context>
  <context>
    <name>dlg</name>
    <message>
      <source>Your password has been changed.</source>
      <translation>Votre mot de passe a été modifié.</translation>
    </message>
  </context>
</TS>
