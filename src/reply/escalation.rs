//! [`Escalation`]: a message handed to a person, with the reasons and a short summary.

use std::fmt;
use std::fmt::Write as _;
use std::str::FromStr;

use super::error::ReplyError;
use super::intent::{Intent, Topic};
use super::recognize::Recognition;
use crate::notice::Lang;
use crate::shipment::Status;

/// Why a message goes to a person (转人工原因).
///
/// `Display`/`FromStr`: `out_of_scope`, `low_confidence`, `competing:whereabouts+tax`,
/// `person:refund`.
///
/// # Examples
///
/// ```
/// use crossborder::reply::{EscalationReason, Intent, Topic};
///
/// let r = EscalationReason::Competing { first: Intent::Whereabouts, second: Intent::Tax };
/// assert_eq!(r.to_string(), "competing:whereabouts+tax");
/// assert_eq!(r.to_string().parse::<EscalationReason>()?, r);
/// assert_eq!("person:refund".parse::<EscalationReason>()?, EscalationReason::NeedsPerson(Topic::Refund));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EscalationReason {
    /// The message touches a topic that needs a person.
    NeedsPerson(Topic),
    /// The message is not one of the logistics questions answered ([`Intent::Other`]).
    OutOfScope,
    /// The recognition is not confident enough.
    LowConfidence,
    /// Two intents of different families score close to each other (two questions in one
    /// message, or an ambiguous one).
    Competing {
        /// The best-scoring intent.
        first: Intent,
        /// The rival intent.
        second: Intent,
    },
}

impl fmt::Display for EscalationReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NeedsPerson(topic) => write!(f, "person:{topic}"),
            Self::OutOfScope => f.write_str("out_of_scope"),
            Self::LowConfidence => f.write_str("low_confidence"),
            Self::Competing { first, second } => write!(f, "competing:{first}+{second}"),
        }
    }
}

impl FromStr for EscalationReason {
    type Err = ReplyError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || ReplyError::reason(text);
        match text {
            "out_of_scope" => return Ok(Self::OutOfScope),
            "low_confidence" => return Ok(Self::LowConfidence),
            _ => {}
        }
        if let Some(topic) = text.strip_prefix("person:") {
            return topic.parse().map(Self::NeedsPerson).map_err(|_| err());
        }
        let pair = text.strip_prefix("competing:").ok_or_else(err)?;
        let (a, b) = pair.split_once('+').ok_or_else(err)?;
        let first = a.parse().map_err(|_| err())?;
        let second = b.parse().map_err(|_| err())?;
        Ok(Self::Competing { first, second })
    }
}

impl TryFrom<&str> for EscalationReason {
    type Error = ReplyError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for EscalationReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for EscalationReason {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A message handed to a human agent instead of an answer: the reasons, and a one-line summary
/// in the language of the message (the topics, the intent and its confidence, the order and
/// tracking numbers, personal data masked, the parcel's status, the cues).
///
/// # Examples
///
/// ```
/// use crossborder::reply::{AutoReply, EscalationReason, Topic};
/// # use crossborder::reply::{sample_now, sample_shipment};
/// # let shipment = sample_shipment()?;
/// # let notice = crossborder::notice::Notice::new(&shipment, sample_now());
///
/// let reply = AutoReply::new().reply("这么久还没到，给我退款", &notice);
/// let escalation = reply.escalation().ok_or("answered")?;
/// assert_eq!(escalation.reasons(), [EscalationReason::NeedsPerson(Topic::Refund)]);
/// assert!(escalation.summary().contains("退款"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Escalation {
    reasons: Vec<EscalationReason>,
    summary: String,
}

impl Escalation {
    pub(crate) fn new(reasons: Vec<EscalationReason>, r: &Recognition, status: Status) -> Self {
        let summary = summary(&reasons, r, status);
        Self { reasons, summary }
    }

    /// The reasons, topics first (most serious first), then out of scope, low confidence,
    /// competing intents.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, EscalationReason};
    /// # let shipment = crossborder::reply::sample_shipment()?;
    /// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
    ///
    /// let reply = AutoReply::new().reply("能开发票吗", &notice);
    /// assert_eq!(reply.escalation().map(|e| e.reasons()[0]), Some(EscalationReason::OutOfScope));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reasons(&self) -> &[EscalationReason] {
        &self.reasons
    }

    /// The summary for the agent.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    /// # let shipment = crossborder::reply::sample_shipment()?;
    /// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
    ///
    /// let reply = AutoReply::new().reply("I want to talk to a real person", &notice);
    /// assert!(reply.escalation().is_some_and(|e| e.summary().starts_with("[to agent]")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn summary(&self) -> &str {
        &self.summary
    }
}

fn summary(reasons: &[EscalationReason], r: &Recognition, status: Status) -> String {
    let zh = r.language() == Lang::ZhCn;
    let lang = r.language();
    let mut s = String::with_capacity(160);
    s.push_str(if zh { "【转人工】原因：" } else { "[to agent] reasons: " });
    for (i, reason) in reasons.iter().enumerate() {
        if i > 0 {
            s.push_str(if zh { "、" } else { ", " });
        }
        let _ = match (reason, zh) {
            (EscalationReason::NeedsPerson(t), _) => write!(s, "{}", t.label(lang)),
            (EscalationReason::OutOfScope, true) => write!(s, "非物流问题"),
            (EscalationReason::OutOfScope, false) => write!(s, "not a logistics question"),
            (EscalationReason::LowConfidence, true) => write!(s, "意图不明确"),
            (EscalationReason::LowConfidence, false) => write!(s, "unclear question"),
            (EscalationReason::Competing { first, second }, true) => {
                write!(s, "多个问题（{first}、{second}）")
            }
            (EscalationReason::Competing { first, second }, false) => {
                write!(s, "several questions ({first}, {second})")
            }
        };
    }
    let _ = if zh {
        write!(s, "；意图：{}（置信度 {}）；包裹状态：{status}", r.intent(), r.confidence())
    } else {
        write!(
            s,
            "; intent: {} (confidence {}); parcel status: {status}",
            r.intent(),
            r.confidence()
        )
    };
    let e = r.entities();
    for n in e.order_numbers() {
        let _ = if zh { write!(s, "；订单号 {n}") } else { write!(s, "; order {n}") };
    }
    for n in e.tracking_numbers() {
        let _ = if zh { write!(s, "；运单号 {n}") } else { write!(s, "; tracking {n}") };
    }
    for p in e.personal_data() {
        let _ = if zh {
            write!(s, "；含个人信息 {}（请勿在聊天中复述）", p.masked())
        } else {
            write!(s, "; personal data {} (do not repeat it in chat)", p.masked())
        };
    }
    if !r.cues().is_empty() {
        s.push_str(if zh { "；线索：" } else { "; cues: " });
        for (i, cue) in r.cues().iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(cue.pattern());
        }
    }
    s
}
