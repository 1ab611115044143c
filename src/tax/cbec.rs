//! Cross-border e-commerce retail import composite tax (跨境电商综合税), customs modes 9610 and
//! 1210: the regime's effective-dated limits, the order input, and the assessment.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::calc::{self, add, div, mul, sub};
use super::error::{ParseTaxError, TaxError};
use super::law::Citation;
use super::policy::{
    FreightAllocation, NonCashDeduction, RoundingGranularity, RoundingOrder, TaxPolicy,
};
use super::rates::{ConsumptionTax, Content, HsCode, TaxCategory};
use super::{date, rate};
use crate::money::{Currency, Money, Rate};

/// The CBEC retail import rules in force over a period (跨境电商零售进口税收政策). Each period
/// fixes the single-transaction and annual limits and whether a single indivisible item over the
/// single limit may still enter at full rate.
///
/// | regime | in force | single / annual limit | one item over the single limit |
/// |---|---|---|---|
/// | [`Limits2016`](Self::Limits2016) | 2016-04-08 – 2018-12-31 | 2,000 / 20,000 | general trade (not admissible) |
/// | [`Limits2019`](Self::Limits2019) | from 2019-01-01 | 5,000 / 26,000 | full duty, VAT and CT if below 26,000 |
///
/// Both: duty 0% within the limits, import VAT and consumption tax at 70% of the statutory
/// amount, no tax-free allowance (财关税〔2016〕18号 二); "超过" (exceeds) is strictly greater
/// than, so exactly 5,000.00 and a year total of exactly 26,000.00 are within the limits.
///
/// The reference notes record one page dating the 2018 change "自2021年1月1日起"; the official
/// news of 2018-12-01 and later summaries agree on 2019-01-01, which is used here.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::CbecRegime;
///
/// let day = NaiveDate::from_ymd_opt(2018, 12, 31).ok_or("date")?;
/// assert_eq!(CbecRegime::on(day)?, CbecRegime::Limits2016);
/// let day = NaiveDate::from_ymd_opt(2019, 1, 1).ok_or("date")?;
/// let regime = CbecRegime::on(day)?;
/// assert_eq!(regime.single_limit().to_string(), "5000.00 CNY");
/// assert_eq!(regime.annual_limit().to_string(), "26000.00 CNY");
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
    parse_err_fn = ParseTaxError::cbec_regime
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CbecRegime {
    /// 财关税〔2016〕18号, 2016-04-08 to 2018-12-31: limits 2,000 / 20,000.
    Limits2016,
    /// 财关税〔2018〕49号, from 2019-01-01: limits 5,000 / 26,000, one-item exception.
    Limits2019,
}

const CBEC_2016: NaiveDate = date(2016, 4, 8);
const CBEC_2019: NaiveDate = date(2019, 1, 1);

impl CbecRegime {
    /// Every regime, oldest first.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::CbecRegime;
    ///
    /// assert_eq!(CbecRegime::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [CbecRegime] = &[CbecRegime::Limits2016, CbecRegime::Limits2019];

