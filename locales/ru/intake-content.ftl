# Анкета: заголовки, вопросы, подсказки и варианты ответов.
# Комментарии для переводчиков — в locales/en/intake-content.ftl.

## Consent

intake-section-consent = Ваше согласие
intake-section-consent-intro = Прежде чем начать, выберите, что мы можем делать с вашими ответами. Каждый пункт — отдельное решение. Позже его можно изменить.
intake-q-consent-processing = Может ли эта организация использовать ваши ответы, чтобы помочь вам?
intake-q-consent-processing-hint = Их прочитают только сотрудники и волонтёры организации. Без этого согласия мы не сможем помочь вам через эту анкету.
intake-q-consent-share-partners = Можно ли передать ваши ответы партнёрским организациям, если они смогут помочь вам лучше?
intake-q-consent-share-partners-hint = Например, юридической клинике или жилищному проекту. Если вы ответите «нет», ответы останутся только у нас.
intake-q-consent-sensitive = Можно ли также спросить о вашем здоровье и о насилии, которое вы пережили?
intake-q-consent-sensitive-hint = Эти вопросы необязательны. Ответы нужны только для того, чтобы найти подходящую помощь. Если вы ответите «нет», мы их не зададим.

## Contact

intake-section-contact = Как с вами связаться?
intake-section-contact-intro = Мы свяжемся с вами только тем способом, который вы здесь выберете.
intake-q-name = Как к вам обращаться?
intake-q-name-hint = Ваше имя или любое другое, которое вам удобно. Оно не обязательно должно быть полным или настоящим.
intake-q-contact-channel = Как нам с вами связаться?
intake-opt-contact-channel-phone = Звонок или SMS
intake-opt-contact-channel-signal = Signal
intake-opt-contact-channel-telegram = Telegram
intake-opt-contact-channel-whatsapp = WhatsApp
intake-opt-contact-channel-email = Электронная почта
intake-q-contact-phone = Ваш номер телефона
intake-q-contact-phone-hint = С кодом страны, например +48 123 456 789.
intake-q-contact-telegram = Ваше имя пользователя в Telegram или номер телефона
intake-q-contact-telegram-hint = Например, @name. Убедитесь, что вам могут писать люди, которых нет в ваших контактах.
intake-q-contact-email = Ваш адрес электронной почты
intake-q-safe-times = Когда с вами безопасно связываться?
intake-q-safe-times-hint = Выберите всё, что подходит.
intake-opt-safe-times-morning = Утром (8–12)
intake-opt-safe-times-afternoon = Днём (12–17)
intake-opt-safe-times-evening = Вечером (17–21)
intake-opt-safe-times-weekend = В выходные
intake-opt-safe-times-any-time = В любое время
intake-q-leave-message = Если вы не ответите, можно ли оставить сообщение?
intake-q-leave-message-hint = Ответьте «нет», если кто-то другой может увидеть или услышать ваши сообщения.
intake-q-languages = На каких языках с вами можно говорить?
intake-opt-languages-belarusian = Белорусский
intake-opt-languages-russian = Русский
intake-opt-languages-ukrainian = Украинский
intake-opt-languages-polish = Польский
intake-opt-languages-english = Английский
intake-opt-languages-other = Другой язык
intake-q-helper-gender = Вам удобнее говорить с женщиной или с мужчиной?
intake-opt-helper-gender-no-preference = Неважно
intake-opt-helper-gender-woman = С женщиной
intake-opt-helper-gender-man = С мужчиной

## Location

