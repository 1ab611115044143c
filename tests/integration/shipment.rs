//! Shipments: routes, hand-offs, events and the state machine.
//!
//! Journeys are written the way the carriers report them; every expected status, inferred
//! milestone and rejection follows from the rules stated on `Shipment` (milestones are one-way
//! doors, terminal statuses are final, cancel only before pick-up, the domestic leg starts only
//! after customs release, events belong to the route).
// Helpers below may unwrap: clippy's `allow-unwrap-in-tests` only sees `cfg(test)` modules.
#![cfg(test)]

use chrono::{DateTime, TimeZone, Utc};
use crossborder::carrier::{Carrier, TrackingNumber};
use crossborder::geo::Country;
use crossborder::shipment::interop::{aftership, easypost, track17};
use crossborder::shipment::{
    Applied, CustomsMode, EventKind, ExceptionReason, HoldReason, Leg, LegError, LegRef, Location,
    Route, RouteError, Shipment, Status, TimelineEntry, TrackingEvent, TransitionError,
    TransitionRule,
};
use crossborder::warehouse::TransportMode;

// ---------------------------------------------------------------------------------------------
// Fixtures

fn at(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 7, day, hour, minute, 0).single().unwrap()
}

fn node(code: &str) -> Location {
    Location::node(code.parse().unwrap())
}

fn place(name: &str, country: Country) -> Location {
    Location::place(name, country).unwrap()
}

fn number(carrier: Carrier, text: &str) -> TrackingNumber {
    TrackingNumber::parse(carrier, text).unwrap()
}

const DHL_NO: &str = "GM2951173225174494";
const SF_NO: &str = "SF1385628716739";
const EMS_NO: &str = "EB123456785JP";

/// US fulfilment centre ONT8 → DHL eCommerce (air) → Shanghai Pudong port of entry PVG →
/// customs (9610) → SF Express → the buyer in Hangzhou.
fn direct_route() -> Route {
    Route::builder(CustomsMode::DirectPurchase)
        .leg(
            Leg::try_new(
                Carrier::DhlEcommerce,
                TransportMode::Air,
                node("ONT8"),
                node("PVG"),
                number(Carrier::DhlEcommerce, DHL_NO),
            )
            .unwrap()
            .with_service("Packet Plus International".parse().unwrap()),
        )
        .clearance()
        .leg(
            Leg::try_new(
                Carrier::SfExpress,
                TransportMode::Road,
                node("PVG"),
                place("杭州市西湖区", Country::CN),
                number(Carrier::SfExpress, SF_NO),
            )
            .unwrap()
            .with_service("顺丰标快".parse().unwrap()),
        )
        .build()
        .unwrap()
}

fn dhl() -> LegRef {
    LegRef::new(Carrier::DhlEcommerce, number(Carrier::DhlEcommerce, DHL_NO))
}

fn sf() -> LegRef {
    LegRef::new(Carrier::SfExpress, number(Carrier::SfExpress, SF_NO))
}

/// One JD Logistics leg from the Ningbo bonded warehouse (1210), cleared before it leaves.
fn bonded_route() -> Route {
    Route::builder(CustomsMode::BondedImport)
        .clearance()
        .leg(
            Leg::try_new(
                Carrier::JdLogistics,
                TransportMode::Road,
                node("NGB-BW1"),
                place("北京市朝阳区", Country::CN),
                number(Carrier::JdLogistics, "JDV000000058367"),
            )
            .unwrap(),
        )
        .build()
        .unwrap()
}

fn jd() -> LegRef {
    LegRef::new(Carrier::JdLogistics, number(Carrier::JdLogistics, "JDV000000058367"))
}

/// Japan Post EMS to the Shanghai office of exchange, then China Post to the buyer, one UPU S10
/// number end to end (行邮).
fn postal_route() -> Route {
    let ems = number(Carrier::JapanPost, EMS_NO);
    Route::builder(CustomsMode::PostalArticles)
        .leg(
            Leg::try_new(
                Carrier::JapanPost,
                TransportMode::Postal,
                place("Tokyo international post office", Country::JP),
                node("SHA-IMO"),
                ems,
            )
            .unwrap(),
        )
        .clearance()
        .leg(
            Leg::try_new(
                Carrier::ChinaPost,
                TransportMode::Postal,
                node("SHA-IMO"),
                place("上海市徐汇区", Country::CN),
                ems,
            )
            .unwrap(),
        )
        .build()
        .unwrap()
}

fn japan_post() -> LegRef {
    LegRef::new(Carrier::JapanPost, number(Carrier::JapanPost, EMS_NO))
}

fn china_post() -> LegRef {
    LegRef::new(Carrier::ChinaPost, number(Carrier::JapanPost, EMS_NO))
}

fn ev(time: DateTime<Utc>, leg: LegRef, kind: EventKind) -> TrackingEvent {
    TrackingEvent::new(time, leg, kind)
}

/// Applies `event`, asserts it is accepted and the status that follows.
fn step(shipment: &mut Shipment, event: TrackingEvent, status: Status) {
    let kind = event.kind();
    shipment.apply(event).unwrap_or_else(|e| panic!("{kind} rejected: {e}"));
    assert_eq!(shipment.status(), status, "after {kind}");
}

/// Applies `event`, asserts it is rejected under `rule` and that nothing changed.
fn reject(shipment: &mut Shipment, event: TrackingEvent, rule: TransitionRule) -> TransitionError {
    let before = shipment.clone();
    let expected = event.clone();
    let err = shipment.apply(event).unwrap_err();
    assert_eq!(err.rule(), rule, "{err}");
    assert_eq!(err.event(), &expected);
    assert_eq!(shipment, &before, "a rejected event must leave the shipment unchanged");
    err
}

fn inferred(shipment: &Shipment) -> Vec<Status> {
    shipment.inferred().map(|i| i.milestone()).collect()
}

// ---------------------------------------------------------------------------------------------
// Journeys

#[test]
fn direct_mail_journey_with_customs_hold() {
    let route = direct_route();
    // The hand-off links DHL eCommerce's number to SF's at the port of entry.
    let hand_offs: Vec<_> = route.hand_offs().collect();
    assert_eq!(hand_offs.len(), 1);
    assert_eq!(hand_offs[0].at(), &node("PVG"));
    assert_eq!(hand_offs[0].outgoing(), dhl());
    assert_eq!(hand_offs[0].incoming(), sf());
    assert!(!hand_offs[0].keeps_number());
    assert_eq!(route.clearance_location(), &node("PVG"));

    let mut s = Shipment::new(route);
    assert_eq!(s.status(), Status::Pending);
    step(&mut s, ev(at(6, 15, 0), dhl(), EventKind::LabelCreated), Status::LabelCreated);
    step(&mut s, ev(at(6, 22, 10), dhl(), EventKind::PickedUp), Status::PickedUp { leg: 0 });
    let departed = ev(at(7, 6, 40), dhl(), EventKind::InTransit)
        .with_location(place("Los Angeles gateway", Country::US))
        .with_raw_code("PL".parse().unwrap())
        .with_raw_text("Departed facility".parse().unwrap());
    step(&mut s, departed, Status::InTransit { leg: 0 });
    step(
        &mut s,
        ev(at(8, 9, 5), dhl(), EventKind::ArrivedInDestination),
        Status::ArrivedInDestination,
    );
    step(&mut s, ev(at(8, 11, 0), dhl(), EventKind::CustomsProcessing), Status::CustomsProcessing);
    let held = EventKind::CustomsHeld(HoldReason::Inspection);
    step(&mut s, ev(at(8, 14, 30), dhl(), held), Status::CustomsHeld(HoldReason::Inspection));
    // The loop the world has: hold → processing → release.
    step(&mut s, ev(at(9, 10, 0), dhl(), EventKind::CustomsProcessing), Status::CustomsProcessing);
    step(&mut s, ev(at(9, 16, 20), dhl(), EventKind::CustomsReleased), Status::CustomsReleased);
    step(&mut s, ev(at(9, 18, 0), dhl(), EventKind::HandedOff), Status::HandedOff { to: 1 });
    assert_eq!(s.current_leg(), 1);
    step(&mut s, ev(at(9, 19, 45), sf(), EventKind::PickedUp), Status::PickedUp { leg: 1 });
    step(&mut s, ev(at(10, 2, 0), sf(), EventKind::InTransit), Status::InTransit { leg: 1 });
    step(&mut s, ev(at(10, 8, 30), sf(), EventKind::OutForDelivery), Status::OutForDelivery);
    let signed = ev(at(10, 13, 5), sf(), EventKind::Delivered)
        .with_raw_code("80".parse().unwrap())
        .with_raw_text("已签收".parse().unwrap());
    step(&mut s, signed, Status::Delivered);

    assert!(s.is_terminal());
    assert_eq!(s.len(), 13);
    assert_eq!(inferred(&s), []); // every milestone was scanned
    assert_eq!(s.milestones_passed(), s.route().milestones());
    // One thread across both carriers, in instant order.
    let carriers: Vec<Carrier> = s.events().iter().map(|e| e.leg().carrier()).collect();
    assert_eq!(carriers.iter().filter(|c| **c == Carrier::DhlEcommerce).count(), 9);
    assert_eq!(carriers.last(), Some(&Carrier::SfExpress));
    assert!(s.events().iter().zip(s.events().iter().skip(1)).all(|(a, b)| a.at() <= b.at()));
}

