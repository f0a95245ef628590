# Formularz: nagłówki części, pytania, podpowiedzi i odpowiedzi do wyboru.
# Opisy komunikatów: locales/en/intake-content.ftl. Organizacja mówi tu
# o sobie „my”; do czytelnika zwracamy się na „ty”, bez form rodzajowych.

## Consent

intake-section-consent = Twoja zgoda
intake-section-consent-intro = Zanim zaczniemy, wybierz, co możemy robić z twoimi odpowiedziami. Każde pole to osobna decyzja. Każdą możesz później zmienić.
intake-q-consent-processing = Czy ta organizacja może wykorzystać twoje odpowiedzi, żeby ci pomóc?
intake-q-consent-processing-hint = Przeczytają je tylko pracownicy i wolontariusze organizacji. Bez tej zgody nie możemy ci pomóc przez ten formularz.
intake-q-consent-share-partners = Czy możemy przekazać twoje odpowiedzi organizacjom partnerskim, jeśli mogą ci lepiej pomóc?
intake-q-consent-share-partners-hint = Na przykład poradni prawnej albo projektowi mieszkaniowemu. Jeśli odpowiesz „nie”, twoje odpowiedzi zostaną tylko u nas.
intake-q-consent-sensitive = Czy możemy zapytać także o twoje zdrowie i o doświadczenie przemocy?
intake-q-consent-sensitive-hint = Te pytania nie są obowiązkowe. Odpowiedzi posłużą tylko do znalezienia właściwej pomocy. Jeśli odpowiesz „nie”, nie zadamy tych pytań.

## Contact

intake-section-contact = Jak możemy się z tobą skontaktować?
intake-section-contact-intro = Skontaktujemy się z tobą tylko w sposób, który tu wybierzesz.
intake-q-name = Jak mamy się do ciebie zwracać?
intake-q-name-hint = Twoje imię albo inne imię, które ci odpowiada. Nie musi być pełne ani prawdziwe.
intake-q-contact-channel = Jak mamy się z tobą kontaktować?
intake-opt-contact-channel-phone = Rozmowa telefoniczna lub SMS
intake-opt-contact-channel-signal = Signal
intake-opt-contact-channel-telegram = Telegram
intake-opt-contact-channel-whatsapp = WhatsApp
intake-opt-contact-channel-email = E-mail
intake-q-contact-phone = Twój numer telefonu
intake-q-contact-phone-hint = Z numerem kierunkowym kraju, na przykład +48 123 456 789.
intake-q-contact-telegram = Twoja nazwa użytkownika w Telegramie albo numer telefonu
intake-q-contact-telegram-hint = Na przykład @nazwa. Sprawdź, czy mogą do ciebie pisać osoby spoza twoich kontaktów.
intake-q-contact-email = Twój adres e-mail
intake-q-safe-times = Kiedy można się z tobą bezpiecznie kontaktować?
intake-q-safe-times-hint = Wybierz wszystko, co pasuje.
intake-opt-safe-times-morning = Rano (8–12)
intake-opt-safe-times-afternoon = Po południu (12–17)
intake-opt-safe-times-evening = Wieczorem (17–21)
intake-opt-safe-times-weekend = W weekend
intake-opt-safe-times-any-time = O każdej porze
intake-q-leave-message = Jeśli nie odbierzesz, czy możemy zostawić wiadomość?
intake-q-leave-message-hint = Odpowiedz „nie”, jeśli ktoś inny może zobaczyć lub usłyszeć twoje wiadomości.
intake-q-languages = W jakich językach możemy z tobą rozmawiać?
intake-opt-languages-belarusian = Białoruski
intake-opt-languages-russian = Rosyjski
intake-opt-languages-ukrainian = Ukraiński
intake-opt-languages-polish = Polski
intake-opt-languages-english = Angielski
intake-opt-languages-other = Inny język
intake-q-helper-gender = Czy wolisz rozmawiać z kobietą, czy z mężczyzną?
intake-opt-helper-gender-no-preference = Nie ma to znaczenia
intake-opt-helper-gender-woman = Z kobietą
intake-opt-helper-gender-man = Z mężczyzną

## Location

