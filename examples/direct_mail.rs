//! One direct-mail parcel (直邮, customs mode 9610) from a US fulfilment centre to a buyer in
//! Shanghai, end to end.
//!
//! 1. The order: the buyer and the consignee address (masked), the price converted to CNY at the
//!    customs rate, the CBEC composite tax quoted, and the order reserved in the buyer's annual
//!    quota.
//! 2. The four customs documents built for this order — CEB311 order, CEB411 payment, CEB511
//!    waybill, CEB621 inventory declared at the port of entry's customs district — and the
//!    three-document match (三单对碰) against the buyer's quota; then the full report of a
//!    payment voucher that disagrees.
//! 3. The route (fulfilment centre ONT8 → DHL eCommerce → Shanghai Pudong port of entry →
//!    customs → SF Express) and a realistic event stream — a skipped scan, a duplicate, an
//!    out-of-order event and a customs hold over the National Day holiday — with, at each
//!    stage, the status, the re-estimated delivery window and the buyer's explanation, which
//!    names the port of entry (上海浦东国际机场 / Shanghai Pudong International Airport) rather
//!    than printing its node code PVG; at the hand-off the buyer asks why the number changed
//!    and the auto-reply recognises the question and the new number's carrier and answers; the
//!    quota entry counts once customs releases the parcel.
//! 4. The seller's metrics: this order and a handful of others, against the account-health
//!    targets.
//!
//! Deterministic: every instant is fixed, nothing reads the clock. Run it with
//! `cargo run --example direct_mail`. All enterprise codes, flight and document numbers are
//! made up, except the payment enterprise's (Tenpay).
#![allow(clippy::print_stdout)] // an example program talks to its user on stdout

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use crossborder::calendar::BusinessCalendar;
use crossborder::carrier::{Carrier, TrackingNumber};
use crossborder::customs::{
    AppStatus, AppType, BuyerRegNo, CebDate, CebDecimal, CebText, CebTime, ConsigneeAddress, CopNo,
    CustomsCode, DocumentSet, EnterpriseCode, Guid, HsCode, IeFlag, Inventory, InventoryHead,
    InventoryLine, LogisticsNo, MatchOptions, Order, OrderHead, OrderNo, OrderType, PackNo,
    PayTransactionId, Payment, TradeMode, TransportMode as TrafMode, UnitCode, Waybill,
    match_documents,
};
use crossborder::eta::{LegPlan, Outlook, Probability, RoutePlan, ShipmentEta, TransitTime};
use crossborder::geo::{Address, Country};
use crossborder::metrics::{
    AccountHealth, FeedbackRating, OrderId, OrderRecord, Policy, Programme, TrackingRecord,
};
use crossborder::money::{Currency, ExchangeRate, Money};
use crossborder::notice::{Lang, Notice, PlaceNames, Question};
use crossborder::party::{Person, ResidentId};
use crossborder::reply::AutoReply;
use crossborder::shipment::{
    Applied, CustomsMode, EventKind, HoldReason, Leg, Location, Route, Shipment, Status,
    TrackingEvent,
};
use crossborder::tax::{
    AnnualQuotaLedger, BuiltinCategory, CbecOrder, OrderLine as TaxLine, OrderRef, TaxPolicy,
};
use crossborder::warehouse::{CustomsDistrict, Network, Node, NodeKind, TransportMode};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const ORDER_NO: &str = "SO-2026-0924-0001";
const BUYER_ID: &str = "11010519491231002X";
const DHL_NO: &str = "GM2951173225174494";
const SF_NO: &str = "SF1385628716739";
const ITEM: &str = "维生素D3软胶囊";

fn at(month: u32, day: u32, hour: u32, minute: u32) -> Result<DateTime<Utc>> {
    Ok(Utc.with_ymd_and_hms(2026, month, day, hour, minute, 0).single().ok_or("instant")?)
}

fn date(month: u32, day: u32) -> Result<NaiveDate> {
    Ok(NaiveDate::from_ymd_opt(2026, month, day).ok_or("date")?)
}

/// What the sections share: the buyer, the address, the amounts, the quota entry.
struct Sale {
    buyer: Person,
    buyer_id: ResidentId,
    address: ConsigneeAddress,
    ordered: DateTime<Utc>,
    price: Money,
    tax: Money,
    order_ref: OrderRef,
}

