//! The 18-character citizen identity number (公民身份号码), GB 11643-1999.

use std::fmt;

use chrono::NaiveDate;

use super::Sex;

/// Weights of positions 1‥17: wᵢ = 2^(18−i) mod 11 (ISO 7064:1983 MOD 11-2, as tabulated in
/// the 校验码 clause of GB 11643-1999).
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// The standard's table from Y = Σ aᵢ·wᵢ mod 11 to the check character:
/// Y 0 1 2 3 4 5 6 7 8 9 10 → 1 0 X 9 8 7 6 5 4 3 2 (that is, (12 − Y) mod 11, 10 written `X`).
const CHECK_CHARACTERS: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// A citizen identity number (公民身份号码) of GB 11643-1999: 18 characters, validated.
///
/// Structure (GB 11643-1999, 号码的结构):
///
/// | positions | part | checked here |
/// |---|---|---|
/// | 1–6 | address code (地址码), a GB/T 2260 county-level code | the first two digits are a province-level code: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, or 81/82/83 followed by `0000` |
/// | 7–14 | birth date (出生日期码) `YYYYMMDD`, GB/T 7408 | a real calendar date, year ≥ [`MIN_BIRTH_YEAR`](Self::MIN_BIRTH_YEAR) |
/// | 15–17 | sequence code (顺序码); the 17th digit is odd for men, even for women | digits |
/// | 18 | check character (校验码), ISO 7064:1983 MOD 11-2 | equal to the computed one |
///
/// Decisions, each a deliberate limit of what a parser can know:
///
/// * **Province codes.** GB/T 2260 also lists `71` (台湾省), but no identity number is issued
///   under it: Taiwan residents living on the mainland receive numbers under `830000`
///   (《港澳台居民居住证申领发放办法》, 国办发〔2018〕81号, art. 3, which also assigns `810000` to
///   Hong Kong and `820000` to Macao residents). So `71` is rejected and `81`–`83` must be
///   followed by `0000`. Positions 3–6 are not looked up: GB/T 2260 changes every year, and a
///   number keeps the county code it was issued under for life.
/// * **Birth date.** The library never reads the clock, so a birth date in the future is not
///   rejected; compare [`birth_date`](Self::birth_date) with your own `today` (or use
///   [`age_on`](Self::age_on)). The lower bound is 1850, not 1900: the standard's own Annex A
///   example `440524188001010014` is born in 1880, and nobody born before 1850 was alive when
///   the 18-digit number was introduced in 1999.
/// * **Sequence code.** Not restricted (`000` is accepted); the standard gives no rule beyond
///   parity.
/// * **15-digit numbers** of GB 11643-1989 (first-generation cards, no longer valid since
///   2013-01-01 under the 2011 amendment of the 《居民身份证法》) are rejected with
///   [`ResidentIdError::FirstGeneration`], not converted: conversion would have to guess the
///   century, and customs needs the number as issued.
///
/// Input is trimmed, and a lower-case `x` check character is canonicalised to `X`.
///
/// `Display` and `Debug` are masked (`110105********002X`); [`reveal`](Self::reveal) is the only
/// way to the full number.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::party::{ResidentId, Sex};
///
/// // The example of GB 11643-1999 Annex A.
/// let id: ResidentId = " 11010519491231002x ".parse()?;
/// assert_eq!(id.to_string(), "110105********002X");
/// assert_eq!(format!("{id:?}"), r#"ResidentId("110105********002X")"#);
/// assert_eq!(id.birth_date(), NaiveDate::from_ymd_opt(1949, 12, 31).ok_or("date")?);
/// assert_eq!(id.sex(), Sex::Female);
/// assert_eq!(id.region_code(), "110105");
/// assert_eq!(id.reveal(), "11010519491231002X");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize), serde(try_from = "String"))]
pub struct ResidentId {
    /// 18 ASCII characters, check character upper-case.
    number: String,
    /// Derived from positions 7–14; kept so the accessor is infallible.
    birth_date: NaiveDate,
    /// Derived from position 17.
    sex: Sex,
}

