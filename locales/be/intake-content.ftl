# Анкета: загалоўкі, пытанні, падказкі і варыянты адказаў.
# Каментары для перакладчыкаў — у locales/en/intake-content.ftl.

## Згода

intake-section-consent = Ваша згода
intake-section-consent-intro = Перш чым пачаць, выберыце, што мы можам рабіць з вашымі адказамі. Кожны пункт — асобнае рашэнне. Пазней рашэнне можна змяніць.
intake-q-consent-processing = Ці можа гэтая арганізацыя выкарыстаць вашы адказы, каб дапамагчы вам?
intake-q-consent-processing-hint = Іх прачытаюць толькі супрацоўнікі і валанцёры арганізацыі. Без гэтай згоды мы не зможам дапамагчы вам праз гэтую анкету.
intake-q-consent-share-partners = Ці можам мы перадаць вашы адказы партнёрскім арганізацыям, калі яны змогуць дапамагчы вам лепш?
intake-q-consent-share-partners-hint = Напрыклад, юрыдычнай кансультацыі або жыллёваму праекту. Калі вы адкажаце «не», вашы адказы застануцца толькі ў нас.
intake-q-consent-sensitive = Ці можам мы таксама спытаць пра ваша здароўе і пра гвалт, які вы перажылі?
intake-q-consent-sensitive-hint = Гэтыя пытанні неабавязковыя. Адказы мы выкарыстоўваем толькі для таго, каб знайсці патрэбную дапамогу. Калі вы адкажаце «не», мы іх не зададзім.

## Кантакты

intake-section-contact = Як з вамі звязацца?
intake-section-contact-intro = Мы звяжамся з вамі толькі тым спосабам, які вы тут выбераце.
intake-q-name = Як да вас звяртацца?
intake-q-name-hint = Ваша імя або любое імя, якое вам падабаецца. Не абавязкова пісаць поўнае ці сапраўднае імя.
intake-q-contact-channel = Як нам з вамі звязацца?
intake-opt-contact-channel-phone = Званок або SMS
intake-opt-contact-channel-signal = Signal
intake-opt-contact-channel-telegram = Telegram
intake-opt-contact-channel-whatsapp = WhatsApp
intake-opt-contact-channel-email = Электронная пошта
intake-q-contact-phone = Ваш нумар тэлефона
intake-q-contact-phone-hint = З кодам краіны, напрыклад +48 123 456 789.
intake-q-contact-telegram = Ваша імя карыстальніка ў Telegram або нумар тэлефона
intake-q-contact-telegram-hint = Напрыклад, @name. Праверце, ці могуць вам пісаць людзі, якіх няма ў вашых кантактах.
intake-q-contact-email = Ваш адрас электроннай пошты
intake-q-safe-times = Калі з вамі бяспечна звязвацца?
intake-q-safe-times-hint = Выберыце ўсё, што падыходзіць.
intake-opt-safe-times-morning = Раніцай (8–12)
intake-opt-safe-times-afternoon = Удзень (12–17)
intake-opt-safe-times-evening = Увечары (17–21)
intake-opt-safe-times-weekend = У выхадныя
intake-opt-safe-times-any-time = У любы час
intake-q-leave-message = Калі вы не адкажаце, ці можна пакінуць паведамленне?
intake-q-leave-message-hint = Адкажыце «не», калі хтосьці іншы можа ўбачыць ці пачуць вашы паведамленні.
intake-q-languages = На якіх мовах з вамі можна размаўляць?
intake-opt-languages-belarusian = Беларуская
intake-opt-languages-russian = Руская
intake-opt-languages-ukrainian = Украінская
intake-opt-languages-polish = Польская
intake-opt-languages-english = Англійская
intake-opt-languages-other = Іншая мова
intake-q-helper-gender = Вам зручней размаўляць з жанчынай ці з мужчынам?
intake-opt-helper-gender-no-preference = Не мае значэння
intake-opt-helper-gender-woman = З жанчынай
intake-opt-helper-gender-man = З мужчынам

## Дзе вы

