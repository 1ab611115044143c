//! Normalisation of a buyer message into tokens: full-width folded, Traditional characters
//! mapped to Simplified, ASCII lower-cased, apostrophes dropped, contractions expanded, letter
//! runs collapsed, known misspellings corrected; each Han character one token, each Latin word
//! one token, punctuation a separator token.

use std::collections::{HashMap, HashSet};

use crate::text::fold_full_width;

/// The Traditional characters of buyer questions that differ from their Simplified form (the
/// characters of the cue vocabulary and their usual neighbours), sorted by code point.
/// Characters identical in both scripts need no entry.
const TRADITIONAL: &[(char, char)] = &[
    ('丟', '丢'),
    ('個', '个'),
    ('們', '们'),
    ('傳', '传'),
    ('價', '价'),
    ('償', '偿'),
    ('兩', '两'),
    ('則', '则'),
    ('動', '动'),
    ('務', '务'),
    ('區', '区'),
    ('員', '员'),
    ('問', '问'),
    ('啟', '启'),
    ('單', '单'),
    ('嗎', '吗'),
    ('嚴', '严'),
    ('國', '国'),
    ('報', '报'),
    ('場', '场'),
    ('壓', '压'),
    ('壞', '坏'),
    ('實', '实'),
    ('寫', '写'),
    ('寶', '宝'),
    ('對', '对'),
    ('師', '师'),
    ('幾', '几'),
    ('張', '张'),
    ('後', '后'),
    ('從', '从'),
    ('復', '复'),
    ('徵', '征'),
    ('態', '态'),
    ('應', '应'),
    ('戶', '户'),
    ('掃', '扫'),
    ('換', '换'),
    ('損', '损'),
    ('擊', '击'),
    ('擋', '挡'),
    ('攔', '拦'),
    ('攬', '揽'),
    ('於', '于'),
    ('時', '时'),
    ('會', '会'),
    ('東', '东'),
    ('樣', '样'),
    ('機', '机'),
    ('檢', '检'),
    ('櫃', '柜'),
    ('權', '权'),
    ('沒', '没'),
    ('沖', '冲'),
    ('準', '准'),
    ('滯', '滞'),
    ('滿', '满'),
    ('為', '为'),
    ('無', '无'),
    ('爛', '烂'),
    ('爲', '为'),
    ('獲', '获'),
    ('現', '现'),
    ('發', '发'),
    ('確', '确'),
    ('碼', '码'),
    ('稅', '税'),
    ('簽', '签'),
    ('紀', '纪'),
    ('約', '约'),
    ('納', '纳'),
    ('紙', '纸'),
    ('級', '级'),
    ('終', '终'),
    ('給', '给'),
    ('經', '经'),
    ('綜', '综'),
    ('網', '网'),
    ('緊', '紧'),
    ('線', '线'),
    ('總', '总'),
    ('繫', '系'),
    ('繳', '缴'),
    ('聯', '联'),
    ('處', '处'),
    ('號', '号'),
    ('裏', '里'),
    ('補', '补'),
    ('裝', '装'),
    ('裡', '里'),
    ('覆', '复'),
    ('規', '规'),
    ('訂', '订'),
    ('計', '计'),
    ('訟', '讼'),
    ('訴', '诉'),
    ('詢', '询'),
    ('話', '话'),
    ('該', '该'),
    ('認', '认'),
    ('誤', '误'),
    ('說', '说'),
    ('請', '请'),
    ('證', '证'),
    ('護', '护'),
    ('變', '变'),
    ('讓', '让'),
    ('豐', '丰'),
    ('負', '负'),
    ('貨', '货'),
    ('責', '责'),
    ('貴', '贵'),
    ('買', '买'),
    ('費', '费'),
    ('貼', '贴'),
    ('資', '资'),
    ('賠', '赔'),
    ('賣', '卖'),
    ('購', '购'),
    ('轉', '转'),
    ('辦', '办'),
    ('這', '这'),
    ('連', '连'),
    ('週', '周'),
    ('進', '进'),
    ('運', '运'),
    ('過', '过'),
    ('達', '达'),
    ('遞', '递'),
    ('遠', '远'),
    ('遲', '迟'),
    ('遺', '遗'),
    ('還', '还'),
    ('邊', '边'),
    ('郵', '邮'),
    ('錄', '录'),
    ('錢', '钱'),
    ('錯', '错'),
    ('長', '长'),
    ('門', '门'),
    ('開', '开'),
    ('間', '间'),
    ('關', '关'),
    ('際', '际'),
    ('隻', '只'),
    ('離', '离'),
    ('電', '电'),
    ('靜', '静'),
    ('順', '顺'),
    ('須', '须'),
    ('預', '预'),
    ('頭', '头'),
    ('題', '题'),
    ('額', '额'),
    ('顯', '显'),
    ('飛', '飞'),
    ('騙', '骗'),
    ('驗', '验'),
    ('驛', '驿'),
    ('髮', '发'),
    ('麵', '面'),
    ('麼', '么'),
    ('麽', '么'),
    ('點', '点'),
];

