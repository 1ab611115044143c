//! Normalisation of typed or scanned tracking numbers (运单号规范化), and the inline buffer
//! that holds a normalised number without allocating.
//!
//! The steps, in order (they make [`normalize`] idempotent):
//! 1. Map full-width ASCII (`Ａ`–`～`, U+FF01–U+FF5E, as typed with a Chinese input method) to
//!    ASCII; drop every Unicode white space (including U+3000 and no-break spaces) and the
//!    invisible U+200B–U+200D and U+FEFF; turn the Unicode dashes U+2010–U+2015, U+2212 and
//!    U+FE63 into `-`; upper-case ASCII letters.
//! 2. Drop a JD Logistics package suffix `-<index>-<total>[-]` after a JD waybill number
//!    (`JDV000000058367-1-3-` → `JDV000000058367`; `cn_courier_numbers.md` §5 step 2).
//! 3. Drop every `-`.
//! 4. Drop an SF Express phone tail `:dddd` after an SF number (`SF6026442929275:8867`;
//!    `cn_courier_numbers.md` §5 step 3).

use super::shape::all_bytes;

/// The longest normalised number any format accepts is 41 characters (DHL eCommerce: 2-letter
/// prefix + up to 39); the buffer leaves room to spare.
pub(crate) const MAX_LEN: usize = 48;

/// Room for the text before suffixes and hyphens are removed.
pub(crate) const RAW_CAP: usize = 64;

/// A normalised number of at most [`MAX_LEN`] ASCII bytes, stored inline.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Number {
    buf: [u8; MAX_LEN],
    len: u8,
}

impl Number {
    /// The bytes of the number.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.buf.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// The number as text (always ASCII).
    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    fn from_ascii(bytes: &[u8]) -> Option<Self> {
        let mut buf = [0u8; MAX_LEN];
        buf.get_mut(..bytes.len())?.copy_from_slice(bytes);
        Some(Self { buf, len: u8::try_from(bytes.len()).ok()? })
    }
}

impl std::fmt::Debug for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Why a text has no inline normal form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unfit {
    /// A character outside ASCII survives normalisation.
    NonAscii,
    /// The normal form is longer than [`MAX_LEN`].
    TooLong,
}

/// Marks a byte step 1 drops in [`ASCII_MAP`].
const DROP: u8 = 0xFF;

/// Step 1 for ASCII bytes: ASCII white space → [`DROP`], lower case → upper case, anything
/// else unchanged (256 entries, so any `u8` indexes it).
#[allow(clippy::indexing_slicing)] // const evaluation only: an index out of bounds fails the build, never a run
static ASCII_MAP: [u8; 256] = {
    let mut t = [DROP; 256];
    let mut i = 0u8;
    while i < 128 {
        t[i as usize] = match i {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => DROP,
            _ => i.to_ascii_uppercase(),
        };
        i += 1;
    }
    t
};

/// Step 1 for one character: `None` drops it.
#[inline]
fn map_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return match c {
            ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C' => None,
            _ => Some(c.to_ascii_uppercase()),
        };
    }
    let c = match u32::from(c) {
        0xFF01..=0xFF5E => crate::text::fold_full_width(c).to_ascii_uppercase(),
        0x2010..=0x2015 | 0x2212 | 0xFE63 => '-',
        0x200B..=0x200D | 0xFEFF => return None,
        _ => c,
    };
    if c.is_whitespace() { None } else { Some(c) }
}

