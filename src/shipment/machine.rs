//! [`Shipment`]: a route and its events in instant order, with the state machine that accepts
//! every history that can happen and rejects, with a reason, every one that cannot.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use super::error::{TransitionError, TransitionRule};
use super::event::{EventKind, TrackingEvent};
use super::route::{Route, Shape, Slot};
use super::status::Status;

/// What the machine knows after an event: the status, the highest segment reached, whether a
/// return to the sender started, whether the shipment is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Snapshot {
    status: Status,
    high: u8,
    returning: bool,
    terminal: bool,
}

const START: Snapshot =
    Snapshot { status: Status::Pending, high: 0, returning: false, terminal: false };

/// The rule `kind` (at `slot`) breaks after `prev`, if any.
///
/// Every check compares the event with an aggregate of the events before it (any terminal, any
/// return, the highest segment), so a history is legal exactly when every pair of its events
/// is: any subset of a legal history is legal, which is what makes the result independent of
/// the order events arrive in.
fn check(shape: Shape, prev: &Snapshot, slot: Slot, kind: EventKind) -> Result<(), TransitionRule> {
    if prev.terminal {
        return Err(TransitionRule::TerminalIsFinal);
    }
    if prev.returning && matches!(kind, EventKind::Delivered | EventKind::Cancelled) {
        return Err(TransitionRule::ReturnInProgress);
    }
    if prev.high > slot.hi {
        return Err(match kind {
            EventKind::Cancelled => TransitionRule::CancelAfterPickup,
            k if k.is_customs() && prev.high > shape.release => {
                TransitionRule::DomesticLegBeforeRelease
            }
            _ => TransitionRule::Backward,
        });
    }
    Ok(())
}

/// The state after `kind` on `leg` (already checked).
#[inline]
fn step(prev: &Snapshot, slot: Slot, kind: EventKind, leg: u8) -> Snapshot {
    let leg = usize::from(leg);
    let high = prev.high.max(slot.lo);
    let mut next = Snapshot { status: prev.status, high, ..*prev };
    let on_path = match kind {
        EventKind::LabelCreated => {
            if prev.status == Status::Pending {
                next.status = Status::LabelCreated;
            }
            return next;
        }
        EventKind::Exception(reason) => {
            next.status = Status::Exception(reason);
            return next;
        }
        EventKind::ReturningToSender => {
            next.status = Status::ReturningToSender;
            next.returning = true;
            return next;
        }
        EventKind::Delivered => Status::Delivered,
        EventKind::Returned => Status::Returned,
        EventKind::Lost => Status::Lost,
        EventKind::Cancelled => Status::Cancelled,
        EventKind::SeizedByCustoms => Status::SeizedByCustoms,
        EventKind::PickedUp => Status::PickedUp { leg },
        EventKind::InTransit => Status::InTransit { leg },
        EventKind::ArrivedInDestination => Status::ArrivedInDestination,
        EventKind::CustomsProcessing => Status::CustomsProcessing,
        EventKind::CustomsHeld(reason) => Status::CustomsHeld(reason),
        EventKind::CustomsReleased => Status::CustomsReleased,
        EventKind::HandedOff => Status::HandedOff { to: leg + 1 },
        EventKind::OutForDelivery => Status::OutForDelivery,
        EventKind::DeliveryAttemptFailed => Status::DeliveryAttemptFailed,
        EventKind::AvailableForPickup => Status::AvailableForPickup,
    };
    if on_path.is_terminal() {
        next.status = on_path;
        next.terminal = true;
    } else if prev.returning {
        // A scan of the way back: recorded, the parcel is still returning.
        next.status = Status::ReturningToSender;
    } else {
        next.status = on_path;
    }
    next
}

/// Whether the event is the scan of the milestone that starts its segment.
fn scans_milestone(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::PickedUp
            | EventKind::ArrivedInDestination
            | EventKind::CustomsReleased
            | EventKind::HandedOff
    )
}

/// Where a planned event goes, and the state after the last event once it is in.
enum Plan {
    Append { after: Snapshot, rank: u16, leg: u8 },
    Insert { at: usize, last: Snapshot },
    Duplicate,
}

