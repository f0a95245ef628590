### Waymark: запечатанный файл с ответами и рабочее место организации. Перевод en/export.ftl (комментарии там).

export-heading = Отправьте ответы в организацию
export-summary-heading = Что будет в файле
export-organisation = Организация
export-contact = Контакты
export-fingerprint = Отпечаток ключа
desk-fingerprint-line = Отпечаток ключа: { $fingerprint }
export-fingerprint-help = Сверьте этот код с организацией, когда передаёте файл. Если код другой, не отправляйте файл.
export-consent = Я даю согласие отправить эти ответы в организацию { $organisation }. Открыть файл сможет только она.
export-download = Скачать файл
export-share = Поделиться
export-copy-text = Скопировать как текст
export-show-codes = Показать в организации
export-codes-brightness = Включите полную яркость экрана и держите телефон неподвижно перед камерой организации. Ничего не сохраняется и не отправляется.
export-codes-position = Код { $index } из { $count }
export-codes-previous = Назад
export-codes-pause = Пауза
export-codes-play = Продолжить
export-codes-next = Дальше
export-codes-close = Скрыть коды
export-codes-too-large = Ваши ответы слишком длинные, чтобы показать их кодами. Используйте «Скачать файл».
export-codes-failed = Не удалось создать коды. Обновите страницу и попробуйте ещё раз или используйте «Скачать файл».
export-copied = Скопировано. Вставьте текст в чат с организацией.
export-demo-warning = Это демоверсия. Этот файл может открыть кто угодно. Не отправляйте настоящие ответы.
export-config-broken = Отправка отключена: в настройках этого сайта ошибка. Сообщите об этом организации. Ваши ответы остаются на этом телефоне.
export-seal-too-large = Ваши ответы слишком длинные для одного файла. Сократите самые длинные текстовые ответы.
export-seal-failed = Не удалось создать файл. Попробуйте ещё раз.
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
export-open-too-large = Этот файл слишком большой для файла с ответами ({ $size } КБ; предел — { $max } КБ).
export-open-not-age = Это не файл с ответами. Выберите файл, который прислал вам человек (его имя заканчивается на .age).
export-open-armor = Вставленный текст повреждён или неполный. Попросите прислать файл ещё раз — лучше файлом, а не текстом.
export-open-header = Файл повреждён. Попросите прислать его ещё раз.
export-open-hmac = Файл изменили после того, как его запечатали. Не доверяйте ему и попросите прислать его ещё раз.
export-open-no-match = Ни один из загруженных ключей не открывает этот файл. Возможно, он запечатан для другой организации или старым ключом.
export-open-too-many-keys = Этот файл не открыт: он запечатан больше чем для { $max } ключей, а настоящий файл с ответами запечатан только для нескольких ключей вашей организации. Это не файл с ответами, или его изменили. Попросите отправителя прислать файл ещё раз.
export-open-passphrase = Этот файл заблокирован паролем, а не ключом организации. Рабочее место не может его открыть.
export-open-payload = Файл повреждён или обрезан. Из него ничего не показано. Попросите прислать его ещё раз.
export-open-no-identities = Сначала загрузите файл секретного ключа.
export-open-not-waymark = Файл открылся, но это не файл с ответами из { -brand-name }.
export-open-newer-version = Этот файл с ответами в более новом формате (версия { $version }). Обновите сайт, чтобы его прочитать.
export-open-invalid = Файл открылся, но части ответов в нём отсутствуют или повреждены.
export-identity-no-keys = Секретный ключ не найден. Строка секретного ключа начинается с AGE-SECRET-KEY-1.
export-identity-public-key = Это публичный ключ (age1…). Нужен файл СЕКРЕТНОГО ключа.
export-identity-post-quantum = Постквантовые ключи (AGE-SECRET-KEY-PQ-…) пока не поддерживаются.
export-identity-plugin = Ключи плагинов (например, YubiKey) нельзя использовать в браузере.
export-identity-ssh = Ключи SSH не поддерживаются. Используйте файл ключа age.
export-identity-encrypted = Этот файл ключа заблокирован паролем. Сначала расшифруйте его: age -d key.age > key.txt
export-identity-not-a-key = Эта строка — не секретный ключ.
export-identity-bad-checksum = В секретном ключе опечатка, или он обрезан. Загрузите исходный файл.
export-identity-malformed = Секретный ключ повреждён.
export-identity-too-large = Этот файл слишком большой для файла ключа.
export-recipient-empty = Один из публичных ключей пуст.
export-recipient-secret-key = ОПАСНО: вместо публичного ключа указан СЕКРЕТНЫЙ. Его видят все. Немедленно создайте новую пару ключей и больше никогда не используйте старую.
export-recipient-ssh = Ключи SSH не поддерживаются. Используйте публичный ключ age (age1…).
export-recipient-post-quantum = Постквантовые ключи (age1pq…) пока не поддерживаются.
export-recipient-tag = Аппаратные ключи-метки (age1tag…) не поддерживаются.
export-recipient-plugin = Ключи плагинов ({ $plugin }) нельзя использовать в браузере.
export-recipient-not-age = Это не публичный ключ age. Он должен начинаться с age1.
export-recipient-malformed = В публичном ключе есть символы, которых не может быть в ключе. Скопируйте его ещё раз.
export-recipient-bad-checksum = В публичном ключе опечатка, или он обрезан. Скопируйте его ещё раз, не набирайте вручную.
export-recipient-wrong-length = У публичного ключа неверная длина. Скопируйте его ещё раз.
export-loading = Загрузка…
export-form-unavailable = Не удалось загрузить вопросы, поэтому сейчас файл создать нельзя. Проверьте подключение к интернету и откройте эту страницу снова. Ваши ответы остаются на этом телефоне.
export-answers-heading = Ваши ответы
export-no-answers = Вы ещё не ответили ни на один вопрос. В файле будет только ваш список шагов.
export-checklist-heading = Список шагов
export-no-steps = Пока ни один шаг не отмечен.
export-notes-not-sent = Ваши личные заметки к шагам не отправляются.
export-recipient-heading = Кто может открыть файл
export-contact-web-line = Сайт: { $value }
export-contact-email-line = Эл. почта: { $value }
export-contact-phone-line = Телефон: { $value }
export-contact-messenger-line = Мессенджер: { $value }
export-send-heading = Создать и отправить файл
export-consent-first = Поставьте галочку выше, чтобы создать файл.
export-downloaded = Файл { $file } сохранён на этом телефоне (обычно в папке «Загрузки»). Отправьте его в организацию, а потом удалите с телефона.
export-shared = Файл передан в выбранное приложение. Проверьте там, что он действительно отправлен.
export-what-next = Что дальше: если вы ещё не отправили файл, отправьте его в организацию { $org } через один из контактов выше. С вами свяжутся тем способом, который вы выбрали в ответах.
export-download-failed = Не удалось сохранить файл. Попробуйте кнопку «Скопировать как текст».
export-share-failed = Не удалось поделиться файлом. Нажмите «Скачать файл» или «Скопировать как текст».
export-copy-failed = Не удалось скопировать. Выделите весь текст ниже, скопируйте его и вставьте в чат с организацией.
export-copy-fallback-label = Запечатанный файл в виде текста
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
