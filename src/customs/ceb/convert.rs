//! Conversions between the message records (DTOs) and the domain types: `TryFrom<&…Xml>`
//! validates every field once, through the domain constructors, and relabels errors with the
//! exact XSD element; `From<&domain>` writes the canonical text (personal data unmasked, as
//! the customs export needs it).

use std::str::FromStr;

use super::error::ConvertError;
use super::message::{CebMessage, DataMessage, InventoryXml, OrderXml};
use super::records::{
    BaseTransferXml, InventoryHeadXml, InventoryListXml, InventoryReturnXml, LogisticsHeadXml,
    LogisticsReturnXml, OrderHeadXml, OrderListXml, OrderReturnXml, PaymentHeadXml,
    PaymentReturnXml,
};
use super::signature::{Signature, SignatureAlgorithm};
use crate::customs::{
    AppStatus, AppType, BuyerRegNo, CebCurrency, CebDate, CebDecimal, CebText, CebTime,
    ConsigneeAddress, CopNo, CustomsCode, CustomsDocument, DistrictCode, DocumentError,
    EnterpriseCode, FieldError, Gnum, Guid, HsCode, IeFlag, Inventory, InventoryHead,
    InventoryLine, InventoryReturn, InvtNo, LogisticsNo, LogisticsReturn, Order, OrderHead,
    OrderLine, OrderNo, OrderReturn, OrderType, PackNo, PayTransactionId, Payment, PaymentReturn,
    PreNo, ReturnInfo, ReturnStatus, ReturnTime, TradeMode, TransportMode, UnitCode, Waybill,
    WrapType,
};
use crate::geo::CustomsCountryCode;
use crate::party::{CustomsIdType, IdDocument, PartyError, PersonName, Phone};

/// The fixed `currency` of every CEB amount (XSD22 `fixed="142"`, 人民币).
const CNY: &str = "142";

/// Relabels a field error with the element it was read from.
fn field<T>(element: &'static str, r: Result<T, FieldError>) -> Result<T, DocumentError> {
    r.map_err(|e| DocumentError::Field(e.with_element(element)))
}

/// A personal-data field.
fn party<T, E: Into<PartyError>>(
    element: &'static str,
    r: Result<T, E>,
) -> Result<T, DocumentError> {
    r.map_err(|e| DocumentError::Party { element, source: e.into() })
}

fn country(element: &'static str, s: &str) -> Result<CustomsCountryCode, DocumentError> {
    CustomsCountryCode::try_new(s.trim())
        .map_err(|source| DocumentError::Country { element, source })
}

fn opt<T>(
    v: Option<&String>,
    f: impl FnOnce(&str) -> Result<T, DocumentError>,
) -> Result<Option<T>, DocumentError> {
    v.map(|s| f(s)).transpose()
}

fn text<const MAX: usize>(element: &'static str, s: &str) -> Result<CebText<MAX>, DocumentError> {
    field(element, CebText::try_new(s))
}

fn decimal(element: &'static str, s: &str) -> Result<CebDecimal, DocumentError> {
    field(element, CebDecimal::parse(s))
}

fn currency(element: &'static str, s: &str) -> Result<(), DocumentError> {
    field(element, CebCurrency::from_str(s.trim())).map(|_| ())
}

/// `buyerIdType` + `buyerIdNumber` (or the payer's).
fn id_document(
    type_element: &'static str,
    id_type: &str,
    number_element: &'static str,
    number: &str,
) -> Result<IdDocument, DocumentError> {
    let id_type = party(type_element, CustomsIdType::from_str(id_type.trim()))?;
    party(number_element, IdDocument::from_customs(id_type, number))
}

fn owned<T: ToString>(v: &T) -> String {
    v.to_string()
}

fn owned_opt<T: AsRef<str>>(v: Option<&T>) -> Option<String> {
    v.map(|t| t.as_ref().to_owned())
}

impl TryFrom<&OrderHeadXml> for OrderHead {
    type Error = DocumentError;

    fn try_from(x: &OrderHeadXml) -> Result<Self, DocumentError> {
        let head = OrderHead {
            guid: field("guid", Guid::try_new(&x.guid))?,
            app_type: field("appType", AppType::from_str(x.app_type.trim()))?,
            app_time: field("appTime", CebTime::parse(&x.app_time))?,
            app_status: field("appStatus", AppStatus::from_str(x.app_status.trim()))?,
            order_type: field("orderType", OrderType::from_str(x.order_type.trim()))?,
            order_no: field("orderNo", OrderNo::try_new(&x.order_no))?,
            ebp_code: field("ebpCode", EnterpriseCode::try_new(&x.ebp_code))?,
            ebp_name: text("ebpName", &x.ebp_name)?,
            ebc_code: field("ebcCode", EnterpriseCode::try_new(&x.ebc_code))?,
            ebc_name: text("ebcName", &x.ebc_name)?,
            goods_value: decimal("goodsValue", &x.goods_value)?,
            freight: decimal("freight", &x.freight)?,
            discount: decimal("discount", &x.discount)?,
            tax_total: decimal("taxTotal", &x.tax_total)?,
            actural_paid: decimal("acturalPaid", &x.actural_paid)?,
            buyer_reg_no: field("buyerRegNo", BuyerRegNo::try_new(&x.buyer_reg_no))?,
            buyer_name: party("buyerName", PersonName::try_new(&x.buyer_name))?,
            buyer_telephone: party("buyerTelephone", Phone::try_new(&x.buyer_telephone))?,
            buyer_id: id_document(
                "buyerIdType",
                &x.buyer_id_type,
                "buyerIdNumber",
                &x.buyer_id_number,
            )?,
            pay_code: opt(x.pay_code.as_ref(), |s| field("payCode", EnterpriseCode::try_new(s)))?,
            pay_name: opt(x.pay_name.as_ref(), |s| text("payName", s))?,
            pay_transaction_id: opt(x.pay_transaction_id.as_ref(), |s| {
                field("payTransactionId", PayTransactionId::try_new(s))
            })?,
            batch_numbers: opt(x.batch_numbers.as_ref(), |s| text("batchNumbers", s))?,
            consignee: party("consignee", PersonName::try_new(&x.consignee))?,
            consignee_telephone: party(
                "consigneeTelephone",
                Phone::try_new(&x.consignee_telephone),
            )?,
            consignee_address: field(
                "consigneeAddress",
                ConsigneeAddress::try_new(&x.consignee_address),
            )?,
            consignee_district: opt(x.consignee_district.as_ref(), |s| {
                field("consigneeDistrict", DistrictCode::try_new(s))
            })?,
            note: opt(x.note.as_ref(), |s| text("note", s))?,
        };
        currency("currency", &x.currency)?;
        Ok(head)
    }
}

