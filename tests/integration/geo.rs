//! Integration tests for `crossborder::geo`: countries, customs country codes, customs regions,
//! postal codes and addresses.
//!
//! Expected values come from the sources, not from the code:
//! - ISO 3166-1 alpha-3 and numeric codes: ISO 3166-1 (e.g. Japan JPN 392, United States USA 840,
//!   China CHN 156);
//! - China customs country/region codes: the customs.gov.cn 通关参数查询 国别(地区) table
//!   (PARAM18, 2018-04-28 capture), as checked in the project's `customs_codes.md` §2, where
//!   JP 116 is also the code used in the official 202205 CEB import sample messages and GB 303 the
//!   one in the export sample;
//! - the HK/MO/TW 800 CNY postal parcel limit: 海关总署公告2010年第43号, item 二;
//! - postal code formats: China Post (6 digits), USPS Publication 28 (ZIP, ZIP+4), Japan Post
//!   (7 digits, NNN-NNNN), Deutsche Post (PLZ, 5 digits).

use crossborder::geo::{
    Address, AddressError, AddressField, Country, CustomsCountryCode, CustomsRegion,
    ParseCountryError, ParseCustomsCountryCodeError, PostalCode, PostalCodeError, normalize_text,
};
use proptest::prelude::*;

/// (ISO alpha-2, ISO alpha-3, ISO numeric, customs code, customs Chinese name): the 15 codes
/// checked one by one in customs_codes.md §2 against PARAM18, with ISO 3166-1 alpha-3/numeric.
const CHAIN_COUNTRIES: [(&str, &str, u16, &str, &str); 15] = [
    ("CN", "CHN", 156, "142", "中国"),
    ("HK", "HKG", 344, "110", "香港"),
    ("MO", "MAC", 446, "121", "澳门"),
    ("TW", "TWN", 158, "143", "台澎金马关税区"),
    ("JP", "JPN", 392, "116", "日本"),
    ("KR", "KOR", 410, "133", "韩国"),
    ("US", "USA", 840, "502", "美国"),
    ("CA", "CAN", 124, "501", "加拿大"),
    ("GB", "GBR", 826, "303", "英国"),
    ("DE", "DEU", 276, "304", "德国"),
    ("FR", "FRA", 250, "305", "法国"),
    ("IT", "ITA", 380, "307", "意大利"),
    ("AU", "AUS", 36, "601", "澳大利亚"),
    ("NZ", "NZL", 554, "609", "新西兰"),
    ("SG", "SGP", 702, "132", "新加坡"),
];

/// The 22 customs codes with no one-to-one ISO 3166-1 country (customs_codes.md §2).
const CUSTOMS_WITHOUT_ISO: [&str; 22] = [
    "199", "299", "399", "499", "599", "699", // continent "other" buckets
    "701", "702", "999", // unknown, international organisations, neutral packing
    "207", "210", "256", // Canary Islands, Ceuta, Melilla (Spain)
    "409", "436", // Bonaire, Saba (ISO BQ)
    "438", // Saint Martin island (ISO MF and SX)
    "604", "605", "612", "615", "616", // French Polynesian island groups (ISO PF is 623)
    "349", "449", // Serbia and Montenegro, Netherlands Antilles (withdrawn)
];

/// The 28 ISO 3166-1 codes with no customs code in PARAM18 (customs_codes.md §2).
const ISO_WITHOUT_CUSTOMS: [&str; 28] = [
    "AI", "AX", "AS", "AQ", "TF", "BQ", "BL", "BV", "CC", "CX", "FK", "GG", "GU", "HM", "IM", "IO",
    "JE", "MF", "MP", "NU", "PN", "GS", "SH", "SJ", "SX", "TK", "UM", "VI",
];

#[test]
fn chain_countries_have_the_customs_codes_of_the_table() {
    for (a2, a3, numeric, customs, name_zh) in CHAIN_COUNTRIES {
        let country: Country = a2.parse().unwrap();
        assert_eq!(country.alpha2(), a2);
        assert_eq!(country.alpha3(), a3, "{a2}");
        assert_eq!(country.numeric(), numeric, "{a2}");
        assert_eq!(country.name_zh(), Some(name_zh), "{a2}");
        let code = country.customs_code().unwrap();
        assert_eq!(code.as_str(), customs, "{a2}");
        assert_eq!(code.name_zh(), name_zh, "{a2}");
        assert_eq!(code.country(), Some(country), "{a2}");
        assert_eq!(customs.parse::<CustomsCountryCode>().unwrap(), code);
    }
}

