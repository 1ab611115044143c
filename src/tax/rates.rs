//! The rate table (税率表): tax categories with their VAT class, consumption tax and postal band,
//! and the built-in categories of common CBEC goods.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::error::{ParseTaxError, TaxError};
use super::law::Citation;
use super::{date, rate};
use crate::money::{Currency, Money, Rate};

/// Serde through `Display` and `FromStr`, so deserializing runs the validator.
macro_rules! serde_via_str {
    ($ty:ty, $expecting:literal) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    };
}
pub(crate) use serde_via_str;

/// The VAT rate class (增值税税率档次) of a category. The rate itself depends on the date, because
/// the rates changed three times since the CBEC regime began:
///
/// | from | [`Standard`](Self::Standard) | [`Reduced`](Self::Reduced) | source |
/// |---|---|---|---|
/// | (earlier) | 17% | 13% | 《增值税暂行条例》 第二条 |
/// | 2017-07-01 | 17% | 11% | 财税〔2017〕37号 一 |
/// | 2018-05-01 | 16% | 10% | 财税〔2018〕32号 一 |
/// | 2019-04-01 | 13% | 9% | 财政部 税务总局 海关总署公告2019年第39号 一 |
///
/// The reduced rate covers the goods of 《增值税暂行条例》 第二条第（二）项 (agricultural produce,
/// edible vegetable oil, books, newspapers, magazines, audio-visual and electronic publications,
/// …). [`Fixed`](Self::Fixed) is for goods with a special rate that does not follow these
/// changes, such as the 3% on anticancer and rare-disease drugs.
///
/// `Display`/`FromStr`: `standard`, `reduced`, `fixed <rate>` (e.g. `fixed 0.03`).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::VatClass;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("date");
/// assert_eq!(VatClass::Standard.rate_on(d(2019, 3, 31)?).to_string(), "0.16");
/// assert_eq!(VatClass::Standard.rate_on(d(2019, 4, 1)?).to_string(), "0.13");
/// assert_eq!(VatClass::Reduced.rate_on(d(2019, 4, 1)?).to_string(), "0.09");
/// assert_eq!("fixed 3%".parse::<VatClass>()?.rate_on(d(2025, 1, 1)?).to_string(), "0.03");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VatClass {
    /// The general rate: 13% from 2019-04-01.
    Standard,
    /// The low rate: 9% from 2019-04-01.
    Reduced,
    /// A fixed rate that does not follow the general changes.
    Fixed(Rate),
}

const VAT_2017: NaiveDate = date(2017, 7, 1);
const VAT_2018: NaiveDate = date(2018, 5, 1);
const VAT_2019: NaiveDate = date(2019, 4, 1);

impl VatClass {
    /// The VAT rate of this class in force on `date`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::VatClass;
    ///
    /// let day = NaiveDate::from_ymd_opt(2018, 6, 1).ok_or("date")?;
    /// assert_eq!(VatClass::Reduced.rate_on(day).to_string(), "0.1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rate_on(self, date: NaiveDate) -> Rate {
        let percent = match self {
            VatClass::Fixed(rate) => return rate,
            VatClass::Standard if date >= VAT_2019 => 13,
            VatClass::Standard if date >= VAT_2018 => 16,
            VatClass::Standard => 17,
            VatClass::Reduced if date >= VAT_2019 => 9,
            VatClass::Reduced if date >= VAT_2018 => 10,
            VatClass::Reduced if date >= VAT_2017 => 11,
            VatClass::Reduced => 13,
        };
        rate(percent, 2)
    }

    /// The citation of the rate in force on `date`.
    pub(crate) fn citation_on(self, date: NaiveDate) -> Option<Citation> {
        match self {
            VatClass::Fixed(_) => None,
            _ if date >= VAT_2019 => Some(Citation::Vat2019),
            _ if date >= VAT_2018 => Some(Citation::Vat2018),
            VatClass::Reduced if date >= VAT_2017 => Some(Citation::Vat2017),
            _ => None,
        }
    }
}

impl fmt::Display for VatClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VatClass::Standard => f.write_str("standard"),
            VatClass::Reduced => f.write_str("reduced"),
            VatClass::Fixed(rate) => write!(f, "fixed {rate}"),
        }
    }
}

impl FromStr for VatClass {
    type Err = ParseTaxError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "standard" => Ok(VatClass::Standard),
            "reduced" => Ok(VatClass::Reduced),
            _ => s
                .strip_prefix("fixed ")
                .and_then(|r| r.parse::<Rate>().ok())
                .map(VatClass::Fixed)
                .ok_or_else(|| ParseTaxError::vat_class(s)),
        }
    }
}

serde_via_str!(VatClass, "a VAT class: `standard`, `reduced` or `fixed <rate>`");

/// A postal articles tax band (行邮税税目): `1`, `2`, `3`, and `4` for the four-band table in force
/// before 2016-04-08. The rate of a band depends on the date: see
/// [`PostalSchedule`](super::PostalSchedule).
///
/// Since 2019-04-09 (税委会〔2019〕17号): band 1 (13%) books, IT products, food and drinks, gold and
/// silver, furniture, toys, medicines; band 3 (50%) tobacco, alcohol, precious jewellery, golf,
/// high-end watches, high-end cosmetics and (from 税委会公告2024年第11号) batteries; band 2 (20%)
/// everything else.
///
/// # Examples
///
/// ```
/// use crossborder::tax::PostalBand;
///
/// assert_eq!("2".parse::<PostalBand>()?, PostalBand::Two);
/// assert_eq!(PostalBand::Three.to_string(), "3");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(parse_err_ty = ParseTaxError, parse_err_fn = ParseTaxError::postal_band)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum PostalBand {
    /// 税目1.
    #[strum(serialize = "1")]
    #[cfg_attr(feature = "serde", serde(rename = "1"))]
    One,
    /// 税目2.
    #[strum(serialize = "2")]
    #[cfg_attr(feature = "serde", serde(rename = "2"))]
    Two,
    /// 税目3.
    #[strum(serialize = "3")]
    #[cfg_attr(feature = "serde", serde(rename = "3"))]
    Three,
    /// 税目4 (only in the table in force before 2016-04-08).
    #[strum(serialize = "4")]
    #[cfg_attr(feature = "serde", serde(rename = "4"))]
    Four,
}

