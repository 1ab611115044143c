//! [`Notice`]: a shipment explained to its buyer — where it is, which carrier has it and which
//! had it before, why the number changed, the delivery window, and what to do when it is stuck.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use super::place_names::PlaceNames;
use super::templates::{TemplateKey, Templates, push_sentence};
use super::values::{Channel, DeliveryWindow, Lang};
use crate::carrier::{Carrier, TrackingNumber};
use crate::party::PersonName;
use crate::shipment::{
    CustomsMode, ExceptionReason, HandOff, HoldReason, Leg, Location, Shipment, Status,
};
use crate::warehouse::{NodeCode, TransportMode};

/// Which side of customs a leg runs on: before clearance (towards China) or after it (in
/// China).
///
/// # Examples
///
/// ```
/// use crossborder::notice::Side;
///
/// assert_ne!(Side::BeforeClearance, Side::AfterClearance);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Side {
    /// The leg runs before customs clearance (abroad, towards the port of entry).
    BeforeClearance,
    /// The leg runs after customs clearance (in China).
    AfterClearance,
}

/// One carrier's custody of the parcel: the leg, the carrier and the tracking number.
///
/// # Examples
///
/// See [`Facts`].
///
/// ```
/// use crossborder::carrier::{Carrier, TrackingNumber};
/// use crossborder::notice::{CarrierFact, Lang};
///
/// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// let fact = CarrierFact::new(1, Carrier::SfExpress, sf);
/// assert_eq!(fact.name(Lang::ZhCn), "顺丰速运");
/// assert!(fact.tracking_url().ends_with("SF1385628716739"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct CarrierFact {
    leg: usize,
    carrier: Carrier,
    number: TrackingNumber,
}

impl CarrierFact {
    /// The carrier of leg `leg` with its tracking number.
    ///
    /// # Examples
    ///
    /// See [`CarrierFact`].
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::CarrierFact;
    ///
    /// let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// assert_eq!(CarrierFact::new(1, Carrier::SfExpress, n).leg(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(leg: usize, carrier: Carrier, number: TrackingNumber) -> Self {
        Self { leg, carrier, number }
    }

    /// The leg index on the route.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::CarrierFact;
    ///
    /// let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// assert_eq!(CarrierFact::new(0, Carrier::SfExpress, n).leg(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn leg(&self) -> usize {
        self.leg
    }

    /// The carrier.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::CarrierFact;
    ///
    /// let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// assert_eq!(CarrierFact::new(0, Carrier::SfExpress, n).carrier(), Carrier::SfExpress);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn carrier(&self) -> Carrier {
        self.carrier
    }

    /// The tracking number the carrier uses.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::CarrierFact;
    ///
    /// let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// assert_eq!(CarrierFact::new(0, Carrier::SfExpress, n).number(), &n);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn number(&self) -> &TrackingNumber {
        &self.number
    }

    /// The carrier's tracking page for the number.
    ///
    /// # Examples
    ///
    /// See [`CarrierFact`].
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::CarrierFact;
    ///
    /// let n = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// let fact = CarrierFact::new(1, Carrier::ChinaPost, n); // China Post tracks the EMS number
    /// assert_eq!(fact.tracking_url(), Carrier::ChinaPost.tracking_url(&n));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tracking_url(&self) -> String {
        self.carrier.tracking_url(&self.number)
    }

    /// The carrier's name in `lang` (its English name where it has no Chinese one).
    ///
    /// # Examples
    ///
    /// See [`CarrierFact`].
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::{CarrierFact, Lang};
    ///
    /// let n = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// assert_eq!(CarrierFact::new(0, Carrier::SfExpress, n).name(Lang::En), "SF Express");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self, lang: Lang) -> &'static str {
        carrier_name(self.carrier, lang)
    }
}

/// Why the tracking number changed (or did not) at a hand-off.
///
/// # Examples
///
/// ```
/// use crossborder::notice::HandOffReason;
///
/// assert_ne!(HandOffReason::AfterCustomsRelease, HandOffReason::SameNumber);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum HandOffReason {
    /// Customs released the parcel and a domestic carrier took it under its own number
    /// (转单).
    AfterCustomsRelease,
    /// Postal operators passed it on under the same UPU S10 number.
    SameNumber,
    /// Another hand-off between carriers, with a new number.
    Transfer,
}

/// A hand-off between two carriers, as the buyer sees it.
///
/// # Examples
///
/// See [`Facts`].
///
/// ```
/// # use chrono::{TimeZone, Utc};
/// # use crossborder::carrier::{Carrier, TrackingNumber};
/// # use crossborder::geo::Country;
/// # use crossborder::notice::{HandOffReason, Notice};
/// # use crossborder::shipment::*;
/// # use crossborder::warehouse::TransportMode;
/// # let pvg = Location::place("上海浦东国际机场", Country::CN)?;
/// # let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// # let route = Route::builder(CustomsMode::DirectPurchase)
/// #     .leg(Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air, Location::node("ONT8".parse()?), pvg.clone(), gm)?)
/// #     .clearance()
/// #     .leg(Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg, Location::place("杭州市西湖区", Country::CN)?, sf)?)
/// #     .build()?;
/// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
/// # let shipment = Shipment::from_events(route, [TrackingEvent::new(t(9, 1)?, LegRef::new(Carrier::SfExpress, sf), EventKind::PickedUp)])?;
/// let facts = Notice::new(&shipment, t(9, 8)?).facts();
/// let h = &facts.earlier()[0];
/// assert_eq!((h.from().carrier(), h.to().carrier()), (Carrier::DhlEcommerce, Carrier::SfExpress));
/// assert_eq!(h.place(), "上海浦东国际机场");
/// assert_eq!(h.reason(), HandOffReason::AfterCustomsRelease);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct HandOffFact {
    from: CarrierFact,
    to: CarrierFact,
    place: String,
    /// The node the hand-off happens at, when the route names one (what
    /// [`Notice::with_place_names`] looks up); absent for a named place.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    node: Option<NodeCode>,
    reason: HandOffReason,
}

