# Everything only the organisation area (org.html) shows: the desk (opening,
# reading and exporting files, the hand-over in person), the site check and
# the translation preview. The newcomer app never loads this file.

# Desk: heading of the part that reads the QR codes shown on a newcomer's phone.
desk-scan-heading = Hand-over in person
# Desk: what to do with the phone.
desk-scan-help = The person presses “Show at the desk” on their phone. First compare the key fingerprint on their phone with yours, then hold the phone in front of the camera.
# Desk button: open the camera and read the codes.
desk-scan-start = Scan from a phone
# Desk button: stop the camera.
desk-scan-stop = Stop the camera
# Desk: the camera is on, no code read yet.
desk-scan-waiting = Looking for codes…
# Desk: progress. $received (number): codes read; $count (number): all codes.
desk-scan-progress = Codes read: { $received } of { $count }
# Desk error: no camera, or the camera was not allowed.
desk-scan-no-camera = No camera could be opened. Allow the camera for this page, or choose photos or screenshots of the codes below.
# Desk: label of the picker for photos or screenshots of the codes.
desk-scan-photos-label = Photos or screenshots of the codes
# Desk error: no QR code in the chosen pictures.
desk-scan-no-code = No code was found in the chosen pictures. Choose sharp pictures that show each whole code.
# Desk error: a QR code that is not from Waymark.
desk-scan-not-ours = This is not a { -brand-name } code. Scan the codes the person shows with “Show at the desk”.
# Desk error: codes made by a newer version.
desk-scan-newer = These codes were made by a newer version of { -brand-name }. Update this site to read them.
# Desk error: a code was read wrongly.
desk-scan-damaged = A code was not read correctly. Keep the phone still; the codes come round again.
# Desk error: a code of another export while one is being read.
desk-scan-other-export = This code belongs to another export. Scan one phone at a time, or press “Scan from a phone” again to start over.
# Desk error: all codes were read but they do not make one file.
desk-scan-mismatch = The codes did not fit together. Reading starts again; keep showing the codes.
# Desk: name in the results for an export read from QR codes.
desk-scanned-name = Scanned codes

## The organisation area: site check and translation preview

