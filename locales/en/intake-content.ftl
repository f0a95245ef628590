# Intake form content: section headings, questions, hints and choices.
# The questions themselves are defined in content/intake.toml; every id here
# follows a fixed rule (see docs/content-intake.md):
#   intake-section-<section>        section heading
#   intake-section-<section>-intro  paragraph under the heading
#   intake-q-<question>             the question
#   intake-q-<question>-hint        small text under the question
#   intake-opt-<question>-<choice>  one answer option
# Readers are newcomers under stress, often on a small phone: short
# sentences, plain words, no legal jargon without an explanation.

## Consent

# Heading of the first intake screen (consent boxes).
intake-section-consent = Your consent
# Paragraph under the consent heading.
intake-section-consent-intro = Before we start, please choose what we may do with your answers. Each box is a separate choice. You can change your mind later.
# Yes/no question. Without "yes" the organisation cannot help, so the form stops here.
intake-q-consent-processing = May this organisation use your answers to help you?
# Hint under the question above.
intake-q-consent-processing-hint = Only the organisation's staff and volunteers will read them. Without this we cannot help you through this form.
# Optional yes/no question.
intake-q-consent-share-partners = May we pass your answers to partner organisations when they can help you better?
# Hint under the question above.
intake-q-consent-share-partners-hint = For example a legal clinic or a housing project. If you say no, we keep your answers to ourselves.
# Optional yes/no question. "Sensitive" data under GDPR art. 9: health, violence, persecution.
intake-q-consent-sensitive = May we also ask about your health and about violence you have experienced?
# Hint under the question above.
intake-q-consent-sensitive-hint = These are optional questions. We use the answers only to find the right help. If you say no, we do not ask them.

## Contact

# Heading of the contact section.
intake-section-contact = How can we reach you?
# Paragraph under the contact heading.
intake-section-contact-intro = We will contact you only in the way you choose here.
# Short text question.
intake-q-name = What should we call you?
# Hint under the question above.
intake-q-name-hint = Your first name or any name you like. It does not have to be your full or real name.
# Single choice question: how the organisation should contact the person.
intake-q-contact-channel = How should we contact you?
# Choice of the question above.
intake-opt-contact-channel-phone = Phone call or SMS
# Choice: the messenger app Signal (brand name, do not translate).
intake-opt-contact-channel-signal = Signal
# Choice: the messenger app Telegram (brand name, do not translate).
intake-opt-contact-channel-telegram = Telegram
# Choice: the messenger app WhatsApp (brand name, do not translate).
intake-opt-contact-channel-whatsapp = WhatsApp
# Choice of the contact channel question.
intake-opt-contact-channel-email = E-mail
# Phone number question (shown for phone, Signal and WhatsApp).
intake-q-contact-phone = Your phone number
# Hint under the question above.
intake-q-contact-phone-hint = With the country code, for example +48 123 456 789.
# Short text question (shown when Telegram is chosen).
intake-q-contact-telegram = Your Telegram username or phone number
# Hint under the question above.
intake-q-contact-telegram-hint = For example @name. Make sure people outside your contacts can write to you.
# E-mail address question.
intake-q-contact-email = Your e-mail address
# Multiple choice question.
intake-q-safe-times = When is it safe to contact you?
# Hint under the question above.
intake-q-safe-times-hint = Choose all that fit.
# Choice of the question above.
intake-opt-safe-times-morning = Morning (8–12)
# Choice of the question above.
intake-opt-safe-times-afternoon = Afternoon (12–17)
# Choice of the question above.
intake-opt-safe-times-evening = Evening (17–21)
# Choice of the question above.
intake-opt-safe-times-weekend = At the weekend
# Choice of the question above.
intake-opt-safe-times-any-time = Any time
# Yes/no question.
intake-q-leave-message = If you do not answer, may we leave a message?
# Hint under the question above.
intake-q-leave-message-hint = Say no if someone else may see or hear your messages.
# Multiple choice question.
intake-q-languages = In which languages can we talk with you?
# Choice: the Belarusian language.
intake-opt-languages-belarusian = Belarusian
# Choice: the Russian language.
intake-opt-languages-russian = Russian
# Choice: the Ukrainian language.
intake-opt-languages-ukrainian = Ukrainian
# Choice: the Polish language.
intake-opt-languages-polish = Polish
# Choice: the English language.
intake-opt-languages-english = English
# Choice: another language.
intake-opt-languages-other = Another language
# Single choice question.
intake-q-helper-gender = Would you prefer to talk with a woman or a man?
# Choice of the question above.
intake-opt-helper-gender-no-preference = It does not matter
# Choice of the question above.
intake-opt-helper-gender-woman = A woman
# Choice of the question above.
intake-opt-helper-gender-man = A man