impl From<&OrderHead> for OrderHeadXml {
    fn from(h: &OrderHead) -> Self {
        Self {
            guid: owned(&h.guid),
            app_type: h.app_type.code().to_owned(),
            app_time: owned(&h.app_time),
            app_status: h.app_status.code().to_owned(),
            order_type: owned(&h.order_type),
            order_no: owned(&h.order_no),
            ebp_code: owned(&h.ebp_code),
            ebp_name: owned(&h.ebp_name),
            ebc_code: owned(&h.ebc_code),
            ebc_name: owned(&h.ebc_name),
            goods_value: owned(&h.goods_value),
            freight: owned(&h.freight),
            discount: owned(&h.discount),
            tax_total: owned(&h.tax_total),
            actural_paid: owned(&h.actural_paid),
            currency: CNY.to_owned(),
            buyer_reg_no: h.buyer_reg_no.reveal().to_owned(),
            buyer_name: h.buyer_name.reveal().to_owned(),
            buyer_telephone: h.buyer_telephone.reveal().to_owned(),
            buyer_id_type: h.buyer_id.customs_id_type().code().to_owned(),
            buyer_id_number: h.buyer_id.reveal().to_owned(),
            pay_code: owned_opt(h.pay_code.as_ref()),
            pay_name: owned_opt(h.pay_name.as_ref()),
            pay_transaction_id: owned_opt(h.pay_transaction_id.as_ref()),
            batch_numbers: owned_opt(h.batch_numbers.as_ref()),
            consignee: h.consignee.reveal().to_owned(),
            consignee_telephone: h.consignee_telephone.reveal().to_owned(),
            consignee_address: h.consignee_address.reveal().to_owned(),
            consignee_district: owned_opt(h.consignee_district.as_ref()),
            note: owned_opt(h.note.as_ref()),
        }
    }
}

impl TryFrom<&OrderListXml> for OrderLine {
    type Error = DocumentError;

    fn try_from(x: &OrderListXml) -> Result<Self, DocumentError> {
        let line = OrderLine {
            gnum: field("gnum", Gnum::from_str(x.gnum.trim()))?,
            item_no: opt(x.item_no.as_ref(), |s| text("itemNo", s))?,
            item_name: text("itemName", &x.item_name)?,
            gmodel: text("gmodel", &x.gmodel)?,
            item_describe: opt(x.item_describe.as_ref(), |s| text("itemDescribe", s))?,
            bar_code: opt(x.bar_code.as_ref(), |s| text("barCode", s))?,
            unit: field("unit", UnitCode::try_new(&x.unit))?,
            qty: decimal("qty", &x.qty)?,
            price: decimal("price", &x.price)?,
            total_price: decimal("totalPrice", &x.total_price)?,
            country: country("country", &x.country)?,
            note: opt(x.note.as_ref(), |s| text("note", s))?,
        };
        currency("currency", &x.currency)?;
        Ok(line)
    }
}

impl From<&OrderLine> for OrderListXml {
    fn from(l: &OrderLine) -> Self {
        Self {
            gnum: owned(&l.gnum),
            item_no: owned_opt(l.item_no.as_ref()),
            item_name: owned(&l.item_name),
            gmodel: owned(&l.gmodel),
            item_describe: owned_opt(l.item_describe.as_ref()),
            bar_code: owned_opt(l.bar_code.as_ref()),
            unit: owned(&l.unit),
            qty: owned(&l.qty),
            price: owned(&l.price),
            total_price: owned(&l.total_price),
            currency: CNY.to_owned(),
            country: owned(&l.country),
            note: owned_opt(l.note.as_ref()),
        }
    }
}

impl TryFrom<&OrderXml> for Order {
    type Error = DocumentError;

    /// Validates the head and every line, then the line rules ([`Order::try_new`]).
    fn try_from(x: &OrderXml) -> Result<Self, DocumentError> {
        let head = OrderHead::try_from(&x.head)?;
        let lines = x.lines.iter().map(OrderLine::try_from).collect::<Result<Vec<_>, _>>()?;
        Order::try_new(head, lines)
    }
}

impl From<&Order> for OrderXml {
    fn from(o: &Order) -> Self {
        Self { head: o.head().into(), lines: o.lines().iter().map(Into::into).collect() }
    }
}