impl HandOffFact {
    /// The carrier that handed the parcel on.
    ///
    /// # Examples
    ///
    /// See [`HandOffFact`].
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::{CarrierFact, HandOffFact, HandOffReason};
    ///
    /// let ems = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// let h = HandOffFact::new(CarrierFact::new(0, Carrier::JapanPost, ems),
    ///     CarrierFact::new(1, Carrier::ChinaPost, ems), "上海国际邮件互换局", HandOffReason::SameNumber);
    /// assert_eq!(h.from().carrier(), Carrier::JapanPost);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from(&self) -> &CarrierFact {
        &self.from
    }

    /// The carrier that took the parcel.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::{CarrierFact, HandOffFact, HandOffReason};
    ///
    /// let ems = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// let h = HandOffFact::new(CarrierFact::new(0, Carrier::JapanPost, ems),
    ///     CarrierFact::new(1, Carrier::ChinaPost, ems), "上海国际邮件互换局", HandOffReason::SameNumber);
    /// assert_eq!(h.to().carrier(), Carrier::ChinaPost);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to(&self) -> &CarrierFact {
        &self.to
    }

    /// Where it happened (the route's location: a place name or a node code; a node's name from
    /// [`Notice::with_place_names`] is applied when the fact is put into words).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::{CarrierFact, HandOffFact, HandOffReason};
    ///
    /// let ems = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// let h = HandOffFact::new(CarrierFact::new(0, Carrier::JapanPost, ems),
    ///     CarrierFact::new(1, Carrier::ChinaPost, ems), "上海国际邮件互换局", HandOffReason::SameNumber);
    /// assert_eq!(h.place(), "上海国际邮件互换局");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn place(&self) -> &str {
        &self.place
    }

    /// The node the hand-off happens at, when the route names a node there (the code
    /// [`Notice::with_place_names`] looks up); `None` for a named place or a fact made with
    /// [`new`](Self::new).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::{CarrierFact, HandOffFact, HandOffReason};
    ///
    /// let ems = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// let h = HandOffFact::new(CarrierFact::new(0, Carrier::JapanPost, ems),
    ///     CarrierFact::new(1, Carrier::ChinaPost, ems), "上海国际邮件互换局", HandOffReason::SameNumber);
    /// assert_eq!(h.node(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn node(&self) -> Option<NodeCode> {
        self.node
    }

    /// Why the number changed or not.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::{CarrierFact, HandOffFact, HandOffReason};
    ///
    /// let ems = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// let h = HandOffFact::new(CarrierFact::new(0, Carrier::JapanPost, ems),
    ///     CarrierFact::new(1, Carrier::ChinaPost, ems), "上海国际邮件互换局", HandOffReason::SameNumber);
    /// assert_eq!(h.reason(), HandOffReason::SameNumber);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reason(&self) -> HandOffReason {
        self.reason
    }

    /// A hand-off from `from` to `to` at `place`, for `reason`.
    ///
    /// # Examples
    ///
    /// See [`HandOffFact::from`].
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::notice::{CarrierFact, HandOffFact, HandOffReason};
    ///
    /// let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// let h = HandOffFact::new(CarrierFact::new(0, Carrier::DhlEcommerce, gm),
    ///     CarrierFact::new(1, Carrier::SfExpress, sf), "PVG", HandOffReason::AfterCustomsRelease);
    /// assert_eq!(h.to().number(), &sf);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        from: CarrierFact,
        to: CarrierFact,
        place: impl Into<String>,
        reason: HandOffReason,
    ) -> Self {
        Self { from, to, place: place.into(), node: None, reason }
    }
}

/// Something the buyer should know is wrong, or may need to act on.
///
/// # Examples
///
/// ```
/// use crossborder::notice::Problem;
/// use crossborder::shipment::HoldReason;
///
/// assert!(Problem::CustomsHold(HoldReason::DutiesUnpaid).needs_contact());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Problem {
    /// No scan for longer than the current stage normally takes.
    NoScan {
        /// The carrier that last scanned the parcel.
        carrier: Carrier,
        /// The last scan.
        since: DateTime<Utc>,
        /// Whole days since the last scan.
        days: i64,
    },
    /// Customs holds the parcel.
    CustomsHold(HoldReason),
    /// A delivery attempt failed.
    DeliveryAttemptFailed,
    /// The carrier reports an exception.
    Exception(ExceptionReason),
    /// The delivery window ended and the parcel is not delivered.
    PastWindow {
        /// The window's last date.
        to: NaiveDate,
    },
    /// The parcel is returning to the sender.
    Returning,
    /// The parcel went back to the sender.
    Returned,
    /// The carrier lost the parcel.
    Lost,
    /// The shipment was cancelled.
    Cancelled,
    /// Customs seized the parcel.
    Seized,
}

impl Problem {
    /// Whether the buyer should be told whom to contact (every problem but an inspection, which
    /// needs no action).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::Problem;
    /// use crossborder::shipment::HoldReason;
    ///
    /// assert!(!Problem::CustomsHold(HoldReason::Inspection).needs_contact());
    /// assert!(Problem::Lost.needs_contact());
    /// ```
    pub fn needs_contact(&self) -> bool {
        !matches!(self, Self::CustomsHold(HoldReason::Inspection))
    }
}

