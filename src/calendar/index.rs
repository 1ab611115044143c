//! Precomputed business-day ranks, so that queries do not walk day by day.
//!
//! Every day gets a *day number*: `0` is 0001-01-01 (a Monday in the proleptic Gregorian
//! calendar that chrono uses), so `day_number.rem_euclid(7)` is the weekday counted from Monday.
//!
//! The *rank* of a day is the number of business days from a fixed origin up to and including
//! that day (it may be negative before the origin; only differences matter). Then
//! "business days in (a, b]" is `rank(b) - rank(a)`, and "the n-th business day after d" is the
//! first day whose rank is `rank(d) + n`.
//!
//! Outside the years that carry special days the calendar is a pure weekly pattern, whose rank is
//! a closed formula (`per_week * weeks + prefix[remainder]`) and whose inverse is one division.
//! Each year that carries special days gets a 366-bit set (`[u64; 6]`) of its business days plus
//! the running per-word counts, so a rank inside it is one popcount and its inverse is a word
//! scan plus a select within one word. A step that ends in the same year (the common case of
//! "next business day") scans forward from the start's word instead, without ranks.
//!
//! Arithmetic: day numbers lie within chrono's range (about ±9.6·10⁷) and offsets come from a
//! `u32`, so every sum below stays far inside `i64`.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Weekday, WeekdaySet};

/// Number of `u64` words per year (6 × 64 = 384 ≥ 366 days).
const WORDS: usize = 6;

/// Weekdays from Monday, matching `day_number.rem_euclid(7)`.
const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The precomputed lookup structure of one calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Index {
    /// `working[w]`: is weekday `w` (0 = Monday) a working day in the weekly pattern?
    working: [bool; 7],
    /// Working weekdays per week.
    per_week: i64,
    /// `prefix[k]`: working weekdays among the first `k` days of a week (Monday first).
    prefix: [i64; 8],
    /// `nth[r]`: the weekday (0 = Monday) of the `r`-th working weekday (0-based).
    nth: [i64; 7],
    /// Years that carry special days, ascending.
    years: Vec<YearBits>,
}

/// One year's business days as a bit set, with the ranks around it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct YearBits {
    year: i32,
    /// Day number of 1 January.
    jan1: i64,
    /// Bit `o` set ⇔ the day with `ordinal0 == o` is a business day.
    bits: [u64; WORDS],
    /// `before_word[w]`: business days in words `0..w`.
    before_word: [i64; WORDS],
    /// Rank of 31 December of the previous year.
    rank_before: i64,
    /// Business days in this year.
    count: i64,
    /// Rank minus weekly-pattern count in effect after this year, until the next indexed year.
    adj_after: i64,
}

impl Index {
    /// Builds the index from the weekly rest days and the special days (`true` = working).
    pub(super) fn new(rest_days: WeekdaySet, special: &BTreeMap<NaiveDate, bool>) -> Self {
        let mut working = [false; 7];
        for (slot, day) in working.iter_mut().zip(WEEK) {
            *slot = !rest_days.contains(day);
        }
        let mut prefix = [0_i64; 8];
        let mut nth = [0_i64; 7];
        let mut count = 0_i64;
        for (w, &work) in (0_i64..).zip(working.iter()) {
            if work {
                if let Some(slot) = usize::try_from(count).ok().and_then(|c| nth.get_mut(c)) {
                    *slot = w;
                }
                count += 1;
            }
            if let Some(slot) = usize::try_from(w + 1).ok().and_then(|k| prefix.get_mut(k)) {
                *slot = count;
            }
        }
        let mut index = Self { working, per_week: count, prefix, nth, years: Vec::new() };

        let mut adj = 0_i64;
        let mut days = special.iter().peekable();
        while let Some(&(&first, _)) = days.peek() {
            let year = first.year();
            let jan1 = jan1_day_number(year);
            let len = year_len(year);
            let mut bits = [0_u64; WORDS];
            for o in 0..len {
                if index.pattern_working(jan1 + i64::from(o)) {
                    set_bit(&mut bits, o, true);
                }
            }
            while let Some((&date, &is_working)) = days.next_if(|(d, _)| d.year() == year) {
                set_bit(&mut bits, date.ordinal0(), is_working);
            }
            let mut before_word = [0_i64; WORDS];
            let mut running = 0_i64;
            for (slot, word) in before_word.iter_mut().zip(bits) {
                *slot = running;
                running += i64::from(word.count_ones());
            }
            let rank_before = index.pattern_count_before(jan1) + adj;
            adj = rank_before + running - index.pattern_count_before(jan1 + i64::from(len));
            index.years.push(YearBits {
                year,
                jan1,
                bits,
                before_word,
                rank_before,
                count: running,
                adj_after: adj,
            });
        }
        index
    }

