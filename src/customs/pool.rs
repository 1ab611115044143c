//! [`MatchPool`]: the incremental three-document match, as customs and brokers run it on a
//! stream of documents arriving in any order.

use std::collections::HashMap;
use std::mem::size_of;

use chrono::{DateTime, TimeDelta, Utc};

use super::{
    AnnualQuota, AppStatus, AppType, CebTime, CustomsDocument, CustomsErrorCode, DocumentKind,
    DocumentKinds, DocumentSet, EnterpriseCode, Inventory, MatchOptions, MatchReport, Order,
    OrderNo, Payment, Rule, Waybill, match_documents,
};

/// What happened to the order a submitted document belongs to.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{DocumentKind, DocumentKinds, Progress};
///
/// let p = Progress::Pending { missing: DocumentKinds::EMPTY.with(DocumentKind::Payment) };
/// assert_eq!(p.to_string(), "pending: waiting for payment");
/// assert_eq!(Progress::Mismatched { violations: 2 }.to_string(), "mismatched: 2 violations");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Progress {
    /// The order waits for the documents named. An inventory is named when several waybills
    /// carry the order number and only the inventory's `logisticsNo` can choose one.
    Pending {
        /// The documents still missing.
        missing: DocumentKinds,
    },
    /// All documents are present and every rule holds.
    Matched,
    /// All documents are present and some rules are violated; see
    /// [`MatchPool::status`] for the report.
    Mismatched {
        /// The number of violations.
        violations: usize,
    },
    /// The deletion left no document of this order in the pool.
    Withdrawn,
}

impl std::fmt::Display for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Pending { missing } => write!(f, "pending: waiting for {missing}"),
            Self::Matched => f.write_str("matched"),
            Self::Mismatched { violations: 1 } => f.write_str("mismatched: 1 violation"),
            Self::Mismatched { violations } => write!(f, "mismatched: {violations} violations"),
            Self::Withdrawn => f.write_str("withdrawn"),
        }
    }
}

/// The state of one order in the pool, borrowed.
///
/// # Examples
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use crossborder::customs::{sample, MatchOptions, MatchPool, NoQuota, OrderStatus};
///
/// let now = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
/// let mut set = sample::matched_set()?;
/// set.payment.amount_paid = "1".parse()?;
/// let (ebp, no) = (set.order.head().ebp_code.clone(), set.order.head().order_no.clone());
/// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
/// for doc in [set.order.into(), set.payment.into(), set.waybill.into()] {
///     pool.submit(doc, now)?;
/// }
/// let Some(OrderStatus::Mismatched(report)) = pool.status(&ebp, &no) else {
///     return Err("expected a mismatch".into());
/// };
/// assert_eq!(report.violations()[0].rule().code(), "R2");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderStatus<'a> {
    /// Waiting for the documents named.
    Pending {
        /// The documents still missing.
        missing: DocumentKinds,
    },
    /// Every rule holds; the report lists the rules not evaluated.
    Matched(&'a MatchReport),
    /// Some rules are violated.
    Mismatched(&'a MatchReport),
}

/// A submission the pool refused, with the customs error code customs returns for it.
///
/// # Examples
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use crossborder::customs::{sample, CustomsErrorCode, MatchOptions, MatchPool, NoQuota, PoolError};
///
/// let now = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
/// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
/// pool.submit(sample::order()?.into(), now)?;
/// let err = pool.submit(sample::order()?.into(), now).unwrap_err();
/// assert!(matches!(err, PoolError::Duplicate { .. }));
/// assert_eq!(err.customs_code(), Some(CustomsErrorCode::ORDER_DUPLICATE));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PoolError {
    /// A new document (`appType` 1) whose key is already in the pool (rule R19; customs
    /// −301010 order, −401007 payment, −621004 inventory). Send a modification (`appType` 2)
    /// instead.
    #[error("duplicate {document}: a document with this key is already in the pool")]
    Duplicate {
        /// The document refused.
        document: DocumentKind,
    },
    /// A modification or deletion not newer than the stored document (rule R18; customs
    /// −301014 order, −401012 payment, −621055 inventory). Customs ignores such a message;
    /// resend with a later `appTime`.
    #[error("stale {document}: appTime {received} is not after the stored {stored}")]
    Stale {
        /// The document refused.
        document: DocumentKind,
        /// The stored document's `appTime`.
        stored: CebTime,
        /// The refused document's `appTime`.
        received: CebTime,
    },
    /// A change to an order, payment or waybill whose inventory is already declared
    /// (`appStatus` 2) (rule R19; customs −301011 "该订单已向海关申报清单，状态不符").
    #[error("{document} cannot change: the order's inventory is already declared")]
    AlreadyDeclared {
        /// The document refused.
        document: DocumentKind,
    },
    /// A modification or deletion of a document that is not in the pool.
    #[error("{} of a {document} that is not in the pool", submission_name(*.app_type))]
    NotFound {
        /// The document refused.
        document: DocumentKind,
        /// Its `appType` (modify or delete).
        app_type: AppType,
    },
}