    /// The regime in force on `date` (the declaration date: 海关总署令第272号 第十四条 applies
    /// the law of the day the declaration is completed).
    ///
    /// # Errors
    ///
    /// [`TaxError::NotInForce`] before 2016-04-08, when the CBEC regime did not exist.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::CbecRegime;
    ///
    /// let day = NaiveDate::from_ymd_opt(2016, 4, 7).ok_or("date")?;
    /// assert!(CbecRegime::on(day).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn on(date: NaiveDate) -> Result<Self, TaxError> {
        if date >= CBEC_2019 {
            Ok(CbecRegime::Limits2019)
        } else if date >= CBEC_2016 {
            Ok(CbecRegime::Limits2016)
        } else {
            Err(TaxError::NotInForce { regime: "CBEC retail import", date, earliest: CBEC_2016 })
        }
    }

    /// The first day in force.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::CbecRegime;
    ///
    /// assert_eq!(CbecRegime::Limits2019.since().to_string(), "2019-01-01");
    /// ```
    pub const fn since(self) -> NaiveDate {
        match self {
            CbecRegime::Limits2016 => CBEC_2016,
            CbecRegime::Limits2019 => CBEC_2019,
        }
    }

    /// The single-transaction limit (单次交易限值).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::CbecRegime;
    ///
    /// assert_eq!(CbecRegime::Limits2016.single_limit().to_string(), "2000.00 CNY");
    /// ```
    pub const fn single_limit(self) -> Money {
        match self {
            CbecRegime::Limits2016 => Money::from_minor(200_000, Currency::CNY),
            CbecRegime::Limits2019 => Money::from_minor(500_000, Currency::CNY),
        }
    }

    /// The personal annual limit (个人年度交易限值), per calendar year.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::CbecRegime;
    ///
    /// assert_eq!(CbecRegime::Limits2016.annual_limit().to_string(), "20000.00 CNY");
    /// ```
    pub const fn annual_limit(self) -> Money {
        match self {
            CbecRegime::Limits2016 => Money::from_minor(2_000_000, Currency::CNY),
            CbecRegime::Limits2019 => Money::from_minor(2_600_000, Currency::CNY),
        }
    }

    /// The share of the statutory VAT and consumption tax that is levied within the limits:
    /// 70% ("暂按法定应纳税额的70%征收", 财关税〔2016〕18号 二).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::CbecRegime;
    ///
    /// assert_eq!(CbecRegime::Limits2019.reduction().to_string(), "0.7");
    /// ```
    pub fn reduction(self) -> Rate {
        rate(7, 1)
    }

    /// Whether a one-item order over the single limit may enter at full rate (财关税〔2018〕49号
    /// 二); under 18号 such an item was general trade.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::CbecRegime;
    ///
    /// assert!(CbecRegime::Limits2019.single_item_full_rate());
    /// assert!(!CbecRegime::Limits2016.single_item_full_rate());
    /// ```
    pub const fn single_item_full_rate(self) -> bool {
        matches!(self, CbecRegime::Limits2019)
    }

    /// The provisions of this regime.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{CbecRegime, Citation};
    ///
    /// assert!(CbecRegime::Limits2019.citations().contains(&Citation::CbecLimits2019));
    /// ```
    pub const fn citations(self) -> &'static [Citation] {
        match self {
            CbecRegime::Limits2016 => &[Citation::CbecScope, Citation::CbecRates],
            CbecRegime::Limits2019 => {
                &[Citation::CbecScope, Citation::CbecRates, Citation::CbecLimits2019]
            }
        }
    }

    /// The published composite rate (综合税率) for ad-valorem goods within the limits:
    /// `(ct + vat) / (1 − ct) × 70%` (reference notes §1.4). It equals the sum of the reduced
    /// consumption tax and VAT on the composite base, because the VAT base includes the
    /// statutory consumption tax (《增值税暂行条例》 第十四条).
    ///
    /// # Errors
    ///
    /// [`TaxError::InvalidRate`] if `ct` is 100% or more; [`TaxError::Overflow`] for absurd
    /// rates.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::CbecRegime;
    ///
    /// // (0.15 + 0.13) / 0.85 × 0.7 = 0.230588235…
    /// let r = CbecRegime::Limits2019.composite_rate("13%".parse()?, "15%".parse()?)?;
    /// assert!(r.to_string().starts_with("0.2305882352"));
    /// let r = CbecRegime::Limits2019.composite_rate("13%".parse()?, "0".parse()?)?;
    /// assert_eq!(r.to_string(), "0.091");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn composite_rate(self, vat: Rate, ct: Rate) -> Result<Rate, TaxError> {
        let (v, c) = (vat.as_decimal(), ct.as_decimal());
        if c >= Decimal::ONE {
            return Err(TaxError::InvalidRate {
                what: "consumption tax",
                rate: ct.to_string(),
                expected: "a rate from 0 to below 1 (100%)",
            });
        }
        let numerator = mul(add(c, v)?, self.reduction().as_decimal())?;
        let r = div(numerator, sub(Decimal::ONE, c)?)?;
        Rate::try_new(r).map_err(|_| TaxError::Overflow { operation: "composite rate" })
    }
}

/// One line of a CBEC order (订单商品): goods of one tax category at one unit price.
///
/// Fields are public; build with [`OrderLine::new`] and set the optional ones as needed.
///
/// # Examples
///
/// ```
/// use crossborder::tax::{BuiltinCategory, OrderLine};
///
/// let serum = OrderLine::new(BuiltinCategory::Cosmetics.category(), "800.00 CNY".parse()?, 1)
///     .with_content_per_unit("50 ml".parse()?);
/// assert_eq!(serum.quantity, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct OrderLine {
    /// The tax category (VAT class, consumption tax, threshold).
    pub category: TaxCategory,
    /// The price of one unit in CNY, before order-level discounts (CEB311 `price`).
    pub unit_price: Money,
    /// The number of units (at least 1).
    pub quantity: u32,
    /// The content of one unit (ml or g), for per-ml thresholds and specific rates.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub content_per_unit: Option<Content>,
    /// The goods customs duty rate (MFN, conventional or provisional by origin). Used only on
    /// the full-rate path of a single item over the single limit (财关税〔2018〕49号 二).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub duty_rate: Option<Rate>,
    /// The tariff code, informational.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub hs_code: Option<HsCode>,
}

impl OrderLine {
    /// `quantity` units of `category` at `unit_price` each.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, OrderLine};
    ///
    /// let line = OrderLine::new(BuiltinCategory::Books.category(), "99.00 CNY".parse()?, 2);
    /// assert_eq!(line.unit_price.to_string(), "99.00 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(category: TaxCategory, unit_price: Money, quantity: u32) -> Self {
        Self {
            category,
            unit_price,
            quantity,
            content_per_unit: None,
            duty_rate: None,
            hs_code: None,
        }
    }

    /// The same line with the content of one unit.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, OrderLine};
    ///
    /// let line = OrderLine::new(BuiltinCategory::Cosmetics.category(), "150.00 CNY".parse()?, 1)
    ///     .with_content_per_unit("200 ml".parse()?);
    /// assert_eq!(line.content_per_unit.map(|c| c.to_string()), Some("200 ml".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_content_per_unit(self, content: Content) -> Self {
        Self { content_per_unit: Some(content), ..self }
    }

    /// The same line with the goods duty rate.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, OrderLine};
    ///
    /// let watch = OrderLine::new(BuiltinCategory::Watches.category(), "12000.00 CNY".parse()?, 1)
    ///     .with_duty_rate("11%".parse()?);
    /// assert_eq!(watch.duty_rate.map(|r| r.to_string()), Some("0.11".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_duty_rate(self, duty_rate: Rate) -> Self {
        Self { duty_rate: Some(duty_rate), ..self }
    }

    /// The same line with a tariff code.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::{BuiltinCategory, OrderLine};
    ///
    /// let bag = OrderLine::new(BuiltinCategory::Ordinary.category(), "5500.00 CNY".parse()?, 1)
    ///     .with_hs_code("4202.1190.90".parse()?);
    /// assert_eq!(bag.hs_code.map(|h| h.to_string()), Some("4202119090".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_hs_code(self, hs_code: HsCode) -> Self {
        Self { hs_code: Some(hs_code), ..self }
    }
}

