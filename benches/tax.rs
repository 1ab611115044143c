//! CBEC composite-tax assessment (single line and five lines) against the same formula in `f64`.
// criterion's macros generate undocumented public items.
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use crossborder::money::{Currency, Money};
use crossborder::tax::{BuiltinCategory, CbecOrder, OrderLine, TaxPolicy};

/// One line of the baseline: customs value in yuan, VAT rate, consumption-tax rate.
#[derive(Clone, Copy)]
struct FloatLine {
    goods: f64,
    vat: f64,
    ct: f64,
}

/// The same computation in `f64`, the simplest way: freight spread by value, per-line CT and
/// VAT on the composite base × 0.7, each rounded to the fen with `f64::round`. This is the
/// "cost of exactness" baseline; it is not exact (0.1 + 0.2 ≠ 0.3).
// The baseline is deliberately floating point.
#[allow(clippy::float_arithmetic)]
fn baseline(lines: &[FloatLine], freight: f64) -> f64 {
    let goods: f64 = lines.iter().map(|l| l.goods).sum();
    let round = |x: f64| (x * 100.0).round() / 100.0;
    let mut total = 0.0;
    for l in lines {
        let cv = l.goods + freight * l.goods / goods;
        let base = cv / (1.0 - l.ct);
        total += round(base * l.ct * 0.7) + round(base * l.vat * 0.7);
    }
    total
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 18).unwrap_or_default()
}

fn cny(minor: i64) -> Money {
    Money::from_minor(minor, Currency::CNY)
}

/// T03: high-end serum 800 + 20 freight (the consumption-tax path: two decimal divisions).
fn single_line_order() -> CbecOrder {
    let mut serum = OrderLine::new(BuiltinCategory::Cosmetics.category(), cny(80_000), 1);
    serum.content_per_unit = "50 ml".parse().ok();
    let mut o = CbecOrder::new(date(), vec![serum]);
    o.freight = cny(2_000);
    o
}

fn five_line_order() -> CbecOrder {
    let mut o = CbecOrder::new(
        date(),
        vec![
            OrderLine::new(BuiltinCategory::Food.category(), cny(26_800), 2),
            OrderLine::new(BuiltinCategory::Books.category(), cny(8_900), 1),
            OrderLine::new(BuiltinCategory::Cosmetics.category(), cny(80_000), 1),
            OrderLine::new(BuiltinCategory::Clothing.category(), cny(39_900), 1),
            OrderLine::new(BuiltinCategory::Electronics.category(), cny(129_900), 1),
        ],
    );
    o.freight = cny(4_500);
    if let Some(serum) = o.lines.get_mut(2) {
        serum.content_per_unit = "50 ml".parse().ok();
    }
    o
}

// The sanity check compares the f64 baseline with the exact answer.
#[allow(clippy::float_arithmetic)]
fn single_line(c: &mut Criterion) {
    let order = single_line_order();
    let policy = TaxPolicy::default();
    let used = cny(0);
    let lines = [FloatLine { goods: 800.0, vat: 0.13, ct: 0.15 }];
    let ours = order.assess(used, &policy).ok().and_then(|a| a.total_tax()).map(Money::minor);
    assert_eq!(ours, Some(18_908)); // 189.08, reference case T03
    assert!((baseline(&lines, 20.0) - 189.08).abs() < 1e-9);
    let mut group = c.benchmark_group("tax_cbec_single_line");
    group.bench_function("crossborder", |b| {
        b.iter(|| black_box(&order).assess(black_box(used), black_box(&policy)));
    });
    group.bench_function("f64_baseline", |b| {
        b.iter(|| baseline(black_box(&lines), black_box(20.0)));
    });
    group.finish();
}

fn five_lines(c: &mut Criterion) {
    let order = five_line_order();
    let policy = TaxPolicy::default();
    let used = cny(0);
    let lines = [
        FloatLine { goods: 536.0, vat: 0.13, ct: 0.0 },
        FloatLine { goods: 89.0, vat: 0.09, ct: 0.0 },
        FloatLine { goods: 800.0, vat: 0.13, ct: 0.15 },
        FloatLine { goods: 399.0, vat: 0.13, ct: 0.0 },
        FloatLine { goods: 1299.0, vat: 0.13, ct: 0.0 },
    ];
    assert!(order.assess(used, &policy).ok().and_then(|a| a.total_tax()).is_some());
    let mut group = c.benchmark_group("tax_cbec_five_lines");
    group.bench_function("crossborder", |b| {
        b.iter(|| black_box(&order).assess(black_box(used), black_box(&policy)));
    });
    group.bench_function("f64_baseline", |b| {
        b.iter(|| baseline(black_box(&lines), black_box(45.0)));
    });
    group.finish();
}

criterion_group!(benches, single_line, five_lines);
criterion_main!(benches);
