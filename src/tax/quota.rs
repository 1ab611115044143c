//! The personal annual CBEC quota (个人年度交易限值) ledger: per buyer and calendar year, what
//! has cleared, what is reserved by pending orders, and what timely returns have restored.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, Days, NaiveDate};

use super::cbec::CbecRegime;
use super::error::{ParseTaxError, QuotaError, TaxError};
use super::rates::{identifier, serde_via_str};
use crate::money::{Currency, Money};
use crate::party::ResidentId;

identifier! {
    /// A reference to an order in the [`AnnualQuotaLedger`]: the platform order number (CEB311
    /// `orderNo`, 1 to 60 characters) or any other stable id; printable characters only, no
    /// leading or trailing space.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::OrderRef;
    ///
    /// let order: OrderRef = "SO-2025-000123".parse()?;
    /// assert_eq!(order.to_string(), "SO-2025-000123");
    /// assert!(OrderRef::try_new(" SO-1").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    OrderRef, "order reference", "\"SO-1\"", validate_order_ref
}

fn validate_order_ref(text: &str) -> Result<String, (usize, &'static str)> {
    if text.is_empty() {
        return Err((0, "1 to 60 characters"));
    }
    let count = text.chars().count();
    for (i, c) in text.chars().enumerate() {
        if c.is_control() {
            return Err((i, "a printable character"));
        }
        if c.is_whitespace() && (i == 0 || i.saturating_add(1) == count) {
            return Err((i, "no leading or trailing space"));
        }
        if i >= 60 {
            return Err((i, "at most 60 characters"));
        }
    }
    Ok(text.to_owned())
}

/// Where an order stands in the ledger.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::EntryStatus;
///
/// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// assert!(EntryStatus::Released { released_on: day }.is_released());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntryStatus {
    /// Reserved by a pending order, not yet released by customs.
    Reserved {
        /// The order date (its calendar year is the quota year).
        on: NaiveDate,
    },
    /// Released by customs (放行): counted in the year's total.
    Released {
        /// The release date, from which the return deadlines run.
        released_on: NaiveDate,
    },
}

impl EntryStatus {
    /// Whether the order has been released.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::tax::EntryStatus;
    ///
    /// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// assert!(!EntryStatus::Reserved { on: day }.is_released());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn is_released(self) -> bool {
        matches!(self, EntryStatus::Released { .. })
    }

    const fn name(self) -> &'static str {
        match self {
            EntryStatus::Reserved { .. } => "reserved",
            EntryStatus::Released { .. } => "released",
        }
    }
}

/// One order in the ledger.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::party::ResidentId;
/// use crossborder::tax::{AnnualQuotaLedger, OrderRef};
///
/// let mut ledger = AnnualQuotaLedger::new();
/// let buyer = ResidentId::try_new("11010519491231002X")?;
/// let order = OrderRef::try_new("SO-1")?;
/// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// ledger.reserve(&buyer, order.clone(), day, "320.00 CNY".parse()?)?;
/// let entry = ledger.entry(&buyer, &order).ok_or("missing")?;
/// assert_eq!(entry.amount.to_string(), "320.00 CNY");
/// assert!(entry.returned.is_zero());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaEntry {
    /// The order's customs value counted toward the year.
    pub amount: Money,
    /// What timely returns have restored so far.
    pub returned: Money,
    /// Reserved or released.
    pub status: EntryStatus,
}

impl QuotaEntry {
    /// What the order still counts: amount less returns.
    fn counted(&self) -> Result<Money, QuotaError> {
        Ok(self.amount.checked_sub(self.returned)?)
    }
}

/// The answer of a quota check: the year's totals and whether the amount fits.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::party::ResidentId;
/// use crossborder::tax::{AnnualQuotaLedger, QuotaDecision};
///
/// let ledger = AnnualQuotaLedger::new();
/// let buyer = ResidentId::try_new("11010519491231002X")?;
/// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let check = ledger.check(&buyer, day, "26000.00 CNY".parse()?)?;
/// assert!(check.is_within());
/// assert_eq!(check.decision, QuotaDecision::Within { remaining_after: "0.00 CNY".parse()? });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaCheck {
    /// The calendar year checked.
    pub year: i32,
    /// Released orders' total, less timely returns.
    pub used: Money,
    /// Pending reservations' total.
    pub reserved: Money,
    /// The amount checked.
    pub amount: Money,
    /// The annual limit in force on the date.
    pub limit: Money,
    /// Whether `used + reserved + amount` stays within the limit.
    pub decision: QuotaDecision,
}

