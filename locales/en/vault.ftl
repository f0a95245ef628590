### Waymark: the vault. Everything about locking the newcomer's answers on
### the phone with a passphrase: setting it up, unlocking, saving, locking,
### changing the passphrase, deleting everything, and every problem that can
### happen with the saved data.
###
### English is the reference. Write for a stressed person on a phone who may
### fear that the phone will be searched: short sentences, plain words, never
### blame the reader. "Passphrase" = the secret words that lock the answers;
### use one word for it everywhere in your language.

## Setting up (the first time something is saved)

# Heading of the screen that asks for a new passphrase. It appears the first
# time the newcomer saves something.
vault-setup-heading = Lock your answers with a passphrase
# First paragraph of the setup screen.
vault-setup-intro = Your answers stay only on this phone, locked. Nobody can read them without the passphrase.
# The warning on the setup screen, shown before anything is saved. It must
# be impossible to misunderstand: there is no way to recover a passphrase.
vault-setup-warning = If you forget the passphrase, your saved answers are gone forever. Nobody can open them: not this website, not the organisation. Remember it, or write it down and keep it away from this phone.
# Advice under the warning on how to choose a passphrase.
vault-setup-tip = Use four or more ordinary words that do not belong together, with spaces. Long is better than complicated.
# Checkbox the newcomer must tick before saving.
vault-setup-understand = I understand: if I forget the passphrase, my answers are lost.
# Button that creates the lock and saves.
vault-setup-submit = Lock and save
# Shown while the lock is being created (it takes a few seconds).
vault-setup-working = Locking your answers… This can take a few seconds.
# Button to go back without saving.
vault-setup-cancel = Not now

## Passphrase fields

# Label of the passphrase field (setup and unlock).
vault-passphrase-label = Passphrase
# Label of the second field, where the same passphrase is typed again.
vault-passphrase-repeat-label = Type the passphrase again
# Toggle button that shows the typed passphrase as text.
vault-passphrase-show = Show passphrase
# Toggle button that hides it again.
vault-passphrase-hide = Hide passphrase
# Error under the second field when the two passphrases differ.
vault-passphrase-mismatch = The two passphrases are different. Type them again.

## Strength hint (shown under the passphrase field while typing)

# Nothing typed yet.
# $min (number): the minimum number of characters (8).
vault-strength-empty =
    { $min ->
        [one] Use at least { $min } character. Longer is better.
       *[other] Use at least { $min } characters. Longer is better.
    }
# Fewer than the minimum; the passphrase cannot be used yet.
# $min (number): the minimum number of characters (8).
vault-strength-too-short =
    { $min ->
        [one] Too short. Use at least { $min } character.
       *[other] Too short. Use at least { $min } characters.
    }
# Long enough to use, but easy to guess.
vault-strength-weak = Weak. Add another word or two.
# Reasonably good.
vault-strength-fair = Good. One more word makes it strong.
# Long and varied.
vault-strength-strong = Strong.

## Save state (small text near the top of every screen with answers)

# Everything typed so far is saved and locked.
vault-state-saved = Saved and locked on this phone. Open on this screen until you lock it.
# A save is in progress (shown only if it takes noticeably long).
vault-state-saving = Saving…
# Shown before anything has been saved: answers exist only on the screen.
vault-state-not-yet = Not saved yet: if you close the page, your answers are gone. You choose a passphrase when you save.

## Unlocking

# Heading of the unlock screen.
vault-unlock-heading = Unlock your answers
# Text of the unlock screen.
vault-unlock-intro = Your answers on this phone are locked. Type your passphrase to open them.
# Button that unlocks.
vault-unlock-submit = Unlock
# Shown while unlocking (it takes a few seconds).
vault-unlock-working = Unlocking… This can take a few seconds.
# Link under the unlock button.
vault-unlock-forgot = I forgot my passphrase
# Shown after tapping `vault-unlock-forgot`.
vault-unlock-forgot-detail = Nobody can recover a passphrase. If you cannot remember it, you can delete everything and start again. The checklist still works without your old answers.

## Locking

# Button that locks right away (on every screen with answers).
vault-lock-now = Lock now
# Shown after locking.
vault-locked-notice = Locked. Your answers are hidden until you type the passphrase.

## Auto-lock setting (settings screen)

