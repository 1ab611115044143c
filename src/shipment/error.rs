//! Errors of the `shipment` module.

use std::fmt;

use super::event::TrackingEvent;
use super::route::CustomsMode;
use super::status::Status;
use crate::carrier::{Carrier, TrackingNumber};
use crate::warehouse::{NodeCode, NodeKind};

/// A name that is not one of this module's codes (a status, an event kind, a reason, a customs
/// mode, a vendor status).
///
/// # Examples
///
/// ```
/// use crossborder::shipment::{ParseShipmentCodeError, Status};
///
/// let err: ParseShipmentCodeError = "shipped".parse::<Status>().unwrap_err();
/// assert_eq!(err.kind(), "status");
/// assert_eq!(err.to_string(), "unknown status \"shipped\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} {text:?}")]
pub struct ParseShipmentCodeError {
    kind: &'static str,
    text: String,
}

impl ParseShipmentCodeError {
    pub(crate) fn new(kind: &'static str, text: &str) -> Self {
        Self { kind, text: text.to_owned() }
    }

    pub(crate) fn status(text: &str) -> Self {
        Self::new("status", text)
    }

    pub(crate) fn event_kind(text: &str) -> Self {
        Self::new("event kind", text)
    }

    pub(crate) fn hold_reason(text: &str) -> Self {
        Self::new("customs hold reason", text)
    }

    pub(crate) fn exception_reason(text: &str) -> Self {
        Self::new("exception reason", text)
    }

    pub(crate) fn customs_mode(text: &str) -> Self {
        Self::new("customs mode", text)
    }

    pub(crate) fn rule(text: &str) -> Self {
        Self::new("transition rule", text)
    }

    pub(crate) fn aftership(text: &str) -> Self {
        Self::new("AfterShip code", text)
    }

    pub(crate) fn easypost(text: &str) -> Self {
        Self::new("EasyPost code", text)
    }

    pub(crate) fn track17(text: &str) -> Self {
        Self::new("17TRACK code", text)
    }

    /// What was being parsed (`"status"`, `"event kind"`, `"AfterShip code"` …).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::EventKind;
    ///
    /// let err = "teleported".parse::<EventKind>().unwrap_err();
    /// assert_eq!(err.kind(), "event kind");
    /// ```
    pub fn kind(&self) -> &'static str {
        self.kind
    }

    /// The text that was given.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::EventKind;
    ///
    /// let err = "teleported".parse::<EventKind>().unwrap_err();
    /// assert_eq!(err.text(), "teleported");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// Why a short text (a place name, a carrier's raw code or text, a source id, a service name)
/// was rejected.
///
/// # Examples
///
/// ```
/// use crossborder::shipment::{SourceId, TextError};
///
/// let err = SourceId::try_new(" 42").unwrap_err();
/// assert_eq!(err, TextError::SurroundingWhitespace { what: "source id" });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TextError {
    /// The text is empty.
    #[error("{what} is empty")]
    Empty {
        /// What the text is (`"place name"`, `"raw code"`, …).
        what: &'static str,
    },
    /// The text is longer than allowed.
    #[error("{what} has {len} characters, at most {max} allowed")]
    TooLong {
        /// What the text is.
        what: &'static str,
        /// Its length in characters.
        len: usize,
        /// The most allowed.
        max: usize,
    },
    /// The text starts or ends with white space (trim it first).
    #[error("{what} starts or ends with white space")]
    SurroundingWhitespace {
        /// What the text is.
        what: &'static str,
    },
    /// The text contains a control character where none is allowed.
    #[error("{what} has a control character at byte {position}")]
    ControlChar {
        /// What the text is.
        what: &'static str,
        /// Byte offset of the character.
        position: usize,
    },
}

