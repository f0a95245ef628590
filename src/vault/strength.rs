//! Passphrase handling that needs no secret: Unicode normalisation and a
//! length-first strength hint.
//!
//! Owns [`normalize_passphrase`], [`passphrase_strength`] and [`Strength`].
//! It never stores or logs passphrases, and has no word list: the hint is a
//! nudge towards long passphrases, not a password meter.
//!
//! The checks take the NFC function as an argument: the key derivation (in
//! the worker, and on the host) uses [`normalize_passphrase`]; the page
//! passes the browser's `String.prototype.normalize`, so the Unicode tables
//! (about 50 KB compressed) are not shipped to every phone.

use unicode_normalization::UnicodeNormalization;

/// Fewest characters (after NFC) a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The passphrase exactly as used by the key derivation: Unicode NFC, nothing
/// else changed (no trimming, no case folding). Typing "é" as one code point
/// or as "e" + combining accent opens the same vault.
pub fn normalize_passphrase(passphrase: &str) -> String {
    passphrase.nfc().collect()
}

/// How good a new passphrase looks. Shown while the newcomer types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// Nothing typed yet.
    Empty,
    /// Fewer than [`MIN_PASSPHRASE_CHARS`] characters: cannot be used.
    TooShort,
    /// Usable, but short or repetitive.
    Weak,
    /// Reasonable.
    Fair,
    /// Long and varied (e.g. four or more unrelated words).
    Strong,
}

impl Strength {
    /// Whether the vault accepts it as a new passphrase.
    pub fn is_acceptable(self) -> bool {
        self >= Strength::Weak
    }

    /// Fluent message id of the hint (in `vault.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Strength::Empty => "vault-strength-empty",
            Strength::TooShort => "vault-strength-too-short",
            Strength::Weak => "vault-strength-weak",
            Strength::Fair => "vault-strength-fair",
            Strength::Strong => "vault-strength-strong",
        }
    }
}

/// Length first: under 8 characters too short, 8–11 weak, 12–15 fair, 16 or
/// more strong; then one level down for little variety (few distinct
/// characters, or digits only, like a PIN or a date).
pub fn passphrase_strength(passphrase: &str, nfc: impl Fn(&str) -> String) -> Strength {
    let normalized = nfc(passphrase);
    let chars: Vec<char> = normalized.chars().collect();
    let len = chars.len();
    if len == 0 {
        return Strength::Empty;
    }
    if len < MIN_PASSPHRASE_CHARS {
        return Strength::TooShort;
    }
    let by_length = match len {
        0..=11 => Strength::Weak,
        12..=15 => Strength::Fair,
        _ => Strength::Strong,
    };
    let mut distinct = chars.clone();
    distinct.sort_unstable();
    distinct.dedup();
    let repetitive = distinct.len() * 3 < len || distinct.len() < 5;
    let digits_only = chars.iter().all(|c| c.is_numeric() || c.is_whitespace());
    if repetitive || digits_only {
        match by_length {
            Strength::Strong => Strength::Fair,
            _ => Strength::Weak,
        }
    } else {
        by_length
    }
}

/// What is wrong with a new passphrase typed twice, as the Fluent id of the
/// message to show; `None` when it may be used. Length first; the two
/// entries are compared after NFC normalisation (the same text typed on two
/// keyboards is the same passphrase).
pub fn new_passphrase_problem(passphrase: &str, repeat: &str, nfc: impl Fn(&str) -> String) -> Option<&'static str> {
    if !passphrase_strength(passphrase, &nfc).is_acceptable() {
        Some("vault-error-passphrase-too-short")
    } else if nfc(passphrase) != nfc(repeat) {
        Some("vault-passphrase-mismatch")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_first() {
        assert_eq!(passphrase_strength("", normalize_passphrase), Strength::Empty);
        assert_eq!(passphrase_strength("abc", normalize_passphrase), Strength::TooShort);
        assert_eq!(passphrase_strength("hjkl5tre", normalize_passphrase), Strength::Weak);
        assert_eq!(passphrase_strength("river maple ox", normalize_passphrase), Strength::Fair);
        assert_eq!(
            passphrase_strength("кот лодка ветер море", normalize_passphrase),
            Strength::Strong
        );
        assert!(!Strength::TooShort.is_acceptable());
        assert!(Strength::Weak.is_acceptable());
    }

    #[test]
    fn repetition_and_digits_downgrade() {
        assert_eq!(passphrase_strength("aaaaaaaaaaaaaaaaaaaa", normalize_passphrase), Strength::Fair);
        assert_eq!(passphrase_strength("12121212121212", normalize_passphrase), Strength::Weak);
        assert_eq!(passphrase_strength("1984 0312 2024 77", normalize_passphrase), Strength::Fair);
    }

    #[test]
    fn counts_characters_not_bytes_and_normalises() {
        // 7 Cyrillic letters = 14 bytes, still too short.
        assert_eq!(passphrase_strength("пароль1", normalize_passphrase), Strength::TooShort);
        let nfd = "e\u{301}te\u{301} a\u{300} Lo\u{301}dz\u{301}";
        let nfc = "\u{e9}t\u{e9} \u{e0} L\u{f3}d\u{17a}";
        assert_eq!(normalize_passphrase(nfd), nfc);
        assert_eq!(passphrase_strength(nfd, normalize_passphrase), passphrase_strength(nfc, normalize_passphrase));
    }

    #[test]
    fn a_new_passphrase_must_be_long_enough_and_typed_the_same_twice() {
        assert_eq!(new_passphrase_problem("short", "short", normalize_passphrase), Some("vault-error-passphrase-too-short"));
        assert_eq!(new_passphrase_problem("river lamp orange", "river lamp orang", normalize_passphrase), Some("vault-passphrase-mismatch"));
        // NFC and NFD spellings of the same words are the same passphrase.
        assert_eq!(new_passphrase_problem("Łódź café kawałek", "Łódź cafe\u{301} kawałek", normalize_passphrase), None);
    }
}
