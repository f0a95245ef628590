//! The "my situation" form: arrival date, legal status, document expiry,
//! protection application date, children, city.
//!
//! Owns the form's unsaved field values; "Save" writes them to
//! `Draft.checklist.situation` through `DraftStore::update` (so the vault
//! encrypts them). Never stores the answers anywhere else and asks the
//! browser not to remember them (`autocomplete="off"`).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::blocks::{text, When};

use crate::checklist::{LegalStatus, Situation};
use crate::ui::draft::use_draft;
use crate::ui::i18n::use_i18n;

/// The form as typed (strings, as the inputs hold them).
#[derive(Debug, Clone, Default, PartialEq)]
struct Fields {
    arrival: String,
    status: String,
    expiry: String,
    protection: String,
    /// "yes", "no" or "" (no answer).
    children: String,
    city: String,
}

/// `YYYY-MM-DD`, the value format of `<input type=date>`; empty for none.
fn date_text(d: Option<NaiveDate>) -> String {
    d.map(crate::date_text::iso).unwrap_or_default()
}

/// A date input's value: `YYYY-MM-DD` or empty (anything else is dropped).
fn parse_date(s: &str) -> Option<NaiveDate> {
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The reactive value of one field (one closure type for all fields).
fn value_of(fields: RwSignal<Fields>, get: fn(&Fields) -> &String) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || fields.with(|f| get(f).clone())
}

/// Event handler that stores an input's value in one field.
fn set_from(fields: RwSignal<Fields>, set: fn(&mut Fields, String)) -> impl Fn(leptos::ev::Event) + Copy + 'static {
    move |ev| fields.update(|f| set(f, event_target_value(&ev)))
}

impl Fields {
    fn from_situation(s: &Situation) -> Fields {
        Fields {
            arrival: date_text(s.arrival),
            status: s.status.map(|st| st.as_str().to_string()).unwrap_or_default(),
            expiry: date_text(s.document_expiry),
            protection: date_text(s.protection_applied),
            children: match s.has_children {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
            city: s.city.clone().unwrap_or_default(),
        }
    }

    fn to_situation(&self) -> Situation {
        let city = self.city.trim();
        Situation {
            arrival: parse_date(&self.arrival),
            status: LegalStatus::from_name(&self.status),
            document_expiry: parse_date(&self.expiry),
            protection_applied: parse_date(&self.protection),
            has_children: match self.children.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
            city: (!city.is_empty()).then(|| city.to_string()),
        }
    }
}

/// A labelled `type=date` input bound to one field.
fn date_field(
    fields: RwSignal<Fields>,
    id: &'static str,
    label: &'static str,
    get: fn(&Fields) -> &String,
    set: fn(&mut Fields, String),
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for=id>{i18n.text(label)}</label>
            <input type="date" id=id autocomplete="off"
                prop:value=value_of(fields, get)
                on:input=set_from(fields, set)/>
        </div>
    }
}

#[component]
pub fn SituationForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_draft();
    let saved = Memo::new(move |_| store.draft.with(|d| d.checklist.situation.clone()));
    let fields = RwSignal::new(Fields::from_situation(&saved.get_untracked()));
    // A draft replaced from outside (unlock) refills the form.
    Effect::new(move |_| {
        let s = saved.get();
        fields.set(Fields::from_situation(&s));
    });
    let status = RwSignal::new(String::new());
    let is_empty = move || saved.with(|s| *s == Situation::default());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new = fields.with(Fields::to_situation);
        if saved.with(|s| *s != new) {
            store.update(|d| d.checklist.situation = new);
        }
        status.set(i18n.t("checklist-situation-saved"));
    };
    let children_choice = move |value: &'static str, label: &'static str| {
        let id = format!("sit-children-{}", if value.is_empty() { "none" } else { value });
        view! {
            <div class="choice">
                <input type="radio" name="sit-children" id=id.clone() value=value
                    prop:checked=move || fields.with(|f| f.children == value)
                    on:change=move |_| fields.update(|f| f.children = value.to_string())/>
                <label for=id>{i18n.text(label)}</label>
            </div>
        }
    };
    view! {
        <section class="checklist-part" aria-labelledby="checklist-situation-heading">
            <h2 id="checklist-situation-heading">{i18n.text("checklist-situation-heading")}</h2>
            <When when=is_empty>
                <p>{i18n.text("checklist-empty-situation")}</p>
            </When>
            <p class="hint">{i18n.text("checklist-situation-hint")}</p>
            <form class="situation" on:submit=on_submit on:input=move |_| status.set(String::new())>
                {date_field(fields, "sit-arrival", "checklist-situation-arrival", |f| &f.arrival, |f, v| f.arrival = v)}
                <div class="field">
                    <label for="sit-status">{i18n.text("checklist-situation-status")}</label>
                    <select id="sit-status"
                        prop:value=value_of(fields, |f| &f.status)
                        on:change=set_from(fields, |f, v| f.status = v)>
                        <option value="">{i18n.text("checklist-situation-not-answered")}</option>
                        {LegalStatus::ALL.into_iter().map(|s| view! {
                            <option value=s.as_str()>{crate::ui::checklist::tr_owned(i18n, s.checklist_message())}</option>
                        }).collect_view()}
                    </select>
                </div>
                {date_field(fields, "sit-expiry", "checklist-situation-document-expiry", |f| &f.expiry, |f, v| f.expiry = v)}
                <When when=move || fields.with(|f| f.status == LegalStatus::AsylumApplicant.as_str())>
                    {date_field(fields, "sit-protection", "checklist-situation-protection-applied", |f| &f.protection, |f, v| f.protection = v)}
                </When>
                <fieldset class="field">
                    <legend>{i18n.text("checklist-situation-children")}</legend>
                    {children_choice("yes", "checklist-situation-yes")}
                    {children_choice("no", "checklist-situation-no")}
                    {children_choice("", "checklist-situation-not-answered")}
                </fieldset>
                <div class="field">
                    <label for="sit-city">{i18n.text("checklist-situation-city")}</label>
                    <input type="text" id="sit-city" autocomplete="off" spellcheck="false"
                        placeholder=i18n.text("checklist-situation-city-placeholder")
                        prop:value=value_of(fields, |f| &f.city)
                        on:input=set_from(fields, |f, v| f.city = v)/>
                </div>
                <button type="submit">{i18n.text("checklist-situation-save")}</button>
                <p class="form-status" role="status">{text(move || status.get())}</p>
            </form>
        </section>
    }
}
