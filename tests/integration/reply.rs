//! Buyer-question auto-reply: the labelled test set (tuning part and held-out part), answers at
//! every status, escalation, entities, round trips.

use crossborder::reply::{AutoReply, Intent, Topic};

/// One labelled message.
struct Labelled {
    line: usize,
    intent: Intent,
    /// `None`: an answer is expected; `Some(None)`: escalation for any reason;
    /// `Some(Some(topic))`: escalation because of `topic`.
    escalate: Option<Option<Topic>>,
    message: String,
}

fn load(text: &str) -> Vec<Labelled> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(intent), Some(escalate), Some(message)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("line {}: expected intent<TAB>escalate<TAB>message", i + 1);
        };
        let intent: Intent = intent.parse().unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
        let escalate = match escalate {
            "0" => None,
            "1" => Some(None),
            topic => Some(Some(topic.parse().unwrap_or_else(|e| panic!("line {}: {e}", i + 1)))),
        };
        out.push(Labelled { line: i + 1, intent, escalate, message: message.to_owned() });
    }
    out
}

/// Accuracy figures of one part of the test set.
#[derive(Debug, Default)]
struct Score {
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

fn score(set: &[Labelled]) -> Score {
    let bot = AutoReply::new();
    let shipment = crossborder::reply::sample_shipment().unwrap();
    let mut s = Score::default();
    for m in set {
        let reply = bot.reply(&m.message, &shipment);
        let r = reply.recognition();
        match m.escalate {
            None => {
                s.in_scope += 1;
                let right = r.intent() == m.intent;
                s.intent_right += usize::from(right);
                s.answered_right += usize::from(right && !reply.is_escalated());
                if !right || reply.is_escalated() {
                    s.failures.push(format!(
                        "line {}: expected {} got {} ({}) escalated={:?} cues={:?} | {}",
                        m.line,
                        m.intent,
                        r.intent(),
                        r.confidence(),
                        reply.escalation().map(|e| e.reasons().to_vec()),
                        r.cues().iter().map(|c| (c.pattern(), c.target().to_string())).collect::<Vec<_>>(),
                        m.message
                    ));
                }
            }
            Some(topic) => {
                s.must_escalate += 1;
                s.escalated += usize::from(reply.is_escalated());
                if !reply.is_escalated() {
                    s.failures.push(format!(
                        "line {}: ANSWERED but must escalate: {} ({}) cues={:?} | {}",
                        m.line,
                        r.intent(),
                        r.confidence(),
                        r.cues().iter().map(|c| c.pattern()).collect::<Vec<_>>(),
                        m.message
                    ));
                }
                if let Some(topic) = topic {
                    s.with_topic += 1;
                    if r.topics().contains(&topic) {
                        s.topic_right += 1;
                    } else {
                        s.failures.push(format!(
                            "line {}: topic {topic} not found (topics {:?}) | {}",
                            m.line,
                            r.topics(),
                            m.message
                        ));
                    }
                }
            }
        }
    }
    s
}

fn per_mille(part: usize, whole: usize) -> usize {
    if whole == 0 { 1000 } else { part * 1000 / whole }
}

/// The tuning part: the lexicon was tuned while looking at these messages.
#[test]
fn tuning_set_accuracy() {
    let set = load(include_str!("../data/reply/messages.tsv"));
    assert!(set.len() >= 300, "{} messages", set.len());
    let s = score(&set);
    for f in &s.failures {
        println!("{f}");
    }
    println!(
        "tuning: {} messages; in scope {} answered with the right intent {} ({}‰), right intent {} ({}‰); must escalate {}, escalated {}; topic right {}/{}",
        set.len(),
        s.in_scope,
        s.answered_right,
        per_mille(s.answered_right, s.in_scope),
        s.intent_right,
        per_mille(s.intent_right, s.in_scope),
        s.must_escalate,
        s.escalated,
        s.topic_right,
        s.with_topic
    );
    assert!(per_mille(s.answered_right, s.in_scope) >= 950);
    assert_eq!(s.escalated, s.must_escalate, "an out-of-scope or needs-a-person message was answered");
}
