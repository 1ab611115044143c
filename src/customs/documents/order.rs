//! The electronic order (电子订单), CEB311: `OrderHead` and `OrderList`.

use super::{
    AppStatus, AppType, BuyerRegNo, CebDecimal, CebText, CebTime, ConsigneeAddress, DistrictCode,
    DocumentError, DocumentKind, EnterpriseCode, Gnum, Guid, OrderNo, OrderType, PayTransactionId,
    UnitCode, check_lines,
};
use crate::geo::CustomsCountryCode;
use crate::party::{IdDocument, PersonName, Phone};

/// The head of an electronic order (`OrderHead` of CEB311, 电子订单表头), sent by the
/// e-commerce platform or enterprise (规范 表3-3; XSD22 `OrderHead`).
///
/// A plain record: every field has a validated type, so every combination of values is a
/// well-formed head. Consistency between fields (the amount identity of `acturalPaid`) and
/// with the other documents is the business of the [match](crate::customs::match_documents),
/// which reports it instead of refusing it.
///
/// Field names are the XSD element names in snake case (`acturalPaid`, misspelt in the XSD,
/// is `actural_paid`). The `currency` element is fixed to `142` by the XSD and not stored
/// (see [`CebCurrency`](super::CebCurrency)); `buyerIdType` and `buyerIdNumber` are one
/// [`IdDocument`] ([`IdDocument::customs_id_type`] gives the type code).
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// let order = sample::order()?;
/// let head = order.head();
/// assert_eq!(head.order_no.as_str(), "SO-2026-0001");
/// assert_eq!(head.actural_paid.to_string(), "372.76");
/// assert_eq!(head.buyer_name.to_string(), "张*"); // masked
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OrderHead {
    /// `guid` 系统唯一序号 (len 36).
    pub guid: Guid,
    /// `appType` 报送类型.
    pub app_type: AppType,
    /// `appTime` 报送时间 (`YYYYMMDDhhmmss`).
    pub app_time: CebTime,
    /// `appStatus` 业务状态.
    pub app_status: AppStatus,
    /// `orderType` 订单类型 (`I`).
    pub order_type: OrderType,
    /// `orderNo` 订单编号 (1..60), unique within the platform.
    pub order_no: OrderNo,
    /// `ebpCode` 电商平台代码 (1..18).
    pub ebp_code: EnterpriseCode,
    /// `ebpName` 电商平台名称 (1..100).
    pub ebp_name: CebText<100>,
    /// `ebcCode` 电商企业代码 (1..18).
    pub ebc_code: EnterpriseCode,
    /// `ebcName` 电商企业名称 (1..100).
    pub ebc_name: CebText<100>,
    /// `goodsValue` 商品价格 (N19,5): the actual transaction price of the goods, including the
    /// non-cash deductions.
    pub goods_value: CebDecimal,
    /// `freight` 运杂费 (N19,5): freight and charges not in the goods price; `0` if none.
    pub freight: CebDecimal,
    /// `discount` 非现金抵扣金额 (N19,5): points, coupons, virtual currency; `0` if none.
    pub discount: CebDecimal,
    /// `taxTotal` 代扣税款 (N19,5): tax withheld by the enterprise; `0` if none.
    pub tax_total: CebDecimal,
    /// `acturalPaid` (sic) 实际支付金额 (N19,5): "商品价格+运杂费+代扣税款-非现金抵扣金额，与支付
    /// 凭证的支付金额一致".
    pub actural_paid: CebDecimal,
    /// `buyerRegNo` 订购人注册号 (1..60): the buyer's account on the platform, masked.
    pub buyer_reg_no: BuyerRegNo,
    /// `buyerName` 订购人姓名 (1..60), masked.
    pub buyer_name: PersonName,
    /// `buyerTelephone` 订购人电话 (1..30), masked.
    pub buyer_telephone: Phone,
    /// `buyerIdType` 订购人证件类型 + `buyerIdNumber` 订购人证件号码 (1..60), masked.
    pub buyer_id: IdDocument,
    /// `payCode` 支付企业代码 (optional, ≤18).
    pub pay_code: Option<EnterpriseCode>,
    /// `payName` 支付企业名称 (optional, ≤100).
    pub pay_name: Option<CebText<100>>,
    /// `payTransactionId` 支付交易编号 (optional, ≤60).
    pub pay_transaction_id: Option<PayTransactionId>,
    /// `batchNumbers` 商品批次号 (optional, ≤100).
    pub batch_numbers: Option<CebText<100>>,
    /// `consignee` 收货人姓名 (XSD 1..100; [`PersonName`] holds at most 60 characters),
    /// masked. Must agree with the waybill's.
    pub consignee: PersonName,
    /// `consigneeTelephone` 收货人电话 (1..50), masked. Must agree with the waybill's.
    pub consignee_telephone: Phone,
    /// `consigneeAddress` 收货地址 (1..200), masked. Must agree with the waybill's.
    pub consignee_address: ConsigneeAddress,
    /// `consigneeDistrict` 收货地址行政区划代码 (optional, len 6).
    pub consignee_district: Option<DistrictCode>,
    /// `note` 备注 (optional, ≤1000).
    pub note: Option<CebText<1000>>,
}

