//! Currencies (货币/币制): ISO 4217 codes, the China customs currency code and the minor unit.

use std::fmt;
use std::str::FromStr;

use super::CurrencyError;

/// One row of the currency table.
struct Info {
    iso: &'static str,
    numeric: u16,
    customs: Option<&'static str>,
    minor_units: u8,
    name_en: &'static str,
    name_zh: &'static str,
}

/// Declares the private code enum, the associated consts, `ALL` and the table lookup from one list,
/// so the four can never disagree.
macro_rules! currencies {
    ($(
        $konst:ident, $variant:ident, $numeric:literal, $customs:expr, $minor:literal,
        $en:literal, $zh:literal;
    )+) => {
        /// Private representation: one variant per supported currency, in ISO alphabetic order
        /// (so the derived `Ord` is alphabetical).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        enum Code {
            $($variant,)+
        }

        impl Currency {
            $(
                #[doc = concat!(
                    "`", stringify!($konst), "` — ", $en, " (", $zh, "), ISO 4217 numeric ",
                    stringify!($numeric), ", ", stringify!($minor), " minor-unit digits."
                )]
                pub const $konst: Currency = Currency(Code::$variant);
            )+

            /// Every supported currency, in ISO 4217 alphabetic order.
            ///
            /// These are the ten currencies the crate's users trade in (CNY, USD, EUR, JPY, GBP,
            /// HKD, AUD, CAD, KRW, CHF) plus the other current ISO currencies of the China customs
            /// currency table (MOP, PHP, SGD, THB, DKK, NOK, SEK, NZD).
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::money::Currency;
            ///
            /// assert!(Currency::ALL.contains(&Currency::CNY));
            /// assert_eq!(Currency::ALL.len(), 18);
            /// ```
            pub const ALL: &'static [Currency] = &[$(Currency::$konst,)+];

            const fn info(self) -> &'static Info {
                match self.0 {
                    $(Code::$variant => &Info {
                        iso: stringify!($konst),
                        numeric: $numeric,
                        customs: $customs,
                        minor_units: $minor,
                        name_en: $en,
                        name_zh: $zh,
                    },)+
                }
            }
        }
    };
}

/// A currency (货币), with its ISO 4217 alphabetic and numeric codes, its China customs currency
/// code (币制代码) and its minor unit (最小货币单位, e.g. 分 fen for CNY).
///
/// Values exist only for the currencies in [`Currency::ALL`] and are reached through the associated
/// consts ([`Currency::CNY`], [`Currency::USD`], …), the lookups [`Currency::from_iso_code`],
/// [`Currency::from_iso_numeric`] and [`Currency::from_customs_code`], or [`FromStr`]
/// (case-insensitive ISO alphabetic code). [`Display`](fmt::Display) prints the upper-case ISO
/// alphabetic code and round-trips through `FromStr`.
///
/// Sources:
/// - ISO 4217 (list one, current currencies): alphabetic code, numeric code and minor unit
///   ("exponent": JPY and KRW have none, the others two).
/// - China customs currency codes: 《JGS-20 海关业务代码集》 货币代码, as published in the customs
///   "通关参数查询" table `zfs_table_bz` (PARAM18 scrape, 2018-04-28). Customs messages (CEB
///   报文) use these, not ISO numerics: CNY is `142` there, not 156. The table has no code for KRW,
///   so [`Currency::customs_code`] returns `None` for it rather than an invented code.
///
/// `Ord` sorts by ISO alphabetic code.
///
/// # Examples
///
/// ```
/// use crossborder::money::Currency;
///
/// let cny: Currency = "cny".parse()?;
/// assert_eq!(cny, Currency::CNY);
/// assert_eq!(cny.to_string(), "CNY");
/// assert_eq!(cny.iso_numeric(), 156);
/// assert_eq!(cny.customs_code(), Some("142"));
/// assert_eq!(cny.minor_units(), 2);
/// assert_eq!(Currency::KRW.customs_code(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency(Code);

