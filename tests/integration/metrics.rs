//! Seller metrics: hand-built order sets whose rates are worked out in the comments — window
//! edges, the UTC order date, national holidays and make-up working days in the expected ship
//! date, orders with more than one defect, target boundaries — then the built-in policies,
//! serde, auto-traits and properties (exact comparisons, counts, order independence).
// Helpers below may unwrap: clippy's `allow-unwrap-in-tests` only sees `cfg(test)` modules.
#![cfg(test)]

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use crossborder::calendar::BusinessCalendar;
use crossborder::geo::Country;
use crossborder::metrics::{
    AccountHealth, Attribution, CancelledBy, DateRange, DefectCounts, FeedbackRating, Fulfilment,
    Metric, MetricReport, MetricRule, MetricStatus, MetricWindow, MetricsError, OrderId,
    OrderRecord, OrderRecordBuilder, Policy, Programme, Ratio, Target, TargetCondition,
    TrackingRecord,
};
use crossborder::warehouse::{CustomsDistrict, Node, NodeKind};
use proptest::prelude::*;
use rust_decimal::Decimal;

// ---------------------------------------------------------------------------------------------
// Fixtures

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn utc(m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, h, min, 0).single().unwrap()
}

fn id(text: &str) -> OrderId {
    text.parse().unwrap()
}

/// A seller-fulfilled order placed at 03:00 UTC on `m-d`, expected to ship the next day.
fn order(name: &str, m: u32, d: u32) -> OrderRecordBuilder {
    OrderRecord::builder(id(name), utc(m, d, 3, 0))
        .expected_ship_date(date(m, d).succ_opt().unwrap())
}

fn ids(report: &MetricReport) -> Vec<&str> {
    report.counting_against().iter().map(OrderId::as_str).collect()
}

fn rule(metric: Metric, days: u16, target: Target) -> MetricRule {
    MetricRule::new(metric, Fulfilment::Seller, MetricWindow::try_new(days, 0).unwrap(), target)
}

/// The Ningbo bonded warehouse: Beijing time, China's calendar, 16:00 cut-off, one business day.
fn ningbo() -> Node {
    Node::builder("NGB-BW1".parse().unwrap(), NodeKind::BondedWarehouse, Country::CN)
        .time_zone(chrono_tz::Asia::Shanghai)
        .calendar(BusinessCalendar::china())
        .cutoff(NaiveTime::from_hms_opt(16, 0, 0).unwrap())
        .handling_days(1)
        .customs_district(CustomsDistrict::try_new("3105").unwrap())
        .build()
        .unwrap()
}

