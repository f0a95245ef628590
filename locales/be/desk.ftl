desk-scan-heading = Перадача асабіста
desk-scan-help = Чалавек націскае «Паказаць у арганізацыі» на сваім тэлефоне. Спачатку параўнайце адбітак ключа на яго тэлефоне са сваім, потым трымайце тэлефон перад камерай.
desk-scan-start = Сканаваць з тэлефона
desk-scan-stop = Выключыць камеру
desk-scan-waiting = Шукаем коды…
desk-scan-progress = Прачытана кодаў: { $received } з { $count }
desk-scan-no-camera = Не ўдалося ўключыць камеру. Дазвольце гэтай старонцы доступ да камеры або выберыце ніжэй фота ці здымкі экрана з кодамі.
desk-scan-photos-label = Фота або здымкі экрана з кодамі
desk-scan-no-code = На выбраных выявах код не знойдзены. Выберыце выразныя фота, на якіх відаць увесь код.
desk-scan-not-ours = Гэта не код { -brand-name }. Сканіруйце коды, якія чалавек паказвае кнопкай «Паказаць у арганізацыі».
desk-scan-newer = Гэтыя коды створаны навейшай версіяй { -brand-name }. Абнавіце гэты сайт, каб прачытаць іх.
desk-scan-damaged = Код прачытаны з памылкай. Трымайце тэлефон нерухома; коды пакажуцца зноў.
desk-scan-other-export = Гэты код належыць да іншага экспарту. Сканіруйце па адным тэлефоне або зноў націсніце «Сканаваць з тэлефона», каб пачаць нанова.
desk-scan-mismatch = Коды не склаліся ў адзін файл. Чытанне пачынаецца нанова; працягвайце паказваць коды.
desk-scanned-name = Адсканіраваныя коды

org-check-fix-line = Як выправіць: { $fix }
org-check-heading = Праверыць гэты сайт
org-check-intro = Праграма чытае файлы гэтага сайта (config/org.toml, файлы зместу і файлы моў) і паказвае кожную памылку: файл, радок і як яе выправіць. Падрабязнасці — па-англійску.
org-check-loading = Ідзе праверка файлаў сайта…
org-check-summary =
    { $errors ->
        [one] { $errors } памылка
        [few] { $errors } памылкі
        [many] { $errors } памылак
       *[other] { $errors } памылкі
    } · { $warnings ->
        [one] { $warnings } папярэджанне
        [few] { $warnings } папярэджанні
        [many] { $warnings } папярэджанняў
       *[other] { $warnings } папярэджання
    }
org-check-finding-error = Памылка: { $place } — { $message }
org-check-finding-warning = Папярэджанне: { $place } — { $message }
org-preview-heading = Паглядзець свой пераклад
org-preview-intro = Увядзіце лік, каб убачыць, як ён пішацца на выбранай мове. Каб знайсці яшчэ не перакладзены тэкст, дадайце ?pseudo=accented (або ?pseudo=bidi для пісьма справа налева) у канец адраса сайта.
org-preview-count-label = Колькасць крокаў
org-back-to-app = Назад у праграму

