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
# Every fact is backed by a public page listed in content/checklist.toml.
# No message here has variables.

## Sections

# Section heading: residence status (visa, permit, asylum).
checklist-section-legal-status = Your legal stay
# Section heading: address registration, PESEL number, Profil Zaufany, passport.
checklist-section-documents = Address and documents
# Section heading: bank account and health insurance.
checklist-section-money-health = Money and health
# Section heading: work, school for children, Polish lessons.
checklist-section-work-learning = Work, school and language
# Section heading: psychological help, crisis lines, legal aid, support organisations.
checklist-section-support = Help and support

## Step: residence-permit (only for humanitarian visa holders)

# Step title. "Temporary residence permit" = zezwolenie na pobyt czasowy.
checklist-step-residence-permit-title = Apply for a temporary residence permit
# What to do. The permit after a humanitarian visa is given only once.
checklist-step-residence-permit-what = Your humanitarian visa can lead to a temporary residence permit (zezwolenie na pobyt czasowy) for Belarusian citizens. It is given once, for 3 years. There is no fee. Apply online in the MOS system. Do not wait for PESEL or Profil Zaufany: you can also sign with a qualified e-signature.
# Why it matters. Explains the hard limit (last day of legal stay) and formal defects.
checklist-step-residence-permit-why = You must apply no later than the last day of your legal stay, usually the day your visa ends. If you apply in time and fix any missing papers by the date the office gives you, your stay stays legal in Poland until the final decision. If you are late, you may have to leave. Travelling to Belarus may put the permit at risk: ask a lawyer before any trip.
# Where to go. MOS = the online system for residence applications.
checklist-step-residence-permit-where = Online in MOS (mos.cudzoziemcy.gov.pl), to the voivode of the place where you live. In Warsaw this is the Mazovian Voivode Office (Mazowiecki Urząd Wojewódzki). You must sign the application yourself: with Profil Zaufany or a qualified e-signature. Nobody else can sign it for you.
# What to bring.
checklist-step-residence-permit-bring = A scan of every page of your passport with the humanitarian visa, and a photo. The office may ask you to come in for fingerprints and to show the originals. Ask a legal-aid organisation if you are not sure what to attach.

## Step: residence-pending (application for a residence permit pending)

# Step title. MOS certificate = zaświadczenie from the MOS system.
checklist-step-residence-pending-title = Keep your proof of a pending application
# What to do.
checklist-step-residence-pending-what = You have applied for a residence permit and wait for the decision. Keep the proof: since 27 April 2026 it is a certificate (zaświadczenie) in your MOS account, not a stamp in the passport. Print it or keep it on your phone. Answer every letter from the office by the date it gives.
# Why it matters.
checklist-step-residence-pending-why = Your stay in Poland stays legal until the final decision only if the application was on time and any missing papers were added by the date the office gave. The certificate is your proof for employers, banks and the police. It is valid in Poland only: the old stamp did not allow travel to other Schengen countries, and for the certificate this is not confirmed. Ask the voivode office before any trip abroad.
# Where to go.
checklist-step-residence-pending-where = Your account in MOS (mos.cudzoziemcy.gov.pl). Questions: the voivode office that has your case; in Warsaw the Mazovian Voivode Office (Mazowiecki Urząd Wojewódzki).
# What to bring.
checklist-step-residence-pending-bring = The printed certificate or your old passport stamp, your passport, and every letter from the office.

## Step: after-permit (temporary residence permit holders)

# Step title.
checklist-step-after-permit-title = Plan your next permit before this one ends
# What to do. Karta Polaka = Pole's Card.
checklist-step-after-permit-what = The permit for Belarusians after a humanitarian visa is given only once. Before it ends, apply for your next permit: for example for work, for a business or for family. With a valid Karta Polaka you can apply for permanent residence at any time. After 5 years of work or business in Poland, the EU long-term residence permit may be possible.
# Why it matters.
checklist-step-after-permit-why = You must apply before your current permit ends. If you apply too late, you lose your legal stay. Choosing the right permit takes time: start at least 2 months before.
# Where to go.
checklist-step-after-permit-where = Online in MOS (mos.cudzoziemcy.gov.pl), to the voivode of the place where you live; in Warsaw the Mazovian Voivode Office. Check with a legal-aid organisation which permit fits you.
# What to bring.
checklist-step-after-permit-bring = Your karta pobytu, your passport, your work contract or business papers, and your Karta Polaka if you have one.

