//! What is measured and against what: [`Metric`], [`Target`], [`MetricWindow`], [`MetricRule`],
//! and the [`Policy`] of a marketplace and [`Programme`].

use std::fmt;
use std::str::FromStr;

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use super::error::MetricsError;
use super::order::Fulfilment;
use super::ratio::Ratio;
use crate::geo::Country;

/// A seller logistics metric (卖家账户健康指标).
///
/// # Examples
///
/// ```
/// use crossborder::metrics::{Attribution, Metric};
///
/// assert_eq!(Metric::LateShipmentRate.to_string(), "late_shipment_rate");
/// assert_eq!(Metric::LateShipmentRate.sp_api_name(), "lateShipmentRate");
/// assert_eq!(Metric::ValidTrackingRate.attribution(), Attribution::PromisedDeliveryDate);
/// assert_eq!("odr".parse::<Metric>().ok(), None);
/// assert_eq!(Metric::from_abbreviation("ODR"), Some(Metric::OrderDefectRate));
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
#[strum(serialize_all = "snake_case", parse_err_ty = MetricsError, parse_err_fn = MetricsError::metric)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Metric {
    /// Order defect rate (订单缺陷率, ODR): orders with one or more defects (negative feedback,
    /// A-to-z Guarantee claim, chargeback) over all orders, by order date.
    OrderDefectRate,
    /// Late shipment rate (迟发率, LSR): orders ship-confirmed after their expected ship date
    /// over all orders, by order date.
    LateShipmentRate,
    /// Pre-fulfilment cancel rate (配送前取消率, CR): orders cancelled by the seller (or by the
    /// marketplace for want of a ship confirmation) over all orders, by order date.
    PreFulfilmentCancelRate,
    /// Valid tracking rate (有效追踪率, VTR): shipped packages with a valid tracking number over
    /// shipped packages, by promised delivery date.
    ValidTrackingRate,
    /// On-time delivery rate (准时交货率, OTDR): tracked packages delivered on or before the
    /// promised delivery date over tracked packages, by delivery date.
    OnTimeDeliveryRate,
}

impl Metric {
    /// Every metric.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Metric;
    ///
    /// assert_eq!(Metric::ALL.len(), 5);
    /// ```
    pub const ALL: &[Self] = &[
        Self::OrderDefectRate,
        Self::LateShipmentRate,
        Self::PreFulfilmentCancelRate,
        Self::ValidTrackingRate,
        Self::OnTimeDeliveryRate,
    ];

    /// The snake-case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Metric;
    ///
    /// assert_eq!(Metric::OnTimeDeliveryRate.as_str(), "on_time_delivery_rate");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The usual abbreviation (`"ODR"`, `"LSR"`, `"PFCR"`, `"VTR"`, `"OTDR"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Metric;
    ///
    /// assert_eq!(Metric::PreFulfilmentCancelRate.abbreviation(), "PFCR");
    /// ```
    pub fn abbreviation(self) -> &'static str {
        match self {
            Self::OrderDefectRate => "ODR",
            Self::LateShipmentRate => "LSR",
            Self::PreFulfilmentCancelRate => "PFCR",
            Self::ValidTrackingRate => "VTR",
            Self::OnTimeDeliveryRate => "OTDR",
        }
    }

    /// The metric of an abbreviation, exactly as [`abbreviation`](Self::abbreviation) prints it.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Metric;
    ///
    /// assert_eq!(Metric::from_abbreviation("VTR"), Some(Metric::ValidTrackingRate));
    /// assert_eq!(Metric::from_abbreviation("vtr"), None);
    /// ```
    pub fn from_abbreviation(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|m| m.abbreviation() == text)
    }

    /// The object name in the SP-API account-health report (`accountHealthReport-2020-11-18`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Metric;
    ///
    /// assert_eq!(Metric::PreFulfilmentCancelRate.sp_api_name(), "prefulfillmentCancelRate");
    /// ```
    pub fn sp_api_name(self) -> &'static str {
        match self {
            Self::OrderDefectRate => "orderDefectRate",
            Self::LateShipmentRate => "lateShipmentRate",
            Self::PreFulfilmentCancelRate => "prefulfillmentCancelRate",
            Self::ValidTrackingRate => "validTrackingRate",
            Self::OnTimeDeliveryRate => "onTimeDeliveryRate",
        }
    }

    /// The date that puts an order in a window: the order date for ODR (Amazon staff on the CA
    /// seller forum: orders affect ODR "according to the order date"), LSR and PFCR (their
    /// reports list orders by order date); the promised delivery date for VTR (help 201817070);
    /// the delivery date for OTDR.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::{Attribution, Metric};
    ///
    /// assert_eq!(Metric::OrderDefectRate.attribution(), Attribution::OrderDate);
    /// assert_eq!(Metric::OnTimeDeliveryRate.attribution(), Attribution::DeliveryDate);
    /// ```
    pub fn attribution(self) -> Attribution {
        match self {
            Self::OrderDefectRate | Self::LateShipmentRate | Self::PreFulfilmentCancelRate => {
                Attribution::OrderDate
            }
            Self::ValidTrackingRate => Attribution::PromisedDeliveryDate,
            Self::OnTimeDeliveryRate => Attribution::DeliveryDate,
        }
    }

    /// Whether the numerator counts the orders that go against the seller (ODR, LSR, PFCR:
    /// lower is better) rather than those in the seller's favour (VTR, OTDR: higher is better).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Metric;
    ///
    /// assert!(Metric::OrderDefectRate.numerator_counts_against());
    /// assert!(!Metric::ValidTrackingRate.numerator_counts_against());
    /// ```
    pub fn numerator_counts_against(self) -> bool {
        matches!(
            self,
            Self::OrderDefectRate | Self::LateShipmentRate | Self::PreFulfilmentCancelRate
        )
    }
}

