//! [`TrackingEvent`]: one carrier scan, normalised, with the carrier's own code and text.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};

use super::error::ParseShipmentCodeError;
use super::location::Location;
use super::status::{ExceptionReason, HoldReason};
use super::text::{RawCode, RawText, SourceId};
use crate::carrier::{Carrier, TrackingNumber};

/// The leg an event belongs to: the carrier that reported it and the tracking number it
/// reported under.
///
/// The carrier is the leg's carrier, which is not always the number's: on a postal route the
/// destination post (China Post) tracks the origin post's UPU S10 number (`…JP`) end to end,
/// and the two legs are told apart by the carrier.
///
/// `Display` prints `carrier/number`. With the `serde` feature it is written as
/// `{"carrier": "sf_express", "number": {…}}` (the number as [`TrackingNumber`] writes it).
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, TrackingNumber};
/// use crossborder::shipment::LegRef;
///
/// let ems = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
/// let china_post = LegRef::new(Carrier::ChinaPost, ems);
/// assert_eq!(china_post.to_string(), "china_post/EB123456785JP");
/// assert_ne!(china_post, LegRef::new(Carrier::JapanPost, ems));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct LegRef {
    carrier: Carrier,
    number: TrackingNumber,
}

impl LegRef {
    /// A carrier and a tracking number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::shipment::LegRef;
    ///
    /// let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// let r = LegRef::new(Carrier::SfExpress, n);
    /// assert_eq!(r.carrier(), Carrier::SfExpress);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(carrier: Carrier, number: TrackingNumber) -> Self {
        Self { carrier, number }
    }

    /// The carrier that reports the leg's events.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::shipment::LegRef;
    ///
    /// let n = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// assert_eq!(LegRef::new(Carrier::ChinaPost, n).carrier(), Carrier::ChinaPost);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn carrier(&self) -> Carrier {
        self.carrier
    }

    /// The tracking number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::shipment::LegRef;
    ///
    /// let n = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// assert_eq!(LegRef::new(Carrier::ChinaPost, n).number().as_str(), "EB123456785JP");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn number(&self) -> &TrackingNumber {
        &self.number
    }
}

impl fmt::Display for LegRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.carrier, self.number)
    }
}

/// What a scan says happened, in the crate's normalised vocabulary.
///
/// A kind is what the carrier reported; the [`Status`](super::Status) it leads to also
/// depends on the route and on the events before it. Kinds are ordered along the life of a
/// parcel (label first, seizure last), which breaks ties between events at the same instant.
/// `Display` prints the snake-case name, with `:` and the reason for a hold or an exception
/// (`customs_held:documents`); [`FromStr`] reads the same form.
///
/// # Examples
///
/// ```
/// use crossborder::shipment::{EventKind, HoldReason};
///
/// let k: EventKind = "customs_held:duties_unpaid".parse()?;
/// assert_eq!(k, EventKind::CustomsHeld(HoldReason::DutiesUnpaid));
/// assert_eq!(EventKind::OutForDelivery.to_string(), "out_for_delivery");
/// assert!(EventKind::PickedUp < EventKind::Delivered);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventKind {
    /// Label created, shipment information received (AfterShip `InfoReceived`).
    LabelCreated,
    /// Accepted by the leg's carrier (acceptance scan, 揽收).
    PickedUp,
    /// Any movement within the leg's network (hub arrival or departure, 运输中).
    InTransit,
    /// Arrived in the destination country: port of entry, inward office of exchange (UPU
    /// `EMD`).
    ArrivedInDestination,
    /// Presented to customs, clearance under way.
    CustomsProcessing,
    /// Held by customs.
    CustomsHeld(HoldReason),
    /// Released by customs.
    CustomsReleased,
    /// Handed to the next leg's carrier (EasyPost `transferred_to_destination_carrier`,
    /// Kuaidi100 `7` 转单).
    HandedOff,
    /// Out for delivery.
    OutForDelivery,
    /// A delivery attempt failed.
    DeliveryAttemptFailed,
    /// At a pick-up point or locker.
    AvailableForPickup,
    /// Delivered.
    Delivered,
    /// A recoverable exception.
    Exception(ExceptionReason),
    /// The return to the sender started.
    ReturningToSender,
    /// Back with the sender.
    Returned,
    /// Lost.
    Lost,
    /// Cancelled.
    Cancelled,
    /// Seized or destroyed by customs.
    SeizedByCustoms,
}