impl PoolError {
    /// The customs error code customs returns for the same refusal, where one is known
    /// (规范202205 表7-2; −621055 is practitioner-reported).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{CustomsErrorCode, DocumentKind, PoolError};
    ///
    /// let e = PoolError::AlreadyDeclared { document: DocumentKind::Order };
    /// assert_eq!(e.customs_code(), Some(CustomsErrorCode::ORDER_INVENTORY_DECLARED));
    /// assert_eq!(PoolError::Duplicate { document: DocumentKind::Waybill }.customs_code(), None);
    /// ```
    pub fn customs_code(&self) -> Option<CustomsErrorCode> {
        match self {
            Self::Duplicate { document } => match document {
                DocumentKind::Order => Some(CustomsErrorCode::ORDER_DUPLICATE),
                DocumentKind::Payment => Some(CustomsErrorCode::PAYMENT_DUPLICATE),
                DocumentKind::Inventory => Some(CustomsErrorCode::INVENTORY_DUPLICATE),
                DocumentKind::Waybill => None,
            },
            Self::Stale { document, .. } => match document {
                DocumentKind::Order => Some(CustomsErrorCode::ORDER_STALE),
                DocumentKind::Payment => Some(CustomsErrorCode::PAYMENT_STALE),
                DocumentKind::Inventory => Some(CustomsErrorCode::INVENTORY_NEWER_EXISTS),
                DocumentKind::Waybill => None,
            },
            Self::AlreadyDeclared { document: DocumentKind::Order } => {
                Some(CustomsErrorCode::ORDER_INVENTORY_DECLARED)
            }
            Self::AlreadyDeclared { .. } | Self::NotFound { .. } => None,
        }
    }

    /// The rule behind the refusal ([`Rule::StaleMessage`] or [`Rule::DuplicateOrDeclared`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DocumentKind, PoolError, Rule};
    ///
    /// let e = PoolError::AlreadyDeclared { document: DocumentKind::Order };
    /// assert_eq!(e.rule(), Some(Rule::DuplicateOrDeclared));
    /// ```
    pub fn rule(&self) -> Option<Rule> {
        match self {
            Self::Duplicate { .. } | Self::AlreadyDeclared { .. } => {
                Some(Rule::DuplicateOrDeclared)
            }
            Self::Stale { .. } => Some(Rule::StaleMessage),
            Self::NotFound { .. } => None,
        }
    }
}

/// Documents taken out of the pool by [`MatchPool::evict_pending`] or [`MatchPool::remove`]:
/// nothing is ever dropped silently.
///
/// # Examples
///
/// ```
/// use chrono::{TimeDelta, TimeZone, Utc};
/// use crossborder::customs::{sample, CustomsDocument, MatchOptions, MatchPool, NoQuota};
///
/// let t0 = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
/// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
/// pool.submit(sample::waybill()?.into(), t0)?;
/// let evicted = pool.evict_pending(t0 + TimeDelta::hours(49), TimeDelta::hours(48));
/// assert_eq!(evicted[0].first_seen, t0);
/// assert_eq!(evicted[0].missing.to_string(), "order, payment");
/// assert!(matches!(evicted[0].documents[0], CustomsDocument::Waybill(_)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evicted {
    /// The order number the documents share.
    pub order_no: OrderNo,
    /// When the earliest of them arrived.
    pub first_seen: DateTime<Utc>,
    /// What the orders were still missing (for [`MatchPool::remove`] of a complete order,
    /// empty).
    pub missing: DocumentKinds,
    /// The documents, in message order (orders, payments, waybills, inventories).
    pub documents: Vec<CustomsDocument>,
}

/// An estimate of the memory the pool uses beyond the documents themselves.
///
/// Counted with `size_of`: the hash table (capacity × (key + bucket record + 1 control
/// byte)), the heap copy of each key (`orderNo`), each bucket's vectors (capacity × record
/// size: per order the three document slots with their arrival times and the match outcome;
/// per waybill its slot) and the heap of each stored match report (violations, their field
/// lists and texts). The documents' own heap (the boxed document and its strings) is not
/// counted. Allocator headers and padding are not counted either.
///
/// # Examples
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use crossborder::customs::{sample, MatchOptions, MatchPool, NoQuota};
///
/// let now = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
/// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
/// pool.submit(sample::order()?.into(), now)?;
/// let memory = pool.memory();
/// assert_eq!(memory.orders, 1);
/// assert!(memory.bytes_per_order() <= 1024);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PoolMemory {
    /// Orders (distinct `ebpCode` + `orderNo`) in the pool, plus order numbers known only
    /// from waybills.
    pub orders: usize,
    /// Bytes of bookkeeping beyond the documents.
    pub bookkeeping_bytes: usize,
}

impl PoolMemory {
    /// Bookkeeping bytes per order (0 for an empty pool).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::PoolMemory;
    ///
    /// assert_eq!(PoolMemory { orders: 4, bookkeeping_bytes: 1000 }.bytes_per_order(), 250);
    /// assert_eq!(PoolMemory::default().bytes_per_order(), 0);
    /// ```
    pub fn bytes_per_order(&self) -> usize {
        self.bookkeeping_bytes.checked_div(self.orders).unwrap_or(0)
    }
}

/// A stored document and when it arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stored<T> {
    doc: Box<T>,
    arrived: DateTime<Utc>,
}

/// The outcome of one order.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Pending(DocumentKinds),
    Matched(MatchReport),
    Mismatched(MatchReport),
}

/// A short list kept inline while it has at most one element (almost every order number has
/// one order and one waybill), so a bucket needs no allocation of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Few<T> {
    /// `None` only when `rest` is empty too.
    first: Option<T>,
    rest: Vec<T>,
}

