# Ekran listy kontrolnej. Wzorzec z komentarzami: locales/en/checklist.ftl.

## Screen

checklist-heading = Moja lista
checklist-intro = Kroki na pierwsze tygodnie w Polsce. Zaznaczaj, co już zrobiono. Wszystko jest zaszyfrowane na tym telefonie.
checklist-content-broken = Nie można pokazać listy, bo jej treść zawiera błąd. Daj znać organizacji, która prowadzi tę stronę.

## My situation form

checklist-situation-heading = Moja sytuacja
checklist-situation-hint = Wszystkie pytania są dobrowolne. Odpowiedzi służą tylko do pokazania Twoich kroków i terminów. Są zaszyfrowane na tym telefonie.
checklist-situation-arrival = Data przyjazdu do Polski
checklist-situation-status = Twój obecny status pobytu
checklist-status-humanitarian-visa = Wiza humanitarna
checklist-status-other-visa = Inna wiza (praca, studia, inne)
checklist-status-visa-free = Pobyt bezwizowy
checklist-status-residence-application-pending = Wniosek o zezwolenie na pobyt złożony, czekam na decyzję (stempel lub zaświadczenie z MOS)
checklist-status-temporary-residence = Zezwolenie na pobyt czasowy (karta pobytu)
checklist-status-asylum-applicant = Ubiegam się o ochronę międzynarodową (azyl)
checklist-status-international-protection = Status uchodźcy albo ochrona uzupełniająca
checklist-status-temporary-protection = Ochrona czasowa (osoby z Ukrainy)
checklist-status-no-document = Nie mam teraz ważnego dokumentu
checklist-status-not-sure = Nie wiem
checklist-situation-document-expiry = Data końca ważności wizy lub zezwolenia
checklist-situation-protection-applied = Data złożenia wniosku o ochronę
checklist-situation-children = Czy są z Tobą dzieci?
checklist-situation-yes = Tak
checklist-situation-no = Nie
checklist-situation-not-answered = Bez odpowiedzi
checklist-situation-city = Miasto, w którym mieszkasz
checklist-situation-city-placeholder = na przykład Warszawa
checklist-situation-save = Zapisz
checklist-situation-edit = Zmień moją sytuację

## Next steps and dates

checklist-next-heading = Następne kroki
checklist-all-heading = Wszystkie kroki
checklist-overdue = Po terminie
checklist-due-soon = Wkrótce termin
checklist-do-now = Zrób to teraz
checklist-due-line =
    { $days ->
        [0] Zrób to do { $date } (dzisiaj)
        [1] Zrób to do { $date } (jutro)
        [one] Zrób to do { $date } (za { $days } dzień)
        [few] Zrób to do { $date } (za { $days } dni)
        [many] Zrób to do { $date } (za { $days } dni)
       *[other] Zrób to do { $date } (za { $days } dnia)
    }
checklist-due-line-late =
    { $days ->
        [one] Zrób to do { $date } ({ $days } dzień po terminie)
        [few] Zrób to do { $date } ({ $days } dni po terminie)
        [many] Zrób to do { $date } ({ $days } dni po terminie)
       *[other] Zrób to do { $date } ({ $days } dnia po terminie)
    }
checklist-deadline-line =
    { $days ->
        [0] Ostatni możliwy dzień: { $date } (dzisiaj)
        [1] Ostatni możliwy dzień: { $date } (jutro)
        [one] Ostatni możliwy dzień: { $date } (za { $days } dzień)
        [few] Ostatni możliwy dzień: { $date } (za { $days } dni)
        [many] Ostatni możliwy dzień: { $date } (za { $days } dni)
       *[other] Ostatni możliwy dzień: { $date } (za { $days } dnia)
    }
checklist-deadline-line-late =
    { $days ->
        [one] Ostatni możliwy dzień: { $date } ({ $days } dzień po terminie)
        [few] Ostatni możliwy dzień: { $date } ({ $days } dni po terminie)
        [many] Ostatni możliwy dzień: { $date } ({ $days } dni po terminie)
       *[other] Ostatni możliwy dzień: { $date } ({ $days } dnia po terminie)
    }
checklist-may-apply = Ten krok może Cię dotyczyć. To zależy od Twojej sytuacji.
checklist-waiting-for = Najpierw: { $steps }
checklist-dates-hint = Terminy są liczone od dat, które podano. Ważne terminy sprawdź w urzędzie.
checklist-show-all = Pokaż kroki, które mnie nie dotyczą
checklist-hide-not-applicable = Ukryj kroki, które mnie nie dotyczą

## Step details

checklist-part-what = Co zrobić
checklist-part-why = Dlaczego to ważne
checklist-part-where = Gdzie
checklist-part-bring = Co zabrać
checklist-sources-heading = Oficjalne źródła (po polsku lub angielsku)
checklist-sources-other-heading = Inne źródła: organizacje i media
checklist-source-checked = (sprawdzono { $date })

## States

checklist-state-label = Stan
checklist-state-todo = Do zrobienia
checklist-state-in-progress = W toku
checklist-state-done = Zrobione
checklist-state-not-relevant = Nie dotyczy mnie

## Notes

checklist-note-label = Moja notatka
checklist-note-hint = Tylko Ty widzisz tę notatkę. Jest zaszyfrowana na tym telefonie.

## Progress

checklist-progress =
    { $total ->
        [one] Zrobiono { $done } z { $total } kroku
        [few] Zrobiono { $done } z { $total } kroków
        [many] Zrobiono { $done } z { $total } kroków
       *[other] Zrobiono { $done } z { $total } kroku
    }
checklist-progress-all-done = Wszystkie kroki są zrobione. Brawo!

## Calendar export

checklist-ics-button = Dodaj terminy do kalendarza (.ics)
checklist-ics-warning = Plik kalendarza nie jest zaszyfrowany. Każdy, kto zobaczy ten plik lub Twój kalendarz, przeczyta te kroki i daty.
checklist-ics-none = Nie ma jeszcze terminów do dodania. Wpisz swoje daty w „Moja sytuacja”.
checklist-ics-due = { $title }
checklist-ics-deadline = Ostatni dzień: { $title }

## Empty states

checklist-empty-next = Teraz nie ma nic do zrobienia.
checklist-empty-situation = Opisz krótko swoją sytuację, żeby zobaczyć swoje kroki i terminy.
checklist-empty-list = Brak kroków.

## Checklist screen (added with the screen)

checklist-content-unavailable = Nie można teraz wczytać listy. Sprawdź połączenie z internetem i otwórz tę stronę jeszcze raz.
checklist-situation-saved = Zapisano. Twoje kroki i terminy są zaktualizowane.
checklist-does-not-apply = Ten krok nie dotyczy Twojej sytuacji.
checklist-state-announce = { $title }: { $state }
checklist-ics-heading = Terminy w kalendarzu
checklist-ics-failed = Nie udało się utworzyć pliku kalendarza. Spróbuj jeszcze raz.
