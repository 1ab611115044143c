//! The calendar's two error types: one for queries, one for building a calendar from data.

use chrono::NaiveDate;

/// A business-day query could not be answered.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::calendar::{BusinessCalendar, CalendarError};
///
/// let china = BusinessCalendar::china();
/// let date = NaiveDate::from_ymd_opt(2027, 2, 8).ok_or("bad date")?;
/// assert_eq!(
///     china.is_business_day(date),
///     Err(CalendarError::NotCovered { date, covered: (2025, 2026) })
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// The date lies in a year the calendar has no published schedule for (or a walk through
    /// business days would have to cross into such a year). Load a calendar that covers it.
    #[error("{date} is outside the years this calendar knows ({}..={})", covered.0, covered.1)]
    NotCovered {
        /// The first date that the calendar cannot classify.
        date: NaiveDate,
        /// The first and last year the calendar covers.
        covered: (i32, i32),
    },
    /// The answer would lie beyond the dates chrono can represent.
    #[error("{business_days} business days after {from} lie beyond the representable dates")]
    OutOfRange {
        /// The start date of the query.
        from: NaiveDate,
        /// The number of business days asked for.
        business_days: u32,
    },
}

/// A calendar could not be built from the given data (builder, holiday-cn JSON or serde).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::calendar::{BusinessCalendar, CalendarBuildError};
///
/// let date = NaiveDate::from_ymd_opt(2026, 2, 14).ok_or("bad date")?;
/// let result = BusinessCalendar::builder("warehouse")
///     .covers(2026..=2026)
///     .holiday(date, "Spring Festival")
///     .make_up_working_day(date, "Spring Festival")
///     .build();
/// assert_eq!(result, Err(CalendarBuildError::HolidayAndMakeUpDay { date }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarBuildError {
    /// The calendar's name is empty (or only white space).
    #[error("calendar name is empty")]
    EmptyName,
    /// A holiday or make-up working day has an empty name.
    #[error("the special day {date} has an empty name")]
    EmptyDayName {
        /// The date whose name is missing.
        date: NaiveDate,
    },
    /// Every weekday is a weekly rest day, so only special days could ever be worked.
    #[error("every weekday is a rest day; at least one weekday must be a working day")]
    NoWorkingWeekday,
    /// The covered year range is empty (`first > last`).
    #[error("the covered years {first}..={last} are empty")]
    EmptyCoverage {
        /// First year given.
        first: i32,
        /// Last year given.
        last: i32,
    },
    /// The covered year range reaches beyond the years chrono can represent.
    #[error("the covered years {first}..={last} exceed the representable years {min}..={max}")]
    CoverageOutOfRange {
        /// First year given.
        first: i32,
        /// Last year given.
        last: i32,
        /// Earliest representable year.
        min: i32,
        /// Latest representable year.
        max: i32,
    },
    /// Special days were given but no covered year range: the calendar would not know which
    /// years its table is complete for. Call `covers(first..=last)`.
    #[error("special days were given without a covered year range")]
    MissingCoverage,
    /// A special day lies outside the covered year range.
    #[error("{date} is outside the covered years {}..={}", covered.0, covered.1)]
    DateNotCovered {
        /// The offending date.
        date: NaiveDate,
        /// The first and last covered year.
        covered: (i32, i32),
    },
    /// The same date is given both as a holiday and as a make-up working day.
    #[error("{date} is given both as a holiday and as a make-up working day")]
    HolidayAndMakeUpDay {
        /// The contradictory date.
        date: NaiveDate,
    },
    /// The same date is given twice with the same kind.
    #[error("{date} is given twice")]
    DuplicateDay {
        /// The repeated date.
        date: NaiveDate,
    },
    /// No holiday-cn year was given.
    #[error("no holiday-cn year was given")]
    NoYears,
    /// The same holiday-cn year was given twice.
    #[error("holiday-cn year {year} is given twice")]
    DuplicateYear {
        /// The repeated year.
        year: i32,
    },
    /// The holiday-cn years are not consecutive, so the calendar would have a year without data.
    #[error("holiday-cn year {year} is missing between the first and last year given")]
    MissingYear {
        /// The first missing year.
        year: i32,
    },
    /// A holiday-cn year lists no days: the schedule is not published yet (holiday-cn keeps an
    /// empty `days` array until the State Council notice appears).
    #[error("holiday-cn year {year} lists no days (not published yet?)")]
    EmptyYear {
        /// The empty year.
        year: i32,
    },
    /// A holiday-cn day lies neither in its file's year nor in an adjacent year.
    #[error("holiday-cn day {date} does not belong to year {year}")]
    DayOutsideYear {
        /// The year of the file.
        year: i32,
        /// The offending date.
        date: NaiveDate,
    },
}
