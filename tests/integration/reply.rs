//! Buyer-question auto-reply: the labelled test set (tuning part and held-out part), answers
//! checked against shipments at every status on three kinds of route, escalation, entities,
//! round trips and invariants.
//!
//! The test set (`tests/data/reply/`) was written for this crate before the lexicon was tuned;
//! `messages.tsv` is the tuning part, `holdout.tsv` (a fifth of the messages) was not looked at
//! while tuning. Its format: `intent<TAB>escalate<TAB>message`, where `escalate` is `0` (an
//! answer with that intent is expected), `1` (must go to a person, any reason) or a topic name
//! (must go to a person because of that topic).
// Helpers below may unwrap: clippy's `allow-unwrap-in-tests` only sees `cfg(test)` modules.
#![cfg(test)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use crossborder::carrier::{Carrier, TrackingNumber};
use crossborder::geo::Country;
use crossborder::notice::{DeliveryWindow, Lang, Notice, PlaceNames, TemplateKey, Templates};
use crossborder::reply::{
    AutoReply, Confidence, CueTarget, EscalationReason, Intent, Lexicon, OrderNumber, Outcome,
    PersonalDataKind, Topic, sample_now, sample_shipment,
};
use crossborder::shipment::{
    CustomsMode, EventKind, ExceptionReason, HoldReason, Leg, Location, Route, Shipment, Status,
    TrackingEvent,
};
use crossborder::warehouse::TransportMode;
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// The labelled test set

/// What a labelled message expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// An answer with the labelled intent.
    Answer,
    /// Escalation, any reason.
    Escalate,
    /// Escalation because of this topic.
    Person(Topic),
}

struct Labelled {
    line: usize,
    intent: Intent,
    expect: Expect,
    message: String,
}

fn load(text: &str) -> Vec<Labelled> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(intent), Some(expect), Some(message)) =
            (parts.next(), parts.next(), parts.next())
        else {
            panic!("line {}: expected intent<TAB>escalate<TAB>message", i + 1);
        };
        let intent: Intent = intent.parse().unwrap();
        let expect = match expect {
            "0" => Expect::Answer,
            "1" => Expect::Escalate,
            topic => Expect::Person(topic.parse().unwrap()),
        };
        out.push(Labelled { line: i + 1, intent, expect, message: message.to_owned() });
    }
    out
}

#[derive(Debug, Default)]
struct Score {
    messages: usize,
    in_scope: usize,
    /// Right intent and answered.
    answered_right: usize,
    /// Right intent, answered or not.
    intent_right: usize,
    must_escalate: usize,
    escalated: usize,
    with_topic: usize,
    topic_right: usize,
    failures: Vec<String>,
}

impl Score {
    fn per_mille(part: usize, whole: usize) -> usize {
        (part * 1000).checked_div(whole).unwrap_or(1000)
    }

    fn summary(&self, name: &str) -> String {
        format!(
            "{name}: {} messages; in scope {}: answered with the right intent {} ({}‰), right intent {} ({}‰); out of scope or needs a person {}: escalated {}; topic found {}/{}",
            self.messages,
            self.in_scope,
            self.answered_right,
            Self::per_mille(self.answered_right, self.in_scope),
            self.intent_right,
            Self::per_mille(self.intent_right, self.in_scope),
            self.must_escalate,
            self.escalated,
            self.topic_right,
            self.with_topic
        )
    }
}

fn score(set: &[Labelled]) -> Score {
    let bot = AutoReply::new();
    let shipment = sample_shipment().unwrap();
    let notice = Notice::new(&shipment, sample_now());
    let mut s = Score { messages: set.len(), ..Score::default() };
    for m in set {
        let reply = bot.reply(&m.message, &notice);
        let r = reply.recognition();
        let cues: Vec<String> =
            r.cues().iter().map(|c| format!("{}→{}", c.pattern(), c.target())).collect();
        if m.expect == Expect::Answer {
            s.in_scope += 1;
            let right = r.intent() == m.intent;
            s.intent_right += usize::from(right);
            s.answered_right += usize::from(right && !reply.is_escalated());
            if !right || reply.is_escalated() {
                s.failures.push(format!(
                    "line {}: expected {} got {} ({}), escalation {:?}, cues {cues:?}: {}",
                    m.line,
                    m.intent,
                    r.intent(),
                    r.confidence(),
                    reply.escalation().map(|e| e.reasons().to_vec()),
                    m.message
                ));
            }
            continue;
        }
        s.must_escalate += 1;
        s.escalated += usize::from(reply.is_escalated());
        if !reply.is_escalated() {
            s.failures.push(format!(
                "line {}: answered but must escalate: {} ({}), cues {cues:?}: {}",
                m.line,
                r.intent(),
                r.confidence(),
                m.message
            ));
        }
        if let Expect::Person(topic) = m.expect {
            s.with_topic += 1;
            if r.topics().contains(&topic) {
                s.topic_right += 1;
            } else {
                s.failures.push(format!(
                    "line {}: topic {topic} not found (topics {:?}): {}",
                    m.line,
                    r.topics(),
                    m.message
                ));
            }
        }
    }
    s
}

fn assert_done_when(s: &Score) {
    assert!(
        Score::per_mille(s.answered_right, s.in_scope) >= 950,
        "fewer than 95% of in-scope messages answered with the right intent"
    );
    assert_eq!(
        s.escalated, s.must_escalate,
        "an out-of-scope or needs-a-person message was answered"
    );
}

