desk-scan-heading = Передача лично
desk-scan-help = Человек нажимает «Показать в организации» на своём телефоне. Сначала сравните отпечаток ключа на его телефоне со своим, затем держите телефон перед камерой.
desk-scan-start = Сканировать с телефона
desk-scan-stop = Выключить камеру
desk-scan-waiting = Ищем коды…
desk-scan-progress = Прочитано кодов: { $received } из { $count }
desk-scan-no-camera = Не удалось включить камеру. Разрешите этой странице доступ к камере или выберите ниже фото или снимки экрана с кодами.
desk-scan-photos-label = Фото или снимки экрана с кодами
desk-scan-no-code = На выбранных изображениях код не найден. Выберите чёткие фото, на которых виден весь код.
desk-scan-not-ours = Это не код { -brand-name }. Сканируйте коды, которые человек показывает кнопкой «Показать в организации».
desk-scan-newer = Эти коды созданы более новой версией { -brand-name }. Обновите этот сайт, чтобы прочитать их.
desk-scan-damaged = Код прочитан с ошибкой. Держите телефон неподвижно; коды покажутся снова.
desk-scan-other-export = Этот код относится к другому экспорту. Сканируйте по одному телефону или снова нажмите «Сканировать с телефона», чтобы начать заново.
desk-scan-mismatch = Коды не сложились в один файл. Чтение начинается заново; продолжайте показывать коды.
desk-scanned-name = Отсканированные коды

org-check-fix-line = Как исправить: { $fix }
org-check-heading = Проверить этот сайт
org-check-intro = Приложение читает файлы этого сайта (config/org.toml, файлы содержания и файлы языков) и показывает каждую ошибку: файл, строку и как её исправить. Подробности — на английском.
org-check-loading = Проверка файлов сайта…
org-check-summary =
    { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибки
    } · { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    }
org-check-finding-error = Ошибка: { $place } — { $message }
org-check-finding-warning = Предупреждение: { $place } — { $message }
org-preview-heading = Посмотреть свой перевод
org-preview-intro = Введите число, чтобы увидеть, как на текущем языке пишется «N шагов». Чтобы найти ещё не переведённый текст, добавьте ?pseudo=accented (или ?pseudo=bidi для письма справа налево) в конец адреса сайта.
org-preview-count-label = Количество шагов
org-back-to-app = Назад в приложение

desk-fingerprint-line = Отпечаток ключа: { $fingerprint }
desk-heading = Рабочее место организации
desk-offline-note = Всё происходит в этом браузере. Ничего никуда не отправляется.
desk-generate-heading = Создать пару ключей
desk-generate-help = Секретный ключ открывает файлы с ответами. Сохраните его, сделайте резервную копию и никому не передавайте. Публичный ключ впишите в config/org.toml.
desk-generate-button = Создать пару ключей
desk-public-key = Публичный ключ (для config/org.toml)
desk-download-identity = Скачать файл секретного ключа
desk-load-identity-heading = Загрузите файл секретного ключа
desk-load-identity-help = Ключ используется только в этом сеансе и нигде не сохраняется. Чтобы браузер его забыл, закройте вкладку.
desk-keys-loaded =
    { $count ->
        [one] Загружен { $count } ключ
        [few] Загружено { $count } ключа
        [many] Загружено { $count } ключей
       *[other] Загружено { $count } ключа
    }
desk-open-heading = Открыть файлы с ответами
desk-open-help = Выберите один или несколько файлов .age или вставьте файл, присланный в виде текста.
desk-paste-label = Вставленный текст
desk-open-button = Открыть
desk-exports-opened =
    { $count ->
        [one] Открыт { $count } файл с ответами
        [few] Открыто { $count } файла с ответами
        [many] Открыто { $count } файлов с ответами
       *[other] Открыто { $count } файла с ответами
    }