/// A CBEC retail import order (跨境电商零售进口订单), in CNY, as the three documents report it:
/// lines, order-level freight and insurance, cash discounts (lower the price) and non-cash
/// deductions (points, vouchers: CEB311 `discount`).
///
/// The customs value (完税价格) is the actual transaction price: goods, freight and insurance
/// (财关税〔2016〕18号 一). Insurance is what was actually charged (0 if none); the general-trade
/// 3‰ rule is not applied.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{BuiltinCategory, CbecOrder, OrderLine, TaxPolicy};
///
/// // Reference case T02: goods 300 + freight 20 = CV 320; VAT 320 × 13% × 70% = 29.12
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let mut order = CbecOrder::new(
///     date,
///     vec![OrderLine::new(BuiltinCategory::Ordinary.category(), "300.00 CNY".parse()?, 1)],
/// );
/// order.freight = "20.00 CNY".parse()?;
/// let assessment = order.assess("0 CNY".parse()?, &TaxPolicy::default())?;
/// assert_eq!(assessment.customs_value.to_string(), "320.00 CNY");
/// assert_eq!(assessment.total_tax().map(|m| m.to_string()), Some("29.12 CNY".into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CbecOrder {
    /// The declaration date: selects the law in force.
    pub date: NaiveDate,
    /// The order lines (at least one).
    pub lines: Vec<OrderLine>,
    /// Freight charged to the buyer and not included in the goods prices (CEB311 `freight`).
    pub freight: Money,
    /// Insurance actually charged.
    pub insurance: Money,
    /// Cash price reductions on the order (they lower the transaction price).
    pub cash_discount: Money,
    /// Non-cash payments (points, virtual currency, vouchers); see
    /// [`NonCashDeduction`].
    pub non_cash_deduction: Money,
}

impl CbecOrder {
    /// An order of `lines` declared on `date`, with no freight, insurance or discounts.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::{BuiltinCategory, CbecOrder, OrderLine};
    ///
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let order = CbecOrder::new(date, vec![
    ///     OrderLine::new(BuiltinCategory::Books.category(), "200.00 CNY".parse()?, 1),
    /// ]);
    /// assert!(order.freight.is_zero());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(date: NaiveDate, lines: Vec<OrderLine>) -> Self {
        let zero = Money::zero(Currency::CNY);
        Self {
            date,
            lines,
            freight: zero,
            insurance: zero,
            cash_discount: zero,
            non_cash_deduction: zero,
        }
    }

    /// Assesses the order: customs value per line, admissibility under the single and annual
    /// limits given `used_this_year` (the buyer's CBEC total so far in the order's calendar
    /// year, e.g. [`AnnualQuotaLedger::used`](super::AnnualQuotaLedger::used)), and the tax.
    ///
    /// - Within the limits: duty 0, consumption tax and VAT at 70% of the statutory amount
    ///   (财关税〔2016〕18号 二), no 50-yuan exemption.
    /// - One item over the single limit and below the annual limit (from 2019): full duty at the
    ///   line's [`duty_rate`](OrderLine::duty_rate), full consumption tax and VAT, counted
    ///   toward the year (财关税〔2018〕49号 二).
    /// - Several items over the single limit, or a year total over the annual limit:
    ///   [`CbecOutcome::NotAdmissible`] with every reason; no tax, quota unchanged.
    ///
    /// # Errors
    ///
    /// [`TaxError`] for input that cannot be assessed: a date before 2016-04-08, no lines, an
    /// amount not in CNY or negative, a zero quantity, discounts above the goods value, a
    /// category that needs the content of a line that has none, a full-rate line without duty
    /// rate, or overflow.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::{BuiltinCategory, CbecOrder, CbecOutcome, OrderLine, TaxPolicy};
    ///
    /// // Reference case T09: three items, CV 5,200 > 5,000: not admissible.
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let ordinary = BuiltinCategory::Ordinary.category();
    /// let order = CbecOrder::new(date, vec![
    ///     OrderLine::new(ordinary.clone(), "2000.00 CNY".parse()?, 1),
    ///     OrderLine::new(ordinary.clone(), "1700.00 CNY".parse()?, 1),
    ///     OrderLine::new(ordinary, "1500.00 CNY".parse()?, 1),
    /// ]);
    /// let a = order.assess("0 CNY".parse()?, &TaxPolicy::default())?;
    /// assert!(matches!(a.outcome, CbecOutcome::NotAdmissible(_)));
    /// assert_eq!(a.total_tax(), None);
    /// assert!(a.quota.counted.is_zero());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn assess(
        &self,
        used_this_year: Money,
        policy: &TaxPolicy,
    ) -> Result<CbecAssessment, TaxError> {
        let regime = CbecRegime::on(self.date)?;
        self.validate(used_this_year)?;
        let values = self.line_values(*policy)?;
        let customs_value =
            Money::checked_sum(Currency::CNY, values.iter().map(|v| v.customs_value))
                .map_err(|e| TaxError::from_money(&e, "customs value"))?;
        let item_count =
            self.lines.iter().map(|l| u64::from(l.quantity)).fold(0_u64, u64::saturating_add);

        let single_limit = regime.single_limit();
        let annual_limit = regime.annual_limit();
        let mut reasons = Vec::new();
        let mut full_rate = false;
        if customs_value.minor() > single_limit.minor() {
            if regime.single_item_full_rate() && item_count == 1 {
                full_rate = true;
                // "但低于26000元年度交易限值": strictly below.
                if customs_value.minor() >= annual_limit.minor() {
                    reasons.push(Inadmissible::SingleItemNotBelowAnnualLimit {
                        customs_value,
                        annual_limit,
                    });
                }
            } else {
                reasons.push(Inadmissible::SingleLimitExceeded {
                    customs_value,
                    limit: single_limit,
                    item_count,
                });
            }
        }
        let year_total = calc::add_money(used_this_year, customs_value)?;
        if year_total.minor() > annual_limit.minor() {
            reasons.push(Inadmissible::AnnualLimitExceeded {
                used: used_this_year,
                customs_value,
                limit: annual_limit,
            });
        }

        let mut citations: Vec<Citation> = regime.citations().to_vec();
        if full_rate || regime.single_item_full_rate() && !reasons.is_empty() {
            citations.push(Citation::CbecSingleItem2019);
        }
        let admissible = reasons.is_empty();
        let quota = QuotaEffect {
            year: self.date.year(),
            used_before: used_this_year,
            counted: if admissible { customs_value } else { Money::zero(Currency::CNY) },
            used_after: if admissible { year_total } else { used_this_year },
            limit: annual_limit,
        };
        let outcome = if admissible {
            let reduction = if full_rate { Decimal::ONE } else { regime.reduction().as_decimal() };
            let tax = self.tax(&values, reduction, full_rate, *policy, &mut citations)?;
            if full_rate { CbecOutcome::SingleItemFullRate(tax) } else { CbecOutcome::Within(tax) }
        } else {
            CbecOutcome::NotAdmissible(reasons)
        };
        citations.sort_unstable();
        citations.dedup();
        Ok(CbecAssessment {
            regime,
            lines: values,
            customs_value,
            item_count,
            outcome,
            quota,
            citations,
        })
    }

