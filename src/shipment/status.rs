//! [`Status`]: where a shipment stands, and the reasons of a customs hold or an exception.

use std::fmt;
use std::str::FromStr;

use super::error::ParseShipmentCodeError;

/// Why customs holds a parcel (海关扣留 / 查验).
///
/// # Examples
///
/// ```
/// use crossborder::shipment::HoldReason;
///
/// assert_eq!(HoldReason::DutiesUnpaid.to_string(), "duties_unpaid");
/// assert_eq!("inspection".parse::<HoldReason>()?, HoldReason::Inspection);
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
    parse_err_fn = ParseShipmentCodeError::hold_reason
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum HoldReason {
    /// Selected for physical inspection (查验).
    Inspection,
    /// Documents missing or not matching (单证不符 / 三单不一致): AfterShip `Exception_018`,
    /// 17TRACK `InTransit_CustomsRequiringInformation`.
    Documents,
    /// Duties or taxes not paid (税款未缴): AfterShip `Exception_006`, Karrio
    /// `customs_duties_unpaid`.
    DutiesUnpaid,
    /// Any other or unstated reason.
    Other,
}

impl HoldReason {
    /// Every reason.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::HoldReason;
    ///
    /// assert_eq!(HoldReason::ALL.len(), 4);
    /// ```
    pub const ALL: &[Self] = &[Self::Inspection, Self::Documents, Self::DutiesUnpaid, Self::Other];

    /// The snake-case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::HoldReason;
    ///
    /// assert_eq!(HoldReason::Documents.as_str(), "documents");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// What went wrong in a recoverable exception (异常): the parcel is expected to move on.
///
/// # Examples
///
/// ```
/// use crossborder::shipment::ExceptionReason;
///
/// assert_eq!(ExceptionReason::Misroute.to_string(), "misroute");
/// assert_eq!("delay".parse::<ExceptionReason>()?, ExceptionReason::Delay);
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
    parse_err_fn = ParseShipmentCodeError::exception_reason
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ExceptionReason {
    /// Delayed (weather, capacity, external factors).
    Delay,
    /// Damaged.
    Damage,
    /// Missorted or misrouted.
    Misroute,
    /// An address problem the carrier is resolving.
    AddressIssue,
    /// Any other or unstated reason.
    Other,
}

impl ExceptionReason {
    /// Every reason.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::ExceptionReason;
    ///
    /// assert_eq!(ExceptionReason::ALL.len(), 5);
    /// ```
    pub const ALL: &[Self] =
        &[Self::Delay, Self::Damage, Self::Misroute, Self::AddressIssue, Self::Other];