#[test]
fn customs_codes_are_not_iso_numeric() {
    // Japan: customs 116, ISO 392. United States: customs 502, ISO 840. China: 142 vs 156.
    assert_eq!(Country::JP.customs_code().unwrap().as_str(), "116");
    assert_ne!(Country::JP.numeric(), 116);
    assert_eq!(Country::US.customs_code().unwrap().as_str(), "502");
    assert_eq!(Country::US.numeric(), 840);
    assert_eq!(Country::CN.customs_code().unwrap().as_str(), "142");
    assert_eq!(Country::CN.numeric(), 156);
    // ISO numeric 392 read as a customs code is not in the table; 840 neither.
    assert!(matches!(
        "392".parse::<CustomsCountryCode>(),
        Err(ParseCustomsCountryCodeError::NotInTable { .. })
    ));
    assert!("840".parse::<CustomsCountryCode>().is_err());
    // And ISO numeric 156 is not China's customs code but nothing at all (1xx is Asia, 156 unused).
    assert!("156".parse::<CustomsCountryCode>().is_err());
}

#[test]
fn customs_consts() {
    let expected = [
        (CustomsCountryCode::CHINA, "142", Country::CN),
        (CustomsCountryCode::HONG_KONG, "110", Country::HK),
        (CustomsCountryCode::MACAO, "121", Country::MO),
        (CustomsCountryCode::TAIWAN, "143", Country::TW),
        (CustomsCountryCode::JAPAN, "116", Country::JP),
        (CustomsCountryCode::KOREA, "133", Country::KR),
        (CustomsCountryCode::SINGAPORE, "132", Country::SG),
        (CustomsCountryCode::UNITED_STATES, "502", Country::US),
        (CustomsCountryCode::CANADA, "501", Country::CA),
        (CustomsCountryCode::UNITED_KINGDOM, "303", Country::GB),
        (CustomsCountryCode::GERMANY, "304", Country::DE),
        (CustomsCountryCode::FRANCE, "305", Country::FR),
        (CustomsCountryCode::ITALY, "307", Country::IT),
        (CustomsCountryCode::NETHERLANDS, "309", Country::NL),
        (CustomsCountryCode::SPAIN, "312", Country::ES),
        (CustomsCountryCode::RUSSIA, "344", Country::RU),
        (CustomsCountryCode::AUSTRALIA, "601", Country::AU),
        (CustomsCountryCode::NEW_ZEALAND, "609", Country::NZ),
    ];
    for (code, text, country) in expected {
        assert_eq!(code.as_str(), text);
        assert_eq!(code.country(), Some(country));
        assert_eq!(country.customs_code(), Some(code));
    }
    assert_eq!(CustomsCountryCode::UNKNOWN.as_str(), "701");
    assert_eq!(CustomsCountryCode::UNKNOWN.name_zh(), "国(地)别不详");
    assert_eq!(CustomsCountryCode::UNKNOWN.country(), None);
}

#[test]
fn table_sizes() {
    // ISO 3166-1 has 249 officially assigned codes; PARAM18 has 243 rows, 221 mapped to ISO.
    assert_eq!(Country::ALL.len(), 249);
    assert_eq!(CustomsCountryCode::ALL.len(), 243);
    let mapped = CustomsCountryCode::ALL.iter().filter(|c| c.country().is_some()).count();
    assert_eq!(mapped, 221);
    let iso_with_customs = Country::ALL.iter().filter(|c| c.customs_code().is_some()).count();
    assert_eq!(iso_with_customs, 249 - 28);
}

#[test]
fn customs_rows_without_iso() {
    for code in CUSTOMS_WITHOUT_ISO {
        let c: CustomsCountryCode = code.parse().unwrap();
        assert_eq!(c.country(), None, "{code}");
    }
    let unmapped: Vec<&str> = CustomsCountryCode::ALL
        .iter()
        .filter(|c| c.country().is_none())
        .map(|c| c.as_str())
        .collect();
    let mut expected = CUSTOMS_WITHOUT_ISO.to_vec();
    expected.sort_unstable();
    assert_eq!(unmapped, expected);
    assert_eq!("207".parse::<CustomsCountryCode>().unwrap().name_zh(), "加那利群岛");
    assert_eq!("199".parse::<CustomsCountryCode>().unwrap().name_zh(), "亚洲其他国家(地区)");
}

