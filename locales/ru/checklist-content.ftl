# Тексты шагов чек-листа (Польша, Варшава). Образец: locales/en/checklist-content.ftl.

## Sections

checklist-section-legal-status = Ваше легальное пребывание
checklist-section-documents = Адрес и документы
checklist-section-money-health = Деньги и здоровье
checklist-section-work-learning = Работа, школа и язык
checklist-section-support = Помощь и поддержка

## Step: residence-permit

checklist-step-residence-permit-title = Подайте заявление на разрешение на временное пребывание
checklist-step-residence-permit-what = После гуманитарной визы можно получить разрешение на временное пребывание (zezwolenie na pobyt czasowy). Оно для граждан Беларуси, которые находились в Польше по этой визе. Заявление подают воеводе (wojewoda) по месту жительства. Разрешение дают на 3 года. Подача бесплатная.
checklist-step-residence-permit-why = Подать заявление нужно не позже последнего дня легального пребывания, обычно это день окончания визы. Если вы подали вовремя, ваше пребывание легально до окончательного решения. Если опоздать, возможно, придётся уехать. Подайте заранее, чтобы успеть исправить ошибки. Поездка в Беларусь может поставить разрешение под угрозу: перед любой поездкой спросите юриста.
checklist-step-residence-permit-where = В Варшаве: Мазовецкое воеводское управление (Mazowiecki Urząd Wojewódzki). С 27 апреля 2026 года большинство заявлений о пребывании подают только онлайн, в системе MOS (mos.cudzoziemcy.gov.pl). Подписывают их через Profil Zaufany или электронной подписью. Уточните в воеводском управлении, подаётся ли это разрешение через MOS.
checklist-step-residence-permit-bring = Паспорт с гуманитарной визой. Для подписи в MOS нужен Profil Zaufany. Актуальный список документов уточните в управлении или в организации, которая даёт юридическую помощь.

## Step: protection-report

checklist-step-protection-report-title = Явитесь в центр приёма в течение 2 дней
checklist-step-protection-report-what = После заявления о международной защите (убежище) явитесь в центр приёма (ośrodek recepcyjny) в течение 2 дней. При первом заявлении это центр в Бяла-Подляске (Biała Podlaska).
checklist-step-protection-report-why = Если не явиться в течение 2 дней, ваше дело закроют (производство прекратят).
checklist-step-protection-report-where = Центр приёма в Бяла-Подляске. Им управляет Управление по делам иностранцев (Urząd do Spraw Cudzoziemców, UdSC). Адрес вам скажет Пограничная служба (Straż Graniczna) при подаче заявления.
checklist-step-protection-report-bring = Временное удостоверение личности иностранца (TZTC). Его выдаёт Пограничная служба, а паспорт оставляет у себя. Приходите с членами семьи, которые указаны в заявлении.

## Step: protection-work

checklist-step-protection-work-title = Работа через 6 месяцев без решения
checklist-step-protection-work-what = Решение по убежищу должны принять в течение 6 месяцев. Срок могут продлить до 15 месяцев. Если через 6 месяцев решения нет и это не ваша вина, попросите в Управлении по делам иностранцев справку (zaświadczenie).
checklist-step-protection-work-why = Эта справка вместе с TZTC позволяет легально работать до окончательного решения.
checklist-step-protection-work-where = Управление по делам иностранцев (Urząd do Spraw Cudzoziemców), ul. Taborowa 33, Варшава.
checklist-step-protection-work-bring = TZTC и дату подачи заявления. Сначала попросите организацию, которая даёт юридическую помощь, проверить ваше дело.

## Step: address-registration

checklist-step-address-registration-title = Зарегистрируйте адрес (zameldowanie)
checklist-step-address-registration-what = Если вы живёте по одному адресу больше 30 дней, зарегистрируйтесь в гмине (urząd gminy). Это называется zameldowanie. Сделайте это не позже 4-го дня после приезда на этот адрес.
checklist-step-address-registration-why = Этого требует закон. При регистрации обычно сразу дают и номер PESEL. Его требуют многие учреждения и службы.
checklist-step-address-registration-where = Гмина (urząd gminy). В Варшаве: управление вашего района (urząd dzielnicy).
checklist-step-address-registration-bring = Паспорт или другой документ, удостоверяющий личность, и виза или разрешение. Могут попросить документ о жилье (например, договор аренды): уточните в управлении.

## Step: pesel

checklist-step-pesel-title = Получите номер PESEL
checklist-step-pesel-what = PESEL — ваш личный номер в Польше. Его дают при регистрации адреса больше чем на 30 дней. Без регистрации его можно попросить в гмине. Нужно сказать, зачем он вам (правовое основание). Это бесплатно.
checklist-step-pesel-why = PESEL нужен для Profil Zaufany, для многих онлайн-услуг, а часто и в банке, у врача и на работе.
checklist-step-pesel-where = Любая гмина (urząd gminy). В Варшаве: районное управление (urząd dzielnicy).
checklist-step-pesel-bring = Паспорт или другой документ, удостоверяющий личность, и бумагу, которая показывает, зачем вам PESEL (например, трудовой договор или письмо из учреждения).

## Step: profil-zaufany

checklist-step-profil-zaufany-title = Создайте Profil Zaufany
checklist-step-profil-zaufany-what = Profil Zaufany («доверенный профиль») — бесплатное онлайн-удостоверение для государственных услуг Польши. Им можно подписывать заявления. Сначала нужен PESEL. Профиль действует 3 года.
checklist-step-profil-zaufany-why = Многие заявления подают только онлайн. Заявления о пребывании в системе MOS подписывают через Profil Zaufany. Порядок такой: PESEL, потом Profil Zaufany, потом заявление до конца легального пребывания.
checklist-step-profil-zaufany-where = Создайте его онлайн и подтвердите через интернет-банк или лично в пункте подтверждения. Как это сделать, объясняет официальный источник ниже.
checklist-step-profil-zaufany-bring = Номер PESEL, документ, удостоверяющий личность, адрес электронной почты и польский номер телефона.