/// How an event was taken in.
///
/// # Examples
///
/// ```
/// # use crossborder::carrier::{Carrier, TrackingNumber};
/// # use crossborder::geo::Country;
/// # use crossborder::shipment::*;
/// # use crossborder::warehouse::TransportMode;
/// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
/// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
/// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
/// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
/// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
/// # let route = Route::try_new(
/// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
/// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
/// # use chrono::{TimeZone, Utc};
/// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
/// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
/// # let mut shipment = Shipment::new(route.clone());
/// # let _ = (&dhl, &sf, &t, &mut shipment);
/// let scan = TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp);
/// assert_eq!(shipment.apply(scan.clone())?, Applied::Appended);
/// assert_eq!(shipment.apply(scan)?, Applied::Duplicate);
/// assert_eq!(shipment.apply(TrackingEvent::new(t(6, 9)?, dhl, EventKind::LabelCreated))?, Applied::Inserted);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Applied {
    /// The event is the latest: appended to the timeline.
    Appended,
    /// The event arrived late: placed by its instant before events already on the timeline,
    /// which were checked again.
    Inserted,
    /// The same event is already on the timeline; nothing changed.
    Duplicate,
}

/// A milestone the carriers did not scan but the parcel must have passed: it happened after
/// [`after`](Self::after) (the previous event, if any) and no later than [`by`](Self::by) (the
/// event that proves it).
///
/// # Examples
///
/// ```
/// # use crossborder::carrier::{Carrier, TrackingNumber};
/// # use crossborder::geo::Country;
/// # use crossborder::shipment::*;
/// # use crossborder::warehouse::TransportMode;
/// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
/// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
/// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
/// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
/// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
/// # let route = Route::try_new(
/// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
/// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
/// # use chrono::{TimeZone, Utc};
/// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
/// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
/// # let mut shipment = Shipment::new(route.clone());
/// # let _ = (&dhl, &sf, &t, &mut shipment);
/// shipment.apply(TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp))?;
/// shipment.apply(TrackingEvent::new(t(9, 7)?, sf, EventKind::InTransit))?;
/// let inferred: Vec<Inferred> = shipment.inferred().collect();
/// assert_eq!(inferred.len(), 4); // arrival, release, hand-off, SF pick-up
/// assert_eq!(inferred[1].milestone(), Status::CustomsReleased);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Inferred {
    milestone: Status,
    after: Option<DateTime<Utc>>,
    by: DateTime<Utc>,
}

impl Inferred {
    /// The milestone (picked up by a leg, arrived in the destination country, customs
    /// released, handed off).
    ///
    /// # Examples
    ///
    /// See [`Inferred`].
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(9, 7)?, sf, EventKind::PickedUp))?;
    /// let first = shipment.inferred().next().ok_or("inferred")?;
    /// assert_eq!(first.milestone(), Status::PickedUp { leg: 0 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn milestone(&self) -> Status {
        self.milestone
    }

    /// The instant of the event before, if there is one.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp))?;
    /// shipment.apply(TrackingEvent::new(t(9, 7)?, sf, EventKind::PickedUp))?;
    /// let release = shipment.inferred().find(|i| i.milestone() == Status::CustomsReleased).ok_or("release")?;
    /// assert_eq!(release.after(), Some(t(6, 18)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn after(&self) -> Option<DateTime<Utc>> {
        self.after
    }

    /// The instant of the event that proves the milestone was passed.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(9, 7)?, sf, EventKind::PickedUp))?;
    /// assert!(shipment.inferred().all(|i| i.by() == t(9, 7).unwrap()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn by(&self) -> DateTime<Utc> {
        self.by
    }
}

/// One line of a shipment's timeline.
///
/// # Examples
///
/// ```
/// # use crossborder::carrier::{Carrier, TrackingNumber};
/// # use crossborder::geo::Country;
/// # use crossborder::shipment::*;
/// # use crossborder::warehouse::TransportMode;
/// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
/// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
/// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
/// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
/// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
/// # let route = Route::try_new(
/// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
/// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
/// # use chrono::{TimeZone, Utc};
/// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
/// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
/// # let mut shipment = Shipment::new(route.clone());
/// # let _ = (&dhl, &sf, &t, &mut shipment);
/// shipment.apply(TrackingEvent::new(t(9, 7)?, sf, EventKind::InTransit))?;
/// let timeline = shipment.timeline();
/// assert_eq!(timeline.len(), 6); // five inferred milestones, then the scan
/// assert!(matches!(
///     timeline.last(),
///     Some(TimelineEntry::Scan { status: Status::InTransit { leg: 1 }, .. })
/// ));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimelineEntry<'a> {
    /// A real event and the status after it.
    Scan {
        /// The event.
        event: &'a TrackingEvent,
        /// The shipment's status after it.
        status: Status,
    },
    /// A milestone no carrier scanned, inferred from the event that follows it.
    Inferred(Inferred),
}