impl TryFrom<&PaymentHeadXml> for Payment {
    type Error = DocumentError;

    fn try_from(x: &PaymentHeadXml) -> Result<Self, DocumentError> {
        let payment = Payment {
            guid: field("guid", Guid::try_new(&x.guid))?,
            app_type: field("appType", AppType::from_str(x.app_type.trim()))?,
            app_time: field("appTime", CebTime::parse(&x.app_time))?,
            app_status: field("appStatus", AppStatus::from_str(x.app_status.trim()))?,
            pay_code: field("payCode", EnterpriseCode::try_new(&x.pay_code))?,
            pay_name: text("payName", &x.pay_name)?,
            pay_transaction_id: field(
                "payTransactionId",
                PayTransactionId::try_new(&x.pay_transaction_id),
            )?,
            order_no: field("orderNo", OrderNo::try_new(&x.order_no))?,
            ebp_code: field("ebpCode", EnterpriseCode::try_new(&x.ebp_code))?,
            ebp_name: text("ebpName", &x.ebp_name)?,
            payer_id: id_document(
                "payerIdType",
                &x.payer_id_type,
                "payerIdNumber",
                &x.payer_id_number,
            )?,
            payer_name: party("payerName", PersonName::try_new(&x.payer_name))?,
            telephone: opt(x.telephone.as_ref(), |s| party("telephone", Phone::try_new(s)))?,
            amount_paid: decimal("amountPaid", &x.amount_paid)?,
            pay_time: field("payTime", CebTime::parse(&x.pay_time))?,
            note: opt(x.note.as_ref(), |s| text("note", s))?,
        };
        currency("currency", &x.currency)?;
        Ok(payment)
    }
}

impl From<&Payment> for PaymentHeadXml {
    fn from(p: &Payment) -> Self {
        Self {
            guid: owned(&p.guid),
            app_type: p.app_type.code().to_owned(),
            app_time: owned(&p.app_time),
            app_status: p.app_status.code().to_owned(),
            pay_code: owned(&p.pay_code),
            pay_name: owned(&p.pay_name),
            pay_transaction_id: owned(&p.pay_transaction_id),
            order_no: owned(&p.order_no),
            ebp_code: owned(&p.ebp_code),
            ebp_name: owned(&p.ebp_name),
            payer_id_type: p.payer_id.customs_id_type().code().to_owned(),
            payer_id_number: p.payer_id.reveal().to_owned(),
            payer_name: p.payer_name.reveal().to_owned(),
            telephone: p.telephone.as_ref().map(|t| t.reveal().to_owned()),
            amount_paid: owned(&p.amount_paid),
            currency: CNY.to_owned(),
            pay_time: owned(&p.pay_time),
            note: owned_opt(p.note.as_ref()),
        }
    }
}

impl TryFrom<&LogisticsHeadXml> for Waybill {
    type Error = DocumentError;

    fn try_from(x: &LogisticsHeadXml) -> Result<Self, DocumentError> {
        let waybill = Waybill {
            guid: field("guid", Guid::try_new(&x.guid))?,
            app_type: field("appType", AppType::from_str(x.app_type.trim()))?,
            app_time: field("appTime", CebTime::parse(&x.app_time))?,
            app_status: field("appStatus", AppStatus::from_str(x.app_status.trim()))?,
            logistics_code: field("logisticsCode", EnterpriseCode::try_new(&x.logistics_code))?,
            logistics_name: text("logisticsName", &x.logistics_name)?,
            logistics_no: field("logisticsNo", LogisticsNo::try_new(&x.logistics_no))?,
            bill_no: opt(x.bill_no.as_ref(), |s| text("billNo", s))?,
            order_no: field("orderNo", OrderNo::try_new(&x.order_no))?,
            freight: opt(x.freight.as_ref(), |s| decimal("freight", s))?,
            insured_fee: opt(x.insured_fee.as_ref(), |s| decimal("insuredFee", s))?,
            weight: decimal("weight", &x.weight)?,
            pack_no: field("packNo", PackNo::from_str(x.pack_no.trim()))?,
            goods_info: opt(x.goods_info.as_ref(), |s| text("goodsInfo", s))?,
            consignee: party("consignee", PersonName::try_new(&x.consignee))?,
            consignee_address: field(
                "consigneeAddress",
                ConsigneeAddress::try_new(&x.consignee_address),
            )?,
            consignee_telephone: party(
                "consigneeTelephone",
                Phone::try_new(&x.consignee_telephone),
            )?,
            note: opt(x.note.as_ref(), |s| text("note", s))?,
        };
        currency("currency", &x.currency)?;
        Ok(waybill)
    }
}

impl From<&Waybill> for LogisticsHeadXml {
    fn from(w: &Waybill) -> Self {
        Self {
            guid: owned(&w.guid),
            app_type: w.app_type.code().to_owned(),
            app_time: owned(&w.app_time),
            app_status: w.app_status.code().to_owned(),
            logistics_code: owned(&w.logistics_code),
            logistics_name: owned(&w.logistics_name),
            logistics_no: owned(&w.logistics_no),
            bill_no: owned_opt(w.bill_no.as_ref()),
            order_no: owned(&w.order_no),
            freight: w.freight.as_ref().map(owned),
            insured_fee: w.insured_fee.as_ref().map(owned),
            currency: CNY.to_owned(),
            weight: owned(&w.weight),
            pack_no: owned(&w.pack_no),
            goods_info: owned_opt(w.goods_info.as_ref()),
            consignee: w.consignee.reveal().to_owned(),
            consignee_address: w.consignee_address.reveal().to_owned(),
            consignee_telephone: w.consignee_telephone.reveal().to_owned(),
            note: owned_opt(w.note.as_ref()),
        }
    }
}

