### Waymark: zapieczętowany plik z odpowiedziami (ekran osoby, która wysyła)
### i panel organizacji. Opisy komunikatów: locales/en/export.ftl.
### Nazwę organizacji stawiamy po słowie „organizacja”, w mianowniku:
### „do organizacji { $org }”.

## Ekran wysyłania

export-heading = Wyślij odpowiedzi do organizacji
export-summary-heading = Co będzie w pliku
export-organisation = Organizacja
export-contact = Kontakt
export-fingerprint = Odcisk klucza
export-fingerprint-help = Gdy przekazujesz plik, porównaj ten kod z kodem podanym przez organizację. Jeśli jest inny, nie wysyłaj pliku.
export-consent = Zgadzam się wysłać te odpowiedzi do organizacji { $organisation }. Tylko ta organizacja może otworzyć plik.
export-consent-demo = Zgadzam się wysłać te odpowiedzi do organizacji { $organisation }. To jest wersja demonstracyjna: każdy może otworzyć plik.
export-download = Pobierz plik
export-share = Udostępnij
export-copy-text = Kopiuj jako tekst
export-show-codes = Pokaż w punkcie pomocy
export-codes-brightness = Ustaw pełną jasność ekranu i trzymaj telefon nieruchomo przed kamerą organizacji. Nic nie jest zapisywane ani wysyłane.
export-codes-position = Kod { $index } z { $count }
export-codes-previous = Poprzedni
export-codes-pause = Pauza
export-codes-play = Odtwarzaj
export-codes-next = Następny
export-codes-close = Przestań pokazywać
export-codes-too-large = Twoje odpowiedzi są za długie, by pokazać je jako kody. Użyj „Pobierz plik”.
export-codes-failed = Nie udało się utworzyć kodów. Odśwież stronę i spróbuj ponownie albo użyj „Pobierz plik”.
export-copied = Skopiowano. Wklej tekst do czatu z organizacją.
export-demo-warning = To jest wersja demonstracyjna. Każdy może otworzyć ten plik. Nie wysyłaj prawdziwych odpowiedzi.
export-config-broken = Wysyłanie jest wyłączone, bo w ustawieniach tej strony jest błąd. Powiedz o tym organizacji. Twoje odpowiedzi zostają na tym telefonie.
export-seal-too-large = Twoje odpowiedzi są za długie na jeden plik. Skróć najdłuższe odpowiedzi tekstowe.
export-seal-failed = Nie udało się utworzyć pliku. Spróbuj jeszcze raz.

## Panel organizacji: nagłówki i przyciski


## Panel: dlaczego plik się nie otworzył

export-open-too-large = Ten plik jest za duży jak na plik z odpowiedziami ({ $size } KB; limit to { $max } KB).
export-open-not-age = To nie jest plik z odpowiedziami.
export-open-armor = Wklejony tekst jest uszkodzony lub niepełny. Poproś o ponowne wysłanie – najlepiej jako plik, a nie tekst.
export-open-header = Plik jest uszkodzony. Poproś o ponowne wysłanie.
export-open-hmac = Plik został zmieniony po zapieczętowaniu. Nie ufaj mu; poproś o ponowne wysłanie.
export-open-no-match = Żaden z wczytanych kluczy nie otwiera tego pliku. Być może został zapieczętowany dla innej organizacji albo starszym kluczem.
export-open-too-many-keys = Tego pliku nie otwarto: liczba kluczy, do których jest zaadresowany, przekracza { $max }, a prawdziwy plik z odpowiedziami jest zaadresowany tylko do kilku kluczy twojej organizacji. To nie jest plik z odpowiedziami albo ktoś go zmienił. Poproś nadawcę o ponowne wysłanie pliku.
export-open-passphrase = Ten plik jest zablokowany hasłem, a nie kluczem organizacji. Panel nie może go otworzyć.
export-open-payload = Plik jest uszkodzony lub ucięty. Nic z niego nie zostało pokazane. Poproś o ponowne wysłanie.
export-open-no-identities = Najpierw wczytaj plik klucza prywatnego.
export-open-not-waymark = Plik się otworzył, ale to nie jest plik z odpowiedziami { -brand-name }.
export-open-newer-version = Ten plik ma nowszy format (wersja { $version }). Zaktualizuj stronę, żeby go odczytać.
export-open-invalid = Plik się otworzył, ale części danych brakuje albo są błędne.

## Panel: problemy z plikiem klucza prywatnego

