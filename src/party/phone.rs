//! Telephone numbers: CN mobile numbers and ITU-T E.164 international numbers.

use std::fmt;

/// Country calling code of China (ITU-T E.164 assignment).
const CN: u16 = 86;

/// The two-digit country codes assigned in ITU-T E.164 (zones 2–9). Zone 1 (+1) and zone 7
/// (+7) are one-digit codes; every other code is three digits. Used only to split the country
/// code off a number (E.164 codes are prefix-free, so the split is unambiguous).
const TWO_DIGIT_COUNTRY_CODES: [u16; 44] = [
    20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56,
    57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
];

/// E.164 limit on the number of digits (country code plus national significant number).
const MAX_DIGITS: usize = 15;

/// Fewest digits accepted after the country code.
const MIN_NATIONAL_DIGITS: usize = 4;

/// A telephone number (电话号码): a CN mobile number or any number in E.164 form.
///
/// Accepted input (after trimming; spaces and hyphens anywhere are ignored):
///
/// * `13812345678` — 11 digits beginning `13`–`19`: a CN mobile number (MIIT
///   《电信网编号计划》 assigns 13x–19x to public mobile networks). **A number without `+` or
///   `00` is read as Chinese**; foreign numbers must carry their country code.
/// * `8613812345678` — 13 digits beginning `86`: the same with China's country code.
/// * `+86 138 1234 5678`, `0086-13812345678` — E.164 international form (`+` or the `00`
///   international prefix, country code, national number; at most 15 digits, ITU-T E.164 §6.1).
///   Under `+86`, a national number beginning `13`–`19` must be an 11-digit mobile number.
///
/// Country codes are split off with the E.164 assignment (1 and 7 one digit, the assigned
/// two-digit codes, otherwise three digits); whether a three-digit code is assigned is not
/// checked. National numbers are not checked beyond 4 to 15 − (country-code) digits.
///
/// [`reveal`](Self::reveal) gives the form customs messages carry: the 11-digit domestic number
/// for a CN mobile (as in the official CEB samples, e.g. `buyerTelephone` `13936921298`), the
/// `+`-prefixed E.164 form otherwise. Both fit `buyerTelephone` (`str 1..30`) and
/// `consigneeTelephone` (`str 1..50`).
///
/// `Display`/`Debug` are masked: `138****5678` for a CN mobile; `+44 ******0958` (country code
/// and last four digits, or last two when the national number has fewer than 8 digits) otherwise.
///
/// # Examples
///
/// ```
/// use crossborder::party::Phone;
///
/// let cn: Phone = "+86 138-1234-5678".parse()?;
/// assert!(cn.is_cn_mobile());
/// assert_eq!(cn.country_code(), 86);
/// assert_eq!(cn.to_string(), "138****5678");
/// assert_eq!(cn.reveal(), "13812345678");
/// assert_eq!(cn.reveal_e164(), "+8613812345678");
///
/// let uk: Phone = "+44 20 7946 0958".parse()?;
/// assert_eq!(uk.to_string(), "+44 ******0958");
/// assert_eq!(uk.reveal(), "+442079460958");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize), serde(try_from = "String"))]
pub struct Phone {
    /// `+`, country code, national number: ASCII, at most 16 bytes.
    e164: String,
    /// The country code (1–3 digits).
    country_code: u16,
    /// National number is an 11-digit CN mobile number under +86.
    cn_mobile: bool,
}

impl Phone {
    /// Parses a telephone number (see the type documentation for the accepted forms).
    ///
    /// # Errors
    ///
    /// A [`PhoneError`] naming what was wrong; it never contains the number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{Phone, PhoneError};
    ///
    /// assert_eq!(Phone::try_new("86-13812345678")?.reveal(), "13812345678");
    /// assert_eq!(
    ///     Phone::try_new("138 1234 567x"),
    ///     Err(PhoneError::InvalidCharacter { position: 13, found: 'x' })
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(input: &str) -> Result<Self, PhoneError> {
        let s = input.trim();
        let mut plus = false;
        let mut count = 0usize;
        // At most "00" + 15 digits are ever kept; longer input is an error anyway.
        let mut digits = String::with_capacity(MAX_DIGITS + 2);
        for (i, c) in s.chars().enumerate() {
            match c {
                '0'..='9' => {
                    count = count.saturating_add(1);
                    if digits.len() <= MAX_DIGITS + 2 {
                        digits.push(c);
                    }
                }
                ' ' | '-' => {}
                '+' if i == 0 => plus = true,
                _ => return Err(PhoneError::InvalidCharacter { position: i + 1, found: c }),
            }
        }
        if count == 0 {
            return Err(if plus { PhoneError::TooShort { digits: 0 } } else { PhoneError::Empty });
        }

        if plus {
            Self::international(&digits, count)
        } else if let Some(rest) = digits.strip_prefix("00") {
            Self::international(rest, count.saturating_sub(2))
        } else if count == 11 && digits.starts_with('1') {
            Self::cn_mobile(&digits)
        } else if count == 13 && digits.starts_with("86") {
            Self::international(&digits, count)
        } else {
            Err(PhoneError::MissingCountryCode { digits: count })
        }
    }

