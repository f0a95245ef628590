desk-scan-heading = Przekazanie osobiście
desk-scan-help = Osoba naciska „Pokaż w punkcie pomocy” na swoim telefonie. Najpierw porównaj odcisk klucza na jej telefonie ze swoim, potem trzymaj telefon przed kamerą.
desk-scan-start = Skanuj z telefonu
desk-scan-stop = Wyłącz kamerę
desk-scan-waiting = Szukam kodów…
desk-scan-progress = Odczytane kody: { $received } z { $count }
desk-scan-no-camera = Nie udało się włączyć kamery. Zezwól tej stronie na kamerę albo wybierz poniżej zdjęcia lub zrzuty ekranu kodów.
desk-scan-photos-label = Zdjęcia lub zrzuty ekranu kodów
desk-scan-no-code = Na wybranych obrazach nie znaleziono kodu. Wybierz ostre zdjęcia, na których widać cały kod.
desk-scan-not-ours = To nie jest kod { -brand-name }. Skanuj kody, które osoba pokazuje przyciskiem „Pokaż w punkcie pomocy”.
desk-scan-newer = Te kody utworzyła nowsza wersja { -brand-name }. Zaktualizuj tę stronę, aby je odczytać.
desk-scan-damaged = Kod został odczytany błędnie. Trzymaj telefon nieruchomo; kody pojawią się ponownie.
desk-scan-other-export = Ten kod należy do innego pliku z odpowiedziami. Skanuj jeden telefon naraz albo naciśnij ponownie „Skanuj z telefonu”, aby zacząć od nowa.
desk-scan-mismatch = Kody do siebie nie pasują. Odczyt zaczyna się od nowa; pokazuj kody dalej.
desk-scanned-name = Zeskanowane kody

org-check-fix-line = Jak poprawić: { $fix }
org-check-heading = Sprawdź tę stronę
org-check-intro = Aplikacja czyta pliki tej strony (config/org.toml, pliki treści i pliki językowe) i pokazuje każdy błąd: plik, wiersz i sposób poprawienia. Szczegóły są po angielsku.
org-check-loading = Sprawdzanie plików strony…
org-check-summary =
    { $errors ->
        [one] { $errors } błąd
        [few] { $errors } błędy
        [many] { $errors } błędów
       *[other] { $errors } błędu
    } · { $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
        [many] { $warnings } ostrzeżeń
       *[other] { $warnings } ostrzeżenia
    }
org-check-finding-error = Błąd: { $place } — { $message }
org-check-finding-warning = Ostrzeżenie: { $place } — { $message }
org-preview-heading = Zobacz swoje tłumaczenie
org-preview-intro = Wpisz liczbę, żeby zobaczyć, jak zapisuje ją wybrany język. Żeby znaleźć tekst, który nie jest jeszcze przetłumaczony, dopisz ?pseudo=accented (albo ?pseudo=bidi dla pisma od prawej do lewej) na końcu adresu strony.
org-preview-count-label = Liczba kroków
org-back-to-app = Wróć do aplikacji

desk-fingerprint-line = Odcisk klucza: { $fingerprint }
desk-heading = Panel organizacji
desk-offline-note = Wszystko dzieje się w tej przeglądarce. Nic nie jest nigdzie wysyłane.
desk-generate-heading = Utwórz parę kluczy
desk-generate-help = Klucz prywatny otwiera pliki z odpowiedziami. Zapisz go, zrób jego kopię zapasową i nigdy nikomu go nie udostępniaj. Klucz publiczny wpisz do config/org.toml.
desk-generate-button = Utwórz parę kluczy
desk-public-key = Klucz publiczny (do config/org.toml)
desk-download-identity = Pobierz plik klucza prywatnego
desk-load-identity-heading = Wczytaj plik klucza prywatnego
desk-load-identity-help = Klucz jest używany tylko w tej sesji i nigdy nie jest zapisywany. Zamknij kartę, a przeglądarka go zapomni.
desk-keys-loaded =
    { $count ->
        [one] Wczytano { $count } klucz
        [few] Wczytano { $count } klucze
        [many] Wczytano { $count } kluczy
       *[other] Wczytano { $count } klucza
    }
