//! Business calendars: built-in tables against their sources and the `chinese_holiday` oracle,
//! counting semantics, cut-offs across time zones, errors, holiday-cn JSON, properties.
// Helpers below may unwrap: clippy's `allow-unwrap-in-tests` only sees `cfg(test)` modules.
#![cfg(test)]

use std::ops::RangeInclusive;

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, TimeZone, Utc, Weekday, WeekdaySet};
use chrono_tz::Tz;
use crossborder::calendar::{BusinessCalendar, CalendarBuildError, CalendarError, DayKind};
#[cfg(feature = "serde")]
use crossborder::calendar::{HolidayCnDay, HolidayCnYear};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn at(y: i32, m: u32, day: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, day, h, min, 0).single().unwrap()
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn days(first: NaiveDate, last: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    first.iter_days().take_while(move |x| *x <= last)
}

/// Business days in calendar year `year` (all of it), via `business_days_between`.
fn business_days_in(calendar: &BusinessCalendar, year: i32) -> i64 {
    let first = d(year, 1, 1);
    let first_counts = i64::from(calendar.is_business_day(first).unwrap());
    calendar.business_days_between(first, d(year, 12, 31)).unwrap() + first_counts
}

// ---------------------------------------------------------------------------------------------
// China against the `chinese_holiday` oracle (2026.0.1, data from the same State Council
// notices; it panics after 2026-12-25, so it is only asked up to there).
// ---------------------------------------------------------------------------------------------

/// The Chinese festival name the oracle's kind refers to, and whether the day is worked.
fn oracle(date: NaiveDate) -> (Option<&'static str>, bool) {
    use chinese_holiday::DayKind as K;
    let ymd = (
        u16::try_from(date.year()).unwrap(),
        u8::try_from(date.month()).unwrap(),
        u8::try_from(date.day()).unwrap(),
    );
    let kind = chinese_holiday::chinese_holiday(ymd);
    let festival = match kind {
        K::NormalWorkday | K::NormalHoliday => None,
        K::NewYearsDayHoliday | K::NewYearsDayWorkday => Some("元旦"),
        K::SpringFestivalHoliday | K::SpringFestivalWorkday => Some("春节"),
        K::ChingMingFestivalHoliday | K::ChingMingFestivalWorkday => Some("清明节"),
        K::InternationalWorkersDayHoliday | K::InternationalWorkersDayWorkday => Some("劳动节"),
        K::DragonBoatFestivalHoliday | K::DragonBoatFestivalWorkday => Some("端午节"),
        K::MidAutumnFestivalHoliday | K::MidAutumnFestivalWorkday => Some("中秋节"),
        K::NationalDayHoliday | K::NationalDayWorkday => Some("国庆节"),
        K::OtherHoliday | K::OtherWorkday => Some("other"),
    };
    (festival, kind.is_workday())
}

#[test]
fn china_matches_the_oracle_on_every_day_it_knows() {
    let china = BusinessCalendar::china();
    let mut special = 0;
    for date in days(d(2025, 1, 1), d(2026, 12, 25)) {
        let (festival, worked) = oracle(date);
        assert_eq!(china.is_business_day(date), Ok(worked), "{date}");
        let kind = china.day_kind(date).unwrap();
        match (festival, kind) {
            (None, DayKind::WorkingDay | DayKind::WeeklyRestDay) => {}
            (Some(festival), DayKind::Holiday { name } | DayKind::MakeUpWorkingDay { name }) => {
                // Our names are "English (中文)"; 2025's merged break is "国庆节、中秋节".
                assert!(name.contains(festival), "{date}: {name} vs {festival}");
                special += 1;
            }
            (festival, kind) => panic!("{date}: oracle {festival:?}, ours {kind:?}"),
        }
    }
    // 2025: 28 days off + 5 make-up days; 2026: 33 + 6 (all before Dec 25).
    assert_eq!(special, 28 + 5 + 33 + 6);
}

#[test]
fn china_after_the_oracle_range_is_the_plain_week() {
    // The 2026 notice sets nothing after 10 October, so 26–31 December follow the week.
    let china = BusinessCalendar::china();
    for date in days(d(2026, 12, 26), d(2026, 12, 31)) {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        assert_eq!(china.is_business_day(date), Ok(!weekend), "{date}");
    }
}

