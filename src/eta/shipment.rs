//! Shipments in the estimator: a [`RoutePlan`] built from a shipment [`Route`], and the
//! [`ShipmentEta`] extension trait that lets a [`Shipment`] re-estimate its own delivery date.
//!
//! Layering: `eta` (layer 3, predict) imports `shipment` (layer 2, movement), never the
//! reverse. So "a shipment offers re-estimation directly" is done from this side: the trait is
//! defined here and implemented here for [`Shipment`]; bring it into scope with
//! `use crossborder::eta::ShipmentEta`.

use std::fmt;

use chrono::{DateTime, Utc};

use super::error::ShipmentEtaError;
use super::plan::{LegPlan, Plan, Progress};
use super::transit::TransitTime;
use super::window::Estimate;
use crate::shipment::{HoldReason, Route, Shipment, Status, TimelineEntry};

/// One stage of a shipment route for the estimator: from one required milestone of the route
/// ([`Route::milestones`]: each leg's pick-up, arrival in the destination country, customs
/// release, each hand-off) to the next. The first stage starts when the order is placed
/// ([`from`](Self::from) is `None`), the last ends on delivery ([`to`](Self::to) is
/// [`Status::Delivered`]).
///
/// A direct-purchase route (9610) with an international and a domestic leg has six stages:
/// order → picked up by leg 0 (the fulfilment centre's handling), → arrived in the destination
/// country (the flight), → customs released (清关), → handed off to leg 1, → picked up by leg 1,
/// → delivered.
///
/// # Examples
///
/// ```
/// # use crossborder::carrier::{Carrier, TrackingNumber};
/// # use crossborder::geo::Country;
/// # use crossborder::shipment::*;
/// # use crossborder::warehouse::TransportMode;
/// use crossborder::eta::Stage;
///
/// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
/// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
/// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
/// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
/// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
/// let route = Route::try_new(CustomsMode::DirectPurchase, vec![international, domestic], 1)?;
/// let stages = Stage::of_route(&route);
/// let names: Vec<String> = stages.iter().map(ToString::to_string).collect();
/// assert_eq!(names, [
///     "ordered → picked_up:0",
///     "picked_up:0 → arrived_in_destination",
///     "arrived_in_destination → customs_released",
///     "customs_released → handed_off:1",
///     "handed_off:1 → picked_up:1",
///     "picked_up:1 → delivered",
/// ]);
/// assert!(stages[2].is_clearance());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Stage {
    index: usize,
    from: Option<Status>,
    to: Status,
}

impl Stage {
    /// The stages of `route`, in order: one more than the route has milestones.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn of_route(route: &Route) -> Vec<Self> {
        let milestones = route.milestones();
        let starts = std::iter::once(None).chain(milestones.iter().copied().map(Some));
        let ends = milestones.iter().copied().chain(std::iter::once(Status::Delivered));
        starts.zip(ends).enumerate().map(|(index, (from, to))| Self { index, from, to }).collect()
    }

    /// The stage's zero-based position (the leg index in the [`RoutePlan`]'s plan).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn index(&self) -> usize {
        self.index
    }

    /// The milestone that starts the stage; `None` for the first (the order).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn from(&self) -> Option<Status> {
        self.from
    }

    /// The milestone that ends the stage; [`Status::Delivered`] for the last.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn to(&self) -> Status {
        self.to
    }

    /// Whether the stage ends with customs release (the stage a customs hold stretches).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn is_clearance(&self) -> bool {
        self.to == Status::CustomsReleased
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.from {
            Some(from) => write!(f, "{from} → {}", self.to),
            None => write!(f, "ordered → {}", self.to),
        }
    }
}