impl<T> Default for Few<T> {
    fn default() -> Self {
        Self { first: None, rest: Vec::new() }
    }
}

impl<T> Few<T> {
    fn len(&self) -> usize {
        usize::from(self.first.is_some()).saturating_add(self.rest.len())
    }

    fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    fn iter(&self) -> impl Iterator<Item = &T> {
        self.first.iter().chain(self.rest.iter())
    }

    fn get(&self, index: usize) -> Option<&T> {
        match index.checked_sub(1) {
            None => self.first.as_ref(),
            Some(i) => self.rest.get(i),
        }
    }

    fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        match index.checked_sub(1) {
            None => self.first.as_mut(),
            Some(i) => self.rest.get_mut(i),
        }
    }

    fn position(&self, f: impl FnMut(&T) -> bool) -> Option<usize> {
        self.iter().position(f)
    }

    /// Appends `item` and returns its index.
    fn push(&mut self, item: T) -> usize {
        if self.first.is_none() {
            self.first = Some(item);
            0
        } else {
            self.rest.push(item);
            self.rest.len()
        }
    }

    fn remove(&mut self, index: usize) -> Option<T> {
        match index.checked_sub(1) {
            None => {
                let taken = self.first.take();
                if !self.rest.is_empty() {
                    self.first = Some(self.rest.remove(0));
                }
                taken
            }
            Some(i) if i < self.rest.len() => Some(self.rest.remove(i)),
            Some(_) => None,
        }
    }

    fn take_all(&mut self) -> impl Iterator<Item = T> {
        std::mem::take(self).into_iter()
    }

    fn into_iter(self) -> impl Iterator<Item = T> {
        self.first.into_iter().chain(self.rest)
    }

    /// Heap bytes beyond the inline element.
    fn heap_bytes(&self) -> usize {
        self.rest.capacity().saturating_mul(size_of::<T>())
    }
}

/// One order: the documents keyed by `ebpCode` + `orderNo`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Slot {
    ebp_code: EnterpriseCode,
    order: Option<Stored<Order>>,
    payment: Option<Stored<Payment>>,
    inventory: Option<Stored<Inventory>>,
    outcome: Outcome,
}

impl Slot {
    fn new(ebp_code: EnterpriseCode) -> Self {
        Self {
            ebp_code,
            order: None,
            payment: None,
            inventory: None,
            outcome: Outcome::Pending(DocumentKinds::THREE_DOCUMENTS),
        }
    }

    fn is_empty(&self) -> bool {
        self.order.is_none() && self.payment.is_none() && self.inventory.is_none()
    }

    fn declared(&self) -> bool {
        self.inventory.as_ref().is_some_and(|s| s.doc.head().app_status == AppStatus::Declared)
    }

    fn progress(&self) -> Progress {
        match &self.outcome {
            Outcome::Pending(missing) => Progress::Pending { missing: *missing },
            Outcome::Matched(_) => Progress::Matched,
            Outcome::Mismatched(r) => Progress::Mismatched { violations: r.violations().len() },
        }
    }

    fn is_pending(&self) -> bool {
        matches!(self.outcome, Outcome::Pending(_))
    }

    fn arrivals(&self) -> impl Iterator<Item = DateTime<Utc>> + '_ {
        self.order
            .iter()
            .map(|s| s.arrived)
            .chain(self.payment.iter().map(|s| s.arrived))
            .chain(self.inventory.iter().map(|s| s.arrived))
    }
}

/// An order, payment or inventory: the documents stored in a [`Slot`].
trait SlotDocument: Sized {
    const KIND: DocumentKind;
    fn order_no(&self) -> &OrderNo;
    fn ebp_code(&self) -> &EnterpriseCode;
    fn app_type(&self) -> AppType;
    fn app_time(&self) -> CebTime;
    fn cell(slot: &mut Slot) -> &mut Option<Stored<Self>>;
}

impl SlotDocument for Order {
    const KIND: DocumentKind = DocumentKind::Order;
    fn order_no(&self) -> &OrderNo {
        &self.head().order_no
    }
    fn ebp_code(&self) -> &EnterpriseCode {
        &self.head().ebp_code
    }
    fn app_type(&self) -> AppType {
        self.head().app_type
    }
    fn app_time(&self) -> CebTime {
        self.head().app_time
    }
    fn cell(slot: &mut Slot) -> &mut Option<Stored<Self>> {
        &mut slot.order
    }
}

impl SlotDocument for Payment {
    const KIND: DocumentKind = DocumentKind::Payment;
    fn order_no(&self) -> &OrderNo {
        &self.order_no
    }
    fn ebp_code(&self) -> &EnterpriseCode {
        &self.ebp_code
    }
    fn app_type(&self) -> AppType {
        self.app_type
    }
    fn app_time(&self) -> CebTime {
        self.app_time
    }
    fn cell(slot: &mut Slot) -> &mut Option<Stored<Self>> {
        &mut slot.payment
    }
}

impl SlotDocument for Inventory {
    const KIND: DocumentKind = DocumentKind::Inventory;
    fn order_no(&self) -> &OrderNo {
        &self.head().order_no
    }
    fn ebp_code(&self) -> &EnterpriseCode {
        &self.head().ebp_code
    }
    fn app_type(&self) -> AppType {
        self.head().app_type
    }
    fn app_time(&self) -> CebTime {
        self.head().app_time
    }
    fn cell(slot: &mut Slot) -> &mut Option<Stored<Self>> {
        &mut slot.inventory
    }
}