/// Why a [`Leg`](super::Leg) could not be built.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, TrackingNumber};
/// use crossborder::geo::Country;
/// use crossborder::shipment::{Leg, LegError, Location};
/// use crossborder::warehouse::TransportMode;
///
/// let ups = TrackingNumber::parse(Carrier::Ups, "1Z5R89390357567127")?;
/// let here = Location::place("Ontario, CA", Country::US)?;
/// let there = Location::place("Los Angeles", Country::US)?;
/// let err = Leg::try_new(Carrier::SfExpress, TransportMode::Road, here, there, ups).unwrap_err();
/// assert!(matches!(err, LegError::NumberOfOtherCarrier { leg_carrier: Carrier::SfExpress, .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LegError {
    /// The tracking number belongs to another carrier. Only postal operators share numbers: a
    /// UPU S10 number of one operator may be carried by another postal operator.
    #[error("{number} is a {number_carrier} number, not one of {leg_carrier}")]
    NumberOfOtherCarrier {
        /// The leg's carrier.
        leg_carrier: Carrier,
        /// The number given.
        number: TrackingNumber,
        /// The number's carrier.
        number_carrier: Carrier,
    },
    /// The leg starts and ends at the same location.
    #[error("the leg starts and ends at {location}")]
    SameEnds {
        /// The location.
        location: String,
    },
    /// The tracking number is already on the leg.
    #[error("tracking number {number} is already on the leg")]
    DuplicateNumber {
        /// The number given twice.
        number: TrackingNumber,
    },
    /// More tracking numbers than a leg may have.
    #[error("a leg has at most {max} tracking numbers")]
    TooManyNumbers {
        /// The most allowed.
        max: usize,
    },
}

/// Why a [`Route`](super::Route) is not a valid chain of legs.
///
/// # Examples
///
/// ```
/// use crossborder::shipment::{CustomsMode, Route, RouteError};
///
/// let err = Route::try_new(CustomsMode::DirectPurchase, vec![], 1).unwrap_err();
/// assert_eq!(err, RouteError::NoLegs);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RouteError {
    /// A route needs at least one leg.
    #[error("a route needs at least one leg")]
    NoLegs,
    /// More legs than a route may have.
    #[error("a route has at most {max} legs, {count} given")]
    TooManyLegs {
        /// The number of legs given.
        count: usize,
        /// The most allowed.
        max: usize,
    },
    /// A leg does not start where the previous leg ended.
    #[error("leg {leg} starts at {starts} but leg {previous} ends at {previous_ends}")]
    Broken {
        /// Index of the leg that does not connect.
        leg: usize,
        /// Where it starts.
        starts: String,
        /// Index of the previous leg.
        previous: usize,
        /// Where the previous leg ends.
        previous_ends: String,
    },
    /// The clearance point does not fit the customs mode: bonded import (1210) clears before
    /// the first leg (`clearance_before == 0`); direct purchase (9610) and postal articles clear
    /// between two legs (`1 ≤ clearance_before < legs`).
    #[error("{mode} clears {expected}, not before leg {clearance_before} of {legs}")]
    Clearance {
        /// The route's customs mode.
        mode: CustomsMode,
        /// The leg index given as the first one after clearance.
        clearance_before: usize,
        /// The number of legs.
        legs: usize,
        /// Where the mode clears, in words.
        expected: &'static str,
    },
    /// A personal-postal-articles route has a leg whose carrier is not a postal operator.
    #[error("postal articles travel with postal operators, but leg {leg} is carried by {carrier}")]
    NotPostal {
        /// Index of the leg.
        leg: usize,
        /// Its carrier.
        carrier: Carrier,
    },
    /// Two legs share a carrier and tracking number, so events could not be told apart.
    #[error("legs {first} and {second} both track {carrier} {number}")]
    DuplicateLegRef {
        /// The first leg.
        first: usize,
        /// The second leg.
        second: usize,
        /// The carrier.
        carrier: Carrier,
        /// The number.
        number: TrackingNumber,
    },
    /// A leg starts or ends at a node the network does not have
    /// ([`Route::check_network`](super::Route::check_network)).
    #[error("leg {leg} uses node {code}, which is not in the network")]
    UnknownNode {
        /// Index of the leg.
        leg: usize,
        /// The node code.
        code: NodeCode,
    },
    /// Customs clears at a node of the wrong kind: a bonded-import route must start at a bonded
    /// warehouse, a direct-purchase or postal route must clear at a port of entry
    /// ([`Route::check_network`](super::Route::check_network)).
    #[error("{mode} clears at a {expected}, but {code} is a {kind}")]
    ClearanceNode {
        /// The route's customs mode.
        mode: CustomsMode,
        /// The clearance node.
        code: NodeCode,
        /// Its kind.
        kind: NodeKind,
        /// The kind the mode clears at.
        expected: NodeKind,
    },
    /// The route builder was given no clearance point, or more than one.
    #[error("a route has exactly one clearance point, {count} given")]
    ClearanceCount {
        /// How many were given.
        count: usize,
    },
}