/// A parcel's journey: its [`Route`] and the [`TrackingEvent`]s received so far, kept in
/// instant order, with the state machine that decides its [`Status`].
///
/// # The rules
///
/// The route's required milestones (each leg's pick-up, arrival in the destination country,
/// customs release, each hand-off; [`Route::milestones`]) are one-way doors:
///
/// - **Forward progress may skip milestones** a carrier did not scan; they appear in the
///   [`timeline`](Self::timeline) as [`Inferred`], never as invented scans.
/// - **Backward movement across a milestone is impossible** ([`TransitionRule::Backward`]):
///   no in-transit scan of the international leg after release, no arrival after release.
///   Between two milestones a parcel's statuses may alternate, which covers the loops the
///   world has: customs hold ↔ processing, failed attempt → out for delivery, exception → in
///   transit. It has to: were "exception → in transit" legal but "out for delivery → in
///   transit" not, a feed delivering the exception late would get its in-transit scan
///   rejected, and the result would depend on arrival order (carriers also send a parcel back
///   to the depot without an exception scan). An exception or a return reported by a carrier
///   that has already handed the parcel on is backward too.
/// - **Terminal statuses are final** ([`TransitionRule::TerminalIsFinal`]): delivered, returned,
///   lost, cancelled, seized by customs.
/// - **Cancel only before pick-up** ([`TransitionRule::CancelAfterPickup`]).
/// - **On an import route the domestic leg starts only after customs release**
///   ([`TransitionRule::DomesticLegBeforeRelease`]): a customs event after the domestic leg
///   started is rejected. A domestic scan with no release before it proves the release and
///   infers it.
/// - **Once a return to the sender started**, the parcel can no longer be delivered or
///   cancelled ([`TransitionRule::ReturnInProgress`]); scans of the way back keep the status
///   [`Status::ReturningToSender`].
/// - **Events belong to the route** ([`TransitionRule::LegNotOnRoute`]) and to a leg that can
///   report them ([`TransitionRule::KindNotOnLeg`]).
///
/// A rejected event returns a [`TransitionError`] naming the status, the event and the rule,
/// and leaves the shipment unchanged.
///
/// # Order and duplicates
///
/// Events are placed by instant, not by arrival. Ties are broken by position on the route
/// (milestone order), then final kinds last, then the events' own total order
/// ([`TrackingEvent`]'s `Ord`). Every rule compares an event with what precedes it through
/// aggregates (any terminal, any return, the furthest milestone), so a history is legal
/// exactly when each pair of its events is: any subset of a legal history is legal. Hence
/// applying any permutation of a legal set of events accepts every one and yields the same
/// timeline and status; applying an event twice changes nothing ([`Applied::Duplicate`]).
///
/// A shipment stores its events and the state after the last one, nothing per event. Appending
/// the latest event is O(1) amortised: one comparison with the last event, one check against the
/// current state. A late event is placed by binary search; the state before it is replayed from
/// the start and every later event is checked again, O(events) — the same order as the
/// insertion into the vector.
///
/// With the `serde` feature a shipment is written as
/// `{"route": Route, "events": [TrackingEvent, …], "status": "…"}`; reading it back replays
/// the events through [`apply`](Self::apply) and checks the status, so a stored shipment comes
/// back in the same state or not at all.
///
/// # Examples
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use crossborder::carrier::{Carrier, TrackingNumber};
/// use crossborder::geo::Country;
/// use crossborder::shipment::*;
/// use crossborder::warehouse::TransportMode;
///
/// let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
/// let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// let route = Route::builder(CustomsMode::DirectPurchase)
///     .leg(Leg::try_new(
///         Carrier::DhlEcommerce,
///         TransportMode::Air,
///         Location::place("Los Angeles gateway", Country::US)?,
///         pvg.clone(),
///         dhl,
///     )?)
///     .clearance()
///     .leg(Leg::try_new(
///         Carrier::SfExpress,
///         TransportMode::Road,
///         pvg,
///         Location::place("杭州市西湖区", Country::CN)?,
///         sf,
///     )?)
///     .build()?;
/// let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
/// let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
///
/// let mut shipment = Shipment::new(route);
/// shipment.apply(TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp))?;
/// shipment.apply(TrackingEvent::new(t(8, 2)?, dhl, EventKind::CustomsHeld(HoldReason::Inspection)))?;
/// assert_eq!(shipment.status(), Status::CustomsHeld(HoldReason::Inspection));
///
/// // SF picks the parcel up. Nobody scanned the arrival, the release or the hand-off: the
/// // hold proves the arrival, SF's pick-up proves the release and the hand-off.
/// shipment.apply(TrackingEvent::new(t(9, 1)?, sf, EventKind::PickedUp))?;
/// assert_eq!(shipment.status(), Status::PickedUp { leg: 1 });
/// let inferred: Vec<Status> = shipment.inferred().map(|i| i.milestone()).collect();
/// assert_eq!(
///     inferred,
///     [Status::ArrivedInDestination, Status::CustomsReleased, Status::HandedOff { to: 1 }]
/// );
///
/// // A release scanned after SF had the parcel cannot be.
/// let late = TrackingEvent::new(t(9, 5)?, dhl, EventKind::CustomsReleased);
/// let err = shipment.apply(late).unwrap_err();
/// assert_eq!(err.rule(), TransitionRule::DomesticLegBeforeRelease);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
// The append path reads and writes the fields before the route; a feed touches a shipment per
// event, so the whole struct is one cache line: `repr(C)` keeps the field order, `align(64)`
// puts each shipment of a `Vec<Shipment>` on its own line, and the route, read only when an
// event names another leg, sits behind a pointer.
#[repr(C, align(64))]
pub struct Shipment {
    /// The events in instant order (ties broken as documented).
    events: Vec<TrackingEvent>,
    /// The state after the last event.
    state: Snapshot,
    /// The route rank of the last event, for ordering the next one.
    last_rank: u16,
    /// The leg index of the last event: the next event usually names the same leg as the last
    /// one (compared exactly), and is then located without reading the route's legs.
    last_leg: u8,
    /// A copy of the route's shape.
    shape: Shape,
    route: Box<Route>,
}