    /// An 11-digit domestic number beginning with `1`.
    fn cn_mobile(national: &str) -> Result<Self, PhoneError> {
        check_cn_mobile(national)?;
        Ok(Self { e164: format!("+{CN}{national}"), country_code: CN, cn_mobile: true })
    }

    /// `digits`: country code and national number, without `+`; `total`: their count.
    fn international(digits: &str, total: usize) -> Result<Self, PhoneError> {
        if total > MAX_DIGITS {
            return Err(PhoneError::TooLong { digits: total });
        }
        let cc_len = match digits.as_bytes() {
            [] => return Err(PhoneError::TooShort { digits: 0 }),
            [b'0', ..] => return Err(PhoneError::CountryCodeStartsWithZero),
            [b'1' | b'7', ..] => 1,
            _ => {
                let two = digits.get(..2).and_then(|p| p.parse::<u16>().ok());
                if two.is_some_and(|t| TWO_DIGIT_COUNTRY_CODES.contains(&t)) { 2 } else { 3 }
            }
        };
        let (country_code, national) = match (digits.get(..cc_len), digits.get(cc_len..)) {
            (Some(cc), Some(national)) if national.len() >= MIN_NATIONAL_DIGITS => {
                (cc.parse::<u16>().map_err(|_| PhoneError::TooShort { digits: total })?, national)
            }
            _ => return Err(PhoneError::TooShort { digits: total }),
        };
        let cn_mobile = country_code == CN && looks_like_cn_mobile(national);
        if cn_mobile {
            check_cn_mobile(national)?;
        }
        Ok(Self { e164: format!("+{digits}"), country_code, cn_mobile })
    }

    /// Whether this is a CN mobile number (+86, 11 digits beginning 13–19).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::Phone;
    ///
    /// assert!(Phone::try_new("13812345678")?.is_cn_mobile());
    /// assert!(!Phone::try_new("+86 10 6512 3456")?.is_cn_mobile()); // Beijing landline
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_cn_mobile(&self) -> bool {
        self.cn_mobile
    }

    /// The E.164 country calling code (`86` for China, `1` for NANP, `44` for the UK …).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::Phone;
    ///
    /// assert_eq!(Phone::try_new("+1 415 555 0100")?.country_code(), 1);
    /// assert_eq!(Phone::try_new("+852 2123 4567")?.country_code(), 852);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country_code(&self) -> u16 {
        self.country_code
    }

    /// The number customs messages carry (`buyerTelephone`, `consigneeTelephone`): the
    /// 11-digit domestic number for a CN mobile, the E.164 form with `+` otherwise.
    /// **Unmasked — for the customs export only.**
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::Phone;
    ///
    /// assert_eq!(Phone::try_new("+86 138 1234 5678")?.reveal(), "13812345678");
    /// assert_eq!(Phone::try_new("+49 30 1234567")?.reveal(), "+49301234567");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal(&self) -> &str {
        if self.cn_mobile { self.reveal_national_number() } else { &self.e164 }
    }

    /// The full number in E.164 form (`+8613812345678`). **Unmasked.**
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::Phone;
    ///
    /// assert_eq!(Phone::try_new("13812345678")?.reveal_e164(), "+8613812345678");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal_e164(&self) -> &str {
        &self.e164
    }

    /// The national significant number, without country code (`13812345678`). **Unmasked.**
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::Phone;
    ///
    /// assert_eq!(Phone::try_new("+44 20 7946 0958")?.reveal_national_number(), "2079460958");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal_national_number(&self) -> &str {
        self.e164.get(1 + country_code_len(self.country_code)..).unwrap_or_default()
    }
}