#[test]
fn china_named_cases() {
    let china = BusinessCalendar::china();
    let kind = |y, m, day| china.day_kind(d(y, m, day)).unwrap();
    // 2026 notice: 春节 "2月14日（周六）、2月28日（周六）上班".
    assert_eq!(kind(2026, 2, 14), DayKind::MakeUpWorkingDay { name: "Spring Festival (春节)" });
    assert_eq!(kind(2026, 2, 28), DayKind::MakeUpWorkingDay { name: "Spring Festival (春节)" });
    // 国庆节 "9月20日（周日）、10月10日（周六）上班".
    assert_eq!(kind(2026, 9, 20), DayKind::MakeUpWorkingDay { name: "National Day (国庆节)" });
    assert_eq!(kind(2026, 10, 10), DayKind::MakeUpWorkingDay { name: "National Day (国庆节)" });
    // 国庆节 "10月1日（周四）至7日（周三）放假": 7 is a holiday, Thursday 8 is not.
    assert_eq!(kind(2026, 10, 7), DayKind::Holiday { name: "National Day (国庆节)" });
    assert_eq!(kind(2026, 10, 8), DayKind::WorkingDay);
    // 元旦 "1月1日（周四）至3日（周六）放假调休 … 1月4日（周日）上班".
    assert_eq!(kind(2026, 1, 3), DayKind::Holiday { name: "New Year's Day (元旦)" });
    assert_eq!(kind(2026, 1, 4), DayKind::MakeUpWorkingDay { name: "New Year's Day (元旦)" });
    // 劳动节 "5月9日（周六）上班"; 中秋节 9/25–9/27.
    assert_eq!(kind(2026, 5, 9), DayKind::MakeUpWorkingDay { name: "Labour Day (劳动节)" });
    assert_eq!(kind(2026, 9, 27), DayKind::Holiday { name: "Mid-Autumn Festival (中秋节)" });
    // 2025 notice: 元旦 "1月1日（周三）放假1天，不调休", so 2 January is a plain Thursday.
    assert_eq!(kind(2025, 1, 1), DayKind::Holiday { name: "New Year's Day (元旦)" });
    assert_eq!(kind(2025, 1, 2), DayKind::WorkingDay);
    // "国庆节、中秋节：10月1日（周三）至8日（周三）放假调休 … 9月28日（周日）、10月11日（周六）上班".
    let merged = "National Day and Mid-Autumn Festival (国庆节、中秋节)";
    assert_eq!(kind(2025, 10, 8), DayKind::Holiday { name: merged });
    assert_eq!(kind(2025, 9, 28), DayKind::MakeUpWorkingDay { name: merged });
    assert_eq!(kind(2025, 10, 11), DayKind::MakeUpWorkingDay { name: merged });
    // 春节 2025 "1月26日（周日）、2月8日（周六）上班"; 劳动节 "4月27日（周日）上班".
    assert!(china.is_business_day(d(2025, 1, 26)).unwrap());
    assert!(china.is_business_day(d(2025, 2, 8)).unwrap());
    assert!(china.is_business_day(d(2025, 4, 27)).unwrap());
    assert_eq!(kind(2025, 1, 28), DayKind::Holiday { name: "Spring Festival (春节)" });
}

#[test]
fn china_business_days_per_year() {
    let china = BusinessCalendar::china();
    // 2025: Jan 1 is a Wednesday, 365 days = 52 weeks + Wednesday → 261 weekdays. Weekday
    // holidays: 元旦 1; 春节 Jan 28–31 + Feb 3–4 = 6; 清明 Apr 4 = 1; 劳动 May 1, 2, 5 = 3;
    // 端午 Jun 2 = 1; 国庆中秋 Oct 1–3, 6–8 = 6 → 18. Make-up days 5 → 261 − 18 + 5 = 248.
    assert_eq!(business_days_in(&china, 2025), 248);
    // 2026: Jan 1 is a Thursday → 261 weekdays. Weekday holidays: 元旦 Jan 1–2 = 2; 春节 Feb
    // 16–20, 23 = 6; 清明 Apr 6 = 1; 劳动 May 1, 4, 5 = 3; 端午 Jun 19 = 1; 中秋 Sep 25 = 1;
    // 国庆 Oct 1, 2, 5, 6, 7 = 5 → 19. Make-up days 6 → 261 − 19 + 6 = 248.
    assert_eq!(business_days_in(&china, 2026), 248);
}

// ---------------------------------------------------------------------------------------------
// United States (5 U.S.C. 6103(a), observed per 6103(b) / EO 11582).
// ---------------------------------------------------------------------------------------------

