//! Carrier detection (单号识别): every carrier format a number fits, ranked.
//!
//! Ranking, best first:
//! 1. [`Confidence::CheckDigitVerified`] before [`Confidence::FormatOnly`] before
//!    [`Confidence::Heuristic`];
//! 2. within a confidence, the more specific shape first (fixed letters and prefixes before a
//!    bare length; a hand-set score per format, raised or lowered by an unpublished check
//!    digit where one is known);
//! 3. then the order of [`Format::ALL`].
//!
//! This is the structural ranking `cn_courier_numbers.md` §6 recommends for a library without
//! shipment-frequency data (Kuaidi100, kdniao and TrackingMore rank with such data, which they
//! do not publish). The hot path does not allocate: it normalises into a stack buffer,
//! narrows the formats by length and first character with precomputed bit sets, and returns a
//! fixed-capacity [`Candidates`] list.

use std::fmt;
use std::ops::Deref;

use super::catalogue::Carrier;
use super::error::ParseCarrierCodeError;
use super::format::{BY_FIRST, BY_LEN, Format, NUMERIC_MASK};
use super::normalize::{RAW_CAP, normalize_raw};
use super::shape::all_bytes;

/// How much a match says about the carrier.
///
/// Ordered from least to most confident, so `a > b` means `a` is the stronger evidence.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::Confidence;
///
/// assert!(Confidence::CheckDigitVerified > Confidence::FormatOnly);
/// assert!(Confidence::FormatOnly > Confidence::Heuristic);
/// assert_eq!(Confidence::FormatOnly.to_string(), "format_only");
/// assert_eq!("heuristic".parse::<Confidence>()?, Confidence::Heuristic);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::EnumString,
)]
#[strum(
    serialize_all = "snake_case",
    parse_err_ty = ParseCarrierCodeError,
    parse_err_fn = ParseCarrierCodeError::confidence
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Confidence {
    /// The number has a shape several carriers share, or one known only from weak evidence:
    /// the Chinese couriers' numeric shapes (ZTO 14 digits, Yunda 15 digits, EMS 13 digits …),
    /// legacy platform-table shapes, grade-C shapes, and bare-length formats such as
    /// DHL eCommerce's 14 digits. An unpublished check digit (SF legacy, EMS) only moves a
    /// candidate within this tier.
    Heuristic,
    /// The number fits a self-identifying shape (fixed letters such as `TBA`, `SF`, `JD`,
    /// `YT`, `LP`) of a format that has no check digit, documented by the data set or
    /// consistently attested (grade B) for Chinese couriers.
    FormatOnly,
    /// A published check digit (UPU S10 or a carrier algorithm of the data set) confirms the
    /// number.
    CheckDigitVerified,
}

/// One carrier format a number fits.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, Confidence, Format, TrackingNumber};
///
/// let best = TrackingNumber::detect("EV008712571CN").first().copied().ok_or("none")?;
/// assert_eq!(best.carrier(), Carrier::ChinaPost);
/// assert_eq!(best.format(), Format::S10);
/// assert_eq!(best.confidence(), Confidence::CheckDigitVerified);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Candidate {
    carrier: Carrier,
    format: Format,
    confidence: Confidence,
    score: u8,
}

impl Candidate {
    /// The carrier (for S10, the postal operator of the number's country).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let c = TrackingNumber::detect("RB123456785JP");
    /// assert_eq!(c.first().map(|c| c.carrier()), Some(Carrier::JapanPost));
    /// ```
    pub fn carrier(&self) -> Carrier {
        self.carrier
    }

    /// The format matched.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Format, TrackingNumber};
    ///
    /// let c = TrackingNumber::detect("YT2229521272164446");
    /// assert_eq!(c.first().map(|c| c.format()), Some(Format::YunExpress));
    /// ```
    pub fn format(&self) -> Format {
        self.format
    }

