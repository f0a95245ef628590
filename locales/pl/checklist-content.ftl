# Teksty kroków z listy kroków (Polska, Warszawa). Opisy komunikatów:
# locales/en/checklist-content.ftl. Fakty (daty, liczby, adresy, terminy)
# są takie same jak w tekście angielskim; zmieniamy tylko język.

## Sekcje

checklist-section-legal-status = Twój legalny pobyt
checklist-section-documents = Adres i dokumenty
checklist-section-money-health = Pieniądze i zdrowie
checklist-section-work-learning = Praca, szkoła i język
checklist-section-support = Pomoc i wsparcie

## Krok: residence-permit (tylko z wizą humanitarną)

checklist-step-residence-permit-title = Złóż wniosek o zezwolenie na pobyt czasowy
checklist-step-residence-permit-what = Obywatele Białorusi z wizą humanitarną mogą dostać zezwolenie na pobyt czasowy. Udziela się go tylko raz, na 3 lata. Nie ma opłaty. Wniosek składasz przez internet w systemie MOS. Nie czekaj na PESEL ani Profil Zaufany: wniosek możesz też podpisać kwalifikowanym podpisem elektronicznym.
checklist-step-residence-permit-why = Wniosek trzeba złożyć najpóźniej w ostatnim dniu legalnego pobytu, zwykle w dniu, w którym kończy się wiza. Jeśli złożysz go na czas i uzupełnisz braki w terminie wyznaczonym przez urząd, twój pobyt w Polsce jest legalny aż do ostatecznej decyzji. Po terminie być może trzeba będzie wyjechać z Polski. Wyjazd na Białoruś może zagrozić zezwoleniu: przed każdą podróżą zapytaj prawnika.
checklist-step-residence-permit-where = Przez internet w MOS (mos.cudzoziemcy.gov.pl), do wojewody właściwego dla miejsca, w którym mieszkasz. W Warszawie sprawy prowadzi Mazowiecki Urząd Wojewódzki. Wniosek musisz podpisać osobiście: Profilem Zaufanym albo kwalifikowanym podpisem elektronicznym. Nikt inny nie może go podpisać za ciebie.
checklist-step-residence-permit-bring = Skan wszystkich stron paszportu z wizą humanitarną oraz zdjęcie. Urząd może wezwać cię na pobranie odcisków palców i do okazania oryginałów. Jeśli nie wiesz, co dołączyć, zapytaj organizację pomocy prawnej.

## Krok: residence-pending (złożony wniosek o zezwolenie na pobyt)

checklist-step-residence-pending-title = Przechowuj potwierdzenie złożenia wniosku
checklist-step-residence-pending-what = Wniosek o zezwolenie na pobyt jest złożony i czekasz na decyzję. Zachowaj potwierdzenie: od 27 kwietnia 2026 r. jest to zaświadczenie na twoim koncie w MOS, a nie stempel w paszporcie. Wydrukuj je albo zachowaj w telefonie. Na każde pismo z urzędu odpowiadaj w terminie, który jest w nim podany.
checklist-step-residence-pending-why = Pobyt w Polsce jest legalny do ostatecznej decyzji tylko wtedy, gdy wniosek został złożony na czas, a braki uzupełniono w terminie wyznaczonym przez urząd. Zaświadczenie jest dowodem dla pracodawcy, banku i policji. Jest ważne tylko w Polsce: dawny stempel nie uprawniał do podróży do innych państw Schengen, a w przypadku zaświadczenia nie jest to potwierdzone. Przed każdym wyjazdem za granicę zapytaj urząd wojewódzki.
checklist-step-residence-pending-where = Twoje konto w MOS (mos.cudzoziemcy.gov.pl). Z pytaniami zwracaj się do urzędu wojewódzkiego, który prowadzi twoją sprawę; w Warszawie jest to Mazowiecki Urząd Wojewódzki.
checklist-step-residence-pending-bring = Wydrukowane zaświadczenie albo dawny stempel w paszporcie, paszport i wszystkie pisma z urzędu.

