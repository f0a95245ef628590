# Екран списку кроків. Коментарі до повідомлень: locales/en/checklist.ftl.
# Звертання: «ви».

## Екран

checklist-heading = Мій список кроків
checklist-intro = Кроки на перші тижні в Польщі. Позначайте, що вже зроблено. Після збереження все залишається на цьому телефоні, замкнене вашим паролем.
checklist-content-broken = Список кроків не вдається показати: у його вмісті помилка. Повідомте про це організацію, яка веде цей сайт.

## Форма «Моя ситуація»

checklist-situation-heading = Моя ситуація
checklist-situation-hint = Відповідати на питання не обов’язково. Відповіді потрібні лише для того, щоб показати ваші кроки й строки. Після збереження вони залишаються на цьому телефоні, замкнені вашим паролем.
checklist-situation-arrival = Дата приїзду до Польщі
checklist-situation-status = Ваш правовий статус зараз
checklist-status-humanitarian-visa = Гуманітарна віза
checklist-status-other-visa = Інша віза (робота, навчання тощо)
checklist-status-visa-free = Безвізове перебування
checklist-status-residence-application-pending = Заяву на дозвіл на перебування подано, рішення ще немає (штамп або довідка з MOS)
checklist-status-temporary-residence = Дозвіл на тимчасове перебування (karta pobytu)
checklist-status-asylum-applicant = Заяву про міжнародний захист (притулок) подано
checklist-status-international-protection = Статус біженця або додатковий захист
checklist-status-temporary-protection = Тимчасовий захист (для людей з України)
checklist-status-no-document = Зараз немає чинного документа
checklist-status-not-sure = Не знаю
checklist-situation-document-expiry = Дата, коли закінчується віза або дозвіл
checklist-situation-protection-applied = Дата подання заяви про захист
checklist-situation-children = З вами є діти?
checklist-situation-yes = Так
checklist-situation-no = Ні
checklist-situation-not-answered = Без відповіді
checklist-situation-city = Місто, де ви живете
checklist-situation-city-placeholder = наприклад, Warszawa
checklist-situation-save = Зберегти
checklist-situation-edit = Змінити мою ситуацію

## Наступні кроки й дати

checklist-next-heading = Наступні кроки
checklist-all-heading = Усі кроки
checklist-overdue = Строк минув
checklist-due-soon = Строк незабаром
checklist-do-now = Зробіть це зараз
checklist-due-line =
    { $days ->
        [0] Зробити до { $date } (сьогодні)
        [1] Зробити до { $date } (завтра)
        [one] Зробити до { $date } (через { $days } день)
        [few] Зробити до { $date } (через { $days } дні)
        [many] Зробити до { $date } (через { $days } днів)
       *[other] Зробити до { $date } (через { $days } дня)
    }
checklist-due-line-late =
    { $days ->
        [one] Зробити до { $date } (прострочено на { $days } день)
        [few] Зробити до { $date } (прострочено на { $days } дні)
        [many] Зробити до { $date } (прострочено на { $days } днів)
       *[other] Зробити до { $date } (прострочено на { $days } дня)
    }
checklist-deadline-line =
    { $days ->
        [0] Останній можливий день: { $date } (сьогодні)
        [1] Останній можливий день: { $date } (завтра)
        [one] Останній можливий день: { $date } (через { $days } день)
        [few] Останній можливий день: { $date } (через { $days } дні)
        [many] Останній можливий день: { $date } (через { $days } днів)
       *[other] Останній можливий день: { $date } (через { $days } дня)
    }
checklist-deadline-line-late =
    { $days ->
        [one] Останній можливий день: { $date } (прострочено на { $days } день)
        [few] Останній можливий день: { $date } (прострочено на { $days } дні)
        [many] Останній можливий день: { $date } (прострочено на { $days } днів)
       *[other] Останній можливий день: { $date } (прострочено на { $days } дня)
    }
checklist-may-apply = Цей крок може стосуватися вас — це залежить від вашої ситуації.
checklist-do-first = Спершу зробіть: { $step }
checklist-dates-hint = Дати розраховано від тих, які ви вказали. Важливі строки уточнюйте в установі.
checklist-show-all = Показати кроки, які мене не стосуються
checklist-hide-not-applicable = Приховати кроки, які мене не стосуються

## Подробиці кроку

checklist-part-what = Що зробити
checklist-part-why = Чому це важливо
checklist-part-where = Куди звернутися
checklist-part-bring = Що взяти з собою
checklist-sources-heading = Офіційні джерела (польською або англійською)
checklist-sources-other-heading = Інші джерела: організації та ЗМІ
checklist-source-line = { $source } (перевірено { $date })

## Стан кроку

checklist-state-label = Стан
checklist-state-todo = Треба зробити
checklist-state-in-progress = Розпочато
checklist-state-done = Зроблено
checklist-state-not-relevant = Мене не стосується

