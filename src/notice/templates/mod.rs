//! The texts of the notices: [`TemplateKey`], the built-in Simplified Chinese and English
//! templates, and [`Templates`], which lets a user replace any of them.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::error::NoticeError;
use super::values::Lang;

mod en;
mod zh_cn;

/// One replaceable text. Each key provides a fixed set of placeholders
/// ([`placeholders`](Self::placeholders)), written `{name}` in a template; `{{` and `}}` are
/// literal braces.
///
/// # Examples
///
/// ```
/// use crossborder::notice::TemplateKey;
///
/// assert_eq!(TemplateKey::CarrierNow.placeholders(), &["carrier", "number", "url"]);
/// assert_eq!(TemplateKey::CarrierNow.to_string(), "carrier_now");
/// assert_eq!("window".parse::<TemplateKey>()?, TemplateKey::Window);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(
    serialize_all = "snake_case",
    parse_err_ty = NoticeError,
    parse_err_fn = NoticeError::template_key
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TemplateKey {
    /// Opening with the buyer's masked name: `{name}`.
    Greeting,
    /// No carrier has the parcel yet.
    StagePending,
    /// Bonded import: the goods wait in the bonded warehouse for clearance.
    StagePendingBonded,
    /// Label created, waiting for the first carrier: `{carrier}`.
    StageLabelCreated,
    /// A carrier before customs collected the parcel: `{carrier}`.
    StagePickedUpToChina,
    /// Moving towards China: `{carrier}`.
    StageInTransitToChina,
    /// Arrived at the port of entry: `{place}`.
    StageArrived,
    /// Clearance under way: `{place}`.
    StageCustomsProcessing,
    /// Held by customs: `{place}`, `{reason}` (one of the `Hold…` texts).
    StageCustomsHeld,
    /// Released by customs: `{place}`.
    StageCustomsReleased,
    /// Handed to the next carrier: `{carrier}`.
    StageHandedOff,
    /// A carrier after customs collected the parcel: `{carrier}`.
    StagePickedUpInChina,
    /// Moving within China: `{carrier}`.
    StageInTransitInChina,
    /// Out for delivery: `{carrier}`.
    StageOutForDelivery,
    /// A delivery attempt failed: `{carrier}`.
    StageAttemptFailed,
    /// At a pick-up point or locker: `{carrier}`.
    StageAvailableForPickup,
    /// Delivered: `{carrier}`, `{date}`.
    StageDelivered,
    /// A carrier exception: `{carrier}`, `{reason}` (one of the `Exception…` texts).
    StageException,
    /// Returning to the sender.
    StageReturning,
    /// Returned to the sender.
    StageReturned,
    /// Lost.
    StageLost,
    /// Cancelled before pick-up.
    StageCancelled,
    /// Seized by customs.
    StageSeized,
    /// Hold reason: inspection (查验).
    HoldInspection,
    /// Hold reason: documents or real-name data to check (三单 / 实名).
    HoldDocuments,
    /// Hold reason: tax unpaid.
    HoldDutiesUnpaid,
    /// Hold reason: other or unstated.
    HoldOther,
    /// Exception reason: delay.
    ExceptionDelay,
    /// Exception reason: damage.
    ExceptionDamage,
    /// Exception reason: misroute.
    ExceptionMisroute,
    /// Exception reason: address problem.
    ExceptionAddressIssue,
    /// Exception reason: other or unstated.
    ExceptionOther,
    /// The last tracking update: `{date}`, `{time}`.
    LastUpdate,
    /// The first carrier, before it collected the parcel: `{carrier}`, `{number}`, `{url}`.
    CarrierFirst,
    /// The carrier that has the parcel: `{carrier}`, `{number}`, `{url}`.
    CarrierNow,
    /// The carrier after customs: `{carrier}`, `{number}`, `{url}`.
    CarrierNext,
    /// The carrier that had the parcel last, once the journey is over: `{carrier}`,
    /// `{number}`, `{url}`.
    CarrierLast,
    /// A carrier that had the parcel before: `{carrier}`, `{number}`.
    EarlierCarrier,
    /// A hand-off after customs release with a new number: `{from_carrier}`, `{from_number}`,
    /// `{to_carrier}`, `{to_number}`, `{place}`.
    HandOffAfterCustoms,
    /// A hand-off keeping the number (postal operators): `{from_carrier}`, `{to_carrier}`,
    /// `{number}`, `{place}`.
    HandOffSameNumber,
    /// Any other hand-off with a new number: `{from_carrier}`, `{from_number}`,
    /// `{to_carrier}`, `{to_number}`, `{place}`.
    HandOffTransfer,
    /// The number will change at the coming hand-off: `{from_carrier}`, `{to_carrier}`,
    /// `{to_number}`, `{place}`.
    NumberWillChange,
    /// The number never changes on this route: `{number}`.
    NumberUnchanged,
    /// The delivery window: `{from}`, `{to}`.
    Window,
    /// A window of one day: `{date}`.
    WindowOneDay,
    /// The window has passed: `{to}`.
    WindowPassed,
    /// No scan for longer than the stage normally takes: `{carrier}`, `{days}`, `{date}`.
    ProblemNoScan,
    /// What to do during an inspection.
    AdviceHoldInspection,
    /// What to do when documents or real-name data are checked.
    AdviceHoldDocuments,
    /// What to do when tax is unpaid.
    AdviceHoldDutiesUnpaid,
    /// What to do after a failed attempt: `{carrier}`, `{url}`.
    AdviceAttemptFailed,
    /// What to do when the parcel waits at a pick-up point.
    AdviceAvailableForPickup,
    /// Whom to contact on the marketplace's direct mail: `{marketplace}`.
    ContactMarketplace,
    /// Whom to contact when the seller ships: `{carrier}`.
    ContactSeller,
    /// Customs and tax under direct purchase import (9610).
    CustomsDirectPurchase,
    /// Customs and tax under bonded import (1210).
    CustomsBonded,
    /// Customs and tax for personal postal articles (行邮).
    CustomsPostal,
    /// Listing: direct purchase import: `{origin}`, `{international}`, `{domestic}`.
    ListingDirectPurchase,
    /// Listing: bonded import: `{domestic}`.
    ListingBonded,
    /// Listing: postal articles: `{origin}`, `{international}`, `{domestic}`.
    ListingPostal,
    /// Listing: transit time in days: `{min}`, `{max}`.
    ListingDays,
}