/// The Simplified form of `c` if it is one of [`TRADITIONAL`], else `c`.
pub(crate) fn to_simplified(c: char) -> char {
    if u32::from(c) < 0x4E00 {
        return c;
    }
    match TRADITIONAL.binary_search_by_key(&c, |&(t, _)| t) {
        Ok(i) => TRADITIONAL.get(i).map_or(c, |&(_, s)| s),
        Err(_) => c,
    }
}

/// Whether `c` is a CJK unified ideograph (basic block, extension A, compatibility block).
pub(crate) fn is_han(c: char) -> bool {
    matches!(u32::from(c), 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// One Han character.
    Han,
    /// One Latin word or number (ASCII letters and digits, lower case).
    Word,
    /// Punctuation or any other symbol between clauses.
    Sep,
}

/// One token: a byte range of [`Normalized::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) kind: Kind,
}

/// A normalised message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Normalized {
    /// The tokens' text, one space after each Latin word and separator.
    pub(crate) text: String,
    pub(crate) tokens: Vec<Token>,
    /// Han characters seen.
    pub(crate) han: u32,
    /// Latin words (letters only) seen, before contraction expansion.
    pub(crate) words: u32,
}

impl Normalized {
    /// The text of token `i`.
    pub(crate) fn token(&self, i: usize) -> Option<(&str, Kind)> {
        let t = self.tokens.get(i)?;
        let text = self.text.get(t.start as usize..t.end as usize)?;
        Some((text, t.kind))
    }

    fn push(&mut self, s: &str, kind: Kind) {
        let start = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.text.push_str(s);
        let end = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        if kind != Kind::Han {
            self.text.push(' ');
        }
        self.tokens.push(Token { start, end, kind });
    }

    fn push_sep(&mut self) {
        if self.tokens.last().is_some_and(|t| t.kind != Kind::Sep) {
            self.push("|", Kind::Sep);
        }
    }
}

/// Short forms and misspellings too short for the edit-distance check, with their word.
const ALIASES: &[(&str, &str)] = &[
    ("abt", "about"),
    ("pkg", "package"),
    ("pkge", "package"),
    ("pls", "please"),
    ("plz", "please"),
    ("thx", "thanks"),
    ("u", "you"),
    ("ur", "your"),
    ("wat", "what"),
    ("wen", "when"),
    ("whr", "where"),
    ("wut", "what"),
    ("y", "why"),
];