impl ResidentId {
    /// The number of characters (GB 11643-1999: 17 digits and a check character).
    pub const LEN: usize = 18;

    /// The earliest birth year accepted.
    pub const MIN_BIRTH_YEAR: i32 = 1850;

    /// Parses and validates a citizen identity number.
    ///
    /// The input is trimmed; a lower-case `x` is accepted as the check character. The checks run
    /// in this order and the first failure is returned: length, characters, province code,
    /// birth date, check character.
    ///
    /// # Errors
    ///
    /// A [`ResidentIdError`] naming what was wrong and where (positions are 1-based).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{ResidentId, ResidentIdError};
    ///
    /// let id = ResidentId::try_new("11010519491231002X")?;
    /// assert_eq!(id.reveal(), "11010519491231002X");
    ///
    /// assert_eq!(
    ///     ResidentId::try_new("110105194912310021"),
    ///     Err(ResidentIdError::CheckMismatch { expected: 'X', found: '1' })
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(input: &str) -> Result<Self, ResidentIdError> {
        let s = input.trim();
        let found = s.chars().count();
        if found != Self::LEN {
            if found == 15 && s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ResidentIdError::FirstGeneration);
            }
            return Err(ResidentIdError::WrongLength { found });
        }

        let mut chars = s.chars();
        let mut digits = [0u32; 17];
        for (i, slot) in digits.iter_mut().enumerate() {
            // The length was checked above, so `next()` yields a character here.
            let c = chars.next().ok_or(ResidentIdError::WrongLength { found })?;
            *slot =
                c.to_digit(10).ok_or(ResidentIdError::NonDigit { position: i + 1, found: c })?;
        }
        let check = match chars.next().ok_or(ResidentIdError::WrongLength { found })? {
            c @ '0'..='9' => c,
            'X' | 'x' => 'X',
            other => return Err(ResidentIdError::InvalidCheckCharacter { found: other }),
        };

        let [p1, p2, r3, r4, r5, r6, y1, y2, y3, y4, m1, m2, d1, d2, _, _, s3] = digits;

        let province = p1 * 10 + p2;
        if !is_province_code(province) {
            return Err(ResidentIdError::UnknownProvince { code: format!("{p1}{p2}") });
        }
        if (81..=83).contains(&province) && [r3, r4, r5, r6] != [0; 4] {
            return Err(ResidentIdError::UnknownRegion {
                code: format!("{p1}{p2}{r3}{r4}{r5}{r6}"),
            });
        }

        let year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
        let month = m1 * 10 + m2;
        let day = d1 * 10 + d2;
        let year = i32::try_from(year)
            .ok()
            .filter(|y| *y >= Self::MIN_BIRTH_YEAR)
            .ok_or(ResidentIdError::InvalidBirthDate { problem: BirthDateProblem::Year })?;
        if !(1..=12).contains(&month) {
            return Err(ResidentIdError::InvalidBirthDate { problem: BirthDateProblem::Month });
        }
        let birth_date = NaiveDate::from_ymd_opt(year, month, day)
            .ok_or(ResidentIdError::InvalidBirthDate { problem: BirthDateProblem::Day })?;

        let expected = check_character(&digits);
        if check != expected {
            return Err(ResidentIdError::CheckMismatch { expected, found: check });
        }

        let sex = if s3 % 2 == 1 { Sex::Male } else { Sex::Female };
        // Positions 1–17 are ASCII digits, so byte 17 is a character boundary.
        let mut number = String::with_capacity(Self::LEN);
        number.push_str(s.get(..17).unwrap_or_default());
        number.push(check);
        Ok(Self { number, birth_date, sex })
    }

    /// The birth date (出生日期码, positions 7–14).
    ///
    /// No check against the current date is made (the library reads no clock); compare it with
    /// your own `today` if a future date matters.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::party::ResidentId;
    ///
    /// let id: ResidentId = "11010519491231002X".parse()?;
    /// assert_eq!(id.birth_date(), NaiveDate::from_ymd_opt(1949, 12, 31).ok_or("date")?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn birth_date(&self) -> NaiveDate {
        self.birth_date
    }

    /// Age in completed years on `date`, or `None` if `date` is before the birth date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::party::ResidentId;
    ///
    /// let id: ResidentId = "11010519491231002X".parse()?;
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("date");
    /// assert_eq!(id.age_on(day(1999, 12, 30)?), Some(49));
    /// assert_eq!(id.age_on(day(1999, 12, 31)?), Some(50));
    /// assert_eq!(id.age_on(day(1949, 12, 30)?), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn age_on(&self, date: NaiveDate) -> Option<u32> {
        date.years_since(self.birth_date)
    }

    /// The sex encoded by the parity of position 17 (顺序码: odd male, even female).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{ResidentId, Sex};
    ///
    /// assert_eq!("440524188001010014".parse::<ResidentId>()?.sex(), Sex::Male);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sex(&self) -> Sex {
        self.sex
    }

    /// The address code (地址码, positions 1–6), a GB/T 2260 administrative-division code or
    /// `810000`/`820000`/`830000`. It is shown in the masked form too.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::ResidentId;
    ///
    /// assert_eq!("11010519491231002X".parse::<ResidentId>()?.region_code(), "110105");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn region_code(&self) -> &str {
        self.number.get(..6).unwrap_or_default()
    }

    /// Whether this is the number of a residence permit for Hong Kong, Macao or Taiwan residents
    /// (港澳台居民居住证, address code `810000`/`820000`/`830000`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::ResidentId;
    ///
    /// assert!("810000199001010019".parse::<ResidentId>()?.is_hk_mo_tw_residence_permit());
    /// assert!(!"11010519491231002X".parse::<ResidentId>()?.is_hk_mo_tw_residence_permit());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_hk_mo_tw_residence_permit(&self) -> bool {
        matches!(self.region_code(), "810000" | "820000" | "830000")
    }

    /// The full, unmasked number — **for the customs export only** (`buyerIdNumber`,
    /// `payerIdNumber`). Do not log it.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::ResidentId;
    ///
    /// let id: ResidentId = "11010519491231002x".parse()?;
    /// assert_eq!(id.reveal(), "11010519491231002X");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal(&self) -> &str {
        &self.number
    }
}

