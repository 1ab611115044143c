//! Customs documents from outside data: every CEB field type from text (codes, identifiers,
//! decimals, times, texts, personal fields, code lists, match options), and the four documents
//! from JSON (`CustomsDocument`, one object or an array) run through `match_documents` under
//! every strictness and a `MatchPool`.
//!
//! Input framing: the input is read as text; each line goes to every field parser, and the
//! whole text to the JSON readers.
//!
//! Properties checked:
//! - a parsed field prints (`Display`, or `reveal` for personal data) to text that parses back
//!   to the same value, and survives a JSON round trip; personal fields print masked;
//! - documents survive a JSON round trip;
//! - `match_documents` never panics; its report says "match" exactly when it lists no
//!   violation; a stricter setting never finds fewer violations than a laxer one.
#![no_main]

use std::fmt::{Debug, Display};
use std::str::FromStr;

use chrono::DateTime;
use crossborder::customs::{
    AppStatus, AppType, BuyerRegNo, CebDate, CebDecimal, CebText, CebTime, ConsigneeAddress, CopNo,
    CustomsCode, CustomsDocument, DistrictCode, DocumentKind, DocumentSet, EnterpriseCode,
    EvidenceGrade, Gnum, Guid, HsCode, IeFlag, InvtNo, LimitBasis, LogisticsNo, MatchOptions,
    MatchPool, NoQuota, OrderNo, OrderType, PackNo, PayTransactionId, PreNo, Rule, Strictness,
    TextComparison, TradeMode, TransportMode, UnitCode, WrapType, match_documents,
};
use crossborder::money::{Currency, Money};
use crossborder_fuzz::assert_json_round_trip;
use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// `FromStr` → `Display` → `FromStr` gives the same value, and JSON round-trips.
fn round_trip<T>(line: &str)
where
    T: FromStr + Display + Debug + PartialEq + Serialize + DeserializeOwned,
    T::Err: Display,
{
    match line.parse::<T>() {
        Ok(value) => {
            let printed = value.to_string();
            match printed.parse::<T>() {
                Ok(again) => assert_eq!(again, value, "{printed:?} parses to another value"),
                Err(e) => panic!("{value:?} prints as {printed:?}, which does not parse: {e}"),
            }
            assert_json_round_trip(&value);
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
}

fn fields(line: &str) {
    round_trip::<Guid>(line);
    round_trip::<OrderNo>(line);
    round_trip::<EnterpriseCode>(line);
    round_trip::<LogisticsNo>(line);
    round_trip::<PayTransactionId>(line);
    round_trip::<CopNo>(line);
    round_trip::<PreNo>(line);
    round_trip::<InvtNo>(line);
    round_trip::<UnitCode>(line);
    round_trip::<CustomsCode>(line);
    round_trip::<HsCode>(line);
    round_trip::<DistrictCode>(line);
    round_trip::<TradeMode>(line);
    round_trip::<TransportMode>(line);
    round_trip::<WrapType>(line);
    round_trip::<CebText<100>>(line);
    round_trip::<CebText<10>>(line);
    round_trip::<CebDecimal>(line);
    round_trip::<CebTime>(line);
    round_trip::<CebDate>(line);
    round_trip::<Gnum>(line);
    round_trip::<PackNo>(line);
    round_trip::<AppType>(line);
    round_trip::<AppStatus>(line);
    round_trip::<OrderType>(line);
    round_trip::<IeFlag>(line);
    round_trip::<DocumentKind>(line);
    round_trip::<Rule>(line);
    round_trip::<Strictness>(line);
    round_trip::<EvidenceGrade>(line);
    round_trip::<TextComparison>(line);
    round_trip::<LimitBasis>(line);

    if let Ok(d) = CebDecimal::parse(line) {
        let _ = d.is_zero();
        for &rounding in crossborder::money::Rounding::ALL {
            if let Ok(m) = d.to_cny(rounding) {
                let _ = CebDecimal::from_cny(m);
            }
        }
    }
    if let Ok(t) = CebTime::parse(line) {
        assert_eq!(CebTime::from_utc(t.to_utc()), Ok(t), "CebTime → UTC → CebTime");
    }
    if let Ok(a) = ConsigneeAddress::try_new(line) {
        assert_eq!(ConsigneeAddress::try_new(a.reveal()).as_ref(), Ok(&a));
        assert!(a.normalized_eq(&a));
        // Masked as documented: at most a third of the characters (six at most), then `****`
        // (an input that already looks masked prints the same as itself, which is fine).
        let (shown, len) = (a.to_string(), a.reveal().chars().count());
        let kept = shown.strip_suffix("****").expect("address printed without its mask");
        assert_eq!(kept.chars().count(), (len / 3).min(6), "address printed unmasked");
        assert!(a.reveal().starts_with(kept));
        assert_json_round_trip(&a);
    }
    if let Ok(b) = BuyerRegNo::try_new(line) {
        assert_eq!(BuyerRegNo::try_new(b.reveal()).as_ref(), Ok(&b));
        // Masked as documented: the first and last two characters at six or more, every other
        // character `*` (an input made of `*` in the middle prints the same as itself).
        let shown: Vec<char> = b.to_string().chars().collect();
        let len = shown.len();
        assert_eq!(len, b.reveal().chars().count());
        let keep = if len >= 6 { 2 } else { 0 };
        assert!(
            shown.iter().enumerate().all(|(i, &c)| i < keep || i + keep >= len || c == '*'),
            "buyerRegNo printed unmasked"
        );
        assert_json_round_trip(&b);
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    for line in text.lines().take(16) {
        fields(line);
    }

    let trimmed = text.trim_start();
    let documents: Vec<CustomsDocument> = if trimmed.starts_with('[') {
        serde_json::from_str(text).unwrap_or_default()
    } else if trimmed.starts_with('{') {
        serde_json::from_str(text).map(|d| vec![d]).unwrap_or_default()
    } else {
        Vec::new()
    };
    if documents.is_empty() {
        return;
    }
    for d in &documents {
        assert_json_round_trip(d);
        let _ = (d.kind(), d.order_no(), d.submission(), format!("{d:?}"));
    }

    let order = documents.iter().find_map(|d| match d {
        CustomsDocument::Order(o) => Some(o.as_ref()),
        _ => None,
    });
    let payment = documents.iter().find_map(|d| match d {
        CustomsDocument::Payment(p) => Some(p.as_ref()),
        _ => None,
    });
    let waybill = documents.iter().find_map(|d| match d {
        CustomsDocument::Waybill(w) => Some(w.as_ref()),
        _ => None,
    });
    let inventory = documents.iter().find_map(|d| match d {
        CustomsDocument::Inventory(i) => Some(i.as_ref()),
        _ => None,
    });
    if let (Some(order), Some(payment), Some(waybill)) = (order, payment, waybill) {
        let set = DocumentSet { order, payment, waybill, inventory };
        let used = Money::from_minor(2_000_000, Currency::CNY);
        let mut previous: Option<usize> = None;
        for &strictness in Strictness::ALL {
            let options = MatchOptions::default().with_strictness(strictness);
            let report = match_documents(&set, &options, &NoQuota);
            assert_eq!(report.is_match(), report.violations().is_empty());
            let _ = (report.to_string(), report.violated_rules(), report.not_evaluated());
            for v in report.violations() {
                let _ = (v.rule(), v.grade(), v.fields(), v.expected(), v.actual(), v.note());
            }
            // `Strictness::ALL` runs from strictest evidence (fewest rules) to laxest (most).
            if let Some(p) = previous {
                assert!(report.violations().len() >= p, "more evidence grades, fewer violations");
            }
            previous = Some(report.violations().len());
            let with_quota = match_documents(&set, &options, &used);
            assert_eq!(with_quota.is_match(), with_quota.violations().is_empty());
            let normalized = options.with_text_comparison(TextComparison::Normalized);
            let lenient = match_documents(&set, &normalized, &NoQuota);
            assert!(
                lenient.violations().len() <= report.violations().len(),
                "normalized text comparison finds more violations than exact"
            );
        }
    }

    let now = DateTime::from_timestamp(1_772_337_600, 0).unwrap_or_default();
    let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
    for d in documents.into_iter().take(16) {
        let before = pool.clone();
        if pool.submit(d, now).is_err() {
            assert!(pool == before, "a refused submission changed the pool");
        }
    }
    let (p, m, x) = pool.counts();
    assert_eq!(p + m + x, pool.len());
});