## Step: protection-apply (visa, visa-free or no document)

# Step title. International protection = refugee status or subsidiary protection.
checklist-step-protection-apply-title = If you need protection: apply for asylum
# What to do.
checklist-step-protection-apply-what = If it is not safe for you to go back to Belarus, you can apply for international protection (asylum). Tell the Border Guard (Straż Graniczna) that you want to apply. You can do it at any Border Guard unit in Poland, in person. You can include your family members in your application; they must come with you when you apply.
# Why it matters. The restriction at the Belarus border; exemption of Belarusians unconfirmed.
checklist-step-protection-apply-why = Since 27 March 2025 the right to apply is restricted at the border with Belarus. The restriction is renewed every 60 days. Some people are exempt, for example unaccompanied children, pregnant women and people at real risk of serious harm. Whether Belarusian citizens are exempt is not confirmed: ask a legal-aid organisation before you go to the border.
# Where to go.
checklist-step-protection-apply-where = A Border Guard unit inside Poland. In Warsaw: the Border Guard post (Placówka Straży Granicznej w Warszawie), ul. Taborowa 33. Talk to a legal-aid organisation first if you can.
# What to bring.
checklist-step-protection-apply-bring = Your passport and any documents about you and your family. The Border Guard keeps your passport and gives you a temporary identity certificate (TZTC).

## Step: protection-report (only for international protection applicants)

# Step title. "Reception centre" = ośrodek recepcyjny.
checklist-step-protection-report-title = Report to the reception centre within 2 days
# What to do. Two centres: the Border Guard names one.
checklist-step-protection-report-what = After you apply for international protection (asylum), go to the reception centre within 2 days. There are two: in Biała Podlaska and in Podkowa Leśna-Dębak. Go to the one the Border Guard names. You must go even if you do not need housing or money.
# Why it matters.
checklist-step-protection-report-why = If you do not report within 2 days, your case is closed (the procedure is discontinued).
# Where to go.
checklist-step-protection-report-where = The reception centre the Border Guard names: Biała Podlaska or Podkowa Leśna-Dębak (near Warsaw). They are run by the Office for Foreigners (Urząd do Spraw Cudzoziemców, UdSC).
# What to bring. TZTC = temporary foreigner's identity certificate.
checklist-step-protection-report-bring = Your temporary identity certificate (TZTC, tymczasowe zaświadczenie tożsamości cudzoziemca). Bring the family members who are in your application.

## Step: protection-duties (only for international protection applicants)

# Step title.
checklist-step-protection-duties-title = Know your duties while your asylum case runs
# What to do.
checklist-step-protection-duties-what = Stay in Poland until the final decision. Tell the Office for Foreigners every new address. Do not work in the first 6 months. Go to the interview and answer every letter on time. Give fingerprints and a photo when asked.
# Why it matters. Medical care: provided by the Office for Foreigners from registration at the reception centre, not NFZ.
checklist-step-protection-duties-why = If you move without telling the office, letters sent to your old address still count as delivered, and you can miss a deadline. Do not travel abroad, not even for a short time: ask a legal-aid organisation first. During the procedure the Office for Foreigners provides your medical care, from the day you register at the reception centre (if your life or health is in danger, from the day you apply). You do not need NFZ insurance for this care; if you are unsure, ask at the reception centre.
# Where to go.
checklist-step-protection-duties-where = Office for Foreigners (Urząd do Spraw Cudzoziemców), ul. Taborowa 33, Warsaw. Ask at the reception centre how to see a doctor.
# What to bring.
checklist-step-protection-duties-bring = Your TZTC and every letter from the Office for Foreigners.

## Step: protection-work (only for international protection applicants)

