//! [`Route`]: the validated chain of legs, its customs mode and clearance point, and the
//! hand-offs between carriers.

use std::fmt;

use super::error::{ParseShipmentCodeError, RouteError};
use super::event::{EventKind, LegRef};
use super::leg::Leg;
use super::location::Location;
use super::status::Status;
use crate::carrier::{CarrierRole, TrackingNumber};
use crate::warehouse::{CustomsDistrict, Network, Node, NodeKind};

/// How the parcel enters China, which decides where customs clears it.
///
/// # Examples
///
/// ```
/// use crossborder::shipment::CustomsMode;
///
/// assert_eq!(CustomsMode::DirectPurchase.trade_mode_code(), Some("9610"));
/// assert_eq!(CustomsMode::BondedImport.trade_mode_code(), Some("1210"));
/// assert_eq!(CustomsMode::PostalArticles.trade_mode_code(), None);
/// assert_eq!("bonded_import".parse::<CustomsMode>()?, CustomsMode::BondedImport);
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
    parse_err_ty = ParseShipmentCodeError,
    parse_err_fn = ParseShipmentCodeError::customs_mode
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CustomsMode {
    /// Cross-border e-commerce direct purchase import (直购进口, 监管方式 `9610`): the parcel
    /// flies in on its own and clears at the port of entry, between the international leg and
    /// the domestic leg.
    DirectPurchase,
    /// Cross-border e-commerce bonded import (网购保税进口, 监管方式 `1210`): the goods entered a
    /// bonded warehouse in bulk; each parcel clears there before its (usually only) leg leaves.
    BondedImport,
    /// Personal postal articles (个人邮递物品, 行邮): postal operators carry the parcel, often
    /// under one UPU S10 number end to end, and the destination post presents it to customs at
    /// the office of exchange.
    PostalArticles,
}

impl CustomsMode {
    /// Every mode.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::CustomsMode;
    ///
    /// assert_eq!(CustomsMode::ALL.len(), 3);
    /// ```
    pub const ALL: &[Self] = &[Self::DirectPurchase, Self::BondedImport, Self::PostalArticles];

    /// The customs supervision code (监管方式, `tradeMode` of the CEB inventory), where the
    /// mode has one.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::CustomsMode;
    ///
    /// assert_eq!(CustomsMode::DirectPurchase.trade_mode_code(), Some("9610"));
    /// ```
    pub fn trade_mode_code(self) -> Option<&'static str> {
        match self {
            Self::DirectPurchase => Some("9610"),
            Self::BondedImport => Some("1210"),
            Self::PostalArticles => None,
        }
    }

    /// The snake-case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::CustomsMode;
    ///
    /// assert_eq!(CustomsMode::PostalArticles.as_str(), "postal_articles");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A hand-off between two consecutive legs: where it happens, the outgoing leg's number and the
/// incoming leg's number, so that a buyer's timeline is one thread across carriers.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, TrackingNumber};
/// use crossborder::geo::Country;
/// use crossborder::shipment::{CustomsMode, Leg, Location, Route};
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
///         pvg.clone(),
///         Location::place("杭州市西湖区", Country::CN)?,
///         sf,
///     )?)
///     .build()?;
/// let hand_off = route.hand_offs().next().ok_or("one hand-off")?;
/// assert_eq!(hand_off.at(), &pvg);
/// assert_eq!(hand_off.outgoing().number(), &dhl);
/// assert_eq!(hand_off.incoming().number(), &sf);
/// assert!(!hand_off.keeps_number());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HandOff<'a> {
    from: usize,
    at: &'a Location,
    outgoing: LegRef,
    incoming: LegRef,
}