impl PostalBand {
    /// Every band.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::PostalBand;
    ///
    /// assert_eq!(PostalBand::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [PostalBand] =
        &[PostalBand::One, PostalBand::Two, PostalBand::Three, PostalBand::Four];
}

/// The unit of a [`Content`]. The consumption-tax rules treat millilitres and grams alike
/// ("10元/毫升(克)", "0.5元/500克(毫升)"), so the unit is descriptive only.
///
/// # Examples
///
/// ```
/// use crossborder::tax::ContentUnit;
///
/// assert_eq!("ml".parse::<ContentUnit>()?, ContentUnit::Millilitre);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(parse_err_ty = ParseTaxError, parse_err_fn = ParseTaxError::content_unit)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum ContentUnit {
    /// Millilitres (毫升).
    #[strum(serialize = "ml")]
    #[cfg_attr(feature = "serde", serde(rename = "ml"))]
    Millilitre,
    /// Grams (克).
    #[strum(serialize = "g")]
    #[cfg_attr(feature = "serde", serde(rename = "g"))]
    Gram,
}

impl ContentUnit {
    /// Both units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::ContentUnit;
    ///
    /// assert_eq!(ContentUnit::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [ContentUnit] = &[ContentUnit::Millilitre, ContentUnit::Gram];
}

/// A positive quantity of millilitres or grams: the content of one unit of goods (a 50 ml bottle)
/// or the size of a specific-rate unit (500 g).
///
/// `Display`/`FromStr`: `50 ml`, `500 g`, `0.5 ml`.
///
/// # Examples
///
/// ```
/// use crossborder::tax::{Content, ContentUnit};
/// use rust_decimal::Decimal;
///
/// let bottle = Content::try_new(Decimal::new(50, 0), ContentUnit::Millilitre)?;
/// assert_eq!(bottle.to_string(), "50 ml");
/// assert_eq!("50 ml".parse::<Content>()?, bottle);
/// assert!(Content::try_new(Decimal::ZERO, ContentUnit::Gram).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Content {
    amount: Decimal,
    unit: ContentUnit,
}

impl Content {
    /// A content of `amount` `unit`s.
    ///
    /// # Errors
    ///
    /// [`TaxError::InvalidContent`] if `amount` is zero or negative.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{Content, ContentUnit};
    /// use rust_decimal::Decimal;
    ///
    /// let c = Content::try_new(Decimal::new(5, 1), ContentUnit::Gram)?;
    /// assert_eq!(c.amount(), Decimal::new(5, 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(amount: Decimal, unit: ContentUnit) -> Result<Self, TaxError> {
        if amount > Decimal::ZERO {
            Ok(Self { amount: amount.normalize(), unit })
        } else {
            Err(TaxError::InvalidContent { amount: amount.to_string() })
        }
    }

    /// The number of millilitres or grams.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::Content;
    /// use rust_decimal::Decimal;
    ///
    /// assert_eq!("500 g".parse::<Content>()?.amount(), Decimal::new(500, 0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn amount(self) -> Decimal {
        self.amount
    }

    /// The unit.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{Content, ContentUnit};
    ///
    /// assert_eq!("500 g".parse::<Content>()?.unit(), ContentUnit::Gram);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn unit(self) -> ContentUnit {
        self.unit
    }
}

impl fmt::Display for Content {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.unit)
    }
}

impl FromStr for Content {
    type Err = ParseTaxError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let malformed = |position, expected| ParseTaxError::Malformed {
            what: "content",
            text: s.to_owned(),
            position,
            expected,
        };
        let (number, unit) = s
            .split_once(' ')
            .ok_or_else(|| malformed(s.chars().count(), "a space and the unit `ml` or `g`"))?;
        let number_len = number.chars().count();
        let unit: ContentUnit = unit
            .parse()
            .map_err(|_| malformed(number_len.saturating_add(1), "the unit `ml` or `g`"))?;
        let valid_number = !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && number.bytes().filter(|&b| b == b'.').count() <= 1
            && !number.starts_with('.')
            && !number.ends_with('.');
        let amount = Decimal::from_str_exact(number)
            .ok()
            .filter(|_| valid_number)
            .ok_or_else(|| malformed(0, "a positive decimal number such as `50` or `0.5`"))?;
        Content::try_new(amount, unit)
            .map_err(|_| malformed(0, "a positive decimal number such as `50` or `0.5`"))
    }
}

serde_via_str!(Content, "a content such as `50 ml` or `500 g`");

/// The price level from which a consumption tax applies (the goods are "high-end", 高档), tested
/// on the customs value per unit (进口完税价格, with the line's share of freight, reference notes
/// §3): at or above the threshold the tax applies.
///
/// High-end cosmetics: at least 10 yuan per ml or g, or 15 yuan per piece or sheet (财税〔2016〕103号,
/// 财关税〔2016〕48号). High-end watches: at least 10,000 yuan per watch (财税〔2006〕33号).
///
/// A line with a content per unit is tested per ml or g when the threshold has that form;
/// otherwise per piece.
///
/// # Examples
///
/// ```
/// use crossborder::money::Money;
/// use crossborder::tax::CtThreshold;
///
/// let mut t = CtThreshold::default();
/// t.per_piece = Some("10000 CNY".parse::<Money>()?);
/// assert_eq!(t.per_content, None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CtThreshold {
    /// Customs value per ml or g at or above which the tax applies.
    pub per_content: Option<Money>,
    /// Customs value per piece (unit) at or above which the tax applies.
    pub per_piece: Option<Money>,
}

/// A specific (per-quantity) consumption-tax rate: `amount` per `per` of content, e.g. spirits
/// 0.5 yuan per 500 g (ml) (《消费税暂行条例》 附 消费税税目税率表).
///
/// # Examples
///
/// ```
/// use crossborder::tax::SpecificRate;
///
/// let spirits = SpecificRate::new("0.50 CNY".parse()?, "500 ml".parse()?);
/// assert_eq!(spirits.per.to_string(), "500 ml");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SpecificRate {
    /// The tax per `per` of content.
    pub amount: Money,
    /// The quantity the amount is levied on.
    pub per: Content,
}