    fn validate(&self, used_this_year: Money) -> Result<(), TaxError> {
        if self.lines.is_empty() {
            return Err(TaxError::Empty { what: "order" });
        }
        check_cny(used_this_year, || "used_this_year".to_owned())?;
        check_cny(self.freight, || "freight".to_owned())?;
        check_cny(self.insurance, || "insurance".to_owned())?;
        check_cny(self.cash_discount, || "cash_discount".to_owned())?;
        check_cny(self.non_cash_deduction, || "non_cash_deduction".to_owned())?;
        for (i, line) in self.lines.iter().enumerate() {
            check_cny(line.unit_price, || format!("lines[{i}].unit_price"))?;
            if line.quantity == 0 {
                return Err(TaxError::ZeroQuantity { field: format!("lines[{i}].quantity") });
            }
        }
        Ok(())
    }

    /// The customs value of each line: goods less its share of deductions plus its share of
    /// freight and insurance, in whole fen adding up to the order totals.
    fn line_values(&self, policy: TaxPolicy) -> Result<Vec<LineValue>, TaxError> {
        let goods: Vec<i64> = self
            .lines
            .iter()
            .map(|l| {
                l.unit_price
                    .checked_mul_int(i64::from(l.quantity))
                    .map(Money::minor)
                    .map_err(|_| TaxError::Overflow { operation: "line goods value" })
            })
            .collect::<Result<_, _>>()?;
        let goods_total = goods
            .iter()
            .try_fold(0_i64, |acc, &g| acc.checked_add(g))
            .ok_or(TaxError::Overflow { operation: "order goods value" })?;
        let mut deduction = self.cash_discount.minor();
        if policy.non_cash_deduction == NonCashDeduction::Deducted {
            deduction = deduction
                .checked_add(self.non_cash_deduction.minor())
                .ok_or(TaxError::Overflow { operation: "order deductions" })?;
        }
        if deduction > goods_total {
            let what = if self.cash_discount.minor() > goods_total {
                "cash discount"
            } else {
                "non-cash deduction"
            };
            return Err(TaxError::DiscountExceedsValue {
                what,
                discount: Money::from_minor(deduction, Currency::CNY),
                goods: Money::from_minor(goods_total, Currency::CNY),
            });
        }
        let discounts =
            if deduction == 0 { vec![0; goods.len()] } else { calc::allocate(deduction, &goods)? };
        let net: Vec<i64> = goods
            .iter()
            .zip(&discounts)
            .map(|(g, d)| {
                g.checked_sub(*d).ok_or(TaxError::Overflow { operation: "line net value" })
            })
            .collect::<Result<_, _>>()?;
        let transport = self
            .freight
            .minor()
            .checked_add(self.insurance.minor())
            .ok_or(TaxError::Overflow { operation: "freight and insurance" })?;
        let transport_shares = if transport == 0 {
            vec![0; goods.len()]
        } else {
            match policy.freight_allocation {
                FreightAllocation::ByQuantity => {
                    let quantities: Vec<i64> =
                        self.lines.iter().map(|l| i64::from(l.quantity)).collect();
                    calc::allocate(transport, &quantities)?
                }
                _ => calc::allocate(transport, &net)?,
            }
        };
        let cny = |minor| Money::from_minor(minor, Currency::CNY);
        goods
            .iter()
            .zip(&discounts)
            .zip(net.iter().zip(&transport_shares))
            .map(|((&g, &d), (&n, &t))| {
                let cv = n
                    .checked_add(t)
                    .ok_or(TaxError::Overflow { operation: "line customs value" })?;
                Ok(LineValue {
                    goods_value: cny(g),
                    deduction: cny(d),
                    transport: cny(t),
                    customs_value: cny(cv),
                })
            })
            .collect()
    }