impl<'a> HandOff<'a> {
    /// The index of the outgoing leg (the incoming leg is the next one).
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
    /// let h = route.hand_offs().next().ok_or("a hand-off")?;
    /// assert_eq!(h.from_leg(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_leg(&self) -> usize {
        self.from
    }

    /// Where the parcel changes hands.
    ///
    /// # Examples
    ///
    /// See [`HandOff`].
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
    /// let h = route.hand_offs().next().ok_or("a hand-off")?;
    /// assert_eq!(h.at(), &pvg);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn at(&self) -> &'a Location {
        self.at
    }

    /// The outgoing leg's primary reference.
    ///
    /// # Examples
    ///
    /// See [`HandOff`].
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
    /// let h = route.hand_offs().next().ok_or("a hand-off")?;
    /// assert_eq!(h.outgoing(), LegRef::new(Carrier::DhlEcommerce, dhl));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn outgoing(&self) -> LegRef {
        self.outgoing
    }

    /// The incoming leg's primary reference.
    ///
    /// # Examples
    ///
    /// See [`HandOff`].
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
    /// let h = route.hand_offs().next().ok_or("a hand-off")?;
    /// assert_eq!(h.incoming(), LegRef::new(Carrier::SfExpress, sf));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn incoming(&self) -> LegRef {
        self.incoming
    }

    /// Whether the parcel keeps its number across the hand-off (postal operators sharing an S10
    /// number).
    ///
    /// # Examples
    ///
    /// See [`HandOff`].
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
    /// let h = route.hand_offs().next().ok_or("a hand-off")?;
    /// assert!(!h.keeps_number()); // GM… becomes SF…
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn keeps_number(&self) -> bool {
        self.outgoing.number() == self.incoming.number()
    }
}

/// Where an event kind may sit on a route: the lowest and highest segment (stretch between
/// required milestones) it may belong to, and its rank for ordering events at equal instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Slot {
    /// The segment the event proves the parcel reached (skipped milestones up to it are
    /// inferred).
    pub(crate) lo: u8,
    /// The highest segment the parcel may have reached before the event.
    pub(crate) hi: u8,
    /// Order among events at the same instant.
    pub(crate) rank: u16,
}

/// No upper bound.
const OPEN: u8 = u8::MAX;

/// A route compiled for the state machine.
///
/// The route's required milestones (pick-up by each leg, arrival in the destination country,
/// customs release, each hand-off) cut the journey into segments: segment 0 is before the
/// first milestone, segment `i` starts at milestone `i - 1`. Every (leg, kind) gets a
/// [`Slot`]; the machine keeps the highest segment reached.
///
/// With `n` legs and clearance before leg `c` the milestones are, in order: for bonded import
/// (`c = 0`) the release, then per leg its pick-up and (but the last) its hand-off; otherwise
/// per leg its pick-up, for leg `c - 1` the arrival and the release, and (but the last) its
/// hand-off. The segment numbers follow in closed form, so [`slot`](Self::slot) needs no
/// memory beyond these few bytes (the hot path touches no table).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Table {
    /// The closed forms' inputs and results.
    pub(crate) shape: Shape,
    /// Milestone `i` starts segment `i + 1`.
    pub(crate) milestones: Vec<Status>,
}

impl Table {
    /// `legs` in 1..=16 and `clearance_before < legs` (checked by `Route::try_new`).
    fn compile(legs: usize, clearance_before: usize) -> Self {
        let n = u8::try_from(legs).unwrap_or(u8::MAX);
        let c = u8::try_from(clearance_before).unwrap_or(u8::MAX);
        let mut shape = Shape { legs: n, clearance: c, release: 0, arrival: 0, last: 0 };
        shape.arrival = if c == 0 { 0 } else { shape.pickup(c - 1).saturating_add(1) };
        shape.release = if c == 0 { 1 } else { shape.arrival.saturating_add(1) };
        shape.last = shape.pickup(n.saturating_sub(1));
        let mut milestones = Vec::new();
        if c == 0 {
            milestones.push(Status::CustomsReleased);
        }
        for k in 0..legs {
            milestones.push(Status::PickedUp { leg: k });
            if k + 1 < legs {
                if clearance_before == k + 1 {
                    milestones.push(Status::ArrivedInDestination);
                    milestones.push(Status::CustomsReleased);
                }
                milestones.push(Status::HandedOff { to: k + 1 });
            }
        }
        Self { shape, milestones }
    }

    /// The milestone that starts `segment` (≥ 1).
    pub(crate) fn milestone(&self, segment: u8) -> Option<Status> {
        usize::from(segment).checked_sub(1).and_then(|i| self.milestones.get(i)).copied()
    }
}