#[test]
fn bonded_import_journey() {
    let route = bonded_route();
    assert_eq!(route.clearance_before(), 0);
    assert_eq!(route.clearance_location(), &node("NGB-BW1"));
    assert_eq!(route.hand_offs().count(), 0);
    assert_eq!(route.milestones(), [Status::CustomsReleased, Status::PickedUp { leg: 0 }]);

    let mut s = Shipment::new(route);
    step(&mut s, ev(at(1, 9, 0), jd(), EventKind::LabelCreated), Status::LabelCreated);
    step(&mut s, ev(at(1, 9, 5), jd(), EventKind::CustomsProcessing), Status::CustomsProcessing);
    step(&mut s, ev(at(1, 11, 40), jd(), EventKind::CustomsReleased), Status::CustomsReleased);
    step(&mut s, ev(at(1, 15, 0), jd(), EventKind::PickedUp), Status::PickedUp { leg: 0 });
    step(&mut s, ev(at(2, 3, 0), jd(), EventKind::InTransit), Status::InTransit { leg: 0 });
    step(&mut s, ev(at(2, 9, 0), jd(), EventKind::OutForDelivery), Status::OutForDelivery);
    step(
        &mut s,
        ev(at(2, 12, 0), jd(), EventKind::DeliveryAttemptFailed),
        Status::DeliveryAttemptFailed,
    );
    // Failed attempt → out for delivery: a loop the world has.
    step(&mut s, ev(at(3, 9, 0), jd(), EventKind::OutForDelivery), Status::OutForDelivery);
    step(&mut s, ev(at(3, 10, 30), jd(), EventKind::Delivered), Status::Delivered);
    assert_eq!(inferred(&s), []);

    // Bonded goods entered China in bulk: no parcel-level arrival on this route.
    let mut fresh = Shipment::new(bonded_route());
    reject(
        &mut fresh,
        ev(at(1, 9, 0), jd(), EventKind::ArrivedInDestination),
        TransitionRule::KindNotOnLeg,
    );
    // The only leg cannot leave before release: a release after pick-up is rejected.
    let mut s = Shipment::new(bonded_route());
    step(&mut s, ev(at(1, 15, 0), jd(), EventKind::PickedUp), Status::PickedUp { leg: 0 });
    assert_eq!(inferred(&s), [Status::CustomsReleased]);
    reject(
        &mut s,
        ev(at(1, 16, 0), jd(), EventKind::CustomsReleased),
        TransitionRule::DomesticLegBeforeRelease,
    );
}

#[test]
fn postal_journey_with_one_s10_number() {
    let route = postal_route();
    let hand_off = route.hand_offs().next().unwrap();
    assert!(hand_off.keeps_number());
    let ems = number(Carrier::JapanPost, EMS_NO);
    assert_eq!(route.legs_tracking(&ems).collect::<Vec<_>>(), [0, 1]);
    assert_eq!(route.leg_of(&japan_post()), Some(0));
    assert_eq!(route.leg_of(&china_post()), Some(1));

    let mut s = Shipment::new(route);
    step(&mut s, ev(at(1, 10, 0), japan_post(), EventKind::PickedUp), Status::PickedUp { leg: 0 });
    let emc = ev(at(2, 1, 0), japan_post(), EventKind::InTransit)
        .with_raw_code("EMC".parse().unwrap())
        .with_raw_text("Dispatch from outward office of exchange".parse().unwrap());
    step(&mut s, emc, Status::InTransit { leg: 0 });
    // UPU EMD, reported by China Post: arrival at the inward office of exchange.
    let emd = ev(at(3, 6, 0), china_post(), EventKind::ArrivedInDestination)
        .with_raw_code("EMD".parse().unwrap());
    step(&mut s, emd, Status::ArrivedInDestination);
    let edb = ev(at(3, 9, 0), china_post(), EventKind::CustomsProcessing)
        .with_raw_code("EDB".parse().unwrap());
    step(&mut s, edb, Status::CustomsProcessing);
    let duties = EventKind::CustomsHeld(HoldReason::DutiesUnpaid);
    step(
        &mut s,
        ev(at(3, 15, 0), china_post(), duties),
        Status::CustomsHeld(HoldReason::DutiesUnpaid),
    );
    step(
        &mut s,
        ev(at(5, 10, 0), china_post(), EventKind::CustomsReleased),
        Status::CustomsReleased,
    );
    step(
        &mut s,
        ev(at(5, 18, 0), china_post(), EventKind::InTransit),
        Status::InTransit { leg: 1 },
    );
    step(
        &mut s,
        ev(at(6, 9, 0), china_post(), EventKind::AvailableForPickup),
        Status::AvailableForPickup,
    );
    step(&mut s, ev(at(7, 17, 0), china_post(), EventKind::Delivered), Status::Delivered);
    // China Post's in-transit scan proves the hand-over and China Post's acceptance.
    assert_eq!(inferred(&s), [Status::HandedOff { to: 1 }, Status::PickedUp { leg: 1 }]);

    // The same number under Japan Post names the first leg: Japan Post cannot deliver in China.
    let mut s = Shipment::new(postal_route());
    reject(
        &mut s,
        ev(at(7, 17, 0), japan_post(), EventKind::Delivered),
        TransitionRule::KindNotOnLeg,
    );
}

// ---------------------------------------------------------------------------------------------
// Illegal transitions, one by one

#[test]
fn delivered_then_in_transit_is_rejected() {
    let mut s = Shipment::new(direct_route());
    step(&mut s, ev(at(10, 13, 0), sf(), EventKind::Delivered), Status::Delivered);
    let err = reject(
        &mut s,
        ev(at(10, 14, 0), sf(), EventKind::InTransit),
        TransitionRule::TerminalIsFinal,
    );
    assert_eq!(err.status(), Status::Delivered);
    assert_eq!(err.conflict(), None);
    assert_eq!(
        err.to_string(),
        "in_transit event of sf_express/SF1385628716739 at 2026-07-10T14:00:00Z rejected in \
         status delivered: delivered, returned, lost, cancelled and seized are final \
         (terminal_is_final)"
    );
}

#[test]
fn every_terminal_status_is_final() {
    for (kind, leg) in [
        (EventKind::Delivered, sf()),
        (EventKind::Returned, dhl()),
        (EventKind::Lost, dhl()),
        (EventKind::Cancelled, dhl()),
        (EventKind::SeizedByCustoms, dhl()),
    ] {
        let mut s = Shipment::new(direct_route());
        s.apply(ev(at(8, 0, 0), leg, kind)).unwrap();
        assert!(s.status().is_terminal(), "{kind}");
        for next in [
            EventKind::InTransit,
            EventKind::Exception(ExceptionReason::Delay),
            EventKind::LabelCreated,
        ] {
            reject(&mut s, ev(at(8, 1, 0), leg, next), TransitionRule::TerminalIsFinal);
        }
    }
}