/// Every document sharing one `orderNo`: usually one order and one waybill.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Bucket {
    slots: Few<Slot>,
    waybills: Few<Stored<Waybill>>,
}

impl Bucket {
    /// The waybill the slot's documents go with: the one its inventory names, else the only
    /// one. `Err` names what is missing to decide.
    fn waybill_for(&self, slot: &Slot) -> Result<usize, DocumentKind> {
        if let Some(inv) = &slot.inventory {
            // One waybill goes with the slot whatever the inventory names, so neither document
            // is read (both are cold in memory by then).
            if self.waybills.len() == 1 {
                return Ok(0);
            }
            let h = inv.doc.head();
            if let Some(i) = self.waybills.position(|w| {
                w.doc.logistics_no == h.logistics_no && w.doc.logistics_code == h.logistics_code
            }) {
                return Ok(i);
            }
            return if self.waybills.len() == 1 { Ok(0) } else { Err(DocumentKind::Waybill) };
        }
        match self.waybills.len() {
            0 => Err(DocumentKind::Waybill),
            1 => Ok(0),
            _ => Err(DocumentKind::Inventory),
        }
    }

    fn first_seen(&self) -> Option<DateTime<Utc>> {
        self.slots
            .iter()
            .flat_map(Slot::arrivals)
            .chain(self.waybills.iter().map(|w| w.arrived))
            .min()
    }

    fn all_pending(&self) -> bool {
        self.slots.iter().all(Slot::is_pending)
    }

    fn is_empty(&self) -> bool {
        self.slots.is_empty() && self.waybills.is_empty()
    }

    /// Recomputes every slot's outcome (each a pure function of the documents present).
    fn refresh(&mut self, options: &MatchOptions, quota: &(impl AnnualQuota + ?Sized)) {
        for index in 0..self.slots.len() {
            self.refresh_one(index, options, quota);
        }
    }

    /// Recomputes one slot's outcome.
    fn refresh_one(
        &mut self,
        index: usize,
        options: &MatchOptions,
        quota: &(impl AnnualQuota + ?Sized),
    ) {
        let Some(outcome) = self.slots.get(index).map(|s| self.evaluate(s, options, quota)) else {
            return;
        };
        if let Some(slot) = self.slots.get_mut(index) {
            slot.outcome = outcome;
        }
    }

    fn evaluate(
        &self,
        slot: &Slot,
        options: &MatchOptions,
        quota: &(impl AnnualQuota + ?Sized),
    ) -> Outcome {
        let waybill =
            self.waybill_for(slot).and_then(|i| self.waybills.get(i).ok_or(DocumentKind::Waybill));
        let (Some(order), Some(payment), Ok(waybill)) = (&slot.order, &slot.payment, &waybill)
        else {
            let mut missing = DocumentKinds::EMPTY;
            if slot.order.is_none() {
                missing = missing.with(DocumentKind::Order);
            }
            if slot.payment.is_none() {
                missing = missing.with(DocumentKind::Payment);
            }
            if let Err(kind) = waybill {
                missing = missing.with(kind);
            }
            return Outcome::Pending(missing);
        };
        let set = DocumentSet {
            order: &order.doc,
            payment: &payment.doc,
            waybill: &waybill.doc,
            inventory: slot.inventory.as_ref().map(|s| &*s.doc),
        };
        let report = match_documents(&set, options, quota);
        if report.is_match() { Outcome::Matched(report) } else { Outcome::Mismatched(report) }
    }

    /// Takes slot `index` out with the waybill it goes with, and every waybill when no slot
    /// remains.
    fn take_slot(&mut self, index: usize) -> Option<(Slot, Vec<Stored<Waybill>>)> {
        let waybill = self.slots.get(index).and_then(|s| self.waybill_for(s).ok());
        let slot = self.slots.remove(index)?;
        let mut waybills = Vec::new();
        if self.slots.is_empty() {
            waybills.extend(self.waybills.take_all());
        } else if let Some(w) = waybill.and_then(|w| self.waybills.remove(w)) {
            waybills.push(w);
        }
        Some((slot, waybills))
    }
}

/// The documents of an [`Evicted`], in message order.
fn documents_of(
    slots: impl IntoIterator<Item = Slot>,
    waybills: impl IntoIterator<Item = Stored<Waybill>>,
) -> Vec<CustomsDocument> {
    let mut orders = Vec::new();
    let mut payments = Vec::new();
    let mut inventories = Vec::new();
    for slot in slots {
        orders.extend(slot.order.map(|s| CustomsDocument::Order(s.doc)));
        payments.extend(slot.payment.map(|s| CustomsDocument::Payment(s.doc)));
        inventories.extend(slot.inventory.map(|s| CustomsDocument::Inventory(s.doc)));
    }
    orders.extend(payments);
    orders.extend(waybills.into_iter().map(|s| CustomsDocument::Waybill(s.doc)));
    orders.extend(inventories);
    orders
}

