//! Postal articles tax (行邮税, 进境物品进口税): personal articles sent by post or express that are
//! not CBEC retail imports, taxed at one combined band rate on the customs value of each article.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::calc::{self, add, mul};
use super::cbec::reaches_threshold;
use super::error::{ParseTaxError, TaxError};
use super::law::Citation;
use super::policy::{RoundingGranularity, TaxPolicy};
use super::rates::{Content, PostalBand, TaxCategory};
use super::{date, rate};
use crate::geo::CustomsRegion;
use crate::money::{Currency, Money, Rate};

/// The postal articles tax rate table (进境物品进口税税率表) in force over a period.
///
/// | schedule | from | band 1 | band 2 | band 3 | band 4 | source |
/// |---|---|---|---|---|---|---|
/// | [`Pre2016`](Self::Pre2016) | (2010-09-01, modelled) | 10% | 20% | 30% | 50% | 2011 table |
/// | [`From2016`](Self::From2016) | 2016-04-08 | 15% | 30% | 60% | — | 税委会〔2016〕2号 |
/// | [`From2018`](Self::From2018) | 2018-11-01 | 15% | 25% | 50% | — | 税委会〔2018〕49号 |
/// | [`From2019`](Self::From2019) | 2019-04-09 | 13% | 20% | 50% | — | 税委会〔2019〕17号 |
/// | [`From2024`](Self::From2024) | 2024-12-01 | 13% | 20% | 50% | — | 税委会公告2024年第11号 |
///
/// The module's rules start on 2010-09-01, the date of 海关总署公告2010年第43号 (the 50-yuan
/// exemption and the parcel limits); the four-band table is assumed to be the one in force from
/// then (the reference notes read a 2011-era copy). 税委会公告2024年第11号 is dated "2024-12" in
/// the notes; the first of the month is assumed. The four-band table's bands do not match the
/// later three (cosmetics were band 4), so items before 2016-04-08 need an explicit band.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{PostalBand, PostalSchedule};
///
/// let day = NaiveDate::from_ymd_opt(2019, 4, 9).ok_or("date")?;
/// let schedule = PostalSchedule::on(day)?;
/// assert_eq!(schedule, PostalSchedule::From2019);
/// assert_eq!(schedule.rate(PostalBand::Two).map(|r| r.to_string()), Some("0.2".into()));
/// assert_eq!(schedule.rate(PostalBand::Four), None);
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
    parse_err_fn = ParseTaxError::postal_schedule
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum PostalSchedule {
    /// Four bands 10 / 20 / 30 / 50%, to 2016-04-07.
    Pre2016,
    /// 15 / 30 / 60%, 2016-04-08 to 2018-10-31.
    From2016,
    /// 15 / 25 / 50%, 2018-11-01 to 2019-04-08.
    From2018,
    /// 13 / 20 / 50%, 2019-04-09 to 2024-11-30.
    From2019,
    /// 13 / 20 / 50% with batteries in band 3, from 2024-12-01.
    From2024,
}

const POSTAL_2010: NaiveDate = date(2010, 9, 1);
const POSTAL_2016: NaiveDate = date(2016, 4, 8);
const POSTAL_2018: NaiveDate = date(2018, 11, 1);
const POSTAL_2019: NaiveDate = date(2019, 4, 9);
const POSTAL_2024: NaiveDate = date(2024, 12, 1);