#[test]
fn united_states_named_cases() {
    let us = BusinessCalendar::united_states_federal();
    let kind = |y, m, day| us.day_kind(d(y, m, day)).unwrap();
    // July 4, 2026 is a Saturday: observed on Friday July 3 (6103(b)(1)).
    assert_eq!(kind(2026, 7, 3), DayKind::Holiday { name: "Independence Day (observed)" });
    assert_eq!(kind(2026, 7, 4), DayKind::Holiday { name: "Independence Day" });
    assert_eq!(d(2026, 7, 3).weekday(), Weekday::Fri);
    // July 4, 2025 is a Friday itself: no shift, Thursday 3 is worked.
    assert_eq!(kind(2025, 7, 4), DayKind::Holiday { name: "Independence Day" });
    assert_eq!(kind(2025, 7, 3), DayKind::WorkingDay);
    // 2025 rule dates: MLK third Monday of January (Jan 1 Wed → 6, 13, 20); Washington's
    // Birthday third Monday of February (Feb 1 Sat → 3, 10, 17); Memorial Day last Monday of May
    // (May 31 Sat → 26); Labor Day first Monday of September (Sep 1); Columbus Day second Monday
    // of October (Oct 1 Wed → 6, 13); Thanksgiving fourth Thursday of November (Nov 1 Sat →
    // 6, 13, 20, 27); Juneteenth June 19 (Thursday).
    for (m, day, name) in [
        (1, 20, "Birthday of Martin Luther King, Jr."),
        (2, 17, "Washington's Birthday"),
        (5, 26, "Memorial Day"),
        (6, 19, "Juneteenth National Independence Day"),
        (9, 1, "Labor Day"),
        (10, 13, "Columbus Day"),
        (11, 11, "Veterans Day"),
        (11, 27, "Thanksgiving Day"),
        (12, 25, "Christmas Day"),
    ] {
        assert_eq!(kind(2025, m, day), DayKind::Holiday { name }, "2025-{m}-{day}");
    }
    // The executive-order closure of 2025-12-24 is not a legal public holiday.
    assert_eq!(kind(2025, 12, 24), DayKind::WorkingDay);
    // 261 weekdays each year; 2025: 11 holidays, all on weekdays → 250. 2026: 11 observed
    // dates on weekdays (July 3 replaces Saturday July 4) → 250.
    assert_eq!(business_days_in(&us, 2025), 250);
    assert_eq!(business_days_in(&us, 2026), 250);
}

// ---------------------------------------------------------------------------------------------
// Japan (国民の祝日に関する法律).
// ---------------------------------------------------------------------------------------------

#[test]
fn japan_named_cases() {
    let japan = BusinessCalendar::japan();
    let kind = |y, m, day| japan.day_kind(d(y, m, day)).unwrap();
    let substitute = DayKind::Holiday { name: "Substitute holiday (振替休日)" };
    // 2025 振替休日 (Art. 3(2)): 天皇誕生日 Sun 2/23 → Mon 2/24; みどりの日 Sun 5/4 → 5/5 is
    // こどもの日, so Tue 5/6; 勤労感謝の日 Sun 11/23 → Mon 11/24 (Cabinet Office, 2024-02-01).
    assert_eq!(kind(2025, 2, 24), substitute);
    assert_eq!(kind(2025, 5, 6), substitute);
    assert_eq!(kind(2025, 11, 24), substitute);
    // Equinox days from the 暦要項: 2025-03-20 and 2025-09-23.
    assert_eq!(kind(2025, 3, 20), DayKind::Holiday { name: "Vernal Equinox Day (春分の日)" });
    assert_eq!(kind(2025, 9, 23), DayKind::Holiday { name: "Autumnal Equinox Day (秋分の日)" });
    // 海の日 2025: third Monday of July (Jul 1 Tue → 7, 14, 21).
    assert_eq!(kind(2025, 7, 21), DayKind::Holiday { name: "Marine Day (海の日)" });
    // 2026: 国民の休日 on Tue 9/22 between 敬老の日 9/21 and 秋分の日 9/23 (Art. 3(3)), and
    // 振替休日 Wed 5/6 for Sunday 5/3.
    assert_eq!(kind(2026, 9, 22), DayKind::Holiday { name: "Citizens' holiday (国民の休日)" });
    assert_eq!(kind(2026, 5, 6), substitute);
    // 年末年始 is custom, not law: 2026-01-02 (Friday) is a business day.
    assert_eq!(kind(2026, 1, 2), DayKind::WorkingDay);
    // 2025: 261 weekdays − 15 weekday holidays (1/1, 1/13, 2/11, 2/24, 3/20, 4/29, 5/5, 5/6,
    // 7/21, 8/11, 9/15, 9/23, 10/13, 11/3, 11/24) = 246.
    assert_eq!(business_days_in(&japan, 2025), 246);
    // 2026: 261 − 17 (1/1, 1/12, 2/11, 2/23, 3/20, 4/29, 5/4, 5/5, 5/6, 7/20, 8/11, 9/21, 9/22,
    // 9/23, 10/12, 11/3, 11/23) = 244.
    assert_eq!(business_days_in(&japan, 2026), 244);
}

// ---------------------------------------------------------------------------------------------
// Germany (nationwide).
// ---------------------------------------------------------------------------------------------

