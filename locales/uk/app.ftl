### Waymark: оболонка застосунку (заголовок, меню, екрани, налаштування).

## Рамка сторінки

app-name = Waymark
app-skip-link = Перейти до основного вмісту
app-loading = Завантаження…
app-error-generic = Щось пішло не так. Ваші збережені дані на місці. Перезавантажте сторінку й спробуйте ще раз.
app-error-reload = Перезавантажити сторінку
app-steps-count =
    { $count ->
        [one] { $count } крок
        [few] { $count } кроки
        [many] { $count } кроків
       *[other] { $count } кроку
    }

## Меню

nav-label = Головне меню
nav-checklist = Список кроків
nav-intake = Мої відповіді
nav-send = Надіслати організації
nav-settings = Налаштування
nav-org = Для організацій
nav-quick-exit = Швидкий вихід
    .title = Одразу закриває застосунок і відкриває нейтральну сторінку.
nav-quick-exit-hint = Швидкий спосіб: натисніть Shift тричі поспіль

## Екрани

screen-settings-heading = Налаштування
screen-org-heading = Для організацій

## Мова

lang-switcher-label = Мова

## Чого застосунок не може обіцяти

app-limits-heading = Чого цей застосунок не може обіцяти
app-limits-history = В історії браузера видно, що ви відкривали цей сайт. Якщо хтось може подивитися ваш телефон, видаліть історію браузера.
app-limits-export = Файл із відповідями безпечний лише настільки, наскільки безпечне місце, куди ви його надсилаєте. Надсилайте його лише організації.
app-limits-safari = Safari (на iPhone, iPad і Mac) може видалити збережені дані, якщо сайт не відкривали 7 днів. Відкривайте сайт хоча б раз на тиждень або надішліть відповіді раніше.

## Налаштування організації

config-problem = У налаштуваннях цього сайту помилка. Список кроків усе одно працює. Повідомте про це організацію, яка дала вам це посилання.
config-demo-warning = Демонстраційна організація: файли, які ви надсилаєте, НЕ конфіденційні
config-demo-detail = Цей сайт лише для знайомства із застосунком. Не вводьте справжні дані.
config-errors-heading = Помилки в налаштуваннях
config-errors-file = файл
config-errors-line = рядок
config-errors-fix = як виправити
config-errors-none = Помилок не знайдено.

## Дати відносно сьогоднішнього дня

relative-today = сьогодні
relative-tomorrow = завтра
relative-yesterday = учора
relative-in-days =
    { $count ->
        [one] через { $count } день
        [few] через { $count } дні
        [many] через { $count } днів
       *[other] через { $count } дня
    }
relative-days-ago =
    { $count ->
        [one] { $count } день тому
        [few] { $count } дні тому
        [many] { $count } днів тому
       *[other] { $count } дня тому
    }

## For organisations: the site check and the translation preview (#/org)

org-check-heading = Перевірити цей сайт
org-check-intro = Застосунок читає файли цього сайту (config/org.toml, файли змісту та файли мов) і показує кожну помилку: файл, рядок і як її виправити. Подробиці — англійською.
org-check-loading = Перевіряю файли сайту…
org-check-errors =
    { $count ->
        [one] { $count } помилка
        [few] { $count } помилки
        [many] { $count } помилок
       *[other] { $count } помилки
    }
org-check-warnings =
    { $count ->
        [one] { $count } попередження
        [few] { $count } попередження
        [many] { $count } попереджень
       *[other] { $count } попередження
    }
org-check-error = Помилка:
org-check-warning = Попередження:
org-preview-heading = Подивитися свій переклад
org-preview-intro = Введіть число, щоб побачити, як його пише поточна мова. Щоб знайти ще не перекладений текст, додайте ?pseudo=accented (або ?pseudo=bidi для письма справа наліво) в кінець адреси сайту.
org-preview-count-label = Кількість кроків

app-updated = Застосунок оновився. Усе, що ви зберегли, на місці.
org-back-to-app = Назад до застосунку
org-link-intro = Ця частина — для працівників організації, яка веде цей сайт: перевірити налаштування сайту, створити ключі та відкрити файли, які надсилають люди. Працює і без інтернету.
org-link-open = Відкрити розділ для організацій
