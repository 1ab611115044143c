//! [`Country`] (ISO 3166-1) and [`CustomsRegion`] (the customs territories of China).

use std::fmt;
use std::str::FromStr;

use super::country_table::{BY_ALPHA3, BY_NUMERIC, COUNTRIES, CountryRecord};
use super::customs_country::CustomsCountryCode;
use super::error::{ParseCountryError, ParseCustomsRegionError};
use crate::money::{Currency, Money};

const EXPECTED_ALPHA2: &str = "2 ASCII letters (ISO 3166-1 alpha-2)";
const EXPECTED_ALPHA3: &str = "3 ASCII letters (ISO 3166-1 alpha-3)";
const EXPECTED_ANY: &str = "2 or 3 ASCII letters (ISO 3166-1 alpha-2 or alpha-3)";

/// A country or territory (国家(地区)) with an officially assigned ISO 3166-1 code.
///
/// All 249 officially assigned codes exist as associated consts named by alpha-2 code
/// ([`Country::CN`], [`Country::US`], [`Country::JP`], [`Country::DE`], [`Country::HK`], …) and
/// are listed in [`Country::ALL`]. The value is one byte (a private index into a generated,
/// sorted table), so it is `Copy`, and every lookup is a binary search without allocation.
/// The consts can be used in `match` patterns. `Ord` sorts by alpha-2 code.
///
/// Each country also carries the China customs facts the law needs: its three-digit customs
/// country/region code ([`customs_code`](Self::customs_code); *not* ISO numeric: Japan is `116`,
/// ISO 392), the Chinese name of the customs table ([`name_zh`](Self::name_zh)) and its
/// [`CustomsRegion`].
///
/// # Parsing and display
///
/// [`Display`](fmt::Display) prints the alpha-2 code. [`FromStr`] accepts an alpha-2 *or* alpha-3
/// code in any ASCII case (`"jp"`, `"JPN"`), so values typed by people and read from files with
/// lower-case codes parse, and the canonical upper-case alpha-2 output always parses back. It does
/// **not** trim: `" JP"` is an error, because padding in a code field usually means a
/// fixed-width field was read wrongly, and silently accepting it would hide that. Names are not
/// accepted. With the `serde` feature a country serialises as its alpha-2 string and
/// deserialises through the same `FromStr`.
///
/// # Sources
///
/// ISO 3166-1 codes and English short names: the Debian `iso-codes` data (as shipped by the
/// `pycountry` package), turned into Rust by `tools/gen_countries.py`. Customs codes and Chinese
/// names: the customs.gov.cn 通关参数查询 国别(地区) table (JGS-20), see
/// [`CustomsCountryCode`].
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Country, CustomsCountryCode};
///
/// let jp: Country = "JP".parse()?;
/// assert_eq!(jp, Country::JP);
/// assert_eq!(jp.alpha3(), "JPN");
/// assert_eq!(jp.numeric(), 392);
/// assert_eq!(jp.name_en(), "Japan");
/// assert_eq!(jp.name_zh(), Some("日本"));
/// assert_eq!(jp.customs_code(), Some(CustomsCountryCode::JAPAN));
/// assert_eq!(jp.customs_code().map(|c| c.as_str()), Some("116"));
/// assert_eq!("usa".parse::<Country>()?, Country::US);
/// assert_eq!(Country::DE.to_string(), "DE");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(pub(super) u8);

