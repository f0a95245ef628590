### Waymark: запячатаны файл з адказамі (экран чалавека) і працоўнае месца арганізацыі.
### Тлумачэнні да паведамленняў: locales/en/export.ftl.

## Экран адпраўкі

export-heading = Адпраўце адказы арганізацыі
export-summary-heading = Што будзе ў файле
export-organisation = Арганізацыя
export-contact = Кантакты
export-fingerprint = Адбітак ключа
desk-fingerprint-line = Адбітак ключа: { $fingerprint }
export-fingerprint-help = Звярыце гэты код з арганізацыяй, калі перадаяце файл. Калі код іншы, не адпраўляйце файл.
export-consent = Я згаджаюся адправіць гэтыя адказы арганізацыі «{ $organisation }». Адкрыць файл зможа толькі яна.
export-download = Спампаваць файл
export-share = Падзяліцца
export-copy-text = Скапіяваць як тэкст
export-show-codes = Паказаць у арганізацыі
export-codes-brightness = Уключыце поўную яркасць экрана і трымайце тэлефон нерухома перад камерай арганізацыі. Нічога не захоўваецца і не адпраўляецца.
export-codes-position = Код { $index } з { $count }
export-codes-previous = Назад
export-codes-pause = Паўза
export-codes-play = Працягнуць
export-codes-next = Далей
export-codes-close = Схаваць коды
export-codes-too-large = Вашы адказы занадта доўгія, каб паказаць іх кодамі. Скарыстайцеся «Спампаваць файл».
export-codes-failed = Не ўдалося стварыць коды. Абнавіце старонку і паспрабуйце яшчэ раз або скарыстайцеся «Спампаваць файл».
export-copied = Скапіявана. Устаўце тэкст у чат з арганізацыяй.
export-demo-warning = Гэта дэма-версія. Гэты файл можа адкрыць хто заўгодна. Не адпраўляйце сапраўдныя адказы.
export-config-broken = Адпраўка адключаная: у наладах гэтага сайта памылка. Паведаміце пра гэта арганізацыі. Вашы адказы застаюцца на гэтым тэлефоне.
export-seal-too-large = Вашы адказы занадта доўгія для аднаго файла. Скараціце самыя доўгія тэкставыя адказы.
export-seal-failed = Не атрымалася стварыць файл. Паспрабуйце яшчэ раз.

## Працоўнае месца арганізацыі: загалоўкі і кнопкі

desk-heading = Працоўнае месца арганізацыі
desk-offline-note = Усё тут адбываецца ў гэтым браўзеры. Нічога нікуды не адпраўляецца.
desk-generate-heading = Стварыць пару ключоў
desk-generate-help = Сакрэтны ключ адкрывае экспарты. Захавайце яго, зрабіце рэзервовую копію і нікому не перадавайце. Публічны ключ упішыце ў config/org.toml.
desk-generate-button = Стварыць пару ключоў
desk-public-key = Публічны ключ (для config/org.toml)
desk-download-identity = Спампаваць файл сакрэтнага ключа
desk-load-identity-heading = Загрузіце файл сакрэтнага ключа
desk-load-identity-help = Выкарыстоўваецца толькі ў гэтым сеансе і нідзе не захоўваецца. Закрыйце ўкладку, каб яго забыць.
desk-keys-loaded =
    { $count ->
        [one] Загружаны { $count } ключ
        [few] Загружана { $count } ключы
        [many] Загружана { $count } ключоў
       *[other] Загружана { $count } ключа
    }
desk-open-heading = Адкрыць экспарты
desk-open-help = Выберыце адзін ці некалькі файлаў .age або ўстаўце файл, дасланы тэкстам.
desk-paste-label = Устаўлены тэкст
desk-open-button = Адкрыць
desk-exports-opened =
    { $count ->
        [one] Адкрыты { $count } экспарт
        [few] Адкрыта { $count } экспарты
        [many] Адкрыта { $count } экспартаў
       *[other] Адкрыта { $count } экспарту
    }
desk-download-csv = Спампаваць табліцу (CSV)
desk-download-json = Спампаваць даныя (JSON)
desk-key-file-problem = { $file }: { $problem }
desk-key-file-problem-line = { $file }, радок { $line }: { $problem }

## Чаму файл не адкрыўся

