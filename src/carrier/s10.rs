//! UPU S10 item identifiers (国际邮件条码号), the 13-character numbers of international postal
//! items: China Post / EMS, Japan Post, Deutsche Post, USPS, Royal Mail, Canada Post and every
//! other designated postal operator.
//!
//! Source: UPU standard S10 ("Identification of postal items — 13-character identifier"):
//! 2-letter service indicator, 8-digit serial, 1 check digit (weights 8 6 4 2 3 5 9 7,
//! `C = 11 − S mod 11`, 10 → 0, 11 → 5) and the ISO 3166-1 alpha-2 code of the issuing
//! operator's country. Service-indicator ranges: the S10 table as reproduced by
//! `tracking_number_data` (`couriers/s10.json`, "Service Type") and by BWIPP's UPU-S10 notes,
//! which add that indicators starting with J, K, S, T or W are reserved and refused.

use std::fmt;

use super::catalogue::Carrier;
use super::check_digit::CheckDigit;
use super::shape::{Expect, Miss, all, verify};
use crate::geo::Country;

/// The class of postal service a UPU S10 service indicator (the first two letters) names.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::S10Service;
///
/// assert_eq!(S10Service::from_indicator("EV"), Some(S10Service::Ems));
/// assert_eq!(S10Service::from_indicator("RB"), Some(S10Service::Registered));
/// assert_eq!(S10Service::from_indicator("JA"), None); // reserved
/// assert_eq!(S10Service::Ems.to_string(), "EMS");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum S10Service {
    /// `EA`–`EZ`: EMS, the express mail service (特快专递).
    Ems,
    /// `LA`–`LZ`: letter post, express.
    LetterExpress,
    /// `MA`–`MZ`: M-bags (direct sacks of printed matter).
    MBag,
    /// `QA`–`QM`: International Business Reply Service.
    Ibrs,
    /// `RA`–`RZ`: registered letter post (挂号).
    Registered,
    /// `UA`–`UZ`: other letter post items bearing a customs declaration (CN 22/CN 23).
    LetterOther,
    /// `VA`–`VZ`: insured letter post.
    Insured,
    /// `CA`–`CZ`: parcel post (包裹).
    Parcel,
    /// `HA`–`HZ`: e-commerce parcels.
    ECommerceParcel,
    /// `B?`, `D?`, `N?`, `P?`, `Z?`, `AV`–`AZ`, `GA`, `GD`: domestic, bilateral or multilateral use.
    Domestic,
    /// Any other indicator outside the reserved ranges (e.g. `AG`, `AS`, used by China Post):
    /// the standard assigns it no common meaning.
    Unassigned,
}

impl S10Service {
    /// The class of a two-letter service indicator, or `None` for a reserved one (first letter
    /// J, K, S, T or W) or one that is not two upper-case letters.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::S10Service;
    ///
    /// assert_eq!(S10Service::from_indicator("CP"), Some(S10Service::Parcel));
    /// assert_eq!(S10Service::from_indicator("QN"), Some(S10Service::Unassigned));
    /// assert_eq!(S10Service::from_indicator("TA"), None);
    /// ```
    pub fn from_indicator(indicator: &str) -> Option<Self> {
        match indicator.as_bytes() {
            &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Self::classify(a, b),
            _ => None,
        }
    }

    fn classify(a: u8, b: u8) -> Option<Self> {
        Some(match (a, b) {
            (b'J' | b'K' | b'S' | b'T' | b'W', _) => return None,
            (b'E', _) => Self::Ems,
            (b'L', _) => Self::LetterExpress,
            (b'M', _) => Self::MBag,
            (b'Q', b'A'..=b'M') => Self::Ibrs,
            (b'R', _) => Self::Registered,
            (b'U', _) => Self::LetterOther,
            (b'V', _) => Self::Insured,
            (b'C', _) => Self::Parcel,
            (b'H', _) => Self::ECommerceParcel,
            (b'B' | b'D' | b'N' | b'P' | b'Z', _) | (b'A', b'V'..=b'Z') | (b'G', b'A' | b'D') => {
                Self::Domestic
            }
            _ => Self::Unassigned,
        })
    }

