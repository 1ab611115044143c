//! Seller metrics: the Standard policy's eight rows (all five metrics; LSR and VTR over two
//! windows, ODR for both channels) over 1,000,000 orders, against a baseline of plain loops over
//! the same order structs computing the same counts (no ids collected, no validation).
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::{Days, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crossborder::calendar::BusinessCalendar;
use crossborder::geo::Country;
use crossborder::metrics::{
    AccountHealth, CancelledBy, FeedbackRating, Fulfilment, OrderRecord, Policy, Programme,
    TrackingRecord,
};
use crossborder::warehouse::{Node, NodeKind};

const ORDERS: usize = 1_000_000;

// Bench fixture: invalid fixture data must stop the bench loudly.
#[allow(clippy::expect_used)]
fn fixture() -> Vec<OrderRecord> {
    let node =
        Node::builder("ONT8".parse().expect("code"), NodeKind::FulfilmentCentre, Country::US)
            .time_zone(chrono_tz::America::Los_Angeles)
            .calendar(BusinessCalendar::united_states_federal())
            .cutoff(NaiveTime::from_hms_opt(14, 0, 0).expect("time"))
            .handling_days(1)
            .build()
            .expect("node");
    let start = Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).single().expect("instant");
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..ORDERS)
        .map(|i| {
            let r = next();
            // 61 days of orders (1 June – 31 July), every minute of the day.
            let ordered =
                start + Duration::minutes(i64::try_from(r % (61 * 24 * 60)).expect("fits"));
            let id = format!("113-{:07}-{:07}", i / 10_000_000, i % 10_000_000);
            let mut b = OrderRecord::builder(id.parse().expect("id"), ordered).ship_from(&node);
            if r % 97 == 0 {
                b = b.fulfilment(Fulfilment::Marketplace);
            }
            match (r >> 20) % 100 {
                0 => b = b.cancelled(CancelledBy::Seller),
                1 => b = b.cancelled(CancelledBy::Buyer),
                _ => {
                    let shipped =
                        ordered + Duration::hours(i64::try_from(2 + (r >> 24) % 40).expect("fits"));
                    let day = shipped.date_naive();
                    b = b
                        .ship_confirmed_at(shipped)
                        .promised_delivery_date(ordered.date_naive() + Days::new(12))
                        .tracking(if (r >> 32) % 50 == 0 {
                            TrackingRecord::recognised(day, None)
                        } else {
                            TrackingRecord::recognised(day, Some(day))
                        })
                        .delivered_on(day + Days::new(7 + (r >> 36) % 7));
                }
            }
            if (r >> 40) % 200 == 0 {
                b = b.feedback(FeedbackRating::ONE);
            }
            if (r >> 48) % 500 == 0 {
                b = b.a_to_z_claim().chargeback();
            }
            b.build().expect("order")
        })
        .collect()
}

/// The same counts as the Standard policy's eight rows, by the simplest loops: one pass per row
/// over the same structs, comparing dates, no ids collected.
#[allow(clippy::indexing_slicing)] // constant indices into a fixed-size array: the simplest way
fn baseline(orders: &[OrderRecord], as_of: NaiveDate) -> [(u64, u64); 8] {
    let from = |days: u64| as_of - Days::new(days - 1);
    let in_window = |d: NaiveDate, days| d >= from(days) && d <= as_of;
    let mut rows = [(0_u64, 0_u64); 8];
    for (row, channel) in [(0, Fulfilment::Seller), (1, Fulfilment::Marketplace)] {
        for o in orders {
            if o.fulfilment() == channel && in_window(o.order_date(), 60) {
                rows[row].1 += 1;
                let negative = o.feedback().is_some_and(|f| f.stars() <= 2);
                if negative || o.has_a_to_z_claim() || o.has_chargeback() {
                    rows[row].0 += 1;
                }
            }
        }
    }
    for (row, days) in [(2, 10), (3, 30)] {
        for o in orders {
            if o.fulfilment() == Fulfilment::Seller
                && in_window(o.order_date(), days)
                && let Some(expected) = o.expected_ship_date()
            {
                rows[row].1 += 1;
                if o.ship_confirmed_on().is_some_and(|s| s > expected) {
                    rows[row].0 += 1;
                }
            }
        }
    }
    for o in orders {
        if o.fulfilment() == Fulfilment::Seller && in_window(o.order_date(), 7) {
            rows[4].1 += 1;
            if matches!(o.cancelled_by(), Some(CancelledBy::Seller | CancelledBy::Marketplace)) {
                rows[4].0 += 1;
            }
        }
    }
    for (row, days) in [(5, 7), (6, 30)] {
        for o in orders {
            if o.fulfilment() == Fulfilment::Seller
                && o.ship_confirmed_on().is_some()
                && o.promised_delivery_date().is_some_and(|d| in_window(d, days))
            {
                rows[row].1 += 1;
                if o.tracking().is_some_and(|t| t.is_recognised() && t.first_scan_on().is_some()) {
                    rows[row].0 += 1;
                }
            }
        }
    }
    for o in orders {
        if o.fulfilment() != Fulfilment::Seller {
            continue;
        }
        let (Some(t), Some(delivered), Some(promised)) =
            (o.tracking(), o.delivered_on(), o.promised_delivery_date())
        else {
            continue;
        };
        if t.is_recognised() && t.first_scan_on().is_some() && in_window(delivered, 14) {
            rows[7].1 += 1;
            if delivered <= promised && t.confirmed_on() <= delivered {
                rows[7].0 += 1;
            }
        }
    }
    rows
}

// Bench setup: a failure must stop the bench loudly.
#[allow(clippy::expect_used)]
fn bench(c: &mut Criterion) {
    let orders = fixture();
    let as_of = NaiveDate::from_ymd_opt(2026, 7, 31).expect("date");
    let policy = Policy::amazon(Country::US, Programme::Standard).expect("policy");

    // The two sides agree.
    let health = AccountHealth::compute(&policy, &orders, as_of).expect("health");
    let crate_rows: Vec<(u64, u64)> =
        health.metrics().iter().map(|m| (m.ratio().numerator(), m.ratio().denominator())).collect();
    assert_eq!(crate_rows, baseline(&orders, as_of));
    eprintln!(
        "{} orders ({} bytes each); rows (numerator/denominator): {crate_rows:?}",
        orders.len(),
        std::mem::size_of::<OrderRecord>()
    );

    let mut group = c.benchmark_group("metrics_1m_orders");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ORDERS as u64));
    group.bench_function("crossborder_account_health", |b| {
        b.iter(|| AccountHealth::compute(black_box(&policy), black_box(&orders), black_box(as_of)));
    });
    group.bench_function("baseline_plain_loops", |b| {
        b.iter(|| baseline(black_box(&orders), black_box(as_of)));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