impl TemplateKey {
    /// Every key.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::TemplateKey;
    ///
    /// assert_eq!(TemplateKey::ALL.len(), 61);
    /// ```
    pub const ALL: &[Self] = &[
        Self::Greeting,
        Self::StagePending,
        Self::StagePendingBonded,
        Self::StageLabelCreated,
        Self::StagePickedUpToChina,
        Self::StageInTransitToChina,
        Self::StageArrived,
        Self::StageCustomsProcessing,
        Self::StageCustomsHeld,
        Self::StageCustomsReleased,
        Self::StageHandedOff,
        Self::StagePickedUpInChina,
        Self::StageInTransitInChina,
        Self::StageOutForDelivery,
        Self::StageAttemptFailed,
        Self::StageAvailableForPickup,
        Self::StageDelivered,
        Self::StageException,
        Self::StageReturning,
        Self::StageReturned,
        Self::StageLost,
        Self::StageCancelled,
        Self::StageSeized,
        Self::HoldInspection,
        Self::HoldDocuments,
        Self::HoldDutiesUnpaid,
        Self::HoldOther,
        Self::ExceptionDelay,
        Self::ExceptionDamage,
        Self::ExceptionMisroute,
        Self::ExceptionAddressIssue,
        Self::ExceptionOther,
        Self::LastUpdate,
        Self::CarrierFirst,
        Self::CarrierNow,
        Self::CarrierNext,
        Self::CarrierLast,
        Self::EarlierCarrier,
        Self::HandOffAfterCustoms,
        Self::HandOffSameNumber,
        Self::HandOffTransfer,
        Self::NumberWillChange,
        Self::NumberUnchanged,
        Self::Window,
        Self::WindowOneDay,
        Self::WindowPassed,
        Self::ProblemNoScan,
        Self::AdviceHoldInspection,
        Self::AdviceHoldDocuments,
        Self::AdviceHoldDutiesUnpaid,
        Self::AdviceAttemptFailed,
        Self::AdviceAvailableForPickup,
        Self::ContactMarketplace,
        Self::ContactSeller,
        Self::CustomsDirectPurchase,
        Self::CustomsBonded,
        Self::CustomsPostal,
        Self::ListingDirectPurchase,
        Self::ListingBonded,
        Self::ListingPostal,
        Self::ListingDays,
    ];

