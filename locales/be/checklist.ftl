# Экран спісу крокаў. Узор з каментарамі: locales/en/checklist.ftl.

## Экран

checklist-heading = Мой спіс крокаў
checklist-intro = Крокі на першыя тыдні ў Польшчы. Адзначайце, што ўжо зроблена. Усё, што вы захаваеце, застаецца на гэтым тэлефоне ў зашыфраваным выглядзе.
checklist-content-broken = Спіс крокаў нельга паказаць: у яго змесце памылка. Паведаміце пра гэта арганізацыі, якая вядзе гэты сайт.

## Форма «Мая сітуацыя»

checklist-situation-heading = Мая сітуацыя
checklist-situation-hint = Усе пытанні неабавязковыя. Адказы патрэбныя толькі для таго, каб паказаць вашы крокі і тэрміны. Захаваныя адказы застаюцца на гэтым тэлефоне ў зашыфраваным выглядзе.
checklist-situation-arrival = Дата прыезду ў Польшчу
checklist-situation-status = Ваш цяперашні статус
checklist-status-humanitarian-visa = Гуманітарная віза
checklist-status-other-visa = Іншая віза (праца, вучоба, іншае)
checklist-status-visa-free = Бязвізавае знаходжанне
checklist-status-residence-application-pending = Заява на дазвол на знаходжанне пададзеная, чакаю рашэння (штамп або даведка з MOS)
checklist-status-temporary-residence = Дазвол на часовае знаходжанне (karta pobytu)
checklist-status-asylum-applicant = Заява на міжнародную абарону (прытулак) пададзеная
checklist-status-international-protection = Статус бежанца або дадатковая абарона
checklist-status-temporary-protection = Часовая абарона (людзі з Украіны)
checklist-status-no-document = Цяпер няма дзейнага дакумента
checklist-status-not-sure = Не ведаю
checklist-situation-document-expiry = Дата заканчэння візы або дазволу
checklist-situation-protection-applied = Дата падачы заявы на абарону
checklist-situation-children = Ці ёсць з вамі дзеці?
checklist-situation-yes = Так
checklist-situation-no = Не
checklist-situation-not-answered = Без адказу
checklist-situation-city = Горад, дзе вы жывяце
checklist-situation-city-placeholder = напрыклад, Warszawa
checklist-situation-save = Захаваць
checklist-situation-edit = Змяніць маю сітуацыю

## Наступныя крокі і тэрміны

checklist-next-heading = Наступныя крокі
checklist-all-heading = Усе крокі
checklist-overdue = Тэрмін мінуў
checklist-due-soon = Тэрмін набліжаецца
checklist-do-now = Зрабіце гэта зараз
checklist-due-line =
    { $days ->
        [0] Зрабіць да { $date } (сёння)
        [1] Зрабіць да { $date } (заўтра)
        [one] Зрабіць да { $date } (праз { $days } дзень)
        [few] Зрабіць да { $date } (праз { $days } дні)
        [many] Зрабіць да { $date } (праз { $days } дзён)
       *[other] Зрабіць да { $date } (праз { $days } дня)
    }
checklist-due-line-late =
    { $days ->
        [one] Зрабіць да { $date } (пратэрмінавана на { $days } дзень)
        [few] Зрабіць да { $date } (пратэрмінавана на { $days } дні)
        [many] Зрабіць да { $date } (пратэрмінавана на { $days } дзён)
       *[other] Зрабіць да { $date } (пратэрмінавана на { $days } дня)
    }
checklist-deadline-line =
    { $days ->
        [0] Апошні магчымы дзень: { $date } (сёння)
        [1] Апошні магчымы дзень: { $date } (заўтра)
        [one] Апошні магчымы дзень: { $date } (праз { $days } дзень)
        [few] Апошні магчымы дзень: { $date } (праз { $days } дні)
        [many] Апошні магчымы дзень: { $date } (праз { $days } дзён)
       *[other] Апошні магчымы дзень: { $date } (праз { $days } дня)
    }
checklist-deadline-line-late =
    { $days ->
        [one] Апошні магчымы дзень: { $date } (пратэрмінавана на { $days } дзень)
        [few] Апошні магчымы дзень: { $date } (пратэрмінавана на { $days } дні)
        [many] Апошні магчымы дзень: { $date } (пратэрмінавана на { $days } дзён)
       *[other] Апошні магчымы дзень: { $date } (пратэрмінавана на { $days } дня)
    }
checklist-may-apply = Гэты крок можа датычыцца вас. Гэта залежыць ад вашай сітуацыі.
checklist-do-first = Спачатку: { $step }
checklist-dates-hint = Тэрміны лічацца ад дат, якія вы ўказалі. Важныя тэрміны ўдакладняйце ва ўстанове.
checklist-show-all = Паказаць крокі, якія мяне не датычацца
checklist-hide-not-applicable = Схаваць крокі, якія мяне не датычацца

## Падрабязнасці кроку

checklist-part-what = Што зрабіць
checklist-part-why = Чаму гэта важна
checklist-part-where = Дзе
checklist-part-bring = Што ўзяць з сабой
checklist-sources-heading = Афіцыйныя крыніцы (па-польску або па-англійску)
checklist-sources-other-heading = Іншыя крыніцы: арганізацыі і СМІ
checklist-source-line = { $source } (праверана { $date })

## Стан

checklist-state-label = Стан
checklist-state-todo = Трэба зрабіць
checklist-state-in-progress = У працэсе
checklist-state-done = Зроблена
checklist-state-not-relevant = Мяне не датычыцца

## Нататкі

