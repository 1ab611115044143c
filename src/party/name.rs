//! Personal names (姓名).

use std::fmt;

/// A person's name (姓名) as declared to customs: the buyer (`buyerName`), payer (`payerName`)
/// or consignee (`consignee`).
///
/// Rules: trimmed of surrounding whitespace; not empty; at most [`MAX_CHARS`](Self::MAX_CHARS)
/// = 60 characters, the shortest CEB limit (`buyerName`, `payerName`: `str 1..60`; `consignee`:
/// `str 1..100`; XSD22 `OrderHead`, `PaymentHead`), so any `PersonName` fits every name field;
/// no control characters (tabs, line breaks …). Inner whitespace is kept as given, because the
/// three-document match compares the consignee verbatim (规范 表3-3 "必须与电子运单的收货人姓名
/// 一致"); use [`normalized_eq`](Self::normalized_eq) for a tolerant comparison.
///
/// `Display`/`Debug` are masked: the first character of each whitespace-separated word is
/// kept and every other character becomes one `*` (`张三` → `张*`, `欧阳娜娜` → `欧***`,
/// `John Smith` → `J*** S****`); a one-character word is therefore shown as is.
/// [`reveal`](Self::reveal) gives the full name.
///
/// # Examples
///
/// ```
/// use crossborder::party::PersonName;
///
/// let name: PersonName = " 欧阳娜娜 ".parse()?;
/// assert_eq!(name.to_string(), "欧***");
/// assert_eq!(format!("{name:?}"), r#"PersonName("欧***")"#);
/// assert_eq!(name.reveal(), "欧阳娜娜");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize), serde(try_from = "String"))]
pub struct PersonName(String);

impl PersonName {
    /// Maximum length in characters (the CEB `buyerName`/`payerName` limit).
    pub const MAX_CHARS: usize = 60;

    /// Validates a name.
    ///
    /// # Errors
    ///
    /// [`NameError::Empty`], [`NameError::TooLong`] or [`NameError::ControlCharacter`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{NameError, PersonName};
    ///
    /// assert_eq!(PersonName::try_new("John Smith")?.to_string(), "J*** S****");
    /// assert_eq!(PersonName::try_new("  "), Err(NameError::Empty));
    /// assert_eq!(PersonName::try_new("张\n三"), Err(NameError::ControlCharacter { position: 2 }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(input: &str) -> Result<Self, NameError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(NameError::Empty);
        }
        let mut chars = 0usize;
        for (i, c) in s.chars().enumerate() {
            if c.is_control() {
                return Err(NameError::ControlCharacter { position: i + 1 });
            }
            chars = i + 1;
        }
        if chars > Self::MAX_CHARS {
            return Err(NameError::TooLong { chars, max: Self::MAX_CHARS });
        }
        Ok(Self(s.to_owned()))
    }

    /// The full, unmasked name — **for the customs export only** (`buyerName`, `payerName`,
    /// `consignee`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::PersonName;
    ///
    /// assert_eq!(PersonName::try_new("张三")?.reveal(), "张三");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal(&self) -> &str {
        &self.0
    }

    /// Whether two names are equal after normalisation, for matching the same person across
    /// documents (buyer = payer, order consignee = waybill consignee).
    ///
    /// Normalisation: surrounding whitespace trimmed; runs of inner whitespace (including the
    /// ideographic space U+3000) collapsed to one space; full-width ASCII forms (U+FF01–U+FF5E)
    /// mapped to ASCII; the middle-dot variants used in transliterated names (`・` U+30FB,
    /// `･` U+FF65, `•` U+2022, `‧` U+2027) mapped to `·` U+00B7; ASCII letters compared
    /// case-insensitively. Nothing else is folded (no traditional/simplified mapping, no
    /// Unicode case folding).
    ///
    /// This is a helper for the caller's own checks before declaring. The CEB rules only say the
    /// names must be 一致 (consistent); how strictly customs compares them is not published, so
    /// send the same text in every document.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::PersonName;
    ///
    /// let a = PersonName::try_new("John  SMITH")?;
    /// let b = PersonName::try_new("ｊｏｈｎ　Smith")?; // full-width letters and space
    /// assert!(a.normalized_eq(&b));
    /// assert_ne!(a, b);
    ///
    /// let c = PersonName::try_new("阿依古丽・买买提")?;
    /// let d = PersonName::try_new("阿依古丽·买买提")?;
    /// assert!(c.normalized_eq(&d));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn normalized_eq(&self, other: &Self) -> bool {
        normalized(&self.0).eq(normalized(&other.0))
    }
}

/// The characters of `s` after the normalisation of [`PersonName::normalized_eq`].
fn normalized(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut first = true;
    s.split_whitespace().flat_map(move |word| {
        let separator = if first { None } else { Some(' ') };
        first = false;
        separator.into_iter().chain(word.chars().map(fold_char))
    })
}

/// Full-width ASCII to ASCII, middle-dot variants to U+00B7, ASCII lower-case.
fn fold_char(c: char) -> char {
    let c = match crate::text::fold_full_width(c) {
        '\u{30FB}' | '\u{FF65}' | '\u{2022}' | '\u{2027}' => '\u{00B7}',
        folded => folded,
    };
    c.to_ascii_lowercase()
}

impl fmt::Display for PersonName {
    /// Masked: the first character of each word, every other character `*`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut word_start = true;
        let masked: String = self
            .0
            .chars()
            .map(|c| {
                if c.is_whitespace() {
                    word_start = true;
                    c
                } else if word_start {
                    word_start = false;
                    c
                } else {
                    '*'
                }
            })
            .collect();
        f.write_str(&masked)
    }
}

validated_string_impls!(PersonName, NameError);

/// Why a [`PersonName`] was rejected. No variant carries the name.
///
/// # Examples
///
/// ```
/// use crossborder::party::{NameError, PersonName};
///
/// let long = "a".repeat(61);
/// assert_eq!(PersonName::try_new(&long), Err(NameError::TooLong { chars: 61, max: 60 }));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    /// Empty after trimming.
    #[error("empty name")]
    Empty,
    /// Longer than the CEB limit.
    #[error("name of {chars} characters is too long: at most {max}")]
    TooLong {
        /// Characters found (after trimming).
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// A control character (tab, line break …).
    #[error("control character at position {position}")]
    ControlCharacter {
        /// 1-based character position in the trimmed input.
        position: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_maps_full_width_range_ends() {
        // U+FF01 FULLWIDTH EXCLAMATION MARK → '!' (U+0021); U+FF5E FULLWIDTH TILDE → '~'.
        assert_eq!(fold_char('\u{FF01}'), '!');
        assert_eq!(fold_char('\u{FF5E}'), '~');
        assert_eq!(fold_char('Ａ'), 'a');
        assert_eq!(fold_char('张'), '张');
    }

    #[test]
    fn normalized_collapses_whitespace() {
        let s: String = normalized("  a \u{3000}\t b ").collect();
        assert_eq!(s, "a b");
    }
}