impl QuotaCheck {
    /// Whether the amount fits.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::AnnualQuotaLedger;
    ///
    /// let ledger = AnnualQuotaLedger::new();
    /// let buyer = ResidentId::try_new("11010519491231002X")?;
    /// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// assert!(!ledger.check(&buyer, day, "26000.01 CNY".parse()?)?.is_within());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn is_within(&self) -> bool {
        matches!(self.decision, QuotaDecision::Within { .. })
    }
}

/// Within or over the annual limit ("超过" is strictly greater than: a total of exactly the limit
/// is within).
///
/// # Examples
///
/// ```
/// use crossborder::tax::QuotaDecision;
///
/// let d = QuotaDecision::Exceeds { over_by: "0.01 CNY".parse()? };
/// assert!(matches!(d, QuotaDecision::Exceeds { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuotaDecision {
    /// The amount fits.
    Within {
        /// What is left of the limit after it.
        remaining_after: Money,
    },
    /// The amount would take the year over the limit ("应按一般贸易管理", 财关税〔2018〕49号 二).
    Exceeds {
        /// By how much.
        over_by: Money,
    },
}

/// The outcome of a return.
///
/// # Examples
///
/// ```
/// use crossborder::tax::ReturnOutcome;
///
/// let r = ReturnOutcome::Restored { amount: "320.00 CNY".parse()? };
/// assert!(matches!(r, ReturnOutcome::Restored { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ReturnOutcome {
    /// Timely: the amount is taken off the year's total and its tax is not levied.
    Restored {
        /// The amount restored to the quota.
        amount: Money,
    },
    /// Late: nothing is restored.
    TooLate {
        /// The last day to apply (release + 30 days).
        apply_by: NaiveDate,
        /// The last day for the goods to be back (release + 45 days).
        goods_back_by: NaiveDate,
    },
}

/// Days after release within which a return must be applied for (海关总署公告2020年第45号).
pub const RETURN_APPLICATION_DAYS: u64 = 30;
/// Days after release within which returned goods must be back in the customs area
/// (海关总署公告2020年第45号).
pub const RETURN_GOODS_BACK_DAYS: u64 = 45;

/// The personal annual CBEC quota (个人年度交易限值) of each buyer, by calendar year.
///
/// The buyer is identified by the citizen identity number ([`ResidentId`]): the CEB order's
/// buyer ID type is limited to the identity card ("限定为身份证"), and the public quota query
/// (ceb2pub.chinaport.gov.cn) looks buyers up by name and ID number. The limit is the one of the
/// [`CbecRegime`] in force on the date (26,000 yuan from 2019-01-01, 财关税〔2018〕49号 一).
///
/// Life of an order:
/// 1. [`check`](Self::check): would the amount fit? (`used + reserved + amount ≤ limit`)
/// 2. [`reserve`](Self::reserve): the same check, recording the amount if it fits;
/// 3. [`release`](Self::release) when customs releases it (or [`cancel`](Self::cancel));
/// 4. [`record_return`](Self::record_return): a return applied for within 30 days of release,
///    with the goods back within 45 days, is taken off the year's total (海关总署公告2020年第45号;
///    days counted from the day after release). A late return restores nothing.
///
/// The quota counts the order's customs value (goods + freight + insurance, without tax); the
/// reference notes could not confirm what counts (§8 item 2).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::party::ResidentId;
/// use crossborder::tax::{AnnualQuotaLedger, OrderRef, ReturnOutcome};
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).ok_or("date");
/// let mut ledger = AnnualQuotaLedger::new();
/// let buyer = ResidentId::try_new("11010519491231002X")?;
/// let order = OrderRef::try_new("SO-1")?;
/// assert!(ledger.reserve(&buyer, order.clone(), d(3, 1)?, "5000.00 CNY".parse()?)?.is_within());
/// ledger.release(&buyer, &order, d(3, 3)?)?;
/// assert_eq!(ledger.used(&buyer, 2025).to_string(), "5000.00 CNY");
/// let back = ledger.record_return(&buyer, &order, "5000.00 CNY".parse()?, d(3, 20)?, d(4, 10)?)?;
/// assert_eq!(back, ReturnOutcome::Restored { amount: "5000.00 CNY".parse()? });
/// assert!(ledger.used(&buyer, 2025).is_zero());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "LedgerRepr", into = "LedgerRepr"))]
pub struct AnnualQuotaLedger {
    accounts: BTreeMap<ResidentId, BTreeMap<i32, BTreeMap<OrderRef, QuotaEntry>>>,
}