/// The date that places an order in a metric's window.
///
/// # Examples
///
/// ```
/// use crossborder::metrics::Attribution;
///
/// assert_eq!(Attribution::PromisedDeliveryDate.to_string(), "promised_delivery_date");
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
    parse_err_ty = MetricsError,
    parse_err_fn = MetricsError::attribution
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Attribution {
    /// The order date (UTC).
    OrderDate,
    /// The promised delivery date.
    PromisedDeliveryDate,
    /// The delivery date.
    DeliveryDate,
}

impl Attribution {
    /// Every attribution date.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Attribution;
    ///
    /// assert_eq!(Attribution::ALL.len(), 3);
    /// ```
    pub const ALL: &[Self] = &[Self::OrderDate, Self::PromisedDeliveryDate, Self::DeliveryDate];
}

/// How a rate must compare with its target value. The SP-API report has `LESS_THAN` and
/// `GREATER_THAN`; Seller Fulfilled Prime's requirements are inclusive ("≥ 96 %", "≤ 1 %").
///
/// # Examples
///
/// ```
/// use crossborder::metrics::TargetCondition;
///
/// assert_eq!(TargetCondition::LessThan.symbol(), "<");
/// assert_eq!(TargetCondition::AtLeast.sp_api_name(), None);
/// assert_eq!("greater_than".parse::<TargetCondition>()?, TargetCondition::GreaterThan);
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
    parse_err_ty = MetricsError,
    parse_err_fn = MetricsError::condition
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TargetCondition {
    /// The rate must be below the value.
    LessThan,
    /// The rate must be at most the value.
    AtMost,
    /// The rate must be above the value.
    GreaterThan,
    /// The rate must be at least the value.
    AtLeast,
}

impl TargetCondition {
    /// Every condition.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::TargetCondition;
    ///
    /// assert_eq!(TargetCondition::ALL.len(), 4);
    /// ```
    pub const ALL: &[Self] = &[Self::LessThan, Self::AtMost, Self::GreaterThan, Self::AtLeast];

    /// The comparison symbol (`<`, `<=`, `>`, `>=`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::TargetCondition;
    ///
    /// assert_eq!(TargetCondition::AtMost.symbol(), "<=");
    /// ```
    pub fn symbol(self) -> &'static str {
        match self {
            Self::LessThan => "<",
            Self::AtMost => "<=",
            Self::GreaterThan => ">",
            Self::AtLeast => ">=",
        }
    }

    /// The SP-API `targetCondition`, where it has one.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::TargetCondition;
    ///
    /// assert_eq!(TargetCondition::LessThan.sp_api_name(), Some("LESS_THAN"));
    /// ```
    pub fn sp_api_name(self) -> Option<&'static str> {
        match self {
            Self::LessThan => Some("LESS_THAN"),
            Self::GreaterThan => Some("GREATER_THAN"),
            Self::AtMost | Self::AtLeast => None,
        }
    }
}

/// A metric's target: a condition and a proportion from 0 to 1 (at most
/// [`MAX_SCALE`](Self::MAX_SCALE) decimals), e.g. `<0.01` for the order defect rate.
///
/// `Display` prints the symbol and the normalised value (`<0.025`, `>=0.96`), and [`FromStr`]
/// reads it back. [`is_met_by`](Self::is_met_by) compares exactly.
///
/// # Examples
///
/// ```
/// use crossborder::metrics::{Ratio, Target, TargetCondition};
///
/// let lsr: Target = "<0.04".parse()?;
/// assert_eq!(lsr, Target::LATE_SHIPMENT_RATE);
/// assert_eq!(lsr.condition(), TargetCondition::LessThan);
/// assert_eq!(lsr.is_met_by(&Ratio::try_new(3, 100)?), Some(true));
/// assert_eq!(lsr.is_met_by(&Ratio::try_new(4, 100)?), Some(false)); // exactly 4 % is not below 4 %
/// assert_eq!(lsr.is_met_by(&Ratio::EMPTY), None);
/// assert!("<1.5".parse::<Target>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    condition: TargetCondition,
    value: Decimal,
}

