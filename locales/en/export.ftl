### Waymark: the sealed export (newcomer side) and the organisation desk.
###
### English is the reference. Newcomer messages (export-…) are read by a
### stressed person on a phone: short sentences, plain words. Desk messages
### (desk-…) are read by organisation staff and volunteers.
### "Seal" means: lock the file so only the organisation can open it.

## Export screen (newcomer)

# Heading of the screen where the newcomer makes the file for the organisation.
export-heading = Send your answers to the organisation
# Heading above the list of answers that will go into the file.
export-summary-heading = What will be in the file
# Label before the organisation's name (the name itself comes from the site settings).
export-organisation = Organisation
# Label before the organisation's contact details (web, e-mail, phone, messenger).
export-contact = Contact
# Label before a short code like 7F3A-91C2-0B44-D1E0 that identifies the organisation's key.
export-fingerprint = Key fingerprint
# Explanation under the key fingerprint.
export-fingerprint-help = Compare this code with the organisation when you hand over the file. If it is different, do not send the file.
# Checkbox the newcomer must tick before the file is made.
# $organisation (text): the organisation's name.
export-consent = I agree to send these answers to { $organisation }. Only they can open the file.
# The same checkbox while the site uses the demo key (anyone can open the file).
# $organisation (text): the organisation's name.
export-consent-demo = I agree to send these answers to { $organisation }. This is a demo: anyone can open the file.
# Button: save the sealed file on the phone.
export-download = Download file
# Button: open the phone's share menu (messenger, e-mail…) with the sealed file.
export-share = Share
# Button: copy the sealed file as text, to paste into a messenger.
export-copy-text = Copy as text
# Button: show the sealed file as a sequence of QR codes for the organisation's camera, in person.
export-show-codes = Show at the desk
# Hint above the QR codes.
export-codes-brightness = Turn the screen brightness up and hold the phone still in front of the organisation's camera. Nothing is saved or sent.
# Which QR code is shown. $index (number): this code; $count (number): all codes.
export-codes-position = Code { $index } of { $count }
# Button: show the previous QR code (stops the automatic change).
export-codes-previous = Previous
# Button: stop the automatic change of QR codes.
export-codes-pause = Pause
# Button: start the automatic change of QR codes again.
export-codes-play = Play
# Button: show the next QR code (stops the automatic change).
export-codes-next = Next
# Button: hide the QR codes.
export-codes-close = Stop showing
# Error: the file is too large for QR codes.
export-codes-too-large = Your answers are too long to show as codes. Use “Download file” instead.
# Error: the QR codes could not be made.
export-codes-failed = The codes could not be made. Reload the page and try again, or use “Download file”.
# Short confirmation after "Copy as text" worked.
export-copied = Copied. Paste it into a chat with the organisation.
# Warning on the export screen when the site runs with the demo settings.
export-demo-warning = This is a demo. Anyone can open this file. Do not send real answers.
# Shown instead of the buttons when the site's key settings are broken.
export-config-broken = Sending is switched off because this site's settings have a problem. Please tell the organisation. Your answers stay on this phone.
# Shown when the answers are too long to fit in one file.
export-seal-too-large = Your answers are too long for one file. Please shorten the longest text answers.
# Shown when making the file failed for an unknown reason.
export-seal-failed = The file could not be made. Please try again.

## Organisation desk: headings and buttons


## Desk: why an export did not open

# Desk error: the file is bigger than any export can be.
# $size and $max (numbers): sizes in kilobytes.
export-open-too-large = This file is too big to be an export ({ $size } KB; the limit is { $max } KB).
# Desk error: the chosen file is not an age file at all (e.g. a photo).
export-open-not-age = This is not a file with answers. Choose the file the person sent you (it ends in .age).
# Desk error: pasted text export (BEGIN AGE ENCRYPTED FILE) is broken, e.g. a messenger changed it.
export-open-armor = The pasted text is damaged or incomplete. Ask for the file again, or as a file instead of text.
# Desk error: the start (header) of the file is damaged.
export-open-header = The file is damaged. Ask for it again.
# Desk error: the header check code does not match, so someone or something changed the file.
export-open-hmac = The file was changed after it was sealed. Do not trust it; ask for it again.
# Desk error: the loaded secret keys do not fit this file.
export-open-no-match = None of the loaded keys can open this file. It may be sealed for another organisation or an older key.
# Desk error: the file lists far more keys than any real export (an export has one per organisation key), so the desk refused it without trying the loaded keys.
# $max (number): the largest number of keys an export may have.
export-open-too-many-keys = This file was not opened: it is addressed to more than { $max } keys, and a real export is addressed only to your organisation's few keys. It is not an export, or it was changed. Ask the sender to send the export again.
# Desk error: the file was encrypted with a password (age -p), which the desk does not accept.
export-open-passphrase = This file is locked with a passphrase, not with the organisation's key. The desk cannot open it.
# Desk error: the encrypted content is damaged or incomplete; nothing of it is shown.
export-open-payload = The file is damaged or cut off. Nothing from it is shown. Ask for it again.
# Desk error: the user tried to open an export before loading a key file.
export-open-no-identities = Load your secret key file first.
# Desk error: the file decrypted, but it is some other data, not a Waymark export.
export-open-not-waymark = The file opened, but it is not a { -brand-name } export.
# Desk error: the export was made by a newer version of Waymark.
# $version (number): the export's format version.
export-open-newer-version = This export uses a newer format (version { $version }). Update the site to read it.
# Desk error: the export decrypted but required fields are missing or of the wrong type.
export-open-invalid = The file opened, but parts of the export are missing or wrong.

## Desk: problems with a secret key file

