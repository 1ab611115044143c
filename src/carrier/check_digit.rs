//! Check-digit algorithms (校验位算法) of tracking numbers.
//!
//! Every algorithm is implemented exactly as the `tracking_number_data` set (jkeen, MIT,
//! commit `b79ce4bf`) defines it in its `CHECKSUM_ALGORITHMS.md` and `site/src/lib/checksum.js`,
//! except [`CheckDigit::S10`], whose authority is the UPU S10 standard itself, and
//! [`CheckDigit::SfLegacy`], which SF Express never published (see its variant docs).

use std::fmt;

/// A check-digit algorithm, with its parameters.
///
/// The serial is the part of the number the check character is computed from (the data set's
/// `SerialNumber` group); which part that is depends on the [`Format`](super::Format).
///
/// # Examples
///
/// ```
/// use crossborder::carrier::CheckDigit;
///
/// // UPU S10: weights 8 6 4 2 3 5 9 7 over 47312482 give S = 200, 200 mod 11 = 2, C = 9.
/// assert_eq!(CheckDigit::S10.compute("47312482"), Some('9'));
/// // Luhn over 7992739871 (the classic example) gives 3.
/// assert_eq!(CheckDigit::Luhn.compute("7992739871"), Some('3'));
/// assert!(CheckDigit::Luhn.verify("7992739871", '3'));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CheckDigit {
    /// The data set's `mod10`: optionally reverse the serial, map digits to themselves and letters
    /// to `(ASCII code − 3) mod 10` (A=2 … H=9, I=0 …), multiply the characters at even 0-based
    /// indices by `evens_multiplier` and at odd ones by `odds_multiplier`, sum without digit
    /// sums, and take `(10 − sum mod 10) mod 10`. Used by UPS, USPS, FedEx Ground, Canada Post
    /// and OnTrac.
    Mod10 {
        /// Multiplier of characters at even 0-based indices.
        evens_multiplier: u8,
        /// Multiplier of characters at odd 0-based indices.
        odds_multiplier: u8,
        /// Whether the serial is reversed first (USPS IMpb N).
        reverse: bool,
    },
    /// The data set's `mod7`: the serial read as one integer, modulo 7 (DHL Express air waybill).
    Mod7,
    /// Luhn (ISO/IEC 7812-1 annex B), with the rightmost serial digit doubled (Old Dominion,
    /// Purolator).
    Luhn,
    /// UPU S10 (standard S10, "check digit" clause): weights 8, 6, 4, 2, 3, 5, 9, 7 over the eight
    /// serial digits, `C = 11 − (S mod 11)`, then 10 → 0 and 11 → 5.
    S10,
    /// The data set's `sum_product_with_weightings_and_modulo`: `(Σ dᵢ·wᵢ) mod modulo1 mod
    /// modulo2` (FedEx Express; `modulo1` = 11, `modulo2` = 10).
    SumProduct {
        /// One weight per serial digit, left to right.
        weights: &'static [u8],
        /// First modulus.
        modulo1: u8,
        /// Second modulus.
        modulo2: u8,
    },
    /// The data set's `mod_37_36` (DPD; ISO/IEC 7064 hybrid MOD 37,36 style): start at 36; per
    /// character add its value (0–9, A=10 … Z=35), subtract 36 if above 36, double, subtract 37
    /// if above 36; the check is `37 − running` (36 → 0), written with the alphabet `0-9A-Z`.
    Mod37_36,
    /// SF Express legacy 12-digit numbers (顺丰 12 位旧单号). **Not published by SF**: reconstructed
    /// from two independent third-party implementations and confirmed on ten public numbers
    /// (`cn_courier_numbers.md` §2.1, grade B). Weights 15, 13, 11, 9, 7, 5, 3, 1 over digits 4–11;
    /// each product `p` adds `⌊p/10⌋ + (p mod 10)`; the check is `(10 − S mod 10) mod 10`.
    SfLegacy,
}