impl Country {
    #[allow(clippy::indexing_slicing)] // in bounds: a `Country` is only ever built from a position in `COUNTRIES` (the generated consts and the lookups below), and the field is private to `geo`; the `every_country_index_is_in_bounds` test checks all of them.
    fn record(self) -> &'static CountryRecord {
        &COUNTRIES[usize::from(self.0)]
    }

    fn from_index(index: usize) -> Option<Self> {
        u8::try_from(index).ok().filter(|&i| usize::from(i) < COUNTRIES.len()).map(Self)
    }

    /// The ISO 3166-1 alpha-2 code, e.g. `"JP"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    ///
    /// assert_eq!(Country::GB.alpha2(), "GB");
    /// ```
    pub fn alpha2(self) -> &'static str {
        self.record().alpha2
    }

    /// The ISO 3166-1 alpha-3 code, e.g. `"JPN"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    ///
    /// assert_eq!(Country::GB.alpha3(), "GBR");
    /// ```
    pub fn alpha3(self) -> &'static str {
        self.record().alpha3
    }

    /// The ISO 3166-1 numeric code, e.g. `392` for Japan (written `"392"`; Afghanistan is `4`,
    /// written `"004"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    ///
    /// assert_eq!(Country::CN.numeric(), 156);
    /// ```
    pub fn numeric(self) -> u16 {
        self.record().numeric
    }

    /// The ISO 3166-1 English short name in the `iso-codes` spelling, e.g.
    /// `"Korea, Republic of"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    ///
    /// assert_eq!(Country::DE.name_en(), "Germany");
    /// ```
    pub fn name_en(self) -> &'static str {
        self.record().name_en
    }

    /// The Chinese name used by the China customs country/region table, or `None` for the 28
    /// ISO countries that table has no code for.
    ///
    /// These are customs names, verbatim: Taiwan is `"台澎金马关税区"` (the customs territory),
    /// Nepal `"尼泊尔联邦民主共和国"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    ///
    /// assert_eq!(Country::US.name_zh(), Some("美国"));
    /// assert_eq!(Country::AQ.name_zh(), None); // Antarctica has no customs code
    /// ```
    pub fn name_zh(self) -> Option<&'static str> {
        self.record().name_zh
    }

    /// The three-digit China customs country/region code (国别(地区)代码) for this country, or
    /// `None` where the customs table has no one-to-one row (28 ISO codes, e.g. `AQ`, `GU`,
    /// `VI`). No fallback to a continent "other" code (199, 299, …) is guessed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    ///
    /// assert_eq!(Country::US.customs_code().map(|c| c.as_str()), Some("502")); // ISO 840
    /// assert_eq!(Country::GU.customs_code(), None);
    /// ```
    pub fn customs_code(self) -> Option<CustomsCountryCode> {
        self.record().customs
    }

    /// Which customs territory of China, if any, this country is (内地, 香港, 澳门, 台湾), or
    /// [`CustomsRegion::Foreign`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Country, CustomsRegion};
    ///
    /// assert_eq!(Country::HK.customs_region(), CustomsRegion::HongKong);
    /// assert_eq!(Country::JP.customs_region(), CustomsRegion::Foreign);
    /// assert!(Country::TW.customs_region().is_hk_mo_tw());
    /// ```
    pub fn customs_region(self) -> CustomsRegion {
        match self {
            Self::CN => CustomsRegion::MainlandChina,
            Self::HK => CustomsRegion::HongKong,
            Self::MO => CustomsRegion::Macao,
            Self::TW => CustomsRegion::Taiwan,
            _ => CustomsRegion::Foreign,
        }
    }

    /// Looks up an ISO 3166-1 alpha-2 code, in any ASCII case.
    ///
    /// # Errors
    ///
    /// [`ParseCountryError::InvalidFormat`] unless the text is exactly two ASCII letters;
    /// [`ParseCountryError::Unassigned`] if the code is not officially assigned.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    ///
    /// assert_eq!(Country::from_alpha2("de")?, Country::DE);
    /// assert!(Country::from_alpha2("DEU").is_err());
    /// assert!(Country::from_alpha2("UK").is_err()); // the ISO code is GB
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_alpha2(text: &str) -> Result<Self, ParseCountryError> {
        let code = ascii_upper::<2>(text).ok_or_else(|| ParseCountryError::InvalidFormat {
            text: text.to_owned(),
            expected: EXPECTED_ALPHA2,
        })?;
        COUNTRIES
            .binary_search_by(|r| r.alpha2.as_bytes().cmp(&code[..]))
            .ok()
            .and_then(Self::from_index)
            .ok_or_else(|| unassigned(&code))
    }

    /// Looks up an ISO 3166-1 alpha-3 code, in any ASCII case.
    ///
    /// # Errors
    ///
    /// [`ParseCountryError::InvalidFormat`] unless the text is exactly three ASCII letters;
    /// [`ParseCountryError::Unassigned`] if the code is not officially assigned.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    ///
    /// assert_eq!(Country::from_alpha3("CHN")?, Country::CN);
    /// assert!(Country::from_alpha3("ROM").is_err()); // withdrawn, now ROU
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_alpha3(text: &str) -> Result<Self, ParseCountryError> {
        let code = ascii_upper::<3>(text).ok_or_else(|| ParseCountryError::InvalidFormat {
            text: text.to_owned(),
            expected: EXPECTED_ALPHA3,
        })?;
        BY_ALPHA3
            .binary_search_by(|(a3, _)| a3.as_bytes().cmp(&code[..]))
            .ok()
            .and_then(|i| BY_ALPHA3.get(i))
            .and_then(|&(_, index)| Self::from_index(usize::from(index)))
            .ok_or_else(|| unassigned(&code))
    }

    /// Looks up an ISO 3166-1 numeric code; `None` if it is not officially assigned.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    ///
    /// assert_eq!(Country::from_numeric(392), Some(Country::JP));
    /// assert_eq!(Country::from_numeric(0), None);
    /// ```
    pub fn from_numeric(numeric: u16) -> Option<Self> {
        BY_NUMERIC
            .binary_search_by_key(&numeric, |&(n, _)| n)
            .ok()
            .and_then(|i| BY_NUMERIC.get(i))
            .and_then(|&(_, index)| Self::from_index(usize::from(index)))
    }
}

