# Checklist screen: headings, the "my situation" form, step details, states,
# dates, progress and the calendar export. Reference locale.
# Step texts themselves are in checklist-content.ftl.
# Variables named $date are dates already formatted for the reader's language.

## Screen

# Heading of the checklist screen.
checklist-heading = My checklist
# Short text under the heading.
checklist-intro = Steps for your first weeks in Poland. Mark what you have done. Once you save, everything stays on this phone, locked with your passphrase.
# Shown when the checklist content file cannot be loaded (a mistake by the organisation, not the user).
checklist-content-broken = The checklist cannot be shown because its content has a mistake. Please tell the organisation that runs this site.

## My situation form

# Heading of the form where the newcomer gives their dates and status.
checklist-situation-heading = My situation
# Hint under that heading.
checklist-situation-hint = All questions are optional. Your answers are used only to show your steps and dates. Once you save, they stay on this phone, locked with your passphrase.
# Label of the arrival date field.
checklist-situation-arrival = Date you arrived in Poland
# Label of the legal status choice.
checklist-situation-status = Your legal status now
# Legal status choice: national D visa for humanitarian reasons.
checklist-status-humanitarian-visa = Humanitarian visa
# Legal status choice: any other visa (work, study, Schengen …).
checklist-status-other-visa = Another visa (work, study, other)
# Legal status choice: stay without a visa.
checklist-status-visa-free = Visa-free stay
# Legal status choice: applied for a residence permit, decision pending. MOS = online system for residence applications.
checklist-status-residence-application-pending = Residence permit applied for, waiting for the decision (stamp or MOS certificate)
# Legal status choice: temporary residence permit (karta pobytu).
checklist-status-temporary-residence = Temporary residence permit (karta pobytu)
# Legal status choice: the person applied for asylum in Poland and waits for the decision.
checklist-status-asylum-applicant = I applied for international protection (asylum)
# Legal status choice: protection granted (refugee status or subsidiary protection).
checklist-status-international-protection = Refugee status or subsidiary protection
# Legal status choice: temporary protection for people who fled Ukraine.
checklist-status-temporary-protection = Temporary protection (people from Ukraine)
# Legal status choice: no valid document for the stay now.
checklist-status-no-document = No valid document now
# Legal status choice: the person does not know.
checklist-status-not-sure = I am not sure
# Label of the date the visa or permit ends.
checklist-situation-document-expiry = Date your visa or permit ends
# Label of the date of the asylum application.
checklist-situation-protection-applied = Date you applied for protection
# Label of the yes/no question about children.
checklist-situation-children = Are children with you?
# Choice: yes (children question).
checklist-situation-yes = Yes
# Choice: no (children question).
checklist-situation-no = No
# Choice: the question is left unanswered.
checklist-situation-not-answered = No answer
# Label of the city field.
checklist-situation-city = City where you live
# Example shown inside the empty city field.
checklist-situation-city-placeholder = for example Warszawa
# Button that saves the situation form.
checklist-situation-save = Save
# Link or button that opens the situation form from the checklist.
checklist-situation-edit = Change my situation

## Next steps and dates

# Heading of the list of steps to do next.
checklist-next-heading = Next steps
# Heading of the full list of steps.
checklist-all-heading = All steps
# Badge on a step whose date has passed.
checklist-overdue = Overdue
# Badge on a step due within 7 days.
checklist-due-soon = Due soon
# Badge on a step whose recommended date has passed while its last possible day is still ahead.
checklist-do-now = Do it now
# Date line of a step whose recommended date is today or later: one sentence.
# $date: the formatted date ("21 November 2026"); $days (number): whole days
# from today to that date (0 = today, 1 = tomorrow).
checklist-due-line =
    { $days ->
        [0] Do it by { $date } (today)
        [1] Do it by { $date } (tomorrow)
        [one] Do it by { $date } (in { $days } day)
       *[other] Do it by { $date } (in { $days } days)
    }
# Date line of a step whose recommended date has passed: one sentence.
# $date: the formatted date; $days (number): whole days since that date (1 or more).
checklist-due-line-late =
    { $days ->
        [one] Do it by { $date } ({ $days } day late)
       *[other] Do it by { $date } ({ $days } days late)
    }
