//! Shipment state machine: 1,000,000 in-order events over 100,000 direct-mail shipments,
//! against a baseline that appends each event to its shipment's vector and sets a status field;
//! once with storage growing from empty, once with room for the 10 events reserved on both
//! sides (which isolates the state machine from the allocator).
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::{DateTime, Duration, TimeZone, Utc};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use crossborder::carrier::{Carrier, TrackingNumber};
use crossborder::geo::Country;
use crossborder::shipment::{
    CustomsMode, EventKind, Leg, LegRef, Location, Route, Shipment, TrackingEvent,
};
use crossborder::warehouse::TransportMode;

const SHIPMENTS: usize = 100_000;
/// Events per shipment: label, pick-up, departure, arrival, customs processing, release,
/// hand-off, SF pick-up, out for delivery, delivered.
const KINDS: [(usize, EventKind); 10] = [
    (0, EventKind::LabelCreated),
    (0, EventKind::PickedUp),
    (0, EventKind::InTransit),
    (0, EventKind::ArrivedInDestination),
    (0, EventKind::CustomsProcessing),
    (0, EventKind::CustomsReleased),
    (0, EventKind::HandedOff),
    (1, EventKind::PickedUp),
    (1, EventKind::OutForDelivery),
    (1, EventKind::Delivered),
];

struct Fixture {
    routes: Vec<Route>,
    /// The feed: (shipment index, event), in instant order across all shipments.
    feed: Vec<(u32, TrackingEvent)>,
}

// Bench fixture: invalid fixture data must stop the bench loudly.
#[allow(clippy::expect_used)]
fn fixture() -> Fixture {
    let ont8 = Location::node("ONT8".parse().expect("node code"));
    let pvg = Location::node("PVG".parse().expect("node code"));
    let buyer = Location::place("杭州市西湖区", Country::CN).expect("place");
    let base: DateTime<Utc> = Utc.with_ymd_and_hms(2026, 7, 6, 0, 0, 0).single().expect("instant");
    let mut routes = Vec::with_capacity(SHIPMENTS);
    let mut refs = Vec::with_capacity(SHIPMENTS);
    for i in 0..SHIPMENTS {
        let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, &format!("GM{:016}", 4_000_000 + i))
            .expect("DHL eCommerce number");
        let sf = TrackingNumber::parse(Carrier::SfExpress, &format!("SF{:013}", 1_000_000 + i))
            .expect("SF number");
        let international =
            Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air, ont8.clone(), pvg.clone(), dhl)
                .expect("leg");
        let domestic =
            Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(), buyer.clone(), sf)
                .expect("leg");
        routes.push(
            Route::try_new(CustomsMode::DirectPurchase, vec![international, domestic], 1)
                .expect("route"),
        );
        refs.push([LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf)]);
    }
    let codes = ["IR", "PU", "DF", "AR", "CP", "CR", "TD", "50", "60", "80"];
    let mut feed = Vec::with_capacity(SHIPMENTS * KINDS.len());
    for (step, ((leg, kind), code)) in KINDS.iter().zip(codes).enumerate() {
        for (i, legs) in refs.iter().enumerate() {
            let when = base
                + Duration::hours(i64::try_from(step).expect("step") * 6)
                + Duration::seconds(i64::try_from(i % 3600).expect("second"));
            let leg = *legs.get(*leg).expect("leg index");
            let event =
                TrackingEvent::new(when, leg, *kind).with_raw_code(code.parse().expect("raw code"));
            feed.push((u32::try_from(i).expect("index"), event));
        }
    }
    Fixture { routes, feed }
}

/// The baseline: the simplest bookkeeping of the same feed.
struct Naive {
    events: Vec<TrackingEvent>,
    status: EventKind,
}

// A rejected event in the feed is a bug in the fixture: stop loudly.
#[allow(clippy::expect_used)]
fn bench(c: &mut Criterion) {
    let fixture = fixture();
    let events = u64::try_from(fixture.feed.len()).expect("count");
    for reserved in [false, true] {
        let name = if reserved {
            "shipment_apply_1m_in_order_reserved"
        } else {
            "shipment_apply_1m_in_order"
        };
        let capacity = if reserved { KINDS.len() } else { 0 };
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Elements(events));
        group.sample_size(10);

        group.bench_function("crossborder", |b| {
            b.iter_batched(
                || {
                    let shipments: Vec<Shipment> = fixture
                        .routes
                        .iter()
                        .cloned()
                        .map(|r| Shipment::with_capacity(r, capacity))
                        .collect();
                    (shipments, fixture.feed.clone())
                },
                |(mut shipments, mut feed)| {
                    for (i, event) in feed.drain(..) {
                        if let Some(s) = shipments.get_mut(i as usize) {
                            black_box(s.apply(event)).expect("legal feed");
                        }
                    }
                    // Returned, so both are dropped outside the timing.
                    (shipments, feed)
                },
                BatchSize::PerIteration,
            );
        });

        group.bench_function("baseline_push_and_set_status", |b| {
            b.iter_batched(
                || {
                    let naive: Vec<Naive> = (0..SHIPMENTS)
                        .map(|_| Naive {
                            events: Vec::with_capacity(capacity),
                            status: EventKind::LabelCreated,
                        })
                        .collect();
                    (naive, fixture.feed.clone())
                },
                |(mut naive, mut feed)| {
                    for (i, event) in feed.drain(..) {
                        if let Some(s) = naive.get_mut(i as usize) {
                            s.status = event.kind();
                            s.events.push(event);
                        }
                    }
                    black_box((naive, feed))
                },
                BatchSize::PerIteration,
            );
        });
        group.finish();
    }

    // Sanity: the crate's result is the delivered journey for every shipment.
    let mut shipments: Vec<Shipment> = fixture.routes.iter().cloned().map(Shipment::new).collect();
    for (i, event) in fixture.feed.iter().cloned() {
        if let Some(s) = shipments.get_mut(i as usize) {
            s.apply(event).expect("legal feed");
        }
    }
    assert!(shipments.iter().all(|s| s.is_terminal() && s.len() == KINDS.len()));
}

criterion_group!(benches, bench);
criterion_main!(benches);
