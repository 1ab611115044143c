//! Tax assessments from arbitrary structured inputs (built with `arbitrary`): CBEC orders
//! (`CbecOrder::assess`, `split_tax_inclusive`), postal parcels (`PostalParcel::assess`),
//! other destinations' low-value regimes (`Consignment`), and sequences of annual-quota ledger
//! operations (`AnnualQuotaLedger`).
//!
//! Categories are the built-in ones or custom ones with arbitrary VAT class, consumption tax
//! (ad valorem, specific, thresholds) and postal bands; amounts are mostly CNY, sometimes another
//! currency; dates span the laws' history.
//!
//! Properties checked:
//! - every call returns `Ok` or `Err`, never panics;
//! - a CBEC assessment has tax exactly when admissible, non-negative tax that is the sum of its
//!   components, and a quota effect `used_after = used_before + counted`; an inadmissible order
//!   counts nothing;
//! - an inclusive split adds up to the price;
//! - a postal quote's payable amount is absent exactly when not admissible;
//! - a ledger's used and reserved amounts are never negative, and a refused operation leaves
//!   the ledger unchanged.
#![no_main]

use arbitrary::Arbitrary;
use chrono::{NaiveDate, TimeDelta};
use crossborder::geo::{Country, CustomsRegion};
use crossborder::money::{Currency, Money, Rate, Rounding};
use crossborder::party::ResidentId;
use crossborder::tax::{
    AnnualQuotaLedger, BuiltinCategory, Carriage, CategoryId, CbecOrder, CbecOutcome, Consignment,
    ConsumptionTax, Content, ContentUnit, CtThreshold, ForeignGoods, FreightAllocation,
    NonCashDeduction, OrderLine, OrderRef, PostalBand, PostalItem, PostalParcel,
    RoundingGranularity, RoundingOrder, SpecificRate, TaxCategory, TaxPolicy, VatClass,
    split_tax_inclusive,
};
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

#[derive(Debug, Arbitrary)]
enum Amount {
    Small(u16),
    Medium(u32),
    Negative(i16),
    Raw(i64),
    OtherCurrency(u8, u32),
}

#[derive(Debug, Arbitrary)]
struct Day(i16);

#[derive(Debug, Arbitrary)]
struct Dec {
    mantissa: i64,
    scale: u8,
}

#[derive(Debug, Arbitrary)]
struct ContentSpec {
    amount: Dec,
    gram: bool,
}

#[derive(Debug, Arbitrary)]
struct CtSpec {
    rate: Dec,
    specific: Option<(Amount, ContentSpec)>,
    per_content: Option<Amount>,
    per_piece: Option<Amount>,
    threshold: bool,
}

#[derive(Debug, Arbitrary)]
enum Category {
    Builtin(u8),
    Custom {
        vat: u8,
        fixed_vat: Dec,
        ct: Option<CtSpec>,
        band: u8,
        band_outside_ct: Option<u8>,
        band_before: Option<(Day, u8)>,
    },
}

#[derive(Debug, Arbitrary)]
struct Line {
    category: Category,
    price: Amount,
    quantity: u8,
    content: Option<ContentSpec>,
    duty_rate: Option<Dec>,
    table_value: Option<Amount>,
    band: Option<u8>,
}

#[derive(Debug, Arbitrary)]
struct Policy {
    rounding: u8,
    granularity: u8,
    order: u8,
    freight: u8,
    non_cash: u8,
}

#[derive(Debug, Arbitrary)]
enum LedgerOp {
    Reserve { buyer: bool, order: u8, day: Day, amount: Amount },
    Release { buyer: bool, order: u8, day: Day },
    Commit { buyer: bool, order: u8, day: Day },
    Cancel { buyer: bool, order: u8 },
    Return { buyer: bool, order: u8, amount: Amount, applied: Day, back: u8 },
    Check { buyer: bool, day: Day, amount: Amount },
}

#[derive(Debug, Arbitrary)]
struct Input {
    day: Day,
    lines: Vec<Line>,
    freight: Amount,
    insurance: Amount,
    cash_discount: Amount,
    non_cash_deduction: Amount,
    used_this_year: Amount,
    policy: Policy,
    origin: u8,
    country: u16,
    carriage: bool,
    goods: u8,
    subheadings: u8,
    personal_use: bool,
    vat_rate: Dec,
    ledger: Vec<LedgerOp>,
}

fn pick<T: Copy>(all: &[T], i: impl Into<usize>) -> T {
    all[i.into() % all.len()]
}

fn money(a: &Amount) -> Money {
    match *a {
        Amount::Small(m) => Money::from_minor(i64::from(m), Currency::CNY),
        Amount::Medium(m) => Money::from_minor(i64::from(m), Currency::CNY),
        Amount::Negative(m) => Money::from_minor(i64::from(m), Currency::CNY),
        Amount::Raw(m) => Money::from_minor(m, Currency::CNY),
        Amount::OtherCurrency(c, m) => Money::from_minor(i64::from(m), pick(Currency::ALL, c)),
    }
}