fn main() -> Result<()> {
    let mut ledger = AnnualQuotaLedger::new();
    let sale = order(&mut ledger)?;
    let (network, fc) = network()?;
    let route = route()?;
    route.check_network(&network)?;
    let district = route.clearance_district(&network).ok_or("a port of entry with a district")?;
    documents(&sale, &route, district, &ledger)?;
    // What the buyer reads instead of a node code: the nodes' own names (PVG 上海浦东国际机场,
    // ONT8 Moreno Valley, CA), and the port's English name for English texts.
    let names = PlaceNames::from(&network).with(
        "PVG".parse()?,
        Lang::En,
        "Shanghai Pudong International Airport".parse()?,
    );
    let (shipment, promise) = journey(&sale, route, &names, &mut ledger)?;
    metrics(&shipment, &fc, promise)?;
    Ok(())
}

/// The order, the price in CNY, the tax and the quota reservation.
fn order(ledger: &mut AnnualQuotaLedger) -> Result<Sale> {
    println!("== 1. The order ==");
    let buyer = Person::try_cn("张三", BUYER_ID, "13812345678")?;
    let consignee = Address::builder(Country::CN)
        .province("上海市")
        .city("上海市")
        .district("浦东新区")
        .street_line("张江路１２３号　５０１室")
        .postal_code("201203")
        .build()?;
    println!("buyer       {buyer}, who is also the consignee");
    println!("ship to     {consignee}");
    let from = Country::US.customs_code().map(|c| c.to_string()).unwrap_or_default();
    println!(
        "origin      {} (customs country code {from}, ISO {})",
        Country::US.name_en(),
        Country::US.numeric()
    );

    // The listing is in USD; customs works in CNY (currency code 142, not ISO 156).
    let listed: Money = "27.99 USD".parse()?;
    let usd_cny: ExchangeRate = "1 USD = 7.1234 CNY".parse()?;
    let price = usd_cny.convert(listed)?; // 27.99 × 7.1234 = 199.383966 → 199.38 (272号令 第十三条)
    let code = Currency::CNY.customs_code().unwrap_or("-");
    println!("item        {ITEM} (vitamin D3), 1 bottle, free shipping");
    println!("price       {listed} at {usd_cny} = {price} (customs currency {code})");

    // CBEC composite tax within the limits: duty 0, VAT at 70% of the 13% rate
    // (财关税〔2016〕18号 二; 13% since 2019-04-01, 2019年第39号公告); limits 5,000 per
    // transaction and 26,000 a year (财关税〔2018〕49号 一).
    let ordered = at(9, 24, 13, 30)?; // 21:30 in Shanghai, 06:30 in Los Angeles
    let day = date(9, 24)?;
    let order = CbecOrder::new(day, vec![TaxLine::new(BuiltinCategory::Food.category(), price, 1)]);
    let buyer_id: ResidentId = BUYER_ID.parse()?;
    // Earlier in 2026 the buyer's CBEC orders released by customs came to 3,480.00 CNY.
    let earlier = OrderRef::try_new("SO-2026-0417-0032")?;
    ledger.reserve(&buyer_id, earlier.clone(), date(4, 17)?, "3480.00 CNY".parse()?)?;
    ledger.commit(&buyer_id, &earlier, date(4, 21)?)?;
    let assessment = order.assess(ledger.used(&buyer_id, 2026), &TaxPolicy::default())?;
    let tax = assessment.total_tax().ok_or("not admissible")?;
    println!(
        "tax         {tax} (199.38 × 9.1% = 18.14358, half-up to the fen); buyer pays {}",
        price.checked_add(tax)?
    );
    // The customs value is reserved now and counts once customs releases the parcel.
    let order_ref = OrderRef::try_new(ORDER_NO)?;
    let check = ledger.reserve(&buyer_id, order_ref.clone(), day, assessment.customs_value)?;
    println!("quota       {check}");
    let address = ConsigneeAddress::try_new(consignee.normalized().reveal_text())?;
    Ok(Sale { buyer, buyer_id, address, ordered, price, tax, order_ref })
}

