# Анкета: заголовки, питання, підказки й варіанти відповідей.
# Коментарі до повідомлень: locales/en/intake-content.ftl. Звертання: «ви»;
# організація говорить про себе «ми».

## Згода

intake-section-consent = Ваша згода
intake-section-consent-intro = Перш ніж почати, виберіть, що ми можемо робити з вашими відповідями. Кожна позначка — окремий вибір. Згодом ви можете передумати.
intake-q-consent-processing = Чи може ця організація використовувати ваші відповіді, щоб допомогти вам?
intake-q-consent-processing-hint = Їх прочитають лише працівники й волонтери організації. Без цієї згоди ми не зможемо допомогти вам через цю анкету.
intake-q-consent-share-partners = Чи можемо ми передати ваші відповіді партнерським організаціям, якщо вони можуть допомогти вам краще?
intake-q-consent-share-partners-hint = Наприклад, юридичній клініці або житловому проєкту. Якщо ви відповісте «ні», ваші відповіді залишаться лише в нас.
intake-q-consent-sensitive = Чи можемо ми також запитати про ваше здоров’я та про насильство, яке вам довелося пережити?
intake-q-consent-sensitive-hint = Ці питання необов’язкові. Відповіді потрібні нам лише для того, щоб знайти відповідну допомогу. Якщо ви відповісте «ні», ми їх не ставитимемо.

## Контакти

intake-section-contact = Як з вами зв’язатися?
intake-section-contact-intro = Ми зв’яжемося з вами лише тим способом, який ви тут виберете.
intake-q-name = Як до вас звертатися?
intake-q-name-hint = Ваше ім’я або будь-яке інше, яке вам до вподоби. Воно не мусить бути повним чи справжнім.
intake-q-contact-channel = Як нам з вами зв’язатися?
intake-opt-contact-channel-phone = Дзвінок або SMS
intake-opt-contact-channel-signal = Signal
intake-opt-contact-channel-telegram = Telegram
intake-opt-contact-channel-whatsapp = WhatsApp
intake-opt-contact-channel-email = Електронна пошта
intake-q-contact-phone = Ваш номер телефону
intake-q-contact-phone-hint = З кодом країни, наприклад +48 123 456 789.
intake-q-contact-telegram = Ваше ім’я користувача в Telegram або номер телефону
intake-q-contact-telegram-hint = Наприклад, @name. Перевірте, чи можуть вам писати люди, яких немає серед ваших контактів.
intake-q-contact-email = Ваша адреса електронної пошти
intake-q-safe-times = Коли з вами безпечно зв’язуватися?
intake-q-safe-times-hint = Виберіть усе, що підходить.
intake-opt-safe-times-morning = Уранці (8–12)
intake-opt-safe-times-afternoon = Удень (12–17)
intake-opt-safe-times-evening = Увечері (17–21)
intake-opt-safe-times-weekend = У вихідні
intake-opt-safe-times-any-time = Будь-коли
intake-q-leave-message = Якщо ви не відповісте, чи можна залишити повідомлення?
intake-q-leave-message-hint = Відповідайте «ні», якщо хтось інший може побачити чи почути ваші повідомлення.
intake-q-languages = Якими мовами ми можемо з вами говорити?
intake-opt-languages-belarusian = Білоруська
intake-opt-languages-russian = Російська
intake-opt-languages-ukrainian = Українська
intake-opt-languages-polish = Польська
intake-opt-languages-english = Англійська
intake-opt-languages-other = Інша мова
intake-q-helper-gender = Вам зручніше говорити з жінкою чи з чоловіком?
intake-opt-helper-gender-no-preference = Не має значення
intake-opt-helper-gender-woman = З жінкою
intake-opt-helper-gender-man = З чоловіком

## Місце

