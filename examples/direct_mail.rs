//! One direct-mail parcel (直邮, customs mode 9610) from a US fulfilment centre to a buyer in
//! Shanghai, end to end.
//!
//! 1. The order: the buyer and the consignee address (masked), the price converted to CNY at the
//!    customs rate, the CBEC composite tax quoted and the buyer's annual quota updated.
//! 2. The three-document match (三单对碰) of the order, payment and waybill, and what a mismatch
//!    looks like.
//! 3. The route (FC → DHL eCommerce → Shanghai port of entry → customs → SF Express) and a
//!    realistic event stream — a skipped scan, a duplicate, an out-of-order event and a customs
//!    hold — with the status and the re-estimated delivery window at each stage.
//!
//! Deterministic: every instant is fixed. Run it with `cargo run --example direct_mail`.
#![allow(clippy::print_stdout)] // an example program talks to its user on stdout

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use crossborder::calendar::BusinessCalendar;
use crossborder::carrier::{Carrier, TrackingNumber};
use crossborder::customs::{MatchOptions, match_documents, sample};
use crossborder::eta::{LegPlan, Outlook, Probability, RoutePlan, ShipmentEta, TransitTime};
use crossborder::geo::{Address, Country};
use crossborder::money::{Currency, ExchangeRate, Money};
use crossborder::notice::{Lang, Notice, Question};
use crossborder::party::{Person, ResidentId};
use crossborder::shipment::{
    CustomsMode, EventKind, HoldReason, Leg, LegRef, Location, Route, Shipment, TrackingEvent,
};
use crossborder::tax::{
    AnnualQuotaLedger, BuiltinCategory, CbecOrder, OrderLine, OrderRef, TaxPolicy,
};
use crossborder::warehouse::TransportMode;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> Result<()> {
    let price = order()?;
    documents()?;
    journey(price)?;
    Ok(())
}

/// The order, the price in CNY, the tax and the quota.
fn order() -> Result<Money> {
    println!("== 1. The order ==");
    let buyer = Person::try_cn("张三", "11010519491231002X", "13812345678")?;
    let consignee = Address::builder(Country::CN)
        .province("上海市")
        .city("上海市")
        .district("浦东新区")
        .street_line("张江路１２３号　５０１室")
        .postal_code("201203")
        .build()?;
    println!("buyer       {buyer}");
    println!("ship to     {consignee}");
    let from = Country::US.customs_code().map(|c| c.to_string()).unwrap_or_default();
    println!("origin      {} (customs country code {from}, ISO {})", Country::US.name_en(), 840);

    // The listing is in USD; customs works in CNY (currency code 142, not ISO 156).
    let listed: Money = "27.99 USD".parse()?;
    let usd_cny: ExchangeRate = "1 USD = 7.1234 CNY".parse()?;
    let price = usd_cny.convert(listed)?; // 27.99 × 7.1234 = 199.383966 → 199.38 (272号令 第十三条)
    let code = Currency::CNY.customs_code().unwrap_or("-");
    println!("price       {listed} at {usd_cny} = {price} (customs currency {code})");

    // CBEC composite tax: duty 0 within the limits, VAT 13% × 70% (财关税〔2018〕49号).
    let mut ledger = AnnualQuotaLedger::new();
    let buyer_id: ResidentId = "11010519491231002X".parse()?;
    let day = NaiveDate::from_ymd_opt(2026, 9, 24).ok_or("date")?;
    let order =
        CbecOrder::new(day, vec![OrderLine::new(BuiltinCategory::Ordinary.category(), price, 1)]);
    let assessment = order.assess(ledger.used(&buyer_id, 2026), &TaxPolicy::default())?;
    let tax = assessment.total_tax().ok_or("not admissible")?;
    println!(
        "tax         {tax} (199.38 × 9.1% = 18.14358, half-up to the fen); buyer pays {}",
        price.checked_add(tax)?
    );
    let order_ref = OrderRef::try_new("SO-2026-0001")?;
    ledger.reserve(&buyer_id, order_ref.clone(), day, assessment.customs_value)?;
    ledger.commit(&buyer_id, &order_ref, day)?;
    println!("quota 2026  {} used of 26000.00 CNY", ledger.used(&buyer_id, 2026));
    Ok(price)
}

/// The three documents pushed to customs, matched; then a payment that disagrees.
fn documents() -> Result<()> {
    println!("\n== 2. The three-document match (三单对碰) ==");
    let set = sample::matched_set()?;
    let options = MatchOptions::default();
    println!(
        "order + payment + waybill + inventory: {}",
        match_documents(&set.documents(), &options, &Money::zero(Currency::CNY))
    );
    // The payment company reports a different amount paid: customs sends the order back.
    let mut wrong = set.clone();
    wrong.payment.amount_paid = "99.00".parse()?;
    println!(
        "with a payment of 99.00: {}",
        match_documents(&wrong.documents(), &options, &Money::zero(Currency::CNY))
    );
    Ok(())
}

const DHL_NO: &str = "GM2951173225174494";
const SF_NO: &str = "SF1385628716739";

fn at(month: u32, day: u32, hour: u32, minute: u32) -> Result<DateTime<Utc>> {
    Ok(Utc.with_ymd_and_hms(2026, month, day, hour, minute, 0).single().ok_or("instant")?)
}

