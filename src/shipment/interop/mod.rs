//! Mappings between the crate's [`Status`](super::Status) / [`EventKind`](super::EventKind) and
//! the normalised status models of tracking aggregators (`tracking.md` §1 of the project's
//! research): [`aftership`] (tags and subtags), [`easypost`] (`status` and `status_detail`) and
//! [`track17`] (17TRACK main status and sub-status).
//!
//! Each vendor module goes both ways:
//!
//! - **out**: `from_status` gives the vendor value closest to a crate status, for exporting a
//!   shipment to a system that speaks the vendor's model;
//! - **in**: `event_kind` gives the crate's [`EventKind`](super::EventKind) for a vendor
//!   checkpoint, or `None` when the value says "no information" (pending, not found, expired).
//!
//! # Lossy cases
//!
//! No vendor model has every concept of the crate, and the crate keeps a leg, not a vendor's
//! wording, so some round trips lose information. Each module lists its lossy cases; the
//! general ones are:
//!
//! - **Hand-off**: only EasyPost has a value (`transferred_to_destination_carrier`); AfterShip
//!   models it as a second tracking number (`last_mile`) and 17TRACK as `local_number`, so a
//!   [`HandedOff`](super::Status::HandedOff) status goes out as a plain "in transit".
//! - **Legs**: statuses that name a leg lose it.
//! - **Customs**: EasyPost has no customs value; its `held` and `awaiting_information` come in
//!   as a positionless [`Exception`](super::EventKind::Exception), because a carrier hold is
//!   not a customs hold and a customs hold is a milestone the machine places on the route.
//! - **Cancelled, seized**: AfterShip has neither; 17TRACK's `Exception_Destroyed` comes in as
//!   [`Lost`](super::EventKind::Lost) (destroyed is final, but not necessarily by customs).
//! - **Returning vs returned**: EasyPost does not tell them apart; `return` comes in as
//!   [`ReturningToSender`](super::EventKind::ReturningToSender), the final step must come from
//!   elsewhere.
//!
//! # Examples
//!
//! ```
//! use crossborder::shipment::interop::{aftership, easypost, track17};
//! use crossborder::shipment::{EventKind, HoldReason, Status};
//!
//! let held = Status::CustomsHeld(HoldReason::Documents);
//! assert_eq!(aftership::Subtag::from_status(held).to_string(), "Exception_018");
//! assert_eq!(
//!     track17::SubStatus::from_status(held).to_string(),
//!     "InTransit_CustomsRequiringInformation"
//! );
//! let (status, detail) = easypost::from_status(held);
//! assert_eq!((status.as_str(), detail.as_str()), ("in_transit", "awaiting_information"));
//!
//! let sub: track17::SubStatus = "InTransit_CustomsReleased".parse()?;
//! assert_eq!(sub.event_kind(), Some(EventKind::CustomsReleased));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

/// A vendor enum: the variants with their vendor spelling, `ALL`, `as_str`, `Display`,
/// `FromStr` with the module's parse error, and serde as the vendor string.
macro_rules! vendor_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $err:path, $example:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* #[doc = concat!("`", $text, "`.")] $variant, )+
        }

        impl $name {
            /// Every value, in the vendor's documented order.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::shipment::interop::", $example, ";")]
            ///
            #[doc = concat!("assert!(!", stringify!($name), "::ALL.is_empty());")]
            /// ```
            pub const ALL: &[Self] = &[ $( Self::$variant, )+ ];

            /// The vendor's spelling.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::shipment::interop::", $example, ";")]
            ///
            #[doc = concat!("for v in ", stringify!($name), "::ALL {")]
            #[doc = concat!("    assert_eq!(v.as_str().parse::<", stringify!($name), ">()?, *v);")]
            /// }
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn as_str(self) -> &'static str {
                match self { $( Self::$variant => $text, )+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::shipment::ParseShipmentCodeError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Self::ALL.iter().copied().find(|v| v.as_str() == text).ok_or_else(|| $err(text))
            }
        }

        impl TryFrom<&str> for $name {
            type Error = $crate::shipment::ParseShipmentCodeError;

            fn try_from(text: &str) -> Result<Self, $crate::shipment::ParseShipmentCodeError> {
                text.parse()
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

pub mod aftership;
pub mod easypost;
pub mod track17;
