//! [`PostalCode`]: a postal code checked against its country's format.

use std::fmt;

use super::country::Country;
use super::error::PostalCodeError;
use super::normalize::fold_full_width;

/// The longest postal code accepted for a country without a fixed format.
const MAX_OTHER_CHARS: usize = 12;

/// A postal code (邮政编码 / ZIP Code / 郵便番号 / Postleitzahl), validated for its country.
///
/// Where the national postal authority fixes the format, it is enforced and the code is kept in
/// its canonical form:
///
/// | country | accepted | canonical | authority |
/// |---|---|---|---|
/// | `CN` | `200120` | 6 digits | China Post (中国邮政), 邮政编码: six digits |
/// | `US` | `12345`, `12345-6789`, `123456789` | `12345` or `12345-6789` | USPS Publication 28, *Postal Addressing Standards* (ZIP Code, ZIP+4) |
/// | `JP` | `123-4567`, `1234567` | `123-4567` | Japan Post (日本郵便), 郵便番号: seven digits written `NNN-NNNN` |
/// | `DE` | `10115` | 5 digits | Deutsche Post, Postleitzahl (PLZ), five digits since 1993 |
///
/// For every other country the code is kept as given after trimming: 1 to 12 characters of
/// ASCII letters, digits, spaces and hyphens, with at least one letter or digit (this covers,
/// e.g., `SW1A 1AA`, `K1A 0B1`, `1010`, `SE-123 45`). Only the format is checked, never whether
/// the code exists.
///
/// Before checking, surrounding whitespace is trimmed and full-width ASCII (`１２３－４５６７`, as
/// typed with Chinese and Japanese input methods) is folded to ASCII, so the canonical form is
/// always ASCII.
///
/// A postal code has no `FromStr`: its format depends on the country, so it is built with
/// [`PostalCode::parse`], and [`Display`](fmt::Display) prints [`as_str`](Self::as_str), which
/// parses back to the same value for the same country. With the `serde` feature it serialises
/// as `{"country": "JP", "code": "123-4567"}` and deserialises through `parse`.
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Country, PostalCode};
///
/// assert_eq!(PostalCode::parse(Country::JP, "1000001")?.as_str(), "100-0001");
/// assert_eq!(PostalCode::parse(Country::US, "941031234")?.as_str(), "94103-1234");
/// assert_eq!(PostalCode::parse(Country::CN, "２００１２０")?.as_str(), "200120");
/// assert!(PostalCode::parse(Country::DE, "1011").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "RawPostalCode", into = "RawPostalCode")
)]
pub struct PostalCode {
    country: Country,
    code: String,
}

impl PostalCode {
    /// Validates `text` as a postal code of `country` and brings it to canonical form.
    ///
    /// # Errors
    ///
    /// [`PostalCodeError::Empty`] if the text is empty or only whitespace;
    /// [`PostalCodeError::InvalidFormat`] if it does not match the country's format (see the
    /// table on [`PostalCode`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Country, PostalCode};
    ///
    /// let zip = PostalCode::parse(Country::US, " 10001-0001 ")?;
    /// assert_eq!(zip.as_str(), "10001-0001");
    /// assert_eq!(zip.country(), Country::US);
    /// assert!(PostalCode::parse(Country::US, "1000").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(country: Country, text: &str) -> Result<Self, PostalCodeError> {
        let folded: String = text.chars().map(fold_full_width).collect();
        let trimmed = folded.trim();
        if trimmed.is_empty() {
            return Err(PostalCodeError::Empty { country });
        }
        let invalid =
            |expected| PostalCodeError::InvalidFormat { country, text: text.to_owned(), expected };
        let code = match country {
            Country::CN => digits(trimmed, 6).ok_or_else(|| invalid("6 digits"))?,
            Country::DE => digits(trimmed, 5).ok_or_else(|| invalid("5 digits"))?,
            Country::US => us_zip(trimmed)
                .ok_or_else(|| invalid("a ZIP Code (5 digits) or ZIP+4 (12345-6789)"))?,
            Country::JP => {
                japan(trimmed).ok_or_else(|| invalid("7 digits, written 123-4567 or 1234567"))?
            }
            _ => other(trimmed).ok_or_else(|| {
                invalid("1 to 12 ASCII letters, digits, spaces or hyphens, with a letter or digit")
            })?,
        };
        Ok(Self { country, code })
    }

    /// The postal code in canonical form.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Country, PostalCode};
    ///
    /// assert_eq!(PostalCode::parse(Country::DE, "10115")?.as_str(), "10115");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.code
    }

    /// The country whose format the code was checked against.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Country, PostalCode};
    ///
    /// assert_eq!(PostalCode::parse(Country::GB, "SW1A 1AA")?.country(), Country::GB);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Country {
        self.country
    }

    /// `true` where an [`Address`](super::Address) must carry a postal code: the United States,
    /// Germany and Japan, whose postal services sort by it and whose carriers' label APIs reject
    /// an address without one. Elsewhere it is optional; in particular many Chinese consignee
    /// addresses omit it (the address down to street level is what Chinese carriers route by),
    /// and Hong Kong and Macao have no postal codes at all.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Country, PostalCode};
    ///
    /// assert!(PostalCode::is_required_in(Country::US));
    /// assert!(!PostalCode::is_required_in(Country::CN));
    /// ```
    pub fn is_required_in(country: Country) -> bool {
        matches!(country, Country::US | Country::DE | Country::JP)
    }
}