    /// How much the match says.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Confidence, TrackingNumber};
    ///
    /// let c = TrackingNumber::detect("SF1385628716739");
    /// assert_eq!(c.first().map(|c| c.confidence()), Some(Confidence::FormatOnly));
    /// ```
    pub fn confidence(&self) -> Confidence {
        self.confidence
    }

    /// Whether `self` ranks before `other`.
    fn before(self, other: Self) -> bool {
        (self.confidence, self.score) > (other.confidence, other.score)
    }
}

/// The most candidates one number can have: no normalised length has more formats than this
/// (checked by a unit test).
pub const MAX_CANDIDATES: usize = 24;

const FILLER: Candidate = Candidate {
    carrier: Carrier::S10Post,
    format: Format::S10,
    confidence: Confidence::Heuristic,
    score: 0,
};

/// The ranked candidates of [`TrackingNumber::detect`](super::TrackingNumber::detect), best
/// first; a fixed-capacity list that dereferences to `&[Candidate]`.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, Confidence, TrackingNumber};
///
/// // A legacy 12-digit SF number: FedEx's check digit fails, SF's unpublished one passes.
/// let c = TrackingNumber::detect("976186294981");
/// assert!(!c.is_empty());
/// assert!(c.iter().all(|c| c.confidence() == Confidence::Heuristic));
/// assert_eq!(c[0].carrier(), Carrier::SfExpress);
/// assert!(c.iter().any(|c| c.carrier() == Carrier::Yto)); // YTO's legacy 2 + 10 shape
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Candidates {
    items: [Candidate; MAX_CANDIDATES],
    len: u8,
}

impl Candidates {
    const EMPTY: Self = Self { items: [FILLER; MAX_CANDIDATES], len: 0 };

    /// The candidates as a slice, best first.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::TrackingNumber;
    ///
    /// assert!(TrackingNumber::detect("not a number").as_slice().is_empty());
    /// ```
    pub fn as_slice(&self) -> &[Candidate] {
        self.items.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// Adds a candidate, keeping the list ranked (stable: earlier formats win ties).
    fn push(&mut self, c: Candidate) {
        let len = usize::from(self.len);
        if len >= MAX_CANDIDATES {
            return;
        }
        let mut at = len;
        while at > 0 && self.items.get(at - 1).is_some_and(|&prev| c.before(prev)) {
            at -= 1;
        }
        self.items.copy_within(at..len, at + 1);
        if let Some(slot) = self.items.get_mut(at) {
            *slot = c;
        }
        self.len += 1;
    }
}

impl Deref for Candidates {
    type Target = [Candidate];