# Key-file error on the desk: the file has only comments or is empty.
export-identity-no-keys = No secret key was found. A secret key line starts with AGE-SECRET-KEY-1.
# Key-file error on the desk: someone loaded the public key instead of the secret key.
export-identity-public-key = This is a public key (age1…). The desk needs the SECRET key file.
# Key-file error on the desk: a post-quantum key, not supported.
export-identity-post-quantum = Post-quantum keys (AGE-SECRET-KEY-PQ-…) are not supported yet.
# Key-file error on the desk: a hardware/plugin key, not supported.
export-identity-plugin = Plugin keys (for example YubiKey) cannot be used in the browser.
# Key-file error on the desk: an SSH key, not supported.
export-identity-ssh = SSH keys are not supported. Use an age key file.
# Key-file error on the desk: the key file itself is password-encrypted. Keep the command as is.
export-identity-encrypted = This key file is locked with a passphrase. Decrypt it first with: age -d key.age > key.txt
# Key-file error on the desk: a line that is neither a comment nor a key.
export-identity-not-a-key = This line is not a secret key.
# Key-file error on the desk: the key has a typo or is cut off.
export-identity-bad-checksum = The secret key has a typo or was cut off. Load the original file.
# Key-file error on the desk: the key has wrong characters or length.
export-identity-malformed = The secret key is damaged.
# Key-file error on the desk: the chosen file is far too big to be a key file.
export-identity-too-large = This file is too big to be a key file.

## Site check: problems with a public key in config/org.toml

# Site check (#/org): an empty entry in recipients.
export-recipient-empty = A public key is empty.
# Site check (#/org): a secret key was pasted into the public config. Serious: keep the urgency.
export-recipient-secret-key = DANGER: a SECRET key was put where the public key belongs. Everyone can see it. Make a new key pair now and never use the old one.
# Site check (#/org): an SSH key was used as a recipient.
export-recipient-ssh = SSH keys are not supported. Use an age public key (age1…).
# Site check (#/org): a post-quantum recipient, not supported.
export-recipient-post-quantum = Post-quantum keys (age1pq…) are not supported yet.
# Site check (#/org): a hardware tag recipient, not supported.
export-recipient-tag = Hardware tag keys (age1tag…) are not supported.
# Site check (#/org): a plugin recipient (age1<plugin>1…), not supported.
# $plugin (text): the plugin's name, e.g. "yubikey".
export-recipient-plugin = Plugin keys ({ $plugin }) cannot be used in the browser.
# Site check (#/org): the entry does not start with age1.
export-recipient-not-age = This is not an age public key. It must start with age1.
# Site check (#/org): characters that cannot be in a key.
export-recipient-malformed = The public key contains characters that cannot be in a key. Copy it again.
# Site check (#/org): typo or cut-off key.
export-recipient-bad-checksum = The public key has a typo or was cut off. Copy it again; do not type it.
# Site check (#/org): key of the wrong length.
export-recipient-wrong-length = The public key has the wrong length. Copy it again.

## Export screen: summary, hand-over and results

# Shown while the site settings or the questions are still loading.
export-loading = Loading…
# Shown when the question list (content/intake.toml) could not be loaded or has a mistake.
export-form-unavailable = The questions could not be loaded, so the file cannot be made now. Check your internet connection and open this page again. Your answers stay on this phone.
# Heading above the newcomer's answers in the summary.
export-answers-heading = Your answers
# Shown in the summary when no question has been answered yet.
export-no-answers = You have not answered any questions yet. The file will contain only your checklist.
# Heading above the checklist steps in the summary.
export-checklist-heading = Checklist steps
# Shown in the summary when no checklist step is marked.
export-no-steps = No step is marked yet.
# Under the summary: personal notes on checklist steps are never put in the file.
export-notes-not-sent = Your personal notes on the checklist are not sent.
# Below the summary, when the answers are saved with a passphrase. The file then holds a key (the "reply key") to which the organisation can seal a plan.
export-reply-note = The file also lets your organisation answer with a plan of next steps that only this app, unlocked with your passphrase, can open.
# Heading of the part with the organisation's name, contact and key fingerprint.
export-recipient-heading = Who can open the file
# Line with the organisation's website. $value (text): it, as written in the settings.
export-contact-web-line = Website: { $value }
# Line with the organisation's e-mail address. $value (text): it, as written in the settings.
export-contact-email-line = E-mail: { $value }
# Line with the organisation's phone number. $value (text): it, as written in the settings.
export-contact-phone-line = Phone: { $value }
# Line with the organisation's messenger handle. $value (text): it, as written in the settings.
export-contact-messenger-line = Messenger: { $value }
# Heading of the part with the consent box and the buttons.
export-send-heading = Make and send the file
# Shown under the consent box while it is not ticked (the buttons are disabled).
export-consent-first = Tick the box above to make the file.
# Confirmation after the file was saved. $file (text): the file name.
export-downloaded = The file { $file } was saved on this phone (usually in "Downloads"). Send it to the organisation, then delete it from the phone.
# Confirmation after the share menu finished.
export-shared = The file was handed to the app you chose. Check there that it was really sent.
# Shown after the file was saved, shared or copied: what happens next. $org: the organisation's name.
export-what-next = What now: if you have not sent it yet, send it to { $org } using a contact above. They will contact you in the way you chose in your answers.
# Shown when saving the file did not work.
export-download-failed = The file could not be saved. Try "Copy as text" instead.
# Shown when the share menu did not work.
export-share-failed = Sharing did not work. Use "Download file" or "Copy as text" instead.
# Shown when copying to the clipboard did not work; the text is shown below it.
export-copy-failed = Copying did not work. Select all the text below, copy it and paste it into a chat with the organisation.
# Label of the box with the sealed file as text (only when copying did not work).
export-copy-fallback-label = The sealed file as text

## Desk: keys, opening and reading