/// The tuning part: the lexicon was tuned while looking at these messages. Failures are
/// printed with their cues.
#[test]
fn tuning_set_accuracy() {
    let set = load(include_str!("../data/reply/messages.tsv"));
    let s = score(&set);
    for f in &s.failures {
        println!("{f}");
    }
    println!("{}", s.summary("tuning part"));
    assert_done_when(&s);
}

/// The held-out part: only the figures are printed, never the messages, so that tuning does
/// not look at them.
#[test]
fn held_out_set_accuracy() {
    let set = load(include_str!("../data/reply/holdout.tsv"));
    let s = score(&set);
    println!("{}", s.summary("held-out part"));
    assert_done_when(&s);
}

#[test]
fn test_set_is_large_varied_and_split() {
    let tuning = load(include_str!("../data/reply/messages.tsv"));
    let held = load(include_str!("../data/reply/holdout.tsv"));
    let total = tuning.len() + held.len();
    assert!(total >= 300, "{total} messages");
    // The held-out part is about a fifth of the whole.
    assert!(held.len() * 100 >= total * 18, "{} of {total} held out", held.len());
    let all: Vec<&Labelled> = tuning.iter().chain(&held).collect();
    let han = |m: &&Labelled| m.message.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let latin = |m: &&Labelled| m.message.chars().any(|c| c.is_ascii_alphabetic());
    // Both languages, mixed messages, Traditional characters, full-width text.
    assert!(all.iter().filter(|m| han(m)).count() > 150);
    assert!(all.iter().filter(|m| latin(m) && !han(m)).count() > 100);
    assert!(all.iter().filter(|m| han(m) && latin(m)).count() > 10);
    assert!(all.iter().filter(|m| m.message.contains(['麼', '單', '還', '關', '稅'])).count() > 20);
    assert!(all.iter().any(|m| m.message.contains('ｗ')));
    // Every intent, every topic that needs a person.
    for intent in Intent::ALL {
        assert!(all.iter().filter(|m| m.intent == *intent).count() >= 10, "{intent}");
    }
    for topic in Topic::ALL {
        assert!(all.iter().any(|m| m.expect == Expect::Person(*topic)), "{topic}");
    }
    // No message appears twice, and none is in both parts.
    let mut seen = std::collections::HashSet::new();
    for m in &all {
        assert!(seen.insert(m.message.as_str()), "duplicate message: {}", m.message);
    }
}

// ---------------------------------------------------------------------------------------------
// Shipments at every status

fn at(step: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 7, 6, 0, 0, 0).single().unwrap()
        + chrono::Duration::hours(i64::from(step) * 7)
}

fn place(name: &str, country: Country) -> Location {
    Location::place(name, country).unwrap()
}

/// The buyer's district: personal data an answer must never print.
const BUYER_PLACE: &str = "Hangzhou Xihu district 88 Wensan Road";

/// Direct purchase (9610): DHL eCommerce to Shanghai, customs, SF Express.
fn direct_route() -> Route {
    direct_route_via(
        place("Los Angeles gateway", Country::US),
        place("Shanghai Pudong port of entry", Country::CN),
    )
}

/// The direct-purchase route from `origin` through the port of entry `pvg`.
fn direct_route_via(origin: Location, pvg: Location) -> Route {
    let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494").unwrap();
    let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739").unwrap();
    Route::try_new(
        CustomsMode::DirectPurchase,
        vec![
            Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air, origin, pvg.clone(), dhl)
                .unwrap(),
            Leg::try_new(
                Carrier::SfExpress,
                TransportMode::Road,
                pvg,
                place(BUYER_PLACE, Country::CN),
                sf,
            )
            .unwrap(),
        ],
        1,
    )
    .unwrap()
}

/// Postal articles: Japan Post EMS, one S10 number end to end, China Post after customs.
fn postal_route() -> Route {
    let ems = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP").unwrap();
    let office = place("Shanghai international mail office", Country::CN);
    Route::builder(CustomsMode::PostalArticles)
        .leg(
            Leg::try_new(
                Carrier::JapanPost,
                TransportMode::Postal,
                place("Tokyo international post office", Country::JP),
                office.clone(),
                ems,
            )
            .unwrap(),
        )
        .clearance()
        .leg(
            Leg::try_new(
                Carrier::ChinaPost,
                TransportMode::Postal,
                office,
                place(BUYER_PLACE, Country::CN),
                ems,
            )
            .unwrap(),
        )
        .build()
        .unwrap()
}

/// Bonded import (1210): cleared in the bonded warehouse, then one SF Express leg.
fn bonded_route() -> Route {
    let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739").unwrap();
    Route::try_new(
        CustomsMode::BondedImport,
        vec![
            Leg::try_new(
                Carrier::SfExpress,
                TransportMode::Road,
                place("Ningbo bonded warehouse", Country::CN),
                place(BUYER_PLACE, Country::CN),
                sf,
            )
            .unwrap(),
        ],
        0,
    )
    .unwrap()
}

