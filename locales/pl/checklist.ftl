# Ekran listy kroków: nagłówki, formularz „Moja sytuacja”, szczegóły kroku,
# stany, terminy, postęp i dodawanie terminów do kalendarza. Opisy komunikatów:
# locales/en/checklist.ftl. Teksty kroków: checklist-content.ftl.

## Ekran

checklist-heading = Moja lista kroków
checklist-intro = Kroki na pierwsze tygodnie w Polsce. Zaznaczaj, co już zostało zrobione. Po zapisaniu wszystko jest przechowywane na tym telefonie, zablokowane hasłem.
checklist-content-broken = Nie można pokazać listy kroków, bo jej treść zawiera błąd. Daj znać organizacji, która prowadzi tę stronę.

## Formularz „Moja sytuacja”

checklist-situation-heading = Moja sytuacja
checklist-situation-hint = Wszystkie pytania są dobrowolne. Odpowiedzi służą tylko do pokazania twoich kroków i terminów. Po zapisaniu są przechowywane na tym telefonie, zablokowane hasłem.
checklist-situation-arrival = Data przyjazdu do Polski
checklist-situation-status = Twój obecny status pobytowy
checklist-status-humanitarian-visa = Wiza humanitarna
checklist-status-other-visa = Inna wiza (praca, studia, inne)
checklist-status-visa-free = Pobyt w ramach ruchu bezwizowego
checklist-status-residence-application-pending = Wniosek o zezwolenie na pobyt złożony, oczekiwanie na decyzję (stempel lub zaświadczenie z MOS)
checklist-status-temporary-residence = Zezwolenie na pobyt czasowy (karta pobytu)
checklist-status-asylum-applicant = Wniosek o ochronę międzynarodową złożony (potocznie: azyl)
checklist-status-international-protection = Status uchodźcy albo ochrona uzupełniająca
checklist-status-temporary-protection = Ochrona czasowa (osoby z Ukrainy)
checklist-status-no-document = Brak ważnego dokumentu
checklist-status-not-sure = Nie wiem
checklist-situation-document-expiry = Data końca ważności wizy lub zezwolenia
checklist-situation-protection-applied = Data złożenia wniosku o ochronę
checklist-situation-children = Czy są z tobą dzieci?
checklist-situation-yes = Tak
checklist-situation-no = Nie
checklist-situation-not-answered = Bez odpowiedzi
checklist-situation-city = Miasto, w którym mieszkasz
checklist-situation-city-placeholder = na przykład Warszawa
checklist-situation-save = Zapisz
checklist-situation-edit = Zmień moją sytuację

## Następne kroki i terminy

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
checklist-may-apply = Ten krok może cię dotyczyć. To zależy od twojej sytuacji.
checklist-do-first = Najpierw: { $step }
checklist-dates-hint = Terminy są liczone od podanych dat. Ważne terminy sprawdź w urzędzie.
checklist-show-all = Pokaż kroki, które mnie nie dotyczą
checklist-hide-not-applicable = Ukryj kroki, które mnie nie dotyczą

## Szczegóły kroku

checklist-part-what = Co zrobić
checklist-part-why = Dlaczego to ważne
checklist-part-where = Gdzie
checklist-part-bring = Co zabrać
checklist-sources-heading = Oficjalne źródła (po polsku lub po angielsku)
checklist-sources-other-heading = Inne źródła: organizacje i media
checklist-source-line = { $source } (sprawdzono { $date })

## Stany

checklist-state-label = Stan
checklist-state-todo = Do zrobienia
checklist-state-in-progress = W toku
checklist-state-done = Zrobione
checklist-state-not-relevant = Nie dotyczy mnie

## Notatki

checklist-note-label = Moja notatka
checklist-note-hint = Notatka zostaje na tym telefonie i nigdy nie trafia do pliku dla organizacji. Po zapisaniu jest zablokowana hasłem.

## Postęp

checklist-progress =
    { $total ->
        [one] Zrobiono { $done } z { $total } kroku
        [few] Zrobiono { $done } z { $total } kroków
        [many] Zrobiono { $done } z { $total } kroków
       *[other] Zrobiono { $done } z { $total } kroku
    }
checklist-progress-all-done = Wszystkie kroki są zrobione. Brawo!

## Terminy w kalendarzu

checklist-ics-button = Dodaj terminy do kalendarza (.ics)
checklist-ics-warning = Plik kalendarza nie jest zablokowany hasłem. Każdy, kto zobaczy ten plik lub twój kalendarz, przeczyta te kroki i daty.
checklist-ics-none = Nie ma jeszcze terminów do dodania. Wpisz swoje daty w „Moja sytuacja”.
checklist-ics-due = { $title }
checklist-ics-deadline = Ostatni dzień: { $title }