impl SpecificRate {
    /// `amount` per `per` of content.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::SpecificRate;
    ///
    /// let r = SpecificRate::new("0.50 CNY".parse()?, "500 g".parse()?);
    /// assert_eq!(r.amount.to_string(), "0.50 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(amount: Money, per: Content) -> Self {
        Self { amount, per }
    }
}

/// The import consumption tax (进口环节消费税) of a category: an ad-valorem rate below 100%,
/// optionally a specific rate (compound taxation of spirits and tobacco) and optionally a
/// threshold below which the goods are outside the tax.
///
/// The base is 《消费税暂行条例》 第九条's composite price (组成计税价格):
/// `(CV + duty + specific) / (1 − rate)`; the tax is `base × rate + specific`.
///
/// # Examples
///
/// ```
/// use crossborder::money::Rate;
/// use crossborder::tax::{ConsumptionTax, CtThreshold};
///
/// let mut threshold = CtThreshold::default();
/// threshold.per_piece = Some("10000 CNY".parse()?);
/// let watches = ConsumptionTax::ad_valorem("20%".parse()?)?.with_threshold(threshold);
/// assert_eq!(watches.rate(), "0.2".parse::<Rate>()?);
/// assert!(ConsumptionTax::ad_valorem(Rate::ONE).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "ConsumptionTaxRepr", into = "ConsumptionTaxRepr"))]
pub struct ConsumptionTax {
    rate: Rate,
    specific: Option<SpecificRate>,
    threshold: Option<CtThreshold>,
}

impl ConsumptionTax {
    /// An ad-valorem tax at `rate`.
    ///
    /// # Errors
    ///
    /// [`TaxError::InvalidRate`] if `rate` is 100% or more (the composite base divides by
    /// `1 − rate`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::ConsumptionTax;
    ///
    /// let wine = ConsumptionTax::ad_valorem("10%".parse()?)?;
    /// assert_eq!(wine.rate().to_string(), "0.1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ad_valorem(rate: Rate) -> Result<Self, TaxError> {
        if rate.as_decimal() >= Decimal::ONE {
            return Err(TaxError::InvalidRate {
                what: "consumption tax",
                rate: rate.to_string(),
                expected: "a rate from 0 to below 1 (100%)",
            });
        }
        Ok(Self { rate, specific: None, threshold: None })
    }

    /// A compound tax: `rate` ad valorem plus `specific` per quantity.
    ///
    /// # Errors
    ///
    /// [`TaxError::InvalidRate`] if `rate` is 100% or more; [`TaxError::WrongCurrency`] if the
    /// specific amount is not in CNY and [`TaxError::NegativeAmount`] if it is negative (the
    /// 消费税税目税率表 levies a positive amount in yuan).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{ConsumptionTax, SpecificRate};
    ///
    /// let spirits = ConsumptionTax::compound(
    ///     "20%".parse()?,
    ///     SpecificRate::new("0.50 CNY".parse()?, "500 ml".parse()?),
    /// )?;
    /// assert!(spirits.specific().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compound(rate: Rate, specific: SpecificRate) -> Result<Self, TaxError> {
        let ad_valorem = Self::ad_valorem(rate)?;
        let field = || "consumption_tax.specific.amount".to_owned();
        if specific.amount.currency() != Currency::CNY {
            return Err(TaxError::WrongCurrency {
                field: field(),
                expected: Currency::CNY,
                found: specific.amount.currency(),
            });
        }
        if specific.amount.is_negative() {
            return Err(TaxError::NegativeAmount { field: field(), amount: specific.amount });
        }
        Ok(Self { specific: Some(specific), ..ad_valorem })
    }

    /// The same tax, applying only at or above `threshold`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{ConsumptionTax, CtThreshold};
    ///
    /// let mut t = CtThreshold::default();
    /// t.per_content = Some("10 CNY".parse()?);
    /// let ct = ConsumptionTax::ad_valorem("15%".parse()?)?.with_threshold(t);
    /// assert_eq!(ct.threshold(), Some(t));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_threshold(self, threshold: CtThreshold) -> Self {
        Self { threshold: Some(threshold), ..self }
    }

    /// The ad-valorem rate.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::ConsumptionTax;
    ///
    /// assert_eq!(ConsumptionTax::ad_valorem("4%".parse()?)?.rate().to_string(), "0.04");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn rate(&self) -> Rate {
        self.rate
    }

    /// The specific rate of a compound tax.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::ConsumptionTax;
    ///
    /// assert_eq!(ConsumptionTax::ad_valorem("10%".parse()?)?.specific(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn specific(&self) -> Option<SpecificRate> {
        self.specific
    }

    /// The threshold, if the tax applies only to high-end goods.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::ConsumptionTax;
    ///
    /// assert_eq!(ConsumptionTax::ad_valorem("10%".parse()?)?.threshold(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn threshold(&self) -> Option<CtThreshold> {
        self.threshold
    }
}

/// The serde form of [`ConsumptionTax`], validated on the way in.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
struct ConsumptionTaxRepr {
    rate: Rate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    specific: Option<SpecificRate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    threshold: Option<CtThreshold>,
}

#[cfg(feature = "serde")]
impl TryFrom<ConsumptionTaxRepr> for ConsumptionTax {
    type Error = TaxError;

    fn try_from(r: ConsumptionTaxRepr) -> Result<Self, Self::Error> {
        let ct = match r.specific {
            Some(specific) => ConsumptionTax::compound(r.rate, specific)?,
            None => ConsumptionTax::ad_valorem(r.rate)?,
        };
        Ok(Self { threshold: r.threshold, ..ct })
    }
}

#[cfg(feature = "serde")]
impl From<ConsumptionTax> for ConsumptionTaxRepr {
    fn from(c: ConsumptionTax) -> Self {
        Self { rate: c.rate, specific: c.specific, threshold: c.threshold }
    }
}

