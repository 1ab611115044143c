//! Errors of the document models: a field that breaks its XSD format, a document whose lines
//! are inconsistent.

use crate::geo::ParseCustomsCountryCodeError;
use crate::party::PartyError;

use super::Gnum;

/// A field value that does not meet its CEB format (XSD22 length, character set, code list,
/// `N19,5` decimal, date pattern).
///
/// Every variant names the element (or, for a type shared by several elements such as
/// [`EnterpriseCode`](super::EnterpriseCode), the group of elements); a converter that knows
/// the exact element can relabel it with [`FieldError::with_element`]. Variants carry the
/// offending text only for non-personal fields; the personal fields (addresses) report a
/// position and a character instead.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{FieldError, OrderNo};
///
/// let err = OrderNo::try_new("").unwrap_err();
/// assert_eq!(err, FieldError::Empty { element: "orderNo" });
/// assert_eq!(err.to_string(), "orderNo is empty");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    /// The value is empty (or only whitespace) but the XSD requires `minLength=1`.
    #[error("{element} is empty")]
    Empty {
        /// The XSD element (or group of elements).
        element: &'static str,
    },
    /// Longer than the XSD `maxLength`.
    #[error("{element} has {found} characters: at most {max} allowed")]
    TooLong {
        /// The XSD element.
        element: &'static str,
        /// Characters found (after trimming).
        found: usize,
        /// The XSD `maxLength`.
        max: usize,
    },
    /// Not of the XSD `length`.
    #[error("{element} has {found} characters: exactly {expected} required")]
    WrongLength {
        /// The XSD element.
        element: &'static str,
        /// Characters found (after trimming).
        found: usize,
        /// The XSD `length`.
        expected: usize,
    },
    /// A character outside the field's character set.
    #[error("{element} has {found:?} at character {position}: expected {expected}")]
    InvalidCharacter {
        /// The XSD element.
        element: &'static str,
        /// 1-based character position in the trimmed value.
        position: usize,
        /// The character found.
        found: char,
        /// The characters allowed.
        expected: &'static str,
    },
    /// Not one of the values of the field's code list.
    #[error("{element} {found:?} is not in the code list: expected {expected}")]
    UnknownCode {
        /// The XSD element.
        element: &'static str,
        /// The text given.
        found: String,
        /// The allowed codes.
        expected: &'static str,
    },
    /// Not an `xs:decimal` (optional sign, digits, optional `.` and digits).
    #[error("{element} {found:?} is not a decimal number")]
    NotADecimal {
        /// The XSD element.
        element: &'static str,
        /// The text given.
        found: String,
    },
    /// More fraction digits than the XSD `fractionDigits` (5 for `N19,5`).
    #[error("{element} {found} has more than {max} decimal places")]
    TooManyDecimals {
        /// The XSD element.
        element: &'static str,
        /// The value given.
        found: String,
        /// The XSD `fractionDigits`.
        max: u32,
    },
    /// More significant digits than the XSD `totalDigits` (19 for `N19,5`).
    #[error("{element} {found} has more than {max} significant digits")]
    TooManyDigits {
        /// The XSD element.
        element: &'static str,
        /// The value given.
        found: String,
        /// The XSD `totalDigits`.
        max: u32,
    },
    /// A negative amount, quantity or weight.
    #[error("{element} {found} is negative: amounts, quantities and weights are at least 0")]
    Negative {
        /// The XSD element.
        element: &'static str,
        /// The value given.
        found: String,
    },
    /// An integer outside its range.
    #[error("{element} {found:?} is out of range: expected an integer from {min} to {max}")]
    OutOfRange {
        /// The XSD element.
        element: &'static str,
        /// The text given.
        found: String,
        /// Smallest value allowed.
        min: i64,
        /// Largest value allowed.
        max: i64,
    },
    /// Not a date or time of the CEB pattern, or not a real calendar date/time.
    #[error("{element} {found:?} is not a valid date/time: expected {expected}")]
    InvalidDateTime {
        /// The XSD element.
        element: &'static str,
        /// The text given.
        found: String,
        /// The expected pattern.
        expected: &'static str,
    },
}

