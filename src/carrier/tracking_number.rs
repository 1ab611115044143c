//! [`TrackingNumber`]: a carrier's tracking number (运单号 / 快递单号), valid by construction.

use std::fmt;

use super::catalogue::Carrier;
use super::detect::{self, Candidates, Confidence};
use super::error::TrackingNumberError;
use super::format::{Format, Hit};
use super::normalize::{self, MAX_LEN, Number, Unfit, normalize_inline};
use super::s10::S10;
use super::shape::Miss;
use crate::geo::Country;

/// A tracking number that fits one of its carrier's formats, in normal form.
///
/// Build one with [`parse`](Self::parse) (a carrier and a text: checks the format and the
/// check digit), [`parse_as`](Self::parse_as) (one format), or find the candidates of an
/// unknown number with [`detect`](Self::detect). Input is first normalised
/// ([`normalize`](Self::normalize)): spaces, hyphens and full-width characters are removed or
/// folded and letters are upper-cased, so `"1z 5r89-3903 5756 7127"` and
/// `"１Ｚ５Ｒ８９３９０３５７５６７１２７"` are the same number.
///
/// `Display` prints the normalised number. With the `serde` feature a tracking number is
/// written as `{"carrier": …, "format": …, "number": …}` and read back through
/// [`parse_as`](Self::parse_as) (or [`parse`](Self::parse) when `format` is absent).
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, Confidence, Format, TrackingNumber};
///
/// let n = TrackingNumber::parse(Carrier::Ups, "1z 5r89 3903 5756 7127")?;
/// assert_eq!(n.to_string(), "1Z5R89390357567127");
/// assert_eq!(n.carrier(), Carrier::Ups);
/// assert_eq!(n.format(), Format::Ups);
/// assert_eq!(n.confidence(), Confidence::CheckDigitVerified);
///
/// // The check digit is 7, not 8.
/// assert!(TrackingNumber::parse(Carrier::Ups, "1Z5R89390357567128").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TrackingNumber {
    carrier: Carrier,
    format: Format,
    number: Number,
}