intake-section-location = Де ви зараз?
intake-q-city = У якому місті ви зараз перебуваєте?
intake-opt-city-warsaw = Варшава
intake-opt-city-krakow = Краків
intake-opt-city-wroclaw = Вроцлав
intake-opt-city-gdansk = Гданськ
intake-opt-city-lodz = Лодзь
intake-opt-city-poznan = Познань
intake-opt-city-lublin = Люблін
intake-opt-city-bialystok = Білосток
intake-opt-city-other = Інше місце в Польщі
intake-opt-city-not-in-poland = Я ще не в Польщі
intake-q-city-other = Яке саме місце?
intake-q-arrival-plan = Коли ви плануєте приїхати до Польщі?
intake-q-arrival-plan-hint = Якщо для приїзду вам потрібна віза, далі в анкеті виберіть також юридичну допомогу й «Гуманітарна віза».
intake-opt-arrival-plan-within-2-weeks = Протягом 2 тижнів
intake-opt-arrival-plan-within-3-months = Протягом 3 місяців
intake-opt-arrival-plan-later = Пізніше
intake-opt-arrival-plan-not-sure = Поки не знаю
intake-q-arrival-date = Коли ви приїхали до Польщі?
intake-q-arrival-date-hint = Можна вказати приблизну дату.

## Правовий статус

intake-section-status = Ваші документи
intake-section-status-intro = Ми не питаємо номерів паспорта чи інших документів. Нам треба знати лише, на якій підставі ви перебуваєте в Польщі.
intake-q-legal-status = На якій підставі ви зараз перебуваєте в Польщі?
intake-opt-legal-status-humanitarian-visa = Гуманітарна віза (національна віза D)
intake-opt-legal-status-other-visa = Інша віза (робота, навчання тощо)
intake-opt-legal-status-visa-free = Безвізове перебування
intake-opt-legal-status-residence-application-pending = Заяву на дозвіл на перебування подано, рішення ще немає (штамп або довідка з MOS)
intake-opt-legal-status-temporary-residence = Дозвіл на тимчасове перебування (karta pobytu)
intake-opt-legal-status-asylum-applicant = Заяву про міжнародний захист (притулок) подано
intake-opt-legal-status-international-protection = У мене статус біженця або додатковий захист
intake-opt-legal-status-temporary-protection = Тимчасовий захист для людей з України (PESEL UKR)
intake-opt-legal-status-no-document = Зараз у мене немає чинного документа
intake-opt-legal-status-not-sure = Не знаю
intake-q-document-expiry = До якого дня чинний цей документ або дозволене перебування?
intake-q-document-expiry-hint = Останній день легального перебування. Заяву на наступний документ треба подати до цього дня.
intake-q-travel-document-valid = Ваш паспорт (або інший проїзний документ) ще чинний?
intake-q-travel-document-valid-hint = Номера не пишіть. Консульства Білорусі за кордоном не продовжують паспортів, тому краще подбати про це заздалегідь.
intake-opt-travel-document-valid-valid = Так, понад 6 місяців
intake-opt-travel-document-valid-ends-within-6-months = Закінчується протягом 6 місяців
intake-opt-travel-document-valid-expired-or-none = Уже не чинний або його немає
intake-opt-travel-document-valid-not-sure = Не знаю
intake-q-karta-polaka = Чи маєте ви Karta Polaka (Карту поляка) або польське коріння?
intake-opt-karta-polaka-karta-polaka = Маю Karta Polaka
intake-opt-karta-polaka-polish-origin = Маю польське коріння, але Karta Polaka немає
intake-opt-karta-polaka-neither = Ні
intake-opt-karta-polaka-not-sure = Не знаю
intake-q-pesel = Чи є у вас номер PESEL?
intake-opt-pesel-have = Так
intake-opt-pesel-applied = Заяву подано
intake-opt-pesel-not-yet = Ще ні
intake-opt-pesel-not-sure = Не знаю, що це

## Хто з вами