## Step: bank-account

checklist-step-bank-account-title = Откройте счёт в банке
checklist-step-bank-account-what = Откройте счёт в польском банке. Он нужен для зарплаты, аренды и онлайн-услуг.
checklist-step-bank-account-why = Некоторые банки отказывали белорусам в счёте или блокировали мобильный банк. О таких случаях сообщали в 2025–2026 годах. Если банк отказал, попробуйте другой банк и попросите помощи у организации поддержки.
checklist-step-bank-account-where = Отделение банка. Спросите знакомых или организацию поддержки, какие банки сейчас открывают счета белорусам.
checklist-step-bank-account-bring = Паспорт, виза или разрешение, PESEL (если есть) и ваш адрес в Польше.

## Step: health-insurance

checklist-step-health-insurance-title = Оформите медицинскую страховку (NFZ)
checklist-step-health-insurance-what = Если вы работаете по договору, работодатель должен зарегистрировать вас в ZUS (Zakład Ubezpieczeń Społecznych, социальное страхование) в течение 7 дней. Так у вас появляется страховка NFZ (Narodowy Fundusz Zdrowia, государственный фонд здоровья). Без работы можно платить за добровольную страховку NFZ.
checklist-step-health-insurance-why = Со страховкой NFZ государственные врачи и больницы для вас бесплатны. Заявители на международную защиту получают медицинскую помощь как застрахованные поляки.
checklist-step-health-insurance-where = Попросите работодателя подтвердить регистрацию в ZUS. Для добровольной страховки: отделение NFZ вашего воеводства.
checklist-step-health-insurance-bring = Паспорт, виза или разрешение и PESEL (если есть). Уточните в NFZ, какие документы нужны.

## Step: work

checklist-step-work-title = Начните работать легально
checklist-step-work-what = С гуманитарной визой можно работать без разрешения на работу. Так же и с разрешением на временное пребывание для белорусов. В других случаях работодатель может подать заявление о поручении работы (oświadczenie o powierzeniu wykonywania pracy) для граждан Беларуси, на срок до 24 месяцев.
checklist-step-work-why = Работа без нужных документов может стоить вам права на пребывание. С 1 июня 2025 года новый закон требует письменного договора. Некоторые детали нового закона не подтверждены: уточните в бюро труда или в организации, которая даёт юридическую помощь.
checklist-step-work-where = Работодатель подаёт заявление онлайн. На вопросы отвечает повятовое бюро труда (powiatowy urząd pracy).
checklist-step-work-bring = Паспорт с визой или разрешением. Всегда берите письменный договор и храните его копию.

## Step: school

checklist-step-school-title = Запишите детей в школу или детский сад
checklist-step-school-what = Учёба обязательна с 7 до 18 лет. Это не зависит от вашего статуса. Государственные школы бесплатны. Дети 6 лет проходят год дошкольной подготовки. Дети из-за границы получают дополнительные бесплатные уроки польского.
checklist-step-school-why = Школа помогает детям выучить польский, найти друзей и снова почувствовать себя в безопасности. По известным нам правилам дополнительных уроков польского не меньше 2 в неделю: уточните действующие правила в школе.
checklist-step-school-where = Государственная школа или детский сад рядом с домом. Если не знаете, какие, спросите в районном управлении (urząd dzielnicy).
checklist-step-school-bring = Паспорт или свидетельство о рождении ребёнка, ваш адрес в Польше и старые школьные табели, если есть (перевод поможет).

## Step: polish-course

checklist-step-polish-course-title = Запишитесь на бесплатный курс польского
checklist-step-polish-course-what = Найдите бесплатный курс польского языка. Их проводят общественные организации, например Fundacja Ocalenie в Варшаве.
checklist-step-polish-course-why = Польский помогает в учреждениях, на работе, у врача и с соседями. Даже немного очень помогает.
checklist-step-polish-course-where = Fundacja Ocalenie в Варшаве или спросите свою организацию поддержки о курсах рядом с вами.
checklist-step-polish-course-bring = Обычно ничего. На некоторые курсы нужно сначала записаться.

## Step: psychological-support

checklist-step-psychological-support-title = Получите психологическую помощь
checklist-step-psychological-support-what = Внезапный переезд — это тяжело. Стресс, плохой сон и страх — нормальная реакция. Вы можете поговорить с психологом. Некоторые организации помогают на белорусском и русском, например фонд Humanosh и сеть Partyzanka.
checklist-step-psychological-support-why = Ранняя помощь облегчает всё остальное. Просить о помощи — это не слабость.
checklist-step-psychological-support-where = Спросите организацию, которая ведёт этот сайт, или белорусскую организацию поддержки. Если вы сейчас в опасности, звоните 112.

## Step: support-organisations

checklist-step-support-organisations-title = Найдите организации поддержки
checklist-step-support-organisations-what = Организации помогают белорусам в Польше с юридическими вопросами, жильём, школой, работой и документами. Например: Центр белорусской солидарности в Варшаве, фонд Humanosh, сеть Partyzanka, BySol (Belarus Solidarity Foundation), Dissidentby и Politzek.me.
checklist-step-support-organisations-why = Они знают учреждения и правила и могут пойти с вами. Некоторые дают семье наставника примерно на месяц.
checklist-step-support-organisations-where = Начните с организации, которая ведёт этот сайт: её контакты на главном экране. Контакты других организаций проверяйте на их официальных страницах.
checklist-step-support-organisations-bring = Ваши документы и короткий список того, что вам нужнее всего.
