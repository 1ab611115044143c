//! Errors of the `reply` module.

/// What went wrong building a reply value: a name that is not one of the module's codes, a
/// confidence out of range, a cue the lexicon cannot compile, an order number of an unknown
/// shape.
///
/// Recognising a message never fails: an unknown message is a [`Recognition`](super::Recognition)
/// of [`Intent::Other`](super::Intent::Other), and an escalation is a reply, not an error.
///
/// # Examples
///
/// ```
/// use crossborder::reply::{Intent, ReplyError};
///
/// let err = "weather".parse::<Intent>().unwrap_err();
/// assert_eq!(err, ReplyError::UnknownCode { kind: "intent", text: "weather".into() });
/// assert_eq!(err.to_string(), "unknown intent \"weather\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReplyError {
    /// A name that is not a code of this module (an intent, a topic, a cue target, an
    /// escalation reason); `kind` says which.
    #[error("unknown {kind} {text:?}")]
    UnknownCode {
        /// What was being parsed (`"intent"`, `"topic"`, `"escalation reason"`).
        kind: &'static str,
        /// The text given.
        text: String,
    },
    /// A confidence outside 0–1000 per mille, or not written as `0.000`–`1.000`.
    #[error("confidence {text:?} is not a number from 0.000 to 1.000 (per mille 0 to 1000)")]
    Confidence {
        /// The text or number given.
        text: String,
    },
    /// A cue the lexicon cannot use; `reason` says why (empty, gap first or last, weight 0,
    /// too many parts).
    #[error("cue {cue:?} is not usable: {reason}")]
    Cue {
        /// The cue as given.
        cue: String,
        /// Why it cannot be used.
        reason: &'static str,
    },
    /// Text that is not an order number of a known shape (Amazon `ddd-ddddddd-ddddddd`, or 10
    /// to 24 digits).
    #[error("{text:?} is not an order number (expected ddd-ddddddd-ddddddd or 10 to 24 digits)")]
    OrderNumber {
        /// The text given.
        text: String,
    },
}

impl ReplyError {
    pub(crate) fn intent(text: &str) -> Self {
        Self::UnknownCode { kind: "intent", text: text.to_owned() }
    }

    pub(crate) fn topic(text: &str) -> Self {
        Self::UnknownCode { kind: "topic", text: text.to_owned() }
    }

    pub(crate) fn reason(text: &str) -> Self {
        Self::UnknownCode { kind: "escalation reason", text: text.to_owned() }
    }
}