## Krok: after-permit (z zezwoleniem na pobyt czasowy)

checklist-step-after-permit-title = Zaplanuj kolejne zezwolenie, zanim skończy się obecne
checklist-step-after-permit-what = Zezwolenia na pobyt czasowy po wizie humanitarnej udziela się obywatelom Białorusi tylko raz. Zanim się skończy, złóż wniosek o kolejne zezwolenie: na przykład w związku z pracą, działalnością gospodarczą albo rodziną. Z ważną Kartą Polaka możesz w każdej chwili złożyć wniosek o zezwolenie na pobyt stały. Po 5 latach pracy lub działalności w Polsce może być możliwe zezwolenie na pobyt rezydenta długoterminowego UE.
checklist-step-after-permit-why = Wniosek trzeba złożyć, zanim skończy się obecne zezwolenie. Jeśli złożysz go za późno, stracisz legalny pobyt. Wybór właściwego zezwolenia wymaga czasu: zacznij co najmniej 2 miesiące wcześniej.
checklist-step-after-permit-where = Przez internet w MOS (mos.cudzoziemcy.gov.pl), do wojewody właściwego dla miejsca, w którym mieszkasz; w Warszawie sprawy prowadzi Mazowiecki Urząd Wojewódzki. W organizacji pomocy prawnej sprawdź, które zezwolenie pasuje do twojej sytuacji.
checklist-step-after-permit-bring = Kartę pobytu, paszport, umowę o pracę albo dokumenty firmy oraz Kartę Polaka, jeśli ją masz.

## Krok: protection-apply (wiza, ruch bezwizowy albo brak dokumentu)

checklist-step-protection-apply-title = Jeśli potrzebujesz ochrony: złóż wniosek o ochronę międzynarodową
checklist-step-protection-apply-what = Jeśli powrót na Białoruś nie jest dla ciebie bezpieczny, możesz złożyć wniosek o ochronę międzynarodową (potocznie: azyl). Powiedz Straży Granicznej, że chcesz złożyć taki wniosek. Możesz to zrobić osobiście w każdej placówce Straży Granicznej w Polsce. Wniosek może obejmować też członków twojej rodziny – muszą wtedy przyjść razem z tobą.
checklist-step-protection-apply-why = Od 27 marca 2025 r. prawo do złożenia wniosku na granicy z Białorusią jest ograniczone. Ograniczenie jest przedłużane co 60 dni. Niektóre osoby są z niego wyłączone, na przykład dzieci bez opieki, kobiety w ciąży i osoby, którym grozi rzeczywiste ryzyko poważnej krzywdy. Nie jest potwierdzone, czy wyłączeni są obywatele Białorusi: zanim pojedziesz na granicę, zapytaj organizację pomocy prawnej.
checklist-step-protection-apply-where = Placówka Straży Granicznej w Polsce. W Warszawie: Placówka Straży Granicznej w Warszawie, ul. Taborowa 33. Jeśli możesz, najpierw porozmawiaj z organizacją pomocy prawnej.
checklist-step-protection-apply-bring = Paszport i wszystkie dokumenty dotyczące ciebie i twojej rodziny. Straż Graniczna zatrzymuje paszport i wydaje tymczasowe zaświadczenie tożsamości cudzoziemca (TZTC).

## Krok: protection-report (tylko po złożeniu wniosku o ochronę międzynarodową)