#[test]
fn germany_named_cases() {
    let germany = BusinessCalendar::germany();
    let kind = |y, m, day| germany.day_kind(d(y, m, day)).unwrap();
    // Easter Sunday 2025-04-20 → Karfreitag 04-18; 2026-04-05 → 04-03.
    assert_eq!(kind(2025, 4, 18), DayKind::Holiday { name: "Good Friday (Karfreitag)" });
    assert_eq!(kind(2026, 4, 3), DayKind::Holiday { name: "Good Friday (Karfreitag)" });
    // Ostermontag = Easter + 1; Christi Himmelfahrt = Easter + 39; Pfingstmontag = Easter + 50.
    assert_eq!(kind(2025, 4, 21), DayKind::Holiday { name: "Easter Monday (Ostermontag)" });
    assert_eq!(kind(2025, 5, 29), DayKind::Holiday { name: "Ascension Day (Christi Himmelfahrt)" });
    assert_eq!(kind(2025, 6, 9), DayKind::Holiday { name: "Whit Monday (Pfingstmontag)" });
    assert_eq!(kind(2026, 5, 14), DayKind::Holiday { name: "Ascension Day (Christi Himmelfahrt)" });
    assert_eq!(kind(2026, 5, 25), DayKind::Holiday { name: "Whit Monday (Pfingstmontag)" });
    // Fronleichnam (2026-06-04, Easter + 60) is a state holiday only.
    assert_eq!(kind(2026, 6, 4), DayKind::WorkingDay);
    // Tag der Deutschen Einheit on Saturday 2026-10-03 is not moved to Monday.
    assert_eq!(kind(2026, 10, 5), DayKind::WorkingDay);
    // 2025: 261 − 9 (all on weekdays) = 252; 2026: 10/3 and 12/26 are Saturdays → 261 − 7 = 254.
    assert_eq!(business_days_in(&germany, 2025), 252);
    assert_eq!(business_days_in(&germany, 2026), 254);
}

#[test]
fn all_year_calendars() {
    let seven = BusinessCalendar::seven_day();
    let plain = BusinessCalendar::weekdays_only();
    // 2026-10-01 (Thursday) to 2026-10-31: 30 days in (Oct 1, Oct 31]; 21 of them weekdays
    // (Oct 2 Fri + four full weeks Oct 5–30 = 1 + 20).
    assert_eq!(seven.business_days_between(d(2026, 10, 1), d(2026, 10, 31)), Ok(30));
    assert_eq!(plain.business_days_between(d(2026, 10, 1), d(2026, 10, 31)), Ok(21));
    assert_eq!(seven.add_business_days(d(1999, 12, 31), 1), Ok(d(2000, 1, 1)));
    assert_eq!(plain.add_business_days(d(2099, 12, 31), 1), Ok(d(2100, 1, 1)));
    // Thursday 2099-12-31 + 2 → Fri 2100-01-01, Mon 2100-01-04.
    assert_eq!(plain.add_business_days(d(2099, 12, 31), 2), Ok(d(2100, 1, 4)));
}

// ---------------------------------------------------------------------------------------------
// Counting.
// ---------------------------------------------------------------------------------------------

#[test]
fn counting_across_the_golden_week() {
    let china = BusinessCalendar::china();
    // From Wednesday 2026-09-30: Oct 1–7 off, Thu 8, Fri 9, Sat 10 (make-up), Mon 12.
    assert_eq!(china.next_business_day(d(2026, 9, 30)), Ok(d(2026, 10, 8)));
    assert_eq!(china.add_business_days(d(2026, 9, 30), 3), Ok(d(2026, 10, 10)));
    assert_eq!(china.add_business_days(d(2026, 9, 30), 4), Ok(d(2026, 10, 12)));
    // Starting on a holiday: the first business day strictly after it.
    assert_eq!(china.add_business_days(d(2026, 10, 3), 1), Ok(d(2026, 10, 8)));
    assert_eq!(china.business_days_between(d(2026, 10, 3), d(2026, 10, 8)), Ok(1));
    // Across the year boundary: Wed 2025-12-31 → 2026 Jan 1–3 off, Sun Jan 4 worked.
    assert_eq!(china.next_business_day(d(2025, 12, 31)), Ok(d(2026, 1, 4)));
    assert_eq!(china.business_day_on_or_after(d(2026, 1, 1)), Ok(d(2026, 1, 4)));
}

// ---------------------------------------------------------------------------------------------
// First workable date: local date in the node's zone, local cut-off.
// ---------------------------------------------------------------------------------------------