export-identity-no-keys = Nie znaleziono klucza prywatnego. Wiersz klucza prywatnego zaczyna się od AGE-SECRET-KEY-1.
export-identity-public-key = To jest klucz publiczny (age1…). Panel potrzebuje pliku klucza PRYWATNEGO.
export-identity-post-quantum = Klucze postkwantowe (AGE-SECRET-KEY-PQ-…) nie są jeszcze obsługiwane.
export-identity-plugin = Kluczy z wtyczek (na przykład YubiKey) nie można używać w przeglądarce.
export-identity-ssh = Klucze SSH nie są obsługiwane. Użyj pliku klucza age.
export-identity-encrypted = Ten plik klucza jest zablokowany hasłem. Najpierw go odszyfruj poleceniem: age -d key.age > key.txt
export-identity-not-a-key = Ten wiersz nie jest kluczem prywatnym.
export-identity-bad-checksum = Klucz prywatny ma literówkę lub jest ucięty. Wczytaj oryginalny plik.
export-identity-malformed = Klucz prywatny jest uszkodzony.
export-identity-too-large = Ten plik jest za duży jak na plik klucza.

## Sprawdzanie strony: problemy z kluczem publicznym w config/org.toml

export-recipient-empty = Jeden z kluczy publicznych jest pusty.
export-recipient-secret-key = UWAGA, NIEBEZPIECZEŃSTWO: w miejscu klucza publicznego jest klucz PRYWATNY. Każdy może go zobaczyć. Od razu utwórz nową parę kluczy i nigdy więcej nie używaj starej.
export-recipient-ssh = Klucze SSH nie są obsługiwane. Użyj klucza publicznego age (age1…).
export-recipient-post-quantum = Klucze postkwantowe (age1pq…) nie są jeszcze obsługiwane.
export-recipient-tag = Klucze sprzętowe typu tag (age1tag…) nie są obsługiwane.
export-recipient-plugin = Kluczy z wtyczek ({ $plugin }) nie można używać w przeglądarce.
export-recipient-not-age = To nie jest klucz publiczny age. Musi zaczynać się od age1.
export-recipient-malformed = Klucz publiczny zawiera znaki, których nie może być w kluczu. Skopiuj go ponownie.
export-recipient-bad-checksum = Klucz publiczny ma literówkę lub jest ucięty. Skopiuj go ponownie, nie przepisuj ręcznie.
export-recipient-wrong-length = Klucz publiczny ma nieprawidłową długość. Skopiuj go ponownie.

## Ekran wysyłania: podsumowanie, przekazanie i wynik

export-loading = Wczytywanie…
export-form-unavailable = Nie udało się wczytać pytań, więc teraz nie można utworzyć pliku. Sprawdź połączenie z internetem i otwórz tę stronę jeszcze raz. Twoje odpowiedzi zostają na tym telefonie.
export-answers-heading = Twoje odpowiedzi
export-no-answers = Nie ma jeszcze odpowiedzi na żadne pytanie. Plik będzie zawierał tylko twoją listę kroków.
export-checklist-heading = Stan kroków
export-no-steps = Żaden krok nie jest jeszcze oznaczony.
export-notes-not-sent = Twoje prywatne notatki do kroków nie trafiają do pliku.
export-reply-note = Plik pozwala też twojej organizacji odpowiedzieć planem dalszych kroków. Taki plan otworzy tylko ta aplikacja, odblokowana twoim hasłem.
export-recipient-heading = Kto może otworzyć plik
export-contact-web-line = Strona internetowa: { $value }
export-contact-email-line = E-mail: { $value }
export-contact-phone-line = Telefon: { $value }
export-contact-messenger-line = Komunikator: { $value }
export-send-heading = Utwórz i wyślij plik
export-consent-first = Zaznacz pole powyżej, żeby utworzyć plik.
export-downloaded = Plik { $file } został zapisany na tym telefonie (zwykle w folderze „Pobrane”). Wyślij go do organizacji, a potem usuń go z telefonu.
export-shared = Plik został przekazany do wybranej aplikacji. Sprawdź w niej, czy naprawdę został wysłany.
export-what-next = Co dalej: jeśli plik nie został jeszcze wysłany, wyślij go do organizacji { $org }, korzystając z kontaktu powyżej. Organizacja skontaktuje się z tobą w sposób wybrany w odpowiedziach.
export-download-failed = Nie udało się zapisać pliku. Użyj przycisku „Kopiuj jako tekst”.
export-share-failed = Udostępnianie nie zadziałało. Użyj przycisku „Pobierz plik” albo „Kopiuj jako tekst”.
export-copy-failed = Kopiowanie nie zadziałało. Zaznacz cały tekst poniżej, skopiuj go i wklej do czatu z organizacją.
export-copy-fallback-label = Zapieczętowany plik jako tekst

## Panel: klucze, otwieranie i czytanie