/// Event scripts reaching every status: (name, events as (leg, kind)); `intl` is the first
/// leg, `dom` the last, and `two_legs` whether the route has an international leg.
fn scripts(two_legs: bool) -> Vec<(String, Vec<(usize, EventKind)>)> {
    use EventKind as K;
    let dom = usize::from(two_legs);
    let mut before_customs = vec![(0, K::LabelCreated)];
    if two_legs {
        before_customs.extend([(0, K::PickedUp), (0, K::InTransit), (0, K::ArrivedInDestination)]);
    }
    let processing = [before_customs.clone(), vec![(0, K::CustomsProcessing)]].concat();
    let released = [processing.clone(), vec![(0, K::CustomsReleased)]].concat();
    let handed = if two_legs {
        [released.clone(), vec![(0, K::HandedOff)]].concat()
    } else {
        released.clone()
    };
    let picked = [handed.clone(), vec![(dom, K::PickedUp)]].concat();
    let moving = [picked.clone(), vec![(dom, K::InTransit)]].concat();
    let out = [moving.clone(), vec![(dom, K::OutForDelivery)]].concat();
    let mut all: Vec<(String, Vec<(usize, EventKind)>)> = vec![
        ("pending".into(), vec![]),
        ("label".into(), vec![(0, K::LabelCreated)]),
        ("processing".into(), processing.clone()),
        ("released".into(), released.clone()),
        ("picked_domestic".into(), picked),
        ("moving_domestic".into(), moving.clone()),
        ("out_for_delivery".into(), out.clone()),
        ("attempt_failed".into(), [out.clone(), vec![(dom, K::DeliveryAttemptFailed)]].concat()),
        (
            "pickup_point".into(),
            [out.clone(), vec![(dom, K::DeliveryAttemptFailed), (dom, K::AvailableForPickup)]]
                .concat(),
        ),
        ("delivered".into(), [out.clone(), vec![(dom, K::Delivered)]].concat()),
        ("returning".into(), [moving.clone(), vec![(dom, K::ReturningToSender)]].concat()),
        (
            "returned".into(),
            [moving.clone(), vec![(dom, K::ReturningToSender), (dom, K::Returned)]].concat(),
        ),
        ("lost".into(), [moving.clone(), vec![(dom, K::Lost)]].concat()),
        ("cancelled".into(), vec![(0, K::LabelCreated), (0, K::Cancelled)]),
        ("seized".into(), [processing.clone(), vec![(0, K::SeizedByCustoms)]].concat()),
    ];
    if two_legs {
        all.push(("picked_international".into(), vec![(0, K::LabelCreated), (0, K::PickedUp)]));
        all.push((
            "moving_international".into(),
            vec![(0, K::LabelCreated), (0, K::PickedUp), (0, K::InTransit)],
        ));
        all.push(("arrived".into(), before_customs.clone()));
        all.push(("handed_off".into(), handed));
        all.push((
            "lost_international".into(),
            vec![(0, K::LabelCreated), (0, K::PickedUp), (0, K::Lost)],
        ));
    }
    for reason in HoldReason::ALL {
        all.push((
            format!("held_{reason}"),
            [processing.clone(), vec![(0, K::CustomsHeld(*reason))]].concat(),
        ));
    }
    for reason in ExceptionReason::ALL {
        all.push((
            format!("exception_domestic_{reason}"),
            [moving.clone(), vec![(dom, K::Exception(*reason))]].concat(),
        ));
        if two_legs {
            all.push((
                format!("exception_international_{reason}"),
                vec![(0, K::LabelCreated), (0, K::PickedUp), (0, K::Exception(*reason))],
            ));
        }
    }
    all
}

fn shipments() -> Vec<(String, Shipment)> {
    let mut out = Vec::new();
    for (route_name, route, two_legs) in [
        ("direct", direct_route(), true),
        ("postal", postal_route(), true),
        ("bonded", bonded_route(), false),
    ] {
        for (name, events) in scripts(two_legs) {
            let mut shipment = Shipment::new(route.clone());
            for (step, (leg, kind)) in events.into_iter().enumerate() {
                let leg = route.legs()[leg].primary();
                shipment
                    .apply(TrackingEvent::new(at(u32::try_from(step).unwrap()), leg, kind))
                    .unwrap_or_else(|e| panic!("{route_name} {name}: {e}"));
            }
            out.push((format!("{route_name}/{name}"), shipment));
        }
    }
    out
}

/// One question per intent and language.
const QUESTIONS: &[(Intent, &str, &str)] = &[
    (Intent::Carrier, "用的什么快递？", "Which courier has my parcel?"),
    (Intent::Whereabouts, "我的包裹到哪了？", "Where is my package?"),
    (Intent::TrackingChanged, "为什么单号变了？", "Why did my tracking number change?"),
    (Intent::Customs, "清关了吗？", "Has it cleared customs?"),
    (Intent::Tax, "要交税吗？", "Do I have to pay import tax?"),
    (Intent::DeliveryTime, "什么时候到？", "When will it arrive?"),
    (Intent::Delay, "怎么还没到？", "Why is it so late?"),
];

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Phrases that say a carrier holds, carries or delivered the parcel (the notice's stage and
/// carrier lines).
fn holding_phrases(carrier: Carrier) -> Vec<String> {
    let zh = carrier.name_zh().unwrap_or(carrier.name_en());
    let en = carrier.name_en();
    vec![
        format!("现在承运的快递：{zh}"),
        format!("{zh}已揽收"),
        format!("正在由{zh}运往"),
        format!("已交给{zh}"),
        format!("{zh}的快递员"),
        format!("已由{zh}"),
        format!("交给{zh}派送，{zh}使用"),
        format!("Carrier now: {en}"),
        format!("{en} has collected"),
        format!("with {en}."),
        format!("handed to {en}"),
        format!("{en} is out delivering"),
        format!("{en} tried to deliver"),
        format!("{en} has left"),
        format!("{en} delivered"),
        format!("{en} took over"),
    ]
}

/// The notice asks at one hour after the last event (or at the start for a shipment without
/// one), with a delivery window.
fn notice(shipment: &Shipment) -> Notice<'_> {
    let now = shipment.last_event().map_or(at(0), |e| e.at() + chrono::Duration::hours(1));
    let window = DeliveryWindow::try_new(
        NaiveDate::from_ymd_opt(2026, 7, 14).unwrap(),
        NaiveDate::from_ymd_opt(2026, 7, 17).unwrap(),
    )
    .unwrap();
    Notice::new(shipment, now).with_window(window)
}