/// The FedEx Express 12-digit weights (`fedex_12`, `fedex_astra_32`).
pub(crate) const FEDEX_12_WEIGHTS: &[u8] = &[3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];
/// The FedEx 34-digit weights (`fedex_34`, `fedex_ground_gsn`).
pub(crate) const FEDEX_34_WEIGHTS: &[u8] = &[1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];

const S10_WEIGHTS: [u32; 8] = [8, 6, 4, 2, 3, 5, 9, 7];
const SF_WEIGHTS: [u32; 8] = [15, 13, 11, 9, 7, 5, 3, 1];
const ALPHABET_36: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

impl CheckDigit {
    /// Computes the check character of `serial`.
    ///
    /// Returns `None` when the serial has a character or a length the algorithm does not accept
    /// (S10 needs exactly 8 digits, SF legacy 11, a weighted sum one digit per weight; letters
    /// are accepted only by `Mod10` and `Mod37_36`, in upper case).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::CheckDigit;
    ///
    /// // UPS 1Z5R89390357567127: serial 5R8939035756712, mod10 with odd indices doubled.
    /// let ups = CheckDigit::Mod10 { evens_multiplier: 1, odds_multiplier: 2, reverse: false };
    /// assert_eq!(ups.compute("5R8939035756712"), Some('7'));
    /// assert_eq!(CheckDigit::S10.compute("1234567"), None); // S10 needs 8 digits
    /// ```
    pub fn compute(self, serial: &str) -> Option<char> {
        self.compute_bytes(serial.as_bytes()).map(char::from)
    }

    /// Whether `check` is the check character of `serial`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::CheckDigit;
    ///
    /// // DHL Express 3318810025: 331881002 mod 7 = 5.
    /// assert!(CheckDigit::Mod7.verify("331881002", '5'));
    /// assert!(!CheckDigit::Mod7.verify("331881002", '6'));
    /// ```
    pub fn verify(self, serial: &str, check: char) -> bool {
        self.compute(serial) == Some(check)
    }

    /// The check character (an ASCII byte) of an ASCII serial.
    #[inline]
    pub(crate) fn compute_bytes(self, serial: &[u8]) -> Option<u8> {
        match self {
            Self::Mod10 { evens_multiplier, odds_multiplier, reverse } => {
                mod10(serial, evens_multiplier, odds_multiplier, reverse)
            }
            Self::Mod7 => mod7(serial),
            Self::Luhn => luhn(serial),
            Self::S10 => s10(serial),
            Self::SumProduct { weights, modulo1, modulo2 } => {
                sum_product(serial, weights, modulo1, modulo2)
            }
            Self::Mod37_36 => mod37_36(serial),
            Self::SfLegacy => sf_legacy(serial),
        }
    }

    /// Whether this algorithm was published (by a standard, a carrier or the data set): a
    /// failing published check rejects a number, a failing unpublished one
    /// ([`SfLegacy`](Self::SfLegacy)) only lowers its rank.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::CheckDigit;
    ///
    /// assert!(CheckDigit::S10.is_published());
    /// assert!(!CheckDigit::SfLegacy.is_published());
    /// ```
    pub fn is_published(self) -> bool {
        !matches!(self, Self::SfLegacy)
    }

    /// The algorithm's name in the data set (`mod10`, `mod7`, `luhn`, `s10`,
    /// `sum_product_with_weightings_and_modulo`, `mod_37_36`), or `sf_legacy`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::CheckDigit;
    ///
    /// assert_eq!(CheckDigit::Mod37_36.name(), "mod_37_36");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Self::Mod10 { .. } => "mod10",
            Self::Mod7 => "mod7",
            Self::Luhn => "luhn",
            Self::S10 => "s10",
            Self::SumProduct { .. } => "sum_product_with_weightings_and_modulo",
            Self::Mod37_36 => "mod_37_36",
            Self::SfLegacy => "sf_legacy",
        }
    }
}

impl fmt::Display for CheckDigit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The numeric value of a digit, or `None`.
#[inline]
fn digit(b: u8) -> Option<u32> {
    b.is_ascii_digit().then(|| u32::from(b - b'0'))
}

