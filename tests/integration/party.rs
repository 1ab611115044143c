//! People, identity numbers, telephones and masking (`crossborder::party`).

use std::str::FromStr;

use chrono::NaiveDate;
use crossborder::party::{
    BirthDateProblem, CustomsIdType, DocumentNumber, DocumentNumberError, IdDocument, NameError,
    PartyError, Person, PersonName, Phone, PhoneError, ResidentId, ResidentIdError, Sex,
};
use proptest::prelude::*;

// Test helper outside a `#[test]` fn (so clippy's test allowance does not reach it); every
// call passes a literal, valid date.
#[allow(clippy::unwrap_used)]
fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Test oracle, independent of the crate's weight table: the recursive (Horner) form of the
/// ISO 7064 pure system MOD 11-2. P₀ = 0, Pₖ = ((Pₖ₋₁ + aₖ) · 2) mod 11 over the 17 body
/// digits; the check value c satisfies (P₁₇ + c) ≡ 1 (mod 11), i.e. c = (12 − P₁₇) mod 11, and
/// the value 10 is written `X`.
fn iso7064_mod11_2(body: &str) -> char {
    let p = body.bytes().fold(0u32, |p, b| ((p + u32::from(b - b'0')) * 2) % 11);
    match (12 - p) % 11 {
        10 => 'X',
        // v < 10 here, so `from_digit` always succeeds; '?' would fail every comparison.
        v => char::from_digit(v, 10).unwrap_or('?'),
    }
}

// ---------------------------------------------------------------- ResidentId: valid numbers

/// GB 11643-1999 Annex A example (北京市朝阳区), female, born 1949-12-31.
///
/// Body digits aᵢ: 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2
/// Weights wᵢ:     7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
/// Products:       7 9 0 5 0 20 2 9 24 27 7 18 30 5 0 0 4
/// Σ = 167; 167 mod 11 = 2 (11 × 15 = 165); table Y = 2 → `X`.
#[test]
fn standard_example_beijing_passes() {
    let id = ResidentId::from_str("11010519491231002X").unwrap();
    assert_eq!(id.reveal(), "11010519491231002X");
    assert_eq!(id.region_code(), "110105");
    assert_eq!(id.birth_date(), date(1949, 12, 31));
    // Sequence code 002: last digit 2 is even → female.
    assert_eq!(id.sex(), Sex::Female);
    assert!(!id.is_hk_mo_tw_residence_permit());
    assert_eq!(iso7064_mod11_2("11010519491231002"), 'X');
}

/// GB 11643-1999 Annex A second example (广东省汕头市), male, born 1880-01-01.
///
/// Body digits: 4 4 0 5 2 4 1 8 8 0 0 1 0 1 0 0 1
/// Products:   28 36 0 25 16 16 2 8 48 0 0 9 0 5 0 0 2
/// Σ = 195; 195 mod 11 = 8 (11 × 17 = 187); table Y = 8 → `4`.
#[test]
fn standard_example_shantou_passes_and_is_male() {
    let id = ResidentId::from_str("440524188001010014").unwrap();
    assert_eq!(id.birth_date(), date(1880, 1, 1));
    // Sequence code 001: odd → male.
    assert_eq!(id.sex(), Sex::Male);
    assert_eq!(id.to_string(), "440524********0014");
}

/// Hong Kong resident's residence permit (港澳台居民居住证): address code 810000.
///
/// Body digits: 8 1 0 0 0 0 1 9 9 0 0 1 0 1 0 0 1
/// Products:   56 9 0 0 0 0 2 9 54 0 0 9 0 5 0 0 2
/// Σ = 146; 146 mod 11 = 3 (11 × 13 = 143); table Y = 3 → `9`.
#[test]
fn hong_kong_residence_permit_passes() {
    let id = ResidentId::from_str("810000199001010019").unwrap();
    assert!(id.is_hk_mo_tw_residence_permit());
    assert_eq!(id.region_code(), "810000");
    assert_eq!(IdDocument::from(id).customs_id_type(), CustomsIdType::IdentityCard);
}

#[test]
fn lower_case_x_is_canonicalised_and_input_trimmed() {
    let id = ResidentId::from_str("  11010519491231002x\t").unwrap();
    assert_eq!(id.reveal(), "11010519491231002X");
    assert_eq!(id, ResidentId::from_str("11010519491231002X").unwrap());
}

