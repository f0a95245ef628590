# Checklist step texts (default content: Poland, Warsaw). Reference locale.
#
# Ids are derived from content/checklist.toml:
#   checklist-section-<section id>        section heading
#   checklist-step-<step id>-title        short step name (list, calendar entry)
#   checklist-step-<step id>-what         what to do
#   checklist-step-<step id>-why          why it matters
#   checklist-step-<step id>-where        where to go / which website
#   checklist-step-<step id>-bring        what to bring
# Readers are newcomers under stress: short sentences, plain words. Keep official
# Polish terms (PESEL, Profil Zaufany, MOS, ZUS, NFZ, karta pobytu…) and explain them.
# Where a fact is uncertain the text says "check with …": keep that in translations.
# No message here has variables.

## Sections

# Section heading: residence status (visa, permit, asylum).
checklist-section-legal-status = Your legal stay
# Section heading: address registration, PESEL number, Profil Zaufany.
checklist-section-documents = Address and documents
# Section heading: bank account and health insurance.
checklist-section-money-health = Money and health
# Section heading: work, school for children, Polish lessons.
checklist-section-work-learning = Work, school and language
# Section heading: psychological help and support organisations.
checklist-section-support = Help and support

## Step: residence-permit (only for humanitarian visa holders)

# Step title. "Temporary residence permit" = zezwolenie na pobyt czasowy.
checklist-step-residence-permit-title = Apply for a temporary residence permit
# What to do.
checklist-step-residence-permit-what = Your humanitarian visa can lead to a temporary residence permit (zezwolenie na pobyt czasowy). It is for Belarusians who stayed in Poland on this visa. You apply to the voivode (wojewoda) of the place where you live. The permit is for 3 years. There is no application fee.
# Why it matters. Explains the hard limit (last day of legal stay).
checklist-step-residence-permit-why = You must apply no later than the last day of your legal stay, usually the day your visa ends. If you apply in time, your stay stays legal until the final decision. If you are late, you may have to leave. Apply early so you have time to fix problems. Travelling to Belarus may put the permit at risk: ask a lawyer before any trip.
# Where to go. MOS = the online system for residence applications.
checklist-step-residence-permit-where = In Warsaw: the Mazovian Voivode Office (Mazowiecki Urząd Wojewódzki). Since 27 April 2026 most residence applications are filed only online, in the MOS system (mos.cudzoziemcy.gov.pl). You sign with Profil Zaufany or an e-signature. Check with the voivode office whether this permit goes through MOS.
# What to bring.
checklist-step-residence-permit-bring = Your passport with the humanitarian visa. In MOS you need Profil Zaufany to sign. Ask the office or a legal aid organisation for the current list of documents.

## Step: protection-report (only for international protection applicants)

# Step title. "Reception centre" = ośrodek recepcyjny.
checklist-step-protection-report-title = Report to the reception centre within 2 days
# What to do.
checklist-step-protection-report-what = After you apply for international protection (asylum), go to the reception centre within 2 days. For a first application this is the centre in Biała Podlaska.
# Why it matters.
checklist-step-protection-report-why = If you do not report within 2 days, your case is closed (the procedure is discontinued).
# Where to go.
checklist-step-protection-report-where = The reception centre in Biała Podlaska, run by the Office for Foreigners (Urząd do Spraw Cudzoziemców, UdSC). The Border Guard tells you the address when you apply.
# What to bring. TZTC = temporary foreigner's identity certificate.
checklist-step-protection-report-bring = Your temporary identity certificate (TZTC, tymczasowe zaświadczenie tożsamości cudzoziemca). The Border Guard gives it to you and keeps your passport. Bring the family members who are in your application.

## Step: protection-work (only for international protection applicants)

# Step title.
checklist-step-protection-work-title = Work after 6 months without a decision
# What to do.
checklist-step-protection-work-what = A decision on your asylum case is due within 6 months. It can be extended to 15 months. If there is no decision after 6 months, and it is not your fault, ask the Office for Foreigners for a certificate (zaświadczenie).
# Why it matters.
checklist-step-protection-work-why = This certificate, together with your TZTC, lets you work legally until the final decision.
# Where to go.
checklist-step-protection-work-where = Office for Foreigners (Urząd do Spraw Cudzoziemców), ul. Taborowa 33, Warsaw.
# What to bring.
checklist-step-protection-work-bring = Your TZTC and the date of your application. Ask a legal aid organisation to check your case first.