# Step title.
checklist-step-protection-work-title = Work after 6 months without a decision
# What to do.
checklist-step-protection-work-what = A decision on your asylum case is due within 6 months. It can be extended to 15 months. If there is no decision after 6 months, and it is not your fault, ask the Office for Foreigners for a certificate (zaświadczenie).
# Why it matters.
checklist-step-protection-work-why = This certificate, together with your TZTC, lets you work legally until the final decision. Ask the Office for Foreigners or a legal-aid organisation to confirm this for your case.
# Where to go.
checklist-step-protection-work-where = Office for Foreigners (Urząd do Spraw Cudzoziemców), ul. Taborowa 33, Warsaw.
# What to bring.
checklist-step-protection-work-bring = Your TZTC and the date of your application. Ask a legal-aid organisation to check your case first.

## Step: protection-documents (refugee status or subsidiary protection)

# Step title. Karta pobytu = residence card; genewski dokument podróży = Geneva (1951 Convention) travel document.
checklist-step-protection-documents-title = Get your karta pobytu and travel document
# What to do. Validity periods as given by the Office for Foreigners.
checklist-step-protection-documents-what = With refugee status you get a residence card (karta pobytu) valid for 3 years and a Geneva travel document (genewski dokument podróży) valid for 2 years. With subsidiary protection you get a karta pobytu valid for 2 years. Apply for them at the Office for Foreigners.
# Why it matters.
checklist-step-protection-documents-why = Your protection itself usually has no end date, but the documents do. The karta pobytu shows who you are and that you may stay in Poland: offices, employers and banks ask for it. Apply for a new one before the old one ends. With subsidiary protection there is no Geneva document: if you have no valid passport, see the step about your passport.
# Where to go.
checklist-step-protection-documents-where = Office for Foreigners (Urząd do Spraw Cudzoziemców), ul. Taborowa 33, Warsaw. The application forms are on its pages on gov.pl.
# What to bring.
checklist-step-protection-documents-bring = The decision on your protection and your identity documents. Check the list of attachments on the form, or ask the Office for Foreigners.

## Step: integration-programme (refugee status or subsidiary protection)

# Step title. Keep "60 days": it is the legal limit from the decision.
checklist-step-integration-programme-title = Apply for the integration programme within 60 days
# What to do. Indywidualny program integracji = individual integration programme.
checklist-step-integration-programme-what = With refugee status or subsidiary protection you can get help for up to 12 months in an individual integration programme (indywidualny program integracji): money for living costs and Polish lessons, your health insurance paid, and specialist advice. Apply within 60 days of the decision.
# Why it matters.
checklist-step-integration-programme-why = You have only 60 days from the decision to apply. Go as soon as you have the decision: you do not have to wait for the karta pobytu.
# Where to go. PCPR = district family support centre; in Warsaw it is WCPR.
checklist-step-integration-programme-where = The family support centre (powiatowe centrum pomocy rodzinie, PCPR) of the place where you live. In Warsaw: Warszawskie Centrum Pomocy Rodzinie (WCPR). Its staff help you fill in the application.
# What to bring.
checklist-step-integration-programme-bring = The decision of the Head of the Office for Foreigners, the Refugee Board or the voivode. Your karta pobytu and Geneva travel document, if you already have them.

## Step: temporary-protection-scope (temporary protection)

# Step title.
checklist-step-temporary-protection-scope-title = Check that temporary protection covers you
# What to do. Temporary protection = ochrona czasowa (for people displaced from Ukraine).
checklist-step-temporary-protection-scope-what = Temporary protection (ochrona czasowa) in Poland is for people who fled the war in Ukraine. If you are a Belarusian who lived in Ukraine and fled from there, it may cover you. If you came to Poland from Belarus, it does not: see the other steps about your legal stay, or ask a legal-aid organisation.
# Why it matters. End dates are not stated: they change.
checklist-step-temporary-protection-scope-why = Temporary protection is given for a limited time, and its rules change. Check with the Office for Foreigners or the voivode office that it covers you and until when, and plan another basis for your stay in time.
# Where to go.
checklist-step-temporary-protection-scope-where = Office for Foreigners (Urząd do Spraw Cudzoziemców) or the voivode office; in Warsaw the Mazovian Voivode Office (Mazowiecki Urząd Wojewódzki). A legal-aid organisation can check your case.
# What to bring.
checklist-step-temporary-protection-scope-bring = Your passport, your certificate of temporary protection if you have one, and papers that show you lived in Ukraine.

