//! Business calendars (工作日历): on which days a warehouse, a carrier or a customs office works.
//!
//! A [`BusinessCalendar`] combines
//! - **weekly rest days** (公休日), usually Saturday and Sunday;
//! - **public holidays** (法定节假日 / 放假), each with its name;
//! - **make-up working days** (调休上班 / 补班): rest days that are worked because the State
//!   Council moved them next to a holiday, each naming the holiday it compensates;
//! - the **covered years**: the years whose holiday table is complete. A date outside them is a
//!   typed error ([`CalendarError::NotCovered`]), never a panic and never a guess, because
//!   holiday schedules are published year by year and cannot be derived from rules (the 2026
//!   Spring Festival break of nine days starting on 腊月二十八 is one of the "special cases" of
//!   the 2024 revision of 《全国年节及纪念日放假办法》).
//!
//! # Built-in calendars and their sources
//!
//! | constructor | years | source |
//! |---|---|---|
//! | [`BusinessCalendar::china`] | 2025–2026 | 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12); 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, 2025-11-04) |
//! | [`BusinessCalendar::united_states_federal`] | 2025–2026 | legal public holidays of 5 U.S.C. 6103(a), observed per 5 U.S.C. 6103(b) and Executive Order 11582 (Saturday → Friday before, Sunday → Monday after) |
//! | [`BusinessCalendar::japan`] | 2025–2026 | 国民の祝日に関する法律 (昭和23年法律第178号) Art. 2, 振替休日 Art. 3(2), 国民の休日 Art. 3(3); equinox days from the 国立天文台 暦要項 |
//! | [`BusinessCalendar::germany`] | 2025–2026 | holidays common to all sixteen Länder: Tag der Deutschen Einheit by Einigungsvertrag Art. 2(2), the others by every Land's Feiertagsgesetz; Easter by the Gregorian computus |
//! | [`BusinessCalendar::seven_day`] | all | every day is a working day (airlines, SF Express) |
//! | [`BusinessCalendar::weekdays_only`] | all | Monday to Friday, no holidays |
//!
//! Calendars for other years or places come from [`BusinessCalendar::builder`] or from the
//! `{year, days: [{name, date, isOffDay}]}` JSON of the public holiday-cn data set
//! ([`BusinessCalendar::from_holiday_cn`]), and every calendar round-trips through serde.
//!
//! # Counting business days
//!
//! - [`add_business_days(d, n)`](BusinessCalendar::add_business_days) is the `n`-th business
//!   day strictly after `d` (for `n = 0`, `d` itself, business day or not).
//! - [`business_days_between(a, b)`](BusinessCalendar::business_days_between) is the number of
//!   business days in `(a, b]`, and its negative `-(business days in (b, a])` when `b < a`.
//!
//! So `business_days_between(d, add_business_days(d, n)) == n` for every covered `d` and `n`,
//! and `add_business_days(a, business_days_between(a, b)) == b` whenever `b ≥ a` is a business
//! day. Both are answered from a per-year bit set and closed formulas for the weekly pattern,
//! without walking day by day.
//!
//! # Examples
//!
//! ```
//! use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
//! use crossborder::calendar::{BusinessCalendar, DayKind};
//!
//! let china = BusinessCalendar::china();
//! let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("bad date");
//!
//! // 2026-02-14 is a Saturday worked before the Spring Festival break (调休上班).
//! assert_eq!(
//!     china.day_kind(date(2026, 2, 14)?)?,
//!     DayKind::MakeUpWorkingDay { name: "Spring Festival (春节)" }
//! );
//! // Three business days after Wednesday 2026-09-30: the National Day break (1–7 October)
//! // intervenes, then Thu 8, Fri 9 and Saturday 10 October, a make-up working day.
//! assert_eq!(china.add_business_days(date(2026, 9, 30)?, 3)?, date(2026, 10, 10)?);
//!
//! // An order at 23:30 Beijing time on Wednesday 2026-09-30 misses a 16:00 cut-off; the next
//! // business day is Thursday 2026-10-08, after the National Day holidays.
//! let placed = Utc.with_ymd_and_hms(2026, 9, 30, 15, 30, 0).single().ok_or("bad instant")?;
//! let cutoff = NaiveTime::from_hms_opt(16, 0, 0).ok_or("bad time")?;
//! let start = china.first_workable_date(placed, chrono_tz::Asia::Shanghai, cutoff)?;
//! assert_eq!(start, date(2026, 10, 8)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod builder;
mod builtin;
mod error;
mod holiday_cn;
mod index;
#[cfg(feature = "serde")]
mod serde_impl;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::RangeInclusive;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc, WeekdaySet};
use chrono_tz::Tz;

