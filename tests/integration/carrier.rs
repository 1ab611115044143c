//! Carrier catalogue and tracking numbers: the `tracking_number_data` vectors, ranking,
//! Chinese shapes, and invariants.

use std::path::PathBuf;

use crossborder::carrier::{
    Candidate, Carrier, CheckDigit, Confidence, Format, TrackingNumber, TrackingNumberError,
};
use proptest::prelude::*;
use serde_json::Value;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tracking_number_data/couriers")
}

/// One test number of the data set.
struct Vector {
    courier: String,
    format: Format,
    number: String,
    valid: bool,
}

/// Every `test_numbers` entry of every courier file.
#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helper: a malformed fixture must fail the test loudly
fn vectors() -> (Vec<Vector>, usize, usize) {
    let mut out = Vec::new();
    let mut files = 0;
    let mut formats = 0;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    for path in paths {
        files += 1;
        let json: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let courier = json["courier_code"].as_str().unwrap().to_owned();
        for def in json["tracking_numbers"].as_array().unwrap() {
            formats += 1;
            let name = def["name"].as_str().unwrap();
            let format = *Format::ALL
                .iter()
                .find(|f| f.dataset_name() == Some(name))
                .unwrap_or_else(|| panic!("no Format for data-set format {name:?}"));
            if let Some(id) = def["id"].as_str() {
                assert_eq!(format.id(), id, "{name}");
            }
            for (key, valid) in [("valid", true), ("invalid", false)] {
                for n in def["test_numbers"][key].as_array().unwrap() {
                    out.push(Vector {
                        courier: courier.clone(),
                        format,
                        number: n.as_str().unwrap().to_owned(),
                        valid,
                    });
                }
            }
        }
    }
    (out, files, formats)
}

/// The catalogue carriers a data-set courier code stands for.
#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helper: a malformed fixture must fail the test loudly
fn carriers_of(courier: &str) -> Vec<Carrier> {
    match courier {
        "dhl" => vec![Carrier::DhlExpress, Carrier::DhlEcommerce],
        // S10 numbers are carried by the postal operator of their country.
        "s10" => {
            Carrier::ALL.iter().copied().filter(|c| c.formats().contains(&Format::S10)).collect()
        }
        code => vec![code.parse().unwrap()],
    }
}

#[test]
fn data_set_valid_numbers_are_accepted_and_detected() {
    let (vectors, files, formats) = vectors();
    assert_eq!((files, formats), (18, 39));
    let mut valid = 0;
    for v in vectors.iter().filter(|v| v.valid) {
        valid += 1;
        let n = TrackingNumber::parse_as(v.format, &v.number)
            .unwrap_or_else(|e| panic!("{} {:?} rejected: {e}", v.format, v.number));
        assert_eq!(n.format(), v.format);
        let allowed = carriers_of(&v.courier);
        assert!(allowed.contains(&n.carrier()), "{:?} carried by {}", v.number, n.carrier());
        // Parsing by the carrier accepts it too.
        assert!(TrackingNumber::parse(n.carrier(), &v.number).is_ok(), "{:?}", v.number);
        // Detection lists the format, with the courier.
        let candidates = TrackingNumber::detect(&v.number);
        assert!(
            candidates.iter().any(|c| c.format() == v.format && allowed.contains(&c.carrier())),
            "{:?} ({}) not detected: {candidates:?}",
            v.number,
            v.format
        );
    }
    assert_eq!(valid, 192);
}

#[test]
fn data_set_invalid_numbers_are_rejected_by_their_format() {
    let (vectors, _, _) = vectors();
    let mut invalid = 0;
    let (mut check, mut lookup, mut shape) = (0, 0, 0);
    for v in vectors.iter().filter(|v| !v.valid) {
        invalid += 1;
        match TrackingNumber::parse_as(v.format, &v.number) {
            Ok(n) => panic!("{} accepted invalid {:?} as {n}", v.format, v.number),
            Err(TrackingNumberError::CheckDigit { .. }) => check += 1,
            Err(TrackingNumberError::S10Country { .. }) => lookup += 1,
            Err(TrackingNumberError::Length { .. } | TrackingNumberError::Character { .. }) => {
                shape += 1;
            }
            Err(e) => panic!("{:?}: unexpected {e:?}", v.number),
        }
    }
    assert_eq!(invalid, 88);
    // tracking.md §3: 49 regex misses, 38 checksum failures, 1 look-up failure.
    assert_eq!((shape, check, lookup), (49, 38, 1));
}