## Step: address-registration (zameldowanie)

# Step title. "Zameldowanie" is the official Polish word.
checklist-step-address-registration-title = Register your address (zameldowanie)
# What to do.
checklist-step-address-registration-what = If you stay in Poland for more than 30 days, register your address at the municipal office. This is called zameldowanie. Do it no later than the 4th day at that address. People from outside the EU cannot do it online.
# Why it matters.
checklist-step-address-registration-why = It is required by law. With the registration you usually get a PESEL number too. Many offices and services ask for it.
# Where to go.
checklist-step-address-registration-where = The municipal office (urząd gminy). In Warsaw: the office of your district (urząd dzielnicy).
# What to bring.
checklist-step-address-registration-bring = Your passport and your visa or permit, the registration form signed by the owner of the flat, and the rental contract if you have one.

## Step: pesel

# Step title. PESEL = Polish personal identification number.
checklist-step-pesel-title = Get a PESEL number
# What to do.
checklist-step-pesel-what = PESEL is your personal number in Poland. You get it when you register an address for more than 30 days. Without registration, you can ask for it at the municipal office. Write why you need it (your legal basis). It is free.
# Why it matters.
checklist-step-pesel-why = You need PESEL for Profil Zaufany, for many online services, and often at the bank, the doctor and work.
# Where to go.
checklist-step-pesel-where = The municipal office where you live or want to register. In Warsaw, if you cannot register and do not work: the Śródmieście district office, ul. Nowogrodzka 43.
# What to bring.
checklist-step-pesel-bring = Your passport or other identity document, and a paper that shows why you need PESEL (for example a work contract or a letter from an office).

## Step: profil-zaufany

# Step title. Profil Zaufany = "trusted profile", a free Polish e-signature for state services.
checklist-step-profil-zaufany-title = Set up Profil Zaufany
# What to do.
checklist-step-profil-zaufany-what = Profil Zaufany (trusted profile) is a free online ID for Polish state services. You can sign applications with it, also in MOS. You usually need a PESEL for it, and the profile must be extended after a few years: check both at the confirmation point or on pz.gov.pl.
# Why it matters. The order is advice; the residence deadline does not wait for it.
checklist-step-profil-zaufany-why = Many applications are online only. If you cannot get PESEL or Profil Zaufany in time for a residence application, do not wait: a qualified e-signature also works. Ask a support organisation.
# Where to go.
checklist-step-profil-zaufany-where = Set it up on pz.gov.pl and confirm it through your online bank, or confirm it in person at a confirmation point (for example some offices).
# What to bring.
checklist-step-profil-zaufany-bring = Your PESEL, your identity document, an e-mail address and a Polish phone number.

## Step: passport (everyone; also papers from Belarus and trips there)

# Step title.
checklist-step-passport-title = Check when your passport ends
# What to do. Polish travel document for foreigners = polski dokument podróży dla cudzoziemca.
checklist-step-passport-what = Belarusian embassies and consulates abroad do not issue or renew passports. If you have a residence permit in Poland, you may be able to get a Polish travel document for foreigners. For Belarusians it is free and valid for 1 year.
# Why it matters.
checklist-step-passport-why = You need a valid travel document for most offices and for any trip. The Polish travel document does not make your stay legal: you still need your visa or permit. In MOS you can attach another identity document if you cannot get a valid passport. Papers from Belarus (certificates, diplomas, property matters) can only be handled with a power of attorney signed in Belarus before a Belarusian notary. A trip to Belarus may put your stay or your asylum case at risk: ask a legal-aid organisation before any trip.
# Where to go.
checklist-step-passport-where = The voivode office where you live; in Warsaw the Mazovian Voivode Office (Mazowiecki Urząd Wojewódzki). A simpler procedure for Belarusians ran for a limited time: check with the voivode office which rules apply now.
# What to bring.
checklist-step-passport-bring = Your old passport (even if it has ended), your karta pobytu or decision, and photos. Ask the office for the current list.

