# Teksty kroków listy kontrolnej (Polska, Warszawa). Wzorzec: locales/en/checklist-content.ftl.

## Sections

checklist-section-legal-status = Twój legalny pobyt
checklist-section-documents = Adres i dokumenty
checklist-section-money-health = Pieniądze i zdrowie
checklist-section-work-learning = Praca, szkoła i język
checklist-section-support = Pomoc i wsparcie

## Step: residence-permit

checklist-step-residence-permit-title = Złóż wniosek o zezwolenie na pobyt czasowy
checklist-step-residence-permit-what = Po wizie humanitarnej możesz dostać zezwolenie na pobyt czasowy. Jest ono dla obywateli Białorusi, którzy przebywali w Polsce na tej wizie. Wniosek składasz do wojewody właściwego dla miejsca, w którym mieszkasz. Zezwolenie jest na 3 lata. Wniosek jest bezpłatny.
checklist-step-residence-permit-why = Wniosek musisz złożyć najpóźniej w ostatnim dniu legalnego pobytu, zwykle w dniu, w którym kończy się wiza. Jeśli złożysz go na czas, Twój pobyt jest legalny aż do ostatecznej decyzji. Jeśli się spóźnisz, możesz musieć wyjechać. Złóż wniosek wcześniej, żeby mieć czas na poprawki. Wyjazd na Białoruś może zagrozić zezwoleniu: przed podróżą zapytaj prawnika.
checklist-step-residence-permit-where = W Warszawie: Mazowiecki Urząd Wojewódzki. Od 27 kwietnia 2026 r. większość wniosków pobytowych składa się tylko przez internet, w systemie MOS (mos.cudzoziemcy.gov.pl). Podpisujesz je Profilem Zaufanym albo podpisem elektronicznym. Sprawdź w urzędzie wojewódzkim, czy to zezwolenie też składa się przez MOS.
checklist-step-residence-permit-bring = Paszport z wizą humanitarną. W MOS potrzebujesz Profilu Zaufanego do podpisu. Aktualną listę dokumentów sprawdź w urzędzie albo w organizacji, która daje pomoc prawną.

## Step: protection-report

checklist-step-protection-report-title = Zgłoś się do ośrodka recepcyjnego w ciągu 2 dni
checklist-step-protection-report-what = Po złożeniu wniosku o ochronę międzynarodową zgłoś się do ośrodka recepcyjnego w ciągu 2 dni. Przy pierwszym wniosku jest to ośrodek w Białej Podlaskiej.
checklist-step-protection-report-why = Jeśli nie zgłosisz się w ciągu 2 dni, postępowanie w Twojej sprawie zostanie umorzone.
checklist-step-protection-report-where = Ośrodek recepcyjny w Białej Podlaskiej, prowadzony przez Urząd do Spraw Cudzoziemców (UdSC). Adres poda Ci Straż Graniczna przy składaniu wniosku.
checklist-step-protection-report-bring = Tymczasowe zaświadczenie tożsamości cudzoziemca (TZTC). Dostajesz je od Straży Granicznej, która zatrzymuje Twój paszport. Przyjdź z członkami rodziny objętymi wnioskiem.

## Step: protection-work

checklist-step-protection-work-title = Praca po 6 miesiącach bez decyzji
checklist-step-protection-work-what = Decyzja w sprawie ochrony powinna zapaść w ciągu 6 miesięcy. Ten termin można przedłużyć do 15 miesięcy. Jeśli po 6 miesiącach nie ma decyzji i nie jest to Twoja wina, poproś Urząd do Spraw Cudzoziemców o zaświadczenie.
checklist-step-protection-work-why = To zaświadczenie razem z TZTC pozwala Ci legalnie pracować aż do ostatecznej decyzji.
checklist-step-protection-work-where = Urząd do Spraw Cudzoziemców, ul. Taborowa 33, Warszawa.
checklist-step-protection-work-bring = TZTC i datę złożenia wniosku. Najpierw poproś organizację, która daje pomoc prawną, żeby sprawdziła Twoją sprawę.

## Step: address-registration

