//! Expected ship dates and route listing against plain baselines doing the same work.
#![allow(missing_docs)]

use std::collections::HashSet;
use std::hint::black_box;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use criterion::{Criterion, criterion_group, criterion_main};
use crossborder::calendar::{BusinessCalendar, DayKind};
use crossborder::carrier::Carrier;
use crossborder::geo::Country;
use crossborder::warehouse::{
    CustomsDistrict, Lane, Network, Node, NodeCode, NodeKind, TransitTime, TransportMode,
};

/// The plainest expected-ship-date computation: a hash set of holidays and one of make-up days,
/// the local time from chrono-tz, then a day-by-day walk.
struct Baseline {
    holidays: HashSet<NaiveDate>,
    make_up: HashSet<NaiveDate>,
    tz: Tz,
    cutoff: NaiveTime,
    handling: u32,
}

impl Baseline {
    fn is_business_day(&self, date: NaiveDate) -> bool {
        self.make_up.contains(&date)
            || (!matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
                && !self.holidays.contains(&date))
    }

    fn next(&self, date: NaiveDate) -> Option<NaiveDate> {
        let mut day = date.succ_opt()?;
        while !self.is_business_day(day) {
            day = day.succ_opt()?;
        }
        Some(day)
    }

    fn expected_ship_date(&self, instant: DateTime<Utc>) -> Option<NaiveDate> {
        let local = instant.with_timezone(&self.tz);
        let date = local.date_naive();
        let mut day = if local.time() < self.cutoff && self.is_business_day(date) {
            date
        } else {
            self.next(date)?
        };
        for _ in 0..self.handling {
            day = self.next(day)?;
        }
        Some(day)
    }
}

fn bonded() -> Option<Node> {
    Node::builder("NGB-BW1".parse().ok()?, NodeKind::BondedWarehouse, Country::CN)
        .time_zone(chrono_tz::Asia::Shanghai)
        .calendar(BusinessCalendar::china())
        .cutoff(NaiveTime::from_hms_opt(16, 0, 0)?)
        .handling_days(2)
        .customs_district(CustomsDistrict::try_new("3105").ok()?)
        .build()
        .ok()
}

/// 1,000 order instants spread over 2025 and most of 2026, 14 h 11 min apart.
fn instants() -> Vec<DateTime<Utc>> {
    let Some(first) = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).single() else { return vec![] };
    (0..1_000).map(|i| first + TimeDelta::minutes(851 * i)).collect()
}

fn checksum(acc: i64, date: NaiveDate) -> i64 {
    acc + i64::from(date.num_days_from_ce())
}

fn expected_ship_date(c: &mut Criterion) {
    let Some(node) = bonded() else { return };
    let calendar = node.calendar();
    let mut holidays = HashSet::new();
    let mut make_up = HashSet::new();
    for (date, kind) in calendar.special_days() {
        match kind {
            DayKind::MakeUpWorkingDay { .. } => make_up.insert(date),
            _ => holidays.insert(date),
        };
    }
    let baseline = Baseline {
        holidays,
        make_up,
        tz: node.time_zone(),
        cutoff: node.cutoff(),
        handling: u32::from(node.handling_days()),
    };
    let instants = instants();
    let mut group = c.benchmark_group("expected_ship_date (1,000 orders, CN, handling 2)");
    group.bench_function("crossborder", |b| {
        b.iter(|| {
            instants
                .iter()
                .filter_map(|&t| node.expected_ship_date(black_box(t)).ok())
                .fold(0, checksum)
        });
    });
    group.bench_function("naive loop", |b| {
        b.iter(|| {
            instants
                .iter()
                .filter_map(|&t| baseline.expected_ship_date(black_box(t)))
                .fold(0, checksum)
        });
    });
    group.finish();
}

/// Layers of a direct-mail network: 4 fulfilment centres, 3 gateways, 4 ports of entry,
/// 3 sorting centres, 10 delivery stations; every node of a layer linked to every node of the
/// next by two carriers. From one centre to one station: 3 × 4 × 3 × 2⁴ = 576 routes.
fn layered() -> Option<(Network, Vec<Lane>, NodeCode, NodeCode)> {
    let layers: [(&str, usize, NodeKind, Country); 5] = [
        ("FC", 4, NodeKind::SortingCentre, Country::US),
        ("GW", 3, NodeKind::ExportGateway, Country::US),
        ("PE", 4, NodeKind::SortingCentre, Country::CN),
        ("SC", 3, NodeKind::SortingCentre, Country::CN),
        ("DS", 10, NodeKind::DeliveryStation, Country::CN),
    ];
    let mut nodes = Vec::new();
    let mut codes: Vec<Vec<NodeCode>> = Vec::new();
    for (prefix, count, kind, country) in layers {
        let mut layer = Vec::new();
        for i in 0..count {
            let code: NodeCode = format!("{prefix}{i:02}").parse().ok()?;
            nodes.push(
                Node::builder(code, kind, country)
                    .time_zone(chrono_tz::UTC)
                    .calendar(BusinessCalendar::seven_day())
                    .cutoff(NaiveTime::from_hms_opt(12, 0, 0)?)
                    .handling_days(0)
                    .build()
                    .ok()?,
            );
            layer.push(code);
        }
        codes.push(layer);
    }
    let mut lanes = Vec::new();
    for pair in codes.windows(2) {
        let [from, to] = pair else { continue };
        for &a in from {
            for &b in to {
                for carrier in [Carrier::Ups, Carrier::Fedex] {
                    lanes.push(
                        Lane::try_new(
                            a,
                            b,
                            carrier,
                            "Standard".parse().ok()?,
                            TransportMode::Air,
                            TransitTime::calendar_days(1, 2).ok()?,
                        )
                        .ok()?,
                    );
                }
            }
        }
    }
    let from = *codes.first()?.first()?;
    let to = *codes.last()?.first()?;
    Some((Network::try_new(nodes, lanes.clone()).ok()?, lanes, from, to))
}

/// Plain recursion over the lane list with linear scans: every simple path from `at` to `to`.
fn naive_routes(
    lanes: &[Lane],
    at: NodeCode,
    to: NodeCode,
    path: &mut Vec<Lane>,
    out: &mut Vec<Vec<Lane>>,
) {
    if at == to {
        out.push(path.clone());
        return;
    }
    for lane in lanes.iter().filter(|l| l.from() == at) {
        if lane.to() == at || path.iter().any(|l| l.from() == lane.to()) {
            continue;
        }
        path.push(lane.clone());
        naive_routes(lanes, lane.to(), to, path, out);
        path.pop();
    }
}

fn routes(c: &mut Criterion) {
    let Some((network, lanes, from, to)) = layered() else { return };
    let mut group = c.benchmark_group("routes (5-layer network, 576 routes)");
    group.bench_function("crossborder", |b| {
        b.iter(|| network.routes(black_box(from), black_box(to)).map_or(0, |r| r.len()));
    });
    group.bench_function("naive recursion", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            naive_routes(&lanes, black_box(from), black_box(to), &mut Vec::new(), &mut out);
            out.len()
        });
    });
    group.finish();
}

criterion_group!(benches, expected_ship_date, routes);
criterion_main!(benches);
