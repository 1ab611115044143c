//! Buyer notices: every status in both languages, hand-offs (a new number after customs
//! release, the same S10 number between posts, a transfer before customs), holds, failed
//! attempts, silences longer than the stage takes, passed windows, the answers to the common
//! questions, listing paragraphs, replaceable templates — and, everywhere, that no full name,
//! phone number or identity number reaches the text.
// Helpers below may unwrap: clippy's `allow-unwrap-in-tests` only sees `cfg(test)` modules.
#![cfg(test)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use crossborder::carrier::{Carrier, TrackingNumber};
use crossborder::geo::Country;
use crossborder::notice::{
    CarrierFact, Channel, DeliveryWindow, Facts, HandOffFact, HandOffReason, Lang, ListingChain,
    Marketplace, Notice, NoticeError, PlaceNames, Problem, Question, Side, TemplateKey, Templates,
};
use crossborder::party::PersonName;
use crossborder::shipment::{
    CustomsMode, EventKind, ExceptionReason, HoldReason, Leg, LegRef, Location, Route, Shipment,
    Status, TrackingEvent,
};
use crossborder::warehouse::{CustomsDistrict, Network, Node, NodeCode, NodeKind, TransportMode};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Fixtures

const GM: &str = "GM2951173225174494";
const SF: &str = "SF1385628716739";
const EMS: &str = "EB123456785JP";
const USPS: &str = "9400111201080805483016";

/// Personal data planted in the carriers' raw texts, scan locations and the buyer's address:
/// none of it may appear in a notice.
const NAME: &str = "张三";
const PHONE: &str = "13812345678";
const ID_NUMBER: &str = "11010519491231002X";
const STREET: &str = "文三路100号";

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 7, day, hour, 0, 0).single().unwrap()
}

fn date(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 7, day).unwrap()
}

fn number(carrier: Carrier, text: &str) -> TrackingNumber {
    TrackingNumber::parse(carrier, text).unwrap()
}

fn place(name: &str, country: Country) -> Location {
    Location::place(name, country).unwrap()
}

fn buyer_address() -> Location {
    place(&format!("杭州市西湖区{STREET} {NAME} {PHONE}"), Country::CN)
}

/// US fulfilment centre → DHL eCommerce (air) → Shanghai Pudong, customs → SF Express.
fn direct_route() -> Route {
    direct_route_via(place("上海浦东国际机场", Country::CN))
}

/// ONT8 → DHL eCommerce → `port`, customs → SF Express → the buyer.
fn direct_route_via(port: Location) -> Route {
    Route::builder(CustomsMode::DirectPurchase)
        .leg(
            Leg::try_new(
                Carrier::DhlEcommerce,
                TransportMode::Air,
                Location::node("ONT8".parse().unwrap()),
                port.clone(),
                number(Carrier::DhlEcommerce, GM),
            )
            .unwrap(),
        )
        .clearance()
        .leg(
            Leg::try_new(
                Carrier::SfExpress,
                TransportMode::Road,
                port,
                buyer_address(),
                number(Carrier::SfExpress, SF),
            )
            .unwrap(),
        )
        .build()
        .unwrap()
}

/// Japan Post EMS → Shanghai office of exchange, customs → China Post, one S10 number.
fn postal_route() -> Route {
    let ems = number(Carrier::JapanPost, EMS);
    let office = place("上海国际邮件互换局", Country::CN);
    Route::builder(CustomsMode::PostalArticles)
        .leg(
            Leg::try_new(
                Carrier::JapanPost,
                TransportMode::Postal,
                place("東京国際郵便局", Country::JP),
                office.clone(),
                ems,
            )
            .unwrap(),
        )
        .clearance()
        .leg(
            Leg::try_new(Carrier::ChinaPost, TransportMode::Postal, office, buyer_address(), ems)
                .unwrap(),
        )
        .build()
        .unwrap()
}

/// USPS to the Los Angeles gateway → DHL eCommerce → Shanghai, customs → SF Express.
fn three_leg_route() -> Route {
    let lax = place("Los Angeles gateway", Country::US);
    let pvg = place("上海浦东国际机场", Country::CN);
    Route::builder(CustomsMode::DirectPurchase)
        .leg(
            Leg::try_new(
                Carrier::Usps,
                TransportMode::Road,
                Location::node("ONT8".parse().unwrap()),
                lax.clone(),
                number(Carrier::Usps, USPS),
            )
            .unwrap(),
        )
        .leg(
            Leg::try_new(
                Carrier::DhlEcommerce,
                TransportMode::Air,
                lax,
                pvg.clone(),
                number(Carrier::DhlEcommerce, GM),
            )
            .unwrap(),
        )
        .clearance()
        .leg(
            Leg::try_new(
                Carrier::SfExpress,
                TransportMode::Road,
                pvg,
                buyer_address(),
                number(Carrier::SfExpress, SF),
            )
            .unwrap(),
        )
        .build()
        .unwrap()
}

/// A bonded warehouse in Ningbo → SF Express.
fn bonded_route() -> Route {
    let leg = Leg::try_new(
        Carrier::SfExpress,
        TransportMode::Road,
        Location::node("NGB-BW1".parse().unwrap()),
        buyer_address(),
        number(Carrier::SfExpress, SF),
    )
    .unwrap();
    Route::try_new(CustomsMode::BondedImport, vec![leg], 0).unwrap()
}

fn dhl() -> LegRef {
    LegRef::new(Carrier::DhlEcommerce, number(Carrier::DhlEcommerce, GM))
}

fn sf() -> LegRef {
    LegRef::new(Carrier::SfExpress, number(Carrier::SfExpress, SF))
}

/// An event as real feeds send them: a raw text naming the recipient with phone and ID, a scan
/// location naming a courier.
fn event(day: u32, hour: u32, leg: LegRef, kind: EventKind) -> TrackingEvent {
    TrackingEvent::new(at(day, hour), leg, kind)
        .with_raw_text(
            format!("快件已处理，签收人：{NAME}，电话{PHONE}，身份证{ID_NUMBER}").parse().unwrap(),
        )
        .with_location(place(&format!("派件员{NAME} {PHONE}"), Country::CN))
}

/// The direct-mail journey up to and including the step that reaches `status`.
fn journey(status: Status) -> Vec<TrackingEvent> {
    let (d, s) = (dhl(), sf());
    let mut path = vec![event(1, 18, d, EventKind::PickedUp), event(2, 4, d, EventKind::InTransit)];
    let arrive =
        |p: &mut Vec<TrackingEvent>| p.push(event(3, 22, d, EventKind::ArrivedInDestination));
    let clear = |p: &mut Vec<TrackingEvent>| {
        p.push(event(4, 2, d, EventKind::CustomsProcessing));
        p.push(event(5, 2, d, EventKind::CustomsReleased));
    };
    let domestic = |p: &mut Vec<TrackingEvent>| {
        p.push(event(5, 6, d, EventKind::HandedOff));
        p.push(event(5, 9, s, EventKind::PickedUp));
        p.push(event(6, 1, s, EventKind::InTransit));
    };
    match status {
        Status::Pending => return Vec::new(),
        Status::LabelCreated => return vec![event(1, 9, d, EventKind::LabelCreated)],
        Status::Cancelled => {
            return vec![
                event(1, 9, d, EventKind::LabelCreated),
                event(1, 12, d, EventKind::Cancelled),
            ];
        }
        Status::PickedUp { leg: 0 } => path.truncate(1),
        Status::InTransit { leg: 0 } => {}
        Status::ArrivedInDestination => arrive(&mut path),
        Status::CustomsProcessing => {
            arrive(&mut path);
            path.push(event(4, 2, d, EventKind::CustomsProcessing));
        }
        Status::CustomsHeld(reason) => {
            arrive(&mut path);
            path.push(event(4, 2, d, EventKind::CustomsHeld(reason)));
        }
        Status::SeizedByCustoms => {
            arrive(&mut path);
            path.push(event(4, 2, d, EventKind::CustomsHeld(HoldReason::Inspection)));
            path.push(event(6, 2, d, EventKind::SeizedByCustoms));
        }
        Status::CustomsReleased => {
            arrive(&mut path);
            clear(&mut path);
        }
        Status::HandedOff { .. } => {
            arrive(&mut path);
            clear(&mut path);
            path.push(event(5, 6, d, EventKind::HandedOff));
        }
        Status::PickedUp { .. } => {
            arrive(&mut path);
            clear(&mut path);
            path.push(event(5, 6, d, EventKind::HandedOff));
            path.push(event(5, 9, s, EventKind::PickedUp));
        }
        other => {
            arrive(&mut path);
            clear(&mut path);
            domestic(&mut path);
            let last = match other {
                Status::InTransit { .. } => None,
                Status::OutForDelivery => Some(EventKind::OutForDelivery),
                Status::DeliveryAttemptFailed => Some(EventKind::DeliveryAttemptFailed),
                Status::AvailableForPickup => Some(EventKind::AvailableForPickup),
                Status::Delivered => Some(EventKind::Delivered),
                Status::Exception(reason) => Some(EventKind::Exception(reason)),
                Status::ReturningToSender => Some(EventKind::ReturningToSender),
                Status::Returned => {
                    path.push(event(7, 1, s, EventKind::ReturningToSender));
                    Some(EventKind::Returned)
                }
                Status::Lost => Some(EventKind::Lost),
                _ => unreachable!("{other}"),
            };
            path.extend(last.map(|k| event(7, 3, s, k)));
        }
    }
    path
}