/// Contractions written without their apostrophe (which normalisation drops), expanded.
const CONTRACTIONS: &[(&str, &[&str])] = &[
    ("arent", &["are", "not"]),
    ("cant", &["can", "not"]),
    ("couldnt", &["could", "not"]),
    ("didnt", &["did", "not"]),
    ("doesnt", &["does", "not"]),
    ("dont", &["do", "not"]),
    ("hasnt", &["has", "not"]),
    ("havent", &["have", "not"]),
    ("hows", &["how", "is"]),
    ("im", &["i", "am"]),
    ("isnt", &["is", "not"]),
    ("its", &["it", "is"]),
    ("ive", &["i", "have"]),
    ("wasnt", &["was", "not"]),
    ("werent", &["were", "not"]),
    ("whats", &["what", "is"]),
    ("whens", &["when", "is"]),
    ("wheres", &["where", "is"]),
    ("whys", &["why", "is"]),
    ("wont", &["will", "not"]),
    ("wouldnt", &["would", "not"]),
];

fn lookup<'a, T>(table: &'a [(&str, T)], word: &str) -> Option<&'a T> {
    table.binary_search_by_key(&word, |(k, _)| k).ok().and_then(|i| table.get(i)).map(|(_, v)| v)
}

/// The lexicon's Latin words, for correcting misspellings: a word of four letters or more that
/// is not in the vocabulary is replaced by a vocabulary word of five letters or more, with the
/// same first letter, at Damerau–Levenshtein distance 1 (one letter added, dropped, changed,
/// or two neighbours swapped).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Speller {
    vocabulary: HashSet<Box<str>>,
    by_first: HashMap<u8, Vec<Box<str>>>,
    /// Word prefixes of the lexicon (`deliver` of `deliver*`): a word starting with one is
    /// known.
    prefixes: HashMap<u8, Vec<Box<str>>>,
}

impl Speller {
    pub(crate) fn new<'a>(
        words: impl IntoIterator<Item = &'a str>,
        prefixes: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let mut speller = Self::default();
        for prefix in prefixes {
            if let Some(&first) = prefix.as_bytes().first() {
                let list = speller.prefixes.entry(first).or_default();
                if !list.iter().any(|p| **p == *prefix) {
                    list.push(prefix.into());
                }
            }
        }
        for word in words {
            if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            if speller.vocabulary.insert(word.into())
                && word.len() >= 5
                && let Some(&first) = word.as_bytes().first()
            {
                speller.by_first.entry(first).or_default().push(word.into());
            }
        }
        for list in speller.by_first.values_mut() {
            list.sort_unstable();
        }
        speller
    }

    /// The vocabulary word `word` is a misspelling of, or `word`.
    pub(crate) fn correct<'a>(&'a self, word: &'a str) -> &'a str {
        if word.len() < 4 || self.vocabulary.contains(word) {
            return word;
        }
        let Some(first) = word.as_bytes().first() else { return word };
        if !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return word;
        }
        if self.prefixes.get(first).is_some_and(|list| list.iter().any(|p| word.starts_with(&**p)))
        {
            return word;
        }
        self.by_first
            .get(first)
            .and_then(|list| list.iter().find(|v| within_one_edit(word.as_bytes(), v.as_bytes())))
            .map_or(word, |v| v)
    }
}

/// Whether `a` and `b` are at most one edit apart (insertion, deletion, substitution, or a
/// transposition of two neighbours).
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let common = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    let (Some(s), Some(l)) = (short.get(common..), long.get(common..)) else { return false };
    match long.len() - short.len() {
        0 => {
            // substitution, or transposition of the first two differing letters
            s.get(1..) == l.get(1..)
                || (s.len() >= 2
                    && s.first() == l.get(1)
                    && s.get(1) == l.first()
                    && s.get(2..) == l.get(2..))
        }
        1 => l.get(1..) == Some(s),
        _ => false,
    }
}

/// Collapses runs of three or more identical letters to one (`slowww` → `slow`, `sooo` → `so`).
fn collapse_runs(word: &str, out: &mut String) {
    out.clear();
    let bytes = word.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let run = bytes.get(i..).map_or(1, |rest| rest.iter().take_while(|&&x| x == b).count());
        let keep = if run >= 3 && b.is_ascii_alphabetic() { 1 } else { run };
        for _ in 0..keep {
            out.push(char::from(b));
        }
        i += run;
    }
}

