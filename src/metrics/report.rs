//! The output: a [`MetricReport`] per rule and the [`AccountHealth`] of a policy, in the shape
//! of the SP-API account-health report.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::error::MetricsError;
use super::order::{Fulfilment, OrderId, OrderRecord};
use super::policy::{
    Attribution, DateRange, Metric, MetricRule, MetricWindow, Policy, Programme, Target,
};
use super::ratio::Ratio;
use crate::geo::Country;

/// Where a metric stands against its target.
///
/// # Examples
///
/// ```
/// use crossborder::metrics::MetricStatus;
///
/// assert_eq!(MetricStatus::AtRisk.sp_api_name(), "BAD");
/// assert_eq!("no_orders".parse::<MetricStatus>()?, MetricStatus::NoOrders);
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
#[strum(serialize_all = "snake_case", parse_err_ty = MetricsError, parse_err_fn = MetricsError::status)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MetricStatus {
    /// The rate meets the target (SP-API `GOOD`).
    Good,
    /// The rate misses the target (SP-API `BAD`): the account is at risk.
    AtRisk,
    /// No order falls in the window; the rate is undefined (SP-API `NONE`).
    NoOrders,
}

impl MetricStatus {
    /// Every status.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::MetricStatus;
    ///
    /// assert_eq!(MetricStatus::ALL.len(), 3);
    /// ```
    pub const ALL: &[Self] = &[Self::Good, Self::AtRisk, Self::NoOrders];

    /// The SP-API `status` (`GOOD`, `BAD`, `NONE`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::MetricStatus;
    ///
    /// assert_eq!(MetricStatus::NoOrders.sp_api_name(), "NONE");
    /// ```
    pub fn sp_api_name(self) -> &'static str {
        match self {
            Self::Good => "GOOD",
            Self::AtRisk => "BAD",
            Self::NoOrders => "NONE",
        }
    }
}

/// The order defect rate's breakdown (SP-API `orderWithDefects`, `negativeFeedback`, `claims`,
/// `chargebacks`): an order with two defects counts once in `orders_with_defects` and once in
/// each of its kinds.
///
/// # Examples
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use crossborder::geo::Country;
/// use crossborder::metrics::*;
///
/// let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
/// let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
/// let both = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).a_to_z_claim().chargeback().build()?;
/// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[both], d)?;
/// let odr = health.find(Metric::OrderDefectRate, Fulfilment::Seller, 60).ok_or("odr")?;
/// let counts = odr.defects().ok_or("breakdown")?;
/// assert_eq!((counts.orders_with_defects(), counts.a_to_z_claims(), counts.chargebacks()), (1, 1, 1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct DefectCounts {
    orders_with_defects: u64,
    negative_feedback: u64,
    a_to_z_claims: u64,
    chargebacks: u64,
}

impl DefectCounts {
    /// Orders with at least one defect (the ODR numerator).
    ///
    /// # Examples
    ///
    /// See [`DefectCounts`].
    ///
    /// ```
    /// use crossborder::metrics::DefectCounts;
    ///
    /// assert_eq!(DefectCounts::default().orders_with_defects(), 0);
    /// ```
    pub fn orders_with_defects(&self) -> u64 {
        self.orders_with_defects
    }

    /// Orders with negative feedback (1 or 2 stars).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::DefectCounts;
    ///
    /// assert_eq!(DefectCounts::default().negative_feedback(), 0);
    /// ```
    pub fn negative_feedback(&self) -> u64 {
        self.negative_feedback
    }

    /// Orders with an A-to-z Guarantee claim.
    ///
    /// # Examples
    ///
    /// See [`DefectCounts`].
    ///
    /// ```
    /// use crossborder::metrics::DefectCounts;
    ///
    /// assert_eq!(DefectCounts::default().a_to_z_claims(), 0);
    /// ```
    pub fn a_to_z_claims(&self) -> u64 {
        self.a_to_z_claims
    }

    /// Orders with a chargeback.
    ///
    /// # Examples
    ///
    /// See [`DefectCounts`].
    ///
    /// ```
    /// use crossborder::metrics::DefectCounts;
    ///
    /// assert_eq!(DefectCounts::default().chargebacks(), 0);
    /// ```
    pub fn chargebacks(&self) -> u64 {
        self.chargebacks
    }
}