type LedgerRepr = BTreeMap<ResidentId, BTreeMap<i32, BTreeMap<OrderRef, QuotaEntry>>>;

impl From<AnnualQuotaLedger> for LedgerRepr {
    fn from(ledger: AnnualQuotaLedger) -> Self {
        ledger.accounts
    }
}

impl TryFrom<LedgerRepr> for AnnualQuotaLedger {
    type Error = QuotaError;

    /// Checks every entry: CNY, not negative, returns not above the amount and only on released
    /// orders, year matching a reservation's date; and each order at most once per buyer.
    fn try_from(accounts: LedgerRepr) -> Result<Self, Self::Error> {
        for years in accounts.values() {
            let mut seen = std::collections::BTreeSet::new();
            for (year, orders) in years {
                for (order, e) in orders {
                    if !seen.insert(order) {
                        return Err(QuotaError::DuplicateOrder { order: order.clone() });
                    }
                    check_amount(e.amount)?;
                    check_amount(e.returned)?;
                    let bad_state = |expected| QuotaError::WrongState {
                        order: order.clone(),
                        state: e.status.name(),
                        expected,
                    };
                    if e.returned.minor() > e.amount.minor() {
                        return Err(QuotaError::ReturnExceedsOrder {
                            order: order.clone(),
                            requested: e.returned,
                            remaining: e.amount,
                        });
                    }
                    match e.status {
                        EntryStatus::Reserved { on } if on.year() != *year => {
                            return Err(bad_state("recorded under the year of its date"));
                        }
                        EntryStatus::Reserved { .. } if !e.returned.is_zero() => {
                            return Err(bad_state("released before any return"));
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok(Self { accounts })
    }
}

fn check_amount(amount: Money) -> Result<(), TaxError> {
    if amount.currency() != Currency::CNY {
        return Err(TaxError::WrongCurrency {
            field: "amount".to_owned(),
            expected: Currency::CNY,
            found: amount.currency(),
        });
    }
    if amount.is_negative() {
        return Err(TaxError::NegativeAmount { field: "amount".to_owned(), amount });
    }
    Ok(())
}

impl AnnualQuotaLedger {
    /// An empty ledger.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::AnnualQuotaLedger;
    ///
    /// let ledger = AnnualQuotaLedger::new();
    /// assert!(ledger.used(&ResidentId::try_new("11010519491231002X")?, 2025).is_zero());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    fn orders(&self, buyer: &ResidentId, year: i32) -> impl Iterator<Item = &QuotaEntry> {
        self.accounts
            .get(buyer)
            .and_then(|years| years.get(&year))
            .into_iter()
            .flat_map(BTreeMap::values)
    }

    fn sum(&self, buyer: &ResidentId, year: i32, released: bool) -> Result<Money, QuotaError> {
        let mut total = Money::zero(Currency::CNY);
        for e in self.orders(buyer, year).filter(|e| e.status.is_released() == released) {
            total = total.checked_add(e.counted()?)?;
        }
        Ok(total)
    }

    /// What the buyer's released orders count in `year`, less timely returns: the amount the
    /// annual limit is tested against (with pending reservations, see [`check`](Self::check)).
    /// Saturates at the largest amount on overflow, which no real ledger reaches.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::AnnualQuotaLedger;
    ///
    /// let ledger = AnnualQuotaLedger::new();
    /// assert_eq!(ledger.used(&ResidentId::try_new("11010519491231002X")?, 2025).to_string(), "0.00 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn used(&self, buyer: &ResidentId, year: i32) -> Money {
        self.sum(buyer, year, true).unwrap_or(Money::from_minor(i64::MAX, Currency::CNY))
    }

    /// What the buyer's pending (reserved, unreleased) orders count in `year`. Saturates like
    /// [`used`](Self::used).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::{AnnualQuotaLedger, OrderRef};
    ///
    /// let mut ledger = AnnualQuotaLedger::new();
    /// let buyer = ResidentId::try_new("11010519491231002X")?;
    /// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// ledger.reserve(&buyer, OrderRef::try_new("SO-1")?, day, "100.00 CNY".parse()?)?;
    /// assert_eq!(ledger.reserved(&buyer, 2025).to_string(), "100.00 CNY");
    /// assert!(ledger.used(&buyer, 2025).is_zero());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reserved(&self, buyer: &ResidentId, year: i32) -> Money {
        self.sum(buyer, year, false).unwrap_or(Money::from_minor(i64::MAX, Currency::CNY))
    }

    /// Whether `amount` fits in the buyer's quota for the calendar year of `date`: the limit of
    /// the regime in force on `date`, against released orders plus pending reservations.
    ///
    /// # Errors
    ///
    /// [`QuotaError::Tax`] if `date` is before the CBEC regime (2016-04-08) or `amount` is not
    /// CNY or negative.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::{AnnualQuotaLedger, QuotaDecision};
    ///
    /// let ledger = AnnualQuotaLedger::new();
    /// let buyer = ResidentId::try_new("11010519491231002X")?;
    /// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let check = ledger.check(&buyer, day, "26000.01 CNY".parse()?)?;
    /// assert_eq!(check.decision, QuotaDecision::Exceeds { over_by: "0.01 CNY".parse()? });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(
        &self,
        buyer: &ResidentId,
        date: NaiveDate,
        amount: Money,
    ) -> Result<QuotaCheck, QuotaError> {
        let limit = CbecRegime::on(date)?.annual_limit();
        check_amount(amount)?;
        let year = date.year();
        let used = self.sum(buyer, year, true)?;
        let reserved = self.sum(buyer, year, false)?;
        let after = used.checked_add(reserved)?.checked_add(amount)?;
        let decision = if after.minor() > limit.minor() {
            QuotaDecision::Exceeds { over_by: after.checked_sub(limit)? }
        } else {
            QuotaDecision::Within { remaining_after: limit.checked_sub(after)? }
        };
        Ok(QuotaCheck { year, used, reserved, amount, limit, decision })
    }

    /// Checks `amount` like [`check`](Self::check) and, if it fits, reserves it for `order`
    /// under the year of `date`. If it does not fit, nothing is recorded and the returned check
    /// says [`QuotaDecision::Exceeds`].
    ///
    /// # Errors
    ///
    /// [`QuotaError::DuplicateOrder`] if the buyer already has `order`; the errors of
    /// [`check`](Self::check).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::{AnnualQuotaLedger, OrderRef};
    ///
    /// let mut ledger = AnnualQuotaLedger::new();
    /// let buyer = ResidentId::try_new("11010519491231002X")?;
    /// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// assert!(ledger.reserve(&buyer, OrderRef::try_new("A")?, day, "24000.00 CNY".parse()?)?.is_within());
    /// // T12(b): 24,000 + 3,000 = 27,000 > 26,000: refused, nothing recorded
    /// assert!(!ledger.reserve(&buyer, OrderRef::try_new("B")?, day, "3000.00 CNY".parse()?)?.is_within());
    /// assert_eq!(ledger.reserved(&buyer, 2025).to_string(), "24000.00 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reserve(
        &mut self,
        buyer: &ResidentId,
        order: OrderRef,
        date: NaiveDate,
        amount: Money,
    ) -> Result<QuotaCheck, QuotaError> {
        if self.find(buyer, &order).is_some() {
            return Err(QuotaError::DuplicateOrder { order });
        }
        let check = self.check(buyer, date, amount)?;
        if check.is_within() {
            let entry = QuotaEntry {
                amount,
                returned: Money::zero(Currency::CNY),
                status: EntryStatus::Reserved { on: date },
            };
            self.accounts
                .entry(buyer.clone())
                .or_default()
                .entry(date.year())
                .or_default()
                .insert(order, entry);
        }
        Ok(check)
    }