checklist-step-protection-report-title = Zgłoś się do ośrodka recepcyjnego w ciągu 2 dni
checklist-step-protection-report-what = Po złożeniu wniosku o ochronę międzynarodową zgłoś się w ciągu 2 dni do ośrodka recepcyjnego. Są dwa: w Białej Podlaskiej i w Podkowie Leśnej-Dębaku. Jedź do tego, który wskaże Straż Graniczna. Trzeba się zgłosić, nawet jeśli nie potrzebujesz mieszkania ani pieniędzy.
checklist-step-protection-report-why = Jeśli nie zgłosisz się w ciągu 2 dni, postępowanie w twojej sprawie zostanie umorzone (sprawa zostanie zamknięta).
checklist-step-protection-report-where = Ośrodek recepcyjny wskazany przez Straż Graniczną: Biała Podlaska albo Podkowa Leśna-Dębak (koło Warszawy). Oba prowadzi Urząd do Spraw Cudzoziemców (UdSC).
checklist-step-protection-report-bring = Tymczasowe zaświadczenie tożsamości cudzoziemca (TZTC). Przyjdź z członkami rodziny objętymi wnioskiem.

## Krok: protection-duties (tylko po złożeniu wniosku o ochronę międzynarodową)

checklist-step-protection-duties-title = Poznaj swoje obowiązki w trakcie postępowania o ochronę
checklist-step-protection-duties-what = Zostań w Polsce do ostatecznej decyzji. Informuj Urząd do Spraw Cudzoziemców o każdej zmianie adresu. Nie pracuj przez pierwsze 6 miesięcy. Przyjdź na przesłuchanie i odpowiadaj na pisma w terminie. Gdy urząd poprosi, pozwól pobrać odciski palców i zrobić zdjęcie.
checklist-step-protection-duties-why = Jeśli zmienisz adres i nie powiadomisz urzędu, pisma wysłane na stary adres uznaje się za doręczone i możesz przegapić termin. Nie wyjeżdżaj za granicę, nawet na krótko: najpierw zapytaj organizację pomocy prawnej. W trakcie postępowania opiekę medyczną zapewnia Urząd do Spraw Cudzoziemców – od dnia rejestracji w ośrodku recepcyjnym (gdy zagrożone jest życie lub zdrowie – od dnia złożenia wniosku). Do tej opieki nie potrzebujesz ubezpieczenia w NFZ; w razie wątpliwości zapytaj w ośrodku recepcyjnym.
checklist-step-protection-duties-where = Urząd do Spraw Cudzoziemców, ul. Taborowa 33, Warszawa. W ośrodku recepcyjnym zapytaj, jak dostać się do lekarza.
checklist-step-protection-duties-bring = TZTC i wszystkie pisma z Urzędu do Spraw Cudzoziemców.

## Krok: protection-work (tylko po złożeniu wniosku o ochronę międzynarodową)