    /// The English name of the class, as the data set's S10 "Service Type" look-up spells it.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::S10Service;
    ///
    /// assert_eq!(S10Service::Registered.name(), "Letter Post Registered");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Self::Ems => "EMS",
            Self::LetterExpress => "Letter Post Express",
            Self::MBag => "Letter Post M-bag",
            Self::Ibrs => "Letter Post IBRS",
            Self::Registered => "Letter Post Registered",
            Self::LetterOther => "Letter Post Misc",
            Self::Insured => "Letter Post Insured",
            Self::Parcel => "Parcel Post",
            Self::ECommerceParcel => "Parcel Post (e-commerce)",
            Self::Domestic => "Domestic",
            Self::Unassigned => "Unassigned",
        }
    }
}

impl fmt::Display for S10Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The parts of a valid UPU S10 identifier, e.g. `EV008712571CN`.
///
/// Get one from [`TrackingNumber::s10`](super::TrackingNumber::s10).
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, S10Service, TrackingNumber};
/// use crossborder::geo::Country;
///
/// let n = TrackingNumber::parse(Carrier::ChinaPost, "EV 008 712 571 CN")?;
/// let s10 = n.s10().ok_or("not S10")?;
/// assert_eq!(s10.service_indicator(), "EV");
/// assert_eq!(s10.service(), S10Service::Ems);
/// assert_eq!(s10.serial(), "00871257");
/// assert_eq!(s10.check_digit(), '1');
/// assert_eq!(s10.country(), Country::CN);
/// assert_eq!(s10.issuer(), Carrier::ChinaPost);
/// assert_eq!(s10.issuer_name(), "China Post");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct S10 {
    text: [u8; 13],
    service: S10Service,
    country: Country,
}

impl S10 {
    /// The two-letter service indicator, e.g. `"RB"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::RoyalMail, "RB123456785GB")?;
    /// let s10 = n.s10().ok_or("not S10")?;
    /// assert_eq!(s10.service_indicator(), "RB");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn service_indicator(&self) -> &str {
        self.part(0..2)
    }

    /// The class of service the indicator names.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, S10Service, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::RoyalMail, "RB123456785GB")?;
    /// assert_eq!(n.s10().map(|s| s.service()), Some(S10Service::Registered));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn service(&self) -> S10Service {
        self.service
    }

    /// The eight-digit serial number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::RoyalMail, "RB123456785GB")?;
    /// let s10 = n.s10().ok_or("not S10")?;
    /// assert_eq!(s10.serial(), "12345678");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn serial(&self) -> &str {
        self.part(2..10)
    }

    /// The check digit.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::RoyalMail, "RB123456785GB")?;
    /// assert_eq!(n.s10().map(|s| s.check_digit()), Some('5'));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_digit(&self) -> char {
        self.text.get(10).map_or('0', |&b| char::from(b))
    }

    /// The country whose designated postal operator issued the number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    ///
    /// let n = TrackingNumber::parse(Carrier::RoyalMail, "RB123456785GB")?;
    /// assert_eq!(n.s10().map(|s| s.country()), Some(Country::GB));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Country {
        self.country
    }

    /// The catalogued postal operator of the country (`…CN` → China Post, `…JP` → Japan Post,
    /// `…DE` → Deutsche Post, `…US` → USPS, `…GB` → Royal Mail, `…CA` → Canada Post), or the
    /// generic [`Carrier::S10Post`] for any other country.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::S10Post, "RB123456785CV")?;
    /// assert_eq!(n.s10().map(|s| s.issuer()), Some(Carrier::S10Post));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn issuer(&self) -> Carrier {
        issuer_of(self.country)
    }

    /// The issuing operator's English name: the catalogue name, or
    /// `"postal operator of <country>"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::S10Post, "RB123456785JP")?;
    /// assert_eq!(n.s10().map(|s| s.issuer_name()).as_deref(), Some("Japan Post"));
    /// let n = TrackingNumber::parse(Carrier::S10Post, "RB123456785CV")?;
    /// assert_eq!(
    ///     n.s10().map(|s| s.issuer_name()).as_deref(),
    ///     Some("postal operator of Cabo Verde")
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn issuer_name(&self) -> String {
        match self.issuer() {
            Carrier::S10Post => format!("postal operator of {}", self.country.name_en()),
            c => c.name_en().to_owned(),
        }
    }

    fn part(&self, range: std::ops::Range<usize>) -> &str {
        self.text.get(range).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("")
    }

    /// The parts of an already validated S10 number.
    pub(crate) fn from_valid(b: &[u8]) -> Option<Self> {
        let text: [u8; 13] = b.try_into().ok()?;
        let service = S10Service::classify(*b.first()?, *b.get(1)?)?;
        let country = country_of(b)?;
        Some(Self { text, service, country })
    }
}