# Label of the setting.
vault-autolock-label = Lock automatically
# Explanation under the setting.
vault-autolock-help = The app locks itself when you do not use it, so someone who picks up your phone cannot read your answers.
# One choice of the setting: lock after some minutes without use.
# $minutes (number): how many minutes.
vault-autolock-minutes =
    { $minutes ->
        [one] After { $minutes } minute without use
       *[other] After { $minutes } minutes without use
    }
# Choice of the setting: lock as soon as the newcomer switches to another app
# or tab.
vault-autolock-hidden = As soon as I switch to another app

## Changing the passphrase (settings screen)

# Heading of the form.
vault-change-heading = Change passphrase
# Field: the passphrase used now.
vault-change-current-label = Current passphrase
# Field: the new passphrase.
vault-change-new-label = New passphrase
# Field: the new passphrase again.
vault-change-repeat-label = Type the new passphrase again
# Button.
vault-change-submit = Change passphrase
# Shown while changing (takes a few seconds).
vault-change-working = Changing the passphrase… This can take a few seconds.
# Shown when done.
vault-change-done = Done. From now on, use the new passphrase.

## Deleting everything (settings screen)

# Heading and the first button.
vault-delete-heading = Delete everything
# Explanation before confirming.
vault-delete-explain = This deletes all your answers, notes and settings from this app on this phone. It cannot be undone. Files you downloaded (the file with your answers, the calendar file, saved locked data) and dates you added to your calendar stay: delete them yourself. Files you have already sent are not affected.
# The word the newcomer must type to confirm. Translate it: a short, common
# word meaning "delete" in capital letters. The app compares what is typed
# with this word (ignoring letter case and spaces at the ends).
vault-delete-confirm-word = DELETE
# Label of the confirmation field.
# $word (string): the word from `vault-delete-confirm-word`.
vault-delete-confirm-label = To confirm, type { $word }
# Final button. It only works after the word was typed.
vault-delete-submit = Delete everything now
# Button that goes back without deleting.
vault-delete-cancel = Keep my answers
# Shown after deleting.
vault-delete-done = Your answers, notes and settings are deleted from this app. Downloaded files are still on the phone: delete them yourself.

## Problems with the saved data

# Unlock was tried but nothing is saved on this phone.
vault-error-no-vault = Nothing is saved on this phone.
# A new lock was about to be created but answers are already saved.
vault-error-already-exists = There are already saved answers on this phone. Unlock them, or delete everything first.
# The passphrase does not open the answers. Do not blame the reader.
vault-error-wrong-passphrase = This passphrase does not open your answers. Check the keyboard language and capital letters, and try again.
# A new passphrase is too short.
# $min (number): the minimum number of characters (8).
vault-error-passphrase-too-short =
    { $min ->
        [one] This passphrase is too short. Use at least { $min } character.
       *[other] This passphrase is too short. Use at least { $min } characters.
    }
