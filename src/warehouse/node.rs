//! [`Node`]: a place where custody of a parcel can sit, and its expected ship date.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use super::code::NodeCode;
use super::district::CustomsDistrict;
use super::error::{NodeError, NodeField, ParseNodeKindError};
use crate::calendar::{BusinessCalendar, CalendarError};
use crate::geo::Country;

/// What a node is: where in the chain custody of a parcel sits.
///
/// | kind | 中文 | in the chain |
/// |---|---|---|
/// | [`FulfilmentCentre`](Self::FulfilmentCentre) | 海外仓 / 履约中心 | overseas stock (US, JP, DE …); direct mail (直购进口, 监管方式 9610) starts here |
/// | [`BondedWarehouse`](Self::BondedWarehouse) | 保税仓 | stock inside a Chinese bonded zone; bonded import (保税进口, 监管方式 1210) clears each parcel before it leaves |
/// | [`ExportGateway`](Self::ExportGateway) | 出口口岸 / 互换局 | where parcels leave the origin country: an airport hub or a postal office of exchange |
/// | [`PortOfEntry`](Self::PortOfEntry) | 进境口岸 | where parcels enter China and clear customs; carries its 关区代码 |
/// | [`SortingCentre`](Self::SortingCentre) | 分拨中心 | a carrier's hub |
/// | [`DeliveryStation`](Self::DeliveryStation) | 配送站 / 网点 | the last-mile station that delivers to the buyer |
/// | [`PickupPoint`](Self::PickupPoint) | 自提点 | a locker or shop where the buyer collects |
///
/// The trade modes are those of 海关总署公告2014年第12号 (9610) and 公告2014年第57号 (1210).
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::NodeKind;
///
/// let kind: NodeKind = "bonded_warehouse".parse()?;
/// assert_eq!(kind, NodeKind::BondedWarehouse);
/// assert_eq!(kind.to_string(), "bonded_warehouse");
/// assert_eq!(kind.name_zh(), "保税仓");
/// assert!(kind.requires_customs_district());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
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
#[strum(serialize_all = "snake_case")]
#[strum(parse_err_ty = ParseNodeKindError, parse_err_fn = ParseNodeKindError::new)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum NodeKind {
    /// A fulfilment centre holding stock outside China (海外仓 / 履约中心).
    FulfilmentCentre,
    /// A bonded warehouse in a Chinese special customs supervision area (保税仓).
    BondedWarehouse,
    /// An export gateway: hub airport, port or postal office of exchange (出口口岸 / 互换局).
    ExportGateway,
    /// A Chinese port of entry where parcels clear import customs (进境口岸).
    PortOfEntry,
    /// A carrier's sorting centre (分拨中心).
    SortingCentre,
    /// A last-mile delivery station (配送站).
    DeliveryStation,
    /// A pickup point: a parcel locker or shop (自提点).
    PickupPoint,
}

impl NodeKind {
    /// Every kind, in declaration (chain) order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::NodeKind;
    ///
    /// assert_eq!(NodeKind::ALL.len(), 7);
    /// assert_eq!(NodeKind::ALL.first(), Some(&NodeKind::FulfilmentCentre));
    /// ```
    pub const ALL: &[Self] = &[
        Self::FulfilmentCentre,
        Self::BondedWarehouse,
        Self::ExportGateway,
        Self::PortOfEntry,
        Self::SortingCentre,
        Self::DeliveryStation,
        Self::PickupPoint,
    ];

    /// The snake_case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::NodeKind;
    ///
    /// assert_eq!(NodeKind::PortOfEntry.as_str(), "port_of_entry");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The Chinese name.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::NodeKind;
    ///
    /// assert_eq!(NodeKind::PortOfEntry.name_zh(), "进境口岸");
    /// ```
    pub fn name_zh(self) -> &'static str {
        match self {
            Self::FulfilmentCentre => "履约中心",
            Self::BondedWarehouse => "保税仓",
            Self::ExportGateway => "出口口岸",
            Self::PortOfEntry => "进境口岸",
            Self::SortingCentre => "分拨中心",
            Self::DeliveryStation => "配送站",
            Self::PickupPoint => "自提点",
        }
    }

    /// `true` for the kinds under Chinese customs supervision, which must lie in mainland China
    /// and carry a customs district code (关区代码): [`BondedWarehouse`](Self::BondedWarehouse)
    /// and [`PortOfEntry`](Self::PortOfEntry).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::NodeKind;
    ///
    /// assert!(NodeKind::PortOfEntry.requires_customs_district());
    /// assert!(!NodeKind::SortingCentre.requires_customs_district());
    /// ```
    pub fn requires_customs_district(self) -> bool {
        matches!(self, Self::BondedWarehouse | Self::PortOfEntry)
    }
}

