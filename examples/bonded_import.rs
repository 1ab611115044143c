//! One bonded-import parcel (网购保税进口, customs mode 1210) from a bonded warehouse in Ningbo
//! to a buyer in Hangzhou, end to end.
//!
//! 1. The order, placed on Singles' Day (双十一): two items already stocked in the bonded
//!    warehouse NGB-BW1 (宁波保税区, customs district 3105 甬保税区), the CBEC composite tax
//!    quoted, and the order reserved in a buyer's annual quota that is nearly used up.
//! 2. The four customs documents built for this order — CEB311 order, CEB411 payment, CEB511
//!    waybill, CEB621 inventory declared at the bonded warehouse's customs district with trade
//!    mode 1210, departure country 142, the warehouse's account book and record numbers — and
//!    the three-document match (三单对碰): first as the warehouse declared it (its account-book
//!    goods name, not the order's: the full report), then re-declared.
//! 3. The route (`CustomsMode::BondedImport`: clearance at the bonded warehouse, then a single
//!    SF Express leg) and the event stream: the customs receipts of the inventory (CEB622:
//!    rejected, accepted — delivered twice —, released) become tracking events, and SF Express's
//!    scans follow, one of them out of order; at each stage the status, the re-estimated
//!    delivery window and the buyer's explanation, which names the bonded warehouse
//!    (宁波保税区保税仓 / Ningbo Free Trade Zone bonded warehouse) rather than printing its node
//!    code NGB-BW1; the quota entry counts once customs releases the parcel.
//! 4. The seller's metrics: this order and a handful of other Singles' Day orders from the same
//!    warehouse.
//!
//! Deterministic: every instant is fixed, nothing reads the clock. Run it with
//! `cargo run --example bonded_import`. All enterprise codes, account-book and record numbers
//! are made up, except the payment enterprise's (Tenpay).
#![allow(clippy::print_stdout)] // an example program talks to its user on stdout

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use crossborder::calendar::BusinessCalendar;
use crossborder::carrier::{Carrier, TrackingNumber};
use crossborder::customs::{
    AppStatus, AppType, BuyerRegNo, CebDate, CebDecimal, CebText, CebTime, ConsigneeAddress, CopNo,
    CustomsCode, DocumentSet, EnterpriseCode, Guid, HsCode, IeFlag, Inventory, InventoryHead,
    InventoryLine, InventoryReturn, LogisticsNo, MatchOptions, Order, OrderHead, OrderLine,
    OrderNo, OrderType, PackNo, PayTransactionId, Payment, TradeMode, TransportMode as TrafMode,
    UnitCode, Waybill, match_documents,
};
use crossborder::eta::{LegPlan, Outlook, Probability, RoutePlan, ShipmentEta, TransitTime};
use crossborder::geo::{Address, Country, CustomsCountryCode};
use crossborder::metrics::{
    AccountHealth, CancelledBy, OrderId, OrderRecord, Policy, Programme, TrackingRecord,
};
use crossborder::money::Money;
use crossborder::notice::{Channel, Lang, Notice, PlaceNames, Question};
use crossborder::party::{Person, ResidentId};
use crossborder::shipment::{
    Applied, CustomsMode, EventKind, HoldReason, Leg, LegRef, Location, Route, Shipment, Status,
    TrackingEvent,
};
use crossborder::tax::{
    AnnualQuotaLedger, BuiltinCategory, CbecOrder, OrderLine as TaxLine, OrderRef, TaxPolicy,
};
use crossborder::warehouse::{CustomsDistrict, Network, Node, NodeKind, TransportMode};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const ORDER_NO: &str = "TM-2026-1111-0042";
const BUYER_ID: &str = "330106199003151236";
const SF_NO: &str = "SF1402637182025";
const MILK: &str = "婴儿配方奶粉";
const CREAM: &str = "保湿面霜";

