//! AfterShip delivery statuses: 9 tags and their subtags.
//!
//! Source: AfterShip Tracking API, "Delivery statuses" and "Delivery sub-statuses"
//! (<https://www.aftership.com/docs/tracking/enum/delivery-statuses>,
//! <https://www.aftership.com/docs/tracking/enum/delivery-sub-statuses>, versions 2025-01 to
//! 2026-07), cross-checked with the `StatusTag` enum of the official .NET SDK; `Exception_016`
//! to `_018` from AfterShip's 2026-03-27 sub-status announcement. `Pending_002` to `_006` are
//! listed without a documented meaning; `OutForDelivery_002` (legacy) and `Exception_014`/`_015`
//! (unread) are not modelled and fail to parse.
//!
//! # Lossy cases
//!
//! Out ([`Subtag::from_status`]): a hand-off goes out as `InTransit_001` (AfterShip models it as
//! `last_mile`); cancelled as `Exception_001` and seized by customs as `Exception_004` (no
//! value); customs hold for inspection and other holds both as `Exception_004`; legs are
//! dropped. In ([`Subtag::event_kind`]): `Exception_002` (customer moved) and `_003` (refused)
//! come in as failed attempts; `Exception_006` (held for payment) as a customs hold for unpaid
//! duties, which is what it means on an import route; `Exception_008` (pick-up missed) and
//! `_009` (rejected by carrier) as generic exceptions; the `InTransit_003`/`_007`/`_008`/`_009`
//! scan details all as in transit.

use crate::shipment::error::ParseShipmentCodeError;
use crate::shipment::{EventKind, ExceptionReason, HoldReason, Status};

vendor_enum! {
    /// An AfterShip tag (the 9 key delivery statuses).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::aftership::Tag;
    /// use crossborder::shipment::EventKind;
    ///
    /// let tag: Tag = "OutForDelivery".parse()?;
    /// assert_eq!(tag.event_kind(), Some(EventKind::OutForDelivery));
    /// assert_eq!(Tag::ALL.len(), 9);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Tag, ParseShipmentCodeError::aftership, "aftership::Tag" {
        /// New shipment without tracking information yet.
        Pending = "Pending",
        /// The carrier received the shipper's request.
        InfoReceived = "InfoReceived",
        /// Accepted or picked up, on the way.
        InTransit = "InTransit",
        /// About to be delivered.
        OutForDelivery = "OutForDelivery",
        /// A delivery attempt failed.
        AttemptFail = "AttemptFail",
        /// Delivered.
        Delivered = "Delivered",
        /// At a pick-up point.
        AvailableForPickup = "AvailableForPickup",
        /// Customs hold, undelivered, returned or any other exception.
        Exception = "Exception",
        /// No tracking information for 30 days.
        Expired = "Expired",
    }
}

impl Tag {
    /// The event kind a checkpoint with only this tag means, or `None` for `Pending` and
    /// `Expired` (no information). Coarser than [`Subtag::event_kind`]: `Exception` becomes a
    /// generic exception.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::aftership::Tag;
    /// use crossborder::shipment::{EventKind, ExceptionReason};
    ///
    /// assert_eq!(Tag::Exception.event_kind(), Some(EventKind::Exception(ExceptionReason::Other)));
    /// assert_eq!(Tag::Expired.event_kind(), None);
    /// ```
    pub fn event_kind(self) -> Option<EventKind> {
        match self {
            Self::Pending | Self::Expired => None,
            Self::InfoReceived => Some(EventKind::LabelCreated),
            Self::InTransit => Some(EventKind::InTransit),
            Self::OutForDelivery => Some(EventKind::OutForDelivery),
            Self::AttemptFail => Some(EventKind::DeliveryAttemptFailed),
            Self::Delivered => Some(EventKind::Delivered),
            Self::AvailableForPickup => Some(EventKind::AvailableForPickup),
            Self::Exception => Some(EventKind::Exception(ExceptionReason::Other)),
        }
    }
}

