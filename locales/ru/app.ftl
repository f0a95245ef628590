### Waymark: оболочка приложения (заголовок, меню, экраны, настройки).
### Обращение на «вы» во всех файлах: см. docs/translating.md, «Russian (ru)».

## Рамка страницы

app-name = Waymark
app-skip-link = Перейти к основному содержанию
app-loading = Загрузка…
app-error-generic = Что-то пошло не так. Ваши сохранённые данные на месте. Перезагрузите страницу и попробуйте ещё раз.
app-error-reload = Перезагрузить страницу
app-steps-count =
    { $count ->
        [one] { $count } шаг
        [few] { $count } шага
        [many] { $count } шагов
       *[other] { $count } шага
    }

## Меню

nav-label = Главное меню
nav-checklist = Список шагов
nav-intake = Мои ответы
nav-send = Отправить в организацию
nav-settings = Настройки
nav-org = Для организаций
nav-quick-exit = Быстрый выход
    .title = Сразу закрывает приложение и открывает нейтральную страницу.
nav-quick-exit-hint = С клавиатуры: нажмите Shift три раза подряд

## Экраны

screen-settings-heading = Настройки
screen-org-heading = Для организаций

## Язык

lang-switcher-label = Язык

## Чего приложение не может обещать

app-limits-heading = Чего это приложение не может гарантировать
app-limits-history = В истории браузера видно, что вы открывали этот сайт. Если кто-то может посмотреть ваш телефон, удалите историю браузера.
app-limits-export = Файл с ответами в безопасности ровно настолько, насколько надёжно место, куда вы его отправляете. Отправляйте его только в организацию.
app-limits-safari = Safari (на iPhone, iPad и Mac) может удалить сохранённые данные, если сайт не открывали 7 дней. Открывайте сайт хотя бы раз в неделю или отправьте ответы раньше.

## Настройки организации

config-problem = В настройках этого сайта ошибка. Список шагов всё равно работает. Сообщите об этом организации, которая дала вам эту ссылку.
config-demo-warning = Демо-организация: файлы, которые вы отправляете, НЕ конфиденциальны
config-demo-detail = Этот сайт — только для знакомства с приложением. Не вводите настоящие данные.
config-errors-heading = Ошибки в настройках
config-errors-file = файл
config-errors-line = строка
config-errors-fix = как исправить
config-errors-none = Ошибок не найдено.

## Даты относительно сегодняшнего дня

relative-today = сегодня
relative-tomorrow = завтра
relative-yesterday = вчера
relative-in-days =
    { $count ->
        [one] через { $count } день
        [few] через { $count } дня
        [many] через { $count } дней
       *[other] через { $count } дня
    }
relative-days-ago =
    { $count ->
        [one] { $count } день назад
        [few] { $count } дня назад
        [many] { $count } дней назад
       *[other] { $count } дня назад
    }

## For organisations: the site check and the translation preview (#/org)

org-check-heading = Проверить этот сайт
org-check-intro = Приложение читает файлы этого сайта (config/org.toml, файлы содержания и файлы языков) и показывает каждую ошибку: файл, строку и как её исправить. Подробности — на английском.
org-check-loading = Проверка файлов сайта…
org-check-errors =
    { $count ->
        [one] { $count } ошибка
        [few] { $count } ошибки
        [many] { $count } ошибок
       *[other] { $count } ошибки
    }
org-check-warnings =
    { $count ->
        [one] { $count } предупреждение
        [few] { $count } предупреждения
        [many] { $count } предупреждений
       *[other] { $count } предупреждения
    }
org-check-error = Ошибка:
org-check-warning = Предупреждение:
org-preview-heading = Посмотреть свой перевод
org-preview-intro = Введите число, чтобы увидеть, как на текущем языке пишется «N шагов». Чтобы найти ещё не переведённый текст, добавьте ?pseudo=accented (или ?pseudo=bidi для письма справа налево) в конец адреса сайта.
org-preview-count-label = Количество шагов

app-updated = Приложение обновилось. Всё, что вы сохранили, на месте.
org-back-to-app = Назад в приложение
org-link-intro = Эта часть — для сотрудников организации, которая ведёт этот сайт: проверить настройки сайта, создать ключи и открыть файлы, которые присылают люди. Работает и без интернета.
org-link-open = Открыть раздел для организаций
