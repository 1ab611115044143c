//! Buyer-question auto-reply (买家咨询自动回复): recognise what a buyer asks about a
//! cross-border parcel — in Simplified or Traditional Chinese, English, or a mix — answer it
//! from the shipment's real state in the buyer's language, and hand everything else to a person
//! (转人工).
//!
//! Sellers of direct-mail goods get the same few questions all day: 用的什么快递? 到哪了?
//! 为什么单号变了? 卡在海关了吗? 要交税吗? 怎么还没到? This module holds:
//!
//! - [`Intent`] (the eight intents: `carrier`, `whereabouts`, `tracking_changed`, `customs`,
//!   `tax`, `delivery_time`, `delay`, `other`), [`Topic`] (subjects that need a person: legal
//!   threat, complaint, refund, return, damaged goods, wrong item, delivered but not received,
//!   cancellation, address change, a request for a person, personal data in the message),
//!   [`Language`] and [`Confidence`];
//! - [`Lexicon`]: a hand-built weighted cue lexicon (线索词表) over normalised text —
//!   full-width folded, Traditional characters mapped to Simplified, lower-cased, contractions
//!   expanded, common misspellings corrected — with gaps (`单号~变`) and word prefixes
//!   (`deliver*`), scanned token by token through an index of each cue's first token;
//! - [`Recognition`]: the intent, its [`Confidence`], the [`Cue`]s that decided it, the topics,
//!   and the [`Entities`] of the message (order numbers, tracking numbers detected with
//!   [`TrackingNumber::detect`](crate::carrier::TrackingNumber::detect), personal data kept
//!   masked);
//! - [`AutoReply`]: recognition plus the escalation policy, producing a [`Reply`] whose
//!   [`Outcome`] is an answer or an [`Escalation`] with its [`EscalationReason`]s and a summary
//!   for the agent.
//!
//! Recognition is deterministic, needs no network and no model: the same message always gives
//! the same intent, confidence and cues.
//!
//! # Sources
//!
//! The answers state the rules of the crate's lower layers and cite them: the CBEC composite tax
//! (跨境电商综合税: duty 0 %, import VAT and consumption tax at 70 %, limits 5,000 CNY per order and
//! 26,000 CNY per year, 财关税〔2018〕49号; collected by the e-commerce company, platform or
//! logistics company as withholding agent, 财关税〔2016〕18号); the postal articles tax
//! (行邮税) waiver of 50 CNY or less (海关总署公告2010年第43号); the buyer's identity matching
//! the payer's for CBEC retail import (海关总署公告2018年第194号); the hand-off to a domestic
//! carrier with a new tracking number after customs release (see [`shipment`](crate::shipment)).
//!
//! # Escalation
//!
//! [`AutoReply`] escalates instead of answering when the message touches a [`Topic`], when its
//! intent is [`Intent::Other`], when the confidence is below the minimum (default 0.500), or
//! when an intent of another family scores at least 60 % of the best one (and at least 6):
//! two questions in one message, or an ambiguous one.
//!
//! # Examples
//!
//! ```
//! use crossborder::reply::{AutoReply, Intent, Language, sample_shipment};
//!
//! let bot = AutoReply::new();
//! let shipment = sample_shipment()?; // DHL eCommerce → customs at Shanghai → SF Express
//!
//! let reply = bot.reply("用的什么快递？", &shipment);
//! assert_eq!(reply.recognition().intent(), Intent::Carrier);
//! assert_eq!(reply.recognition().language(), Language::ZhCn);
//! let answer = reply.answer().ok_or("escalated")?;
//! assert!(answer.contains("目前由DHL电子商务承运"));
//! assert!(answer.contains("清关放行后将交由顺丰速运"));
//!
//! let reply = bot.reply("The box arrived crushed, I want a refund", &shipment);
//! assert!(reply.is_escalated());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod answer;
mod builtin;
mod entities;
mod error;
mod escalation;
mod intent;
mod lexicon;
mod normalize;
mod recognize;
mod sample;

use std::ops::RangeInclusive;

use chrono::NaiveDate;

pub use entities::{Entities, OrderNumber, PersonalData, PersonalDataKind};
pub use error::ReplyError;
pub use escalation::{Escalation, EscalationReason};
pub use intent::{Confidence, CueTarget, Intent, Language, Topic};
pub use lexicon::{Cue, Lexicon, MAX_CUE_PARTS};
pub use recognize::Recognition;
pub use sample::sample_shipment;

use crate::shipment::Shipment;