/// The few numbers the closed forms need: a shipment keeps a copy next to its state, so the
/// hot path reads nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Shape {
    legs: u8,
    clearance: u8,
    /// The segment that starts with customs release.
    pub(crate) release: u8,
    /// The segment that starts with arrival in the destination country (0 for bonded import).
    arrival: u8,
    /// The last segment (the last leg's pick-up).
    last: u8,
}

impl Shape {
    /// The segment that starts with leg `k`'s pick-up.
    #[inline]
    fn pickup(self, k: u8) -> u8 {
        let c = self.clearance;
        if c == 0 { 2 + 2 * k } else { 1 + 2 * k + if k >= c { 2 } else { 0 } }
    }

    /// The segment that starts with the hand-off from leg `k` (`k + 1 < legs`).
    fn hand_off(self, k: u8) -> u8 {
        let c = self.clearance;
        self.pickup(k) + 1 + if c > 0 && k + 1 == c { 2 } else { 0 }
    }

    /// The last segment leg `k` holds the parcel in.
    fn end(self, k: u8) -> u8 {
        if k + 1 < self.legs { self.hand_off(k) - 1 } else { self.last }
    }

    /// Where `kind` reported by leg `leg` sits, or `None` when that leg cannot report it.
    #[inline]
    pub(crate) fn slot(self, leg: usize, kind: EventKind) -> Option<Slot> {
        let k = u8::try_from(leg).ok().filter(|k| *k < self.legs)?;
        let c = self.clearance;
        let next = k + 1 < self.legs;
        let customs_leg = if c == 0 { k == 0 } else { k + 1 == c || k == c };
        let customs = if c == 0 { 0 } else { self.arrival };
        let p = self.pickup(k);
        let (lo, hi) = match kind {
            EventKind::LabelCreated | EventKind::Returned | EventKind::Lost => (0, OPEN),
            EventKind::PickedUp => (p, p),
            EventKind::InTransit => (p, self.end(k)),
            EventKind::ArrivedInDestination if customs_leg && c > 0 => (self.arrival, self.arrival),
            EventKind::CustomsProcessing
            | EventKind::CustomsHeld(_)
            | EventKind::SeizedByCustoms
                if customs_leg =>
            {
                (customs, customs)
            }
            EventKind::CustomsReleased if customs_leg => (self.release, self.release),
            EventKind::HandedOff if next => {
                let h = self.hand_off(k);
                (h, h)
            }
            EventKind::OutForDelivery
            | EventKind::DeliveryAttemptFailed
            | EventKind::AvailableForPickup
            | EventKind::Delivered
                if !next =>
            {
                (p, p)
            }
            EventKind::Exception(_) | EventKind::ReturningToSender => (0, self.end(k)),
            EventKind::Cancelled => (0, self.pickup(0) - 1),
            _ => return None,
        };
        // Ties between events at the same instant: along the route, then exceptions, returns,
        // and final kinds last.
        let i = u16::from(kind.index_u8());
        let rank = match kind {
            EventKind::LabelCreated => 0,
            EventKind::Exception(_) => 0xF000,
            EventKind::ReturningToSender => 0xF100,
            k if k.is_terminal() => 0xFF00 + i,
            _ => (u16::from(lo) + 1) * 32 + i,
        };
        Some(Slot { lo, hi, rank })
    }

    /// The leg holding the parcel once `segment` is reached.
    pub(crate) fn custody(self, segment: u8) -> usize {
        (0..self.legs).rev().find(|k| self.pickup(*k) <= segment).map_or(0, |k| {
            // Past a hand-off the incoming leg holds the parcel.
            let next = k + 1 < self.legs && self.hand_off(k) <= segment;
            usize::from(k) + usize::from(next)
        })
    }
}