/// A [`Plan`] whose legs are the [`Stage`]s of a shipment [`Route`], with the hold
/// distributions to apply when customs holds a parcel.
///
/// The route knows carriers and places but not calendars or durations, so the caller gives a
/// [`LegPlan`] for every stage (zero-duration stages, such as a hand-off scanned with the next
/// pick-up, take [`TransitTime::fixed(0)`](TransitTime::fixed)).
///
/// # Examples
///
/// ```
/// # use crossborder::carrier::{Carrier, TrackingNumber};
/// # use crossborder::geo::Country;
/// # use crossborder::shipment::*;
/// # use crossborder::warehouse::TransportMode;
/// use chrono::NaiveTime;
/// use crossborder::calendar::BusinessCalendar;
/// use crossborder::eta::{LegPlan, RoutePlan, TransitTime};
///
/// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
/// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
/// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
/// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
/// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
/// let route = Route::try_new(CustomsMode::DirectPurchase, vec![international, domestic], 1)?;
/// let noon = NaiveTime::from_hms_opt(12, 0, 0).ok_or("time")?;
/// let plan = RoutePlan::try_new(&route, |stage| {
///     let (calendar, zone, transit) = match stage.index() {
///         0 => (BusinessCalendar::united_states_federal(), chrono_tz::America::Los_Angeles,
///               TransitTime::uniform(0, 2)),
///         1 => (BusinessCalendar::seven_day(), chrono_tz::America::Los_Angeles,
///               TransitTime::triangular(2, 3, 6)),
///         2 => (BusinessCalendar::china(), chrono_tz::Asia::Shanghai,
///               TransitTime::triangular(1, 1, 4)),
///         5 => (BusinessCalendar::seven_day(), chrono_tz::Asia::Shanghai,
///               TransitTime::triangular(1, 1, 3)),
///         _ => (BusinessCalendar::seven_day(), chrono_tz::Asia::Shanghai, TransitTime::fixed(0)),
///     };
///     LegPlan::business_days(stage.to_string(), calendar, zone, noon, transit.ok()?).ok()
/// })?
/// .with_hold(HoldReason::Inspection, TransitTime::uniform(2, 7)?);
/// assert_eq!(plan.plan().legs().len(), 6);
/// assert!(plan.hold(HoldReason::Inspection).is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutePlan {
    milestones: Vec<Status>,
    stages: Vec<Stage>,
    plan: Plan,
    holds: Vec<(HoldReason, TransitTime)>,
}

impl RoutePlan {
    /// A plan for `route`, with `leg_for(stage)` giving each stage's leg plan.
    ///
    /// # Errors
    ///
    /// [`ShipmentEtaError::NoLegPlan`] when `leg_for` returns `None` for a stage;
    /// [`ShipmentEtaError::Plan`] when the plan is refused.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn try_new(
        route: &Route,
        mut leg_for: impl FnMut(&Stage) -> Option<LegPlan>,
    ) -> Result<Self, ShipmentEtaError> {
        let stages = Stage::of_route(route);
        let legs = stages
            .iter()
            .map(|stage| leg_for(stage).ok_or(ShipmentEtaError::NoLegPlan { stage: *stage }))
            .collect::<Result<Vec<_>, _>>()?;
        let plan = Plan::try_new(legs)?;
        Ok(Self { milestones: route.milestones().to_vec(), stages, plan, holds: Vec::new() })
    }

    /// The same plan with the distribution of a customs hold for `reason` (replacing any
    /// earlier one for that reason), counted on the clearance stage's calendar and unit.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    #[must_use]
    pub fn with_hold(mut self, reason: HoldReason, duration: TransitTime) -> Self {
        self.holds.retain(|(r, _)| *r != reason);
        self.holds.push((reason, duration));
        self
    }

    /// The hold distribution for `reason`, if one was given.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn hold(&self, reason: HoldReason) -> Option<&TransitTime> {
        self.holds.iter().find(|(r, _)| *r == reason).map(|(_, t)| t)
    }

    /// The stages, in order.
    ///
    /// # Examples
    ///
    /// See [`Stage`].
    pub fn stages(&self) -> &[Stage] {
        &self.stages
    }

    /// The plan: one leg per stage.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    fn check(&self, shipment: &Shipment) -> Result<(), ShipmentEtaError> {
        if shipment.route().milestones() == self.milestones.as_slice() {
            Ok(())
        } else {
            Err(ShipmentEtaError::RouteMismatch)
        }
    }
}