export-open-too-large = Экспарт не можа быць такім вялікім ({ $size } КБ; мяжа — { $max } КБ).
export-open-not-age = Гэта не файл з адказамі. Выберыце файл, які вам даслаў чалавек (яго назва заканчваецца на .age).
export-open-armor = Устаўлены тэкст пашкоджаны або няпоўны. Папрасіце даслаць файл яшчэ раз або файлам, а не тэкстам.
export-open-header = Файл пашкоджаны. Папрасіце даслаць яго яшчэ раз.
export-open-hmac = Файл змянілі пасля запячатвання. Не давярайце яму; папрасіце даслаць яго яшчэ раз.
export-open-no-match = Ніводзін з загружаных ключоў не адкрывае гэты файл. Магчыма, ён запячатаны для іншай арганізацыі або для старога ключа.
export-open-too-many-keys = Гэты файл не адкрыты: ён запячатаны больш чым для { $max } ключоў, а сапраўдны экспарт запячатаны толькі для некалькіх ключоў вашай арганізацыі. Гэта не экспарт, або файл змянілі. Папрасіце адпраўніка даслаць экспарт яшчэ раз.
export-open-passphrase = Гэты файл замкнёны паролем, а не ключом арганізацыі. Працоўнае месца не можа яго адкрыць.
export-open-payload = Файл пашкоджаны або абрэзаны. З яго нічога не паказана. Папрасіце даслаць яго яшчэ раз.
export-open-no-identities = Спачатку загрузіце файл сакрэтнага ключа.
export-open-not-waymark = Файл адкрыўся, але гэта не экспарт { -brand-name }.
export-open-newer-version = Гэты экспарт у навейшым фармаце (версія { $version }). Абнавіце сайт, каб яго прачытаць.
export-open-invalid = Файл адкрыўся, але ў экспарце не хапае частак або яны памылковыя.

## Праблемы з файлам сакрэтнага ключа

export-identity-no-keys = Сакрэтны ключ не знойдзены. Радок сакрэтнага ключа пачынаецца з AGE-SECRET-KEY-1.
export-identity-public-key = Гэта публічны ключ (age1…). Патрэбны файл САКРЭТНАГА ключа.
export-identity-post-quantum = Постквантавыя ключы (AGE-SECRET-KEY-PQ-…) пакуль не падтрымліваюцца.
export-identity-plugin = Ключы плагінаў (напрыклад YubiKey) нельга выкарыстоўваць у браўзеры.
export-identity-ssh = Ключы SSH не падтрымліваюцца. Выкарыстоўвайце файл ключа age.
export-identity-encrypted = Гэты файл ключа замкнёны паролем. Спачатку расшыфруйце яго: age -d key.age > key.txt
export-identity-not-a-key = Гэты радок — не сакрэтны ключ.
export-identity-bad-checksum = У сакрэтным ключы памылка, або ён абрэзаны. Загрузіце арыгінальны файл.
export-identity-malformed = Сакрэтны ключ пашкоджаны.
export-identity-too-large = Гэты файл занадта вялікі для файла ключа.

## Праверка сайта: праблемы з публічным ключом у config/org.toml

export-recipient-empty = Адзін з публічных ключоў пусты.
export-recipient-secret-key = НЕБЯСПЕКА: замест публічнага ключа ўказаны САКРЭТНЫ. Яго бачаць усе. Неадкладна стварыце новую пару ключоў і больш ніколі не выкарыстоўвайце старую.
export-recipient-ssh = Ключы SSH не падтрымліваюцца. Выкарыстоўвайце публічны ключ age (age1…).
export-recipient-post-quantum = Постквантавыя ключы (age1pq…) пакуль не падтрымліваюцца.
export-recipient-tag = Апаратныя ключы-меткі (age1tag…) не падтрымліваюцца.
export-recipient-plugin = Ключы плагінаў ({ $plugin }) нельга выкарыстоўваць у браўзеры.
export-recipient-not-age = Гэта не публічны ключ age. Ён павінен пачынацца з age1.
export-recipient-malformed = У публічным ключы ёсць сімвалы, якіх не можа быць у ключы. Скапіюйце яго яшчэ раз.
export-recipient-bad-checksum = У публічным ключы памылка, або ён абрэзаны. Скапіюйце яго яшчэ раз, не ўводзьце ўручную.
export-recipient-wrong-length = У публічнага ключа няправільная даўжыня. Скапіюйце яго яшчэ раз.

## Экран адпраўкі: змест файла, перадача і вынікі

