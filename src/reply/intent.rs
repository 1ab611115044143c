//! The vocabulary of a recognition: [`Intent`], [`Topic`], [`Confidence`], [`CueTarget`].

use std::fmt;
use std::str::FromStr;

use super::error::ReplyError;
use crate::notice::Lang;

/// What a buyer asks about (咨询意图).
///
/// `Display`/`FromStr` use the snake-case name (`tracking_changed`).
///
/// # Examples
///
/// ```
/// use crossborder::reply::Intent;
///
/// assert_eq!(Intent::TrackingChanged.to_string(), "tracking_changed");
/// assert_eq!("delivery_time".parse::<Intent>()?, Intent::DeliveryTime);
/// assert!(Intent::Delay.is_in_scope());
/// assert!(!Intent::Other.is_in_scope());
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
#[strum(serialize_all = "snake_case", parse_err_ty = ReplyError, parse_err_fn = ReplyError::intent)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Intent {
    /// Which courier has the parcel (用的什么快递? which carrier?).
    Carrier,
    /// Where the parcel is, its status (到哪了? where is my package?).
    Whereabouts,
    /// Why the tracking number or the courier changed (为什么单号变了?).
    TrackingChanged,
    /// Customs: clearance, a hold, inspection, identity verification (清关 / 海关 / 实名认证).
    Customs,
    /// Tax and duties (税费 / 跨境电商综合税 / 行邮税 / import duties).
    Tax,
    /// When the parcel will arrive (什么时候到? when will it arrive?).
    DeliveryTime,
    /// Why the parcel is late or has had no update (怎么还没到? no update for days).
    Delay,
    /// Anything else: not a logistics question this module answers.
    Other,
}

impl Intent {
    /// Every intent, in declaration order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Intent;
    ///
    /// assert_eq!(Intent::ALL.len(), 8);
    /// assert_eq!(Intent::ALL[0], Intent::Carrier);
    /// ```
    pub const ALL: &[Self] = &[
        Self::Carrier,
        Self::Whereabouts,
        Self::TrackingChanged,
        Self::Customs,
        Self::Tax,
        Self::DeliveryTime,
        Self::Delay,
        Self::Other,
    ];

    /// The snake-case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Intent;
    ///
    /// assert_eq!(Intent::Whereabouts.as_str(), "whereabouts");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether the module answers this intent (every intent but [`Other`](Self::Other)).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Intent;
    ///
    /// assert!(Intent::Tax.is_in_scope());
    /// ```
    pub fn is_in_scope(self) -> bool {
        self != Self::Other
    }

    /// The position in [`ALL`](Self::ALL).
    pub(crate) fn index(self) -> usize {
        match self {
            Self::Carrier => 0,
            Self::Whereabouts => 1,
            Self::TrackingChanged => 2,
            Self::Customs => 3,
            Self::Tax => 4,
            Self::DeliveryTime => 5,
            Self::Delay => 6,
            Self::Other => 7,
        }
    }

    /// Intents one answer serves together: where the parcel is, when it arrives and why it is
    /// late are all answered from its progress, so they do not compete with each other.
    pub(crate) fn family(self) -> u8 {
        match self {
            Self::Whereabouts | Self::DeliveryTime | Self::Delay => 1,
            Self::Carrier => 2,
            Self::TrackingChanged => 3,
            Self::Customs => 4,
            Self::Tax => 5,
            Self::Other => 6,
        }
    }
}

/// A subject that needs a person (需人工处理): a message touching one is escalated, whatever its
/// intent.
///
/// # Examples
///
/// ```
/// use crossborder::reply::Topic;
///
/// assert_eq!(Topic::WrongItem.to_string(), "wrong_item");
/// assert_eq!("refund".parse::<Topic>()?, Topic::Refund);
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
#[strum(serialize_all = "snake_case", parse_err_ty = ReplyError, parse_err_fn = ReplyError::topic)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Topic {
    /// A legal threat: lawyer, lawsuit, police, consumer association, 12315 (律师 / 起诉 / 消协).
    Legal,
    /// A complaint or a bad-review threat (投诉 / 差评).
    Complaint,
    /// Money back (退款 / 赔偿).
    Refund,
    /// Sending the goods back (退货).
    Return,
    /// Damaged, broken or leaking goods (破损 / 坏了 / 漏液).
    Damaged,
    /// Wrong or missing item (发错 / 少件).
    WrongItem,
    /// Shown as delivered but not received (显示签收但没收到).
    NotReceived,
    /// Cancelling the order (取消订单).
    Cancel,
    /// Changing the delivery address (改地址).
    Address,
    /// The buyer asks for a person (转人工).
    Human,
    /// The message carries personal data (a resident identity number or a phone number) a
    /// person must handle.
    PersonalData,
}

impl Topic {
    /// Every topic, most serious first (the order an escalation summary lists them in).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Topic;
    ///
    /// assert_eq!(Topic::ALL[0], Topic::Legal);
    /// assert_eq!(Topic::ALL.len(), 11);
    /// ```
    pub const ALL: &[Self] = &[
        Self::Legal,
        Self::Complaint,
        Self::Refund,
        Self::Return,
        Self::Damaged,
        Self::WrongItem,
        Self::NotReceived,
        Self::Cancel,
        Self::Address,
        Self::Human,
        Self::PersonalData,
    ];