checklist-step-protection-work-title = Praca po 6 miesiącach bez decyzji
checklist-step-protection-work-what = Decyzja w sprawie ochrony międzynarodowej powinna zapaść w ciągu 6 miesięcy. Ten termin może zostać przedłużony do 15 miesięcy. Jeśli po 6 miesiącach nie ma decyzji i nie jest to twoja wina, poproś Urząd do Spraw Cudzoziemców o zaświadczenie.
checklist-step-protection-work-why = To zaświadczenie razem z TZTC pozwala legalnie pracować aż do ostatecznej decyzji. Poproś Urząd do Spraw Cudzoziemców albo organizację pomocy prawnej o potwierdzenie, że dotyczy to twojej sprawy.
checklist-step-protection-work-where = Urząd do Spraw Cudzoziemców, ul. Taborowa 33, Warszawa.
checklist-step-protection-work-bring = TZTC i datę złożenia wniosku. Najpierw poproś organizację pomocy prawnej o sprawdzenie twojej sprawy.
checklist-step-protection-documents-title = Odbierz kartę pobytu i dokument podróży
checklist-step-protection-documents-what = Ze statusem uchodźcy dostajesz kartę pobytu ważną 3 lata i genewski dokument podróży ważny 2 lata. Z ochroną uzupełniającą dostajesz kartę pobytu ważną 2 lata. Złóż o nie wniosek w Urzędzie do Spraw Cudzoziemców.
checklist-step-protection-documents-why = Sama ochrona zwykle nie ma terminu, ale dokumenty mają. Karta pobytu potwierdza, kim jesteś i że możesz przebywać w Polsce: pytają o nią urzędy, pracodawcy i banki. Złóż wniosek o nową kartę, zanim stara straci ważność. Przy ochronie uzupełniającej nie ma genewskiego dokumentu: jeśli nie masz ważnego paszportu, zobacz krok o paszporcie.
checklist-step-protection-documents-where = Urząd do Spraw Cudzoziemców, ul. Taborowa 33, Warszawa. Formularze wniosków są na jego stronach w gov.pl.
checklist-step-protection-documents-bring = Decyzję o ochronie i dokumenty tożsamości. Sprawdź listę załączników na formularzu albo zapytaj w Urzędzie do Spraw Cudzoziemców.
checklist-step-integration-programme-title = Złóż wniosek o program integracji w ciągu 60 dni
checklist-step-integration-programme-what = Ze statusem uchodźcy albo ochroną uzupełniającą możesz dostać pomoc do 12 miesięcy w ramach indywidualnego programu integracji: pieniądze na utrzymanie i naukę polskiego, opłaconą składkę na ubezpieczenie zdrowotne i specjalistyczne poradnictwo. Złóż wniosek w ciągu 60 dni od decyzji.
checklist-step-integration-programme-why = Na wniosek masz tylko 60 dni od decyzji. Idź, jak tylko dostaniesz decyzję: nie musisz czekać na kartę pobytu.
checklist-step-integration-programme-where = Powiatowe centrum pomocy rodzinie (PCPR) w miejscu, gdzie mieszkasz. W Warszawie: Warszawskie Centrum Pomocy Rodzinie (WCPR). Pracownicy pomogą Ci wypełnić wniosek.
checklist-step-integration-programme-bring = Decyzję Szefa Urzędu do Spraw Cudzoziemców, Rady do Spraw Uchodźców albo wojewody. Kartę pobytu i genewski dokument podróży, jeśli już je masz.
checklist-step-temporary-protection-scope-title = Sprawdź, czy ochrona czasowa Cię obejmuje
checklist-step-temporary-protection-scope-what = Ochrona czasowa w Polsce jest dla osób, które uciekły przed wojną w Ukrainie. Jeśli jesteś obywatelem Białorusi, który mieszkał w Ukrainie i stamtąd uciekł, może Cię obejmować. Jeśli przyjechałeś do Polski z Białorusi, nie obejmuje Cię: zobacz inne kroki o legalnym pobycie albo zapytaj organizację, która daje pomoc prawną.
checklist-step-temporary-protection-scope-why = Ochrona czasowa jest przyznawana na ograniczony czas, a jej zasady się zmieniają. Sprawdź w Urzędzie do Spraw Cudzoziemców albo w urzędzie wojewódzkim, czy Cię obejmuje i do kiedy, i zawczasu zaplanuj inną podstawę pobytu.
checklist-step-temporary-protection-scope-where = Urząd do Spraw Cudzoziemców albo urząd wojewódzki; w Warszawie Mazowiecki Urząd Wojewódzki. Organizacja, która daje pomoc prawną, może sprawdzić Twoją sprawę.
checklist-step-temporary-protection-scope-bring = Paszport, zaświadczenie o korzystaniu z ochrony czasowej, jeśli je masz, i dokumenty, które pokazują, że mieszkałeś w Ukrainie.

## Krok: address-registration (zameldowanie)