impl TrackingNumber {
    /// Parses `text` as a tracking number of `carrier`: normalises it, then tries each of the
    /// carrier's [`formats`](Carrier::formats) (shape, then check digit, then the UPU S10
    /// service and country rules) and keeps the best-ranked match.
    ///
    /// A postal operator accepts an S10 number only of its own country (`…JP` for
    /// [`Carrier::JapanPost`]); [`Carrier::S10Post`] accepts any country and the result carries
    /// the country's operator ([`Carrier::RoyalMail`] for `…GB`). For Chinese couriers, whose
    /// check digits are unpublished, a failing SF legacy or EMS check does not reject (it lowers
    /// [`confidence`](Self::confidence) ranking in [`detect`](Self::detect) instead).
    ///
    /// # Errors
    ///
    /// [`TrackingNumberError`]: empty text, a length none of the carrier's formats has, a
    /// character that fits no format at its position, a wrong check digit, a reserved S10
    /// service indicator or an unknown S10 country, or an S10 number of another operator.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, Format, TrackingNumber, TrackingNumberError};
    ///
    /// let n = TrackingNumber::parse(Carrier::ChinaPost, "ev008712571cn")?;
    /// assert_eq!(n.format(), Format::S10);
    ///
    /// let err = TrackingNumber::parse(Carrier::JapanPost, "RB123456785US").unwrap_err();
    /// assert!(matches!(err, TrackingNumberError::S10Issuer { issuer: Carrier::Usps, .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(carrier: Carrier, text: &str) -> Result<Self, TrackingNumberError> {
        parse_formats(carrier, carrier.formats(), text)
    }

    /// Parses `text` as a number of one format; the carrier is the format's
    /// ([`Format::carrier`]), or for [`Format::S10`] the operator of the number's country.
    ///
    /// # Errors
    ///
    /// As [`parse`](Self::parse), naming the format's carrier.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, Format, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse_as(Format::S10, "RB123456785DE")?;
    /// assert_eq!(n.carrier(), Carrier::DeutschePost);
    /// assert!(TrackingNumber::parse_as(Format::Fedex12, "996578788855").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_as(format: Format, text: &str) -> Result<Self, TrackingNumberError> {
        parse_formats(format.carrier(), &[format], text)
    }

    /// Every carrier format `text` fits, ranked best first (see [`Confidence`]): a number with
    /// a verified check digit before one that only fits a shape, a specific shape before a
    /// generic one, and Chinese couriers' unverified numeric shapes last. Empty when nothing
    /// fits. Does not allocate.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, Confidence, TrackingNumber};
    ///
    /// // A 14-digit ZTO number also fits DHL eCommerce's bare 14 digits; ZTO's prefix is more
    /// // specific, so it ranks first.
    /// let c = TrackingNumber::detect("73610555582883");
    /// let carriers: Vec<Carrier> = c.iter().map(|c| c.carrier()).collect();
    /// assert_eq!(carriers[..2], [Carrier::Zto, Carrier::DhlEcommerce]);
    ///
    /// // An Old Dominion PRO number also passes DHL Express's mod-7 check.
    /// let c = TrackingNumber::detect("78045768393");
    /// assert_eq!(c[0].carrier(), Carrier::OldDominion);
    /// assert!(c.iter().any(|c| c.carrier() == Carrier::DhlExpress
    ///     && c.confidence() == Confidence::CheckDigitVerified));
    /// ```
    #[inline]
    pub fn detect(text: &str) -> Candidates {
        detect::detect(text)
    }

    /// The normal form of any text: full-width characters folded to ASCII, white space and
    /// hyphens removed, letters upper-cased, a JD package suffix (`-1-3-`) and an SF phone tail
    /// (`:1234`) dropped. Idempotent.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::TrackingNumber;
    ///
    /// assert_eq!(TrackingNumber::normalize(" rb 123-456-785 gb "), "RB123456785GB");
    /// assert_eq!(TrackingNumber::normalize("ＳＦ１３８５６２８７１６７３９"), "SF1385628716739");
    /// assert_eq!(TrackingNumber::normalize("JDV000000058367-1-3-"), "JDV000000058367");
    /// ```
    pub fn normalize(text: &str) -> String {
        normalize::normalize(text)
    }

    /// The normalised number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::YunExpress, "yt 2229 5212 7216 4446")?;
    /// assert_eq!(n.as_str(), "YT2229521272164446");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.number.as_str()
    }

    /// The carrier.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::S10Post, "RB123456785GB")?;
    /// assert_eq!(n.carrier(), Carrier::RoyalMail);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn carrier(&self) -> Carrier {
        self.carrier
    }

    /// The format the number fits.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, Format, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::Fedex, "986578788855")?;
    /// assert_eq!(n.format(), Format::Fedex12);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn format(&self) -> Format {
        self.format
    }

    /// How much the format match says (as in [`detect`](Self::detect)).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, Confidence, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::Zto, "73610555582883")?;
    /// assert_eq!(n.confidence(), Confidence::Heuristic);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn confidence(&self) -> Confidence {
        self.format.check(self.number.as_bytes()).map_or(Confidence::Heuristic, |h| h.confidence)
    }

    /// The carrier's tracking page for this number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// assert_eq!(
    ///     n.tracking_url(),
    ///     "https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1385628716739"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tracking_url(&self) -> String {
        self.carrier.tracking_url(self)
    }

    /// The UPU S10 parts (service indicator, serial, check digit, country, issuer), when the
    /// number is an S10 number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// assert_eq!(n.s10().map(|s| s.issuer()), Some(Carrier::JapanPost));
    /// let n = TrackingNumber::parse(Carrier::Ups, "1Z5R89390357567127")?;
    /// assert!(n.s10().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn s10(&self) -> Option<S10> {
        (self.format == Format::S10).then(|| S10::from_valid(self.number.as_bytes())).flatten()
    }

    /// The service the number's service code names, from the data set's look-ups: UPS service
    /// codes, UPS waybill letters, USPS service types and application identifiers, DPD service
    /// codes, FedEx SSCC container types, and the UPU S10 service class.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::Ups, "1ZXX3150YW44070023")?;
    /// assert_eq!(n.service(), Some("UPS SurePost - Delivered by the USPS"));
    /// let n = TrackingNumber::parse(Carrier::ChinaPost, "EV008712571CN")?;
    /// assert_eq!(n.service(), Some("EMS"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn service(&self) -> Option<&'static str> {
        self.format.service(self.number.as_bytes())
    }
}