#[test]
fn iso_countries_without_customs_code() {
    for a2 in ISO_WITHOUT_CUSTOMS {
        let c = Country::from_alpha2(a2).unwrap();
        assert_eq!(c.customs_code(), None, "{a2}");
        assert_eq!(c.name_zh(), None, "{a2}");
    }
}

#[test]
fn every_mapping_round_trips_both_ways() {
    for &code in CustomsCountryCode::ALL {
        if let Some(country) = code.country() {
            assert_eq!(country.customs_code(), Some(code), "{code}");
            assert_eq!(country.name_zh(), Some(code.name_zh()), "{code}");
        }
    }
    for &country in Country::ALL {
        if let Some(code) = country.customs_code() {
            assert_eq!(code.country(), Some(country), "{country}");
        }
    }
}

#[test]
fn param18_names_are_verbatim() {
    let name_en = |code: &str| code.parse::<CustomsCountryCode>().unwrap().name_en();
    assert_eq!(name_en("102"), Some("Bahrian"));
    assert_eq!(name_en("339"), Some("Azerbai jan"));
    assert_eq!(name_en("223"), Some("Cote d'lvoire"));
    assert_eq!(name_en("999"), Some("Conutries of Neutral Package"));
    assert_eq!(name_en("446"), Some("Virgin  Islands, British"));
    assert_eq!(name_en("133"), Some("Korea, Rep."));
    assert_eq!(name_en("349"), None);
    // The warning in customs_codes.md §2: 130 is Qatar and 131 Saudi Arabia, not Singapore/Korea.
    assert_eq!("130".parse::<CustomsCountryCode>().unwrap().country(), Some(Country::QA));
    assert_eq!("131".parse::<CustomsCountryCode>().unwrap().country(), Some(Country::SA));
    assert_eq!("503".parse::<CustomsCountryCode>().unwrap().country(), Some(Country::GL));
}

#[test]
fn iso_lookups() {
    assert_eq!(Country::from_alpha3("DEU"), Ok(Country::DE));
    assert_eq!(Country::from_numeric(276), Some(Country::DE));
    assert_eq!(Country::from_numeric(4), Some(Country::AF)); // "004"
    assert_eq!(Country::from_numeric(999), None);
    assert_eq!(Country::DE.name_en(), "Germany");
    assert_eq!(Country::TW.name_en(), "Taiwan, Province of China");
    assert_eq!("gbr".parse::<Country>(), Ok(Country::GB));
    assert_eq!("UK".parse::<Country>(), Err(ParseCountryError::Unassigned { code: "UK".into() }));
    assert!(matches!("C N".parse::<Country>(), Err(ParseCountryError::InvalidFormat { .. })));
    assert!(matches!("CHINA".parse::<Country>(), Err(ParseCountryError::InvalidFormat { .. })));
    assert_eq!(Country::try_from("jp"), Ok(Country::JP));
}

#[test]
fn customs_region_and_postal_parcel_limit_regions() {
    // 海关总署公告2010年第43号 item 二: 800 CNY for HK, MO, TW; 1,000 CNY for the others.
    let hk_mo_tw: Vec<Country> =
        Country::ALL.iter().copied().filter(|c| c.customs_region().is_hk_mo_tw()).collect();
    assert_eq!(hk_mo_tw, [Country::HK, Country::MO, Country::TW]);
    assert_eq!(Country::CN.customs_region(), CustomsRegion::MainlandChina);
    assert!(!CustomsRegion::MainlandChina.is_hk_mo_tw());
    for a2 in ["JP", "US", "DE", "GB", "KR", "SG"] {
        assert_eq!(a2.parse::<Country>().unwrap().customs_region(), CustomsRegion::Foreign);
    }
    assert_eq!(CustomsCountryCode::TAIWAN.customs_region(), CustomsRegion::Taiwan);
    assert_eq!(CustomsCountryCode::CHINA.customs_region(), CustomsRegion::MainlandChina);
    assert_eq!(CustomsCountryCode::UNKNOWN.customs_region(), CustomsRegion::Foreign);
}