/// Number of kinds without their reasons.
#[cfg(test)]
pub(crate) const KIND_COUNT: usize = 18;

impl EventKind {
    /// Every kind, with every reason of the kinds that have one.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::EventKind;
    ///
    /// assert_eq!(EventKind::ALL.len(), 25); // 16 kinds + 4 hold reasons + 5 exception reasons
    /// ```
    pub const ALL: &[Self] = &[
        Self::LabelCreated,
        Self::PickedUp,
        Self::InTransit,
        Self::ArrivedInDestination,
        Self::CustomsProcessing,
        Self::CustomsHeld(HoldReason::Inspection),
        Self::CustomsHeld(HoldReason::Documents),
        Self::CustomsHeld(HoldReason::DutiesUnpaid),
        Self::CustomsHeld(HoldReason::Other),
        Self::CustomsReleased,
        Self::HandedOff,
        Self::OutForDelivery,
        Self::DeliveryAttemptFailed,
        Self::AvailableForPickup,
        Self::Delivered,
        Self::Exception(ExceptionReason::Delay),
        Self::Exception(ExceptionReason::Damage),
        Self::Exception(ExceptionReason::Misroute),
        Self::Exception(ExceptionReason::AddressIssue),
        Self::Exception(ExceptionReason::Other),
        Self::ReturningToSender,
        Self::Returned,
        Self::Lost,
        Self::Cancelled,
        Self::SeizedByCustoms,
    ];

    /// Position of the kind without its reason, 0 to 17, for tables.
    #[cfg(test)]
    pub(crate) fn index(self) -> usize {
        usize::from(self.index_u8())
    }

    /// Position of the kind without its reason, 0 to 17.
    pub(crate) fn index_u8(self) -> u8 {
        match self {
            Self::LabelCreated => 0,
            Self::PickedUp => 1,
            Self::InTransit => 2,
            Self::ArrivedInDestination => 3,
            Self::CustomsProcessing => 4,
            Self::CustomsHeld(_) => 5,
            Self::CustomsReleased => 6,
            Self::HandedOff => 7,
            Self::OutForDelivery => 8,
            Self::DeliveryAttemptFailed => 9,
            Self::AvailableForPickup => 10,
            Self::Delivered => 11,
            Self::Exception(_) => 12,
            Self::ReturningToSender => 13,
            Self::Returned => 14,
            Self::Lost => 15,
            Self::Cancelled => 16,
            Self::SeizedByCustoms => 17,
        }
    }

    /// The snake-case name without the reason (`"customs_held"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::{EventKind, ExceptionReason};
    ///
    /// assert_eq!(EventKind::Exception(ExceptionReason::Delay).name(), "exception");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Self::LabelCreated => "label_created",
            Self::PickedUp => "picked_up",
            Self::InTransit => "in_transit",
            Self::ArrivedInDestination => "arrived_in_destination",
            Self::CustomsProcessing => "customs_processing",
            Self::CustomsHeld(_) => "customs_held",
            Self::CustomsReleased => "customs_released",
            Self::HandedOff => "handed_off",
            Self::OutForDelivery => "out_for_delivery",
            Self::DeliveryAttemptFailed => "delivery_attempt_failed",
            Self::AvailableForPickup => "available_for_pickup",
            Self::Delivered => "delivered",
            Self::Exception(_) => "exception",
            Self::ReturningToSender => "returning_to_sender",
            Self::Returned => "returned",
            Self::Lost => "lost",
            Self::Cancelled => "cancelled",
            Self::SeizedByCustoms => "seized_by_customs",
        }
    }

    /// Whether the kind ends the shipment (delivered, returned, lost, cancelled, seized).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::EventKind;
    ///
    /// assert!(EventKind::Returned.is_terminal());
    /// assert!(!EventKind::ReturningToSender.is_terminal());
    /// ```
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            Self::Delivered | Self::Returned | Self::Lost | Self::Cancelled | Self::SeizedByCustoms
        )
    }

    /// Whether the kind is a customs event (processing, held, released, seized).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::EventKind;
    ///
    /// assert!(EventKind::CustomsReleased.is_customs());
    /// assert!(!EventKind::ArrivedInDestination.is_customs());
    /// ```
    pub fn is_customs(self) -> bool {
        matches!(
            self,
            Self::CustomsProcessing
                | Self::CustomsHeld(_)
                | Self::CustomsReleased
                | Self::SeizedByCustoms
        )
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())?;
        match self {
            Self::CustomsHeld(reason) => write!(f, ":{reason}"),
            Self::Exception(reason) => write!(f, ":{reason}"),
            _ => Ok(()),
        }
    }
}