impl fmt::Display for ResidentId {
    /// Masked: the address code, eight `*`, the last four characters.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let head = self.number.get(..6).unwrap_or_default();
        let tail = self.number.get(14..).unwrap_or_default();
        write!(f, "{head}********{tail}")
    }
}

validated_string_impls!(ResidentId, ResidentIdError);

/// GB/T 2260 province-level codes under which identity numbers are issued, plus the
/// residence-permit codes 81–83 (see [`ResidentId`] for why 71 is not here).
fn is_province_code(code: u32) -> bool {
    matches!(code, 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 81..=83)
}

/// The check character of the 17 body digits (ISO 7064:1983 MOD 11-2).
fn check_character(digits: &[u32; 17]) -> char {
    // Each term is at most 9 × 10, so the sum is at most 17 × 90 and cannot overflow.
    let sum: u32 = digits.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    let y = usize::try_from(sum % 11).unwrap_or_default();
    CHECK_CHARACTERS.get(y).copied().unwrap_or('?')
}

/// Why a [`ResidentId`] was rejected. No variant carries the full number.
///
/// Positions are 1-based character positions in the trimmed input.
///
/// # Examples
///
/// ```
/// use crossborder::party::{ResidentId, ResidentIdError};
///
/// assert_eq!(
///     "11010519491231002".parse::<ResidentId>(),
///     Err(ResidentIdError::WrongLength { found: 17 })
/// );
/// assert_eq!(
///     "71010519491231002X".parse::<ResidentId>(),
///     Err(ResidentIdError::UnknownProvince { code: "71".to_owned() })
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResidentIdError {
    /// Not 18 characters after trimming.
    #[error("wrong length: expected 18 characters, found {found}")]
    WrongLength {
        /// Number of characters found.
        found: usize,
    },
    /// 15 digits: a first-generation number of GB 11643-1989.
    #[error(
        "15-digit first-generation number; customs requires the 18-character number of GB 11643-1999"
    )]
    FirstGeneration,
    /// A character among positions 1–17 is not an ASCII digit.
    #[error("non-digit {found:?} at position {position}: positions 1-17 must be digits")]
    NonDigit {
        /// 1-based position.
        position: usize,
        /// The character found there.
        found: char,
    },
    /// The 18th character is neither a digit nor `X`.
    #[error("invalid check character {found:?} at position 18: expected a digit or 'X'")]
    InvalidCheckCharacter {
        /// The character found.
        found: char,
    },
    /// The first two digits are not a province-level code under which numbers are issued.
    #[error(
        "unknown province code {code:?} at positions 1-2: expected 11-15, 21-23, 31-37, 41-46, 50-54, 61-65 or 81-83"
    )]
    UnknownProvince {
        /// The two digits found.
        code: String,
    },
    /// A residence-permit province code (81, 82, 83) not followed by `0000`.
    #[error(
        "unknown address code {code:?} at positions 1-6: Hong Kong, Macao and Taiwan residents' numbers use 810000, 820000 or 830000"
    )]
    UnknownRegion {
        /// The six digits found.
        code: String,
    },
    /// Positions 7–14 are not a calendar date `YYYYMMDD` from 1850 on.
    #[error(
        "invalid birth date at positions 7-14: {problem}; expected a calendar date YYYYMMDD from 1850 on"
    )]
    InvalidBirthDate {
        /// Which part of the date is wrong. The digits themselves are not kept: a mistyped birth
        /// date is still mostly the holder's real one.
        problem: BirthDateProblem,
    },
    /// The check character does not match the one computed from positions 1–17.
    #[error("check character mismatch: computed {expected:?}, found {found:?}")]
    CheckMismatch {
        /// The check character computed from the first 17 digits.
        expected: char,
        /// The check character given.
        found: char,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Weights recomputed from their definition 2^(18−i) mod 11, i = 1‥17.
    #[test]
    fn weights_follow_the_definition() {
        let mut expected = [0u32; 17];
        for (i, w) in expected.iter_mut().enumerate() {
            let exponent = 17 - u32::try_from(i).unwrap();
            *w = 2u32.pow(exponent) % 11;
        }
        assert_eq!(WEIGHTS, expected);
    }

    /// The table equals (12 − Y) mod 11 with 10 written X.
    #[test]
    fn check_table_follows_the_formula() {
        for (y, c) in CHECK_CHARACTERS.iter().enumerate() {
            let v = (12 - y) % 11;
            let want = if v == 10 {
                'X'
            } else {
                char::from_digit(u32::try_from(v).unwrap(), 10).unwrap()
            };
            assert_eq!(*c, want, "Y = {y}");
        }
    }

    #[test]
    fn province_list() {
        for ok in [11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 81, 82, 83] {
            assert!(is_province_code(ok), "{ok}");
        }
        for bad in [0, 10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 71, 80, 84, 99] {
            assert!(!is_province_code(bad), "{bad}");
        }
    }
}

/// Which part of the birth date (positions 7–14, `YYYYMMDD`) of a [`ResidentId`] is wrong.
///
/// # Examples
///
/// ```
/// use crossborder::party::{BirthDateProblem, ResidentId, ResidentIdError};
///
/// // 1900 was not a leap year, so 1900-02-29 does not exist.
/// let err = "110105190002290011".parse::<ResidentId>().unwrap_err();
/// assert_eq!(err, ResidentIdError::InvalidBirthDate { problem: BirthDateProblem::Day });
/// assert_eq!(
///     err.to_string(),
///     "invalid birth date at positions 7-14: no such day in that month; \
///      expected a calendar date YYYYMMDD from 1850 on"
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum BirthDateProblem {
    /// The year is before [`ResidentId::MIN_BIRTH_YEAR`] (1850).
    #[error("year before 1850")]
    Year,
    /// The month is not 01–12.
    #[error("month not 01-12")]
    Month,
    /// The day does not exist in that month and year (including 29 February of a common year).
    #[error("no such day in that month")]
    Day,
}
