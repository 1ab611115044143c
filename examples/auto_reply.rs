//! Buyer-question auto-reply: answers buyer messages about one parcel, or hands them to a
//! person.
//!
//! Usage:
//!
//! ```text
//! printf '用的什么快递？\nwhere is my package\n我要退款\n' | cargo run --example auto_reply
//! cargo run --example auto_reply -- --shipment shipment.json < messages.txt
//! ```
//!
//! Each line of standard input is one message (blank lines are skipped). The parcel is a
//! built-in sample (DHL eCommerce from Los Angeles to Shanghai, customs, SF Express to
//! Hangzhou; on its international leg), or the shipment in the JSON file given with
//! `--shipment` (the `serde` form of `crossborder::shipment::Shipment`: `{"route": …,
//! "events": […]}`). For each message it prints one JSON line:
//!
//! ```text
//! {"message":"用的什么快递？","intent":"carrier","confidence":"1.000","language":"zh-CN",
//!  "escalate":false,"answer":"目前由DHL电子商务承运，…","cues":["什么快递"]}
//! {"message":"我要退款","intent":"other","confidence":"0.000","language":"zh-CN",
//!  "escalate":true,"reasons":["person:refund","out_of_scope"],"summary":"【转人工】…","cues":["退款"]}
//! ```
//!
//! (each on one line): `answer` is absent when the message is escalated, and `reasons` and
//! `summary` (for the human agent) are present instead. With empty standard input it prints
//! nothing and exits 0.
// This program's output is its purpose: it prints JSON lines to standard output.
#![allow(clippy::print_stdout)]

use std::io::{BufRead, Write};
use std::process::ExitCode;

use crossborder::reply::{AutoReply, Reply, sample_shipment};
use crossborder::shipment::Shipment;
use serde_json::{Map, Value, json};

fn to_json(message: &str, reply: &Reply) -> Value {
    let r = reply.recognition();
    let mut line = Map::new();
    line.insert("message".into(), json!(message));
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

fn load_shipment(args: &[String]) -> Result<Shipment, String> {
    match args {
        [] => sample_shipment().map_err(|e| format!("sample shipment: {e}")),
        [flag, path] if flag == "--shipment" => read_shipment(path),
        _ => Err("usage: auto_reply [--shipment FILE] < messages (one per line)".into()),
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
    let shipment = match load_shipment(&args) {
        Ok(shipment) => shipment,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let bot = AutoReply::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let message = line.trim();
        if message.is_empty() {
            continue;
        }
        let reply = bot.reply(message, &shipment);
        if writeln!(out, "{}", to_json(message, &reply)).is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