impl TrackingNumber {
    /// The destination country a DPD 28-character barcode carries (its ISO 3166-1 numeric
    /// `CountryCode` group, the data set's DPD "Country Code" look-up); `None` for other formats.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    ///
    /// // … 350 (service AM0) 276 (Germany) C
    /// let n = TrackingNumber::parse(Carrier::Dpd, "00 81827 0998 0000 0200 33 350 276 C")?;
    /// assert_eq!(n.destination_country(), Some(Country::DE));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn destination_country(&self) -> Option<Country> {
        if self.format != Format::Dpd28 {
            return None;
        }
        let digits = self.number.as_bytes().get(24..27)?;
        let numeric = digits
            .iter()
            .try_fold(0u16, |acc, &d| d.is_ascii_digit().then(|| acc * 10 + u16::from(d - b'0')))?;
        Country::from_numeric(numeric)
    }
}

impl fmt::Display for TrackingNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for TrackingNumber {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// The shared parse: the best match among `formats`, or the most telling error.
fn parse_formats(
    carrier: Carrier,
    formats: &[Format],
    text: &str,
) -> Result<TrackingNumber, TrackingNumberError> {
    let number = match normalize_inline(text) {
        Ok(n) => n,
        Err(unfit) => return Err(unfit_error(carrier, formats, text, unfit)),
    };
    let b = number.as_bytes();
    if b.is_empty() {
        return Err(TrackingNumberError::Empty { carrier });
    }
    let mut best: Option<(Format, Hit)> = None;
    let mut closest: Option<(Format, Miss)> = None;
    let mut foreign: Option<Carrier> = None;
    for &format in formats {
        match format.check(b) {
            Ok(hit) => {
                let own =
                    format != Format::S10 || carrier == Carrier::S10Post || hit.carrier == carrier;
                if !own {
                    foreign = Some(hit.carrier);
                } else if best
                    .is_none_or(|(_, b)| (hit.confidence, hit.score) > (b.confidence, b.score))
                {
                    best = Some((format, hit));
                }
            }
            Err(miss) => {
                if closest.is_none_or(|(_, m)| miss.progress() > m.progress()) {
                    closest = Some((format, miss));
                }
            }
        }
    }
    if let Some((format, hit)) = best {
        return Ok(TrackingNumber { carrier: hit.carrier, format, number });
    }
    let text = number.as_str().to_owned();
    if let Some(issuer) = foreign {
        return Err(TrackingNumberError::S10Issuer { carrier, number: text, issuer });
    }
    Err(match closest {
        Some((format, miss)) => miss_error(carrier, format, formats, text, miss),
        None => length_error(carrier, formats, text),
    })
}

fn miss_error(
    carrier: Carrier,
    format: Format,
    formats: &[Format],
    number: String,
    miss: Miss,
) -> TrackingNumberError {
    let b = number.as_bytes();
    let part = |r: std::ops::Range<usize>| {
        b.get(r).map(|s| String::from_utf8_lossy(s).into_owned()).unwrap_or_default()
    };
    match miss {
        Miss::Length => length_error(carrier, formats, number),
        Miss::Char { pos, expected } => TrackingNumberError::Character {
            carrier,
            format,
            found: number.chars().nth(pos).unwrap_or('?'),
            position: pos + 1,
            expected: expected.describe(),
            number,
        },
        Miss::Check { expected, found } => TrackingNumberError::CheckDigit {
            carrier,
            format,
            number,
            expected: char::from(expected),
            found: char::from(found),
        },
        Miss::Service => {
            TrackingNumberError::S10ServiceIndicator { carrier, indicator: part(0..2), number }
        }
        Miss::Country => TrackingNumberError::S10Country { carrier, code: part(11..13), number },
    }
}

fn length_error(carrier: Carrier, formats: &[Format], number: String) -> TrackingNumberError {
    let mut lengths = 0u64;
    for f in formats {
        for n in f.lengths() {
            lengths |= 1 << n;
        }
    }
    TrackingNumberError::Length {
        carrier,
        found: number.chars().count(),
        expected: describe_lengths(lengths),
        number,
    }
}

/// `"10-11, 14"` for the bit set {10, 11, 14}.
fn describe_lengths(bits: u64) -> String {
    let mut parts = Vec::new();
    let mut n = 0usize;
    while n < 64 {
        if bits & (1 << n) == 0 {
            n += 1;
            continue;
        }
        let start = n;
        while n + 1 < 64 && bits & (1 << (n + 1)) != 0 {
            n += 1;
        }
        parts.push(if start == n { start.to_string() } else { format!("{start}-{n}") });
        n += 1;
    }
    parts.join(", ")
}

/// The error for a text whose normal form has a non-ASCII character or is too long.
fn unfit_error(
    carrier: Carrier,
    formats: &[Format],
    text: &str,
    unfit: Unfit,
) -> TrackingNumberError {
    let number = normalize::normalize(text);
    match unfit {
        Unfit::TooLong => length_error(carrier, formats, number),
        Unfit::NonAscii => {
            let (pos, found) =
                number.chars().enumerate().find(|(_, c)| !c.is_ascii()).unwrap_or((0, '?'));
            let format = formats.first().copied().unwrap_or(Format::S10);
            if number.chars().count() > MAX_LEN {
                return length_error(carrier, formats, number);
            }
            TrackingNumberError::Character {
                carrier,
                format,
                number,
                position: pos + 1,
                found,
                expected: "an ASCII digit or letter".to_owned(),
            }
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Carrier, Format, TrackingNumber};

    /// The serialised form.
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Repr<'a> {
        carrier: Carrier,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        format: Option<Format>,
        #[serde(borrow)]
        number: std::borrow::Cow<'a, str>,
    }

    impl serde::Serialize for TrackingNumber {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Repr { carrier: self.carrier, format: Some(self.format), number: self.as_str().into() }
                .serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for TrackingNumber {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            use serde::de::Error;
            let r = Repr::deserialize(deserializer)?;
            let n = match r.format {
                Some(format) => TrackingNumber::parse_as(format, &r.number),
                None => TrackingNumber::parse(r.carrier, &r.number),
            }
            .map_err(D::Error::custom)?;
            if n.carrier() != r.carrier {
                return Err(D::Error::custom(format_args!(
                    "{}: {:?} is a number of {}",
                    r.carrier,
                    n.as_str(),
                    n.carrier()
                )));
            }
            Ok(n)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_description() {
        assert_eq!(describe_lengths((1 << 10) | (1 << 11) | (1 << 14)), "10-11, 14");
        assert_eq!(describe_lengths(1 << 13), "13");
    }

    #[test]
    fn errors_name_the_problem() {
        let e = TrackingNumber::parse(Carrier::Ups, "1Z5R8939035756712").unwrap_err();
        assert!(matches!(e, TrackingNumberError::Length { found: 17, .. }), "{e:?}");
        let e = TrackingNumber::parse(Carrier::YunExpress, "YT22295212721644X6").unwrap_err();
        assert!(
            matches!(e, TrackingNumberError::Character { position: 17, found: 'X', .. }),
            "{e:?}"
        );
        let e = TrackingNumber::parse(Carrier::ChinaPost, "JA123456785CN").unwrap_err();
        assert!(matches!(e, TrackingNumberError::S10ServiceIndicator { .. }), "{e:?}");
        let e = TrackingNumber::parse(Carrier::Usps, "").unwrap_err();
        assert_eq!(e, TrackingNumberError::Empty { carrier: Carrier::Usps });
        let e = TrackingNumber::parse(Carrier::Usps, "运单").unwrap_err();
        assert!(matches!(e, TrackingNumberError::Character { position: 1, found: '运', .. }));
    }
}