// The companies behind the documents (customs registration codes made up, except Tenpay's).
const PLATFORM: (&str, &str) = ("3120966A01", "示例海外购平台（上海）有限公司");
const SHOP: (&str, &str) = ("3120968B02", "示例美国营养品旗舰店有限公司");
const TENPAY: (&str, &str) = ("4403169D3W", "财付通支付科技有限公司");
const SF_EXPRESS: (&str, &str) = ("4403980S0F", "顺丰速运有限公司");
const PAY_ID: &str = "4200002026092500018366";
const AWB: &str = "112-20260925"; // master air waybill: check digit = 2026092 mod 7

fn company((code, name): (&str, &str)) -> Result<(EnterpriseCode, CebText<100>)> {
    Ok((EnterpriseCode::try_new(code)?, CebText::try_new(name)?))
}

/// The CEB311 order the platform pushes: goods value, no freight or discount, the tax the
/// platform withholds, and what the buyer paid.
fn order_document(sale: &Sale) -> Result<Order> {
    let (platform, platform_name) = company(PLATFORM)?;
    let (shop, shop_name) = company(SHOP)?;
    let (tenpay, tenpay_name) = company(TENPAY)?;
    let (name, phone) = (sale.buyer.name(), sale.buyer.phone().ok_or("phone")?);
    let head = OrderHead {
        guid: Guid::try_new("3E1F6A2B-7C4D-4E5F-8A9B-0C1D2E3F4A5B")?,
        app_type: AppType::New,
        app_time: CebTime::from_utc(at(9, 24, 13, 31)?)?,
        app_status: AppStatus::Declared,
        order_type: OrderType::Import,
        order_no: OrderNo::try_new(ORDER_NO)?,
        ebp_code: platform,
        ebp_name: platform_name,
        ebc_code: shop,
        ebc_name: shop_name,
        goods_value: CebDecimal::from_cny(sale.price)?,
        freight: CebDecimal::ZERO,
        discount: CebDecimal::ZERO,
        tax_total: CebDecimal::from_cny(sale.tax)?,
        actural_paid: CebDecimal::from_cny(sale.price.checked_add(sale.tax)?)?,
        buyer_reg_no: BuyerRegNo::try_new("zhangsan_sh_2019")?,
        buyer_name: name.clone(),
        buyer_telephone: phone.clone(),
        buyer_id: sale.buyer.id().ok_or("id")?.clone(),
        pay_code: Some(tenpay),
        pay_name: Some(tenpay_name),
        pay_transaction_id: Some(PayTransactionId::try_new(PAY_ID)?),
        batch_numbers: None,
        consignee: name.clone(),
        consignee_telephone: phone.clone(),
        consignee_address: sale.address.clone(),
        consignee_district: Some("310115".parse()?), // 浦东新区 (GB/T 2260)
        note: None,
    };
    let line = crossborder::customs::OrderLine {
        gnum: "1".parse()?,
        item_no: Some(CebText::try_new("VD3-5000IU-360")?),
        item_name: CebText::try_new(ITEM)?,
        gmodel: CebText::try_new("5000IU，360粒/瓶")?,
        item_describe: None,
        bar_code: Some(CebText::try_new("0033984007581")?),
        unit: UnitCode::try_new("142")?, // 瓶 (JGS-20 unit code)
        qty: CebDecimal::from(1),
        price: CebDecimal::from_cny(sale.price)?,
        total_price: CebDecimal::from_cny(sale.price)?,
        country: Country::US.customs_code().ok_or("customs code")?,
        note: None,
    };
    Ok(Order::try_new(head, vec![line])?)
}

/// The CEB411 payment voucher Tenpay pushes: the buyer paid the order's `acturalPaid`.
fn payment_document(sale: &Sale) -> Result<Payment> {
    let (tenpay, tenpay_name) = company(TENPAY)?;
    let (platform, platform_name) = company(PLATFORM)?;
    Ok(Payment {
        guid: Guid::try_new("9B8A7C6D-5E4F-4A3B-9C2D-1E0F9A8B7C6D")?,
        app_type: AppType::New,
        app_time: CebTime::from_utc(at(9, 24, 13, 33)?)?,
        app_status: AppStatus::Declared,
        pay_code: tenpay,
        pay_name: tenpay_name,
        pay_transaction_id: PayTransactionId::try_new(PAY_ID)?,
        order_no: OrderNo::try_new(ORDER_NO)?,
        ebp_code: platform,
        ebp_name: platform_name,
        payer_id: sale.buyer.id().ok_or("id")?.clone(),
        payer_name: sale.buyer.name().clone(),
        telephone: sale.buyer.phone().cloned(),
        amount_paid: CebDecimal::from_cny(sale.price.checked_add(sale.tax)?)?,
        pay_time: CebTime::from_utc(sale.ordered)?,
        note: None,
    })
}

