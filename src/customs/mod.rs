//! China customs clearance of cross-border e-commerce retail imports (跨境电子商务零售进口):
//! the four documents, the three-document match (三单对碰), the pool that matches documents
//! as they arrive, and the customs receipts (回执).
//!
//! # The documents
//!
//! Before a parcel can clear, three companies each send customs one document through the
//! E-Port (电子口岸) or the single window (国际贸易"单一窗口"), and the declaring agent then
//! declares an inventory (申报清单) on their basis (海关总署公告2018年第194号 arts. 6 and 8, as
//! quoted by customs; responsible parties per 海关总署公告2018年第56号 and 第113号):
//!
//! | document | message | sender | type here |
//! |---|---|---|---|
//! | electronic order (电子订单) | CEB311 `Order{OrderHead, OrderList[1..99]}` | e-commerce platform or enterprise | [`Order`], [`OrderHead`], [`OrderLine`] |
//! | payment voucher (支付凭证) | CEB411 `PaymentHead` | payment enterprise | [`Payment`] |
//! | electronic waybill (物流运单) | CEB511 `LogisticsHead` | logistics enterprise | [`Waybill`] |
//! | import inventory (进口清单) | CEB621 `Inventory{InventoryHead, InventoryList[1..99]}` | declaring agent | [`Inventory`], [`InventoryHead`], [`InventoryLine`] |
//!
//! Field formats follow the 202205 edition of the message standard (海关跨境电商统一版系统企业
//! 对接报文规范（202205版）and its import XSD): every code and identifier is a validated newtype
//! ([`OrderNo`], [`EnterpriseCode`], [`LogisticsNo`], [`UnitCode`], …), every `N19,5` amount,
//! quantity and weight a [`CebDecimal`], every time a [`CebTime`]. Personal data uses the
//! masked types of [`party`](crate::party) (names, telephones, identity documents) and
//! [`ConsigneeAddress`]; `Debug` and `Display` never show it in full. The fixed currency `142`
//! ([`CebCurrency`]) is implied, not stored. The documents are plain records with public
//! fields (every combination of valid fields is a valid head), so a converter from the CEB XML
//! messages can build them field by field and report errors by element
//! ([`FieldError::with_element`], [`DocumentError`]).
//!
//! # The match
//!
//! [`match_documents`] checks one order's documents against every known rule — the join keys
//! and the consistency, arithmetic and limit rules ([`Rule`]) — and returns a [`MatchReport`]
//! listing **every** violation with its rule, evidence grade ([`EvidenceGrade`]), fields,
//! expected and actual values. Customs publishes no algorithm for the match; each rule carries
//! the grade of its evidence (the specification, an official text read second-hand,
//! practitioners' fixtures, or inference) and [`MatchOptions`] chooses which grades count
//! ([`Strictness`]), whether amounts may differ by a tolerance (exact by default), and how text
//! is compared. The transaction limits (5,000 CNY per transaction, 26,000 CNY per year,
//! 财关税〔2018〕49号) take the buyer's used annual amount from an [`AnnualQuota`].
//!
//! # The pool
//!
//! [`MatchPool`] is the incremental form: documents arrive in any order from different
//! senders; the pool keys them as the specification links them (`ebpCode` + `orderNo`; the
//! waybill by `orderNo`, chosen by the inventory's `logisticsCode` + `logisticsNo`), reports
//! each order as pending (naming what is missing), matched or mismatched, applies
//! modifications and deletions (`appType`), ignores stale messages (customs −301014), refuses
//! duplicates (−301010) and changes after the inventory is declared (−301011), and evicts
//! pending orders older than a caller-given age — returning them, never dropping them. The
//! library never reads the clock: the caller passes `now`.
//!
//! # Receipts
//!
//! [`ReturnStatus`] is the open list of receipt statuses (unknown codes kept verbatim,
//! negative codes are exception receipts), [`ReturnInfo`] parses the receipt text leniently
//! (`[Code:1327;Desc:…]`), [`DeclarationLifecycle`] validates the inventory's status
//! sequence (2 → 120 | 100 → 300/500/5xx/600 → 399 → 800 → 899, 700 returned), and
//! [`ReceiptMeaning`] classifies a status as processing, held, released, returned or rejected
//! for the shipment tracker.
//!
//! # CEB XML
//!
//! With the `ceb-xml` feature, the submodule `customs::ceb` reads and writes the CEB messages
//! themselves (CEB311/411/511/621 and their receipts CEB312/412/512/622) against the import XSD
//! of the 202205 edition, and refuses hostile input (DTDs, entities, oversize or deep XML) with
//! a typed error.
//!
//! # Example
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use crossborder::customs::{sample, MatchOptions, MatchPool, NoQuota, OrderStatus, Progress};
//!
//! let set = sample::matched_set()?;
//! let key = (set.order.head().ebp_code.clone(), set.order.head().order_no.clone());
//! let now = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
//!
//! let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
//! // The waybill arrives first, then the order, then the payment.
//! assert!(matches!(pool.submit(set.waybill.into(), now)?, Progress::Pending { .. }));
//! assert!(matches!(pool.submit(set.order.into(), now)?, Progress::Pending { .. }));
//! assert_eq!(pool.submit(set.payment.into(), now)?, Progress::Matched);
//! assert!(matches!(pool.status(&key.0, &key.1), Some(OrderStatus::Matched(_))));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#[cfg(feature = "ceb-xml")]
pub mod ceb;
mod documents;
mod matching;
mod pool;
mod receipt;
pub mod sample;