impl TryFrom<&InventoryHeadXml> for InventoryHead {
    type Error = DocumentError;

    fn try_from(x: &InventoryHeadXml) -> Result<Self, DocumentError> {
        let head = InventoryHead {
            guid: field("guid", Guid::try_new(&x.guid))?,
            app_type: field("appType", AppType::from_str(x.app_type.trim()))?,
            app_time: field("appTime", CebTime::parse(&x.app_time))?,
            app_status: field("appStatus", AppStatus::from_str(x.app_status.trim()))?,
            order_no: field("orderNo", OrderNo::try_new(&x.order_no))?,
            ebp_code: field("ebpCode", EnterpriseCode::try_new(&x.ebp_code))?,
            ebp_name: text("ebpName", &x.ebp_name)?,
            ebc_code: field("ebcCode", EnterpriseCode::try_new(&x.ebc_code))?,
            ebc_name: text("ebcName", &x.ebc_name)?,
            logistics_no: field("logisticsNo", LogisticsNo::try_new(&x.logistics_no))?,
            logistics_code: field("logisticsCode", EnterpriseCode::try_new(&x.logistics_code))?,
            logistics_name: text("logisticsName", &x.logistics_name)?,
            cop_no: opt(x.cop_no.as_ref(), |s| field("copNo", CopNo::try_new(s)))?,
            pre_no: opt(x.pre_no.as_ref(), |s| field("preNo", PreNo::try_new(s)))?,
            assure_code: text("assureCode", &x.assure_code)?,
            ems_no: opt(x.ems_no.as_ref(), |s| text("emsNo", s))?,
            invt_no: opt(x.invt_no.as_ref(), |s| field("invtNo", InvtNo::try_new(s)))?,
            ie_flag: field("ieFlag", IeFlag::from_str(x.ie_flag.trim()))?,
            decl_time: field("declTime", CebDate::parse(&x.decl_time))?,
            customs_code: field("customsCode", CustomsCode::try_new(&x.customs_code))?,
            port_code: field("portCode", CustomsCode::try_new(&x.port_code))?,
            ie_date: opt(x.ie_date.as_ref(), |s| field("ieDate", CebDate::parse(s)))?,
            buyer_id: id_document(
                "buyerIdType",
                &x.buyer_id_type,
                "buyerIdNumber",
                &x.buyer_id_number,
            )?,
            buyer_name: party("buyerName", PersonName::try_new(&x.buyer_name))?,
            buyer_telephone: party("buyerTelephone", Phone::try_new(&x.buyer_telephone))?,
            consignee_address: field(
                "consigneeAddress",
                ConsigneeAddress::try_new(&x.consignee_address),
            )?,
            agent_code: field("agentCode", EnterpriseCode::try_new(&x.agent_code))?,
            agent_name: text("agentName", &x.agent_name)?,
            area_code: opt(x.area_code.as_ref(), |s| {
                field("areaCode", EnterpriseCode::try_new(s))
            })?,
            area_name: opt(x.area_name.as_ref(), |s| text("areaName", s))?,
            trade_mode: field("tradeMode", TradeMode::try_new(&x.trade_mode))?,
            traf_mode: field("trafMode", TransportMode::try_new(&x.traf_mode))?,
            traf_no: opt(x.traf_no.as_ref(), |s| text("trafNo", s))?,
            voyage_no: opt(x.voyage_no.as_ref(), |s| text("voyageNo", s))?,
            bill_no: opt(x.bill_no.as_ref(), |s| text("billNo", s))?,
            loct_no: opt(x.loct_no.as_ref(), |s| text("loctNo", s))?,
            license_no: opt(x.license_no.as_ref(), |s| text("licenseNo", s))?,
            country: country("country", &x.country)?,
            freight: decimal("freight", &x.freight)?,
            insured_fee: decimal("insuredFee", &x.insured_fee)?,
            wrap_type: opt(x.wrap_type.as_ref(), |s| field("wrapType", WrapType::try_new(s)))?,
            pack_no: field("packNo", PackNo::from_str(x.pack_no.trim()))?,
            gross_weight: decimal("grossWeight", &x.gross_weight)?,
            net_weight: decimal("netWeight", &x.net_weight)?,
            note: opt(x.note.as_ref(), |s| text("note", s))?,
        };
        currency("currency", &x.currency)?;
        Ok(head)
    }
}