/// The validated chain of legs a parcel travels, with its customs mode and clearance point.
///
/// Rules checked on construction:
/// - 1 to [`MAX_LEGS`](Self::MAX_LEGS) legs; each leg starts where the previous one ended;
/// - the clearance point fits the mode: bonded import (1210) clears at the start of the first
///   leg, at the bonded warehouse (`clearance_before == 0`); direct purchase (9610) and postal
///   articles clear at the location between leg `clearance_before - 1` (the international
///   leg, ending at the port of entry or office of exchange) and leg `clearance_before` (the
///   domestic leg);
/// - on a postal-articles route every carrier is a postal operator;
/// - no two legs share a carrier and number (events must name one leg).
///
/// With the `serde` feature a route is written as
/// `{"customs_mode": "direct_purchase", "clearance_before": 1, "legs": [Leg, …]}` and read
/// back through [`try_new`](Self::try_new).
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, TrackingNumber};
/// use crossborder::geo::Country;
/// use crossborder::shipment::{CustomsMode, Leg, Location, Route};
/// use crossborder::warehouse::TransportMode;
///
/// let bonded = Location::place("Ningbo bonded warehouse", Country::CN)?;
/// let jd = TrackingNumber::parse(Carrier::JdLogistics, "JDV000000058367")?;
/// let leg = Leg::try_new(
///     Carrier::JdLogistics,
///     TransportMode::Road,
///     bonded.clone(),
///     Location::place("北京市朝阳区", Country::CN)?,
///     jd,
/// )?;
/// let route = Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?;
/// assert_eq!(route.clearance_location(), &bonded);
/// assert_eq!(route.hand_offs().count(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Route {
    mode: CustomsMode,
    legs: Vec<Leg>,
    clearance_before: usize,
    /// `legs[clearance_before].from()`, kept so the accessor needs no fallible look-up.
    clearance_location: Location,
    table: Table,
}

impl fmt::Debug for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Route")
            .field("mode", &self.mode)
            .field("clearance_before", &self.clearance_before)
            .field("legs", &self.legs)
            .finish_non_exhaustive()
    }
}

impl Route {
    /// The most legs a route may have.
    pub const MAX_LEGS: usize = 16;

