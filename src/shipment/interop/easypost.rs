//! EasyPost tracker statuses: `status` (10 values) and `status_detail` (28 values).
//!
//! Source: the official Node client `EasyPost/easypost-node` at commit
//! `ac2a73296fe0ca520a90f007942935be4d210e6b`, `types/Tracker/TrackerStatus.d.ts` and
//! `TrackerStatusDetail.d.ts`; definitions from EasyPost's "Understanding Trackers" help page.
//!
//! # Lossy cases
//!
//! Out ([`from_status`]): EasyPost has no customs value, so customs processing and release go
//! out as `in_transit`/`in_transit`, holds as `held` (documents: `awaiting_information`) and a
//! seizure as `failure`/`failure`; returning and returned both as `return_to_sender`/`return`;
//! legs are dropped (a pick-up by the first leg is `received_at_origin_facility`, by a later
//! leg plain `in_transit`); the details have no `delivered`, so a delivery goes out as
//! `delivered`/`status_update`. In ([`event_kind`]): `held` and `awaiting_information` come in as a
//! generic exception (a carrier hold is not a customs hold); `return` as returning (EasyPost
//! does not say when the return is complete); `refused` as a failed attempt; `expired`,
//! `status_update` and `unknown` fall back to the `status`.

use crate::shipment::error::ParseShipmentCodeError;
use crate::shipment::{EventKind, ExceptionReason, HoldReason, Status};

vendor_enum! {
    /// An EasyPost tracker `status`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::easypost::TrackerStatus;
    ///
    /// assert_eq!("return_to_sender".parse::<TrackerStatus>()?, TrackerStatus::ReturnToSender);
    /// assert_eq!(TrackerStatus::ALL.len(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    TrackerStatus, ParseShipmentCodeError::easypost, "easypost::TrackerStatus" {
        /// The carrier has no tracking information.
        Unknown = "unknown",
        /// Information submitted; the carrier does not have the parcel yet.
        PreTransit = "pre_transit",
        /// In transit.
        InTransit = "in_transit",
        /// On the final delivery route.
        OutForDelivery = "out_for_delivery",
        /// Delivered.
        Delivered = "delivered",
        /// At a carrier location for pick-up.
        AvailableForPickup = "available_for_pickup",
        /// Going back to the sender.
        ReturnToSender = "return_to_sender",
        /// Delivery failed.
        Failure = "failure",
        /// Cancelled.
        Cancelled = "cancelled",
        /// Tracking error.
        Error = "error",
    }
}

vendor_enum! {
    /// An EasyPost tracker `status_detail`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::interop::easypost::StatusDetail;
    ///
    /// let d: StatusDetail = "transferred_to_destination_carrier".parse()?;
    /// assert_eq!(d, StatusDetail::TransferredToDestinationCarrier);
    /// assert_eq!(StatusDetail::ALL.len(), 28);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    StatusDetail, ParseShipmentCodeError::easypost, "easypost::StatusDetail" {
        /// Address corrected.
        AddressCorrection = "address_correction",
        /// Arrived at the destination.
        ArrivedAtDestination = "arrived_at_destination",
        /// Arrived at a facility.
        ArrivedAtFacility = "arrived_at_facility",
        /// Arrived at a pick-up location.
        ArrivedAtPickupLocation = "arrived_at_pickup_location",
        /// Waiting for information.
        AwaitingInformation = "awaiting_information",
        /// Cancelled.
        Cancelled = "cancelled",
        /// Damaged.
        Damaged = "damaged",
        /// Delayed.
        Delayed = "delayed",
        /// Delivery exception.
        DeliveryException = "delivery_exception",
        /// Departed a facility.
        DepartedFacility = "departed_facility",
        /// Departed the origin facility.
        DepartedOriginFacility = "departed_origin_facility",
        /// Tracker expired.
        Expired = "expired",
        /// Failure.
        Failure = "failure",
        /// Held.
        Held = "held",
        /// In transit.
        InTransit = "in_transit",
        /// Label created.
        LabelCreated = "label_created",
        /// Lost.
        Lost = "lost",
        /// Missorted.
        Missorted = "missorted",
        /// Out for delivery.
        OutForDelivery = "out_for_delivery",
        /// Received at the destination facility.
        ReceivedAtDestinationFacility = "received_at_destination_facility",
        /// Received at the origin facility.
        ReceivedAtOriginFacility = "received_at_origin_facility",
        /// Refused.
        Refused = "refused",
        /// Return.
        Return = "return",
        /// Status update.
        StatusUpdate = "status_update",
        /// Transferred to the destination carrier.
        TransferredToDestinationCarrier = "transferred_to_destination_carrier",
        /// Transit exception.
        TransitException = "transit_exception",
        /// Unknown.
        Unknown = "unknown",
        /// Weather delay.
        WeatherDelay = "weather_delay",
    }
}