/// `(10 − sum mod 10) mod 10` as an ASCII digit.
#[inline]
fn tens_complement(sum: u64) -> u8 {
    // `sum % 10` and the result are < 10, so the narrowing cannot truncate.
    let r = (10 - sum % 10) % 10;
    b'0' + u8::try_from(r).unwrap_or(0)
}

/// The data set's character value: a digit is itself, a letter `(ASCII − 3) mod 10`.
#[inline]
fn mod10_value(b: u8) -> Option<u64> {
    match b {
        b'0'..=b'9' => Some(u64::from(b - b'0')),
        b'A'..=b'Z' => Some(u64::from((b - 3) % 10)),
        _ => None,
    }
}

fn mod10(serial: &[u8], evens: u8, odds: u8, reverse: bool) -> Option<u8> {
    let last = serial.len().checked_sub(1)?;
    // Reversing flips the parity of every index when the serial has an even length.
    let flip = reverse && last % 2 == 1;
    let (mut even, mut odd) = (0u64, 0u64);
    for (i, &b) in serial.iter().enumerate() {
        let v = mod10_value(b)?;
        if (i % 2 == 1) == flip {
            even = even.wrapping_add(v);
        } else {
            odd = odd.wrapping_add(v);
        }
    }
    Some(tens_complement(
        even.wrapping_mul(u64::from(evens)).wrapping_add(odd.wrapping_mul(u64::from(odds))),
    ))
}

fn mod7(serial: &[u8]) -> Option<u8> {
    if serial.is_empty() {
        return None;
    }
    let mut r = 0u32;
    for &b in serial {
        r = (r * 10 + digit(b)?) % 7;
    }
    Some(b'0' + u8::try_from(r).ok()?)
}

fn luhn(serial: &[u8]) -> Option<u8> {
    if serial.is_empty() {
        return None;
    }
    let mut sum = 0u64;
    for (i, &b) in serial.iter().rev().enumerate() {
        let d = digit(b)?;
        let v = if i.is_multiple_of(2) {
            let x = d * 2;
            if x > 9 { x - 9 } else { x }
        } else {
            d
        };
        sum = sum.wrapping_add(u64::from(v));
    }
    Some(tens_complement(sum))
}

fn s10(serial: &[u8]) -> Option<u8> {
    if serial.len() != S10_WEIGHTS.len() {
        return None;
    }
    let mut sum = 0u32;
    for (&b, w) in serial.iter().zip(S10_WEIGHTS) {
        sum += digit(b)? * w;
    }
    let c = match sum % 11 {
        0 => 5,
        1 => 0,
        r => 11 - r,
    };
    Some(b'0' + u8::try_from(c).ok()?)
}

fn sum_product(serial: &[u8], weights: &[u8], modulo1: u8, modulo2: u8) -> Option<u8> {
    if serial.len() != weights.len() || modulo1 == 0 || modulo2 == 0 {
        return None;
    }
    let mut sum = 0u64;
    for (&b, &w) in serial.iter().zip(weights) {
        sum = sum.wrapping_add(u64::from(digit(b)?) * u64::from(w));
    }
    let c = sum % u64::from(modulo1) % u64::from(modulo2);
    ALPHABET_36.get(usize::try_from(c).ok()?).copied()
}

fn mod37_36(serial: &[u8]) -> Option<u8> {
    if serial.is_empty() {
        return None;
    }
    let mut running: u32 = 36;
    for &b in serial {
        let v = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'Z' => u32::from(b - b'A') + 10,
            _ => return None,
        };
        running += v;
        if running > 36 {
            running -= 36;
        }
        running *= 2;
        if running > 36 {
            running -= 37;
        }
    }
    let mut check = 37u32.checked_sub(running)?;
    if check == 36 {
        check = 0;
    }
    ALPHABET_36.get(usize::try_from(check).ok()?).copied()
}

