# Тексти кроків чек-листа (Польща, Варшава). Зразок: locales/en/checklist-content.ftl.

## Sections

checklist-section-legal-status = Ваше легальне перебування
checklist-section-documents = Адреса і документи
checklist-section-money-health = Гроші і здоров'я
checklist-section-work-learning = Робота, школа і мова
checklist-section-support = Допомога і підтримка

## Step: residence-permit

checklist-step-residence-permit-title = Подайте заяву на дозвіл на тимчасове перебування
checklist-step-residence-permit-what = Після гуманітарної візи можна отримати дозвіл на тимчасове перебування (zezwolenie na pobyt czasowy). Він для громадян Білорусі, які перебували в Польщі за цією візою. Заяву подають воєводі (wojewoda) за місцем проживання. Дозвіл дають на 3 роки. Подання безоплатне.
checklist-step-residence-permit-why = Подати заяву треба не пізніше останнього дня легального перебування, зазвичай це день, коли закінчується віза. Якщо ви подали вчасно, ваше перебування легальне до остаточного рішення. Якщо запізнитися, можливо, доведеться виїхати. Подайте заздалегідь, щоб встигнути виправити помилки. Поїздка до Білорусі може поставити дозвіл під загрозу: перед будь-якою поїздкою запитайте юриста.
checklist-step-residence-permit-where = У Варшаві: Мазовецьке воєводське управління (Mazowiecki Urząd Wojewódzki). З 27 квітня 2026 року більшість заяв про перебування подають лише онлайн, у системі MOS (mos.cudzoziemcy.gov.pl). Їх підписують через Profil Zaufany або електронним підписом. Уточніть у воєводському управлінні, чи цей дозвіл подається через MOS.
checklist-step-residence-permit-bring = Паспорт з гуманітарною візою. Для підпису в MOS потрібен Profil Zaufany. Актуальний список документів уточніть в управлінні або в організації, яка надає юридичну допомогу.

## Step: protection-report

checklist-step-protection-report-title = Прибудьте до центру прийому протягом 2 днів
checklist-step-protection-report-what = Після заяви про міжнародний захист (притулок) прибудьте до центру прийому (ośrodek recepcyjny) протягом 2 днів. Для першої заяви це центр у Бяла-Підляській (Biała Podlaska).
checklist-step-protection-report-why = Якщо не прибути протягом 2 днів, вашу справу закриють (провадження припинять).
checklist-step-protection-report-where = Центр прийому в Бяла-Підляській. Ним керує Управління у справах іноземців (Urząd do Spraw Cudzoziemców, UdSC). Адресу вам скаже Прикордонна служба (Straż Graniczna), коли ви подаєте заяву.
checklist-step-protection-report-bring = Тимчасове посвідчення особи іноземця (TZTC). Його видає Прикордонна служба, а паспорт залишає в себе. Приходьте з членами сім'ї, які вказані в заяві.

## Step: protection-work

checklist-step-protection-work-title = Робота через 6 місяців без рішення
checklist-step-protection-work-what = Рішення щодо притулку мають ухвалити протягом 6 місяців. Строк можуть продовжити до 15 місяців. Якщо через 6 місяців рішення немає і це не ваша провина, попросіть в Управлінні у справах іноземців довідку (zaświadczenie).
checklist-step-protection-work-why = Ця довідка разом із TZTC дозволяє легально працювати до остаточного рішення.
checklist-step-protection-work-where = Управління у справах іноземців (Urząd do Spraw Cudzoziemców), ul. Taborowa 33, Варшава.
checklist-step-protection-work-bring = TZTC і дату подання заяви. Спочатку попросіть організацію, яка надає юридичну допомогу, перевірити вашу справу.

## Step: address-registration