// The companies behind the documents (customs registration codes made up, except Tenpay's).
const PLATFORM: (&str, &str) = ("3301963K70", "示例跨境电商平台（杭州）有限公司");
const SHOP: (&str, &str) = ("3105968M03", "示例海外母婴旗舰店（宁波）有限公司");
const TENPAY: (&str, &str) = ("4403169D3W", "财付通支付科技有限公司");
const SF_EXPRESS: (&str, &str) = ("4403980S0F", "顺丰速运有限公司");
const WAREHOUSE: (&str, &str) = ("3105640028", "示例保税仓储（宁波）有限公司");
const PAY_ID: &str = "4200002026111100420042";

fn at(month: u32, day: u32, hour: u32, minute: u32) -> Result<DateTime<Utc>> {
    Ok(Utc.with_ymd_and_hms(2026, month, day, hour, minute, 0).single().ok_or("instant")?)
}

fn date(month: u32, day: u32) -> Result<NaiveDate> {
    Ok(NaiveDate::from_ymd_opt(2026, month, day).ok_or("date")?)
}

fn local(instant: DateTime<Utc>) -> DateTime<chrono_tz::Tz> {
    instant.with_timezone(&chrono_tz::Asia::Shanghai)
}

fn company((code, name): (&str, &str)) -> Result<(EnterpriseCode, CebText<100>)> {
    Ok((EnterpriseCode::try_new(code)?, CebText::try_new(name)?))
}

fn origin(country: Country) -> Result<CustomsCountryCode> {
    Ok(country.customs_code().ok_or("a customs country code")?)
}

/// One line of the order, as the platform lists it and the warehouse's account book records it.
struct Item {
    name: &'static str,
    model: &'static str,
    sku: &'static str,
    record_no: &'static str,
    hs: &'static str,
    origin: Country,
    unit: &'static str,
    qty: u32,
    price: Money,
    legal_kg: &'static str,
    category: BuiltinCategory,
    content: Option<&'static str>,
}

/// What the sections share.
struct Sale {
    buyer: Person,
    buyer_id: ResidentId,
    address: ConsigneeAddress,
    ordered: DateTime<Utc>,
    items: Vec<Item>,
    goods: Money,
    tax: Money,
    order_ref: OrderRef,
}

fn main() -> Result<()> {
    let mut ledger = AnnualQuotaLedger::new();
    let sale = order(&mut ledger)?;
    let (network, warehouse) = network()?;
    let route = route()?;
    route.check_network(&network)?;
    let district =
        route.clearance_district(&network).ok_or("a bonded warehouse with a district")?;
    documents(&sale, &route, district, &ledger)?;
    // What the buyer reads instead of the node code: the warehouse's own name, and its English
    // name for English texts (宁波保税区 is the Ningbo Free Trade Zone).
    let names = PlaceNames::from(&network).with(
        "NGB-BW1".parse()?,
        Lang::En,
        "Ningbo Free Trade Zone bonded warehouse".parse()?,
    );
    let (shipment, promise) = journey(&sale, route, &names, &mut ledger)?;
    metrics(&shipment, &warehouse, promise)?;
    Ok(())
}