checklist-step-address-registration-title = Zamelduj się (zameldowanie)
checklist-step-address-registration-what = Jeśli zostajesz w Polsce dłużej niż 30 dni, zamelduj się w urzędzie gminy. Zrób to najpóźniej czwartego dnia pobytu pod danym adresem. Osoby spoza UE nie mogą zameldować się przez internet.
checklist-step-address-registration-why = Wymaga tego prawo. Przy zameldowaniu zwykle dostajesz też numer PESEL. Prosi o niego wiele urzędów i instytucji.
checklist-step-address-registration-where = Urząd gminy. W Warszawie: urząd dzielnicy, w której mieszkasz.
checklist-step-address-registration-bring = Paszport i wizę albo zezwolenie, formularz zgłoszenia pobytu podpisany przez właściciela mieszkania oraz umowę najmu, jeśli ją masz.

## Krok: pesel

checklist-step-pesel-title = Uzyskaj numer PESEL
checklist-step-pesel-what = PESEL to twój numer osobisty w Polsce. Dostajesz go przy zameldowaniu na pobyt dłuższy niż 30 dni. Bez zameldowania możesz złożyć wniosek o PESEL w urzędzie gminy. We wniosku trzeba podać, do czego numer jest potrzebny (podstawę prawną). Nadanie numeru jest bezpłatne.
checklist-step-pesel-why = PESEL jest potrzebny do Profilu Zaufanego i do wielu usług online, a często też w banku, u lekarza i w pracy.
checklist-step-pesel-where = Urząd gminy, w której mieszkasz albo chcesz się zameldować. W Warszawie, jeśli nie możesz się zameldować i nie pracujesz: Urząd Dzielnicy Śródmieście, ul. Nowogrodzka 43.
checklist-step-pesel-bring = Paszport lub inny dokument tożsamości oraz dokument, który pokazuje, do czego potrzebujesz numeru PESEL (na przykład umowę o pracę albo pismo z urzędu).

## Krok: profil-zaufany

checklist-step-profil-zaufany-title = Załóż Profil Zaufany
checklist-step-profil-zaufany-what = Profil Zaufany to bezpłatny elektroniczny identyfikator do usług państwowych online. Możesz nim podpisywać wnioski, także w MOS. Zwykle potrzebny jest do niego numer PESEL, a po kilku latach profil trzeba przedłużyć: sprawdź jedno i drugie w punkcie potwierdzającym albo na pz.gov.pl.
checklist-step-profil-zaufany-why = Wiele wniosków można złożyć tylko przez internet. Jeśli nie zdążysz dostać numeru PESEL albo Profilu Zaufanego przed złożeniem wniosku o zezwolenie na pobyt, nie czekaj: wystarczy też kwalifikowany podpis elektroniczny. Zapytaj organizację pomocową.
checklist-step-profil-zaufany-where = Załóż go na pz.gov.pl i potwierdź przez bankowość internetową albo osobiście w punkcie potwierdzającym (na przykład w niektórych urzędach).
checklist-step-profil-zaufany-bring = Numer PESEL, dokument tożsamości, adres e-mail i polski numer telefonu.

## Krok: passport (wszyscy; także dokumenty z Białorusi i podróże tam)

checklist-step-passport-title = Sprawdź, do kiedy jest ważny twój paszport
checklist-step-passport-what = Białoruskie ambasady i konsulaty za granicą nie wydają ani nie przedłużają paszportów. Jeśli masz zezwolenie na pobyt w Polsce, możesz mieć prawo do polskiego dokumentu podróży dla cudzoziemca. Dla obywateli Białorusi jest bezpłatny i ważny 1 rok.
checklist-step-passport-why = Ważny dokument podróży jest potrzebny w większości urzędów i przy każdej podróży. Polski dokument podróży nie legalizuje pobytu: nadal potrzebujesz wizy albo zezwolenia. Jeśli nie możesz dostać ważnego paszportu, w MOS możesz dołączyć inny dokument tożsamości. Sprawy na Białorusi (zaświadczenia, dyplomy, majątek) można załatwić tylko na podstawie pełnomocnictwa podpisanego na Białorusi przed białoruskim notariuszem. Wyjazd na Białoruś może zagrozić twojemu pobytowi albo postępowaniu o ochronę międzynarodową: przed każdą podróżą zapytaj organizację pomocy prawnej.
checklist-step-passport-where = Urząd wojewódzki właściwy dla miejsca, w którym mieszkasz; w Warszawie Mazowiecki Urząd Wojewódzki. Uproszczona procedura dla obywateli Białorusi obowiązywała tylko przez pewien czas: sprawdź w urzędzie wojewódzkim, jakie zasady obowiązują teraz.
checklist-step-passport-bring = Stary paszport (nawet nieważny), kartę pobytu albo decyzję oraz zdjęcia. Aktualną listę dokumentów sprawdź w urzędzie.