## Puste stany

checklist-empty-next = Teraz nie ma nic do zrobienia.
checklist-empty-situation = Opisz krótko swoją sytuację, żeby zobaczyć swoje kroki i terminy.
checklist-empty-list = Brak kroków.

## Ekran listy kroków (dodane z ekranem)

checklist-content-unavailable = Nie można teraz wczytać listy kroków. Sprawdź połączenie z internetem i otwórz tę stronę jeszcze raz.
checklist-situation-saved = Gotowe. Twoje kroki i terminy są zaktualizowane.
checklist-does-not-apply = Ten krok nie dotyczy twojej sytuacji.
checklist-state-announce = { $title }: { $state }
checklist-ics-heading = Terminy w kalendarzu
checklist-ics-failed = Nie udało się utworzyć pliku kalendarza. Spróbuj jeszcze raz.

## Plany od organizacji

checklist-plan-import-heading = Plan od twojej organizacji
checklist-plan-import-help = Gdy wyślesz swoje odpowiedzi, twoja organizacja może odpowiedzieć planem: dalszymi krokami dla ciebie, z terminami. Otworzyć go może tylko ta aplikacja, odblokowana twoim hasłem. Kroki z planu trafiają na twoją listę kroków i są przechowywane razem z twoimi odpowiedziami. Aplikacja nie może sprawdzić, kto przygotował plan: może to zrobić każda osoba, która widziała plik z twoimi odpowiedziami.
checklist-plan-file-label = Otwórz plik z planem
checklist-plan-paste-label = Albo wklej tekst planu
checklist-plan-add = Dodaj plan
checklist-plan-added = Plan od organizacji { $org } jest już na twojej liście kroków. Nowe kroki: { $added }. Zmienione kroki: { $updated }.
checklist-plan-heading = Plan: { $org }
checklist-plan-unchecked = Aplikacja nie może sprawdzić, kto przygotował ten plan. Jeśli w którymś kroku trzeba przynieść dokumenty lub pieniądze albo pójść pod nowy adres, najpierw sprawdź to w swojej organizacji – przez kontakt, który już znasz.
checklist-plan-remove = Usuń ten plan
checklist-plan-remove-confirm = Usunąć plan od organizacji { $org } razem ze stanem i notatkami jego kroków?
checklist-plan-remove-yes = Tak, usuń
checklist-plan-removed = Plan został usunięty.
plan-error-too-large = Ten plik jest za duży jak na plan. Nic nie dodano. Sprawdź, czy to plik, który wysłała twoja organizacja.
plan-error-not-sealed = To nie jest plan. Nic nie dodano. Wybierz plik, który wysłała twoja organizacja, albo wklej cały tekst – od „-----BEGIN AGE ENCRYPTED FILE-----” do końca.
plan-error-damaged = Plan jest uszkodzony lub niepełny, być może ucięty po drodze. Nic nie dodano. Poproś swoją organizację, żeby wysłała go jeszcze raz – jeśli się da, jako plik.
plan-error-not-for-you = Ten plan przygotowano dla kogoś innego albo dla odpowiedzi wysłanych przed zmianą hasła. Nic nie dodano. Wyślij swoje odpowiedzi jeszcze raz i poproś swoją organizację o nowy plan.
plan-error-no-key = Ta aplikacja nie może jeszcze otwierać planów. Nic nie dodano. Zablokuj swoje odpowiedzi hasłem, wyślij je do swojej organizacji, a potem poproś o plan.
plan-error-not-a-plan = Plik się otworzył, ale to nie jest plan. Nic nie dodano. Poproś swoją organizację o ponowne wysłanie planu.
plan-error-newer = Ten plan utworzyła nowsza wersja aplikacji. Nic nie dodano. Otwórz tę stronę raz, gdy masz dostęp do internetu, żeby aplikacja się zaktualizowała, a potem spróbuj ponownie.
plan-error-invalid = Ten plan zawiera błąd (jakaś część jest pusta, za długa albo ma błędną datę). Nic nie dodano. Poproś swoją organizację, żeby wysłała go jeszcze raz.
plan-error-too-many = Twoja lista kroków nie pomieści już więcej planów ani kroków. Nic nie dodano. Usuń plan, którego już nie potrzebujesz, a potem spróbuj jeszcze raz.
plan-error-unreadable = Nie udało się odczytać pliku. Nic nie dodano. Spróbuj jeszcze raz albo wklej tekst planu.
