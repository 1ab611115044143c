//! The three-document match (三单对碰) on CEB XML files: reads an order (CEB311), a payment
//! voucher (CEB411), a waybill (CEB511) and optionally an inventory (CEB621), matches them
//! with every rule of `customs::match_documents`, and prints the report.
//!
//! ```text
//! cargo run --features ceb-xml --example three_match                  # the consistent set
//! cargo run --features ceb-xml --example three_match -- --json        # the same, as JSON
//! cargo run --features ceb-xml --example three_match -- \
//!     examples/data/mismatched/order.xml examples/data/mismatched/payment.xml \
//!     examples/data/mismatched/waybill.xml examples/data/mismatched/inventory.xml
//! ```
//!
//! Arguments: `[--json] [ORDER PAYMENT WAYBILL [INVENTORY]]`. Without files it uses the
//! consistent set in `examples/data/matched/`. `examples/data/mismatched/` is the same set
//! with four changes — the payment's amount (327.76 instead of 372.76) and payer name, the
//! waybill's consignee telephone, the name of inventory line 2 — and reports every one of
//! them at once.
//!
//! Exit status: 0 when the documents match, 1 when they do not, 2 when a file cannot be read
//! or parsed (or the arguments are wrong).
#![allow(clippy::print_stdout)] // an example program talks to its user on stdout

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crossborder::customs::ceb::{MessageType, read_message};
use crossborder::customs::{
    CustomsDocument, DocumentSet, Inventory, MatchOptions, MatchReport, NoQuota, Order, Payment,
    Waybill, match_documents,
};

/// Why the documents could not be loaded (exit status 2).
type LoadError = String;

/// Reads `path` and returns the single document of the expected message type.
fn load(path: &Path, expected: MessageType) -> Result<CustomsDocument, LoadError> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let message =
        read_message(&bytes).map_err(|e| format!("{}: not a CEB message: {e}", path.display()))?;
    if message.message_type() != expected {
        return Err(format!(
            "{}: a {} where a {expected} was expected",
            path.display(),
            message.message_type()
        ));
    }
    let mut documents =
        message.documents().map_err(|e| format!("{}: invalid document: {e}", path.display()))?;
    match (documents.pop(), documents.is_empty()) {
        (Some(document), true) => Ok(document),
        _ => Err(format!(
            "{}: the message carries {} documents; give one order's documents",
            path.display(),
            documents.len().saturating_add(1)
        )),
    }
}

/// The four documents of one order, loaded.
struct Loaded {
    order: Order,
    payment: Payment,
    waybill: Waybill,
    inventory: Option<Inventory>,
}

fn load_all(paths: &[PathBuf]) -> Result<Loaded, LoadError> {
    let wrong = || "internal: unexpected document kind".to_owned();
    let [order, payment, waybill, rest @ ..] = paths else {
        return Err("give ORDER PAYMENT WAYBILL [INVENTORY]".to_owned());
    };
    let CustomsDocument::Order(order) = load(order, MessageType::Ceb311)? else {
        return Err(wrong());
    };
    let CustomsDocument::Payment(payment) = load(payment, MessageType::Ceb411)? else {
        return Err(wrong());
    };
    let CustomsDocument::Waybill(waybill) = load(waybill, MessageType::Ceb511)? else {
        return Err(wrong());
    };
    let inventory = match rest {
        [] => None,
        [path] => match load(path, MessageType::Ceb621)? {
            CustomsDocument::Inventory(inventory) => Some(*inventory),
            _ => return Err(wrong()),
        },
        _ => return Err("too many files: give ORDER PAYMENT WAYBILL [INVENTORY]".to_owned()),
    };
    Ok(Loaded { order: *order, payment: *payment, waybill: *waybill, inventory })
}

#[cfg(feature = "serde")]
fn to_json(report: &MatchReport) -> Result<String, LoadError> {
    serde_json::to_string_pretty(report).map_err(|e| format!("cannot write JSON: {e}"))
}

#[cfg(not(feature = "serde"))]
fn to_json(_report: &MatchReport) -> Result<String, LoadError> {
    Err("--json needs the crate's `serde` feature".to_owned())
}

fn main() -> ExitCode {
    let mut json = false;
    let mut paths = Vec::new();
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            Some("--json") => json = true,
            Some("-h" | "--help") => {
                println!("usage: three_match [--json] [ORDER PAYMENT WAYBILL [INVENTORY]]");
                return ExitCode::SUCCESS;
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/matched");
        paths = ["order.xml", "payment.xml", "waybill.xml", "inventory.xml"]
            .iter()
            .map(|f| dir.join(f))
            .collect();
    }

    let loaded = match load_all(&paths) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("three_match: {e}");
            return ExitCode::from(2);
        }
    };
    let documents = DocumentSet {
        order: &loaded.order,
        payment: &loaded.payment,
        waybill: &loaded.waybill,
        inventory: loaded.inventory.as_ref(),
    };
    let report = match_documents(&documents, &MatchOptions::default(), &NoQuota);

    if json {
        match to_json(&report) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("three_match: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        let head = loaded.order.head();
        println!("order {} on platform {}", head.order_no, head.ebp_code);
        println!("{report}");
    }
    if report.is_match() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
