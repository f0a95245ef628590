### Waymark: eksport zapieczętowany i panel organizacji. Tłumaczenie z en/export.ftl (tam są komentarze).

export-heading = Wyślij odpowiedzi do organizacji
export-summary-heading = Co będzie w pliku
export-organisation = Organizacja
export-contact = Kontakt
export-fingerprint = Odcisk klucza
desk-fingerprint-line = Odcisk klucza: { $fingerprint }
export-fingerprint-help = Porównaj ten kod z organizacją, gdy przekazujesz plik. Jeśli jest inny, nie wysyłaj pliku.
export-consent = Zgadzam się wysłać te odpowiedzi organizacji: { $organisation }. Tylko ona może otworzyć plik.
export-download = Pobierz plik
export-share = Udostępnij
export-copy-text = Kopiuj jako tekst
export-copied = Skopiowano. Wklej to do czatu z organizacją.
export-demo-warning = To jest wersja demonstracyjna. Każdy może otworzyć ten plik. Nie wysyłaj prawdziwych odpowiedzi.
export-config-broken = Wysyłanie jest wyłączone, bo ustawienia tej strony mają błąd. Powiedz o tym organizacji. Twoje odpowiedzi zostają zapisane na tym telefonie.
export-seal-too-large = Twoje odpowiedzi są za długie na jeden plik. Skróć najdłuższe odpowiedzi tekstowe.
export-seal-failed = Nie udało się utworzyć pliku. Spróbuj ponownie.
desk-heading = Panel organizacji
desk-offline-note = Wszystko dzieje się w tej przeglądarce. Nic nie jest nigdzie wysyłane.
desk-generate-heading = Utwórz parę kluczy
desk-generate-help = Klucz prywatny otwiera eksporty. Zapisz go, zrób kopię zapasową i nigdy go nikomu nie dawaj. Klucz publiczny wpisz do config/org.toml.
desk-generate-button = Utwórz parę kluczy
desk-public-key = Klucz publiczny (do config/org.toml)
desk-download-identity = Pobierz plik klucza prywatnego
desk-load-identity-heading = Wczytaj plik klucza prywatnego
desk-load-identity-help = Używany tylko w tej sesji, nigdy nie jest zapisywany. Zamknij kartę, aby go zapomnieć.
desk-keys-loaded =
    { $count ->
        [one] Wczytano { $count } klucz
        [few] Wczytano { $count } klucze
        [many] Wczytano { $count } kluczy
       *[other] Wczytano { $count } klucza
    }
desk-open-heading = Otwórz eksporty
desk-open-help = Wybierz jeden lub więcej plików .age albo wklej plik wysłany jako tekst.
desk-paste-label = Wklejony tekst
desk-open-button = Otwórz
desk-exports-opened =
    { $count ->
        [one] { $count } otwarty eksport
        [few] { $count } otwarte eksporty
        [many] { $count } otwartych eksportów
       *[other] { $count } otwartego eksportu
    }
