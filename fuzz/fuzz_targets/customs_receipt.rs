//! Customs receipts (回执): `ReturnInfo::parse` on the whole input; `ReturnStatus::parse`,
//! `CustomsErrorCode` and `ReturnTime::parse` on each line; the declaration lifecycle
//! (`DeclarationLifecycle::apply`) fed the statuses of the lines in order; and the four receipt
//! records (`OrderReturn`, `PaymentReturn`, `LogisticsReturn`, `InventoryReturn`) from JSON.
//!
//! Properties checked:
//! - `ReturnInfo` keeps the raw text, and parsing its text again gives the same value;
//!   entries' codes and descriptions are trimmed; it survives a JSON round trip;
//! - statuses, error codes and return times round-trip through `Display`/`FromStr` and JSON;
//!   a status is an exception exactly when it parses as an error code;
//! - `can_apply` agrees with `apply`; a refused status leaves the lifecycle unchanged; an
//!   advance makes the status current;
//! - receipt records survive a JSON round trip.
#![no_main]

use std::str::FromStr;

use crossborder::customs::{
    CustomsErrorCode, DeclarationLifecycle, InventoryReturn, LogisticsReturn, OrderReturn,
    PaymentReturn, ReturnInfo, ReturnStatus, ReturnTime, Transition,
};
use crossborder_fuzz::assert_json_round_trip;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();

    let info = ReturnInfo::parse(text);
    assert_eq!(info.as_str(), text);
    assert_eq!(info.to_string(), text);
    assert_eq!(ReturnInfo::parse(info.as_str()), info, "ReturnInfo parse is not stable");
    for entry in info.entries() {
        if let Some(code) = entry.code() {
            assert_eq!(code, code.trim());
        }
        if let Some(d) = entry.description() {
            assert_eq!(d, d.trim_start(), "description not trimmed");
        }
        let _ = entry.code_number();
    }
    assert_eq!(info.code_number(), info.entries().first().and_then(|e| e.code_number()));
    let _ = (info.description(), info.remainder());
    assert_json_round_trip(&info);

    let mut life = DeclarationLifecycle::new();
    for line in text.lines().take(64) {
        if let Ok(code) = CustomsErrorCode::from_str(line) {
            assert!(code.get() < 0);
            assert_eq!(code.to_string().parse::<CustomsErrorCode>(), Ok(code));
            assert_eq!(CustomsErrorCode::try_new(code.get()), Ok(code));
            let _ = code.document();
        }
        if let Ok(t) = ReturnTime::parse(line) {
            assert_eq!(ReturnTime::parse(&t.to_string()), Ok(t));
            let _ = t.to_utc();
            assert_json_round_trip(&t);
        }
        match ReturnStatus::parse(line) {
            Ok(status) => {
                assert_eq!(status.to_string().parse::<ReturnStatus>().as_ref(), Ok(&status));
                assert_eq!(
                    status.is_exception(),
                    CustomsErrorCode::from_str(line.trim()).is_ok(),
                    "exception status disagrees with the error-code parser"
                );
                let _ = (status.code(), status.meaning());
                assert_json_round_trip(&status);

                let before = life.clone();
                let can = life.can_apply(&status);
                match life.apply(&status) {
                    Ok(transition) => {
                        assert!(can, "apply accepted {status} that can_apply refused");
                        match transition {
                            Transition::Advanced { to, .. } => {
                                assert_eq!(life.current(), Some(&to));
                                assert_eq!(to, status);
                            }
                            Transition::Repeated | Transition::Exception(_) => {
                                assert_eq!(life, before, "a repeat or exception changed state");
                            }
                            _ => {}
                        }
                    }
                    Err(e) => {
                        let _ = e.to_string();
                        assert!(!can, "apply refused {status} that can_apply accepted: {e}");
                        assert_eq!(life, before, "a refused status changed the lifecycle");
                    }
                }
                let _ = life.is_final();
            }
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }

    if text.trim_start().starts_with('{') {
        if let Ok(r) = serde_json::from_str::<OrderReturn>(text) {
            assert_json_round_trip(&r);
        }
        if let Ok(r) = serde_json::from_str::<PaymentReturn>(text) {
            assert_json_round_trip(&r);
        }
        if let Ok(r) = serde_json::from_str::<LogisticsReturn>(text) {
            assert_json_round_trip(&r);
        }
        if let Ok(r) = serde_json::from_str::<InventoryReturn>(text) {
            assert_json_round_trip(&r);
        }
    }
});
