//! Shipment event application: arbitrary sequences of tracking events (instant, leg — one of the
//! route's or a foreign one —, kind, location, raw code and text, source id, and customs receipts
//! turned into events) applied to a `shipment::Shipment` on one of four fixed routes (9610 direct
//! purchase with two or three legs, postal articles with one S10 number end to end, 1210 bonded
//! import).
//!
//! Properties checked (the rules documented on `Shipment`):
//! - `check` agrees with `apply`; a rejected event leaves the shipment unchanged; applying an
//!   accepted event again is a duplicate and changes nothing;
//! - the accepted events are kept in instant order;
//! - applying the accepted events in reverse, or every other one of them (a subset of a legal
//!   history is legal), accepts every one; the reverse order gives the same events, status and
//!   timeline;
//! - replaying the events (`from_events`) and a JSON round trip give the same shipment;
//! - the status maps to each vendor model (AfterShip, EasyPost, 17TRACK) without panicking.
#![no_main]

use arbitrary::Arbitrary;
use chrono::{DateTime, TimeDelta, Utc};
use crossborder::carrier::{Carrier, TrackingNumber};
use crossborder::customs::ReturnStatus;
use crossborder::geo::Country;
use crossborder::shipment::interop::{aftership, easypost, track17};
use crossborder::shipment::{
    Applied, CustomsMode, EventKind, Leg, LegRef, Location, RawCode, RawText, Route, Shipment,
    SourceId, TimelineEntry, TrackingEvent,
};
use crossborder::warehouse::TransportMode;
use crossborder_fuzz::assert_json_round_trip;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
enum Kind {
    Index(u8),
    Receipt(u8),
}

#[derive(Debug, Arbitrary)]
struct Event {
    minutes: i16,
    days: u8,
    leg: u8,
    kind: Kind,
    location: Option<(u8, u8)>,
    raw_code: Option<String>,
    raw_text: Option<String>,
    source_id: Option<u16>,
}

#[derive(Debug, Arbitrary)]
struct Input {
    route: u8,
    events: Vec<Event>,
}

fn number(carrier: Carrier, text: &str) -> TrackingNumber {
    TrackingNumber::parse(carrier, text).unwrap_or_else(|e| panic!("sample number {text}: {e}"))
}

fn place(name: &str, country: Country) -> Location {
    Location::place(name, country).unwrap_or_else(|e| panic!("sample place {name}: {e}"))
}

fn leg(
    carrier: Carrier,
    mode: TransportMode,
    from: &Location,
    to: &Location,
    n: TrackingNumber,
) -> Leg {
    Leg::try_new(carrier, mode, from.clone(), to.clone(), n)
        .unwrap_or_else(|e| panic!("sample leg {carrier}: {e}"))
}

/// The four routes, as in the module's examples.
fn route(choice: u8) -> Route {
    let pvg = place("Shanghai Pudong port of entry", Country::CN);
    let lax = place("Los Angeles gateway", Country::US);
    let hangzhou = place("杭州市西湖区", Country::CN);
    let dhl = number(Carrier::DhlEcommerce, "GM2951173225174494");
    let sf = number(Carrier::SfExpress, "SF1385628716739");
    let built = match choice % 4 {
        0 => Route::try_new(
            CustomsMode::DirectPurchase,
            vec![
                leg(Carrier::DhlEcommerce, TransportMode::Air, &lax, &pvg, dhl),
                leg(Carrier::SfExpress, TransportMode::Road, &pvg, &hangzhou, sf),
            ],
            1,
        ),
        1 => {
            let ups = number(Carrier::Ups, "1Z5R89390357567127");
            let ont = place("ONT8 fulfilment centre", Country::US);
            Route::try_new(
                CustomsMode::DirectPurchase,
                vec![
                    leg(Carrier::Ups, TransportMode::Road, &ont, &lax, ups),
                    leg(Carrier::DhlEcommerce, TransportMode::Air, &lax, &pvg, dhl),
                    leg(Carrier::SfExpress, TransportMode::Road, &pvg, &hangzhou, sf),
                ],
                2,
            )
        }
        2 => {
            let ems = number(Carrier::JapanPost, "EB123456785JP");
            let office = place("Shanghai international mail office", Country::CN);
            let tokyo = place("Tokyo international post office", Country::JP);
            let xuhui = place("上海市徐汇区", Country::CN);
            Route::try_new(
                CustomsMode::PostalArticles,
                vec![
                    leg(Carrier::JapanPost, TransportMode::Postal, &tokyo, &office, ems),
                    leg(Carrier::ChinaPost, TransportMode::Postal, &office, &xuhui, ems),
                ],
                1,
            )
        }
        _ => {
            let jd = number(Carrier::JdLogistics, "JDV000000058367");
            let bonded = place("Ningbo bonded warehouse", Country::CN);
            let beijing = place("北京市朝阳区", Country::CN);
            Route::try_new(
                CustomsMode::BondedImport,
                vec![leg(Carrier::JdLogistics, TransportMode::Road, &bonded, &beijing, jd)],
                0,
            )
        }
    };
    built.unwrap_or_else(|e| panic!("sample route {choice}: {e}"))
}