/// Declares a validated string identifier: `try_new`, `as_str`, `Display`, `FromStr`,
/// `TryFrom<&str>`, `Borrow<str>` and serde through the validator.
macro_rules! identifier {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal, $expecting:literal, $validate:path
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(std::borrow::Cow<'static, str>);

        impl $name {
            /// Validates `text` and makes an identifier of it.
            ///
            /// # Errors
            ///
            #[doc = concat!("[`ParseTaxError::Malformed`] if `text` is not a valid ", $what, ".")]
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::tax::", stringify!($name), ";")]
            ///
            #[doc = concat!("assert!(", stringify!($name), "::try_new(\"\").is_err());")]
            /// ```
            pub fn try_new(text: &str) -> Result<Self, ParseTaxError> {
                let canonical =
                    $validate(text).map_err(|(position, expected)| ParseTaxError::Malformed {
                        what: $what,
                        text: text.to_owned(),
                        position,
                        expected,
                    })?;
                Ok(Self(std::borrow::Cow::Owned(canonical)))
            }

            /// The identifier as text.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::tax::", stringify!($name), ";")]
            ///
            #[doc = concat!("let id: ", stringify!($name), " = ", $expecting, ".parse()?;")]
            #[doc = concat!("assert_eq!(id.as_str(), ", $expecting, ");")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.as_str())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = ParseTaxError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::try_new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = ParseTaxError;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                Self::try_new(s)
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                self.as_str()
            }
        }

        serde_via_str!($name, $expecting);
    };
}
pub(crate) use identifier;

identifier! {
    /// The id of a [`TaxCategory`] in a [`RateTable`]: 1 to 40 characters, lower-case ASCII
    /// letters, digits and `_`, starting with a letter (`ordinary`, `cosmetics`, `my_wine_2`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::CategoryId;
    ///
    /// let id: CategoryId = "cosmetics".parse()?;
    /// assert_eq!(id.to_string(), "cosmetics");
    /// assert!("Cosmetics".parse::<CategoryId>().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    CategoryId, "category id", "\"cosmetics\"", validate_category_id
}

impl CategoryId {
    const fn builtin(id: &'static str) -> Self {
        Self(Cow::Borrowed(id))
    }
}

fn validate_category_id(text: &str) -> Result<String, (usize, &'static str)> {
    const EXPECTED: &str = "a lower-case ASCII letter, digit or `_` (starting with a letter)";
    if text.is_empty() {
        return Err((0, "1 to 40 characters"));
    }
    for (i, c) in text.chars().enumerate() {
        let ok = if i == 0 {
            c.is_ascii_lowercase()
        } else {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'
        };
        if !ok {
            return Err((i, EXPECTED));
        }
        if i >= 40 {
            return Err((i, "at most 40 characters"));
        }
    }
    Ok(text.to_owned())
}

identifier! {
    /// A tariff code (HS/商品编码): 6 to 10 digits. The six-digit prefix is the HS subheading; China
    /// declares 10 digits (e.g. `9102210090`, high-end automatic watch). `FromStr` also accepts the
    /// dotted form `9102.2100.90`; `Display` prints the digits only.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::HsCode;
    ///
    /// let hs: HsCode = "9102.2100.90".parse()?;
    /// assert_eq!(hs.to_string(), "9102210090");
    /// assert_eq!(hs.subheading(), "910221");
    /// assert!("9102".parse::<HsCode>().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    HsCode, "HS code", "\"9102210090\"", validate_hs_code
}

fn validate_hs_code(text: &str) -> Result<String, (usize, &'static str)> {
    let mut digits = 0_usize;
    let mut previous_dot = true;
    for (i, c) in text.chars().enumerate() {
        match c {
            '0'..='9' => {
                digits = digits.saturating_add(1);
                previous_dot = false;
                if digits > 10 {
                    return Err((i, "at most 10 digits"));
                }
            }
            '.' if !previous_dot => previous_dot = true,
            _ => return Err((i, "a digit (or a single `.` between digits)")),
        }
    }
    if digits < 6 || previous_dot {
        return Err((text.chars().count(), "6 to 10 digits"));
    }
    Ok(text.chars().filter(char::is_ascii_digit).collect())
}

impl HsCode {
    /// The six-digit HS subheading (子目).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::HsCode;
    ///
    /// assert_eq!("4202119090".parse::<HsCode>()?.subheading(), "420211");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn subheading(&self) -> &str {
        self.as_str().get(..6).unwrap_or(self.as_str())
    }
}

/// A tax category (税目/商品类别): what the rules need to know about a kind of goods.
///
/// - its [`VatClass`] (13% or 9% since 2019-04-01);
/// - its import [`ConsumptionTax`], if any, with the threshold of "high-end" goods;
/// - its postal articles band ([`PostalBand`]), the band when the goods are below the
///   consumption-tax threshold (税目3 "具体范围与消费税征收范围一致": ordinary cosmetics and
///   watches fall to band 2), and the band before a re-classification date (batteries were band 2
///   until 税委会公告2024年第11号).
///
/// Use the built-in categories ([`BuiltinCategory`], [`RateTable::builtin`]) or build your own.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{CategoryId, ConsumptionTax, PostalBand, TaxCategory, VatClass};
///
/// let perfume = TaxCategory::new(
///     CategoryId::try_new("perfume")?,
///     "perfume (香水)",
///     VatClass::Standard,
///     PostalBand::Three,
/// )
/// .with_consumption_tax(ConsumptionTax::ad_valorem("15%".parse()?)?)
/// .with_postal_band_outside_ct(PostalBand::Two);
/// let day = NaiveDate::from_ymd_opt(2025, 1, 1).ok_or("date")?;
/// assert_eq!(perfume.vat_rate_on(day).to_string(), "0.13");
/// assert_eq!(perfume.postal_band_on(day, false), PostalBand::Two);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TaxCategory {
    id: CategoryId,
    name: Cow<'static, str>,
    vat: VatClass,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    consumption_tax: Option<ConsumptionTax>,
    postal_band: PostalBand,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    postal_band_outside_ct: Option<PostalBand>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    postal_band_before: Option<(NaiveDate, PostalBand)>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    citations: Cow<'static, [Citation]>,
}

