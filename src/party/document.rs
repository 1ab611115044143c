//! Identity documents (证件) and the customs ID-type code (证件类型).

use std::fmt;

use super::{ParseCodeError, PartyError, ResidentId};

/// The customs code for the kind of identity document: CEB311 `OrderHead/buyerIdType`,
/// CEB411 `PaymentHead/payerIdType`, CEB621 `InventoryHead/buyerIdType` (XSD type `len 1`).
///
/// Code list (海关跨境电商统一版系统企业对接报文规范 202205版 表3-3, 表3-10, 表3-31; XSD22
/// documentation): "1-身份证,2-其它。限定为身份证，填写'1'". The standard allows only `1` in
/// practice; the XSD does not enforce it (it checks only the length), so a `2` passes the schema
/// but goes against the filling rule.
///
/// # Examples
///
/// ```
/// use crossborder::party::CustomsIdType;
///
/// assert_eq!(CustomsIdType::IdentityCard.code(), "1");
/// assert_eq!("2".parse::<CustomsIdType>()?, CustomsIdType::Other);
/// assert_eq!(CustomsIdType::Other.to_string(), "2");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::EnumString,
)]
#[strum(parse_err_ty = ParseCodeError, parse_err_fn = ParseCodeError::customs_id_type)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum CustomsIdType {
    /// `1` 身份证: a citizen identity number ([`ResidentId`]).
    #[strum(serialize = "1")]
    #[cfg_attr(feature = "serde", serde(rename = "1"))]
    IdentityCard,
    /// `2` 其它: any other document.
    #[strum(serialize = "2")]
    #[cfg_attr(feature = "serde", serde(rename = "2"))]
    Other,
}

impl CustomsIdType {
    /// Both codes, in code order.
    pub const ALL: &'static [Self] = &[Self::IdentityCard, Self::Other];

    /// The one-character code for the CEB message.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::CustomsIdType;
    ///
    /// assert_eq!(CustomsIdType::Other.code(), "2");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Self::IdentityCard => "1",
            Self::Other => "2",
        }
    }
}

/// The number of an identity document other than the citizen identity number: a passport,
/// a home-return permit (回乡证), a Hong Kong identity card …
///
/// Rules: trimmed; 1 to [`MAX_CHARS`](Self::MAX_CHARS) = 60 characters (CEB `buyerIdNumber`,
/// `payerIdNumber`: `str 1..60`); ASCII letters, digits, `-`, `(` and `)` only (the Hong Kong
/// card prints its check digit in parentheses, `A123456(7)`); letters are upper-cased.
///
/// `Display`/`Debug` are masked: the first two and last two characters are kept
/// (`E12345678` → `E1*****78`); numbers shorter than 6 characters are masked entirely.
///
/// # Examples
///
/// ```
/// use crossborder::party::DocumentNumber;
///
/// let passport: DocumentNumber = "e12345678".parse()?;
/// assert_eq!(passport.to_string(), "E1*****78");
/// assert_eq!(passport.reveal(), "E12345678");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize), serde(try_from = "String"))]
pub struct DocumentNumber(String);

impl DocumentNumber {
    /// Maximum length (CEB `buyerIdNumber`).
    pub const MAX_CHARS: usize = 60;

    /// Validates a document number.
    ///
    /// # Errors
    ///
    /// [`DocumentNumberError`]: empty, too long, or a character outside `A-Z a-z 0-9 - ( )`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{DocumentNumber, DocumentNumberError};
    ///
    /// assert_eq!(DocumentNumber::try_new("A123456(7)")?.reveal(), "A123456(7)");
    /// assert_eq!(
    ///     DocumentNumber::try_new("E1234 5678"),
    ///     Err(DocumentNumberError::InvalidCharacter { position: 6, found: ' ' })
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(input: &str) -> Result<Self, DocumentNumberError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(DocumentNumberError::Empty);
        }
        let mut number = String::with_capacity(s.len().min(Self::MAX_CHARS));
        for (i, c) in s.chars().enumerate() {
            if !(c.is_ascii_alphanumeric() || matches!(c, '-' | '(' | ')')) {
                return Err(DocumentNumberError::InvalidCharacter { position: i + 1, found: c });
            }
            if i >= Self::MAX_CHARS {
                return Err(DocumentNumberError::TooLong {
                    chars: s.chars().count(),
                    max: Self::MAX_CHARS,
                });
            }
            number.push(c.to_ascii_uppercase());
        }
        Ok(Self(number))
    }

    /// The full, unmasked number — **for the customs export only**.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::DocumentNumber;
    ///
    /// assert_eq!(DocumentNumber::try_new("E12345678")?.reveal(), "E12345678");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DocumentNumber {
    /// Masked: first two and last two characters, or all `*` below 6 characters.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keep = if self.0.len() >= 6 { 2 } else { 0 };
        f.write_str(&super::mask_middle(&self.0, keep, keep))
    }
}

validated_string_impls!(DocumentNumber, DocumentNumberError);

