//! Buyer-question auto-reply: answers buyer messages about one parcel, or hands them to a
//! person.
//!
//! Usage:
//!
//! ```text
//! printf '用的什么快递？\nwhere is my package\n我要退款\n' | cargo run --example auto_reply
//! cargo run --example auto_reply -- --shipment shipment.json --now 2026-07-08T00:00:00Z < messages.txt
//! ```
//!
//! Each line of standard input is one message (blank lines are skipped). The parcel is a
//! built-in sample (DHL eCommerce from Los Angeles to Shanghai, customs, SF Express to
//! Hangzhou; on its international leg), or the shipment in the JSON file given with
//! `--shipment` (the `serde` form of `crossborder::shipment::Shipment`: `{"route": …,
//! "events": […]}`). The answers are for the instant `--now` (RFC 3339); by default the
//! sample's fixed instant (2026-07-08 00:00 UTC) for the sample, and the system clock for a
//! file. For each message it prints one JSON line:
//!
//! ```text
//! {"answer":"现在承运的快递：DHL电子商务，运单号 GM2951173225174494，…","confidence":"1.000",
//!  "cues":["什么快递"],"escalate":false,"intent":"carrier","language":"zh-CN","message":"用的什么快递？"}
//! {"confidence":"0.000","cues":["退款"],"escalate":true,"intent":"other","language":"zh-CN",
//!  "message":"我要退款","reasons":["person:refund","out_of_scope"],"summary":"【转人工】…"}
//! ```
//!
//! (each on one line): `answer` is absent when the message is escalated, and `reasons` and
//! `summary` (for the human agent) are present instead; `message` is absent when the message
//! carries personal data (an identity or phone number), which the summary shows masked. With empty standard input it prints
//! nothing and exits 0.
// This program's output is its purpose: it prints JSON lines to standard output.
#![allow(clippy::print_stdout)]

use std::io::{BufRead, Write};
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use crossborder::notice::Notice;
use crossborder::reply::{AutoReply, Reply, sample_now, sample_shipment};
use crossborder::shipment::Shipment;
use serde_json::{Map, Value, json};

fn to_json(message: &str, reply: &Reply) -> Value {
    let r = reply.recognition();
    let mut line = Map::new();
    // The message is echoed only when it carries no personal data (the bot keeps that masked).
    if r.entities().personal_data().is_empty() {
        line.insert("message".into(), json!(message));
    }
    line.insert("intent".into(), json!(r.intent().as_str()));
    line.insert("confidence".into(), json!(r.confidence().to_string()));
    line.insert("language".into(), json!(r.language().as_str()));
    line.insert("escalate".into(), json!(reply.is_escalated()));
    if let Some(answer) = reply.answer() {
        line.insert("answer".into(), json!(answer));
    }
    if let Some(escalation) = reply.escalation() {
        let reasons: Vec<String> = escalation.reasons().iter().map(ToString::to_string).collect();
        line.insert("reasons".into(), json!(reasons));
        line.insert("summary".into(), json!(escalation.summary()));
    }
    let cues: Vec<&str> = r.cues().iter().map(crossborder::reply::Cue::pattern).collect();
    line.insert("cues".into(), json!(cues));
    let e = r.entities();
    if !e.order_numbers().is_empty() {
        let orders: Vec<&str> =
            e.order_numbers().iter().map(crossborder::reply::OrderNumber::as_str).collect();
        line.insert("order_numbers".into(), json!(orders));
    }
    if !e.tracking_numbers().is_empty() {
        let numbers: Vec<Value> = e
            .tracking_numbers()
            .iter()
            .map(|n| json!({"number": n.as_str(), "carrier": n.carrier().as_str()}))
            .collect();
        line.insert("tracking_numbers".into(), json!(numbers));
    }
    Value::Object(line)
}

const USAGE: &str = "usage: auto_reply [--shipment FILE] [--now RFC3339] < messages (one per line)";

/// The shipment and the instant to answer at, from the arguments.
fn load(args: &[String]) -> Result<(Shipment, DateTime<Utc>), String> {
    let mut file: Option<&str> = None;
    let mut now: Option<DateTime<Utc>> = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or(USAGE)?;
        match flag.as_str() {
            "--shipment" => file = Some(value),
            "--now" => {
                let at = DateTime::parse_from_rfc3339(value)
                    .map_err(|e| format!("--now {value}: {e}"))?;
                now = Some(at.with_timezone(&Utc));
            }
            _ => return Err(USAGE.into()),
        }
    }
    match file {
        None => {
            let shipment = sample_shipment().map_err(|e| format!("sample shipment: {e}"))?;
            Ok((shipment, now.unwrap_or_else(sample_now)))
        }
        Some(path) => {
            let shipment = read_shipment(path)?;
            Ok((shipment, now.unwrap_or_else(|| DateTime::from(std::time::SystemTime::now()))))
        }
    }
}

#[cfg(feature = "serde")]
fn read_shipment(path: &str) -> Result<Shipment, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))
}

#[cfg(not(feature = "serde"))]
fn read_shipment(_path: &str) -> Result<Shipment, String> {
    Err("--shipment needs the crate's `serde` feature".into())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (shipment, now) = match load(&args) {
        Ok(loaded) => loaded,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let bot = AutoReply::new();
    let notice = Notice::new(&shipment, now);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let message = line.trim();
        if message.is_empty() {
            continue;
        }
        let reply = bot.reply(message, &notice);
        if writeln!(out, "{}", to_json(message, &reply)).is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
