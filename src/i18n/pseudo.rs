//! Pseudo-localization transforms, used through fluent-bundle's transform
//! hook so only the translatable text changes and placeables (numbers,
//! names, dates) stay untouched.
//!
//! Owns the two text transforms. Must never change the meaning of a
//! placeable or drop characters.

use std::borrow::Cow;

/// `en-XA`: accent every ASCII letter and double the vowels, so text is
/// visibly "translated" and about 30–40 % longer (to catch truncation).
pub fn accented(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let mapped = accent(c);
        out.push(mapped);
        if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U') {
            out.push(mapped);
        }
    }
    Cow::Owned(out)
}

/// `ar-XB`: wrap each run of text in RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL
/// FORMATTING, so Latin text is laid out right to left like real RTL text.
/// Whitespace-only runs are left alone.
pub fn bidi(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(format!("\u{202E}{text}\u{202C}"))
}

fn accent(c: char) -> char {
    match c {
        'a' => 'ȧ',
        'b' => 'ƀ',
        'c' => 'ƈ',
        'd' => 'ḓ',
        'e' => 'ḗ',
        'f' => 'ƒ',
        'g' => 'ɠ',
        'h' => 'ħ',
        'i' => 'ī',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ŀ',
        'm' => 'ḿ',
        'n' => 'ƞ',
        'o' => 'ǿ',
        'p' => 'ƥ',
        'q' => 'ɋ',
        'r' => 'ř',
        's' => 'ş',
        't' => 'ŧ',
        'u' => 'ŭ',
        'v' => 'ṽ',
        'w' => 'ẇ',
        'x' => 'ẋ',
        'y' => 'ẏ',
        'z' => 'ẑ',
        'A' => 'Ȧ',
        'B' => 'Ɓ',
        'C' => 'Ƈ',
        'D' => 'Ḓ',
        'E' => 'Ḗ',
        'F' => 'Ƒ',
        'G' => 'Ɠ',
        'H' => 'Ħ',
        'I' => 'Ī',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ŀ',
        'M' => 'Ḿ',
        'N' => 'Ƞ',
        'O' => 'Ǿ',
        'P' => 'Ƥ',
        'Q' => 'Ɋ',
        'R' => 'Ř',
        'S' => 'Ş',
        'T' => 'Ŧ',
        'U' => 'Ŭ',
        'V' => 'Ṽ',
        'W' => 'Ẇ',
        'X' => 'Ẋ',
        'Y' => 'Ẏ',
        'Z' => 'Ẑ',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_is_longer_and_keeps_non_letters() {
        let out = accented("Leave quickly, 3 times!");
        assert!(out.chars().count() > "Leave quickly, 3 times!".chars().count());
        assert!(out.starts_with("Ŀḗḗȧȧṽḗḗ"));
        assert!(out.contains(", 3 "));
        assert!(!out.chars().any(|c| c.is_ascii_alphabetic()));
    }

    #[test]
    fn bidi_wraps_text_but_not_spaces() {
        assert_eq!(bidi("Hello"), "\u{202E}Hello\u{202C}");
        assert_eq!(bidi("  "), "  ");
    }
}
