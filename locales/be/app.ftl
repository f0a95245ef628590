### Waymark: абалонка праграмы (загаловак, меню, экраны, налады).

## Рамка старонкі

-brand-name = Waymark
app-name = { -brand-name }
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
nav-quick-exit-hint = Хуткі спосаб: націсніце Shift тры разы запар

## Экраны

screen-settings-heading = Налады
screen-org-heading = Для арганізацый

## Мова

lang-switcher-label = Мова

## Чаго праграма не можа абяцаць

app-limits-heading = Чаго гэтая праграма не можа абяцаць
app-limits-history = У гісторыі браўзера відаць, што вы адкрывалі гэты сайт. Калі хтосьці можа паглядзець ваш тэлефон, выдаліце гісторыю браўзера.
app-limits-export = Файл з адказамі абаронены роўна настолькі, наколькі надзейнае месца, куды вы яго адправіце. Адпраўляйце яго толькі арганізацыі.
app-limits-safari = Safari (на iPhone, iPad і Mac) можа выдаліць захаваныя даныя, калі сайт не адкрывалі 7 дзён. Адкрывайце сайт хаця б раз на тыдзень або адпраўце адказы раней.

## Налады арганізацыі

config-problem = У наладах гэтага сайта памылка. Спіс спраў усё роўна працуе. Паведаміце пра гэта арганізацыі, якая дала вам гэтую спасылку.
config-demo-warning = Дэма-арганізацыя: файлы, якія вы адпраўляеце, НЕ абароненыя
config-demo-detail = Гэты сайт толькі для знаёмства з праграмай. Не ўводзьце сапраўдныя даныя.
config-errors-heading = Памылкі ў наладах
config-errors-file = файл
config-errors-line = радок
org-check-fix-line = Як выправіць: { $fix }
config-errors-none = Памылак не знойдзена.

## For organisations: the site check and the translation preview (#/org)

org-check-heading = Праверыць гэты сайт
org-check-intro = Праграма чытае файлы гэтага сайта (config/org.toml, файлы зместу і файлы моў) і паказвае кожную памылку: файл, радок і як яе выправіць. Падрабязнасці — па-ангельску.
org-check-loading = Правяраю файлы сайта…
org-check-summary =
    { $errors ->
        [one] { $errors } памылка
        [few] { $errors } памылкі
        [many] { $errors } памылак
       *[other] { $errors } памылкі
    } · { $warnings ->
        [one] { $warnings } папярэджанне
        [few] { $warnings } папярэджанні
        [many] { $warnings } папярэджанняў
       *[other] { $warnings } папярэджання
    }
org-check-error = Памылка:
org-check-warning = Папярэджанне:
org-preview-heading = Паглядзець свой пераклад
org-preview-intro = Увядзіце лік, каб убачыць, як яго піша цяперашняя мова. Каб знайсці яшчэ не перакладзены тэкст, дадайце ?pseudo=accented (або ?pseudo=bidi для пісьма справа налева) у канец адраса сайта.
org-preview-count-label = Колькасць крокаў

app-updated = Праграма абнавілася. Усё, што вы захавалі, на месцы.
org-back-to-app = Назад у праграму
org-link-intro = Гэтая частка — для супрацоўнікаў арганізацыі, якая вядзе гэты сайт: праверыць налады сайта, стварыць ключы і адкрыць файлы, якія дасылаюць людзі. Працуе і без інтэрнэту.
org-link-open = Адкрыць раздзел для арганізацый
