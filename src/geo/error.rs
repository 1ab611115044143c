//! Errors of the `geo` module: one narrow type per parser, and [`GeoError`] wrapping them.

use std::fmt;

use super::country::Country;

/// The text could not be read as an ISO 3166-1 country code.
///
/// Returned by [`Country::from_alpha2`], [`Country::from_alpha3`] and `Country`'s `FromStr`.
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Country, ParseCountryError};
///
/// assert!(matches!("J1".parse::<Country>(), Err(ParseCountryError::InvalidFormat { .. })));
/// assert!(matches!("XX".parse::<Country>(), Err(ParseCountryError::Unassigned { .. })));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseCountryError {
    /// The text does not have the shape of a code (wrong length, or a character that is not an
    /// ASCII letter). Leading or trailing spaces are not trimmed and land here too.
    #[error("invalid country code {text:?}: expected {expected}")]
    InvalidFormat {
        /// The text as given.
        text: String,
        /// The expected form, e.g. "2 ASCII letters (ISO 3166-1 alpha-2)".
        expected: &'static str,
    },
    /// The code is well formed but is not one of the 249 officially assigned ISO 3166-1 codes
    /// (for example `XK`, `UK` or the withdrawn `AN`).
    #[error("{code:?} is not an officially assigned ISO 3166-1 code")]
    Unassigned {
        /// The code, upper-cased.
        code: String,
    },
}

/// The text could not be read as a China customs country/region code (国别(地区)代码).
///
/// # Examples
///
/// ```
/// use crossborder::geo::{CustomsCountryCode, ParseCustomsCountryCodeError};
///
/// assert!(matches!(
///     "JP".parse::<CustomsCountryCode>(),
///     Err(ParseCustomsCountryCodeError::NotThreeDigits { .. })
/// ));
/// assert!(matches!(
///     "140".parse::<CustomsCountryCode>(),
///     Err(ParseCustomsCountryCodeError::NotInTable { .. })
/// ));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseCustomsCountryCodeError {
    /// The text is not exactly three ASCII digits (`"116"`; no spaces, no sign, no full-width
    /// digits).
    #[error("invalid customs country code {text:?}: expected exactly 3 ASCII digits")]
    NotThreeDigits {
        /// The text as given.
        text: String,
    },
    /// Three digits, but not a code of the customs country/region table (PARAM18, 243 codes).
    #[error("{code:?} is not in the customs country/region table")]
    NotInTable {
        /// The three digits as given.
        code: String,
    },
}

/// The text is not a valid postal code (邮政编码) for the country.
///
/// A postal code is printed on every parcel label, so it is not masked here.
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Country, PostalCode, PostalCodeError};
///
/// let err = PostalCode::parse(Country::CN, "20012").unwrap_err();
/// assert!(matches!(err, PostalCodeError::InvalidFormat { country, .. } if country == Country::CN));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PostalCodeError {
    /// The text is empty or only whitespace.
    #[error("postal code for {country} is empty")]
    Empty {
        /// The country the postal code was parsed for.
        country: Country,
    },
    /// The text does not match the country's postal code format.
    #[error("invalid postal code {text:?} for {country}: expected {expected}")]
    InvalidFormat {
        /// The country the postal code was parsed for.
        country: Country,
        /// The text as given.
        text: String,
        /// The expected form, e.g. "6 digits".
        expected: &'static str,
    },
}

/// A part of an [`Address`](super::Address), named in [`AddressError`].
///
/// # Examples
///
/// ```
/// use crossborder::geo::AddressField;
///
/// assert_eq!(AddressField::StreetLine(2).to_string(), "street line 2");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AddressField {
    /// Province or state (省/州).
    Province,
    /// City (市).
    City,
    /// District or county (区/县).
    District,
    /// A street line, numbered from 1.
    StreetLine(usize),
}