intake-section-location = Gdzie jesteś?
intake-q-city = W jakim mieście teraz mieszkasz?
intake-opt-city-warsaw = Warszawa
intake-opt-city-krakow = Kraków
intake-opt-city-wroclaw = Wrocław
intake-opt-city-gdansk = Gdańsk
intake-opt-city-lodz = Łódź
intake-opt-city-poznan = Poznań
intake-opt-city-lublin = Lublin
intake-opt-city-bialystok = Białystok
intake-opt-city-other = Inne miejsce w Polsce
intake-opt-city-not-in-poland = Nie jestem jeszcze w Polsce
intake-q-city-other = Jakie to miejsce?
intake-q-arrival-plan = Kiedy planujesz przyjechać do Polski?
intake-q-arrival-plan-hint = Jeśli potrzebujesz wizy, żeby przyjechać, wybierz też dalej w formularzu „Pomoc prawna i dokumenty” oraz „Wiza humanitarna”.
intake-opt-arrival-plan-within-2-weeks = W ciągu 2 tygodni
intake-opt-arrival-plan-within-3-months = W ciągu 3 miesięcy
intake-opt-arrival-plan-later = Później
intake-opt-arrival-plan-not-sure = Jeszcze nie wiem
intake-q-arrival-date = Od kiedy jesteś w Polsce?
intake-q-arrival-date-hint = Wystarczy przybliżona data.

## Legal status

intake-section-status = Twoje dokumenty
intake-section-status-intro = Nie pytamy o numery paszportu ani innych dokumentów. Chcemy tylko wiedzieć, na jakiej podstawie przebywasz w Polsce.
intake-q-legal-status = Na jakiej podstawie jesteś teraz w Polsce?
intake-opt-legal-status-humanitarian-visa = Wiza humanitarna (wiza krajowa D)
intake-opt-legal-status-other-visa = Inna wiza (praca, studia, inne)
intake-opt-legal-status-visa-free = Pobyt w ramach ruchu bezwizowego
intake-opt-legal-status-residence-application-pending = Wniosek o zezwolenie na pobyt złożony, oczekiwanie na decyzję (stempel lub zaświadczenie z MOS)
intake-opt-legal-status-temporary-residence = Zezwolenie na pobyt czasowy (karta pobytu)
intake-opt-legal-status-asylum-applicant = Wniosek o ochronę międzynarodową złożony (potocznie: azyl)
intake-opt-legal-status-international-protection = Mam status uchodźcy albo ochronę uzupełniającą
intake-opt-legal-status-temporary-protection = Ochrona czasowa dla osób z Ukrainy (PESEL UKR)
intake-opt-legal-status-no-document = Nie mam teraz ważnego dokumentu
intake-opt-legal-status-not-sure = Nie wiem
intake-q-document-expiry = Do kiedy jest ważny ten dokument lub pobyt?
intake-q-document-expiry-hint = Ostatni dzień twojego legalnego pobytu. Wniosek o kolejny dokument trzeba złożyć przed tym dniem.
intake-q-travel-document-valid = Czy twój paszport (albo inny dokument podróży) jest jeszcze ważny?
intake-q-travel-document-valid-hint = Nie wpisuj numeru. Białoruskie konsulaty za granicą nie przedłużają paszportów, więc warto wcześniej zaplanować, co dalej.
intake-opt-travel-document-valid-valid = Tak, dłużej niż 6 miesięcy
intake-opt-travel-document-valid-ends-within-6-months = Traci ważność w ciągu 6 miesięcy
intake-opt-travel-document-valid-expired-or-none = Już jest nieważny albo go nie mam
intake-opt-travel-document-valid-not-sure = Nie wiem
intake-q-karta-polaka = Czy masz Kartę Polaka albo polskie korzenie?
intake-opt-karta-polaka-karta-polaka = Mam Kartę Polaka
intake-opt-karta-polaka-polish-origin = Mam polskie korzenie, ale nie mam Karty Polaka
intake-opt-karta-polaka-neither = Nie
intake-opt-karta-polaka-not-sure = Nie wiem
intake-q-pesel = Czy masz numer PESEL?
intake-opt-pesel-have = Tak
intake-opt-pesel-applied = Wniosek jest złożony
intake-opt-pesel-not-yet = Jeszcze nie
intake-opt-pesel-not-sure = Nie wiem, co to jest

## Household