/// A node where custody of a parcel can sit: a fulfilment centre, bonded warehouse, gateway,
/// port of entry, sorting centre, delivery station or pickup point.
///
/// Every node has a validated [`NodeCode`], a [`NodeKind`], a country, an IANA time zone, a
/// [`BusinessCalendar`], a daily handling cut-off (local time) and a handling time in business
/// days; a bonded warehouse or port of entry also has its [`CustomsDistrict`]. Build one with
/// [`Node::builder`], which checks:
///
/// - time zone, calendar, cut-off and handling time are all given ([`NodeError::Missing`]);
/// - a bonded warehouse or port of entry is in `CN` ([`NodeError::NotInChina`]) and has a
///   customs district ([`NodeError::MissingCustomsDistrict`]);
/// - a fulfilment centre is not in `CN` ([`NodeError::FulfilmentCentreInChina`]): in this
///   crate's model stock held in China for cross-border sale sits in a bonded warehouse;
/// - a customs district is only given to a node in `CN`
///   ([`NodeError::CustomsDistrictOutsideChina`]);
/// - a display name, if given, is not blank ([`NodeError::EmptyName`]).
///
/// The time zone is not checked against the country (chrono-tz carries no country table).
///
/// With the `serde` feature a node is an object deserialized through the same builder; its
/// `calendar` is either the name of a built-in calendar (`"cn-mainland"`, `"us-federal"`,
/// `"jp"`, `"de-nationwide"`, `"seven-day"`, `"weekdays-only"`) or a full calendar object.
///
/// # Examples
///
/// ```
/// use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
/// use crossborder::calendar::BusinessCalendar;
/// use crossborder::geo::Country;
/// use crossborder::warehouse::{Node, NodeKind};
///
/// let fc = Node::builder("ONT8".parse()?, NodeKind::FulfilmentCentre, Country::US)
///     .name("Moreno Valley, CA")
///     .time_zone(chrono_tz::America::Los_Angeles)
///     .calendar(BusinessCalendar::united_states_federal())
///     .cutoff(NaiveTime::from_hms_opt(14, 0, 0).ok_or("time")?)
///     .handling_days(1)
///     .build()?;
/// // Monday 2026-11-23 13:00 PST (UTC−8) is before the cut-off: received Monday, ships
/// // one business day later, on Tuesday.
/// let ordered = Utc.with_ymd_and_hms(2026, 11, 23, 21, 0, 0).single().ok_or("instant")?;
/// assert_eq!(fc.expected_ship_date(ordered)?, NaiveDate::from_ymd_opt(2026, 11, 24).ok_or("date")?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    code: NodeCode,
    kind: NodeKind,
    name: Option<String>,
    country: Country,
    time_zone: Tz,
    calendar: BusinessCalendar,
    cutoff: NaiveTime,
    handling_days: u8,
    customs_district: Option<CustomsDistrict>,
}