/// Dates from 2010 to about 2030, around the laws' effective dates.
fn date(d: &Day) -> NaiveDate {
    let base = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap_or(NaiveDate::MIN);
    base + TimeDelta::days(i64::from(d.0 % 4000))
}

fn decimal(d: &Dec) -> Decimal {
    Decimal::try_from_i128_with_scale(i128::from(d.mantissa), u32::from(d.scale % 29))
        .unwrap_or(Decimal::ZERO)
}

/// Rates are mostly small percentages, so the interesting paths are reached.
fn rate(d: &Dec) -> Option<Rate> {
    let value = decimal(d);
    let value = if d.scale < 200 { value % Decimal::ONE } else { value };
    Rate::try_new(value.abs()).ok()
}

fn content(c: &ContentSpec) -> Option<Content> {
    let unit = if c.gram { ContentUnit::Gram } else { ContentUnit::Millilitre };
    Content::try_new(decimal(&c.amount), unit).ok()
}

fn category(c: &Category) -> TaxCategory {
    match c {
        Category::Builtin(i) => pick(BuiltinCategory::ALL, *i).category(),
        Category::Custom { vat, fixed_vat, ct, band, band_outside_ct, band_before } => {
            let vat = match vat % 3 {
                0 => VatClass::Standard,
                1 => VatClass::Reduced,
                _ => rate(fixed_vat).map_or(VatClass::Standard, VatClass::Fixed),
            };
            let id = CategoryId::try_new("fuzz").unwrap_or_else(|e| panic!("category id: {e}"));
            let mut cat = TaxCategory::new(id, "fuzz", vat, pick(PostalBand::ALL, *band));
            if let Some(ct) = ct.as_ref().and_then(consumption_tax) {
                cat = cat.with_consumption_tax(ct);
            }
            if let Some(b) = band_outside_ct {
                cat = cat.with_postal_band_outside_ct(pick(PostalBand::ALL, *b));
            }
            if let Some((day, b)) = band_before {
                cat = cat.with_postal_band_before(date(day), pick(PostalBand::ALL, *b));
            }
            cat
        }
    }
}

fn consumption_tax(spec: &CtSpec) -> Option<ConsumptionTax> {
    let r = rate(&spec.rate)?;
    let ct = match &spec.specific {
        Some((amount, per)) => {
            ConsumptionTax::compound(r, SpecificRate::new(money(amount), content(per)?)).ok()?
        }
        None => ConsumptionTax::ad_valorem(r).ok()?,
    };
    if !spec.threshold {
        return Some(ct);
    }
    let mut threshold = CtThreshold::default();
    threshold.per_content = spec.per_content.as_ref().map(money);
    threshold.per_piece = spec.per_piece.as_ref().map(money);
    Some(ct.with_threshold(threshold))
}

fn policy(p: &Policy) -> TaxPolicy {
    let mut policy = TaxPolicy::default();
    policy.rounding = pick(Rounding::ALL, p.rounding);
    policy.granularity = pick(RoundingGranularity::ALL, p.granularity);
    policy.rounding_order = pick(RoundingOrder::ALL, p.order);
    policy.freight_allocation = pick(FreightAllocation::ALL, p.freight);
    policy.non_cash_deduction = pick(NonCashDeduction::ALL, p.non_cash);
    policy
}