pub use builder::CalendarBuilder;
pub use error::{CalendarBuildError, CalendarError};
pub use holiday_cn::{HolidayCnDay, HolidayCnYear};

use index::Index;

/// A holiday or a make-up working day, with its name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum SpecialDay {
    /// A day off, with the holiday's name.
    Holiday(String),
    /// A rest day worked, with the name of the holiday it compensates.
    MakeUp(String),
}

impl SpecialDay {
    fn name(&self) -> &str {
        match self {
            Self::Holiday(name) | Self::MakeUp(name) => name,
        }
    }

    fn is_working(&self) -> bool {
        matches!(self, Self::MakeUp(_))
    }

    fn kind(&self) -> DayKind<'_> {
        match self {
            Self::Holiday(name) => DayKind::Holiday { name },
            Self::MakeUp(name) => DayKind::MakeUpWorkingDay { name },
        }
    }
}

/// A business calendar: weekly rest days, named holidays, make-up working days (调休上班) and
/// the years it covers. See the [module documentation](self) for the built-ins and sources.
///
/// It is a plain value (`Clone + Send + Sync`, serde behind the `serde` feature); queries are
/// O(1) (`is_business_day`) or near O(1) (`add_business_days`, `business_days_between`)
/// thanks to a per-year bit set computed when the calendar is built.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::calendar::BusinessCalendar;
///
/// let us = BusinessCalendar::united_states_federal();
/// // 2026-07-04 is a Saturday, so Independence Day is observed on Friday 2026-07-03
/// // (5 U.S.C. 6103(b)).
/// let friday = NaiveDate::from_ymd_opt(2026, 7, 3).ok_or("bad date")?;
/// assert!(!us.is_business_day(friday)?);
/// assert_eq!(us.business_days_between(friday, friday + chrono::Days::new(7))?, 5);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct BusinessCalendar {
    name: String,
    rest_days: WeekdaySet,
    special: BTreeMap<NaiveDate, SpecialDay>,
    first_year: i32,
    last_year: i32,
    /// Derived from the fields above; equal inputs give equal indexes.
    index: Index,
}

impl fmt::Debug for BusinessCalendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BusinessCalendar")
            .field("name", &self.name)
            .field("rest_days", &self.rest_days)
            .field("covered_years", &(self.first_year..=self.last_year))
            .field("special_days", &self.special)
            .finish_non_exhaustive()
    }
}

impl BusinessCalendar {
    fn from_parts(
        name: String,
        rest_days: WeekdaySet,
        special: BTreeMap<NaiveDate, SpecialDay>,
        (first_year, last_year): (i32, i32),
    ) -> Self {
        let working: BTreeMap<NaiveDate, bool> =
            special.iter().map(|(date, day)| (*date, day.is_working())).collect();
        let index = Index::new(rest_days, &working);
        Self { name, rest_days, special, first_year, last_year, index }
    }

