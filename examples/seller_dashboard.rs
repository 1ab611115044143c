//! A seller's logistics dashboard: the five account-health metrics over a generated month of
//! orders, printed as a table.
//!
//! July 2026: about twenty orders a day from a fulfilment centre in California (US federal
//! holidays, 14:00 cut-off, one business day of handling). A fixed-seed generator decides each
//! order's time, ship confirmation, cancellation, tracking, delivery and feedback, so every run
//! prints the same table. Run it with `cargo run --example seller_dashboard`.
#![allow(clippy::print_stdout)] // an example program talks to its user on stdout

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use crossborder::calendar::BusinessCalendar;
use crossborder::geo::Country;
use crossborder::metrics::{
    AccountHealth, CancelledBy, FeedbackRating, MetricReport, OrderId, OrderRecord, Policy,
    Programme, TrackingRecord,
};
use crossborder::warehouse::{Node, NodeKind};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A small deterministic generator (64-bit LCG, Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 =
            self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True with probability `per_mille / 1000`.
    fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }
}

fn orders(node: &Node) -> Result<Vec<OrderRecord>> {
    let mut rng = Lcg(20_260_731);
    let start = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    let mut out = Vec::new();
    for day in 0..31_i64 {
        for n in 0..(15 + rng.below(11)) {
            let minutes = i64::try_from(rng.below(24 * 60))?;
            let ordered: DateTime<Utc> = start + Duration::days(day) + Duration::minutes(minutes);
            let id = format!(
                "113-{:07}-{:07}",
                2_600_000 + day * 100 + i64::try_from(n)?,
                rng.below(10_000_000)
            );
            let mut b = OrderRecord::builder(id.parse()?, ordered).ship_from(node);
            if rng.chance(15) {
                b = b.cancelled(CancelledBy::Seller);
            } else if rng.chance(20) {
                b = b.cancelled(CancelledBy::Buyer);
            } else {
                // Most orders ship within the day; 1 in 25 a day or two late.
                let hours = if rng.chance(40) { 30 + rng.below(30) } else { 2 + rng.below(20) };
                let shipped = ordered + Duration::hours(i64::try_from(hours)?);
                let shipped_on = shipped.date_naive();
                b = b.ship_confirmed_at(shipped);
                let promised = ordered.date_naive() + Duration::days(14);
                b = b.promised_delivery_date(promised);
                let scanned = !rng.chance(30);
                b = b.tracking(if rng.chance(10) {
                    TrackingRecord::unrecognised(shipped_on)
                } else {
                    TrackingRecord::recognised(shipped_on, scanned.then_some(shipped_on))
                });
                let transit = 7 + i64::try_from(rng.below(8))?; // 7–14 days after shipping: some late
                let delivered = shipped_on + Duration::days(transit);
                if scanned && delivered <= NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")? {
                    b = b.delivered_on(delivered);
                }
            }
            if rng.chance(6) {
                b = b.feedback(FeedbackRating::ONE);
            }
            if rng.chance(3) {
                b = b.a_to_z_claim();
            }
            if rng.chance(2) {
                b = b.chargeback();
            }
            out.push(b.build()?);
        }
    }
    Ok(out)
}

fn row(m: &MetricReport) -> String {
    let rate = m.ratio().percent(2).map_or_else(|| "—".to_owned(), |p| format!("{p}%"));
    let mut against: Vec<&str> = m.counting_against().iter().take(2).map(OrderId::as_str).collect();
    if m.counting_against().len() > 2 {
        against.push("…");
    }
    format!(
        "| {:<4} | {:<11} | {:>7} | {:<24} | {:>9} | {:>7} | {:<6} | {:<9} | {} |",
        m.metric().abbreviation(),
        m.scope().sp_api_name(),
        format!("{} d", m.window().days()),
        m.range().to_string(),
        m.ratio().to_string(),
        rate,
        m.target().to_string(),
        m.status().to_string(),
        against.join(", ")
    )
}

fn main() -> Result<()> {
    let node = Node::builder("ONT8".parse()?, NodeKind::FulfilmentCentre, Country::US)
        .name("Moreno Valley, CA")
        .time_zone(chrono_tz::America::Los_Angeles)
        .calendar(BusinessCalendar::united_states_federal())
        .cutoff(NaiveTime::from_hms_opt(14, 0, 0).ok_or("time")?)
        .handling_days(1)
        .build()?;
    let orders = orders(&node)?;
    let as_of = NaiveDate::from_ymd_opt(2026, 7, 31).ok_or("date")?;
    let policy = Policy::amazon(Country::US, Programme::Standard)?;
    let health = AccountHealth::compute(&policy, &orders, as_of)?;

    println!(
        "Account health on {as_of}: {} orders in July 2026, {} marketplace, {} programme",
        orders.len(),
        health.marketplace(),
        health.programme()
    );
    println!();
    println!(
        "| metric | fulfilment | window | dates | count | rate | target | status | counting against |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for m in health.metrics() {
        println!("{}", row(m));
    }
    println!();
    for m in health.metrics() {
        if let Some(d) = m.defects() {
            println!(
                "{} {}: {} defective orders (negative feedback {}, A-to-z claims {}, chargebacks {})",
                m.metric().abbreviation(),
                m.scope().sp_api_name(),
                d.orders_with_defects(),
                d.negative_feedback(),
                d.a_to_z_claims(),
                d.chargebacks()
            );
        }
        if !m.pending().is_empty() {
            println!(
                "{} {} d: {} orders overdue for ship confirmation",
                m.metric().abbreviation(),
                m.window().days(),
                m.pending().len()
            );
        }
    }
    let at_risk: Vec<String> = health
        .at_risk()
        .map(|m| format!("{} ({} d)", m.metric().abbreviation(), m.window().days()))
        .collect();
    println!();
    if at_risk.is_empty() {
        println!("Every metric meets its target.");
    } else {
        println!("At risk: {}", at_risk.join(", "));
    }
    Ok(())
}
