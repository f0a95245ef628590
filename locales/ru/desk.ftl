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