#[test]
fn data_set_collisions_are_all_listed() {
    // tracking.md §2.4 "Ambiguities": numbers valid under two formats.
    let both = |n: &str, a: Format, b: Format| {
        let c = TrackingNumber::detect(n);
        let formats: Vec<Format> = c.iter().map(Candidate::format).collect();
        assert!(formats.contains(&a) && formats.contains(&b), "{n}: {formats:?}");
    };
    both("78045768393", Format::OldDominion, Format::DhlExpress);
    both("287809468872", Format::PurolatorNumeric, Format::Fedex12);
    both("320610804900", Format::PurolatorNumeric, Format::Fedex12);
    both("JFV247545960", Format::PurolatorAlpha, Format::DhlExpressPieceId);
    both("4201028200009261290113185417468510", Format::UspsImpbC, Format::Fedex34);
}

#[test]
fn verified_before_format_only_before_heuristic() {
    for n in
        ["RB123456785GB", "4201028200009261290113185417468510", "976186294981", "73610555582883"]
    {
        let c = TrackingNumber::detect(n);
        for pair in c.windows(2) {
            assert!(pair[0].confidence() >= pair[1].confidence(), "{n}: {c:?}");
        }
    }
}

#[test]
fn s10_issuers() {
    let issuer = |n: &str| TrackingNumber::detect(n).first().map(Candidate::carrier);
    // Check digit of 12345678 is 5 (S10 worked example, S = 204, r = 6).
    assert_eq!(issuer("EE123456785CN"), Some(Carrier::ChinaPost));
    assert_eq!(issuer("EE123456785JP"), Some(Carrier::JapanPost));
    assert_eq!(issuer("RR123456785DE"), Some(Carrier::DeutschePost));
    assert_eq!(issuer("RR123456785US"), Some(Carrier::Usps));
    assert_eq!(issuer("RR123456785GB"), Some(Carrier::RoyalMail));
    assert_eq!(issuer("RR123456785CA"), Some(Carrier::CanadaPost));
    assert_eq!(issuer("RR123456785FR"), Some(Carrier::S10Post));
    let fr = TrackingNumber::parse(Carrier::S10Post, "RR123456785FR").unwrap();
    assert_eq!(fr.s10().unwrap().issuer_name(), "postal operator of France");
    // Taiwan and Macao are ISO 3166-1 codes, though the data set's UPU list lacks them.
    assert!(TrackingNumber::parse(Carrier::S10Post, "RR123456785TW").is_ok());
    // Reserved service indicators (J, K, S, T, W) and unknown countries are refused.
    assert!(matches!(
        TrackingNumber::parse(Carrier::ChinaPost, "SA123456785CN"),
        Err(TrackingNumberError::S10ServiceIndicator { .. })
    ));
    assert!(matches!(
        TrackingNumber::parse(Carrier::S10Post, "RR123456785XX"),
        Err(TrackingNumberError::S10Country { .. })
    ));
    assert!(matches!(
        TrackingNumber::parse(Carrier::RoyalMail, "RR123456785JP"),
        Err(TrackingNumberError::S10Issuer { issuer: Carrier::JapanPost, .. })
    ));
}