/// Upper-cases exactly `N` ASCII letters into a buffer; `None` for any other text.
fn ascii_upper<const N: usize>(text: &str) -> Option<[u8; N]> {
    let bytes: [u8; N] = text.as_bytes().try_into().ok()?;
    if bytes.iter().all(u8::is_ascii_alphabetic) {
        Some(bytes.map(|b| b.to_ascii_uppercase()))
    } else {
        None
    }
}

fn unassigned(code: &[u8]) -> ParseCountryError {
    ParseCountryError::Unassigned { code: code.iter().map(|&b| char::from(b)).collect() }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.alpha2())
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.alpha2())
    }
}

impl FromStr for Country {
    type Err = ParseCountryError;

    /// Parses an alpha-2 or alpha-3 code in any ASCII case, without trimming.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.len() {
            2 => Self::from_alpha2(text),
            3 => Self::from_alpha3(text),
            _ => Err(ParseCountryError::InvalidFormat {
                text: text.to_owned(),
                expected: EXPECTED_ANY,
            }),
        }
    }
}

impl TryFrom<&str> for Country {
    type Error = ParseCountryError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.alpha2())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Country {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Country;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an ISO 3166-1 alpha-2 or alpha-3 country code")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Country, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// The customs territory a country or region belongs to, as China's customs law sees it
/// (关境: the mainland, and the separate customs territories 香港, 澳门 and 台澎金马).
///
/// The distinction matters for personal postal articles (个人邮寄物品, 行邮): by
/// 海关总署公告2010年第43号 (effective 2010-09-01), item 二, a postal parcel sent from or to
/// Hong Kong, Macao or Taiwan may not exceed **800 CNY** in value, and one from or to any other
/// country or region **1,000 CNY**; over the limit it must be returned or cleared as goods, except
/// a single indivisible article for personal use (item 三). Use
/// [`is_hk_mo_tw`](Self::is_hk_mo_tw) to pick the limit.
///
/// The enum is `#[non_exhaustive]`; `Display`/`FromStr` use snake_case names
/// (`"mainland_china"`, `"hong_kong"`, `"macao"`, `"taiwan"`, `"foreign"`).
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Country, CustomsRegion};
///
/// let region = Country::MO.customs_region();
/// assert_eq!(region, CustomsRegion::Macao);
/// assert!(region.is_hk_mo_tw()); // 800 CNY postal parcel limit
/// assert_eq!(region.to_string(), "macao");
/// assert_eq!("hong_kong".parse::<CustomsRegion>()?, CustomsRegion::HongKong);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::EnumString,
)]
#[strum(serialize_all = "snake_case")]
#[strum(parse_err_ty = ParseCustomsRegionError, parse_err_fn = ParseCustomsRegionError::new)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum CustomsRegion {
    /// The customs territory of the mainland (中国内地 / 关境内), ISO `CN`.
    MainlandChina,
    /// Hong Kong (香港), ISO `HK`, customs code 110.
    HongKong,
    /// Macao (澳门), ISO `MO`, customs code 121.
    Macao,
    /// Taiwan, Penghu, Kinmen and Matsu (台澎金马关税区), ISO `TW`, customs code 143.
    Taiwan,
    /// Any other country or region (其他国家和地区).
    Foreign,
}

impl CustomsRegion {
    /// Every region, in declaration order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::CustomsRegion;
    ///
    /// assert_eq!(CustomsRegion::ALL.iter().filter(|r| r.is_hk_mo_tw()).count(), 3);
    /// ```
    pub const ALL: &[Self] =
        &[Self::MainlandChina, Self::HongKong, Self::Macao, Self::Taiwan, Self::Foreign];