intake-section-location = Дзе вы цяпер?
intake-q-city = У якім горадзе вы цяпер жывяце?
intake-opt-city-warsaw = Варшава
intake-opt-city-krakow = Кракаў
intake-opt-city-wroclaw = Вроцлаў
intake-opt-city-gdansk = Гданьск
intake-opt-city-lodz = Лодзь
intake-opt-city-poznan = Познань
intake-opt-city-lublin = Люблін
intake-opt-city-bialystok = Беласток
intake-opt-city-other = Іншае месца ў Польшчы
intake-opt-city-not-in-poland = Я яшчэ не ў Польшчы
intake-q-city-other = Якое месца?
intake-q-arrival-plan = Калі вы плануеце прыехаць у Польшчу?
intake-q-arrival-plan-hint = Калі для прыезду вам патрэбная віза, далей у анкеце выберыце юрыдычную дапамогу і «Гуманітарная віза».
intake-opt-arrival-plan-within-2-weeks = На працягу 2 тыдняў
intake-opt-arrival-plan-within-3-months = На працягу 3 месяцаў
intake-opt-arrival-plan-later = Пазней
intake-opt-arrival-plan-not-sure = Пакуль не ведаю
intake-q-arrival-date = Калі вы прыехалі ў Польшчу?
intake-q-arrival-date-hint = Падыдзе і прыблізная дата.

## Дакументы і статус

intake-section-status = Вашы дакументы
intake-section-status-intro = Мы не пытаемся пра нумары пашпарта ці іншых дакументаў. Нам трэба ведаць толькі, на якой падставе вы знаходзіцеся ў Польшчы.
intake-q-legal-status = На якой падставе вы цяпер знаходзіцеся ў Польшчы?
intake-opt-legal-status-humanitarian-visa = Гуманітарная віза (нацыянальная віза D)
intake-opt-legal-status-other-visa = Іншая віза (праца, вучоба, іншае)
intake-opt-legal-status-visa-free = Бязвізавае знаходжанне
intake-opt-legal-status-residence-application-pending = Заява на дазвол на знаходжанне пададзеная, чакаю рашэння (штамп або даведка з MOS)
intake-opt-legal-status-temporary-residence = Дазвол на часовае знаходжанне (karta pobytu)
intake-opt-legal-status-asylum-applicant = Заява на міжнародную абарону (прытулак) пададзеная
intake-opt-legal-status-international-protection = У мяне статус бежанца або дадатковая абарона
intake-opt-legal-status-temporary-protection = Часовая абарона для людзей з Украіны (PESEL UKR)
intake-opt-legal-status-no-document = Цяпер у мяне няма дзейнага дакумента
intake-opt-legal-status-not-sure = Не ведаю
intake-q-document-expiry = Да якога дня дзейнічае гэты дакумент або дазволена знаходжанне?
intake-q-document-expiry-hint = Гэта апошні дзень легальнага знаходжання. Заяву на наступны дакумент трэба падаць да гэтага дня.
intake-q-travel-document-valid = Ваш пашпарт (або іншы праязны дакумент) яшчэ сапраўдны?
intake-q-travel-document-valid-hint = Нумар не пішыце. Консульствы Беларусі за мяжой не падаўжаюць пашпарты, таму лепш падумаць пра гэта загадзя.
intake-opt-travel-document-valid-valid = Так, яшчэ больш за 6 месяцаў
intake-opt-travel-document-valid-ends-within-6-months = Заканчваецца на працягу 6 месяцаў
intake-opt-travel-document-valid-expired-or-none = Тэрмін ужо скончыўся, або ў мяне яго няма
intake-opt-travel-document-valid-not-sure = Не ведаю
intake-q-karta-polaka = Ці ёсць у вас Карта паляка (Karta Polaka) або польскія карані?
intake-opt-karta-polaka-karta-polaka = У мяне ёсць Карта паляка
intake-opt-karta-polaka-polish-origin = У мяне польскія карані, але Карты паляка няма
intake-opt-karta-polaka-neither = Не
intake-opt-karta-polaka-not-sure = Не ведаю
intake-q-pesel = Ці ёсць у вас нумар PESEL?
intake-opt-pesel-have = Так
intake-opt-pesel-applied = Заява пададзеная
intake-opt-pesel-not-yet = Яшчэ не
intake-opt-pesel-not-sure = Не ведаю, што гэта

## Хто з вамі

intake-section-household = Хто з вамі?
intake-section-household-intro = Раскажыце пра членаў сям’і і іншых людзей, якія прыехалі і жывуць разам з вамі. Сябе не ўказвайце.
intake-q-household = Людзі, якія з вамі
intake-q-household-hint = Калі вы адны, нікога не дадавайце.
intake-q-member-relationship = Кім вам даводзіцца гэты чалавек?
intake-opt-member-relationship-partner = Муж, жонка або партнёр
intake-opt-member-relationship-child = Сын або дачка
intake-opt-member-relationship-parent = Маці або бацька
intake-opt-member-relationship-sibling = Брат або сястра
intake-opt-member-relationship-grandparent = Бабуля або дзядуля
intake-opt-member-relationship-other-relative = Іншы сваяк
intake-opt-member-relationship-other = Не сваяк
intake-q-member-birth-year = Год нараджэння
intake-q-member-school = Ці патрэбнае гэтаму чалавеку месца ў школе або дзіцячым садку?
intake-opt-member-school-school = Школа
intake-opt-member-school-kindergarten = Дзіцячы садок
intake-opt-member-school-not-needed = Не

