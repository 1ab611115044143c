//! Tracking numbers: `TrackingNumber::normalize`, `detect`, `parse` for every carrier and
//! `parse_as` for every format, on arbitrary text.
//!
//! Properties checked:
//! - normalisation is idempotent;
//! - every candidate `detect` returns parses with `parse_as` to the same carrier and confidence;
//! - a parsed number is the normal form of the input, formats back (`Display`) to text that
//!   parses again to the same value (by its carrier and by its format), is found by `detect`,
//!   and survives a JSON round trip;
//! - carrier and format codes round-trip through `Display`/`FromStr`.
#![no_main]

use crossborder::carrier::{Carrier, Format, TrackingNumber};
use crossborder_fuzz::assert_json_round_trip;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();

    let normal = TrackingNumber::normalize(text);
    assert_eq!(TrackingNumber::normalize(&normal), normal, "normalize is not idempotent");

    let candidates = TrackingNumber::detect(text);
    for c in &candidates {
        let n = TrackingNumber::parse_as(c.format(), text).unwrap_or_else(|e| {
            panic!("detect found {:?} but parse_as fails: {e}", c.format());
        });
        assert_eq!(n.carrier(), c.carrier(), "detect and parse_as disagree on the carrier");
        assert_eq!(n.confidence(), c.confidence(), "detect and parse_as disagree on confidence");
    }

    for &carrier in Carrier::ALL {
        match TrackingNumber::parse(carrier, text) {
            Ok(n) => check_number(carrier, &n, text, &normal, &candidates),
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
    for &format in Format::ALL {
        if let Ok(n) = TrackingNumber::parse_as(format, text) {
            assert_eq!(n.format(), format);
            let printed = n.to_string();
            assert_eq!(TrackingNumber::parse_as(format, &printed), Ok(n));
        }
    }

    if let Ok(c) = text.parse::<Carrier>() {
        assert_eq!(c.to_string().parse::<Carrier>(), Ok(c));
        let _ = (c.name_en(), c.name_zh(), c.home_country(), c.role(), c.tracking_url_template());
    }
    if let Ok(f) = text.parse::<Format>() {
        assert_eq!(f.to_string().parse::<Format>(), Ok(f));
        let _ = (f.name(), f.carrier(), f.certainty(), f.check_digit(), f.lengths().count());
    }
});

fn check_number(
    carrier: Carrier,
    n: &TrackingNumber,
    text: &str,
    normal: &str,
    candidates: &crossborder::carrier::Candidates,
) {
    assert_eq!(n.as_str(), normal, "a parsed number is not the normal form of its input");
    let printed = n.to_string();
    assert_eq!(TrackingNumber::parse(carrier, &printed).as_ref(), Ok(n), "{printed} by carrier");
    assert_eq!(
        TrackingNumber::parse_as(n.format(), &printed).as_ref(),
        Ok(n),
        "{printed} by format"
    );
    assert!(
        candidates.iter().any(|c| c.format() == n.format() && c.carrier() == n.carrier()),
        "parse({carrier:?}, {text:?}) = {n:?} but detect does not list it: {candidates:?}"
    );
    let again = TrackingNumber::detect(&printed);
    assert_eq!(&again, candidates, "detect differs on the normal form");
    assert_eq!(n.s10().is_some(), n.format() == Format::S10);
    if let Some(s10) = n.s10() {
        let _ = (s10.service(), s10.serial(), s10.check_digit(), s10.country(), s10.issuer_name());
    }
    let _ = (n.tracking_url(), n.service(), n.destination_country(), n.confidence());
    assert_json_round_trip(n);
}