    /// Checks and builds a route.
    ///
    /// `clearance_before` is the index of the first leg that starts after customs release: `0`
    /// for bonded import, the index of the domestic leg otherwise.
    ///
    /// # Errors
    ///
    /// [`RouteError`]: no legs, too many, a broken chain, a clearance point that does not fit
    /// the mode, a non-postal carrier on a postal route, two legs with the same reference.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::{CustomsMode, Leg, Location, Route, RouteError};
    /// use crossborder::warehouse::TransportMode;
    ///
    /// let jd = TrackingNumber::parse(Carrier::JdLogistics, "JDV000000058367")?;
    /// let leg = Leg::try_new(
    ///     Carrier::JdLogistics,
    ///     TransportMode::Road,
    ///     Location::place("Ningbo bonded warehouse", Country::CN)?,
    ///     Location::place("北京市朝阳区", Country::CN)?,
    ///     jd,
    /// )?;
    /// // Direct purchase needs an international leg before the clearance point.
    /// let err = Route::try_new(CustomsMode::DirectPurchase, vec![leg], 0).unwrap_err();
    /// assert!(matches!(err, RouteError::Clearance { clearance_before: 0, .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(
        mode: CustomsMode,
        legs: Vec<Leg>,
        clearance_before: usize,
    ) -> Result<Self, RouteError> {
        let count = legs.len();
        if count == 0 {
            return Err(RouteError::NoLegs);
        }
        if count > Self::MAX_LEGS {
            return Err(RouteError::TooManyLegs { count, max: Self::MAX_LEGS });
        }
        for (leg, pair) in legs.windows(2).enumerate() {
            if let [previous, next] = pair
                && previous.to() != next.from()
            {
                return Err(RouteError::Broken {
                    leg: leg + 1,
                    starts: next.from().to_string(),
                    previous: leg,
                    previous_ends: previous.to().to_string(),
                });
            }
        }
        let (fits, expected) = match mode {
            CustomsMode::BondedImport => {
                (clearance_before == 0, "at the bonded warehouse, before the first leg")
            }
            CustomsMode::DirectPurchase | CustomsMode::PostalArticles => (
                (1..count).contains(&clearance_before),
                "between the international leg and the domestic leg",
            ),
        };
        if !fits {
            return Err(RouteError::Clearance { mode, clearance_before, legs: count, expected });
        }
        if mode == CustomsMode::PostalArticles
            && let Some((leg, l)) = legs
                .iter()
                .enumerate()
                .find(|(_, l)| l.carrier().role() != CarrierRole::PostalOperator)
        {
            return Err(RouteError::NotPostal { leg, carrier: l.carrier() });
        }
        for (first, a) in legs.iter().enumerate() {
            for (offset, b) in legs.iter().skip(first + 1).enumerate() {
                if let Some(r) = b.refs().find(|r| a.tracks(r)) {
                    return Err(RouteError::DuplicateLegRef {
                        first,
                        second: first + 1 + offset,
                        carrier: r.carrier(),
                        number: *r.number(),
                    });
                }
            }
        }
        let table = Table::compile(count, clearance_before);
        let Some(clearance_location) = legs.get(clearance_before).map(|l| l.from().clone()) else {
            return Err(RouteError::Clearance {
                mode,
                clearance_before,
                legs: count,
                expected: "before an existing leg",
            });
        };
        Ok(Self { mode, legs, clearance_before, clearance_location, table })
    }

    /// A builder that reads like the journey: legs in order, with
    /// [`clearance`](RouteBuilder::clearance) where customs clears.
    ///
    /// # Examples
    ///
    /// See [`HandOff`].
    ///
    /// ```
    /// use crossborder::shipment::{CustomsMode, Route};
    ///
    /// let builder = Route::builder(CustomsMode::DirectPurchase);
    /// assert!(builder.build().is_err()); // no legs yet
    /// ```
    pub fn builder(mode: CustomsMode) -> RouteBuilder {
        RouteBuilder { mode, legs: Vec::new(), clearances: Vec::new() }
    }

    /// The customs mode.
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
    /// assert_eq!(route.customs_mode(), CustomsMode::DirectPurchase);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn customs_mode(&self) -> CustomsMode {
        self.mode
    }

    /// The legs, in order.
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
    /// let carriers: Vec<Carrier> = route.legs().iter().map(Leg::carrier).collect();
    /// assert_eq!(carriers, [Carrier::DhlEcommerce, Carrier::SfExpress]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn legs(&self) -> &[Leg] {
        &self.legs
    }

    /// The index of the first leg that starts after customs release.
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
    /// assert_eq!(route.clearance_before(), 1); // SF's leg starts after release
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn clearance_before(&self) -> usize {
        self.clearance_before
    }

    /// Where customs clears the parcel: the port of entry or office of exchange between the
    /// international and domestic legs, or the bonded warehouse where the first leg starts.
    ///
    /// # Examples
    ///
    /// See [`Route`].
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
    /// assert_eq!(route.clearance_location(), &pvg);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn clearance_location(&self) -> &Location {
        &self.clearance_location
    }

    /// Checks the route's nodes against the logistics network: every node a leg starts or
    /// ends at exists, and customs clears at a node of the right kind (a bonded warehouse for
    /// bonded import; a port of entry for direct purchase and postal articles). Places given by
    /// name are not checked.
    ///
    /// # Errors
    ///
    /// [`RouteError::UnknownNode`], [`RouteError::ClearanceNode`].
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveTime;
    /// use crossborder::calendar::BusinessCalendar;
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::{CustomsMode, Leg, Location, Route, RouteError};
    /// use crossborder::warehouse::{CustomsDistrict, Network, Node, NodeKind, TransportMode};
    ///
    /// let noon = NaiveTime::from_hms_opt(12, 0, 0).ok_or("time")?;
    /// let node = |code: &str, kind, country, zone| -> Result<Node, Box<dyn std::error::Error>> {
    ///     let mut b = Node::builder(code.parse()?, kind, country)
    ///         .time_zone(zone)
    ///         .calendar(BusinessCalendar::china())
    ///         .cutoff(noon)
    ///         .handling_days(1);
    ///     if kind == NodeKind::PortOfEntry {
    ///         b = b.customs_district(CustomsDistrict::PUDONG_AIRPORT);
    ///     }
    ///     Ok(b.build()?)
    /// };
    /// let network = Network::try_new(
    ///     vec![
    ///         node("LAX-GW", NodeKind::ExportGateway, Country::US, chrono_tz::America::Los_Angeles)?,
    ///         node("PVG", NodeKind::PortOfEntry, Country::CN, chrono_tz::Asia::Shanghai)?,
    ///     ],
    ///     vec![],
    /// )?;
    /// let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// let pvg = Location::node("PVG".parse()?);
    /// let route = Route::builder(CustomsMode::DirectPurchase)
    ///     .leg(Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air, Location::node("LAX-GW".parse()?), pvg.clone(), dhl)?)
    ///     .clearance()
    ///     .leg(Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg, Location::place("杭州市西湖区", Country::CN)?, sf)?)
    ///     .build()?;
    /// route.check_network(&network)?;
    /// assert_eq!(route.clearance_district(&network), Some(CustomsDistrict::PUDONG_AIRPORT));
    ///
    /// // The same legs as a bonded-import route would clear at LAX-GW, which is no bonded warehouse.
    /// let bonded = Route::try_new(CustomsMode::BondedImport, route.legs().to_vec(), 0)?;
    /// assert!(matches!(
    ///     bonded.check_network(&network),
    ///     Err(RouteError::ClearanceNode { kind: NodeKind::ExportGateway, .. })
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_network(&self, network: &Network) -> Result<(), RouteError> {
        for (leg, l) in self.legs.iter().enumerate() {
            for code in [l.from(), l.to()].into_iter().filter_map(Location::node_code) {
                if network.node(code).is_none() {
                    return Err(RouteError::UnknownNode { leg, code });
                }
            }
        }
        if let Some(code) = self.clearance_location.node_code()
            && let Some(node) = network.node(code)
        {
            let expected = match self.mode {
                CustomsMode::BondedImport => NodeKind::BondedWarehouse,
                CustomsMode::DirectPurchase | CustomsMode::PostalArticles => NodeKind::PortOfEntry,
            };
            if node.kind() != expected {
                return Err(RouteError::ClearanceNode {
                    mode: self.mode,
                    code,
                    kind: node.kind(),
                    expected,
                });
            }
        }
        Ok(())
    }

    /// The customs district (关区) of the clearance node, when the clearance location is a node
    /// of `network` that has one.
    ///
    /// # Examples
    ///
    /// See [`check_network`](Self::check_network).
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::{Network, TransportMode};
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(CustomsMode::DirectPurchase, vec![international, domestic], 1)?;
    /// // A clearance place given by name has no district.
    /// let empty = Network::try_new(vec![], vec![])?;
    /// assert_eq!(route.clearance_district(&empty), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn clearance_district(&self, network: &Network) -> Option<CustomsDistrict> {
        self.clearance_location
            .node_code()
            .and_then(|c| network.node(c))
            .and_then(Node::customs_district)
    }

    /// The index of the leg `leg` names, if it is on the route.
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
    /// assert_eq!(route.leg_of(&LegRef::new(Carrier::SfExpress, sf)), Some(1));
    /// assert_eq!(route.leg_of(&LegRef::new(Carrier::ChinaPost, sf)), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn leg_of(&self, leg: &LegRef) -> Option<usize> {
        self.legs.iter().position(|l| l.tracks(leg))
    }

    /// The legs tracked under `number`, whatever the carrier (a buyer pastes a number; a postal
    /// S10 number may name two legs).
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
    /// assert_eq!(route.legs_tracking(&sf).collect::<Vec<_>>(), [1]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn legs_tracking<'a>(
        &'a self,
        number: &'a TrackingNumber,
    ) -> impl Iterator<Item = usize> + 'a {
        self.legs.iter().enumerate().filter(|(_, l)| l.numbers().contains(number)).map(|(i, _)| i)
    }

    /// The hand-offs between consecutive legs.
    ///
    /// # Examples
    ///
    /// See [`HandOff`].
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
    /// assert_eq!(route.hand_offs().count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn hand_offs(&self) -> impl Iterator<Item = HandOff<'_>> + '_ {
        self.legs.windows(2).enumerate().filter_map(|(from, pair)| match pair {
            [out, into] => Some(HandOff {
                from,
                at: out.to(),
                outgoing: out.primary(),
                incoming: into.primary(),
            }),
            _ => None,
        })
    }

    /// The milestones every parcel on this route passes, in order (pick-up by each leg, arrival
    /// in the destination country, customs release, each hand-off). When a carrier skips one,
    /// the shipment's timeline records it as inferred.
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
    /// assert_eq!(route.milestones(), [
    ///     Status::PickedUp { leg: 0 },
    ///     Status::ArrivedInDestination,
    ///     Status::CustomsReleased,
    ///     Status::HandedOff { to: 1 },
    ///     Status::PickedUp { leg: 1 },
    /// ]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn milestones(&self) -> &[Status] {
        &self.table.milestones
    }

    pub(crate) fn table(&self) -> &Table {
        &self.table
    }

    pub(crate) fn shape(&self) -> Shape {
        self.table.shape
    }

    /// The leg index and slot of an event, or the rule it breaks.
    #[inline]
    pub(crate) fn locate(
        &self,
        leg: &LegRef,
        kind: EventKind,
    ) -> Result<(u8, Slot), super::error::TransitionRule> {
        use super::error::TransitionRule;
        let index = self.leg_of(leg).ok_or(TransitionRule::LegNotOnRoute)?;
        let slot = self.table.shape.slot(index, kind).ok_or(TransitionRule::KindNotOnLeg)?;
        // `index < MAX_LEGS = 16`.
        Ok((u8::try_from(index).unwrap_or(u8::MAX), slot))
    }
}

