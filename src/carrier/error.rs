//! Errors of the `carrier` module.

use super::catalogue::Carrier;
use super::format::Format;

/// A code that names no carrier, format or enum value of this module.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, ParseCarrierCodeError};
///
/// let err = "dhl".parse::<Carrier>().unwrap_err();
/// assert_eq!(err, ParseCarrierCodeError::Carrier { code: "dhl".into() });
/// assert_eq!(err.to_string(), "unknown carrier code \"dhl\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseCarrierCodeError {
    /// Not a [`Carrier`] code (codes are snake case, e.g. `sf_express`; see [`Carrier::ALL`]).
    #[error("unknown carrier code {code:?}")]
    Carrier {
        /// The text given.
        code: String,
    },
    /// Not a [`Format`] id (e.g. `fedex_12`; see [`Format::ALL`]).
    #[error("unknown tracking-number format id {id:?}")]
    Format {
        /// The text given.
        id: String,
    },
    /// Not the snake-case name of a value of `kind` (`carrier role`, `certainty`,
    /// `confidence`).
    #[error("unknown {kind} {text:?}")]
    Name {
        /// Which enum was parsed.
        kind: &'static str,
        /// The text given.
        text: String,
    },
}

impl ParseCarrierCodeError {
    pub(crate) fn carrier(code: &str) -> Self {
        Self::Carrier { code: code.to_owned() }
    }

    pub(crate) fn format(id: &str) -> Self {
        Self::Format { id: id.to_owned() }
    }

    pub(crate) fn role(text: &str) -> Self {
        Self::Name { kind: "carrier role", text: text.to_owned() }
    }

    pub(crate) fn certainty(text: &str) -> Self {
        Self::Name { kind: "certainty", text: text.to_owned() }
    }

    pub(crate) fn confidence(text: &str) -> Self {
        Self::Name { kind: "confidence", text: text.to_owned() }
    }
}

/// Why a text is not a valid tracking number of a carrier (or format).
///
/// Every variant names the carrier and carries the normalised number (tracking numbers are not
/// personal data), so a message can tell the user exactly what to fix. When a carrier has
/// several formats, the error is the one from the format the number came closest to (a wrong
/// check digit beats a wrong character, which beats a wrong length).
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, Format, TrackingNumber, TrackingNumberError};
///
/// let err = TrackingNumber::parse(Carrier::Ups, "1Z5R89390357567128").unwrap_err();
/// assert_eq!(
///     err,
///     TrackingNumberError::CheckDigit {
///         carrier: Carrier::Ups,
///         format: Format::Ups,
///         number: "1Z5R89390357567128".into(),
///         expected: '7',
///         found: '8',
///     }
/// );
/// assert_eq!(
///     err.to_string(),
///     "ups: \"1Z5R89390357567128\" fails the ups check digit: expected '7', found '8'"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TrackingNumberError {
    /// Nothing is left after normalisation (the text was empty, blank or only hyphens).
    #[error("{carrier}: empty tracking number")]
    Empty {
        /// The carrier asked for.
        carrier: Carrier,
    },
    /// No format of the carrier has this length.
    #[error("{carrier}: {number:?} has {found} characters, expected {expected}")]
    Length {
        /// The carrier asked for.
        carrier: Carrier,
        /// The normalised number.
        number: String,
        /// Its length in characters.
        found: usize,
        /// The lengths the carrier's formats have, e.g. `"10-11, 14"`.
        expected: String,
    },
    /// A character does not fit the format at its position.
    #[error(
        "{carrier}: {number:?} has {found:?} at position {position}, expected {expected} ({format})"
    )]
    Character {
        /// The carrier asked for.
        carrier: Carrier,
        /// The format the number came closest to.
        format: Format,
        /// The normalised number.
        number: String,
        /// 1-based position of the character in the normalised number.
        position: usize,
        /// The character found there.
        found: char,
        /// What fits there, e.g. `a digit`, `'Z'`, `one of A, C, M`.
        expected: String,
    },
    /// The shape fits but the check digit is wrong (a mistyped or misread number).
    #[error(
        "{carrier}: {number:?} fails the {format} check digit: expected {expected:?}, found {found:?}"
    )]
    CheckDigit {
        /// The carrier asked for.
        carrier: Carrier,
        /// The format whose check digit failed.
        format: Format,
        /// The normalised number.
        number: String,
        /// The check character the rest of the number gives.
        expected: char,
        /// The check character in the number.
        found: char,
    },
    /// A UPU S10 number whose service indicator is in a reserved range (first letter J, K, S,
    /// T or W).
    #[error("{carrier}: {number:?} has the reserved UPU S10 service indicator {indicator:?}")]
    S10ServiceIndicator {
        /// The carrier asked for.
        carrier: Carrier,
        /// The normalised number.
        number: String,
        /// The two-letter indicator.
        indicator: String,
    },
    /// A UPU S10 number whose last two letters are not an ISO 3166-1 country code.
    #[error("{carrier}: {number:?} has {code:?}, which is not an ISO 3166-1 country code")]
    S10Country {
        /// The carrier asked for.
        carrier: Carrier,
        /// The normalised number.
        number: String,
        /// The two letters.
        code: String,
    },
    /// A valid UPU S10 number issued by another country's postal operator.
    #[error("{carrier}: {number:?} is a UPU S10 number issued by {issuer}, not by {carrier}")]
    S10Issuer {
        /// The carrier asked for.
        carrier: Carrier,
        /// The normalised number.
        number: String,
        /// The postal operator of the number's country.
        issuer: Carrier,
    },
}