#[test]
fn released_then_arrived_is_rejected() {
    let mut s = Shipment::new(direct_route());
    step(
        &mut s,
        ev(at(8, 9, 0), dhl(), EventKind::ArrivedInDestination),
        Status::ArrivedInDestination,
    );
    step(&mut s, ev(at(9, 16, 0), dhl(), EventKind::CustomsReleased), Status::CustomsReleased);
    let err = reject(
        &mut s,
        ev(at(9, 17, 0), dhl(), EventKind::ArrivedInDestination),
        TransitionRule::Backward,
    );
    assert_eq!(err.status(), Status::CustomsReleased);
    // Nor back to a hold, nor back to the international leg's pick-up.
    reject(
        &mut s,
        ev(at(9, 17, 0), dhl(), EventKind::CustomsHeld(HoldReason::Other)),
        TransitionRule::Backward,
    );
    reject(&mut s, ev(at(9, 17, 0), dhl(), EventKind::PickedUp), TransitionRule::Backward);
}

#[test]
fn cancel_only_before_pickup() {
    let mut s = Shipment::new(direct_route());
    step(&mut s, ev(at(6, 15, 0), dhl(), EventKind::LabelCreated), Status::LabelCreated);
    let mut cancelled = s.clone();
    step(&mut cancelled, ev(at(6, 16, 0), dhl(), EventKind::Cancelled), Status::Cancelled);

    step(&mut s, ev(at(6, 22, 0), dhl(), EventKind::PickedUp), Status::PickedUp { leg: 0 });
    reject(
        &mut s,
        ev(at(6, 23, 0), dhl(), EventKind::Cancelled),
        TransitionRule::CancelAfterPickup,
    );
    // A late pick-up before an accepted cancellation would make the cancellation illegal.
    let err = reject(
        &mut cancelled,
        ev(at(6, 15, 30), dhl(), EventKind::PickedUp),
        TransitionRule::CancelAfterPickup,
    );
    assert_eq!(err.conflict().map(TrackingEvent::kind), Some(EventKind::Cancelled));

    // On a bonded route the parcel may be cancelled while customs holds it, not once JD has it.
    let mut b = Shipment::new(bonded_route());
    step(
        &mut b,
        ev(at(1, 9, 5), jd(), EventKind::CustomsHeld(HoldReason::Documents)),
        Status::CustomsHeld(HoldReason::Documents),
    );
    step(&mut b.clone(), ev(at(1, 10, 0), jd(), EventKind::Cancelled), Status::Cancelled);
    step(&mut b, ev(at(1, 12, 0), jd(), EventKind::InTransit), Status::InTransit { leg: 0 });
    reject(&mut b, ev(at(1, 13, 0), jd(), EventKind::Cancelled), TransitionRule::CancelAfterPickup);
}

#[test]
fn domestic_leg_cannot_start_before_release() {
    // SF already has the parcel; customs events after that cannot be.
    let mut s = Shipment::new(direct_route());
    step(
        &mut s,
        ev(at(8, 14, 0), dhl(), EventKind::CustomsHeld(HoldReason::Documents)),
        Status::CustomsHeld(HoldReason::Documents),
    );
    step(&mut s, ev(at(9, 19, 0), sf(), EventKind::PickedUp), Status::PickedUp { leg: 1 });
    for kind in [
        EventKind::CustomsReleased,
        EventKind::CustomsProcessing,
        EventKind::CustomsHeld(HoldReason::Inspection),
        EventKind::SeizedByCustoms,
    ] {
        let err =
            reject(&mut s, ev(at(9, 20, 0), dhl(), kind), TransitionRule::DomesticLegBeforeRelease);
        assert_eq!(err.status(), Status::PickedUp { leg: 1 });
    }
    // The release that arrives late but happened before SF's pick-up is welcome.
    let release = ev(at(9, 16, 0), dhl(), EventKind::CustomsReleased);
    assert_eq!(s.apply(release).unwrap(), Applied::Inserted);
    // The hold proves DHL eCommerce's pick-up and the arrival; SF's pick-up the hand-off.
    assert_eq!(
        inferred(&s),
        [Status::PickedUp { leg: 0 }, Status::ArrivedInDestination, Status::HandedOff { to: 1 }]
    );
    // A release reported after an SF scan that is already on the timeline is not: the late
    // event would put SF's scan before the release.
    let mut s = Shipment::new(direct_route());
    step(&mut s, ev(at(9, 19, 0), sf(), EventKind::InTransit), Status::InTransit { leg: 1 });
    let err = reject(
        &mut s,
        ev(at(9, 20, 0), dhl(), EventKind::CustomsReleased),
        TransitionRule::DomesticLegBeforeRelease,
    );
    assert_eq!(err.conflict(), None);
}

#[test]
fn event_for_a_leg_not_on_the_route_is_rejected() {
    let mut s = Shipment::new(direct_route());
    step(&mut s, ev(at(6, 22, 0), dhl(), EventKind::PickedUp), Status::PickedUp { leg: 0 });
    // Another SF number, and SF's number under another carrier.
    let stranger = LegRef::new(Carrier::SfExpress, number(Carrier::SfExpress, "SF1011603494291"));
    let err = reject(
        &mut s,
        ev(at(7, 0, 0), stranger, EventKind::InTransit),
        TransitionRule::LegNotOnRoute,
    );
    assert_eq!(err.status(), Status::PickedUp { leg: 0 });
    let wrong_carrier = LegRef::new(Carrier::Yto, number(Carrier::SfExpress, SF_NO));
    reject(
        &mut s,
        ev(at(7, 0, 0), wrong_carrier, EventKind::InTransit),
        TransitionRule::LegNotOnRoute,
    );
    // Status named at the event's place in time, not at the end.
    let err = reject(
        &mut s,
        ev(at(6, 1, 0), stranger, EventKind::InTransit),
        TransitionRule::LegNotOnRoute,
    );
    assert_eq!(err.status(), Status::Pending);
}

#[test]
fn kinds_belong_to_the_right_leg() {
    let mut s = Shipment::new(direct_route());
    // DHL eCommerce hands over to SF; it does not deliver.
    reject(&mut s, ev(at(9, 0, 0), dhl(), EventKind::Delivered), TransitionRule::KindNotOnLeg);
    reject(&mut s, ev(at(9, 0, 0), dhl(), EventKind::OutForDelivery), TransitionRule::KindNotOnLeg);
    // The last leg has nobody to hand over to.
    reject(&mut s, ev(at(9, 0, 0), sf(), EventKind::HandedOff), TransitionRule::KindNotOnLeg);
    // Either side of the clearance point may report customs events.
    assert!(s.check(&ev(at(9, 0, 0), sf(), EventKind::CustomsProcessing)).is_ok());
    assert!(s.check(&ev(at(9, 0, 0), dhl(), EventKind::CustomsProcessing)).is_ok());
}

#[test]
fn no_delivery_once_the_return_started() {
    let mut s = Shipment::new(direct_route());
    step(&mut s, ev(at(10, 8, 0), sf(), EventKind::OutForDelivery), Status::OutForDelivery);
    step(
        &mut s,
        ev(at(10, 12, 0), sf(), EventKind::DeliveryAttemptFailed),
        Status::DeliveryAttemptFailed,
    );
    step(&mut s, ev(at(12, 9, 0), sf(), EventKind::ReturningToSender), Status::ReturningToSender);
    // Scans of the way back keep the status.
    step(&mut s, ev(at(12, 20, 0), sf(), EventKind::InTransit), Status::ReturningToSender);
    step(
        &mut s,
        ev(at(13, 2, 0), sf(), EventKind::Exception(ExceptionReason::Delay)),
        Status::Exception(ExceptionReason::Delay),
    );
    step(&mut s, ev(at(13, 9, 0), sf(), EventKind::InTransit), Status::ReturningToSender);
    assert!(s.is_returning());
    reject(&mut s, ev(at(14, 9, 0), sf(), EventKind::Delivered), TransitionRule::ReturnInProgress);
    reject(&mut s, ev(at(14, 9, 0), sf(), EventKind::Cancelled), TransitionRule::ReturnInProgress);
    step(&mut s, ev(at(15, 9, 0), sf(), EventKind::Returned), Status::Returned);
}