/// The order, the tax and the quota.
fn order(ledger: &mut AnnualQuotaLedger) -> Result<Sale> {
    println!("== 1. The order (双十一) ==");
    let buyer = Person::try_cn("王磊", BUYER_ID, "13712345678")?;
    let consignee = Address::builder(Country::CN)
        .province("浙江省")
        .city("杭州市")
        .district("西湖区")
        .street_line("文三路90号3幢1201室")
        .postal_code("310012")
        .build()?;
    println!("buyer       {buyer}, who is also the consignee");
    println!("ship to     {consignee}");
    let items = vec![
        Item {
            name: MILK,
            model: "900克/罐，1段",
            sku: "MILK-NL-900-1",
            record_no: "100023",
            hs: "1901101000",
            origin: Country::NL,
            unit: "122", // 罐 (JGS-20 unit code)
            qty: 2,
            price: "228.00 CNY".parse()?,
            legal_kg: "1.8",
            category: BuiltinCategory::Food,
            content: None,
        },
        Item {
            name: CREAM,
            model: "50毫升/瓶",
            sku: "CREAM-JP-50",
            record_no: "100187",
            hs: "3304990099",
            origin: Country::JP,
            unit: "142", // 瓶
            qty: 1,
            price: "189.00 CNY".parse()?,
            legal_kg: "0.05",
            category: BuiltinCategory::Cosmetics,
            content: Some("50 ml"),
        },
    ];
    for i in &items {
        let (code, from) = (origin(i.origin)?, i.origin.name_en());
        println!(
            "item        {} {} × {}, made in {from} ({code}), stocked at NGB-BW1",
            i.name, i.qty, i.price
        );
    }

    // The same CBEC composite tax as direct purchase (财关税〔2016〕18号 二: duty 0, VAT and
    // consumption tax at 70%; limits 5,000 / 26,000, 财关税〔2018〕49号 一). The cream costs
    // 189 / 50 ml = 3.78 yuan per ml, under the 10-yuan threshold of high-end cosmetics
    // (财税〔2016〕103号), so no consumption tax: both lines 13% × 70% = 9.1%.
    let ordered = at(11, 10, 16, 20)?; // 00:20 on 11 November in Shanghai
    let day = date(11, 11)?;
    let mut lines = Vec::new();
    for i in &items {
        let line = TaxLine::new(i.category.category(), i.price, i.qty);
        lines.push(match i.content {
            Some(content) => line.with_content_per_unit(content.parse()?),
            None => line,
        });
    }
    let order = CbecOrder::new(day, lines);
    let buyer_id: ResidentId = BUYER_ID.parse()?;
    // Earlier in 2026 the buyer's CBEC orders released by customs came to 25,200.00 CNY.
    let earlier = OrderRef::try_new("TM-2026-0618-0007")?;
    ledger.reserve(&buyer_id, earlier.clone(), date(6, 18)?, "25200.00 CNY".parse()?)?;
    ledger.commit(&buyer_id, &earlier, date(6, 19)?)?;
    let assessment = order.assess(ledger.used(&buyer_id, 2026), &TaxPolicy::default())?;
    let tax = assessment.total_tax().ok_or("not admissible")?;
    let goods = assessment.customs_value;
    println!(
        "tax         {tax} (456.00 × 9.1% = 41.496 → 41.50; 189.00 × 9.1% = 17.199 → 17.20); buyer pays {}",
        goods.checked_add(tax)?
    );
    let order_ref = OrderRef::try_new(ORDER_NO)?;
    let check = ledger.reserve(&buyer_id, order_ref.clone(), day, goods)?;
    println!("quota       {check}");
    let next = ledger.check(&buyer_id, date(12, 12)?, "300.00 CNY".parse()?)?;
    println!("            a 300.00 CNY order on 双十二 would not fit: {next}");
    let address = ConsigneeAddress::try_new(consignee.normalized().reveal_text())?;
    Ok(Sale { buyer, buyer_id, address, ordered, items, goods, tax, order_ref })
}