intake-section-location = Где вы сейчас?
intake-q-city = В каком городе вы сейчас живёте?
intake-opt-city-warsaw = Варшава
intake-opt-city-krakow = Краков
intake-opt-city-wroclaw = Вроцлав
intake-opt-city-gdansk = Гданьск
intake-opt-city-lodz = Лодзь
intake-opt-city-poznan = Познань
intake-opt-city-lublin = Люблин
intake-opt-city-bialystok = Белосток
intake-opt-city-other = Другое место в Польше
intake-opt-city-not-in-poland = Я ещё не в Польше
intake-q-city-other = Какое место?
intake-q-arrival-plan = Когда вы планируете приехать в Польшу?
intake-q-arrival-plan-hint = Если для приезда вам нужна виза, дальше в анкете выберите юридическую помощь и «Гуманитарная виза».
intake-opt-arrival-plan-within-2-weeks = В течение 2 недель
intake-opt-arrival-plan-within-3-months = В течение 3 месяцев
intake-opt-arrival-plan-later = Позже
intake-opt-arrival-plan-not-sure = Пока не знаю
intake-q-arrival-date = Когда вы приехали в Польшу?
intake-q-arrival-date-hint = Можно указать примерную дату.

## Legal status

intake-section-status = Ваши документы
intake-section-status-intro = Мы не спрашиваем номер паспорта или других документов. Нам нужно знать только, на каком основании вы здесь находитесь.
intake-q-legal-status = На каком основании вы сейчас находитесь в Польше?
intake-opt-legal-status-humanitarian-visa = Гуманитарная виза (национальная виза D)
intake-opt-legal-status-other-visa = Другая виза (работа, учёба, другое)
intake-opt-legal-status-visa-free = Безвизовое пребывание
intake-opt-legal-status-residence-application-pending = Подано заявление о разрешении на пребывание, жду решения (штамп или справка из MOS)
intake-opt-legal-status-temporary-residence = Разрешение на временное пребывание (karta pobytu)
intake-opt-legal-status-asylum-applicant = Подано заявление о международной защите (убежище)
intake-opt-legal-status-international-protection = У меня статус беженца или дополнительная защита
intake-opt-legal-status-temporary-protection = Временная защита для людей из Украины (PESEL UKR)
intake-opt-legal-status-no-document = Сейчас у меня нет действующего документа
intake-opt-legal-status-not-sure = Не знаю
intake-q-document-expiry = До какого числа действует этот документ или пребывание?
intake-q-document-expiry-hint = Последний день легального пребывания. Заявление на следующий документ нужно подать до этого дня.
intake-q-travel-document-valid = Ваш паспорт (или другой проездной документ) ещё действителен?
intake-q-travel-document-valid-hint = Номер не пишите. Консульства Беларуси за границей не продлевают паспорта, поэтому лучше подумать об этом заранее.
intake-opt-travel-document-valid-valid = Да, больше 6 месяцев
intake-opt-travel-document-valid-ends-within-6-months = Заканчивается в течение 6 месяцев
intake-opt-travel-document-valid-expired-or-none = Уже недействителен или его нет
intake-opt-travel-document-valid-not-sure = Не знаю
intake-q-karta-polaka = У вас есть Karta Polaka (Карта поляка) или польские корни?
intake-opt-karta-polaka-karta-polaka = У меня есть Karta Polaka
intake-opt-karta-polaka-polish-origin = У меня польские корни, но Karta Polaka нет
intake-opt-karta-polaka-neither = Нет
intake-opt-karta-polaka-not-sure = Не знаю
intake-q-pesel = У вас есть номер PESEL?
intake-opt-pesel-have = Да
intake-opt-pesel-applied = Заявление подано
intake-opt-pesel-not-yet = Ещё нет
intake-opt-pesel-not-sure = Не знаю, что это

## Household

intake-section-household = Кто с вами?
intake-section-household-intro = Расскажите о членах семьи и других людях, которые приехали с вами и живут с вами. Себя не указывайте.
intake-q-household = Люди, которые с вами
intake-q-household-hint = Если с вами никого нет, оставьте список пустым.
intake-q-member-relationship = Кем вам приходится этот человек?
intake-opt-member-relationship-partner = Муж, жена или партнёр
intake-opt-member-relationship-child = Сын или дочь
intake-opt-member-relationship-parent = Мать или отец
intake-opt-member-relationship-sibling = Брат или сестра
intake-opt-member-relationship-grandparent = Бабушка или дедушка
intake-opt-member-relationship-other-relative = Другой родственник
intake-opt-member-relationship-other = Не родственник
intake-q-member-birth-year = Год рождения
intake-q-member-school = Нужно ли этому человеку место в школе или детском саду?
intake-opt-member-school-school = Школа
intake-opt-member-school-kindergarten = Детский сад
intake-opt-member-school-not-needed = Нет