/// Exactly `n` ASCII digits, returned owned.
fn digits(text: &str, n: usize) -> Option<String> {
    (text.len() == n && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.to_owned())
}

fn all_digits(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_digit())
}

/// `12345`, `12345-6789` or `123456789` (canonicalised to `12345-6789`).
fn us_zip(text: &str) -> Option<String> {
    match (text.len(), text.split_once('-')) {
        (5, None) if all_digits(text) => Some(text.to_owned()),
        (9, None) if all_digits(text) => {
            let (zip, plus4) = (text.get(..5)?, text.get(5..)?);
            Some(format!("{zip}-{plus4}"))
        }
        (10, Some((zip, plus4)))
            if zip.len() == 5 && plus4.len() == 4 && all_digits(zip) && all_digits(plus4) =>
        {
            Some(text.to_owned())
        }
        _ => None,
    }
}

/// `123-4567` or `1234567`, canonicalised to `123-4567`.
fn japan(text: &str) -> Option<String> {
    let (head, tail) = match text.split_once('-') {
        Some(parts) => parts,
        None if text.len() == 7 => (text.get(..3)?, text.get(3..)?),
        None => return None,
    };
    (head.len() == 3 && tail.len() == 4 && all_digits(head) && all_digits(tail))
        .then(|| format!("{head}-{tail}"))
}

/// The loose format for countries without a fixed one.
fn other(text: &str) -> Option<String> {
    let ok = text.chars().count() <= MAX_OTHER_CHARS
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        && text.chars().any(|c| c.is_ascii_alphanumeric());
    ok.then(|| text.to_owned())
}

impl fmt::Display for PostalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code)
    }
}

/// The serde form of a [`PostalCode`]: its country and its text, validated on the way in.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPostalCode {
    country: Country,
    code: String,
}

#[cfg(feature = "serde")]
impl TryFrom<RawPostalCode> for PostalCode {
    type Error = PostalCodeError;

    fn try_from(raw: RawPostalCode) -> Result<Self, Self::Error> {
        Self::parse(raw.country, &raw.code)
    }
}

#[cfg(feature = "serde")]
impl From<PostalCode> for RawPostalCode {
    fn from(code: PostalCode) -> Self {
        Self { country: code.country, code: code.code }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(country: Country, text: &str) -> String {
        PostalCode::parse(country, text).map(|p| p.code).unwrap()
    }

    fn bad(country: Country, text: &str) -> bool {
        matches!(PostalCode::parse(country, text), Err(PostalCodeError::InvalidFormat { .. }))
    }

    #[test]
    fn fixed_formats() {
        assert_eq!(ok(Country::CN, "100000"), "100000");
        assert!(bad(Country::CN, "1000000"));
        assert_eq!(ok(Country::US, "12345"), "12345");
        assert_eq!(ok(Country::US, "123456789"), "12345-6789");
        assert!(bad(Country::US, "1234-56789"));
        assert!(bad(Country::US, "12345-"));
        assert!(bad(Country::US, "12345 6789"));
        assert_eq!(ok(Country::JP, "１２３－４５６７"), "123-4567");
        assert!(bad(Country::JP, "1234-567"));
        assert!(bad(Country::JP, "123-45678"));
        assert_eq!(ok(Country::DE, " 01067 "), "01067");
    }

    #[test]
    fn multibyte_text_does_not_confuse_length_checks() {
        // 7 bytes but not 7 ASCII digits; `get` must not split a character.
        assert!(bad(Country::JP, "1é2345"));
        assert!(bad(Country::US, "ü234567"));
        assert!(bad(Country::US, "1234€"));
    }

    #[test]
    fn other_countries() {
        assert_eq!(ok(Country::GB, " SW1A 1AA "), "SW1A 1AA");
        assert!(bad(Country::GB, "---"));
        assert!(bad(Country::GB, "ABCDEFGHIJKLM")); // 13 characters
        assert!(bad(Country::FR, "75001!"));
        assert_eq!(
            PostalCode::parse(Country::FR, "   "),
            Err(PostalCodeError::Empty { country: Country::FR })
        );
    }
}
