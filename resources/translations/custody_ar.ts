<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>Action</name>
    <message>
      <source>open a case</source>
      <translation>فتح قضية</translation>
    </message>
    <message>
      <source>record a seizure</source>
      <translation>تسجيل عملية ضبط</translation>
    </message>
    <message>
      <source>register items</source>
      <translation>تسجيل أحراز</translation>
    </message>
    <message>
      <source>ask for a correction of an item record</source>
      <translation>طلب تصحيح بيانات حرز</translation>
    </message>
    <message>
      <source>approve corrections of item records</source>
      <translation>الموافقة على تصحيح بيانات الأحراز</translation>
    </message>
    <message>
      <source>split an item or take a sample</source>
      <translation>تجزئة حرز أو أخذ عينة</translation>
    </message>
    <message>
      <source>attach photos and documents</source>
      <translation>إرفاق صور ومستندات</translation>
    </message>
    <message>
      <source>print labels</source>
      <translation>طباعة الملصقات</translation>
    </message>
    <message>
      <source>hand over or receive items</source>
      <translation>تسليم الأحراز أو استلامها</translation>
    </message>
    <message>
      <source>check items in to storage</source>
      <translation>إيداع الأحراز في المخزن</translation>
    </message>
    <message>
      <source>check items out of storage</source>
      <translation>إخراج الأحراز من المخزن</translation>
    </message>
    <message>
      <source>move items within storage</source>
      <translation>نقل الأحراز داخل المخزن</translation>
    </message>
    <message>
      <source>send items to a laboratory</source>
      <translation>إرسال الأحراز إلى مختبر</translation>
    </message>
    <message>
      <source>receive items back from a laboratory</source>
      <translation>استلام الأحراز العائدة من مختبر</translation>
    </message>
    <message>
      <source>take items to court</source>
      <translation>نقل الأحراز إلى المحكمة</translation>
    </message>
    <message>
      <source>receive items back from court</source>
      <translation>استلام الأحراز العائدة من المحكمة</translation>
    </message>
    <message>
      <source>break a seal</source>
      <translation>فض ختم</translation>
    </message>
    <message>
      <source>apply a seal</source>
      <translation>وضع ختم</translation>
    </message>
    <message>
      <source>record a weight</source>
      <translation>تسجيل وزن</translation>
    </message>
    <message>
      <source>acknowledge a discrepancy</source>
      <translation>إقرار فرق</translation>
    </message>
    <message>
      <source>carry out an inventory audit</source>
      <translation>إجراء جرد</translation>
    </message>
    <message>
      <source>authorise disposal</source>
      <translation>الإذن بالتصرف في الأحراز</translation>
    </message>
    <message>
      <source>carry out a disposal</source>
      <translation>تنفيذ التصرف في حرز</translation>
    </message>
    <message>
      <source>release items to their owner</source>
      <translation>رد الأحراز إلى مالكها</translation>
    </message>
    <message>
      <source>look up items and their history</source>
      <translation>الاطلاع على الأحراز وسجلها</translation>
    </message>
    <message>
      <source>produce reports</source>
      <translation>إصدار التقارير</translation>
    </message>
    <message>
      <source>verify the ledger</source>
      <translation>التحقق من السجل</translation>
    </message>
    <message>
      <source>export the ledger and proofs</source>
      <translation>تصدير السجل والإثباتات</translation>
    </message>
    <message>
      <source>sign a ledger checkpoint</source>
      <translation>توقيع نقطة تحقق في السجل</translation>
    </message>
    <message>
      <source>rebuild the tables from the ledger</source>
      <translation>إعادة بناء الجداول من السجل</translation>
    </message>
    <message>
      <source>manage users</source>
      <translation>إدارة المستخدمين</translation>
    </message>
    <message>
      <source>unlock user accounts</source>
      <translation>إلغاء قفل حسابات المستخدمين</translation>
    </message>
    <message>
      <source>change the station settings</source>
      <translation>تغيير إعدادات المركز</translation>
    </message>
    <message>
      <source>manage storage locations</source>
      <translation>إدارة مواقع التخزين</translation>
    </message>
    <message>
      <source>make a backup</source>
      <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
      <source>restore a backup</source>
      <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
      <source>build a demonstration database</source>
      <translation>إنشاء قاعدة بيانات تجريبية</translation>
    </message>
    <message>
      <source>record a clock correction</source>
      <translation>تسجيل تصحيح للساعة</translation>
    </message>
    <message>
      <source>recover items held by an absent or disabled officer</source>
      <translation>استرداد الأحراز التي في حيازة ضابط غائب أو معطّل</translation>
    </message>
    <message>
      <source>resolve items an audit found missing or misplaced</source>
      <translation>تسوية الأحراز التي وجدها الجرد مفقودة أو في غير مكانها</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <source>First administrator</source>
      <translation>المسؤول الأول</translation>
    </message>
    <message>
      <source>The administrator manages officers and the station. There is no other account.</source>
      <translation>يدير المسؤول الضباط والمركز. لا يوجد حساب آخر.</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <source>Lower-case letters, digits, '.', '_' or '-'; used to sign in.</source>
      <translation>أحرف لاتينية صغيرة وأرقام و«.» و«_» و«-»؛ يُستخدم لتسجيل الدخول.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <source>Badge number</source>
      <translation>الرقم الوظيفي</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <source>8 to 128 characters, in any script; spaces are allowed. A short sentence is easy to remember and hard to guess. Common passwords are refused.</source>
      <translation>من 8 إلى 128 حرفًا، بأي أبجدية؛ المسافات مسموح بها. الجملة القصيرة سهلة التذكر وصعبة التخمين. تُرفض كلمات المرور الشائعة.</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
  </context>
  <context>
    <name>AdministrationPage</name>
    <message>
      <source>Administration</source>
      <translation>الإدارة</translation>
    </message>
    <message>
      <source>Ledger integrity</source>
      <translation>سلامة السجل</translation>
    </message>
    <message>
      <source>Verification recomputes every entry's hash, the hash chain, the signatures, who was entitled to sign each entry and the signed checkpoints from the stored bytes, against this station's own key, and checks the tables derived from the ledger.</source>
      <translation>يعيد التحقق حساب بصمة كل قيد وسلسلة البصمات والتوقيعات وأهلية كل موقّع ونقاط التحقق الموقعة انطلاقًا من البايتات المخزنة، باستخدام مفتاح هذا المركز، ويفحص الجداول المشتقة من السجل.</translation>
    </message>
    <message>
      <source>Verify ledger</source>
      <translation>التحقق من السجل</translation>
    </message>
    <message>
      <source>Your roles do not allow verifying the ledger.</source>
      <translation>لا تسمح لك أدوارك بالتحقق من السجل.</translation>
    </message>
    <message>
      <source>Correct the ledger's clock…</source>
      <translation>تصحيح ساعة السجل…</translation>
    </message>
    <message>
      <source>Officers</source>
      <translation>الضباط</translation>
    </message>
    <message>
      <source>Clock correction recorded at entry {seq}.</source>
      <translation>سُجّل تصحيح الساعة في القيد {seq}.</translation>
    </message>
    <message>
      <source>Verifying…</source>
      <translation>جارٍ التحقق…</translation>
    </message>
    <message>
      <source>Not verified since you signed in.</source>
      <translation>لم يتم التحقق منذ تسجيل دخولك.</translation>
    </message>
    <message>
      <source>Consistent, but NOT checked against this station's key: all {n} entries check out among themselves, but this workstation holds no station key to trust (verified {when}).</source>
      <translation>متسق، لكن لم يُتحقق منه بمفتاح هذا المركز: القيود البالغ عددها {n} متوافقة فيما بينها، لكن محطة العمل هذه لا تحمل مفتاح مركز موثوقًا (تم التحقق في {when}).</translation>
    </message>
    <message>
      <source>Intact: all {n} entries, their signatures and checkpoints check out (verified {when}).</source>
      <translation>سليم: جميع القيود البالغ عددها {n} وتوقيعاتها ونقاط التحقق صحيحة (تم التحقق في {when}).</translation>
    </message>
    <message>
      <source>Ledger root hash: {root}</source>
      <translation>البصمة الجذرية للسجل: {root}</translation>
    </message>
    <message>
      <source>NOT intact: {k} problems found (verified {when}). Keep this workstation as it is and call your supervisor.</source>
      <translation>غير سليم: عُثر على {k} مشكلة (تم التحقق في {when}). اترك محطة العمل هذه على حالها واتصل بمشرفك.</translation>
    </message>
    <message>
      <source>Entry {seq}: {reason}</source>
      <translation>القيد {seq}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>AgencyPage</name>
    <message>
      <source>Agency and evidence room</source>
      <translation>الجهة وغرفة الأحراز</translation>
    </message>
    <message>
      <source>These names appear on every label and court report.</source>
      <translation>تظهر هذه الأسماء على كل ملصق وكل تقرير مقدم إلى المحكمة.</translation>
    </message>
    <message>
      <source>for example: National Police, Drug Enforcement Unit</source>
      <translation>مثلًا: الشرطة الوطنية، إدارة مكافحة المخدرات</translation>
    </message>
    <message>
      <source>for example: Central evidence room</source>
      <translation>مثلًا: غرفة الأحراز المركزية</translation>
    </message>
    <message>
      <source>Agency name</source>
      <translation>اسم الجهة</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>غرفة الأحراز</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>المنطقة الزمنية</translation>
    </message>
    <message>
      <source>Dates on reports are shown in this time zone. Type part of a city name to search.</source>
      <translation>تظهر التواريخ في التقارير بهذه المنطقة الزمنية. اكتب جزءًا من اسم مدينة للبحث.</translation>
    </message>
  </context>
  <context>
    <name>AttachDialog</name>
    <message>
      <source>The file cannot be read ({reason}).</source>
      <translation>تتعذر قراءة الملف ({reason}).</translation>
    </message>
    <message>
      <source>Not attached</source>
      <translation>لم يُرفق</translation>
    </message>
    <message>
      <source>This file was not attached:</source>
      <translation>لم يُرفق هذا الملف:</translation>
    </message>
    <message>
      <source>{n} files were not attached:</source>
      <translation>لم تُرفق الملفات التالية ({n}):</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <source>JPEG photo</source>
      <translation>صورة JPEG</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>صورة PNG</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>مستند PDF</translation>
    </message>
    <message>
      <source>The file is too large: {size} MB. At most {max} MB can be attached.</source>
      <translation>الملف كبير جدًا: {size} ميغابايت. الحد الأقصى للإرفاق {max} ميغابايت.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>الملف فارغ.</translation>
    </message>
    <message>
      <source>Only JPEG and PNG photos and PDF documents can be attached (this is {media_type}).</source>
      <translation>لا يمكن إرفاق سوى صور JPEG وPNG ومستندات PDF (هذا الملف من نوع {media_type}).</translation>
    </message>
    <message>
      <source>The file's content is not a {expected}. Check the file.</source>
      <translation>محتوى الملف ليس {expected}. تحقق من الملف.</translation>
    </message>
    <message>
      <source>The image cannot be read: the file is damaged or not an image.</source>
      <translation>تتعذر قراءة الصورة: الملف تالف أو ليس صورة.</translation>
    </message>
    <message>
      <source>The image is too large ({pixels} megapixels); at most {max} megapixels.</source>
      <translation>الصورة كبيرة جدًا ({pixels} ميغابكسل)؛ الحد الأقصى {max} ميغابكسل.</translation>
    </message>
    <message>
      <source>This attachment is not an image: there is no thumbnail.</source>
      <translation>هذا المرفق ليس صورة: لا توجد صورة مصغرة.</translation>
    </message>
    <message>
      <source>There is no item {item_id}.</source>
      <translation>لا يوجد حرز برقم {item_id}.</translation>
    </message>
    <message>
      <source>The stored file {sha256} does not match its hash: it was altered. Restore a backup.</source>
      <translation>الملف المخزن {sha256} لا يطابق بصمته: لقد تم تعديله. استعد نسخة احتياطية.</translation>
    </message>
  </context>
  <context>
    <name>Auth</name>
    <message>
      <source>The username or password is not correct.</source>
      <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
      <source>This account is locked after too many wrong passwords. Try again after {until} or ask an administrator to unlock it.</source>
      <translation>هذا الحساب مقفل بسبب كثرة كلمات المرور الخاطئة. أعد المحاولة بعد {until} أو اطلب من المسؤول إلغاء قفله.</translation>
    </message>
    <message>
      <source>This account is disabled. Ask an administrator.</source>
      <translation>هذا الحساب معطّل. راجع المسؤول.</translation>
    </message>
    <message>
      <source>The password is not correct.</source>
      <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
      <source>The account of {username} is not locked.</source>
      <translation>حساب {username} غير مقفل.</translation>
    </message>
    <message>
      <source>The signing key of {username} was replaced or revoked since it was unlocked (for example by a password reset). Nothing was saved. Sign in again.</source>
      <translation>استُبدل مفتاح التوقيع الخاص بـ {username} أو أُلغي منذ فتحه (مثلًا بإعادة تعيين كلمة المرور). لم يُحفظ أي شيء. سجّل الدخول من جديد.</translation>
    </message>
    <message>
      <source>{username} is not an officer of this ledger. Nothing was saved.</source>
      <translation>{username} ليس ضابطًا في هذا السجل. لم يُحفظ أي شيء.</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>No backup passphrase is set on this workstation. An administrator sets it once: custody backup passphrase --as ADMIN. Nothing was written.</source>
      <translation>لم تُعيَّن عبارة مرور للنسخ الاحتياطي على محطة العمل هذه. يعيّنها المسؤول مرة واحدة: custody backup passphrase --as ADMIN. لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <source>A backup passphrase is already set; give --replace to set a new one (older backups keep needing the old passphrase).</source>
      <translation>عبارة مرور النسخ الاحتياطي معيّنة بالفعل؛ أضف --replace لتعيين عبارة جديدة (تبقى النسخ القديمة بحاجة إلى العبارة القديمة).</translation>
    </message>
    <message>
      <source>The backup passphrase must be at least {n} characters long.</source>
      <translation>يجب ألا تقل عبارة مرور النسخ الاحتياطي عن {n} حرفًا.</translation>
    </message>
    <message>
      <source>The backup key file {path} is damaged. Set the passphrase again (custody backup passphrase --replace). Nothing was written.</source>
      <translation>ملف مفتاح النسخ الاحتياطي {path} تالف. عيّن عبارة المرور من جديد (custody backup passphrase --replace). لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <source>The copy of the database did not verify ({reason}), so no backup was kept. Run 'custody ledger verify' on the station.</source>
      <translation>لم تجتز نسخة قاعدة البيانات التحقق ({reason})، لذا لم يُحتفظ بأي نسخة احتياطية. شغّل 'custody ledger verify' على المركز.</translation>
    </message>
    <message>
      <source>The backup file read back from {path} is not what was written (the disk or the medium is failing). It was deleted; write the backup elsewhere.</source>
      <translation>ملف النسخة الاحتياطية المقروء من {path} ليس ما كُتب (القرص أو الوسيط يتعطل). حُذف؛ اكتب النسخة الاحتياطية في مكان آخر.</translation>
    </message>
    <message>
      <source>pg_dump is not installed on this workstation (it comes with the PostgreSQL client). Install it, or back up the server as docs/DEPLOYMENT.md describes. Nothing was written.</source>
      <translation>البرنامج pg_dump غير مثبت على محطة العمل هذه (يأتي مع عميل PostgreSQL). ثبّته، أو انسخ الخادم احتياطيًا كما يصف docs/DEPLOYMENT.md. لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <source>pg_dump failed: {reason}. Nothing was written.</source>
      <translation>فشل pg_dump: {reason}. لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <source>The folder {path} already holds a Custody database or keys. Restore into a new, empty data folder (--data-dir NEW). Nothing was changed.</source>
      <translation>يحتوي المجلد {path} بالفعل على قاعدة بيانات أو مفاتيح Custody. استعد إلى مجلد بيانات جديد فارغ (--data-dir NEW). لم يتغير أي شيء.</translation>
    </message>
    <message>
      <source>{path} is not a Custody backup. Nothing was restored.</source>
      <translation>{path} ليس نسخة احتياطية من Custody. لم يُستعد أي شيء.</translation>
    </message>
    <message>
      <source>The backup {path} is damaged or incomplete (it does not authenticate: a changed or missing byte). Nothing was restored; use another backup.</source>
      <translation>النسخة الاحتياطية {path} تالفة أو ناقصة (لا تجتاز المصادقة: بايت معدّل أو مفقود). لم يُستعد أي شيء؛ استخدم نسخة احتياطية أخرى.</translation>
    </message>
    <message>
      <source>The passphrase does not open this backup. Nothing was restored.</source>
      <translation>عبارة المرور لا تفتح هذه النسخة الاحتياطية. لم يُستعد أي شيء.</translation>
    </message>
    <message>
      <source>The backup {path} does not hold what its manifest lists ({reason}). Nothing was restored; use another backup.</source>
      <translation>النسخة الاحتياطية {path} لا تحتوي على ما يذكره بيانها ({reason}). لم يُستعد أي شيء؛ استخدم نسخة احتياطية أخرى.</translation>
    </message>
    <message>
      <source>The database in the backup does not verify ({reason}). Nothing was restored.</source>
      <translation>قاعدة البيانات في النسخة الاحتياطية لا تجتاز التحقق ({reason}). لم يُستعد أي شيء.</translation>
    </message>
    <message>
      <source>The backup holds {size} ledger entries, but the station's checkpoint {checkpoint} already covers {covered}: it is older than what the station exported, and restoring it would lose entries. Nothing was restored; use a newer backup, or --force to restore it anyway.</source>
      <translation>تحتوي النسخة الاحتياطية على {size} قيد في السجل، لكن نقطة التحقق {checkpoint} الخاصة بالمركز تغطي بالفعل {covered}: فهي أقدم مما صدّره المركز، واستعادتها ستُفقد قيودًا. لم يُستعد أي شيء؛ استخدم نسخة أحدث، أو --force لاستعادتها رغم ذلك.</translation>
    </message>
    <message>
      <source>The ledger in the backup is not consistent with the checkpoint {checkpoint} ({reason}). Nothing was restored; use --force to restore it anyway.</source>
      <translation>السجل في النسخة الاحتياطية غير متسق مع نقطة التحقق {checkpoint} ({reason}). لم يُستعد أي شيء؛ استخدم --force لاستعادتها رغم ذلك.</translation>
    </message>
    <message>
      <source>The checkpoint file {path} is not a signed checkpoint note.</source>
      <translation>ملف نقطة التحقق {path} ليس مذكرة نقطة تحقق موقّعة.</translation>
    </message>
    <message>
      <source>Keep between 1 and 365 backups.</source>
      <translation>احتفظ بعدد من النسخ الاحتياطية بين 1 و365.</translation>
    </message>
    <message>
      <source>The backup folder must be a full path (or empty for backups/ in the data folder).</source>
      <translation>يجب أن يكون مجلد النسخ الاحتياطية مسارًا كاملًا (أو فارغًا لاستخدام backups/ في مجلد البيانات).</translation>
    </message>
  </context>
  <context>
    <name>BackupCard</name>
    <message>
      <source>Backups</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Each backup is one file with the database and this station's keys, checked before it counts and encrypted with the backup passphrase. Never copy the database file by hand while Custody runs.</source>
      <translation>كل نسخة احتياطية ملف واحد يضم قاعدة البيانات ومفاتيح هذا المركز، يُتحقق منه قبل اعتماده ويُشفَّر بعبارة مرور النسخ الاحتياطي. لا تنسخ ملف قاعدة البيانات يدويًا أبدًا أثناء تشغيل Custody.</translation>
    </message>
    <message>
      <source>Every day</source>
      <translation>كل يوم</translation>
    </message>
    <message>
      <source>When Custody closes</source>
      <translation>عند إغلاق Custody</translation>
    </message>
    <message>
      <source>Keep the newest</source>
      <translation>الاحتفاظ بأحدث</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>المجلد</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>اختيار…</translation>
    </message>
    <message>
      <source>Save backup settings</source>
      <translation>حفظ إعدادات النسخ الاحتياطي</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
      <source>Change the passphrase…</source>
      <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
      <source>Set the passphrase…</source>
      <translation>تعيين عبارة المرور…</translation>
    </message>
    <message>
      <source>No backup passphrase is set yet: no backup is made until an administrator sets one.</source>
      <translation>لم تُعيَّن عبارة مرور للنسخ الاحتياطي بعد: لا تُنشأ أي نسخة احتياطية حتى يعيّنها المسؤول.</translation>
    </message>
    <message>
      <source>Last backup: {name}</source>
      <translation>آخر نسخة احتياطية: {name}</translation>
    </message>
    <message>
      <source>No backup yet.</source>
      <translation>لا توجد نسخة احتياطية بعد.</translation>
    </message>
    <message>
      <source>Folder for backups</source>
      <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Backup settings saved.</source>
      <translation>حُفظت إعدادات النسخ الاحتياطي.</translation>
    </message>
    <message>
      <source>Set the backup passphrase</source>
      <translation>تعيين عبارة مرور النسخ الاحتياطي</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>عبارة مرور النسخ الاحتياطي</translation>
    </message>
    <message>
      <source>The passphrase that opens every backup (at least {n} characters). Keep it apart from this computer: without it no backup can be restored.</source>
      <translation>عبارة المرور التي تفتح كل نسخة احتياطية ({n} حرفًا على الأقل). احفظها بعيدًا عن هذا الحاسوب: بدونها لا يمكن استعادة أي نسخة.</translation>
    </message>
    <message>
      <source>The same passphrase again:</source>
      <translation>عبارة المرور نفسها مرة أخرى:</translation>
    </message>
    <message>
      <source>The two passphrases differ; nothing was changed.</source>
      <translation>عبارتا المرور مختلفتان؛ لم يتغير أي شيء.</translation>
    </message>
    <message>
      <source>Backup passphrase set. Older backups keep needing the passphrase they were made with.</source>
      <translation>عُيّنت عبارة مرور النسخ الاحتياطي. تبقى النسخ الأقدم بحاجة إلى عبارة المرور التي أُنشئت بها.</translation>
    </message>
    <message>
      <source>Backing up and checking the copy…</source>
      <translation>جارٍ النسخ الاحتياطي والتحقق من النسخة…</translation>
    </message>
    <message>
      <source>Backup written and verified: {path}</source>
      <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: {path}</translation>
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <source>Case number</source>
      <translation>رقم القضية</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>الجريمة</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>A short name for the case, as the investigators call it.</source>
      <translation>اسم مختصر للقضية كما يسميها المحققون.</translation>
    </message>
    <message>
      <source>Requesting agency reference</source>
      <translation>مرجع الجهة الطالبة</translation>
    </message>
    <message>
      <source>Prosecutor reference</source>
      <translation>مرجع النيابة العامة</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>مرجع المحكمة</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>فتح القضية</translation>
    </message>
  </context>
  <context>
    <name>CaseOutcome</name>
    <message>
      <source>Convicted</source>
      <translation>إدانة</translation>
    </message>
    <message>
      <source>Acquitted</source>
      <translation>براءة</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>حفظ الدعوى</translation>
    </message>
    <message>
      <source>Closed without charge</source>
      <translation>إغلاق دون اتهام</translation>
    </message>
    <message>
      <source>Under appeal (not final)</source>
      <translation>قيد الاستئناف (غير نهائي)</translation>
    </message>
    <message>
      <source>Choose the outcome of the case.</source>
      <translation>اختر ما انتهت إليه القضية.</translation>
    </message>
    <message>
      <source>Choose what is to be done with the items (return, destruction, forfeiture).</source>
      <translation>اختر ما يُفعل بالأحراز (رد، إتلاف، مصادرة).</translation>
    </message>
    <message>
      <source>There is no case {case}.</source>
      <translation>لا توجد قضية برقم {case}.</translation>
    </message>
    <message>
      <source>No item of case {case} is waiting for disposal.</source>
      <translation>لا يوجد حرز من القضية {case} بانتظار التصرف.</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <source>Cases</source>
      <translation>القضايا</translation>
    </message>
    <message>
      <source>Filter by case number or title</source>
      <translation>تصفية حسب رقم القضية أو عنوانها</translation>
    </message>
    <message>
      <source>Record a seizure for this case</source>
      <translation>تسجيل عملية ضبط لهذه القضية</translation>
    </message>
    <message>
      <source>Show its items</source>
      <translation>عرض أحرازها</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>قضية جديدة…</translation>
    </message>
    <message>
      <source>Open a new case</source>
      <translation>فتح قضية جديدة</translation>
    </message>
    <message>
      <source>Case {number} opened.</source>
      <translation>فُتحت القضية {number}.</translation>
    </message>
  </context>
  <context>
    <name>CasesTableModel</name>
    <message>
      <source>Case number</source>
      <translation>رقم القضية</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>الجريمة</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Seizures</source>
      <translation>عمليات الضبط</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>الأحراز</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>تاريخ الفتح</translation>
    </message>
    <message>
      <source>Opened by</source>
      <translation>فتحها</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <source>This field is required.</source>
      <translation>هذا الحقل إلزامي.</translation>
    </message>
    <message>
      <source>This field does not belong to this kind of item.</source>
      <translation>هذا الحقل لا يخص هذا النوع من الأحراز.</translation>
    </message>
    <message>
      <source>Choose one of: {choices}.</source>
      <translation>اختر واحدًا مما يلي: {choices}.</translation>
    </message>
    <message>
      <source>The net weight cannot be more than the gross weight.</source>
      <translation>لا يمكن أن يتجاوز الوزن الصافي الوزن القائم.</translation>
    </message>
    <message>
      <source>Leave the result empty: no field test was done.</source>
      <translation>اترك النتيجة فارغة: لم يُجرَ أي اختبار ميداني.</translation>
    </message>
    <message>
      <source>A field test was done: give its result.</source>
      <translation>أُجري اختبار ميداني: أدخل نتيجته.</translation>
    </message>
    <message>
      <source>Say who made it safe.</source>
      <translation>اذكر من قام بتأمينه.</translation>
    </message>
    <message>
      <source>Say when it was made safe.</source>
      <translation>اذكر متى تم تأمينه.</translation>
    </message>
    <message>
      <source>Leave this empty: the item was not made safe.</source>
      <translation>اترك هذا الحقل فارغًا: لم يتم تأمين الحرز.</translation>
    </message>
    <message>
      <source>Choose the currency of the value.</source>
      <translation>اختر عملة القيمة.</translation>
    </message>
    <message>
      <source>Count the notes and coins: give at least one denomination and its count.</source>
      <translation>عُدّ الأوراق النقدية والقطع المعدنية: أدخل فئة واحدة على الأقل وعددها.</translation>
    </message>
    <message>
      <source>Each line needs a denomination above zero and a count (for example 50 and 12).</source>
      <translation>يحتاج كل سطر إلى فئة أكبر من صفر وإلى عدد (مثلًا 50 و12).</translation>
    </message>
    <message>
      <source>The denomination {denomination} is listed twice.</source>
      <translation>الفئة {denomination} مذكورة مرتين.</translation>
    </message>
    <message>
      <source>The total does not match the notes and coins counted ({total}).</source>
      <translation>المجموع لا يطابق الأوراق والقطع النقدية المعدودة ({total}).</translation>
    </message>
    <message>
      <source>The value cannot be negative.</source>
      <translation>لا يمكن أن تكون القيمة سالبة.</translation>
    </message>
    <message>
      <source>At most {places} decimals.</source>
      <translation>{places} منازل عشرية على الأكثر.</translation>
    </message>
    <message>
      <source>A VIN has 17 letters and digits, without the letters I, O or Q. Check it against the vehicle.</source>
      <translation>يتكون رقم VIN من 17 حرفًا ورقمًا، دون الأحرف I وO وQ. طابقه مع المركبة.</translation>
    </message>
    <message>
      <source>An IMEI has 15 digits (16 for IMEISV). Dial *#06# on the phone or read the label.</source>
      <translation>يتكون رقم IMEI من 15 رقمًا (16 لرقم IMEISV). اطلب ‎*#06#‎ على الهاتف أو اقرأ الملصق.</translation>
    </message>
    <message>
      <source>This IMEI has a typing error: its last digit does not match. Check it.</source>
      <translation>في رقم IMEI هذا خطأ في الكتابة: رقمه الأخير غير مطابق. تحقق منه.</translation>
    </message>
    <message>
      <source>Powder</source>
      <translation>مسحوق</translation>
    </message>
    <message>
      <source>Crystals</source>
      <translation>بلورات</translation>
    </message>
    <message>
      <source>Tablets</source>
      <translation>أقراص</translation>
    </message>
    <message>
      <source>Capsules</source>
      <translation>كبسولات</translation>
    </message>
    <message>
      <source>Liquid</source>
      <translation>سائل</translation>
    </message>
    <message>
      <source>Plant material</source>
      <translation>مادة نباتية</translation>
    </message>
    <message>
      <source>Resin</source>
      <translation>راتنج</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>عجينة</translation>
    </message>
    <message>
      <source>Blotter paper</source>
      <translation>ورق نشاف</translation>
    </message>
    <message>
      <source>Other form</source>
      <translation>شكل آخر</translation>
    </message>
    <message>
      <source>Positive</source>
      <translation>إيجابي</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>سلبي</translation>
    </message>
    <message>
      <source>Inconclusive</source>
      <translation>غير حاسم</translation>
    </message>
    <message>
      <source>Pistol</source>
      <translation>مسدس</translation>
    </message>
    <message>
      <source>Revolver</source>
      <translation>مسدس دوّار</translation>
    </message>
    <message>
      <source>Rifle</source>
      <translation>بندقية</translation>
    </message>
    <message>
      <source>Shotgun</source>
      <translation>بندقية صيد</translation>
    </message>
    <message>
      <source>Submachine gun</source>
      <translation>رشاش قصير</translation>
    </message>
    <message>
      <source>Machine gun</source>
      <translation>رشاش</translation>
    </message>
    <message>
      <source>Combination gun</source>
      <translation>بندقية مركبة</translation>
    </message>
    <message>
      <source>Craft-made firearm</source>
      <translation>سلاح ناري محلي الصنع</translation>
    </message>
    <message>
      <source>Other firearm</source>
      <translation>سلاح ناري آخر</translation>
    </message>
    <message>
      <source>Centrefire cartridges</source>
      <translation>خراطيش مركزية الإشعال</translation>
    </message>
    <message>
      <source>Rimfire cartridges</source>
      <translation>خراطيش طرفية الإشعال</translation>
    </message>
    <message>
      <source>Shotgun shells</source>
      <translation>خراطيش بنادق الصيد</translation>
    </message>
    <message>
      <source>Other ammunition</source>
      <translation>ذخيرة أخرى</translation>
    </message>
    <message>
      <source>Commercial explosive</source>
      <translation>متفجرات تجارية</translation>
    </message>
    <message>
      <source>Military explosive or munition</source>
      <translation>متفجرات أو ذخائر عسكرية</translation>
    </message>
    <message>
      <source>Improvised device</source>
      <translation>عبوة ناسفة بدائية الصنع</translation>
    </message>
    <message>
      <source>Detonators or fuses</source>
      <translation>صواعق أو فتائل</translation>
    </message>
    <message>
      <source>Fireworks or flares</source>
      <translation>ألعاب نارية أو مشاعل</translation>
    </message>
    <message>
      <source>Other explosive</source>
      <translation>متفجرات أخرى</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>جواز سفر</translation>
    </message>
    <message>
      <source>Identity card</source>
      <translation>بطاقة هوية</translation>
    </message>
    <message>
      <source>Driving licence</source>
      <translation>رخصة قيادة</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>تأشيرة</translation>
    </message>
    <message>
      <source>Residence or work permit</source>
      <translation>تصريح إقامة أو عمل</translation>
    </message>
    <message>
      <source>Vehicle registration</source>
      <translation>رخصة تسيير المركبة</translation>
    </message>
    <message>
      <source>Bank card</source>
      <translation>بطاقة مصرفية</translation>
    </message>
    <message>
      <source>Other document</source>
      <translation>مستند آخر</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>هاتف محمول</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>حاسوب</translation>
    </message>
    <message>
      <source>Tablet</source>
      <translation>جهاز لوحي</translation>
    </message>
    <message>
      <source>Storage (USB stick, disk, memory card)</source>
      <translation>وسيط تخزين (ذاكرة USB، قرص، بطاقة ذاكرة)</translation>
    </message>
    <message>
      <source>SIM card</source>
      <translation>شريحة SIM</translation>
    </message>
    <message>
      <source>GPS or satellite device</source>
      <translation>جهاز GPS أو جهاز ساتلي</translation>
    </message>
    <message>
      <source>Other device</source>
      <translation>جهاز آخر</translation>
    </message>
    <message>
      <source>Timber</source>
      <translation>أخشاب</translation>
    </message>
    <message>
      <source>Mineral or ore</source>
      <translation>معدن أو خام</translation>
    </message>
    <message>
      <source>Charcoal</source>
      <translation>فحم نباتي</translation>
    </message>
    <message>
      <source>Wildlife or wildlife product</source>
      <translation>حياة برية أو منتجاتها</translation>
    </message>
    <message>
      <source>Other natural resource</source>
      <translation>مورد طبيعي آخر</translation>
    </message>
    <message>
      <source>Made safe</source>
      <translation>تم تأمينه</translation>
    </message>
    <message>
      <source>Made safe by</source>
      <translation>أمّنه</translation>
    </message>
    <message>
      <source>Made safe at (date and time)</source>
      <translation>تاريخ ووقت التأمين</translation>
    </message>
    <message>
      <source>Suspected substance</source>
      <translation>المادة المشتبه بها</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>الشكل</translation>
    </message>
    <message>
      <source>Number of packages</source>
      <translation>عدد العبوات</translation>
    </message>
    <message>
      <source>Gross weight (with packaging)</source>
      <translation>الوزن القائم (مع التغليف)</translation>
    </message>
    <message>
      <source>Net weight (substance only)</source>
      <translation>الوزن الصافي (المادة وحدها)</translation>
    </message>
    <message>
      <source>Field test done</source>
      <translation>أُجري اختبار ميداني</translation>
    </message>
    <message>
      <source>Field test result</source>
      <translation>نتيجة الاختبار الميداني</translation>
    </message>
    <message>
      <source>Type of firearm</source>
      <translation>نوع السلاح الناري</translation>
    </message>
    <message>
      <source>Make (manufacturer)</source>
      <translation>العلامة التجارية (الصانع)</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>الطراز</translation>
    </message>
    <message>
      <source>Calibre</source>
      <translation>العيار</translation>
    </message>
    <message>
      <source>Serial number</source>
      <translation>الرقم التسلسلي</translation>
    </message>
    <message>
      <source>Country of manufacture</source>
      <translation>بلد الصنع</translation>
    </message>
    <message>
      <source>Other markings</source>
      <translation>علامات أخرى</translation>
    </message>
    <message>
      <source>Number of magazines</source>
      <translation>عدد المخازن</translation>
    </message>
    <message>
      <source>Rounds of ammunition with it</source>
      <translation>الطلقات المضبوطة معه</translation>
    </message>
    <message>
      <source>Type of ammunition</source>
      <translation>نوع الذخيرة</translation>
    </message>
    <message>
      <source>Headstamp</source>
      <translation>علامة قاعدة الطلقة</translation>
    </message>
    <message>
      <source>Number of rounds</source>
      <translation>عدد الطلقات</translation>
    </message>
    <message>
      <source>Type of explosive</source>
      <translation>نوع المتفجرات</translation>
    </message>
    <message>
      <source>Markings</source>
      <translation>العلامات</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>الوزن الصافي</translation>
    </message>
    <message>
      <source>Number of pieces</source>
      <translation>عدد القطع</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>العملة</translation>
    </message>
    <message>
      <source>Notes and coins counted</source>
      <translation>الأوراق والقطع النقدية المعدودة</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <source>Suspected counterfeit</source>
      <translation>يشتبه في تزويرها</translation>
    </message>
    <message>
      <source>Type of document</source>
      <translation>نوع المستند</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>بلد الإصدار</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>رقم المستند</translation>
    </message>
    <message>
      <source>Name of the holder (as written)</source>
      <translation>اسم الحامل (كما هو مكتوب)</translation>
    </message>
    <message>
      <source>Type of device</source>
      <translation>نوع الجهاز</translation>
    </message>
    <message>
      <source>Make</source>
      <translation>العلامة التجارية</translation>
    </message>
    <message>
      <source>IMEI</source>
      <translation>رقم IMEI</translation>
    </message>
    <message>
      <source>Second IMEI (dual SIM)</source>
      <translation>رقم IMEI الثاني (شريحتان)</translation>
    </message>
    <message>
      <source>VIN (vehicle identification number)</source>
      <translation>رقم VIN (رقم تعريف المركبة)</translation>
    </message>
    <message>
      <source>Number plate</source>
      <translation>لوحة الأرقام</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>اللون</translation>
    </message>
    <message>
      <source>Kind of resource</source>
      <translation>نوع المورد</translation>
    </message>
    <message>
      <source>Species or mineral</source>
      <translation>النوع أو المعدن</translation>
    </message>
    <message>
      <source>Volume (cubic metres)</source>
      <translation>الحجم (متر مكعب)</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>الوزن</translation>
    </message>
    <message>
      <source>Origin (where it came from)</source>
      <translation>المصدر (من أين أتى)</translation>
    </message>
    <message>
      <source>Estimated value</source>
      <translation>القيمة التقديرية</translation>
    </message>
    <message>
      <source>Say why this value is kept although its check fails (e.g. counterfeit phone).</source>
      <translation>اذكر سبب الإبقاء على هذه القيمة رغم فشل فحصها (مثلًا: هاتف مقلّد).</translation>
    </message>
    <message>
      <source>The check of this field cannot be overridden.</source>
      <translation>لا يمكن تجاوز فحص هذا الحقل.</translation>
    </message>
  </context>
  <context>
    <name>Category</name>
    <message>
      <source>Drugs</source>
      <translation>مخدرات</translation>
    </message>
    <message>
      <source>Firearm</source>
      <translation>سلاح ناري</translation>
    </message>
    <message>
      <source>Ammunition</source>
      <translation>ذخيرة</translation>
    </message>
    <message>
      <source>Explosives</source>
      <translation>متفجرات</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>نقود</translation>
    </message>
    <message>
      <source>Identity or other document</source>
      <translation>وثيقة هوية أو مستند آخر</translation>
    </message>
    <message>
      <source>Phone, computer or other device</source>
      <translation>هاتف أو حاسوب أو جهاز آخر</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>مركبة</translation>
    </message>
    <message>
      <source>Timber, minerals, wildlife</source>
      <translation>أخشاب ومعادن وحياة برية</translation>
    </message>
    <message>
      <source>Other goods</source>
      <translation>أموال أخرى</translation>
    </message>
  </context>
  <context>
    <name>CertificateCard</name>
    <message>
      <source>Report signatures</source>
      <translation>توقيع التقارير</translation>
    </message>
    <message>
      <source>Reports are signed with this station's certificate; the ledger binds its fingerprint to the station key, and every report prints it. Give the trust root to a court whose PDF reader should recognise the signature.</source>
      <translation>تُوقَّع التقارير بشهادة هذا المركز؛ ويربط السجل بصمتها بمفتاح المركز، وتُطبع على كل تقرير. سلّم شهادة الجذر الموثوقة إلى المحكمة التي ينبغي أن يتعرف قارئ PDF لديها على التوقيع.</translation>
    </message>
    <message>
      <source>Save the trust root…</source>
      <translation>حفظ شهادة الجذر…</translation>
    </message>
    <message>
      <source>Use an agency certificate (PKCS#12)…</source>
      <translation>استخدام شهادة الجهة (PKCS#12)…</translation>
    </message>
    <message>
      <source>Signed by: {subject}
SHA-256: {sha}
Valid until: {until}</source>
      <translation>موقّع من: {subject}
SHA-256: {sha}
صالحة حتى: {until}</translation>
    </message>
    <message>
      <source>Save the trust root</source>
      <translation>حفظ شهادة الجذر</translation>
    </message>
    <message>
      <source>Certificates (*.crt *.pem)</source>
      <translation>الشهادات (*.crt *.pem)</translation>
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation>تعذرت كتابة الملف: {reason}</translation>
    </message>
    <message>
      <source>Saved {path}.</source>
      <translation>حُفظ {path}.</translation>
    </message>
    <message>
      <source>Agency certificate</source>
      <translation>شهادة الجهة</translation>
    </message>
    <message>
      <source>PKCS#12 certificates (*.p12 *.pfx)</source>
      <translation>شهادات PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <source>The certificate file's password:</source>
      <translation>كلمة مرور ملف الشهادة:</translation>
    </message>
    <message>
      <source>The file could not be read: {reason}</source>
      <translation>تعذرت قراءة الملف: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <source>Current password</source>
      <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>أعد كتابة كلمة المرور الجديدة</translation>
    </message>
    <message>
      <source>Type your current password.</source>
      <translation>اكتب كلمة المرور الحالية.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Backup passphrase</source>
      <translation>عبارة مرور النسخ الاحتياطي</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} bytes, {entries} ledger entries, root {root}).</source>
      <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: {path} ({size} بايت، {entries} قيد في السجل، الجذر {root}).</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} bytes, {entries} ledger entries).</source>
      <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: {path} ({size} بايت، {entries} قيد في السجل).</translation>
    </message>
    <message>
      <source>Backup passphrase set ({path}). Automatic and manual backups are now encrypted to it.</source>
      <translation>عُيّنت عبارة مرور النسخ الاحتياطي ({path}). تُشفَّر بها الآن النسخ الاحتياطية التلقائية واليدوية.</translation>
    </message>
    <message>
      <source>There is no backup file {file}.</source>
      <translation>لا يوجد ملف نسخة احتياطية {file}.</translation>
    </message>
    <message>
      <source>The checkpoint file {file} cannot be read.</source>
      <translation>تتعذر قراءة ملف نقطة التحقق {file}.</translation>
    </message>
    <message>
      <source>Restored station {station} (backup of {created}, {entries} ledger entries, verified) into {folder}. Open it with: custody --data-dir {folder}</source>
      <translation>استُعيد المركز {station} (نسخة {created}، {entries} قيد في السجل، تم التحقق منها) في {folder}. افتحه بالأمر: custody --data-dir {folder}</translation>
    </message>
    <message>
      <source>Restored the keys of station {station} into {folder}, and the PostgreSQL dump {dump}. Load it into an empty database with: pg_restore --no-owner --dbname postgresql://OWNER@HOST/custody {dump}  (docs/DEPLOYMENT.md)</source>
      <translation>استُعيدت مفاتيح المركز {station} في {folder}، ومعها ملف تفريغ PostgreSQL ‏{dump}. حمّله في قاعدة بيانات فارغة بالأمر: pg_restore --no-owner --dbname postgresql://OWNER@HOST/custody {dump}  (docs/DEPLOYMENT.md)</translation>
    </message>
    <message>
      <source>Error: </source>
      <translation>خطأ: </translation>
    </message>
    <message>
      <source>Interrupted; nothing more was written.</source>
      <translation>تمت المقاطعة؛ لم يُكتب أي شيء آخر.</translation>
    </message>
    <message>
      <source>Password for {user}</source>
      <translation>كلمة مرور {user}</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <source>state:    up to date</source>
      <translation>state:    محدّثة</translation>
    </message>
    <message>
      <source>state:    needs upgrade ('custody db upgrade')</source>
      <translation>state:    تحتاج إلى ترقية ('custody db upgrade')</translation>
    </message>
    <message>
      <source>Demo database ready at {url} in {seconds} s: {cases} cases, {seizures} seizures, {items} items (+{children} split/sampled), {photos} photos, {corrections} corrections, {locations} locations.</source>
      <translation>قاعدة البيانات التجريبية جاهزة في {url} خلال {seconds} ثانية: {cases} قضية، {seizures} عملية ضبط، {items} حرز (+{children} مجزأ أو عينة)، {photos} صورة، {corrections} تصحيح، {locations} موقع.</translation>
    </message>
    <message>
      <source>Administrator: {username} / password: {password}</source>
      <translation>المسؤول: {username} / كلمة المرور: {password}</translation>
    </message>
    <message>
      <source>Officers ({usernames}) / password: {password}</source>
      <translation>الضباط ({usernames}) / كلمة المرور: {password}</translation>
    </message>
    <message>
      <source>Administrator password</source>
      <translation>كلمة مرور المسؤول</translation>
    </message>
    <message>
      <source>Set up {agency}, station {station}, log {origin}.</source>
      <translation>أُعدّ {agency}، المركز {station}، السجل {origin}.</translation>
    </message>
    <message>
      <source>Station verifier key: {key}</source>
      <translation>مفتاح التحقق الخاص بالمركز: {key}</translation>
    </message>
    <message>
      <source>This workstation now opens the shared database as station {station} ({saved}). Other workstations join it with 'custody station join' (give them the verifier key above).</source>
      <translation>تفتح محطة العمل هذه الآن قاعدة البيانات المشتركة بصفتها المركز {station} ({saved}). تنضم إليها محطات العمل الأخرى بالأمر 'custody station join' (أعطها مفتاح التحقق أعلاه).</translation>
    </message>
    <message>
      <source>Give --out FILE.pdf|FILE.zpl or --printer QUEUE. Templates: {names}</source>
      <translation>حدد --out FILE.pdf|FILE.zpl أو --printer QUEUE. القوالب: {names}</translation>
    </message>
    <message>
      <source>{n} label(s), template {template}, {format} -&gt; {destination}</source>
      <translation>{n} ملصق، القالب {template}، {format} -&gt; {destination}</translation>
    </message>
    <message>
      <source>Ledger intact: {n} entries, root {root}; its first station key is trusted ({anchor}).</source>
      <translation>السجل سليم: {n} قيد، الجذر {root}؛ وأول مفتاح مركز فيه موثوق ({anchor}).</translation>
    </message>
    <message>
      <source>Ledger intact but NOT TRUSTED: {n} entries, consistent, but its first station key ({anchor}) could not be checked against a key you trust. Run on the station's own workstation or give --trust "&lt;the station's verifier key&gt;".</source>
      <translation>السجل سليم لكنه غير موثوق: {n} قيد متسقة، لكن تعذر التحقق من أول مفتاح مركز فيه ({anchor}) بمفتاح تثق به. شغّل الأمر على محطة العمل الخاصة بالمركز أو أضف --trust "&lt;مفتاح التحقق الخاص بالمركز&gt;".</translation>
    </message>
    <message>
      <source>{failures} failure(s) in {n} entries.</source>
      <translation>{failures} إخفاق في {n} قيد.</translation>
    </message>
    <message>
      <source>Clock correction recorded at seq {seq} ({at}); entries up to {until} carried the wrong time.</source>
      <translation>سُجّل تصحيح الساعة في القيد {seq} ({at})؛ وكانت القيود حتى {until} تحمل وقتًا خاطئًا.</translation>
    </message>
    <message>
      <source>Exported {n} entries to {out}.</source>
      <translation>صُدّر {n} قيد إلى {out}.</translation>
    </message>
    <message>
      <source>{n} difference(s) found and repaired.</source>
      <translation>عُثر على {n} فرق وأُصلح.</translation>
    </message>
    <message>
      <source>{n} difference(s) found.</source>
      <translation>عُثر على {n} فرق.</translation>
    </message>
    <message>
      <source>Wrote {out} (report {report}).</source>
      <translation>كُتب {out} (التقرير {report}).</translation>
    </message>
    <message>
      <source>Wrote {out} (report {report}, {n} items).</source>
      <translation>كُتب {out} (التقرير {report}، {n} حرز).</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
      <source>Wrote {out}: the trust root (SHA-256 {sha}).</source>
      <translation>كُتب {out}: شهادة الجذر (SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>Reports are signed by {subject}, valid until {until}.</source>
      <translation>يوقّع التقارير {subject}، صالحة حتى {until}.</translation>
    </message>
    <message>
      <source>Signing certificate SHA-256 fingerprint (printed on every report): {sha}</source>
      <translation>بصمة SHA-256 لشهادة التوقيع (مطبوعة على كل تقرير): {sha}</translation>
    </message>
    <message>
      <source>Certificate file password</source>
      <translation>كلمة مرور ملف الشهادة</translation>
    </message>
    <message>
      <source>Reports are now signed with the certificate SHA-256 {sha} (recorded in the ledger).</source>
      <translation>تُوقَّع التقارير الآن بالشهادة SHA-256 {sha} (مسجلة في السجل).</translation>
    </message>
    <message>
      <source>Give the new station's code: --station CODE.</source>
      <translation>حدد رمز المركز الجديد: --station CODE.</translation>
    </message>
    <message>
      <source>Give --trust with the verifier key of the database's first station (station {station}). Nothing was changed.</source>
      <translation>حدد بـ --trust مفتاح التحقق الخاص بأول مركز في قاعدة البيانات (المركز {station}). لم يتغير أي شيء.</translation>
    </message>
    <message>
      <source>The database's first station is {station}. Its verifier key, as the database states it:</source>
      <translation>أول مركز في قاعدة البيانات هو {station}. مفتاح التحقق الخاص به كما تذكره قاعدة البيانات:</translation>
    </message>
    <message>
      <source>Compare it with the key your agency published (it is printed on every report).</source>
      <translation>قارنه بالمفتاح الذي نشرته جهتك (مطبوع على كل تقرير).</translation>
    </message>
    <message>
      <source>Is it the same key?</source>
      <translation>هل هو المفتاح نفسه؟</translation>
    </message>
    <message>
      <source>Not joined: the key was not confirmed. Nothing was changed.</source>
      <translation>لم يتم الانضمام: لم يُؤكَّد المفتاح. لم يتغير أي شيء.</translation>
    </message>
    <message>
      <source>Verifying the whole ledger against the first station's key...</source>
      <translation>جارٍ التحقق من السجل كله بمفتاح المركز الأول...</translation>
    </message>
    <message>
      <source>Station {station} joined the log {origin}; its key is in {folder}.</source>
      <translation>انضم المركز {station} إلى السجل {origin}؛ ومفتاحه في {folder}.</translation>
    </message>
    <message>
      <source>This workstation now opens the shared database as station {station} ({saved}).</source>
      <translation>تفتح محطة العمل هذه الآن قاعدة البيانات المشتركة بصفتها المركز {station} ({saved}).</translation>
    </message>
    <message>
      <source>Wrote {path}: {n} item(s) handed to {to}.</source>
      <translation>كُتب {path}: سُلّم {n} حرز إلى {to}.</translation>
    </message>
    <message>
      <source>Package {package}, package hash (SHA-256 of its manifest) {sha}.</source>
      <translation>الحزمة {package}، بصمة الحزمة (SHA-256 لبيانها) {sha}.</translation>
    </message>
    <message>
      <source>Station verifier key the receiver must trust: {key}</source>
      <translation>مفتاح التحقق الخاص بالمركز الذي يجب أن يثق به المستلم: {key}</translation>
    </message>
    <message>
      <source>The package would be refused: {reasons}</source>
      <translation>ستُرفض الحزمة: {reasons}</translation>
    </message>
    <message>
      <source>Accepted package {sha}: {items} are now in your custody.</source>
      <translation>قُبلت الحزمة {sha}: أصبحت {items} في عهدتك.</translation>
    </message>
    <message>
      <source>Trusted {name} (ledger entry {seq}).</source>
      <translation>أصبح {name} موثوقًا (قيد السجل {seq}).</translation>
    </message>
    <message>
      <source>No longer trusted (ledger entry {seq}).</source>
      <translation>لم يعد موثوقًا (قيد السجل {seq}).</translation>
    </message>
    <message>
      <source>No other station is trusted.</source>
      <translation>لا يوجد مركز آخر موثوق.</translation>
    </message>
    <message>
      <source>Initial password for {user}</source>
      <translation>كلمة المرور الأولى لـ {user}</translation>
    </message>
    <message>
      <source>Created {user} ({roles}), key {key}.</source>
      <translation>أُنشئ {user} ({roles})، المفتاح {key}.</translation>
    </message>
    <message>
      <source>Disabled {user}.</source>
      <translation>عُطّل {user}.</translation>
    </message>
    <message>
      <source>Enabled {user}.</source>
      <translation>فُعّل {user}.</translation>
    </message>
    <message>
      <source>Unlocked {user}.</source>
      <translation>أُلغي قفل {user}.</translation>
    </message>
    <message>
      <source>New password for {user}</source>
      <translation>كلمة المرور الجديدة لـ {user}</translation>
    </message>
    <message>
      <source>Password reset for {user}; a new signing key was issued.</source>
      <translation>أُعيد تعيين كلمة مرور {user}؛ وأُصدر مفتاح توقيع جديد.</translation>
    </message>
    <message>
      <source>Cannot write {out}: {reason}. Choose a folder you can write to.</source>
      <translation>تتعذر كتابة {out}: {reason}. اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
      <source>Wrote {out} ({size} bytes, SHA-256 {sha}).</source>
      <translation>كُتب {out} ({size} بايت، SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>Give it to prosecutors with the reports: they open it in any web browser, drop the report PDF on it and type the station key printed on the report. It works without internet.</source>
      <translation>سلّمه إلى النيابة العامة مع التقارير: يُفتح في أي متصفح ويب، ويُفلت عليه ملف PDF للتقرير ويُكتب مفتاح المركز المطبوع على التقرير. يعمل دون إنترنت.</translation>
    </message>
  </context>
  <context>
    <name>Clock</name>
    <message>
      <source>This computer's clock shows {now} (UTC), earlier than the last entry in the ledger ({last}). Nothing was saved. If this computer's time is wrong, correct it and try again. If the clock is right and the ledger's last entries carry a wrong time, an administrator and a supervisor must record a clock correction (Administration &gt; Clock correction).</source>
      <translation>تُظهر ساعة هذا الحاسوب {now} (UTC)، وهو وقت سابق لآخر قيد في السجل ({last}). لم يُحفظ أي شيء. إذا كان وقت هذا الحاسوب خاطئًا فصحّحه وأعد المحاولة. وإذا كانت الساعة صحيحة وكانت آخر قيود السجل تحمل وقتًا خاطئًا، فيجب على المسؤول والمشرف تسجيل تصحيح للساعة (الإدارة &gt; تصحيح الساعة).</translation>
    </message>
    <message>
      <source>This computer's clock moved forward by {jump} while Custody was running: it now shows {now} (UTC). Nothing was saved. Check the date and time of this computer; if the new time is right, restart Custody.</source>
      <translation>تقدمت ساعة هذا الحاسوب بمقدار {jump} أثناء تشغيل Custody: وهي تُظهر الآن {now} (UTC). لم يُحفظ أي شيء. تحقق من تاريخ هذا الحاسوب ووقته؛ وإذا كان الوقت الجديد صحيحًا فأعد تشغيل Custody.</translation>
    </message>
    <message>
      <source>Say what happened to the clock (for example: the workstation's clock was set to 2099).</source>
      <translation>اذكر ما حدث للساعة (مثلًا: كانت ساعة محطة العمل مضبوطة على عام 2099).</translation>
    </message>
    <message>
      <source>The ledger's last entry ({last}) is not later than the current time ({now}): there is nothing to correct.</source>
      <translation>آخر قيد في السجل ({last}) ليس لاحقًا للوقت الحالي ({now}): لا يوجد ما يُصحَّح.</translation>
    </message>
    <message>
      <source>A clock correction is countersigned by a supervisor other than you; {username} is not a supervisor.</source>
      <translation>يصادق على تصحيح الساعة مشرف غيرك؛ {username} ليس مشرفًا.</translation>
    </message>
    <message>
      <source>A clock correction needs two different officers: ask a supervisor to countersign.</source>
      <translation>يحتاج تصحيح الساعة إلى ضابطين مختلفين: اطلب من مشرف المصادقة عليه.</translation>
    </message>
  </context>
  <context>
    <name>ClockCorrectionDialog</name>
    <message>
      <source>Correct the ledger's clock</source>
      <translation>تصحيح ساعة السجل</translation>
    </message>
    <message>
      <source>Use this only when entries were recorded with a wrong, future time (a computer whose clock was wrong). The correction is kept in the ledger with your reason, signed by you and by a supervisor; entries after it carry the right time again.</source>
      <translation>استخدم هذا فقط عندما تكون قيود قد سُجلت بوقت خاطئ في المستقبل (حاسوب كانت ساعته خاطئة). يُحفظ التصحيح في السجل مع السبب الذي تذكره، موقّعًا منك ومن مشرف؛ وتحمل القيود التالية الوقت الصحيح من جديد.</translation>
    </message>
    <message>
      <source>What happened to the clock</source>
      <translation>ما حدث للساعة</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Supervisor (username)</source>
      <translation>المشرف (اسم المستخدم)</translation>
    </message>
    <message>
      <source>Supervisor's password</source>
      <translation>كلمة مرور المشرف</translation>
    </message>
    <message>
      <source>Record the correction</source>
      <translation>تسجيل التصحيح</translation>
    </message>
    <message>
      <source>The ledger's last entry carries the time {at} (UTC), later than this computer's clock.</source>
      <translation>يحمل آخر قيد في السجل الوقت {at} (UTC)، وهو لاحق لساعة هذا الحاسوب.</translation>
    </message>
    <message>
      <source>The ledger's last entry is not later than this computer's clock: there is nothing to correct.</source>
      <translation>آخر قيد في السجل ليس لاحقًا لساعة هذا الحاسوب: لا يوجد ما يُصحَّح.</translation>
    </message>
    <message>
      <source>Say what happened to the clock.</source>
      <translation>اذكر ما حدث للساعة.</translation>
    </message>
    <message>
      <source>A supervisor types their username and password to countersign.</source>
      <translation>يكتب المشرف اسم المستخدم وكلمة المرور للمصادقة.</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Correct the record of {item}</source>
      <translation>تصحيح بيانات {item}</translation>
    </message>
    <message>
      <source>The original value stays in the ledger; the correction is shown beside it. A supervisor other than you must approve it by typing their password here.</source>
      <translation>تبقى القيمة الأصلية في السجل؛ ويُعرض التصحيح بجانبها. يجب أن يوافق عليه مشرف غيرك بكتابة كلمة مروره هنا.</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>Now recorded</source>
      <translation>المسجل حاليًا</translation>
    </message>
    <message>
      <source>Correct value</source>
      <translation>القيمة الصحيحة</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Why the record is wrong, for the court.</source>
      <translation>سبب خطأ البيانات، لعلم المحكمة.</translation>
    </message>
    <message>
      <source>Approving supervisor</source>
      <translation>المشرف الموافق</translation>
    </message>
    <message>
      <source>Username of the supervisor approving the correction.</source>
      <translation>اسم المستخدم للمشرف الذي يوافق على التصحيح.</translation>
    </message>
    <message>
      <source>Supervisor's password</source>
      <translation>كلمة مرور المشرف</translation>
    </message>
    <message>
      <source>Approve and record</source>
      <translation>الموافقة والتسجيل</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(فارغ)</translation>
    </message>
  </context>
  <context>
    <name>Currency</name>
    <message>
      <source>UAE dirham</source>
      <translation>درهم إماراتي</translation>
    </message>
    <message>
      <source>Afghan afghani</source>
      <translation>أفغاني</translation>
    </message>
    <message>
      <source>Albanian lek</source>
      <translation>ليك ألباني</translation>
    </message>
    <message>
      <source>Armenian dram</source>
      <translation>درام أرميني</translation>
    </message>
    <message>
      <source>Netherlands Antillean guilder</source>
      <translation>غيلدر أنتيلي هولندي</translation>
    </message>
    <message>
      <source>Angolan kwanza</source>
      <translation>كوانزا أنغولي</translation>
    </message>
    <message>
      <source>Argentine peso</source>
      <translation>بيزو أرجنتيني</translation>
    </message>
    <message>
      <source>Australian dollar</source>
      <translation>دولار أسترالي</translation>
    </message>
    <message>
      <source>Aruban florin</source>
      <translation>فلورن أروبي</translation>
    </message>
    <message>
      <source>Azerbaijani manat</source>
      <translation>مانات أذربيجان</translation>
    </message>
    <message>
      <source>Bosnia and Herzegovina convertible mark</source>
      <translation>مارك البوسنة والهرسك قابل للتحويل</translation>
    </message>
    <message>
      <source>Barbados dollar</source>
      <translation>دولار بربادوسي</translation>
    </message>
    <message>
      <source>Bangladeshi taka</source>
      <translation>تاكا بنغلاديشي</translation>
    </message>
    <message>
      <source>Bulgarian lev</source>
      <translation>ليف بلغاري</translation>
    </message>
    <message>
      <source>Bahraini dinar</source>
      <translation>دينار بحريني</translation>
    </message>
    <message>
      <source>Burundian franc</source>
      <translation>فرنك بروندي</translation>
    </message>
    <message>
      <source>Bermudian dollar</source>
      <translation>دولار برمودي</translation>
    </message>
    <message>
      <source>Brunei dollar</source>
      <translation>دولار بروناي</translation>
    </message>
    <message>
      <source>Bolivian boliviano</source>
      <translation>بوليفيانو بوليفي</translation>
    </message>
    <message>
      <source>Bolivian Mvdol</source>
      <translation>مفدول بوليفي</translation>
    </message>
    <message>
      <source>Brazilian real</source>
      <translation>ريال برازيلي</translation>
    </message>
    <message>
      <source>Bahamian dollar</source>
      <translation>دولار باهامي</translation>
    </message>
    <message>
      <source>Bhutanese ngultrum</source>
      <translation>نولتوم بوتاني</translation>
    </message>
    <message>
      <source>Botswana pula</source>
      <translation>بولا بتسواني</translation>
    </message>
    <message>
      <source>Belarusian ruble</source>
      <translation>روبل بيلاروسي</translation>
    </message>
    <message>
      <source>Belarusian ruble (old)</source>
      <translation>روبل بيلاروسي (٢٠٠٠–٢٠١٦)</translation>
    </message>
    <message>
      <source>Belize dollar</source>
      <translation>دولار بليزي</translation>
    </message>
    <message>
      <source>Canadian dollar</source>
      <translation>دولار كندي</translation>
    </message>
    <message>
      <source>Congolese franc</source>
      <translation>فرنك كونغولي</translation>
    </message>
    <message>
      <source>WIR euro</source>
      <translation>يورو WIR</translation>
    </message>
    <message>
      <source>Swiss franc</source>
      <translation>فرنك سويسري</translation>
    </message>
    <message>
      <source>WIR franc</source>
      <translation>فرنك WIR</translation>
    </message>
    <message>
      <source>Chilean unidad de fomento</source>
      <translation>وحدة الحساب التشيلية (UF)</translation>
    </message>
    <message>
      <source>Chilean peso</source>
      <translation>بيزو تشيلي</translation>
    </message>
    <message>
      <source>Chinese yuan</source>
      <translation>يوان صيني</translation>
    </message>
    <message>
      <source>Colombian peso</source>
      <translation>بيزو كولومبي</translation>
    </message>
    <message>
      <source>Colombian unidad de valor real</source>
      <translation>وحدة القيمة الحقيقية الكولومبية</translation>
    </message>
    <message>
      <source>Costa Rican colón</source>
      <translation>كولن كوستاريكي</translation>
    </message>
    <message>
      <source>Cuban convertible peso</source>
      <translation>بيزو كوبي قابل للتحويل</translation>
    </message>
    <message>
      <source>Cuban peso</source>
      <translation>بيزو كوبي</translation>
    </message>
    <message>
      <source>Cape Verdean escudo</source>
      <translation>اسكودو الرأس الأخضر</translation>
    </message>
    <message>
      <source>Czech koruna</source>
      <translation>كرونة تشيكية</translation>
    </message>
    <message>
      <source>Djiboutian franc</source>
      <translation>فرنك جيبوتي</translation>
    </message>
    <message>
      <source>Danish krone</source>
      <translation>كرونة دنماركية</translation>
    </message>
    <message>
      <source>Dominican peso</source>
      <translation>بيزو الدومنيكان</translation>
    </message>
    <message>
      <source>Algerian dinar</source>
      <translation>دينار جزائري</translation>
    </message>
    <message>
      <source>Egyptian pound</source>
      <translation>جنيه مصري</translation>
    </message>
    <message>
      <source>Eritrean nakfa</source>
      <translation>ناكفا أريتري</translation>
    </message>
    <message>
      <source>Ethiopian birr</source>
      <translation>بير أثيوبي</translation>
    </message>
    <message>
      <source>Euro</source>
      <translation>يورو</translation>
    </message>
    <message>
      <source>Fiji dollar</source>
      <translation>دولار فيجي</translation>
    </message>
    <message>
      <source>Falkland Islands pound</source>
      <translation>جنيه جزر فوكلاند</translation>
    </message>
    <message>
      <source>Pound sterling</source>
      <translation>جنيه إسترليني</translation>
    </message>
    <message>
      <source>Georgian lari</source>
      <translation>لارى جورجي</translation>
    </message>
    <message>
      <source>Ghanaian cedi</source>
      <translation>سيدي غانا</translation>
    </message>
    <message>
      <source>Gibraltar pound</source>
      <translation>جنيه جبل طارق</translation>
    </message>
    <message>
      <source>Gambian dalasi</source>
      <translation>دلاسي غامبي</translation>
    </message>
    <message>
      <source>Guinean franc</source>
      <translation>فرنك غينيا</translation>
    </message>
    <message>
      <source>Guatemalan quetzal</source>
      <translation>كوتزال غواتيمالا</translation>
    </message>
    <message>
      <source>Guyanese dollar</source>
      <translation>دولار غيانا</translation>
    </message>
    <message>
      <source>Hong Kong dollar</source>
      <translation>دولار هونغ كونغ</translation>
    </message>
    <message>
      <source>Honduran lempira</source>
      <translation>ليمبيرا هنداروس</translation>
    </message>
    <message>
      <source>Croatian kuna</source>
      <translation>كونا كرواتي</translation>
    </message>
    <message>
      <source>Haitian gourde</source>
      <translation>جوردى هايتي</translation>
    </message>
    <message>
      <source>Hungarian forint</source>
      <translation>فورينت هنغاري</translation>
    </message>
    <message>
      <source>Indonesian rupiah</source>
      <translation>روبية إندونيسية</translation>
    </message>
    <message>
      <source>Israeli new shekel</source>
      <translation>شيكل إسرائيلي جديد</translation>
    </message>
    <message>
      <source>Indian rupee</source>
      <translation>روبية هندي</translation>
    </message>
    <message>
      <source>Iraqi dinar</source>
      <translation>دينار عراقي</translation>
    </message>
    <message>
      <source>Iranian rial</source>
      <translation>ريال إيراني</translation>
    </message>
    <message>
      <source>Icelandic króna</source>
      <translation>كرونة أيسلندية</translation>
    </message>
    <message>
      <source>Jamaican dollar</source>
      <translation>دولار جامايكي</translation>
    </message>
    <message>
      <source>Jordanian dinar</source>
      <translation>دينار أردني</translation>
    </message>
    <message>
      <source>Japanese yen</source>
      <translation>ين ياباني</translation>
    </message>
    <message>
      <source>Kenyan shilling</source>
      <translation>شلن كينيي</translation>
    </message>
    <message>
      <source>Kyrgyzstani som</source>
      <translation>سوم قيرغستاني</translation>
    </message>
    <message>
      <source>Cambodian riel</source>
      <translation>رييال كمبودي</translation>
    </message>
    <message>
      <source>Comorian franc</source>
      <translation>فرنك جزر القمر</translation>
    </message>
    <message>
      <source>North Korean won</source>
      <translation>وون كوريا الشمالية</translation>
    </message>
    <message>
      <source>South Korean won</source>
      <translation>وون كوريا الجنوبية</translation>
    </message>
    <message>
      <source>Kuwaiti dinar</source>
      <translation>دينار كويتي</translation>
    </message>
    <message>
      <source>Cayman Islands dollar</source>
      <translation>دولار جزر كيمن</translation>
    </message>
    <message>
      <source>Kazakhstani tenge</source>
      <translation>تينغ كازاخستاني</translation>
    </message>
    <message>
      <source>Lao kip</source>
      <translation>كيب لاوسي</translation>
    </message>
    <message>
      <source>Lebanese pound</source>
      <translation>ليرة لبنانية</translation>
    </message>
    <message>
      <source>Sri Lankan rupee</source>
      <translation>روبية سريلانكية</translation>
    </message>
    <message>
      <source>Liberian dollar</source>
      <translation>دولار ليبيري</translation>
    </message>
    <message>
      <source>Lesotho loti</source>
      <translation>لوتي ليسوتو</translation>
    </message>
    <message>
      <source>Libyan dinar</source>
      <translation>دينار ليبي</translation>
    </message>
    <message>
      <source>Moroccan dirham</source>
      <translation>درهم مغربي</translation>
    </message>
    <message>
      <source>Moldovan leu</source>
      <translation>ليو مولدوفي</translation>
    </message>
    <message>
      <source>Malagasy ariary</source>
      <translation>أرياري مدغشقر</translation>
    </message>
    <message>
      <source>Macedonian denar</source>
      <translation>دينار مقدوني</translation>
    </message>
    <message>
      <source>Myanmar kyat</source>
      <translation>كيات ميانمار</translation>
    </message>
    <message>
      <source>Mongolian tögrög</source>
      <translation>توغروغ منغولي</translation>
    </message>
    <message>
      <source>Macanese pataca</source>
      <translation>باتاكا ماكاوي</translation>
    </message>
    <message>
      <source>Mauritanian ouguiya (old)</source>
      <translation>أوقية موريتانية - 1973-2017</translation>
    </message>
    <message>
      <source>Mauritanian ouguiya</source>
      <translation>أوقية موريتانية</translation>
    </message>
    <message>
      <source>Mauritian rupee</source>
      <translation>روبية موريشيوسية</translation>
    </message>
    <message>
      <source>Maldivian rufiyaa</source>
      <translation>روفيه جزر المالديف</translation>
    </message>
    <message>
      <source>Malawian kwacha</source>
      <translation>كواشا مالاوي</translation>
    </message>
    <message>
      <source>Mexican peso</source>
      <translation>بيزو مكسيكي</translation>
    </message>
    <message>
      <source>Mexican unidad de inversión</source>
      <translation>وحدة الاستثمار المكسيكية</translation>
    </message>
    <message>
      <source>Malaysian ringgit</source>
      <translation>رينغيت ماليزي</translation>
    </message>
    <message>
      <source>Mozambican metical</source>
      <translation>متكال موزمبيقي</translation>
    </message>
    <message>
      <source>Namibian dollar</source>
      <translation>دولار ناميبي</translation>
    </message>
    <message>
      <source>Nigerian naira</source>
      <translation>نايرا نيجيري</translation>
    </message>
    <message>
      <source>Nicaraguan córdoba</source>
      <translation>قرطبة نيكاراغوا</translation>
    </message>
    <message>
      <source>Norwegian krone</source>
      <translation>كرونة نرويجية</translation>
    </message>
    <message>
      <source>Nepalese rupee</source>
      <translation>روبية نيبالي</translation>
    </message>
    <message>
      <source>New Zealand dollar</source>
      <translation>دولار نيوزيلندي</translation>
    </message>
    <message>
      <source>Omani rial</source>
      <translation>ريال عماني</translation>
    </message>
    <message>
      <source>Panamanian balboa</source>
      <translation>بالبوا بنمي</translation>
    </message>
    <message>
      <source>Peruvian sol</source>
      <translation>سول بيروفي</translation>
    </message>
    <message>
      <source>Papua New Guinean kina</source>
      <translation>كينا بابوا غينيا الجديدة</translation>
    </message>
    <message>
      <source>Philippine peso</source>
      <translation>بيزو فلبيني</translation>
    </message>
    <message>
      <source>Pakistani rupee</source>
      <translation>روبية باكستاني</translation>
    </message>
    <message>
      <source>Polish złoty</source>
      <translation>زلوتي بولندي</translation>
    </message>
    <message>
      <source>Paraguayan guaraní</source>
      <translation>غواراني باراغواي</translation>
    </message>
    <message>
      <source>Qatari riyal</source>
      <translation>ريال قطري</translation>
    </message>
    <message>
      <source>Romanian leu</source>
      <translation>ليو روماني</translation>
    </message>
    <message>
      <source>Serbian dinar</source>
      <translation>دينار صربي</translation>
    </message>
    <message>
      <source>Russian ruble</source>
      <translation>روبل روسي</translation>
    </message>
    <message>
      <source>Rwandan franc</source>
      <translation>فرنك رواندي</translation>
    </message>
    <message>
      <source>Saudi riyal</source>
      <translation>ريال سعودي</translation>
    </message>
    <message>
      <source>Solomon Islands dollar</source>
      <translation>دولار جزر سليمان</translation>
    </message>
    <message>
      <source>Seychelles rupee</source>
      <translation>روبية سيشيلية</translation>
    </message>
    <message>
      <source>Sudanese pound</source>
      <translation>جنيه سوداني</translation>
    </message>
    <message>
      <source>Swedish krona</source>
      <translation>كرونة سويدية</translation>
    </message>
    <message>
      <source>Singapore dollar</source>
      <translation>دولار سنغافوري</translation>
    </message>
    <message>
      <source>Saint Helena pound</source>
      <translation>جنيه سانت هيلين</translation>
    </message>
    <message>
      <source>Sierra Leonean leone</source>
      <translation>ليون سيراليوني</translation>
    </message>
    <message>
      <source>Sierra Leonean leone (old)</source>
      <translation>ليون سيراليوني - 1964-2022</translation>
    </message>
    <message>
      <source>Somali shilling</source>
      <translation>شلن صومالي</translation>
    </message>
    <message>
      <source>Surinamese dollar</source>
      <translation>دولار سورينامي</translation>
    </message>
    <message>
      <source>South Sudanese pound</source>
      <translation>جنيه جنوب السودان</translation>
    </message>
    <message>
      <source>São Tomé and Príncipe dobra (old)</source>
      <translation>دوبرا ساو تومي وبرينسيبي - 1977-2017</translation>
    </message>
    <message>
      <source>São Tomé and Príncipe dobra</source>
      <translation>دوبرا ساو تومي وبرينسيبي</translation>
    </message>
    <message>
      <source>Salvadoran colón</source>
      <translation>كولون سلفادوري</translation>
    </message>
    <message>
      <source>Syrian pound</source>
      <translation>ليرة سورية</translation>
    </message>
    <message>
      <source>Swazi lilangeni</source>
      <translation>ليلانجيني سوازيلندي</translation>
    </message>
    <message>
      <source>Thai baht</source>
      <translation>باخت تايلاندي</translation>
    </message>
    <message>
      <source>Tajikistani somoni</source>
      <translation>سوموني طاجيكستاني</translation>
    </message>
    <message>
      <source>Turkmenistan manat</source>
      <translation>مانات تركمانستان</translation>
    </message>
    <message>
      <source>Tunisian dinar</source>
      <translation>دينار تونسي</translation>
    </message>
    <message>
      <source>Tongan paʻanga</source>
      <translation>بانغا تونغا</translation>
    </message>
    <message>
      <source>Turkish lira</source>
      <translation>ليرة تركية</translation>
    </message>
    <message>
      <source>Trinidad and Tobago dollar</source>
      <translation>دولار ترينداد وتوباغو</translation>
    </message>
    <message>
      <source>New Taiwan dollar</source>
      <translation>دولار تايواني</translation>
    </message>
    <message>
      <source>Tanzanian shilling</source>
      <translation>شلن تنزاني</translation>
    </message>
    <message>
      <source>Ukrainian hryvnia</source>
      <translation>هريفنيا أوكراني</translation>
    </message>
    <message>
      <source>Ugandan shilling</source>
      <translation>شلن أوغندي</translation>
    </message>
    <message>
      <source>US dollar</source>
      <translation>دولار أمريكي</translation>
    </message>
    <message>
      <source>US dollar (next day)</source>
      <translation>دولار أمريكي (اليوم التالي)‏</translation>
    </message>
    <message>
      <source>Uruguayan peso en unidades indexadas</source>
      <translation>بيزو أوروغواي بالوحدات المفهرسة</translation>
    </message>
    <message>
      <source>Uruguayan peso</source>
      <translation>بيزو اوروغواي</translation>
    </message>
    <message>
      <source>Uruguayan unidad previsional</source>
      <translation>وحدة المعاشات الأوروغوايانية</translation>
    </message>
    <message>
      <source>Uzbekistani som</source>
      <translation>سوم أوزبكستاني</translation>
    </message>
    <message>
      <source>Venezuelan digital bolívar</source>
      <translation>بوليفار فنزويلي رقمي</translation>
    </message>
    <message>
      <source>Venezuelan bolívar fuerte (old)</source>
      <translation>بوليفار فنزويلي - 2008–2018</translation>
    </message>
    <message>
      <source>Venezuelan sovereign bolívar</source>
      <translation>بوليفار فنزويلي</translation>
    </message>
    <message>
      <source>Vietnamese đồng</source>
      <translation>دونج فيتنامي</translation>
    </message>
    <message>
      <source>Vanuatu vatu</source>
      <translation>فاتو فانواتو</translation>
    </message>
    <message>
      <source>Samoan tālā</source>
      <translation>تالا ساموا</translation>
    </message>
    <message>
      <source>Central African CFA franc</source>
      <translation>فرنك وسط أفريقي</translation>
    </message>
    <message>
      <source>East Caribbean dollar</source>
      <translation>دولار شرق الكاريبي</translation>
    </message>
    <message>
      <source>Caribbean guilder</source>
      <translation>غيلدر كاريبي</translation>
    </message>
    <message>
      <source>West African CFA franc</source>
      <translation>فرنك غرب أفريقي</translation>
    </message>
    <message>
      <source>CFP franc</source>
      <translation>فرنك سي إف بي</translation>
    </message>
    <message>
      <source>Yemeni rial</source>
      <translation>ريال يمني</translation>
    </message>
    <message>
      <source>South African rand</source>
      <translation>راند جنوب أفريقيا</translation>
    </message>
    <message>
      <source>Zambian kwacha</source>
      <translation>كواشا زامبي</translation>
    </message>
    <message>
      <source>Zimbabwe gold</source>
      <translation>ذهب زيمبابوي</translation>
    </message>
    <message>
      <source>Zimbabwean dollar (old)</source>
      <translation>دولار زمبابوي 2009</translation>
    </message>
  </context>
  <context>
    <name>Custody</name>
    <message>
      <source>Scan or choose at least one item.</source>
      <translation>امسح حرزًا واحدًا على الأقل أو اختره.</translation>
    </message>
    <message>
      <source>Item {item} is not registered here.</source>
      <translation>الحرز {item} غير مسجل هنا.</translation>
    </message>
    <message>
      <source>Item {item} has no custody record yet; register it first.</source>
      <translation>ليس للحرز {item} سجل حيازة بعد؛ سجّله أولًا.</translation>
    </message>
    <message>
      <source>Item {item} is {status}: it cannot move and nothing more can be recorded for it.</source>
      <translation>حالة الحرز {item}: «{status}»: لا يمكن نقله ولا تسجيل أي شيء آخر بشأنه.</translation>
    </message>
    <message>
      <source>Item {item} is at the laboratory: record its return from the laboratory first.</source>
      <translation>الحرز {item} في المختبر: سجّل أولًا عودته من المختبر.</translation>
    </message>
    <message>
      <source>Item {item} is at court: record its return from court first.</source>
      <translation>الحرز {item} في المحكمة: سجّل أولًا عودته من المحكمة.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}, not by you: only the officer who holds an item can hand it over or act on it.</source>
      <translation>الحرز {item} في حيازة {holder} وليس في حيازتك: لا يستطيع تسليم الحرز أو التصرف فيه إلا الضابط الذي يحوزه.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}, not by you: {holder} must sign this too (type their password), or hand the item over to you first.</source>
      <translation>الحرز {item} في حيازة {holder} وليس في حيازتك: يجب أن يوقّع {holder} أيضًا (بكتابة كلمة مروره)، أو أن يسلمك الحرز أولًا.</translation>
    </message>
    <message>
      <source>{user} does not hold item {item} ({holder} does): only the holder can countersign.</source>
      <translation>{user} لا يحوز الحرز {item} (بل {holder}): لا يصادق إلا الحائز.</translation>
    </message>
    <message>
      <source>Item {item} is in storage at {location}: only an evidence custodian can take it out or act on it.</source>
      <translation>الحرز {item} مودع في المخزن في {location}: لا يستطيع إخراجه أو التصرف فيه إلا أمين الأحراز.</translation>
    </message>
    <message>
      <source>Item {item} is not in storage (it is {status}).</source>
      <translation>الحرز {item} ليس في المخزن (حالته: {status}).</translation>
    </message>
    <message>
      <source>Item {item} is already in storage at {location}. Use 'move' to put it somewhere else.</source>
      <translation>الحرز {item} مودع بالفعل في {location}. استخدم «نقل» لوضعه في مكان آخر.</translation>
    </message>
    <message>
      <source>Item {item} is already at {location}.</source>
      <translation>الحرز {item} موجود بالفعل في {location}.</translation>
    </message>
    <message>
      <source>Item {item} is recorded at {recorded}, not at {location}.</source>
      <translation>الحرز {item} مسجل في {recorded} وليس في {location}.</translation>
    </message>
    <message>
      <source>Item {item} is held by {holder}. {holder} must sign the check-in (type their password), or hand the item over to you first.</source>
      <translation>الحرز {item} في حيازة {holder}. يجب على {holder} توقيع الإيداع (بكتابة كلمة مروره) أو تسليمك الحرز أولًا.</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself.</source>
      <translation>لا يمكنك تسليم الأحراز إلى نفسك.</translation>
    </message>
    <message>
      <source>{user} already holds item {item}.</source>
      <translation>{user} يحوز الحرز {item} بالفعل.</translation>
    </message>
    <message>
      <source>{user} is not an active user: they cannot sign for evidence.</source>
      <translation>{user} ليس مستخدمًا نشطًا: لا يمكنه التوقيع على استلام الأحراز.</translation>
    </message>
    <message>
      <source>The signing key of {user} is no longer current. Ask them to type their password again.</source>
      <translation>مفتاح التوقيع الخاص بـ {user} لم يعد ساريًا. اطلب منه كتابة كلمة مروره من جديد.</translation>
    </message>
    <message>
      <source>{user} is not allowed to receive evidence (their roles do not include handling items).</source>
      <translation>{user} غير مخول باستلام الأحراز (أدواره لا تشمل التعامل مع الأحراز).</translation>
    </message>
    <message>
      <source>{user} must sign to receive the items: ask them to type their password.</source>
      <translation>يجب أن يوقّع {user} لاستلام الأحراز: اطلب منه كتابة كلمة مروره.</translation>
    </message>
    <message>
      <source>There is no location {location}.</source>
      <translation>لا يوجد موقع {location}.</translation>
    </message>
    <message>
      <source>Location {location} is no longer in use.</source>
      <translation>الموقع {location} لم يعد مستخدمًا.</translation>
    </message>
    <message>
      <source>Check the seal of item {item} (seal {seal} on record) and say whether it is intact.</source>
      <translation>افحص ختم الحرز {item} (الختم المسجل {seal}) وبيّن هل هو سليم.</translation>
    </message>
    <message>
      <source>The seal of item {item} does not match the record (seal {seal} on record, {seen} seen, intact: {intact}). Write a memo explaining what was found.</source>
      <translation>ختم الحرز {item} لا يطابق السجل (الختم المسجل {seal}، المعاين {seen}، سليم: {intact}). اكتب مذكرة تشرح ما وُجد.</translation>
    </message>
    <message>
      <source>The drawn signature {sha} was not saved as an attachment.</source>
      <translation>التوقيع المرسوم {sha} لم يُحفظ كمرفق.</translation>
    </message>
    <message>
      <source>A signature reference must be the 64-character SHA-256 of the stored image.</source>
      <translation>يجب أن يكون مرجع التوقيع بصمة SHA-256 المكونة من 64 حرفًا للصورة المخزنة.</translation>
    </message>
    <message>
      <source>Item {item} has no seal on record.</source>
      <translation>ليس للحرز {item} ختم مسجل.</translation>
    </message>
    <message>
      <source>Item {item} is still sealed with seal {seal}: record that seal as broken before applying a new one.</source>
      <translation>الحرز {item} لا يزال مختومًا بالختم {seal}: سجّل فض هذا الختم قبل وضع ختم جديد.</translation>
    </message>
    <message>
      <source>Item {item} is not at the laboratory (it is {status}).</source>
      <translation>الحرز {item} ليس في المختبر (حالته: {status}).</translation>
    </message>
    <message>
      <source>Item {item} is not at court (it is {status}).</source>
      <translation>الحرز {item} ليس في المحكمة (حالته: {status}).</translation>
    </message>
    <message>
      <source>Item {item} was sent to the laboratory under number {expected}, not {given}. Check the item and the paperwork.</source>
      <translation>أُرسل الحرز {item} إلى المختبر بالرقم {expected} وليس {given}. افحص الحرز والمستندات.</translation>
    </message>
    <message>
      <source>Weights are whole milligrams, 0 or more.</source>
      <translation>الأوزان بالمليغرام بأعداد صحيحة، صفر أو أكثر.</translation>
    </message>
    <message>
      <source>The weight is more than 10 tonnes; check the number and the unit.</source>
      <translation>الوزن يتجاوز 10 أطنان؛ تحقق من الرقم والوحدة.</translation>
    </message>
    <message>
      <source>Give the gross or the net weight (or both).</source>
      <translation>أدخل الوزن القائم أو الوزن الصافي (أو كليهما).</translation>
    </message>
    <message>
      <source>The net weight cannot be more than the gross weight.</source>
      <translation>لا يمكن أن يتجاوز الوزن الصافي الوزن القائم.</translation>
    </message>
    <message>
      <source>There is no discrepancy number {seq} for item {item}.</source>
      <translation>لا يوجد فرق برقم {seq} للحرز {item}.</translation>
    </message>
    <message>
      <source>Discrepancy {seq} was already acknowledged (entry {ack}).</source>
      <translation>سبق إقرار الفرق {seq} (القيد {ack}).</translation>
    </message>
    <message>
      <source>You recorded the action that raised discrepancy {seq}: another supervisor must acknowledge it.</source>
      <translation>أنت من سجّل الإجراء الذي أثار الفرق {seq}: يجب أن يقرّه مشرف آخر.</translation>
    </message>
    <message>
      <source>A recovery needs a second person: you cannot also be the second signer.</source>
      <translation>يحتاج الاسترداد إلى شخص ثانٍ: لا يمكنك أن تكون الموقّع الثاني أيضًا.</translation>
    </message>
    <message>
      <source>{user} cannot co-sign a recovery: only a supervisor or an administrator can.</source>
      <translation>لا يستطيع {user} المشاركة في توقيع الاسترداد: لا يستطيع ذلك إلا المشرف أو المسؤول.</translation>
    </message>
    <message>
      <source>{user} holds item {item}: they can simply hand it over; a recovery is for an absent holder.</source>
      <translation>{user} يحوز الحرز {item}: يمكنه ببساطة تسليمه؛ الاسترداد مخصص لحائز غائب.</translation>
    </message>
    <message>
      <source>Item {item} is not with an officer (it is {status}): there is nothing to recover.</source>
      <translation>الحرز {item} ليس لدى ضابط (حالته: {status}): لا يوجد ما يُسترد.</translation>
    </message>
    <message>
      <source>You already hold item {item}.</source>
      <translation>أنت تحوز الحرز {item} بالفعل.</translation>
    </message>
  </context>
  <context>
    <name>CustodyPages</name>
    <message>
      <source>Checking…</source>
      <translation>جارٍ التحقق…</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit (a supervisor resolves them)</source>
      <translation>مفقودة أو في غير مكانها عند الجرد (يسوّيها المشرف)</translation>
    </message>
    <message>
      <source>Overdue at the laboratory</source>
      <translation>متأخرة في المختبر</translation>
    </message>
    <message>
      <source>Overdue at court</source>
      <translation>متأخرة في المحكمة</translation>
    </message>
    <message>
      <source>Awaiting disposal</source>
      <translation>بانتظار التصرف</translation>
    </message>
    <message>
      <source>Weight discrepancies to acknowledge</source>
      <translation>فروق أوزان بانتظار الإقرار</translation>
    </message>
    <message>
      <source>With an officer for more than {n} days (bring them to the evidence room)</source>
      <translation>لدى ضابط منذ أكثر من {n} يوم (يجب إحضارها إلى غرفة الأحراز)</translation>
    </message>
    <message>
      <source>Held or stored with no label printed</source>
      <translation>في الحيازة أو المخزن دون ملصق مطبوع</translation>
    </message>
    <message>
      <source>Resolve the selected finding…</source>
      <translation>تسوية النتيجة المحددة…</translation>
    </message>
    <message>
      <source>Nothing needs attention.</source>
      <translation>لا شيء يحتاج إلى انتباهك.</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>مفقود</translation>
    </message>
    <message>
      <source>misplaced</source>
      <translation>في غير مكانه</translation>
    </message>
    <message>
      <source>{item} · {description}: {finding} at the audit of {when} by {who} (recorded at {recorded})</source>
      <translation>{item} · {description}: {finding} في جرد {when} بواسطة {who} (مسجل في {recorded})</translation>
    </message>
    <message>
      <source>{item} · {description}: at {place} since {since} ({days} days; limit {limit})</source>
      <translation>{item} · {description}: في {place} منذ {since} ({days} يوم؛ الحد {limit})</translation>
    </message>
    <message>
      <source>{item} · {description}: {place} since {since} ({days} days; limit {limit})</source>
      <translation>{item} · {description}: {place} منذ {since} ({days} يوم؛ الحد {limit})</translation>
    </message>
    <message>
      <source>{item} · {description}: authorised by {who} on {when}, order {order}</source>
      <translation>{item} · {description}: أذن به {who} في {when}، الأمر {order}</translation>
    </message>
    <message>
      <source>{item} · {description}: held by {who} since {since}</source>
      <translation>{item} · {description}: في حيازة {who} منذ {since}</translation>
    </message>
    <message>
      <source>{item} · {description}: {where}</source>
      <translation>{item} · {description}: {where}</translation>
    </message>
    <message>
      <source>held by {who}</source>
      <translation>في حيازة {who}</translation>
    </message>
    <message>
      <source>stored at {location}</source>
      <translation>مخزن في {location}</translation>
    </message>
    <message>
      <source>{n} more not listed: the {listed} oldest are shown.</source>
      <translation>{n} أخرى غير مدرجة: تُعرض أقدم {listed}.</translation>
    </message>
    <message>
      <source>{n} alert(s)</source>
      <translation>التنبيهات: {n}</translation>
    </message>
    <message>
      <source>No alerts</source>
      <translation>لا توجد تنبيهات</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>التنبيهات</translation>
    </message>
    <message>
      <source>With {officer}</source>
      <translation>لدى {officer}</translation>
    </message>
    <message>
      <source>In storage at {location}</source>
      <translation>مودع في {location}</translation>
    </message>
    <message>
      <source>Registered, with {officer}</source>
      <translation>مسجل، لدى {officer}</translation>
    </message>
    <message>
      <source>Scan a barcode, or type the code and press Enter</source>
      <translation>امسح رمزًا شريطيًا، أو اكتب الرمز واضغط Enter</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>الحرز</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Seal on record</source>
      <translation>الختم المسجل</translation>
    </message>
    <message>
      <source>Seal intact</source>
      <translation>الختم سليم</translation>
    </message>
    <message>
      <source>Seal number seen</source>
      <translation>رقم الختم المعاين</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>إزالة المحدد</translation>
    </message>
    <message>
      <source>Empty the basket</source>
      <translation>إفراغ السلة</translation>
    </message>
    <message>
      <source>not sealed</source>
      <translation>غير مختوم</translation>
    </message>
    <message>
      <source>intact</source>
      <translation>سليم</translation>
    </message>
    <message>
      <source>number on the seal</source>
      <translation>الرقم المدون على الختم</translation>
    </message>
    <message>
      <source>No items scanned yet.</source>
      <translation>لم يُمسح أي حرز بعد.</translation>
    </message>
    <message>
      <source>{n} item(s) in the basket</source>
      <translation>عدد الأحراز في السلة: {n}</translation>
    </message>
    <message>
      <source>Scan the badge, or type the username or badge number</source>
      <translation>امسح البطاقة أو اكتب اسم المستخدم أو الرقم الوظيفي</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>توقيع</translation>
    </message>
    <message>
      <source>Type the username and the password.</source>
      <translation>اكتب اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
      <source>{code}: this step does not use {what}.</source>
      <translation>{code}: هذه الخطوة لا تستخدم {what}.</translation>
    </message>
    <message>
      <source>item numbers</source>
      <translation>أرقام الأحراز</translation>
    </message>
    <message>
      <source>location codes</source>
      <translation>رموز المواقع</translation>
    </message>
    <message>
      <source>badge codes</source>
      <translation>رموز البطاقات</translation>
    </message>
    <message>
      <source>{code} cannot be used on this page.</source>
      <translation>لا يمكن استخدام {code} في هذه الصفحة.</translation>
    </message>
    <message>
      <source>{item} is already in the basket.</source>
      <translation>{item} موجود بالفعل في السلة.</translation>
    </message>
    <message>
      <source>{item} added: {description}</source>
      <translation>أُضيف {item}: {description}</translation>
    </message>
    <message>
      <source>{code} is not a badge.</source>
      <translation>{code} ليس بطاقة.</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>التصرف في الأحراز</translation>
    </message>
    <message>
      <source>A supervisor authorises the disposal under a court order; it is then carried out before two witnesses who never had anything to do with the item.</source>
      <translation>يأذن المشرف بالتصرف في الحرز بموجب أمر قضائي؛ ثم يُنفَّذ بحضور شاهدين لم تكن لهما أي صلة بالحرز.</translation>
    </message>
    <message>
      <source>Items to dispose of</source>
      <translation>الأحراز المراد التصرف فيها</translation>
    </message>
    <message>
      <source>e.g. Dili District Court</source>
      <translation>مثلًا: محكمة الخرطوم الجنائية</translation>
    </message>
    <message>
      <source>the order's number</source>
      <translation>رقم الأمر</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>الجهة الآمرة</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>مرجع الأمر</translation>
    </message>
    <message>
      <source>Authorise disposal</source>
      <translation>الإذن بالتصرف</translation>
    </message>
    <message>
      <source>Only a supervisor can authorise a disposal.</source>
      <translation>لا يستطيع الإذن بالتصرف إلا المشرف.</translation>
    </message>
    <message>
      <source>Authorise</source>
      <translation>إذن</translation>
    </message>
    <message>
      <source>Scan the item being disposed of</source>
      <translation>امسح الحرز المراد التصرف فيه</translation>
    </message>
    <message>
      <source>No item scanned yet.</source>
      <translation>لم يُمسح أي حرز بعد.</translation>
    </message>
    <message>
      <source>How and before whom</source>
      <translation>الكيفية وبحضور من</translation>
    </message>
    <message>
      <source>e.g. incinerated at the municipal plant, furnace 2</source>
      <translation>مثلًا: أُحرق في المحرقة البلدية، الفرن 2</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>اختياري</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>ما تم تنفيذه</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>مذكرة</translation>
    </message>
    <message>
      <source>First witness</source>
      <translation>الشاهد الأول</translation>
    </message>
    <message>
      <source>Second witness</source>
      <translation>الشاهد الثاني</translation>
    </message>
    <message>
      <source>Scan each witness's badge (or type the username); each witness then types their password on this workstation.</source>
      <translation>امسح بطاقة كل شاهد (أو اكتب اسم المستخدم)؛ ثم يكتب كل شاهد كلمة مروره على محطة العمل هذه.</translation>
    </message>
    <message>
      <source>Carry out the disposal…</source>
      <translation>تنفيذ التصرف…</translation>
    </message>
    <message>
      <source>Carry out</source>
      <translation>تنفيذ</translation>
    </message>
    <message>
      <source>{item} was already disposed of or released.</source>
      <translation>سبق التصرف في {item} أو رده.</translation>
    </message>
    <message>
      <source>Disposal of {item} was already authorised ({order}).</source>
      <translation>سبق الإذن بالتصرف في {item} ({order}).</translation>
    </message>
    <message>
      <source>Not authorised: a supervisor must authorise it first.</source>
      <translation>غير مأذون: يجب أن يأذن به المشرف أولًا.</translation>
    </message>
    <message>
      <source>Disposal of {item} has not been authorised.</source>
      <translation>لم يُؤذن بالتصرف في {item}.</translation>
    </message>
    <message>
      <source>Authorised by {who}: {method}, {authority}, order {order}.</source>
      <translation>أذن به {who}: {method}، {authority}، الأمر {order}.</translation>
    </message>
    <message>
      <source>{item}: ready to be disposed of.</source>
      <translation>{item}: جاهز للتصرف.</translation>
    </message>
    <message>
      <source>{item} has an open weight discrepancy: a supervisor must acknowledge it first.</source>
      <translation>لدى {item} فرق في الوزن لم يُقرّ: يجب أن يقرّه المشرف أولًا.</translation>
    </message>
    <message>
      <source>Scan at least one item.</source>
      <translation>امسح حرزًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <source>Disposal of {n} item(s) authorised.</source>
      <translation>أُذن بالتصرف في الأحراز (العدد: {n}).</translation>
    </message>
    <message>
      <source>Scan the item being disposed of.</source>
      <translation>امسح الحرز المراد التصرف فيه.</translation>
    </message>
    <message>
      <source>Scan the badges of both witnesses (or type their usernames).</source>
      <translation>امسح بطاقتي الشاهدين (أو اكتب اسمي المستخدمين).</translation>
    </message>
    <message>
      <source>The two witnesses must be two different people.</source>
      <translation>يجب أن يكون الشاهدان شخصين مختلفين.</translation>
    </message>
    <message>
      <source>You carry out the disposal: you cannot also be one of its witnesses.</source>
      <translation>أنت من ينفذ التصرف: لا يمكنك أن تكون أحد شاهديه أيضًا.</translation>
    </message>
    <message>
      <source>Witness {n} signs</source>
      <translation>توقيع الشاهد {n}</translation>
    </message>
    <message>
      <source>{who}: you witness the disposal of {item} ({description}). Type your password to sign.</source>
      <translation>{who}: أنت شاهد على التصرف في {item} ({description}). اكتب كلمة مرورك للتوقيع.</translation>
    </message>
    <message>
      <source>{item} disposed of (ledger entry {seq}).</source>
      <translation>تم التصرف في {item} (قيد السجل {seq}).</translation>
    </message>
    <message>
      <source>{item} is at the laboratory: record its return first.</source>
      <translation>{item} في المختبر: سجّل عودته أولًا.</translation>
    </message>
    <message>
      <source>{item} is at court: record its return first.</source>
      <translation>{item} في المحكمة: سجّل عودته أولًا.</translation>
    </message>
    <message>
      <source>{item} was disposed of: it cannot move any more.</source>
      <translation>تم التصرف في {item}: لا يمكن نقله بعد الآن.</translation>
    </message>
    <message>
      <source>{item} was released to its owner: it cannot move any more.</source>
      <translation>رُدّ {item} إلى مالكه: لا يمكن نقله بعد الآن.</translation>
    </message>
    <message>
      <source>{item} is in storage at {location}: only an evidence custodian can take it out.</source>
      <translation>{item} مودع في {location}: لا يستطيع إخراجه إلا أمين الأحراز.</translation>
    </message>
    <message>
      <source>{item} is held by {holder}, not by you.</source>
      <translation>{item} في حيازة {holder} وليس في حيازتك.</translation>
    </message>
    <message>
      <source>Hand over evidence</source>
      <translation>تسليم الأحراز</translation>
    </message>
    <message>
      <source>Scan each item, then the receiving officer's badge. The receiver checks the seals and signs with their password on this workstation.</source>
      <translation>امسح كل حرز، ثم بطاقة الضابط المستلم. يفحص المستلم الأختام ويوقّع بكلمة مروره على محطة العمل هذه.</translation>
    </message>
    <message>
      <source>1. Items</source>
      <translation>1. الأحراز</translation>
    </message>
    <message>
      <source>For each sealed item the receiver reads the number on the seal and ticks 'intact' only if the seal is unbroken.</source>
      <translation>لكل حرز مختوم يقرأ المستلم رقم الختم ولا يؤشر على «سليم» إلا إذا كان الختم غير مفضوض.</translation>
    </message>
    <message>
      <source>2. Receiving officer</source>
      <translation>2. الضابط المستلم</translation>
    </message>
    <message>
      <source>3. Purpose</source>
      <translation>3. الغرض</translation>
    </message>
    <message>
      <source>e.g. for analysis at the laboratory</source>
      <translation>مثلًا: للتحليل في المختبر</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <source>Required when a seal is broken or its number differs from the record</source>
      <translation>إلزامي إذا كان الختم مفضوضًا أو كان رقمه مخالفًا للسجل</translation>
    </message>
    <message>
      <source>4. Receiver's signature (optional)</source>
      <translation>4. توقيع المستلم (اختياري)</translation>
    </message>
    <message>
      <source>Clear signature</source>
      <translation>مسح التوقيع</translation>
    </message>
    <message>
      <source>Hand over…</source>
      <translation>تسليم…</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself: scan the receiving officer's badge.</source>
      <translation>لا يمكنك تسليم الأحراز إلى نفسك: امسح بطاقة الضابط المستلم.</translation>
    </message>
    <message>
      <source>Receiver: {name}</source>
      <translation>المستلم: {name}</translation>
    </message>
    <message>
      <source>The seal of {items} is not intact or does not match the record: write a memo; a broken seal will be recorded.</source>
      <translation>ختم {items} غير سليم أو لا يطابق السجل: اكتب مذكرة؛ وسيُسجَّل ختم مفضوض.</translation>
    </message>
    <message>
      <source>Scan the receiving officer's badge or type their username.</source>
      <translation>امسح بطاقة الضابط المستلم أو اكتب اسم المستخدم الخاص به.</translation>
    </message>
    <message>
      <source>You cannot hand items over to yourself.</source>
      <translation>لا يمكنك تسليم الأحراز إلى نفسك.</translation>
    </message>
    <message>
      <source>Say what the items are handed over for.</source>
      <translation>اذكر الغرض من تسليم الأحراز.</translation>
    </message>
    <message>
      <source>Read the seal number of {items} and type it in.</source>
      <translation>اقرأ رقم ختم {items} واكتبه.</translation>
    </message>
    <message>
      <source>A seal is not intact or does not match: write a memo explaining what was found.</source>
      <translation>أحد الأختام غير سليم أو غير مطابق: اكتب مذكرة تشرح ما وُجد.</translation>
    </message>
    <message>
      <source>Receiving officer signs</source>
      <translation>توقيع الضابط المستلم</translation>
    </message>
    <message>
      <source>{receiver}: check the {n} item(s) and their seals, then type your password to receive them. Purpose: {purpose}</source>
      <translation>{receiver}: افحص الأحراز ({n}) وأختامها، ثم اكتب كلمة مرورك لاستلامها. الغرض: {purpose}</translation>
    </message>
    <message>
      <source>{n} item(s) handed over to {who} (ledger entries {first}–{last}).</source>
      <translation>سُلّمت الأحراز ({n}) إلى {who} (قيود السجل {first}–{last}).</translation>
    </message>
    <message>
      <source>Inventory audit</source>
      <translation>الجرد</translation>
    </message>
    <message>
      <source>Choose or scan the location to audit, then scan every item there (and the shelves and bins inside it as you go). Missing, unexpected and misplaced items are listed as you scan.</source>
      <translation>اختر الموقع المراد جرده أو امسحه، ثم امسح كل حرز موجود فيه (والرفوف والصناديق التي بداخله أثناء التقدم). تظهر الأحراز المفقودة وغير المتوقعة والموضوعة في غير مكانها أثناء المسح.</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>الموقع</translation>
    </message>
    <message>
      <source>Start the audit</source>
      <translation>بدء الجرد</translation>
    </message>
    <message>
      <source>Abandon</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>No audit in progress.</source>
      <translation>لا يوجد جرد جارٍ.</translation>
    </message>
    <message>
      <source>Scan items and locations, or type a code and press Enter</source>
      <translation>امسح الأحراز والمواقع، أو اكتب رمزًا واضغط Enter</translation>
    </message>
    <message>
      <source>What was scanned</source>
      <translation>ما تم مسحه</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>المتوقع</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>الموجود</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>المفقود</translation>
    </message>
    <message>
      <source>Unexpected</source>
      <translation>غير المتوقع</translation>
    </message>
    <message>
      <source>Misplaced</source>
      <translation>في غير مكانه</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>إنهاء</translation>
    </message>
    <message>
      <source>optional remark for the record</source>
      <translation>ملاحظة اختيارية للمحضر</translation>
    </message>
    <message>
      <source>Finish and record the audit</source>
      <translation>إنهاء الجرد وتسجيله</translation>
    </message>
    <message>
      <source>Save the discrepancy report as PDF…</source>
      <translation>حفظ تقرير الفروق بصيغة PDF…</translation>
    </message>
    <message>
      <source>being looked up</source>
      <translation>جارٍ البحث</translation>
    </message>
    <message>
      <source>not registered</source>
      <translation>غير مسجل</translation>
    </message>
    <message>
      <source>recorded at</source>
      <translation>مسجل في</translation>
    </message>
    <message>
      <source>found at</source>
      <translation>وُجد في</translation>
    </message>
    <message>
      <source>Auditing {code} · {name}: {n} item(s) expected in {m} location(s).</source>
      <translation>جرد {code} · {name}: الأحراز المتوقعة {n} في {m} موقع.</translation>
    </message>
    <message>
      <source>Scanning at {location}</source>
      <translation>المسح في {location}</translation>
    </message>
    <message>
      <source>Choose the location to audit (or scan its code).</source>
      <translation>اختر الموقع المراد جرده (أو امسح رمزه).</translation>
    </message>
    <message>
      <source>Audit of {code} started: scan everything there.</source>
      <translation>بدأ جرد {code}: امسح كل ما هو موجود فيه.</translation>
    </message>
    <message>
      <source>Audit abandoned: nothing was recorded.</source>
      <translation>أُلغي الجرد: لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>{code} is a badge: scan items and locations.</source>
      <translation>{code} بطاقة: امسح الأحراز والمواقع.</translation>
    </message>
    <message>
      <source>Recorded: {found} found, {missing} missing, {unexpected} unexpected, {misplaced} misplaced (of {expected} expected). Save the discrepancy report to print it.</source>
      <translation>سُجّل: الموجود {found}، المفقود {missing}، غير المتوقع {unexpected}، في غير مكانه {misplaced} (من أصل {expected} متوقع). احفظ تقرير الفروق لطباعته.</translation>
    </message>
    <message>
      <source>Audit of {code} recorded.</source>
      <translation>سُجّل جرد {code}.</translation>
    </message>
    <message>
      <source>Discrepancy report saved: {path}</source>
      <translation>حُفظ تقرير الفروق: {path}</translation>
    </message>
    <message>
      <source>Save the discrepancy report</source>
      <translation>حفظ تقرير الفروق</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>{field}: expected {expected}, found {found} ({sign}{diff}; tolerance {tol})</source>
      <translation>{field}: المتوقع {expected}، الموجود {found} ({sign}{diff}؛ التفاوت المسموح {tol})</translation>
    </message>
    <message>
      <source>gross weight</source>
      <translation>الوزن القائم</translation>
    </message>
    <message>
      <source>net weight</source>
      <translation>الوزن الصافي</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>القيد</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>أثاره</translation>
    </message>
    <message>
      <source>By</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>الأوزان</translation>
    </message>
    <message>
      <source>Reason (e.g. moisture loss confirmed by the laboratory)</source>
      <translation>السبب (مثلًا: فقدان رطوبة أكده المختبر)</translation>
    </message>
    <message>
      <source>Acknowledge</source>
      <translation>إقرار</translation>
    </message>
    <message>
      <source>Only a supervisor can acknowledge a discrepancy.</source>
      <translation>لا يستطيع إقرار الفرق إلا المشرف.</translation>
    </message>
    <message>
      <source>Choose the discrepancy to acknowledge.</source>
      <translation>اختر الفرق المراد إقراره.</translation>
    </message>
    <message>
      <source>Give the reason the discrepancy is accepted.</source>
      <translation>اذكر سبب قبول الفرق.</translation>
    </message>
    <message>
      <source>Discrepancy {seq} of {item} acknowledged (entry {ack}).</source>
      <translation>أُقرّ الفرق {seq} الخاص بـ {item} (القيد {ack}).</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>المختبر</translation>
    </message>
    <message>
      <source>Send items for analysis with the request; record their return with the results and the weights.</source>
      <translation>أرسل الأحراز للتحليل مع الطلب؛ وسجّل عودتها مع النتائج والأوزان.</translation>
    </message>
    <message>
      <source>Items to send</source>
      <translation>الأحراز المراد إرسالها</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>الطلب</translation>
    </message>
    <message>
      <source>e.g. National forensic laboratory</source>
      <translation>مثلًا: المختبر الجنائي الوطني</translation>
    </message>
    <message>
      <source>the laboratory's case number, if known</source>
      <translation>رقم القضية لدى المختبر، إن كان معروفًا</translation>
    </message>
    <message>
      <source>What the laboratory is asked to examine</source>
      <translation>ما يُطلب من المختبر فحصه</translation>
    </message>
    <message>
      <source>Laboratory number</source>
      <translation>رقم المختبر</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>استلمه</translation>
    </message>
    <message>
      <source>Their signature (optional)</source>
      <translation>توقيعه (اختياري)</translation>
    </message>
    <message>
      <source>Send to the laboratory</source>
      <translation>الإرسال إلى المختبر</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>إرسال</translation>
    </message>
    <message>
      <source>Item back from the laboratory</source>
      <translation>حرز عائد من المختبر</translation>
    </message>
    <message>
      <source>Scan the item that came back</source>
      <translation>امسح الحرز العائد</translation>
    </message>
    <message>
      <source>as on the laboratory's report</source>
      <translation>كما في تقرير المختبر</translation>
    </message>
    <message>
      <source>The laboratory's findings</source>
      <translation>نتائج المختبر</translation>
    </message>
    <message>
      <source>e.g. 3.2 kg or 250 g</source>
      <translation>مثلًا 3.2 kg أو 250 g</translation>
    </message>
    <message>
      <source>e.g. 2.9 kg</source>
      <translation>مثلًا 2.9 kg</translation>
    </message>
    <message>
      <source>amount used up by the analysis, e.g. 2 g</source>
      <translation>الكمية المستهلكة في التحليل، مثلًا 2 g</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <source>Handed back by</source>
      <translation>أعاده</translation>
    </message>
    <message>
      <source>Gross weight</source>
      <translation>الوزن القائم</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>الوزن الصافي</translation>
    </message>
    <message>
      <source>Consumed in analysis</source>
      <translation>المستهلك في التحليل</translation>
    </message>
    <message>
      <source>Weights without a unit are grams.</source>
      <translation>الأوزان دون وحدة تكون بالغرام.</translation>
    </message>
    <message>
      <source>Record the return</source>
      <translation>تسجيل العودة</translation>
    </message>
    <message>
      <source>Weight discrepancies awaiting acknowledgement</source>
      <translation>فروق أوزان بانتظار الإقرار</translation>
    </message>
    <message>
      <source>Back from the laboratory</source>
      <translation>العائد من المختبر</translation>
    </message>
    <message>
      <source>{item} is not at the laboratory (it is: {where}).</source>
      <translation>{item} ليس في المختبر (موضعه: {where}).</translation>
    </message>
    <message>
      <source>Weights on record: gross {gross}, net {net}</source>
      <translation>الأوزان المسجلة: القائم {gross}، الصافي {net}</translation>
    </message>
    <message>
      <source>{item} is back: enter the results and the weights.</source>
      <translation>عاد {item}: أدخل النتائج والأوزان.</translation>
    </message>
    <message>
      <source>{n} item(s) sent to {lab}.</source>
      <translation>أُرسلت الأحراز ({n}) إلى {lab}.</translation>
    </message>
    <message>
      <source>Scan the item that came back from the laboratory.</source>
      <translation>امسح الحرز العائد من المختبر.</translation>
    </message>
    <message>
      <source>Weight discrepancy raised for {item} (entry {seq}): {details}. A supervisor must acknowledge it before the item can be disposed of.</source>
      <translation>أُثير فرق في الوزن للحرز {item} (القيد {seq}): {details}. يجب أن يقرّه المشرف قبل أن يمكن التصرف في الحرز.</translation>
    </message>
    <message>
      <source>{item} is back, with a weight discrepancy.</source>
      <translation>عاد {item} مع فرق في الوزن.</translation>
    </message>
    <message>
      <source>{item} is back from the laboratory; the weights agree.</source>
      <translation>عاد {item} من المختبر؛ والأوزان متطابقة.</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>المحكمة</translation>
    </message>
    <message>
      <source>Take items to a hearing and record their return.</source>
      <translation>انقل الأحراز إلى جلسة وسجّل عودتها.</translation>
    </message>
    <message>
      <source>Items for court</source>
      <translation>الأحراز المرسلة إلى المحكمة</translation>
    </message>
    <message>
      <source>e.g. Trial hearing, 3 December, courtroom 2</source>
      <translation>مثلًا: جلسة المحاكمة، 3 ديسمبر، القاعة 2</translation>
    </message>
    <message>
      <source>the court's case reference</source>
      <translation>مرجع القضية لدى المحكمة</translation>
    </message>
    <message>
      <source>Hearing</source>
      <translation>الجلسة</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>مرجع المحكمة</translation>
    </message>
    <message>
      <source>Take to court</source>
      <translation>النقل إلى المحكمة</translation>
    </message>
    <message>
      <source>To court</source>
      <translation>إلى المحكمة</translation>
    </message>
    <message>
      <source>Items back from court</source>
      <translation>الأحراز العائدة من المحكمة</translation>
    </message>
    <message>
      <source>optional: what happened to the items at court</source>
      <translation>اختياري: ما حدث للأحراز في المحكمة</translation>
    </message>
    <message>
      <source>Back from court</source>
      <translation>العائد من المحكمة</translation>
    </message>
    <message>
      <source>{item} is not at court.</source>
      <translation>{item} ليس في المحكمة.</translation>
    </message>
    <message>
      <source>{n} item(s) taken to court.</source>
      <translation>نُقلت الأحراز ({n}) إلى المحكمة.</translation>
    </message>
    <message>
      <source>{n} item(s) back from court.</source>
      <translation>عادت الأحراز ({n}) من المحكمة.</translation>
    </message>
    <message>
      <source>Barcode scanner</source>
      <translation>قارئ الرموز الشريطية</translation>
    </message>
    <message>
      <source>A scanner types like a keyboard, only much faster. Without a prefix Custody tells a scan from typing by the speed of the keys and the Enter or Tab at the end. Test your scanner below; if codes land in the test field instead, raise the key interval, or better, set a prefix.</source>
      <translation>يكتب القارئ كما تكتب لوحة المفاتيح لكن أسرع بكثير. دون بادئة، يميز Custody المسح من الكتابة بسرعة المفاتيح وبمفتاح Enter أو Tab في النهاية. اختبر القارئ أدناه؛ وإذا ظهرت الرموز في حقل الاختبار فزد الفاصل بين المفاتيح، أو الأفضل أن تعيّن بادئة.</translation>
    </message>
    <message>
      <source>Test your scanner</source>
      <translation>اختبار القارئ</translation>
    </message>
    <message>
      <source>Scan any label. Each scan is listed here and opens nothing while this page is shown.</source>
      <translation>امسح أي ملصق. تظهر كل عملية مسح هنا ولا تفتح شيئًا ما دامت هذه الصفحة معروضة.</translation>
    </message>
    <message>
      <source>Click here and scan: if the code appears in this field, it was read as typing</source>
      <translation>انقر هنا وامسح: إذا ظهر الرمز في هذا الحقل فقد قُرئ على أنه كتابة</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>مسح</translation>
    </message>
    <message>
      <source>Settings for this station</source>
      <translation>إعدادات هذا المركز</translation>
    </message>
    <message>
      <source>Recommended: set your scanner to send a prefix before every code (most scanners can, with a set-up barcode from their manual; a character nobody types, such as ~ or §) and type the same prefix here. Then a scan is recognised by its prefix whatever the speed, and typing is never held back or mistaken for a scan, even from a password manager.</source>
      <translation>يُوصى بما يلي: اضبط القارئ ليرسل بادئة قبل كل رمز (معظم القارئات تستطيع ذلك برمز شريطي للإعداد من دليلها؛ حرف لا يكتبه أحد مثل ~ أو §) واكتب البادئة نفسها هنا. عندئذ يُتعرَّف على المسح من بادئته أيًا كانت السرعة، ولا تُحتجز الكتابة أبدًا ولا تُحسب مسحًا، حتى من مدير كلمات المرور.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>Longest pause between keys</source>
      <translation>أطول توقف بين المفاتيح</translation>
    </message>
    <message>
      <source>Keys closer together than this belong to one scan. People type slower than about 80 ms per key; scanners much faster.</source>
      <translation>المفاتيح المتقاربة أكثر من ذلك تنتمي إلى عملية مسح واحدة. يكتب الناس أبطأ من نحو 80 ms لكل مفتاح؛ والقارئات أسرع بكثير.</translation>
    </message>
    <message>
      <source>Shortest code</source>
      <translation>أقصر رمز</translation>
    </message>
    <message>
      <source>A faster burst that is shorter than this is typing.</source>
      <translation>الدفعة السريعة الأقصر من ذلك تُعد كتابة.</translation>
    </message>
    <message>
      <source>Prefix</source>
      <translation>البادئة</translation>
    </message>
    <message>
      <source>Characters your scanner is set to send before each code (usually none).</source>
      <translation>الأحرف التي يرسلها القارئ قبل كل رمز (عادةً لا شيء).</translation>
    </message>
    <message>
      <source>Suffix</source>
      <translation>اللاحقة</translation>
    </message>
    <message>
      <source>Characters sent after each code, before Enter (usually none).</source>
      <translation>الأحرف المرسلة بعد كل رمز وقبل Enter (عادةً لا شيء).</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Only an administrator can change these settings.</source>
      <translation>لا يستطيع تغيير هذه الإعدادات إلا المسؤول.</translation>
    </message>
    <message>
      <source>{n} characters, slowest gap {gap} ms, ended with {end}</source>
      <translation>{n} حرف، أطول فاصل {gap} ms، انتهى بـ {end}</translation>
    </message>
    <message>
      <source>✗ {code}: {error} ({facts})</source>
      <translation>✗ {code}: {error} ({facts})</translation>
    </message>
    <message>
      <source>= {code}: the same code again within {s} s, counted once</source>
      <translation>= {code}: الرمز نفسه مرة أخرى خلال {s} ثانية، احتُسب مرة واحدة</translation>
    </message>
    <message>
      <source>✓ {code}: {kind} ({facts})</source>
      <translation>✓ {code}: {kind} ({facts})</translation>
    </message>
    <message>
      <source>item</source>
      <translation>حرز</translation>
    </message>
    <message>
      <source>location</source>
      <translation>موقع</translation>
    </message>
    <message>
      <source>badge</source>
      <translation>بطاقة</translation>
    </message>
    <message>
      <source>Scanner works: {code}</source>
      <translation>القارئ يعمل: {code}</translation>
    </message>
    <message>
      <source>In force: scans are recognised by the prefix {prefix}. Typing is never held back.</source>
      <translation>النافذ: يُتعرَّف على المسح بالبادئة {prefix}. لا تُحتجز الكتابة أبدًا.</translation>
    </message>
    <message>
      <source>In force: scans are told from typing by speed only (keys less than {ms} ms apart, at least {n} characters, then Enter or Tab).</source>
      <translation>النافذ: يُميَّز المسح من الكتابة بالسرعة فقط (مفاتيح يفصل بينها أقل من {ms} ms، و{n} أحرف على الأقل، ثم Enter أو Tab).</translation>
    </message>
    <message>
      <source>Scanner settings saved.</source>
      <translation>حُفظت إعدادات القارئ.</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>المخزن</translation>
    </message>
    <message>
      <source>Scan the location (shelf, safe, locker), then every item: check them in, out, or move them there.</source>
      <translation>امسح الموقع (رف، خزنة، خزانة)، ثم كل حرز: أودعها أو أخرجها أو انقلها إليه.</translation>
    </message>
    <message>
      <source>What are you doing?</source>
      <translation>ماذا تفعل؟</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>إيداع</translation>
    </message>
    <message>
      <source>Check out</source>
      <translation>إخراج</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>نقل</translation>
    </message>
    <message>
      <source>No location scanned yet.</source>
      <translation>لم يُمسح أي موقع بعد.</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>الأحراز</translation>
    </message>
    <message>
      <source>Other officer (optional)</source>
      <translation>ضابط آخر (اختياري)</translation>
    </message>
    <message>
      <source>e.g. for court on Monday</source>
      <translation>مثلًا: للمحكمة يوم الاثنين</translation>
    </message>
    <message>
      <source>Check in here</source>
      <translation>الإيداع هنا</translation>
    </message>
    <message>
      <source>Move here</source>
      <translation>النقل إلى هنا</translation>
    </message>
    <message>
      <source>The items go into this location.</source>
      <translation>تُودَع الأحراز في هذا الموقع.</translation>
    </message>
    <message>
      <source>Optional: the location the items are taken from (they must be recorded there).</source>
      <translation>اختياري: الموقع الذي تُؤخذ منه الأحراز (يجب أن تكون مسجلة فيه).</translation>
    </message>
    <message>
      <source>The items move to this location.</source>
      <translation>تُنقل الأحراز إلى هذا الموقع.</translation>
    </message>
    <message>
      <source>Delivered by</source>
      <translation>سلّمها</translation>
    </message>
    <message>
      <source>Items held by another officer go in only if that officer signs with their password.</source>
      <translation>لا تُودَع الأحراز التي في حيازة ضابط آخر إلا إذا وقّع ذلك الضابط بكلمة مروره.</translation>
    </message>
    <message>
      <source>Handed to</source>
      <translation>سُلّمت إلى</translation>
    </message>
    <message>
      <source>Leave empty to take the items yourself; another officer receives them by signing with their password.</source>
      <translation>اتركه فارغًا لتأخذ الأحراز بنفسك؛ ويستلمها ضابط آخر بالتوقيع بكلمة مروره.</translation>
    </message>
    <message>
      <source>Location {code}: {name}</source>
      <translation>الموقع {code}: {name}</translation>
    </message>
    <message>
      <source>Scan the location first.</source>
      <translation>امسح الموقع أولًا.</translation>
    </message>
    <message>
      <source>deliver</source>
      <translation>تسليم</translation>
    </message>
    <message>
      <source>receive</source>
      <translation>استلام</translation>
    </message>
    <message>
      <source>{who} signs</source>
      <translation>توقيع {who}</translation>
    </message>
    <message>
      <source>{who}: type your password to {what} the {n} item(s).</source>
      <translation>{who}: اكتب كلمة مرورك لـ{what} الأحراز ({n}).</translation>
    </message>
    <message>
      <source>{n} item(s) checked in at {where}.</source>
      <translation>أُودعت الأحراز ({n}) في {where}.</translation>
    </message>
    <message>
      <source>{n} item(s) checked out.</source>
      <translation>أُخرجت الأحراز ({n}) من المخزن.</translation>
    </message>
    <message>
      <source>{n} item(s) moved to {where}.</source>
      <translation>نُقلت الأحراز ({n}) إلى {where}.</translation>
    </message>
    <message>
      <source>Send evidence to another agency</source>
      <translation>إرسال الأحراز إلى جهة أخرى</translation>
    </message>
    <message>
      <source>The items leave this station with their whole history, proven by this station's key, in one package file (USB stick, e-mail). The receiving agency checks it before it accepts the items.</source>
      <translation>تغادر الأحراز هذا المركز مع تاريخها كاملًا، مثبتًا بمفتاح هذا المركز، في ملف حزمة واحد (ذاكرة USB، بريد إلكتروني). وتتحقق منه الجهة المستلمة قبل قبول الأحراز.</translation>
    </message>
    <message>
      <source>2. Receiving agency and officer</source>
      <translation>2. الجهة والضابط المستلمان</translation>
    </message>
    <message>
      <source>e.g. National Forensic Laboratory</source>
      <translation>مثلًا: المختبر الجنائي الوطني</translation>
    </message>
    <message>
      <source>Full name of the person who takes the items</source>
      <translation>الاسم الكامل للشخص الذي يأخذ الأحراز</translation>
    </message>
    <message>
      <source>Their organisation</source>
      <translation>جهته</translation>
    </message>
    <message>
      <source>Badge or identity document number</source>
      <translation>الرقم الوظيفي أو رقم وثيقة الهوية</translation>
    </message>
    <message>
      <source>e.g. analysis, hand-over of the case to the prosecutor</source>
      <translation>مثلًا: التحليل، إحالة القضية إلى النيابة العامة</translation>
    </message>
    <message>
      <source>Receiving agency</source>
      <translation>الجهة المستلمة</translation>
    </message>
    <message>
      <source>Receiving officer</source>
      <translation>الضابط المستلم</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>رقم الهوية</translation>
    </message>
    <message>
      <source>3. Receiving officer's signature</source>
      <translation>3. توقيع الضابط المستلم</translation>
    </message>
    <message>
      <source>The receiving officer signs here. You sign the hand-over with your own key when you confirm; their station signs the receipt when it accepts the package.</source>
      <translation>يوقّع الضابط المستلم هنا. وتوقّع أنت التسليم بمفتاحك عند التأكيد؛ ويوقّع مركزه الإيصال عندما يقبل الحزمة.</translation>
    </message>
    <message>
      <source>Hand over and save the package…</source>
      <translation>التسليم وحفظ الحزمة…</translation>
    </message>
    <message>
      <source>{item} is not here: it cannot be sent.</source>
      <translation>{item} ليس هنا: لا يمكن إرساله.</translation>
    </message>
    <message>
      <source>Name the receiving agency or station.</source>
      <translation>اذكر الجهة أو المركز المستلم.</translation>
    </message>
    <message>
      <source>Name the officer who takes the items.</source>
      <translation>اذكر اسم الضابط الذي يأخذ الأحراز.</translation>
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation>حفظ حزمة التحويل</translation>
    </message>
    <message>
      <source>Custody transfer package (*.custody)</source>
      <translation>حزمة تحويل Custody ‏(*.custody)</translation>
    </message>
    <message>
      <source>{n} item(s) handed over; package saved to {path}. The receiving agency needs this station's key to check it: {key}</source>
      <translation>سُلّمت الأحراز ({n})؛ وحُفظت الحزمة في {path}. تحتاج الجهة المستلمة إلى مفتاح هذا المركز للتحقق منها: {key}</translation>
    </message>
    <message>
      <source>Receive evidence from another agency</source>
      <translation>استلام الأحراز من جهة أخرى</translation>
    </message>
    <message>
      <source>Open the package file the other agency sent. Custody checks it against the keys your administrator trusts and shows what it proves. Nothing is recorded until you receive the items.</source>
      <translation>افتح ملف الحزمة الذي أرسلته الجهة الأخرى. يتحقق منه Custody بالمفاتيح التي يثق بها المسؤول ويعرض ما يثبته. لا يُسجَّل أي شيء حتى تستلم الأحراز.</translation>
    </message>
    <message>
      <source>1. Package</source>
      <translation>1. الحزمة</translation>
    </message>
    <message>
      <source>Open package…</source>
      <translation>فتح حزمة…</translation>
    </message>
    <message>
      <source>No package opened.</source>
      <translation>لم تُفتح أي حزمة.</translation>
    </message>
    <message>
      <source>Only if the sender is not on the trust list: the key they published, confirmed with them</source>
      <translation>فقط إذا لم يكن المرسل في قائمة الثقة: المفتاح الذي نشره، بعد التأكد منه معه</translation>
    </message>
    <message>
      <source>Sender's key</source>
      <translation>مفتاح المرسل</translation>
    </message>
    <message>
      <source>2. What the package proves</source>
      <translation>2. ما تثبته الحزمة</translation>
    </message>
    <message>
      <source>Open a package to see what it proves.</source>
      <translation>افتح حزمة لترى ما تثبته.</translation>
    </message>
    <message>
      <source>Receive these items</source>
      <translation>استلام هذه الأحراز</translation>
    </message>
    <message>
      <source>Item / event</source>
      <translation>الحرز / الحدث</translation>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <source>Proven by</source>
      <translation>أثبتته</translation>
    </message>
    <message>
      <source>Open a transfer package</source>
      <translation>فتح حزمة تحويل</translation>
    </message>
    <message>
      <source>Custody transfer package (*.custody);;All files (*)</source>
      <translation>حزمة تحويل Custody ‏(*.custody);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>تتعذر قراءة {path}: {reason}</translation>
    </message>
    <message>
      <source>VERIFIED: signed by {agency} ({station}) with a key you trust; every entry is proven by the checkpoints below. You may receive the items.</source>
      <translation>تم التحقق: موقّعة من {agency} ({station}) بمفتاح موثوق لديك؛ وكل قيد مثبت بنقاط التحقق أدناه. يمكنك استلام الأحراز.</translation>
    </message>
    <message>
      <source>REFUSED: this package cannot be received, for these reasons:</source>
      <translation>مرفوضة: لا يمكن استلام هذه الحزمة للأسباب التالية:</translation>
    </message>
    <message>
      <source>Package hash: {h}</source>
      <translation>بصمة الحزمة: {h}</translation>
    </message>
    <message>
      <source>From: {agency}, station {station}; key {key}</source>
      <translation>من: {agency}، المركز {station}؛ المفتاح {key}</translation>
    </message>
    <message>
      <source>To: {agency}: {name} ({org}, ID {id})</source>
      <translation>إلى: {agency}: {name} ({org}، الهوية {id})</translation>
    </message>
    <message>
      <source>Proven by checkpoint: {seg}</source>
      <translation>أثبتته نقطة التحقق: {seg}</translation>
    </message>
    <message>
      <source>Open a package that verifies first.</source>
      <translation>افتح أولًا حزمة تجتاز التحقق.</translation>
    </message>
    <message>
      <source>Received {n} item(s): {items}. They are now in your custody.</source>
      <translation>استُلمت الأحراز ({n}): {items}. وهي الآن في عهدتك.</translation>
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <source>The database given (--db or CUSTODY_DATABASE_URL) is neither an SQLite file path nor a postgresql:// URL. Nothing was opened.</source>
      <translation>قاعدة البيانات المحددة (--db أو CUSTODY_DATABASE_URL) ليست مسار ملف SQLite ولا عنوان postgresql://. لم يُفتح أي شيء.</translation>
    </message>
    <message>
      <source>There is no database at {path}. Check --db (or the data folder), or create one with 'custody init'. Nothing was created.</source>
      <translation>لا توجد قاعدة بيانات في {path}. تحقق من --db (أو مجلد البيانات)، أو أنشئ واحدة بـ 'custody init'. لم يُنشأ أي شيء.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a database file. Nothing was opened.</source>
      <translation>{path} مجلد وليس ملف قاعدة بيانات. لم يُفتح أي شيء.</translation>
    </message>
    <message>
      <source>The database {path} is on a network share ({fstype} at {mount}). Custody does not open an SQLite database over a network: its locks do not hold there, and two workstations writing to the same file could fork or corrupt the ledger. Keep the database on this computer's own disk (choose another folder with --data-dir or --db), or let the stations share one PostgreSQL server (see docs/DEPLOYMENT.md). Nothing was opened.</source>
      <translation>قاعدة البيانات {path} موجودة على مجلد مشترك في الشبكة ({fstype} في {mount}). لا يفتح Custody قاعدة بيانات SQLite عبر الشبكة: أقفالها لا تعمل هناك، وقد يؤدي كتابة محطتي عمل في الملف نفسه إلى تشعب السجل أو إتلافه. احتفظ بقاعدة البيانات على القرص المحلي لهذا الحاسوب (اختر مجلدًا آخر بـ --data-dir أو --db)، أو اجعل المراكز تتشارك خادم PostgreSQL واحدًا (انظر docs/DEPLOYMENT.md). لم يُفتح أي شيء.</translation>
    </message>
    <message>
      <source>This database file is read-only and its schema ({current}) is older than this Custody's ({head}). Nothing was changed; upgrade a writable copy ('custody db upgrade').</source>
      <translation>ملف قاعدة البيانات هذا للقراءة فقط، ومخططه ({current}) أقدم من مخطط هذا الإصدار من Custody ({head}). لم يتغير أي شيء؛ حدّث نسخة قابلة للكتابة ('custody db upgrade').</translation>
    </message>
    <message>
      <source>The copy of {path} made before the schema upgrade does not check out, so the upgrade was not started. Check the disk, then run 'custody ledger verify'.</source>
      <translation>النسخة من {path} المأخوذة قبل ترقية المخطط لا تجتاز التحقق، لذا لم تبدأ الترقية. افحص القرص، ثم شغّل 'custody ledger verify'.</translation>
    </message>
    <message>
      <source>The database is busy with another workstation's work. Nothing was saved; try again in a moment.</source>
      <translation>قاعدة البيانات مشغولة بعمل محطة عمل أخرى. لم يُحفظ أي شيء؛ أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was saved; free some space and try again.</source>
      <translation>القرص ممتلئ. لم يُحفظ أي شيء؛ أفرغ بعض المساحة وأعد المحاولة.</translation>
    </message>
    <message>
      <source>The database cannot be reached ({reason}). Check --db, the network or the data folder; nothing was saved.</source>
      <translation>يتعذر الوصول إلى قاعدة البيانات ({reason}). تحقق من --db أو الشبكة أو مجلد البيانات؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
      <source>The connection to the database server was lost ({reason}). Nothing was saved; try again when the server is back.</source>
      <translation>انقطع الاتصال بخادم قاعدة البيانات ({reason}). لم يُحفظ أي شيء؛ أعد المحاولة عندما يعود الخادم.</translation>
    </message>
    <message>
      <source>The connection to the database server was lost while saving ({reason}), so it is not known whether the action was saved. Look at the item's history before doing it again.</source>
      <translation>انقطع الاتصال بخادم قاعدة البيانات أثناء الحفظ ({reason})، لذا لا يُعرف هل حُفظ الإجراء. اطلع على سجل الحرز قبل إعادته.</translation>
    </message>
    <message>
      <source>The database refused this workstation's role access to some data. Nothing was saved. The administrator should run 'custody db grants' again (needed after every schema upgrade).</source>
      <translation>رفضت قاعدة البيانات وصول دور محطة العمل هذه إلى بعض البيانات. لم يُحفظ أي شيء. يجب على المسؤول تشغيل 'custody db grants' من جديد (ضروري بعد كل ترقية للمخطط).</translation>
    </message>
    <message>
      <source>The database file is read-only. Nothing was saved.</source>
      <translation>ملف قاعدة البيانات للقراءة فقط. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
      <source>The database file is damaged or is not a Custody database ({reason}). Nothing was written. Restore the latest backup ('custody restore').</source>
      <translation>ملف قاعدة البيانات تالف أو ليس قاعدة بيانات Custody ({reason}). لم يُكتب أي شيء. استعد أحدث نسخة احتياطية ('custody restore').</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>This database already holds the demo data. Nothing was added; to start over, give a new database file: custody demo --db NEW.sqlite3</source>
      <translation>تحتوي قاعدة البيانات هذه بالفعل على البيانات التجريبية. لم يُضف أي شيء؛ للبدء من جديد، حدد ملف قاعدة بيانات جديدًا: custody demo --db NEW.sqlite3</translation>
    </message>
  </context>
  <context>
    <name>Disposal</name>
    <message>
      <source>Choose how the items are to be disposed of.</source>
      <translation>اختر طريقة التصرف في الأحراز.</translation>
    </message>
    <message>
      <source>Disposal of item {item} was already authorised (entry {seq}, {method}, {order}).</source>
      <translation>سبق الإذن بالتصرف في الحرز {item} (القيد {seq}، {method}، {order}).</translation>
    </message>
    <message>
      <source>Disposal of item {item} has not been authorised: a supervisor must authorise it first.</source>
      <translation>لم يُؤذن بالتصرف في الحرز {item}: يجب أن يأذن به المشرف أولًا.</translation>
    </message>
    <message>
      <source>A disposal needs exactly two witnesses; {count} were given.</source>
      <translation>يحتاج التصرف إلى شاهدين اثنين بالضبط؛ وقد ذُكر {count}.</translation>
    </message>
    <message>
      <source>The two witnesses must be two different people.</source>
      <translation>يجب أن يكون الشاهدان شخصين مختلفين.</translation>
    </message>
    <message>
      <source>You carry out the disposal: you cannot also be one of its witnesses.</source>
      <translation>أنت من ينفذ التصرف: لا يمكنك أن تكون أحد شاهديه أيضًا.</translation>
    </message>
    <message>
      <source>{user} cannot witness the disposal of item {item}: they appear in its chain of custody ({role}). Choose a witness who never had anything to do with the item.</source>
      <translation>لا يمكن أن يشهد {user} على التصرف في الحرز {item}: فهو يظهر في سلسلة حيازته ({role}). اختر شاهدًا لم تكن له أي صلة بالحرز.</translation>
    </message>
    <message>
      <source>You authorised the disposal of item {item}: another officer must carry it out (the one who decides does not also destroy).</source>
      <translation>أنت من أذن بالتصرف في الحرز {item}: يجب أن ينفذه ضابط آخر (من يقرر لا يتلف أيضًا).</translation>
    </message>
    <message>
      <source>{user} is not an active user: they cannot witness a disposal.</source>
      <translation>{user} ليس مستخدمًا نشطًا: لا يمكنه أن يشهد على التصرف.</translation>
    </message>
    <message>
      <source>Item {item} has an open weight discrepancy (entry {seq}): a supervisor must acknowledge it first.</source>
      <translation>لدى الحرز {item} فرق في الوزن لم يُقرّ (القيد {seq}): يجب أن يقرّه المشرف أولًا.</translation>
    </message>
  </context>
  <context>
    <name>DisposalMethod</name>
    <message>
      <source>Destruction</source>
      <translation>إتلاف</translation>
    </message>
    <message>
      <source>Return to owner</source>
      <translation>رد إلى المالك</translation>
    </message>
    <message>
      <source>Forfeiture to the state</source>
      <translation>مصادرة لصالح الدولة</translation>
    </message>
    <message>
      <source>Transfer to another agency</source>
      <translation>تحويل إلى جهة أخرى</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>Item {item} was neither disposed of nor released to its owner (it is {status}): there is no disposal certificate to print.</source>
      <translation>لم يُتلف الحرز {item} ولم يُرد إلى مالكه (حالته: {status}): لا توجد شهادة تصرف للطباعة.</translation>
    </message>
    <message>
      <source>Item {item} was never sent to a laboratory: there is no submission form to print.</source>
      <translation>لم يُرسل الحرز {item} إلى أي مختبر قط: لا توجد استمارة إرسال للطباعة.</translation>
    </message>
    <message>
      <source>There is no recorded inventory audit {audit}.</source>
      <translation>لا يوجد جرد مسجل برقم {audit}.</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>التسجيل</translation>
    </message>
    <message>
      <source>Weighing, entry {seq}</source>
      <translation>الوزن، القيد {seq}</translation>
    </message>
    <message>
      <source>Laboratory return, entry {seq}</source>
      <translation>العودة من المختبر، القيد {seq}</translation>
    </message>
    <message>
      <source>lab number</source>
      <translation>رقم المختبر</translation>
    </message>
    <message>
      <source>Biohazard: {items}</source>
      <translation>خطر بيولوجي: {items}</translation>
    </message>
    <message>
      <source>Not registered</source>
      <translation>غير مسجل</translation>
    </message>
  </context>
  <context>
    <name>EditRolesDialog</name>
    <message>
      <source>Roles</source>
      <translation>الأدوار</translation>
    </message>
    <message>
      <source>You cannot take the Administrator role away from your own account; ask another administrator.</source>
      <translation>لا يمكنك سحب دور المسؤول من حسابك؛ اطلب ذلك من مسؤول آخر.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>{path}: {reason}. Nothing more was written.</source>
      <translation>{path}: {reason}. لم يُكتب أي شيء آخر.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist. Nothing was written; create it or choose another place for {name}.</source>
      <translation>المجلد {folder} غير موجود. لم يُكتب أي شيء؛ أنشئه أو اختر مكانًا آخر لـ {name}.</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to. Nothing was written; choose another place for {name}.</source>
      <translation>لا يمكن الكتابة في المجلد {folder}. لم يُكتب أي شيء؛ اختر مكانًا آخر لـ {name}.</translation>
    </message>
    <message>
      <source>The password file {path} is not a text file (its first line should hold the password).</source>
      <translation>ملف كلمة المرور {path} ليس ملفًا نصيًا (يجب أن يحتوي سطره الأول على كلمة المرور).</translation>
    </message>
    <message>
      <source>Cannot read the password file {path}: {reason}.</source>
      <translation>تتعذر قراءة ملف كلمة المرور {path}: {reason}.</translation>
    </message>
    <message>
      <source>The action could not be completed.</source>
      <translation>تعذر إتمام الإجراء.</translation>
    </message>
    <message>
      <source>Some details need correcting ({count}); each marked field says what is wrong.</source>
      <translation>بعض البيانات تحتاج إلى تصحيح ({count})؛ ويبين كل حقل مؤشَّر عليه موضع الخطأ.</translation>
    </message>
    <message>
      <source>Nothing was found for {what} {key}.</source>
      <translation>لم يُعثر على شيء لـ {what} {key}.</translation>
    </message>
    <message>
      <source>Your roles ({roles}) do not allow: {action}.</source>
      <translation>أدوارك ({roles}) لا تسمح بما يلي: {action}.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Something went wrong that Custody did not expect. What you were doing was not completed; nothing half-done was saved.

Please tell your administrator. The details below are also in the log file.</source>
      <translation>حدث خطأ لم يكن Custody يتوقعه. لم يكتمل ما كنت تفعله؛ ولم يُحفظ أي شيء ناقص.

يُرجى إبلاغ المسؤول. التفاصيل أدناه موجودة أيضًا في ملف السجل.</translation>
    </message>
  </context>
  <context>
    <name>EventKind</name>
    <message>
      <source>Case opened</source>
      <translation>فُتحت قضية</translation>
    </message>
    <message>
      <source>Seizure recorded</source>
      <translation>سُجلت عملية ضبط</translation>
    </message>
    <message>
      <source>Item registered</source>
      <translation>سُجل حرز</translation>
    </message>
    <message>
      <source>Item record corrected</source>
      <translation>صُححت بيانات الحرز</translation>
    </message>
    <message>
      <source>Label printed</source>
      <translation>طُبع ملصق</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>سُلّم</translation>
    </message>
    <message>
      <source>Checked in to storage</source>
      <translation>أُودع في المخزن</translation>
    </message>
    <message>
      <source>Checked out of storage</source>
      <translation>أُخرج من المخزن</translation>
    </message>
    <message>
      <source>Moved in storage</source>
      <translation>نُقل داخل المخزن</translation>
    </message>
    <message>
      <source>Sent to the laboratory</source>
      <translation>أُرسل إلى المختبر</translation>
    </message>
    <message>
      <source>Returned from the laboratory</source>
      <translation>عاد من المختبر</translation>
    </message>
    <message>
      <source>Taken to court</source>
      <translation>نُقل إلى المحكمة</translation>
    </message>
    <message>
      <source>Returned from court</source>
      <translation>عاد من المحكمة</translation>
    </message>
    <message>
      <source>Seal broken</source>
      <translation>فُضّ الختم</translation>
    </message>
    <message>
      <source>Seal applied</source>
      <translation>وُضع ختم</translation>
    </message>
    <message>
      <source>Item split</source>
      <translation>جُزّئ الحرز</translation>
    </message>
    <message>
      <source>Sample taken</source>
      <translation>أُخذت عينة</translation>
    </message>
    <message>
      <source>Weight recorded</source>
      <translation>سُجل الوزن</translation>
    </message>
    <message>
      <source>Photo or document attached</source>
      <translation>أُرفقت صورة أو مستند</translation>
    </message>
    <message>
      <source>Seen at inventory</source>
      <translation>شوهد أثناء الجرد</translation>
    </message>
    <message>
      <source>Missing at inventory</source>
      <translation>مفقود أثناء الجرد</translation>
    </message>
    <message>
      <source>Found in an unexpected place at inventory</source>
      <translation>وُجد في مكان غير متوقع أثناء الجرد</translation>
    </message>
    <message>
      <source>Disposal authorised</source>
      <translation>أُذن بالتصرف</translation>
    </message>
    <message>
      <source>Disposal carried out</source>
      <translation>نُفذ التصرف</translation>
    </message>
    <message>
      <source>Released to owner</source>
      <translation>رُدّ إلى المالك</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <source>Sign-in failed</source>
      <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
      <source>Account locked</source>
      <translation>قُفل الحساب</translation>
    </message>
    <message>
      <source>Account unlocked</source>
      <translation>أُلغي قفل الحساب</translation>
    </message>
    <message>
      <source>Password changed</source>
      <translation>غُيرت كلمة المرور</translation>
    </message>
    <message>
      <source>Action refused</source>
      <translation>رُفض الإجراء</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>تسجيل الخروج</translation>
    </message>
    <message>
      <source>User created</source>
      <translation>أُنشئ مستخدم</translation>
    </message>
    <message>
      <source>User details changed</source>
      <translation>عُدلت بيانات المستخدم</translation>
    </message>
    <message>
      <source>User disabled</source>
      <translation>عُطل المستخدم</translation>
    </message>
    <message>
      <source>User enabled</source>
      <translation>فُعّل المستخدم</translation>
    </message>
    <message>
      <source>User roles changed</source>
      <translation>عُدلت أدوار المستخدم</translation>
    </message>
    <message>
      <source>Signing key registered</source>
      <translation>سُجل مفتاح توقيع</translation>
    </message>
    <message>
      <source>Signing key revoked</source>
      <translation>أُلغي مفتاح توقيع</translation>
    </message>
    <message>
      <source>Password reset by an administrator</source>
      <translation>أعاد المسؤول تعيين كلمة المرور</translation>
    </message>
    <message>
      <source>Station set up</source>
      <translation>أُعدّ المركز</translation>
    </message>
    <message>
      <source>Station key registered</source>
      <translation>سُجل مفتاح المركز</translation>
    </message>
    <message>
      <source>Ledger checkpoint signed</source>
      <translation>وُقّعت نقطة تحقق في السجل</translation>
    </message>
    <message>
      <source>Report issued</source>
      <translation>أُصدر تقرير</translation>
    </message>
    <message>
      <source>Weight discrepancy raised</source>
      <translation>أُثير فرق في الوزن</translation>
    </message>
    <message>
      <source>Weight discrepancy acknowledged</source>
      <translation>أُقرّ فرق في الوزن</translation>
    </message>
    <message>
      <source>Inventory audit finished</source>
      <translation>انتهى الجرد</translation>
    </message>
    <message>
      <source>Station settings changed</source>
      <translation>عُدلت إعدادات المركز</translation>
    </message>
    <message>
      <source>Report-signing certificate imported</source>
      <translation>استُوردت شهادة توقيع التقارير</translation>
    </message>
    <message>
      <source>Report-signing certificate registered</source>
      <translation>سُجلت شهادة توقيع التقارير</translation>
    </message>
    <message>
      <source>Ledger clock corrected</source>
      <translation>صُححت ساعة السجل</translation>
    </message>
    <message>
      <source>Clock checked</source>
      <translation>فُحصت الساعة</translation>
    </message>
    <message>
      <source>Handed to another station or agency</source>
      <translation>سُلّم إلى مركز أو جهة أخرى</translation>
    </message>
    <message>
      <source>Received from another station or agency</source>
      <translation>استُلم من مركز أو جهة أخرى</translation>
    </message>
    <message>
      <source>Station key trusted</source>
      <translation>اعتُمد مفتاح مركز موثوقًا</translation>
    </message>
    <message>
      <source>Station key no longer trusted</source>
      <translation>لم يعد مفتاح المركز موثوقًا</translation>
    </message>
    <message>
      <source>Location created</source>
      <translation>أُنشئ موقع</translation>
    </message>
    <message>
      <source>Recovered from an absent officer</source>
      <translation>استُرد من ضابط غائب</translation>
    </message>
    <message>
      <source>Audit finding resolved</source>
      <translation>سُوّيت نتيجة الجرد</translation>
    </message>
    <message>
      <source>Outside person registered</source>
      <translation>سُجّل شخص من خارج الجهة</translation>
    </message>
    <message>
      <source>Case outcome recorded</source>
      <translation>سُجّل ما انتهت إليه القضية</translation>
    </message>
    <message>
      <source>Ledger exported</source>
      <translation>صُدّر السجل</translation>
    </message>
    <message>
      <source>Proof bundle exported</source>
      <translation>صُدّرت حزمة الإثبات</translation>
    </message>
    <message>
      <source>Report exported</source>
      <translation>صُدّر تقرير</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>أُنشئت نسخة احتياطية</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>استُعيدت نسخة احتياطية</translation>
    </message>
    <message>
      <source>Backup checked</source>
      <translation>فُحصت نسخة احتياطية</translation>
    </message>
  </context>
  <context>
    <name>Feedback</name>
    <message>
      <source>Dismiss this message</source>
      <translation>إغلاق هذه الرسالة</translation>
    </message>
  </context>
  <context>
    <name>FirstPassword</name>
    <message>
      <source>Choose your own password</source>
      <translation>اختر كلمة مرورك</translation>
    </message>
    <message>
      <source>Your password has been changed: only you know it now.</source>
      <translation>تم تغيير كلمة مرورك: أنت وحدك من يعرفها الآن.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Custody — first-run setup</source>
      <translation>Custody — الإعداد الأولي</translation>
    </message>
    <message>
      <source>Set up</source>
      <translation>إعداد</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Saving…</source>
      <translation>جارٍ الحفظ…</translation>
    </message>
  </context>
  <context>
    <name>Grants</name>
    <message>
      <source>A role name is 1 to 63 characters: lower-case letters a-z, digits and '_', not starting with a digit (this is {role}).</source>
      <translation>يتكون اسم الدور من 1 إلى 63 حرفًا: أحرف لاتينية صغيرة a-z وأرقام و«_»، ولا يبدأ برقم (هذا: {role}).</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Welcome, {name}</source>
      <translation>مرحبًا، {name}</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>المركز</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>غرفة الأحراز</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>المنطقة الزمنية</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>مسجّل الدخول</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>الضابط</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>الأدوار</translation>
    </message>
    <message>
      <source>Ledger</source>
      <translation>السجل</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>القيود</translation>
    </message>
    <message>
      <source>Last verification</source>
      <translation>آخر تحقق</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>يحتاج إلى انتباه</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <source>Signed in: {who}</source>
      <translation>مسجّل الدخول: {who}</translation>
    </message>
  </context>
  <context>
    <name>Ids</name>
    <message>
      <source>Nothing was scanned or typed.</source>
      <translation>لم يُمسح أو يُكتب أي شيء.</translation>
    </message>
    <message>
      <source>This is not a valid {what}: only the letters A to Z, the digits 0 to 9 and '-' can appear in it.</source>
      <translation>هذا ليس {what} صالحًا: لا يجوز أن يحتوي إلا على الأحرف من A إلى Z والأرقام من 0 إلى 9 و«-».</translation>
    </message>
    <message>
      <source>This is not a valid {what}: it should look like {example}.</source>
      <translation>هذا ليس {what} صالحًا: يجب أن يكون على شكل {example}.</translation>
    </message>
    <message>
      <source>This is not a valid {what}: the check character does not match. Re-scan or re-type it.</source>
      <translation>هذا ليس {what} صالحًا: حرف التحقق غير مطابق. أعد مسحه أو كتابته.</translation>
    </message>
    <message>
      <source>This is not a valid item number: it does not start with a prefix used here ({prefixes}). Re-scan or re-type it.</source>
      <translation>هذا ليس رقم حرز صالحًا: لا يبدأ ببادئة مستخدمة هنا ({prefixes}). أعد مسحه أو كتابته.</translation>
    </message>
    <message>
      <source>This code is not an item, location or badge number. Re-scan it, or type it as printed under the barcode.</source>
      <translation>هذا الرمز ليس رقم حرز ولا رمز موقع ولا رقم بطاقة. أعد مسحه، أو اكتبه كما هو مطبوع تحت الرمز الشريطي.</translation>
    </message>
    <message>
      <source>The item number prefix is at most 6 characters: 1 to 3 groups of capital letters or digits separated by '-' (for example UN-DIL). Longer prefixes make barcodes too wide for a 62 mm label.</source>
      <translation>لا تتجاوز بادئة أرقام الأحراز 6 أحرف: من 1 إلى 3 مجموعات من الأحرف الكبيرة أو الأرقام يفصل بينها «-» (مثلًا UN-DIL). البادئات الأطول تجعل الرموز الشريطية أعرض من ملصق بعرض 62 mm.</translation>
    </message>
    <message>
      <source>The item number prefix cannot start with {group}: that is used for location and badge codes.</source>
      <translation>لا يجوز أن تبدأ بادئة أرقام الأحراز بـ {group}: فهي مخصصة لرموز المواقع والبطاقات.</translation>
    </message>
    <message>
      <source>The year must be given as two digits, 00 to 99.</source>
      <translation>يجب أن تُكتب السنة برقمين، من 00 إلى 99.</translation>
    </message>
    <message>
      <source>The running number must be between 1 and 999999.</source>
      <translation>يجب أن يكون الرقم التسلسلي بين 1 و999999.</translation>
    </message>
    <message>
      <source>This is not a valid seizure document number: it should look like 2026-000123 (year, then 6 digits).</source>
      <translation>هذا ليس رقم محضر ضبط صالحًا: يجب أن يكون على شكل 2026-000123 (السنة ثم 6 أرقام).</translation>
    </message>
    <message>
      <source>The year of the seizure document number must be between 1900 and 2999.</source>
      <translation>يجب أن تكون سنة رقم محضر الضبط بين 1900 و2999.</translation>
    </message>
    <message>
      <source>Enter the case number.</source>
      <translation>أدخل رقم القضية.</translation>
    </message>
    <message>
      <source>The case number is too long: at most {max} characters, this one has {count}.</source>
      <translation>رقم القضية طويل جدًا: الحد الأقصى {max} حرفًا، وهذا الرقم يتكون من {count}.</translation>
    </message>
    <message>
      <source>The case number can contain only letters, digits, spaces and the signs / - . (found: {chars}).</source>
      <translation>لا يجوز أن يحتوي رقم القضية إلا على أحرف وأرقام ومسافات والعلامات / - . (وُجد: {chars}).</translation>
    </message>
    <message>
      <source>item number</source>
      <translation>رقم حرز</translation>
    </message>
    <message>
      <source>location code</source>
      <translation>رمز موقع</translation>
    </message>
    <message>
      <source>badge code</source>
      <translation>رمز بطاقة</translation>
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <source>The case number {case_number} is already in use.</source>
      <translation>رقم القضية {case_number} مستخدم بالفعل.</translation>
    </message>
    <message>
      <source>Choose the type of offence.</source>
      <translation>اختر نوع الجريمة.</translation>
    </message>
    <message>
      <source>There is no case {case_number}. Open the case first.</source>
      <translation>لا توجد قضية برقم {case_number}. افتح القضية أولًا.</translation>
    </message>
    <message>
      <source>There is no seizure with document number {number}.</source>
      <translation>لا توجد عملية ضبط برقم المحضر {number}.</translation>
    </message>
    <message>
      <source>There is no active officer with the username {username}.</source>
      <translation>لا يوجد ضابط نشط باسم المستخدم {username}.</translation>
    </message>
    <message>
      <source>This time is in the future. Check the date and the time.</source>
      <translation>هذا الوقت في المستقبل. تحقق من التاريخ والوقت.</translation>
    </message>
    <message>
      <source>This date is too far in the past. Check the year.</source>
      <translation>هذا التاريخ بعيد جدًا في الماضي. تحقق من السنة.</translation>
    </message>
    <message>
      <source>At most {max} witnesses can be listed.</source>
      <translation>يمكن ذكر {max} شهود على الأكثر.</translation>
    </message>
    <message>
      <source>Choose the kind of item.</source>
      <translation>اختر نوع الحرز.</translation>
    </message>
    <message>
      <source>Type the quantity as a number above zero, for example 1 or 2.5.</source>
      <translation>اكتب الكمية عددًا أكبر من صفر، مثلًا 1 أو 2.5.</translation>
    </message>
    <message>
      <source>The item is sealed: type the seal number.</source>
      <translation>الحرز مختوم: اكتب رقم الختم.</translation>
    </message>
    <message>
      <source>Leave the seal number empty: the item is not sealed.</source>
      <translation>اترك رقم الختم فارغًا: الحرز غير مختوم.</translation>
    </message>
    <message>
      <source>Add at least one item.</source>
      <translation>أضف حرزًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <source>At most {max} items can be registered at once.</source>
      <translation>يمكن تسجيل {max} حرزًا على الأكثر دفعة واحدة.</translation>
    </message>
    <message>
      <source>All {what} numbers for {year} are used up (at most 999999). Ask an administrator.</source>
      <translation>نفدت كل أرقام {what} لسنة {year} (الحد الأقصى 999999). راجع المسؤول.</translation>
    </message>
    <message>
      <source>There is no item {item_id}.</source>
      <translation>لا يوجد حرز برقم {item_id}.</translation>
    </message>
    <message>
      <source>The field {field} cannot be corrected on this item.</source>
      <translation>لا يمكن تصحيح الحقل {field} في هذا الحرز.</translation>
    </message>
    <message>
      <source>The total is computed from the notes and coins counted: correct those instead.</source>
      <translation>يُحسب المجموع من الأوراق والقطع النقدية المعدودة: صحّحها هي بدلًا منه.</translation>
    </message>
    <message>
      <source>The new value is the same as the current one.</source>
      <translation>القيمة الجديدة مماثلة للقيمة الحالية.</translation>
    </message>
    <message>
      <source>Say why the record must be corrected.</source>
      <translation>اذكر سبب وجوب تصحيح البيانات.</translation>
    </message>
    <message>
      <source>A correction must be approved by a second officer with the supervisor role.</source>
      <translation>يجب أن يوافق على التصحيح ضابط ثانٍ له دور المشرف.</translation>
    </message>
    <message>
      <source>You cannot approve your own correction: another supervisor must approve it.</source>
      <translation>لا يمكنك الموافقة على تصحيحك: يجب أن يوافق عليه مشرف آخر.</translation>
    </message>
    <message>
      <source>{username} is not allowed to approve corrections (a supervisor must approve).</source>
      <translation>{username} غير مخول بالموافقة على التصحيحات (يجب أن يوافق مشرف).</translation>
    </message>
    <message>
      <source>Only the officer who asked for the correction can submit it for approval.</source>
      <translation>لا يستطيع تقديم التصحيح للموافقة إلا الضابط الذي طلبه.</translation>
    </message>
    <message>
      <source>The {field} of item {item_id} was changed meanwhile. Ask for the correction again.</source>
      <translation>تغيّر الحقل {field} في الحرز {item_id} في أثناء ذلك. اطلب التصحيح من جديد.</translation>
    </message>
    <message>
      <source>Item {item_id} is {status}: it can no longer be split or sampled.</source>
      <translation>حالة الحرز {item_id}: «{status}»: لم يعد ممكنًا تجزئته أو أخذ عينة منه.</translation>
    </message>
    <message>
      <source>Describe at least one part.</source>
      <translation>صِف جزءًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <source>{code} is a valid {what}, but nothing with this code is registered here.</source>
      <translation>{code} هو {what} صالح، لكن لا شيء مسجل هنا بهذا الرمز.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>Individualising description</source>
      <translation>وصف مميِّز</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Sealed container</source>
      <translation>وعاء مختوم</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>رقم الختم</translation>
    </message>
    <message>
      <source>Biohazard</source>
      <translation>خطر بيولوجي</translation>
    </message>
    <message>
      <source>This is not an item number.</source>
      <translation>هذا ليس رقم حرز.</translation>
    </message>
    <message>
      <source>No officer has the username or badge number {code}.</source>
      <translation>لا يوجد ضابط باسم المستخدم أو الرقم الوظيفي {code}.</translation>
    </message>
  </context>
  <context>
    <name>IntakeEditors</name>
    <message>
      <source>YYYY-MM-DD HH:MM</source>
      <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— اختر —</translation>
    </message>
    <message>
      <source>Note or coin value</source>
      <translation>فئة الورقة أو القطعة النقدية</translation>
    </message>
    <message>
      <source>How many</source>
      <translation>العدد</translation>
    </message>
    <message>
      <source>Add a line</source>
      <translation>إضافة سطر</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Total: {total}</source>
      <translation>المجموع: {total}</translation>
    </message>
    <message>
      <source>Total: check the lines</source>
      <translation>المجموع: تحقق من الأسطر</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <source>New seizure</source>
      <translation>عملية ضبط جديدة</translation>
    </message>
    <message>
      <source>Record the seizure, then add its items one by one. Photos are added on each item's page.</source>
      <translation>سجّل عملية الضبط، ثم أضف أحرازها واحدًا تلو الآخر. تُضاف الصور في صفحة كل حرز.</translation>
    </message>
    <message>
      <source>1. The seizure</source>
      <translation>1. عملية الضبط</translation>
    </message>
    <message>
      <source>Seizure recorded — document number</source>
      <translation>سُجلت عملية الضبط — رقم المحضر</translation>
    </message>
    <message>
      <source>Start another seizure</source>
      <translation>بدء عملية ضبط أخرى</translation>
    </message>
    <message>
      <source>2. Add an item</source>
      <translation>2. إضافة حرز</translation>
    </message>
    <message>
      <source>Items of this seizure</source>
      <translation>أحراز عملية الضبط هذه</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>الحرز</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>Double-click an item to add photos, print its label or check it in.</source>
      <translation>انقر نقرًا مزدوجًا على حرز لإضافة صور أو طباعة ملصقه أو إيداعه في المخزن.</translation>
    </message>
    <message>
      <source>Case {case}</source>
      <translation>القضية {case}</translation>
    </message>
    <message>
      <source>seized by {name}</source>
      <translation>ضبطه {name}</translation>
    </message>
    <message>
      <source>witnesses: {names}</source>
      <translation>الشهود: {names}</translation>
    </message>
    <message>
      <source>Registered {id} (item {n} of seizure {doc}). Write the id on the packaging or print its label.</source>
      <translation>سُجل {id} (الحرز {n} من عملية الضبط {doc}). اكتب الرقم على العبوة أو اطبع ملصقه.</translation>
    </message>
  </context>
  <context>
    <name>Inventory</name>
    <message>
      <source>Say whether the item was found or is written off.</source>
      <translation>بيّن هل وُجد الحرز أم يُشطب.</translation>
    </message>
    <message>
      <source>Item {item} has no open audit finding.</source>
      <translation>ليس للحرز {item} أي نتيجة جرد مفتوحة.</translation>
    </message>
    <message>
      <source>A second person must sign: you cannot be the second signer yourself.</source>
      <translation>يجب أن يوقّع شخص ثانٍ: لا يمكنك أن تكون أنت الموقّع الثاني.</translation>
    </message>
    <message>
      <source>{user} cannot co-sign: only a supervisor or an administrator can.</source>
      <translation>لا يستطيع {user} المشاركة في التوقيع: لا يستطيع ذلك إلا المشرف أو المسؤول.</translation>
    </message>
    <message>
      <source>Say why the item is written off (what was done to find it).</source>
      <translation>اذكر سبب شطب الحرز (ما الذي فُعل للعثور عليه).</translation>
    </message>
    <message>
      <source>Location {location} is not part of this audit of {root}.</source>
      <translation>الموقع {location} ليس جزءًا من جرد {root} هذا.</translation>
    </message>
    <message>
      <source>That is an officer's badge, not an item or a location.</source>
      <translation>هذه بطاقة ضابط، وليست حرزًا ولا موقعًا.</translation>
    </message>
    <message>
      <source>{item} found.</source>
      <translation>وُجد {item}.</translation>
    </message>
    <message>
      <source>{item} was already scanned.</source>
      <translation>سبق مسح {item}.</translation>
    </message>
    <message>
      <source>{item} is recorded at {recorded}: misplaced.</source>
      <translation>{item} مسجل في {recorded}: في غير مكانه.</translation>
    </message>
    <message>
      <source>{item} is not recorded in any storage location ({status}): unexpected.</source>
      <translation>{item} غير مسجل في أي موقع تخزين ({status}): غير متوقع.</translation>
    </message>
    <message>
      <source>{item} is not registered: unexpected.</source>
      <translation>{item} غير مسجل: غير متوقع.</translation>
    </message>
    <message>
      <source>{item} was not expected here; it will be looked up.</source>
      <translation>لم يكن {item} متوقعًا هنا؛ سيُبحث عنه.</translation>
    </message>
    <message>
      <source>Now scanning at {location}.</source>
      <translation>المسح جارٍ الآن في {location}.</translation>
    </message>
  </context>
  <context>
    <name>ItemForm</name>
    <message>
      <source>— choose the kind of item —</source>
      <translation>— اختر نوع الحرز —</translation>
    </message>
    <message>
      <source>Kind of item</source>
      <translation>نوع الحرز</translation>
    </message>
    <message>
      <source>Description, quantity and seal</source>
      <translation>الوصف والكمية والختم</translation>
    </message>
    <message>
      <source>What you see: colour, marks, damage, packaging</source>
      <translation>ما تراه: اللون، العلامات، الأضرار، التغليف</translation>
    </message>
    <message>
      <source>Sealed container</source>
      <translation>وعاء مختوم</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>رقم الختم</translation>
    </message>
    <message>
      <source>Biohazard: handle with gloves</source>
      <translation>خطر بيولوجي: يُتعامل معه بالقفازات</translation>
    </message>
    <message>
      <source>Individualising description *</source>
      <translation>وصف مميِّز *</translation>
    </message>
    <message>
      <source>Describe only what you observe, so that this item cannot be confused with another.</source>
      <translation>صِف ما تلاحظه فقط، بحيث لا يمكن الخلط بين هذا الحرز وغيره.</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>الختم</translation>
    </message>
    <message>
      <source>e.g. counterfeit phone: the IMEI under the battery fails its check</source>
      <translation>مثلًا: هاتف مقلّد: رقم IMEI تحت البطارية لا يجتاز الفحص</translation>
    </message>
    <message>
      <source>Keep a failed IMEI/VIN check, because</source>
      <translation>الإبقاء على رقم IMEI/VIN رغم فشل فحصه، لأن</translation>
    </message>
    <message>
      <source>Only if the number is right as read although its check fails; the reason is recorded.</source>
      <translation>فقط إذا كان الرقم صحيحًا كما قُرئ رغم فشل فحصه؛ ويُسجَّل السبب.</translation>
    </message>
    <message>
      <source>Register item</source>
      <translation>تسجيل الحرز</translation>
    </message>
    <message>
      <source>{kind}: details</source>
      <translation>{kind}: التفاصيل</translation>
    </message>
  </context>
  <context>
    <name>ItemStatus</name>
    <message>
      <source>Registered, not yet stored</source>
      <translation>مسجل، لم يُودع بعد</translation>
    </message>
    <message>
      <source>In storage</source>
      <translation>في المخزن</translation>
    </message>
    <message>
      <source>With an officer</source>
      <translation>لدى ضابط</translation>
    </message>
    <message>
      <source>At the laboratory</source>
      <translation>في المختبر</translation>
    </message>
    <message>
      <source>At court</source>
      <translation>في المحكمة</translation>
    </message>
    <message>
      <source>Disposed of</source>
      <translation>تم التصرف فيه</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>رُدّ</translation>
    </message>
    <message>
      <source>Handed to another station or agency</source>
      <translation>سُلّم إلى مركز أو جهة أخرى</translation>
    </message>
    <message>
      <source>Written off as missing</source>
      <translation>مشطوب لفقدانه</translation>
    </message>
  </context>
  <context>
    <name>ItemView</name>
    <message>
      <source>← Back to the list</source>
      <translation>→ العودة إلى القائمة</translation>
    </message>
    <message>
      <source>Request correction…</source>
      <translation>طلب تصحيح…</translation>
    </message>
    <message>
      <source>Take sample…</source>
      <translation>أخذ عينة…</translation>
    </message>
    <message>
      <source>Split…</source>
      <translation>تجزئة…</translation>
    </message>
    <message>
      <source>Only evidence custodians and supervisors split items or take samples.</source>
      <translation>لا يجزّئ الأحراز أو يأخذ العينات إلا أمناء الأحراز والمشرفون.</translation>
    </message>
    <message>
      <source>Custody report…</source>
      <translation>تقرير سلسلة الحيازة…</translation>
    </message>
    <message>
      <source>Print label…</source>
      <translation>طباعة الملصق…</translation>
    </message>
    <message>
      <source>BIOHAZARD</source>
      <translation>خطر بيولوجي</translation>
    </message>
    <message>
      <source>Where it is now</source>
      <translation>مكانه الآن</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Custodian</source>
      <translation>الحائز</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>الموقع</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>القضية</translation>
    </message>
    <message>
      <source>Seizure</source>
      <translation>عملية الضبط</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <source>Parent and parts</source>
      <translation>الحرز الأصلي والأجزاء</translation>
    </message>
    <message>
      <source>Photos and documents</source>
      <translation>الصور والمستندات</translation>
    </message>
    <message>
      <source>Add photo or document…</source>
      <translation>إضافة صورة أو مستند…</translation>
    </message>
    <message>
      <source>or drop JPEG, PNG or PDF files on this page</source>
      <translation>أو أفلت ملفات JPEG أو PNG أو PDF على هذه الصفحة</translation>
    </message>
    <message>
      <source>Recorded details</source>
      <translation>البيانات المسجلة</translation>
    </message>
    <message>
      <source>Chain of custody (from the ledger)</source>
      <translation>سلسلة الحيازة (من السجل)</translation>
    </message>
    <message>
      <source>Not in storage</source>
      <translation>ليس في المخزن</translation>
    </message>
    <message>
      <source>{doc}, item {n} — {when}, {place}</source>
      <translation>{doc}، الحرز {n} — {when}، {place}</translation>
    </message>
    <message>
      <source>{when} by {who}</source>
      <translation>{when} بواسطة {who}</translation>
    </message>
    <message>
      <source>Part of {parent}</source>
      <translation>جزء من {parent}</translation>
    </message>
    <message>
      <source>Parts: {ids}</source>
      <translation>الأجزاء: {ids}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>القيمة</translation>
    </message>
    <message>
      <source>Originally recorded</source>
      <translation>المسجل أصلًا</translation>
    </message>
    <message>
      <source>{value} (corrected)</source>
      <translation>{value} (مصحح)</translation>
    </message>
    <message>
      <source>{name}, {size} KB, added {when} by {who}</source>
      <translation>{name}، {size} كيلوبايت، أضافه {who} في {when}</translation>
    </message>
    <message>
      <source>Attach photos or scanned documents</source>
      <translation>إرفاق صور أو مستندات ممسوحة ضوئيًا</translation>
    </message>
    <message>
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf)</source>
      <translation>الصور والمستندات (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ItemsPage</name>
    <message>
      <source>Any</source>
      <translation>الكل</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>الأحراز</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>كل الأنواع</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>كل الحالات</translation>
    </message>
    <message>
      <source>Any location</source>
      <translation>كل المواقع</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>الموقع</translation>
    </message>
    <message>
      <source>Registered from</source>
      <translation>مسجلة من</translation>
    </message>
    <message>
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>مسح</translation>
    </message>
    <message>
      <source>Show all items</source>
      <translation>عرض كل الأحراز</translation>
    </message>
    <message>
      <source>Searching for “{text}”…</source>
      <translation>جارٍ البحث عن «{text}»…</translation>
    </message>
    <message>
      <source>{n} items found for “{text}”</source>
      <translation>عدد الأحراز الموجودة لـ «{text}»: {n}</translation>
    </message>
    <message>
      <source>(only the newest {max} are listed: add words or filters)</source>
      <translation>(لا تُعرض إلا أحدث {max}: أضف كلمات أو عوامل تصفية)</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>جارٍ التحميل…</translation>
    </message>
    <message>
      <source>{n} items</source>
      <translation>عدد الأحراز: {n}</translation>
    </message>
    <message>
      <source>{n} items shown, newest first; scroll down for more</source>
      <translation>عدد الأحراز المعروضة: {n}، الأحدث أولًا؛ مرّر إلى الأسفل لرؤية المزيد</translation>
    </message>
    <message>
      <source>case {case}</source>
      <translation>القضية {case}</translation>
    </message>
  </context>
  <context>
    <name>ItemsTableModel</name>
    <message>
      <source>Item</source>
      <translation>الحرز</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>القضية</translation>
    </message>
    <message>
      <source>Seizure</source>
      <translation>عملية الضبط</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>الموقع</translation>
    </message>
    <message>
      <source>Custodian</source>
      <translation>الحائز</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <source>Biohazard</source>
      <translation>خطر بيولوجي</translation>
    </message>
  </context>
  <context>
    <name>Keys</name>
    <message>
      <source>The password does not unlock this signing key (wrong password, or the stored key is damaged).</source>
      <translation>كلمة المرور لا تفتح مفتاح التوقيع هذا (كلمة مرور خاطئة، أو المفتاح المخزن تالف).</translation>
    </message>
    <message>
      <source>The stored signing key is damaged or in an unknown format.</source>
      <translation>مفتاح التوقيع المخزن تالف أو بصيغة غير معروفة.</translation>
    </message>
  </context>
  <context>
    <name>LabelPrint</name>
    <message>
      <source>The labels were not printed on the Zebra printer {queue}: {reason}</source>
      <translation>لم تُطبع الملصقات على طابعة Zebra ‏{queue}: {reason}</translation>
    </message>
    <message>
      <source>Type the name of the Zebra printer's queue.</source>
      <translation>اكتب اسم قائمة انتظار طابعة Zebra.</translation>
    </message>
    <message>
      <source>{w} × {h} mm, {dpi} dpi</source>
      <translation>{w} × {h} mm، {dpi} dpi</translation>
    </message>
    <message>
      <source>, {n} labels per sheet</source>
      <translation>، {n} ملصق في الورقة</translation>
    </message>
    <message>
      <source>, one label per page (roll)</source>
      <translation>، ملصق واحد في الصفحة (لفافة)</translation>
    </message>
    <message>
      <source>; can be sent to a Zebra printer as ZPL</source>
      <translation>؛ يمكن إرساله إلى طابعة Zebra بلغة ZPL</translation>
    </message>
  </context>
  <context>
    <name>LabelPrintDialog</name>
    <message>
      <source>Print labels</source>
      <translation>طباعة الملصقات</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s)</source>
      <translation>
        <numerusform>%n ملصق</numerusform>
        <numerusform>%n ملصق</numerusform>
        <numerusform>%n ملصقان</numerusform>
        <numerusform>%n ملصقات</numerusform>
        <numerusform>%n ملصقًا</numerusform>
        <numerusform>%n ملصق</numerusform>
      </translation>
    </message>
    <message>
      <source>Template</source>
      <translation>القالب</translation>
    </message>
    <message>
      <source>Start at label</source>
      <translation>البدء من الملصق</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Preview, then print or save as PDF</source>
      <translation>معاينة ثم طباعة أو حفظ بصيغة PDF</translation>
    </message>
    <message>
      <source>Send straight to the Zebra printer (ZPL)</source>
      <translation>إرسال مباشرة إلى طابعة Zebra ‏(ZPL)</translation>
    </message>
    <message>
      <source>Printer queue name, e.g. zebra-intake</source>
      <translation>اسم قائمة انتظار الطابعة، مثلًا zebra-intake</translation>
    </message>
    <message>
      <source>Queue</source>
      <translation>قائمة الانتظار</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>الإخراج</translation>
    </message>
    <message>
      <source>Preview…</source>
      <translation>معاينة…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>طباعة…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>1 = top left, counted left to right, row by row; {n} on a sheet.</source>
      <translation>1 = أعلى اليسار، العد من اليسار إلى اليمين، صفًا بعد صف؛ {n} في الورقة.</translation>
    </message>
    <message>
      <source>Only Zebra templates can be sent as ZPL.</source>
      <translation>لا يمكن إرسال غير قوالب Zebra بلغة ZPL.</translation>
    </message>
    <message>
      <source>Send to printer</source>
      <translation>إرسال إلى الطابعة</translation>
    </message>
    <message>
      <source>Labels — {template}</source>
      <translation>الملصقات — {template}</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s) on {template}. They are recorded as printed once you print or save them.</source>
      <translation>
        <numerusform>%n ملصق على {template}. تُسجَّل مطبوعة بمجرد طباعتها أو حفظها.</numerusform>
        <numerusform>%n ملصق على {template}. يُسجَّل مطبوعًا بمجرد طباعته أو حفظه.</numerusform>
        <numerusform>%n ملصقان على {template}. يُسجَّلان مطبوعين بمجرد طباعتهما أو حفظهما.</numerusform>
        <numerusform>%n ملصقات على {template}. تُسجَّل مطبوعة بمجرد طباعتها أو حفظها.</numerusform>
        <numerusform>%n ملصقًا على {template}. تُسجَّل مطبوعة بمجرد طباعتها أو حفظها.</numerusform>
        <numerusform>%n ملصق على {template}. تُسجَّل مطبوعة بمجرد طباعتها أو حفظها.</numerusform>
      </translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>الملصقات</translation>
    </message>
    <message>
      <source>Nothing was printed, so nothing was recorded.</source>
      <translation>لم يُطبع أي شيء، لذا لم يُسجَّل أي شيء.</translation>
    </message>
    <message numerus="yes">
      <source>%n label(s) sent to {where} and recorded in the ledger.</source>
      <translation>
        <numerusform>أُرسل %n ملصق إلى {where} وسُجّلت في السجل.</numerusform>
        <numerusform>أُرسل %n ملصق إلى {where} وسُجّل في السجل.</numerusform>
        <numerusform>أُرسل %n ملصقان إلى {where} وسُجّلا في السجل.</numerusform>
        <numerusform>أُرسلت %n ملصقات إلى {where} وسُجّلت في السجل.</numerusform>
        <numerusform>أُرسل %n ملصقًا إلى {where} وسُجّلت في السجل.</numerusform>
        <numerusform>أُرسل %n ملصق إلى {where} وسُجّلت في السجل.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LabelTemplate</name>
    <message>
      <source>A4 sheet, 3 × 8 labels of 70 × 37 mm</source>
      <translation>ورقة A4، ‏3 × 8 ملصقات بمقاس 70 × 37 mm</translation>
    </message>
    <message>
      <source>Office laser (600 dpi)</source>
      <translation>ليزر مكتبي (600 dpi)</translation>
    </message>
    <message>
      <source>Brother QL 62 × 29 mm (300 dpi)</source>
      <translation>Brother QL 62 × 29 mm (300 dpi)</translation>
    </message>
    <message>
      <source>Brother QL</source>
      <translation>Brother QL</translation>
    </message>
    <message>
      <source>100 × 50 mm (203 dpi)</source>
      <translation>100 × 50 mm (203 dpi)</translation>
    </message>
    <message>
      <source>Thermal (Zebra, TSC, Godex)</source>
      <translation>حرارية (Zebra، TSC، Godex)</translation>
    </message>
    <message>
      <source>Zebra 4 × 2 in (203 dpi)</source>
      <translation>Zebra 4 × 2 in (203 dpi)</translation>
    </message>
    <message>
      <source>Zebra</source>
      <translation>Zebra</translation>
    </message>
    <message>
      <source>Zebra 4 × 2 in (300 dpi)</source>
      <translation>Zebra 4 × 2 in (300 dpi)</translation>
    </message>
    <message>
      <source>Zebra 4 × 6 in (203 dpi)</source>
      <translation>Zebra 4 × 6 in (203 dpi)</translation>
    </message>
    <message>
      <source>Zebra 4 × 6 in (300 dpi)</source>
      <translation>Zebra 4 × 6 in (300 dpi)</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Choose at least one item.</source>
      <translation>اختر حرزًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <source>Unknown label template {name}. Choose one of: {names}.</source>
      <translation>قالب الملصق {name} غير معروف. اختر واحدًا مما يلي: {names}.</translation>
    </message>
    <message>
      <source>The template {name} is for sheet or Brother printers; ZPL is only for Zebra templates.</source>
      <translation>القالب {name} مخصص للطابعات الورقية أو طابعات Brother؛ ولغة ZPL مخصصة لقوالب Zebra فقط.</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>Custody does not speak the language {language}. Choose English, French, Portuguese, Spanish or Arabic.</source>
      <translation>لا يتحدث Custody اللغة {language}. اختر الإنجليزية أو الفرنسية أو البرتغالية أو الإسبانية أو العربية.</translation>
    </message>
  </context>
  <context>
    <name>Ledger</name>
    <message>
      <source>The database file is damaged (SQLite's page check says: {detail}). The ledger cannot be trusted from this file; restore the latest backup ('custody restore').</source>
      <translation>ملف قاعدة البيانات تالف (فحص صفحات SQLite يقول: {detail}). لا يمكن الوثوق بالسجل انطلاقًا من هذا الملف؛ استعد أحدث نسخة احتياطية ('custody restore').</translation>
    </message>
    <message>
      <source>The ledger fails verification at entry {seq}: {reason}. Nothing was recorded or signed. An administrator should run Verify ledger and restore the database from a backup.</source>
      <translation>يفشل التحقق من السجل عند القيد {seq}: {reason}. لم يُسجَّل أو يُوقَّع أي شيء. يجب على المسؤول تشغيل «التحقق من السجل» واستعادة قاعدة البيانات من نسخة احتياطية.</translation>
    </message>
    <message>
      <source>The ledger has {size} entries, but this station signed a checkpoint of {signed} entries: entries were removed. Nothing was recorded or signed. Restore the database from a backup.</source>
      <translation>في السجل {size} قيد، لكن هذا المركز وقّع نقطة تحقق عند {signed} قيد: لقد حُذفت قيود. لم يُسجَّل أو يُوقَّع أي شيء. استعد قاعدة البيانات من نسخة احتياطية.</translation>
    </message>
    <message>
      <source>The ledger is not the one this station verified and signed at {signed} entries: it was rewritten. Nothing was recorded or signed. Restore the database from a backup.</source>
      <translation>هذا السجل ليس السجل الذي تحقق منه هذا المركز ووقّعه عند {signed} قيد: لقد أُعيدت كتابته. لم يُسجَّل أو يُوقَّع أي شيء. استعد قاعدة البيانات من نسخة احتياطية.</translation>
    </message>
    <message>
      <source>The ledger could not be checked against this station's key: this workstation holds no station key. Nothing was recorded or signed.</source>
      <translation>تعذر التحقق من السجل بمفتاح هذا المركز: محطة العمل هذه لا تحمل مفتاح مركز. لم يُسجَّل أو يُوقَّع أي شيء.</translation>
    </message>
    <message>
      <source>The record of what this station verified is damaged ({reason}). Restore the station's data folder from a backup.</source>
      <translation>سجل ما تحقق منه هذا المركز تالف ({reason}). استعد مجلد بيانات المركز من نسخة احتياطية.</translation>
    </message>
    <message>
      <source>The record of what this station verified is damaged (its checkpoint and root disagree). Restore the station's data folder from a backup.</source>
      <translation>سجل ما تحقق منه هذا المركز تالف (نقطة التحقق والجذر غير متطابقين). استعد مجلد بيانات المركز من نسخة احتياطية.</translation>
    </message>
  </context>
  <context>
    <name>LocationKind</name>
    <message>
      <source>Station</source>
      <translation>المركز</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>غرفة الأحراز</translation>
    </message>
    <message>
      <source>Vault</source>
      <translation>خزينة</translation>
    </message>
    <message>
      <source>Drug safe</source>
      <translation>خزنة المخدرات</translation>
    </message>
    <message>
      <source>Gun locker</source>
      <translation>خزانة الأسلحة</translation>
    </message>
    <message>
      <source>Shelf</source>
      <translation>رف</translation>
    </message>
    <message>
      <source>Bin</source>
      <translation>صندوق</translation>
    </message>
    <message>
      <source>Temporary locker</source>
      <translation>خزانة مؤقتة</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>المختبر</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>المحكمة</translation>
    </message>
    <message>
      <source>Other agency</source>
      <translation>جهة أخرى</translation>
    </message>
  </context>
  <context>
    <name>Locations</name>
    <message>
      <source>Choose the kind of location.</source>
      <translation>اختر نوع الموقع.</translation>
    </message>
    <message>
      <source>There is no active location {code} to put this one in.</source>
      <translation>لا يوجد موقع نشط {code} لوضع هذا الموقع فيه.</translation>
    </message>
    <message>
      <source>{parent} already has a location named {name}.</source>
      <translation>في {parent} موقع باسم {name} بالفعل.</translation>
    </message>
    <message>
      <source>Locations can be nested at most {max} levels deep.</source>
      <translation>لا يمكن أن تتداخل المواقع لأكثر من {max} مستويات.</translation>
    </message>
    <message>
      <source>All location numbers are used up.</source>
      <translation>نفدت كل أرقام المواقع.</translation>
    </message>
  </context>
  <context>
    <name>LocationsPage</name>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Storage locations</source>
      <translation>مواقع التخزين</translation>
    </message>
    <message>
      <source>Show the items stored here</source>
      <translation>عرض الأحراز المخزنة هنا</translation>
    </message>
    <message>
      <source>New location</source>
      <translation>موقع جديد</translation>
    </message>
    <message>
      <source>Make it a top-level location instead</source>
      <translation>جعله موقعًا من المستوى الأعلى بدلًا من ذلك</translation>
    </message>
    <message>
      <source>Inside</source>
      <translation>داخل</translation>
    </message>
    <message>
      <source>As written on the door or shelf.</source>
      <translation>كما هو مكتوب على الباب أو الرف.</translation>
    </message>
    <message>
      <source>Create location</source>
      <translation>إنشاء الموقع</translation>
    </message>
    <message>
      <source>Top level (no parent)</source>
      <translation>المستوى الأعلى (دون موقع أصل)</translation>
    </message>
    <message>
      <source>Created {name}: {code}. Print its label and stick it on.</source>
      <translation>أُنشئ {name}: {code}. اطبع ملصقه والصقه.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>This workstation is locked</source>
      <translation>محطة العمل هذه مقفلة</translation>
    </message>
    <message>
      <source>Type your password to continue, or log out so that another officer can sign in.</source>
      <translation>اكتب كلمة مرورك للمتابعة، أو سجّل الخروج ليتمكن ضابط آخر من تسجيل الدخول.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>إلغاء القفل</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>تسجيل الخروج</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Custody — sign in</source>
      <translation>Custody — تسجيل الدخول</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Station {code} · {room}</source>
      <translation>المركز {code} · {room}</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>The language Custody speaks to you. It is kept for your next sign-in.</source>
      <translation>اللغة التي يخاطبك بها Custody. يُحتفظ بها لتسجيل دخولك التالي.</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <source>Type your username and your password.</source>
      <translation>اكتب اسم المستخدم وكلمة المرور.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <translation>الرئيسية</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>الإدارة</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>قفل</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>تسجيل الخروج</translation>
    </message>
    <message>
      <source>Change my password…</source>
      <translation>تغيير كلمة مروري…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;مساعدة</translation>
    </message>
    <message>
      <source>Verifier for prosecutors…</source>
      <translation>أداة التحقق للنيابة العامة…</translation>
    </message>
    <message>
      <source>Save the page prosecutors open in any browser to check a report, with nothing installed</source>
      <translation>حفظ الصفحة التي تفتحها النيابة العامة في أي متصفح للتحقق من تقرير، دون تثبيت أي شيء</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Choose a new password for your own account</source>
      <translation>اختيار كلمة مرور جديدة لحسابك</translation>
    </message>
    <message>
      <source>Hide everything until you type your password again (Ctrl+L)</source>
      <translation>إخفاء كل شيء حتى تكتب كلمة مرورك من جديد (Ctrl+L)</translation>
    </message>
    <message>
      <source>Station {code} · {room}</source>
      <translation>المركز {code} · {room}</translation>
    </message>
    <message>
      <source>Verifying the ledger…</source>
      <translation>جارٍ التحقق من السجل…</translation>
    </message>
    <message>
      <source>Verifying {n} ledger entries…</source>
      <translation>جارٍ التحقق من قيود السجل ({n})…</translation>
    </message>
    <message>
      <source>The daily ledger checkpoint could not be signed: {reason}</source>
      <translation>تعذر توقيع نقطة التحقق اليومية في السجل: {reason}</translation>
    </message>
    <message>
      <source>Ledger last verified {when}: intact, {n} entries</source>
      <translation>آخر تحقق من السجل في {when}: سليم، {n} قيد</translation>
    </message>
    <message>
      <source>Ledger NOT intact at the last verification ({when}): see Administration</source>
      <translation>السجل غير سليم عند آخر تحقق ({when}): انظر الإدارة</translation>
    </message>
    <message>
      <source>Ledger not verified since you signed in</source>
      <translation>لم يُتحقق من السجل منذ تسجيل دخولك</translation>
    </message>
    <message>
      <source>Ledger verified {when}: intact, {n} entries</source>
      <translation>تم التحقق من السجل في {when}: سليم، {n} قيد</translation>
    </message>
    <message>
      <source>Ledger NOT intact: see Administration</source>
      <translation>السجل غير سليم: انظر الإدارة</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>التنبيهات</translation>
    </message>
    <message>
      <source>Hand over</source>
      <translation>التسليم</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>المخزن</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>المختبر</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>المحكمة</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>التصرف</translation>
    </message>
    <message>
      <source>Inventory audit</source>
      <translation>الجرد</translation>
    </message>
    <message>
      <source>Barcode scanner</source>
      <translation>قارئ الرموز الشريطية</translation>
    </message>
    <message>
      <source>New seizure</source>
      <translation>عملية ضبط جديدة</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>القضايا</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>الأحراز</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>المواقع</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>التقارير</translation>
    </message>
    <message>
      <source>Station settings</source>
      <translation>إعدادات المركز</translation>
    </message>
    <message>
      <source>Send a package</source>
      <translation>إرسال حزمة</translation>
    </message>
    <message>
      <source>Receive a package</source>
      <translation>استلام حزمة</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <source>Open a new case</source>
      <translation>فتح قضية جديدة</translation>
    </message>
  </context>
  <context>
    <name>NewOfficerDialog</name>
    <message>
      <source>e.g. kmensah</source>
      <translation>مثلًا kmensah</translation>
    </message>
    <message>
      <source>e.g. B-0042</source>
      <translation>مثلًا B-0042</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <source>Lower-case letters, digits, '.', '_' or '-'; 2 to 32 characters.</source>
      <translation>أحرف لاتينية صغيرة وأرقام و«.» و«_» و«-»؛ من 2 إلى 32 حرفًا.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <source>Badge number</source>
      <translation>الرقم الوظيفي</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>الرتبة</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>اختياري</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>الأدوار</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>أعد كتابة كلمة المرور</translation>
    </message>
  </context>
  <context>
    <name>Nouns</name>
    <message>
      <source>attachment</source>
      <translation>مرفق</translation>
    </message>
    <message>
      <source>item</source>
      <translation>حرز</translation>
    </message>
    <message>
      <source>case</source>
      <translation>قضية</translation>
    </message>
    <message>
      <source>location</source>
      <translation>موقع</translation>
    </message>
    <message>
      <source>discrepancy</source>
      <translation>فرق</translation>
    </message>
    <message>
      <source>audit</source>
      <translation>جرد</translation>
    </message>
    <message>
      <source>seizure</source>
      <translation>عملية ضبط</translation>
    </message>
    <message>
      <source>officer</source>
      <translation>ضابط</translation>
    </message>
    <message>
      <source>person</source>
      <translation>شخص</translation>
    </message>
    <message>
      <source>items of case</source>
      <translation>أحراز القضية</translation>
    </message>
    <message>
      <source>trusted key</source>
      <translation>مفتاح موثوق</translation>
    </message>
  </context>
  <context>
    <name>OffenceType</name>
    <message>
      <source>Drug trafficking</source>
      <translation>الاتجار بالمخدرات</translation>
    </message>
    <message>
      <source>Arms trafficking</source>
      <translation>الاتجار بالأسلحة</translation>
    </message>
    <message>
      <source>Human trafficking</source>
      <translation>الاتجار بالبشر</translation>
    </message>
    <message>
      <source>Smuggling of goods</source>
      <translation>تهريب البضائع</translation>
    </message>
    <message>
      <source>Illegal exploitation of natural resources</source>
      <translation>الاستغلال غير المشروع للموارد الطبيعية</translation>
    </message>
    <message>
      <source>Other offence</source>
      <translation>جريمة أخرى</translation>
    </message>
  </context>
  <context>
    <name>OfficersPanel</name>
    <message>
      <source>New officer…</source>
      <translation>ضابط جديد…</translation>
    </message>
    <message>
      <source>Edit roles…</source>
      <translation>تعديل الأدوار…</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>تعطيل</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>إلغاء القفل</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
      <source>Print badge card…</source>
      <translation>طباعة البطاقة…</translation>
    </message>
    <message>
      <source>Only administrators see the list of officers.</source>
      <translation>لا يرى قائمة الضباط إلا المسؤولون.</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>تفعيل</translation>
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>لا يمكنك تعطيل حسابك.</translation>
    </message>
    <message>
      <source>To change your own password use "Change my password…" at the top of the window.</source>
      <translation>لتغيير كلمة مرورك استخدم «تغيير كلمة مروري…» في أعلى النافذة.</translation>
    </message>
    <message>
      <source>Only a locked account can be unlocked.</source>
      <translation>لا يمكن إلغاء قفل حساب إلا إذا كان مقفلًا.</translation>
    </message>
    <message>
      <source>Add a new officer.</source>
      <translation>إضافة ضابط جديد.</translation>
    </message>
    <message>
      <source>Officer {officer} added. Badge number {badge}; badge card code {code}.</source>
      <translation>أُضيف الضابط {officer}. الرقم الوظيفي {badge}؛ رمز البطاقة {code}.</translation>
    </message>
    <message>
      <source>Change the roles of {officer}.</source>
      <translation>تعديل أدوار {officer}.</translation>
    </message>
    <message>
      <source>Roles of {officer}: {roles}.</source>
      <translation>أدوار {officer}: {roles}.</translation>
    </message>
    <message>
      <source>Reset the password of {officer}.</source>
      <translation>إعادة تعيين كلمة مرور {officer}.</translation>
    </message>
    <message>
      <source>New password set for {officer}; a new signing key was issued and the old one revoked.</source>
      <translation>عُيّنت كلمة مرور جديدة لـ {officer}؛ وأُصدر مفتاح توقيع جديد وأُلغي القديم.</translation>
    </message>
    <message>
      <source>Enable the account of {officer}.</source>
      <translation>تفعيل حساب {officer}.</translation>
    </message>
    <message>
      <source>Disable the account of {officer}: they can no longer sign in.</source>
      <translation>تعطيل حساب {officer}: لن يتمكن بعد ذلك من تسجيل الدخول.</translation>
    </message>
    <message>
      <source>{officer} can sign in again.</source>
      <translation>يمكن لـ {officer} تسجيل الدخول من جديد.</translation>
    </message>
    <message>
      <source>{officer} is disabled and can no longer sign in.</source>
      <translation>{officer} معطّل ولم يعد بإمكانه تسجيل الدخول.</translation>
    </message>
    <message>
      <source>Unlock the account of {officer}.</source>
      <translation>إلغاء قفل حساب {officer}.</translation>
    </message>
    <message>
      <source>{officer} is unlocked and can sign in again.</source>
      <translation>أُلغي قفل {officer} ويمكنه تسجيل الدخول من جديد.</translation>
    </message>
    <message>
      <source>Print a badge card for {officer}.</source>
      <translation>طباعة بطاقة لـ {officer}.</translation>
    </message>
    <message>
      <source>Badge card of {officer}</source>
      <translation>بطاقة {officer}</translation>
    </message>
    <message>
      <source>Badge card code {code}: scanning it identifies {officer} at a handover.</source>
      <translation>رمز البطاقة {code}: مسحه يعرّف بـ {officer} عند التسليم.</translation>
    </message>
    <message>
      <source>Badge card of {officer} saved to {path}.</source>
      <translation>حُفظت بطاقة {officer} في {path}.</translation>
    </message>
    <message>
      <source>Badge card of {officer} printed ({where}).</source>
      <translation>طُبعت بطاقة {officer} ({where}).</translation>
    </message>
    <message>
      <source>The badge card could not be saved to {path}: {reason}</source>
      <translation>تعذر حفظ البطاقة في {path}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <source>Please wait</source>
      <translation>يُرجى الانتظار</translation>
    </message>
  </context>
  <context>
    <name>Passwords</name>
    <message>
      <source>The password is too short: use at least {min} characters (this one has {count}).</source>
      <translation>كلمة المرور قصيرة جدًا: استخدم {min} حرفًا على الأقل (هذه تتكون من {count}).</translation>
    </message>
    <message>
      <source>The password is too long: use at most {max} characters (this one has {count}).</source>
      <translation>كلمة المرور طويلة جدًا: استخدم {max} حرفًا على الأكثر (هذه تتكون من {count}).</translation>
    </message>
    <message>
      <source>This password is on a list of commonly used passwords that attackers try first. Choose another one.</source>
      <translation>كلمة المرور هذه مدرجة في قائمة كلمات المرور الشائعة التي يجربها المهاجمون أولًا. اختر كلمة أخرى.</translation>
    </message>
    <message>
      <source>The password cannot be the same as the user name.</source>
      <translation>لا يجوز أن تكون كلمة المرور مطابقة لاسم المستخدم.</translation>
    </message>
    <message>
      <source>The password contains an invisible control character that cannot be typed reliably.</source>
      <translation>تحتوي كلمة المرور على حرف تحكم غير مرئي لا يمكن كتابته بشكل موثوق.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>◀ Previous</source>
      <translation>السابقة ▶</translation>
    </message>
    <message>
      <source>Previous page (Page Up)</source>
      <translation>الصفحة السابقة (Page Up)</translation>
    </message>
    <message>
      <source>of {n}</source>
      <translation>من {n}</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>◀ التالية</translation>
    </message>
    <message>
      <source>Next page (Page Down)</source>
      <translation>الصفحة التالية (Page Down)</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>الصفحة</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+−)</source>
      <translation>تصغير (Ctrl+−)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation>تكبير (Ctrl++)</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>ملاءمة العرض</translation>
    </message>
    <message>
      <source>Whole page</source>
      <translation>الصفحة كاملة</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>طباعة…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>العرض</translation>
    </message>
    <message>
      <source>Print {title}</source>
      <translation>طباعة {title}</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>PdfView</name>
    <message>
      <source>The document could not be shown: it is not a readable PDF ({reason}).</source>
      <translation>يتعذر عرض المستند: ليس ملف PDF قابلًا للقراءة ({reason}).</translation>
    </message>
    <message>
      <source>The disk is full: {name} was not saved. Free some space or choose another drive. Nothing was written.</source>
      <translation>القرص ممتلئ: لم يُحفظ {name}. أفرغ بعض المساحة أو اختر محركًا آخر. لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <source>You may not write to the folder {folder}, so {name} was not saved. Choose another folder (your Documents folder or a USB drive). Nothing was written.</source>
      <translation>لا يحق لك الكتابة في المجلد {folder}، لذا لم يُحفظ {name}. اختر مجلدًا آخر (مجلد المستندات أو ذاكرة USB). لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist any more (was a USB drive removed?), so {name} was not saved.</source>
      <translation>المجلد {folder} لم يعد موجودًا (هل نُزعت ذاكرة USB؟)، لذا لم يُحفظ {name}.</translation>
    </message>
    <message>
      <source>{name} could not be saved: {reason}. Nothing was written.</source>
      <translation>تعذر حفظ {name}: {reason}. لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <source>The printer {printer} could not be started, so nothing was printed. Check that it is switched on and connected, or choose another printer.</source>
      <translation>تعذر تشغيل الطابعة {printer}، لذا لم يُطبع أي شيء. تحقق من أنها مشغلة وموصولة، أو اختر طابعة أخرى.</translation>
    </message>
    <message>
      <source>Printing on {printer} failed at page {page} of {pages}. Check the printer (paper, labels, cover) and print again.</source>
      <translation>فشلت الطباعة على {printer} عند الصفحة {page} من {pages}. افحص الطابعة (الورق، الملصقات، الغطاء) وأعد الطباعة.</translation>
    </message>
    <message>
      <source>default printer</source>
      <translation>الطابعة الافتراضية</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>Laboratory analyst</source>
      <translation>محلل مختبر</translation>
    </message>
    <message>
      <source>Court clerk</source>
      <translation>كاتب المحكمة</translation>
    </message>
    <message>
      <source>Prosecutor's office</source>
      <translation>النيابة العامة</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>المالك</translation>
    </message>
    <message>
      <source>Courier</source>
      <translation>ناقل</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <source>Choose what this person is (laboratory analyst, court clerk, owner, courier, other).</source>
      <translation>اختر صفة هذا الشخص (محلل مختبر، كاتب محكمة، مالك، ناقل، أخرى).</translation>
    </message>
    <message>
      <source>There is no outside person {ref}: register them first.</source>
      <translation>لا يوجد شخص خارجي {ref}: سجّله أولًا.</translation>
    </message>
    <message>
      <source>Give the number of the identity document you saw (staff card, passport, …).</source>
      <translation>أدخل رقم وثيقة الهوية التي اطلعت عليها (بطاقة مهنية، جواز سفر، …).</translation>
    </message>
    <message>
      <source>Register a person outside the station</source>
      <translation>تسجيل شخص من خارج المركز</translation>
    </message>
    <message>
      <source>e.g. staff card, passport</source>
      <translation>مثلًا: بطاقة مهنية، جواز سفر</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <source>Is a</source>
      <translation>الصفة</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>وثيقة الهوية</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>رقم الوثيقة</translation>
    </message>
    <message>
      <source>Clear signature</source>
      <translation>مسح التوقيع</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>شخص جديد…</translation>
    </message>
    <message>
      <source>(not named)</source>
      <translation>(بلا اسم)</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>{n} done</source>
      <translation>تم: {n}</translation>
    </message>
  </context>
  <context>
    <name>ReauthDialog</name>
    <message>
      <source>Confirm with your password</source>
      <translation>التأكيد بكلمة مرورك</translation>
    </message>
    <message>
      <source>This is a sensitive action. Type your own password again ({name}, signed in as {user}).</source>
      <translation>هذا إجراء حساس. اكتب كلمة مرورك مرة أخرى ({name}، مسجّل الدخول باسم {user}).</translation>
    </message>
    <message>
      <source>Your password</source>
      <translation>كلمة مرورك</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>تأكيد</translation>
    </message>
    <message>
      <source>Type your password.</source>
      <translation>اكتب كلمة مرورك.</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>جارٍ التحقق…</translation>
    </message>
    <message>
      <source>Wrong password. Type it again, or Cancel.</source>
      <translation>كلمة مرور خاطئة. اكتبها مرة أخرى، أو اختر «إلغاء».</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Page {page} of {total}</source>
      <translation>الصفحة {page} من {total}</translation>
    </message>
    <message>
      <source>Not sealed</source>
      <translation>غير مختوم</translation>
    </message>
    <message>
      <source>&lt;b&gt;Corrected by entry #{seq}&lt;/b&gt; ({at}): {field}: «{old}» → «{new}». Reason: {reason}. Requested by {requested_by}, approved by {approved_by}.</source>
      <translation>&lt;b&gt;صُحّح بالقيد رقم {seq}&lt;/b&gt; ({at}): {field}: «{old}» ← «{new}». السبب: {reason}. طلبه {requested_by}، ووافق عليه {approved_by}.</translation>
    </message>
    <message>
      <source>I certify that this report reproduces, for each item listed, every entry of the evidence ledger concerning it up to the date of this report: who held it, where it was stored, and each time it left the evidence room (to a laboratory, to court or to another agency) and came back, as recorded above. The ledger entries are signed by the officers named; the attached proof lets anyone check them (see "How to check this report").</source>
      <translation>أشهد أن هذا التقرير يستنسخ، لكل حرز مذكور، جميع قيود سجل الأحراز المتعلقة به حتى تاريخ هذا التقرير: من حازه، وأين حُفظ، وكل مرة غادر فيها غرفة الأحراز (إلى مختبر أو إلى المحكمة أو إلى جهة أخرى) ثم عاد، كما هو مسجل أعلاه. قيود السجل موقّعة من الضباط المذكورين؛ ويتيح الإثبات المرفق لأي شخص التحقق منها (انظر «كيفية التحقق من هذا التقرير»).</translation>
    </message>
    <message>
      <source>Every event above is an entry of the station's append-only evidence ledger. Each entry's hash is proven to be included in the signed checkpoint below, and the file custody-proof.json attached to this PDF contains the entries, their signatures and the inclusion proofs. Anyone can check them with: custody-verify REPORT.pdf --trust "&lt;station verifier key&gt;". The PDF itself is digitally signed; any change to it invalidates the signature.</source>
      <translation>كل حدث أعلاه قيد في سجل الأحراز الخاص بالمركز، وهو سجل لا يُضاف إليه إلا في آخره. وثبت أن بصمة كل قيد مدرجة في نقطة التحقق الموقعة أدناه، ويحتوي الملف custody-proof.json المرفق بهذا الـPDF على القيود وتوقيعاتها وإثباتات الإدراج. ويستطيع أي شخص التحقق منها بالأمر: custody-verify REPORT.pdf --trust "&lt;مفتاح التحقق الخاص بالمركز&gt;". ملف PDF نفسه موقّع رقميًا؛ وأي تغيير فيه يُبطل التوقيع.</translation>
    </message>
    <message>
      <source>The file custody-proof.json attached to this PDF holds the signed ledger entries this report states. Checking them needs only this PDF and the station's verifier key, published by the agency:</source>
      <translation>يحتوي الملف custody-proof.json المرفق بهذا الـPDF على قيود السجل الموقعة التي يذكرها هذا التقرير. ولا يحتاج التحقق منها إلا إلى هذا الـPDF ومفتاح التحقق الخاص بالمركز الذي تنشره الجهة:</translation>
    </message>
    <message>
      <source>Without installing anything: open verify.html (the verifier page the agency provides) in a web browser, drop this PDF on it, and paste the key.</source>
      <translation>دون تثبيت أي شيء: افتح verify.html (صفحة التحقق التي توفرها الجهة) في متصفح ويب، وأفلت عليها هذا الـPDF، والصق المفتاح.</translation>
    </message>
    <message>
      <source>Item id</source>
      <translation>رقم الحرز</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Entry hash (SHA-256)</source>
      <translation>بصمة القيد (SHA-256)</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>القضية</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>التقرير</translation>
    </message>
    <message>
      <source>Generated</source>
      <translation>تاريخ الإصدار</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <source>Evidence room</source>
      <translation>غرفة الأحراز</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>رقم القضية</translation>
    </message>
    <message>
      <source>Offence</source>
      <translation>الجريمة</translation>
    </message>
    <message>
      <source>Agency reference</source>
      <translation>مرجع الجهة</translation>
    </message>
    <message>
      <source>Prosecutor reference</source>
      <translation>مرجع النيابة العامة</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>مرجع المحكمة</translation>
    </message>
    <message>
      <source>Seizure document</source>
      <translation>محضر الضبط</translation>
    </message>
    <message>
      <source>Seized on</source>
      <translation>تاريخ الضبط</translation>
    </message>
    <message>
      <source>Place of seizure</source>
      <translation>مكان الضبط</translation>
    </message>
    <message>
      <source>Seizing officer</source>
      <translation>الضابط القائم بالضبط</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>الشهود</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>السند القانوني</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>استُلم من</translation>
    </message>
    <message>
      <source>Case and seizure</source>
      <translation>القضية وعملية الضبط</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>الأحراز</translation>
    </message>
    <message>
      <source>Item {number} of {total} · {item_id}</source>
      <translation>الحرز {number} من {total} · {item_id}</translation>
    </message>
    <message>
      <source>Chain of custody</source>
      <translation>سلسلة الحيازة</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>المآل</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>الجهة الآمرة</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>رقم التقرير</translation>
    </message>
    <message>
      <source>Checkpoint tree size</source>
      <translation>حجم الشجرة عند نقطة التحقق</translation>
    </message>
    <message>
      <source>Root hash</source>
      <translation>البصمة الجذرية</translation>
    </message>
    <message>
      <source>Station key</source>
      <translation>مفتاح المركز</translation>
    </message>
    <message>
      <source>Station key fingerprint</source>
      <translation>بصمة مفتاح المركز</translation>
    </message>
    <message>
      <source>Station verifier key</source>
      <translation>مفتاح التحقق الخاص بالمركز</translation>
    </message>
    <message>
      <source>PDF-signing certificate (SHA-256)</source>
      <translation>شهادة توقيع PDF ‏(SHA-256)</translation>
    </message>
    <message>
      <source>Signed checkpoint</source>
      <translation>نقطة التحقق الموقعة</translation>
    </message>
    <message>
      <source>Integrity (technical details)</source>
      <translation>السلامة (تفاصيل تقنية)</translation>
    </message>
    <message>
      <source>Entry hashes proven against the checkpoint</source>
      <translation>بصمات القيود المثبتة بالاستناد إلى نقطة التحقق</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>الختم</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>التصحيحات</translation>
    </message>
    <message>
      <source>No disposition recorded: the item is still held.</source>
      <translation>لم يُسجَّل أي مآل: الحرز لا يزال محفوظًا.</translation>
    </message>
    <message>
      <source>Date/time</source>
      <translation>التاريخ/الوقت</translation>
    </message>
    <message>
      <source>Released by</source>
      <translation>سلّمه</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>استلمه</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>الموقع</translation>
    </message>
    <message>
      <source>Seal state</source>
      <translation>حالة الختم</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>التوقيعات</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Corrects entry #{seq}</source>
      <translation>يصحح القيد رقم {seq}</translation>
    </message>
    <message>
      <source>Corrects</source>
      <translation>يصحح</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>Recorded value</source>
      <translation>القيمة المسجلة</translation>
    </message>
    <message>
      <source>Corrected value</source>
      <translation>القيمة المصححة</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>طلبه</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>وافق عليه</translation>
    </message>
    <message>
      <source>This PDF is signed. In Adobe Reader, Okular or any PDF reader, the signature panel must say the document was not changed since it was signed. The signing certificate's SHA-256 fingerprint must be {fp} (the station's certificate, which the ledger binds to the station key).</source>
      <translation>ملف PDF هذا موقّع. في Adobe Reader أو Okular أو أي قارئ PDF، يجب أن تبين لوحة التوقيعات أن المستند لم يتغير منذ توقيعه. ويجب أن تكون بصمة SHA-256 لشهادة التوقيع {fp} (شهادة المركز التي يربطها السجل بمفتاح المركز).</translation>
    </message>
    <message>
      <source>With Python: pip install custody, then: custody-verify REPORT.pdf --trust "{key}". VERIFIED means every event above is proven; FAILED names what was changed.</source>
      <translation>باستخدام Python: ‏pip install custody، ثم: custody-verify REPORT.pdf --trust "{key}". تعني VERIFIED أن كل حدث أعلاه مُثبت؛ وتذكر FAILED ما تم تغييره.</translation>
    </message>
    <message>
      <source>by</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <source>Seal changes</source>
      <translation>تغييرات الختم</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>في حيازة</translation>
    </message>
    <message>
      <source>Stored at</source>
      <translation>مخزن في</translation>
    </message>
    <message>
      <source>Latest weights</source>
      <translation>أحدث الأوزان</translation>
    </message>
    <message>
      <source>Number in its seizure</source>
      <translation>الرقم في عملية الضبط</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>صورة</translation>
    </message>
    <message>
      <source>(photo could not be read)</source>
      <translation>(تعذرت قراءة الصورة)</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>الشاهد</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>الإفادة</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>التوقيع</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Evidence custodian</source>
      <translation>أمين الأحراز</translation>
    </message>
    <message>
      <source>Received by (prosecutor's office)</source>
      <translation>استلمه (النيابة العامة)</translation>
    </message>
    <message>
      <source>Certification</source>
      <translation>الإشهاد</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>مختوم</translation>
    </message>
    <message>
      <source>How to check this report</source>
      <translation>كيفية التحقق من هذا التقرير</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Missing (expected, not found)</source>
      <translation>المفقود (متوقع، لم يُعثر عليه)</translation>
    </message>
    <message>
      <source>Unexpected (found, not expected)</source>
      <translation>غير المتوقع (وُجد، لم يكن متوقعًا)</translation>
    </message>
    <message>
      <source>Misplaced (found in the wrong place)</source>
      <translation>في غير مكانه (وُجد في المكان الخطأ)</translation>
    </message>
    <message>
      <source>We certify that the items listed above were released to the person named above, who proved their identity with the document given, on the date and at the place given above.</source>
      <translation>نشهد بأن الأحراز المذكورة أعلاه قد رُدّت إلى الشخص المذكور أعلاه، الذي أثبت هويته بالوثيقة المذكورة، في التاريخ والمكان المذكورين أعلاه.</translation>
    </message>
    <message>
      <source>We certify that the items listed above were disposed of as stated, in our presence, on the date and at the place given above.</source>
      <translation>نشهد بأن الأحراز المذكورة أعلاه قد جرى التصرف فيها على النحو المذكور، بحضورنا، في التاريخ والمكان المذكورين أعلاه.</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>النطاق</translation>
    </message>
    <message>
      <source>Auditors</source>
      <translation>المدققون</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>تاريخ البدء</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
      <source>Expected items</source>
      <translation>الأحراز المتوقعة</translation>
    </message>
    <message>
      <source>Scanned items</source>
      <translation>الأحراز الممسوحة</translation>
    </message>
    <message>
      <source>Discrepancies</source>
      <translation>الفروق</translation>
    </message>
    <message>
      <source>Expected at</source>
      <translation>المتوقع في</translation>
    </message>
    <message>
      <source>Found at</source>
      <translation>الموجود في</translation>
    </message>
    <message>
      <source>Authorisation</source>
      <translation>الإذن</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>مرجع الأمر</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <source>Examinations requested</source>
      <translation>الفحوص المطلوبة</translation>
    </message>
    <message>
      <source>Location / holder</source>
      <translation>الموقع / الحائز</translation>
    </message>
    <message>
      <source>Last event</source>
      <translation>آخر حدث</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>لا شيء.</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>أذن به</translation>
    </message>
    <message>
      <source>Authorised on</source>
      <translation>تاريخ الإذن</translation>
    </message>
    <message>
      <source>Release to the owner</source>
      <translation>الرد إلى المالك</translation>
    </message>
    <message>
      <source>Disposal carried out</source>
      <translation>التصرف المنفذ</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Released to</source>
      <translation>رُدّ إلى</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>وثيقة الهوية</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <translation>نفّذه</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Ledger entries</source>
      <translation>قيود السجل</translation>
    </message>
    <message>
      <source>Performed by</source>
      <translation>أجراه</translation>
    </message>
    <message>
      <source>Submission</source>
      <translation>الإرسال</translation>
    </message>
    <message>
      <source>Laboratory</source>
      <translation>المختبر</translation>
    </message>
    <message>
      <source>Laboratory number</source>
      <translation>رقم المختبر</translation>
    </message>
    <message>
      <source>Submitted by</source>
      <translation>أرسله</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>تاريخ الإرسال</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>النقل</translation>
    </message>
    <message>
      <source>Hazards</source>
      <translation>المخاطر</translation>
    </message>
    <message>
      <source>Case summary</source>
      <translation>ملخص القضية</translation>
    </message>
    <message>
      <source>Weights on record</source>
      <translation>الأوزان المسجلة</translation>
    </message>
    <message>
      <source>Items: {n}</source>
      <translation>الأحراز: {n}</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>المستلم</translation>
    </message>
    <message>
      <source>Entry hash</source>
      <translation>بصمة القيد</translation>
    </message>
    <message>
      <source>Gross weight</source>
      <translation>الوزن القائم</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>الوزن الصافي</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>سجّله</translation>
    </message>
    <message>
      <source>Signature and date</source>
      <translation>التوقيع والتاريخ</translation>
    </message>
    <message>
      <source>Received by the laboratory</source>
      <translation>استلمه المختبر</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>المدقق</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>المشرف</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>The station's PDF-signing certificate (SHA-256 {found}) is not the one the ledger registers for station {code} ({expected}). Nothing was signed. Restore the station's certificate files from its backup, or import the agency certificate again.</source>
      <translation>شهادة توقيع PDF الخاصة بالمركز (SHA-256 {found}) ليست الشهادة التي يسجلها السجل للمركز {code} ({expected}). لم يُوقَّع أي شيء. استعد ملفات شهادة المركز من نسختها الاحتياطية، أو استورد شهادة الجهة من جديد.</translation>
    </message>
    <message>
      <source>The certificate could not be used: {reason}</source>
      <translation>تعذر استخدام الشهادة: {reason}</translation>
    </message>
    <message>
      <source>Case inventory</source>
      <translation>جرد القضية</translation>
    </message>
    <message>
      <source>Certificate of disposal</source>
      <translation>محضر التصرف</translation>
    </message>
    <message>
      <source>Certificate of release to the owner</source>
      <translation>محضر الرد إلى المالك</translation>
    </message>
    <message>
      <source>Laboratory submission form</source>
      <translation>استمارة الإرسال إلى المختبر</translation>
    </message>
    <message>
      <source>Inventory audit: discrepancies</source>
      <translation>الجرد: الفروق</translation>
    </message>
    <message>
      <source>The photo recorded at entry {seq} is not shown: the stored file does not match the SHA-256 the ledger recorded for it (it was changed or damaged after it was recorded).</source>
      <translation>الصورة المسجلة في القيد {seq} غير معروضة: الملف المخزن لا يطابق بصمة SHA-256 التي سجلها السجل له (عُدّل أو تلف بعد تسجيله).</translation>
    </message>
    <message>
      <source>The photo recorded at entry {seq} is not shown: the file is missing from the database.</source>
      <translation>الصورة المسجلة في القيد {seq} غير معروضة: الملف غير موجود في قاعدة البيانات.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>gross</source>
      <translation>القائم</translation>
    </message>
    <message>
      <source>net</source>
      <translation>الصافي</translation>
    </message>
    <message>
      <source>{field}: expected {expected}, found {found}, difference {diff}</source>
      <translation>{field}: المتوقع {expected}، الموجود {found}، الفرق {diff}</translation>
    </message>
    <message>
      <source>New items: {ids}</source>
      <translation>الأحراز الجديدة: {ids}</translation>
    </message>
    <message>
      <source>Accepts the discrepancy of entry #{seq}</source>
      <translation>يُقرّ الفرق في القيد رقم {seq}</translation>
    </message>
    <message>
      <source>Lab number</source>
      <translation>رقم المختبر</translation>
    </message>
    <message>
      <source>Court reference</source>
      <translation>مرجع المحكمة</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>الأمر</translation>
    </message>
    <message>
      <source>Intact</source>
      <translation>سليم</translation>
    </message>
    <message>
      <source>Broken</source>
      <translation>مفضوض</translation>
    </message>
    <message>
      <source>the station</source>
      <translation>المركز</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>المشرف</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>أذن به</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Order reference</source>
      <translation>مرجع الأمر</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>السند القانوني</translation>
    </message>
    <message>
      <source>Released to</source>
      <translation>رُدّ إلى</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>وثيقة الهوية</translation>
    </message>
    <message>
      <source>Released by</source>
      <translation>ردّه</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Released to the owner</source>
      <translation>رُدّ إلى المالك</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <translation>نفّذه</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>I witnessed the disposal ({method}) of this item on {date}, as recorded above, and I never held this item.</source>
      <translation>شهدتُ التصرف ({method}) في هذا الحرز بتاريخ {date}، كما هو مسجل أعلاه، ولم يكن هذا الحرز في حيازتي قط.</translation>
    </message>
    <message>
      <source>Signed in the ledger, entry #{seq}</source>
      <translation>موقّع في السجل، القيد رقم {seq}</translation>
    </message>
    <message>
      <source>Disposal</source>
      <translation>التصرف</translation>
    </message>
    <message>
      <source>seal {number} broken (entry #{seq})</source>
      <translation>فُضّ الختم {number} (القيد رقم {seq})</translation>
    </message>
    <message>
      <source>seal {number} applied (entry #{seq})</source>
      <translation>وُضع الختم {number} (القيد رقم {seq})</translation>
    </message>
    <message>
      <source>{label} {weight} ({what}, entry #{seq})</source>
      <translation>{label} {weight} ({what}، القيد رقم {seq})</translation>
    </message>
    <message>
      <source>MISSING: not found at the inventory audit of {date} (entry #{seq})</source>
      <translation>مفقود: لم يُعثر عليه في جرد {date} (القيد رقم {seq})</translation>
    </message>
    <message>
      <source>Seizure {number}: {date}, {place}</source>
      <translation>عملية الضبط {number}: {date}، {place}</translation>
    </message>
    <message>
      <source>The ledger reference {ref} points at an entry that does not record it (seq {seq}). Nothing was recorded. An administrator should run 'custody ledger rebuild'.</source>
      <translation>مرجع السجل {ref} يشير إلى قيد لا يسجله (seq {seq}). لم يُسجَّل أي شيء. يجب على المسؤول تشغيل 'custody ledger rebuild'.</translation>
    </message>
    <message>
      <source>The entries this report would state do not verify: {reason}. Nothing was recorded.</source>
      <translation>القيود التي سيذكرها هذا التقرير لا تجتاز التحقق: {reason}. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>Chain of custody report</source>
      <translation>تقرير سلسلة الحيازة</translation>
    </message>
    <message>
      <source>Chain of custody report (case)</source>
      <translation>تقرير سلسلة الحيازة (القضية)</translation>
    </message>
    <message>
      <source>Chain of custody report (transfer to another agency)</source>
      <translation>تقرير سلسلة الحيازة (تحويل إلى جهة أخرى)</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation>التقارير</translation>
    </message>
    <message>
      <source>The court's chain of custody report of one item or of every item of a case. Each report is recorded in the ledger, signed by this station and carries the proof of its own integrity. The same box gives a case's inventory, an item's disposal certificate and its laboratory submission form, also signed by this station and recorded in the ledger.</source>
      <translation>تقرير سلسلة الحيازة المقدم إلى المحكمة، لحرز واحد أو لكل أحراز قضية. يُسجَّل كل تقرير في السجل ويوقّعه هذا المركز ويحمل إثبات سلامته. ويعطي الإطار نفسه جرد القضية ومحضر التصرف في الحرز واستمارة إرساله إلى المختبر، وهي أيضًا موقّعة من هذا المركز ومسجلة في السجل.</translation>
    </message>
    <message>
      <source>Custody report</source>
      <translation>تقرير الحيازة</translation>
    </message>
    <message>
      <source>Scan the item's barcode, or type an item id or a case number.</source>
      <translation>امسح الرمز الشريطي للحرز، أو اكتب رقم حرز أو رقم قضية.</translation>
    </message>
    <message>
      <source>Item id (UN-DIL-26-000123-7) or case number</source>
      <translation>رقم الحرز (UN-DIL-26-000123-7) أو رقم القضية</translation>
    </message>
    <message>
      <source>Item report</source>
      <translation>تقرير الحرز</translation>
    </message>
    <message>
      <source>Case report</source>
      <translation>تقرير القضية</translation>
    </message>
    <message>
      <source>Other documents:</source>
      <translation>مستندات أخرى:</translation>
    </message>
    <message>
      <source>Case inventory</source>
      <translation>جرد القضية</translation>
    </message>
    <message>
      <source>Disposal certificate</source>
      <translation>محضر التصرف</translation>
    </message>
    <message>
      <source>Lab submission form</source>
      <translation>استمارة الإرسال إلى المختبر</translation>
    </message>
    <message>
      <source>Language of the document:</source>
      <translation>لغة المستند:</translation>
    </message>
    <message>
      <source>Headings, field names and the certification are written in this language; what officers typed stays as typed.</source>
      <translation>تُكتب العناوين وأسماء الحقول والإشهاد بهذه اللغة؛ ويبقى ما كتبه الضباط كما كُتب.</translation>
    </message>
    <message>
      <source>Last report</source>
      <translation>آخر تقرير</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>رقم التقرير</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>الأحراز</translation>
    </message>
    <message>
      <source>Station verifier key</source>
      <translation>مفتاح التحقق الخاص بالمركز</translation>
    </message>
    <message>
      <source>Checkpoint the report is proven against</source>
      <translation>نقطة التحقق التي يُثبَت التقرير بالاستناد إليها</translation>
    </message>
    <message>
      <source>Give the prosecutor the PDF and the station verifier key: with them anyone can check the report without Custody, its database or the internet, using the &lt;span style="white-space: nowrap"&gt;custody-verify&lt;/span&gt; program.</source>
      <translation>سلّم النيابة العامة ملف PDF ومفتاح التحقق الخاص بالمركز: بهما يستطيع أي شخص التحقق من التقرير دون Custody أو قاعدة بياناته أو الإنترنت، باستخدام برنامج &lt;span style="white-space: nowrap"&gt;custody-verify&lt;/span&gt;.</translation>
    </message>
    <message>
      <source>Show the report again…</source>
      <translation>عرض التقرير مرة أخرى…</translation>
    </message>
    <message>
      <source>Copy verifier key</source>
      <translation>نسخ مفتاح التحقق</translation>
    </message>
    <message>
      <source>Copy checkpoint</source>
      <translation>نسخ نقطة التحقق</translation>
    </message>
    <message>
      <source>Scan or type the item id first.</source>
      <translation>امسح رقم الحرز أو اكتبه أولًا.</translation>
    </message>
    <message>
      <source>Chain of custody report — {item}</source>
      <translation>تقرير سلسلة الحيازة — {item}</translation>
    </message>
    <message>
      <source>Producing the custody report of {item}…</source>
      <translation>جارٍ إعداد تقرير حيازة {item}…</translation>
    </message>
    <message>
      <source>Type the case number first.</source>
      <translation>اكتب رقم القضية أولًا.</translation>
    </message>
    <message>
      <source>Chain of custody report — case {case}</source>
      <translation>تقرير سلسلة الحيازة — القضية {case}</translation>
    </message>
    <message>
      <source>Producing the custody report of case {case}…</source>
      <translation>جارٍ إعداد تقرير حيازة القضية {case}…</translation>
    </message>
    <message>
      <source>Producing the inventory of case {case}…</source>
      <translation>جارٍ إعداد جرد القضية {case}…</translation>
    </message>
    <message>
      <source>Case inventory — {case}</source>
      <translation>جرد القضية — {case}</translation>
    </message>
    <message>
      <source>Producing the disposal certificate of {item}…</source>
      <translation>جارٍ إعداد محضر التصرف في {item}…</translation>
    </message>
    <message>
      <source>Disposal certificate — {item}</source>
      <translation>محضر التصرف — {item}</translation>
    </message>
    <message>
      <source>Producing the laboratory submission form of {item}…</source>
      <translation>جارٍ إعداد استمارة إرسال {item} إلى المختبر…</translation>
    </message>
    <message>
      <source>Laboratory submission form — {item}</source>
      <translation>استمارة الإرسال إلى المختبر — {item}</translation>
    </message>
    <message>
      <source>Signed by this station and recorded in the ledger. SHA-256 {sha}</source>
      <translation>موقّع من هذا المركز ومسجل في السجل. SHA-256 {sha}</translation>
    </message>
    <message>
      <source>(unknown)</source>
      <translation>(غير معروف)</translation>
    </message>
    <message numerus="yes">
      <source>Report {id} · %n item(s) · signed by this station; the proof bundle is attached to the PDF.</source>
      <translation>
        <numerusform>التقرير {id} · %n حرز · موقّع من هذا المركز؛ وحزمة الإثبات مرفقة بملف PDF.</numerusform>
        <numerusform>التقرير {id} · %n حرز · موقّع من هذا المركز؛ وحزمة الإثبات مرفقة بملف PDF.</numerusform>
        <numerusform>التقرير {id} · %n حرزان · موقّع من هذا المركز؛ وحزمة الإثبات مرفقة بملف PDF.</numerusform>
        <numerusform>التقرير {id} · %n أحراز · موقّع من هذا المركز؛ وحزمة الإثبات مرفقة بملف PDF.</numerusform>
        <numerusform>التقرير {id} · %n حرزًا · موقّع من هذا المركز؛ وحزمة الإثبات مرفقة بملف PDF.</numerusform>
        <numerusform>التقرير {id} · %n حرز · موقّع من هذا المركز؛ وحزمة الإثبات مرفقة بملف PDF.</numerusform>
      </translation>
    </message>
    <message>
      <source>Verifier key copied.</source>
      <translation>نُسخ مفتاح التحقق.</translation>
    </message>
    <message>
      <source>Checkpoint copied.</source>
      <translation>نُسخت نقطة التحقق.</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>The officer's signing key is locked with the old password, which nobody knows any more. Custody therefore issues a NEW signing key and REVOKES the old one; entries already signed stay valid. The account is also unlocked. Give the new password to the officer in person.</source>
      <translation>مفتاح توقيع الضابط مقفل بكلمة المرور القديمة التي لم يعد أحد يعرفها. لذلك يصدر Custody مفتاح توقيع جديدًا ويلغي القديم؛ وتبقى القيود الموقعة سابقًا صالحة. ويُلغى قفل الحساب أيضًا. سلّم كلمة المرور الجديدة إلى الضابط شخصيًا.</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>أعد كتابة كلمة المرور الجديدة</translation>
    </message>
  </context>
  <context>
    <name>Role</name>
    <message>
      <source>Officer</source>
      <translation>ضابط</translation>
    </message>
    <message>
      <source>Evidence custodian</source>
      <translation>أمين الأحراز</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>مشرف</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>مدقق</translation>
    </message>
    <message>
      <source>Prosecutor (read only)</source>
      <translation>النيابة العامة (قراءة فقط)</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>مسؤول النظام</translation>
    </message>
  </context>
  <context>
    <name>Scanner</name>
    <message>
      <source>Scanned {code}: finish or close the open dialog first.</source>
      <translation>مُسح {code}: أنهِ مربع الحوار المفتوح أو أغلقه أولًا.</translation>
    </message>
    <message>
      <source>Scanned {code}, but no part of Custody opens {what} here.</source>
      <translation>مُسح {code}، لكن لا يوجد جزء في Custody يفتح {what} هنا.</translation>
    </message>
    <message>
      <source>item numbers</source>
      <translation>أرقام الأحراز</translation>
    </message>
    <message>
      <source>location codes</source>
      <translation>رموز المواقع</translation>
    </message>
    <message>
      <source>badge codes</source>
      <translation>رموز البطاقات</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>The search text is too long: at most {max} characters.</source>
      <translation>نص البحث طويل جدًا: الحد الأقصى {max} حرفًا.</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <source>Scan or type an id, a code or words…</source>
      <translation>امسح رمزًا أو اكتب كلمات…</translation>
    </message>
    <message>
      <source>Scan or type an item id, a LOC- or OFF- code, or words of a description</source>
      <translation>امسح أو اكتب رقم حرز، أو رمز LOC- أو OFF-، أو كلمات من الوصف</translation>
    </message>
  </context>
  <context>
    <name>SeizureForm</name>
    <message>
      <source>Type or choose the case number</source>
      <translation>اكتب رقم القضية أو اختره</translation>
    </message>
    <message>
      <source>Open a new case…</source>
      <translation>فتح قضية جديدة…</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>القضية</translation>
    </message>
    <message>
      <source>Date and time of the seizure</source>
      <translation>تاريخ الضبط ووقته</translation>
    </message>
    <message>
      <source>Station time.</source>
      <translation>بتوقيت المركز.</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>GPS (optional)</source>
      <translation>GPS (اختياري)</translation>
    </message>
    <message>
      <source>Latitude, longitude in decimal degrees.</source>
      <translation>خط العرض، خط الطول بالدرجات العشرية.</translation>
    </message>
    <message>
      <source>Seizing officer</source>
      <translation>الضابط القائم بالضبط</translation>
    </message>
    <message>
      <source>The officer's username.</source>
      <translation>اسم المستخدم الخاص بالضابط.</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>الشهود</translation>
    </message>
    <message>
      <source>One name per line.</source>
      <translation>اسم واحد في كل سطر.</translation>
    </message>
    <message>
      <source>Legal authority</source>
      <translation>السند القانوني</translation>
    </message>
    <message>
      <source>Warrant or order, with its number.</source>
      <translation>الإذن أو الأمر، مع رقمه.</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>استُلم من</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Record seizure</source>
      <translation>تسجيل عملية الضبط</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Enter a whole number from {low} to {high}.</source>
      <translation>أدخل عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
      <source>Custody does not speak the language {language}. Choose English, French, Portuguese, Spanish or Arabic.</source>
      <translation>لا يتحدث Custody اللغة {language}. اختر الإنجليزية أو الفرنسية أو البرتغالية أو الإسبانية أو العربية.</translation>
    </message>
    <message>
      <source>Unknown setting.</source>
      <translation>إعداد غير معروف.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Wrong passwords before locking</source>
      <translation>عدد كلمات المرور الخاطئة قبل القفل</translation>
    </message>
    <message>
      <source>An account locks after this many wrong passwords in a row (from {low} to {high}).</source>
      <translation>يُقفل الحساب بعد هذا العدد من كلمات المرور الخاطئة المتتالية (من {low} إلى {high}).</translation>
    </message>
    <message>
      <source>Lockout (minutes)</source>
      <translation>مدة القفل (بالدقائق)</translation>
    </message>
    <message>
      <source>How long a locked account stays locked, unless an administrator unlocks it sooner (from {low} to {high} minutes).</source>
      <translation>المدة التي يبقى فيها الحساب المقفل مقفلًا، ما لم يلغِ المسؤول قفله قبل ذلك (من {low} إلى {high} دقيقة).</translation>
    </message>
    <message>
      <source>Idle lock (minutes)</source>
      <translation>القفل عند الخمول (بالدقائق)</translation>
    </message>
    <message>
      <source>The workstation hides everything behind the lock screen after this many minutes without use (from {low} to {high} minutes).</source>
      <translation>تخفي محطة العمل كل شيء خلف شاشة القفل بعد هذا العدد من الدقائق دون استخدام (من {low} إلى {high} دقيقة).</translation>
    </message>
    <message>
      <source>Clock jump refused (minutes)</source>
      <translation>قفزة الساعة المرفوضة (بالدقائق)</translation>
    </message>
    <message>
      <source>Nothing is recorded when this computer's clock moves forward by more than this while Custody runs (from {low} to {high} minutes).</source>
      <translation>لا يُسجَّل أي شيء عندما تتقدم ساعة هذا الحاسوب بأكثر من هذا المقدار أثناء تشغيل Custody (من {low} إلى {high} دقيقة).</translation>
    </message>
    <message>
      <source>Station settings</source>
      <translation>إعدادات المركز</translation>
    </message>
    <message>
      <source>These settings apply to every workstation of this station. Each change is recorded in the ledger with your name.</source>
      <translation>تنطبق هذه الإعدادات على كل محطات العمل في هذا المركز. ويُسجَّل كل تغيير في السجل باسمك.</translation>
    </message>
    <message>
      <source>Sign-in and locking</source>
      <translation>تسجيل الدخول والقفل</translation>
    </message>
    <message>
      <source>Language of the station</source>
      <translation>لغة المركز</translation>
    </message>
    <message>
      <source>The sign-in screen speaks it, and reports and labels are written in it unless another language is chosen for a document. Each officer can choose their own at sign-in.</source>
      <translation>تستخدمها شاشة تسجيل الدخول، وتُكتب بها التقارير والملصقات ما لم تُختر لغة أخرى لمستند ما. ويستطيع كل ضابط اختيار لغته عند تسجيل الدخول.</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>حفظ الإعدادات</translation>
    </message>
    <message>
      <source>Undo my changes</source>
      <translation>التراجع عن تغييراتي</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>الملصقات</translation>
    </message>
    <message>
      <source>Default label template</source>
      <translation>قالب الملصق الافتراضي</translation>
    </message>
    <message>
      <source>Use this template</source>
      <translation>استخدام هذا القالب</translation>
    </message>
    <message>
      <source>Change the station's default label template</source>
      <translation>تغيير قالب الملصق الافتراضي للمركز</translation>
    </message>
    <message>
      <source>Labels now print on {name} by default.</source>
      <translation>تُطبع الملصقات الآن افتراضيًا على {name}.</translation>
    </message>
    <message>
      <source>Nothing to save: the settings are as stored.</source>
      <translation>لا شيء للحفظ: الإعدادات كما هي محفوظة.</translation>
    </message>
    <message>
      <source>Change the station settings.</source>
      <translation>تغيير إعدادات المركز.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
      <source>Saved. The idle lock now starts after {n} minutes without use.</source>
      <translation>حُفظ. يبدأ القفل عند الخمول الآن بعد {n} دقيقة دون استخدام.</translation>
    </message>
  </context>
  <context>
    <name>Setup</name>
    <message>
      <source>A station code is 1 to 16 characters: capital letters A-Z, digits and '-'.</source>
      <translation>يتكون رمز المركز من 1 إلى 16 حرفًا: أحرف لاتينية كبيرة A-Z وأرقام و«-».</translation>
    </message>
    <message>
      <source>A log origin looks like custody.example.org/DIL: lower-case host name, then optional /parts.</source>
      <translation>يكون أصل السجل على شكل custody.example.org/DIL: اسم المضيف بأحرف صغيرة، ثم /أجزاء اختيارية.</translation>
    </message>
    <message>
      <source>Unknown time zone {tz}. Use a name such as Africa/Kinshasa or UTC.</source>
      <translation>المنطقة الزمنية {tz} غير معروفة. استخدم اسمًا مثل Africa/Khartoum أو UTC.</translation>
    </message>
    <message>
      <source>This database is already set up (agency {agency}). Nothing was changed.</source>
      <translation>قاعدة البيانات هذه مُعدّة بالفعل (الجهة {agency}). لم يتغير أي شيء.</translation>
    </message>
  </context>
  <context>
    <name>SignaturePad</name>
    <message>
      <source>Sign here with the mouse or a pen</source>
      <translation>وقّع هنا بالفأرة أو بالقلم</translation>
    </message>
    <message>
      <source>Sign above the line</source>
      <translation>وقّع فوق الخط</translation>
    </message>
  </context>
  <context>
    <name>SplitDialog</name>
    <message>
      <source>Take a sample of {item}</source>
      <translation>أخذ عينة من {item}</translation>
    </message>
    <message>
      <source>Split {item}</source>
      <translation>تجزئة {item}</translation>
    </message>
    <message>
      <source>Description of the part *</source>
      <translation>وصف الجزء *</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>مختوم</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>رقم الختم</translation>
    </message>
    <message>
      <source>Add a part</source>
      <translation>إضافة جزء</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>For example: sample for the laboratory, request 17/2026.</source>
      <translation>مثلًا: عينة للمختبر، الطلب 17/2026.</translation>
    </message>
    <message>
      <source>Password of {holder}</source>
      <translation>كلمة مرور {holder}</translation>
    </message>
    <message>
      <source>{holder} holds this item: they sign too by typing their password here.</source>
      <translation>{holder} يحوز هذا الحرز: يوقّع هو أيضًا بكتابة كلمة مروره هنا.</translation>
    </message>
    <message>
      <source>Take sample</source>
      <translation>أخذ العينة</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>تجزئة</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>Ledger and audits</source>
      <translation>السجل وعمليات الجرد</translation>
    </message>
    <message>
      <source>Last verification of the ledger</source>
      <translation>آخر تحقق من السجل</translation>
    </message>
    <message>
      <source>Last checkpoint given out in a report</source>
      <translation>آخر نقطة تحقق سُلّمت في تقرير</translation>
    </message>
    <message>
      <source>Last inventory audit</source>
      <translation>آخر جرد</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit, not yet resolved</source>
      <translation>مفقودة أو في غير مكانها عند الجرد، لم تُسوَّ بعد</translation>
    </message>
    <message>
      <source>Items held by officers whose account is disabled</source>
      <translation>أحراز في حيازة ضباط حساباتهم معطّلة</translation>
    </message>
    <message>
      <source>My items</source>
      <translation>أحرازي</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>جارٍ التحقق…</translation>
    </message>
    <message>
      <source>Evidence room backlog</source>
      <translation>الأعمال المتأخرة في غرفة الأحراز</translation>
    </message>
    <message>
      <source>Overdue at the laboratory</source>
      <translation>متأخرة في المختبر</translation>
    </message>
    <message>
      <source>Overdue at court</source>
      <translation>متأخرة في المحكمة</translation>
    </message>
    <message>
      <source>Eligible for return or destruction (case decided)</source>
      <translation>قابلة للرد أو الإتلاف (القضية محسومة)</translation>
    </message>
    <message>
      <source>Disposal authorised, not yet carried out</source>
      <translation>أُذن بالتصرف ولم يُنفَّذ بعد</translation>
    </message>
    <message>
      <source>Weight discrepancies to acknowledge</source>
      <translation>فروق أوزان بانتظار الإقرار</translation>
    </message>
    <message>
      <source>Missing or misplaced at an audit</source>
      <translation>مفقودة أو في غير مكانها عند الجرد</translation>
    </message>
    <message>
      <source>With an officer for more than {n} days</source>
      <translation>لدى ضابط منذ أكثر من {n} يوم</translation>
    </message>
    <message>
      <source>Held or stored with no label printed</source>
      <translation>في الحيازة أو المخزن دون ملصق مطبوع</translation>
    </message>
    <message>
      <source>Held by officers whose account is disabled (recover them)</source>
      <translation>في حيازة ضباط حساباتهم معطّلة (استردها)</translation>
    </message>
    <message>
      <source>Cases decided, with items to return or destroy</source>
      <translation>قضايا محسومة لها أحراز للرد أو الإتلاف</translation>
    </message>
    <message>
      <source>Record a case's outcome…</source>
      <translation>تسجيل ما انتهت إليه قضية…</translation>
    </message>
    <message>
      <source>Authorise the disposal of the selected case's items</source>
      <translation>الإذن بالتصرف في أحراز القضية المحددة</translation>
    </message>
    <message>
      <source>Recover items from an absent or disabled officer…</source>
      <translation>استرداد الأحراز من ضابط غائب أو معطّل…</translation>
    </message>
    <message>
      <source>Start page for: {role}</source>
      <translation>الصفحة الرئيسية لـ: {role}</translation>
    </message>
    <message>
      <source>Next: check it in to storage</source>
      <translation>التالي: إيداعه في المخزن</translation>
    </message>
    <message>
      <source>Next: hand it over to the evidence room</source>
      <translation>التالي: تسليمه إلى غرفة الأحراز</translation>
    </message>
    <message>
      <source>{item}: {step} · {description} ({status} since {since})</source>
      <translation>{item}: {step} · {description} ({status} منذ {since})</translation>
    </message>
    <message>
      <source>You hold {n} item(s).</source>
      <translation>عدد الأحراز في حيازتك: {n}.</translation>
    </message>
    <message>
      <source>You hold no items.</source>
      <translation>لا يوجد في حيازتك أي حرز.</translation>
    </message>
    <message>
      <source>{when}: intact</source>
      <translation>{when}: سليم</translation>
    </message>
    <message>
      <source>{when}: FAILED</source>
      <translation>{when}: فشل</translation>
    </message>
    <message>
      <source>never on this station</source>
      <translation>لم يحدث قط في هذا المركز</translation>
    </message>
    <message>
      <source>{when}, {n} entries</source>
      <translation>{when}، {n} قيد</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>لا شيء بعد</translation>
    </message>
    <message>
      <source>{when}, {location}</source>
      <translation>{when}، {location}</translation>
    </message>
    <message>
      <source>return to the owners</source>
      <translation>الرد إلى المالكين</translation>
    </message>
    <message>
      <source>destruction</source>
      <translation>الإتلاف</translation>
    </message>
    <message>
      <source>forfeiture to the state</source>
      <translation>المصادرة لصالح الدولة</translation>
    </message>
    <message>
      <source>Case {case}: {outcome} ({reference}); {n} item(s) for {disposition}</source>
      <translation>القضية {case}: {outcome} ({reference})؛ الأحراز المعنية بـ{disposition}: {n}</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Custody could not open its database. The details below are also in the log file.</source>
      <translation>تعذر على Custody فتح قاعدة بياناته. التفاصيل أدناه موجودة أيضًا في ملف السجل.</translation>
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
      <translation>لا تحمل محطة العمل هذه مفتاح توقيع المركز {code} ({path}). لم يُحفظ أي شيء. استعد ملف مفتاح المركز من نسخته الاحتياطية، أو اعمل على محطة العمل التي أُعدّت لهذا المركز. تنضم محطة العمل الجديدة على قاعدة بيانات مشتركة إليها أولًا كمركز قائم بذاته: custody station join (docs/DEPLOYMENT.md).</translation>
    </message>
    <message>
      <source>The station key file {path} cannot be used ({reason}). Nothing was saved. Restore the station's key file from its backup.</source>
      <translation>لا يمكن استخدام ملف مفتاح المركز {path} ({reason}). لم يُحفظ أي شيء. استعد ملف مفتاح المركز من نسخته الاحتياطية.</translation>
    </message>
    <message>
      <source>The station key file {path} does not hold the key the ledger registers for station {code} (it holds key {found}, the ledger's is {expected}). Nothing was saved. Restore the right key file from the station's backup.</source>
      <translation>ملف مفتاح المركز {path} لا يحتوي على المفتاح الذي يسجله السجل للمركز {code} (يحتوي على المفتاح {found}، ومفتاح السجل هو {expected}). لم يُحفظ أي شيء. استعد ملف المفتاح الصحيح من النسخة الاحتياطية للمركز.</translation>
    </message>
    <message>
      <source>The ledger registers no key for station {code}. Nothing was saved.</source>
      <translation>لا يسجل السجل أي مفتاح للمركز {code}. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
      <source>not a key file</source>
      <translation>ليس ملف مفتاح</translation>
    </message>
    <message>
      <source>not an Ed25519 key</source>
      <translation>ليس مفتاح Ed25519</translation>
    </message>
    <message>
      <source>Stations join a shared PostgreSQL database. This database is an SQLite file, which belongs to one workstation: set up a PostgreSQL server (docs/DEPLOYMENT.md) and join it instead.</source>
      <translation>تنضم المراكز إلى قاعدة بيانات PostgreSQL مشتركة. قاعدة البيانات هذه ملف SQLite يخص محطة عمل واحدة: أعدّ خادم PostgreSQL ‏(docs/DEPLOYMENT.md) وانضم إليه بدلًا من ذلك.</translation>
    </message>
    <message>
      <source>Station {code} already exists in this database. Choose another code for this workstation. Nothing was changed.</source>
      <translation>المركز {code} موجود بالفعل في قاعدة البيانات هذه. اختر رمزًا آخر لمحطة العمل هذه. لم يتغير أي شيء.</translation>
    </message>
    <message>
      <source>The ledger in this database was not set up by the station whose key you gave: its first station key is {anchor}. Check the key with the agency. Nothing was changed.</source>
      <translation>لم يُنشئ السجلَّ في قاعدة البيانات هذه المركزُ الذي أعطيت مفتاحه: أول مفتاح مركز فيه هو {anchor}. تحقق من المفتاح مع الجهة. لم يتغير أي شيء.</translation>
    </message>
    <message>
      <source>Give the verifier key of the database's first station (--trust), as the agency published it.</source>
      <translation>أدخل مفتاح التحقق الخاص بأول مركز في قاعدة البيانات (--trust)، كما نشرته الجهة.</translation>
    </message>
    <message>
      <source>This is not a station verifier key ({reason}). Copy it exactly as the agency published it (it looks like custody.local/DIL/DIL+1a2b3c4d+AbC...).</source>
      <translation>هذا ليس مفتاح تحقق خاصًا بمركز ({reason}). انسخه تمامًا كما نشرته الجهة (يبدو مثل custody.local/DIL/DIL+1a2b3c4d+AbC...).</translation>
    </message>
    <message>
      <source>Only an administrator may register a new station; {username} is not one. Nothing was changed.</source>
      <translation>لا يستطيع تسجيل مركز جديد إلا المسؤول؛ و{username} ليس مسؤولًا. لم يتغير أي شيء.</translation>
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <source>Station identifiers</source>
      <translation>معرّفات المركز</translation>
    </message>
    <message>
      <source>Short codes that make this station's items and ledger recognisable.</source>
      <translation>رموز قصيرة تجعل أحراز هذا المركز وسجله قابلة للتعرف عليها.</translation>
    </message>
    <message>
      <source>for example: DIL</source>
      <translation>مثلًا: DIL</translation>
    </message>
    <message>
      <source>Station code</source>
      <translation>رمز المركز</translation>
    </message>
    <message>
      <source>1 to 16 capital letters A-Z, digits or '-'.</source>
      <translation>من 1 إلى 16 حرفًا لاتينيًا كبيرًا A-Z أو رقمًا أو «-».</translation>
    </message>
    <message>
      <source>Item-id prefix</source>
      <translation>بادئة أرقام الأحراز</translation>
    </message>
    <message>
      <source>Starts every item barcode, for example UN-DIL gives UN-DIL-26-000123-7.</source>
      <translation>تبدأ بها كل الرموز الشريطية للأحراز؛ مثلًا UN-DIL تعطي UN-DIL-26-000123-7.</translation>
    </message>
    <message>
      <source>Ledger origin</source>
      <translation>أصل السجل</translation>
    </message>
    <message>
      <source>The name the ledger's checkpoints are signed under. Keep the suggestion unless your administrator gave you one.</source>
      <translation>الاسم الذي تُوقَّع به نقاط التحقق في السجل. احتفظ بالاقتراح ما لم يعطك المسؤول اسمًا.</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Registered as part of {parent}: {description}</source>
      <translation>سُجل جزءًا من {parent}: {description}</translation>
    </message>
    <message>
      <source>{field}: “{old}” → “{new}” ({reason}); approved by {approved_by}</source>
      <translation>{field}: «{old}» ← «{new}» ({reason})؛ وافق عليه {approved_by}</translation>
    </message>
    <message>
      <source>Split into {children}</source>
      <translation>جُزّئ إلى {children}</translation>
    </message>
    <message>
      <source>Sample taken: {children}</source>
      <translation>أُخذت عينة: {children}</translation>
    </message>
    <message>
      <source>{filename} ({media_type}, {size} bytes)</source>
      <translation>{filename} ({media_type}، {size} بايت)</translation>
    </message>
    <message>
      <source>lab number {number}</source>
      <translation>رقم المختبر {number}</translation>
    </message>
    <message>
      <source>received by {name} ({details})</source>
      <translation>استلمه {name} ({details})</translation>
    </message>
    <message>
      <source>received by {name}</source>
      <translation>استلمه {name}</translation>
    </message>
    <message>
      <source>released by {name} ({details})</source>
      <translation>سلّمه {name} ({details})</translation>
    </message>
    <message>
      <source>released by {name}</source>
      <translation>سلّمه {name}</translation>
    </message>
    <message>
      <source>{source} → {target} ({reason}; with {second})</source>
      <translation>{source} ← {target} ({reason}؛ بمشاركة {second})</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>Entry</source>
      <translation>القيد</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>التاريخ والوقت</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>By</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>وقّعه</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>Cannot read {path}: {reason}. Nothing was recorded.</source>
      <translation>تتعذر قراءة {path}: {reason}. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>The transfer package {sha} that brought item {item} is not stored at this station. Nothing was recorded.</source>
      <translation>حزمة التحويل {sha} التي جلبت الحرز {item} غير مخزنة في هذا المركز. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>The earlier history of the items, as proven by the stations they came from, does not verify: {reason}. Nothing was recorded.</source>
      <translation>التاريخ السابق للأحراز، كما تثبته المراكز التي جاءت منها، لا يجتاز التحقق: {reason}. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>The package was refused: {reason}. Nothing was recorded.</source>
      <translation>رُفضت الحزمة: {reason}. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>Item {item} is already in this station's custody ({status}); a package cannot bring it in again. Nothing was recorded.</source>
      <translation>الحرز {item} في عهدة هذا المركز بالفعل ({status})؛ لا يمكن لحزمة أن تدخله مرة أخرى. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>This package was made by this station itself; it is received by the other station.</source>
      <translation>أعدّ هذا المركز نفسه هذه الحزمة؛ والمركز الآخر هو من يستلمها.</translation>
    </message>
    <message>
      <source>Name the receiving agency or station.</source>
      <translation>اذكر الجهة أو المركز المستلم.</translation>
    </message>
    <message>
      <source>The photo or document {sha} of item {item} is named in the ledger but its bytes are not stored at this station, so the package would not prove it. Nothing was recorded.</source>
      <translation>الصورة أو المستند {sha} الخاص بالحرز {item} مذكور في السجل، لكن بياناته غير مخزنة في هذا المركز، لذا لن تثبته الحزمة. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>The package did not pass its own check ({reason}). Nothing was recorded.</source>
      <translation>لم تجتز الحزمة فحصها الذاتي ({reason}). لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>The package could not be written to {path} ({reason}). Nothing was recorded.</source>
      <translation>تعذرت كتابة الحزمة في {path} ({reason}). لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>This is not a station verifier key ({reason}). A verifier key looks like custody.local/LAB/LAB+1a2b3c4d+AQ…= and is printed on the other station's reports.</source>
      <translation>هذا ليس مفتاح تحقق خاصًا بمركز ({reason}). يبدو مفتاح التحقق مثل custody.local/LAB/LAB+1a2b3c4d+AQ…= وهو مطبوع على تقارير المركز الآخر.</translation>
    </message>
    <message>
      <source>This key is already trusted (added by {by} on {at}). Nothing was recorded.</source>
      <translation>هذا المفتاح موثوق بالفعل (أضافه {by} في {at}). لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>This key is not on the trust list. Nothing was recorded.</source>
      <translation>هذا المفتاح ليس في قائمة الثقة. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>This is this station's own key; it is always trusted. Nothing was recorded.</source>
      <translation>هذا هو مفتاح هذا المركز نفسه؛ وهو موثوق دائمًا. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>Name the agency or station this key belongs to.</source>
      <translation>اذكر الجهة أو المركز الذي يخصه هذا المفتاح.</translation>
    </message>
  </context>
  <context>
    <name>TwoSignatures</name>
    <message>
      <source>Second signer (supervisor or administrator)</source>
      <translation>الموقّع الثاني (مشرف أو مسؤول)</translation>
    </message>
    <message>
      <source>Their password</source>
      <translation>كلمة مروره</translation>
    </message>
    <message>
      <source>Resolve an audit finding</source>
      <translation>تسوية نتيجة جرد</translation>
    </message>
    <message>
      <source>{item} was {finding} at an audit. Say whether it was found or is written off; a second supervisor or an administrator signs too.</source>
      <translation>كان {item} {finding} عند الجرد. بيّن هل وُجد أم يُشطب؛ ويوقّع أيضًا مشرف ثانٍ أو مسؤول.</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>وُجد</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>شُطب</translation>
    </message>
    <message>
      <source>Where it was, or what was done to find it</source>
      <translation>أين كان، أو ما الذي فُعل للعثور عليه</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Found at</source>
      <translation>وُجد في</translation>
    </message>
    <message>
      <source>Recover items from an absent officer</source>
      <translation>استرداد الأحراز من ضابط غائب</translation>
    </message>
    <message>
      <source>The items checked below are taken into your custody without their holder's signature: say why; a second supervisor or an administrator signs too.</source>
      <translation>تنتقل الأحراز المؤشَّر عليها أدناه إلى عهدتك دون توقيع حائزها: اذكر السبب؛ ويوقّع أيضًا مشرف ثانٍ أو مسؤول.</translation>
    </message>
    <message>
      <source>Also items of officers whose account is still enabled (absent)</source>
      <translation>وكذلك أحراز الضباط الذين لا تزال حساباتهم مفعّلة (الغائبين)</translation>
    </message>
    <message>
      <source>e.g. the officer left the service on 30 November</source>
      <translation>مثلًا: ترك الضابط الخدمة في 30 نوفمبر</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>الأحراز</translation>
    </message>
    <message>
      <source>{item}, held by {holder}</source>
      <translation>{item}، في حيازة {holder}</translation>
    </message>
    <message>
      <source>Record a case's outcome</source>
      <translation>تسجيل ما انتهت إليه قضية</translation>
    </message>
    <message>
      <source>Return to the owners</source>
      <translation>الرد إلى المالكين</translation>
    </message>
    <message>
      <source>Destruction</source>
      <translation>الإتلاف</translation>
    </message>
    <message>
      <source>Forfeiture to the state</source>
      <translation>المصادرة لصالح الدولة</translation>
    </message>
    <message>
      <source>e.g. Judgment HC-2026-311 of 2 December 2026</source>
      <translation>مثلًا: الحكم HC-2026-311 بتاريخ 2 ديسمبر 2026</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>رقم القضية</translation>
    </message>
    <message>
      <source>What is done with the items</source>
      <translation>ما يُفعل بالأحراز</translation>
    </message>
    <message>
      <source>Judgment or decision</source>
      <translation>الحكم أو القرار</translation>
    </message>
  </context>
  <context>
    <name>Users</name>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>لا يمكنك تعطيل حسابك.</translation>
    </message>
    <message>
      <source>Choose at least one role.</source>
      <translation>اختر دورًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <source>This would leave no active administrator. Give another officer the Administrator role first.</source>
      <translation>لن يبقى أي مسؤول نشط. امنح دور المسؤول لضابط آخر أولًا.</translation>
    </message>
    <message>
      <source>Use 'Change my password' for your own account: a reset would revoke the key you are signed in with.</source>
      <translation>استخدم «تغيير كلمة مروري» لحسابك: فإعادة التعيين ستلغي المفتاح الذي سجّلت الدخول به.</translation>
    </message>
    <message>
      <source>A username is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.</source>
      <translation>يتكون اسم المستخدم من 2 إلى 32 حرفًا: أحرف لاتينية صغيرة وأرقام و«.» و«_» و«-»، ويبدأ بحرف.</translation>
    </message>
    <message>
      <source>A badge number is 1 to 24 characters: letters A-Z, digits and '-'.</source>
      <translation>يتكون الرقم الوظيفي من 1 إلى 24 حرفًا: أحرف A-Z وأرقام و«-».</translation>
    </message>
    <message>
      <source>A badge number cannot start with OFF- or LOC-: those are the codes Custody prints on badge cards and shelves.</source>
      <translation>لا يجوز أن يبدأ الرقم الوظيفي بـ OFF- أو LOC-: فهذه هي الرموز التي يطبعها Custody على البطاقات والرفوف.</translation>
    </message>
    <message>
      <source>The username {username} is already taken.</source>
      <translation>اسم المستخدم {username} مستخدم بالفعل.</translation>
    </message>
    <message>
      <source>Badge number {badge} already belongs to another officer.</source>
      <translation>الرقم الوظيفي {badge} يخص ضابطًا آخر بالفعل.</translation>
    </message>
    <message>
      <source>{username} has no badge number: a police role needs one. Give the badge number when you create the account, or create a new account.</source>
      <translation>ليس لـ {username} رقم وظيفي: الدور الشرطي يتطلب رقمًا. أدخل الرقم الوظيفي عند إنشاء الحساب، أو أنشئ حسابًا جديدًا.</translation>
    </message>
  </context>
  <context>
    <name>UsersAdmin</name>
    <message>
      <source>{low} to {high} characters, any script; common passwords are refused</source>
      <translation>من {low} إلى {high} حرفًا، بأي أبجدية؛ تُرفض كلمات المرور الشائعة</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The two passwords are not the same. Type the new password twice.</source>
      <translation>كلمتا المرور غير متطابقتين. اكتب كلمة المرور الجديدة مرتين.</translation>
    </message>
    <message>
      <source>New officer</source>
      <translation>ضابط جديد</translation>
    </message>
    <message>
      <source>The officer signs in with this username and password. Custody creates the officer's signing key from the password; tell the officer to change it at the first sign-in.</source>
      <translation>يسجّل الضابط الدخول باسم المستخدم وكلمة المرور هذين. ينشئ Custody مفتاح توقيع الضابط من كلمة المرور؛ اطلب من الضابط تغييرها عند أول تسجيل دخول.</translation>
    </message>
    <message>
      <source>Add officer</source>
      <translation>إضافة الضابط</translation>
    </message>
    <message>
      <source>Roles of {officer}</source>
      <translation>أدوار {officer}</translation>
    </message>
    <message>
      <source>Roles decide what the officer may do. The change is recorded in the ledger and applies from the officer's next sign-in.</source>
      <translation>تحدد الأدوار ما يجوز للضابط فعله. يُسجَّل التغيير في السجل ويسري من تسجيل الدخول التالي للضابط.</translation>
    </message>
    <message>
      <source>Save roles</source>
      <translation>حفظ الأدوار</translation>
    </message>
    <message>
      <source>Reset the password of {officer}</source>
      <translation>إعادة تعيين كلمة مرور {officer}</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>تغيير كلمة مروري</translation>
    </message>
    <message>
      <source>Your signing key stays the same; it is locked with the new password from now on.</source>
      <translation>يبقى مفتاح توقيعك كما هو؛ ويُقفل من الآن فصاعدًا بكلمة المرور الجديدة.</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>تغيير كلمة المرور</translation>
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>Username</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>الرقم الوظيفي</translation>
    </message>
    <message>
      <source>Badge card code</source>
      <translation>رمز البطاقة</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>الرتبة</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>الأدوار</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>نشط</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>معطّل</translation>
    </message>
    <message>
      <source>Locked until {time}</source>
      <translation>مقفل حتى {time}</translation>
    </message>
  </context>
  <context>
    <name>Values</name>
    <message>
      <source>This field is required.</source>
      <translation>هذا الحقل إلزامي.</translation>
    </message>
    <message>
      <source>Type a number, for example 12.5 (no spaces or thousands separators).</source>
      <translation>اكتب عددًا، مثلًا 12.5 (دون مسافات أو فواصل للآلاف).</translation>
    </message>
    <message>
      <source>'{text}' is ambiguous: is the comma a decimal point or a thousands separator? Type it without thousands separators, for example 1500 or 1.5.</source>
      <translation>«{text}» ملتبس: هل الفاصلة فاصلة عشرية أم فاصلة آلاف؟ اكتبه دون فواصل الآلاف، مثلًا 1500 أو 1.5.</translation>
    </message>
    <message>
      <source>The value cannot be negative.</source>
      <translation>لا يمكن أن تكون القيمة سالبة.</translation>
    </message>
    <message>
      <source>Unknown weight unit '{unit}': use mg, g or kg.</source>
      <translation>وحدة الوزن «{unit}» غير معروفة: استخدم mg أو g أو kg.</translation>
    </message>
    <message>
      <source>The weight is more than 10 tonnes; check the number and the unit.</source>
      <translation>الوزن يتجاوز 10 أطنان؛ تحقق من الرقم والوحدة.</translation>
    </message>
    <message>
      <source>Weights are recorded to the milligram: '{text}' has more decimals than that.</source>
      <translation>تُسجَّل الأوزان بدقة المليغرام: في «{text}» منازل عشرية أكثر من ذلك.</translation>
    </message>
    <message>
      <source>'{code}' is not a known currency code (use the 3-letter code, for example USD).</source>
      <translation>«{code}» ليس رمز عملة معروفًا (استخدم الرمز المكون من 3 أحرف، مثلًا SDG).</translation>
    </message>
    <message>
      <source>{currency} amounts have at most {places} decimals.</source>
      <translation>المبالغ بعملة {currency} لها {places} منازل عشرية على الأكثر.</translation>
    </message>
    <message>
      <source>The amount is too large; check the number.</source>
      <translation>المبلغ كبير جدًا؛ تحقق من الرقم.</translation>
    </message>
    <message>
      <source>Too long: at most {max} characters, this has {count}.</source>
      <translation>طويل جدًا: الحد الأقصى {max} حرفًا، وهذا يتكون من {count}.</translation>
    </message>
    <message>
      <source>The text contains an invisible control character ({char}); please re-type it.</source>
      <translation>يحتوي النص على حرف تحكم غير مرئي ({char})؛ يُرجى إعادة كتابته.</translation>
    </message>
    <message>
      <source>This field must be a single line.</source>
      <translation>يجب أن يكون هذا الحقل سطرًا واحدًا.</translation>
    </message>
    <message>
      <source>Type a whole number, 0 or more.</source>
      <translation>اكتب عددًا صحيحًا، صفرًا أو أكثر.</translation>
    </message>
    <message>
      <source>The number is too large (at most {max}).</source>
      <translation>الرقم كبير جدًا (الحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>Type the date as year-month-day, for example 2026-03-31.</source>
      <translation>اكتب التاريخ على شكل سنة-شهر-يوم، مثلًا 2026-03-31.</translation>
    </message>
    <message>
      <source>Type the date and time as year-month-day hours:minutes, for example 2026-03-31 14:05.</source>
      <translation>اكتب التاريخ والوقت على شكل سنة-شهر-يوم ساعات:دقائق، مثلًا 2026-03-31 14:05.</translation>
    </message>
    <message>
      <source>Answer yes or no.</source>
      <translation>أجب بنعم أو لا (yes / no).</translation>
    </message>
    <message>
      <source>Type the position as latitude, longitude in degrees, for example 6.9271, 79.8612.</source>
      <translation>اكتب الموقع على شكل خط العرض، خط الطول بالدرجات، مثلًا 15.5007, 32.5599.</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90 and longitude between -180 and 180.</source>
      <translation>يجب أن يكون خط العرض بين ‎-90 و90 وخط الطول بين ‎-180 و180.</translation>
    </message>
    <message>
      <source>At most {places} decimals.</source>
      <translation>{places} منازل عشرية على الأكثر.</translation>
    </message>
  </context>
  <context>
    <name>VerifierPage</name>
    <message>
      <source>Save the verifier for prosecutors</source>
      <translation>حفظ أداة التحقق للنيابة العامة</translation>
    </message>
    <message>
      <source>Web pages (*.html)</source>
      <translation>صفحات ويب (*.html)</translation>
    </message>
    <message>
      <source>Saved {path}.

Give this file to prosecutors with the reports. They open it in any web browser (nothing to install, no internet needed), drop the report PDF on it and type the station key printed on the report.

SHA-256 of the page, to publish with the station key: {sha256}</source>
      <translation>حُفظ {path}.

سلّم هذا الملف إلى النيابة العامة مع التقارير. يُفتح في أي متصفح ويب (لا شيء للتثبيت ولا حاجة إلى الإنترنت)؛ يُفلت عليه ملف PDF للتقرير ويُكتب مفتاح المركز المطبوع على التقرير.

بصمة SHA-256 للصفحة، لتُنشر مع مفتاح المركز: {sha256}</translation>
    </message>
    <message>
      <source>Verifier for prosecutors</source>
      <translation>أداة التحقق للنيابة العامة</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to Custody</source>
      <translation>مرحبًا بك في Custody</translation>
    </message>
    <message>
      <source>This workstation's database is empty. Let us set up your station.</source>
      <translation>قاعدة بيانات محطة العمل هذه فارغة. لنُعدّ مركزك.</translation>
    </message>
    <message>
      <source>Language of this station</source>
      <translation>لغة هذا المركز</translation>
    </message>
    <message>
      <source>Custody speaks this language at sign-in and writes reports and labels in it. Each officer can choose another language when signing in.</source>
      <translation>يستخدم Custody هذه اللغة عند تسجيل الدخول ويكتب بها التقارير والملصقات. ويستطيع كل ضابط اختيار لغة أخرى عند تسجيل الدخول.</translation>
    </message>
    <message>
      <source>In three short steps you will name your agency and evidence room, choose the station's identifiers, and create the first administrator account.</source>
      <translation>في ثلاث خطوات قصيرة ستسمّي جهتك وغرفة الأحراز، وتختار معرّفات المركز، وتنشئ حساب المسؤول الأول.</translation>
    </message>
    <message>
      <source>Custody has no default accounts and no default passwords: the administrator you create here is the only way in.</source>
      <translation>ليس في Custody حسابات أو كلمات مرور افتراضية: المسؤول الذي تنشئه هنا هو المدخل الوحيد.</translation>
    </message>
    <message>
      <source>Nothing is saved until you press Set up at the end and every field is valid.</source>
      <translation>لا يُحفظ أي شيء حتى تضغط «إعداد» في النهاية وتكون كل الحقول صحيحة.</translation>
    </message>
  </context>
  <context>
    <name>dlg</name>
    <message>
      <source>Your password has been changed.</source>
      <translation>تم تغيير كلمة مرورك.</translation>
    </message>
  </context>
</TS>
