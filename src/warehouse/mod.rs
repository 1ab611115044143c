//! Warehouses and the logistics network (仓储与物流网络): the nodes where custody of a parcel can
//! sit, when an order leaves them, and the lanes that connect them.
//!
//! This module models
//!
//! - **nodes** ([`Node`]): a fulfilment centre abroad (履约中心 / 海外仓), a bonded warehouse in a
//!   Chinese special customs supervision area (保税仓), an export gateway (出口口岸 / 互换局), a
//!   Chinese port of entry (进境口岸) with its customs district code (关区代码), a sorting centre
//!   (分拨中心), a delivery station (配送站) and a pickup point (自提点) — each with a validated
//!   [`NodeCode`], a country, an IANA time zone, a [`BusinessCalendar`](crate::calendar::BusinessCalendar),
//!   a daily handling cut-off and a handling time in business days;
//! - the **expected ship date** (预计发货日, [`Node::expected_ship_date`]): order date + handling
//!   time in business days, with the cut-off and the node's holidays — the date Amazon's late
//!   shipment rate (LSR) measures ship confirmations against;
//! - **customs district codes** ([`CustomsDistrict`]): the four digits of JGS/T 18
//!   《海关关区代码》 that the CEB messages carry in `customsCode` and `portCode`, validated
//!   against the 1,044-row customs.gov.cn table;
//! - **lanes** ([`Lane`]): origin node, destination node, [`Carrier`](crate::carrier::Carrier),
//!   service, [`TransportMode`] (mapped to the customs `trafMode` codes of JGS-20) and
//!   [`TransitTime`] in calendar or business days;
//! - the **network** ([`Network`]): routes from a warehouse to a node or a country
//!   ([`Network::routes`], simple paths as [`NetworkPath`]s), their dates for one order
//!   ([`Network::estimate`]), and a ranking of candidate stock locations
//!   ([`Network::compare_origins`]), so a seller can compare stocking goods in a US fulfilment
//!   centre (direct mail, 直购进口, 监管方式 9610, 海关总署公告2014年第12号) with stocking them
//!   in a bonded warehouse in China (bonded import, 保税进口, 监管方式 1210, 公告2014年第57号) —
//!   the "备货到对应国家仓库" choice.
//!
//! # Sources
//!
//! - Expected ship date: Amazon Seller Central help 200955560 (US: "expected ship date = order
//!   date + handling time", handling time in business days; UK: same-day handling with an order
//!   cut-off, "order at 11:00 Monday ships Monday, at 16:00 Monday ships Tuesday" for a 12:00
//!   cut-off), help 200285190 (AU: late shipment rate; "expected ship dates are adjusted for
//!   national holidays").
//! - Customs district codes: JGS/T 18《海关关区代码》, cited by 《海关跨境电商统一版系统企业对接报文规范》
//!   (202205 edition) for `customsCode`/`portCode`; table: customs.gov.cn 通关参数查询
//!   `zfs_table_gq`, captured 2018-04-28 (1,044 rows).
//! - Transport modes: the 运输方式代码 table of 《JGS-20 海关业务代码集》 (customs.gov.cn 通关参数查询
//!   `zfs_table_ysfs`), cited by the same specification for `trafMode`.
//! - Trade modes: 海关总署公告2014年第12号 (9610 跨境贸易电子商务), 公告2014年第57号 (1210 保税跨境贸易电子商务).
//!
//! # Examples
//!
//! ```
//! use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
//! use crossborder::calendar::BusinessCalendar;
//! use crossborder::geo::Country;
//! use crossborder::warehouse::{CustomsDistrict, Node, NodeKind};
//!
//! let cutoff = NaiveTime::from_hms_opt(16, 0, 0).ok_or("time")?;
//! let bonded = Node::builder("NGB-BW1".parse()?, NodeKind::BondedWarehouse, Country::CN)
//!     .time_zone(chrono_tz::Asia::Shanghai)
//!     .calendar(BusinessCalendar::china())
//!     .cutoff(cutoff)
//!     .handling_days(1)
//!     .customs_district("3105".parse::<CustomsDistrict>()?) // 甬保税区, Ningbo bonded zone
//!     .build()?;
//!
//! // Friday 2026-02-13 at 17:00 Beijing time misses the 16:00 cut-off. Saturday 14 February is
//! // a make-up working day (调休上班) of the 2026 Spring Festival break, so the order counts as
//! // received then; one business day later skips the break (15–23 February): Tuesday 24.
//! let ordered = Utc.with_ymd_and_hms(2026, 2, 13, 9, 0, 0).single().ok_or("instant")?;
//! assert_eq!(bonded.received_date(ordered)?, NaiveDate::from_ymd_opt(2026, 2, 14).ok_or("date")?);
//! assert_eq!(bonded.expected_ship_date(ordered)?, NaiveDate::from_ymd_opt(2026, 2, 24).ok_or("date")?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

/// `Serialize` as the `Display` text, `Deserialize` through `FromStr`.
#[cfg(feature = "serde")]
macro_rules! serde_via_str {
    ($ty:ty, $expecting:literal) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($expecting)
                    }

                    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<$ty, E> {
                        text.parse().map_err(E::custom)
                    }
                }

                deserializer.deserialize_str(Visitor)
            }
        }
    };
}
#[cfg(feature = "serde")]
use serde_via_str;

mod code;
mod district;
#[rustfmt::skip]
mod district_table;
mod error;
mod lane;
mod network;
mod node;
#[cfg(feature = "serde")]
mod serde_impl;

pub use code::NodeCode;
pub use district::CustomsDistrict;
pub use error::{
    CustomsDistrictError, LaneError, NetworkError, NodeCodeError, NodeError, NodeField,
    ParseNodeKindError, ParseTransportModeError, RouteError, ServiceNameError, TransitTimeError,
    WarehouseError,
};
pub use lane::{DayUnit, Lane, ServiceName, TransitTime, TransportMode};
pub use network::{
    DayRange, Destination, Network, NetworkPath, OriginComparison, OriginOption, PathEstimate,
    PathTransit,
};
pub use node::{Node, NodeBuilder, NodeKind};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_sync_clone_debug_partialeq() {
        fn check<T: Send + Sync + Clone + std::fmt::Debug + PartialEq + 'static>() {}
        check::<NodeCode>();
        check::<CustomsDistrict>();
        check::<NodeKind>();
        check::<Node>();
        check::<NodeBuilder>();
        check::<TransportMode>();
        check::<ServiceName>();
        check::<DayUnit>();
        check::<TransitTime>();
        check::<Lane>();
        check::<Destination>();
        check::<DayRange>();
        check::<PathTransit>();
        check::<NetworkPath>();
        check::<PathEstimate>();
        check::<OriginOption>();
        check::<OriginComparison>();
        check::<Network>();
        check::<WarehouseError>();
        check::<NodeField>();
    }
}
