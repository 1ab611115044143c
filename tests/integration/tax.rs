//! Tax: every worked case of the reference notes §6 (arithmetic in the comments, to the fen), the
//! limit boundaries, the rate history, the quota ledger's life cycle, policy variants, and
//! properties (never negative, never panics, monotone in the customs value, the composite-rate
//! identity of §1.4, text and serde round trips).

// The expected values below are computed by hand with plain operators on small literals.
#![allow(clippy::arithmetic_side_effects)]

use chrono::NaiveDate;
use crossborder::geo::{Country, CustomsRegion};
use crossborder::money::{Currency, Money, Rate, Rounding};
use crossborder::party::ResidentId;
use crossborder::tax::{
    AnnualQuotaLedger, BuiltinCategory, Carriage, CategoryId, CbecAssessment, CbecOrder,
    CbecOutcome, CbecRegime, Citation, Consignment, ConsumptionTax, Content, ContentUnit,
    CtThreshold, Destination, EntryStatus, ForeignGoods, FreightAllocation, HsCode, Inadmissible,
    LowValueOutcome, NonCashDeduction, OrderLine, OrderRef, PostalBand, PostalItem, PostalOutcome,
    PostalParcel, PostalSchedule, QuotaDecision, QuotaError, RateTable, ReturnOutcome,
    RoundingGranularity, RoundingOrder, StandardImportReason, TaxCategory, TaxError, TaxPolicy,
    ValueBasis, VatClass, split_tax_inclusive,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

// Test helpers: a bad literal should fail the test loudly (clippy exempts only #[test] bodies).
#[allow(clippy::unwrap_used)]
fn cny(s: &str) -> Money {
    format!("{s} CNY").parse().unwrap()
}

#[allow(clippy::unwrap_used)]
fn m(s: &str) -> Money {
    s.parse().unwrap()
}

#[allow(clippy::unwrap_used)]
fn rate(s: &str) -> Rate {
    s.parse().unwrap()
}

#[allow(clippy::unwrap_used)]
fn d(y: i32, mo: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, mo, day).unwrap()
}

#[allow(clippy::unwrap_used)]
fn content(s: &str) -> Content {
    s.parse().unwrap()
}

#[allow(clippy::unwrap_used)]
fn buyer() -> ResidentId {
    ResidentId::try_new("11010519491231002X").unwrap()
}

#[allow(clippy::unwrap_used)]
fn order_ref(s: &str) -> OrderRef {
    OrderRef::try_new(s).unwrap()
}

const DAY: (i32, u32, u32) = (2025, 6, 18);

fn today() -> NaiveDate {
    d(DAY.0, DAY.1, DAY.2)
}

fn line(b: BuiltinCategory, price: &str, quantity: u32) -> OrderLine {
    OrderLine::new(b.category(), cny(price), quantity)
}

fn order(lines: Vec<OrderLine>) -> CbecOrder {
    CbecOrder::new(today(), lines)
}

#[allow(clippy::unwrap_used)]
fn assess(o: &CbecOrder, used: &str) -> CbecAssessment {
    o.assess(cny(used), &TaxPolicy::default()).unwrap()
}

#[allow(clippy::unwrap_used)]
fn total(a: &CbecAssessment) -> Money {
    a.total_tax().unwrap()
}

fn zero() -> Money {
    Money::zero(Currency::CNY)
}

// =============================================================================================
// §6 CBEC worked cases
// =============================================================================================

/// T01: CV 100.00 ordinary good, VAT 13%, no CT. VAT = 100 × 13% × 70% = 9.10; duty 0; total
/// 9.10. No 50-yuan exemption in CBEC (18号 "取消免征税额").
#[test]
fn t01_small_order_is_taxed() {
    let a = assess(&order(vec![line(BuiltinCategory::Ordinary, "100.00", 1)]), "0");
    let tax = a.tax().unwrap();
    assert_eq!(tax.total.vat, cny("9.10"));
    assert_eq!(tax.total.duty, zero());
    assert_eq!(tax.total.consumption_tax, zero());
    assert_eq!(total(&a), cny("9.10"));
    assert!(matches!(a.outcome, CbecOutcome::Within(_)));
    assert!(a.citations.contains(&Citation::CbecRates));
}

/// T02: goods 300 + freight 20 = CV 320; VAT_stat = 320 × 0.13 = 41.60; × 0.7 = 29.12. Quota
/// consumed 320.
#[test]
fn t02_freight_is_in_the_customs_value() {
    let mut o = order(vec![line(BuiltinCategory::Ordinary, "300.00", 1)]);
    o.freight = cny("20.00");
    let a = assess(&o, "0");
    assert_eq!(a.customs_value, cny("320.00"));
    let tax = a.tax().unwrap();
    assert_eq!(tax.lines[0].statutory.vat, Decimal::new(4160, 2));
    assert_eq!(total(&a), cny("29.12"));
    assert_eq!(a.quota.counted, cny("320.00"));
    assert_eq!(a.quota.used_after, cny("320.00"));
}

fn t03_order() -> CbecOrder {
    let mut o = order(vec![
        line(BuiltinCategory::Cosmetics, "800.00", 1).with_content_per_unit(content("50 ml")),
    ]);
    o.freight = cny("20.00");
    o
}

/// T03: serum 800 + 20 freight, 50 ml: 820 / 50 = 16.4 yuan/ml ≥ 10, CT 15%, VAT 13%.
/// B = 820 / 0.85 = 964.7058824; CT_stat = B × 0.15 = 144.7058824, × 0.7 = 101.2941176 → 101.29;
/// VAT_stat = B × 0.13 = 125.4117647, × 0.7 = 87.7882353 → 87.79; total 189.08.
/// Composite check: 820 × 23.0588235% = 189.0823529 → 189.08.
#[test]
fn t03_high_end_cosmetics() {
    let a = assess(&t03_order(), "0");
    let line = a.tax().unwrap().lines[0];
    assert!(line.consumption_tax_applies);
    assert!(line.statutory.consumption_tax.to_string().starts_with("144.70588235"));
    assert!(line.statutory.vat.to_string().starts_with("125.41176470"));
    assert_eq!(line.payable.consumption_tax, cny("101.29"));
    assert_eq!(line.payable.vat, cny("87.79"));
    assert_eq!(total(&a), cny("189.08"));
    assert!(a.citations.contains(&Citation::CtImportBase));
    assert!(a.citations.contains(&Citation::CtCosmetics2016));

    let composite = CbecRegime::Limits2019.composite_rate(rate("13%"), rate("15%")).unwrap();
    let once = Money::from_decimal(
        cny("820.00").to_decimal() * composite.as_decimal(),
        Currency::CNY,
        Rounding::HalfUp,
    )
    .unwrap();
    assert_eq!(once, cny("189.08"));
}

/// T03 variant: round CT_stat first (144.71), × 0.7 = 101.297 → 101.30; VAT 125.41 × 0.7 =
/// 87.787 → 87.79; total 189.09.
#[test]
fn t03_round_statutory_first_variant() {
    let mut policy = TaxPolicy::default();
    policy.rounding_order = RoundingOrder::RoundStatutoryThenReduce;
    let a = t03_order().assess(zero(), &policy).unwrap();
    let tax = a.tax().unwrap();
    assert_eq!(tax.total.consumption_tax, cny("101.30"));
    assert_eq!(tax.total.vat, cny("87.79"));
    assert_eq!(tax.total_tax, cny("189.09"));
}

/// T04: lotion 150 + 10 freight = CV 160 for 200 ml: 0.8 yuan/ml < 10, not high-end, CT 0.
/// VAT = 160 × 0.13 × 0.7 = 14.56.
#[test]
fn t04_cosmetics_below_threshold() {
    let mut o = order(vec![
        line(BuiltinCategory::Cosmetics, "150.00", 1).with_content_per_unit(content("200 ml")),
    ]);
    o.freight = cny("10.00");
    let a = assess(&o, "0");
    let line = a.tax().unwrap().lines[0];
    assert!(!line.consumption_tax_applies);
    assert_eq!(line.payable.consumption_tax, zero());
    assert_eq!(total(&a), cny("14.56"));
    assert!(!a.citations.contains(&Citation::CtImportBase));
}

/// T06: books CV 200, VAT 9%: 200 × 0.09 × 0.7 = 12.60 (6.3%).
#[test]
fn t06_books_at_reduced_vat() {
    let a = assess(&order(vec![line(BuiltinCategory::Books, "200.00", 1)]), "0");
    assert_eq!(total(&a), cny("12.60"));
    assert!(a.citations.contains(&Citation::VatReducedGoods));
}

/// T08(a): goods 4,980 + freight 20 = CV 5,000.00: not "超过 5000", within. VAT = 5000 × 0.091 =
/// 455.00; quota += 5,000. Several items, same answer.
#[test]
fn t08a_exactly_5000_is_within() {
    for lines in [
        vec![line(BuiltinCategory::Ordinary, "4980.00", 1)],
        vec![line(BuiltinCategory::Ordinary, "2490.00", 2)],
    ] {
        let mut o = order(lines);
        o.freight = cny("20.00");
        let a = assess(&o, "0");
        assert_eq!(a.customs_value, cny("5000.00"));
        assert!(matches!(a.outcome, CbecOutcome::Within(_)));
        assert_eq!(total(&a), cny("455.00"));
        assert_eq!(a.quota.used_after, cny("5000.00"));
    }
}