fn sf_legacy(serial: &[u8]) -> Option<u8> {
    // The serial is digits 1–11; the weights apply to digits 4–11.
    if serial.len() != 11 {
        return None;
    }
    let mut sum = 0u32;
    for (i, &b) in serial.iter().enumerate() {
        let d = digit(b)?;
        if let Some(w) = i.checked_sub(3).and_then(|k| SF_WEIGHTS.get(k)) {
            let p = d * w;
            sum += p / 10 + p % 10;
        }
    }
    Some(tens_complement(u64::from(sum)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s10_worked_examples() {
        // tracking.md §2.5: 12345678 → S = 204, 204 mod 11 = 6, C = 5.
        assert_eq!(s10(b"12345678"), Some(b'5'));
        // 47312482 → S = 200, r = 2, C = 9 (Wikipedia example).
        assert_eq!(s10(b"47312482"), Some(b'9'));
        // 96633102 → S = 166, r = 1, C = 0 (npm s10 test).
        assert_eq!(s10(b"96633102"), Some(b'0'));
        // 00000000 → r = 0, C = 5.
        assert_eq!(s10(b"00000000"), Some(b'5'));
        assert_eq!(s10(b"1234567"), None);
        assert_eq!(s10(b"1234567A"), None);
    }

    #[test]
    fn sf_legacy_worked_example() {
        // cn_courier_numbers.md §2.1: 976186294981 — d4..d11 = 1 8 6 2 9 4 9 8, products
        // 15 104 66 18 63 20 27 8, terms 6 14 12 9 9 2 9 8, S = 69, check 1.
        assert_eq!(sf_legacy(b"97618629498"), Some(b'1'));
    }

    #[test]
    fn mod10_letter_values() {
        // A = (65 − 3) mod 10 = 2; a lone "A" with evens × 1: sum 2, check 8.
        assert_eq!(mod10(b"A", 1, 1, false), Some(b'8'));
        // Z = (90 − 3) mod 10 = 7 → check 3.
        assert_eq!(mod10(b"Z", 1, 1, false), Some(b'3'));
        assert_eq!(mod10(b"a", 1, 1, false), None);
        assert_eq!(mod10(b"", 1, 1, false), None);
    }

    #[test]
    fn mod10_reverse_weights_the_rightmost_digit() {
        // "12" reversed is "21": 2×3 + 1×1 = 7 → check 3. Forward: 1×3 + 2×1 = 5 → 5.
        assert_eq!(mod10(b"12", 3, 1, true), Some(b'3'));
        assert_eq!(mod10(b"12", 3, 1, false), Some(b'5'));
    }

    #[test]
    fn mod7_long_serial_does_not_overflow() {
        // 10^40 mod 7: 10 ≡ 3, 3^40 = (3^6)^6 · 3^4 ≡ 81 ≡ 4.
        let mut s = vec![b'1'];
        s.extend(std::iter::repeat_n(b'0', 40));
        assert_eq!(mod7(&s), Some(b'4'));
    }

    #[test]
    fn luhn_classic() {
        // 7992739871 → 3 (the textbook example of ISO/IEC 7812-1).
        assert_eq!(luhn(b"7992739871"), Some(b'3'));
    }

    #[test]
    fn sum_product_fedex() {
        // FedEx 986578788855: 9·3+8·1+6·7+5·3+7·1+8·7+7·3+8·1+8·7+8·3+5·1 = 269;
        // 269 mod 11 = 5, mod 10 = 5.
        assert_eq!(sum_product(b"98657878885", FEDEX_12_WEIGHTS, 11, 10), Some(b'5'));
        assert_eq!(sum_product(b"9865787888", FEDEX_12_WEIGHTS, 11, 10), None);
    }

    #[test]
    fn mod37_36_dpd() {
        // DPD 14 from the data set: 09980000020033 → F, 09980000020034 → D.
        assert_eq!(mod37_36(b"09980000020033"), Some(b'F'));
        assert_eq!(mod37_36(b"09980000020034"), Some(b'D'));
        assert_eq!(mod37_36(b"0998000002003a"), None);
    }
}