impl FromStr for EventKind {
    type Err = ParseShipmentCodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || ParseShipmentCodeError::event_kind(text);
        match text.split_once(':') {
            Some(("customs_held", reason)) => {
                reason.parse().map(Self::CustomsHeld).map_err(|_| err())
            }
            Some(("exception", reason)) => reason.parse().map(Self::Exception).map_err(|_| err()),
            Some(_) => Err(err()),
            None => Self::ALL
                .iter()
                .copied()
                .find(|k| {
                    !matches!(k, Self::CustomsHeld(_) | Self::Exception(_)) && k.name() == text
                })
                .ok_or_else(err),
        }
    }
}

impl TryFrom<&str> for EventKind {
    type Error = ParseShipmentCodeError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for EventKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for EventKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// One tracking event: when (UTC), which leg (carrier + tracking number), what happened
/// (normalised [`EventKind`]), where, and what the carrier actually said (its raw code and
/// text), with an optional id of the source it came from.
///
/// Events are values: two events are the same event when every field is equal, and applying
/// the same event twice to a [`Shipment`](super::Shipment) changes nothing. Events order by
/// instant, then kind, then leg, source id, raw code, raw text and location, so the order is
/// total: two events that compare equal are the same event.
///
/// With the `serde` feature an event is written as
///
/// ```json
/// {"at": "2026-07-08T02:10:00Z",
///  "leg": {"carrier": "dhl_ecommerce", "number": {"carrier": "dhl_ecommerce", "format": "dhl_ecommerce", "number": "GM2951173225174494"}},
///  "kind": "customs_held:inspection",
///  "location": {"place": "Shanghai Pudong port of entry", "country": "CN"},
///  "raw_code": "CH", "raw_text": "Held by customs", "source_id": "feed-1:77"}
/// ```
///
/// where `location`, `raw_code`, `raw_text` and `source_id` are left out when absent.
///
/// # Examples
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use crossborder::carrier::{Carrier, TrackingNumber};
/// use crossborder::geo::Country;
/// use crossborder::shipment::{EventKind, LegRef, Location, TrackingEvent};
///
/// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
/// let event = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, sf), EventKind::Delivered)
///     .with_location(Location::place("杭州市西湖区", Country::CN)?)
///     .with_raw_code("80".parse()?)
///     .with_raw_text("已签收".parse()?);
/// assert_eq!(event.kind(), EventKind::Delivered);
/// assert_eq!(event.raw_text().map(|t| t.as_str()), Some("已签收"));
/// assert_eq!(event.source_id(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TrackingEvent {
    // The field order is the comparison order.
    at: DateTime<Utc>,
    kind: EventKind,
    leg: LegRef,
    /// What the carrier said beyond the kind, read rarely: one allocation instead of four
    /// inline options keeps the event at 80 bytes, which is what a feed of millions of events
    /// moves. `Some` only when at least one of its fields is, so an event without any sorts
    /// first, as it would with the options inline.
    details: Option<Box<Details>>,
}