#[test]
fn customs_can_return_or_seize_a_held_parcel() {
    let mut s = Shipment::new(direct_route());
    step(
        &mut s,
        ev(at(8, 14, 0), dhl(), EventKind::CustomsHeld(HoldReason::Documents)),
        Status::CustomsHeld(HoldReason::Documents),
    );
    let mut seized = s.clone();
    step(&mut seized, ev(at(9, 9, 0), dhl(), EventKind::SeizedByCustoms), Status::SeizedByCustoms);
    step(&mut s, ev(at(9, 9, 0), dhl(), EventKind::ReturningToSender), Status::ReturningToSender);
    step(&mut s, ev(at(20, 9, 0), dhl(), EventKind::Returned), Status::Returned);
}

// ---------------------------------------------------------------------------------------------
// Loops, skips, duplicates, arrival order

#[test]
fn exception_then_back_in_transit_and_repeated_attempts() {
    let mut s = Shipment::new(direct_route());
    step(&mut s, ev(at(10, 8, 0), sf(), EventKind::OutForDelivery), Status::OutForDelivery);
    let misroute = EventKind::Exception(ExceptionReason::Misroute);
    step(&mut s, ev(at(10, 11, 0), sf(), misroute), Status::Exception(ExceptionReason::Misroute));
    step(&mut s, ev(at(10, 15, 0), sf(), EventKind::InTransit), Status::InTransit { leg: 1 });
    step(&mut s, ev(at(11, 8, 0), sf(), EventKind::OutForDelivery), Status::OutForDelivery);
    step(
        &mut s,
        ev(at(11, 12, 0), sf(), EventKind::DeliveryAttemptFailed),
        Status::DeliveryAttemptFailed,
    );
    step(&mut s, ev(at(12, 8, 0), sf(), EventKind::OutForDelivery), Status::OutForDelivery);
    step(
        &mut s,
        ev(at(12, 9, 0), sf(), EventKind::DeliveryAttemptFailed),
        Status::DeliveryAttemptFailed,
    );
    step(
        &mut s,
        ev(at(12, 14, 0), sf(), EventKind::AvailableForPickup),
        Status::AvailableForPickup,
    );
    step(&mut s, ev(at(13, 18, 0), sf(), EventKind::Delivered), Status::Delivered);
    // A stale exception of the international carrier, once SF has the parcel, is backward.
    let mut s = Shipment::new(direct_route());
    step(&mut s, ev(at(9, 19, 0), sf(), EventKind::PickedUp), Status::PickedUp { leg: 1 });
    reject(
        &mut s,
        ev(at(9, 20, 0), dhl(), EventKind::Exception(ExceptionReason::Delay)),
        TransitionRule::Backward,
    );
}

#[test]
fn skipped_scans_are_inferred_never_invented() {
    let mut s = Shipment::new(direct_route());
    step(&mut s, ev(at(6, 22, 0), dhl(), EventKind::PickedUp), Status::PickedUp { leg: 0 });
    step(&mut s, ev(at(10, 13, 0), sf(), EventKind::Delivered), Status::Delivered);
    assert_eq!(s.len(), 2, "inferred milestones are not events");
    assert_eq!(
        inferred(&s),
        [
            Status::ArrivedInDestination,
            Status::CustomsReleased,
            Status::HandedOff { to: 1 },
            Status::PickedUp { leg: 1 },
        ]
    );
    for i in s.inferred() {
        assert_eq!(i.after(), Some(at(6, 22, 0)));
        assert_eq!(i.by(), at(10, 13, 0));
    }
    let timeline = s.timeline();
    assert_eq!(timeline.len(), 6);
    assert!(matches!(timeline[0], TimelineEntry::Scan { status: Status::PickedUp { leg: 0 }, .. }));
    assert!(matches!(timeline[5], TimelineEntry::Scan { status: Status::Delivered, .. }));

    // A late scan of a skipped milestone replaces its inference.
    s.apply(ev(at(8, 9, 0), dhl(), EventKind::ArrivedInDestination)).unwrap();
    assert_eq!(
        inferred(&s),
        [Status::CustomsReleased, Status::HandedOff { to: 1 }, Status::PickedUp { leg: 1 }]
    );
    // Also when the scan comes later in time than the event that implied it (SF's in-transit
    // scan before its acceptance scan): the acceptance was scanned, not skipped.
    let mut s = Shipment::new(direct_route());
    step(&mut s, ev(at(9, 20, 0), sf(), EventKind::InTransit), Status::InTransit { leg: 1 });
    step(&mut s, ev(at(9, 21, 0), sf(), EventKind::PickedUp), Status::PickedUp { leg: 1 });
    assert!(!inferred(&s).contains(&Status::PickedUp { leg: 1 }));
}

#[test]
fn duplicates_change_nothing() {
    let mut s = Shipment::new(direct_route());
    let events = [
        ev(at(6, 22, 0), dhl(), EventKind::PickedUp),
        ev(at(8, 9, 0), dhl(), EventKind::ArrivedInDestination)
            .with_source_id("feed-a:1".parse().unwrap()),
        ev(at(10, 13, 0), sf(), EventKind::Delivered),
    ];
    for e in &events {
        s.apply(e.clone()).unwrap();
    }
    let before = s.clone();
    for e in events.iter().rev() {
        assert_eq!(s.apply(e.clone()).unwrap(), Applied::Duplicate);
    }
    assert_eq!(s, before);
    // The same scan from another source is another event.
    let other_source = ev(at(8, 9, 0), dhl(), EventKind::ArrivedInDestination)
        .with_source_id("feed-b:9".parse().unwrap());
    assert_eq!(s.apply(other_source).unwrap(), Applied::Inserted);
    assert_eq!(s.len(), 4);
}

#[test]
fn out_of_order_arrival_gives_the_in_order_result() {
    let journey = vec![
        ev(at(6, 15, 0), dhl(), EventKind::LabelCreated),
        ev(at(6, 22, 10), dhl(), EventKind::PickedUp),
        ev(at(7, 6, 40), dhl(), EventKind::InTransit),
        ev(at(8, 9, 5), dhl(), EventKind::ArrivedInDestination),
        ev(at(8, 14, 30), dhl(), EventKind::CustomsHeld(HoldReason::Inspection)),
        ev(at(9, 10, 0), dhl(), EventKind::CustomsProcessing),
        ev(at(9, 16, 20), dhl(), EventKind::CustomsReleased),
        ev(at(9, 19, 45), sf(), EventKind::PickedUp),
        ev(at(10, 8, 30), sf(), EventKind::OutForDelivery),
        ev(at(10, 13, 5), sf(), EventKind::Delivered),
    ];
    let in_order = Shipment::from_events(direct_route(), journey.clone()).unwrap();
    // Reversed, and interleaved odd/even.
    let reversed = Shipment::from_events(direct_route(), journey.iter().rev().cloned()).unwrap();
    let odd_even = journey.iter().step_by(2).chain(journey.iter().skip(1).step_by(2)).cloned();
    let interleaved = Shipment::from_events(direct_route(), odd_even).unwrap();
    assert_eq!(reversed, in_order);
    assert_eq!(interleaved, in_order);
    assert_eq!(in_order.status(), Status::Delivered);
    assert_eq!(in_order.timeline(), reversed.timeline());

    // Events at the same instant are ordered along the route, whatever their arrival order.
    let same_instant = [
        ev(at(8, 9, 0), dhl(), EventKind::CustomsReleased),
        ev(at(8, 9, 0), dhl(), EventKind::ArrivedInDestination),
        ev(at(8, 9, 0), dhl(), EventKind::CustomsProcessing),
    ];
    let s = Shipment::from_events(direct_route(), same_instant).unwrap();
    let kinds: Vec<EventKind> = s.events().iter().map(TrackingEvent::kind).collect();
    assert_eq!(
        kinds,
        [EventKind::ArrivedInDestination, EventKind::CustomsProcessing, EventKind::CustomsReleased]
    );
    assert_eq!(s.status(), Status::CustomsReleased);
}