    /// The snake-case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::TemplateKey;
    ///
    /// assert_eq!(TemplateKey::HandOffAfterCustoms.as_str(), "hand_off_after_customs");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The placeholders the key provides, in a fixed order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::TemplateKey;
    ///
    /// assert_eq!(TemplateKey::Window.placeholders(), &["from", "to"]);
    /// assert!(TemplateKey::StagePending.placeholders().is_empty());
    /// ```
    pub fn placeholders(self) -> &'static [&'static str] {
        const CARRIER: &[&str] = &["carrier"];
        const PLACE: &[&str] = &["place"];
        const LINK: &[&str] = &["carrier", "number", "url"];
        const HAND_OFF: &[&str] =
            &["from_carrier", "from_number", "to_carrier", "to_number", "place"];
        const CHAIN: &[&str] = &["origin", "international", "domestic"];
        match self {
            Self::Greeting => &["name"],
            Self::StagePending
            | Self::StagePendingBonded
            | Self::StageReturning
            | Self::StageReturned
            | Self::StageLost
            | Self::StageCancelled
            | Self::StageSeized
            | Self::HoldInspection
            | Self::HoldDocuments
            | Self::HoldDutiesUnpaid
            | Self::HoldOther
            | Self::ExceptionDelay
            | Self::ExceptionDamage
            | Self::ExceptionMisroute
            | Self::ExceptionAddressIssue
            | Self::ExceptionOther
            | Self::AdviceHoldInspection
            | Self::AdviceHoldDocuments
            | Self::AdviceHoldDutiesUnpaid
            | Self::AdviceAvailableForPickup
            | Self::CustomsDirectPurchase
            | Self::CustomsBonded
            | Self::CustomsPostal => &[],
            Self::StageLabelCreated
            | Self::StagePickedUpToChina
            | Self::StageInTransitToChina
            | Self::StageHandedOff
            | Self::StagePickedUpInChina
            | Self::StageInTransitInChina
            | Self::StageOutForDelivery
            | Self::StageAttemptFailed
            | Self::StageAvailableForPickup
            | Self::ContactSeller => CARRIER,
            Self::StageArrived | Self::StageCustomsProcessing | Self::StageCustomsReleased => PLACE,
            Self::StageCustomsHeld => &["place", "reason"],
            Self::StageDelivered => &["carrier", "date"],
            Self::StageException => &["carrier", "reason"],
            Self::LastUpdate => &["date", "time"],
            Self::CarrierFirst | Self::CarrierNow | Self::CarrierNext | Self::CarrierLast => LINK,
            Self::EarlierCarrier => &["carrier", "number"],
            Self::HandOffAfterCustoms | Self::HandOffTransfer => HAND_OFF,
            Self::HandOffSameNumber => &["from_carrier", "to_carrier", "number", "place"],
            Self::NumberWillChange => &["from_carrier", "to_carrier", "to_number", "place"],
            Self::NumberUnchanged => &["number"],
            Self::Window => &["from", "to"],
            Self::WindowOneDay => &["date"],
            Self::WindowPassed => &["to"],
            Self::ProblemNoScan => &["carrier", "days", "date"],
            Self::AdviceAttemptFailed => &["carrier", "url"],
            Self::ContactMarketplace => &["marketplace"],
            Self::ListingDirectPurchase | Self::ListingPostal => CHAIN,
            Self::ListingBonded => &["domestic"],
            Self::ListingDays => &["min", "max"],
        }
    }
}