# The lock itself (the stored key) is damaged. Below it: the button
# `vault-damaged-save-file`.
vault-error-damaged-key = The lock of your saved answers is damaged, so they cannot be opened on this phone. Nothing was changed.
# The stored lock asks for unusual settings, which can mean it was changed by
# someone. The app refused to open it, so the phone does not freeze.
vault-error-damaged-work-factor = The saved lock has settings this app does not accept, so it was not opened. Someone may have changed it. Nothing was changed.
# The saved answers themselves are damaged and no good copy is left.
vault-error-damaged-data = Your saved answers are damaged and cannot be opened. Nothing was changed.
# After opening: the latest save was damaged, the one before it opened.
vault-damaged-older-opened = Your latest save was damaged, so the save before it was opened. Your most recent changes may be missing. The damaged copy is kept.
# After opening: the newest save opened, but an older copy is damaged.
vault-damaged-other-kept = Your answers opened, but an older saved copy is damaged. The damaged copy is kept.
# Button: download the stored, still-locked data as a file.
vault-damaged-save-file = Save the locked data as a file
# Explanation next to `vault-damaged-save-file`.
vault-damaged-save-file-help = The file stays locked with your passphrase. Keep it in a safe place in case it can be repaired later.
# Button: the newcomer does not need the damaged copy any more; later saves
# may overwrite it.
vault-damaged-discard = I don't need the damaged copy
# The phone's storage for this website is full; the change was not saved.
vault-error-storage-full = Not saved: the storage on this phone is full. Your last save is safe. Free some space (for example, delete old photos or other website data), then the app will save again.
# The browser does not allow saving (private mode or blocked storage).
vault-error-storage-unavailable = This browser does not let the app save anything, for example in private mode. You can read everything, but your answers will not be kept when you close the page.
# The browser deleted the key but locked data is still there.
vault-error-evicted-key = The browser deleted the lock of your saved answers. They can never be opened again. You can delete what is left and start again.
# The browser deleted the saved answers.
vault-error-evicted-data = Your saved answers are gone: the browser deleted them. This can happen on iPhone after 7 days without opening the app, or when the phone is short of space.
# Saved by a newer version of the app; this version does not touch them.
vault-error-newer-version = Your answers were saved by a newer version of { -brand-name }. This version cannot open them and will not change them. Reload the page to get the newer version.
# Another tab of the same browser saved answers. Below it: `vault-reload`.
vault-error-conflicting-writer = Your answers were changed in another tab. Reload to continue.
# Changing the passphrase was refused because a damaged copy of the answers is
# still kept (the change would have to write over it). The buttons named are
# `vault-damaged-save-file` and `vault-damaged-discard`.
vault-error-damaged-copy-kept = The passphrase was not changed: a damaged copy of your answers is still kept on this phone. First choose "{ vault-damaged-save-file }" or "{ vault-damaged-discard }", then change the passphrase.
# The phone could not lock (encrypt) the answers.
vault-error-encryption-failed = Not saved: this phone could not lock your answers. Try again. If it keeps happening, update your browser.
# Unlocking or creating the lock failed because the phone ran out of memory
# (the lock needs about 128 MB for a moment).
vault-error-out-of-memory = The phone did not have enough free memory to unlock. Close other apps and tabs, then try again.
# Button that reloads the page.
vault-reload = Reload

## Quick exit and limits (help text shown in settings and at setup; the
## general limits are app-limits-* in app.ftl)

# Explains the "Leave quickly" button (`nav-quick-exit` in app.ftl).
vault-quick-exit-explain = The "Leave quickly" button (or pressing Shift three times) locks your answers, clears the screen and opens an ordinary website. Going back does not show your answers. Answers you have not yet saved with a passphrase are gone.
# One more limit, shown with app-limits-* (app.ftl): an unlocked phone and spy apps.
vault-limits-unlocked = While your answers are unlocked, anyone holding your phone can read them. Spy apps on the phone can see what you type.

## Added with the browser vault (issue 4)

# Button in the save-state line after the newcomer chose "Not now" in the
# setup dialog: opens the dialog again.
vault-setup-open = Choose a passphrase and save
# Error in the setup dialog when "Lock and save" is pressed before ticking
# the box `vault-setup-understand`.
vault-setup-understand-required = Tick the box to confirm that you understand.
# The part of the app that does the slow locking work could not start (for
# example the page was only half loaded).
vault-error-worker-failed = The lock could not start in this browser. Reload the page and try again.
# Last choice of the auto-lock setting: never lock by itself.
vault-autolock-never = Never (not safe if someone else may use this phone)
# Heading of the first section of the settings screen: the state of the
# newcomer's saved answers.
vault-status-heading = Your saved answers
# Settings, under `vault-status-heading`, while the answers are locked.
vault-status-locked = Your answers are saved on this phone and locked.
# Settings, under `vault-status-heading`, while the answers are open.
vault-status-unlocked = Your answers are open now. Lock them before you give the phone to anyone.
# Error under the delete confirmation field when the typed word is not
# `vault-delete-confirm-word`.
vault-delete-confirm-mismatch = The word is not right. Type it exactly as shown, then press the button again.
# Notice after unlocking answers that an older version of the app saved
# (format 1, which has no check against changes by someone else). They are
# moved to the safer format at once, so a newcomer sees this once; seeing it
# again means someone put an old copy back.
vault-opened-old-format = These answers were saved by an older version of this app, which could not check whether someone else changed them. They are now stored the safer way. Check that they are what you entered. If you have seen this message before, someone may have put back an old copy: do not trust these answers.
# Button that closes `vault-opened-old-format`.
vault-opened-old-format-ok = OK