    /// Starts a custom calendar called `name` (Saturday and Sunday rest days, no special
    /// days, see [`CalendarBuilder`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let calendar = BusinessCalendar::builder("plain").build()?;
    /// let monday = NaiveDate::from_ymd_opt(2030, 1, 7).ok_or("bad date")?;
    /// assert!(calendar.is_business_day(monday)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(name: impl Into<String>) -> CalendarBuilder {
        CalendarBuilder::new(name.into())
    }

    /// A builder holding this calendar's data, to extend a built-in calendar (for example with
    /// a warehouse's own closing days) under a new name.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// // US federal agencies were also closed on 2025-12-24 and 2025-12-26 by an executive
    /// // order of 2025-12-18; those days are not legal public holidays, so add them yourself.
    /// let christmas_eve = NaiveDate::from_ymd_opt(2025, 12, 24).ok_or("bad date")?;
    /// let agencies = BusinessCalendar::united_states_federal()
    ///     .to_builder("us-federal-agencies")
    ///     .holiday(christmas_eve, "Christmas Eve (executive order closure)")
    ///     .build()?;
    /// assert!(!agencies.is_business_day(christmas_eve)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_builder(&self, name: impl Into<String>) -> CalendarBuilder {
        let days = self.special.iter().map(|(date, day)| (*date, day.clone())).collect();
        let all_years = (NaiveDate::MIN.year(), NaiveDate::MAX.year());
        let range = (self.first_year, self.last_year);
        let covers = (range != all_years || !self.special.is_empty()).then_some(range);
        CalendarBuilder::from_parts(name.into(), self.rest_days, days, covers)
    }

    /// The calendar's name (for the built-ins: `cn-mainland`, `us-federal`, `jp`,
    /// `de-nationwide`, `seven-day`, `weekdays-only`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// assert_eq!(BusinessCalendar::china().name(), "cn-mainland");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The weekly rest days (公休日).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{Weekday, WeekdaySet};
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let weekend = WeekdaySet::from_array([Weekday::Sat, Weekday::Sun]);
    /// assert_eq!(BusinessCalendar::japan().rest_days(), weekend);
    /// assert_eq!(BusinessCalendar::seven_day().rest_days(), WeekdaySet::EMPTY);
    /// ```
    pub fn rest_days(&self) -> WeekdaySet {
        self.rest_days
    }

    /// The first and last year whose dates this calendar can classify.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// assert_eq!(BusinessCalendar::china().covered_years(), 2025..=2026);
    /// ```
    pub fn covered_years(&self) -> RangeInclusive<i32> {
        self.first_year..=self.last_year
    }

    /// The holidays and make-up working days in date order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::calendar::{BusinessCalendar, DayKind};
    ///
    /// let china = BusinessCalendar::china();
    /// let make_up = china
    ///     .special_days()
    ///     .filter(|(date, kind)| {
    ///         chrono::Datelike::year(date) == 2026 && matches!(kind, DayKind::MakeUpWorkingDay { .. })
    ///     })
    ///     .count();
    /// assert_eq!(make_up, 6); // 2026 notice: six weekend days are worked
    /// ```
    pub fn special_days(&self) -> impl Iterator<Item = (NaiveDate, DayKind<'_>)> {
        self.special.iter().map(|(date, day)| (*date, day.kind()))
    }

    fn check(&self, date: NaiveDate) -> Result<(), CalendarError> {
        if (self.first_year..=self.last_year).contains(&date.year()) {
            Ok(())
        } else {
            Err(self.not_covered(date))
        }
    }

    fn not_covered(&self, date: NaiveDate) -> CalendarError {
        CalendarError::NotCovered { date, covered: (self.first_year, self.last_year) }
    }

    /// What kind of day `date` is.
    ///
    /// # Errors
    ///
    /// [`CalendarError::NotCovered`] if `date`'s year is outside
    /// [`covered_years`](Self::covered_years).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::{BusinessCalendar, DayKind};
    ///
    /// let germany = BusinessCalendar::germany();
    /// let good_friday = NaiveDate::from_ymd_opt(2026, 4, 3).ok_or("bad date")?;
    /// assert_eq!(germany.day_kind(good_friday)?, DayKind::Holiday { name: "Good Friday (Karfreitag)" });
    /// let saturday = NaiveDate::from_ymd_opt(2026, 4, 4).ok_or("bad date")?;
    /// assert_eq!(germany.day_kind(saturday)?, DayKind::WeeklyRestDay);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn day_kind(&self, date: NaiveDate) -> Result<DayKind<'_>, CalendarError> {
        self.check(date)?;
        Ok(match self.special.get(&date) {
            Some(day) => day.kind(),
            None if self.rest_days.contains(date.weekday()) => DayKind::WeeklyRestDay,
            None => DayKind::WorkingDay,
        })
    }

    /// Is `date` a business day (a working day or a make-up working day)? O(1).
    ///
    /// # Errors
    ///
    /// [`CalendarError::NotCovered`] if `date`'s year is outside
    /// [`covered_years`](Self::covered_years).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let china = BusinessCalendar::china();
    /// // Sunday 2026-09-20 is worked for the National Day break (调休上班).
    /// let sunday = NaiveDate::from_ymd_opt(2026, 9, 20).ok_or("bad date")?;
    /// assert!(china.is_business_day(sunday)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_business_day(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        self.check(date)?;
        Ok(self.index.is_business_day(date))
    }

    /// The first business day strictly after `date`.
    ///
    /// # Errors
    ///
    /// [`CalendarError::NotCovered`] if `date` is not covered or the answer would lie in an
    /// uncovered year; [`CalendarError::OutOfRange`] beyond chrono's last date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let japan = BusinessCalendar::japan();
    /// // Golden Week 2025: Sat 3, Sun 4, Mon 5 (こどもの日), Tue 6 May (振替休日, Art. 3(2)).
    /// let friday = NaiveDate::from_ymd_opt(2025, 5, 2).ok_or("bad date")?;
    /// assert_eq!(japan.next_business_day(friday)?, NaiveDate::from_ymd_opt(2025, 5, 7).ok_or("bad date")?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn next_business_day(&self, date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        self.add_business_days(date, 1)
    }

    /// `date` itself if it is a business day, otherwise the next business day.
    ///
    /// # Errors
    ///
    /// As [`next_business_day`](Self::next_business_day).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let china = BusinessCalendar::china();
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("bad date");
    /// assert_eq!(china.business_day_on_or_after(date(2026, 10, 1)?)?, date(2026, 10, 8)?);
    /// assert_eq!(china.business_day_on_or_after(date(2026, 10, 8)?)?, date(2026, 10, 8)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn business_day_on_or_after(&self, date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        if self.is_business_day(date)? { Ok(date) } else { self.next_business_day(date) }
    }

    /// The `n`-th business day strictly after `date`; for `n = 0`, `date` itself (even if it
    /// is not a business day — use [`business_day_on_or_after`](Self::business_day_on_or_after)
    /// to roll forward).
    ///
    /// This is the inverse of [`business_days_between`](Self::business_days_between):
    /// `business_days_between(d, add_business_days(d, n)?)? == n`. It is strictly increasing
    /// in `n` and non-decreasing in `date`.
    ///
    /// # Errors
    ///
    /// [`CalendarError::NotCovered`] if `date` is not covered, or if the answer would lie
    /// after the last covered year (the error then names 1 January of the first uncovered
    /// year); [`CalendarError::OutOfRange`] if it would lie beyond chrono's last date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::{BusinessCalendar, CalendarError};
    ///
    /// let china = BusinessCalendar::china();
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("bad date");
    /// // Friday 2026-02-13, then Sat 14 (worked), holidays Sun 15 – Mon 23, Tue 24.
    /// assert_eq!(china.add_business_days(date(2026, 2, 13)?, 2)?, date(2026, 2, 24)?);
    /// assert_eq!(
    ///     china.add_business_days(date(2026, 12, 30)?, 5),
    ///     Err(CalendarError::NotCovered { date: date(2027, 1, 1)?, covered: (2025, 2026) })
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add_business_days(&self, date: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
        self.check(date)?;
        if n == 0 {
            return Ok(date);
        }
        let past_coverage = || {
            self.last_year
                .checked_add(1)
                .and_then(|year| NaiveDate::from_yo_opt(year, 1))
                .map(|first_uncovered| self.not_covered(first_uncovered))
        };
        match self.index.nth_after(date, n) {
            Some(result) if result.year() <= self.last_year => Ok(result),
            Some(result) => Err(past_coverage().unwrap_or_else(|| self.not_covered(result))),
            None => Err(past_coverage()
                .unwrap_or(CalendarError::OutOfRange { from: date, business_days: n })),
        }
    }

    /// The number of business days in `(start, end]`: after `start`, up to and including
    /// `end`; negative (`-(business days in (end, start])`) when `end < start`, zero when
    /// equal. Hence `between(a, b) + between(b, c) == between(a, c)`.
    ///
    /// # Errors
    ///
    /// [`CalendarError::NotCovered`] if `start` or `end` is not covered.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let china = BusinessCalendar::china();
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("bad date");
    /// // (2026-09-30, 2026-10-10]: Oct 1–7 holidays, Thu 8, Fri 9, Sat 10 (worked).
    /// assert_eq!(china.business_days_between(date(2026, 9, 30)?, date(2026, 10, 10)?)?, 3);
    /// assert_eq!(china.business_days_between(date(2026, 10, 10)?, date(2026, 9, 30)?)?, -3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn business_days_between(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<i64, CalendarError> {
        self.check(start)?;
        self.check(end)?;
        Ok(self.index.rank(end) - self.index.rank(start))
    }

    /// The first date on which work can start for something arriving at `instant` at a node in
    /// time zone `tz` with a daily cut-off at local time `cutoff`: the local date of `instant`
    /// if it is a business day and the local time is strictly before `cutoff`, otherwise the
    /// next business day.
    ///
    /// The local date is taken in `tz` (IANA zone, daylight saving included), so an instant late
    /// on a UTC day can be the next local day. A cut-off of 00:00 means "never the same day".
    ///
    /// # Errors
    ///
    /// As [`next_business_day`](Self::next_business_day), for the local date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let us = BusinessCalendar::united_states_federal();
    /// let cutoff = NaiveTime::from_hms_opt(16, 0, 0).ok_or("bad time")?;
    /// // 23:30 UTC on Tuesday 2026-03-10 is 16:30 PDT (UTC−7, daylight time since 8 March):
    /// // too late, so work starts on Wednesday.
    /// let late = Utc.with_ymd_and_hms(2026, 3, 10, 23, 30, 0).single().ok_or("bad instant")?;
    /// let start = us.first_workable_date(late, chrono_tz::America::Los_Angeles, cutoff)?;
    /// assert_eq!(start, NaiveDate::from_ymd_opt(2026, 3, 11).ok_or("bad date")?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first_workable_date(
        &self,
        instant: DateTime<Utc>,
        tz: Tz,
        cutoff: NaiveTime,
    ) -> Result<NaiveDate, CalendarError> {
        let local = instant.with_timezone(&tz);
        let date = local.date_naive();
        if local.time() < cutoff && self.is_business_day(date)? {
            Ok(date)
        } else {
            self.next_business_day(date)
        }
    }
}

