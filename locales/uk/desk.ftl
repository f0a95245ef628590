desk-scan-heading = Передача особисто
desk-scan-help = Людина натискає «Показати в організації» на своєму телефоні. Спершу порівняйте відбиток ключа на її телефоні зі своїм, потім тримайте телефон перед камерою.
desk-scan-start = Сканувати з телефона
desk-scan-stop = Вимкнути камеру
desk-scan-waiting = Шукаємо коди…
desk-scan-progress = Прочитано кодів: { $received } з { $count }
desk-scan-no-camera = Не вдалося увімкнути камеру. Дозвольте цій сторінці доступ до камери або виберіть нижче фото чи знімки екрана з кодами.
desk-scan-photos-label = Фото або знімки екрана з кодами
desk-scan-no-code = На вибраних зображеннях код не знайдено. Виберіть чіткі фото, на яких видно весь код.
desk-scan-not-ours = Це не код { -brand-name }. Скануйте коди, які людина показує кнопкою «Показати в організації».
desk-scan-newer = Ці коди створено новішою версією { -brand-name }. Оновіть цей сайт, щоб прочитати їх.
desk-scan-damaged = Код прочитано з помилкою. Тримайте телефон нерухомо; коди з’являться знову.
desk-scan-other-export = Цей код належить до іншого файлу з відповідями. Скануйте по одному телефону або знову натисніть «Сканувати з телефона», щоб почати заново.
desk-scan-mismatch = Коди не склалися в один файл. Читання починається заново; продовжуйте показувати коди.
desk-scanned-name = Відскановані коди

org-check-fix-line = Як виправити: { $fix }
org-check-heading = Перевірка сайту
org-check-intro = Застосунок читає файли цього сайту (config/org.toml, файли вмісту й мовні файли) і показує кожну помилку: файл, рядок і як її виправити. Подробиці — англійською.
org-check-loading = Перевірка файлів сайту…
org-check-summary =
    { $errors ->
        [one] { $errors } помилка
        [few] { $errors } помилки
        [many] { $errors } помилок
       *[other] { $errors } помилки
    } · { $warnings ->
        [one] { $warnings } попередження
        [few] { $warnings } попередження
        [many] { $warnings } попереджень
       *[other] { $warnings } попередження
    }
org-check-finding-error = Помилка: { $place } — { $message }
org-check-finding-warning = Попередження: { $place } — { $message }
org-preview-heading = Перегляд перекладу
org-preview-intro = Введіть число, щоб побачити, як його пише поточна мова. Щоб знайти ще не перекладений текст, додайте ?pseudo=accented (або ?pseudo=bidi для письма справа наліво) в кінець адреси сайту.
org-preview-count-label = Кількість кроків
org-back-to-app = Назад до застосунку

desk-fingerprint-line = Відбиток ключа: { $fingerprint }
desk-heading = Робоче місце організації
desk-offline-note = Усе тут відбувається в цьому браузері. Нічого нікуди не надсилається.
desk-generate-heading = Створити пару ключів
desk-generate-help = Секретний ключ відкриває файли з відповідями. Збережіть його, зробіть запасну копію й нікому не передавайте. Публічний ключ впишіть у config/org.toml.
desk-generate-button = Створити пару ключів
desk-public-key = Публічний ключ (для config/org.toml)
desk-download-identity = Завантажити файл секретного ключа
desk-load-identity-heading = Завантажте файл секретного ключа
desk-load-identity-help = Він використовується лише в цьому сеансі й ніде не зберігається. Щоб його забути, закрийте вкладку.
desk-keys-loaded =
    { $count ->
        [one] Завантажено { $count } ключ
        [few] Завантажено { $count } ключі
        [many] Завантажено { $count } ключів
       *[other] Завантажено { $count } ключа
    }