/// What a shipment's delivery looks like now.
///
/// # Examples
///
/// See [`ShipmentEta`].
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outlook {
    /// On its way: the delivery-date distribution from where the parcel is.
    Underway(Estimate),
    /// Delivered at this instant.
    Delivered {
        /// The delivery scan's instant.
        at: DateTime<Utc>,
    },
    /// No delivery to expect: returned or returning to the sender, lost, cancelled, seized.
    Stopped(Status),
}

/// Delivery-window re-estimation offered directly on a [`Shipment`].
///
/// Implemented here, in `eta`, for [`Shipment`] (which lives a layer below and may not import
/// this module); bring the trait into scope and call the methods on the shipment.
///
/// # Examples
///
/// ```
/// # use crossborder::carrier::{Carrier, TrackingNumber};
/// # use crossborder::geo::Country;
/// # use crossborder::shipment::*;
/// # use crossborder::warehouse::TransportMode;
/// use chrono::{NaiveTime, TimeZone, Utc};
/// use crossborder::calendar::BusinessCalendar;
/// use crossborder::eta::{LegPlan, Outlook, Progress, RoutePlan, ShipmentEta, TransitTime};
///
/// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
/// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
/// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
/// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
/// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
/// let route = Route::try_new(CustomsMode::DirectPurchase, vec![international, domestic], 1)?;
/// let noon = NaiveTime::from_hms_opt(12, 0, 0).ok_or("time")?;
/// let plan = RoutePlan::try_new(&route, |stage| {
///     let transit = if stage.is_clearance() { TransitTime::uniform(1, 3) } else { TransitTime::uniform(0, 1) };
///     LegPlan::business_days(stage.to_string(), BusinessCalendar::china(),
///         chrono_tz::Asia::Shanghai, noon, transit.ok()?).ok()
/// })?;
/// let at = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
/// let ordered = at(1, 1)?;
/// let mut shipment = Shipment::new(route);
/// let dhl = LegRef::new(Carrier::DhlEcommerce, dhl);
/// shipment.apply(TrackingEvent::new(at(3, 1)?, dhl, EventKind::ArrivedInDestination))?;
/// // Two milestones passed (pick-up inferred, arrival scanned): the parcel is in stage 2,
/// // customs, since the arrival scan.
/// let Outlook::Underway(estimate) = shipment.delivery_outlook(&plan, ordered, at(4, 1)?)? else {
///     return Err("underway".into());
/// };
/// let same = plan.plan().re_estimate(&Progress::new(2, at(3, 1)?, at(4, 1)?))?;
/// assert_eq!(estimate, same);
/// // For learning: the order, the scanned arrival, nothing else known yet.
/// let milestones = shipment.stage_milestones(&plan, ordered)?;
/// assert_eq!(milestones[0], Some(ordered));
/// assert_eq!(milestones[1], None); // pick-up was inferred, not scanned
/// assert_eq!(milestones[2], Some(at(3, 1)?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait ShipmentEta {
    /// The delivery outlook of the shipment for an order placed at `ordered`, at `now`.
    ///
    /// The current stage is the one after the last milestone passed
    /// ([`Shipment::milestones_passed`]); it started at that milestone's scan, or, for a
    /// milestone no carrier scanned, at the scan that proved it (the latest instant it can
    /// have been passed). While customs holds the parcel (status
    /// [`Status::CustomsHeld`]) the plan's hold distribution for the reason, if any, is added
    /// to the clearance stage ([`Progress::with_hold`]). Then [`Plan::re_estimate`].
    ///
    /// # Errors
    ///
    /// [`ShipmentEtaError::RouteMismatch`] when the plan was built for another route;
    /// [`ShipmentEtaError::Estimate`] when the estimate fails.
    fn delivery_outlook(
        &self,
        plan: &RoutePlan,
        ordered: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Outlook, ShipmentEtaError>;

    /// The milestone instants for learning ([`Learner::observe`](super::Learner::observe)
    /// with [`RoutePlan::plan`]): the order, then the scan of each route milestone (`None`
    /// when no carrier scanned it: an inferred milestone has no exact instant), then the
    /// delivery (`None` before it).
    ///
    /// # Errors
    ///
    /// [`ShipmentEtaError::RouteMismatch`] when the plan was built for another route.
    fn stage_milestones(
        &self,
        plan: &RoutePlan,
        ordered: DateTime<Utc>,
    ) -> Result<Vec<Option<DateTime<Utc>>>, ShipmentEtaError>;
}

