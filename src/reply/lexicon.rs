//! The weighted cue lexicon (线索词表) and the scan of a normalised message against it.

use std::collections::HashMap;
use std::sync::Arc;

use super::builtin::BUILTIN;
use super::error::ReplyError;
use super::intent::CueTarget;
use super::normalize::{Kind, Normalized, Speller, is_han, normalize};

/// The most parts (characters, words, gaps) one cue may have.
pub const MAX_CUE_PARTS: usize = 16;

/// Tokens one `~` may skip.
const GAP: u8 = 4;

/// One part of a compiled cue.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    /// A token: a Han character or a whole Latin word, or with `prefix` any word starting with
    /// it.
    Lit { text: Box<str>, prefix: bool },
    /// Up to this many tokens of anything.
    Gap(u8),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct CompiledCue {
    pattern: Arc<str>,
    target: CueTarget,
    weight: u8,
    parts: Box<[Part]>,
    lits: u8,
}

/// A cue of the lexicon: its pattern as written, what it is evidence for, and its weight.
///
/// # Examples
///
/// ```
/// use crossborder::reply::{AutoReply, CueTarget, Intent};
///
/// let bot = AutoReply::new();
/// let r = bot.recognize("为什么单号变了？");
/// let cue = r.cues().first().ok_or("no cue")?;
/// assert_eq!(cue.target(), CueTarget::Intent(Intent::TrackingChanged));
/// assert!(cue.weight() > 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cue {
    pattern: Arc<str>,
    target: CueTarget,
    weight: u8,
}

impl Cue {
    pub(crate) fn new(pattern: Arc<str>, target: CueTarget, weight: u8) -> Self {
        Self { pattern, target, weight }
    }

    /// The pattern as written in the lexicon (`单号~变`, `where is`, `deliver*`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// let bot = AutoReply::new();
    /// let r = bot.recognize("where is my parcel");
    /// assert!(r.cues().iter().any(|c| c.pattern() == "where is"));
    /// ```
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// What the cue is evidence for.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, CueTarget, Topic};
    ///
    /// let r = AutoReply::new().recognize("我要退款");
    /// assert!(r.cues().iter().any(|c| c.target() == CueTarget::Topic(Topic::Refund)));
    /// ```
    pub fn target(&self) -> CueTarget {
        self.target
    }

    /// The weight (1–100; a decisive phrase weighs 10).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// let r = AutoReply::new().recognize("清关了吗");
    /// assert!(r.cues().iter().all(|c| c.weight() >= 1));
    /// ```
    pub fn weight(&self) -> u8 {
        self.weight
    }
}

/// A cue found in a message: the cue and the tokens its literal parts matched.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub(crate) cue: u16,
    lits: (u32, u8),
    start: u32,
}

/// A weighted cue lexicon: patterns over normalised text, each pointing to an intent or to a
/// topic that needs a person.
///
/// # Pattern syntax
///
/// Patterns are written over normalised text: Simplified Chinese (Traditional messages are
/// mapped before matching), lower-case ASCII, no apostrophes (`has not`, `hasnt` is expanded).
/// Each Han character matches one character; each Latin word matches one whole word, or with a
/// trailing `*` any word starting with it (`deliver*`); `~` skips up to 4 tokens (characters,
/// words or punctuation) and `~~` up to 8. Spaces separate Latin words and are otherwise
/// ignored (`到哪` and `到 哪` are the same pattern). Punctuation is not allowed in a pattern.
///
/// When cues overlap on a token, the heavier one keeps it (then the one with more literal
/// parts, then the earlier one); topic cues never compete with intent cues.
///
/// # Examples
///
/// ```
/// use crossborder::reply::{AutoReply, CueTarget, Intent, Lexicon};
///
/// // A seller adds a product question the bot must hand over.
/// let lexicon = Lexicon::builtin().with_cue("保质期", CueTarget::Intent(Intent::Other), 10)?;
/// let bot = AutoReply::with_lexicon(lexicon);
/// assert_eq!(bot.recognize("保质期多久").intent(), Intent::Other);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lexicon {
    cues: Vec<CompiledCue>,
    /// Cues by their first literal when it is a whole token.
    first: HashMap<Box<str>, Vec<u16>>,
    /// Cues whose first literal is a word prefix, by its first byte.
    prefix_first: HashMap<u8, Vec<u16>>,
    speller: Speller,
}

