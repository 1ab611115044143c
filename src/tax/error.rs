//! The error types of the tax module: [`TaxError`] for assessment inputs, [`QuotaError`] for the
//! annual quota ledger and [`ParseTaxError`] for text that is not one of the module's codes.
//!
//! An assessment *outcome* (an order over a limit, a parcel that must be returned, a tax of 50
//! yuan or less that is exempt) is never an error: it is a value of the assessment.

use chrono::NaiveDate;

use super::quota::OrderRef;
use crate::money::{Currency, Money, MoneyError};

/// Input that cannot be assessed: a date before the first modelled rules, an amount in the wrong
/// currency or below zero, an empty order, a line that lacks data the rule needs.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::tax::{CbecRegime, TaxError};
///
/// let date = NaiveDate::from_ymd_opt(2015, 1, 1).ok_or("date")?;
/// assert!(matches!(CbecRegime::on(date), Err(TaxError::NotInForce { .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TaxError {
    /// The regime did not exist (or is not modelled) on the date.
    #[error("no {regime} rules are in force on {date}: the earliest modelled date is {earliest}")]
    NotInForce {
        /// The regime asked for, e.g. `"CBEC retail import"`.
        regime: &'static str,
        /// The date given.
        date: NaiveDate,
        /// The first date for which this module has the rules.
        earliest: NaiveDate,
    },
    /// The order or parcel has no lines.
    #[error("the {what} has no lines: expected at least one")]
    Empty {
        /// `"order"` or `"parcel"`.
        what: &'static str,
    },
    /// An amount is in another currency than the regime computes in.
    #[error("{field} is in {found} but this regime computes in {expected}")]
    WrongCurrency {
        /// Where the amount is, e.g. `lines[2].unit_price`.
        field: String,
        /// The currency of the regime (CNY for China, EUR for the EU, …).
        expected: Currency,
        /// The currency that was given.
        found: Currency,
    },
    /// An amount that must be zero or more is negative.
    #[error("{field} must not be negative, got {amount}")]
    NegativeAmount {
        /// Where the amount is.
        field: String,
        /// The amount that was given.
        amount: Money,
    },
    /// A line has quantity zero.
    #[error("{field} is 0: expected at least one item")]
    ZeroQuantity {
        /// Where the quantity is, e.g. `lines[0].quantity`.
        field: String,
    },
    /// A single indivisible item over the CBEC single-transaction limit pays the goods duty
    /// (财关税〔2018〕49号 item 二), so its line needs the duty rate.
    #[error("{field} is missing: the order is taxed at full rate and needs the goods duty rate")]
    MissingDutyRate {
        /// Where the rate belongs, e.g. `lines[0].duty_rate`.
        field: String,
    },
    /// The category's consumption-tax threshold or specific rate is per millilitre or gram, and
    /// the line does not say how much it contains.
    #[error("{field} is missing: category `{category}` needs the content per unit (ml or g)")]
    MissingContent {
        /// Where the content belongs, e.g. `lines[0].content_per_unit`.
        field: String,
        /// The category id.
        category: String,
    },
    /// The cash discount (or deducted non-cash amount) is larger than the goods value.
    #[error("the {what} of {discount} exceeds the goods value {goods}")]
    DiscountExceedsValue {
        /// `"cash discount"` or `"non-cash deduction"`.
        what: &'static str,
        /// The discount given.
        discount: Money,
        /// The goods value it was applied to.
        goods: Money,
    },
    /// A postal band that the schedule in force on the date does not have, or an item whose
    /// band must be given explicitly because the category's band belongs to another schedule.
    #[error(
        "{field}: postal band {band} does not exist in the schedule in force on {date}; give the band of that schedule explicitly"
    )]
    BandNotInSchedule {
        /// Where the band comes from, e.g. `items[1].band`.
        field: String,
        /// The band asked for.
        band: super::rates::PostalBand,
        /// The date of the parcel.
        date: NaiveDate,
    },
    /// A rate outside its legal range (a consumption-tax rate must be below 100%).
    #[error("invalid {what} rate {rate}: expected {expected}")]
    InvalidRate {
        /// Which rate, e.g. `"consumption tax"`.
        what: &'static str,
        /// The rate given, as text.
        rate: String,
        /// The accepted range.
        expected: &'static str,
    },
    /// An origin from which the rule does not apply (a postal parcel "from" the mainland).
    #[error(
        "{field} `{origin}` cannot send inbound postal articles: expected Hong Kong, Macao, Taiwan or a foreign country"
    )]
    InvalidOrigin {
        /// Where the origin is.
        field: String,
        /// The origin given.
        origin: String,
    },
    /// A content (ml or g) that is not positive.
    #[error("invalid content {amount}: expected a positive number of ml or g")]
    InvalidContent {
        /// The amount given, as text.
        amount: String,
    },
    /// An intermediate or final amount does not fit the number types (about ±92 trillion yuan).
    #[error("arithmetic overflow in {operation}")]
    Overflow {
        /// The operation that overflowed.
        operation: &'static str,
    },
}

impl TaxError {
    /// Maps a money error on the amount at `field` to a tax error.
    pub(crate) fn from_money(err: &MoneyError, field: &str) -> Self {
        match err {
            MoneyError::CurrencyMismatch { left, right } => {
                Self::WrongCurrency { field: field.to_owned(), expected: *right, found: *left }
            }
            _ => Self::Overflow { operation: "money arithmetic" },
        }
    }
}