intake-section-household = Kto jest z tobą?
intake-section-household-intro = Napisz o członkach rodziny i innych osobach, które przyjechały i mieszkają z tobą. Nie wpisuj siebie.
intake-q-household = Osoby, które są z tobą
intake-q-household-hint = Jeśli nikogo z tobą nie ma, zostaw to pole puste.
intake-q-member-relationship = Kim jest dla ciebie ta osoba?
intake-opt-member-relationship-partner = Mąż, żona, partner lub partnerka
intake-opt-member-relationship-child = Syn lub córka
intake-opt-member-relationship-parent = Matka lub ojciec
intake-opt-member-relationship-sibling = Brat lub siostra
intake-opt-member-relationship-grandparent = Babcia lub dziadek
intake-opt-member-relationship-other-relative = Inna osoba z rodziny
intake-opt-member-relationship-other = Osoba niespokrewniona
intake-q-member-birth-year = Rok urodzenia
intake-q-member-school = Czy ta osoba potrzebuje miejsca w szkole albo w przedszkolu?
intake-opt-member-school-school = Szkoła
intake-opt-member-school-kindergarten = Przedszkole
intake-opt-member-school-not-needed = Nie

## Specific needs

intake-section-specific-needs = Szczególne sytuacje
intake-section-specific-needs-intro = Niektóre osoby dostają pomoc w pierwszej kolejności. Te odpowiedzi pomagają nam zobaczyć, kto potrzebuje jej najbardziej.
intake-q-specific-needs = Czy coś z tego dotyczy ciebie lub kogoś, kto jest z tobą?
intake-q-specific-needs-hint = Wybierz wszystko, co pasuje.
intake-opt-specific-needs-single-parent = Rodzic, który sam wychowuje dzieci
intake-opt-specific-needs-unaccompanied-child = Dziecko poniżej 18 lat bez rodziców lub opiekuna
intake-opt-specific-needs-older-person-alone = Starsza osoba, która jest zupełnie sama
intake-opt-specific-needs-none = Nic z tego
intake-q-specific-needs-sensitive = A czy coś z tego dotyczy ciebie lub kogoś, kto jest z tobą?
intake-q-specific-needs-sensitive-hint = Wybierz wszystko, co pasuje. Nie musisz niczego wyjaśniać.
intake-opt-specific-needs-sensitive-disability = Niepełnosprawność
intake-opt-specific-needs-sensitive-serious-illness = Poważna choroba
intake-opt-specific-needs-sensitive-pregnancy = Ciąża
intake-opt-specific-needs-sensitive-survivor-of-violence = Ktoś doświadczył przemocy lub tortur

## Needs