// ---------------------------------------------------------------------------------------------
// Routes and legs

#[test]
fn route_validation() {
    let leg = |carrier: Carrier, text: &str, from: Location, to: Location| {
        Leg::try_new(carrier, TransportMode::Air, from, to, number(carrier, text)).unwrap()
    };
    let intl = leg(Carrier::DhlEcommerce, DHL_NO, node("ONT8"), node("PVG"));
    let domestic = leg(Carrier::SfExpress, SF_NO, node("PVG"), place("杭州", Country::CN));
    let elsewhere = leg(Carrier::SfExpress, SF_NO, node("CAN"), place("杭州", Country::CN));

    assert_eq!(Route::try_new(CustomsMode::DirectPurchase, vec![], 1), Err(RouteError::NoLegs));
    assert_eq!(
        Route::try_new(CustomsMode::DirectPurchase, vec![intl.clone(), elsewhere], 1),
        Err(RouteError::Broken {
            leg: 1,
            starts: "CAN".into(),
            previous: 0,
            previous_ends: "PVG".into()
        })
    );
    for (mode, before) in [
        (CustomsMode::DirectPurchase, 0),
        (CustomsMode::DirectPurchase, 2),
        (CustomsMode::BondedImport, 1),
    ] {
        let err = Route::try_new(mode, vec![intl.clone(), domestic.clone()], before).unwrap_err();
        assert!(
            matches!(err, RouteError::Clearance { clearance_before, legs: 2, .. } if clearance_before == before)
        );
    }
    assert_eq!(
        Route::try_new(CustomsMode::PostalArticles, vec![intl.clone(), domestic.clone()], 1),
        Err(RouteError::NotPostal { leg: 0, carrier: Carrier::DhlEcommerce })
    );
    // The same carrier and number on two legs could not be told apart.
    let again = leg(Carrier::DhlEcommerce, DHL_NO, node("PVG"), node("SHA"));
    assert!(matches!(
        Route::try_new(CustomsMode::DirectPurchase, vec![intl.clone(), again], 1),
        Err(RouteError::DuplicateLegRef { first: 0, second: 1, .. })
    ));
    let many: Vec<Leg> = (0..=Route::MAX_LEGS)
        .map(|i| {
            leg(
                Carrier::SfExpress,
                SF_NO,
                node(&format!("N{i:02}")),
                node(&format!("N{:02}", i + 1)),
            )
        })
        .collect();
    assert_eq!(
        Route::try_new(CustomsMode::DirectPurchase, many, 1),
        Err(RouteError::TooManyLegs { count: 17, max: 16 })
    );
    assert_eq!(
        Route::builder(CustomsMode::DirectPurchase).leg(intl).leg(domestic).build(),
        Err(RouteError::ClearanceCount { count: 0 })
    );
}

#[test]
fn leg_validation() {
    let ups = number(Carrier::Ups, "1Z5R89390357567127");
    assert!(matches!(
        Leg::try_new(Carrier::SfExpress, TransportMode::Road, node("PVG"), node("HGH"), ups),
        Err(LegError::NumberOfOtherCarrier { number_carrier: Carrier::Ups, .. })
    ));
    // A postal operator may carry another operator's S10 number, a courier may not.
    let ems = number(Carrier::JapanPost, EMS_NO);
    assert!(
        Leg::try_new(Carrier::ChinaPost, TransportMode::Postal, node("PVG"), node("HGH"), ems)
            .is_ok()
    );
    assert!(
        Leg::try_new(Carrier::SfExpress, TransportMode::Road, node("PVG"), node("HGH"), ems)
            .is_err()
    );
    assert_eq!(
        Leg::try_new(Carrier::Ups, TransportMode::Road, node("PVG"), node("PVG"), ups),
        Err(LegError::SameEnds { location: "PVG".into() })
    );
    let mut leg =
        Leg::try_new(Carrier::ChinaPost, TransportMode::Postal, node("PVG"), node("HGH"), ems)
            .unwrap();
    for i in 1..Leg::MAX_NUMBERS {
        let extra = TrackingNumber::parse(Carrier::S10Post, &s10("EE", i)).unwrap();
        leg = leg.try_with_number(extra).unwrap();
    }
    let one_more = TrackingNumber::parse(Carrier::S10Post, &s10("EE", 99)).unwrap();
    assert_eq!(leg.clone().try_with_number(one_more), Err(LegError::TooManyNumbers { max: 8 }));
    assert_eq!(leg.try_with_number(ems), Err(LegError::DuplicateNumber { number: ems }));
}

/// A valid China Post S10 number with serial `n`: check digit per UPU S10 (weights 8 6 4 2 3 5
/// 9 7, C = 11 − S mod 11, 10 → 0, 11 → 5).
fn s10(service: &str, n: usize) -> String {
    let serial = format!("{n:08}");
    let weights = [8, 6, 4, 2, 3, 5, 9, 7];
    let sum: u32 = serial.bytes().zip(weights).map(|(d, w)| u32::from(d - b'0') * w).sum();
    let check = match 11 - sum % 11 {
        10 => 0,
        11 => 5,
        c => c,
    };
    format!("{service}{serial}{check}CN")
}

#[test]
fn s10_helper_matches_the_standard_example() {
    // 47312482: 4·8+7·6+3·4+1·2+2·3+4·5+8·9+2·7 = 200; 200 mod 11 = 2; 11 − 2 = 9.
    assert_eq!(s10("RR", 47_312_482), "RR473124829CN");
}

// ---------------------------------------------------------------------------------------------
// Interop

#[test]
fn interop_round_trips_where_lossless() {
    let lossless = [
        Status::LabelCreated,
        Status::PickedUp { leg: 0 },
        Status::InTransit { leg: 0 },
        Status::ArrivedInDestination,
        Status::CustomsProcessing,
        Status::CustomsHeld(HoldReason::Documents),
        Status::CustomsHeld(HoldReason::DutiesUnpaid),
        Status::CustomsReleased,
        Status::OutForDelivery,
        Status::DeliveryAttemptFailed,
        Status::AvailableForPickup,
        Status::Delivered,
        Status::Exception(ExceptionReason::Delay),
        Status::Exception(ExceptionReason::Damage),
        Status::Exception(ExceptionReason::Misroute),
        Status::Exception(ExceptionReason::AddressIssue),
        Status::Exception(ExceptionReason::Other),
        Status::ReturningToSender,
        Status::Returned,
        Status::Lost,
    ];
    for status in lossless {
        let kind = aftership::Subtag::from_status(status).event_kind().unwrap();
        assert_eq!(status_name(kind), status.name(), "AfterShip {status}");
    }
    // AfterShip: no cancelled, no seizure, no hand-off; an inspection hold becomes "customs".
    let lossy = |s| aftership::Subtag::from_status(s).event_kind();
    assert_eq!(lossy(Status::Cancelled), Some(EventKind::Exception(ExceptionReason::Other)));
    assert_eq!(lossy(Status::SeizedByCustoms), Some(EventKind::CustomsHeld(HoldReason::Other)));
    assert_eq!(lossy(Status::HandedOff { to: 1 }), Some(EventKind::InTransit));
    assert_eq!(
        lossy(Status::CustomsHeld(HoldReason::Inspection)),
        Some(EventKind::CustomsHeld(HoldReason::Other))
    );
    assert_eq!(lossy(Status::Pending), None);

    // 17TRACK keeps customs processing and release, splits returning/returned, has cancel.
    for status in [
        Status::LabelCreated,
        Status::PickedUp { leg: 0 },
        Status::ArrivedInDestination,
        Status::CustomsProcessing,
        Status::CustomsHeld(HoldReason::Documents),
        Status::CustomsReleased,
        Status::OutForDelivery,
        Status::DeliveryAttemptFailed,
        Status::AvailableForPickup,
        Status::Delivered,
        Status::Exception(ExceptionReason::Delay),
        Status::Exception(ExceptionReason::Damage),
        Status::ReturningToSender,
        Status::Returned,
        Status::Lost,
        Status::Cancelled,
    ] {
        let kind = track17::SubStatus::from_status(status).event_kind().unwrap();
        assert_eq!(status_name(kind), status.name(), "17TRACK {status}");
    }
    let lossy = |s| track17::SubStatus::from_status(s).event_kind();
    assert_eq!(lossy(Status::SeizedByCustoms), Some(EventKind::Lost)); // Exception_Destroyed
    assert_eq!(
        lossy(Status::Exception(ExceptionReason::Misroute)),
        Some(EventKind::Exception(ExceptionReason::Other))
    );

    // EasyPost keeps the hand-off, loses customs and the end of a return.
    for status in [
        Status::LabelCreated,
        Status::PickedUp { leg: 0 },
        Status::ArrivedInDestination,
        Status::HandedOff { to: 1 },
        Status::OutForDelivery,
        Status::AvailableForPickup,
        Status::Delivered,
        Status::Exception(ExceptionReason::Delay),
        Status::Exception(ExceptionReason::Misroute),
        Status::ReturningToSender,
        Status::Lost,
        Status::Cancelled,
    ] {
        let (main, detail) = easypost::from_status(status);
        let kind = easypost::event_kind(main, detail).unwrap();
        assert_eq!(status_name(kind), status.name(), "EasyPost {status}");
    }
    let lossy = |s| {
        let (main, detail) = easypost::from_status(s);
        easypost::event_kind(main, detail)
    };
    assert_eq!(lossy(Status::CustomsReleased), Some(EventKind::InTransit));
    assert_eq!(
        lossy(Status::CustomsHeld(HoldReason::Documents)),
        Some(EventKind::Exception(ExceptionReason::Other))
    );
    assert_eq!(lossy(Status::Returned), Some(EventKind::ReturningToSender));
    assert_eq!(lossy(Status::DeliveryAttemptFailed), Some(EventKind::DeliveryAttemptFailed));
}

