//! Serde for [`Node`], [`Lane`] and [`Network`]: plain data shapes, deserialized through the
//! same validation as the builders.
//!
//! ```json
//! {
//!   "nodes": [
//!     {"code": "ONT8", "kind": "fulfilment_centre", "country": "US",
//!      "time_zone": "America/Los_Angeles", "calendar": "us-federal",
//!      "cutoff": "14:00:00", "handling_days": 1},
//!     {"code": "PVG-2233", "kind": "port_of_entry", "country": "CN",
//!      "time_zone": "Asia/Shanghai", "calendar": "cn-mainland",
//!      "cutoff": "18:00:00", "handling_days": 0, "customs_district": "2233"}
//!   ],
//!   "lanes": [
//!     {"from": "ONT8", "to": "PVG-2233", "carrier": "ups", "service": "Worldwide Expedited",
//!      "mode": "air", "transit": "3-5 calendar days"}
//!   ]
//! }
//! ```
//!
//! A node's `calendar` is the name of a built-in calendar (`cn-mainland`, `us-federal`, `jp`,
//! `de-nationwide`, `seven-day`, `weekdays-only`) or a full calendar object; a node whose
//! calendar equals a built-in serializes the name.

use std::fmt;

use chrono::NaiveTime;
use chrono_tz::Tz;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{
    CustomsDistrict, Lane, Network, Node, NodeCode, NodeKind, ServiceName, TransitTime,
    TransportMode,
};
use crate::calendar::BusinessCalendar;
use crate::carrier::Carrier;
use crate::geo::Country;

/// The built-in calendar with this name.
fn builtin_calendar(name: &str) -> Option<BusinessCalendar> {
    match name {
        "cn-mainland" => Some(BusinessCalendar::china()),
        "us-federal" => Some(BusinessCalendar::united_states_federal()),
        "jp" => Some(BusinessCalendar::japan()),
        "de-nationwide" => Some(BusinessCalendar::germany()),
        "seven-day" => Some(BusinessCalendar::seven_day()),
        "weekdays-only" => Some(BusinessCalendar::weekdays_only()),
        _ => None,
    }
}

const BUILTIN_NAMES: &str = "a built-in calendar name (cn-mainland, us-federal, jp, de-nationwide, seven-day, weekdays-only)";

/// A node's calendar: a built-in's name or a full calendar.
struct CalendarField(BusinessCalendar);

impl Serialize for CalendarField {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match builtin_calendar(self.0.name()) {
            Some(builtin) if builtin == self.0 => serializer.serialize_str(self.0.name()),
            _ => self.0.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CalendarField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CalendarVisitor;

        impl<'de> Visitor<'de> for CalendarVisitor {
            type Value = BusinessCalendar;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{BUILTIN_NAMES} or a calendar object")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<BusinessCalendar, E> {
                builtin_calendar(name)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(name), &BUILTIN_NAMES))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<BusinessCalendar, A::Error> {
                BusinessCalendar::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }

        deserializer.deserialize_any(CalendarVisitor).map(CalendarField)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(rename = "Node", deny_unknown_fields)]
struct NodeData {
    code: NodeCode,
    kind: NodeKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    country: Country,
    time_zone: Tz,
    calendar: CalendarField,
    cutoff: NaiveTime,
    handling_days: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    customs_district: Option<CustomsDistrict>,
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        NodeData {
            code: self.code(),
            kind: self.kind(),
            name: self.name().map(str::to_owned),
            country: self.country(),
            time_zone: self.time_zone(),
            calendar: CalendarField(self.calendar().clone()),
            cutoff: self.cutoff(),
            handling_days: self.handling_days(),
            customs_district: self.customs_district(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let data = NodeData::deserialize(deserializer)?;
        let mut builder = Node::builder(data.code, data.kind, data.country)
            .time_zone(data.time_zone)
            .calendar(data.calendar.0)
            .cutoff(data.cutoff)
            .handling_days(data.handling_days);
        if let Some(name) = data.name {
            builder = builder.name(name);
        }
        if let Some(district) = data.customs_district {
            builder = builder.customs_district(district);
        }
        builder.build().map_err(de::Error::custom)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(rename = "Lane", deny_unknown_fields)]
struct LaneData {
    from: NodeCode,
    to: NodeCode,
    carrier: Carrier,
    service: ServiceName,
    mode: TransportMode,
    transit: TransitTime,
}

impl Serialize for Lane {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        LaneData {
            from: self.from(),
            to: self.to(),
            carrier: self.carrier(),
            service: self.service().clone(),
            mode: self.mode(),
            transit: self.transit(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Lane {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let data = LaneData::deserialize(deserializer)?;
        Lane::try_new(data.from, data.to, data.carrier, data.service, data.mode, data.transit)
            .map_err(de::Error::custom)
    }
}

#[derive(Serialize)]
#[serde(rename = "Network")]
struct NetworkOut<'a> {
    nodes: Vec<&'a Node>,
    lanes: &'a [Lane],
}

#[derive(Deserialize)]
#[serde(rename = "Network", deny_unknown_fields)]
struct NetworkIn {
    nodes: Vec<Node>,
    #[serde(default)]
    lanes: Vec<Lane>,
}

impl Serialize for Network {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        NetworkOut { nodes: self.nodes().collect(), lanes: self.lanes() }.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Network {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let data = NetworkIn::deserialize(deserializer)?;
        Network::try_new(data.nodes, data.lanes).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_names_match_the_calendars() {
        for name in
            ["cn-mainland", "us-federal", "jp", "de-nationwide", "seven-day", "weekdays-only"]
        {
            assert_eq!(builtin_calendar(name).map(|c| c.name().to_owned()).as_deref(), Some(name));
        }
        assert!(builtin_calendar("cn").is_none());
    }

    #[test]
    fn custom_calendars_serialize_in_full() {
        let custom = BusinessCalendar::china().to_builder("cn-mainland").build().unwrap();
        // Same name and data as the built-in: serialized by name.
        let json = serde_json::to_string(&CalendarField(custom)).unwrap();
        assert_eq!(json, "\"cn-mainland\"");
        let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let closed = BusinessCalendar::china()
            .to_builder("cn-mainland")
            .holiday(date, "stocktake")
            .build()
            .unwrap();
        // Same name, other data: serialized in full, and it comes back equal.
        let json = serde_json::to_string(&CalendarField(closed.clone())).unwrap();
        assert!(json.starts_with('{'), "{json}");
        let back: CalendarField = serde_json::from_str(&json).unwrap();
        assert_eq!(back.0, closed);
    }
}
