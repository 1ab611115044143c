//! Money: currency tables against independent sources, worked rounding and exchange cases from
//! the rules, and properties of parsing and arithmetic.

use std::cmp::Ordering;

use crossborder::money::{
    Currency, CurrencyError, ExchangeRate, Money, MoneyError, ParseMoneyError, Rate, RateError,
    Rounding,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

// A test helper: a bad literal should fail the test loudly (clippy exempts only #[test] bodies).
#[allow(clippy::unwrap_used)]
fn money(s: &str) -> Money {
    s.parse().unwrap()
}

// A test helper: a bad literal should fail the test loudly (clippy exempts only #[test] bodies).
#[allow(clippy::unwrap_used)]
fn rate(s: &str) -> Rate {
    s.parse().unwrap()
}

// A test helper: a bad literal should fail the test loudly (clippy exempts only #[test] bodies).
#[allow(clippy::unwrap_used)]
fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Currency tables
// ---------------------------------------------------------------------------------------------

/// ISO 4217 alphabetic code, numeric code and minor unit agree with the `iso_currency` crate
/// (an independent copy of the ISO list), and every currency is current (not a fund, special
/// or superseded code).
#[test]
fn currencies_match_iso_currency_oracle() {
    for &c in Currency::ALL {
        let oracle = iso_currency::Currency::from_code(c.iso_code())
            .unwrap_or_else(|| panic!("{c} unknown to iso_currency"));
        assert_eq!(oracle.code(), c.iso_code());
        assert_eq!(oracle.numeric(), c.iso_numeric(), "{c} numeric");
        assert_eq!(oracle.exponent(), Some(u16::from(c.minor_units())), "{c} minor units");
        assert!(oracle.flags().is_empty(), "{c} is not a plain current currency");
        assert_eq!(iso_currency::Currency::from_numeric(c.iso_numeric()), Some(oracle));
    }
}

/// The customs currency table 币制代码 (PARAM18 `zfs_table_bz`, shared reference
/// `customs_codes/currencies.csv`): customs code, ISO alpha, ISO numeric, status.
const CUSTOMS_TABLE: &[(&str, &str, Option<u16>, &str)] = &[
    ("110", "HKD", Some(344), "current"),
    ("116", "JPY", Some(392), "current"),
    ("121", "MOP", Some(446), "current"),
    ("129", "PHP", Some(608), "current"),
    ("132", "SGD", Some(702), "current"),
    ("136", "THB", Some(764), "current"),
    ("142", "CNY", Some(156), "current"),
    ("300", "EUR", Some(978), "current"),
    ("302", "DKK", Some(208), "current"),
    ("303", "GBP", Some(826), "current"),
    ("304", "DEM", None, "withdrawn"),
    ("305", "FRF", None, "withdrawn"),
    ("307", "ITL", None, "withdrawn"),
    ("312", "ESP", None, "withdrawn"),
    ("315", "ATS", None, "withdrawn"),
    ("318", "FIM", None, "withdrawn"),
    ("326", "NOK", Some(578), "current"),
    ("330", "SEK", Some(752), "current"),
    ("331", "CHF", Some(756), "current"),
    ("398", "", None, "no-iso-code"),
    ("501", "CAD", Some(124), "current"),
    ("502", "USD", Some(840), "current"),
    ("601", "AUD", Some(36), "current"),
    ("609", "NZD", Some(554), "current"),
];

#[test]
fn customs_codes_follow_the_customs_table() {
    let mut current = 0;
    for &(customs, alpha, numeric, status) in CUSTOMS_TABLE {
        let looked_up = Currency::from_customs_code(customs);
        if status == "current" {
            current += 1;
            let c = looked_up.unwrap();
            assert_eq!(c.iso_code(), alpha);
            assert_eq!(Some(c.iso_numeric()), numeric);
            assert_eq!(c.customs_code(), Some(customs));
        } else {
            assert_eq!(
                looked_up,
                Err(CurrencyError::UnknownCustomsCode { code: customs.to_owned() })
            );
            assert!(Currency::from_iso_code(alpha).is_err(), "{alpha} should not be supported");
        }
    }
    // Every current row is supported, plus KRW which has no customs code.
    assert_eq!(current, 17);
    assert_eq!(Currency::ALL.len(), current + 1);
    for &c in Currency::ALL {
        match c.customs_code() {
            Some(code) => {
                assert!(CUSTOMS_TABLE.iter().any(|row| row.0 == code && row.1 == c.iso_code()));
            }
            None => assert_eq!(c, Currency::KRW),
        }
    }
}

#[test]
fn customs_codes_brief_cases() {
    // CNY is 142 in customs messages, not its ISO numeric 156.
    assert_eq!(Currency::CNY.customs_code(), Some("142"));
    assert_eq!(Currency::CNY.iso_numeric(), 156);
    assert_eq!(Currency::USD.customs_code(), Some("502"));
    assert_eq!(Currency::JPY.customs_code(), Some("116"));
    assert_eq!(Currency::EUR.customs_code(), Some("300"));
    assert_eq!(Currency::GBP.customs_code(), Some("303"));
    assert_eq!(Currency::HKD.customs_code(), Some("110"));
    // KRW is missing from the official table; no code is invented (e.g. from 韩国's country code).
    assert_eq!(Currency::KRW.customs_code(), None);
    assert!(Currency::from_customs_code("133").is_err());
    assert!(Currency::from_customs_code("156").is_err());
    assert_eq!(Currency::JPY.minor_units(), 0);
    assert_eq!(Currency::KRW.minor_units(), 0);
    assert_eq!(Currency::CNY.name_zh(), "人民币");
}

// ---------------------------------------------------------------------------------------------
// Worked cases (expected values by hand from tax.md §1.7 / §6 and 272号令 第十三条)
// ---------------------------------------------------------------------------------------------

#[test]
fn cbec_vat_worked_cases() {
    let vat = |cv: &str, r: Rate| money(cv).checked_mul_rate(r, Rounding::HalfUp).unwrap();
    let vat_91 = rate("13%").checked_mul(rate("70%")).unwrap();
    assert_eq!(vat_91, rate("0.091"));
    // T01: 100.00 × 9.1% = 9.10
    assert_eq!(vat("100.00 CNY", vat_91), money("9.10 CNY"));
    // T02: (300 + 20) × 13% × 70% = 320 × 0.091 = 29.12
    let cv = money("300 CNY").checked_add(money("20 CNY")).unwrap();
    assert_eq!(cv.checked_mul_rate(vat_91, Rounding::HalfUp), Ok(money("29.12 CNY")));
    // T04: 160 × 0.091 = 14.56
    assert_eq!(vat("160.00 CNY", vat_91), money("14.56 CNY"));
    // T06: books 9% × 70% = 6.3%; 200 × 0.063 = 12.60
    let books = rate("9%").checked_mul(rate("0.7")).unwrap();
    assert_eq!(vat("200.00 CNY", books), money("12.60 CNY"));
    // T08(a): 5000 × 0.091 = 455.00
    assert_eq!(vat("5000.00 CNY", vat_91), money("455.00 CNY"));
    // T10: duty 12000 × 11% = 1320.00; VAT 16650 × 13% = 2164.50
    assert_eq!(vat("12000 CNY", rate("11%")), money("1320.00 CNY"));
    assert_eq!(vat("16650 CNY", rate("13%")), money("2164.50 CNY"));
    // 123.45 × 0.091 = 11.23395 → 11.23
    assert_eq!(vat("123.45 CNY", vat_91), money("11.23 CNY"));
}

/// T03: the consumption-tax base B = 820 / (1 − 15%) is not a whole number of fen; the tax
/// components are computed from the unrounded base and rounded once each (tax.md §6 T03).
#[test]
fn t03_components_round_once_from_decimal() {
    let base = dec("820").checked_div(dec("0.85")).unwrap(); // 964.70588235...
    // CT = B × 15% × 70% = 101.2941176... → 101.29
    let ct = base.checked_mul(dec("0.105")).unwrap();
    let ct = Money::from_decimal(ct, Currency::CNY, Rounding::HalfUp).unwrap();
    assert_eq!(ct, money("101.29 CNY"));
    // VAT = B × 13% × 70% = 87.7882352... → 87.79
    let vat = base.checked_mul(dec("0.091")).unwrap();
    let vat = Money::from_decimal(vat, Currency::CNY, Rounding::HalfUp).unwrap();
    assert_eq!(vat, money("87.79 CNY"));
    assert_eq!(ct.checked_add(vat), Ok(money("189.08 CNY")));
    // Variant "round the statutory CT first": 144.71 × 0.7 = 101.297 → 101.30
    let ct_stat = Money::from_decimal(
        base.checked_mul(dec("0.15")).unwrap(),
        Currency::CNY,
        Rounding::HalfUp,
    )
    .unwrap();
    assert_eq!(ct_stat, money("144.71 CNY"));
    assert_eq!(ct_stat.checked_mul_rate(rate("0.7"), Rounding::HalfUp), Ok(money("101.30 CNY")));
}

#[test]
fn half_up_versus_half_even() {
    let cases = [
        // (exact decimal, half-up, half-even)
        ("0.125", "0.13", "0.12"),
        ("0.135", "0.14", "0.14"),
        ("0.145", "0.15", "0.14"),
        ("-0.125", "-0.13", "-0.12"),
        ("-0.135", "-0.14", "-0.14"),
        ("0.124999", "0.12", "0.12"),
        ("0.125001", "0.13", "0.13"),
        ("-0.005", "-0.01", "0.00"),
    ];
    for (exact, up, even) in cases {
        let x = dec(exact);
        let got_up = Money::from_decimal(x, Currency::CNY, Rounding::HalfUp).unwrap();
        let got_even = Money::from_decimal(x, Currency::CNY, Rounding::HalfEven).unwrap();
        assert_eq!(got_up, money(&format!("{up} CNY")), "{exact} half-up");
        assert_eq!(got_even, money(&format!("{even} CNY")), "{exact} half-even");
    }
    // The same ties reached by multiplying: 1.25 × 0.1 = 0.125; −1.35 × 0.1 = −0.135
    assert_eq!(
        money("1.25 CNY").checked_mul_rate(rate("0.1"), Rounding::HalfUp),
        Ok(money("0.13 CNY"))
    );
    assert_eq!(
        money("1.25 CNY").checked_mul_rate(rate("0.1"), Rounding::HalfEven),
        Ok(money("0.12 CNY"))
    );
    assert_eq!(
        money("-1.35 CNY").checked_mul_rate(rate("0.1"), Rounding::HalfEven),
        Ok(money("-0.14 CNY"))
    );
    // Down and Up: 0.129 → 0.12 / 0.13; −0.121 → −0.12 / −0.13
    assert_eq!(
        Money::from_decimal(dec("0.129"), Currency::CNY, Rounding::Down),
        Ok(money("0.12 CNY"))
    );
    assert_eq!(
        Money::from_decimal(dec("-0.121"), Currency::CNY, Rounding::Up),
        Ok(money("-0.13 CNY"))
    );
    // JPY has no minor unit: 2.5 → 3 half-up, 2 half-even
    assert_eq!(
        Money::from_decimal(dec("2.5"), Currency::JPY, Rounding::HalfUp),
        Ok(money("3 JPY"))
    );
    assert_eq!(
        Money::from_decimal(dec("2.5"), Currency::JPY, Rounding::HalfEven),
        Ok(money("2 JPY"))
    );
}

/// 272号令 第十三条: convert at the 计征汇率 and round 四舍五入 to the fen.
#[test]
fn exchange_worked_by_hand() {
    let usd: ExchangeRate = "1 USD = 7.1234 CNY".parse().unwrap();
    // 19.99 × 7.1234 = 142.396766 → 142.40
    assert_eq!(usd.convert(money("19.99 USD")), Ok(money("142.40 CNY")));
    // 0.07 × 7.1234 = 0.498638 → 0.50; 0.01 × 7.1234 = 0.071234 → 0.07
    assert_eq!(usd.convert(money("0.07 USD")), Ok(money("0.50 CNY")));
    assert_eq!(usd.convert(money("0.01 USD")), Ok(money("0.07 CNY")));
    // A tie: 1.00 × 7.125 = 7.125 → 7.13 half-up (四舍五入), 7.12 half-even
    let tie: ExchangeRate = "1 USD = 7.125 CNY".parse().unwrap();
    assert_eq!(tie.convert(money("1.00 USD")), Ok(money("7.13 CNY")));
    assert_eq!(tie.convert_with(money("1.00 USD"), Rounding::HalfEven), Ok(money("7.12 CNY")));
    // JPY quoted per 100: 100 JPY = 4.8562 CNY; 2980 JPY → 2980 × 0.048562 = 144.71476 → 144.71
    let jpy: ExchangeRate = "100 JPY = 4.8562 CNY".parse().unwrap();
    assert_eq!(jpy.convert(money("2980 JPY")), Ok(money("144.71 CNY")));
    // EUR → JPY (2 → 0 digits): 12.34 × 161.5 = 1992.91 → 1993 JPY
    let eur_jpy: ExchangeRate = "1 EUR = 161.5 JPY".parse().unwrap();
    assert_eq!(eur_jpy.convert(money("12.34 EUR")), Ok(money("1993 JPY")));
    assert_eq!(
        usd.convert(money("1 EUR")),
        Err(MoneyError::CurrencyMismatch { left: Currency::EUR, right: Currency::USD })
    );
}

#[test]
fn parse_rejections_are_typed() {
    let malformed_at = |s: &str| match s.parse::<Money>() {
        Err(ParseMoneyError::Malformed { position, .. }) => Some(position),
        _ => None,
    };
    assert_eq!("".parse::<Money>(), Err(ParseMoneyError::Empty));
    assert_eq!(malformed_at("+"), Some(0));
    assert_eq!(malformed_at("+1.00 CNY"), Some(0));
    assert_eq!(malformed_at("1e3 CNY"), Some(1));
    assert_eq!(malformed_at("1,234.00 CNY"), Some(1));
    assert_eq!(malformed_at("CNY 12.30"), Some(0));
    assert_eq!(malformed_at("garbage"), Some(0));
    assert!(matches!(
        "12.345 CNY".parse::<Money>(),
        Err(ParseMoneyError::TooManyDecimals { max: 2, found: 3, .. })
    ));
    assert!(matches!(
        "1.5 JPY".parse::<Money>(),
        Err(ParseMoneyError::TooManyDecimals { max: 0, .. })
    ));
    assert!(matches!(
        "100000000000000000 CNY".parse::<Money>(),
        Err(ParseMoneyError::Overflow { .. })
    ));
    assert!(matches!("1 ABC".parse::<Money>(), Err(ParseMoneyError::Currency(_))));
    assert_eq!(
        "-1%".parse::<Rate>().map_err(|e| matches!(e, RateError::Malformed { .. })),
        Err(true)
    );
}

#[test]
fn ordering_is_only_within_a_currency() {
    assert_eq!(money("1.00 CNY").checked_cmp(money("0.99 CNY")), Ok(Ordering::Greater));
    assert_eq!(
        money("1.00 CNY").checked_cmp(money("1.00 USD")),
        Err(MoneyError::CurrencyMismatch { left: Currency::CNY, right: Currency::USD })
    );
    assert_ne!(money("1.00 CNY"), money("1.00 USD"));
}

#[test]
fn public_types_are_send_sync() {
    fn assert_send_sync<T: Send + Sync + Clone + std::fmt::Debug + PartialEq + 'static>() {}
    assert_send_sync::<Currency>();
    assert_send_sync::<Money>();
    assert_send_sync::<Rate>();
    assert_send_sync::<Rounding>();
    assert_send_sync::<ExchangeRate>();
    assert_send_sync::<MoneyError>();
    assert_send_sync::<ParseMoneyError>();
    assert_send_sync::<RateError>();
    assert_send_sync::<CurrencyError>();
}

#[cfg(feature = "serde")]
#[test]
fn serde_uses_the_validated_string() {
    assert_eq!(serde_json::to_string(&money("12.30 CNY")).unwrap(), r#""12.30 CNY""#);
    assert_eq!(serde_json::to_string(&Currency::JPY).unwrap(), r#""JPY""#);
    assert_eq!(serde_json::to_string(&rate("9.1%")).unwrap(), r#""0.091""#);
    assert_eq!(serde_json::to_string(&Rounding::HalfEven).unwrap(), r#""half_even""#);
    assert_eq!(
        serde_json::to_string(&"1 USD = 7.1234 CNY".parse::<ExchangeRate>().unwrap()).unwrap(),
        r#""1 USD = 7.1234 CNY""#
    );
    assert!(serde_json::from_str::<Money>(r#""12.345 CNY""#).is_err());
    assert!(serde_json::from_str::<Money>("1230").is_err());
    assert!(serde_json::from_str::<Money>(r#"{"minor":1230,"currency":"CNY"}"#).is_err());
    assert!(serde_json::from_str::<Currency>(r#""156""#).is_err());
    assert!(serde_json::from_str::<Rate>(r#""-0.1""#).is_err());
    assert!(serde_json::from_str::<ExchangeRate>(r#""1 USD = 0 CNY""#).is_err());
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

fn any_currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(Currency::ALL)
}

fn any_money() -> impl Strategy<Value = Money> {
    (any::<i64>(), any_currency()).prop_map(|(m, c)| Money::from_minor(m, c))
}

fn any_rate() -> impl Strategy<Value = Rate> {
    (0_i64..1_000_000_000_000, 0_u32..=12)
        .prop_filter_map("negative", |(m, s)| Rate::try_new(Decimal::new(m, s)).ok())
}

fn any_rounding() -> impl Strategy<Value = Rounding> {
    prop::sample::select(Rounding::ALL)
}

fn any_exchange_rate() -> impl Strategy<Value = ExchangeRate> {
    (any_currency(), any_currency(), 1_i64..1_000_000_000_000, 0_u32..=12)
        .prop_filter_map("same currency", |(from, to, m, s)| {
            ExchangeRate::try_new(from, to, Decimal::new(m, s)).ok()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn money_display_round_trips(m in any_money()) {
        prop_assert_eq!(m.to_string().parse::<Money>(), Ok(m));
    }

    #[test]
    fn other_displays_round_trip(
        c in any_currency(),
        r in any_rate(),
        x in any_exchange_rate(),
        mode in any_rounding(),
    ) {
        prop_assert_eq!(c.to_string().parse::<Currency>(), Ok(c));
        prop_assert_eq!(r.to_string().parse::<Rate>(), Ok(r));
        prop_assert_eq!(x.to_string().parse::<ExchangeRate>(), Ok(x));
        prop_assert_eq!(mode.to_string().parse::<Rounding>(), Ok(mode));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_json_round_trips(
        m in any_money(),
        r in any_rate(),
        x in any_exchange_rate(),
        mode in any_rounding(),
    ) {
        let back: Money = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        prop_assert_eq!(back, m);
        let back: Currency =
            serde_json::from_str(&serde_json::to_string(&m.currency()).unwrap()).unwrap();
        prop_assert_eq!(back, m.currency());
        let back: Rate = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        prop_assert_eq!(back, r);
        let back: ExchangeRate = serde_json::from_str(&serde_json::to_string(&x).unwrap()).unwrap();
        prop_assert_eq!(back, x);
        let back: Rounding = serde_json::from_str(&serde_json::to_string(&mode).unwrap()).unwrap();
        prop_assert_eq!(back, mode);
    }

    /// Never panics on any i64; overflow is an error exactly when the true result leaves i64.
    #[test]
    fn arithmetic_is_total(a in any::<i64>(), b in any::<i64>(), k in any::<i64>(), r in any_rate(), mode in any_rounding()) {
        let (x, y) = (Money::from_minor(a, Currency::CNY), Money::from_minor(b, Currency::CNY));
        let wide = |v: i128| i64::try_from(v).ok().map(|m| Money::from_minor(m, Currency::CNY));
        prop_assert_eq!(x.checked_add(y).ok(), wide(i128::from(a) + i128::from(b)));
        prop_assert_eq!(x.checked_sub(y).ok(), wide(i128::from(a) - i128::from(b)));
        prop_assert_eq!(x.checked_mul_int(k).ok(), wide(i128::from(a) * i128::from(k)));
        prop_assert_eq!(x.checked_neg().ok(), wide(-i128::from(a)));
        let _ = x.checked_mul_rate(r, mode);
        let _ = Money::checked_sum(Currency::CNY, [x, y, x]);
        prop_assert!(x.checked_add(Money::from_minor(b, Currency::USD)).is_err());
    }

    #[test]
    fn add_then_sub_is_identity(a in any_money(), b in any::<i64>()) {
        let b = Money::from_minor(b, a.currency());
        if let Ok(sum) = a.checked_add(b) {
            prop_assert_eq!(sum.checked_sub(b), Ok(a));
        }
    }

    /// `checked_mul_rate` equals `from_decimal` of the exact product, rounded by rust_decimal's
    /// own strategy (an independent implementation) in a range where the decimal product is exact.
    #[test]
    fn mul_rate_agrees_with_decimal(
        minor in -1_000_000_000_000_000_i64..1_000_000_000_000_000, // 10^15: product < 2^96
        c in any_currency(),
        r in any_rate(),
        mode in any_rounding(),
    ) {
        let m = Money::from_minor(minor, c);
        let exact = m.to_decimal().checked_mul(r.as_decimal()).unwrap();
        let expected = exact.round_dp_with_strategy(u32::from(c.minor_units()), mode.strategy());
        let got = m.checked_mul_rate(r, mode);
        prop_assert_eq!(Money::from_decimal(exact, c, mode).ok(), got.clone().ok());
        match got {
            Ok(got) => prop_assert_eq!(got.to_decimal(), expected),
            // only when the rounded product leaves i64 minor units (|x| ≥ 2^63)
            Err(e) => {
                prop_assert_eq!(e, MoneyError::Overflow { operation: "Money::checked_mul_rate" });
                let minor_units = Decimal::from(10_i64.pow(u32::from(c.minor_units())));
                let magnitude = expected.abs().checked_mul(minor_units);
                prop_assert!(magnitude.is_none_or(|v| v > Decimal::from(i64::MAX)));
            }
        }
    }

    #[test]
    fn convert_agrees_with_decimal(
        minor in -1_000_000_000_000_000_i64..1_000_000_000_000_000, // 10^15: product < 2^96
        x in any_exchange_rate(),
    ) {
        let m = Money::from_minor(minor, x.from());
        let exact = m.to_decimal().checked_mul(x.rate()).unwrap();
        let expected = exact.round_dp_with_strategy(
            u32::from(x.to().minor_units()),
            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
        );
        match x.convert(m) {
            Ok(got) => {
                prop_assert_eq!(got.currency(), x.to());
                prop_assert_eq!(got.to_decimal(), expected);
            }
            // only when the result leaves i64 minor units
            Err(e) => {
                prop_assert_eq!(e, MoneyError::Overflow { operation: "ExchangeRate::convert" });
                prop_assert!(Money::from_decimal(exact, x.to(), Rounding::HalfUp).is_err());
            }
        }
    }

    #[test]
    fn parsing_arbitrary_text_never_panics(s in any::<String>(), t in "[-+0-9., A-Za-z%=]{0,24}") {
        for text in [&s, &t] {
            let _ = text.parse::<Money>();
            let _ = text.parse::<Currency>();
            let _ = text.parse::<Rate>();
            let _ = text.parse::<ExchangeRate>();
            let _ = text.parse::<Rounding>();
            if let Ok(m) = text.parse::<Money>() {
                prop_assert_eq!(m.to_string().parse::<Money>(), Ok(m));
            }
        }
    }

    #[test]
    fn parsed_amount_matches_digits(int in 0_u64..100_000_000_000, frac in 0_u8..100, c in any_currency(), neg in any::<bool>()) {
        let sign = if neg { "-" } else { "" };
        let text = if c.minor_units() == 2 {
            format!("{sign}{int}.{frac:02} {c}")
        } else {
            format!("{sign}{int} {c}")
        };
        let magnitude = if c.minor_units() == 2 { i64::try_from(int).unwrap() * 100 + i64::from(frac) } else { i64::try_from(int).unwrap() };
        let expected = if neg { -magnitude } else { magnitude };
        prop_assert_eq!(text.parse::<Money>(), Ok(Money::from_minor(expected, c)));
    }
}
