# Екрани анкети. Коментарі для перекладачів — у locales/en/intake.ftl.

## Form screen

intake-heading = Розкажіть, що вам потрібно
intake-progress = Розділ { $current } з { $total }
intake-progress-open = Розділ { $current }
intake-back = Назад
intake-next = Далі
intake-review = Перевірити відповіді
intake-required-marker = (обов'язково)
intake-required-note = На питання з позначкою «(обов'язково)» треба відповісти.
intake-yes = Так
intake-no = Ні
intake-clear-answer = Очистити відповідь
intake-hint-date = Дата: виберіть її кнопкою календаря або введіть
intake-hint-year = Чотири цифри, наприклад 1985
intake-hint-number = Ціле число
intake-hint-phone = Цифри, якщо можете — з + і кодом країни
intake-chars-left = Символів: { $used } / { $max }

## Household list (repeat group)

intake-add-member = Додати людину
intake-remove-member = Видалити цю людину
intake-member-heading = Людина { $number }
intake-person-field-label = Людина { $number } — { $label }
intake-no-members = Нікого не додано.

## Review screen

intake-review-heading = Перевірте відповіді
intake-review-intro = Будь ласка, перевірте відповіді. До надсилання можна все змінити.
intake-edit = Змінити
intake-not-answered = Немає відповіді
intake-answer-outdated = Ця відповідь більше не підходить до питання. Будь ласка, дайте відповідь ще раз.
intake-review-problems = { $count ->
    [1] Одна відповідь потребує уваги.
    [one] { $count } відповідь потребує уваги.
    [few] { $count } відповіді потребують уваги.
    [many] { $count } відповідей потребують уваги.
   *[other] { $count } відповіді потребують уваги.
}
intake-review-ready = Усе готово.
intake-form-updated = Відтоді як ви почали, питання змінилися. Ваші відповіді збережено — будь ласка, перевірте їх.

## Privacy note

intake-privacy-heading = Що відбувається з моїми відповідями?
intake-privacy-text = Ваші відповіді залишаються лише на цьому телефоні. Коли ви їх зберігаєте, вони захищені вашим паролем. Поки ви заповнюєте анкету, нічого не надсилається. Ви самі вирішуєте, коли надіслати відповіді: тоді їх буде зашифровано так, що прочитати їх зможе лише ця організація.

## Error messages under questions

intake-error-required = Це обов'язкове питання.
intake-error-too-short = { $min ->
    [one] Напишіть щонайменше { $min } символ.
    [few] Напишіть щонайменше { $min } символи.
    [many] Напишіть щонайменше { $min } символів.
   *[other] Напишіть щонайменше { $min } символу.
}
intake-error-too-long = { $max ->
    [one] Максимум { $max } символ.
    [few] Максимум { $max } символи.
    [many] Максимум { $max } символів.
   *[other] Максимум { $max } символу.
}
intake-error-number-range = Напишіть число від { $min } до { $max }.
intake-error-number-too-small = Число має бути не менше ніж { $min }.
intake-error-number-too-large = Число має бути не більше ніж { $max }.
intake-error-year = Напишіть рік від { $min } до { $max }.
intake-error-date = Вкажіть повну дату (день, місяць і рік).
intake-error-date-future = Ця дата не може бути в майбутньому.
intake-error-date-past = Ця дата не може бути в минулому.
intake-error-phone = Напишіть номер телефону від 7 до 15 цифр, наприклад +48 123 456 789.
intake-error-email = Напишіть адресу електронної пошти, наприклад name@example.com.
intake-error-choice = Цього варіанта більше немає. Будь ласка, виберіть ще раз.
intake-error-too-few-choices = { $min ->
    [1] Виберіть щонайменше один варіант.
    [one] Виберіть щонайменше { $min } варіант.
    [few] Виберіть щонайменше { $min } варіанти.
    [many] Виберіть щонайменше { $min } варіантів.
   *[other] Виберіть щонайменше { $min } варіанта.
}
intake-error-too-many-choices = { $max ->
    [1] Виберіть лише один варіант.
    [one] Виберіть щонайбільше { $max } варіант.
    [few] Виберіть щонайбільше { $max } варіанти.
    [many] Виберіть щонайбільше { $max } варіантів.
   *[other] Виберіть щонайбільше { $max } варіанта.
}
intake-error-too-few-items = { $min ->
    [1] Додайте хоча б одну людину.
   *[other] Людей у списку має бути щонайменше { $min }.
}
intake-error-too-many-items = { $max ->
    [1] Можна додати лише одну людину.
   *[other] Людей у списку може бути щонайбільше { $max }.
}
intake-error-invalid = Будь ласка, дайте відповідь на це питання ще раз.
intake-error-not-a-number = Напишіть лише цифри, наприклад 3.

## Intake screen states and helpers (added with the form screen)

intake-loading = Завантажуємо питання…
intake-load-error = Зараз не вдається показати питання. Спробуйте пізніше. Усе, що ви вже зберегли, залишиться.
intake-chars-remaining = { $count ->
    [one] Залишився { $count } символ
    [few] Залишилося { $count } символи
    [many] Залишилося { $count } символів
   *[other] Залишилося { $count } символу
}
intake-chars-over = { $count ->
    [one] На { $count } символ більше, ніж можна
    [few] На { $count } символи більше, ніж можна
    [many] На { $count } символів більше, ніж можна
   *[other] На { $count } символу більше, ніж можна
}
intake-errors-summary = { $count ->
    [one] Виправте { $count } відповідь:
    [few] Виправте { $count } відповіді:
    [many] Виправте { $count } відповідей:
   *[other] Виправте { $count } відповіді:
}
intake-review-send = Далі: надіслати відповіді