export-loading = Загрузка…
export-form-unavailable = Не ўдалося загрузіць пытанні, таму зараз файл стварыць нельга. Праверце падключэнне да інтэрнэту і адкрыйце гэтую старонку яшчэ раз. Вашы адказы застаюцца на гэтым тэлефоне.
export-answers-heading = Вашы адказы
export-no-answers = Вы яшчэ не адказалі ні на адно пытанне. У файле будзе толькі ваш спіс крокаў.
export-checklist-heading = Крокі са спісу
export-no-steps = Пакуль ніводны крок не адзначаны.
export-notes-not-sent = Вашы асабістыя нататкі да крокаў не трапляюць у файл і не адпраўляюцца.
export-recipient-heading = Хто можа адкрыць файл
export-contact-web-line = Сайт: { $value }
export-contact-email-line = Эл. пошта: { $value }
export-contact-phone-line = Тэлефон: { $value }
export-contact-messenger-line = Месенджар: { $value }
export-send-heading = Стварыць і адправіць файл
export-consent-first = Пастаўце адзнаку вышэй, каб стварыць файл.
export-downloaded = Файл { $file } захаваны на гэтым тэлефоне (звычайна ў «Спампоўках»). Адпраўце яго арганізацыі, а потым выдаліце яго з тэлефона.
export-shared = Файл перададзены ў праграму, якую вы выбралі. Праверце там, што яго сапраўды адправілі.
export-what-next = Што далей: калі вы яшчэ не адправілі файл, адпраўце яго арганізацыі «{ $org }» праз адзін з кантактаў вышэй. З вамі звяжуцца так, як вы выбралі ў адказах.
export-download-failed = Не ўдалося захаваць файл. Паспрабуйце кнопку «Скапіяваць як тэкст».
export-share-failed = Не ўдалося падзяліцца. Скарыстайцеся кнопкай «Спампаваць файл» або «Скапіяваць як тэкст».
export-copy-failed = Не ўдалося скапіяваць. Вылучыце ўвесь тэкст ніжэй, скапіюйце яго і ўстаўце ў чат з арганізацыяй.
export-copy-fallback-label = Запячатаны файл у выглядзе тэксту

## Працоўнае месца: ключы, адкрыццё і чытанне

desk-config-line = Устаўце гэта ў config/org.toml:
desk-secret-shown-once = Файл сакрэтнага ключа (паказаны толькі зараз; ён таксама спампаваны)
desk-download-failed = Не ўдалося спампаваць файл. Праверце налады спампоўкі ў браўзеры.
desk-generate-failed = Браўзер не змог стварыць выпадковы ключ. Перазагрузіце старонку і паспрабуйце яшчэ раз.
desk-identity-file-label = Файл сакрэтнага ключа
desk-forget-keys = Забыць загружаныя ключы
desk-files-label = Файлы з адказамі (.age)
desk-read-failed = Не ўдалося прачытаць файл.
desk-pasted-name = Устаўлены тэкст
desk-results-heading = Вынікі
desk-result-opened = Адкрыты як экспарт { $number }.
desk-file-result = { $file }: { $result }
desk-print = Надрукаваць
desk-close-all = Закрыць усе экспарты
desk-filter-need = Патрэба
desk-filter-all = Усе патрэбы
desk-sort-label = Парадак
desk-sort-urgent = Спачатку самыя тэрміновыя
desk-sort-newest = Спачатку новыя
desk-sort-oldest = Спачатку старыя
desk-urgent-only = Толькі тэрміновыя
desk-showing = Паказана: { $shown } з { $count }.
desk-urgent-in-danger = Зараз у небяспецы
desk-urgent-legal-stay = Легальнае знаходжанне хутка заканчваецца або няма дакумента
desk-urgent-health-urgent = Тэрміновая медыцынская патрэба
desk-urgent-psych-now = Псіхалагічная дапамога патрэбная зараз
desk-export-title = Экспарт { $number }, створаны { $date }
desk-export-language-line = Мова адказаў: { $language }
desk-other-content-version = Створаны па іншай версіі пытанняў ({ $version }). Некаторыя адказы могуць быць паказаныя толькі іх ідэнтыфікатарамі.
desk-answers-heading = Адказы
desk-no-answers = Адказаў няма.
desk-checklist-heading = Спіс крокаў
desk-no-steps = Адзначаных крокаў няма.