/// What a notice says, before it is put in words: every fact is language-independent, and
/// [`Notice::explain`] renders them with [`Templates`].
///
/// # Examples
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use crossborder::carrier::{Carrier, TrackingNumber};
/// use crossborder::geo::Country;
/// use crossborder::notice::{DeliveryWindow, Notice, Problem, Side};
/// use crossborder::shipment::*;
/// use crossborder::warehouse::TransportMode;
///
/// let pvg = Location::place("上海浦东国际机场", Country::CN)?;
/// let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// let route = Route::builder(CustomsMode::DirectPurchase)
///     .leg(Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
///         Location::node("ONT8".parse()?), pvg.clone(), gm)?)
///     .clearance()
///     .leg(Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg,
///         Location::place("杭州市西湖区", Country::CN)?, sf)?)
///     .build()?;
/// let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
/// let dhl = LegRef::new(Carrier::DhlEcommerce, gm);
/// let shipment = Shipment::from_events(route, [
///     TrackingEvent::new(t(1, 18)?, dhl, EventKind::PickedUp),
///     TrackingEvent::new(t(4, 2)?, dhl, EventKind::CustomsHeld(HoldReason::DutiesUnpaid)),
/// ])?;
/// let window = DeliveryWindow::try_new(
///     NaiveDate::from_ymd_opt(2026, 7, 8).ok_or("date")?,
///     NaiveDate::from_ymd_opt(2026, 7, 12).ok_or("date")?,
/// )?;
/// // Twelve days after the hold: held, no scan for longer than customs takes, window passed.
/// let facts = Notice::new(&shipment, t(16, 2)?).with_window(window).facts();
/// assert_eq!(facts.side(), Side::BeforeClearance);
/// assert_eq!(facts.current().map(|c| c.carrier()), Some(Carrier::DhlEcommerce));
/// assert_eq!(facts.upcoming().map(|h| h.to().carrier()), Some(Carrier::SfExpress));
/// assert_eq!(facts.problems(), &[
///     Problem::CustomsHold(HoldReason::DutiesUnpaid),
///     Problem::NoScan { carrier: Carrier::DhlEcommerce, since: t(4, 2)?, days: 12 },
///     Problem::PastWindow { to: window.latest() },
/// ]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Facts {
    status: Status,
    customs_mode: CustomsMode,
    side: Side,
    current: Option<CarrierFact>,
    upcoming: Option<HandOffFact>,
    earlier: Vec<HandOffFact>,
    clearance_place: String,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    clearance_node: Option<NodeCode>,
    last_update: Option<DateTime<Utc>>,
    window: Option<DeliveryWindow>,
    problems: Vec<Problem>,
}

impl Facts {
    /// The shipment's status.
    ///
    /// # Examples
    ///
    /// See [`Facts`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// assert_eq!(Notice::new(&shipment, now).facts().status(), Status::Pending);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(&self) -> Status {
        self.status
    }

    /// The route's customs mode.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// assert_eq!(Notice::new(&shipment, now).facts().customs_mode(), CustomsMode::BondedImport);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn customs_mode(&self) -> CustomsMode {
        self.customs_mode
    }

    /// Which side of customs the current carrier works on.
    ///
    /// # Examples
    ///
    /// See [`Facts`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{Notice, Side};
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// // Bonded import: the only leg runs after clearance.
    /// assert_eq!(Notice::new(&shipment, now).facts().side(), Side::AfterClearance);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn side(&self) -> Side {
        self.side
    }

    /// The carrier that has the parcel (before pick-up: the carrier that will collect it). A
    /// [`Route`](crate::shipment::Route) always has a leg, so this is always `Some`.
    ///
    /// # Examples
    ///
    /// See [`Facts`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// assert_eq!(Notice::new(&shipment, now).facts().current().map(|c| c.number()), Some(&sf));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn current(&self) -> Option<&CarrierFact> {
        self.current.as_ref()
    }

    /// The coming hand-off, while the parcel is at customs (arrived, being cleared, held or
    /// released) and another carrier takes over after it.
    ///
    /// # Examples
    ///
    /// See [`Facts`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// assert!(Notice::new(&shipment, now).facts().upcoming().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn upcoming(&self) -> Option<&HandOffFact> {
        self.upcoming.as_ref()
    }

    /// The hand-offs already passed, in route order.
    ///
    /// # Examples
    ///
    /// See [`HandOffFact`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// assert!(Notice::new(&shipment, now).facts().earlier().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn earlier(&self) -> &[HandOffFact] {
        &self.earlier
    }

    /// Where customs clears the parcel (the route's clearance location: a place name or a node
    /// code; a node's name from [`Notice::with_place_names`] is applied when the facts are put
    /// into words).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// assert_eq!(Notice::new(&shipment, now).facts().clearance_place(), "NGB-BW1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn clearance_place(&self) -> &str {
        &self.clearance_place
    }

    /// The node where customs clears the parcel, when the route's clearance location is a
    /// node (the code [`Notice::with_place_names`] looks up); `None` for a named place.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// let facts = Notice::new(&shipment, now).facts();
    /// assert_eq!(facts.clearance_node(), Some("NGB-BW1".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn clearance_node(&self) -> Option<NodeCode> {
        self.clearance_node
    }

    /// The instant of the last tracking event, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// assert_eq!(Notice::new(&shipment, now).facts().last_update(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_update(&self) -> Option<DateTime<Utc>> {
        self.last_update
    }

    /// The delivery window given to the notice, if any.
    ///
    /// # Examples
    ///
    /// See [`Facts`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// assert_eq!(Notice::new(&shipment, now).facts().window(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn window(&self) -> Option<DeliveryWindow> {
        self.window
    }

    /// The problems, in a fixed order: the status's own (hold, failed attempt, exception,
    /// return, loss, cancellation, seizure), then a silence longer than the stage normally
    /// takes, then a passed window.
    ///
    /// # Examples
    ///
    /// See [`Facts`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// assert!(Notice::new(&shipment, now).facts().problems().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Keeps only the problems in `keep`.
    pub(super) fn retain_problems(&mut self, keep: &[Problem]) {
        self.problems.retain(|p| keep.contains(p));
    }
}