    /// The snake-case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::ExceptionReason;
    ///
    /// assert_eq!(ExceptionReason::AddressIssue.as_str(), "address_issue");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Where a shipment stands.
///
/// A status is the outcome of the last event in instant order; a few statuses name the leg
/// (index into [`Route::legs`](super::Route::legs)) or a reason. `Display` prints the
/// snake-case name, followed by `:` and the leg or reason where there is one
/// (`in_transit:1`, `customs_held:inspection`), and [`FromStr`] reads the same form.
///
/// The terminal statuses ([`is_terminal`](Self::is_terminal)) are [`Delivered`](Self::Delivered),
/// [`Returned`](Self::Returned), [`Lost`](Self::Lost), [`Cancelled`](Self::Cancelled) and
/// [`SeizedByCustoms`](Self::SeizedByCustoms).
///
/// # Examples
///
/// ```
/// use crossborder::shipment::{HoldReason, Status};
///
/// let s: Status = "customs_held:documents".parse()?;
/// assert_eq!(s, Status::CustomsHeld(HoldReason::Documents));
/// assert_eq!(Status::InTransit { leg: 1 }.to_string(), "in_transit:1");
/// assert_eq!(Status::InTransit { leg: 1 }.leg(), Some(1));
/// assert!(Status::Delivered.is_terminal());
/// assert!(!Status::CustomsHeld(HoldReason::Inspection).is_terminal());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// No event yet (AfterShip `Pending`, 17TRACK `NotFound`).
    Pending,
    /// The shipper created the label; no carrier has the parcel (已下单 / 已揽件前).
    LabelCreated,
    /// The carrier of `leg` accepted the parcel (揽收).
    PickedUp {
        /// The leg.
        leg: usize,
    },
    /// Moving within the carrier network of `leg` (运输中).
    InTransit {
        /// The leg.
        leg: usize,
    },
    /// Arrived in the destination country, at the port of entry or inward office of exchange
    /// (到达目的国).
    ArrivedInDestination,
    /// Presented to customs, clearance under way (清关中).
    CustomsProcessing,
    /// Held by customs (海关扣留 / 查验).
    CustomsHeld(HoldReason),
    /// Released by customs (已放行 / 清关完成).
    CustomsReleased,
    /// Handed to the carrier of leg `to` (转单 / 交接), which tracks it under its own number.
    HandedOff {
        /// The leg that takes custody.
        to: usize,
    },
    /// Out for delivery (派送中).
    OutForDelivery,
    /// A delivery attempt failed (投递失败); a new attempt or a pick-up point follows.
    DeliveryAttemptFailed,
    /// Waiting at a pick-up point or locker (待自提).
    AvailableForPickup,
    /// Delivered (已签收). Terminal.
    Delivered,
    /// A recoverable exception (异常).
    Exception(ExceptionReason),
    /// On the way back to the sender (退回中).
    ReturningToSender,
    /// Back with the sender (已退回). Terminal.
    Returned,
    /// Lost (丢失). Terminal.
    Lost,
    /// Cancelled before pick-up (已取消). Terminal.
    Cancelled,
    /// Seized or destroyed by customs (海关没收 / 销毁). Terminal.
    SeizedByCustoms,
}

impl Status {
    /// The snake-case name without the leg or reason (`"in_transit"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::Status;
    ///
    /// assert_eq!(Status::HandedOff { to: 1 }.name(), "handed_off");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::LabelCreated => "label_created",
            Self::PickedUp { .. } => "picked_up",
            Self::InTransit { .. } => "in_transit",
            Self::ArrivedInDestination => "arrived_in_destination",
            Self::CustomsProcessing => "customs_processing",
            Self::CustomsHeld(_) => "customs_held",
            Self::CustomsReleased => "customs_released",
            Self::HandedOff { .. } => "handed_off",
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

    /// Whether no event may follow (delivered, returned, lost, cancelled, seized by customs).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::Status;
    ///
    /// assert!(Status::SeizedByCustoms.is_terminal());
    /// assert!(!Status::ReturningToSender.is_terminal());
    /// ```
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            Self::Delivered | Self::Returned | Self::Lost | Self::Cancelled | Self::SeizedByCustoms
        )
    }

    /// Whether the status is a customs status (processing, held, released, seized).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::Status;
    ///
    /// assert!(Status::CustomsReleased.is_customs());
    /// assert!(!Status::ArrivedInDestination.is_customs());
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

    /// The leg the status names, if any (picked up, in transit, handed off).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::Status;
    ///
    /// assert_eq!(Status::PickedUp { leg: 0 }.leg(), Some(0));
    /// assert_eq!(Status::Delivered.leg(), None);
    /// ```
    pub fn leg(self) -> Option<usize> {
        match self {
            Self::PickedUp { leg } | Self::InTransit { leg } | Self::HandedOff { to: leg } => {
                Some(leg)
            }
            _ => None,
        }
    }

    /// The hold reason of [`CustomsHeld`](Self::CustomsHeld).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::{HoldReason, Status};
    ///
    /// assert_eq!(
    ///     Status::CustomsHeld(HoldReason::Inspection).hold_reason(),
    ///     Some(HoldReason::Inspection)
    /// );
    /// ```
    pub fn hold_reason(self) -> Option<HoldReason> {
        match self {
            Self::CustomsHeld(reason) => Some(reason),
            _ => None,
        }
    }

    /// The reason of [`Exception`](Self::Exception).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::{ExceptionReason, Status};
    ///
    /// assert_eq!(
    ///     Status::Exception(ExceptionReason::Damage).exception_reason(),
    ///     Some(ExceptionReason::Damage)
    /// );
    /// ```
    pub fn exception_reason(self) -> Option<ExceptionReason> {
        match self {
            Self::Exception(reason) => Some(reason),
            _ => None,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())?;
        match *self {
            Self::PickedUp { leg } | Self::InTransit { leg } | Self::HandedOff { to: leg } => {
                write!(f, ":{leg}")
            }
            Self::CustomsHeld(reason) => write!(f, ":{reason}"),
            Self::Exception(reason) => write!(f, ":{reason}"),
            _ => Ok(()),
        }
    }
}