    /// Is the day a business day? O(1) for the usual contiguous run of indexed years.
    pub(super) fn is_business_day(&self, date: NaiveDate) -> bool {
        match self.entry(date.year()) {
            Some(year) => year.bit(date.ordinal0()),
            None => self.pattern_working(day_number(date)),
        }
    }

    /// Business days from the origin up to and including `date`.
    pub(super) fn rank(&self, date: NaiveDate) -> i64 {
        match self.entry(date.year()) {
            Some(year) => year.rank_before + year.count_through(date.ordinal0()),
            None => self.pattern_count_before(day_number(date) + 1) + self.adj_before(date.year()),
        }
    }

    /// The `n`-th business day strictly after `date` (`n ≥ 1`), or `None` when it would lie
    /// outside chrono's range (or the pattern has no working weekday).
    pub(super) fn nth_after(&self, date: NaiveDate, n: u32) -> Option<NaiveDate> {
        // Fast path: the answer lies later in the same indexed year.
        if let Some(bits) = self.entry(date.year())
            && let Some(ordinal0) = bits.nth_after_in_year(date.ordinal0(), n)
        {
            return date.with_ordinal0(ordinal0);
        }
        let target = self.rank(date) + i64::from(n);
        let mut year = date.year();
        loop {
            if let Some(bits) = self.entry(year) {
                // rank(date) ≥ rank_before, and we only move on while this year's last rank is
                // below the target, so `k ≥ 1` here.
                let k = target - bits.rank_before;
                if k <= bits.count {
                    let ordinal0 = bits.select(k)?;
                    return NaiveDate::from_yo_opt(year, ordinal0.checked_add(1)?);
                }
                year = year.checked_add(1)?;
                continue;
            }
            // A run of plain-pattern years up to the next indexed year (exclusive).
            let day = self.pattern_nth(target - self.adj_before(year))?;
            let next = self.years.partition_point(|y| y.year <= year);
            match self.years.get(next) {
                Some(next) if day >= next.jan1 => year = next.year,
                _ => return date_from_day_number(day),
            }
        }
    }

    fn entry(&self, year: i32) -> Option<&YearBits> {
        let first = self.years.first()?;
        let last = self.years.last()?;
        if year < first.year || year > last.year {
            return None;
        }
        // Dense case (consecutive years): direct offset. Sparse case: binary search.
        let offset = usize::try_from(i64::from(year) - i64::from(first.year)).ok()?;
        match self.years.get(offset) {
            Some(bits) if bits.year == year => Some(bits),
            _ => self
                .years
                .binary_search_by_key(&year, |y| y.year)
                .ok()
                .and_then(|i| self.years.get(i)),
        }
    }

    /// Rank minus pattern count for a year that is not indexed.
    fn adj_before(&self, year: i32) -> i64 {
        let i = self.years.partition_point(|y| y.year < year);
        i.checked_sub(1).and_then(|i| self.years.get(i)).map_or(0, |y| y.adj_after)
    }

    fn pattern_working(&self, day: i64) -> bool {
        usize::try_from(day.rem_euclid(7))
            .ok()
            .and_then(|w| self.working.get(w))
            .copied()
            .unwrap_or(false)
    }