checklist-step-address-registration-title = Zamelduj się (zameldowanie)
checklist-step-address-registration-what = Jeśli mieszkasz pod jednym adresem dłużej niż 30 dni, zamelduj się w urzędzie gminy. Zrób to najpóźniej w 4. dniu od przyjazdu pod ten adres.
checklist-step-address-registration-why = Tego wymaga prawo. Przy zameldowaniu zwykle dostajesz też numer PESEL. Wiele urzędów i usług o niego prosi.
checklist-step-address-registration-where = Urząd gminy. W Warszawie: urząd dzielnicy, w której mieszkasz.
checklist-step-address-registration-bring = Paszport lub inny dokument tożsamości oraz wiza albo zezwolenie. Urząd może poprosić o dokument dotyczący mieszkania (na przykład umowę najmu): sprawdź to w urzędzie.

## Step: pesel

checklist-step-pesel-title = Uzyskaj numer PESEL
checklist-step-pesel-what = PESEL to Twój numer osobisty w Polsce. Dostajesz go przy zameldowaniu na pobyt dłuższy niż 30 dni. Bez zameldowania możesz złożyć wniosek o PESEL w urzędzie gminy. Trzeba podać, do czego jest potrzebny (podstawę prawną). To nic nie kosztuje.
checklist-step-pesel-why = PESEL jest potrzebny do Profilu Zaufanego, do wielu usług online, a często też w banku, u lekarza i w pracy.
checklist-step-pesel-where = Dowolny urząd gminy. W Warszawie: urząd dzielnicy.
checklist-step-pesel-bring = Paszport lub inny dokument tożsamości oraz dokument, który pokazuje, do czego potrzebujesz PESEL (na przykład umowę o pracę albo pismo z urzędu).

## Step: profil-zaufany

checklist-step-profil-zaufany-title = Załóż Profil Zaufany
checklist-step-profil-zaufany-what = Profil Zaufany to bezpłatny internetowy dowód do usług państwowych. Możesz nim podpisywać wnioski. Najpierw potrzebujesz numeru PESEL. Profil jest ważny 3 lata.
checklist-step-profil-zaufany-why = Wiele wniosków składa się tylko przez internet. Wnioski pobytowe w systemie MOS podpisuje się Profilem Zaufanym. Kolejność: PESEL, potem Profil Zaufany, potem wniosek, zanim skończy się legalny pobyt.
checklist-step-profil-zaufany-where = Załóż go przez internet i potwierdź w bankowości internetowej albo osobiście w punkcie potwierdzającym. Jak to zrobić, wyjaśnia oficjalne źródło poniżej.
checklist-step-profil-zaufany-bring = Numer PESEL, dokument tożsamości, adres e-mail i polski numer telefonu.

## Step: bank-account

checklist-step-bank-account-title = Załóż konto w banku
checklist-step-bank-account-what = Załóż konto w polskim banku. Jest potrzebne do wypłaty, czynszu i usług online.
checklist-step-bank-account-why = Niektóre banki odmawiały Białorusinom założenia konta albo blokowały im bankowość mobilną. Takie przypadki zgłaszano w latach 2025–2026. Jeśli bank odmówi, spróbuj w innym banku i poproś o pomoc organizację wsparcia.
checklist-step-bank-account-where = Oddział banku. Zapytaj znajomych albo organizację wsparcia, które banki teraz otwierają konta Białorusinom.
checklist-step-bank-account-bring = Paszport, wiza albo zezwolenie, PESEL (jeśli masz) i adres w Polsce.

## Step: health-insurance

checklist-step-health-insurance-title = Uzyskaj ubezpieczenie zdrowotne (NFZ)
checklist-step-health-insurance-what = Jeśli pracujesz na umowę, pracodawca musi zgłosić Cię do ZUS (Zakład Ubezpieczeń Społecznych) w ciągu 7 dni. Dzięki temu masz ubezpieczenie zdrowotne w NFZ (Narodowy Fundusz Zdrowia). Bez pracy możesz opłacać dobrowolne ubezpieczenie w NFZ.
checklist-step-health-insurance-why = Z ubezpieczeniem NFZ publiczni lekarze i szpitale są dla Ciebie bezpłatni. Osoby ubiegające się o ochronę międzynarodową mają opiekę zdrowotną jak ubezpieczeni Polacy.
checklist-step-health-insurance-where = Poproś pracodawcę o potwierdzenie zgłoszenia do ZUS. W sprawie dobrowolnego ubezpieczenia: oddział NFZ w Twoim województwie.
checklist-step-health-insurance-bring = Paszport, wiza albo zezwolenie i PESEL (jeśli masz). Sprawdź w NFZ, jakich dokumentów potrzebują.

## Step: work