/// The CEB311 order the platform pushes: free shipping, the tax the platform withholds.
fn order_document(sale: &Sale) -> Result<Order> {
    let (platform, platform_name) = company(PLATFORM)?;
    let (shop, shop_name) = company(SHOP)?;
    let (tenpay, tenpay_name) = company(TENPAY)?;
    let (name, phone) = (sale.buyer.name(), sale.buyer.phone().ok_or("phone")?);
    let head = OrderHead {
        guid: Guid::try_new("5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D")?,
        app_type: AppType::New,
        app_time: CebTime::from_utc(at(11, 10, 16, 21)?)?,
        app_status: AppStatus::Declared,
        order_type: OrderType::Import,
        order_no: OrderNo::try_new(ORDER_NO)?,
        ebp_code: platform,
        ebp_name: platform_name,
        ebc_code: shop,
        ebc_name: shop_name,
        goods_value: CebDecimal::from_cny(sale.goods)?,
        freight: CebDecimal::ZERO,
        discount: CebDecimal::ZERO,
        tax_total: CebDecimal::from_cny(sale.tax)?,
        actural_paid: CebDecimal::from_cny(sale.goods.checked_add(sale.tax)?)?,
        buyer_reg_no: BuyerRegNo::try_new("wanglei_hz_2021")?,
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
        consignee_district: Some("330106".parse()?), // 西湖区 (GB/T 2260)
        note: None,
    };
    let mut lines = Vec::new();
    for (n, i) in (1_u16..).zip(&sale.items) {
        let total = i.price.checked_mul_int(i64::from(i.qty))?;
        lines.push(OrderLine {
            gnum: n.to_string().parse()?,
            item_no: Some(CebText::try_new(i.sku)?),
            item_name: CebText::try_new(i.name)?,
            gmodel: CebText::try_new(i.model)?,
            item_describe: None,
            bar_code: None,
            unit: UnitCode::try_new(i.unit)?,
            qty: CebDecimal::from(i.qty),
            price: CebDecimal::from_cny(i.price)?,
            total_price: CebDecimal::from_cny(total)?,
            country: origin(i.origin)?,
            note: None,
        });
    }
    Ok(Order::try_new(head, lines)?)
}

/// The CEB411 payment voucher Tenpay pushes.
fn payment_document(sale: &Sale) -> Result<Payment> {
    let (tenpay, tenpay_name) = company(TENPAY)?;
    let (platform, platform_name) = company(PLATFORM)?;
    Ok(Payment {
        guid: Guid::try_new("6B7C8D9E-0F1A-4B2C-9D3E-4F5A6B7C8D9E")?,
        app_type: AppType::New,
        app_time: CebTime::from_utc(at(11, 10, 16, 22)?)?,
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
        amount_paid: CebDecimal::from_cny(sale.goods.checked_add(sale.tax)?)?,
        pay_time: CebTime::from_utc(sale.ordered)?,
        note: None,
    })
}

/// The CEB511 waybill SF Express pushes when the warehouse books the parcel.
fn waybill_document(sale: &Sale) -> Result<Waybill> {
    let (carrier, carrier_name) = company(SF_EXPRESS)?;
    Ok(Waybill {
        guid: Guid::try_new("7C8D9E0F-1A2B-4C3D-8E4F-5A6B7C8D9E0F")?,
        app_type: AppType::New,
        app_time: CebTime::from_utc(at(11, 10, 16, 25)?)?,
        app_status: AppStatus::Declared,
        logistics_code: carrier,
        logistics_name: carrier_name,
        logistics_no: LogisticsNo::try_new(SF_NO)?,
        bill_no: None,
        order_no: OrderNo::try_new(ORDER_NO)?,
        freight: Some(CebDecimal::ZERO),
        insured_fee: Some(CebDecimal::ZERO),
        weight: "2.3".parse()?,
        pack_no: PackNo::ONE,
        goods_info: Some(CebText::try_new("奶粉、面霜")?),
        consignee: sale.buyer.name().clone(),
        consignee_address: sale.address.clone(),
        consignee_telephone: sale.buyer.phone().ok_or("phone")?.clone(),
        note: None,
    })
}

