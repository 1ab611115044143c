//! Seller logistics metrics (卖家物流绩效指标 / 账户状况): the order defect rate, late shipment
//! rate, pre-fulfilment cancel rate, valid tracking rate and on-time delivery rate a marketplace
//! holds a seller to, computed from the seller's own orders before the marketplace shows them.
//!
//! The seller of a direct-mail order does not choose every carrier, yet late or untracked
//! parcels count against the seller's account. This module holds:
//!
//! - the input, one [`OrderRecord`] per order ([`OrderId`], order date, [`Fulfilment`],
//!   defects with [`FeedbackRating`], [`CancelledBy`], expected ship date — computed from the
//!   shipping [`Node`](crate::warehouse::Node)'s cut-off, handling time and national holidays —
//!   ship confirmation, promised delivery date, [`TrackingRecord`], delivery date);
//! - the thresholds as data: [`Metric`], [`MetricWindow`], [`Target`] with its
//!   [`TargetCondition`], [`MetricRule`], and the [`Policy`] of a marketplace and
//!   [`Programme`] ([`Policy::amazon`] holds the built-in tables);
//! - the output in the shape of the SP-API account-health report: a [`MetricReport`] per rule
//!   (window as a [`DateRange`], exact [`Ratio`], target, [`MetricStatus`], the orders counting
//!   against the seller, the [`DefectCounts`] of the order defect rate) and the
//!   [`AccountHealth`] of a policy.
//!
//! The library never reads the clock: the caller passes the report date.
//!
//! # Definitions and sources
//!
//! | metric | numerator / denominator | attributed by | window | target |
//! |---|---|---|---|---|
//! | order defect rate (ODR) | orders with ≥ 1 defect / orders | order date | 60 days | < 1 % |
//! | late shipment rate (LSR) | orders ship-confirmed after the expected ship date / orders | order date | 10 and 30 days | < 4 % |
//! | pre-fulfilment cancel rate (PFCR) | seller-cancelled orders / orders | order date | 7 days | < 2.5 % |
//! | valid tracking rate (VTR) | shipped packages with a valid number / shipped packages | promised delivery date | 7 and 30 days | > 95 % |
//! | on-time delivery rate (OTDR) | tracked packages delivered by the promised date / tracked packages | delivery date | 14 days | > 97 % (configurable) |
//!
//! - **ODR**: Seller Central help 200285170 ("all orders with one or more defects represented
//!   as a percentage of total orders during a given 60-day time period"; negative feedback
//!   = 1 and 2 stars, A-to-z Guarantee claims, chargebacks; attributed by order date per Amazon
//!   staff on the CA seller forum); Amazon Pay merchant help 201212270 ("an order can only have
//!   one defect").
//! - **LSR**: help 200285190 ("ship-confirmed after the expected ship date … over both a 10-day
//!   or a 30-day period"; "expected ship dates are adjusted for national holidays"); help
//!   200955560 (expected ship date = order date + handling time in business days). The expected
//!   ship date comes from [`Node::expected_ship_date`](crate::warehouse::Node::expected_ship_date).
//! - **PFCR**: help 200285210 (seller-initiated cancellations, not those the buyer requested;
//!   a decision not to fulfil after ship confirmation is a refund); Amazon staff on the JP
//!   forum (automatic cancellations for want of a ship confirmation count).
//! - **VTR**: help 201817070 (EU) and G201817070 (IN) ("uses promised delivery date to
//!   determine which orders are included"; 7-day and 30-day increments; valid "if they have at
//!   least one carrier scan recorded").
//! - **OTDR**: help 200847280 (US) and 200633610 (FR) (packages with confirmed tracking
//!   "received … on or before the promised delivery date"; tracking confirmed after delivery is
//!   not on time; "we recommend … greater than 97 %"); the 14-day rolling window is from an
//!   Amazon staff reply on the IN forum.
//! - **Report shape**: `amzn/selling-partner-api-models`
//!   `schemas/reports/accountHealthReport-2020-11-18.json` (`reportingDateRange`, `rate`,
//!   `status` ∈ GOOD/BAD/NONE, `targetValue`, `targetCondition`, the ODR counts
//!   `orderWithDefects`, `claims`, `chargebacks`, `negativeFeedback`).
//!
//! Each record is one order shipped as one package; a multi-package order is one record.
//!
//! # Examples
//!
//! ```
//! use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
//! use crossborder::calendar::BusinessCalendar;
//! use crossborder::geo::Country;
//! use crossborder::metrics::*;
//! use crossborder::warehouse::{Node, NodeKind};
//!
//! let fc = Node::builder("ONT8".parse()?, NodeKind::FulfilmentCentre, Country::US)
//!     .time_zone(chrono_tz::America::Los_Angeles)
//!     .calendar(BusinessCalendar::united_states_federal())
//!     .cutoff(NaiveTime::from_hms_opt(14, 0, 0).ok_or("time")?)
//!     .handling_days(1)
//!     .build()?;
//! let t = |m, d, h| Utc.with_ymd_and_hms(2026, m, d, h, 0, 0).single().ok_or("instant");
//!
//! // Ordered Thursday 2 July 2026 at 08:00 in Los Angeles (15:00 UTC), before the cut-off:
//! // received that day, one business day later is Monday 6 July because Friday 3 July is the
//! // observed Independence Day. Confirmed on Monday evening: on time, though four days later.
//! let on_time = OrderRecord::builder("113-0000001-0000001".parse()?, t(7, 2, 15)?)
//!     .ship_from(&fc)
//!     .ship_confirmed_at(t(7, 7, 2)?) // 19:00 on 6 July in Los Angeles
//!     .build()?;
//! // Ordered the same morning, confirmed Tuesday: late.
//! let late = OrderRecord::builder("113-0000002-0000002".parse()?, t(7, 2, 16)?)
//!     .ship_from(&fc)
//!     .ship_confirmed_at(t(7, 7, 18)?)
//!     .build()?;
//!
//! let policy = Policy::amazon(Country::US, Programme::Standard)?;
//! let as_of = NaiveDate::from_ymd_opt(2026, 7, 10).ok_or("date")?;
//! let health = AccountHealth::compute(&policy, &[on_time, late], as_of)?;
//! let lsr = health.find(Metric::LateShipmentRate, Fulfilment::Seller, 10).ok_or("lsr")?;
//! assert_eq!(lsr.ratio().to_string(), "1/2"); // 50 % ≥ 4 %
//! assert_eq!(lsr.status(), MetricStatus::AtRisk);
//! assert_eq!(lsr.counting_against()[0].as_str(), "113-0000002-0000002");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
mod order;
mod policy;
mod ratio;
mod report;

pub use error::MetricsError;
pub use order::{
    CancelledBy, FeedbackRating, Fulfilment, OrderId, OrderRecord, OrderRecordBuilder,
    TrackingRecord,
};
pub use policy::{
    Attribution, DateRange, Metric, MetricRule, MetricWindow, Policy, Programme, Target,
    TargetCondition,
};
pub use ratio::Ratio;
pub use report::{AccountHealth, DefectCounts, MetricReport, MetricStatus};