impl FieldError {
    /// The element (or group of elements) the error is about.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::EnterpriseCode;
    ///
    /// let err = EnterpriseCode::try_new("").unwrap_err();
    /// assert_eq!(err.element(), "enterprise code");
    /// ```
    pub fn element(&self) -> &'static str {
        match self {
            Self::Empty { element }
            | Self::TooLong { element, .. }
            | Self::WrongLength { element, .. }
            | Self::InvalidCharacter { element, .. }
            | Self::UnknownCode { element, .. }
            | Self::NotADecimal { element, .. }
            | Self::TooManyDecimals { element, .. }
            | Self::TooManyDigits { element, .. }
            | Self::Negative { element, .. }
            | Self::OutOfRange { element, .. }
            | Self::InvalidDateTime { element, .. } => element,
        }
    }

    /// The same error relabelled with the exact XSD element, for a converter that knows which
    /// element it was reading (`ebcCode` rather than "enterprise code").
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{EnterpriseCode, FieldError};
    ///
    /// let err = EnterpriseCode::try_new("").unwrap_err().with_element("ebcCode");
    /// assert_eq!(err, FieldError::Empty { element: "ebcCode" });
    /// ```
    #[must_use]
    pub fn with_element(mut self, name: &'static str) -> Self {
        match &mut self {
            Self::Empty { element }
            | Self::TooLong { element, .. }
            | Self::WrongLength { element, .. }
            | Self::InvalidCharacter { element, .. }
            | Self::UnknownCode { element, .. }
            | Self::NotADecimal { element, .. }
            | Self::TooManyDecimals { element, .. }
            | Self::TooManyDigits { element, .. }
            | Self::Negative { element, .. }
            | Self::OutOfRange { element, .. }
            | Self::InvalidDateTime { element, .. } => *element = name,
        }
        self
    }
}

/// A document that cannot be built: a field in the wrong format, or item lines that break the
/// rules of the message (1 to 99 lines, `gnum` unique).
///
/// The [`Party`](Self::Party) and [`Country`](Self::Country) variants let a converter (for
/// example from a CEB XML message) report every kind of field error through this one type.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{sample, DocumentError, DocumentKind, Order};
///
/// let (head, _lines) = sample::order()?.into_parts();
/// let err = Order::try_new(head, Vec::new()).unwrap_err();
/// assert_eq!(err, DocumentError::NoLines { document: DocumentKind::Order });
/// assert_eq!(err.to_string(), "the order has no item lines: at least 1 is required");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    /// A field in the wrong format.
    #[error(transparent)]
    Field(#[from] FieldError),
    /// A personal-data field (name, telephone, identity document) was rejected by
    /// [`party`](crate::party).
    #[error("{element}: {source}")]
    Party {
        /// The XSD element.
        element: &'static str,
        /// Why the value was rejected (it never contains the value).
        source: PartyError,
    },
    /// A country field is not a China customs country code (JGS-20).
    #[error("{element}: {source}")]
    Country {
        /// The XSD element.
        element: &'static str,
        /// Why the code was rejected.
        source: ParseCustomsCountryCodeError,
    },
    /// An order or inventory without item lines (the XSD requires at least one;
    /// customs error −301001 for orders).
    #[error("the {document} has no item lines: at least 1 is required")]
    NoLines {
        /// The document.
        document: super::DocumentKind,
    },
    /// More item lines than the XSD allows (`maxOccurs="99"`).
    #[error("the {document} has {found} item lines: at most {max} allowed")]
    TooManyLines {
        /// The document.
        document: super::DocumentKind,
        /// Lines given.
        found: usize,
        /// The XSD `maxOccurs`.
        max: usize,
    },
    /// Two item lines with the same `gnum` (customs errors −301002 for orders, −621027 for
    /// inventories).
    #[error("the {document} has two item lines with gnum {gnum}")]
    DuplicateGnum {
        /// The document.
        document: super::DocumentKind,
        /// The repeated line number.
        gnum: Gnum,
    },
}
