//! Business-day arithmetic on the China calendar against a naive day-by-day loop.
#![allow(missing_docs)]

use std::collections::HashSet;
use std::hint::black_box;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use crossborder::calendar::{BusinessCalendar, DayKind};

/// The plainest possible calendar: two hash sets and a weekend test, walked day by day.
struct Baseline {
    holidays: HashSet<NaiveDate>,
    make_up: HashSet<NaiveDate>,
}

impl Baseline {
    fn new(calendar: &BusinessCalendar) -> Self {
        let mut holidays = HashSet::new();
        let mut make_up = HashSet::new();
        for (date, kind) in calendar.special_days() {
            match kind {
                DayKind::MakeUpWorkingDay { .. } => make_up.insert(date),
                _ => holidays.insert(date),
            };
        }
        Self { holidays, make_up }
    }

    fn is_business_day(&self, date: NaiveDate) -> bool {
        self.make_up.contains(&date)
            || (!matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
                && !self.holidays.contains(&date))
    }

    fn add(&self, date: NaiveDate, n: u32) -> Option<NaiveDate> {
        let mut day = date;
        let mut left = n;
        while left > 0 {
            day = day.succ_opt()?;
            if self.is_business_day(day) {
                left -= 1;
            }
        }
        Some(day)
    }

    fn between(&self, start: NaiveDate, end: NaiveDate) -> i64 {
        let mut count = 0;
        let mut day = start;
        while day < end {
            let Some(next) = day.succ_opt() else { break };
            day = next;
            if self.is_business_day(day) {
                count += 1;
            }
        }
        count
    }
}

/// Folds every result into one number so that no call can be skipped.
fn checksum(acc: i64, date: NaiveDate) -> i64 {
    acc + i64::from(date.num_days_from_ce())
}

/// Every third day of 2025: 122 start dates (n = 200 from the last one stays inside 2026).
fn starts() -> Vec<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2025, 1, 1);
    (0..122_u64).filter_map(|i| first?.checked_add_days(Days::new(3 * i))).collect()
}

fn add_business_days(c: &mut Criterion) {
    let china = BusinessCalendar::china();
    let baseline = Baseline::new(&china);
    let starts = starts();
    let mut group = c.benchmark_group("add_business_days (122 starts)");
    for n in [1_u32, 10, 200] {
        group.bench_with_input(BenchmarkId::new("crossborder", n), &n, |b, &n| {
            b.iter(|| {
                starts
                    .iter()
                    .filter_map(|&d| china.add_business_days(black_box(d), n).ok())
                    .fold(0, checksum)
            });
        });
        group.bench_with_input(BenchmarkId::new("naive loop", n), &n, |b, &n| {
            b.iter(|| {
                starts.iter().filter_map(|&d| baseline.add(black_box(d), n)).fold(0, checksum)
            });
        });
    }
    group.finish();
}

fn business_days_between(c: &mut Criterion) {
    let china = BusinessCalendar::china();
    let baseline = Baseline::new(&china);
    let pairs: Vec<(NaiveDate, NaiveDate)> = starts()
        .into_iter()
        .filter_map(|d| Some((d, d.checked_add_days(Days::new(365))?)))
        .collect();
    let mut group = c.benchmark_group("business_days_between one year (122 pairs)");
    group.bench_function("crossborder", |b| {
        b.iter(|| {
            pairs
                .iter()
                .filter_map(|&(s, e)| china.business_days_between(black_box(s), black_box(e)).ok())
                .sum::<i64>()
        });
    });
    group.bench_function("naive loop", |b| {
        b.iter(|| {
            pairs.iter().map(|&(s, e)| baseline.between(black_box(s), black_box(e))).sum::<i64>()
        });
    });
    group.finish();
}

criterion_group!(benches, add_business_days, business_days_between);
criterion_main!(benches);
