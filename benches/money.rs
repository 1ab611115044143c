//! Benchmarks of the money module, each against a plain baseline doing the same work.
// criterion's macros generate undocumented public items.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crossborder::money::{Currency, Money, Rate, Rounding};

/// The simplest parse of `"<int>.<2 digits> CNY"`: split, `str::parse::<i64>`, combine.
fn baseline_parse(s: &str) -> Option<i64> {
    let (amount, code) = s.split_once(' ')?;
    if code != "CNY" {
        return None;
    }
    let (int, frac) = amount.split_once('.')?;
    let int = int.parse::<i64>().ok()?;
    let frac = frac.parse::<i64>().ok()?;
    int.checked_mul(100)?.checked_add(frac)
}

/// `minor × 0.091` rounded half-up (positive amounts only) in plain i128 integer arithmetic.
fn baseline_mul_rate(minor: i64) -> i64 {
    let product = i128::from(minor) * 91;
    i64::try_from((product + 500) / 1000).unwrap_or(i64::MAX)
}

fn parse(c: &mut Criterion) {
    let text = "12345.67 CNY";
    assert_eq!(text.parse::<Money>().map(Money::minor).ok(), baseline_parse(text));
    let mut group = c.benchmark_group("money_parse");
    group.bench_function("crossborder", |b| b.iter(|| black_box(text).parse::<Money>()));
    group.bench_function("baseline", |b| b.iter(|| baseline_parse(black_box(text))));
    group.finish();
}

fn mul_rate(c: &mut Criterion) {
    let rate = "0.091".parse::<Rate>().unwrap_or(Rate::ZERO);
    assert!(!rate.is_zero());
    let amount = Money::from_minor(1_234_567, Currency::CNY);
    let ours = amount.checked_mul_rate(rate, Rounding::HalfUp).map(Money::minor).ok();
    assert_eq!(ours, Some(baseline_mul_rate(amount.minor())));
    let mut group = c.benchmark_group("money_mul_rate");
    group.bench_function("crossborder", |b| {
        b.iter(|| black_box(amount).checked_mul_rate(black_box(rate), Rounding::HalfUp));
    });
    group.bench_function("baseline", |b| b.iter(|| baseline_mul_rate(black_box(amount.minor()))));
    group.finish();
}

criterion_group!(benches, parse, mul_rate);
criterion_main!(benches);