    /// `true` for Hong Kong, Macao and Taiwan: the regions whose personal postal parcels have the
    /// 800 CNY limit instead of 1,000 CNY (海关总署公告2010年第43号, item 二).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::CustomsRegion;
    ///
    /// assert!(CustomsRegion::Taiwan.is_hk_mo_tw());
    /// assert!(!CustomsRegion::MainlandChina.is_hk_mo_tw());
    /// assert!(!CustomsRegion::Foreign.is_hk_mo_tw());
    /// ```
    pub fn is_hk_mo_tw(self) -> bool {
        matches!(self, Self::HongKong | Self::Macao | Self::Taiwan)
    }

    /// The per-parcel value limit for personal postal articles (个人邮寄物品) sent from this
    /// region into the mainland: **800 CNY** from Hong Kong, Macao or Taiwan and **1,000 CNY**
    /// from anywhere else (海关总署公告2010年第43号, item 二, effective 2010-09-01). `None` for the
    /// mainland itself, which sends no inbound postal articles.
    ///
    /// The limit is the value at or under which a parcel is admissible; the tax module applies it
    /// together with the single-indivisible-article exception of item 三.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::CustomsRegion;
    /// use crossborder::money::{Currency, Money};
    ///
    /// assert_eq!(
    ///     CustomsRegion::HongKong.postal_parcel_limit(),
    ///     Some(Money::from_minor(80_000, Currency::CNY)) // 800.00
    /// );
    /// assert_eq!(
    ///     CustomsRegion::Foreign.postal_parcel_limit(),
    ///     Some(Money::from_minor(100_000, Currency::CNY)) // 1,000.00
    /// );
    /// assert_eq!(CustomsRegion::MainlandChina.postal_parcel_limit(), None);
    /// ```
    pub const fn postal_parcel_limit(self) -> Option<Money> {
        match self {
            Self::MainlandChina => None,
            Self::HongKong | Self::Macao | Self::Taiwan => {
                Some(Money::from_minor(80_000, Currency::CNY)) // 800.00
            }
            Self::Foreign => Some(Money::from_minor(100_000, Currency::CNY)), // 1,000.00
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_index_is_in_bounds() {
        assert_eq!(Country::ALL.len(), COUNTRIES.len());
        for (i, c) in Country::ALL.iter().enumerate() {
            assert_eq!(usize::from(c.0), i);
        }
    }

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].alpha2 < w[1].alpha2));
        assert!(BY_ALPHA3.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(BY_NUMERIC.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn lookups_agree_with_the_record() {
        for &c in Country::ALL {
            assert_eq!(Country::from_alpha2(c.alpha2()), Ok(c));
            assert_eq!(Country::from_alpha3(c.alpha3()), Ok(c));
            assert_eq!(Country::from_numeric(c.numeric()), Some(c));
        }
    }

    #[test]
    fn case_insensitive_but_not_trimmed() {
        assert_eq!("cn".parse::<Country>(), Ok(Country::CN));
        assert_eq!("cHn".parse::<Country>(), Ok(Country::CN));
        assert!(matches!(" CN".parse::<Country>(), Err(ParseCountryError::InvalidFormat { .. })));
        assert!(matches!("CN ".parse::<Country>(), Err(ParseCountryError::InvalidFormat { .. })));
        assert!(matches!("".parse::<Country>(), Err(ParseCountryError::InvalidFormat { .. })));
        // Two bytes that are one non-ASCII character.
        assert!(matches!("é".parse::<Country>(), Err(ParseCountryError::InvalidFormat { .. })));
    }

    #[test]
    fn unassigned_codes_report_upper_case() {
        assert_eq!(
            "uk".parse::<Country>(),
            Err(ParseCountryError::Unassigned { code: "UK".to_owned() })
        );
        assert_eq!(
            Country::from_alpha3("xkx"),
            Err(ParseCountryError::Unassigned { code: "XKX".to_owned() })
        );
    }

    #[test]
    fn debug_shows_the_code() {
        assert_eq!(format!("{:?}", Country::JP), "Country(JP)");
    }

    #[test]
    fn regions() {
        assert_eq!(Country::CN.customs_region(), CustomsRegion::MainlandChina);
        assert_eq!(Country::TW.customs_region(), CustomsRegion::Taiwan);
        assert_eq!(Country::US.customs_region(), CustomsRegion::Foreign);
        for &r in CustomsRegion::ALL {
            assert_eq!(r.to_string().parse::<CustomsRegion>(), Ok(r));
        }
    }
}
