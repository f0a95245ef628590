//! Test-only: `locales/*/export.ftl` and `desk.ftl` (the desk's texts, which
//! only the organisation area loads) parse cleanly, define the same messages
//! as English, have a translator comment on every English message, give every
//! plural category of the language, and define every message id the error
//! enums of `config` and `export` point at.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement, Resource};

use super::identity::IdentityError;
use super::open::OpenError;
use super::SealError;
use crate::config::{RecipientError, RecipientsProblem};

const LOCALES: [&str; 5] = ["en", "pl", "ru", "be", "uk"];

fn load(locale: &str) -> Resource<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{locale}"));
    let text = ["export.ftl", "desk.ftl"].map(|f| std::fs::read_to_string(dir.join(f)).unwrap()).join("\n");
    match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errs)) => panic!("{locale}/export.ftl + desk.ftl: {errs:?}"),
    }
}

fn ids(r: &Resource<String>) -> BTreeSet<String> {
    r.body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.clone()),
            _ => None,
        })
        .collect()
}

fn plural_keys(r: &Resource<String>, id: &str) -> Option<BTreeSet<String>> {
    for e in &r.body {
        if let Entry::Message(m) = e {
            if m.id.name != id {
                continue;
            }
            for el in &m.value.as_ref()?.elements {
                if let PatternElement::Placeable { expression: Expression::Select { selector: InlineExpression::VariableReference { .. }, variants } } = el {
                    return Some(
                        variants
                            .iter()
                            .map(|v| match &v.key {
                                fluent_syntax::ast::VariantKey::Identifier { name } => name.clone(),
                                fluent_syntax::ast::VariantKey::NumberLiteral { value } => value.clone(),
                            })
                            .collect(),
                    );
                }
            }
        }
    }
    None
}

fn all_error_message_ids() -> Vec<&'static str> {
    let mut v = vec![RecipientsProblem::Empty.message_id()];
    v.extend([SealError::NoRecipients, SealError::TooLarge, SealError::Encryption].iter().map(SealError::message_id));
    v.extend(
        [
            OpenError::TooLarge { size: 0, max: 0 },
            OpenError::NotAgeFile,
            OpenError::ArmorFailure,
            OpenError::HeaderFailure,
            OpenError::HmacFailure,
            OpenError::NoMatch,
            OpenError::PassphraseProtected,
            OpenError::PayloadFailure,
            OpenError::NoIdentities,
            OpenError::NotWaymarkExport,
            OpenError::NewerVersion { version: 2 },
            OpenError::InvalidExport,
            OpenError::TooManyRecipients { max: 64 },
        ]
        .iter()
        .map(OpenError::message_id),
    );
    v.extend(
        [
            IdentityError::NoKeys,
            IdentityError::PublicKey,
            IdentityError::PostQuantum,
            IdentityError::Plugin,
            IdentityError::SshKey,
            IdentityError::EncryptedFile,
            IdentityError::NotAKey,
            IdentityError::BadChecksum,
            IdentityError::Malformed,
            IdentityError::TooLarge,
        ]
        .iter()
        .map(IdentityError::message_id),
    );
    v.extend(
        [
            RecipientError::Empty,
            RecipientError::SecretKey,
            RecipientError::SshKey,
            RecipientError::PostQuantum,
            RecipientError::Tag,
            RecipientError::Plugin { plugin: "x".into() },
            RecipientError::NotAgeKey,
            RecipientError::Malformed,
            RecipientError::BadChecksum,
            RecipientError::WrongLength,
        ]
        .iter()
        .map(RecipientError::message_id),
    );
    v
}

#[test]
fn every_locale_has_the_same_messages_as_english() {
    let en = ids(&load("en"));
    for locale in LOCALES {
        let these = ids(&load(locale));
        assert_eq!(these, en, "{locale}/export.ftl differs from en");
    }
}

#[test]
fn every_error_variant_has_a_message() {
    let en = ids(&load("en"));
    for id in all_error_message_ids() {
        assert!(en.contains(id), "missing message {id}");
    }
}

#[test]
fn every_english_message_has_a_translator_comment() {
    for e in &load("en").body {
        if let Entry::Message(m) = e {
            assert!(m.comment.is_some(), "en/export.ftl: `{}` has no comment", m.id.name);
        }
    }
}

#[test]
fn plurals_have_every_category() {
    for (locale, cats) in [
        ("en", &["one", "other"][..]),
        ("pl", &["one", "few", "many", "other"][..]),
        ("ru", &["one", "few", "many", "other"][..]),
        ("be", &["one", "few", "many", "other"][..]),
        ("uk", &["one", "few", "many", "other"][..]),
    ] {
        let r = load(locale);
        for id in ["desk-keys-loaded", "desk-exports-opened"] {
            let keys = plural_keys(&r, id).unwrap_or_default();
            let want: BTreeSet<String> = cats.iter().map(|s| s.to_string()).collect();
            assert_eq!(keys, want, "{locale}: {id}");
        }
    }
}
