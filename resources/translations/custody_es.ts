<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>Action</name>
    <message>
      <source>open a case</source>
      <translation>abrir un caso</translation>
    </message>
    <message>
      <source>record a seizure</source>
      <translation>registrar una incautación</translation>
    </message>
    <message>
      <source>register items</source>
      <translation>registrar indicios</translation>
    </message>
    <message>
      <source>ask for a correction of an item record</source>
      <translation>solicitar la corrección del registro de un indicio</translation>
    </message>
    <message>
      <source>approve corrections of item records</source>
      <translation>aprobar correcciones de registros de indicios</translation>
    </message>
    <message>
      <source>split an item or take a sample</source>
      <translation>dividir un indicio o tomar una muestra</translation>
    </message>
    <message>
      <source>attach photos and documents</source>
      <translation>adjuntar fotos y documentos</translation>
    </message>
    <message>
      <source>print labels</source>
      <translation>imprimir etiquetas</translation>
    </message>
    <message>
      <source>hand over or receive items</source>
      <translation>entregar o recibir indicios</translation>
    </message>
    <message>
      <source>check items in to storage</source>
      <translation>ingresar indicios al almacén</translation>
    </message>
    <message>
      <source>check items out of storage</source>
      <translation>retirar indicios del almacén</translation>
    </message>
    <message>
      <source>move items within storage</source>
      <translation>mover indicios dentro del almacén</translation>
    </message>
    <message>
      <source>send items to a laboratory</source>
      <translation>enviar indicios a un laboratorio</translation>
    </message>
    <message>
      <source>receive items back from a laboratory</source>
      <translation>recibir indicios de vuelta de un laboratorio</translation>
    </message>
    <message>
      <source>take items to court</source>
      <translation>llevar indicios al tribunal</translation>
    </message>
    <message>
      <source>receive items back from court</source>
      <translation>recibir indicios de vuelta del tribunal</translation>
    </message>
    <message>
      <source>break a seal</source>
      <translation>romper un precinto</translation>
    </message>
    <message>
      <source>apply a seal</source>
      <translation>colocar un precinto</translation>
    </message>
    <message>
      <source>record a weight</source>
      <translation>registrar un peso</translation>
    </message>
    <message>
      <source>acknowledge a discrepancy</source>
      <translation>aceptar una discrepancia</translation>
    </message>
    <message>
      <source>carry out an inventory audit</source>
      <translation>realizar un inventario</translation>
    </message>
    <message>
      <source>authorise disposal</source>
      <translation>autorizar la disposición final</translation>
    </message>
    <message>
      <source>carry out a disposal</source>
      <translation>ejecutar una disposición final</translation>
    </message>
    <message>
      <source>release items to their owner</source>
      <translation>devolver indicios a su propietario</translation>
    </message>
    <message>
      <source>look up items and their history</source>
      <translation>consultar indicios y su historial</translation>
    </message>
    <message>
      <source>produce reports</source>
      <translation>generar informes</translation>
    </message>
    <message>
      <source>verify the ledger</source>
      <translation>verificar el registro</translation>
    </message>
    <message>
      <source>export the ledger and proofs</source>
      <translation>exportar el registro y las pruebas</translation>
    </message>
    <message>
      <source>sign a ledger checkpoint</source>
      <translation>firmar un punto de control del registro</translation>
    </message>
    <message>
      <source>rebuild the tables from the ledger</source>
      <translation>reconstruir las tablas a partir del registro</translation>
    </message>
    <message>
      <source>manage users</source>
      <translation>administrar usuarios</translation>
    </message>
    <message>
      <source>unlock user accounts</source>
      <translation>desbloquear cuentas de usuario</translation>
    </message>
    <message>
      <source>change the station settings</source>
      <translation>cambiar la configuración de la estación</translation>
    </message>
    <message>
      <source>manage storage locations</source>
      <translation>administrar las ubicaciones de almacenamiento</translation>
    </message>
    <message>
      <source>make a backup</source>
      <translation>hacer una copia de seguridad</translation>
    </message>
    <message>
      <source>restore a backup</source>
      <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
      <source>build a demonstration database</source>
      <translation>crear una base de datos de demostración</translation>
    </message>
    <message>
      <source>record a clock correction</source>
      <translation>registrar una corrección del reloj</translation>
    </message>
    <message>
      <source>recover items held by an absent or disabled officer</source>
      <translation>recuperar indicios que tiene un agente ausente o desactivado</translation>
    </message>
    <message>
      <source>resolve items an audit found missing or misplaced</source>
      <translation>resolver indicios que un inventario halló faltantes o mal ubicados</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <source>First administrator</source>
      <translation>Primer administrador</translation>
    </message>
    <message>
      <source>The administrator manages officers and the station. There is no other account.</source>
      <translation>El administrador gestiona los agentes y la estación. No hay ninguna otra cuenta.</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <source>Lower-case letters, digits, '.', '_' or '-'; used to sign in.</source>
      <translation>Letras minúsculas, dígitos, «.», «_» o «-»; sirve para iniciar sesión.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <source>Badge number</source>
      <translation>Número de placa</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <source>8 to 128 characters, in any script; spaces are allowed. A short sentence is easy to remember and hard to guess. Common passwords are refused.</source>
      <translation>De 8 a 128 caracteres, en cualquier alfabeto; se permiten espacios. Una frase corta es fácil de recordar y difícil de adivinar. Las contraseñas comunes se rechazan.</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>Repetir la contraseña</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Las dos contraseñas no coinciden.</translation>
    </message>
  </context>
  <context>
    <name>AdministrationPage</name>
    <message>
      <source>Administration</source>
      <translation>Administración</translation>
    </message>
    <message>
      <source>Ledger integrity</source>
      <translation>Integridad del registro</translation>
    </message>
    <message>
      <source>Verification recomputes every entry's hash, the hash chain, the signatures, who was entitled to sign each entry and the signed checkpoints from the stored bytes, against this station's own key, and checks the tables derived from the ledger.</source>
      <translation>La verificación recalcula, a partir de los bytes almacenados, el hash de cada asiento, la cadena de hashes, las firmas, quién tenía derecho a firmar cada asiento y los puntos de control firmados, con la clave propia de esta estación, y comprueba las tablas derivadas del registro.</translation>
    </message>
    <message>
      <source>Verify ledger</source>
      <translation>Verificar el registro</translation>
    </message>
    <message>
      <source>Your roles do not allow verifying the ledger.</source>
      <translation>Sus roles no permiten verificar el registro.</translation>
    </message>
    <message>
      <source>Correct the ledger's clock…</source>
      <translation>Corregir el reloj del registro…</translation>
    </message>
    <message>
      <source>Officers</source>
      <translation>Agentes</translation>
    </message>
    <message>
      <source>Clock correction recorded at entry {seq}.</source>
      <translation>Corrección del reloj registrada en el asiento {seq}.</translation>
    </message>
    <message>
      <source>Verifying…</source>
      <translation>Verificando…</translation>
    </message>
    <message>
      <source>Not verified since you signed in.</source>
      <translation>No verificado desde que inició sesión.</translation>
    </message>
    <message>
      <source>Consistent, but NOT checked against this station's key: all {n} entries check out among themselves, but this workstation holds no station key to trust (verified {when}).</source>
      <translation>Coherente, pero NO comprobado con la clave de esta estación: los {n} asientos concuerdan entre sí, pero este equipo no tiene ninguna clave de estación de confianza (verificado el {when}).</translation>
    </message>
    <message>
      <source>Intact: all {n} entries, their signatures and checkpoints check out (verified {when}).</source>
      <translation>Íntegro: los {n} asientos, sus firmas y puntos de control son correctos (verificado el {when}).</translation>
    </message>
    <message>
      <source>Ledger root hash: {root}</source>
      <translation>Hash raíz del registro: {root}</translation>
    </message>
    <message>
      <source>NOT intact: {k} problems found (verified {when}). Keep this workstation as it is and call your supervisor.</source>
      <translation>NO íntegro: se encontraron {k} problemas (verificado el {when}). Deje este equipo tal como está y llame a su supervisor.</translation>
    </message>
    <message>
      <source>Entry {seq}: {reason}</source>
      <translation>Asiento {seq}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>AgencyPage</name>
    <message>
      <source>Agency and evidence room</source>
      <translation>Entidad y almacén de evidencias</translation>
    </message>
    <message>
      <source>These names appear on every label and court report.</source>
      <translation>Estos nombres aparecen en cada etiqueta y en cada informe para el tribunal.</translation>
    </message>
    <message>
      <source>for example: National Police, Drug Enforcement Unit</source>
      <translation>por ejemplo: Policía Nacional, Dirección Antinarcóticos</translation>
    </message>
    <message>
      <source>for example: Central evidence room</source>
      <translation>por ejemplo: Almacén central de evidencias</translation>
    </message>
    <message>
      <source>Agency name</source>
      <translation>Nombre de la entidad</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Almacén de evidencias</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Zona horaria</translation>
    </message>
    <message>
      <source>Dates on reports are shown in this time zone. Type part of a city name to search.</source>
      <translation>Las fechas de los informes se muestran en esta zona horaria. Escriba parte del nombre de una ciudad para buscar.</translation>
    </message>
  </context>
  <context>
    <name>AttachDialog</name>
    <message>
      <source>The file cannot be read ({reason}).</source>
      <translation>No se puede leer el archivo ({reason}).</translation>
    </message>
    <message>
      <source>Not attached</source>
      <translation>No adjuntado</translation>
    </message>
    <message>
      <source>This file was not attached:</source>
      <translation>Este archivo no se adjuntó:</translation>
    </message>
    <message>
      <source>{n} files were not attached:</source>
      <translation>{n} archivos no se adjuntaron:</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <source>JPEG photo</source>
      <translation>Foto JPEG</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>Imagen PNG</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>Documento PDF</translation>
    </message>
    <message>
      <source>The file is too large: {size} MB. At most {max} MB can be attached.</source>
      <translation>El archivo es demasiado grande: {size} MB. Se pueden adjuntar como máximo {max} MB.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>El archivo está vacío.</translation>
    </message>
    <message>
      <source>Only JPEG and PNG photos and PDF documents can be attached (this is {media_type}).</source>
      <translation>Solo se pueden adjuntar fotos JPEG y PNG y documentos PDF (este es {media_type}).</translation>
    </message>
    <message>
      <source>The file's content is not a {expected}. Check the file.</source>
      <translation>El contenido del archivo no es un(a) {expected}. Revise el archivo.</translation>
    </message>
    <message>
      <source>The image cannot be read: the file is damaged or not an image.</source>
      <translation>No se puede leer la imagen: el archivo está dañado o no es una imagen.</translation>
    </message>
    <message>
      <source>The image is too large ({pixels} megapixels); at most {max} megapixels.</source>
      <translation>La imagen es demasiado grande ({pixels} megapíxeles); como máximo {max} megapíxeles.</translation>
    </message>
    <message>
      <source>This attachment is not an image: there is no thumbnail.</source>
      <translation>Este adjunto no es una imagen: no tiene miniatura.</translation>
    </message>
    <message>
      <source>There is no item {item_id}.</source>
      <translation>No existe el indicio {item_id}.</translation>
    </message>
    <message>
      <source>The stored file {sha256} does not match its hash: it was altered. Restore a backup.</source>
      <translation>El archivo almacenado {sha256} no coincide con su hash: fue alterado. Restaure una copia de seguridad.</translation>
    </message>
  </context>
  <context>
    <name>Auth</name>
    <message>
      <source>The username or password is not correct.</source>
      <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
      <source>This account is locked after too many wrong passwords. Try again after {until} or ask an administrator to unlock it.</source>
      <translation>Esta cuenta está bloqueada tras demasiadas contraseñas erróneas. Vuelva a intentarlo después de {until} o pida a un administrador que la desbloquee.</translation>
    </message>
    <message>
      <source>This account is disabled. Ask an administrator.</source>
      <translation>Esta cuenta está desactivada. Consulte a un administrador.</translation>
    </message>
    <message>
      <source>The password is not correct.</source>
      <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
      <source>The account of {username} is not locked.</source>
      <translation>La cuenta de {username} no está bloqueada.</translation>
    </message>
    <message>
      <source>The signing key of {username} was replaced or revoked since it was unlocked (for example by a password reset). Nothing was saved. Sign in again.</source>
      <translation>La clave de firma de {username} fue reemplazada o revocada después de desbloquearse (por ejemplo, al restablecer la contraseña). No se guardó nada. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
      <source>{username} is not an officer of this ledger. Nothing was saved.</source>
      <translation>{username} no es un agente de este registro. No se guardó nada.</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>No backup passphrase is set on this workstation. An administrator sets it once: custody backup passphrase --as ADMIN. Nothing was written.</source>
      <translation>No hay ninguna frase de contraseña de copia de seguridad en este equipo. Un administrador la define una vez: custody backup passphrase --as ADMIN. No se escribió nada.</translation>
    </message>
    <message>
      <source>A backup passphrase is already set; give --replace to set a new one (older backups keep needing the old passphrase).</source>
      <translation>Ya hay una frase de contraseña de copia de seguridad; use --replace para definir una nueva (las copias anteriores siguen necesitando la frase anterior).</translation>
    </message>
    <message>
      <source>The backup passphrase must be at least {n} characters long.</source>
      <translation>La frase de contraseña de copia de seguridad debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
      <source>The backup key file {path} is damaged. Set the passphrase again (custody backup passphrase --replace). Nothing was written.</source>
      <translation>El archivo de clave de copia de seguridad {path} está dañado. Vuelva a definir la frase de contraseña (custody backup passphrase --replace). No se escribió nada.</translation>
    </message>
    <message>
      <source>The copy of the database did not verify ({reason}), so no backup was kept. Run 'custody ledger verify' on the station.</source>
      <translation>La copia de la base de datos no pasó la verificación ({reason}), así que no se conservó ninguna copia de seguridad. Ejecute «custody ledger verify» en la estación.</translation>
    </message>
    <message>
      <source>The backup file read back from {path} is not what was written (the disk or the medium is failing). It was deleted; write the backup elsewhere.</source>
      <translation>El archivo de copia de seguridad releído desde {path} no es lo que se escribió (el disco o el medio está fallando). Se eliminó; escriba la copia de seguridad en otro lugar.</translation>
    </message>
    <message>
      <source>pg_dump is not installed on this workstation (it comes with the PostgreSQL client). Install it, or back up the server as docs/DEPLOYMENT.md describes. Nothing was written.</source>
      <translation>pg_dump no está instalado en este equipo (viene con el cliente de PostgreSQL). Instálelo, o haga la copia de seguridad del servidor como indica docs/DEPLOYMENT.md. No se escribió nada.</translation>
    </message>
    <message>
      <source>pg_dump failed: {reason}. Nothing was written.</source>
      <translation>pg_dump falló: {reason}. No se escribió nada.</translation>
    </message>
    <message>
      <source>The folder {path} already holds a Custody database or keys. Restore into a new, empty data folder (--data-dir NEW). Nothing was changed.</source>
      <translation>La carpeta {path} ya contiene una base de datos o claves de Custody. Restaure en una carpeta de datos nueva y vacía (--data-dir NUEVA). No se cambió nada.</translation>
    </message>
    <message>
      <source>{path} is not a Custody backup. Nothing was restored.</source>
      <translation>{path} no es una copia de seguridad de Custody. No se restauró nada.</translation>
    </message>
    <message>
      <source>The backup {path} is damaged or incomplete (it does not authenticate: a changed or missing byte). Nothing was restored; use another backup.</source>
      <translation>La copia de seguridad {path} está dañada o incompleta (no se autentica: un byte cambiado o faltante). No se restauró nada; use otra copia de seguridad.</translation>
    </message>
    <message>
      <source>The passphrase does not open this backup. Nothing was restored.</source>
      <translation>La frase de contraseña no abre esta copia de seguridad. No se restauró nada.</translation>
    </message>
    <message>
      <source>The backup {path} does not hold what its manifest lists ({reason}). Nothing was restored; use another backup.</source>
      <translation>La copia de seguridad {path} no contiene lo que su manifiesto enumera ({reason}). No se restauró nada; use otra copia de seguridad.</translation>
    </message>
    <message>
      <source>The database in the backup does not verify ({reason}). Nothing was restored.</source>
      <translation>La base de datos de la copia de seguridad no pasa la verificación ({reason}). No se restauró nada.</translation>
    </message>
    <message>
      <source>The backup holds {size} ledger entries, but the station's checkpoint {checkpoint} already covers {covered}: it is older than what the station exported, and restoring it would lose entries. Nothing was restored; use a newer backup, or --force to restore it anyway.</source>
      <translation>La copia de seguridad tiene {size} asientos del registro, pero el punto de control {checkpoint} de la estación ya cubre {covered}: es anterior a lo que la estación exportó, y restaurarla perdería asientos. No se restauró nada; use una copia más reciente, o --force para restaurarla de todos modos.</translation>
    </message>
    <message>
      <source>The ledger in the backup is not consistent with the checkpoint {checkpoint} ({reason}). Nothing was restored; use --force to restore it anyway.</source>
      <translation>El registro de la copia de seguridad no es coherente con el punto de control {checkpoint} ({reason}). No se restauró nada; use --force para restaurarla de todos modos.</translation>
    </message>
    <message>
      <source>The checkpoint file {path} is not a signed checkpoint note.</source>
      <translation>El archivo de punto de control {path} no es una nota de punto de control firmada.</translation>
    </message>
    <message>
      <source>Keep between 1 and 365 backups.</source>
      <translation>Conserve entre 1 y 365 copias de seguridad.</translation>
    </message>
    <message>
      <source>The backup folder must be a full path (or empty for backups/ in the data folder).</source>
      <translation>La carpeta de copias de seguridad debe ser una ruta completa (o vacía para backups/ en la carpeta de datos).</translation>
    </message>
  </context>
  <context>
    <name>BackupCard</name>
    <message>
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <source>Each backup is one file with the database and this station's keys, checked before it counts and encrypted with the backup passphrase. Never copy the database file by hand while Custody runs.</source>
      <translation>Cada copia de seguridad es un solo archivo con la base de datos y las claves de esta estación, verificado antes de darlo por bueno y cifrado con la frase de contraseña de copia de seguridad. Nunca copie a mano el archivo de la base de datos mientras Custody esté abierto.</translation>
    </message>
    <message>
      <source>Every day</source>
      <translation>Todos los días</translation>
    </message>
    <message>
      <source>When Custody closes</source>
      <translation>Al cerrar Custody</translation>
    </message>
    <message>
      <source>Keep the newest</source>
      <translation>Conservar las más recientes</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Carpeta</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source>Save backup settings</source>
      <translation>Guardar la configuración de copias de seguridad</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Hacer copia ahora</translation>
    </message>
    <message>
      <source>Change the passphrase…</source>
      <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
      <source>Set the passphrase…</source>
      <translation>Definir la frase de contraseña…</translation>
    </message>
    <message>
      <source>No backup passphrase is set yet: no backup is made until an administrator sets one.</source>
      <translation>Aún no hay ninguna frase de contraseña de copia de seguridad: no se hace ninguna copia hasta que un administrador defina una.</translation>
    </message>
    <message>
      <source>Last backup: {name}</source>
      <translation>Última copia de seguridad: {name}</translation>
    </message>
    <message>
      <source>No backup yet.</source>
      <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
      <source>Folder for backups</source>
      <translation>Carpeta de las copias de seguridad</translation>
    </message>
    <message>
      <source>Backup settings saved.</source>
      <translation>Configuración de copias de seguridad guardada.</translation>
    </message>
    <message>
      <source>Set the backup passphrase</source>
      <translation>Definir la frase de contraseña de copia de seguridad</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>Frase de contraseña de copia de seguridad</translation>
    </message>
    <message>
      <source>The passphrase that opens every backup (at least {n} characters). Keep it apart from this computer: without it no backup can be restored.</source>
      <translation>La frase de contraseña que abre cada copia de seguridad (al menos {n} caracteres). Guárdela lejos de este equipo: sin ella no se puede restaurar ninguna copia.</translation>
    </message>
    <message>
      <source>The same passphrase again:</source>
      <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
      <source>The two passphrases differ; nothing was changed.</source>
      <translation>Las dos frases de contraseña son distintas; no se cambió nada.</translation>
    </message>
    <message>
      <source>Backup passphrase set. Older backups keep needing the passphrase they were made with.</source>
      <translation>Frase de contraseña de copia de seguridad definida. Las copias anteriores siguen necesitando la frase con la que se hicieron.</translation>
    </message>
    <message>
      <source>Backing up and checking the copy…</source>
      <translation>Haciendo la copia de seguridad y verificándola…</translation>
    </message>
    <message>
      <source>Backup written and verified: {path}</source>
      <translation>Copia de seguridad escrita y verificada: {path}</translation>
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <source>Case number</source>
      <translation>Número de caso</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>Delito</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>A short name for the case, as the investigators call it.</source>
      <translation>Un nombre corto para el caso, como lo llaman los investigadores.</translation>
    </message>
    <message>
      <source>Requesting agency reference</source>
      <translation>Referencia de la entidad solicitante</translation>
    </message>
    <message>
      <source>Prosecutor reference</source>
      <translation>Referencia de la Fiscalía</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Referencia del tribunal</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>Abrir caso</translation>
    </message>
  </context>
  <context>
    <name>CaseOutcome</name>
    <message>
      <source>Convicted</source>
      <translation>Condena</translation>
    </message>
    <message>
      <source>Acquitted</source>
      <translation>Absolución</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>Preclusión</translation>
    </message>
    <message>
      <source>Closed without charge</source>
      <translation>Archivado sin acusación</translation>
    </message>
    <message>
      <source>Under appeal (not final)</source>
      <translation>En apelación (no ejecutoriado)</translation>
    </message>
    <message>
      <source>Choose the outcome of the case.</source>
      <translation>Elija el resultado del caso.</translation>
    </message>
    <message>
      <source>Choose what is to be done with the items (return, destruction, forfeiture).</source>
      <translation>Elija qué se hará con los indicios (devolución, destrucción, comiso).</translation>
    </message>
    <message>
      <source>There is no case {case}.</source>
      <translation>No existe el caso {case}.</translation>
    </message>
    <message>
      <source>No item of case {case} is waiting for disposal.</source>
      <translation>Ningún indicio del caso {case} está pendiente de disposición final.</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <source>Filter by case number or title</source>
      <translation>Filtrar por número o título del caso</translation>
    </message>
    <message>
      <source>Record a seizure for this case</source>
      <translation>Registrar una incautación para este caso</translation>
    </message>
    <message>
      <source>Show its items</source>
      <translation>Mostrar sus indicios</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Nuevo caso…</translation>
    </message>
    <message>
      <source>Open a new case</source>
      <translation>Abrir un caso nuevo</translation>
    </message>
    <message>
      <source>Case {number} opened.</source>
      <translation>Caso {number} abierto.</translation>
    </message>
  </context>
  <context>
    <name>CasesTableModel</name>
    <message>
      <source>Case number</source>
      <translation>Número de caso</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>Delito</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Seizures</source>
      <translation>Incautaciones</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Indicios</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Abierto el</translation>
    </message>
    <message>
      <source>Opened by</source>
      <translation>Abierto por</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <source>This field is required.</source>
      <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
      <source>This field does not belong to this kind of item.</source>
      <translation>Este campo no corresponde a este tipo de indicio.</translation>
    </message>
    <message>
      <source>Choose one of: {choices}.</source>
      <translation>Elija una de estas opciones: {choices}.</translation>
    </message>
    <message>
      <source>The net weight cannot be more than the gross weight.</source>
      <translation>El peso neto no puede ser mayor que el peso bruto.</translation>
    </message>
    <message>
      <source>Leave the result empty: no field test was done.</source>
      <translation>Deje el resultado vacío: no se hizo ninguna prueba de campo.</translation>
    </message>
    <message>
      <source>A field test was done: give its result.</source>
      <translation>Se hizo una prueba de campo: indique su resultado.</translation>
    </message>
    <message>
      <source>Say who made it safe.</source>
      <translation>Indique quién lo aseguró.</translation>
    </message>
    <message>
      <source>Say when it was made safe.</source>
      <translation>Indique cuándo se aseguró.</translation>
    </message>
    <message>
      <source>Leave this empty: the item was not made safe.</source>
      <translation>Deje este campo vacío: el indicio no se aseguró.</translation>
    </message>
    <message>
      <source>Choose the currency of the value.</source>
      <translation>Elija la moneda del valor.</translation>
    </message>
    <message>
      <source>Count the notes and coins: give at least one denomination and its count.</source>
      <translation>Cuente los billetes y monedas: indique al menos una denominación y su cantidad.</translation>
    </message>
    <message>
      <source>Each line needs a denomination above zero and a count (for example 50 and 12).</source>
      <translation>Cada línea necesita una denominación mayor que cero y una cantidad (por ejemplo 50 y 12).</translation>
    </message>
    <message>
      <source>The denomination {denomination} is listed twice.</source>
      <translation>La denominación {denomination} aparece dos veces.</translation>
    </message>
    <message>
      <source>The total does not match the notes and coins counted ({total}).</source>
      <translation>El total no coincide con los billetes y monedas contados ({total}).</translation>
    </message>
    <message>
      <source>The value cannot be negative.</source>
      <translation>El valor no puede ser negativo.</translation>
    </message>
    <message>
      <source>At most {places} decimals.</source>
      <translation>Como máximo {places} decimales.</translation>
    </message>
    <message>
      <source>A VIN has 17 letters and digits, without the letters I, O or Q. Check it against the vehicle.</source>
      <translation>Un VIN tiene 17 letras y dígitos, sin las letras I, O ni Q. Compruébelo en el vehículo.</translation>
    </message>
    <message>
      <source>An IMEI has 15 digits (16 for IMEISV). Dial *#06# on the phone or read the label.</source>
      <translation>Un IMEI tiene 15 dígitos (16 el IMEISV). Marque *#06# en el teléfono o lea la etiqueta.</translation>
    </message>
    <message>
      <source>This IMEI has a typing error: its last digit does not match. Check it.</source>
      <translation>Este IMEI tiene un error de digitación: su último dígito no coincide. Revíselo.</translation>
    </message>
    <message>
      <source>Powder</source>
      <translation>Polvo</translation>
    </message>
    <message>
      <source>Crystals</source>
      <translation>Cristales</translation>
    </message>
    <message>
      <source>Tablets</source>
      <translation>Tabletas</translation>
    </message>
    <message>
      <source>Capsules</source>
      <translation>Cápsulas</translation>
    </message>
    <message>
      <source>Liquid</source>
      <translation>Líquido</translation>
    </message>
    <message>
      <source>Plant material</source>
      <translation>Material vegetal</translation>
    </message>
    <message>
      <source>Resin</source>
      <translation>Resina</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>Pasta</translation>
    </message>
    <message>
      <source>Blotter paper</source>
      <translation>Papel secante</translation>
    </message>
    <message>
      <source>Other form</source>
      <translation>Otra forma</translation>
    </message>
    <message>
      <source>Positive</source>
      <translation>Positivo</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>Negativo</translation>
    </message>
    <message>
      <source>Inconclusive</source>
      <translation>No concluyente</translation>
    </message>
    <message>
      <source>Pistol</source>
      <translation>Pistola</translation>
    </message>
    <message>
      <source>Revolver</source>
      <translation>Revólver</translation>
    </message>
    <message>
      <source>Rifle</source>
      <translation>Fusil</translation>
    </message>
    <message>
      <source>Shotgun</source>
      <translation>Escopeta</translation>
    </message>
    <message>
      <source>Submachine gun</source>
      <translation>Subfusil</translation>
    </message>
    <message>
      <source>Machine gun</source>
      <translation>Ametralladora</translation>
    </message>
    <message>
      <source>Combination gun</source>
      <translation>Arma combinada</translation>
    </message>
    <message>
      <source>Craft-made firearm</source>
      <translation>Arma de fabricación artesanal</translation>
    </message>
    <message>
      <source>Other firearm</source>
      <translation>Otra arma de fuego</translation>
    </message>
    <message>
      <source>Centrefire cartridges</source>
      <translation>Cartuchos de percusión central</translation>
    </message>
    <message>
      <source>Rimfire cartridges</source>
      <translation>Cartuchos de percusión anular</translation>
    </message>
    <message>
      <source>Shotgun shells</source>
      <translation>Cartuchos de escopeta</translation>
    </message>
    <message>
      <source>Other ammunition</source>
      <translation>Otra munición</translation>
    </message>
    <message>
      <source>Commercial explosive</source>
      <translation>Explosivo comercial</translation>
    </message>
    <message>
      <source>Military explosive or munition</source>
      <translation>Explosivo o munición militar</translation>
    </message>
    <message>
      <source>Improvised device</source>
      <translation>Artefacto explosivo improvisado</translation>
    </message>
    <message>
      <source>Detonators or fuses</source>
      <translation>Detonadores o mechas</translation>
    </message>
    <message>
      <source>Fireworks or flares</source>
      <translation>Pirotecnia o bengalas</translation>
    </message>
    <message>
      <source>Other explosive</source>
      <translation>Otro explosivo</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>Pasaporte</translation>
    </message>
    <message>
      <source>Identity card</source>
      <translation>Cédula o documento de identidad</translation>
    </message>
    <message>
      <source>Driving licence</source>
      <translation>Licencia de conducción</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>Visa</translation>
    </message>
    <message>
      <source>Residence or work permit</source>
      <translation>Permiso de residencia o de trabajo</translation>
    </message>
    <message>
      <source>Vehicle registration</source>
      <translation>Tarjeta de propiedad del vehículo</translation>
    </message>
    <message>
      <source>Bank card</source>
      <translation>Tarjeta bancaria</translation>
    </message>
    <message>
      <source>Other document</source>
      <translation>Otro documento</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>Teléfono celular</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Computador</translation>
    </message>
    <message>
      <source>Tablet</source>
      <translation>Tableta</translation>
    </message>
    <message>
      <source>Storage (USB stick, disk, memory card)</source>
      <translation>Almacenamiento (memoria USB, disco, tarjeta de memoria)</translation>
    </message>
    <message>
      <source>SIM card</source>
      <translation>Tarjeta SIM</translation>
    </message>
    <message>
      <source>GPS or satellite device</source>
      <translation>Dispositivo GPS o satelital</translation>
    </message>
    <message>
      <source>Other device</source>
      <translation>Otro dispositivo</translation>
    </message>
    <message>
      <source>Timber</source>
      <translation>Madera</translation>
    </message>
    <message>
      <source>Mineral or ore</source>
      <translation>Mineral o mena</translation>
    </message>
    <message>
      <source>Charcoal</source>
      <translation>Carbón vegetal</translation>
    </message>
    <message>
      <source>Wildlife or wildlife product</source>
      <translation>Fauna silvestre o producto de fauna</translation>
    </message>
    <message>
      <source>Other natural resource</source>
      <translation>Otro recurso natural</translation>
    </message>
    <message>
      <source>Made safe</source>
      <translation>Asegurado</translation>
    </message>
    <message>
      <source>Made safe by</source>
      <translation>Asegurado por</translation>
    </message>
    <message>
      <source>Made safe at (date and time)</source>
      <translation>Asegurado el (fecha y hora)</translation>
    </message>
    <message>
      <source>Suspected substance</source>
      <translation>Sustancia sospechosa</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Forma</translation>
    </message>
    <message>
      <source>Number of packages</source>
      <translation>Número de paquetes</translation>
    </message>
    <message>
      <source>Gross weight (with packaging)</source>
      <translation>Peso bruto (con embalaje)</translation>
    </message>
    <message>
      <source>Net weight (substance only)</source>
      <translation>Peso neto (solo la sustancia)</translation>
    </message>
    <message>
      <source>Field test done</source>
      <translation>Prueba de campo realizada</translation>
    </message>
    <message>
      <source>Field test result</source>
      <translation>Resultado de la prueba de campo</translation>
    </message>
    <message>
      <source>Type of firearm</source>
      <translation>Tipo de arma de fuego</translation>
    </message>
    <message>
      <source>Make (manufacturer)</source>
      <translation>Marca (fabricante)</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <source>Calibre</source>
      <translation>Calibre</translation>
    </message>
    <message>
      <source>Serial number</source>
      <translation>Número de serie</translation>
    </message>
    <message>
      <source>Country of manufacture</source>
      <translation>País de fabricación</translation>
    </message>
    <message>
      <source>Other markings</source>
      <translation>Otras marcas</translation>
    </message>
    <message>
      <source>Number of magazines</source>
      <translation>Número de proveedores</translation>
    </message>
    <message>
      <source>Rounds of ammunition with it</source>
      <translation>Cartuchos incautados con el arma</translation>
    </message>
    <message>
      <source>Type of ammunition</source>
      <translation>Tipo de munición</translation>
    </message>
    <message>
      <source>Headstamp</source>
      <translation>Marcaje del culote</translation>
    </message>
    <message>
      <source>Number of rounds</source>
      <translation>Número de cartuchos</translation>
    </message>
    <message>
      <source>Type of explosive</source>
      <translation>Tipo de explosivo</translation>
    </message>
    <message>
      <source>Markings</source>
      <translation>Marcas</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Peso neto</translation>
    </message>
    <message>
      <source>Number of pieces</source>
      <translation>Número de piezas</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <source>Notes and coins counted</source>
      <translation>Billetes y monedas contados</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Suspected counterfeit</source>
      <translation>Sospecha de falsificación</translation>
    </message>
    <message>
      <source>Type of document</source>
      <translation>Tipo de documento</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>País emisor</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Número del documento</translation>
    </message>
    <message>
      <source>Name of the holder (as written)</source>
      <translation>Nombre del titular (tal como está escrito)</translation>
    </message>
    <message>
      <source>Type of device</source>
      <translation>Tipo de dispositivo</translation>
    </message>
    <message>
      <source>Make</source>
      <translation>Marca</translation>
    </message>
    <message>
      <source>IMEI</source>
      <translation>IMEI</translation>
    </message>
    <message>
      <source>Second IMEI (dual SIM)</source>
      <translation>Segundo IMEI (doble SIM)</translation>
    </message>
    <message>
      <source>VIN (vehicle identification number)</source>
      <translation>VIN (número de identificación del vehículo)</translation>
    </message>
    <message>
      <source>Number plate</source>
      <translation>Placa</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Color</translation>
    </message>
    <message>
      <source>Kind of resource</source>
      <translation>Tipo de recurso</translation>
    </message>
    <message>
      <source>Species or mineral</source>
      <translation>Especie o mineral</translation>
    </message>
    <message>
      <source>Volume (cubic metres)</source>
      <translation>Volumen (metros cúbicos)</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Peso</translation>
    </message>
    <message>
      <source>Origin (where it came from)</source>
      <translation>Procedencia</translation>
    </message>
    <message>
      <source>Estimated value</source>
      <translation>Valor estimado</translation>
    </message>
    <message>
      <source>Say why this value is kept although its check fails (e.g. counterfeit phone).</source>
      <translation>Indique por qué se conserva este valor aunque su verificación falle (p. ej. teléfono falsificado).</translation>
    </message>
    <message>
      <source>The check of this field cannot be overridden.</source>
      <translation>La verificación de este campo no se puede omitir.</translation>
    </message>
  </context>
  <context>
    <name>Category</name>
    <message>
      <source>Drugs</source>
      <translation>Drogas</translation>
    </message>
    <message>
      <source>Firearm</source>
      <translation>Arma de fuego</translation>
    </message>
    <message>
      <source>Ammunition</source>
      <translation>Munición</translation>
    </message>
    <message>
      <source>Explosives</source>
      <translation>Explosivos</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Dinero en efectivo</translation>
    </message>
    <message>
      <source>Identity or other document</source>
      <translation>Documento de identidad u otro documento</translation>
    </message>
    <message>
      <source>Phone, computer or other device</source>
      <translation>Teléfono, computador u otro dispositivo</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>Vehículo</translation>
    </message>
    <message>
      <source>Timber, minerals, wildlife</source>
      <translation>Madera, minerales, fauna y flora</translation>
    </message>
    <message>
      <source>Other goods</source>
      <translation>Otros bienes</translation>
    </message>
  </context>
  <context>
    <name>CertificateCard</name>
    <message>
      <source>Report signatures</source>
      <translation>Firma de los informes</translation>
    </message>
    <message>
      <source>Reports are signed with this station's certificate; the ledger binds its fingerprint to the station key, and every report prints it. Give the trust root to a court whose PDF reader should recognise the signature.</source>
      <translation>Los informes se firman con el certificado de esta estación; el registro vincula su huella digital a la clave de la estación y cada informe la imprime. Entregue el certificado raíz al tribunal cuyo lector de PDF deba reconocer la firma.</translation>
    </message>
    <message>
      <source>Save the trust root…</source>
      <translation>Guardar el certificado raíz…</translation>
    </message>
    <message>
      <source>Use an agency certificate (PKCS#12)…</source>
      <translation>Usar un certificado de la entidad (PKCS#12)…</translation>
    </message>
    <message>
      <source>Signed by: {subject}
SHA-256: {sha}
Valid until: {until}</source>
      <translation>Firmado por: {subject}
SHA-256: {sha}
Válido hasta: {until}</translation>
    </message>
    <message>
      <source>Save the trust root</source>
      <translation>Guardar el certificado raíz</translation>
    </message>
    <message>
      <source>Certificates (*.crt *.pem)</source>
      <translation>Certificados (*.crt *.pem)</translation>
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation>No se pudo escribir el archivo: {reason}</translation>
    </message>
    <message>
      <source>Saved {path}.</source>
      <translation>Se guardó {path}.</translation>
    </message>
    <message>
      <source>Agency certificate</source>
      <translation>Certificado de la entidad</translation>
    </message>
    <message>
      <source>PKCS#12 certificates (*.p12 *.pfx)</source>
      <translation>Certificados PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <source>The certificate file's password:</source>
      <translation>Contraseña del archivo del certificado:</translation>
    </message>
    <message>
      <source>The file could not be read: {reason}</source>
      <translation>No se pudo leer el archivo: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <source>Current password</source>
      <translation>Contraseña actual</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Contraseña nueva</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>Repetir la contraseña nueva</translation>
    </message>
    <message>
      <source>Type your current password.</source>
      <translation>Escriba su contraseña actual.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Backup passphrase</source>
      <translation>Frase de contraseña de copia de seguridad</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} bytes, {entries} ledger entries, root {root}).</source>
      <translation>Copia de seguridad escrita y verificada: {path} ({size} bytes, {entries} asientos del registro, raíz {root}).</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} bytes, {entries} ledger entries).</source>
      <translation>Copia de seguridad escrita y verificada: {path} ({size} bytes, {entries} asientos del registro).</translation>
    </message>
    <message>
      <source>Backup passphrase set ({path}). Automatic and manual backups are now encrypted to it.</source>
      <translation>Frase de contraseña de copia de seguridad definida ({path}). Las copias de seguridad automáticas y manuales ahora se cifran con ella.</translation>
    </message>
    <message>
      <source>There is no backup file {file}.</source>
      <translation>No existe el archivo de copia de seguridad {file}.</translation>
    </message>
    <message>
      <source>The checkpoint file {file} cannot be read.</source>
      <translation>No se puede leer el archivo de punto de control {file}.</translation>
    </message>
    <message>
      <source>Restored station {station} (backup of {created}, {entries} ledger entries, verified) into {folder}. Open it with: custody --data-dir {folder}</source>
      <translation>Estación {station} restaurada (copia del {created}, {entries} asientos del registro, verificada) en {folder}. Ábrala con: custody --data-dir {folder}</translation>
    </message>
    <message>
      <source>Restored the keys of station {station} into {folder}, and the PostgreSQL dump {dump}. Load it into an empty database with: pg_restore --no-owner --dbname postgresql://OWNER@HOST/custody {dump}  (docs/DEPLOYMENT.md)</source>
      <translation>Claves de la estación {station} restauradas en {folder}, y el volcado de PostgreSQL {dump}. Cárguelo en una base de datos vacía con: pg_restore --no-owner --dbname postgresql://OWNER@HOST/custody {dump}  (docs/DEPLOYMENT.md)</translation>
    </message>
    <message>
      <source>Error: </source>
      <translation>Error: </translation>
    </message>
    <message>
      <source>Interrupted; nothing more was written.</source>
      <translation>Interrumpido; no se escribió nada más.</translation>
    </message>
    <message>
      <source>Password for {user}</source>
      <translation>Contraseña de {user}</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <source>state:    up to date</source>
      <translation>state:    actualizada</translation>
    </message>
    <message>
      <source>state:    needs upgrade ('custody db upgrade')</source>
      <translation>state:    necesita actualización («custody db upgrade»)</translation>
    </message>
    <message>
      <source>Demo database ready at {url} in {seconds} s: {cases} cases, {seizures} seizures, {items} items (+{children} split/sampled), {photos} photos, {corrections} corrections, {locations} locations.</source>
      <translation>Base de datos de demostración lista en {url} en {seconds} s: {cases} casos, {seizures} incautaciones, {items} indicios (+{children} divididos o muestreados), {photos} fotos, {corrections} correcciones, {locations} ubicaciones.</translation>
    </message>
    <message>
      <source>Administrator: {username} / password: {password}</source>
      <translation>Administrador: {username} / contraseña: {password}</translation>
    </message>
    <message>
      <source>Officers ({usernames}) / password: {password}</source>
      <translation>Agentes ({usernames}) / contraseña: {password}</translation>
    </message>
    <message>
      <source>Administrator password</source>
      <translation>Contraseña del administrador</translation>
    </message>
    <message>
      <source>Set up {agency}, station {station}, log {origin}.</source>
      <translation>Configurado {agency}, estación {station}, registro {origin}.</translation>
    </message>
    <message>
      <source>Station verifier key: {key}</source>
      <translation>Clave de verificación de la estación: {key}</translation>
    </message>
    <message>
      <source>This workstation now opens the shared database as station {station} ({saved}). Other workstations join it with 'custody station join' (give them the verifier key above).</source>
      <translation>Este equipo abre ahora la base de datos compartida como estación {station} ({saved}). Los demás equipos se unen a ella con «custody station join» (deles la clave de verificación de arriba).</translation>
    </message>
    <message>
      <source>Give --out FILE.pdf|FILE.zpl or --printer QUEUE. Templates: {names}</source>
      <translation>Indique --out ARCHIVO.pdf|ARCHIVO.zpl o --printer COLA. Plantillas: {names}</translation>
    </message>
    <message>
      <source>{n} label(s), template {template}, {format} -&gt; {destination}</source>
      <translation>{n} etiqueta(s), plantilla {template}, {format} -&gt; {destination}</translation>
    </message>
    <message>
      <source>Ledger intact: {n} entries, root {root}; its first station key is trusted ({anchor}).</source>
      <translation>Registro íntegro: {n} asientos, raíz {root}; su primera clave de estación es de confianza ({anchor}).</translation>
    </message>
    <message>
      <source>Ledger intact but NOT TRUSTED: {n} entries, consistent, but its first station key ({anchor}) could not be checked against a key you trust. Run on the station's own workstation or give --trust "&lt;the station's verifier key&gt;".</source>
      <translation>Registro íntegro pero NO CONFIRMADO: {n} asientos, coherentes, pero su primera clave de estación ({anchor}) no se pudo comprobar con una clave de confianza. Ejecútelo en el propio equipo de la estación o indique --trust "&lt;la clave de verificación de la estación&gt;".</translation>
    </message>
    <message>
      <source>{failures} failure(s) in {n} entries.</source>
      <translation>{failures} falla(s) en {n} asientos.</translation>
    </message>
    <message>
      <source>Clock correction recorded at seq {seq} ({at}); entries up to {until} carried the wrong time.</source>
      <translation>Corrección del reloj registrada en el asiento {seq} ({at}); los asientos hasta {until} tenían la hora errónea.</translation>
    </message>
    <message>
      <source>Exported {n} entries to {out}.</source>
      <translation>{n} asientos exportados a {out}.</translation>
    </message>
    <message>
      <source>{n} difference(s) found and repaired.</source>
      <translation>{n} diferencia(s) encontrada(s) y reparada(s).</translation>
    </message>
    <message>
      <source>{n} difference(s) found.</source>
      <translation>{n} diferencia(s) encontrada(s).</translation>
    </message>
    <message>
      <source>Wrote {out} (report {report}).</source>
      <translation>Se escribió {out} (informe {report}).</translation>
    </message>
    <message>
      <source>Wrote {out} (report {report}, {n} items).</source>
      <translation>Se escribió {out} (informe {report}, {n} indicios).</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
      <source>Wrote {out}: the trust root (SHA-256 {sha}).</source>
      <translation>Se escribió {out}: el certificado raíz (SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>Reports are signed by {subject}, valid until {until}.</source>
      <translation>Los informes los firma {subject}, válido hasta {until}.</translation>
    </message>
    <message>
      <source>Signing certificate SHA-256 fingerprint (printed on every report): {sha}</source>
      <translation>Huella SHA-256 del certificado de firma (impresa en cada informe): {sha}</translation>
    </message>
    <message>
      <source>Certificate file password</source>
      <translation>Contraseña del archivo del certificado</translation>
    </message>
    <message>
      <source>Reports are now signed with the certificate SHA-256 {sha} (recorded in the ledger).</source>
      <translation>Los informes se firman ahora con el certificado SHA-256 {sha} (anotado en el registro).</translation>
    </message>
    <message>
      <source>Give the new station's code: --station CODE.</source>
      <translation>Indique el código de la estación nueva: --station CÓDIGO.</translation>
    </message>
    <message>
      <source>Give --trust with the verifier key of the database's first station (station {station}). Nothing was changed.</source>
      <translation>Indique con --trust la clave de verificación de la primera estación de la base de datos (estación {station}). No se cambió nada.</translation>
    </message>
    <message>
      <source>The database's first station is {station}. Its verifier key, as the database states it:</source>
      <translation>La primera estación de la base de datos es {station}. Su clave de verificación, tal como la indica la base de datos:</translation>
    </message>
    <message>
      <source>Compare it with the key your agency published (it is printed on every report).</source>
      <translation>Compárela con la clave que publicó su entidad (está impresa en cada informe).</translation>
    </message>
    <message>
      <source>Is it the same key?</source>
      <translation>¿Es la misma clave?</translation>
    </message>
    <message>
      <source>Not joined: the key was not confirmed. Nothing was changed.</source>
      <translation>No se unió: la clave no se confirmó. No se cambió nada.</translation>
    </message>
    <message>
      <source>Verifying the whole ledger against the first station's key...</source>
      <translation>Verificando todo el registro con la clave de la primera estación...</translation>
    </message>
    <message>
      <source>Station {station} joined the log {origin}; its key is in {folder}.</source>
      <translation>La estación {station} se unió al registro {origin}; su clave está en {folder}.</translation>
    </message>
    <message>
      <source>This workstation now opens the shared database as station {station} ({saved}).</source>
      <translation>Este equipo abre ahora la base de datos compartida como estación {station} ({saved}).</translation>
    </message>
    <message>
      <source>Wrote {path}: {n} item(s) handed to {to}.</source>
      <translation>Se escribió {path}: {n} indicio(s) entregado(s) a {to}.</translation>
    </message>
    <message>
      <source>Package {package}, package hash (SHA-256 of its manifest) {sha}.</source>
      <translation>Paquete {package}, hash del paquete (SHA-256 de su manifiesto) {sha}.</translation>
    </message>
    <message>
      <source>Station verifier key the receiver must trust: {key}</source>
      <translation>Clave de verificación de la estación en la que el destinatario debe confiar: {key}</translation>
    </message>
    <message>
      <source>The package would be refused: {reasons}</source>
      <translation>El paquete sería rechazado: {reasons}</translation>
    </message>
    <message>
      <source>Accepted package {sha}: {items} are now in your custody.</source>
      <translation>Paquete {sha} aceptado: {items} están ahora bajo su custodia.</translation>
    </message>
    <message>
      <source>Trusted {name} (ledger entry {seq}).</source>
      <translation>{name} es ahora de confianza (asiento del registro {seq}).</translation>
    </message>
    <message>
      <source>No longer trusted (ledger entry {seq}).</source>
      <translation>Ya no es de confianza (asiento del registro {seq}).</translation>
    </message>
    <message>
      <source>No other station is trusted.</source>
      <translation>Ninguna otra estación es de confianza.</translation>
    </message>
    <message>
      <source>Initial password for {user}</source>
      <translation>Contraseña inicial de {user}</translation>
    </message>
    <message>
      <source>Created {user} ({roles}), key {key}.</source>
      <translation>Se creó {user} ({roles}), clave {key}.</translation>
    </message>
    <message>
      <source>Disabled {user}.</source>
      <translation>{user} desactivado.</translation>
    </message>
    <message>
      <source>Enabled {user}.</source>
      <translation>{user} activado.</translation>
    </message>
    <message>
      <source>Unlocked {user}.</source>
      <translation>{user} desbloqueado.</translation>
    </message>
    <message>
      <source>New password for {user}</source>
      <translation>Contraseña nueva de {user}</translation>
    </message>
    <message>
      <source>Password reset for {user}; a new signing key was issued.</source>
      <translation>Contraseña de {user} restablecida; se emitió una clave de firma nueva.</translation>
    </message>
    <message>
      <source>Cannot write {out}: {reason}. Choose a folder you can write to.</source>
      <translation>No se puede escribir {out}: {reason}. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
      <source>Wrote {out} ({size} bytes, SHA-256 {sha}).</source>
      <translation>Se escribió {out} ({size} bytes, SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>Give it to prosecutors with the reports: they open it in any web browser, drop the report PDF on it and type the station key printed on the report. It works without internet.</source>
      <translation>Entréguelo a la Fiscalía junto con los informes: se abre en cualquier navegador, se suelta en él el PDF del informe y se escribe la clave de la estación impresa en el informe. Funciona sin internet.</translation>
    </message>
  </context>
  <context>
    <name>Clock</name>
    <message>
      <source>This computer's clock shows {now} (UTC), earlier than the last entry in the ledger ({last}). Nothing was saved. If this computer's time is wrong, correct it and try again. If the clock is right and the ledger's last entries carry a wrong time, an administrator and a supervisor must record a clock correction (Administration &gt; Clock correction).</source>
      <translation>El reloj de este equipo marca {now} (UTC), antes del último asiento del registro ({last}). No se guardó nada. Si la hora de este equipo es incorrecta, corríjala y vuelva a intentarlo. Si el reloj es correcto y los últimos asientos del registro tienen una hora errónea, un administrador y un supervisor deben registrar una corrección del reloj (Administración &gt; Corrección del reloj).</translation>
    </message>
    <message>
      <source>This computer's clock moved forward by {jump} while Custody was running: it now shows {now} (UTC). Nothing was saved. Check the date and time of this computer; if the new time is right, restart Custody.</source>
      <translation>El reloj de este equipo se adelantó {jump} mientras Custody estaba abierto: ahora marca {now} (UTC). No se guardó nada. Revise la fecha y la hora de este equipo; si la nueva hora es correcta, reinicie Custody.</translation>
    </message>
    <message>
      <source>Say what happened to the clock (for example: the workstation's clock was set to 2099).</source>
      <translation>Indique qué le pasó al reloj (por ejemplo: el reloj del equipo estaba en 2099).</translation>
    </message>
    <message>
      <source>The ledger's last entry ({last}) is not later than the current time ({now}): there is nothing to correct.</source>
      <translation>El último asiento del registro ({last}) no es posterior a la hora actual ({now}): no hay nada que corregir.</translation>
    </message>
    <message>
      <source>A clock correction is countersigned by a supervisor other than you; {username} is not a supervisor.</source>
      <translation>Una corrección del reloj la refrenda un supervisor distinto de usted; {username} no es supervisor.</translation>
    </message>
    <message>
      <source>A clock correction needs two different officers: ask a supervisor to countersign.</source>
      <translation>Una corrección del reloj requiere dos agentes distintos: pida a un supervisor que la refrende.</translation>
    </message>
  </context>
  <context>
    <name>ClockCorrectionDialog</name>
    <message>
      <source>Correct the ledger's clock</source>
      <translation>Corregir el reloj del registro</translation>
    </message>
    <message>
      <source>Use this only when entries were recorded with a wrong, future time (a computer whose clock was wrong). The correction is kept in the ledger with your reason, signed by you and by a supervisor; entries after it carry the right time again.</source>
      <translation>Úselo solo cuando se registraron asientos con una hora errónea, en el futuro (un equipo con el reloj mal puesto). La corrección queda en el registro con su motivo, firmada por usted y por un supervisor; los asientos posteriores vuelven a tener la hora correcta.</translation>
    </message>
    <message>
      <source>What happened to the clock</source>
      <translation>Qué le pasó al reloj</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Supervisor (username)</source>
      <translation>Supervisor (nombre de usuario)</translation>
    </message>
    <message>
      <source>Supervisor's password</source>
      <translation>Contraseña del supervisor</translation>
    </message>
    <message>
      <source>Record the correction</source>
      <translation>Registrar la corrección</translation>
    </message>
    <message>
      <source>The ledger's last entry carries the time {at} (UTC), later than this computer's clock.</source>
      <translation>El último asiento del registro tiene la hora {at} (UTC), posterior al reloj de este equipo.</translation>
    </message>
    <message>
      <source>The ledger's last entry is not later than this computer's clock: there is nothing to correct.</source>
      <translation>El último asiento del registro no es posterior al reloj de este equipo: no hay nada que corregir.</translation>
    </message>
    <message>
      <source>Say what happened to the clock.</source>
      <translation>Indique qué le pasó al reloj.</translation>
    </message>
    <message>
      <source>A supervisor types their username and password to countersign.</source>
      <translation>Un supervisor escribe su nombre de usuario y su contraseña para refrendar.</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Correct the record of {item}</source>
      <translation>Corregir el registro de {item}</translation>
    </message>
    <message>
      <source>The original value stays in the ledger; the correction is shown beside it. A supervisor other than you must approve it by typing their password here.</source>
      <translation>El valor original queda en el registro; la corrección se muestra a su lado. Un supervisor distinto de usted debe aprobarla escribiendo aquí su contraseña.</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Now recorded</source>
      <translation>Valor registrado</translation>
    </message>
    <message>
      <source>Correct value</source>
      <translation>Valor correcto</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Why the record is wrong, for the court.</source>
      <translation>Por qué el registro es incorrecto, para el tribunal.</translation>
    </message>
    <message>
      <source>Approving supervisor</source>
      <translation>Supervisor que aprueba</translation>
    </message>
    <message>
      <source>Username of the supervisor approving the correction.</source>
      <translation>Nombre de usuario del supervisor que aprueba la corrección.</translation>
    </message>
    <message>
      <source>Supervisor's password</source>
      <translation>Contraseña del supervisor</translation>
    </message>
    <message>
      <source>Approve and record</source>
      <translation>Aprobar y registrar</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vacío)</translation>
    </message>
  </context>
  <context>
    <name>Currency</name>
    <message>
      <source>UAE dirham</source>
      <translation>Dírham de los Emiratos Árabes Unidos</translation>
    </message>
    <message>
      <source>Afghan afghani</source>
      <translation>Afgani afgano</translation>
    </message>
    <message>
      <source>Albanian lek</source>
      <translation>Lek albanés</translation>
    </message>
    <message>
      <source>Armenian dram</source>
      <translation>Dram armenio</translation>
    </message>
    <message>
      <source>Netherlands Antillean guilder</source>
      <translation>Florín de las Antillas Neerlandesas</translation>
    </message>
    <message>
      <source>Angolan kwanza</source>
      <translation>Kuanza angoleño</translation>
    </message>
    <message>
      <source>Argentine peso</source>
      <translation>Peso argentino</translation>
    </message>
    <message>
      <source>Australian dollar</source>
      <translation>Dólar australiano</translation>
    </message>
    <message>
      <source>Aruban florin</source>
      <translation>Florín arubeño</translation>
    </message>
    <message>
      <source>Azerbaijani manat</source>
      <translation>Manat azerbaiyano</translation>
    </message>
    <message>
      <source>Bosnia and Herzegovina convertible mark</source>
      <translation>Marco convertible de Bosnia y Herzegovina</translation>
    </message>
    <message>
      <source>Barbados dollar</source>
      <translation>Dólar barbadense</translation>
    </message>
    <message>
      <source>Bangladeshi taka</source>
      <translation>Taka bangladesí</translation>
    </message>
    <message>
      <source>Bulgarian lev</source>
      <translation>Leva búlgara</translation>
    </message>
    <message>
      <source>Bahraini dinar</source>
      <translation>Dinar bareiní</translation>
    </message>
    <message>
      <source>Burundian franc</source>
      <translation>Franco burundés</translation>
    </message>
    <message>
      <source>Bermudian dollar</source>
      <translation>Dólar de Bermudas</translation>
    </message>
    <message>
      <source>Brunei dollar</source>
      <translation>Dólar bruneano</translation>
    </message>
    <message>
      <source>Bolivian boliviano</source>
      <translation>Boliviano</translation>
    </message>
    <message>
      <source>Bolivian Mvdol</source>
      <translation>MVDOL boliviano</translation>
    </message>
    <message>
      <source>Brazilian real</source>
      <translation>Real brasileño</translation>
    </message>
    <message>
      <source>Bahamian dollar</source>
      <translation>Dólar bahameño</translation>
    </message>
    <message>
      <source>Bhutanese ngultrum</source>
      <translation>Gultrum butanés</translation>
    </message>
    <message>
      <source>Botswana pula</source>
      <translation>Pula botsuano</translation>
    </message>
    <message>
      <source>Belarusian ruble</source>
      <translation>Rublo bielorruso</translation>
    </message>
    <message>
      <source>Belarusian ruble (old)</source>
      <translation>Rublo bielorruso (2000–2016)</translation>
    </message>
    <message>
      <source>Belize dollar</source>
      <translation>Dólar beliceño</translation>
    </message>
    <message>
      <source>Canadian dollar</source>
      <translation>Dólar canadiense</translation>
    </message>
    <message>
      <source>Congolese franc</source>
      <translation>Franco congoleño</translation>
    </message>
    <message>
      <source>WIR euro</source>
      <translation>Euro WIR</translation>
    </message>
    <message>
      <source>Swiss franc</source>
      <translation>Franco suizo</translation>
    </message>
    <message>
      <source>WIR franc</source>
      <translation>Franco WIR</translation>
    </message>
    <message>
      <source>Chilean unidad de fomento</source>
      <translation>Unidad de fomento chilena</translation>
    </message>
    <message>
      <source>Chilean peso</source>
      <translation>Peso chileno</translation>
    </message>
    <message>
      <source>Chinese yuan</source>
      <translation>Yuan renminbi</translation>
    </message>
    <message>
      <source>Colombian peso</source>
      <translation>Peso colombiano</translation>
    </message>
    <message>
      <source>Colombian unidad de valor real</source>
      <translation>Unidad de valor real colombiana</translation>
    </message>
    <message>
      <source>Costa Rican colón</source>
      <translation>Colón costarricense</translation>
    </message>
    <message>
      <source>Cuban convertible peso</source>
      <translation>Peso cubano convertible</translation>
    </message>
    <message>
      <source>Cuban peso</source>
      <translation>Peso cubano</translation>
    </message>
    <message>
      <source>Cape Verdean escudo</source>
      <translation>Escudo de Cabo Verde</translation>
    </message>
    <message>
      <source>Czech koruna</source>
      <translation>Corona checa</translation>
    </message>
    <message>
      <source>Djiboutian franc</source>
      <translation>Franco yibutiano</translation>
    </message>
    <message>
      <source>Danish krone</source>
      <translation>Corona danesa</translation>
    </message>
    <message>
      <source>Dominican peso</source>
      <translation>Peso dominicano</translation>
    </message>
    <message>
      <source>Algerian dinar</source>
      <translation>Dinar argelino</translation>
    </message>
    <message>
      <source>Egyptian pound</source>
      <translation>Libra egipcia</translation>
    </message>
    <message>
      <source>Eritrean nakfa</source>
      <translation>Nakfa eritreo</translation>
    </message>
    <message>
      <source>Ethiopian birr</source>
      <translation>Bir etíope</translation>
    </message>
    <message>
      <source>Euro</source>
      <translation>Euro</translation>
    </message>
    <message>
      <source>Fiji dollar</source>
      <translation>Dólar fiyiano</translation>
    </message>
    <message>
      <source>Falkland Islands pound</source>
      <translation>Libra malvinense</translation>
    </message>
    <message>
      <source>Pound sterling</source>
      <translation>Libra esterlina</translation>
    </message>
    <message>
      <source>Georgian lari</source>
      <translation>Lari georgiano</translation>
    </message>
    <message>
      <source>Ghanaian cedi</source>
      <translation>Cedi ghanés</translation>
    </message>
    <message>
      <source>Gibraltar pound</source>
      <translation>Libra gibraltareña</translation>
    </message>
    <message>
      <source>Gambian dalasi</source>
      <translation>Dalasi gambiano</translation>
    </message>
    <message>
      <source>Guinean franc</source>
      <translation>Franco guineano</translation>
    </message>
    <message>
      <source>Guatemalan quetzal</source>
      <translation>Quetzal guatemalteco</translation>
    </message>
    <message>
      <source>Guyanese dollar</source>
      <translation>Dólar guyanés</translation>
    </message>
    <message>
      <source>Hong Kong dollar</source>
      <translation>Dólar hongkonés</translation>
    </message>
    <message>
      <source>Honduran lempira</source>
      <translation>Lempira hondureño</translation>
    </message>
    <message>
      <source>Croatian kuna</source>
      <translation>Kuna croata</translation>
    </message>
    <message>
      <source>Haitian gourde</source>
      <translation>Gourde haitiano</translation>
    </message>
    <message>
      <source>Hungarian forint</source>
      <translation>Forinto húngaro</translation>
    </message>
    <message>
      <source>Indonesian rupiah</source>
      <translation>Rupia indonesia</translation>
    </message>
    <message>
      <source>Israeli new shekel</source>
      <translation>Nuevo séquel israelí</translation>
    </message>
    <message>
      <source>Indian rupee</source>
      <translation>Rupia india</translation>
    </message>
    <message>
      <source>Iraqi dinar</source>
      <translation>Dinar iraquí</translation>
    </message>
    <message>
      <source>Iranian rial</source>
      <translation>Rial iraní</translation>
    </message>
    <message>
      <source>Icelandic króna</source>
      <translation>Corona islandesa</translation>
    </message>
    <message>
      <source>Jamaican dollar</source>
      <translation>Dólar jamaicano</translation>
    </message>
    <message>
      <source>Jordanian dinar</source>
      <translation>Dinar jordano</translation>
    </message>
    <message>
      <source>Japanese yen</source>
      <translation>Yen japonés</translation>
    </message>
    <message>
      <source>Kenyan shilling</source>
      <translation>Chelín keniano</translation>
    </message>
    <message>
      <source>Kyrgyzstani som</source>
      <translation>Som kirguís</translation>
    </message>
    <message>
      <source>Cambodian riel</source>
      <translation>Riel camboyano</translation>
    </message>
    <message>
      <source>Comorian franc</source>
      <translation>Franco comorense</translation>
    </message>
    <message>
      <source>North Korean won</source>
      <translation>Won norcoreano</translation>
    </message>
    <message>
      <source>South Korean won</source>
      <translation>Won surcoreano</translation>
    </message>
    <message>
      <source>Kuwaiti dinar</source>
      <translation>Dinar kuwaití</translation>
    </message>
    <message>
      <source>Cayman Islands dollar</source>
      <translation>Dólar de las Islas Caimán</translation>
    </message>
    <message>
      <source>Kazakhstani tenge</source>
      <translation>Tenge kazajo</translation>
    </message>
    <message>
      <source>Lao kip</source>
      <translation>Kip laosiano</translation>
    </message>
    <message>
      <source>Lebanese pound</source>
      <translation>Libra libanesa</translation>
    </message>
    <message>
      <source>Sri Lankan rupee</source>
      <translation>Rupia esrilanquesa</translation>
    </message>
    <message>
      <source>Liberian dollar</source>
      <translation>Dólar liberiano</translation>
    </message>
    <message>
      <source>Lesotho loti</source>
      <translation>Loti lesotense</translation>
    </message>
    <message>
      <source>Libyan dinar</source>
      <translation>Dinar libio</translation>
    </message>
    <message>
      <source>Moroccan dirham</source>
      <translation>Dírham marroquí</translation>
    </message>
    <message>
      <source>Moldovan leu</source>
      <translation>Leu moldavo</translation>
    </message>
    <message>
      <source>Malagasy ariary</source>
      <translation>Ariari malgache</translation>
    </message>
    <message>
      <source>Macedonian denar</source>
      <translation>Dinar macedonio</translation>
    </message>
    <message>
      <source>Myanmar kyat</source>
      <translation>Kiat de Myanmar</translation>
    </message>
    <message>
      <source>Mongolian tögrög</source>
      <translation>Tugrik mongol</translation>
    </message>
    <message>
      <source>Macanese pataca</source>
      <translation>Pataca macaense</translation>
    </message>
    <message>
      <source>Mauritanian ouguiya (old)</source>
      <translation>Uguiya (1973–2017)</translation>
    </message>
    <message>
      <source>Mauritanian ouguiya</source>
      <translation>Uguiya mauritano</translation>
    </message>
    <message>
      <source>Mauritian rupee</source>
      <translation>Rupia mauriciana</translation>
    </message>
    <message>
      <source>Maldivian rufiyaa</source>
      <translation>Rufiya maldiva</translation>
    </message>
    <message>
      <source>Malawian kwacha</source>
      <translation>Kuacha malauí</translation>
    </message>
    <message>
      <source>Mexican peso</source>
      <translation>Peso mexicano</translation>
    </message>
    <message>
      <source>Mexican unidad de inversión</source>
      <translation>Unidad de inversión (UDI) mexicana</translation>
    </message>
    <message>
      <source>Malaysian ringgit</source>
      <translation>Ringit malasio</translation>
    </message>
    <message>
      <source>Mozambican metical</source>
      <translation>Metical mozambiqueño</translation>
    </message>
    <message>
      <source>Namibian dollar</source>
      <translation>Dólar namibio</translation>
    </message>
    <message>
      <source>Nigerian naira</source>
      <translation>Naira nigeriano</translation>
    </message>
    <message>
      <source>Nicaraguan córdoba</source>
      <translation>Córdoba nicaragüense</translation>
    </message>
    <message>
      <source>Norwegian krone</source>
      <translation>Corona noruega</translation>
    </message>
    <message>
      <source>Nepalese rupee</source>
      <translation>Rupia nepalí</translation>
    </message>
    <message>
      <source>New Zealand dollar</source>
      <translation>Dólar neozelandés</translation>
    </message>
    <message>
      <source>Omani rial</source>
      <translation>Rial omaní</translation>
    </message>
    <message>
      <source>Panamanian balboa</source>
      <translation>Balboa panameño</translation>
    </message>
    <message>
      <source>Peruvian sol</source>
      <translation>Sol peruano</translation>
    </message>
    <message>
      <source>Papua New Guinean kina</source>
      <translation>Kina papú</translation>
    </message>
    <message>
      <source>Philippine peso</source>
      <translation>Peso filipino</translation>
    </message>
    <message>
      <source>Pakistani rupee</source>
      <translation>Rupia pakistaní</translation>
    </message>
    <message>
      <source>Polish złoty</source>
      <translation>Esloti polaco</translation>
    </message>
    <message>
      <source>Paraguayan guaraní</source>
      <translation>Guaraní paraguayo</translation>
    </message>
    <message>
      <source>Qatari riyal</source>
      <translation>Rial catarí</translation>
    </message>
    <message>
      <source>Romanian leu</source>
      <translation>Leu rumano</translation>
    </message>
    <message>
      <source>Serbian dinar</source>
      <translation>Dinar serbio</translation>
    </message>
    <message>
      <source>Russian ruble</source>
      <translation>Rublo ruso</translation>
    </message>
    <message>
      <source>Rwandan franc</source>
      <translation>Franco ruandés</translation>
    </message>
    <message>
      <source>Saudi riyal</source>
      <translation>Rial saudí</translation>
    </message>
    <message>
      <source>Solomon Islands dollar</source>
      <translation>Dólar salomonense</translation>
    </message>
    <message>
      <source>Seychelles rupee</source>
      <translation>Rupia seychellense</translation>
    </message>
    <message>
      <source>Sudanese pound</source>
      <translation>Libra sudanesa</translation>
    </message>
    <message>
      <source>Swedish krona</source>
      <translation>Corona sueca</translation>
    </message>
    <message>
      <source>Singapore dollar</source>
      <translation>Dólar singapurense</translation>
    </message>
    <message>
      <source>Saint Helena pound</source>
      <translation>Libra de Santa Elena</translation>
    </message>
    <message>
      <source>Sierra Leonean leone</source>
      <translation>Leone</translation>
    </message>
    <message>
      <source>Sierra Leonean leone (old)</source>
      <translation>Leones (1964—2022)</translation>
    </message>
    <message>
      <source>Somali shilling</source>
      <translation>Chelín somalí</translation>
    </message>
    <message>
      <source>Surinamese dollar</source>
      <translation>Dólar surinamés</translation>
    </message>
    <message>
      <source>South Sudanese pound</source>
      <translation>Libra sursudanesa</translation>
    </message>
    <message>
      <source>São Tomé and Príncipe dobra (old)</source>
      <translation>Dobra (1977–2017)</translation>
    </message>
    <message>
      <source>São Tomé and Príncipe dobra</source>
      <translation>Dobra santotomense</translation>
    </message>
    <message>
      <source>Salvadoran colón</source>
      <translation>Colón salvadoreño</translation>
    </message>
    <message>
      <source>Syrian pound</source>
      <translation>Libra siria</translation>
    </message>
    <message>
      <source>Swazi lilangeni</source>
      <translation>Lilangeni esuatiní</translation>
    </message>
    <message>
      <source>Thai baht</source>
      <translation>Baht tailandes</translation>
    </message>
    <message>
      <source>Tajikistani somoni</source>
      <translation>Somoni tayiko</translation>
    </message>
    <message>
      <source>Turkmenistan manat</source>
      <translation>Manat turcomano</translation>
    </message>
    <message>
      <source>Tunisian dinar</source>
      <translation>Dinar tunecino</translation>
    </message>
    <message>
      <source>Tongan paʻanga</source>
      <translation>Paanga tongano</translation>
    </message>
    <message>
      <source>Turkish lira</source>
      <translation>Lira turca</translation>
    </message>
    <message>
      <source>Trinidad and Tobago dollar</source>
      <translation>Dólar de Trinidad y Tobago</translation>
    </message>
    <message>
      <source>New Taiwan dollar</source>
      <translation>Nuevo dólar taiwanés</translation>
    </message>
    <message>
      <source>Tanzanian shilling</source>
      <translation>Chelín tanzano</translation>
    </message>
    <message>
      <source>Ukrainian hryvnia</source>
      <translation>Grivna ucraniana</translation>
    </message>
    <message>
      <source>Ugandan shilling</source>
      <translation>Chelín ugandés</translation>
    </message>
    <message>
      <source>US dollar</source>
      <translation>Dólar estadounidense</translation>
    </message>
    <message>
      <source>US dollar (next day)</source>
      <translation>Dólar estadounidense (día siguiente)</translation>
    </message>
    <message>
      <source>Uruguayan peso en unidades indexadas</source>
      <translation>Peso uruguayo en unidades indexadas</translation>
    </message>
    <message>
      <source>Uruguayan peso</source>
      <translation>Peso uruguayo</translation>
    </message>
    <message>
      <source>Uruguayan unidad previsional</source>
      <translation>Unidad previsional uruguayo</translation>
    </message>
    <message>
      <source>Uzbekistani som</source>
      <translation>Som uzbeko</translation>
    </message>
    <message>
      <source>Venezuelan digital bolívar</source>
      <translation>Bolívar digital venezolano</translation>
    </message>
    <message>
      <source>Venezuelan bolívar fuerte (old)</source>
      <translation>Bolívar venezolano (2008–2018)</translation>
    </message>
    <message>
      <source>Venezuelan sovereign bolívar</source>
      <translation>Bolívar venezolano</translation>
    </message>
    <message>
      <source>Vietnamese đồng</source>
      <translation>Dong vietnamita</translation>
    </message>
    <message>
      <source>Vanuatu vatu</source>
      <translation>Vatu vanuatense</translation>
    </message>
    <message>
      <source>Samoan tālā</source>
      <translation>Tala samoano</translation>
    </message>
    <message>
      <source>Central African CFA franc</source>
      <translation>Franco CFA de África Central</translation>
    </message>
    <message>
      <source>East Caribbean dollar</source>
      <translation>Dólar del Caribe Oriental</translation>
    </message>
    <message>
      <source>Caribbean guilder</source>
      <translation>Florín caribeño</translation>
    </message>
    <message>
      <source>West African CFA franc</source>
      <translation>Franco CFA de África Occidental</translation>
    </message>
    <message>
      <source>CFP franc</source>
      <translation>Franco CFP</translation>
    </message>
    <message>
      <source>Yemeni rial</source>
      <translation>Rial yemení</translation>
    </message>
    <message>
      <source>South African rand</source>
      <translation>Rand sudafricano</translation>
    </message>
    <message>
      <source>Zambian kwacha</source>
      <translation>Kuacha zambiano</translation>
    </message>
    <message>
      <source>Zimbabwe gold</source>
      <translation>Oro zimbabuense</translation>
    </message>
    <message>
      <source>Zimbabwean dollar (old)</source>
      <translation>Dólar zimbabuense</translation>
    </message>
  </context>
  <context>
    <name>Custody</name>
    <message>
      <source>Scan or choose at least one item.</source>
      <translation>Escanee o elija al menos un indicio.</translation>
    </message>
    <message>
      <source>Item {item} is not registered here.</source>
      <translation>El indicio {item} no está registrado aquí.</translation>
    </message>
    <message>
      <source>Item {item} has no custody record yet; register it first.</source>
      <translation>El indicio {item} aún no tiene registro de custodia; regístrelo primero.</translation>
    </message>
    <message>
      <source>Item {item} is {status}: it cannot move and nothing more can be recorded for it.</source>
      <translation>El indicio {item} tiene el estado «{status}»: ya no puede moverse ni registrarse nada más para él.</translation>
    </message>
    <message>
      <source>Item {item} is at the laboratory: record its return from the laboratory first.</source>
      <translation>El indicio {item} está en el laboratorio: registre primero su regreso del laboratorio.</translation>
    </message>
    <message>
      <source>Item {item} is at court: record its return from court first.</source>
      <translation>El indicio {item} está en el tribunal: registre primero su regreso del tribunal.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}, not by you: only the officer who holds an item can hand it over or act on it.</source>
      <translation>El indicio {item} lo tiene {holder}, no usted: solo el agente que tiene un indicio puede entregarlo o actuar sobre él.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}, not by you: {holder} must sign this too (type their password), or hand the item over to you first.</source>
      <translation>El indicio {item} lo tiene {holder}, no usted: {holder} también debe firmar (escribiendo su contraseña) o entregarle primero el indicio.</translation>
    </message>
    <message>
      <source>{user} does not hold item {item} ({holder} does): only the holder can countersign.</source>
      <translation>{user} no tiene el indicio {item} (lo tiene {holder}): solo quien lo tiene puede refrendar.</translation>
    </message>
    <message>
      <source>Item {item} is in storage at {location}: only an evidence custodian can take it out or act on it.</source>
      <translation>El indicio {item} está almacenado en {location}: solo un custodio de evidencias puede retirarlo o actuar sobre él.</translation>
    </message>
    <message>
      <source>Item {item} is not in storage (it is {status}).</source>
      <translation>El indicio {item} no está en el almacén (estado: {status}).</translation>
    </message>
    <message>
      <source>Item {item} is already in storage at {location}. Use 'move' to put it somewhere else.</source>
      <translation>El indicio {item} ya está almacenado en {location}. Use «mover» para ponerlo en otro lugar.</translation>
    </message>
    <message>
      <source>Item {item} is already at {location}.</source>
      <translation>El indicio {item} ya está en {location}.</translation>
    </message>
    <message>
      <source>Item {item} is recorded at {recorded}, not at {location}.</source>
      <translation>El indicio {item} está registrado en {recorded}, no en {location}.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}. {holder} must sign the check-in (type their password), or hand the item over to you first.</source>
      <translation>El indicio {item} lo tiene {holder}. {holder} debe firmar el ingreso (escribiendo su contraseña) o entregarle primero el indicio.</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself.</source>
      <translation>No puede entregarse indicios a sí mismo.</translation>
    </message>
    <message>
      <source>{user} already holds item {item}.</source>
      <translation>{user} ya tiene el indicio {item}.</translation>
    </message>
    <message>
      <source>{user} is not an active user: they cannot sign for evidence.</source>
      <translation>{user} no es un usuario activo: no puede firmar por evidencias.</translation>
    </message>
    <message>
      <source>The signing key of {user} is no longer current. Ask them to type their password again.</source>
      <translation>La clave de firma de {user} ya no está vigente. Pídale que vuelva a escribir su contraseña.</translation>
    </message>
    <message>
      <source>{user} is not allowed to receive evidence (their roles do not include handling items).</source>
      <translation>{user} no está autorizado a recibir evidencias (sus roles no incluyen el manejo de indicios).</translation>
    </message>
    <message>
      <source>{user} must sign to receive the items: ask them to type their password.</source>
      <translation>{user} debe firmar para recibir los indicios: pídale que escriba su contraseña.</translation>
    </message>
    <message>
      <source>There is no location {location}.</source>
      <translation>No existe la ubicación {location}.</translation>
    </message>
    <message>
      <source>Location {location} is no longer in use.</source>
      <translation>La ubicación {location} ya no está en uso.</translation>
    </message>
    <message>
      <source>Check the seal of item {item} (seal {seal} on record) and say whether it is intact.</source>
      <translation>Revise el precinto del indicio {item} (precinto {seal} registrado) e indique si está intacto.</translation>
    </message>
    <message>
      <source>The seal of item {item} does not match the record (seal {seal} on record, {seen} seen, intact: {intact}). Write a memo explaining what was found.</source>
      <translation>El precinto del indicio {item} no coincide con el registro (precinto {seal} registrado, {seen} observado, intacto: {intact}). Escriba una nota explicando lo que encontró.</translation>
    </message>
    <message>
      <source>The drawn signature {sha} was not saved as an attachment.</source>
      <translation>La firma manuscrita {sha} no se guardó como adjunto.</translation>
    </message>
    <message>
      <source>A signature reference must be the 64-character SHA-256 of the stored image.</source>
      <translation>Una referencia de firma debe ser el SHA-256 de 64 caracteres de la imagen almacenada.</translation>
    </message>
    <message>
      <source>Item {item} has no seal on record.</source>
      <translation>El indicio {item} no tiene ningún precinto registrado.</translation>
    </message>
    <message>
      <source>Item {item} is still sealed with seal {seal}: record that seal as broken before applying a new one.</source>
      <translation>El indicio {item} aún tiene el precinto {seal}: registre ese precinto como roto antes de colocar uno nuevo.</translation>
    </message>
    <message>
      <source>Item {item} is not at the laboratory (it is {status}).</source>
      <translation>El indicio {item} no está en el laboratorio (estado: {status}).</translation>
    </message>
    <message>
      <source>Item {item} is not at court (it is {status}).</source>
      <translation>El indicio {item} no está en el tribunal (estado: {status}).</translation>
    </message>
    <message>
      <source>Item {item} was sent to the laboratory under number {expected}, not {given}. Check the item and the paperwork.</source>
      <translation>El indicio {item} se envió al laboratorio con el número {expected}, no {given}. Revise el indicio y la documentación.</translation>
    </message>
    <message>
      <source>Weights are whole milligrams, 0 or more.</source>
      <translation>Los pesos son miligramos enteros, 0 o más.</translation>
    </message>
    <message>
      <source>The weight is more than 10 tonnes; check the number and the unit.</source>
      <translation>El peso supera las 10 toneladas; revise el número y la unidad.</translation>
    </message>
    <message>
      <source>Give the gross or the net weight (or both).</source>
      <translation>Indique el peso bruto o el peso neto (o ambos).</translation>
    </message>
    <message>
      <source>The net weight cannot be more than the gross weight.</source>
      <translation>El peso neto no puede ser mayor que el peso bruto.</translation>
    </message>
    <message>
      <source>There is no discrepancy number {seq} for item {item}.</source>
      <translation>No existe la discrepancia número {seq} para el indicio {item}.</translation>
    </message>
    <message>
      <source>Discrepancy {seq} was already acknowledged (entry {ack}).</source>
      <translation>La discrepancia {seq} ya fue aceptada (asiento {ack}).</translation>
    </message>
    <message>
      <source>You recorded the action that raised discrepancy {seq}: another supervisor must acknowledge it.</source>
      <translation>Usted registró la acción que originó la discrepancia {seq}: otro supervisor debe aceptarla.</translation>
    </message>
    <message>
      <source>A recovery needs a second person: you cannot also be the second signer.</source>
      <translation>Una recuperación requiere una segunda persona: usted no puede ser también el segundo firmante.</translation>
    </message>
    <message>
      <source>{user} cannot co-sign a recovery: only a supervisor or an administrator can.</source>
      <translation>{user} no puede cofirmar una recuperación: solo un supervisor o un administrador puede.</translation>
    </message>
    <message>
      <source>{user} holds item {item}: they can simply hand it over; a recovery is for an absent holder.</source>
      <translation>{user} tiene el indicio {item}: simplemente puede entregarlo; la recuperación es para quien está ausente.</translation>
    </message>
    <message>
      <source>Item {item} is not with an officer (it is {status}): there is nothing to recover.</source>
      <translation>El indicio {item} no está con un agente (estado: {status}): no hay nada que recuperar.</translation>
    </message>
    <message>
      <source>You already hold item {item}.</source>
      <translation>Usted ya tiene el indicio {item}.</translation>
    </message>
  </context>
  <context>
    <name>CustodyPages</name>
    <message>
      <source>Checking…</source>
      <translation>Verificando…</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit (a supervisor resolves them)</source>
      <translation>Faltantes o mal ubicados en un inventario (un supervisor los resuelve)</translation>
    </message>
    <message>
      <source>Overdue at the laboratory</source>
      <translation>Con retraso en el laboratorio</translation>
    </message>
    <message>
      <source>Overdue at court</source>
      <translation>Con retraso en el tribunal</translation>
    </message>
    <message>
      <source>Awaiting disposal</source>
      <translation>Pendientes de disposición final</translation>
    </message>
    <message>
      <source>Weight discrepancies to acknowledge</source>
      <translation>Discrepancias de peso por aceptar</translation>
    </message>
    <message>
      <source>With an officer for more than {n} days (bring them to the evidence room)</source>
      <translation>Con un agente desde hace más de {n} días (llevarlos al almacén de evidencias)</translation>
    </message>
    <message>
      <source>Held or stored with no label printed</source>
      <translation>En poder de alguien o almacenados sin etiqueta impresa</translation>
    </message>
    <message>
      <source>Resolve the selected finding…</source>
      <translation>Resolver el hallazgo seleccionado…</translation>
    </message>
    <message>
      <source>Nothing needs attention.</source>
      <translation>Nada requiere atención.</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>faltante</translation>
    </message>
    <message>
      <source>misplaced</source>
      <translation>mal ubicado</translation>
    </message>
    <message>
      <source>{item} · {description}: {finding} at the audit of {when} by {who} (recorded at {recorded})</source>
      <translation>{item} · {description}: {finding} en el inventario del {when} por {who} (registrado en {recorded})</translation>
    </message>
    <message>
      <source>{item} · {description}: at {place} since {since} ({days} days; limit {limit})</source>
      <translation>{item} · {description}: en el {place} desde {since} ({days} días; límite {limit})</translation>
    </message>
    <message>
      <source>{item} · {description}: {place} since {since} ({days} days; limit {limit})</source>
      <translation>{item} · {description}: {place} desde {since} ({days} días; límite {limit})</translation>
    </message>
    <message>
      <source>{item} · {description}: authorised by {who} on {when}, order {order}</source>
      <translation>{item} · {description}: autorizado por {who} el {when}, orden {order}</translation>
    </message>
    <message>
      <source>{item} · {description}: held by {who} since {since}</source>
      <translation>{item} · {description}: en poder de {who} desde {since}</translation>
    </message>
    <message>
      <source>{item} · {description}: {where}</source>
      <translation>{item} · {description}: {where}</translation>
    </message>
    <message>
      <source>held by {who}</source>
      <translation>en poder de {who}</translation>
    </message>
    <message>
      <source>stored at {location}</source>
      <translation>almacenado en {location}</translation>
    </message>
    <message>
      <source>{n} more not listed: the {listed} oldest are shown.</source>
      <translation>{n} más sin listar: se muestran los {listed} más antiguos.</translation>
    </message>
    <message>
      <source>{n} alert(s)</source>
      <translation>{n} alerta(s)</translation>
    </message>
    <message>
      <source>No alerts</source>
      <translation>Sin alertas</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <source>With {officer}</source>
      <translation>Con {officer}</translation>
    </message>
    <message>
      <source>In storage at {location}</source>
      <translation>Almacenado en {location}</translation>
    </message>
    <message>
      <source>Registered, with {officer}</source>
      <translation>Registrado, con {officer}</translation>
    </message>
    <message>
      <source>Scan a barcode, or type the code and press Enter</source>
      <translation>Escanee un código de barras, o escriba el código y pulse Intro</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Indicio</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <source>Seal on record</source>
      <translation>Precinto registrado</translation>
    </message>
    <message>
      <source>Seal intact</source>
      <translation>Precinto intacto</translation>
    </message>
    <message>
      <source>Seal number seen</source>
      <translation>Número de precinto observado</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>Quitar los seleccionados</translation>
    </message>
    <message>
      <source>Empty the basket</source>
      <translation>Vaciar la canasta</translation>
    </message>
    <message>
      <source>not sealed</source>
      <translation>sin precinto</translation>
    </message>
    <message>
      <source>intact</source>
      <translation>intacto</translation>
    </message>
    <message>
      <source>number on the seal</source>
      <translation>número del precinto</translation>
    </message>
    <message>
      <source>No items scanned yet.</source>
      <translation>Aún no se ha escaneado ningún indicio.</translation>
    </message>
    <message>
      <source>{n} item(s) in the basket</source>
      <translation>{n} indicio(s) en la canasta</translation>
    </message>
    <message>
      <source>Scan the badge, or type the username or badge number</source>
      <translation>Escanee la credencial o escriba el usuario o la placa</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Firmar</translation>
    </message>
    <message>
      <source>Type the username and the password.</source>
      <translation>Escriba el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
      <source>{code}: this step does not use {what}.</source>
      <translation>{code}: este paso no usa {what}.</translation>
    </message>
    <message>
      <source>item numbers</source>
      <translation>números de indicio</translation>
    </message>
    <message>
      <source>location codes</source>
      <translation>códigos de ubicación</translation>
    </message>
    <message>
      <source>badge codes</source>
      <translation>códigos de credencial</translation>
    </message>
    <message>
      <source>{code} cannot be used on this page.</source>
      <translation>{code} no se puede usar en esta página.</translation>
    </message>
    <message>
      <source>{item} is already in the basket.</source>
      <translation>{item} ya está en la canasta.</translation>
    </message>
    <message>
      <source>{item} added: {description}</source>
      <translation>{item} agregado: {description}</translation>
    </message>
    <message>
      <source>{code} is not a badge.</source>
      <translation>{code} no es una credencial.</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>Disposición final</translation>
    </message>
    <message>
      <source>A supervisor authorises the disposal under a court order; it is then carried out before two witnesses who never had anything to do with the item.</source>
      <translation>Un supervisor autoriza la disposición final por orden judicial; luego se ejecuta ante dos testigos que nunca tuvieron relación con el indicio.</translation>
    </message>
    <message>
      <source>Items to dispose of</source>
      <translation>Indicios para disposición final</translation>
    </message>
    <message>
      <source>e.g. Dili District Court</source>
      <translation>p. ej. Juzgado Penal del Circuito de Bogotá</translation>
    </message>
    <message>
      <source>the order's number</source>
      <translation>el número de la orden</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>Autoridad</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>Referencia de la orden</translation>
    </message>
    <message>
      <source>Authorise disposal</source>
      <translation>Autorizar la disposición final</translation>
    </message>
    <message>
      <source>Only a supervisor can authorise a disposal.</source>
      <translation>Solo un supervisor puede autorizar una disposición final.</translation>
    </message>
    <message>
      <source>Authorise</source>
      <translation>Autorizar</translation>
    </message>
    <message>
      <source>Scan the item being disposed of</source>
      <translation>Escanee el indicio objeto de la disposición</translation>
    </message>
    <message>
      <source>No item scanned yet.</source>
      <translation>Aún no se ha escaneado ningún indicio.</translation>
    </message>
    <message>
      <source>How and before whom</source>
      <translation>Cómo y ante quién</translation>
    </message>
    <message>
      <source>e.g. incinerated at the municipal plant, furnace 2</source>
      <translation>p. ej. incinerado en la planta municipal, horno 2</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>opcional</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>Qué se hizo</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>First witness</source>
      <translation>Primer testigo</translation>
    </message>
    <message>
      <source>Second witness</source>
      <translation>Segundo testigo</translation>
    </message>
    <message>
      <source>Scan each witness's badge (or type the username); each witness then types their password on this workstation.</source>
      <translation>Escanee la credencial de cada testigo (o escriba su nombre de usuario); luego cada testigo escribe su contraseña en este equipo.</translation>
    </message>
    <message>
      <source>Carry out the disposal…</source>
      <translation>Ejecutar la disposición final…</translation>
    </message>
    <message>
      <source>Carry out</source>
      <translation>Ejecutar</translation>
    </message>
    <message>
      <source>{item} was already disposed of or released.</source>
      <translation>{item} ya tuvo disposición final o fue devuelto.</translation>
    </message>
    <message>
      <source>Disposal of {item} was already authorised ({order}).</source>
      <translation>La disposición final de {item} ya fue autorizada ({order}).</translation>
    </message>
    <message>
      <source>Not authorised: a supervisor must authorise it first.</source>
      <translation>No autorizada: un supervisor debe autorizarla primero.</translation>
    </message>
    <message>
      <source>Disposal of {item} has not been authorised.</source>
      <translation>La disposición final de {item} no ha sido autorizada.</translation>
    </message>
    <message>
      <source>Authorised by {who}: {method}, {authority}, order {order}.</source>
      <translation>Autorizada por {who}: {method}, {authority}, orden {order}.</translation>
    </message>
    <message>
      <source>{item}: ready to be disposed of.</source>
      <translation>{item}: listo para la disposición final.</translation>
    </message>
    <message>
      <source>{item} has an open weight discrepancy: a supervisor must acknowledge it first.</source>
      <translation>{item} tiene una discrepancia de peso abierta: un supervisor debe aceptarla primero.</translation>
    </message>
    <message>
      <source>Scan at least one item.</source>
      <translation>Escanee al menos un indicio.</translation>
    </message>
    <message>
      <source>Disposal of {n} item(s) authorised.</source>
      <translation>Disposición final de {n} indicio(s) autorizada.</translation>
    </message>
    <message>
      <source>Scan the item being disposed of.</source>
      <translation>Escanee el indicio objeto de la disposición.</translation>
    </message>
    <message>
      <source>Scan the badges of both witnesses (or type their usernames).</source>
      <translation>Escanee las credenciales de ambos testigos (o escriba sus nombres de usuario).</translation>
    </message>
    <message>
      <source>The two witnesses must be two different people.</source>
      <translation>Los dos testigos deben ser dos personas distintas.</translation>
    </message>
    <message>
      <source>You carry out the disposal: you cannot also be one of its witnesses.</source>
      <translation>Usted ejecuta la disposición final: no puede ser también uno de sus testigos.</translation>
    </message>
    <message>
      <source>Witness {n} signs</source>
      <translation>Firma del testigo {n}</translation>
    </message>
    <message>
      <source>{who}: you witness the disposal of {item} ({description}). Type your password to sign.</source>
      <translation>{who}: usted es testigo de la disposición final de {item} ({description}). Escriba su contraseña para firmar.</translation>
    </message>
    <message>
      <source>{item} disposed of (ledger entry {seq}).</source>
      <translation>Disposición final de {item} ejecutada (asiento del registro {seq}).</translation>
    </message>
    <message>
      <source>{item} is at the laboratory: record its return first.</source>
      <translation>{item} está en el laboratorio: registre primero su regreso.</translation>
    </message>
    <message>
      <source>{item} is at court: record its return first.</source>
      <translation>{item} está en el tribunal: registre primero su regreso.</translation>
    </message>
    <message>
      <source>{item} was disposed of: it cannot move any more.</source>
      <translation>{item} ya tuvo disposición final: no puede moverse más.</translation>
    </message>
    <message>
      <source>{item} was released to its owner: it cannot move any more.</source>
      <translation>{item} fue devuelto a su propietario: no puede moverse más.</translation>
    </message>
    <message>
      <source>{item} is in storage at {location}: only an evidence custodian can take it out.</source>
      <translation>{item} está almacenado en {location}: solo un custodio de evidencias puede retirarlo.</translation>
    </message>
    <message>
      <source>{item} is held by {holder}, not by you.</source>
      <translation>{item} lo tiene {holder}, no usted.</translation>
    </message>
    <message>
      <source>Hand over evidence</source>
      <translation>Entregar evidencias</translation>
    </message>
    <message>
      <source>Scan each item, then the receiving officer's badge. The receiver checks the seals and signs with their password on this workstation.</source>
      <translation>Escanee cada indicio y luego la credencial del agente que los recibe. Quien recibe revisa los precintos y firma con su contraseña en este equipo.</translation>
    </message>
    <message>
      <source>1. Items</source>
      <translation>1. Indicios</translation>
    </message>
    <message>
      <source>For each sealed item the receiver reads the number on the seal and ticks 'intact' only if the seal is unbroken.</source>
      <translation>Para cada indicio precintado, quien recibe lee el número del precinto y marca «intacto» solo si el precinto no está roto.</translation>
    </message>
    <message>
      <source>2. Receiving officer</source>
      <translation>2. Agente que recibe</translation>
    </message>
    <message>
      <source>3. Purpose</source>
      <translation>3. Finalidad</translation>
    </message>
    <message>
      <source>e.g. for analysis at the laboratory</source>
      <translation>p. ej. para análisis en el laboratorio</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Finalidad</translation>
    </message>
    <message>
      <source>Required when a seal is broken or its number differs from the record</source>
      <translation>Obligatorio si un precinto está roto o su número no coincide con el registro</translation>
    </message>
    <message>
      <source>4. Receiver's signature (optional)</source>
      <translation>4. Firma de quien recibe (opcional)</translation>
    </message>
    <message>
      <source>Clear signature</source>
      <translation>Borrar la firma</translation>
    </message>
    <message>
      <source>Hand over…</source>
      <translation>Entregar…</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself: scan the receiving officer's badge.</source>
      <translation>No puede entregarse indicios a sí mismo: escanee la credencial del agente que los recibe.</translation>
    </message>
    <message>
      <source>Receiver: {name}</source>
      <translation>Recibe: {name}</translation>
    </message>
    <message>
      <source>The seal of {items} is not intact or does not match the record: write a memo; a broken seal will be recorded.</source>
      <translation>El precinto de {items} no está intacto o no coincide con el registro: escriba una nota; se registrará un precinto roto.</translation>
    </message>
    <message>
      <source>Scan the receiving officer's badge or type their username.</source>
      <translation>Escanee la credencial del agente que recibe o escriba su nombre de usuario.</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself.</source>
      <translation>No puede entregarse indicios a sí mismo.</translation>
    </message>
    <message>
      <source>Say what the items are handed over for.</source>
      <translation>Indique para qué se entregan los indicios.</translation>
    </message>
    <message>
      <source>Read the seal number of {items} and type it in.</source>
      <translation>Lea el número del precinto de {items} y escríbalo.</translation>
    </message>
    <message>
      <source>A seal is not intact or does not match: write a memo explaining what was found.</source>
      <translation>Un precinto no está intacto o no coincide: escriba una nota explicando lo que encontró.</translation>
    </message>
    <message>
      <source>Receiving officer signs</source>
      <translation>Firma del agente que recibe</translation>
    </message>
    <message>
      <source>{receiver}: check the {n} item(s) and their seals, then type your password to receive them. Purpose: {purpose}</source>
      <translation>{receiver}: revise los {n} indicio(s) y sus precintos y luego escriba su contraseña para recibirlos. Finalidad: {purpose}</translation>
    </message>
    <message>
      <source>{n} item(s) handed over to {who} (ledger entries {first}–{last}).</source>
      <translation>{n} indicio(s) entregado(s) a {who} (asientos del registro {first}–{last}).</translation>
    </message>
    <message>
      <source>Inventory audit</source>
      <translation>Inventario</translation>
    </message>
    <message>
      <source>Choose or scan the location to audit, then scan every item there (and the shelves and bins inside it as you go). Missing, unexpected and misplaced items are listed as you scan.</source>
      <translation>Elija o escanee la ubicación que va a inventariar y luego escanee cada indicio que haya allí (y los estantes y cajas que contiene, a medida que avanza). Los indicios faltantes, inesperados y mal ubicados se listan a medida que escanea.</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Ubicación</translation>
    </message>
    <message>
      <source>Start the audit</source>
      <translation>Iniciar el inventario</translation>
    </message>
    <message>
      <source>Abandon</source>
      <translation>Abandonar</translation>
    </message>
    <message>
      <source>No audit in progress.</source>
      <translation>No hay ningún inventario en curso.</translation>
    </message>
    <message>
      <source>Scan items and locations, or type a code and press Enter</source>
      <translation>Escanee indicios y ubicaciones, o escriba un código y pulse Intro</translation>
    </message>
    <message>
      <source>What was scanned</source>
      <translation>Lo escaneado</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Esperados</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Encontrados</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Faltantes</translation>
    </message>
    <message>
      <source>Unexpected</source>
      <translation>Inesperados</translation>
    </message>
    <message>
      <source>Misplaced</source>
      <translation>Mal ubicados</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Terminar</translation>
    </message>
    <message>
      <source>optional remark for the record</source>
      <translation>observación opcional para el acta</translation>
    </message>
    <message>
      <source>Finish and record the audit</source>
      <translation>Terminar y registrar el inventario</translation>
    </message>
    <message>
      <source>Save the discrepancy report as PDF…</source>
      <translation>Guardar el informe de discrepancias en PDF…</translation>
    </message>
    <message>
      <source>being looked up</source>
      <translation>buscando</translation>
    </message>
    <message>
      <source>not registered</source>
      <translation>no registrado</translation>
    </message>
    <message>
      <source>recorded at</source>
      <translation>registrado en</translation>
    </message>
    <message>
      <source>found at</source>
      <translation>encontrado en</translation>
    </message>
    <message>
      <source>Auditing {code} · {name}: {n} item(s) expected in {m} location(s).</source>
      <translation>Inventario de {code} · {name}: {n} indicio(s) esperado(s) en {m} ubicación(es).</translation>
    </message>
    <message>
      <source>Scanning at {location}</source>
      <translation>Escaneando en {location}</translation>
    </message>
    <message>
      <source>Choose the location to audit (or scan its code).</source>
      <translation>Elija la ubicación que va a inventariar (o escanee su código).</translation>
    </message>
    <message>
      <source>Audit of {code} started: scan everything there.</source>
      <translation>Inventario de {code} iniciado: escanee todo lo que haya allí.</translation>
    </message>
    <message>
      <source>Audit abandoned: nothing was recorded.</source>
      <translation>Inventario abandonado: no se registró nada.</translation>
    </message>
    <message>
      <source>{code} is a badge: scan items and locations.</source>
      <translation>{code} es una credencial: escanee indicios y ubicaciones.</translation>
    </message>
    <message>
      <source>Recorded: {found} found, {missing} missing, {unexpected} unexpected, {misplaced} misplaced (of {expected} expected). Save the discrepancy report to print it.</source>
      <translation>Registrado: {found} encontrado(s), {missing} faltante(s), {unexpected} inesperado(s), {misplaced} mal ubicado(s) (de {expected} esperado(s)). Guarde el informe de discrepancias para imprimirlo.</translation>
    </message>
    <message>
      <source>Audit of {code} recorded.</source>
      <translation>Inventario de {code} registrado.</translation>
    </message>
    <message>
      <source>Discrepancy report saved: {path}</source>
      <translation>Informe de discrepancias guardado: {path}</translation>
    </message>
    <message>
      <source>Save the discrepancy report</source>
      <translation>Guardar el informe de discrepancias</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <source>{field}: expected {expected}, found {found} ({sign}{diff}; tolerance {tol})</source>
      <translation>{field}: esperado {expected}, encontrado {found} ({sign}{diff}; tolerancia {tol})</translation>
    </message>
    <message>
      <source>gross weight</source>
      <translation>peso bruto</translation>
    </message>
    <message>
      <source>net weight</source>
      <translation>peso neto</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>Asiento</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>Originada por</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>Pesos</translation>
    </message>
    <message>
      <source>Reason (e.g. moisture loss confirmed by the laboratory)</source>
      <translation>Motivo (p. ej. pérdida de humedad confirmada por el laboratorio)</translation>
    </message>
    <message>
      <source>Acknowledge</source>
      <translation>Aceptar</translation>
    </message>
    <message>
      <source>Only a supervisor can acknowledge a discrepancy.</source>
      <translation>Solo un supervisor puede aceptar una discrepancia.</translation>
    </message>
    <message>
      <source>Choose the discrepancy to acknowledge.</source>
      <translation>Elija la discrepancia que va a aceptar.</translation>
    </message>
    <message>
      <source>Give the reason the discrepancy is accepted.</source>
      <translation>Indique por qué se acepta la discrepancia.</translation>
    </message>
    <message>
      <source>Discrepancy {seq} of {item} acknowledged (entry {ack}).</source>
      <translation>Discrepancia {seq} de {item} aceptada (asiento {ack}).</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratorio</translation>
    </message>
    <message>
      <source>Send items for analysis with the request; record their return with the results and the weights.</source>
      <translation>Envíe indicios para análisis con la solicitud; registre su regreso con los resultados y los pesos.</translation>
    </message>
    <message>
      <source>Items to send</source>
      <translation>Indicios que se envían</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Solicitud</translation>
    </message>
    <message>
      <source>e.g. National forensic laboratory</source>
      <translation>p. ej. Instituto Nacional de Medicina Legal y Ciencias Forenses</translation>
    </message>
    <message>
      <source>the laboratory's case number, if known</source>
      <translation>el número de caso del laboratorio, si se conoce</translation>
    </message>
    <message>
      <source>What the laboratory is asked to examine</source>
      <translation>Lo que se pide al laboratorio que examine</translation>
    </message>
    <message>
      <source>Laboratory number</source>
      <translation>Número de laboratorio</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>Recibido por</translation>
    </message>
    <message>
      <source>Their signature (optional)</source>
      <translation>Su firma (opcional)</translation>
    </message>
    <message>
      <source>Send to the laboratory</source>
      <translation>Enviar al laboratorio</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Enviar</translation>
    </message>
    <message>
      <source>Item back from the laboratory</source>
      <translation>Indicio de regreso del laboratorio</translation>
    </message>
    <message>
      <source>Scan the item that came back</source>
      <translation>Escanee el indicio que regresó</translation>
    </message>
    <message>
      <source>as on the laboratory's report</source>
      <translation>como figura en el informe del laboratorio</translation>
    </message>
    <message>
      <source>The laboratory's findings</source>
      <translation>Las conclusiones del laboratorio</translation>
    </message>
    <message>
      <source>e.g. 3.2 kg or 250 g</source>
      <translation>p. ej. 3,2 kg o 250 g</translation>
    </message>
    <message>
      <source>e.g. 2.9 kg</source>
      <translation>p. ej. 2,9 kg</translation>
    </message>
    <message>
      <source>amount used up by the analysis, e.g. 2 g</source>
      <translation>cantidad consumida en el análisis, p. ej. 2 g</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Handed back by</source>
      <translation>Devuelto por</translation>
    </message>
    <message>
      <source>Gross weight</source>
      <translation>Peso bruto</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Peso neto</translation>
    </message>
    <message>
      <source>Consumed in analysis</source>
      <translation>Consumido en el análisis</translation>
    </message>
    <message>
      <source>Weights without a unit are grams.</source>
      <translation>Los pesos sin unidad están en gramos.</translation>
    </message>
    <message>
      <source>Record the return</source>
      <translation>Registrar el regreso</translation>
    </message>
    <message>
      <source>Weight discrepancies awaiting acknowledgement</source>
      <translation>Discrepancias de peso pendientes de aceptación</translation>
    </message>
    <message>
      <source>Back from the laboratory</source>
      <translation>Regreso del laboratorio</translation>
    </message>
    <message>
      <source>{item} is not at the laboratory (it is: {where}).</source>
      <translation>{item} no está en el laboratorio (situación: {where}).</translation>
    </message>
    <message>
      <source>Weights on record: gross {gross}, net {net}</source>
      <translation>Pesos registrados: bruto {gross}, neto {net}</translation>
    </message>
    <message>
      <source>{item} is back: enter the results and the weights.</source>
      <translation>{item} regresó: ingrese los resultados y los pesos.</translation>
    </message>
    <message>
      <source>{n} item(s) sent to {lab}.</source>
      <translation>{n} indicio(s) enviado(s) a {lab}.</translation>
    </message>
    <message>
      <source>Scan the item that came back from the laboratory.</source>
      <translation>Escanee el indicio que regresó del laboratorio.</translation>
    </message>
    <message>
      <source>Weight discrepancy raised for {item} (entry {seq}): {details}. A supervisor must acknowledge it before the item can be disposed of.</source>
      <translation>Discrepancia de peso originada para {item} (asiento {seq}): {details}. Un supervisor debe aceptarla antes de que el indicio pueda tener disposición final.</translation>
    </message>
    <message>
      <source>{item} is back, with a weight discrepancy.</source>
      <translation>{item} regresó, con una discrepancia de peso.</translation>
    </message>
    <message>
      <source>{item} is back from the laboratory; the weights agree.</source>
      <translation>{item} regresó del laboratorio; los pesos coinciden.</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Take items to a hearing and record their return.</source>
      <translation>Lleve indicios a una audiencia y registre su regreso.</translation>
    </message>
    <message>
      <source>Items for court</source>
      <translation>Indicios para el tribunal</translation>
    </message>
    <message>
      <source>e.g. Trial hearing, 3 December, courtroom 2</source>
      <translation>p. ej. Audiencia de juicio oral, 3 de diciembre, sala 2</translation>
    </message>
    <message>
      <source>the court's case reference</source>
      <translation>la referencia del caso en el tribunal</translation>
    </message>
    <message>
      <source>Hearing</source>
      <translation>Audiencia</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Referencia del tribunal</translation>
    </message>
    <message>
      <source>Take to court</source>
      <translation>Llevar al tribunal</translation>
    </message>
    <message>
      <source>To court</source>
      <translation>Al tribunal</translation>
    </message>
    <message>
      <source>Items back from court</source>
      <translation>Indicios de regreso del tribunal</translation>
    </message>
    <message>
      <source>optional: what happened to the items at court</source>
      <translation>opcional: qué pasó con los indicios en el tribunal</translation>
    </message>
    <message>
      <source>Back from court</source>
      <translation>Regreso del tribunal</translation>
    </message>
    <message>
      <source>{item} is not at court.</source>
      <translation>{item} no está en el tribunal.</translation>
    </message>
    <message>
      <source>{n} item(s) taken to court.</source>
      <translation>{n} indicio(s) llevado(s) al tribunal.</translation>
    </message>
    <message>
      <source>{n} item(s) back from court.</source>
      <translation>{n} indicio(s) de regreso del tribunal.</translation>
    </message>
    <message>
      <source>Barcode scanner</source>
      <translation>Lector de códigos de barras</translation>
    </message>
    <message>
      <source>A scanner types like a keyboard, only much faster. Without a prefix Custody tells a scan from typing by the speed of the keys and the Enter or Tab at the end. Test your scanner below; if codes land in the test field instead, raise the key interval, or better, set a prefix.</source>
      <translation>Un lector escribe como un teclado, solo que mucho más rápido. Sin prefijo, Custody distingue una lectura de la escritura por la velocidad de las teclas y el Intro o Tab final. Pruebe su lector abajo; si los códigos caen en el campo de prueba, aumente el intervalo entre teclas o, mejor, defina un prefijo.</translation>
    </message>
    <message>
      <source>Test your scanner</source>
      <translation>Probar el lector</translation>
    </message>
    <message>
      <source>Scan any label. Each scan is listed here and opens nothing while this page is shown.</source>
      <translation>Escanee cualquier etiqueta. Cada lectura se lista aquí y no abre nada mientras esta página esté abierta.</translation>
    </message>
    <message>
      <source>Click here and scan: if the code appears in this field, it was read as typing</source>
      <translation>Haga clic aquí y escanee: si el código aparece en este campo, se leyó como escritura</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <source>Settings for this station</source>
      <translation>Configuración de esta estación</translation>
    </message>
    <message>
      <source>Recommended: set your scanner to send a prefix before every code (most scanners can, with a set-up barcode from their manual; a character nobody types, such as ~ or §) and type the same prefix here. Then a scan is recognised by its prefix whatever the speed, and typing is never held back or mistaken for a scan, even from a password manager.</source>
      <translation>Recomendado: configure su lector para que envíe un prefijo antes de cada código (la mayoría puede, con un código de barras de configuración de su manual; un carácter que nadie escribe, como ~ o §) y escriba aquí el mismo prefijo. Así una lectura se reconoce por su prefijo sea cual sea la velocidad, y la escritura nunca se retiene ni se confunde con una lectura, ni siquiera desde un gestor de contraseñas.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>Longest pause between keys</source>
      <translation>Pausa máxima entre teclas</translation>
    </message>
    <message>
      <source>Keys closer together than this belong to one scan. People type slower than about 80 ms per key; scanners much faster.</source>
      <translation>Las teclas más seguidas que esto pertenecen a una misma lectura. Las personas escriben más despacio que unos 80 ms por tecla; los lectores, mucho más rápido.</translation>
    </message>
    <message>
      <source>Shortest code</source>
      <translation>Código más corto</translation>
    </message>
    <message>
      <source>A faster burst that is shorter than this is typing.</source>
      <translation>Una ráfaga rápida más corta que esto es escritura.</translation>
    </message>
    <message>
      <source>Prefix</source>
      <translation>Prefijo</translation>
    </message>
    <message>
      <source>Characters your scanner is set to send before each code (usually none).</source>
      <translation>Caracteres que su lector envía antes de cada código (normalmente ninguno).</translation>
    </message>
    <message>
      <source>Suffix</source>
      <translation>Sufijo</translation>
    </message>
    <message>
      <source>Characters sent after each code, before Enter (usually none).</source>
      <translation>Caracteres enviados después de cada código, antes del Intro (normalmente ninguno).</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Only an administrator can change these settings.</source>
      <translation>Solo un administrador puede cambiar esta configuración.</translation>
    </message>
    <message>
      <source>{n} characters, slowest gap {gap} ms, ended with {end}</source>
      <translation>{n} caracteres, mayor pausa {gap} ms, terminado en {end}</translation>
    </message>
    <message>
      <source>✗ {code}: {error} ({facts})</source>
      <translation>✗ {code}: {error} ({facts})</translation>
    </message>
    <message>
      <source>= {code}: the same code again within {s} s, counted once</source>
      <translation>= {code}: el mismo código otra vez en menos de {s} s, contado una vez</translation>
    </message>
    <message>
      <source>✓ {code}: {kind} ({facts})</source>
      <translation>✓ {code}: {kind} ({facts})</translation>
    </message>
    <message>
      <source>item</source>
      <translation>indicio</translation>
    </message>
    <message>
      <source>location</source>
      <translation>ubicación</translation>
    </message>
    <message>
      <source>badge</source>
      <translation>credencial</translation>
    </message>
    <message>
      <source>Scanner works: {code}</source>
      <translation>El lector funciona: {code}</translation>
    </message>
    <message>
      <source>In force: scans are recognised by the prefix {prefix}. Typing is never held back.</source>
      <translation>Vigente: las lecturas se reconocen por el prefijo {prefix}. La escritura nunca se retiene.</translation>
    </message>
    <message>
      <source>In force: scans are told from typing by speed only (keys less than {ms} ms apart, at least {n} characters, then Enter or Tab).</source>
      <translation>Vigente: las lecturas se distinguen de la escritura solo por la velocidad (teclas a menos de {ms} ms, al menos {n} caracteres, luego Intro o Tab).</translation>
    </message>
    <message>
      <source>Scanner settings saved.</source>
      <translation>Configuración del lector guardada.</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Almacén</translation>
    </message>
    <message>
      <source>Scan the location (shelf, safe, locker), then every item: check them in, out, or move them there.</source>
      <translation>Escanee la ubicación (estante, caja fuerte, casillero) y luego cada indicio: ingréselos, retírelos o muévalos allí.</translation>
    </message>
    <message>
      <source>What are you doing?</source>
      <translation>¿Qué está haciendo?</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Ingresar</translation>
    </message>
    <message>
      <source>Check out</source>
      <translation>Retirar</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Mover</translation>
    </message>
    <message>
      <source>No location scanned yet.</source>
      <translation>Aún no se ha escaneado ninguna ubicación.</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Indicios</translation>
    </message>
    <message>
      <source>Other officer (optional)</source>
      <translation>Otro agente (opcional)</translation>
    </message>
    <message>
      <source>e.g. for court on Monday</source>
      <translation>p. ej. para el tribunal el lunes</translation>
    </message>
    <message>
      <source>Check in here</source>
      <translation>Ingresar aquí</translation>
    </message>
    <message>
      <source>Move here</source>
      <translation>Mover aquí</translation>
    </message>
    <message>
      <source>The items go into this location.</source>
      <translation>Los indicios ingresan a esta ubicación.</translation>
    </message>
    <message>
      <source>Optional: the location the items are taken from (they must be recorded there).</source>
      <translation>Opcional: la ubicación de la que se retiran los indicios (deben estar registrados allí).</translation>
    </message>
    <message>
      <source>The items move to this location.</source>
      <translation>Los indicios se mueven a esta ubicación.</translation>
    </message>
    <message>
      <source>Delivered by</source>
      <translation>Entregado por</translation>
    </message>
    <message>
      <source>Items held by another officer go in only if that officer signs with their password.</source>
      <translation>Los indicios que tiene otro agente solo ingresan si ese agente firma con su contraseña.</translation>
    </message>
    <message>
      <source>Handed to</source>
      <translation>Entregado a</translation>
    </message>
    <message>
      <source>Leave empty to take the items yourself; another officer receives them by signing with their password.</source>
      <translation>Déjelo vacío para llevarse usted los indicios; otro agente los recibe firmando con su contraseña.</translation>
    </message>
    <message>
      <source>Location {code}: {name}</source>
      <translation>Ubicación {code}: {name}</translation>
    </message>
    <message>
      <source>Scan the location first.</source>
      <translation>Escanee primero la ubicación.</translation>
    </message>
    <message>
      <source>deliver</source>
      <translation>entregar</translation>
    </message>
    <message>
      <source>receive</source>
      <translation>recibir</translation>
    </message>
    <message>
      <source>{who} signs</source>
      <translation>Firma de {who}</translation>
    </message>
    <message>
      <source>{who}: type your password to {what} the {n} item(s).</source>
      <translation>{who}: escriba su contraseña para {what} los {n} indicio(s).</translation>
    </message>
    <message>
      <source>{n} item(s) checked in at {where}.</source>
      <translation>{n} indicio(s) ingresado(s) en {where}.</translation>
    </message>
    <message>
      <source>{n} item(s) checked out.</source>
      <translation>{n} indicio(s) retirado(s) del almacén.</translation>
    </message>
    <message>
      <source>{n} item(s) moved to {where}.</source>
      <translation>{n} indicio(s) movido(s) a {where}.</translation>
    </message>
    <message>
      <source>Send evidence to another agency</source>
      <translation>Enviar evidencias a otra entidad</translation>
    </message>
    <message>
      <source>The items leave this station with their whole history, proven by this station's key, in one package file (USB stick, e-mail). The receiving agency checks it before it accepts the items.</source>
      <translation>Los indicios salen de esta estación con todo su historial, probado por la clave de esta estación, en un solo archivo de paquete (memoria USB, correo electrónico). La entidad que recibe lo verifica antes de aceptar los indicios.</translation>
    </message>
    <message>
      <source>2. Receiving agency and officer</source>
      <translation>2. Entidad y agente que reciben</translation>
    </message>
    <message>
      <source>e.g. National Forensic Laboratory</source>
      <translation>p. ej. Instituto Nacional de Medicina Legal y Ciencias Forenses</translation>
    </message>
    <message>
      <source>Full name of the person who takes the items</source>
      <translation>Nombre completo de la persona que se lleva los indicios</translation>
    </message>
    <message>
      <source>Their organisation</source>
      <translation>Su organización</translation>
    </message>
    <message>
      <source>Badge or identity document number</source>
      <translation>Número de placa o de documento de identidad</translation>
    </message>
    <message>
      <source>e.g. analysis, hand-over of the case to the prosecutor</source>
      <translation>p. ej. análisis, entrega del caso a la Fiscalía</translation>
    </message>
    <message>
      <source>Receiving agency</source>
      <translation>Entidad que recibe</translation>
    </message>
    <message>
      <source>Receiving officer</source>
      <translation>Agente que recibe</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>Número de identificación</translation>
    </message>
    <message>
      <source>3. Receiving officer's signature</source>
      <translation>3. Firma del agente que recibe</translation>
    </message>
    <message>
      <source>The receiving officer signs here. You sign the hand-over with your own key when you confirm; their station signs the receipt when it accepts the package.</source>
      <translation>El agente que recibe firma aquí. Usted firma la entrega con su propia clave al confirmar; su estación firma el recibo cuando acepta el paquete.</translation>
    </message>
    <message>
      <source>Hand over and save the package…</source>
      <translation>Entregar y guardar el paquete…</translation>
    </message>
    <message>
      <source>{item} is not here: it cannot be sent.</source>
      <translation>{item} no está aquí: no se puede enviar.</translation>
    </message>
    <message>
      <source>Name the receiving agency or station.</source>
      <translation>Indique la entidad o estación que recibe.</translation>
    </message>
    <message>
      <source>Name the officer who takes the items.</source>
      <translation>Indique el agente que se lleva los indicios.</translation>
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation>Guardar el paquete de traspaso</translation>
    </message>
    <message>
      <source>Custody transfer package (*.custody)</source>
      <translation>Paquete de traspaso de Custody (*.custody)</translation>
    </message>
    <message>
      <source>{n} item(s) handed over; package saved to {path}. The receiving agency needs this station's key to check it: {key}</source>
      <translation>{n} indicio(s) entregado(s); paquete guardado en {path}. La entidad que recibe necesita la clave de esta estación para verificarlo: {key}</translation>
    </message>
    <message>
      <source>Receive evidence from another agency</source>
      <translation>Recibir evidencias de otra entidad</translation>
    </message>
    <message>
      <source>Open the package file the other agency sent. Custody checks it against the keys your administrator trusts and shows what it proves. Nothing is recorded until you receive the items.</source>
      <translation>Abra el archivo de paquete que envió la otra entidad. Custody lo verifica con las claves en las que confía su administrador y muestra lo que prueba. No se registra nada hasta que reciba los indicios.</translation>
    </message>
    <message>
      <source>1. Package</source>
      <translation>1. Paquete</translation>
    </message>
    <message>
      <source>Open package…</source>
      <translation>Abrir paquete…</translation>
    </message>
    <message>
      <source>No package opened.</source>
      <translation>Ningún paquete abierto.</translation>
    </message>
    <message>
      <source>Only if the sender is not on the trust list: the key they published, confirmed with them</source>
      <translation>Solo si el remitente no está en la lista de confianza: la clave que publicó, confirmada con él</translation>
    </message>
    <message>
      <source>Sender's key</source>
      <translation>Clave del remitente</translation>
    </message>
    <message>
      <source>2. What the package proves</source>
      <translation>2. Lo que prueba el paquete</translation>
    </message>
    <message>
      <source>Open a package to see what it proves.</source>
      <translation>Abra un paquete para ver lo que prueba.</translation>
    </message>
    <message>
      <source>Receive these items</source>
      <translation>Recibir estos indicios</translation>
    </message>
    <message>
      <source>Item / event</source>
      <translation>Indicio / evento</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>Proven by</source>
      <translation>Probado por</translation>
    </message>
    <message>
      <source>Open a transfer package</source>
      <translation>Abrir un paquete de traspaso</translation>
    </message>
    <message>
      <source>Custody transfer package (*.custody);;All files (*)</source>
      <translation>Paquete de traspaso de Custody (*.custody);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
      <source>VERIFIED: signed by {agency} ({station}) with a key you trust; every entry is proven by the checkpoints below. You may receive the items.</source>
      <translation>VERIFICADO: firmado por {agency} ({station}) con una clave de confianza; cada asiento está probado por los puntos de control de abajo. Puede recibir los indicios.</translation>
    </message>
    <message>
      <source>REFUSED: this package cannot be received, for these reasons:</source>
      <translation>RECHAZADO: este paquete no se puede recibir, por estos motivos:</translation>
    </message>
    <message>
      <source>Package hash: {h}</source>
      <translation>Hash del paquete: {h}</translation>
    </message>
    <message>
      <source>From: {agency}, station {station}; key {key}</source>
      <translation>De: {agency}, estación {station}; clave {key}</translation>
    </message>
    <message>
      <source>To: {agency}: {name} ({org}, ID {id})</source>
      <translation>Para: {agency}: {name} ({org}, ID {id})</translation>
    </message>
    <message>
      <source>Proven by checkpoint: {seg}</source>
      <translation>Probado por el punto de control: {seg}</translation>
    </message>
    <message>
      <source>Open a package that verifies first.</source>
      <translation>Abra primero un paquete que pase la verificación.</translation>
    </message>
    <message>
      <source>Received {n} item(s): {items}. They are now in your custody.</source>
      <translation>Se recibieron {n} indicio(s): {items}. Ahora están bajo su custodia.</translation>
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <source>The database given (--db or CUSTODY_DATABASE_URL) is neither an SQLite file path nor a postgresql:// URL. Nothing was opened.</source>
      <translation>La base de datos indicada (--db o CUSTODY_DATABASE_URL) no es ni una ruta de archivo SQLite ni una URL postgresql://. No se abrió nada.</translation>
    </message>
    <message>
      <source>There is no database at {path}. Check --db (or the data folder), or create one with 'custody init'. Nothing was created.</source>
      <translation>No hay ninguna base de datos en {path}. Revise --db (o la carpeta de datos), o cree una con «custody init». No se creó nada.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a database file. Nothing was opened.</source>
      <translation>{path} es una carpeta, no un archivo de base de datos. No se abrió nada.</translation>
    </message>
    <message>
      <source>The database {path} is on a network share ({fstype} at {mount}). Custody does not open an SQLite database over a network: its locks do not hold there, and two workstations writing to the same file could fork or corrupt the ledger. Keep the database on this computer's own disk (choose another folder with --data-dir or --db), or let the stations share one PostgreSQL server (see docs/DEPLOYMENT.md). Nothing was opened.</source>
      <translation>La base de datos {path} está en una carpeta compartida de red ({fstype} en {mount}). Custody no abre una base de datos SQLite por la red: sus bloqueos no funcionan allí, y dos equipos escribiendo en el mismo archivo podrían bifurcar o dañar el registro. Mantenga la base de datos en el disco de este equipo (elija otra carpeta con --data-dir o --db), o haga que las estaciones compartan un servidor PostgreSQL (vea docs/DEPLOYMENT.md). No se abrió nada.</translation>
    </message>
    <message>
      <source>This database file is read-only and its schema ({current}) is older than this Custody's ({head}). Nothing was changed; upgrade a writable copy ('custody db upgrade').</source>
      <translation>Este archivo de base de datos es de solo lectura y su esquema ({current}) es anterior al de este Custody ({head}). No se cambió nada; actualice una copia con permiso de escritura («custody db upgrade»).</translation>
    </message>
    <message>
      <source>The copy of {path} made before the schema upgrade does not check out, so the upgrade was not started. Check the disk, then run 'custody ledger verify'.</source>
      <translation>La copia de {path} hecha antes de la actualización del esquema no pasa la verificación, así que la actualización no se inició. Revise el disco y luego ejecute «custody ledger verify».</translation>
    </message>
    <message>
      <source>The database is busy with another workstation's work. Nothing was saved; try again in a moment.</source>
      <translation>La base de datos está ocupada con el trabajo de otro equipo. No se guardó nada; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was saved; free some space and try again.</source>
      <translation>El disco está lleno. No se guardó nada; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>The database cannot be reached ({reason}). Check --db, the network or the data folder; nothing was saved.</source>
      <translation>No se puede acceder a la base de datos ({reason}). Revise --db, la red o la carpeta de datos; no se guardó nada.</translation>
    </message>
    <message>
      <source>The connection to the database server was lost ({reason}). Nothing was saved; try again when the server is back.</source>
      <translation>Se perdió la conexión con el servidor de la base de datos ({reason}). No se guardó nada; vuelva a intentarlo cuando el servidor vuelva.</translation>
    </message>
    <message>
      <source>The connection to the database server was lost while saving ({reason}), so it is not known whether the action was saved. Look at the item's history before doing it again.</source>
      <translation>Se perdió la conexión con el servidor de la base de datos mientras se guardaba ({reason}), así que no se sabe si la acción se guardó. Mire el historial del indicio antes de volver a hacerla.</translation>
    </message>
    <message>
      <source>The database refused this workstation's role access to some data. Nothing was saved. The administrator should run 'custody db grants' again (needed after every schema upgrade).</source>
      <translation>La base de datos negó al rol de este equipo el acceso a algunos datos. No se guardó nada. El administrador debe volver a ejecutar «custody db grants» (necesario tras cada actualización del esquema).</translation>
    </message>
    <message>
      <source>The database file is read-only. Nothing was saved.</source>
      <translation>El archivo de base de datos es de solo lectura. No se guardó nada.</translation>
    </message>
    <message>
      <source>The database file is damaged or is not a Custody database ({reason}). Nothing was written. Restore the latest backup ('custody restore').</source>
      <translation>El archivo de base de datos está dañado o no es una base de datos de Custody ({reason}). No se escribió nada. Restaure la copia de seguridad más reciente («custody restore»).</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>This database already holds the demo data. Nothing was added; to start over, give a new database file: custody demo --db NEW.sqlite3</source>
      <translation>Esta base de datos ya contiene los datos de demostración. No se agregó nada; para empezar de nuevo, indique un archivo de base de datos nuevo: custody demo --db NUEVA.sqlite3</translation>
    </message>
  </context>
  <context>
    <name>Disposal</name>
    <message>
      <source>Choose how the items are to be disposed of.</source>
      <translation>Elija la disposición final que se dará a los indicios.</translation>
    </message>
    <message>
      <source>Disposal of item {item} was already authorised (entry {seq}, {method}, {order}).</source>
      <translation>La disposición final del indicio {item} ya fue autorizada (asiento {seq}, {method}, {order}).</translation>
    </message>
    <message>
      <source>Disposal of item {item} has not been authorised: a supervisor must authorise it first.</source>
      <translation>La disposición final del indicio {item} no ha sido autorizada: un supervisor debe autorizarla primero.</translation>
    </message>
    <message>
      <source>A disposal needs exactly two witnesses; {count} were given.</source>
      <translation>Una disposición final requiere exactamente dos testigos; se indicaron {count}.</translation>
    </message>
    <message>
      <source>The two witnesses must be two different people.</source>
      <translation>Los dos testigos deben ser dos personas distintas.</translation>
    </message>
    <message>
      <source>You carry out the disposal: you cannot also be one of its witnesses.</source>
      <translation>Usted ejecuta la disposición final: no puede ser también uno de sus testigos.</translation>
    </message>
    <message>
      <source>{user} cannot witness the disposal of item {item}: they appear in its chain of custody ({role}). Choose a witness who never had anything to do with the item.</source>
      <translation>{user} no puede ser testigo de la disposición final del indicio {item}: figura en su cadena de custodia ({role}). Elija un testigo que nunca haya tenido relación con el indicio.</translation>
    </message>
    <message>
      <source>You authorised the disposal of item {item}: another officer must carry it out (the one who decides does not also destroy).</source>
      <translation>Usted autorizó la disposición final del indicio {item}: otro agente debe ejecutarla (quien decide no destruye también).</translation>
    </message>
    <message>
      <source>{user} is not an active user: they cannot witness a disposal.</source>
      <translation>{user} no es un usuario activo: no puede ser testigo de una disposición final.</translation>
    </message>
    <message>
      <source>Item {item} has an open weight discrepancy (entry {seq}): a supervisor must acknowledge it first.</source>
      <translation>El indicio {item} tiene una discrepancia de peso abierta (asiento {seq}): un supervisor debe aceptarla primero.</translation>
    </message>
  </context>
  <context>
    <name>DisposalMethod</name>
    <message>
      <source>Destruction</source>
      <translation>Destrucción</translation>
    </message>
    <message>
      <source>Return to owner</source>
      <translation>Devolución al propietario</translation>
    </message>
    <message>
      <source>Forfeiture to the state</source>
      <translation>Comiso a favor del Estado</translation>
    </message>
    <message>
      <source>Transfer to another agency</source>
      <translation>Traspaso a otra entidad</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>Item {item} was neither disposed of nor released to its owner (it is {status}): there is no disposal certificate to print.</source>
      <translation>El indicio {item} no fue destruido ni devuelto a su propietario (estado: {status}): no hay acta de disposición final que imprimir.</translation>
    </message>
    <message>
      <source>Item {item} was never sent to a laboratory: there is no submission form to print.</source>
      <translation>El indicio {item} nunca se envió a un laboratorio: no hay formato de remisión que imprimir.</translation>
    </message>
    <message>
      <source>There is no recorded inventory audit {audit}.</source>
      <translation>No existe el inventario registrado {audit}.</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>Weighing, entry {seq}</source>
      <translation>Pesaje, asiento {seq}</translation>
    </message>
    <message>
      <source>Laboratory return, entry {seq}</source>
      <translation>Regreso del laboratorio, asiento {seq}</translation>
    </message>
    <message>
      <source>lab number</source>
      <translation>número de laboratorio</translation>
    </message>
    <message>
      <source>Biohazard: {items}</source>
      <translation>Riesgo biológico: {items}</translation>
    </message>
    <message>
      <source>Not registered</source>
      <translation>No registrado</translation>
    </message>
  </context>
  <context>
    <name>EditRolesDialog</name>
    <message>
      <source>Roles</source>
      <translation>Roles</translation>
    </message>
    <message>
      <source>You cannot take the Administrator role away from your own account; ask another administrator.</source>
      <translation>No puede quitar el rol de Administrador a su propia cuenta; pídalo a otro administrador.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>{path}: {reason}. Nothing more was written.</source>
      <translation>{path}: {reason}. No se escribió nada más.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist. Nothing was written; create it or choose another place for {name}.</source>
      <translation>La carpeta {folder} no existe. No se escribió nada; créela o elija otro lugar para {name}.</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to. Nothing was written; choose another place for {name}.</source>
      <translation>No se puede escribir en la carpeta {folder}. No se escribió nada; elija otro lugar para {name}.</translation>
    </message>
    <message>
      <source>The password file {path} is not a text file (its first line should hold the password).</source>
      <translation>El archivo de contraseña {path} no es un archivo de texto (su primera línea debe contener la contraseña).</translation>
    </message>
    <message>
      <source>Cannot read the password file {path}: {reason}.</source>
      <translation>No se puede leer el archivo de contraseña {path}: {reason}.</translation>
    </message>
    <message>
      <source>The action could not be completed.</source>
      <translation>No se pudo completar la acción.</translation>
    </message>
    <message>
      <source>Some details need correcting ({count}); each marked field says what is wrong.</source>
      <translation>Hay datos que corregir ({count}); cada campo marcado indica qué está mal.</translation>
    </message>
    <message>
      <source>Nothing was found for {what} {key}.</source>
      <translation>No se encontró nada para {what} {key}.</translation>
    </message>
    <message>
      <source>Your roles ({roles}) do not allow: {action}.</source>
      <translation>Sus roles ({roles}) no permiten: {action}.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Something went wrong that Custody did not expect. What you were doing was not completed; nothing half-done was saved.