/// The status name an event kind leads to on a route where it is on path.
fn status_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::HandedOff => "handed_off",
        other => other.name(),
    }
}

#[test]
fn vendor_codes_parse_and_print() {
    for sub in aftership::Subtag::ALL {
        let text = sub.to_string();
        assert_eq!(text.parse::<aftership::Subtag>().unwrap(), *sub);
        assert!(text.starts_with(sub.tag().as_str()));
    }
    assert_eq!(aftership::Tag::ALL.len(), 9);
    assert!("Exception_014".parse::<aftership::Subtag>().is_err());
    for sub in track17::SubStatus::ALL {
        assert_eq!(sub.to_string().parse::<track17::SubStatus>().unwrap(), *sub);
        assert!(sub.as_str().starts_with(sub.main().as_str()));
    }
    assert_eq!(easypost::TrackerStatus::ALL.len(), 10);
    assert_eq!(easypost::StatusDetail::ALL.len(), 28);
    // A real vendor feed read through the mappings into a shipment.
    let mut s = Shipment::new(direct_route());
    let feed = [
        (at(6, 22, 0), dhl(), aftership::Subtag::InTransit002),
        (at(8, 9, 0), dhl(), aftership::Subtag::InTransit004),
        (at(8, 11, 0), dhl(), aftership::Subtag::InTransit006),
        (at(9, 16, 0), dhl(), aftership::Subtag::InTransit005),
        (at(10, 8, 0), sf(), aftership::Subtag::OutForDelivery001),
        (at(10, 13, 0), sf(), aftership::Subtag::Delivered003),
    ];
    for (time, leg, sub) in feed {
        let kind = sub.event_kind().unwrap();
        s.apply(ev(time, leg, kind).with_raw_code(sub.as_str().parse().unwrap())).unwrap();
    }
    assert_eq!(s.status(), Status::Delivered);
    assert_eq!(inferred(&s), [Status::HandedOff { to: 1 }, Status::PickedUp { leg: 1 }]);
}

// ---------------------------------------------------------------------------------------------
// Customs receipts as events

fn inventory_receipt(
    status: &str,
    time: &str,
    guid_tail: u32,
) -> crossborder::customs::InventoryReturn {
    crossborder::customs::InventoryReturn {
        guid: format!("4CDE1CFD-EDED-46B1-946C-B8022E{guid_tail:06}").parse().unwrap(),
        customs_code: Some("2233".parse().unwrap()),
        ebp_code: None,
        ebc_code: None,
        agent_code: None,
        cop_no: "cop2026070811000".parse().unwrap(),
        pre_no: "B20260708000001882".parse().unwrap(),
        invt_no: None,
        return_status: status.parse().unwrap(),
        return_time: time.parse().unwrap(),
        return_info: "[Code:0;Desc:ok]".into(),
    }
}

#[test]
fn direct_mail_journey_driven_by_customs_receipts() {
    let mut s = Shipment::new(direct_route());
    step(&mut s, ev(at(6, 22, 10), dhl(), EventKind::PickedUp), Status::PickedUp { leg: 0 });
    // 120 (accepted) and 400 (waiting for the goods) arrive while the parcel is still flying:
    // they concern the declaration only.
    for status in ["2", "120", "400", "300", "100"] {
        assert_eq!(
            s.inventory_receipt_event(&inventory_receipt(status, "20260707100000000", 1)),
            None,
            "{status}"
        );
    }
    step(
        &mut s,
        ev(at(8, 9, 5), dhl(), EventKind::ArrivedInDestination),
        Status::ArrivedInDestination,
    );
    // 500 查验 at 22:30 Beijing time = 14:30 UTC.
    let inspection =
        s.inventory_receipt_event(&inventory_receipt("500", "20260708223000000", 2)).unwrap();
    assert_eq!(inspection.at(), at(8, 14, 30));
    assert_eq!(inspection.leg(), &sf(), "the leg after the clearance point declares the inventory");
    assert_eq!(inspection.location(), Some(&node("PVG")));
    assert_eq!(
        inspection.source_id().map(crossborder::shipment::SourceId::as_str),
        Some("ceb:4CDE1CFD-EDED-46B1-946C-B8022E000002")
    );
    step(&mut s, inspection.clone(), Status::CustomsHeld(HoldReason::Inspection));
    // The same receipt delivered twice is one event.
    assert_eq!(s.apply(inspection).unwrap(), Applied::Duplicate);
    let release =
        s.inventory_receipt_event(&inventory_receipt("800", "20260710001500000", 3)).unwrap();
    step(&mut s, release, Status::CustomsReleased);
    step(&mut s, ev(at(9, 19, 45), sf(), EventKind::PickedUp), Status::PickedUp { leg: 1 });
    // 899 结关 closes the declaration days later, with SF already on the way: no event.
    assert_eq!(s.inventory_receipt_event(&inventory_receipt("899", "20260711090000000", 4)), None);
    // A release reported after SF's pick-up could not be.
    let late =
        s.inventory_receipt_event(&inventory_receipt("800", "20260711090000000", 5)).unwrap();
    reject(&mut s, late, TransitionRule::DomesticLegBeforeRelease);
    step(&mut s, ev(at(10, 13, 5), sf(), EventKind::Delivered), Status::Delivered);
    assert_eq!(inferred(&s), [Status::HandedOff { to: 1 }]);
}

#[test]
fn waybill_receipts_name_their_leg() {
    let s = Shipment::new(direct_route());
    let receipt = |no: &str| crossborder::customs::LogisticsReturn {
        guid: "4CDE1CFD-EDED-46B1-946C-B8022E42FC94".parse().unwrap(),
        logistics_code: "3101980A1L".parse().unwrap(),
        logistics_no: no.parse().unwrap(),
        return_status: "700".parse().unwrap(),
        return_time: "20260709120000000".parse().unwrap(),
        return_info: "退运".into(),
    };
    let back = s.logistics_receipt_event(&receipt(DHL_NO)).unwrap();
    assert_eq!(back.kind(), EventKind::ReturningToSender);
    assert_eq!(back.leg(), &dhl());
    assert_eq!(s.logistics_receipt_event(&receipt(SF_NO)).unwrap().leg(), &sf());
    assert_eq!(s.logistics_receipt_event(&receipt("SF9999999999999")), None);
}