impl fmt::Display for Phone {
    /// Masked: `138****5678` for a CN mobile, `+44 ******0958` otherwise.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let national = self.reveal_national_number();
        if self.cn_mobile {
            f.write_str(&super::mask_middle(national, 3, 4))
        } else {
            let keep = if national.len() >= 8 { 4 } else { 2 };
            write!(f, "+{} {}", self.country_code, super::mask_middle(national, 0, keep))
        }
    }
}

validated_string_impls!(Phone, PhoneError);

/// Digits of a country code.
fn country_code_len(cc: u16) -> usize {
    match cc {
        0..=9 => 1,
        10..=99 => 2,
        _ => 3,
    }
}

/// A national number that is meant as a CN mobile: it begins `13`–`19`.
fn looks_like_cn_mobile(national: &str) -> bool {
    matches!(national.as_bytes(), [b'1', b'3'..=b'9', ..])
}

/// Checks an all-digit national number against the CN mobile shape: 11 digits, `1[3-9]`.
fn check_cn_mobile(national: &str) -> Result<(), PhoneError> {
    if national.len() == 11 && looks_like_cn_mobile(national) {
        Ok(())
    } else {
        Err(PhoneError::InvalidCnMobile {
            prefix: national.get(..2).unwrap_or(national).to_owned(),
            digits: national.len(),
        })
    }
}

/// Why a [`Phone`] was rejected. No variant carries the number.
///
/// # Examples
///
/// ```
/// use crossborder::party::{Phone, PhoneError};
///
/// assert_eq!(
///     Phone::try_new("12812345678"),
///     Err(PhoneError::InvalidCnMobile { prefix: "12".to_owned(), digits: 11 })
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    /// Nothing but whitespace and separators.
    #[error("empty telephone number")]
    Empty,
    /// A character other than a digit, space, hyphen, or a leading `+`.
    #[error(
        "invalid character {found:?} at position {position}: expected digits, spaces, hyphens and a leading '+'"
    )]
    InvalidCharacter {
        /// 1-based character position in the trimmed input.
        position: usize,
        /// The character found.
        found: char,
    },
    /// Neither a CN number nor prefixed with `+` or `00`.
    #[error(
        "{digits} digits without a country code: foreign numbers need '+' and the country code; CN mobiles have 11 digits"
    )]
    MissingCountryCode {
        /// Number of digits found.
        digits: usize,
    },
    /// The digit after `+`/`00` is `0`; no E.164 country code begins with 0.
    #[error("country code starts with 0")]
    CountryCodeStartsWithZero,
    /// More than 15 digits after the international prefix (ITU-T E.164 §6.1).
    #[error("{digits} digits: an E.164 number has at most 15")]
    TooLong {
        /// Number of digits found (without the `00` prefix).
        digits: usize,
    },
    /// Fewer than 4 digits after the country code.
    #[error("{digits} digits: too short for a country code and a national number of 4 or more")]
    TooShort {
        /// Number of digits found (without the `00` prefix).
        digits: usize,
    },
    /// A Chinese number shaped like a mobile number that is not 11 digits beginning 13–19.
    #[error(
        "invalid CN mobile number: {digits} digits beginning {prefix:?}; expected 11 digits beginning 13 to 19"
    )]
    InvalidCnMobile {
        /// The first two digits of the national number (the network prefix).
        prefix: String,
        /// Number of digits of the national number.
        digits: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_code_split() {
        // +1 NANP, +7 Russia, +44 UK, +86 China, +852 Hong Kong, +886 Taiwan, +420 Czechia.
        for (input, cc) in [
            ("+14155550100", 1),
            ("+74951234567", 7),
            ("+442079460958", 44),
            ("+8613812345678", 86),
            ("+85221234567", 852),
            ("+886212345678", 886),
            ("+420212345678", 420),
        ] {
            assert_eq!(Phone::try_new(input).unwrap().country_code(), cc, "{input}");
        }
    }

    #[test]
    fn country_code_len_matches_digits() {
        assert_eq!(country_code_len(1), 1);
        assert_eq!(country_code_len(86), 2);
        assert_eq!(country_code_len(852), 3);
    }

    #[test]
    fn two_digit_codes_are_two_digit_and_not_zone_1_or_7() {
        for cc in TWO_DIGIT_COUNTRY_CODES {
            assert!((20..=99).contains(&cc));
            assert!(!(70..80).contains(&cc));
        }
    }
}