    /// Working days of the weekly pattern in `[0, day)` (negative before day 0).
    fn pattern_count_before(&self, day: i64) -> i64 {
        let rem = usize::try_from(day.rem_euclid(7)).ok().and_then(|r| self.prefix.get(r)).copied();
        self.per_week * day.div_euclid(7) + rem.unwrap_or(0)
    }

    /// The day whose pattern rank (`pattern_count_before(day + 1)`) first reaches `t`.
    fn pattern_nth(&self, t: i64) -> Option<i64> {
        let before = t - 1;
        let week = before.checked_div_euclid(self.per_week)?;
        let r = usize::try_from(before.checked_rem_euclid(self.per_week)?).ok()?;
        Some(7 * week + self.nth.get(r)?)
    }
}

impl YearBits {
    fn bit(&self, ordinal0: u32) -> bool {
        let (word, bit) = split(ordinal0);
        self.bits.get(word).is_some_and(|w| w >> bit & 1 == 1)
    }

    /// Business days from 1 January through `ordinal0` inclusive.
    fn count_through(&self, ordinal0: u32) -> i64 {
        let (word, bit) = split(ordinal0);
        let mask = if bit >= 63 { u64::MAX } else { (1_u64 << (bit + 1)) - 1 };
        let before = self.before_word.get(word).copied().unwrap_or(0);
        let within = self.bits.get(word).map_or(0, |w| (w & mask).count_ones());
        before + i64::from(within)
    }

    /// The `ordinal0` of the `k`-th (1-based) business day of the year.
    fn select(&self, k: i64) -> Option<u32> {
        // The last word with fewer than `k` business days before it holds the answer.
        let w = self.before_word.iter().rposition(|&before| before < k)?;
        let within = u32::try_from(k - self.before_word.get(w)?).ok()?;
        Some(u32::try_from(w).ok()? * 64 + select_in_word(*self.bits.get(w)?, within)?)
    }

    /// The `ordinal0` of the `n`-th business day after `ordinal0` in this year, if the year
    /// has that many left (`n ≥ 1`).
    fn nth_after_in_year(&self, ordinal0: u32, n: u32) -> Option<u32> {
        let (first_word, bit) = split(ordinal0);
        let mut left = n;
        // Bits strictly above `bit` in the first word, then whole words.
        let above = if bit >= 63 { 0 } else { u64::MAX << (bit + 1) };
        let mut mask = above;
        for (w, &word) in (0_u32..).zip(self.bits.iter()).skip(first_word) {
            let candidates = word & mask;
            mask = u64::MAX;
            let ones = candidates.count_ones();
            if left <= ones {
                return Some(w * 64 + select_in_word(candidates, left)?);
            }
            left -= ones;
        }
        None
    }
}

/// Position of the `k`-th (1-based) set bit of `word`.
fn select_in_word(mut word: u64, mut k: u32) -> Option<u32> {
    if k == 0 || k > word.count_ones() {
        return None;
    }
    if k <= 8 {
        // Clear the lowest set bit k − 1 times.
        for _ in 1..k {
            word &= word - 1;
        }
        return Some(word.trailing_zeros());
    }
    // By halving.
    let mut pos = 0_u32;
    for width in [32_u32, 16, 8, 4, 2, 1] {
        let low_mask = (1_u64 << width) - 1;
        let low = (word & low_mask).count_ones();
        if k > low {
            k -= low;
            word >>= width;
            pos += width;
        } else {
            word &= low_mask;
        }
    }
    Some(pos)
}

fn split(ordinal0: u32) -> (usize, u32) {
    (usize::try_from(ordinal0 / 64).unwrap_or(usize::MAX), ordinal0 % 64)
}

fn set_bit(bits: &mut [u64; WORDS], ordinal0: u32, value: bool) {
    let (word, bit) = split(ordinal0);
    if let Some(w) = bits.get_mut(word) {
        if value {
            *w |= 1 << bit;
        } else {
            *w &= !(1 << bit);
        }
    }
}

/// Day number of a date: 0 is 0001-01-01 (a Monday).
pub(super) fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - 1
}