fn event(route: &Route, e: &Event) -> Option<TrackingEvent> {
    let base = DateTime::<Utc>::from_timestamp(1_782_892_800, 0)?; // 2026-07-01T08:00:00Z
    let at = base + TimeDelta::days(i64::from(e.days % 60)) + TimeDelta::minutes(e.minutes.into());
    let legs = route.legs();
    let leg = match legs.get(usize::from(e.leg) % (legs.len() + 1)) {
        Some(l) => l.primary(),
        // A leg the route does not have.
        None => LegRef::new(Carrier::YunExpress, number(Carrier::YunExpress, "YT2229521272164446")),
    };
    let kind = match e.kind {
        Kind::Index(i) => EventKind::ALL[usize::from(i) % EventKind::ALL.len()],
        Kind::Receipt(i) => {
            let status = &ReturnStatus::KNOWN[usize::from(i) % ReturnStatus::KNOWN.len()];
            EventKind::from_customs_receipt(route.customs_mode(), status)?
        }
    };
    let mut event = TrackingEvent::new(at, leg, kind);
    if let Some((name, country)) = e.location {
        let names =
            ["Shanghai Pudong port of entry", "Los Angeles gateway", "杭州市西湖区", "Ningbo"];
        let countries = [Country::CN, Country::US, Country::JP];
        let location = place(
            names[usize::from(name) % names.len()],
            countries[usize::from(country) % countries.len()],
        );
        event = event.with_location(location);
    }
    if let Some(code) = e.raw_code.as_deref().and_then(|c| RawCode::try_new(c).ok()) {
        event = event.with_raw_code(code);
    }
    if let Some(text) = e.raw_text.as_deref().and_then(|t| RawText::try_new(t).ok()) {
        event = event.with_raw_text(text);
    }
    if let Some(id) = e.source_id.and_then(|n| SourceId::try_new(&format!("evt-{}", n % 8)).ok()) {
        event = event.with_source_id(id);
    }
    Some(event)
}

fuzz_target!(|input: Input| {
    let route = route(input.route);
    let mut shipment = Shipment::new(route.clone());
    let mut accepted: Vec<TrackingEvent> = Vec::new();
    for e in input.events.iter().take(40) {
        let Some(event) = event(&route, e) else { continue };
        let before = shipment.clone();
        let checked = shipment.check(&event);
        match shipment.apply(event.clone()) {
            Ok(applied) => {
                assert!(checked.is_ok(), "check refused an event apply accepted: {checked:?}");
                if applied == Applied::Duplicate {
                    assert_eq!(shipment, before, "a duplicate changed the shipment");
                } else {
                    accepted.push(event.clone());
                }
                let again = shipment.clone();
                assert_eq!(shipment.apply(event), Ok(Applied::Duplicate), "second apply");
                assert_eq!(shipment, again, "applying an event twice changed the shipment");
            }
            Err(err) => {
                assert_eq!(checked.as_ref().err(), Some(&err), "check and apply disagree");
                assert_eq!(shipment, before, "a rejected event changed the shipment");
                let _ = (err.to_string(), err.status(), err.rule(), err.conflict());
            }
        }
        let events = shipment.events();
        assert!(events.windows(2).all(|w| w[0].at() <= w[1].at()), "events out of instant order");
    }
    inspect(&shipment);

    // Any permutation of a legal set is accepted whole and gives the same result.
    let reversed = apply_all(&route, accepted.iter().rev());
    assert_eq!(reversed.events(), shipment.events(), "reverse order gives other events");
    assert_eq!(reversed.status(), shipment.status(), "reverse order gives another status");
    assert_eq!(reversed.timeline(), shipment.timeline(), "reverse order gives another timeline");
    // Any subset of a legal history is legal.
    let _ = apply_all(&route, accepted.iter().step_by(2));

    let replayed = Shipment::from_events(route.clone(), shipment.events().to_vec());
    assert_eq!(replayed.as_ref(), Ok(&shipment), "from_events does not replay the shipment");
    assert_json_round_trip(&shipment);
});

fn apply_all<'a>(route: &Route, events: impl Iterator<Item = &'a TrackingEvent>) -> Shipment {
    let mut s = Shipment::new(route.clone());
    for e in events {
        if let Err(err) = s.apply(e.clone()) {
            panic!("an event of a legal history is rejected in another order or subset: {err}");
        }
    }
    s
}

fn inspect(shipment: &Shipment) {
    let status = shipment.status();
    let _ = (status.to_string(), status.is_terminal(), status.is_customs(), status.leg());
    let _ = (shipment.is_terminal(), shipment.is_returning(), shipment.current_leg());
    let _ = (shipment.milestones_passed(), shipment.last_event(), shipment.len());
    for i in shipment.inferred() {
        assert!(i.after().is_none_or(|after| after <= i.by()), "inferred window reversed: {i:?}");
    }
    for entry in shipment.timeline() {
        if let TimelineEntry::Scan { event, .. } = entry {
            let _ = format!("{event:?}");
        }
    }
    let tag = aftership::Subtag::from_status(status);
    let _ = (tag.tag(), tag.event_kind());
    let (s, d) = easypost::from_status(status);
    let _ = (s.as_str(), d.as_str(), easypost::event_kind(s, d));
    let sub = track17::SubStatus::from_status(status);
    let _ = (sub.to_string(), sub.event_kind());
}