desk-open-heading = Otwórz pliki z odpowiedziami
desk-open-help = Wybierz jeden lub więcej plików .age albo wklej plik wysłany jako tekst.
desk-paste-label = Wklejony tekst
desk-open-button = Otwórz
desk-exports-opened =
    { $count ->
        [one] { $count } otwarty plik
        [few] { $count } otwarte pliki
        [many] { $count } otwartych plików
       *[other] { $count } otwartego pliku
    }
desk-download-csv = Pobierz tabelę (CSV)
desk-download-json = Pobierz dane (JSON)
desk-key-file-problem = { $file }: { $problem }
desk-key-file-problem-line = { $file }, wiersz { $line }: { $problem }
desk-config-line = Wpisz to do config/org.toml:
desk-secret-shown-once = Plik klucza prywatnego (widoczny tylko teraz; został też pobrany)
desk-download-failed = Pobieranie nie zadziałało. Sprawdź ustawienia pobierania w przeglądarce.
desk-generate-failed = Przeglądarka nie mogła utworzyć losowego klucza. Odśwież stronę i spróbuj jeszcze raz.
desk-identity-file-label = Plik klucza prywatnego
desk-forget-keys = Zapomnij wczytane klucze
desk-files-label = Pliki z odpowiedziami (.age)
desk-read-failed = Nie udało się odczytać pliku.
desk-pasted-name = Wklejony tekst
desk-results-heading = Wyniki
desk-result-opened = Otwarto jako plik { $number }.
desk-file-result = { $file }: { $result }
desk-print = Drukuj
desk-close-all = Zamknij wszystkie pliki
desk-filter-need = Potrzeba
desk-filter-all = Wszystkie potrzeby
desk-sort-label = Kolejność
desk-sort-urgent = Najpilniejsze najpierw
desk-sort-newest = Najnowsze najpierw
desk-sort-oldest = Najstarsze najpierw
desk-urgent-only = Tylko pilne
desk-showing = Widoczne: { $shown } z { $count }.
desk-urgent-in-danger = Bezpośrednie zagrożenie
desk-urgent-legal-stay = Legalny pobyt wkrótce się kończy albo brak dokumentu
desk-urgent-health-urgent = Pilna potrzeba zdrowotna
desk-urgent-psych-now = Potrzebuje pomocy psychologicznej teraz
desk-export-title = Plik { $number }, utworzony { $date }
desk-export-language-line = Język odpowiedzi: { $language }
desk-other-content-version = Utworzony przy innej wersji pytań ({ $version }). Niektóre odpowiedzi mogą być pokazane jako identyfikatory.
desk-answers-heading = Odpowiedzi
desk-no-answers = Brak odpowiedzi.
desk-checklist-heading = Lista kroków
desk-no-steps = Brak oznaczonych kroków.