#[test]
fn bonded_journey_driven_by_customs_receipts() {
    let mut s = Shipment::new(bonded_route());
    let receipt = |status: &str, time: &str, n| {
        s.inventory_receipt_event(&inventory_receipt(status, time, n))
    };
    let declaring = receipt("2", "20260701170000000", 1).unwrap();
    let review = receipt("300", "20260701180000000", 2).unwrap();
    let accepted = receipt("120", "20260701190000000", 3).unwrap();
    let released = receipt("800", "20260701193000000", 4).unwrap();
    assert_eq!(declaring.kind(), EventKind::CustomsProcessing);
    assert_eq!(review.kind(), EventKind::CustomsHeld(HoldReason::Documents));
    assert_eq!(accepted.kind(), EventKind::CustomsProcessing);
    // Receipts arrive out of order; the instants put them right.
    for e in [released, review, declaring, accepted] {
        s.apply(e).unwrap();
    }
    assert_eq!(s.status(), Status::CustomsReleased);
    step(&mut s, ev(at(1, 15, 0), jd(), EventKind::PickedUp), Status::PickedUp { leg: 0 });
    step(&mut s, ev(at(2, 10, 30), jd(), EventKind::Delivered), Status::Delivered);
    assert_eq!(inferred(&s), []);
}

// ---------------------------------------------------------------------------------------------
// Serde

#[cfg(feature = "serde")]
mod serde_tests {
    use super::*;

    fn journey() -> Shipment {
        let mut s = Shipment::new(direct_route());
        for e in [
            ev(at(6, 22, 10), dhl(), EventKind::PickedUp)
                .with_source_id("feed-1:1".parse().unwrap()),
            ev(at(8, 14, 30), dhl(), EventKind::CustomsHeld(HoldReason::Inspection))
                .with_location(node("PVG"))
                .with_raw_code("CH".parse().unwrap())
                .with_raw_text("Held by customs".parse().unwrap()),
            ev(at(9, 19, 45), sf(), EventKind::PickedUp).with_location(place("上海", Country::CN)),
        ] {
            s.apply(e).unwrap();
        }
        s
    }

    #[test]
    fn event_json_shape() {
        let e = ev(at(8, 14, 30), dhl(), EventKind::CustomsHeld(HoldReason::Inspection))
            .with_location(node("PVG"))
            .with_raw_code("CH".parse().unwrap());
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "at": "2026-07-08T14:30:00Z",
                "kind": "customs_held:inspection",
                "leg": {
                    "carrier": "dhl_ecommerce",
                    "number": {"carrier": "dhl_ecommerce", "format": "dhl_ecommerce", "number": DHL_NO}
                },
                "raw_code": "CH",
                "location": {"node": "PVG"}
            })
        );
        let back: TrackingEvent = serde_json::from_value(json).unwrap();
        assert_eq!(back, e);
    }

    #[test]
    fn route_json_shape() {
        let json = serde_json::to_value(direct_route()).unwrap();
        assert_eq!(json["customs_mode"], "direct_purchase");
        assert_eq!(json["clearance_before"], 1);
        assert_eq!(json["legs"][0]["from"], serde_json::json!({"node": "ONT8"}));
        assert_eq!(
            json["legs"][1]["to"],
            serde_json::json!({"place": "杭州市西湖区", "country": "CN"})
        );
        assert_eq!(json["legs"][1]["service"], "顺丰标快");
        assert_eq!(json["legs"][0]["mode"], "air");
        assert_eq!(serde_json::from_value::<Route>(json).unwrap(), direct_route());
    }

    #[test]
    fn stored_shipment_replays_to_the_same_state() {
        let s = journey();
        let json = serde_json::to_string(&s).unwrap();
        let back: Shipment = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
        assert_eq!(back.status(), Status::PickedUp { leg: 1 });
        assert_eq!(back.timeline(), s.timeline());
        // Events stored in any order replay to the same state.
        let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
        value["events"].as_array_mut().unwrap().reverse();
        assert_eq!(serde_json::from_value::<Shipment>(value).unwrap(), s);
    }

    #[test]
    fn deserialisation_validates() {
        let json = serde_json::to_value(journey()).unwrap();
        // A stored status that the events do not replay to.
        let mut tampered = json.clone();
        tampered["status"] = "delivered".into();
        let err = serde_json::from_value::<Shipment>(tampered).unwrap_err().to_string();
        assert!(err.contains("stored status delivered"), "{err}");
        // An illegal history: a release after SF had the parcel.
        let mut illegal = json.clone();
        let release =
            serde_json::to_value(ev(at(9, 20, 0), dhl(), EventKind::CustomsReleased)).unwrap();
        illegal["events"].as_array_mut().unwrap().push(release);
        let err = serde_json::from_value::<Shipment>(illegal).unwrap_err().to_string();
        assert!(err.contains("domestic_leg_before_release"), "{err}");
        // A broken route.
        let mut broken = json.clone();
        broken["route"]["legs"][1]["from"] = serde_json::json!({"node": "CAN"});
        assert!(serde_json::from_value::<Shipment>(broken).is_err());
        // Bad codes and shapes.
        for (path, value) in [
            ("kind", serde_json::json!("teleported")),
            ("kind", serde_json::json!("customs_held:bribe")),
            ("at", serde_json::json!("yesterday")),
            ("raw_code", serde_json::json!(" CH")),
            ("location", serde_json::json!({"node": "PVG", "country": "CN"})),
            ("location", serde_json::json!({"place": "上海"})),
            ("extra", serde_json::json!(1)),
        ] {
            let mut bad = json.clone();
            bad["events"][0][path] = value;
            assert!(serde_json::from_value::<Shipment>(bad).is_err(), "{path}");
        }
        let mut bad = json;
        bad["route"]["clearance_before"] = 0.into();
        assert!(serde_json::from_value::<Shipment>(bad).is_err());
    }
}