/// The checks every answer passes: language, no personal data, no contradiction with the
/// state.
fn check_answer(name: &str, shipment: &Shipment, intent: Intent, lang: Lang, answer: &str) {
    let status = shipment.status();
    let released = shipment.milestones_passed().contains(&Status::CustomsReleased);
    let route = shipment.route();
    let domestic = route.legs().get(route.clearance_before()).map(Leg::carrier);
    let international = route.legs()[0].carrier();
    let ctx = format!("{name} ({status}) {intent} {lang}: {answer}");
    // The question's language.
    assert_eq!(has_han(answer), lang == Lang::ZhCn, "{ctx}");
    // Never personal data: the buyer's place is on the route, never in an answer.
    assert!(!answer.contains(BUYER_PLACE) && !answer.contains("Wensan"), "{ctx}");
    // A delivered parcel is never on its way.
    if status == Status::Delivered {
        for phrase in [
            "on its way",
            "out delivering",
            "will deliver",
            "Expected delivery",
            "运往",
            "途中",
            "正在派送",
            "预计送达",
            "将由",
        ] {
            assert!(!answer.contains(phrase), "{ctx} has {phrase:?}");
        }
        assert!(answer.contains("签收") || answer.contains("delivered the parcel"), "{ctx}");
    }
    // Before customs release the domestic carrier does not hold the parcel (on the
    // postal route the domestic operator differs from the international one; on the
    // bonded route the one carrier takes the parcel only after release).
    let single_leg = route.legs().len() == 1;
    if !released
        && let Some(domestic) = domestic
        && (domestic != international || single_leg)
    {
        for phrase in holding_phrases(domestic) {
            assert!(!answer.contains(&phrase), "{ctx} has {phrase:?}");
        }
    }
    // After the hand-off the international carrier no longer holds it.
    if shipment.current_leg() > 0 && route.legs()[1].carrier() != international {
        for phrase in holding_phrases(international) {
            assert!(!answer.contains(&phrase), "{ctx} has {phrase:?}");
        }
    }
    // A customs hold is named as such, and so is a loss.
    if let Status::CustomsHeld(_) = status
        && matches!(
            intent,
            Intent::Whereabouts | Intent::Customs | Intent::Delay | Intent::DeliveryTime
        )
    {
        assert!(answer.contains("暂扣") || answer.contains("holding"), "{ctx}");
    }
    if status == Status::Lost {
        assert!(answer.contains("丢失") || answer.contains("lost"), "{ctx}");
    }
    // A finished journey is said in every answer.
    if status.is_terminal() && status != Status::Delivered {
        let said = ["退回", "丢失", "取消", "没收", "returned", "lost", "cancelled", "seized"]
            .iter()
            .any(|w| answer.contains(w));
        assert!(said, "{ctx}");
    }
    // The delivery window is given only for a parcel still on its way, and only
    // where the question is about progress.
    let promised = answer.contains("2026年7月14日") || answer.contains("14 July 2026");
    let progress = matches!(intent, Intent::Whereabouts | Intent::DeliveryTime | Intent::Delay);
    assert_eq!(promised, progress && !status.is_terminal(), "{ctx}");
}

#[test]
fn answers_at_every_status_never_contradict_the_state() {
    let bot = AutoReply::new();
    let shipments = shipments();
    assert!(shipments.len() > 60);
    let mut statuses = std::collections::HashSet::new();
    for (name, shipment) in &shipments {
        statuses.insert(shipment.status().name());
        let notice = notice(shipment);
        for &(intent, zh, en) in QUESTIONS {
            for (lang, question) in [(Lang::ZhCn, zh), (Lang::En, en)] {
                let reply = bot.reply(question, &notice);
                let r = reply.recognition();
                assert_eq!((r.intent(), r.language()), (intent, lang), "{question}");
                let answer =
                    reply.answer().unwrap_or_else(|| panic!("{name}: {question} escalated"));
                check_answer(name, shipment, intent, lang, answer);
            }
        }
    }
    // Every status of the state machine was reached.
    for expected in [
        "pending",
        "label_created",
        "picked_up",
        "in_transit",
        "arrived_in_destination",
        "customs_processing",
        "customs_held",
        "customs_released",
        "handed_off",
        "out_for_delivery",
        "delivery_attempt_failed",
        "available_for_pickup",
        "delivered",
        "exception",
        "returning_to_sender",
        "returned",
        "lost",
        "cancelled",
        "seized_by_customs",
    ] {
        assert!(statuses.contains(expected), "{expected} not reached");
    }
}

#[test]
fn tracking_changed_answer_follows_the_hand_off() {
    let bot = AutoReply::new();
    let by_name: std::collections::HashMap<String, Shipment> = shipments().into_iter().collect();
    // Before the hand-off: the number has not changed; SF's number comes after release.
    let before = bot.reply("为什么单号变了", &notice(&by_name["direct/moving_international"]));
    let text = before.answer().unwrap();
    assert!(text.starts_with("单号目前还没有变") && text.contains("SF1385628716739"), "{text}");
    // After: old and new numbers.
    let after =
        bot.reply("why did my tracking number change", &notice(&by_name["direct/moving_domestic"]));
    let text = after.answer().unwrap();
    assert!(text.contains("GM2951173225174494") && text.contains("SF1385628716739"), "{text}");
    assert!(text.contains("SF Express took over"), "{text}");
    // Postal: one S10 number end to end.
    let postal = bot.reply("单号怎么变了", &notice(&by_name["postal/moving_domestic"]));
    assert!(postal.answer().unwrap().contains("运单号 EB123456785JP 保持不变"));
}