impl PostalSchedule {
    /// Every schedule, oldest first.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::PostalSchedule;
    ///
    /// assert_eq!(PostalSchedule::ALL.len(), 5);
    /// ```
    pub const ALL: &'static [PostalSchedule] = &[
        PostalSchedule::Pre2016,
        PostalSchedule::From2016,
        PostalSchedule::From2018,
        PostalSchedule::From2019,
        PostalSchedule::From2024,
    ];

    /// The schedule in force on `date`.
    ///
    /// # Errors
    ///
    /// [`TaxError::NotInForce`] before 2010-09-01.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::PostalSchedule;
    ///
    /// let day = NaiveDate::from_ymd_opt(2018, 10, 31).ok_or("date")?;
    /// assert_eq!(PostalSchedule::on(day)?, PostalSchedule::From2016);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn on(date: NaiveDate) -> Result<Self, TaxError> {
        Self::ALL.iter().rev().find(|s| date >= s.since()).copied().ok_or(TaxError::NotInForce {
            regime: "postal articles",
            date,
            earliest: POSTAL_2010,
        })
    }

    /// The first day of the schedule (for [`Pre2016`](Self::Pre2016), the first modelled day).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::PostalSchedule;
    ///
    /// assert_eq!(PostalSchedule::From2019.since().to_string(), "2019-04-09");
    /// ```
    pub const fn since(self) -> NaiveDate {
        match self {
            PostalSchedule::Pre2016 => POSTAL_2010,
            PostalSchedule::From2016 => POSTAL_2016,
            PostalSchedule::From2018 => POSTAL_2018,
            PostalSchedule::From2019 => POSTAL_2019,
            PostalSchedule::From2024 => POSTAL_2024,
        }
    }

    /// The rate of `band`, or `None` if the schedule has no such band.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{PostalBand, PostalSchedule};
    ///
    /// assert_eq!(PostalSchedule::From2016.rate(PostalBand::Three).map(|r| r.to_string()), Some("0.6".into()));
    /// ```
    pub fn rate(self, band: PostalBand) -> Option<Rate> {
        // Percent per band 1, 2, 3, 4 (0: the schedule has no such band).
        let percents: [u32; 4] = match self {
            PostalSchedule::Pre2016 => [10, 20, 30, 50],
            PostalSchedule::From2016 => [15, 30, 60, 0],
            PostalSchedule::From2018 => [15, 25, 50, 0],
            PostalSchedule::From2019 | PostalSchedule::From2024 => [13, 20, 50, 0],
        };
        let index = match band {
            PostalBand::One => 0,
            PostalBand::Two => 1,
            PostalBand::Three => 2,
            PostalBand::Four => 3,
        };
        let percent = percents.get(index).copied().filter(|&p| p > 0)?;
        Some(rate(i64::from(percent), 2))
    }

    /// The provision that set the schedule.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{Citation, PostalSchedule};
    ///
    /// assert_eq!(PostalSchedule::From2019.citation(), Citation::PostalBands2019);
    /// ```
    pub const fn citation(self) -> Citation {
        match self {
            PostalSchedule::Pre2016 => Citation::PostalBands2011,
            PostalSchedule::From2016 => Citation::PostalBands2016,
            PostalSchedule::From2018 => Citation::PostalBands2018,
            PostalSchedule::From2019 => Citation::PostalBands2019,
            PostalSchedule::From2024 => Citation::PostalBands2024,
        }
    }
}

/// The tax at or below which postal articles tax is not collected: 50 yuan, "含50元"
/// (海关总署公告2010年第43号 一). It is a threshold, not an allowance: 52.00 is payable in full.
///
/// # Examples
///
/// ```
/// use crossborder::tax::POSTAL_EXEMPT_TAX;
///
/// assert_eq!(POSTAL_EXEMPT_TAX.to_string(), "50.00 CNY");
/// ```
pub const POSTAL_EXEMPT_TAX: Money = Money::from_minor(5_000, Currency::CNY);

/// One article in a postal parcel (邮递物品).
///
/// The customs value (海关总署公告2012年第15号) is the value in the customs value table
/// (完税价格表) when it lists the article, otherwise the retail price (here: `actual_price`).
/// When the actual price is at least twice or at most half the table value, customs *may* use the
/// invoice: the assessment then returns both quotes.
///
/// # Examples
///
/// ```
/// use crossborder::tax::{BuiltinCategory, PostalItem};
///
/// // 2 kg milk powder bought for 180 per kg; table value 200 yuan/kg
/// let milk = PostalItem::new(BuiltinCategory::Food.category(), "180.00 CNY".parse()?, 2)
///     .with_table_value("200.00 CNY".parse()?);
/// assert_eq!(milk.table_value.map(|m| m.to_string()), Some("200.00 CNY".into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostalItem {
    /// The tax category, which gives the band (and the high-end threshold of band 3).
    pub category: TaxCategory,
    /// The number of units (pieces, kilograms, bottles: the unit of the table value).
    pub quantity: u32,
    /// The actual purchase price per unit, in CNY (the invoice).
    pub actual_price: Money,
    /// The customs value table's value per unit, in CNY, if the table lists the article.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub table_value: Option<Money>,
    /// The content of one unit, for per-ml thresholds (high-end cosmetics).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub content_per_unit: Option<Content>,
    /// The band, overriding the category's (required before 2016-04-08).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub band: Option<PostalBand>,
}