/// Extra words the speller knows besides the lexicon's own (inflections of prefix cues).
const EXTRA_WORDS: &[&str] = &[
    "arrival",
    "arrive",
    "arrived",
    "arriving",
    "carrier",
    "changed",
    "changing",
    "charged",
    "clearance",
    "cleared",
    "courier",
    "customs",
    "damaged",
    "delayed",
    "delivered",
    "delivering",
    "delivery",
    "expected",
    "package",
    "parcel",
    "received",
    "receive",
    "refund",
    "returned",
    "shipment",
    "shipped",
    "shipping",
    "status",
    "tracking",
    "transferred",
    "updated",
    "updates",
    "updating",
    "order",
    "please",
    "where",
    "which",
    "thanks",
    "address",
    "cancel",
    "complaint",
];

impl Default for Lexicon {
    fn default() -> Self {
        Self::builtin()
    }
}

impl Lexicon {
    /// A lexicon with no cue: every message is [`Intent::Other`](super::Intent::Other).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Lexicon;
    ///
    /// assert!(Lexicon::empty().is_empty());
    /// ```
    pub fn empty() -> Self {
        Self {
            cues: Vec::new(),
            first: HashMap::new(),
            prefix_first: HashMap::new(),
            speller: Speller::new(EXTRA_WORDS.iter().copied(), []),
        }
    }

    /// The built-in lexicon for buyer questions on cross-border parcels, in Simplified Chinese
    /// (Traditional messages are mapped) and English: about 600 cues for the eight intents and
    /// the topics that need a person.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Lexicon;
    ///
    /// assert!(Lexicon::builtin().len() > 300);
    /// ```
    pub fn builtin() -> Self {
        let mut lexicon = Self::empty();
        for &(pattern, target, weight) in BUILTIN {
            // Every built-in cue compiles (checked by a unit test).
            if let Ok(cue) = compile(pattern, target, weight) {
                lexicon.insert(cue);
            }
        }
        lexicon.rebuild_speller();
        lexicon
    }