checklist-step-address-registration-title = Зареєструйте адресу (zameldowanie)
checklist-step-address-registration-what = Якщо ви живете за однією адресою понад 30 днів, зареєструйтеся в гміні (urząd gminy). Це називається zameldowanie. Зробіть це не пізніше 4-го дня після приїзду на цю адресу.
checklist-step-address-registration-why = Цього вимагає закон. Під час реєстрації зазвичай одразу дають і номер PESEL. Його вимагають багато установ і служб.
checklist-step-address-registration-where = Гміна (urząd gminy). У Варшаві: управління вашого району (urząd dzielnicy).
checklist-step-address-registration-bring = Паспорт або інший документ, що посвідчує особу, і віза або дозвіл. Можуть попросити документ про житло (наприклад, договір оренди): уточніть в управлінні.

## Step: pesel

checklist-step-pesel-title = Отримайте номер PESEL
checklist-step-pesel-what = PESEL — ваш особистий номер у Польщі. Його дають під час реєстрації адреси більш ніж на 30 днів. Без реєстрації його можна попросити в гміні. Треба сказати, навіщо він вам (правова підстава). Це безоплатно.
checklist-step-pesel-why = PESEL потрібен для Profil Zaufany, для багатьох онлайн-послуг, а часто й у банку, у лікаря і на роботі.
checklist-step-pesel-where = Будь-яка гміна (urząd gminy). У Варшаві: районне управління (urząd dzielnicy).
checklist-step-pesel-bring = Паспорт або інший документ, що посвідчує особу, і папір, який показує, навіщо вам PESEL (наприклад, трудовий договір або лист з установи).

## Step: profil-zaufany

checklist-step-profil-zaufany-title = Створіть Profil Zaufany
checklist-step-profil-zaufany-what = Profil Zaufany («довірений профіль») — безоплатне онлайн-посвідчення для державних послуг Польщі. Ним можна підписувати заяви. Спочатку потрібен PESEL. Профіль діє 3 роки.
checklist-step-profil-zaufany-why = Багато заяв подають лише онлайн. Заяви про перебування в системі MOS підписують через Profil Zaufany. Порядок такий: PESEL, потім Profil Zaufany, потім заява до кінця легального перебування.
checklist-step-profil-zaufany-where = Створіть його онлайн і підтвердьте через інтернет-банк або особисто в пункті підтвердження. Як це зробити, пояснює офіційне джерело нижче.
checklist-step-profil-zaufany-bring = Номер PESEL, документ, що посвідчує особу, адреса електронної пошти і польський номер телефону.

## Step: bank-account

checklist-step-bank-account-title = Відкрийте рахунок у банку
checklist-step-bank-account-what = Відкрийте рахунок у польському банку. Він потрібен для зарплати, оренди та онлайн-послуг.
checklist-step-bank-account-why = Деякі банки відмовляли білорусам у рахунку або блокували мобільний банк. Про такі випадки повідомляли у 2025–2026 роках. Якщо банк відмовив, спробуйте інший банк і попросіть допомоги в організації підтримки.
checklist-step-bank-account-where = Відділення банку. Запитайте знайомих або організацію підтримки, які банки зараз відкривають рахунки білорусам.
checklist-step-bank-account-bring = Паспорт, віза або дозвіл, PESEL (якщо є) і ваша адреса в Польщі.

## Step: health-insurance

checklist-step-health-insurance-title = Оформіть медичне страхування (NFZ)
checklist-step-health-insurance-what = Якщо ви працюєте за договором, роботодавець має зареєструвати вас у ZUS (Zakład Ubezpieczeń Społecznych, соціальне страхування) протягом 7 днів. Так у вас з'являється страхування NFZ (Narodowy Fundusz Zdrowia, державний фонд здоров'я). Без роботи можна платити за добровільне страхування NFZ.
checklist-step-health-insurance-why = Зі страхуванням NFZ державні лікарі й лікарні для вас безоплатні. Заявники на міжнародний захист отримують медичну допомогу як застраховані поляки.
checklist-step-health-insurance-where = Попросіть роботодавця підтвердити реєстрацію в ZUS. Для добровільного страхування: відділення NFZ вашого воєводства.
checklist-step-health-insurance-bring = Паспорт, віза або дозвіл і PESEL (якщо є). Уточніть у NFZ, які документи потрібні.

