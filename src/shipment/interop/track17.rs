//! 17TRACK tracking statuses: 9 main statuses and their sub-statuses.
//!
//! Source: 17TRACK help centre, "Understanding Tracking Status (Main Status & Substatus)"
//! (<https://help.17track.net/hc/en-us/articles/37471096573337>), read up to
//! `Exception_NoBody`; the remaining `Exception_*` values (`Security`, `Damage`, `Rejected`,
//! `Delayed`, `Lost`, `Destroyed`, `Cancel`) from four independent client libraries that agree.
//! The unverified `InTransit_TransportArrived`/`_TransportDeparted` and `Exception_Held` are
//! not modelled and fail to parse.
//!
//! # Lossy cases
//!
//! Out ([`SubStatus::from_status`]): a hand-off goes out as `InTransit_Other`; holds other than
//! for documents as `Exception_Security` ("security, customs clearance or fee problems"); a
//! seizure as `Exception_Destroyed`; misroute, address and other exceptions as
//! `Exception_Other`; legs are dropped. In ([`SubStatus::event_kind`]):
//! `InTransit_CustomsReleased` covers import *and export* clearance and comes in as a customs
//! release, so feed only import clearances; `Exception_Destroyed` comes in as lost;
//! `DeliveryFailure_Security` (fees at the door) and every other `DeliveryFailure_*`, as well
//! as `Exception_NoBody` and `Exception_Rejected`, as failed attempts.

use crate::shipment::error::ParseShipmentCodeError;
use crate::shipment::{EventKind, ExceptionReason, HoldReason, Status};

vendor_enum! {
    /// A 17TRACK main status.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::track17::MainStatus;
    ///
    /// assert_eq!("DeliveryFailure".parse::<MainStatus>()?, MainStatus::DeliveryFailure);
    /// assert_eq!(MainStatus::ALL.len(), 9);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    MainStatus, ParseShipmentCodeError::track17, "track17::MainStatus" {
        /// No information, or an invalid number.
        NotFound = "NotFound",
        /// Information received.
        InfoReceived = "InfoReceived",
        /// In transit.
        InTransit = "InTransit",
        /// No update for a long time.
        Expired = "Expired",
        /// At a pick-up point.
        AvailableForPickup = "AvailableForPickup",
        /// Out for delivery.
        OutForDelivery = "OutForDelivery",
        /// Delivery failed.
        DeliveryFailure = "DeliveryFailure",
        /// Delivered.
        Delivered = "Delivered",
        /// Exception.
        Exception = "Exception",
    }
}

vendor_enum! {
    /// A 17TRACK sub-status; its main status is the part before `_`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::track17::{MainStatus, SubStatus};
    /// use crossborder::shipment::{EventKind, Status};
    ///
    /// let sub: SubStatus = "InTransit_CustomsProcessing".parse()?;
    /// assert_eq!(sub.main(), MainStatus::InTransit);
    /// assert_eq!(sub.event_kind(), Some(EventKind::CustomsProcessing));
    /// assert_eq!(SubStatus::from_status(Status::CustomsProcessing), sub);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    SubStatus, ParseShipmentCodeError::track17, "track17::SubStatus" {
        /// The carrier gave no information.
        NotFoundOther = "NotFound_Other",
        /// The tracking number is invalid.
        NotFoundInvalidCode = "NotFound_InvalidCode",
        /// Information received.
        InfoReceived = "InfoReceived",
        /// Picked up.
        InTransitPickedUp = "InTransit_PickedUp",
        /// Other transit event.
        InTransitOther = "InTransit_Other",
        /// Left the port of the origin country.
        InTransitDeparture = "InTransit_Departure",
        /// Arrived at the port of the destination country.
        InTransitArrival = "InTransit_Arrival",
        /// Customs processing.
        InTransitCustomsProcessing = "InTransit_CustomsProcessing",
        /// Import or export customs clearance complete.
        InTransitCustomsReleased = "InTransit_CustomsReleased",
        /// Customs needs additional information.
        InTransitCustomsRequiringInformation = "InTransit_CustomsRequiringInformation",
        /// Expired.
        ExpiredOther = "Expired_Other",
        /// At a pick-up point.
        AvailableForPickupOther = "AvailableForPickup_Other",
        /// Out for delivery.
        OutForDeliveryOther = "OutForDelivery_Other",
        /// Delivery failed.
        DeliveryFailureOther = "DeliveryFailure_Other",
        /// Delivery failed: nobody there.
        DeliveryFailureNoBody = "DeliveryFailure_NoBody",
        /// Delivery failed: security, customs clearance or fees.
        DeliveryFailureSecurity = "DeliveryFailure_Security",
        /// Delivery failed: refused.
        DeliveryFailureRejected = "DeliveryFailure_Rejected",
        /// Delivery failed: invalid address.
        DeliveryFailureInvalidAddress = "DeliveryFailure_InvalidAddress",
        /// Delivered.
        DeliveredOther = "Delivered_Other",
        /// Other exception.
        ExceptionOther = "Exception_Other",
        /// Returning to sender.
        ExceptionReturning = "Exception_Returning",
        /// Returned to sender.
        ExceptionReturned = "Exception_Returned",
        /// Nobody to receive it.
        ExceptionNoBody = "Exception_NoBody",
        /// Security, customs clearance or fee problems (安全、清关、费用问题).
        ExceptionSecurity = "Exception_Security",
        /// Damaged.
        ExceptionDamage = "Exception_Damage",
        /// Refused.
        ExceptionRejected = "Exception_Rejected",
        /// Delayed.
        ExceptionDelayed = "Exception_Delayed",
        /// Lost.
        ExceptionLost = "Exception_Lost",
        /// Destroyed.
        ExceptionDestroyed = "Exception_Destroyed",
        /// Cancelled.
        ExceptionCancel = "Exception_Cancel",
    }
}