## Step: bank-account

# Step title.
checklist-step-bank-account-title = Open a bank account
# What to do. Proof of legal stay is required because of EU sanctions rules.
checklist-step-bank-account-what = Open an account at a Polish bank. Bring proof of your legal stay: your visa, your karta pobytu, a decision, or the MOS certificate of a pending application.
# Why it matters. EU Regulation 2025/2041; PKO BP blocks since 11 December 2025.
checklist-step-bank-account-why = EU sanctions against Belarus give banks extra duties for Belarusian clients, and the EU extended these sanctions again in October 2025. So banks may ask you to prove that you live legally in the EU. Without such proof, a bank can block your app, cards and online banking: PKO BP did so from 11 December 2025. If your account is blocked, bring the proof to a branch. Which documents a bank accepts: check with that bank. If a bank refuses, try another bank and ask a support organisation for help.
# Where to go.
checklist-step-bank-account-where = A bank branch. Ask a support organisation which banks open accounts for Belarusians now.
# What to bring.
checklist-step-bank-account-bring = Your passport, proof of legal stay (visa, karta pobytu, decision or MOS certificate), PESEL if you have it, and your address in Poland.

## Step: health-insurance (not for asylum applicants)

# Step title. ZUS = social insurance office, NFZ = national health fund.
checklist-step-health-insurance-title = Get health insurance (NFZ)
# What to do.
checklist-step-health-insurance-what = If you work on a contract, your employer must register you with ZUS (social insurance, Zakład Ubezpieczeń Społecznych). This gives you NFZ health insurance (Narodowy Fundusz Zdrowia, the public health fund). Without such work, you may be able to sign a voluntary NFZ contract.
# Why it matters. Who may insure voluntarily depends on the document: keep "check".
checklist-step-health-insurance-why = With NFZ insurance, public doctors and hospitals are free for you. Voluntary insurance is open with some documents only, for example a temporary residence permit or refugee status, but not with every visa: check with NFZ before you pay anything.
# Where to go.
checklist-step-health-insurance-where = Ask your employer to confirm your ZUS registration. For voluntary insurance: the NFZ branch of your region; in Warsaw the Mazovian branch (Mazowiecki Oddział Wojewódzki NFZ). Then register the contract at ZUS.
# What to bring.
checklist-step-health-insurance-bring = Your passport, your visa, permit or decision, and PESEL if you have it. Check with NFZ which papers they need.

## Step: work (visas, visa-free, pending application, temporary residence)

# Step title.
checklist-step-work-title = Start working legally
# What to do. "Oświadczenie" = statement on entrusting work. Visa purposes 01 and 02 are codes of the official Polish list of visa purposes: keep the numbers.
checklist-step-work-what = For citizens of Belarus an employer can file a statement on entrusting work (oświadczenie o powierzeniu pracy) at the labour office. The list of countries is now Armenia, Belarus, Moldova and Ukraine. Many residence permits also allow work: check what your permit says. Since 1 June 2025 some visas do not allow work on a statement or a work permit, for example a visa issued by another Schengen country, a transit visa, a tourist visa (purpose 01) or a visa to visit family or friends (purpose 02). Check your visa with the labour office.
# Why it matters. Humanitarian-visa work exemption is unconfirmed under the new law.
checklist-step-work-why = Work without the right papers can cost you your stay. A new law on employing foreigners applies since 1 June 2025, with new rules from 1 December 2025. Whether a humanitarian visa alone still lets you work without a permit is not confirmed: check with the district labour office or a legal-aid organisation before you start.
# Where to go.
checklist-step-work-where = The district labour office (powiatowy urząd pracy) answers questions. Your employer files the statement online.
# What to bring.
checklist-step-work-bring = Your passport with the visa or permit. Always get a written contract and keep a copy.

## Step: school (only with children)

