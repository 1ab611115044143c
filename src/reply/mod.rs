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
//!   and [`Confidence`];
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
//!   for the agent. Answers are the ready answers of [`notice`](crate::notice) for the
//!   shipment's real state — the [`Notice`] the caller builds (the instant `now`, the delivery
//!   window, the buyer's channel) — in the language of the question ([`Lang`]), with the
//!   notice's replaceable [`Templates`]: `carrier` → which carrier, `whereabouts`,
//!   `delivery_time` and `delay` → where is it (stage, last update, window, what to do when
//!   stuck), `tracking_changed` → why the number changed, `customs` and `tax` → customs and
//!   tax. A `customs` answer for a parcel not at customs adds where it is, and on a finished
//!   journey the stage opens every answer.
//!
//! Recognition is deterministic, needs no network and no model: the same message always gives
//! the same intent, confidence and cues.
//!
//! # Sources
//!
//! The answers are [`notice`](crate::notice)'s, which cites the rules it states (the CBEC
//! composite tax, 财关税〔2016〕18号 and 〔2018〕49号; the postal articles tax waiver of 50 CNY
//! or less, 海关总署公告2010年第43号; the customs modes, 海关总署公告2014年第12号, 第57号 and
//! 2018年第194号). Personal data in a message (a resident identity number, GB 11643-1999, or a
//! mobile number) is kept only masked and sends the message to a person: the bot never
//! repeats it (《个人信息保护法》 第六条, the minimum necessary).
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
//! use chrono::{TimeZone, Utc};
//! use crossborder::notice::{Lang, Notice};
//! use crossborder::reply::{AutoReply, Intent, sample_shipment};
//!
//! let bot = AutoReply::new();
//! let shipment = sample_shipment()?; // DHL eCommerce → customs at Shanghai → SF Express
//! let now = Utc.with_ymd_and_hms(2026, 7, 8, 0, 0, 0).single().ok_or("instant")?;
//! let notice = Notice::new(&shipment, now);
//!
//! let reply = bot.reply("用的什么快递？", &notice);
//! assert_eq!(reply.recognition().intent(), Intent::Carrier);
//! assert_eq!(reply.recognition().language(), Lang::ZhCn);
//! let answer = reply.answer().ok_or("escalated")?;
//! assert!(answer.starts_with("现在承运的快递：DHL电子商务，运单号 GM2951173225174494"));
//!
//! let reply = bot.reply("why did my tracking number change?", &notice);
//! assert_eq!(reply.recognition().language(), Lang::En);
//! assert!(reply.answer().ok_or("escalated")?.contains("SF Express will deliver it under the new number SF1385628716739"));
//!
//! let reply = bot.reply("The box arrived crushed, I want a refund", &notice);
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

pub use entities::{Entities, OrderNumber, PersonalData, PersonalDataKind};
pub use error::ReplyError;
pub use escalation::{Escalation, EscalationReason};
pub use intent::{Confidence, CueTarget, Intent, Topic};
pub use lexicon::{Cue, Lexicon, MAX_CUE_PARTS};
pub use recognize::Recognition;
pub use sample::{sample_now, sample_shipment};

use crate::notice::{Lang, Notice, Templates};

/// What the bot does with a message: answer it, or hand it to a person.
///
/// # Examples
///
/// ```
/// use crossborder::reply::{AutoReply, Outcome};
/// # let shipment = crossborder::reply::sample_shipment()?;
/// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
///
/// let reply = AutoReply::new().reply("到哪了", &notice);
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
/// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
///
/// let reply = AutoReply::new().reply("where is my package", &notice);
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
    /// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
    ///
    /// let reply = AutoReply::new().reply("要交税吗", &notice);
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
    /// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
    ///
    /// let reply = AutoReply::new().reply("我要投诉", &notice);
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
    /// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
    ///
    /// assert!(AutoReply::new().reply("清关了吗", &notice).answer().is_some());
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
    /// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
    ///
    /// assert!(AutoReply::new().reply("你好", &notice).escalation().is_some());
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
    /// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
    ///
    /// assert!(AutoReply::new().reply("refund please", &notice).is_escalated());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_escalated(&self) -> bool {
        matches!(self.outcome, Outcome::Escalate(_))
    }
}

/// The auto-reply bot: a [`Lexicon`], an escalation policy, and the [`Templates`] of the
/// answers.
///
/// Build it once and reuse it: building compiles and indexes the lexicon; replying does not
/// allocate beyond the normalised message, the cue list and the answer text.
///
/// # Examples
///
/// ```
/// use crossborder::reply::{AutoReply, Confidence};
/// # let shipment = crossborder::reply::sample_shipment()?;
/// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
///
/// let strict = AutoReply::new().with_min_confidence(Confidence::try_from_per_mille(900)?);
/// assert!(strict.reply("courier?", &notice).is_escalated()); // one medium cue: 0.600
/// assert!(AutoReply::new().reply("courier?", &notice).answer().is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutoReply {
    lexicon: Lexicon,
    min_confidence: Confidence,
    fallback: Lang,
    templates: Templates,
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
            fallback: Lang::ZhCn,
            templates: Templates::new(),
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
    /// use crossborder::notice::Lang;
    /// use crossborder::reply::AutoReply;
    ///
    /// let bot = AutoReply::new().with_fallback_language(Lang::En);
    /// assert_eq!(bot.recognize("SF1385628716739").language(), Lang::En);
    /// ```
    #[must_use]
    pub fn with_fallback_language(mut self, lang: Lang) -> Self {
        self.fallback = lang;
        self
    }

    /// The same bot answering with the seller's templates (see [`Templates`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::{Lang, TemplateKey, Templates};
    /// use crossborder::reply::AutoReply;
    /// # let shipment = crossborder::reply::sample_shipment()?;
    /// # let notice = crossborder::notice::Notice::new(&shipment, crossborder::reply::sample_now());
    ///
    /// let ours = Templates::new().with(Lang::En, TemplateKey::CarrierNow, "{carrier}: {number}")?;
    /// let bot = AutoReply::new().with_templates(ours);
    /// let reply = bot.reply("which courier?", &notice);
    /// assert!(reply.answer().is_some_and(|a| a.starts_with("DHL eCommerce: GM2951173225174494")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_templates(mut self, templates: Templates) -> Self {
        self.templates = templates;
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

    /// Replies to `message` about the notice's shipment: the answer for its state, in the
    /// message's language, or an escalation.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::notice::Notice;
    /// use crossborder::reply::{AutoReply, sample_shipment};
    ///
    /// let shipment = sample_shipment()?;
    /// let now = Utc.with_ymd_and_hms(2026, 7, 8, 0, 0, 0).single().ok_or("instant")?;
    /// let reply = AutoReply::new().reply("為什麼單號變了", &Notice::new(&shipment, now));
    /// assert!(reply.answer().is_some_and(|a| a.starts_with("单号目前还没有变")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reply(&self, message: &str, notice: &Notice<'_>) -> Reply {
        let recognition = self.recognize(message);
        let reasons = self.escalation_reasons(&recognition);
        let answer = if reasons.is_empty() {
            answer::answer(recognition.intent(), recognition.language(), notice, &self.templates)
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
            let status = notice.facts().status();
            Outcome::Escalate(Escalation::new(reasons, &recognition, status))
        };
        Reply { recognition, outcome }
    }
}
