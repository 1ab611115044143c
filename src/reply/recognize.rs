//! [`Recognition`]: the intent of a message, its confidence, the cues that decided it, the
//! topics that need a person, and the entities found.

use super::entities::Entities;
use super::intent::{Confidence, CueTarget, Intent, Topic};
use super::lexicon::{Cue, Lexicon};
use crate::notice::Lang;

/// The weight at which a single intent's evidence counts as complete.
const FULL: u32 = 10;

/// The weight given to a message that is only an order or tracking number (a buyer pasting a
/// number wants to know where the parcel is).
const BARE_NUMBER: u8 = 6;

/// What a message asks, and how sure the recognition is.
///
/// The score of an intent is the sum of the weights of its cues found in the message (each cue
/// once; overlapping cues resolved by the [`Lexicon`]). The intent is the best-scoring one
/// (ties: the more specific intent first, in the order tax, customs, tracking_changed,
/// carrier, delay, delivery_time, whereabouts, other). The confidence, in per mille, is
///
/// `min(top, 10) × 100 × top / (top + rival)`
///
/// where `top` is the intent's score and `rival` the best score of an intent of another
/// family (whereabouts, delivery_time and delay are one family: one answer serves them all).
/// A message with no cue is [`Intent::Other`] with confidence 0.
///
/// # Examples
///
/// ```
/// use crossborder::notice::Lang;
/// use crossborder::reply::{AutoReply, Intent};
///
/// let bot = AutoReply::new();
/// let r = bot.recognize("請問用什麼快遞寄的？");
/// assert_eq!(r.intent(), Intent::Carrier);
/// assert_eq!(r.language(), Lang::ZhCn);
/// assert_eq!(r.confidence().per_mille(), 1000);
/// assert!(r.cues().iter().any(|c| c.pattern() == "什么快递"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recognition {
    intent: Intent,
    confidence: Confidence,
    language: Lang,
    scores: [u16; 8],
    rival: Option<Intent>,
    cues: Vec<Cue>,
    topics: Vec<Topic>,
    entities: Entities,
}

/// Tie order: the more specific intent first.
const TIE_ORDER: [Intent; 8] = [
    Intent::Tax,
    Intent::Customs,
    Intent::TrackingChanged,
    Intent::Carrier,
    Intent::Delay,
    Intent::DeliveryTime,
    Intent::Whereabouts,
    Intent::Other,
];

impl Recognition {
    /// Recognises `message` with `lexicon`; `fallback` is the language of a message with
    /// neither Han characters nor Latin words.
    pub(crate) fn new(lexicon: &Lexicon, message: &str, fallback: Lang) -> Self {
        let text = lexicon.normalize(message);
        let hits = lexicon.scan(&text);
        let mut scores = [0u16; 8];
        let mut cues = Vec::with_capacity(hits.len());
        let mut topics: Vec<Topic> = Vec::new();
        for hit in &hits {
            let Some(cue) = lexicon.cue(hit.cue) else { continue };
            match cue.target() {
                CueTarget::Intent(intent) => {
                    if let Some(s) = scores.get_mut(intent.index()) {
                        *s = s.saturating_add(u16::from(cue.weight()));
                    }
                }
                CueTarget::Topic(topic) => {
                    if !topics.contains(&topic) {
                        topics.push(topic);
                    }
                }
                CueTarget::Neutral => continue,
            }
            cues.push(cue);
        }
        let entities = Entities::extract(message);
        if !entities.personal_data().is_empty() {
            topics.push(Topic::PersonalData);
        }
        topics.sort_unstable();
        if scores.iter().all(|&s| s == 0) {
            let pseudo = if !entities.tracking_numbers().is_empty() {
                Some("[tracking number]")
            } else if !entities.order_numbers().is_empty() {
                Some("[order number]")
            } else {
                None
            };
            if let Some(pattern) = pseudo
                && let Some(s) = scores.get_mut(Intent::Whereabouts.index())
            {
                *s = u16::from(BARE_NUMBER);
                cues.push(Cue::new(
                    pattern.into(),
                    CueTarget::Intent(Intent::Whereabouts),
                    BARE_NUMBER,
                ));
            }
        }
        let score = |i: Intent| scores.get(i.index()).copied().unwrap_or(0);
        let mut intent = Intent::Other;
        for candidate in TIE_ORDER {
            if score(candidate) > score(intent) {
                intent = candidate;
            }
        }
        let top = u32::from(score(intent));
        let rival = TIE_ORDER
            .into_iter()
            .filter(|c| c.family() != intent.family() && score(*c) > 0)
            .max_by_key(|c| (score(*c), std::cmp::Reverse(c.index())));
        let rival_score = rival.map_or(0, |r| u32::from(score(r)));
        let confidence = if top == 0 {
            Confidence::NONE
        } else {
            let strength = top.min(FULL) * 100;
            Confidence::saturating(strength * top / (top + rival_score))
        };
        let language = if text.han == 0 && text.words == 0 {
            fallback
        } else if text.han >= text.words {
            Lang::ZhCn
        } else {
            Lang::En
        };
        Self { intent, confidence, language, scores, rival, cues, topics, entities }
    }