/// One metric over one window: the rule's metric, channel, window and target; the dates
/// covered; the exact rate; the status; and the orders that count against the seller.
///
/// For ODR, LSR and PFCR the numerator counts the orders against the seller; for VTR and OTDR
/// it counts those in the seller's favour, and [`counting_against`](Self::counting_against)
/// lists the rest of the denominator. With the `serde` feature a report serializes (it is an
/// output; there is no `Deserialize`).
///
/// # Examples
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use crossborder::metrics::*;
///
/// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
/// let order = |id: &str, day, shipped| -> Result<OrderRecord, Box<dyn std::error::Error>> {
///     let at = Utc.with_ymd_and_hms(2026, 7, day, 3, 0, 0).single().ok_or("instant")?;
///     Ok(OrderRecord::builder(id.parse()?, at)
///         .expected_ship_date(d(day + 1)?)
///         .ship_confirmed_on(d(shipped)?)
///         .build()?)
/// };
/// // Three orders, one confirmed a day after its expected ship date: 1/3 ≈ 33.3 % ≥ 4 %.
/// let orders = [order("A", 1, 2)?, order("B", 2, 4)?, order("C", 3, 4)?];
/// let rule = MetricRule::new(Metric::LateShipmentRate, Fulfilment::Seller,
///     MetricWindow::try_new(10, 0)?, Target::LATE_SHIPMENT_RATE);
/// let report = rule.evaluate(&orders, d(10)?)?;
/// assert_eq!(report.ratio().to_string(), "1/3");
/// assert_eq!(report.status(), MetricStatus::AtRisk);
/// assert_eq!(report.counting_against(), &["B".parse::<OrderId>()?]);
/// assert_eq!(report.range().to_string(), "2026-07-01..=2026-07-10");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MetricReport {
    metric: Metric,
    scope: Fulfilment,
    window: MetricWindow,
    range: DateRange,
    ratio: Ratio,
    target: Target,
    status: MetricStatus,
    counting_against: Vec<OrderId>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    defects: Option<DefectCounts>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pending: Vec<OrderId>,
}

impl MetricReport {
    /// The metric.
    ///
    /// # Examples
    ///
    /// See [`MetricReport`].
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.metrics()[0].metric(), Metric::OrderDefectRate);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn metric(&self) -> Metric {
        self.metric
    }

    /// The fulfilment channel whose orders were counted.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.metrics()[1].scope(), Fulfilment::Marketplace);
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
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.metrics()[0].window().days(), 60);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn window(&self) -> MetricWindow {
        self.window
    }

    /// The dates covered (the SP-API `reportingDateRange`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.metrics()[0].range().to_string(), "2026-06-02..=2026-07-31");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn range(&self) -> DateRange {
        self.range
    }

    /// The date that placed orders in the window.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.metrics()[0].attribution(), Attribution::OrderDate);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn attribution(&self) -> Attribution {
        self.metric.attribution()
    }

    /// The exact rate.
    ///
    /// # Examples
    ///
    /// See [`MetricReport`].
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.metrics()[0].ratio(), Ratio::EMPTY);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ratio(&self) -> Ratio {
        self.ratio
    }

    /// The rate as a decimal fraction, `None` with no orders ([`Ratio::to_decimal`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.metrics()[0].rate(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rate(&self) -> Option<Decimal> {
        self.ratio.to_decimal()
    }

    /// The target (value and condition).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.metrics()[0].target(), Target::ORDER_DEFECT_RATE);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn target(&self) -> Target {
        self.target
    }

    /// The status.
    ///
    /// # Examples
    ///
    /// See [`MetricReport`].
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.metrics()[0].status(), MetricStatus::NoOrders);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(&self) -> MetricStatus {
        self.status
    }

    /// The orders that count against the seller, in input order: defective, late-shipped or
    /// seller-cancelled orders; shipped packages without valid tracking; tracked packages
    /// delivered late.
    ///
    /// # Examples
    ///
    /// See [`MetricReport`].
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert!(health.metrics()[0].counting_against().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn counting_against(&self) -> &[OrderId] {
        &self.counting_against
    }

    /// The defect breakdown, for the order defect rate only.
    ///
    /// # Examples
    ///
    /// See [`DefectCounts`].
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert!(health.metrics()[0].defects().is_some());
    /// assert!(health.metrics()[2].defects().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn defects(&self) -> Option<&DefectCounts> {
        self.defects.as_ref()
    }

    /// For the late shipment rate: orders in the window not yet ship-confirmed nor cancelled
    /// whose expected ship date is before the report date. They do not count yet; each will
    /// count as late once confirmed (or as a cancellation). Empty for the other metrics.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, TimeZone, Utc};
    /// use crossborder::metrics::*;
    ///
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
    /// let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let overdue = OrderRecord::builder("A".parse()?, at).expected_ship_date(d(2)?).build()?;
    /// let rule = MetricRule::new(Metric::LateShipmentRate, Fulfilment::Seller,
    ///     MetricWindow::try_new(10, 0)?, Target::LATE_SHIPMENT_RATE);
    /// let report = rule.evaluate(&[overdue], d(3)?)?;
    /// assert_eq!(report.ratio().to_string(), "0/1");
    /// assert_eq!(report.pending(), &["A".parse::<OrderId>()?]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn pending(&self) -> &[OrderId] {
        &self.pending
    }
}