/// A shipment explained to its buyer, at the instant `now` the caller passes (the library never
/// reads the clock).
///
/// A notice is built from the [`Shipment`] and optional inputs: the current
/// [`DeliveryWindow`] (as the `eta` module estimates it), the [`Channel`] (whom the buyer
/// contacts; by default Amazon's direct mail), the buyer's time zone for dates (default
/// `Asia/Shanghai`), how long each leg normally goes without a scan, the buyer's
/// [`PersonName`], printed masked, and the [`PlaceNames`] printed instead of node codes. It
/// then gives the [`Facts`], the full explanation
/// ([`explain`](Self::explain)) and ready answers to the common questions
/// ([`answer`](Self::answer)), in Simplified Chinese or English, through replaceable
/// [`Templates`].
///
/// # What "stuck" means
///
/// The parcel is stuck when the last scan is older than the current stage normally takes: the
/// customs limit while the parcel is at customs (arrived, being cleared, held, released;
/// default 7 days: clearance typically takes 1 to 5 business days, more with an inspection),
/// otherwise the current leg's limit, by default from its transport mode — air 7 days (Amazon's
/// international expedited service promises 3 to 7 business days after shipment), post 14 days
/// (USPS Priority Mail International: 6 to 10 business days), road 4 days, rail 21 days, sea 35
/// days. These defaults are priors; pass the lanes' transit times with
/// [`with_leg_limit`](Self::with_leg_limit).
///
/// # Personal data
///
/// Texts are built from the route's carriers, tracking numbers and hand-off points, the
/// statuses and dates, and the buyer's masked name. Carriers' raw event texts and scan locations
/// are never used: they carry couriers' and recipients' names and phone numbers. The route's
/// last destination (the buyer's address) is never printed.
///
/// # Examples
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use crossborder::carrier::{Carrier, TrackingNumber};
/// use crossborder::geo::Country;
/// use crossborder::notice::{Lang, Notice, Question};
/// use crossborder::shipment::*;
/// use crossborder::warehouse::TransportMode;
///
/// let pvg = Location::place("上海浦东国际机场", Country::CN)?;
/// let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// let route = Route::builder(CustomsMode::DirectPurchase)
///     .leg(Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
///         Location::node("ONT8".parse()?), pvg.clone(), gm)?)
///     .clearance()
///     .leg(Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg,
///         Location::place("杭州市西湖区", Country::CN)?, sf)?)
///     .build()?;
/// let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
/// let (dhl, sfx) = (LegRef::new(Carrier::DhlEcommerce, gm), LegRef::new(Carrier::SfExpress, sf));
/// let shipment = Shipment::from_events(route, [
///     TrackingEvent::new(t(1, 18)?, dhl, EventKind::PickedUp),
///     TrackingEvent::new(t(5, 2)?, dhl, EventKind::CustomsReleased),
///     TrackingEvent::new(t(5, 9)?, sfx, EventKind::InTransit),
/// ])?;
/// let notice = Notice::new(&shipment, t(6, 1)?);
/// let answer = notice.answer(Question::WhyNumberChanged, Lang::ZhCn);
/// assert!(answer.starts_with("单号为什么变了：DHL电子商务（运单号 GM2951173225174494）把包裹运到上海浦东国际机场"));
/// assert!(notice.answer(Question::WhichCarrier, Lang::En).starts_with("Carrier now: SF Express, tracking number SF1385628716739."));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Notice<'a> {
    shipment: &'a Shipment,
    now: DateTime<Utc>,
    window: Option<DeliveryWindow>,
    channel: Channel,
    time_zone: Tz,
    leg_limits: Vec<(usize, u16)>,
    customs_limit_days: u16,
    addressee: Option<&'a PersonName>,
    place_names: Option<&'a PlaceNames>,
}

impl<'a> Notice<'a> {
    /// The default customs limit, in days.
    pub const CUSTOMS_LIMIT_DAYS: u16 = 7;

