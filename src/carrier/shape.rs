//! Hand-written matchers for fixed-shape numbers: what a regular expression of the data set
//! says, without a regex engine, reporting where a number first goes wrong.

use super::check_digit::CheckDigit;

/// What was expected at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expect {
    /// An ASCII digit.
    Digit,
    /// An upper-case ASCII letter.
    Upper,
    /// A digit or an upper-case letter.
    Alnum,
    /// Exactly this byte.
    Byte(u8),
    /// One of these bytes.
    OneOf(&'static [u8]),
    /// A described set (for prefix tables).
    Text(&'static str),
}

impl Expect {
    /// A human description, e.g. `a digit`, `'Z'`, `one of A, C, M`.
    pub(crate) fn describe(self) -> String {
        match self {
            Self::Digit => "a digit".to_owned(),
            Self::Upper => "a letter A-Z".to_owned(),
            Self::Alnum => "a digit or a letter A-Z".to_owned(),
            Self::Byte(b) => format!("'{}'", char::from(b)),
            Self::OneOf(set) => {
                let items: Vec<String> = set.iter().map(|&b| char::from(b).to_string()).collect();
                format!("one of {}", items.join(", "))
            }
            Self::Text(t) => t.to_owned(),
        }
    }

    /// Whether `b` fits.
    #[inline]
    pub(crate) fn fits(self, b: u8) -> bool {
        match self {
            Self::Digit => b.is_ascii_digit(),
            Self::Upper => b.is_ascii_uppercase(),
            Self::Alnum => b.is_ascii_digit() || b.is_ascii_uppercase(),
            Self::Byte(x) => b == x,
            Self::OneOf(set) => set.contains(&b),
            Self::Text(_) => false,
        }
    }
}

/// Why a number does not fit a format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Miss {
    /// The length is not one the format has.
    Length,
    /// The character at 0-based `pos` does not fit.
    Char {
        /// 0-based position in the normalised number.
        pos: usize,
        /// What fits there.
        expected: Expect,
    },
    /// The check character is wrong.
    Check {
        /// The computed check character.
        expected: u8,
        /// The one in the number.
        found: u8,
    },
    /// A UPU S10 service indicator in a reserved range.
    Service,
    /// A UPU S10 country code that is not an ISO 3166-1 code.
    Country,
}

impl Miss {
    /// How far matching got before it failed: used to pick the most telling error when a carrier
    /// has several formats.
    pub(crate) fn progress(self) -> usize {
        match self {
            Self::Length => 0,
            Self::Char { pos, .. } => 1 + pos,
            Self::Service | Self::Country => 1000,
            Self::Check { .. } => 2000,
        }
    }
}

