<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
  <context>
    <name>Action</name>
    <message>
      <source>open a case</source>
      <translation>abrir um processo</translation>
    </message>
    <message>
      <source>record a seizure</source>
      <translation>registar uma apreensão</translation>
    </message>
    <message>
      <source>register items</source>
      <translation>registar objetos</translation>
    </message>
    <message>
      <source>ask for a correction of an item record</source>
      <translation>pedir a correção do registo de um objeto</translation>
    </message>
    <message>
      <source>approve corrections of item records</source>
      <translation>aprovar correções de registos de objetos</translation>
    </message>
    <message>
      <source>split an item or take a sample</source>
      <translation>dividir um objeto ou recolher uma amostra</translation>
    </message>
    <message>
      <source>attach photos and documents</source>
      <translation>anexar fotografias e documentos</translation>
    </message>
    <message>
      <source>print labels</source>
      <translation>imprimir etiquetas</translation>
    </message>
    <message>
      <source>hand over or receive items</source>
      <translation>entregar ou receber objetos</translation>
    </message>
    <message>
      <source>check items in to storage</source>
      <translation>dar entrada de objetos no armazém</translation>
    </message>
    <message>
      <source>check items out of storage</source>
      <translation>dar saída de objetos do armazém</translation>
    </message>
    <message>
      <source>move items within storage</source>
      <translation>mudar objetos de lugar no armazém</translation>
    </message>
    <message>
      <source>send items to a laboratory</source>
      <translation>enviar objetos a um laboratório</translation>
    </message>
    <message>
      <source>receive items back from a laboratory</source>
      <translation>receber objetos de volta de um laboratório</translation>
    </message>
    <message>
      <source>take items to court</source>
      <translation>levar objetos ao tribunal</translation>
    </message>
    <message>
      <source>receive items back from court</source>
      <translation>receber objetos de volta do tribunal</translation>
    </message>
    <message>
      <source>break a seal</source>
      <translation>romper um selo</translation>
    </message>
    <message>
      <source>apply a seal</source>
      <translation>aplicar um selo</translation>
    </message>
    <message>
      <source>record a weight</source>
      <translation>registar um peso</translation>
    </message>
    <message>
      <source>acknowledge a discrepancy</source>
      <translation>aceitar uma divergência</translation>
    </message>
    <message>
      <source>carry out an inventory audit</source>
      <translation>fazer um inventário</translation>
    </message>
    <message>
      <source>authorise disposal</source>
      <translation>autorizar o destino final</translation>
    </message>
    <message>
      <source>carry out a disposal</source>
      <translation>executar o destino final</translation>
    </message>
    <message>
      <source>release items to their owner</source>
      <translation>restituir objetos ao proprietário</translation>
    </message>
    <message>
      <source>look up items and their history</source>
      <translation>consultar objetos e o seu histórico</translation>
    </message>
    <message>
      <source>produce reports</source>
      <translation>produzir relatórios</translation>
    </message>
    <message>
      <source>verify the ledger</source>
      <translation>verificar o registo</translation>
    </message>
    <message>
      <source>export the ledger and proofs</source>
      <translation>exportar o registo e as provas</translation>
    </message>
    <message>
      <source>sign a ledger checkpoint</source>
      <translation>assinar um ponto de controlo do registo</translation>
    </message>
    <message>
      <source>rebuild the tables from the ledger</source>
      <translation>reconstruir as tabelas a partir do registo</translation>
    </message>
    <message>
      <source>manage users</source>
      <translation>gerir utilizadores</translation>
    </message>
    <message>
      <source>unlock user accounts</source>
      <translation>desbloquear contas</translation>
    </message>
    <message>
      <source>change the station settings</source>
      <translation>alterar as definições do posto</translation>
    </message>
    <message>
      <source>manage storage locations</source>
      <translation>gerir os locais de armazenamento</translation>
    </message>
    <message>
      <source>make a backup</source>
      <translation>fazer uma cópia de segurança</translation>
    </message>
    <message>
      <source>restore a backup</source>
      <translation>restaurar uma cópia de segurança</translation>
    </message>
    <message>
      <source>build a demonstration database</source>
      <translation>criar uma base de dados de demonstração</translation>
    </message>
    <message>
      <source>record a clock correction</source>
      <translation>registar uma correção do relógio</translation>
    </message>
    <message>
      <source>recover items held by an absent or disabled officer</source>
      <translation>recuperar objetos na posse de um agente ausente ou desativado</translation>
    </message>
    <message>
      <source>resolve items an audit found missing or misplaced</source>
      <translation>regularizar objetos que um inventário deu como em falta ou fora do lugar</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <source>First administrator</source>
      <translation>Primeiro administrador</translation>
    </message>
    <message>
      <source>The administrator manages officers and the station. There is no other account.</source>
      <translation>O administrador gere os agentes e o posto. Não existe mais nenhuma conta.</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nome de utilizador</translation>
    </message>
    <message>
      <source>Lower-case letters, digits, '.', '_' or '-'; used to sign in.</source>
      <translation>Letras minúsculas, algarismos, «.», «_» ou «-»; serve para iniciar sessão.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nome completo</translation>
    </message>
    <message>
      <source>Badge number</source>
      <translation>Número de matrícula</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Palavra-passe</translation>
    </message>
    <message>
      <source>8 to 128 characters, in any script; spaces are allowed. A short sentence is easy to remember and hard to guess. Common passwords are refused.</source>
      <translation>8 a 128 carateres, em qualquer alfabeto; os espaços são permitidos. Uma frase curta é fácil de lembrar e difícil de adivinhar. As palavras-passe comuns são recusadas.</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>Repetir a palavra-passe</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>As duas palavras-passe não são iguais.</translation>
    </message>
  </context>
  <context>
    <name>AdministrationPage</name>
    <message>
      <source>Administration</source>
      <translation>Administração</translation>
    </message>
    <message>
      <source>Ledger integrity</source>
      <translation>Integridade do registo</translation>
    </message>
    <message>
      <source>Verification recomputes every entry's hash, the hash chain, the signatures, who was entitled to sign each entry and the signed checkpoints from the stored bytes, against this station's own key, and checks the tables derived from the ledger.</source>
      <translation>A verificação recalcula, a partir dos bytes guardados, o hash de cada entrada, a cadeia de hashes, as assinaturas, quem tinha direito a assinar cada entrada e os pontos de controlo assinados, com a chave própria deste posto, e verifica as tabelas derivadas do registo.</translation>
    </message>
    <message>
      <source>Verify ledger</source>
      <translation>Verificar o registo</translation>
    </message>
    <message>
      <source>Your roles do not allow verifying the ledger.</source>
      <translation>As suas funções não permitem verificar o registo.</translation>
    </message>
    <message>
      <source>Correct the ledger's clock…</source>
      <translation>Corrigir o relógio do registo…</translation>
    </message>
    <message>
      <source>Officers</source>
      <translation>Agentes</translation>
    </message>
    <message>
      <source>Clock correction recorded at entry {seq}.</source>
      <translation>Correção do relógio registada na entrada {seq}.</translation>
    </message>
    <message>
      <source>Verifying…</source>
      <translation>A verificar…</translation>
    </message>
    <message>
      <source>Not verified since you signed in.</source>
      <translation>Não verificado desde que iniciou sessão.</translation>
    </message>
    <message>
      <source>Consistent, but NOT checked against this station's key: all {n} entries check out among themselves, but this workstation holds no station key to trust (verified {when}).</source>
      <translation>Coerente, mas NÃO verificado com a chave deste posto: as {n} entradas concordam entre si, mas este computador não tem nenhuma chave de posto de confiança (verificado em {when}).</translation>
    </message>
    <message>
      <source>Intact: all {n} entries, their signatures and checkpoints check out (verified {when}).</source>
      <translation>Íntegro: as {n} entradas, as assinaturas e os pontos de controlo estão corretos (verificado em {when}).</translation>
    </message>
    <message>
      <source>Ledger root hash: {root}</source>
      <translation>Hash raiz do registo: {root}</translation>
    </message>
    <message>
      <source>NOT intact: {k} problems found (verified {when}). Keep this workstation as it is and call your supervisor.</source>
      <translation>NÃO íntegro: {k} problemas encontrados (verificado em {when}). Deixe este computador como está e chame o seu supervisor.</translation>
    </message>
    <message>
      <source>Entry {seq}: {reason}</source>
      <translation>Entrada {seq}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>AgencyPage</name>
    <message>
      <source>Agency and evidence room</source>
      <translation>Serviço e depósito de provas</translation>
    </message>
    <message>
      <source>These names appear on every label and court report.</source>
      <translation>Estes nomes aparecem em todas as etiquetas e relatórios para o tribunal.</translation>
    </message>
    <message>
      <source>for example: National Police, Drug Enforcement Unit</source>
      <translation>por exemplo: Polícia Nacional, Unidade de Combate à Droga</translation>
    </message>
    <message>
      <source>for example: Central evidence room</source>
      <translation>por exemplo: Depósito central de provas</translation>
    </message>
    <message>
      <source>Agency name</source>
      <translation>Nome do serviço</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Depósito de provas</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Fuso horário</translation>
    </message>
    <message>
      <source>Dates on reports are shown in this time zone. Type part of a city name to search.</source>
      <translation>As datas dos relatórios são mostradas neste fuso horário. Escreva parte do nome de uma cidade para procurar.</translation>
    </message>
  </context>
  <context>
    <name>AttachDialog</name>
    <message>
      <source>The file cannot be read ({reason}).</source>
      <translation>Não é possível ler o ficheiro ({reason}).</translation>
    </message>
    <message>
      <source>Not attached</source>
      <translation>Não anexado</translation>
    </message>
    <message>
      <source>This file was not attached:</source>
      <translation>Este ficheiro não foi anexado:</translation>
    </message>
    <message>
      <source>{n} files were not attached:</source>
      <translation>{n} ficheiros não foram anexados:</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <source>JPEG photo</source>
      <translation>Fotografia JPEG</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>Imagem PNG</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>Documento PDF</translation>
    </message>
    <message>
      <source>The file is too large: {size} MB. At most {max} MB can be attached.</source>
      <translation>O ficheiro é demasiado grande: {size} MB. Só se podem anexar até {max} MB.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>O ficheiro está vazio.</translation>
    </message>
    <message>
      <source>Only JPEG and PNG photos and PDF documents can be attached (this is {media_type}).</source>
      <translation>Só se podem anexar fotografias JPEG e PNG e documentos PDF (este é {media_type}).</translation>
    </message>
    <message>
      <source>The file's content is not a {expected}. Check the file.</source>
      <translation>O conteúdo do ficheiro não é um(a) {expected}. Verifique o ficheiro.</translation>
    </message>
    <message>
      <source>The image cannot be read: the file is damaged or not an image.</source>
      <translation>Não é possível ler a imagem: o ficheiro está danificado ou não é uma imagem.</translation>
    </message>
    <message>
      <source>The image is too large ({pixels} megapixels); at most {max} megapixels.</source>
      <translation>A imagem é demasiado grande ({pixels} megapíxeis); no máximo {max} megapíxeis.</translation>
    </message>
    <message>
      <source>This attachment is not an image: there is no thumbnail.</source>
      <translation>Este anexo não é uma imagem: não tem miniatura.</translation>
    </message>
    <message>
      <source>There is no item {item_id}.</source>
      <translation>Não existe o objeto {item_id}.</translation>
    </message>
    <message>
      <source>The stored file {sha256} does not match its hash: it was altered. Restore a backup.</source>
      <translation>O ficheiro guardado {sha256} não corresponde ao seu hash: foi alterado. Restaure uma cópia de segurança.</translation>
    </message>
  </context>
  <context>
    <name>Auth</name>
    <message>
      <source>The username or password is not correct.</source>
      <translation>O nome de utilizador ou a palavra-passe não estão corretos.</translation>
    </message>
    <message>
      <source>This account is locked after too many wrong passwords. Try again after {until} or ask an administrator to unlock it.</source>
      <translation>Esta conta está bloqueada após demasiadas palavras-passe erradas. Tente de novo depois de {until} ou peça a um administrador que a desbloqueie.</translation>
    </message>
    <message>
      <source>This account is disabled. Ask an administrator.</source>
      <translation>Esta conta está desativada. Fale com um administrador.</translation>
    </message>
    <message>
      <source>The password is not correct.</source>
      <translation>A palavra-passe não está correta.</translation>
    </message>
    <message>
      <source>The account of {username} is not locked.</source>
      <translation>A conta de {username} não está bloqueada.</translation>
    </message>
    <message>
      <source>The signing key of {username} was replaced or revoked since it was unlocked (for example by a password reset). Nothing was saved. Sign in again.</source>
      <translation>A chave de assinatura de {username} foi substituída ou revogada desde que foi desbloqueada (por exemplo, por uma reposição da palavra-passe). Nada foi guardado. Inicie sessão de novo.</translation>
    </message>
    <message>
      <source>{username} is not an officer of this ledger. Nothing was saved.</source>
      <translation>{username} não é agente deste registo. Nada foi guardado.</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>No backup passphrase is set on this workstation. An administrator sets it once: custody backup passphrase --as ADMIN. Nothing was written.</source>
      <translation>Não está definida nenhuma frase-passe de cópia de segurança neste computador. Um administrador define-a uma vez: custody backup passphrase --as ADMIN. Nada foi escrito.</translation>
    </message>
    <message>
      <source>A backup passphrase is already set; give --replace to set a new one (older backups keep needing the old passphrase).</source>
      <translation>Já está definida uma frase-passe de cópia de segurança; use --replace para definir uma nova (as cópias antigas continuam a precisar da frase-passe antiga).</translation>
    </message>
    <message>
      <source>The backup passphrase must be at least {n} characters long.</source>
      <translation>A frase-passe de cópia de segurança tem de ter pelo menos {n} carateres.</translation>
    </message>
    <message>
      <source>The backup key file {path} is damaged. Set the passphrase again (custody backup passphrase --replace). Nothing was written.</source>
      <translation>O ficheiro de chave de cópia de segurança {path} está danificado. Defina de novo a frase-passe (custody backup passphrase --replace). Nada foi escrito.</translation>
    </message>
    <message>
      <source>The copy of the database did not verify ({reason}), so no backup was kept. Run 'custody ledger verify' on the station.</source>
      <translation>A cópia da base de dados não passou na verificação ({reason}), por isso não foi mantida nenhuma cópia de segurança. Execute «custody ledger verify» no posto.</translation>
    </message>
    <message>
      <source>The backup file read back from {path} is not what was written (the disk or the medium is failing). It was deleted; write the backup elsewhere.</source>
      <translation>O ficheiro de cópia de segurança relido de {path} não é o que foi escrito (o disco ou o suporte está a falhar). Foi apagado; escreva a cópia de segurança noutro sítio.</translation>
    </message>
    <message>
      <source>pg_dump is not installed on this workstation (it comes with the PostgreSQL client). Install it, or back up the server as docs/DEPLOYMENT.md describes. Nothing was written.</source>
      <translation>O pg_dump não está instalado neste computador (vem com o cliente PostgreSQL). Instale-o, ou faça a cópia de segurança do servidor como descreve docs/DEPLOYMENT.md. Nada foi escrito.</translation>
    </message>
    <message>
      <source>pg_dump failed: {reason}. Nothing was written.</source>
      <translation>O pg_dump falhou: {reason}. Nada foi escrito.</translation>
    </message>
    <message>
      <source>The folder {path} already holds a Custody database or keys. Restore into a new, empty data folder (--data-dir NEW). Nothing was changed.</source>
      <translation>A pasta {path} já contém uma base de dados ou chaves do Custody. Restaure para uma pasta de dados nova e vazia (--data-dir NOVA). Nada foi alterado.</translation>
    </message>
    <message>
      <source>{path} is not a Custody backup. Nothing was restored.</source>
      <translation>{path} não é uma cópia de segurança do Custody. Nada foi restaurado.</translation>
    </message>
    <message>
      <source>The backup {path} is damaged or incomplete (it does not authenticate: a changed or missing byte). Nothing was restored; use another backup.</source>
      <translation>A cópia de segurança {path} está danificada ou incompleta (não se autentica: um byte alterado ou em falta). Nada foi restaurado; use outra cópia de segurança.</translation>
    </message>
    <message>
      <source>The passphrase does not open this backup. Nothing was restored.</source>
      <translation>A frase-passe não abre esta cópia de segurança. Nada foi restaurado.</translation>
    </message>
    <message>
      <source>The backup {path} does not hold what its manifest lists ({reason}). Nothing was restored; use another backup.</source>
      <translation>A cópia de segurança {path} não contém o que o seu manifesto enumera ({reason}). Nada foi restaurado; use outra cópia de segurança.</translation>
    </message>
    <message>
      <source>The database in the backup does not verify ({reason}). Nothing was restored.</source>
      <translation>A base de dados da cópia de segurança não passa na verificação ({reason}). Nada foi restaurado.</translation>
    </message>
    <message>
      <source>The backup holds {size} ledger entries, but the station's checkpoint {checkpoint} already covers {covered}: it is older than what the station exported, and restoring it would lose entries. Nothing was restored; use a newer backup, or --force to restore it anyway.</source>
      <translation>A cópia de segurança tem {size} entradas do registo, mas o ponto de controlo {checkpoint} do posto já abrange {covered}: é mais antiga do que o que o posto exportou, e restaurá-la perderia entradas. Nada foi restaurado; use uma cópia mais recente, ou --force para a restaurar mesmo assim.</translation>
    </message>
    <message>
      <source>The ledger in the backup is not consistent with the checkpoint {checkpoint} ({reason}). Nothing was restored; use --force to restore it anyway.</source>
      <translation>O registo da cópia de segurança não é coerente com o ponto de controlo {checkpoint} ({reason}). Nada foi restaurado; use --force para a restaurar mesmo assim.</translation>
    </message>
    <message>
      <source>The checkpoint file {path} is not a signed checkpoint note.</source>
      <translation>O ficheiro de ponto de controlo {path} não é uma nota de ponto de controlo assinada.</translation>
    </message>
    <message>
      <source>Keep between 1 and 365 backups.</source>
      <translation>Mantenha entre 1 e 365 cópias de segurança.</translation>
    </message>
    <message>
      <source>The backup folder must be a full path (or empty for backups/ in the data folder).</source>
      <translation>A pasta de cópias de segurança tem de ser um caminho completo (ou vazia para backups/ na pasta de dados).</translation>
    </message>
  </context>
  <context>
    <name>BackupCard</name>
    <message>
      <source>Backups</source>
      <translation>Cópias de segurança</translation>
    </message>
    <message>
      <source>Each backup is one file with the database and this station's keys, checked before it counts and encrypted with the backup passphrase. Never copy the database file by hand while Custody runs.</source>
      <translation>Cada cópia de segurança é um único ficheiro com a base de dados e as chaves deste posto, verificado antes de contar e cifrado com a frase-passe de cópia de segurança. Nunca copie à mão o ficheiro da base de dados enquanto o Custody estiver a funcionar.</translation>
    </message>
    <message>
      <source>Every day</source>
      <translation>Todos os dias</translation>
    </message>
    <message>
      <source>When Custody closes</source>
      <translation>Quando o Custody fecha</translation>
    </message>
    <message>
      <source>Keep the newest</source>
      <translation>Manter as mais recentes</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Pasta</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Escolher…</translation>
    </message>
    <message>
      <source>Save backup settings</source>
      <translation>Guardar as definições de cópia de segurança</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Fazer cópia agora</translation>
    </message>
    <message>
      <source>Change the passphrase…</source>
      <translation>Alterar a frase-passe…</translation>
    </message>
    <message>
      <source>Set the passphrase…</source>
      <translation>Definir a frase-passe…</translation>
    </message>
    <message>
      <source>No backup passphrase is set yet: no backup is made until an administrator sets one.</source>
      <translation>Ainda não está definida nenhuma frase-passe de cópia de segurança: não é feita nenhuma cópia até um administrador definir uma.</translation>
    </message>
    <message>
      <source>Last backup: {name}</source>
      <translation>Última cópia de segurança: {name}</translation>
    </message>
    <message>
      <source>No backup yet.</source>
      <translation>Ainda não há cópias de segurança.</translation>
    </message>
    <message>
      <source>Folder for backups</source>
      <translation>Pasta das cópias de segurança</translation>
    </message>
    <message>
      <source>Backup settings saved.</source>
      <translation>Definições de cópia de segurança guardadas.</translation>
    </message>
    <message>
      <source>Set the backup passphrase</source>
      <translation>Definir a frase-passe de cópia de segurança</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>Frase-passe de cópia de segurança</translation>
    </message>
    <message>
      <source>The passphrase that opens every backup (at least {n} characters). Keep it apart from this computer: without it no backup can be restored.</source>
      <translation>A frase-passe que abre todas as cópias de segurança (pelo menos {n} carateres). Guarde-a longe deste computador: sem ela, nenhuma cópia pode ser restaurada.</translation>
    </message>
    <message>
      <source>The same passphrase again:</source>
      <translation>A mesma frase-passe outra vez:</translation>
    </message>
    <message>
      <source>The two passphrases differ; nothing was changed.</source>
      <translation>As duas frases-passe são diferentes; nada foi alterado.</translation>
    </message>
    <message>
      <source>Backup passphrase set. Older backups keep needing the passphrase they were made with.</source>
      <translation>Frase-passe de cópia de segurança definida. As cópias mais antigas continuam a precisar da frase-passe com que foram feitas.</translation>
    </message>
    <message>
      <source>Backing up and checking the copy…</source>
      <translation>A fazer a cópia de segurança e a verificá-la…</translation>
    </message>
    <message>
      <source>Backup written and verified: {path}</source>
      <translation>Cópia de segurança escrita e verificada: {path}</translation>
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <source>Case number</source>
      <translation>Número do processo</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>Crime</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>A short name for the case, as the investigators call it.</source>
      <translation>Um nome curto para o processo, como os investigadores lhe chamam.</translation>
    </message>
    <message>
      <source>Requesting agency reference</source>
      <translation>Referência do serviço requerente</translation>
    </message>
    <message>
      <source>Prosecutor reference</source>
      <translation>Referência do Ministério Público</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Referência do tribunal</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>Abrir processo</translation>
    </message>
  </context>
  <context>
    <name>CaseOutcome</name>
    <message>
      <source>Convicted</source>
      <translation>Condenação</translation>
    </message>
    <message>
      <source>Acquitted</source>
      <translation>Absolvição</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>Arquivamento</translation>
    </message>
    <message>
      <source>Closed without charge</source>
      <translation>Encerrado sem acusação</translation>
    </message>
    <message>
      <source>Under appeal (not final)</source>
      <translation>Em recurso (não transitado)</translation>
    </message>
    <message>
      <source>Choose the outcome of the case.</source>
      <translation>Escolha o desfecho do processo.</translation>
    </message>
    <message>
      <source>Choose what is to be done with the items (return, destruction, forfeiture).</source>
      <translation>Escolha o destino a dar aos objetos (restituição, destruição, perda a favor do Estado).</translation>
    </message>
    <message>
      <source>There is no case {case}.</source>
      <translation>Não existe o processo {case}.</translation>
    </message>
    <message>
      <source>No item of case {case} is waiting for disposal.</source>
      <translation>Nenhum objeto do processo {case} está a aguardar destino final.</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <source>Cases</source>
      <translation>Processos</translation>
    </message>
    <message>
      <source>Filter by case number or title</source>
      <translation>Filtrar por número ou título do processo</translation>
    </message>
    <message>
      <source>Record a seizure for this case</source>
      <translation>Registar uma apreensão para este processo</translation>
    </message>
    <message>
      <source>Show its items</source>
      <translation>Mostrar os seus objetos</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Novo processo…</translation>
    </message>
    <message>
      <source>Open a new case</source>
      <translation>Abrir um novo processo</translation>
    </message>
    <message>
      <source>Case {number} opened.</source>
      <translation>Processo {number} aberto.</translation>
    </message>
  </context>
  <context>
    <name>CasesTableModel</name>
    <message>
      <source>Case number</source>
      <translation>Número do processo</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>Crime</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Seizures</source>
      <translation>Apreensões</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Objetos</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Aberto em</translation>
    </message>
    <message>
      <source>Opened by</source>
      <translation>Aberto por</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <source>This field is required.</source>
      <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
      <source>This field does not belong to this kind of item.</source>
      <translation>Este campo não se aplica a este tipo de objeto.</translation>
    </message>
    <message>
      <source>Choose one of: {choices}.</source>
      <translation>Escolha uma das opções: {choices}.</translation>
    </message>
    <message>
      <source>The net weight cannot be more than the gross weight.</source>
      <translation>O peso líquido não pode ser maior do que o peso bruto.</translation>
    </message>
    <message>
      <source>Leave the result empty: no field test was done.</source>
      <translation>Deixe o resultado vazio: não foi feito nenhum teste de campo.</translation>
    </message>
    <message>
      <source>A field test was done: give its result.</source>
      <translation>Foi feito um teste de campo: indique o resultado.</translation>
    </message>
    <message>
      <source>Say who made it safe.</source>
      <translation>Indique quem o tornou seguro.</translation>
    </message>
    <message>
      <source>Say when it was made safe.</source>
      <translation>Indique quando foi tornado seguro.</translation>
    </message>
    <message>
      <source>Leave this empty: the item was not made safe.</source>
      <translation>Deixe este campo vazio: o objeto não foi tornado seguro.</translation>
    </message>
    <message>
      <source>Choose the currency of the value.</source>
      <translation>Escolha a moeda do valor.</translation>
    </message>
    <message>
      <source>Count the notes and coins: give at least one denomination and its count.</source>
      <translation>Conte as notas e moedas: indique pelo menos um valor facial e a respetiva quantidade.</translation>
    </message>
    <message>
      <source>Each line needs a denomination above zero and a count (for example 50 and 12).</source>
      <translation>Cada linha precisa de um valor facial superior a zero e de uma quantidade (por exemplo 50 e 12).</translation>
    </message>
    <message>
      <source>The denomination {denomination} is listed twice.</source>
      <translation>O valor facial {denomination} aparece duas vezes.</translation>
    </message>
    <message>
      <source>The total does not match the notes and coins counted ({total}).</source>
      <translation>O total não corresponde às notas e moedas contadas ({total}).</translation>
    </message>
    <message>
      <source>The value cannot be negative.</source>
      <translation>O valor não pode ser negativo.</translation>
    </message>
    <message>
      <source>At most {places} decimals.</source>
      <translation>No máximo {places} casas decimais.</translation>
    </message>
    <message>
      <source>A VIN has 17 letters and digits, without the letters I, O or Q. Check it against the vehicle.</source>
      <translation>Um VIN tem 17 letras e algarismos, sem as letras I, O ou Q. Confira-o no veículo.</translation>
    </message>
    <message>
      <source>An IMEI has 15 digits (16 for IMEISV). Dial *#06# on the phone or read the label.</source>
      <translation>Um IMEI tem 15 algarismos (16 no IMEISV). Marque *#06# no telemóvel ou leia a etiqueta.</translation>
    </message>
    <message>
      <source>This IMEI has a typing error: its last digit does not match. Check it.</source>
      <translation>Este IMEI tem um erro de digitação: o último algarismo não confere. Verifique-o.</translation>
    </message>
    <message>
      <source>Powder</source>
      <translation>Pó</translation>
    </message>
    <message>
      <source>Crystals</source>
      <translation>Cristais</translation>
    </message>
    <message>
      <source>Tablets</source>
      <translation>Comprimidos</translation>
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
      <translation>Papel mata-borrão</translation>
    </message>
    <message>
      <source>Other form</source>
      <translation>Outra forma</translation>
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
      <translation>Inconclusivo</translation>
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
      <translation>Espingarda</translation>
    </message>
    <message>
      <source>Shotgun</source>
      <translation>Caçadeira</translation>
    </message>
    <message>
      <source>Submachine gun</source>
      <translation>Pistola-metralhadora</translation>
    </message>
    <message>
      <source>Machine gun</source>
      <translation>Metralhadora</translation>
    </message>
    <message>
      <source>Combination gun</source>
      <translation>Arma combinada</translation>
    </message>
    <message>
      <source>Craft-made firearm</source>
      <translation>Arma de fabrico artesanal</translation>
    </message>
    <message>
      <source>Other firearm</source>
      <translation>Outra arma de fogo</translation>
    </message>
    <message>
      <source>Centrefire cartridges</source>
      <translation>Cartuchos de percussão central</translation>
    </message>
    <message>
      <source>Rimfire cartridges</source>
      <translation>Cartuchos de percussão anelar</translation>
    </message>
    <message>
      <source>Shotgun shells</source>
      <translation>Cartuchos de caça</translation>
    </message>
    <message>
      <source>Other ammunition</source>
      <translation>Outras munições</translation>
    </message>
    <message>
      <source>Commercial explosive</source>
      <translation>Explosivo comercial</translation>
    </message>
    <message>
      <source>Military explosive or munition</source>
      <translation>Explosivo ou munição militar</translation>
    </message>
    <message>
      <source>Improvised device</source>
      <translation>Engenho explosivo improvisado</translation>
    </message>
    <message>
      <source>Detonators or fuses</source>
      <translation>Detonadores ou rastilhos</translation>
    </message>
    <message>
      <source>Fireworks or flares</source>
      <translation>Fogo de artifício ou very-lights</translation>
    </message>
    <message>
      <source>Other explosive</source>
      <translation>Outro explosivo</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>Passaporte</translation>
    </message>
    <message>
      <source>Identity card</source>
      <translation>Bilhete de identidade</translation>
    </message>
    <message>
      <source>Driving licence</source>
      <translation>Carta de condução</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>Visto</translation>
    </message>
    <message>
      <source>Residence or work permit</source>
      <translation>Autorização de residência ou de trabalho</translation>
    </message>
    <message>
      <source>Vehicle registration</source>
      <translation>Documento do veículo</translation>
    </message>
    <message>
      <source>Bank card</source>
      <translation>Cartão bancário</translation>
    </message>
    <message>
      <source>Other document</source>
      <translation>Outro documento</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>Telemóvel</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Computador</translation>
    </message>
    <message>
      <source>Tablet</source>
      <translation>Tablet</translation>
    </message>
    <message>
      <source>Storage (USB stick, disk, memory card)</source>
      <translation>Armazenamento (pen USB, disco, cartão de memória)</translation>
    </message>
    <message>
      <source>SIM card</source>
      <translation>Cartão SIM</translation>
    </message>
    <message>
      <source>GPS or satellite device</source>
      <translation>Aparelho GPS ou de satélite</translation>
    </message>
    <message>
      <source>Other device</source>
      <translation>Outro aparelho</translation>
    </message>
    <message>
      <source>Timber</source>
      <translation>Madeira</translation>
    </message>
    <message>
      <source>Mineral or ore</source>
      <translation>Mineral ou minério</translation>
    </message>
    <message>
      <source>Charcoal</source>
      <translation>Carvão vegetal</translation>
    </message>
    <message>
      <source>Wildlife or wildlife product</source>
      <translation>Fauna ou produto de fauna selvagem</translation>
    </message>
    <message>
      <source>Other natural resource</source>
      <translation>Outro recurso natural</translation>
    </message>
    <message>
      <source>Made safe</source>
      <translation>Tornado seguro</translation>
    </message>
    <message>
      <source>Made safe by</source>
      <translation>Tornado seguro por</translation>
    </message>
    <message>
      <source>Made safe at (date and time)</source>
      <translation>Tornado seguro em (data e hora)</translation>
    </message>
    <message>
      <source>Suspected substance</source>
      <translation>Substância suspeita</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Forma</translation>
    </message>
    <message>
      <source>Number of packages</source>
      <translation>Número de embalagens</translation>
    </message>
    <message>
      <source>Gross weight (with packaging)</source>
      <translation>Peso bruto (com embalagem)</translation>
    </message>
    <message>
      <source>Net weight (substance only)</source>
      <translation>Peso líquido (só a substância)</translation>
    </message>
    <message>
      <source>Field test done</source>
      <translation>Teste de campo feito</translation>
    </message>
    <message>
      <source>Field test result</source>
      <translation>Resultado do teste de campo</translation>
    </message>
    <message>
      <source>Type of firearm</source>
      <translation>Tipo de arma de fogo</translation>
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
      <translation>Número de série</translation>
    </message>
    <message>
      <source>Country of manufacture</source>
      <translation>País de fabrico</translation>
    </message>
    <message>
      <source>Other markings</source>
      <translation>Outras marcações</translation>
    </message>
    <message>
      <source>Number of magazines</source>
      <translation>Número de carregadores</translation>
    </message>
    <message>
      <source>Rounds of ammunition with it</source>
      <translation>Munições apreendidas com a arma</translation>
    </message>
    <message>
      <source>Type of ammunition</source>
      <translation>Tipo de munição</translation>
    </message>
    <message>
      <source>Headstamp</source>
      <translation>Marcação do culote</translation>
    </message>
    <message>
      <source>Number of rounds</source>
      <translation>Número de munições</translation>
    </message>
    <message>
      <source>Type of explosive</source>
      <translation>Tipo de explosivo</translation>
    </message>
    <message>
      <source>Markings</source>
      <translation>Marcações</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Peso líquido</translation>
    </message>
    <message>
      <source>Number of pieces</source>
      <translation>Número de peças</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Moeda</translation>
    </message>
    <message>
      <source>Notes and coins counted</source>
      <translation>Notas e moedas contadas</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Suspected counterfeit</source>
      <translation>Suspeita de contrafação</translation>
    </message>
    <message>
      <source>Type of document</source>
      <translation>Tipo de documento</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>País emissor</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Número do documento</translation>
    </message>
    <message>
      <source>Name of the holder (as written)</source>
      <translation>Nome do titular (tal como escrito)</translation>
    </message>
    <message>
      <source>Type of device</source>
      <translation>Tipo de aparelho</translation>
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
      <translation>Segundo IMEI (dual SIM)</translation>
    </message>
    <message>
      <source>VIN (vehicle identification number)</source>
      <translation>VIN (número de identificação do veículo)</translation>
    </message>
    <message>
      <source>Number plate</source>
      <translation>Matrícula</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Cor</translation>
    </message>
    <message>
      <source>Kind of resource</source>
      <translation>Tipo de recurso</translation>
    </message>
    <message>
      <source>Species or mineral</source>
      <translation>Espécie ou mineral</translation>
    </message>
    <message>
      <source>Volume (cubic metres)</source>
      <translation>Volume (metros cúbicos)</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Peso</translation>
    </message>
    <message>
      <source>Origin (where it came from)</source>
      <translation>Proveniência</translation>
    </message>
    <message>
      <source>Estimated value</source>
      <translation>Valor estimado</translation>
    </message>
    <message>
      <source>Say why this value is kept although its check fails (e.g. counterfeit phone).</source>
      <translation>Indique porque é mantido este valor embora a sua verificação falhe (p. ex. telemóvel contrafeito).</translation>
    </message>
    <message>
      <source>The check of this field cannot be overridden.</source>
      <translation>A verificação deste campo não pode ser ignorada.</translation>
    </message>
  </context>
  <context>
    <name>Category</name>
    <message>
      <source>Drugs</source>
      <translation>Droga</translation>
    </message>
    <message>
      <source>Firearm</source>
      <translation>Arma de fogo</translation>
    </message>
    <message>
      <source>Ammunition</source>
      <translation>Munições</translation>
    </message>
    <message>
      <source>Explosives</source>
      <translation>Explosivos</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Numerário</translation>
    </message>
    <message>
      <source>Identity or other document</source>
      <translation>Documento de identificação ou outro</translation>
    </message>
    <message>
      <source>Phone, computer or other device</source>
      <translation>Telemóvel, computador ou outro aparelho</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>Veículo</translation>
    </message>
    <message>
      <source>Timber, minerals, wildlife</source>
      <translation>Madeira, minerais, fauna e flora</translation>
    </message>
    <message>
      <source>Other goods</source>
      <translation>Outros bens</translation>
    </message>
  </context>
  <context>
    <name>CertificateCard</name>
    <message>
      <source>Report signatures</source>
      <translation>Assinatura dos relatórios</translation>
    </message>
    <message>
      <source>Reports are signed with this station's certificate; the ledger binds its fingerprint to the station key, and every report prints it. Give the trust root to a court whose PDF reader should recognise the signature.</source>
      <translation>Os relatórios são assinados com o certificado deste posto; o registo liga a sua impressão digital à chave do posto e cada relatório imprime-a. Entregue o certificado raiz ao tribunal cujo leitor de PDF deve reconhecer a assinatura.</translation>
    </message>
    <message>
      <source>Save the trust root…</source>
      <translation>Guardar o certificado raiz…</translation>
    </message>
    <message>
      <source>Use an agency certificate (PKCS#12)…</source>
      <translation>Usar um certificado do serviço (PKCS#12)…</translation>
    </message>
    <message>
      <source>Signed by: {subject}
SHA-256: {sha}
Valid until: {until}</source>
      <translation>Assinado por: {subject}
SHA-256: {sha}
Válido até: {until}</translation>
    </message>
    <message>
      <source>Save the trust root</source>
      <translation>Guardar o certificado raiz</translation>
    </message>
    <message>
      <source>Certificates (*.crt *.pem)</source>
      <translation>Certificados (*.crt *.pem)</translation>
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation>Não foi possível escrever o ficheiro: {reason}</translation>
    </message>
    <message>
      <source>Saved {path}.</source>
      <translation>{path} guardado.</translation>
    </message>
    <message>
      <source>Agency certificate</source>
      <translation>Certificado do serviço</translation>
    </message>
    <message>
      <source>PKCS#12 certificates (*.p12 *.pfx)</source>
      <translation>Certificados PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <source>The certificate file's password:</source>
      <translation>Palavra-passe do ficheiro do certificado:</translation>
    </message>
    <message>
      <source>The file could not be read: {reason}</source>
      <translation>Não foi possível ler o ficheiro: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <source>Current password</source>
      <translation>Palavra-passe atual</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Nova palavra-passe</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>Repetir a nova palavra-passe</translation>
    </message>
    <message>
      <source>Type your current password.</source>
      <translation>Escreva a sua palavra-passe atual.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Backup passphrase</source>
      <translation>Frase-passe de cópia de segurança</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} bytes, {entries} ledger entries, root {root}).</source>
      <translation>Cópia de segurança escrita e verificada: {path} ({size} bytes, {entries} entradas do registo, raiz {root}).</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} bytes, {entries} ledger entries).</source>
      <translation>Cópia de segurança escrita e verificada: {path} ({size} bytes, {entries} entradas do registo).</translation>
    </message>
    <message>
      <source>Backup passphrase set ({path}). Automatic and manual backups are now encrypted to it.</source>
      <translation>Frase-passe de cópia de segurança definida ({path}). As cópias de segurança automáticas e manuais passam a ser cifradas com ela.</translation>
    </message>
    <message>
      <source>There is no backup file {file}.</source>
      <translation>Não existe o ficheiro de cópia de segurança {file}.</translation>
    </message>
    <message>
      <source>The checkpoint file {file} cannot be read.</source>
      <translation>Não é possível ler o ficheiro de ponto de controlo {file}.</translation>
    </message>
    <message>
      <source>Restored station {station} (backup of {created}, {entries} ledger entries, verified) into {folder}. Open it with: custody --data-dir {folder}</source>
      <translation>Posto {station} restaurado (cópia de {created}, {entries} entradas do registo, verificada) em {folder}. Abra-o com: custody --data-dir {folder}</translation>
    </message>
    <message>
      <source>Restored the keys of station {station} into {folder}, and the PostgreSQL dump {dump}. Load it into an empty database with: pg_restore --no-owner --dbname postgresql://OWNER@HOST/custody {dump}  (docs/DEPLOYMENT.md)</source>
      <translation>Chaves do posto {station} restauradas em {folder}, e o dump PostgreSQL {dump}. Carregue-o numa base de dados vazia com: pg_restore --no-owner --dbname postgresql://OWNER@HOST/custody {dump}  (docs/DEPLOYMENT.md)</translation>
    </message>
    <message>
      <source>Error: </source>
      <translation>Erro: </translation>
    </message>
    <message>
      <source>Interrupted; nothing more was written.</source>
      <translation>Interrompido; nada mais foi escrito.</translation>
    </message>
    <message>
      <source>Password for {user}</source>
      <translation>Palavra-passe de {user}</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Palavra-passe</translation>
    </message>
    <message>
      <source>state:    up to date</source>
      <translation>state:    atualizado</translation>
    </message>
    <message>
      <source>state:    needs upgrade ('custody db upgrade')</source>
      <translation>state:    precisa de atualização («custody db upgrade»)</translation>
    </message>
    <message>
      <source>Demo database ready at {url} in {seconds} s: {cases} cases, {seizures} seizures, {items} items (+{children} split/sampled), {photos} photos, {corrections} corrections, {locations} locations.</source>
      <translation>Base de dados de demonstração pronta em {url} em {seconds} s: {cases} processos, {seizures} apreensões, {items} objetos (+{children} divididos ou amostrados), {photos} fotografias, {corrections} correções, {locations} locais.</translation>
    </message>
    <message>
      <source>Administrator: {username} / password: {password}</source>
      <translation>Administrador: {username} / palavra-passe: {password}</translation>
    </message>
    <message>
      <source>Officers ({usernames}) / password: {password}</source>
      <translation>Agentes ({usernames}) / palavra-passe: {password}</translation>
    </message>
    <message>
      <source>Administrator password</source>
      <translation>Palavra-passe do administrador</translation>
    </message>
    <message>
      <source>Set up {agency}, station {station}, log {origin}.</source>
      <translation>Configurado {agency}, posto {station}, registo {origin}.</translation>
    </message>
    <message>
      <source>Station verifier key: {key}</source>
      <translation>Chave de verificação do posto: {key}</translation>
    </message>
    <message>
      <source>This workstation now opens the shared database as station {station} ({saved}). Other workstations join it with 'custody station join' (give them the verifier key above).</source>
      <translation>Este computador passa a abrir a base de dados partilhada como posto {station} ({saved}). Os outros computadores juntam-se a ela com «custody station join» (dê-lhes a chave de verificação acima).</translation>
    </message>
    <message>
      <source>Give --out FILE.pdf|FILE.zpl or --printer QUEUE. Templates: {names}</source>
      <translation>Indique --out FICHEIRO.pdf|FICHEIRO.zpl ou --printer FILA. Modelos: {names}</translation>
    </message>
    <message>
      <source>{n} label(s), template {template}, {format} -&gt; {destination}</source>
      <translation>{n} etiqueta(s), modelo {template}, {format} -&gt; {destination}</translation>
    </message>
    <message>
      <source>Ledger intact: {n} entries, root {root}; its first station key is trusted ({anchor}).</source>
      <translation>Registo íntegro: {n} entradas, raiz {root}; a sua primeira chave de posto é de confiança ({anchor}).</translation>
    </message>
    <message>
      <source>Ledger intact but NOT TRUSTED: {n} entries, consistent, but its first station key ({anchor}) could not be checked against a key you trust. Run on the station's own workstation or give --trust "&lt;the station's verifier key&gt;".</source>
      <translation>Registo íntegro mas NÃO CONFIRMADO: {n} entradas, coerentes, mas a sua primeira chave de posto ({anchor}) não pôde ser verificada com uma chave de confiança. Execute no próprio computador do posto ou indique --trust "&lt;a chave de verificação do posto&gt;".</translation>
    </message>
    <message>
      <source>{failures} failure(s) in {n} entries.</source>
      <translation>{failures} falha(s) em {n} entradas.</translation>
    </message>
    <message>
      <source>Clock correction recorded at seq {seq} ({at}); entries up to {until} carried the wrong time.</source>
      <translation>Correção do relógio registada na entrada {seq} ({at}); as entradas até {until} tinham a hora errada.</translation>
    </message>
    <message>
      <source>Exported {n} entries to {out}.</source>
      <translation>{n} entradas exportadas para {out}.</translation>
    </message>
    <message>
      <source>{n} difference(s) found and repaired.</source>
      <translation>{n} diferença(s) encontrada(s) e reparada(s).</translation>
    </message>
    <message>
      <source>{n} difference(s) found.</source>
      <translation>{n} diferença(s) encontrada(s).</translation>
    </message>
    <message>
      <source>Wrote {out} (report {report}).</source>
      <translation>{out} escrito (relatório {report}).</translation>
    </message>
    <message>
      <source>Wrote {out} (report {report}, {n} items).</source>
      <translation>{out} escrito (relatório {report}, {n} objetos).</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>A pasta {folder} não existe.</translation>
    </message>
    <message>
      <source>Wrote {out}: the trust root (SHA-256 {sha}).</source>
      <translation>{out} escrito: o certificado raiz (SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>Reports are signed by {subject}, valid until {until}.</source>
      <translation>Os relatórios são assinados por {subject}, válido até {until}.</translation>
    </message>
    <message>
      <source>Signing certificate SHA-256 fingerprint (printed on every report): {sha}</source>
      <translation>Impressão digital SHA-256 do certificado de assinatura (impressa em cada relatório): {sha}</translation>
    </message>
    <message>
      <source>Certificate file password</source>
      <translation>Palavra-passe do ficheiro do certificado</translation>
    </message>
    <message>
      <source>Reports are now signed with the certificate SHA-256 {sha} (recorded in the ledger).</source>
      <translation>Os relatórios passam a ser assinados com o certificado SHA-256 {sha} (registado no registo).</translation>
    </message>
    <message>
      <source>Give the new station's code: --station CODE.</source>
      <translation>Indique o código do novo posto: --station CÓDIGO.</translation>
    </message>
    <message>
      <source>Give --trust with the verifier key of the database's first station (station {station}). Nothing was changed.</source>
      <translation>Indique com --trust a chave de verificação do primeiro posto da base de dados (posto {station}). Nada foi alterado.</translation>
    </message>
    <message>
      <source>The database's first station is {station}. Its verifier key, as the database states it:</source>
      <translation>O primeiro posto da base de dados é {station}. A sua chave de verificação, tal como a base de dados a indica:</translation>
    </message>
    <message>
      <source>Compare it with the key your agency published (it is printed on every report).</source>
      <translation>Compare-a com a chave publicada pelo seu serviço (está impressa em cada relatório).</translation>
    </message>
    <message>
      <source>Is it the same key?</source>
      <translation>É a mesma chave?</translation>
    </message>
    <message>
      <source>Not joined: the key was not confirmed. Nothing was changed.</source>
      <translation>Não se juntou: a chave não foi confirmada. Nada foi alterado.</translation>
    </message>
    <message>
      <source>Verifying the whole ledger against the first station's key...</source>
      <translation>A verificar todo o registo com a chave do primeiro posto...</translation>
    </message>
    <message>
      <source>Station {station} joined the log {origin}; its key is in {folder}.</source>
      <translation>O posto {station} juntou-se ao registo {origin}; a sua chave está em {folder}.</translation>
    </message>
    <message>
      <source>This workstation now opens the shared database as station {station} ({saved}).</source>
      <translation>Este computador passa a abrir a base de dados partilhada como posto {station} ({saved}).</translation>
    </message>
    <message>
      <source>Wrote {path}: {n} item(s) handed to {to}.</source>
      <translation>{path} escrito: {n} objeto(s) entregue(s) a {to}.</translation>
    </message>
    <message>
      <source>Package {package}, package hash (SHA-256 of its manifest) {sha}.</source>
      <translation>Pacote {package}, hash do pacote (SHA-256 do seu manifesto) {sha}.</translation>
    </message>
    <message>
      <source>Station verifier key the receiver must trust: {key}</source>
      <translation>Chave de verificação do posto em que o destinatário tem de confiar: {key}</translation>
    </message>
    <message>
      <source>The package would be refused: {reasons}</source>
      <translation>O pacote seria recusado: {reasons}</translation>
    </message>
    <message>
      <source>Accepted package {sha}: {items} are now in your custody.</source>
      <translation>Pacote {sha} aceite: {items} estão agora à sua guarda.</translation>
    </message>
    <message>
      <source>Trusted {name} (ledger entry {seq}).</source>
      <translation>{name} passa a ser de confiança (entrada do registo {seq}).</translation>
    </message>
    <message>
      <source>No longer trusted (ledger entry {seq}).</source>
      <translation>Deixou de ser de confiança (entrada do registo {seq}).</translation>
    </message>
    <message>
      <source>No other station is trusted.</source>
      <translation>Nenhum outro posto é de confiança.</translation>
    </message>
    <message>
      <source>Initial password for {user}</source>
      <translation>Palavra-passe inicial de {user}</translation>
    </message>
    <message>
      <source>Created {user} ({roles}), key {key}.</source>
      <translation>{user} criado ({roles}), chave {key}.</translation>
    </message>
    <message>
      <source>Disabled {user}.</source>
      <translation>{user} desativado.</translation>
    </message>
    <message>
      <source>Enabled {user}.</source>
      <translation>{user} ativado.</translation>
    </message>
    <message>
      <source>Unlocked {user}.</source>
      <translation>{user} desbloqueado.</translation>
    </message>
    <message>
      <source>New password for {user}</source>
      <translation>Nova palavra-passe de {user}</translation>
    </message>
    <message>
      <source>Password reset for {user}; a new signing key was issued.</source>
      <translation>Palavra-passe de {user} reposta; foi emitida uma nova chave de assinatura.</translation>
    </message>
    <message>
      <source>Cannot write {out}: {reason}. Choose a folder you can write to.</source>
      <translation>Não é possível escrever {out}: {reason}. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
      <source>Wrote {out} ({size} bytes, SHA-256 {sha}).</source>
      <translation>{out} escrito ({size} bytes, SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>Give it to prosecutors with the reports: they open it in any web browser, drop the report PDF on it and type the station key printed on the report. It works without internet.</source>
      <translation>Entregue-o ao Ministério Público com os relatórios: abre-se em qualquer navegador, larga-se nele o PDF do relatório e escreve-se a chave do posto impressa no relatório. Funciona sem internet.</translation>
    </message>
  </context>
  <context>
    <name>Clock</name>
    <message>
      <source>This computer's clock shows {now} (UTC), earlier than the last entry in the ledger ({last}). Nothing was saved. If this computer's time is wrong, correct it and try again. If the clock is right and the ledger's last entries carry a wrong time, an administrator and a supervisor must record a clock correction (Administration &gt; Clock correction).</source>
      <translation>O relógio deste computador indica {now} (UTC), antes da última entrada do registo ({last}). Nada foi guardado. Se a hora deste computador estiver errada, corrija-a e tente de novo. Se o relógio estiver certo e as últimas entradas do registo tiverem uma hora errada, um administrador e um supervisor têm de registar uma correção do relógio (Administração &gt; Correção do relógio).</translation>
    </message>
    <message>
      <source>This computer's clock moved forward by {jump} while Custody was running: it now shows {now} (UTC). Nothing was saved. Check the date and time of this computer; if the new time is right, restart Custody.</source>
      <translation>O relógio deste computador avançou {jump} enquanto o Custody estava a funcionar: agora indica {now} (UTC). Nada foi guardado. Verifique a data e a hora deste computador; se a nova hora estiver certa, reinicie o Custody.</translation>
    </message>
    <message>
      <source>Say what happened to the clock (for example: the workstation's clock was set to 2099).</source>
      <translation>Diga o que aconteceu ao relógio (por exemplo: o relógio do computador estava acertado para 2099).</translation>
    </message>
    <message>
      <source>The ledger's last entry ({last}) is not later than the current time ({now}): there is nothing to correct.</source>
      <translation>A última entrada do registo ({last}) não é posterior à hora atual ({now}): não há nada a corrigir.</translation>
    </message>
    <message>
      <source>A clock correction is countersigned by a supervisor other than you; {username} is not a supervisor.</source>
      <translation>Uma correção do relógio é contra-assinada por um supervisor que não seja o próprio; {username} não é supervisor.</translation>
    </message>
    <message>
      <source>A clock correction needs two different officers: ask a supervisor to countersign.</source>
      <translation>Uma correção do relógio precisa de dois agentes diferentes: peça a um supervisor que a contra-assine.</translation>
    </message>
  </context>
  <context>
    <name>ClockCorrectionDialog</name>
    <message>
      <source>Correct the ledger's clock</source>
      <translation>Corrigir o relógio do registo</translation>
    </message>
    <message>
      <source>Use this only when entries were recorded with a wrong, future time (a computer whose clock was wrong). The correction is kept in the ledger with your reason, signed by you and by a supervisor; entries after it carry the right time again.</source>
      <translation>Use isto só quando foram registadas entradas com uma hora errada, no futuro (um computador com o relógio errado). A correção fica no registo com o seu motivo, assinada por si e por um supervisor; as entradas seguintes voltam a ter a hora certa.</translation>
    </message>
    <message>
      <source>What happened to the clock</source>
      <translation>O que aconteceu ao relógio</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Supervisor (username)</source>
      <translation>Supervisor (nome de utilizador)</translation>
    </message>
    <message>
      <source>Supervisor's password</source>
      <translation>Palavra-passe do supervisor</translation>
    </message>
    <message>
      <source>Record the correction</source>
      <translation>Registar a correção</translation>
    </message>
    <message>
      <source>The ledger's last entry carries the time {at} (UTC), later than this computer's clock.</source>
      <translation>A última entrada do registo tem a hora {at} (UTC), posterior ao relógio deste computador.</translation>
    </message>
    <message>
      <source>The ledger's last entry is not later than this computer's clock: there is nothing to correct.</source>
      <translation>A última entrada do registo não é posterior ao relógio deste computador: não há nada a corrigir.</translation>
    </message>
    <message>
      <source>Say what happened to the clock.</source>
      <translation>Diga o que aconteceu ao relógio.</translation>
    </message>
    <message>
      <source>A supervisor types their username and password to countersign.</source>
      <translation>Um supervisor escreve o seu nome de utilizador e palavra-passe para contra-assinar.</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Correct the record of {item}</source>
      <translation>Corrigir o registo de {item}</translation>
    </message>
    <message>
      <source>The original value stays in the ledger; the correction is shown beside it. A supervisor other than you must approve it by typing their password here.</source>
      <translation>O valor original fica no registo; a correção é mostrada ao lado. Um supervisor que não seja o próprio tem de a aprovar escrevendo aqui a sua palavra-passe.</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Now recorded</source>
      <translation>Valor registado</translation>
    </message>
    <message>
      <source>Correct value</source>
      <translation>Valor correto</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Why the record is wrong, for the court.</source>
      <translation>Porque é que o registo está errado, para o tribunal.</translation>
    </message>
    <message>
      <source>Approving supervisor</source>
      <translation>Supervisor que aprova</translation>
    </message>
    <message>
      <source>Username of the supervisor approving the correction.</source>
      <translation>Nome de utilizador do supervisor que aprova a correção.</translation>
    </message>
    <message>
      <source>Supervisor's password</source>
      <translation>Palavra-passe do supervisor</translation>
    </message>
    <message>
      <source>Approve and record</source>
      <translation>Aprovar e registar</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vazio)</translation>
    </message>
  </context>
  <context>
    <name>Currency</name>
    <message>
      <source>UAE dirham</source>
      <translation>Dirham dos Emirados Árabes Unidos</translation>
    </message>
    <message>
      <source>Afghan afghani</source>
      <translation>Afegâni afegão</translation>
    </message>
    <message>
      <source>Albanian lek</source>
      <translation>Lek albanês</translation>
    </message>
    <message>
      <source>Armenian dram</source>
      <translation>Dram arménio</translation>
    </message>
    <message>
      <source>Netherlands Antillean guilder</source>
      <translation>Florim das Antilhas Holandesas</translation>
    </message>
    <message>
      <source>Angolan kwanza</source>
      <translation>Kwanza angolano</translation>
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
      <translation>Florim de Aruba</translation>
    </message>
    <message>
      <source>Azerbaijani manat</source>
      <translation>Manat azeri</translation>
    </message>
    <message>
      <source>Bosnia and Herzegovina convertible mark</source>
      <translation>Marco bósnio-herzegóvino conversível</translation>
    </message>
    <message>
      <source>Barbados dollar</source>
      <translation>Dólar barbadense</translation>
    </message>
    <message>
      <source>Bangladeshi taka</source>
      <translation>Taka bengali</translation>
    </message>
    <message>
      <source>Bulgarian lev</source>
      <translation>Lev búlgaro</translation>
    </message>
    <message>
      <source>Bahraini dinar</source>
      <translation>Dinar baremita</translation>
    </message>
    <message>
      <source>Burundian franc</source>
      <translation>Franco burundiano</translation>
    </message>
    <message>
      <source>Bermudian dollar</source>
      <translation>Dólar bermudense</translation>
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
      <translation>Mvdol boliviano</translation>
    </message>
    <message>
      <source>Brazilian real</source>
      <translation>Real brasileiro</translation>
    </message>
    <message>
      <source>Bahamian dollar</source>
      <translation>Dólar das Bahamas</translation>
    </message>
    <message>
      <source>Bhutanese ngultrum</source>
      <translation>Ngultrum butanês</translation>
    </message>
    <message>
      <source>Botswana pula</source>
      <translation>Pula de Botswana</translation>
    </message>
    <message>
      <source>Belarusian ruble</source>
      <translation>Rublo bielorrusso</translation>
    </message>
    <message>
      <source>Belarusian ruble (old)</source>
      <translation>Rublo bielorrusso (2000–2016)</translation>
    </message>
    <message>
      <source>Belize dollar</source>
      <translation>Dólar belizense</translation>
    </message>
    <message>
      <source>Canadian dollar</source>
      <translation>Dólar canadiano</translation>
    </message>
    <message>
      <source>Congolese franc</source>
      <translation>Franco congolês</translation>
    </message>
    <message>
      <source>WIR euro</source>
      <translation>Euro WIR</translation>
    </message>
    <message>
      <source>Swiss franc</source>
      <translation>Franco suíço</translation>
    </message>
    <message>
      <source>WIR franc</source>
      <translation>Franco WIR</translation>
    </message>
    <message>
      <source>Chilean unidad de fomento</source>
      <translation>Unidades de Fomento chilenas</translation>
    </message>
    <message>
      <source>Chilean peso</source>
      <translation>Peso chileno</translation>
    </message>
    <message>
      <source>Chinese yuan</source>
      <translation>Yuan</translation>
    </message>
    <message>
      <source>Colombian peso</source>
      <translation>Peso colombiano</translation>
    </message>
    <message>
      <source>Colombian unidad de valor real</source>
      <translation>Unidade de Valor Real</translation>
    </message>
    <message>
      <source>Costa Rican colón</source>
      <translation>Colon costa-riquenho</translation>
    </message>
    <message>
      <source>Cuban convertible peso</source>
      <translation>Peso cubano conversível</translation>
    </message>
    <message>
      <source>Cuban peso</source>
      <translation>Peso cubano</translation>
    </message>
    <message>
      <source>Cape Verdean escudo</source>
      <translation>Escudo cabo-verdiano</translation>
    </message>
    <message>
      <source>Czech koruna</source>
      <translation>Coroa checa</translation>
    </message>
    <message>
      <source>Djiboutian franc</source>
      <translation>Franco jibutiano</translation>
    </message>
    <message>
      <source>Danish krone</source>
      <translation>Coroa dinamarquesa</translation>
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
      <translation>Libra egípcia</translation>
    </message>
    <message>
      <source>Eritrean nakfa</source>
      <translation>Nakfa eritreia</translation>
    </message>
    <message>
      <source>Ethiopian birr</source>
      <translation>Birr etíope</translation>
    </message>
    <message>
      <source>Euro</source>
      <translation>Euro</translation>
    </message>
    <message>
      <source>Fiji dollar</source>
      <translation>Dólar fijiano</translation>
    </message>
    <message>
      <source>Falkland Islands pound</source>
      <translation>Libra das Ilhas Falkland</translation>
    </message>
    <message>
      <source>Pound sterling</source>
      <translation>Libra esterlina britânica</translation>
    </message>
    <message>
      <source>Georgian lari</source>
      <translation>Lari georgiano</translation>
    </message>
    <message>
      <source>Ghanaian cedi</source>
      <translation>Cedi ganês</translation>
    </message>
    <message>
      <source>Gibraltar pound</source>
      <translation>Libra de Gibraltar</translation>
    </message>
    <message>
      <source>Gambian dalasi</source>
      <translation>Dalasi gambiano</translation>
    </message>
    <message>
      <source>Guinean franc</source>
      <translation>Franco guineense</translation>
    </message>
    <message>
      <source>Guatemalan quetzal</source>
      <translation>Quetzal da Guatemala</translation>
    </message>
    <message>
      <source>Guyanese dollar</source>
      <translation>Dólar da Guiana</translation>
    </message>
    <message>
      <source>Hong Kong dollar</source>
      <translation>Dólar de Hong Kong</translation>
    </message>
    <message>
      <source>Honduran lempira</source>
      <translation>Lempira das Honduras</translation>
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
      <translation>Forint húngaro</translation>
    </message>
    <message>
      <source>Indonesian rupiah</source>
      <translation>Rupia indonésia</translation>
    </message>
    <message>
      <source>Israeli new shekel</source>
      <translation>Sheqel novo israelita</translation>
    </message>
    <message>
      <source>Indian rupee</source>
      <translation>Rupia indiana</translation>
    </message>
    <message>
      <source>Iraqi dinar</source>
      <translation>Dinar iraquiano</translation>
    </message>
    <message>
      <source>Iranian rial</source>
      <translation>Rial iraniano</translation>
    </message>
    <message>
      <source>Icelandic króna</source>
      <translation>Coroa islandesa</translation>
    </message>
    <message>
      <source>Jamaican dollar</source>
      <translation>Dólar jamaicano</translation>
    </message>
    <message>
      <source>Jordanian dinar</source>
      <translation>Dinar jordaniano</translation>
    </message>
    <message>
      <source>Japanese yen</source>
      <translation>Iene japonês</translation>
    </message>
    <message>
      <source>Kenyan shilling</source>
      <translation>Xelim queniano</translation>
    </message>
    <message>
      <source>Kyrgyzstani som</source>
      <translation>Som quirguiz</translation>
    </message>
    <message>
      <source>Cambodian riel</source>
      <translation>Riel cambojano</translation>
    </message>
    <message>
      <source>Comorian franc</source>
      <translation>Franco comoriano</translation>
    </message>
    <message>
      <source>North Korean won</source>
      <translation>Won norte-coreano</translation>
    </message>
    <message>
      <source>South Korean won</source>
      <translation>Won sul-coreano</translation>
    </message>
    <message>
      <source>Kuwaiti dinar</source>
      <translation>Dinar kuwaitiano</translation>
    </message>
    <message>
      <source>Cayman Islands dollar</source>
      <translation>Dólar das Ilhas Caimão</translation>
    </message>
    <message>
      <source>Kazakhstani tenge</source>
      <translation>Tenge cazaque</translation>
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
      <translation>Rupia do Sri Lanka</translation>
    </message>
    <message>
      <source>Liberian dollar</source>
      <translation>Dólar liberiano</translation>
    </message>
    <message>
      <source>Lesotho loti</source>
      <translation>Loti lesotiano</translation>
    </message>
    <message>
      <source>Libyan dinar</source>
      <translation>Dinar líbio</translation>
    </message>
    <message>
      <source>Moroccan dirham</source>
      <translation>Dirham marroquino</translation>
    </message>
    <message>
      <source>Moldovan leu</source>
      <translation>Leu moldavo</translation>
    </message>
    <message>
      <source>Malagasy ariary</source>
      <translation>Ariari malgaxe</translation>
    </message>
    <message>
      <source>Macedonian denar</source>
      <translation>Dinar macedónio</translation>
    </message>
    <message>
      <source>Myanmar kyat</source>
      <translation>Kyat de Mianmar</translation>
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
      <translation>Ouguiya mauritana (1973–2017)</translation>
    </message>
    <message>
      <source>Mauritanian ouguiya</source>
      <translation>Ouguiya mauritana</translation>
    </message>
    <message>
      <source>Mauritian rupee</source>
      <translation>Rupia mauriciana</translation>
    </message>
    <message>
      <source>Maldivian rufiyaa</source>
      <translation>Rupia maldivana</translation>
    </message>
    <message>
      <source>Malawian kwacha</source>
      <translation>Kwacha malauiano</translation>
    </message>
    <message>
      <source>Mexican peso</source>
      <translation>Peso mexicano</translation>
    </message>
    <message>
      <source>Mexican unidad de inversión</source>
      <translation>Unidad de Inversion (UDI) mexicana</translation>
    </message>
    <message>
      <source>Malaysian ringgit</source>
      <translation>Ringgit malaio</translation>
    </message>
    <message>
      <source>Mozambican metical</source>
      <translation>Metical moçambicano</translation>
    </message>
    <message>
      <source>Namibian dollar</source>
      <translation>Dólar namibiano</translation>
    </message>
    <message>
      <source>Nigerian naira</source>
      <translation>Naira nigeriana</translation>
    </message>
    <message>
      <source>Nicaraguan córdoba</source>
      <translation>Córdoba nicaraguano</translation>
    </message>
    <message>
      <source>Norwegian krone</source>
      <translation>Coroa norueguesa</translation>
    </message>
    <message>
      <source>Nepalese rupee</source>
      <translation>Rupia nepalesa</translation>
    </message>
    <message>
      <source>New Zealand dollar</source>
      <translation>Dólar neozelandês</translation>
    </message>
    <message>
      <source>Omani rial</source>
      <translation>Rial omanense</translation>
    </message>
    <message>
      <source>Panamanian balboa</source>
      <translation>Balboa do Panamá</translation>
    </message>
    <message>
      <source>Peruvian sol</source>
      <translation>Sol peruano</translation>
    </message>
    <message>
      <source>Papua New Guinean kina</source>
      <translation>Kina papuásia</translation>
    </message>
    <message>
      <source>Philippine peso</source>
      <translation>Peso filipino</translation>
    </message>
    <message>
      <source>Pakistani rupee</source>
      <translation>Rupia paquistanesa</translation>
    </message>
    <message>
      <source>Polish złoty</source>
      <translation>Zloti polaco</translation>
    </message>
    <message>
      <source>Paraguayan guaraní</source>
      <translation>Guarani paraguaio</translation>
    </message>
    <message>
      <source>Qatari riyal</source>
      <translation>Rial catarense</translation>
    </message>
    <message>
      <source>Romanian leu</source>
      <translation>Leu romeno</translation>
    </message>
    <message>
      <source>Serbian dinar</source>
      <translation>Dinar sérvio</translation>
    </message>
    <message>
      <source>Russian ruble</source>
      <translation>Rublo russo</translation>
    </message>
    <message>
      <source>Rwandan franc</source>
      <translation>Franco ruandês</translation>
    </message>
    <message>
      <source>Saudi riyal</source>
      <translation>Rial saudita</translation>
    </message>
    <message>
      <source>Solomon Islands dollar</source>
      <translation>Dólar das Ilhas Salomão</translation>
    </message>
    <message>
      <source>Seychelles rupee</source>
      <translation>Rupia seichelense</translation>
    </message>
    <message>
      <source>Sudanese pound</source>
      <translation>Libra sudanesa</translation>
    </message>
    <message>
      <source>Swedish krona</source>
      <translation>Coroa sueca</translation>
    </message>
    <message>
      <source>Singapore dollar</source>
      <translation>Dólar singapuriano</translation>
    </message>
    <message>
      <source>Saint Helena pound</source>
      <translation>Libra santa-helenense</translation>
    </message>
    <message>
      <source>Sierra Leonean leone</source>
      <translation>Leone de Serra Leoa</translation>
    </message>
    <message>
      <source>Sierra Leonean leone (old)</source>
      <translation>Leone de Serra Leoa (1964—2022)</translation>
    </message>
    <message>
      <source>Somali shilling</source>
      <translation>Xelim somali</translation>
    </message>
    <message>
      <source>Surinamese dollar</source>
      <translation>Dólar do Suriname</translation>
    </message>
    <message>
      <source>South Sudanese pound</source>
      <translation>Libra sul-sudanesa</translation>
    </message>
    <message>
      <source>São Tomé and Príncipe dobra (old)</source>
      <translation>Dobra de São Tomé e Príncipe (1977–2017)</translation>
    </message>
    <message>
      <source>São Tomé and Príncipe dobra</source>
      <translation>Dobra de São Tomé e Príncipe</translation>
    </message>
    <message>
      <source>Salvadoran colón</source>
      <translation>Colom salvadorenho</translation>
    </message>
    <message>
      <source>Syrian pound</source>
      <translation>Libra síria</translation>
    </message>
    <message>
      <source>Swazi lilangeni</source>
      <translation>Lilangeni suázi</translation>
    </message>
    <message>
      <source>Thai baht</source>
      <translation>Baht tailandês</translation>
    </message>
    <message>
      <source>Tajikistani somoni</source>
      <translation>Somoni tajique</translation>
    </message>
    <message>
      <source>Turkmenistan manat</source>
      <translation>Manat turcomeno</translation>
    </message>
    <message>
      <source>Tunisian dinar</source>
      <translation>Dinar tunisino</translation>
    </message>
    <message>
      <source>Tongan paʻanga</source>
      <translation>Paʻanga tonganesa</translation>
    </message>
    <message>
      <source>Turkish lira</source>
      <translation>Lira turca</translation>
    </message>
    <message>
      <source>Trinidad and Tobago dollar</source>
      <translation>Dólar de Trindade e Tobago</translation>
    </message>
    <message>
      <source>New Taiwan dollar</source>
      <translation>Novo dólar taiwanês</translation>
    </message>
    <message>
      <source>Tanzanian shilling</source>
      <translation>Xelim tanzaniano</translation>
    </message>
    <message>
      <source>Ukrainian hryvnia</source>
      <translation>Hryvnia ucraniano</translation>
    </message>
    <message>
      <source>Ugandan shilling</source>
      <translation>Xelim ugandense</translation>
    </message>
    <message>
      <source>US dollar</source>
      <translation>Dólar dos Estados Unidos</translation>
    </message>
    <message>
      <source>US dollar (next day)</source>
      <translation>Dólar norte-americano (Dia seguinte)</translation>
    </message>
    <message>
      <source>Uruguayan peso en unidades indexadas</source>
      <translation>Peso uruguaio en unidades indexadas</translation>
    </message>
    <message>
      <source>Uruguayan peso</source>
      <translation>Peso uruguaio</translation>
    </message>
    <message>
      <source>Uruguayan unidad previsional</source>
      <translation>Unidade previsional do Uruguai</translation>
    </message>
    <message>
      <source>Uzbekistani som</source>
      <translation>Som uzbeque</translation>
    </message>
    <message>
      <source>Venezuelan digital bolívar</source>
      <translation>Bolívar digital venezuelano</translation>
    </message>
    <message>
      <source>Venezuelan bolívar fuerte (old)</source>
      <translation>Bolívar (2008–2018)</translation>
    </message>
    <message>
      <source>Venezuelan sovereign bolívar</source>
      <translation>Bolívar</translation>
    </message>
    <message>
      <source>Vietnamese đồng</source>
      <translation>Dong vietnamita</translation>
    </message>
    <message>
      <source>Vanuatu vatu</source>
      <translation>Vatu de Vanuatu</translation>
    </message>
    <message>
      <source>Samoan tālā</source>
      <translation>Tala samoano</translation>
    </message>
    <message>
      <source>Central African CFA franc</source>
      <translation>Franco CFA (BEAC)</translation>
    </message>
    <message>
      <source>East Caribbean dollar</source>
      <translation>Dólar das Caraíbas Orientais</translation>
    </message>
    <message>
      <source>Caribbean guilder</source>
      <translation>Florim caribenho</translation>
    </message>
    <message>
      <source>West African CFA franc</source>
      <translation>Franco CFA (BCEAO)</translation>
    </message>
    <message>
      <source>CFP franc</source>
      <translation>Franco CFP</translation>
    </message>
    <message>
      <source>Yemeni rial</source>
      <translation>Rial iemenita</translation>
    </message>
    <message>
      <source>South African rand</source>
      <translation>Rand sul-africano</translation>
    </message>
    <message>
      <source>Zambian kwacha</source>
      <translation>Kwacha zambiano</translation>
    </message>
    <message>
      <source>Zimbabwe gold</source>
      <translation>Ouro zimbabuense</translation>
    </message>
    <message>
      <source>Zimbabwean dollar (old)</source>
      <translation>Dólar do Zimbábue (2009)</translation>
    </message>
  </context>
  <context>
    <name>Custody</name>
    <message>
      <source>Scan or choose at least one item.</source>
      <translation>Leia ou escolha pelo menos um objeto.</translation>
    </message>
    <message>
      <source>Item {item} is not registered here.</source>
      <translation>O objeto {item} não está registado aqui.</translation>
    </message>
    <message>
      <source>Item {item} has no custody record yet; register it first.</source>
      <translation>O objeto {item} ainda não tem registo de custódia; registe-o primeiro.</translation>
    </message>
    <message>
      <source>Item {item} is {status}: it cannot move and nothing more can be recorded for it.</source>
      <translation>O objeto {item} tem a situação «{status}»: já não pode ser movimentado e nada mais pode ser registado para ele.</translation>
    </message>
    <message>
      <source>Item {item} is at the laboratory: record its return from the laboratory first.</source>
      <translation>O objeto {item} está no laboratório: registe primeiro o seu regresso do laboratório.</translation>
    </message>
    <message>
      <source>Item {item} is at court: record its return from court first.</source>
      <translation>O objeto {item} está no tribunal: registe primeiro o seu regresso do tribunal.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}, not by you: only the officer who holds an item can hand it over or act on it.</source>
      <translation>O objeto {item} está na posse de {holder}, não na sua: só o agente que detém um objeto o pode entregar ou agir sobre ele.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}, not by you: {holder} must sign this too (type their password), or hand the item over to you first.</source>
      <translation>O objeto {item} está na posse de {holder}, não na sua: {holder} também tem de assinar (escrevendo a sua palavra-passe), ou entregar-lhe primeiro o objeto.</translation>
    </message>
    <message>
      <source>{user} does not hold item {item} ({holder} does): only the holder can countersign.</source>
      <translation>{user} não detém o objeto {item} (é {holder}): só o detentor pode contra-assinar.</translation>
    </message>
    <message>
      <source>Item {item} is in storage at {location}: only an evidence custodian can take it out or act on it.</source>
      <translation>O objeto {item} está armazenado em {location}: só um responsável pela custódia o pode retirar ou agir sobre ele.</translation>
    </message>
    <message>
      <source>Item {item} is not in storage (it is {status}).</source>
      <translation>O objeto {item} não está no armazém (situação: {status}).</translation>
    </message>
    <message>
      <source>Item {item} is already in storage at {location}. Use 'move' to put it somewhere else.</source>
      <translation>O objeto {item} já está armazenado em {location}. Use «mudar de lugar» para o colocar noutro sítio.</translation>
    </message>
    <message>
      <source>Item {item} is already at {location}.</source>
      <translation>O objeto {item} já está em {location}.</translation>
    </message>
    <message>
      <source>Item {item} is recorded at {recorded}, not at {location}.</source>
      <translation>O objeto {item} está registado em {recorded}, não em {location}.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}. {holder} must sign the check-in (type their password), or hand the item over to you first.</source>
      <translation>O objeto {item} está na posse de {holder}. {holder} tem de assinar a entrada no armazém (escrevendo a sua palavra-passe) ou entregar-lhe primeiro o objeto.</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself.</source>
      <translation>Não pode entregar objetos a si próprio.</translation>
    </message>
    <message>
      <source>{user} already holds item {item}.</source>
      <translation>{user} já detém o objeto {item}.</translation>
    </message>
    <message>
      <source>{user} is not an active user: they cannot sign for evidence.</source>
      <translation>{user} não é um utilizador ativo: não pode assinar pela receção de provas.</translation>
    </message>
    <message>
      <source>The signing key of {user} is no longer current. Ask them to type their password again.</source>
      <translation>A chave de assinatura de {user} já não é a atual. Peça-lhe que escreva de novo a palavra-passe.</translation>
    </message>
    <message>
      <source>{user} is not allowed to receive evidence (their roles do not include handling items).</source>
      <translation>{user} não pode receber provas (as suas funções não incluem o manuseamento de objetos).</translation>
    </message>
    <message>
      <source>{user} must sign to receive the items: ask them to type their password.</source>
      <translation>{user} tem de assinar para receber os objetos: peça-lhe que escreva a sua palavra-passe.</translation>
    </message>
    <message>
      <source>There is no location {location}.</source>
      <translation>Não existe o local {location}.</translation>
    </message>
    <message>
      <source>Location {location} is no longer in use.</source>
      <translation>O local {location} já não está em uso.</translation>
    </message>
    <message>
      <source>Check the seal of item {item} (seal {seal} on record) and say whether it is intact.</source>
      <translation>Verifique o selo do objeto {item} (selo {seal} registado) e indique se está intacto.</translation>
    </message>
    <message>
      <source>The seal of item {item} does not match the record (seal {seal} on record, {seen} seen, intact: {intact}). Write a memo explaining what was found.</source>
      <translation>O selo do objeto {item} não corresponde ao registo (selo {seal} registado, {seen} observado, intacto: {intact}). Escreva uma nota a explicar o que foi encontrado.</translation>
    </message>
    <message>
      <source>The drawn signature {sha} was not saved as an attachment.</source>
      <translation>A assinatura desenhada {sha} não foi guardada como anexo.</translation>
    </message>
    <message>
      <source>A signature reference must be the 64-character SHA-256 of the stored image.</source>
      <translation>Uma referência de assinatura tem de ser o SHA-256 de 64 carateres da imagem guardada.</translation>
    </message>
    <message>
      <source>Item {item} has no seal on record.</source>
      <translation>O objeto {item} não tem nenhum selo registado.</translation>
    </message>
    <message>
      <source>Item {item} is still sealed with seal {seal}: record that seal as broken before applying a new one.</source>
      <translation>O objeto {item} ainda está selado com o selo {seal}: registe esse selo como rompido antes de aplicar um novo.</translation>
    </message>
    <message>
      <source>Item {item} is not at the laboratory (it is {status}).</source>
      <translation>O objeto {item} não está no laboratório (situação: {status}).</translation>
    </message>
    <message>
      <source>Item {item} is not at court (it is {status}).</source>
      <translation>O objeto {item} não está no tribunal (situação: {status}).</translation>
    </message>
    <message>
      <source>Item {item} was sent to the laboratory under number {expected}, not {given}. Check the item and the paperwork.</source>
      <translation>O objeto {item} foi enviado ao laboratório com o número {expected}, não {given}. Verifique o objeto e a documentação.</translation>
    </message>
    <message>
      <source>Weights are whole milligrams, 0 or more.</source>
      <translation>Os pesos são miligramas inteiros, 0 ou mais.</translation>
    </message>
    <message>
      <source>The weight is more than 10 tonnes; check the number and the unit.</source>
      <translation>O peso é superior a 10 toneladas; verifique o número e a unidade.</translation>
    </message>
    <message>
      <source>Give the gross or the net weight (or both).</source>
      <translation>Indique o peso bruto ou o peso líquido (ou ambos).</translation>
    </message>
    <message>
      <source>The net weight cannot be more than the gross weight.</source>
      <translation>O peso líquido não pode ser maior do que o peso bruto.</translation>
    </message>
    <message>
      <source>There is no discrepancy number {seq} for item {item}.</source>
      <translation>Não existe a divergência número {seq} para o objeto {item}.</translation>
    </message>
    <message>
      <source>Discrepancy {seq} was already acknowledged (entry {ack}).</source>
      <translation>A divergência {seq} já foi aceite (entrada {ack}).</translation>
    </message>
    <message>
      <source>You recorded the action that raised discrepancy {seq}: another supervisor must acknowledge it.</source>
      <translation>Foi o próprio a registar a ação que originou a divergência {seq}: outro supervisor tem de a aceitar.</translation>
    </message>
    <message>
      <source>A recovery needs a second person: you cannot also be the second signer.</source>
      <translation>Uma recuperação precisa de uma segunda pessoa: não pode ser também o segundo signatário.</translation>
    </message>
    <message>
      <source>{user} cannot co-sign a recovery: only a supervisor or an administrator can.</source>
      <translation>{user} não pode coassinar uma recuperação: só um supervisor ou um administrador pode.</translation>
    </message>
    <message>
      <source>{user} holds item {item}: they can simply hand it over; a recovery is for an absent holder.</source>
      <translation>{user} detém o objeto {item}: pode simplesmente entregá-lo; a recuperação é para um detentor ausente.</translation>
    </message>
    <message>
      <source>Item {item} is not with an officer (it is {status}): there is nothing to recover.</source>
      <translation>O objeto {item} não está com um agente (situação: {status}): não há nada a recuperar.</translation>
    </message>
    <message>
      <source>You already hold item {item}.</source>
      <translation>Já detém o objeto {item}.</translation>
    </message>
  </context>
  <context>
    <name>CustodyPages</name>
    <message>
      <source>Checking…</source>
      <translation>A verificar…</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit (a supervisor resolves them)</source>
      <translation>Em falta ou fora do lugar num inventário (um supervisor regulariza-os)</translation>
    </message>
    <message>
      <source>Overdue at the laboratory</source>
      <translation>Em atraso no laboratório</translation>
    </message>
    <message>
      <source>Overdue at court</source>
      <translation>Em atraso no tribunal</translation>
    </message>
    <message>
      <source>Awaiting disposal</source>
      <translation>A aguardar destino final</translation>
    </message>
    <message>
      <source>Weight discrepancies to acknowledge</source>
      <translation>Divergências de peso a aceitar</translation>
    </message>
    <message>
      <source>With an officer for more than {n} days (bring them to the evidence room)</source>
      <translation>Com um agente há mais de {n} dias (a levar ao depósito de provas)</translation>
    </message>
    <message>
      <source>Held or stored with no label printed</source>
      <translation>Detidos ou armazenados sem etiqueta impressa</translation>
    </message>
    <message>
      <source>Resolve the selected finding…</source>
      <translation>Regularizar a constatação selecionada…</translation>
    </message>
    <message>
      <source>Nothing needs attention.</source>
      <translation>Nada requer atenção.</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>em falta</translation>
    </message>
    <message>
      <source>misplaced</source>
      <translation>fora do lugar</translation>
    </message>
    <message>
      <source>{item} · {description}: {finding} at the audit of {when} by {who} (recorded at {recorded})</source>
      <translation>{item} · {description}: {finding} no inventário de {when} por {who} (registado em {recorded})</translation>
    </message>
    <message>
      <source>{item} · {description}: at {place} since {since} ({days} days; limit {limit})</source>
      <translation>{item} · {description}: no {place} desde {since} ({days} dias; limite {limit})</translation>
    </message>
    <message>
      <source>{item} · {description}: {place} since {since} ({days} days; limit {limit})</source>
      <translation>{item} · {description}: {place} desde {since} ({days} dias; limite {limit})</translation>
    </message>
    <message>
      <source>{item} · {description}: authorised by {who} on {when}, order {order}</source>
      <translation>{item} · {description}: autorizado por {who} em {when}, despacho {order}</translation>
    </message>
    <message>
      <source>{item} · {description}: held by {who} since {since}</source>
      <translation>{item} · {description}: na posse de {who} desde {since}</translation>
    </message>
    <message>
      <source>{item} · {description}: {where}</source>
      <translation>{item} · {description}: {where}</translation>
    </message>
    <message>
      <source>held by {who}</source>
      <translation>na posse de {who}</translation>
    </message>
    <message>
      <source>stored at {location}</source>
      <translation>guardado em {location}</translation>
    </message>
    <message>
      <source>{n} more not listed: the {listed} oldest are shown.</source>
      <translation>Mais {n} não listados: são mostrados os {listed} mais antigos.</translation>
    </message>
    <message>
      <source>{n} alert(s)</source>
      <translation>{n} alerta(s)</translation>
    </message>
    <message>
      <source>No alerts</source>
      <translation>Sem alertas</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <source>With {officer}</source>
      <translation>Com {officer}</translation>
    </message>
    <message>
      <source>In storage at {location}</source>
      <translation>Armazenado em {location}</translation>
    </message>
    <message>
      <source>Registered, with {officer}</source>
      <translation>Registado, com {officer}</translation>
    </message>
    <message>
      <source>Scan a barcode, or type the code and press Enter</source>
      <translation>Leia um código de barras, ou escreva o código e prima Enter</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Objeto</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Onde</translation>
    </message>
    <message>
      <source>Seal on record</source>
      <translation>Selo registado</translation>
    </message>
    <message>
      <source>Seal intact</source>
      <translation>Selo intacto</translation>
    </message>
    <message>
      <source>Seal number seen</source>
      <translation>Número do selo observado</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>Retirar selecionados</translation>
    </message>
    <message>
      <source>Empty the basket</source>
      <translation>Esvaziar o cesto</translation>
    </message>
    <message>
      <source>not sealed</source>
      <translation>sem selo</translation>
    </message>
    <message>
      <source>intact</source>
      <translation>intacto</translation>
    </message>
    <message>
      <source>number on the seal</source>
      <translation>número do selo</translation>
    </message>
    <message>
      <source>No items scanned yet.</source>
      <translation>Ainda não foi lido nenhum objeto.</translation>
    </message>
    <message>
      <source>{n} item(s) in the basket</source>
      <translation>{n} objeto(s) no cesto</translation>
    </message>
    <message>
      <source>Scan the badge, or type the username or badge number</source>
      <translation>Leia o cartão ou escreva o utilizador ou a matrícula</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nome de utilizador</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Palavra-passe</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Assinar</translation>
    </message>
    <message>
      <source>Type the username and the password.</source>
      <translation>Escreva o nome de utilizador e a palavra-passe.</translation>
    </message>
    <message>
      <source>{code}: this step does not use {what}.</source>
      <translation>{code}: este passo não usa {what}.</translation>
    </message>
    <message>
      <source>item numbers</source>
      <translation>números de objeto</translation>
    </message>
    <message>
      <source>location codes</source>
      <translation>códigos de local</translation>
    </message>
    <message>
      <source>badge codes</source>
      <translation>códigos de cartão</translation>
    </message>
    <message>
      <source>{code} cannot be used on this page.</source>
      <translation>{code} não pode ser usado nesta página.</translation>
    </message>
    <message>
      <source>{item} is already in the basket.</source>
      <translation>{item} já está no cesto.</translation>
    </message>
    <message>
      <source>{item} added: {description}</source>
      <translation>{item} adicionado: {description}</translation>
    </message>
    <message>
      <source>{code} is not a badge.</source>
      <translation>{code} não é um cartão.</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>Destino final</translation>
    </message>
    <message>
      <source>A supervisor authorises the disposal under a court order; it is then carried out before two witnesses who never had anything to do with the item.</source>
      <translation>Um supervisor autoriza o destino final com base numa decisão judicial; este é depois executado perante duas testemunhas que nunca tiveram nada a ver com o objeto.</translation>
    </message>
    <message>
      <source>Items to dispose of</source>
      <translation>Objetos para destino final</translation>
    </message>
    <message>
      <source>e.g. Dili District Court</source>
      <translation>p. ex. Tribunal Distrital de Díli</translation>
    </message>
    <message>
      <source>the order's number</source>
      <translation>o número do despacho</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>Autoridade</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>Referência do despacho</translation>
    </message>
    <message>
      <source>Authorise disposal</source>
      <translation>Autorizar o destino final</translation>
    </message>
    <message>
      <source>Only a supervisor can authorise a disposal.</source>
      <translation>Só um supervisor pode autorizar um destino final.</translation>
    </message>
    <message>
      <source>Authorise</source>
      <translation>Autorizar</translation>
    </message>
    <message>
      <source>Scan the item being disposed of</source>
      <translation>Leia o objeto em causa</translation>
    </message>
    <message>
      <source>No item scanned yet.</source>
      <translation>Ainda não foi lido nenhum objeto.</translation>
    </message>
    <message>
      <source>How and before whom</source>
      <translation>Como e perante quem</translation>
    </message>
    <message>
      <source>e.g. incinerated at the municipal plant, furnace 2</source>
      <translation>p. ex. incinerado na central municipal, forno 2</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>opcional</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>O que foi feito</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>First witness</source>
      <translation>Primeira testemunha</translation>
    </message>
    <message>
      <source>Second witness</source>
      <translation>Segunda testemunha</translation>
    </message>
    <message>
      <source>Scan each witness's badge (or type the username); each witness then types their password on this workstation.</source>
      <translation>Leia o cartão de cada testemunha (ou escreva o nome de utilizador); cada testemunha escreve depois a sua palavra-passe neste computador.</translation>
    </message>
    <message>
      <source>Carry out the disposal…</source>
      <translation>Executar o destino final…</translation>
    </message>
    <message>
      <source>Carry out</source>
      <translation>Executar</translation>
    </message>
    <message>
      <source>{item} was already disposed of or released.</source>
      <translation>{item} já teve destino final ou foi restituído.</translation>
    </message>
    <message>
      <source>Disposal of {item} was already authorised ({order}).</source>
      <translation>O destino final de {item} já foi autorizado ({order}).</translation>
    </message>
    <message>
      <source>Not authorised: a supervisor must authorise it first.</source>
      <translation>Não autorizado: um supervisor tem de o autorizar primeiro.</translation>
    </message>
    <message>
      <source>Disposal of {item} has not been authorised.</source>
      <translation>O destino final de {item} não foi autorizado.</translation>
    </message>
    <message>
      <source>Authorised by {who}: {method}, {authority}, order {order}.</source>
      <translation>Autorizado por {who}: {method}, {authority}, despacho {order}.</translation>
    </message>
    <message>
      <source>{item}: ready to be disposed of.</source>
      <translation>{item}: pronto para o destino final.</translation>
    </message>
    <message>
      <source>{item} has an open weight discrepancy: a supervisor must acknowledge it first.</source>
      <translation>{item} tem uma divergência de peso em aberto: um supervisor tem de a aceitar primeiro.</translation>
    </message>
    <message>
      <source>Scan at least one item.</source>
      <translation>Leia pelo menos um objeto.</translation>
    </message>
    <message>
      <source>Disposal of {n} item(s) authorised.</source>
      <translation>Destino final de {n} objeto(s) autorizado.</translation>
    </message>
    <message>
      <source>Scan the item being disposed of.</source>
      <translation>Leia o objeto em causa.</translation>
    </message>
    <message>
      <source>Scan the badges of both witnesses (or type their usernames).</source>
      <translation>Leia os cartões das duas testemunhas (ou escreva os nomes de utilizador).</translation>
    </message>
    <message>
      <source>The two witnesses must be two different people.</source>
      <translation>As duas testemunhas têm de ser duas pessoas diferentes.</translation>
    </message>
    <message>
      <source>You carry out the disposal: you cannot also be one of its witnesses.</source>
      <translation>É o próprio a executar o destino final: não pode ser também uma das testemunhas.</translation>
    </message>
    <message>
      <source>Witness {n} signs</source>
      <translation>Assinatura da testemunha {n}</translation>
    </message>
    <message>
      <source>{who}: you witness the disposal of {item} ({description}). Type your password to sign.</source>
      <translation>{who}: é testemunha do destino final de {item} ({description}). Escreva a sua palavra-passe para assinar.</translation>
    </message>
    <message>
      <source>{item} disposed of (ledger entry {seq}).</source>
      <translation>Destino final de {item} executado (entrada do registo {seq}).</translation>
    </message>
    <message>
      <source>{item} is at the laboratory: record its return first.</source>
      <translation>{item} está no laboratório: registe primeiro o seu regresso.</translation>
    </message>
    <message>
      <source>{item} is at court: record its return first.</source>
      <translation>{item} está no tribunal: registe primeiro o seu regresso.</translation>
    </message>
    <message>
      <source>{item} was disposed of: it cannot move any more.</source>
      <translation>{item} já teve destino final: não pode voltar a ser movimentado.</translation>
    </message>
    <message>
      <source>{item} was released to its owner: it cannot move any more.</source>
      <translation>{item} foi restituído ao proprietário: não pode voltar a ser movimentado.</translation>
    </message>
    <message>
      <source>{item} is in storage at {location}: only an evidence custodian can take it out.</source>
      <translation>{item} está armazenado em {location}: só um responsável pela custódia o pode retirar.</translation>
    </message>
    <message>
      <source>{item} is held by {holder}, not by you.</source>
      <translation>{item} está na posse de {holder}, não na sua.</translation>
    </message>
    <message>
      <source>Hand over evidence</source>
      <translation>Entregar provas</translation>
    </message>
    <message>
      <source>Scan each item, then the receiving officer's badge. The receiver checks the seals and signs with their password on this workstation.</source>
      <translation>Leia cada objeto e depois o cartão do agente que os recebe. Quem recebe verifica os selos e assina com a sua palavra-passe neste computador.</translation>
    </message>
    <message>
      <source>1. Items</source>
      <translation>1. Objetos</translation>
    </message>
    <message>
      <source>For each sealed item the receiver reads the number on the seal and ticks 'intact' only if the seal is unbroken.</source>
      <translation>Para cada objeto selado, quem recebe lê o número do selo e só marca «intacto» se o selo não estiver rompido.</translation>
    </message>
    <message>
      <source>2. Receiving officer</source>
      <translation>2. Agente que recebe</translation>
    </message>
    <message>
      <source>3. Purpose</source>
      <translation>3. Finalidade</translation>
    </message>
    <message>
      <source>e.g. for analysis at the laboratory</source>
      <translation>p. ex. para análise no laboratório</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Finalidade</translation>
    </message>
    <message>
      <source>Required when a seal is broken or its number differs from the record</source>
      <translation>Obrigatório quando um selo está rompido ou o seu número difere do registo</translation>
    </message>
    <message>
      <source>4. Receiver's signature (optional)</source>
      <translation>4. Assinatura de quem recebe (opcional)</translation>
    </message>
    <message>
      <source>Clear signature</source>
      <translation>Apagar a assinatura</translation>
    </message>
    <message>
      <source>Hand over…</source>
      <translation>Entregar…</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself: scan the receiving officer's badge.</source>
      <translation>Não pode entregar objetos a si próprio: leia o cartão do agente que os recebe.</translation>
    </message>
    <message>
      <source>Receiver: {name}</source>
      <translation>Recebe: {name}</translation>
    </message>
    <message>
      <source>The seal of {items} is not intact or does not match the record: write a memo; a broken seal will be recorded.</source>
      <translation>O selo de {items} não está intacto ou não corresponde ao registo: escreva uma nota; será registado um selo rompido.</translation>
    </message>
    <message>
      <source>Scan the receiving officer's badge or type their username.</source>
      <translation>Leia o cartão do agente que recebe ou escreva o seu nome de utilizador.</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself.</source>
      <translation>Não pode entregar objetos a si próprio.</translation>
    </message>
    <message>
      <source>Say what the items are handed over for.</source>
      <translation>Indique para que são entregues os objetos.</translation>
    </message>
    <message>
      <source>Read the seal number of {items} and type it in.</source>
      <translation>Leia o número do selo de {items} e escreva-o.</translation>
    </message>
    <message>
      <source>A seal is not intact or does not match: write a memo explaining what was found.</source>
      <translation>Um selo não está intacto ou não corresponde: escreva uma nota a explicar o que foi encontrado.</translation>
    </message>
    <message>
      <source>Receiving officer signs</source>
      <translation>Assinatura do agente que recebe</translation>
    </message>
    <message>
      <source>{receiver}: check the {n} item(s) and their seals, then type your password to receive them. Purpose: {purpose}</source>
      <translation>{receiver}: verifique o(s) {n} objeto(s) e os seus selos e depois escreva a sua palavra-passe para os receber. Finalidade: {purpose}</translation>
    </message>
    <message>
      <source>{n} item(s) handed over to {who} (ledger entries {first}–{last}).</source>
      <translation>{n} objeto(s) entregue(s) a {who} (entradas do registo {first}–{last}).</translation>
    </message>
    <message>
      <source>Inventory audit</source>
      <translation>Inventário</translation>
    </message>
    <message>
      <source>Choose or scan the location to audit, then scan every item there (and the shelves and bins inside it as you go). Missing, unexpected and misplaced items are listed as you scan.</source>
      <translation>Escolha ou leia o local a inventariar e depois leia todos os objetos que lá estão (e as prateleiras e caixas dentro dele, à medida que avança). Os objetos em falta, inesperados e fora do lugar aparecem à medida que lê.</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>Start the audit</source>
      <translation>Iniciar o inventário</translation>
    </message>
    <message>
      <source>Abandon</source>
      <translation>Abandonar</translation>
    </message>
    <message>
      <source>No audit in progress.</source>
      <translation>Nenhum inventário em curso.</translation>
    </message>
    <message>
      <source>Scan items and locations, or type a code and press Enter</source>
      <translation>Leia objetos e locais, ou escreva um código e prima Enter</translation>
    </message>
    <message>
      <source>What was scanned</source>
      <translation>O que foi lido</translation>
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
      <translation>Em falta</translation>
    </message>
    <message>
      <source>Unexpected</source>
      <translation>Inesperados</translation>
    </message>
    <message>
      <source>Misplaced</source>
      <translation>Fora do lugar</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Concluir</translation>
    </message>
    <message>
      <source>optional remark for the record</source>
      <translation>observação opcional para o registo</translation>
    </message>
    <message>
      <source>Finish and record the audit</source>
      <translation>Concluir e registar o inventário</translation>
    </message>
    <message>
      <source>Save the discrepancy report as PDF…</source>
      <translation>Guardar o relatório de divergências em PDF…</translation>
    </message>
    <message>
      <source>being looked up</source>
      <translation>a procurar</translation>
    </message>
    <message>
      <source>not registered</source>
      <translation>não registado</translation>
    </message>
    <message>
      <source>recorded at</source>
      <translation>registado em</translation>
    </message>
    <message>
      <source>found at</source>
      <translation>encontrado em</translation>
    </message>
    <message>
      <source>Auditing {code} · {name}: {n} item(s) expected in {m} location(s).</source>
      <translation>Inventário de {code} · {name}: {n} objeto(s) esperado(s) em {m} local(is).</translation>
    </message>
    <message>
      <source>Scanning at {location}</source>
      <translation>A ler em {location}</translation>
    </message>
    <message>
      <source>Choose the location to audit (or scan its code).</source>
      <translation>Escolha o local a inventariar (ou leia o seu código).</translation>
    </message>
    <message>
      <source>Audit of {code} started: scan everything there.</source>
      <translation>Inventário de {code} iniciado: leia tudo o que lá está.</translation>
    </message>
    <message>
      <source>Audit abandoned: nothing was recorded.</source>
      <translation>Inventário abandonado: nada foi registado.</translation>
    </message>
    <message>
      <source>{code} is a badge: scan items and locations.</source>
      <translation>{code} é um cartão: leia objetos e locais.</translation>
    </message>
    <message>
      <source>Recorded: {found} found, {missing} missing, {unexpected} unexpected, {misplaced} misplaced (of {expected} expected). Save the discrepancy report to print it.</source>
      <translation>Registado: {found} encontrado(s), {missing} em falta, {unexpected} inesperado(s), {misplaced} fora do lugar (de {expected} esperado(s)). Guarde o relatório de divergências para o imprimir.</translation>
    </message>
    <message>
      <source>Audit of {code} recorded.</source>
      <translation>Inventário de {code} registado.</translation>
    </message>
    <message>
      <source>Discrepancy report saved: {path}</source>
      <translation>Relatório de divergências guardado: {path}</translation>
    </message>
    <message>
      <source>Save the discrepancy report</source>
      <translation>Guardar o relatório de divergências</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <source>{field}: expected {expected}, found {found} ({sign}{diff}; tolerance {tol})</source>
      <translation>{field}: esperado {expected}, encontrado {found} ({sign}{diff}; tolerância {tol})</translation>
    </message>
    <message>
      <source>gross weight</source>
      <translation>peso bruto</translation>
    </message>
    <message>
      <source>net weight</source>
      <translation>peso líquido</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>Entrada</translation>
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
      <translation>Motivo (p. ex. perda de humidade confirmada pelo laboratório)</translation>
    </message>
    <message>
      <source>Acknowledge</source>
      <translation>Aceitar</translation>
    </message>
    <message>
      <source>Only a supervisor can acknowledge a discrepancy.</source>
      <translation>Só um supervisor pode aceitar uma divergência.</translation>
    </message>
    <message>
      <source>Choose the discrepancy to acknowledge.</source>
      <translation>Escolha a divergência a aceitar.</translation>
    </message>
    <message>
      <source>Give the reason the discrepancy is accepted.</source>
      <translation>Indique porque é aceite a divergência.</translation>
    </message>
    <message>
      <source>Discrepancy {seq} of {item} acknowledged (entry {ack}).</source>
      <translation>Divergência {seq} de {item} aceite (entrada {ack}).</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratório</translation>
    </message>
    <message>
      <source>Send items for analysis with the request; record their return with the results and the weights.</source>
      <translation>Envie objetos para análise com a requisição; registe o seu regresso com os resultados e os pesos.</translation>
    </message>
    <message>
      <source>Items to send</source>
      <translation>Objetos a enviar</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Requisição</translation>
    </message>
    <message>
      <source>e.g. National forensic laboratory</source>
      <translation>p. ex. Laboratório Nacional de Polícia Científica</translation>
    </message>
    <message>
      <source>the laboratory's case number, if known</source>
      <translation>o número do processo no laboratório, se for conhecido</translation>
    </message>
    <message>
      <source>What the laboratory is asked to examine</source>
      <translation>O que se pede ao laboratório que examine</translation>
    </message>
    <message>
      <source>Laboratory number</source>
      <translation>Número do laboratório</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>Recebido por</translation>
    </message>
    <message>
      <source>Their signature (optional)</source>
      <translation>A assinatura dele (opcional)</translation>
    </message>
    <message>
      <source>Send to the laboratory</source>
      <translation>Enviar ao laboratório</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Enviar</translation>
    </message>
    <message>
      <source>Item back from the laboratory</source>
      <translation>Objeto de regresso do laboratório</translation>
    </message>
    <message>
      <source>Scan the item that came back</source>
      <translation>Leia o objeto que regressou</translation>
    </message>
    <message>
      <source>as on the laboratory's report</source>
      <translation>tal como no relatório do laboratório</translation>
    </message>
    <message>
      <source>The laboratory's findings</source>
      <translation>As conclusões do laboratório</translation>
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
      <translation>quantidade consumida na análise, p. ex. 2 g</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Handed back by</source>
      <translation>Devolvido por</translation>
    </message>
    <message>
      <source>Gross weight</source>
      <translation>Peso bruto</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Peso líquido</translation>
    </message>
    <message>
      <source>Consumed in analysis</source>
      <translation>Consumido na análise</translation>
    </message>
    <message>
      <source>Weights without a unit are grams.</source>
      <translation>Os pesos sem unidade estão em gramas.</translation>
    </message>
    <message>
      <source>Record the return</source>
      <translation>Registar o regresso</translation>
    </message>
    <message>
      <source>Weight discrepancies awaiting acknowledgement</source>
      <translation>Divergências de peso a aguardar aceitação</translation>
    </message>
    <message>
      <source>Back from the laboratory</source>
      <translation>Regresso do laboratório</translation>
    </message>
    <message>
      <source>{item} is not at the laboratory (it is: {where}).</source>
      <translation>{item} não está no laboratório (situação: {where}).</translation>
    </message>
    <message>
      <source>Weights on record: gross {gross}, net {net}</source>
      <translation>Pesos registados: bruto {gross}, líquido {net}</translation>
    </message>
    <message>
      <source>{item} is back: enter the results and the weights.</source>
      <translation>{item} regressou: introduza os resultados e os pesos.</translation>
    </message>
    <message>
      <source>{n} item(s) sent to {lab}.</source>
      <translation>{n} objeto(s) enviado(s) para {lab}.</translation>
    </message>
    <message>
      <source>Scan the item that came back from the laboratory.</source>
      <translation>Leia o objeto que regressou do laboratório.</translation>
    </message>
    <message>
      <source>Weight discrepancy raised for {item} (entry {seq}): {details}. A supervisor must acknowledge it before the item can be disposed of.</source>
      <translation>Divergência de peso originada para {item} (entrada {seq}): {details}. Um supervisor tem de a aceitar antes de o objeto poder ter destino final.</translation>
    </message>
    <message>
      <source>{item} is back, with a weight discrepancy.</source>
      <translation>{item} regressou, com uma divergência de peso.</translation>
    </message>
    <message>
      <source>{item} is back from the laboratory; the weights agree.</source>
      <translation>{item} regressou do laboratório; os pesos conferem.</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Take items to a hearing and record their return.</source>
      <translation>Leve objetos a uma audiência e registe o seu regresso.</translation>
    </message>
    <message>
      <source>Items for court</source>
      <translation>Objetos para o tribunal</translation>
    </message>
    <message>
      <source>e.g. Trial hearing, 3 December, courtroom 2</source>
      <translation>p. ex. Audiência de julgamento, 3 de dezembro, sala 2</translation>
    </message>
    <message>
      <source>the court's case reference</source>
      <translation>a referência do processo no tribunal</translation>
    </message>
    <message>
      <source>Hearing</source>
      <translation>Audiência</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Referência do tribunal</translation>
    </message>
    <message>
      <source>Take to court</source>
      <translation>Levar ao tribunal</translation>
    </message>
    <message>
      <source>To court</source>
      <translation>Para o tribunal</translation>
    </message>
    <message>
      <source>Items back from court</source>
      <translation>Objetos de regresso do tribunal</translation>
    </message>
    <message>
      <source>optional: what happened to the items at court</source>
      <translation>opcional: o que aconteceu aos objetos no tribunal</translation>
    </message>
    <message>
      <source>Back from court</source>
      <translation>Regresso do tribunal</translation>
    </message>
    <message>
      <source>{item} is not at court.</source>
      <translation>{item} não está no tribunal.</translation>
    </message>
    <message>
      <source>{n} item(s) taken to court.</source>
      <translation>{n} objeto(s) levado(s) ao tribunal.</translation>
    </message>
    <message>
      <source>{n} item(s) back from court.</source>
      <translation>{n} objeto(s) de regresso do tribunal.</translation>
    </message>
    <message>
      <source>Barcode scanner</source>
      <translation>Leitor de códigos de barras</translation>
    </message>
    <message>
      <source>A scanner types like a keyboard, only much faster. Without a prefix Custody tells a scan from typing by the speed of the keys and the Enter or Tab at the end. Test your scanner below; if codes land in the test field instead, raise the key interval, or better, set a prefix.</source>
      <translation>Um leitor escreve como um teclado, só que muito mais depressa. Sem prefixo, o Custody distingue uma leitura da escrita pela velocidade das teclas e pelo Enter ou Tab no fim. Teste o seu leitor abaixo; se os códigos forem parar ao campo de teste, aumente o intervalo entre teclas ou, melhor, defina um prefixo.</translation>
    </message>
    <message>
      <source>Test your scanner</source>
      <translation>Testar o leitor</translation>
    </message>
    <message>
      <source>Scan any label. Each scan is listed here and opens nothing while this page is shown.</source>
      <translation>Leia qualquer etiqueta. Cada leitura aparece aqui e não abre nada enquanto esta página estiver aberta.</translation>
    </message>
    <message>
      <source>Click here and scan: if the code appears in this field, it was read as typing</source>
      <translation>Clique aqui e leia: se o código aparecer neste campo, foi lido como escrita</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Limpar</translation>
    </message>
    <message>
      <source>Settings for this station</source>
      <translation>Definições deste posto</translation>
    </message>
    <message>
      <source>Recommended: set your scanner to send a prefix before every code (most scanners can, with a set-up barcode from their manual; a character nobody types, such as ~ or §) and type the same prefix here. Then a scan is recognised by its prefix whatever the speed, and typing is never held back or mistaken for a scan, even from a password manager.</source>
      <translation>Recomendado: configure o leitor para enviar um prefixo antes de cada código (a maioria consegue, com um código de barras de configuração do manual; um caráter que ninguém escreve, como ~ ou §) e escreva aqui o mesmo prefixo. Assim, uma leitura é reconhecida pelo prefixo seja qual for a velocidade, e a escrita nunca é retida nem confundida com uma leitura, mesmo a partir de um gestor de palavras-passe.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <source>Longest pause between keys</source>
      <translation>Pausa máxima entre teclas</translation>
    </message>
    <message>
      <source>Keys closer together than this belong to one scan. People type slower than about 80 ms per key; scanners much faster.</source>
      <translation>Teclas mais próximas do que isto pertencem à mesma leitura. As pessoas escrevem mais devagar do que cerca de 80 ms por tecla; os leitores muito mais depressa.</translation>
    </message>
    <message>
      <source>Shortest code</source>
      <translation>Código mais curto</translation>
    </message>
    <message>
      <source>A faster burst that is shorter than this is typing.</source>
      <translation>Uma rajada rápida mais curta do que isto é escrita.</translation>
    </message>
    <message>
      <source>Prefix</source>
      <translation>Prefixo</translation>
    </message>
    <message>
      <source>Characters your scanner is set to send before each code (usually none).</source>
      <translation>Carateres que o leitor está configurado para enviar antes de cada código (normalmente nenhum).</translation>
    </message>
    <message>
      <source>Suffix</source>
      <translation>Sufixo</translation>
    </message>
    <message>
      <source>Characters sent after each code, before Enter (usually none).</source>
      <translation>Carateres enviados depois de cada código, antes do Enter (normalmente nenhum).</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Only an administrator can change these settings.</source>
      <translation>Só um administrador pode alterar estas definições.</translation>
    </message>
    <message>
      <source>{n} characters, slowest gap {gap} ms, ended with {end}</source>
      <translation>{n} carateres, maior intervalo {gap} ms, terminado por {end}</translation>
    </message>
    <message>
      <source>✗ {code}: {error} ({facts})</source>
      <translation>✗ {code}: {error} ({facts})</translation>
    </message>
    <message>
      <source>= {code}: the same code again within {s} s, counted once</source>
      <translation>= {code}: o mesmo código outra vez em menos de {s} s, contado uma vez</translation>
    </message>
    <message>
      <source>✓ {code}: {kind} ({facts})</source>
      <translation>✓ {code}: {kind} ({facts})</translation>
    </message>
    <message>
      <source>item</source>
      <translation>objeto</translation>
    </message>
    <message>
      <source>location</source>
      <translation>local</translation>
    </message>
    <message>
      <source>badge</source>
      <translation>cartão</translation>
    </message>
    <message>
      <source>Scanner works: {code}</source>
      <translation>O leitor funciona: {code}</translation>
    </message>
    <message>
      <source>In force: scans are recognised by the prefix {prefix}. Typing is never held back.</source>
      <translation>Em vigor: as leituras são reconhecidas pelo prefixo {prefix}. A escrita nunca é retida.</translation>
    </message>
    <message>
      <source>In force: scans are told from typing by speed only (keys less than {ms} ms apart, at least {n} characters, then Enter or Tab).</source>
      <translation>Em vigor: as leituras distinguem-se da escrita só pela velocidade (teclas a menos de {ms} ms umas das outras, pelo menos {n} carateres, depois Enter ou Tab).</translation>
    </message>
    <message>
      <source>Scanner settings saved.</source>
      <translation>Definições do leitor guardadas.</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Armazém</translation>
    </message>
    <message>
      <source>Scan the location (shelf, safe, locker), then every item: check them in, out, or move them there.</source>
      <translation>Leia o local (prateleira, cofre, cacifo) e depois cada objeto: dê-lhes entrada, saída ou mude-os para lá.</translation>
    </message>
    <message>
      <source>What are you doing?</source>
      <translation>O que está a fazer?</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Dar entrada</translation>
    </message>
    <message>
      <source>Check out</source>
      <translation>Dar saída</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Mudar de lugar</translation>
    </message>
    <message>
      <source>No location scanned yet.</source>
      <translation>Ainda não foi lido nenhum local.</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Objetos</translation>
    </message>
    <message>
      <source>Other officer (optional)</source>
      <translation>Outro agente (opcional)</translation>
    </message>
    <message>
      <source>e.g. for court on Monday</source>
      <translation>p. ex. para o tribunal na segunda-feira</translation>
    </message>
    <message>
      <source>Check in here</source>
      <translation>Dar entrada aqui</translation>
    </message>
    <message>
      <source>Move here</source>
      <translation>Mudar para aqui</translation>
    </message>
    <message>
      <source>The items go into this location.</source>
      <translation>Os objetos entram neste local.</translation>
    </message>
    <message>
      <source>Optional: the location the items are taken from (they must be recorded there).</source>
      <translation>Opcional: o local de onde os objetos são retirados (têm de estar registados lá).</translation>
    </message>
    <message>
      <source>The items move to this location.</source>
      <translation>Os objetos mudam para este local.</translation>
    </message>
    <message>
      <source>Delivered by</source>
      <translation>Entregue por</translation>
    </message>
    <message>
      <source>Items held by another officer go in only if that officer signs with their password.</source>
      <translation>Os objetos na posse de outro agente só entram se esse agente assinar com a sua palavra-passe.</translation>
    </message>
    <message>
      <source>Handed to</source>
      <translation>Entregue a</translation>
    </message>
    <message>
      <source>Leave empty to take the items yourself; another officer receives them by signing with their password.</source>
      <translation>Deixe vazio para levar os objetos consigo; outro agente recebe-os assinando com a sua palavra-passe.</translation>
    </message>
    <message>
      <source>Location {code}: {name}</source>
      <translation>Local {code}: {name}</translation>
    </message>
    <message>
      <source>Scan the location first.</source>
      <translation>Leia primeiro o local.</translation>
    </message>
    <message>
      <source>deliver</source>
      <translation>entregar</translation>
    </message>
    <message>
      <source>receive</source>
      <translation>receber</translation>
    </message>
    <message>
      <source>{who} signs</source>
      <translation>Assinatura de {who}</translation>
    </message>
    <message>
      <source>{who}: type your password to {what} the {n} item(s).</source>
      <translation>{who}: escreva a sua palavra-passe para {what} o(s) {n} objeto(s).</translation>
    </message>
    <message>
      <source>{n} item(s) checked in at {where}.</source>
      <translation>{n} objeto(s) com entrada em {where}.</translation>
    </message>
    <message>
      <source>{n} item(s) checked out.</source>
      <translation>{n} objeto(s) com saída do armazém.</translation>
    </message>
    <message>
      <source>{n} item(s) moved to {where}.</source>
      <translation>{n} objeto(s) mudado(s) para {where}.</translation>
    </message>
    <message>
      <source>Send evidence to another agency</source>
      <translation>Enviar provas a outro serviço</translation>
    </message>
    <message>
      <source>The items leave this station with their whole history, proven by this station's key, in one package file (USB stick, e-mail). The receiving agency checks it before it accepts the items.</source>
      <translation>Os objetos saem deste posto com todo o seu histórico, provado pela chave deste posto, num único ficheiro de pacote (pen USB, e-mail). O serviço que recebe verifica-o antes de aceitar os objetos.</translation>
    </message>
    <message>
      <source>2. Receiving agency and officer</source>
      <translation>2. Serviço e agente que recebem</translation>
    </message>
    <message>
      <source>e.g. National Forensic Laboratory</source>
      <translation>p. ex. Laboratório Nacional de Polícia Científica</translation>
    </message>
    <message>
      <source>Full name of the person who takes the items</source>
      <translation>Nome completo da pessoa que leva os objetos</translation>
    </message>
    <message>
      <source>Their organisation</source>
      <translation>A sua organização</translation>
    </message>
    <message>
      <source>Badge or identity document number</source>
      <translation>Número de matrícula ou do documento de identificação</translation>
    </message>
    <message>
      <source>e.g. analysis, hand-over of the case to the prosecutor</source>
      <translation>p. ex. análise, entrega do processo ao Ministério Público</translation>
    </message>
    <message>
      <source>Receiving agency</source>
      <translation>Serviço que recebe</translation>
    </message>
    <message>
      <source>Receiving officer</source>
      <translation>Agente que recebe</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organização</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>Número de identificação</translation>
    </message>
    <message>
      <source>3. Receiving officer's signature</source>
      <translation>3. Assinatura do agente que recebe</translation>
    </message>
    <message>
      <source>The receiving officer signs here. You sign the hand-over with your own key when you confirm; their station signs the receipt when it accepts the package.</source>
      <translation>O agente que recebe assina aqui. Assina a entrega com a sua própria chave quando confirma; o posto dele assina o recibo quando aceita o pacote.</translation>
    </message>
    <message>
      <source>Hand over and save the package…</source>
      <translation>Entregar e guardar o pacote…</translation>
    </message>
    <message>
      <source>{item} is not here: it cannot be sent.</source>
      <translation>{item} não está aqui: não pode ser enviado.</translation>
    </message>
    <message>
      <source>Name the receiving agency or station.</source>
      <translation>Indique o serviço ou posto que recebe.</translation>
    </message>
    <message>
      <source>Name the officer who takes the items.</source>
      <translation>Indique o agente que leva os objetos.</translation>
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation>Guardar o pacote de transferência</translation>
    </message>
    <message>
      <source>Custody transfer package (*.custody)</source>
      <translation>Pacote de transferência do Custody (*.custody)</translation>
    </message>
    <message>
      <source>{n} item(s) handed over; package saved to {path}. The receiving agency needs this station's key to check it: {key}</source>
      <translation>{n} objeto(s) entregue(s); pacote guardado em {path}. O serviço que recebe precisa da chave deste posto para o verificar: {key}</translation>
    </message>
    <message>
      <source>Receive evidence from another agency</source>
      <translation>Receber provas de outro serviço</translation>
    </message>
    <message>
      <source>Open the package file the other agency sent. Custody checks it against the keys your administrator trusts and shows what it proves. Nothing is recorded until you receive the items.</source>
      <translation>Abra o ficheiro de pacote que o outro serviço enviou. O Custody verifica-o com as chaves em que o seu administrador confia e mostra o que prova. Nada é registado até receber os objetos.</translation>
    </message>
    <message>
      <source>1. Package</source>
      <translation>1. Pacote</translation>
    </message>
    <message>
      <source>Open package…</source>
      <translation>Abrir pacote…</translation>
    </message>
    <message>
      <source>No package opened.</source>
      <translation>Nenhum pacote aberto.</translation>
    </message>
    <message>
      <source>Only if the sender is not on the trust list: the key they published, confirmed with them</source>
      <translation>Só se o remetente não estiver na lista de confiança: a chave que publicou, confirmada com ele</translation>
    </message>
    <message>
      <source>Sender's key</source>
      <translation>Chave do remetente</translation>
    </message>
    <message>
      <source>2. What the package proves</source>
      <translation>2. O que o pacote prova</translation>
    </message>
    <message>
      <source>Open a package to see what it proves.</source>
      <translation>Abra um pacote para ver o que prova.</translation>
    </message>
    <message>
      <source>Receive these items</source>
      <translation>Receber estes objetos</translation>
    </message>
    <message>
      <source>Item / event</source>
      <translation>Objeto / acontecimento</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <source>Proven by</source>
      <translation>Provado por</translation>
    </message>
    <message>
      <source>Open a transfer package</source>
      <translation>Abrir um pacote de transferência</translation>
    </message>
    <message>
      <source>Custody transfer package (*.custody);;All files (*)</source>
      <translation>Pacote de transferência do Custody (*.custody);;Todos os ficheiros (*)</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>Não é possível ler {path}: {reason}</translation>
    </message>
    <message>
      <source>VERIFIED: signed by {agency} ({station}) with a key you trust; every entry is proven by the checkpoints below. You may receive the items.</source>
      <translation>VERIFICADO: assinado por {agency} ({station}) com uma chave de confiança; cada entrada está provada pelos pontos de controlo abaixo. Pode receber os objetos.</translation>
    </message>
    <message>
      <source>REFUSED: this package cannot be received, for these reasons:</source>
      <translation>RECUSADO: este pacote não pode ser recebido, pelos seguintes motivos:</translation>
    </message>
    <message>
      <source>Package hash: {h}</source>
      <translation>Hash do pacote: {h}</translation>
    </message>
    <message>
      <source>From: {agency}, station {station}; key {key}</source>
      <translation>De: {agency}, posto {station}; chave {key}</translation>
    </message>
    <message>
      <source>To: {agency}: {name} ({org}, ID {id})</source>
      <translation>Para: {agency}: {name} ({org}, ID {id})</translation>
    </message>
    <message>
      <source>Proven by checkpoint: {seg}</source>
      <translation>Provado pelo ponto de controlo: {seg}</translation>
    </message>
    <message>
      <source>Open a package that verifies first.</source>
      <translation>Abra primeiro um pacote que passe na verificação.</translation>
    </message>
    <message>
      <source>Received {n} item(s): {items}. They are now in your custody.</source>
      <translation>{n} objeto(s) recebido(s): {items}. Estão agora à sua guarda.</translation>
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <source>The database given (--db or CUSTODY_DATABASE_URL) is neither an SQLite file path nor a postgresql:// URL. Nothing was opened.</source>
      <translation>A base de dados indicada (--db ou CUSTODY_DATABASE_URL) não é nem um caminho de ficheiro SQLite nem um URL postgresql://. Nada foi aberto.</translation>
    </message>
    <message>
      <source>There is no database at {path}. Check --db (or the data folder), or create one with 'custody init'. Nothing was created.</source>
      <translation>Não existe base de dados em {path}. Verifique --db (ou a pasta de dados), ou crie uma com «custody init». Nada foi criado.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a database file. Nothing was opened.</source>
      <translation>{path} é uma pasta, não um ficheiro de base de dados. Nada foi aberto.</translation>
    </message>
    <message>
      <source>The database {path} is on a network share ({fstype} at {mount}). Custody does not open an SQLite database over a network: its locks do not hold there, and two workstations writing to the same file could fork or corrupt the ledger. Keep the database on this computer's own disk (choose another folder with --data-dir or --db), or let the stations share one PostgreSQL server (see docs/DEPLOYMENT.md). Nothing was opened.</source>
      <translation>A base de dados {path} está numa partilha de rede ({fstype} em {mount}). O Custody não abre uma base de dados SQLite através da rede: os seus bloqueios não funcionam aí, e dois computadores a escrever no mesmo ficheiro podem bifurcar ou corromper o registo. Mantenha a base de dados no disco deste computador (escolha outra pasta com --data-dir ou --db), ou faça os postos partilhar um servidor PostgreSQL (ver docs/DEPLOYMENT.md). Nada foi aberto.</translation>
    </message>
    <message>
      <source>This database file is read-only and its schema ({current}) is older than this Custody's ({head}). Nothing was changed; upgrade a writable copy ('custody db upgrade').</source>
      <translation>Este ficheiro de base de dados é só de leitura e o seu esquema ({current}) é mais antigo do que o deste Custody ({head}). Nada foi alterado; atualize uma cópia que se possa escrever («custody db upgrade»).</translation>
    </message>
    <message>
      <source>The copy of {path} made before the schema upgrade does not check out, so the upgrade was not started. Check the disk, then run 'custody ledger verify'.</source>
      <translation>A cópia de {path} feita antes da atualização do esquema não passa na verificação, por isso a atualização não foi iniciada. Verifique o disco e depois execute «custody ledger verify».</translation>
    </message>
    <message>
      <source>The database is busy with another workstation's work. Nothing was saved; try again in a moment.</source>
      <translation>A base de dados está ocupada com o trabalho de outro computador. Nada foi guardado; tente de novo dentro de instantes.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was saved; free some space and try again.</source>
      <translation>O disco está cheio. Nada foi guardado; liberte espaço e tente de novo.</translation>
    </message>
    <message>
      <source>The database cannot be reached ({reason}). Check --db, the network or the data folder; nothing was saved.</source>
      <translation>Não é possível aceder à base de dados ({reason}). Verifique --db, a rede ou a pasta de dados; nada foi guardado.</translation>
    </message>
    <message>
      <source>The connection to the database server was lost ({reason}). Nothing was saved; try again when the server is back.</source>
      <translation>A ligação ao servidor da base de dados perdeu-se ({reason}). Nada foi guardado; tente de novo quando o servidor voltar.</translation>
    </message>
    <message>
      <source>The connection to the database server was lost while saving ({reason}), so it is not known whether the action was saved. Look at the item's history before doing it again.</source>
      <translation>A ligação ao servidor da base de dados perdeu-se durante a gravação ({reason}), por isso não se sabe se a ação foi guardada. Veja o histórico do objeto antes de a repetir.</translation>
    </message>
    <message>
      <source>The database refused this workstation's role access to some data. Nothing was saved. The administrator should run 'custody db grants' again (needed after every schema upgrade).</source>
      <translation>A base de dados recusou à função deste computador o acesso a alguns dados. Nada foi guardado. O administrador deve executar de novo «custody db grants» (necessário após cada atualização do esquema).</translation>
    </message>
    <message>
      <source>The database file is read-only. Nothing was saved.</source>
      <translation>O ficheiro de base de dados é só de leitura. Nada foi guardado.</translation>
    </message>
    <message>
      <source>The database file is damaged or is not a Custody database ({reason}). Nothing was written. Restore the latest backup ('custody restore').</source>
      <translation>O ficheiro de base de dados está danificado ou não é uma base de dados do Custody ({reason}). Nada foi escrito. Restaure a cópia de segurança mais recente («custody restore»).</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>This database already holds the demo data. Nothing was added; to start over, give a new database file: custody demo --db NEW.sqlite3</source>
      <translation>Esta base de dados já contém os dados de demonstração. Nada foi adicionado; para recomeçar, indique um novo ficheiro de base de dados: custody demo --db NOVA.sqlite3</translation>
    </message>
  </context>
  <context>
    <name>Disposal</name>
    <message>
      <source>Choose how the items are to be disposed of.</source>
      <translation>Escolha o destino final a dar aos objetos.</translation>
    </message>
    <message>
      <source>Disposal of item {item} was already authorised (entry {seq}, {method}, {order}).</source>
      <translation>O destino final do objeto {item} já foi autorizado (entrada {seq}, {method}, {order}).</translation>
    </message>
    <message>
      <source>Disposal of item {item} has not been authorised: a supervisor must authorise it first.</source>
      <translation>O destino final do objeto {item} não foi autorizado: um supervisor tem de o autorizar primeiro.</translation>
    </message>
    <message>
      <source>A disposal needs exactly two witnesses; {count} were given.</source>
      <translation>Um destino final precisa de exatamente duas testemunhas; foram indicadas {count}.</translation>
    </message>
    <message>
      <source>The two witnesses must be two different people.</source>
      <translation>As duas testemunhas têm de ser duas pessoas diferentes.</translation>
    </message>
    <message>
      <source>You carry out the disposal: you cannot also be one of its witnesses.</source>
      <translation>É o próprio a executar o destino final: não pode ser também uma das testemunhas.</translation>
    </message>
    <message>
      <source>{user} cannot witness the disposal of item {item}: they appear in its chain of custody ({role}). Choose a witness who never had anything to do with the item.</source>
      <translation>{user} não pode ser testemunha do destino final do objeto {item}: consta da sua cadeia de custódia ({role}). Escolha uma testemunha que nunca tenha tido nada a ver com o objeto.</translation>
    </message>
    <message>
      <source>You authorised the disposal of item {item}: another officer must carry it out (the one who decides does not also destroy).</source>
      <translation>Autorizou o destino final do objeto {item}: outro agente tem de o executar (quem decide não destrói também).</translation>
    </message>
    <message>
      <source>{user} is not an active user: they cannot witness a disposal.</source>
      <translation>{user} não é um utilizador ativo: não pode ser testemunha de um destino final.</translation>
    </message>
    <message>
      <source>Item {item} has an open weight discrepancy (entry {seq}): a supervisor must acknowledge it first.</source>
      <translation>O objeto {item} tem uma divergência de peso em aberto (entrada {seq}): um supervisor tem de a aceitar primeiro.</translation>
    </message>
  </context>
  <context>
    <name>DisposalMethod</name>
    <message>
      <source>Destruction</source>
      <translation>Destruição</translation>
    </message>
    <message>
      <source>Return to owner</source>
      <translation>Restituição ao proprietário</translation>
    </message>
    <message>
      <source>Forfeiture to the state</source>
      <translation>Perda a favor do Estado</translation>
    </message>
    <message>
      <source>Transfer to another agency</source>
      <translation>Transferência para outro serviço</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>Item {item} was neither disposed of nor released to its owner (it is {status}): there is no disposal certificate to print.</source>
      <translation>O objeto {item} não foi destruído nem restituído ao proprietário (situação: {status}): não há auto de destino final para imprimir.</translation>
    </message>
    <message>
      <source>Item {item} was never sent to a laboratory: there is no submission form to print.</source>
      <translation>O objeto {item} nunca foi enviado a um laboratório: não há guia de remessa para imprimir.</translation>
    </message>
    <message>
      <source>There is no recorded inventory audit {audit}.</source>
      <translation>Não existe o inventário registado {audit}.</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Registo</translation>
    </message>
    <message>
      <source>Weighing, entry {seq}</source>
      <translation>Pesagem, entrada {seq}</translation>
    </message>
    <message>
      <source>Laboratory return, entry {seq}</source>
      <translation>Regresso do laboratório, entrada {seq}</translation>
    </message>
    <message>
      <source>lab number</source>
      <translation>número do laboratório</translation>
    </message>
    <message>
      <source>Biohazard: {items}</source>
      <translation>Risco biológico: {items}</translation>
    </message>
    <message>
      <source>Not registered</source>
      <translation>Não registado</translation>
    </message>
  </context>
  <context>
    <name>EditRolesDialog</name>
    <message>
      <source>Roles</source>
      <translation>Funções</translation>
    </message>
    <message>
      <source>You cannot take the Administrator role away from your own account; ask another administrator.</source>
      <translation>Não pode retirar a função de Administrador à sua própria conta; peça a outro administrador.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>{path}: {reason}. Nothing more was written.</source>
      <translation>{path}: {reason}. Nada mais foi escrito.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist. Nothing was written; create it or choose another place for {name}.</source>
      <translation>A pasta {folder} não existe. Nada foi escrito; crie-a ou escolha outro local para {name}.</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to. Nothing was written; choose another place for {name}.</source>
      <translation>Não é possível escrever na pasta {folder}. Nada foi escrito; escolha outro local para {name}.</translation>
    </message>
    <message>
      <source>The password file {path} is not a text file (its first line should hold the password).</source>
      <translation>O ficheiro de palavra-passe {path} não é um ficheiro de texto (a primeira linha deve conter a palavra-passe).</translation>
    </message>
    <message>
      <source>Cannot read the password file {path}: {reason}.</source>
      <translation>Não é possível ler o ficheiro de palavra-passe {path}: {reason}.</translation>
    </message>
    <message>
      <source>The action could not be completed.</source>
      <translation>Não foi possível concluir a ação.</translation>
    </message>
    <message>
      <source>Some details need correcting ({count}); each marked field says what is wrong.</source>
      <translation>Alguns dados têm de ser corrigidos ({count}); cada campo assinalado indica o que está errado.</translation>
    </message>
    <message>
      <source>Nothing was found for {what} {key}.</source>
      <translation>Nada foi encontrado para {what} {key}.</translation>
    </message>
    <message>
      <source>Your roles ({roles}) do not allow: {action}.</source>
      <translation>As suas funções ({roles}) não permitem: {action}.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhuma</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Something went wrong that Custody did not expect. What you were doing was not completed; nothing half-done was saved.