impl Target {
    /// The most decimals a target value may have.
    pub const MAX_SCALE: u32 = 6;

    /// Order defect rate under 1 % (Seller Central help 200285170).
    pub const ORDER_DEFECT_RATE: Self = Self::from_parts(TargetCondition::LessThan, 1, 2);
    /// Late shipment rate under 4 % (help 200285190).
    pub const LATE_SHIPMENT_RATE: Self = Self::from_parts(TargetCondition::LessThan, 4, 2);
    /// Pre-fulfilment cancel rate under 2.5 % (help 200285210).
    pub const PRE_FULFILMENT_CANCEL_RATE: Self = Self::from_parts(TargetCondition::LessThan, 25, 3);
    /// Valid tracking rate above 95 % (help 201817070 and G201817070; the SP-API report's
    /// `GREATER_THAN` 0.95).
    pub const VALID_TRACKING_RATE: Self = Self::from_parts(TargetCondition::GreaterThan, 95, 2);
    /// On-time delivery rate above 97 %, the rate Amazon recommends (help 200847280; the
    /// "> 90 %" of some third-party summaries is not on any first-party page).
    pub const ON_TIME_DELIVERY_RATE: Self = Self::from_parts(TargetCondition::GreaterThan, 97, 2);

    /// `mantissa / 10^scale`, for the constants above (all within the invariant).
    const fn from_parts(condition: TargetCondition, mantissa: u32, scale: u32) -> Self {
        Self { condition, value: Decimal::from_parts(mantissa, 0, 0, false, scale) }
    }

    /// A target of `value` (a proportion: `0.04` is 4 %) under `condition`.
    ///
    /// # Errors
    ///
    /// [`MetricsError::Target`] when `value` is below 0 or above 1, or has more than
    /// [`MAX_SCALE`](Self::MAX_SCALE) decimals after normalisation.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::{Target, TargetCondition};
    ///
    /// let t = Target::try_new(TargetCondition::GreaterThan, "0.90".parse()?)?;
    /// assert_eq!(t.to_string(), ">0.9");
    /// assert!(Target::try_new(TargetCondition::GreaterThan, "90".parse()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(condition: TargetCondition, value: Decimal) -> Result<Self, MetricsError> {
        let value = value.normalize();
        if value.is_sign_negative() && !value.is_zero()
            || value > Decimal::ONE
            || value.scale() > Self::MAX_SCALE
        {
            return Err(MetricsError::Target { text: format!("{}{value}", condition.symbol()) });
        }
        // `-0` normalises to 0 with the sign bit kept; store a plain 0.
        let value = if value.is_zero() { Decimal::ZERO } else { value };
        Ok(Self { condition, value })
    }

    /// The condition.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::{Target, TargetCondition};
    ///
    /// assert_eq!(Target::VALID_TRACKING_RATE.condition(), TargetCondition::GreaterThan);
    /// ```
    pub fn condition(&self) -> TargetCondition {
        self.condition
    }

    /// The value, a proportion from 0 to 1.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Target;
    ///
    /// assert_eq!(Target::PRE_FULFILMENT_CANCEL_RATE.value().to_string(), "0.025");
    /// ```
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// Whether `ratio` meets the target, compared exactly (`n/d < m/10^s` as
    /// `n·10^s < m·d` in 128-bit integers); `None` when the ratio is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::{Ratio, Target};
    ///
    /// // 190/200 = 95 %: not above 95 %; 191/200 = 95.5 % is.
    /// let vtr = Target::VALID_TRACKING_RATE;
    /// assert_eq!(vtr.is_met_by(&Ratio::try_new(190, 200)?), Some(false));
    /// assert_eq!(vtr.is_met_by(&Ratio::try_new(191, 200)?), Some(true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_met_by(&self, ratio: &Ratio) -> Option<bool> {
        if ratio.is_empty() {
            return None;
        }
        // 0 <= value <= 1 with scale <= 6: mantissa <= 10^6, power <= 10^6.
        let mantissa = u128::try_from(self.value.mantissa()).ok()?;
        let power = 10_u128.checked_pow(self.value.scale())?;
        let lhs = u128::from(ratio.numerator()).checked_mul(power)?;
        let rhs = mantissa.checked_mul(u128::from(ratio.denominator()))?;
        Some(match self.condition {
            TargetCondition::LessThan => lhs < rhs,
            TargetCondition::AtMost => lhs <= rhs,
            TargetCondition::GreaterThan => lhs > rhs,
            TargetCondition::AtLeast => lhs >= rhs,
        })
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.condition.symbol(), self.value)
    }
}