/// What kind of day a date is in a [`BusinessCalendar`]; borrowed names point into the
/// calendar.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::calendar::{BusinessCalendar, DayKind};
///
/// let japan = BusinessCalendar::japan();
/// let day = japan.day_kind(NaiveDate::from_ymd_opt(2026, 7, 20).ok_or("bad date")?)?;
/// assert_eq!(day, DayKind::Holiday { name: "Marine Day (海の日)" });
/// assert!(!day.is_business_day());
/// assert_eq!(day.to_string(), "holiday: Marine Day (海の日)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayKind<'a> {
    /// A weekday that is worked.
    WorkingDay,
    /// A weekly rest day (公休日) with no special arrangement.
    WeeklyRestDay,
    /// A public holiday (节假日), possibly on a rest day.
    Holiday {
        /// The holiday's name.
        name: &'a str,
    },
    /// A rest day worked to make up for a holiday (调休上班).
    MakeUpWorkingDay {
        /// The name of the holiday it compensates.
        name: &'a str,
    },
}

impl DayKind<'_> {
    /// Is this a business day ([`WorkingDay`](Self::WorkingDay) or
    /// [`MakeUpWorkingDay`](Self::MakeUpWorkingDay))?
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::calendar::DayKind;
    ///
    /// assert!(DayKind::MakeUpWorkingDay { name: "春节" }.is_business_day());
    /// assert!(!DayKind::WeeklyRestDay.is_business_day());
    /// ```
    pub const fn is_business_day(self) -> bool {
        matches!(self, Self::WorkingDay | Self::MakeUpWorkingDay { .. })
    }
}

