//! The import inventory (进口清单, 申报清单), CEB621: `InventoryHead` and `InventoryList`.

use super::{
    AppStatus, AppType, CebDate, CebDecimal, CebText, CebTime, ConsigneeAddress, CopNo,
    CustomsCode, DocumentError, DocumentKind, EnterpriseCode, Gnum, Guid, HsCode, IeFlag, InvtNo,
    LogisticsNo, OrderNo, PackNo, PreNo, TradeMode, TransportMode, UnitCode, WrapType, check_lines,
};
use crate::geo::CustomsCountryCode;
use crate::party::{IdDocument, PersonName, Phone};

/// The head of an import inventory (`InventoryHead` of CEB621, 进口清单表头), declared by the
/// e-commerce enterprise or its agent on the basis of the three documents (规范 表3-31; XSD22
/// `InventoryHead`; 海关总署公告2018年第194号 art. 8 as quoted by customs).
///
/// A plain record: every field has a validated type. Field names are the XSD element names in
/// snake case; the fixed `currency` (`142`) is not stored; `buyerIdType` and `buyerIdNumber`
/// are one [`IdDocument`]. The inventory has no consignee name or telephone, only the address.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{sample, TradeMode};
///
/// let inventory = sample::inventory()?;
/// let head = inventory.head();
/// assert_eq!(head.trade_mode, TradeMode::DIRECT_PURCHASE);
/// assert_eq!(head.logistics_no.as_str(), "SF1234567890123");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct InventoryHead {
    /// `guid` 系统唯一序号 (len 36).
    pub guid: Guid,
    /// `appType` 报送类型.
    pub app_type: AppType,
    /// `appTime` 报送时间.
    pub app_time: CebTime,
    /// `appStatus` 业务状态 (XSD default `1` 暂存; `2` 申报 requires a signature).
    pub app_status: AppStatus,
    /// `orderNo` 订单编号 (1..60) → CEB311.
    pub order_no: OrderNo,
    /// `ebpCode` 电商平台代码 (1..18) → CEB311.
    pub ebp_code: EnterpriseCode,
    /// `ebpName` 电商平台名称 (1..100).
    pub ebp_name: CebText<100>,
    /// `ebcCode` 电商企业代码 (1..18) → CEB311.
    pub ebc_code: EnterpriseCode,
    /// `ebcName` 电商企业名称 (1..100).
    pub ebc_name: CebText<100>,
    /// `logisticsNo` 物流运单编号 (1..60) → CEB511.
    pub logistics_no: LogisticsNo,
    /// `logisticsCode` 物流企业代码 (1..18) → CEB511.
    pub logistics_code: EnterpriseCode,
    /// `logisticsName` 物流企业名称 (1..100).
    pub logistics_name: CebText<100>,
    /// `copNo` 企业内部编号 (optional, ≤20): the key echoed in the receipt CEB622.
    pub cop_no: Option<CopNo>,
    /// `preNo` 预录入编号 (optional, ≤18), assigned by the E-Port.
    pub pre_no: Option<PreNo>,
    /// `assureCode` 担保企业编号 (1..30).
    pub assure_code: CebText<30>,
    /// `emsNo` 账册编号 (optional, ≤30): bonded mode's account book.
    pub ems_no: Option<CebText<30>>,
    /// `invtNo` 清单编号 (optional, ≤18), assigned by customs.
    pub invt_no: Option<InvtNo>,
    /// `ieFlag` 进出口标记.
    pub ie_flag: IeFlag,
    /// `declTime` 申报日期 (`YYYYMMDD`).
    pub decl_time: CebDate,
    /// `customsCode` 申报海关代码 (len 4).
    pub customs_code: CustomsCode,
    /// `portCode` 口岸海关代码 (len 4).
    pub port_code: CustomsCode,
    /// `ieDate` 进口日期 (optional, `YYYYMMDD`).
    pub ie_date: Option<CebDate>,
    /// `buyerIdType` 订购人证件类型 + `buyerIdNumber` 订购人证件号码, masked.
    pub buyer_id: IdDocument,
    /// `buyerName` 订购人姓名 (1..60), masked.
    pub buyer_name: PersonName,
    /// `buyerTelephone` 订购人电话 (1..30), masked.
    pub buyer_telephone: Phone,
    /// `consigneeAddress` 收件地址 (1..200), masked.
    pub consignee_address: ConsigneeAddress,
    /// `agentCode` 申报企业代码 (1..18).
    pub agent_code: EnterpriseCode,
    /// `agentName` 申报企业名称 (1..100).
    pub agent_name: CebText<100>,
    /// `areaCode` 区内企业代码 (optional, ≤18): bonded mode's zone enterprise.
    pub area_code: Option<EnterpriseCode>,
    /// `areaName` 区内企业名称 (optional, ≤100).
    pub area_name: Option<CebText<100>>,
    /// `tradeMode` 贸易方式 (len 4): `9610` or `1210`.
    pub trade_mode: TradeMode,
    /// `trafMode` 运输方式 (len 1, JGS-20).
    pub traf_mode: TransportMode,
    /// `trafNo` 运输工具编号 (optional, ≤100; required for direct purchase).
    pub traf_no: Option<CebText<100>>,
    /// `voyageNo` 航班航次号 (optional, ≤32; required for direct purchase).
    pub voyage_no: Option<CebText<32>>,
    /// `billNo` 提运单号 (optional, ≤37; required for direct purchase).
    pub bill_no: Option<CebText<37>>,
    /// `loctNo` 监管场所代码 (optional, ≤10).
    pub loct_no: Option<CebText<10>>,
    /// `licenseNo` 许可证件号 (optional, ≤19).
    pub license_no: Option<CebText<19>>,
    /// `country` 起运国（地区） (len 3): direct purchase, the country of departure; bonded,
    /// `142`.
    pub country: CustomsCountryCode,
    /// `freight` 运费 (N19,5): charged by the logistics enterprise.
    pub freight: CebDecimal,
    /// `insuredFee` 保费 (N19,5): charged by the logistics enterprise.
    pub insured_fee: CebDecimal,
    /// `wrapType` 包装种类代码 (optional, len 1).
    pub wrap_type: Option<WrapType>,
    /// `packNo` 件数: the specification limits it to 1.
    pub pack_no: PackNo,
    /// `grossWeight` 毛重 (N19,5), kilograms.
    pub gross_weight: CebDecimal,
    /// `netWeight` 净重 (N19,5), kilograms.
    pub net_weight: CebDecimal,
    /// `note` 备注 (optional, ≤1000).
    pub note: Option<CebText<1000>>,
}

