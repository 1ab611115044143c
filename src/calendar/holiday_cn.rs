//! The JSON shape of the public holiday-cn data set (github.com/NateScarlet/holiday-cn, MIT):
//! one file per year, `{"year": 2026, "papers": [...], "days": [{"name": "元旦",
//! "date": "2026-01-01", "isOffDay": true}, ...]}`, scraped from the State Council notices.
//!
//! A notice may reach into the neighbouring year (the 2012 file lists `2011-12-31` as a
//! make-up working day for 元旦 2012), so a day may lie in its file's year or an adjacent one.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use chrono::{Datelike, NaiveDate};

use super::{BusinessCalendar, CalendarBuildError};

/// One year of holiday-cn data: `{year, days: [{name, date, isOffDay}]}`. Other fields
/// (`papers`, `$schema`, `$id`) are ignored when deserializing.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::calendar::{HolidayCnDay, HolidayCnYear};
///
/// let year = HolidayCnYear {
///     year: 2026,
///     days: vec![HolidayCnDay {
///         name: "元旦".to_owned(),
///         date: NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("bad date")?,
///         is_off_day: true,
///     }],
/// };
/// assert_eq!(year.days.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct HolidayCnYear {
    /// The year of the State Council notice.
    pub year: i32,
    /// The special days the notice sets.
    pub days: Vec<HolidayCnDay>,
}

/// One day of a holiday-cn year: a day off (`isOffDay: true`) or a make-up working day
/// (`isOffDay: false`, 调休上班), named after its holiday.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::calendar::HolidayCnDay;
///
/// let day = HolidayCnDay {
///     name: "春节".to_owned(),
///     date: NaiveDate::from_ymd_opt(2026, 2, 14).ok_or("bad date")?,
///     is_off_day: false,
/// };
/// assert!(!day.is_off_day);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct HolidayCnDay {
    /// The holiday's name, e.g. `春节` or `国庆节、中秋节`.
    pub name: String,
    /// The date (`YYYY-MM-DD` in JSON).
    pub date: NaiveDate,
    /// `true` for a day off, `false` for a make-up working day.
    #[cfg_attr(feature = "serde", serde(rename = "isOffDay"))]
    pub is_off_day: bool,
}