impl FromStr for Target {
    type Err = MetricsError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || MetricsError::Target { text: text.to_owned() };
        let (condition, number) = [
            ("<=", TargetCondition::AtMost),
            (">=", TargetCondition::AtLeast),
            ("<", TargetCondition::LessThan),
            (">", TargetCondition::GreaterThan),
        ]
        .into_iter()
        .find_map(|(symbol, c)| text.strip_prefix(symbol).map(|rest| (c, rest)))
        .ok_or_else(err)?;
        let plain = !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && number.bytes().filter(|b| *b == b'.').count() <= 1
            && !number.starts_with('.')
            && !number.ends_with('.')
            && number.len() <= 12;
        if !plain {
            return Err(err());
        }
        let value = Decimal::from_str_exact(number).map_err(|_| err())?;
        Self::try_new(condition, value).map_err(|_| err())
    }
}

impl TryFrom<&str> for Target {
    type Error = MetricsError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Target {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Which days a metric looks at, relative to the report date: the `days` days ending `lag_days`
/// days before it, both ends included.
///
/// Amazon computes the late shipment rate over 10 and 30 days, the cancel rate over 7, the
/// valid tracking rate over 7 and 30 "with a two-week lag" (help 201817070), the order defect
/// rate over 60 (help 200285170; the report shows e.g. "60 days: Nov 16, 2023 – Jan 14,
/// 2024", both ends included).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::metrics::MetricWindow;
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).ok_or("date");
/// // Amazon's example: 60 days ending 14 January 2024 start on 16 November 2023.
/// let odr = MetricWindow::try_new(60, 0)?;
/// let range = odr.range(d(1, 14)?)?;
/// assert_eq!((range.from(), range.to()), (NaiveDate::from_ymd_opt(2023, 11, 16).ok_or("date")?, d(1, 14)?));
/// assert_eq!(range.days(), 60);
/// assert_eq!(MetricWindow::try_new(30, 14)?.to_string(), "30 days, 14-day lag");
/// assert!(MetricWindow::try_new(0, 0).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MetricWindow {
    days: u16,
    lag_days: u16,
}

impl MetricWindow {
    /// The longest window and the longest lag, in days.
    pub const MAX_DAYS: u16 = 366;

    /// A window of `days` days ending `lag_days` before the report date.
    ///
    /// # Errors
    ///
    /// [`MetricsError::Window`] unless `1 <= days <= 366` and `lag_days <= 366`.
    ///
    /// # Examples
    ///
    /// See [`MetricWindow`].
    ///
    /// ```
    /// use crossborder::metrics::MetricWindow;
    ///
    /// assert_eq!(MetricWindow::try_new(7, 0)?.days(), 7);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(days: u16, lag_days: u16) -> Result<Self, MetricsError> {
        if days == 0 || days > Self::MAX_DAYS || lag_days > Self::MAX_DAYS {
            return Err(MetricsError::Window { days, lag_days });
        }
        Ok(Self { days, lag_days })
    }

    /// `days` days ending on the report date.
    const fn trailing(days: u16) -> Self {
        Self { days, lag_days: 0 }
    }

    /// The length in days.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::MetricWindow;
    ///
    /// assert_eq!(MetricWindow::try_new(60, 0)?.days(), 60);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn days(&self) -> u16 {
        self.days
    }

    /// The lag in days.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::MetricWindow;
    ///
    /// assert_eq!(MetricWindow::try_new(30, 14)?.lag_days(), 14);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lag_days(&self) -> u16 {
        self.lag_days
    }

    /// The dates the window covers for the report date `as_of`.
    ///
    /// # Errors
    ///
    /// [`MetricsError::DateOutOfRange`] when the window would start before chrono's first date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::MetricWindow;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).ok_or("date");
    /// // 30 days, two weeks' lag, report on 31 July: 18 June to 17 July.
    /// let r = MetricWindow::try_new(30, 14)?.range(d(7, 31)?)?;
    /// assert_eq!((r.from(), r.to()), (d(6, 18)?, d(7, 17)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn range(&self, as_of: NaiveDate) -> Result<DateRange, MetricsError> {
        let err =
            || MetricsError::DateOutOfRange { as_of, days: self.days, lag_days: self.lag_days };
        let to = as_of.checked_sub_days(Days::new(u64::from(self.lag_days))).ok_or_else(err)?;
        let back = u64::from(self.days.saturating_sub(1));
        let from = to.checked_sub_days(Days::new(back)).ok_or_else(err)?;
        Ok(DateRange { from, to })
    }
}

impl fmt::Display for MetricWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} days", self.days)?;
        if self.lag_days > 0 {
            write!(f, ", {}-day lag", self.lag_days)?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
mod window_serde {
    use super::MetricWindow;

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        days: u16,
        #[serde(default)]
        lag_days: u16,
    }

    impl serde::Serialize for MetricWindow {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Repr { days: self.days, lag_days: self.lag_days }.serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for MetricWindow {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let r = Repr::deserialize(deserializer)?;
            MetricWindow::try_new(r.days, r.lag_days).map_err(serde::de::Error::custom)
        }
    }
}

