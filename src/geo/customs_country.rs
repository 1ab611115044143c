//! [`CustomsCountryCode`]: the three-digit China customs country/region code.

use std::fmt;
use std::str::FromStr;

use super::country::{Country, CustomsRegion};
use super::country_table::{CUSTOMS, CustomsRecord};
use super::error::ParseCustomsCountryCodeError;

/// A China customs country/region code (国别(地区)代码): three digits from the customs code
/// set 《JGS-20 海关业务代码集》, as the CEB cross-border e-commerce messages require in their
/// `country` (起运国, 原产国) and `tradeCountry` fields.
///
/// **This is not ISO 3166-1 numeric.** Japan is `116` (ISO 392), the United States `502`
/// (ISO 840), China `142` (ISO 156). The type covers all 243 rows of the table, including the
/// 22 with no ISO counterpart: continent buckets (`199` 亚洲其他, `299`, `399`, `499`, `599`,
/// `699`), `701` 国(地)别不详, `702` international organisations, `999` neutral packing, parts
/// of ISO entities (`207` 加那利群岛, `210` Ceuta, `256` Melilla, `409` Bonaire, `436` Saba,
/// `438` Saint Martin, `604`/`605`/`612`/`615`/`616` French Polynesian island groups) and
/// withdrawn entities (`349` 塞尔维亚和黑山, `449` 荷属安地列斯).
/// [`country`](Self::country) maps the 221 rows that match one ISO code one-to-one.
///
/// The value is stored as a fixed-width string (`"007"`-style), never as an integer, as the
/// message schemas define these fields as 3-character strings.
///
/// # Source
///
/// The customs.gov.cn 通关参数查询 国别(地区) table (`zfs_table_gbdq`), captured on 2018-04-28
/// (243 rows; the code list of about 2011–2013, with 260 南苏丹). The ISO mapping is by name,
/// one-to-one, checked against ISO 3166-1. Names are kept verbatim from that table, typos
/// included (`"Bahrian"` for 102, `"Azerbai jan"` for 339, `"Cote d'lvoire"` for 223,
/// `"Conutries of Neutral Package"` for 999, double spaces in 446/447); 349 has no English name.
/// A newer official table may add codes.
///
/// # Parsing and display
///
/// [`FromStr`] and [`TryFrom<&str>`] accept exactly three ASCII digits that are in the table
/// (no trimming, no full-width digits); [`Display`](fmt::Display) prints the three digits. With
/// the `serde` feature the code serialises as that string (never a number) and deserialises
/// through `FromStr`.
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Country, CustomsCountryCode};
///
/// let code: CustomsCountryCode = "116".parse()?;
/// assert_eq!(code, CustomsCountryCode::JAPAN);
/// assert_eq!(code.as_str(), "116");
/// assert_eq!(code.name_zh(), "日本");
/// assert_eq!(code.country(), Some(Country::JP));
///
/// let unknown: CustomsCountryCode = "701".parse()?;
/// assert_eq!(unknown.name_zh(), "国(地)别不详");
/// assert_eq!(unknown.country(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomsCountryCode(pub(super) u8);