#[test]
fn first_workable_date_across_time_zones() {
    use chrono_tz::{America::Los_Angeles, Asia::Shanghai, Asia::Tokyo};
    let china = BusinessCalendar::china();
    let us = BusinessCalendar::united_states_federal();
    let japan = BusinessCalendar::japan();
    let cutoff = hm(16, 0);
    // 2026-09-30T15:30Z = 23:30 CST (UTC+8) on Wednesday 30 September, after 16:00; Oct 1–7
    // are holidays → Thursday 8 October.
    assert_eq!(
        china.first_workable_date(at(2026, 9, 30, 15, 30), Shanghai, cutoff),
        Ok(d(2026, 10, 8))
    );
    // 07:59Z = 15:59 CST: before the cut-off on a business day → the same day.
    assert_eq!(
        china.first_workable_date(at(2026, 9, 30, 7, 59), Shanghai, cutoff),
        Ok(d(2026, 9, 30))
    );
    // 08:00Z = 16:00 CST exactly: not before the cut-off.
    assert_eq!(
        china.first_workable_date(at(2026, 9, 30, 8, 0), Shanghai, cutoff),
        Ok(d(2026, 10, 8))
    );
    // Sunday 2026-09-20 09:00 CST is a make-up working day.
    assert_eq!(
        china.first_workable_date(at(2026, 9, 20, 1, 0), Shanghai, cutoff),
        Ok(d(2026, 9, 20))
    );
    // Los Angeles: daylight time from 2026-03-08 (second Sunday of March), UTC−7.
    // 2026-03-10T23:30Z = 16:30 PDT Tuesday → Wednesday 11.
    assert_eq!(
        us.first_workable_date(at(2026, 3, 10, 23, 30), Los_Angeles, cutoff),
        Ok(d(2026, 3, 11))
    );
    // 22:30Z = 15:30 PDT → Tuesday 10.
    assert_eq!(
        us.first_workable_date(at(2026, 3, 10, 22, 30), Los_Angeles, cutoff),
        Ok(d(2026, 3, 10))
    );
    // In January the zone is PST (UTC−8): 2026-01-13T23:30Z = 15:30 Tuesday → same day.
    assert_eq!(
        us.first_workable_date(at(2026, 1, 13, 23, 30), Los_Angeles, cutoff),
        Ok(d(2026, 1, 13))
    );
    // 2026-07-02T23:30Z = 16:30 PDT Thursday; Friday July 3 is Independence Day observed →
    // Monday July 6.
    assert_eq!(
        us.first_workable_date(at(2026, 7, 2, 23, 30), Los_Angeles, cutoff),
        Ok(d(2026, 7, 6))
    );
    // Tokyo (UTC+9): 2026-01-02T20:00Z is Saturday 2026-01-03 05:00 JST → Monday 5 January
    // (the UTC date, a Friday, is irrelevant).
    assert_eq!(japan.first_workable_date(at(2026, 1, 2, 20, 0), Tokyo, cutoff), Ok(d(2026, 1, 5)));
    // The local date decides coverage: 2026-12-31T20:00Z is 2027-01-01 04:00 in Shanghai.
    assert_eq!(
        china.first_workable_date(at(2026, 12, 31, 20, 0), Shanghai, cutoff),
        Err(CalendarError::NotCovered { date: d(2027, 1, 1), covered: (2025, 2026) })
    );
    // A 00:00 cut-off never allows the same day.
    let seven = BusinessCalendar::seven_day();
    assert_eq!(
        seven.first_workable_date(at(2026, 5, 5, 0, 0), Tz::UTC, hm(0, 0)),
        Ok(d(2026, 5, 6))
    );
}

// ---------------------------------------------------------------------------------------------
// Errors.
// ---------------------------------------------------------------------------------------------

fn not_covered<T>(date: NaiveDate) -> Result<T, CalendarError> {
    Err(CalendarError::NotCovered { date, covered: (2025, 2026) })
}

#[test]
fn not_covered_errors() {
    let china = BusinessCalendar::china();
    assert_eq!(china.is_business_day(d(2024, 12, 31)), not_covered(d(2024, 12, 31)));
    assert_eq!(china.day_kind(d(2027, 1, 1)), not_covered(d(2027, 1, 1)));
    assert_eq!(
        china.business_days_between(d(2025, 1, 1), d(2027, 3, 1)),
        not_covered(d(2027, 3, 1))
    );
    assert_eq!(
        china.business_days_between(d(2024, 6, 1), d(2025, 3, 1)),
        not_covered(d(2024, 6, 1))
    );
    // Thursday 2026-12-31 + 1 would be in 2027: the error names 2027-01-01.
    assert_eq!(china.next_business_day(d(2026, 12, 31)), not_covered(d(2027, 1, 1)));
    assert_eq!(china.add_business_days(d(2025, 1, 1), u32::MAX), not_covered(d(2027, 1, 1)));
    assert_eq!(china.add_business_days(d(2024, 12, 31), 0), not_covered(d(2024, 12, 31)));
    // The message carries the date and the covered years.
    let message = china.is_business_day(d(2027, 2, 1)).unwrap_err().to_string();
    assert_eq!(message, "2027-02-01 is outside the years this calendar knows (2025..=2026)");
}