## Step: address-registration (zameldowanie)

# Step title. "Zameldowanie" is the official Polish word.
checklist-step-address-registration-title = Register your address (zameldowanie)
# What to do.
checklist-step-address-registration-what = If you stay at one address for more than 30 days, register it at the municipal office. This is called zameldowanie. Do it no later than the 4th day at that address.
# Why it matters.
checklist-step-address-registration-why = It is required by law. With the registration you usually get a PESEL number too. Many offices and services ask for it.
# Where to go.
checklist-step-address-registration-where = The municipal office (urząd gminy). In Warsaw: the office of your district (urząd dzielnicy).
# What to bring.
checklist-step-address-registration-bring = Your passport or other identity document and your visa or permit. The office may ask for a paper about the flat (for example a rental contract): check with the office.

## Step: pesel

# Step title. PESEL = Polish personal identification number.
checklist-step-pesel-title = Get a PESEL number
# What to do.
checklist-step-pesel-what = PESEL is your personal number in Poland. You get it when you register an address for more than 30 days. Without registration, you can ask for it at the municipal office. Say why you need it (your legal basis). It is free.
# Why it matters.
checklist-step-pesel-why = You need PESEL for Profil Zaufany, for many online services, and often at the bank, the doctor and work.
# Where to go.
checklist-step-pesel-where = Any municipal office (urząd gminy). In Warsaw: a district office (urząd dzielnicy).
# What to bring.
checklist-step-pesel-bring = Your passport or other identity document, and a paper that shows why you need PESEL (for example a work contract or a letter from an office).

## Step: profil-zaufany

# Step title. Profil Zaufany = "trusted profile", a free Polish e-signature for state services.
checklist-step-profil-zaufany-title = Set up Profil Zaufany
# What to do.
checklist-step-profil-zaufany-what = Profil Zaufany (trusted profile) is a free online ID for Polish state services. You can sign applications with it. You need a PESEL first. It is valid for 3 years.
# Why it matters.
checklist-step-profil-zaufany-why = Many applications are online only. Residence applications in the MOS system are signed with Profil Zaufany. The order is: PESEL, then Profil Zaufany, then your application before your legal stay ends.
# Where to go.
checklist-step-profil-zaufany-where = Set it up online and confirm it through your online bank, or confirm it in person at a confirmation point. The official source below explains how.
# What to bring.
checklist-step-profil-zaufany-bring = Your PESEL, your identity document, an e-mail address and a Polish phone number.

## Step: bank-account

# Step title.
checklist-step-bank-account-title = Open a bank account
# What to do.
checklist-step-bank-account-what = Open an account at a Polish bank. You need it for your salary, rent and online services.
# Why it matters. Refusals are reported, not certain: keep the careful wording.
checklist-step-bank-account-why = Some banks have refused accounts to Belarusians or blocked their mobile banking. This was reported in 2025 and 2026. If a bank says no, try another bank and ask a support organisation for help.
# Where to go.
checklist-step-bank-account-where = A bank branch. Ask friends or a support organisation which banks open accounts for Belarusians now.
# What to bring.
checklist-step-bank-account-bring = Your passport, your visa or permit, PESEL if you have it, and your address in Poland.

## Step: health-insurance

# Step title. ZUS = social insurance office, NFZ = national health fund.
checklist-step-health-insurance-title = Get health insurance (NFZ)
# What to do.
checklist-step-health-insurance-what = If you work on a contract, your employer must register you with ZUS (social insurance, Zakład Ubezpieczeń Społecznych) within 7 days. This gives you NFZ health insurance (Narodowy Fundusz Zdrowia, the public health fund). Without a job, you can pay for voluntary NFZ insurance.
# Why it matters.
checklist-step-health-insurance-why = With NFZ insurance, public doctors and hospitals are free for you. Asylum applicants get health care like insured Poles.
# Where to go.
checklist-step-health-insurance-where = Ask your employer to confirm your ZUS registration. For voluntary insurance: the NFZ branch of your region.
# What to bring.
checklist-step-health-insurance-bring = Your passport, your visa or permit, and PESEL if you have it. Check with NFZ which papers they need.