impl SubStatus {
    /// The main status: the part of the code before `_`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::track17::{MainStatus, SubStatus};
    ///
    /// assert_eq!(SubStatus::InfoReceived.main(), MainStatus::InfoReceived);
    /// assert_eq!(SubStatus::ExceptionLost.main(), MainStatus::Exception);
    /// ```
    pub fn main(self) -> MainStatus {
        let prefix = self.as_str().split('_').next().unwrap_or_default();
        MainStatus::ALL
            .iter()
            .copied()
            .find(|m| m.as_str() == prefix)
            .unwrap_or(MainStatus::Exception)
    }

    /// The sub-status closest to a crate status (see the module's lossy cases).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::track17::SubStatus;
    /// use crossborder::shipment::Status;
    ///
    /// assert_eq!(SubStatus::from_status(Status::CustomsReleased), SubStatus::InTransitCustomsReleased);
    /// assert_eq!(SubStatus::from_status(Status::Cancelled), SubStatus::ExceptionCancel);
    /// ```
    pub fn from_status(status: Status) -> Self {
        match status {
            Status::Pending => Self::NotFoundOther,
            Status::LabelCreated => Self::InfoReceived,
            Status::PickedUp { .. } => Self::InTransitPickedUp,
            Status::InTransit { .. } | Status::HandedOff { .. } => Self::InTransitOther,
            Status::ArrivedInDestination => Self::InTransitArrival,
            Status::CustomsProcessing => Self::InTransitCustomsProcessing,
            Status::CustomsHeld(HoldReason::Documents) => {
                Self::InTransitCustomsRequiringInformation
            }
            Status::CustomsHeld(_) => Self::ExceptionSecurity,
            Status::CustomsReleased => Self::InTransitCustomsReleased,
            Status::OutForDelivery => Self::OutForDeliveryOther,
            Status::DeliveryAttemptFailed => Self::DeliveryFailureOther,
            Status::AvailableForPickup => Self::AvailableForPickupOther,
            Status::Delivered => Self::DeliveredOther,
            Status::Exception(ExceptionReason::Delay) => Self::ExceptionDelayed,
            Status::Exception(ExceptionReason::Damage) => Self::ExceptionDamage,
            Status::Exception(_) => Self::ExceptionOther,
            Status::ReturningToSender => Self::ExceptionReturning,
            Status::Returned => Self::ExceptionReturned,
            Status::Lost => Self::ExceptionLost,
            Status::Cancelled => Self::ExceptionCancel,
            Status::SeizedByCustoms => Self::ExceptionDestroyed,
        }
    }

    /// The event kind a checkpoint with this sub-status means, or `None` for `NotFound_*` and
    /// `Expired_Other` (no information). See the module's lossy cases.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::track17::SubStatus;
    /// use crossborder::shipment::{EventKind, HoldReason};
    ///
    /// assert_eq!(
    ///     SubStatus::ExceptionSecurity.event_kind(),
    ///     Some(EventKind::CustomsHeld(HoldReason::Other))
    /// );
    /// assert_eq!(SubStatus::NotFoundInvalidCode.event_kind(), None);
    /// ```
    pub fn event_kind(self) -> Option<EventKind> {
        use EventKind as K;
        let kind = match self {
            Self::NotFoundOther | Self::NotFoundInvalidCode | Self::ExpiredOther => return None,
            Self::InfoReceived => K::LabelCreated,
            Self::InTransitPickedUp => K::PickedUp,
            Self::InTransitOther | Self::InTransitDeparture => K::InTransit,
            Self::InTransitArrival => K::ArrivedInDestination,
            Self::InTransitCustomsProcessing => K::CustomsProcessing,
            Self::InTransitCustomsReleased => K::CustomsReleased,
            Self::InTransitCustomsRequiringInformation => K::CustomsHeld(HoldReason::Documents),
            Self::AvailableForPickupOther => K::AvailableForPickup,
            Self::OutForDeliveryOther => K::OutForDelivery,
            Self::DeliveryFailureOther
            | Self::DeliveryFailureNoBody
            | Self::DeliveryFailureSecurity
            | Self::DeliveryFailureRejected
            | Self::DeliveryFailureInvalidAddress
            | Self::ExceptionNoBody
            | Self::ExceptionRejected => K::DeliveryAttemptFailed,
            Self::DeliveredOther => K::Delivered,
            Self::ExceptionOther => K::Exception(ExceptionReason::Other),
            Self::ExceptionReturning => K::ReturningToSender,
            Self::ExceptionReturned => K::Returned,
            Self::ExceptionSecurity => K::CustomsHeld(HoldReason::Other),
            Self::ExceptionDamage => K::Exception(ExceptionReason::Damage),
            Self::ExceptionDelayed => K::Exception(ExceptionReason::Delay),
            Self::ExceptionLost | Self::ExceptionDestroyed => K::Lost,
            Self::ExceptionCancel => K::Cancelled,
        };
        Some(kind)
    }
}