desk-plan-write = Napisz plan
desk-plan-heading = Plan dla tej osoby
desk-plan-intro = Plan otworzy tylko telefon tej osoby. Przekaż go tą samą drogą, którą przyszedł jej plik z odpowiedziami: jako plik, jako tekst w wiadomości albo osobiście w punkcie pomocy. Aplikacja tej osoby nie może sprawdzić, czy plan naprawdę pochodzi od ciebie (przygotować go może każda osoba, która widziała jej plik z odpowiedziami): uprzedź ją, że plan przyjdzie, i powiedz, jaką drogą go przekażesz.
desk-plan-org-label = Nazwa organizacji
desk-plan-org-help = Ta osoba zobaczy tę nazwę nad krokami. Używaj zawsze tej samej nazwy: późniejszy plan o tej samej nazwie uzupełni ten plan.
desk-plan-steps-help = Aby zmienić krok wysłany wcześniej, wpisz jego tytuł dokładnie tak jak wtedy: na telefonie tej osoby ten krok dostanie nową datę, miejsce, listę rzeczy do zabrania i uwagę, a stan kroku i notatka tej osoby pozostaną bez zmian. Nowy tytuł to nowy krok.
desk-plan-step-legend = Krok { $number }
desk-plan-title-label = Tytuł
desk-plan-due-label = Do kiedy (opcjonalnie)
desk-plan-where-label = Gdzie (opcjonalnie)
desk-plan-bring-label = Co zabrać (opcjonalnie)
desk-plan-note-label = Uwaga (opcjonalnie)
desk-plan-add-step = Dodaj krok
desk-plan-remove-step = Usuń krok { $number }
desk-plan-steps-max = Plan może mieć najwyżej { $max } kroków.
desk-plan-preview-heading = Podgląd: tak zobaczy to ta osoba
desk-plan-preview-empty = Kroki pojawią się tutaj, gdy będą miały tytuł.
desk-plan-preview-due = Do kiedy
desk-plan-preview-where = Gdzie
desk-plan-preview-bring = Co zabrać
desk-plan-preview-note = Uwaga
desk-plan-seal = Zapieczętuj plan
desk-plan-close = Zamknij plan
desk-plan-sealed = Plan jest zapieczętowany. Pobierz go albo skopiuj jako tekst i przekaż tej osobie.
desk-plan-next = Na telefonie tej osoby: { nav-checklist } → „{ checklist-plan-import-heading }” → wybrać plik albo wkleić tekst i nacisnąć „{ checklist-plan-add }”.
desk-plan-download = Pobierz plan
desk-plan-copy = Kopiuj plan jako tekst
desk-plan-downloaded = Zapisano jako { $file }. Przekaż ten plik tej osobie, a potem usuń go z tego komputera.
desk-plan-copied = Skopiowano. Wklej tekst do wiadomości do tej osoby.
desk-plan-copy-failed = Kopiowanie nie zadziałało. Zaznacz cały tekst poniżej, skopiuj go i wklej do wiadomości do tej osoby.
desk-plan-copy-fallback-label = Zapieczętowany plan jako tekst
desk-plan-not-sealed = Plan nie został zapieczętowany. Popraw zaznaczone pola i naciśnij ponownie „Zapieczętuj plan”.
desk-plan-error-org-missing = Wpisz nazwę swojej organizacji.
desk-plan-error-org-too-long = Nazwa może mieć najwyżej { $max } znaków.
desk-plan-error-no-steps = Dodaj co najmniej jeden krok.
desk-plan-error-too-many-steps = Plan może mieć najwyżej { $max } kroków.
desk-plan-error-title-missing = Nadaj każdemu krokowi tytuł.
desk-plan-error-title-too-long = Tytuł może mieć najwyżej { $max } znaków.
desk-plan-error-title-duplicate = Krok { $number } ma taki sam tytuł. Nadaj każdemu krokowi inny tytuł.
desk-plan-error-due = Wybierz datę z lat { $from }–{ $to } albo zostaw to pole puste.
desk-plan-error-text-too-long = To pole może mieć najwyżej { $max } znaków.
desk-plan-error-invalid = Plan nie został zapieczętowany: jedno z pól nie spełnia wymagań formatu planu. Sprawdź wszystkie pola i spróbuj ponownie.
desk-plan-error-recipient = Klucz do planów zapisany w tym pliku z odpowiedziami jest uszkodzony, więc nie można zapieczętować planu dla tej osoby. Poproś ją o nowy plik z odpowiedziami.
desk-plan-error-random = Przeglądarka nie mogła wygenerować liczb losowych potrzebnych do zapieczętowania planu. Odśwież stronę i spróbuj ponownie.
desk-result-waiting = Czeka na plik klucza prywatnego. Otworzy się od razu po wczytaniu klucza.
desk-waiting-for-key =
    { $count ->
        [one] { $count } plik z odpowiedziami czeka na klucz. Otworzy się od razu po wczytaniu klucza.
        [few] { $count } pliki z odpowiedziami czekają na klucz. Otworzą się od razu po wczytaniu klucza.
        [many] { $count } plików z odpowiedziami czeka na klucz. Otworzą się od razu po wczytaniu klucza.
       *[other] { $count } pliku z odpowiedziami czeka na klucz. Otworzą się od razu po wczytaniu klucza.
    }
desk-results-after-key = Pliki wybrane przed wczytaniem klucza, otwarte teraz:
desk-setup-summary = Konfiguracja: utwórz parę kluczy (raz, dla całej organizacji)
desk-setup-warning = Tylko do konfiguracji, nie do otwierania plików z odpowiedziami. Aby je otworzyć, wczytaj plik klucza prywatnego, który już masz.
desk-plan-due-quick-label = Data liczona od dziś
desk-plan-due-in-3-days = Za 3 dni
desk-plan-due-in-a-week = Za tydzień
desk-plan-due-in-2-weeks = Za 2 tygodnie
desk-plan-due-words =
    { $weekday ->
        [mon] Poniedziałek
        [tue] Wtorek
        [wed] Środa
        [thu] Czwartek
        [fri] Piątek
        [sat] Sobota
       *[sun] Niedziela
    }, { $date }