/// T08(b): CV 5,000.01 with one indivisible item → full-rate path (T10-style): duty at the goods
/// rate 10% = 500.001, VAT = (5000.01 + 500.001) × 13% = 715.00143 → duty 500.00, VAT 715.00.
/// The same CV with two items is rejected (T09).
#[test]
fn t08b_5000_01_single_item_full_rate_multi_item_rejected() {
    let mut o =
        order(vec![line(BuiltinCategory::Ordinary, "4980.01", 1).with_duty_rate(rate("10%"))]);
    o.freight = cny("20.00");
    let a = assess(&o, "0");
    assert_eq!(a.customs_value, cny("5000.01"));
    let CbecOutcome::SingleItemFullRate(tax) = &a.outcome else { panic!("{:?}", a.outcome) };
    assert_eq!(tax.total.duty, cny("500.00"));
    assert_eq!(tax.total.vat, cny("715.00"));
    assert_eq!(a.quota.counted, cny("5000.01"));
    assert!(a.citations.contains(&Citation::CbecSingleItem2019));

    let mut o = order(vec![
        line(BuiltinCategory::Ordinary, "2490.00", 1),
        line(BuiltinCategory::Ordinary, "2490.01", 1),
    ]);
    o.freight = cny("20.00");
    let a = assess(&o, "0");
    assert_eq!(
        a.outcome,
        CbecOutcome::NotAdmissible(vec![Inadmissible::SingleLimitExceeded {
            customs_value: cny("5000.01"),
            limit: cny("5000.00"),
            item_count: 2,
        }])
    );
    // a single line of quantity 2 is two items too
    let a = assess(&order(vec![line(BuiltinCategory::Ordinary, "2500.01", 2)]), "0");
    assert!(!a.outcome.is_admissible());
}

/// T09: 3 items 2,000 + 1,700 + 1,500 = 5,200 > 5,000: not admissible
/// (`SingleLimitExceeded`); no tax computed, quota unchanged.
#[test]
fn t09_multi_item_over_5000_not_admissible() {
    let o = order(vec![
        line(BuiltinCategory::Ordinary, "2000.00", 1),
        line(BuiltinCategory::Ordinary, "1700.00", 1),
        line(BuiltinCategory::Ordinary, "1500.00", 1),
    ]);
    let a = assess(&o, "1000.00");
    assert_eq!(a.customs_value, cny("5200.00"));
    assert_eq!(a.total_tax(), None);
    assert_eq!(
        a.outcome,
        CbecOutcome::NotAdmissible(vec![Inadmissible::SingleLimitExceeded {
            customs_value: cny("5200.00"),
            limit: cny("5000.00"),
            item_count: 3,
        }])
    );
    assert_eq!(a.quota.counted, zero());
    assert_eq!(a.quota.used_after, cny("1000.00"));
}

/// T10: one automatic watch, HS 9102.2100.90, CV 12,000; MFN duty 11%; CT 20% (≥ 10,000); VAT
/// 13%. Duty = 12,000 × 11% = 1,320.00; B = (12,000 + 1,320) / 0.8 = 16,650; CT = 16,650 × 0.20 =
/// 3,330.00; VAT = 16,650 × 0.13 = 2,164.50; total 6,814.50 (no 70%). Quota after 12,000.
#[test]
fn t10_single_high_end_watch_over_5000() {
    let watch = line(BuiltinCategory::Watches, "12000.00", 1)
        .with_duty_rate(rate("11%"))
        .with_hs_code("9102.2100.90".parse::<HsCode>().unwrap());
    let a = assess(&order(vec![watch]), "0");
    let CbecOutcome::SingleItemFullRate(tax) = &a.outcome else { panic!("{:?}", a.outcome) };
    assert_eq!(tax.total.duty, cny("1320.00"));
    assert_eq!(tax.total.consumption_tax, cny("3330.00"));
    assert_eq!(tax.total.vat, cny("2164.50"));
    assert_eq!(tax.total_tax, cny("6814.50"));
    assert_eq!(a.quota.used_after, cny("12000.00"));
}

/// T11: leather-faced handbag HS 4202.1190.90, CV 5,500; MFN 6%; VAT 13%; CT 0. Duty = 5,500 × 6%
/// = 330.00; VAT = (5,500 + 330) × 13% = 757.90; total 1,087.90; quota += 5,500.
#[test]
fn t11_single_handbag_over_5000() {
    let bag = line(BuiltinCategory::Ordinary, "5500.00", 1).with_duty_rate(rate("6%"));
    let a = assess(&order(vec![bag]), "0");
    let tax = a.tax().unwrap();
    assert!(matches!(a.outcome, CbecOutcome::SingleItemFullRate(_)));
    assert_eq!(tax.total.duty, cny("330.00"));
    assert_eq!(tax.total.vat, cny("757.90"));
    assert_eq!(total(&a), cny("1087.90"));
    assert_eq!(a.quota.counted, cny("5500.00"));
}

/// T12(a): used 23,000 + 3,000 = 26,000, not over: VAT = 3,000 × 0.091 = 273.00; used 26,000.
/// T12(b): used 24,000 + 3,000 = 27,000 > 26,000: `AnnualLimitExceeded`.
#[test]
fn t12_annual_limit() {
    let o = order(vec![line(BuiltinCategory::Ordinary, "3000.00", 1)]);
    let a = assess(&o, "23000.00");
    assert_eq!(total(&a), cny("273.00"));
    assert_eq!(a.quota.used_after, cny("26000.00"));

    let a = assess(&o, "24000.00");
    assert_eq!(
        a.outcome,
        CbecOutcome::NotAdmissible(vec![Inadmissible::AnnualLimitExceeded {
            used: cny("24000.00"),
            customs_value: cny("3000.00"),
            limit: cny("26000.00"),
        }])
    );
    assert_eq!(a.quota.used_after, cny("24000.00"));
}

/// T12, same rule for a single item over 5,000: used 20,000 + 6,000.01 = 26,000.01 > 26,000.
#[test]
fn t12_single_item_pushing_the_year_over() {
    let o = order(vec![line(BuiltinCategory::Ordinary, "6000.01", 1).with_duty_rate(rate("6%"))]);
    let a = assess(&o, "20000.00");
    assert_eq!(
        a.outcome,
        CbecOutcome::NotAdmissible(vec![Inadmissible::AnnualLimitExceeded {
            used: cny("20000.00"),
            customs_value: cny("6000.01"),
            limit: cny("26000.00"),
        }])
    );
    // 20,000 + 6,000.00 = 26,000.00 is within: full rate, 6,000 × 6% = 360.00 duty
    let o = order(vec![line(BuiltinCategory::Ordinary, "6000.00", 1).with_duty_rate(rate("6%"))]);
    let a = assess(&o, "20000.00");
    assert_eq!(a.tax().unwrap().total.duty, cny("360.00"));
}

/// 49号 二 "但低于26000元": a single item of exactly 26,000.00 is not below the annual limit; and
/// 26,000.01 with nothing used exceeds the year too (both reasons listed).
#[test]
fn single_item_must_be_below_the_annual_limit() {
    let o = order(vec![line(BuiltinCategory::Ordinary, "26000.00", 1).with_duty_rate(rate("6%"))]);
    let a = assess(&o, "0");
    assert_eq!(
        a.outcome,
        CbecOutcome::NotAdmissible(vec![Inadmissible::SingleItemNotBelowAnnualLimit {
            customs_value: cny("26000.00"),
            annual_limit: cny("26000.00"),
        }])
    );
    let o = order(vec![line(BuiltinCategory::Ordinary, "26000.01", 1).with_duty_rate(rate("6%"))]);
    let CbecOutcome::NotAdmissible(reasons) = assess(&o, "0").outcome else { panic!() };
    assert_eq!(reasons.len(), 2);
    // 25,999.99 with nothing used: admissible at full rate
    let o = order(vec![line(BuiltinCategory::Ordinary, "25999.99", 1).with_duty_rate(rate("6%"))]);
    assert!(matches!(assess(&o, "0").outcome, CbecOutcome::SingleItemFullRate(_)));
}

/// Boundary: exactly 26,000.00 for the year is within; 26,000.01 is not.
#[test]
fn annual_boundary_26000() {
    let o = order(vec![line(BuiltinCategory::Ordinary, "1000.00", 1)]);
    assert!(assess(&o, "25000.00").outcome.is_admissible());
    assert!(!assess(&o, "25000.01").outcome.is_admissible());
}

/// T16: 1,091.00 including tax, ordinary 13%: CV = 1,091 / (1 + 0.091) = 1,000.00; tax 91.00.
#[test]
fn t16_tax_inclusive_price() {
    let split = split_tax_inclusive(
        today(),
        cny("1091.00"),
        &BuiltinCategory::Ordinary.category(),
        &TaxPolicy::default(),
    )
    .unwrap();
    assert_eq!(split.customs_value, cny("1000.00"));
    assert_eq!(split.tax, cny("91.00"));
    assert_eq!(split.remainder, zero());
}

/// A price no value reaches: CV 100.00 → 109.10 and CV 100.01 → 100.01 + 9.10 (9.10091) = 109.11,
/// so 109.10 splits exactly; then 0.05 → tax 0.0045 → 0.00, so 0.05 splits to 0.05 + 0.
/// Watches at the 10,000 threshold: 9,999.99 pays no CT (VAT 909.99909 → 910.00), so
/// 10,909.99 → CV 9,999.99 + 910.00; 10,000.00 pays CT 10,000 × 0.2 / 0.8 × 0.7 = 1,750 and VAT
/// 10,000 × 0.13 / 0.8 × 0.7 = 1,137.50, so 12,887.50 → 10,000.00 exactly; any price between
/// 10,909.99 and 12,887.50 leaves a remainder.
#[test]
fn inclusive_split_edges() {
    let policy = TaxPolicy::default();
    let ordinary = BuiltinCategory::Ordinary.category();
    let s = split_tax_inclusive(today(), cny("109.10"), &ordinary, &policy).unwrap();
    assert_eq!((s.customs_value, s.tax, s.remainder), (cny("100.00"), cny("9.10"), zero()));
    let s = split_tax_inclusive(today(), cny("0.05"), &ordinary, &policy).unwrap();
    assert_eq!((s.customs_value, s.tax), (cny("0.05"), zero()));

    let watches = BuiltinCategory::Watches.category();
    let s = split_tax_inclusive(today(), cny("10909.99"), &watches, &policy).unwrap();
    assert_eq!((s.customs_value, s.tax, s.remainder), (cny("9999.99"), cny("910.00"), zero()));
    let s = split_tax_inclusive(today(), cny("12887.50"), &watches, &policy).unwrap();
    assert_eq!((s.customs_value, s.tax, s.remainder), (cny("10000.00"), cny("2887.50"), zero()));
    let s = split_tax_inclusive(today(), cny("12000.00"), &watches, &policy).unwrap();
    assert_eq!(s.customs_value, cny("9999.99"));
    assert_eq!(s.remainder, cny("1090.01"));
}