    fn tax(
        &self,
        values: &[LineValue],
        reduction: Decimal,
        full_rate: bool,
        policy: TaxPolicy,
        citations: &mut Vec<Citation>,
    ) -> Result<CbecTax, TaxError> {
        let mut lines = Vec::with_capacity(self.lines.len());
        let mut statutory_sum = TaxComponents {
            duty: Decimal::ZERO,
            consumption_tax: Decimal::ZERO,
            vat: Decimal::ZERO,
        };
        citations.push(Citation::VatImportBase);
        for (i, (line, value)) in self.lines.iter().zip(values).enumerate() {
            let (statutory, ct_applies) =
                statutory_line(i, line, value.customs_value, self.date, full_rate)?;
            if ct_applies {
                citations.push(Citation::CtImportBase);
            }
            citations.extend_from_slice(line.category.citations());
            if let Some(c) = line.category.vat().citation_on(self.date) {
                citations.push(c);
            }
            let payable = payable(&statutory, reduction, policy)?;
            statutory_sum = TaxComponents {
                duty: add(statutory_sum.duty, statutory.duty)?,
                consumption_tax: add(statutory_sum.consumption_tax, statutory.consumption_tax)?,
                vat: add(statutory_sum.vat, statutory.vat)?,
            };
            lines.push(LineTax { consumption_tax_applies: ct_applies, statutory, payable });
        }
        let total = if policy.granularity == RoundingGranularity::PerOrder {
            payable(&statutory_sum, reduction, policy)?
        } else {
            let sum = |f: fn(&TaxComponents<Money>) -> Money| {
                Money::checked_sum(Currency::CNY, lines.iter().map(|l| f(&l.payable)))
                    .map_err(|e| TaxError::from_money(&e, "tax total"))
            };
            TaxComponents {
                duty: sum(|c| c.duty)?,
                consumption_tax: sum(|c| c.consumption_tax)?,
                vat: sum(|c| c.vat)?,
            }
        };
        let total_tax =
            calc::add_money(calc::add_money(total.duty, total.consumption_tax)?, total.vat)?;
        Ok(CbecTax { lines, total, total_tax })
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

/// The statutory (100%) duty, consumption tax and VAT of one line, exact, and whether the
/// consumption tax applies (the line reaches the category's threshold).
///
/// 《消费税暂行条例》 第九条: base = (CV + duty + specific) / (1 − c), CT = base × c + specific;
/// 《增值税暂行条例》 第十四条: VAT = (CV + duty + CT) × v = base × v. Each amount is computed as
/// one product divided once by (1 − c), so it is exact to 28 significant digits.
pub(crate) fn statutory_line(
    index: usize,
    line: &OrderLine,
    customs_value: Money,
    date: NaiveDate,
    full_rate: bool,
) -> Result<(TaxComponents<Decimal>, bool), TaxError> {
    let cv = customs_value.to_decimal();
    let vat_rate = line.category.vat_rate_on(date).as_decimal();
    let duty = if full_rate {
        let rate = line.duty_rate.ok_or_else(|| TaxError::MissingDutyRate {
            field: format!("lines[{index}].duty_rate"),
        })?;
        mul(cv, rate.as_decimal())?
    } else {
        Decimal::ZERO
    };
    let ct = line.category.consumption_tax();
    let applies = ct.is_some()
        && reaches_threshold(
            &|| format!("lines[{index}].content_per_unit"),
            &line.category,
            line.content_per_unit,
            line.quantity,
            customs_value,
        )?;
    let Some(ct) = ct.filter(|_| applies) else {
        let vat = mul(add(cv, duty)?, vat_rate)?;
        return Ok((TaxComponents { duty, consumption_tax: Decimal::ZERO, vat }, false));
    };
    let c = ct.rate().as_decimal();
    let specific = match ct.specific() {
        Some(s) => {
            let total_content = mul(content(index, line)?.amount(), Decimal::from(line.quantity))?;
            div(mul(s.amount.to_decimal(), total_content)?, s.per.amount())?
        }
        None => Decimal::ZERO,
    };
    let base_numerator = add(add(cv, duty)?, specific)?;
    let one_minus_c = sub(Decimal::ONE, c)?;
    let consumption_tax = add(div(mul(base_numerator, c)?, one_minus_c)?, specific)?;
    let vat = div(mul(base_numerator, vat_rate)?, one_minus_c)?;
    Ok((TaxComponents { duty, consumption_tax, vat }, true))
}

fn content(index: usize, line: &OrderLine) -> Result<Content, TaxError> {
    line.content_per_unit.ok_or_else(|| TaxError::MissingContent {
        field: format!("lines[{index}].content_per_unit"),
        category: line.category.id().to_string(),
    })
}

/// Whether goods of customs value `value` (for `quantity` units of `content` each) reach the
/// consumption-tax threshold: at or above it ("及以上") the tax applies. Per ml or g when both the
/// threshold and the goods have that form, otherwise per piece.
pub(crate) fn reaches_threshold(
    field: &dyn Fn() -> String,
    category: &TaxCategory,
    content: Option<Content>,
    quantity: u32,
    value: Money,
) -> Result<bool, TaxError> {
    let Some(threshold) = category.consumption_tax().and_then(ConsumptionTax::threshold) else {
        return Ok(true);
    };
    let quantity = Decimal::from(quantity);
    let value = value.to_decimal();
    match (threshold.per_content, content, threshold.per_piece) {
        (Some(per_content), Some(c), _) => {
            Ok(value >= mul(mul(per_content.to_decimal(), c.amount())?, quantity)?)
        }
        (_, _, Some(per_piece)) => Ok(value >= mul(per_piece.to_decimal(), quantity)?),
        (Some(_), None, None) => {
            Err(TaxError::MissingContent { field: field(), category: category.id().to_string() })
        }
        (None, _, None) => Ok(true),
    }
}

/// Payable amounts from statutory ones: duty as is, CT and VAT times `reduction`, rounded per
/// the policy's rounding order.
fn payable(
    statutory: &TaxComponents<Decimal>,
    reduction: Decimal,
    policy: TaxPolicy,
) -> Result<TaxComponents<Money>, TaxError> {
    let round = |d| calc::round(d, Currency::CNY, policy.rounding);
    let reduce = |d: Decimal| -> Result<Money, TaxError> {
        match policy.rounding_order {
            RoundingOrder::RoundStatutoryThenReduce => {
                round(mul(round(d)?.to_decimal(), reduction)?)
            }
            _ => round(mul(d, reduction)?),
        }
    };
    Ok(TaxComponents {
        duty: round(statutory.duty)?,
        consumption_tax: reduce(statutory.consumption_tax)?,
        vat: reduce(statutory.vat)?,
    })
}

/// The customs value of one order line and how it was built.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{BuiltinCategory, CbecOrder, OrderLine, TaxPolicy};
///
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let ordinary = BuiltinCategory::Ordinary.category();
/// let mut order = CbecOrder::new(date, vec![
///     OrderLine::new(ordinary.clone(), "100.00 CNY".parse()?, 1),
///     OrderLine::new(ordinary, "200.00 CNY".parse()?, 1),
/// ]);
/// order.freight = "10.00 CNY".parse()?;
/// let a = order.assess("0 CNY".parse()?, &TaxPolicy::default())?;
/// // 10.00 by value 1:2 → 3.33 / 6.67 (the leftover fen goes to the larger remainder)
/// assert_eq!(a.lines[0].transport.to_string(), "3.33 CNY");
/// assert_eq!(a.lines[1].customs_value.to_string(), "206.67 CNY");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LineValue {
    /// Unit price × quantity.
    pub goods_value: Money,
    /// The line's share of the deducted discounts.
    pub deduction: Money,
    /// The line's share of freight and insurance.
    pub transport: Money,
    /// Goods − deduction + transport: the line's 完税价格.
    pub customs_value: Money,
}

/// Duty, consumption tax and VAT: as exact decimals (`TaxComponents<Decimal>`) or as payable
/// money (`TaxComponents<Money>`).
///
/// # Examples
///
/// ```
/// use crossborder::money::Money;
/// use crossborder::tax::TaxComponents;
///
/// let zero = Money::zero(crossborder::money::Currency::CNY);
/// let c = TaxComponents { duty: zero, consumption_tax: zero, vat: "9.10 CNY".parse::<Money>()? };
/// assert_eq!(c.vat.to_string(), "9.10 CNY");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TaxComponents<T> {
    /// Customs duty (关税).
    pub duty: T,
    /// Import consumption tax (进口环节消费税).
    pub consumption_tax: T,
    /// Import VAT (进口环节增值税).
    pub vat: T,
}

