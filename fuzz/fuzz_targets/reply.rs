//! Buyer messages (买家咨询): `reply::AutoReply::recognize` and `reply` on arbitrary text against
//! the sample shipment at three instants, `notice::Question::recognise`, and
//! `reply::OrderNumber::try_new` on each word.
//!
//! Properties checked:
//! - recognition is deterministic (the same message gives the same recognition);
//! - a message with personal data goes to a person, and neither the answer nor the escalation
//!   summary repeats a resident identity number or a mobile number of the message, alone or
//!   with letters glued to it (the module's "the bot never repeats it");
//! - the reply's recognition is the recognition of the message.
#![no_main]

use std::sync::OnceLock;

use chrono::{DateTime, TimeDelta, Utc};
use crossborder::notice::{Notice, Question};
use crossborder::party::{Phone, ResidentId};
use crossborder::reply::{AutoReply, OrderNumber, sample_now, sample_shipment};
use crossborder::shipment::Shipment;
use libfuzzer_sys::fuzz_target;

fn fixture() -> &'static (AutoReply, Shipment, DateTime<Utc>) {
    static FIXTURE: OnceLock<(AutoReply, Shipment, DateTime<Utc>)> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let shipment = sample_shipment().unwrap_or_else(|e| panic!("sample shipment: {e}"));
        (AutoReply::new(), shipment, sample_now())
    })
}

/// The identity and mobile numbers written in `message`: ASCII alphanumeric words, after
/// folding full-width forms as the module does, that are one (a run of digits inside a longer
/// code, such as `F13828716739` or `138123456783`, is a code, not a phone).
fn personal_numbers(message: &str) -> Vec<String> {
    let folded: String = message
        .chars()
        .map(|c| match u32::from(c) {
            0xFF01..=0xFF5E => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect();
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|run| {
            ResidentId::try_new(run).is_ok()
                || (run.len() == 11 && Phone::try_new(run).is_ok_and(|p| p.is_cn_mobile()))
        })
        .map(str::to_owned)
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let message = String::from_utf8_lossy(data);
    let message = message.as_ref();
    let (bot, shipment, now) = fixture();

    let recognition = bot.recognize(message);
    assert_eq!(bot.recognize(message), recognition, "recognition is not deterministic");
    let _ = (recognition.intent(), recognition.confidence(), recognition.language());
    let _ = (recognition.rival(), recognition.cues(), recognition.topics());
    let entities = recognition.entities();
    let _ = (entities.order_numbers(), entities.tracking_numbers(), entities.is_empty());
    let _ = bot.escalation_reasons(&recognition);
    // The shipment's own tracking numbers are printed in answers; a number that is part of
    // one of them is not the buyer's personal data.
    let known: Vec<String> =
        shipment.route().legs().iter().flat_map(|l| l.numbers()).map(ToString::to_string).collect();
    let secrets: Vec<String> = personal_numbers(message)
        .into_iter()
        .filter(|s| !known.iter().any(|k| k.contains(s.as_str())))
        .collect();

    for offset in [-10, 0, 20] {
        let notice = Notice::new(shipment, *now + TimeDelta::days(offset));
        let reply = bot.reply(message, &notice);
        assert_eq!(reply.recognition(), &recognition);
        if !entities.personal_data().is_empty() {
            assert!(reply.is_escalated(), "a message with personal data was answered");
        }
        let said = reply
            .answer()
            .map(str::to_owned)
            .or_else(|| reply.escalation().map(|e| e.summary().to_owned()))
            .unwrap_or_default();
        // A number printed as a word of its own, or with letters glued to it, repeats the
        // secret; a longer run of digits that contains it is another number.
        let letters = |w: &str| w.trim_matches(|c: char| c.is_ascii_alphabetic()).to_owned();
        for word in said.split(|c: char| !c.is_ascii_alphanumeric()) {
            for secret in &secrets {
                assert!(
                    word != secret && letters(word) != letters(secret),
                    "the reply repeats personal data: {said}"
                );
            }
        }
        if let Some(e) = reply.escalation() {
            assert!(!e.reasons().is_empty(), "an escalation without a reason");
        }
    }

    let _ = Question::recognise(message);
    for word in message.split_whitespace().take(16) {
        if let Ok(n) = OrderNumber::try_new(word) {
            let _ = (n.is_amazon(), format!("{n:?}"));
        }
    }
});
