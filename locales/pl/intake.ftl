# Ekrany formularza: przechodzenie między częściami, sprawdzanie odpowiedzi,
# lista osób, informacja o prywatności i komunikaty o błędach pod pytaniami.
# Opisy komunikatów: locales/en/intake.ftl. Pytania: intake-content.ftl.

## Ekran formularza

intake-heading = Powiedz nam, czego potrzebujesz
intake-progress = Część { $current } z { $total }
intake-progress-open = Część { $current }
intake-back = Wstecz
intake-next = Dalej
intake-review = Sprawdź odpowiedzi
intake-required-marker = (obowiązkowe)
intake-required-note = Na pytania oznaczone „(obowiązkowe)” trzeba odpowiedzieć.
intake-yes = Tak
intake-no = Nie
intake-clear-answer = Wyczyść odpowiedź
intake-clear-answer-named = Wyczyść odpowiedź: { $question }
intake-hint-date = Data: wybierz ją przyciskiem kalendarza albo wpisz
intake-hint-year = Cztery cyfry, na przykład 1985
intake-hint-number = Liczba całkowita
intake-hint-phone = Cyfry; jeśli możesz, z + i numerem kierunkowym kraju
intake-chars-left = Znaki: { $used } z { $max }

## Lista osób (grupa powtarzana)

intake-add-member = Dodaj osobę
intake-remove-member = Usuń tę osobę
intake-member-heading = Osoba { $number }
intake-person-field-label = Osoba { $number } – { $label }
intake-no-members = Nikogo nie dodano.

## Ekran sprawdzania

intake-review-heading = Sprawdź swoje odpowiedzi
intake-review-intro = Sprawdź odpowiedzi. Przed wysłaniem możesz wszystko zmienić.
intake-edit = Zmień
intake-edit-named = Zmień: { $question }
intake-not-answered = Brak odpowiedzi
intake-answer-outdated = Ta odpowiedź nie pasuje już do pytania. Odpowiedz jeszcze raz.
intake-review-problems = { $count ->
    [1] Jedna odpowiedź wymaga uwagi.
    [one] { $count } odpowiedź wymaga uwagi.
    [few] { $count } odpowiedzi wymagają uwagi.
    [many] { $count } odpowiedzi wymaga uwagi.
   *[other] { $count } odpowiedzi wymaga uwagi.
}
intake-review-ready = Wszystko gotowe.
intake-form-updated = Od rozpoczęcia wypełniania pytania zostały zmienione. Twoje odpowiedzi zostały zachowane – sprawdź je.

## Prywatność

intake-privacy-heading = Co dzieje się z moimi odpowiedziami?
intake-privacy-text = Twoje odpowiedzi zostają tylko na tym telefonie. Gdy je zapiszesz, są zablokowane twoim hasłem. Podczas wypełniania nic nie jest wysyłane. To ty decydujesz, kiedy wysłać odpowiedzi: wtedy zostaną zapieczętowane w pliku, który może otworzyć tylko ta organizacja.

## Komunikaty o błędach pod pytaniami

intake-error-required = To pytanie jest obowiązkowe.
intake-error-too-short = { $min ->
    [one] Wpisz co najmniej { $min } znak.
    [few] Wpisz co najmniej { $min } znaki.
    [many] Wpisz co najmniej { $min } znaków.
   *[other] Wpisz co najmniej { $min } znaku.
}
intake-error-too-long = { $max ->
    [one] Wpisz najwyżej { $max } znak.
    [few] Wpisz najwyżej { $max } znaki.
    [many] Wpisz najwyżej { $max } znaków.
   *[other] Wpisz najwyżej { $max } znaku.
}
intake-error-number-range = Wpisz liczbę od { $min } do { $max }.
intake-error-number-too-small = Wpisz liczbę nie mniejszą niż { $min }.
intake-error-number-too-large = Wpisz liczbę nie większą niż { $max }.
intake-error-year = Wpisz rok od { $min } do { $max }.
intake-error-date = Wpisz pełną datę (dzień, miesiąc i rok).
intake-error-date-future = Ta data nie może być w przyszłości.
intake-error-date-past = Ta data nie może być w przeszłości.
intake-error-phone = Wpisz numer telefonu, który ma od 7 do 15 cyfr, na przykład +48 123 456 789.
intake-error-email = Wpisz adres e-mail, na przykład imie@example.com.
intake-error-choice = Tej odpowiedzi nie ma już na liście. Wybierz jeszcze raz.
intake-error-too-few-choices = { $min ->
    [1] Wybierz co najmniej jedną odpowiedź.
    [one] Wybierz co najmniej { $min } odpowiedź.
    [few] Wybierz co najmniej { $min } odpowiedzi.
    [many] Wybierz co najmniej { $min } odpowiedzi.
   *[other] Wybierz co najmniej { $min } odpowiedzi.
}
intake-error-too-many-choices = { $max ->
    [1] Wybierz tylko jedną odpowiedź.
    [one] Wybierz najwyżej { $max } odpowiedź.
    [few] Wybierz najwyżej { $max } odpowiedzi.
    [many] Wybierz najwyżej { $max } odpowiedzi.
   *[other] Wybierz najwyżej { $max } odpowiedzi.
}
intake-error-too-few-items = { $min ->
    [1] Dodaj co najmniej jedną osobę.
    [one] Dodaj co najmniej { $min } osobę.
    [few] Dodaj co najmniej { $min } osoby.
    [many] Dodaj co najmniej { $min } osób.
   *[other] Dodaj co najmniej { $min } osoby.
}
intake-error-too-many-items = { $max ->
    [1] Możesz dodać tylko jedną osobę.
    [one] Możesz dodać najwyżej { $max } osobę.
    [few] Możesz dodać najwyżej { $max } osoby.
    [many] Możesz dodać najwyżej { $max } osób.
   *[other] Możesz dodać najwyżej { $max } osoby.
}
intake-error-invalid = Odpowiedz na to pytanie jeszcze raz.
intake-error-not-a-number = Wpisz same cyfry, na przykład 3.

## Stany ekranu formularza (dodane z ekranem)

intake-loading = Wczytywanie pytań…
intake-load-error = Nie można teraz pokazać pytań. Spróbuj ponownie później. To, co już zapisano, zostaje.
intake-chars-remaining = { $count ->
    [one] Został { $count } znak
    [few] Zostały { $count } znaki
    [many] Zostało { $count } znaków
   *[other] Zostało { $count } znaku
}
intake-chars-over = { $count ->
    [one] { $count } znak za dużo
    [few] { $count } znaki za dużo
    [many] { $count } znaków za dużo
   *[other] { $count } znaku za dużo
}
intake-errors-summary = { $count ->
    [one] Popraw jedną odpowiedź:
    [few] Popraw { $count } odpowiedzi:
    [many] Popraw { $count } odpowiedzi:
   *[other] Popraw { $count } odpowiedzi:
}
intake-error-summary-item = { $question } — { $problem }
intake-review-send = Dalej: wyślij odpowiedzi