/// The tax of one line.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{BuiltinCategory, CbecOrder, OrderLine, TaxPolicy};
///
/// // Reference case T03: high-end serum 800 + freight 20, 50 ml: 16.4 yuan/ml ≥ 10, CT 15%
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let mut order = CbecOrder::new(date, vec![
///     OrderLine::new(BuiltinCategory::Cosmetics.category(), "800.00 CNY".parse()?, 1)
///         .with_content_per_unit("50 ml".parse()?),
/// ]);
/// order.freight = "20.00 CNY".parse()?;
/// let a = order.assess("0 CNY".parse()?, &TaxPolicy::default())?;
/// let line = &a.tax().ok_or("not admissible")?.lines[0];
/// assert!(line.consumption_tax_applies);
/// assert_eq!(line.payable.consumption_tax.to_string(), "101.29 CNY");
/// assert_eq!(line.payable.vat.to_string(), "87.79 CNY");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LineTax {
    /// Whether the line reaches the category's consumption-tax threshold (always `true` for a
    /// category whose tax has no threshold, `false` for a category without consumption tax).
    pub consumption_tax_applies: bool,
    /// The statutory (100%) amounts, exact.
    pub statutory: TaxComponents<Decimal>,
    /// The payable amounts, rounded per the policy (70% of CT and VAT within the limits).
    pub payable: TaxComponents<Money>,
}

/// The tax of an admissible order.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{BuiltinCategory, CbecOrder, OrderLine, TaxPolicy};
///
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let order = CbecOrder::new(date, vec![
///     OrderLine::new(BuiltinCategory::Books.category(), "200.00 CNY".parse()?, 1),
/// ]);
/// let a = order.assess("0 CNY".parse()?, &TaxPolicy::default())?;
/// let tax = a.tax().ok_or("not admissible")?;
/// assert_eq!(tax.total.vat.to_string(), "12.60 CNY"); // 200 × 9% × 70% (T06)
/// assert_eq!(tax.total_tax.to_string(), "12.60 CNY");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CbecTax {
    /// Per line, in order.
    pub lines: Vec<LineTax>,
    /// The payable components of the order.
    pub total: TaxComponents<Money>,
    /// Duty + consumption tax + VAT.
    pub total_tax: Money,
}

/// Why an order cannot enter as a CBEC retail import. The order is general trade ("按一般贸易
/// 管理"): the platform must split or refuse it.
///
/// # Examples
///
/// ```
/// use crossborder::tax::Inadmissible;
///
/// let r = Inadmissible::AnnualLimitExceeded {
///     used: "24000.00 CNY".parse()?,
///     customs_value: "3000.00 CNY".parse()?,
///     limit: "26000.00 CNY".parse()?,
/// };
/// assert!(r.to_string().contains("26000.00 CNY"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Inadmissible {
    /// The order's customs value exceeds the single-transaction limit and it is not a one-item
    /// order that may enter at full rate (财关税〔2016〕18号 二; 财关税〔2018〕49号 二).
    SingleLimitExceeded {
        /// The order's customs value.
        customs_value: Money,
        /// The single-transaction limit.
        limit: Money,
        /// The number of items in the order.
        item_count: u64,
    },
    /// A one-item order over the single limit whose value is not below the annual limit
    /// ("但低于26000元年度交易限值", 财关税〔2018〕49号 二).
    SingleItemNotBelowAnnualLimit {
        /// The item's customs value.
        customs_value: Money,
        /// The annual limit.
        annual_limit: Money,
    },
    /// The buyer's year total with this order would exceed the annual limit
    /// ("累加后超过个人年度限值", 财关税〔2016〕18号 二; 49号 二).
    AnnualLimitExceeded {
        /// The buyer's total so far this year.
        used: Money,
        /// This order's customs value.
        customs_value: Money,
        /// The annual limit.
        limit: Money,
    },
}

impl std::fmt::Display for Inadmissible {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Inadmissible::SingleLimitExceeded { customs_value, limit, item_count } => write!(
                f,
                "customs value {customs_value} of a {item_count}-item order exceeds the single-transaction limit {limit}"
            ),
            Inadmissible::SingleItemNotBelowAnnualLimit { customs_value, annual_limit } => write!(
                f,
                "single item of customs value {customs_value} is not below the annual limit {annual_limit}"
            ),
            Inadmissible::AnnualLimitExceeded { used, customs_value, limit } => write!(
                f,
                "{used} already used plus {customs_value} exceeds the annual limit {limit}"
            ),
        }
    }
}

