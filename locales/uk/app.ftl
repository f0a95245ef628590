### Waymark: оболонка застосунку (заголовок, меню, екрани, налаштування).

## Рамка сторінки

-brand-name = Waymark
app-name = { -brand-name }
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
nav-checklist = Список справ
nav-intake = Мої відповіді
nav-send = Надіслати організації
nav-settings = Налаштування
nav-org = Для організацій
nav-quick-exit = Швидко піти
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
app-limits-export = Експортований файл захищений рівно настільки, наскільки надійне місце, куди ви його надішлете. Надсилайте його лише організації.
app-limits-safari = Safari (на iPhone, iPad і Mac) може видалити збережені дані, якщо сайт не відкривали 7 днів. Відкривайте сайт хоча б раз на тиждень або надішліть відповіді раніше.

## Налаштування організації

config-problem = У налаштуваннях цього сайту помилка. Список справ усе одно працює. Повідомте про це організацію, яка дала вам це посилання.
config-demo-warning = Демо-організація: файли, які ви надсилаєте, НЕ захищені
config-demo-detail = Цей сайт лише для знайомства із застосунком. Не вводьте справжні дані.
config-errors-heading = Помилки в налаштуваннях
config-errors-file = файл
config-errors-line = рядок
org-check-fix-line = Як виправити: { $fix }
config-errors-none = Помилок не знайдено.

## For organisations: the site check and the translation preview (#/org)

org-check-heading = Перевірити цей сайт
org-check-intro = Застосунок читає файли цього сайту (config/org.toml, файли змісту та файли мов) і показує кожну помилку: файл, рядок і як її виправити. Подробиці — англійською.
org-check-loading = Перевіряю файли сайту…
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
org-check-error = Помилка:
org-check-warning = Попередження:
org-preview-heading = Подивитися свій переклад
org-preview-intro = Введіть число, щоб побачити, як його пише поточна мова. Щоб знайти ще не перекладений текст, додайте ?pseudo=accented (або ?pseudo=bidi для письма справа наліво) в кінець адреси сайту.
org-preview-count-label = Кількість кроків

app-updated = Застосунок оновився. Усе, що ви зберегли, на місці.
org-back-to-app = Назад до застосунку
org-link-intro = Ця частина — для працівників організації, яка веде цей сайт: перевірити налаштування сайту, створити ключі та відкрити файли, які надсилають люди. Працює і без інтернету.
org-link-open = Відкрити розділ для організацій
