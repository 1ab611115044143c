//! One direct-mail parcel from a US fulfilment centre to a buyer in Shanghai.
//!
//! The example grows with the crate: today it shows the ground floor of the chain — the buyer
//! and the consignee address (masked), the price converted to CNY at the customs rate, the
//! composite-tax arithmetic, and the business calendars that decide when the fulfilment centre
//! ships and when Chinese customs works. Run it with `cargo run --example direct_mail`.
#![allow(clippy::print_stdout)] // an example program talks to its user on stdout

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use crossborder::calendar::{BusinessCalendar, DayKind};
use crossborder::geo::{Address, Country};
use crossborder::money::{Currency, ExchangeRate, Money};
use crossborder::party::{Person, ResidentId};
use crossborder::tax::{
    AnnualQuotaLedger, BuiltinCategory, CbecOrder, OrderLine, OrderRef, TaxPolicy,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("== The order ==");
    let buyer = Person::try_cn("张三", "11010519491231002X", "13812345678")?;
    let consignee = Address::builder(Country::CN)
        .province("上海市")
        .city("上海市")
        .district("浦东新区")
        .street_line("张江路１２３号　５０１室")
        .postal_code("201203")
        .build()?;
    println!("buyer      {buyer}");
    println!("ship to    {consignee}");
    println!(
        "customs    destination {} (customs code {}), origin {} (customs code {})",
        Country::CN.name_en(),
        Country::CN.customs_code().map(|c| c.to_string()).unwrap_or_default(),
        Country::US.name_en(),
        Country::US.customs_code().map(|c| c.to_string()).unwrap_or_default(),
    );

    println!("\n== The price ==");
    // The listing is in USD; customs works in CNY (currency code 142 in CEB messages).
    let listed: Money = "27.99 USD".parse()?;
    let usd_cny: ExchangeRate = "1 USD = 7.1234 CNY".parse()?;
    let price = usd_cny.convert(listed)?; // 27.99 × 7.1234 = 199.383966 → 199.38 (272号令 第十三条)
    println!("listed     {listed}");
    println!("rate       {usd_cny}");
    println!(
        "in CNY     {price}   (currency {} = customs code {})",
        Currency::CNY,
        Currency::CNY.customs_code().unwrap_or("-")
    );
    // The CBEC composite tax (跨境电商综合税): duty 0 within the limits, VAT 13% × 70%
    // (财关税〔2018〕49号), checked against the buyer's annual quota (26,000 CNY).
    let mut ledger = AnnualQuotaLedger::new();
    let buyer_id: ResidentId = "11010519491231002X".parse()?;
    let order_day = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    let order = CbecOrder::new(
        order_day,
        vec![OrderLine::new(BuiltinCategory::Ordinary.category(), price, 1)],
    );
    let used = ledger.used(&buyer_id, 2026);
    let assessment = order.assess(used, &TaxPolicy::default())?;
    let tax = assessment.total_tax().ok_or("not admissible")?;
    println!("tax        {tax}   (199.38 × 9.1% = 18.14358 → half-up to the fen)");
    println!("to pay     {}", price.checked_add(tax)?);
    let order_ref = OrderRef::try_new("ORDER-1")?;
    ledger.reserve(&buyer_id, order_ref.clone(), order_day, assessment.customs_value)?;
    ledger.commit(&buyer_id, &order_ref, order_day)?;
    println!("quota 2026 {} used of 26000.00 CNY", ledger.used(&buyer_id, 2026));

    println!("\n== When the fulfilment centre ships ==");
    let us = BusinessCalendar::united_states_federal();
    let ordered = Utc.with_ymd_and_hms(2026, 7, 2, 22, 0, 0).single().ok_or("instant")?;
    let cutoff = NaiveTime::from_hms_opt(14, 0, 0).ok_or("time")?;
    let start = us.first_workable_date(ordered, chrono_tz::America::Los_Angeles, cutoff)?;
    println!("ordered    {ordered} (15:00 in Los Angeles, after the 14:00 cut-off)");
    let jul3 = NaiveDate::from_ymd_opt(2026, 7, 3).ok_or("date")?;
    println!("2026-07-03 {}", us.day_kind(jul3)?);
    println!("work starts {start}");
    println!("ships by   {} (handling time 2 business days)", us.add_business_days(start, 2)?);

    println!("\n== When Chinese customs works ==");
    let china = BusinessCalendar::china();
    let mut day = NaiveDate::from_ymd_opt(2026, 9, 30).ok_or("date")?;
    let end = NaiveDate::from_ymd_opt(2026, 10, 10).ok_or("date")?;
    while day <= end {
        let kind = china.day_kind(day)?;
        let mark = if kind.is_business_day() { "works" } else { "closed" };
        let note = match kind {
            DayKind::Holiday { name } | DayKind::MakeUpWorkingDay { name } => format!(" ({name})"),
            _ => String::new(),
        };
        println!("{day} {:<9} {mark}{note}", day.format("%A"));
        day = day.succ_opt().ok_or("date")?;
    }
    let arrival = NaiveDate::from_ymd_opt(2026, 9, 30).ok_or("date")?;
    println!(
        "a parcel landing on {arrival} is cleared on {} at the earliest; 3 working days later is {}",
        china.next_business_day(arrival)?,
        china.add_business_days(arrival, 3)?
    );
    Ok(())
}