desk-download-csv = Pobierz tabelę (CSV)
desk-download-json = Pobierz dane (JSON)
desk-key-file-problem = { $file }: { $problem }
desk-key-file-problem-line = { $file }, wiersz { $line }: { $problem }
export-open-too-large = Ten plik jest za duży, aby był eksportem ({ $size } KB; limit to { $max } KB).
export-open-not-age = To nie jest plik eksportu.
export-open-armor = Wklejony tekst jest uszkodzony lub niepełny. Poproś o plik ponownie albo o plik zamiast tekstu.
export-open-header = Plik jest uszkodzony. Poproś o niego ponownie.
export-open-hmac = Plik został zmieniony po zapieczętowaniu. Nie ufaj mu; poproś o niego ponownie.
export-open-no-match = Żaden z wczytanych kluczy nie otwiera tego pliku. Może jest zapieczętowany dla innej organizacji albo starszym kluczem.
export-open-too-many-keys = Tego pliku nie otwarto: liczba kluczy, dla których jest zapieczętowany, przekracza { $max }, a prawdziwy eksport jest zapieczętowany tylko dla kilku kluczy organizacji. To nie jest eksport albo plik zmieniono. Poproś nadawcę o ponowne wysłanie eksportu.
export-open-passphrase = Ten plik jest chroniony hasłem, a nie kluczem organizacji. Panel nie może go otworzyć.
export-open-payload = Plik jest uszkodzony lub ucięty. Nic z niego nie jest pokazywane. Poproś o niego ponownie.
export-open-no-identities = Najpierw wczytaj plik klucza prywatnego.
export-open-not-waymark = Plik się otworzył, ale to nie jest eksport { -brand-name }.
export-open-newer-version = Ten eksport ma nowszy format (wersja { $version }). Zaktualizuj stronę, aby go odczytać.
export-open-invalid = Plik się otworzył, ale brakuje części eksportu lub są błędne.
export-identity-no-keys = Nie znaleziono klucza prywatnego. Wiersz klucza prywatnego zaczyna się od AGE-SECRET-KEY-1.
export-identity-public-key = To jest klucz publiczny (age1…). Panel potrzebuje pliku klucza PRYWATNEGO.
export-identity-post-quantum = Klucze postkwantowe (AGE-SECRET-KEY-PQ-…) nie są jeszcze obsługiwane.
export-identity-plugin = Kluczy z wtyczek (na przykład YubiKey) nie można używać w przeglądarce.
export-identity-ssh = Klucze SSH nie są obsługiwane. Użyj pliku klucza age.
export-identity-encrypted = Ten plik klucza jest chroniony hasłem. Najpierw go odszyfruj: age -d key.age > key.txt
export-identity-not-a-key = Ten wiersz nie jest kluczem prywatnym.
export-identity-bad-checksum = Klucz prywatny ma literówkę lub jest ucięty. Wczytaj oryginalny plik.
export-identity-malformed = Klucz prywatny jest uszkodzony.
export-identity-too-large = Ten plik jest za duży, aby był plikiem klucza.
export-recipient-empty = Jeden z kluczy publicznych jest pusty.
export-recipient-secret-key = UWAGA, NIEBEZPIECZEŃSTWO: w miejscu klucza publicznego jest klucz PRYWATNY. Każdy może go zobaczyć. Od razu utwórz nową parę kluczy i nigdy więcej nie używaj starej.
export-recipient-ssh = Klucze SSH nie są obsługiwane. Użyj klucza publicznego age (age1…).
export-recipient-post-quantum = Klucze postkwantowe (age1pq…) nie są jeszcze obsługiwane.
export-recipient-tag = Klucze sprzętowe typu tag (age1tag…) nie są obsługiwane.
export-recipient-plugin = Kluczy z wtyczek ({ $plugin }) nie można używać w przeglądarce.
export-recipient-not-age = To nie jest klucz publiczny age. Musi zaczynać się od age1.
export-recipient-malformed = Klucz publiczny zawiera znaki, których nie może być w kluczu. Skopiuj go ponownie.
export-recipient-bad-checksum = Klucz publiczny ma literówkę lub jest ucięty. Skopiuj go ponownie, nie przepisuj ręcznie.
export-recipient-wrong-length = Klucz publiczny ma złą długość. Skopiuj go ponownie.
export-loading = Wczytywanie…
export-form-unavailable = Nie udało się wczytać pytań, więc teraz nie można utworzyć pliku. Sprawdź połączenie z internetem i otwórz tę stronę ponownie. Twoje odpowiedzi zostają zapisane na tym telefonie.
export-answers-heading = Twoje odpowiedzi
export-no-answers = Nie ma jeszcze odpowiedzi na żadne pytanie. Plik będzie zawierał tylko Twoją listę kroków.
export-checklist-heading = Kroki z listy
export-no-steps = Żaden krok nie jest jeszcze oznaczony.
export-notes-not-sent = Twoje prywatne notatki z listy kroków nie są wysyłane.
export-recipient-heading = Kto może otworzyć plik
export-contact-web-line = Strona internetowa: { $value }
export-contact-email-line = E-mail: { $value }
export-contact-phone-line = Telefon: { $value }
export-contact-messenger-line = Komunikator: { $value }
export-send-heading = Utwórz i wyślij plik
export-consent-first = Zaznacz pole powyżej, aby utworzyć plik.
export-downloaded = Plik { $file } został zapisany na tym telefonie (zwykle w „Pobranych”). Wyślij go do organizacji, a potem usuń go z telefonu.
export-shared = Plik został udostępniony.
export-what-next = Co dalej: jeśli jeszcze nie wysłano, wyślij to do { $org }, korzystając z kontaktu powyżej. Skontaktują się z Tobą tak, jak wybrano w odpowiedziach.
export-download-failed = Nie udało się zapisać pliku. Spróbuj „Kopiuj jako tekst”.
export-share-failed = Udostępnianie nie zadziałało. Użyj „Pobierz plik” albo „Kopiuj jako tekst”.
export-copy-failed = Kopiowanie nie zadziałało. Zaznacz cały tekst poniżej, skopiuj go i wklej do czatu z organizacją.
export-copy-fallback-label = Zapieczętowany plik jako tekst
desk-config-line = Wpisz to do config/org.toml:
desk-secret-shown-once = Plik klucza prywatnego (widoczny tylko teraz; został też pobrany)
desk-download-failed = Pobieranie nie zadziałało. Sprawdź ustawienia pobierania w przeglądarce.
desk-generate-failed = Przeglądarka nie mogła utworzyć losowego klucza. Odśwież stronę i spróbuj ponownie.
desk-identity-file-label = Plik klucza prywatnego
desk-forget-keys = Zapomnij wczytane klucze
desk-files-label = Pliki eksportu (.age)
desk-read-failed = Nie udało się odczytać pliku.
desk-pasted-name = Wklejony tekst
desk-results-heading = Wyniki
desk-result-opened = Otwarto jako eksport { $number }.
desk-file-result = { $file }: { $result }
desk-print = Drukuj
desk-close-all = Zamknij wszystkie eksporty
desk-filter-need = Potrzeba
desk-filter-all = Wszystkie potrzeby
desk-sort-label = Kolejność
desk-sort-urgent = Najpilniejsze najpierw
desk-sort-newest = Najnowsze najpierw
desk-sort-oldest = Najstarsze najpierw
desk-urgent-only = Tylko pilne
desk-showing = Widoczne: { $shown } z { $count }.
desk-urgent-in-danger = W niebezpieczeństwie teraz
desk-urgent-legal-stay = Legalny pobyt wkrótce się kończy albo brak dokumentu
desk-urgent-health-urgent = Pilna potrzeba zdrowotna
desk-urgent-psych-now = Potrzebuje pomocy psychologicznej teraz
desk-export-title = Eksport { $number }, utworzony { $date }
desk-export-language-line = Język odpowiedzi: { $language }
desk-other-content-version = Utworzony przy innej wersji pytań ({ $version }). Niektóre odpowiedzi mogą być pokazane przez identyfikator.
desk-answers-heading = Odpowiedzi
desk-no-answers = Brak odpowiedzi.
desk-checklist-heading = Lista kroków
desk-no-steps = Brak oznaczonych kroków.