impl TaxCategory {
    /// A category without consumption tax.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{PostalBand, TaxCategory, VatClass};
    ///
    /// let tea = TaxCategory::new("tea".parse()?, "tea (茶叶)", VatClass::Standard, PostalBand::One);
    /// assert_eq!(tea.id().as_str(), "tea");
    /// assert_eq!(tea.name(), "tea (茶叶)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        id: CategoryId,
        name: impl Into<Cow<'static, str>>,
        vat: VatClass,
        postal_band: PostalBand,
    ) -> Self {
        Self {
            id,
            name: name.into(),
            vat,
            consumption_tax: None,
            postal_band,
            postal_band_outside_ct: None,
            postal_band_before: None,
            citations: Cow::Borrowed(&[]),
        }
    }

    /// The same category with an import consumption tax.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{ConsumptionTax, PostalBand, TaxCategory, VatClass};
    ///
    /// let golf = TaxCategory::new("golf".parse()?, "golf", VatClass::Standard, PostalBand::Three)
    ///     .with_consumption_tax(ConsumptionTax::ad_valorem("10%".parse()?)?);
    /// assert!(golf.consumption_tax().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_consumption_tax(self, consumption_tax: ConsumptionTax) -> Self {
        Self { consumption_tax: Some(consumption_tax), ..self }
    }

    /// The same category, falling to `band` for postal articles below the consumption-tax
    /// threshold.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::{PostalBand, TaxCategory, VatClass};
    ///
    /// let c = TaxCategory::new("w".parse()?, "w", VatClass::Standard, PostalBand::Three)
    ///     .with_postal_band_outside_ct(PostalBand::Two);
    /// let day = NaiveDate::from_ymd_opt(2025, 1, 1).ok_or("date")?;
    /// assert_eq!(c.postal_band_on(day, true), PostalBand::Three);
    /// assert_eq!(c.postal_band_on(day, false), PostalBand::Two);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_postal_band_outside_ct(self, band: PostalBand) -> Self {
        Self { postal_band_outside_ct: Some(band), ..self }
    }

    /// The same category, in postal band `band` on dates before `since` (a re-classification).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::{PostalBand, TaxCategory, VatClass};
    ///
    /// let since = NaiveDate::from_ymd_opt(2024, 12, 1).ok_or("date")?;
    /// let c = TaxCategory::new("b".parse()?, "b", VatClass::Standard, PostalBand::Three)
    ///     .with_postal_band_before(since, PostalBand::Two);
    /// let before = NaiveDate::from_ymd_opt(2024, 11, 30).ok_or("date")?;
    /// assert_eq!(c.postal_band_on(before, true), PostalBand::Two);
    /// assert_eq!(c.postal_band_on(since, true), PostalBand::Three);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_postal_band_before(self, since: NaiveDate, band: PostalBand) -> Self {
        Self { postal_band_before: Some((since, band)), ..self }
    }

    fn with_citations(self, citations: &'static [Citation]) -> Self {
        Self { citations: Cow::Borrowed(citations), ..self }
    }

    /// The id.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::BuiltinCategory;
    ///
    /// assert_eq!(BuiltinCategory::Books.category().id().as_str(), "books");
    /// ```
    pub fn id(&self) -> &CategoryId {
        &self.id
    }

    /// The human-readable name.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::BuiltinCategory;
    ///
    /// assert!(BuiltinCategory::Books.category().name().contains("图书"));
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The VAT class.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, VatClass};
    ///
    /// assert_eq!(BuiltinCategory::Books.category().vat(), VatClass::Reduced);
    /// ```
    pub const fn vat(&self) -> VatClass {
        self.vat
    }

    /// The VAT rate in force on `date`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::BuiltinCategory;
    ///
    /// let day = NaiveDate::from_ymd_opt(2025, 1, 1).ok_or("date")?;
    /// assert_eq!(BuiltinCategory::Books.category().vat_rate_on(day).to_string(), "0.09");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn vat_rate_on(&self, date: NaiveDate) -> Rate {
        self.vat.rate_on(date)
    }

    /// The import consumption tax, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::BuiltinCategory;
    ///
    /// assert!(BuiltinCategory::Ordinary.category().consumption_tax().is_none());
    /// assert!(BuiltinCategory::Cosmetics.category().consumption_tax().is_some());
    /// ```
    pub const fn consumption_tax(&self) -> Option<&ConsumptionTax> {
        self.consumption_tax.as_ref()
    }

    /// The postal articles band on `date`; `within_ct_scope` says whether the goods reach the
    /// consumption-tax threshold (always `true` for a category without threshold).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::{BuiltinCategory, PostalBand};
    ///
    /// let day = NaiveDate::from_ymd_opt(2025, 1, 1).ok_or("date")?;
    /// let cosmetics = BuiltinCategory::Cosmetics.category();
    /// assert_eq!(cosmetics.postal_band_on(day, true), PostalBand::Three);
    /// assert_eq!(cosmetics.postal_band_on(day, false), PostalBand::Two);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn postal_band_on(&self, date: NaiveDate, within_ct_scope: bool) -> PostalBand {
        match (within_ct_scope, self.postal_band_outside_ct, self.postal_band_before) {
            (false, Some(band), _) => band,
            (_, _, Some((since, band))) if date < since => band,
            _ => self.postal_band,
        }
    }

    /// The legal sources of the category's rates.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, Citation};
    ///
    /// let c = BuiltinCategory::Cosmetics.category();
    /// assert!(c.citations().contains(&Citation::CtCosmetics2016));
    /// ```
    pub fn citations(&self) -> &[Citation] {
        &self.citations
    }
}

