//! A strict scanner for plain decimal numbers: `-?DIGITS(.DIGITS)?`, nothing else (no `+`, no
//! exponent, no separators, no surrounding space).

/// The pieces of a scanned number. `int` is never empty; `frac` is `None` without a `.`.
pub(super) struct Number<'a> {
    pub(super) negative: bool,
    pub(super) int: &'a str,
    pub(super) frac: Option<&'a str>,
    /// Byte offset just past the number.
    pub(super) end: usize,
}

/// Scans the longest number at the start of `s`; the caller checks what follows `end`.
///
/// # Errors
///
/// `(position, expected)` when a required digit is missing.
pub(super) fn number(s: &str, allow_minus: bool) -> Result<Number<'_>, (usize, &'static str)> {
    let bytes = s.as_bytes();
    let negative = allow_minus && bytes.first() == Some(&b'-');
    let int_start = usize::from(negative);
    let int_end = digits_end(bytes, int_start);
    if int_end == int_start {
        let expected = if allow_minus {
            "a digit or `-` (the amount comes first, as in `12.30 CNY`)"
        } else {
            "a digit (no sign, as in `0.091`)"
        };
        return Err((int_start, expected));
    }
    let int = s.get(int_start..int_end).unwrap_or_default();
    if bytes.get(int_end) != Some(&b'.') {
        return Ok(Number { negative, int, frac: None, end: int_end });
    }
    let frac_start = int_end.saturating_add(1);
    let frac_end = digits_end(bytes, frac_start);
    if frac_end == frac_start {
        return Err((frac_start, "a digit after `.`"));
    }
    let frac = s.get(frac_start..frac_end);
    Ok(Number { negative, int, frac, end: frac_end })
}

fn digits_end(bytes: &[u8], start: usize) -> usize {
    let count =
        bytes.get(start..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
    start.saturating_add(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans() {
        let n = number("-12.30 CNY", true).unwrap();
        assert!(n.negative);
        assert_eq!((n.int, n.frac, n.end), ("12", Some("30"), 6));
        let n = number("7", false).unwrap();
        assert_eq!((n.negative, n.int, n.frac, n.end), (false, "7", None, 1));
        assert_eq!(number("", true).err().map(|e| e.0), Some(0));
        assert_eq!(number("-", true).err().map(|e| e.0), Some(1));
        assert_eq!(number("-1", false).err().map(|e| e.0), Some(0));
        assert_eq!(number("1.", true).err().map(|e| e.0), Some(2));
        assert_eq!(number(".5", true).err().map(|e| e.0), Some(0));
        assert_eq!(number("1e3", true).unwrap().end, 1);
    }
}
