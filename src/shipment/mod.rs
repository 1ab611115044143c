//! Shipments (包裹运输): the route of legs a parcel travels, the hand-offs between carriers
//! (交接 / 转单), the tracking events (物流轨迹) carriers report, and the state machine that
//! turns them into a status.
//!
//! A direct-mail parcel changes hands several times: a fulfilment centre gives it to an
//! international carrier, which flies it to a Chinese port of entry (口岸); customs clears it
//! (清关) and a domestic carrier delivers it under a new tracking number. Buyers see the number
//! change, trackers lose the thread, and real feeds skip scans, repeat them and deliver them out
//! of order. This module holds:
//!
//! - [`Leg`] (one carrier's custody between two [`Location`]s: carrier, service,
//!   [`TransportMode`](crate::warehouse::TransportMode), tracking numbers) and [`Route`] (the validated chain of legs, its
//!   [`CustomsMode`] and clearance point, its [`HandOff`]s);
//! - [`TrackingEvent`] (instant, [`LegRef`] = carrier + tracking number, normalised
//!   [`EventKind`], location, the carrier's [`RawCode`] and [`RawText`], an optional
//!   [`SourceId`]);
//! - [`Status`] and the state machine [`Shipment`], which places events by instant, records
//!   skipped milestones as [`Inferred`], and rejects impossible histories with a
//!   [`TransitionError`] naming the status, the event and the [`TransitionRule`];
//! - [`interop`]: mappings to and from the status models of AfterShip, EasyPost and 17TRACK;
//! - customs receipts as events: [`EventKind::from_customs_receipt`],
//!   [`Shipment::inventory_receipt_event`], [`Shipment::logistics_receipt_event`] (this layer
//!   holds the mapping; `customs` knows nothing of shipments).
//!
//! # Sources
//!
//! - **Customs modes.** Cross-border e-commerce retail import is supervised under 海关总署公告
//!   2018年第194号 (关于跨境电子商务零售进出口商品有关监管事宜的公告), with the supervision
//!   codes (监管方式) `9610` direct purchase (跨境贸易电子商务, 海关总署公告2014年第12号) and `1210`
//!   bonded (保税跨境贸易电子商务, 海关总署公告2014年第57号), carried in the `tradeMode` field of
//!   the CEB inventory message. Under 9610 the parcel is declared and cleared on arrival at the
//!   port; under 1210 the goods already sit in a bonded warehouse and each parcel is cleared
//!   there before it leaves. Personal postal articles (个人邮递物品, 行邮) are "limited to
//!   reasonable quantities for personal use and subject to customs control" (《中华人民共和国
//!   海关法》第四十六条); the destination post presents them to customs at the office of
//!   exchange (UPU EDI events `EMD` arrival at inward office of exchange, `EDB` presented to
//!   import customs).
//! - **One number end to end.** A UPU S10 identifier (Universal Postal Union standard S10) is
//!   kept across postal operators, so a postal route's two legs share it and are told apart by
//!   the carrier; commercial last-mile carriers issue their own numbers, linked by a
//!   [`HandOff`] (AfterShip's `last_mile {slug, tracking_number}`, 17TRACK's `local_number`).
//! - **Status models.** AfterShip tags and subtags, EasyPost `status`/`status_detail` and
//!   17TRACK main/sub status, as documented by each vendor (see [`interop`]).
//!
//! # Examples
//!
//! A Japan Post EMS parcel, one S10 number end to end, handed to China Post at the Shanghai
//! office of exchange:
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use crossborder::carrier::{Carrier, TrackingNumber};
//! use crossborder::geo::Country;
//! use crossborder::shipment::*;
//! use crossborder::warehouse::TransportMode;
//!
//! let ems = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
//! let office = Location::place("Shanghai international mail office", Country::CN)?;
//! let route = Route::builder(CustomsMode::PostalArticles)
//!     .leg(Leg::try_new(
//!         Carrier::JapanPost,
//!         TransportMode::Postal,
//!         Location::place("Tokyo international post office", Country::JP)?,
//!         office.clone(),
//!         ems,
//!     )?)
//!     .clearance()
//!     .leg(Leg::try_new(Carrier::ChinaPost, TransportMode::Postal, office, Location::place("上海市徐汇区", Country::CN)?, ems)?)
//!     .build()?;
//! assert!(route.hand_offs().all(|h| h.keeps_number()));
//!
//! let (jp, cn) = (LegRef::new(Carrier::JapanPost, ems), LegRef::new(Carrier::ChinaPost, ems));
//! let t = |d, h| Utc.with_ymd_and_hms(2026, 4, d, h, 0, 0).single().ok_or("instant");
//! let mut shipment = Shipment::new(route);
//! // Arrival first, posting second: events are placed by instant, not by arrival.
//! shipment.apply(TrackingEvent::new(t(3, 9)?, cn, EventKind::ArrivedInDestination))?;
//! shipment.apply(TrackingEvent::new(t(1, 10)?, jp, EventKind::PickedUp))?;
//! shipment.apply(TrackingEvent::new(t(4, 8)?, cn, EventKind::CustomsReleased))?;
//! shipment.apply(TrackingEvent::new(t(5, 15)?, cn, EventKind::Delivered))?;
//! assert_eq!(shipment.status(), Status::Delivered);
//! let inferred: Vec<Status> = shipment.inferred().map(|i| i.milestone()).collect();
//! assert_eq!(inferred, [Status::HandedOff { to: 1 }, Status::PickedUp { leg: 1 }]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
mod event;
pub mod interop;
mod leg;
mod location;
mod machine;
mod receipt;
mod route;
mod status;
mod text;

pub use error::{
    LegError, ParseShipmentCodeError, RouteError, ShipmentError, TextError, TransitionError,
    TransitionRule,
};
pub use event::{EventKind, LegRef, TrackingEvent};
pub use leg::Leg;
pub use location::Location;
pub use machine::{Applied, Inferred, Shipment, TimelineEntry};
pub use route::{CustomsMode, HandOff, Route, RouteBuilder};
pub use status::{ExceptionReason, HoldReason, Status};
pub use text::{PlaceName, RawCode, RawText, SourceId};
