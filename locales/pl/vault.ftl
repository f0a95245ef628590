### Waymark: zapisane odpowiedzi (blokowanie hasłem na telefonie, odblokowanie,
### zapisywanie, zmiana hasła, usuwanie, problemy z zapisanymi danymi).
### Opisy komunikatów: locales/en/vault.ftl. Terminy: locales/pl/glossary.toml
### (hasło, zablokować, odblokować).

## Pierwsze zapisanie

vault-setup-heading = Zablokuj swoje odpowiedzi hasłem
vault-setup-intro = Twoje odpowiedzi zostają tylko na tym telefonie, zablokowane hasłem. Bez hasła nikt ich nie przeczyta.
vault-setup-warning = Jeśli zapomnisz hasła, zapisane odpowiedzi przepadną na zawsze. Nikt ich nie otworzy: ani ta strona, ani organizacja. Zapamiętaj hasło albo zapisz je i trzymaj z dala od tego telefonu.
vault-setup-tip = Użyj co najmniej czterech zwykłych słów, które do siebie nie pasują, oddzielonych spacjami. Długie hasło jest lepsze niż skomplikowane.
vault-setup-understand = Rozumiem: jeśli zapomnę hasła, stracę swoje odpowiedzi.
vault-setup-submit = Zablokuj i zapisz
vault-setup-working = Blokowanie odpowiedzi… To może potrwać kilka sekund.
vault-setup-cancel = Nie teraz

## Pola hasła

vault-passphrase-label = Hasło
vault-passphrase-repeat-label = Wpisz hasło jeszcze raz
vault-passphrase-show = Pokaż hasło
vault-passphrase-hide = Ukryj hasło
vault-passphrase-mismatch = Hasła się różnią. Wpisz je jeszcze raz.

## Siła hasła

vault-strength-empty =
    { $min ->
        [one] Użyj co najmniej { $min } znaku. Im dłuższe hasło, tym lepiej.
        [few] Użyj co najmniej { $min } znaków. Im dłuższe hasło, tym lepiej.
        [many] Użyj co najmniej { $min } znaków. Im dłuższe hasło, tym lepiej.
       *[other] Użyj co najmniej { $min } znaku. Im dłuższe hasło, tym lepiej.
    }
vault-strength-too-short =
    { $min ->
        [one] Za krótkie. Użyj co najmniej { $min } znaku.
        [few] Za krótkie. Użyj co najmniej { $min } znaków.
        [many] Za krótkie. Użyj co najmniej { $min } znaków.
       *[other] Za krótkie. Użyj co najmniej { $min } znaku.
    }
vault-strength-weak = Słabe. Dodaj jeszcze jedno lub dwa słowa.
vault-strength-fair = Dobre. Jeszcze jedno słowo i będzie mocne.
vault-strength-strong = Mocne.

## Stan zapisu

vault-state-saved = Zapisane i zablokowane na tym telefonie. Na tym ekranie odpowiedzi są otwarte, dopóki ich nie zablokujesz.
vault-state-saving = Zapisywanie…
vault-state-not-yet = Jeszcze nie zapisano: po zamknięciu strony odpowiedzi znikną. Hasło wybierzesz przy zapisywaniu.

## Odblokowanie

vault-unlock-heading = Odblokuj swoje odpowiedzi
vault-unlock-intro = Twoje odpowiedzi na tym telefonie są zablokowane. Wpisz hasło, żeby je odblokować.
vault-unlock-submit = Odblokuj
vault-unlock-working = Odblokowywanie… To może potrwać kilka sekund.
vault-unlock-forgot = Nie pamiętam hasła
vault-unlock-forgot-detail = Hasła nie da się odzyskać. Jeśli go nie pamiętasz, możesz usunąć wszystko i zacząć od nowa. Lista kroków działa też bez starych odpowiedzi.

## Blokowanie

vault-lock-now = Zablokuj teraz
vault-locked-notice = Zablokowane. Odpowiedzi są ukryte, dopóki nie wpiszesz hasła.