#[test]
fn postal_codes_cn() {
    // China Post: 6 digits (e.g. 100000 Beijing, 200120 Shanghai Pudong).
    assert_eq!(PostalCode::parse(Country::CN, "100000").unwrap().as_str(), "100000");
    assert_eq!(PostalCode::parse(Country::CN, "２００１２０").unwrap().as_str(), "200120");
    for bad in ["10000", "1000000", "10000A", "100 000", "100-000"] {
        assert!(
            matches!(
                PostalCode::parse(Country::CN, bad),
                Err(PostalCodeError::InvalidFormat { expected: "6 digits", .. })
            ),
            "{bad}"
        );
    }
}

#[test]
fn postal_codes_us() {
    // USPS Publication 28: ZIP Code 5 digits, ZIP+4 written 12345-6789.
    let parse = |t| PostalCode::parse(Country::US, t).map(|p| p.as_str().to_owned());
    assert_eq!(parse("20500").unwrap(), "20500");
    assert_eq!(parse("20500-0003").unwrap(), "20500-0003");
    assert_eq!(parse("205000003").unwrap(), "20500-0003");
    for bad in ["2050", "205000", "20500-003", "20500-00003", "2050-00003", "20500 0003", "ABCDE"] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn postal_codes_jp() {
    // Japan Post: 7 digits, written 100-0001 (Chiyoda, Tokyo).
    let parse = |t| PostalCode::parse(Country::JP, t).map(|p| p.as_str().to_owned());
    assert_eq!(parse("100-0001").unwrap(), "100-0001");
    assert_eq!(parse("1000001").unwrap(), "100-0001");
    assert_eq!(parse("１００－０００１").unwrap(), "100-0001");
    for bad in ["100001", "10000001", "1000-001", "100-00001", "100 0001", "〒100-0001"] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn postal_codes_de() {
    // Deutsche Post: Postleitzahl, 5 digits (10117 Berlin-Mitte, 01067 Dresden).
    assert_eq!(PostalCode::parse(Country::DE, "01067").unwrap().as_str(), "01067");
    for bad in ["1011", "101170", "D-10117", "1O117"] {
        assert!(PostalCode::parse(Country::DE, bad).is_err(), "{bad}");
    }
}

#[test]
fn postal_codes_elsewhere_and_empty() {
    assert_eq!(PostalCode::parse(Country::CA, "K1A 0B1").unwrap().as_str(), "K1A 0B1");
    assert_eq!(PostalCode::parse(Country::SE, " SE-123 45 ").unwrap().as_str(), "SE-123 45");
    assert!(PostalCode::parse(Country::GB, "SW1A 1AA!").is_err());
    assert_eq!(
        PostalCode::parse(Country::JP, ""),
        Err(PostalCodeError::Empty { country: Country::JP })
    );
    // The same digits are different postal codes in different countries.
    assert_ne!(
        PostalCode::parse(Country::US, "10117").unwrap(),
        PostalCode::parse(Country::DE, "10117").unwrap()
    );
}

fn shanghai() -> crossborder::geo::AddressBuilder {
    Address::builder(Country::CN).province("上海市").city("上海市").district("浦东新区")
}

#[test]
fn full_width_normalisation() {
    assert_eq!(
        normalize_text("上海市　浦东新区 张江路１２３号"),
        normalize_text("上海市浦东新区张江路123号")
    );
    assert_eq!(normalize_text("上海市浦东新区张江路123号"), "上海市浦东新区张江路123号");
    assert_eq!(normalize_text("ＲＯＯＭ　５Ａ"), "room 5a");
    assert_eq!(normalize_text("张江路１２３号（Ａ座）"), "张江路123号(a座)");

    let typed = Address::builder(Country::CN)
        .city("上海市")
        .street_line("上海市　浦东新区 张江路１２３号")
        .build()
        .unwrap();
    let clean = shanghai().street_line("张江路123号").build().unwrap();
    assert!(typed.same_place_as(&clean));
    assert!(clean.same_place_as(&typed));
    assert_eq!(typed.normalized(), clean.normalized());
    // The raw text is untouched.
    assert_eq!(typed.reveal_street_lines(), ["上海市　浦东新区 张江路１２３号"]);
}

#[test]
fn different_places_differ() {
    let a = shanghai().street_line("张江路123号").build().unwrap();
    let b = shanghai().street_line("张江路124号").build().unwrap();
    assert!(!a.same_place_as(&b));
    // Same text, conflicting postal codes.
    let with_201203 = shanghai().street_line("张江路123号").postal_code("201203").build().unwrap();
    let with_200120 = shanghai().street_line("张江路123号").postal_code("200120").build().unwrap();
    assert!(with_201203.same_place_as(&a)); // one side has none: not compared
    assert!(!with_201203.same_place_as(&with_200120));
    // Different country, same text.
    let tw = Address::builder(Country::TW)
        .city("上海市")
        .district("浦东新区")
        .street_line("张江路123号");
    assert!(!tw.build().unwrap().same_place_as(&a));
}

#[test]
fn english_addresses_compare_case_and_space_insensitively() {
    let a = Address::builder(Country::US)
        .province("NY")
        .city("New York")
        .street_line("350 Fifth Avenue")
        .postal_code("10118")
        .build()
        .unwrap();
    let b = Address::builder(Country::US)
        .province("ny")
        .city("NEW  YORK")
        .street_line("  350 FIFTH\u{3000}AVENUE ")
        .postal_code("１０１１８")
        .build()
        .unwrap();
    assert!(a.same_place_as(&b));
    assert_eq!(a.normalized().reveal_text(), "ny new york 350 fifth avenue");
}

#[test]
fn debug_and_display_never_show_the_street() {
    let street = "张江路123号";
    let line2 = "Building 7, Room 1809";
    let a =
        shanghai().street_line(street).street_line(line2).postal_code("201203").build().unwrap();
    let shown = [
        format!("{a:?}"),
        format!("{a:#?}"),
        a.to_string(),
        format!("{:?}", a.normalized()),
        format!("{:?}", shanghai().street_line(street).street_line(line2)),
    ];
    for s in &shown {
        assert!(!s.contains(street), "{s}");
        assert!(!s.contains(line2), "{s}");
        assert!(!s.contains("123"), "{s}");
        assert!(!s.contains("1809"), "{s}");
    }
    assert_eq!(a.to_string(), "CN, 上海市, 上海市, 浦东新区, 张江****, Bu****, 201203");
    assert!(format!("{a:?}").contains("浦东新区"));
    assert_eq!(a.masked_street_lines(), ["张江****", "Bu****"]);
    // Errors name the part, never the text.
    let err = shanghai().street_line(street).street_line("bad\nline").build().unwrap_err();
    assert_eq!(
        err,
        AddressError::ControlCharacter { field: AddressField::StreetLine(2), position: 3 }
    );
    assert!(!err.to_string().contains("bad"));
}

#[test]
fn address_rules() {
    // Postal code required in US, DE, JP; optional in CN.
    for country in [Country::US, Country::DE, Country::JP] {
        let err = Address::builder(country).city("X").street_line("1 Y").build().unwrap_err();
        assert_eq!(err, AddressError::PostalCodeRequired { country });
    }
    assert!(shanghai().street_line("张江路123号").build().is_ok());
    // Invalid postal code for the country.
    let err = shanghai().street_line("张江路123号").postal_code("2012030").build().unwrap_err();
    assert!(matches!(err, AddressError::PostalCode(PostalCodeError::InvalidFormat { .. })));
    // Street line count.
    assert_eq!(shanghai().build(), Err(AddressError::NoStreetLine));
    assert_eq!(
        shanghai().street_lines(["1", "2", "3", "4", "5"]).build(),
        Err(AddressError::TooManyStreetLines { count: 5, max: 4 })
    );
    // Length: 200 characters allowed, 201 not (characters, not bytes: 200 × 3 UTF-8 bytes).
    assert!(shanghai().street_line("号".repeat(200)).build().is_ok());
    assert_eq!(
        shanghai().street_line("号".repeat(201)).build(),
        Err(AddressError::TooLong { field: AddressField::StreetLine(1), chars: 201, max: 200 })
    );
    assert_eq!(
        Address::builder(Country::CN).city("\u{3000}").street_line("x").build(),
        Err(AddressError::Empty { field: AddressField::City })
    );
}

#[cfg(feature = "serde")]
mod serde_json_form {
    use super::*;

    #[test]
    fn codes_serialise_as_strings() {
        assert_eq!(serde_json::to_string(&Country::JP).unwrap(), r#""JP""#);
        assert_eq!(serde_json::from_str::<Country>(r#""jpn""#).unwrap(), Country::JP);
        assert!(serde_json::from_str::<Country>(r#""XX""#).is_err());
        assert!(serde_json::from_str::<Country>("392").is_err());
        assert_eq!(serde_json::to_string(&CustomsCountryCode::JAPAN).unwrap(), r#""116""#);
        assert!(serde_json::from_str::<CustomsCountryCode>("116").is_err()); // not a string
        assert!(serde_json::from_str::<CustomsCountryCode>(r#""140""#).is_err());
        assert_eq!(serde_json::to_string(&CustomsRegion::HongKong).unwrap(), r#""hong_kong""#);
        let zip = PostalCode::parse(Country::JP, "1000001").unwrap();
        assert_eq!(serde_json::to_string(&zip).unwrap(), r#"{"country":"JP","code":"100-0001"}"#);
        assert!(serde_json::from_str::<PostalCode>(r#"{"country":"CN","code":"12345"}"#).is_err());
    }

    #[test]
    fn address_serialises_the_real_street_and_validates_on_the_way_in() {
        let a = shanghai().street_line("张江路123号").postal_code("201203").build().unwrap();
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains("张江路123号"));
        assert_eq!(serde_json::from_str::<Address>(&json).unwrap(), a);

        let bad = r#"{"country":"US","city":"New York","street_lines":["350 Fifth Avenue"]}"#;
        let err = serde_json::from_str::<Address>(bad).unwrap_err().to_string();
        assert!(err.contains("postal code is required"), "{err}");
        let bad = r#"{"country":"CN","city":"上海市","street_lines":[]}"#;
        assert!(serde_json::from_str::<Address>(bad).is_err());
        let bad = r#"{"country":"CN","city":"上海市","street_lines":["x"],"postal_code":"1"}"#;
        assert!(serde_json::from_str::<Address>(bad).is_err());
        let minimal = r#"{"country":"CN","city":"上海市","street_lines":["张江路123号"]}"#;
        assert!(serde_json::from_str::<Address>(minimal).is_ok());
    }
}

/// ASCII → full-width: U+0021..=U+007E → U+FF01..=U+FF5E, space → U+3000.
fn to_full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            ' ' => '\u{3000}',
            '!'..='~' => char::from_u32(u32::from(c) + 0xFEE0).unwrap_or(c),
            other => other,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn country_display_from_str_round_trip(c in prop::sample::select(Country::ALL)) {
        prop_assert_eq!(c.to_string().parse::<Country>(), Ok(c));
        prop_assert_eq!(c.alpha3().to_ascii_lowercase().parse::<Country>(), Ok(c));
        prop_assert_eq!(Country::from_numeric(c.numeric()), Some(c));
    }

    #[test]
    fn customs_code_display_from_str_round_trip(c in prop::sample::select(CustomsCountryCode::ALL)) {
        prop_assert_eq!(c.to_string().parse::<CustomsCountryCode>(), Ok(c));
        prop_assert_eq!(CustomsCountryCode::try_from(c.as_str()), Ok(c));
    }

    #[test]
    fn parsers_never_panic(s in any::<String>()) {
        let _ = s.parse::<Country>();
        let _ = Country::from_alpha2(&s);
        let _ = Country::from_alpha3(&s);
        let _ = s.parse::<CustomsCountryCode>();
        let _ = s.parse::<CustomsRegion>();
        for country in [Country::CN, Country::US, Country::JP, Country::DE, Country::GB] {
            let _ = PostalCode::parse(country, &s);
        }
        let _ = Address::builder(Country::CN).province(s.clone()).city(s.clone()).district(s.clone())
            .street_line(s.clone()).postal_code(s.clone()).build();
        let _ = normalize_text(&s);
    }

    #[test]
    fn short_ascii_never_panics_either(s in "[ -~]{0,12}", n in 0u16..1000) {
        let _ = s.parse::<Country>();
        let _ = s.parse::<CustomsCountryCode>();
        let _ = PostalCode::parse(Country::US, &s);
        let _ = PostalCode::parse(Country::JP, &s);
        let _ = Country::from_numeric(n);
    }

    #[test]
    fn normalisation_is_idempotent(s in any::<String>()) {
        let once = normalize_text(&s);
        prop_assert_eq!(normalize_text(&once), once.clone());
        prop_assert_eq!(once.trim(), once.as_str());
        prop_assert!(!once.contains("  "));
    }

    #[test]
    fn full_width_folds_to_ascii(s in "[ -~]{0,40}") {
        prop_assert_eq!(normalize_text(&to_full_width(&s)), normalize_text(&s));
    }

    #[test]
    fn cn_addresses_of_any_split_compare_equal(
        street in "[\u{4e00}-\u{9fa5}]{2,10}[0-9]{1,4}号",
    ) {
        let whole = Address::builder(Country::CN).city("上海市")
            .street_line(format!("上海市浦东新区{street}")).build().unwrap();
        let split = shanghai().street_line(to_full_width(&street)).build().unwrap();
        prop_assert!(whole.same_place_as(&split));
    }

    #[test]
    fn debug_never_contains_the_street(tail in "[a-z0-9 ]{6,30}") {
        let street = format!("街道{tail}");
        let a = shanghai().street_line(street.clone()).build().unwrap();
        let debug = format!("{a:?}");
        let display = a.to_string();
        let normalized_debug = format!("{:?}", a.normalized());
        prop_assert!(!debug.contains(&street));
        prop_assert!(!display.contains(&street));
        prop_assert!(!normalized_debug.contains(&normalize_text(&street)));
    }

    #[test]
    fn postal_code_canonical_form_is_stable(d in "[0-9]{9}") {
        for (country, text) in [
            (Country::US, d.clone()),
            (Country::US, d.get(..5).unwrap().to_owned()),
            (Country::JP, d.get(..7).unwrap().to_owned()),
            (Country::CN, d.get(..6).unwrap().to_owned()),
            (Country::DE, d.get(..5).unwrap().to_owned()),
        ] {
            let p = PostalCode::parse(country, &text).unwrap();
            prop_assert_eq!(PostalCode::parse(country, p.as_str()), Ok(p.clone()));
            prop_assert_eq!(PostalCode::parse(country, &to_full_width(&text)), Ok(p));
        }
    }
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn serde_round_trips(
        c in prop::sample::select(Country::ALL),
        code in prop::sample::select(CustomsCountryCode::ALL),
        region in prop::sample::select(CustomsRegion::ALL),
    ) {
        let json = serde_json::to_string(&c).unwrap();
        prop_assert_eq!(serde_json::from_str::<Country>(&json).unwrap(), c);
        let json = serde_json::to_string(&code).unwrap();
        prop_assert_eq!(serde_json::from_str::<CustomsCountryCode>(&json).unwrap(), code);
        let json = serde_json::to_string(&region).unwrap();
        prop_assert_eq!(serde_json::from_str::<CustomsRegion>(&json).unwrap(), region);
    }

    #[test]
    fn address_serde_round_trip(
        country in prop::sample::select(Country::ALL),
        city in "[^\\p{Cc}]{1,20}",
        lines in prop::collection::vec("[^\\p{Cc}]{1,30}", 1..=4),
        district in proptest::option::of("[^\\p{Cc}]{1,20}"),
        zip in "[0-9]{5}",
    ) {
        prop_assume!(!city.trim().is_empty() && lines.iter().all(|l| !l.trim().is_empty()));
        prop_assume!(district.as_ref().is_none_or(|d| !d.trim().is_empty()));
        let mut b = Address::builder(country).city(city).street_lines(lines);
        if let Some(d) = district {
            b = b.district(d);
        }
        if matches!(country, Country::US | Country::DE) {
            b = b.postal_code(zip);
        } else if country == Country::JP {
            b = b.postal_code(format!("{zip}00"));
        }
        let a = b.build().unwrap();
        let json = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(serde_json::from_str::<Address>(&json).unwrap(), a);
    }
}

/// 海关总署公告2010年第43号 item 二: 800 CNY per parcel from HK/MO/TW, 1,000 CNY from elsewhere.
#[test]
fn postal_parcel_limits_follow_announcement_2010_43() {
    use crossborder::money::{Currency, Money};
    let cny = |yuan: i64| Some(Money::from_minor(yuan * 100, Currency::CNY));
    assert_eq!(Country::HK.customs_region().postal_parcel_limit(), cny(800));
    assert_eq!(Country::MO.customs_region().postal_parcel_limit(), cny(800));
    assert_eq!(Country::TW.customs_region().postal_parcel_limit(), cny(800));
    assert_eq!(Country::US.customs_region().postal_parcel_limit(), cny(1_000));
    assert_eq!(Country::JP.customs_region().postal_parcel_limit(), cny(1_000));
    assert_eq!(Country::CN.customs_region().postal_parcel_limit(), None);
}