fuzz_target!(|input: Input| {
    let policy = policy(&input.policy);
    let day = date(&input.day);
    let lines: Vec<&Line> = input.lines.iter().take(12).collect();

    // CBEC order.
    let order_lines = lines
        .iter()
        .map(|l| {
            let mut line =
                OrderLine::new(category(&l.category), money(&l.price), l.quantity.into());
            if let Some(c) = l.content.as_ref().and_then(content) {
                line = line.with_content_per_unit(c);
            }
            if let Some(r) = l.duty_rate.as_ref().and_then(rate) {
                line = line.with_duty_rate(r);
            }
            line
        })
        .collect();
    let mut order = CbecOrder::new(day, order_lines);
    order.freight = money(&input.freight);
    order.insurance = money(&input.insurance);
    order.cash_discount = money(&input.cash_discount);
    order.non_cash_deduction = money(&input.non_cash_deduction);
    if let Ok(a) = order.assess(money(&input.used_this_year), &policy) {
        assert_eq!(a.tax().is_some(), a.outcome.is_admissible());
        if let Some(tax) = a.tax() {
            assert!(!tax.total_tax.is_negative(), "negative tax: {a:?}");
            let sum = tax
                .total
                .duty
                .checked_add(tax.total.consumption_tax)
                .and_then(|s| s.checked_add(tax.total.vat));
            assert_eq!(sum, Ok(tax.total_tax), "total tax is not the sum of its components");
        }
        assert_eq!(
            a.quota.used_before.checked_add(a.quota.counted),
            Ok(a.quota.used_after),
            "quota effect does not add up: {:?}",
            a.quota
        );
        if let CbecOutcome::NotAdmissible(reasons) = &a.outcome {
            assert!(!reasons.is_empty());
            assert!(a.quota.counted.is_zero(), "an inadmissible order counts toward the year");
            let _ = reasons.iter().map(ToString::to_string).count();
        }
    }

    // Inclusive split of the first line's price.
    if let Some(l) = lines.first() {
        let price = money(&l.price);
        if let Ok(split) = split_tax_inclusive(day, price, &category(&l.category), &policy) {
            let total = split
                .customs_value
                .checked_add(split.tax)
                .and_then(|s| s.checked_add(split.remainder));
            assert_eq!(total, Ok(price), "inclusive split does not add up: {split:?}");
        }
    }

    // Postal parcel.
    let items = lines
        .iter()
        .map(|l| {
            let mut item =
                PostalItem::new(category(&l.category), money(&l.price), l.quantity.into());
            if let Some(v) = &l.table_value {
                item = item.with_table_value(money(v));
            }
            if let Some(c) = l.content.as_ref().and_then(content) {
                item = item.with_content_per_unit(c);
            }
            if let Some(b) = l.band {
                item = item.with_band(pick(PostalBand::ALL, b));
            }
            item
        })
        .collect();
    let parcel = PostalParcel::new(day, pick(CustomsRegion::ALL, input.origin), items);
    if let Ok(a) = parcel.assess(&policy) {
        for quote in std::iter::once(&a.primary).chain(a.invoice.as_ref()) {
            let admissible =
                !matches!(quote.outcome, crossborder::tax::PostalOutcome::NotAdmissible { .. });
            assert_eq!(quote.outcome.payable().is_some(), admissible);
        }
    }

    // Other destinations.
    let mut consignment =
        Consignment::new(day, money(&input.freight), pick(Country::ALL, input.country));
    consignment.transport = money(&input.insurance);
    consignment.carriage = if input.carriage { Carriage::Courier } else { Carriage::Post };
    consignment.goods = pick(ForeignGoods::ALL, input.goods);
    consignment.tariff_subheadings = input.subheadings.into();
    consignment.personal_use = input.personal_use;
    let vat = rate(&input.vat_rate).unwrap_or(Rate::ZERO);
    let _ = consignment.eu_ioss(vat, &policy);
    let _ = consignment.uk_low_value(vat, &policy);
    let _ = consignment.au_low_value(&policy);
    let _ = consignment.ca_low_value();
    let _ = consignment.us_de_minimis();
    let _ = consignment.jp_small_value();

    ledger(&input.ledger);
});

fn ledger(ops: &[LedgerOp]) {
    let buyers = ["11010519491231002X", "440524188001010014"]
        .map(|id| ResidentId::try_new(id).unwrap_or_else(|e| panic!("sample id: {e}")));
    let order_ref = |n: u8| {
        OrderRef::try_new(&format!("SO-{}", n % 4)).unwrap_or_else(|e| panic!("order ref: {e}"))
    };
    let mut ledger = AnnualQuotaLedger::new();
    for op in ops.iter().take(32) {
        let before = ledger.clone();
        let refused = match op {
            LedgerOp::Reserve { buyer, order, day, amount } => ledger
                .reserve(&buyers[usize::from(*buyer)], order_ref(*order), date(day), money(amount))
                .is_err(),
            LedgerOp::Release { buyer, order, day } => {
                ledger.release(&buyers[usize::from(*buyer)], &order_ref(*order), date(day)).is_err()
            }
            LedgerOp::Commit { buyer, order, day } => {
                ledger.commit(&buyers[usize::from(*buyer)], &order_ref(*order), date(day)).is_err()
            }
            LedgerOp::Cancel { buyer, order } => {
                ledger.cancel(&buyers[usize::from(*buyer)], &order_ref(*order)).is_err()
            }
            LedgerOp::Return { buyer, order, amount, applied, back } => {
                let applied = date(applied);
                let back = applied + TimeDelta::days(i64::from(*back));
                ledger
                    .record_return(
                        &buyers[usize::from(*buyer)],
                        &order_ref(*order),
                        money(amount),
                        applied,
                        back,
                    )
                    .is_err()
            }
            LedgerOp::Check { buyer, day, amount } => {
                let _ = ledger.check(&buyers[usize::from(*buyer)], date(day), money(amount));
                false
            }
        };
        if refused {
            assert_eq!(ledger, before, "a refused ledger operation changed the ledger: {op:?}");
        }
        for buyer in &buyers {
            for year in 2016..=2031 {
                let (used, reserved) = (ledger.used(buyer, year), ledger.reserved(buyer, year));
                assert!(!used.is_negative(), "negative used amount {used}");
                assert!(!reserved.is_negative(), "negative reserved amount {reserved}");
            }
        }
    }
}