/// The built-in categories of common CBEC goods, each with its cited rates (reference notes §2.2,
/// §3, §4). The VAT rate shown is the one since 2019-04-01.
///
/// | category | VAT | consumption tax | postal band |
/// |---|---|---|---|
/// | `ordinary` | 13% | — | 2 |
/// | `food` (milk powder, coffee, non-alcoholic drinks) | 13% | — | 1 |
/// | `agricultural_produce` (primary produce, edible vegetable oil) | 9% | — | 1 |
/// | `books` (books, newspapers, magazines, audio-visual, e-publications) | 9% | — | 1 |
/// | `electronics` (computers, phones, cameras, IT products) | 13% | — | 1 |
/// | `clothing` (textiles and clothing) | 13% | — | 2 |
/// | `appliances` (household electrical appliances) | 13% | — | 2 |
/// | `toys` | 13% | — | 1 |
/// | `sports_goods` (not golf) | 13% | — | 2 |
/// | `medicines` (not the 3% drugs) | 13% | — | 1 |
/// | `cosmetics` | 13% | 15% from 10 yuan/ml(g) or 15 yuan/piece | 3 (2 below threshold) |
/// | `watches` | 13% | 20% from 10,000 yuan/watch | 3 (2 below threshold) |
/// | `wine` (wine and other alcoholic drinks) | 13% | 10% | 3 |
/// | `spirits` | 13% | 20% + 0.50 yuan / 500 ml | 3 |
/// | `golf_equipment` | 13% | 10% | 3 |
/// | `precious_jewellery` (other than gold, silver, platinum, diamonds) | 13% | 10% | 3 |
/// | `batteries` (taxable types, e.g. lead-acid) | 13% | 4% | 3 (2 before 2024-12-01) |
/// | `coatings` | 13% | 4% | 2 |
///
/// Not built in, because the reference notes could not confirm them: gold, silver and platinum
/// jewellery and diamonds (consumption tax at retail, not at import — assumed zero at import),
/// and drugs at 3% VAT (use [`VatClass::Fixed`]).
///
/// # Examples
///
/// ```
/// use crossborder::tax::BuiltinCategory;
///
/// let c = BuiltinCategory::Wine.category();
/// assert_eq!(c.id().as_str(), "wine");
/// assert_eq!(BuiltinCategory::Wine.to_string(), "wine");
/// assert_eq!("wine".parse::<BuiltinCategory>()?, BuiltinCategory::Wine);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(
    serialize_all = "snake_case",
    parse_err_ty = ParseTaxError,
    parse_err_fn = ParseTaxError::builtin_category
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BuiltinCategory {
    /// Goods with no special rule: 13% VAT, postal band 2 ("税目1、3中未包含的其他商品").
    Ordinary,
    /// Processed food and non-alcoholic drinks (milk powder, coffee, tea): 13% VAT, band 1.
    Food,
    /// Primary agricultural produce and edible vegetable oil: 9% VAT, band 1.
    AgriculturalProduce,
    /// Books, newspapers, magazines, audio-visual and electronic publications: 9% VAT, band 1.
    Books,
    /// Computers, phones, digital cameras and other IT products: 13% VAT, band 1.
    Electronics,
    /// Textiles and clothing: 13% VAT, band 2.
    Clothing,
    /// Household electrical appliances: 13% VAT, band 2.
    Appliances,
    /// Toys and games: 13% VAT, band 1.
    Toys,
    /// Sports goods other than golf: 13% VAT, band 2.
    SportsGoods,
    /// Medicines other than those at 3% VAT: 13% VAT, band 1.
    Medicines,
    /// Cosmetics: 15% consumption tax when high-end, band 3 (else band 2).
    Cosmetics,
    /// Watches: 20% consumption tax when high-end, band 3 (else band 2).
    Watches,
    /// Wine and other alcoholic drinks (其他酒): 10% consumption tax, band 3.
    Wine,
    /// Spirits (白酒): 20% + 0.50 yuan per 500 ml, band 3.
    Spirits,
    /// Golf balls and equipment: 10% consumption tax, band 3.
    GolfEquipment,
    /// Precious jewellery and gems other than gold, silver, platinum and diamonds: 10%, band 3.
    PreciousJewellery,
    /// Batteries of taxable types: 4% consumption tax, band 3 from 2024-12-01 (band 2 before).
    Batteries,
    /// Coatings: 4% consumption tax, band 2.
    Coatings,
}

/// The date 税委会公告2024年第11号 took effect. The reference notes give only "2024-12"; the first of
/// the month is assumed (the same day as the Tariff Law, 关税法).
const POSTAL_2024: NaiveDate = date(2024, 12, 1);

impl BuiltinCategory {
    /// The name, VAT class and postal band of the category.
    fn basics(self) -> (&'static str, VatClass, PostalBand) {
        use BuiltinCategory as B;
        use PostalBand::{One, Three, Two};
        use VatClass::{Reduced, Standard};
        match self {
            B::Ordinary => ("ordinary goods (一般商品)", Standard, Two),
            B::Food => ("food and non-alcoholic drinks (食品、饮料)", Standard, One),
            B::AgriculturalProduce => {
                ("agricultural produce, edible vegetable oil (农产品、食用植物油)", Reduced, One)
            }
            B::Books => (
                "books, newspapers, magazines, audio-visual and electronic publications (图书、报纸、杂志、音像制品、电子出版物)",
                Reduced,
                One,
            ),
            B::Electronics => (
                "computers, phones, cameras and other IT products (计算机、数字照相机等信息技术产品)",
                Standard,
                One,
            ),
            B::Clothing => ("textiles and clothing (纺织品及其制成品)", Standard, Two),
            B::Appliances => ("household electrical appliances (电器用具)", Standard, Two),
            B::Toys => ("toys and games (玩具、游戏品)", Standard, One),
            B::SportsGoods => ("sports goods other than golf (运动用品)", Standard, Two),
            B::Medicines => ("medicines (药品)", Standard, One),
            B::Cosmetics => ("cosmetics (化妆品)", Standard, Three),
            B::Watches => ("watches (手表)", Standard, Three),
            B::Wine => ("wine and other alcoholic drinks (葡萄酒、其他酒)", Standard, Three),
            B::Spirits => ("spirits (白酒)", Standard, Three),
            B::GolfEquipment => ("golf balls and equipment (高尔夫球及球具)", Standard, Three),
            B::PreciousJewellery => {
                ("precious jewellery and gems (其他贵重首饰及珠宝玉石)", Standard, Three)
            }
            B::Batteries => ("batteries (电池)", Standard, Three),
            B::Coatings => ("coatings (涂料)", Standard, Two),
        }
    }