/// What the bot does with a message: answer it, or hand it to a person.
///
/// # Examples
///
/// ```
/// use crossborder::reply::{AutoReply, Outcome};
/// # let shipment = crossborder::reply::sample_shipment()?;
///
/// let reply = AutoReply::new().reply("到哪了", &shipment);
/// assert!(matches!(reply.outcome(), Outcome::Answer(_)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// The answer, in the language of the message.
    Answer(String),
    /// The message goes to a person.
    Escalate(Escalation),
}

/// A reply to one message: the [`Recognition`] and the [`Outcome`].
///
/// # Examples
///
/// ```
/// use crossborder::reply::{AutoReply, Intent};
/// # let shipment = crossborder::reply::sample_shipment()?;
///
/// let reply = AutoReply::new().reply("where is my package", &shipment);
/// assert_eq!(reply.recognition().intent(), Intent::Whereabouts);
/// assert!(reply.answer().is_some_and(|a| a.contains("on its way to China")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    recognition: Recognition,
    outcome: Outcome,
}

impl Reply {
    /// The recognition of the message.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Intent};
    /// # let shipment = crossborder::reply::sample_shipment()?;
    ///
    /// let reply = AutoReply::new().reply("要交税吗", &shipment);
    /// assert_eq!(reply.recognition().intent(), Intent::Tax);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn recognition(&self) -> &Recognition {
        &self.recognition
    }

    /// The outcome.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Outcome};
    /// # let shipment = crossborder::reply::sample_shipment()?;
    ///
    /// let reply = AutoReply::new().reply("我要投诉", &shipment);
    /// assert!(matches!(reply.outcome(), Outcome::Escalate(_)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn outcome(&self) -> &Outcome {
        &self.outcome
    }

    /// The answer, if the message was answered.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    /// # let shipment = crossborder::reply::sample_shipment()?;
    ///
    /// assert!(AutoReply::new().reply("清关了吗", &shipment).answer().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn answer(&self) -> Option<&str> {
        match &self.outcome {
            Outcome::Answer(text) => Some(text),
            Outcome::Escalate(_) => None,
        }
    }

    /// The escalation, if the message goes to a person.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    /// # let shipment = crossborder::reply::sample_shipment()?;
    ///
    /// assert!(AutoReply::new().reply("你好", &shipment).escalation().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn escalation(&self) -> Option<&Escalation> {
        match &self.outcome {
            Outcome::Escalate(e) => Some(e),
            Outcome::Answer(_) => None,
        }
    }

    /// Whether the message goes to a person.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    /// # let shipment = crossborder::reply::sample_shipment()?;
    ///
    /// assert!(AutoReply::new().reply("refund please", &shipment).is_escalated());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_escalated(&self) -> bool {
        matches!(self.outcome, Outcome::Escalate(_))
    }
}

/// The auto-reply bot: a [`Lexicon`] and an escalation policy.
///
/// Build it once and reuse it: building compiles and indexes the lexicon; replying does not
/// allocate beyond the normalised message, the cue list and the answer text.
///
/// # Examples
///
/// ```
/// use crossborder::reply::{AutoReply, Confidence};
/// # let shipment = crossborder::reply::sample_shipment()?;
///
/// let strict = AutoReply::new().with_min_confidence(Confidence::try_from_per_mille(900)?);
/// assert!(strict.reply("courier?", &shipment).is_escalated()); // one medium cue: 0.600
/// assert!(AutoReply::new().reply("courier?", &shipment).answer().is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutoReply {
    lexicon: Lexicon,
    min_confidence: Confidence,
    fallback: Language,
}

impl Default for AutoReply {
    fn default() -> Self {
        Self::new()
    }
}

/// A rival intent escalates when it scores at least this share (per cent) of the best one…
const COMPETING_SHARE: u32 = 60;
/// …and at least this much.
const COMPETING_MIN: u16 = 6;

impl AutoReply {
    /// The bot with the built-in lexicon, a minimum confidence of 0.500, and Chinese for
    /// messages without words (a bare number).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Intent};
    ///
    /// assert_eq!(AutoReply::new().recognize("什么时候到").intent(), Intent::DeliveryTime);
    /// ```
    pub fn new() -> Self {
        Self::with_lexicon(Lexicon::builtin())
    }

    /// The bot with another lexicon.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Intent, Lexicon};
    ///
    /// let bot = AutoReply::with_lexicon(Lexicon::empty());
    /// assert_eq!(bot.recognize("到哪了").intent(), Intent::Other);
    /// ```
    pub fn with_lexicon(lexicon: Lexicon) -> Self {
        Self {
            lexicon,
            min_confidence: Confidence::try_from_per_mille(500).unwrap_or(Confidence::NONE),
            fallback: Language::ZhCn,
        }
    }

