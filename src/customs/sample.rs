//! A consistent, hand-built set of the four documents of one fictitious order, for examples,
//! tests and benchmarks.
//!
//! The official sample messages are schema samples and are not consistent with one another
//! (their order numbers differ, one line's `totalPrice` is not `price × qty`), so they cannot
//! show a successful match. This set satisfies every rule of the match:
//!
//! | quantity | value | arithmetic |
//! |---|---|---|
//! | line 1 | 婴儿配方奶粉, 1 × 299 | `totalPrice` 299 |
//! | line 2 | 面霜, 2 × 25.5 | `totalPrice` 51 |
//! | `goodsValue` | 350 | 299 + 51 |
//! | `freight` | 10 | |
//! | `discount` | 20 | a coupon |
//! | `taxTotal` | 32.76 | 9.1 % of 360 (VAT 13 % × 70 %, 财关税〔2016〕18号) |
//! | `acturalPaid` = `amountPaid` | 372.76 | 350 + 10 + 32.76 − 20 |
//!
//! The buyer and payer are 张三 (identity number `11010519491231002X`, the GB 11643-1999
//! example); the consignee is 李四 at 上海市浦东新区张江路123号. All enterprise codes are
//! made up except the payment enterprise's (`4403169D3W`, Tenpay, as documented by WeChat Pay).
//!
//! # Examples
//!
//! ```
//! use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota};
//!
//! let set = sample::matched_set()?;
//! let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
//! assert!(report.is_match(), "{report}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::{
    AppStatus, AppType, BuyerRegNo, CebDate, CebDecimal, CebText, CebTime, ConsigneeAddress, CopNo,
    CustomsCode, DocumentError, DocumentSet, EnterpriseCode, Guid, HsCode, IeFlag, Inventory,
    InventoryHead, InventoryLine, LogisticsNo, Order, OrderHead, OrderLine, OrderNo, OrderType,
    PackNo, PayTransactionId, Payment, TradeMode, TransportMode, UnitCode, Waybill,
};
use crate::geo::CustomsCountryCode;
use crate::party::{IdDocument, PersonName, Phone, ResidentId};

/// The four documents of one order.
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// let set = sample::matched_set()?;
/// assert_eq!(set.order.head().order_no, set.payment.order_no);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleSet {
    /// The order (CEB311).
    pub order: Order,
    /// The payment voucher (CEB411).
    pub payment: Payment,
    /// The waybill (CEB511).
    pub waybill: Waybill,
    /// The inventory (CEB621).
    pub inventory: Inventory,
}

impl SampleSet {
    /// The documents, borrowed, for [`match_documents`](super::match_documents).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::sample;
    ///
    /// let set = sample::matched_set()?;
    /// assert!(set.documents().inventory.is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn documents(&self) -> DocumentSet<'_> {
        DocumentSet {
            order: &self.order,
            payment: &self.payment,
            waybill: &self.waybill,
            inventory: Some(&self.inventory),
        }
    }
}

const ORDER_NO: &str = "SO-2026-0001";
const EBP_CODE: &str = "3301963K69";
const EBP_NAME: &str = "示例跨境电商平台有限公司";
const EBC_CODE: &str = "3301968M02";
const EBC_NAME: &str = "示例海外旗舰店（杭州）有限公司";
const PAY_CODE: &str = "4403169D3W";
const PAY_NAME: &str = "财付通支付科技有限公司";
const PAY_TRANSACTION_ID: &str = "4200002026030112345678";
const LOGISTICS_CODE: &str = "3101980A1L";
const LOGISTICS_NAME: &str = "示例国际物流有限公司";
const LOGISTICS_NO: &str = "SF1234567890123";
const BUYER: &str = "张三";
const BUYER_ID: &str = "11010519491231002X";
const BUYER_PHONE: &str = "13812345678";
const CONSIGNEE: &str = "李四";
const CONSIGNEE_PHONE: &str = "13912345678";
const CONSIGNEE_ADDRESS: &str = "上海市浦东新区张江路123号";

fn dec(s: &str) -> Result<CebDecimal, DocumentError> {
    Ok(CebDecimal::parse(s)?)
}