vendor_enum! {
    /// An AfterShip subtag (delivery sub-status); its tag is the part before `_`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::aftership::{Subtag, Tag};
    /// use crossborder::shipment::{EventKind, Status};
    ///
    /// let sub: Subtag = "InTransit_004".parse()?;
    /// assert_eq!(sub.tag(), Tag::InTransit);
    /// assert_eq!(sub.event_kind(), Some(EventKind::ArrivedInDestination));
    /// assert_eq!(Subtag::from_status(Status::ArrivedInDestination), sub);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Subtag, ParseShipmentCodeError::aftership, "aftership::Subtag" {
        /// Pending.
        Pending001 = "Pending_001",
        /// Pending (meaning not documented in the sources read).
        Pending002 = "Pending_002",
        /// Pending (meaning not documented in the sources read).
        Pending003 = "Pending_003",
        /// Pending (meaning not documented in the sources read).
        Pending004 = "Pending_004",
        /// Pending (meaning not documented in the sources read).
        Pending005 = "Pending_005",
        /// Pending (meaning not documented in the sources read).
        Pending006 = "Pending_006",
        /// Info received.
        InfoReceived001 = "InfoReceived_001",
        /// In transit.
        InTransit001 = "InTransit_001",
        /// Acceptance scan.
        InTransit002 = "InTransit_002",
        /// Arrival scan at a hub or sorting centre.
        InTransit003 = "InTransit_003",
        /// Arrived at destination country.
        InTransit004 = "InTransit_004",
        /// Customs clearance completed.
        InTransit005 = "InTransit_005",
        /// Customs clearance started.
        InTransit006 = "InTransit_006",
        /// Departure scan.
        InTransit007 = "InTransit_007",
        /// Problem resolved.
        InTransit008 = "InTransit_008",
        /// Forwarded to a different delivery address.
        InTransit009 = "InTransit_009",
        /// Out for delivery.
        OutForDelivery001 = "OutForDelivery_001",
        /// Customer contacted.
        OutForDelivery003 = "OutForDelivery_003",
        /// Delivery appointment scheduled.
        OutForDelivery004 = "OutForDelivery_004",
        /// Failed attempt.
        AttemptFail001 = "AttemptFail_001",
        /// Addressee not available.
        AttemptFail002 = "AttemptFail_002",
        /// Business closed.
        AttemptFail003 = "AttemptFail_003",
        /// Available for pick-up.
        AvailableForPickup001 = "AvailableForPickup_001",
        /// Delivered.
        Delivered001 = "Delivered_001",
        /// Picked up by the customer.
        Delivered002 = "Delivered_002",
        /// Signed by the customer.
        Delivered003 = "Delivered_003",
        /// Delivered, cash on delivery received.
        Delivered004 = "Delivered_004",
        /// Delivered to a neighbour.
        Delivered005 = "Delivered_005",
        /// Exception.
        Exception001 = "Exception_001",
        /// Customer moved.
        Exception002 = "Exception_002",
        /// Customer refused delivery.
        Exception003 = "Exception_003",
        /// Delayed (customs clearance).
        Exception004 = "Exception_004",
        /// Delayed (external factors).
        Exception005 = "Exception_005",
        /// Held for payment.
        Exception006 = "Exception_006",
        /// Incorrect address.
        Exception007 = "Exception_007",
        /// Pick-up missed.
        Exception008 = "Exception_008",
        /// Rejected by carrier.
        Exception009 = "Exception_009",
        /// Returning to sender.
        Exception010 = "Exception_010",
        /// Returned to sender.
        Exception011 = "Exception_011",
        /// Shipment damaged.
        Exception012 = "Exception_012",
        /// Shipment lost.
        Exception013 = "Exception_013",
        /// Delayed (processing issue: vehicle, sorting error, misroute).
        Exception016 = "Exception_016",
        /// Delayed (extreme weather).
        Exception017 = "Exception_017",
        /// Incorrect or missing documents.
        Exception018 = "Exception_018",
        /// Expired.
        Expired001 = "Expired_001",
    }
}

impl Subtag {
    /// The tag: the part of the code before `_`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::aftership::{Subtag, Tag};
    ///
    /// assert_eq!(Subtag::Exception013.tag(), Tag::Exception);
    /// ```
    pub fn tag(self) -> Tag {
        let prefix = self.as_str().split('_').next().unwrap_or_default();
        Tag::ALL.iter().copied().find(|t| t.as_str() == prefix).unwrap_or(Tag::Exception)
    }