## Асаблівыя сітуацыі

intake-section-specific-needs = Асаблівыя сітуацыі
intake-section-specific-needs-intro = Некаторыя людзі атрымліваюць дапамогу ў першую чаргу. Гэта дапамагае нам зразумець, каму яна патрэбная найбольш.
intake-q-specific-needs = Ці датычыцца штосьці з гэтага вас або каго-небудзь з тых, хто з вамі?
intake-q-specific-needs-hint = Выберыце ўсё, што падыходзіць.
intake-opt-specific-needs-single-parent = Адзін з бацькоў, які сам выхоўвае дзяцей
intake-opt-specific-needs-unaccompanied-child = Дзіця да 18 гадоў без бацькоў або апекуна
intake-opt-specific-needs-older-person-alone = Пажылы чалавек, які застаўся адзін
intake-opt-specific-needs-none = Нічога з гэтага
intake-q-specific-needs-sensitive = А ці датычыцца штосьці з гэтага вас або каго-небудзь з тых, хто з вамі?
intake-q-specific-needs-sensitive-hint = Выберыце ўсё, што падыходзіць. Нічога тлумачыць не трэба.
intake-opt-specific-needs-sensitive-disability = Інваліднасць
intake-opt-specific-needs-sensitive-serious-illness = Цяжкая хвароба
intake-opt-specific-needs-sensitive-pregnancy = Цяжарнасць
intake-opt-specific-needs-sensitive-survivor-of-violence = Хтосьці перажыў гвалт або катаванні

## Патрэбы