fn party<T, E: Into<crate::party::PartyError>>(
    element: &'static str,
    r: Result<T, E>,
) -> Result<T, DocumentError> {
    r.map_err(|e| DocumentError::Party { element, source: e.into() })
}

fn buyer_id() -> Result<IdDocument, DocumentError> {
    party("buyerIdNumber", ResidentId::try_new(BUYER_ID)).map(IdDocument::from)
}

fn country(code: &'static str) -> Result<CustomsCountryCode, DocumentError> {
    CustomsCountryCode::try_new(code)
        .map_err(|source| DocumentError::Country { element: "country", source })
}

/// Builds the order of the sample set: two lines, `acturalPaid` 372.76.
///
/// # Errors
///
/// None in practice: every value is a valid constant. The `Result` is the constructors'.
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// assert_eq!(sample::order()?.head().goods_value.to_string(), "350");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn order() -> Result<Order, DocumentError> {
    let head = OrderHead {
        guid: Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?,
        app_type: AppType::New,
        app_time: CebTime::parse("20260301100000")?,
        app_status: AppStatus::Declared,
        order_type: OrderType::Import,
        order_no: OrderNo::try_new(ORDER_NO)?,
        ebp_code: EnterpriseCode::try_new(EBP_CODE)?,
        ebp_name: CebText::try_new(EBP_NAME)?,
        ebc_code: EnterpriseCode::try_new(EBC_CODE)?,
        ebc_name: CebText::try_new(EBC_NAME)?,
        goods_value: dec("350")?,
        freight: dec("10")?,
        discount: dec("20")?,
        tax_total: dec("32.76")?,
        actural_paid: dec("372.76")?,
        buyer_reg_no: BuyerRegNo::try_new("buyer_zhangsan_01")?,
        buyer_name: party("buyerName", PersonName::try_new(BUYER))?,
        buyer_telephone: party("buyerTelephone", Phone::try_new(BUYER_PHONE))?,
        buyer_id: buyer_id()?,
        pay_code: Some(EnterpriseCode::try_new(PAY_CODE)?),
        pay_name: Some(CebText::try_new(PAY_NAME)?),
        pay_transaction_id: Some(PayTransactionId::try_new(PAY_TRANSACTION_ID)?),
        batch_numbers: None,
        consignee: party("consignee", PersonName::try_new(CONSIGNEE))?,
        consignee_telephone: party("consigneeTelephone", Phone::try_new(CONSIGNEE_PHONE))?,
        consignee_address: ConsigneeAddress::try_new(CONSIGNEE_ADDRESS)?,
        consignee_district: Some("310115".parse()?),
        note: None,
    };
    let lines = vec![
        OrderLine {
            gnum: "1".parse()?,
            item_no: Some(CebText::try_new("MILK-900G")?),
            item_name: CebText::try_new("婴儿配方奶粉")?,
            gmodel: CebText::try_new("900克/罐，1段")?,
            item_describe: None,
            bar_code: Some(CebText::try_new("4901234567894")?),
            unit: UnitCode::try_new("122")?,
            qty: dec("1")?,
            price: dec("299")?,
            total_price: dec("299")?,
            country: country("502")?,
            note: None,
        },
        OrderLine {
            gnum: "2".parse()?,
            item_no: Some(CebText::try_new("CREAM-50ML")?),
            item_name: CebText::try_new("面霜")?,
            gmodel: CebText::try_new("50毫升/瓶")?,
            item_describe: None,
            bar_code: None,
            unit: UnitCode::PIECE,
            qty: dec("2")?,
            price: dec("25.5")?,
            total_price: dec("51")?,
            country: country("502")?,
            note: None,
        },
    ];
    Order::try_new(head, lines)
}