/// Parses a leg index of at most 3 ASCII digits, no sign, no leading zero.
fn parse_leg(text: &str) -> Option<usize> {
    let canonical = !text.is_empty()
        && text.len() <= 3
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    if canonical { text.parse().ok() } else { None }
}

impl FromStr for Status {
    type Err = ParseShipmentCodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || ParseShipmentCodeError::status(text);
        let (name, detail) = match text.split_once(':') {
            Some((name, detail)) => (name, Some(detail)),
            None => (text, None),
        };
        let unit = match name {
            "pending" => Some(Self::Pending),
            "label_created" => Some(Self::LabelCreated),
            "arrived_in_destination" => Some(Self::ArrivedInDestination),
            "customs_processing" => Some(Self::CustomsProcessing),
            "customs_released" => Some(Self::CustomsReleased),
            "out_for_delivery" => Some(Self::OutForDelivery),
            "delivery_attempt_failed" => Some(Self::DeliveryAttemptFailed),
            "available_for_pickup" => Some(Self::AvailableForPickup),
            "delivered" => Some(Self::Delivered),
            "returning_to_sender" => Some(Self::ReturningToSender),
            "returned" => Some(Self::Returned),
            "lost" => Some(Self::Lost),
            "cancelled" => Some(Self::Cancelled),
            "seized_by_customs" => Some(Self::SeizedByCustoms),
            _ => None,
        };
        match (unit, detail) {
            (Some(status), None) => return Ok(status),
            (Some(_), Some(_)) => return Err(err()),
            (None, _) => {}
        }
        let detail = detail.ok_or_else(err)?;
        match name {
            "picked_up" => parse_leg(detail).map(|leg| Self::PickedUp { leg }).ok_or_else(err),
            "in_transit" => parse_leg(detail).map(|leg| Self::InTransit { leg }).ok_or_else(err),
            "handed_off" => parse_leg(detail).map(|to| Self::HandedOff { to }).ok_or_else(err),
            "customs_held" => detail.parse().map(Self::CustomsHeld).map_err(|_| err()),
            "exception" => detail.parse().map(Self::Exception).map_err(|_| err()),
            _ => Err(err()),
        }
    }
}

impl TryFrom<&str> for Status {
    type Error = ParseShipmentCodeError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples() -> Vec<Status> {
        let mut all = vec![
            Status::Pending,
            Status::LabelCreated,
            Status::PickedUp { leg: 0 },
            Status::InTransit { leg: 12 },
            Status::ArrivedInDestination,
            Status::CustomsProcessing,
            Status::CustomsReleased,
            Status::HandedOff { to: 1 },
            Status::OutForDelivery,
            Status::DeliveryAttemptFailed,
            Status::AvailableForPickup,
            Status::Delivered,
            Status::ReturningToSender,
            Status::Returned,
            Status::Lost,
            Status::Cancelled,
            Status::SeizedByCustoms,
        ];
        all.extend(HoldReason::ALL.iter().map(|r| Status::CustomsHeld(*r)));
        all.extend(ExceptionReason::ALL.iter().map(|r| Status::Exception(*r)));
        all
    }

    #[test]
    fn display_round_trips() {
        for s in samples() {
            assert_eq!(s.to_string().parse::<Status>(), Ok(s), "{s}");
        }
    }

    #[test]
    fn rejects_non_canonical_forms() {
        for text in [
            "",
            "in_transit",
            "in_transit:",
            "in_transit:01",
            "in_transit:-1",
            "in_transit:1000",
            "delivered:1",
            "customs_held",
            "customs_held:bribe",
            "exception:",
            "Delivered",
            " delivered",
        ] {
            assert!(text.parse::<Status>().is_err(), "{text:?}");
        }
    }

    #[test]
    fn five_terminal_statuses() {
        let terminal: Vec<_> = samples().into_iter().filter(|s| s.is_terminal()).collect();
        assert_eq!(terminal.len(), 5);
    }
}