    fn deref(&self) -> &[Candidate] {
        self.as_slice()
    }
}

impl<'a> IntoIterator for &'a Candidates {
    type Item = &'a Candidate;
    type IntoIter = std::slice::Iter<'a, Candidate>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl fmt::Debug for Candidates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl Default for Candidates {
    fn default() -> Self {
        Self::EMPTY
    }
}

/// Detection over raw text.
#[inline]
pub(crate) fn detect(text: &str) -> Candidates {
    let mut out = Candidates::EMPTY;
    let mut raw = [0u8; RAW_CAP];
    if let Ok(n) = normalize_raw(text, &mut raw) {
        detect_normalized(raw.get(..n).unwrap_or(&[]), &mut out);
    }
    out
}

/// Detection over an already normalised number.
pub(crate) fn detect_normalized(b: &[u8], out: &mut Candidates) {
    let Some(&first) = b.first() else { return };
    let by_len = BY_LEN.get(b.len()).copied().unwrap_or(0);
    let by_first = BY_FIRST.get(usize::from(first)).copied().unwrap_or(0);
    let mut bits = by_len & by_first;
    if !all_bytes(b, |x| x.is_ascii_digit()) {
        bits &= !NUMERIC_MASK;
    }
    while bits != 0 {
        let i = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        let Some(&format) = Format::ALL.get(i) else { continue };
        if let Ok(hit) = format.check(b) {
            out.push(Candidate {
                carrier: hit.carrier,
                format,
                confidence: hit.confidence,
                score: hit.score,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_bounds_every_length() {
        for (n, bits) in BY_LEN.iter().enumerate() {
            assert!(bits.count_ones() as usize <= MAX_CANDIDATES, "length {n}");
        }
    }

    /// Detection without the length, first-byte and digit filters.
    fn brute_force(b: &[u8]) -> Candidates {
        let mut out = Candidates::EMPTY;
        for &format in Format::ALL {
            if let Ok(hit) = format.check(b) {
                out.push(Candidate {
                    carrier: hit.carrier,
                    format,
                    confidence: hit.confidence,
                    score: hit.score,
                });
            }
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        #[test]
        fn filters_lose_nothing(
            s in "[0-9]{8,36}|[0-9A-Z]{8,24}|[A-Z]{1,4}[0-9]{6,20}[A-Z]{0,2}|[0-9]{4,20}[A-Z][0-9]{0,12}"
        ) {
            let mut fast = Candidates::EMPTY;
            detect_normalized(s.as_bytes(), &mut fast);
            proptest::prop_assert_eq!(fast, brute_force(s.as_bytes()));
        }
    }

    #[test]
    fn filters_lose_nothing_on_samples() {
        for s in [
            "1Z5R89390357567127",
            "RB123456785GB",
            "976186294981",
            "4PX3000123456789CN",
            "008182709980000020033350276C",
            "09980000020034D",
            "C11031500001879",
            "6A16723741816",
        ] {
            let mut fast = Candidates::EMPTY;
            detect_normalized(s.as_bytes(), &mut fast);
            assert!(!fast.is_empty(), "{s}");
            assert_eq!(fast, brute_force(s.as_bytes()), "{s}");
        }
    }

    /// Every 4-digit prefix at every numeric length: the first-byte and digit filters must not
    /// hide a numeric shape (prefix tables go up to 4 digits: 2008, 7518, 8050, 3042).
    #[test]
    fn filters_lose_no_numeric_prefix() {
        for len in [8usize, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 22] {
            for prefix in 0..10_000u32 {
                let mut s = format!("{prefix:04}");
                s.push_str(&"0".repeat(len - 4));
                let mut fast = Candidates::EMPTY;
                detect_normalized(s.as_bytes(), &mut fast);
                assert_eq!(fast, brute_force(s.as_bytes()), "{s}");
            }
        }
    }

    /// Public samples of every Chinese shape with letters (cn_courier_numbers.md §2).
    #[test]
    fn filters_lose_no_lettered_shape() {
        for s in [
            "SF1385628716739",
            "JDV000000058367",
            "JDVA11408814483",
            "VA45306123456",
            "YT8962646785389",
            "JT5261988016578",
            "DPK202252612836",
            "LP00492755414105",
            "4PX3000123456789CN",
            "UG336196744YP",
            "YD123456789YW",
            "6A16723741816",
            "PA12345678965",
            "GA12345678911",
            "B123456789012",
            "BXA1234567890",
            "K81234567890",
            "C000012345678",
            "AB1234567890",
            "A123456789",
            "YT2229521272164446",
        ] {
            let mut fast = Candidates::EMPTY;
            detect_normalized(s.as_bytes(), &mut fast);
            assert!(!fast.is_empty(), "{s}");
            assert_eq!(fast, brute_force(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn push_keeps_rank_and_ties_in_order() {
        let mut c = Candidates::EMPTY;
        let mk = |format, confidence, score| Candidate {
            carrier: Carrier::Ups,
            format,
            confidence,
            score,
        };
        c.push(mk(Format::Zto, Confidence::Heuristic, 10));
        c.push(mk(Format::Ups, Confidence::CheckDigitVerified, 1));
        c.push(mk(Format::Sto, Confidence::Heuristic, 10));
        c.push(mk(Format::Yto, Confidence::Heuristic, 50));
        let order: Vec<Format> = c.iter().map(Candidate::format).collect();
        assert_eq!(order, [Format::Ups, Format::Yto, Format::Zto, Format::Sto]);
    }
}