    /// This lexicon with one more cue.
    ///
    /// # Errors
    ///
    /// [`ReplyError::Cue`] when the pattern is empty, has a character that is neither a Han
    /// character, an ASCII letter or digit, a space, `*` nor `~`, starts or ends with a gap,
    /// has more than [`MAX_CUE_PARTS`] parts, or the weight is 0; or when the lexicon already
    /// holds 65,535 cues.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{CueTarget, Intent, Lexicon};
    ///
    /// let lexicon = Lexicon::empty().with_cue("到哪", CueTarget::Intent(Intent::Whereabouts), 10)?;
    /// assert_eq!(lexicon.len(), 1);
    /// assert!(Lexicon::empty().with_cue("~到", CueTarget::Intent(Intent::Whereabouts), 10).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_cue(
        mut self,
        pattern: &str,
        target: CueTarget,
        weight: u8,
    ) -> Result<Self, ReplyError> {
        let cue = compile(pattern, target, weight)?;
        if self.cues.len() >= usize::from(u16::MAX) {
            return Err(ReplyError::Cue { cue: pattern.to_owned(), reason: "lexicon is full" });
        }
        self.insert(cue);
        self.rebuild_speller();
        Ok(self)
    }

    /// The number of cues.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Lexicon;
    ///
    /// assert_eq!(Lexicon::empty().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.cues.len()
    }

    /// Whether the lexicon has no cue.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::Lexicon;
    ///
    /// assert!(!Lexicon::builtin().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// Every cue, in insertion order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::{CueTarget, Intent, Lexicon};
    ///
    /// let lexicon = Lexicon::builtin();
    /// assert!(lexicon.cues().any(|c| c.target() == CueTarget::Intent(Intent::Tax)));
    /// ```
    pub fn cues(&self) -> impl Iterator<Item = Cue> + '_ {
        self.cues.iter().map(|c| Cue::new(Arc::clone(&c.pattern), c.target, c.weight))
    }

    pub(crate) fn cue(&self, index: u16) -> Option<Cue> {
        self.cues
            .get(usize::from(index))
            .map(|c| Cue::new(Arc::clone(&c.pattern), c.target, c.weight))
    }

    fn insert(&mut self, cue: CompiledCue) {
        let Ok(index) = u16::try_from(self.cues.len()) else { return };
        if let Some(Part::Lit { text, prefix }) = cue.parts.first() {
            if *prefix {
                if let Some(&b) = text.as_bytes().first() {
                    self.prefix_first.entry(b).or_default().push(index);
                }
            } else {
                self.first.entry(text.clone()).or_default().push(index);
            }
        }
        self.cues.push(cue);
    }

    fn rebuild_speller(&mut self) {
        let words = self.cues.iter().flat_map(|c| c.parts.iter()).filter_map(|p| match p {
            Part::Lit { text, prefix: false } if text.bytes().all(|b| b.is_ascii_lowercase()) => {
                Some(&**text)
            }
            _ => None,
        });
        let prefixes = self.cues.iter().flat_map(|c| c.parts.iter()).filter_map(|p| match p {
            Part::Lit { text, prefix: true } => Some(&**text),
            _ => None,
        });
        self.speller = Speller::new(words.chain(EXTRA_WORDS.iter().copied()), prefixes);
    }

    pub(crate) fn normalize(&self, message: &str) -> Normalized {
        normalize(message, &self.speller)
    }

    /// Every cue occurrence in `text`, the overlaps between intent cues resolved (see the type
    /// documentation); each cue at most once.
    pub(crate) fn scan(&self, text: &Normalized) -> Vec<Hit> {
        let mut hits: Vec<Hit> = Vec::new();
        let mut lits: Vec<u16> = Vec::new();
        for i in 0..text.tokens.len() {
            let Some((token, kind)) = text.token(i) else { continue };
            if kind == Kind::Sep {
                continue;
            }
            let exact = self.first.get(token).map(Vec::as_slice).unwrap_or_default();
            let prefixed = token
                .as_bytes()
                .first()
                .and_then(|b| self.prefix_first.get(b))
                .map(Vec::as_slice)
                .unwrap_or_default();
            for &index in exact.iter().chain(prefixed) {
                let Some(cue) = self.cues.get(usize::from(index)) else { continue };
                if hits.iter().any(|h| h.cue == index) {
                    continue;
                }
                let mark = lits.len();
                if match_parts(&cue.parts, text, i, &mut lits) {
                    let offset = u32::try_from(mark).unwrap_or(u32::MAX);
                    hits.push(Hit {
                        cue: index,
                        lits: (offset, cue.lits),
                        start: u32::try_from(i).unwrap_or(u32::MAX),
                    });
                } else {
                    lits.truncate(mark);
                }
            }
        }
        self.resolve(hits, &lits, text.tokens.len())
    }

    /// Keeps, among intent cues sharing a token, the heaviest (then the longer, then the
    /// earlier); topic cues are all kept.
    fn resolve(&self, mut hits: Vec<Hit>, lits: &[u16], tokens: usize) -> Vec<Hit> {
        let key = |h: &Hit| {
            let cue = self.cues.get(usize::from(h.cue));
            (
                std::cmp::Reverse(cue.map_or(0, |c| c.weight)),
                std::cmp::Reverse(cue.map_or(0, |c| c.lits)),
                h.start,
                h.cue,
            )
        };
        hits.sort_by_key(key);
        let mut taken = vec![false; tokens];
        hits.retain(|h| {
            let is_topic = self
                .cues
                .get(usize::from(h.cue))
                .is_some_and(|c| matches!(c.target, CueTarget::Topic(_)));
            if is_topic {
                return true;
            }
            let (offset, len) = h.lits;
            let Some(positions) =
                lits.get(offset as usize..(offset as usize).saturating_add(usize::from(len)))
            else {
                return false;
            };
            if positions.iter().any(|&p| taken.get(usize::from(p)).copied().unwrap_or(true)) {
                return false;
            }
            for &p in positions {
                if let Some(t) = taken.get_mut(usize::from(p)) {
                    *t = true;
                }
            }
            true
        });
        hits.sort_by_key(|h| (h.start, h.cue));
        hits
    }
}

/// Whether `parts` match `text` from token `at`, pushing the positions of the literal parts.
fn match_parts(parts: &[Part], text: &Normalized, at: usize, lits: &mut Vec<u16>) -> bool {
    let Some((part, rest)) = parts.split_first() else { return true };
    match part {
        Part::Lit { text: lit, prefix } => {
            let Some((token, kind)) = text.token(at) else { return false };
            let fits = kind != Kind::Sep
                && if *prefix { token.starts_with(&**lit) } else { token == &**lit };
            if !fits {
                return false;
            }
            lits.push(u16::try_from(at).unwrap_or(u16::MAX));
            if match_parts(rest, text, at.saturating_add(1), lits) {
                return true;
            }
            lits.pop();
            false
        }
        Part::Gap(max) => {
            for skip in 0..=usize::from(*max) {
                let next = at.saturating_add(skip);
                if next >= text.tokens.len() {
                    return false;
                }
                if match_parts(rest, text, next, lits) {
                    return true;
                }
            }
            false
        }
    }
}