/// One segment of a fixed shape.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Seg {
    /// These exact bytes.
    Lit(&'static [u8]),
    /// `n` digits.
    Digits(usize),
    /// `n` upper-case letters.
    Upper(usize),
    /// `n` digits or upper-case letters.
    Alnum(usize),
    /// One byte of the set.
    OneOf(&'static [u8]),
}

impl Seg {
    const fn len(self) -> usize {
        match self {
            Self::Lit(l) => l.len(),
            Self::Digits(n) | Self::Upper(n) | Self::Alnum(n) => n,
            Self::OneOf(_) => 1,
        }
    }
}

/// Matches `b` against a fixed sequence of segments.
///
/// # Errors
///
/// [`Miss::Length`] or the first [`Miss::Char`].
#[inline]
pub(crate) fn segs(b: &[u8], shape: &[Seg]) -> Result<(), Miss> {
    let total: usize = shape.iter().map(|s| s.len()).sum();
    if b.len() != total {
        return Err(Miss::Length);
    }
    let mut pos = 0usize;
    for &seg in shape {
        match seg {
            Seg::Lit(lit) => {
                if b.get(pos..pos + lit.len()) != Some(lit) {
                    for (i, &x) in lit.iter().enumerate() {
                        expect(b, pos + i, Expect::Byte(x))?;
                    }
                }
                pos += lit.len();
            }
            Seg::Digits(n) => {
                all(b, pos, n, Expect::Digit)?;
                pos += n;
            }
            Seg::Upper(n) => {
                all(b, pos, n, Expect::Upper)?;
                pos += n;
            }
            Seg::Alnum(n) => {
                all(b, pos, n, Expect::Alnum)?;
                pos += n;
            }
            Seg::OneOf(set) => {
                expect(b, pos, Expect::OneOf(set))?;
                pos += 1;
            }
        }
    }
    Ok(())
}

/// The byte at `pos` must fit `e`.
#[inline]
pub(crate) fn expect(b: &[u8], pos: usize, e: Expect) -> Result<(), Miss> {
    match b.get(pos) {
        Some(&x) if e.fits(x) => Ok(()),
        Some(_) => Err(Miss::Char { pos, expected: e }),
        None => Err(Miss::Length),
    }
}

/// `n` bytes from `pos` must fit `e`.
#[inline]
pub(crate) fn all(b: &[u8], pos: usize, count: usize, expected: Expect) -> Result<(), Miss> {
    let part = b.get(pos..pos + count).ok_or(Miss::Length)?;
    // The common, valid case first: a scan without early exit, which the compiler vectorises.
    let fits = match expected {
        Expect::Digit => all_bytes(part, |x| x.is_ascii_digit()),
        Expect::Upper => all_bytes(part, |x| x.is_ascii_uppercase()),
        Expect::Alnum => all_bytes(part, |x| x.is_ascii_digit() | x.is_ascii_uppercase()),
        _ => part.iter().all(|&x| expected.fits(x)),
    };
    if fits {
        return Ok(());
    }
    match part.iter().position(|&x| !expected.fits(x)) {
        None => Ok(()),
        Some(i) => Err(Miss::Char { pos: pos + i, expected }),
    }
}

/// Whether `pred` holds for every byte, without early exit (so the loop vectorises: these
/// numbers are at most 64 bytes long).
#[inline]
pub(crate) fn all_bytes(b: &[u8], pred: impl Fn(u8) -> bool) -> bool {
    b.iter().fold(true, |acc, &x| acc & pred(x))
}

/// Every byte must be a digit.
#[inline]
pub(crate) fn all_digits(b: &[u8]) -> Result<(), Miss> {
    if all_bytes(b, |x| x.is_ascii_digit()) {
        return Ok(());
    }
    match b.iter().position(|x| !x.is_ascii_digit()) {
        Some(pos) => Err(Miss::Char { pos, expected: Expect::Digit }),
        None => Ok(()),
    }
}

/// The check character at `check` must be `algo` over `serial`.
///
/// # Errors
///
/// [`Miss::Check`]; [`Miss::Length`] if the ranges fall outside `b` or the algorithm refuses the
/// serial (callers check the shape first, so that does not happen).
#[inline]
pub(crate) fn verify(
    b: &[u8],
    serial: std::ops::Range<usize>,
    check: usize,
    algo: CheckDigit,
) -> Result<(), Miss> {
    let s = b.get(serial).ok_or(Miss::Length)?;
    let found = *b.get(check).ok_or(Miss::Length)?;
    let expected = algo.compute_bytes(s).ok_or(Miss::Length)?;
    if expected == found { Ok(()) } else { Err(Miss::Check { expected, found }) }
}

/// Like [`verify`] for a serial held elsewhere (after `prepend_if`).
pub(crate) fn verify_serial(serial: &[u8], found: u8, algo: CheckDigit) -> Result<(), Miss> {
    let expected = algo.compute_bytes(serial).ok_or(Miss::Length)?;
    if expected == found { Ok(()) } else { Err(Miss::Check { expected, found }) }
}

/// Whether `b` starts with one of `prefixes`.
#[inline]
pub(crate) fn starts_with_any(b: &[u8], prefixes: &[&[u8]]) -> bool {
    prefixes.iter().any(|p| b.starts_with(p))
}

/// All ASCII digits, as a first-byte set.
pub(crate) const DIGITS: &[u8] = b"0123456789";
/// All upper-case ASCII letters, as a first-byte set.
pub(crate) const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// Digits and upper-case letters, as a first-byte set.
pub(crate) const ALNUM: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segs_reports_first_bad_position() {
        let shape = [Seg::Lit(b"TB"), Seg::OneOf(b"ACM"), Seg::Digits(3)];
        assert_eq!(segs(b"TBA123", &shape), Ok(()));
        assert_eq!(segs(b"TBA12", &shape), Err(Miss::Length));
        assert_eq!(
            segs(b"TXA123", &shape),
            Err(Miss::Char { pos: 1, expected: Expect::Byte(b'B') })
        );
        assert_eq!(
            segs(b"TBB123", &shape),
            Err(Miss::Char { pos: 2, expected: Expect::OneOf(b"ACM") })
        );
        assert_eq!(segs(b"TBA1X3", &shape), Err(Miss::Char { pos: 4, expected: Expect::Digit }));
    }

    #[test]
    fn describe() {
        assert_eq!(Expect::OneOf(b"ACM").describe(), "one of A, C, M");
        assert_eq!(Expect::Byte(b'Z').describe(), "'Z'");
    }
}