## Step: work

checklist-step-work-title = Почніть працювати легально
checklist-step-work-what = З гуманітарною візою можна працювати без дозволу на роботу. Так само і з дозволом на тимчасове перебування для білорусів. В інших випадках роботодавець може подати заяву про доручення роботи (oświadczenie o powierzeniu wykonywania pracy) для громадян Білорусі, на строк до 24 місяців.
checklist-step-work-why = Робота без потрібних документів може коштувати вам права на перебування. З 1 червня 2025 року новий закон вимагає письмового договору. Деякі деталі нового закону не підтверджені: уточніть у бюро праці або в організації, яка надає юридичну допомогу.
checklist-step-work-where = Роботодавець подає заяву онлайн. На питання відповідає повітове бюро праці (powiatowy urząd pracy).
checklist-step-work-bring = Паспорт з візою або дозволом. Завжди беріть письмовий договір і зберігайте його копію.

## Step: school

checklist-step-school-title = Запишіть дітей до школи або дитячого садка
checklist-step-school-what = Навчання обов'язкове від 7 до 18 років. Це не залежить від вашого статусу. Державні школи безоплатні. Діти 6 років проходять рік дошкільної підготовки. Діти з-за кордону отримують додаткові безоплатні уроки польської.
checklist-step-school-why = Школа допомагає дітям вивчити польську, знайти друзів і знову відчути себе в безпеці. За відомими нам правилами додаткових уроків польської не менше 2 на тиждень: уточніть чинні правила в школі.
checklist-step-school-where = Державна школа або дитячий садок біля дому. Якщо не знаєте, які, запитайте в районному управлінні (urząd dzielnicy).
checklist-step-school-bring = Паспорт або свідоцтво про народження дитини, ваша адреса в Польщі і старі шкільні табелі, якщо є (переклад допоможе).

## Step: polish-course

checklist-step-polish-course-title = Запишіться на безоплатний курс польської
checklist-step-polish-course-what = Знайдіть безоплатний курс польської мови. Їх проводять громадські організації, наприклад Fundacja Ocalenie у Варшаві.
checklist-step-polish-course-why = Польська допомагає в установах, на роботі, у лікаря і з сусідами. Навіть трохи дуже допомагає.
checklist-step-polish-course-where = Fundacja Ocalenie у Варшаві, або запитайте свою організацію підтримки про курси поруч із вами.
checklist-step-polish-course-bring = Зазвичай нічого. На деякі курси треба спочатку записатися.

## Step: psychological-support

checklist-step-psychological-support-title = Отримайте психологічну допомогу
checklist-step-psychological-support-what = Раптовий переїзд — це важко. Стрес, поганий сон і страх — нормальна реакція. Ви можете поговорити з психологом. Деякі організації допомагають білоруською і російською, наприклад фонд Humanosh і мережа Partyzanka.
checklist-step-psychological-support-why = Рання допомога полегшує все інше. Просити про допомогу — це не слабкість.
checklist-step-psychological-support-where = Запитайте організацію, яка веде цей сайт, або білоруську організацію підтримки. Якщо ви зараз у небезпеці, телефонуйте 112.

## Step: support-organisations

checklist-step-support-organisations-title = Знайдіть організації підтримки
checklist-step-support-organisations-what = Організації допомагають білорусам у Польщі з юридичними питаннями, житлом, школою, роботою і документами. Наприклад: Центр білоруської солідарності у Варшаві, фонд Humanosh, мережа Partyzanka, BySol (Belarus Solidarity Foundation), Dissidentby і Politzek.me.
checklist-step-support-organisations-why = Вони знають установи і правила і можуть піти з вами. Деякі дають сім'ї наставника приблизно на місяць.
checklist-step-support-organisations-where = Почніть з організації, яка веде цей сайт: її контакти на головному екрані. Контакти інших організацій перевіряйте на їхніх офіційних сторінках.
checklist-step-support-organisations-bring = Ваші документи і короткий список того, що вам найбільше потрібно.