/// A range of dates, both ends included (`from <= to`).
///
/// `Display` prints `from..=to` in ISO 8601.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::metrics::DateRange;
///
/// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
/// let r = DateRange::try_new(d(1)?, d(7)?)?;
/// assert!(r.contains(d(1)?) && r.contains(d(7)?) && !r.contains(d(8)?));
/// assert_eq!(r.days(), 7);
/// assert_eq!(r.to_string(), "2026-07-01..=2026-07-07");
/// assert!(DateRange::try_new(d(7)?, d(1)?).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateRange {
    from: NaiveDate,
    to: NaiveDate,
}

impl DateRange {
    /// The dates from `from` to `to`, both included.
    ///
    /// # Errors
    ///
    /// [`MetricsError::Window`] when `to` is before `from` (a window of no days).
    ///
    /// # Examples
    ///
    /// See [`DateRange`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::DateRange;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 1).ok_or("date")?;
    /// assert_eq!(DateRange::try_new(d, d)?.days(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(from: NaiveDate, to: NaiveDate) -> Result<Self, MetricsError> {
        if to < from {
            return Err(MetricsError::Window { days: 0, lag_days: 0 });
        }
        Ok(Self { from, to })
    }

    /// The first date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::DateRange;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 1).ok_or("date")?;
    /// assert_eq!(DateRange::try_new(d, d)?.from(), d);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from(&self) -> NaiveDate {
        self.from
    }

    /// The last date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::DateRange;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 1).ok_or("date")?;
    /// assert_eq!(DateRange::try_new(d, d)?.to(), d);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to(&self) -> NaiveDate {
        self.to
    }

    /// Whether `date` is in the range.
    ///
    /// # Examples
    ///
    /// See [`DateRange`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::DateRange;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 1).ok_or("date")?;
    /// assert!(DateRange::try_new(d, d)?.contains(d));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// The number of dates in the range.
    ///
    /// # Examples
    ///
    /// See [`DateRange`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::DateRange;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).ok_or("date");
    /// assert_eq!(DateRange::try_new(d(2, 1)?, d(3, 1)?)?.days(), 29);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days().saturating_add(1)
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..={}", self.from, self.to)
    }
}

#[cfg(feature = "serde")]
mod range_serde {
    use super::{DateRange, NaiveDate};

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        from: NaiveDate,
        to: NaiveDate,
    }

    impl serde::Serialize for DateRange {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Repr { from: self.from, to: self.to }.serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for DateRange {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let r = Repr::deserialize(deserializer)?;
            DateRange::try_new(r.from, r.to).map_err(serde::de::Error::custom)
        }
    }
}

/// One line of a policy: a metric, the fulfilment channel whose orders it counts, its window
/// and its target.
///
/// # Examples
///
/// ```
/// use crossborder::metrics::{Fulfilment, Metric, MetricRule, MetricWindow, Target};
///
/// let rule = MetricRule::new(
///     Metric::OnTimeDeliveryRate,
///     Fulfilment::Seller,
///     MetricWindow::try_new(14, 0)?,
///     Target::ON_TIME_DELIVERY_RATE,
/// );
/// assert_eq!(rule.metric(), Metric::OnTimeDeliveryRate);
/// assert_eq!(rule.target().to_string(), ">0.97");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct MetricRule {
    metric: Metric,
    scope: Fulfilment,
    window: MetricWindow,
    target: Target,
}