/// The optional parts of a [`TrackingEvent`], in comparison order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Details {
    source_id: Option<SourceId>,
    raw_code: Option<RawCode>,
    raw_text: Option<RawText>,
    location: Option<Location>,
}

// The details are listed field by field, as they were when they were fields of the event.
#[allow(clippy::missing_fields_in_debug)]
impl fmt::Debug for TrackingEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TrackingEvent")
            .field("at", &self.at)
            .field("kind", &self.kind)
            .field("leg", &self.leg)
            .field("source_id", &self.source_id())
            .field("raw_code", &self.raw_code())
            .field("raw_text", &self.raw_text())
            .field("location", &self.location())
            .finish()
    }
}

impl TrackingEvent {
    /// An event with no location, raw code, raw text or source id.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::shipment::{EventKind, LegRef, TrackingEvent};
    ///
    /// let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::PickedUp);
    /// assert_eq!(e.at(), at);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(at: DateTime<Utc>, leg: LegRef, kind: EventKind) -> Self {
        Self { at, kind, leg, details: None }
    }

    /// The details, created on first use.
    fn details_mut(&mut self) -> &mut Details {
        self.details.get_or_insert_with(Box::default)
    }

    /// The details, if any.
    fn details(&self) -> Option<&Details> {
        self.details.as_deref()
    }

    /// The event with a location.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::{EventKind, LegRef, Location, TrackingEvent};
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// # let _ = Country::CN;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::InTransit)
    ///     .with_location(Location::place("杭州", Country::CN)?);
    /// assert_eq!(e.location().and_then(|l| l.name()), Some("杭州"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_location(mut self, location: Location) -> Self {
        self.details_mut().location = Some(location);
        self
    }

    /// The event with the carrier's raw code.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::shipment::{EventKind, LegRef, TrackingEvent};
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::OutForDelivery)
    ///     .with_raw_code("50".parse()?);
    /// assert_eq!(e.raw_code().map(|c| c.as_str()), Some("50"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_raw_code(mut self, code: RawCode) -> Self {
        self.details_mut().raw_code = Some(code);
        self
    }

    /// The event with the carrier's raw text.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::shipment::{EventKind, LegRef, TrackingEvent};
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::OutForDelivery)
    ///     .with_raw_text("已派件".parse()?);
    /// assert_eq!(e.raw_text().map(|t| t.as_str()), Some("已派件"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_raw_text(mut self, text: RawText) -> Self {
        self.details_mut().raw_text = Some(text);
        self
    }

    /// The event with the id of its source.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::shipment::{EventKind, LegRef, TrackingEvent};
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::InTransit)
    ///     .with_source_id("webhook-8812".parse()?);
    /// assert_eq!(e.source_id().map(|s| s.as_str()), Some("webhook-8812"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_source_id(mut self, id: SourceId) -> Self {
        self.details_mut().source_id = Some(id);
        self
    }

    /// When it happened (UTC).
    ///
    /// # Examples
    ///
    /// See [`new`](Self::new).
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// # let _ = Country::CN;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::InTransit);
    /// assert_eq!(e.at().to_rfc3339(), "2026-07-09T06:30:00+00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn at(&self) -> DateTime<Utc> {
        self.at
    }

    /// The leg it belongs to.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::shipment::{EventKind, LegRef, TrackingEvent};
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::InTransit);
    /// assert_eq!(e.leg().carrier(), Carrier::SfExpress);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn leg(&self) -> &LegRef {
        &self.leg
    }

    /// What happened.
    ///
    /// # Examples
    ///
    /// See [`TrackingEvent`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// # let _ = Country::CN;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::Delivered);
    /// assert!(e.kind().is_terminal());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> EventKind {
        self.kind
    }

    /// Where it happened, if the carrier said.
    ///
    /// # Examples
    ///
    /// See [`with_location`](Self::with_location).
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// # let _ = Country::CN;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::InTransit);
    /// assert_eq!(e.location(), None);
    /// let e = e.with_location(Location::place("杭州", Country::CN)?);
    /// assert_eq!(e.location().and_then(Location::country), Some(Country::CN));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn location(&self) -> Option<&Location> {
        self.details().and_then(|d| d.location.as_ref())
    }

    /// The carrier's raw code, if kept.
    ///
    /// # Examples
    ///
    /// See [`with_raw_code`](Self::with_raw_code).
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// # let _ = Country::CN;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::Delivered);
    /// assert!(e.raw_code().is_none());
    /// assert_eq!(e.with_raw_code("80".parse()?).raw_code().map(RawCode::as_str), Some("80"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn raw_code(&self) -> Option<&RawCode> {
        self.details().and_then(|d| d.raw_code.as_ref())
    }

    /// The carrier's raw text, if kept.
    ///
    /// # Examples
    ///
    /// See [`with_raw_text`](Self::with_raw_text).
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// # let _ = Country::CN;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::Delivered);
    /// assert!(e.raw_text().is_none());
    /// assert_eq!(e.with_raw_text("已签收".parse()?).raw_text().map(RawText::as_str), Some("已签收"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn raw_text(&self) -> Option<&RawText> {
        self.details().and_then(|d| d.raw_text.as_ref())
    }

    /// The id of the source, if given.
    ///
    /// # Examples
    ///
    /// See [`with_source_id`](Self::with_source_id).
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 9, 6, 30, 0).single().ok_or("instant")?;
    /// # let _ = Country::CN;
    /// let e = TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), EventKind::InTransit);
    /// assert!(e.source_id().is_none());
    /// let e = e.with_source_id("feed-1:77".parse()?);
    /// assert_eq!(e.source_id().map(SourceId::as_str), Some("feed-1:77"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn source_id(&self) -> Option<&SourceId> {
        self.details().and_then(|d| d.source_id.as_ref())
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use chrono::{DateTime, Utc};

    use super::{Details, EventKind, LegRef, Location, RawCode, RawText, SourceId, TrackingEvent};

    /// The documented shape, written from borrowed parts: the details are flat fields.
    #[derive(serde::Serialize)]
    #[serde(rename = "TrackingEvent")]
    struct ReprRef<'a> {
        at: DateTime<Utc>,
        kind: EventKind,
        leg: &'a LegRef,
        #[serde(skip_serializing_if = "Option::is_none")]
        source_id: Option<&'a SourceId>,
        #[serde(skip_serializing_if = "Option::is_none")]
        raw_code: Option<&'a RawCode>,
        #[serde(skip_serializing_if = "Option::is_none")]
        raw_text: Option<&'a RawText>,
        #[serde(skip_serializing_if = "Option::is_none")]
        location: Option<&'a Location>,
    }

    #[derive(serde::Deserialize)]
    #[serde(rename = "TrackingEvent", deny_unknown_fields)]
    struct Repr {
        at: DateTime<Utc>,
        kind: EventKind,
        leg: LegRef,
        #[serde(default)]
        source_id: Option<SourceId>,
        #[serde(default)]
        raw_code: Option<RawCode>,
        #[serde(default)]
        raw_text: Option<RawText>,
        #[serde(default)]
        location: Option<Location>,
    }

    impl serde::Serialize for TrackingEvent {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            ReprRef {
                at: self.at,
                kind: self.kind,
                leg: &self.leg,
                source_id: self.source_id(),
                raw_code: self.raw_code(),
                raw_text: self.raw_text(),
                location: self.location(),
            }
            .serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for TrackingEvent {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let Repr { at, kind, leg, source_id, raw_code, raw_text, location } =
                Repr::deserialize(deserializer)?;
            let details = Details { source_id, raw_code, raw_text, location };
            // Keep the invariant: no empty details.
            let details = (details != Details::default()).then(|| Box::new(details));
            Ok(TrackingEvent { at, kind, leg, details })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_display_round_trips() {
        for k in EventKind::ALL {
            assert_eq!(k.to_string().parse::<EventKind>(), Ok(*k));
        }
        for bad in ["", "customs_held", "exception", "delivered:now", "customs_held:delay", ":"] {
            assert!(bad.parse::<EventKind>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn kind_indexes_cover_the_table() {
        let mut seen = [false; KIND_COUNT];
        for k in EventKind::ALL {
            seen[k.index()] = true;
        }
        assert!(seen.iter().all(|s| *s));
    }

    fn sf(kind: EventKind, hour: u32) -> TrackingEvent {
        use chrono::TimeZone;
        let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739").unwrap();
        let at = Utc.with_ymd_and_hms(2026, 7, 9, hour, 0, 0).unwrap();
        TrackingEvent::new(at, LegRef::new(Carrier::SfExpress, n), kind)
    }

    #[test]
    fn the_optional_parts_live_in_one_allocation() {
        // 12 (instant) + 2 (kind) + 52 (leg) = 66, padded to 72, + 8 (one pointer).
        assert_eq!(std::mem::size_of::<TrackingEvent>(), 80);
        let bare = sf(EventKind::InTransit, 6);
        assert!(bare.details.is_none());
        let coded = bare.clone().with_raw_code("50".parse().unwrap());
        assert!(coded.details.is_some());
        assert_eq!(coded.raw_code().map(RawCode::as_str), Some("50"));
        assert_eq!((coded.source_id(), coded.raw_text(), coded.location()), (None, None, None));
    }

    #[test]
    fn order_is_field_by_field_as_if_the_options_were_inline() {
        use crate::geo::Country;
        // The old order: instant, kind, leg, then source id, raw code, raw text, location,
        // each `None` before `Some`.
        let bare = sf(EventKind::InTransit, 6);
        let text = bare.clone().with_raw_text("运输中".parse().unwrap());
        let code = bare.clone().with_raw_code("30".parse().unwrap());
        let code_text = code.clone().with_raw_text("运输中".parse().unwrap());
        let place = bare.clone().with_location(Location::place("杭州", Country::CN).unwrap());
        let source = bare.clone().with_source_id("feed:1".parse().unwrap());
        let mut events =
            vec![source.clone(), code_text.clone(), place.clone(), code.clone(), text.clone()];
        events.push(bare.clone());
        events.sort();
        assert_eq!(events, [bare.clone(), place, text, code, code_text, source]);
        // Instant and kind still come first.
        assert!(sf(EventKind::PickedUp, 5) < bare);
        assert!(sf(EventKind::PickedUp, 6) < bare.clone().with_source_id("a".parse().unwrap()));
    }

    #[test]
    fn debug_lists_every_field() {
        let e = sf(EventKind::Delivered, 6).with_raw_code("80".parse().unwrap());
        let debug = format!("{e:?}");
        assert!(debug.starts_with("TrackingEvent { at: "), "{debug}");
        assert!(
            debug.ends_with(
                "source_id: None, raw_code: Some(RawCode(\"80\")), raw_text: None, location: None }"
            ),
            "{debug}"
        );
    }

    #[cfg(feature = "serde")]
    #[test]
    fn json_shape_is_flat_and_an_empty_event_has_no_details() {
        let bare = sf(EventKind::Delivered, 6);
        let json = serde_json::to_string(&bare).unwrap();
        assert!(!json.contains("details"), "{json}");
        let back: TrackingEvent = serde_json::from_str(&json).unwrap();
        assert!(back.details.is_none());
        assert_eq!(back, bare);
        let coded =
            bare.with_raw_code("80".parse().unwrap()).with_raw_text("已签收".parse().unwrap());
        let json = serde_json::to_string(&coded).unwrap();
        // The documented order: at, kind, leg, then the optional fields present.
        assert!(json.ends_with(r#""}},"raw_code":"80","raw_text":"已签收"}"#), "{json}");
        assert_eq!(serde_json::from_str::<TrackingEvent>(&json).unwrap(), coded);
        let unknown = json.replace(r#""raw_code""#, r#""details""#);
        assert!(serde_json::from_str::<TrackingEvent>(&unknown).is_err());
    }

    #[test]
    fn kind_order_follows_the_parcel_life() {
        let mut sorted = EventKind::ALL.to_vec();
        sorted.sort();
        assert_eq!(sorted, EventKind::ALL);
    }
}