/// A rule of the shipment state machine, named in a [`TransitionError`].
///
/// # Examples
///
/// ```
/// use crossborder::shipment::TransitionRule;
///
/// assert_eq!(TransitionRule::TerminalIsFinal.to_string(), "terminal_is_final");
/// assert_eq!("cancel_after_pickup".parse::<TransitionRule>()?, TransitionRule::CancelAfterPickup);
/// assert!(TransitionRule::Backward.description().contains("milestone"));
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
    parse_err_fn = ParseShipmentCodeError::rule
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TransitionRule {
    /// The event's carrier and tracking number match no leg of the route.
    LegNotOnRoute,
    /// The leg cannot report this kind of event: delivery events come from the last leg, a
    /// hand-off from a leg that has a successor, customs and arrival events from the legs on
    /// either side of the clearance point, arrival in the destination country not at all on a
    /// bonded-import route (the goods entered in bulk, before the parcel existed).
    KindNotOnLeg,
    /// Delivered, returned, lost, cancelled and seized are final: no event may follow.
    TerminalIsFinal,
    /// The event would move the parcel back across a milestone it has passed (pick-up of a
    /// leg, arrival in the destination country, customs release, hand-off).
    Backward,
    /// A customs event after the domestic leg started (or, on a bonded route, after the only
    /// leg left): on an import route the domestic leg starts only after customs release.
    DomesticLegBeforeRelease,
    /// A cancellation after the first carrier picked the parcel up.
    CancelAfterPickup,
    /// A delivery or cancellation after the return to the sender started.
    ReturnInProgress,
}

impl TransitionRule {
    /// Every rule.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::TransitionRule;
    ///
    /// assert_eq!(TransitionRule::ALL.len(), 7);
    /// ```
    pub const ALL: &[Self] = &[
        Self::LegNotOnRoute,
        Self::KindNotOnLeg,
        Self::TerminalIsFinal,
        Self::Backward,
        Self::DomesticLegBeforeRelease,
        Self::CancelAfterPickup,
        Self::ReturnInProgress,
    ];

    /// The rule in one sentence.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::TransitionRule;
    ///
    /// assert_eq!(
    ///     TransitionRule::CancelAfterPickup.description(),
    ///     "a shipment can be cancelled only before the first carrier picks it up"
    /// );
    /// ```
    pub fn description(self) -> &'static str {
        match self {
            Self::LegNotOnRoute => "an event must belong to a leg of the route",
            Self::KindNotOnLeg => "this leg cannot report this kind of event",
            Self::TerminalIsFinal => "delivered, returned, lost, cancelled and seized are final",
            Self::Backward => "a parcel never moves back across a milestone it has passed",
            Self::DomesticLegBeforeRelease => {
                "on an import route the domestic leg starts only after customs release"
            }
            Self::CancelAfterPickup => {
                "a shipment can be cancelled only before the first carrier picks it up"
            }
            Self::ReturnInProgress => {
                "once the return to the sender has started the parcel can no longer be delivered or cancelled"
            }
        }
    }
}

/// An event the state machine rejected; the shipment is unchanged.
///
/// It names the shipment's status where the event would have gone (in instant order), the
/// event, the rule it breaks and, when the event arrived late and would have made an event
/// already on the timeline illegal, that later event.
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
/// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// let leg = Leg::try_new(
///     Carrier::SfExpress,
///     TransportMode::Road,
///     Location::place("Ningbo bonded zone", Country::CN)?,
///     Location::place("Hangzhou", Country::CN)?,
///     sf,
/// )?;
/// let route = Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?;
/// let mut shipment = Shipment::new(route);
/// let sf = LegRef::new(Carrier::SfExpress, sf);
/// let t = |h| Utc.with_ymd_and_hms(2026, 3, 2, h, 0, 0).single().ok_or("instant");
/// shipment.apply(TrackingEvent::new(t(9)?, sf, EventKind::Delivered))?;
///
/// let late = TrackingEvent::new(t(10)?, sf, EventKind::InTransit);
/// let err = shipment.apply(late.clone()).unwrap_err();
/// assert_eq!(err.status(), Status::Delivered);
/// assert_eq!(err.event(), &late);
/// assert_eq!(err.rule(), TransitionRule::TerminalIsFinal);
/// assert_eq!(shipment.events().len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransitionError {
    status: Status,
    event: Box<TrackingEvent>,
    rule: TransitionRule,
    conflict: Option<Box<TrackingEvent>>,
}