impl MetricRule {
    /// A rule: `metric` over the orders of `scope`, in `window`, against `target`.
    ///
    /// # Examples
    ///
    /// See [`MetricRule`].
    ///
    /// ```
    /// use crossborder::metrics::{Fulfilment, Metric, MetricRule, MetricWindow, Target};
    ///
    /// let r = MetricRule::new(Metric::LateShipmentRate, Fulfilment::Seller,
    ///     MetricWindow::try_new(10, 0)?, Target::LATE_SHIPMENT_RATE);
    /// assert_eq!(r.window().days(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(metric: Metric, scope: Fulfilment, window: MetricWindow, target: Target) -> Self {
        Self { metric, scope, window, target }
    }

    /// The metric.
    ///
    /// # Examples
    ///
    /// See [`MetricRule`].
    ///
    /// ```
    /// use crossborder::metrics::{Metric, Policy, Programme};
    /// use crossborder::geo::Country;
    ///
    /// let p = Policy::amazon(Country::US, Programme::Standard)?;
    /// assert_eq!(p.rules()[0].metric(), Metric::OrderDefectRate);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn metric(&self) -> Metric {
        self.metric
    }

    /// The fulfilment channel whose orders count.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::{Fulfilment, Policy, Programme};
    /// use crossborder::geo::Country;
    ///
    /// let p = Policy::amazon(Country::US, Programme::Standard)?;
    /// assert_eq!(p.rules()[1].scope(), Fulfilment::Marketplace); // ODR for AFN orders
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn scope(&self) -> Fulfilment {
        self.scope
    }

    /// The window.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::{Policy, Programme};
    /// use crossborder::geo::Country;
    ///
    /// let p = Policy::amazon(Country::US, Programme::Standard)?;
    /// assert_eq!(p.rules()[0].window().days(), 60);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn window(&self) -> MetricWindow {
        self.window
    }

    /// The target.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::{Policy, Programme, Target};
    /// use crossborder::geo::Country;
    ///
    /// let p = Policy::amazon(Country::US, Programme::Standard)?;
    /// assert_eq!(p.rules()[0].target(), Target::ORDER_DEFECT_RATE);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn target(&self) -> Target {
        self.target
    }

    /// The rule with another target.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::{Policy, Programme};
    /// use crossborder::geo::Country;
    ///
    /// let p = Policy::amazon(Country::US, Programme::Standard)?;
    /// let r = p.rules()[0].with_target("<0.005".parse()?);
    /// assert_eq!(r.target().to_string(), "<0.005");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_target(mut self, target: Target) -> Self {
        self.target = target;
        self
    }
}

/// A seller programme with its own requirements.
///
/// # Examples
///
/// ```
/// use crossborder::metrics::Programme;
///
/// assert_eq!(Programme::SellerFulfilledPrime.to_string(), "seller_fulfilled_prime");
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
    parse_err_ty = MetricsError,
    parse_err_fn = MetricsError::programme
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Programme {
    /// The account-health requirements every seller meets.
    Standard,
    /// Seller Fulfilled Prime (卖家自配送 Prime), with stricter shipping requirements.
    SellerFulfilledPrime,
}

impl Programme {
    /// Every programme.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Programme;
    ///
    /// assert_eq!(Programme::ALL.len(), 2);
    /// ```
    pub const ALL: &[Self] = &[Self::Standard, Self::SellerFulfilledPrime];
}

/// The thresholds of a marketplace and programme, as data: the list of [`MetricRule`]s to
/// evaluate.
///
/// [`Policy::amazon`] gives the built-in tables (see there for the sources); any other policy
/// is built from its rules with [`Policy::try_new`] or read with serde, and
/// [`with_target`](Self::with_target) changes a target (the on-time delivery target is a
/// recommendation and often set by the seller).
///
/// # Examples
///
/// ```
/// use crossborder::geo::Country;
/// use crossborder::metrics::{Metric, Policy, Programme};
///
/// let standard = Policy::amazon(Country::JP, Programme::Standard)?;
/// assert_eq!(standard.rules().len(), 8);
/// let stricter = standard.with_target(Metric::OnTimeDeliveryRate, ">=0.99".parse()?);
/// assert_eq!(
///     stricter.rules().iter().find(|r| r.metric() == Metric::OnTimeDeliveryRate).map(|r| r.target().to_string()),
///     Some(">=0.99".to_owned())
/// );
/// assert!(Policy::amazon(Country::DE, Programme::SellerFulfilledPrime).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Policy {
    marketplace: Country,
    programme: Programme,
    rules: Vec<MetricRule>,
}

impl Policy {
    /// The most rules a policy may have.
    pub const MAX_RULES: usize = 32;