/// Each route milestone's scan instant (`None` if inferred) and the latest instant it can have
/// been passed, in route order, for the milestones passed so far.
fn passed(shipment: &Shipment) -> Vec<(Status, Option<DateTime<Utc>>, DateTime<Utc>)> {
    let milestones = shipment.route().milestones();
    let mut found: Vec<(Status, Option<DateTime<Utc>>, DateTime<Utc>)> = Vec::new();
    for entry in shipment.timeline() {
        let (status, scanned, by) = match entry {
            TimelineEntry::Scan { event, status } => (status, Some(event.at()), event.at()),
            TimelineEntry::Inferred(inferred) => (inferred.milestone(), None, inferred.by()),
        };
        if milestones.contains(&status) && !found.iter().any(|(s, _, _)| *s == status) {
            found.push((status, scanned, by));
        }
    }
    found
}

impl ShipmentEta for Shipment {
    fn delivery_outlook(
        &self,
        plan: &RoutePlan,
        ordered: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Outlook, ShipmentEtaError> {
        plan.check(self)?;
        let status = self.status();
        if status == Status::Delivered {
            let at = self.last_event().map_or(now, crate::shipment::TrackingEvent::at);
            return Ok(Outlook::Delivered { at });
        }
        if status.is_terminal() || self.is_returning() {
            return Ok(Outlook::Stopped(status));
        }
        let passed = passed(self);
        let stage = self.milestones_passed().len();
        let started = match stage.checked_sub(1) {
            None => ordered,
            Some(last) => {
                let milestone = self.milestones_passed().get(last).copied();
                passed
                    .iter()
                    .find(|(s, _, _)| Some(*s) == milestone)
                    .map_or(ordered, |(_, scanned, by)| scanned.unwrap_or(*by))
            }
        };
        let mut progress = Progress::new(stage, started.max(ordered), now);
        let clearance = plan.stages.get(stage).is_some_and(Stage::is_clearance);
        if clearance && let Some(hold) = status.hold_reason().and_then(|r| plan.hold(r)) {
            progress = progress.with_hold(hold.clone());
        }
        Ok(Outlook::Underway(plan.plan.re_estimate(&progress)?))
    }

    fn stage_milestones(
        &self,
        plan: &RoutePlan,
        ordered: DateTime<Utc>,
    ) -> Result<Vec<Option<DateTime<Utc>>>, ShipmentEtaError> {
        plan.check(self)?;
        let passed = passed(self);
        let mut out = Vec::with_capacity(plan.milestones.len() + 2);
        out.push(Some(ordered));
        for milestone in &plan.milestones {
            let scanned = passed.iter().find(|(s, _, _)| s == milestone).and_then(|(_, at, _)| *at);
            out.push(scanned);
        }
        let delivered = (self.status() == Status::Delivered)
            .then(|| self.last_event().map(crate::shipment::TrackingEvent::at))
            .flatten();
        out.push(delivered);
        Ok(out)
    }
}
