# Тэксты крокаў спісу (Польшча, Варшава). Узор: locales/en/checklist-content.ftl.

## Sections

checklist-section-legal-status = Ваша легальнае знаходжанне
checklist-section-documents = Адрас і дакументы
checklist-section-money-health = Грошы і здароўе
checklist-section-work-learning = Праца, школа і мова
checklist-section-support = Дапамога і падтрымка

## Step: residence-permit

checklist-step-residence-permit-title = Падайце заяву на дазвол на часовае знаходжанне
checklist-step-residence-permit-what = Пасля гуманітарнай візы можна атрымаць дазвол на часовае знаходжанне (zezwolenie na pobyt czasowy). Ён для грамадзян Беларусі, якія знаходзіліся ў Польшчы па гэтай візе. Заяву падаюць ваяводу (wojewoda) па месцы жыхарства. Дазвол даюць на 3 гады. Падача бясплатная.
checklist-step-residence-permit-why = Падаць заяву трэба не пазней за апошні дзень легальнага знаходжання, звычайна гэта дзень, калі сканчаецца віза. Калі вы падалі своечасова, ваша знаходжанне легальнае да канчатковага рашэння. Калі спазніцца, магчыма, давядзецца выехаць. Падайце загадзя, каб паспець выправіць памылкі. Паездка ў Беларусь можа паставіць дазвол пад пагрозу: перад любой паездкай спытайце юрыста.
checklist-step-residence-permit-where = У Варшаве: Мазавецкае ваяводскае ўпраўленне (Mazowiecki Urząd Wojewódzki). З 27 красавіка 2026 года большасць заяў пра знаходжанне падаюць толькі анлайн, у сістэме MOS (mos.cudzoziemcy.gov.pl). Іх падпісваюць праз Profil Zaufany або электронным подпісам. Удакладніце ў ваяводскім упраўленні, ці падаецца гэты дазвол праз MOS.
checklist-step-residence-permit-bring = Пашпарт з гуманітарнай візай. Для подпісу ў MOS патрэбны Profil Zaufany. Актуальны спіс дакументаў удакладніце ва ўпраўленні або ў арганізацыі, якая дае юрыдычную дапамогу.

## Step: protection-report

checklist-step-protection-report-title = З'явіцеся ў цэнтр прыёму на працягу 2 дзён
checklist-step-protection-report-what = Пасля заявы на міжнародную абарону (прытулак) з'явіцеся ў цэнтр прыёму (ośrodek recepcyjny) на працягу 2 дзён. Пры першай заяве гэта цэнтр у Бяла-Падляскай (Biała Podlaska).
checklist-step-protection-report-why = Калі не з'явіцца на працягу 2 дзён, вашу справу закрыюць (працэдуру спыняць).
checklist-step-protection-report-where = Цэнтр прыёму ў Бяла-Падляскай. Ім кіруе Упраўленне па справах замежнікаў (Urząd do Spraw Cudzoziemców, UdSC). Адрас вам скажа Памежная служба (Straż Graniczna), калі вы падаеце заяву.
checklist-step-protection-report-bring = Часовае пасведчанне асобы замежніка (TZTC). Яго выдае Памежная служба, а пашпарт пакідае ў сябе. Прыходзьце з членамі сям'і, якія ўказаны ў заяве.

## Step: protection-work

checklist-step-protection-work-title = Праца праз 6 месяцаў без рашэння
checklist-step-protection-work-what = Рашэнне па прытулку павінны прыняць на працягу 6 месяцаў. Тэрмін могуць падоўжыць да 15 месяцаў. Калі праз 6 месяцаў рашэння няма і гэта не ваша віна, папрасіце ва Упраўленні па справах замежнікаў даведку (zaświadczenie).
checklist-step-protection-work-why = Гэтая даведка разам з TZTC дазваляе легальна працаваць да канчатковага рашэння.
checklist-step-protection-work-where = Упраўленне па справах замежнікаў (Urząd do Spraw Cudzoziemców), ul. Taborowa 33, Варшава.
checklist-step-protection-work-bring = TZTC і дату падачы заявы. Спачатку папрасіце арганізацыю, якая дае юрыдычную дапамогу, праверыць вашу справу.

## Step: address-registration