    fn find(&self, buyer: &ResidentId, order: &OrderRef) -> Option<(i32, &QuotaEntry)> {
        self.accounts
            .get(buyer)?
            .iter()
            .find_map(|(year, orders)| orders.get(order).map(|e| (*year, e)))
    }

    fn find_mut(
        &mut self,
        buyer: &ResidentId,
        order: &OrderRef,
    ) -> Result<&mut QuotaEntry, QuotaError> {
        self.accounts
            .get_mut(buyer)
            .and_then(|years| years.values_mut().find_map(|orders| orders.get_mut(order)))
            .ok_or_else(|| QuotaError::UnknownOrder { order: order.clone() })
    }

    /// The entry of `order`, if the buyer has it.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::{AnnualQuotaLedger, OrderRef};
    ///
    /// let ledger = AnnualQuotaLedger::new();
    /// let buyer = ResidentId::try_new("11010519491231002X")?;
    /// assert!(ledger.entry(&buyer, &OrderRef::try_new("SO-1")?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn entry(&self, buyer: &ResidentId, order: &OrderRef) -> Option<&QuotaEntry> {
        self.find(buyer, order).map(|(_, e)| e)
    }

    /// Marks a reserved order as released by customs (放行) on `released_on`: it now counts in
    /// [`used`](Self::used) and the return deadlines run from that day.
    ///
    /// # Errors
    ///
    /// [`QuotaError::UnknownOrder`]; [`QuotaError::WrongState`] if it was already released.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::{AnnualQuotaLedger, OrderRef};
    ///
    /// let mut ledger = AnnualQuotaLedger::new();
    /// let buyer = ResidentId::try_new("11010519491231002X")?;
    /// let order = OrderRef::try_new("SO-1")?;
    /// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// ledger.reserve(&buyer, order.clone(), day, "100.00 CNY".parse()?)?;
    /// ledger.release(&buyer, &order, day)?;
    /// assert!(ledger.release(&buyer, &order, day).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn release(
        &mut self,
        buyer: &ResidentId,
        order: &OrderRef,
        released_on: NaiveDate,
    ) -> Result<(), QuotaError> {
        let entry = self.find_mut(buyer, order)?;
        if entry.status.is_released() {
            return Err(QuotaError::WrongState {
                order: order.clone(),
                state: "released",
                expected: "reserved",
            });
        }
        entry.status = EntryStatus::Released { released_on };
        Ok(())
    }

    /// Alias of [`release`](Self::release), for callers that think of it as committing the
    /// reservation.
    ///
    /// # Errors
    ///
    /// As [`release`](Self::release).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::{AnnualQuotaLedger, OrderRef};
    ///
    /// let mut ledger = AnnualQuotaLedger::new();
    /// let buyer = ResidentId::try_new("11010519491231002X")?;
    /// let order = OrderRef::try_new("SO-1")?;
    /// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// ledger.reserve(&buyer, order.clone(), day, "100.00 CNY".parse()?)?;
    /// ledger.commit(&buyer, &order, day)?;
    /// assert_eq!(ledger.used(&buyer, 2025).to_string(), "100.00 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn commit(
        &mut self,
        buyer: &ResidentId,
        order: &OrderRef,
        released_on: NaiveDate,
    ) -> Result<(), QuotaError> {
        self.release(buyer, order, released_on)
    }

    /// Drops a reservation that will not be declared (order cancelled before release) and
    /// returns its amount.
    ///
    /// # Errors
    ///
    /// [`QuotaError::UnknownOrder`]; [`QuotaError::WrongState`] if the order was released (use
    /// [`record_return`](Self::record_return)).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::{AnnualQuotaLedger, OrderRef};
    ///
    /// let mut ledger = AnnualQuotaLedger::new();
    /// let buyer = ResidentId::try_new("11010519491231002X")?;
    /// let order = OrderRef::try_new("SO-1")?;
    /// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// ledger.reserve(&buyer, order.clone(), day, "100.00 CNY".parse()?)?;
    /// assert_eq!(ledger.cancel(&buyer, &order)?.to_string(), "100.00 CNY");
    /// assert!(ledger.reserved(&buyer, 2025).is_zero());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cancel(&mut self, buyer: &ResidentId, order: &OrderRef) -> Result<Money, QuotaError> {
        let entry = self.find_mut(buyer, order)?;
        if entry.status.is_released() {
            return Err(QuotaError::WrongState {
                order: order.clone(),
                state: "released",
                expected: "reserved",
            });
        }
        let amount = entry.amount;
        if let Some(years) = self.accounts.get_mut(buyer) {
            for orders in years.values_mut() {
                orders.remove(order);
            }
            years.retain(|_, orders| !orders.is_empty());
            if years.is_empty() {
                self.accounts.remove(buyer);
            }
        }
        Ok(amount)
    }

    /// Records the return of `amount` of a released order (the whole order or some lines):
    /// restored to the quota if the return was applied for within 30 days of release and the
    /// goods were back within 45 days (海关总署公告2020年第45号), otherwise nothing is restored.
    ///
    /// Days count from the day after release (the release day is day 0), so with release on
    /// 2025-03-03 the last day to apply is 2025-04-02 and the last day for the goods 2025-04-17.
    /// Deadlines falling on holidays are not extended here.
    ///
    /// # Errors
    ///
    /// [`QuotaError::UnknownOrder`]; [`QuotaError::WrongState`] if the order is not released;
    /// [`QuotaError::DateBeforeRelease`]; [`QuotaError::ReturnExceedsOrder`] if `amount` is more
    /// than the order still counts; [`QuotaError::Tax`] if `amount` is not CNY or negative.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::party::ResidentId;
    /// use crossborder::tax::{AnnualQuotaLedger, OrderRef, ReturnOutcome};
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).ok_or("date");
    /// let mut ledger = AnnualQuotaLedger::new();
    /// let buyer = ResidentId::try_new("11010519491231002X")?;
    /// let order = OrderRef::try_new("SO-1")?;
    /// ledger.reserve(&buyer, order.clone(), d(3, 1)?, "300.00 CNY".parse()?)?;
    /// ledger.release(&buyer, &order, d(3, 3)?)?;
    /// // applied on day 31: too late
    /// let late = ledger.record_return(&buyer, &order, "300.00 CNY".parse()?, d(4, 3)?, d(4, 10)?)?;
    /// assert!(matches!(late, ReturnOutcome::TooLate { .. }));
    /// assert_eq!(ledger.used(&buyer, 2025).to_string(), "300.00 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record_return(
        &mut self,
        buyer: &ResidentId,
        order: &OrderRef,
        amount: Money,
        applied_on: NaiveDate,
        goods_back_on: NaiveDate,
    ) -> Result<ReturnOutcome, QuotaError> {
        check_amount(amount)?;
        let entry = self.find_mut(buyer, order)?;
        let EntryStatus::Released { released_on } = entry.status else {
            return Err(QuotaError::WrongState {
                order: order.clone(),
                state: "reserved",
                expected: "released",
            });
        };
        for (what, date) in [("application", applied_on), ("goods back", goods_back_on)] {
            if date < released_on {
                return Err(QuotaError::DateBeforeRelease { what, date, released_on });
            }
        }
        let remaining = entry.counted()?;
        if amount.minor() > remaining.minor() {
            return Err(QuotaError::ReturnExceedsOrder {
                order: order.clone(),
                requested: amount,
                remaining,
            });
        }
        let apply_by = released_on
            .checked_add_days(Days::new(RETURN_APPLICATION_DAYS))
            .unwrap_or(NaiveDate::MAX);
        let goods_back_by = released_on
            .checked_add_days(Days::new(RETURN_GOODS_BACK_DAYS))
            .unwrap_or(NaiveDate::MAX);
        if applied_on > apply_by || goods_back_on > goods_back_by {
            return Ok(ReturnOutcome::TooLate { apply_by, goods_back_by });
        }
        entry.returned = entry.returned.checked_add(amount)?;
        Ok(ReturnOutcome::Restored { amount })
    }
}

impl fmt::Display for QuotaCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.decision {
            QuotaDecision::Within { remaining_after } => write!(
                f,
                "{year}: {amount} fits ({used} used, {reserved} reserved, {remaining_after} left of {limit})",
                year = self.year,
                amount = self.amount,
                used = self.used,
                reserved = self.reserved,
                limit = self.limit,
            ),
            QuotaDecision::Exceeds { over_by } => write!(
                f,
                "{year}: {amount} exceeds the limit {limit} by {over_by} ({used} used, {reserved} reserved)",
                year = self.year,
                amount = self.amount,
                used = self.used,
                reserved = self.reserved,
                limit = self.limit,
            ),
        }
    }
}