currencies! {
    // const, variant, ISO numeric, customs code (PARAM18), minor units, ISO 4217 English name, 中文名
    AUD, Aud, 36, Some("601"), 2, "Australian Dollar", "澳大利亚元";
    CAD, Cad, 124, Some("501"), 2, "Canadian Dollar", "加拿大元";
    CHF, Chf, 756, Some("331"), 2, "Swiss Franc", "瑞士法郎";
    CNY, Cny, 156, Some("142"), 2, "Yuan Renminbi", "人民币";
    DKK, Dkk, 208, Some("302"), 2, "Danish Krone", "丹麦克朗";
    EUR, Eur, 978, Some("300"), 2, "Euro", "欧元";
    GBP, Gbp, 826, Some("303"), 2, "Pound Sterling", "英镑";
    HKD, Hkd, 344, Some("110"), 2, "Hong Kong Dollar", "港币";
    JPY, Jpy, 392, Some("116"), 0, "Yen", "日本元";
    // Not in the customs table: no customs code; the Chinese name is the common one (韩元).
    KRW, Krw, 410, None, 0, "Won", "韩元";
    MOP, Mop, 446, Some("121"), 2, "Pataca", "澳门元";
    NOK, Nok, 578, Some("326"), 2, "Norwegian Krone", "挪威克朗";
    NZD, Nzd, 554, Some("609"), 2, "New Zealand Dollar", "新西兰元";
    PHP, Php, 608, Some("129"), 2, "Philippine Peso", "菲律宾比索";
    SEK, Sek, 752, Some("330"), 2, "Swedish Krona", "瑞典克朗";
    SGD, Sgd, 702, Some("132"), 2, "Singapore Dollar", "新加坡元";
    THB, Thb, 764, Some("136"), 2, "Baht", "泰国铢";
    USD, Usd, 840, Some("502"), 2, "US Dollar", "美元";
}

impl Currency {
    /// The ISO 4217 alphabetic code, upper case (`"CNY"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Currency;
    ///
    /// assert_eq!(Currency::EUR.iso_code(), "EUR");
    /// ```
    pub const fn iso_code(self) -> &'static str {
        self.info().iso
    }

    /// The ISO 4217 numeric code (`156` for CNY). Printed with three digits, AUD is `036`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Currency;
    ///
    /// assert_eq!(Currency::CNY.iso_numeric(), 156);
    /// assert_eq!(Currency::AUD.iso_numeric(), 36);
    /// ```
    pub const fn iso_numeric(self) -> u16 {
        self.info().numeric
    }

    /// The China customs currency code (币制代码, JGS-20) used in customs messages, as a
    /// three-character string (`"142"` for CNY, `"502"` for USD), or `None` when the customs
    /// table has no code for this currency (KRW).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Currency;
    ///
    /// assert_eq!(Currency::CNY.customs_code(), Some("142"));
    /// assert_eq!(Currency::JPY.customs_code(), Some("116"));
    /// assert_eq!(Currency::KRW.customs_code(), None);
    /// ```
    pub const fn customs_code(self) -> Option<&'static str> {
        self.info().customs
    }

    /// The number of decimal digits of the minor unit (ISO 4217 "exponent"): 2 for CNY (分), 0 for
    /// JPY and KRW.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Currency;
    ///
    /// assert_eq!(Currency::CNY.minor_units(), 2);
    /// assert_eq!(Currency::JPY.minor_units(), 0);
    /// ```
    pub const fn minor_units(self) -> u8 {
        self.info().minor_units
    }

    /// The ISO 4217 English name (`"Yuan Renminbi"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Currency;
    ///
    /// assert_eq!(Currency::USD.name_en(), "US Dollar");
    /// ```
    pub const fn name_en(self) -> &'static str {
        self.info().name_en
    }

    /// The Chinese name as written in the customs currency table (`"人民币"`, `"港币"`); for KRW,
    /// which the table lacks, the common name `"韩元"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Currency;
    ///
    /// assert_eq!(Currency::JPY.name_zh(), "日本元");
    /// ```
    pub const fn name_zh(self) -> &'static str {
        self.info().name_zh
    }

    /// Looks a currency up by its ISO 4217 alphabetic code, ignoring ASCII case.
    ///
    /// # Errors
    ///
    /// [`CurrencyError::UnknownIsoCode`] if the code is not one of [`Currency::ALL`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Currency;
    ///
    /// assert_eq!(Currency::from_iso_code("usd")?, Currency::USD);
    /// assert!(Currency::from_iso_code("US$").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_iso_code(code: &str) -> Result<Self, CurrencyError> {
        Self::ALL
            .iter()
            .copied()
            .find(|c| c.iso_code().eq_ignore_ascii_case(code))
            .ok_or_else(|| CurrencyError::UnknownIsoCode { code: code.to_owned() })
    }

    /// Looks a currency up by its ISO 4217 numeric code.
    ///
    /// # Errors
    ///
    /// [`CurrencyError::UnknownIsoNumeric`] if no currency of [`Currency::ALL`] has this code.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Currency;
    ///
    /// assert_eq!(Currency::from_iso_numeric(392)?, Currency::JPY);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_iso_numeric(numeric: u16) -> Result<Self, CurrencyError> {
        Self::ALL
            .iter()
            .copied()
            .find(|c| c.iso_numeric() == numeric)
            .ok_or(CurrencyError::UnknownIsoNumeric { numeric })
    }

    /// Looks a currency up by its China customs currency code (币制代码), exactly as written in
    /// customs messages (three digits, e.g. `"142"`).
    ///
    /// # Errors
    ///
    /// [`CurrencyError::UnknownCustomsCode`] if the code is not in the customs table, or belongs
    /// to a withdrawn currency (the pre-euro codes 304–318) or to 398 (清算瑞士法郎, no ISO code).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Currency;
    ///
    /// assert_eq!(Currency::from_customs_code("142")?, Currency::CNY);
    /// assert!(Currency::from_customs_code("156").is_err()); // 156 is ISO, not customs
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_customs_code(code: &str) -> Result<Self, CurrencyError> {
        Self::ALL
            .iter()
            .copied()
            .find(|c| c.customs_code() == Some(code))
            .ok_or_else(|| CurrencyError::UnknownCustomsCode { code: code.to_owned() })
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Currency").field(&format_args!("{}", self.iso_code())).finish()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.iso_code())
    }
}