    /// A policy of `rules` for `programme` on `marketplace`, evaluated in the order given.
    ///
    /// # Errors
    ///
    /// [`MetricsError::RuleCount`] unless there are 1 to [`MAX_RULES`](Self::MAX_RULES) rules.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::metrics::*;
    ///
    /// let rule = MetricRule::new(Metric::OnTimeDeliveryRate, Fulfilment::Seller,
    ///     MetricWindow::try_new(14, 0)?, ">0.9".parse()?);
    /// let p = Policy::try_new(Country::AE, Programme::Standard, vec![rule])?;
    /// assert_eq!(p.rules(), &[rule]);
    /// assert!(Policy::try_new(Country::AE, Programme::Standard, vec![]).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(
        marketplace: Country,
        programme: Programme,
        rules: Vec<MetricRule>,
    ) -> Result<Self, MetricsError> {
        if rules.is_empty() || rules.len() > Self::MAX_RULES {
            return Err(MetricsError::RuleCount { count: rules.len(), max: Self::MAX_RULES });
        }
        Ok(Self { marketplace, programme, rules })
    }

    /// The built-in thresholds.
    ///
    /// **[`Programme::Standard`]**, every marketplace (the help pages read for the US, UK, CA,
    /// AU, IT, AE, IN and the EU state the same targets):
    ///
    /// | metric | orders | window | target | source |
    /// |---|---|---|---|---|
    /// | order defect rate | seller-fulfilled | 60 days | < 1 % | help 200285170 |
    /// | order defect rate | marketplace-fulfilled | 60 days | < 1 % | same; the SP-API report has `afn` and `mfn` |
    /// | late shipment rate | seller-fulfilled | 10 days | < 4 % | help 200285190 ("both a 10-day or a 30-day period") |
    /// | late shipment rate | seller-fulfilled | 30 days | < 4 % | same |
    /// | pre-fulfilment cancel rate | seller-fulfilled | 7 days | < 2.5 % | help 200285210 |
    /// | valid tracking rate | seller-fulfilled | 7 days | > 95 % | help 201817070, G201817070 ("in 7-day and 30-day increments") |
    /// | valid tracking rate | seller-fulfilled | 30 days | > 95 % | same |
    /// | on-time delivery rate | seller-fulfilled | 14 days | > 97 % | help 200847280 ("we recommend … greater than 97 %"); the 14-day rolling window is from an Amazon staff reply on the IN forum |
    ///
    /// Windows end on the report date (no lag): the seller sees the metric before Amazon does.
    /// Amazon's two-week lag of the valid tracking rate is a
    /// [`MetricWindow::try_new(30, 14)`](MetricWindow::try_new) away.
    ///
    /// **[`Programme::SellerFulfilledPrime`]**, Japan only (help 202072550, JP): trailing 7
    /// days, on-time delivery ≥ 96 %, valid tracking ≥ 94 %, cancellation ≤ 1 %. These are the
    /// programme's own requirements; evaluate the Standard policy alongside for account health.
    ///
    /// # Errors
    ///
    /// [`MetricsError::UnknownPolicy`] for Seller Fulfilled Prime outside Japan (no table was
    /// read for it).
    ///
    /// # Examples
    ///
    /// See [`Policy`].
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::metrics::{Policy, Programme};
    ///
    /// let sfp = Policy::amazon(Country::JP, Programme::SellerFulfilledPrime)?;
    /// let targets: Vec<String> = sfp.rules().iter().map(|r| format!("{} {}", r.metric().abbreviation(), r.target())).collect();
    /// assert_eq!(targets, ["OTDR >=0.96", "VTR >=0.94", "PFCR <=0.01"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn amazon(marketplace: Country, programme: Programme) -> Result<Self, MetricsError> {
        use Fulfilment::{Marketplace, Seller};
        let rule = |metric, scope, days, target| MetricRule {
            metric,
            scope,
            window: MetricWindow::trailing(days),
            target,
        };
        let rules = match programme {
            Programme::Standard => vec![
                rule(Metric::OrderDefectRate, Seller, 60, Target::ORDER_DEFECT_RATE),
                rule(Metric::OrderDefectRate, Marketplace, 60, Target::ORDER_DEFECT_RATE),
                rule(Metric::LateShipmentRate, Seller, 10, Target::LATE_SHIPMENT_RATE),
                rule(Metric::LateShipmentRate, Seller, 30, Target::LATE_SHIPMENT_RATE),
                rule(
                    Metric::PreFulfilmentCancelRate,
                    Seller,
                    7,
                    Target::PRE_FULFILMENT_CANCEL_RATE,
                ),
                rule(Metric::ValidTrackingRate, Seller, 7, Target::VALID_TRACKING_RATE),
                rule(Metric::ValidTrackingRate, Seller, 30, Target::VALID_TRACKING_RATE),
                rule(Metric::OnTimeDeliveryRate, Seller, 14, Target::ON_TIME_DELIVERY_RATE),
            ],
            Programme::SellerFulfilledPrime if marketplace == Country::JP => vec![
                rule(
                    Metric::OnTimeDeliveryRate,
                    Seller,
                    7,
                    Target::from_parts(TargetCondition::AtLeast, 96, 2),
                ),
                rule(
                    Metric::ValidTrackingRate,
                    Seller,
                    7,
                    Target::from_parts(TargetCondition::AtLeast, 94, 2),
                ),
                rule(
                    Metric::PreFulfilmentCancelRate,
                    Seller,
                    7,
                    Target::from_parts(TargetCondition::AtMost, 1, 2),
                ),
            ],
            Programme::SellerFulfilledPrime => {
                return Err(MetricsError::UnknownPolicy { marketplace, programme });
            }
        };
        Ok(Self { marketplace, programme, rules })
    }

    /// The marketplace.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::metrics::{Policy, Programme};
    ///
    /// assert_eq!(Policy::amazon(Country::DE, Programme::Standard)?.marketplace(), Country::DE);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn marketplace(&self) -> Country {
        self.marketplace
    }

    /// The programme.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::metrics::{Policy, Programme};
    ///
    /// assert_eq!(Policy::amazon(Country::DE, Programme::Standard)?.programme(), Programme::Standard);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn programme(&self) -> Programme {
        self.programme
    }

    /// The rules, in evaluation order.
    ///
    /// # Examples
    ///
    /// See [`Policy`].
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::metrics::{Policy, Programme};
    ///
    /// assert_eq!(Policy::amazon(Country::US, Programme::Standard)?.rules().len(), 8);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rules(&self) -> &[MetricRule] {
        &self.rules
    }

    /// The policy with `target` for every rule of `metric`.
    ///
    /// # Examples
    ///
    /// See [`Policy`].
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::metrics::{Metric, Policy, Programme};
    ///
    /// let p = Policy::amazon(Country::US, Programme::Standard)?
    ///     .with_target(Metric::OnTimeDeliveryRate, ">0.9".parse()?);
    /// assert!(p.rules().iter().all(|r| r.metric() != Metric::OnTimeDeliveryRate
    ///     || r.target().to_string() == ">0.9"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_target(mut self, metric: Metric, target: Target) -> Self {
        for rule in self.rules.iter_mut().filter(|r| r.metric == metric) {
            rule.target = target;
        }
        self
    }
}

