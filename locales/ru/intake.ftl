# Экраны анкеты. Комментарии для переводчиков — в locales/en/intake.ftl.

## Form screen

intake-heading = Расскажите, что вам нужно
intake-progress = Раздел { $current } из { $total }
intake-progress-open = Раздел { $current }
intake-back = Назад
intake-next = Далее
intake-review = Проверить ответы
intake-required-marker = (обязательно)
intake-required-note = На вопросы с пометкой «(обязательно)» нужно ответить.
intake-yes = Да
intake-no = Нет
intake-clear-answer = Очистить ответ
intake-clear-answer-named = Очистить ответ: { $question }
intake-hint-date = Дата: выберите её в календаре (кнопка рядом) или введите вручную
intake-hint-year = Четыре цифры, например 1985
intake-hint-number = Целое число
intake-hint-phone = Цифры, по возможности с + и кодом страны
intake-chars-left = Символов: { $used } из { $max }

## Household list (repeat group)

intake-add-member = Добавить человека
intake-remove-member = Удалить этого человека
intake-member-heading = Человек { $number }
intake-person-field-label = Человек { $number } — { $label }
intake-no-members = Никто не добавлен.

## Review screen

intake-review-heading = Проверьте ответы
intake-review-intro = Пожалуйста, проверьте ответы. До отправки всё можно изменить.
intake-edit = Изменить
intake-edit-named = Изменить: { $question }
intake-not-answered = Нет ответа
intake-answer-outdated = Этот ответ больше не подходит к вопросу. Пожалуйста, ответьте ещё раз.
intake-review-problems = { $count ->
    [1] Один ответ требует внимания.
    [one] { $count } ответ требует внимания.
    [few] { $count } ответа требуют внимания.
    [many] { $count } ответов требуют внимания.
   *[other] { $count } ответа требуют внимания.
}
intake-review-ready = Всё готово.
intake-form-updated = С тех пор как вы начали, вопросы изменились. Ваши ответы не пропали, но, пожалуйста, проверьте их.

## Privacy note

intake-privacy-heading = Что происходит с моими ответами?
intake-privacy-text = Ваши ответы хранятся только на этом телефоне. Когда вы их сохраняете, они блокируются вашим паролем. Пока вы заполняете анкету, ничего никуда не отправляется. Вы сами решаете, когда отправить ответы в организацию: тогда они будут зашифрованы так, что прочитать их сможет только эта организация.

## Error messages under questions

intake-error-required = Это обязательный вопрос.
intake-error-too-short = { $min ->
    [one] Напишите хотя бы { $min } символ.
    [few] Напишите хотя бы { $min } символа.
    [many] Напишите хотя бы { $min } символов.
   *[other] Напишите хотя бы { $min } символа.
}
intake-error-too-long = { $max ->
    [one] Напишите не больше { $max } символа.
    [few] Напишите не больше { $max } символов.
    [many] Напишите не больше { $max } символов.
   *[other] Напишите не больше { $max } символа.
}
intake-error-number-range = Напишите число от { $min } до { $max }.
intake-error-number-too-small = Напишите число не меньше { $min }.
intake-error-number-too-large = Напишите число не больше { $max }.
intake-error-year = Напишите год от { $min } до { $max }.
intake-error-date = Укажите полную дату (день, месяц и год).
intake-error-date-future = Эта дата не может быть в будущем.
intake-error-date-past = Эта дата не может быть в прошлом.
intake-error-phone = Напишите номер телефона от 7 до 15 цифр, например +48 123 456 789.
intake-error-email = Напишите адрес электронной почты, например name@example.com.
intake-error-choice = Этого варианта больше нет. Пожалуйста, выберите ещё раз.
intake-error-too-few-choices = { $min ->
    [1] Выберите хотя бы один вариант.
    [one] Выберите хотя бы { $min } вариант.
    [few] Выберите хотя бы { $min } варианта.
    [many] Выберите хотя бы { $min } вариантов.
   *[other] Выберите хотя бы { $min } варианта.
}
intake-error-too-many-choices = { $max ->
    [1] Выберите только один вариант.
    [one] Выберите не больше { $max } варианта.
    [few] Выберите не больше { $max } вариантов.
    [many] Выберите не больше { $max } вариантов.
   *[other] Выберите не больше { $max } варианта.
}
intake-error-too-few-items = { $min ->
    [1] Добавьте хотя бы одного человека.
   *[other] Людей в списке должно быть не меньше { $min }.
}
intake-error-too-many-items = { $max ->
    [1] Можно добавить только одного человека.
   *[other] Людей в списке может быть не больше { $max }.
}
intake-error-invalid = Пожалуйста, ответьте на этот вопрос ещё раз.
intake-error-not-a-number = Напишите только цифры, например 3.

## Intake screen states and helpers (added with the form screen)

intake-loading = Загрузка вопросов…
intake-load-error = Сейчас не получается показать вопросы. Попробуйте позже. Всё, что вы уже сохранили, никуда не пропадёт.
intake-chars-remaining = { $count ->
    [one] Остался { $count } символ
    [few] Осталось { $count } символа
    [many] Осталось { $count } символов
   *[other] Осталось { $count } символа
}
intake-chars-over = { $count ->
    [one] { $count } лишний символ
    [few] { $count } лишних символа
    [many] { $count } лишних символов
   *[other] { $count } лишнего символа
}
intake-errors-summary = { $count ->
    [one] Исправьте { $count } ответ:
    [few] Исправьте { $count } ответа:
    [many] Исправьте { $count } ответов:
   *[other] Исправьте { $count } ответа:
}
intake-error-summary-item = { $question } — { $problem }
intake-review-send = Далее: отправить ответы