// =============================================================================================
// §6 postal worked cases
// =============================================================================================

fn parcel(origin: CustomsRegion, items: Vec<PostalItem>) -> PostalParcel {
    PostalParcel::new(today(), origin, items)
}

fn item(b: BuiltinCategory, actual: &str, quantity: u32) -> PostalItem {
    PostalItem::new(b.category(), cny(actual), quantity)
}

#[allow(clippy::unwrap_used)]
fn postal(p: &PostalParcel) -> crossborder::tax::PostalAssessment {
    p.assess(&TaxPolicy::default()).unwrap()
}

/// T17: 1 kg milk powder, table value 200 yuan/kg, band 1 13%: 200 × 13% = 26.00 ≤ 50: exempt,
/// payable 0.00 (2010年第43号 一).
#[test]
fn t17_exempt_under_50() {
    let p = parcel(
        CustomsRegion::Foreign,
        vec![item(BuiltinCategory::Food, "210.00", 1).with_table_value(cny("200.00"))],
    );
    let a = postal(&p);
    assert_eq!(a.schedule, PostalSchedule::From2024);
    assert_eq!(a.primary.outcome, PostalOutcome::Exempt { tax: cny("26.00") });
    assert_eq!(a.primary.outcome.payable(), Some(zero()));
    assert_eq!(a.invoice, None);
    assert!(a.citations.contains(&Citation::PostalExemption2010));
}

/// T18: 2 kg milk powder, CV 400; 400 × 13% = 52.00 > 50: payable 52.00 in full (not 2.00).
#[test]
fn t18_just_above_50_is_payable_in_full() {
    let p = parcel(
        CustomsRegion::Foreign,
        vec![item(BuiltinCategory::Food, "200.00", 2).with_table_value(cny("200.00"))],
    );
    assert_eq!(postal(&p).primary.outcome, PostalOutcome::Payable { tax: cny("52.00") });
}

/// T19: one bottle of wine below 12% vol, table value 100, band 3 50%: 100 × 50% = 50.00 ≤ 50:
/// exempt ("含50元").
#[test]
fn t19_exactly_50_is_exempt() {
    let p = parcel(
        CustomsRegion::Foreign,
        vec![item(BuiltinCategory::Wine, "100.00", 1).with_table_value(cny("100.00"))],
    );
    let a = postal(&p);
    assert_eq!(a.primary.items[0].band, PostalBand::Three);
    assert_eq!(a.primary.outcome, PostalOutcome::Exempt { tax: cny("50.00") });
}

/// The 50-yuan test compares the parcel total rounded to the fen: 384.65 × 13% = 50.0045 → 50.00,
/// exempt; 384.66 × 13% = 50.0058 → 50.01, payable. Two items 192.33 × 13% = 25.0029 → 25.00
/// each: total 50.00 exempt per line; per order 50.0058 → 50.01 payable.
#[test]
fn postal_50_compared_after_rounding() {
    let one = |price| parcel(CustomsRegion::Foreign, vec![item(BuiltinCategory::Toys, price, 1)]);
    assert_eq!(postal(&one("384.65")).primary.outcome, PostalOutcome::Exempt { tax: cny("50.00") });
    assert_eq!(
        postal(&one("384.66")).primary.outcome,
        PostalOutcome::Payable { tax: cny("50.01") }
    );

    let two = parcel(
        CustomsRegion::Foreign,
        vec![item(BuiltinCategory::Toys, "192.33", 1), item(BuiltinCategory::Toys, "192.33", 1)],
    );
    assert_eq!(postal(&two).primary.outcome, PostalOutcome::Exempt { tax: cny("50.00") });
    let mut per_order = TaxPolicy::default();
    per_order.granularity = RoundingGranularity::PerOrder;
    assert_eq!(
        two.assess(&per_order).unwrap().primary.outcome,
        PostalOutcome::Payable { tax: cny("50.01") }
    );
}

/// T21: 2 coats, table value 300 each (2018 table), CV 600; 600 × 20% = 120.00 payable.
#[test]
fn t21_clothing_band_2() {
    let p = parcel(
        CustomsRegion::Foreign,
        vec![item(BuiltinCategory::Clothing, "320.00", 2).with_table_value(cny("300.00"))],
    );
    let a = postal(&p);
    assert_eq!(a.primary.items[0].value, cny("600.00"));
    assert_eq!(a.primary.outcome, PostalOutcome::Payable { tax: cny("120.00") });
}

/// T22: body lotion, actual 300, 1.5 yuan/ml (200 ml): not high-end, band 2 20%: 300 × 20% =
/// 60.00. High-end (30 ml: 10 yuan/ml) of the same value: band 3, 300 × 50% = 150.00.
#[test]
fn t22_ordinary_and_high_end_cosmetics_by_post() {
    let lotion = |ml| {
        parcel(
            CustomsRegion::Foreign,
            vec![item(BuiltinCategory::Cosmetics, "300.00", 1).with_content_per_unit(content(ml))],
        )
    };
    let a = postal(&lotion("200 ml"));
    assert_eq!(a.primary.items[0].band, PostalBand::Two);
    assert_eq!(a.primary.outcome, PostalOutcome::Payable { tax: cny("60.00") });
    let a = postal(&lotion("30 ml"));
    assert_eq!(a.primary.items[0].band, PostalBand::Three);
    assert_eq!(a.primary.outcome, PostalOutcome::Payable { tax: cny("150.00") });
}

/// T23: 3 items, total CV 1,200 from the US > 1,000: return or clear as goods
/// (`ParcelValueLimitExceeded`), no personal-articles tax (2010年第43号 三).
#[test]
fn t23_multi_item_parcel_over_1000() {
    let p = parcel(
        CustomsRegion::Foreign,
        vec![
            item(BuiltinCategory::Clothing, "400.00", 1),
            item(BuiltinCategory::Toys, "400.00", 1),
            item(BuiltinCategory::Appliances, "400.00", 1),
        ],
    );
    let a = postal(&p);
    assert_eq!(
        a.primary.outcome,
        PostalOutcome::NotAdmissible { parcel_value: cny("1200.00"), limit: cny("1000.00") }
    );
    assert_eq!(a.primary.outcome.payable(), None);
    assert!(a.citations.contains(&Citation::PostalOverLimit2010));
}

/// T24(a): from HK, 2 items totalling 850 > 800: rejected. (b) from the US, one indivisible
/// camera at 3,000 (no table value), band 1 13%: 3,000 × 13% = 390.00, over the limit but one
/// article: may clear as personal use.
#[test]
fn t24_hk_limit_and_single_indivisible_item() {
    let p = parcel(
        Country::HK.customs_region(),
        vec![item(BuiltinCategory::Toys, "425.00", 1), item(BuiltinCategory::Toys, "425.00", 1)],
    );
    let a = postal(&p);
    assert_eq!(a.limit, cny("800.00"));
    assert_eq!(
        a.primary.outcome,
        PostalOutcome::NotAdmissible { parcel_value: cny("850.00"), limit: cny("800.00") }
    );

    let p = parcel(CustomsRegion::Foreign, vec![item(BuiltinCategory::Electronics, "3000.00", 1)]);
    let a = postal(&p);
    assert_eq!(
        a.primary.outcome,
        PostalOutcome::SingleItemOverLimit { tax: cny("390.00"), payable: cny("390.00") }
    );
}

/// HK boundary: 800.00 in two items is within (800 × 13% = 104.00 payable); 800.01 is not;
/// the same 850 from the US (limit 1,000) is within.
#[test]
fn hk_mo_tw_limit_is_800() {
    for region in [CustomsRegion::HongKong, CustomsRegion::Macao, CustomsRegion::Taiwan] {
        let two = |a, b| {
            parcel(
                region,
                vec![item(BuiltinCategory::Toys, a, 1), item(BuiltinCategory::Toys, b, 1)],
            )
        };
        assert_eq!(
            postal(&two("400.00", "400.00")).primary.outcome,
            PostalOutcome::Payable { tax: cny("104.00") }
        );
        assert!(matches!(
            postal(&two("400.00", "400.01")).primary.outcome,
            PostalOutcome::NotAdmissible { .. }
        ));
    }
    let p = parcel(
        CustomsRegion::Foreign,
        vec![item(BuiltinCategory::Toys, "425.00", 1), item(BuiltinCategory::Toys, "425.00", 1)],
    );
    assert!(matches!(postal(&p).primary.outcome, PostalOutcome::Payable { .. }));
    let p = parcel(CustomsRegion::MainlandChina, vec![item(BuiltinCategory::Toys, "1.00", 1)]);
    assert!(matches!(p.assess(&TaxPolicy::default()), Err(TaxError::InvalidOrigin { .. })));
}

/// 2012年第15号: actual price ≥ 2× or ≤ ½ of the table value gives customs the choice; both quotes
/// are returned. Coat table 300: bought at 600 (= 2×) → table 60.00 vs invoice 120.00; bought at
/// 150 (= ½) → table 60.00 (payable) vs invoice 30.00 (exempt); bought at 599.99 → one quote.
#[test]
fn postal_value_basis_choice() {
    let coat = |price| {
        parcel(
            CustomsRegion::Foreign,
            vec![item(BuiltinCategory::Clothing, price, 1).with_table_value(cny("300.00"))],
        )
    };
    let a = postal(&coat("600.00"));
    assert_eq!(a.primary.basis, ValueBasis::CustomsValueTable);
    assert_eq!(a.primary.outcome, PostalOutcome::Payable { tax: cny("60.00") });
    let inv = a.invoice.unwrap();
    assert_eq!(inv.basis, ValueBasis::Invoice);
    assert_eq!(inv.outcome, PostalOutcome::Payable { tax: cny("120.00") });

    let a = postal(&coat("150.00"));
    assert_eq!(a.invoice.unwrap().outcome, PostalOutcome::Exempt { tax: cny("30.00") });
    assert_eq!(postal(&coat("599.99")).invoice, None);
    assert_eq!(postal(&coat("150.01")).invoice, None);
}