# Step title.
checklist-step-school-title = Enrol your children in school or kindergarten
# What to do. Oddział przygotowawczy = preparatory class.
checklist-step-school-what = School is compulsory from 7 to 18 years of age. This does not depend on your status. Public schools are free. Children aged 6 do one year of preschool. Some schools have a preparatory class (oddział przygotowawczy) for children who do not speak Polish yet.
# Why it matters. Extra Polish lessons: at least 2 a week, for a limited time.
checklist-step-school-why = School helps children learn Polish, make friends and feel safe again. Foreign children get free extra Polish lessons, at least 2 a week, for a limited time: ask the school how long. A preparatory class usually lasts one school year.
# Where to go.
checklist-step-school-where = The public school or kindergarten near your home. If you do not know which one, ask your district office (urząd dzielnicy).
# What to bring.
checklist-step-school-bring = The child's passport or birth certificate, your address in Poland, and old school reports if you have them (a translation helps).

## Step: polish-course

# Step title.
checklist-step-polish-course-title = Join a free Polish course
# What to do.
checklist-step-polish-course-what = Find a free Polish course. Non-governmental organisations run them. For example, Fundacja Ocalenie runs courses in Warsaw. With refugee status or subsidiary protection, the integration programme also pays towards Polish lessons (see that step).
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
checklist-step-psychological-support-where = Ask the organisation that runs this site, or a Belarusian support organisation. If you are in danger right now, call 112. In Warsaw, the city's crisis intervention centre (Warszawski Ośrodek Interwencji Kryzysowej) gives free psychological help to people in crisis, whatever their income.

## Step: crisis-lines

# Step title.
checklist-step-crisis-lines-title = Crisis phone lines
# What to do. Phone numbers: keep them exactly as written.
checklist-step-crisis-lines-what = If you feel you cannot cope, call 116 123: a free helpline for adults in emotional crisis, day and night. You can also write in the chat on 116sos.pl. Children and teenagers can call 116 111, free, day and night.
# Why it matters. Languages are not confirmed.
checklist-step-crisis-lines-why = You can talk to someone at once, without an appointment. The lines may speak only Polish: if that is hard, ask the organisation that runs this site for help in your language. If you cannot get through, call again or use the chat.
# Where to go.
checklist-step-crisis-lines-where = By phone or in the chat. If your life or someone else's life is in danger, call 112: it is free, works day and night, and also from a phone without a SIM card.

## Step: legal-aid

# Step title.
checklist-step-legal-aid-title = Get free legal advice
# What to do.
checklist-step-legal-aid-what = Legal-aid organisations give free advice on residence permits, asylum, travel documents and work. For example: Stowarzyszenie Interwencji Prawnej (Association for Legal Intervention), the Helsinki Foundation for Human Rights and Fundacja Ocalenie.
# Why it matters.
checklist-step-legal-aid-why = Rules change often, and a mistake can cost you your stay. Ask before a deadline, not after.
# Where to go.
checklist-step-legal-aid-where = Their offices in Warsaw or by phone and e-mail; check their own websites for current contacts. The organisation that runs this site can also help you choose.
# What to bring.
checklist-step-legal-aid-bring = Your documents, every letter from an office, and the dates that matter to you (when your visa or permit ends).

## Step: support-organisations

# Step title.
checklist-step-support-organisations-title = Find support organisations
# What to do.
checklist-step-support-organisations-what = Organisations help Belarusians in Poland with housing, school, work and paperwork. Examples: the Center for Belarusian Solidarity in Warsaw, the Humanosh Foundation, the Partyzanka network, BySol (Belarus Solidarity Foundation), Dissidentby and Politzek.me.
# Why it matters.
checklist-step-support-organisations-why = They know the offices and the rules, and they can go with you. Some give a mentor to a family for about a month.
# Where to go.
checklist-step-support-organisations-where = Start with the organisation that runs this site: its contact is on the home screen. Check the other organisations' own official pages. The Office for Foreigners (Urząd do Spraw Cudzoziemców) also publishes a list of organisations that help foreigners.
# What to bring.
checklist-step-support-organisations-bring = Your documents, and a short list of what you need most.
