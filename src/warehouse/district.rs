//! [`CustomsDistrict`]: the four-digit China customs district code (关区代码).

use std::fmt;
use std::str::FromStr;

use super::district_table::DISTRICTS;
use super::error::CustomsDistrictError;

/// A China customs district code (关区代码): four digits from JGS/T 18《海关关区代码》, the code
/// the cross-border e-commerce (CEB) messages carry in `customsCode` (申报海关) and `portCode`
/// (口岸海关). The first two digits name the directly-administered customs (直属海关) and `XX00`
/// is that customs itself: `2200` 上海海关, `2244` 上海快件, `2233` 浦东机场.
///
/// # Source
///
/// The customs.gov.cn 通关参数查询 关区代码 table (`zfs_table_gq`), captured on 2018-04-28 (1,044
/// rows, PARAM18 in the project's reference notes); the specification
/// 《海关跨境电商统一版系统企业对接报文规范》(202205 edition) describes the field as
/// "4 位海关编号。《海关关区代码》". Only codes of that table are accepted; it is a capture of a
/// stale site, so districts created later (e.g. `8030`, used in an official CEB625 sample) are
/// rejected until the table is refreshed (`tools/gen_customs_districts.py` regenerates
/// `district_table.rs` from `tools/data/customs_districts.csv`).
///
/// # Parsing and display
///
/// Exactly four ASCII digits that are in the table (no trimming, no full-width digits);
/// [`Display`](fmt::Display) prints the four digits, leading zeros kept (`0213`). With the `serde`
/// feature the code is a JSON string (never a number).
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::CustomsDistrict;
///
/// let district: CustomsDistrict = "2244".parse()?;
/// assert_eq!(district, CustomsDistrict::SHANGHAI_EXPRESS);
/// assert_eq!(district.name_zh(), "上海快件");
/// assert_eq!(district.directly_administered(), CustomsDistrict::SHANGHAI);
/// assert_eq!(CustomsDistrict::TIANJIN_DONGJIANG.to_string(), "0213");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomsDistrict(pub(super) u16);

impl CustomsDistrict {
    fn record(self) -> (&'static str, &'static str) {
        // A `CustomsDistrict` is only built from a position in `DISTRICTS` (the generated consts
        // and `ALL`, and `try_new` below); the fallback is unreachable, and the test
        // `every_const_is_in_bounds` checks the generated positions.
        DISTRICTS.get(usize::from(self.0)).copied().unwrap_or(("", ""))
    }

    /// Parses a code; the same as `text.parse()`.
    ///
    /// # Errors
    ///
    /// [`CustomsDistrictError::NotFourDigits`] unless the text is four ASCII digits;
    /// [`CustomsDistrictError::NotInTable`] if the code is not in the table.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::CustomsDistrict;
    ///
    /// assert_eq!(CustomsDistrict::try_new("5165")?.name_zh(), "南沙保税");
    /// assert!(CustomsDistrict::try_new("516").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(text: &str) -> Result<Self, CustomsDistrictError> {
        if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CustomsDistrictError::NotFourDigits { text: text.to_owned() });
        }
        let index = DISTRICTS
            .binary_search_by(|(code, _)| (*code).cmp(text))
            .map_err(|_| CustomsDistrictError::NotInTable { code: text.to_owned() })?;
        u16::try_from(index)
            .map(Self)
            .map_err(|_| CustomsDistrictError::NotInTable { code: text.to_owned() })
    }

    /// The four digits, e.g. `"2244"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::CustomsDistrict;
    ///
    /// assert_eq!(CustomsDistrict::PUDONG_AIRPORT.as_str(), "2233");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.record().0
    }

    /// The district's Chinese name from the table, verbatim (e.g. `"浦机综保"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::CustomsDistrict;
    ///
    /// assert_eq!(CustomsDistrict::HANGZHOU_ECOMMERCE.name_zh(), "杭关电商");
    /// ```
    pub fn name_zh(self) -> &'static str {
        self.record().1
    }

    /// The directly-administered customs (直属海关) the district belongs to: the code with the
    /// same first two digits and `00` (`2244` → `2200` 上海海关). Every district of the table
    /// has one (the generator checks it); for `XX00` codes it is the code itself.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::CustomsDistrict;
    ///
    /// assert_eq!(CustomsDistrict::NANSHA_BONDED.directly_administered(), CustomsDistrict::GUANGZHOU);
    /// assert_eq!(CustomsDistrict::SHANGHAI.directly_administered(), CustomsDistrict::SHANGHAI);
    /// ```
    #[must_use]
    pub fn directly_administered(self) -> Self {
        let head = self.as_str().get(..2).unwrap_or_default();
        Self::try_new(&format!("{head}00")).unwrap_or(self)
    }

    /// `true` for a directly-administered customs itself (`XX00`, e.g. `2200` 上海海关); `0000`
    /// is the General Administration of Customs (海关总署).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::CustomsDistrict;
    ///
    /// assert!(CustomsDistrict::SHENZHEN.is_directly_administered());
    /// assert!(!CustomsDistrict::SHENZHEN_AIRPORT_EXPRESS.is_directly_administered());
    /// ```
    pub fn is_directly_administered(self) -> bool {
        self.as_str().ends_with("00")
    }
}

impl fmt::Display for CustomsDistrict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CustomsDistrict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CustomsDistrict({} {})", self.as_str(), self.name_zh())
    }
}

impl FromStr for CustomsDistrict {
    type Err = CustomsDistrictError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::try_new(text)
    }
}

impl TryFrom<&str> for CustomsDistrict {
    type Error = CustomsDistrictError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        Self::try_new(text)
    }
}

#[cfg(feature = "serde")]
super::serde_via_str!(CustomsDistrict, "a four-digit customs district code such as \"2244\"");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_const_is_in_bounds_and_round_trips() {
        assert_eq!(CustomsDistrict::ALL.len(), DISTRICTS.len());
        for (i, district) in CustomsDistrict::ALL.iter().enumerate() {
            assert_eq!(usize::from(district.0), i);
            assert_eq!(CustomsDistrict::try_new(district.as_str()), Ok(*district));
            assert!(!district.name_zh().is_empty());
            assert!(district.directly_administered().is_directly_administered());
        }
    }

    #[test]
    fn table_is_sorted_without_duplicates() {
        assert!(DISTRICTS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn rejects_malformed_and_unknown() {
        for text in ["", "224", "22440", "22 4", "２２４４", "-224", "+224"] {
            assert_eq!(
                CustomsDistrict::try_new(text),
                Err(CustomsDistrictError::NotFourDigits { text: text.into() })
            );
        }
        assert_eq!(
            CustomsDistrict::try_new("9999"),
            Err(CustomsDistrictError::NotInTable { code: "9999".into() })
        );
    }
}