/// Band history (税委会): clothing 600 → 2016-05: 30% = 180.00; 2018-12: 25% = 150.00; 2019-04-08:
/// still 25%; 2019-04-09: 20% = 120.00. Before 2016-04-08 the band must be explicit: band 2 of the
/// four-band table, 20% = 120.00; band 4 (cosmetics then) 50%.
#[test]
fn postal_band_history() {
    let coats = |date| {
        PostalParcel::new(
            date,
            CustomsRegion::Foreign,
            vec![item(BuiltinCategory::Clothing, "300.00", 2)],
        )
    };
    let tax = |date| coats(date).assess(&TaxPolicy::default()).unwrap().primary.outcome;
    assert_eq!(tax(d(2016, 5, 1)), PostalOutcome::Payable { tax: cny("180.00") });
    assert_eq!(tax(d(2018, 12, 1)), PostalOutcome::Payable { tax: cny("150.00") });
    assert_eq!(tax(d(2019, 4, 8)), PostalOutcome::Payable { tax: cny("150.00") });
    assert_eq!(tax(d(2019, 4, 9)), PostalOutcome::Payable { tax: cny("120.00") });

    let old = coats(d(2015, 1, 1));
    assert!(matches!(old.assess(&TaxPolicy::default()), Err(TaxError::BandNotInSchedule { .. })));
    let mut old = old;
    old.items[0].band = Some(PostalBand::Two);
    assert_eq!(
        old.assess(&TaxPolicy::default()).unwrap().primary.outcome,
        PostalOutcome::Payable { tax: cny("120.00") }
    );
    old.items[0].band = Some(PostalBand::Four);
    assert_eq!(
        old.assess(&TaxPolicy::default()).unwrap().primary.outcome,
        PostalOutcome::Payable { tax: cny("300.00") }
    );
    // band 4 does not exist after 2016-04-08
    let mut p = coats(today());
    p.items[0].band = Some(PostalBand::Four);
    assert!(matches!(p.assess(&TaxPolicy::default()), Err(TaxError::BandNotInSchedule { .. })));
    assert!(matches!(
        PostalParcel::new(
            d(2010, 8, 31),
            CustomsRegion::Foreign,
            vec![item(BuiltinCategory::Toys, "1", 1)]
        )
        .assess(&TaxPolicy::default()),
        Err(TaxError::NotInForce { .. })
    ));
}

/// Batteries: band 2 (20%) until 2024-11-30, band 3 (50%) from 2024-12-01
/// (税委会公告2024年第11号): 200 → 40.00 exempt, then 100.00 payable.
#[test]
fn batteries_move_to_band_3() {
    let p = |date| {
        PostalParcel::new(
            date,
            CustomsRegion::Foreign,
            vec![item(BuiltinCategory::Batteries, "200.00", 1)],
        )
    };
    assert_eq!(
        postal(&p(d(2024, 11, 30))).primary.outcome,
        PostalOutcome::Exempt { tax: cny("40.00") }
    );
    assert_eq!(
        postal(&p(d(2024, 12, 1))).primary.outcome,
        PostalOutcome::Payable { tax: cny("100.00") }
    );
}

// =============================================================================================
// §6 other destinations
// =============================================================================================

/// T27: €140 + €15 to Germany, intrinsic 140 ≤ 150: VAT (140 + 15) × 19% = 29.45 at checkout;
/// duty €0 before 2026-07-01, €3.00 (one subheading) from 2026-07-01; €6.00 for two.
#[test]
fn t27_eu_ioss_germany() {
    let mut c = Consignment::new(d(2026, 6, 30), m("140.00 EUR"), Country::CN);
    c.transport = m("15.00 EUR");
    let a = c.eu_ioss(rate("19%"), &TaxPolicy::default()).unwrap();
    assert_eq!(a.destination, Destination::Eu);
    assert_eq!(
        a.outcome,
        LowValueOutcome::CollectedAtSale { tax: m("29.45 EUR"), duty: m("0 EUR") }
    );
    c.date = d(2026, 7, 1);
    let a = c.eu_ioss(rate("19%"), &TaxPolicy::default()).unwrap();
    assert_eq!(
        a.outcome,
        LowValueOutcome::CollectedAtSale { tax: m("29.45 EUR"), duty: m("3.00 EUR") }
    );
    assert!(a.citations.contains(&Citation::EuFlatDuty2026));
    c.tariff_subheadings = 2;
    let a = c.eu_ioss(rate("19%"), &TaxPolicy::default()).unwrap();
    assert_eq!(
        a.outcome,
        LowValueOutcome::CollectedAtSale { tax: m("29.45 EUR"), duty: m("6.00 EUR") }
    );
}

/// T28: €160 to France: intrinsic value > 150, IOSS not allowed: standard import. €150.00 is
/// still IOSS (150 × 20% = 30.00). Excise goods never IOSS. Before 2021-07-01: not modelled.
#[test]
fn t28_eu_over_150_and_exclusions() {
    let policy = TaxPolicy::default();
    let c = Consignment::new(d(2025, 3, 1), m("160.00 EUR"), Country::CN);
    assert_eq!(
        c.eu_ioss(rate("20%"), &policy).unwrap().outcome,
        LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold }
    );
    let c = Consignment::new(d(2025, 3, 1), m("150.00 EUR"), Country::CN);
    assert_eq!(
        c.eu_ioss(rate("20%"), &policy).unwrap().outcome,
        LowValueOutcome::CollectedAtSale { tax: m("30.00 EUR"), duty: m("0 EUR") }
    );
    let mut wine = c.clone();
    wine.goods = ForeignGoods::Excise;
    assert_eq!(
        wine.eu_ioss(rate("20%"), &policy).unwrap().outcome,
        LowValueOutcome::StandardImport { reason: StandardImportReason::ExciseGoods }
    );
    let old = Consignment::new(d(2021, 6, 30), m("10.00 EUR"), Country::CN);
    assert!(matches!(old.eu_ioss(rate("20%"), &policy), Err(TaxError::NotInForce { .. })));
    let usd = Consignment::new(d(2025, 3, 1), m("10.00 USD"), Country::CN);
    assert!(matches!(usd.eu_ioss(rate("20%"), &policy), Err(TaxError::WrongCurrency { .. })));
}

/// T30: £100 + £10: UK VAT (100 + 10) × 20% = 22.00 at the sale, duty £0. £135.01 → border.
#[test]
fn t30_uk_135() {
    let mut c = Consignment::new(d(2025, 3, 1), m("100.00 GBP"), Country::CN);
    c.transport = m("10.00 GBP");
    let a = c.uk_low_value(rate("20%"), &TaxPolicy::default()).unwrap();
    assert_eq!(
        a.outcome,
        LowValueOutcome::CollectedAtSale { tax: m("22.00 GBP"), duty: m("0 GBP") }
    );
    let c = Consignment::new(d(2025, 3, 1), m("135.01 GBP"), Country::CN);
    assert_eq!(
        c.uk_low_value(rate("20%"), &TaxPolicy::default()).unwrap().outcome,
        LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold }
    );
}

/// T31: A$900 + A$30 shipping: GST = 930 × 10% = 93.00 collected by the vendor. A$1,000.00 is
/// still LVG; tobacco and alcohol are not.
#[test]
fn t31_australia_lvg() {
    let mut c = Consignment::new(d(2025, 3, 1), m("900.00 AUD"), Country::US);
    c.transport = m("30.00 AUD");
    let a = c.au_low_value(&TaxPolicy::default()).unwrap();
    assert_eq!(
        a.outcome,
        LowValueOutcome::CollectedAtSale { tax: m("93.00 AUD"), duty: m("0 AUD") }
    );
    let c = Consignment::new(d(2025, 3, 1), m("1000.00 AUD"), Country::US);
    assert!(matches!(
        c.au_low_value(&TaxPolicy::default()).unwrap().outcome,
        LowValueOutcome::CollectedAtSale { .. }
    ));
    let mut c = c;
    c.goods = ForeignGoods::Excise;
    assert!(matches!(
        c.au_low_value(&TaxPolicy::default()).unwrap().outcome,
        LowValueOutcome::StandardImport { reason: StandardImportReason::ExciseGoods }
    ));
    let c = Consignment::new(d(2018, 6, 30), m("10.00 AUD"), Country::US);
    assert!(c.au_low_value(&TaxPolicy::default()).is_err());
}

/// Canada (CN20-18): courier from the US ≤ 40 both free; 40.01–150 duty-free, taxes apply; > 150
/// both. Post, or courier from elsewhere: ≤ 20 free, above both.
#[test]
fn canada_cusma_thresholds() {
    let case = |value: &str, origin, carriage| {
        let mut c = Consignment::new(d(2025, 3, 1), m(value), origin);
        c.carriage = carriage;
        c.ca_low_value().unwrap().outcome
    };
    let relief = |duty_free, taxes_free| LowValueOutcome::BorderRelief { duty_free, taxes_free };
    let over = LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold };
    assert_eq!(case("40.00 CAD", Country::US, Carriage::Courier), relief(true, true));
    assert_eq!(case("40.01 CAD", Country::MX, Carriage::Courier), relief(true, false));
    assert_eq!(case("150.00 CAD", Country::US, Carriage::Courier), relief(true, false));
    assert_eq!(case("150.01 CAD", Country::US, Carriage::Courier), over);
    assert_eq!(case("20.00 CAD", Country::US, Carriage::Post), relief(true, true));
    assert_eq!(case("20.01 CAD", Country::US, Carriage::Post), over);
    assert_eq!(case("20.01 CAD", Country::CN, Carriage::Courier), over);
}