/// Normalises `message` (see the module documentation).
pub(crate) fn normalize(message: &str, speller: &Speller) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(message.len() + 16),
        tokens: Vec::with_capacity(message.len() / 2 + 4),
        ..Normalized::default()
    };
    let mut word = String::new();
    let mut scratch = String::new();
    let mut chars = message.chars().map(|c| to_simplified(fold_full_width(c))).peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
            continue;
        }
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '`' | '\u{b4}') && !word.is_empty() {
            continue; // hasn't → hasnt
        }
        flush_word(&mut word, &mut scratch, &mut out, speller);
        if is_han(c) {
            out.han = out.han.saturating_add(1);
            // 甚麼 is the Traditional spelling of 什么.
            let c = if c == '甚' && chars.peek() == Some(&'么') { '什' } else { c };
            let mut buf = [0u8; 4];
            out.push(c.encode_utf8(&mut buf), Kind::Han);
        } else if !c.is_whitespace() {
            out.push_sep();
        }
    }
    flush_word(&mut word, &mut scratch, &mut out, speller);
    out
}

fn flush_word(word: &mut String, scratch: &mut String, out: &mut Normalized, speller: &Speller) {
    if word.is_empty() {
        return;
    }
    if word.bytes().all(|b| b.is_ascii_alphabetic()) {
        out.words = out.words.saturating_add(1);
        collapse_runs(word, scratch);
        let w = lookup(ALIASES, scratch).copied().unwrap_or(scratch.as_str());
        if let Some(parts) = lookup(CONTRACTIONS, w) {
            for part in *parts {
                out.push(part, Kind::Word);
            }
        } else {
            out.push(speller.correct(w), Kind::Word);
        }
    } else {
        out.push(word, Kind::Word);
    }
    word.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(message: &str) -> Vec<String> {
        let speller = Speller::new(
            ["where", "package", "changed", "tracking", "arrive", "arrived"],
            ["charge"],
        );
        let n = normalize(message, &speller);
        (0..n.tokens.len()).filter_map(|i| n.token(i).map(|(s, _)| s.to_owned())).collect()
    }

    #[test]
    fn traditional_table_is_sorted_and_unique() {
        assert!(TRADITIONAL.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
        assert!(TRADITIONAL.iter().all(|&(t, s)| t != s));
        assert!(ALIASES.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
        assert!(CONTRACTIONS.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
    }

    #[test]
    fn folds_maps_and_splits() {
        assert_eq!(tokens("ｗｈｅｒｅ　ｉｓ"), ["where", "is"]);
        assert_eq!(tokens("到　哪 了？？"), ["到", "哪", "了", "|"]);
        assert_eq!(tokens("為什麼單號變了"), ["为", "什", "么", "单", "号", "变", "了"]);
        assert_eq!(tokens("甚麼時候"), ["什", "么", "时", "候"]);
        assert_eq!(tokens("Where's my PAKAGE"), ["where", "is", "my", "package"]);
        assert_eq!(tokens("it hasn’t arrived"), ["it", "has", "not", "arrived"]);
        assert_eq!(tokens("SF1385628716739到哪了"), ["sf1385628716739", "到", "哪", "了"]);
        assert_eq!(tokens("trakcing chnaged slowww wen"), ["tracking", "changed", "slow", "when"]);
        assert_eq!(tokens("charges"), ["charges"]);
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit(b"pakage", b"package"));
        assert!(within_one_edit(b"chnaged", b"changed"));
        assert!(within_one_edit(b"recieve", b"receive"));
        assert!(within_one_edit(b"custums", b"customs"));
        assert!(!within_one_edit(b"dutys", b"duties"));
        assert!(!within_one_edit(b"abcd", b"badc"));
        assert!(within_one_edit(b"same", b"same"));
    }
}
