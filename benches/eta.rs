//! The exact four-leg delivery-date estimate and re-estimate against a calendar-aware Monte
//! Carlo of 10,000 samples of the same route (the usual method), in one group each.
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::{Days, NaiveDate, NaiveTime, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use crossborder::calendar::BusinessCalendar;
use crossborder::carrier::{Carrier, TrackingNumber};
use crossborder::eta::{LegPlan, Plan, Probability, Progress, RoutePlan, ShipmentEta, TransitTime};
use crossborder::geo::Country;
use crossborder::shipment::{
    CustomsMode, EventKind, Leg, LegRef, Location, Route, Shipment, TrackingEvent,
};
use crossborder::warehouse::{DayUnit, TransportMode};

/// US fulfilment centre → flight to Shanghai → Chinese customs → SF Express.
fn plan() -> Option<Plan> {
    let t = |h| NaiveTime::from_hms_opt(h, 0, 0);
    Plan::try_new(vec![
        LegPlan::business_days(
            "ONT8",
            BusinessCalendar::united_states_federal(),
            chrono_tz::America::Los_Angeles,
            t(14)?,
            TransitTime::from_weights(0, &[3, 5, 2]).ok()?,
        )
        .ok()?,
        LegPlan::calendar_days(
            "LAX → PVG",
            BusinessCalendar::seven_day(),
            chrono_tz::America::Los_Angeles,
            t(18)?,
            TransitTime::from_weights(2, &[2, 5, 4, 2, 1]).ok()?,
        )
        .ok()?,
        LegPlan::business_days(
            "PVG customs",
            BusinessCalendar::china(),
            chrono_tz::Asia::Shanghai,
            t(16)?,
            TransitTime::from_weights(1, &[5, 4, 2, 1, 1]).ok()?,
        )
        .ok()?,
        LegPlan::calendar_days(
            "SF Express",
            BusinessCalendar::seven_day(),
            chrono_tz::Asia::Shanghai,
            t(20)?,
            TransitTime::from_weights(1, &[6, 3, 1]).ok()?,
        )
        .ok()?,
    ])
    .ok()
}

/// SplitMix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// A duration drawn from a leg's masses (inverse CDF on 31 random bits).
fn draw(transit: &TransitTime, rng: &mut Rng) -> u16 {
    let mut r = u32::try_from(rng.next() >> 33).unwrap_or(0);
    for (k, m) in (transit.min_days()..).zip(transit.masses()) {
        if r < *m {
            return k;
        }
        r -= m;
    }
    transit.max_days()
}

/// The calendar-aware Monte Carlo: `samples` parcels, each leg's duration drawn and walked on
/// the leg's calendar with the same start rules, from leg `from` received on `start`; a draw
/// of leg `from` ending before `today` is rejected (conditioning by rejection). Returns the
/// 10% and 90% quantiles of the delivery dates.
fn monte_carlo(
    plan: &Plan,
    from: usize,
    start: NaiveDate,
    today: Option<NaiveDate>,
    samples: usize,
    rng: &mut Rng,
) -> Option<(NaiveDate, NaiveDate)> {
    let mut ends = Vec::with_capacity(samples);
    let mut tries = 0_usize;
    while ends.len() < samples && tries < 100 * samples {
        tries += 1;
        let mut date = start;
        let mut rejected = false;
        for (i, leg) in plan.legs().iter().enumerate().skip(from) {
            let calendar = leg.calendar();
            let same_day = i == 0 || leg.cutoff() != NaiveTime::MIN;
            if !(same_day && calendar.is_business_day(date).ok()?) {
                date = calendar.next_business_day(date).ok()?;
            }
            let k = draw(leg.transit(), rng);
            date = match leg.unit() {
                DayUnit::CalendarDays => date.checked_add_days(Days::new(u64::from(k)))?,
                _ => calendar.add_business_days(date, u32::from(k)).ok()?,
            };
            if i == from && today.is_some_and(|today| date < today) {
                rejected = true;
                break;
            }
        }
        if !rejected {
            ends.push(date);
        }
    }
    ends.sort_unstable();
    Some((*ends.get(ends.len() / 10)?, *ends.get(ends.len() * 9 / 10)?))
}

fn four_legs(c: &mut Criterion) {
    let Some(plan) = plan() else { return };
    // Thursday 2026-02-05 10:00 in Los Angeles: the parcel meets the 春节 break at customs.
    let Some(ordered) = Utc.with_ymd_and_hms(2026, 2, 5, 18, 0, 0).single() else { return };
    let Ok(level) = "0.8".parse::<Probability>() else { return };
    let mut group = c.benchmark_group("eta_four_legs");
    group.bench_function("exact_estimate", |b| {
        b.iter(|| {
            let estimate = plan.estimate(black_box(ordered)).ok()?;
            Some(estimate.window(level))
        });
    });
    group.bench_function("monte_carlo_10000", |b| {
        let mut rng = Rng(42);
        b.iter(|| {
            let first = plan.legs().first()?;
            let start = first
                .calendar()
                .first_workable_date(black_box(ordered), first.time_zone(), first.cutoff())
                .ok()?;
            monte_carlo(&plan, 0, start, None, 10_000, &mut rng)
        });
    });
    group.finish();

    // Re-estimate: at customs since Thursday 2026-02-12 10:00 Beijing time, now Monday 16
    // February (in the break).
    let (Some(at_customs), Some(now)) = (
        Utc.with_ymd_and_hms(2026, 2, 12, 2, 0, 0).single(),
        Utc.with_ymd_and_hms(2026, 2, 16, 2, 0, 0).single(),
    ) else {
        return;
    };
    let progress = Progress::new(2, at_customs, now);
    let mut group = c.benchmark_group("eta_re_estimate");
    group.bench_function("exact_re_estimate", |b| {
        b.iter(|| {
            let estimate = plan.re_estimate(black_box(&progress)).ok()?;
            Some(estimate.window(level))
        });
    });
    group.bench_function("monte_carlo_10000_rejection", |b| {
        let mut rng = Rng(7);
        let shanghai = chrono_tz::Asia::Shanghai;
        let received = at_customs.with_timezone(&shanghai).date_naive();
        let today = now.with_timezone(&shanghai).date_naive();
        b.iter(|| monte_carlo(&plan, 2, black_box(received), Some(today), 10_000, &mut rng));
    });
    group.finish();
}

/// The same journey as a shipment (DHL eCommerce to Pudong, SF to Hangzhou; six stages, the
/// hand-over stages of zero days) at customs since Thursday 12 February.
fn shipment_at_customs(plan: &Plan) -> Option<(RoutePlan, Shipment)> {
    let pvg = Location::place("Shanghai Pudong port of entry", Country::CN).ok()?;
    let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494").ok()?;
    let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739").ok()?;
    let gateway = Location::place("Los Angeles gateway", Country::US).ok()?;
    let hangzhou = Location::place("杭州市西湖区", Country::CN).ok()?;
    let legs = vec![
        Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air, gateway, pvg.clone(), dhl).ok()?,
        Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg, hangzhou, sf).ok()?,
    ];
    let route = Route::try_new(CustomsMode::DirectPurchase, legs, 1).ok()?;
    let handover = plan.legs().get(3)?.clone().with_transit(TransitTime::fixed(0).ok()?);
    let route_plan = RoutePlan::try_new(&route, |stage| match stage.index() {
        3 | 4 => Some(handover.clone()),
        5 => plan.legs().get(3).cloned(),
        i => plan.legs().get(i).cloned(),
    })
    .ok()?;
    let mut shipment = Shipment::new(route);
    let dhl = LegRef::new(Carrier::DhlEcommerce, dhl);
    let picked = Utc.with_ymd_and_hms(2026, 2, 6, 20, 0, 0).single()?;
    let arrived = Utc.with_ymd_and_hms(2026, 2, 12, 2, 0, 0).single()?;
    shipment.apply(TrackingEvent::new(picked, dhl, EventKind::PickedUp)).ok()?;
    shipment.apply(TrackingEvent::new(arrived, dhl, EventKind::ArrivedInDestination)).ok()?;
    Some((route_plan, shipment))
}

