# Intake screens: navigation, review, household list, privacy note and the
# error messages shown under questions. The questions themselves are in
# intake-content.ftl.

## Form screen

# Heading of the intake screens (above the section heading).
intake-heading = Tell us what you need
# Progress line above each section. Variables: $current, $total (numbers).
intake-progress = Section { $current } of { $total }
# Progress above a section while later sections depend on answers not given yet (total unknown). $current: number.
intake-progress-open = Section { $current }
# Button: go to the previous section.
intake-back = Back
# Button: go to the next section.
intake-next = Next
# Button on the last section: go to the review screen.
intake-review = Review my answers
# Marker next to a required question's text (screen readers read it too).
intake-required-marker = (required)
# Note at the top of a section that has required questions.
intake-required-note = Questions marked "(required)" must be answered.
# Label of a "yes" answer option and of a yes answer on the review screen.
intake-yes = Yes
# Label of a "no" answer option and of a no answer on the review screen.
intake-no = No
# Button that clears the answer of a choice question (so nothing is selected).
intake-clear-answer = Clear answer
# Name that screen readers give that button: which answer it clears. $question: the question. Keep the words of intake-clear-answer at its start (people who steer by voice say what they see).
intake-clear-answer-named = Clear answer: { $question }
# Text under a date field: the format the field expects.
intake-hint-date = Date: choose it with the calendar button or type it in
# Text under a year field.
intake-hint-year = Four digits, for example 1985
# Text under a number field.
intake-hint-number = A whole number
# Text under a phone field.
intake-hint-phone = Digits, with + and the country code if you can
# Counter under a long text field. Variables: $used, $max (numbers of characters).
intake-chars-left = { $used } of { $max } characters

## Household list (repeat group)

# Button that adds one more person to the household list.
intake-add-member = Add a person
# Button that removes one person from the household list.
intake-remove-member = Remove this person
# Heading of one person in the household list. Variables: $number (1, 2, 3 …).
intake-member-heading = Person { $number }
# Label of a household member's field in the list of mistakes, one sentence.
# $number: the person's number (1, 2, 3 …); $label: the field's label ("Year of birth").
intake-person-field-label = Person { $number } – { $label }
# Shown when the household list is empty.
intake-no-members = No one added.

## Review screen

# Heading of the review screen.
intake-review-heading = Check your answers
# Paragraph under the review heading.
intake-review-intro = Please check your answers. You can change anything before you send it.
# Link next to each section on the review screen: go back and change it.
intake-edit = Change
# Name that screen readers give that link: which answer it changes. $question: the question. Keep the word of intake-edit at its start (people who steer by voice say what they see).
intake-edit-named = Change: { $question }
# Shown instead of an answer that was left empty.
intake-not-answered = Not answered
# Shown for a saved answer that no longer fits the current form.
intake-answer-outdated = This answer no longer fits the question. Please answer again.
# Summary at the top of the review screen when something must still be fixed. Variables: $count (number of problems).
intake-review-problems = { $count ->
    [one] One answer needs your attention.
   *[other] { $count } answers need your attention.
}
# Shown on the review screen when everything is fine.
intake-review-ready = Everything is ready.
# Shown when the form was changed by the organisation since the person started. Answers are kept.
intake-form-updated = The questions were updated since you started. Your answers are kept; please check them.

## Privacy note

# Heading of the "what happens with my answers" box.
intake-privacy-heading = What happens with my answers?
# Text of the privacy box. Keep every point: it is a promise to the user.
intake-privacy-text = Your answers stay only on this phone. When you save them, they are locked with your passphrase. Nothing is sent while you fill in the form. You decide when to send your answers: they are then locked so that only this organisation can read them.

## Error messages under questions

# A required question was left empty.
intake-error-required = This question is required.
# Text is too short. Variables: $min (number of characters).
intake-error-too-short = { $min ->
    [one] Please write at least { $min } character.
   *[other] Please write at least { $min } characters.
}
# Text is too long. Variables: $max (number of characters).
intake-error-too-long = { $max ->
    [one] Please write at most { $max } character.
   *[other] Please write at most { $max } characters.
}
# A number is outside the allowed range. Variables: $min, $max (numbers).
intake-error-number-range = Please write a number from { $min } to { $max }.
# A number is too small. Variables: $min (number).
intake-error-number-too-small = Please write a number of at least { $min }.
# A number is too large. Variables: $max (number).
intake-error-number-too-large = Please write a number of at most { $max }.
# A year is outside the allowed range. Variables: $min, $max (years; shown without separators is best).
intake-error-year = Please write a year from { $min } to { $max }.
# The date could not be read.
intake-error-date = Please enter the full date (day, month and year).
# A date is in the future but must not be.
intake-error-date-future = This date cannot be in the future.
# A date is in the past but must not be.
intake-error-date-past = This date cannot be in the past.
# A phone number is not valid.
intake-error-phone = Please enter a phone number with 7 to 15 digits, for example +48 123 456 789.
# An e-mail address is not valid.
intake-error-email = Please enter an e-mail address such as name@example.com.
# A saved choice is no longer offered (the form changed).
intake-error-choice = This option is no longer available. Please choose again.
# Too few options chosen. Variables: $min (number).
intake-error-too-few-choices = { $min ->
    [one] Please choose at least one option.
   *[other] Please choose at least { $min } options.
}
# Too many options chosen. Variables: $max (number).
intake-error-too-many-choices = { $max ->
    [one] Please choose only one option.
   *[other] Please choose at most { $max } options.
}
# Too few people in a list. Variables: $min (number).
intake-error-too-few-items = { $min ->
    [one] Please add at least one person.
   *[other] Please add at least { $min } people.
}
# Too many people in a list. Variables: $max (number).
intake-error-too-many-items = { $max ->
    [one] You can add only one person.
   *[other] You can add at most { $max } people.
}
# A saved answer has the wrong form (e.g. after an update).
intake-error-invalid = Please answer this question again.
# A number or year field contains something that is not a whole number.
intake-error-not-a-number = Please write only digits, for example 3.

## Intake screen states and helpers (added with the form screen)

# Shown while the questions are being loaded.
intake-loading = Loading the questions…
# Shown when the organisation's question file could not be loaded or has mistakes.
intake-load-error = The questions cannot be shown right now. Please try again later. Anything you already saved is kept.
# Counter under a long text field. Variables: $count (number of characters still allowed).
intake-chars-remaining = { $count ->
    [one] { $count } character left
   *[other] { $count } characters left
}
# Counter under a long text field when the text is too long. Variables: $count (number of characters over the limit).
intake-chars-over = { $count ->
    [one] { $count } character too many
   *[other] { $count } characters too many
}
# Heading of the box listing problems after "Next" (announced to screen readers). Variables: $count (number of problems).
intake-errors-summary = { $count ->
    [one] Please fix one answer:
   *[other] Please fix { $count } answers:
}
# One line of that box, a link to the question. $question: the question; $problem: what to fix (a whole sentence).
intake-error-summary-item = { $question } — { $problem }
# Link at the end of the review screen: go to the screen where the answers are sent.
intake-review-send = Next: send my answers