fn date_from_day_number(day: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(day + 1).ok()?)
}

/// Day number of 1 January of `year` in the proleptic Gregorian calendar.
fn jan1_day_number(year: i32) -> i64 {
    let y = i64::from(year) - 1;
    365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)
}

fn year_len(year: i32) -> u32 {
    let leap = year.rem_euclid(4) == 0 && (year.rem_euclid(100) != 0 || year.rem_euclid(400) == 0);
    if leap { 366 } else { 365 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Days;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn day_zero_is_a_monday_and_formulas_match_chrono() {
        assert_eq!(day_number(d(1, 1, 1)), 0);
        assert_eq!(d(1, 1, 1).weekday(), Weekday::Mon);
        for year in
            [-262_143, -401, -400, -101, -4, -1, 0, 1, 2, 4, 100, 1900, 2000, 2024, 2025, 262_142]
        {
            let jan1 = NaiveDate::from_yo_opt(year, 1).unwrap();
            assert_eq!(jan1_day_number(year), day_number(jan1), "year {year}");
            let len = if jan1.leap_year() { 366 } else { 365 };
            assert_eq!(year_len(year), len, "year {year}");
            let wd = usize::try_from(day_number(jan1).rem_euclid(7)).unwrap();
            assert_eq!(WEEK[wd], jan1.weekday(), "year {year}");
        }
    }

    #[test]
    fn select_in_word_finds_each_set_bit() {
        let word =
            0b1011_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0101_u64;
        let positions: Vec<u32> =
            (1..=word.count_ones()).map(|k| select_in_word(word, k).unwrap()).collect();
        assert_eq!(positions, vec![0, 2, 60, 61, 63]);
        assert_eq!(select_in_word(word, 0), None);
        assert_eq!(select_in_word(word, 6), None);
        assert_eq!(select_in_word(u64::MAX, 64), Some(63));
        // Both strategies (k ≤ 8: clear lowest bits; k > 8: halving) against a plain scan.
        for word in [u64::MAX, 0x8000_0000_0000_0001, 0xDEAD_BEEF_0BAD_F00D, 0x5555_5555_5555_5555]
        {
            let set: Vec<u32> = (0..64).filter(|i| word >> i & 1 == 1).collect();
            for (k, &expected) in (1_u32..).zip(set.iter()) {
                assert_eq!(select_in_word(word, k), Some(expected), "{word:#x} k={k}");
            }
        }
    }

    /// Reference: walk day by day.
    fn naive_nth_after(index: &Index, date: NaiveDate, n: u32) -> NaiveDate {
        let mut day = date;
        let mut left = n;
        while left > 0 {
            day = day.checked_add_days(Days::new(1)).unwrap();
            if index.is_business_day(day) {
                left -= 1;
            }
        }
        day
    }

    #[test]
    fn sparse_years_agree_with_a_day_by_day_walk() {
        // Special days in 2020, 2023 and 2024 (sparse, then dense), weekend Fri + Sat.
        let mut special = BTreeMap::new();
        special.insert(d(2020, 12, 31), false);
        special.insert(d(2023, 1, 6), true); // a Friday made a working day
        special.insert(d(2023, 6, 1), false);
        special.insert(d(2024, 2, 29), false);
        special.insert(d(2024, 12, 31), false);
        let index = Index::new(WeekdaySet::from_array([Weekday::Fri, Weekday::Sat]), &special);
        assert!(!index.is_business_day(d(2020, 12, 31)));
        assert!(index.is_business_day(d(2023, 1, 6)));
        assert!(!index.is_business_day(d(2023, 1, 13)));
        let start = d(2019, 12, 1);
        for offset in (0..2_000).step_by(7) {
            let from = start.checked_add_days(Days::new(offset)).unwrap();
            for n in [1, 2, 5, 30, 250, 700] {
                let expected = naive_nth_after(&index, from, n);
                assert_eq!(index.nth_after(from, n), Some(expected), "{from} + {n}");
                assert_eq!(index.rank(expected) - index.rank(from), i64::from(n));
            }
        }
    }
}