/// A route built from network nodes (as `Route::clearance_district` needs): the answers name
/// the port of entry when the notice has the names, and keep its code without them.
#[test]
fn answers_name_the_nodes_the_notice_has_names_for() {
    let route = direct_route_via(
        Location::node("ONT8".parse().unwrap()),
        Location::node("PVG".parse().unwrap()),
    );
    let dhl = route.legs()[0].primary();
    let mut shipment = Shipment::new(route);
    for (step, kind) in [
        EventKind::PickedUp,
        EventKind::ArrivedInDestination,
        EventKind::CustomsHeld(HoldReason::Inspection),
    ]
    .into_iter()
    .enumerate()
    {
        shipment.apply(TrackingEvent::new(at(u32::try_from(step).unwrap()), dhl, kind)).unwrap();
    }
    let names = PlaceNames::new()
        .with("PVG".parse().unwrap(), Lang::ZhCn, "上海浦东国际机场".parse().unwrap())
        .with(
            "PVG".parse().unwrap(),
            Lang::En,
            "Shanghai Pudong International Airport".parse().unwrap(),
        );
    let bot = AutoReply::new();
    let plain = notice(&shipment);
    let with_names = notice(&shipment).with_place_names(&names);
    let first = |message: &str, notice: &Notice<'_>| {
        bot.reply(message, notice).answer().unwrap().lines().next().unwrap().to_owned()
    };
    assert_eq!(first("我的包裹到哪了？", &plain), "包裹在PVG被海关暂扣：海关正在对包裹进行查验。");
    assert_eq!(
        first("我的包裹到哪了？", &with_names),
        "包裹在上海浦东国际机场被海关暂扣：海关正在对包裹进行查验。"
    );
    assert_eq!(
        first("Where is my package?", &with_names),
        "Customs at Shanghai Pudong International Airport is holding the parcel: it has been selected for inspection."
    );
    assert_eq!(
        bot.reply("为什么单号变了？", &with_names).answer().unwrap(),
        "单号目前还没有变。DHL电子商务把包裹运到上海浦东国际机场、海关放行后，会交给顺丰速运派送，届时运单号会变为 SF1385628716739。"
    );
    assert_eq!(
        bot.reply("Why did my tracking number change?", &plain).answer().unwrap(),
        "The number has not changed yet. Once DHL eCommerce brings the parcel to PVG and customs releases it, SF Express will deliver it under the new number SF1385628716739."
    );
    // The customs answer ends with the stage, named too.
    let customs = bot.reply("清关了吗？", &with_names);
    let text = customs.answer().unwrap();
    assert!(
        text.lines().any(|l| l == "包裹在上海浦东国际机场被海关暂扣：海关正在对包裹进行查验。"),
        "{text}"
    );
    assert!(!text.contains("PVG"), "{text}");
}

#[test]
fn carrier_answer_names_the_holder_and_the_next_carrier() {
    let bot = AutoReply::new();
    let by_name: std::collections::HashMap<String, Shipment> = shipments().into_iter().collect();
    let text = bot
        .reply("which courier?", &notice(&by_name["direct/moving_international"]))
        .answer()
        .unwrap()
        .to_owned();
    assert!(text.starts_with("Carrier now: DHL eCommerce"), "{text}");
    // At customs the next carrier is named as the one that will deliver.
    let text = bot
        .reply("which courier?", &notice(&by_name["direct/processing"]))
        .answer()
        .unwrap()
        .to_owned();
    assert!(text.contains("After customs release SF Express will deliver it"), "{text}");
    // A bonded parcel under clearance is not yet with SF Express.
    let text =
        bot.reply("哪家快递", &notice(&by_name["bonded/processing"])).answer().unwrap().to_owned();
    assert!(text.contains("承运快递：顺丰速运，运单号 SF1385628716739，揽收后可在"), "{text}");
    let text = bot
        .reply("用的什么快递", &notice(&by_name["direct/out_for_delivery"]))
        .answer()
        .unwrap()
        .to_owned();
    assert!(text.starts_with("现在承运的快递：顺丰速运，运单号 SF1385628716739"), "{text}");
    assert!(text.contains("此前承运：DHL电子商务"), "{text}");
    // A finished journey opens with its outcome.
    let text = bot
        .reply("用的什么快递", &notice(&by_name["direct/delivered"]))
        .answer()
        .unwrap()
        .to_owned();
    assert!(text.starts_with("包裹已由顺丰速运于"), "{text}");
}

