//! Customer service for one direct-mail parcel: the buyer's questions answered at several
//! stages of its journey, in Simplified Chinese and English, plus the listing paragraph.
//!
//! A bottle of vitamins leaves a US fulfilment centre with DHL eCommerce, is held by customs at
//! Shanghai Pudong while the order data is checked, is released and handed to SF Express under
//! a new number, goes quiet, misses a delivery and is finally delivered. Run it with
//! `cargo run --example customer_service`.
#![allow(clippy::print_stdout)] // an example program talks to its user on stdout

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use crossborder::carrier::{Carrier, TrackingNumber};
use crossborder::geo::Country;
use crossborder::notice::{DeliveryWindow, Lang, ListingChain, Notice, Question};
use crossborder::party::PersonName;
use crossborder::shipment::{
    CustomsMode, EventKind, HoldReason, Leg, LegRef, Location, Route, Shipment, TrackingEvent,
};
use crossborder::warehouse::TransportMode;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// One step of the journey: what happened, the new events, when the buyer writes, the question.
type Step = (&'static str, Vec<TrackingEvent>, DateTime<Utc>, Question);

fn at(day: u32, hour: u32) -> Result<DateTime<Utc>> {
    Ok(Utc.with_ymd_and_hms(2026, 7, day, hour, 0, 0).single().ok_or("instant")?)
}

fn date(day: u32) -> Result<NaiveDate> {
    Ok(NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date")?)
}

/// The parcel's route: DHL eCommerce to Shanghai Pudong, customs, SF Express to the buyer.
fn route(gm: TrackingNumber, sf: TrackingNumber) -> Result<Route> {
    let pvg = Location::place("上海浦东国际机场", Country::CN)?;
    Ok(Route::builder(CustomsMode::DirectPurchase)
        .leg(Leg::try_new(
            Carrier::DhlEcommerce,
            TransportMode::Air,
            Location::node("ONT8".parse()?),
            pvg.clone(),
            gm,
        )?)
        .clearance()
        .leg(Leg::try_new(
            Carrier::SfExpress,
            TransportMode::Road,
            pvg,
            // The buyer's address is on the route, but never in a notice.
            Location::place("杭州市西湖区文三路100号", Country::CN)?,
            sf,
        )?)
        .build()?)
}

/// Buyers' messages, matched to a ready answer.
fn recognise(shipment: &Shipment) -> Result<()> {
    println!("== A buyer's message, recognised ==");
    for message in ["为什么单号变了？", "我的包裹到哪了", "Do I have to pay duty?"] {
        let notice = Notice::new(shipment, at(15, 6)?);
        match Question::recognise(message) {
            Some(q) => println!("{message} -> {q}\n{}", notice.answer(q, Lang::ZhCn)),
            None => println!("{message} -> (no ready answer)"),
        }
    }
    Ok(())
}

/// The journey, with the instant the buyer writes in after each step and what they ask.
fn steps(dhl: LegRef, sfx: LegRef) -> Result<Vec<Step>> {
    Ok(vec![
        ("order placed, nothing scanned yet", vec![], at(1, 2)?, Question::WhichCarrier),
        (
            "label printed at the fulfilment centre",
            vec![TrackingEvent::new(at(1, 9)?, dhl, EventKind::LabelCreated)],
            at(1, 12)?,
            Question::WhereIsIt,
        ),
        (
            "flying to China",
            vec![
                TrackingEvent::new(at(1, 18)?, dhl, EventKind::PickedUp),
                TrackingEvent::new(at(2, 4)?, dhl, EventKind::InTransit),
            ],
            at(3, 1)?,
            Question::WhereIsIt,
        ),
        (
            "held by customs: order data to check",
            vec![
                TrackingEvent::new(at(3, 22)?, dhl, EventKind::ArrivedInDestination),
                TrackingEvent::new(at(4, 2)?, dhl, EventKind::CustomsHeld(HoldReason::Documents)),
            ],
            at(4, 8)?,
            Question::CustomsAndTax,
        ),
        (
            "released; SF Express has it under a new number",
            vec![
                TrackingEvent::new(at(5, 2)?, dhl, EventKind::CustomsReleased),
                TrackingEvent::new(at(5, 9)?, sfx, EventKind::PickedUp),
                TrackingEvent::new(at(6, 1)?, sfx, EventKind::InTransit),
            ],
            at(6, 6)?,
            Question::WhyNumberChanged,
        ),
        ("no scan for a week, window passed", vec![], at(14, 3)?, Question::WhereIsIt),
        (
            "a delivery attempt failed",
            vec![
                TrackingEvent::new(at(14, 5)?, sfx, EventKind::OutForDelivery),
                TrackingEvent::new(at(14, 9)?, sfx, EventKind::DeliveryAttemptFailed),
            ],
            at(14, 10)?,
            Question::WhereIsIt,
        ),
        (
            "delivered",
            vec![TrackingEvent::new(at(15, 3)?, sfx, EventKind::Delivered)],
            at(15, 6)?,
            Question::WhichCarrier,
        ),
    ])
}

fn main() -> Result<()> {
    let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    let route = route(gm, sf)?;
    let (dhl, sfx) = (LegRef::new(Carrier::DhlEcommerce, gm), LegRef::new(Carrier::SfExpress, sf));
    let buyer: PersonName = "张三".parse()?;
    let window = DeliveryWindow::try_new(date(9)?, date(13)?)?;

    println!("== Listing: delivery details ==");
    let listing = ListingChain::from_route(&route, Country::US)
        .ok_or("a route has a leg after customs")?
        .with_transit_days(8, 15)?;
    println!("{}\n{}\n", listing.paragraph(Lang::ZhCn), listing.paragraph(Lang::En));

    let mut shipment = Shipment::new(route);
    for (i, (title, events, now, question)) in steps(dhl, sfx)?.into_iter().enumerate() {
        for e in events {
            shipment.apply(e)?;
        }
        println!("== {}. {title} (status {}) ==", i + 1, shipment.status());
        let notice = Notice::new(&shipment, now).with_window(window).with_addressee(&buyer);
        for lang in Lang::ALL {
            println!("-- {lang} --");
            println!("{}", notice.explain(*lang));
            println!("[Q] {}", question.label(*lang));
            println!("[A] {}", notice.answer(question, *lang));
        }
        println!();
    }
    recognise(&shipment)
}