// ---------------------------------------------------------------------------------------------
// Properties

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// (route, legs as refs).
    fn routes() -> Vec<(Route, Vec<LegRef>)> {
        vec![
            (direct_route(), vec![dhl(), sf()]),
            (bonded_route(), vec![jd()]),
            (postal_route(), vec![japan_post(), china_post()]),
        ]
    }

    fn kind() -> impl Strategy<Value = EventKind> {
        proptest::sample::select(EventKind::ALL.to_vec())
    }

    /// Events on one of the routes' legs (or, rarely, a stranger), at one of 40 instants so that
    /// ties happen, with or without a source id.
    /// (leg index, kind, half-hour slot, source id).
    type Raw = Vec<(usize, EventKind, u32, Option<u8>)>;

    fn events() -> impl Strategy<Value = (usize, Raw)> {
        (
            0..3_usize,
            prop::collection::vec(
                (0..3_usize, kind(), 0..40_u32, prop::option::of(0..3_u8)),
                0..40,
            ),
        )
    }

    fn build(
        route: usize,
        raw: &[(usize, EventKind, u32, Option<u8>)],
    ) -> (Route, Vec<TrackingEvent>) {
        let (route, legs) = routes().swap_remove(route);
        let stranger = LegRef::new(Carrier::Yto, number(Carrier::SfExpress, SF_NO));
        let events = raw
            .iter()
            .map(|(leg, kind, minute, source)| {
                let leg = legs.get(*leg).copied().unwrap_or(stranger);
                let e = ev(
                    at(1, 0, 0) + chrono::Duration::minutes(i64::from(*minute) * 30),
                    leg,
                    *kind,
                );
                match source {
                    Some(s) => e.with_source_id(format!("src-{s}").parse().unwrap()),
                    None => e,
                }
            })
            .collect();
        (route, events)
    }

    /// A journey along the route's milestones with random skips, repeats, loops and
    /// exceptions, applied in order; the events the machine kept form a legal history.
    fn journey(route: usize, keep: &[bool], extra: &[(usize, EventKind)]) -> Shipment {
        let (route, legs) = routes().swap_remove(route);
        let last = legs.len() - 1;
        let mut plan: Vec<(usize, EventKind)> = vec![(0, EventKind::LabelCreated)];
        for (i, _) in legs.iter().enumerate() {
            if route.clearance_before() == i {
                let customs = if i == 0 { 0 } else { i - 1 };
                if i > 0 {
                    plan.push((customs, EventKind::ArrivedInDestination));
                }
                plan.extend([
                    (customs, EventKind::CustomsProcessing),
                    (customs, EventKind::CustomsHeld(HoldReason::Inspection)),
                    (customs, EventKind::CustomsProcessing),
                    (customs, EventKind::CustomsReleased),
                ]);
                if i > 0 {
                    plan.push((i - 1, EventKind::HandedOff));
                }
            }
            plan.extend([
                (i, EventKind::PickedUp),
                (i, EventKind::InTransit),
                (i, EventKind::InTransit),
            ]);
        }
        plan.extend([
            (last, EventKind::OutForDelivery),
            (last, EventKind::DeliveryAttemptFailed),
            (last, EventKind::OutForDelivery),
            (last, EventKind::Delivered),
        ]);
        let mut planned: Vec<(usize, EventKind)> = Vec::new();
        for (i, p) in plan.into_iter().enumerate() {
            if keep.get(i).copied().unwrap_or(true) {
                planned.push(p);
            }
            if let Some((leg, kind)) = extra.get(i) {
                planned.push((leg % legs.len(), *kind));
            }
        }
        let mut shipment = Shipment::new(route);
        for (i, (leg, kind)) in planned.into_iter().enumerate() {
            // Every other event shares its instant with the one before.
            let minute = i64::try_from(i / 2).unwrap() * 45;
            let _ = shipment.apply(ev(
                at(1, 0, 0) + chrono::Duration::minutes(minute),
                legs[leg],
                kind,
            ));
        }
        shipment
    }

    fn extras() -> impl Strategy<Value = Vec<(usize, EventKind)>> {
        let kinds = prop_oneof![
            Just(EventKind::Exception(ExceptionReason::Delay)),
            Just(EventKind::Exception(ExceptionReason::Misroute)),
            Just(EventKind::InTransit),
            Just(EventKind::ReturningToSender),
            Just(EventKind::LabelCreated),
        ];
        prop::collection::vec(prop::option::weighted(0.15, (0..2_usize, kinds)), 30).prop_map(|v| {
            v.into_iter().map(|o| o.unwrap_or((0, EventKind::LabelCreated))).collect()
        })
    }

    fn check_permutations(reference: &Shipment, order: &[usize]) -> Result<(), TestCaseError> {
        let events: Vec<TrackingEvent> = reference.events().to_vec();
        let mut s = Shipment::new(reference.route().clone());
        for i in order {
            if let Some(e) = events.get(*i % events.len().max(1)) {
                prop_assert!(s.apply(e.clone()).is_ok());
            }
        }
        for e in &events {
            let applied = s.apply(e.clone());
            prop_assert!(applied.is_ok());
        }
        prop_assert_eq!(&s, reference);
        prop_assert_eq!(s.status(), reference.status());
        prop_assert_eq!(s.timeline(), reference.timeline());
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any arrival order of a legal set of events yields the same shipment.
        #[test]
        fn order_independence_of_journeys(
            route in 0..3_usize,
            keep in prop::collection::vec(prop::bool::weighted(0.7), 40),
            extra in extras(),
            order in Just((0..60_usize).collect::<Vec<_>>()).prop_shuffle(),
        ) {
            let reference = journey(route, &keep, &extra);
            // The kept events are legal in instant order.
            let replay = Shipment::from_events(reference.route().clone(), reference.events().iter().cloned());
            prop_assert_eq!(replay.as_ref().ok(), Some(&reference));
            check_permutations(&reference, &order)?;
        }

        /// The same for whatever survives a random stream of events.
        #[test]
        fn order_independence_of_random_streams(
            (route, raw) in events(),
            order in Just((0..40_usize).collect::<Vec<_>>()).prop_shuffle(),
        ) {
            let (route, stream) = build(route, &raw);
            let mut reference = Shipment::new(route);
            for e in stream {
                let _ = reference.apply(e);
            }
            check_permutations(&reference, &order)?;
        }

        /// Applying every event twice, in any interleaving, changes nothing the second time.
        #[test]
        fn idempotence(
            route in 0..3_usize,
            keep in prop::collection::vec(prop::bool::weighted(0.7), 40),
            extra in extras(),
            seed in any::<u64>(),
        ) {
            let reference = journey(route, &keep, &extra);
            let mut s = reference.clone();
            let events: Vec<TrackingEvent> = reference.events().to_vec();
            let n = events.len().max(1);
            for i in 0..n {
                let pick = (usize::try_from(seed % 1024).unwrap() + i * 7) % n;
                if let Some(e) = events.get(pick) {
                    prop_assert_eq!(s.apply(e.clone()).ok(), Some(Applied::Duplicate));
                }
            }
            prop_assert_eq!(&s, &reference);
        }

        /// Arbitrary events never panic, a rejected event changes nothing, and the timeline is
        /// always a legal history.
        #[test]
        fn arbitrary_events_keep_the_timeline_legal((route, raw) in events()) {
            let (route, stream) = build(route, &raw);
            let mut s = Shipment::new(route);
            for e in stream {
                let before = s.clone();
                match s.apply(e) {
                    Ok(_) => {}
                    Err(err) => {
                        prop_assert_eq!(&s, &before);
                        prop_assert!(!err.to_string().is_empty());
                    }
                }
                let _ = s.timeline();
            }
            let replay = Shipment::from_events(s.route().clone(), s.events().iter().cloned());
            prop_assert_eq!(replay.as_ref().ok(), Some(&s));
            if s.is_terminal() {
                prop_assert!(s.status().is_terminal());
            }
        }

        #[test]
        fn status_and_kind_text_round_trip(kind in kind(), leg in 0..20_usize) {
            prop_assert_eq!(kind.to_string().parse::<EventKind>().ok(), Some(kind));
            for status in [Status::InTransit { leg }, Status::PickedUp { leg }, Status::HandedOff { to: leg }] {
                prop_assert_eq!(status.to_string().parse::<Status>().ok(), Some(status));
            }
        }

        #[test]
        fn parsing_arbitrary_text_never_panics(text in ".{0,40}") {
            let _ = text.parse::<Status>();
            let _ = text.parse::<EventKind>();
            let _ = text.parse::<CustomsMode>();
            let _ = text.parse::<aftership::Subtag>();
            let _ = text.parse::<track17::SubStatus>();
            let _ = text.parse::<easypost::StatusDetail>();
            let _ = Location::place(&text, Country::CN);
        }
    }

    #[cfg(feature = "serde")]
    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// A stored shipment reads back to the same state.
        #[test]
        fn serde_round_trip((route, raw) in events()) {
            let (route, stream) = build(route, &raw);
            let mut s = Shipment::new(route);
            for e in stream {
                let _ = s.apply(e);
            }
            let json = serde_json::to_string(&s).unwrap();
            let back: Shipment = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &s);
            for e in s.events() {
                let text = serde_json::to_string(e).unwrap();
                prop_assert_eq!(&serde_json::from_str::<TrackingEvent>(&text).unwrap(), e);
            }
        }

        /// Arbitrary JSON text, and stored shipments with one byte changed, never panic.
        #[test]
        fn arbitrary_json_never_panics(text in ".{0,200}", cut in 0..2000_usize, byte in any::<u8>()) {
            let _ = serde_json::from_str::<Shipment>(&text);
            let _ = serde_json::from_str::<Route>(&text);
            let _ = serde_json::from_str::<TrackingEvent>(&text);
            let mut json = serde_json::to_vec(&Shipment::new(direct_route())).unwrap();
            let len = json.len();
            json[cut % len] = byte;
            let _ = serde_json::from_slice::<Shipment>(&json);
        }
    }
}

#[test]
fn public_types_are_send_sync_and_comparable() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug + PartialEq>() {}
    check::<Shipment>();
    check::<Route>();
    check::<Leg>();
    check::<TrackingEvent>();
    check::<Status>();
    check::<TransitionError>();
    check::<RouteError>();
    check::<LegError>();
    check::<aftership::Subtag>();
    check::<easypost::StatusDetail>();
    check::<track17::SubStatus>();
    check::<crossborder::shipment::HandOff<'static>>();
    check::<TimelineEntry<'static>>();
}