    /// The intent.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Intent};
    ///
    /// assert_eq!(AutoReply::new().recognize("why did my tracking number change?").intent(),
    ///     Intent::TrackingChanged);
    /// ```
    pub fn intent(&self) -> Intent {
        self.intent
    }

    /// The confidence (see the type documentation).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// assert_eq!(AutoReply::new().recognize("hello").confidence().per_mille(), 0);
    /// ```
    pub fn confidence(&self) -> Confidence {
        self.confidence
    }

    /// The language of the message: Chinese when it has at least as many Han characters as
    /// Latin words, else English.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::Lang;
    /// use crossborder::reply::AutoReply;
    ///
    /// let bot = AutoReply::new();
    /// assert_eq!(bot.recognize("我的 package 到哪了").language(), Lang::ZhCn);
    /// assert_eq!(bot.recognize("where is my 包裹").language(), Lang::En);
    /// ```
    pub fn language(&self) -> Lang {
        self.language
    }

    /// The score of `intent` (the sum of its cues' weights).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Intent};
    ///
    /// let r = AutoReply::new().recognize("到哪了？要交税吗？");
    /// assert!(r.score(Intent::Whereabouts) > 0 && r.score(Intent::Tax) > 0);
    /// ```
    pub fn score(&self, intent: Intent) -> u16 {
        self.scores.get(intent.index()).copied().unwrap_or(0)
    }

    /// The best-scoring intent of another family than [`intent`](Self::intent), if any
    /// scored.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Intent};
    ///
    /// let r = AutoReply::new().recognize("到哪了？要交税吗？");
    /// assert!(matches!(r.rival(), Some(Intent::Tax | Intent::Whereabouts)));
    /// ```
    pub fn rival(&self) -> Option<Intent> {
        self.rival
    }

    /// The cues found, in order of appearance (intent cues after overlap resolution, topic
    /// cues — not the neutral phrases — and a `[tracking number]` or `[order number]` pseudo-cue for a bare number).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// let bot = AutoReply::new();
    /// let r = bot.recognize("GM2951173225174494");
    /// assert_eq!(r.cues()[0].pattern(), "[tracking number]");
    /// ```
    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    /// The topics that need a person, most serious first.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, Topic};
    ///
    /// let r = AutoReply::new().recognize("包裹破损了，我要退款，不然投诉");
    /// assert_eq!(r.topics(), [Topic::Complaint, Topic::Refund, Topic::Damaged]);
    /// ```
    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    /// The order numbers, tracking numbers and personal data in the message.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// let r = AutoReply::new().recognize("SF1385628716739 到哪了");
    /// assert_eq!(r.entities().tracking_numbers().len(), 1);
    /// ```
    pub fn entities(&self) -> &Entities {
        &self.entities
    }
}