## Location

# Heading of the location section.
intake-section-location = Where are you?
# Single choice question.
intake-q-city = In which city are you staying?
# Choice: the city Warsaw (Warszawa).
intake-opt-city-warsaw = Warsaw
# Choice: the city Kraków.
intake-opt-city-krakow = Kraków
# Choice: the city Wrocław.
intake-opt-city-wroclaw = Wrocław
# Choice: the city Gdańsk.
intake-opt-city-gdansk = Gdańsk
# Choice: the city Łódź.
intake-opt-city-lodz = Łódź
# Choice: the city Poznań.
intake-opt-city-poznan = Poznań
# Choice: the city Lublin.
intake-opt-city-lublin = Lublin
# Choice: the city Białystok.
intake-opt-city-bialystok = Białystok
# Choice: a city not in the list.
intake-opt-city-other = Another place in Poland
# Choice: the person has not arrived in Poland yet.
intake-opt-city-not-in-poland = I am not in Poland yet
# Short text question (shown for "another place").
intake-q-city-other = Which place?
# Single choice question, only for people not in Poland yet.
intake-q-arrival-plan = When do you plan to come to Poland?
# Hint under the question above. "Humanitarian visa" refers to the choice of the legal help question: keep the same words.
intake-q-arrival-plan-hint = If you need a visa to come, also choose legal help and "Humanitarian visa" later in this form.
# Choice of the question above.
intake-opt-arrival-plan-within-2-weeks = Within 2 weeks
# Choice of the question above.
intake-opt-arrival-plan-within-3-months = Within 3 months
# Choice of the question above.
intake-opt-arrival-plan-later = Later
# Choice of the question above.
intake-opt-arrival-plan-not-sure = I do not know yet
# Date question.
intake-q-arrival-date = When did you arrive in Poland?
# Hint under the question above.
intake-q-arrival-date-hint = An approximate date is fine.

## Legal status