## Specific needs

intake-section-specific-needs = Особые ситуации
intake-section-specific-needs-intro = Некоторые люди получают помощь в первую очередь. Это помогает нам понять, кому она нужнее всего.
intake-q-specific-needs = Относится ли что-то из этого к вам или к кому-то из тех, кто с вами?
intake-q-specific-needs-hint = Выберите всё, что подходит.
intake-opt-specific-needs-single-parent = Родитель, который один воспитывает детей
intake-opt-specific-needs-unaccompanied-child = Ребёнок до 18 лет без родителей или опекуна
intake-opt-specific-needs-older-person-alone = Одинокий пожилой человек
intake-opt-specific-needs-none = Ничего из этого
intake-q-specific-needs-sensitive = А относится ли к вам или к кому-то из тех, кто с вами, что-то из этого?
intake-q-specific-needs-sensitive-hint = Выберите всё, что подходит. Ничего объяснять не нужно.
intake-opt-specific-needs-sensitive-disability = Инвалидность
intake-opt-specific-needs-sensitive-serious-illness = Тяжёлая болезнь
intake-opt-specific-needs-sensitive-pregnancy = Беременность
intake-opt-specific-needs-sensitive-survivor-of-violence = Кто-то пережил насилие или пытки

## Needs

intake-section-needs = Какая помощь вам нужна?
intake-section-needs-intro = Наши команды занимаются разными вопросами. Выберите, что вам нужно сейчас. По каждой теме мы зададим несколько коротких вопросов.
intake-q-needs = Выберите, с чем вам нужна помощь
intake-q-needs-hint = Выберите хотя бы один пункт.
intake-opt-needs-legal = Юридическая помощь и документы
intake-opt-needs-housing = Жильё
intake-opt-needs-supplies = Еда, одежда и другие вещи
intake-opt-needs-education = Школа и учёба
intake-opt-needs-work = Работа
intake-opt-needs-health = Здоровье и врачи
intake-opt-needs-psychological = Поговорить с кем-то (психологическая поддержка)
intake-opt-needs-banking = Банковский счёт
intake-opt-needs-financial = Деньги (финансовая поддержка)
intake-q-legal-topics = О чём ваш юридический вопрос?
intake-opt-legal-topics-residence-permit = Разрешение на пребывание (karta pobytu)
intake-opt-legal-topics-asylum = Убежище (международная защита)
intake-opt-legal-topics-pesel = PESEL и регистрация по адресу (zameldowanie)
intake-opt-legal-topics-work-documents = Документы для работы
intake-opt-legal-topics-documents-from-home = Документы из моей страны
intake-opt-legal-topics-travel-document = Паспорт или польский проездной документ
intake-opt-legal-topics-humanitarian-visa = Гуманитарная виза
intake-opt-legal-topics-family-reunification = Переезд моей семьи в Польшу
intake-opt-legal-topics-detention-or-return = Задержание или решение, обязывающее выехать из Польши
intake-opt-legal-topics-other = Другое
intake-q-housing-situation = Где вы сейчас ночуете?
intake-opt-housing-situation-nowhere = Мне негде ночевать
intake-opt-housing-situation-shelter = В приюте или хостеле
intake-opt-housing-situation-friends = У друзей или родственников
intake-opt-housing-situation-renting-need-help = Я снимаю жильё, но мне нужна помощь
intake-opt-housing-situation-other = В другом месте
intake-q-housing-address = Адрес, где вы сейчас живёте (необязательно)
intake-q-housing-address-hint = Только если вы хотите, чтобы мы привезли туда помощь. Можно оставить пустым.
intake-q-supplies-items = Что вам нужно?
intake-opt-supplies-items-food = Еда
intake-opt-supplies-items-clothes = Одежда и обувь
intake-opt-supplies-items-hygiene = Средства гигиены
intake-opt-supplies-items-baby-items = Вещи для младенца
intake-opt-supplies-items-bedding = Постельное бельё и одеяла
intake-opt-supplies-items-other = Другое
intake-q-education-needs = Какая помощь с учёбой вам нужна?
intake-opt-education-needs-school-place = Место в школе
intake-opt-education-needs-kindergarten-place = Место в детском саду
intake-opt-education-needs-polish-course = Курс польского языка
intake-opt-education-needs-diploma-recognition = Признание диплома
intake-opt-education-needs-higher-education = Учёба в университете
intake-opt-education-needs-other = Другое
intake-q-work-help = Какая помощь с работой вам нужна?
intake-opt-work-help-find-job = Найти работу
intake-opt-work-help-cv = Написать резюме (CV)
intake-opt-work-help-rights-at-work = Проблемы на работе (зарплата, договор)
intake-opt-work-help-work-documents = Документы, которые позволяют работать
intake-opt-work-help-self-employment = Открыть своё дело
intake-opt-work-help-other = Другое
intake-q-health-insurance = У вас есть медицинская страховка в Польше?
intake-opt-health-insurance-nfz = Да, государственная (NFZ)
intake-opt-health-insurance-private = Да, частная
intake-opt-health-insurance-none = Нет
intake-opt-health-insurance-not-sure = Не знаю
intake-q-health-urgent = Нужен ли вам или кому-то из тех, кто с вами, врач в ближайшие дни?
intake-q-health-urgent-hint = В экстренном случае звоните 112 прямо сейчас.
intake-q-health-medicines = Заканчиваются ли у вас лекарства, которые нужно принимать постоянно?
intake-q-psych-format = Какая поддержка вам подойдёт?
intake-opt-psych-format-individual = Разговор один на один
intake-opt-psych-format-group = Группа поддержки
intake-opt-psych-format-for-children = Поддержка для ребёнка
intake-opt-psych-format-any = Любой из этих вариантов
intake-q-psych-urgency = Как скоро вам нужно с кем-то поговорить?
intake-opt-psych-urgency-now = Прямо сейчас, это не может ждать
intake-opt-psych-urgency-within-weeks = В ближайшие недели
intake-opt-psych-urgency-can-wait = Это может подождать
intake-q-banking-problem = Какая у вас проблема с банком?
intake-opt-banking-problem-no-account = У меня ещё нет счёта
intake-opt-banking-problem-account-refused = Банк отказался открыть счёт
intake-opt-banking-problem-account-blocked = Мой счёт или банковское приложение заблокировали
intake-opt-banking-problem-other = Другое

## Urgency

intake-section-urgency = Насколько это срочно?
intake-q-in-danger = Вы сейчас в опасности?
intake-q-in-danger-hint = Если под угрозой ваша жизнь или здоровье, звоните 112 прямо сейчас. Эту анкету никто не видит, пока вы сами не отправите файл с ответами, и даже потом её прочитают не сразу.
intake-q-shelter-nights = Сколько ещё ночей у вас есть безопасное место, где можно спать?
intake-q-shelter-nights-hint = Напишите 0, если вам негде ночевать сегодня.
intake-error-shelter-nights = Напишите число ночей от { $min } до { $max }.

## Message

intake-section-message = Что-то ещё?
intake-section-message-intro = Пожалуйста, не описывайте здесь, что с вами случилось и почему вы уехали. Мы поговорим об этом лично, только если это будет нужно.
intake-q-message = Есть ли ещё что-то, что нам нужно знать, чтобы помочь вам?
intake-q-message-hint = Достаточно нескольких коротких предложений.
