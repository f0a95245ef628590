### Waymark: запечатаний експорт і робоче місце організації. Переклад en/export.ftl (коментарі там).

export-heading = Надішліть відповіді організації
export-summary-heading = Що буде у файлі
export-organisation = Організація
export-contact = Контакти
export-fingerprint = Відбиток ключа
desk-fingerprint-line = Відбиток ключа: { $fingerprint }
export-fingerprint-help = Звірте цей код з організацією, коли передаєте файл. Якщо код інший, не надсилайте файл.
export-consent = Я даю згоду надіслати ці відповіді організації «{ $organisation }». Відкрити файл зможе лише вона.
export-download = Завантажити файл
export-share = Поділитися
export-copy-text = Скопіювати як текст
export-copied = Скопійовано. Вставте це в чат з організацією.
export-demo-warning = Це демоверсія. Цей файл може відкрити будь-хто. Не надсилайте справжні відповіді.
export-config-broken = Надсилання вимкнено: у налаштуваннях цього сайту помилка. Повідомте про це організацію. Ваші відповіді залишаються збереженими на цьому телефоні.
export-seal-too-large = Ваші відповіді задовгі для одного файлу. Скоротіть найдовші текстові відповіді.
export-seal-failed = Не вдалося створити файл. Спробуйте ще раз.
desk-heading = Робоче місце організації
desk-offline-note = Усе відбувається в цьому браузері. Нічого нікуди не надсилається.
desk-generate-heading = Створити пару ключів
desk-generate-help = Секретний ключ відкриває експорти. Збережіть його, зробіть резервну копію і нікому не передавайте. Публічний ключ впишіть у config/org.toml.
desk-generate-button = Створити пару ключів
desk-public-key = Публічний ключ (для config/org.toml)
desk-download-identity = Завантажити файл секретного ключа
desk-load-identity-heading = Завантажте файл секретного ключа
desk-load-identity-help = Використовується лише в цьому сеансі й ніде не зберігається. Закрийте вкладку, щоб його забути.
desk-keys-loaded =
    { $count ->
        [one] Завантажено { $count } ключ
        [few] Завантажено { $count } ключі
        [many] Завантажено { $count } ключів
       *[other] Завантажено { $count } ключа
    }
desk-open-heading = Відкрити експорти
desk-open-help = Виберіть один або кілька файлів .age або вставте файл, надісланий текстом.
desk-paste-label = Вставлений текст
desk-open-button = Відкрити
desk-exports-opened =
    { $count ->
        [one] Відкрито { $count } експорт
        [few] Відкрито { $count } експорти
        [many] Відкрито { $count } експортів
       *[other] Відкрито { $count } експорту
    }