#[cfg(feature = "serde")]
mod policy_serde {
    use super::{Country, MetricRule, Policy, Programme};

    #[derive(serde::Serialize)]
    struct ReprRef<'a> {
        marketplace: Country,
        programme: Programme,
        rules: &'a [MetricRule],
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        marketplace: Country,
        programme: Programme,
        rules: Vec<MetricRule>,
    }

    impl serde::Serialize for Policy {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            ReprRef { marketplace: self.marketplace, programme: self.programme, rules: &self.rules }
                .serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for Policy {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let r = Repr::deserialize(deserializer)?;
            Policy::try_new(r.marketplace, r.programme, r.rules).map_err(serde::de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_are_within_the_invariant() {
        for t in [
            Target::ORDER_DEFECT_RATE,
            Target::LATE_SHIPMENT_RATE,
            Target::PRE_FULFILMENT_CANCEL_RATE,
            Target::VALID_TRACKING_RATE,
            Target::ON_TIME_DELIVERY_RATE,
        ] {
            assert_eq!(Target::try_new(t.condition(), t.value()), Ok(t));
            assert_eq!(t.to_string().parse::<Target>(), Ok(t));
        }
        assert_eq!(Target::ORDER_DEFECT_RATE.to_string(), "<0.01");
        assert_eq!(Target::PRE_FULFILMENT_CANCEL_RATE.to_string(), "<0.025");
        assert_eq!(Target::ON_TIME_DELIVERY_RATE.to_string(), ">0.97");
    }

    #[test]
    fn target_parse_rejects() {
        for bad in [
            "",
            "0.01",
            "<",
            "< 0.01",
            "<-0.01",
            "<+0.01",
            "<1.0000001",
            "<0.0000001",
            "<.5",
            "<1.",
            "=0.5",
            "<0.5.1",
        ] {
            assert!(bad.parse::<Target>().is_err(), "{bad:?}");
        }
        assert_eq!("<0.0100".parse::<Target>().map(|t| t.to_string()), Ok("<0.01".to_owned()));
        assert_eq!(">=1".parse::<Target>().map(|t| t.to_string()), Ok(">=1".to_owned()));
        assert_eq!("<=0".parse::<Target>().map(|t| t.to_string()), Ok("<=0".to_owned()));
    }

    #[test]
    fn target_boundaries_are_exact() {
        let t = |s: &str| s.parse::<Target>().unwrap();
        let r = |n, d| Ratio::try_new(n, d).unwrap();
        // 1/40 = 0.025 exactly.
        assert_eq!(t("<0.025").is_met_by(&r(1, 40)), Some(false));
        assert_eq!(t("<=0.025").is_met_by(&r(1, 40)), Some(true));
        assert_eq!(t(">0.025").is_met_by(&r(1, 40)), Some(false));
        assert_eq!(t(">=0.025").is_met_by(&r(1, 40)), Some(true));
        // Huge denominators: (u64::MAX - 1)/u64::MAX is just below 1.
        assert_eq!(t("<1").is_met_by(&r(u64::MAX - 1, u64::MAX)), Some(true));
        assert_eq!(t("<1").is_met_by(&r(u64::MAX, u64::MAX)), Some(false));
        assert_eq!(t(">0").is_met_by(&r(0, u64::MAX)), Some(false));
    }

    #[test]
    fn window_edges() {
        assert!(MetricWindow::try_new(366, 366).is_ok());
        assert!(MetricWindow::try_new(367, 0).is_err());
        assert!(MetricWindow::try_new(1, 367).is_err());
        let first = NaiveDate::MIN;
        assert!(MetricWindow::try_new(1, 0).unwrap().range(first).is_ok());
        assert!(matches!(
            MetricWindow::try_new(2, 0).unwrap().range(first),
            Err(MetricsError::DateOutOfRange { .. })
        ));
    }
}