Please tell your administrator. The details below are also in the log file.</source>
      <translation>Ocorreu um erro que o Custody não esperava. O que estava a fazer não foi concluído; nada foi guardado a meio.

Informe o seu administrador. Os detalhes abaixo também estão no ficheiro de registo.</translation>
    </message>
  </context>
  <context>
    <name>EventKind</name>
    <message>
      <source>Case opened</source>
      <translation>Processo aberto</translation>
    </message>
    <message>
      <source>Seizure recorded</source>
      <translation>Apreensão registada</translation>
    </message>
    <message>
      <source>Item registered</source>
      <translation>Objeto registado</translation>
    </message>
    <message>
      <source>Item record corrected</source>
      <translation>Registo do objeto corrigido</translation>
    </message>
    <message>
      <source>Label printed</source>
      <translation>Etiqueta impressa</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>Entregue</translation>
    </message>
    <message>
      <source>Checked in to storage</source>
      <translation>Entrada no armazém</translation>
    </message>
    <message>
      <source>Checked out of storage</source>
      <translation>Saída do armazém</translation>
    </message>
    <message>
      <source>Moved in storage</source>
      <translation>Mudado de lugar no armazém</translation>
    </message>
    <message>
      <source>Sent to the laboratory</source>
      <translation>Enviado ao laboratório</translation>
    </message>
    <message>
      <source>Returned from the laboratory</source>
      <translation>Regressou do laboratório</translation>
    </message>
    <message>
      <source>Taken to court</source>
      <translation>Levado ao tribunal</translation>
    </message>
    <message>
      <source>Returned from court</source>
      <translation>Regressou do tribunal</translation>
    </message>
    <message>
      <source>Seal broken</source>
      <translation>Selo rompido</translation>
    </message>
    <message>
      <source>Seal applied</source>
      <translation>Selo aplicado</translation>
    </message>
    <message>
      <source>Item split</source>
      <translation>Objeto dividido</translation>
    </message>
    <message>
      <source>Sample taken</source>
      <translation>Amostra recolhida</translation>
    </message>
    <message>
      <source>Weight recorded</source>
      <translation>Peso registado</translation>
    </message>
    <message>
      <source>Photo or document attached</source>
      <translation>Fotografia ou documento anexado</translation>
    </message>
    <message>
      <source>Seen at inventory</source>
      <translation>Visto no inventário</translation>
    </message>
    <message>
      <source>Missing at inventory</source>
      <translation>Em falta no inventário</translation>
    </message>
    <message>
      <source>Found in an unexpected place at inventory</source>
      <translation>Encontrado num local inesperado no inventário</translation>
    </message>
    <message>
      <source>Disposal authorised</source>
      <translation>Destino final autorizado</translation>
    </message>
    <message>
      <source>Disposal carried out</source>
      <translation>Destino final executado</translation>
    </message>
    <message>
      <source>Released to owner</source>
      <translation>Restituído ao proprietário</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Sessão iniciada</translation>
    </message>
    <message>
      <source>Sign-in failed</source>
      <translation>Falha ao iniciar sessão</translation>
    </message>
    <message>
      <source>Account locked</source>
      <translation>Conta bloqueada</translation>
    </message>
    <message>
      <source>Account unlocked</source>
      <translation>Conta desbloqueada</translation>
    </message>
    <message>
      <source>Password changed</source>
      <translation>Palavra-passe alterada</translation>
    </message>
    <message>
      <source>Action refused</source>
      <translation>Ação recusada</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Sessão terminada</translation>
    </message>
    <message>
      <source>User created</source>
      <translation>Utilizador criado</translation>
    </message>
    <message>
      <source>User details changed</source>
      <translation>Dados do utilizador alterados</translation>
    </message>
    <message>
      <source>User disabled</source>
      <translation>Utilizador desativado</translation>
    </message>
    <message>
      <source>User enabled</source>
      <translation>Utilizador ativado</translation>
    </message>
    <message>
      <source>User roles changed</source>
      <translation>Funções do utilizador alteradas</translation>
    </message>
    <message>
      <source>Signing key registered</source>
      <translation>Chave de assinatura registada</translation>
    </message>
    <message>
      <source>Signing key revoked</source>
      <translation>Chave de assinatura revogada</translation>
    </message>
    <message>
      <source>Password reset by an administrator</source>
      <translation>Palavra-passe reposta por um administrador</translation>
    </message>
    <message>
      <source>Station set up</source>
      <translation>Posto configurado</translation>
    </message>
    <message>
      <source>Station key registered</source>
      <translation>Chave do posto registada</translation>
    </message>
    <message>
      <source>Ledger checkpoint signed</source>
      <translation>Ponto de controlo do registo assinado</translation>
    </message>
    <message>
      <source>Report issued</source>
      <translation>Relatório emitido</translation>
    </message>
    <message>
      <source>Weight discrepancy raised</source>
      <translation>Divergência de peso originada</translation>
    </message>
    <message>
      <source>Weight discrepancy acknowledged</source>
      <translation>Divergência de peso aceite</translation>
    </message>
    <message>
      <source>Inventory audit finished</source>
      <translation>Inventário concluído</translation>
    </message>
    <message>
      <source>Station settings changed</source>
      <translation>Definições do posto alteradas</translation>
    </message>
    <message>
      <source>Report-signing certificate imported</source>
      <translation>Certificado de assinatura de relatórios importado</translation>
    </message>
    <message>
      <source>Report-signing certificate registered</source>
      <translation>Certificado de assinatura de relatórios registado</translation>
    </message>
    <message>
      <source>Ledger clock corrected</source>
      <translation>Relógio do registo corrigido</translation>
    </message>
    <message>
      <source>Clock checked</source>
      <translation>Relógio verificado</translation>
    </message>
    <message>
      <source>Handed to another station or agency</source>
      <translation>Entregue a outro posto ou serviço</translation>
    </message>
    <message>
      <source>Received from another station or agency</source>
      <translation>Recebido de outro posto ou serviço</translation>
    </message>
    <message>
      <source>Station key trusted</source>
      <translation>Chave de posto reconhecida como de confiança</translation>
    </message>
    <message>
      <source>Station key no longer trusted</source>
      <translation>Chave de posto deixou de ser de confiança</translation>
    </message>
    <message>
      <source>Location created</source>
      <translation>Local criado</translation>
    </message>
    <message>
      <source>Recovered from an absent officer</source>
      <translation>Recuperado de um agente ausente</translation>
    </message>
    <message>
      <source>Audit finding resolved</source>
      <translation>Constatação do inventário regularizada</translation>
    </message>
    <message>
      <source>Outside person registered</source>
      <translation>Pessoa externa registada</translation>
    </message>
    <message>
      <source>Case outcome recorded</source>
      <translation>Desfecho do processo registado</translation>
    </message>
    <message>
      <source>Ledger exported</source>
      <translation>Registo exportado</translation>
    </message>
    <message>
      <source>Proof bundle exported</source>
      <translation>Pacote de prova exportado</translation>
    </message>
    <message>
      <source>Report exported</source>
      <translation>Relatório exportado</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Cópia de segurança feita</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>Cópia de segurança restaurada</translation>
    </message>
    <message>
      <source>Backup checked</source>
      <translation>Cópia de segurança verificada</translation>
    </message>
  </context>
  <context>
    <name>Feedback</name>
    <message>
      <source>Dismiss this message</source>
      <translation>Fechar esta mensagem</translation>
    </message>
  </context>
  <context>
    <name>FirstPassword</name>
    <message>
      <source>Choose your own password</source>
      <translation>Escolha a sua própria palavra-passe</translation>
    </message>
    <message>
      <source>Your password has been changed: only you know it now.</source>
      <translation>A sua palavra-passe foi alterada: agora só o próprio a conhece.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Custody — first-run setup</source>
      <translation>Custody — configuração inicial</translation>
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
      <translation>A guardar…</translation>
    </message>
  </context>
  <context>
    <name>Grants</name>
    <message>
      <source>A role name is 1 to 63 characters: lower-case letters a-z, digits and '_', not starting with a digit (this is {role}).</source>
      <translation>Um nome de função tem 1 a 63 carateres: letras minúsculas a-z, algarismos e «_», sem começar por um algarismo (este é {role}).</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Welcome, {name}</source>
      <translation>Bem-vindo(a), {name}</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Posto</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Serviço</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Depósito de provas</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Fuso horário</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Sessão iniciada</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Agente</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nome de utilizador</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Funções</translation>
    </message>
    <message>
      <source>Ledger</source>
      <translation>Registo</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>Entradas</translation>
    </message>
    <message>
      <source>Last verification</source>
      <translation>Última verificação</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>Requer atenção</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <source>Signed in: {who}</source>
      <translation>Sessão iniciada: {who}</translation>
    </message>
  </context>
  <context>
    <name>Ids</name>
    <message>
      <source>Nothing was scanned or typed.</source>
      <translation>Nada foi lido nem escrito.</translation>
    </message>
    <message>
      <source>This is not a valid {what}: only the letters A to Z, the digits 0 to 9 and '-' can appear in it.</source>
      <translation>Isto não é um(a) {what} válido(a): só pode conter as letras A a Z, os algarismos 0 a 9 e «-».</translation>
    </message>
    <message>
      <source>This is not a valid {what}: it should look like {example}.</source>
      <translation>Isto não é um(a) {what} válido(a): deveria ser parecido com {example}.</translation>
    </message>
    <message>
      <source>This is not a valid {what}: the check character does not match. Re-scan or re-type it.</source>
      <translation>Isto não é um(a) {what} válido(a): o caráter de controlo não confere. Leia-o ou escreva-o de novo.</translation>
    </message>
    <message>
      <source>This is not a valid item number: it does not start with a prefix used here ({prefixes}). Re-scan or re-type it.</source>
      <translation>Isto não é um número de objeto válido: não começa por um prefixo usado aqui ({prefixes}). Leia-o ou escreva-o de novo.</translation>
    </message>
    <message>
      <source>This code is not an item, location or badge number. Re-scan it, or type it as printed under the barcode.</source>
      <translation>Este código não é um número de objeto, de local nem de cartão. Leia-o de novo ou escreva-o tal como está impresso por baixo do código de barras.</translation>
    </message>
    <message>
      <source>The item number prefix is at most 6 characters: 1 to 3 groups of capital letters or digits separated by '-' (for example UN-DIL). Longer prefixes make barcodes too wide for a 62 mm label.</source>
      <translation>O prefixo dos números de objeto tem no máximo 6 carateres: 1 a 3 grupos de maiúsculas ou algarismos separados por «-» (por exemplo UN-DIL). Prefixos mais longos tornam os códigos de barras demasiado largos para uma etiqueta de 62 mm.</translation>
    </message>
    <message>
      <source>The item number prefix cannot start with {group}: that is used for location and badge codes.</source>
      <translation>O prefixo dos números de objeto não pode começar por {group}: está reservado aos códigos de local e de cartão.</translation>
    </message>
    <message>
      <source>The year must be given as two digits, 00 to 99.</source>
      <translation>O ano tem de ser indicado com dois algarismos, de 00 a 99.</translation>
    </message>
    <message>
      <source>The running number must be between 1 and 999999.</source>
      <translation>O número sequencial tem de estar entre 1 e 999999.</translation>
    </message>
    <message>
      <source>This is not a valid seizure document number: it should look like 2026-000123 (year, then 6 digits).</source>
      <translation>Isto não é um número de auto de apreensão válido: deveria ser parecido com 2026-000123 (o ano e depois 6 algarismos).</translation>
    </message>
    <message>
      <source>The year of the seizure document number must be between 1900 and 2999.</source>
      <translation>O ano do número do auto de apreensão tem de estar entre 1900 e 2999.</translation>
    </message>
    <message>
      <source>Enter the case number.</source>
      <translation>Introduza o número do processo.</translation>
    </message>
    <message>
      <source>The case number is too long: at most {max} characters, this one has {count}.</source>
      <translation>O número do processo é demasiado longo: no máximo {max} carateres, este tem {count}.</translation>
    </message>
    <message>
      <source>The case number can contain only letters, digits, spaces and the signs / - . (found: {chars}).</source>
      <translation>O número do processo só pode conter letras, algarismos, espaços e os sinais / - . (encontrado: {chars}).</translation>
    </message>
    <message>
      <source>item number</source>
      <translation>número de objeto</translation>
    </message>
    <message>
      <source>location code</source>
      <translation>código de local</translation>
    </message>
    <message>
      <source>badge code</source>
      <translation>código de cartão</translation>
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <source>The case number {case_number} is already in use.</source>
      <translation>O número de processo {case_number} já está a ser usado.</translation>
    </message>
    <message>
      <source>Choose the type of offence.</source>
      <translation>Escolha o tipo de crime.</translation>
    </message>
    <message>
      <source>There is no case {case_number}. Open the case first.</source>
      <translation>Não existe o processo {case_number}. Abra primeiro o processo.</translation>
    </message>
    <message>
      <source>There is no seizure with document number {number}.</source>
      <translation>Não existe nenhuma apreensão com o número de auto {number}.</translation>
    </message>
    <message>
      <source>There is no active officer with the username {username}.</source>
      <translation>Não existe nenhum agente ativo com o nome de utilizador {username}.</translation>
    </message>
    <message>
      <source>This time is in the future. Check the date and the time.</source>
      <translation>Esta hora está no futuro. Verifique a data e a hora.</translation>
    </message>
    <message>
      <source>This date is too far in the past. Check the year.</source>
      <translation>Esta data está demasiado no passado. Verifique o ano.</translation>
    </message>
    <message>
      <source>At most {max} witnesses can be listed.</source>
      <translation>Podem ser indicadas no máximo {max} testemunhas.</translation>
    </message>
    <message>
      <source>Choose the kind of item.</source>
      <translation>Escolha o tipo de objeto.</translation>
    </message>
    <message>
      <source>Type the quantity as a number above zero, for example 1 or 2.5.</source>
      <translation>Escreva a quantidade como um número maior do que zero, por exemplo 1 ou 2,5.</translation>
    </message>
    <message>
      <source>The item is sealed: type the seal number.</source>
      <translation>O objeto está selado: escreva o número do selo.</translation>
    </message>
    <message>
      <source>Leave the seal number empty: the item is not sealed.</source>
      <translation>Deixe o número do selo vazio: o objeto não está selado.</translation>
    </message>
    <message>
      <source>Add at least one item.</source>
      <translation>Adicione pelo menos um objeto.</translation>
    </message>
    <message>
      <source>At most {max} items can be registered at once.</source>
      <translation>Podem ser registados no máximo {max} objetos de cada vez.</translation>
    </message>
    <message>
      <source>All {what} numbers for {year} are used up (at most 999999). Ask an administrator.</source>
      <translation>Todos os números de {what} de {year} estão esgotados (no máximo 999999). Fale com um administrador.</translation>
    </message>
    <message>
      <source>There is no item {item_id}.</source>
      <translation>Não existe o objeto {item_id}.</translation>
    </message>
    <message>
      <source>The field {field} cannot be corrected on this item.</source>
      <translation>O campo {field} não pode ser corrigido neste objeto.</translation>
    </message>
    <message>
      <source>The total is computed from the notes and coins counted: correct those instead.</source>
      <translation>O total é calculado a partir das notas e moedas contadas: corrija antes essas.</translation>
    </message>
    <message>
      <source>The new value is the same as the current one.</source>
      <translation>O novo valor é igual ao atual.</translation>
    </message>
    <message>
      <source>Say why the record must be corrected.</source>
      <translation>Indique porque tem o registo de ser corrigido.</translation>
    </message>
    <message>
      <source>A correction must be approved by a second officer with the supervisor role.</source>
      <translation>Uma correção tem de ser aprovada por um segundo agente com a função de supervisor.</translation>
    </message>
    <message>
      <source>You cannot approve your own correction: another supervisor must approve it.</source>
      <translation>Não pode aprovar a sua própria correção: outro supervisor tem de a aprovar.</translation>
    </message>
    <message>
      <source>{username} is not allowed to approve corrections (a supervisor must approve).</source>
      <translation>{username} não pode aprovar correções (tem de ser um supervisor a aprovar).</translation>
    </message>
    <message>
      <source>Only the officer who asked for the correction can submit it for approval.</source>
      <translation>Só o agente que pediu a correção a pode submeter para aprovação.</translation>
    </message>
    <message>
      <source>The {field} of item {item_id} was changed meanwhile. Ask for the correction again.</source>
      <translation>O campo {field} do objeto {item_id} foi alterado entretanto. Peça de novo a correção.</translation>
    </message>
    <message>
      <source>Item {item_id} is {status}: it can no longer be split or sampled.</source>
      <translation>O objeto {item_id} tem a situação «{status}»: já não pode ser dividido nem amostrado.</translation>
    </message>
    <message>
      <source>Describe at least one part.</source>
      <translation>Descreva pelo menos uma parte.</translation>
    </message>
    <message>
      <source>{code} is a valid {what}, but nothing with this code is registered here.</source>
      <translation>{code} é um(a) {what} válido(a), mas nada com este código está registado aqui.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <source>Individualising description</source>
      <translation>Descrição individualizadora</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantidade</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidade</translation>
    </message>
    <message>
      <source>Sealed container</source>
      <translation>Recipiente selado</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Número do selo</translation>
    </message>
    <message>
      <source>Biohazard</source>
      <translation>Risco biológico</translation>
    </message>
    <message>
      <source>This is not an item number.</source>
      <translation>Isto não é um número de objeto.</translation>
    </message>
    <message>
      <source>No officer has the username or badge number {code}.</source>
      <translation>Nenhum agente tem o nome de utilizador ou o número de matrícula {code}.</translation>
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
      <translation>— escolher —</translation>
    </message>
    <message>
      <source>Note or coin value</source>
      <translation>Valor da nota ou moeda</translation>
    </message>
    <message>
      <source>How many</source>
      <translation>Quantidade</translation>
    </message>
    <message>
      <source>Add a line</source>
      <translation>Adicionar uma linha</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirar</translation>
    </message>
    <message>
      <source>Total: {total}</source>
      <translation>Total: {total}</translation>
    </message>
    <message>
      <source>Total: check the lines</source>
      <translation>Total: verifique as linhas</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Não</translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <source>New seizure</source>
      <translation>Nova apreensão</translation>
    </message>
    <message>
      <source>Record the seizure, then add its items one by one. Photos are added on each item's page.</source>
      <translation>Registe a apreensão e depois adicione os seus objetos um a um. As fotografias são adicionadas na página de cada objeto.</translation>
    </message>
    <message>
      <source>1. The seizure</source>
      <translation>1. A apreensão</translation>
    </message>
    <message>
      <source>Seizure recorded — document number</source>
      <translation>Apreensão registada — número do auto</translation>
    </message>
    <message>
      <source>Start another seizure</source>
      <translation>Iniciar outra apreensão</translation>
    </message>
    <message>
      <source>2. Add an item</source>
      <translation>2. Adicionar um objeto</translation>
    </message>
    <message>
      <source>Items of this seizure</source>
      <translation>Objetos desta apreensão</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Objeto</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <source>Double-click an item to add photos, print its label or check it in.</source>
      <translation>Faça duplo clique num objeto para adicionar fotografias, imprimir a etiqueta ou dar-lhe entrada no armazém.</translation>
    </message>
    <message>
      <source>Case {case}</source>
      <translation>Processo {case}</translation>
    </message>
    <message>
      <source>seized by {name}</source>
      <translation>apreendido por {name}</translation>
    </message>
    <message>
      <source>witnesses: {names}</source>
      <translation>testemunhas: {names}</translation>
    </message>
    <message>
      <source>Registered {id} (item {n} of seizure {doc}). Write the id on the packaging or print its label.</source>
      <translation>{id} registado (objeto {n} da apreensão {doc}). Escreva o número na embalagem ou imprima a etiqueta.</translation>
    </message>
  </context>
  <context>
    <name>Inventory</name>
    <message>
      <source>Say whether the item was found or is written off.</source>
      <translation>Indique se o objeto foi encontrado ou dado como perdido.</translation>
    </message>
    <message>
      <source>Item {item} has no open audit finding.</source>
      <translation>O objeto {item} não tem nenhuma constatação de inventário em aberto.</translation>
    </message>
    <message>
      <source>A second person must sign: you cannot be the second signer yourself.</source>
      <translation>Tem de assinar uma segunda pessoa: não pode ser o próprio o segundo signatário.</translation>
    </message>
    <message>
      <source>{user} cannot co-sign: only a supervisor or an administrator can.</source>
      <translation>{user} não pode coassinar: só um supervisor ou um administrador pode.</translation>
    </message>
    <message>
      <source>Say why the item is written off (what was done to find it).</source>
      <translation>Indique porque é o objeto dado como perdido (o que foi feito para o encontrar).</translation>
    </message>
    <message>
      <source>Location {location} is not part of this audit of {root}.</source>
      <translation>O local {location} não faz parte deste inventário de {root}.</translation>
    </message>
    <message>
      <source>That is an officer's badge, not an item or a location.</source>
      <translation>Isso é o cartão de um agente, não um objeto nem um local.</translation>
    </message>
    <message>
      <source>{item} found.</source>
      <translation>{item} encontrado.</translation>
    </message>
    <message>
      <source>{item} was already scanned.</source>
      <translation>{item} já foi lido.</translation>
    </message>
    <message>
      <source>{item} is recorded at {recorded}: misplaced.</source>
      <translation>{item} está registado em {recorded}: fora do lugar.</translation>
    </message>
    <message>
      <source>{item} is not recorded in any storage location ({status}): unexpected.</source>
      <translation>{item} não está registado em nenhum local de armazenamento ({status}): inesperado.</translation>
    </message>
    <message>
      <source>{item} is not registered: unexpected.</source>
      <translation>{item} não está registado: inesperado.</translation>
    </message>
    <message>
      <source>{item} was not expected here; it will be looked up.</source>
      <translation>{item} não era esperado aqui; vai ser procurado.</translation>
    </message>
    <message>
      <source>Now scanning at {location}.</source>
      <translation>A ler agora em {location}.</translation>
    </message>
  </context>
  <context>
    <name>ItemForm</name>
    <message>
      <source>— choose the kind of item —</source>
      <translation>— escolha o tipo de objeto —</translation>
    </message>
    <message>
      <source>Kind of item</source>
      <translation>Tipo de objeto</translation>
    </message>
    <message>
      <source>Description, quantity and seal</source>
      <translation>Descrição, quantidade e selo</translation>
    </message>
    <message>
      <source>What you see: colour, marks, damage, packaging</source>
      <translation>O que vê: cor, marcas, danos, embalagem</translation>
    </message>
    <message>
      <source>Sealed container</source>
      <translation>Recipiente selado</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Número do selo</translation>
    </message>
    <message>
      <source>Biohazard: handle with gloves</source>
      <translation>Risco biológico: manusear com luvas</translation>
    </message>
    <message>
      <source>Individualising description *</source>
      <translation>Descrição individualizadora *</translation>
    </message>
    <message>
      <source>Describe only what you observe, so that this item cannot be confused with another.</source>
      <translation>Descreva só o que observa, de modo que este objeto não possa ser confundido com outro.</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantidade</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>Selo</translation>
    </message>
    <message>
      <source>e.g. counterfeit phone: the IMEI under the battery fails its check</source>
      <translation>p. ex. telemóvel contrafeito: o IMEI por baixo da bateria falha a verificação</translation>
    </message>
    <message>
      <source>Keep a failed IMEI/VIN check, because</source>
      <translation>Manter um IMEI/VIN cuja verificação falha, porque</translation>
    </message>
    <message>
      <source>Only if the number is right as read although its check fails; the reason is recorded.</source>
      <translation>Só se o número estiver certo tal como foi lido, embora a verificação falhe; o motivo fica registado.</translation>
    </message>
    <message>
      <source>Register item</source>
      <translation>Registar o objeto</translation>
    </message>
    <message>
      <source>{kind}: details</source>
      <translation>{kind}: detalhes</translation>
    </message>
  </context>
  <context>
    <name>ItemStatus</name>
    <message>
      <source>Registered, not yet stored</source>
      <translation>Registado, ainda não armazenado</translation>
    </message>
    <message>
      <source>In storage</source>
      <translation>No armazém</translation>
    </message>
    <message>
      <source>With an officer</source>
      <translation>Com um agente</translation>
    </message>
    <message>
      <source>At the laboratory</source>
      <translation>No laboratório</translation>
    </message>
    <message>
      <source>At court</source>
      <translation>No tribunal</translation>
    </message>
    <message>
      <source>Disposed of</source>
      <translation>Com destino final</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>Restituído</translation>
    </message>
    <message>
      <source>Handed to another station or agency</source>
      <translation>Entregue a outro posto ou serviço</translation>
    </message>
    <message>
      <source>Written off as missing</source>
      <translation>Dado como perdido (em falta)</translation>
    </message>
  </context>
  <context>
    <name>ItemView</name>
    <message>
      <source>← Back to the list</source>
      <translation>← Voltar à lista</translation>
    </message>
    <message>
      <source>Request correction…</source>
      <translation>Pedir correção…</translation>
    </message>
    <message>
      <source>Take sample…</source>
      <translation>Recolher amostra…</translation>
    </message>
    <message>
      <source>Split…</source>
      <translation>Dividir…</translation>
    </message>
    <message>
      <source>Only evidence custodians and supervisors split items or take samples.</source>
      <translation>Só os responsáveis pela custódia e os supervisores dividem objetos ou recolhem amostras.</translation>
    </message>
    <message>
      <source>Custody report…</source>
      <translation>Relatório de cadeia de custódia…</translation>
    </message>
    <message>
      <source>Print label…</source>
      <translation>Imprimir etiqueta…</translation>
    </message>
    <message>
      <source>BIOHAZARD</source>
      <translation>RISCO BIOLÓGICO</translation>
    </message>
    <message>
      <source>Where it is now</source>
      <translation>Onde está agora</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <source>Custodian</source>
      <translation>Detentor</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Processo</translation>
    </message>
    <message>
      <source>Seizure</source>
      <translation>Apreensão</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Registado</translation>
    </message>
    <message>
      <source>Parent and parts</source>
      <translation>Objeto de origem e partes</translation>
    </message>
    <message>
      <source>Photos and documents</source>
      <translation>Fotografias e documentos</translation>
    </message>
    <message>
      <source>Add photo or document…</source>
      <translation>Adicionar fotografia ou documento…</translation>
    </message>
    <message>
      <source>or drop JPEG, PNG or PDF files on this page</source>
      <translation>ou largue ficheiros JPEG, PNG ou PDF nesta página</translation>
    </message>
    <message>
      <source>Recorded details</source>
      <translation>Dados registados</translation>
    </message>
    <message>
      <source>Chain of custody (from the ledger)</source>
      <translation>Cadeia de custódia (segundo o registo)</translation>
    </message>
    <message>
      <source>Not in storage</source>
      <translation>Não armazenado</translation>
    </message>
    <message>
      <source>{doc}, item {n} — {when}, {place}</source>
      <translation>{doc}, objeto {n} — {when}, {place}</translation>
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
      <translation>Registado originalmente</translation>
    </message>
    <message>
      <source>{value} (corrected)</source>
      <translation>{value} (corrigido)</translation>
    </message>
    <message>
      <source>{name}, {size} KB, added {when} by {who}</source>
      <translation>{name}, {size} KB, adicionado em {when} por {who}</translation>
    </message>
    <message>
      <source>Attach photos or scanned documents</source>
      <translation>Anexar fotografias ou documentos digitalizados</translation>
    </message>
    <message>
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf)</source>
      <translation>Fotografias e documentos (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ItemsPage</name>
    <message>
      <source>Any</source>
      <translation>Qualquer</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Objetos</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>Qualquer tipo</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Qualquer situação</translation>
    </message>
    <message>
      <source>Any location</source>
      <translation>Qualquer local</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>Registered from</source>
      <translation>Registados de</translation>
    </message>
    <message>
      <source>to</source>
      <translation>a</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Limpar</translation>
    </message>
    <message>
      <source>Show all items</source>
      <translation>Mostrar todos os objetos</translation>
    </message>
    <message>
      <source>Searching for “{text}”…</source>
      <translation>A procurar «{text}»…</translation>
    </message>
    <message>
      <source>{n} items found for “{text}”</source>
      <translation>{n} objetos encontrados para «{text}»</translation>
    </message>
    <message>
      <source>(only the newest {max} are listed: add words or filters)</source>
      <translation>(só são listados os {max} mais recentes: acrescente palavras ou filtros)</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>A carregar…</translation>
    </message>
    <message>
      <source>{n} items</source>
      <translation>{n} objetos</translation>
    </message>
    <message>
      <source>{n} items shown, newest first; scroll down for more</source>
      <translation>{n} objetos mostrados, os mais recentes primeiro; desloque para baixo para ver mais</translation>
    </message>
    <message>
      <source>case {case}</source>
      <translation>processo {case}</translation>
    </message>
  </context>
  <context>
    <name>ItemsTableModel</name>
    <message>
      <source>Item</source>
      <translation>Objeto</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Processo</translation>
    </message>
    <message>
      <source>Seizure</source>
      <translation>Apreensão</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>Custodian</source>
      <translation>Detentor</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Registado</translation>
    </message>
    <message>
      <source>Biohazard</source>
      <translation>Risco biológico</translation>
    </message>
  </context>
  <context>
    <name>Keys</name>
    <message>
      <source>The password does not unlock this signing key (wrong password, or the stored key is damaged).</source>
      <translation>A palavra-passe não desbloqueia esta chave de assinatura (palavra-passe errada, ou a chave guardada está danificada).</translation>
    </message>
    <message>
      <source>The stored signing key is damaged or in an unknown format.</source>
      <translation>A chave de assinatura guardada está danificada ou num formato desconhecido.</translation>
    </message>
  </context>
  <context>
    <name>LabelPrint</name>
    <message>
      <source>The labels were not printed on the Zebra printer {queue}: {reason}</source>
      <translation>As etiquetas não foram impressas na impressora Zebra {queue}: {reason}</translation>
    </message>
    <message>
      <source>Type the name of the Zebra printer's queue.</source>
      <translation>Escreva o nome da fila da impressora Zebra.</translation>
    </message>
    <message>
      <source>{w} × {h} mm, {dpi} dpi</source>
      <translation>{w} × {h} mm, {dpi} ppp</translation>
    </message>
    <message>
      <source>, {n} labels per sheet</source>
      <translation>, {n} etiquetas por folha</translation>
    </message>
    <message>
      <source>, one label per page (roll)</source>
      <translation>, uma etiqueta por página (rolo)</translation>
    </message>
    <message>
      <source>; can be sent to a Zebra printer as ZPL</source>
      <translation>; pode ser enviado a uma impressora Zebra em ZPL</translation>
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
      <translation>Modelo</translation>
    </message>
    <message>
      <source>Start at label</source>
      <translation>Começar na etiqueta</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Língua</translation>
    </message>
    <message>
      <source>Preview, then print or save as PDF</source>
      <translation>Pré-visualizar e depois imprimir ou guardar em PDF</translation>
    </message>
    <message>
      <source>Send straight to the Zebra printer (ZPL)</source>
      <translation>Enviar diretamente para a impressora Zebra (ZPL)</translation>
    </message>
    <message>
      <source>Printer queue name, e.g. zebra-intake</source>
      <translation>Nome da fila de impressão, p. ex. zebra-entrada</translation>
    </message>
    <message>
      <source>Queue</source>
      <translation>Fila</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Saída</translation>
    </message>
    <message>
      <source>Preview…</source>
      <translation>Pré-visualizar…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <source>1 = top left, counted left to right, row by row; {n} on a sheet.</source>
      <translation>1 = canto superior esquerdo, contando da esquerda para a direita, linha a linha; {n} por folha.</translation>
    </message>
    <message>
      <source>Only Zebra templates can be sent as ZPL.</source>
      <translation>Só os modelos Zebra podem ser enviados em ZPL.</translation>
    </message>
    <message>
      <source>Send to printer</source>
      <translation>Enviar para a impressora</translation>
    </message>
    <message>
      <source>Labels — {template}</source>
      <translation>Etiquetas — {template}</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s) on {template}. They are recorded as printed once you print or save them.</source>
      <translation>
        <numerusform>%n etiqueta em {template}. Fica registada como impressa assim que a imprimir ou guardar.</numerusform>
        <numerusform>%n etiquetas em {template}. Ficam registadas como impressas assim que as imprimir ou guardar.</numerusform>
      </translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>Nothing was printed, so nothing was recorded.</source>
      <translation>Nada foi impresso, por isso nada foi registado.</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s) sent to {where} and recorded in the ledger.</source>
      <translation>
        <numerusform>%n etiqueta enviada para {where} e registada no registo.</numerusform>
        <numerusform>%n etiquetas enviadas para {where} e registadas no registo.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LabelTemplate</name>
    <message>
      <source>A4 sheet, 3 × 8 labels of 70 × 37 mm</source>
      <translation>Folha A4, 3 × 8 etiquetas de 70 × 37 mm</translation>
    </message>
    <message>
      <source>Office laser (600 dpi)</source>
      <translation>Laser de escritório (600 ppp)</translation>
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
      <translation>Zebra 4 × 2 pol. (203 ppp)</translation>
    </message>
    <message>
      <source>Zebra</source>
      <translation>Zebra</translation>
    </message>
    <message>
      <source>Zebra 4 × 2 in (300 dpi)</source>
      <translation>Zebra 4 × 2 pol. (300 ppp)</translation>
    </message>
    <message>
      <source>Zebra 4 × 6 in (203 dpi)</source>
      <translation>Zebra 4 × 6 pol. (203 ppp)</translation>
    </message>
    <message>
      <source>Zebra 4 × 6 in (300 dpi)</source>
      <translation>Zebra 4 × 6 pol. (300 ppp)</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Choose at least one item.</source>
      <translation>Escolha pelo menos um objeto.</translation>
    </message>
    <message>
      <source>Unknown label template {name}. Choose one of: {names}.</source>
      <translation>Modelo de etiqueta {name} desconhecido. Escolha um destes: {names}.</translation>
    </message>
    <message>
      <source>The template {name} is for sheet or Brother printers; ZPL is only for Zebra templates.</source>
      <translation>O modelo {name} destina-se a impressoras de folhas ou Brother; o ZPL é só para modelos Zebra.</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>Custody does not speak the language {language}. Choose English, French, Portuguese, Spanish or Arabic.</source>
      <translation>O Custody não fala a língua {language}. Escolha inglês, francês, português, espanhol ou árabe.</translation>
    </message>
  </context>
  <context>
    <name>Ledger</name>
    <message>
      <source>The database file is damaged (SQLite's page check says: {detail}). The ledger cannot be trusted from this file; restore the latest backup ('custody restore').</source>
      <translation>O ficheiro de base de dados está danificado (a verificação de páginas do SQLite indica: {detail}). O registo não pode ser considerado fiável a partir deste ficheiro; restaure a cópia de segurança mais recente («custody restore»).</translation>
    </message>
    <message>
      <source>The ledger fails verification at entry {seq}: {reason}. Nothing was recorded or signed. An administrator should run Verify ledger and restore the database from a backup.</source>
      <translation>O registo falha a verificação na entrada {seq}: {reason}. Nada foi registado nem assinado. Um administrador deve executar Verificar o registo e restaurar a base de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message>
      <source>The ledger has {size} entries, but this station signed a checkpoint of {signed} entries: entries were removed. Nothing was recorded or signed. Restore the database from a backup.</source>
      <translation>O registo tem {size} entradas, mas este posto assinou um ponto de controlo de {signed} entradas: foram removidas entradas. Nada foi registado nem assinado. Restaure a base de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message>
      <source>The ledger is not the one this station verified and signed at {signed} entries: it was rewritten. Nothing was recorded or signed. Restore the database from a backup.</source>
      <translation>O registo não é o que este posto verificou e assinou com {signed} entradas: foi reescrito. Nada foi registado nem assinado. Restaure a base de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message>
      <source>The ledger could not be checked against this station's key: this workstation holds no station key. Nothing was recorded or signed.</source>
      <translation>Não foi possível verificar o registo com a chave deste posto: este computador não tem nenhuma chave de posto. Nada foi registado nem assinado.</translation>
    </message>
    <message>
      <source>The record of what this station verified is damaged ({reason}). Restore the station's data folder from a backup.</source>
      <translation>O registo do que este posto verificou está danificado ({reason}). Restaure a pasta de dados do posto a partir de uma cópia de segurança.</translation>
    </message>
    <message>
      <source>The record of what this station verified is damaged (its checkpoint and root disagree). Restore the station's data folder from a backup.</source>
      <translation>O registo do que este posto verificou está danificado (o ponto de controlo e a raiz não coincidem). Restaure a pasta de dados do posto a partir de uma cópia de segurança.</translation>
    </message>
  </context>
  <context>
    <name>LocationKind</name>
    <message>
      <source>Station</source>
      <translation>Posto</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Depósito de provas</translation>
    </message>
    <message>
      <source>Vault</source>
      <translation>Casa-forte</translation>
    </message>
    <message>
      <source>Drug safe</source>
      <translation>Cofre de droga</translation>
    </message>
    <message>
      <source>Gun locker</source>
      <translation>Armário de armas</translation>
    </message>
    <message>
      <source>Shelf</source>
      <translation>Prateleira</translation>
    </message>
    <message>
      <source>Bin</source>
      <translation>Caixa</translation>
    </message>
    <message>
      <source>Temporary locker</source>
      <translation>Cacifo temporário</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratório</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Other agency</source>
      <translation>Outro serviço</translation>
    </message>
  </context>
  <context>
    <name>Locations</name>
    <message>
      <source>Choose the kind of location.</source>
      <translation>Escolha o tipo de local.</translation>
    </message>
    <message>
      <source>There is no active location {code} to put this one in.</source>
      <translation>Não existe nenhum local ativo {code} onde colocar este.</translation>
    </message>
    <message>
      <source>{parent} already has a location named {name}.</source>
      <translation>{parent} já tem um local chamado {name}.</translation>
    </message>
    <message>
      <source>Locations can be nested at most {max} levels deep.</source>
      <translation>Os locais podem ser encaixados no máximo em {max} níveis.</translation>
    </message>
    <message>
      <source>All location numbers are used up.</source>
      <translation>Todos os números de local estão esgotados.</translation>
    </message>
  </context>
  <context>
    <name>LocationsPage</name>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
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
      <translation>Locais de armazenamento</translation>
    </message>
    <message>
      <source>Show the items stored here</source>
      <translation>Mostrar os objetos guardados aqui</translation>
    </message>
    <message>
      <source>New location</source>
      <translation>Novo local</translation>
    </message>
    <message>
      <source>Make it a top-level location instead</source>
      <translation>Torná-lo antes um local de primeiro nível</translation>
    </message>
    <message>
      <source>Inside</source>
      <translation>Dentro de</translation>
    </message>
    <message>
      <source>As written on the door or shelf.</source>
      <translation>Tal como está escrito na porta ou na prateleira.</translation>
    </message>
    <message>
      <source>Create location</source>
      <translation>Criar local</translation>
    </message>
    <message>
      <source>Top level (no parent)</source>
      <translation>Primeiro nível (sem local superior)</translation>
    </message>
    <message>
      <source>Created {name}: {code}. Print its label and stick it on.</source>
      <translation>{name} criado: {code}. Imprima a etiqueta e cole-a.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>This workstation is locked</source>
      <translation>Este computador está bloqueado</translation>
    </message>
    <message>
      <source>Type your password to continue, or log out so that another officer can sign in.</source>
      <translation>Escreva a sua palavra-passe para continuar, ou termine a sessão para que outro agente possa iniciar sessão.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Terminar sessão</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Custody — sign in</source>
      <translation>Custody — iniciar sessão</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Station {code} · {room}</source>
      <translation>Posto {code} · {room}</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Iniciar sessão</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>A abrir a base de dados…</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nome de utilizador</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Palavra-passe</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Língua</translation>
    </message>
    <message>
      <source>The language Custody speaks to you. It is kept for your next sign-in.</source>
      <translation>A língua em que o Custody fala consigo. É mantida para o próximo início de sessão.</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>A iniciar sessão…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Sair</translation>
    </message>
    <message>
      <source>Type your username and your password.</source>
      <translation>Escreva o seu nome de utilizador e a sua palavra-passe.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <translation>Início</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Administração</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Bloquear</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Terminar sessão</translation>
    </message>
    <message>
      <source>Change my password…</source>
      <translation>Alterar a minha palavra-passe…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Aj&amp;uda</translation>
    </message>
    <message>
      <source>Verifier for prosecutors…</source>
      <translation>Verificador para o Ministério Público…</translation>
    </message>
    <message>
      <source>Save the page prosecutors open in any browser to check a report, with nothing installed</source>
      <translation>Guardar a página que o Ministério Público abre em qualquer navegador para verificar um relatório, sem instalar nada</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Choose a new password for your own account</source>
      <translation>Escolher uma nova palavra-passe para a sua própria conta</translation>
    </message>
    <message>
      <source>Hide everything until you type your password again (Ctrl+L)</source>
      <translation>Ocultar tudo até voltar a escrever a sua palavra-passe (Ctrl+L)</translation>
    </message>
    <message>
      <source>Station {code} · {room}</source>
      <translation>Posto {code} · {room}</translation>
    </message>
    <message>
      <source>Verifying the ledger…</source>
      <translation>A verificar o registo…</translation>
    </message>
    <message>
      <source>Verifying {n} ledger entries…</source>
      <translation>A verificar {n} entradas do registo…</translation>
    </message>
    <message>
      <source>The daily ledger checkpoint could not be signed: {reason}</source>
      <translation>Não foi possível assinar o ponto de controlo diário do registo: {reason}</translation>
    </message>
    <message>
      <source>Ledger last verified {when}: intact, {n} entries</source>
      <translation>Registo verificado em {when}: íntegro, {n} entradas</translation>
    </message>
    <message>
      <source>Ledger NOT intact at the last verification ({when}): see Administration</source>
      <translation>Registo NÃO íntegro na última verificação ({when}): ver Administração</translation>
    </message>
    <message>
      <source>Ledger not verified since you signed in</source>
      <translation>Registo não verificado desde que iniciou sessão</translation>
    </message>
    <message>
      <source>Ledger verified {when}: intact, {n} entries</source>
      <translation>Registo verificado em {when}: íntegro, {n} entradas</translation>
    </message>
    <message>
      <source>Ledger NOT intact: see Administration</source>
      <translation>Registo NÃO íntegro: ver Administração</translation>
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
      <translation>Armazém</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratório</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>Destino final</translation>
    </message>
    <message>
      <source>Inventory audit</source>
      <translation>Inventário</translation>
    </message>
    <message>
      <source>Barcode scanner</source>
      <translation>Leitor de códigos</translation>
    </message>
    <message>
      <source>New seizure</source>
      <translation>Nova apreensão</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Processos</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Objetos</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>Locais</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Relatórios</translation>
    </message>
    <message>
      <source>Station settings</source>
      <translation>Definições do posto</translation>
    </message>
    <message>
      <source>Send a package</source>
      <translation>Enviar um pacote</translation>
    </message>
    <message>
      <source>Receive a package</source>
      <translation>Receber um pacote</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <source>Open a new case</source>
      <translation>Abrir um novo processo</translation>
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
      <translation>Nome de utilizador</translation>
    </message>
    <message>
      <source>Lower-case letters, digits, '.', '_' or '-'; 2 to 32 characters.</source>
      <translation>Letras minúsculas, algarismos, «.», «_» ou «-»; 2 a 32 carateres.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nome completo</translation>
    </message>
    <message>
      <source>Badge number</source>
      <translation>Número de matrícula</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Posto hierárquico</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Opcional</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidade</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Funções</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Palavra-passe</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>Repetir a palavra-passe</translation>
    </message>
  </context>
  <context>
    <name>Nouns</name>
    <message>
      <source>attachment</source>
      <translation>anexo</translation>
    </message>
    <message>
      <source>item</source>
      <translation>objeto</translation>
    </message>
    <message>
      <source>case</source>
      <translation>processo</translation>
    </message>
    <message>
      <source>location</source>
      <translation>local</translation>
    </message>
    <message>
      <source>discrepancy</source>
      <translation>divergência</translation>
    </message>
    <message>
      <source>audit</source>
      <translation>inventário</translation>
    </message>
    <message>
      <source>seizure</source>
      <translation>apreensão</translation>
    </message>
    <message>
      <source>officer</source>
      <translation>agente</translation>
    </message>
    <message>
      <source>person</source>
      <translation>pessoa</translation>
    </message>
    <message>
      <source>items of case</source>
      <translation>objetos do processo</translation>
    </message>
    <message>
      <source>trusted key</source>
      <translation>chave de confiança</translation>
    </message>
  </context>
  <context>
    <name>OffenceType</name>
    <message>
      <source>Drug trafficking</source>
      <translation>Tráfico de droga</translation>
    </message>
    <message>
      <source>Arms trafficking</source>
      <translation>Tráfico de armas</translation>
    </message>
    <message>
      <source>Human trafficking</source>
      <translation>Tráfico de seres humanos</translation>
    </message>
    <message>
      <source>Smuggling of goods</source>
      <translation>Contrabando de mercadorias</translation>
    </message>
    <message>
      <source>Illegal exploitation of natural resources</source>
      <translation>Exploração ilegal de recursos naturais</translation>
    </message>
    <message>
      <source>Other offence</source>
      <translation>Outro crime</translation>
    </message>
  </context>
  <context>
    <name>OfficersPanel</name>
    <message>
      <source>New officer…</source>
      <translation>Novo agente…</translation>
    </message>
    <message>
      <source>Edit roles…</source>
      <translation>Alterar funções…</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>Desativar</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>Repor a palavra-passe…</translation>
    </message>
    <message>
      <source>Print badge card…</source>
      <translation>Imprimir cartão…</translation>
    </message>
    <message>
      <source>Only administrators see the list of officers.</source>
      <translation>Só os administradores veem a lista de agentes.</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>Ativar</translation>
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>Não pode desativar a sua própria conta.</translation>
    </message>
    <message>
      <source>To change your own password use "Change my password…" at the top of the window.</source>
      <translation>Para alterar a sua própria palavra-passe use «Alterar a minha palavra-passe…» no topo da janela.</translation>
    </message>
    <message>
      <source>Only a locked account can be unlocked.</source>
      <translation>Só uma conta bloqueada pode ser desbloqueada.</translation>
    </message>
    <message>
      <source>Add a new officer.</source>
      <translation>Adicionar um novo agente.</translation>
    </message>
    <message>
      <source>Officer {officer} added. Badge number {badge}; badge card code {code}.</source>
      <translation>Agente {officer} adicionado. Número de matrícula {badge}; código do cartão {code}.</translation>
    </message>
    <message>
      <source>Change the roles of {officer}.</source>
      <translation>Alterar as funções de {officer}.</translation>
    </message>
    <message>
      <source>Roles of {officer}: {roles}.</source>
      <translation>Funções de {officer}: {roles}.</translation>
    </message>
    <message>
      <source>Reset the password of {officer}.</source>
      <translation>Repor a palavra-passe de {officer}.</translation>
    </message>
    <message>
      <source>New password set for {officer}; a new signing key was issued and the old one revoked.</source>
      <translation>Nova palavra-passe definida para {officer}; foi emitida uma nova chave de assinatura e a antiga foi revogada.</translation>
    </message>
    <message>
      <source>Enable the account of {officer}.</source>
      <translation>Ativar a conta de {officer}.</translation>
    </message>
    <message>
      <source>Disable the account of {officer}: they can no longer sign in.</source>
      <translation>Desativar a conta de {officer}: deixa de poder iniciar sessão.</translation>
    </message>
    <message>
      <source>{officer} can sign in again.</source>
      <translation>{officer} pode voltar a iniciar sessão.</translation>
    </message>
    <message>
      <source>{officer} is disabled and can no longer sign in.</source>
      <translation>{officer} está desativado e já não pode iniciar sessão.</translation>
    </message>
    <message>
      <source>Unlock the account of {officer}.</source>
      <translation>Desbloquear a conta de {officer}.</translation>
    </message>
    <message>
      <source>{officer} is unlocked and can sign in again.</source>
      <translation>{officer} está desbloqueado e pode voltar a iniciar sessão.</translation>
    </message>
    <message>
      <source>Print a badge card for {officer}.</source>
      <translation>Imprimir um cartão para {officer}.</translation>
    </message>
    <message>
      <source>Badge card of {officer}</source>
      <translation>Cartão de {officer}</translation>
    </message>
    <message>
      <source>Badge card code {code}: scanning it identifies {officer} at a handover.</source>
      <translation>Código do cartão {code}: lê-lo identifica {officer} numa entrega.</translation>
    </message>
    <message>
      <source>Badge card of {officer} saved to {path}.</source>
      <translation>Cartão de {officer} guardado em {path}.</translation>
    </message>
    <message>
      <source>Badge card of {officer} printed ({where}).</source>
      <translation>Cartão de {officer} impresso ({where}).</translation>
    </message>
    <message>
      <source>The badge card could not be saved to {path}: {reason}</source>
      <translation>Não foi possível guardar o cartão em {path}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <source>Please wait</source>
      <translation>Aguarde, por favor</translation>
    </message>
  </context>
  <context>
    <name>Passwords</name>
    <message>
      <source>The password is too short: use at least {min} characters (this one has {count}).</source>
      <translation>A palavra-passe é demasiado curta: use pelo menos {min} carateres (esta tem {count}).</translation>
    </message>
    <message>
      <source>The password is too long: use at most {max} characters (this one has {count}).</source>
      <translation>A palavra-passe é demasiado longa: use no máximo {max} carateres (esta tem {count}).</translation>
    </message>
    <message>
      <source>This password is on a list of commonly used passwords that attackers try first. Choose another one.</source>
      <translation>Esta palavra-passe consta de uma lista de palavras-passe comuns que os atacantes experimentam primeiro. Escolha outra.</translation>
    </message>
    <message>
      <source>The password cannot be the same as the user name.</source>
      <translation>A palavra-passe não pode ser igual ao nome de utilizador.</translation>
    </message>
    <message>
      <source>The password contains an invisible control character that cannot be typed reliably.</source>
      <translation>A palavra-passe contém um caráter de controlo invisível que não pode ser escrito de forma fiável.</translation>
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
      <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
      <source>of {n}</source>
      <translation>de {n}</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Seguinte ▶</translation>
    </message>
    <message>
      <source>Next page (Page Down)</source>
      <translation>Página seguinte (Page Down)</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Página</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+−)</source>
      <translation>Reduzir (Ctrl+−)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation>Ampliar (Ctrl++)</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Ajustar à largura</translation>
    </message>
    <message>
      <source>Whole page</source>
      <translation>Página inteira</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Guardar em PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Largura</translation>
    </message>
    <message>
      <source>Print {title}</source>
      <translation>Imprimir {title}</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Guardar em PDF</translation>
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
      <translation>Não é possível mostrar o documento: não é um PDF legível ({reason}).</translation>
    </message>
    <message>
      <source>The disk is full: {name} was not saved. Free some space or choose another drive. Nothing was written.</source>
      <translation>O disco está cheio: {name} não foi guardado. Liberte espaço ou escolha outra unidade. Nada foi escrito.</translation>
    </message>
    <message>
      <source>You may not write to the folder {folder}, so {name} was not saved. Choose another folder (your Documents folder or a USB drive). Nothing was written.</source>
      <translation>Não tem permissão para escrever na pasta {folder}, por isso {name} não foi guardado. Escolha outra pasta (a sua pasta Documentos ou uma pen USB). Nada foi escrito.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist any more (was a USB drive removed?), so {name} was not saved.</source>
      <translation>A pasta {folder} já não existe (foi retirada uma pen USB?), por isso {name} não foi guardado.</translation>
    </message>
    <message>
      <source>{name} could not be saved: {reason}. Nothing was written.</source>
      <translation>Não foi possível guardar {name}: {reason}. Nada foi escrito.</translation>
    </message>
    <message>
      <source>The printer {printer} could not be started, so nothing was printed. Check that it is switched on and connected, or choose another printer.</source>
      <translation>Não foi possível iniciar a impressora {printer}, por isso nada foi impresso. Verifique se está ligada e conectada, ou escolha outra impressora.</translation>
    </message>
    <message>
      <source>Printing on {printer} failed at page {page} of {pages}. Check the printer (paper, labels, cover) and print again.</source>
      <translation>A impressão em {printer} falhou na página {page} de {pages}. Verifique a impressora (papel, etiquetas, tampa) e imprima de novo.</translation>
    </message>
    <message>
      <source>default printer</source>
      <translation>impressora predefinida</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>Laboratory analyst</source>
      <translation>Analista de laboratório</translation>
    </message>
    <message>
      <source>Court clerk</source>
      <translation>Oficial de justiça</translation>
    </message>
    <message>
      <source>Prosecutor's office</source>
      <translation>Ministério Público</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Proprietário</translation>
    </message>
    <message>
      <source>Courier</source>
      <translation>Estafeta</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Outro</translation>
    </message>
    <message>
      <source>Choose what this person is (laboratory analyst, court clerk, owner, courier, other).</source>
      <translation>Escolha o que é esta pessoa (analista de laboratório, oficial de justiça, proprietário, estafeta, outro).</translation>
    </message>
    <message>
      <source>There is no outside person {ref}: register them first.</source>
      <translation>Não existe a pessoa externa {ref}: registe-a primeiro.</translation>
    </message>
    <message>
      <source>Give the number of the identity document you saw (staff card, passport, …).</source>
      <translation>Indique o número do documento de identificação que viu (cartão profissional, passaporte, …).</translation>
    </message>
    <message>
      <source>Register a person outside the station</source>
      <translation>Registar uma pessoa externa ao posto</translation>
    </message>
    <message>
      <source>e.g. staff card, passport</source>
      <translation>p. ex. cartão profissional, passaporte</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organização</translation>
    </message>
    <message>
      <source>Is a</source>
      <translation>É</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Documento de identificação</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Número do documento</translation>
    </message>
    <message>
      <source>Clear signature</source>
      <translation>Apagar a assinatura</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>Nova pessoa…</translation>
    </message>
    <message>
      <source>(not named)</source>
      <translation>(sem nome)</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>{n} done</source>
      <translation>{n} concluído(s)</translation>
    </message>
  </context>
  <context>
    <name>ReauthDialog</name>
    <message>
      <source>Confirm with your password</source>
      <translation>Confirmar com a sua palavra-passe</translation>
    </message>
    <message>
      <source>This is a sensitive action. Type your own password again ({name}, signed in as {user}).</source>
      <translation>Esta é uma ação sensível. Escreva de novo a sua própria palavra-passe ({name}, com sessão iniciada como {user}).</translation>
    </message>
    <message>
      <source>Your password</source>
      <translation>A sua palavra-passe</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>Confirmar</translation>
    </message>
    <message>
      <source>Type your password.</source>
      <translation>Escreva a sua palavra-passe.</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>A verificar…</translation>
    </message>
    <message>
      <source>Wrong password. Type it again, or Cancel.</source>
      <translation>Palavra-passe errada. Escreva-a de novo, ou Cancelar.</translation>
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
      <translation>Sem selo</translation>
    </message>
    <message>
      <source>&lt;b&gt;Corrected by entry #{seq}&lt;/b&gt; ({at}): {field}: «{old}» → «{new}». Reason: {reason}. Requested by {requested_by}, approved by {approved_by}.</source>
      <translation>&lt;b&gt;Corrigido pela entrada n.º {seq}&lt;/b&gt; ({at}): {field}: «{old}» → «{new}». Motivo: {reason}. Pedido por {requested_by}, aprovado por {approved_by}.</translation>
    </message>
    <message>
      <source>I certify that this report reproduces, for each item listed, every entry of the evidence ledger concerning it up to the date of this report: who held it, where it was stored, and each time it left the evidence room (to a laboratory, to court or to another agency) and came back, as recorded above. The ledger entries are signed by the officers named; the attached proof lets anyone check them (see "How to check this report").</source>
      <translation>Certifico que o presente relatório reproduz, para cada objeto enumerado, todas as entradas do registo de provas que lhe dizem respeito até à data do relatório: quem o deteve, onde foi guardado e cada vez que saiu do depósito de provas (para um laboratório, para o tribunal ou para outro serviço) e regressou, tal como registado acima. As entradas do registo são assinadas pelos agentes indicados; a prova anexa permite a qualquer pessoa verificá-las (ver «Como verificar este relatório»).</translation>
    </message>
    <message>
      <source>Every event above is an entry of the station's append-only evidence ledger. Each entry's hash is proven to be included in the signed checkpoint below, and the file custody-proof.json attached to this PDF contains the entries, their signatures and the inclusion proofs. Anyone can check them with: custody-verify REPORT.pdf --trust "&lt;station verifier key&gt;". The PDF itself is digitally signed; any change to it invalidates the signature.</source>
      <translation>Cada acontecimento acima é uma entrada do registo de provas do posto, ao qual só se pode acrescentar. Está provado que o hash de cada entrada está incluído no ponto de controlo assinado abaixo, e o ficheiro custody-proof.json anexado a este PDF contém as entradas, as suas assinaturas e as provas de inclusão. Qualquer pessoa pode verificá-las com: custody-verify REPORT.pdf --trust "&lt;chave de verificação do posto&gt;". O próprio PDF está assinado digitalmente; qualquer alteração invalida a assinatura.</translation>
    </message>
    <message>
      <source>The file custody-proof.json attached to this PDF holds the signed ledger entries this report states. Checking them needs only this PDF and the station's verifier key, published by the agency:</source>
      <translation>O ficheiro custody-proof.json anexado a este PDF contém as entradas assinadas do registo que este relatório afirma. Para as verificar, basta este PDF e a chave de verificação do posto, publicada pelo serviço:</translation>
    </message>
    <message>
      <source>Without installing anything: open verify.html (the verifier page the agency provides) in a web browser, drop this PDF on it, and paste the key.</source>
      <translation>Sem instalar nada: abra verify.html (a página de verificação fornecida pelo serviço) num navegador, largue nela este PDF e cole a chave.</translation>
    </message>
    <message>
      <source>Item id</source>
      <translation>Número do objeto</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Ação</translation>
    </message>
    <message>
      <source>Entry hash (SHA-256)</source>
      <translation>Hash da entrada (SHA-256)</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Processo</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Relatório</translation>
    </message>
    <message>
      <source>Generated</source>
      <translation>Emitido em</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Serviço</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>Depósito de provas</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Número do processo</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>Crime</translation>
    </message>
    <message>
      <source>Agency reference</source>
      <translation>Referência do serviço</translation>
    </message>
    <message>
      <source>Prosecutor reference</source>
      <translation>Referência do Ministério Público</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Referência do tribunal</translation>
    </message>
    <message>
      <source>Seizure document</source>
      <translation>Auto de apreensão</translation>
    </message>
    <message>
      <source>Seized on</source>
      <translation>Apreendido em</translation>
    </message>
    <message>
      <source>Place of seizure</source>
      <translation>Local da apreensão</translation>
    </message>
    <message>
      <source>Seizing officer</source>
      <translation>Agente que apreendeu</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>Testemunhas</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>Fundamento legal</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>Recebido de</translation>
    </message>
    <message>
      <source>Case and seizure</source>
      <translation>Processo e apreensão</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Objetos</translation>
    </message>
    <message>
      <source>Item {number} of {total} · {item_id}</source>
      <translation>Objeto {number} de {total} · {item_id}</translation>
    </message>
    <message>
      <source>Chain of custody</source>
      <translation>Cadeia de custódia</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>Destino</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>Autoridade</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>Número do relatório</translation>
    </message>
    <message>
      <source>Checkpoint tree size</source>
      <translation>Tamanho da árvore no ponto de controlo</translation>
    </message>
    <message>
      <source>Root hash</source>
      <translation>Hash raiz</translation>
    </message>
    <message>
      <source>Station key</source>
      <translation>Chave do posto</translation>
    </message>
    <message>
      <source>Station key fingerprint</source>
      <translation>Impressão digital da chave do posto</translation>
    </message>
    <message>
      <source>Station verifier key</source>
      <translation>Chave de verificação do posto</translation>
    </message>
    <message>
      <source>PDF-signing certificate (SHA-256)</source>
      <translation>Certificado de assinatura do PDF (SHA-256)</translation>
    </message>
    <message>
      <source>Signed checkpoint</source>
      <translation>Ponto de controlo assinado</translation>
    </message>
    <message>
      <source>Integrity (technical details)</source>
      <translation>Integridade (detalhes técnicos)</translation>
    </message>
    <message>
      <source>Entry hashes proven against the checkpoint</source>
      <translation>Hashes das entradas provados contra o ponto de controlo</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>N.º</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantidade</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>Selo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Correções</translation>
    </message>
    <message>
      <source>No disposition recorded: the item is still held.</source>
      <translation>Nenhum destino registado: o objeto continua guardado.</translation>
    </message>
    <message>
      <source>Date/time</source>
      <translation>Data/hora</translation>
    </message>
    <message>
      <source>Released by</source>
      <translation>Entregue por</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>Recebido por</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Finalidade</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>Seal state</source>
      <translation>Estado do selo</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Assinaturas</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Corrects entry #{seq}</source>
      <translation>Corrige a entrada n.º {seq}</translation>
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
      <translation>Valor registado</translation>
    </message>
    <message>
      <source>Corrected value</source>
      <translation>Valor corrigido</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>Pedido por</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Aprovado por</translation>
    </message>
    <message>
      <source>This PDF is signed. In Adobe Reader, Okular or any PDF reader, the signature panel must say the document was not changed since it was signed. The signing certificate's SHA-256 fingerprint must be {fp} (the station's certificate, which the ledger binds to the station key).</source>
      <translation>Este PDF está assinado. No Adobe Reader, Okular ou qualquer leitor de PDF, o painel de assinaturas tem de indicar que o documento não foi alterado desde que foi assinado. A impressão digital SHA-256 do certificado de assinatura tem de ser {fp} (o certificado do posto, que o registo liga à chave do posto).</translation>
    </message>
    <message>
      <source>With Python: pip install custody, then: custody-verify REPORT.pdf --trust "{key}". VERIFIED means every event above is proven; FAILED names what was changed.</source>
      <translation>Com Python: pip install custody, depois: custody-verify REPORT.pdf --trust "{key}". VERIFIED significa que cada acontecimento acima está provado; FAILED indica o que foi alterado.</translation>
    </message>
    <message>
      <source>by</source>
      <translation>por</translation>
    </message>
    <message>
      <source>Seal changes</source>
      <translation>Alterações de selo</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>Na posse de</translation>
    </message>
    <message>
      <source>Stored at</source>
      <translation>Guardado em</translation>
    </message>
    <message>
      <source>Latest weights</source>
      <translation>Últimos pesos</translation>
    </message>
    <message>
      <source>Number in its seizure</source>
      <translation>Número na sua apreensão</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Fotografia</translation>
    </message>
    <message>
      <source>(photo could not be read)</source>
      <translation>(não foi possível ler a fotografia)</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Testemunha</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organização</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Declaração</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Assinatura</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Evidence custodian</source>
      <translation>Responsável pela custódia</translation>
    </message>
    <message>
      <source>Received by (prosecutor's office)</source>
      <translation>Recebido por (Ministério Público)</translation>
    </message>
    <message>
      <source>Certification</source>
      <translation>Certificação</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>Selado</translation>
    </message>
    <message>
      <source>How to check this report</source>
      <translation>Como verificar este relatório</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Missing (expected, not found)</source>
      <translation>Em falta (esperados, não encontrados)</translation>
    </message>
    <message>
      <source>Unexpected (found, not expected)</source>
      <translation>Inesperados (encontrados, não esperados)</translation>
    </message>
    <message>
      <source>Misplaced (found in the wrong place)</source>
      <translation>Fora do lugar (encontrados no sítio errado)</translation>
    </message>
    <message>
      <source>We certify that the items listed above were released to the person named above, who proved their identity with the document given, on the date and at the place given above.</source>
      <translation>Certificamos que os objetos enumerados acima foram restituídos à pessoa indicada acima, que provou a sua identidade com o documento indicado, na data e no local indicados acima.</translation>
    </message>
    <message>
      <source>We certify that the items listed above were disposed of as stated, in our presence, on the date and at the place given above.</source>
      <translation>Certificamos que os objetos enumerados acima tiveram o destino final indicado, na nossa presença, na data e no local indicados acima.</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Âmbito</translation>
    </message>
    <message>
      <source>Auditors</source>
      <translation>Auditores</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Iniciado em</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Concluído em</translation>
    </message>
    <message>
      <source>Expected items</source>
      <translation>Objetos esperados</translation>
    </message>
    <message>
      <source>Scanned items</source>
      <translation>Objetos lidos</translation>
    </message>
    <message>
      <source>Discrepancies</source>
      <translation>Divergências</translation>
    </message>
    <message>
      <source>Expected at</source>
      <translation>Esperado em</translation>
    </message>
    <message>
      <source>Found at</source>
      <translation>Encontrado em</translation>
    </message>
    <message>
      <source>Authorisation</source>
      <translation>Autorização</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>Referência do despacho</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <source>Examinations requested</source>
      <translation>Exames pedidos</translation>
    </message>
    <message>
      <source>Location / holder</source>
      <translation>Local / detentor</translation>
    </message>
    <message>
      <source>Last event</source>
      <translation>Último acontecimento</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Nenhum.</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>Autorizado por</translation>
    </message>
    <message>
      <source>Authorised on</source>
      <translation>Autorizado em</translation>
    </message>
    <message>
      <source>Release to the owner</source>
      <translation>Restituição ao proprietário</translation>
    </message>
    <message>
      <source>Disposal carried out</source>
      <translation>Destino final executado</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalhes</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>Released to</source>
      <translation>Restituído a</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Documento de identificação</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <translation>Executado por</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Observações</translation>
    </message>
    <message>
      <source>Ledger entries</source>
      <translation>Entradas do registo</translation>
    </message>
    <message>
      <source>Performed by</source>
      <translation>Efetuado por</translation>
    </message>
    <message>
      <source>Submission</source>
      <translation>Remessa</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>Laboratório</translation>
    </message>
    <message>
      <source>Laboratory number</source>
      <translation>Número do laboratório</translation>
    </message>
    <message>
      <source>Submitted by</source>
      <translation>Enviado por</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>Enviado em</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>Transporte</translation>
    </message>
    <message>
      <source>Hazards</source>
      <translation>Perigos</translation>
    </message>
    <message>
      <source>Case summary</source>
      <translation>Resumo do processo</translation>
    </message>
    <message>
      <source>Weights on record</source>
      <translation>Pesos registados</translation>
    </message>
    <message>
      <source>Items: {n}</source>
      <translation>Objetos: {n}</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Destinatário</translation>
    </message>
    <message>
      <source>Entry hash</source>
      <translation>Hash da entrada</translation>
    </message>
    <message>
      <source>Gross weight</source>
      <translation>Peso bruto</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Peso líquido</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Registado por</translation>
    </message>
    <message>
      <source>Signature and date</source>
      <translation>Assinatura e data</translation>
    </message>
    <message>
      <source>Received by the laboratory</source>
      <translation>Recebido pelo laboratório</translation>
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
      <translation>O certificado de assinatura de PDF do posto (SHA-256 {found}) não é o que o registo regista para o posto {code} ({expected}). Nada foi assinado. Restaure os ficheiros de certificado do posto a partir da cópia de segurança, ou importe de novo o certificado do serviço.</translation>
    </message>
    <message>
      <source>The certificate could not be used: {reason}</source>
      <translation>Não foi possível usar o certificado: {reason}</translation>
    </message>
    <message>
      <source>Case inventory</source>
      <translation>Inventário do processo</translation>
    </message>
    <message>
      <source>Certificate of disposal</source>
      <translation>Auto de destino final</translation>
    </message>
    <message>
      <source>Certificate of release to the owner</source>
      <translation>Auto de restituição ao proprietário</translation>
    </message>
    <message>
      <source>Laboratory submission form</source>
      <translation>Guia de remessa ao laboratório</translation>
    </message>
    <message>
      <source>Inventory audit: discrepancies</source>
      <translation>Inventário: divergências</translation>
    </message>
    <message>
      <source>The photo recorded at entry {seq} is not shown: the stored file does not match the SHA-256 the ledger recorded for it (it was changed or damaged after it was recorded).</source>
      <translation>A fotografia registada na entrada {seq} não é mostrada: o ficheiro guardado não corresponde ao SHA-256 que o registo anotou para ele (foi alterado ou danificado depois de registado).</translation>
    </message>
    <message>
      <source>The photo recorded at entry {seq} is not shown: the file is missing from the database.</source>
      <translation>A fotografia registada na entrada {seq} não é mostrada: o ficheiro não está na base de dados.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sim</translation>
    </message>
    <message>
      <source>no</source>
      <translation>não</translation>
    </message>
    <message>
      <source>gross</source>
      <translation>bruto</translation>
    </message>
    <message>
      <source>net</source>
      <translation>líquido</translation>
    </message>
    <message>
      <source>{field}: expected {expected}, found {found}, difference {diff}</source>
      <translation>{field}: esperado {expected}, encontrado {found}, diferença {diff}</translation>
    </message>
    <message>
      <source>New items: {ids}</source>
      <translation>Novos objetos: {ids}</translation>
    </message>
    <message>
      <source>Accepts the discrepancy of entry #{seq}</source>
      <translation>Aceita a divergência da entrada n.º {seq}</translation>
    </message>
    <message>
      <source>Lab number</source>
      <translation>Número do laboratório</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>Referência do tribunal</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Despacho</translation>
    </message>
    <message>
      <source>Intact</source>
      <translation>Intacto</translation>
    </message>
    <message>
      <source>Broken</source>
      <translation>Rompido</translation>
    </message>
    <message>
      <source>the station</source>
      <translation>o posto</translation>
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
      <translation>Data</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>Referência do despacho</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>Fundamento legal</translation>
    </message>
    <message>
      <source>Released to</source>
      <translation>Restituído a</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Documento de identificação</translation>
    </message>
    <message>
      <source>Released by</source>
      <translation>Restituído por</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Observações</translation>
    </message>
    <message>
      <source>Released to the owner</source>
      <translation>Restituído ao proprietário</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <translation>Executado por</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalhes</translation>
    </message>
    <message>
      <source>I witnessed the disposal ({method}) of this item on {date}, as recorded above, and I never held this item.</source>
      <translation>Testemunhei o destino final ({method}) deste objeto em {date}, tal como registado acima, e nunca tive este objeto em meu poder.</translation>
    </message>
    <message>
      <source>Signed in the ledger, entry #{seq}</source>
      <translation>Assinado no registo, entrada n.º {seq}</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>Destino final</translation>
    </message>
    <message>
      <source>seal {number} broken (entry #{seq})</source>
      <translation>selo {number} rompido (entrada n.º {seq})</translation>
    </message>
    <message>
      <source>seal {number} applied (entry #{seq})</source>
      <translation>selo {number} aplicado (entrada n.º {seq})</translation>
    </message>
    <message>
      <source>{label} {weight} ({what}, entry #{seq})</source>
      <translation>{label} {weight} ({what}, entrada n.º {seq})</translation>
    </message>
    <message>
      <source>MISSING: not found at the inventory audit of {date} (entry #{seq})</source>
      <translation>EM FALTA: não encontrado no inventário de {date} (entrada n.º {seq})</translation>
    </message>
    <message>
      <source>Seizure {number}: {date}, {place}</source>
      <translation>Apreensão {number}: {date}, {place}</translation>
    </message>
    <message>
      <source>The ledger reference {ref} points at an entry that does not record it (seq {seq}). Nothing was recorded. An administrator should run 'custody ledger rebuild'.</source>
      <translation>A referência de registo {ref} aponta para uma entrada que não a regista (seq {seq}). Nada foi registado. Um administrador deve executar «custody ledger rebuild».</translation>
    </message>
    <message>
      <source>The entries this report would state do not verify: {reason}. Nothing was recorded.</source>
      <translation>As entradas que este relatório afirmaria não passam na verificação: {reason}. Nada foi registado.</translation>
    </message>
    <message>
      <source>Chain of custody report</source>
      <translation>Relatório de cadeia de custódia</translation>
    </message>
    <message>
      <source>Chain of custody report (case)</source>
      <translation>Relatório de cadeia de custódia (processo)</translation>
    </message>
    <message>
      <source>Chain of custody report (transfer to another agency)</source>
      <translation>Relatório de cadeia de custódia (transferência para outro serviço)</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation>Relatórios</translation>
    </message>
    <message>
      <source>The court's chain of custody report of one item or of every item of a case. Each report is recorded in the ledger, signed by this station and carries the proof of its own integrity. The same box gives a case's inventory, an item's disposal certificate and its laboratory submission form, also signed by this station and recorded in the ledger.</source>
      <translation>O relatório de cadeia de custódia para o tribunal, de um objeto ou de todos os objetos de um processo. Cada relatório é registado no registo, assinado por este posto e leva a prova da sua própria integridade. A mesma caixa dá o inventário de um processo, o auto de destino final de um objeto e a sua guia de remessa ao laboratório, também assinados por este posto e registados no registo.</translation>
    </message>
    <message>
      <source>Custody report</source>
      <translation>Relatório de custódia</translation>
    </message>
    <message>
      <source>Scan the item's barcode, or type an item id or a case number.</source>
      <translation>Leia o código de barras do objeto, ou escreva um número de objeto ou de processo.</translation>
    </message>
    <message>
      <source>Item id (UN-DIL-26-000123-7) or case number</source>
      <translation>Número do objeto (UN-DIL-26-000123-7) ou do processo</translation>
    </message>
    <message>
      <source>Item report</source>
      <translation>Relatório do objeto</translation>
    </message>
    <message>
      <source>Case report</source>
      <translation>Relatório do processo</translation>
    </message>
    <message>
      <source>Other documents:</source>
      <translation>Outros documentos:</translation>
    </message>
    <message>
      <source>Case inventory</source>
      <translation>Inventário do processo</translation>
    </message>
    <message>
      <source>Disposal certificate</source>
      <translation>Auto de destino final</translation>
    </message>
    <message>
      <source>Lab submission form</source>
      <translation>Guia de remessa ao laboratório</translation>
    </message>
    <message>
      <source>Language of the document:</source>
      <translation>Língua do documento:</translation>
    </message>
    <message>
      <source>Headings, field names and the certification are written in this language; what officers typed stays as typed.</source>
      <translation>Os títulos, os nomes dos campos e a certificação são escritos nesta língua; o que os agentes escreveram fica tal como foi escrito.</translation>
    </message>
    <message>
      <source>Last report</source>
      <translation>Último relatório</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>Número do relatório</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Objetos</translation>
    </message>
    <message>
      <source>Station verifier key</source>
      <translation>Chave de verificação do posto</translation>
    </message>
    <message>
      <source>Checkpoint the report is proven against</source>
      <translation>Ponto de controlo contra o qual o relatório é provado</translation>
    </message>
    <message>
      <source>Give the prosecutor the PDF and the station verifier key: with them anyone can check the report without Custody, its database or the internet, using the &lt;span style="white-space: nowrap"&gt;custody-verify&lt;/span&gt; program.</source>
      <translation>Entregue ao Ministério Público o PDF e a chave de verificação do posto: com eles, qualquer pessoa pode verificar o relatório sem o Custody, a sua base de dados ou a internet, com o programa &lt;span style="white-space: nowrap"&gt;custody-verify&lt;/span&gt;.</translation>
    </message>
    <message>
      <source>Show the report again…</source>
      <translation>Mostrar de novo o relatório…</translation>
    </message>
    <message>
      <source>Copy verifier key</source>
      <translation>Copiar a chave de verificação</translation>
    </message>
    <message>
      <source>Copy checkpoint</source>
      <translation>Copiar o ponto de controlo</translation>
    </message>
    <message>
      <source>Scan or type the item id first.</source>
      <translation>Leia ou escreva primeiro o número do objeto.</translation>
    </message>
    <message>
      <source>Chain of custody report — {item}</source>
      <translation>Relatório de cadeia de custódia — {item}</translation>
    </message>
    <message>
      <source>Producing the custody report of {item}…</source>
      <translation>A produzir o relatório de custódia de {item}…</translation>
    </message>
    <message>
      <source>Type the case number first.</source>
      <translation>Escreva primeiro o número do processo.</translation>
    </message>
    <message>
      <source>Chain of custody report — case {case}</source>
      <translation>Relatório de cadeia de custódia — processo {case}</translation>
    </message>
    <message>
      <source>Producing the custody report of case {case}…</source>
      <translation>A produzir o relatório de custódia do processo {case}…</translation>
    </message>
    <message>
      <source>Producing the inventory of case {case}…</source>
      <translation>A produzir o inventário do processo {case}…</translation>
    </message>
    <message>
      <source>Case inventory — {case}</source>
      <translation>Inventário do processo — {case}</translation>
    </message>
    <message>
      <source>Producing the disposal certificate of {item}…</source>
      <translation>A produzir o auto de destino final de {item}…</translation>
    </message>
    <message>
      <source>Disposal certificate — {item}</source>
      <translation>Auto de destino final — {item}</translation>
    </message>
    <message>
      <source>Producing the laboratory submission form of {item}…</source>
      <translation>A produzir a guia de remessa ao laboratório de {item}…</translation>
    </message>
    <message>
      <source>Laboratory submission form — {item}</source>
      <translation>Guia de remessa ao laboratório — {item}</translation>
    </message>
    <message>
      <source>Signed by this station and recorded in the ledger. SHA-256 {sha}</source>
      <translation>Assinado por este posto e registado no registo. SHA-256 {sha}</translation>
    </message>
    <message>
      <source>(unknown)</source>
      <translation>(desconhecido)</translation>
    </message>
    <message numerus="yes">
      <source>Report {id} · %n item(s) · signed by this station; the proof bundle is attached to the PDF.</source>
      <translation>
        <numerusform>Relatório {id} · %n objeto · assinado por este posto; o pacote de prova está anexado ao PDF.</numerusform>
        <numerusform>Relatório {id} · %n objetos · assinado por este posto; o pacote de prova está anexado ao PDF.</numerusform>
      </translation>
    </message>
    <message>
      <source>Verifier key copied.</source>
      <translation>Chave de verificação copiada.</translation>
    </message>
    <message>
      <source>Checkpoint copied.</source>
      <translation>Ponto de controlo copiado.</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>The officer's signing key is locked with the old password, which nobody knows any more. Custody therefore issues a NEW signing key and REVOKES the old one; entries already signed stay valid. The account is also unlocked. Give the new password to the officer in person.</source>
      <translation>A chave de assinatura do agente está bloqueada com a palavra-passe antiga, que já ninguém conhece. Por isso, o Custody emite uma NOVA chave de assinatura e REVOGA a antiga; as entradas já assinadas continuam válidas. A conta também é desbloqueada. Entregue a nova palavra-passe ao agente pessoalmente.</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Nova palavra-passe</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>Repetir a nova palavra-passe</translation>
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
      <translation>Responsável pela custódia</translation>
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
      <translation>Ministério Público (só leitura)</translation>
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
      <translation>{code} lido: conclua ou feche primeiro a caixa de diálogo aberta.</translation>
    </message>
    <message>
      <source>Scanned {code}, but no part of Custody opens {what} here.</source>
      <translation>{code} lido, mas nenhuma parte do Custody abre {what} aqui.</translation>
    </message>
    <message>
      <source>item numbers</source>
      <translation>números de objeto</translation>
    </message>
    <message>
      <source>location codes</source>
      <translation>códigos de local</translation>
    </message>
    <message>
      <source>badge codes</source>
      <translation>códigos de cartão</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>The search text is too long: at most {max} characters.</source>
      <translation>O texto de pesquisa é demasiado longo: no máximo {max} carateres.</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <source>Scan or type an id, a code or words…</source>
      <translation>Leia um código ou escreva palavras…</translation>
    </message>
    <message>
      <source>Scan or type an item id, a LOC- or OFF- code, or words of a description</source>
      <translation>Leia ou escreva um número de objeto, um código LOC- ou OFF-, ou palavras de uma descrição</translation>
    </message>
  </context>
  <context>
    <name>SeizureForm</name>
    <message>
      <source>Type or choose the case number</source>
      <translation>Escreva ou escolha o número do processo</translation>
    </message>
    <message>
      <source>Open a new case…</source>
      <translation>Abrir um novo processo…</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Processo</translation>
    </message>
    <message>
      <source>Date and time of the seizure</source>
      <translation>Data e hora da apreensão</translation>
    </message>
    <message>
      <source>Station time.</source>
      <translation>Hora do posto.</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>GPS (optional)</source>
      <translation>GPS (opcional)</translation>
    </message>
    <message>
      <source>Latitude, longitude in decimal degrees.</source>
      <translation>Latitude, longitude em graus decimais.</translation>
    </message>
    <message>
      <source>Seizing officer</source>
      <translation>Agente que apreendeu</translation>
    </message>
    <message>
      <source>The officer's username.</source>
      <translation>O nome de utilizador do agente.</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>Testemunhas</translation>
    </message>
    <message>
      <source>One name per line.</source>
      <translation>Um nome por linha.</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>Fundamento legal</translation>
    </message>
    <message>
      <source>Warrant or order, with its number.</source>
      <translation>Mandado ou despacho, com o respetivo número.</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>Recebido de</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Record seizure</source>
      <translation>Registar a apreensão</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Enter a whole number from {low} to {high}.</source>
      <translation>Introduza um número inteiro de {low} a {high}.</translation>
    </message>
    <message>
      <source>Custody does not speak the language {language}. Choose English, French, Portuguese, Spanish or Arabic.</source>
      <translation>O Custody não fala a língua {language}. Escolha inglês, francês, português, espanhol ou árabe.</translation>
    </message>
    <message>
      <source>Unknown setting.</source>
      <translation>Definição desconhecida.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Wrong passwords before locking</source>
      <translation>Palavras-passe erradas antes do bloqueio</translation>
    </message>
    <message>
      <source>An account locks after this many wrong passwords in a row (from {low} to {high}).</source>
      <translation>Uma conta fica bloqueada após este número de palavras-passe erradas seguidas (de {low} a {high}).</translation>
    </message>
    <message>
      <source>Lockout (minutes)</source>
      <translation>Bloqueio (minutos)</translation>
    </message>
    <message>
      <source>How long a locked account stays locked, unless an administrator unlocks it sooner (from {low} to {high} minutes).</source>
      <translation>Quanto tempo uma conta bloqueada fica bloqueada, a menos que um administrador a desbloqueie antes (de {low} a {high} minutos).</translation>
    </message>
    <message>
      <source>Idle lock (minutes)</source>
      <translation>Bloqueio por inatividade (minutos)</translation>
    </message>
    <message>
      <source>The workstation hides everything behind the lock screen after this many minutes without use (from {low} to {high} minutes).</source>
      <translation>O computador esconde tudo atrás do ecrã de bloqueio após este número de minutos sem uso (de {low} a {high} minutos).</translation>
    </message>
    <message>
      <source>Clock jump refused (minutes)</source>
      <translation>Salto do relógio recusado (minutos)</translation>
    </message>
    <message>
      <source>Nothing is recorded when this computer's clock moves forward by more than this while Custody runs (from {low} to {high} minutes).</source>
      <translation>Nada é registado quando o relógio deste computador avança mais do que isto enquanto o Custody está a funcionar (de {low} a {high} minutos).</translation>
    </message>
    <message>
      <source>Station settings</source>
      <translation>Definições do posto</translation>
    </message>
    <message>
      <source>These settings apply to every workstation of this station. Each change is recorded in the ledger with your name.</source>
      <translation>Estas definições aplicam-se a todos os computadores deste posto. Cada alteração é registada no registo com o seu nome.</translation>
    </message>
    <message>
      <source>Sign-in and locking</source>
      <translation>Início de sessão e bloqueio</translation>
    </message>
    <message>
      <source>Language of the station</source>
      <translation>Língua do posto</translation>
    </message>
    <message>
      <source>The sign-in screen speaks it, and reports and labels are written in it unless another language is chosen for a document. Each officer can choose their own at sign-in.</source>
      <translation>O ecrã de início de sessão usa-a, e os relatórios e etiquetas são escritos nela, a menos que se escolha outra para um documento. Cada agente pode escolher a sua ao iniciar sessão.</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>Guardar definições</translation>
    </message>
    <message>
      <source>Undo my changes</source>
      <translation>Anular as minhas alterações</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>Default label template</source>
      <translation>Modelo de etiqueta predefinido</translation>
    </message>
    <message>
      <source>Use this template</source>
      <translation>Usar este modelo</translation>
    </message>
    <message>
      <source>Change the station's default label template</source>
      <translation>Alterar o modelo de etiqueta predefinido do posto</translation>
    </message>
    <message>
      <source>Labels now print on {name} by default.</source>
      <translation>As etiquetas passam a imprimir por predefinição em {name}.</translation>
    </message>
    <message>
      <source>Nothing to save: the settings are as stored.</source>
      <translation>Nada a guardar: as definições estão como guardadas.</translation>
    </message>
    <message>
      <source>Change the station settings.</source>
      <translation>Alterar as definições do posto.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>A guardar…</translation>
    </message>
    <message>
      <source>Saved. The idle lock now starts after {n} minutes without use.</source>
      <translation>Guardado. O bloqueio por inatividade começa agora após {n} minutos sem uso.</translation>
    </message>
  </context>
  <context>
    <name>Setup</name>
    <message>
      <source>A station code is 1 to 16 characters: capital letters A-Z, digits and '-'.</source>
      <translation>Um código de posto tem 1 a 16 carateres: maiúsculas A-Z, algarismos e «-».</translation>
    </message>
    <message>
      <source>A log origin looks like custody.example.org/DIL: lower-case host name, then optional /parts.</source>
      <translation>Uma origem de registo é parecida com custody.example.org/DIL: nome do anfitrião em minúsculas e depois /partes opcionais.</translation>
    </message>
    <message>
      <source>Unknown time zone {tz}. Use a name such as Africa/Kinshasa or UTC.</source>
      <translation>Fuso horário {tz} desconhecido. Use um nome como Asia/Dili ou UTC.</translation>
    </message>
    <message>
      <source>This database is already set up (agency {agency}). Nothing was changed.</source>
      <translation>Esta base de dados já está configurada (serviço {agency}). Nada foi alterado.</translation>
    </message>
  </context>
  <context>
    <name>SignaturePad</name>
    <message>
      <source>Sign here with the mouse or a pen</source>
      <translation>Assine aqui com o rato ou uma caneta</translation>
    </message>
    <message>
      <source>Sign above the line</source>
      <translation>Assine acima da linha</translation>
    </message>
  </context>
  <context>
    <name>SplitDialog</name>
    <message>
      <source>Take a sample of {item}</source>
      <translation>Recolher uma amostra de {item}</translation>
    </message>
    <message>
      <source>Split {item}</source>
      <translation>Dividir {item}</translation>
    </message>
    <message>
      <source>Description of the part *</source>
      <translation>Descrição da parte *</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantidade</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidade</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>Selado</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Número do selo</translation>
    </message>
    <message>
      <source>Add a part</source>
      <translation>Adicionar uma parte</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>For example: sample for the laboratory, request 17/2026.</source>
      <translation>Por exemplo: amostra para o laboratório, requisição 17/2026.</translation>
    </message>
    <message>
      <source>Password of {holder}</source>
      <translation>Palavra-passe de {holder}</translation>
    </message>
    <message>
      <source>{holder} holds this item: they sign too by typing their password here.</source>
      <translation>{holder} detém este objeto: também assina escrevendo aqui a sua palavra-passe.</translation>
    </message>
    <message>
      <source>Take sample</source>
      <translation>Recolher amostra</translation>
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
      <translation>Registo e inventários</translation>
    </message>
    <message>
      <source>Last verification of the ledger</source>
      <translation>Última verificação do registo</translation>
    </message>
    <message>
      <source>Last checkpoint given out in a report</source>
      <translation>Último ponto de controlo entregue num relatório</translation>
    </message>
    <message>
      <source>Last inventory audit</source>
      <translation>Último inventário</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit, not yet resolved</source>
      <translation>Em falta ou fora do lugar num inventário, ainda não regularizados</translation>
    </message>
    <message>
      <source>Items held by officers whose account is disabled</source>
      <translation>Objetos na posse de agentes cuja conta está desativada</translation>
    </message>
    <message>
      <source>My items</source>
      <translation>Os meus objetos</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>A verificar…</translation>
    </message>
    <message>
      <source>Evidence room backlog</source>
      <translation>Pendentes do depósito de provas</translation>
    </message>
    <message>
      <source>Overdue at the laboratory</source>
      <translation>Em atraso no laboratório</translation>
    </message>
    <message>
      <source>Overdue at court</source>
      <translation>Em atraso no tribunal</translation>
    </message>
    <message>
      <source>Eligible for return or destruction (case decided)</source>
      <translation>Para restituir ou destruir (processo decidido)</translation>
    </message>
    <message>
      <source>Disposal authorised, not yet carried out</source>
      <translation>Destino final autorizado, ainda não executado</translation>
    </message>
    <message>
      <source>Weight discrepancies to acknowledge</source>
      <translation>Divergências de peso a aceitar</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit</source>
      <translation>Em falta ou fora do lugar num inventário</translation>
    </message>
    <message>
      <source>With an officer for more than {n} days</source>
      <translation>Com um agente há mais de {n} dias</translation>
    </message>
    <message>
      <source>Held or stored with no label printed</source>
      <translation>Detidos ou armazenados sem etiqueta impressa</translation>
    </message>
    <message>
      <source>Held by officers whose account is disabled (recover them)</source>
      <translation>Na posse de agentes cuja conta está desativada (recuperá-los)</translation>
    </message>
    <message>
      <source>Cases decided, with items to return or destroy</source>
      <translation>Processos decididos, com objetos a restituir ou destruir</translation>
    </message>
    <message>
      <source>Record a case's outcome…</source>
      <translation>Registar o desfecho de um processo…</translation>
    </message>
    <message>
      <source>Authorise the disposal of the selected case's items</source>
      <translation>Autorizar o destino final dos objetos do processo selecionado</translation>
    </message>
    <message>
      <source>Recover items from an absent or disabled officer…</source>
      <translation>Recuperar objetos de um agente ausente ou desativado…</translation>
    </message>
    <message>
      <source>Start page for: {role}</source>
      <translation>Página inicial para: {role}</translation>
    </message>
    <message>
      <source>Next: check it in to storage</source>
      <translation>A seguir: dar-lhe entrada no armazém</translation>
    </message>
    <message>
      <source>Next: hand it over to the evidence room</source>
      <translation>A seguir: entregá-lo ao depósito de provas</translation>
    </message>
    <message>
      <source>{item}: {step} · {description} ({status} since {since})</source>
      <translation>{item}: {step} · {description} ({status} desde {since})</translation>
    </message>
    <message>
      <source>You hold {n} item(s).</source>
      <translation>Tem {n} objeto(s) em seu poder.</translation>
    </message>
    <message>
      <source>You hold no items.</source>
      <translation>Não tem nenhum objeto em seu poder.</translation>
    </message>
    <message>
      <source>{when}: intact</source>
      <translation>{when}: íntegro</translation>
    </message>
    <message>
      <source>{when}: FAILED</source>
      <translation>{when}: FALHOU</translation>
    </message>
    <message>
      <source>never on this station</source>
      <translation>nunca neste posto</translation>
    </message>
    <message>
      <source>{when}, {n} entries</source>
      <translation>{when}, {n} entradas</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>ainda nenhum</translation>
    </message>
    <message>
      <source>{when}, {location}</source>
      <translation>{when}, {location}</translation>
    </message>
    <message>
      <source>return to the owners</source>
      <translation>restituição aos proprietários</translation>
    </message>
    <message>
      <source>destruction</source>
      <translation>destruição</translation>
    </message>
    <message>
      <source>forfeiture to the state</source>
      <translation>perda a favor do Estado</translation>
    </message>
    <message>
      <source>Case {case}: {outcome} ({reference}); {n} item(s) for {disposition}</source>
      <translation>Processo {case}: {outcome} ({reference}); {n} objeto(s) para {disposition}</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Custody could not open its database. The details below are also in the log file.</source>
      <translation>O Custody não conseguiu abrir a sua base de dados. Os detalhes abaixo também estão no ficheiro de registo.</translation>
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
      <translation>Este computador não tem a chave de assinatura do posto {code} ({path}). Nada foi guardado. Restaure o ficheiro de chave do posto a partir da cópia de segurança, ou trabalhe no computador que foi configurado para este posto. Um novo computador numa base de dados partilhada junta-se primeiro a ela como posto próprio: custody station join (docs/DEPLOYMENT.md).</translation>
    </message>
    <message>
      <source>The station key file {path} cannot be used ({reason}). Nothing was saved. Restore the station's key file from its backup.</source>
      <translation>O ficheiro de chave do posto {path} não pode ser usado ({reason}). Nada foi guardado. Restaure o ficheiro de chave do posto a partir da cópia de segurança.</translation>
    </message>
    <message>
      <source>The station key file {path} does not hold the key the ledger registers for station {code} (it holds key {found}, the ledger's is {expected}). Nothing was saved. Restore the right key file from the station's backup.</source>
      <translation>O ficheiro de chave do posto {path} não contém a chave que o registo regista para o posto {code} (contém a chave {found}, a do registo é {expected}). Nada foi guardado. Restaure o ficheiro de chave correto a partir da cópia de segurança do posto.</translation>
    </message>
    <message>
      <source>The ledger registers no key for station {code}. Nothing was saved.</source>
      <translation>O registo não tem nenhuma chave para o posto {code}. Nada foi guardado.</translation>
    </message>
    <message>
      <source>not a key file</source>
      <translation>não é um ficheiro de chave</translation>
    </message>
    <message>
      <source>not an Ed25519 key</source>
      <translation>não é uma chave Ed25519</translation>
    </message>
    <message>
      <source>Stations join a shared PostgreSQL database. This database is an SQLite file, which belongs to one workstation: set up a PostgreSQL server (docs/DEPLOYMENT.md) and join it instead.</source>
      <translation>Os postos juntam-se a uma base de dados PostgreSQL partilhada. Esta base de dados é um ficheiro SQLite, que pertence a um só computador: configure um servidor PostgreSQL (docs/DEPLOYMENT.md) e junte-se a ele.</translation>
    </message>
    <message>
      <source>Station {code} already exists in this database. Choose another code for this workstation. Nothing was changed.</source>
      <translation>O posto {code} já existe nesta base de dados. Escolha outro código para este computador. Nada foi alterado.</translation>
    </message>
    <message>
      <source>The ledger in this database was not set up by the station whose key you gave: its first station key is {anchor}. Check the key with the agency. Nothing was changed.</source>
      <translation>O registo desta base de dados não foi criado pelo posto cuja chave indicou: a sua primeira chave de posto é {anchor}. Confirme a chave com o serviço. Nada foi alterado.</translation>
    </message>
    <message>
      <source>Give the verifier key of the database's first station (--trust), as the agency published it.</source>
      <translation>Indique a chave de verificação do primeiro posto da base de dados (--trust), tal como o serviço a publicou.</translation>
    </message>
    <message>
      <source>This is not a station verifier key ({reason}). Copy it exactly as the agency published it (it looks like custody.local/DIL/DIL+1a2b3c4d+AbC...).</source>
      <translation>Isto não é uma chave de verificação de posto ({reason}). Copie-a exatamente como o serviço a publicou (é parecida com custody.local/DIL/DIL+1a2b3c4d+AbC...).</translation>
    </message>
    <message>
      <source>Only an administrator may register a new station; {username} is not one. Nothing was changed.</source>
      <translation>Só um administrador pode registar um novo posto; {username} não é administrador. Nada foi alterado.</translation>
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <source>Station identifiers</source>
      <translation>Identificadores do posto</translation>
    </message>
    <message>
      <source>Short codes that make this station's items and ledger recognisable.</source>
      <translation>Códigos curtos que tornam reconhecíveis os objetos e o registo deste posto.</translation>
    </message>
    <message>
      <source>for example: DIL</source>
      <translation>por exemplo: DIL</translation>
    </message>
    <message>
      <source>Station code</source>
      <translation>Código do posto</translation>
    </message>
    <message>
      <source>1 to 16 capital letters A-Z, digits or '-'.</source>
      <translation>1 a 16 maiúsculas A-Z, algarismos ou «-».</translation>
    </message>
    <message>
      <source>Item-id prefix</source>
      <translation>Prefixo dos números de objeto</translation>
    </message>
    <message>
      <source>Starts every item barcode, for example UN-DIL gives UN-DIL-26-000123-7.</source>
      <translation>Inicia cada código de barras de objeto; por exemplo, UN-DIL dá UN-DIL-26-000123-7.</translation>
    </message>
    <message>
      <source>Ledger origin</source>
      <translation>Origem do registo</translation>
    </message>
    <message>
      <source>The name the ledger's checkpoints are signed under. Keep the suggestion unless your administrator gave you one.</source>
      <translation>O nome com que são assinados os pontos de controlo do registo. Mantenha a sugestão, a menos que o seu administrador lhe tenha dado um.</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Registered as part of {parent}: {description}</source>
      <translation>Registado como parte de {parent}: {description}</translation>
    </message>
    <message>
      <source>{field}: “{old}” → “{new}” ({reason}); approved by {approved_by}</source>
      <translation>{field}: «{old}» → «{new}» ({reason}); aprovado por {approved_by}</translation>
    </message>
    <message>
      <source>Split into {children}</source>
      <translation>Dividido em {children}</translation>
    </message>
    <message>
      <source>Sample taken: {children}</source>
      <translation>Amostra recolhida: {children}</translation>
    </message>
    <message>
      <source>{filename} ({media_type}, {size} bytes)</source>
      <translation>{filename} ({media_type}, {size} bytes)</translation>
    </message>
    <message>
      <source>lab number {number}</source>
      <translation>número do laboratório {number}</translation>
    </message>
    <message>
      <source>received by {name} ({details})</source>
      <translation>recebido por {name} ({details})</translation>
    </message>
    <message>
      <source>received by {name}</source>
      <translation>recebido por {name}</translation>
    </message>
    <message>
      <source>released by {name} ({details})</source>
      <translation>entregue por {name} ({details})</translation>
    </message>
    <message>
      <source>released by {name}</source>
      <translation>entregue por {name}</translation>
    </message>
    <message>
      <source>{source} → {target} ({reason}; with {second})</source>
      <translation>{source} → {target} ({reason}; com {second})</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>Entry</source>
      <translation>Entrada</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Data e hora</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Ação</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalhes</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>Assinado por</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>Cannot read {path}: {reason}. Nothing was recorded.</source>
      <translation>Não é possível ler {path}: {reason}. Nada foi registado.</translation>
    </message>
    <message>
      <source>The transfer package {sha} that brought item {item} is not stored at this station. Nothing was recorded.</source>
      <translation>O pacote de transferência {sha} que trouxe o objeto {item} não está guardado neste posto. Nada foi registado.</translation>
    </message>
    <message>
      <source>The earlier history of the items, as proven by the stations they came from, does not verify: {reason}. Nothing was recorded.</source>
      <translation>O histórico anterior dos objetos, tal como provado pelos postos de onde vieram, não passa na verificação: {reason}. Nada foi registado.</translation>
    </message>
    <message>
      <source>The package was refused: {reason}. Nothing was recorded.</source>
      <translation>O pacote foi recusado: {reason}. Nada foi registado.</translation>
    </message>
    <message>
      <source>Item {item} is already in this station's custody ({status}); a package cannot bring it in again. Nothing was recorded.</source>
      <translation>O objeto {item} já está à guarda deste posto ({status}); um pacote não o pode trazer de novo. Nada foi registado.</translation>
    </message>
    <message>
      <source>This package was made by this station itself; it is received by the other station.</source>
      <translation>Este pacote foi feito por este mesmo posto; é o outro posto que o recebe.</translation>
    </message>
    <message>
      <source>Name the receiving agency or station.</source>
      <translation>Indique o serviço ou posto que recebe.</translation>
    </message>
    <message>
      <source>The photo or document {sha} of item {item} is named in the ledger but its bytes are not stored at this station, so the package would not prove it. Nothing was recorded.</source>
      <translation>A fotografia ou documento {sha} do objeto {item} consta do registo, mas os seus bytes não estão guardados neste posto, por isso o pacote não o provaria. Nada foi registado.</translation>
    </message>
    <message>
      <source>The package did not pass its own check ({reason}). Nothing was recorded.</source>
      <translation>O pacote não passou na sua própria verificação ({reason}). Nada foi registado.</translation>
    </message>
    <message>
      <source>The package could not be written to {path} ({reason}). Nothing was recorded.</source>
      <translation>Não foi possível escrever o pacote em {path} ({reason}). Nada foi registado.</translation>
    </message>
    <message>
      <source>This is not a station verifier key ({reason}). A verifier key looks like custody.local/LAB/LAB+1a2b3c4d+AQ…= and is printed on the other station's reports.</source>
      <translation>Isto não é uma chave de verificação de posto ({reason}). Uma chave de verificação é parecida com custody.local/LAB/LAB+1a2b3c4d+AQ…= e está impressa nos relatórios do outro posto.</translation>
    </message>
    <message>
      <source>This key is already trusted (added by {by} on {at}). Nothing was recorded.</source>
      <translation>Esta chave já é de confiança (adicionada por {by} em {at}). Nada foi registado.</translation>
    </message>
    <message>
      <source>This key is not on the trust list. Nothing was recorded.</source>
      <translation>Esta chave não consta da lista de confiança. Nada foi registado.</translation>
    </message>
    <message>
      <source>This is this station's own key; it is always trusted. Nothing was recorded.</source>
      <translation>Esta é a chave deste posto; é sempre de confiança. Nada foi registado.</translation>
    </message>
    <message>
      <source>Name the agency or station this key belongs to.</source>
      <translation>Indique o serviço ou posto a que pertence esta chave.</translation>
    </message>
  </context>
  <context>
    <name>TwoSignatures</name>
    <message>
      <source>Second signer (supervisor or administrator)</source>
      <translation>Segundo signatário (supervisor ou administrador)</translation>
    </message>
    <message>
      <source>Their password</source>
      <translation>A palavra-passe dele</translation>
    </message>
    <message>
      <source>Resolve an audit finding</source>
      <translation>Regularizar uma constatação de inventário</translation>
    </message>
    <message>
      <source>{item} was {finding} at an audit. Say whether it was found or is written off; a second supervisor or an administrator signs too.</source>
      <translation>{item} ficou {finding} num inventário. Indique se foi encontrado ou dado como perdido; um segundo supervisor ou um administrador também assina.</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Encontrado</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>Dado como perdido</translation>
    </message>
    <message>
      <source>Where it was, or what was done to find it</source>
      <translation>Onde estava, ou o que foi feito para o encontrar</translation>
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
      <translation>Encontrado em</translation>
    </message>
    <message>
      <source>Recover items from an absent officer</source>
      <translation>Recuperar objetos de um agente ausente</translation>
    </message>
    <message>
      <source>The items checked below are taken into your custody without their holder's signature: say why; a second supervisor or an administrator signs too.</source>
      <translation>Os objetos marcados abaixo passam à sua guarda sem a assinatura do detentor: indique porquê; um segundo supervisor ou um administrador também assina.</translation>
    </message>
    <message>
      <source>Also items of officers whose account is still enabled (absent)</source>
      <translation>Também os objetos de agentes cuja conta ainda está ativa (ausentes)</translation>
    </message>
    <message>
      <source>e.g. the officer left the service on 30 November</source>
      <translation>p. ex. o agente saiu do serviço a 30 de novembro</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Objetos</translation>
    </message>
    <message>
      <source>{item}, held by {holder}</source>
      <translation>{item}, na posse de {holder}</translation>
    </message>
    <message>
      <source>Record a case's outcome</source>
      <translation>Registar o desfecho de um processo</translation>
    </message>
    <message>
      <source>Return to the owners</source>
      <translation>Restituição aos proprietários</translation>
    </message>
    <message>
      <source>Destruction</source>
      <translation>Destruição</translation>
    </message>
    <message>
      <source>Forfeiture to the state</source>
      <translation>Perda a favor do Estado</translation>
    </message>
    <message>
      <source>e.g. Judgment HC-2026-311 of 2 December 2026</source>
      <translation>p. ex. Sentença HC-2026-311 de 2 de dezembro de 2026</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Número do processo</translation>
    </message>
    <message>
      <source>What is done with the items</source>
      <translation>O que se faz com os objetos</translation>
    </message>
    <message>
      <source>Judgment or decision</source>
      <translation>Sentença ou decisão</translation>
    </message>
  </context>
  <context>
    <name>Users</name>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>Não pode desativar a sua própria conta.</translation>
    </message>
    <message>
      <source>Choose at least one role.</source>
      <translation>Escolha pelo menos uma função.</translation>
    </message>
    <message>
      <source>This would leave no active administrator. Give another officer the Administrator role first.</source>
      <translation>Não ficaria nenhum administrador ativo. Dê primeiro a função de Administrador a outro agente.</translation>
    </message>
    <message>
      <source>Use 'Change my password' for your own account: a reset would revoke the key you are signed in with.</source>
      <translation>Use «Alterar a minha palavra-passe» para a sua própria conta: uma reposição revogaria a chave com que tem sessão iniciada.</translation>
    </message>
    <message>
      <source>A username is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.</source>
      <translation>Um nome de utilizador tem 2 a 32 carateres: letras minúsculas, algarismos, «.», «_» ou «-», começando por uma letra.</translation>
    </message>
    <message>
      <source>A badge number is 1 to 24 characters: letters A-Z, digits and '-'.</source>
      <translation>Um número de matrícula tem 1 a 24 carateres: letras A-Z, algarismos e «-».</translation>
    </message>
    <message>
      <source>A badge number cannot start with OFF- or LOC-: those are the codes Custody prints on badge cards and shelves.</source>
      <translation>Um número de matrícula não pode começar por OFF- ou LOC-: são os códigos que o Custody imprime nos cartões e nas prateleiras.</translation>
    </message>
    <message>
      <source>The username {username} is already taken.</source>
      <translation>O nome de utilizador {username} já está a ser usado.</translation>
    </message>
    <message>
      <source>Badge number {badge} already belongs to another officer.</source>
      <translation>O número de matrícula {badge} já pertence a outro agente.</translation>
    </message>
    <message>
      <source>{username} has no badge number: a police role needs one. Give the badge number when you create the account, or create a new account.</source>
      <translation>{username} não tem número de matrícula: uma função policial exige um. Indique o número de matrícula ao criar a conta, ou crie uma nova conta.</translation>
    </message>
  </context>
  <context>
    <name>UsersAdmin</name>
    <message>
      <source>{low} to {high} characters, any script; common passwords are refused</source>
      <translation>{low} a {high} carateres, em qualquer alfabeto; as palavras-passe comuns são recusadas</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The two passwords are not the same. Type the new password twice.</source>
      <translation>As duas palavras-passe não são iguais. Escreva duas vezes a nova palavra-passe.</translation>
    </message>
    <message>
      <source>New officer</source>
      <translation>Novo agente</translation>
    </message>
    <message>
      <source>The officer signs in with this username and password. Custody creates the officer's signing key from the password; tell the officer to change it at the first sign-in.</source>
      <translation>O agente inicia sessão com este nome de utilizador e esta palavra-passe. O Custody cria a chave de assinatura do agente a partir da palavra-passe; diga ao agente que a altere no primeiro início de sessão.</translation>
    </message>
    <message>
      <source>Add officer</source>
      <translation>Adicionar agente</translation>
    </message>
    <message>
      <source>Roles of {officer}</source>
      <translation>Funções de {officer}</translation>
    </message>
    <message>
      <source>Roles decide what the officer may do. The change is recorded in the ledger and applies from the officer's next sign-in.</source>
      <translation>As funções decidem o que o agente pode fazer. A alteração fica no registo e aplica-se a partir do próximo início de sessão do agente.</translation>
    </message>
    <message>
      <source>Save roles</source>
      <translation>Guardar funções</translation>
    </message>
    <message>
      <source>Reset the password of {officer}</source>
      <translation>Repor a palavra-passe de {officer}</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>Repor a palavra-passe</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Alterar a minha palavra-passe</translation>
    </message>
    <message>
      <source>Your signing key stays the same; it is locked with the new password from now on.</source>
      <translation>A sua chave de assinatura mantém-se; a partir de agora fica bloqueada com a nova palavra-passe.</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Alterar a palavra-passe</translation>
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>Username</source>
      <translation>Nome de utilizador</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nome completo</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>Matrícula</translation>
    </message>
    <message>
      <source>Badge card code</source>
      <translation>Código do cartão</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Posto hierárquico</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Funções</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Ativo</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Desativado</translation>
    </message>
    <message>
      <source>Locked until {time}</source>
      <translation>Bloqueado até {time}</translation>
    </message>
  </context>
  <context>
    <name>Values</name>
    <message>
      <source>This field is required.</source>
      <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
      <source>Type a number, for example 12.5 (no spaces or thousands separators).</source>
      <translation>Escreva um número, por exemplo 12,5 (sem espaços nem separadores de milhares).</translation>
    </message>
    <message>
      <source>'{text}' is ambiguous: is the comma a decimal point or a thousands separator? Type it without thousands separators, for example 1500 or 1.5.</source>
      <translation>«{text}» é ambíguo: a vírgula é separador decimal ou de milhares? Escreva-o sem separadores de milhares, por exemplo 1500 ou 1,5.</translation>
    </message>
    <message>
      <source>The value cannot be negative.</source>
      <translation>O valor não pode ser negativo.</translation>
    </message>
    <message>
      <source>Unknown weight unit '{unit}': use mg, g or kg.</source>
      <translation>Unidade de peso «{unit}» desconhecida: use mg, g ou kg.</translation>
    </message>
    <message>
      <source>The weight is more than 10 tonnes; check the number and the unit.</source>
      <translation>O peso é superior a 10 toneladas; verifique o número e a unidade.</translation>
    </message>
    <message>
      <source>Weights are recorded to the milligram: '{text}' has more decimals than that.</source>
      <translation>Os pesos são registados ao miligrama: «{text}» tem mais casas decimais do que isso.</translation>
    </message>
    <message>
      <source>'{code}' is not a known currency code (use the 3-letter code, for example USD).</source>
      <translation>«{code}» não é um código de moeda conhecido (use o código de 3 letras, por exemplo USD).</translation>
    </message>
    <message>
      <source>{currency} amounts have at most {places} decimals.</source>
      <translation>Os montantes em {currency} têm no máximo {places} casas decimais.</translation>
    </message>
    <message>
      <source>The amount is too large; check the number.</source>
      <translation>O montante é demasiado grande; verifique o número.</translation>
    </message>
    <message>
      <source>Too long: at most {max} characters, this has {count}.</source>
      <translation>Demasiado longo: no máximo {max} carateres, este tem {count}.</translation>
    </message>
    <message>
      <source>The text contains an invisible control character ({char}); please re-type it.</source>
      <translation>O texto contém um caráter de controlo invisível ({char}); escreva-o de novo.</translation>
    </message>
    <message>
      <source>This field must be a single line.</source>
      <translation>Este campo tem de ocupar uma só linha.</translation>
    </message>
    <message>
      <source>Type a whole number, 0 or more.</source>
      <translation>Escreva um número inteiro, 0 ou mais.</translation>
    </message>
    <message>
      <source>The number is too large (at most {max}).</source>
      <translation>O número é demasiado grande (no máximo {max}).</translation>
    </message>
    <message>
      <source>Type the date as year-month-day, for example 2026-03-31.</source>
      <translation>Escreva a data como ano-mês-dia, por exemplo 2026-03-31.</translation>
    </message>
    <message>
      <source>Type the date and time as year-month-day hours:minutes, for example 2026-03-31 14:05.</source>
      <translation>Escreva a data e a hora como ano-mês-dia horas:minutos, por exemplo 2026-03-31 14:05.</translation>
    </message>
    <message>
      <source>Answer yes or no.</source>
      <translation>Responda sim ou não (yes / no).</translation>
    </message>
    <message>
      <source>Type the position as latitude, longitude in degrees, for example 6.9271, 79.8612.</source>
      <translation>Escreva a posição como latitude, longitude em graus, por exemplo -8.5569, 125.5603.</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90 and longitude between -180 and 180.</source>
      <translation>A latitude tem de estar entre -90 e 90 e a longitude entre -180 e 180.</translation>
    </message>
    <message>
      <source>At most {places} decimals.</source>
      <translation>No máximo {places} casas decimais.</translation>
    </message>
  </context>
  <context>
    <name>VerifierPage</name>
    <message>
      <source>Save the verifier for prosecutors</source>
      <translation>Guardar o verificador para o Ministério Público</translation>
    </message>
    <message>
      <source>Web pages (*.html)</source>
      <translation>Páginas web (*.html)</translation>
    </message>
    <message>
      <source>Saved {path}.

Give this file to prosecutors with the reports. They open it in any web browser (nothing to install, no internet needed), drop the report PDF on it and type the station key printed on the report.

SHA-256 of the page, to publish with the station key: {sha256}</source>
      <translation>{path} guardado.

Entregue este ficheiro ao Ministério Público com os relatórios. Abre-se em qualquer navegador (nada a instalar, sem internet); basta largar nele o PDF do relatório e escrever a chave do posto impressa no relatório.

SHA-256 da página, a publicar com a chave do posto: {sha256}</translation>
    </message>
    <message>
      <source>Verifier for prosecutors</source>
      <translation>Verificador para o Ministério Público</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to Custody</source>
      <translation>Bem-vindo ao Custody</translation>
    </message>
    <message>
      <source>This workstation's database is empty. Let us set up your station.</source>
      <translation>A base de dados deste computador está vazia. Vamos configurar o seu posto.</translation>
    </message>
    <message>
      <source>Language of this station</source>
      <translation>Língua deste posto</translation>
    </message>
    <message>
      <source>Custody speaks this language at sign-in and writes reports and labels in it. Each officer can choose another language when signing in.</source>
      <translation>O Custody usa esta língua no início de sessão e escreve nela os relatórios e as etiquetas. Cada agente pode escolher outra língua ao iniciar sessão.</translation>
    </message>
    <message>
      <source>In three short steps you will name your agency and evidence room, choose the station's identifiers, and create the first administrator account.</source>
      <translation>Em três passos curtos vai dar nome ao seu serviço e ao depósito de provas, escolher os identificadores do posto e criar a primeira conta de administrador.</translation>
    </message>
    <message>
      <source>Custody has no default accounts and no default passwords: the administrator you create here is the only way in.</source>
      <translation>O Custody não tem contas nem palavras-passe predefinidas: o administrador que criar aqui é a única forma de entrar.</translation>
    </message>
    <message>
      <source>Nothing is saved until you press Set up at the end and every field is valid.</source>
      <translation>Nada é guardado até premir Configurar no fim e todos os campos estarem válidos.</translation>
    </message>
  </context>
  <context>
    <name>dlg</name>
    <message>
      <source>Your password has been changed.</source>
      <translation>A sua palavra-passe foi alterada.</translation>
    </message>
  </context>
</TS>