/// An item line of an electronic order (`OrderList` of CEB311, 电子订单表体; XSD22
/// `OrderList`, 1 to 99 per order).
///
/// `totalPrice` "等于单价乘以数量" (equals `price × qty`; rule R6 of the match); gifts have
/// `price` 0. The `currency` element is fixed to `142` and not stored.
///
/// # Examples
///
/// ```
/// use crossborder::customs::sample;
///
/// let order = sample::order()?;
/// let line = &order.lines()[0];
/// assert_eq!(line.gnum.get(), 1);
/// assert_eq!(line.total_price.to_string(), "299");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OrderLine {
    /// `gnum` 商品序号 (from 1).
    pub gnum: Gnum,
    /// `itemNo` 企业商品货号 (optional, ≤30).
    pub item_no: Option<CebText<30>>,
    /// `itemName` 企业商品名称 (1..250): the Chinese name as sold on the platform.
    pub item_name: CebText<250>,
    /// `gmodel` 商品规格型号 (1..510).
    pub gmodel: CebText<510>,
    /// `itemDescribe` 企业商品描述 (optional, ≤1000).
    pub item_describe: Option<CebText<1000>>,
    /// `barCode` 条形码 (optional, ≤50).
    pub bar_code: Option<CebText<50>>,
    /// `unit` 单位 (len 3, JGS-20).
    pub unit: UnitCode,
    /// `qty` 数量 (N19,5).
    pub qty: CebDecimal,
    /// `price` 单价 (N19,5); `0` for a gift.
    pub price: CebDecimal,
    /// `totalPrice` 总价 (N19,5) = `price × qty`.
    pub total_price: CebDecimal,
    /// `country` 原产国 (len 3, customs country code).
    pub country: CustomsCountryCode,
    /// `note` 备注 (optional, ≤1000).
    pub note: Option<CebText<1000>>,
}

/// An electronic order (`Order` of CEB311, 电子订单): a head and 1 to 99 item lines with
/// distinct `gnum`s.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{sample, DocumentError, DocumentKind, Order};
///
/// let order = sample::order()?;
/// let (head, mut lines) = order.into_parts();
/// lines.push(lines[0].clone()); // the same gnum twice
/// let err = Order::try_new(head, lines).unwrap_err();
/// assert!(matches!(err, DocumentError::DuplicateGnum { document: DocumentKind::Order, .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Order {
    head: OrderHead,
    lines: Vec<OrderLine>,
}

impl Order {
    /// The largest number of item lines (XSD22 `maxOccurs="99"`).
    pub const MAX_LINES: usize = 99;

    /// An order from its head and item lines.
    ///
    /// # Errors
    ///
    /// [`DocumentError::NoLines`] (customs −301001), [`DocumentError::TooManyLines`], or
    /// [`DocumentError::DuplicateGnum`] (customs −301002).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{sample, Order};
    ///
    /// let (head, lines) = sample::order()?.into_parts();
    /// let order = Order::try_new(head, lines)?;
    /// assert_eq!(order.lines().len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(head: OrderHead, lines: Vec<OrderLine>) -> Result<Self, DocumentError> {
        check_lines(DocumentKind::Order, lines.iter().map(|l| l.gnum), lines.len())?;
        Ok(Self { head, lines })
    }

    /// The head.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::sample;
    ///
    /// assert_eq!(sample::order()?.head().ebp_code.as_str(), "3301963K69");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn head(&self) -> &OrderHead {
        &self.head
    }

    /// The item lines, in the order given.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::sample;
    ///
    /// assert_eq!(sample::order()?.lines().len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lines(&self) -> &[OrderLine] {
        &self.lines
    }

    /// The item line numbered `gnum`, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{sample, Gnum};
    ///
    /// let order = sample::order()?;
    /// assert!(order.line(Gnum::try_new(2)?).is_some());
    /// assert!(order.line(Gnum::try_new(3)?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn line(&self, gnum: Gnum) -> Option<&OrderLine> {
        self.lines.iter().find(|l| l.gnum == gnum)
    }

    /// The head and lines, to change them and build a new order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{sample, AppType, Order};
    ///
    /// let (mut head, lines) = sample::order()?.into_parts();
    /// head.app_type = AppType::Modify;
    /// let modified = Order::try_new(head, lines)?;
    /// assert_eq!(modified.head().app_type, AppType::Modify);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_parts(self) -> (OrderHead, Vec<OrderLine>) {
        (self.head, self.lines)
    }

    /// The head, mutably: every head is well-formed, so it can be changed in place (the lines
    /// cannot, as they carry the `gnum` invariant).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{sample, AppStatus};
    ///
    /// let mut order = sample::order()?;
    /// order.head_mut().app_status = AppStatus::Draft;
    /// assert_eq!(order.head().app_status, AppStatus::Draft);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn head_mut(&mut self) -> &mut OrderHead {
        &mut self.head
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Order {
    /// Through [`Order::try_new`], so the line rules hold.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Raw {
            head: OrderHead,
            lines: Vec<OrderLine>,
        }
        let raw = Raw::deserialize(deserializer)?;
        Self::try_new(raw.head, raw.lines).map_err(serde::de::Error::custom)
    }
}