impl From<&InventoryHead> for InventoryHeadXml {
    fn from(h: &InventoryHead) -> Self {
        Self {
            guid: owned(&h.guid),
            app_type: h.app_type.code().to_owned(),
            app_time: owned(&h.app_time),
            app_status: h.app_status.code().to_owned(),
            order_no: owned(&h.order_no),
            ebp_code: owned(&h.ebp_code),
            ebp_name: owned(&h.ebp_name),
            ebc_code: owned(&h.ebc_code),
            ebc_name: owned(&h.ebc_name),
            logistics_no: owned(&h.logistics_no),
            logistics_code: owned(&h.logistics_code),
            logistics_name: owned(&h.logistics_name),
            cop_no: owned_opt(h.cop_no.as_ref()),
            pre_no: owned_opt(h.pre_no.as_ref()),
            assure_code: owned(&h.assure_code),
            ems_no: owned_opt(h.ems_no.as_ref()),
            invt_no: owned_opt(h.invt_no.as_ref()),
            ie_flag: owned(&h.ie_flag),
            decl_time: owned(&h.decl_time),
            customs_code: owned(&h.customs_code),
            port_code: owned(&h.port_code),
            ie_date: h.ie_date.as_ref().map(owned),
            buyer_id_type: h.buyer_id.customs_id_type().code().to_owned(),
            buyer_id_number: h.buyer_id.reveal().to_owned(),
            buyer_name: h.buyer_name.reveal().to_owned(),
            buyer_telephone: h.buyer_telephone.reveal().to_owned(),
            consignee_address: h.consignee_address.reveal().to_owned(),
            agent_code: owned(&h.agent_code),
            agent_name: owned(&h.agent_name),
            area_code: owned_opt(h.area_code.as_ref()),
            area_name: owned_opt(h.area_name.as_ref()),
            trade_mode: owned(&h.trade_mode),
            traf_mode: owned(&h.traf_mode),
            traf_no: owned_opt(h.traf_no.as_ref()),
            voyage_no: owned_opt(h.voyage_no.as_ref()),
            bill_no: owned_opt(h.bill_no.as_ref()),
            loct_no: owned_opt(h.loct_no.as_ref()),
            license_no: owned_opt(h.license_no.as_ref()),
            country: owned(&h.country),
            freight: owned(&h.freight),
            insured_fee: owned(&h.insured_fee),
            currency: CNY.to_owned(),
            wrap_type: owned_opt(h.wrap_type.as_ref()),
            pack_no: owned(&h.pack_no),
            gross_weight: owned(&h.gross_weight),
            net_weight: owned(&h.net_weight),
            note: owned_opt(h.note.as_ref()),
        }
    }
}

impl TryFrom<&InventoryListXml> for InventoryLine {
    type Error = DocumentError;

    fn try_from(x: &InventoryListXml) -> Result<Self, DocumentError> {
        let line = InventoryLine {
            gnum: field("gnum", Gnum::from_str(x.gnum.trim()))?,
            item_record_no: opt(x.item_record_no.as_ref(), |s| text("itemRecordNo", s))?,
            item_no: opt(x.item_no.as_ref(), |s| text("itemNo", s))?,
            item_name: opt(x.item_name.as_ref(), |s| text("itemName", s))?,
            gcode: field("gcode", HsCode::try_new(&x.gcode))?,
            gname: text("gname", &x.gname)?,
            gmodel: text("gmodel", &x.gmodel)?,
            bar_code: opt(x.bar_code.as_ref(), |s| text("barCode", s))?,
            country: country("country", &x.country)?,
            trade_country: opt(x.trade_country.as_ref(), |s| country("tradeCountry", s))?,
            qty: decimal("qty", &x.qty)?,
            unit: field("unit", UnitCode::try_new(&x.unit))?,
            qty1: decimal("qty1", &x.qty1)?,
            unit1: field("unit1", UnitCode::try_new(&x.unit1))?,
            qty2: opt(x.qty2.as_ref(), |s| decimal("qty2", s))?,
            unit2: opt(x.unit2.as_ref(), |s| field("unit2", UnitCode::try_new(s)))?,
            price: decimal("price", &x.price)?,
            total_price: decimal("totalPrice", &x.total_price)?,
            note: opt(x.note.as_ref(), |s| text("note", s))?,
        };
        currency("currency", &x.currency)?;
        Ok(line)
    }
}

impl From<&InventoryLine> for InventoryListXml {
    fn from(l: &InventoryLine) -> Self {
        Self {
            gnum: owned(&l.gnum),
            item_record_no: owned_opt(l.item_record_no.as_ref()),
            item_no: owned_opt(l.item_no.as_ref()),
            item_name: owned_opt(l.item_name.as_ref()),
            gcode: owned(&l.gcode),
            gname: owned(&l.gname),
            gmodel: owned(&l.gmodel),
            bar_code: owned_opt(l.bar_code.as_ref()),
            country: owned(&l.country),
            trade_country: l.trade_country.as_ref().map(owned),
            currency: CNY.to_owned(),
            qty: owned(&l.qty),
            unit: owned(&l.unit),
            qty1: owned(&l.qty1),
            unit1: owned(&l.unit1),
            qty2: l.qty2.as_ref().map(owned),
            unit2: owned_opt(l.unit2.as_ref()),
            price: owned(&l.price),
            total_price: owned(&l.total_price),
            note: owned_opt(l.note.as_ref()),
        }
    }
}

impl TryFrom<&InventoryXml> for Inventory {
    type Error = DocumentError;

    /// Validates the head and every line, then the line rules ([`Inventory::try_new`]).
    fn try_from(x: &InventoryXml) -> Result<Self, DocumentError> {
        let head = InventoryHead::try_from(&x.head)?;
        let lines = x.lines.iter().map(InventoryLine::try_from).collect::<Result<Vec<_>, _>>()?;
        Inventory::try_new(head, lines)
    }
}

impl From<&Inventory> for InventoryXml {
    fn from(i: &Inventory) -> Self {
        Self { head: i.head().into(), lines: i.lines().iter().map(Into::into).collect() }
    }
}

fn receipt_field<T>(element: &'static str, r: Result<T, FieldError>) -> Result<T, FieldError> {
    r.map_err(|e| e.with_element(element))
}