/// The CEB621 inventory the warehouse declares. Under 1210 it is declared at the bonded
/// warehouse's customs district (`customsCode` and `portCode`), against the warehouse's
/// account book (`emsNo`, each line's `itemRecordNo`) with the zone enterprise (`areaCode`);
/// `trafMode` is the mode of the leg leaving the zone (二线出区) and `country` is `142`; no
/// flight or bill of lading (XSD22 `InventoryHead`, 规范 表3-31).
fn inventory_document(sale: &Sale, route: &Route, district: CustomsDistrict) -> Result<Inventory> {
    let (platform, platform_name) = company(PLATFORM)?;
    let (shop, shop_name) = company(SHOP)?;
    let (carrier, carrier_name) = company(SF_EXPRESS)?;
    let (zone, zone_name) = company(WAREHOUSE)?;
    let leg = route.legs().first().ok_or("the leg")?;
    let customs = CustomsCode::try_new(district.as_str())?;
    let head = InventoryHead {
        guid: Guid::try_new("8D9E0F1A-2B3C-4D4E-9F5A-6B7C8D9E0F1A")?,
        app_type: AppType::New,
        app_time: CebTime::from_utc(at(11, 10, 16, 30)?)?,
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
        cop_no: Some(CopNo::try_new("NGB-20261111-08817")?),
        pre_no: None,
        ems_no: Some(CebText::try_new("T3105W000218")?),
        invt_no: None,
        ie_flag: IeFlag::Import,
        decl_time: CebDate::try_from_date(date(11, 11)?)?,
        customs_code: customs,
        port_code: customs,
        ie_date: Some(CebDate::try_from_date(date(11, 11)?)?),
        buyer_id: sale.buyer.id().ok_or("id")?.clone(),
        buyer_name: sale.buyer.name().clone(),
        buyer_telephone: sale.buyer.phone().ok_or("phone")?.clone(),
        consignee_address: sale.address.clone(),
        agent_code: zone.clone(),
        agent_name: zone_name.clone(),
        area_code: Some(zone),
        area_name: Some(zone_name),
        trade_mode: TradeMode::BONDED,
        traf_mode: TrafMode::try_new(leg.mode().customs_code())?,
        traf_no: None,
        voyage_no: None,
        bill_no: None,
        loct_no: None,
        license_no: None,
        country: origin(Country::CN)?,
        freight: CebDecimal::ZERO,
        insured_fee: CebDecimal::ZERO,
        wrap_type: None,
        pack_no: PackNo::ONE,
        gross_weight: "2.3".parse()?,
        net_weight: "1.85".parse()?,
        note: None,
    };
    let mut lines = Vec::new();
    for (n, i) in (1_u16..).zip(&sale.items) {
        let total = i.price.checked_mul_int(i64::from(i.qty))?;
        lines.push(InventoryLine {
            gnum: n.to_string().parse()?,
            item_record_no: Some(CebText::try_new(i.record_no)?),
            item_no: Some(CebText::try_new(i.sku)?),
            item_name: Some(CebText::try_new(i.name)?),
            gcode: HsCode::try_new(i.hs)?,
            gname: CebText::try_new(i.name)?,
            gmodel: CebText::try_new(i.model)?,
            bar_code: None,
            country: origin(i.origin)?,
            trade_country: Some(origin(i.origin)?),
            qty: CebDecimal::from(i.qty),
            unit: UnitCode::try_new(i.unit)?,
            qty1: i.legal_kg.parse()?,
            unit1: UnitCode::try_new("035")?, // 千克, the legal unit of both
            qty2: None,
            unit2: None,
            price: CebDecimal::from_cny(i.price)?,
            total_price: CebDecimal::from_cny(total)?,
            note: None,
        });
    }
    Ok(Inventory::try_new(head, lines)?)
}