## Krok: bank-account

checklist-step-bank-account-title = Załóż konto w banku
checklist-step-bank-account-what = Otwórz konto w polskim banku. Zabierz dokument potwierdzający legalny pobyt: wizę, kartę pobytu, decyzję albo zaświadczenie z MOS o złożonym wniosku.
checklist-step-bank-account-why = Unijne sankcje wobec Białorusi nakładają na banki dodatkowe obowiązki wobec klientów z Białorusi, a w październiku 2025 r. UE ponownie je rozszerzyła. Dlatego bank może poprosić o dowód, że legalnie mieszkasz w UE. Bez takiego dowodu bank może zablokować aplikację, karty i bankowość internetową: PKO BP zrobił to od 11 grudnia 2025 r. Jeśli konto jest zablokowane, zanieś dokument do oddziału. Jakie dokumenty bank przyjmuje, sprawdź w tym banku. Jeśli bank odmówi, spróbuj w innym banku i poproś o pomoc organizację pomocową.
checklist-step-bank-account-where = Oddział banku. Zapytaj organizację pomocową, które banki otwierają teraz konta obywatelom Białorusi.
checklist-step-bank-account-bring = Paszport, dokument potwierdzający legalny pobyt (wizę, kartę pobytu, decyzję albo zaświadczenie z MOS), numer PESEL, jeśli go masz, i adres w Polsce.

## Krok: health-insurance (nie dla osób, które złożyły wniosek o ochronę międzynarodową)

checklist-step-health-insurance-title = Uzyskaj ubezpieczenie zdrowotne (NFZ)
checklist-step-health-insurance-what = Jeśli pracujesz na podstawie umowy, pracodawca musi zgłosić cię do ZUS (Zakład Ubezpieczeń Społecznych). Dzięki temu masz ubezpieczenie zdrowotne w NFZ (Narodowy Fundusz Zdrowia). Jeśli nie masz takiej pracy, być może uda się zawrzeć dobrowolną umowę z NFZ.
checklist-step-health-insurance-why = Z ubezpieczeniem w NFZ leczenie u lekarzy i w szpitalach publicznych jest dla ciebie bezpłatne. Dobrowolne ubezpieczenie jest dostępne tylko przy niektórych dokumentach, na przykład przy zezwoleniu na pobyt czasowy albo statusie uchodźcy, ale nie przy każdej wizie: zanim cokolwiek zapłacisz, sprawdź to w NFZ.
checklist-step-health-insurance-where = Poproś pracodawcę o potwierdzenie zgłoszenia do ZUS. Dobrowolne ubezpieczenie: oddział wojewódzki NFZ w twoim regionie; w Warszawie Mazowiecki Oddział Wojewódzki NFZ. Potem zgłoś umowę w ZUS.
checklist-step-health-insurance-bring = Paszport, wizę, zezwolenie albo decyzję oraz numer PESEL, jeśli go masz. Sprawdź w NFZ, jakie dokumenty są potrzebne.

## Krok: work (wizy, ruch bezwizowy, złożony wniosek, zezwolenie na pobyt czasowy)