/// US de minimis by entry date and origin: $800 from 2016-03-10; China/HK out from 2025-05-02;
/// everyone from 2025-08-29.
#[test]
fn us_de_minimis_history() {
    let case = |date, value: &str, origin| {
        Consignment::new(date, m(value), origin).us_de_minimis().unwrap().outcome
    };
    let free = LowValueOutcome::BorderRelief { duty_free: true, taxes_free: true };
    let suspended = |origin_specific| LowValueOutcome::StandardImport {
        reason: StandardImportReason::DeMinimisSuspended { origin_specific },
    };
    assert_eq!(case(d(2025, 5, 1), "800.00 USD", Country::CN), free);
    assert_eq!(
        case(d(2025, 5, 1), "800.01 USD", Country::CN),
        LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold }
    );
    assert_eq!(case(d(2025, 5, 2), "10.00 USD", Country::CN), suspended(true));
    assert_eq!(case(d(2025, 5, 2), "10.00 USD", Country::HK), suspended(true));
    assert_eq!(case(d(2025, 5, 2), "10.00 USD", Country::JP), free);
    assert_eq!(case(d(2025, 8, 28), "10.00 USD", Country::DE), free);
    assert_eq!(case(d(2025, 8, 29), "10.00 USD", Country::DE), suspended(false));
    assert_eq!(case(d(2026, 3, 1), "10.00 USD", Country::CN), suspended(false));
    assert!(Consignment::new(d(2016, 3, 9), m("1.00 USD"), Country::JP).us_de_minimis().is_err());
}

/// Japan: ¥10,000 on the customs value; personal use: retail × 0.6 (16,667 × 0.6 = 10,000.2 >
/// 10,000; 16,666 × 0.6 = 9,999.6 ≤ 10,000); liquor duty-free but taxed; designated goods out.
#[test]
fn japan_small_value_and_0_6_rule() {
    let case = |value: &str, personal_use, goods| {
        let mut c = Consignment::new(d(2025, 3, 1), m(value), Country::US);
        c.personal_use = personal_use;
        c.goods = goods;
        c.jp_small_value().unwrap()
    };
    let free = LowValueOutcome::BorderRelief { duty_free: true, taxes_free: true };
    let over = LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold };
    assert_eq!(case("10000 JPY", false, ForeignGoods::Ordinary).outcome, free);
    assert_eq!(case("10001 JPY", false, ForeignGoods::Ordinary).outcome, over);
    let a = case("16666 JPY", true, ForeignGoods::Ordinary);
    assert_eq!(a.tested_value, m("9999 JPY"));
    assert_eq!(a.outcome, free);
    let a = case("16667 JPY", true, ForeignGoods::Ordinary);
    assert_eq!(a.tested_value, m("10000 JPY"));
    assert_eq!(a.outcome, over);
    assert_eq!(
        case("5000 JPY", false, ForeignGoods::Excise).outcome,
        LowValueOutcome::BorderRelief { duty_free: true, taxes_free: false }
    );
    assert_eq!(
        case("5000 JPY", false, ForeignGoods::ReliefExcluded).outcome,
        LowValueOutcome::StandardImport { reason: StandardImportReason::ExcludedGoods }
    );
    // transport counts in the customs value when not for personal use: 9,000 + 1,001 > 10,000
    let mut c = Consignment::new(d(2025, 3, 1), m("9000 JPY"), Country::US);
    c.transport = m("1001 JPY");
    assert_eq!(c.jp_small_value().unwrap().outcome, over);
}

// =============================================================================================
// Rate history, policies, inputs
// =============================================================================================

/// §1.8: VAT at 70% was 11.9% before 2018-05-01 (17% × 0.7), 11.2% from 2018-05-01, 9.1% from
/// 2019-04-01. On 100.00: 11.90, 11.20, 9.10. Books: 13% × 0.7 = 9.1% before 2017-07-01, 7.7%
/// (11%) then, 7.0% (10%) from 2018-05-01, 6.3% (9%) from 2019-04-01.
#[test]
fn cbec_vat_history() {
    let tax = |date, b| {
        let o = CbecOrder::new(date, vec![line(b, "100.00", 1)]);
        total(&o.assess(zero(), &TaxPolicy::default()).unwrap())
    };
    assert_eq!(tax(d(2018, 4, 30), BuiltinCategory::Ordinary), cny("11.90"));
    assert_eq!(tax(d(2018, 5, 1), BuiltinCategory::Ordinary), cny("11.20"));
    assert_eq!(tax(d(2019, 3, 31), BuiltinCategory::Ordinary), cny("11.20"));
    assert_eq!(tax(d(2019, 4, 1), BuiltinCategory::Ordinary), cny("9.10"));
    assert_eq!(tax(d(2017, 6, 30), BuiltinCategory::Books), cny("9.10"));
    assert_eq!(tax(d(2017, 7, 1), BuiltinCategory::Books), cny("7.70"));
    assert_eq!(tax(d(2018, 5, 1), BuiltinCategory::Books), cny("7.00"));
    assert_eq!(tax(d(2019, 4, 1), BuiltinCategory::Books), cny("6.30"));
}

/// §1.8: limits 2,000 / 20,000 from 2016-04-08 to 2018-12-31, and no one-item exception under
/// 18号 (a single indivisible item over 2,000 was general trade); 5,000 / 26,000 from 2019-01-01.
#[test]
fn cbec_limit_history() {
    let at = |date, price: &str, used: &str| {
        CbecOrder::new(
            date,
            vec![line(BuiltinCategory::Ordinary, price, 1).with_duty_rate(rate("10%"))],
        )
        .assess(cny(used), &TaxPolicy::default())
        .unwrap()
    };
    assert_eq!(at(d(2018, 12, 31), "2000.00", "0").regime, CbecRegime::Limits2016);
    assert!(at(d(2018, 12, 31), "2000.00", "18000.00").outcome.is_admissible());
    assert!(!at(d(2018, 12, 31), "2000.00", "18000.01").outcome.is_admissible());
    assert_eq!(
        at(d(2018, 12, 31), "2000.01", "0").outcome,
        CbecOutcome::NotAdmissible(vec![Inadmissible::SingleLimitExceeded {
            customs_value: cny("2000.01"),
            limit: cny("2000.00"),
            item_count: 1,
        }])
    );
    assert!(matches!(at(d(2019, 1, 1), "2000.01", "0").outcome, CbecOutcome::Within(_)));
    assert!(matches!(
        CbecOrder::new(d(2016, 4, 7), vec![line(BuiltinCategory::Ordinary, "1", 1)])
            .assess(zero(), &TaxPolicy::default()),
        Err(TaxError::NotInForce { .. })
    ));
}

/// Half-even and order-level rounding. 15.00 × 9.1% = 1.365: half-up 1.37, half-even 1.36.
/// Two such lines: per line 1.37 + 1.37 = 2.74; per order 2.73 exactly.
#[test]
fn rounding_policies() {
    let o = order(vec![
        line(BuiltinCategory::Ordinary, "15.00", 1),
        line(BuiltinCategory::Ordinary, "15.00", 1),
    ]);
    let with = |rounding, granularity| {
        let mut p = TaxPolicy::default();
        p.rounding = rounding;
        p.granularity = granularity;
        o.assess(zero(), &p).unwrap().tax().unwrap().clone()
    };
    let t = with(Rounding::HalfUp, RoundingGranularity::PerLine);
    assert_eq!(t.lines[0].payable.vat, cny("1.37"));
    assert_eq!(t.total_tax, cny("2.74"));
    let t = with(Rounding::HalfEven, RoundingGranularity::PerLine);
    assert_eq!(t.lines[0].payable.vat, cny("1.36"));
    assert_eq!(t.total_tax, cny("2.72"));
    assert_eq!(with(Rounding::HalfUp, RoundingGranularity::PerOrder).total_tax, cny("2.73"));
    assert_eq!(with(Rounding::HalfEven, RoundingGranularity::PerOrder).total_tax, cny("2.73"));
}

/// Freight by value: 10.00 over 100 / 200 → 3.33 / 6.67; by quantity (1 and 3 units) → 2.50 /
/// 7.50. Cash discount 30.00 by value → 10.00 / 20.00. Non-cash 50.00 is not deducted by
/// default (CV 310.00) and is with `Deducted` (CV 260.00, shares 16.67 / 33.33).
#[test]
fn allocation_and_deductions() {
    let mut o = order(vec![
        line(BuiltinCategory::Ordinary, "100.00", 1),
        line(BuiltinCategory::Ordinary, "200.00", 1),
    ]);
    o.freight = cny("10.00");
    let a = assess(&o, "0");
    assert_eq!(a.lines[0].transport, cny("3.33"));
    assert_eq!(a.lines[1].transport, cny("6.67"));

    let mut q = order(vec![
        line(BuiltinCategory::Ordinary, "100.00", 1),
        line(BuiltinCategory::Ordinary, "50.00", 3),
    ]);
    q.freight = cny("10.00");
    let mut by_quantity = TaxPolicy::default();
    by_quantity.freight_allocation = FreightAllocation::ByQuantity;
    let a = q.assess(zero(), &by_quantity).unwrap();
    assert_eq!(a.lines[0].transport, cny("2.50"));
    assert_eq!(a.lines[1].transport, cny("7.50"));

    o.cash_discount = cny("30.00");
    o.non_cash_deduction = cny("50.00");
    let a = assess(&o, "0");
    assert_eq!(a.lines[0].deduction, cny("10.00"));
    assert_eq!(a.lines[1].deduction, cny("20.00"));
    assert_eq!(a.customs_value, cny("280.00"));
    let mut deducted = TaxPolicy::default();
    deducted.non_cash_deduction = NonCashDeduction::Deducted;
    let a = o.assess(zero(), &deducted).unwrap();
    assert_eq!(a.customs_value, cny("230.00"));
    assert_eq!(a.lines[0].deduction, cny("26.67"));
    assert_eq!(a.lines[1].deduction, cny("53.33"));
    let sum: i64 = a.lines.iter().map(|l| l.customs_value.minor()).sum();
    assert_eq!(sum, a.customs_value.minor());
}