impl Node {
    /// Starts building a node with its code, kind and country; see [`NodeBuilder`].
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveTime;
    /// use crossborder::calendar::BusinessCalendar;
    /// use crossborder::geo::Country;
    /// use crossborder::warehouse::{CustomsDistrict, Node, NodeKind};
    ///
    /// let bonded = Node::builder("NGB-BW1".parse()?, NodeKind::BondedWarehouse, Country::CN)
    ///     .time_zone(chrono_tz::Asia::Shanghai)
    ///     .calendar(BusinessCalendar::china())
    ///     .cutoff(NaiveTime::from_hms_opt(16, 0, 0).ok_or("time")?)
    ///     .handling_days(1)
    ///     .customs_district("3105".parse::<CustomsDistrict>()?)
    ///     .build()?;
    /// assert_eq!(bonded.customs_district().map(|d| d.as_str()), Some("3105"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(code: NodeCode, kind: NodeKind, country: Country) -> NodeBuilder {
        NodeBuilder {
            code,
            kind,
            country,
            name: None,
            time_zone: None,
            calendar: None,
            cutoff: None,
            handling_days: None,
            customs_district: None,
        }
    }

    /// A builder holding this node's data, to change a field (a new cut-off, a longer handling
    /// time for peak season) and build again.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveTime;
    /// # use crossborder::calendar::BusinessCalendar;
    /// # use crossborder::geo::Country;
    /// # use crossborder::warehouse::{Node, NodeKind};
    /// # let fc = Node::builder("HND3".parse()?, NodeKind::FulfilmentCentre, Country::JP)
    /// #     .time_zone(chrono_tz::Asia::Tokyo).calendar(BusinessCalendar::japan())
    /// #     .cutoff(NaiveTime::from_hms_opt(12, 0, 0).ok_or("time")?).handling_days(1).build()?;
    /// let peak = fc.to_builder().handling_days(3).build()?;
    /// assert_eq!(peak.handling_days(), 3);
    /// assert_eq!(peak.code(), fc.code());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_builder(&self) -> NodeBuilder {
        NodeBuilder {
            code: self.code,
            kind: self.kind,
            country: self.country,
            name: self.name.clone(),
            time_zone: Some(self.time_zone),
            calendar: Some(self.calendar.clone()),
            cutoff: Some(self.cutoff),
            handling_days: Some(self.handling_days),
            customs_district: self.customs_district,
        }
    }

    /// The node's code.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// assert_eq!(fc.code().as_str(), "ONT8");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn code(&self) -> NodeCode {
        self.code
    }

    /// The node's kind.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// use crossborder::warehouse::NodeKind;
    ///
    /// assert_eq!(fc.kind(), NodeKind::FulfilmentCentre);
    /// assert_eq!(port.kind(), NodeKind::PortOfEntry);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> NodeKind {
        self.kind
    }

    /// The display name, if one was given.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// assert_eq!(fc.name(), Some("Moreno Valley, CA"));
    /// assert_eq!(port.name(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The country the node is in.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    ///
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// assert_eq!(fc.country(), Country::US);
    /// assert_eq!(port.country(), Country::CN);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Country {
        self.country
    }

    /// The node's IANA time zone, in which its cut-off and dates are read.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// assert_eq!(fc.time_zone(), chrono_tz::America::Los_Angeles);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn time_zone(&self) -> Tz {
        self.time_zone
    }

    /// The node's business calendar.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// assert_eq!(fc.calendar().name(), "us-federal");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn calendar(&self) -> &BusinessCalendar {
        &self.calendar
    }

    /// The daily handling cut-off, in the node's local time: orders strictly before it on a
    /// business day count as received that day.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveTime;
    ///
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// assert_eq!(Some(fc.cutoff()), NaiveTime::from_hms_opt(14, 0, 0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cutoff(&self) -> NaiveTime {
        self.cutoff
    }

    /// The handling time in business days (0 = same-day handling).
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// assert_eq!(fc.handling_days(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn handling_days(&self) -> u8 {
        self.handling_days
    }

    /// The customs district code (关区代码) of a node under Chinese customs supervision.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::CustomsDistrict;
    ///
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// assert_eq!(fc.customs_district(), None);
    /// assert_eq!(port.customs_district(), Some(CustomsDistrict::PUDONG_AIRPORT));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn customs_district(&self) -> Option<CustomsDistrict> {
        self.customs_district
    }

    /// The business day on which an order placed at `order_instant` counts as received: the
    /// order's local date in the node's zone if that is a business day and the local time is
    /// strictly before the cut-off, otherwise the next business day
    /// ([`BusinessCalendar::first_workable_date`]).
    ///
    /// # Errors
    ///
    /// [`CalendarError`] if the node's calendar does not cover the date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, TimeZone, Utc};
    ///
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// // Saturday 2026-03-14 10:00 PDT: received on Monday 2026-03-16.
    /// let saturday = Utc.with_ymd_and_hms(2026, 3, 14, 17, 0, 0).single().ok_or("instant")?;
    /// assert_eq!(fc.received_date(saturday)?, NaiveDate::from_ymd_opt(2026, 3, 16).ok_or("date")?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn received_date(&self, order_instant: DateTime<Utc>) -> Result<NaiveDate, CalendarError> {
        self.calendar.first_workable_date(order_instant, self.time_zone, self.cutoff)
    }

    /// The expected ship date (预计发货日) of an order placed at `order_instant`: the
    /// [received date](Self::received_date) plus the handling time in business days of the
    /// node's calendar.
    ///
    /// This is Amazon's rule, which the late-shipment rate is measured against: "expected ship
    /// date = order date + handling time", handling time in business days (Seller Central help
    /// 200955560, US); with same-day handling an order before the cut-off ships that day and
    /// one after it the next business day (the UK version of 200955560: cut-off 12:00, an
    /// order at 11:00 on Monday ships Monday, at 16:00 on Monday ships Tuesday); expected ship
    /// dates skip weekends and national holidays (help 200285190, AU). Precisely:
    ///
    /// - handling time 0: the received date itself;
    /// - handling time `n ≥ 1`: the `n`-th business day strictly after the received date. An
    ///   order before the cut-off on a business day with handling time 1 therefore ships the
    ///   next business day, and an order on a Saturday (received Monday) ships Tuesday.
    ///
    /// The date is the node's local date. An order is late-shipped when its ship confirmation's
    /// local date is after this date.
    ///
    /// # Errors
    ///
    /// [`CalendarError::NotCovered`] if the node's calendar does not cover the order date or
    /// the ship date; [`CalendarError::OutOfRange`] beyond chrono's dates.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, TimeZone, Utc};
    ///
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("date");
    /// // Thursday 2026-07-02 15:00 PDT: after the 14:00 cut-off; Friday 3 July is the observed
    /// // Independence Day (5 U.S.C. 6103(b)), so the order is received Monday 6 July and ships
    /// // one business day later.
    /// let late = Utc.with_ymd_and_hms(2026, 7, 2, 22, 0, 0).single().ok_or("instant")?;
    /// assert_eq!(fc.expected_ship_date(late)?, date(2026, 7, 7)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn expected_ship_date(
        &self,
        order_instant: DateTime<Utc>,
    ) -> Result<NaiveDate, CalendarError> {
        let received = self.received_date(order_instant)?;
        self.calendar.add_business_days(received, u32::from(self.handling_days))
    }
}