/// Builds the payment voucher of the sample set: 张三 pays 372.76 through Tenpay.
///
/// # Errors
///
/// None in practice: every value is a valid constant.
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// assert_eq!(sample::payment()?.pay_time.to_string(), "20260301100230");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn payment() -> Result<Payment, DocumentError> {
    Ok(Payment {
        guid: Guid::try_new("0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D")?,
        app_type: AppType::New,
        app_time: CebTime::parse("20260301100500")?,
        app_status: AppStatus::Declared,
        pay_code: EnterpriseCode::try_new(PAY_CODE)?,
        pay_name: CebText::try_new(PAY_NAME)?,
        pay_transaction_id: PayTransactionId::try_new(PAY_TRANSACTION_ID)?,
        order_no: OrderNo::try_new(ORDER_NO)?,
        ebp_code: EnterpriseCode::try_new(EBP_CODE)?,
        ebp_name: CebText::try_new(EBP_NAME)?,
        payer_id: buyer_id()?,
        payer_name: party("payerName", PersonName::try_new(BUYER))?,
        telephone: Some(party("telephone", Phone::try_new(BUYER_PHONE))?),
        amount_paid: dec("372.76")?,
        pay_time: CebTime::parse("20260301100230")?,
        note: None,
    })
}

/// Builds the waybill of the sample set: one parcel of 1.2 kg to 李四.
///
/// # Errors
///
/// None in practice: every value is a valid constant.
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// assert_eq!(sample::waybill()?.weight.to_string(), "1.2");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn waybill() -> Result<Waybill, DocumentError> {
    Ok(Waybill {
        guid: Guid::try_new("5D6E7F80-9A1B-4C2D-8E3F-4A5B6C7D8E9F")?,
        app_type: AppType::New,
        app_time: CebTime::parse("20260301120000")?,
        app_status: AppStatus::Declared,
        logistics_code: EnterpriseCode::try_new(LOGISTICS_CODE)?,
        logistics_name: CebText::try_new(LOGISTICS_NAME)?,
        logistics_no: LogisticsNo::try_new(LOGISTICS_NO)?,
        bill_no: Some(CebText::try_new("999-12345675")?),
        order_no: OrderNo::try_new(ORDER_NO)?,
        freight: Some(dec("10")?),
        insured_fee: Some(CebDecimal::ZERO),
        weight: dec("1.2")?,
        pack_no: PackNo::ONE,
        goods_info: Some(CebText::try_new("奶粉、面霜")?),
        consignee: party("consignee", PersonName::try_new(CONSIGNEE))?,
        consignee_address: ConsigneeAddress::try_new(CONSIGNEE_ADDRESS)?,
        consignee_telephone: party("consigneeTelephone", Phone::try_new(CONSIGNEE_PHONE))?,
        note: None,
    })
}