impl fmt::Display for DayKind<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WorkingDay => f.write_str("working day"),
            Self::WeeklyRestDay => f.write_str("weekly rest day"),
            Self::Holiday { name } => write!(f, "holiday: {name}"),
            Self::MakeUpWorkingDay { name } => write!(f, "make-up working day for {name}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Days;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn public_types_are_send_sync() {
        fn check<T: Send + Sync + Clone + fmt::Debug + PartialEq>() {}
        check::<BusinessCalendar>();
        check::<CalendarBuilder>();
        check::<DayKind<'static>>();
        check::<CalendarError>();
        check::<CalendarBuildError>();
        check::<HolidayCnYear>();
    }

    #[test]
    fn day_kind_and_index_agree_on_every_covered_day() {
        for calendar in [
            BusinessCalendar::china(),
            BusinessCalendar::united_states_federal(),
            BusinessCalendar::japan(),
            BusinessCalendar::germany(),
        ] {
            for day in d(2025, 1, 1).iter_days().take_while(|x| *x <= d(2026, 12, 31)) {
                assert_eq!(
                    calendar.day_kind(day).unwrap().is_business_day(),
                    calendar.is_business_day(day).unwrap(),
                    "{} {day}",
                    calendar.name()
                );
            }
        }
    }

    #[test]
    fn add_zero_is_identity_even_on_rest_days() {
        let china = BusinessCalendar::china();
        let holiday = d(2026, 10, 3);
        assert_eq!(china.add_business_days(holiday, 0), Ok(holiday));
        assert_eq!(china.business_days_between(holiday, holiday), Ok(0));
    }

    #[test]
    fn walking_past_chrono_max_is_out_of_range() {
        let seven = BusinessCalendar::seven_day();
        let last = NaiveDate::MAX;
        assert_eq!(
            seven.add_business_days(last, 1),
            Err(CalendarError::OutOfRange { from: last, business_days: 1 })
        );
        let near = last.checked_sub_days(Days::new(10)).unwrap();
        assert_eq!(seven.add_business_days(near, 10), Ok(last));
    }

    #[test]
    fn to_builder_round_trips() {
        for calendar in [BusinessCalendar::china(), BusinessCalendar::seven_day()] {
            let rebuilt = calendar.to_builder(calendar.name()).build().unwrap();
            assert_eq!(rebuilt, calendar);
        }
    }

    #[test]
    fn debug_omits_the_index() {
        let text = format!("{:?}", BusinessCalendar::weekdays_only());
        assert!(text.contains("weekdays-only"), "{text}");
        assert!(!text.contains("bits"), "{text}");
    }

    #[test]
    fn day_kind_display() {
        assert_eq!(DayKind::WorkingDay.to_string(), "working day");
        assert_eq!(DayKind::WeeklyRestDay.to_string(), "weekly rest day");
        assert_eq!(
            DayKind::MakeUpWorkingDay { name: "春节" }.to_string(),
            "make-up working day for 春节"
        );
    }
}