# Date line of a step's hard legal limit, today or later: one sentence.
# $date: the formatted date; $days (number): whole days from today to that date
# (0 = today, 1 = tomorrow).
checklist-deadline-line =
    { $days ->
        [0] Last possible day: { $date } (today)
        [1] Last possible day: { $date } (tomorrow)
        [one] Last possible day: { $date } (in { $days } day)
       *[other] Last possible day: { $date } (in { $days } days)
    }
# Date line of a step's hard legal limit that has passed: one sentence.
# $date: the formatted date; $days (number): whole days since that date (1 or more).
checklist-deadline-line-late =
    { $days ->
        [one] Last possible day: { $date } ({ $days } day late)
       *[other] Last possible day: { $date } ({ $days } days late)
    }
# Note on a step that depends on an answer the user has not given yet.
checklist-may-apply = This step may apply to you. It depends on your situation.
# Note on a step that waits for another step; one line for each step it waits for. $step: the title of that step.
checklist-do-first = First do: { $step }
# Note that dates are computed from the user's own dates.
checklist-dates-hint = Dates are counted from the dates you gave. Check important deadlines with the office.
# Button that shows steps that do not apply to the user's situation.
checklist-show-all = Show steps that do not apply to me
# Button that hides them again.
checklist-hide-not-applicable = Hide steps that do not apply to me

## Step details

# Heading of the "what to do" part of a step.
checklist-part-what = What to do
# Heading of the "why it matters" part of a step.
checklist-part-why = Why it matters
# Heading of the "where" part of a step.
checklist-part-where = Where
# Heading of the "what to bring" part of a step.
checklist-part-bring = What to bring
# Heading of the list of official links of a step.
checklist-sources-heading = Official sources (in Polish or English)
# Heading above links to pages of help organisations, news and other non-official sites (shown under the official sources).
checklist-sources-other-heading = Other sources: organisations and media
# One source of a step. $source: the name of the page (shown as a link); $date: when the organisation last checked that page.
checklist-source-line = { $source } (checked on { $date })

## States

# Label of the state choice of a step.
checklist-state-label = Status
# Step state: not started.
checklist-state-todo = To do
# Step state: started, not finished.
checklist-state-in-progress = In progress
# Step state: finished.
checklist-state-done = Done
# Step state: does not concern the user.
checklist-state-not-relevant = Not relevant for me

## Notes

# Label of the private note field of a step.
checklist-note-label = My note
# Hint under the note field.
checklist-note-hint = This note is never put in the file for the organisation. Once you save, it stays on this phone, locked with your passphrase.

## Progress

# Progress in words. $done: steps done or not relevant; $total: steps that apply.
checklist-progress =
    { $total ->
        [one] { $done } of { $total } step done
       *[other] { $done } of { $total } steps done
    }
# Shown when every step that applies is done.
checklist-progress-all-done = All steps are done. Well done!

## Calendar export

# Button that downloads the dates as a calendar file.
checklist-ics-button = Add dates to my calendar (.ics)
# Warning shown next to the calendar button, before downloading.
checklist-ics-warning = The calendar file is not encrypted. Anyone who sees the file or your calendar can read these steps and dates.
# Shown instead of the button when there are no dates yet.
checklist-ics-none = No dates to add yet. Add your dates in "My situation".
# Calendar entry title for a step's recommended date. $title: the step title.
checklist-ics-due = { $title }
# Calendar entry title for a step's hard legal limit. $title: the step title.
checklist-ics-deadline = Last day: { $title }

## Empty states

# Shown when no step is open in the "next steps" list.
checklist-empty-next = Nothing to do right now.
# Shown when the situation form is still empty.
checklist-empty-situation = Tell us a little about your situation to see your own steps and dates.
# Shown when the filtered list has no steps.
checklist-empty-list = No steps here.

## Checklist screen (added with the screen)

# Shown when the checklist content cannot be loaded because the site cannot be reached (offline, no saved copy).
checklist-content-unavailable = The checklist cannot be loaded right now. Check your internet connection and open this page again.
# Shown (and read out by screen readers) after the "My situation" form is saved.
checklist-situation-saved = Done. Your steps and dates are updated.
# Note on a step that does not apply to the user's situation (shown only after "Show steps that do not apply to me").
checklist-does-not-apply = This step does not apply to your situation.
# Read out by screen readers after the user changes a step's status. $title: the step title; $state: the new status (e.g. "Done").
checklist-state-announce = { $title }: { $state }
# Heading of the calendar export part of the checklist screen.
checklist-ics-heading = Dates in your calendar
# Shown if the browser could not create the calendar file.
checklist-ics-failed = The calendar file could not be created. Please try again.