/// The templates the notices are written with: the built-in Simplified Chinese and English
/// texts, and any replacements the user sets per language and key.
///
/// A replacement is checked when it is set: it may use any of its key's placeholders (or none)
/// and no other; `{{` and `}}` are literal braces. Rendering is then plain substitution, so the
/// same inputs always give the same text.
///
/// With the `serde` feature the replacements serialize as a list of `{lang, key, text}` and
/// deserialize through [`set`](Self::set).
///
/// # Examples
///
/// ```
/// use crossborder::notice::{Lang, TemplateKey, Templates};
///
/// let mut templates = Templates::new();
/// assert!(templates.get(Lang::ZhCn, TemplateKey::CarrierNow).contains("{carrier}"));
/// templates.set(Lang::ZhCn, TemplateKey::CarrierNow, "快递：{carrier}（{number}）")?;
/// assert_eq!(templates.get(Lang::ZhCn, TemplateKey::CarrierNow), "快递：{carrier}（{number}）");
/// templates.reset(Lang::ZhCn, TemplateKey::CarrierNow);
/// assert_eq!(templates, Templates::new());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Templates {
    overrides: BTreeMap<(Lang, TemplateKey), Box<str>>,
}

impl Templates {
    /// The longest replacement, in characters.
    pub const MAX_LEN: usize = 2000;

