# Екрани анкети. Коментарі до повідомлень: locales/en/intake.ftl.
# Звертання: «ви».

## Екран анкети

intake-heading = Розкажіть, що вам потрібно
intake-progress = Розділ { $current } з { $total }
intake-progress-open = Розділ { $current }
intake-back = Назад
intake-next = Далі
intake-review = Перевірити відповіді
intake-required-marker = (обов’язково)
intake-required-note = На питання з позначкою «(обов’язково)» треба відповісти.
intake-yes = Так
intake-no = Ні
intake-clear-answer = Очистити відповідь
intake-clear-answer-named = Очистити відповідь: { $question }
intake-hint-date = Дата: виберіть її кнопкою календаря або введіть вручну
intake-hint-year = Чотири цифри, наприклад 1985
intake-hint-number = Ціле число
intake-hint-phone = Цифри; якщо можете — із + і кодом країни
intake-chars-left = Символів: { $used } з { $max }

## Люди, які з вами (список)

intake-add-member = Додати людину
intake-remove-member = Видалити цю людину
intake-member-heading = Людина { $number }
intake-person-field-label = Людина { $number } — { $label }
intake-no-members = Нікого не додано.

## Перевірка відповідей

intake-review-heading = Перевірте свої відповіді
intake-review-intro = Будь ласка, перевірте відповіді. Поки ви їх не надіслали, усе можна змінити.
intake-edit = Змінити
intake-edit-named = Змінити: { $question }
intake-not-answered = Без відповіді
intake-answer-outdated = Ця відповідь більше не підходить до питання. Будь ласка, дайте відповідь ще раз.
intake-review-problems = { $count ->
    [1] Одна відповідь потребує вашої уваги.
    [one] { $count } відповідь потребує вашої уваги.
    [few] { $count } відповіді потребують вашої уваги.
    [many] { $count } відповідей потребують вашої уваги.
   *[other] { $count } відповіді потребують вашої уваги.
}
intake-review-ready = Усе готово.
intake-form-updated = Відтоді як ви почали, питання змінилися. Ваші відповіді збережено; будь ласка, перевірте їх.

## Що відбувається з відповідями

intake-privacy-heading = Що відбувається з моїми відповідями?
intake-privacy-text = Ваші відповіді залишаються лише на цьому телефоні. Коли ви їх зберігаєте, вони замкнені вашим паролем. Поки ви заповнюєте анкету, нічого не надсилається. Ви самі вирішуєте, коли надіслати відповіді: тоді їх буде замкнено так, що прочитати їх зможе лише ця організація.

## Помилки під питаннями

intake-error-required = Це обов’язкове питання.
intake-error-too-short = { $min ->
    [one] Напишіть щонайменше { $min } символ.
    [few] Напишіть щонайменше { $min } символи.
    [many] Напишіть щонайменше { $min } символів.
   *[other] Напишіть щонайменше { $min } символу.
}
intake-error-too-long = { $max ->
    [one] Напишіть не більше ніж { $max } символ.
    [few] Напишіть не більше ніж { $max } символи.
    [many] Напишіть не більше ніж { $max } символів.
   *[other] Напишіть не більше ніж { $max } символу.
}
intake-error-number-range = Напишіть число від { $min } до { $max }.
intake-error-number-too-small = Напишіть число не менше ніж { $min }.
intake-error-number-too-large = Напишіть число не більше ніж { $max }.
intake-error-year = Напишіть рік від { $min } до { $max }.
intake-error-date = Введіть повну дату (день, місяць і рік).
intake-error-date-future = Ця дата не може бути в майбутньому.
intake-error-date-past = Ця дата не може бути в минулому.
intake-error-phone = Введіть номер телефону від 7 до 15 цифр, наприклад +48 123 456 789.
intake-error-email = Введіть адресу електронної пошти, наприклад name@example.com.
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
    [one] Виберіть не більше ніж { $max } варіант.
    [few] Виберіть не більше ніж { $max } варіанти.
    [many] Виберіть не більше ніж { $max } варіантів.
   *[other] Виберіть не більше ніж { $max } варіанта.
}
intake-error-too-few-items = { $min ->
    [1] Додайте хоча б одну людину.
   *[other] Людей у списку має бути щонайменше { $min }.
}
intake-error-too-many-items = { $max ->
    [1] Можна додати лише одну людину.
   *[other] Людей у списку може бути не більше ніж { $max }.
}
intake-error-invalid = Будь ласка, дайте відповідь на це питання ще раз.
intake-error-not-a-number = Напишіть лише цифри, наприклад 3.

## Стани екрана анкети й підказки (додано разом з екраном)

intake-loading = Завантаження питань…
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
intake-error-summary-item = { $question } — { $problem }
intake-review-send = Далі: надіслати відповіді
