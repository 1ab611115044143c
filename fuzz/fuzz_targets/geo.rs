//! Geography: `Country`, `CustomsCountryCode`, `CustomsRegion`, `PostalCode` for every country,
//! `normalize_text`, and addresses built from arbitrary parts (`Address::builder`,
//! `normalized`, `same_place_as`, serde).
//!
//! Input framing: the input is read as text; every parser gets all of it. It is also split into
//! two addresses at U+001E (record separator), each split into fields at U+001F (unit
//! separator): country, province, city, district, postal code, then street lines. An empty
//! optional field is absent. (Control characters are never valid in an address part, so the
//! separators cannot hide a valid input.)
//!
//! Properties checked:
//! - codes and postal codes round-trip through their canonical text and JSON;
//! - `normalize_text` is idempotent;
//! - an address is the same place as itself, `same_place_as` is symmetric, its normalised text
//!   is a fixed point of `normalize_text`, normalising every part before building gives the
//!   same normalised address, and it survives a JSON round trip;
//! - `Debug` and `Display` of an address never show a street line of three or more
//!   characters in full.
#![no_main]

use crossborder::geo::{
    Address, AddressBuilder, Country, CustomsCountryCode, CustomsRegion, PostalCode, normalize_text,
};
use crossborder_fuzz::assert_json_round_trip;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();

    let once = normalize_text(text);
    assert_eq!(normalize_text(&once), once, "normalize_text is not idempotent");

    if let Ok(c) = text.parse::<Country>() {
        assert_eq!(c.to_string().parse::<Country>(), Ok(c));
        assert_eq!(Country::from_alpha3(c.alpha3()), Ok(c));
        assert_eq!(Country::from_numeric(c.numeric()), Some(c));
        if let Some(code) = c.customs_code() {
            assert_eq!(CustomsCountryCode::try_new(code.as_str()), Ok(code));
        }
        let _ = (c.name_en(), c.name_zh(), c.customs_region());
        assert_json_round_trip(&c);
    }
    if let Ok(code) = CustomsCountryCode::try_new(text) {
        assert_eq!(code.as_str().parse::<CustomsCountryCode>(), Ok(code));
        let _ = (code.name_zh(), code.name_en(), code.country(), code.customs_region());
        assert_json_round_trip(&code);
    }
    if let Ok(region) = text.parse::<CustomsRegion>() {
        assert_eq!(region.to_string().parse::<CustomsRegion>(), Ok(region));
        let _ = (region.is_hk_mo_tw(), region.postal_parcel_limit());
    }
    if text.len() <= 64 {
        for &country in Country::ALL {
            if let Ok(p) = PostalCode::parse(country, text) {
                assert_eq!(p.country(), country);
                assert_eq!(PostalCode::parse(country, p.as_str()).as_ref(), Ok(&p));
                assert_json_round_trip(&p);
            }
        }
    }

    let mut records = text.split('\u{1e}');
    let a = records.next().and_then(build);
    let b = records.next().and_then(build);
    if let Some(a) = &a {
        check_address(a);
    }
    if let (Some(a), Some(b)) = (&a, &b) {
        check_address(b);
        assert_eq!(a.same_place_as(b), b.same_place_as(a), "same_place_as is not symmetric");
        if a.same_place_as(b) {
            assert_eq!(a.normalized(), b.normalized());
        }
    }
});

/// The parts of one address record.
struct Parts<'a> {
    country: Country,
    province: Option<&'a str>,
    city: Option<&'a str>,
    district: Option<&'a str>,
    postal_code: Option<&'a str>,
    street_lines: Vec<&'a str>,
}

fn parts(record: &str) -> Parts<'_> {
    let mut fields = record.split('\u{1f}');
    fn some(f: Option<&str>) -> Option<&str> {
        f.filter(|s| !s.is_empty())
    }
    let country = fields.next().and_then(|c| c.parse().ok()).unwrap_or(Country::CN);
    Parts {
        country,
        province: some(fields.next()),
        city: some(fields.next()),
        district: some(fields.next()),
        postal_code: some(fields.next()),
        street_lines: fields.take(8).collect(),
    }
}

fn builder(p: &Parts<'_>, map: impl Fn(&str) -> String) -> AddressBuilder {
    let mut b = Address::builder(p.country);
    if let Some(s) = p.province {
        b = b.province(map(s));
    }
    if let Some(s) = p.city {
        b = b.city(map(s));
    }
    if let Some(s) = p.district {
        b = b.district(map(s));
    }
    if let Some(s) = p.postal_code {
        b = b.postal_code(s);
    }
    b.street_lines(p.street_lines.iter().map(|s| map(s)))
}

fn build(record: &str) -> Option<Address> {
    let p = parts(record);
    let b = builder(&p, str::to_owned);
    let _ = format!("{b:?}");
    match b.build() {
        Ok(address) => {
            // Normalising each part first must not change the normalised address.
            let pre = builder(&p, normalize_text).build();
            match pre {
                Ok(pre) => assert_eq!(pre.normalized(), address.normalized()),
                Err(e) => panic!("address with normalised parts fails: {e}"),
            }
            Some(address)
        }
        Err(e) => {
            let _ = e.to_string();
            None
        }
    }
}

fn check_address(a: &Address) {
    assert!(a.same_place_as(a), "an address is not the same place as itself");
    let n = a.normalized();
    assert_eq!(normalize_text(n.reveal_text()), n.reveal_text(), "normalized text not normal");
    let _ = (a.customs_region(), a.province(), a.city(), a.district(), a.postal_code());
    assert_eq!(a.masked_street_lines().len(), a.street_line_count());
    // A street line is personal data: `Debug` never shows it in full. (Lines the other parts
    // or the masking itself could spell are skipped: short, with `*`, or inside another part.)
    let shown = format!("{a:?} {n:?}");
    let mut skeleton = Address::builder(a.country()).city(a.city()).street_line("-");
    if let Some(p) = a.province() {
        skeleton = skeleton.province(p);
    }
    if let Some(d) = a.district() {
        skeleton = skeleton.district(d);
    }
    if let Some(p) = a.postal_code() {
        skeleton = skeleton.postal_code(p.as_str());
    }
    let skeleton = skeleton.build().map(|s| format!("{s:?} {:?}", s.normalized()));
    let skeleton = skeleton.unwrap_or_else(|e| panic!("same address with street `-` fails: {e}"));
    for (line, masked) in a.reveal_street_lines().iter().zip(a.masked_street_lines()) {
        let line = line.trim();
        if line.chars().count() < 3 || line.contains('*') {
            continue;
        }
        assert_ne!(masked.trim(), line, "masked_street_lines shows a line in full");
        if line.chars().count() >= 6 && !skeleton.contains(line) {
            assert!(!shown.contains(line), "street line shown unmasked: {shown}");
        }
    }
    assert_json_round_trip(a);
}