/// The CEB511 waybill. The logistics enterprise declaring it is the domestic carrier: the
/// inventory names its number, under which the parcel is delivered after release.
fn waybill_document(sale: &Sale) -> Result<Waybill> {
    let (carrier, carrier_name) = company(SF_EXPRESS)?;
    Ok(Waybill {
        guid: Guid::try_new("6C5D4E3F-2A1B-4C0D-8E9F-7A6B5C4D3E2F")?,
        app_type: AppType::New,
        app_time: CebTime::from_utc(at(9, 24, 20, 5)?)?,
        app_status: AppStatus::Declared,
        logistics_code: carrier,
        logistics_name: carrier_name,
        logistics_no: LogisticsNo::try_new(SF_NO)?,
        bill_no: Some(CebText::try_new(AWB)?),
        order_no: OrderNo::try_new(ORDER_NO)?,
        freight: Some(CebDecimal::ZERO),
        insured_fee: Some(CebDecimal::ZERO),
        weight: "0.45".parse()?,
        pack_no: PackNo::ONE,
        goods_info: Some(CebText::try_new(ITEM)?),
        consignee: sale.buyer.name().clone(),
        consignee_address: sale.address.clone(),
        consignee_telephone: sale.buyer.phone().ok_or("phone")?.clone(),
        note: None,
    })
}

/// The CEB621 inventory the customs broker declares. Under 9610 it is declared where the
/// parcel clears, the port of entry's customs district; `trafMode` is the cross-border leg's
/// transport mode and `country` the country of departure (XSD22 `InventoryHead`).
fn inventory_document(sale: &Sale, route: &Route, district: CustomsDistrict) -> Result<Inventory> {
    let (platform, platform_name) = company(PLATFORM)?;
    let (shop, shop_name) = company(SHOP)?;
    let (carrier, carrier_name) = company(SF_EXPRESS)?;
    let international = route.legs().first().ok_or("international leg")?;
    let customs = CustomsCode::try_new(district.as_str())?;
    let us = Country::US.customs_code().ok_or("customs code")?;
    let head = InventoryHead {
        guid: Guid::try_new("1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D")?,
        app_type: AppType::New,
        app_time: CebTime::from_utc(at(9, 28, 2, 30)?)?,
        app_status: AppStatus::Declared,
        order_no: OrderNo::try_new(ORDER_NO)?,
        ebp_code: platform,
        ebp_name: platform_name,
        assure_code: CebText::try_new(shop.as_str())?,
        ebc_code: shop,
        ebc_name: shop_name,
        logistics_no: LogisticsNo::try_new(SF_NO)?,
        logistics_code: carrier,
        logistics_name: carrier_name,
        cop_no: Some(CopNo::try_new("INV-20260928-0007")?),
        pre_no: None,
        ems_no: None,
        invt_no: None,
        ie_flag: IeFlag::Import,
        decl_time: CebDate::try_from_date(date(9, 28)?)?,
        customs_code: customs,
        port_code: customs,
        ie_date: Some(CebDate::try_from_date(date(9, 28)?)?),
        buyer_id: sale.buyer.id().ok_or("id")?.clone(),
        buyer_name: sale.buyer.name().clone(),
        buyer_telephone: sale.buyer.phone().ok_or("phone")?.clone(),
        consignee_address: sale.address.clone(),
        agent_code: EnterpriseCode::try_new("3120980C3D")?,
        agent_name: CebText::try_new("示例报关有限公司")?,
        area_code: None,
        area_name: None,
        trade_mode: TradeMode::DIRECT_PURCHASE,
        traf_mode: TrafMode::try_new(international.mode().customs_code())?,
        traf_no: Some(CebText::try_new("CK222")?),
        voyage_no: Some(CebText::try_new("CK222/20260927")?),
        bill_no: Some(CebText::try_new(AWB)?),
        loct_no: None,
        license_no: None,
        country: us,
        freight: CebDecimal::ZERO,
        insured_fee: CebDecimal::ZERO,
        wrap_type: None,
        pack_no: PackNo::ONE,
        gross_weight: "0.45".parse()?,
        net_weight: "0.32".parse()?,
        note: None,
    };
    let line = InventoryLine {
        gnum: "1".parse()?,
        item_record_no: None,
        item_no: Some(CebText::try_new("VD3-5000IU-360")?),
        item_name: Some(CebText::try_new(ITEM)?),
        gcode: HsCode::try_new("2106909090")?, // food preparations n.e.s.
        gname: CebText::try_new(ITEM)?,
        gmodel: CebText::try_new("5000IU，360粒/瓶")?,
        bar_code: Some(CebText::try_new("0033984007581")?),
        country: us,
        trade_country: Some(us),
        qty: CebDecimal::from(1),
        unit: UnitCode::try_new("142")?, // 瓶
        qty1: "0.32".parse()?,
        unit1: UnitCode::try_new("035")?, // 千克, the legal unit
        qty2: None,
        unit2: None,
        price: CebDecimal::from_cny(sale.price)?,
        total_price: CebDecimal::from_cny(sale.price)?,
        note: None,
    };
    Ok(Inventory::try_new(head, vec![line])?)
}