/// Builds a [`Route`] leg by leg; see [`Route::builder`].
///
/// # Examples
///
/// See [`HandOff`].
///
/// ```
/// use crossborder::shipment::{CustomsMode, Route, RouteError};
///
/// let err = Route::builder(CustomsMode::BondedImport).clearance().build().unwrap_err();
/// assert_eq!(err, RouteError::NoLegs);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteBuilder {
    mode: CustomsMode,
    legs: Vec<Leg>,
    clearances: Vec<usize>,
}

impl RouteBuilder {
    /// Adds the next leg.
    ///
    /// # Examples
    ///
    /// See [`HandOff`].
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
    /// let built = Route::builder(CustomsMode::DirectPurchase)
    ///     .leg(international)
    ///     .clearance()
    ///     .leg(domestic)
    ///     .build()?;
    /// assert_eq!(built, route);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn leg(mut self, leg: Leg) -> Self {
        self.legs.push(leg);
        self
    }

    /// Marks customs clearance here: after the legs added so far, before the next one.
    ///
    /// # Examples
    ///
    /// See [`HandOff`].
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
    /// // Two clearance points are one too many.
    /// let err = Route::builder(CustomsMode::DirectPurchase)
    ///     .leg(international)
    ///     .clearance()
    ///     .clearance()
    ///     .leg(domestic)
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err, RouteError::ClearanceCount { count: 2 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn clearance(mut self) -> Self {
        self.clearances.push(self.legs.len());
        self
    }

    /// Checks and builds the route.
    ///
    /// # Errors
    ///
    /// [`RouteError::ClearanceCount`] unless [`clearance`](Self::clearance) was called exactly
    /// once, then as [`Route::try_new`].
    ///
    /// # Examples
    ///
    /// See [`HandOff`].
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
    /// let err = Route::builder(CustomsMode::BondedImport).leg(international).clearance().build();
    /// assert!(matches!(err, Err(RouteError::Clearance { clearance_before: 1, .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<Route, RouteError> {
        if self.legs.is_empty() {
            return Err(RouteError::NoLegs);
        }
        match self.clearances.as_slice() {
            [at] => Route::try_new(self.mode, self.legs, *at),
            other => Err(RouteError::ClearanceCount { count: other.len() }),
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{CustomsMode, Leg, Route};

    #[derive(serde::Serialize)]
    struct ReprRef<'a> {
        customs_mode: CustomsMode,
        clearance_before: usize,
        legs: &'a [Leg],
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        customs_mode: CustomsMode,
        clearance_before: usize,
        legs: Vec<Leg>,
    }

    impl serde::Serialize for Route {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            ReprRef {
                customs_mode: self.mode,
                clearance_before: self.clearance_before,
                legs: &self.legs,
            }
            .serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for Route {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let r = Repr::deserialize(deserializer)?;
            Route::try_new(r.customs_mode, r.legs, r.clearance_before)
                .map_err(serde::de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The segment a milestone starts, found by searching the milestone list (an oracle
    /// independent of the closed forms).
    fn segment_of(table: &Table, milestone: Status) -> u8 {
        let i = table.milestones.iter().position(|m| *m == milestone).unwrap();
        u8::try_from(i + 1).unwrap()
    }

    #[test]
    fn closed_form_segments_match_the_milestone_list() {
        for legs in 1..=Route::MAX_LEGS {
            let clearances: Vec<usize> = std::iter::once(0).chain(1..legs).collect();
            for c in clearances {
                let t = Table::compile(legs, c);
                // Milestones: release first for bonded; then per leg pick-up, [arrival, release],
                // hand-off.
                let expected = legs * 2 - 1 + 2 - usize::from(c == 0);
                assert_eq!(t.milestones.len(), expected, "{legs} legs, clearance {c}");
                let last = u8::try_from(t.milestones.len()).unwrap();
                assert_eq!(t.shape.last, last);
                assert_eq!(t.shape.release, segment_of(&t, Status::CustomsReleased));
                if c > 0 {
                    assert_eq!(t.shape.arrival, segment_of(&t, Status::ArrivedInDestination));
                }
                for k in 0..legs {
                    let k8 = u8::try_from(k).unwrap();
                    let p = segment_of(&t, Status::PickedUp { leg: k });
                    assert_eq!(t.shape.pickup(k8), p);
                    let end = if k + 1 < legs {
                        let h = segment_of(&t, Status::HandedOff { to: k + 1 });
                        assert_eq!(t.shape.hand_off(k8), h);
                        assert_eq!(t.shape.custody(h), k + 1);
                        h - 1
                    } else {
                        last
                    };
                    assert_eq!(t.shape.custody(p), k);
                    assert_eq!(
                        t.shape.slot(k, EventKind::InTransit).map(|s| (s.lo, s.hi)),
                        Some((p, end))
                    );
                    assert_eq!(
                        t.shape.slot(k, EventKind::PickedUp).map(|s| (s.lo, s.hi)),
                        Some((p, p))
                    );
                    let customs = if c == 0 { k == 0 } else { k + 1 == c || k == c };
                    assert_eq!(t.shape.slot(k, EventKind::CustomsReleased).is_some(), customs);
                    assert_eq!(
                        t.shape.slot(k, EventKind::ArrivedInDestination).is_some(),
                        customs && c > 0
                    );
                    assert_eq!(t.shape.slot(k, EventKind::Delivered).is_some(), k + 1 == legs);
                    assert_eq!(t.shape.slot(k, EventKind::HandedOff).is_some(), k + 1 < legs);
                    let cancel = t.shape.slot(k, EventKind::Cancelled).unwrap();
                    assert_eq!(cancel.hi, segment_of(&t, Status::PickedUp { leg: 0 }) - 1);
                }
                assert_eq!(t.shape.custody(0), 0);
                assert_eq!(t.shape.slot(legs, EventKind::InTransit), None);
            }
        }
    }

    #[test]
    fn ranks_put_route_order_first_and_final_kinds_last() {
        let t = Table::compile(2, 1);
        let rank = |leg, kind| t.shape.slot(leg, kind).unwrap().rank;
        assert!(rank(0, EventKind::InTransit) < rank(1, EventKind::PickedUp));
        assert!(rank(0, EventKind::CustomsReleased) < rank(0, EventKind::HandedOff));
        assert!(rank(1, EventKind::OutForDelivery) < rank(1, EventKind::DeliveryAttemptFailed));
        assert!(
            rank(1, EventKind::OutForDelivery)
                < rank(1, EventKind::Exception(crate::shipment::ExceptionReason::Delay))
        );
        assert!(rank(1, EventKind::ReturningToSender) < rank(1, EventKind::Delivered));
        assert!(rank(0, EventKind::LabelCreated) < rank(0, EventKind::PickedUp));
    }
}