    /// The built-in templates, with no replacement.
    ///
    /// # Examples
    ///
    /// See [`Templates`].
    ///
    /// ```
    /// use crossborder::notice::Templates;
    ///
    /// assert_eq!(Templates::new().overrides().count(), 0);
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// The built-in template of `key` in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::{Lang, TemplateKey, Templates};
    ///
    /// assert_eq!(Templates::builtin(Lang::En, TemplateKey::Window), "Expected delivery: {from} to {to}.");
    /// ```
    pub fn builtin(lang: Lang, key: TemplateKey) -> &'static str {
        match lang {
            Lang::ZhCn => zh_cn::text(key),
            Lang::En => en::text(key),
        }
    }

    /// The template used for `key` in `lang`: the replacement if one is set, the built-in one
    /// otherwise.
    ///
    /// # Examples
    ///
    /// See [`Templates`].
    ///
    /// ```
    /// use crossborder::notice::{Lang, TemplateKey, Templates};
    ///
    /// let t = Templates::new();
    /// assert_eq!(t.get(Lang::ZhCn, TemplateKey::Window), Templates::builtin(Lang::ZhCn, TemplateKey::Window));
    /// ```
    pub fn get(&self, lang: Lang, key: TemplateKey) -> &str {
        match self.overrides.get(&(lang, key)) {
            Some(text) => text,
            None => Self::builtin(lang, key),
        }
    }

    /// Replaces the template of `key` in `lang`.
    ///
    /// # Errors
    ///
    /// - [`NoticeError::TemplateTooLong`] beyond [`MAX_LEN`](Self::MAX_LEN) characters;
    /// - [`NoticeError::UnbalancedBrace`] for a lone `{` or `}`;
    /// - [`NoticeError::UnknownPlaceholder`] for a placeholder the key does not provide.
    ///
    /// The templates are unchanged on error.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::{Lang, NoticeError, TemplateKey, Templates};
    ///
    /// let mut t = Templates::new();
    /// t.set(Lang::En, TemplateKey::Window, "Arrives {{roughly}} {from}–{to}")?;
    /// let err = t.set(Lang::En, TemplateKey::Window, "Arrives {from").unwrap_err();
    /// assert!(matches!(err, NoticeError::UnbalancedBrace { position: 8, .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn set(&mut self, lang: Lang, key: TemplateKey, text: &str) -> Result<(), NoticeError> {
        check(lang, key, text)?;
        self.overrides.insert((lang, key), text.into());
        Ok(())
    }

    /// The templates with `key` in `lang` replaced ([`set`](Self::set) by value).
    ///
    /// # Errors
    ///
    /// As [`set`](Self::set).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::{Lang, TemplateKey, Templates};
    ///
    /// let t = Templates::new().with(Lang::En, TemplateKey::StagePending, "Packing your order.")?;
    /// assert_eq!(t.get(Lang::En, TemplateKey::StagePending), "Packing your order.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with(mut self, lang: Lang, key: TemplateKey, text: &str) -> Result<Self, NoticeError> {
        self.set(lang, key, text)?;
        Ok(self)
    }

    /// Goes back to the built-in template of `key` in `lang`.
    ///
    /// # Examples
    ///
    /// See [`Templates`].
    ///
    /// ```
    /// use crossborder::notice::{Lang, TemplateKey, Templates};
    ///
    /// let mut t = Templates::new().with(Lang::En, TemplateKey::StagePending, "Packing.")?;
    /// t.reset(Lang::En, TemplateKey::StagePending);
    /// assert_eq!(t, Templates::new());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reset(&mut self, lang: Lang, key: TemplateKey) {
        self.overrides.remove(&(lang, key));
    }

    /// The replacements, by language then key.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::{Lang, TemplateKey, Templates};
    ///
    /// let t = Templates::new().with(Lang::En, TemplateKey::StagePending, "Packing.")?;
    /// assert_eq!(t.overrides().collect::<Vec<_>>(), [(Lang::En, TemplateKey::StagePending, "Packing.")]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn overrides(&self) -> impl Iterator<Item = (Lang, TemplateKey, &str)> + '_ {
        self.overrides.iter().map(|((lang, key), text)| (*lang, *key, &**text))
    }

    /// The text of `key` in `lang` with its placeholders filled from `args` (name, value); a
    /// placeholder without a value is left empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::{Lang, TemplateKey, Templates};
    ///
    /// let t = Templates::new();
    /// let text = t.render(Lang::ZhCn, TemplateKey::Window, &[("from", "7月10日"), ("to", "7月14日")]);
    /// assert_eq!(text, "预计送达时间：7月10日至7月14日。");
    /// ```
    pub fn render(&self, lang: Lang, key: TemplateKey, args: &[(&str, &str)]) -> String {
        fill(self.get(lang, key), args)
    }
}

/// Checks a replacement template.
fn check(lang: Lang, key: TemplateKey, text: &str) -> Result<(), NoticeError> {
    let len = text.chars().count();
    if len > Templates::MAX_LEN {
        return Err(NoticeError::TemplateTooLong { lang, key, len, max: Templates::MAX_LEN });
    }
    let unbalanced = |position| NoticeError::UnbalancedBrace { lang, key, position };
    let mut chars = text.chars().enumerate().peekable();
    while let Some((position, c)) = chars.next() {
        match c {
            '{' if chars.peek().is_some_and(|(_, n)| *n == '{') => {
                chars.next();
            }
            '}' if chars.peek().is_some_and(|(_, n)| *n == '}') => {
                chars.next();
            }
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some((_, '}')) => break,
                        Some((_, '{')) | None => return Err(unbalanced(position)),
                        Some((_, ch)) => name.push(ch),
                    }
                }
                if !key.placeholders().contains(&name.as_str()) {
                    return Err(NoticeError::UnknownPlaceholder { lang, key, name });
                }
            }
            '}' => return Err(unbalanced(position)),
            _ => {}
        }
    }
    Ok(())
}