#[test]
fn chinese_public_samples() {
    // cn_courier_numbers.md §2: public sample numbers and the carrier that ranks first.
    use Carrier as C;
    use Confidence::{CheckDigitVerified as V, FormatOnly as F, Heuristic as H};
    let top = |n: &str| TrackingNumber::detect(n).first().map(|c| (c.carrier(), c.confidence()));
    assert_eq!(top("SF1385628716739"), Some((C::SfExpress, F)));
    assert_eq!(top("SF1011603494291"), Some((C::SfExpress, F)));
    assert_eq!(top("JDV000000058367"), Some((C::JdLogistics, F)));
    assert_eq!(top("JDV000000058367-1-3-"), Some((C::JdLogistics, F)));
    assert_eq!(top("YT8962646785389"), Some((C::Yto, F)));
    assert_eq!(top("YT2229521272164446"), Some((C::YunExpress, F)));
    assert_eq!(top("JT5261988016578"), Some((C::JtExpress, F)));
    assert_eq!(top("DPK202252612836"), Some((C::Deppon, F)));
    assert_eq!(top("LP00492755414105"), Some((C::Cainiao, F)));
    assert_eq!(top("EV008712571CN"), Some((C::ChinaPost, V)));
    assert_eq!(top("LW489083733CN"), Some((C::ChinaPost, V)));
    assert_eq!(top("AG904312272CN"), Some((C::ChinaPost, V)));
    assert_eq!(top("UG336196744YP"), Some((C::Yanwen, H)));
    assert_eq!(top("73610555582883"), Some((C::Zto, H)));
    // This STO number happens to pass FedEx Ground's mod10 check (a 1-in-10 chance for any
    // 15 digits: 7+3+7+2+2+0+3 = 24 at even indices, 3·(7+2+0+7+8+3+3) = 90 at odd ones,
    // 114 → check 6), so FedEx ranks first; STO heads the heuristic shapes.
    assert_eq!(top("773277027280336"), Some((C::Fedex, V)));
    let c = TrackingNumber::detect("773277027280336");
    assert_eq!(c.iter().find(|c| c.confidence() == H).map(Candidate::carrier), Some(C::Sto));
    assert_eq!(top("463431409940372"), Some((C::Yunda, H)));
    assert_eq!(top("1115785780598"), Some((C::ChinaPost, H)));
    assert_eq!(top("9894779374320"), Some((C::ChinaPost, H)));
    assert_eq!(top("976186294981"), Some((C::SfExpress, H)));
    assert_eq!(top("4PX3000123456789CN"), Some((C::FourPx, H)));
}

#[test]
fn chinese_overlaps_rank_as_documented() {
    let carriers = |n: &str| -> Vec<Carrier> {
        let mut v: Vec<Carrier> = Vec::new();
        for c in &TrackingNumber::detect(n) {
            if !v.contains(&c.carrier()) {
                v.push(c.carrier());
            }
        }
        v
    };
    // §3: 15 digits starting 43 → Yunda, then STO, then ZTO.
    assert_eq!(carriers("433085175760261"), [Carrier::Yunda, Carrier::Sto, Carrier::Zto]);
    // §3: LP + 14 → Cainiao, 4PX second.
    assert_eq!(carriers("LP00473000221080"), [Carrier::Cainiao, Carrier::FourPx]);
    // §3: 6A + 11 → Yanwen and Cainiao, both low.
    let c = TrackingNumber::detect("6A16723741816");
    assert!(c.iter().all(|c| c.confidence() == Confidence::Heuristic));
    assert_eq!(carriers("6A16723741816")[..2], [Carrier::Yanwen, Carrier::Cainiao]);
    // §3: 13 digits with an EMS prefix → China Post first, Yunda's bare 13 digits later.
    let v = carriers("5116741128399");
    assert_eq!(v[0], Carrier::ChinaPost);
    assert!(v.contains(&Carrier::Yunda));
    // §6 tier 4: a 12-digit number passing the SF check heads the legacy shapes.
    let v = carriers("444010688260");
    assert_eq!(v[0], Carrier::SfExpress);
    assert!(v.contains(&Carrier::Zto) && v.contains(&Carrier::Yto));
    // An SF check failure lowers SF below the prefix-table shapes but keeps it.
    let v = carriers("768404530470");
    assert!(v.contains(&Carrier::SfExpress));
    assert_eq!(v[0], Carrier::Zto);
}