#[test]
fn customs_and_tax_answers_follow_the_customs_mode_and_state() {
    let bot = AutoReply::new();
    let by_name: std::collections::HashMap<String, Shipment> = shipments().into_iter().collect();
    // CBEC composite tax (财关税〔2018〕49号): duty 0%, VAT and consumption tax at 70%.
    let cbec = bot
        .reply("要交税吗", &notice(&by_name["direct/moving_international"]))
        .answer()
        .unwrap()
        .to_owned();
    assert!(cbec.contains("9610") && cbec.contains("70%") && cbec.contains("26000"), "{cbec}");
    let bonded =
        bot.reply("要交税吗", &notice(&by_name["bonded/processing"])).answer().unwrap().to_owned();
    assert!(bonded.contains("1210"), "{bonded}");
    // Postal articles tax: 50 CNY or less waived (海关总署公告2010年第43号).
    let postal = bot
        .reply("do I need to pay duties?", &notice(&by_name["postal/moving_international"]))
        .answer()
        .unwrap()
        .to_owned();
    assert!(postal.contains("50 CNY or less is waived"), "{postal}");
    // Duties unpaid: the hold and what to do.
    let unpaid = bot
        .reply("要交税吗", &notice(&by_name["direct/held_duties_unpaid"]))
        .answer()
        .unwrap()
        .to_owned();
    assert!(unpaid.contains("进口税款尚未缴纳") && unpaid.contains("请按通知缴纳"), "{unpaid}");
    // A customs question for a parcel not yet at customs says where it is.
    let text = bot
        .reply("卡在海关了吗", &notice(&by_name["direct/moving_international"]))
        .answer()
        .unwrap()
        .to_owned();
    assert!(text.ends_with("包裹正在由DHL电子商务运往中国的途中。"), "{text}");
    // …and for a released one, that it has left customs.
    let text = bot
        .reply("has it cleared customs", &notice(&by_name["direct/moving_domestic"]))
        .answer()
        .unwrap()
        .to_owned();
    assert!(text.ends_with("The parcel is on its way to you with SF Express."), "{text}");
}

#[test]
fn replaceable_templates() {
    let bot = AutoReply::new().with_templates(
        Templates::new()
            .with(Lang::ZhCn, TemplateKey::CarrierNow, "快递：{carrier} {number}")
            .unwrap(),
    );
    let shipment = sample_shipment().unwrap();
    let reply = bot.reply("哪家快递", &Notice::new(&shipment, sample_now()));
    assert!(reply.answer().unwrap().starts_with("快递：DHL电子商务 GM2951173225174494"));
}

// ---------------------------------------------------------------------------------------------
// Escalation

#[test]
fn needs_a_person_is_escalated_with_a_summary() {
    let bot = AutoReply::new();
    let shipment = sample_shipment().unwrap();
    let notice = Notice::new(&shipment, sample_now());
    for (message, topic) in [
        ("包裹破损了，我要退款", Topic::Refund),
        ("包裹破损了，我要退款", Topic::Damaged),
        ("再不处理我就去消协投诉", Topic::Legal),
        ("I will sue you", Topic::Legal),
        ("you sent me the wrong item", Topic::WrongItem),
        ("it says delivered but I never got it", Topic::NotReceived),
        ("转人工", Topic::Human),
        ("please cancel my order", Topic::Cancel),
    ] {
        let reply = bot.reply(message, &notice);
        let e = reply.escalation().unwrap_or_else(|| panic!("{message} answered"));
        assert!(
            e.reasons().contains(&EscalationReason::NeedsPerson(topic)),
            "{message}: {:?}",
            e.reasons()
        );
        assert!(!e.summary().is_empty());
    }
    // Topics come most serious first.
    let r = bot.recognize("東西壞了，我要退款，不然就起訴");
    assert_eq!(r.topics(), [Topic::Legal, Topic::Refund, Topic::Damaged]);
}

#[test]
fn personal_data_is_escalated_and_masked_in_the_summary() {
    let bot = AutoReply::new();
    let shipment = sample_shipment().unwrap();
    let notice = Notice::new(&shipment, sample_now());
    let reply = bot.reply("身份证号11010519491231002X，电话13812345678，帮我清关", &notice);
    let e = reply.escalation().unwrap();
    assert!(e.reasons().contains(&EscalationReason::NeedsPerson(Topic::PersonalData)));
    let summary = e.summary();
    assert!(summary.contains("110105********002X") && summary.contains("138****5678"), "{summary}");
    assert!(
        !summary.contains("11010519491231002X") && !summary.contains("13812345678"),
        "{summary}"
    );
    let kinds: Vec<PersonalDataKind> = reply
        .recognition()
        .entities()
        .personal_data()
        .iter()
        .map(crossborder::reply::PersonalData::kind)
        .collect();
    assert_eq!(kinds, [PersonalDataKind::ResidentId, PersonalDataKind::Phone]);
}

#[test]
fn competing_out_of_scope_and_low_confidence_are_escalated() {
    let bot = AutoReply::new();
    let shipment = sample_shipment().unwrap();
    let notice = Notice::new(&shipment, sample_now());
    let reply = bot.reply("where is my package and do I need to pay tax", &notice);
    assert!(matches!(reply.escalation().unwrap().reasons(), [EscalationReason::Competing { .. }]));
    let reply = bot.reply("能开发票吗", &notice);
    assert_eq!(reply.escalation().unwrap().reasons(), [EscalationReason::OutOfScope]);
    assert_eq!(reply.recognition().confidence(), Confidence::try_from_per_mille(1000).unwrap());
    // One hint only: "慢" (slow) weighs 4, confidence 0.400.
    let reply = bot.reply("慢", &notice);
    assert_eq!(reply.recognition().intent(), Intent::Delay);
    assert_eq!(reply.recognition().confidence().per_mille(), 400);
    assert_eq!(reply.escalation().unwrap().reasons(), [EscalationReason::LowConfidence]);
    // Whereabouts, delivery time and delay are one family: they do not compete.
    let reply = bot.reply("到哪了？什么时候到？", &notice);
    assert!(reply.answer().is_some());
    // Empty and blank messages go to a person.
    for blank in ["", "   ", "？？？", "🙂"] {
        let reply = bot.reply(blank, &notice);
        assert_eq!(
            reply.escalation().unwrap().reasons(),
            [EscalationReason::OutOfScope],
            "{blank:?}"
        );
    }
}