/// The documents and the match: the inventory as first declared, then corrected.
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
        "CEB411 payment   {}: amountPaid {} by {}",
        payment.pay_transaction_id, payment.amount_paid, payment.payer_name
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
        "CEB621 inventory tradeMode {} at customs {} {} (port {}), emsNo {}, trafMode {}, country {}",
        i.trade_mode,
        i.customs_code,
        district.name_zh(),
        i.port_code,
        i.ems_no.as_ref().map(CebText::as_str).unwrap_or_default(),
        i.traf_mode,
        i.country
    );

    // As the warehouse first declared it: line 1 under the name its account book records, not
    // the platform's. Customs rejects it (receipt 100, below); the warehouse declares again.
    let (head, mut lines) = inventory.clone().into_parts();
    if let Some(line) = lines.first_mut() {
        line.gname = CebText::try_new("婴幼儿配方乳粉")?;
    }
    let first = Inventory::try_new(head, lines)?;
    let mut inventory = inventory;
    inventory.head_mut().app_time = CebTime::from_utc(at(11, 11, 1, 5)?)?; // 09:05 in Ningbo
    let options = MatchOptions::default();
    let set = DocumentSet {
        order: &order,
        payment: &payment,
        waybill: &waybill,
        inventory: Some(&first),
    };
    println!("as first declared: {}", match_documents(&set, &options, ledger));
    let set = DocumentSet { inventory: Some(&inventory), ..set };
    println!(
        "declared again with the order's goods names: {}",
        match_documents(&set, &options, ledger)
    );
    Ok(())
}

/// The bonded warehouse NGB-BW1 in the Ningbo bonded zone (customs district 3105 甬保税区,
/// JGS/T 18): China's calendar, a 16:00 cut-off, one business day of handling.
fn network() -> Result<(Network, Node)> {
    let warehouse = Node::builder("NGB-BW1".parse()?, NodeKind::BondedWarehouse, Country::CN)
        .name("宁波保税区保税仓")
        .time_zone(chrono_tz::Asia::Shanghai)
        .calendar(BusinessCalendar::china())
        .cutoff(NaiveTime::from_hms_opt(16, 0, 0).ok_or("time")?)
        .handling_days(1)
        .customs_district(CustomsDistrict::try_new("3105")?)
        .build()?;
    Ok((Network::try_new(vec![warehouse.clone()], vec![])?, warehouse))
}

/// Customs clears at the bonded warehouse, then SF Express carries the parcel to the buyer.
fn route() -> Result<Route> {
    let sf_no = TrackingNumber::parse(Carrier::SfExpress, SF_NO)?;
    Ok(Route::builder(CustomsMode::BondedImport)
        .clearance()
        .leg(Leg::try_new(
            Carrier::SfExpress,
            TransportMode::Road,
            Location::node("NGB-BW1".parse()?),
            Location::place("杭州市西湖区", Country::CN)?,
            sf_no,
        )?)
        .build()?)
}

/// The delivery-window plan. GACC puts bonded orders at "3-5 days" from order to buyer
/// (english.customs.gov.cn); Ningbo to Hangzhou is SF Express's next day.
fn plan(route: &Route) -> Result<RoutePlan> {
    let sh = chrono_tz::Asia::Shanghai;
    let cutoff = NaiveTime::from_hms_opt(16, 0, 0).ok_or("time")?;
    let plan = RoutePlan::try_new(route, |stage| {
        let (calendar, transit) = match stage.to() {
            // Picking and clearance on China's working days; Singles' Day volumes.
            Status::CustomsReleased => {
                (BusinessCalendar::china(), TransitTime::triangular(0, 1, 3))
            }
            Status::PickedUp { .. } => (BusinessCalendar::seven_day(), TransitTime::uniform(0, 1)),
            _ => (BusinessCalendar::seven_day(), TransitTime::triangular(0, 1, 2)),
        };
        LegPlan::business_days(stage.to_string(), calendar, sh, cutoff, transit.ok()?).ok()
    })?
    .with_hold(HoldReason::Documents, TransitTime::uniform(0, 2)?);
    Ok(plan)
}

