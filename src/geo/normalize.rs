//! Text normalisation for comparing addresses: full-width folding, whitespace, ASCII case.

pub(crate) use crate::text::fold_full_width;

/// `true` for characters of scripts written without spaces between words: Han ideographs (all
/// CJK Unified Ideograph blocks, radicals, compatibility ideographs), kana, bopomofo, CJK
/// symbols and punctuation (`、`, `。`, `「`), and half-width katakana. Hangul is not included:
/// Korean separates words with spaces.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x2FDF       // CJK radicals, Kangxi radicals
        | 0x3001..=0x303F     // CJK symbols and punctuation (U+3000 is folded to a space first)
        | 0x3040..=0x30FF     // hiragana, katakana
        | 0x3100..=0x312F     // bopomofo
        | 0x31A0..=0x31FF     // bopomofo extended, CJK strokes, katakana phonetic extensions
        | 0x3400..=0x4DBF     // CJK extension A
        | 0x4E00..=0x9FFF     // CJK unified ideographs
        | 0xF900..=0xFAFF     // CJK compatibility ideographs
        | 0xFF61..=0xFF9F     // half-width CJK punctuation and katakana
        | 0x20000..=0x3FFFF // CJK extensions B and later, compatibility supplement
    )
}

/// Normalises free text for comparing addresses (地址比对); the input is not changed.
///
/// In this order, per character:
///
/// 1. full-width ASCII (U+FF01–U+FF5E: `Ａ`→`A`, `１`→`1`, `－`→`-`, `（`→`(`) becomes ASCII,
///    and the ideographic space U+3000 becomes a space;
/// 2. ASCII letters are lower-cased (`Room 5A` = `room 5a`); other letters are left alone;
/// 3. every run of Unicode whitespace (space, tab, line break, U+3000, no-break space, …)
///    becomes one space, and leading and trailing whitespace is removed;
/// 4. a space next to a CJK character (Han, kana, CJK punctuation) is removed, because Chinese
///    and Japanese addresses carry no meaning in spaces: `上海市 浦东新区` = `上海市浦东新区`,
///    and `张江路 123号` = `张江路123号`. Spaces between other characters (`5th Ave`) stay.
///
/// The result is idempotent: normalising it again gives the same text.
///
/// **Only the full-width ASCII block and U+3000 are folded, not full Unicode NFKC.** Those two
/// cover what Chinese and Japanese input methods actually produce in address fields (full-width
/// digits, letters, hyphens and the ideographic space). NFKC would also rewrite characters whose
/// compatibility mapping changes their meaning in an address (circled numbers `①`, ligatures,
/// super-scripts, half-width katakana composed with voiced marks), and would need a
/// Unicode-tables dependency (`unicode-normalization`) for a comparison that this small,
/// auditable mapping already does.
///
/// # Examples
///
/// ```
/// use crossborder::geo::normalize_text;
///
/// assert_eq!(normalize_text("上海市　浦东新区 张江路１２３号"), "上海市浦东新区张江路123号");
/// assert_eq!(normalize_text("  350   Fifth  Ave\tＡＰＴ 5 "), "350 fifth ave apt 5");
/// ```
pub fn normalize_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last: Option<char> = None;
    let mut pending_space = false;
    for c in text.chars().map(fold_full_width) {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        let c = c.to_ascii_lowercase();
        if pending_space {
            if let Some(prev) = last
                && !is_cjk(prev)
                && !is_cjk(c)
            {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_full_width_block_and_nothing_else() {
        assert_eq!(fold_full_width('！'), '!'); // U+FF01 → U+0021
        assert_eq!(fold_full_width('～'), '~'); // U+FF5E → U+007E
        assert_eq!(fold_full_width('　'), ' ');
        assert_eq!(fold_full_width('｟'), '｟'); // U+FF5F is outside the block
        assert_eq!(fold_full_width('①'), '①');
        assert_eq!(fold_full_width('ｱ'), 'ｱ'); // half-width katakana stays
    }

    #[test]
    fn whitespace_and_case() {
        assert_eq!(normalize_text(""), "");
        assert_eq!(normalize_text(" \t\u{3000}\n "), "");
        assert_eq!(normalize_text("A\u{a0}\u{a0}B"), "a b");
        assert_eq!(normalize_text("ÄB"), "Äb"); // only ASCII is case-folded
    }

    #[test]
    fn spaces_next_to_cjk_are_removed() {
        assert_eq!(normalize_text("东京都 港区 1-2-3"), "东京都港区1-2-3");
        assert_eq!(normalize_text("Room 5 上海"), "room 5上海");
        assert_eq!(normalize_text("서울 강남구"), "서울 강남구"); // Hangul keeps its spaces
    }

    #[test]
    fn idempotent_on_samples() {
        for s in ["上海市　浦东新区 张江路１２３号", " a  b ", "Ｘ　Ｙ", "、 a 。 b"]
        {
            let once = normalize_text(s);
            assert_eq!(normalize_text(&once), once);
        }
    }
}