#[test]
fn builder_rejects_contradictions() {
    let date = d(2026, 5, 1);
    let base = || BusinessCalendar::builder("fc").covers(2026..=2026);
    assert_eq!(
        base().holiday(date, "Labour Day").make_up_working_day(date, "Labour Day").build(),
        Err(CalendarBuildError::HolidayAndMakeUpDay { date })
    );
    assert_eq!(
        base().holiday(date, "Labour Day").holiday(date, "May Day").build(),
        Err(CalendarBuildError::DuplicateDay { date })
    );
    assert_eq!(
        base().holiday(d(2027, 1, 1), "New Year").build(),
        Err(CalendarBuildError::DateNotCovered { date: d(2027, 1, 1), covered: (2026, 2026) })
    );
    assert_eq!(
        BusinessCalendar::builder("fc").covers(RangeInclusive::new(2027, 2026)).build(),
        Err(CalendarBuildError::EmptyCoverage { first: 2027, last: 2026 })
    );
    assert!(matches!(
        BusinessCalendar::builder("fc").covers(0..=i32::MAX).build(),
        Err(CalendarBuildError::CoverageOutOfRange { first: 0, last: i32::MAX, .. })
    ));
    assert_eq!(
        BusinessCalendar::builder("fc").holiday(date, "Labour Day").build(),
        Err(CalendarBuildError::MissingCoverage)
    );
    assert_eq!(BusinessCalendar::builder("  ").build(), Err(CalendarBuildError::EmptyName));
    assert_eq!(base().holiday(date, "").build(), Err(CalendarBuildError::EmptyDayName { date }));
    assert_eq!(
        base().rest_days(WeekdaySet::ALL).build(),
        Err(CalendarBuildError::NoWorkingWeekday)
    );
}

// ---------------------------------------------------------------------------------------------
// holiday-cn JSON and serde.
// ---------------------------------------------------------------------------------------------

#[cfg(feature = "serde")]
#[test]
fn holiday_cn_json_shape() {
    // A trimmed holiday-cn 2026.json: `$schema`, `$id` and `papers` are ignored.
    let json = r#"{
        "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
        "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2026.json",
        "year": 2026,
        "papers": ["https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"],
        "days": [
            {"name": "春节", "date": "2026-02-14", "isOffDay": false},
            {"name": "春节", "date": "2026-02-15", "isOffDay": true},
            {"name": "国庆节", "date": "2026-09-20", "isOffDay": false},
            {"name": "国庆节", "date": "2026-10-07", "isOffDay": true}
        ]
    }"#;
    let year: HolidayCnYear = serde_json::from_str(json).unwrap();
    assert_eq!(year.year, 2026);
    assert_eq!(
        year.days[0],
        HolidayCnDay { name: "春节".to_owned(), date: d(2026, 2, 14), is_off_day: false }
    );
    let calendar = BusinessCalendar::from_holiday_cn([year]).unwrap();
    assert_eq!(calendar.day_kind(d(2026, 2, 14)), Ok(DayKind::MakeUpWorkingDay { name: "春节" }));
    assert_eq!(calendar.day_kind(d(2026, 10, 7)), Ok(DayKind::Holiday { name: "国庆节" }));
    assert_eq!(calendar.is_business_day(d(2026, 9, 20)), Ok(true));
    // Bad JSON is a serde error, never a panic.
    assert!(
        serde_json::from_str::<HolidayCnYear>(
            r#"{"year": 2026, "days": [{"date": "2026-02-30"}]}"#
        )
        .is_err()
    );
}