desk-download-csv = Скачать таблицу (CSV)
desk-download-json = Скачать данные (JSON)
desk-key-file-problem = { $file }: { $problem }
desk-key-file-problem-line = { $file }, строка { $line }: { $problem }
desk-config-line = Вставьте это в config/org.toml:
desk-secret-shown-once = Файл секретного ключа (показан только сейчас; он также скачан)
desk-download-failed = Не удалось скачать файл. Проверьте настройки загрузок в браузере.
desk-generate-failed = Браузер не смог создать случайный ключ. Обновите страницу и попробуйте снова.
desk-identity-file-label = Файл секретного ключа
desk-forget-keys = Забыть загруженные ключи
desk-files-label = Файлы с ответами (.age)
desk-read-failed = Не удалось прочитать файл.
desk-pasted-name = Вставленный текст
desk-results-heading = Результаты
desk-result-opened = Открыт как файл { $number }.
desk-file-result = { $file }: { $result }
desk-print = Печать
desk-close-all = Закрыть все файлы с ответами
desk-filter-need = Потребность
desk-filter-all = Все потребности
desk-sort-label = Порядок
desk-sort-urgent = Сначала самые срочные
desk-sort-newest = Сначала новые
desk-sort-oldest = Сначала старые
desk-urgent-only = Только срочные
desk-showing = Показано: { $shown } из { $count }.
desk-urgent-in-danger = Сейчас в опасности
desk-urgent-legal-stay = Легальное пребывание скоро заканчивается или нет документа
desk-urgent-health-urgent = Срочно нужна медицинская помощь
desk-urgent-psych-now = Нужна психологическая помощь сейчас
desk-export-title = Файл { $number }, создан { $date }
desk-export-language-line = Язык ответов: { $language }
desk-other-content-version = Создан по другой версии вопросов ({ $version }). Некоторые ответы могут быть показаны в виде идентификаторов.
desk-answers-heading = Ответы
desk-no-answers = Ответов нет.
desk-checklist-heading = Список шагов
desk-no-steps = Отмеченных шагов нет.
desk-plan-write = Составить план
desk-plan-heading = План для этого человека
desk-plan-intro = Открыть план сможет только телефон этого человека. Передайте его так же, как человек передал вам файл с ответами: файлом, текстом в сообщении или лично в организации. Приложение этого человека не может проверить, действительно ли план от вас (составить его может любой, кто видел этот файл с ответами): предупредите человека, что план придёт, и скажите, как вы его передадите.
desk-plan-org-label = Название организации
desk-plan-org-help = Человек увидит это название над шагами. Всегда используйте одно и то же название: следующий план с тем же названием дополнит этот.
desk-plan-steps-help = Чтобы изменить шаг, отправленный раньше, напишите его название так же, как в прошлый раз: на телефоне человека у этого шага поменяются дата, место, что взять с собой и примечание, а статус и личная заметка человека останутся. Новое название — новый шаг.
desk-plan-step-legend = Шаг { $number }
desk-plan-title-label = Название шага
desk-plan-due-label = Сделать до (необязательно)
desk-plan-where-label = Где (необязательно)
desk-plan-bring-label = Что взять с собой (необязательно)
desk-plan-note-label = Примечание (необязательно)
desk-plan-add-step = Добавить шаг
desk-plan-remove-step = Удалить шаг { $number }
desk-plan-steps-max = В плане может быть не больше { $max } шагов.
desk-plan-preview-heading = Предпросмотр: так план увидит человек
desk-plan-preview-empty = Шаги появятся здесь, когда у них будет название.
desk-plan-preview-due = Сделать до
desk-plan-preview-where = Где
desk-plan-preview-bring = Что взять с собой
desk-plan-preview-note = Примечание
desk-plan-seal = Запечатать план
desk-plan-close = Закрыть план
desk-plan-sealed = План запечатан. Скачайте его или скопируйте как текст и передайте человеку.
desk-plan-next = На телефоне человека: { nav-checklist } → «{ checklist-plan-import-heading }» → выбрать файл или вставить текст и нажать «{ checklist-plan-add }».
desk-plan-download = Скачать план
desk-plan-copy = Скопировать план как текст
desk-plan-downloaded = Сохранено как { $file }. Передайте этот файл человеку, а потом удалите его с этого компьютера.
desk-plan-copied = Скопировано. Вставьте текст в сообщение для человека.
desk-plan-copy-failed = Не удалось скопировать. Выделите весь текст ниже, скопируйте его и вставьте в сообщение для человека.
desk-plan-copy-fallback-label = Запечатанный план в виде текста
desk-plan-not-sealed = План не запечатан. Исправьте отмеченные поля и снова нажмите «Запечатать план».
desk-plan-error-org-missing = Впишите название вашей организации.
desk-plan-error-org-too-long = Название может содержать не больше { $max } символов.
desk-plan-error-no-steps = Добавьте хотя бы один шаг.
desk-plan-error-too-many-steps = В плане может быть не больше { $max } шагов.
desk-plan-error-title-missing = Дайте каждому шагу название.
desk-plan-error-title-too-long = Название шага может содержать не больше { $max } символов.
desk-plan-error-title-duplicate = У шага { $number } такое же название. Дайте каждому шагу своё название.
desk-plan-error-due = Выберите дату с { $from } по { $to } год или оставьте поле пустым.
desk-plan-error-text-too-long = В этом поле может быть не больше { $max } символов.
desk-plan-error-invalid = План не запечатан: одно из полей нарушает правило формата плана. Проверьте все поля и попробуйте снова.
desk-plan-error-recipient = Ключ для ответа в этом файле повреждён, поэтому запечатать для него план нельзя. Попросите человека сделать новый файл с ответами.
desk-plan-error-random = Браузер не смог получить случайные числа, нужные для запечатывания. Перезагрузите страницу и попробуйте снова.
desk-result-waiting = Ждёт файла секретного ключа. Откроется сразу после загрузки ключа.
desk-waiting-for-key =
    { $count ->
        [one] { $count } файл с ответами ждёт ключа. Он откроется сразу после загрузки ключа.
        [few] { $count } файла с ответами ждут ключа. Они откроются сразу после загрузки ключа.
        [many] { $count } файлов с ответами ждут ключа. Они откроются сразу после загрузки ключа.
       *[other] { $count } файла с ответами ждут ключа. Они откроются сразу после загрузки ключа.
    }
desk-results-after-key = Файлы, выбранные до загрузки ключа, открыты сейчас:
desk-setup-summary = Настройка: создать пару ключей (один раз, для всей организации)
desk-setup-warning = Только для настройки, не для открытия файлов с ответами. Чтобы их открыть, загрузите файл секретного ключа, который у вас уже есть.
desk-plan-due-quick-label = Дата от сегодняшнего дня
desk-plan-due-in-3-days = Через 3 дня
desk-plan-due-in-a-week = Через неделю
desk-plan-due-in-2-weeks = Через 2 недели
desk-plan-due-words =
    { $weekday ->
        [mon] Понедельник
        [tue] Вторник
        [wed] Среда
        [thu] Четверг
        [fri] Пятница
        [sat] Суббота
       *[sun] Воскресенье
    }, { $date }
