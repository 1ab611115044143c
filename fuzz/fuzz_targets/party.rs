//! People: `ResidentId`, `Phone`, `PersonName`, `DocumentNumber`, `IdDocument::from_customs`,
//! `Person::try_cn` and the code enums, on arbitrary text.
//!
//! The whole input is given to every parser; `Person::try_cn` gets it split at `|` into
//! name, identity number and phone.
//!
//! Properties checked:
//! - a parsed value parses again from its revealed form to an equal value, and survives a
//!   JSON round trip (which writes the real value);
//! - `Display` is masked: it is never the revealed value (names: unless no word has a character
//!   after its first other than `*`, which the masking rule keeps as it is);
//! - errors never carry an input with six digits or more in full;
//! - the derived facts (birth date, age, sex, region, country code, …) do not panic.
#![no_main]

use chrono::NaiveDate;
use crossborder::party::{
    CustomsIdType, DocumentNumber, IdDocument, Person, PersonName, Phone, ResidentId, Sex,
};
use crossborder_fuzz::assert_json_round_trip;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    // Personal data here is a number: check inputs with six digits or more (an input of plain
    // words could be a substring of any error message).
    let long_input = text.trim().chars().filter(char::is_ascii_digit).count() >= 6;
    let no_leak = |what: &str, message: String| {
        if long_input {
            assert!(!message.contains(text.trim()), "{what} error leaks the input: {message}");
        }
    };

    match ResidentId::try_new(text) {
        Ok(id) => {
            assert_eq!(ResidentId::try_new(id.reveal()).as_ref(), Ok(&id));
            assert_ne!(id.to_string(), id.reveal(), "resident id printed unmasked");
            assert!(!format!("{id:?}").contains(id.reveal()), "resident id Debug unmasked");
            let birth = id.birth_date();
            for date in [birth, NaiveDate::MIN, NaiveDate::MAX] {
                let _ = id.age_on(date);
            }
            assert_eq!(id.age_on(birth), Some(0));
            let _ = (id.sex(), id.region_code(), id.is_hk_mo_tw_residence_permit());
            assert_json_round_trip(&id);
            let doc = IdDocument::from(id.clone());
            assert_eq!(doc.customs_id_type(), CustomsIdType::IdentityCard);
            assert_eq!(IdDocument::from_customs(CustomsIdType::IdentityCard, text), Ok(doc));
        }
        Err(e) => no_leak("resident id", e.to_string()),
    }

    match Phone::try_new(text) {
        Ok(phone) => {
            assert_eq!(Phone::try_new(phone.reveal()).as_ref(), Ok(&phone));
            assert_eq!(Phone::try_new(phone.reveal_e164()).as_ref(), Ok(&phone));
            assert_ne!(phone.to_string(), phone.reveal(), "phone printed unmasked");
            assert!(!format!("{phone:?}").contains(phone.reveal()), "phone Debug unmasked");
            assert!(phone.reveal_e164().ends_with(phone.reveal_national_number()));
            assert!(phone.reveal_e164().starts_with(&format!("+{}", phone.country_code())));
            let _ = phone.is_cn_mobile();
            assert_json_round_trip(&phone);
        }
        Err(e) => no_leak("phone", e.to_string()),
    }

    match PersonName::try_new(text) {
        Ok(name) => {
            assert_eq!(PersonName::try_new(name.reveal()).as_ref(), Ok(&name));
            assert!(name.normalized_eq(&name));
            let masked = name.to_string();
            assert_eq!(masked.chars().count(), name.reveal().chars().count());
            // Masking hides every character but the first of each word (a hidden `*` looks
            // the same masked).
            if name.reveal().split_whitespace().any(|w| w.chars().skip(1).any(|c| c != '*')) {
                assert_ne!(masked, name.reveal(), "name printed unmasked");
            }
            assert_json_round_trip(&name);
        }
        Err(e) => no_leak("name", e.to_string()),
    }

    match DocumentNumber::try_new(text) {
        Ok(number) => {
            assert_eq!(DocumentNumber::try_new(number.reveal()).as_ref(), Ok(&number));
            assert_json_round_trip(&number);
            let other = IdDocument::from_customs(CustomsIdType::Other, text);
            assert_eq!(other.as_ref().map(IdDocument::reveal), Ok(number.reveal()));
            if let Ok(doc) = other {
                assert_eq!(doc.customs_id_type(), CustomsIdType::Other);
                let _ = doc.to_string();
                assert_json_round_trip(&doc);
            }
        }
        Err(e) => no_leak("document number", e.to_string()),
    }

    if let Ok(sex) = text.parse::<Sex>() {
        assert_eq!(sex.to_string().parse::<Sex>(), Ok(sex));
    }
    if let Ok(t) = text.parse::<CustomsIdType>() {
        assert_eq!(t.to_string().parse::<CustomsIdType>(), Ok(t));
        let _ = t.code();
    }

    let mut parts = text.splitn(3, '|');
    if let (Some(name), Some(id), Some(phone)) = (parts.next(), parts.next(), parts.next()) {
        match Person::try_cn(name, id, phone) {
            Ok(person) => {
                let shown = person.to_string();
                assert!(!shown.contains(id.trim()), "person printed with the full id");
                let _ = format!("{person:?}");
                assert_json_round_trip(&person);
            }
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
});
