# Экран списка шагов. Образец с комментариями: locales/en/checklist.ftl.

## Screen

checklist-heading = Мой список шагов
checklist-intro = Шаги на первые недели в Польше. Отмечайте, что уже сделано. Всё, что вы сохраните, хранится на этом телефоне и блокируется вашим паролем.
checklist-content-broken = Список шагов нельзя показать: в его содержании ошибка. Сообщите об этом организации, которая ведёт этот сайт.

## My situation form

checklist-situation-heading = Моя ситуация
checklist-situation-hint = Все вопросы необязательны. Ответы нужны только для того, чтобы показать ваши шаги и сроки. Когда вы их сохраните, они хранятся на этом телефоне и блокируются вашим паролем.
checklist-situation-arrival = Дата приезда в Польшу
checklist-situation-status = Ваш статус сейчас
checklist-status-humanitarian-visa = Гуманитарная виза
checklist-status-other-visa = Другая виза (работа, учёба, другое)
checklist-status-visa-free = Безвизовое пребывание
checklist-status-residence-application-pending = Подано заявление о разрешении на пребывание, жду решения (штамп или справка из MOS)
checklist-status-temporary-residence = Разрешение на временное пребывание (karta pobytu)
checklist-status-asylum-applicant = Подано заявление о международной защите (убежище)
checklist-status-international-protection = Статус беженца или дополнительная защита
checklist-status-temporary-protection = Временная защита (люди из Украины)
checklist-status-no-document = Сейчас нет действующего документа
checklist-status-not-sure = Не знаю
checklist-situation-document-expiry = Дата окончания визы или разрешения
checklist-situation-protection-applied = Дата подачи заявления о защите
checklist-situation-children = С вами есть дети?
checklist-situation-yes = Да
checklist-situation-no = Нет
checklist-situation-not-answered = Без ответа
checklist-situation-city = Город, где вы живёте
checklist-situation-city-placeholder = например, Warszawa
checklist-situation-save = Сохранить
checklist-situation-edit = Изменить мою ситуацию

## Next steps and dates

checklist-next-heading = Следующие шаги
checklist-all-heading = Все шаги
checklist-overdue = Срок прошёл
checklist-due-soon = Скоро срок
checklist-do-now = Сделайте сейчас
checklist-due-line =
    { $days ->
        [0] Сделать до { $date } (сегодня)
        [1] Сделать до { $date } (завтра)
        [one] Сделать до { $date } (через { $days } день)
        [few] Сделать до { $date } (через { $days } дня)
        [many] Сделать до { $date } (через { $days } дней)
       *[other] Сделать до { $date } (через { $days } дня)
    }
checklist-due-line-late =
    { $days ->
        [one] Сделать до { $date } (просрочено на { $days } день)
        [few] Сделать до { $date } (просрочено на { $days } дня)
        [many] Сделать до { $date } (просрочено на { $days } дней)
       *[other] Сделать до { $date } (просрочено на { $days } дня)
    }
checklist-deadline-line =
    { $days ->
        [0] Последний возможный день: { $date } (сегодня)
        [1] Последний возможный день: { $date } (завтра)
        [one] Последний возможный день: { $date } (через { $days } день)
        [few] Последний возможный день: { $date } (через { $days } дня)
        [many] Последний возможный день: { $date } (через { $days } дней)
       *[other] Последний возможный день: { $date } (через { $days } дня)
    }
checklist-deadline-line-late =
    { $days ->
        [one] Последний возможный день: { $date } (просрочено на { $days } день)
        [few] Последний возможный день: { $date } (просрочено на { $days } дня)
        [many] Последний возможный день: { $date } (просрочено на { $days } дней)
       *[other] Последний возможный день: { $date } (просрочено на { $days } дня)
    }
checklist-may-apply = Этот шаг может касаться вас. Это зависит от вашей ситуации.
checklist-do-first = Сначала: { $step }
checklist-dates-hint = Сроки рассчитаны от дат, которые вы указали. Важные сроки уточняйте в учреждении.
checklist-show-all = Показать шаги, которые меня не касаются
checklist-hide-not-applicable = Скрыть шаги, которые меня не касаются

## Step details

checklist-part-what = Что сделать
checklist-part-why = Почему это важно
checklist-part-where = Где
checklist-part-bring = Что взять с собой
checklist-sources-heading = Официальные источники (на польском или английском)
checklist-sources-other-heading = Другие источники: организации и СМИ
checklist-source-line = { $source } (проверено { $date })

## States

checklist-state-label = Статус
checklist-state-todo = Нужно сделать
checklist-state-in-progress = В процессе
checklist-state-done = Сделано
checklist-state-not-relevant = Меня не касается

## Notes