## Automatyczna blokada

vault-autolock-label = Blokuj automatycznie
vault-autolock-help = Aplikacja sama się blokuje, gdy jej nie używasz, żeby nikt, kto weźmie twój telefon, nie przeczytał odpowiedzi.
vault-autolock-minutes =
    { $minutes ->
        [one] Po { $minutes } minucie bez używania
        [few] Po { $minutes } minutach bez używania
        [many] Po { $minutes } minutach bez używania
       *[other] Po { $minutes } minuty bez używania
    }
vault-autolock-hidden = Od razu, gdy przełączę się na inną aplikację

## Zmiana hasła

vault-change-heading = Zmień hasło
vault-change-current-label = Obecne hasło
vault-change-new-label = Nowe hasło
vault-change-repeat-label = Wpisz nowe hasło jeszcze raz
vault-change-submit = Zmień hasło
vault-change-working = Zmiana hasła… To może potrwać kilka sekund.
vault-change-done = Gotowe. Od teraz używaj nowego hasła.

## Usuwanie wszystkiego

vault-delete-heading = Usuń wszystko
vault-delete-explain = To usunie z tej aplikacji na tym telefonie wszystkie twoje odpowiedzi, notatki i ustawienia. Nie da się tego cofnąć. Pliki już wysłane do organizacji zostaną bez zmian. Pobrane pliki (plik z odpowiedziami, plik kalendarza) i terminy dodane do kalendarza nie znikną: usuń je samodzielnie.
vault-delete-confirm-word = USUŃ
vault-delete-confirm-label = Aby potwierdzić, wpisz { $word }
vault-delete-submit = Usuń wszystko teraz
vault-delete-cancel = Zachowaj moje odpowiedzi
vault-delete-done = Wszystko zostało usunięte z tej aplikacji. Pobrane pliki usuń samodzielnie.

## Problemy z zapisanymi danymi

vault-error-no-vault = Na tym telefonie nic nie zapisano.
vault-error-already-exists = Na tym telefonie są już zapisane odpowiedzi. Odblokuj je albo najpierw usuń wszystko.
vault-error-wrong-passphrase = To hasło nie otwiera twoich odpowiedzi. Sprawdź język klawiatury i wielkie litery, a potem spróbuj jeszcze raz.
vault-error-passphrase-too-short =
    { $min ->
        [one] To hasło jest za krótkie. Użyj co najmniej { $min } znaku.
        [few] To hasło jest za krótkie. Użyj co najmniej { $min } znaków.
        [many] To hasło jest za krótkie. Użyj co najmniej { $min } znaków.
       *[other] To hasło jest za krótkie. Użyj co najmniej { $min } znaku.
    }