impl fmt::Display for MetricReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}, {} orders, {}): {}",
            self.metric.abbreviation(),
            self.window,
            self.scope,
            self.range,
            self.ratio
        )?;
        if let Some(percent) = self.ratio.percent(2) {
            write!(f, " = {percent}%")?;
        }
        write!(f, ", target {}, {}", self.target, self.status)
    }
}

/// Counts of one pass.
#[derive(Default)]
struct Tally {
    numerator: u64,
    denominator: u64,
    against: Vec<OrderId>,
    pending: Vec<OrderId>,
    defects: DefectCounts,
}

impl MetricRule {
    /// The metric over `orders` for the report date `as_of` (the caller's "today"; the library
    /// never reads the clock).
    ///
    /// Which orders count, with `range` the window's dates and only orders of the rule's
    /// fulfilment channel:
    ///
    /// | metric | denominator | numerator |
    /// |---|---|---|
    /// | ODR | orders with order date in `range` | those with ≥ 1 defect (one per order) |
    /// | LSR | orders with order date in `range` and an expected ship date | those ship-confirmed after it |
    /// | PFCR | orders with order date in `range` | those cancelled by the seller or automatically |
    /// | VTR | ship-confirmed orders with promised delivery date in `range` | those with valid tracking |
    /// | OTDR | orders with valid tracking, a promised date, and delivery date in `range` | those delivered on time |
    ///
    /// # Errors
    ///
    /// [`MetricsError::DateOutOfRange`] when the window would start before chrono's first date.
    ///
    /// # Examples
    ///
    /// See [`MetricReport`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::*;
    ///
    /// let rule = MetricRule::new(Metric::PreFulfilmentCancelRate, Fulfilment::Seller,
    ///     MetricWindow::try_new(7, 0)?, Target::PRE_FULFILMENT_CANCEL_RATE);
    /// let report = rule.evaluate(&[], NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?)?;
    /// assert_eq!(report.status(), MetricStatus::NoOrders);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn evaluate(
        &self,
        orders: &[OrderRecord],
        as_of: NaiveDate,
    ) -> Result<MetricReport, MetricsError> {
        let range = self.window().range(as_of)?;
        let scope = self.scope();
        let mine = orders.iter().filter(|o| o.fulfilment() == scope);
        let mut t = Tally::default();
        match self.metric() {
            Metric::OrderDefectRate => {
                for o in mine.filter(|o| range.contains(o.order_date())) {
                    t.denominator += 1;
                    let feedback = o.has_negative_feedback();
                    let (claim, chargeback) = (o.has_a_to_z_claim(), o.has_chargeback());
                    t.defects.negative_feedback += u64::from(feedback);
                    t.defects.a_to_z_claims += u64::from(claim);
                    t.defects.chargebacks += u64::from(chargeback);
                    if feedback || claim || chargeback {
                        t.numerator += 1;
                        t.against.push(o.id());
                    }
                }
                t.defects.orders_with_defects = t.numerator;
            }
            Metric::LateShipmentRate => {
                for o in mine.filter(|o| range.contains(o.order_date())) {
                    let Some(expected) = o.expected_ship_date() else { continue };
                    t.denominator += 1;
                    match o.ship_confirmed_on() {
                        Some(shipped) => {
                            if shipped > expected {
                                t.numerator += 1;
                                t.against.push(o.id());
                            }
                        }
                        None => {
                            if o.cancelled_by().is_none() && expected < as_of {
                                t.pending.push(o.id());
                            }
                        }
                    }
                }
            }
            Metric::PreFulfilmentCancelRate => {
                for o in mine.filter(|o| range.contains(o.order_date())) {
                    t.denominator += 1;
                    if o.is_seller_cancellation() {
                        t.numerator += 1;
                        t.against.push(o.id());
                    }
                }
            }
            Metric::ValidTrackingRate => {
                for o in mine.filter(|o| {
                    o.ship_confirmed_on().is_some()
                        && o.promised_delivery_date().is_some_and(|d| range.contains(d))
                }) {
                    t.denominator += 1;
                    if o.has_valid_tracking() {
                        t.numerator += 1;
                    } else {
                        t.against.push(o.id());
                    }
                }
            }
            Metric::OnTimeDeliveryRate => {
                for o in mine.filter(|o| o.delivered_on().is_some_and(|d| range.contains(d))) {
                    let Some(on_time) = o.is_on_time() else { continue };
                    t.denominator += 1;
                    if on_time {
                        t.numerator += 1;
                    } else {
                        t.against.push(o.id());
                    }
                }
            }
        }
        let ratio = Ratio::from_counts(t.numerator, t.denominator);
        let status = match self.target().is_met_by(&ratio) {
            None => MetricStatus::NoOrders,
            Some(true) => MetricStatus::Good,
            Some(false) => MetricStatus::AtRisk,
        };
        Ok(MetricReport {
            metric: self.metric(),
            scope,
            window: self.window(),
            range,
            ratio,
            target: self.target(),
            status,
            counting_against: t.against,
            defects: (self.metric() == Metric::OrderDefectRate).then_some(t.defects),
            pending: t.pending,
        })
    }
}

