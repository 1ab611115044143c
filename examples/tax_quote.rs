//! Tax quotes for a few typical baskets under each regime: CBEC composite tax (within the limits,
//! one item over 5,000, an order over the limits), the buyer's annual quota, the postal articles
//! tax, and other destinations' low-value rules. Deterministic; run it with
//! `cargo run --example tax_quote`.
#![allow(clippy::print_stdout)] // an example program talks to its user on stdout

use chrono::NaiveDate;
use crossborder::geo::{Country, CustomsRegion};
use crossborder::money::Money;
use crossborder::party::ResidentId;
use crossborder::tax::{
    AnnualQuotaLedger, BuiltinCategory, CbecAssessment, CbecOrder, CbecOutcome, Consignment,
    ForeignGoods, LowValueAssessment, LowValueOutcome, OrderLine, OrderRef, PostalAssessment,
    PostalItem, PostalOutcome, PostalParcel, TaxPolicy, split_tax_inclusive,
};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn date(y: i32, m: u32, d: u32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("bad date {y}-{m}-{d}").into())
}

fn cny(s: &str) -> Result<Money> {
    Ok(format!("{s} CNY").parse()?)
}

fn show_cbec(title: &str, a: &CbecAssessment) {
    println!("-- {title}");
    println!("   regime {}, customs value {}, {} item(s)", a.regime, a.customs_value, a.item_count);
    match &a.outcome {
        CbecOutcome::Within(tax) | CbecOutcome::SingleItemFullRate(tax) => {
            let kind = if matches!(a.outcome, CbecOutcome::Within(_)) {
                "within the limits (duty 0, CT and VAT × 70%)"
            } else {
                "one item over the single limit: full duty, CT and VAT"
            };
            println!("   {kind}");
            for (value, line) in a.lines.iter().zip(&tax.lines) {
                println!(
                    "   line CV {:>12}  duty {:>10}  CT {:>10}  VAT {:>10}",
                    value.customs_value.to_string(),
                    line.payable.duty.to_string(),
                    line.payable.consumption_tax.to_string(),
                    line.payable.vat.to_string()
                );
            }
            println!("   total tax {}", tax.total_tax);
        }
        CbecOutcome::NotAdmissible(reasons) => {
            println!("   NOT ADMISSIBLE as CBEC (general trade):");
            for r in reasons {
                println!("     - {r}");
            }
        }
        _ => println!("   (outcome not shown)"),
    }
    println!(
        "   quota {}: {} -> {} of {}",
        a.quota.year, a.quota.used_before, a.quota.used_after, a.quota.limit
    );
    let cites: Vec<String> = a.citations.iter().map(ToString::to_string).collect();
    println!("   law: {}", cites.join("; "));
}

fn show_postal(title: &str, a: &PostalAssessment) {
    println!("-- {title}");
    println!("   schedule {}, parcel limit {}", a.schedule, a.limit);
    for q in std::iter::once(&a.primary).chain(&a.invoice) {
        let outcome = match q.outcome {
            PostalOutcome::Exempt { tax } => format!("tax {tax} ≤ 50.00: exempt, pay 0.00"),
            PostalOutcome::Payable { tax } => format!("pay {tax}"),
            PostalOutcome::SingleItemOverLimit { payable, .. } => {
                format!(
                    "one article over the limit: pay {payable} if customs accepts it as personal use"
                )
            }
            PostalOutcome::NotAdmissible { parcel_value, limit } => {
                format!("value {parcel_value} over {limit}: return or clear as goods")
            }
            _ => "(outcome not shown)".to_owned(),
        };
        println!("   on {} values: parcel {} -> {outcome}", q.basis, q.parcel_value);
    }
}

