### Waymark: абалонка праграмы (загаловак, меню, экраны, налады).
### Тлумачэнні да паведамленняў: locales/en/app.ftl. Словы: locales/be/glossary.toml.

## Рамка старонкі

app-name = Waymark
app-skip-link = Перайсці да асноўнага зместу
app-loading = Загрузка…
app-error-generic = Нешта пайшло не так. Вашы захаваныя даныя на месцы. Перазагрузіце старонку і паспрабуйце яшчэ раз.
app-error-reload = Перазагрузіць старонку
app-steps-count =
    { $count ->
        [one] { $count } крок
        [few] { $count } крокі
        [many] { $count } крокаў
       *[other] { $count } кроку
    }

## Меню

nav-label = Галоўнае меню
nav-checklist = Спіс крокаў
nav-intake = Мае адказы
nav-send = Адправіць арганізацыі
nav-settings = Налады
nav-org = Для арганізацый
nav-quick-exit = Хуткі выхад
    .title = Адразу закрывае праграму і адкрывае нейтральную старонку.
nav-quick-exit-hint = Хуткая клавіша: націсніце Shift тры разы запар

## Экраны

screen-settings-heading = Налады
screen-org-heading = Для арганізацый

## Мова

lang-switcher-label = Мова

## Чаго праграма не можа абяцаць

app-limits-heading = Чаго гэтая праграма не можа абяцаць
app-limits-history = У гісторыі браўзера відаць, што вы наведвалі гэты сайт. Калі хтосьці можа зазірнуць у ваш тэлефон, выдаліце гісторыю браўзера.
app-limits-export = Файл з адказамі ў бяспецы толькі настолькі, наколькі надзейнае месца, куды вы яго адпраўляеце. Адпраўляйце яго толькі арганізацыі.
app-limits-safari = Safari (на iPhone, iPad і Mac) можа выдаліць захаваныя даныя, калі сайт не адкрывалі 7 дзён. Адкрывайце сайт хаця б раз на тыдзень або адпраўце адказы раней.

## Налады арганізацыі

config-problem = У наладах гэтага сайта памылка. Спіс крокаў усё роўна працуе. Паведаміце пра гэта арганізацыі, якая дала вам гэтую спасылку.
config-demo-warning = Дэма-арганізацыя: файлы, якія вы адпраўляеце, НЕ канфідэнцыйныя
config-demo-detail = Гэты сайт толькі для знаёмства з праграмай. Не ўводзьце сапраўдныя даныя.
config-errors-heading = Памылкі ў наладах
config-errors-file = файл
config-errors-line = радок
config-errors-fix = як выправіць
config-errors-none = Памылак не знойдзена.

## Даты адносна сённяшняга дня

relative-today = сёння
relative-tomorrow = заўтра
relative-yesterday = учора
relative-in-days =
    { $count ->
        [one] праз { $count } дзень
        [few] праз { $count } дні
        [many] праз { $count } дзён
       *[other] праз { $count } дня
    }
relative-days-ago =
    { $count ->
        [one] { $count } дзень таму
        [few] { $count } дні таму
        [many] { $count } дзён таму
       *[other] { $count } дня таму
    }

## Для арганізацый: праверка сайта і папярэдні прагляд перакладу (#/org)

org-check-heading = Праверыць гэты сайт
org-check-intro = Праграма чытае файлы гэтага сайта (config/org.toml, файлы зместу і файлы моў) і паказвае кожную памылку: файл, радок і як яе выправіць. Падрабязнасці — па-англійску.
org-check-loading = Ідзе праверка файлаў сайта…
org-check-errors =
    { $count ->
        [one] { $count } памылка
        [few] { $count } памылкі
        [many] { $count } памылак
       *[other] { $count } памылкі
    }
org-check-warnings =
    { $count ->
        [one] { $count } папярэджанне
        [few] { $count } папярэджанні
        [many] { $count } папярэджанняў
       *[other] { $count } папярэджання
    }
org-check-error = Памылка:
org-check-warning = Папярэджанне:
org-preview-heading = Паглядзець свой пераклад
org-preview-intro = Увядзіце лік, каб убачыць, як ён пішацца на выбранай мове. Каб знайсці яшчэ не перакладзены тэкст, дадайце ?pseudo=accented (або ?pseudo=bidi для пісьма справа налева) у канец адраса сайта.
org-preview-count-label = Колькасць крокаў

app-updated = Праграма абнавілася. Усё, што вы захавалі, на месцы.
org-back-to-app = Назад у праграму
org-link-intro = Гэтая частка — для супрацоўнікаў арганізацыі, якая вядзе гэты сайт: праверыць налады сайта, стварыць ключы і адкрыць файлы, якія дасылаюць людзі. Працуе і без інтэрнэту.
org-link-open = Адкрыць раздзел для арганізацый