impl TryFrom<&OrderReturnXml> for OrderReturn {
    type Error = FieldError;

    fn try_from(x: &OrderReturnXml) -> Result<Self, FieldError> {
        Ok(Self {
            guid: receipt_field("guid", Guid::try_new(&x.guid))?,
            ebp_code: receipt_field("ebpCode", EnterpriseCode::try_new(&x.ebp_code))?,
            ebc_code: receipt_field("ebcCode", EnterpriseCode::try_new(&x.ebc_code))?,
            order_no: receipt_field("orderNo", OrderNo::try_new(&x.order_no))?,
            return_status: ReturnStatus::parse(&x.return_status)?,
            return_time: receipt_field("returnTime", ReturnTime::parse(&x.return_time))?,
            return_info: ReturnInfo::parse(&x.return_info),
        })
    }
}

impl From<&OrderReturn> for OrderReturnXml {
    fn from(r: &OrderReturn) -> Self {
        Self {
            guid: owned(&r.guid),
            ebp_code: owned(&r.ebp_code),
            ebc_code: owned(&r.ebc_code),
            order_no: owned(&r.order_no),
            return_status: owned(&r.return_status),
            return_time: owned(&r.return_time),
            return_info: r.return_info.as_str().to_owned(),
        }
    }
}

impl TryFrom<&PaymentReturnXml> for PaymentReturn {
    type Error = FieldError;

    fn try_from(x: &PaymentReturnXml) -> Result<Self, FieldError> {
        Ok(Self {
            guid: receipt_field("guid", Guid::try_new(&x.guid))?,
            pay_code: receipt_field("payCode", EnterpriseCode::try_new(&x.pay_code))?,
            pay_transaction_id: receipt_field(
                "payTransactionId",
                PayTransactionId::try_new(&x.pay_transaction_id),
            )?,
            return_status: ReturnStatus::parse(&x.return_status)?,
            return_time: receipt_field("returnTime", ReturnTime::parse(&x.return_time))?,
            return_info: ReturnInfo::parse(&x.return_info),
        })
    }
}

impl From<&PaymentReturn> for PaymentReturnXml {
    fn from(r: &PaymentReturn) -> Self {
        Self {
            guid: owned(&r.guid),
            pay_code: owned(&r.pay_code),
            pay_transaction_id: owned(&r.pay_transaction_id),
            return_status: owned(&r.return_status),
            return_time: owned(&r.return_time),
            return_info: r.return_info.as_str().to_owned(),
        }
    }
}

impl TryFrom<&LogisticsReturnXml> for LogisticsReturn {
    type Error = FieldError;

    fn try_from(x: &LogisticsReturnXml) -> Result<Self, FieldError> {
        Ok(Self {
            guid: receipt_field("guid", Guid::try_new(&x.guid))?,
            logistics_code: receipt_field(
                "logisticsCode",
                EnterpriseCode::try_new(&x.logistics_code),
            )?,
            logistics_no: receipt_field("logisticsNo", LogisticsNo::try_new(&x.logistics_no))?,
            return_status: ReturnStatus::parse(&x.return_status)?,
            return_time: receipt_field("returnTime", ReturnTime::parse(&x.return_time))?,
            return_info: ReturnInfo::parse(&x.return_info),
        })
    }
}

impl From<&LogisticsReturn> for LogisticsReturnXml {
    fn from(r: &LogisticsReturn) -> Self {
        Self {
            guid: owned(&r.guid),
            logistics_code: owned(&r.logistics_code),
            logistics_no: owned(&r.logistics_no),
            return_status: owned(&r.return_status),
            return_time: owned(&r.return_time),
            return_info: r.return_info.as_str().to_owned(),
        }
    }
}

impl TryFrom<&InventoryReturnXml> for InventoryReturn {
    type Error = FieldError;

    fn try_from(x: &InventoryReturnXml) -> Result<Self, FieldError> {
        let code = |element, v: Option<&String>| {
            v.map(|s| receipt_field(element, EnterpriseCode::try_new(s))).transpose()
        };
        Ok(Self {
            guid: receipt_field("guid", Guid::try_new(&x.guid))?,
            customs_code: x
                .customs_code
                .as_ref()
                .map(|s| receipt_field("customsCode", CustomsCode::try_new(s)))
                .transpose()?,
            ebp_code: code("ebpCode", x.ebp_code.as_ref())?,
            ebc_code: code("ebcCode", x.ebc_code.as_ref())?,
            agent_code: code("agentCode", x.agent_code.as_ref())?,
            cop_no: receipt_field("copNo", CopNo::try_new(&x.cop_no))?,
            pre_no: receipt_field("preNo", PreNo::try_new(&x.pre_no))?,
            invt_no: x
                .invt_no
                .as_ref()
                .map(|s| receipt_field("invtNo", InvtNo::try_new(s)))
                .transpose()?,
            return_status: ReturnStatus::parse(&x.return_status)?,
            return_time: receipt_field("returnTime", ReturnTime::parse(&x.return_time))?,
            return_info: ReturnInfo::parse(&x.return_info),
        })
    }
}

impl From<&InventoryReturn> for InventoryReturnXml {
    fn from(r: &InventoryReturn) -> Self {
        Self {
            guid: owned(&r.guid),
            customs_code: owned_opt(r.customs_code.as_ref()),
            ebp_code: owned_opt(r.ebp_code.as_ref()),
            ebc_code: owned_opt(r.ebc_code.as_ref()),
            agent_code: owned_opt(r.agent_code.as_ref()),
            cop_no: owned(&r.cop_no),
            pre_no: owned(&r.pre_no),
            invt_no: owned_opt(r.invt_no.as_ref()),
            return_status: owned(&r.return_status),
            return_time: owned(&r.return_time),
            return_info: r.return_info.as_str().to_owned(),
        }
    }
}

