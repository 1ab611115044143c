//! Serde for [`BusinessCalendar`]: a plain data shape, deserialized through the builder's
//! validation.
//!
//! ```json
//! {
//!   "name": "cn-mainland",
//!   "rest_days": ["Sat", "Sun"],
//!   "covered_years": {"first": 2025, "last": 2026},
//!   "special_days": [
//!     {"date": "2025-01-01", "kind": "holiday", "name": "New Year's Day (元旦)"},
//!     {"date": "2025-01-26", "kind": "make_up_working_day", "name": "Spring Festival (春节)"}
//!   ]
//! }
//! ```
//!
//! `covered_years` is omitted for a calendar without special days that covers all years.

use chrono::{Datelike, NaiveDate, Weekday, WeekdaySet};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{BusinessCalendar, SpecialDay};

#[derive(Serialize, Deserialize)]
#[serde(rename = "BusinessCalendar", deny_unknown_fields)]
struct CalendarData {
    name: String,
    rest_days: Vec<Weekday>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    covered_years: Option<YearRange>,
    #[serde(default)]
    special_days: Vec<SpecialDayData>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct YearRange {
    first: i32,
    last: i32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpecialDayData {
    date: NaiveDate,
    kind: SpecialKind,
    name: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum SpecialKind {
    Holiday,
    MakeUpWorkingDay,
}

impl Serialize for BusinessCalendar {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let all_years = (NaiveDate::MIN.year(), NaiveDate::MAX.year());
        let covered = (self.first_year, self.last_year);
        let data = CalendarData {
            name: self.name.clone(),
            rest_days: self.rest_days.iter(Weekday::Mon).collect(),
            covered_years: (covered != all_years || !self.special.is_empty())
                .then_some(YearRange { first: covered.0, last: covered.1 }),
            special_days: self
                .special
                .iter()
                .map(|(date, day)| SpecialDayData {
                    date: *date,
                    kind: match day {
                        SpecialDay::Holiday(_) => SpecialKind::Holiday,
                        SpecialDay::MakeUp(_) => SpecialKind::MakeUpWorkingDay,
                    },
                    name: day.name().to_owned(),
                })
                .collect(),
        };
        data.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for BusinessCalendar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let data = CalendarData::deserialize(deserializer)?;
        let mut builder = BusinessCalendar::builder(data.name)
            .rest_days(data.rest_days.into_iter().collect::<WeekdaySet>());
        if let Some(YearRange { first, last }) = data.covered_years {
            builder = builder.covers(first..=last);
        }
        for day in data.special_days {
            builder = match day.kind {
                SpecialKind::Holiday => builder.holiday(day.date, day.name),
                SpecialKind::MakeUpWorkingDay => builder.make_up_working_day(day.date, day.name),
            };
        }
        builder.build().map_err(serde::de::Error::custom)
    }
}