## Step: work (humanitarian visa, temporary residence, visa-free or other)

# Step title.
checklist-step-work-title = Start working legally
# What to do. "Oświadczenie" = statement on entrusting work.
checklist-step-work-what = With a humanitarian visa you can work without a work permit. This is also true with the temporary residence permit for Belarusians. In other cases, an employer can file a statement (oświadczenie o powierzeniu wykonywania pracy) for citizens of Belarus, for up to 24 months.
# Why it matters. The details under the new act are not confirmed: keep "check".
checklist-step-work-why = Work without the right papers can cost you your stay. Since 1 June 2025 a new law requires a written contract. Some details of the new law are not confirmed: check with the labour office or a legal aid organisation.
# Where to go.
checklist-step-work-where = Your employer files the statement online. The district labour office (powiatowy urząd pracy) answers questions.
# What to bring.
checklist-step-work-bring = Your passport with the visa or permit. Always get a written contract and keep a copy.

## Step: school (only with children)

# Step title.
checklist-step-school-title = Enrol your children in school or kindergarten
# What to do.
checklist-step-school-what = School is compulsory from 7 to 18 years of age. This does not depend on your status. Public schools are free. Children aged 6 do one year of preschool (kindergarten). Foreign children get extra free Polish lessons.
# Why it matters. The number of lessons is uncertain: keep "check".
checklist-step-school-why = School helps children learn Polish, make friends and feel safe again. The extra Polish lessons are at least 2 a week by the rules we know: check the current rules with the school.
# Where to go.
checklist-step-school-where = The public school or kindergarten near your home. If you do not know which one, ask your district office (urząd dzielnicy).
# What to bring.
checklist-step-school-bring = The child's passport or birth certificate, your address in Poland, and old school reports if you have them (a translation helps).

## Step: polish-course

# Step title.
checklist-step-polish-course-title = Join a free Polish course
# What to do.
checklist-step-polish-course-what = Find a free Polish course. Non-governmental organisations run them. For example, Fundacja Ocalenie runs courses in Warsaw.
# Why it matters.
checklist-step-polish-course-why = Polish helps at offices, at work, at the doctor and with neighbours. Even a little helps a lot.
# Where to go.
checklist-step-polish-course-where = Fundacja Ocalenie in Warsaw, or ask your support organisation about courses near you.
# What to bring.
checklist-step-polish-course-bring = Usually nothing. Some courses ask you to sign up first.

## Step: psychological-support

# Step title.
checklist-step-psychological-support-title = Get psychological support
# What to do.
checklist-step-psychological-support-what = Moving in a hurry is hard. Stress, bad sleep and fear are normal reactions. You can talk to a psychologist. Some organisations offer help in Belarusian and Russian, for example the Humanosh Foundation and the Partyzanka network.
# Why it matters.
checklist-step-psychological-support-why = Help early makes everything else easier. Asking for help is not weakness.
# Where to go.
checklist-step-psychological-support-where = Ask the organisation that runs this site, or a Belarusian support organisation. If you are in danger right now, call 112.

## Step: support-organisations

# Step title.
checklist-step-support-organisations-title = Find support organisations
# What to do.
checklist-step-support-organisations-what = Organisations help Belarusians in Poland with legal aid, housing, school, work and paperwork. Examples: the Center for Belarusian Solidarity in Warsaw, the Humanosh Foundation, the Partyzanka network, BySol (Belarus Solidarity Foundation), Dissidentby and Politzek.me.
# Why it matters.
checklist-step-support-organisations-why = They know the offices and the rules, and they can go with you. Some give a mentor to a family for about a month.
# Where to go.
checklist-step-support-organisations-where = Start with the organisation that runs this site: its contact is on the home screen. Check the other organisations' own official pages.
# What to bring.
checklist-step-support-organisations-bring = Your documents, and a short list of what you need most.