/// Builds the inventory of the sample set: direct purchase (9610) by air from the United
/// States, two lines matching the order's.
///
/// # Errors
///
/// None in practice: every value is a valid constant.
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// assert_eq!(sample::inventory()?.head().decl_time.to_string(), "20260301");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn inventory() -> Result<Inventory, DocumentError> {
    let head = InventoryHead {
        guid: Guid::try_new("B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E")?,
        app_type: AppType::New,
        app_time: CebTime::parse("20260301130000")?,
        app_status: AppStatus::Declared,
        order_no: OrderNo::try_new(ORDER_NO)?,
        ebp_code: EnterpriseCode::try_new(EBP_CODE)?,
        ebp_name: CebText::try_new(EBP_NAME)?,
        ebc_code: EnterpriseCode::try_new(EBC_CODE)?,
        ebc_name: CebText::try_new(EBC_NAME)?,
        logistics_no: LogisticsNo::try_new(LOGISTICS_NO)?,
        logistics_code: EnterpriseCode::try_new(LOGISTICS_CODE)?,
        logistics_name: CebText::try_new(LOGISTICS_NAME)?,
        cop_no: Some(CopNo::try_new("INV-2026-0001")?),
        pre_no: None,
        assure_code: CebText::try_new(EBC_CODE)?,
        ems_no: None,
        invt_no: None,
        ie_flag: IeFlag::Import,
        decl_time: CebDate::parse("20260301")?,
        customs_code: CustomsCode::try_new("2244")?,
        port_code: CustomsCode::try_new("2244")?,
        ie_date: Some(CebDate::parse("20260301")?),
        buyer_id: buyer_id()?,
        buyer_name: party("buyerName", PersonName::try_new(BUYER))?,
        buyer_telephone: party("buyerTelephone", Phone::try_new(BUYER_PHONE))?,
        consignee_address: ConsigneeAddress::try_new(CONSIGNEE_ADDRESS)?,
        agent_code: EnterpriseCode::try_new("3120980B2C")?,
        agent_name: CebText::try_new("示例报关有限公司")?,
        area_code: None,
        area_name: None,
        trade_mode: TradeMode::DIRECT_PURCHASE,
        traf_mode: TransportMode::try_new("5")?,
        traf_no: Some(CebText::try_new("CA986")?),
        voyage_no: Some(CebText::try_new("CA986/20260301")?),
        bill_no: Some(CebText::try_new("999-12345675")?),
        loct_no: None,
        license_no: None,
        country: country("502")?,
        freight: dec("10")?,
        insured_fee: CebDecimal::ZERO,
        wrap_type: None,
        pack_no: PackNo::ONE,
        gross_weight: dec("1.2")?,
        net_weight: dec("1.0")?,
        note: None,
    };
    let lines = vec![
        InventoryLine {
            gnum: "1".parse()?,
            item_record_no: None,
            item_no: Some(CebText::try_new("MILK-900G")?),
            item_name: Some(CebText::try_new("婴儿配方奶粉")?),
            gcode: HsCode::try_new("1901101000")?,
            gname: CebText::try_new("婴儿配方奶粉")?,
            gmodel: CebText::try_new("900克/罐，1段")?,
            bar_code: Some(CebText::try_new("4901234567894")?),
            country: country("502")?,
            trade_country: Some(country("502")?),
            qty: dec("1")?,
            unit: UnitCode::try_new("122")?,
            qty1: dec("0.9")?,
            unit1: UnitCode::try_new("035")?,
            qty2: None,
            unit2: None,
            price: dec("299")?,
            total_price: dec("299")?,
            note: None,
        },
        InventoryLine {
            gnum: "2".parse()?,
            item_record_no: None,
            item_no: Some(CebText::try_new("CREAM-50ML")?),
            item_name: Some(CebText::try_new("面霜")?),
            gcode: HsCode::try_new("3304990099")?,
            gname: CebText::try_new("面霜")?,
            gmodel: CebText::try_new("50毫升/瓶")?,
            bar_code: None,
            country: country("502")?,
            trade_country: Some(country("502")?),
            qty: dec("2")?,
            unit: UnitCode::PIECE,
            qty1: dec("0.1")?,
            unit1: UnitCode::try_new("035")?,
            qty2: None,
            unit2: None,
            price: dec("25.5")?,
            total_price: dec("51")?,
            note: None,
        },
    ];
    Inventory::try_new(head, lines)
}

/// All four documents of the sample order.
///
/// # Errors
///
/// None in practice: every value is a valid constant.
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// let set = sample::matched_set()?;
/// assert_eq!(set.waybill.logistics_no, set.inventory.head().logistics_no);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn matched_set() -> Result<SampleSet, DocumentError> {
    Ok(SampleSet {
        order: order()?,
        payment: payment()?,
        waybill: waybill()?,
        inventory: inventory()?,
    })
}

/// The sample set renumbered for order `n`: order number `SO-2026-0001-{n}` and waybill number
/// `SF{n}` in every document that carries them, everything else unchanged. For tests and
/// benchmarks that need many distinct, consistent orders.
///
/// # Errors
///
/// None in practice for `n` up to 20 digits.
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// let set = sample::numbered_set(42)?;
/// assert_eq!(set.order.head().order_no.as_str(), "SO-2026-0001-42");
/// assert_eq!(set.inventory.head().logistics_no.as_str(), "SF42");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn numbered_set(n: u64) -> Result<SampleSet, DocumentError> {
    let mut set = matched_set()?;
    let order_no = OrderNo::try_new(&format!("{ORDER_NO}-{n}"))?;
    let logistics_no = LogisticsNo::try_new(&format!("SF{n}"))?;
    set.order.head_mut().order_no = order_no.clone();
    set.payment.order_no = order_no.clone();
    set.waybill.order_no = order_no.clone();
    set.waybill.logistics_no = logistics_no.clone();
    set.inventory.head_mut().order_no = order_no;
    set.inventory.head_mut().logistics_no = logistics_no;
    Ok(set)
}