intake-section-needs = Jakiej pomocy potrzebujesz?
intake-section-needs-intro = Nasze zespoły zajmują się różnymi sprawami. Wybierz, czego potrzebujesz teraz. Przy każdej sprawie zadamy kilka krótkich pytań.
intake-q-needs = Wybierz, w czym potrzebujesz pomocy
intake-q-needs-hint = Wybierz co najmniej jedną odpowiedź.
intake-opt-needs-legal = Pomoc prawna i dokumenty
intake-opt-needs-housing = Mieszkanie
intake-opt-needs-supplies = Jedzenie, ubrania i inne rzeczy
intake-opt-needs-education = Szkoła i nauka
intake-opt-needs-work = Praca
intake-opt-needs-health = Zdrowie i lekarze
intake-opt-needs-psychological = Rozmowa z kimś (wsparcie psychologiczne)
intake-opt-needs-banking = Konto w banku
intake-opt-needs-financial = Pieniądze (wsparcie finansowe)
intake-q-legal-topics = Czego dotyczy twoje pytanie prawne?
intake-opt-legal-topics-residence-permit = Zezwolenie na pobyt (karta pobytu)
intake-opt-legal-topics-asylum = Ochrona międzynarodowa (potocznie: azyl)
intake-opt-legal-topics-pesel = PESEL i zameldowanie
intake-opt-legal-topics-work-documents = Dokumenty do pracy
intake-opt-legal-topics-documents-from-home = Dokumenty z mojego kraju
intake-opt-legal-topics-travel-document = Paszport albo polski dokument podróży
intake-opt-legal-topics-humanitarian-visa = Wiza humanitarna
intake-opt-legal-topics-family-reunification = Sprowadzenie rodziny do Polski
intake-opt-legal-topics-detention-or-return = Zatrzymanie albo decyzja o zobowiązaniu do powrotu (wyjazdu z Polski)
intake-opt-legal-topics-other = Coś innego
intake-q-housing-situation = Gdzie teraz śpisz?
intake-opt-housing-situation-nowhere = Nie mam gdzie spać
intake-opt-housing-situation-shelter = W noclegowni, ośrodku lub hostelu
intake-opt-housing-situation-friends = U znajomych lub rodziny
intake-opt-housing-situation-renting-need-help = Wynajmuję mieszkanie, ale potrzebuję pomocy
intake-opt-housing-situation-other = Gdzie indziej
intake-q-housing-address = Adres, pod którym teraz mieszkasz (nieobowiązkowo)
intake-q-housing-address-hint = Tylko jeśli chcesz, żebyśmy przywieźli tam pomoc. Możesz zostawić to pole puste.
intake-q-supplies-items = Czego potrzebujesz?
intake-opt-supplies-items-food = Jedzenie
intake-opt-supplies-items-clothes = Ubrania i buty
intake-opt-supplies-items-hygiene = Środki higieniczne
intake-opt-supplies-items-baby-items = Rzeczy dla niemowlęcia
intake-opt-supplies-items-bedding = Pościel i koce
intake-opt-supplies-items-other = Coś innego
intake-q-education-needs = Jakiej pomocy w nauce potrzebujesz?
intake-opt-education-needs-school-place = Miejsce w szkole
intake-opt-education-needs-kindergarten-place = Miejsce w przedszkolu
intake-opt-education-needs-polish-course = Kurs języka polskiego
intake-opt-education-needs-diploma-recognition = Uznanie dyplomu
intake-opt-education-needs-higher-education = Studia
intake-opt-education-needs-other = Coś innego
intake-q-work-help = Jakiej pomocy w sprawach pracy potrzebujesz?
intake-opt-work-help-find-job = Znalezienie pracy
intake-opt-work-help-cv = Napisanie CV
intake-opt-work-help-rights-at-work = Problemy w pracy (wynagrodzenie, umowa)
intake-opt-work-help-work-documents = Dokumenty, które pozwalają pracować
intake-opt-work-help-self-employment = Założenie własnej firmy
intake-opt-work-help-other = Coś innego
intake-q-health-insurance = Czy masz ubezpieczenie zdrowotne w Polsce?
intake-opt-health-insurance-nfz = Tak, publiczne (NFZ)
intake-opt-health-insurance-private = Tak, prywatne
intake-opt-health-insurance-none = Nie
intake-opt-health-insurance-not-sure = Nie wiem
intake-q-health-urgent = Czy w najbliższych dniach lekarz jest potrzebny tobie albo komuś, kto jest z tobą?
intake-q-health-urgent-hint = W nagłym wypadku zadzwoń teraz pod 112.
intake-q-health-medicines = Czy kończą ci się leki, które musisz stale przyjmować?
intake-q-psych-format = Jakie wsparcie by ci odpowiadało?
intake-opt-psych-format-individual = Rozmowa indywidualna
intake-opt-psych-format-group = Grupa wsparcia
intake-opt-psych-format-for-children = Wsparcie dla dziecka
intake-opt-psych-format-any = Każda z tych form
intake-q-psych-urgency = Jak szybko potrzebujesz z kimś porozmawiać?
intake-opt-psych-urgency-now = Teraz – to nie może czekać
intake-opt-psych-urgency-within-weeks = W najbliższych tygodniach
intake-opt-psych-urgency-can-wait = Może poczekać
intake-q-banking-problem = Jaki masz problem z bankiem?
intake-opt-banking-problem-no-account = Nie mam jeszcze konta
intake-opt-banking-problem-account-refused = Bank odmówił otwarcia konta
intake-opt-banking-problem-account-blocked = Bank zablokował moje konto lub aplikację bankową
intake-opt-banking-problem-other = Coś innego

## Urgency

intake-section-urgency = Jak pilna jest sprawa?
intake-q-in-danger = Czy jesteś teraz w niebezpieczeństwie?
intake-q-in-danger-hint = Jeśli twoje życie lub zdrowie jest zagrożone, zadzwoń teraz pod 112. Nikt nie zobaczy tej odpowiedzi, dopóki nie wyślesz pliku, a i wtedy nie od razu.
intake-q-shelter-nights = Przez ile jeszcze nocy masz bezpieczne miejsce do spania?
intake-q-shelter-nights-hint = Wpisz 0, jeśli nie masz gdzie spać tej nocy.
intake-error-shelter-nights = Wpisz liczbę nocy od { $min } do { $max }.

## Message

intake-section-message = Coś jeszcze?
intake-section-message-intro = Prosimy, nie opisuj tutaj, co się wydarzyło ani jaki był powód wyjazdu. Porozmawiamy o tym osobiście, tylko jeśli będzie to potrzebne.
intake-q-message = Czy jest coś jeszcze, co powinniśmy wiedzieć, żeby ci pomóc?
intake-q-message-hint = Wystarczy kilka krótkich zdań.