Please tell your administrator. The details below are also in the log file.</source>
      <translation>Ocurrió un error que Custody no esperaba. Lo que estaba haciendo no se completó; no se guardó nada a medias.

Avise a su administrador. Los detalles de abajo también están en el archivo de registro.</translation>
    </message>
  </context>
  <context>
    <name>EventKind</name>
    <message>
      <source>Case opened</source>
      <translation>Caso abierto</translation>
    </message>
    <message>
      <source>Seizure recorded</source>
      <translation>Incautación registrada</translation>
    </message>
    <message>
      <source>Item registered</source>
      <translation>Indicio registrado</translation>
    </message>
    <message>
      <source>Item record corrected</source>
      <translation>Registro del indicio corregido</translation>
    </message>
    <message>
      <source>Label printed</source>
      <translation>Etiqueta impresa</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>Entregado</translation>
    </message>
    <message>
      <source>Checked in to storage</source>
      <translation>Ingresado al almacén</translation>
    </message>
    <message>
      <source>Checked out of storage</source>
      <translation>Retirado del almacén</translation>
    </message>
    <message>
      <source>Moved in storage</source>
      <translation>Movido dentro del almacén</translation>
    </message>
    <message>
      <source>Sent to the laboratory</source>
      <translation>Enviado al laboratorio</translation>
    </message>
    <message>
      <source>Returned from the laboratory</source>
      <translation>Regresó del laboratorio</translation>
    </message>
    <message>
      <source>Taken to court</source>
      <translation>Llevado al tribunal</translation>
    </message>
    <message>
      <source>Returned from court</source>
      <translation>Regresó del tribunal</translation>
    </message>
    <message>
      <source>Seal broken</source>
      <translation>Precinto roto</translation>
    </message>
    <message>
      <source>Seal applied</source>
      <translation>Precinto colocado</translation>
    </message>
    <message>
      <source>Item split</source>
      <translation>Indicio dividido</translation>
    </message>
    <message>
      <source>Sample taken</source>
      <translation>Muestra tomada</translation>
    </message>
    <message>
      <source>Weight recorded</source>
      <translation>Peso registrado</translation>
    </message>
    <message>
      <source>Photo or document attached</source>
      <translation>Foto o documento adjunto</translation>
    </message>
    <message>
      <source>Seen at inventory</source>
      <translation>Visto en el inventario</translation>
    </message>
    <message>
      <source>Missing at inventory</source>
      <translation>Faltante en el inventario</translation>
    </message>
    <message>
      <source>Found in an unexpected place at inventory</source>
      <translation>Encontrado en un lugar inesperado en el inventario</translation>
    </message>
    <message>
      <source>Disposal authorised</source>
      <translation>Disposición final autorizada</translation>
    </message>
    <message>
      <source>Disposal carried out</source>
      <translation>Disposición final ejecutada</translation>
    </message>
    <message>
      <source>Released to owner</source>
      <translation>Devuelto al propietario</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Inicio de sesión</translation>
    </message>
    <message>
      <source>Sign-in failed</source>
      <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
      <source>Account locked</source>
      <translation>Cuenta bloqueada</translation>
    </message>
    <message>
      <source>Account unlocked</source>
      <translation>Cuenta desbloqueada</translation>
    </message>
    <message>
      <source>Password changed</source>
      <translation>Contraseña cambiada</translation>
    </message>
    <message>
      <source>Action refused</source>
      <translation>Acción rechazada</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Cierre de sesión</translation>
    </message>
    <message>
      <source>User created</source>
      <translation>Usuario creado</translation>
    </message>
    <message>
      <source>User details changed</source>
      <translation>Datos del usuario cambiados</translation>
    </message>
    <message>
      <source>User disabled</source>
      <translation>Usuario desactivado</translation>
    </message>
    <message>
      <source>User enabled</source>
      <translation>Usuario activado</translation>
    </message>
    <message>
      <source>User roles changed</source>
      <translation>Roles del usuario cambiados</translation>
    </message>
    <message>
      <source>Signing key registered</source>
      <translation>Clave de firma registrada</translation>
    </message>
    <message>
      <source>Signing key revoked</source>
      <translation>Clave de firma revocada</translation>
    </message>
    <message>
      <source>Password reset by an administrator</source>
      <translation>Contraseña restablecida por un administrador</translation>
    </message>
    <message>
      <source>Station set up</source>
      <translation>Estación configurada</translation>
    </message>
    <message>
      <source>Station key registered</source>
      <translation>Clave de la estación registrada</translation>
    </message>
    <message>
      <source>Ledger checkpoint signed</source>
      <translation>Punto de control del registro firmado</translation>
    </message>
    <message>
      <source>Report issued</source>
      <translation>Informe emitido</translation>
    </message>
    <message>
      <source>Weight discrepancy raised</source>
      <translation>Discrepancia de peso originada</translation>
    </message>
    <message>
      <source>Weight discrepancy acknowledged</source>
      <translation>Discrepancia de peso aceptada</translation>
    </message>
    <message>
      <source>Inventory audit finished</source>
      <translation>Inventario terminado</translation>
    </message>
    <message>
      <source>Station settings changed</source>
      <translation>Configuración de la estación cambiada</translation>
    </message>
    <message>
      <source>Report-signing certificate imported</source>
      <translation>Certificado de firma de informes importado</translation>
    </message>
    <message>
      <source>Report-signing certificate registered</source>
      <translation>Certificado de firma de informes registrado</translation>
    </message>
    <message>
      <source>Ledger clock corrected</source>
      <translation>Reloj del registro corregido</translation>
    </message>
    <message>
      <source>Clock checked</source>
      <translation>Reloj comprobado</translation>
    </message>
    <message>
      <source>Handed to another station or agency</source>
      <translation>Entregado a otra estación o entidad</translation>
    </message>
    <message>
      <source>Received from another station or agency</source>
      <translation>Recibido de otra estación o entidad</translation>
    </message>
    <message>
      <source>Station key trusted</source>
      <translation>Clave de estación marcada como de confianza</translation>
    </message>
    <message>
      <source>Station key no longer trusted</source>
      <translation>Clave de estación ya no es de confianza</translation>
    </message>
    <message>
      <source>Location created</source>
      <translation>Ubicación creada</translation>
    </message>
    <message>
      <source>Recovered from an absent officer</source>
      <translation>Recuperado de un agente ausente</translation>
    </message>
    <message>
      <source>Audit finding resolved</source>
      <translation>Hallazgo de inventario resuelto</translation>
    </message>
    <message>
      <source>Outside person registered</source>
      <translation>Persona externa registrada</translation>
    </message>
    <message>
      <source>Case outcome recorded</source>
      <translation>Resultado del caso registrado</translation>
    </message>
    <message>
      <source>Ledger exported</source>
      <translation>Registro exportado</translation>
    </message>
    <message>
      <source>Proof bundle exported</source>
      <translation>Paquete de pruebas exportado</translation>
    </message>
    <message>
      <source>Report exported</source>
      <translation>Informe exportado</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
      <source>Backup checked</source>
      <translation>Copia de seguridad comprobada</translation>
    </message>
  </context>
  <context>
    <name>Feedback</name>
    <message>
      <source>Dismiss this message</source>
      <translation>Cerrar este mensaje</translation>
    </message>
  </context>
  <context>
    <name>FirstPassword</name>
    <message>
      <source>Choose your own password</source>
      <translation>Elija su propia contraseña</translation>
    </message>
    <message>
      <source>Your password has been changed: only you know it now.</source>
      <translation>Su contraseña se cambió: ahora solo usted la conoce.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Custody — first-run setup</source>
      <translation>Custody — configuración inicial</translation>
    </message>
    <message>
      <source>Set up</source>
      <translation>Configurar</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
  </context>
  <context>
    <name>Grants</name>
    <message>
      <source>A role name is 1 to 63 characters: lower-case letters a-z, digits and '_', not starting with a digit (this is {role}).</source>
      <translation>Un nombre de rol tiene de 1 a 63 caracteres: letras minúsculas a-z, dígitos y «_», sin empezar por un dígito (este es {role}).</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Welcome, {name}</source>
      <translation>Bienvenido(a), {name}</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Estación</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Entidad</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Almacén de evidencias</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Zona horaria</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Sesión iniciada</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Agente</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Roles</translation>
    </message>
    <message>
      <source>Ledger</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>Asientos</translation>
    </message>
    <message>
      <source>Last verification</source>
      <translation>Última verificación</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>Requiere atención</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <source>Signed in: {who}</source>
      <translation>Sesión iniciada: {who}</translation>
    </message>
  </context>
  <context>
    <name>Ids</name>
    <message>
      <source>Nothing was scanned or typed.</source>
      <translation>No se escaneó ni escribió nada.</translation>
    </message>
    <message>
      <source>This is not a valid {what}: only the letters A to Z, the digits 0 to 9 and '-' can appear in it.</source>
      <translation>Esto no es un(a) {what} válido(a): solo puede contener las letras A a Z, los dígitos 0 a 9 y «-».</translation>
    </message>
    <message>
      <source>This is not a valid {what}: it should look like {example}.</source>
      <translation>Esto no es un(a) {what} válido(a): debería parecerse a {example}.</translation>
    </message>
    <message>
      <source>This is not a valid {what}: the check character does not match. Re-scan or re-type it.</source>
      <translation>Esto no es un(a) {what} válido(a): el carácter de control no coincide. Vuelva a escanearlo o escribirlo.</translation>
    </message>
    <message>
      <source>This is not a valid item number: it does not start with a prefix used here ({prefixes}). Re-scan or re-type it.</source>
      <translation>Esto no es un número de indicio válido: no empieza con un prefijo usado aquí ({prefixes}). Vuelva a escanearlo o escribirlo.</translation>
    </message>
    <message>
      <source>This code is not an item, location or badge number. Re-scan it, or type it as printed under the barcode.</source>
      <translation>Este código no es un número de indicio, de ubicación ni de credencial. Vuelva a escanearlo o escríbalo como está impreso debajo del código de barras.</translation>
    </message>
    <message>
      <source>The item number prefix is at most 6 characters: 1 to 3 groups of capital letters or digits separated by '-' (for example UN-DIL). Longer prefixes make barcodes too wide for a 62 mm label.</source>
      <translation>El prefijo de los números de indicio tiene como máximo 6 caracteres: de 1 a 3 grupos de mayúsculas o dígitos separados por «-» (por ejemplo UN-DIL). Los prefijos más largos hacen los códigos de barras demasiado anchos para una etiqueta de 62 mm.</translation>
    </message>
    <message>
      <source>The item number prefix cannot start with {group}: that is used for location and badge codes.</source>
      <translation>El prefijo de los números de indicio no puede empezar por {group}: está reservado a los códigos de ubicación y de credencial.</translation>
    </message>
    <message>
      <source>The year must be given as two digits, 00 to 99.</source>
      <translation>El año debe indicarse con dos dígitos, de 00 a 99.</translation>
    </message>
    <message>
      <source>The running number must be between 1 and 999999.</source>
      <translation>El número consecutivo debe estar entre 1 y 999999.</translation>
    </message>
    <message>
      <source>This is not a valid seizure document number: it should look like 2026-000123 (year, then 6 digits).</source>
      <translation>Esto no es un número de acta de incautación válido: debería parecerse a 2026-000123 (el año y luego 6 dígitos).</translation>
    </message>
    <message>
      <source>The year of the seizure document number must be between 1900 and 2999.</source>
      <translation>El año del número de acta de incautación debe estar entre 1900 y 2999.</translation>
    </message>
    <message>
      <source>Enter the case number.</source>
      <translation>Escriba el número de caso.</translation>
    </message>
    <message>
      <source>The case number is too long: at most {max} characters, this one has {count}.</source>
      <translation>El número de caso es demasiado largo: como máximo {max} caracteres, este tiene {count}.</translation>
    </message>
    <message>
      <source>The case number can contain only letters, digits, spaces and the signs / - . (found: {chars}).</source>
      <translation>El número de caso solo puede contener letras, dígitos, espacios y los signos / - . (encontrado: {chars}).</translation>
    </message>
    <message>
      <source>item number</source>
      <translation>número de indicio</translation>
    </message>
    <message>
      <source>location code</source>
      <translation>código de ubicación</translation>
    </message>
    <message>
      <source>badge code</source>
      <translation>código de credencial</translation>
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <source>The case number {case_number} is already in use.</source>
      <translation>El número de caso {case_number} ya está en uso.</translation>
    </message>
    <message>
      <source>Choose the type of offence.</source>
      <translation>Elija el tipo de delito.</translation>
    </message>
    <message>
      <source>There is no case {case_number}. Open the case first.</source>
      <translation>No existe el caso {case_number}. Abra primero el caso.</translation>
    </message>
    <message>
      <source>There is no seizure with document number {number}.</source>
      <translation>No existe ninguna incautación con el número de acta {number}.</translation>
    </message>
    <message>
      <source>There is no active officer with the username {username}.</source>
      <translation>No existe ningún agente activo con el nombre de usuario {username}.</translation>
    </message>
    <message>
      <source>This time is in the future. Check the date and the time.</source>
      <translation>Esta hora está en el futuro. Revise la fecha y la hora.</translation>
    </message>
    <message>
      <source>This date is too far in the past. Check the year.</source>
      <translation>Esta fecha es demasiado antigua. Revise el año.</translation>
    </message>
    <message>
      <source>At most {max} witnesses can be listed.</source>
      <translation>Se pueden indicar como máximo {max} testigos.</translation>
    </message>
    <message>
      <source>Choose the kind of item.</source>
      <translation>Elija el tipo de indicio.</translation>
    </message>
    <message>
      <source>Type the quantity as a number above zero, for example 1 or 2.5.</source>
      <translation>Escriba la cantidad como un número mayor que cero, por ejemplo 1 o 2,5.</translation>
    </message>
    <message>
      <source>The item is sealed: type the seal number.</source>
      <translation>El indicio está precintado: escriba el número del precinto.</translation>
    </message>
    <message>
      <source>Leave the seal number empty: the item is not sealed.</source>
      <translation>Deje vacío el número de precinto: el indicio no está precintado.</translation>
    </message>
    <message>
      <source>Add at least one item.</source>
      <translation>Agregue al menos un indicio.</translation>
    </message>
    <message>
      <source>At most {max} items can be registered at once.</source>
      <translation>Se pueden registrar como máximo {max} indicios a la vez.</translation>
    </message>
    <message>
      <source>All {what} numbers for {year} are used up (at most 999999). Ask an administrator.</source>
      <translation>Se agotaron todos los números de {what} de {year} (como máximo 999999). Consulte a un administrador.</translation>
    </message>
    <message>
      <source>There is no item {item_id}.</source>
      <translation>No existe el indicio {item_id}.</translation>
    </message>
    <message>
      <source>The field {field} cannot be corrected on this item.</source>
      <translation>El campo {field} no se puede corregir en este indicio.</translation>
    </message>
    <message>
      <source>The total is computed from the notes and coins counted: correct those instead.</source>
      <translation>El total se calcula a partir de los billetes y monedas contados: corrija esos datos.</translation>
    </message>
    <message>
      <source>The new value is the same as the current one.</source>
      <translation>El valor nuevo es igual al actual.</translation>
    </message>
    <message>
      <source>Say why the record must be corrected.</source>
      <translation>Indique por qué se debe corregir el registro.</translation>
    </message>
    <message>
      <source>A correction must be approved by a second officer with the supervisor role.</source>
      <translation>Una corrección debe aprobarla un segundo agente con el rol de supervisor.</translation>
    </message>
    <message>
      <source>You cannot approve your own correction: another supervisor must approve it.</source>
      <translation>No puede aprobar su propia corrección: otro supervisor debe aprobarla.</translation>
    </message>
    <message>
      <source>{username} is not allowed to approve corrections (a supervisor must approve).</source>
      <translation>{username} no está autorizado a aprobar correcciones (debe aprobarlas un supervisor).</translation>
    </message>
    <message>
      <source>Only the officer who asked for the correction can submit it for approval.</source>
      <translation>Solo el agente que solicitó la corrección puede enviarla para su aprobación.</translation>
    </message>
    <message>
      <source>The {field} of item {item_id} was changed meanwhile. Ask for the correction again.</source>
      <translation>El campo {field} del indicio {item_id} se cambió mientras tanto. Vuelva a solicitar la corrección.</translation>
    </message>
    <message>
      <source>Item {item_id} is {status}: it can no longer be split or sampled.</source>
      <translation>El indicio {item_id} tiene el estado «{status}»: ya no se puede dividir ni muestrear.</translation>
    </message>
    <message>
      <source>Describe at least one part.</source>
      <translation>Describa al menos una parte.</translation>
    </message>
    <message>
      <source>{code} is a valid {what}, but nothing with this code is registered here.</source>
      <translation>{code} es un(a) {what} válido(a), pero aquí no hay nada registrado con este código.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Individualising description</source>
      <translation>Descripción individualizante</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <source>Sealed container</source>
      <translation>Contenedor precintado</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Número de precinto</translation>
    </message>
    <message>
      <source>Biohazard</source>
      <translation>Riesgo biológico</translation>
    </message>
    <message>
      <source>This is not an item number.</source>
      <translation>Esto no es un número de indicio.</translation>
    </message>
    <message>
      <source>No officer has the username or badge number {code}.</source>
      <translation>Ningún agente tiene el nombre de usuario o el número de placa {code}.</translation>
    </message>
  </context>
  <context>
    <name>IntakeEditors</name>
    <message>
      <source>YYYY-MM-DD HH:MM</source>
      <translation>AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— elegir —</translation>
    </message>
    <message>
      <source>Note or coin value</source>
      <translation>Valor del billete o moneda</translation>
    </message>
    <message>
      <source>How many</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <source>Add a line</source>
      <translation>Agregar una línea</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Total: {total}</source>
      <translation>Total: {total}</translation>
    </message>
    <message>
      <source>Total: check the lines</source>
      <translation>Total: revise las líneas</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <source>New seizure</source>
      <translation>Nueva incautación</translation>
    </message>
    <message>
      <source>Record the seizure, then add its items one by one. Photos are added on each item's page.</source>
      <translation>Registre la incautación y luego agregue sus indicios uno por uno. Las fotos se agregan en la página de cada indicio.</translation>
    </message>
    <message>
      <source>1. The seizure</source>
      <translation>1. La incautación</translation>
    </message>
    <message>
      <source>Seizure recorded — document number</source>
      <translation>Incautación registrada — número de acta</translation>
    </message>
    <message>
      <source>Start another seizure</source>
      <translation>Iniciar otra incautación</translation>
    </message>
    <message>
      <source>2. Add an item</source>
      <translation>2. Agregar un indicio</translation>
    </message>
    <message>
      <source>Items of this seizure</source>
      <translation>Indicios de esta incautación</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Indicio</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>Double-click an item to add photos, print its label or check it in.</source>
      <translation>Haga doble clic en un indicio para agregar fotos, imprimir su etiqueta o ingresarlo al almacén.</translation>
    </message>
    <message>
      <source>Case {case}</source>
      <translation>Caso {case}</translation>
    </message>
    <message>
      <source>seized by {name}</source>
      <translation>incautado por {name}</translation>
    </message>
    <message>
      <source>witnesses: {names}</source>
      <translation>testigos: {names}</translation>
    </message>
    <message>
      <source>Registered {id} (item {n} of seizure {doc}). Write the id on the packaging or print its label.</source>
      <translation>{id} registrado (indicio {n} de la incautación {doc}). Escriba el número en el embalaje o imprima su etiqueta.</translation>
    </message>
  </context>
  <context>
    <name>Inventory</name>
    <message>
      <source>Say whether the item was found or is written off.</source>
      <translation>Indique si el indicio se encontró o se da de baja.</translation>
    </message>
    <message>
      <source>Item {item} has no open audit finding.</source>
      <translation>El indicio {item} no tiene ningún hallazgo de inventario abierto.</translation>
    </message>
    <message>
      <source>A second person must sign: you cannot be the second signer yourself.</source>
      <translation>Debe firmar una segunda persona: usted no puede ser el segundo firmante.</translation>
    </message>
    <message>
      <source>{user} cannot co-sign: only a supervisor or an administrator can.</source>
      <translation>{user} no puede cofirmar: solo un supervisor o un administrador puede.</translation>
    </message>
    <message>
      <source>Say why the item is written off (what was done to find it).</source>
      <translation>Indique por qué se da de baja el indicio (qué se hizo para encontrarlo).</translation>
    </message>
    <message>
      <source>Location {location} is not part of this audit of {root}.</source>
      <translation>La ubicación {location} no forma parte de este inventario de {root}.</translation>
    </message>
    <message>
      <source>That is an officer's badge, not an item or a location.</source>
      <translation>Esa es la credencial de un agente, no un indicio ni una ubicación.</translation>
    </message>
    <message>
      <source>{item} found.</source>
      <translation>{item} encontrado.</translation>
    </message>
    <message>
      <source>{item} was already scanned.</source>
      <translation>{item} ya fue escaneado.</translation>
    </message>
    <message>
      <source>{item} is recorded at {recorded}: misplaced.</source>
      <translation>{item} está registrado en {recorded}: mal ubicado.</translation>
    </message>
    <message>
      <source>{item} is not recorded in any storage location ({status}): unexpected.</source>
      <translation>{item} no está registrado en ninguna ubicación de almacenamiento ({status}): inesperado.</translation>
    </message>
    <message>
      <source>{item} is not registered: unexpected.</source>
      <translation>{item} no está registrado: inesperado.</translation>
    </message>
    <message>
      <source>{item} was not expected here; it will be looked up.</source>
      <translation>{item} no se esperaba aquí; se va a buscar.</translation>
    </message>
    <message>
      <source>Now scanning at {location}.</source>
      <translation>Escaneando ahora en {location}.</translation>
    </message>
  </context>
  <context>
    <name>ItemForm</name>
    <message>
      <source>— choose the kind of item —</source>
      <translation>— elija el tipo de indicio —</translation>
    </message>
    <message>
      <source>Kind of item</source>
      <translation>Tipo de indicio</translation>
    </message>
    <message>
      <source>Description, quantity and seal</source>
      <translation>Descripción, cantidad y precinto</translation>
    </message>
    <message>
      <source>What you see: colour, marks, damage, packaging</source>
      <translation>Lo que ve: color, marcas, daños, embalaje</translation>
    </message>
    <message>
      <source>Sealed container</source>
      <translation>Contenedor precintado</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Número de precinto</translation>
    </message>
    <message>
      <source>Biohazard: handle with gloves</source>
      <translation>Riesgo biológico: manipular con guantes</translation>
    </message>
    <message>
      <source>Individualising description *</source>
      <translation>Descripción individualizante *</translation>
    </message>
    <message>
      <source>Describe only what you observe, so that this item cannot be confused with another.</source>
      <translation>Describa solo lo que observa, de modo que este indicio no pueda confundirse con otro.</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>Precinto</translation>
    </message>
    <message>
      <source>e.g. counterfeit phone: the IMEI under the battery fails its check</source>
      <translation>p. ej. teléfono falsificado: el IMEI bajo la batería no pasa la verificación</translation>
    </message>
    <message>
      <source>Keep a failed IMEI/VIN check, because</source>
      <translation>Conservar un IMEI/VIN cuya verificación falla, porque</translation>
    </message>
    <message>
      <source>Only if the number is right as read although its check fails; the reason is recorded.</source>
      <translation>Solo si el número es correcto tal como se leyó aunque su verificación falle; el motivo queda registrado.</translation>
    </message>
    <message>
      <source>Register item</source>
      <translation>Registrar el indicio</translation>
    </message>
    <message>
      <source>{kind}: details</source>
      <translation>{kind}: detalles</translation>
    </message>
  </context>
  <context>
    <name>ItemStatus</name>
    <message>
      <source>Registered, not yet stored</source>
      <translation>Registrado, aún no almacenado</translation>
    </message>
    <message>
      <source>In storage</source>
      <translation>En el almacén</translation>
    </message>
    <message>
      <source>With an officer</source>
      <translation>Con un agente</translation>
    </message>
    <message>
      <source>At the laboratory</source>
      <translation>En el laboratorio</translation>
    </message>
    <message>
      <source>At court</source>
      <translation>En el tribunal</translation>
    </message>
    <message>
      <source>Disposed of</source>
      <translation>Con disposición final</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>Devuelto</translation>
    </message>
    <message>
      <source>Handed to another station or agency</source>
      <translation>Entregado a otra estación o entidad</translation>
    </message>
    <message>
      <source>Written off as missing</source>
      <translation>Dado de baja por faltante</translation>
    </message>
  </context>
  <context>
    <name>ItemView</name>
    <message>
      <source>← Back to the list</source>
      <translation>← Volver a la lista</translation>
    </message>
    <message>
      <source>Request correction…</source>
      <translation>Solicitar corrección…</translation>
    </message>
    <message>
      <source>Take sample…</source>
      <translation>Tomar muestra…</translation>
    </message>
    <message>
      <source>Split…</source>
      <translation>Dividir…</translation>
    </message>
    <message>
      <source>Only evidence custodians and supervisors split items or take samples.</source>
      <translation>Solo los custodios de evidencias y los supervisores dividen indicios o toman muestras.</translation>
    </message>
    <message>
      <source>Custody report…</source>
      <translation>Informe de cadena de custodia…</translation>
    </message>
    <message>
      <source>Print label…</source>
      <translation>Imprimir etiqueta…</translation>
    </message>
    <message>
      <source>BIOHAZARD</source>
      <translation>RIESGO BIOLÓGICO</translation>
    </message>
    <message>
      <source>Where it is now</source>
      <translation>Dónde está ahora</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Custodian</source>
      <translation>Custodio</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Ubicación</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <source>Seizure</source>
      <translation>Incautación</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Registrado</translation>
    </message>
    <message>
      <source>Parent and parts</source>
      <translation>Indicio de origen y partes</translation>
    </message>
    <message>
      <source>Photos and documents</source>
      <translation>Fotos y documentos</translation>
    </message>
    <message>
      <source>Add photo or document…</source>
      <translation>Agregar foto o documento…</translation>
    </message>
    <message>
      <source>or drop JPEG, PNG or PDF files on this page</source>
      <translation>o suelte archivos JPEG, PNG o PDF en esta página</translation>
    </message>
    <message>
      <source>Recorded details</source>
      <translation>Datos registrados</translation>
    </message>
    <message>
      <source>Chain of custody (from the ledger)</source>
      <translation>Cadena de custodia (según el registro)</translation>
    </message>
    <message>
      <source>Not in storage</source>
      <translation>No almacenado</translation>
    </message>
    <message>
      <source>{doc}, item {n} — {when}, {place}</source>
      <translation>{doc}, indicio {n} — {when}, {place}</translation>
    </message>
    <message>
      <source>{when} by {who}</source>
      <translation>{when} por {who}</translation>
    </message>
    <message>
      <source>Part of {parent}</source>
      <translation>Parte de {parent}</translation>
    </message>
    <message>
      <source>Parts: {ids}</source>
      <translation>Partes: {ids}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <source>Originally recorded</source>
      <translation>Registrado originalmente</translation>
    </message>
    <message>
      <source>{value} (corrected)</source>
      <translation>{value} (corregido)</translation>
    </message>
    <message>
      <source>{name}, {size} KB, added {when} by {who}</source>
      <translation>{name}, {size} KB, agregado el {when} por {who}</translation>
    </message>
    <message>
      <source>Attach photos or scanned documents</source>
      <translation>Adjuntar fotos o documentos escaneados</translation>
    </message>
    <message>
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf)</source>
      <translation>Fotos y documentos (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ItemsPage</name>
    <message>
      <source>Any</source>
      <translation>Cualquiera</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Indicios</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>Cualquier tipo</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Cualquier estado</translation>
    </message>
    <message>
      <source>Any location</source>
      <translation>Cualquier ubicación</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Ubicación</translation>
    </message>
    <message>
      <source>Registered from</source>
      <translation>Registrados desde</translation>
    </message>
    <message>
      <source>to</source>
      <translation>hasta</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <source>Show all items</source>
      <translation>Mostrar todos los indicios</translation>
    </message>
    <message>
      <source>Searching for “{text}”…</source>
      <translation>Buscando «{text}»…</translation>
    </message>
    <message>
      <source>{n} items found for “{text}”</source>
      <translation>{n} indicios encontrados para «{text}»</translation>
    </message>
    <message>
      <source>(only the newest {max} are listed: add words or filters)</source>
      <translation>(solo se listan los {max} más recientes: agregue palabras o filtros)</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <source>{n} items</source>
      <translation>{n} indicios</translation>
    </message>
    <message>
      <source>{n} items shown, newest first; scroll down for more</source>
      <translation>{n} indicios mostrados, los más recientes primero; desplácese hacia abajo para ver más</translation>
    </message>
    <message>
      <source>case {case}</source>
      <translation>caso {case}</translation>
    </message>
  </context>
  <context>
    <name>ItemsTableModel</name>
    <message>
      <source>Item</source>
      <translation>Indicio</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <source>Seizure</source>
      <translation>Incautación</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Ubicación</translation>
    </message>
    <message>
      <source>Custodian</source>
      <translation>Custodio</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Registrado</translation>
    </message>
    <message>
      <source>Biohazard</source>
      <translation>Riesgo biológico</translation>
    </message>
  </context>
  <context>
    <name>Keys</name>
    <message>
      <source>The password does not unlock this signing key (wrong password, or the stored key is damaged).</source>
      <translation>La contraseña no desbloquea esta clave de firma (contraseña errónea, o la clave almacenada está dañada).</translation>
    </message>
    <message>
      <source>The stored signing key is damaged or in an unknown format.</source>
      <translation>La clave de firma almacenada está dañada o en un formato desconocido.</translation>
    </message>
  </context>
  <context>
    <name>LabelPrint</name>
    <message>
      <source>The labels were not printed on the Zebra printer {queue}: {reason}</source>
      <translation>Las etiquetas no se imprimieron en la impresora Zebra {queue}: {reason}</translation>
    </message>
    <message>
      <source>Type the name of the Zebra printer's queue.</source>
      <translation>Escriba el nombre de la cola de la impresora Zebra.</translation>
    </message>
    <message>
      <source>{w} × {h} mm, {dpi} dpi</source>
      <translation>{w} × {h} mm, {dpi} ppp</translation>
    </message>
    <message>
      <source>, {n} labels per sheet</source>
      <translation>, {n} etiquetas por hoja</translation>
    </message>
    <message>
      <source>, one label per page (roll)</source>
      <translation>, una etiqueta por página (rollo)</translation>
    </message>
    <message>
      <source>; can be sent to a Zebra printer as ZPL</source>
      <translation>; se puede enviar a una impresora Zebra como ZPL</translation>
    </message>
  </context>
  <context>
    <name>LabelPrintDialog</name>
    <message>
      <source>Print labels</source>
      <translation>Imprimir etiquetas</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s)</source>
      <translation>
        <numerusform>%n etiqueta</numerusform>
        <numerusform>%n etiquetas</numerusform>
      </translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Plantilla</translation>
    </message>
    <message>
      <source>Start at label</source>
      <translation>Empezar en la etiqueta</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Preview, then print or save as PDF</source>
      <translation>Vista previa y luego imprimir o guardar como PDF</translation>
    </message>
    <message>
      <source>Send straight to the Zebra printer (ZPL)</source>
      <translation>Enviar directamente a la impresora Zebra (ZPL)</translation>
    </message>
    <message>
      <source>Printer queue name, e.g. zebra-intake</source>
      <translation>Nombre de la cola de impresión, p. ej. zebra-recepcion</translation>
    </message>
    <message>
      <source>Queue</source>
      <translation>Cola</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Salida</translation>
    </message>
    <message>
      <source>Preview…</source>
      <translation>Vista previa…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>1 = top left, counted left to right, row by row; {n} on a sheet.</source>
      <translation>1 = arriba a la izquierda, de izquierda a derecha, fila por fila; {n} por hoja.</translation>
    </message>
    <message>
      <source>Only Zebra templates can be sent as ZPL.</source>
      <translation>Solo las plantillas Zebra se pueden enviar como ZPL.</translation>
    </message>
    <message>
      <source>Send to printer</source>
      <translation>Enviar a la impresora</translation>
    </message>
    <message>
      <source>Labels — {template}</source>
      <translation>Etiquetas — {template}</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s) on {template}. They are recorded as printed once you print or save them.</source>
      <translation>
        <numerusform>%n etiqueta en {template}. Se registra como impresa en cuanto la imprima o la guarde.</numerusform>
        <numerusform>%n etiquetas en {template}. Se registran como impresas en cuanto las imprima o las guarde.</numerusform>
      </translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>Nothing was printed, so nothing was recorded.</source>
      <translation>No se imprimió nada, así que no se registró nada.</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s) sent to {where} and recorded in the ledger.</source>
      <translation>
        <numerusform>%n etiqueta enviada a {where} y anotada en el registro.</numerusform>
        <numerusform>%n etiquetas enviadas a {where} y anotadas en el registro.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LabelTemplate</name>
    <message>
      <source>A4 sheet, 3 × 8 labels of 70 × 37 mm</source>
      <translation>Hoja A4, 3 × 8 etiquetas de 70 × 37 mm</translation>
    </message>
    <message>
      <source>Office laser (600 dpi)</source>
      <translation>Láser de oficina (600 ppp)</translation>
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
      <translation>Térmica (Zebra, TSC, Godex)</translation>
    </message>
    <message>
      <source>Zebra 4 × 2 in (203 dpi)</source>
      <translation>Zebra 4 × 2 pulg. (203 ppp)</translation>
    </message>
    <message>
      <source>Zebra</source>
      <translation>Zebra</translation>
    </message>
    <message>
      <source>Zebra 4 × 2 in (300 dpi)</source>
      <translation>Zebra 4 × 2 pulg. (300 ppp)</translation>
    </message>
    <message>
      <source>Zebra 4 × 6 in (203 dpi)</source>
      <translation>Zebra 4 × 6 pulg. (203 ppp)</translation>
    </message>
    <message>
      <source>Zebra 4 × 6 in (300 dpi)</source>
      <translation>Zebra 4 × 6 pulg. (300 ppp)</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Choose at least one item.</source>
      <translation>Elija al menos un indicio.</translation>
    </message>
    <message>
      <source>Unknown label template {name}. Choose one of: {names}.</source>
      <translation>Plantilla de etiqueta {name} desconocida. Elija una de estas: {names}.</translation>
    </message>
    <message>
      <source>The template {name} is for sheet or Brother printers; ZPL is only for Zebra templates.</source>
      <translation>La plantilla {name} es para impresoras de hojas o Brother; ZPL es solo para plantillas Zebra.</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>Custody does not speak the language {language}. Choose English, French, Portuguese, Spanish or Arabic.</source>
      <translation>Custody no habla el idioma {language}. Elija inglés, francés, portugués, español o árabe.</translation>
    </message>
  </context>
  <context>
    <name>Ledger</name>
    <message>
      <source>The database file is damaged (SQLite's page check says: {detail}). The ledger cannot be trusted from this file; restore the latest backup ('custody restore').</source>
      <translation>El archivo de base de datos está dañado (la comprobación de páginas de SQLite indica: {detail}). No se puede confiar en el registro a partir de este archivo; restaure la copia de seguridad más reciente («custody restore»).</translation>
    </message>
    <message>
      <source>The ledger fails verification at entry {seq}: {reason}. Nothing was recorded or signed. An administrator should run Verify ledger and restore the database from a backup.</source>
      <translation>El registro falla la verificación en el asiento {seq}: {reason}. No se registró ni firmó nada. Un administrador debe ejecutar Verificar el registro y restaurar la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
      <source>The ledger has {size} entries, but this station signed a checkpoint of {signed} entries: entries were removed. Nothing was recorded or signed. Restore the database from a backup.</source>
      <translation>El registro tiene {size} asientos, pero esta estación firmó un punto de control de {signed} asientos: se eliminaron asientos. No se registró ni firmó nada. Restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
      <source>The ledger is not the one this station verified and signed at {signed} entries: it was rewritten. Nothing was recorded or signed. Restore the database from a backup.</source>
      <translation>El registro no es el que esta estación verificó y firmó con {signed} asientos: fue reescrito. No se registró ni firmó nada. Restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
      <source>The ledger could not be checked against this station's key: this workstation holds no station key. Nothing was recorded or signed.</source>
      <translation>No se pudo comprobar el registro con la clave de esta estación: este equipo no tiene ninguna clave de estación. No se registró ni firmó nada.</translation>
    </message>
    <message>
      <source>The record of what this station verified is damaged ({reason}). Restore the station's data folder from a backup.</source>
      <translation>El registro de lo que esta estación verificó está dañado ({reason}). Restaure la carpeta de datos de la estación desde una copia de seguridad.</translation>
    </message>
    <message>
      <source>The record of what this station verified is damaged (its checkpoint and root disagree). Restore the station's data folder from a backup.</source>
      <translation>El registro de lo que esta estación verificó está dañado (su punto de control y su raíz no concuerdan). Restaure la carpeta de datos de la estación desde una copia de seguridad.</translation>
    </message>
  </context>
  <context>
    <name>LocationKind</name>
    <message>
      <source>Station</source>
      <translation>Estación</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Almacén de evidencias</translation>
    </message>
    <message>
      <source>Vault</source>
      <translation>Bóveda</translation>
    </message>
    <message>
      <source>Drug safe</source>
      <translation>Caja fuerte de drogas</translation>
    </message>
    <message>
      <source>Gun locker</source>
      <translation>Armario de armas</translation>
    </message>
    <message>
      <source>Shelf</source>
      <translation>Estante</translation>
    </message>
    <message>
      <source>Bin</source>
      <translation>Caja</translation>
    </message>
    <message>
      <source>Temporary locker</source>
      <translation>Casillero temporal</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratorio</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Other agency</source>
      <translation>Otra entidad</translation>
    </message>
  </context>
  <context>
    <name>Locations</name>
    <message>
      <source>Choose the kind of location.</source>
      <translation>Elija el tipo de ubicación.</translation>
    </message>
    <message>
      <source>There is no active location {code} to put this one in.</source>
      <translation>No existe ninguna ubicación activa {code} donde poner esta.</translation>
    </message>
    <message>
      <source>{parent} already has a location named {name}.</source>
      <translation>{parent} ya tiene una ubicación llamada {name}.</translation>
    </message>
    <message>
      <source>Locations can be nested at most {max} levels deep.</source>
      <translation>Las ubicaciones pueden anidarse como máximo en {max} niveles.</translation>
    </message>
    <message>
      <source>All location numbers are used up.</source>
      <translation>Se agotaron todos los números de ubicación.</translation>
    </message>
  </context>
  <context>
    <name>LocationsPage</name>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Storage locations</source>
      <translation>Ubicaciones de almacenamiento</translation>
    </message>
    <message>
      <source>Show the items stored here</source>
      <translation>Mostrar los indicios almacenados aquí</translation>
    </message>
    <message>
      <source>New location</source>
      <translation>Nueva ubicación</translation>
    </message>
    <message>
      <source>Make it a top-level location instead</source>
      <translation>Convertirla en una ubicación de primer nivel</translation>
    </message>
    <message>
      <source>Inside</source>
      <translation>Dentro de</translation>
    </message>
    <message>
      <source>As written on the door or shelf.</source>
      <translation>Como está escrito en la puerta o el estante.</translation>
    </message>
    <message>
      <source>Create location</source>
      <translation>Crear ubicación</translation>
    </message>
    <message>
      <source>Top level (no parent)</source>
      <translation>Primer nivel (sin ubicación superior)</translation>
    </message>
    <message>
      <source>Created {name}: {code}. Print its label and stick it on.</source>
      <translation>{name} creada: {code}. Imprima su etiqueta y péguela.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>This workstation is locked</source>
      <translation>Este equipo está bloqueado</translation>
    </message>
    <message>
      <source>Type your password to continue, or log out so that another officer can sign in.</source>
      <translation>Escriba su contraseña para continuar, o cierre la sesión para que otro agente pueda iniciar sesión.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Cerrar sesión</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Custody — sign in</source>
      <translation>Custody — iniciar sesión</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Station {code} · {room}</source>
      <translation>Estación {code} · {room}</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Iniciar sesión</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>The language Custody speaks to you. It is kept for your next sign-in.</source>
      <translation>El idioma en que Custody le habla. Se conserva para su próximo inicio de sesión.</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>Iniciando sesión…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <source>Type your username and your password.</source>
      <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Administración</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Bloquear</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Cerrar sesión</translation>
    </message>
    <message>
      <source>Change my password…</source>
      <translation>Cambiar mi contraseña…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>Verifier for prosecutors…</source>
      <translation>Verificador para la Fiscalía…</translation>
    </message>
    <message>
      <source>Save the page prosecutors open in any browser to check a report, with nothing installed</source>
      <translation>Guardar la página que la Fiscalía abre en cualquier navegador para verificar un informe, sin instalar nada</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Choose a new password for your own account</source>
      <translation>Elegir una contraseña nueva para su propia cuenta</translation>
    </message>
    <message>
      <source>Hide everything until you type your password again (Ctrl+L)</source>
      <translation>Ocultar todo hasta que vuelva a escribir su contraseña (Ctrl+L)</translation>
    </message>
    <message>
      <source>Station {code} · {room}</source>
      <translation>Estación {code} · {room}</translation>
    </message>
    <message>
      <source>Verifying the ledger…</source>
      <translation>Verificando el registro…</translation>
    </message>
    <message>
      <source>Verifying {n} ledger entries…</source>
      <translation>Verificando {n} asientos del registro…</translation>
    </message>
    <message>
      <source>The daily ledger checkpoint could not be signed: {reason}</source>
      <translation>No se pudo firmar el punto de control diario del registro: {reason}</translation>
    </message>
    <message>
      <source>Ledger last verified {when}: intact, {n} entries</source>
      <translation>Registro verificado el {when}: íntegro, {n} asientos</translation>
    </message>
    <message>
      <source>Ledger NOT intact at the last verification ({when}): see Administration</source>
      <translation>Registro NO íntegro en la última verificación ({when}): vea Administración</translation>
    </message>
    <message>
      <source>Ledger not verified since you signed in</source>
      <translation>Registro no verificado desde que inició sesión</translation>
    </message>
    <message>
      <source>Ledger verified {when}: intact, {n} entries</source>
      <translation>Registro verificado el {when}: íntegro, {n} asientos</translation>
    </message>
    <message>
      <source>Ledger NOT intact: see Administration</source>
      <translation>Registro NO íntegro: vea Administración</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <source>Hand over</source>
      <translation>Entrega</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Almacén</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratorio</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>Disposición final</translation>
    </message>
    <message>
      <source>Inventory audit</source>
      <translation>Inventario</translation>
    </message>
    <message>
      <source>Barcode scanner</source>
      <translation>Lector de códigos</translation>
    </message>
    <message>
      <source>New seizure</source>
      <translation>Nueva incautación</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Indicios</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>Ubicaciones</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Informes</translation>
    </message>
    <message>
      <source>Station settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <source>Send a package</source>
      <translation>Enviar un paquete</translation>
    </message>
    <message>
      <source>Receive a package</source>
      <translation>Recibir un paquete</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <source>Open a new case</source>
      <translation>Abrir un caso nuevo</translation>
    </message>
  </context>
  <context>
    <name>NewOfficerDialog</name>
    <message>
      <source>e.g. kmensah</source>
      <translation>p. ej. kmensah</translation>
    </message>
    <message>
      <source>e.g. B-0042</source>
      <translation>p. ej. B-0042</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <source>Lower-case letters, digits, '.', '_' or '-'; 2 to 32 characters.</source>
      <translation>Letras minúsculas, dígitos, «.», «_» o «-»; de 2 a 32 caracteres.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <source>Badge number</source>
      <translation>Número de placa</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Grado</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Opcional</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Roles</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>Repetir la contraseña</translation>
    </message>
  </context>
  <context>
    <name>Nouns</name>
    <message>
      <source>attachment</source>
      <translation>adjunto</translation>
    </message>
    <message>
      <source>item</source>
      <translation>indicio</translation>
    </message>
    <message>
      <source>case</source>
      <translation>caso</translation>
    </message>
    <message>
      <source>location</source>
      <translation>ubicación</translation>
    </message>
    <message>
      <source>discrepancy</source>
      <translation>discrepancia</translation>
    </message>
    <message>
      <source>audit</source>
      <translation>inventario</translation>
    </message>
    <message>
      <source>seizure</source>
      <translation>incautación</translation>
    </message>
    <message>
      <source>officer</source>
      <translation>agente</translation>
    </message>
    <message>
      <source>person</source>
      <translation>persona</translation>
    </message>
    <message>
      <source>items of case</source>
      <translation>indicios del caso</translation>
    </message>
    <message>
      <source>trusted key</source>
      <translation>clave de confianza</translation>
    </message>
  </context>
  <context>
    <name>OffenceType</name>
    <message>
      <source>Drug trafficking</source>
      <translation>Tráfico de estupefacientes</translation>
    </message>
    <message>
      <source>Arms trafficking</source>
      <translation>Tráfico de armas</translation>
    </message>
    <message>
      <source>Human trafficking</source>
      <translation>Trata de personas</translation>
    </message>
    <message>
      <source>Smuggling of goods</source>
      <translation>Contrabando de mercancías</translation>
    </message>
    <message>
      <source>Illegal exploitation of natural resources</source>
      <translation>Explotación ilícita de recursos naturales</translation>
    </message>
    <message>
      <source>Other offence</source>
      <translation>Otro delito</translation>
    </message>
  </context>
  <context>
    <name>OfficersPanel</name>
    <message>
      <source>New officer…</source>
      <translation>Nuevo agente…</translation>
    </message>
    <message>
      <source>Edit roles…</source>
      <translation>Cambiar roles…</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>Desactivar</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>Restablecer contraseña…</translation>
    </message>
    <message>
      <source>Print badge card…</source>
      <translation>Imprimir credencial…</translation>
    </message>
    <message>
      <source>Only administrators see the list of officers.</source>
      <translation>Solo los administradores ven la lista de agentes.</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>Activar</translation>
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
      <source>To change your own password use "Change my password…" at the top of the window.</source>
      <translation>Para cambiar su propia contraseña use «Cambiar mi contraseña…» en la parte superior de la ventana.</translation>
    </message>
    <message>
      <source>Only a locked account can be unlocked.</source>
      <translation>Solo se puede desbloquear una cuenta bloqueada.</translation>
    </message>
    <message>
      <source>Add a new officer.</source>
      <translation>Agregar un agente nuevo.</translation>
    </message>
    <message>
      <source>Officer {officer} added. Badge number {badge}; badge card code {code}.</source>
      <translation>Agente {officer} agregado. Número de placa {badge}; código de credencial {code}.</translation>
    </message>
    <message>
      <source>Change the roles of {officer}.</source>
      <translation>Cambiar los roles de {officer}.</translation>
    </message>
    <message>
      <source>Roles of {officer}: {roles}.</source>
      <translation>Roles de {officer}: {roles}.</translation>
    </message>
    <message>
      <source>Reset the password of {officer}.</source>
      <translation>Restablecer la contraseña de {officer}.</translation>
    </message>
    <message>
      <source>New password set for {officer}; a new signing key was issued and the old one revoked.</source>
      <translation>Contraseña nueva establecida para {officer}; se emitió una clave de firma nueva y se revocó la anterior.</translation>
    </message>
    <message>
      <source>Enable the account of {officer}.</source>
      <translation>Activar la cuenta de {officer}.</translation>
    </message>
    <message>
      <source>Disable the account of {officer}: they can no longer sign in.</source>
      <translation>Desactivar la cuenta de {officer}: ya no podrá iniciar sesión.</translation>
    </message>
    <message>
      <source>{officer} can sign in again.</source>
      <translation>{officer} puede volver a iniciar sesión.</translation>
    </message>
    <message>
      <source>{officer} is disabled and can no longer sign in.</source>
      <translation>{officer} está desactivado y ya no puede iniciar sesión.</translation>
    </message>
    <message>
      <source>Unlock the account of {officer}.</source>
      <translation>Desbloquear la cuenta de {officer}.</translation>
    </message>
    <message>
      <source>{officer} is unlocked and can sign in again.</source>
      <translation>{officer} está desbloqueado y puede volver a iniciar sesión.</translation>
    </message>
    <message>
      <source>Print a badge card for {officer}.</source>
      <translation>Imprimir una credencial para {officer}.</translation>
    </message>
    <message>
      <source>Badge card of {officer}</source>
      <translation>Credencial de {officer}</translation>
    </message>
    <message>
      <source>Badge card code {code}: scanning it identifies {officer} at a handover.</source>
      <translation>Código de credencial {code}: al escanearlo identifica a {officer} en una entrega.</translation>
    </message>
    <message>
      <source>Badge card of {officer} saved to {path}.</source>
      <translation>Credencial de {officer} guardada en {path}.</translation>
    </message>
    <message>
      <source>Badge card of {officer} printed ({where}).</source>
      <translation>Credencial de {officer} impresa ({where}).</translation>
    </message>
    <message>
      <source>The badge card could not be saved to {path}: {reason}</source>
      <translation>No se pudo guardar la credencial en {path}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <source>Please wait</source>
      <translation>Espere, por favor</translation>
    </message>
  </context>
  <context>
    <name>Passwords</name>
    <message>
      <source>The password is too short: use at least {min} characters (this one has {count}).</source>
      <translation>La contraseña es demasiado corta: use al menos {min} caracteres (esta tiene {count}).</translation>
    </message>
    <message>
      <source>The password is too long: use at most {max} characters (this one has {count}).</source>
      <translation>La contraseña es demasiado larga: use como máximo {max} caracteres (esta tiene {count}).</translation>
    </message>
    <message>
      <source>This password is on a list of commonly used passwords that attackers try first. Choose another one.</source>
      <translation>Esta contraseña está en una lista de contraseñas comunes que los atacantes prueban primero. Elija otra.</translation>
    </message>
    <message>
      <source>The password cannot be the same as the user name.</source>
      <translation>La contraseña no puede ser igual al nombre de usuario.</translation>
    </message>
    <message>
      <source>The password contains an invisible control character that cannot be typed reliably.</source>
      <translation>La contraseña contiene un carácter de control invisible que no se puede escribir de forma fiable.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>◀ Previous</source>
      <translation>◀ Anterior</translation>
    </message>
    <message>
      <source>Previous page (Page Up)</source>
      <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
      <source>of {n}</source>
      <translation>de {n}</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Siguiente ▶</translation>
    </message>
    <message>
      <source>Next page (Page Down)</source>
      <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Página</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+−)</source>
      <translation>Alejar (Ctrl+−)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Ajustar al ancho</translation>
    </message>
    <message>
      <source>Whole page</source>
      <translation>Página completa</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Guardar como PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Ancho</translation>
    </message>
    <message>
      <source>Print {title}</source>
      <translation>Imprimir {title}</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Guardar como PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>PdfView</name>
    <message>
      <source>The document could not be shown: it is not a readable PDF ({reason}).</source>
      <translation>No se puede mostrar el documento: no es un PDF legible ({reason}).</translation>
    </message>
    <message>
      <source>The disk is full: {name} was not saved. Free some space or choose another drive. Nothing was written.</source>
      <translation>El disco está lleno: {name} no se guardó. Libere espacio o elija otra unidad. No se escribió nada.</translation>
    </message>
    <message>
      <source>You may not write to the folder {folder}, so {name} was not saved. Choose another folder (your Documents folder or a USB drive). Nothing was written.</source>
      <translation>No tiene permiso para escribir en la carpeta {folder}, así que {name} no se guardó. Elija otra carpeta (su carpeta Documentos o una memoria USB). No se escribió nada.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist any more (was a USB drive removed?), so {name} was not saved.</source>
      <translation>La carpeta {folder} ya no existe (¿se retiró una memoria USB?), así que {name} no se guardó.</translation>
    </message>
    <message>
      <source>{name} could not be saved: {reason}. Nothing was written.</source>
      <translation>No se pudo guardar {name}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
      <source>The printer {printer} could not be started, so nothing was printed. Check that it is switched on and connected, or choose another printer.</source>
      <translation>No se pudo iniciar la impresora {printer}, así que no se imprimió nada. Compruebe que esté encendida y conectada, o elija otra impresora.</translation>
    </message>
    <message>
      <source>Printing on {printer} failed at page {page} of {pages}. Check the printer (paper, labels, cover) and print again.</source>
      <translation>La impresión en {printer} falló en la página {page} de {pages}. Revise la impresora (papel, etiquetas, tapa) y vuelva a imprimir.</translation>
    </message>
    <message>
      <source>default printer</source>
      <translation>impresora predeterminada</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>Laboratory analyst</source>
      <translation>Analista de laboratorio</translation>
    </message>
    <message>
      <source>Court clerk</source>
      <translation>Secretario del juzgado</translation>
    </message>
    <message>
      <source>Prosecutor's office</source>
      <translation>Fiscalía</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Propietario</translation>
    </message>
    <message>
      <source>Courier</source>
      <translation>Mensajero</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Choose what this person is (laboratory analyst, court clerk, owner, courier, other).</source>
      <translation>Elija qué es esta persona (analista de laboratorio, secretario del juzgado, propietario, mensajero, otro).</translation>
    </message>
    <message>
      <source>There is no outside person {ref}: register them first.</source>
      <translation>No existe la persona externa {ref}: regístrela primero.</translation>
    </message>
    <message>
      <source>Give the number of the identity document you saw (staff card, passport, …).</source>
      <translation>Indique el número del documento de identidad que vio (carné institucional, pasaporte, …).</translation>
    </message>
    <message>
      <source>Register a person outside the station</source>
      <translation>Registrar una persona externa a la estación</translation>
    </message>
    <message>
      <source>e.g. staff card, passport</source>
      <translation>p. ej. carné institucional, pasaporte</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Is a</source>
      <translation>Es</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Documento de identidad</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Número del documento</translation>
    </message>
    <message>
      <source>Clear signature</source>
      <translation>Borrar la firma</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>Nueva persona…</translation>
    </message>
    <message>
      <source>(not named)</source>
      <translation>(sin nombre)</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>{n} done</source>
      <translation>{n} hecho(s)</translation>
    </message>
  </context>
  <context>
    <name>ReauthDialog</name>
    <message>
      <source>Confirm with your password</source>
      <translation>Confirmar con su contraseña</translation>
    </message>
    <message>
      <source>This is a sensitive action. Type your own password again ({name}, signed in as {user}).</source>
      <translation>Esta es una acción delicada. Vuelva a escribir su propia contraseña ({name}, con sesión iniciada como {user}).</translation>
    </message>
    <message>
      <source>Your password</source>
      <translation>Su contraseña</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>Confirmar</translation>
    </message>
    <message>
      <source>Type your password.</source>
      <translation>Escriba su contraseña.</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Verificando…</translation>
    </message>
    <message>
      <source>Wrong password. Type it again, or Cancel.</source>
      <translation>Contraseña errónea. Vuelva a escribirla, o Cancelar.</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Page {page} of {total}</source>
      <translation>Página {page} de {total}</translation>
    </message>
    <message>
      <source>Not sealed</source>
      <translation>Sin precinto</translation>
    </message>
    <message>
      <source>&lt;b&gt;Corrected by entry #{seq}&lt;/b&gt; ({at}): {field}: «{old}» → «{new}». Reason: {reason}. Requested by {requested_by}, approved by {approved_by}.</source>
      <translation>&lt;b&gt;Corregido por el asiento n.º {seq}&lt;/b&gt; ({at}): {field}: «{old}» → «{new}». Motivo: {reason}. Solicitado por {requested_by}, aprobado por {approved_by}.</translation>
    </message>
    <message>
      <source>I certify that this report reproduces, for each item listed, every entry of the evidence ledger concerning it up to the date of this report: who held it, where it was stored, and each time it left the evidence room (to a laboratory, to court or to another agency) and came back, as recorded above. The ledger entries are signed by the officers named; the attached proof lets anyone check them (see "How to check this report").</source>
      <translation>Certifico que este informe reproduce, para cada indicio listado, todos los asientos del registro de evidencias que le conciernen hasta la fecha del informe: quién lo tuvo, dónde se almacenó y cada vez que salió del almacén de evidencias (a un laboratorio, al tribunal o a otra entidad) y regresó, tal como consta arriba. Los asientos del registro están firmados por los agentes nombrados; la prueba adjunta permite a cualquiera verificarlos (vea «Cómo verificar este informe»).</translation>
    </message>
    <message>
      <source>Every event above is an entry of the station's append-only evidence ledger. Each entry's hash is proven to be included in the signed checkpoint below, and the file custody-proof.json attached to this PDF contains the entries, their signatures and the inclusion proofs. Anyone can check them with: custody-verify REPORT.pdf --trust "&lt;station verifier key&gt;". The PDF itself is digitally signed; any change to it invalidates the signature.</source>
      <translation>Cada evento de arriba es un asiento del registro de evidencias de la estación, al que solo se pueden añadir asientos. Se prueba que el hash de cada asiento está incluido en el punto de control firmado de abajo, y el archivo custody-proof.json adjunto a este PDF contiene los asientos, sus firmas y las pruebas de inclusión. Cualquiera puede verificarlos con: custody-verify REPORT.pdf --trust "&lt;clave de verificación de la estación&gt;". El PDF mismo está firmado digitalmente; cualquier cambio invalida la firma.</translation>
    </message>
    <message>
      <source>The file custody-proof.json attached to this PDF holds the signed ledger entries this report states. Checking them needs only this PDF and the station's verifier key, published by the agency:</source>
      <translation>El archivo custody-proof.json adjunto a este PDF contiene los asientos firmados del registro que este informe afirma. Para verificarlos solo se necesitan este PDF y la clave de verificación de la estación, publicada por la entidad:</translation>
    </message>
    <message>
      <source>Without installing anything: open verify.html (the verifier page the agency provides) in a web browser, drop this PDF on it, and paste the key.</source>
      <translation>Sin instalar nada: abra verify.html (la página de verificación que proporciona la entidad) en un navegador, suelte en ella este PDF y pegue la clave.</translation>
    </message>
    <message>
      <source>Item id</source>
      <translation>Número de indicio</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Entry hash (SHA-256)</source>
      <translation>Hash del asiento (SHA-256)</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Informe</translation>
    </message>
    <message>
      <source>Generated</source>
      <translation>Generado</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Entidad</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Almacén de evidencias</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Número de caso</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>Delito</translation>
    </message>
    <message>
      <source>Agency reference</source>
      <translation>Referencia de la entidad</translation>
    </message>
    <message>
      <source>Prosecutor reference</source>
      <translation>Referencia de la Fiscalía</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Referencia del tribunal</translation>
    </message>
    <message>
      <source>Seizure document</source>
      <translation>Acta de incautación</translation>
    </message>
    <message>
      <source>Seized on</source>
      <translation>Incautado el</translation>
    </message>
    <message>
      <source>Place of seizure</source>
      <translation>Lugar de la incautación</translation>
    </message>
    <message>
      <source>Seizing officer</source>
      <translation>Agente que incautó</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>Testigos</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>Fundamento legal</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>Recibido de</translation>
    </message>
    <message>
      <source>Case and seizure</source>
      <translation>Caso e incautación</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Indicios</translation>
    </message>
    <message>
      <source>Item {number} of {total} · {item_id}</source>
      <translation>Indicio {number} de {total} · {item_id}</translation>
    </message>
    <message>
      <source>Chain of custody</source>
      <translation>Cadena de custodia</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>Destino</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>Autoridad</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>Número del informe</translation>
    </message>
    <message>
      <source>Checkpoint tree size</source>
      <translation>Tamaño del árbol en el punto de control</translation>
    </message>
    <message>
      <source>Root hash</source>
      <translation>Hash raíz</translation>
    </message>
    <message>
      <source>Station key</source>
      <translation>Clave de la estación</translation>
    </message>
    <message>
      <source>Station key fingerprint</source>
      <translation>Huella de la clave de la estación</translation>
    </message>
    <message>
      <source>Station verifier key</source>
      <translation>Clave de verificación de la estación</translation>
    </message>
    <message>
      <source>PDF-signing certificate (SHA-256)</source>
      <translation>Certificado de firma del PDF (SHA-256)</translation>
    </message>
    <message>
      <source>Signed checkpoint</source>
      <translation>Punto de control firmado</translation>
    </message>
    <message>
      <source>Integrity (technical details)</source>
      <translation>Integridad (detalles técnicos)</translation>
    </message>
    <message>
      <source>Entry hashes proven against the checkpoint</source>
      <translation>Hashes de los asientos probados contra el punto de control</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>N.º</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>Precinto</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Correcciones</translation>
    </message>
    <message>
      <source>No disposition recorded: the item is still held.</source>
      <translation>Sin destino registrado: el indicio sigue bajo custodia.</translation>
    </message>
    <message>
      <source>Date/time</source>
      <translation>Fecha/hora</translation>
    </message>
    <message>
      <source>Released by</source>
      <translation>Entregado por</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>Recibido por</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Finalidad</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Ubicación</translation>
    </message>
    <message>
      <source>Seal state</source>
      <translation>Estado del precinto</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Firmas</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Corrects entry #{seq}</source>
      <translation>Corrige el asiento n.º {seq}</translation>
    </message>
    <message>
      <source>Corrects</source>
      <translation>Corrige</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Recorded value</source>
      <translation>Valor registrado</translation>
    </message>
    <message>
      <source>Corrected value</source>
      <translation>Valor corregido</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>Solicitado por</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Aprobado por</translation>
    </message>
    <message>
      <source>This PDF is signed. In Adobe Reader, Okular or any PDF reader, the signature panel must say the document was not changed since it was signed. The signing certificate's SHA-256 fingerprint must be {fp} (the station's certificate, which the ledger binds to the station key).</source>
      <translation>Este PDF está firmado. En Adobe Reader, Okular o cualquier lector de PDF, el panel de firmas debe indicar que el documento no se modificó desde que se firmó. La huella SHA-256 del certificado de firma debe ser {fp} (el certificado de la estación, que el registro vincula a la clave de la estación).</translation>
    </message>
    <message>
      <source>With Python: pip install custody, then: custody-verify REPORT.pdf --trust "{key}". VERIFIED means every event above is proven; FAILED names what was changed.</source>
      <translation>Con Python: pip install custody, y luego: custody-verify REPORT.pdf --trust "{key}". VERIFIED significa que cada evento de arriba está probado; FAILED indica qué se cambió.</translation>
    </message>
    <message>
      <source>by</source>
      <translation>por</translation>
    </message>
    <message>
      <source>Seal changes</source>
      <translation>Cambios de precinto</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>En poder de</translation>
    </message>
    <message>
      <source>Stored at</source>
      <translation>Almacenado en</translation>
    </message>
    <message>
      <source>Latest weights</source>
      <translation>Últimos pesos</translation>
    </message>
    <message>
      <source>Number in its seizure</source>
      <translation>Número en su incautación</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Foto</translation>
    </message>
    <message>
      <source>(photo could not be read)</source>
      <translation>(no se pudo leer la foto)</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Testigo</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Declaración</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Evidence custodian</source>
      <translation>Custodio de evidencias</translation>
    </message>
    <message>
      <source>Received by (prosecutor's office)</source>
      <translation>Recibido por (Fiscalía)</translation>
    </message>
    <message>
      <source>Certification</source>
      <translation>Certificación</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>Precintado</translation>
    </message>
    <message>
      <source>How to check this report</source>
      <translation>Cómo verificar este informe</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Missing (expected, not found)</source>
      <translation>Faltantes (esperados, no encontrados)</translation>
    </message>
    <message>
      <source>Unexpected (found, not expected)</source>
      <translation>Inesperados (encontrados, no esperados)</translation>
    </message>
    <message>
      <source>Misplaced (found in the wrong place)</source>
      <translation>Mal ubicados (encontrados en el lugar equivocado)</translation>
    </message>
    <message>
      <source>We certify that the items listed above were released to the person named above, who proved their identity with the document given, on the date and at the place given above.</source>
      <translation>Certificamos que los indicios listados arriba se devolvieron a la persona nombrada arriba, que acreditó su identidad con el documento indicado, en la fecha y el lugar indicados arriba.</translation>
    </message>
    <message>
      <source>We certify that the items listed above were disposed of as stated, in our presence, on the date and at the place given above.</source>
      <translation>Certificamos que los indicios listados arriba tuvieron la disposición final indicada, en nuestra presencia, en la fecha y el lugar indicados arriba.</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Alcance</translation>
    </message>
    <message>
      <source>Auditors</source>
      <translation>Auditores</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Iniciado</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Terminado</translation>
    </message>
    <message>
      <source>Expected items</source>
      <translation>Indicios esperados</translation>
    </message>
    <message>
      <source>Scanned items</source>
      <translation>Indicios escaneados</translation>
    </message>
    <message>
      <source>Discrepancies</source>
      <translation>Discrepancias</translation>
    </message>
    <message>
      <source>Expected at</source>
      <translation>Esperado en</translation>
    </message>
    <message>
      <source>Found at</source>
      <translation>Encontrado en</translation>
    </message>
    <message>
      <source>Authorisation</source>
      <translation>Autorización</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>Referencia de la orden</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <source>Examinations requested</source>
      <translation>Exámenes solicitados</translation>
    </message>
    <message>
      <source>Location / holder</source>
      <translation>Ubicación / custodio</translation>
    </message>
    <message>
      <source>Last event</source>
      <translation>Último evento</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Ninguno.</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>Autorizado por</translation>
    </message>
    <message>
      <source>Authorised on</source>
      <translation>Autorizado el</translation>
    </message>
    <message>
      <source>Release to the owner</source>
      <translation>Devolución al propietario</translation>
    </message>
    <message>
      <source>Disposal carried out</source>
      <translation>Disposición final ejecutada</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>Released to</source>
      <translation>Devuelto a</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Documento de identidad</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <translation>Ejecutado por</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Observaciones</translation>
    </message>
    <message>
      <source>Ledger entries</source>
      <translation>Asientos del registro</translation>
    </message>
    <message>
      <source>Performed by</source>
      <translation>Realizado por</translation>
    </message>
    <message>
      <source>Submission</source>
      <translation>Remisión</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratorio</translation>
    </message>
    <message>
      <source>Laboratory number</source>
      <translation>Número de laboratorio</translation>
    </message>
    <message>
      <source>Submitted by</source>
      <translation>Enviado por</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>Enviado el</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>Transporte</translation>
    </message>
    <message>
      <source>Hazards</source>
      <translation>Peligros</translation>
    </message>
    <message>
      <source>Case summary</source>
      <translation>Resumen del caso</translation>
    </message>
    <message>
      <source>Weights on record</source>
      <translation>Pesos registrados</translation>
    </message>
    <message>
      <source>Items: {n}</source>
      <translation>Indicios: {n}</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <source>Entry hash</source>
      <translation>Hash del asiento</translation>
    </message>
    <message>
      <source>Gross weight</source>
      <translation>Peso bruto</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Peso neto</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Registrado por</translation>
    </message>
    <message>
      <source>Signature and date</source>
      <translation>Firma y fecha</translation>
    </message>
    <message>
      <source>Received by the laboratory</source>
      <translation>Recibido por el laboratorio</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>Auditor</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>The station's PDF-signing certificate (SHA-256 {found}) is not the one the ledger registers for station {code} ({expected}). Nothing was signed. Restore the station's certificate files from its backup, or import the agency certificate again.</source>
      <translation>El certificado de firma de PDF de la estación (SHA-256 {found}) no es el que el registro tiene para la estación {code} ({expected}). No se firmó nada. Restaure los archivos de certificado de la estación desde su copia de seguridad, o vuelva a importar el certificado de la entidad.</translation>
    </message>
    <message>
      <source>The certificate could not be used: {reason}</source>
      <translation>No se pudo usar el certificado: {reason}</translation>
    </message>
    <message>
      <source>Case inventory</source>
      <translation>Inventario del caso</translation>
    </message>
    <message>
      <source>Certificate of disposal</source>
      <translation>Acta de disposición final</translation>
    </message>
    <message>
      <source>Certificate of release to the owner</source>
      <translation>Acta de devolución al propietario</translation>
    </message>
    <message>
      <source>Laboratory submission form</source>
      <translation>Formato de remisión al laboratorio</translation>
    </message>
    <message>
      <source>Inventory audit: discrepancies</source>
      <translation>Inventario: discrepancias</translation>
    </message>
    <message>
      <source>The photo recorded at entry {seq} is not shown: the stored file does not match the SHA-256 the ledger recorded for it (it was changed or damaged after it was recorded).</source>
      <translation>La foto registrada en el asiento {seq} no se muestra: el archivo almacenado no coincide con el SHA-256 que el registro anotó para él (fue cambiado o dañado después de registrarse).</translation>
    </message>
    <message>
      <source>The photo recorded at entry {seq} is not shown: the file is missing from the database.</source>
      <translation>La foto registrada en el asiento {seq} no se muestra: el archivo falta en la base de datos.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>gross</source>
      <translation>bruto</translation>
    </message>
    <message>
      <source>net</source>
      <translation>neto</translation>
    </message>
    <message>
      <source>{field}: expected {expected}, found {found}, difference {diff}</source>
      <translation>{field}: esperado {expected}, encontrado {found}, diferencia {diff}</translation>
    </message>
    <message>
      <source>New items: {ids}</source>
      <translation>Indicios nuevos: {ids}</translation>
    </message>
    <message>
      <source>Accepts the discrepancy of entry #{seq}</source>
      <translation>Acepta la discrepancia del asiento n.º {seq}</translation>
    </message>
    <message>
      <source>Lab number</source>
      <translation>Número de laboratorio</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Referencia del tribunal</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Orden</translation>
    </message>
    <message>
      <source>Intact</source>
      <translation>Intacto</translation>
    </message>
    <message>
      <source>Broken</source>
      <translation>Roto</translation>
    </message>
    <message>
      <source>the station</source>
      <translation>la estación</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>Autorizado por</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>Referencia de la orden</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>Fundamento legal</translation>
    </message>
    <message>
      <source>Released to</source>
      <translation>Devuelto a</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Documento de identidad</translation>
    </message>
    <message>
      <source>Released by</source>
      <translation>Devuelto por</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Observaciones</translation>
    </message>
    <message>
      <source>Released to the owner</source>
      <translation>Devuelto al propietario</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <translation>Ejecutado por</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <source>I witnessed the disposal ({method}) of this item on {date}, as recorded above, and I never held this item.</source>
      <translation>Presencié la disposición final ({method}) de este indicio el {date}, tal como se registra arriba, y nunca tuve este indicio en mi poder.</translation>
    </message>
    <message>
      <source>Signed in the ledger, entry #{seq}</source>
      <translation>Firmado en el registro, asiento n.º {seq}</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>Disposición final</translation>
    </message>
    <message>
      <source>seal {number} broken (entry #{seq})</source>
      <translation>precinto {number} roto (asiento n.º {seq})</translation>
    </message>
    <message>
      <source>seal {number} applied (entry #{seq})</source>
      <translation>precinto {number} colocado (asiento n.º {seq})</translation>
    </message>
    <message>
      <source>{label} {weight} ({what}, entry #{seq})</source>
      <translation>{label} {weight} ({what}, asiento n.º {seq})</translation>
    </message>
    <message>
      <source>MISSING: not found at the inventory audit of {date} (entry #{seq})</source>
      <translation>FALTANTE: no encontrado en el inventario del {date} (asiento n.º {seq})</translation>
    </message>
    <message>
      <source>Seizure {number}: {date}, {place}</source>
      <translation>Incautación {number}: {date}, {place}</translation>
    </message>
    <message>
      <source>The ledger reference {ref} points at an entry that does not record it (seq {seq}). Nothing was recorded. An administrator should run 'custody ledger rebuild'.</source>
      <translation>La referencia del registro {ref} apunta a un asiento que no la registra (seq {seq}). No se registró nada. Un administrador debe ejecutar «custody ledger rebuild».</translation>
    </message>
    <message>
      <source>The entries this report would state do not verify: {reason}. Nothing was recorded.</source>
      <translation>Los asientos que este informe afirmaría no pasan la verificación: {reason}. No se registró nada.</translation>
    </message>
    <message>
      <source>Chain of custody report</source>
      <translation>Informe de cadena de custodia</translation>
    </message>
    <message>
      <source>Chain of custody report (case)</source>
      <translation>Informe de cadena de custodia (caso)</translation>
    </message>
    <message>
      <source>Chain of custody report (transfer to another agency)</source>
      <translation>Informe de cadena de custodia (traspaso a otra entidad)</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation>Informes</translation>
    </message>
    <message>
      <source>The court's chain of custody report of one item or of every item of a case. Each report is recorded in the ledger, signed by this station and carries the proof of its own integrity. The same box gives a case's inventory, an item's disposal certificate and its laboratory submission form, also signed by this station and recorded in the ledger.</source>
      <translation>El informe de cadena de custodia para el tribunal, de un indicio o de todos los indicios de un caso. Cada informe queda en el registro, firmado por esta estación, y lleva la prueba de su propia integridad. El mismo cuadro da el inventario de un caso, el acta de disposición final de un indicio y su formato de remisión al laboratorio, también firmados por esta estación y anotados en el registro.</translation>
    </message>
    <message>
      <source>Custody report</source>
      <translation>Informe de custodia</translation>
    </message>
    <message>
      <source>Scan the item's barcode, or type an item id or a case number.</source>
      <translation>Escanee el código de barras del indicio, o escriba un número de indicio o de caso.</translation>
    </message>
    <message>
      <source>Item id (UN-DIL-26-000123-7) or case number</source>
      <translation>Número de indicio (UN-DIL-26-000123-7) o número de caso</translation>
    </message>
    <message>
      <source>Item report</source>
      <translation>Informe del indicio</translation>
    </message>
    <message>
      <source>Case report</source>
      <translation>Informe del caso</translation>
    </message>
    <message>
      <source>Other documents:</source>
      <translation>Otros documentos:</translation>
    </message>
    <message>
      <source>Case inventory</source>
      <translation>Inventario del caso</translation>
    </message>
    <message>
      <source>Disposal certificate</source>
      <translation>Acta de disposición final</translation>
    </message>
    <message>
      <source>Lab submission form</source>
      <translation>Formato de remisión al laboratorio</translation>
    </message>
    <message>
      <source>Language of the document:</source>
      <translation>Idioma del documento:</translation>
    </message>
    <message>
      <source>Headings, field names and the certification are written in this language; what officers typed stays as typed.</source>
      <translation>Los títulos, los nombres de los campos y la certificación se redactan en este idioma; lo que escribieron los agentes queda tal como lo escribieron.</translation>
    </message>
    <message>
      <source>Last report</source>
      <translation>Último informe</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>Número del informe</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Indicios</translation>
    </message>
    <message>
      <source>Station verifier key</source>
      <translation>Clave de verificación de la estación</translation>
    </message>
    <message>
      <source>Checkpoint the report is proven against</source>
      <translation>Punto de control contra el que se prueba el informe</translation>
    </message>
    <message>
      <source>Give the prosecutor the PDF and the station verifier key: with them anyone can check the report without Custody, its database or the internet, using the &lt;span style="white-space: nowrap"&gt;custody-verify&lt;/span&gt; program.</source>
      <translation>Entregue a la Fiscalía el PDF y la clave de verificación de la estación: con ellos cualquiera puede verificar el informe sin Custody, su base de datos ni internet, con el programa &lt;span style="white-space: nowrap"&gt;custody-verify&lt;/span&gt;.</translation>
    </message>
    <message>
      <source>Show the report again…</source>
      <translation>Volver a mostrar el informe…</translation>
    </message>
    <message>
      <source>Copy verifier key</source>
      <translation>Copiar la clave de verificación</translation>
    </message>
    <message>
      <source>Copy checkpoint</source>
      <translation>Copiar el punto de control</translation>
    </message>
    <message>
      <source>Scan or type the item id first.</source>
      <translation>Escanee o escriba primero el número del indicio.</translation>
    </message>
    <message>
      <source>Chain of custody report — {item}</source>
      <translation>Informe de cadena de custodia — {item}</translation>
    </message>
    <message>
      <source>Producing the custody report of {item}…</source>
      <translation>Generando el informe de custodia de {item}…</translation>
    </message>
    <message>
      <source>Type the case number first.</source>
      <translation>Escriba primero el número de caso.</translation>
    </message>
    <message>
      <source>Chain of custody report — case {case}</source>
      <translation>Informe de cadena de custodia — caso {case}</translation>
    </message>
    <message>
      <source>Producing the custody report of case {case}…</source>
      <translation>Generando el informe de custodia del caso {case}…</translation>
    </message>
    <message>
      <source>Producing the inventory of case {case}…</source>
      <translation>Generando el inventario del caso {case}…</translation>
    </message>
    <message>
      <source>Case inventory — {case}</source>
      <translation>Inventario del caso — {case}</translation>
    </message>
    <message>
      <source>Producing the disposal certificate of {item}…</source>
      <translation>Generando el acta de disposición final de {item}…</translation>
    </message>
    <message>
      <source>Disposal certificate — {item}</source>
      <translation>Acta de disposición final — {item}</translation>
    </message>
    <message>
      <source>Producing the laboratory submission form of {item}…</source>
      <translation>Generando el formato de remisión al laboratorio de {item}…</translation>
    </message>
    <message>
      <source>Laboratory submission form — {item}</source>
      <translation>Formato de remisión al laboratorio — {item}</translation>
    </message>
    <message>
      <source>Signed by this station and recorded in the ledger. SHA-256 {sha}</source>
      <translation>Firmado por esta estación y anotado en el registro. SHA-256 {sha}</translation>
    </message>
    <message>
      <source>(unknown)</source>
      <translation>(desconocido)</translation>
    </message>
    <message numerus="yes">
      <source>Report {id} · %n item(s) · signed by this station; the proof bundle is attached to the PDF.</source>
      <translation>
        <numerusform>Informe {id} · %n indicio · firmado por esta estación; el paquete de pruebas va adjunto al PDF.</numerusform>
        <numerusform>Informe {id} · %n indicios · firmado por esta estación; el paquete de pruebas va adjunto al PDF.</numerusform>
      </translation>
    </message>
    <message>
      <source>Verifier key copied.</source>
      <translation>Clave de verificación copiada.</translation>
    </message>
    <message>
      <source>Checkpoint copied.</source>
      <translation>Punto de control copiado.</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>The officer's signing key is locked with the old password, which nobody knows any more. Custody therefore issues a NEW signing key and REVOKES the old one; entries already signed stay valid. The account is also unlocked. Give the new password to the officer in person.</source>
      <translation>La clave de firma del agente está bloqueada con la contraseña anterior, que ya nadie conoce. Por eso Custody emite una clave de firma NUEVA y REVOCA la anterior; los asientos ya firmados siguen siendo válidos. La cuenta también se desbloquea. Entregue la contraseña nueva al agente en persona.</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Contraseña nueva</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>Repetir la contraseña nueva</translation>
    </message>
  </context>
  <context>
    <name>Role</name>
    <message>
      <source>Officer</source>
      <translation>Agente</translation>
    </message>
    <message>
      <source>Evidence custodian</source>
      <translation>Custodio de evidencias</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>Auditor</translation>
    </message>
    <message>
      <source>Prosecutor (read only)</source>
      <translation>Fiscal (solo lectura)</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Administrador</translation>
    </message>
  </context>
  <context>
    <name>Scanner</name>
    <message>
      <source>Scanned {code}: finish or close the open dialog first.</source>
      <translation>Se escaneó {code}: termine o cierre primero el cuadro de diálogo abierto.</translation>
    </message>
    <message>
      <source>Scanned {code}, but no part of Custody opens {what} here.</source>
      <translation>Se escaneó {code}, pero ninguna parte de Custody abre {what} aquí.</translation>
    </message>
    <message>
      <source>item numbers</source>
      <translation>números de indicio</translation>
    </message>
    <message>
      <source>location codes</source>
      <translation>códigos de ubicación</translation>
    </message>
    <message>
      <source>badge codes</source>
      <translation>códigos de credencial</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>The search text is too long: at most {max} characters.</source>
      <translation>El texto de búsqueda es demasiado largo: como máximo {max} caracteres.</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <source>Scan or type an id, a code or words…</source>
      <translation>Escanee un código o escriba palabras…</translation>
    </message>
    <message>
      <source>Scan or type an item id, a LOC- or OFF- code, or words of a description</source>
      <translation>Escanee o escriba un número de indicio, un código LOC- u OFF-, o palabras de una descripción</translation>
    </message>
  </context>
  <context>
    <name>SeizureForm</name>
    <message>
      <source>Type or choose the case number</source>
      <translation>Escriba o elija el número de caso</translation>
    </message>
    <message>
      <source>Open a new case…</source>
      <translation>Abrir un caso nuevo…</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <source>Date and time of the seizure</source>
      <translation>Fecha y hora de la incautación</translation>
    </message>
    <message>
      <source>Station time.</source>
      <translation>Hora de la estación.</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>GPS (optional)</source>
      <translation>GPS (opcional)</translation>
    </message>
    <message>
      <source>Latitude, longitude in decimal degrees.</source>
      <translation>Latitud, longitud en grados decimales.</translation>
    </message>
    <message>
      <source>Seizing officer</source>
      <translation>Agente que incautó</translation>
    </message>
    <message>
      <source>The officer's username.</source>
      <translation>El nombre de usuario del agente.</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>Testigos</translation>
    </message>
    <message>
      <source>One name per line.</source>
      <translation>Un nombre por línea.</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>Fundamento legal</translation>
    </message>
    <message>
      <source>Warrant or order, with its number.</source>
      <translation>Orden o mandamiento, con su número.</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>Recibido de</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Record seizure</source>
      <translation>Registrar la incautación</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Enter a whole number from {low} to {high}.</source>
      <translation>Escriba un número entero de {low} a {high}.</translation>
    </message>
    <message>
      <source>Custody does not speak the language {language}. Choose English, French, Portuguese, Spanish or Arabic.</source>
      <translation>Custody no habla el idioma {language}. Elija inglés, francés, portugués, español o árabe.</translation>
    </message>
    <message>
      <source>Unknown setting.</source>
      <translation>Configuración desconocida.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Wrong passwords before locking</source>
      <translation>Contraseñas erróneas antes del bloqueo</translation>
    </message>
    <message>
      <source>An account locks after this many wrong passwords in a row (from {low} to {high}).</source>
      <translation>Una cuenta se bloquea tras este número de contraseñas erróneas seguidas (de {low} a {high}).</translation>
    </message>
    <message>
      <source>Lockout (minutes)</source>
      <translation>Bloqueo (minutos)</translation>
    </message>
    <message>
      <source>How long a locked account stays locked, unless an administrator unlocks it sooner (from {low} to {high} minutes).</source>
      <translation>Cuánto tiempo sigue bloqueada una cuenta, salvo que un administrador la desbloquee antes (de {low} a {high} minutos).</translation>
    </message>
    <message>
      <source>Idle lock (minutes)</source>
      <translation>Bloqueo por inactividad (minutos)</translation>
    </message>
    <message>
      <source>The workstation hides everything behind the lock screen after this many minutes without use (from {low} to {high} minutes).</source>
      <translation>El equipo oculta todo tras la pantalla de bloqueo después de este número de minutos sin uso (de {low} a {high} minutos).</translation>
    </message>
    <message>
      <source>Clock jump refused (minutes)</source>
      <translation>Salto de reloj rechazado (minutos)</translation>
    </message>
    <message>
      <source>Nothing is recorded when this computer's clock moves forward by more than this while Custody runs (from {low} to {high} minutes).</source>
      <translation>No se registra nada cuando el reloj de este equipo se adelanta más que esto mientras Custody está abierto (de {low} a {high} minutos).</translation>
    </message>
    <message>
      <source>Station settings</source>
      <translation>Configuración de la estación</translation>
    </message>
    <message>
      <source>These settings apply to every workstation of this station. Each change is recorded in the ledger with your name.</source>
      <translation>Esta configuración se aplica a todos los equipos de esta estación. Cada cambio queda en el registro con su nombre.</translation>
    </message>
    <message>
      <source>Sign-in and locking</source>
      <translation>Inicio de sesión y bloqueo</translation>
    </message>
    <message>
      <source>Language of the station</source>
      <translation>Idioma de la estación</translation>
    </message>
    <message>
      <source>The sign-in screen speaks it, and reports and labels are written in it unless another language is chosen for a document. Each officer can choose their own at sign-in.</source>
      <translation>La pantalla de inicio de sesión lo usa, y los informes y etiquetas se redactan en él salvo que se elija otro para un documento. Cada agente puede elegir el suyo al iniciar sesión.</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>Guardar la configuración</translation>
    </message>
    <message>
      <source>Undo my changes</source>
      <translation>Deshacer mis cambios</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>Default label template</source>
      <translation>Plantilla de etiqueta predeterminada</translation>
    </message>
    <message>
      <source>Use this template</source>
      <translation>Usar esta plantilla</translation>
    </message>
    <message>
      <source>Change the station's default label template</source>
      <translation>Cambiar la plantilla de etiqueta predeterminada de la estación</translation>
    </message>
    <message>
      <source>Labels now print on {name} by default.</source>
      <translation>Ahora las etiquetas se imprimen por defecto en {name}.</translation>
    </message>
    <message>
      <source>Nothing to save: the settings are as stored.</source>
      <translation>Nada que guardar: la configuración está como se guardó.</translation>
    </message>
    <message>
      <source>Change the station settings.</source>
      <translation>Cambiar la configuración de la estación.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <source>Saved. The idle lock now starts after {n} minutes without use.</source>
      <translation>Guardado. El bloqueo por inactividad empieza ahora tras {n} minutos sin uso.</translation>
    </message>
  </context>
  <context>
    <name>Setup</name>
    <message>
      <source>A station code is 1 to 16 characters: capital letters A-Z, digits and '-'.</source>
      <translation>Un código de estación tiene de 1 a 16 caracteres: mayúsculas A-Z, dígitos y «-».</translation>
    </message>
    <message>
      <source>A log origin looks like custody.example.org/DIL: lower-case host name, then optional /parts.</source>
      <translation>Un origen de registro se parece a custody.example.org/DIL: nombre de host en minúsculas y luego /partes opcionales.</translation>
    </message>
    <message>
      <source>Unknown time zone {tz}. Use a name such as Africa/Kinshasa or UTC.</source>
      <translation>Zona horaria {tz} desconocida. Use un nombre como America/Bogota o UTC.</translation>
    </message>
    <message>
      <source>This database is already set up (agency {agency}). Nothing was changed.</source>
      <translation>Esta base de datos ya está configurada (entidad {agency}). No se cambió nada.</translation>
    </message>
  </context>
  <context>
    <name>SignaturePad</name>
    <message>
      <source>Sign here with the mouse or a pen</source>
      <translation>Firme aquí con el ratón o un lápiz</translation>
    </message>
    <message>
      <source>Sign above the line</source>
      <translation>Firme sobre la línea</translation>
    </message>
  </context>
  <context>
    <name>SplitDialog</name>
    <message>
      <source>Take a sample of {item}</source>
      <translation>Tomar una muestra de {item}</translation>
    </message>
    <message>
      <source>Split {item}</source>
      <translation>Dividir {item}</translation>
    </message>
    <message>
      <source>Description of the part *</source>
      <translation>Descripción de la parte *</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>Precintado</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Número de precinto</translation>
    </message>
    <message>
      <source>Add a part</source>
      <translation>Agregar una parte</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>For example: sample for the laboratory, request 17/2026.</source>
      <translation>Por ejemplo: muestra para el laboratorio, solicitud 17/2026.</translation>
    </message>
    <message>
      <source>Password of {holder}</source>
      <translation>Contraseña de {holder}</translation>
    </message>
    <message>
      <source>{holder} holds this item: they sign too by typing their password here.</source>
      <translation>{holder} tiene este indicio: también firma escribiendo aquí su contraseña.</translation>
    </message>
    <message>
      <source>Take sample</source>
      <translation>Tomar muestra</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>Dividir</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>Ledger and audits</source>
      <translation>Registro e inventarios</translation>
    </message>
    <message>
      <source>Last verification of the ledger</source>
      <translation>Última verificación del registro</translation>
    </message>
    <message>
      <source>Last checkpoint given out in a report</source>
      <translation>Último punto de control entregado en un informe</translation>
    </message>
    <message>
      <source>Last inventory audit</source>
      <translation>Último inventario</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit, not yet resolved</source>
      <translation>Faltantes o mal ubicados en un inventario, aún sin resolver</translation>
    </message>
    <message>
      <source>Items held by officers whose account is disabled</source>
      <translation>Indicios en poder de agentes cuya cuenta está desactivada</translation>
    </message>
    <message>
      <source>My items</source>
      <translation>Mis indicios</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Verificando…</translation>
    </message>
    <message>
      <source>Evidence room backlog</source>
      <translation>Pendientes del almacén de evidencias</translation>
    </message>
    <message>
      <source>Overdue at the laboratory</source>
      <translation>Con retraso en el laboratorio</translation>
    </message>
    <message>
      <source>Overdue at court</source>
      <translation>Con retraso en el tribunal</translation>
    </message>
    <message>
      <source>Eligible for return or destruction (case decided)</source>
      <translation>Para devolver o destruir (caso decidido)</translation>
    </message>
    <message>
      <source>Disposal authorised, not yet carried out</source>
      <translation>Disposición final autorizada, aún no ejecutada</translation>
    </message>
    <message>
      <source>Weight discrepancies to acknowledge</source>
      <translation>Discrepancias de peso por aceptar</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit</source>
      <translation>Faltantes o mal ubicados en un inventario</translation>
    </message>
    <message>
      <source>With an officer for more than {n} days</source>
      <translation>Con un agente desde hace más de {n} días</translation>
    </message>
    <message>
      <source>Held or stored with no label printed</source>
      <translation>En poder de alguien o almacenados sin etiqueta impresa</translation>
    </message>
    <message>
      <source>Held by officers whose account is disabled (recover them)</source>
      <translation>En poder de agentes cuya cuenta está desactivada (recuperarlos)</translation>
    </message>
    <message>
      <source>Cases decided, with items to return or destroy</source>
      <translation>Casos decididos, con indicios por devolver o destruir</translation>
    </message>
    <message>
      <source>Record a case's outcome…</source>
      <translation>Registrar el resultado de un caso…</translation>
    </message>
    <message>
      <source>Authorise the disposal of the selected case's items</source>
      <translation>Autorizar la disposición final de los indicios del caso seleccionado</translation>
    </message>
    <message>
      <source>Recover items from an absent or disabled officer…</source>
      <translation>Recuperar indicios de un agente ausente o desactivado…</translation>
    </message>
    <message>
      <source>Start page for: {role}</source>
      <translation>Página de inicio para: {role}</translation>
    </message>
    <message>
      <source>Next: check it in to storage</source>
      <translation>Siguiente: ingresarlo al almacén</translation>
    </message>
    <message>
      <source>Next: hand it over to the evidence room</source>
      <translation>Siguiente: entregarlo al almacén de evidencias</translation>
    </message>
    <message>
      <source>{item}: {step} · {description} ({status} since {since})</source>
      <translation>{item}: {step} · {description} ({status} desde {since})</translation>
    </message>
    <message>
      <source>You hold {n} item(s).</source>
      <translation>Usted tiene {n} indicio(s).</translation>
    </message>
    <message>
      <source>You hold no items.</source>
      <translation>Usted no tiene ningún indicio.</translation>
    </message>
    <message>
      <source>{when}: intact</source>
      <translation>{when}: íntegro</translation>
    </message>
    <message>
      <source>{when}: FAILED</source>
      <translation>{when}: FALLÓ</translation>
    </message>
    <message>
      <source>never on this station</source>
      <translation>nunca en esta estación</translation>
    </message>
    <message>
      <source>{when}, {n} entries</source>
      <translation>{when}, {n} asientos</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>ninguno todavía</translation>
    </message>
    <message>
      <source>{when}, {location}</source>
      <translation>{when}, {location}</translation>
    </message>
    <message>
      <source>return to the owners</source>
      <translation>devolución a los propietarios</translation>
    </message>
    <message>
      <source>destruction</source>
      <translation>destrucción</translation>
    </message>
    <message>
      <source>forfeiture to the state</source>
      <translation>comiso a favor del Estado</translation>
    </message>
    <message>
      <source>Case {case}: {outcome} ({reference}); {n} item(s) for {disposition}</source>
      <translation>Caso {case}: {outcome} ({reference}); {n} indicio(s) para {disposition}</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Custody could not open its database. The details below are also in the log file.</source>
      <translation>Custody no pudo abrir su base de datos. Los detalles de abajo también están en el archivo de registro.</translation>
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
      <translation>Este equipo no tiene la clave de firma de la estación {code} ({path}). No se guardó nada. Restaure el archivo de clave de la estación desde su copia de seguridad, o trabaje en el equipo que se configuró para esta estación. Un equipo nuevo en una base de datos compartida primero se une a ella como estación propia: custody station join (docs/DEPLOYMENT.md).</translation>
    </message>
    <message>
      <source>The station key file {path} cannot be used ({reason}). Nothing was saved. Restore the station's key file from its backup.</source>
      <translation>El archivo de clave de la estación {path} no se puede usar ({reason}). No se guardó nada. Restaure el archivo de clave de la estación desde su copia de seguridad.</translation>
    </message>
    <message>
      <source>The station key file {path} does not hold the key the ledger registers for station {code} (it holds key {found}, the ledger's is {expected}). Nothing was saved. Restore the right key file from the station's backup.</source>
      <translation>El archivo de clave de la estación {path} no contiene la clave que el registro tiene para la estación {code} (contiene la clave {found}, la del registro es {expected}). No se guardó nada. Restaure el archivo de clave correcto desde la copia de seguridad de la estación.</translation>
    </message>
    <message>
      <source>The ledger registers no key for station {code}. Nothing was saved.</source>
      <translation>El registro no tiene ninguna clave para la estación {code}. No se guardó nada.</translation>
    </message>
    <message>
      <source>not a key file</source>
      <translation>no es un archivo de clave</translation>
    </message>
    <message>
      <source>not an Ed25519 key</source>
      <translation>no es una clave Ed25519</translation>
    </message>
    <message>
      <source>Stations join a shared PostgreSQL database. This database is an SQLite file, which belongs to one workstation: set up a PostgreSQL server (docs/DEPLOYMENT.md) and join it instead.</source>
      <translation>Las estaciones se unen a una base de datos PostgreSQL compartida. Esta base de datos es un archivo SQLite, que pertenece a un solo equipo: configure un servidor PostgreSQL (docs/DEPLOYMENT.md) y únase a él.</translation>
    </message>
    <message>
      <source>Station {code} already exists in this database. Choose another code for this workstation. Nothing was changed.</source>
      <translation>La estación {code} ya existe en esta base de datos. Elija otro código para este equipo. No se cambió nada.</translation>
    </message>
    <message>
      <source>The ledger in this database was not set up by the station whose key you gave: its first station key is {anchor}. Check the key with the agency. Nothing was changed.</source>
      <translation>El registro de esta base de datos no lo creó la estación cuya clave indicó: su primera clave de estación es {anchor}. Confirme la clave con la entidad. No se cambió nada.</translation>
    </message>
    <message>
      <source>Give the verifier key of the database's first station (--trust), as the agency published it.</source>
      <translation>Indique la clave de verificación de la primera estación de la base de datos (--trust), tal como la publicó la entidad.</translation>
    </message>
    <message>
      <source>This is not a station verifier key ({reason}). Copy it exactly as the agency published it (it looks like custody.local/DIL/DIL+1a2b3c4d+AbC...).</source>
      <translation>Esta no es una clave de verificación de estación ({reason}). Cópiela exactamente como la publicó la entidad (se parece a custody.local/DIL/DIL+1a2b3c4d+AbC...).</translation>
    </message>
    <message>
      <source>Only an administrator may register a new station; {username} is not one. Nothing was changed.</source>
      <translation>Solo un administrador puede registrar una estación nueva; {username} no lo es. No se cambió nada.</translation>
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <source>Station identifiers</source>
      <translation>Identificadores de la estación</translation>
    </message>
    <message>
      <source>Short codes that make this station's items and ledger recognisable.</source>
      <translation>Códigos cortos que hacen reconocibles los indicios y el registro de esta estación.</translation>
    </message>
    <message>
      <source>for example: DIL</source>
      <translation>por ejemplo: DIL</translation>
    </message>
    <message>
      <source>Station code</source>
      <translation>Código de la estación</translation>
    </message>
    <message>
      <source>1 to 16 capital letters A-Z, digits or '-'.</source>
      <translation>De 1 a 16 mayúsculas A-Z, dígitos o «-».</translation>
    </message>
    <message>
      <source>Item-id prefix</source>
      <translation>Prefijo de los números de indicio</translation>
    </message>
    <message>
      <source>Starts every item barcode, for example UN-DIL gives UN-DIL-26-000123-7.</source>
      <translation>Encabeza cada código de barras de indicio; por ejemplo, UN-DIL da UN-DIL-26-000123-7.</translation>
    </message>
    <message>
      <source>Ledger origin</source>
      <translation>Origen del registro</translation>
    </message>
    <message>
      <source>The name the ledger's checkpoints are signed under. Keep the suggestion unless your administrator gave you one.</source>
      <translation>El nombre con el que se firman los puntos de control del registro. Mantenga la sugerencia, salvo que su administrador le haya dado uno.</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Registered as part of {parent}: {description}</source>
      <translation>Registrado como parte de {parent}: {description}</translation>
    </message>
    <message>
      <source>{field}: “{old}” → “{new}” ({reason}); approved by {approved_by}</source>
      <translation>{field}: «{old}» → «{new}» ({reason}); aprobado por {approved_by}</translation>
    </message>
    <message>
      <source>Split into {children}</source>
      <translation>Dividido en {children}</translation>
    </message>
    <message>
      <source>Sample taken: {children}</source>
      <translation>Muestra tomada: {children}</translation>
    </message>
    <message>
      <source>{filename} ({media_type}, {size} bytes)</source>
      <translation>{filename} ({media_type}, {size} bytes)</translation>
    </message>
    <message>
      <source>lab number {number}</source>
      <translation>número de laboratorio {number}</translation>
    </message>
    <message>
      <source>received by {name} ({details})</source>
      <translation>recibido por {name} ({details})</translation>
    </message>
    <message>
      <source>received by {name}</source>
      <translation>recibido por {name}</translation>
    </message>
    <message>
      <source>released by {name} ({details})</source>
      <translation>entregado por {name} ({details})</translation>
    </message>
    <message>
      <source>released by {name}</source>
      <translation>entregado por {name}</translation>
    </message>
    <message>
      <source>{source} → {target} ({reason}; with {second})</source>
      <translation>{source} → {target} ({reason}; con {second})</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>Entry</source>
      <translation>Asiento</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Fecha y hora</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>Firmado por</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>Cannot read {path}: {reason}. Nothing was recorded.</source>
      <translation>No se puede leer {path}: {reason}. No se registró nada.</translation>
    </message>
    <message>
      <source>The transfer package {sha} that brought item {item} is not stored at this station. Nothing was recorded.</source>
      <translation>El paquete de traspaso {sha} que trajo el indicio {item} no está almacenado en esta estación. No se registró nada.</translation>
    </message>
    <message>
      <source>The earlier history of the items, as proven by the stations they came from, does not verify: {reason}. Nothing was recorded.</source>
      <translation>El historial anterior de los indicios, tal como lo prueban las estaciones de origen, no pasa la verificación: {reason}. No se registró nada.</translation>
    </message>
    <message>
      <source>The package was refused: {reason}. Nothing was recorded.</source>
      <translation>Se rechazó el paquete: {reason}. No se registró nada.</translation>
    </message>
    <message>
      <source>Item {item} is already in this station's custody ({status}); a package cannot bring it in again. Nothing was recorded.</source>
      <translation>El indicio {item} ya está bajo la custodia de esta estación ({status}); un paquete no puede volver a ingresarlo. No se registró nada.</translation>
    </message>
    <message>
      <source>This package was made by this station itself; it is received by the other station.</source>
      <translation>Este paquete lo hizo esta misma estación; lo recibe la otra estación.</translation>
    </message>
    <message>
      <source>Name the receiving agency or station.</source>
      <translation>Indique la entidad o estación que recibe.</translation>
    </message>
    <message>
      <source>The photo or document {sha} of item {item} is named in the ledger but its bytes are not stored at this station, so the package would not prove it. Nothing was recorded.</source>
      <translation>La foto o el documento {sha} del indicio {item} figura en el registro, pero sus bytes no están almacenados en esta estación, así que el paquete no lo probaría. No se registró nada.</translation>
    </message>
    <message>
      <source>The package did not pass its own check ({reason}). Nothing was recorded.</source>
      <translation>El paquete no pasó su propia verificación ({reason}). No se registró nada.</translation>
    </message>
    <message>
      <source>The package could not be written to {path} ({reason}). Nothing was recorded.</source>
      <translation>No se pudo escribir el paquete en {path} ({reason}). No se registró nada.</translation>
    </message>
    <message>
      <source>This is not a station verifier key ({reason}). A verifier key looks like custody.local/LAB/LAB+1a2b3c4d+AQ…= and is printed on the other station's reports.</source>
      <translation>Esta no es una clave de verificación de estación ({reason}). Una clave de verificación se parece a custody.local/LAB/LAB+1a2b3c4d+AQ…= y está impresa en los informes de la otra estación.</translation>
    </message>
    <message>
      <source>This key is already trusted (added by {by} on {at}). Nothing was recorded.</source>
      <translation>Esta clave ya es de confianza (agregada por {by} el {at}). No se registró nada.</translation>
    </message>
    <message>
      <source>This key is not on the trust list. Nothing was recorded.</source>
      <translation>Esta clave no está en la lista de confianza. No se registró nada.</translation>
    </message>
    <message>
      <source>This is this station's own key; it is always trusted. Nothing was recorded.</source>
      <translation>Esta es la clave propia de esta estación; siempre es de confianza. No se registró nada.</translation>
    </message>
    <message>
      <source>Name the agency or station this key belongs to.</source>
      <translation>Indique la entidad o estación a la que pertenece esta clave.</translation>
    </message>
  </context>
  <context>
    <name>TwoSignatures</name>
    <message>
      <source>Second signer (supervisor or administrator)</source>
      <translation>Segundo firmante (supervisor o administrador)</translation>
    </message>
    <message>
      <source>Their password</source>
      <translation>Su contraseña</translation>
    </message>
    <message>
      <source>Resolve an audit finding</source>
      <translation>Resolver un hallazgo de inventario</translation>
    </message>
    <message>
      <source>{item} was {finding} at an audit. Say whether it was found or is written off; a second supervisor or an administrator signs too.</source>
      <translation>{item} quedó {finding} en un inventario. Indique si se encontró o se da de baja; un segundo supervisor o un administrador también firma.</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Encontrado</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>Dado de baja</translation>
    </message>
    <message>
      <source>Where it was, or what was done to find it</source>
      <translation>Dónde estaba, o qué se hizo para encontrarlo</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Found at</source>
      <translation>Encontrado en</translation>
    </message>
    <message>
      <source>Recover items from an absent officer</source>
      <translation>Recuperar indicios de un agente ausente</translation>
    </message>
    <message>
      <source>The items checked below are taken into your custody without their holder's signature: say why; a second supervisor or an administrator signs too.</source>
      <translation>Los indicios marcados abajo pasan a su custodia sin la firma de quien los tiene: indique por qué; un segundo supervisor o un administrador también firma.</translation>
    </message>
    <message>
      <source>Also items of officers whose account is still enabled (absent)</source>
      <translation>También los indicios de agentes cuya cuenta sigue activa (ausentes)</translation>
    </message>
    <message>
      <source>e.g. the officer left the service on 30 November</source>
      <translation>p. ej. el agente dejó el servicio el 30 de noviembre</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Indicios</translation>
    </message>
    <message>
      <source>{item}, held by {holder}</source>
      <translation>{item}, en poder de {holder}</translation>
    </message>
    <message>
      <source>Record a case's outcome</source>
      <translation>Registrar el resultado de un caso</translation>
    </message>
    <message>
      <source>Return to the owners</source>
      <translation>Devolución a los propietarios</translation>
    </message>
    <message>
      <source>Destruction</source>
      <translation>Destrucción</translation>
    </message>
    <message>
      <source>Forfeiture to the state</source>
      <translation>Comiso a favor del Estado</translation>
    </message>
    <message>
      <source>e.g. Judgment HC-2026-311 of 2 December 2026</source>
      <translation>p. ej. Sentencia HC-2026-311 del 2 de diciembre de 2026</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Número de caso</translation>
    </message>
    <message>
      <source>What is done with the items</source>
      <translation>Qué se hace con los indicios</translation>
    </message>
    <message>
      <source>Judgment or decision</source>
      <translation>Sentencia o decisión</translation>
    </message>
  </context>
  <context>
    <name>Users</name>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
      <source>Choose at least one role.</source>
      <translation>Elija al menos un rol.</translation>
    </message>
    <message>
      <source>This would leave no active administrator. Give another officer the Administrator role first.</source>
      <translation>No quedaría ningún administrador activo. Dé primero el rol de Administrador a otro agente.</translation>
    </message>
    <message>
      <source>Use 'Change my password' for your own account: a reset would revoke the key you are signed in with.</source>
      <translation>Use «Cambiar mi contraseña» para su propia cuenta: un restablecimiento revocaría la clave con la que inició sesión.</translation>
    </message>
    <message>
      <source>A username is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.</source>
      <translation>Un nombre de usuario tiene de 2 a 32 caracteres: letras minúsculas, dígitos, «.», «_» o «-», y empieza por una letra.</translation>
    </message>
    <message>
      <source>A badge number is 1 to 24 characters: letters A-Z, digits and '-'.</source>
      <translation>Un número de placa tiene de 1 a 24 caracteres: letras A-Z, dígitos y «-».</translation>
    </message>
    <message>
      <source>A badge number cannot start with OFF- or LOC-: those are the codes Custody prints on badge cards and shelves.</source>
      <translation>Un número de placa no puede empezar por OFF- ni LOC-: son los códigos que Custody imprime en las credenciales y los estantes.</translation>
    </message>
    <message>
      <source>The username {username} is already taken.</source>
      <translation>El nombre de usuario {username} ya está en uso.</translation>
    </message>
    <message>
      <source>Badge number {badge} already belongs to another officer.</source>
      <translation>El número de placa {badge} ya pertenece a otro agente.</translation>
    </message>
    <message>
      <source>{username} has no badge number: a police role needs one. Give the badge number when you create the account, or create a new account.</source>
      <translation>{username} no tiene número de placa: un rol policial lo requiere. Indique el número de placa al crear la cuenta, o cree una cuenta nueva.</translation>
    </message>
  </context>
  <context>
    <name>UsersAdmin</name>
    <message>
      <source>{low} to {high} characters, any script; common passwords are refused</source>
      <translation>De {low} a {high} caracteres, en cualquier alfabeto; las contraseñas comunes se rechazan</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The two passwords are not the same. Type the new password twice.</source>
      <translation>Las dos contraseñas no coinciden. Escriba dos veces la contraseña nueva.</translation>
    </message>
    <message>
      <source>New officer</source>
      <translation>Nuevo agente</translation>
    </message>
    <message>
      <source>The officer signs in with this username and password. Custody creates the officer's signing key from the password; tell the officer to change it at the first sign-in.</source>
      <translation>El agente inicia sesión con este nombre de usuario y esta contraseña. Custody crea la clave de firma del agente a partir de la contraseña; pídale que la cambie al iniciar sesión por primera vez.</translation>
    </message>
    <message>
      <source>Add officer</source>
      <translation>Agregar agente</translation>
    </message>
    <message>
      <source>Roles of {officer}</source>
      <translation>Roles de {officer}</translation>
    </message>
    <message>
      <source>Roles decide what the officer may do. The change is recorded in the ledger and applies from the officer's next sign-in.</source>
      <translation>Los roles deciden lo que el agente puede hacer. El cambio queda en el registro y se aplica desde el próximo inicio de sesión del agente.</translation>
    </message>
    <message>
      <source>Save roles</source>
      <translation>Guardar roles</translation>
    </message>
    <message>
      <source>Reset the password of {officer}</source>
      <translation>Restablecer la contraseña de {officer}</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>Restablecer contraseña</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
      <source>Your signing key stays the same; it is locked with the new password from now on.</source>
      <translation>Su clave de firma sigue siendo la misma; a partir de ahora queda bloqueada con la contraseña nueva.</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Cambiar contraseña</translation>
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>Placa</translation>
    </message>
    <message>
      <source>Badge card code</source>
      <translation>Código de credencial</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Grado</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Roles</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Desactivado</translation>
    </message>
    <message>
      <source>Locked until {time}</source>
      <translation>Bloqueado hasta {time}</translation>
    </message>
  </context>
  <context>
    <name>Values</name>
    <message>
      <source>This field is required.</source>
      <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
      <source>Type a number, for example 12.5 (no spaces or thousands separators).</source>
      <translation>Escriba un número, por ejemplo 12,5 (sin espacios ni separadores de miles).</translation>
    </message>
    <message>
      <source>'{text}' is ambiguous: is the comma a decimal point or a thousands separator? Type it without thousands separators, for example 1500 or 1.5.</source>
      <translation>«{text}» es ambiguo: ¿la coma es separador decimal o de miles? Escríbalo sin separadores de miles, por ejemplo 1500 o 1,5.</translation>
    </message>
    <message>
      <source>The value cannot be negative.</source>
      <translation>El valor no puede ser negativo.</translation>
    </message>
    <message>
      <source>Unknown weight unit '{unit}': use mg, g or kg.</source>
      <translation>Unidad de peso «{unit}» desconocida: use mg, g o kg.</translation>
    </message>
    <message>
      <source>The weight is more than 10 tonnes; check the number and the unit.</source>
      <translation>El peso supera las 10 toneladas; revise el número y la unidad.</translation>
    </message>
    <message>
      <source>Weights are recorded to the milligram: '{text}' has more decimals than that.</source>
      <translation>Los pesos se registran al miligramo: «{text}» tiene más decimales.</translation>
    </message>
    <message>
      <source>'{code}' is not a known currency code (use the 3-letter code, for example USD).</source>
      <translation>«{code}» no es un código de moneda conocido (use el código de 3 letras, por ejemplo COP).</translation>
    </message>
    <message>
      <source>{currency} amounts have at most {places} decimals.</source>
      <translation>Los importes en {currency} tienen como máximo {places} decimales.</translation>
    </message>
    <message>
      <source>The amount is too large; check the number.</source>
      <translation>El importe es demasiado grande; revise el número.</translation>
    </message>
    <message>
      <source>Too long: at most {max} characters, this has {count}.</source>
      <translation>Demasiado largo: como máximo {max} caracteres, este tiene {count}.</translation>
    </message>
    <message>
      <source>The text contains an invisible control character ({char}); please re-type it.</source>
      <translation>El texto contiene un carácter de control invisible ({char}); vuelva a escribirlo.</translation>
    </message>
    <message>
      <source>This field must be a single line.</source>
      <translation>Este campo debe ocupar una sola línea.</translation>
    </message>
    <message>
      <source>Type a whole number, 0 or more.</source>
      <translation>Escriba un número entero, 0 o más.</translation>
    </message>
    <message>
      <source>The number is too large (at most {max}).</source>
      <translation>El número es demasiado grande (como máximo {max}).</translation>
    </message>
    <message>
      <source>Type the date as year-month-day, for example 2026-03-31.</source>
      <translation>Escriba la fecha como año-mes-día, por ejemplo 2026-03-31.</translation>
    </message>
    <message>
      <source>Type the date and time as year-month-day hours:minutes, for example 2026-03-31 14:05.</source>
      <translation>Escriba la fecha y la hora como año-mes-día horas:minutos, por ejemplo 2026-03-31 14:05.</translation>
    </message>
    <message>
      <source>Answer yes or no.</source>
      <translation>Responda sí o no (yes / no).</translation>
    </message>
    <message>
      <source>Type the position as latitude, longitude in degrees, for example 6.9271, 79.8612.</source>
      <translation>Escriba la posición como latitud, longitud en grados, por ejemplo 4.7110, -74.0721.</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90 and longitude between -180 and 180.</source>
      <translation>La latitud debe estar entre -90 y 90 y la longitud entre -180 y 180.</translation>
    </message>
    <message>
      <source>At most {places} decimals.</source>
      <translation>Como máximo {places} decimales.</translation>
    </message>
  </context>
  <context>
    <name>VerifierPage</name>
    <message>
      <source>Save the verifier for prosecutors</source>
      <translation>Guardar el verificador para la Fiscalía</translation>
    </message>
    <message>
      <source>Web pages (*.html)</source>
      <translation>Páginas web (*.html)</translation>
    </message>
    <message>
      <source>Saved {path}.

Give this file to prosecutors with the reports. They open it in any web browser (nothing to install, no internet needed), drop the report PDF on it and type the station key printed on the report.

SHA-256 of the page, to publish with the station key: {sha256}</source>
      <translation>Se guardó {path}.

Entregue este archivo a la Fiscalía junto con los informes. Se abre en cualquier navegador (nada que instalar, sin internet); se suelta en él el PDF del informe y se escribe la clave de la estación impresa en el informe.

SHA-256 de la página, para publicar con la clave de la estación: {sha256}</translation>
    </message>
    <message>
      <source>Verifier for prosecutors</source>
      <translation>Verificador para la Fiscalía</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to Custody</source>
      <translation>Bienvenido a Custody</translation>
    </message>
    <message>
      <source>This workstation's database is empty. Let us set up your station.</source>
      <translation>La base de datos de este equipo está vacía. Configuremos su estación.</translation>
    </message>
    <message>
      <source>Language of this station</source>
      <translation>Idioma de esta estación</translation>
    </message>
    <message>
      <source>Custody speaks this language at sign-in and writes reports and labels in it. Each officer can choose another language when signing in.</source>
      <translation>Custody usa este idioma al iniciar sesión y redacta en él los informes y las etiquetas. Cada agente puede elegir otro idioma al iniciar sesión.</translation>
    </message>
    <message>
      <source>In three short steps you will name your agency and evidence room, choose the station's identifiers, and create the first administrator account.</source>
      <translation>En tres pasos cortos dará nombre a su entidad y a su almacén de evidencias, elegirá los identificadores de la estación y creará la primera cuenta de administrador.</translation>
    </message>
    <message>
      <source>Custody has no default accounts and no default passwords: the administrator you create here is the only way in.</source>
      <translation>Custody no tiene cuentas ni contraseñas predeterminadas: el administrador que cree aquí es la única forma de entrar.</translation>
    </message>
    <message>
      <source>Nothing is saved until you press Set up at the end and every field is valid.</source>
      <translation>No se guarda nada hasta que pulse Configurar al final y todos los campos sean válidos.</translation>
    </message>
  </context>
  <context>
    <name>dlg</name>
    <message>
      <source>Your password has been changed.</source>
      <translation>Su contraseña se cambió.</translation>
    </message>
  </context>
</TS>