/// A CEB622 inventory receipt for this order (the time is Beijing time, with milliseconds).
fn receipt(guid: &str, status: &str, time: &str, info: &str) -> Result<InventoryReturn> {
    Ok(InventoryReturn {
        guid: guid.parse()?,
        customs_code: Some("3105".parse()?),
        ebp_code: None,
        ebc_code: None,
        agent_code: None,
        cop_no: "NGB-20261111-08817".parse()?,
        pre_no: "B20261111000088170".parse()?,
        invt_no: None,
        return_status: status.parse()?,
        return_time: time.parse()?,
        return_info: info.into(),
    })
}

/// The feed as it arrives. Customs answers the inventory with receipts (CEB622); on a bonded
/// route the goods are in the warehouse, so each receipt is a tracking event of the parcel.
/// The acceptance arrives twice (same guid: one event), and SF Express's hub scan arrives
/// before its pick-up scan.
fn feed(shipment: &Shipment, sf: LegRef) -> Result<Vec<TrackingEvent>> {
    let rejected = receipt(
        "2E3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B",
        "100",
        "20261111003512000",
        "清单表体商品名称与电子订单不一致",
    )?;
    let accepted = receipt(
        "3F4A5B6C-7D8E-4F9A-8B1C-2D3E4F5A6B7C",
        "120",
        "20261111091044000",
        "逻辑校验通过",
    )?;
    let released =
        receipt("4A5B6C7D-8E9F-4A0B-9C2D-3E4F5A6B7C8D", "800", "20261111134010000", "放行")?;
    let mut feed = Vec::new();
    for r in [&rejected, &accepted, &accepted, &released] {
        feed.push(shipment.inventory_receipt_event(r).ok_or("a parcel event")?);
    }
    feed.push(TrackingEvent::new(at(11, 11, 19, 15)?, sf, EventKind::InTransit));
    feed.push(TrackingEvent::new(at(11, 11, 10, 30)?, sf, EventKind::PickedUp));
    feed.push(TrackingEvent::new(at(11, 12, 0, 40)?, sf, EventKind::OutForDelivery));
    feed.push(TrackingEvent::new(at(11, 12, 3, 55)?, sf, EventKind::Delivered));
    Ok(feed)
}

/// The event stream, the status, the window and the buyer's explanation at each stage.
fn journey(
    sale: &Sale,
    route: Route,
    names: &PlaceNames,
    ledger: &mut AnnualQuotaLedger,
) -> Result<(Shipment, NaiveDate)> {
    println!("\n== 3. The journey ==");
    println!(
        "clearance at {}, before the only leg: {}",
        route.clearance_location(),
        route.legs().first().map(|l| l.primary().to_string()).unwrap_or_default()
    );
    let plan = plan(&route)?;
    let sf = route.legs().first().ok_or("the leg")?.primary();
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
        "at checkout: 90% window {} – {}, promised by {promise} (97% on time); times in Shanghai",
        w.from(),
        w.to()
    );

    let feed = feed(&shipment, sf)?;

    // Each event is handled when it arrives: "now" is the latest instant seen so far.
    let mut now = sale.ordered;
    for event in feed {
        let (instant, kind) = (event.at(), event.kind());
        now = now.max(instant);
        let source = event
            .raw_code()
            .map_or_else(|| String::from("SF scan"), |c| format!("CEB622 {}", c.as_str()));
        let before = shipment.status();
        let applied = shipment.apply(event)?;
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
            "{} {:<10} {:<21} {:<9} → {:<21} {outlook}",
            local(instant).format("%m-%d %H:%M"),
            source,
            kind.to_string(),
            format!("{applied:?}").to_lowercase(),
            shipment.status().to_string()
        );
        if applied == Applied::Duplicate || shipment.status() == before {
            continue; // nothing new to tell the buyer
        }
        // The seller ships from its own bonded stock: the buyer contacts the seller.
        let mut notice = Notice::new(&shipment, now)
            .with_channel(Channel::SellerShipped)
            .with_place_names(names);
        if let Some(w) = window {
            notice = notice.with_window(w);
        }
        match kind {
            EventKind::CustomsHeld(_) => {
                print_indented(&notice.with_addressee(sale.buyer.name()).explain(Lang::En));
            }
            EventKind::CustomsReleased => {
                print_indented(&notice.answer(Question::CustomsAndTax, Lang::ZhCn));
            }
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
        println!(
            "inferred, never scanned: {} by {}",
            inferred.milestone(),
            local(inferred.by()).format("%m-%d %H:%M")
        );
    }
    println!(
        "{} events; one tracking number, {SF_NO}, from the bonded warehouse to the door",
        shipment.events().len()
    );
    Ok((shipment, promise))
}