/// The result of assessing an order.
///
/// # Examples
///
/// ```
/// use crossborder::tax::CbecOutcome;
///
/// let outcome = CbecOutcome::NotAdmissible(vec![]);
/// assert!(!outcome.is_admissible());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CbecOutcome {
    /// Within the limits: composite tax (duty 0, CT and VAT at 70%).
    Within(CbecTax),
    /// One indivisible item over the single limit: full duty, CT and VAT (财关税〔2018〕49号 二).
    SingleItemFullRate(CbecTax),
    /// Not admissible as CBEC; every reason found, no tax.
    NotAdmissible(Vec<Inadmissible>),
}

impl CbecOutcome {
    /// Whether the order may enter as CBEC.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::CbecOutcome;
    ///
    /// assert!(!CbecOutcome::NotAdmissible(vec![]).is_admissible());
    /// ```
    pub const fn is_admissible(&self) -> bool {
        !matches!(self, CbecOutcome::NotAdmissible(_))
    }
}

/// What the order does to the buyer's annual quota.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{BuiltinCategory, CbecOrder, OrderLine, TaxPolicy};
///
/// // T12(a): 23,000 used + 3,000 = 26,000, not over the limit
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let order = CbecOrder::new(date, vec![
///     OrderLine::new(BuiltinCategory::Ordinary.category(), "3000.00 CNY".parse()?, 1),
/// ]);
/// let a = order.assess("23000.00 CNY".parse()?, &TaxPolicy::default())?;
/// assert_eq!(a.quota.used_after.to_string(), "26000.00 CNY");
/// assert_eq!(a.quota.year, 2025);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaEffect {
    /// The calendar year (年度) of the order's date.
    pub year: i32,
    /// The buyer's total before this order.
    pub used_before: Money,
    /// What this order adds (its customs value if admissible, else zero).
    pub counted: Money,
    /// The total after this order.
    pub used_after: Money,
    /// The annual limit.
    pub limit: Money,
}

/// The assessment of a CBEC order: the regime applied, the customs value per line and in total,
/// the outcome with the tax, the effect on the annual quota, and the legal provisions applied.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{BuiltinCategory, CbecOrder, CbecRegime, Citation, OrderLine, TaxPolicy};
///
/// // T01: 100.00 ordinary goods: VAT 100 × 13% × 70% = 9.10, no 50-yuan exemption in CBEC
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let order = CbecOrder::new(date, vec![
///     OrderLine::new(BuiltinCategory::Ordinary.category(), "100.00 CNY".parse()?, 1),
/// ]);
/// let a = order.assess("0 CNY".parse()?, &TaxPolicy::default())?;
/// assert_eq!(a.regime, CbecRegime::Limits2019);
/// assert_eq!(a.total_tax().map(|m| m.to_string()), Some("9.10 CNY".into()));
/// assert!(a.citations.contains(&Citation::CbecRates));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CbecAssessment {
    /// The regime in force on the order's date.
    pub regime: CbecRegime,
    /// The customs value of each line.
    pub lines: Vec<LineValue>,
    /// The order's customs value (完税价格), the amount tested against the limits.
    pub customs_value: Money,
    /// The number of items (sum of quantities).
    pub item_count: u64,
    /// Admissible with its tax, or not admissible with the reasons.
    pub outcome: CbecOutcome,
    /// The effect on the buyer's annual quota.
    pub quota: QuotaEffect,
    /// The provisions applied, sorted.
    pub citations: Vec<Citation>,
}

impl CbecAssessment {
    /// The tax, if the order is admissible.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::{BuiltinCategory, CbecOrder, OrderLine, TaxPolicy};
    ///
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let order = CbecOrder::new(date, vec![
    ///     OrderLine::new(BuiltinCategory::Ordinary.category(), "100.00 CNY".parse()?, 1),
    /// ]);
    /// let a = order.assess("0 CNY".parse()?, &TaxPolicy::default())?;
    /// assert_eq!(a.tax().map(|t| t.lines.len()), Some(1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn tax(&self) -> Option<&CbecTax> {
        match &self.outcome {
            CbecOutcome::Within(tax) | CbecOutcome::SingleItemFullRate(tax) => Some(tax),
            CbecOutcome::NotAdmissible(_) => None,
        }
    }

    /// The total payable tax, if the order is admissible.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::{BuiltinCategory, CbecOrder, OrderLine, TaxPolicy};
    ///
    /// // T04: lotion 150 + 10 freight, 200 ml: 0.8 yuan/ml < 10, no CT; 160 × 9.1% = 14.56
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let mut order = CbecOrder::new(date, vec![
    ///     OrderLine::new(BuiltinCategory::Cosmetics.category(), "150.00 CNY".parse()?, 1)
    ///         .with_content_per_unit("200 ml".parse()?),
    /// ]);
    /// order.freight = "10.00 CNY".parse()?;
    /// let a = order.assess("0 CNY".parse()?, &TaxPolicy::default())?;
    /// assert_eq!(a.total_tax().map(|m| m.to_string()), Some("14.56 CNY".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn total_tax(&self) -> Option<Money> {
        self.tax().map(|t| t.total_tax)
    }
}

/// A tax-inclusive ("包税") price split back into customs value and CBEC composite tax
/// (reference case T16).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{split_tax_inclusive, BuiltinCategory, TaxPolicy};
///
/// // T16: 1,091.00 including tax, ordinary 13%: CV = 1091 / 1.091 = 1000.00, tax 91.00
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let category = BuiltinCategory::Ordinary.category();
/// let split = split_tax_inclusive(date, "1091.00 CNY".parse()?, &category, &TaxPolicy::default())?;
/// assert_eq!(split.customs_value.to_string(), "1000.00 CNY");
/// assert_eq!(split.tax.to_string(), "91.00 CNY");
/// assert!(split.remainder.is_zero());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InclusiveSplit {
    /// The largest customs value whose value plus tax does not exceed the price.
    pub customs_value: Money,
    /// The composite tax on that customs value, computed as [`CbecOrder::assess`] would.
    pub tax: Money,
    /// `price − customs_value − tax`: zero when some customs value matches the price exactly,
    /// otherwise the fen that no value reaches (rounding makes value + tax skip some amounts).
    pub remainder: Money,
}

/// Splits a tax-inclusive price of one item of `category` into customs value and CBEC composite
/// tax within the limits (duty 0, CT and VAT at 70%), with the same rounding as
/// [`CbecOrder::assess`]. The answer is the largest customs value `v` with
/// `v + tax(v) ≤ price`, found by bisection (value + tax rises strictly with the value).
///
/// The limits are not checked: assess the resulting order to learn whether it is admissible. A
/// category whose consumption-tax threshold is per ml or g is tested per piece if it has a
/// per-piece threshold; otherwise use [`CbecOrder::assess`] with the line's content.
///
/// # Errors
///
/// [`TaxError`] if the date is before the CBEC regime, the price is not CNY or negative, or the
/// category needs a content per unit.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{split_tax_inclusive, BuiltinCategory, TaxPolicy};
///
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let books = BuiltinCategory::Books.category();
/// // 106.30 = 100.00 + 100 × 6.3%
/// let split = split_tax_inclusive(date, "106.30 CNY".parse()?, &books, &TaxPolicy::default())?;
/// assert_eq!(split.customs_value.to_string(), "100.00 CNY");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn split_tax_inclusive(
    date: NaiveDate,
    price: Money,
    category: &TaxCategory,
    policy: &TaxPolicy,
) -> Result<InclusiveSplit, TaxError> {
    let regime = CbecRegime::on(date)?;
    check_cny(price, || "price".to_owned())?;
    let reduction = regime.reduction().as_decimal();
    let line = OrderLine::new(category.clone(), price, 1);
    let tax_of = |minor: i64| -> Result<Money, TaxError> {
        let cv = Money::from_minor(minor, Currency::CNY);
        let (statutory, _) = statutory_line(0, &line, cv, date, false)?;
        let p = payable(&statutory, reduction, *policy)?;
        calc::add_money(calc::add_money(p.duty, p.consumption_tax)?, p.vat)
    };
    // Invariant: lo + tax(lo) ≤ price (true for 0), hi + tax(hi) > price or hi = price + 1.
    let (mut lo, mut hi) = (0_i64, price.minor().saturating_add(1));
    while hi.saturating_sub(lo) > 1 {
        let mid = lo.saturating_add(hi.saturating_sub(lo) / 2);
        let total = mid
            .checked_add(tax_of(mid)?.minor())
            .ok_or(TaxError::Overflow { operation: "inclusive split" })?;
        if total <= price.minor() {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let customs_value = Money::from_minor(lo, Currency::CNY);
    let tax = tax_of(lo)?;
    let remainder = calc::sub_money(calc::sub_money(price, customs_value)?, tax)?;
    Ok(InclusiveSplit { customs_value, tax, remainder })
}