#[test]
fn catalogue_covers_the_issue_and_the_data_set() {
    for code in [
        "dhl_ecommerce",
        "dhl_express",
        "ups",
        "usps",
        "fedex",
        "amazon",
        "japan_post",
        "deutsche_post",
        "royal_mail",
        "canada_post",
        "china_post",
        "sf_express",
        "jd_logistics",
        "zto",
        "yto",
        "sto",
        "yunda",
        "yunexpress",
        "cainiao",
        "jt_express",
        "best",
        "deppon",
        "4px",
        "yanwen",
        // every courier_code of the data set but the split `dhl`
        "canpar",
        "dpd",
        "gofo",
        "landmark",
        "lasership",
        "old_dominion",
        "ontrac",
        "purolator",
        "s10",
        "speedee",
        "yodel",
    ] {
        let c: Carrier = code.parse().unwrap();
        assert_eq!(c.to_string(), code);
        assert!(!c.formats().is_empty());
    }
}

#[test]
fn tracking_urls_use_the_data_set_template() {
    let n = TrackingNumber::parse(Carrier::Fedex, "986578788855").unwrap();
    assert_eq!(
        n.tracking_url(),
        "https://www.fedex.com/apps/fedextrack/?tracknumbers=986578788855"
    );
    let n = TrackingNumber::parse(Carrier::Usps, "9400 1112 0108 0805 4830 16").unwrap();
    assert_eq!(
        n.tracking_url(),
        "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111201080805483016"
    );
}

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug + PartialEq>() {}
    check::<Carrier>();
    check::<Format>();
    check::<TrackingNumber>();
    check::<TrackingNumberError>();
    check::<crossborder::carrier::Candidates>();
    check::<CheckDigit>();
}