checklist-step-address-registration-title = Зарэгіструйце адрас (zameldowanie)
checklist-step-address-registration-what = Калі вы жывяце па адным адрасе больш за 30 дзён, зарэгіструйцеся ў гміне (urząd gminy). Гэта называецца zameldowanie. Зрабіце гэта не пазней за 4-ы дзень пасля прыезду на гэты адрас.
checklist-step-address-registration-why = Гэтага патрабуе закон. Пры рэгістрацыі звычайна адразу даюць і нумар PESEL. Яго патрабуюць многія ўстановы і службы.
checklist-step-address-registration-where = Гміна (urząd gminy). У Варшаве: упраўленне вашага раёна (urząd dzielnicy).
checklist-step-address-registration-bring = Пашпарт або іншы дакумент, які сведчыць асобу, і віза або дазвол. Могуць папрасіць дакумент пра жыллё (напрыклад, дагавор арэнды): удакладніце ва ўпраўленні.

## Step: pesel

checklist-step-pesel-title = Атрымайце нумар PESEL
checklist-step-pesel-what = PESEL — ваш асабісты нумар у Польшчы. Яго даюць пры рэгістрацыі адраса больш чым на 30 дзён. Без рэгістрацыі яго можна папрасіць у гміне. Трэба сказаць, навошта ён вам (прававая падстава). Гэта бясплатна.
checklist-step-pesel-why = PESEL патрэбны для Profil Zaufany, для многіх анлайн-паслуг, а часта і ў банку, у лекара і на працы.
checklist-step-pesel-where = Любая гміна (urząd gminy). У Варшаве: раённае ўпраўленне (urząd dzielnicy).
checklist-step-pesel-bring = Пашпарт або іншы дакумент, які сведчыць асобу, і дакумент, які паказвае, навошта вам PESEL (напрыклад, працоўны дагавор або ліст з установы).

## Step: profil-zaufany

checklist-step-profil-zaufany-title = Стварыце Profil Zaufany
checklist-step-profil-zaufany-what = Profil Zaufany («давераны профіль») — бясплатнае анлайн-пасведчанне для дзяржаўных паслуг Польшчы. Ім можна падпісваць заявы. Спачатку патрэбны PESEL. Профіль дзейнічае 3 гады.
checklist-step-profil-zaufany-why = Многія заявы падаюць толькі анлайн. Заявы пра знаходжанне ў сістэме MOS падпісваюць праз Profil Zaufany. Парадак такі: PESEL, потым Profil Zaufany, потым заява да канца легальнага знаходжання.
checklist-step-profil-zaufany-where = Стварыце яго анлайн і пацвердзіце праз інтэрнэт-банк або асабіста ў пункце пацвярджэння. Як гэта зрабіць, тлумачыць афіцыйная крыніца ніжэй.
checklist-step-profil-zaufany-bring = Нумар PESEL, дакумент, які сведчыць асобу, адрас электроннай пошты і польскі нумар тэлефона.

## Step: bank-account

checklist-step-bank-account-title = Адкрыйце рахунак у банку
checklist-step-bank-account-what = Адкрыйце рахунак у польскім банку. Ён патрэбны для заробку, арэнды і анлайн-паслуг.
checklist-step-bank-account-why = Некаторыя банкі адмаўлялі беларусам у рахунку або блакавалі мабільны банк. Пра такія выпадкі паведамлялі ў 2025–2026 гадах. Калі банк адмовіў, паспрабуйце іншы банк і папрасіце дапамогі ў арганізацыі падтрымкі.
checklist-step-bank-account-where = Аддзяленне банка. Спытайце знаёмых або арганізацыю падтрымкі, якія банкі цяпер адкрываюць рахункі беларусам.
checklist-step-bank-account-bring = Пашпарт, віза або дазвол, PESEL (калі ёсць) і ваш адрас у Польшчы.

## Step: health-insurance

checklist-step-health-insurance-title = Аформіце медыцынскую страхоўку (NFZ)
checklist-step-health-insurance-what = Калі вы працуеце па дагаворы, працадаўца павінен зарэгістраваць вас у ZUS (Zakład Ubezpieczeń Społecznych, сацыяльнае страхаванне) на працягу 7 дзён. Так у вас з'яўляецца страхоўка NFZ (Narodowy Fundusz Zdrowia, дзяржаўны фонд здароўя). Без працы можна плаціць за добраахвотную страхоўку NFZ.
checklist-step-health-insurance-why = Са страхоўкай NFZ дзяржаўныя лекары і бальніцы для вас бясплатныя. Заяўнікі на міжнародную абарону атрымліваюць медыцынскую дапамогу як застрахаваныя палякі.
checklist-step-health-insurance-where = Папрасіце працадаўцу пацвердзіць рэгістрацыю ў ZUS. Для добраахвотнай страхоўкі: аддзяленне NFZ вашага ваяводства.
checklist-step-health-insurance-bring = Пашпарт, віза або дазвол і PESEL (калі ёсць). Удакладніце ў NFZ, якія дакументы патрэбныя.

## Step: work