    /// A notice for `shipment` as of `now`, with the defaults (no window, Amazon's direct mail,
    /// `Asia/Shanghai`, the transport modes' limits, no buyer's name, nodes printed by their
    /// codes).
    ///
    /// # Examples
    ///
    /// See [`Notice`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{Lang, Notice};
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// let text = Notice::new(&shipment, now).explain(Lang::ZhCn);
    /// assert!(text.starts_with("您的订单正在境内保税仓备货"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(shipment: &'a Shipment, now: DateTime<Utc>) -> Self {
        Self {
            shipment,
            now,
            window: None,
            channel: Channel::default(),
            time_zone: chrono_tz::Asia::Shanghai,
            leg_limits: Vec::new(),
            customs_limit_days: Self::CUSTOMS_LIMIT_DAYS,
            addressee: None,
            place_names: None,
        }
    }

    /// The notice with the current delivery window: a [`DeliveryWindow`], or an
    /// [`eta::Window`](crate::eta::Window) as the `eta` module estimates it.
    ///
    /// # Examples
    ///
    /// See [`Facts`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{DeliveryWindow, Lang, Notice};
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
    /// let notice = Notice::new(&shipment, now).with_window(DeliveryWindow::try_new(d(3)?, d(5)?)?);
    /// assert!(notice.explain(Lang::En).contains("Expected delivery: 3 July 2026 to 5 July 2026."));
    /// // An estimate's window directly.
    /// let estimate = crossborder::eta::Window::try_new(d(3)?, d(5)?, "0.8".parse()?)?;
    /// assert_eq!(Notice::new(&shipment, now).with_window(estimate), notice);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_window(mut self, window: impl Into<DeliveryWindow>) -> Self {
        self.window = Some(window.into());
        self
    }

    /// The notice with the buyer's channel (whom to contact).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{Channel, Lang, Notice};
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let r = LegRef::new(Carrier::SfExpress, sf);
    /// # let t = |d| Utc.with_ymd_and_hms(2026, 7, d, 0, 0, 0).single().ok_or("instant");
    /// # let shipment = Shipment::from_events(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?,
    /// #     [TrackingEvent::new(t(1)?, r, EventKind::Lost)])?;
    /// let notice = Notice::new(&shipment, t(2)?).with_channel(Channel::SellerShipped);
    /// assert!(notice.explain(Lang::En).contains("please contact us and we will check with SF Express"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_channel(mut self, channel: Channel) -> Self {
        self.channel = channel;
        self
    }

    /// The notice with the buyer's time zone, for dates and times.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{Lang, Notice};
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let r = LegRef::new(Carrier::SfExpress, sf);
    /// let at = Utc.with_ymd_and_hms(2026, 7, 1, 20, 0, 0).single().ok_or("instant")?;
    /// # let shipment = Shipment::from_events(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?,
    /// #     [TrackingEvent::new(at, r, EventKind::PickedUp)])?;
    /// let shanghai = Notice::new(&shipment, at).explain(Lang::En);
    /// assert!(shanghai.contains("Last tracking update: 2 July 2026 at 04:00."));
    /// let utc = Notice::new(&shipment, at).with_time_zone(chrono_tz::UTC).explain(Lang::En);
    /// assert!(utc.contains("Last tracking update: 1 July 2026 at 20:00."));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_time_zone(mut self, time_zone: Tz) -> Self {
        self.time_zone = time_zone;
        self
    }

    /// The notice with `days` as the longest normal silence of leg `leg` (its transit time,
    /// for instance from the lane's [`TransitTime`](crate::warehouse::TransitTime)).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{Notice, Problem};
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let r = LegRef::new(Carrier::SfExpress, sf);
    /// # let t = |d| Utc.with_ymd_and_hms(2026, 7, d, 0, 0, 0).single().ok_or("instant");
    /// # let shipment = Shipment::from_events(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?,
    /// #     [TrackingEvent::new(t(1)?, r, EventKind::InTransit)])?;
    /// // Three days without a scan: fine for road's default 4 days, stuck with a 2-day limit.
    /// assert!(Notice::new(&shipment, t(4)?).facts().problems().is_empty());
    /// let strict = Notice::new(&shipment, t(4)?).with_leg_limit(0, 2).facts();
    /// assert!(matches!(strict.problems(), [Problem::NoScan { days: 3, .. }]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_leg_limit(mut self, leg: usize, days: u16) -> Self {
        self.leg_limits.retain(|(l, _)| *l != leg);
        self.leg_limits.push((leg, days));
        self
    }

    /// The notice with `days` as the longest normal silence at customs (default
    /// [`CUSTOMS_LIMIT_DAYS`](Self::CUSTOMS_LIMIT_DAYS)).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{Notice, Problem};
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let r = LegRef::new(Carrier::SfExpress, sf);
    /// # let t = |d| Utc.with_ymd_and_hms(2026, 7, d, 0, 0, 0).single().ok_or("instant");
    /// # let shipment = Shipment::from_events(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?,
    /// #     [TrackingEvent::new(t(1)?, r, EventKind::CustomsProcessing)])?;
    /// assert!(Notice::new(&shipment, t(5)?).facts().problems().is_empty());
    /// let strict = Notice::new(&shipment, t(5)?).with_customs_limit(3).facts();
    /// assert!(matches!(strict.problems(), [Problem::NoScan { days: 4, .. }]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_customs_limit(mut self, days: u16) -> Self {
        self.customs_limit_days = days;
        self
    }

    /// The notice addressed to the buyer, whose name is printed masked (`张*`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{Lang, Notice};
    /// # use crossborder::party::PersonName;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// let name: PersonName = "张三".parse()?;
    /// let text = Notice::new(&shipment, now).with_addressee(&name).explain(Lang::ZhCn);
    /// assert!(text.starts_with("张*，您好！"));
    /// assert!(!text.contains("张三"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_addressee(mut self, name: &'a PersonName) -> Self {
        self.addressee = Some(name);
        self
    }

    /// The notice with the names of the network's nodes: wherever a node would be printed —
    /// the port of entry or bonded warehouse where customs clears the parcel, the point of a
    /// hand-off — the buyer reads its name in the text's language, or the node's own name,
    /// instead of its code (`PVG`, `NGB-BW1`). A node without a known name keeps its code.
    /// The [`Facts`] are unchanged: they hold the route's locations (node codes or place
    /// names), and the names are applied when the facts are put into words, in
    /// [`explain`](Self::explain), [`answer`](Self::answer) and the answers of
    /// [`reply`](crate::reply) built from this notice.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    /// use crossborder::notice::{Lang, Notice, PlaceNames};
    /// use crossborder::shipment::*;
    /// use crossborder::warehouse::TransportMode;
    ///
    /// let pvg = "PVG".parse()?;
    /// let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// let route = Route::builder(CustomsMode::DirectPurchase)
    ///     .leg(Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    ///         Location::node("ONT8".parse()?), Location::node(pvg), gm)?)
    ///     .clearance()
    ///     .leg(Leg::try_new(Carrier::SfExpress, TransportMode::Road, Location::node(pvg),
    ///         Location::place("杭州市西湖区", Country::CN)?, sf)?)
    ///     .build()?;
    /// let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// let dhl = LegRef::new(Carrier::DhlEcommerce, gm);
    /// let shipment = Shipment::from_events(route, [
    ///     TrackingEvent::new(t(1, 18)?, dhl, EventKind::PickedUp),
    ///     TrackingEvent::new(t(4, 2)?, dhl, EventKind::CustomsProcessing),
    /// ])?;
    /// let first_line = |n: &Notice<'_>, lang| n.explain(lang).lines().next().map(str::to_owned);
    ///
    /// let coded = Notice::new(&shipment, t(5, 1)?);
    /// assert_eq!(first_line(&coded, Lang::ZhCn).as_deref(), Some("包裹正在PVG办理海关清关手续。"));
    ///
    /// let names = PlaceNames::new()
    ///     .with(pvg, Lang::ZhCn, "上海浦东国际机场".parse()?)
    ///     .with(pvg, Lang::En, "Shanghai Pudong International Airport".parse()?);
    /// let named = Notice::new(&shipment, t(5, 1)?).with_place_names(&names);
    /// assert_eq!(first_line(&named, Lang::ZhCn).as_deref(), Some("包裹正在上海浦东国际机场办理海关清关手续。"));
    /// assert_eq!(
    ///     first_line(&named, Lang::En).as_deref(),
    ///     Some("The parcel is going through customs clearance at Shanghai Pudong International Airport."),
    /// );
    /// assert_eq!(named.facts().clearance_place(), "PVG");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_place_names(mut self, names: &'a PlaceNames) -> Self {
        self.place_names = Some(names);
        self
    }

    /// The limit of leg `leg`, in days.
    fn leg_limit(&self, leg: usize) -> u16 {
        if let Some((_, days)) = self.leg_limits.iter().find(|(l, _)| *l == leg) {
            return *days;
        }
        match self.shipment.route().legs().get(leg).map(Leg::mode) {
            Some(TransportMode::Air) | None => 7,
            Some(TransportMode::Postal) => 14,
            Some(TransportMode::Road) => 4,
            Some(TransportMode::Rail) => 21,
            Some(TransportMode::Sea) => 35,
        }
    }

    /// The facts of the notice.
    ///
    /// # Examples
    ///
    /// See [`Facts`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::Notice;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// let facts = Notice::new(&shipment, now).facts();
    /// assert_eq!(facts.current().map(|c| c.carrier()), Some(Carrier::SfExpress));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn facts(&self) -> Facts {
        let route = self.shipment.route();
        let legs = route.legs();
        let status = self.shipment.status();
        let index = self.shipment.current_leg();
        let clearance = route.clearance_before();
        let side = if index < clearance { Side::BeforeClearance } else { Side::AfterClearance };
        let current = leg_fact(legs, index).or_else(|| leg_fact(legs, 0));
        let hand_off = |h: HandOff<'_>| hand_off_fact(route.customs_mode(), clearance, h);
        let earlier = route.hand_offs().filter(|h| h.from_leg() < index).map(hand_off).collect();
        let upcoming = if at_customs(status) {
            route.hand_offs().find(|h| h.from_leg() == index).map(hand_off)
        } else {
            None
        };
        let last_update = self.shipment.last_event().map(crate::shipment::TrackingEvent::at);

        let mut problems = Vec::new();
        let own = match status {
            Status::CustomsHeld(reason) => Some(Problem::CustomsHold(reason)),
            Status::DeliveryAttemptFailed => Some(Problem::DeliveryAttemptFailed),
            Status::Exception(reason) => Some(Problem::Exception(reason)),
            Status::ReturningToSender => Some(Problem::Returning),
            Status::Returned => Some(Problem::Returned),
            Status::Lost => Some(Problem::Lost),
            Status::Cancelled => Some(Problem::Cancelled),
            Status::SeizedByCustoms => Some(Problem::Seized),
            Status::Pending
            | Status::LabelCreated
            | Status::PickedUp { .. }
            | Status::InTransit { .. }
            | Status::ArrivedInDestination
            | Status::CustomsProcessing
            | Status::CustomsReleased
            | Status::HandedOff { .. }
            | Status::OutForDelivery
            | Status::AvailableForPickup
            | Status::Delivered => None,
        };
        problems.extend(own);
        let watched = !status.is_terminal()
            && !matches!(status, Status::Pending | Status::AvailableForPickup);
        if let (true, Some(last), Some(carrier)) = (watched, last_update, current) {
            let limit =
                if at_customs(status) { self.customs_limit_days } else { self.leg_limit(index) };
            let quiet = self.now.signed_duration_since(last);
            if quiet > Duration::days(i64::from(limit)) {
                problems.push(Problem::NoScan {
                    carrier: carrier.carrier,
                    since: last,
                    days: quiet.num_days(),
                });
            }
        }
        if let Some(window) = self.window {
            let today = self.now.with_timezone(&self.time_zone).date_naive();
            if !status.is_terminal() && today > window.latest() {
                problems.push(Problem::PastWindow { to: window.latest() });
            }
        }
        Facts {
            status,
            customs_mode: route.customs_mode(),
            side,
            current,
            upcoming,
            earlier,
            clearance_place: place_name(route.clearance_location()),
            clearance_node: route.clearance_location().node_code(),
            last_update,
            window: self.window,
            problems,
        }
    }

    /// The full explanation in `lang` with the built-in templates: where the parcel is, which
    /// carrier has it (name, number, tracking page), the coming and past hand-offs and why the
    /// number changed, the last update, the delivery window, and what to do if it is stuck.
    /// One sentence or short paragraph per line.
    ///
    /// # Examples
    ///
    /// See [`Notice`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{Lang, Notice};
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let r = LegRef::new(Carrier::SfExpress, sf);
    /// # let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// # let shipment = Shipment::from_events(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?,
    /// #     [TrackingEvent::new(t(1, 2)?, r, EventKind::PickedUp), TrackingEvent::new(t(2, 6)?, r, EventKind::Delivered)])?;
    /// let text = Notice::new(&shipment, t(3, 0)?).explain(Lang::ZhCn);
    /// assert_eq!(text.lines().next(), Some("包裹已由顺丰速运于2026年7月2日签收。"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn explain(&self, lang: Lang) -> String {
        self.explain_with(lang, &Templates::new())
    }

    /// [`explain`](Self::explain) with the caller's templates.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{Lang, Notice, TemplateKey, Templates};
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// let ours = Templates::new().with(Lang::ZhCn, TemplateKey::StagePendingBonded, "亲，保税仓正在为您打包～")?;
    /// let text = Notice::new(&shipment, now).explain_with(Lang::ZhCn, &ours);
    /// assert!(text.starts_with("亲，保税仓正在为您打包～"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn explain_with(&self, lang: Lang, templates: &Templates) -> String {
        let facts = self.facts();
        let w = Writer { lang, templates, tz: self.time_zone, names: self.place_names };
        let mut lines = Vec::new();
        if let Some(name) = self.addressee {
            lines.push(w.t(TemplateKey::Greeting, &[("name", &name.to_string())]));
        }
        lines.push(w.stage(&facts));
        if facts.status == Status::AvailableForPickup {
            lines.push(w.t(TemplateKey::AdviceAvailableForPickup, &[]));
        }
        lines.extend(w.carrier_line(&facts));
        lines.extend(facts.upcoming.as_ref().map(|h| w.next_carrier(h)));
        lines.extend(facts.earlier.iter().map(|h| w.hand_off(h)));
        lines.extend(w.last_update(&facts));
        lines.extend(w.window(&facts));
        lines.extend(w.problems(&facts, &self.channel));
        lines.retain(|l| !l.is_empty());
        lines.join("\n")
    }

    /// The shipment.
    pub(super) fn shipment(&self) -> &Shipment {
        self.shipment
    }

    /// The channel.
    pub(super) fn channel(&self) -> &Channel {
        &self.channel
    }

    /// The buyer's time zone.
    pub(super) fn time_zone(&self) -> Tz {
        self.time_zone
    }

    /// The names of the nodes, if given.
    pub(super) fn place_names(&self) -> Option<&'a PlaceNames> {
        self.place_names
    }
}

