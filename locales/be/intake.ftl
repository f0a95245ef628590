# Экраны анкеты. Каментары для перакладчыкаў — у locales/en/intake.ftl.

## Экран анкеты

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
intake-clear-answer-named = Ачысціць адказ: { $question }
intake-hint-date = Дата: выберыце яе ў календары або ўвядзіце ўручную
intake-hint-year = Чатыры лічбы, напрыклад 1985
intake-hint-number = Цэлы лік
intake-hint-phone = Лічбы; калі можаце — з + і кодам краіны
intake-chars-left = Сімвалы: { $used } з { $max }

## Людзі, якія з вамі (спіс)

intake-add-member = Дадаць чалавека
intake-remove-member = Выдаліць гэтага чалавека
intake-member-heading = Чалавек { $number }
intake-person-field-label = Чалавек { $number } — { $label }
intake-no-members = Нікога не дададзена.

## Праверка адказаў

intake-review-heading = Праверце адказы
intake-review-intro = Калі ласка, праверце адказы. Да адпраўкі можна ўсё змяніць.
intake-edit = Змяніць
intake-edit-named = Змяніць: { $question }
intake-not-answered = Няма адказу
intake-answer-outdated = Гэты адказ больш не пасуе да пытання. Калі ласка, адкажыце яшчэ раз.
intake-review-problems = { $count ->
    [1] Адзін адказ патрабуе вашай увагі.
    [one] { $count } адказ патрабуе вашай увагі.
    [few] { $count } адказы патрабуюць вашай увагі.
    [many] { $count } адказаў патрабуюць вашай увагі.
   *[other] { $count } адказу патрабуюць вашай увагі.
}
intake-review-ready = Усё гатова.
intake-form-updated = Пакуль вы запаўнялі анкету, пытанні змяніліся. Вашы адказы засталіся — калі ласка, праверце іх.

## Што адбываецца з адказамі

intake-privacy-heading = Што адбываецца з маімі адказамі?
intake-privacy-text = Вашы адказы застаюцца толькі на гэтым тэлефоне. Калі вы іх захаваеце, яны будуць замкнёныя вашым паролем. Пакуль вы запаўняеце анкету, нічога не адпраўляецца. Вы самі вырашаеце, калі адправіць адказы: тады яны будуць замкнёныя так, што прачытаць іх зможа толькі гэтая арганізацыя.

## Памылкі пад пытаннямі

intake-error-required = Гэта абавязковае пытанне.
intake-error-too-short = { $min ->
    [one] Напішыце хаця б { $min } сімвал.
    [few] Напішыце хаця б { $min } сімвалы.
    [many] Напішыце хаця б { $min } сімвалаў.
   *[other] Напішыце хаця б { $min } сімвала.
}
intake-error-too-long = { $max ->
    [one] Напішыце не больш за { $max } сімвал.
    [few] Напішыце не больш за { $max } сімвалы.
    [many] Напішыце не больш за { $max } сімвалаў.
   *[other] Напішыце не больш за { $max } сімвала.
}
intake-error-number-range = Напішыце лік ад { $min } да { $max }.
intake-error-number-too-small = Напішыце лік не меншы за { $min }.
intake-error-number-too-large = Напішыце лік не большы за { $max }.
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
    [one] Выберыце не больш за { $max } варыянт.
    [few] Выберыце не больш за { $max } варыянты.
    [many] Выберыце не больш за { $max } варыянтаў.
   *[other] Выберыце не больш за { $max } варыянта.
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

## Стан экрана анкеты (дададзена разам з экранам)

intake-loading = Загрузка пытанняў…
intake-load-error = Зараз не атрымліваецца паказаць пытанні. Паспрабуйце пазней. Усё, што вы ўжо захавалі, застанецца.
intake-chars-remaining = { $count ->
    [one] Застаўся { $count } сімвал
    [few] Засталося { $count } сімвалы
    [many] Засталося { $count } сімвалаў
   *[other] Засталося { $count } сімвала
}
intake-chars-over = { $count ->
    [one] На { $count } сімвал больш, чым можна
    [few] На { $count } сімвалы больш, чым можна
    [many] На { $count } сімвалаў больш, чым можна
   *[other] На { $count } сімвала больш, чым можна
}
intake-errors-summary = { $count ->
    [one] Выпраўце { $count } адказ:
    [few] Выпраўце { $count } адказы:
    [many] Выпраўце { $count } адказаў:
   *[other] Выпраўце { $count } адказу:
}
intake-error-summary-item = { $question } — { $problem }
intake-review-send = Далей: адправіць адказы