/// A receipt of one of the four documents, read from CEB312, 412, 512 or 622.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{read_message, Receipt};
/// use crossborder::customs::ReturnStatus;
///
/// let xml = r#"<CEB412Message xmlns="http://www.chinaport.gov.cn/ceb" guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0">
///   <PaymentReturn><guid>4CDE1CFD-EDED-46B1-946C-B8022E42FC94</guid><payCode>4403169D3W</payCode>
///   <payTransactionId>4200002026030112345678</payTransactionId><returnStatus>120</returnStatus>
///   <returnTime>20260301100600000</returnTime><returnInfo>[Code:1800;Desc:逻辑校验通过]</returnInfo></PaymentReturn>
/// </CEB412Message>"#;
/// let receipts = read_message(xml.as_bytes())?.receipts()?;
/// let Receipt::Payment(r) = &receipts[0] else { unreachable!() };
/// assert_eq!(r.return_status, ReturnStatus::parse("120")?);
/// assert_eq!(r.return_info.code_number(), Some(1800));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Receipt {
    /// `OrderReturn`, CEB312.
    Order(OrderReturn),
    /// `PaymentReturn`, CEB412.
    Payment(PaymentReturn),
    /// `LogisticsReturn`, CEB512.
    Logistics(LogisticsReturn),
    /// `InventoryReturn`, CEB622.
    Inventory(InventoryReturn),
}