impl fmt::Display for AddressField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Province => f.write_str("province"),
            Self::City => f.write_str("city"),
            Self::District => f.write_str("district"),
            Self::StreetLine(n) => write!(f, "street line {n}"),
        }
    }
}

/// The parts given for an [`Address`](super::Address) do not form a valid address.
///
/// An address is personal data, so no variant carries the address text: each names the part
/// and, where it helps, the character position.
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Address, AddressError, AddressField, Country};
///
/// let err = Address::builder(Country::CN).city(" ").street_line("张江路123号").build().unwrap_err();
/// assert_eq!(err, AddressError::Empty { field: AddressField::City });
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    /// A required part is missing, or a given part is empty or only whitespace.
    #[error("address {field} is empty")]
    Empty {
        /// The empty part.
        field: AddressField,
    },
    /// No street line was given; an address needs at least one.
    #[error("address has no street line")]
    NoStreetLine,
    /// More street lines than [`Address::MAX_STREET_LINES`](super::Address::MAX_STREET_LINES).
    #[error("address has {count} street lines, at most {max} are allowed")]
    TooManyStreetLines {
        /// How many lines were given.
        count: usize,
        /// The maximum.
        max: usize,
    },
    /// A part is longer than [`Address::MAX_PART_CHARS`](super::Address::MAX_PART_CHARS)
    /// characters.
    #[error("address {field} has {chars} characters, at most {max} are allowed")]
    TooLong {
        /// The part that is too long.
        field: AddressField,
        /// Its length in characters (Unicode scalar values).
        chars: usize,
        /// The maximum.
        max: usize,
    },
    /// A part contains a control character (line break, tab, NUL, …).
    #[error("address {field} contains a control character at character {position}")]
    ControlCharacter {
        /// The part.
        field: AddressField,
        /// Position of the first control character, counted in characters from 0.
        position: usize,
    },
    /// The country's postal system needs a postal code on every address (see
    /// [`PostalCode::is_required_in`](super::PostalCode::is_required_in)).
    #[error("a postal code is required for addresses in {country}")]
    PostalCodeRequired {
        /// The address country.
        country: Country,
    },
    /// The postal code is not valid for the address country.
    #[error(transparent)]
    PostalCode(#[from] PostalCodeError),
}

/// The text is not the name of a [`CustomsRegion`](super::CustomsRegion).
///
/// # Examples
///
/// ```
/// use crossborder::geo::CustomsRegion;
///
/// assert!("atlantis".parse::<CustomsRegion>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown customs region {text:?}: expected one of mainland_china, hong_kong, macao, taiwan, foreign"
)]
pub struct ParseCustomsRegionError {
    text: String,
}

impl ParseCustomsRegionError {
    pub(super) fn new(text: &str) -> Self {
        Self { text: text.to_owned() }
    }

    /// The text that was not recognised.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::CustomsRegion;
    ///
    /// let err = "atlantis".parse::<CustomsRegion>().unwrap_err();
    /// assert_eq!(err.text(), "atlantis");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// Any error of the `geo` module.
///
/// Functions return the narrow types above; this enum lets a caller collect them with `?`.
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Country, GeoError};
///
/// fn parse(text: &str) -> Result<Country, GeoError> {
///     Ok(text.parse::<Country>()?)
/// }
/// assert!(parse("ZZ").is_err());
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GeoError {
    /// See [`ParseCountryError`].
    #[error(transparent)]
    Country(#[from] ParseCountryError),
    /// See [`ParseCustomsCountryCodeError`].
    #[error(transparent)]
    CustomsCountryCode(#[from] ParseCustomsCountryCodeError),
    /// See [`ParseCustomsRegionError`].
    #[error(transparent)]
    CustomsRegion(#[from] ParseCustomsRegionError),
    /// See [`PostalCodeError`].
    #[error(transparent)]
    PostalCode(#[from] PostalCodeError),
    /// See [`AddressError`].
    #[error(transparent)]
    Address(#[from] AddressError),
}