fn show_foreign(title: &str, a: &LowValueAssessment) {
    let outcome = match a.outcome {
        LowValueOutcome::CollectedAtSale { tax, duty } => {
            format!("collected at checkout: tax {tax}, duty {duty}")
        }
        LowValueOutcome::BorderRelief { duty_free, taxes_free } => format!(
            "border relief: {}, {}",
            if duty_free { "no duty" } else { "duty due" },
            if taxes_free { "no import taxes" } else { "import taxes due" }
        ),
        LowValueOutcome::StandardImport { reason } => format!("standard import ({reason:?})"),
        _ => "(outcome not shown)".to_owned(),
    };
    println!("-- {title}: {} {} vs {} -> {outcome}", a.destination, a.tested_value, a.threshold);
}

fn main() -> Result<()> {
    let policy = TaxPolicy::default();
    let day = date(2025, 6, 18)?;
    let basket = cbec(day, policy)?;
    quota(&basket, policy)?;
    postal(day, policy)?;
    foreign(day, policy)?;
    Ok(())
}

fn cbec(day: NaiveDate, policy: TaxPolicy) -> Result<CbecOrder> {
    let zero = cny("0")?;
    println!("== CBEC retail import (跨境电商综合税), declared {day} ==");
    let mut basket = CbecOrder::new(
        day,
        vec![
            OrderLine::new(BuiltinCategory::Food.category(), cny("268.00")?, 2),
            OrderLine::new(BuiltinCategory::Books.category(), cny("89.00")?, 1),
            OrderLine::new(BuiltinCategory::Cosmetics.category(), cny("800.00")?, 1)
                .with_content_per_unit("50 ml".parse()?),
            OrderLine::new(BuiltinCategory::Clothing.category(), cny("399.00")?, 1),
            OrderLine::new(BuiltinCategory::Electronics.category(), cny("1299.00")?, 1),
        ],
    );
    basket.freight = cny("45.00")?;
    basket.cash_discount = cny("50.00")?;
    basket.non_cash_deduction = cny("20.00")?; // points: not deducted by default
    show_cbec("five-line basket with freight and a coupon", &basket.assess(zero, &policy)?);

    let watch = CbecOrder::new(
        day,
        vec![
            OrderLine::new(BuiltinCategory::Watches.category(), cny("12000.00")?, 1)
                .with_duty_rate("11%".parse()?)
                .with_hs_code("9102.2100.90".parse()?),
        ],
    );
    show_cbec("one automatic watch (T10)", &watch.assess(zero, &policy)?);

    let too_big = CbecOrder::new(
        day,
        vec![
            OrderLine::new(BuiltinCategory::Electronics.category(), cny("2000.00")?, 1),
            OrderLine::new(BuiltinCategory::Electronics.category(), cny("1700.00")?, 1),
            OrderLine::new(BuiltinCategory::Appliances.category(), cny("1500.00")?, 1),
        ],
    );
    show_cbec("three items, 5,200 (T09)", &too_big.assess(cny("24000.00")?, &policy)?);

    let split =
        split_tax_inclusive(day, cny("1091.00")?, &BuiltinCategory::Ordinary.category(), &policy)?;
    println!(
        "-- tax-inclusive 1091.00 CNY: value {} + tax {} (remainder {})",
        split.customs_value, split.tax, split.remainder
    );
    Ok(basket)
}

fn quota(basket: &CbecOrder, policy: TaxPolicy) -> Result<()> {
    println!();
    println!("== The buyer's annual quota (个人年度交易限值) ==");
    let buyer = ResidentId::try_new("11010519491231002X")?;
    let mut ledger = AnnualQuotaLedger::new();
    let first = OrderRef::try_new("SO-2025-0001")?;
    let check = ledger.reserve(&buyer, first.clone(), date(2025, 3, 1)?, cny("24000.00")?)?;
    println!("reserve  {check}");
    ledger.release(&buyer, &first, date(2025, 3, 3)?)?;
    let used = ledger.used(&buyer, 2025);
    println!("buyer {buyer}: used {used} in 2025");
    let a = basket.assess(used, &policy)?;
    println!("the five-line basket on top: admissible = {}", a.outcome.is_admissible());
    let back = ledger.record_return(
        &buyer,
        &first,
        cny("6000.00")?,
        date(2025, 3, 20)?,
        date(2025, 4, 10)?,
    )?;
    println!(
        "timely return of part of the first order: {back:?}; used now {}",
        ledger.used(&buyer, 2025)
    );
    println!(
        "the basket now: admissible = {}",
        basket.assess(ledger.used(&buyer, 2025), &policy)?.outcome.is_admissible()
    );
    Ok(())
}

