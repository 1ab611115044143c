//! Delivery windows (预计送达时间窗): the distribution of each leg's transit time (时效), the
//! exact distribution of the delivery date over calendar dates, the window and promise date
//! read off it, re-estimation as the parcel moves, learning from completed shipments, and
//! scores to check estimates against actual deliveries.
//!
//! "预计送达 12月3日 – 12月9日": the upper end of such a window is the seller's promise. Amazon
//! measures the on-time delivery rate against it and recommends keeping it above 97% (Seller
//! Central help 200847280), and a buyer may open an A-to-z claim once three days have passed
//! since the latest estimated delivery date. Amazon's own rule for the date is "total delivery
//! time = handling time + transit time, plus any holidays and weekends" (help 200955560) —
//! but each leg runs on its own calendar: a US fulfilment centre on US business days after its
//! order cut-off, the airline every day, Chinese customs on Chinese working days including the
//! make-up Saturdays (调休, 国务院办公厅 notices, see [`calendar`](crate::calendar)), SF Express
//! every day. So adding up days is wrong around 春节 and 国庆, and the literature's remedy is a
//! Monte Carlo simulation over the legs' calendars. This module computes the same distribution
//! exactly, and faster.
//!
//! # The model
//!
//! - [`TransitTime`]: one leg's duration as a discrete distribution over whole days, built
//!   from (min, mode, max), from quantiles, from a histogram, or [fitted](TransitTime::fit)
//!   to observations.
//! - [`LegPlan`] / [`Plan`]: the explicit sequence of legs — each with its node's
//!   [`BusinessCalendar`](crate::calendar::BusinessCalendar), IANA time zone and cut-off,
//!   business or calendar days, and its [`TransitTime`]. A plan does not need a shipment;
//!   build one from warehouse [`Node`](crate::warehouse::Node)s with
//!   [`LegPlan::from_node`] or by hand.
//! - [`Plan::estimate`]: the delivery-date distribution for an order instant, propagated leg
//!   by leg (below), returned as an [`Estimate`]: the whole [`DateDistribution`], the
//!   per-leg end dates ([`LegEstimate`]), the [window](Estimate::window) at a level, the
//!   [promise date](Estimate::promise_date) for an on-time target, the
//!   [most likely date](Estimate::most_likely).
//! - [`Plan::re_estimate`] with a [`Progress`]: the current leg conditioned on the time
//!   already spent in it (truncated and renormalised), optionally widened by a hold's own
//!   distribution, then the remaining legs.
//! - [`Learner`]: leg durations measured between milestones of completed histories
//!   ([`Plan::leg_durations`]), fitted with a documented minimum sample size and smoothing
//!   ([`FitOptions`]).
//! - [`WindowScores`], [`pinball_loss`], [`crps`], [`Scorecard`]: coverage, mean width,
//!   interval (Winkler) score, pinball loss and CRPS of forecasts against actual dates.
//!
//! # Exact propagation over calendar dates
//!
//! The delivery date is a sum of durations only in each leg's own unit, so the legs cannot be
//! convolved in calendar days. For a fixed leg, though, every start date rolls to a business
//! day and a duration of `k` business days moves `k` business days further: in *business-day
//! numbers* of that leg's calendar the leg is a plain convolution. Each leg therefore (1)
//! collapses the incoming date distribution onto the business days the dates roll to, (2)
//! convolves with the leg's duration masses, (3) maps the business-day numbers back to dates
//! (see [`LegPlan`] for the start, duration and end rules). A nine-day 春节 break simply has no
//! business-day numbers, so every parcel reaching customs during it is released after it. The
//! cost is O(dates × durations) per leg, with no sampling error.
//!
//! # Arithmetic
//!
//! Probabilities inside the estimator are fixed-point integers in units of 2⁻³¹, not `f64`:
//! every distribution's masses add up to exactly 2³¹, so a product of two masses fits in 62
//! bits and the whole convolution of a leg runs in `u64` without overflow. After each leg the
//! sums of products are rounded back to 2⁻³¹ by rounding the *running total* up, so each
//! cumulative probability is the ceiling of the exact one and the total stays exactly one; the
//! error in any cumulative probability after `n` legs is below `n·2⁻³¹ ≈ n·4.7·10⁻¹⁰`, always
//! upwards, so a distribution whose exact cumulative probability is 0.9 on some date reaches
//! the level 0.9 there, as a hand calculation says. Results
//! are bit-for-bit deterministic on every platform. Levels, targets and the probabilities read
//! out are [`Probability`] values in exact billionths; comparisons between the two are made
//! exactly in 128-bit integers. Only the scores are reported as `f64`, after exact integer sums.
//!
//! # Windows on whole days
//!
//! Delivery dates are discrete, so a window of whole dates rarely holds exactly 80% of the
//! probability: a boundary date brings all of its probability or none.
//! [`DateDistribution::conservative_window`] takes the textbook quantiles and always holds at
//! least the level — on day-level data often 5–10 points more, so it over-covers.
//! [`DateDistribution::window`] keeps or drops each boundary date so that the window's
//! probability is as close to the level as whole dates allow, each tail staying within one date
//! of `α/2`; its coverage over many parcels is close to the level. The promise date is the
//! textbook quantile at the on-time target, so it keeps its guarantee.
//!
//! # Shipments
//!
//! The core works on explicit plans and does not need the [`shipment`](crate::shipment) module.
//! On top of it, [`RoutePlan`] turns a shipment [`Route`](crate::shipment::Route) into a plan
//! of [`Stage`]s (order → each required milestone → delivery; the caller gives each stage's
//! calendar, zone, cut-off and distribution, since a route knows carriers and places but not
//! durations), and [`ShipmentEta`] lets a [`Shipment`](crate::shipment::Shipment) re-estimate
//! its own delivery date ([`ShipmentEta::delivery_outlook`], with customs holds from its status)
//! and give its milestone instants for learning ([`ShipmentEta::stage_milestones`]).
//!
//! Layering: `eta` (layer 3) imports `shipment` (layer 2), never the reverse, so "a shipment
//! offers re-estimation directly" is an extension trait defined and implemented *here* for
//! `shipment::Shipment`: `use crossborder::eta::ShipmentEta;` and call it on the shipment.
//!
//! # Sources
//!
//! - Amazon Seller Central help 200955560 (handling time, transit time, cut-off; expected
//!   ship date), 200847280 (on-time delivery rate, > 97% recommended).
//! - Discrete convolution of independent integer durations; calendar-aware Monte Carlo as the
//!   usual alternative.
//! - Scoring: Gneiting & Raftery, "Strictly proper scoring rules, prediction, and estimation",
//!   JASA 102(477):359–378, 2007 (interval score, CRPS); Koenker & Bassett 1978 (pinball loss);
//!   Brehmer & Gneiting, Bernoulli 2020 (equal-tailed intervals are elicitable).
//! - Mid-quantiles: E. Parzen, "Quantile probability and statistical data modeling",
//!   Statistical Science 19(4):652–662, 2004.
//!
//! # Examples
//!
//! ```
//! use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
//! use crossborder::calendar::BusinessCalendar;
//! use crossborder::eta::{LegPlan, Plan, Progress, TransitTime};
//!
//! let t = |h| NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
//! let plan = Plan::try_new(vec![
//!     LegPlan::business_days("fulfilment", BusinessCalendar::united_states_federal(),
//!         chrono_tz::America::Los_Angeles, t(14)?, TransitTime::uniform(1, 2)?)?,
//!     LegPlan::calendar_days("air", BusinessCalendar::seven_day(),
//!         chrono_tz::America::Los_Angeles, t(18)?, TransitTime::triangular(2, 3, 6)?)?,
//!     LegPlan::business_days("customs", BusinessCalendar::china(),
//!         chrono_tz::Asia::Shanghai, t(16)?, TransitTime::triangular(1, 1, 4)?)?,
//!     LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
//!         chrono_tz::Asia::Shanghai, t(20)?, TransitTime::triangular(1, 1, 3)?)?,
//! ])?;
//! // Ordered on Monday 2026-09-21 at 09:00 in Los Angeles.
//! let ordered = Utc.with_ymd_and_hms(2026, 9, 21, 16, 0, 0).single().ok_or("instant")?;
//! let estimate = plan.estimate(ordered)?;
//! let window = estimate.window("0.8".parse()?);
//! let promise = estimate.promise_date("0.97".parse()?);
//! assert!(window.from() <= estimate.most_likely() && window.to() <= promise);
//! let (earliest, latest) = plan.naive_range(ordered)?;
//! assert!(earliest <= window.from() && promise <= latest);
//!
//! // Ten days later the parcel is at Shanghai customs, closed for 国庆 (1–7 October): the
//! // window narrows and moves past the break.
//! let at_customs = Utc.with_ymd_and_hms(2026, 9, 30, 3, 0, 0).single().ok_or("instant")?;
//! let now = Utc.with_ymd_and_hms(2026, 10, 1, 3, 0, 0).single().ok_or("instant")?;
//! let later = plan.re_estimate(&Progress::new(2, at_customs, now))?;
//! assert!(later.arrival().first() > NaiveDate::from_ymd_opt(2026, 10, 8).ok_or("date")?);
//! assert!(later.window("0.8".parse()?).width_days() <= window.width_days());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
mod learn;
mod plan;
mod probability;
mod propagate;
mod score;
mod shipment;
mod transit;
mod window;