impl FromStr for Currency {
    type Err = CurrencyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_iso_code(s)
    }
}

impl TryFrom<&str> for Currency {
    type Error = CurrencyError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::from_iso_code(s)
    }
}

serde_via_str!(Currency, "an ISO 4217 currency code such as `CNY`");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_sorted_by_iso_code_and_ord_agrees() {
        let codes: Vec<&str> = Currency::ALL.iter().map(|c| c.iso_code()).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        assert_eq!(codes, sorted);
        assert!(Currency::ALL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn codes_are_unique() {
        for (i, a) in Currency::ALL.iter().enumerate() {
            for b in &Currency::ALL[i + 1..] {
                assert_ne!(a.iso_numeric(), b.iso_numeric());
                if a.customs_code().is_some() {
                    assert_ne!(a.customs_code(), b.customs_code());
                }
            }
        }
    }

    #[test]
    fn lookups_round_trip() {
        for &c in Currency::ALL {
            assert_eq!(Currency::from_iso_code(c.iso_code()), Ok(c));
            assert_eq!(Currency::from_iso_code(&c.iso_code().to_ascii_lowercase()), Ok(c));
            assert_eq!(Currency::from_iso_numeric(c.iso_numeric()), Ok(c));
            if let Some(code) = c.customs_code() {
                assert_eq!(code.len(), 3);
                assert_eq!(Currency::from_customs_code(code), Ok(c));
            }
            assert_eq!(c.to_string().parse::<Currency>(), Ok(c));
        }
    }

    #[test]
    fn unknown_codes_are_typed_errors() {
        assert_eq!(
            Currency::from_iso_code(""),
            Err(CurrencyError::UnknownIsoCode { code: String::new() })
        );
        assert_eq!(
            Currency::from_iso_code("CNYY"),
            Err(CurrencyError::UnknownIsoCode { code: "CNYY".to_owned() })
        );
        assert_eq!(
            Currency::from_iso_numeric(0),
            Err(CurrencyError::UnknownIsoNumeric { numeric: 0 })
        );
        // 304 德国马克 is in the customs table but withdrawn; 398 has no ISO code.
        for code in ["304", "398", "156", "42", " 142"] {
            assert_eq!(
                Currency::from_customs_code(code),
                Err(CurrencyError::UnknownCustomsCode { code: code.to_owned() })
            );
        }
    }

    #[test]
    fn debug_shows_the_code() {
        assert_eq!(format!("{:?}", Currency::CNY), "Currency(CNY)");
    }
}