#[cfg(feature = "serde")]
#[test]
fn serde_goes_through_the_validator() {
    let n = TrackingNumber::parse(Carrier::Ups, "1Z5R89390357567127").unwrap();
    let json = serde_json::to_string(&n).unwrap();
    assert_eq!(json, r#"{"carrier":"ups","format":"ups","number":"1Z5R89390357567127"}"#);
    assert_eq!(serde_json::from_str::<TrackingNumber>(&json).unwrap(), n);
    // Without the format, the carrier's best format is used; input is normalised.
    let back: TrackingNumber =
        serde_json::from_str(r#"{"carrier":"ups","number":"1z5r 8939 0357 5671 27"}"#).unwrap();
    assert_eq!(back, n);
    // A wrong check digit, or a number of another carrier, does not deserialize.
    assert!(
        serde_json::from_str::<TrackingNumber>(
            r#"{"carrier":"ups","number":"1Z5R89390357567128"}"#
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<TrackingNumber>(
            r#"{"carrier":"fedex","format":"ups","number":"1Z5R89390357567127"}"#
        )
        .is_err()
    );
    assert_eq!(serde_json::to_string(&Carrier::SfExpress).unwrap(), r#""sf_express""#);
    assert!(serde_json::from_str::<Carrier>(r#""dhl""#).is_err());
    assert_eq!(
        serde_json::to_string(&Confidence::CheckDigitVerified).unwrap(),
        r#""check_digit_verified""#
    );
}

/// A valid number of a format with a check digit, built from random parts.
#[allow(clippy::unwrap_used)] // test helper: the check digit of digits always exists
fn valid_numbers() -> impl Strategy<Value = String> {
    let digits = |n: usize| {
        proptest::collection::vec(0u8..10, n)
            .prop_map(|v| v.iter().map(|d| char::from(b'0' + d)).collect::<String>())
    };
    let alnum = |n: usize| proptest::string::string_regex(&format!("[0-9A-Z]{{{n}}}")).unwrap();
    prop_oneof![
        // S10 with a non-reserved service indicator and a catalogued or other country.
        (
            "[ABCDEFGHILMNOPQRUVXYZ][A-Z]",
            digits(8),
            prop::sample::select(vec!["CN", "JP", "DE", "US", "GB", "CA", "FR", "HK", "KR"])
        )
            .prop_map(|(s, serial, c)| {
                format!("{s}{serial}{}{c}", CheckDigit::S10.compute(&serial).unwrap())
            }),
        // UPS 1Z.
        alnum(15).prop_map(|s| {
            let ups = CheckDigit::Mod10 { evens_multiplier: 1, odds_multiplier: 2, reverse: false };
            format!("1Z{s}{}", ups.compute(&s).unwrap())
        }),
        // FedEx 12.
        digits(11).prop_map(|s| {
            let f = CheckDigit::SumProduct {
                weights: &[3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1],
                modulo1: 11,
                modulo2: 10,
            };
            format!("{s}{}", f.compute(&s).unwrap())
        }),
        // DHL Express 10.
        digits(9).prop_map(|s| format!("{s}{}", CheckDigit::Mod7.compute(&s).unwrap())),
        // DPD 14.
        digits(14).prop_map(|s| format!("{s}{}", CheckDigit::Mod37_36.compute(&s).unwrap())),
        // Chinese self-identifying shapes.
        digits(13).prop_map(|s| format!("SF{s}")),
        digits(13).prop_map(|s| format!("JT{s}")),
        digits(16).prop_map(|s| format!("YT{s}")),
        digits(14).prop_map(|s| format!("LP{s}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,80}") {
        let _ = TrackingNumber::detect(&s);
        let _ = TrackingNumber::normalize(&s);
        for &c in Carrier::ALL {
            let _ = TrackingNumber::parse(c, &s);
        }
        for &f in Format::ALL {
            let _ = TrackingNumber::parse_as(f, &s);
        }
    }

    #[test]
    fn number_like_text_never_panics(s in "[0-9A-Z \\-:]{0,50}") {
        let _ = TrackingNumber::detect(&s);
        for &c in Carrier::ALL {
            if let Ok(n) = TrackingNumber::parse(c, &s) {
                prop_assert_eq!(TrackingNumber::parse_as(n.format(), n.as_str()), Ok(n));
            }
        }
    }

    #[test]
    fn normalisation_is_idempotent(s in "\\PC{0,60}") {
        let once = TrackingNumber::normalize(&s);
        prop_assert_eq!(TrackingNumber::normalize(&once), once.clone());
    }

    #[test]
    fn normalisation_is_idempotent_on_number_like_text(s in "[0-9A-Za-z \\-:：Ａ-Ｚ０-９]{0,40}") {
        let once = TrackingNumber::normalize(&s);
        prop_assert_eq!(TrackingNumber::normalize(&once), once.clone());
    }

    #[test]
    fn formatted_numbers_parse_again(raw in valid_numbers()) {
        let candidates = TrackingNumber::detect(&raw);
        prop_assert!(!candidates.is_empty(), "{} not detected", raw);
        for c in &candidates {
            let n = TrackingNumber::parse_as(c.format(), &raw).unwrap();
            prop_assert_eq!(n.carrier(), c.carrier());
            let shown = n.to_string();
            prop_assert_eq!(TrackingNumber::parse_as(n.format(), &shown), Ok(n));
            prop_assert!(TrackingNumber::parse(n.carrier(), &shown).is_ok());
            // Spaced out and lower-cased, it is still the same number.
            let spaced: String = shown.chars().flat_map(|ch| [ch.to_ascii_lowercase(), ' ']).collect();
            prop_assert_eq!(TrackingNumber::parse_as(n.format(), &spaced), Ok(n));
            #[cfg(feature = "serde")]
            {
                let json = serde_json::to_string(&n).unwrap();
                prop_assert_eq!(serde_json::from_str::<TrackingNumber>(&json).unwrap(), n);
            }
        }
    }

    #[test]
    fn codes_round_trip(i in 0usize..Carrier::ALL.len(), j in 0usize..Format::ALL.len()) {
        let c = Carrier::ALL[i];
        prop_assert_eq!(c.to_string().parse::<Carrier>(), Ok(c));
        let f = Format::ALL[j];
        prop_assert_eq!(f.to_string().parse::<Format>(), Ok(f));
    }
}