/// Every status the state machine can reach, with every hold and exception reason.
fn every_status() -> Vec<Status> {
    let mut all = vec![
        Status::Pending,
        Status::LabelCreated,
        Status::PickedUp { leg: 0 },
        Status::InTransit { leg: 0 },
        Status::ArrivedInDestination,
        Status::CustomsProcessing,
        Status::CustomsReleased,
        Status::HandedOff { to: 1 },
        Status::PickedUp { leg: 1 },
        Status::InTransit { leg: 1 },
        Status::OutForDelivery,
        Status::DeliveryAttemptFailed,
        Status::AvailableForPickup,
        Status::Delivered,
        Status::ReturningToSender,
        Status::Returned,
        Status::Lost,
        Status::Cancelled,
        Status::SeizedByCustoms,
    ];
    all.extend(HoldReason::ALL.iter().map(|r| Status::CustomsHeld(*r)));
    all.extend(ExceptionReason::ALL.iter().map(|r| Status::Exception(*r)));
    all
}

fn shipment_at(status: Status) -> Shipment {
    let s = Shipment::from_events(direct_route(), journey(status)).unwrap();
    assert_eq!(s.status(), status);
    s
}

/// No full name, phone number, identity number or street reaches the text.
fn assert_no_personal_data(text: &str) {
    for secret in [NAME, PHONE, ID_NUMBER, STREET, "13812345678", "派件员", "签收人"] {
        assert!(!text.contains(secret), "{secret:?} leaked into:\n{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// Every status, both languages

#[test]
fn every_status_is_explained_in_both_languages_without_personal_data() {
    let name: PersonName = NAME.parse().unwrap();
    // The stage sentence (first line after the greeting) of each status, from the templates.
    let expected_stage = |status: Status| -> (&str, &str) {
        match status {
            Status::Pending => ("您的订单正在备货", "Your order is being prepared"),
            Status::LabelCreated => {
                ("运单已生成，正在等待DHL电子商务揽收。", "waiting for DHL eCommerce to collect it")
            }
            Status::PickedUp { leg: 0 } => (
                "DHL电子商务已揽收包裹，即将发往中国。",
                "DHL eCommerce has collected the parcel and will send it to China.",
            ),
            Status::InTransit { leg: 0 } => {
                ("包裹正在由DHL电子商务运往中国的途中。", "on its way to China with DHL eCommerce")
            }
            Status::ArrivedInDestination => (
                "包裹已到达中国入境口岸（上海浦东国际机场）",
                "arrived in China at 上海浦东国际机场",
            ),
            Status::CustomsProcessing => (
                "包裹正在上海浦东国际机场办理海关清关手续。",
                "customs clearance at 上海浦东国际机场",
            ),
            Status::CustomsHeld(_) => (
                "包裹在上海浦东国际机场被海关暂扣：",
                "Customs at 上海浦东国际机场 is holding the parcel: ",
            ),
            Status::CustomsReleased => (
                "包裹已在上海浦东国际机场清关放行",
                "Customs at 上海浦东国际机场 has released the parcel",
            ),
            Status::HandedOff { .. } => ("包裹已交给顺丰速运", "handed to SF Express"),
            Status::PickedUp { .. } => (
                "顺丰速运已揽收包裹，正在安排派送。",
                "SF Express has collected the parcel and is arranging delivery.",
            ),
            Status::InTransit { .. } => {
                ("包裹正在由顺丰速运运往您的地址。", "on its way to you with SF Express")
            }
            Status::OutForDelivery => ("顺丰速运的快递员正在派送", "SF Express is out delivering"),
            Status::DeliveryAttemptFailed => (
                "顺丰速运尝试派送包裹，但未能成功。",
                "SF Express tried to deliver the parcel but could not.",
            ),
            Status::AvailableForPickup => ("自提点或快递柜", "pick-up point or locker"),
            // Delivered at 03:00 UTC on 7 July = 11:00 on 7 July in Beijing.
            Status::Delivered => (
                "包裹已由顺丰速运于2026年7月7日签收。",
                "SF Express delivered the parcel on 7 July 2026.",
            ),
            Status::Exception(_) => {
                ("顺丰速运报告包裹异常：", "SF Express reports a problem with the parcel: ")
            }
            Status::ReturningToSender => ("包裹正在退回发件方。", "on its way back to the sender"),
            Status::Returned => ("包裹已退回发件方。", "returned to the sender"),
            Status::Lost => ("承运商报告包裹已丢失。", "reports the parcel as lost"),
            Status::Cancelled => {
                ("这个运单在揽收前已取消。", "cancelled before any carrier collected it")
            }
            Status::SeizedByCustoms => ("包裹已被海关扣押没收。", "Customs has seized the parcel."),
            other => panic!("no expectation for {other}"),
        }
    };
    for status in every_status() {
        let shipment = shipment_at(status);
        let notice = Notice::new(&shipment, at(8, 0)).with_addressee(&name);
        for lang in Lang::ALL {
            let text = notice.explain(*lang);
            assert_no_personal_data(&text);
            let mut lines = text.lines();
            let greeting = lines.next().unwrap();
            assert_eq!(greeting, if *lang == Lang::ZhCn { "张*，您好！" } else { "Dear 张*," });
            let stage = lines.next().unwrap();
            let (zh, en) = expected_stage(status);
            let want = if *lang == Lang::ZhCn { zh } else { en };
            assert!(stage.contains(want), "{status} {lang}: {stage:?} lacks {want:?}");
            // Deterministic.
            assert_eq!(notice.explain(*lang), text);
            for q in Question::ALL {
                let answer = notice.answer(*q, *lang);
                assert!(!answer.is_empty(), "{status} {lang} {q}");
                assert_no_personal_data(&answer);
            }
        }
    }
}

#[test]
fn hold_and_exception_reasons_are_named() {
    let cases = [
        (
            Status::CustomsHeld(HoldReason::Inspection),
            "海关正在对包裹进行查验。",
            "it has been selected for inspection.",
        ),
        (Status::CustomsHeld(HoldReason::Documents), "三单信息", "real-name details"),
        (
            Status::CustomsHeld(HoldReason::DutiesUnpaid),
            "进口税款尚未缴纳。",
            "the import tax has not been paid.",
        ),
        (
            Status::CustomsHeld(HoldReason::Other),
            "海关暂未说明原因。",
            "customs has not given a reason yet.",
        ),
        (Status::Exception(ExceptionReason::Delay), "运输延误。", "a delay in transit."),
        (Status::Exception(ExceptionReason::Damage), "包裹破损。", "the parcel is damaged."),
        (Status::Exception(ExceptionReason::Misroute), "分拣错误", "rerouted"),
        (
            Status::Exception(ExceptionReason::AddressIssue),
            "收货地址需要核实。",
            "the delivery address needs checking.",
        ),
        (Status::Exception(ExceptionReason::Other), "承运商未说明原因。", "no reason given."),
    ];
    for (status, zh, en) in cases {
        let shipment = shipment_at(status);
        let notice = Notice::new(&shipment, at(7, 4));
        let first_zh = notice.explain(Lang::ZhCn).lines().next().unwrap().to_owned();
        let first_en = notice.explain(Lang::En).lines().next().unwrap().to_owned();
        assert!(first_zh.contains(zh), "{status}: {first_zh}");
        assert!(first_en.contains(en), "{status}: {first_en}");
    }
}

// ---------------------------------------------------------------------------------------------
// Carriers and hand-offs

#[test]
fn carrier_now_and_next_at_customs() {
    let shipment = shipment_at(Status::CustomsProcessing);
    let notice = Notice::new(&shipment, at(4, 6));
    let facts = notice.facts();
    assert_eq!(facts.side(), Side::BeforeClearance);
    assert_eq!(
        facts.current(),
        Some(&CarrierFact::new(0, Carrier::DhlEcommerce, number(Carrier::DhlEcommerce, GM)))
    );
    let next = facts.upcoming().unwrap();
    assert_eq!(next.to().carrier(), Carrier::SfExpress);
    assert_eq!(next.reason(), HandOffReason::AfterCustomsRelease);
    assert!(facts.earlier().is_empty());
    let text = notice.answer(Question::WhichCarrier, Lang::ZhCn);
    let dhl_url = Carrier::DhlEcommerce.tracking_url(&number(Carrier::DhlEcommerce, GM));
    let sf_url = Carrier::SfExpress.tracking_url(&number(Carrier::SfExpress, SF));
    assert_eq!(
        text,
        format!(
            "现在承运的快递：DHL电子商务，运单号 {GM}，查询网址 {dhl_url} 。\n\
             清关放行后将由顺丰速运派送，新的运单号是 {SF}（顺丰速运接收包裹后才有记录），查询网址 {sf_url} 。"
        )
    );
    // Before the hand-off the number has not changed yet, but will.
    assert_eq!(
        notice.answer(Question::WhyNumberChanged, Lang::En),
        format!(
            "The number has not changed yet. Once DHL eCommerce brings the parcel to 上海浦东国际机场 and customs releases it, SF Express will deliver it under the new number {SF}."
        )
    );
}

#[test]
fn number_changed_after_customs_release() {
    let shipment = shipment_at(Status::InTransit { leg: 1 });
    let notice = Notice::new(&shipment, at(6, 8));
    let facts = notice.facts();
    assert_eq!(facts.side(), Side::AfterClearance);
    assert_eq!(facts.current().unwrap().carrier(), Carrier::SfExpress);
    assert!(facts.upcoming().is_none());
    assert_eq!(
        facts.earlier(),
        &[HandOffFact::new(
            CarrierFact::new(0, Carrier::DhlEcommerce, number(Carrier::DhlEcommerce, GM)),
            CarrierFact::new(1, Carrier::SfExpress, number(Carrier::SfExpress, SF)),
            "上海浦东国际机场",
            HandOffReason::AfterCustomsRelease,
        )]
    );
    assert_eq!(
        notice.answer(Question::WhyNumberChanged, Lang::ZhCn),
        format!(
            "单号为什么变了：DHL电子商务（运单号 {GM}）把包裹运到上海浦东国际机场，海关放行后交给顺丰速运派送，顺丰速运使用自己的运单号 {SF}。两个单号对应的是同一个包裹。"
        )
    );
    assert_eq!(
        notice.answer(Question::WhyNumberChanged, Lang::En),
        format!(
            "Why the number changed: DHL eCommerce (tracking number {GM}) brought the parcel to 上海浦东国际机场; after customs released it, SF Express took over and tracks it under its own number, {SF}. Both numbers are the same parcel."
        )
    );
    let which = notice.answer(Question::WhichCarrier, Lang::ZhCn);
    assert!(which.starts_with(&format!("现在承运的快递：顺丰速运，运单号 {SF}")));
    assert!(which.ends_with(&format!("此前承运：DHL电子商务，运单号 {GM}。")));
    // The full explanation carries the hand-off too.
    assert!(notice.explain(Lang::En).contains("Why the number changed:"));
}

#[test]
fn postal_hand_off_keeps_the_number() {
    let ems = number(Carrier::JapanPost, EMS);
    let (jp, cn) = (LegRef::new(Carrier::JapanPost, ems), LegRef::new(Carrier::ChinaPost, ems));
    let shipment = Shipment::from_events(
        postal_route(),
        [
            event(1, 1, jp, EventKind::PickedUp),
            event(3, 1, cn, EventKind::CustomsReleased),
            event(3, 8, cn, EventKind::InTransit),
        ],
    )
    .unwrap();
    let notice = Notice::new(&shipment, at(4, 0));
    let facts = notice.facts();
    assert_eq!(facts.earlier().len(), 1);
    assert_eq!(facts.earlier()[0].reason(), HandOffReason::SameNumber);
    assert_eq!(
        notice.answer(Question::WhyNumberChanged, Lang::ZhCn),
        "日本邮政在上海国际邮件互换局把包裹交给了中国邮政，运单号 EB123456785JP 保持不变。"
    );
    assert_eq!(
        notice.answer(Question::WhyNumberChanged, Lang::En),
        "Japan Post handed the parcel to China Post at 上海国际邮件互换局; the tracking number EB123456785JP stays the same."
    );
    // China Post tracks Japan Post's number on its own page.
    assert!(
        notice
            .answer(Question::WhichCarrier, Lang::En)
            .contains(&Carrier::ChinaPost.tracking_url(&ems))
    );
    // At customs, the coming carrier keeps the number.
    let at_customs = Shipment::from_events(
        postal_route(),
        [event(1, 1, jp, EventKind::PickedUp), event(2, 1, jp, EventKind::ArrivedInDestination)],
    )
    .unwrap();
    let text = Notice::new(&at_customs, at(2, 5)).explain(Lang::ZhCn);
    assert!(text.contains("清关放行后将由中国邮政继续投递，运单号不变（EB123456785JP）"), "{text}");
    assert!(!text.contains("新的运单号"));
    // Before any scan: the number never changes on this route.
    let fresh = Shipment::new(postal_route());
    assert_eq!(
        Notice::new(&fresh, at(1, 0)).answer(Question::WhyNumberChanged, Lang::En),
        "The parcel keeps the same tracking number, EB123456785JP, all the way."
    );
}

#[test]
fn transfer_before_customs_then_release_hand_off() {
    let usps = LegRef::new(Carrier::Usps, number(Carrier::Usps, USPS));
    let shipment = Shipment::from_events(
        three_leg_route(),
        [event(1, 1, usps, EventKind::PickedUp), event(2, 1, dhl(), EventKind::PickedUp)],
    )
    .unwrap();
    // With DHL: the USPS → DHL hand-off is a transfer, and the next change comes after customs.
    let notice = Notice::new(&shipment, at(2, 5));
    let facts = notice.facts();
    assert_eq!(facts.earlier().len(), 1);
    assert_eq!(facts.earlier()[0].reason(), HandOffReason::Transfer);
    assert_eq!(
        notice.answer(Question::WhyNumberChanged, Lang::En),
        format!(
            "USPS (tracking number {USPS}) handed the parcel to DHL eCommerce at Los Angeles gateway, which tracks it under the new number {GM}. Both numbers are the same parcel."
        )
    );
    // With SF: both hand-offs, in order.
    let done = Shipment::from_events(
        three_leg_route(),
        [
            event(1, 1, usps, EventKind::PickedUp),
            event(2, 1, dhl(), EventKind::PickedUp),
            event(5, 1, sf(), EventKind::PickedUp),
        ],
    )
    .unwrap();
    let facts = Notice::new(&done, at(5, 5)).facts();
    let reasons: Vec<HandOffReason> = facts.earlier().iter().map(HandOffFact::reason).collect();
    assert_eq!(reasons, [HandOffReason::Transfer, HandOffReason::AfterCustomsRelease]);
    let which = Notice::new(&done, at(5, 5)).answer(Question::WhichCarrier, Lang::ZhCn);
    assert_eq!(which.lines().count(), 3); // now SF; earlier USPS, DHL
    assert!(which.contains("此前承运：美国邮政") && which.contains("此前承运：DHL电子商务"));
}

// ---------------------------------------------------------------------------------------------
// Stuck parcels

#[test]
fn no_scan_longer_than_the_leg_takes() {
    // Last scan: DHL in transit at 04:00 on 2 July. Air leg: 7 days.
    let shipment = shipment_at(Status::InTransit { leg: 0 });
    let exactly_seven = at(9, 4);
    assert!(Notice::new(&shipment, exactly_seven).facts().problems().is_empty());
    let later = exactly_seven + Duration::minutes(1);
    let facts = Notice::new(&shipment, later).facts();
    assert_eq!(
        facts.problems(),
        &[Problem::NoScan { carrier: Carrier::DhlEcommerce, since: at(2, 4), days: 7 }]
    );
    let text = Notice::new(&shipment, at(12, 4)).explain(Lang::ZhCn);
    // 10 days since 2 July 04:00 UTC (12:00 in Beijing).
    assert!(text.contains("DHL电子商务已经10天没有更新物流信息（最近一次更新在2026年7月2日），超过了这一段通常需要的时间。"), "{text}");
    assert!(text.ends_with("如需帮助，请联系亚马逊海外购客服（本订单由亚马逊海外购安排配送），我们作为卖家也在同步跟进。"), "{text}");
    let en = Notice::new(&shipment, at(12, 4)).explain(Lang::En);
    assert!(en.contains(
        "DHL eCommerce has not updated the tracking for 10 days (last update 2 July 2026)"
    ));
    assert!(en.ends_with("For help, please contact Amazon customer service (Amazon arranges this delivery); we, the seller, are following it too."));
    // A lane-specific limit.
    let strict = Notice::new(&shipment, at(5, 5)).with_leg_limit(0, 3).facts();
    assert!(matches!(strict.problems(), [Problem::NoScan { days: 3, .. }]));
}

#[test]
fn customs_stages_use_the_customs_limit() {
    // Last scan: customs processing at 02:00 on 4 July; limit 7 days.
    let shipment = shipment_at(Status::CustomsProcessing);
    assert!(Notice::new(&shipment, at(11, 2)).facts().problems().is_empty());
    assert!(matches!(
        Notice::new(&shipment, at(11, 3)).facts().problems(),
        [Problem::NoScan { days: 7, .. }]
    ));
    assert!(Notice::new(&shipment, at(11, 3)).with_customs_limit(10).facts().problems().is_empty());
}

#[test]
fn holds_advise_and_send_to_the_marketplace() {
    let advice = [
        (HoldReason::Inspection, "查验期间您无需操作", false),
        (HoldReason::Documents, "如收到核对订购人实名信息的通知", true),
        (HoldReason::DutiesUnpaid, "如收到缴纳税款的通知", true),
        (HoldReason::Other, "", true),
    ];
    for (reason, line, contact) in advice {
        let shipment = shipment_at(Status::CustomsHeld(reason));
        let notice = Notice::new(&shipment, at(4, 6));
        assert_eq!(notice.facts().problems(), &[Problem::CustomsHold(reason)]);
        let text = notice.explain(Lang::ZhCn);
        assert!(text.contains(line), "{reason}: {text}");
        assert_eq!(text.contains("请联系亚马逊海外购客服"), contact, "{reason}");
        // The customs answer carries the mode, the hold and the advice.
        let customs = notice.answer(Question::CustomsAndTax, Lang::ZhCn);
        assert!(customs.starts_with("本包裹以跨境电商零售进口（直购进口，海关监管方式9610）入境"));
        assert!(customs.contains("被海关暂扣"));
        assert!(customs.contains(line));
    }
    // When the seller ships, the buyer contacts the seller.
    let shipment = shipment_at(Status::CustomsHeld(HoldReason::DutiesUnpaid));
    let text =
        Notice::new(&shipment, at(4, 6)).with_channel(Channel::SellerShipped).explain(Lang::En);
    assert!(
        text.ends_with(
            "For help, please contact us and we will check with DHL eCommerce right away."
        )
    );
    // Another marketplace by name.
    let tmall = Marketplace::try_new("天猫国际", "Tmall Global").unwrap();
    let text = Notice::new(&shipment, at(4, 6))
        .with_channel(Channel::MarketplaceDirectMail(tmall))
        .explain(Lang::ZhCn);
    assert!(text.ends_with(
        "如需帮助，请联系天猫国际客服（本订单由天猫国际安排配送），我们作为卖家也在同步跟进。"
    ));
}

/// Regression (found writing `examples/bonded_import.rs`): a bonded-import parcel (1210) is
/// not direct mail, so the marketplace contact line must not say the marketplace "arranges
/// this direct-mail delivery" (安排直邮配送).
#[test]
fn bonded_hold_contact_does_not_call_it_direct_mail() {
    let shipment = Shipment::from_events(
        bonded_route(),
        [event(4, 2, sf(), EventKind::CustomsHeld(HoldReason::Documents))],
    )
    .unwrap();
    let notice = Notice::new(&shipment, at(4, 6));
    let zh = notice.explain(Lang::ZhCn);
    assert!(!zh.contains("直邮"), "{zh}");
    assert!(zh.ends_with(
        "如需帮助，请联系亚马逊海外购客服（本订单由亚马逊海外购安排配送），我们作为卖家也在同步跟进。"
    ));
    let en = notice.explain(Lang::En);
    assert!(!en.contains("direct-mail"), "{en}");
    assert!(en.ends_with(
        "For help, please contact Amazon customer service (Amazon arranges this delivery); we, the seller, are following it too."
    ));
}

#[test]
fn failed_attempt_points_to_the_carrier_page() {
    let shipment = shipment_at(Status::DeliveryAttemptFailed);
    let notice = Notice::new(&shipment, at(7, 4));
    assert_eq!(notice.facts().problems(), &[Problem::DeliveryAttemptFailed]);
    let url = Carrier::SfExpress.tracking_url(&number(Carrier::SfExpress, SF));
    let en = notice.explain(Lang::En);
    assert!(en.contains(&format!(
        "Watch for a call or text from SF Express, or arrange a new delivery at {url}"
    )));
    let zh = notice.answer(Question::WhereIsIt, Lang::ZhCn);
    assert!(zh.contains(&format!("请留意顺丰速运的电话或短信，或在 {url} 查看并安排再次派送。")));
}

#[test]
fn window_is_shown_then_flagged_when_passed() {
    let shipment = shipment_at(Status::InTransit { leg: 1 });
    let window = DeliveryWindow::try_new(date(8), date(10)).unwrap();
    let notice = Notice::new(&shipment, at(6, 8)).with_window(window);
    assert!(notice.explain(Lang::ZhCn).contains("预计送达时间：2026年7月8日至2026年7月10日。"));
    assert!(
        notice
            .answer(Question::WhereIsIt, Lang::En)
            .contains("Expected delivery: 8 July 2026 to 10 July 2026.")
    );
    // 10 July 16:00 UTC is 11 July in Beijing: the window has passed.
    let late = Notice::new(&shipment, at(10, 16)).with_window(window).with_leg_limit(1, 30);
    assert_eq!(late.facts().problems(), &[Problem::PastWindow { to: date(10) }]);
    let text = late.explain(Lang::ZhCn);
    assert!(text.contains("包裹已晚于预计送达时间（原预计最晚2026年7月10日送达）。"));
    assert!(!text.contains("预计送达时间："));
    // In UTC it is still 10 July.
    let utc = Notice::new(&shipment, at(10, 16))
        .with_window(window)
        .with_leg_limit(1, 30)
        .with_time_zone(chrono_tz::UTC);
    assert!(utc.facts().problems().is_empty());
    // An estimate's window from the eta module works the same.
    let estimate =
        crossborder::eta::Window::try_new(date(8), date(10), "0.8".parse().unwrap()).unwrap();
    assert_eq!(Notice::new(&shipment, at(6, 8)).with_window(estimate), notice);
    assert_eq!(DeliveryWindow::from(&estimate), window);
    // A one-day window, and no window once delivered.
    let one = DeliveryWindow::try_new(date(9), date(9)).unwrap();
    assert!(
        Notice::new(&shipment, at(6, 8))
            .with_window(one)
            .explain(Lang::En)
            .contains("Expected delivery: 9 July 2026.")
    );
    let delivered = shipment_at(Status::Delivered);
    let text = Notice::new(&delivered, at(20, 0)).with_window(window).explain(Lang::En);
    assert!(!text.contains("Expected delivery") && !text.contains("later than expected"));
}

#[test]
fn terminal_and_waiting_states_are_not_stuck() {
    for status in [
        Status::Delivered,
        Status::Returned,
        Status::Lost,
        Status::Cancelled,
        Status::SeizedByCustoms,
    ] {
        let shipment = shipment_at(status);
        let problems = Notice::new(&shipment, at(30, 0)).facts().problems().to_vec();
        assert!(problems.iter().all(|p| !matches!(p, Problem::NoScan { .. })), "{status}");
    }
    // Once over, the carrier line names the last carrier, not "now".
    let delivered = Notice::new(&shipment_at(Status::Delivered), at(30, 0)).explain(Lang::ZhCn);
    assert!(
        delivered.contains(&format!("承运快递：顺丰速运，运单号 {SF}，查询网址 ")),
        "{delivered}"
    );
    assert!(!delivered.contains("现在承运"));
    let waiting = shipment_at(Status::AvailableForPickup);
    let notice = Notice::new(&waiting, at(30, 0));
    assert!(notice.facts().problems().is_empty());
    assert!(notice.explain(Lang::ZhCn).contains("请尽快取件"));
    assert!(Notice::new(&Shipment::new(direct_route()), at(30, 0)).facts().problems().is_empty());
}

#[test]
fn bonded_pending_and_customs_answer() {
    let shipment = Shipment::new(bonded_route());
    let notice = Notice::new(&shipment, at(1, 0));
    assert_eq!(notice.facts().side(), Side::AfterClearance);
    assert!(
        notice
            .explain(Lang::ZhCn)
            .starts_with("您的订单正在境内保税仓备货，商品在保税仓完成海关清关后发出。")
    );
    assert!(
        notice
            .explain(Lang::ZhCn)
            .contains(&format!("承运快递：顺丰速运，运单号 {SF}，揽收后可在"))
    );
    let customs = notice.answer(Question::CustomsAndTax, Lang::En);
    assert!(customs.starts_with("The goods were imported as cross-border e-commerce bonded stock (customs supervision code 1210)"));
    assert!(
        customs.contains("Limits: 5,000 CNY per transaction and 26,000 CNY per person per year.")
    );
}

/// A bonded (1210) parcel still clearing in the bonded warehouse is not yet with SF Express: the
/// carrier is named as the one to come, never as "now carrying".
#[test]
fn bonded_parcel_in_clearance_is_not_with_the_carrier_yet() {
    for kind in [
        EventKind::CustomsProcessing,
        EventKind::CustomsHeld(HoldReason::Documents),
        EventKind::CustomsReleased,
    ] {
        let mut shipment = Shipment::new(bonded_route());
        shipment.apply(event(1, 2, sf(), kind)).unwrap();
        let notice = Notice::new(&shipment, at(1, 3));
        let zh = notice.answer(Question::WhichCarrier, Lang::ZhCn);
        assert!(!zh.contains("现在承运"), "{kind:?}: {zh}");
        assert!(zh.contains("揽收后可在"), "{kind:?}: {zh}");
    }
    // Once SF Express has picked it up, it is the carrier now.
    let mut shipment = Shipment::new(bonded_route());
    shipment.apply(event(1, 2, sf(), EventKind::CustomsReleased)).unwrap();
    shipment.apply(event(1, 4, sf(), EventKind::PickedUp)).unwrap();
    let zh = Notice::new(&shipment, at(1, 5)).answer(Question::WhichCarrier, Lang::ZhCn);
    assert!(zh.contains("现在承运的快递：顺丰速运"), "{zh}");
}

// ---------------------------------------------------------------------------------------------
// Node names: what the buyer reads instead of a node code

const PVG_ZH: &str = "上海浦东国际机场";
const PVG_EN: &str = "Shanghai Pudong International Airport";

fn code(text: &str) -> NodeCode {
    text.parse().unwrap()
}

/// The direct-mail route as it is normally built, from network nodes: ONT8 → DHL eCommerce →
/// PVG, customs → SF Express (the same legs and numbers as `direct_route`).
fn node_route() -> Route {
    direct_route_via(Location::node(code("PVG")))
}

fn node_shipment_at(status: Status) -> Shipment {
    let s = Shipment::from_events(node_route(), journey(status)).unwrap();
    assert_eq!(s.status(), status);
    s
}

fn pvg_names() -> PlaceNames {
    PlaceNames::new().with(code("PVG"), Lang::ZhCn, PVG_ZH.parse().unwrap()).with(
        code("PVG"),
        Lang::En,
        PVG_EN.parse().unwrap(),
    )
}

/// The stage sentence at customs, from the built-in templates with `zh` and `en` as the place.
fn customs_stages(zh: &str, en: &str) -> Vec<(Status, String, String)> {
    vec![
        (
            Status::ArrivedInDestination,
            format!("包裹已到达中国入境口岸（{zh}），等待海关清关。"),
            format!(
                "The parcel has arrived in China at {en} and is waiting for customs clearance."
            ),
        ),
        (
            Status::CustomsProcessing,
            format!("包裹正在{zh}办理海关清关手续。"),
            format!("The parcel is going through customs clearance at {en}."),
        ),
        (
            Status::CustomsHeld(HoldReason::Inspection),
            format!("包裹在{zh}被海关暂扣：海关正在对包裹进行查验。"),
            format!("Customs at {en} is holding the parcel: it has been selected for inspection."),
        ),
        (
            Status::CustomsReleased,
            format!("包裹已在{zh}清关放行，即将交给国内快递派送。"),
            format!("Customs at {en} has released the parcel; a carrier in China will deliver it."),
        ),
    ]
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap()
}

/// Without names a node is printed by its code, as before names existed: this pins the old
/// behaviour, so that the texts with names below are a change and not a silent one.
#[test]
fn without_names_a_node_is_printed_by_its_code() {
    for (status, zh, en) in customs_stages("PVG", "PVG") {
        let shipment = node_shipment_at(status);
        let notice = Notice::new(&shipment, at(5, 3));
        assert_eq!(first_line(&notice.explain(Lang::ZhCn)), zh);
        assert_eq!(first_line(&notice.explain(Lang::En)), en);
        // Empty names change nothing either.
        let none = PlaceNames::new();
        assert_eq!(
            notice.clone().with_place_names(&none).explain(Lang::ZhCn),
            notice.explain(Lang::ZhCn)
        );
    }
    let shipment = node_shipment_at(Status::InTransit { leg: 1 });
    assert_eq!(
        Notice::new(&shipment, at(6, 8)).answer(Question::WhyNumberChanged, Lang::ZhCn),
        format!(
            "单号为什么变了：DHL电子商务（运单号 {GM}）把包裹运到PVG，海关放行后交给顺丰速运派送，顺丰速运使用自己的运单号 {SF}。两个单号对应的是同一个包裹。"
        )
    );
}

/// A named place spelled like a node's code is a place, not the node: names are looked up by
/// the route's node, never by the text (the facts keep which node a place is).
#[test]
fn a_place_spelled_like_a_named_node_keeps_its_own_name() {
    let route = direct_route_via(place("PVG", Country::CN));
    let names = pvg_names();
    let held = journey(Status::CustomsHeld(HoldReason::Inspection));
    let shipment = Shipment::from_events(route, held).unwrap();
    let notice = Notice::new(&shipment, at(5, 3)).with_place_names(&names);
    assert_eq!(notice.facts().clearance_node(), None);
    assert_eq!(
        first_line(&notice.explain(Lang::En)),
        "Customs at PVG is holding the parcel: it has been selected for inspection."
    );
    // The same journey through the node PVG reads the name, and its facts say which node.
    let by_node = node_shipment_at(Status::CustomsHeld(HoldReason::Inspection));
    let notice = Notice::new(&by_node, at(5, 3)).with_place_names(&names);
    assert_eq!(notice.facts().clearance_node(), Some(code("PVG")));
    assert!(notice.explain(Lang::En).starts_with(&format!("Customs at {PVG_EN} is holding")));
}

#[test]
fn customs_stages_name_the_node_in_the_buyers_language() {
    let names = pvg_names();
    for (status, zh, en) in customs_stages(PVG_ZH, PVG_EN) {
        let shipment = node_shipment_at(status);
        let notice = Notice::new(&shipment, at(5, 3)).with_place_names(&names);
        let (zh_text, en_text) = (notice.explain(Lang::ZhCn), notice.explain(Lang::En));
        assert_eq!(first_line(&zh_text), zh, "{status}");
        assert_eq!(first_line(&en_text), en, "{status}");
        for text in [&zh_text, &en_text] {
            assert!(!text.contains("PVG"), "{status}: {text}");
        }
        // The facts keep the route's location; the name is applied in words only.
        assert_eq!(notice.facts().clearance_place(), "PVG");
        // The "where is it" answer opens with the same sentence.
        assert_eq!(first_line(&notice.answer(Question::WhereIsIt, Lang::En)), en);
    }
}

#[test]
fn hand_off_texts_name_the_node() {
    let names = pvg_names();
    // Before the hand-off: the number will change at PVG.
    let moving = node_shipment_at(Status::InTransit { leg: 0 });
    let notice = Notice::new(&moving, at(2, 8)).with_place_names(&names);
    assert_eq!(
        notice.answer(Question::WhyNumberChanged, Lang::ZhCn),
        format!(
            "单号目前还没有变。DHL电子商务把包裹运到上海浦东国际机场、海关放行后，会交给顺丰速运派送，届时运单号会变为 {SF}。"
        )
    );
    assert_eq!(
        notice.answer(Question::WhyNumberChanged, Lang::En),
        format!(
            "The number has not changed yet. Once DHL eCommerce brings the parcel to Shanghai Pudong International Airport and customs releases it, SF Express will deliver it under the new number {SF}."
        )
    );
    // After it: the hand-off at PVG, in the answer and in the full explanation.
    let domestic = node_shipment_at(Status::InTransit { leg: 1 });
    let notice = Notice::new(&domestic, at(6, 8)).with_place_names(&names);
    let zh = format!(
        "单号为什么变了：DHL电子商务（运单号 {GM}）把包裹运到上海浦东国际机场，海关放行后交给顺丰速运派送，顺丰速运使用自己的运单号 {SF}。两个单号对应的是同一个包裹。"
    );
    let en = format!(
        "Why the number changed: DHL eCommerce (tracking number {GM}) brought the parcel to Shanghai Pudong International Airport; after customs released it, SF Express took over and tracks it under its own number, {SF}. Both numbers are the same parcel."
    );
    assert_eq!(notice.answer(Question::WhyNumberChanged, Lang::ZhCn), zh);
    assert_eq!(notice.answer(Question::WhyNumberChanged, Lang::En), en);
    assert!(notice.explain(Lang::ZhCn).lines().any(|l| l == zh));
    assert!(notice.explain(Lang::En).lines().any(|l| l == en));
    assert_eq!(notice.facts().earlier()[0].place(), "PVG");
}

/// With names the texts differ from the code texts only where the node was printed: replacing
/// the name by the code gives back the text without names, at every status.
#[test]
fn names_change_nothing_but_the_node() {
    let names = pvg_names();
    for status in every_status() {
        let shipment = node_shipment_at(status);
        let plain = Notice::new(&shipment, at(7, 6));
        let with_names = plain.clone().with_place_names(&names);
        for question in Question::ALL {
            for (lang, name) in [(Lang::ZhCn, PVG_ZH), (Lang::En, PVG_EN)] {
                let text = with_names.answer(*question, lang);
                assert_eq!(text.replace(name, "PVG"), plain.answer(*question, lang));
                assert_no_personal_data(&text);
            }
        }
        for (lang, name) in [(Lang::ZhCn, PVG_ZH), (Lang::En, PVG_EN)] {
            assert_eq!(with_names.explain(lang).replace(name, "PVG"), plain.explain(lang));
        }
    }
}

#[test]
fn a_language_without_a_name_keeps_the_code() {
    let names = PlaceNames::new().with(code("PVG"), Lang::ZhCn, PVG_ZH.parse().unwrap());
    let shipment = node_shipment_at(Status::CustomsProcessing);
    let notice = Notice::new(&shipment, at(4, 3)).with_place_names(&names);
    assert_eq!(
        first_line(&notice.explain(Lang::ZhCn)),
        "包裹正在上海浦东国际机场办理海关清关手续。"
    );
    assert_eq!(
        first_line(&notice.explain(Lang::En)),
        "The parcel is going through customs clearance at PVG."
    );
    // Names of other nodes, or of a place the route names itself, change nothing.
    let other = PlaceNames::new().with(code("LAX"), Lang::En, "Los Angeles".parse().unwrap());
    let text = Notice::new(&shipment, at(4, 3)).with_place_names(&other).explain(Lang::En);
    assert_eq!(first_line(&text), "The parcel is going through customs clearance at PVG.");
    let placed = shipment_at(Status::CustomsProcessing);
    let names = pvg_names();
    let text = Notice::new(&placed, at(4, 3)).with_place_names(&names).explain(Lang::En);
    assert_eq!(
        first_line(&text),
        "The parcel is going through customs clearance at 上海浦东国际机场."
    );
}

fn port_of_entry(name: Option<&str>) -> Node {
    let mut b = Node::builder(code("PVG"), NodeKind::PortOfEntry, Country::CN)
        .time_zone(chrono_tz::Asia::Shanghai)
        .calendar(crossborder::calendar::BusinessCalendar::china())
        .cutoff(chrono::NaiveTime::from_hms_opt(18, 0, 0).unwrap())
        .handling_days(1)
        .customs_district(CustomsDistrict::PUDONG_AIRPORT);
    if let Some(name) = name {
        b = b.name(name);
    }
    b.build().unwrap()
}

#[test]
fn names_from_the_network_serve_every_language_until_one_is_set() {
    let fc = Node::builder(code("ONT8"), NodeKind::FulfilmentCentre, Country::US)
        .time_zone(chrono_tz::America::Los_Angeles)
        .calendar(crossborder::calendar::BusinessCalendar::united_states_federal())
        .cutoff(chrono::NaiveTime::from_hms_opt(14, 0, 0).unwrap())
        .handling_days(1)
        .build()
        .unwrap();
    let network = Network::try_new([fc, port_of_entry(Some(PVG_ZH))], []).unwrap();
    let names = PlaceNames::from(&network);
    // ONT8 has no name: it is not in the names at all.
    assert_eq!(names.len(), 1);
    assert_eq!(names.name(code("ONT8"), Lang::En), None);
    let shipment = node_shipment_at(Status::CustomsReleased);
    let notice = Notice::new(&shipment, at(5, 3)).with_place_names(&names);
    assert_eq!(
        first_line(&notice.explain(Lang::ZhCn)),
        "包裹已在上海浦东国际机场清关放行，即将交给国内快递派送。"
    );
    // The node's name carries no language: English texts use it rather than the code.
    assert_eq!(
        first_line(&notice.explain(Lang::En)),
        "Customs at 上海浦东国际机场 has released the parcel; a carrier in China will deliver it."
    );
    // A name set for English comes first, whether set before or after the node's.
    let english = names.clone().with(code("PVG"), Lang::En, PVG_EN.parse().unwrap());
    let mut before = PlaceNames::new().with(code("PVG"), Lang::En, PVG_EN.parse().unwrap());
    before.extend(network.nodes());
    assert_eq!(before, english);
    let notice = Notice::new(&shipment, at(5, 3)).with_place_names(&english);
    assert_eq!(
        first_line(&notice.explain(Lang::En)),
        "Customs at Shanghai Pudong International Airport has released the parcel; a carrier in China will deliver it."
    );
    // A node without a name adds nothing: the code stays.
    let unnamed: PlaceNames = [&port_of_entry(None)].into_iter().collect();
    assert!(unnamed.is_empty());
}

#[test]
fn bonded_warehouse_is_named() {
    let bw = code("NGB-BW1");
    let names = PlaceNames::new().with(bw, Lang::ZhCn, "宁波保税区保税仓".parse().unwrap()).with(
        bw,
        Lang::En,
        "Ningbo Bonded Zone warehouse".parse().unwrap(),
    );
    let mut shipment = Shipment::new(bonded_route());
    shipment.apply(event(1, 2, sf(), EventKind::CustomsHeld(HoldReason::Documents))).unwrap();
    let plain = Notice::new(&shipment, at(1, 3));
    assert_eq!(
        first_line(&plain.explain(Lang::ZhCn)),
        "包裹在NGB-BW1被海关暂扣：需要核对订单、支付和物流信息（三单信息）或订购人实名信息。"
    );
    let with_names = plain.with_place_names(&names);
    assert_eq!(
        first_line(&with_names.explain(Lang::ZhCn)),
        "包裹在宁波保税区保税仓被海关暂扣：需要核对订单、支付和物流信息（三单信息）或订购人实名信息。"
    );
    assert_eq!(
        first_line(&with_names.explain(Lang::En)),
        "Customs at Ningbo Bonded Zone warehouse is holding the parcel: the order, payment and shipping data, or the buyer's real-name details, need to be checked."
    );
    // The customs answer states the stage with the name too.
    assert!(
        with_names
            .answer(Question::CustomsAndTax, Lang::ZhCn)
            .lines()
            .any(|l| l.starts_with("包裹在宁波保税区保税仓被海关暂扣"))
    );
}

// ---------------------------------------------------------------------------------------------
// Questions and templates

#[test]
fn questions_are_recognised() {
    let cases = [
        ("请问是哪家快递？", Some(Question::WhichCarrier)),
        ("用的什么快递", Some(Question::WhichCarrier)),
        ("Which courier is delivering it?", Some(Question::WhichCarrier)),
        ("我的包裹到哪了", Some(Question::WhereIsIt)),
        ("WHERE IS MY PARCEL", Some(Question::WhereIsIt)),
        ("为什么单号变了？", Some(Question::WhyNumberChanged)),
        ("怎么换了单号", Some(Question::WhyNumberChanged)),
        ("Why is there a new tracking number?", Some(Question::WhyNumberChanged)),
        ("清关要多久", Some(Question::CustomsAndTax)),
        ("要交税吗", Some(Question::CustomsAndTax)),
        ("Do I pay import duties?", Some(Question::CustomsAndTax)),
        ("谢谢", None),
        ("", None),
    ];
    for (text, expected) in cases {
        assert_eq!(Question::recognise(text), expected, "{text:?}");
    }
    for q in Question::ALL {
        assert_eq!(q.as_str().parse::<Question>(), Ok(*q));
        assert!(!q.label(Lang::ZhCn).is_empty() && !q.label(Lang::En).is_empty());
    }
}

#[test]
fn templates_replace_per_key_and_check_placeholders() {
    let shipment = shipment_at(Status::InTransit { leg: 1 });
    let notice = Notice::new(&shipment, at(6, 8));
    let ours = Templates::new()
        .with(Lang::ZhCn, TemplateKey::StageInTransitInChina, "【{carrier}】运输中")
        .unwrap()
        .with(Lang::ZhCn, TemplateKey::CarrierNow, "{carrier}：{number}")
        .unwrap();
    let text = notice.explain_with(Lang::ZhCn, &ours);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("【顺丰速运】运输中"));
    assert_eq!(lines.next(), Some(&*format!("顺丰速运：{SF}")));
    // Other keys and the other language keep the built-in text.
    assert_eq!(notice.explain_with(Lang::En, &ours), notice.explain(Lang::En));
    let mut t = Templates::new();
    assert_eq!(
        t.set(Lang::ZhCn, TemplateKey::Greeting, "{name}{phone}"),
        Err(NoticeError::UnknownPlaceholder {
            lang: Lang::ZhCn,
            key: TemplateKey::Greeting,
            name: "phone".into()
        })
    );
    assert!(matches!(
        t.set(Lang::En, TemplateKey::Greeting, "Hi {name"),
        Err(NoticeError::UnbalancedBrace { .. })
    ));
    assert_eq!(t, Templates::new());
    for lang in Lang::ALL {
        assert_eq!(lang.as_str().parse::<Lang>(), Ok(*lang));
        for key in TemplateKey::ALL {
            assert_eq!(t.get(*lang, *key), Templates::builtin(*lang, *key));
        }
    }
}

#[test]
fn listing_paragraphs() {
    let direct =
        ListingChain::direct_purchase(Country::US, Carrier::DhlEcommerce, Carrier::SfExpress)
            .with_transit_days(8, 15)
            .unwrap();
    assert_eq!(
        direct.paragraph(Lang::En),
        "Ships directly from United States: DHL eCommerce carries the parcel to a port of entry in China, \
         where it clears customs as cross-border e-commerce retail import (direct purchase); SF Express then \
         delivers it to you. After clearance the parcel gets a new tracking number from SF Express; both \
         numbers track the same parcel. Expected delivery: 8 to 15 days after your order."
    );
    let postal = ListingChain::postal(Country::JP, Carrier::JapanPost, Carrier::ChinaPost)
        .with_window(DeliveryWindow::try_new(date(10), date(14)).unwrap());
    assert_eq!(
        postal.paragraph(Lang::En),
        "Ships from Japan by international post: Japan Post sends the parcel to China, customs checks it as a \
         personal article, and China Post delivers it, with the same tracking number all the way. Expected \
         delivery: 10 July 2026 to 14 July 2026."
    );
    assert_eq!(
        ListingChain::from_route(&postal_route(), Country::JP).unwrap().paragraph(Lang::ZhCn),
        "本商品从日本以国际邮件寄出：由日本邮政寄往中国，经海关按个人物品查验后由中国邮政投递，全程使用同一个邮件号码查询。"
    );
    assert_eq!(
        ListingChain::from_route(&bonded_route(), Country::CN).unwrap(),
        ListingChain::bonded(Carrier::SfExpress)
    );
    // Three legs: the carrier that reaches customs is the international one.
    assert_eq!(
        ListingChain::from_route(&three_leg_route(), Country::US).unwrap(),
        ListingChain::direct_purchase(Country::US, Carrier::DhlEcommerce, Carrier::SfExpress)
    );
    for (min, max) in [(0, 3), (5, 4), (1, 366)] {
        assert_eq!(
            ListingChain::bonded(Carrier::SfExpress).with_transit_days(min, max),
            Err(NoticeError::TransitDays { min, max })
        );
    }
}

#[test]
fn values_validate() {
    assert_eq!(
        DeliveryWindow::try_new(date(10), date(9)),
        Err(NoticeError::WindowReversed { earliest: date(10), latest: date(9) })
    );
    assert!(Marketplace::try_new("天猫国际\n", "Tmall").is_err());
    assert!(Marketplace::try_new(&"猫".repeat(65), "Tmall").is_err());
    assert!(Marketplace::try_new(" 天猫", "Tmall").is_err());
    assert!(Marketplace::try_new(&"猫".repeat(64), "Tmall").is_ok());
}

#[test]
fn public_types_are_send_sync_clone_debug_partialeq() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug + PartialEq>() {}
    fn error<T: std::error::Error + Send + Sync + 'static>() {}
    check::<Lang>();
    check::<DeliveryWindow>();
    check::<Marketplace>();
    check::<Channel>();
    check::<TemplateKey>();
    check::<Templates>();
    check::<CarrierFact>();
    check::<HandOffFact>();
    check::<HandOffReason>();
    check::<Problem>();
    check::<Side>();
    check::<Facts>();
    check::<Notice<'static>>();
    check::<Question>();
    check::<ListingChain>();
    check::<PlaceNames>();
    check::<NoticeError>();
    error::<NoticeError>();
}

// ---------------------------------------------------------------------------------------------
// Serde

#[cfg(feature = "serde")]
mod serde_tests {
    use super::*;

    #[test]
    fn templates_round_trip_through_their_checks() {
        let t = Templates::new()
            .with(Lang::En, TemplateKey::Window, "Arrives {from}–{to}")
            .unwrap()
            .with(Lang::ZhCn, TemplateKey::Greeting, "{name}：")
            .unwrap();
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(
            json,
            r#"[{"lang":"zh-CN","key":"greeting","text":"{name}："},{"lang":"en","key":"window","text":"Arrives {from}–{to}"}]"#
        );
        assert_eq!(serde_json::from_str::<Templates>(&json).unwrap(), t);
        let bad = r#"[{"lang":"en","key":"window","text":"{phone}"}]"#;
        assert!(serde_json::from_str::<Templates>(bad).is_err());
    }

    #[test]
    fn window_and_marketplace_validate() {
        let w: DeliveryWindow =
            serde_json::from_str(r#"{"earliest":"2026-07-08","latest":"2026-07-10"}"#).unwrap();
        assert_eq!(w, DeliveryWindow::try_new(date(8), date(10)).unwrap());
        assert!(
            serde_json::from_str::<DeliveryWindow>(
                r#"{"earliest":"2026-07-10","latest":"2026-07-08"}"#
            )
            .is_err()
        );
        let c = Channel::MarketplaceDirectMail(Marketplace::AMAZON);
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(
            json,
            r#"{"marketplace_direct_mail":{"name_zh":"亚马逊海外购","name_en":"Amazon"}}"#
        );
        assert_eq!(serde_json::from_str::<Channel>(&json).unwrap(), c);
        assert!(serde_json::from_str::<Marketplace>(r#"{"name_zh":"","name_en":"x"}"#).is_err());
    }

    #[test]
    fn place_names_round_trip_through_their_checks() {
        let names =
            pvg_names().with(code("NGB-BW1"), Lang::ZhCn, "宁波保税区保税仓".parse().unwrap());
        let json = serde_json::to_string(&names).unwrap();
        assert_eq!(
            json,
            r#"{"NGB-BW1":{"zh-CN":"宁波保税区保税仓"},"PVG":{"zh-CN":"上海浦东国际机场","en":"Shanghai Pudong International Airport"}}"#
        );
        assert_eq!(serde_json::from_str::<PlaceNames>(&json).unwrap(), names);
        let from_node: PlaceNames = [&port_of_entry(Some(PVG_ZH))].into_iter().collect();
        let json = serde_json::to_string(&from_node).unwrap();
        assert_eq!(json, r#"{"PVG":{"name":"上海浦东国际机场"}}"#);
        assert_eq!(serde_json::from_str::<PlaceNames>(&json).unwrap(), from_node);
        // An entry without a name is no entry.
        assert_eq!(serde_json::from_str::<PlaceNames>(r#"{"PVG":{}}"#).unwrap(), PlaceNames::new());
        for bad in [
            r#"{"pvg":{"en":"Shanghai"}}"#,
            r#"{"PVG":{"en":""}}"#,
            r#"{"PVG":{"en":" Shanghai"}}"#,
            r#"{"PVG":{"fr":"Shanghai"}}"#,
        ] {
            assert!(serde_json::from_str::<PlaceNames>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn facts_serialize() {
        let shipment = shipment_at(Status::CustomsHeld(HoldReason::DutiesUnpaid));
        let json = serde_json::to_value(Notice::new(&shipment, at(4, 6)).facts()).unwrap();
        assert_eq!(json["status"], "customs_held:duties_unpaid");
        assert_eq!(json["problems"], serde_json::json!([{"customs_hold": "duties_unpaid"}]));
        assert_no_personal_data(&json.to_string());
    }
}

// ---------------------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any status, any instant, any window, any language, any question: a notice never panics,
    /// is deterministic and never shows personal data.
    #[test]
    fn notices_never_panic_or_leak(
        which in 0_usize..28,
        minutes in 0_i64..60 * 24 * 40,
        window in proptest::option::of((0_u32..40, 0_u32..10)),
        seller in any::<bool>(),
        limit in proptest::option::of(0_u16..20),
    ) {
        let status = every_status()[which % every_status().len()];
        let shipment = shipment_at(status);
        let now = at(1, 0) + Duration::minutes(minutes);
        let mut notice = Notice::new(&shipment, now);
        if let Some((start, len)) = window {
            let from = date(1) + chrono::Days::new(u64::from(start));
            notice = notice.with_window(DeliveryWindow::try_new(from, from + chrono::Days::new(u64::from(len))).unwrap());
        }
        if seller {
            notice = notice.with_channel(Channel::SellerShipped);
        }
        if let Some(days) = limit {
            notice = notice.with_leg_limit(0, days).with_leg_limit(1, days).with_customs_limit(days);
        }
        for lang in Lang::ALL {
            let text = notice.explain(*lang);
            prop_assert!(!text.is_empty());
            prop_assert_eq!(&notice.explain(*lang), &text);
            for secret in [NAME, PHONE, ID_NUMBER, STREET] {
                prop_assert!(!text.contains(secret));
            }
            for q in Question::ALL {
                let a = notice.answer(*q, *lang);
                prop_assert!(!a.is_empty());
                prop_assert!(!a.contains(PHONE) && !a.contains(NAME));
            }
        }
    }

    /// Any text: recognising a question never panics.
    #[test]
    fn recognise_never_panics(s in "\\PC{0,60}") {
        let _ = Question::recognise(&s);
        let _ = s.parse::<Lang>();
        let _ = s.parse::<TemplateKey>();
    }

    /// Any replacement either passes the check (and renders without panicking) or is refused.
    #[test]
    fn template_check_and_render(s in "[a-z{}_ 单号]{0,30}", key in 0_usize..60) {
        let key = TemplateKey::ALL[key % TemplateKey::ALL.len()];
        let mut t = Templates::new();
        if t.set(Lang::En, key, &s).is_ok() {
            let args: Vec<(&str, &str)> = key.placeholders().iter().map(|p| (*p, "X")).collect();
            let _ = t.render(Lang::En, key, &args);
        } else {
            prop_assert_eq!(t, Templates::new());
        }
    }
}
