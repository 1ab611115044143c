//! The error type of the `metrics` module.

use chrono::{DateTime, NaiveDate, Utc};

use super::order::OrderId;
use super::policy::Programme;
use crate::calendar::CalendarError;
use crate::geo::Country;

/// An input to the seller metrics was rejected: an identifier, a rating, a target, a window, a
/// policy or an order record that cannot be.
///
/// A metric that misses its target is not an error: it is a [`MetricReport`](super::MetricReport)
/// with the status [`AtRisk`](super::MetricStatus::AtRisk).
///
/// # Examples
///
/// ```
/// use crossborder::metrics::{MetricsError, OrderId};
///
/// let err = "113 1234567".parse::<OrderId>().unwrap_err();
/// assert!(matches!(err, MetricsError::OrderId { position: Some(3), .. }));
/// assert_eq!(
///     err.to_string(),
///     "invalid order id \"113 1234567\": character at byte 3 is not a letter, digit, '-', '_' or '.'"
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MetricsError {
    /// An order id is empty, longer than [`OrderId::MAX_LEN`] bytes, or has a character other
    /// than an ASCII letter, digit, `-`, `_` or `.`.
    #[error("invalid order id {text:?}: {}", match position {
        Some(at) => format!("character at byte {at} is not a letter, digit, '-', '_' or '.'"),
        None => format!("expected 1 to {} characters", OrderId::MAX_LEN),
    })]
    OrderId {
        /// The text given (an order id is not personal data).
        text: String,
        /// The byte position of the first character not allowed, if that is the problem.
        position: Option<usize>,
    },
    /// A name that is not one of this module's codes (a metric, a fulfilment channel, a
    /// cancellation party, a programme, a target condition, a status).
    #[error("unknown {kind} {text:?}")]
    UnknownCode {
        /// What was being parsed (`"metric"`, `"programme"` …).
        kind: &'static str,
        /// The text given.
        text: String,
    },
    /// A feedback rating is not a whole number of stars from 1 to 5.
    #[error("feedback rating {text:?} is not a whole number of stars from 1 to 5")]
    FeedbackRating {
        /// The text or number given.
        text: String,
    },
    /// A target is not a condition (`<`, `<=`, `>`, `>=`) followed by a proportion from 0 to 1
    /// with at most [`Target::MAX_SCALE`](super::Target::MAX_SCALE) decimals.
    #[error(
        "invalid target {text:?}: expected a condition (<, <=, >, >=) and a proportion from 0 to 1 with at most 6 decimals, e.g. \"<0.01\""
    )]
    Target {
        /// The text or value given.
        text: String,
    },
    /// A ratio is not `numerator/denominator` with `numerator <= denominator`.
    #[error(
        "invalid ratio {text:?}: expected \"numerator/denominator\" with numerator <= denominator"
    )]
    Ratio {
        /// The text or values given.
        text: String,
    },
    /// A window is shorter than one day or longer than a year, or its lag is longer than a year.
    #[error(
        "invalid window of {days} days with a lag of {lag_days} days: expected 1 to 366 days and a lag of at most 366 days"
    )]
    Window {
        /// The length given.
        days: u16,
        /// The lag given.
        lag_days: u16,
    },
    /// A policy has no rule, or more than [`Policy::MAX_RULES`](super::Policy::MAX_RULES).
    #[error("a policy needs 1 to {max} rules, got {count}")]
    RuleCount {
        /// The number of rules given.
        count: usize,
        /// The most allowed.
        max: usize,
    },
    /// There are no built-in thresholds for this programme on this marketplace; build the
    /// [`Policy`](super::Policy) from its rules instead.
    #[error("no built-in thresholds for programme {programme} on marketplace {marketplace}")]
    UnknownPolicy {
        /// The marketplace asked for.
        marketplace: Country,
        /// The programme asked for.
        programme: Programme,
    },
    /// A seller-fulfilled order has no expected ship date: give its node
    /// ([`OrderRecordBuilder::ship_from`](super::OrderRecordBuilder::ship_from)) or the date the
    /// marketplace states ([`OrderRecordBuilder::expected_ship_date`](super::OrderRecordBuilder::expected_ship_date)).
    #[error("order {order}: a seller-fulfilled order needs an expected ship date")]
    MissingExpectedShipDate {
        /// The order.
        order: OrderId,
    },
    /// An order is both cancelled and ship-confirmed: a decision not to fulfil after ship
    /// confirmation is a refund, not a cancellation (Seller Central help 200285210).
    #[error(
        "order {order} is both cancelled and ship-confirmed (after ship confirmation it is a refund)"
    )]
    CancelledAfterShipment {
        /// The order.
        order: OrderId,
    },
    /// An order's ship confirmation is earlier than the order itself.
    #[error("order {order} is ship-confirmed at {shipped} but was ordered at {ordered}")]
    ShippedBeforeOrdered {
        /// The order.
        order: OrderId,
        /// When it was ordered.
        ordered: DateTime<Utc>,
        /// When it was ship-confirmed.
        shipped: DateTime<Utc>,
    },
    /// The expected ship date of an order could not be computed: its node's calendar does not
    /// cover the date.
    #[error("order {order}: expected ship date: {error}")]
    Calendar {
        /// The order.
        order: OrderId,
        /// What the calendar said.
        error: CalendarError,
    },
    /// A window before `as_of` would start before the earliest date chrono represents.
    #[error("a {days}-day window with a {lag_days}-day lag before {as_of} is out of range")]
    DateOutOfRange {
        /// The report date.
        as_of: NaiveDate,
        /// The window's length.
        days: u16,
        /// The window's lag.
        lag_days: u16,
    },
}

impl MetricsError {
    pub(crate) fn unknown(kind: &'static str, text: &str) -> Self {
        Self::UnknownCode { kind, text: text.to_owned() }
    }

    pub(crate) fn metric(text: &str) -> Self {
        Self::unknown("metric", text)
    }

    pub(crate) fn fulfilment(text: &str) -> Self {
        Self::unknown("fulfilment channel", text)
    }

    pub(crate) fn cancelled_by(text: &str) -> Self {
        Self::unknown("cancellation party", text)
    }

    pub(crate) fn programme(text: &str) -> Self {
        Self::unknown("programme", text)
    }

    pub(crate) fn attribution(text: &str) -> Self {
        Self::unknown("attribution date", text)
    }

    pub(crate) fn status(text: &str) -> Self {
        Self::unknown("metric status", text)
    }

    pub(crate) fn condition(text: &str) -> Self {
        Self::unknown("target condition", text)
    }
}
