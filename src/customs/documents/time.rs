//! The CEB date and time fields: `appTime`/`payTime` (`YYYYMMDDhhmmss`), `declTime`/`ieDate`
//! (`YYYYMMDD`) and the receipts' `returnTime` (`YYYYMMDDhhmmssSSS`).

use std::fmt;
use std::str::FromStr;

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone,
    Timelike, Utc,
};

use super::FieldError;

/// China Standard Time, UTC+8 (no daylight saving since 1991).
fn china_standard_time() -> FixedOffset {
    // 8 hours is well inside the ±24 h range, so this is always `Some`; the UTC fallback
    // cannot be reached.
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

/// Parses `count` ASCII digits from `bytes` starting at `at`.
fn digits(bytes: &[u8], at: usize, count: usize) -> Option<u32> {
    bytes.get(at..at.checked_add(count)?)?.iter().try_fold(0u32, |acc, &b| {
        b.is_ascii_digit()
            .then(|| acc.wrapping_mul(10).wrapping_add(u32::from(b.wrapping_sub(b'0'))))
    })
}

/// Parses `YYYYMMDD` at the start of `bytes`.
fn parse_date(bytes: &[u8]) -> Option<NaiveDate> {
    let year = i32::try_from(digits(bytes, 0, 4)?).ok()?;
    if year == 0 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, digits(bytes, 4, 2)?, digits(bytes, 6, 2)?)
}

/// Writes a date as `YYYYMMDD` (years are 1..=9999 by construction).
fn write_date(f: &mut fmt::Formatter<'_>, d: NaiveDate) -> fmt::Result {
    write!(f, "{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A CEB date-time to the second, `YYYYMMDDhhmmss` (XSD22 `length=14`): `appTime` (报送时间)
/// and `payTime` (支付时间).
///
/// The messages carry no time zone. They are written in Beijing time, China Standard Time
/// (UTC+8), which [`to_utc`](Self::to_utc) and [`from_utc`](Self::from_utc) assume; this is
/// inferred from the samples and the domestic nature of the system, not stated in the
/// specification. Ordering compares the wall-clock values, which is what customs does when it
/// ignores an older message (规范 表7-2, −301014 "接收报文为旧报文数据，不做处理").
///
/// Years 0001–9999 are accepted; the seconds field is 00–59 (no leap second).
///
/// # Examples
///
/// ```
/// use crossborder::customs::CebTime;
///
/// let t: CebTime = "20160308112701".parse()?;
/// assert_eq!(t.to_string(), "20160308112701");
/// assert_eq!(t.to_utc().to_rfc3339(), "2016-03-08T03:27:01+00:00");
/// assert!("20160230112701".parse::<CebTime>().is_err()); // 30 February
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct CebTime(NaiveDateTime);

impl CebTime {
    const PATTERN: &'static str = "YYYYMMDDhhmmss (14 digits)";

    /// Parses `YYYYMMDDhhmmss` (surrounding whitespace is ignored).
    ///
    /// # Errors
    ///
    /// [`FieldError::InvalidDateTime`] unless the text is 14 digits naming a real date and
    /// time.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebTime;
    ///
    /// assert!(CebTime::parse("20160308112701").is_ok());
    /// assert!(CebTime::parse("2016-03-08 11:27").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Self, FieldError> {
        let bytes = text.trim().as_bytes();
        let parsed = (bytes.len() == 14)
            .then(|| {
                let date = parse_date(bytes)?;
                let time = NaiveTime::from_hms_opt(
                    digits(bytes, 8, 2)?,
                    digits(bytes, 10, 2)?,
                    digits(bytes, 12, 2)?,
                )?;
                Some(Self(date.and_time(time)))
            })
            .flatten();
        parsed.ok_or_else(|| FieldError::InvalidDateTime {
            element: "appTime/payTime",
            found: text.to_owned(),
            expected: Self::PATTERN,
        })
    }

    /// A CEB time from a wall-clock value (sub-second precision is dropped).
    ///
    /// # Errors
    ///
    /// [`FieldError::InvalidDateTime`] if the year is outside 1–9999.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::customs::CebTime;
    ///
    /// let naive = NaiveDate::from_ymd_opt(2026, 3, 1).ok_or("date")?.and_hms_opt(9, 30, 0).ok_or("time")?;
    /// assert_eq!(CebTime::try_from_naive(naive)?.to_string(), "20260301093000");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_from_naive(value: NaiveDateTime) -> Result<Self, FieldError> {
        if !(1..=9999).contains(&value.year()) {
            return Err(FieldError::InvalidDateTime {
                element: "appTime/payTime",
                found: value.to_string(),
                expected: "a year from 0001 to 9999",
            });
        }
        Ok(Self(value.with_nanosecond(0).unwrap_or(value)))
    }

    /// The time of the instant `utc` in Beijing (UTC+8).
    ///
    /// # Errors
    ///
    /// [`FieldError::InvalidDateTime`] if the local year is outside 1–9999.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::customs::CebTime;
    ///
    /// let utc = Utc.with_ymd_and_hms(2026, 3, 1, 20, 0, 0).single().ok_or("time")?;
    /// assert_eq!(CebTime::from_utc(utc)?.to_string(), "20260302040000");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_utc(utc: DateTime<Utc>) -> Result<Self, FieldError> {
        Self::try_from_naive(utc.with_timezone(&china_standard_time()).naive_local())
    }

    /// The wall-clock value as written in the message.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::Timelike;
    /// use crossborder::customs::CebTime;
    ///
    /// assert_eq!(CebTime::parse("20160308112701")?.naive().hour(), 11);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn naive(self) -> NaiveDateTime {
        self.0
    }

    /// The instant, reading the value as Beijing time (UTC+8).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebTime;
    ///
    /// let t = CebTime::parse("20260101000000")?;
    /// assert_eq!(t.to_utc().to_rfc3339(), "2025-12-31T16:00:00+00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_utc(self) -> DateTime<Utc> {
        let offset = china_standard_time();
        offset
            .from_local_datetime(&self.0)
            .single()
            .map_or_else(|| self.0.and_utc(), |t| t.with_timezone(&Utc))
    }
}

