//! The four documents of a cross-border retail import — the order (电子订单, CEB311), the
//! payment voucher (支付凭证, CEB411), the waybill (物流运单, CEB511) and the inventory
//! (进口清单, CEB621) — and their field types.
//!
//! Field formats follow the import XSD of the 202205 standard (海关跨境电商统一版系统企业对接
//! 报文规范（202205版）, `ceb-import-202205.xsd`): string lengths in characters, `N19,5`
//! decimals, fixed-length codes, `YYYYMMDDhhmmss` times.

mod address;
mod buyer;
mod codes;
mod compact;
mod decimal;
mod error;
mod inventory;
mod order;
mod payment;
pub(super) mod text;
mod time;
mod waybill;

pub use address::ConsigneeAddress;
pub use buyer::BuyerRegNo;
pub use codes::{
    AppStatus, AppType, CebCurrency, DocumentKind, DocumentKinds, Gnum, IeFlag, OrderType, PackNo,
};
pub use decimal::CebDecimal;
pub use error::{DocumentError, FieldError};
pub use inventory::{Inventory, InventoryHead, InventoryLine};
pub use order::{Order, OrderHead, OrderLine};
pub use payment::Payment;
pub use text::{
    CebText, CopNo, CustomsCode, DistrictCode, EnterpriseCode, Guid, HsCode, InvtNo, LogisticsNo,
    OrderNo, PayTransactionId, PreNo, TradeMode, TransportMode, UnitCode, WrapType,
};
pub use time::{CebDate, CebTime, ReturnTime};
pub use waybill::Waybill;

/// Checks the item lines of an order or inventory: 1 to 99 lines, distinct `gnum`s.
fn check_lines(
    document: DocumentKind,
    gnums: impl Iterator<Item = Gnum>,
    count: usize,
) -> Result<(), DocumentError> {
    if count == 0 {
        return Err(DocumentError::NoLines { document });
    }
    if count > Order::MAX_LINES {
        return Err(DocumentError::TooManyLines { document, found: count, max: Order::MAX_LINES });
    }
    // One bit per possible gnum (1..=9999).
    let mut seen = [0u64; 157];
    for gnum in gnums {
        let n = usize::from(gnum.get());
        let (word, bit) = (n / 64, 1u64 << (n % 64));
        let Some(slot) = seen.get_mut(word) else { continue };
        if *slot & bit != 0 {
            return Err(DocumentError::DuplicateGnum { document, gnum });
        }
        *slot |= bit;
    }
    Ok(())
}

/// Any one of the four documents, as submitted to a [`MatchPool`](super::MatchPool).
///
/// # Examples
///
/// ```
/// use crossborder::customs::{sample, CustomsDocument, DocumentKind};
///
/// let doc = CustomsDocument::from(sample::payment()?);
/// assert_eq!(doc.kind(), DocumentKind::Payment);
/// assert_eq!(doc.order_no().as_str(), "SO-2026-0001");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum CustomsDocument {
    /// An electronic order, CEB311.
    Order(Box<Order>),
    /// A payment voucher, CEB411.
    Payment(Box<Payment>),
    /// An electronic waybill, CEB511.
    Waybill(Box<Waybill>),
    /// An import inventory, CEB621.
    Inventory(Box<Inventory>),
}

impl CustomsDocument {
    /// Which document this is.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{sample, CustomsDocument, DocumentKind};
    ///
    /// assert_eq!(CustomsDocument::from(sample::order()?).kind(), DocumentKind::Order);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> DocumentKind {
        match self {
            Self::Order(_) => DocumentKind::Order,
            Self::Payment(_) => DocumentKind::Payment,
            Self::Waybill(_) => DocumentKind::Waybill,
            Self::Inventory(_) => DocumentKind::Inventory,
        }
    }

    /// The order number the document refers to (`orderNo`; every one of the four carries it).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{sample, CustomsDocument};
    ///
    /// let doc = CustomsDocument::from(sample::waybill()?);
    /// assert_eq!(doc.order_no().as_str(), "SO-2026-0001");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn order_no(&self) -> &OrderNo {
        match self {
            Self::Order(d) => &d.head().order_no,
            Self::Payment(d) => &d.order_no,
            Self::Waybill(d) => &d.order_no,
            Self::Inventory(d) => &d.head().order_no,
        }
    }

    /// The submission header: `appType`, `appTime`, `appStatus`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{sample, AppType, CustomsDocument};
    ///
    /// let (app_type, app_time, _status) = CustomsDocument::from(sample::order()?).submission();
    /// assert_eq!(app_type, AppType::New);
    /// assert_eq!(app_time.to_string(), "20260301100000");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn submission(&self) -> (AppType, CebTime, AppStatus) {
        match self {
            Self::Order(d) => (d.head().app_type, d.head().app_time, d.head().app_status),
            Self::Payment(d) => (d.app_type, d.app_time, d.app_status),
            Self::Waybill(d) => (d.app_type, d.app_time, d.app_status),
            Self::Inventory(d) => (d.head().app_type, d.head().app_time, d.head().app_status),
        }
    }
}

impl From<Order> for CustomsDocument {
    fn from(d: Order) -> Self {
        Self::Order(Box::new(d))
    }
}

impl From<Payment> for CustomsDocument {
    fn from(d: Payment) -> Self {
        Self::Payment(Box::new(d))
    }
}

impl From<Waybill> for CustomsDocument {
    fn from(d: Waybill) -> Self {
        Self::Waybill(Box::new(d))
    }
}

impl From<Inventory> for CustomsDocument {
    fn from(d: Inventory) -> Self {
        Self::Inventory(Box::new(d))
    }
}
