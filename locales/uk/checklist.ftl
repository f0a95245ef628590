# Екран чек-листа. Зразок з коментарями: locales/en/checklist.ftl.

## Screen

checklist-heading = Мій чек-лист
checklist-intro = Кроки на перші тижні в Польщі. Позначайте, що вже зроблено. Усе зберігається в зашифрованому вигляді на цьому телефоні.
checklist-content-broken = Чек-лист не можна показати: у його змісті помилка. Повідомте про це організацію, яка веде цей сайт.

## My situation form

checklist-situation-heading = Моя ситуація
checklist-situation-hint = Усі питання необов'язкові. Відповіді потрібні лише для того, щоб показати ваші кроки і строки. Вони зберігаються в зашифрованому вигляді на цьому телефоні.
checklist-situation-arrival = Дата приїзду до Польщі
checklist-situation-status = Ваш статус зараз
checklist-status-humanitarian-visa = Гуманітарна віза
checklist-status-other-visa = Інша віза (робота, навчання, інше)
checklist-status-visa-free = Безвізове перебування
checklist-status-residence-application-pending = Заяву на дозвіл на перебування подано, чекаю на рішення (штамп або довідка з MOS)
checklist-status-temporary-residence = Дозвіл на тимчасове перебування (karta pobytu)
checklist-status-asylum-applicant = Заяву про міжнародний захист (притулок) подано
checklist-status-international-protection = Статус біженця або додатковий захист
checklist-status-temporary-protection = Тимчасовий захист (люди з України)
checklist-status-no-document = Зараз немає чинного документа
checklist-status-not-sure = Не знаю
checklist-situation-document-expiry = Дата закінчення візи або дозволу
checklist-situation-protection-applied = Дата заяви про захист
checklist-situation-children = З вами є діти?
checklist-situation-yes = Так
checklist-situation-no = Ні
checklist-situation-not-answered = Без відповіді
checklist-situation-city = Місто, де ви живете
checklist-situation-city-placeholder = наприклад, Warszawa
checklist-situation-save = Зберегти
checklist-situation-edit = Змінити мою ситуацію

## Next steps and dates

checklist-next-heading = Наступні кроки
checklist-all-heading = Усі кроки
checklist-overdue = Строк минув
checklist-due-soon = Скоро строк
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
checklist-may-apply = Цей крок може стосуватися вас. Це залежить від вашої ситуації.
checklist-waiting-for = Спочатку: { $steps }
checklist-dates-hint = Строки рахуються від дат, які ви вказали. Важливі строки уточнюйте в установі.
checklist-show-all = Показати кроки, які мене не стосуються
checklist-hide-not-applicable = Сховати кроки, які мене не стосуються

## Step details

checklist-part-what = Що зробити
checklist-part-why = Чому це важливо
checklist-part-where = Де
checklist-part-bring = Що взяти з собою
checklist-sources-heading = Офіційні джерела (польською або англійською)
checklist-sources-other-heading = Інші джерела: організації та ЗМІ
checklist-source-checked = (перевірено { $date })

## States

checklist-state-label = Стан
checklist-state-todo = Зробити
checklist-state-in-progress = У процесі
checklist-state-done = Зроблено
checklist-state-not-relevant = Мене не стосується

## Notes

checklist-note-label = Моя нотатка
checklist-note-hint = Цю нотатку бачите лише ви. Вона зашифрована на цьому телефоні.

## Progress

checklist-progress =
    { $total ->
        [one] Зроблено { $done } з { $total } кроку
        [few] Зроблено { $done } з { $total } кроків
        [many] Зроблено { $done } з { $total } кроків
       *[other] Зроблено { $done } з { $total } кроку
    }
checklist-progress-all-done = Усі кроки зроблено. Чудово!

## Calendar export

checklist-ics-button = Додати строки до календаря (.ics)
checklist-ics-warning = Файл календаря не зашифрований. Будь-хто, хто побачить файл або ваш календар, зможе прочитати ці кроки і дати.
checklist-ics-none = Строків поки немає. Вкажіть свої дати в розділі «Моя ситуація».
checklist-ics-due = { $title }
checklist-ics-deadline = Останній день: { $title }

## Empty states

checklist-empty-next = Зараз нічого робити не треба.
checklist-empty-situation = Розкажіть трохи про свою ситуацію, щоб побачити свої кроки і строки.
checklist-empty-list = Тут немає кроків.

## Checklist screen (added with the screen)

checklist-content-unavailable = Зараз не вдається завантажити чек-лист. Перевірте підключення до інтернету й відкрийте цю сторінку ще раз.
checklist-situation-saved = Збережено. Ваші кроки і строки оновлено.
checklist-does-not-apply = Цей крок не стосується вашої ситуації.
checklist-state-announce = { $title }: { $state }
checklist-ics-heading = Строки в календарі
checklist-ics-failed = Не вдалося створити файл календаря. Спробуйте ще раз.