#[test]
fn confidence_formula() {
    // min(top, 10) × 100 × top / (top + rival): "which courier" (10) with "customs" (6) of
    // another family → 1000 × 10 / 16 = 625.
    let r = AutoReply::new().recognize("which courier, customs");
    assert_eq!(r.intent(), Intent::Carrier);
    assert_eq!((r.score(Intent::Carrier), r.score(Intent::Customs)), (10, 6));
    assert_eq!(r.confidence().per_mille(), 625);
    assert_eq!(r.rival(), Some(Intent::Customs));
    // A lone medium cue: 6 × 100 = 600.
    assert_eq!(AutoReply::new().recognize("courier?").confidence().per_mille(), 600);
}

// ---------------------------------------------------------------------------------------------
// Entities, normalisation, custom lexicons

#[test]
fn entities_in_messages() {
    let bot = AutoReply::new();
    let r = bot
        .recognize("订单号：113-4567890-1234567，快递单号 ＳＦ１３８５６２８７１６７３９ 还没到");
    assert_eq!(r.entities().order_numbers()[0].as_str(), "113-4567890-1234567");
    assert_eq!(r.entities().tracking_numbers()[0].as_str(), "SF1385628716739");
    assert_eq!(r.intent(), Intent::Delay);
    let r = bot.recognize("EB 123 456 785 JP");
    assert_eq!(r.entities().tracking_numbers()[0].carrier(), Carrier::JapanPost);
    assert_eq!(r.intent(), Intent::Whereabouts);
    assert_eq!(r.cues()[0].pattern(), "[tracking number]");
    let r = bot.recognize("order 2468013579246801357");
    assert_eq!(r.entities().order_numbers()[0].as_str(), "2468013579246801357");
    assert!(r.entities().tracking_numbers().is_empty());
}

#[test]
fn spelling_spacing_and_script_do_not_change_the_intent() {
    let bot = AutoReply::new();
    for (a, b) in [
        ("为什么单号变了", "為什麼單號變了"),
        ("到哪了", "到 哪 了 ？"),
        ("where is my package", "ＷＨＥＲＥ　ＩＳ　ＭＹ　ＰＡＣＫＡＧＥ"),
        ("where is my package", "were is my pakage"),
        ("why did my tracking number change", "why did my trakcing number chnage"),
        ("it has not arrived", "it hasn't arrived"),
        ("清关了吗", "清關了嗎"),
    ] {
        assert_eq!(bot.recognize(a).intent(), bot.recognize(b).intent(), "{a} / {b}");
        assert!(bot.recognize(a).intent().is_in_scope());
    }
}

#[test]
fn custom_lexicon() {
    let lexicon = Lexicon::empty()
        .with_cue("到哪", CueTarget::Intent(Intent::Whereabouts), 10)
        .unwrap()
        .with_cue("保质期", CueTarget::Intent(Intent::Other), 10)
        .unwrap();
    let bot = AutoReply::with_lexicon(lexicon);
    assert_eq!(bot.recognize("到哪了").intent(), Intent::Whereabouts);
    assert_eq!(bot.recognize("保质期").intent(), Intent::Other);
    assert_eq!(bot.recognize("什么时候到").intent(), Intent::Other);
    assert!(Lexicon::empty().with_cue("到哪~", CueTarget::Neutral, 10).is_err());
}

// ---------------------------------------------------------------------------------------------
// Round trips and invariants

#[test]
fn codes_round_trip() {
    for intent in Intent::ALL {
        assert_eq!(intent.to_string().parse::<Intent>().unwrap(), *intent);
    }
    for topic in Topic::ALL {
        assert_eq!(topic.to_string().parse::<Topic>().unwrap(), *topic);
        let target = CueTarget::Topic(*topic);
        assert_eq!(target.to_string().parse::<CueTarget>().unwrap(), target);
        let reason = EscalationReason::NeedsPerson(*topic);
        assert_eq!(reason.to_string().parse::<EscalationReason>().unwrap(), reason);
    }
    for reason in [EscalationReason::OutOfScope, EscalationReason::LowConfidence] {
        assert_eq!(reason.to_string().parse::<EscalationReason>().unwrap(), reason);
    }
    assert!("competing:tax".parse::<EscalationReason>().is_err());
    assert!("person:weather".parse::<EscalationReason>().is_err());
}