/// A US fulfilment centre: Los Angeles time, US federal holidays, 14:00 cut-off, one day.
fn ontario() -> Node {
    Node::builder("ONT8".parse().unwrap(), NodeKind::FulfilmentCentre, Country::US)
        .time_zone(chrono_tz::America::Los_Angeles)
        .calendar(BusinessCalendar::united_states_federal())
        .cutoff(NaiveTime::from_hms_opt(14, 0, 0).unwrap())
        .handling_days(1)
        .build()
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Order defect rate

#[test]
fn odr_window_edges_utc_order_date_and_one_defect_per_order() {
    // Report on 31 July 2026: 60 days back to 2 June (2–30 June = 29 days, July = 31).
    let as_of = date(7, 31);
    let mut orders = vec![
        // 1 June: one day before the window; its chargeback does not count.
        order("out-before", 6, 1).chargeback().build().unwrap(),
        // 23:30 UTC on 1 June is 07:30 on 2 June in Beijing, but the order date is the UTC
        // date: outside.
        OrderRecord::builder(id("utc-edge"), utc(6, 1, 23, 30))
            .expected_ship_date(date(6, 3))
            .a_to_z_claim()
            .build()
            .unwrap(),
        // 2 June, first day of the window: claim + chargeback + 1 star = ONE defective order.
        order("first-day", 6, 2)
            .a_to_z_claim()
            .chargeback()
            .feedback(FeedbackRating::ONE)
            .build()
            .unwrap(),
        // 31 July, last day: 2 stars is negative feedback.
        order("last-day", 7, 31).feedback(FeedbackRating::TWO).build().unwrap(),
        // 1 August: after the report date, not in the window.
        order("future", 8, 1).chargeback().build().unwrap(),
        // 3 stars is not negative.
        order("three-stars", 7, 1).feedback(FeedbackRating::THREE).build().unwrap(),
        // A marketplace-fulfilled order with a claim: counted in the AFN row only.
        OrderRecord::builder(id("afn-claim"), utc(7, 10, 3, 0))
            .fulfilment(Fulfilment::Marketplace)
            .a_to_z_claim()
            .build()
            .unwrap(),
    ];
    for i in 0..6 {
        orders.push(order(&format!("plain-{i}"), 7, 5 + i).build().unwrap());
    }
    let odr = rule(Metric::OrderDefectRate, 60, Target::ORDER_DEFECT_RATE)
        .evaluate(&orders, as_of)
        .unwrap();
    assert_eq!(odr.range(), DateRange::try_new(date(6, 2), date(7, 31)).unwrap());
    assert_eq!(odr.range().days(), 60);
    assert_eq!(odr.attribution(), Attribution::OrderDate);
    // In the window: first-day, last-day, three-stars, plain-0..5 = 9 orders; defective:
    // first-day and last-day = 2. 2/9 = 22.2 % ≥ 1 %.
    assert_eq!(odr.ratio(), Ratio::try_new(2, 9).unwrap());
    assert_eq!(odr.status(), MetricStatus::AtRisk);
    assert_eq!(ids(&odr), ["first-day", "last-day"]);
    let counts = odr.defects().unwrap();
    // Negative feedback: first-day (1 star), last-day (2 stars); claims: first-day;
    // chargebacks: first-day.
    assert_eq!(
        (
            counts.orders_with_defects(),
            counts.negative_feedback(),
            counts.a_to_z_claims(),
            counts.chargebacks()
        ),
        (2, 2, 1, 1)
    );
    assert_eq!(odr.percent_string(), "22.22");

    let afn = MetricRule::new(
        Metric::OrderDefectRate,
        Fulfilment::Marketplace,
        MetricWindow::try_new(60, 0).unwrap(),
        Target::ORDER_DEFECT_RATE,
    )
    .evaluate(&orders, as_of)
    .unwrap();
    assert_eq!(afn.ratio().to_string(), "1/1");
    assert_eq!(ids(&afn), ["afn-claim"]);
}

/// `percent(2)` as text, for the assertions above.
trait PercentString {
    fn percent_string(&self) -> String;
}

impl PercentString for MetricReport {
    fn percent_string(&self) -> String {
        self.ratio().percent(2).unwrap().to_string()
    }
}

#[test]
fn odr_target_boundary_is_strict() {
    // 1 defective order in 100 is exactly 1 %: not under 1 %. In 101 it is 0.99 %: good.
    let mut orders: Vec<OrderRecord> =
        (0..99).map(|i| order(&format!("o{i}"), 7, 1 + i % 28).build().unwrap()).collect();
    orders.push(order("bad", 7, 15).chargeback().build().unwrap());
    let r = rule(Metric::OrderDefectRate, 60, Target::ORDER_DEFECT_RATE);
    let at_100 = r.evaluate(&orders, date(7, 31)).unwrap();
    assert_eq!(at_100.ratio().to_string(), "1/100");
    assert_eq!(at_100.status(), MetricStatus::AtRisk);
    orders.push(order("o99", 7, 16).build().unwrap());
    let at_101 = r.evaluate(&orders, date(7, 31)).unwrap();
    assert_eq!(at_101.ratio().to_string(), "1/101");
    assert_eq!(at_101.status(), MetricStatus::Good);
}

// ---------------------------------------------------------------------------------------------
// Late shipment rate

#[test]
fn lsr_expected_ship_dates_skip_national_day_and_count_make_up_saturday() {
    let node = ningbo();
    let beijing = |m, d, h, min| {
        chrono_tz::Asia::Shanghai.with_ymd_and_hms(2026, m, d, h, min, 0).single().unwrap().to_utc()
    };
    let build = |name: &str, ordered: DateTime<Utc>, shipped: Option<DateTime<Utc>>| {
        let b = OrderRecord::builder(id(name), ordered).ship_from(&node);
        match shipped {
            Some(at) => b.ship_confirmed_at(at),
            None => b,
        }
        .build()
        .unwrap()
    };
    let orders = [
        // Wed 30 Sep 10:00, before the 16:00 cut-off: received 30 Sep; the next business day
        // skips the National Day break (1–7 Oct): Thu 8 Oct. Confirmed 8 Oct 18:00: on time
        // (a calendar-day rule would have expected 1 Oct and called it late).
        build("a-on-time", beijing(9, 30, 10, 0), Some(beijing(10, 8, 18, 0))),
        // Same order time, confirmed Fri 9 Oct 09:00: late.
        build("b-late", beijing(9, 30, 10, 0), Some(beijing(10, 9, 9, 0))),
        // Wed 30 Sep 17:00, after the cut-off: received Thu 8 Oct, ships by Fri 9 Oct.
        // Confirmed 9 Oct 20:00: on time.
        build("c-after-cutoff", beijing(9, 30, 17, 0), Some(beijing(10, 9, 20, 0))),
        // Expected 8 Oct; confirmed at 00:30 on 9 Oct Beijing time, which is still 8 Oct in
        // UTC: the node's local date counts, so late.
        build("e-local-date", beijing(9, 30, 10, 0), Some(beijing(10, 9, 0, 30))),
        // Fri 9 Oct 10:00: one business day later is Sat 10 Oct, a make-up working day
        // (调休上班). Confirmed Mon 12 Oct: late (a weekends-off rule would expect Monday).
        build("d-make-up-day", beijing(10, 9, 10, 0), Some(beijing(10, 12, 9, 0))),
        // Sat 10 Oct (worked) 10:00: received that day, ships by Mon 12 Oct; confirmed then.
        build("f-saturday", beijing(10, 10, 10, 0), Some(beijing(10, 12, 15, 0))),
        // Sun 11 Oct: received Mon 12, ships by Tue 13; not confirmed on the report date 12 Oct
        // and not yet due.
        build("g-not-due", beijing(10, 11, 10, 0), None),
        // Fri 9 Oct: expected 10 Oct, not confirmed by 12 Oct: pending, will count as late.
        build("h-overdue", beijing(10, 9, 11, 0), None),
    ];
    let expected: Vec<NaiveDate> = orders.iter().map(|o| o.expected_ship_date().unwrap()).collect();
    assert_eq!(
        expected,
        [
            date(10, 8),
            date(10, 8),
            date(10, 9),
            date(10, 8),
            date(10, 10),
            date(10, 12),
            date(10, 13),
            date(10, 10)
        ]
    );
    let as_of = date(10, 12);
    // 10 days: 3–12 Oct by (UTC) order date: d, f, g, h. Late: d. 1/4 = 25 %.
    let lsr10 = rule(Metric::LateShipmentRate, 10, Target::LATE_SHIPMENT_RATE)
        .evaluate(&orders, as_of)
        .unwrap();
    assert_eq!(lsr10.ratio().to_string(), "1/4");
    assert_eq!(ids(&lsr10), ["d-make-up-day"]);
    assert_eq!(lsr10.pending(), &[id("h-overdue")]);
    assert_eq!(lsr10.status(), MetricStatus::AtRisk);
    // 30 days: 13 Sep – 12 Oct: all eight. Late: b, e, d. 3/8 = 37.5 %.
    let lsr30 = rule(Metric::LateShipmentRate, 30, Target::LATE_SHIPMENT_RATE)
        .evaluate(&orders, as_of)
        .unwrap();
    assert_eq!(lsr30.ratio().to_string(), "3/8");
    assert_eq!(ids(&lsr30), ["b-late", "e-local-date", "d-make-up-day"]);
    assert_eq!(lsr30.percent_string(), "37.50");
}

#[test]
fn lsr_us_independence_day_observed() {
    let node = ontario();
    // Thu 2 Jul 2026, 08:00 in Los Angeles (15:00 UTC): received that day; Fri 3 Jul is the
    // observed Independence Day (4 Jul is a Saturday), so it ships by Mon 6 Jul.
    let on_time = OrderRecord::builder(id("us-1"), utc(7, 2, 15, 0))
        .ship_from(&node)
        .ship_confirmed_at(utc(7, 7, 2, 0)) // 19:00 on 6 Jul in Los Angeles
        .build()
        .unwrap();
    // Same, confirmed at 18:00 UTC on 7 Jul = 11:00 on 7 Jul in Los Angeles: late.
    let late = OrderRecord::builder(id("us-2"), utc(7, 2, 15, 0))
        .ship_from(&node)
        .ship_confirmed_at(utc(7, 7, 18, 0))
        .build()
        .unwrap();
    assert_eq!(on_time.expected_ship_date(), Some(date(7, 6)));
    assert_eq!(on_time.is_late_shipment(), Some(false));
    assert_eq!(late.is_late_shipment(), Some(true));
    // 4 % boundary: 1 late in 25 orders (ordered 2–10 Jul, inside 2–31 Jul) is exactly 4 %: at
    // risk; in 26 it is 3.85 %: good.
    let mut orders = vec![late];
    for i in 0..24 {
        orders.push(
            order(&format!("ok{i}"), 7, 2 + i % 9).ship_confirmed_on(date(7, 2)).build().unwrap(),
        );
    }
    let r = rule(Metric::LateShipmentRate, 30, Target::LATE_SHIPMENT_RATE);
    assert_eq!(r.evaluate(&orders, date(7, 31)).unwrap().status(), MetricStatus::AtRisk);
    orders.push(on_time);
    let report = r.evaluate(&orders, date(7, 31)).unwrap();
    assert_eq!(report.ratio().to_string(), "1/26");
    assert_eq!(report.status(), MetricStatus::Good);
}

#[test]
fn lsr_calendar_errors_are_reported_at_build() {
    // The built-in China calendar covers 2025–2026; 30 Dec 2026 + 1 business day crosses into
    // 2027 (31 Dec is a Thursday, so only an order on 31 Dec after the cut-off fails).
    let late_in_year = chrono_tz::Asia::Shanghai
        .with_ymd_and_hms(2026, 12, 31, 17, 0, 0)
        .single()
        .unwrap()
        .to_utc();
    let err =
        OrderRecord::builder(id("nye"), late_in_year).ship_from(&ningbo()).build().unwrap_err();
    assert!(matches!(err, MetricsError::Calendar { order, .. } if order == id("nye")));
}

// ---------------------------------------------------------------------------------------------
// Pre-fulfilment cancel rate

#[test]
fn pfcr_counts_seller_and_automatic_cancellations_not_buyer_requests() {
    // 7 days ending 31 Jul: 25–31 Jul.
    let as_of = date(7, 31);
    let mut orders = vec![
        order("seller", 7, 25).cancelled(CancelledBy::Seller).build().unwrap(),
        order("outside", 7, 24).cancelled(CancelledBy::Seller).build().unwrap(),
    ];
    for i in 0..39 {
        orders.push(order(&format!("p{i}"), 7, 25 + i % 7).build().unwrap());
    }
    // 40 orders, 1 seller cancellation: exactly 2.5 %, not under 2.5 %.
    let r = rule(Metric::PreFulfilmentCancelRate, 7, Target::PRE_FULFILMENT_CANCEL_RATE);
    let report = r.evaluate(&orders, as_of).unwrap();
    assert_eq!(report.ratio().to_string(), "1/40");
    assert_eq!(report.status(), MetricStatus::AtRisk);
    // A buyer-requested cancellation adds to the orders, not to the cancellations: 1/41 = 2.44 %.
    orders.push(order("buyer", 7, 31).cancelled(CancelledBy::Buyer).build().unwrap());
    let report = r.evaluate(&orders, as_of).unwrap();
    assert_eq!(report.ratio().to_string(), "1/41");
    assert_eq!(report.status(), MetricStatus::Good);
    // An automatic cancellation for want of a ship confirmation counts: 2/42 = 4.76 %.
    orders.push(order("auto", 7, 26).cancelled(CancelledBy::Marketplace).build().unwrap());
    let report = r.evaluate(&orders, as_of).unwrap();
    assert_eq!(report.ratio().to_string(), "2/42");
    assert_eq!(ids(&report), ["seller", "auto"]);
    assert_eq!(report.status(), MetricStatus::AtRisk);
}

// ---------------------------------------------------------------------------------------------
// Valid tracking rate

#[test]
fn vtr_by_promised_delivery_date_with_both_windows() {
    let as_of = date(7, 31);
    let shipped = |name: &str, promised: NaiveDate, tracking: TrackingRecord| {
        order(name, 7, 1)
            .ship_confirmed_on(date(7, 2))
            .promised_delivery_date(promised)
            .tracking(tracking)
            .build()
            .unwrap()
    };
    let valid = TrackingRecord::recognised(date(7, 2), Some(date(7, 3)));
    let mut orders = Vec::new();
    // Promised 25–31 Jul (the 7-day window): 190 valid, 5 unrecognised, 5 recognised without a
    // scan.
    for i in 0..190 {
        orders.push(shipped(&format!("v{i}"), date(7, 25 + i % 7), valid));
    }
    for i in 0..5 {
        orders.push(shipped(
            &format!("u{i}"),
            date(7, 31),
            TrackingRecord::unrecognised(date(7, 2)),
        ));
        orders.push(shipped(
            &format!("n{i}"),
            date(7, 25),
            TrackingRecord::recognised(date(7, 2), None),
        ));
    }
    // Not ship-confirmed: not a shipped package, not counted.
    orders.push(order("unshipped", 7, 20).promised_delivery_date(date(7, 28)).build().unwrap());
    // Promised 10 Jul: only in the 30-day window (2–31 Jul); promised 1 Jul: in neither.
    for i in 0..10 {
        orders.push(shipped(&format!("early{i}"), date(7, 10), valid));
    }
    orders.push(shipped("too-early", date(7, 1), TrackingRecord::unrecognised(date(7, 1))));

    // 7 days: 190/200 = 95 %: not above 95 % (the help pages' 190/200 example sits exactly on
    // the target).
    let vtr7 = rule(Metric::ValidTrackingRate, 7, Target::VALID_TRACKING_RATE)
        .evaluate(&orders, as_of)
        .unwrap();
    assert_eq!(vtr7.ratio().to_string(), "190/200");
    assert_eq!(vtr7.status(), MetricStatus::AtRisk);
    assert_eq!(vtr7.counting_against().len(), 10);
    assert_eq!(vtr7.attribution(), Attribution::PromisedDeliveryDate);
    // 30 days: 200/210 = 95.24 %: good.
    let vtr30 = rule(Metric::ValidTrackingRate, 30, Target::VALID_TRACKING_RATE)
        .evaluate(&orders, as_of)
        .unwrap();
    assert_eq!(vtr30.ratio().to_string(), "200/210");
    assert_eq!(vtr30.percent_string(), "95.24");
    assert_eq!(vtr30.status(), MetricStatus::Good);
    // Seller Fulfilled Prime (JP) asks for at least 94 % over 7 days: 95 % passes.
    let sfp = Policy::amazon(Country::JP, Programme::SellerFulfilledPrime).unwrap();
    let health = AccountHealth::compute(&sfp, &orders, as_of).unwrap();
    let vtr = health.find(Metric::ValidTrackingRate, Fulfilment::Seller, 7).unwrap();
    assert_eq!((vtr.ratio().to_string(), vtr.status()), ("190/200".to_owned(), MetricStatus::Good));
}

// ---------------------------------------------------------------------------------------------
// On-time delivery rate

#[test]
fn otdr_by_delivery_date_with_configurable_target() {
    // 14 days ending 31 Jul: 18–31 Jul, by delivery date.
    let as_of = date(7, 31);
    let delivered =
        |name: &str, delivered_on: NaiveDate, promised: NaiveDate, confirmed: NaiveDate| {
            order(name, 7, 10)
                .ship_confirmed_on(date(7, 11))
                .tracking(TrackingRecord::recognised(confirmed, Some(date(7, 11))))
                .promised_delivery_date(promised)
                .delivered_on(delivered_on)
                .build()
                .unwrap()
        };
    let mut orders = Vec::new();
    // 96 delivered before their promised date, 1 exactly on it: 97 on time.
    for i in 0..96 {
        orders.push(delivered(&format!("ok{i}"), date(7, 18 + i % 14), date(8, 5), date(7, 11)));
    }
    orders.push(delivered("on-the-day", date(7, 25), date(7, 25), date(7, 11)));
    // Two a day late; one on time but with the tracking confirmed the day after delivery.
    orders.push(delivered("late-1", date(7, 26), date(7, 25), date(7, 11)));
    orders.push(delivered("late-2", date(7, 31), date(7, 30), date(7, 11)));
    orders.push(delivered("tracking-after", date(7, 20), date(7, 25), date(7, 21)));
    // Outside the window (delivered 17 Jul), and untracked: not counted.
    orders.push(delivered("before-window", date(7, 17), date(7, 10), date(7, 11)));
    orders.push(
        order("untracked", 7, 10)
            .ship_confirmed_on(date(7, 11))
            .tracking(TrackingRecord::unrecognised(date(7, 11)))
            .promised_delivery_date(date(7, 20))
            .delivered_on(date(7, 25))
            .build()
            .unwrap(),
    );

    // 97/100 = 97 %: not above the recommended 97 %.
    let policy = Policy::amazon(Country::US, Programme::Standard).unwrap();
    let health = AccountHealth::compute(&policy, &orders, as_of).unwrap();
    let otdr = health.find(Metric::OnTimeDeliveryRate, Fulfilment::Seller, 14).unwrap();
    assert_eq!(otdr.range(), DateRange::try_new(date(7, 18), date(7, 31)).unwrap());
    assert_eq!(otdr.ratio().to_string(), "97/100");
    assert_eq!(otdr.status(), MetricStatus::AtRisk);
    assert_eq!(ids(otdr), ["late-1", "late-2", "tracking-after"]);
    // The target is configurable: "at least 97 %" passes, the third-party "> 90 %" too.
    for target in [">=0.97", ">0.9"] {
        let relaxed =
            policy.clone().with_target(Metric::OnTimeDeliveryRate, target.parse().unwrap());
        let health = AccountHealth::compute(&relaxed, &orders, as_of).unwrap();
        let otdr = health.find(Metric::OnTimeDeliveryRate, Fulfilment::Seller, 14).unwrap();
        assert_eq!(otdr.status(), MetricStatus::Good, "{target}");
    }
}

// ---------------------------------------------------------------------------------------------
// Policies and the whole report

#[test]
fn standard_policy_shape_matches_the_help_pages() {
    let p = Policy::amazon(Country::US, Programme::Standard).unwrap();
    let rows: Vec<(String, Fulfilment, u16, String)> = p
        .rules()
        .iter()
        .map(|r| {
            (
                r.metric().abbreviation().to_owned(),
                r.scope(),
                r.window().days(),
                r.target().to_string(),
            )
        })
        .collect();
    let expected = [
        ("ODR", Fulfilment::Seller, 60, "<0.01"),
        ("ODR", Fulfilment::Marketplace, 60, "<0.01"),
        ("LSR", Fulfilment::Seller, 10, "<0.04"),
        ("LSR", Fulfilment::Seller, 30, "<0.04"),
        ("PFCR", Fulfilment::Seller, 7, "<0.025"),
        ("VTR", Fulfilment::Seller, 7, ">0.95"),
        ("VTR", Fulfilment::Seller, 30, ">0.95"),
        ("OTDR", Fulfilment::Seller, 14, ">0.97"),
    ];
    assert_eq!(rows.len(), expected.len());
    for (row, (m, scope, days, target)) in rows.iter().zip(expected) {
        assert_eq!(row, &(m.to_owned(), scope, days, target.to_owned()));
    }
    assert_eq!(
        Policy::amazon(Country::DE, Programme::SellerFulfilledPrime),
        Err(MetricsError::UnknownPolicy {
            marketplace: Country::DE,
            programme: Programme::SellerFulfilledPrime
        })
    );
    let sfp = Policy::amazon(Country::JP, Programme::SellerFulfilledPrime).unwrap();
    assert!(sfp.rules().iter().all(|r| r.window().days() == 7));
    assert_eq!(
        sfp.rules().iter().map(|r| r.target().condition()).collect::<Vec<_>>(),
        [TargetCondition::AtLeast, TargetCondition::AtLeast, TargetCondition::AtMost]
    );
}

#[test]
fn empty_windows_report_no_orders() {
    let policy = Policy::amazon(Country::GB, Programme::Standard).unwrap();
    let health = AccountHealth::compute(&policy, &[], date(7, 31)).unwrap();
    assert!(health.metrics().iter().all(|m| m.status() == MetricStatus::NoOrders));
    assert!(health.metrics().iter().all(|m| m.rate().is_none()));
    assert!(health.is_good());
    assert_eq!(health.metrics()[0].status().sp_api_name(), "NONE");
    assert_eq!(health.metrics()[0].defects(), Some(&DefectCounts::default()));
}

#[test]
fn window_lag_shifts_the_range() {
    // Amazon's two-week lag of the valid tracking rate: 30 days ending 14 days before 31 Jul.
    let lagged = MetricRule::new(
        Metric::ValidTrackingRate,
        Fulfilment::Seller,
        MetricWindow::try_new(30, 14).unwrap(),
        Target::VALID_TRACKING_RATE,
    );
    let promised = |d| {
        order("x", 6, 1).ship_confirmed_on(date(6, 2)).promised_delivery_date(d).build().unwrap()
    };
    // 17 Jul is the window's last day, 18 Jun its first; 18 Jul and 17 Jun are outside.
    for (d, inside) in
        [(date(7, 17), true), (date(6, 18), true), (date(7, 18), false), (date(6, 17), false)]
    {
        let r = lagged.evaluate(&[promised(d)], date(7, 31)).unwrap();
        assert_eq!(r.ratio().denominator(), u64::from(inside), "{d}");
    }
}

#[test]
fn display_of_reports() {
    let orders = [order("a", 7, 30).cancelled(CancelledBy::Seller).build().unwrap()];
    let report = rule(Metric::PreFulfilmentCancelRate, 7, Target::PRE_FULFILMENT_CANCEL_RATE)
        .evaluate(&orders, date(7, 31))
        .unwrap();
    assert_eq!(
        report.to_string(),
        "PFCR (7 days, seller orders, 2026-07-25..=2026-07-31): 1/1 = 100.00%, target <0.025, at_risk"
    );
    let health = AccountHealth::compute(
        &Policy::amazon(Country::JP, Programme::SellerFulfilledPrime).unwrap(),
        &orders,
        date(7, 31),
    )
    .unwrap();
    assert!(
        health.to_string().starts_with("account health on 2026-07-31 (JP, seller_fulfilled_prime)")
    );
}

#[test]
fn record_validation() {
    let at = utc(7, 1, 3, 0);
    assert!(matches!(
        OrderRecord::builder(id("x"), at).build(),
        Err(MetricsError::MissingExpectedShipDate { .. })
    ));
    assert!(matches!(
        OrderRecord::builder(id("x"), at)
            .expected_ship_date(date(7, 2))
            .ship_confirmed_at(utc(6, 30, 0, 0))
            .build(),
        Err(MetricsError::ShippedBeforeOrdered { .. })
    ));
    assert!(matches!(
        order("x", 7, 1).ship_confirmed_on(date(7, 2)).cancelled(CancelledBy::Buyer).build(),
        Err(MetricsError::CancelledAfterShipment { .. })
    ));
    // The last call wins between an instant and a date.
    let o = order("x", 7, 1)
        .ship_confirmed_at(utc(7, 5, 0, 0))
        .ship_confirmed_on(date(7, 2))
        .build()
        .unwrap();
    assert_eq!(o.ship_confirmed_on(), Some(date(7, 2)));
}

#[test]
fn code_round_trips() {
    for m in Metric::ALL {
        assert_eq!(m.as_str().parse::<Metric>(), Ok(*m));
        assert_eq!(Metric::from_abbreviation(m.abbreviation()), Some(*m));
    }
    for c in TargetCondition::ALL {
        assert_eq!(c.to_string().parse::<TargetCondition>(), Ok(*c));
    }
    for s in MetricStatus::ALL {
        assert_eq!(s.to_string().parse::<MetricStatus>(), Ok(*s));
    }
    for p in Programme::ALL {
        assert_eq!(p.to_string().parse::<Programme>(), Ok(*p));
    }
    for f in Fulfilment::ALL {
        assert_eq!(f.as_str().parse::<Fulfilment>(), Ok(*f));
    }
    for c in CancelledBy::ALL {
        assert_eq!(c.as_str().parse::<CancelledBy>(), Ok(*c));
    }
    for a in Attribution::ALL {
        assert_eq!(a.to_string().parse::<Attribution>(), Ok(*a));
    }
    assert_eq!(
        "orderDefectRate".parse::<Metric>(),
        Err(MetricsError::UnknownCode { kind: "metric", text: "orderDefectRate".into() })
    );
}

#[test]
fn public_types_are_send_sync_clone_debug_partialeq() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug + PartialEq + 'static>() {}
    fn error<T: std::error::Error + Send + Sync + 'static>() {}
    check::<OrderId>();
    check::<FeedbackRating>();
    check::<Fulfilment>();
    check::<CancelledBy>();
    check::<TrackingRecord>();
    check::<OrderRecord>();
    check::<OrderRecordBuilder>();
    check::<Metric>();
    check::<Attribution>();
    check::<TargetCondition>();
    check::<Target>();
    check::<MetricWindow>();
    check::<DateRange>();
    check::<MetricRule>();
    check::<Programme>();
    check::<Policy>();
    check::<Ratio>();
    check::<MetricStatus>();
    check::<DefectCounts>();
    check::<MetricReport>();
    check::<AccountHealth>();
    check::<MetricsError>();
    error::<MetricsError>();
}