## Plans from the organisation

# Heading of the part where the person adds a plan their organisation sealed for them.
checklist-plan-import-heading = A plan from your organisation
# Explains the part. The plan is a file (or a text) the organisation made from the file with the person's answers.
checklist-plan-import-help = After you send your answers, your organisation can answer with a plan: the next steps for you, with dates. Only this app, unlocked with your passphrase, can open it. Its steps are added to your checklist and kept with your answers. The app cannot check who made a plan: anyone who has seen the file with your answers could make one.
# Label of the file picker for a plan file.
checklist-plan-file-label = Open the plan file
# Label of the text box where the person pastes a plan sent as text.
checklist-plan-paste-label = Or paste the text of the plan
# Button that adds the pasted plan.
checklist-plan-add = Add the plan
# Shown after a plan was added. $org: the organisation's name as written in the plan; $added, $updated: numbers of steps.
checklist-plan-added = The plan from { $org } is in your checklist. New steps: { $added }. Changed steps: { $updated }.
# Heading of the checklist part with the steps of one organisation's plan. $org: the organisation's name as written in the plan (the app cannot check it, so the heading only names it).
checklist-plan-heading = Plan: { $org }
# Under the heading of each plan: plans are not signed, so a step could come from someone else.
checklist-plan-unchecked = The app cannot check who made this plan. If a step asks you to bring documents or money, or to go to a new address, check it with your organisation first, using the contact you know.
# Under a plan's heading: opens the question whether to remove the plan (closing it again keeps the plan).
checklist-plan-remove = Remove this plan
# Question shown after "Remove this plan". $org: the organisation's name.
checklist-plan-remove-confirm = Remove the plan from { $org }, with the status and notes of its steps?
# Confirms removing the plan.
checklist-plan-remove-yes = Yes, remove it
# Read out after a plan was removed.
checklist-plan-removed = The plan was removed.
# Adding a plan: the file is larger than any plan. Each error says that nothing was added and what to do.
plan-error-too-large = This file is too large to be a plan. Nothing was added. Check that you chose the file your organisation sent.
# Adding a plan: the file or text is not a sealed file at all (a photo, a message, an empty paste).
plan-error-not-sealed = This is not a plan. Nothing was added. Choose the file your organisation sent, or paste the whole text, from “-----BEGIN AGE ENCRYPTED FILE-----” to the end.
# Adding a plan: the sealed file is cut or changed (often by a messenger).
plan-error-damaged = The plan is damaged or incomplete, perhaps cut on the way. Nothing was added. Ask your organisation to send it again, as a file if you can.
# Adding a plan: it was sealed for another person's key, or for the key this app had before the passphrase was changed.
plan-error-not-for-you = This plan was made for someone else, or for answers you sent before you changed your passphrase. Nothing was added. Send your answers again and ask your organisation for a new plan.
# Adding a plan: the app has no key for plans yet, because no file with answers was made from saved answers.
plan-error-no-key = This app cannot open plans yet. Nothing was added. Save your answers with a passphrase, send them to your organisation, then ask for the plan.
# Adding a plan: the file opened but holds something else (for example a file with answers).
plan-error-not-a-plan = This file opened, but it is not a plan. Nothing was added. Ask your organisation to send the plan again.
# Adding a plan: made by a newer version of the app than this one.
plan-error-newer = This plan was made by a newer version of the app. Nothing was added. Open this page once while you are online so that the app updates, then try again.
# Adding a plan: the plan breaks the format's limits (empty title, text too long, a wrong date, too many steps).
plan-error-invalid = This plan has a mistake (a part is empty, too long, or has a wrong date). Nothing was added. Ask your organisation to send it again.
# Adding a plan: the app already keeps the most plans or steps it can.
plan-error-too-many = Your checklist already keeps as many plans and steps as it can. Nothing was added. Remove a plan you no longer need, then try again.
# Adding a plan: the browser could not read the chosen file.
plan-error-unreadable = The file could not be read. Nothing was added. Try again, or paste the text of the plan.