/// 2000 is a leap year (divisible by 400): 2000-02-29 exists.
///
/// Body digits: 1 1 0 1 0 5 2 0 0 0 0 2 2 9 0 0 1
/// Products:    7 9 0 5 0 20 4 0 0 0 0 18 20 45 0 0 2
/// Σ = 130; 130 mod 11 = 9 (11 × 11 = 121); table Y = 9 → `3`.
#[test]
fn feb_29_of_leap_year_2000_passes() {
    let id = ResidentId::from_str("110105200002290013").unwrap();
    assert_eq!(id.birth_date(), date(2000, 2, 29));
    assert_eq!(id.sex(), Sex::Male);
}

/// 2004 is a leap year (divisible by 4, not by 100).
///
/// Body digits: 1 1 0 1 0 5 2 0 0 4 0 2 2 9 0 0 1
/// Products:    7 9 0 5 0 20 4 0 0 12 0 18 20 45 0 0 2
/// Σ = 142; 142 mod 11 = 10 (11 × 12 = 132); table Y = 10 → `2`.
#[test]
fn feb_29_of_leap_year_2004_passes() {
    assert_eq!(ResidentId::from_str("110105200402290012").unwrap().birth_date(), date(2004, 2, 29));
}

/// 1900 is not a leap year (divisible by 100, not by 400); 2023 is not divisible by 4.
/// The date check runs before the check character, so the check character is irrelevant here.
#[test]
fn feb_29_of_non_leap_years_fails() {
    assert_eq!(
        ResidentId::from_str("110105190002290011"),
        Err(ResidentIdError::InvalidBirthDate { problem: BirthDateProblem::Day })
    );
    assert_eq!(
        ResidentId::from_str("110105202302290011"),
        Err(ResidentIdError::InvalidBirthDate { problem: BirthDateProblem::Day })
    );
}

#[test]
fn age_on_counts_completed_years() {
    let id = ResidentId::from_str("110105200002290013").unwrap();
    // Born on a leap day: the birthday in 2001 is taken as 03-01 (chrono `years_since`).
    assert_eq!(id.age_on(date(2001, 2, 28)), Some(0));
    assert_eq!(id.age_on(date(2001, 3, 1)), Some(1));
    assert_eq!(id.age_on(date(2000, 2, 28)), None);
}

// ---------------------------------------------------------------- ResidentId: each error

#[test]
fn error_wrong_length() {
    assert_eq!(ResidentId::from_str(""), Err(ResidentIdError::WrongLength { found: 0 }));
    assert_eq!(
        ResidentId::from_str("11010519491231002"),
        Err(ResidentIdError::WrongLength { found: 17 })
    );
    assert_eq!(
        ResidentId::from_str("11010519491231002X0"),
        Err(ResidentIdError::WrongLength { found: 19 })
    );
    // Counted in characters, not bytes: 17 digits and one 3-byte character is 18.
    assert!(!matches!(
        ResidentId::from_str("11010519491231002Ｘ"),
        Err(ResidentIdError::WrongLength { .. })
    ));
}

#[test]
fn error_first_generation() {
    assert_eq!(ResidentId::from_str("110105491231002"), Err(ResidentIdError::FirstGeneration));
    // 15 characters that are not all digits: just a wrong length.
    assert_eq!(
        ResidentId::from_str("11010549123100X"),
        Err(ResidentIdError::WrongLength { found: 15 })
    );
}

#[test]
fn error_non_digit_names_position_and_character() {
    // Position 11 ('1' of "1231") replaced by the letter I.
    assert_eq!(
        ResidentId::from_str("1101051949I231002X"),
        Err(ResidentIdError::NonDigit { position: 11, found: 'I' })
    );
    // An X before position 18 is a non-digit.
    assert_eq!(
        ResidentId::from_str("X1010519491231002X"),
        Err(ResidentIdError::NonDigit { position: 1, found: 'X' })
    );
}

#[test]
fn error_invalid_check_character() {
    assert_eq!(
        ResidentId::from_str("11010519491231002Y"),
        Err(ResidentIdError::InvalidCheckCharacter { found: 'Y' })
    );
    assert_eq!(
        ResidentId::from_str("11010519491231002Ｘ"),
        Err(ResidentIdError::InvalidCheckCharacter { found: 'Ｘ' })
    );
}

#[test]
fn error_unknown_province() {
    // 71 台湾省 is in GB/T 2260 but no numbers are issued under it (Taiwan residents: 830000).
    for code in ["00", "10", "16", "71", "80", "84", "99"] {
        let input = format!("{code}010519491231002X");
        assert_eq!(
            ResidentId::from_str(&input),
            Err(ResidentIdError::UnknownProvince { code: code.to_owned() }),
            "{code}"
        );
    }
}