/// The seller's account health on Friday 20 November: this order and other Singles' Day orders
/// from the same bonded warehouse. The module's built-in targets are the marketplace
/// account-health ones (the same for every marketplace); the seller holds its bonded channel to
/// them.
fn metrics(shipment: &Shipment, warehouse: &Node, promise: NaiveDate) -> Result<()> {
    println!("\n== 4. The seller's metrics ==");
    let sh = chrono_tz::Asia::Shanghai;
    let order = |id: &str, ordered| -> Result<_> {
        Ok(OrderRecord::builder(id.parse()?, ordered).ship_from(warehouse))
    };
    let scanned = |confirmed, first_scan| TrackingRecord::recognised(confirmed, Some(first_scan));
    let orders = vec![
        // This parcel: left the warehouse on 11 November, expected by the 12th.
        order(ORDER_NO, at(11, 10, 16, 20)?)?
            .ship_confirmed_at(at(11, 11, 10, 30)?)
            .promised_delivery_date(promise)
            .tracked_by(shipment, date(11, 11)?, sh)
            .build()?,
        order("TM-2026-1111-0017", at(11, 10, 17, 5)?)?
            .ship_confirmed_at(at(11, 11, 9, 0)?)
            .promised_delivery_date(date(11, 14)?)
            .tracking(scanned(date(11, 11)?, date(11, 11)?))
            .delivered_on(date(11, 13)?)
            .build()?,
        // The Singles' Day backlog: shipped on the 13th, a day after the expected ship date,
        // and delivered a day late.
        order("TM-2026-1111-0388", at(11, 11, 2, 0)?)?
            .ship_confirmed_at(at(11, 13, 8, 0)?)
            .promised_delivery_date(date(11, 14)?)
            .tracking(scanned(date(11, 13)?, date(11, 13)?))
            .delivered_on(date(11, 15)?)
            .build()?,
        // The account book showed stock the shelf did not have: cancelled by the seller.
        order("TM-2026-1115-0521", at(11, 15, 3, 30)?)?.cancelled(CancelledBy::Seller).build()?,
        // Cancelled by the buyer: not held against the seller.
        order("TM-2026-1112-0009", at(11, 12, 1, 0)?)?.cancelled(CancelledBy::Buyer).build()?,
        order("TM-2026-1114-0033", at(11, 14, 2, 0)?)?
            .ship_confirmed_at(at(11, 16, 7, 0)?)
            .promised_delivery_date(date(11, 18)?)
            .tracking(scanned(date(11, 16)?, date(11, 16)?))
            .delivered_on(date(11, 17)?)
            .build()?,
    ];
    let policy = Policy::amazon(Country::CN, Programme::Standard)?;
    let health = AccountHealth::compute(&policy, &orders, date(11, 20)?)?;
    println!("{} orders from {}; {health}", orders.len(), warehouse.code());
    for m in health.at_risk() {
        let ids: Vec<&str> = m.counting_against().iter().map(OrderId::as_str).collect();
        println!(
            "  {} {} d: against the seller {}",
            m.metric().abbreviation(),
            m.window().days(),
            ids.join(", ")
        );
    }
    Ok(())
}

fn print_indented(text: &str) {
    for line in text.lines() {
        println!("    │ {line}");
    }
}