/// Whether the parcel is at customs.
fn at_customs(status: Status) -> bool {
    matches!(
        status,
        Status::ArrivedInDestination
            | Status::CustomsProcessing
            | Status::CustomsHeld(_)
            | Status::CustomsReleased
    )
}

/// The carrier fact of leg `index`.
pub(super) fn leg_fact(legs: &[Leg], index: usize) -> Option<CarrierFact> {
    let leg = legs.get(index)?;
    let primary = leg.primary();
    Some(CarrierFact { leg: index, carrier: primary.carrier(), number: *primary.number() })
}

/// The buyer's view of a route hand-off.
pub(super) fn hand_off_fact(mode: CustomsMode, clearance: usize, h: HandOff<'_>) -> HandOffFact {
    let from = h.from_leg();
    let to = from.saturating_add(1);
    let reason = if h.keeps_number() {
        HandOffReason::SameNumber
    } else if mode != CustomsMode::BondedImport && to == clearance {
        HandOffReason::AfterCustomsRelease
    } else {
        HandOffReason::Transfer
    };
    let out = h.outgoing();
    let inc = h.incoming();
    HandOffFact {
        from: CarrierFact { leg: from, carrier: out.carrier(), number: *out.number() },
        to: CarrierFact { leg: to, carrier: inc.carrier(), number: *inc.number() },
        place: place_name(h.at()),
        node: h.at().node_code(),
        reason,
    }
}