/// The postal operator (catalogue entry) that issues S10 numbers for `country`.
pub(crate) fn issuer_of(country: Country) -> Carrier {
    match country {
        Country::CN => Carrier::ChinaPost,
        Country::JP => Carrier::JapanPost,
        Country::DE => Carrier::DeutschePost,
        Country::US => Carrier::Usps,
        Country::GB => Carrier::RoyalMail,
        Country::CA => Carrier::CanadaPost,
        _ => Carrier::S10Post,
    }
}

/// The ISO 3166-1 country of the last two letters: a binary search of [`Country::ALL`] (sorted
/// by alpha-2), which unlike `Country::from_alpha2` builds no error on a miss, keeping
/// detection allocation-free.
fn country_of(b: &[u8]) -> Option<Country> {
    let key = (*b.get(11)?, *b.get(12)?);
    Country::ALL
        .binary_search_by(|c| {
            let a = c.alpha2().as_bytes();
            (a.first().copied().unwrap_or(0), a.get(1).copied().unwrap_or(0)).cmp(&key)
        })
        .ok()
        .and_then(|i| Country::ALL.get(i).copied())
}

/// Checks an S10 number (normalised, so upper case): shape, service indicator, check digit,
/// country. Returns the issuing operator.
pub(crate) fn check(b: &[u8]) -> Result<Carrier, Miss> {
    if b.len() != 13 {
        return Err(Miss::Length);
    }
    all(b, 0, 2, Expect::Upper)?;
    all(b, 2, 9, Expect::Digit)?;
    all(b, 11, 2, Expect::Upper)?;
    match (b.first(), b.get(1)) {
        (Some(&x), Some(&y)) if S10Service::classify(x, y).is_some() => {}
        _ => return Err(Miss::Service),
    }
    verify(b, 2..10, 10, CheckDigit::S10)?;
    country_of(b).map(issuer_of).ok_or(Miss::Country)
}

/// The S10 check digit over `b[2..10]` placed at `b[10]`, without shape rules: the observed
/// (unpublished) check of EMS 13-digit numbers and Yanwen `UG…YP` numbers.
pub(crate) fn s10_check_passes(b: &[u8]) -> bool {
    verify(b, 2..10, 10, CheckDigit::S10).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_set_vectors() {
        assert_eq!(check(b"RB123456785GB"), Ok(Carrier::RoyalMail));
        assert_eq!(check(b"RB123456785US"), Ok(Carrier::Usps));
        assert_eq!(check(b"RB123456785CV"), Ok(Carrier::S10Post));
        assert_eq!(check(b"RB123456786US"), Err(Miss::Check { expected: b'5', found: b'6' }));
    }

    #[test]
    fn reserved_indicator() {
        // 12345678 → check 5 (S = 204, r = 6), so only the indicator is wrong.
        assert_eq!(check(b"JA123456785CN"), Err(Miss::Service));
        assert_eq!(check(b"WZ123456785CN"), Err(Miss::Service));
        assert_eq!(check(b"AG123456785CN"), Ok(Carrier::ChinaPost));
    }

    #[test]
    fn country_list_is_sorted_for_binary_search() {
        assert!(Country::ALL.windows(2).all(|w| w[0].alpha2() < w[1].alpha2()));
        assert_eq!(country_of(b"RB123456785TW"), Some(Country::TW));
        assert_eq!(country_of(b"RB123456785YP"), None);
        assert_eq!(country_of(b"RB123456785UK"), None);
    }

    #[test]
    fn issuers() {
        assert_eq!(issuer_of(Country::JP), Carrier::JapanPost);
        assert_eq!(issuer_of(Country::DE), Carrier::DeutschePost);
        assert_eq!(issuer_of(Country::CA), Carrier::CanadaPost);
    }
}