/// An item line of an import inventory (`InventoryList` of CEB621, 进口清单表体; XSD22
/// `InventoryList`, 1 to 99 per inventory). Its `gnum` corresponds one to one to the order
/// line with the same number, and its `gname` must agree with the order (规范 表3-32).
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// let inventory = sample::inventory()?;
/// let line = &inventory.lines()[0];
/// assert_eq!(line.gname.as_str(), "婴儿配方奶粉");
/// assert_eq!(line.gcode.as_str(), "1901101000");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct InventoryLine {
    /// `gnum` 序号 (from 1) ↔ the order line's `gnum`.
    pub gnum: Gnum,
    /// `itemRecordNo` 账册备案料号 (optional, ≤30; required for bonded).
    pub item_record_no: Option<CebText<30>>,
    /// `itemNo` 企业商品货号 (optional, ≤20 in XSD22).
    pub item_no: Option<CebText<20>>,
    /// `itemName` 企业商品品名 (optional, ≤250).
    pub item_name: Option<CebText<250>>,
    /// `gcode` 商品编码 (len 10).
    pub gcode: HsCode,
    /// `gname` 商品名称 (1..250): "与电子订单一致".
    pub gname: CebText<250>,
    /// `gmodel` 商品规格型号 (1..510).
    pub gmodel: CebText<510>,
    /// `barCode` 条码 (optional, ≤50).
    pub bar_code: Option<CebText<50>>,
    /// `country` 原产国（地区） (len 3).
    pub country: CustomsCountryCode,
    /// `tradeCountry` 贸易国 (optional, 1..3).
    pub trade_country: Option<CustomsCountryCode>,
    /// `qty` 数量 (N19,5): the declared quantity.
    pub qty: CebDecimal,
    /// `unit` 计量单位 (len 3).
    pub unit: UnitCode,
    /// `qty1` 法定数量 (N19,5): the first legal quantity.
    pub qty1: CebDecimal,
    /// `unit1` 法定计量单位 (len 3).
    pub unit1: UnitCode,
    /// `qty2` 第二数量 (optional, N19,5).
    pub qty2: Option<CebDecimal>,
    /// `unit2` 第二计量单位 (optional, len 3).
    pub unit2: Option<UnitCode>,
    /// `price` 单价 (N19,5).
    pub price: CebDecimal,
    /// `totalPrice` 总价 (N19,5).
    pub total_price: CebDecimal,
    /// `note` 备注 (optional, ≤1000).
    pub note: Option<CebText<1000>>,
}