checklist-step-work-title = Пачніце працаваць легальна
checklist-step-work-what = З гуманітарнай візай можна працаваць без дазволу на працу. Гэтак жа і з дазволам на часовае знаходжанне для беларусаў. У іншых выпадках працадаўца можа падаць заяву пра даручэнне працы (oświadczenie o powierzeniu wykonywania pracy) для грамадзян Беларусі, на тэрмін да 24 месяцаў.
checklist-step-work-why = Праца без патрэбных дакументаў можа каштаваць вам права на знаходжанне. З 1 чэрвеня 2025 года новы закон патрабуе пісьмовага дагавора. Некаторыя дэталі новага закона не пацверджаны: удакладніце ў бюро працы або ў арганізацыі, якая дае юрыдычную дапамогу.
checklist-step-work-where = Працадаўца падае заяву анлайн. На пытанні адказвае павятовае бюро працы (powiatowy urząd pracy).
checklist-step-work-bring = Пашпарт з візай або дазволам. Заўсёды бярыце пісьмовы дагавор і захоўвайце яго копію.

## Step: school

checklist-step-school-title = Запішыце дзяцей у школу або дзіцячы садок
checklist-step-school-what = Навучанне абавязковае ад 7 да 18 гадоў. Гэта не залежыць ад вашага статусу. Дзяржаўныя школы бясплатныя. Дзеці 6 гадоў праходзяць год дашкольнай падрыхтоўкі. Дзеці з-за мяжы атрымліваюць дадатковыя бясплатныя ўрокі польскай мовы.
checklist-step-school-why = Школа дапамагае дзецям вывучыць польскую, знайсці сяброў і зноў адчуць сябе ў бяспецы. Паводле вядомых нам правілаў дадатковых урокаў польскай не менш за 2 на тыдзень: удакладніце цяперашнія правілы ў школе.
checklist-step-school-where = Дзяржаўная школа або дзіцячы садок побач з домам. Калі не ведаеце, якія, спытайце ў раённым упраўленні (urząd dzielnicy).
checklist-step-school-bring = Пашпарт або пасведчанне аб нараджэнні дзіцяці, ваш адрас у Польшчы і старыя школьныя табелі, калі ёсць (пераклад дапаможа).

## Step: polish-course

checklist-step-polish-course-title = Запішыцеся на бясплатны курс польскай
checklist-step-polish-course-what = Знайдзіце бясплатны курс польскай мовы. Іх праводзяць грамадскія арганізацыі, напрыклад Fundacja Ocalenie ў Варшаве.
checklist-step-polish-course-why = Польская дапамагае ва ўстановах, на працы, у лекара і з суседзямі. Нават крыху вельмі дапамагае.
checklist-step-polish-course-where = Fundacja Ocalenie ў Варшаве, або спытайце сваю арганізацыю падтрымкі пра курсы побач з вамі.
checklist-step-polish-course-bring = Звычайна нічога. На некаторыя курсы трэба спачатку запісацца.

## Step: psychological-support

checklist-step-psychological-support-title = Атрымайце псіхалагічную дапамогу
checklist-step-psychological-support-what = Раптоўны пераезд — гэта цяжка. Стрэс, дрэнны сон і страх — нармальная рэакцыя. Вы можаце пагаварыць з псіхолагам. Некаторыя арганізацыі дапамагаюць па-беларуску і па-руску, напрыклад фонд Humanosh і сетка Partyzanka.
checklist-step-psychological-support-why = Ранняя дапамога палягчае ўсё астатняе. Прасіць пра дапамогу — гэта не слабасць.
checklist-step-psychological-support-where = Спытайце арганізацыю, якая вядзе гэты сайт, або беларускую арганізацыю падтрымкі. Калі вы зараз у небяспецы, тэлефануйце 112.

## Step: support-organisations

checklist-step-support-organisations-title = Знайдзіце арганізацыі падтрымкі
checklist-step-support-organisations-what = Арганізацыі дапамагаюць беларусам у Польшчы з юрыдычнымі пытаннямі, жыллём, школай, працай і дакументамі. Напрыклад: Цэнтр беларускай салідарнасці ў Варшаве, фонд Humanosh, сетка Partyzanka, BySol (Belarus Solidarity Foundation), Dissidentby і Politzek.me.
checklist-step-support-organisations-why = Яны ведаюць установы і правілы і могуць пайсці з вамі. Некаторыя даюць сям'і ментара прыкладна на месяц.
checklist-step-support-organisations-where = Пачніце з арганізацыі, якая вядзе гэты сайт: яе кантакты на галоўным экране. Кантакты іншых арганізацый правярайце на іх афіцыйных старонках.
checklist-step-support-organisations-bring = Вашы дакументы і кароткі спіс таго, што вам найбольш патрэбна.