#[test]
fn error_unknown_region_for_residence_permits() {
    assert_eq!(
        ResidentId::from_str("810100199001010019"),
        Err(ResidentIdError::UnknownRegion { code: "810100".to_owned() })
    );
}

#[test]
fn error_invalid_birth_date() {
    use BirthDateProblem::{Day, Month, Year};
    for (text, problem) in [
        ("19491331", Month),
        ("19490001", Month),
        ("19490230", Day),
        ("19491200", Day),
        ("18491231", Year),
        ("00000101", Year),
    ] {
        let input = format!("110105{text}002X");
        let err = ResidentId::from_str(&input).unwrap_err();
        assert_eq!(err, ResidentIdError::InvalidBirthDate { problem }, "{text}");
        // The error never repeats the digits: a mistyped birth date is mostly the real one.
        assert!(!err.to_string().contains(text), "{err}");
    }
    // The lower bound: 1850-01-01 is accepted (as far as the date goes).
    assert!(!matches!(
        ResidentId::from_str("110105185001010010"),
        Err(ResidentIdError::InvalidBirthDate { .. })
    ));
}

#[test]
fn error_check_mismatch() {
    // Σ = 167 → `X` (see the first test); `1` was given.
    assert_eq!(
        ResidentId::from_str("110105194912310021"),
        Err(ResidentIdError::CheckMismatch { expected: 'X', found: '1' })
    );
}

#[test]
fn errors_never_show_the_full_number() {
    let bad = [
        "11010519491231002",
        "110105194912310021",
        "1101051949I231002X",
        "71010519491231002X",
        "110105194913310029",
    ];
    for input in bad {
        let err = ResidentId::from_str(input).unwrap_err();
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains(input), "{shown}");
        assert!(!shown.contains(input.get(..17).unwrap_or(input)), "{shown}");
    }
}

// ---------------------------------------------------------------- masking

#[test]
fn masking_exact_strings() {
    let id = ResidentId::from_str("11010519491231002X").unwrap();
    assert_eq!(id.to_string(), "110105********002X");
    assert_eq!(format!("{id:?}"), "ResidentId(\"110105********002X\")");

    let phone = Phone::from_str("13812345678").unwrap();
    assert_eq!(phone.to_string(), "138****5678");
    assert_eq!(format!("{phone:?}"), "Phone(\"138****5678\")");

    for (name, masked) in [
        ("张三", "张*"),
        ("欧阳娜娜", "欧***"),
        ("John Smith", "J*** S****"),
        ("张", "张"),
        ("Mary  Ann Lee", "M***  A** L**"),
    ] {
        assert_eq!(PersonName::from_str(name).unwrap().to_string(), masked, "{name}");
    }
    assert_eq!(format!("{:?}", PersonName::from_str("张三").unwrap()), "PersonName(\"张*\")");

    assert_eq!(DocumentNumber::from_str("E12345678").unwrap().to_string(), "E1*****78");
}

#[test]
fn person_debug_and_display_leak_nothing() {
    let person = Person::try_cn("张三", "11010519491231002X", "+86 138 1234 5678").unwrap();
    let display = format!("{person}");
    let debug = format!("{person:?}");
    let pretty = format!("{person:#?}");
    assert_eq!(display, "张* (ID 110105********002X, tel 138****5678)");
    for shown in [&display, &debug, &pretty] {
        for secret in ["11010519491231002X", "19491231", "13812345678", "12345678", "张三"] {
            assert!(!shown.contains(secret), "{secret} in {shown}");
        }
    }
}

#[test]
fn person_display_lists_only_what_is_present() {
    let name = PersonName::from_str("张三").unwrap();
    let id = ResidentId::from_str("11010519491231002X").unwrap();
    assert_eq!(Person::new(name.clone()).to_string(), "张*");
    assert_eq!(Person::new(name.clone()).with_id(id).to_string(), "张* (ID 110105********002X)");
    let passport = IdDocument::Passport(DocumentNumber::from_str("E12345678").unwrap());
    assert_eq!(Person::new(name).with_id(passport).to_string(), "张* (ID E1*****78)");
}

#[test]
fn person_try_cn_reports_the_failing_part() {
    assert_eq!(
        Person::try_cn(" ", "11010519491231002X", "13812345678"),
        Err(PartyError::Name(NameError::Empty))
    );
    assert_eq!(
        Person::try_cn("张三", "110105194912310021", "13812345678"),
        Err(PartyError::ResidentId(ResidentIdError::CheckMismatch { expected: 'X', found: '1' }))
    );
}

