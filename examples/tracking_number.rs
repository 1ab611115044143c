//! Which carrier has my parcel? Detects the carriers of tracking numbers.
//!
//! Usage:
//!
//! ```text
//! cargo run --example tracking_number -- 1Z5R89390357567127 "EV 008 712 571 CN" SF1385628716739
//! printf '73610555582883\n976186294981\n' | cargo run --example tracking_number
//! ```
//!
//! The numbers come from the arguments, or, when there are none, from standard input, one per
//! line (blank lines are skipped). For each number it prints one JSON line:
//!
//! ```text
//! {"input":"EV 008 712 571 CN","normalized":"EV008712571CN","valid":true,
//!  "candidates":[{"carrier":"china_post","carrier_name":"China Post","carrier_name_zh":"中国邮政",
//!                 "format":"s10","format_name":"UPU S10","confidence":"check_digit_verified"}, …]}
//! ```
//!
//! (on one line): the normalised number, whether any carrier format fits it, and the ranked
//! candidates (best first) with their format and confidence (`check_digit_verified`,
//! `format_only`, `heuristic`).
//!
//! Exit code: 0 when every number given is valid for some carrier, 1 otherwise. When no number
//! is given at all (no arguments and empty standard input, as in CI), it prints a one-line usage
//! hint to standard error and exits 0: there is nothing invalid to report.
// This program's output is its purpose: it prints JSON lines to standard output.
#![allow(clippy::print_stdout)]

use std::io::{BufRead, Write};
use std::process::ExitCode;

use crossborder::carrier::TrackingNumber;

/// A JSON string literal (serde_json does the escaping).
fn text(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let numbers: Vec<String> = if args.is_empty() {
        std::io::stdin()
            .lock()
            .lines()
            .map_while(Result::ok)
            .filter(|line| !line.trim().is_empty())
            .collect()
    } else {
        args
    };
    if numbers.is_empty() {
        eprintln!(
            "usage: tracking_number <number>... (or one number per line on standard input); nothing to check"
        );
        return ExitCode::SUCCESS;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut all_valid = true;
    for input in &numbers {
        let candidates = TrackingNumber::detect(input);
        let valid = !candidates.is_empty();
        all_valid &= valid;
        let list: Vec<String> = candidates
            .iter()
            .map(|c| {
                format!(
                    r#"{{"carrier":{},"carrier_name":{},"carrier_name_zh":{},"format":{},"format_name":{},"confidence":{}}}"#,
                    text(c.carrier().as_str()),
                    text(c.carrier().name_en()),
                    c.carrier().name_zh().map_or_else(|| "null".to_owned(), text),
                    text(c.format().id()),
                    text(c.format().name()),
                    text(&c.confidence().to_string()),
                )
            })
            .collect();
        let line = format!(
            r#"{{"input":{},"normalized":{},"valid":{valid},"candidates":[{}]}}"#,
            text(input),
            text(&TrackingNumber::normalize(input)),
            list.join(","),
        );
        if writeln!(out, "{line}").is_err() {
            // Standard output closed (e.g. piped into `head`): stop quietly.
            break;
        }
    }
    if all_valid { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