/// Fills a checked template.
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len().saturating_add(64));
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let mut tail_chars = tail.chars();
        let brace = tail_chars.next();
        let after = tail_chars.as_str();
        if after.starts_with(brace.unwrap_or('{')) {
            // `{{` or `}}`.
            out.extend(brace);
            rest = after.get(1..).unwrap_or_default();
            continue;
        }
        if brace == Some('{')
            && let Some(end) = after.find('}')
        {
            let name = after.get(..end).unwrap_or_default();
            if let Some((_, value)) = args.iter().find(|(n, _)| *n == name) {
                out.push_str(value);
            }
            rest = after.get(end.saturating_add(1)..).unwrap_or_default();
        } else {
            // A lone brace (impossible in a checked template): kept as written.
            out.extend(brace);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Appends a rendered sentence to `out`, separated as the language writes sentences.
pub(crate) fn push_sentence(out: &mut String, lang: Lang, sentence: &str) {
    if sentence.is_empty() {
        return;
    }
    if !out.is_empty() {
        match lang {
            Lang::ZhCn => {}
            Lang::En => out.push(' '),
        }
    }
    let _ = write!(out, "{sentence}");
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Lang, TemplateKey, Templates};

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Override {
        lang: Lang,
        key: TemplateKey,
        text: String,
    }

    impl serde::Serialize for Templates {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_seq(self.overrides().map(|(lang, key, text)| Override {
                lang,
                key,
                text: text.to_owned(),
            }))
        }
    }

    impl<'de> serde::Deserialize<'de> for Templates {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let list = Vec::<Override>::deserialize(deserializer)?;
            let mut templates = Templates::new();
            for o in list {
                templates.set(o.lang, o.key, &o.text).map_err(serde::de::Error::custom)?;
            }
            Ok(templates)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_passes_its_own_check_and_uses_every_placeholder() {
        for lang in Lang::ALL {
            for key in TemplateKey::ALL {
                let text = Templates::builtin(*lang, *key);
                assert!(!text.is_empty(), "{lang} {key}");
                assert_eq!(check(*lang, *key, text), Ok(()), "{lang} {key}");
                for p in key.placeholders() {
                    // Hold and exception reasons are inserted into their stage sentence; every
                    // other placeholder appears in every built-in text.
                    assert!(text.contains(&format!("{{{p}}}")), "{lang} {key} lacks {{{p}}}");
                }
            }
        }
    }

    #[test]
    fn keys_round_trip_and_all_is_complete() {
        let mut seen = std::collections::BTreeSet::new();
        for key in TemplateKey::ALL {
            assert_eq!(key.as_str().parse::<TemplateKey>(), Ok(*key));
            assert!(seen.insert(*key));
        }
    }

    #[test]
    fn fill_handles_braces_and_missing_values() {
        assert_eq!(fill("{{a}} {b} }}", &[("b", "B")]), "{a} B }");
        assert_eq!(fill("x{missing}y", &[]), "xy");
        assert_eq!(fill("{a}{a}", &[("a", "1")]), "11");
        assert_eq!(fill("lone } and {", &[]), "lone } and {");
        assert_eq!(fill("值：{a}。", &[("a", "{b}")]), "值：{b}。"); // values are not re-read
    }

    #[test]
    fn check_positions() {
        let err = |t: &str| check(Lang::En, TemplateKey::Window, t);
        assert!(matches!(err("}"), Err(NoticeError::UnbalancedBrace { position: 0, .. })));
        assert!(matches!(err("ab{from"), Err(NoticeError::UnbalancedBrace { position: 2, .. })));
        assert!(matches!(err("{fr{om}"), Err(NoticeError::UnbalancedBrace { position: 0, .. })));
        assert!(matches!(err("{}"), Err(NoticeError::UnknownPlaceholder { .. })));
        assert!(err("{{}}{to}").is_ok());
        let long = "x".repeat(Templates::MAX_LEN + 1);
        assert!(matches!(err(&long), Err(NoticeError::TemplateTooLong { .. })));
    }
}
