//! Shipment data from outside: a `Shipment` (route and events, replayed through the state
//! machine), `Route`, `Leg`, `TrackingEvent` and `Location` from JSON; and from text (each line)
//! the status and event codes (`Status`, `EventKind`, `CustomsMode`, `HoldReason`,
//! `ExceptionReason`), the carrier texts (`RawCode`, `RawText`, `SourceId`, `PlaceName`) and the
//! vendor codes of AfterShip, EasyPost and 17TRACK.
//!
//! Properties checked:
//! - codes and texts round-trip through `Display`/`FromStr` and JSON; a vendor code maps to an
//!   event kind or to "no information" without panicking;
//! - every value read from JSON survives a JSON round trip;
//! - a shipment read from JSON holds a legal history: replaying its events in reverse accepts
//!   every one and gives the same events and status.
#![no_main]

use std::fmt::{Debug, Display};
use std::str::FromStr;

use crossborder::shipment::interop::{aftership, easypost, track17};
use crossborder::shipment::{
    CustomsMode, EventKind, ExceptionReason, HoldReason, Leg, Location, PlaceName, RawCode,
    RawText, Route, Shipment, SourceId, Status, TrackingEvent,
};
use crossborder_fuzz::assert_json_round_trip;
use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn round_trip<T>(line: &str) -> Option<T>
where
    T: FromStr + Display + Debug + PartialEq + Serialize + DeserializeOwned,
{
    let value = line.parse::<T>().ok()?;
    let printed = value.to_string();
    match printed.parse::<T>() {
        Ok(again) => assert_eq!(again, value, "{printed:?} parses to another value"),
        Err(_) => panic!("{value:?} prints as {printed:?}, which does not parse"),
    }
    assert_json_round_trip(&value);
    Some(value)
}

fn text<T: FromStr + AsRef<str> + Debug>(line: &str) {
    if let Ok(t) = line.parse::<T>() {
        let again = t.as_ref().parse::<T>();
        assert!(again.is_ok(), "{t:?} does not parse from its own text");
    }
}

fn codes(line: &str) {
    if let Some(status) = round_trip::<Status>(line) {
        let _ = (status.is_terminal(), status.is_customs(), status.leg(), status.name());
        let _ = (status.hold_reason(), status.exception_reason());
    }
    if let Some(kind) = round_trip::<EventKind>(line) {
        let _ = (kind.is_terminal(), kind.is_customs(), kind.name());
    }
    round_trip::<CustomsMode>(line);
    round_trip::<HoldReason>(line);
    round_trip::<ExceptionReason>(line);
    if let Some(tag) = round_trip::<aftership::Tag>(line) {
        let _ = tag.event_kind();
    }
    if let Some(sub) = round_trip::<aftership::Subtag>(line) {
        let _ = (sub.tag(), sub.event_kind());
    }
    let status = round_trip::<easypost::TrackerStatus>(line);
    let detail = round_trip::<easypost::StatusDetail>(line);
    for &s in easypost::TrackerStatus::ALL {
        if let Some(d) = detail {
            let _ = easypost::event_kind(s, d);
        }
    }
    if let Some(s) = status {
        for &d in easypost::StatusDetail::ALL {
            let _ = easypost::event_kind(s, d);
        }
    }
    round_trip::<track17::MainStatus>(line);
    if let Some(sub) = round_trip::<track17::SubStatus>(line) {
        let _ = (sub.main(), sub.event_kind());
    }
    text::<RawCode>(line);
    text::<RawText>(line);
    text::<SourceId>(line);
    text::<PlaceName>(line);
}

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let input = input.as_ref();
    for line in input.lines().take(16) {
        codes(line);
    }
    if !input.trim_start().starts_with(['{', '[', '"']) {
        return;
    }
    if let Ok(shipment) = serde_json::from_str::<Shipment>(input) {
        assert_json_round_trip(&shipment);
        let mut reversed = Shipment::new(shipment.route().clone());
        for event in shipment.events().iter().rev() {
            if let Err(e) = reversed.apply(event.clone()) {
                panic!("an event of a legal history is rejected in reverse order: {e}");
            }
        }
        assert_eq!(reversed.events(), shipment.events());
        assert_eq!(reversed.status(), shipment.status());
        let _ = (shipment.timeline(), shipment.inferred().count());
    }
    if let Ok(route) = serde_json::from_str::<Route>(input) {
        assert_json_round_trip(&route);
        let _ = (route.milestones(), route.hand_offs().count(), route.clearance_location());
    }
    if let Ok(leg) = serde_json::from_str::<Leg>(input) {
        assert_json_round_trip(&leg);
    }
    if let Ok(event) = serde_json::from_str::<TrackingEvent>(input) {
        assert_json_round_trip(&event);
    }
    if let Ok(location) = serde_json::from_str::<Location>(input) {
        assert_json_round_trip(&location);
    }
    if let Ok(events) = serde_json::from_str::<Vec<TrackingEvent>>(input) {
        for e in &events {
            assert_json_round_trip(e);
        }
    }
});