/// Whether `b` is a JD waybill number: `JD[0-9A-Z]{2}\d{11}` or `V[A-Z]\d{11}`.
fn is_jd_waybill(b: &[u8]) -> bool {
    match b {
        [b'J', b'D', x, y, rest @ ..] => {
            rest.len() == 11
                && x.is_ascii_alphanumeric()
                && y.is_ascii_alphanumeric()
                && !x.is_ascii_lowercase()
                && !y.is_ascii_lowercase()
                && rest.iter().all(u8::is_ascii_digit)
        }
        [b'V', x, rest @ ..] => {
            x.is_ascii_uppercase() && rest.len() == 11 && rest.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// Length of a trailing run of 1–4 ASCII digits ending at `end` (exclusive), or 0.
fn digit_run_before(b: &[u8], end: usize) -> usize {
    let head = b.get(..end).unwrap_or(&[]);
    let n = head.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if (1..=4).contains(&n) { n } else { 0 }
}

/// Step 2: the length to keep when `b` (hyphens still in) ends in a JD package suffix.
fn without_jd_suffix(b: &[u8]) -> usize {
    let mut end = b.len();
    if b.last() == Some(&b'-') {
        end -= 1;
    }
    let total = digit_run_before(b, end);
    if total == 0 {
        return b.len();
    }
    end -= total;
    if end == 0 || b.get(end - 1) != Some(&b'-') {
        return b.len();
    }
    end -= 1;
    let index = digit_run_before(b, end);
    if index == 0 {
        return b.len();
    }
    end -= index;
    if end == 0 || b.get(end - 1) != Some(&b'-') {
        return b.len();
    }
    end -= 1;
    if is_jd_waybill(b.get(..end).unwrap_or(&[])) { end } else { b.len() }
}

/// Step 4: the length to keep when `b` (hyphens removed) ends in an SF phone tail.
fn without_sf_tail(b: &[u8]) -> usize {
    let Some(cut) = b.len().checked_sub(5) else { return b.len() };
    let (head, tail) = b.split_at(cut);
    let is_tail = tail.first() == Some(&b':') && tail.iter().skip(1).all(u8::is_ascii_digit);
    let is_sf = match head {
        [b'S', b'F', rest @ ..] => rest.len() == 13 && rest.iter().all(u8::is_ascii_digit),
        _ => head.len() == 12 && head.iter().all(u8::is_ascii_digit),
    };
    if is_tail && is_sf { cut } else { b.len() }
}

/// The normal form of `text` as a `String` (any length, any characters).
pub(crate) fn normalize(text: &str) -> String {
    let step1: String = text.chars().filter_map(map_char).collect();
    let keep = without_jd_suffix(step1.as_bytes());
    let step3: String = step1.get(..keep).unwrap_or(&step1).chars().filter(|&c| c != '-').collect();
    let keep = without_sf_tail(step3.as_bytes());
    step3.get(..keep).unwrap_or(&step3).to_owned()
}

/// The normal form of `text` in an inline buffer, without allocating.
///
/// # Errors
///
/// [`Unfit`] when a non-ASCII character survives or the result is too long; `normalize` gives
/// the full normal form for error messages.
pub(crate) fn normalize_inline(text: &str) -> Result<Number, Unfit> {
    let mut raw = [0u8; RAW_CAP];
    let n = normalize_raw(text, &mut raw)?;
    Number::from_ascii(raw.get(..n).unwrap_or(&[])).ok_or(Unfit::TooLong)
}

/// Writes the normal form of `text` into `raw` (zeroed by the caller) and returns its length:
/// the detection hot path.
///
/// ASCII input (the usual case) is handled a byte at a time; anything else goes through
/// [`map_char`]. Suffix rules run only when a `-` or `:` is present.
///
/// # Errors
///
/// As [`normalize_inline`].
#[inline]
pub(crate) fn normalize_raw(text: &str, raw: &mut [u8; RAW_CAP]) -> Result<usize, Unfit> {
    let mut n = 0usize;
    let mut hyphens = false;
    let mut colon = false;
    let bytes = text.as_bytes();
    // Already normal (digits and capitals only, short enough): copy as is.
    if bytes.len() <= MAX_LEN
        && all_bytes(bytes, |c| c.is_ascii_digit() | c.is_ascii_uppercase())
        && let Some(dst) = raw.get_mut(..bytes.len())
    {
        dst.copy_from_slice(bytes);
        return Ok(bytes.len());
    }
    if bytes.is_ascii() {
        for &c in bytes {
            let m = ASCII_MAP.get(usize::from(c)).copied().unwrap_or(DROP);
            if m != DROP {
                *raw.get_mut(n).ok_or(Unfit::TooLong)? = m;
                n += 1;
            }
        }
        let kept = raw.get(..n).unwrap_or(&[]);
        hyphens = kept.contains(&b'-');
        colon = kept.contains(&b':');
    } else {
        for c in text.chars() {
            let Some(c) = map_char(c) else { continue };
            let c = u8::try_from(c).map_err(|_| Unfit::NonAscii)?;
            let slot = raw.get_mut(n).ok_or(Unfit::TooLong)?;
            *slot = c;
            hyphens |= c == b'-';
            colon |= c == b':';
            n += 1;
        }
    }
    if hyphens {
        let keep = without_jd_suffix(raw.get(..n).unwrap_or(&[]));
        let mut m = 0usize;
        for i in 0..keep {
            let b = raw.get(i).copied().unwrap_or(b'-');
            if b != b'-' {
                if let Some(slot) = raw.get_mut(m) {
                    *slot = b;
                }
                m += 1;
            }
        }
        if let Some(rest) = raw.get_mut(m..n) {
            rest.fill(0);
        }
        n = m;
    }
    if colon {
        n = without_sf_tail(raw.get(..n).unwrap_or(&[]));
    }
    if n > MAX_LEN {
        return Err(Unfit::TooLong);
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_hyphens_case_full_width() {
        assert_eq!(normalize(" 1z 8v9-2a7\u{3000}0367203024 "), "1Z8V92A70367203024");
        assert_eq!(normalize("ＳＦ１３８５６２８７１６７３９"), "SF1385628716739");
        assert_eq!(normalize("rb\u{00A0}123\u{2010}456\u{200B}785gb"), "RB123456785GB");
        assert_eq!(normalize("ｒｂ１２３４５６７８５ｇｂ"), "RB123456785GB");
    }

    #[test]
    fn jd_package_suffix() {
        assert_eq!(normalize("JDV000000058367-1-3-"), "JDV000000058367");
        assert_eq!(normalize("jdv000516800799-1-1"), "JDV000516800799");
        // Not a JD body: the hyphens just go.
        assert_eq!(normalize("1LS7119013618127-1"), "1LS71190136181271");
        assert_eq!(normalize("ABC-1-2"), "ABC12");
    }

    #[test]
    fn sf_phone_tail() {
        assert_eq!(normalize("SF6026442929275:8867"), "SF6026442929275");
        assert_eq!(normalize("976186294981：1234"), "976186294981");
        assert_eq!(normalize("SF602644292927:8867"), "SF602644292927:8867");
    }

    #[test]
    fn inline_matches_string_form() {
        for s in [
            "JDV000000058367-1-3-",
            "SF6026442929275:8867",
            " 1 Z 8 V 9 2 A 7 0 3 6 7 2 0 3 0 2 4 ",
            "ＳＦ１３８５６２８７１６７３９",
            "",
            "---",
        ] {
            assert_eq!(normalize_inline(s).unwrap().as_str(), normalize(s), "{s:?}");
        }
        assert_eq!(normalize_inline("运单"), Err(Unfit::NonAscii));
        assert_eq!(normalize_inline(&"1".repeat(49)), Err(Unfit::TooLong));
        assert_eq!(normalize_inline(&"1".repeat(48)).unwrap().as_str().len(), 48);
        assert_eq!(normalize_inline(&"1".repeat(200)), Err(Unfit::TooLong));
    }
}