pub use documents::{
    AppStatus, AppType, BuyerRegNo, CebCurrency, CebDate, CebDecimal, CebText, CebTime,
    ConsigneeAddress, CopNo, CustomsCode, CustomsDocument, DistrictCode, DocumentError,
    DocumentKind, DocumentKinds, EnterpriseCode, FieldError, Gnum, Guid, HsCode, IeFlag, Inventory,
    InventoryHead, InventoryLine, InvtNo, LogisticsNo, Order, OrderHead, OrderLine, OrderNo,
    OrderType, PackNo, PayTransactionId, Payment, PreNo, ReturnTime, TradeMode, TransportMode,
    UnitCode, Waybill, WrapType,
};
pub use matching::{
    ANNUAL_LIMIT, AnnualQuota, DocumentSet, EvidenceGrade, FieldRef, LimitBasis, MatchOptions,
    MatchReport, NoQuota, ReportValue, Rule, RuleSet, SINGLE_TRANSACTION_LIMIT, Strictness,
    TextComparison, Violation, match_documents,
};
pub use pool::{Evicted, MatchPool, OrderStatus, PoolError, PoolMemory, Progress};
pub use receipt::{
    CustomsErrorCode, DeclarationLifecycle, InventoryReturn, LifecycleError, LogisticsReturn,
    OrderReturn, PaymentReturn, ReceiptMeaning, ReturnInfo, ReturnInfoEntry, ReturnStatus,
    Transition,
};

/// Any error of the customs module, for callers that handle several at once.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{CustomsError, OrderNo};
///
/// fn parse(s: &str) -> Result<OrderNo, CustomsError> {
///     Ok(s.parse()?)
/// }
/// assert!(matches!(parse(""), Err(CustomsError::Field(_))));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CustomsError {
    /// A field in the wrong format.
    #[error(transparent)]
    Field(#[from] FieldError),
    /// A document that cannot be built.
    #[error(transparent)]
    Document(#[from] DocumentError),
    /// A submission the pool refused.
    #[error(transparent)]
    Pool(#[from] PoolError),
    /// An impossible receipt status transition.
    #[error(transparent)]
    Lifecycle(#[from] LifecycleError),
    /// A CEB XML message could not be read (feature `ceb-xml`).
    #[cfg(feature = "ceb-xml")]
    #[error(transparent)]
    Xml(#[from] ceb::CebError),
    /// A CEB XML message breaks the official schema and was not written (feature `ceb-xml`).
    #[cfg(feature = "ceb-xml")]
    #[error(transparent)]
    Schema(#[from] ceb::SchemaError),
    /// A CEB XML record does not convert to or from its domain document (feature `ceb-xml`).
    #[cfg(feature = "ceb-xml")]
    #[error(transparent)]
    Convert(#[from] ceb::ConvertError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_and_sync() {
        fn assert<T: Send + Sync>() {}
        assert::<Order>();
        assert::<Payment>();
        assert::<Waybill>();
        assert::<Inventory>();
        assert::<CustomsDocument>();
        assert::<MatchReport>();
        assert::<MatchPool<NoQuota>>();
        assert::<ReturnStatus>();
        assert::<ReturnInfo>();
        assert::<DeclarationLifecycle>();
        assert::<CustomsError>();
    }
}