// ---------------------------------------------------------------------------------------------
// Serde

#[cfg(feature = "serde")]
mod serde_tests {
    use super::*;

    #[test]
    fn order_record_round_trip_and_validation() {
        let o = order("113-0000001-0000001", 7, 1)
            .ship_confirmed_on(date(7, 2))
            .promised_delivery_date(date(7, 12))
            .tracking(TrackingRecord::recognised(date(7, 2), Some(date(7, 3))))
            .delivered_on(date(7, 10))
            .feedback(FeedbackRating::TWO)
            .chargeback()
            .build()
            .unwrap();
        let json = serde_json::to_string(&o).unwrap();
        assert_eq!(
            json,
            r#"{"id":"113-0000001-0000001","order_date":"2026-07-01","fulfilment":"seller","expected_ship_date":"2026-07-02","ship_confirmed_on":"2026-07-02","promised_delivery_date":"2026-07-12","delivered_on":"2026-07-10","tracking":{"confirmed_on":"2026-07-02","recognised":true,"first_scan_on":"2026-07-03"},"feedback":2,"chargeback":true}"#
        );
        assert_eq!(serde_json::from_str::<OrderRecord>(&json).unwrap(), o);
        for bad in [
            r#"{"id":"a b","order_date":"2026-07-01","fulfilment":"marketplace"}"#,
            r#"{"id":"a","order_date":"2026-07-01","fulfilment":"seller"}"#,
            r#"{"id":"a","order_date":"2026-07-01","fulfilment":"marketplace","feedback":6}"#,
            r#"{"id":"a","order_date":"2026-07-01","fulfilment":"marketplace","ship_confirmed_on":"2026-07-02","cancelled_by":"seller"}"#,
            r#"{"id":"a","order_date":"2026-07-01","fulfilment":"marketplace","colour":"red"}"#,
        ] {
            assert!(serde_json::from_str::<OrderRecord>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn policy_round_trip_and_validation() {
        let p = Policy::amazon(Country::JP, Programme::SellerFulfilledPrime).unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.starts_with(r#"{"marketplace":"JP","programme":"seller_fulfilled_prime","rules":[{"metric":"on_time_delivery_rate","scope":"seller","window":{"days":7,"lag_days":0},"target":">=0.96"}"#), "{json}");
        assert_eq!(serde_json::from_str::<Policy>(&json).unwrap(), p);
        for bad in [
            r#"{"marketplace":"JP","programme":"standard","rules":[]}"#,
            r#"{"marketplace":"JP","programme":"standard","rules":[{"metric":"on_time_delivery_rate","scope":"seller","window":{"days":0},"target":">0.9"}]}"#,
            r#"{"marketplace":"JP","programme":"standard","rules":[{"metric":"on_time_delivery_rate","scope":"seller","window":{"days":7},"target":">90"}]}"#,
        ] {
            assert!(serde_json::from_str::<Policy>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn report_serializes_in_the_account_health_shape() {
        let orders = [order("a", 7, 30).cancelled(CancelledBy::Seller).build().unwrap()];
        let report = rule(Metric::PreFulfilmentCancelRate, 7, Target::PRE_FULFILMENT_CANCEL_RATE)
            .evaluate(&orders, date(7, 31))
            .unwrap();
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "metric": "pre_fulfilment_cancel_rate",
                "scope": "seller",
                "window": {"days": 7, "lag_days": 0},
                "range": {"from": "2026-07-25", "to": "2026-07-31"},
                "ratio": "1/1",
                "target": "<0.025",
                "status": "at_risk",
                "counting_against": ["a"]
            })
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn value_types_round_trip_through_json(id in "[A-Za-z0-9._-]{1,32}", n in 0_u64..1000, extra in 0_u64..1000) {
            let id: OrderId = id.parse().unwrap();
            prop_assert_eq!(serde_json::from_str::<OrderId>(&serde_json::to_string(&id).unwrap()).unwrap(), id);
            let r = Ratio::try_new(n, n + extra).unwrap();
            prop_assert_eq!(serde_json::from_str::<Ratio>(&serde_json::to_string(&r).unwrap()).unwrap(), r);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Properties

fn target_strategy() -> impl Strategy<Value = Target> {
    (0_usize..4, 0_u32..=6, 0_i64..=1_000_000).prop_map(|(c, scale, m)| {
        let condition = TargetCondition::ALL[c];
        let value = Decimal::new(m, scale).min(Decimal::ONE);
        Target::try_new(condition, value).unwrap()
    })
}

/// A random small order set over June–July 2026.
fn orders_strategy() -> impl Strategy<Value = Vec<OrderRecord>> {
    prop::collection::vec(
        (1_u32..=61, 0_u8..16, 0_u8..4, 0_u8..4, 0_i64..5, 0_i64..20, any::<bool>()),
        0..60,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (day, defects, cancel, track, ship_after, deliver_after, afn))| {
                let ordered = date(6, 1) + chrono::Days::new(u64::from(day - 1));
                let at = Utc.from_utc_datetime(&ordered.and_hms_opt(3, 0, 0).unwrap());
                let mut b = OrderRecord::builder(id(&format!("o{i}")), at)
                    .expected_ship_date(ordered + chrono::Days::new(1));
                if afn {
                    b = b.fulfilment(Fulfilment::Marketplace);
                }
                if defects & 1 != 0 {
                    b = b.a_to_z_claim();
                }
                if defects & 2 != 0 {
                    b = b.chargeback();
                }
                if defects & 4 != 0 {
                    b = b.feedback(FeedbackRating::try_new(1 + defects / 4).unwrap());
                }
                if cancel > 0 {
                    b.cancelled(CancelledBy::ALL[usize::from(cancel - 1)]).build().unwrap()
                } else {
                    let shipped = ordered + chrono::Duration::days(ship_after);
                    b = b
                        .ship_confirmed_on(shipped)
                        .promised_delivery_date(ordered + chrono::Duration::days(10));
                    b = match track {
                        0 => b,
                        1 => b.tracking(TrackingRecord::unrecognised(shipped)),
                        2 => b.tracking(TrackingRecord::recognised(shipped, None)),
                        _ => b.tracking(TrackingRecord::recognised(shipped, Some(shipped))),
                    };
                    b.delivered_on(shipped + chrono::Duration::days(deliver_after)).build().unwrap()
                }
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn text_parsers_never_panic(s in "\\PC{0,40}") {
        let _ = s.parse::<OrderId>();
        let _ = s.parse::<Target>();
        let _ = s.parse::<Ratio>();
        let _ = s.parse::<FeedbackRating>();
        let _ = s.parse::<Metric>();
    }

    #[test]
    fn order_id_round_trips(s in "[A-Za-z0-9._-]{1,32}") {
        let id: OrderId = s.parse().unwrap();
        prop_assert_eq!(id.as_str(), s.as_str());
        prop_assert_eq!(id.to_string().parse::<OrderId>().unwrap(), id);
    }

    #[test]
    fn target_round_trips(t in target_strategy()) {
        prop_assert_eq!(t.to_string().parse::<Target>().unwrap(), t);
    }

    /// The exact integer comparison agrees with a comparison in decimals (exact here: the
    /// product of a count below 10^9 and a 6-decimal target fits a Decimal).
    #[test]
    fn target_comparison_matches_decimal_oracle(t in target_strategy(), n in 0_u64..1_000_000_000, extra in 0_u64..1_000_000_000) {
        let d = n + extra;
        let ratio = Ratio::try_new(n, d).unwrap();
        let met = t.is_met_by(&ratio);
        if d == 0 {
            prop_assert_eq!(met, None);
        } else {
            let lhs = Decimal::from(n);
            let rhs = t.value().checked_mul(Decimal::from(d)).unwrap();
            let expected = match t.condition() {
                TargetCondition::LessThan => lhs < rhs,
                TargetCondition::AtMost => lhs <= rhs,
                TargetCondition::GreaterThan => lhs > rhs,
                TargetCondition::AtLeast => lhs >= rhs,
                _ => unreachable!(),
            };
            prop_assert_eq!(met, Some(expected));
        }
    }

    /// Counts are consistent, and the input order changes nothing but the order of the ids.
    #[test]
    fn reports_are_consistent_and_order_independent(orders in orders_strategy(), as_of_day in 0_u64..70) {
        let as_of = date(6, 1) + chrono::Days::new(as_of_day);
        let policy = Policy::amazon(Country::US, Programme::Standard).unwrap();
        let forward = AccountHealth::compute(&policy, &orders, as_of).unwrap();
        let mut reversed_orders = orders.clone();
        reversed_orders.reverse();
        let backward = AccountHealth::compute(&policy, &reversed_orders, as_of).unwrap();
        for (f, b) in forward.metrics().iter().zip(backward.metrics()) {
            let r = f.ratio();
            prop_assert!(r.numerator() <= r.denominator());
            let against = f.counting_against().len() as u64;
            if f.metric().numerator_counts_against() {
                prop_assert_eq!(against, r.numerator());
            } else {
                prop_assert_eq!(against, r.denominator() - r.numerator());
            }
            prop_assert_eq!(f.ratio(), b.ratio());
            prop_assert_eq!(f.status(), b.status());
            let mut fa = f.counting_against().to_vec();
            let mut ba = b.counting_against().to_vec();
            fa.sort();
            ba.sort();
            prop_assert_eq!(fa, ba);
        }
    }
}