/// The incremental three-document match: documents arrive one at a time, in any order, from
/// different senders, and the pool reports for each order whether it is pending (and what it
/// waits for), matched or mismatched (with the [`MatchReport`]).
///
/// # Keys (reference §3.1)
///
/// - The order, the payment and the inventory of one order share `ebpCode` + `orderNo` (the
///   order number is unique within a platform, 规范 表3-3).
/// - The waybill carries only `orderNo` (海关总署公告2018年第113号): it is held with the
///   documents of that order number, and an order uses the waybill its inventory names by
///   `logisticsCode` + `logisticsNo` or, without an inventory, the only waybill with its
///   order number. Two waybills for one order number and no inventory leave the order
///   pending on the inventory.
/// - A document's own identity is the same key (for a waybill, `logisticsCode` +
///   `logisticsNo`). A modification that changes a key is seen as a new document: send a
///   deletion and a new document instead.
///
/// # Submissions (`appType`)
///
/// - **New** (`1`): refused as a [`PoolError::Duplicate`] if the key is present, so
///   resubmitting a document is idempotent (rule R19; customs −301010).
/// - **Modify** (`2`): replaces the stored document if its `appTime` is later; an older or
///   equal one is refused as [`PoolError::Stale`] and ignored, as customs does (rule R18;
///   −301014).
/// - **Delete** (`3`): removes the stored document, with the same `appTime` check.
/// - An order, payment or waybill cannot be modified or deleted once the order's inventory is
///   declared (`appStatus` 2): [`PoolError::AlreadyDeclared`] (rule R19; −301011).
///
/// A refused submission leaves the pool unchanged. The outcome of each order is a function of
/// the documents present, so it does not depend on the order in which they arrived.
///
/// # Memory
///
/// Beyond the documents themselves, the pool keeps per order number one hash-table entry
/// (the key, the order's three document slots with arrival times, the outcome, the first
/// waybill) of a few hundred bytes; [`memory`](Self::memory) reports the figure
/// (about 270 bytes per pending order at 100,000 orders).
///
/// # Time
///
/// The pool never reads the clock: [`submit`](Self::submit) takes the arrival time and
/// [`evict_pending`](Self::evict_pending) the current time from the caller.
///
/// # Examples
///
/// ```
/// use chrono::{TimeDelta, TimeZone, Utc};
/// use crossborder::customs::{
///     sample, DocumentKind, MatchOptions, MatchPool, NoQuota, OrderStatus, Progress,
/// };
///
/// let t0 = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
/// let set = sample::matched_set()?;
/// let (ebp, no) = (set.order.head().ebp_code.clone(), set.order.head().order_no.clone());
/// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
///
/// pool.submit(set.inventory.into(), t0)?;
/// let p = pool.submit(set.order.into(), t0)?;
/// let Progress::Pending { missing } = p else { return Err("expected pending".into()) };
/// assert!(missing.contains(DocumentKind::Payment) && missing.contains(DocumentKind::Waybill));
///
/// pool.submit(set.payment.into(), t0)?;
/// assert_eq!(pool.submit(set.waybill.into(), t0)?, Progress::Matched);
/// assert!(matches!(pool.status(&ebp, &no), Some(OrderStatus::Matched(_))));
/// assert!(pool.evict_pending(t0 + TimeDelta::days(30), TimeDelta::days(7)).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct MatchPool<Q> {
    buckets: HashMap<OrderNo, Bucket>,
    options: MatchOptions,
    quota: Q,
}

impl<Q: AnnualQuota> MatchPool<Q> {
    /// An empty pool matching with `options` and taking the buyers' used annual amounts from
    /// `quota` ([`NoQuota`](super::NoQuota) if unknown).
    ///
    /// The annual limit is evaluated when an order's documents change; a later change of the
    /// quota data does not re-evaluate orders already in the pool.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{MatchOptions, MatchPool, NoQuota};
    ///
    /// let pool = MatchPool::new(MatchOptions::default(), NoQuota);
    /// assert!(pool.is_empty());
    /// ```
    pub fn new(options: MatchOptions, quota: Q) -> Self {
        Self { buckets: HashMap::new(), options, quota }
    }

    /// An empty pool with room for about `orders` order numbers without reallocating.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{MatchOptions, MatchPool, NoQuota};
    ///
    /// let pool = MatchPool::with_capacity(1000, MatchOptions::default(), NoQuota);
    /// assert_eq!(pool.len(), 0);
    /// ```
    pub fn with_capacity(orders: usize, options: MatchOptions, quota: Q) -> Self {
        Self { buckets: HashMap::with_capacity(orders), options, quota }
    }

    /// The match options.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{MatchOptions, MatchPool, NoQuota};
    ///
    /// let pool = MatchPool::new(MatchOptions::default(), NoQuota);
    /// assert_eq!(pool.options(), &MatchOptions::default());
    /// ```
    pub fn options(&self) -> &MatchOptions {
        &self.options
    }