/// The documents, the match against the buyer's quota, and a payment that disagrees.
fn documents(
    sale: &Sale,
    route: &Route,
    district: CustomsDistrict,
    ledger: &AnnualQuotaLedger,
) -> Result<()> {
    println!("\n== 2. The customs documents and the three-document match (三单对碰) ==");
    let order = order_document(sale)?;
    let payment = payment_document(sale)?;
    let waybill = waybill_document(sale)?;
    let inventory = inventory_document(sale, route, district)?;
    let h = order.head();
    println!(
        "CEB311 order     {}: goodsValue {} + freight {} + taxTotal {} - discount {} = acturalPaid {}",
        h.order_no, h.goods_value, h.freight, h.tax_total, h.discount, h.actural_paid
    );
    println!(
        "CEB411 payment   {}: amountPaid {} by {} (ID {})",
        payment.pay_transaction_id, payment.amount_paid, payment.payer_name, payment.payer_id
    );
    println!(
        "CEB511 waybill   {} ({}): {} kg to {}, {}",
        waybill.logistics_no,
        waybill.logistics_name,
        waybill.weight,
        waybill.consignee,
        waybill.consignee_address
    );
    let i = inventory.head();
    println!(
        "CEB621 inventory tradeMode {} at customs {} {} (port {}), trafMode {}, country {}, HS {}",
        i.trade_mode,
        i.customs_code,
        district.name_zh(),
        i.port_code,
        i.traf_mode,
        i.country,
        inventory.lines().first().map(|l| l.gcode.to_string()).unwrap_or_default()
    );
    // The ledger says what the buyer has used this year, for the annual limit (R16.2).
    let options = MatchOptions::default();
    let set = DocumentSet {
        order: &order,
        payment: &payment,
        waybill: &waybill,
        inventory: Some(&inventory),
    };
    println!(
        "match, annual limit (R16.2) from the quota ledger: {}",
        match_documents(&set, &options, ledger)
    );

    // As the payment company first pushed it: the buyer's wife paid from her own account, and
    // the amount left the tax out. Customs refuses the order; the report lists every reason.
    let mut wrong = payment.clone();
    wrong.payer_name = "李四".parse()?;
    wrong.payer_id = "310115198808084569".parse::<ResidentId>()?.into();
    wrong.amount_paid = CebDecimal::from_cny(sale.price)?;
    let set = DocumentSet { payment: &wrong, ..set };
    println!(
        "had the payment voucher said 李四 paid {}: {}",
        wrong.amount_paid,
        match_documents(&set, &options, ledger)
    );
    Ok(())
}