// ---------------------------------------------------------------- IdDocument

#[test]
fn id_document_customs_codes() {
    // 规范 表3-3 buyerIdType: 1 身份证, 2 其它.
    let id = IdDocument::from(ResidentId::from_str("11010519491231002X").unwrap());
    assert_eq!(id.customs_id_type().code(), "1");
    let passport = IdDocument::Passport(DocumentNumber::from_str("E12345678").unwrap());
    assert_eq!(passport.customs_id_type().code(), "2");
    assert_eq!(CustomsIdType::from_str("1"), Ok(CustomsIdType::IdentityCard));
    assert!(CustomsIdType::from_str("3").is_err());
}

#[test]
fn id_document_from_customs() {
    let doc = IdDocument::from_customs(CustomsIdType::IdentityCard, "11010519491231002x").unwrap();
    assert_eq!(doc.reveal(), "11010519491231002X");
    assert_eq!(
        IdDocument::from_customs(CustomsIdType::IdentityCard, "E12345678"),
        Err(PartyError::ResidentId(ResidentIdError::WrongLength { found: 9 }))
    );
    assert_eq!(
        IdDocument::from_customs(CustomsIdType::Other, ""),
        Err(PartyError::DocumentNumber(DocumentNumberError::Empty))
    );
}

// ---------------------------------------------------------------- Phone

#[test]
fn phone_cn_mobile_forms_agree() {
    let want = Phone::from_str("13812345678").unwrap();
    for input in [
        "+86 138 1234 5678",
        "+8613812345678",
        "86-13812345678",
        "8613812345678",
        "0086 138-1234-5678",
        " 138 1234 5678 ",
    ] {
        let phone = Phone::from_str(input).unwrap();
        assert_eq!(phone, want, "{input}");
        assert!(phone.is_cn_mobile());
        assert_eq!(phone.country_code(), 86);
        assert_eq!(phone.reveal(), "13812345678");
        assert_eq!(phone.reveal_e164(), "+8613812345678");
        assert_eq!(phone.reveal_national_number(), "13812345678");
    }
}

#[test]
fn phone_international() {
    let us = Phone::from_str("+1 415-555-0100").unwrap();
    assert!(!us.is_cn_mobile());
    assert_eq!(us.country_code(), 1);
    assert_eq!(us.reveal(), "+14155550100");
    assert_eq!(us.to_string(), "+1 ******0100");

    let jp = Phone::from_str("+81 90 1234 5678").unwrap();
    assert_eq!(jp.country_code(), 81);
    assert_eq!(jp.reveal_national_number(), "9012345678");
    assert_eq!(jp.to_string(), "+81 ******5678");

    // Beijing landline: +86 but not a mobile.
    let bj = Phone::from_str("+86 10 6512 3456").unwrap();
    assert!(!bj.is_cn_mobile());
    assert_eq!(bj.reveal(), "+861065123456");
    assert_eq!(bj.to_string(), "+86 ******3456");

    // Niue: 4-digit national number, only the last two digits shown.
    let nu = Phone::from_str("+683 4002").unwrap();
    assert_eq!(nu.country_code(), 683);
    assert_eq!(nu.to_string(), "+683 **02");
}

#[test]
fn phone_errors() {
    assert_eq!(Phone::from_str("  - "), Err(PhoneError::Empty));
    assert_eq!(Phone::from_str("+"), Err(PhoneError::TooShort { digits: 0 }));
    assert_eq!(
        Phone::from_str("138(1234)5678"),
        Err(PhoneError::InvalidCharacter { position: 4, found: '(' })
    );
    assert_eq!(
        Phone::from_str("86+13812345678"),
        Err(PhoneError::InvalidCharacter { position: 3, found: '+' })
    );
    assert_eq!(
        Phone::from_str("020 1234 5678"),
        Err(PhoneError::MissingCountryCode { digits: 11 })
    );
    assert_eq!(Phone::from_str("+0 123456"), Err(PhoneError::CountryCodeStartsWithZero));
    // 16 digits: one more than E.164 allows.
    assert_eq!(Phone::from_str("+4412345678901234"), Err(PhoneError::TooLong { digits: 16 }));
    assert_eq!(Phone::from_str("+44 123"), Err(PhoneError::TooShort { digits: 5 }));
    assert_eq!(
        Phone::from_str("12812345678"),
        Err(PhoneError::InvalidCnMobile { prefix: "12".to_owned(), digits: 11 })
    );
    assert_eq!(
        Phone::from_str("+86 138 1234 567"),
        Err(PhoneError::InvalidCnMobile { prefix: "13".to_owned(), digits: 10 })
    );
}

