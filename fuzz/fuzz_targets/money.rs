//! Money: `Money`, `Rate`, `ExchangeRate`, `Currency` and `Rounding` parsing, and arithmetic on
//! the parsed values.
//!
//! The input is split at `|`; every part goes to every parser, and the parsed amounts, rates
//! and exchange rates are combined with each other by every checked operation and rounding.
//!
//! Properties checked:
//! - parsed values print (`Display`) to text that parses back to the same value, and survive a
//!   JSON round trip;
//! - arithmetic returns `Ok` or `Err` (never panics); where it succeeds: addition commutes and
//!   subtraction undoes it, double negation is the identity, multiplying by the rate 1 or the
//!   integer 1 is the identity, by 0 gives zero, and `from_decimal(to_decimal())` is exact
//!   under every rounding.
#![no_main]

use std::cmp::Ordering;

use crossborder::money::{Currency, ExchangeRate, Money, Rate, Rounding};
use crossborder_fuzz::assert_json_round_trip;
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut amounts = Vec::new();
    let mut rates = Vec::new();
    let mut exchange = Vec::new();
    let mut ints = Vec::new();
    for part in text.split('|').take(8) {
        if let Ok(m) = part.parse::<Money>() {
            assert_eq!(m.to_string().parse::<Money>(), Ok(m), "Money display round trip");
            assert_eq!(Money::try_from(part), Ok(m));
            assert_json_round_trip(&m);
            amounts.push(m);
        }
        if let Ok(r) = part.parse::<Rate>() {
            assert_eq!(r.to_string().parse::<Rate>(), Ok(r), "Rate display round trip");
            assert_eq!(Rate::try_new(r.as_decimal()), Ok(r));
            assert_json_round_trip(&r);
            rates.push(r);
        }
        if let Ok(x) = part.parse::<ExchangeRate>() {
            assert_eq!(x.to_string().parse::<ExchangeRate>(), Ok(x), "ExchangeRate round trip");
            assert_eq!(ExchangeRate::try_new(x.from(), x.to(), x.rate()), Ok(x));
            assert_json_round_trip(&x);
            exchange.push(x);
        }
        if let Ok(c) = part.parse::<Currency>() {
            assert_eq!(c.to_string().parse::<Currency>(), Ok(c));
            assert_eq!(Currency::from_iso_numeric(c.iso_numeric()), Ok(c));
            if let Some(code) = c.customs_code() {
                assert_eq!(Currency::from_customs_code(code), Ok(c));
            }
            let _ = (c.name_en(), c.name_zh(), c.minor_units());
        }
        let _ = Currency::from_iso_code(part);
        let _ = Currency::from_customs_code(part);
        if let Ok(r) = part.parse::<Rounding>() {
            assert_eq!(r.to_string().parse::<Rounding>(), Ok(r));
        }
        if let Ok(i) = part.trim().parse::<i64>() {
            ints.push(i);
        }
        if let Ok(d) = part.trim().parse::<Decimal>() {
            let _ = Rate::try_new(d);
            let _ = Rate::from_percent(d);
            for &currency in [Currency::CNY, Currency::JPY, Currency::USD].iter() {
                for &rounding in Rounding::ALL {
                    let _ = Money::from_decimal(d, currency, rounding);
                }
            }
        }
    }

    for &a in &amounts {
        unary(a);
        for &b in &amounts {
            binary(a, b);
        }
        for &r in &rates {
            for &rounding in Rounding::ALL {
                let _ = a.checked_mul_rate(r, rounding);
            }
        }
        for &x in &exchange {
            for &rounding in Rounding::ALL {
                if let Ok(converted) = x.convert_with(a, rounding) {
                    assert_eq!(converted.currency(), x.to());
                }
            }
            let _ = x.convert(a);
        }
        for &i in &ints {
            let _ = a.checked_mul_int(i);
            let _ = Money::from_major(i, a.currency());
        }
        let _ = Money::checked_sum(a.currency(), amounts.iter().copied());
    }
    for &r in &rates {
        for &s in &rates {
            let _ = r.checked_mul(s);
        }
    }
    for &x in &exchange {
        if let Ok(inverse) = x.inverse() {
            assert_eq!((inverse.from(), inverse.to()), (x.to(), x.from()));
        }
    }
});

fn unary(a: Money) {
    let _ = (a.is_zero(), a.is_negative(), a.is_positive(), a.minor());
    if let Ok(n) = a.checked_neg() {
        assert_eq!(n.checked_neg(), Ok(a), "double negation");
    }
    if let Ok(abs) = a.checked_abs() {
        assert!(!abs.is_negative());
    }
    assert_eq!(a.checked_mul_int(1), Ok(a));
    assert_eq!(a.checked_mul_int(0), Ok(Money::zero(a.currency())));
    let _ = a.checked_mul_int(-1);
    let _ = a.checked_mul_int(i64::MIN);
    let _ = a.checked_mul_int(i64::MAX);
    for &rounding in Rounding::ALL {
        assert_eq!(a.checked_mul_rate(Rate::ONE, rounding), Ok(a), "× 1 under {rounding}");
        assert_eq!(a.checked_mul_rate(Rate::ZERO, rounding), Ok(Money::zero(a.currency())));
        assert_eq!(Money::from_decimal(a.to_decimal(), a.currency(), rounding), Ok(a));
    }
}

fn binary(a: Money, b: Money) {
    let sum = a.checked_add(b).ok();
    assert_eq!(sum, b.checked_add(a).ok(), "addition commutes");
    if let Some(s) = sum {
        assert_eq!(s.checked_sub(b), Ok(a), "subtraction undoes addition");
    }
    let _ = a.checked_sub(b);
    match a.checked_cmp(b) {
        Ok(order) => {
            assert_eq!(a.currency(), b.currency());
            assert_eq!(order, a.minor().cmp(&b.minor()));
            assert_eq!(b.checked_cmp(a).map(Ordering::reverse), Ok(order));
        }
        Err(_) => assert_ne!(a.currency(), b.currency()),
    }
}