pub use error::{
    DistributionError, EstimateError, EtaError, FitError, PlanError, ProbabilityError, ScoreError,
    ShipmentEtaError, WindowError,
};
pub use learn::{FitOptions, Learner, LegFit};
pub use plan::{LegPlan, Plan, Progress};
pub use probability::Probability;
pub use score::{Scorecard, WindowScores, crps, pinball_loss};
pub use shipment::{Outlook, RoutePlan, ShipmentEta, Stage};
pub use transit::TransitTime;
pub use window::{DateDistribution, Estimate, LegEstimate, Window};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_sync_clone_debug_partialeq() {
        fn check<T: Send + Sync + Clone + std::fmt::Debug + PartialEq + 'static>() {}
        check::<Probability>();
        check::<TransitTime>();
        check::<LegPlan>();
        check::<Plan>();
        check::<Progress>();
        check::<DateDistribution>();
        check::<Window>();
        check::<Estimate>();
        check::<LegEstimate>();
        check::<FitOptions>();
        check::<Learner>();
        check::<LegFit>();
        check::<WindowScores>();
        check::<Scorecard>();
        check::<EtaError>();
        check::<ProbabilityError>();
        check::<DistributionError>();
        check::<PlanError>();
        check::<EstimateError>();
        check::<FitError>();
        check::<WindowError>();
        check::<ScoreError>();
        check::<ShipmentEtaError>();
        check::<Stage>();
        check::<RoutePlan>();
        check::<Outlook>();
    }
}