impl TransitionError {
    pub(crate) fn new(
        status: Status,
        event: TrackingEvent,
        rule: TransitionRule,
        conflict: Option<TrackingEvent>,
    ) -> Self {
        Self { status, event: Box::new(event), rule, conflict: conflict.map(Box::new) }
    }

    /// The shipment's status just before the rejected event, in instant order.
    ///
    /// # Examples
    ///
    /// See [`TransitionError`].
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
    /// shipment.apply(TrackingEvent::new(t(9, 8)?, sf, EventKind::Delivered))?;
    /// let err = shipment.apply(TrackingEvent::new(t(9, 9)?, sf, EventKind::InTransit)).unwrap_err();
    /// assert_eq!(err.status(), Status::Delivered);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(&self) -> Status {
        self.status
    }

    /// The rejected event.
    ///
    /// # Examples
    ///
    /// See [`TransitionError`].
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
    /// let stray = TrackingEvent::new(t(9, 8)?, dhl, EventKind::Delivered);
    /// let err = shipment.apply(stray.clone()).unwrap_err(); // DHL eCommerce does not deliver here
    /// assert_eq!(err.event(), &stray);
    /// assert_eq!(err.rule(), TransitionRule::KindNotOnLeg);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn event(&self) -> &TrackingEvent {
        &self.event
    }

    /// The rule the event breaks.
    ///
    /// # Examples
    ///
    /// See [`TransitionError`].
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
    /// shipment.apply(TrackingEvent::new(t(8, 9)?, dhl, EventKind::ArrivedInDestination))?;
    /// let err = shipment.apply(TrackingEvent::new(t(8, 10)?, dhl, EventKind::PickedUp)).unwrap_err();
    /// assert_eq!(err.rule(), TransitionRule::Backward);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rule(&self) -> TransitionRule {
        self.rule
    }

    /// The event already on the timeline that the rejected (late) event would have made
    /// illegal, if that is why it was rejected.
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
    /// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// let leg = Leg::try_new(
    ///     Carrier::SfExpress,
    ///     TransportMode::Road,
    ///     Location::place("Ningbo bonded zone", Country::CN)?,
    ///     Location::place("Hangzhou", Country::CN)?,
    ///     sf,
    /// )?;
    /// let mut shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// let sf = LegRef::new(Carrier::SfExpress, sf);
    /// let t = |h| Utc.with_ymd_and_hms(2026, 3, 2, h, 0, 0).single().ok_or("instant");
    /// let scan = TrackingEvent::new(t(10)?, sf, EventKind::InTransit);
    /// shipment.apply(scan.clone())?;
    ///
    /// // A delivery at 09:00 arriving late would put the 10:00 scan after a final status.
    /// let err = shipment.apply(TrackingEvent::new(t(9)?, sf, EventKind::Delivered)).unwrap_err();
    /// assert_eq!(err.rule(), TransitionRule::TerminalIsFinal);
    /// assert_eq!(err.conflict(), Some(&scan));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn conflict(&self) -> Option<&TrackingEvent> {
        self.conflict.as_deref()
    }
}

impl fmt::Display for TransitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} event of {} at {} rejected in status {}: {} ({})",
            self.event.kind(),
            self.event.leg(),
            self.event.at().format("%Y-%m-%dT%H:%M:%SZ"),
            self.status,
            self.rule.description(),
            self.rule
        )?;
        if let Some(conflict) = &self.conflict {
            write!(
                f,
                "; it would precede the {} event of {} at {}",
                conflict.kind(),
                conflict.leg(),
                conflict.at().format("%Y-%m-%dT%H:%M:%SZ")
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for TransitionError {}

/// Any error of the `shipment` module.
///
/// # Examples
///
/// ```
/// use crossborder::shipment::{ShipmentError, Status};
///
/// fn read(text: &str) -> Result<Status, ShipmentError> {
///     Ok(text.parse()?)
/// }
/// assert!(matches!(read("lost"), Ok(Status::Lost)));
/// assert!(matches!(read("found"), Err(ShipmentError::Parse(_))));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ShipmentError {
    /// A code could not be parsed.
    #[error(transparent)]
    Parse(#[from] ParseShipmentCodeError),
    /// A short text was rejected.
    #[error(transparent)]
    Text(#[from] TextError),
    /// A leg could not be built.
    #[error(transparent)]
    Leg(#[from] LegError),
    /// A route could not be built.
    #[error(transparent)]
    Route(#[from] RouteError),
    /// An event was rejected by the state machine.
    #[error(transparent)]
    Transition(#[from] TransitionError),
}