impl fmt::Debug for CebTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CebTime({self})")
    }
}

impl fmt::Display for CebTime {
    /// `YYYYMMDDhhmmss`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date(f, self.0.date())?;
        write!(f, "{:02}{:02}{:02}", self.0.hour(), self.0.minute(), self.0.second())
    }
}

/// A CEB date, `YYYYMMDD` (XSD22 `length=8`): the inventory's `declTime` (申报日期) and
/// `ieDate` (进口日期).
///
/// # Examples
///
/// ```
/// use crossborder::customs::CebDate;
///
/// let d: CebDate = "20160308".parse()?;
/// assert_eq!(d.to_string(), "20160308");
/// assert!("2016038".parse::<CebDate>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct CebDate(NaiveDate);

impl CebDate {
    /// Parses `YYYYMMDD` (surrounding whitespace is ignored).
    ///
    /// # Errors
    ///
    /// [`FieldError::InvalidDateTime`] unless the text is 8 digits naming a real date.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebDate;
    ///
    /// assert!(CebDate::parse("20240229").is_ok());
    /// assert!(CebDate::parse("20230229").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Self, FieldError> {
        let bytes = text.trim().as_bytes();
        (bytes.len() == 8).then(|| parse_date(bytes)).flatten().map(Self).ok_or_else(|| {
            FieldError::InvalidDateTime {
                element: "declTime/ieDate",
                found: text.to_owned(),
                expected: "YYYYMMDD (8 digits)",
            }
        })
    }

    /// A CEB date from a calendar date.
    ///
    /// # Errors
    ///
    /// [`FieldError::InvalidDateTime`] if the year is outside 1–9999.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::customs::CebDate;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 3, 1).ok_or("date")?;
    /// assert_eq!(CebDate::try_from_date(d)?.to_string(), "20260301");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_from_date(date: NaiveDate) -> Result<Self, FieldError> {
        if (1..=9999).contains(&date.year()) {
            Ok(Self(date))
        } else {
            Err(FieldError::InvalidDateTime {
                element: "declTime/ieDate",
                found: date.to_string(),
                expected: "a year from 0001 to 9999",
            })
        }
    }

    /// The calendar date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::Datelike;
    /// use crossborder::customs::CebDate;
    ///
    /// assert_eq!(CebDate::parse("20160308")?.date().year(), 2016);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn date(self) -> NaiveDate {
        self.0
    }
}

impl fmt::Debug for CebDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CebDate({self})")
    }
}