impl CustomsCountryCode {
    #[allow(clippy::indexing_slicing)] // in bounds: a `CustomsCountryCode` is only ever built from a position in `CUSTOMS` (the generated table and consts, and `from_str` below), and the field is private to `geo`; the `every_index_is_in_bounds` test checks all of them.
    fn record(self) -> &'static CustomsRecord {
        &CUSTOMS[usize::from(self.0)]
    }

    /// Parses a code; the same as `text.parse()`.
    ///
    /// # Errors
    ///
    /// [`ParseCustomsCountryCodeError::NotThreeDigits`] unless the text is exactly three ASCII
    /// digits; [`ParseCustomsCountryCodeError::NotInTable`] if the code is not in the table.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::CustomsCountryCode;
    ///
    /// assert_eq!(CustomsCountryCode::try_new("502")?, CustomsCountryCode::UNITED_STATES);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(text: &str) -> Result<Self, ParseCustomsCountryCodeError> {
        text.parse()
    }

    /// The three digits, e.g. `"116"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::CustomsCountryCode;
    ///
    /// assert_eq!(CustomsCountryCode::CHINA.as_str(), "142");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.record().code
    }

    /// The Chinese name from the customs table, verbatim (e.g. `"台澎金马关税区"` for 143).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::CustomsCountryCode;
    ///
    /// assert_eq!(CustomsCountryCode::UNITED_KINGDOM.name_zh(), "英国");
    /// ```
    pub fn name_zh(self) -> &'static str {
        self.record().name_zh
    }

    /// The English name from the customs table, verbatim with its typos and odd spacing
    /// (`"Bahrian"`, `"Macau"`, `"Korea, Rep."`); `None` for 349 塞尔维亚和黑山, whose English
    /// cell is empty in the source. For a clean English name use
    /// [`Country::name_en`] on [`country`](Self::country).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::CustomsCountryCode;
    ///
    /// assert_eq!("102".parse::<CustomsCountryCode>()?.name_en(), Some("Bahrian"));
    /// assert_eq!("349".parse::<CustomsCountryCode>()?.name_en(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name_en(self) -> Option<&'static str> {
        self.record().name_en
    }

    /// The ISO 3166-1 country this code stands for one-to-one, or `None` for the 22 codes without
    /// one (`199`, `701`, `207`, …).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Country, CustomsCountryCode};
    ///
    /// assert_eq!(CustomsCountryCode::GERMANY.country(), Some(Country::DE));
    /// assert_eq!(CustomsCountryCode::UNKNOWN.country(), None);
    /// ```
    pub fn country(self) -> Option<Country> {
        self.record().country
    }

    /// The customs region of the code: `142` mainland, `110` Hong Kong, `121` Macao, `143`
    /// Taiwan, every other code (including `701` unknown and the continent buckets)
    /// [`CustomsRegion::Foreign`], matching the "其他国家和地区" of 海关总署公告2010年第43号.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{CustomsCountryCode, CustomsRegion};
    ///
    /// assert_eq!(CustomsCountryCode::HONG_KONG.customs_region(), CustomsRegion::HongKong);
    /// assert_eq!(CustomsCountryCode::UNKNOWN.customs_region(), CustomsRegion::Foreign);
    /// ```
    pub fn customs_region(self) -> CustomsRegion {
        self.country().map_or(CustomsRegion::Foreign, Country::customs_region)
    }
}

impl fmt::Display for CustomsCountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CustomsCountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CustomsCountryCode({} {})", self.as_str(), self.name_zh())
    }
}

impl FromStr for CustomsCountryCode {
    type Err = ParseCustomsCountryCodeError;

    /// Parses exactly three ASCII digits that are in the table.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bytes = text.as_bytes();
        if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_digit) {
            return Err(ParseCustomsCountryCodeError::NotThreeDigits { text: text.to_owned() });
        }
        CUSTOMS
            .binary_search_by(|r| r.code.as_bytes().cmp(bytes))
            .ok()
            .and_then(|i| u8::try_from(i).ok())
            .map(Self)
            .ok_or_else(|| ParseCustomsCountryCodeError::NotInTable { code: text.to_owned() })
    }
}

impl TryFrom<&str> for CustomsCountryCode {
    type Error = ParseCustomsCountryCodeError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for CustomsCountryCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for CustomsCountryCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = CustomsCountryCode;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a three-digit China customs country/region code as a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<CustomsCountryCode, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_index_is_in_bounds() {
        assert_eq!(CustomsCountryCode::ALL.len(), CUSTOMS.len());
        for c in CustomsCountryCode::ALL {
            assert!(usize::from(c.0) < CUSTOMS.len());
        }
        for &c in Country::ALL {
            if let Some(code) = c.customs_code() {
                assert!(usize::from(code.0) < CUSTOMS.len());
            }
        }
    }

    #[test]
    fn table_is_sorted() {
        assert!(CUSTOMS.windows(2).all(|w| w[0].code < w[1].code));
    }

    #[test]
    fn errors_distinguish_shape_from_membership() {
        for bad in ["", "11", "1160", " 116", "116 ", "１１６", "+16", "-16", "abc"] {
            assert_eq!(
                bad.parse::<CustomsCountryCode>(),
                Err(ParseCustomsCountryCodeError::NotThreeDigits { text: bad.to_owned() }),
                "{bad:?}"
            );
        }
        // Not in PARAM18: 000, 100, 140 (between 139 也门 and 141 越南), 998.
        for missing in ["000", "100", "140", "998"] {
            assert_eq!(
                missing.parse::<CustomsCountryCode>(),
                Err(ParseCustomsCountryCodeError::NotInTable { code: missing.to_owned() })
            );
        }
    }

    #[test]
    fn debug_shows_code_and_name() {
        assert_eq!(format!("{:?}", CustomsCountryCode::JAPAN), "CustomsCountryCode(116 日本)");
    }
}
