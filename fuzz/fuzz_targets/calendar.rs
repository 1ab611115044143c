//! Calendars from JSON: holiday-cn years (`HolidayCnYear`, one object or an array, through
//! `serde_json` into `BusinessCalendar::from_holiday_cn`) and the crate's own calendar JSON
//! (`BusinessCalendar: Deserialize`); then queries on arbitrary dates.
//!
//! Input framing: JSON text, then optionally a NUL byte and query parameters (read with
//! `arbitrary`; missing bytes read as zeros). Query dates are mostly near the calendar's first
//! covered year, sometimes anywhere in chrono's range.
//!
//! Properties checked:
//! - `day_kind` agrees with `is_business_day`; `next_business_day` is `add_business_days(_, 1)`;
//! - `add_business_days(d, n)` is after `d` (for `n > 0`), a business day, and the inverse of
//!   `business_days_between`; for `n = 0` it is `d`;
//! - `business_days_between` is antisymmetric and additive;
//! - `business_day_on_or_after` and `first_workable_date` give business days on or after the
//!   (local) date;
//! - a calendar survives a JSON round trip and `to_builder(name).build()`.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeDelta};
use crossborder::calendar::{BusinessCalendar, HolidayCnYear};
use crossborder_fuzz::{assert_json_round_trip, split_nul};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Date {
    anywhere: bool,
    value: i32,
}

#[derive(Debug, Arbitrary)]
enum Query {
    Add { date: Date, n: u32 },
    AddSmall { date: Date, n: u8 },
    Between { a: Date, b: Date, c: Date },
    OnOrAfter { date: Date },
    FirstWorkable { seconds: i64, tz: u16, cutoff_seconds: u32 },
}

fuzz_target!(|data: &[u8]| {
    let (json, params) = split_nul(data);
    let Ok(json) = std::str::from_utf8(json) else { return };
    let calendars = calendars(json);
    let mut u = Unstructured::new(params);
    let queries: Vec<Query> =
        (0..8).map_while(|_| Query::arbitrary(&mut u).ok()).collect::<Vec<_>>();
    for calendar in &calendars {
        check_calendar(calendar);
        for q in &queries {
            query(calendar, q);
        }
        // Fixed probes at the edges of the covered years and of chrono's range.
        let years = calendar.covered_years();
        for date in [
            NaiveDate::from_ymd_opt(*years.start(), 1, 1),
            NaiveDate::from_ymd_opt(*years.end(), 12, 31),
            Some(NaiveDate::MIN),
            Some(NaiveDate::MAX),
        ]
        .into_iter()
        .flatten()
        {
            for n in [0, 1, 7, 400, u32::MAX] {
                add(calendar, date, n);
            }
            let _ = calendar.business_day_on_or_after(date);
        }
    }
});

/// Every calendar the JSON describes in one of the accepted shapes.
fn calendars(json: &str) -> Vec<BusinessCalendar> {
    let mut out = Vec::new();
    if let Ok(years) = serde_json::from_str::<Vec<HolidayCnYear>>(json)
        && let Ok(c) = BusinessCalendar::from_holiday_cn(years)
    {
        out.push(c);
    }
    if let Ok(year) = serde_json::from_str::<HolidayCnYear>(json) {
        assert_json_round_trip(&year);
        match BusinessCalendar::from_holiday_cn([year]) {
            Ok(c) => out.push(c),
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
    match serde_json::from_str::<BusinessCalendar>(json) {
        Ok(c) => out.push(c),
        Err(e) => {
            let _ = e.to_string();
        }
    }
    out
}

fn check_calendar(calendar: &BusinessCalendar) {
    assert_json_round_trip(calendar);
    let rebuilt = calendar.to_builder(calendar.name()).build();
    assert_eq!(rebuilt.as_ref(), Ok(calendar), "to_builder().build() changed the calendar");
    for (date, kind) in calendar.special_days().take(64) {
        assert_eq!(calendar.day_kind(date), Ok(kind));
        assert_eq!(calendar.is_business_day(date), Ok(kind.is_business_day()));
        let _ = kind.to_string();
    }
    let _ = (calendar.rest_days(), format!("{calendar:?}"));
}

fn date(calendar: &BusinessCalendar, d: &Date) -> Option<NaiveDate> {
    if d.anywhere {
        return NaiveDate::from_num_days_from_ce_opt(d.value);
    }
    let first = NaiveDate::from_ymd_opt(*calendar.covered_years().start(), 1, 1)?;
    first.checked_add_signed(TimeDelta::days(i64::from(d.value % 1200)))
}

fn add(calendar: &BusinessCalendar, d: NaiveDate, n: u32) {
    let result = calendar.add_business_days(d, n);
    if let Ok(r) = result {
        if n == 0 {
            assert_eq!(r, d);
        } else {
            assert!(r > d, "add_business_days({d}, {n}) = {r} is not after");
            assert_eq!(calendar.is_business_day(r), Ok(true), "{r} is not a business day");
            assert_eq!(
                calendar.business_days_between(d, r),
                Ok(i64::from(n)),
                "add_business_days({d}, {n}) = {r} is not the inverse of business_days_between"
            );
        }
    }
    if n == 1 {
        assert_eq!(calendar.next_business_day(d), result);
    }
}

fn query(calendar: &BusinessCalendar, q: &Query) {
    match q {
        Query::Add { date: d, n } => {
            if let Some(d) = date(calendar, d) {
                add(calendar, d, *n);
            }
        }
        Query::AddSmall { date: d, n } => {
            if let Some(d) = date(calendar, d) {
                add(calendar, d, u32::from(*n));
                if let Ok(kind) = calendar.day_kind(d) {
                    assert_eq!(calendar.is_business_day(d), Ok(kind.is_business_day()));
                }
            }
        }
        Query::Between { a, b, c } => {
            let (Some(a), Some(b), Some(c)) =
                (date(calendar, a), date(calendar, b), date(calendar, c))
            else {
                return;
            };
            let ab = calendar.business_days_between(a, b);
            if let Ok(ab) = ab {
                assert_eq!(calendar.business_days_between(b, a), Ok(-ab), "antisymmetry");
                if let (Ok(bc), Ok(ac)) =
                    (calendar.business_days_between(b, c), calendar.business_days_between(a, c))
                {
                    assert_eq!(ab + bc, ac, "additivity over {a}, {b}, {c}");
                }
            }
        }
        Query::OnOrAfter { date: d } => {
            if let Some(d) = date(calendar, d)
                && let Ok(r) = calendar.business_day_on_or_after(d)
            {
                assert!(r >= d);
                assert_eq!(calendar.is_business_day(r), Ok(true));
            }
        }
        Query::FirstWorkable { seconds, tz, cutoff_seconds } => {
            let Some(instant) = DateTime::from_timestamp(*seconds % 400_000_000_000, 0) else {
                return;
            };
            let zones = chrono_tz::TZ_VARIANTS;
            let Some(&tz) = zones.get(usize::from(*tz) % zones.len()) else { return };
            let cutoff = NaiveTime::from_num_seconds_from_midnight_opt(cutoff_seconds % 86_400, 0)
                .unwrap_or(NaiveTime::MIN);
            if let Ok(r) = calendar.first_workable_date(instant, tz, cutoff) {
                let local = instant.with_timezone(&tz).date_naive();
                assert!(r >= local, "first workable date {r} before the local date {local}");
                assert_eq!(calendar.is_business_day(r), Ok(true));
                assert!(calendar.covered_years().contains(&r.year()));
            }
        }
    }
}