vault-error-damaged-key = Blokada zapisanych odpowiedzi jest uszkodzona, więc nie da się ich otworzyć na tym telefonie. Nic nie zostało zmienione.
vault-error-damaged-work-factor = Zapisana blokada ma ustawienia, których aplikacja nie przyjmuje, więc jej nie otwarto. Ktoś mógł ją zmienić. Nic nie zostało zmienione.
vault-error-damaged-data = Zapisane odpowiedzi są uszkodzone i nie da się ich otworzyć. Nic nie zostało zmienione.
vault-damaged-older-opened = Ostatni zapis był uszkodzony, więc otwarto poprzedni. Może brakować najnowszych zmian. Uszkodzona kopia została zachowana.
vault-damaged-other-kept = Odpowiedzi zostały otwarte, ale starsza zapisana kopia jest uszkodzona. Uszkodzona kopia została zachowana.
vault-damaged-save-file = Zapisz zablokowane dane jako plik
vault-damaged-save-file-help = Plik nadal jest zablokowany twoim hasłem. Przechowuj go w bezpiecznym miejscu – może później uda się go naprawić.
vault-damaged-discard = Nie potrzebuję uszkodzonej kopii
vault-error-storage-full = Nie zapisano: pamięć na tym telefonie jest pełna. Ostatni zapis jest bezpieczny. Zwolnij trochę miejsca (na przykład usuń stare zdjęcia lub dane innych stron), a aplikacja znowu zacznie zapisywać.
vault-error-storage-unavailable = Ta przeglądarka nie pozwala aplikacji niczego zapisać, na przykład w trybie prywatnym. Możesz wszystko czytać, ale odpowiedzi znikną po zamknięciu strony.
vault-error-evicted-key = Przeglądarka usunęła blokadę zapisanych odpowiedzi. Nie da się ich już nigdy otworzyć. Możesz usunąć to, co zostało, i zacząć od nowa.
vault-error-evicted-data = Zapisanych odpowiedzi już nie ma: przeglądarka je usunęła. Tak się może stać na iPhonie po 7 dniach bez otwierania aplikacji albo gdy w telefonie brakuje miejsca.
vault-error-newer-version = Odpowiedzi zostały zapisane przez nowszą wersję { -brand-name }. Ta wersja nie może ich otworzyć i niczego w nich nie zmieni. Odśwież stronę, żeby pobrać nowszą wersję.
vault-error-conflicting-writer = Twoje odpowiedzi zostały zmienione w innej karcie. Odśwież stronę, żeby kontynuować.
vault-error-damaged-copy-kept = Nie zmieniono hasła: na tym telefonie jest jeszcze przechowywana uszkodzona kopia odpowiedzi. Najpierw wybierz „{ vault-damaged-save-file }” albo „{ vault-damaged-discard }”, a potem zmień hasło.
vault-error-encryption-failed = Nie zapisano: telefon nie mógł zablokować odpowiedzi. Spróbuj jeszcze raz. Jeśli to się powtarza, zaktualizuj przeglądarkę.
vault-error-out-of-memory = Telefon nie miał dość wolnej pamięci, żeby odblokować odpowiedzi. Zamknij inne aplikacje i karty, a potem spróbuj jeszcze raz.
vault-reload = Odśwież

## Szybkie wyjście i ograniczenia

vault-quick-exit-explain = Przycisk „Wyjdź szybko” (albo trzykrotne naciśnięcie Shift) blokuje odpowiedzi, czyści ekran i otwiera zwykłą stronę. Przycisk „Wstecz” nie pokaże twoich odpowiedzi. Odpowiedzi, których jeszcze nie zapisano z hasłem, znikną.
vault-limits-unlocked = Gdy odpowiedzi są odblokowane, może je przeczytać każdy, kto trzyma twój telefon. Aplikacje szpiegujące na telefonie widzą, co piszesz.

## Dodane z blokadą w przeglądarce (issue 4)

vault-setup-open = Wybierz hasło i zapisz
vault-setup-understand-required = Zaznacz pole, żeby potwierdzić, że rozumiesz.
vault-error-worker-failed = Blokada nie mogła się uruchomić w tej przeglądarce. Odśwież stronę i spróbuj jeszcze raz.
vault-autolock-never = Nigdy (niebezpieczne, jeśli ktoś inny może używać tego telefonu)
vault-status-heading = Twoje zapisane odpowiedzi
vault-status-locked = Twoje odpowiedzi są zapisane na tym telefonie i zablokowane.
vault-status-unlocked = Twoje odpowiedzi są teraz odblokowane. Zablokuj je, zanim dasz komuś telefon.
vault-delete-confirm-mismatch = To nie jest właściwe słowo. Wpisz je dokładnie tak, jak jest pokazane, i naciśnij przycisk jeszcze raz.
vault-opened-old-format = Te odpowiedzi zapisała starsza wersja aplikacji, która nie mogła sprawdzić, czy ktoś inny ich nie zmienił. Teraz są przechowywane w bezpieczniejszy sposób. Sprawdź, czy to są twoje odpowiedzi. Jeśli ten komunikat już się pojawił wcześniej, ktoś mógł podłożyć starą kopię: nie ufaj tym odpowiedziom.
vault-opened-old-format-ok = OK