checklist-note-label = Мая нататка
checklist-note-hint = Гэтая нататка — толькі для вас: яна не трапляе ў файл для арганізацыі. На гэтым тэлефоне яна захоўваецца зашыфраванай разам з вашымі адказамі.

## Прагрэс

checklist-progress =
    { $total ->
        [one] Зроблена { $done } з { $total } кроку
        [few] Зроблена { $done } з { $total } крокаў
        [many] Зроблена { $done } з { $total } крокаў
       *[other] Зроблена { $done } з { $total } кроку
    }
checklist-progress-all-done = Усе крокі зробленыя. Выдатна!

## Тэрміны ў календары

checklist-ics-button = Дадаць тэрміны ў каляндар (.ics)
checklist-ics-warning = Файл календара не зашыфраваны. Кожны, хто ўбачыць файл або ваш каляндар, зможа прачытаць гэтыя крокі і даты.
checklist-ics-none = Тэрмінаў пакуль няма. Укажыце свае даты ў раздзеле «Мая сітуацыя».
checklist-ics-due = { $title }
checklist-ics-deadline = Апошні дзень: { $title }

## Пустыя спісы

checklist-empty-next = Зараз нічога рабіць не трэба.
checklist-empty-situation = Раскажыце крыху пра сваю сітуацыю, каб убачыць свае крокі і тэрміны.
checklist-empty-list = Тут няма крокаў.

## Экран спісу крокаў (дададзена разам з экранам)

checklist-content-unavailable = Зараз не ўдаецца загрузіць спіс крокаў. Праверце падключэнне да інтэрнэту і адкрыйце гэтую старонку яшчэ раз.
checklist-situation-saved = Гатова. Вашы крокі і тэрміны абноўленыя.
checklist-does-not-apply = Гэты крок не датычыцца вашай сітуацыі.
checklist-state-announce = { $title }: { $state }
checklist-ics-heading = Тэрміны ў календары
checklist-ics-failed = Не атрымалася стварыць файл календара. Паспрабуйце яшчэ раз.

## Планы ад арганізацыі

checklist-plan-import-heading = План ад вашай арганізацыі
checklist-plan-import-help = Пасля таго як вы адправіце свае адказы, ваша арганізацыя можа даслаць вам план — наступныя крокі для вас з тэрмінамі. Адкрыць яго можа толькі гэтая праграма, адамкнёная вашым паролем. Крокі з плана дадаюцца ў ваш спіс крокаў і захоўваюцца разам з вашымі адказамі. Праграма не можа праверыць, хто склаў план: скласці яго мог бы кожны, хто бачыў файл з вашымі адказамі.
checklist-plan-file-label = Адкрыць файл з планам
checklist-plan-paste-label = Або ўстаўце тэкст плана
checklist-plan-add = Дадаць план
checklist-plan-added = План ад арганізацыі «{ $org }» дададзены ў ваш спіс крокаў. Новыя крокі: { $added }. Змененыя крокі: { $updated }.
checklist-plan-heading = План: { $org }
checklist-plan-unchecked = Праграма не можа праверыць, хто склаў гэты план. Калі ў нейкім кроку трэба прынесці дакументы або грошы ці прыйсці па новым адрасе, спачатку ўдакладніце гэта ў сваёй арганізацыі — праз кантакт, які вы ўжо ведаеце.
checklist-plan-remove = Выдаліць гэты план
checklist-plan-remove-confirm = Выдаліць план ад арганізацыі «{ $org }» разам са станам і нататкамі яго крокаў?
checklist-plan-remove-yes = Так, выдаліць
checklist-plan-removed = План выдалены.
plan-error-too-large = Гэты файл занадта вялікі для плана. Нічога не дададзена. Праверце, ці выбралі вы файл, які даслала ваша арганізацыя.
plan-error-not-sealed = Гэта не план. Нічога не дададзена. Выберыце файл, які даслала ваша арганізацыя, або ўстаўце ўвесь тэкст — ад «-----BEGIN AGE ENCRYPTED FILE-----» да канца.
plan-error-damaged = План пашкоджаны або няпоўны — магчыма, яго абрэзала па дарозе. Нічога не дададзена. Папрасіце сваю арганізацыю даслаць яго яшчэ раз, па магчымасці файлам.
plan-error-not-for-you = Гэты план складзены для іншага чалавека або для адказаў, якія вы адправілі да змены пароля. Нічога не дададзена. Адпраўце свае адказы яшчэ раз і папрасіце ў сваёй арганізацыі новы план.
plan-error-no-key = Гэтая праграма пакуль не можа адкрываць планы. Нічога не дададзена. Замкніце свае адказы паролем, адпраўце іх сваёй арганізацыі, а потым папрасіце план.
plan-error-not-a-plan = Файл адкрыўся, але гэта не план. Нічога не дададзена. Папрасіце сваю арганізацыю даслаць план яшчэ раз.
plan-error-newer = Гэты план зроблены ў навейшай версіі праграмы. Нічога не дададзена. Адкрыйце гэтую старонку адзін раз, калі ў вас ёсць інтэрнэт, каб праграма абнавілася, а потым паспрабуйце яшчэ раз.
plan-error-invalid = У гэтым плане памылка (нейкая частка пустая, занадта доўгая або ў ёй няправільная дата). Нічога не дададзена. Папрасіце сваю арганізацыю даслаць яго яшчэ раз.
plan-error-too-many = У вашым спісе крокаў ужо столькі планаў і крокаў, колькі ён можа змясціць. Нічога не дададзена. Выдаліце план, які вам больш не патрэбны, і паспрабуйце яшчэ раз.
plan-error-unreadable = Не ўдалося прачытаць файл. Нічога не дададзена. Паспрабуйце яшчэ раз або ўстаўце тэкст плана.