/// US fulfilment centre ONT8 and the Shanghai Pudong port of entry PVG (customs district 2233
/// 浦东机场, JGS/T 18).
fn network() -> Result<(Network, Node)> {
    let fc = Node::builder("ONT8".parse()?, NodeKind::FulfilmentCentre, Country::US)
        .name("Moreno Valley, CA")
        .time_zone(chrono_tz::America::Los_Angeles)
        .calendar(BusinessCalendar::united_states_federal())
        .cutoff(NaiveTime::from_hms_opt(14, 0, 0).ok_or("time")?)
        .handling_days(1)
        .build()?;
    let pvg = Node::builder("PVG".parse()?, NodeKind::PortOfEntry, Country::CN)
        .name("上海浦东国际机场")
        .time_zone(chrono_tz::Asia::Shanghai)
        .calendar(BusinessCalendar::china())
        .cutoff(NaiveTime::from_hms_opt(16, 0, 0).ok_or("time")?)
        .handling_days(1)
        .customs_district(CustomsDistrict::PUDONG_AIRPORT)
        .build()?;
    Ok((Network::try_new(vec![fc.clone(), pvg], vec![])?, fc))
}

/// ONT8 → DHL eCommerce (air) → PVG → customs (9610) → SF Express → the buyer.
fn route() -> Result<Route> {
    let dhl_no = TrackingNumber::parse(Carrier::DhlEcommerce, DHL_NO)?;
    let sf_no = TrackingNumber::parse(Carrier::SfExpress, SF_NO)?;
    Ok(Route::builder(CustomsMode::DirectPurchase)
        .leg(Leg::try_new(
            Carrier::DhlEcommerce,
            TransportMode::Air,
            Location::node("ONT8".parse()?),
            Location::node("PVG".parse()?),
            dhl_no,
        )?)
        .clearance()
        .leg(Leg::try_new(
            Carrier::SfExpress,
            TransportMode::Road,
            Location::node("PVG".parse()?),
            Location::place("上海市浦东新区", Country::CN)?,
            sf_no,
        )?)
        .build()?)
}

/// The delivery-window plan: one leg plan per stage of the route, each on its own calendar.
fn plan(route: &Route) -> Result<RoutePlan> {
    // The FC ships on US business days, the airline flies every day, Chinese customs works
    // Chinese working days (中秋 2026-09-25..27 and 国庆 2026-10-01..07 closed, 国办发明电〔2025〕7号),
    // SF Express delivers every day.
    let noon = NaiveTime::from_hms_opt(12, 0, 0).ok_or("time")?;
    let (us, cn, la, sh) = (
        BusinessCalendar::united_states_federal(),
        BusinessCalendar::china(),
        chrono_tz::America::Los_Angeles,
        chrono_tz::Asia::Shanghai,
    );
    let plan = RoutePlan::try_new(route, |stage| {
        let (calendar, zone, transit) = match stage.to() {
            Status::PickedUp { leg: 0 } => (us.clone(), la, TransitTime::uniform(0, 2)),
            Status::ArrivedInDestination => {
                (BusinessCalendar::seven_day(), la, TransitTime::triangular(2, 3, 6))
            }
            Status::CustomsReleased => (cn.clone(), sh, TransitTime::triangular(1, 1, 3)),
            Status::HandedOff { .. } => (cn.clone(), sh, TransitTime::triangular(0, 1, 2)),
            _ => (BusinessCalendar::seven_day(), sh, TransitTime::triangular(0, 1, 2)),
        };
        LegPlan::business_days(stage.to_string(), calendar, zone, noon, transit.ok()?).ok()
    })?
    .with_hold(HoldReason::Inspection, TransitTime::uniform(1, 4)?);
    Ok(plan)
}