/// Compound consumption tax (spirits 20% + 0.50 / 500 ml), two 500 ml bottles at 300: CV 600,
/// specific = 0.5 × 1000 / 500 = 1.00; B = (600 + 1) / 0.8 = 751.25; CT_stat = 751.25 × 0.2 + 1 =
/// 151.25, × 0.7 = 105.875 → 105.88; VAT_stat = 751.25 × 0.13 = 97.6625, × 0.7 = 68.36375 →
/// 68.36; total 174.24.
#[test]
fn compound_consumption_tax() {
    let o = order(vec![
        line(BuiltinCategory::Spirits, "300.00", 2).with_content_per_unit(content("500 ml")),
    ]);
    let a = assess(&o, "0");
    let tax = a.tax().unwrap();
    assert_eq!(tax.lines[0].statutory.consumption_tax, Decimal::new(15125, 2));
    assert_eq!(tax.total.consumption_tax, cny("105.88"));
    assert_eq!(tax.total.vat, cny("68.36"));
    assert_eq!(tax.total_tax, cny("174.24"));
    // without the content the specific rate cannot be computed
    let o = order(vec![line(BuiltinCategory::Spirits, "300.00", 2)]);
    assert!(matches!(
        o.assess(zero(), &TaxPolicy::default()),
        Err(TaxError::MissingContent { .. })
    ));
}

/// Watches: the high-end threshold is "at or above" 10,000 per watch. By post: 10,000.00 → band 3
/// (50%) 5,000.00; 9,999.99 → band 2 (20%) 1,999.998 → 2,000.00 (a single article over the
/// limit). By CBEC (one watch over 5,000, full rate), with the freight share in the value.
#[test]
fn watch_threshold_is_at_or_above() {
    let watch =
        |price| parcel(CustomsRegion::Foreign, vec![item(BuiltinCategory::Watches, price, 1)]);
    let a = postal(&watch("10000.00"));
    assert_eq!(a.primary.items[0].band, PostalBand::Three);
    assert_eq!(
        a.primary.outcome,
        PostalOutcome::SingleItemOverLimit { tax: cny("5000.00"), payable: cny("5000.00") }
    );
    let a = postal(&watch("9999.99"));
    assert_eq!(a.primary.items[0].band, PostalBand::Two);
    assert_eq!(a.primary.outcome.payable(), Some(cny("2000.00")));
    // CBEC full rate: 9,990 + 10 freight = 10,000 reaches the 20% CT; duty 10% = 1,000;
    // CT = (10,000 + 1,000) / 0.8 × 0.2 = 2,750.00; VAT = 13,750 × 0.13 = 1,787.50
    let mut o =
        order(vec![line(BuiltinCategory::Watches, "9990.00", 1).with_duty_rate(rate("10%"))]);
    o.freight = cny("10.00");
    let tax = assess(&o, "0").tax().unwrap().clone();
    assert_eq!(tax.total.consumption_tax, cny("2750.00"));
    assert_eq!(tax.total.vat, cny("1787.50"));
    o.freight = cny("9.99");
    let tax = assess(&o, "0").tax().unwrap().clone();
    assert_eq!(tax.total.consumption_tax, zero());
}

#[test]
fn input_errors_are_typed() {
    let policy = TaxPolicy::default();
    assert_eq!(order(vec![]).assess(zero(), &policy), Err(TaxError::Empty { what: "order" }));
    let usd = CbecOrder::new(
        today(),
        vec![OrderLine::new(BuiltinCategory::Ordinary.category(), m("1.00 USD"), 1)],
    );
    assert_eq!(
        usd.assess(zero(), &policy),
        Err(TaxError::WrongCurrency {
            field: "lines[0].unit_price".into(),
            expected: Currency::CNY,
            found: Currency::USD
        })
    );
    let mut neg = order(vec![line(BuiltinCategory::Ordinary, "1.00", 1)]);
    neg.freight = cny("-1.00");
    assert!(matches!(neg.assess(zero(), &policy), Err(TaxError::NegativeAmount { .. })));
    assert_eq!(
        order(vec![line(BuiltinCategory::Ordinary, "1.00", 0)]).assess(zero(), &policy),
        Err(TaxError::ZeroQuantity { field: "lines[0].quantity".into() })
    );
    assert!(matches!(
        order(vec![line(BuiltinCategory::Ordinary, "1.00", 1)]).assess(m("1.00 USD"), &policy),
        Err(TaxError::WrongCurrency { .. })
    ));
    let mut disc = order(vec![line(BuiltinCategory::Ordinary, "1.00", 1)]);
    disc.cash_discount = cny("1.01");
    assert!(matches!(
        disc.assess(zero(), &policy),
        Err(TaxError::DiscountExceedsValue { what: "cash discount", .. })
    ));
    let missing = order(vec![line(BuiltinCategory::Ordinary, "6000.00", 1)]);
    assert_eq!(
        missing.assess(zero(), &policy),
        Err(TaxError::MissingDutyRate { field: "lines[0].duty_rate".into() })
    );
    // a category with a per-ml threshold only needs the content
    let mut t = CtThreshold::default();
    t.per_content = Some(cny("10.00"));
    let perfume = TaxCategory::new(
        CategoryId::try_new("perfume").unwrap(),
        "perfume",
        VatClass::Standard,
        PostalBand::Three,
    )
    .with_consumption_tax(ConsumptionTax::ad_valorem(rate("15%")).unwrap().with_threshold(t));
    let o = order(vec![OrderLine::new(perfume, cny("100.00"), 1)]);
    assert_eq!(
        o.assess(zero(), &policy),
        Err(TaxError::MissingContent {
            field: "lines[0].content_per_unit".into(),
            category: "perfume".into()
        })
    );
    // error messages are lower-case without a trailing period
    let msg = TaxError::Empty { what: "order" }.to_string();
    assert!(msg.starts_with(char::is_lowercase) && !msg.ends_with('.'));
}

/// A user category (3% VAT drug) in a user-extended table.
#[test]
fn custom_category_in_a_custom_table() {
    let mut table = RateTable::builtin();
    let drug = TaxCategory::new(
        CategoryId::try_new("rare_disease_drug").unwrap(),
        "rare-disease drug (罕见病药品)",
        VatClass::Fixed(rate("3%")),
        PostalBand::One,
    );
    assert!(table.insert(drug).is_none());
    let category = table.get("rare_disease_drug").unwrap().clone();
    // 1,000 × 3% × 70% = 21.00
    let a = assess(&order(vec![OrderLine::new(category, cny("1000.00"), 1)]), "0");
    assert_eq!(total(&a), cny("21.00"));
}

// =============================================================================================
// Quota ledger
// =============================================================================================

/// The ledger through one year: reserve (checks used + reserved), release, a refusal at the
/// limit, the 26,000.00 boundary, and the link with the assessment.
#[test]
fn ledger_life_cycle_and_limit() {
    let mut ledger = AnnualQuotaLedger::new();
    let b = buyer();
    let day = d(2025, 3, 1);
    assert!(ledger.reserve(&b, order_ref("A"), day, cny("21000.00")).unwrap().is_within());
    ledger.release(&b, &order_ref("A"), d(2025, 3, 3)).unwrap();
    assert!(ledger.reserve(&b, order_ref("B"), day, cny("4000.00")).unwrap().is_within());
    assert_eq!(ledger.used(&b, 2025), cny("21000.00"));
    assert_eq!(ledger.reserved(&b, 2025), cny("4000.00"));
    // 21,000 + 4,000 + 1,000.00 = 26,000.00: within; 1,000.01: exceeds by 0.01
    let check = ledger.check(&b, day, cny("1000.00")).unwrap();
    assert_eq!(check.decision, QuotaDecision::Within { remaining_after: zero() });
    let refused = ledger.reserve(&b, order_ref("C"), day, cny("1000.01")).unwrap();
    assert_eq!(refused.decision, QuotaDecision::Exceeds { over_by: cny("0.01") });
    assert!(ledger.entry(&b, &order_ref("C")).is_none());
    // another year is separate
    assert!(ledger.check(&b, d(2026, 1, 1), cny("26000.00")).unwrap().is_within());
    // the assessment takes the ledger's totals
    let used = ledger.used(&b, 2025).checked_add(ledger.reserved(&b, 2025)).unwrap();
    let a = order(vec![line(BuiltinCategory::Ordinary, "1000.01", 1)])
        .assess(used, &TaxPolicy::default())
        .unwrap();
    assert!(matches!(a.outcome, CbecOutcome::NotAdmissible(_)));
    // cancel frees the reservation
    assert_eq!(ledger.cancel(&b, &order_ref("B")).unwrap(), cny("4000.00"));
    assert!(ledger.reserve(&b, order_ref("C"), day, cny("1000.01")).unwrap().is_within());
    assert!(matches!(
        ledger.reserve(&b, order_ref("C"), day, cny("1.00")),
        Err(QuotaError::DuplicateOrder { .. })
    ));
    assert!(matches!(ledger.cancel(&b, &order_ref("A")), Err(QuotaError::WrongState { .. })));
    assert!(matches!(
        ledger.check(&b, d(2016, 4, 7), cny("1.00")),
        Err(QuotaError::Tax(TaxError::NotInForce { .. }))
    ));
    assert!(matches!(
        ledger.check(&b, day, m("1.00 USD")),
        Err(QuotaError::Tax(TaxError::WrongCurrency { .. }))
    ));
}