    /// Submits a document that arrived at `now`, and returns the progress of its order.
    ///
    /// # Errors
    ///
    /// [`PoolError`] if the submission is refused (duplicate, stale, after declaration, or a
    /// modification or deletion of an unknown document); the pool is then unchanged.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::customs::{sample, MatchOptions, MatchPool, NoQuota};
    ///
    /// let now = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
    /// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
    /// let progress = pool.submit(sample::payment()?.into(), now)?;
    /// assert_eq!(progress.to_string(), "pending: waiting for order, waybill");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn submit(
        &mut self,
        document: CustomsDocument,
        now: DateTime<Utc>,
    ) -> Result<Progress, PoolError> {
        match document {
            CustomsDocument::Order(doc) => self.submit_to_slot(doc, now),
            CustomsDocument::Payment(doc) => self.submit_to_slot(doc, now),
            CustomsDocument::Waybill(doc) => self.submit_waybill(doc, now),
            CustomsDocument::Inventory(doc) => self.submit_to_slot(doc, now),
        }
    }

    /// Applies a submission of an order, payment or inventory to its slot.
    fn submit_to_slot<T: SlotDocument>(
        &mut self,
        doc: Box<T>,
        now: DateTime<Utc>,
    ) -> Result<Progress, PoolError> {
        let (kind, app_type, app_time) = (T::KIND, doc.app_type(), doc.app_time());
        let Some(bucket) = self.buckets.get_mut(doc.order_no()) else {
            if app_type != AppType::New {
                return Err(not_found(kind, app_type));
            }
            let key = doc.order_no().clone();
            let mut slot = Slot::new(doc.ebp_code().clone());
            *T::cell(&mut slot) = Some(Stored { doc, arrived: now });
            let mut bucket = Bucket::default();
            bucket.slots.push(slot);
            bucket.refresh_one(0, &self.options, &self.quota);
            let progress = bucket.slots.get(0).map_or(Progress::Withdrawn, Slot::progress);
            self.buckets.insert(key, bucket);
            return Ok(progress);
        };
        let index = match (bucket.slots.position(|s| s.ebp_code == *doc.ebp_code()), app_type) {
            (Some(i), _) => i,
            (None, AppType::New) => bucket.slots.push(Slot::new(doc.ebp_code().clone())),
            (None, _) => return Err(not_found(kind, app_type)),
        };
        let Some(slot) = bucket.slots.get_mut(index) else {
            return Err(not_found(kind, app_type));
        };
        // Only a change needs the inventory's status: a new submission does not read it (the
        // stored inventory is cold in memory by then).
        let declared =
            app_type != AppType::New && kind != DocumentKind::Inventory && slot.declared();
        let stored = T::cell(slot);
        match (app_type, stored.as_ref()) {
            (AppType::New, Some(_)) => return Err(PoolError::Duplicate { document: kind }),
            (AppType::New, None) => *stored = Some(Stored { doc, arrived: now }),
            (_, None) => return Err(not_found(kind, app_type)),
            (_, Some(_)) if declared => return Err(PoolError::AlreadyDeclared { document: kind }),
            (_, Some(old)) if app_time <= old.doc.app_time() => {
                return Err(PoolError::Stale {
                    document: kind,
                    stored: old.doc.app_time(),
                    received: app_time,
                });
            }
            (AppType::Delete, Some(_)) => {
                *stored = None;
                if slot.is_empty() {
                    bucket.slots.remove(index);
                    if bucket.is_empty() {
                        self.buckets.remove(doc.order_no());
                    } else {
                        // The waybills may now go with another order of the bucket.
                        bucket.refresh(&self.options, &self.quota);
                    }
                    return Ok(Progress::Withdrawn);
                }
            }
            (_, Some(_)) => *stored = Some(Stored { doc, arrived: now }),
        }
        bucket.refresh_one(index, &self.options, &self.quota);
        Ok(bucket.slots.get(index).map_or(Progress::Withdrawn, Slot::progress))
    }

    fn submit_waybill(
        &mut self,
        doc: Box<Waybill>,
        now: DateTime<Utc>,
    ) -> Result<Progress, PoolError> {
        let (kind, app_type, app_time) = (DocumentKind::Waybill, doc.app_type, doc.app_time);
        let Some(bucket) = self.buckets.get_mut(&doc.order_no) else {
            if app_type != AppType::New {
                return Err(not_found(kind, app_type));
            }
            let key = doc.order_no.clone();
            let mut bucket = Bucket::default();
            bucket.waybills.push(Stored { doc, arrived: now });
            self.buckets.insert(key, bucket);
            return Ok(Progress::Pending { missing: order_and_payment() });
        };
        let index = bucket.waybills.position(|w| {
            w.doc.logistics_no == doc.logistics_no && w.doc.logistics_code == doc.logistics_code
        });
        let declared = index.is_some_and(|i| {
            bucket.slots.iter().any(|s| s.declared() && bucket.waybill_for(s) == Ok(i))
        });
        // Where the submitted waybill ends up (`None` after a deletion).
        let position = match (app_type, index) {
            (AppType::New, Some(_)) => return Err(PoolError::Duplicate { document: kind }),
            (AppType::New, None) => Some(bucket.waybills.push(Stored { doc, arrived: now })),
            (_, None) => return Err(not_found(kind, app_type)),
            (_, Some(_)) if declared => return Err(PoolError::AlreadyDeclared { document: kind }),
            (_, Some(i)) => {
                let Some(old) = bucket.waybills.get_mut(i) else {
                    return Err(not_found(kind, app_type));
                };
                if app_time <= old.doc.app_time {
                    return Err(PoolError::Stale {
                        document: kind,
                        stored: old.doc.app_time,
                        received: app_time,
                    });
                }
                if app_type == AppType::Delete {
                    bucket.waybills.remove(i);
                    if bucket.is_empty() {
                        self.buckets.remove(&doc.order_no);
                        return Ok(Progress::Withdrawn);
                    }
                    None
                } else {
                    *old = Stored { doc, arrived: now };
                    Some(i)
                }
            }
        };
        bucket.refresh(&self.options, &self.quota);
        // The progress of the order this waybill goes with, if one is known.
        let progress = bucket
            .slots
            .iter()
            .find(|s| position.is_some() && bucket.waybill_for(s).ok() == position)
            .or_else(|| bucket.slots.get(0))
            .map_or(Progress::Pending { missing: order_and_payment() }, Slot::progress);
        Ok(progress)
    }

    /// The state of the order `ebp_code` + `order_no`, or `None` if none of its order,
    /// payment or inventory is in the pool.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::customs::{sample, MatchOptions, MatchPool, NoQuota, OrderStatus};
    ///
    /// let now = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
    /// let order = sample::order()?;
    /// let (ebp, no) = (order.head().ebp_code.clone(), order.head().order_no.clone());
    /// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
    /// assert!(pool.status(&ebp, &no).is_none());
    /// pool.submit(order.into(), now)?;
    /// assert!(matches!(pool.status(&ebp, &no), Some(OrderStatus::Pending { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(&self, ebp_code: &EnterpriseCode, order_no: &OrderNo) -> Option<OrderStatus<'_>> {
        self.buckets
            .get(order_no)?
            .slots
            .iter()
            .find(|s| s.ebp_code == *ebp_code)
            .map(|s| status_of(&s.outcome))
    }

    /// Every order in the pool with its state, in no particular order. Order numbers known
    /// only from waybills are not listed (they have no `ebpCode`); [`memory`](Self::memory)
    /// and [`evict_pending`](Self::evict_pending) see them.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::customs::{sample, MatchOptions, MatchPool, NoQuota, OrderStatus};
    ///
    /// let now = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
    /// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
    /// pool.submit(sample::order()?.into(), now)?;
    /// let (ebp, no, status) = pool.iter().next().ok_or("empty")?;
    /// assert_eq!(no.as_str(), "SO-2026-0001");
    /// assert_eq!(ebp.as_str(), "3301963K69");
    /// assert!(matches!(status, OrderStatus::Pending { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&EnterpriseCode, &OrderNo, OrderStatus<'_>)> {
        self.buckets.iter().flat_map(|(no, b)| {
            b.slots.iter().map(move |s| (&s.ebp_code, no, status_of(&s.outcome)))
        })
    }

    /// The number of orders in the pool (distinct `ebpCode` + `orderNo`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{MatchOptions, MatchPool, NoQuota};
    ///
    /// assert_eq!(MatchPool::new(MatchOptions::default(), NoQuota).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.buckets.values().map(|b| b.slots.len()).sum()
    }

    /// Whether the pool holds no document.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{MatchOptions, MatchPool, NoQuota};
    ///
    /// assert!(MatchPool::new(MatchOptions::default(), NoQuota).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }

    /// The number of orders pending, matched and mismatched, in that order.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::customs::{sample, MatchOptions, MatchPool, NoQuota};
    ///
    /// let now = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
    /// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
    /// pool.submit(sample::order()?.into(), now)?;
    /// assert_eq!(pool.counts(), (1, 0, 0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut counts = (0usize, 0usize, 0usize);
        for slot in self.buckets.values().flat_map(|b| b.slots.iter()) {
            match slot.outcome {
                Outcome::Pending(_) => counts.0 = counts.0.saturating_add(1),
                Outcome::Matched(_) => counts.1 = counts.1.saturating_add(1),
                Outcome::Mismatched(_) => counts.2 = counts.2.saturating_add(1),
            }
        }
        counts
    }

    /// Takes every group of pending documents whose earliest document arrived more than
    /// `max_age` before `now` out of the pool and returns them. A group is the documents of
    /// one order number; it is taken only if none of its orders is matched or mismatched.
    /// Nothing is dropped: the caller decides what to do with the documents.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeDelta, TimeZone, Utc};
    /// use crossborder::customs::{sample, DocumentKind, MatchOptions, MatchPool, NoQuota};
    ///
    /// let t0 = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
    /// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
    /// pool.submit(sample::order()?.into(), t0)?;
    /// assert!(pool.evict_pending(t0 + TimeDelta::days(7), TimeDelta::days(7)).is_empty());
    /// let evicted = pool.evict_pending(t0 + TimeDelta::days(8), TimeDelta::days(7));
    /// assert_eq!(evicted.len(), 1);
    /// assert!(evicted[0].missing.contains(DocumentKind::Payment));
    /// assert_eq!(evicted[0].documents.len(), 1);
    /// assert!(pool.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn evict_pending(&mut self, now: DateTime<Utc>, max_age: TimeDelta) -> Vec<Evicted> {
        let cutoff = now.checked_sub_signed(max_age);
        let mut out = Vec::new();
        for (order_no, bucket) in self.buckets.extract_if(|_, b| {
            b.all_pending() && b.first_seen().zip(cutoff).is_some_and(|(first, cut)| first < cut)
        }) {
            let first_seen = bucket.first_seen().unwrap_or(now);
            let missing = missing_of(&bucket);
            out.push(Evicted {
                order_no,
                first_seen,
                missing,
                documents: documents_of(bucket.slots.into_iter(), bucket.waybills.into_iter()),
            });
        }
        out
    }

    /// Takes the order `ebp_code` + `order_no` out of the pool, whatever its state, with the
    /// waybill it goes with (and every waybill of its order number if no other order shares
    /// it). Use it once an order is matched and handed on.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::customs::{sample, MatchOptions, MatchPool, NoQuota};
    ///
    /// let now = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
    /// let set = sample::matched_set()?;
    /// let (ebp, no) = (set.order.head().ebp_code.clone(), set.order.head().order_no.clone());
    /// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
    /// for doc in [set.order.into(), set.payment.into(), set.waybill.into()] {
    ///     pool.submit(doc, now)?;
    /// }
    /// let taken = pool.remove(&ebp, &no).ok_or("not found")?;
    /// assert_eq!(taken.documents.len(), 3);
    /// assert!(taken.missing.is_empty());
    /// assert!(pool.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remove(&mut self, ebp_code: &EnterpriseCode, order_no: &OrderNo) -> Option<Evicted> {
        let bucket = self.buckets.get_mut(order_no)?;
        let index = bucket.slots.position(|s| s.ebp_code == *ebp_code)?;
        let (slot, waybills) = bucket.take_slot(index)?;
        let missing = match &slot.outcome {
            Outcome::Pending(m) => *m,
            _ => DocumentKinds::EMPTY,
        };
        let first_seen = slot.arrivals().chain(waybills.iter().map(|w| w.arrived)).min();
        bucket.refresh(&self.options, &self.quota);
        if bucket.is_empty() {
            self.buckets.remove(order_no);
        }
        Some(Evicted {
            order_no: order_no.clone(),
            first_seen: first_seen?,
            missing,
            documents: documents_of([slot], waybills),
        })
    }

    /// An estimate of the memory used beyond the documents; see [`PoolMemory`].
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::customs::{sample, MatchOptions, MatchPool, NoQuota};
    ///
    /// let now = Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().ok_or("time")?;
    /// let mut pool = MatchPool::new(MatchOptions::default(), NoQuota);
    /// assert_eq!(pool.memory().orders, 0);
    /// pool.submit(sample::waybill()?.into(), now)?;
    /// assert_eq!(pool.memory().orders, 1); // an order number known from its waybill
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn memory(&self) -> PoolMemory {
        let entry = size_of::<(OrderNo, Bucket)>().saturating_add(1);
        let mut bytes = self.buckets.capacity().saturating_mul(entry);
        let mut orders = 0usize;
        for (key, bucket) in &self.buckets {
            orders = orders.saturating_add(bucket.slots.len().max(1));
            bytes = bytes
                .saturating_add(key_heap(key.as_str()))
                .saturating_add(bucket.slots.heap_bytes())
                .saturating_add(bucket.waybills.heap_bytes());
            for slot in bucket.slots.iter() {
                bytes = bytes.saturating_add(key_heap(slot.ebp_code.as_str()));
                if let Outcome::Matched(r) | Outcome::Mismatched(r) = &slot.outcome {
                    bytes = bytes.saturating_add(report_heap(r));
                }
            }
        }
        PoolMemory { orders, bookkeeping_bytes: bytes }
    }
}