desk-open-heading = Відкрити файли з відповідями
desk-open-help = Виберіть один або кілька файлів .age або вставте файл, надісланий як текст.
desk-paste-label = Вставлений текст
desk-open-button = Відкрити
desk-exports-opened =
    { $count ->
        [one] Відкрито { $count } файл
        [few] Відкрито { $count } файли
        [many] Відкрито { $count } файлів
       *[other] Відкрито { $count } файлу
    }
desk-download-csv = Завантажити таблицю (CSV)
desk-download-json = Завантажити дані (JSON)
desk-key-file-problem = { $file }: { $problem }
desk-key-file-problem-line = { $file }, рядок { $line }: { $problem }
desk-config-line = Вставте це в config/org.toml:
desk-secret-shown-once = Файл секретного ключа (показано лише зараз; його також завантажено)
desk-download-failed = Завантаження не вдалося. Перевірте налаштування завантажень у браузері.
desk-generate-failed = Браузер не зміг створити випадковий ключ. Оновіть сторінку й спробуйте ще раз.
desk-identity-file-label = Файл секретного ключа
desk-forget-keys = Забути завантажені ключі
desk-files-label = Файли з відповідями (.age)
desk-read-failed = Не вдалося прочитати файл.
desk-pasted-name = Вставлений текст
desk-results-heading = Результати
desk-result-opened = Відкрито як файл { $number }.
desk-file-result = { $file }: { $result }
desk-print = Друкувати
desk-close-all = Закрити всі файли
desk-filter-need = Потреба
desk-filter-all = Усі потреби
desk-sort-label = Порядок
desk-sort-urgent = Спершу найтерміновіші
desk-sort-newest = Спершу нові
desk-sort-oldest = Спершу старі
desk-urgent-only = Лише термінові
desk-showing = Показано { $shown } з { $count }.
desk-urgent-in-danger = Зараз у небезпеці
desk-urgent-legal-stay = Легальне перебування скоро закінчується або немає документа
desk-urgent-health-urgent = Термінова медична потреба
desk-urgent-psych-now = Потрібна психологічна допомога зараз
desk-export-title = Файл { $number }, створено { $date }
desk-export-language-line = Мова відповідей: { $language }
desk-other-content-version = Створено з іншою версією питань ({ $version }). Деякі відповіді можуть бути показані як ідентифікатори.
desk-answers-heading = Відповіді
desk-no-answers = Відповідей немає.
desk-checklist-heading = Список кроків
desk-no-steps = Жодного кроку не позначено.
desk-plan-write = Скласти план
desk-plan-heading = План для цієї людини
desk-plan-intro = Відкрити план зможе лише телефон цієї людини. Передайте його так само, як людина передала вам файл із відповідями: файлом, текстом у повідомленні або особисто в організації. Застосунок цієї людини не може перевірити, чи справді план від вас (скласти його може будь-хто, у кого був доступ до файлу з відповідями): попередьте людину, що план надійде, і скажіть, як саме ви його передасте.
desk-plan-org-label = Назва організації
desk-plan-org-help = Людина побачить цю назву над кроками. Щоразу вказуйте ту саму назву: наступний план із тією ж назвою доповнить цей.
desk-plan-steps-help = Щоб змінити крок, надісланий раніше, напишіть його назву так само, як тоді: на телефоні людини в цьому кроці зміняться дата, місце, що взяти з собою і примітка, а стан і особиста нотатка людини залишаться. Нова назва — новий крок.
desk-plan-step-legend = Крок { $number }
desk-plan-title-label = Назва кроку
desk-plan-due-label = Зробити до (необов’язково)
desk-plan-where-label = Де (необов’язково)
desk-plan-bring-label = Що взяти з собою (необов’язково)
desk-plan-note-label = Примітка (необов’язково)
desk-plan-add-step = Додати крок
desk-plan-remove-step = Видалити крок { $number }
desk-plan-steps-max = У плані може бути не більше ніж { $max } кроків.
desk-plan-preview-heading = Попередній перегляд: так план побачить людина
desk-plan-preview-empty = Кроки з’являться тут, коли матимуть назву.
desk-plan-preview-due = Зробити до
desk-plan-preview-where = Де
desk-plan-preview-bring = Що взяти з собою
desk-plan-preview-note = Примітка
desk-plan-seal = Запечатати план
desk-plan-close = Закрити план
desk-plan-sealed = План запечатано. Завантажте його або скопіюйте як текст і передайте людині.
desk-plan-next = На телефоні людини: { nav-checklist } → «{ checklist-plan-import-heading }» → вибрати файл або вставити текст і натиснути «{ checklist-plan-add }».
desk-plan-download = Завантажити план
desk-plan-copy = Копіювати план як текст
desk-plan-downloaded = Збережено як { $file }. Передайте цей файл людині, а потім видаліть його з цього комп’ютера.
desk-plan-copied = Скопійовано. Вставте текст у повідомлення для людини.
desk-plan-copy-failed = Не вдалося скопіювати. Виділіть увесь текст нижче, скопіюйте його й вставте в повідомлення для людини.
desk-plan-copy-fallback-label = Запечатаний план як текст
desk-plan-not-sealed = План не запечатано. Виправте позначені поля й знову натисніть «Запечатати план».
desk-plan-error-org-missing = Впишіть назву своєї організації.
desk-plan-error-org-too-long = Назва може мати не більше ніж { $max } символів.
desk-plan-error-no-steps = Додайте хоча б один крок.
desk-plan-error-too-many-steps = У плані може бути не більше ніж { $max } кроків.
desk-plan-error-title-missing = Дайте кожному кроку назву.
desk-plan-error-title-too-long = Назва кроку може мати не більше ніж { $max } символів.
desk-plan-error-title-duplicate = Крок { $number } має таку саму назву. Дайте кожному кроку власну назву.
desk-plan-error-due = Виберіть дату від { $from } до { $to } року або залиште поле порожнім.
desk-plan-error-text-too-long = У цьому полі може бути не більше ніж { $max } символів.
desk-plan-error-invalid = План не запечатано: одне з полів порушує правило формату плану. Перевірте всі поля й спробуйте знову.
desk-plan-error-recipient = Ключ для відповіді в цьому файлі пошкоджено, тому запечатати для нього план неможливо. Попросіть людину створити новий файл із відповідями.
desk-plan-error-random = Браузер не зміг отримати випадкові числа, потрібні для запечатування. Перезавантажте сторінку й спробуйте знову.
desk-result-waiting = Чекає на файл секретного ключа. Відкриється одразу після завантаження ключа.
desk-waiting-for-key =
    { $count ->
        [one] { $count } файл із відповідями чекає на ключ. Він відкриється одразу після завантаження ключа.
        [few] { $count } файли з відповідями чекають на ключ. Вони відкриються одразу після завантаження ключа.
        [many] { $count } файлів із відповідями чекають на ключ. Вони відкриються одразу після завантаження ключа.
       *[other] { $count } файлу з відповідями чекають на ключ. Вони відкриються одразу після завантаження ключа.
    }
desk-results-after-key = Файли, вибрані до завантаження ключа, відкрито зараз:
desk-setup-summary = Налаштування: створити пару ключів (один раз, для всієї організації)
desk-setup-warning = Лише для налаштування, не для відкриття файлів із відповідями. Щоб їх відкрити, завантажте файл секретного ключа, який у вас уже є.
desk-plan-due-quick-label = Дата від сьогодні
desk-plan-due-in-3-days = Через 3 дні
desk-plan-due-in-a-week = Через тиждень
desk-plan-due-in-2-weeks = Через 2 тижні
desk-plan-due-words =
    { $weekday ->
        [mon] Понеділок
        [tue] Вівторок
        [wed] Середа
        [thu] Четвер
        [fri] П’ятниця
        [sat] Субота
       *[sun] Неділя
    }, { $date }