/// An import inventory (`Inventory` of CEB621, 进口清单 / 申报清单): a head and 1 to 99 item
/// lines with distinct `gnum`s.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{sample, Inventory};
///
/// let (head, lines) = sample::inventory()?.into_parts();
/// assert!(Inventory::try_new(head, Vec::new()).is_err()); // no lines
/// # let _ = lines;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Inventory {
    head: InventoryHead,
    lines: Vec<InventoryLine>,
}

impl Inventory {
    /// The largest number of item lines (XSD22 `maxOccurs="99"`).
    pub const MAX_LINES: usize = 99;

    /// An inventory from its head and item lines.
    ///
    /// # Errors
    ///
    /// [`DocumentError::NoLines`], [`DocumentError::TooManyLines`], or
    /// [`DocumentError::DuplicateGnum`] (customs −621027).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{sample, Inventory};
    ///
    /// let (head, lines) = sample::inventory()?.into_parts();
    /// assert_eq!(Inventory::try_new(head, lines)?.lines().len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(head: InventoryHead, lines: Vec<InventoryLine>) -> Result<Self, DocumentError> {
        check_lines(DocumentKind::Inventory, lines.iter().map(|l| l.gnum), lines.len())?;
        Ok(Self { head, lines })
    }

    /// The head.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::sample;
    ///
    /// assert_eq!(sample::inventory()?.head().order_no.as_str(), "SO-2026-0001");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn head(&self) -> &InventoryHead {
        &self.head
    }

    /// The item lines, in the order given.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::sample;
    ///
    /// assert_eq!(sample::inventory()?.lines()[1].gnum.get(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lines(&self) -> &[InventoryLine] {
        &self.lines
    }

    /// The item line numbered `gnum`, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{sample, Gnum};
    ///
    /// assert!(sample::inventory()?.line(Gnum::try_new(1)?).is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn line(&self, gnum: Gnum) -> Option<&InventoryLine> {
        self.lines.iter().find(|l| l.gnum == gnum)
    }

    /// The head and lines, to change them and build a new inventory.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::sample;
    ///
    /// let (head, lines) = sample::inventory()?.into_parts();
    /// assert_eq!(lines.len(), 2);
    /// # let _ = head;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_parts(self) -> (InventoryHead, Vec<InventoryLine>) {
        (self.head, self.lines)
    }

    /// The head, mutably (every head is well-formed).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{sample, AppStatus};
    ///
    /// let mut inventory = sample::inventory()?;
    /// inventory.head_mut().app_status = AppStatus::Draft;
    /// assert_eq!(inventory.head().app_status, AppStatus::Draft);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn head_mut(&mut self) -> &mut InventoryHead {
        &mut self.head
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Inventory {
    /// Through [`Inventory::try_new`], so the line rules hold.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Raw {
            head: InventoryHead,
            lines: Vec<InventoryLine>,
        }
        let raw = Raw::deserialize(deserializer)?;
        Self::try_new(raw.head, raw.lines).map_err(serde::de::Error::custom)
    }
}