fn convert_documents<'a, X: 'a, D>(
    entries: &'a [X],
    f: impl Fn(&'a X) -> Result<D, DocumentError>,
) -> Result<Vec<CustomsDocument>, ConvertError>
where
    CustomsDocument: From<D>,
{
    entries
        .iter()
        .enumerate()
        .map(|(i, x)| {
            f(x).map(CustomsDocument::from)
                .map_err(|source| ConvertError::Document { index: i.saturating_add(1), source })
        })
        .collect()
}

fn convert_receipts<'a, X: 'a, R>(
    entries: &'a [X],
    f: impl Fn(&'a X) -> Result<R, FieldError>,
    wrap: impl Fn(R) -> Receipt,
) -> Result<Vec<Receipt>, ConvertError> {
    entries
        .iter()
        .enumerate()
        .map(|(i, x)| {
            f(x).map(&wrap)
                .map_err(|source| ConvertError::Receipt { index: i.saturating_add(1), source })
        })
        .collect()
}

impl CebMessage {
    /// A CEB311 message carrying `orders` (no signature: the XSD makes it optional for
    /// orders, and the E-Port's client adds it).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{write_message, BaseTransferXml, CebMessage};
    /// use crossborder::customs::{sample, Guid};
    ///
    /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
    /// let transfer = BaseTransferXml::dxp("3301963K69", "示例跨境电商平台有限公司", "DXPENT0000000001");
    /// let xml = write_message(&CebMessage::from_orders(&guid, &[sample::order()?], transfer))?;
    /// assert!(xml.contains("<ceb:acturalPaid>372.76</ceb:acturalPaid>"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_orders(guid: &Guid, orders: &[Order], base_transfer: BaseTransferXml) -> Self {
        Self::Ceb311(DataMessage::new(guid, orders.iter().map(Into::into).collect(), base_transfer))
    }

    /// A CEB411 message carrying `payments`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{BaseTransferXml, CebMessage};
    /// use crossborder::customs::{sample, Guid};
    ///
    /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
    /// let m = CebMessage::from_payments(&guid, &[sample::payment()?], BaseTransferXml::default());
    /// assert_eq!(m.documents()?.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_payments(
        guid: &Guid,
        payments: &[Payment],
        base_transfer: BaseTransferXml,
    ) -> Self {
        Self::Ceb411(DataMessage::new(
            guid,
            payments.iter().map(Into::into).collect(),
            base_transfer,
        ))
    }

    /// A CEB511 message carrying `waybills`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{BaseTransferXml, CebMessage, MessageType};
    /// use crossborder::customs::{sample, Guid};
    ///
    /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
    /// let m = CebMessage::from_waybills(&guid, &[sample::waybill()?], BaseTransferXml::default());
    /// assert_eq!(m.message_type(), MessageType::Ceb511);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_waybills(
        guid: &Guid,
        waybills: &[Waybill],
        base_transfer: BaseTransferXml,
    ) -> Self {
        Self::Ceb511(DataMessage::new(
            guid,
            waybills.iter().map(Into::into).collect(),
            base_transfer,
        ))
    }

    /// A CEB621 message carrying `inventories`, closed by an unsigned
    /// [`Signature::template`] (SM2/SM3): the XSD requires `ds:Signature` in CEB621, and the
    /// declaring enterprise's signing client fills in the values.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{BaseTransferXml, CebMessage};
    /// use crossborder::customs::{sample, Guid};
    ///
    /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
    /// let m = CebMessage::from_inventories(&guid, &[sample::inventory()?], BaseTransferXml::default());
    /// let CebMessage::Ceb621(data) = &m else { unreachable!() };
    /// assert!(data.signature.as_ref().is_some_and(|s| s.is_template()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_inventories(
        guid: &Guid,
        inventories: &[Inventory],
        base_transfer: BaseTransferXml,
    ) -> Self {
        let mut m =
            DataMessage::new(guid, inventories.iter().map(Into::into).collect(), base_transfer);
        m.signature = Some(Signature::template(SignatureAlgorithm::Sm2Sm3));
        Self::Ceb621(m)
    }

    /// The domain documents of a CEB311, 411, 511 or 621 message, validated, in document
    /// order.
    ///
    /// # Errors
    ///
    /// [`ConvertError::Document`] for the first record that breaks a rule (naming the record
    /// and the element), [`ConvertError::WrongMessageType`] for any other message.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{read_message, write_message, BaseTransferXml, CebMessage};
    /// use crossborder::customs::{sample, CustomsDocument, Guid};
    ///
    /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
    /// let waybill = sample::waybill()?;
    /// let xml = write_message(&CebMessage::from_waybills(&guid, &[waybill.clone()], BaseTransferXml::dxp("3101980A1L", "示例国际物流有限公司", "DXPLOG0000000001")))?;
    /// let documents = read_message(xml.as_bytes())?.documents()?;
    /// assert_eq!(documents, vec![CustomsDocument::from(waybill)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn documents(&self) -> Result<Vec<CustomsDocument>, ConvertError> {
        match self {
            Self::Ceb311(m) => convert_documents(&m.entries, Order::try_from),
            Self::Ceb411(m) => convert_documents(&m.entries, Payment::try_from),
            Self::Ceb511(m) => convert_documents(&m.entries, Waybill::try_from),
            Self::Ceb621(m) => convert_documents(&m.entries, Inventory::try_from),
            other => Err(ConvertError::WrongMessageType {
                found: other.message_type(),
                wanted: "documents",
            }),
        }
    }

    /// The receipts of a CEB312, 412, 512 or 622 message, in document order.
    ///
    /// # Errors
    ///
    /// [`ConvertError::Receipt`] for the first receipt with a field in the wrong format,
    /// [`ConvertError::WrongMessageType`] for any other message.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{BaseTransferXml, CebMessage, ConvertError};
    /// use crossborder::customs::{sample, Guid};
    ///
    /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
    /// let m = CebMessage::from_orders(&guid, &[sample::order()?], BaseTransferXml::default());
    /// assert!(matches!(m.receipts(), Err(ConvertError::WrongMessageType { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn receipts(&self) -> Result<Vec<Receipt>, ConvertError> {
        match self {
            Self::Ceb312(m) => convert_receipts(&m.entries, OrderReturn::try_from, Receipt::Order),
            Self::Ceb412(m) => {
                convert_receipts(&m.entries, PaymentReturn::try_from, Receipt::Payment)
            }
            Self::Ceb512(m) => {
                convert_receipts(&m.entries, LogisticsReturn::try_from, Receipt::Logistics)
            }
            Self::Ceb622(m) => {
                convert_receipts(&m.entries, InventoryReturn::try_from, Receipt::Inventory)
            }
            other => Err(ConvertError::WrongMessageType {
                found: other.message_type(),
                wanted: "receipts",
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customs::sample;

    #[test]
    fn domain_to_xml_and_back_is_identity() {
        let set = sample::matched_set().unwrap();
        assert_eq!(Order::try_from(&OrderXml::from(&set.order)), Ok(set.order.clone()));
        assert_eq!(Payment::try_from(&PaymentHeadXml::from(&set.payment)), Ok(set.payment));
        assert_eq!(Waybill::try_from(&LogisticsHeadXml::from(&set.waybill)), Ok(set.waybill));
        assert_eq!(Inventory::try_from(&InventoryXml::from(&set.inventory)), Ok(set.inventory));
    }

    #[test]
    fn errors_name_the_element() {
        let order = sample::order().unwrap();
        let mut x = OrderXml::from(&order);
        x.head.freight = "1e3".into();
        assert_eq!(
            Order::try_from(&x),
            Err(DocumentError::Field(FieldError::NotADecimal {
                element: "freight",
                found: "1e3".into()
            }))
        );
        let mut x = OrderXml::from(&order);
        x.lines[1].currency = "156".into();
        assert!(matches!(
            Order::try_from(&x),
            Err(DocumentError::Field(FieldError::UnknownCode { element: "currency", .. }))
        ));
        let mut x = OrderXml::from(&order);
        x.head.ebc_code = String::new();
        assert_eq!(
            Order::try_from(&x),
            Err(DocumentError::Field(FieldError::Empty { element: "ebcCode" }))
        );
        let mut x = OrderXml::from(&order);
        x.head.buyer_id_type = "9".into();
        assert!(matches!(
            Order::try_from(&x),
            Err(DocumentError::Party { element: "buyerIdType", .. })
        ));
        let mut x = OrderXml::from(&order);
        x.lines[0].country = "US".into();
        assert!(matches!(
            Order::try_from(&x),
            Err(DocumentError::Country { element: "country", .. })
        ));
        let mut x = OrderXml::from(&order);
        x.lines[1].gnum = "1".into();
        assert!(matches!(Order::try_from(&x), Err(DocumentError::DuplicateGnum { .. })));
    }

    #[test]
    fn the_fixed_currency_is_written() {
        let x = OrderXml::from(&sample::order().unwrap());
        assert_eq!(x.head.currency, "142");
        assert!(x.lines.iter().all(|l| l.currency == "142"));
        assert_eq!(x.head.buyer_id_type, "1");
    }
}