/// Compiles a pattern (see [`Lexicon`]).
fn compile(pattern: &str, target: CueTarget, weight: u8) -> Result<CompiledCue, ReplyError> {
    let err = |reason| ReplyError::Cue { cue: pattern.to_owned(), reason };
    if weight == 0 {
        return Err(err("weight is 0"));
    }
    let mut parts: Vec<Part> = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, parts: &mut Vec<Part>, prefix: bool| {
        if !word.is_empty() {
            parts.push(Part::Lit { text: word.as_str().into(), prefix });
            word.clear();
        }
    };
    for c in pattern.chars() {
        match c {
            'a'..='z' | '0'..='9' => word.push(c),
            '*' => {
                if word.is_empty() {
                    return Err(err("`*` must end a word"));
                }
                flush(&mut word, &mut parts, true);
            }
            ' ' => flush(&mut word, &mut parts, false),
            '~' => {
                flush(&mut word, &mut parts, false);
                match parts.last_mut() {
                    Some(Part::Gap(n)) => *n = n.saturating_add(GAP),
                    Some(Part::Lit { .. }) => parts.push(Part::Gap(GAP)),
                    None => return Err(err("a gap cannot start a cue")),
                }
            }
            c if is_han(c) => {
                flush(&mut word, &mut parts, false);
                parts.push(Part::Lit { text: c.to_string().into(), prefix: false });
            }
            _ => {
                return Err(err(
                    "only Han characters, lower-case ASCII letters and digits, spaces, `*` and `~`",
                ));
            }
        }
    }
    flush(&mut word, &mut parts, false);
    match parts.last() {
        None => return Err(err("empty")),
        Some(Part::Gap(_)) => return Err(err("a gap cannot end a cue")),
        Some(Part::Lit { .. }) => {}
    }
    if parts.len() > MAX_CUE_PARTS {
        return Err(err("too many parts"));
    }
    let lits = parts.iter().filter(|p| matches!(p, Part::Lit { .. })).count();
    Ok(CompiledCue {
        pattern: pattern.into(),
        target,
        weight,
        parts: parts.into_boxed_slice(),
        lits: u8::try_from(lits).unwrap_or(u8::MAX),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reply::intent::Intent;

    #[test]
    fn every_builtin_cue_compiles() {
        for &(pattern, target, weight) in BUILTIN {
            assert!(compile(pattern, target, weight).is_ok(), "{pattern:?}");
        }
        assert_eq!(Lexicon::builtin().len(), BUILTIN.len());
    }

    #[test]
    fn no_duplicate_builtin_cue() {
        let mut seen = std::collections::HashSet::new();
        for &(pattern, _, _) in BUILTIN {
            assert!(seen.insert(pattern), "duplicate cue {pattern:?}");
        }
    }

    #[test]
    fn compile_rejects_bad_patterns() {
        let t = CueTarget::Intent(Intent::Tax);
        for bad in ["", "~税", "税~", "Tax", "*x", "税,费", "a b c d e f g h i j k l m n o p q"]
        {
            assert!(compile(bad, t, 5).is_err(), "{bad:?}");
        }
        assert!(compile("税", t, 0).is_err());
        assert!(compile("税~~费", t, 5).is_ok());
    }

    #[test]
    fn gaps_and_prefixes_match() {
        let t = CueTarget::Intent(Intent::TrackingChanged);
        let lexicon = Lexicon::empty()
            .with_cue("单号~变", t, 10)
            .and_then(|l| l.with_cue("tracking ~ chang*", t, 10))
            .unwrap();
        for (message, expected) in [
            ("单号怎么又变了", 1),
            ("单号变了", 1),
            ("单号是这个那个又变了", 0),
            ("my tracking number has changed", 1),
            ("my tracking is fine", 0),
        ] {
            let n = lexicon.normalize(message);
            assert_eq!(lexicon.scan(&n).len(), expected, "{message}");
        }
    }
}