checklist-note-label = Моя заметка
checklist-note-hint = Эта заметка никуда не отправляется, даже в файле с ответами для организации. Она хранится на этом телефоне вместе с ответами и блокируется вашим паролем.

## Progress

checklist-progress =
    { $total ->
        [one] Сделано { $done } из { $total } шага
        [few] Сделано { $done } из { $total } шагов
        [many] Сделано { $done } из { $total } шагов
       *[other] Сделано { $done } из { $total } шага
    }
checklist-progress-all-done = Все шаги сделаны. Отлично!

## Calendar export

checklist-ics-button = Добавить сроки в календарь (.ics)
checklist-ics-warning = Файл календаря не зашифрован. Любой, кто увидит этот файл или ваш календарь, сможет прочитать эти шаги и даты.
checklist-ics-none = Сроков пока нет. Укажите свои даты в разделе «Моя ситуация».
checklist-ics-due = { $title }
checklist-ics-deadline = Последний день: { $title }

## Empty states

checklist-empty-next = Сейчас делать ничего не нужно.
checklist-empty-situation = Расскажите немного о своей ситуации, чтобы увидеть свои шаги и сроки.
checklist-empty-list = Здесь нет шагов.

## Checklist screen (added with the screen)

checklist-content-unavailable = Сейчас не удаётся загрузить список шагов. Проверьте подключение к интернету и откройте эту страницу ещё раз.
checklist-situation-saved = Готово. Ваши шаги и сроки обновлены.
checklist-does-not-apply = Этот шаг не касается вашей ситуации.
checklist-state-announce = { $title }: { $state }
checklist-ics-heading = Сроки в вашем календаре
checklist-ics-failed = Не удалось создать файл календаря. Попробуйте ещё раз.

## Plans from the organisation

checklist-plan-import-heading = План от вашей организации
checklist-plan-import-help = После того как вы отправите свои ответы, ваша организация может прислать вам в ответ план: ваши следующие шаги со сроками. Открыть его может только это приложение, разблокированное вашим паролем. Шаги из плана добавляются в ваш список шагов и хранятся вместе с вашими ответами. Приложение не может проверить, кем составлен план: составить его может любой, кто видел файл с вашими ответами.
checklist-plan-file-label = Открыть файл с планом
checklist-plan-paste-label = Или вставьте текст плана
checklist-plan-add = Добавить план
checklist-plan-added = План от организации { $org } добавлен в ваш список шагов. Новых шагов: { $added }. Изменённых шагов: { $updated }.
checklist-plan-heading = План: { $org }
checklist-plan-unchecked = Приложение не может проверить, кем составлен этот план. Если в каком-то шаге нужно принести документы или деньги либо прийти по новому адресу, сначала уточните это у своей организации — по контакту, который вы уже знаете.
checklist-plan-remove = Удалить этот план
checklist-plan-remove-confirm = Удалить план от организации { $org } вместе со статусами и заметками его шагов?
checklist-plan-remove-yes = Да, удалить
checklist-plan-removed = План удалён.
plan-error-too-large = Этот файл слишком большой для плана. Ничего не добавлено. Проверьте, что вы выбрали файл, который прислала ваша организация.
plan-error-not-sealed = Это не план. Ничего не добавлено. Выберите файл, который прислала ваша организация, или вставьте весь текст — от «-----BEGIN AGE ENCRYPTED FILE-----» до конца.
plan-error-damaged = План повреждён или неполный — возможно, при пересылке часть потерялась. Ничего не добавлено. Попросите свою организацию прислать его ещё раз, по возможности файлом.
plan-error-not-for-you = Этот план составлен для другого человека или для ответов, которые вы отправили до смены пароля. Ничего не добавлено. Отправьте свои ответы ещё раз и попросите у своей организации новый план.
plan-error-no-key = Это приложение пока не может открывать планы. Ничего не добавлено. Заблокируйте свои ответы паролем, отправьте их в свою организацию, а потом попросите план.
plan-error-not-a-plan = Файл открылся, но это не план. Ничего не добавлено. Попросите свою организацию прислать план ещё раз.
plan-error-newer = Этот план создан в более новой версии приложения. Ничего не добавлено. Откройте эту страницу при подключении к интернету, чтобы приложение обновилось, а потом попробуйте ещё раз.
plan-error-invalid = В этом плане ошибка (какая-то часть пустая, слишком длинная или с неверной датой). Ничего не добавлено. Попросите свою организацию прислать его ещё раз.
plan-error-too-many = В вашем списке шагов уже столько планов и шагов, сколько он может вместить. Ничего не добавлено. Удалите план, который вам больше не нужен, и попробуйте ещё раз.
plan-error-unreadable = Не удалось прочитать файл. Ничего не добавлено. Попробуйте ещё раз или вставьте текст плана.