impl Shipment {
    /// A shipment on `route` with no events yet ([`Status::Pending`]).
    ///
    /// # Examples
    ///
    /// See [`Shipment`].
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// assert_eq!(Shipment::new(route).status(), Status::Pending);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(route: Route) -> Self {
        Self {
            events: Vec::new(),
            state: START,
            last_rank: 0,
            last_leg: 0,
            shape: route.shape(),
            route: Box::new(route),
        }
    }

    /// A shipment on `route` with room for `events` events before its storage grows (a
    /// direct-mail journey has 10 to 30 scans).
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let route = Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?;
    /// let shipment = Shipment::with_capacity(route, 16);
    /// assert!(shipment.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_capacity(route: Route, events: usize) -> Self {
        Self { events: Vec::with_capacity(events), ..Self::new(route) }
    }

    /// A shipment on `route` with `events`, applied in the order given (any order gives the
    /// same result).
    ///
    /// # Errors
    ///
    /// The [`TransitionError`] of the first event rejected.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// let delivered = TrackingEvent::new(t(9, 16)?, sf, EventKind::Delivered);
    /// let picked_up = TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp);
    /// let loaded = Shipment::from_events(route, [delivered, picked_up])?;
    /// assert_eq!(loaded.status(), Status::Delivered);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_events(
        route: Route,
        events: impl IntoIterator<Item = TrackingEvent>,
    ) -> Result<Self, TransitionError> {
        let mut shipment = Self::new(route);
        for event in events {
            shipment.apply(event)?;
        }
        Ok(shipment)
    }

    /// Takes in one event: places it by its instant, checks it against the events before it
    /// and the events after it against it, and updates the status.
    ///
    /// # Errors
    ///
    /// [`TransitionError`] when the event breaks a rule (see [`Shipment`]); the shipment is
    /// unchanged.
    ///
    /// # Examples
    ///
    /// See [`Shipment`].
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// assert_eq!(shipment.apply(TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp))?, Applied::Appended);
    /// assert_eq!(shipment.status(), Status::PickedUp { leg: 0 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn apply(&mut self, event: TrackingEvent) -> Result<Applied, TransitionError> {
        if let Some((after, rank)) = self.append_on_same_leg(&event) {
            self.events.push(event);
            self.state = after;
            self.last_rank = rank;
            return Ok(Applied::Appended);
        }
        self.apply_planned(event)
    }

    /// The common case, small enough to inline into a caller's loop: an event on the leg of
    /// the last event, later than it, that the current state accepts. Gives the state after it
    /// and its rank, exactly as [`plan`](Self::plan) would for a [`Plan::Append`]; `None` for
    /// anything else (the first event, another leg, a late event, a duplicate, a rejection),
    /// which [`apply_planned`](Self::apply_planned) then decides.
    ///
    /// Reads the last event itself rather than a copy kept in the shipment: its memory is next
    /// to where the new event goes, so the read costs little more than the write does anyway.
    ///
    /// Measured (criterion, 1M in-order events, reserved storage; this code 126-133 ms):
    /// skipping the read makes the loop slower, not faster: 175-178 ms with the leg and instant
    /// checks dropped (an experiment, not exact), and a shipment of two cache lines keeping a
    /// copy of the last leg and instant (with a 6-byte state) was slower again in a standalone
    /// harness. A 6-byte state alone measured 166 ms, a compile-time slot table 143 ms (fewer
    /// instructions). Likely cause: the read fetches the line the new event goes to as a
    /// demand load, where the write alone waits for its line in the store buffer.
    #[inline]
    fn append_on_same_leg(&self, event: &TrackingEvent) -> Option<(Snapshot, u16)> {
        let last = self.events.last()?;
        if last.leg() != event.leg() {
            return None;
        }
        let slot = self.shape.slot(usize::from(self.last_leg), event.kind())?;
        let later = event
            .at()
            .cmp(&last.at())
            .then(slot.rank.cmp(&self.last_rank))
            .then_with(|| event.cmp(last))
            .is_gt();
        if !later || check(self.shape, &self.state, slot, event.kind()).is_err() {
            return None;
        }
        Some((step(&self.state, slot, event.kind(), self.last_leg), slot.rank))
    }

    /// [`apply`](Self::apply) through the full [`plan`](Self::plan); kept out of line so the
    /// common case stays small.
    #[inline(never)]
    fn apply_planned(&mut self, event: TrackingEvent) -> Result<Applied, TransitionError> {
        match self.plan(&event)? {
            Plan::Append { after, rank, leg } => {
                self.events.push(event);
                self.state = after;
                self.last_rank = rank;
                self.last_leg = leg;
                Ok(Applied::Appended)
            }
            Plan::Duplicate => Ok(Applied::Duplicate),
            Plan::Insert { at, last } => {
                self.events.insert(at, event);
                self.state = last;
                Ok(Applied::Inserted)
            }
        }
    }

    /// Where `event` goes and the state it leads to, or why it cannot go anywhere; changes
    /// nothing.
    #[inline]
    fn plan(&self, event: &TrackingEvent) -> Result<Plan, TransitionError> {
        let shape = self.shape;
        let reject = |status, rule, conflict: Option<&TrackingEvent>| {
            TransitionError::new(status, event.clone(), rule, conflict.cloned())
        };
        let located = match self.events.last() {
            // Same leg as the last event (the common case): no need to read the route's legs.
            Some(last) if last.leg() == event.leg() => shape
                .slot(usize::from(self.last_leg), event.kind())
                .map(|slot| (self.last_leg, slot))
                .ok_or(TransitionRule::KindNotOnLeg),
            _ => self.route.locate(event.leg(), event.kind()),
        };
        let (leg, slot) = match located {
            Ok(found) => found,
            Err(rule) => {
                let at = self.events.partition_point(|e| e.at() <= event.at());
                return Err(reject(self.fold(at).status, rule, None));
            }
        };
        // The latest event so far, checked against the current state. Only a tie on instant
        // and rank needs the whole last event.
        let order = match self.events.last() {
            Some(last) => event
                .at()
                .cmp(&last.at())
                .then(slot.rank.cmp(&self.last_rank))
                .then_with(|| event.cmp(last)),
            _ => Ordering::Greater,
        };
        match order {
            Ordering::Greater => {
                if let Err(rule) = check(shape, &self.state, slot, event.kind()) {
                    return Err(reject(self.state.status, rule, None));
                }
                let after = step(&self.state, slot, event.kind(), leg);
                return Ok(Plan::Append { after, rank: slot.rank, leg });
            }
            Ordering::Equal => return Ok(Plan::Duplicate),
            Ordering::Less => {}
        }
        // A late event: place it by binary search, then check it against the state before it
        // and every later event against the new history.
        let search = self
            .events
            .binary_search_by(|e| compare(event, slot.rank, e, self.rank_of(e)).reverse());
        let Err(at) = search else {
            return Ok(Plan::Duplicate);
        };
        let prev = self.fold(at);
        if let Err(rule) = check(shape, &prev, slot, event.kind()) {
            return Err(reject(prev.status, rule, None));
        }
        let mut state = step(&prev, slot, event.kind(), leg);
        for e in self.events.get(at..).unwrap_or_default() {
            let Ok((leg, slot)) = self.route.locate(e.leg(), e.kind()) else { continue };
            if let Err(rule) = check(shape, &state, slot, e.kind()) {
                return Err(reject(prev.status, rule, Some(e)));
            }
            state = step(&state, slot, e.kind(), leg);
        }
        Ok(Plan::Insert { at, last: state })
    }

    /// The route rank of an event already on the timeline.
    fn rank_of(&self, event: &TrackingEvent) -> u16 {
        self.route.locate(event.leg(), event.kind()).map_or(0, |(_, slot)| slot.rank)
    }

    /// The state after the first `count` events.
    fn fold(&self, count: usize) -> Snapshot {
        self.replay().take(count).last().map_or(START, |(_, _, state)| state)
    }

    /// Every event with its slot and the state after it.
    fn replay(&self) -> impl Iterator<Item = (&TrackingEvent, Slot, Snapshot)> + '_ {
        let mut state = START;
        self.events.iter().filter_map(move |e| {
            // Every event on the timeline was located when it was accepted.
            let (leg, slot) = self.route.locate(e.leg(), e.kind()).ok()?;
            state = step(&state, slot, e.kind(), leg);
            Some((e, slot, state))
        })
    }

    /// Whether `event` would be accepted, without changing the shipment.
    ///
    /// # Errors
    ///
    /// The [`TransitionError`] [`apply`](Self::apply) would return.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp))?;
    /// let cancel = TrackingEvent::new(t(6, 19)?, dhl, EventKind::Cancelled);
    /// assert_eq!(shipment.check(&cancel).map_err(|e| e.rule()), Err(TransitionRule::CancelAfterPickup));
    /// assert_eq!(shipment.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, event: &TrackingEvent) -> Result<(), TransitionError> {
        self.plan(event).map(|_| ())
    }

    /// The route.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// assert_eq!(shipment.route(), &route);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn route(&self) -> &Route {
        &self.route
    }

    /// The current status: the outcome of the last event in instant order.
    ///
    /// # Examples
    ///
    /// See [`Shipment`].
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(8, 2)?, dhl, EventKind::CustomsProcessing))?;
    /// assert_eq!(shipment.status(), Status::CustomsProcessing);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(&self) -> Status {
        self.state.status
    }

    /// Whether the shipment is over (delivered, returned, lost, cancelled, seized).
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// assert!(!shipment.is_terminal());
    /// shipment.apply(TrackingEvent::new(t(6, 9)?, dhl, EventKind::Cancelled))?;
    /// assert!(shipment.is_terminal());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_terminal(&self) -> bool {
        self.state.terminal
    }

    /// Whether a return to the sender has started.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(9, 7)?, sf, EventKind::ReturningToSender))?;
    /// shipment.apply(TrackingEvent::new(t(9, 12)?, sf, EventKind::InTransit))?;
    /// assert!(shipment.is_returning());
    /// assert_eq!(shipment.status(), Status::ReturningToSender);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_returning(&self) -> bool {
        self.state.returning
    }

    /// The leg that holds the parcel as far as the events show (the first leg before any
    /// progress; the incoming leg once a hand-off is passed).
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// assert_eq!(shipment.current_leg(), 0);
    /// shipment.apply(TrackingEvent::new(t(9, 7)?, dhl, EventKind::HandedOff))?;
    /// assert_eq!(shipment.current_leg(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn current_leg(&self) -> usize {
        self.shape.custody(self.state.high)
    }

    /// The milestones passed so far, scanned or inferred, in route order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(8, 20)?, dhl, EventKind::CustomsReleased))?;
    /// assert_eq!(
    ///     shipment.milestones_passed(),
    ///     [Status::PickedUp { leg: 0 }, Status::ArrivedInDestination, Status::CustomsReleased]
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn milestones_passed(&self) -> &[Status] {
        let high = self.state.high;
        self.route.milestones().get(..usize::from(high)).unwrap_or_default()
    }

    /// The number of events.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp))?;
    /// assert_eq!(shipment.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether there is no event yet.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// assert!(shipment.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The events in instant order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(7, 1)?, dhl, EventKind::InTransit))?;
    /// shipment.apply(TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp))?;
    /// let kinds: Vec<EventKind> = shipment.events().iter().map(TrackingEvent::kind).collect();
    /// assert_eq!(kinds, [EventKind::PickedUp, EventKind::InTransit]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn events(&self) -> &[TrackingEvent] {
        &self.events
    }

    /// The last event in instant order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(7, 1)?, dhl, EventKind::InTransit))?;
    /// shipment.apply(TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp))?;
    /// assert_eq!(shipment.last_event().map(TrackingEvent::kind), Some(EventKind::InTransit));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_event(&self) -> Option<&TrackingEvent> {
        self.events.last()
    }

    /// The milestones no carrier scanned but the parcel must have passed, in order.
    ///
    /// A milestone is inferred when an event proves the parcel went past it and no event on the
    /// timeline scans it.
    ///
    /// # Examples
    ///
    /// See [`Shipment`].
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(8, 2)?, dhl, EventKind::CustomsProcessing))?;
    /// let inferred: Vec<Status> = shipment.inferred().map(|i| i.milestone()).collect();
    /// assert_eq!(inferred, [Status::PickedUp { leg: 0 }, Status::ArrivedInDestination]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn inferred(&self) -> impl Iterator<Item = Inferred> + '_ {
        self.timeline().into_iter().filter_map(|e| match e {
            TimelineEntry::Inferred(i) => Some(i),
            TimelineEntry::Scan { .. } => None,
        })
    }

    /// The buyer's timeline: every event with the status after it, and each inferred milestone
    /// just before the event that proves it; one thread across all legs.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// # use chrono::{TimeZone, Utc};
    /// # let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf));
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let mut shipment = Shipment::new(route.clone());
    /// # let _ = (&dhl, &sf, &t, &mut shipment);
    /// shipment.apply(TrackingEvent::new(t(6, 18)?, dhl, EventKind::PickedUp))?;
    /// shipment.apply(TrackingEvent::new(t(9, 7)?, sf, EventKind::PickedUp))?;
    /// let lines: Vec<String> = shipment
    ///     .timeline()
    ///     .iter()
    ///     .map(|line| match line {
    ///         TimelineEntry::Scan { status, .. } => status.to_string(),
    ///         TimelineEntry::Inferred(i) => format!("({})", i.milestone()),
    ///         _ => String::new(),
    ///     })
    ///     .collect();
    /// assert_eq!(lines, [
    ///     "picked_up:0",
    ///     "(arrived_in_destination)",
    ///     "(customs_released)",
    ///     "(handed_off:1)",
    ///     "picked_up:1",
    /// ]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn timeline(&self) -> Vec<TimelineEntry<'_>> {
        let table = self.route.table();
        // Milestones some event scans (segments ≤ 35 fit in a u64).
        let scanned = self
            .replay()
            .filter(|(e, _, _)| scans_milestone(e.kind()))
            .fold(0_u64, |bits, (_, slot, _)| {
                bits | 1_u64.checked_shl(u32::from(slot.lo)).unwrap_or(0)
            });
        let mut lines = Vec::with_capacity(self.events.len());
        let mut high = 0_u8;
        let mut prev_at = None;
        for (event, slot, after) in self.replay() {
            let own = scans_milestone(event.kind()).then_some(slot.lo);
            for segment in high.saturating_add(1)..=slot.lo {
                let bit = 1_u64.checked_shl(u32::from(segment)).unwrap_or(0);
                if own == Some(segment) || scanned & bit != 0 {
                    continue;
                }
                if let Some(milestone) = table.milestone(segment) {
                    lines.push(TimelineEntry::Inferred(Inferred {
                        milestone,
                        after: prev_at,
                        by: event.at(),
                    }));
                }
            }
            lines.push(TimelineEntry::Scan { event, status: after.status });
            high = after.high;
            prev_at = Some(event.at());
        }
        lines
    }
}