#[cfg(feature = "serde")]
#[test]
fn serde_round_trips() {
    let values = (
        Intent::TrackingChanged,
        Topic::WrongItem,
        Confidence::try_from_per_mille(625).unwrap(),
        CueTarget::Topic(Topic::Legal),
        EscalationReason::Competing { first: Intent::Tax, second: Intent::Whereabouts },
        OrderNumber::try_new("113-4567890-1234567").unwrap(),
    );
    let json = serde_json::to_string(&values).unwrap();
    assert_eq!(
        json,
        r#"["tracking_changed","wrong_item","0.625","person:legal","competing:tax+whereabouts","113-4567890-1234567"]"#
    );
    let back: (Intent, Topic, Confidence, CueTarget, EscalationReason, OrderNumber) =
        serde_json::from_str(&json).unwrap();
    assert_eq!(back, values);
    assert!(serde_json::from_str::<Confidence>(r#""1.5""#).is_err());
    assert!(serde_json::from_str::<OrderNumber>(r#""12-34""#).is_err());
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug + PartialEq>() {}
    check::<AutoReply>();
    check::<Lexicon>();
    check::<crossborder::reply::Reply>();
    check::<crossborder::reply::Recognition>();
    check::<Outcome>();
    check::<crossborder::reply::Escalation>();
    check::<crossborder::reply::Cue>();
    check::<crossborder::reply::Entities>();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// No input panics, and the same message always gets the same reply.
    #[test]
    fn any_text_gets_a_deterministic_reply(message in "\\PC{0,80}") {
        let bot = AutoReply::new();
        let shipment = sample_shipment().unwrap();
        let notice = Notice::new(&shipment, sample_now());
        let a = bot.reply(&message, &notice);
        let b = bot.reply(&message, &notice);
        prop_assert_eq!(&a, &b);
        prop_assert!(a.recognition().confidence() <= Confidence::CERTAIN);
        prop_assert_eq!(a.answer().is_some(), !a.is_escalated());
    }

    /// Messages made of cue-like pieces, numbers and punctuation never panic either.
    #[test]
    fn mixed_pieces_never_panic(pieces in prop::collection::vec(prop::sample::select(vec![
        "到哪", "了", "单号", "变", "SF1385628716739", "113-4567890-1234567", "where", "is", "my",
        "tracking", "～", "~", "？", " ", "ｗｈｅｒｅ", "退款", "清關", "13812345678", "EB 123 456 785 JP",
        "-", "'", "customs", "duty",
    ]), 0..12)) {
        let message: String = pieces.concat();
        let shipment = sample_shipment().unwrap();
        let reply = AutoReply::new().reply(&message, &Notice::new(&shipment, sample_now()));
        if let Some(answer) = reply.answer() {
            prop_assert!(!answer.contains("13812345678"));
        }
    }

    /// ASCII case and full-width forms do not change the recognition.
    #[test]
    fn case_and_width_do_not_matter(message in "[a-zA-Z ?']{0,40}") {
        let bot = AutoReply::new();
        let lower = bot.recognize(&message.to_ascii_lowercase());
        let wide: String = message
            .to_ascii_uppercase()
            .chars()
            .map(|c| if c == ' ' { '\u{3000}' } else if c.is_ascii_graphic() { char::from_u32(u32::from(c) + 0xFEE0).unwrap() } else { c })
            .collect();
        let upper = bot.recognize(&wide);
        prop_assert_eq!(lower.intent(), upper.intent());
        prop_assert_eq!(lower.confidence(), upper.confidence());
    }

    #[test]
    fn confidence_round_trips(per_mille in 0u16..=1000) {
        let c = Confidence::try_from_per_mille(per_mille).unwrap();
        prop_assert_eq!(c.to_string().parse::<Confidence>().unwrap(), c);
    }

    #[test]
    fn order_numbers_round_trip(a in 0u32..1000, b in 0u32..10_000_000, c in 0u32..10_000_000) {
        let text = format!("{a:03}-{b:07}-{c:07}");
        let n: OrderNumber = text.parse().unwrap();
        prop_assert_eq!(n.to_string(), text);
        prop_assert!(n.is_amazon());
    }
}

// Regressions found by the fuzz targets (fuzz/README.md).

/// fuzz target `reply`, third finding: "in11010519491231002" is resident identity number
/// 11010519491231002X without its check character (which the 17 digits determine, GB 11643
/// MOD 11-2), with letters glued on; it was listed as a tracking number and repeated in the
/// summary. It is personal data: escalated, masked, never repeated.
#[test]
fn fuzz_an_identity_number_without_its_check_character_is_never_repeated() {
    let bot = AutoReply::new();
    let shipment = sample_shipment().unwrap();
    let notice = Notice::new(&shipment, sample_now());
    for message in ["in11010519491231002 包裹到哪了", "我的身份证11010519491231002，包裹到哪了"]
    {
        let reply = bot.reply(message, &notice);
        let e = reply.recognition().entities();
        assert!(e.tracking_numbers().is_empty(), "{message}: {e:?}");
        let escalation = reply.escalation().expect("personal data goes to a person");
        assert!(!escalation.summary().contains("11010519491231002"), "{}", escalation.summary());
        assert!(escalation.summary().contains("110105********002X"), "{}", escalation.summary());
    }
}

/// fuzz target `reply` (minimised): the second number was masked as personal data, but the first,
/// with a letter glued on, was listed as the YTO tracking number H13812345678, so the summary for
/// the agent repeated the phone number in full. A letter and a mobile number ("V13812345678", as
/// WeChat contacts are written) is personal data: escalated, masked, never repeated.
#[test]
fn fuzz_a_letter_glued_to_a_mobile_number_is_never_repeated() {
    let bot = AutoReply::new();
    let shipment = sample_shipment().unwrap();
    let notice = Notice::new(&shipment, sample_now());
    for message in [
        "电话h13812345678，电话13812345678，包裹到哪了",
        "加V13812345678 包裹到哪了",
        // Second finding: "CN" and a mobile number fit DHL eCommerce's unverified shape (a
        // prefix and a free run), so the number was listed as a DHL eCommerce tracking number
        // and repeated in full in the summary.
        "cnnnnnnnnnnnnnnnnnnnnnnnnn13812345678 包裹到哪了",
        "CN13812345678 包裹到哪了",
    ] {
        let reply = bot.reply(message, &notice);
        let e = reply.recognition().entities();
        assert!(e.tracking_numbers().is_empty(), "{message}: {e:?}");
        assert!(
            e.personal_data().iter().any(|p| p.kind() == PersonalDataKind::Phone),
            "{message}: {e:?}"
        );
        let escalation = reply.escalation().expect("personal data goes to a person");
        assert!(!escalation.summary().contains("13812345678"), "{}", escalation.summary());
        assert!(escalation.summary().contains("138****5678"), "{}", escalation.summary());
    }
}