intake-section-needs = Якая дапамога вам патрэбная?
intake-section-needs-intro = Нашы каманды займаюцца рознымі пытаннямі. Выберыце, што вам трэба зараз. Па кожнай тэме мы зададзім некалькі кароткіх пытанняў.
intake-q-needs = Выберыце, з чым вам патрэбная дапамога
intake-q-needs-hint = Выберыце хаця б адзін пункт.
intake-opt-needs-legal = Юрыдычная дапамога і дакументы
intake-opt-needs-housing = Жыллё
intake-opt-needs-supplies = Ежа, адзенне і іншыя рэчы
intake-opt-needs-education = Школа і вучоба
intake-opt-needs-work = Праца
intake-opt-needs-health = Здароўе і лекары
intake-opt-needs-psychological = Пагаварыць з кімсьці (псіхалагічная падтрымка)
intake-opt-needs-banking = Банкаўскі рахунак
intake-opt-needs-financial = Грошы (фінансавая падтрымка)
intake-q-legal-topics = Пра што ваша юрыдычнае пытанне?
intake-opt-legal-topics-residence-permit = Дазвол на знаходжанне (karta pobytu)
intake-opt-legal-topics-asylum = Прытулак (міжнародная абарона)
intake-opt-legal-topics-pesel = PESEL і рэгістрацыя па адрасе (zameldowanie)
intake-opt-legal-topics-work-documents = Дакументы для працы
intake-opt-legal-topics-documents-from-home = Дакументы з маёй краіны
intake-opt-legal-topics-travel-document = Пашпарт або польскі праязны дакумент
intake-opt-legal-topics-humanitarian-visa = Гуманітарная віза
intake-opt-legal-topics-family-reunification = Пераезд маёй сям’і ў Польшчу
intake-opt-legal-topics-detention-or-return = Затрыманне або рашэнне аб абавязку выехаць з Польшчы
intake-opt-legal-topics-other = Іншае
intake-q-housing-situation = Дзе вы цяпер начуеце?
intake-opt-housing-situation-nowhere = Мне няма дзе начаваць
intake-opt-housing-situation-shelter = У прытулку або хостэле
intake-opt-housing-situation-friends = У сяброў або сваякоў
intake-opt-housing-situation-renting-need-help = Я здымаю жыллё, але мне патрэбная дапамога
intake-opt-housing-situation-other = У іншым месцы
intake-q-housing-address = Адрас, дзе вы цяпер жывяце (неабавязкова)
intake-q-housing-address-hint = Толькі калі вы хочаце, каб мы прывезлі туды дапамогу. Можна пакінуць пустым.
intake-q-supplies-items = Што вам трэба?
intake-opt-supplies-items-food = Ежа
intake-opt-supplies-items-clothes = Адзенне і абутак
intake-opt-supplies-items-hygiene = Сродкі гігіены
intake-opt-supplies-items-baby-items = Рэчы для немаўляці
intake-opt-supplies-items-bedding = Пасцельная бялізна і коўдры
intake-opt-supplies-items-other = Іншае
intake-q-education-needs = Якая дапамога з вучобай вам патрэбная?
intake-opt-education-needs-school-place = Месца ў школе
intake-opt-education-needs-kindergarten-place = Месца ў дзіцячым садку
intake-opt-education-needs-polish-course = Курс польскай мовы
intake-opt-education-needs-diploma-recognition = Прызнанне дыплома
intake-opt-education-needs-higher-education = Вучоба ва ўніверсітэце
intake-opt-education-needs-other = Іншае
intake-q-work-help = Якая дапамога з працай вам патрэбная?
intake-opt-work-help-find-job = Знайсці працу
intake-opt-work-help-cv = Напісаць рэзюмэ (CV)
intake-opt-work-help-rights-at-work = Праблемы на працы (заробак, дагавор)
intake-opt-work-help-work-documents = Дакументы, якія дазваляюць працаваць
intake-opt-work-help-self-employment = Адкрыць сваю справу
intake-opt-work-help-other = Іншае
intake-q-health-insurance = Ці ёсць у вас медыцынская страхоўка ў Польшчы?
intake-opt-health-insurance-nfz = Так, дзяржаўная (NFZ)
intake-opt-health-insurance-private = Так, прыватная
intake-opt-health-insurance-none = Не
intake-opt-health-insurance-not-sure = Не ведаю
intake-q-health-urgent = Ці патрэбны вам або каму-небудзь з тых, хто з вамі, лекар у бліжэйшыя дні?
intake-q-health-urgent-hint = У экстранным выпадку неадкладна тэлефануйце 112.
intake-q-health-medicines = Ці заканчваюцца ў вас лекі, якія трэба прымаць рэгулярна?
intake-q-psych-format = Якая падтрымка вам падыдзе?
intake-opt-psych-format-individual = Размова сам-насам
intake-opt-psych-format-group = Група падтрымкі
intake-opt-psych-format-for-children = Падтрымка для дзіцяці
intake-opt-psych-format-any = Любая з гэтых
intake-q-psych-urgency = Як хутка вам трэба з кімсьці пагаварыць?
intake-opt-psych-urgency-now = Зараз, гэта не можа чакаць
intake-opt-psych-urgency-within-weeks = У бліжэйшыя тыдні
intake-opt-psych-urgency-can-wait = Можа пачакаць
intake-q-banking-problem = Якая ў вас праблема з банкам?
intake-opt-banking-problem-no-account = У мяне яшчэ няма рахунку
intake-opt-banking-problem-account-refused = Банк адмовіўся адкрыць рахунак
intake-opt-banking-problem-account-blocked = Мой рахунак або банкаўскую праграму заблакавалі
intake-opt-banking-problem-other = Іншае

## Тэрміновасць

intake-section-urgency = Наколькі гэта тэрмінова?
intake-q-in-danger = Вы цяпер у небяспецы?
intake-q-in-danger-hint = Калі пад пагрозай ваша жыццё або здароўе, неадкладна тэлефануйце 112. Гэтую анкету ніхто не бачыць, пакуль вы не адправіце файл з адказамі, і нават тады яе прачытаюць не адразу.
intake-q-shelter-nights = Колькі яшчэ начэй у вас ёсць бяспечнае месца для сну?
intake-q-shelter-nights-hint = Напішыце 0, калі вам няма дзе начаваць сёння.
intake-error-shelter-nights = Напішыце колькасць начэй ад { $min } да { $max }.

## Паведамленне

intake-section-message = Штосьці яшчэ?
intake-section-message-intro = Калі ласка, не апісвайце тут, што з вамі здарылася і чаму вы з’ехалі. Пра гэта мы пагаворым асабіста і толькі тады, калі гэта будзе патрэбна.
intake-q-message = Ці ёсць яшчэ штосьці, што нам трэба ведаць, каб дапамагчы вам?
intake-q-message-hint = Дастаткова некалькіх кароткіх сказаў.