# Heading of the legal status section.
intake-section-status = Your documents
# Paragraph under the heading. Reassures that no document numbers are asked.
intake-section-status-intro = We do not ask for passport or document numbers. We only need to know which kind of stay you have.
# Single choice question.
intake-q-legal-status = On what basis are you in Poland now?
# Choice: Polish national D visa issued for humanitarian reasons.
intake-opt-legal-status-humanitarian-visa = Humanitarian visa (national visa D)
# Choice of the question above.
intake-opt-legal-status-other-visa = Another visa (work, study, other)
# Choice: staying without a visa (e.g. biometric passport, visa-free days).
intake-opt-legal-status-visa-free = Visa-free stay
# Choice: applied for a residence permit and waits for the decision (passport stamp or, since 27 April 2026, a certificate in the MOS system).
intake-opt-legal-status-residence-application-pending = Residence permit applied for, waiting for the decision (stamp or MOS certificate)
# Choice: "karta pobytu" = residence card (Polish term kept).
intake-opt-legal-status-temporary-residence = Temporary residence permit (karta pobytu)
# Choice: has applied for international protection (asylum) and waits for a decision.
intake-opt-legal-status-asylum-applicant = I applied for international protection (asylum)
# Choice: refugee status or subsidiary protection granted.
intake-opt-legal-status-international-protection = I have refugee status or subsidiary protection
# Choice: temporary protection for people from Ukraine (PESEL UKR status).
intake-opt-legal-status-temporary-protection = Temporary protection for people from Ukraine (PESEL UKR)
# Choice of the question above.
intake-opt-legal-status-no-document = I have no valid document now
# Choice of the question above.
intake-opt-legal-status-not-sure = I am not sure
# Date question.
intake-q-document-expiry = Until when is this document or stay valid?
# Hint under the question above.
intake-q-document-expiry-hint = The last day of your legal stay. You must apply for the next document before this day.
# Single choice question about the passport or other travel document. Never ask for its number.
intake-q-travel-document-valid = Is your passport (or other travel document) still valid?
# Hint under the question above.
intake-q-travel-document-valid-hint = Do not write its number. Belarusian consulates abroad do not renew passports, so it helps to plan early.
# Choice of the question above.
intake-opt-travel-document-valid-valid = Yes, for more than 6 months
# Choice of the question above.
intake-opt-travel-document-valid-ends-within-6-months = It ends within 6 months
# Choice of the question above.
intake-opt-travel-document-valid-expired-or-none = It has ended, or I have none
# Choice of the question above.
intake-opt-travel-document-valid-not-sure = I am not sure
# Single choice question. Karta Polaka = Pole's Card, a Polish document for people of Polish origin (keep the Polish term).
intake-q-karta-polaka = Do you have a Karta Polaka (Pole's Card) or Polish roots?
# Choice of the question above.
intake-opt-karta-polaka-karta-polaka = I have a Karta Polaka
# Choice of the question above.
intake-opt-karta-polaka-polish-origin = I have Polish roots but no Karta Polaka
# Choice of the question above.
intake-opt-karta-polaka-neither = No
# Choice of the question above.
intake-opt-karta-polaka-not-sure = I am not sure
# Single choice question. PESEL = Polish personal identification number (keep the term).
intake-q-pesel = Do you have a PESEL number?
# Choice of the question above.
intake-opt-pesel-have = Yes
# Choice of the question above.
intake-opt-pesel-applied = I applied for it
# Choice of the question above.
intake-opt-pesel-not-yet = Not yet
# Choice of the question above.
intake-opt-pesel-not-sure = I do not know what this is

## Household

# Heading of the household section.
intake-section-household = Who is with you?
# Paragraph under the heading.
intake-section-household-intro = Tell us about the family members or other people who came with you and live with you. Do not include yourself.
# Repeat group: a list of people; the UI adds "add person" buttons.
intake-q-household = People with you
# Hint under the list above.
intake-q-household-hint = If you are alone, leave this empty.
# Single choice question inside each household member.
intake-q-member-relationship = Who is this person to you?
# Choice: husband, wife or partner.
intake-opt-member-relationship-partner = Husband, wife or partner
# Choice: son or daughter.
intake-opt-member-relationship-child = Son or daughter
# Choice: mother or father.
intake-opt-member-relationship-parent = Mother or father
# Choice: brother or sister.
intake-opt-member-relationship-sibling = Brother or sister
# Choice: grandmother or grandfather.
intake-opt-member-relationship-grandparent = Grandmother or grandfather
# Choice of the question above.
intake-opt-member-relationship-other-relative = Another relative
# Choice: not a relative (friend, other).
intake-opt-member-relationship-other = Not a relative
# Year question inside each household member.
intake-q-member-birth-year = Year of birth
# Single choice question inside each household member (not shown for partner, parent, grandparent).
intake-q-member-school = Does this person need a place at school or kindergarten?
# Choice of the question above.
intake-opt-member-school-school = School
# Choice: kindergarten or preschool (przedszkole).
intake-opt-member-school-kindergarten = Kindergarten
# Choice of the question above.
intake-opt-member-school-not-needed = No

## Specific needs

# Heading of the specific needs section.
intake-section-specific-needs = Special situations
# Paragraph under the heading.
intake-section-specific-needs-intro = Some people get help first. This helps us see who needs it most.
# Multiple choice question (about the person or anyone in the household).
intake-q-specific-needs = Does any of this apply to you or someone with you?
# Hint under the question above.
intake-q-specific-needs-hint = Choose all that fit.
# Choice: one parent alone with children.
intake-opt-specific-needs-single-parent = A parent raising children alone
# Choice: a child under 18 without parents or a guardian.
intake-opt-specific-needs-unaccompanied-child = A child under 18 without parents or a guardian
# Choice of the question above.
intake-opt-specific-needs-older-person-alone = An older person on their own
# Choice of the question above.
intake-opt-specific-needs-none = None of these
# Multiple choice question, shown only with consent to sensitive questions.
intake-q-specific-needs-sensitive = And does any of this apply to you or someone with you?
# Hint under the question above.
intake-q-specific-needs-sensitive-hint = Choose all that fit. You do not have to explain anything.
# Choice of the question above.
intake-opt-specific-needs-sensitive-disability = A disability
# Choice of the question above.
intake-opt-specific-needs-sensitive-serious-illness = A serious illness
# Choice of the question above.
intake-opt-specific-needs-sensitive-pregnancy = Pregnancy
# Choice: someone survived violence or torture. Keep it neutral; no details are asked.
intake-opt-specific-needs-sensitive-survivor-of-violence = Someone has experienced violence or torture

## Needs

# Heading of the needs section.
intake-section-needs = What help do you need?
# Paragraph under the heading.
intake-section-needs-intro = Our teams work on different topics. Choose what you need now; we will ask a few short questions for each.
# Multiple choice question.
intake-q-needs = Choose what you need help with
# Hint under the question above.
intake-q-needs-hint = Choose at least one.
# Choice: help from lawyers (documents, stay, asylum).
intake-opt-needs-legal = Legal help and documents
# Choice of the question above.
intake-opt-needs-housing = A place to live
# Choice: food, clothes and other things.
intake-opt-needs-supplies = Food, clothes and other things
# Choice: school, kindergarten, language courses.
intake-opt-needs-education = School and learning
# Choice of the question above.
intake-opt-needs-work = Work
# Choice of the question above.
intake-opt-needs-health = Health and doctors
# Choice of the question above.
intake-opt-needs-psychological = Someone to talk to (psychological support)
# Choice: opening or using a bank account.
intake-opt-needs-banking = Bank account
# Choice: money, financial support.
intake-opt-needs-financial = Money (financial support)
# Multiple choice question (shown for legal help).
intake-q-legal-topics = What is your legal question about?
# Choice: residence permit ("karta pobytu").
intake-opt-legal-topics-residence-permit = Residence permit (karta pobytu)
# Choice: international protection.
intake-opt-legal-topics-asylum = Asylum (international protection)
# Choice: PESEL number and address registration (zameldowanie).
intake-opt-legal-topics-pesel = PESEL and address registration
# Choice of the question above.
intake-opt-legal-topics-work-documents = Documents for work
# Choice: documents from the home country (e.g. certificates, expired passport).
intake-opt-legal-topics-documents-from-home = Documents from my home country
# Choice of the legal topics question: passport, Polish travel document for foreigners.
intake-opt-legal-topics-travel-document = Passport or Polish travel document
# Choice of the legal topics question. Keep the same words as in the hint about coming to Poland.
intake-opt-legal-topics-humanitarian-visa = Humanitarian visa
# Choice of the legal topics question.
intake-opt-legal-topics-family-reunification = Bringing my family to Poland
# Choice of the legal topics question: detention or a decision obliging to leave Poland.
intake-opt-legal-topics-detention-or-return = Detention or an order to leave Poland
# Choice of the question above.
intake-opt-legal-topics-other = Something else
# Single choice question (shown for housing help).
intake-q-housing-situation = Where are you sleeping now?
# Choice of the question above.
intake-opt-housing-situation-nowhere = I have nowhere to sleep
# Choice: a shelter, hostel or other temporary place.
intake-opt-housing-situation-shelter = In a shelter or hostel
# Choice of the question above.
intake-opt-housing-situation-friends = With friends or family
# Choice: renting a place but needs help (e.g. paying, contract).
intake-opt-housing-situation-renting-need-help = I rent a place, but I need help
# Choice of the question above.
intake-opt-housing-situation-other = Somewhere else
# Short text question, optional (shown for housing help).
intake-q-housing-address = Address where you stay now (optional)
# Hint under the question above.
intake-q-housing-address-hint = Only if you want us to bring help there. You can leave it empty.
# Multiple choice question (shown for supplies).
intake-q-supplies-items = What do you need?
# Choice of the question above.
intake-opt-supplies-items-food = Food
# Choice of the question above.
intake-opt-supplies-items-clothes = Clothes and shoes
# Choice of the question above.
intake-opt-supplies-items-hygiene = Hygiene products
# Choice: nappies, baby food and similar.
intake-opt-supplies-items-baby-items = Things for a baby
# Choice of the question above.
intake-opt-supplies-items-bedding = Bedding and blankets
# Choice of the question above.
intake-opt-supplies-items-other = Something else
# Multiple choice question (shown for education).
intake-q-education-needs = What help with learning do you need?
# Choice of the question above.
intake-opt-education-needs-school-place = A place at school
# Choice of the question above.
intake-opt-education-needs-kindergarten-place = A place at kindergarten
# Choice of the question above.
intake-opt-education-needs-polish-course = A Polish language course
# Choice: recognition of a diploma or school certificate.
intake-opt-education-needs-diploma-recognition = Recognition of a diploma
# Choice: studies at a university.
intake-opt-education-needs-higher-education = University studies
# Choice of the question above.
intake-opt-education-needs-other = Something else
# Multiple choice question (shown for work).
intake-q-work-help = What help with work do you need?
# Choice of the question above.
intake-opt-work-help-find-job = Finding a job
# Choice: writing a CV (résumé).
intake-opt-work-help-cv = Writing a CV
# Choice: problems with an employer, pay or contract.
intake-opt-work-help-rights-at-work = Problems at work (pay, contract)
# Choice of the question above.
intake-opt-work-help-work-documents = Documents that allow me to work
# Choice: starting one's own business (self-employment).
intake-opt-work-help-self-employment = Starting my own business
# Choice of the question above.
intake-opt-work-help-other = Something else
# Single choice question (shown for health, with consent). NFZ = Polish public health insurance (keep the term).
intake-q-health-insurance = Do you have health insurance in Poland?
# Choice: public insurance through NFZ (e.g. through work and ZUS).
intake-opt-health-insurance-nfz = Yes, public (NFZ)
# Choice of the question above.
intake-opt-health-insurance-private = Yes, private
# Choice of the question above.
intake-opt-health-insurance-none = No
# Choice of the question above.
intake-opt-health-insurance-not-sure = I do not know
# Yes/no question (shown for health, with consent).
intake-q-health-urgent = Do you or someone with you need a doctor in the next few days?
# Hint under the question above. 112 is the European emergency number.
intake-q-health-urgent-hint = In an emergency, call 112 now.
# Yes/no question (shown for health, with consent).
intake-q-health-medicines = Are you running out of medicines you must take regularly?
# Single choice question (shown for psychological support, with consent).
intake-q-psych-format = What kind of support would suit you?
# Choice of the question above.
intake-opt-psych-format-individual = Talking one to one
# Choice of the question above.
intake-opt-psych-format-group = A support group
# Choice of the question above.
intake-opt-psych-format-for-children = Support for a child
# Choice of the question above.
intake-opt-psych-format-any = Any of these
# Single choice question: how urgent the need for psychological help is.
intake-q-psych-urgency = How soon do you need to talk to someone?
# Choice of the question above.
intake-opt-psych-urgency-now = Now, it cannot wait
# Choice of the question above.
intake-opt-psych-urgency-within-weeks = In the next few weeks
# Choice of the question above.
intake-opt-psych-urgency-can-wait = It can wait
# Single choice question (shown for banking).
intake-q-banking-problem = What is the problem with the bank?
# Choice of the question above.
intake-opt-banking-problem-no-account = I do not have an account yet
# Choice of the question above.
intake-opt-banking-problem-account-refused = A bank refused to open an account
# Choice: account or mobile banking blocked.
intake-opt-banking-problem-account-blocked = My account or banking app was blocked
# Choice of the question above.
intake-opt-banking-problem-other = Something else

## Urgency

# Heading of the urgency section.
intake-section-urgency = How urgent is it?
# Yes/no question.
intake-q-in-danger = Are you in danger right now?
# Hint under the question above. 112 is the European emergency number.
intake-q-in-danger-hint = If your life or health is in danger, call 112 now. Nobody sees this form until you send the file with your answers, and even then not at once.
# Number question.
intake-q-shelter-nights = For how many more nights do you have a safe place to sleep?
# Hint under the question above.
intake-q-shelter-nights-hint = Write 0 if you have nowhere to sleep tonight.
# Error under the number question above when the number is not from 0 to 365. Variables: $min, $max (numbers).
intake-error-shelter-nights = Write a number of nights from { $min } to { $max }.

## Message

# Heading of the last section (free text).
intake-section-message = Anything else?
# Paragraph under the heading. Warns not to write down what happened (data minimisation).
intake-section-message-intro = Please do not describe here what happened to you or why you left. We will talk about it in person only if it is needed.
# Long text question.
intake-q-message = Is there anything else we should know to help you?
# Hint under the question above.
intake-q-message-hint = A few short sentences are enough.
