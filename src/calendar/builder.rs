//! [`CalendarBuilder`]: custom calendars from data, validated once in [`CalendarBuilder::build`].

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate, Weekday, WeekdaySet};

use super::{BusinessCalendar, CalendarBuildError, SpecialDay};

/// Builds a [`BusinessCalendar`] from weekly rest days, holidays, make-up working days and the
/// covered year range; [`build`](Self::build) rejects contradictions.
///
/// Defaults: rest days Saturday and Sunday; no special days; covered years all years if no
/// special day is given (a special day without [`covers`](Self::covers) is an error, because
/// the calendar must know which years its table is complete for).
///
/// # Examples
///
/// ```
/// use chrono::{NaiveDate, Weekday, WeekdaySet};
/// use crossborder::calendar::BusinessCalendar;
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("bad date");
/// // A warehouse that rests on Sundays only, closes on one holiday and works the
/// // following Sunday in exchange.
/// let calendar = BusinessCalendar::builder("warehouse-7")
///     .rest_days(WeekdaySet::single(Weekday::Sun))
///     .holiday(date(2026, 12, 2)?, "Founders' Day")
///     .make_up_working_day(date(2026, 12, 6)?, "Founders' Day")
///     .covers(2026..=2026)
///     .build()?;
/// assert!(!calendar.is_business_day(date(2026, 12, 2)?)?); // Wednesday, holiday
/// assert!(calendar.is_business_day(date(2026, 12, 5)?)?); // Saturday, a working day here
/// assert!(calendar.is_business_day(date(2026, 12, 6)?)?); // Sunday, worked in exchange
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct CalendarBuilder {
    name: String,
    rest_days: WeekdaySet,
    days: Vec<(NaiveDate, SpecialDay)>,
    covers: Option<(i32, i32)>,
}

impl CalendarBuilder {
    pub(super) fn new(name: String) -> Self {
        Self {
            name,
            rest_days: WeekdaySet::from_array([Weekday::Sat, Weekday::Sun]),
            days: Vec::new(),
            covers: None,
        }
    }

    pub(super) fn from_parts(
        name: String,
        rest_days: WeekdaySet,
        days: Vec<(NaiveDate, SpecialDay)>,
        covers: Option<(i32, i32)>,
    ) -> Self {
        Self { name, rest_days, days, covers }
    }