fn postal(day: NaiveDate, policy: TaxPolicy) -> Result<()> {
    println!();
    println!("== Postal articles (行邮税) ==");
    let milk = PostalParcel::new(
        day,
        CustomsRegion::Foreign,
        vec![
            PostalItem::new(BuiltinCategory::Food.category(), cny("180.00")?, 1)
                .with_table_value(cny("200.00")?),
        ],
    );
    show_postal("1 kg milk powder from the US (T17)", &milk.assess(&policy)?);
    let coats = PostalParcel::new(
        day,
        CustomsRegion::Foreign,
        vec![
            PostalItem::new(BuiltinCategory::Clothing.category(), cny("650.00")?, 1)
                .with_table_value(cny("300.00")?),
        ],
    );
    show_postal("a coat bought for 650, table value 300", &coats.assess(&policy)?);
    let hk = PostalParcel::new(
        day,
        Country::HK.customs_region(),
        vec![
            PostalItem::new(BuiltinCategory::Toys.category(), cny("425.00")?, 1),
            PostalItem::new(BuiltinCategory::Toys.category(), cny("425.00")?, 1),
        ],
    );
    show_postal("two toys from Hong Kong, 850 (T24a)", &hk.assess(&policy)?);
    let camera = PostalParcel::new(
        day,
        CustomsRegion::Foreign,
        vec![PostalItem::new(BuiltinCategory::Electronics.category(), cny("3000.00")?, 1)],
    );
    show_postal("one camera, 3,000 (T24b)", &camera.assess(&policy)?);
    Ok(())
}

fn foreign(day: NaiveDate, policy: TaxPolicy) -> Result<()> {
    println!();
    println!("== Other destinations ==");
    let mut de = Consignment::new(date(2026, 7, 1)?, "140.00 EUR".parse()?, Country::CN);
    de.transport = "15.00 EUR".parse()?;
    show_foreign(
        "EU IOSS to Germany (T27, from 2026-07-01)",
        &de.eu_ioss("19%".parse()?, &policy)?,
    );
    let mut uk = Consignment::new(day, "100.00 GBP".parse()?, Country::CN);
    uk.transport = "10.00 GBP".parse()?;
    show_foreign("UK (T30)", &uk.uk_low_value("20%".parse()?, &policy)?);
    let mut au = Consignment::new(day, "900.00 AUD".parse()?, Country::US);
    au.transport = "30.00 AUD".parse()?;
    show_foreign("Australia (T31)", &au.au_low_value(&policy)?);
    show_foreign(
        "Canada, courier from the US",
        &Consignment::new(day, "100.00 CAD".parse()?, Country::US).ca_low_value()?,
    );
    show_foreign(
        "US, from Japan before 2025-08-29",
        &Consignment::new(date(2025, 8, 28)?, "120.00 USD".parse()?, Country::JP)
            .us_de_minimis()?,
    );
    show_foreign(
        "US, from Japan on 2025-08-29",
        &Consignment::new(date(2025, 8, 29)?, "120.00 USD".parse()?, Country::JP)
            .us_de_minimis()?,
    );
    let mut jp = Consignment::new(day, "16000 JPY".parse()?, Country::US);
    jp.personal_use = true;
    show_foreign("Japan, personal use (× 0.6)", &jp.jp_small_value()?);
    jp.goods = ForeignGoods::Excise;
    show_foreign("Japan, a bottle of wine", &jp.jp_small_value()?);
    Ok(())
}