/// The EasyPost `status` and `status_detail` closest to a crate status (see the module's lossy
/// cases).
///
/// # Examples
///
/// ```
/// use crossborder::shipment::interop::easypost::{from_status, StatusDetail, TrackerStatus};
/// use crossborder::shipment::Status;
///
/// assert_eq!(
///     from_status(Status::HandedOff { to: 1 }),
///     (TrackerStatus::InTransit, StatusDetail::TransferredToDestinationCarrier)
/// );
/// assert_eq!(from_status(Status::Lost), (TrackerStatus::Failure, StatusDetail::Lost));
/// ```
pub fn from_status(status: Status) -> (TrackerStatus, StatusDetail) {
    use StatusDetail as D;
    use TrackerStatus as S;
    match status {
        Status::Pending => (S::Unknown, D::Unknown),
        Status::LabelCreated => (S::PreTransit, D::LabelCreated),
        Status::PickedUp { leg: 0 } => (S::InTransit, D::ReceivedAtOriginFacility),
        Status::PickedUp { .. }
        | Status::InTransit { .. }
        | Status::CustomsProcessing
        | Status::CustomsReleased => (S::InTransit, D::InTransit),
        Status::ArrivedInDestination => (S::InTransit, D::ArrivedAtDestination),
        Status::CustomsHeld(HoldReason::Documents) => (S::InTransit, D::AwaitingInformation),
        Status::CustomsHeld(_) => (S::InTransit, D::Held),
        Status::HandedOff { .. } => (S::InTransit, D::TransferredToDestinationCarrier),
        Status::OutForDelivery => (S::OutForDelivery, D::OutForDelivery),
        Status::DeliveryAttemptFailed => (S::Failure, D::DeliveryException),
        Status::AvailableForPickup => (S::AvailableForPickup, D::ArrivedAtPickupLocation),
        Status::Delivered => (S::Delivered, D::StatusUpdate),
        Status::Exception(ExceptionReason::Delay) => (S::InTransit, D::Delayed),
        Status::Exception(ExceptionReason::Damage) => (S::InTransit, D::Damaged),
        Status::Exception(ExceptionReason::Misroute) => (S::InTransit, D::Missorted),
        Status::Exception(ExceptionReason::AddressIssue) => (S::InTransit, D::AddressCorrection),
        Status::Exception(_) => (S::InTransit, D::TransitException),
        Status::ReturningToSender | Status::Returned => (S::ReturnToSender, D::Return),
        Status::Lost => (S::Failure, D::Lost),
        Status::Cancelled => (S::Cancelled, D::Cancelled),
        Status::SeizedByCustoms => (S::Failure, D::Failure),
    }
}

/// The event kind an EasyPost tracking detail means, from its `status_detail`, falling back to
/// its `status` for `status_update`, `unknown` and `failure`; `None` for an expired tracker and
/// for `unknown`/`error` without a detail (no information).
///
/// # Examples
///
/// ```
/// use crossborder::shipment::interop::easypost::{event_kind, StatusDetail, TrackerStatus};
/// use crossborder::shipment::{EventKind, ExceptionReason};
///
/// assert_eq!(
///     event_kind(TrackerStatus::InTransit, StatusDetail::TransferredToDestinationCarrier),
///     Some(EventKind::HandedOff)
/// );
/// assert_eq!(
///     event_kind(TrackerStatus::OutForDelivery, StatusDetail::StatusUpdate),
///     Some(EventKind::OutForDelivery)
/// );
/// // A hold is not known to be a customs hold.
/// assert_eq!(
///     event_kind(TrackerStatus::InTransit, StatusDetail::Held),
///     Some(EventKind::Exception(ExceptionReason::Other))
/// );
/// assert_eq!(event_kind(TrackerStatus::Unknown, StatusDetail::Unknown), None);
/// ```
pub fn event_kind(status: TrackerStatus, detail: StatusDetail) -> Option<EventKind> {
    use EventKind as K;
    use StatusDetail as D;
    let kind = match detail {
        D::Expired => return None,
        D::StatusUpdate | D::Unknown | D::Failure => return status_kind(status),
        D::LabelCreated => K::LabelCreated,
        D::ReceivedAtOriginFacility => K::PickedUp,
        D::ArrivedAtFacility
        | D::DepartedFacility
        | D::DepartedOriginFacility
        | D::InTransit
        | D::ReceivedAtDestinationFacility => K::InTransit,
        D::ArrivedAtDestination => K::ArrivedInDestination,
        D::TransferredToDestinationCarrier => K::HandedOff,
        D::OutForDelivery => K::OutForDelivery,
        D::ArrivedAtPickupLocation => K::AvailableForPickup,
        D::DeliveryException | D::Refused => K::DeliveryAttemptFailed,
        D::Held | D::AwaitingInformation | D::TransitException => {
            K::Exception(ExceptionReason::Other)
        }
        D::Delayed | D::WeatherDelay => K::Exception(ExceptionReason::Delay),
        D::Damaged => K::Exception(ExceptionReason::Damage),
        D::Missorted => K::Exception(ExceptionReason::Misroute),
        D::AddressCorrection => K::Exception(ExceptionReason::AddressIssue),
        D::Return => K::ReturningToSender,
        D::Lost => K::Lost,
        D::Cancelled => K::Cancelled,
    };
    Some(kind)
}

/// The event kind of a bare `status`.
fn status_kind(status: TrackerStatus) -> Option<EventKind> {
    use EventKind as K;
    use TrackerStatus as S;
    match status {
        S::Unknown | S::Error => None,
        S::PreTransit => Some(K::LabelCreated),
        S::InTransit => Some(K::InTransit),
        S::OutForDelivery => Some(K::OutForDelivery),
        S::Delivered => Some(K::Delivered),
        S::AvailableForPickup => Some(K::AvailableForPickup),
        S::ReturnToSender => Some(K::ReturningToSender),
        S::Failure => Some(K::Exception(ExceptionReason::Other)),
        S::Cancelled => Some(K::Cancelled),
    }
}