/// Orders `event` (of route rank `rank`) against `other` (of rank `other_rank`): instant, rank
/// on the route, the events' own order.
#[inline]
fn compare(event: &TrackingEvent, rank: u16, other: &TrackingEvent, other_rank: u16) -> Ordering {
    event.at().cmp(&other.at()).then(rank.cmp(&other_rank)).then_with(|| event.cmp(other))
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Route, Shipment, Status, TrackingEvent};

    #[derive(serde::Serialize)]
    struct ReprRef<'a> {
        route: &'a Route,
        events: &'a [TrackingEvent],
        status: Status,
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        route: Route,
        events: Vec<TrackingEvent>,
        #[serde(default)]
        status: Option<Status>,
    }

    impl serde::Serialize for Shipment {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            ReprRef { route: &self.route, events: &self.events, status: self.status() }
                .serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for Shipment {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            use serde::de::Error;
            let r = Repr::deserialize(deserializer)?;
            let shipment = Shipment::from_events(r.route, r.events).map_err(D::Error::custom)?;
            if let Some(stored) = r.status
                && stored != shipment.status()
            {
                return Err(D::Error::custom(format_args!(
                    "stored status {stored} but the events replay to {}",
                    shipment.status()
                )));
            }
            Ok(shipment)
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::carrier::{Carrier, TrackingNumber};
    use crate::geo::Country;
    use crate::shipment::{CustomsMode, Leg, LegRef, Location};
    use crate::warehouse::TransportMode;

    fn route() -> (Route, [LegRef; 2]) {
        let pvg = Location::place("Shanghai Pudong port of entry", Country::CN).unwrap();
        let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494").unwrap();
        let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739").unwrap();
        let lax = Location::place("Los Angeles gateway", Country::US).unwrap();
        let hz = Location::place("杭州市西湖区", Country::CN).unwrap();
        let legs = vec![
            Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air, lax, pvg.clone(), dhl).unwrap(),
            Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg, hz, sf).unwrap(),
        ];
        let refs = [LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf)];
        (Route::try_new(CustomsMode::DirectPurchase, legs, 1).unwrap(), refs)
    }

    #[test]
    fn a_shipment_is_one_cache_line() {
        assert_eq!(std::mem::size_of::<Shipment>(), 64);
        assert_eq!(std::mem::align_of::<Shipment>(), 64);
    }

    /// The inlined append path decides exactly what the full plan decides: for every kind on
    /// either leg, at, just before and just after the last event's instant, with and without a
    /// raw code (the tie-breaker), after every prefix of a journey.
    #[test]
    fn the_append_path_agrees_with_the_full_plan() {
        let (route, [dhl, sf]) = route();
        let t = |h: i64| {
            Utc.with_ymd_and_hms(2026, 7, 6, 0, 0, 0).unwrap() + chrono::Duration::hours(h)
        };
        let journey = [
            (0, dhl, EventKind::LabelCreated),
            (6, dhl, EventKind::PickedUp),
            (12, dhl, EventKind::InTransit),
            (18, dhl, EventKind::ArrivedInDestination),
            (24, dhl, EventKind::CustomsProcessing),
            (30, dhl, EventKind::CustomsReleased),
            (36, dhl, EventKind::HandedOff),
            (42, sf, EventKind::PickedUp),
            (48, sf, EventKind::OutForDelivery),
            (54, sf, EventKind::Delivered),
        ];
        let mut shipment = Shipment::new(route);
        let mut appended_fast = 0;
        for (hour, leg, kind) in journey {
            for candidate_hour in [hour - 7, hour - 6, hour - 1, hour, hour + 1] {
                for candidate_leg in [dhl, sf] {
                    for candidate_kind in EventKind::ALL.iter().copied() {
                        let plain =
                            TrackingEvent::new(t(candidate_hour), candidate_leg, candidate_kind);
                        for event in [plain.clone(), plain.with_raw_code("X".parse().unwrap())] {
                            let (mut fast, mut full) = (shipment.clone(), shipment.clone());
                            if shipment.append_on_same_leg(&event).is_some() {
                                appended_fast += 1;
                            }
                            assert_eq!(
                                fast.apply(event.clone()),
                                full.apply_planned(event.clone()),
                                "{event:?}"
                            );
                            assert_eq!(fast, full, "{event:?}");
                        }
                    }
                }
            }
            assert_eq!(
                shipment.apply(TrackingEvent::new(t(hour), leg, kind)),
                Ok(Applied::Appended)
            );
        }
        assert!(appended_fast > 0);
    }
}
