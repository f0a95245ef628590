### Waymark: powłoka aplikacji (nagłówek, menu, szybkie wyjście, nagłówki
### ekranów, ustawienia, wybór języka, komunikaty o ustawieniach organizacji,
### daty względne). Opisy komunikatów: locales/en/app.ftl.
### Zwracamy się do czytelnika na „ty” (małą literą), bez form rodzajowych;
### zob. docs/translating.md, „Polish (pl)”.

## Ramka strony

app-name = { -brand-name }
app-skip-link = Przejdź do treści
app-loading = Wczytywanie…
app-error-generic = Coś poszło nie tak. Zapisane dane nadal tu są. Odśwież stronę i spróbuj jeszcze raz.
app-error-reload = Odśwież stronę
app-steps-count =
    { $count ->
        [one] { $count } krok
        [few] { $count } kroki
        [many] { $count } kroków
       *[other] { $count } kroku
    }

## Menu

nav-label = Menu główne
nav-checklist = Lista kroków
nav-intake = Moje odpowiedzi
nav-send = Wyślij do organizacji
nav-settings = Ustawienia
nav-org = Dla organizacji
nav-quick-exit = Wyjdź szybko
    .title = Od razu zamyka aplikację i otwiera neutralną stronę.
nav-quick-exit-hint = Skrót: naciśnij trzy razy Shift

## Ekrany

screen-settings-heading = Ustawienia
screen-org-heading = Dla organizacji

app-updated = Aplikacja została zaktualizowana. Wszystko, co zapisano, nadal tu jest.

## Język

lang-switcher-label = Język

## Czego aplikacja nie może obiecać

app-limits-heading = Czego ta aplikacja nie może obiecać
app-limits-history = Historia przeglądarki pokazuje, że ta strona była otwierana. Jeśli ktoś może zajrzeć do tego telefonu, usuń historię przeglądania.
app-limits-export = Plik z odpowiedziami jest bezpieczny tylko na tyle, na ile bezpieczne jest miejsce, do którego go wyślesz. Wysyłaj go tylko do organizacji.
app-limits-safari = Safari (na iPhonie, iPadzie i Macu) może usunąć zapisane dane, jeśli przez 7 dni nie otworzysz tej strony. Otwieraj ją co najmniej raz w tygodniu albo wcześniej wyślij odpowiedzi.

## Ustawienia organizacji

config-problem = W ustawieniach tej strony jest błąd. Lista kroków nadal działa. Powiedz o tym organizacji, od której masz ten link.
config-demo-warning = Organizacja demonstracyjna: wysyłane pliki NIE są poufne
config-demo-detail = Ta strona służy tylko do wypróbowania aplikacji. Nie wpisuj prawdziwych danych.
config-errors-heading = Błędy w ustawieniach
config-errors-none = Nie znaleziono błędów.

## Daty względem dzisiaj (stoją po dacie, więc małą literą)


## Dla organizacji: sprawdzanie strony i podgląd tłumaczenia (#/org)

org-link-intro = Ta część jest dla pracowników organizacji, która prowadzi tę stronę: można tu sprawdzić ustawienia strony, utworzyć klucze i otworzyć pliki z odpowiedziami, które wysyłają ludzie. Działa też bez internetu.
org-link-open = Otwórz część dla organizacji

-brand-name = Waymark