#[test]
fn phone_errors_never_show_the_number() {
    for input in ["+4412345678901234", "12812345678", "+86 138 1234 567", "020 1234 5678"] {
        let err = Phone::from_str(input).unwrap_err();
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("12345678"), "{shown}");
    }
}

// ---------------------------------------------------------------- PersonName

#[test]
fn name_rules() {
    assert_eq!(PersonName::from_str("  张三 ").unwrap().reveal(), "张三");
    assert_eq!(PersonName::from_str(""), Err(NameError::Empty));
    assert_eq!(PersonName::from_str("\u{3000}"), Err(NameError::Empty));
    assert_eq!(PersonName::from_str("张\t三"), Err(NameError::ControlCharacter { position: 2 }));
    // 60 characters is the CEB buyerName limit; 61 is too long.
    assert!(PersonName::from_str(&"张".repeat(60)).is_ok());
    assert_eq!(
        PersonName::from_str(&"张".repeat(61)),
        Err(NameError::TooLong { chars: 61, max: 60 })
    );
}

#[test]
fn name_normalized_eq() {
    let n = |s| PersonName::from_str(s).unwrap();
    assert!(n("John Smith").normalized_eq(&n("  john   SMITH ")));
    assert!(n("John Smith").normalized_eq(&n("Ｊｏｈｎ\u{3000}Ｓｍｉｔｈ")));
    assert!(n("张三").normalized_eq(&n("张三")));
    assert!(!n("张三").normalized_eq(&n("张 三")));
    assert!(!n("John Smith").normalized_eq(&n("John Smyth")));
    assert!(!n("张三").normalized_eq(&n("張三"))); // no traditional/simplified folding
}

// ---------------------------------------------------------------- auto traits, serde

#[test]
fn types_are_send_and_sync() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug + PartialEq>() {}
    check::<ResidentId>();
    check::<Phone>();
    check::<PersonName>();
    check::<DocumentNumber>();
    check::<IdDocument>();
    check::<Person>();
    check::<PartyError>();
}