    /// Every built-in category, in table order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::BuiltinCategory;
    ///
    /// assert!(BuiltinCategory::ALL.contains(&BuiltinCategory::Books));
    /// ```
    pub const ALL: &'static [BuiltinCategory] = &[
        BuiltinCategory::Ordinary,
        BuiltinCategory::Food,
        BuiltinCategory::AgriculturalProduce,
        BuiltinCategory::Books,
        BuiltinCategory::Electronics,
        BuiltinCategory::Clothing,
        BuiltinCategory::Appliances,
        BuiltinCategory::Toys,
        BuiltinCategory::SportsGoods,
        BuiltinCategory::Medicines,
        BuiltinCategory::Cosmetics,
        BuiltinCategory::Watches,
        BuiltinCategory::Wine,
        BuiltinCategory::Spirits,
        BuiltinCategory::GolfEquipment,
        BuiltinCategory::PreciousJewellery,
        BuiltinCategory::Batteries,
        BuiltinCategory::Coatings,
    ];

    /// The category with its rates.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::BuiltinCategory;
    ///
    /// let watches = BuiltinCategory::Watches.category();
    /// assert_eq!(watches.consumption_tax().map(|c| c.rate().to_string()), Some("0.2".into()));
    /// ```
    pub fn category(self) -> TaxCategory {
        use BuiltinCategory as B;
        use PostalBand::Two;
        use VatClass::Reduced;
        let cny = |minor| Money::from_minor(minor, Currency::CNY);
        let ad_valorem =
            |percent| ConsumptionTax { rate: rate(percent, 2), specific: None, threshold: None };
        let (name, vat, band) = self.basics();
        let id: &'static str = self.into();
        let base = TaxCategory::new(CategoryId::builtin(id), name, vat, band);
        let plain_citations: &'static [Citation] = match vat {
            Reduced => &[Citation::VatReducedGoods, Citation::PostalBands2019],
            _ => &[Citation::PostalBands2019],
        };
        match self {
            B::Cosmetics => base
                .with_consumption_tax(ConsumptionTax {
                    threshold: Some(CtThreshold {
                        per_content: Some(cny(1_000)),
                        per_piece: Some(cny(1_500)),
                    }),
                    ..ad_valorem(15)
                })
                .with_postal_band_outside_ct(Two)
                .with_citations(&[Citation::CtCosmetics2016, Citation::PostalBands2019]),
            B::Watches => base
                .with_consumption_tax(ConsumptionTax {
                    threshold: Some(CtThreshold {
                        per_content: None,
                        per_piece: Some(cny(1_000_000)),
                    }),
                    ..ad_valorem(20)
                })
                .with_postal_band_outside_ct(Two)
                .with_citations(&[Citation::CtWatchesGolf2006, Citation::PostalBands2019]),
            B::Wine | B::PreciousJewellery => base
                .with_consumption_tax(ad_valorem(10))
                .with_citations(&[Citation::CtSchedule, Citation::PostalBands2019]),
            B::Spirits => base
                .with_consumption_tax(ConsumptionTax {
                    specific: Some(SpecificRate {
                        amount: cny(50),
                        per: Content {
                            amount: Decimal::new(500, 0),
                            unit: ContentUnit::Millilitre,
                        },
                    }),
                    ..ad_valorem(20)
                })
                .with_citations(&[Citation::CtSchedule, Citation::PostalBands2019]),
            B::GolfEquipment => base
                .with_consumption_tax(ad_valorem(10))
                .with_citations(&[Citation::CtWatchesGolf2006, Citation::PostalBands2019]),
            B::Batteries => base
                .with_consumption_tax(ad_valorem(4))
                .with_postal_band_before(POSTAL_2024, Two)
                .with_citations(&[Citation::CtBatteries2015, Citation::PostalBands2024]),
            B::Coatings => base
                .with_consumption_tax(ad_valorem(4))
                .with_citations(&[Citation::CtBatteries2015, Citation::PostalBands2019]),
            _ => base.with_citations(plain_citations),
        }
    }
}

/// A table of tax categories by id: the built-in ones ([`RateTable::builtin`]) or your own,
/// extended, replaced or trimmed with [`insert`](Self::insert) and [`remove`](Self::remove).
///
/// # Examples
///
/// ```
/// use crossborder::tax::{ConsumptionTax, PostalBand, RateTable, TaxCategory, VatClass};
///
/// let mut table = RateTable::builtin();
/// assert_eq!(table.get("books").map(|c| c.name().contains("图书")), Some(true));
/// let perfume = TaxCategory::new("perfume".parse()?, "perfume", VatClass::Standard, PostalBand::Three)
///     .with_consumption_tax(ConsumptionTax::ad_valorem("15%".parse()?)?);
/// assert!(table.insert(perfume).is_none());
/// assert!(table.get("perfume").is_some());
/// assert!(table.remove("coatings").is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "Vec<TaxCategory>", into = "Vec<TaxCategory>"))]
pub struct RateTable {
    categories: std::collections::BTreeMap<CategoryId, TaxCategory>,
}

impl RateTable {
    /// An empty table (the same as [`Default::default`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::RateTable;
    ///
    /// assert!(RateTable::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// The table of every [`BuiltinCategory`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, RateTable};
    ///
    /// assert_eq!(RateTable::builtin().len(), BuiltinCategory::ALL.len());
    /// ```
    pub fn builtin() -> Self {
        BuiltinCategory::ALL.iter().map(|b| b.category()).collect()
    }

    /// Adds or replaces the category with the same id; returns the replaced one.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{PostalBand, RateTable, TaxCategory, VatClass};
    ///
    /// let mut table = RateTable::builtin();
    /// let own = TaxCategory::new("books".parse()?, "my books", VatClass::Reduced, PostalBand::One);
    /// assert!(table.insert(own).is_some());
    /// assert_eq!(table.get("books").map(|c| c.name()), Some("my books"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn insert(&mut self, category: TaxCategory) -> Option<TaxCategory> {
        self.categories.insert(category.id.clone(), category)
    }

    /// Removes the category with id `id`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::RateTable;
    ///
    /// let mut table = RateTable::builtin();
    /// assert!(table.remove("wine").is_some());
    /// assert!(table.remove("wine").is_none());
    /// ```
    pub fn remove(&mut self, id: &str) -> Option<TaxCategory> {
        self.categories.remove(id)
    }

    /// The category with id `id`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::RateTable;
    ///
    /// assert!(RateTable::builtin().get("ordinary").is_some());
    /// assert!(RateTable::builtin().get("unicorns").is_none());
    /// ```
    pub fn get(&self, id: &str) -> Option<&TaxCategory> {
        self.categories.get(id)
    }

    /// The categories in id order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::RateTable;
    ///
    /// let first = RateTable::builtin().iter().next().map(|c| c.id().to_string());
    /// assert_eq!(first.as_deref(), Some("agricultural_produce"));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = &TaxCategory> {
        self.categories.values()
    }

    /// The number of categories.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::RateTable;
    ///
    /// assert_eq!(RateTable::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.categories.len()
    }

    /// Whether the table is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::RateTable;
    ///
    /// assert!(!RateTable::builtin().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.categories.is_empty()
    }
}