checklist-step-work-title = Zacznij legalnie pracować
checklist-step-work-what = Z wizą humanitarną możesz pracować bez zezwolenia na pracę. Tak samo z zezwoleniem na pobyt czasowy dla Białorusinów. W innych przypadkach pracodawca może złożyć oświadczenie o powierzeniu wykonywania pracy obywatelowi Białorusi, na okres do 24 miesięcy.
checklist-step-work-why = Praca bez właściwych dokumentów może kosztować Cię prawo pobytu. Od 1 czerwca 2025 r. nowa ustawa wymaga umowy na piśmie. Niektóre szczegóły nowej ustawy nie są potwierdzone: sprawdź je w urzędzie pracy albo w organizacji, która daje pomoc prawną.
checklist-step-work-where = Pracodawca składa oświadczenie przez internet. Na pytania odpowiada powiatowy urząd pracy.
checklist-step-work-bring = Paszport z wizą albo zezwoleniem. Zawsze bierz umowę na piśmie i zachowaj jej kopię.

## Step: school

checklist-step-school-title = Zapisz dzieci do szkoły lub przedszkola
checklist-step-school-what = Nauka jest obowiązkowa od 7 do 18 roku życia. Nie zależy to od Twojego statusu. Szkoły publiczne są bezpłatne. Dzieci w wieku 6 lat mają roczne przygotowanie przedszkolne. Dzieci z zagranicy dostają dodatkowe bezpłatne lekcje polskiego.
checklist-step-school-why = Szkoła pomaga dzieciom nauczyć się polskiego, znaleźć przyjaciół i znów poczuć się bezpiecznie. Według znanych nam przepisów dodatkowe lekcje polskiego to co najmniej 2 w tygodniu: sprawdź aktualne przepisy w szkole.
checklist-step-school-where = Publiczna szkoła lub przedszkole blisko domu. Jeśli nie wiesz, które, zapytaj w urzędzie dzielnicy.
checklist-step-school-bring = Paszport dziecka lub akt urodzenia, adres w Polsce i dawne świadectwa szkolne, jeśli je masz (tłumaczenie pomaga).

## Step: polish-course

checklist-step-polish-course-title = Zapisz się na bezpłatny kurs polskiego
checklist-step-polish-course-what = Znajdź bezpłatny kurs języka polskiego. Prowadzą je organizacje pozarządowe, na przykład Fundacja Ocalenie w Warszawie.
checklist-step-polish-course-why = Polski pomaga w urzędzie, w pracy, u lekarza i z sąsiadami. Nawet trochę bardzo pomaga.
checklist-step-polish-course-where = Fundacja Ocalenie w Warszawie albo zapytaj swoją organizację wsparcia o kursy blisko Ciebie.
checklist-step-polish-course-bring = Zwykle nic. Na niektóre kursy trzeba się najpierw zapisać.

## Step: psychological-support

checklist-step-psychological-support-title = Skorzystaj z pomocy psychologicznej
checklist-step-psychological-support-what = Nagła przeprowadzka jest trudna. Stres, zły sen i strach to normalne reakcje. Możesz porozmawiać z psychologiem. Niektóre organizacje pomagają po białorusku i po rosyjsku, na przykład Fundacja Humanosh i sieć Partyzanka.
checklist-step-psychological-support-why = Wczesna pomoc ułatwia wszystko inne. Prośba o pomoc to nie słabość.
checklist-step-psychological-support-where = Zapytaj organizację, która prowadzi tę stronę, albo białoruską organizację wsparcia. Jeśli jesteś teraz w niebezpieczeństwie, dzwoń pod 112.

## Step: support-organisations

checklist-step-support-organisations-title = Znajdź organizacje wsparcia
checklist-step-support-organisations-what = Organizacje pomagają Białorusinom w Polsce w sprawach prawnych, mieszkaniowych, szkolnych, w pracy i w urzędach. Przykłady: Centrum Solidarności Białoruskiej w Warszawie, Fundacja Humanosh, sieć Partyzanka, BySol (Belarus Solidarity Foundation), Dissidentby i Politzek.me.
checklist-step-support-organisations-why = Znają urzędy i przepisy, mogą z Tobą pójść. Niektóre dają rodzinie opiekuna na około miesiąc.
checklist-step-support-organisations-where = Zacznij od organizacji, która prowadzi tę stronę: jej kontakt jest na ekranie głównym. Dane innych organizacji sprawdź na ich oficjalnych stronach.
checklist-step-support-organisations-bring = Swoje dokumenty i krótką listę tego, czego najbardziej potrzebujesz.
