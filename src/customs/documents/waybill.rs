//! The electronic waybill (物流运单), CEB511: `LogisticsHead`.

use super::{
    AppStatus, AppType, CebDecimal, CebText, CebTime, ConsigneeAddress, EnterpriseCode, Guid,
    LogisticsNo, OrderNo, PackNo,
};
use crate::party::{PersonName, Phone};

/// An electronic waybill (`LogisticsHead` of CEB511, 物流运单), sent by the logistics
/// enterprise (规范 表3-17; XSD22 `LogisticsHead`). It links to the order by `orderNo` (made
/// mandatory by 海关总署公告2018年第113号) and is named by the inventory through
/// `logisticsCode` + `logisticsNo`.
///
/// A plain record: every field has a validated type. Field names are the XSD element names in
/// snake case; the fixed `currency` (`142`) is not stored. `freight` and `insuredFee` are
/// optional in the XSD (the PDF says required).
///
/// # Examples
///
/// ```
/// use crossborder::customs::{sample, PackNo};
///
/// let waybill = sample::waybill()?;
/// assert_eq!(waybill.logistics_no.as_str(), "SF1234567890123");
/// assert_eq!(waybill.pack_no, PackNo::ONE);
/// assert_eq!(waybill.consignee_telephone.to_string(), "139****5678"); // masked
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Waybill {
    /// `guid` 系统唯一序号 (len 36).
    pub guid: Guid,
    /// `appType` 报送类型.
    pub app_type: AppType,
    /// `appTime` 报送时间.
    pub app_time: CebTime,
    /// `appStatus` 业务状态.
    pub app_status: AppStatus,
    /// `logisticsCode` 物流企业代码 (1..18).
    pub logistics_code: EnterpriseCode,
    /// `logisticsName` 物流企业名称 (1..100).
    pub logistics_name: CebText<100>,
    /// `logisticsNo` 物流运单编号 (1..60).
    pub logistics_no: LogisticsNo,
    /// `billNo` 提运单号 (optional, ≤37): B/L, master air waybill or road manifest.
    pub bill_no: Option<CebText<37>>,
    /// `orderNo` 订单编号 (1..60).
    pub order_no: OrderNo,
    /// `freight` 运费 (optional, N19,5).
    pub freight: Option<CebDecimal>,
    /// `insuredFee` 保价费 (optional, N19,5).
    pub insured_fee: Option<CebDecimal>,
    /// `weight` 毛重 (N19,5), kilograms.
    pub weight: CebDecimal,
    /// `packNo` 件数: the specification limits it to 1.
    pub pack_no: PackNo,
    /// `goodsInfo` 主要货物信息 (optional, ≤200).
    pub goods_info: Option<CebText<200>>,
    /// `consignee` 收货人姓名 (XSD 1..100; [`PersonName`] holds at most 60 characters),
    /// masked.
    pub consignee: PersonName,
    /// `consigneeAddress` 收货地址 (1..200), masked.
    pub consignee_address: ConsigneeAddress,
    /// `consigneeTelephone` 收货人电话 (1..50), masked.
    pub consignee_telephone: Phone,
    /// `note` 备注 (optional, ≤1000).
    pub note: Option<CebText<1000>>,
}