/// The route, the event stream, the status, the window and the buyer's explanation at each
/// stage. Returns the shipment and the promise date made at checkout.
fn journey(
    sale: &Sale,
    route: Route,
    names: &PlaceNames,
    ledger: &mut AnnualQuotaLedger,
) -> Result<(Shipment, NaiveDate)> {
    println!("\n== 3. The journey ==");
    for h in route.hand_offs() {
        println!("hand-off at {}: {} → {}", h.at(), h.outgoing(), h.incoming());
    }
    let plan = plan(&route)?;
    let (dhl, sf) = match route.legs() {
        [international, domestic] => (international.primary(), domestic.primary()),
        _ => return Err("two legs".into()),
    };
    let ninety = Probability::try_percent(90)?;
    let on_time = Probability::try_percent(97)?;
    let mut shipment = Shipment::new(route);
    let Outlook::Underway(first) = shipment.delivery_outlook(&plan, sale.ordered, sale.ordered)?
    else {
        return Err("underway".into());
    };
    let promise = first.promise_date(on_time);
    let w = first.window(ninety);
    println!(
        "at checkout: 90% window {} – {}, promised by {promise} (97% on time); times below in Shanghai",
        w.from(),
        w.to()
    );

    // The feed as it arrives: the DHL pick-up scan is missing (skipped), the departure scan
    // arrives twice, and the customs-processing scan arrives after the hold it preceded.
    let feed = [
        (at(9, 24, 20, 0)?, dhl, EventKind::LabelCreated),
        (at(9, 26, 6, 40)?, dhl, EventKind::InTransit),
        (at(9, 26, 6, 40)?, dhl, EventKind::InTransit),
        (at(9, 28, 1, 5)?, dhl, EventKind::ArrivedInDestination),
        (at(9, 29, 6, 30)?, dhl, EventKind::CustomsHeld(HoldReason::Inspection)),
        (at(9, 28, 3, 0)?, dhl, EventKind::CustomsProcessing),
        (at(10, 8, 2, 20)?, dhl, EventKind::CustomsReleased),
        (at(10, 8, 4, 0)?, dhl, EventKind::HandedOff),
        (at(10, 8, 5, 45)?, sf, EventKind::PickedUp),
        (at(10, 9, 0, 30)?, sf, EventKind::OutForDelivery),
        (at(10, 9, 5, 5)?, sf, EventKind::Delivered),
    ];
    // Each event is handled when it arrives: "now" is the latest instant seen so far.
    let mut now = sale.ordered;
    for (instant, leg, kind) in feed {
        now = now.max(instant);
        let before = shipment.status();
        let applied = shipment.apply(TrackingEvent::new(instant, leg, kind))?;
        let (outlook, window) = match shipment.delivery_outlook(&plan, sale.ordered, now)? {
            Outlook::Underway(e) => {
                let w = e.window(ninety);
                let text =
                    format!("{} – {}, promise {}", w.from(), w.to(), e.promise_date(on_time));
                (text, Some(w))
            }
            Outlook::Delivered { at } => (format!("delivered {}", local(at).date_naive()), None),
            Outlook::Stopped(status) => (format!("stopped: {status}"), None),
            _ => (String::from("no outlook"), None),
        };
        println!(
            "{} {:<23} {:<9} → {:<23} {outlook}",
            local(instant).format("%m-%d %H:%M"),
            kind.to_string(),
            format!("{applied:?}").to_lowercase(),
            shipment.status().to_string()
        );
        if applied == Applied::Duplicate || shipment.status() == before {
            continue; // nothing new to tell the buyer
        }
        let mut notice = Notice::new(&shipment, now).with_place_names(names);
        if let Some(w) = window {
            notice = notice.with_window(w);
        }
        match kind {
            // The full explanation where buyers worry most; its first line elsewhere.
            EventKind::CustomsHeld(_) => {
                print_indented(&notice.with_addressee(sale.buyer.name()).explain(Lang::En));
            }
            EventKind::HandedOff => ask_why_the_number_changed(&notice),
            _ => print_indented(notice.explain(Lang::ZhCn).lines().next().unwrap_or_default()),
        }
        if kind == EventKind::CustomsReleased {
            // Released (放行): the reserved amount now counts toward the year (49号 一).
            ledger.commit(&sale.buyer_id, &sale.order_ref, local(instant).date_naive())?;
            let used = ledger.used(&sale.buyer_id, 2026);
            print_indented(&format!(
                "quota: {used} of 26000.00 CNY used in 2026, this order included"
            ));
        }
    }
    for inferred in shipment.inferred() {
        let after = inferred.after().map(|a| local(a).format("%m-%d %H:%M").to_string());
        println!(
            "inferred, never scanned: {} between {} and {}",
            inferred.milestone(),
            after.unwrap_or_default(),
            local(inferred.by()).format("%m-%d %H:%M")
        );
    }
    println!(
        "{} events on one thread across DHL eCommerce and SF Express; parcel value {}",
        shipment.events().len(),
        sale.price
    );
    Ok((shipment, promise))
}

fn local(instant: DateTime<Utc>) -> DateTime<chrono_tz::Tz> {
    instant.with_timezone(&chrono_tz::Asia::Shanghai)
}