/// Builds a [`Node`]; see [`Node::builder`]. Time zone, calendar, cut-off and handling time
/// are required; name and customs district are optional.
///
/// # Examples
///
/// ```
/// use chrono::NaiveTime;
/// use crossborder::calendar::BusinessCalendar;
/// use crossborder::geo::Country;
/// use crossborder::warehouse::{CustomsDistrict, Node, NodeError, NodeField, NodeKind};
///
/// let builder = Node::builder("PVG-2233".parse()?, NodeKind::PortOfEntry, Country::CN)
///     .time_zone(chrono_tz::Asia::Shanghai)
///     .calendar(BusinessCalendar::china())
///     .cutoff(NaiveTime::from_hms_opt(18, 0, 0).ok_or("time")?);
/// assert!(matches!(builder.clone().build(), Err(NodeError::Missing { field: NodeField::HandlingDays, .. })));
/// let port = builder.handling_days(1).customs_district(CustomsDistrict::PUDONG_AIRPORT).build()?;
/// assert_eq!(port.handling_days(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct NodeBuilder {
    code: NodeCode,
    kind: NodeKind,
    country: Country,
    name: Option<String>,
    time_zone: Option<Tz>,
    calendar: Option<BusinessCalendar>,
    cutoff: Option<NaiveTime>,
    handling_days: Option<u8>,
    customs_district: Option<CustomsDistrict>,
}