intake-section-household = Хто з вами?
intake-section-household-intro = Розкажіть про членів сім’ї та інших людей, які приїхали й живуть разом із вами. Себе не вказуйте.
intake-q-household = Люди, які з вами
intake-q-household-hint = Якщо ви самі, залиште це поле порожнім.
intake-q-member-relationship = Ким вам доводиться ця людина?
intake-opt-member-relationship-partner = Чоловік, дружина, партнер або партнерка
intake-opt-member-relationship-child = Син або донька
intake-opt-member-relationship-parent = Мати або батько
intake-opt-member-relationship-sibling = Брат або сестра
intake-opt-member-relationship-grandparent = Бабуся або дідусь
intake-opt-member-relationship-other-relative = Інший родич або родичка
intake-opt-member-relationship-other = Не з рідні
intake-q-member-birth-year = Рік народження
intake-q-member-school = Чи потрібне цій людині місце в школі або дитячому садку?
intake-opt-member-school-school = Школа
intake-opt-member-school-kindergarten = Дитячий садок
intake-opt-member-school-not-needed = Ні

## Особливі ситуації

intake-section-specific-needs = Особливі ситуації
intake-section-specific-needs-intro = Деякі люди отримують допомогу першочергово. Ці відповіді допомагають нам зрозуміти, кому вона потрібна найбільше.
intake-q-specific-needs = Чи стосується щось із цього вас або когось, хто з вами?
intake-q-specific-needs-hint = Виберіть усе, що підходить.
intake-opt-specific-needs-single-parent = Дітей виховує лише один із батьків
intake-opt-specific-needs-unaccompanied-child = Дитина до 18 років без батьків або опікуна
intake-opt-specific-needs-older-person-alone = Літня людина, яка живе сама
intake-opt-specific-needs-none = Нічого з цього
intake-q-specific-needs-sensitive = А чи стосується щось із цього вас або когось, хто з вами?
intake-q-specific-needs-sensitive-hint = Виберіть усе, що підходить. Нічого пояснювати не потрібно.
intake-opt-specific-needs-sensitive-disability = Інвалідність
intake-opt-specific-needs-sensitive-serious-illness = Тяжка хвороба
intake-opt-specific-needs-sensitive-pregnancy = Вагітність
intake-opt-specific-needs-sensitive-survivor-of-violence = Пережите насильство або катування

## Потреби