    /// The snake-case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Topic;
    ///
    /// assert_eq!(Topic::NotReceived.as_str(), "not_received");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// A short label for the agent, in `language`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::Lang;
    /// use crossborder::reply::Topic;
    ///
    /// assert_eq!(Topic::Refund.label(Lang::ZhCn), "退款");
    /// assert_eq!(Topic::Refund.label(Lang::En), "refund");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Self::Legal => ("法律威胁", "legal threat"),
            Self::Complaint => ("投诉", "complaint"),
            Self::Refund => ("退款", "refund"),
            Self::Return => ("退货", "return"),
            Self::Damaged => ("破损", "damaged goods"),
            Self::WrongItem => ("错发漏发", "wrong or missing item"),
            Self::NotReceived => ("显示签收未收到", "delivered but not received"),
            Self::Cancel => ("取消订单", "cancellation"),
            Self::Address => ("修改地址", "address change"),
            Self::Human => ("要求人工", "asks for a person"),
            Self::PersonalData => ("含个人信息", "personal data in message"),
        };
        match lang {
            Lang::ZhCn => zh,
            Lang::En => en,
        }
    }
}

/// How sure a recognition is, in per mille (0 to 1000); `Display` prints `0.000` to `1.000` and
/// `FromStr` reads the same form (one to three decimals).
///
/// # Examples
///
/// ```
/// use crossborder::reply::Confidence;
///
/// let c = Confidence::try_from_per_mille(857)?;
/// assert_eq!(c.to_string(), "0.857");
/// assert_eq!("0.857".parse::<Confidence>()?, c);
/// assert!(Confidence::try_from_per_mille(1001).is_err());
/// assert!(Confidence::CERTAIN > c);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Confidence(u16);

impl Confidence {
    /// No evidence at all.
    pub const NONE: Self = Self(0);
    /// Complete certainty.
    pub const CERTAIN: Self = Self(1000);

    /// A confidence of `per_mille` / 1000.
    ///
    /// # Errors
    ///
    /// [`ReplyError::Confidence`] above 1000.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Confidence;
    ///
    /// assert_eq!(Confidence::try_from_per_mille(1000)?, Confidence::CERTAIN);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_from_per_mille(per_mille: u16) -> Result<Self, ReplyError> {
        if per_mille <= 1000 {
            Ok(Self(per_mille))
        } else {
            Err(ReplyError::Confidence { text: per_mille.to_string() })
        }
    }

    /// Clamps to 1000.
    pub(crate) fn saturating(per_mille: u32) -> Self {
        Self(u16::try_from(per_mille.min(1000)).unwrap_or(1000))
    }

    /// The value in per mille.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Confidence;
    ///
    /// assert_eq!(Confidence::CERTAIN.per_mille(), 1000);
    /// ```
    pub fn per_mille(self) -> u16 {
        self.0
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:03}", self.0 / 1000, self.0 % 1000)
    }
}

impl FromStr for Confidence {
    type Err = ReplyError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || ReplyError::Confidence { text: text.to_owned() };
        let (whole, frac) = text.split_once('.').ok_or_else(err)?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !(whole == "0" || whole == "1") || !digits(frac) || frac.len() > 3 {
            return Err(err());
        }
        let mut per_mille: u16 = if whole == "1" { 1000 } else { 0 };
        let mut scale = 100;
        for b in frac.bytes() {
            per_mille = per_mille.saturating_add(u16::from(b - b'0').saturating_mul(scale));
            scale /= 10;
        }
        Self::try_from_per_mille(per_mille).map_err(|_| err())
    }
}

impl TryFrom<&str> for Confidence {
    type Error = ReplyError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Confidence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Confidence {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// What a cue points to: an intent it is evidence for, a topic that needs a person, or nothing
/// (a neutral phrase that only keeps shorter cues inside it from firing).
///
/// # Examples
///
/// ```
/// use crossborder::reply::{CueTarget, Intent, Topic};
///
/// assert_eq!(CueTarget::Intent(Intent::Tax).to_string(), "tax");
/// assert_eq!(CueTarget::Topic(Topic::Refund).to_string(), "person:refund");
/// assert_eq!("person:legal".parse::<CueTarget>()?, CueTarget::Topic(Topic::Legal));
/// assert_eq!("neutral".parse::<CueTarget>()?, CueTarget::Neutral);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CueTarget {
    /// Evidence for an intent.
    Intent(Intent),
    /// A subject that needs a person.
    Topic(Topic),
    /// Evidence for nothing: the phrase claims its tokens in overlap resolution, so that a
    /// shorter cue inside it does not fire (`查不到`, "cannot find", holds `查`, which would
    /// otherwise start `查~物流`, "check the tracking").
    Neutral,
}

impl fmt::Display for CueTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Intent(intent) => f.write_str(intent.as_str()),
            Self::Topic(topic) => write!(f, "person:{topic}"),
            Self::Neutral => f.write_str("neutral"),
        }
    }
}

impl FromStr for CueTarget {
    type Err = ReplyError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text == "neutral" {
            return Ok(Self::Neutral);
        }
        match text.strip_prefix("person:") {
            Some(topic) => topic.parse().map(Self::Topic).map_err(|_| ReplyError::topic(text)),
            None => text.parse().map(Self::Intent),
        }
    }
}

impl TryFrom<&str> for CueTarget {
    type Error = ReplyError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for CueTarget {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for CueTarget {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_parses_one_to_three_decimals() {
        assert_eq!("0.5".parse::<Confidence>().map(Confidence::per_mille), Ok(500));
        assert_eq!("0.05".parse::<Confidence>().map(Confidence::per_mille), Ok(50));
        assert_eq!("1.000".parse::<Confidence>().map(Confidence::per_mille), Ok(1000));
        for bad in ["", "1", "0.", ".5", "1.001", "1.5", "2.0", "0.1234", "-0.1", "0.x"] {
            assert!(bad.parse::<Confidence>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn intent_index_matches_all() {
        for (i, intent) in Intent::ALL.iter().enumerate() {
            assert_eq!(intent.index(), i);
        }
    }
}