impl FromIterator<TaxCategory> for RateTable {
    fn from_iter<I: IntoIterator<Item = TaxCategory>>(iter: I) -> Self {
        let mut table = Self::new();
        for c in iter {
            table.insert(c);
        }
        table
    }
}

impl From<RateTable> for Vec<TaxCategory> {
    fn from(table: RateTable) -> Self {
        table.categories.into_values().collect()
    }
}

impl TryFrom<Vec<TaxCategory>> for RateTable {
    type Error = ParseTaxError;

    /// Builds a table; two categories with the same id are an error.
    fn try_from(categories: Vec<TaxCategory>) -> Result<Self, Self::Error> {
        let mut table = Self::new();
        for c in categories {
            let id = c.id.to_string();
            if table.insert(c).is_some() {
                return Err(ParseTaxError::Malformed {
                    what: "rate table",
                    text: id,
                    position: 0,
                    expected: "each category id at most once",
                });
            }
        }
        Ok(table)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn vat_history_boundaries() {
        // 财税〔2017〕37号: 13% → 11% on 2017-07-01 (reduced only)
        assert_eq!(VatClass::Reduced.rate_on(d(2017, 6, 30)).to_string(), "0.13");
        assert_eq!(VatClass::Reduced.rate_on(d(2017, 7, 1)).to_string(), "0.11");
        assert_eq!(VatClass::Standard.rate_on(d(2017, 7, 1)).to_string(), "0.17");
        // 财税〔2018〕32号: 17/11 → 16/10 on 2018-05-01
        assert_eq!(VatClass::Standard.rate_on(d(2018, 4, 30)).to_string(), "0.17");
        assert_eq!(VatClass::Standard.rate_on(d(2018, 5, 1)).to_string(), "0.16");
        assert_eq!(VatClass::Reduced.rate_on(d(2018, 5, 1)).to_string(), "0.1");
        // 2019年第39号: 16/10 → 13/9 on 2019-04-01
        assert_eq!(VatClass::Standard.rate_on(d(2019, 3, 31)).to_string(), "0.16");
        assert_eq!(VatClass::Standard.rate_on(d(2019, 4, 1)).to_string(), "0.13");
        assert_eq!(VatClass::Reduced.rate_on(d(2019, 4, 1)).to_string(), "0.09");
        assert_eq!(VatClass::Standard.citation_on(d(2019, 4, 1)), Some(Citation::Vat2019));
    }

    #[test]
    fn vat_class_text_round_trips() {
        for s in ["standard", "reduced", "fixed 0.03"] {
            assert_eq!(s.parse::<VatClass>().unwrap().to_string(), s);
        }
        assert!("fixed -1".parse::<VatClass>().is_err());
        assert!("Standard".parse::<VatClass>().is_err());
    }

    #[test]
    fn identifiers_validate() {
        assert!(CategoryId::try_new("wine_2").is_ok());
        for bad in ["", "2wine", "Wine", "wine-2", "酒", &"a".repeat(41)] {
            assert!(CategoryId::try_new(bad).is_err(), "{bad}");
        }
        assert!(CategoryId::try_new(&"a".repeat(40)).is_ok());
        for bad in ["91022", "9102.", ".910221", "9102..2100", "91022100901", "9102 2100"] {
            assert!(HsCode::try_new(bad).is_err(), "{bad}");
        }
        assert_eq!("910221".parse::<HsCode>().unwrap().subheading(), "910221");
    }

    #[test]
    fn content_parses_strictly() {
        assert_eq!("0.5 g".parse::<Content>().unwrap().to_string(), "0.5 g");
        assert_eq!("50.0 ml".parse::<Content>().unwrap().to_string(), "50 ml");
        for bad in ["50ml", "50  ml", "-5 ml", "0 ml", "5 l", ".5 ml", "5. ml", "1e3 ml", ""] {
            assert!(bad.parse::<Content>().is_err(), "{bad}");
        }
    }

    #[test]
    fn builtin_table_is_consistent() {
        let table = RateTable::builtin();
        assert_eq!(table.len(), BuiltinCategory::ALL.len());
        for b in BuiltinCategory::ALL {
            let c = b.category();
            assert_eq!(c.id().as_str(), b.to_string());
            assert!(CategoryId::try_new(c.id().as_str()).is_ok());
            assert!(!c.citations().is_empty());
            assert_eq!(table.get(c.id().as_str()), Some(&c));
        }
        let day = d(2025, 6, 1);
        let ct = |b: BuiltinCategory| {
            b.category().consumption_tax().map(|c| c.rate().to_string()).unwrap_or_default()
        };
        assert_eq!(ct(BuiltinCategory::Cosmetics), "0.15");
        assert_eq!(ct(BuiltinCategory::Watches), "0.2");
        assert_eq!(ct(BuiltinCategory::Wine), "0.1");
        assert_eq!(ct(BuiltinCategory::Batteries), "0.04");
        assert_eq!(BuiltinCategory::Books.category().vat_rate_on(day).to_string(), "0.09");
        assert_eq!(BuiltinCategory::Ordinary.category().vat_rate_on(day).to_string(), "0.13");
        let batteries = BuiltinCategory::Batteries.category();
        assert_eq!(batteries.postal_band_on(d(2024, 11, 30), true), PostalBand::Two);
        assert_eq!(batteries.postal_band_on(d(2024, 12, 1), true), PostalBand::Three);
    }

    #[test]
    fn consumption_tax_rate_must_be_below_one() {
        assert!(ConsumptionTax::ad_valorem(rate(99, 2)).is_ok());
        assert!(matches!(
            ConsumptionTax::ad_valorem(Rate::ONE),
            Err(TaxError::InvalidRate { what: "consumption tax", .. })
        ));
    }
}