intake-section-needs = Яка допомога вам потрібна?
intake-section-needs-intro = Наші команди займаються різними темами. Виберіть, що вам потрібно зараз; щодо кожної теми ми поставимо кілька коротких питань.
intake-q-needs = Виберіть, у чому вам потрібна допомога
intake-q-needs-hint = Виберіть хоча б один пункт.
intake-opt-needs-legal = Юридична допомога й документи
intake-opt-needs-housing = Житло
intake-opt-needs-supplies = Їжа, одяг та інші речі
intake-opt-needs-education = Школа й навчання
intake-opt-needs-work = Робота
intake-opt-needs-health = Здоров’я й лікарі
intake-opt-needs-psychological = Поговорити з кимось (психологічна підтримка)
intake-opt-needs-banking = Банківський рахунок
intake-opt-needs-financial = Гроші (фінансова підтримка)
intake-q-legal-topics = Про що ваше юридичне питання?
intake-opt-legal-topics-residence-permit = Дозвіл на перебування (karta pobytu)
intake-opt-legal-topics-asylum = Притулок (міжнародний захист)
intake-opt-legal-topics-pesel = PESEL і реєстрація адреси (zameldowanie)
intake-opt-legal-topics-work-documents = Документи для роботи
intake-opt-legal-topics-documents-from-home = Документи з моєї країни
intake-opt-legal-topics-travel-document = Паспорт або польський проїзний документ
intake-opt-legal-topics-humanitarian-visa = Гуманітарна віза
intake-opt-legal-topics-family-reunification = Переїзд моєї сім’ї до Польщі
intake-opt-legal-topics-detention-or-return = Затримання або рішення, що зобов’язує виїхати з Польщі
intake-opt-legal-topics-other = Інше
intake-q-housing-situation = Де ви зараз ночуєте?
intake-opt-housing-situation-nowhere = Мені ніде ночувати
intake-opt-housing-situation-shelter = У прихистку або хостелі
intake-opt-housing-situation-friends = У друзів або родичів
intake-opt-housing-situation-renting-need-help = Я винаймаю житло, але мені потрібна допомога
intake-opt-housing-situation-other = Деінде
intake-q-housing-address = Адреса, де ви зараз живете (необов’язково)
intake-q-housing-address-hint = Лише якщо ви хочете, щоб ми привезли туди допомогу. Поле можна залишити порожнім.
intake-q-supplies-items = Що вам потрібно?
intake-opt-supplies-items-food = Їжа
intake-opt-supplies-items-clothes = Одяг і взуття
intake-opt-supplies-items-hygiene = Засоби гігієни
intake-opt-supplies-items-baby-items = Речі для немовляти
intake-opt-supplies-items-bedding = Постільна білизна й ковдри
intake-opt-supplies-items-other = Інше
intake-q-education-needs = Яка допомога з навчанням вам потрібна?
intake-opt-education-needs-school-place = Місце в школі
intake-opt-education-needs-kindergarten-place = Місце в дитячому садку
intake-opt-education-needs-polish-course = Курс польської мови
intake-opt-education-needs-diploma-recognition = Визнання диплома
intake-opt-education-needs-higher-education = Навчання в університеті
intake-opt-education-needs-other = Інше
intake-q-work-help = Яка допомога з роботою вам потрібна?
intake-opt-work-help-find-job = Знайти роботу
intake-opt-work-help-cv = Написати резюме (CV)
intake-opt-work-help-rights-at-work = Проблеми на роботі (оплата, договір)
intake-opt-work-help-work-documents = Документи, які дозволяють працювати
intake-opt-work-help-self-employment = Відкрити власну справу
intake-opt-work-help-other = Інше
intake-q-health-insurance = Чи маєте ви медичне страхування в Польщі?
intake-opt-health-insurance-nfz = Так, державне (NFZ)
intake-opt-health-insurance-private = Так, приватне
intake-opt-health-insurance-none = Ні
intake-opt-health-insurance-not-sure = Не знаю
intake-q-health-urgent = Чи потрібен лікар найближчими днями вам або комусь, хто з вами?
intake-q-health-urgent-hint = Якщо це невідкладний випадок, негайно телефонуйте 112.
intake-q-health-medicines = Чи закінчуються у вас ліки, які треба постійно приймати?
intake-q-psych-format = Яка підтримка вам підійде?
intake-opt-psych-format-individual = Розмова віч-на-віч
intake-opt-psych-format-group = Група підтримки
intake-opt-psych-format-for-children = Підтримка для дитини
intake-opt-psych-format-any = Будь-яка з цих
intake-q-psych-urgency = Як скоро вам потрібно з кимось поговорити?
intake-opt-psych-urgency-now = Негайно, це не може чекати
intake-opt-psych-urgency-within-weeks = Найближчими тижнями
intake-opt-psych-urgency-can-wait = Це може почекати
intake-q-banking-problem = Яка у вас проблема з банком?
intake-opt-banking-problem-no-account = У мене ще немає рахунку
intake-opt-banking-problem-account-refused = Банк відмовився відкрити рахунок
intake-opt-banking-problem-account-blocked = Мій рахунок або банківський застосунок заблокували
intake-opt-banking-problem-other = Інше

## Терміновість

intake-section-urgency = Наскільки це терміново?
intake-q-in-danger = Ви зараз у небезпеці?
intake-q-in-danger-hint = Якщо під загрозою ваше життя чи здоров’я, негайно телефонуйте 112. Цю анкету ніхто не бачить, доки ви не надішлете файл із відповідями, і навіть тоді її прочитають не одразу.
intake-q-shelter-nights = Скільки ще ночей у вас є безпечне місце для сну?
intake-q-shelter-nights-hint = Напишіть 0, якщо сьогодні вам ніде ночувати.
intake-error-shelter-nights = Напишіть кількість ночей від { $min } до { $max }.

## Повідомлення

intake-section-message = Щось іще?
intake-section-message-intro = Будь ласка, не описуйте тут, що з вами сталося і чому ви виїхали. Якщо це буде потрібно, ми поговоримо про це особисто.
intake-q-message = Чи є ще щось, що нам треба знати, щоб допомогти вам?
intake-q-message-hint = Достатньо кількох коротких речень.