/// The seller's account health on Monday 12 October: this order and a handful of others from
/// the same fulfilment centre (14:00 cut-off, one business day of handling).
fn metrics(shipment: &Shipment, fc: &Node, promise: NaiveDate) -> Result<()> {
    println!("\n== 4. The seller's metrics ==");
    let ship = |id: &str, ordered, confirmed| -> Result<_> {
        Ok(OrderRecord::builder(id.parse()?, ordered).ship_from(fc).ship_confirmed_at(confirmed))
    };
    let scanned = |confirmed, first_scan| TrackingRecord::recognised(confirmed, Some(first_scan));
    let orders = vec![
        // This parcel: confirmed Friday 25 September at 14:00 in Los Angeles, expected that day.
        ship(ORDER_NO, at(9, 24, 13, 30)?, at(9, 25, 21, 0)?)?
            .promised_delivery_date(promise)
            .tracked_by(shipment, date(9, 25)?, chrono_tz::Asia::Shanghai)
            .build()?,
        // Delivered three days early.
        ship("SO-2026-0921-0007", at(9, 21, 17, 0)?, at(9, 22, 20, 0)?)?
            .promised_delivery_date(date(10, 9)?)
            .tracking(scanned(date(9, 22)?, date(9, 23)?))
            .delivered_on(date(10, 6)?)
            .build()?,
        // Delivered two days after the promise: late.
        ship("SO-2026-0926-0003", at(9, 26, 16, 0)?, at(9, 28, 21, 0)?)?
            .promised_delivery_date(date(10, 9)?)
            .tracking(scanned(date(9, 28)?, date(9, 29)?))
            .delivered_on(date(10, 11)?)
            .build()?,
        // The carrier never recognised the number the seller confirmed: invalid tracking.
        ship("SO-2026-0929-0011", at(9, 29, 18, 0)?, at(9, 30, 20, 0)?)?
            .promised_delivery_date(date(10, 12)?)
            .tracking(TrackingRecord::unrecognised(date(9, 30)?))
            .build()?,
        // Ordered Monday 5 October, expected to ship Tuesday, confirmed Wednesday: late.
        ship("SO-2026-1005-0005", at(10, 5, 16, 0)?, at(10, 7, 22, 0)?)?
            .promised_delivery_date(date(10, 21)?)
            .tracking(scanned(date(10, 7)?, date(10, 8)?))
            .build()?,
        // A one-star review: an order defect.
        ship("SO-2026-1006-0002", at(10, 6, 17, 0)?, at(10, 6, 21, 0)?)?
            .promised_delivery_date(date(10, 21)?)
            .tracking(scanned(date(10, 6)?, date(10, 7)?))
            .feedback(FeedbackRating::ONE)
            .build()?,
    ];
    let policy = Policy::amazon(Country::US, Programme::Standard)?;
    let health = AccountHealth::compute(&policy, &orders, date(10, 12)?)?;
    println!("{} orders from {}; {health}", orders.len(), fc.code());
    for m in health.at_risk() {
        let ids: Vec<&str> = m.counting_against().iter().map(OrderId::as_str).collect();
        println!(
            "  {} {} d: against the seller {}",
            m.metric().abbreviation(),
            m.window().days(),
            ids.join(", ")
        );
    }
    println!(
        "With so few orders one bad parcel is a double-digit rate: the targets assume volume."
    );
    Ok(())
}

/// The buyer sees a number they do not know and asks; the auto-reply recognises the question
/// and the number's carrier, and answers from the same notice.
fn ask_why_the_number_changed(notice: &Notice<'_>) {
    let message = "我的单号怎么变成SF1385628716739了？";
    let reply = AutoReply::new().reply(message, notice);
    let carriers: Vec<_> = reply
        .recognition()
        .entities()
        .tracking_numbers()
        .iter()
        .map(|n| format!("{n} = {}", n.carrier().name_zh().unwrap_or(n.carrier().name_en())))
        .collect();
    print_indented(&format!("buyer asks: {message} ({})", carriers.join(", ")));
    let answer = match (reply.answer(), reply.escalation()) {
        (Some(answer), _) => answer.to_owned(),
        (None, Some(escalation)) => escalation.summary().to_owned(),
        (None, None) => notice.answer(Question::WhyNumberChanged, Lang::ZhCn),
    };
    print_indented(&format!("auto-reply: {answer}"));
}

fn print_indented(text: &str) {
    for line in text.lines() {
        println!("    │ {line}");
    }
}