## Нотатки

checklist-note-label = Моя нотатка
checklist-note-hint = Цю нотатку не надсилають організації. Вона зберігається на цьому телефоні замкненою разом із вашими відповідями.

## Поступ

checklist-progress =
    { $total ->
        [one] Зроблено { $done } з { $total } кроку
        [few] Зроблено { $done } з { $total } кроків
        [many] Зроблено { $done } з { $total } кроків
       *[other] Зроблено { $done } з { $total } кроку
    }
checklist-progress-all-done = Усі кроки зроблено. Чудова робота!

## Дати в календар

checklist-ics-button = Додати дати до мого календаря (.ics)
checklist-ics-warning = Файл календаря не зашифрований. Будь-хто, хто побачить цей файл або ваш календар, зможе прочитати ці кроки й дати.
checklist-ics-none = Дат поки немає. Вкажіть свої дати в розділі «Моя ситуація».
checklist-ics-due = { $title }
checklist-ics-deadline = Останній день: { $title }

## Порожні стани

checklist-empty-next = Зараз нічого робити не треба.
checklist-empty-situation = Розкажіть трохи про свою ситуацію, щоб побачити свої кроки й дати.
checklist-empty-list = Тут немає кроків.

## Екран списку кроків (додано разом з екраном)

checklist-content-unavailable = Зараз не вдається завантажити список кроків. Перевірте підключення до інтернету й відкрийте цю сторінку ще раз.
checklist-situation-saved = Готово. Ваші кроки й дати оновлено.
checklist-does-not-apply = Цей крок не стосується вашої ситуації.
checklist-state-announce = { $title }: { $state }
checklist-ics-heading = Дати у вашому календарі
checklist-ics-failed = Не вдалося створити файл календаря. Спробуйте ще раз.

## Плани від організації

checklist-plan-import-heading = План від вашої організації
checklist-plan-import-help = Після того як ви надішлете свої відповіді, ваша організація може надіслати вам план — наступні кроки для вас із датами. Відкрити його може лише цей застосунок, відімкнений вашим паролем. Кроки з плану додаються до вашого списку кроків і зберігаються разом із вашими відповідями. Застосунок не може перевірити, ким складено план: скласти його може будь-хто, у кого був доступ до файлу з вашими відповідями.
checklist-plan-file-label = Відкрити файл із планом
checklist-plan-paste-label = Або вставте текст плану
checklist-plan-add = Додати план
checklist-plan-added = План від організації «{ $org }» додано до вашого списку кроків. Нові кроки: { $added }. Змінені кроки: { $updated }.
checklist-plan-heading = План: { $org }
checklist-plan-unchecked = Застосунок не може перевірити, ким складено цей план. Якщо в якомусь кроці треба принести документи чи гроші або прийти за новою адресою, спершу уточніть це у своєї організації — через контакт, який ви вже знаєте.
checklist-plan-remove = Видалити цей план
checklist-plan-remove-confirm = Видалити план від організації «{ $org }» разом зі станом і нотатками його кроків?
checklist-plan-remove-yes = Так, видалити
checklist-plan-removed = План видалено.
plan-error-too-large = Цей файл завеликий для плану. Нічого не додано. Перевірте, чи ви вибрали файл, який надіслала ваша організація.
plan-error-not-sealed = Це не план. Нічого не додано. Виберіть файл, який надіслала ваша організація, або вставте весь текст — від «-----BEGIN AGE ENCRYPTED FILE-----» до кінця.
plan-error-damaged = План пошкоджений або неповний — можливо, його обрізало під час пересилання. Нічого не додано. Попросіть свою організацію надіслати його ще раз, якщо можна — файлом.
plan-error-not-for-you = Цей план складено для іншої людини або для відповідей, які ви надіслали до зміни пароля. Нічого не додано. Надішліть свої відповіді ще раз і попросіть у своєї організації новий план.
plan-error-no-key = Цей застосунок поки не може відкривати плани. Нічого не додано. Замкніть свої відповіді паролем, надішліть їх своїй організації, а потім попросіть план.
plan-error-not-a-plan = Файл відкрився, але це не план. Нічого не додано. Попросіть свою організацію надіслати план ще раз.
plan-error-newer = Цей план створено в новішій версії застосунку. Нічого не додано. Відкрийте цю сторінку один раз, коли буде підключення до інтернету, щоб застосунок оновився, а потім спробуйте ще раз.
plan-error-invalid = У цьому плані помилка (якась частина порожня, задовга або має хибну дату). Нічого не додано. Попросіть свою організацію надіслати його ще раз.
plan-error-too-many = У вашому списку кроків уже стільки планів і кроків, скільки він може вмістити. Нічого не додано. Видаліть план, який вам більше не потрібен, і спробуйте ще раз.
plan-error-unreadable = Не вдалося прочитати файл. Нічого не додано. Спробуйте ще раз або вставте текст плану.
