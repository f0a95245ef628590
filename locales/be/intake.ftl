# Экраны анкеты. Каментары для перакладчыкаў — у locales/en/intake.ftl.

## Form screen

intake-heading = Раскажыце, што вам трэба
intake-progress = Раздзел { $current } з { $total }
intake-progress-open = Раздзел { $current }
intake-back = Назад
intake-next = Далей
intake-review = Праверыць адказы
intake-required-marker = (абавязкова)
intake-required-note = На пытанні з пазнакай «(абавязкова)» трэба адказаць.
intake-yes = Так
intake-no = Не
intake-clear-answer = Ачысціць адказ
intake-hint-date = Дата: выберыце яе кнопкай календара або ўпішыце
intake-hint-year = Чатыры лічбы, напрыклад 1985
intake-hint-number = Цэлы лік
intake-hint-phone = Лічбы, калі можаце — з + і кодам краіны
intake-chars-left = Сімвалаў: { $used } / { $max }

## Household list (repeat group)

intake-add-member = Дадаць чалавека
intake-remove-member = Выдаліць гэтага чалавека
intake-member-heading = Чалавек { $number }
intake-person-field-label = Чалавек { $number } — { $label }
intake-no-members = Нікога не дададзена.

## Review screen

intake-review-heading = Праверце адказы
intake-review-intro = Калі ласка, праверце адказы. Да адпраўкі можна ўсё змяніць.
intake-edit = Змяніць
intake-not-answered = Няма адказу
intake-answer-outdated = Гэты адказ больш не пасуе да пытання. Калі ласка, адкажыце яшчэ раз.
intake-review-problems = { $count ->
    [1] Адзін адказ патрабуе ўвагі.
    [one] { $count } адказ патрабуе ўвагі.
    [few] { $count } адказы патрабуюць увагі.
    [many] { $count } адказаў патрабуюць увагі.
   *[other] { $count } адказу патрабуюць увагі.
}
intake-review-ready = Усё гатова.
intake-form-updated = Пакуль вы запаўнялі анкету, пытанні змяніліся. Вашы адказы захаваныя — калі ласка, праверце іх.

## Privacy note

intake-privacy-heading = Што адбываецца з маімі адказамі?
intake-privacy-text = Вашы адказы застаюцца толькі на гэтым тэлефоне. Калі вы іх захоўваеце, яны замкнёныя вашым паролем. Пакуль вы запаўняеце анкету, нічога не адпраўляецца. Вы самі вырашаеце, калі адправіць адказы: тады яны будуць зашыфраваныя так, што прачытаць іх зможа толькі гэтая арганізацыя.

## Error messages under questions

intake-error-required = Гэта абавязковае пытанне.
intake-error-too-short = { $min ->
    [one] Напішыце хаця б { $min } сімвал.
    [few] Напішыце хаця б { $min } сімвалы.
    [many] Напішыце хаця б { $min } сімвалаў.
   *[other] Напішыце хаця б { $min } сімвала.
}
intake-error-too-long = { $max ->
    [one] Максімум { $max } сімвал.
    [few] Максімум { $max } сімвалы.
    [many] Максімум { $max } сімвалаў.
   *[other] Максімум { $max } сімвала.
}
intake-error-number-range = Напішыце лік ад { $min } да { $max }.
intake-error-number-too-small = Лік павінен быць не меншы за { $min }.
intake-error-number-too-large = Лік павінен быць не большы за { $max }.
intake-error-year = Напішыце год ад { $min } да { $max }.
intake-error-date = Укажыце поўную дату (дзень, месяц і год).
intake-error-date-future = Гэтая дата не можа быць у будучыні.
intake-error-date-past = Гэтая дата не можа быць у мінулым.
intake-error-phone = Напішыце нумар тэлефона ад 7 да 15 лічбаў, напрыклад +48 123 456 789.
intake-error-email = Напішыце адрас электроннай пошты, напрыклад name@example.com.
intake-error-choice = Гэтага варыянта больш няма. Калі ласка, выберыце яшчэ раз.
intake-error-too-few-choices = { $min ->
    [1] Выберыце хаця б адзін варыянт.
    [one] Выберыце хаця б { $min } варыянт.
    [few] Выберыце хаця б { $min } варыянты.
    [many] Выберыце хаця б { $min } варыянтаў.
   *[other] Выберыце хаця б { $min } варыянта.
}
intake-error-too-many-choices = { $max ->
    [1] Выберыце толькі адзін варыянт.
    [one] Выберыце максімум { $max } варыянт.
    [few] Выберыце максімум { $max } варыянты.
    [many] Выберыце максімум { $max } варыянтаў.
   *[other] Выберыце максімум { $max } варыянта.
}
intake-error-too-few-items = { $min ->
    [1] Дадайце хаця б аднаго чалавека.
   *[other] Людзей у спісе павінна быць не менш за { $min }.
}
intake-error-too-many-items = { $max ->
    [1] Можна дадаць толькі аднаго чалавека.
   *[other] Людзей у спісе можа быць не больш за { $max }.
}
intake-error-invalid = Калі ласка, адкажыце на гэтае пытанне яшчэ раз.
intake-error-not-a-number = Напішыце толькі лічбы, напрыклад 3.

## Intake screen states and helpers (added with the form screen)

intake-loading = Загружаем пытанні…
intake-load-error = Зараз не атрымліваецца паказаць пытанні. Паспрабуйце пазней. Усё, што вы ўжо захавалі, застанецца.
intake-chars-remaining = { $count ->
    [one] Застаўся { $count } знак
    [few] Засталося { $count } знакі
    [many] Засталося { $count } знакаў
   *[other] Засталося { $count } знака
}
intake-chars-over = { $count ->
    [one] На { $count } знак больш, чым можна
    [few] На { $count } знакі больш, чым можна
    [many] На { $count } знакаў больш, чым можна
   *[other] На { $count } знака больш, чым можна
}
intake-errors-summary = { $count ->
    [one] Звярніце ўвагу на { $count } пытанне:
    [few] Звярніце ўвагу на { $count } пытанні:
    [many] Звярніце ўвагу на { $count } пытанняў:
   *[other] Звярніце ўвагу на { $count } пытання:
}
intake-review-send = Далей: адправіць адказы