impl fmt::Display for CebDate {
    /// `YYYYMMDD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date(f, self.0)
    }
}

/// A receipt time to the millisecond, `YYYYMMDDhhmmssSSS` (XSD22 `returnTime`, `length=17`),
/// in Beijing time like [`CebTime`].
///
/// # Examples
///
/// ```
/// use crossborder::customs::ReturnTime;
///
/// let t: ReturnTime = "20160315153555123".parse()?;
/// assert_eq!(t.to_string(), "20160315153555123");
/// assert_eq!(t.to_utc().to_rfc3339(), "2016-03-15T07:35:55.123+00:00");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct ReturnTime(NaiveDateTime);

impl ReturnTime {
    /// Parses `YYYYMMDDhhmmssSSS` (surrounding whitespace is ignored).
    ///
    /// # Errors
    ///
    /// [`FieldError::InvalidDateTime`] unless the text is 17 digits naming a real date and
    /// time.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnTime;
    ///
    /// assert!(ReturnTime::parse("20160315153555000").is_ok());
    /// assert!(ReturnTime::parse("20160315153555").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Self, FieldError> {
        let bytes = text.trim().as_bytes();
        let parsed = (bytes.len() == 17)
            .then(|| {
                let date = parse_date(bytes)?;
                let time = NaiveTime::from_hms_milli_opt(
                    digits(bytes, 8, 2)?,
                    digits(bytes, 10, 2)?,
                    digits(bytes, 12, 2)?,
                    digits(bytes, 14, 3)?,
                )?;
                Some(Self(date.and_time(time)))
            })
            .flatten();
        parsed.ok_or_else(|| FieldError::InvalidDateTime {
            element: "returnTime",
            found: text.to_owned(),
            expected: "YYYYMMDDhhmmssSSS (17 digits)",
        })
    }

    /// The wall-clock value as written in the receipt.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::Timelike;
    /// use crossborder::customs::ReturnTime;
    ///
    /// assert_eq!(ReturnTime::parse("20160315153555123")?.naive().nanosecond(), 123_000_000);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn naive(self) -> NaiveDateTime {
        self.0
    }

    /// The instant, reading the value as Beijing time (UTC+8).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnTime;
    ///
    /// let t = ReturnTime::parse("20260101080000000")?;
    /// assert_eq!(t.to_utc().to_rfc3339(), "2026-01-01T00:00:00+00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_utc(self) -> DateTime<Utc> {
        china_standard_time()
            .from_local_datetime(&self.0)
            .single()
            .map_or_else(|| self.0.and_utc(), |t| t.with_timezone(&Utc))
    }
}

impl fmt::Debug for ReturnTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReturnTime({self})")
    }
}

impl fmt::Display for ReturnTime {
    /// `YYYYMMDDhhmmssSSS`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date(f, self.0.date())?;
        let millis = self.0.nanosecond() / 1_000_000;
        write!(f, "{:02}{:02}{:02}{:03}", self.0.hour(), self.0.minute(), self.0.second(), millis)
    }
}

/// Implements `FromStr`, `TryFrom<&str>`, `TryFrom<String>` and `From<T> for String`.
macro_rules! parse_impls {
    ($($ty:ty),*) => {$(
        impl FromStr for $ty {
            type Err = FieldError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }
        impl TryFrom<&str> for $ty {
            type Error = FieldError;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                Self::parse(s)
            }
        }
        impl TryFrom<String> for $ty {
            type Error = FieldError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }
        impl From<$ty> for String {
            fn from(value: $ty) -> Self {
                value.to_string()
            }
        }
    )*};
}

parse_impls!(CebTime, CebDate, ReturnTime);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects() {
        for t in ["20160308112701", "00010101000000", "99991231235959"] {
            assert_eq!(CebTime::parse(t).map(|v| v.to_string()), Ok(t.to_owned()));
        }
        for bad in ["00000101000000", "20161301000000", "20160101240000", "2016010100000x", ""] {
            assert!(CebTime::parse(bad).is_err(), "{bad}");
        }
        assert!(CebTime::parse("２0160308112701").is_err()); // full-width digit: 16 bytes
    }

    #[test]
    fn ordering_is_chronological() {
        let a = CebTime::parse("20160308112701").ok();
        let b = CebTime::parse("20160308112702").ok();
        assert!(a < b);
    }
}