checklist-step-work-title = Zacznij legalnie pracować
checklist-step-work-what = Pracodawca może złożyć w urzędzie pracy oświadczenie o powierzeniu pracy obywatelowi Białorusi. Lista państw, których to dotyczy, obejmuje teraz Armenię, Białoruś, Mołdawię i Ukrainę. Wiele zezwoleń na pobyt także pozwala pracować: sprawdź, co jest napisane w twoim zezwoleniu. Od 1 czerwca 2025 r. niektóre wizy nie pozwalają na pracę na podstawie oświadczenia ani zezwolenia na pracę, na przykład wiza wydana przez inne państwo Schengen, wiza tranzytowa, wiza turystyczna (cel 01) albo wiza w celu odwiedzin rodziny lub przyjaciół (cel 02). Sprawdź swoją wizę w urzędzie pracy.
checklist-step-work-why = Praca bez właściwych dokumentów może cię kosztować utratę prawa pobytu. Od 1 czerwca 2025 r. obowiązuje nowa ustawa o zatrudnianiu cudzoziemców, a od 1 grudnia 2025 r. – nowe przepisy. Nie jest potwierdzone, czy sama wiza humanitarna nadal pozwala pracować bez zezwolenia: zanim zaczniesz, zapytaj powiatowy urząd pracy albo organizację pomocy prawnej.
checklist-step-work-where = Na pytania odpowiada powiatowy urząd pracy. Pracodawca składa oświadczenie przez internet.
checklist-step-work-bring = Paszport z wizą albo zezwoleniem. Zawsze podpisuj umowę na piśmie i zachowaj jej kopię.

## Krok: school (tylko z dziećmi)

checklist-step-school-title = Zapisz dzieci do szkoły lub przedszkola
checklist-step-school-what = Nauka jest obowiązkowa od 7. do 18. roku życia. Nie zależy to od twojego statusu pobytowego. Szkoły publiczne są bezpłatne. Dzieci w wieku 6 lat odbywają roczne przygotowanie przedszkolne. Niektóre szkoły mają oddział przygotowawczy dla dzieci, które jeszcze nie mówią po polsku.
checklist-step-school-why = Szkoła pomaga dzieciom nauczyć się polskiego, znaleźć przyjaciół i znów poczuć się bezpiecznie. Dzieci cudzoziemców mają bezpłatne dodatkowe lekcje polskiego, co najmniej 2 w tygodniu, przez ograniczony czas: zapytaj w szkole, jak długo. Oddział przygotowawczy trwa zwykle jeden rok szkolny.
checklist-step-school-where = Publiczna szkoła lub przedszkole blisko domu. Jeśli nie wiesz, do której placówki się zgłosić, zapytaj w urzędzie dzielnicy.
checklist-step-school-bring = Paszport dziecka lub akt urodzenia, adres w Polsce i dawne świadectwa szkolne, jeśli je masz (przyda się tłumaczenie).

## Krok: polish-course

checklist-step-polish-course-title = Zapisz się na bezpłatny kurs polskiego
checklist-step-polish-course-what = Znajdź bezpłatny kurs języka polskiego. Prowadzą je organizacje pozarządowe, na przykład Fundacja Ocalenie w Warszawie. Przy statusie uchodźcy albo ochronie uzupełniającej program integracji daje też pieniądze na naukę polskiego (zobacz ten krok).
checklist-step-polish-course-why = Polski pomaga w urzędzie, w pracy, u lekarza i w kontaktach z sąsiadami. Nawet trochę polskiego bardzo pomaga.
checklist-step-polish-course-where = Fundacja Ocalenie w Warszawie; możesz też zapytać swoją organizację pomocową o kursy w pobliżu.
checklist-step-polish-course-bring = Zwykle nic. Na niektóre kursy trzeba się najpierw zapisać.

## Krok: psychological-support

