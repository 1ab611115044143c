//! The payment voucher (支付凭证), CEB411: `PaymentHead`.

use super::{
    AppStatus, AppType, CebDecimal, CebText, CebTime, EnterpriseCode, Guid, OrderNo,
    PayTransactionId,
};
use crate::party::{IdDocument, PersonName, Phone};

/// A payment voucher (`PaymentHead` of CEB411, 支付凭证 / 支付单), sent by the payment
/// enterprise (规范 表3-10; XSD22 `PaymentHead`). It links to the order by `orderNo` and
/// `ebpCode`; it carries no `ebcCode`, no consignee and no item lines.
///
/// A plain record: every field has a validated type. Field names are the XSD element names in
/// snake case; the fixed `currency` (`142`) is not stored; `payerIdType` and `payerIdNumber`
/// are one [`IdDocument`].
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// let payment = sample::payment()?;
/// assert_eq!(payment.amount_paid.to_string(), "372.76");
/// assert_eq!(payment.pay_code.as_str(), "4403169D3W"); // Tenpay (财付通)
/// assert_eq!(payment.payer_id.to_string(), "110105********002X"); // masked
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Payment {
    /// `guid` 系统唯一序号 (len 36).
    pub guid: Guid,
    /// `appType` 报送类型.
    pub app_type: AppType,
    /// `appTime` 报送时间.
    pub app_time: CebTime,
    /// `appStatus` 业务状态.
    pub app_status: AppStatus,
    /// `payCode` 支付企业代码 (1..18).
    pub pay_code: EnterpriseCode,
    /// `payName` 支付企业名称 (1..100).
    pub pay_name: CebText<100>,
    /// `payTransactionId` 支付交易编号 (1..60): the payment enterprise's unique serial.
    pub pay_transaction_id: PayTransactionId,
    /// `orderNo` 订单编号 (1..60): the order paid for.
    pub order_no: OrderNo,
    /// `ebpCode` 电商平台代码 (1..18).
    pub ebp_code: EnterpriseCode,
    /// `ebpName` 电商平台名称 (1..100).
    pub ebp_name: CebText<100>,
    /// `payerIdType` 支付人证件类型 + `payerIdNumber` 支付人证件号码 (1..60), masked.
    pub payer_id: IdDocument,
    /// `payerName` 支付人姓名 (1..60), masked.
    pub payer_name: PersonName,
    /// `telephone` 支付人电话 (optional, ≤60), masked.
    pub telephone: Option<Phone>,
    /// `amountPaid` 支付金额 (N19,5): must equal the order's `acturalPaid`.
    pub amount_paid: CebDecimal,
    /// `payTime` 支付时间 (`YYYYMMDDhhmmss`).
    pub pay_time: CebTime,
    /// `note` 备注 (optional, ≤1000).
    pub note: Option<CebText<1000>>,
}