    /// Sets the weekly rest days (公休日), replacing the default Saturday and Sunday.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, WeekdaySet};
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let every_day = BusinessCalendar::builder("hub").rest_days(WeekdaySet::EMPTY).build()?;
    /// let sunday = NaiveDate::from_ymd_opt(2026, 3, 1).ok_or("bad date")?;
    /// assert!(every_day.is_business_day(sunday)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rest_days(mut self, days: WeekdaySet) -> Self {
        self.rest_days = days;
        self
    }

    /// Adds a holiday (节假日) on `date`; a holiday on a rest day is allowed and changes nothing
    /// for counting.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::{BusinessCalendar, DayKind};
    ///
    /// let date = NaiveDate::from_ymd_opt(2026, 5, 1).ok_or("bad date")?;
    /// let calendar =
    ///     BusinessCalendar::builder("fc").holiday(date, "Labour Day").covers(2026..=2026).build()?;
    /// assert_eq!(calendar.day_kind(date)?, DayKind::Holiday { name: "Labour Day" });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holiday(mut self, date: NaiveDate, name: impl Into<String>) -> Self {
        self.days.push((date, SpecialDay::Holiday(name.into())));
        self
    }

    /// Adds a make-up working day (调休上班) on `date`, naming the holiday it compensates.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::{BusinessCalendar, DayKind};
    ///
    /// let saturday = NaiveDate::from_ymd_opt(2026, 5, 9).ok_or("bad date")?;
    /// let calendar = BusinessCalendar::builder("fc")
    ///     .make_up_working_day(saturday, "Labour Day")
    ///     .covers(2026..=2026)
    ///     .build()?;
    /// assert_eq!(calendar.day_kind(saturday)?, DayKind::MakeUpWorkingDay { name: "Labour Day" });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn make_up_working_day(mut self, date: NaiveDate, name: impl Into<String>) -> Self {
        self.days.push((date, SpecialDay::MakeUp(name.into())));
        self
    }

    /// Sets the years for which the calendar's table is complete; a date outside them is an
    /// error in every query.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::{BusinessCalendar, CalendarError};
    ///
    /// let calendar = BusinessCalendar::builder("fc").covers(2025..=2027).build()?;
    /// let date = NaiveDate::from_ymd_opt(2028, 1, 3).ok_or("bad date")?;
    /// assert_eq!(
    ///     calendar.is_business_day(date),
    ///     Err(CalendarError::NotCovered { date, covered: (2025, 2027) })
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn covers(mut self, years: RangeInclusive<i32>) -> Self {
        self.covers = Some((*years.start(), *years.end()));
        self
    }

    /// Validates and builds the calendar.
    ///
    /// # Errors
    ///
    /// The first problem found, checked in this order: [`CalendarBuildError::EmptyName`],
    /// [`NoWorkingWeekday`](CalendarBuildError::NoWorkingWeekday) (all seven days are rest
    /// days), [`EmptyCoverage`](CalendarBuildError::EmptyCoverage),
    /// [`CoverageOutOfRange`](CalendarBuildError::CoverageOutOfRange),
    /// [`MissingCoverage`](CalendarBuildError::MissingCoverage) (special days without
    /// [`covers`](Self::covers)); then per special day in insertion order
    /// [`EmptyDayName`](CalendarBuildError::EmptyDayName),
    /// [`DateNotCovered`](CalendarBuildError::DateNotCovered),
    /// [`HolidayAndMakeUpDay`](CalendarBuildError::HolidayAndMakeUpDay) and
    /// [`DuplicateDay`](CalendarBuildError::DuplicateDay).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::calendar::{BusinessCalendar, CalendarBuildError};
    ///
    /// let empty = BusinessCalendar::builder("fc").covers(std::ops::RangeInclusive::new(2027, 2026)).build();
    /// assert_eq!(empty, Err(CalendarBuildError::EmptyCoverage { first: 2027, last: 2026 }));
    /// ```
    pub fn build(self) -> Result<BusinessCalendar, CalendarBuildError> {
        if self.name.trim().is_empty() {
            return Err(CalendarBuildError::EmptyName);
        }
        if self.rest_days == WeekdaySet::ALL {
            return Err(CalendarBuildError::NoWorkingWeekday);
        }
        let (min, max) = (NaiveDate::MIN.year(), NaiveDate::MAX.year());
        let (first, last) = match self.covers {
            Some((first, last)) if first > last => {
                return Err(CalendarBuildError::EmptyCoverage { first, last });
            }
            Some((first, last)) if first < min || last > max => {
                return Err(CalendarBuildError::CoverageOutOfRange { first, last, min, max });
            }
            Some(range) => range,
            None if self.days.is_empty() => (min, max),
            None => return Err(CalendarBuildError::MissingCoverage),
        };
        let mut special = BTreeMap::new();
        for (date, day) in self.days {
            if day.name().trim().is_empty() {
                return Err(CalendarBuildError::EmptyDayName { date });
            }
            if !(first..=last).contains(&date.year()) {
                return Err(CalendarBuildError::DateNotCovered { date, covered: (first, last) });
            }
            match special.entry(date) {
                Entry::Vacant(slot) => {
                    slot.insert(day);
                }
                Entry::Occupied(existing) => {
                    return Err(if existing.get().is_working() == day.is_working() {
                        CalendarBuildError::DuplicateDay { date }
                    } else {
                        CalendarBuildError::HolidayAndMakeUpDay { date }
                    });
                }
            }
        }
        Ok(BusinessCalendar::from_parts(self.name, self.rest_days, special, (first, last)))
    }

    /// Builds without validation: later days replace earlier ones. Only for the built-in
    /// tables, whose validity a unit test checks through [`build`](Self::build).
    pub(super) fn build_trusted(self) -> BusinessCalendar {
        let (first, last) = self.covers.unwrap_or((NaiveDate::MIN.year(), NaiveDate::MAX.year()));
        let special: BTreeMap<NaiveDate, SpecialDay> = self.days.into_iter().collect();
        BusinessCalendar::from_parts(self.name, self.rest_days, special, (first, last))
    }
}