/// Every metric of a [`Policy`] for one report date: the seller's account health (账户状况).
///
/// With the `serde` feature it serializes (an output; there is no `Deserialize`).
///
/// # Examples
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use crossborder::geo::Country;
/// use crossborder::metrics::*;
///
/// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
/// let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
/// let cancelled = OrderRecord::builder("A".parse()?, at)
///     .expected_ship_date(d(2)?)
///     .cancelled(CancelledBy::Seller)
///     .build()?;
/// let policy = Policy::amazon(Country::US, Programme::Standard)?;
/// let health = AccountHealth::compute(&policy, &[cancelled], d(7)?)?;
/// assert!(!health.is_good());
/// let at_risk: Vec<&str> = health.at_risk().map(|m| m.metric().abbreviation()).collect();
/// assert_eq!(at_risk, ["PFCR"]); // 1/1 = 100 % ≥ 2.5 %
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct AccountHealth {
    as_of: NaiveDate,
    marketplace: Country,
    programme: Programme,
    metrics: Vec<MetricReport>,
}

impl AccountHealth {
    /// Evaluates every rule of `policy` over `orders` for the report date `as_of`
    /// ([`MetricRule::evaluate`]).
    ///
    /// # Errors
    ///
    /// [`MetricsError::DateOutOfRange`] when a window would start before chrono's first date.
    ///
    /// # Examples
    ///
    /// See [`AccountHealth`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::geo::Country;
    /// use crossborder::metrics::*;
    ///
    /// let policy = Policy::amazon(Country::US, Programme::Standard)?;
    /// let health = AccountHealth::compute(&policy, &[], NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?)?;
    /// assert_eq!(health.metrics().len(), 8);
    /// assert!(health.is_good()); // nothing at risk
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compute(
        policy: &Policy,
        orders: &[OrderRecord],
        as_of: NaiveDate,
    ) -> Result<Self, MetricsError> {
        let metrics = policy
            .rules()
            .iter()
            .map(|rule| rule.evaluate(orders, as_of))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            as_of,
            marketplace: policy.marketplace(),
            programme: policy.programme(),
            metrics,
        })
    }

    /// The report date.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.as_of(), d);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_of(&self) -> NaiveDate {
        self.as_of
    }

    /// The policy's marketplace.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::JP, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.marketplace(), Country::JP);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn marketplace(&self) -> Country {
        self.marketplace
    }

    /// The policy's programme.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::JP, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.programme(), Programme::Standard);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn programme(&self) -> Programme {
        self.programme
    }

    /// One report per rule, in the policy's order.
    ///
    /// # Examples
    ///
    /// See [`AccountHealth::compute`].
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::JP, Programme::SellerFulfilledPrime)?, &[], d)?;
    /// assert_eq!(health.metrics().len(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn metrics(&self) -> &[MetricReport] {
        &self.metrics
    }

    /// The report of `metric` for `scope` over a window of `days` days, if the policy has one.
    ///
    /// # Examples
    ///
    /// See [`DefectCounts`].
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert!(health.find(Metric::LateShipmentRate, Fulfilment::Seller, 30).is_some());
    /// assert!(health.find(Metric::LateShipmentRate, Fulfilment::Seller, 20).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn find(&self, metric: Metric, scope: Fulfilment, days: u16) -> Option<&MetricReport> {
        self.metrics
            .iter()
            .find(|m| m.metric == metric && m.scope == scope && m.window.days() == days)
    }

    /// The reports whose status is [`MetricStatus::AtRisk`].
    ///
    /// # Examples
    ///
    /// See [`AccountHealth`].
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert_eq!(health.at_risk().count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn at_risk(&self) -> impl Iterator<Item = &MetricReport> + '_ {
        self.metrics.iter().filter(|m| m.status == MetricStatus::AtRisk)
    }

    /// Whether no metric is at risk.
    ///
    /// # Examples
    ///
    /// See [`AccountHealth`].
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::*;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    /// let health = AccountHealth::compute(&Policy::amazon(Country::US, Programme::Standard)?, &[], d)?;
    /// assert!(health.is_good());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_good(&self) -> bool {
        self.at_risk().next().is_none()
    }
}

impl fmt::Display for AccountHealth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "account health on {} ({}, {})", self.as_of, self.marketplace, self.programme)?;
        for m in &self.metrics {
            write!(f, "\n  {m}")?;
        }
        Ok(())
    }
}