impl PostalItem {
    /// `quantity` units of `category` bought at `actual_price` each.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, PostalItem};
    ///
    /// let coat = PostalItem::new(BuiltinCategory::Clothing.category(), "450.00 CNY".parse()?, 1);
    /// assert_eq!(coat.quantity, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(category: TaxCategory, actual_price: Money, quantity: u32) -> Self {
        Self {
            category,
            quantity,
            actual_price,
            table_value: None,
            content_per_unit: None,
            band: None,
        }
    }

    /// The same item with the customs value table's value per unit.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, PostalItem};
    ///
    /// let coat = PostalItem::new(BuiltinCategory::Clothing.category(), "450.00 CNY".parse()?, 1)
    ///     .with_table_value("300.00 CNY".parse()?);
    /// assert!(coat.table_value.is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_table_value(self, value: Money) -> Self {
        Self { table_value: Some(value), ..self }
    }

    /// The same item with the content of one unit.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, PostalItem};
    ///
    /// let lotion = PostalItem::new(BuiltinCategory::Cosmetics.category(), "300.00 CNY".parse()?, 1)
    ///     .with_content_per_unit("200 ml".parse()?);
    /// assert!(lotion.content_per_unit.is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_content_per_unit(self, content: Content) -> Self {
        Self { content_per_unit: Some(content), ..self }
    }

    /// The same item with an explicit band.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, PostalBand, PostalItem};
    ///
    /// let item = PostalItem::new(BuiltinCategory::Cosmetics.category(), "300.00 CNY".parse()?, 1)
    ///     .with_band(PostalBand::Four);
    /// assert_eq!(item.band, Some(PostalBand::Four));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_band(self, band: PostalBand) -> Self {
        Self { band: Some(band), ..self }
    }

    /// Whether the invoice may replace the table value: actual price ≥ 2× or ≤ ½ of it.
    fn invoice_rule_applies(&self) -> bool {
        let Some(table) = self.table_value else {
            return false;
        };
        let (actual, table) = (i128::from(self.actual_price.minor()), i128::from(table.minor()));
        actual >= table.saturating_mul(2) || actual.saturating_mul(2) <= table
    }
}