    /// The same bot with another minimum confidence for answering.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Confidence};
    ///
    /// let bot = AutoReply::new().with_min_confidence(Confidence::CERTAIN);
    /// assert_eq!(bot.min_confidence(), Confidence::CERTAIN);
    /// ```
    #[must_use]
    pub fn with_min_confidence(mut self, min: Confidence) -> Self {
        self.min_confidence = min;
        self
    }

    /// The same bot with another language for messages that have no words (a bare number).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Language};
    ///
    /// let bot = AutoReply::new().with_fallback_language(Language::En);
    /// assert_eq!(bot.recognize("SF1385628716739").language(), Language::En);
    /// ```
    #[must_use]
    pub fn with_fallback_language(mut self, language: Language) -> Self {
        self.fallback = language;
        self
    }

    /// The minimum confidence for answering.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// assert_eq!(AutoReply::new().min_confidence().to_string(), "0.500");
    /// ```
    pub fn min_confidence(&self) -> Confidence {
        self.min_confidence
    }

    /// The lexicon.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// assert!(!AutoReply::new().lexicon().is_empty());
    /// ```
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Recognises a message without answering it.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Intent};
    ///
    /// let r = AutoReply::new().recognize("卡在海关了吗？");
    /// assert_eq!(r.intent(), Intent::Customs);
    /// ```
    pub fn recognize(&self, message: &str) -> Recognition {
        Recognition::new(&self.lexicon, message, self.fallback)
    }

    /// The reasons `recognition` must go to a person; empty when it can be answered.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, EscalationReason, Intent};
    ///
    /// let bot = AutoReply::new();
    /// assert!(bot.escalation_reasons(&bot.recognize("到哪了")).is_empty());
    /// assert_eq!(
    ///     bot.escalation_reasons(&bot.recognize("到哪了？要交税吗？")),
    ///     [EscalationReason::Competing { first: Intent::Tax, second: Intent::Whereabouts }]
    /// );
    /// ```
    pub fn escalation_reasons(&self, recognition: &Recognition) -> Vec<EscalationReason> {
        let mut reasons: Vec<EscalationReason> =
            recognition.topics().iter().map(|&t| EscalationReason::NeedsPerson(t)).collect();
        let intent = recognition.intent();
        if intent == Intent::Other {
            reasons.push(EscalationReason::OutOfScope);
        } else if recognition.confidence() < self.min_confidence {
            reasons.push(EscalationReason::LowConfidence);
        }
        if let Some(rival) = recognition.rival() {
            let top = u32::from(recognition.score(intent));
            let second = recognition.score(rival);
            if second >= COMPETING_MIN && u32::from(second) * 100 >= top * COMPETING_SHARE {
                reasons.push(EscalationReason::Competing { first: intent, second: rival });
            }
        }
        reasons
    }

    /// Replies to `message` about `shipment`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    /// # let shipment = crossborder::reply::sample_shipment()?;
    ///
    /// let reply = AutoReply::new().reply("為什麼單號變了", &shipment);
    /// assert!(reply.answer().is_some_and(|a| a.contains("目前单号还没有变")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reply(&self, message: &str, shipment: &Shipment) -> Reply {
        self.reply_inner(message, shipment, None)
    }

    /// Replies to `message` about `shipment`, whose delivery window (earliest and latest day,
    /// from the caller's estimate) is `window`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::reply::AutoReply;
    /// # let shipment = crossborder::reply::sample_shipment()?;
    ///
    /// let from = NaiveDate::from_ymd_opt(2026, 7, 13).ok_or("date")?;
    /// let to = NaiveDate::from_ymd_opt(2026, 7, 16).ok_or("date")?;
    /// let reply = AutoReply::new().reply_with_window("什么时候到", &shipment, from..=to);
    /// assert!(reply.answer().is_some_and(|a| a.contains("预计2026-07-13至2026-07-16送达")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reply_with_window(
        &self,
        message: &str,
        shipment: &Shipment,
        window: RangeInclusive<NaiveDate>,
    ) -> Reply {
        self.reply_inner(message, shipment, Some(&window))
    }

    fn reply_inner(
        &self,
        message: &str,
        shipment: &Shipment,
        window: Option<&RangeInclusive<NaiveDate>>,
    ) -> Reply {
        let recognition = self.recognize(message);
        let reasons = self.escalation_reasons(&recognition);
        let answer = if reasons.is_empty() {
            answer::answer(recognition.intent(), recognition.language(), shipment, window)
        } else {
            None
        };
        let outcome = if let Some(text) = answer {
            Outcome::Answer(text)
        } else {
            let mut reasons = reasons;
            if reasons.is_empty() {
                reasons.push(EscalationReason::OutOfScope);
            }
            Outcome::Escalate(Escalation::new(reasons, &recognition, shipment.status()))
        };
        Reply { recognition, outcome }
    }
}