    /// The subtag closest to a crate status (see the module's lossy cases).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::aftership::Subtag;
    /// use crossborder::shipment::{ExceptionReason, HoldReason, Status};
    ///
    /// assert_eq!(Subtag::from_status(Status::CustomsProcessing), Subtag::InTransit006);
    /// assert_eq!(Subtag::from_status(Status::CustomsHeld(HoldReason::DutiesUnpaid)), Subtag::Exception006);
    /// assert_eq!(Subtag::from_status(Status::Exception(ExceptionReason::Misroute)), Subtag::Exception016);
    /// // Lossy: AfterShip has no hand-off value.
    /// assert_eq!(Subtag::from_status(Status::HandedOff { to: 1 }), Subtag::InTransit001);
    /// ```
    pub fn from_status(status: Status) -> Self {
        match status {
            Status::Pending => Self::Pending001,
            Status::LabelCreated => Self::InfoReceived001,
            Status::PickedUp { .. } => Self::InTransit002,
            Status::InTransit { .. } | Status::HandedOff { .. } => Self::InTransit001,
            Status::ArrivedInDestination => Self::InTransit004,
            Status::CustomsProcessing => Self::InTransit006,
            Status::CustomsHeld(HoldReason::Documents) => Self::Exception018,
            Status::CustomsHeld(HoldReason::DutiesUnpaid) => Self::Exception006,
            Status::CustomsHeld(_) | Status::SeizedByCustoms => Self::Exception004,
            Status::CustomsReleased => Self::InTransit005,
            Status::OutForDelivery => Self::OutForDelivery001,
            Status::DeliveryAttemptFailed => Self::AttemptFail001,
            Status::AvailableForPickup => Self::AvailableForPickup001,
            Status::Delivered => Self::Delivered001,
            Status::Exception(ExceptionReason::Delay) => Self::Exception005,
            Status::Exception(ExceptionReason::Damage) => Self::Exception012,
            Status::Exception(ExceptionReason::Misroute) => Self::Exception016,
            Status::Exception(ExceptionReason::AddressIssue) => Self::Exception007,
            Status::Exception(_) | Status::Cancelled => Self::Exception001,
            Status::ReturningToSender => Self::Exception010,
            Status::Returned => Self::Exception011,
            Status::Lost => Self::Exception013,
        }
    }

    /// The event kind a checkpoint with this subtag means, or `None` for `Pending_*` and
    /// `Expired_001` (no information). See the module's lossy cases.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::aftership::Subtag;
    /// use crossborder::shipment::{EventKind, HoldReason};
    ///
    /// assert_eq!(Subtag::Exception018.event_kind(), Some(EventKind::CustomsHeld(HoldReason::Documents)));
    /// assert_eq!(Subtag::Delivered003.event_kind(), Some(EventKind::Delivered));
    /// assert_eq!(Subtag::Pending001.event_kind(), None);
    /// ```
    pub fn event_kind(self) -> Option<EventKind> {
        use EventKind as K;
        let kind = match self {
            Self::Pending001
            | Self::Pending002
            | Self::Pending003
            | Self::Pending004
            | Self::Pending005
            | Self::Pending006
            | Self::Expired001 => return None,
            Self::InfoReceived001 => K::LabelCreated,
            Self::InTransit002 => K::PickedUp,
            Self::InTransit001
            | Self::InTransit003
            | Self::InTransit007
            | Self::InTransit008
            | Self::InTransit009 => K::InTransit,
            Self::InTransit004 => K::ArrivedInDestination,
            Self::InTransit005 => K::CustomsReleased,
            Self::InTransit006 => K::CustomsProcessing,
            Self::OutForDelivery001 | Self::OutForDelivery003 | Self::OutForDelivery004 => {
                K::OutForDelivery
            }
            Self::AttemptFail001
            | Self::AttemptFail002
            | Self::AttemptFail003
            | Self::Exception002
            | Self::Exception003 => K::DeliveryAttemptFailed,
            Self::AvailableForPickup001 => K::AvailableForPickup,
            Self::Delivered001
            | Self::Delivered002
            | Self::Delivered003
            | Self::Delivered004
            | Self::Delivered005 => K::Delivered,
            Self::Exception001 | Self::Exception008 | Self::Exception009 => {
                K::Exception(ExceptionReason::Other)
            }
            Self::Exception004 => K::CustomsHeld(HoldReason::Other),
            Self::Exception005 | Self::Exception017 => K::Exception(ExceptionReason::Delay),
            Self::Exception006 => K::CustomsHeld(HoldReason::DutiesUnpaid),
            Self::Exception007 => K::Exception(ExceptionReason::AddressIssue),
            Self::Exception010 => K::ReturningToSender,
            Self::Exception011 => K::Returned,
            Self::Exception012 => K::Exception(ExceptionReason::Damage),
            Self::Exception013 => K::Lost,
            Self::Exception016 => K::Exception(ExceptionReason::Misroute),
            Self::Exception018 => K::CustomsHeld(HoldReason::Documents),
        };
        Some(kind)
    }
}