fn shipment_outlook(c: &mut Criterion) {
    let Some(plan) = plan() else { return };
    let Some((route_plan, shipment)) = shipment_at_customs(&plan) else { return };
    let (Some(ordered), Some(now)) = (
        Utc.with_ymd_and_hms(2026, 2, 5, 18, 0, 0).single(),
        Utc.with_ymd_and_hms(2026, 2, 16, 2, 0, 0).single(),
    ) else {
        return;
    };
    let mut group = c.benchmark_group("eta_shipment");
    group.bench_function("delivery_outlook", |b| {
        b.iter(|| shipment.delivery_outlook(&route_plan, black_box(ordered), black_box(now)));
    });
    group.bench_function("monte_carlo_10000_rejection", |b| {
        let mut rng = Rng(11);
        let shanghai = chrono_tz::Asia::Shanghai;
        let received = Utc
            .with_ymd_and_hms(2026, 2, 12, 2, 0, 0)
            .single()
            .map(|t| t.with_timezone(&shanghai).date_naive());
        let today = now.with_timezone(&shanghai).date_naive();
        b.iter(|| {
            monte_carlo(route_plan.plan(), 2, black_box(received?), Some(today), 10_000, &mut rng)
        });
    });
    group.finish();
}

criterion_group!(benches, four_legs, shipment_outlook);
criterion_main!(benches);