impl NodeBuilder {
    /// Sets a display name (e.g. `"Moreno Valley, CA"`); must not be blank.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// let renamed = fc.to_builder().name("ONT8 Moreno Valley").build()?;
    /// assert_eq!(renamed.name(), Some("ONT8 Moreno Valley"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the IANA time zone (required).
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// let moved = fc.to_builder().time_zone(chrono_tz::America::New_York).build()?;
    /// assert_eq!(moved.time_zone(), chrono_tz::America::New_York);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn time_zone(mut self, time_zone: Tz) -> Self {
        self.time_zone = Some(time_zone);
        self
    }

    /// Sets the business calendar (required).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// let every_day = fc.to_builder().calendar(BusinessCalendar::seven_day()).build()?;
    /// assert_eq!(every_day.calendar().name(), "seven-day");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn calendar(mut self, calendar: BusinessCalendar) -> Self {
        self.calendar = Some(calendar);
        self
    }

    /// Sets the daily handling cut-off in local time (required). `00:00` means no order is
    /// ever received on the day it is placed.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveTime;
    ///
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// let noon = NaiveTime::from_hms_opt(12, 0, 0).ok_or("time")?;
    /// assert_eq!(fc.to_builder().cutoff(noon).build()?.cutoff(), noon);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cutoff(mut self, cutoff: NaiveTime) -> Self {
        self.cutoff = Some(cutoff);
        self
    }

    /// Sets the handling time in business days (required; 0 = same-day handling).
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// assert_eq!(fc.to_builder().handling_days(0).build()?.handling_days(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn handling_days(mut self, days: u8) -> Self {
        self.handling_days = Some(days);
        self
    }

    /// Sets the customs district code (关区代码); required for a bonded warehouse or port of
    /// entry, refused outside `CN`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::CustomsDistrict;
    ///
    /// # use crossborder::{calendar::BusinessCalendar as Cal, geo::Country as C, warehouse as w};
    /// # let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// # let fc = w::Node::builder("ONT8".parse()?, w::NodeKind::FulfilmentCentre, C::US)
    /// #     .name("Moreno Valley, CA").time_zone(chrono_tz::America::Los_Angeles)
    /// #     .calendar(Cal::united_states_federal()).cutoff(t(14)?).handling_days(1).build()?;
    /// # let port = w::Node::builder("PVG-2233".parse()?, w::NodeKind::PortOfEntry, C::CN)
    /// #     .time_zone(chrono_tz::Asia::Shanghai).calendar(Cal::china()).cutoff(t(18)?)
    /// #     .handling_days(1).customs_district(w::CustomsDistrict::PUDONG_AIRPORT).build()?;
    /// # let _ = (&fc, &port);
    /// let express = port.to_builder().customs_district(CustomsDistrict::SHANGHAI_EXPRESS).build()?;
    /// assert_eq!(express.customs_district(), Some(CustomsDistrict::SHANGHAI_EXPRESS));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn customs_district(mut self, district: CustomsDistrict) -> Self {
        self.customs_district = Some(district);
        self
    }

    /// Checks the fields and builds the node; the checks are listed on [`Node`] and run in
    /// that order.
    ///
    /// # Errors
    ///
    /// A [`NodeError`] naming the node and the first rule broken.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::warehouse::{Node, NodeError, NodeField, NodeKind};
    ///
    /// let code = "ONT8".parse()?;
    /// let err = Node::builder(code, NodeKind::FulfilmentCentre, Country::US).build().unwrap_err();
    /// assert_eq!(err, NodeError::Missing { code, field: NodeField::TimeZone });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<Node, NodeError> {
        let code = self.code;
        let missing = |field| NodeError::Missing { code, field };
        let time_zone = self.time_zone.ok_or_else(|| missing(NodeField::TimeZone))?;
        let calendar = self.calendar.ok_or_else(|| missing(NodeField::Calendar))?;
        let cutoff = self.cutoff.ok_or_else(|| missing(NodeField::Cutoff))?;
        let handling_days = self.handling_days.ok_or_else(|| missing(NodeField::HandlingDays))?;
        if self.name.as_deref().is_some_and(|name| name.trim().is_empty()) {
            return Err(NodeError::EmptyName { code });
        }
        let in_china = self.country == Country::CN;
        if self.kind.requires_customs_district() {
            if !in_china {
                return Err(NodeError::NotInChina { code, kind: self.kind, country: self.country });
            }
            if self.customs_district.is_none() {
                return Err(NodeError::MissingCustomsDistrict { code, kind: self.kind });
            }
        }
        if self.kind == NodeKind::FulfilmentCentre && in_china {
            return Err(NodeError::FulfilmentCentreInChina { code });
        }
        if self.customs_district.is_some() && !in_china {
            return Err(NodeError::CustomsDistrictOutsideChina { code, country: self.country });
        }
        Ok(Node {
            code,
            kind: self.kind,
            name: self.name,
            country: self.country,
            time_zone,
            calendar,
            cutoff,
            handling_days,
            customs_district: self.customs_district,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn code(text: &str) -> NodeCode {
        NodeCode::try_new(text).unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn complete(kind: NodeKind, country: Country) -> NodeBuilder {
        Node::builder(code("TST1"), kind, country)
            .time_zone(chrono_tz::UTC)
            .calendar(BusinessCalendar::weekdays_only())
            .cutoff(time(12, 0))
            .handling_days(0)
    }

    #[test]
    fn missing_fields_are_reported_in_order() {
        let c = code("TST1");
        let bare = Node::builder(c, NodeKind::SortingCentre, Country::US);
        assert_eq!(
            bare.clone().build(),
            Err(NodeError::Missing { code: c, field: NodeField::TimeZone })
        );
        let zoned = bare.time_zone(chrono_tz::UTC);
        assert_eq!(
            zoned.clone().build(),
            Err(NodeError::Missing { code: c, field: NodeField::Calendar })
        );
        let with_calendar = zoned.calendar(BusinessCalendar::seven_day());
        assert_eq!(
            with_calendar.clone().build(),
            Err(NodeError::Missing { code: c, field: NodeField::Cutoff })
        );
        assert_eq!(
            with_calendar.cutoff(time(9, 0)).build(),
            Err(NodeError::Missing { code: c, field: NodeField::HandlingDays })
        );
    }

    #[test]
    fn customs_rules() {
        let c = code("TST1");
        for kind in [NodeKind::BondedWarehouse, NodeKind::PortOfEntry] {
            assert_eq!(
                complete(kind, Country::HK).build(),
                Err(NodeError::NotInChina { code: c, kind, country: Country::HK })
            );
            assert_eq!(
                complete(kind, Country::CN).build(),
                Err(NodeError::MissingCustomsDistrict { code: c, kind })
            );
            let node = complete(kind, Country::CN)
                .customs_district(CustomsDistrict::SHANGHAI_EXPRESS)
                .build()
                .unwrap();
            assert_eq!(node.customs_district(), Some(CustomsDistrict::SHANGHAI_EXPRESS));
        }
        assert_eq!(
            complete(NodeKind::FulfilmentCentre, Country::CN).build(),
            Err(NodeError::FulfilmentCentreInChina { code: c })
        );
        assert_eq!(
            complete(NodeKind::ExportGateway, Country::JP)
                .customs_district(CustomsDistrict::PUDONG_AIRPORT)
                .build(),
            Err(NodeError::CustomsDistrictOutsideChina { code: c, country: Country::JP })
        );
        // Optional for other kinds in China (e.g. a sorting centre inside a bonded zone).
        assert!(
            complete(NodeKind::SortingCentre, Country::CN)
                .customs_district(CustomsDistrict::YANGSHAN_BONDED)
                .build()
                .is_ok()
        );
        assert_eq!(
            complete(NodeKind::PickupPoint, Country::CN).name("  ").build(),
            Err(NodeError::EmptyName { code: c })
        );
    }

    #[test]
    fn to_builder_round_trips() {
        let node = complete(NodeKind::PortOfEntry, Country::CN)
            .name("浦东机场")
            .customs_district(CustomsDistrict::PUDONG_AIRPORT)
            .build()
            .unwrap();
        assert_eq!(node.to_builder().build().unwrap(), node);
    }

    #[test]
    fn same_day_handling_follows_the_amazon_uk_cutoff_example() {
        // Seller Central help 200955560 (UK): with a 12:00 order cut-off and same-day handling,
        // an order at 11:00 on Monday ships on Monday, one at 16:00 on Monday ships on Tuesday.
        // Monday 6 January 2031 in London is GMT (UTC+0); weekdays-only calendar.
        let node = Node::builder(code("LTN1"), NodeKind::FulfilmentCentre, Country::GB)
            .time_zone(chrono_tz::Europe::London)
            .calendar(BusinessCalendar::weekdays_only())
            .cutoff(time(12, 0))
            .handling_days(0)
            .build()
            .unwrap();
        let at = |h| Utc.with_ymd_and_hms(2031, 1, 6, h, 0, 0).unwrap();
        assert_eq!(node.expected_ship_date(at(11)), Ok(date(2031, 1, 6)));
        assert_eq!(node.expected_ship_date(at(16)), Ok(date(2031, 1, 7)));
        // Exactly at the cut-off is too late ("before the cut-off" is strict).
        assert_eq!(node.expected_ship_date(at(12)), Ok(date(2031, 1, 7)));
    }

    #[test]
    fn uncovered_years_are_errors() {
        let node = complete(NodeKind::SortingCentre, Country::CN)
            .calendar(BusinessCalendar::china())
            .build()
            .unwrap();
        let ordered = Utc.with_ymd_and_hms(2027, 3, 1, 3, 0, 0).unwrap();
        assert_eq!(
            node.expected_ship_date(ordered),
            Err(CalendarError::NotCovered { date: date(2027, 3, 1), covered: (2025, 2026) })
        );
    }
}