# Advice under one finding of the site check. $fix (text): how to fix it (in English).
org-check-fix-line = How to fix: { $fix }
# Heading of the part of the organisation screen that checks this site's files.
org-check-heading = Check this site
# Text under that heading. Keep the file names as they are.
org-check-intro = The app reads this site's files (config/org.toml, the content files and the language files) and lists every mistake with the file, the line and how to fix it. Details are in English.
# Shown while the files are being checked.
org-check-loading = Checking the site's files…
# Summary of the site check, one line. $errors (number): how many mistakes;
# $warnings (number): how many warnings. Each number has its own plural.
org-check-summary =
    { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } · { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
# One mistake of the site check that must be fixed. $place: the file and line (config/org.toml:12); $message: what is wrong, in English.
org-check-finding-error = Error: { $place } — { $message }
# One piece of advice of the site check that does not break the site. $place, $message: as above.
org-check-finding-warning = Warning: { $place } — { $message }
# Heading of the translation preview.
org-preview-heading = See your translation
# Text under that heading. Keep "?pseudo=accented" and "?pseudo=bidi" as they are.
org-preview-intro = Type a number to see how the current language writes it. To find text that is not translated yet, add ?pseudo=accented (or ?pseudo=bidi for right-to-left) to the end of the site's address.
# Label of the number field in the translation preview.
org-preview-count-label = Number of steps
# Link in the organisation area's menu, back to the newcomer app.
org-back-to-app = Back to the app

## The desk: opening, reading and exporting files (organisation area only)

# One key's fingerprint on the desk, one sentence. $fingerprint (text): the code, e.g. CA7D-A704-213A-A045.
desk-fingerprint-line = Key fingerprint: { $fingerprint }
# Heading of the desk screen, used by organisation staff to open exports.
desk-heading = Organisation desk
# Note at the top of the desk.
desk-offline-note = Everything here happens in this browser. Nothing is sent anywhere.
# Heading of the part that makes a new key pair.
desk-generate-heading = Make a key pair
# Explanation under desk-generate-heading.
desk-generate-help = The secret key opens exports. Save it, back it up and never share it. Put the public key into config/org.toml.
# Button that makes a new key pair.
desk-generate-button = Make key pair
# Label before the new public key (age1…).
desk-public-key = Public key (for config/org.toml)
# Button: save the secret key file.
desk-download-identity = Download secret key file
# Heading of the part where staff load their secret key file.
desk-load-identity-heading = Load your secret key file
# Explanation under desk-load-identity-heading.
desk-load-identity-help = Used for this session only, never saved. Close the tab to forget it.
# How many secret keys are loaded. $count (number): number of keys.
desk-keys-loaded =
    { $count ->
        [one] { $count } key loaded
       *[other] { $count } keys loaded
    }
# Heading of the part where staff open export files.
desk-open-heading = Open exports
# Explanation under desk-open-heading.
desk-open-help = Choose one or more .age files, or paste a file that was sent as text.
# Label of the text box for a pasted export.
desk-paste-label = Pasted text
# Button that opens the chosen or pasted exports.
desk-open-button = Open
# How many exports are open. $count (number): number of exports.
desk-exports-opened =
    { $count ->
        [one] { $count } export open
       *[other] { $count } exports open
    }
# Button: download all open exports as a table (CSV).
desk-download-csv = Download table (CSV)
# Button: download all open exports as JSON for another system.
desk-download-json = Download data (JSON)
# Error about a secret key file, one sentence. $file (text): the file's name;
# $problem (text): what is wrong, a full sentence of its own.
desk-key-file-problem = { $file }: { $problem }
# The same when the line is known. $line (number): the line in the file.
desk-key-file-problem-line = { $file }, line { $line }: { $problem }
# Label of the part that shows the line to paste into config/org.toml.
desk-config-line = Put this into config/org.toml:
# Label of the box that shows the new secret key file once.
desk-secret-shown-once = Secret key file (shown only now; it was also downloaded)
# Shown when a download from the desk did not work.
desk-download-failed = The download did not work. Check the browser's download settings.
# Shown when the browser could not give the randomness a new key needs (very rare).
desk-generate-failed = The browser could not make a random key. Reload the page and try again.
# Label of the file picker for the secret key file.
desk-identity-file-label = Secret key file
# Button: forget the loaded secret keys.
desk-forget-keys = Forget loaded keys
# Label of the file picker for export files.
desk-files-label = Export files (.age)
# Per-file error: the browser could not read the chosen file.
desk-read-failed = The file could not be read.
# Name shown in the results for text that was pasted instead of a file.
desk-pasted-name = Pasted text
# Heading of the list of per-file results.
desk-results-heading = Results
# Per-file result: the export opened. $number (number): its number in the list below.
desk-result-opened = Opened as export { $number }.
# One line of the per-file results. $file (text): the file's name; $result (text):
# what happened to it, a full sentence ("Opened as export 2." or why not).
desk-file-result = { $file }: { $result }
# Button: print the opened exports.
desk-print = Print
# Button: close all opened exports (they are forgotten).
desk-close-all = Close all exports
# Label of the filter by department need.
desk-filter-need = Need
# Filter option: show every export.
desk-filter-all = All needs
# Label of the sort order choice.
desk-sort-label = Order
# Sort option: people in danger or with urgent health needs first.
desk-sort-urgent = Most urgent first
# Sort option: newest exports first.
desk-sort-newest = Newest first
# Sort option: oldest exports first.
desk-sort-oldest = Oldest first
# Checkbox: show only urgent exports.
desk-urgent-only = Only urgent
# How many exports the filter shows. $shown and $count (numbers).
desk-showing = Showing { $shown } of { $count }.
# Badge on an export whose author said they are in danger now.
desk-urgent-in-danger = In danger now
# Badge on an export whose legal stay ends within 30 days of the export, or who has no valid document.
desk-urgent-legal-stay = Legal stay ends soon or no document
# Badge on an export with an urgent health need.
desk-urgent-health-urgent = Urgent health need
# Badge on an export that needs psychological help now.
desk-urgent-psych-now = Needs psychological help now
# Heading of one opened export. $number (number): its number; $date (text): the date it was made.
desk-export-title = Export { $number }, made { $date }
# The language the newcomer used (free text is in this language).
# $language (text): that language's own name, e.g. "Беларуская".
desk-export-language-line = Written in: { $language }
# The export was made with another version of the questions. $version (text): that version.
desk-other-content-version = Made with another version of the questions ({ $version }). Some answers may be shown by their id.
# Heading above the answers of one export.
desk-answers-heading = Answers
# Shown when an export has no answers.
desk-no-answers = No answers.
# Heading above the checklist steps of one export.
desk-checklist-heading = Checklist
# Shown when an export has no checklist steps.
desk-no-steps = No steps marked.

## The desk: answering an export with a sealed plan (steps for the person's own checklist)

# Button on an opened export that carries the person's reply key: opens the plan form.
desk-plan-write = Write a plan
# Heading of the plan form under one export.
desk-plan-heading = Plan for this person
# Under that heading: who can open the plan and how to hand it over.
desk-plan-intro = Only this person's phone can open the plan. Hand it over the way you received their export: as a file, as text in a message, or in person at the desk. Their app cannot check that a plan comes from you (anyone who has seen their export could make one): tell them to expect it, and how it will reach them.
# Label of the field for the organisation's name in the plan.
desk-plan-org-label = Organisation name
# Help under that field.
desk-plan-org-help = The person sees this name above the steps. Use the same name every time: a later plan with the same name adds to this one.
# Hint above the steps (also read with each title field): the step's title is what makes a later plan change that step on the person's phone.
desk-plan-steps-help = To change a step you sent before, write its title as before: on the person's phone that step gets the new date, place, what to bring and note, and keeps the status and note the person gave it. A new title is a new step.
# Legend of one step in the form. $number (number): its position.
desk-plan-step-legend = Step { $number }
# Label of a step's title field.
desk-plan-title-label = Title
# Label of a step's date field: the day by which the person should have done the step.
desk-plan-due-label = Do it by (optional)
# Label of a step's place field.
desk-plan-where-label = Where (optional)
# Label of the field for what the person should bring.
desk-plan-bring-label = What to bring (optional)
# Label of a step's note field.
desk-plan-note-label = Note (optional)
# Button: add an empty step at the end.
desk-plan-add-step = Add step
# Button: remove one step. $number (number): its position.
desk-plan-remove-step = Remove step { $number }
# Shown when the form has as many steps as a plan may have. $max (number): that limit.
desk-plan-steps-max = A plan can have at most { $max } steps.
# Heading of the preview.
desk-plan-preview-heading = Preview: as the person will see it
# Preview while no step has a title.
desk-plan-preview-empty = Steps appear here once they have a title.
# Preview: label before a step's date.
desk-plan-preview-due = Do it by
# Preview: label before a step's place.
desk-plan-preview-where = Where
# Preview: label before what to bring.
desk-plan-preview-bring = What to bring
# Preview: label before a step's note.
desk-plan-preview-note = Note
# Button: seal the plan for this person.
desk-plan-seal = Seal plan
# Button: close the plan form (what was typed is forgotten).
desk-plan-close = Close plan
# Shown once the plan is sealed.
desk-plan-sealed = The plan is sealed. Download it or copy it as text, then give it to the person.
# After sealing: what the person does with the plan, in the names their app shows (the menu item, the checklist part and its button, from app.ftl and checklist.ftl).
desk-plan-next = On the person's phone: { nav-checklist } → “{ checklist-plan-import-heading }” → choose the file, or paste the text and press “{ checklist-plan-add }”.
# Button: save the sealed plan as a file.
desk-plan-download = Download plan
# Button: copy the sealed plan as text.
desk-plan-copy = Copy plan as text
# After the download. $file (text): the file's name.
desk-plan-downloaded = Saved as { $file }. Give this file to the person, then delete it from this computer.
# After copying.
desk-plan-copied = Copied. Paste it into a message to the person.
# When the browser refused to copy: the text is shown below.
desk-plan-copy-failed = Copying did not work. Select all the text below, copy it and paste it into a message to the person.
# Label of the box with the sealed plan as text.
desk-plan-copy-fallback-label = The sealed plan as text
# After "Seal plan" when fields have problems.
desk-plan-not-sealed = The plan was not sealed. Fix the marked fields and press “Seal plan” again.
# Field problem: the organisation's name is empty.
desk-plan-error-org-missing = Write your organisation's name.
# Field problem: the name is too long. $max (number): the limit.
desk-plan-error-org-too-long = A name may have at most { $max } characters.
# Problem: the plan has no steps.
desk-plan-error-no-steps = Add at least one step.
# Problem: too many steps. $max (number): the limit.
desk-plan-error-too-many-steps = A plan may have at most { $max } steps.
# Field problem: a step has no title.
desk-plan-error-title-missing = Give each step a title.
# Field problem: a title is too long. $max (number): the limit.
desk-plan-error-title-too-long = A title may have at most { $max } characters.
# Under a title that an earlier step of the same plan already has. $number (number): that earlier step.
desk-plan-error-title-duplicate = Step { $number } has the same title. Give each step its own title.
# Field problem: a date outside the allowed years. $from, $to (numbers): the first and last year.
desk-plan-error-due = Choose a date between { $from } and { $to }, or leave the date empty.
# Field problem: where, what to bring or the note is too long. $max (number): the limit.
desk-plan-error-text-too-long = This field may have at most { $max } characters.
# The plan breaks a rule the form did not catch (rare).
desk-plan-error-invalid = The plan was not sealed: a field breaks a rule of the plan format. Check every field and try again.
# The export's reply key is damaged.
desk-plan-error-recipient = This export's reply key is damaged, so no plan can be sealed for it. Ask the person to make a new export.
# The browser gave no randomness (very rare).
desk-plan-error-random = The browser could not make the random numbers sealing needs. Reload the page and try again.
# Result line of an export chosen before any secret key was loaded: it is kept
# and opened as soon as a key is.
desk-result-waiting = Waiting for your secret key file. It opens as soon as the key is loaded.
# Under "Load your secret key file" while exports wait for a key. $count (number): how many.
desk-waiting-for-key =
    { $count ->
        [one] { $count } export is waiting for the key. It opens as soon as the key is loaded.
       *[other] { $count } exports are waiting for the key. They open as soon as the key is loaded.
    }
# Above the results of exports that were chosen before the key and opened once it was loaded.
desk-results-after-key = Chosen before the key, opened now that it is loaded:
# Summary of the folded part that makes a new key pair (done once, when the organisation sets up).
desk-setup-summary = Set up: make a key pair (once, for the organisation)
# Warning at the top of the key-pair part.
desk-setup-warning = For setting up only, not for opening exports. To open exports, load the secret key file you already have.
# Name of the group of quick date buttons next to a step's date field.
desk-plan-due-quick-label = Date from today
# Button: set the step's date to 3 days from today.
desk-plan-due-in-3-days = In 3 days
# Button: set the step's date to 7 days from today.
desk-plan-due-in-a-week = In a week
# Button: set the step's date to 14 days from today.
desk-plan-due-in-2-weeks = In 2 weeks
# The chosen date written out under the date field, so a swapped day and month
# show at once. $weekday (text): mon, tue, wed, thu, fri, sat or sun; $date
# (text): the date in words, e.g. "10 December 2026".
desk-plan-due-words =
    { $weekday ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }, { $date }