impl BusinessCalendar {
    /// Builds a mainland-China calendar (Saturday and Sunday rest days) from holiday-cn years,
    /// covering the first to the last year given; it is named `holiday-cn <first>-<last>`.
    ///
    /// The crate has no JSON dependency: parse the files with your own `serde_json` into
    /// [`HolidayCnYear`] values. Days of an adjacent year are merged into that year if it is
    /// given too and otherwise ignored (a calendar never answers for an uncovered year, so
    /// nothing is guessed); the same date listed twice with the same kind is kept once.
    ///
    /// # Errors
    ///
    /// [`CalendarBuildError::NoYears`], [`DuplicateYear`](CalendarBuildError::DuplicateYear),
    /// [`MissingYear`](CalendarBuildError::MissingYear) (the years must be consecutive),
    /// [`EmptyYear`](CalendarBuildError::EmptyYear) (holiday-cn keeps `"days": []` until the
    /// notice is published), [`DayOutsideYear`](CalendarBuildError::DayOutsideYear) (a day more
    /// than one year away from its file's year),
    /// [`HolidayAndMakeUpDay`](CalendarBuildError::HolidayAndMakeUpDay), and the builder's
    /// errors (for example [`EmptyDayName`](CalendarBuildError::EmptyDayName)).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # #[cfg(feature = "serde")] {
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::{BusinessCalendar, HolidayCnYear};
    ///
    /// let json = r#"{
    ///   "year": 2026,
    ///   "papers": ["https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"],
    ///   "days": [
    ///     {"name": "元旦", "date": "2026-01-01", "isOffDay": true},
    ///     {"name": "元旦", "date": "2026-01-02", "isOffDay": true},
    ///     {"name": "元旦", "date": "2026-01-03", "isOffDay": true},
    ///     {"name": "元旦", "date": "2026-01-04", "isOffDay": false}
    ///   ]
    /// }"#;
    /// let year: HolidayCnYear = serde_json::from_str(json)?;
    /// let calendar = BusinessCalendar::from_holiday_cn([year])?;
    /// let sunday = NaiveDate::from_ymd_opt(2026, 1, 4).ok_or("bad date")?;
    /// assert!(calendar.is_business_day(sunday)?);
    /// assert_eq!(calendar.covered_years(), 2026..=2026);
    /// # }
    /// # Ok(())
    /// # }
    /// ```
    pub fn from_holiday_cn(
        years: impl IntoIterator<Item = HolidayCnYear>,
    ) -> Result<Self, CalendarBuildError> {
        let mut by_year: BTreeMap<i32, Vec<HolidayCnDay>> = BTreeMap::new();
        for year in years {
            match by_year.entry(year.year) {
                Entry::Vacant(slot) => {
                    slot.insert(year.days);
                }
                Entry::Occupied(_) => {
                    return Err(CalendarBuildError::DuplicateYear { year: year.year });
                }
            }
        }
        let (Some(&first), Some(&last)) = (by_year.keys().next(), by_year.keys().next_back())
        else {
            return Err(CalendarBuildError::NoYears);
        };
        let mut expected = first;
        for (&year, days) in &by_year {
            if year != expected {
                return Err(CalendarBuildError::MissingYear { year: expected });
            }
            if days.is_empty() {
                return Err(CalendarBuildError::EmptyYear { year });
            }
            expected = year.saturating_add(1);
        }

        let mut merged: BTreeMap<NaiveDate, HolidayCnDay> = BTreeMap::new();
        for (year, days) in by_year {
            for day in days {
                let date = day.date;
                if (i64::from(date.year()) - i64::from(year)).abs() > 1 {
                    return Err(CalendarBuildError::DayOutsideYear { year, date });
                }
                if !(first..=last).contains(&date.year()) {
                    continue; // an adjacent year the calendar does not cover
                }
                match merged.entry(date) {
                    Entry::Vacant(slot) => {
                        slot.insert(day);
                    }
                    Entry::Occupied(existing) if existing.get().is_off_day == day.is_off_day => {}
                    Entry::Occupied(_) => {
                        return Err(CalendarBuildError::HolidayAndMakeUpDay { date });
                    }
                }
            }
        }

        let mut builder = Self::builder(format!("holiday-cn {first}-{last}")).covers(first..=last);
        for (date, day) in merged {
            builder = if day.is_off_day {
                builder.holiday(date, day.name)
            } else {
                builder.make_up_working_day(date, day.name)
            };
        }
        builder.build()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(name: &str, date: (i32, u32, u32), is_off_day: bool) -> HolidayCnDay {
        HolidayCnDay {
            name: name.to_owned(),
            date: NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap(),
            is_off_day,
        }
    }

    #[test]
    fn adjacent_year_days_are_merged_or_ignored() {
        // holiday-cn 2012.json lists 2011-12-31 (Saturday) as a 元旦 make-up working day.
        let y2012 = HolidayCnYear {
            year: 2012,
            days: vec![day("元旦", (2011, 12, 31), false), day("元旦", (2012, 1, 2), true)],
        };
        let alone = BusinessCalendar::from_holiday_cn([y2012.clone()]).unwrap();
        assert_eq!(alone.covered_years(), 2012..=2012);
        assert_eq!(alone.special_days().count(), 1);

        let y2011 = HolidayCnYear { year: 2011, days: vec![day("元旦", (2011, 1, 1), true)] };
        let both = BusinessCalendar::from_holiday_cn([y2012, y2011]).unwrap();
        let saturday = NaiveDate::from_ymd_opt(2011, 12, 31).unwrap();
        assert_eq!(both.is_business_day(saturday), Ok(true));
        assert_eq!(both.name(), "holiday-cn 2011-2012");
    }

    #[test]
    fn year_errors() {
        assert_eq!(BusinessCalendar::from_holiday_cn([]), Err(CalendarBuildError::NoYears));
        let y = |year, days| HolidayCnYear { year, days };
        let one = vec![day("元旦", (2025, 1, 1), true)];
        let other = vec![day("元旦", (2027, 1, 1), true)];
        assert_eq!(
            BusinessCalendar::from_holiday_cn([y(2025, one.clone()), y(2025, one.clone())]),
            Err(CalendarBuildError::DuplicateYear { year: 2025 })
        );
        assert_eq!(
            BusinessCalendar::from_holiday_cn([y(2025, one.clone()), y(2027, other)]),
            Err(CalendarBuildError::MissingYear { year: 2026 })
        );
        assert_eq!(
            BusinessCalendar::from_holiday_cn([y(2025, one.clone()), y(2026, vec![])]),
            Err(CalendarBuildError::EmptyYear { year: 2026 })
        );
        let far = vec![day("元旦", (2023, 1, 1), true)];
        assert_eq!(
            BusinessCalendar::from_holiday_cn([y(2025, far)]),
            Err(CalendarBuildError::DayOutsideYear {
                year: 2025,
                date: NaiveDate::from_ymd_opt(2023, 1, 1).unwrap()
            })
        );
        let clash = vec![day("元旦", (2025, 1, 1), true), day("元旦", (2025, 1, 1), false)];
        assert_eq!(
            BusinessCalendar::from_holiday_cn([y(2025, clash)]),
            Err(CalendarBuildError::HolidayAndMakeUpDay {
                date: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
            })
        );
        let nameless = vec![day(" ", (2025, 1, 1), true)];
        assert_eq!(
            BusinessCalendar::from_holiday_cn([y(2025, nameless)]),
            Err(CalendarBuildError::EmptyDayName {
                date: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
            })
        );
    }
}