/// 海关总署公告2020年第45号: release 2025-03-03; apply by 2025-04-02 (day 30), goods back by
/// 2025-04-17 (day 45). Day 30 / day 45 restore; day 31 or day 46 do not. Partial returns.
#[test]
fn ledger_returns_30_and_45_days() {
    let b = buyer();
    let released = d(2025, 3, 3);
    let setup = |amount: &str| {
        let mut ledger = AnnualQuotaLedger::new();
        ledger.reserve(&b, order_ref("R"), d(2025, 3, 1), cny(amount)).unwrap();
        ledger.release(&b, &order_ref("R"), released).unwrap();
        ledger
    };
    let mut l = setup("500.00");
    assert_eq!(
        l.record_return(&b, &order_ref("R"), cny("500.00"), d(2025, 4, 2), d(2025, 4, 17)).unwrap(),
        ReturnOutcome::Restored { amount: cny("500.00") }
    );
    assert_eq!(l.used(&b, 2025), zero());

    let mut l = setup("500.00");
    assert_eq!(
        l.record_return(&b, &order_ref("R"), cny("500.00"), d(2025, 4, 3), d(2025, 4, 10)).unwrap(),
        ReturnOutcome::TooLate { apply_by: d(2025, 4, 2), goods_back_by: d(2025, 4, 17) }
    );
    assert!(matches!(
        l.record_return(&b, &order_ref("R"), cny("500.00"), d(2025, 4, 1), d(2025, 4, 18)).unwrap(),
        ReturnOutcome::TooLate { .. }
    ));
    assert_eq!(l.used(&b, 2025), cny("500.00"));

    // partial: 200 then 300 then 0.01 too many
    let mut l = setup("500.00");
    l.record_return(&b, &order_ref("R"), cny("200.00"), d(2025, 3, 10), d(2025, 3, 20)).unwrap();
    assert_eq!(l.used(&b, 2025), cny("300.00"));
    assert_eq!(l.entry(&b, &order_ref("R")).unwrap().returned, cny("200.00"));
    assert!(matches!(
        l.record_return(&b, &order_ref("R"), cny("300.01"), d(2025, 3, 10), d(2025, 3, 20)),
        Err(QuotaError::ReturnExceedsOrder { .. })
    ));
    assert!(matches!(
        l.record_return(&b, &order_ref("R"), cny("1.00"), d(2025, 3, 2), d(2025, 3, 20)),
        Err(QuotaError::DateBeforeRelease { what: "application", .. })
    ));
    // a reserved order cannot be returned; an unknown one is an error
    let mut l2 = AnnualQuotaLedger::new();
    l2.reserve(&b, order_ref("P"), d(2025, 3, 1), cny("1.00")).unwrap();
    assert!(matches!(
        l2.record_return(&b, &order_ref("P"), cny("1.00"), released, released),
        Err(QuotaError::WrongState { .. })
    ));
    assert!(matches!(
        l2.record_return(&b, &order_ref("X"), cny("1.00"), released, released),
        Err(QuotaError::UnknownOrder { .. })
    ));
    assert!(matches!(l2.entry(&b, &order_ref("P")).unwrap().status, EntryStatus::Reserved { .. }));
}

// =============================================================================================
// Properties
// =============================================================================================

fn builtin() -> impl Strategy<Value = BuiltinCategory> {
    proptest::sample::select(BuiltinCategory::ALL.to_vec())
}

// Test strategy: the generated values are in range by construction; a failure should be loud.
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
fn any_line() -> impl Strategy<Value = OrderLine> {
    (
        builtin(),
        0_i64..2_000_000,
        1_u32..5,
        proptest::option::of(1_i64..2_000),
        proptest::option::of(0_i64..30),
    )
        .prop_map(|(b, price, qty, ml, duty)| {
            let mut l = OrderLine::new(b.category(), Money::from_minor(price, Currency::CNY), qty);
            // Spirits need their content; other lines may have one.
            let ml = if b == BuiltinCategory::Spirits { Some(ml.unwrap_or(700)) } else { ml };
            l.content_per_unit =
                ml.map(|v| Content::try_new(Decimal::from(v), ContentUnit::Millilitre).unwrap());
            l.duty_rate = duty.map(|p| Rate::from_percent(Decimal::from(p)).unwrap());
            l
        })
}

// Test strategy: the generated values are in range by construction; a failure should be loud.
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
fn any_policy() -> impl Strategy<Value = TaxPolicy> {
    (0_usize..2, 0_usize..2, 0_usize..2, 0_usize..2, 0_usize..2).prop_map(|(r, g, o, f, n)| {
        let mut p = TaxPolicy::default();
        p.rounding = [Rounding::HalfUp, Rounding::HalfEven][r];
        p.granularity = RoundingGranularity::ALL[g];
        p.rounding_order = RoundingOrder::ALL[o];
        p.freight_allocation = FreightAllocation::ALL[f];
        p.non_cash_deduction = NonCashDeduction::ALL[n];
        p
    })
}