/// The heap bytes of a key string copied into the pool: none when stored inline.
fn key_heap(s: &str) -> usize {
    if s.len() <= 22 { 0 } else { s.len() }
}

/// The heap bytes of a report (approximate: vectors by length, texts by length).
fn report_heap(r: &MatchReport) -> usize {
    r.violations().iter().fold(
        r.violations().len().saturating_mul(size_of::<super::Violation>()),
        |acc, v| {
            let texts = [v.expected(), v.actual()]
                .iter()
                .map(|x| match x {
                    super::ReportValue::Text(t) | super::ReportValue::Masked(t) => t.len(),
                    _ => 0,
                })
                .sum::<usize>();
            acc.saturating_add(v.fields().len().saturating_mul(size_of::<super::FieldRef>()))
                .saturating_add(texts)
                .saturating_add(v.note().map_or(0, str::len))
        },
    )
}

fn order_and_payment() -> DocumentKinds {
    DocumentKinds::EMPTY.with(DocumentKind::Order).with(DocumentKind::Payment)
}

fn not_found(document: DocumentKind, app_type: AppType) -> PoolError {
    PoolError::NotFound { document, app_type }
}

/// The name of a submission kind, for error messages.
fn submission_name(app_type: AppType) -> &'static str {
    match app_type {
        AppType::New => "new submission",
        AppType::Modify => "modification",
        AppType::Delete => "deletion",
    }
}

fn status_of(outcome: &Outcome) -> OrderStatus<'_> {
    match outcome {
        Outcome::Pending(m) => OrderStatus::Pending { missing: *m },
        Outcome::Matched(r) => OrderStatus::Matched(r),
        Outcome::Mismatched(r) => OrderStatus::Mismatched(r),
    }
}

fn missing_of(bucket: &Bucket) -> DocumentKinds {
    if bucket.slots.is_empty() {
        return order_and_payment();
    }
    bucket
        .slots
        .iter()
        .filter_map(|s| match s.outcome {
            Outcome::Pending(m) => Some(m),
            _ => None,
        })
        .flat_map(DocumentKinds::iter)
        .collect()
}