/// Why a [`DocumentNumber`] was rejected. No variant carries the number.
///
/// # Examples
///
/// ```
/// use crossborder::party::{DocumentNumber, DocumentNumberError};
///
/// assert_eq!(DocumentNumber::try_new(""), Err(DocumentNumberError::Empty));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentNumberError {
    /// Empty after trimming.
    #[error("empty document number")]
    Empty,
    /// Longer than the CEB limit.
    #[error("document number of {chars} characters is too long: at most {max}")]
    TooLong {
        /// Characters found (after trimming).
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// A character outside `A-Z a-z 0-9 - ( )`.
    #[error(
        "invalid character {found:?} at position {position}: expected ASCII letters, digits, '-', '(' or ')'"
    )]
    InvalidCharacter {
        /// 1-based character position in the trimmed input.
        position: usize,
        /// The character found.
        found: char,
    },
}

/// An identity document (证件) of a buyer or payer, mapped to the customs
/// [`CustomsIdType`].
///
/// The residence permits of Hong Kong, Macao and Taiwan residents carry a GB 11643 number
/// (address code 810000/820000/830000) and are a [`IdDocument::ResidentId`], code `1`. That
/// customs accepts such numbers under `1` is inferred from the code list ("身份证") and the
/// number format; no customs source says so explicitly.
///
/// `Display` prints the masked number; `Debug` is masked too.
///
/// # Examples
///
/// ```
/// use crossborder::party::{CustomsIdType, DocumentNumber, IdDocument, ResidentId};
///
/// let id = IdDocument::from(ResidentId::try_new("11010519491231002X")?);
/// assert_eq!(id.customs_id_type(), CustomsIdType::IdentityCard);
/// assert_eq!(id.to_string(), "110105********002X");
///
/// let passport = IdDocument::Passport(DocumentNumber::try_new("E12345678")?);
/// assert_eq!(passport.customs_id_type().code(), "2");
/// assert_eq!(passport.reveal(), "E12345678");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum IdDocument {
    /// Citizen identity number (公民身份号码), also on the HK/MO/TW residence permits: code `1`.
    ResidentId(ResidentId),
    /// Passport (护照): code `2`.
    Passport(DocumentNumber),
    /// Any other document: code `2`.
    Other(DocumentNumber),
}

impl IdDocument {
    /// Builds a document from a customs ID-type code and number, as read from a CEB message:
    /// `1` parses a [`ResidentId`]; `2` gives [`IdDocument::Other`] (the message does not say
    /// which document it is).
    ///
    /// # Errors
    ///
    /// [`PartyError::ResidentId`] or [`PartyError::DocumentNumber`] if the number is invalid for
    /// its type.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{CustomsIdType, IdDocument};
    ///
    /// let doc = IdDocument::from_customs("1".parse()?, "11010519491231002X")?;
    /// assert!(matches!(doc, IdDocument::ResidentId(_)));
    /// let doc = IdDocument::from_customs(CustomsIdType::Other, "E12345678")?;
    /// assert!(matches!(doc, IdDocument::Other(_)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_customs(id_type: CustomsIdType, number: &str) -> Result<Self, PartyError> {
        Ok(match id_type {
            CustomsIdType::IdentityCard => Self::ResidentId(ResidentId::try_new(number)?),
            CustomsIdType::Other => Self::Other(DocumentNumber::try_new(number)?),
        })
    }

    /// The customs ID-type code for `buyerIdType`/`payerIdType`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{CustomsIdType, DocumentNumber, IdDocument};
    ///
    /// let doc = IdDocument::Other(DocumentNumber::try_new("H12345678")?);
    /// assert_eq!(doc.customs_id_type(), CustomsIdType::Other);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn customs_id_type(&self) -> CustomsIdType {
        match self {
            Self::ResidentId(_) => CustomsIdType::IdentityCard,
            Self::Passport(_) | Self::Other(_) => CustomsIdType::Other,
        }
    }

    /// The full, unmasked number for `buyerIdNumber`/`payerIdNumber` — **for the customs export
    /// only**.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{IdDocument, ResidentId};
    ///
    /// let doc = IdDocument::from(ResidentId::try_new("11010519491231002X")?);
    /// assert_eq!(doc.reveal(), "11010519491231002X");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal(&self) -> &str {
        match self {
            Self::ResidentId(id) => id.reveal(),
            Self::Passport(n) | Self::Other(n) => n.reveal(),
        }
    }
}

impl From<ResidentId> for IdDocument {
    fn from(id: ResidentId) -> Self {
        Self::ResidentId(id)
    }
}

impl fmt::Display for IdDocument {
    /// The masked number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ResidentId(id) => fmt::Display::fmt(id, f),
            Self::Passport(n) | Self::Other(n) => fmt::Display::fmt(n, f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for t in CustomsIdType::ALL {
            assert_eq!(t.code().parse::<CustomsIdType>(), Ok(*t));
            assert_eq!(t.to_string(), t.code());
        }
        assert_eq!(
            "0".parse::<CustomsIdType>(),
            Err(ParseCodeError::CustomsIdType { found: "0".to_owned() })
        );
    }

    #[test]
    fn short_numbers_fully_masked() {
        assert_eq!(DocumentNumber::try_new("AB123").unwrap().to_string(), "*****");
        assert_eq!(DocumentNumber::try_new("AB1234").unwrap().to_string(), "AB**34");
    }

    #[test]
    fn too_long_counts_all_characters() {
        let s = "A".repeat(70);
        assert_eq!(
            DocumentNumber::try_new(&s),
            Err(DocumentNumberError::TooLong { chars: 70, max: 60 })
        );
    }
}