/// A route location as the buyer reads it: a place's name, a node's code.
pub(super) fn place_name(location: &Location) -> String {
    match location {
        Location::Node(code) => code.to_string(),
        Location::Place { name, .. } => name.as_str().to_owned(),
    }
}

/// A carrier's name in `lang`.
pub(super) fn carrier_name(carrier: Carrier, lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => carrier.name_zh().unwrap_or_else(|| carrier.name_en()),
        Lang::En => carrier.name_en(),
    }
}

/// A date as the language writes it: `2026年7月12日`, `12 July 2026`.
pub(super) fn format_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::ZhCn => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => date.format("%-d %B %Y").to_string(),
    }
}

/// Renders the parts of a notice in one language.
pub(super) struct Writer<'t> {
    pub(super) lang: Lang,
    pub(super) templates: &'t Templates,
    pub(super) tz: Tz,
    /// The names printed instead of node codes.
    pub(super) names: Option<&'t PlaceNames>,
}

impl Writer<'_> {
    /// One template, filled.
    pub(super) fn t(&self, key: TemplateKey, args: &[(&str, &str)]) -> String {
        self.templates.render(self.lang, key, args)
    }

    /// A fact's place as the buyer reads it: the node's name in the language when the place
    /// is a named node, else the fact's text (a place's name, or a node's code).
    pub(super) fn place<'p>(&'p self, text: &'p str, node: Option<NodeCode>) -> &'p str {
        match (self.names, node) {
            (Some(names), Some(code)) => names.name(code, self.lang).unwrap_or(text),
            _ => text,
        }
    }

    /// A date in the buyer's zone.
    fn date_of(&self, at: DateTime<Utc>) -> String {
        format_date(at.with_timezone(&self.tz).date_naive(), self.lang)
    }

    /// Where the parcel is, in one sentence.
    pub(super) fn stage(&self, f: &Facts) -> String {
        use TemplateKey as K;
        let carrier = f.current.map(|c| c.name(self.lang)).unwrap_or_default();
        let place = self.place(&f.clearance_place, f.clearance_node);
        let with_carrier = |key| self.t(key, &[("carrier", carrier)]);
        let at_place = |key| self.t(key, &[("place", place)]);
        let before = f.side == Side::BeforeClearance;
        match f.status {
            Status::Pending if f.customs_mode == CustomsMode::BondedImport => {
                self.t(K::StagePendingBonded, &[])
            }
            Status::Pending => self.t(K::StagePending, &[]),
            Status::LabelCreated => with_carrier(K::StageLabelCreated),
            Status::PickedUp { .. } if before => with_carrier(K::StagePickedUpToChina),
            Status::PickedUp { .. } => with_carrier(K::StagePickedUpInChina),
            Status::InTransit { .. } if before => with_carrier(K::StageInTransitToChina),
            Status::InTransit { .. } => with_carrier(K::StageInTransitInChina),
            Status::ArrivedInDestination => at_place(K::StageArrived),
            Status::CustomsProcessing => at_place(K::StageCustomsProcessing),
            Status::CustomsHeld(reason) => {
                let reason = self.t(hold_key(reason), &[]);
                self.t(K::StageCustomsHeld, &[("place", place), ("reason", &reason)])
            }
            Status::CustomsReleased => at_place(K::StageCustomsReleased),
            Status::HandedOff { .. } => with_carrier(K::StageHandedOff),
            Status::OutForDelivery => with_carrier(K::StageOutForDelivery),
            Status::DeliveryAttemptFailed => with_carrier(K::StageAttemptFailed),
            Status::AvailableForPickup => with_carrier(K::StageAvailableForPickup),
            Status::Delivered => {
                let date = f.last_update.map(|at| self.date_of(at)).unwrap_or_default();
                self.t(K::StageDelivered, &[("carrier", carrier), ("date", &date)])
            }
            Status::Exception(reason) => {
                let reason = self.t(exception_key(reason), &[]);
                self.t(K::StageException, &[("carrier", carrier), ("reason", &reason)])
            }
            Status::ReturningToSender => self.t(K::StageReturning, &[]),
            Status::Returned => self.t(K::StageReturned, &[]),
            Status::Lost => self.t(K::StageLost, &[]),
            Status::Cancelled => self.t(K::StageCancelled, &[]),
            Status::SeizedByCustoms => self.t(K::StageSeized, &[]),
        }
    }

    /// Which carrier has the parcel (or will collect it).
    pub(super) fn carrier_line(&self, f: &Facts) -> Option<String> {
        let c = f.current?;
        // Before the carrier has picked the parcel up it is named as the carrier to come: the
        // label only, or (bonded import, 1210) the parcel still clearing in the bonded warehouse.
        let bonded_clearing = f.customs_mode() == CustomsMode::BondedImport
            && matches!(
                f.status,
                Status::CustomsProcessing | Status::CustomsHeld(_) | Status::CustomsReleased
            );
        let key = if matches!(f.status, Status::Pending | Status::LabelCreated) || bonded_clearing {
            TemplateKey::CarrierFirst
        } else if f.status.is_terminal() {
            TemplateKey::CarrierLast
        } else {
            TemplateKey::CarrierNow
        };
        Some(self.link(key, &c))
    }

    /// A carrier with its number and page.
    pub(super) fn link(&self, key: TemplateKey, c: &CarrierFact) -> String {
        let url = c.tracking_url();
        self.t(key, &[("carrier", c.name(self.lang)), ("number", c.number.as_str()), ("url", &url)])
    }

    /// The carrier after the coming hand-off.
    pub(super) fn next_carrier(&self, h: &HandOffFact) -> String {
        let key = if h.reason == HandOffReason::SameNumber {
            TemplateKey::CarrierNextSameNumber
        } else {
            TemplateKey::CarrierNext
        };
        self.link(key, &h.to)
    }

    /// A past hand-off and why the number changed.
    pub(super) fn hand_off(&self, h: &HandOffFact) -> String {
        let from = h.from.name(self.lang);
        let to = h.to.name(self.lang);
        match h.reason {
            HandOffReason::SameNumber => self.t(
                TemplateKey::HandOffSameNumber,
                &[
                    ("from_carrier", from),
                    ("to_carrier", to),
                    ("number", h.to.number.as_str()),
                    ("place", self.place(&h.place, h.node)),
                ],
            ),
            HandOffReason::AfterCustomsRelease | HandOffReason::Transfer => {
                let key = if h.reason == HandOffReason::Transfer {
                    TemplateKey::HandOffTransfer
                } else {
                    TemplateKey::HandOffAfterCustoms
                };
                self.t(
                    key,
                    &[
                        ("from_carrier", from),
                        ("from_number", h.from.number.as_str()),
                        ("to_carrier", to),
                        ("to_number", h.to.number.as_str()),
                        ("place", self.place(&h.place, h.node)),
                    ],
                )
            }
        }
    }

    /// When the tracking last changed.
    pub(super) fn last_update(&self, f: &Facts) -> Option<String> {
        if f.status == Status::Delivered {
            return None;
        }
        let at = f.last_update?.with_timezone(&self.tz);
        let date = format_date(at.date_naive(), self.lang);
        let time = at.format("%H:%M").to_string();
        Some(self.t(TemplateKey::LastUpdate, &[("date", &date), ("time", &time)]))
    }

    /// The delivery window, while the parcel is on its way and the window has not passed.
    pub(super) fn window(&self, f: &Facts) -> Option<String> {
        let w = f.window?;
        if f.status.is_terminal()
            || f.problems.iter().any(|p| matches!(p, Problem::PastWindow { .. }))
        {
            return None;
        }
        let (from, to) = (format_date(w.earliest(), self.lang), format_date(w.latest(), self.lang));
        Some(if w.earliest() == w.latest() {
            self.t(TemplateKey::WindowOneDay, &[("date", &from)])
        } else {
            self.t(TemplateKey::Window, &[("from", &from), ("to", &to)])
        })
    }

    /// What is wrong, what to do, whom to contact.
    pub(super) fn problems(&self, f: &Facts, channel: &Channel) -> Vec<String> {
        let mut lines = Vec::new();
        for p in &f.problems {
            let line = match *p {
                Problem::NoScan { carrier, since, days } => self.t(
                    TemplateKey::ProblemNoScan,
                    &[
                        ("carrier", carrier_name(carrier, self.lang)),
                        ("days", &days.to_string()),
                        ("date", &self.date_of(since)),
                    ],
                ),
                Problem::CustomsHold(HoldReason::Inspection) => {
                    self.t(TemplateKey::AdviceHoldInspection, &[])
                }
                Problem::CustomsHold(HoldReason::Documents) => {
                    self.t(TemplateKey::AdviceHoldDocuments, &[])
                }
                Problem::CustomsHold(HoldReason::DutiesUnpaid) => {
                    self.t(TemplateKey::AdviceHoldDutiesUnpaid, &[])
                }
                Problem::DeliveryAttemptFailed => match f.current {
                    Some(c) => {
                        let url = c.tracking_url();
                        self.t(
                            TemplateKey::AdviceAttemptFailed,
                            &[("carrier", c.name(self.lang)), ("url", &url)],
                        )
                    }
                    None => String::new(),
                },
                Problem::PastWindow { to } => {
                    self.t(TemplateKey::WindowPassed, &[("to", &format_date(to, self.lang))])
                }
                Problem::CustomsHold(HoldReason::Other)
                | Problem::Exception(_)
                | Problem::Returning
                | Problem::Returned
                | Problem::Lost
                | Problem::Cancelled
                | Problem::Seized => String::new(),
            };
            lines.push(line);
        }
        if f.problems.iter().any(Problem::needs_contact) {
            lines.push(self.contact(f, channel));
        }
        lines
    }

    /// Whom to contact.
    pub(super) fn contact(&self, f: &Facts, channel: &Channel) -> String {
        match channel {
            Channel::MarketplaceDirectMail(m) => {
                self.t(TemplateKey::ContactMarketplace, &[("marketplace", m.name(self.lang))])
            }
            Channel::SellerShipped => {
                let carrier = f.current.map(|c| c.name(self.lang)).unwrap_or_default();
                self.t(TemplateKey::ContactSeller, &[("carrier", carrier)])
            }
        }
    }

    /// Sentences joined as the language joins them.
    pub(super) fn paragraph(&self, sentences: &[String]) -> String {
        let mut out = String::new();
        for s in sentences {
            push_sentence(&mut out, self.lang, s);
        }
        out
    }
}

/// The template of a hold reason.
fn hold_key(reason: HoldReason) -> TemplateKey {
    match reason {
        HoldReason::Inspection => TemplateKey::HoldInspection,
        HoldReason::Documents => TemplateKey::HoldDocuments,
        HoldReason::DutiesUnpaid => TemplateKey::HoldDutiesUnpaid,
        HoldReason::Other => TemplateKey::HoldOther,
    }
}

/// The template of an exception reason.
fn exception_key(reason: ExceptionReason) -> TemplateKey {
    match reason {
        ExceptionReason::Delay => TemplateKey::ExceptionDelay,
        ExceptionReason::Damage => TemplateKey::ExceptionDamage,
        ExceptionReason::Misroute => TemplateKey::ExceptionMisroute,
        ExceptionReason::AddressIssue => TemplateKey::ExceptionAddressIssue,
        ExceptionReason::Other => TemplateKey::ExceptionOther,
    }
}