/// A failed operation on the [`AnnualQuotaLedger`](super::AnnualQuotaLedger).
///
/// An order that would exceed the annual limit is **not** an error: [`reserve`] returns a
/// [`QuotaCheck`](super::QuotaCheck) that says so and records nothing.
///
/// [`reserve`]: super::AnnualQuotaLedger::reserve
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::party::ResidentId;
/// use crossborder::tax::{AnnualQuotaLedger, OrderRef, QuotaError};
///
/// let mut ledger = AnnualQuotaLedger::new();
/// let buyer = ResidentId::try_new("11010519491231002X")?;
/// let order = OrderRef::try_new("SO-1")?;
/// let day = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let err = ledger.commit(&buyer, &order, day).unwrap_err();
/// assert_eq!(err, QuotaError::UnknownOrder { order });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QuotaError {
    /// The order is already in the ledger for this buyer.
    #[error("order {order} is already recorded for this buyer")]
    DuplicateOrder {
        /// The order reference.
        order: OrderRef,
    },
    /// The order is not in the ledger for this buyer.
    #[error("order {order} is not recorded for this buyer")]
    UnknownOrder {
        /// The order reference.
        order: OrderRef,
    },
    /// The order is not in the state the operation needs (e.g. a return of an order that was
    /// never released).
    #[error("order {order} is {state}, expected it to be {expected}")]
    WrongState {
        /// The order reference.
        order: OrderRef,
        /// Its current state.
        state: &'static str,
        /// The state the operation needs.
        expected: &'static str,
    },
    /// A return larger than what the order still counts toward the year.
    #[error("a return of {requested} exceeds the {remaining} that order {order} still counts")]
    ReturnExceedsOrder {
        /// The order reference.
        order: OrderRef,
        /// The amount asked to restore.
        requested: Money,
        /// What the order still counts (its amount less earlier returns).
        remaining: Money,
    },
    /// A return date before the release date.
    #[error("the {what} date {date} is before the release date {released_on}")]
    DateBeforeRelease {
        /// `"application"` or `"goods back"`.
        what: &'static str,
        /// The date given.
        date: NaiveDate,
        /// The release date of the order.
        released_on: NaiveDate,
    },
    /// The amount or date cannot be used (wrong currency, negative, before the CBEC regime).
    #[error(transparent)]
    Tax(#[from] TaxError),
}

/// Text that is not one of the tax module's codes (a category id, an order reference, an HS
/// code, the name of a band, policy or citation).
///
/// # Examples
///
/// ```
/// use crossborder::tax::{PostalBand, ParseTaxError};
///
/// let err = "5".parse::<PostalBand>().unwrap_err();
/// assert!(matches!(err, ParseTaxError::Unknown { what: "postal band", .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseTaxError {
    /// The text is not one of the names of an enumeration.
    #[error("unknown {what} `{text}`: expected {expected}")]
    Unknown {
        /// What was being parsed.
        what: &'static str,
        /// The text that was given.
        text: String,
        /// The accepted forms.
        expected: &'static str,
    },
    /// The text breaks the grammar of a code.
    #[error("invalid {what} `{text}` at character {position}: expected {expected}")]
    Malformed {
        /// What was being parsed.
        what: &'static str,
        /// The text that was given.
        text: String,
        /// Character offset of the first offending character (the length if something is
        /// missing at the end).
        position: usize,
        /// What was expected there.
        expected: &'static str,
    },
}

macro_rules! unknown_fns {
    ($($fn_name:ident => $what:literal, $expected:literal;)+) => {
        impl ParseTaxError {
            $(
                pub(crate) fn $fn_name(text: &str) -> Self {
                    Self::Unknown { what: $what, text: text.to_owned(), expected: $expected }
                }
            )+
        }
    };
}

unknown_fns! {
    postal_band => "postal band", "`1`, `2`, `3` or `4`";
    vat_class => "VAT class", "`standard`, `reduced` or `fixed <rate>`";
    content_unit => "content unit", "`ml` or `g`";
    granularity => "rounding granularity", "`per_line` or `per_order`";
    rounding_order => "rounding order", "`reduce_then_round` or `round_statutory_then_reduce`";
    freight_allocation => "freight allocation", "`by_value` or `by_quantity`";
    non_cash => "non-cash deduction treatment", "`not_deducted` or `deducted`";
    cbec_regime => "CBEC regime", "`limits2016` or `limits2019`";
    postal_schedule => "postal schedule", "`pre2016`, `from2016`, `from2018`, `from2019` or `from2024`";
    value_basis => "value basis", "`customs_value_table` or `invoice`";
    citation => "citation", "a citation as printed by `Citation`'s Display";
    builtin_category => "built-in category", "a snake_case built-in category id such as `ordinary`";
    destination => "destination", "`eu`, `uk`, `au`, `ca`, `us` or `jp`";
    carriage => "carriage", "`courier` or `post`";
    foreign_goods => "goods kind", "`ordinary`, `excise` or `relief_excluded`";
}

impl From<MoneyError> for QuotaError {
    fn from(err: MoneyError) -> Self {
        Self::Tax(TaxError::from_money(&err, "amount"))
    }
}
