### Waymark: the app shell. Header, navigation, the quick-exit button,
### screen headings, settings, the language switcher, messages about the
### organisation's configuration.
###
### English is the reference: every other language translates these
### messages. Write for a stressed newcomer on a phone: short sentences,
### plain words. See docs/translating.md.

## Page frame

# The product's name, as a term: every message that names the app uses
# { -brand-name }, so it is written in one place per language. Keep "Waymark"
# (a product name, not translated) unless your language normally writes names
# in another script. A site that renames the app changes this line in every
# language (see docs/translating.md, "The app's name").
-brand-name = Waymark
# The app's name in the header, shown only when the site's config/org.toml
# has no organisation name (normally the header shows the organisation's name).
app-name = { -brand-name }
# Link at the very top of the page, seen only by keyboard and screen-reader
# users. It jumps over the menu to the main text of the screen.
app-skip-link = Skip to main content
# Shown while the app or a screen is still loading.
app-loading = Loading…
# Shown when something unexpected breaks. Saved data is not lost. The button
# below it is `app-error-reload`.
app-error-generic = Something went wrong. Your saved data is still here. Reload the page to try again.
# Button under `app-error-generic`; it reloads the page.
app-error-reload = Reload page
# How many steps there are, e.g. "5 steps" in the checklist progress.
# $count (number): the number of steps. Give one form for each plural
# category of your language (see docs/translating.md).
app-steps-count =
    { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }

## Navigation (the menu at the top or bottom of every screen)

# Name of the menu, read aloud by screen readers.
nav-label = Main menu
# Menu item: the list of things to do after arriving.
nav-checklist = Checklist
# Menu item: the questions the newcomer answers for the organisation.
nav-intake = My answers
# Menu item: sending the answers to the organisation as a sealed file.
nav-send = Send to organisation
# Menu item: passphrase, language, delete everything.
nav-settings = Settings
# Menu item for staff of the organisation that runs this site (not for newcomers).
nav-org = For organisations
# The always-visible button that hides the app at once and opens a neutral
# page (for example when someone takes the phone). Keep it short: 1–3 words.
# The .title is the tooltip shown when pointing at the button.
nav-quick-exit = Leave quickly
    .title = Closes this app at once and opens a neutral page.
# Small text next to the quick-exit button: the keyboard shortcut.
# "Shift" is the name of the key on the keyboard; keep it as is.
nav-quick-exit-hint = Shortcut: press Shift three times

## Screen headings

# Heading of the settings screen.
screen-settings-heading = Settings
# Heading of the screen for the organisation's staff.
screen-org-heading = For organisations

# Calm notice after the app updated itself in the background (new version
# from the organisation's site). Nothing the newcomer saved is lost.
app-updated = This app was updated. Everything you saved is still here.

## Language switcher

# Label of the drop-down list of languages. The languages themselves are
# always shown in their own names ("Polski", "Українська"), not translated.
lang-switcher-label = Language

## What the app cannot promise (shown in settings and before sending)

# Heading of the short list of limits below.
app-limits-heading = What this app cannot promise
# First limit: the browser remembers which sites were opened.
app-limits-history = Your browser's history shows that this site was visited. If someone may look at this phone, delete the browsing history.
# Second limit: the exported file.
app-limits-export = A file you export is only as safe as the place you send it to. Send it only to the organisation.
# Third limit: Safari on iPhone, iPad and Mac. Keep "Safari" and "7 days".
app-limits-safari = Safari (on iPhone, iPad and Mac) may delete saved data after 7 days without a visit. Open this site at least once a week, or send your answers before then.

## The organisation's configuration

# Calm message for newcomers when the organisation's settings file is missing
# or broken. The checklist still works; they should tell the organisation.
config-problem = This site's settings have a problem. The checklist still works. Tell the organisation that gave you this link.
# Banner on every screen when the site runs with the demo settings.
# "NOT" is in capitals on purpose: it must not be missed.
config-demo-warning = Demo organisation: files you send are NOT private
# Second line of the demo banner.
config-demo-detail = This site is only for trying the app. Do not enter real information.
# Heading of the list of mistakes in the organisation's files (staff only).
config-errors-heading = Configuration problems
# Shown instead of the list when there are no mistakes.
config-errors-none = No problems found.

## For organisations: the site check and the translation preview (#/org)

# Text on the "For organisations" screen of the newcomer app, above the link
# to the organisation area (a separate page of the same site).
org-link-intro = This part is for the staff of the organisation that runs this site: check the site's settings, make keys, and open the files people send. It works offline too.
# The link that opens the organisation area.
org-link-open = Open the organisation area