desk-download-csv = Завантажити таблицю (CSV)
desk-download-json = Завантажити дані (JSON)
desk-key-file-problem = { $file }: { $problem }
desk-key-file-problem-line = { $file }, рядок { $line }: { $problem }
export-open-too-large = Цей файл завеликий для експорту ({ $size } КБ; межа — { $max } КБ).
export-open-not-age = Це не файл експорту.
export-open-armor = Вставлений текст пошкоджений або неповний. Попросіть надіслати файл ще раз або файлом, а не текстом.
export-open-header = Файл пошкоджений. Попросіть надіслати його ще раз.
export-open-hmac = Файл змінили після запечатування. Не довіряйте йому; попросіть надіслати його ще раз.
export-open-no-match = Жоден із завантажених ключів не відкриває цей файл. Можливо, його запечатано для іншої організації або старим ключем.
export-open-too-many-keys = Цей файл не відкрито: кількість ключів, для яких його запечатано, більша за { $max }, а справжній експорт запечатано лише для кількох ключів організації. Це не експорт, або файл змінили. Попросіть відправника надіслати експорт ще раз.
export-open-passphrase = Цей файл захищено паролем, а не ключем організації. Робоче місце не може його відкрити.
export-open-payload = Файл пошкоджений або обрізаний. З нього нічого не показано. Попросіть надіслати його ще раз.
export-open-no-identities = Спочатку завантажте файл секретного ключа.
export-open-not-waymark = Файл відкрився, але це не експорт { -brand-name }.
export-open-newer-version = Цей експорт у новішому форматі (версія { $version }). Оновіть сайт, щоб його прочитати.
export-open-invalid = Файл відкрився, але частин експорту бракує або вони хибні.
export-identity-no-keys = Секретний ключ не знайдено. Рядок секретного ключа починається з AGE-SECRET-KEY-1.
export-identity-public-key = Це публічний ключ (age1…). Потрібен файл СЕКРЕТНОГО ключа.
export-identity-post-quantum = Постквантові ключі (AGE-SECRET-KEY-PQ-…) поки не підтримуються.
export-identity-plugin = Ключі плагінів (наприклад, YubiKey) не можна використовувати в браузері.
export-identity-ssh = Ключі SSH не підтримуються. Використовуйте файл ключа age.
export-identity-encrypted = Цей файл ключа захищено паролем. Спочатку розшифруйте його: age -d key.age > key.txt
export-identity-not-a-key = Цей рядок — не секретний ключ.
export-identity-bad-checksum = У секретному ключі помилка, або його обрізано. Завантажте оригінальний файл.
export-identity-malformed = Секретний ключ пошкоджений.
export-identity-too-large = Цей файл завеликий для файлу ключа.
export-recipient-empty = Один із публічних ключів порожній.
export-recipient-secret-key = НЕБЕЗПЕКА: замість публічного ключа вказано СЕКРЕТНИЙ. Його бачать усі. Негайно створіть нову пару ключів і більше ніколи не використовуйте стару.
export-recipient-ssh = Ключі SSH не підтримуються. Використовуйте публічний ключ age (age1…).
export-recipient-post-quantum = Постквантові ключі (age1pq…) поки не підтримуються.
export-recipient-tag = Апаратні ключі-мітки (age1tag…) не підтримуються.
export-recipient-plugin = Ключі плагінів ({ $plugin }) не можна використовувати в браузері.
export-recipient-not-age = Це не публічний ключ age. Він має починатися з age1.
export-recipient-malformed = У публічному ключі є символи, яких не може бути в ключі. Скопіюйте його ще раз.
export-recipient-bad-checksum = У публічному ключі помилка, або його обрізано. Скопіюйте його ще раз, не вводьте вручну.
export-recipient-wrong-length = Публічний ключ має неправильну довжину. Скопіюйте його ще раз.
export-loading = Завантаження…
export-form-unavailable = Не вдалося завантажити питання, тому зараз файл створити не можна. Перевірте інтернет і відкрийте цю сторінку знову. Ваші відповіді залишаються збереженими на цьому телефоні.
export-answers-heading = Ваші відповіді
export-no-answers = Ви ще не відповіли на жодне питання. У файлі буде лише ваш список кроків.
export-checklist-heading = Кроки зі списку
export-no-steps = Поки що жоден крок не позначено.
export-notes-not-sent = Ваші особисті нотатки до списку кроків не надсилаються.
export-recipient-heading = Хто може відкрити файл
export-contact-web-line = Сайт: { $value }
export-contact-email-line = Ел. пошта: { $value }
export-contact-phone-line = Телефон: { $value }
export-contact-messenger-line = Месенджер: { $value }
export-send-heading = Створити й надіслати файл
export-consent-first = Позначте поле вище, щоб створити файл.
export-downloaded = Файл { $file } збережено на цьому телефоні (зазвичай у «Завантаженнях»). Надішліть його організації, а потім видаліть його з телефона.
export-shared = Файлом поділилися.
export-what-next = Що далі: якщо ви ще не надіслали, надішліть це до { $org } через один із контактів вище. З вами зв’яжуться так, як ви обрали у відповідях.
export-download-failed = Не вдалося зберегти файл. Спробуйте «Скопіювати як текст».
export-share-failed = Не вдалося поділитися. Скористайтеся «Завантажити файл» або «Скопіювати як текст».
export-copy-failed = Не вдалося скопіювати. Виділіть увесь текст нижче, скопіюйте його й вставте в чат з організацією.
export-copy-fallback-label = Запечатаний файл у вигляді тексту
desk-config-line = Вставте це в config/org.toml:
desk-secret-shown-once = Файл секретного ключа (показано лише зараз; його також завантажено)
desk-download-failed = Завантаження не спрацювало. Перевірте налаштування завантажень у браузері.
desk-generate-failed = Браузер не зміг створити випадковий ключ. Оновіть сторінку й спробуйте знову.
desk-identity-file-label = Файл секретного ключа
desk-forget-keys = Забути завантажені ключі
desk-files-label = Файли експорту (.age)
desk-read-failed = Не вдалося прочитати файл.
desk-pasted-name = Вставлений текст
desk-results-heading = Результати
desk-result-opened = Відкрито як експорт { $number }.
desk-file-result = { $file }: { $result }
desk-print = Друк
desk-close-all = Закрити всі експорти
desk-filter-need = Потреба
desk-filter-all = Усі потреби
desk-sort-label = Порядок
desk-sort-urgent = Спочатку найтерміновіші
desk-sort-newest = Спочатку нові
desk-sort-oldest = Спочатку старі
desk-urgent-only = Лише термінові
desk-showing = Показано: { $shown } з { $count }.
desk-urgent-in-danger = Зараз у небезпеці
desk-urgent-legal-stay = Легальне перебування скоро закінчується або немає документа
desk-urgent-health-urgent = Термінова медична потреба
desk-urgent-psych-now = Потрібна психологічна допомога зараз
desk-export-title = Експорт { $number }, створено { $date }
desk-export-language-line = Мова відповідей: { $language }
desk-other-content-version = Створено з іншою версією питань ({ $version }). Деякі відповіді можуть бути показані за ідентифікатором.
desk-answers-heading = Відповіді
desk-no-answers = Відповідей немає.
desk-checklist-heading = Список кроків
desk-no-steps = Позначених кроків немає.