/// US fulfilment centre ONT8 → DHL eCommerce (air) → Shanghai Pudong port of entry PVG →
/// customs (9610) → SF Express → the buyer; the legs' references for the event feed.
fn route() -> Result<(Route, LegRef, LegRef)> {
    let dhl_no = TrackingNumber::parse(Carrier::DhlEcommerce, DHL_NO)?;
    let sf_no = TrackingNumber::parse(Carrier::SfExpress, SF_NO)?;
    let route = Route::builder(CustomsMode::DirectPurchase)
        .leg(Leg::try_new(
            Carrier::DhlEcommerce,
            TransportMode::Air,
            Location::node("ONT8".parse()?),
            Location::node("PVG".parse()?),
            dhl_no,
        )?)
        .clearance()
        .leg(Leg::try_new(
            Carrier::SfExpress,
            TransportMode::Road,
            Location::node("PVG".parse()?),
            Location::place("上海市浦东新区", Country::CN)?,
            sf_no,
        )?)
        .build()?;
    let dhl = LegRef::new(Carrier::DhlEcommerce, dhl_no);
    let sf = LegRef::new(Carrier::SfExpress, sf_no);
    Ok((route, dhl, sf))
}

/// The delivery-window plan: one leg plan per stage of the route.
fn plan(route: &Route) -> Result<RoutePlan> {
    // Each stage of the route on its own calendar: the FC ships on US business days, the airline
    // flies every day, Chinese customs works Chinese working days (国庆 2026-10-01..07 closed),
    // SF Express delivers every day.
    let noon = NaiveTime::from_hms_opt(12, 0, 0).ok_or("time")?;
    let plan = RoutePlan::try_new(route, |stage| {
        let (calendar, zone, transit) = match stage.index() {
            0 => (
                BusinessCalendar::united_states_federal(),
                chrono_tz::America::Los_Angeles,
                TransitTime::uniform(0, 2),
            ),
            1 => (
                BusinessCalendar::seven_day(),
                chrono_tz::America::Los_Angeles,
                TransitTime::triangular(2, 3, 6),
            ),
            2 => (
                BusinessCalendar::china(),
                chrono_tz::Asia::Shanghai,
                TransitTime::triangular(1, 1, 3),
            ),
            3 => (
                BusinessCalendar::china(),
                chrono_tz::Asia::Shanghai,
                TransitTime::triangular(0, 1, 2),
            ),
            _ => (
                BusinessCalendar::seven_day(),
                chrono_tz::Asia::Shanghai,
                TransitTime::triangular(0, 1, 2),
            ),
        };
        LegPlan::business_days(stage.to_string(), calendar, zone, noon, transit.ok()?).ok()
    })?
    .with_hold(HoldReason::Inspection, TransitTime::uniform(1, 4)?);

    Ok(plan)
}

/// The route, the event stream, the status and the window at each stage.
fn journey(price: Money) -> Result<()> {
    println!("\n== 3. The journey ==");
    let (route, dhl, sf) = route()?;
    for h in route.hand_offs() {
        println!("hand-off at {}: {} → {}", h.at(), h.outgoing(), h.incoming());
    }

    let plan = plan(&route)?;
    let ordered = at(9, 24, 18, 0)?;
    // The feed as it arrives: the DHL pick-up scan is missing (skipped), the departure scan
    // arrives twice, and the customs-processing scan arrives after the hold it preceded.
    let feed = [
        (at(9, 24, 20, 0)?, &dhl, EventKind::LabelCreated),
        (at(9, 26, 6, 40)?, &dhl, EventKind::InTransit),
        (at(9, 26, 6, 40)?, &dhl, EventKind::InTransit),
        (at(9, 28, 9, 5)?, &dhl, EventKind::ArrivedInDestination),
        (at(9, 29, 14, 30)?, &dhl, EventKind::CustomsHeld(HoldReason::Inspection)),
        (at(9, 28, 11, 0)?, &dhl, EventKind::CustomsProcessing),
        (at(10, 8, 16, 20)?, &dhl, EventKind::CustomsReleased),
        (at(10, 8, 18, 0)?, &dhl, EventKind::HandedOff),
        (at(10, 8, 19, 45)?, &sf, EventKind::PickedUp),
        (at(10, 9, 8, 30)?, &sf, EventKind::OutForDelivery),
        (at(10, 9, 13, 5)?, &sf, EventKind::Delivered),
    ];
    let mut shipment = Shipment::new(route);
    let on_time = Probability::try_percent(97)?;
    let ninety = Probability::try_percent(90)?;
    for (instant, leg, kind) in feed {
        let event = TrackingEvent::new(instant, *leg, kind);
        let applied = shipment.apply(event)?;
        let outlook = match shipment.delivery_outlook(&plan, ordered, instant)? {
            Outlook::Underway(e) => {
                format!("90% window {}, promise {}", e.window(ninety), e.promise_date(on_time))
            }
            Outlook::Delivered { at } => {
                format!("delivered {}", at.with_timezone(&chrono_tz::Asia::Shanghai).date_naive())
            }
            Outlook::Stopped(status) => format!("stopped: {status}"),
            _ => String::from("no outlook"),
        };
        println!(
            "{instant} {:<28} {applied:?} → {:<22} {outlook}",
            kind.to_string(),
            shipment.status().to_string()
        );
        // What the buyer is told at the moments buyers ask about most.
        let notice = Notice::new(&shipment, instant);
        match kind {
            EventKind::CustomsHeld(_) => print_indented(&notice.explain(Lang::En)),
            EventKind::HandedOff => {
                print_indented(&notice.answer(Question::WhyNumberChanged, Lang::ZhCn));
            }
            _ => {}
        }
    }
    for inferred in shipment.inferred() {
        let after = inferred.after().map(|a| a.to_string()).unwrap_or_default();
        println!(
            "inferred, never scanned: {} between {after} and {}",
            inferred.milestone(),
            inferred.by()
        );
    }
    println!(
        "parcel value {price}; {} events on one thread across DHL eCommerce and SF Express",
        shipment.events().len()
    );
    Ok(())
}

fn print_indented(text: &str) {
    for line in text.lines() {
        println!("    │ {line}");
    }
}