/// The full 2026 holiday-cn data (39 days, as published) agrees with the built-in table.
#[cfg(feature = "serde")]
#[test]
fn holiday_cn_2026_agrees_with_the_built_in_table() {
    let off = [
        ("元旦", "2026-01-01", "2026-01-03"),
        ("春节", "2026-02-15", "2026-02-23"),
        ("清明节", "2026-04-04", "2026-04-06"),
        ("劳动节", "2026-05-01", "2026-05-05"),
        ("端午节", "2026-06-19", "2026-06-21"),
        ("中秋节", "2026-09-25", "2026-09-27"),
        ("国庆节", "2026-10-01", "2026-10-07"),
    ];
    let work = [
        ("元旦", "2026-01-04"),
        ("春节", "2026-02-14"),
        ("春节", "2026-02-28"),
        ("劳动节", "2026-05-09"),
        ("国庆节", "2026-09-20"),
        ("国庆节", "2026-10-10"),
    ];
    let mut entries = Vec::new();
    for (name, first, last) in off {
        for date in days(first.parse().unwrap(), last.parse().unwrap()) {
            entries.push(format!(r#"{{"name":"{name}","date":"{date}","isOffDay":true}}"#));
        }
    }
    for (name, date) in work {
        entries.push(format!(r#"{{"name":"{name}","date":"{date}","isOffDay":false}}"#));
    }
    assert_eq!(entries.len(), 39);
    let json = format!(r#"{{"year":2026,"papers":[],"days":[{}]}}"#, entries.join(","));
    let year: HolidayCnYear = serde_json::from_str(&json).unwrap();
    let from_data = BusinessCalendar::from_holiday_cn([year]).unwrap();
    let built_in = BusinessCalendar::china();
    for date in days(d(2026, 1, 1), d(2026, 12, 31)) {
        assert_eq!(from_data.is_business_day(date), built_in.is_business_day(date), "{date}");
    }
}

#[cfg(feature = "serde")]
#[test]
fn serde_round_trips_and_validates() {
    for calendar in [
        BusinessCalendar::china(),
        BusinessCalendar::united_states_federal(),
        BusinessCalendar::japan(),
        BusinessCalendar::germany(),
        BusinessCalendar::seven_day(),
        BusinessCalendar::weekdays_only(),
    ] {
        let json = serde_json::to_string(&calendar).unwrap();
        let back: BusinessCalendar = serde_json::from_str(&json).unwrap();
        assert_eq!(back, calendar, "{json}");
    }
    let plain = serde_json::to_string(&BusinessCalendar::weekdays_only()).unwrap();
    assert_eq!(plain, r#"{"name":"weekdays-only","rest_days":["Sat","Sun"],"special_days":[]}"#);
    // Deserialization goes through the builder's validation.
    let contradictory = r#"{"name":"x","rest_days":["Sun"],"covered_years":{"first":2026,"last":2026},
        "special_days":[{"date":"2026-05-01","kind":"holiday","name":"A"},
                        {"date":"2026-05-01","kind":"make_up_working_day","name":"A"}]}"#;
    let error = serde_json::from_str::<BusinessCalendar>(contradictory).unwrap_err();
    assert!(
        error.to_string().contains("both as a holiday and as a make-up working day"),
        "{error}"
    );
    let missing = r#"{"name":"x","rest_days":[],"special_days":[{"date":"2026-05-01","kind":"holiday","name":"A"}]}"#;
    assert!(serde_json::from_str::<BusinessCalendar>(missing).is_err());
    let typo = r#"{"name":"x","rest_days":[],"covered_year":{"first":2026,"last":2026}}"#;
    assert!(serde_json::from_str::<BusinessCalendar>(typo).is_err());
}

// ---------------------------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------------------------

/// Reference implementation: walk day by day using `day_kind` (independent of the index).
fn walk_add(calendar: &BusinessCalendar, date: NaiveDate, n: u32) -> Option<NaiveDate> {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        day = day.succ_opt()?;
        if calendar.day_kind(day).ok()?.is_business_day() {
            left -= 1;
        }
    }
    Some(day)
}

fn walk_between(calendar: &BusinessCalendar, a: NaiveDate, b: NaiveDate) -> i64 {
    let (low, high, sign) = if a <= b { (a, b, 1) } else { (b, a, -1) };
    let count = days(low.succ_opt().unwrap(), high)
        .filter(|x| calendar.day_kind(*x).unwrap().is_business_day())
        .count();
    sign * i64::try_from(count).unwrap()
}

fn covered_china_date() -> impl Strategy<Value = NaiveDate> {
    (0_u64..730).prop_map(|offset| d(2025, 1, 1) + Days::new(offset))
}

/// A custom calendar with random rest days and random special days in 2023–2027 (sparse
/// and dense years), covering 2022–2028.
fn custom_calendar() -> impl Strategy<Value = BusinessCalendar> {
    (
        0_u8..127,
        proptest::collection::btree_map((2023_i32..=2027, 0_u64..366), any::<bool>(), 0..40),
    )
        .prop_map(|(rest_bits, special)| {
            let rest: WeekdaySet = [
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sat,
                Weekday::Sun,
            ]
            .into_iter()
            .enumerate()
            .filter(|(i, _)| rest_bits >> i & 1 == 1)
            .map(|(_, day)| day)
            .collect();
            let mut builder =
                BusinessCalendar::builder("random").rest_days(rest).covers(2022..=2028);
            let mut seen = std::collections::BTreeSet::new();
            for ((year, offset), working) in special {
                let date = d(year, 1, 1) + Days::new(offset);
                if date.year() != year || !seen.insert(date) {
                    continue;
                }
                builder = if working {
                    builder.make_up_working_day(date, "swap")
                } else {
                    builder.holiday(date, "holiday")
                };
            }
            builder.build().unwrap()
        })
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
        .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn add_and_between_are_inverse(start in covered_china_date(), n in 0_u32..600) {
        let china = BusinessCalendar::china();
        match china.add_business_days(start, n) {
            Ok(end) => {
                prop_assert_eq!(china.business_days_between(start, end), Ok(i64::from(n)));
                prop_assert_eq!(china.business_days_between(end, start), Ok(-i64::from(n)));
                if n > 0 {
                    prop_assert!(china.is_business_day(end).unwrap());
                }
            }
            Err(error) => {
                prop_assert_eq!(error, CalendarError::NotCovered { date: d(2027, 1, 1), covered: (2025, 2026) });
            }
        }
    }

    #[test]
    fn between_then_add_returns_the_business_day(a in covered_china_date(), b in covered_china_date()) {
        let china = BusinessCalendar::china();
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        if china.is_business_day(high).unwrap() {
            let n = u32::try_from(china.business_days_between(low, high).unwrap()).unwrap();
            prop_assert_eq!(china.add_business_days(low, n), Ok(high));
        }
    }

    #[test]
    fn add_is_monotone(start in covered_china_date(), later in 0_u64..40, n in 0_u32..300) {
        let china = BusinessCalendar::china();
        let other = start + Days::new(later);
        if let (Ok(first), Ok(next)) = (china.add_business_days(start, n), china.add_business_days(start, n + 1)) {
            prop_assert!(first < next, "strictly increasing in n");
        }
        if let (Ok(from_start), Ok(from_later)) = (china.add_business_days(start, n), china.add_business_days(other, n)) {
            prop_assert!(from_start <= from_later, "non-decreasing in the start date");
        }
    }

    #[test]
    fn between_is_additive(a in covered_china_date(), b in covered_china_date(), c in covered_china_date()) {
        let china = BusinessCalendar::china();
        let ab = china.business_days_between(a, b).unwrap();
        let bc = china.business_days_between(b, c).unwrap();
        prop_assert_eq!(china.business_days_between(a, c), Ok(ab + bc));
    }

    #[test]
    fn custom_calendars_agree_with_a_day_by_day_walk(
        calendar in custom_calendar(),
        offset in 0_u64..2_500,
        other in 0_u64..2_500,
        n in 0_u32..1_500,
    ) {
        let start = d(2022, 1, 1) + Days::new(offset);
        let expected = walk_add(&calendar, start, n);
        match calendar.add_business_days(start, n) {
            Ok(end) => prop_assert_eq!(Some(end), expected),
            Err(CalendarError::NotCovered { date, .. }) => {
                prop_assert_eq!(date, d(2029, 1, 1));
                prop_assert!(expected.is_none());
            }
            Err(error) => prop_assert!(false, "unexpected {error:?}"),
        }
        let end = d(2022, 1, 1) + Days::new(other);
        prop_assert_eq!(calendar.business_days_between(start, end), Ok(walk_between(&calendar, start, end)));
        prop_assert_eq!(
            calendar.is_business_day(start),
            Ok(calendar.day_kind(start).unwrap().is_business_day())
        );
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_round_trip(calendar in custom_calendar()) {
        let json = serde_json::to_string(&calendar).unwrap();
        let back: BusinessCalendar = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, calendar);
    }

    #[test]
    fn no_panics_on_any_input(
        date in any_date(),
        other in any_date(),
        n in any::<u32>(),
        seconds in DateTime::<Utc>::MIN_UTC.timestamp()..=DateTime::<Utc>::MAX_UTC.timestamp(),
        cutoff_seconds in 0_u32..86_400,
        zone in prop::sample::select(vec![
            chrono_tz::Asia::Shanghai,
            chrono_tz::America::Los_Angeles,
            chrono_tz::Pacific::Kiritimati,
            chrono_tz::Pacific::Pago_Pago,
        ]),
    ) {
        let instant = DateTime::<Utc>::from_timestamp(seconds, 0).unwrap();
        let cutoff = NaiveTime::from_num_seconds_from_midnight_opt(cutoff_seconds, 0).unwrap();
        for calendar in [BusinessCalendar::china(), BusinessCalendar::seven_day(), BusinessCalendar::weekdays_only()] {
            let _ = calendar.day_kind(date);
            let _ = calendar.is_business_day(date);
            let _ = calendar.add_business_days(date, n);
            let _ = calendar.next_business_day(date);
            let _ = calendar.business_day_on_or_after(date);
            let _ = calendar.business_days_between(date, other);
            let _ = calendar.first_workable_date(instant, zone, cutoff);
        }
    }
}