desk-fingerprint-line = Адбітак ключа: { $fingerprint }
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
desk-plan-write = Скласці план
desk-plan-heading = План для гэтага чалавека
desk-plan-intro = Адкрыць план зможа толькі тэлефон гэтага чалавека. Перадайце яго гэтак жа, як чалавек перадаў вам экспарт: файлам, тэкстам у паведамленні або асабіста ў арганізацыі. Праграма гэтага чалавека не можа праверыць, ці сапраўды план ад вас (скласці яго мог бы кожны, хто бачыў гэты экспарт): папярэдзьце чалавека, што план прыйдзе, і скажыце, як вы яго перадасце.
desk-plan-org-label = Назва арганізацыі
desk-plan-org-help = Чалавек убачыць гэтую назву над крокамі. Кожны раз пішыце тую самую назву: наступны план з такой самай назвай дапоўніць гэты.
desk-plan-steps-help = Каб змяніць крок, які вы дасылалі раней, напішыце яго назву так, як і раней: на тэлефоне чалавека ў гэтым кроку зменяцца дата, месца, што ўзяць з сабой і заўвага, а стан і асабістая нататка чалавека застануцца. Новая назва — новы крок.
desk-plan-step-legend = Крок { $number }
desk-plan-title-label = Назва кроку
desk-plan-due-label = Зрабіць да (неабавязкова)
desk-plan-where-label = Дзе (неабавязкова)
desk-plan-bring-label = Што ўзяць з сабой (неабавязкова)
desk-plan-note-label = Заўвага (неабавязкова)
desk-plan-add-step = Дадаць крок
desk-plan-remove-step = Выдаліць крок { $number }
desk-plan-steps-max = У плане можа быць не больш за { $max } крокаў.
desk-plan-preview-heading = Папярэдні прагляд: так план убачыць чалавек
desk-plan-preview-empty = Крокі з’явяцца тут, калі ў іх будзе назва.
desk-plan-preview-due = Зрабіць да
desk-plan-preview-where = Дзе
desk-plan-preview-bring = Што ўзяць з сабой
desk-plan-preview-note = Заўвага
desk-plan-seal = Запячатаць план
desk-plan-close = Закрыць план
desk-plan-sealed = План запячатаны. Спампуйце яго або скапіюйце як тэкст і перадайце чалавеку.
desk-plan-next = На тэлефоне чалавека: { nav-checklist } → «{ checklist-plan-import-heading }» → выбраць файл або ўставіць тэкст і націснуць «{ checklist-plan-add }».
desk-plan-download = Спампаваць план
desk-plan-copy = Скапіяваць план як тэкст
desk-plan-downloaded = Захавана як { $file }. Перадайце гэты файл чалавеку, а потым выдаліце яго з гэтага камп’ютара.
desk-plan-copied = Скапіявана. Устаўце тэкст у паведамленне для чалавека.
desk-plan-copy-failed = Не ўдалося скапіяваць. Вылучыце ўвесь тэкст ніжэй, скапіюйце яго і ўстаўце ў паведамленне для чалавека.
desk-plan-copy-fallback-label = Запячатаны план у выглядзе тэксту
desk-plan-not-sealed = План не запячатаны. Выпраўце адзначаныя палі і зноў націсніце «Запячатаць план».
desk-plan-error-org-missing = Упішыце назву вашай арганізацыі.
desk-plan-error-org-too-long = Назва можа мець не больш за { $max } сімвалаў.
desk-plan-error-no-steps = Дадайце хаця б адзін крок.
desk-plan-error-too-many-steps = У плане можа быць не больш за { $max } крокаў.
desk-plan-error-title-missing = Дайце кожнаму кроку назву.
desk-plan-error-title-too-long = Назва кроку можа мець не больш за { $max } сімвалаў.
desk-plan-error-title-duplicate = У кроку { $number } такая самая назва. Дайце кожнаму кроку сваю назву.
desk-plan-error-due = Выберыце дату з { $from } па { $to } год або пакіньце поле пустым.
desk-plan-error-text-too-long = У гэтым полі можа быць не больш за { $max } сімвалаў.
desk-plan-error-invalid = План не запячатаны: адно з палёў парушае правіла фармату плана. Праверце ўсе палі і паспрабуйце зноў.
desk-plan-error-recipient = Ключ для адказу ў гэтым экспарце пашкоджаны, таму запячатаць для яго план нельга. Папрасіце чалавека зрабіць новы экспарт.
desk-plan-error-random = Браўзер не змог стварыць выпадковыя лікі, патрэбныя для запячатвання. Перазагрузіце старонку і паспрабуйце зноў.
desk-result-waiting = Чакае файла сакрэтнага ключа. Адкрыецца адразу пасля загрузкі ключа.
desk-waiting-for-key =
    { $count ->
        [one] { $count } экспарт чакае ключа. Ён адкрыецца адразу пасля загрузкі ключа.
        [few] { $count } экспарты чакаюць ключа. Яны адкрыюцца адразу пасля загрузкі ключа.
        [many] { $count } экспартаў чакаюць ключа. Яны адкрыюцца адразу пасля загрузкі ключа.
       *[other] { $count } экспарту чакаюць ключа. Яны адкрыюцца адразу пасля загрузкі ключа.
    }
desk-results-after-key = Выбраныя да загрузкі ключа, адкрытыя зараз:
desk-setup-summary = Наладка: стварыць пару ключоў (адзін раз, для ўсёй арганізацыі)
desk-setup-warning = Толькі для наладкі, не для адкрыцця экспартаў. Каб іх адкрыць, загрузіце файл сакрэтнага ключа, які ў вас ужо ёсць.
desk-plan-due-quick-label = Дата ад сённяшняга дня
desk-plan-due-in-3-days = Праз 3 дні
desk-plan-due-in-a-week = Праз тыдзень
desk-plan-due-in-2-weeks = Праз 2 тыдні
desk-plan-due-words =
    { $weekday ->
        [mon] Панядзелак
        [tue] Аўторак
        [wed] Серада
        [thu] Чацвер
        [fri] Пятніца
        [sat] Субота
       *[sun] Нядзеля
    }, { $date }