// Test strategy: the generated values are in range by construction; a failure should be loud.
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
fn single_line_tax(b: BuiltinCategory, minor: i64, policy: TaxPolicy) -> Option<(bool, Money)> {
    let mut l = OrderLine::new(b.category(), Money::from_minor(minor, Currency::CNY), 1)
        .with_duty_rate(rate("10%"));
    l.content_per_unit = Some(content("50 ml"));
    let a = CbecOrder::new(today(), vec![l]).assess(zero(), &policy).ok()?;
    match a.outcome {
        CbecOutcome::Within(t) => Some((true, t.total_tax)),
        CbecOutcome::SingleItemFullRate(t) => Some((false, t.total_tax)),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any order: never panics; if it assesses, no amount is negative, the line values add up to
    /// the order, and the totals add up.
    #[test]
    fn cbec_never_negative_never_panics(
        lines in proptest::collection::vec(any_line(), 0..6),
        freight in 0_i64..100_000,
        discount in 0_i64..50_000,
        non_cash in 0_i64..50_000,
        used in 0_i64..3_000_000,
        policy in any_policy(),
        days in 0_i64..4_000,
    ) {
        let date = d(2016, 4, 8) + chrono::Duration::days(days);
        let mut o = CbecOrder::new(date, lines);
        o.freight = Money::from_minor(freight, Currency::CNY);
        o.cash_discount = Money::from_minor(discount, Currency::CNY);
        o.non_cash_deduction = Money::from_minor(non_cash, Currency::CNY);
        if let Ok(a) = o.assess(Money::from_minor(used, Currency::CNY), &policy) {
            let sum: i64 = a.lines.iter().map(|l| l.customs_value.minor()).sum();
            prop_assert_eq!(sum, a.customs_value.minor());
            prop_assert!(a.lines.iter().all(|l| !l.customs_value.is_negative() && !l.transport.is_negative()));
            if let Some(t) = a.tax() {
                for c in t.lines.iter().map(|l| l.payable).chain([t.total]) {
                    prop_assert!(!c.duty.is_negative() && !c.consumption_tax.is_negative() && !c.vat.is_negative());
                }
                prop_assert_eq!(t.total.duty.minor() + t.total.consumption_tax.minor() + t.total.vat.minor(), t.total_tax.minor());
                prop_assert_eq!(a.quota.used_after.minor(), used + a.customs_value.minor());
            } else {
                prop_assert_eq!(a.quota.used_after.minor(), used);
            }
        }
    }

    /// Monotone in the customs value within a regime: a higher price never lowers the tax while
    /// the outcome stays the same (within the limits, or full rate).
    #[test]
    fn cbec_monotone_in_customs_value(
        b in builtin(),
        a in 0_i64..3_000_000,
        step in 0_i64..100_000,
        policy in any_policy(),
    ) {
        let lo = single_line_tax(b, a, policy);
        let hi = single_line_tax(b, a + step, policy);
        if let (Some((w1, t1)), Some((w2, t2))) = (lo, hi)
            && w1 == w2
        {
            prop_assert!(t1.minor() <= t2.minor(), "{b:?} {a} +{step}: {t1} > {t2}");
        }
    }

    /// §1.4 composite-rate identity: for ad-valorem goods within the limits, the exact reduced
    /// CT + VAT equal CV × (ct + vat) / (1 − ct) × 70%, and the per-line rounded total is within
    /// 0.01 of the composite product rounded once.
    #[test]
    fn composite_rate_identity(
        minor in 0_i64..500_000,
        ct_permille in 0_u32..600,
        vat_class in 0_usize..2,
    ) {
        let ct = Rate::try_new(Decimal::new(i64::from(ct_permille), 3)).unwrap();
        let vat_class = [VatClass::Standard, VatClass::Reduced][vat_class];
        let category = TaxCategory::new(CategoryId::try_new("x").unwrap(), "x", vat_class, PostalBand::Two)
            .with_consumption_tax(ConsumptionTax::ad_valorem(ct).unwrap());
        let cv = Money::from_minor(minor, Currency::CNY);
        let a = CbecOrder::new(today(), vec![OrderLine::new(category, cv, 1)])
            .assess(zero(), &TaxPolicy::default()).unwrap();
        let t = a.tax().unwrap();
        let composite = CbecRegime::Limits2019
            .composite_rate(vat_class.rate_on(today()), ct).unwrap().as_decimal();
        let exact_sum = (t.lines[0].statutory.consumption_tax + t.lines[0].statutory.vat) * Decimal::new(7, 1);
        let via_composite = cv.to_decimal() * composite;
        prop_assert!((exact_sum - via_composite).abs() < Decimal::new(1, 15), "{exact_sum} vs {via_composite}");
        let once = Money::from_decimal(via_composite, Currency::CNY, Rounding::HalfUp).unwrap();
        prop_assert!((t.total_tax.minor() - once.minor()).abs() <= 1);
    }

    /// The inclusive split inverts the assessment: value + tax + remainder = price, the tax is
    /// what `assess` charges on that value, and one fen more would overshoot.
    #[test]
    fn inclusive_split_inverts(b in builtin(), minor in 0_i64..600_000) {
        // Spirits need a content per unit, which the one-item split does not take.
        prop_assume!(b != BuiltinCategory::Spirits);
        let policy = TaxPolicy::default();
        let price = Money::from_minor(minor, Currency::CNY);
        let s = split_tax_inclusive(today(), price, &b.category(), &policy).unwrap();
        prop_assert_eq!(s.customs_value.minor() + s.tax.minor() + s.remainder.minor(), minor);
        prop_assert!(!s.remainder.is_negative());
        // The tax `assess` charges on a one-item order, when it is within the limits (the split
        // ignores the limits; above 5,000 the order would be full rate and needs a duty rate).
        let tax_of = |cv: i64| {
            let line = OrderLine::new(b.category(), Money::from_minor(cv, Currency::CNY), 1);
            CbecOrder::new(today(), vec![line]).assess(zero(), &policy).ok().and_then(|a| match a.outcome {
                CbecOutcome::Within(t) => Some(t.total_tax.minor()),
                _ => None,
            })
        };
        if let Some(t) = tax_of(s.customs_value.minor()) {
            prop_assert_eq!(t, s.tax.minor());
        }
        if let Some(t) = tax_of(s.customs_value.minor() + 1) {
            prop_assert!(s.customs_value.minor() + 1 + t > minor);
        }
    }

    /// Postal: never panics; payable never negative; monotone in the article value.
    #[test]
    fn postal_never_negative_and_monotone(
        b in builtin(),
        price in 0_i64..200_000,
        step in 0_i64..50_000,
        qty in 1_u32..4,
        region in proptest::sample::select(vec![CustomsRegion::Foreign, CustomsRegion::HongKong]),
    ) {
        let tax = |p: i64| {
            let item = PostalItem::new(b.category(), Money::from_minor(p, Currency::CNY), qty)
                .with_content_per_unit(content("100 ml"));
            let a = PostalParcel::new(today(), region, vec![item]).assess(&TaxPolicy::default()).unwrap();
            let computed = match a.primary.outcome {
                PostalOutcome::Exempt { tax } | PostalOutcome::Payable { tax } | PostalOutcome::SingleItemOverLimit { tax, .. } => Some(tax),
                _ => None,
            };
            (computed, a.primary.outcome.payable())
        };
        let (lo, lo_pay) = tax(price);
        let (hi, _) = tax(price + step);
        prop_assert!(lo_pay.is_none_or(|m| !m.is_negative()));
        if let (Some(lo), Some(hi)) = (lo, hi) {
            prop_assert!(lo.minor() <= hi.minor());
        }
    }

    /// Parsers never panic on arbitrary text and what they accept round-trips.
    #[test]
    fn parsers_never_panic(s in "\\PC{0,24}") {
        if let Ok(v) = s.parse::<CategoryId>() { prop_assert_eq!(v.to_string().parse::<CategoryId>().unwrap(), v); }
        if let Ok(v) = s.parse::<HsCode>() { prop_assert_eq!(v.to_string().parse::<HsCode>().unwrap(), v); }
        if let Ok(v) = s.parse::<OrderRef>() { prop_assert_eq!(v.to_string().parse::<OrderRef>().unwrap(), v); }
        if let Ok(v) = s.parse::<Content>() { prop_assert_eq!(v.to_string().parse::<Content>().unwrap(), v); }
        if let Ok(v) = s.parse::<VatClass>() { prop_assert_eq!(v.to_string().parse::<VatClass>().unwrap(), v); }
        let _ = s.parse::<PostalBand>();
        let _ = s.parse::<Citation>();
    }

    /// Foreign regimes never panic and never charge a negative amount.
    #[test]
    fn foreign_never_negative(minor in 0_i64..10_000_000, transport in 0_i64..100_000, days in 0_i64..4_000) {
        let date = d(2016, 3, 10) + chrono::Duration::days(days);
        let policy = TaxPolicy::default();
        let mk = |c: Currency| {
            let mut k = Consignment::new(date, Money::from_minor(minor, c), Country::CN);
            k.transport = Money::from_minor(transport, c);
            k
        };
        let results = [
            mk(Currency::EUR).eu_ioss(rate("20%"), &policy),
            mk(Currency::GBP).uk_low_value(rate("20%"), &policy),
            mk(Currency::AUD).au_low_value(&policy),
            mk(Currency::CAD).ca_low_value(),
            mk(Currency::USD).us_de_minimis(),
            mk(Currency::JPY).jp_small_value(),
        ];
        for a in results.into_iter().flatten() {
            if let LowValueOutcome::CollectedAtSale { tax, duty } = a.outcome {
                prop_assert!(!tax.is_negative() && !duty.is_negative());
            }
        }
    }
}

// =============================================================================================
// Text and serde round trips
// =============================================================================================

#[test]
fn enums_round_trip_through_text() {
    for v in PostalBand::ALL {
        assert_eq!(v.to_string().parse::<PostalBand>().unwrap(), *v);
    }
    for v in BuiltinCategory::ALL {
        assert_eq!(v.to_string().parse::<BuiltinCategory>().unwrap(), *v);
    }
    for v in CbecRegime::ALL {
        assert_eq!(v.to_string().parse::<CbecRegime>().unwrap(), *v);
    }
    for v in PostalSchedule::ALL {
        assert_eq!(v.to_string().parse::<PostalSchedule>().unwrap(), *v);
    }
    for v in Citation::ALL {
        assert_eq!(v.to_string().parse::<Citation>().unwrap(), *v);
    }
    for v in Destination::ALL {
        assert_eq!(v.to_string().parse::<Destination>().unwrap(), *v);
    }
    assert_eq!(CbecRegime::Limits2019.to_string(), "limits2019");
    assert_eq!(PostalSchedule::From2024.to_string(), "from2024");
}

#[cfg(feature = "serde")]
#[test]
fn serde_round_trips_and_validates() {
    let a = assess(&t03_order(), "100.00");
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(serde_json::from_str::<CbecAssessment>(&json).unwrap(), a);

    let o = t03_order();
    let json = serde_json::to_string(&o).unwrap();
    assert_eq!(serde_json::from_str::<CbecOrder>(&json).unwrap(), o);

    let table = RateTable::builtin();
    let json = serde_json::to_string(&table).unwrap();
    assert_eq!(serde_json::from_str::<RateTable>(&json).unwrap(), table);

    let p = postal(&parcel(
        CustomsRegion::Foreign,
        vec![item(BuiltinCategory::Clothing, "600.00", 1).with_table_value(cny("300.00"))],
    ));
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<crossborder::tax::PostalAssessment>(&json).unwrap(), p);

    let mut ledger = AnnualQuotaLedger::new();
    let b = buyer();
    ledger.reserve(&b, order_ref("A"), d(2025, 3, 1), cny("100.00")).unwrap();
    ledger.release(&b, &order_ref("A"), d(2025, 3, 2)).unwrap();
    ledger.reserve(&b, order_ref("B"), d(2025, 3, 1), cny("50.00")).unwrap();
    let json = serde_json::to_string(&ledger).unwrap();
    assert!(json.contains("11010519491231002X"));
    assert_eq!(serde_json::from_str::<AnnualQuotaLedger>(&json).unwrap(), ledger);
    // invalid data is rejected on the way in
    let bad = json.replace("100.00 CNY", "-100.00 CNY");
    assert!(serde_json::from_str::<AnnualQuotaLedger>(&bad).is_err());
    let bad = json.replace("\"2025\"", "\"2024\"");
    assert!(serde_json::from_str::<AnnualQuotaLedger>(&bad).is_err());

    assert!(serde_json::from_str::<CategoryId>("\"Bad\"").is_err());
    assert!(serde_json::from_str::<HsCode>("\"12\"").is_err());
    assert!(serde_json::from_str::<ConsumptionTax>(r#"{"rate":"1"}"#).is_err());
    assert_eq!(serde_json::to_string(&PostalBand::Two).unwrap(), "\"2\"");
    let policy: TaxPolicy =
        serde_json::from_str(&serde_json::to_string(&TaxPolicy::default()).unwrap()).unwrap();
    assert_eq!(policy, TaxPolicy::default());
}

#[test]
fn public_types_are_send_sync_clone_debug_partialeq() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug + PartialEq + 'static>() {}
    check::<CbecOrder>();
    check::<CbecAssessment>();
    check::<crossborder::tax::PostalAssessment>();
    check::<crossborder::tax::LowValueAssessment>();
    check::<AnnualQuotaLedger>();
    check::<RateTable>();
    check::<TaxPolicy>();
    check::<TaxError>();
    check::<QuotaError>();
    check::<crossborder::tax::ParseTaxError>();
    check::<Citation>();
}

// Regressions found by the fuzz targets (fuzz/README.md).

/// fuzz target `tax`: a compound consumption tax with a negative specific amount made
/// `CbecOrder::assess` report a negative consumption tax and a negative total tax (−45.31 CNY
/// on a 107.91 CNY line). The specific amount is a positive sum in yuan (《消费税暂行条例》
/// 附 消费税税目税率表, e.g. 0.5 yuan per 500 ml of spirits), so the constructor refuses it.
#[test]
fn fuzz_compound_consumption_tax_refuses_negative_or_foreign_specific_amount() {
    let per: Content = "500 ml".parse().unwrap();
    let negative = crossborder::tax::SpecificRate::new(cny("-0.50"), per);
    assert_eq!(
        ConsumptionTax::compound(rate("10%"), negative),
        Err(TaxError::NegativeAmount {
            field: "consumption_tax.specific.amount".to_owned(),
            amount: cny("-0.50"),
        })
    );
    let dollars = crossborder::tax::SpecificRate::new(m("0.50 USD"), per);
    assert_eq!(
        ConsumptionTax::compound(rate("10%"), dollars),
        Err(TaxError::WrongCurrency {
            field: "consumption_tax.specific.amount".to_owned(),
            expected: Currency::CNY,
            found: Currency::USD,
        })
    );
    // Zero is a valid (if pointless) specific amount.
    let zero = crossborder::tax::SpecificRate::new(cny("0"), per);
    assert!(ConsumptionTax::compound(rate("10%"), zero).is_ok());
}

/// The serde form goes through the same check.
#[cfg(feature = "serde")]
#[test]
fn fuzz_consumption_tax_json_refuses_negative_specific_amount() {
    let per: Content = "500 ml".parse().unwrap();
    let valid = ConsumptionTax::compound(
        rate("20%"),
        crossborder::tax::SpecificRate::new(cny("0.50"), per),
    )
    .unwrap();
    let json = serde_json::to_string(&valid).unwrap();
    assert!(json.contains("\"0.50 CNY\""), "{json}");
    assert_eq!(serde_json::from_str::<ConsumptionTax>(&json).unwrap(), valid);
    let tampered = json.replace("\"0.50 CNY\"", "\"-0.50 CNY\"");
    assert!(serde_json::from_str::<ConsumptionTax>(&tampered).is_err(), "{tampered}");
}
