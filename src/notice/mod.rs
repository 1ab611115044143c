//! Buyer notices (买家物流说明): a shipment explained to its buyer in Simplified Chinese and
//! English at any status, ready answers to the questions buyers ask, and the delivery-details
//! paragraph of a product listing.
//!
//! The seller of a direct-mail order does not choose every carrier, yet the buyer asks the
//! seller "哪家快递?" (which carrier?), "到哪了?" (where is it?), "为什么单号变了?" (why did the
//! tracking number change?) and about customs and tax (清关/税费). This module answers from the
//! [`Shipment`](crate::shipment::Shipment) itself:
//!
//! - [`Notice`]: a shipment at an instant `now` the caller passes (the library never reads the
//!   clock), with an optional [`DeliveryWindow`] (two dates; an
//!   [`eta::Window`](crate::eta::Window) converts into one), the buyer's [`Channel`] (a
//!   [`Marketplace`]'s direct mail, or the seller), and the buyer's masked name. It gives the language-independent [`Facts`] — where the parcel is,
//!   which carrier has it ([`CarrierFact`]: name, tracking number, tracking page), the hand-offs
//!   passed and coming ([`HandOffFact`], [`HandOffReason`]: a new number after customs release,
//!   the same S10 number between posts), the window, and the [`Problem`]s: no scan for longer
//!   than the stage normally takes, a customs hold, a failed attempt, an exception, a passed
//!   window;
//! - [`Notice::explain`]: the full explanation; [`Notice::answer`]: the ready answer to a
//!   [`Question`] ([`Question::recognise`] reads it from a buyer's message);
//! - [`ListingChain`]: the listing paragraph explaining the chain — international carrier,
//!   customs, domestic carrier — with the carriers and the transit time or window as
//!   parameters;
//! - [`Templates`]: every sentence is a template per [`Lang`] and [`TemplateKey`], replaceable
//!   per key; output is deterministic.
//! - [`PlaceNames`]: the names of the network's nodes (by hand per language, or the
//!   [`Node`](crate::warehouse::Node)s' own names from a [`Network`](crate::warehouse::Network)),
//!   printed instead of node codes (`PVG`, `NGB-BW1`) through
//!   [`Notice::with_place_names`]; a node without a known name keeps its code.
//!
//! On a marketplace's direct mail (Amazon 海外购 ships from its own fulfilment centres and
//! arranges the carriers) the buyer is sent to the marketplace's customer service, with the
//! seller following the case too.
//!
//! # Personal data
//!
//! Texts use the route's carriers, tracking numbers and hand-off points (named by the caller's
//! [`PlaceNames`] where given), statuses, dates and the buyer's name masked by [`PersonName`](crate::party::PersonName)'s `Display` (`张*`).
//! Carriers' raw event texts and scan locations are never used — they carry couriers' and
//! recipients' names and telephone numbers — and the route's final destination (the buyer's
//! address) is never printed (《个人信息保护法》 第六条: collect and use only the minimum
//! necessary).
//!
//! # Sources of the facts stated
//!
//! - Customs modes: 海关总署公告2014年第12号 (9610), 2014年第57号 (1210), 2018年第194号
//!   (cross-border e-commerce retail import supervision).
//! - Composite tax: 财关税〔2016〕18号 (duty 0 %, import VAT and consumption tax at 70 %, the
//!   buyer as taxpayer with the platform, e-commerce or logistics company as withholding agent),
//!   财关税〔2018〕49号 (limits of 5,000 CNY per transaction and 26,000 CNY per year).
//! - Postal articles: 海关总署公告2010年第43号 (tax of 50 CNY or less waived), 税委会〔2019〕17号
//!   (rates 13 %, 20 %, 50 %).
//! - Hand-offs: UPU S10 keeps one number between postal operators; commercial last-mile
//!   carriers issue their own (see the `shipment` module).
//!
//! # Examples
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use crossborder::carrier::{Carrier, TrackingNumber};
//! use crossborder::geo::Country;
//! use crossborder::notice::{DeliveryWindow, Lang, Notice};
//! use crossborder::shipment::*;
//! use crossborder::warehouse::TransportMode;
//!
//! let pvg = Location::place("上海浦东国际机场", Country::CN)?;
//! let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
//! let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
//! let route = Route::builder(CustomsMode::DirectPurchase)
//!     .leg(Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
//!         Location::node("ONT8".parse()?), pvg.clone(), gm)?)
//!     .clearance()
//!     .leg(Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg,
//!         Location::place("杭州市西湖区", Country::CN)?, sf)?)
//!     .build()?;
//! let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
//! let dhl = LegRef::new(Carrier::DhlEcommerce, gm);
//! let shipment = Shipment::from_events(route, [
//!     TrackingEvent::new(t(1, 18)?, dhl, EventKind::PickedUp),
//!     TrackingEvent::new(t(4, 2)?, dhl, EventKind::CustomsProcessing),
//! ])?;
//! let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
//! let notice = Notice::new(&shipment, t(5, 1)?).with_window(DeliveryWindow::try_new(d(8)?, d(11)?)?);
//! let expected = format!(
//!     "包裹正在上海浦东国际机场办理海关清关手续。\n\
//!      现在承运的快递：DHL电子商务，运单号 GM2951173225174494，查询网址 {} 。\n\
//!      清关放行后将由顺丰速运派送，新的运单号是 SF1385628716739（顺丰速运接收包裹后才有记录），查询网址 {} 。\n\
//!      最近一次物流更新：2026年7月4日 10:00。\n\
//!      预计送达时间：2026年7月8日至2026年7月11日。",
//!     Carrier::DhlEcommerce.tracking_url(&gm),
//!     Carrier::SfExpress.tracking_url(&sf),
//! );
//! assert_eq!(notice.explain(Lang::ZhCn), expected);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod answers;
mod error;
mod explanation;
mod listing;
mod place_names;
mod templates;
mod values;

pub use answers::Question;
pub use error::NoticeError;
pub use explanation::{CarrierFact, Facts, HandOffFact, HandOffReason, Notice, Problem, Side};
pub use listing::ListingChain;
pub use place_names::PlaceNames;
pub use templates::{TemplateKey, Templates};
pub use values::{Channel, DeliveryWindow, Lang, Marketplace};
