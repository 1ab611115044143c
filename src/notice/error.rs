//! The error type of the `notice` module.

use chrono::NaiveDate;

use super::templates::TemplateKey;
use super::values::Lang;

/// An input to the buyer notices was rejected: a delivery window, a marketplace name, a code or
/// a replacement template.
///
/// # Examples
///
/// ```
/// use crossborder::notice::{Lang, NoticeError, TemplateKey, Templates};
///
/// let mut templates = Templates::new();
/// let err = templates.set(Lang::En, TemplateKey::CarrierNow, "{carrier} {phone}").unwrap_err();
/// assert_eq!(
///     err,
///     NoticeError::UnknownPlaceholder { lang: Lang::En, key: TemplateKey::CarrierNow, name: "phone".into() }
/// );
/// assert_eq!(err.to_string(), "template carrier_now (en): unknown placeholder {phone}; allowed: {carrier} {number} {url}");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoticeError {
    /// A delivery window ends before it starts.
    #[error("a delivery window cannot end on {to}, before it starts on {from}")]
    WindowReversed {
        /// The first date given.
        from: NaiveDate,
        /// The last date given.
        to: NaiveDate,
    },
    /// A listing's transit days are not `1 <= min <= max <= 365`.
    #[error("transit days {min} to {max}: expected 1 <= min <= max <= 365")]
    TransitDays {
        /// The fewest days given.
        min: u16,
        /// The most days given.
        max: u16,
    },
    /// A marketplace name is empty, longer than 64 characters, or has a control character.
    #[error(
        "invalid marketplace name {text:?}: expected 1 to 64 characters without control characters"
    )]
    MarketplaceName {
        /// The text given.
        text: String,
    },
    /// A name that is not one of this module's codes (a language, a template key, a question).
    #[error("unknown {kind} {text:?}")]
    UnknownCode {
        /// What was being parsed (`"language"`, `"template key"`, `"question"`).
        kind: &'static str,
        /// The text given.
        text: String,
    },
    /// A replacement template names a placeholder its key does not provide.
    #[error("template {key} ({lang}): unknown placeholder {{{name}}}; allowed: {}", allowed(*key))]
    UnknownPlaceholder {
        /// The language.
        lang: Lang,
        /// The key.
        key: TemplateKey,
        /// The placeholder's name.
        name: String,
    },
    /// A replacement template has a `{` without its `}` or a `}` without its `{` (write `{{`
    /// and `}}` for literal braces).
    #[error(
        "template {key} ({lang}): unbalanced brace at character {position}; write {{{{ and }}}} for literal braces"
    )]
    UnbalancedBrace {
        /// The language.
        lang: Lang,
        /// The key.
        key: TemplateKey,
        /// The position of the brace, in characters.
        position: usize,
    },
    /// A replacement template is longer than [`Templates::MAX_LEN`](super::Templates::MAX_LEN)
    /// characters.
    #[error("template {key} ({lang}) has {len} characters, more than {max}")]
    TemplateTooLong {
        /// The language.
        lang: Lang,
        /// The key.
        key: TemplateKey,
        /// Its length in characters.
        len: usize,
        /// The most allowed.
        max: usize,
    },
}

/// The placeholders of `key`, as `{a} {b}`.
fn allowed(key: TemplateKey) -> String {
    let names: Vec<String> = key.placeholders().iter().map(|p| format!("{{{p}}}")).collect();
    if names.is_empty() { "none".to_owned() } else { names.join(" ") }
}

impl NoticeError {
    pub(crate) fn unknown(kind: &'static str, text: &str) -> Self {
        Self::UnknownCode { kind, text: text.to_owned() }
    }

    pub(crate) fn lang(text: &str) -> Self {
        Self::unknown("language", text)
    }

    pub(crate) fn template_key(text: &str) -> Self {
        Self::unknown("template key", text)
    }

    pub(crate) fn question(text: &str) -> Self {
        Self::unknown("question", text)
    }
}