#[cfg(feature = "serde")]
#[test]
fn serde_writes_unmasked_values_and_validates_on_read() {
    let person = Person::try_cn("张三", "11010519491231002X", "+86 138 1234 5678").unwrap();
    let json = serde_json::to_string(&person).unwrap();
    assert_eq!(
        json,
        r#"{"name":"张三","id":{"resident_id":"11010519491231002X"},"phone":"13812345678"}"#
    );
    assert_eq!(serde_json::from_str::<Person>(&json).unwrap(), person);

    assert!(serde_json::from_str::<ResidentId>(r#""110105194912310021""#).is_err());
    assert!(serde_json::from_str::<Phone>(r#""12812345678""#).is_err());
    assert!(serde_json::from_str::<PersonName>(r#""""#).is_err());
    assert_eq!(serde_json::to_string(&CustomsIdType::IdentityCard).unwrap(), r#""1""#);
    let name_only: Person = serde_json::from_str(r#"{"name":"李四"}"#).unwrap();
    assert_eq!(name_only.to_string(), "李*");
}

// ---------------------------------------------------------------- properties

const PROVINCES: &[&str] = &[
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41",
    "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
];

/// A valid number: province, four region digits (or `0000` for 81–83), a date between
/// 1850-01-01 and 2099-12-31, a sequence code, and the oracle's check character.
fn valid_resident_id() -> impl Strategy<Value = (String, NaiveDate, u32)> {
    let region = prop_oneof![
        (prop::sample::select(PROVINCES), 0u32..10_000).prop_map(|(p, r)| format!("{p}{r:04}")),
        prop::sample::select(&["810000", "820000", "830000"][..]).prop_map(str::to_owned),
    ];
    let days = 0u64..(250 * 365);
    (region, days, 0u32..1000).prop_map(|(region, days, seq)| {
        let birth = date(1850, 1, 1) + chrono::Days::new(days);
        let body = format!("{region}{}{seq:03}", birth.format("%Y%m%d"));
        let number = format!("{body}{}", iso7064_mod11_2(&body));
        (number, birth, seq)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_numbers_parse((number, birth, seq) in valid_resident_id()) {
        let id = ResidentId::from_str(&number).unwrap();
        prop_assert_eq!(id.reveal(), number.as_str());
        prop_assert_eq!(id.birth_date(), birth);
        prop_assert_eq!(id.sex(), if seq % 2 == 1 { Sex::Male } else { Sex::Female });
        // Round trip through the revealed value (Display is masked).
        prop_assert_eq!(ResidentId::from_str(id.reveal()).unwrap(), id.clone());
        // The masked form: first six, eight stars, last four.
        let masked = format!("{}********{}", &number[..6], &number[14..]);
        prop_assert_eq!(id.to_string(), masked);
    }

    /// MOD 11-2 detects every single-character substitution (11 is prime and no weight is 0
    /// mod 11), and the other checks can only add failures.
    #[test]
    fn any_single_substitution_fails(
        (number, _, _) in valid_resident_id(),
        position in 0usize..18,
        replacement in prop::sample::select(&['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'][..]),
    ) {
        let mut chars: Vec<char> = number.chars().collect();
        prop_assume!(chars[position] != replacement);
        prop_assume!(position == 17 || replacement != 'X');
        chars[position] = replacement;
        let changed: String = chars.into_iter().collect();
        prop_assert!(ResidentId::from_str(&changed).is_err(), "{} accepted", changed);
    }

    #[test]
    fn residence_permit_regions_must_be_0000(p in 81u32..=83, rest in 1u32..10_000, seq in 0u32..1000) {
        let body = format!("{p}{rest:04}19900101{seq:03}");
        let number = format!("{body}{}", iso7064_mod11_2(&body));
        prop_assert_eq!(
            ResidentId::from_str(&number),
            Err(ResidentIdError::UnknownRegion { code: number[..6].to_owned() })
        );
    }

    #[test]
    fn parsers_never_panic(s in ".{0,40}") {
        let _ = ResidentId::from_str(&s);
        let _ = Phone::from_str(&s);
        let _ = PersonName::from_str(&s);
        let _ = DocumentNumber::from_str(&s);
        let _ = CustomsIdType::from_str(&s);
    }

    #[test]
    fn parsers_never_panic_on_near_misses(s in "[0-9xX+ \\-]{0,25}") {
        let _ = ResidentId::from_str(&s);
        if let Ok(p) = Phone::from_str(&s) {
            // Whatever parses re-parses to itself from both revealed forms.
            prop_assert_eq!(Phone::from_str(p.reveal()).unwrap(), p.clone());
            prop_assert_eq!(Phone::from_str(p.reveal_e164()).unwrap(), p);
        }
    }

    #[test]
    fn cn_mobiles_parse_and_mask(second in 3u32..=9, rest in 0u64..1_000_000_000) {
        let number = format!("1{second}{rest:09}");
        let phone = Phone::from_str(&format!("+86 {number}")).unwrap();
        prop_assert!(phone.is_cn_mobile());
        prop_assert_eq!(phone.reveal(), number.as_str());
        prop_assert_eq!(phone.to_string(), format!("{}****{}", &number[..3], &number[7..]));
        prop_assert_eq!(Phone::from_str(phone.reveal()).unwrap(), phone);
    }

    #[test]
    fn names_mask_to_same_length_and_round_trip(s in "[a-zA-Z张三欧阳娜李 ]{1,30}") {
        if let Ok(name) = PersonName::from_str(&s) {
            let masked = name.to_string();
            prop_assert_eq!(masked.chars().count(), name.reveal().chars().count());
            prop_assert_eq!(masked.chars().next(), name.reveal().chars().next());
            prop_assert_eq!(PersonName::from_str(name.reveal()).unwrap(), name.clone());
            prop_assert!(name.normalized_eq(&name));
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_round_trips((number, _, _) in valid_resident_id(), second in 3u32..=9, rest in 0u64..1_000_000_000) {
        let id = ResidentId::from_str(&number).unwrap();
        let json = serde_json::to_string(&id).unwrap();
        prop_assert_eq!(&json, &format!("\"{number}\""));
        prop_assert_eq!(serde_json::from_str::<ResidentId>(&json).unwrap(), id.clone());

        let phone = Phone::from_str(&format!("1{second}{rest:09}")).unwrap();
        let person = Person::new(PersonName::from_str("张三").unwrap()).with_id(id).with_phone(phone);
        let json = serde_json::to_string(&person).unwrap();
        prop_assert_eq!(serde_json::from_str::<Person>(&json).unwrap(), person);
    }
}