/// A personal postal or express parcel (个人邮递物品) entering on `date` from `origin`.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::geo::CustomsRegion;
/// use crossborder::tax::{BuiltinCategory, PostalItem, PostalOutcome, PostalParcel, TaxPolicy};
///
/// // Reference case T18: 2 kg milk powder, table value 200/kg: 400 × 13% = 52.00 > 50, payable
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let parcel = PostalParcel::new(date, CustomsRegion::Foreign, vec![
///     PostalItem::new(BuiltinCategory::Food.category(), "200.00 CNY".parse()?, 2)
///         .with_table_value("200.00 CNY".parse()?),
/// ]);
/// let a = parcel.assess(&TaxPolicy::default())?;
/// assert_eq!(a.primary.outcome, PostalOutcome::Payable { tax: "52.00 CNY".parse()? });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostalParcel {
    /// The date of entry (selects the rate table).
    pub date: NaiveDate,
    /// Where the parcel comes from: Hong Kong, Macao and Taiwan have the 800-yuan limit.
    pub origin: CustomsRegion,
    /// The articles (at least one).
    pub items: Vec<PostalItem>,
}

impl PostalParcel {
    /// A parcel of `items` entering on `date` from `origin`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::geo::Country;
    /// use crossborder::tax::{BuiltinCategory, PostalItem, PostalParcel};
    ///
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let parcel = PostalParcel::new(date, Country::HK.customs_region(), vec![
    ///     PostalItem::new(BuiltinCategory::Toys.category(), "120.00 CNY".parse()?, 1),
    /// ]);
    /// assert!(parcel.origin.is_hk_mo_tw());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(date: NaiveDate, origin: CustomsRegion, items: Vec<PostalItem>) -> Self {
        Self { date, origin, items }
    }

    /// Assesses the parcel: the customs value of each article, the band, the tax, the 50-yuan
    /// exemption on the parcel's total tax (compared after rounding to the fen), and the parcel
    /// limit with its single-article exception.
    ///
    /// [`PostalAssessment::primary`] uses the customs value table (or the actual price where
    /// the table has no value). If some article's actual price is ≥ 2× or ≤ ½ of its table
    /// value, [`PostalAssessment::invoice`] gives the quote with those articles at their
    /// invoice price: which one applies is customs' choice (海关总署公告2012年第15号).
    ///
    /// # Errors
    ///
    /// [`TaxError`] if the date is before 2010-09-01, the origin is the mainland, the parcel is empty, an amount is not CNY
    /// or negative, a quantity is zero, a band does not exist in the schedule (or is needed
    /// explicitly before 2016-04-08), or the category's threshold needs a content per unit.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::geo::CustomsRegion;
    /// use crossborder::tax::{BuiltinCategory, PostalItem, PostalOutcome, PostalParcel, TaxPolicy};
    ///
    /// // T17: 1 kg milk powder, table value 200: 26.00 ≤ 50, exempt
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let parcel = PostalParcel::new(date, CustomsRegion::Foreign, vec![
    ///     PostalItem::new(BuiltinCategory::Food.category(), "200.00 CNY".parse()?, 1)
    ///         .with_table_value("200.00 CNY".parse()?),
    /// ]);
    /// let a = parcel.assess(&TaxPolicy::default())?;
    /// assert_eq!(a.primary.outcome, PostalOutcome::Exempt { tax: "26.00 CNY".parse()? });
    /// assert_eq!(a.primary.outcome.payable().map(|m| m.to_string()), Some("0.00 CNY".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn assess(&self, policy: &TaxPolicy) -> Result<PostalAssessment, TaxError> {
        let schedule = PostalSchedule::on(self.date)?;
        self.validate()?;
        let limit = self.origin.postal_parcel_limit().ok_or(TaxError::InvalidOrigin {
            field: "origin".to_owned(),
            origin: self.origin.to_string(),
        })?;
        let primary = self.quote(ValueBasis::CustomsValueTable, schedule, limit, *policy)?;
        let invoice = if self.items.iter().any(PostalItem::invoice_rule_applies) {
            Some(self.quote(ValueBasis::Invoice, schedule, limit, *policy)?)
        } else {
            None
        };
        let mut citations = vec![
            Citation::PostalExemption2010,
            Citation::PostalLimits2010,
            Citation::PostalValue2012,
            schedule.citation(),
        ];
        let over_limit = |q: &PostalQuote| q.parcel_value.minor() > limit.minor();
        if over_limit(&primary) || invoice.as_ref().is_some_and(over_limit) {
            citations.push(Citation::PostalOverLimit2010);
        }
        citations.sort_unstable();
        Ok(PostalAssessment { schedule, limit, primary, invoice, citations })
    }

    fn validate(&self) -> Result<(), TaxError> {
        if self.items.is_empty() {
            return Err(TaxError::Empty { what: "parcel" });
        }
        for (i, item) in self.items.iter().enumerate() {
            check_cny(item.actual_price, || format!("items[{i}].actual_price"))?;
            if let Some(table) = item.table_value {
                check_cny(table, || format!("items[{i}].table_value"))?;
            }
            if item.quantity == 0 {
                return Err(TaxError::ZeroQuantity { field: format!("items[{i}].quantity") });
            }
        }
        Ok(())
    }

    fn quote(
        &self,
        basis: ValueBasis,
        schedule: PostalSchedule,
        limit: Money,
        policy: TaxPolicy,
    ) -> Result<PostalQuote, TaxError> {
        let mut items = Vec::with_capacity(self.items.len());
        let mut exact_total = Decimal::ZERO;
        for (i, item) in self.items.iter().enumerate() {
            let unit_value = match (basis, item.table_value) {
                (ValueBasis::Invoice, Some(_)) if item.invoice_rule_applies() => item.actual_price,
                (_, Some(table)) => table,
                (_, None) => item.actual_price,
            };
            let value = unit_value
                .checked_mul_int(i64::from(item.quantity))
                .map_err(|_| TaxError::Overflow { operation: "article value" })?;
            let band = self.band(i, item, value)?;
            let rate = schedule.rate(band).ok_or_else(|| TaxError::BandNotInSchedule {
                field: format!("items[{i}].band"),
                band,
                date: self.date,
            })?;
            let exact = mul(value.to_decimal(), rate.as_decimal())?;
            exact_total = add(exact_total, exact)?;
            let tax = calc::round(exact, Currency::CNY, policy.rounding)?;
            items.push(PostalItemTax { unit_value, value, band, rate, tax });
        }
        let parcel_value = Money::checked_sum(Currency::CNY, items.iter().map(|i| i.value))
            .map_err(|e| TaxError::from_money(&e, "parcel value"))?;
        let tax = if policy.granularity == RoundingGranularity::PerOrder {
            calc::round(exact_total, Currency::CNY, policy.rounding)?
        } else {
            Money::checked_sum(Currency::CNY, items.iter().map(|i| i.tax))
                .map_err(|e| TaxError::from_money(&e, "parcel tax"))?
        };
        let exempt = tax.minor() <= POSTAL_EXEMPT_TAX.minor();
        let item_count =
            self.items.iter().map(|i| u64::from(i.quantity)).fold(0_u64, u64::saturating_add);
        let outcome = if parcel_value.minor() <= limit.minor() {
            if exempt { PostalOutcome::Exempt { tax } } else { PostalOutcome::Payable { tax } }
        } else if item_count == 1 {
            let payable = if exempt { Money::zero(Currency::CNY) } else { tax };
            PostalOutcome::SingleItemOverLimit { tax, payable }
        } else {
            PostalOutcome::NotAdmissible { parcel_value, limit }
        };
        Ok(PostalQuote { basis, items, parcel_value, outcome })
    }

    /// The band of an article: explicit, or the category's on the date (band 3 goods below the
    /// consumption-tax threshold fall to their lower band: "税目3所列商品的具体范围与消费税征收
    /// 范围一致").
    fn band(&self, i: usize, item: &PostalItem, value: Money) -> Result<PostalBand, TaxError> {
        if let Some(band) = item.band {
            return Ok(band);
        }
        if self.date < POSTAL_2016 {
            let band = item.category.postal_band_on(self.date, true);
            return Err(TaxError::BandNotInSchedule {
                field: format!("items[{i}].band"),
                band,
                date: self.date,
            });
        }
        let within = item.category.consumption_tax().is_none()
            || reaches_threshold(
                &|| format!("items[{i}].content_per_unit"),
                &item.category,
                item.content_per_unit,
                item.quantity,
                value,
            )?;
        Ok(item.category.postal_band_on(self.date, within))
    }
}

fn check_cny(amount: Money, field: impl Fn() -> String) -> Result<(), TaxError> {
    if amount.currency() != Currency::CNY {
        return Err(TaxError::WrongCurrency {
            field: field(),
            expected: Currency::CNY,
            found: amount.currency(),
        });
    }
    if amount.is_negative() {
        return Err(TaxError::NegativeAmount { field: field(), amount });
    }
    Ok(())
}

/// Which values a postal quote uses.
///
/// # Examples
///
/// ```
/// use crossborder::tax::ValueBasis;
///
/// assert_eq!(ValueBasis::Invoice.to_string(), "invoice");
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
#[strum(serialize_all = "snake_case", parse_err_ty = ParseTaxError, parse_err_fn = ParseTaxError::value_basis)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ValueBasis {
    /// The customs value table where it lists the article, else the actual (retail) price.
    CustomsValueTable,
    /// The invoice price for the articles whose actual price is ≥ 2× or ≤ ½ of the table value.
    Invoice,
}

impl ValueBasis {
    /// Both bases.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::ValueBasis;
    ///
    /// assert_eq!(ValueBasis::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [ValueBasis] = &[ValueBasis::CustomsValueTable, ValueBasis::Invoice];
}

/// The value and tax of one article.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::geo::CustomsRegion;
/// use crossborder::tax::{BuiltinCategory, PostalBand, PostalItem, PostalParcel, TaxPolicy};
///
/// // T21: 2 coats, table value 300 each: 600 × 20% = 120.00
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let parcel = PostalParcel::new(date, CustomsRegion::Foreign, vec![
///     PostalItem::new(BuiltinCategory::Clothing.category(), "280.00 CNY".parse()?, 2)
///         .with_table_value("300.00 CNY".parse()?),
/// ]);
/// let item = &parcel.assess(&TaxPolicy::default())?.primary.items[0];
/// assert_eq!(item.band, PostalBand::Two);
/// assert_eq!(item.value.to_string(), "600.00 CNY");
/// assert_eq!(item.tax.to_string(), "120.00 CNY");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostalItemTax {
    /// The customs value per unit on this quote's basis.
    pub unit_value: Money,
    /// Unit value × quantity.
    pub value: Money,
    /// The band applied.
    pub band: PostalBand,
    /// The band's rate.
    pub rate: Rate,
    /// Value × rate, rounded per the policy (informational when the parcel is not admissible).
    pub tax: Money,
}

/// What happens to the parcel.
///
/// # Examples
///
/// ```
/// use crossborder::tax::PostalOutcome;
///
/// let o = PostalOutcome::Payable { tax: "120.00 CNY".parse()? };
/// assert_eq!(o.payable().map(|m| m.to_string()), Some("120.00 CNY".into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum PostalOutcome {
    /// Within the limit and the tax is 50.00 or less: nothing to pay (2010年第43号 一).
    Exempt {
        /// The computed tax (not collected).
        tax: Money,
    },
    /// Within the limit; the whole tax is payable.
    Payable {
        /// The tax to pay.
        tax: Money,
    },
    /// Over the limit, but a single indivisible article: it may clear as personal articles if
    /// customs confirms it is for personal use (2010年第43号 三).
    SingleItemOverLimit {
        /// The computed tax.
        tax: Money,
        /// The tax to pay (the tax, or zero if 50.00 or less — which no band rate allows above
        /// the limits).
        payable: Money,
    },
    /// Several articles over the limit: return the parcel or clear it as goods
    /// (2010年第43号 三). No personal articles tax.
    NotAdmissible {
        /// The parcel's customs value.
        parcel_value: Money,
        /// The limit it exceeds.
        limit: Money,
    },
}

impl PostalOutcome {
    /// The tax to pay, or `None` if the parcel cannot clear as personal articles.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::PostalOutcome;
    ///
    /// assert_eq!(PostalOutcome::Exempt { tax: "26.00 CNY".parse()? }.payable().map(|m| m.minor()), Some(0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn payable(&self) -> Option<Money> {
        match *self {
            PostalOutcome::Exempt { tax } => Some(Money::zero(tax.currency())),
            PostalOutcome::Payable { tax } => Some(tax),
            PostalOutcome::SingleItemOverLimit { payable, .. } => Some(payable),
            PostalOutcome::NotAdmissible { .. } => None,
        }
    }
}

/// A postal quote on one value basis.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::geo::CustomsRegion;
/// use crossborder::tax::{BuiltinCategory, PostalItem, PostalParcel, TaxPolicy, ValueBasis};
///
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let parcel = PostalParcel::new(date, CustomsRegion::Foreign, vec![
///     PostalItem::new(BuiltinCategory::Toys.category(), "120.00 CNY".parse()?, 1),
/// ]);
/// let q = parcel.assess(&TaxPolicy::default())?.primary;
/// assert_eq!(q.basis, ValueBasis::CustomsValueTable);
/// assert_eq!(q.parcel_value.to_string(), "120.00 CNY");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostalQuote {
    /// The value basis.
    pub basis: ValueBasis,
    /// Per article, in order.
    pub items: Vec<PostalItemTax>,
    /// The parcel's customs value, tested against the limit.
    pub parcel_value: Money,
    /// Exempt, payable, single article over the limit, or not admissible.
    pub outcome: PostalOutcome,
}

/// The assessment of a postal parcel.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::geo::CustomsRegion;
/// use crossborder::tax::{BuiltinCategory, PostalItem, PostalOutcome, PostalParcel, TaxPolicy};
///
/// // A 100-yuan table value bought for 250 (≥ 2×): customs may use the invoice.
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let parcel = PostalParcel::new(date, CustomsRegion::Foreign, vec![
///     PostalItem::new(BuiltinCategory::Wine.category(), "250.00 CNY".parse()?, 1)
///         .with_table_value("100.00 CNY".parse()?),
/// ]);
/// let a = parcel.assess(&TaxPolicy::default())?;
/// assert_eq!(a.primary.outcome, PostalOutcome::Exempt { tax: "50.00 CNY".parse()? });
/// let invoice = a.invoice.ok_or("no invoice quote")?;
/// assert_eq!(invoice.outcome, PostalOutcome::Payable { tax: "125.00 CNY".parse()? });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostalAssessment {
    /// The rate table applied.
    pub schedule: PostalSchedule,
    /// The parcel limit for the origin.
    pub limit: Money,
    /// The quote on the customs value table.
    pub primary: PostalQuote,
    /// The quote on invoice prices, when the ≥ 2× / ≤ ½ rule lets customs choose it.
    pub invoice: Option<PostalQuote>,
    /// The provisions applied, sorted.
    pub citations: Vec<Citation>,
}