checklist-step-psychological-support-title = Skorzystaj z pomocy psychologicznej
checklist-step-psychological-support-what = Nagły wyjazd z domu jest trudny. Stres, problemy ze snem i strach to normalne reakcje. Możesz porozmawiać z psychologiem. Niektóre organizacje pomagają po białorusku i po rosyjsku, na przykład Fundacja Humanosh i sieć Partyzanka.
checklist-step-psychological-support-why = Wczesna pomoc ułatwia wszystko inne. Prośba o pomoc to nie słabość.
checklist-step-psychological-support-where = Zapytaj organizację, która prowadzi tę stronę, albo białoruską organizację wsparcia. Jeśli jesteś teraz w niebezpieczeństwie, dzwoń pod 112. W Warszawie miejski Warszawski Ośrodek Interwencji Kryzysowej daje bezpłatną pomoc psychologiczną osobom w kryzysie, bez względu na dochód.

## Krok: crisis-lines

checklist-step-crisis-lines-title = Telefony kryzysowe
checklist-step-crisis-lines-what = Jeśli czujesz, że sobie nie radzisz, zadzwoń pod 116 123: bezpłatny telefon dla dorosłych w kryzysie emocjonalnym, całą dobę. Możesz też napisać na czacie na 116sos.pl. Dzieci i nastolatki mogą dzwonić pod 116 111, bezpłatnie, całą dobę.
checklist-step-crisis-lines-why = Możesz od razu z kimś porozmawiać, bez umawiania się. Na tych liniach mogą mówić tylko po polsku: jeśli to trudne, poproś organizację, która prowadzi tę stronę, o pomoc w Twoim języku. Jeśli nie możesz się dodzwonić, zadzwoń jeszcze raz albo napisz na czacie.
checklist-step-crisis-lines-where = Przez telefon albo na czacie. Jeśli zagrożone jest Twoje życie albo życie innej osoby, dzwoń pod 112: to bezpłatne, działa całą dobę, także z telefonu bez karty SIM.

## Krok: legal-aid

checklist-step-legal-aid-title = Skorzystaj z bezpłatnej porady prawnej
checklist-step-legal-aid-what = Organizacje pomocy prawnej bezpłatnie doradzają w sprawach zezwoleń na pobyt, ochrony międzynarodowej, dokumentów podróży i pracy. Na przykład: Stowarzyszenie Interwencji Prawnej, Helsińska Fundacja Praw Człowieka i Fundacja Ocalenie.
checklist-step-legal-aid-why = Przepisy często się zmieniają, a błąd może cię kosztować utratę prawa pobytu. Pytaj przed upływem terminu, nie po nim.
checklist-step-legal-aid-where = Ich biura w Warszawie albo kontakt telefoniczny i mailowy; aktualne dane kontaktowe sprawdź na ich stronach internetowych. Organizacja, która prowadzi tę stronę, też pomoże wybrać.
checklist-step-legal-aid-bring = Dokumenty, wszystkie pisma z urzędów i ważne dla ciebie daty (kiedy kończy się wiza albo zezwolenie).

## Krok: support-organisations

checklist-step-support-organisations-title = Znajdź organizacje pomocowe
checklist-step-support-organisations-what = Organizacje pomagają obywatelom Białorusi w Polsce w sprawach mieszkania, szkoły, pracy i dokumentów. Przykłady: Centrum Solidarności Białoruskiej w Warszawie, Fundacja Humanosh, sieć Partyzanka, BySol (Belarus Solidarity Foundation), Dissidentby i Politzek.me.
checklist-step-support-organisations-why = Znają urzędy i przepisy, mogą pójść z tobą do urzędu. Niektóre przydzielają rodzinie opiekuna na około miesiąc.
checklist-step-support-organisations-where = Zacznij od organizacji, która prowadzi tę stronę: jej kontakt jest na ekranie głównym. Dane innych organizacji sprawdź na ich oficjalnych stronach. Urząd do Spraw Cudzoziemców publikuje też listę organizacji, które pomagają cudzoziemcom.
checklist-step-support-organisations-bring = Swoje dokumenty i krótką listę tego, czego najbardziej potrzebujesz.
