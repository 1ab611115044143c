//! The exact propagation of a date distribution through one leg.
//!
//! For a leg counted in business days, every start date `h` rolls to the first business day
//! on or after it (or strictly after it, for a 00:00 cut-off), and a duration of `k` business
//! days from business day number `j` ends on business day number `j + k`. So the leg is a plain
//! discrete convolution *in business-day numbers*: collapse the start masses onto the business
//! day each one rolls to, convolve with the duration masses, and map the business-day numbers
//! back to dates. A leg counted in calendar days rolls the same way and convolves in calendar
//! days. The business days are found by one walk over the dates the leg touches, with the
//! calendar's O(1) [`is_business_day`](crate::calendar::BusinessCalendar::is_business_day).
//!
//! Arithmetic: start masses and duration masses are at most 2³¹ each and each set adds up to
//! 2³¹, so every product and every sum of products fits in a `u64` (at most 2⁶²). The sums are
//! rounded back to units of 2⁻³¹ by rounding the running total up
//! ([`round_products`](super::transit::round_products)): each cumulative value is the ceiling of
//! the exact one and the total stays exactly 2³¹.

use chrono::{Days, NaiveDate};

use super::error::EstimateError;
use super::plan::LegPlan;
use super::transit::{TransitTime, round_products};
use super::window::DateDistribution;
use crate::warehouse::DayUnit;

/// The longest run of consecutive non-business days a walk accepts before giving up.
const MAX_GAP_DAYS: u32 = 1_000;

/// Buffers reused from leg to leg.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// Offsets (days after the start distribution's first date) of the business days found.
    business: Vec<u32>,
    /// Start mass collapsed onto business-day numbers.
    collapsed: Vec<u64>,
    /// Sums of products, before rounding.
    sums: Vec<u64>,
}

/// Walks the calendar of `leg` from `first`, one day at a time.
struct Walk<'a> {
    index: usize,
    leg: &'a LegPlan,
    date: NaiveDate,
    offset: u32,
    /// Consecutive non-business days up to and including `date`.
    gap: u32,
}

impl Walk<'_> {
    /// Is the current date a business day? Also keeps count of the gap.
    fn is_business_day(&mut self) -> Result<bool, EstimateError> {
        let business = self
            .leg
            .calendar()
            .is_business_day(self.date)
            .map_err(|source| EstimateError::Calendar { leg: self.index, source })?;
        self.gap = if business { 0 } else { self.gap + 1 };
        Ok(business)
    }

    fn step(&mut self) -> Result<(), EstimateError> {
        if self.gap > MAX_GAP_DAYS {
            return Err(EstimateError::NoBusinessDay {
                leg: self.index,
                from: self.date,
                days: MAX_GAP_DAYS,
            });
        }
        self.date =
            self.date.succ_opt().ok_or(EstimateError::DateOutOfRange { leg: self.index })?;
        self.offset += 1;
        Ok(())
    }
}

/// The end-date distribution of leg `index` (`leg`, with duration `transit`) for parcels
/// received on the dates of `start`.
pub(crate) fn advance(
    index: usize,
    leg: &LegPlan,
    transit: &TransitTime,
    start: &DateDistribution,
    same_day: bool,
    scratch: &mut Scratch,
) -> Result<DateDistribution, EstimateError> {
    let Scratch { business, collapsed, sums } = scratch;
    let mut walk = Walk { index, leg, date: start.first(), offset: 0, gap: 0 };
    let (first_j, last_j) = collapse(&mut walk, start, same_day, business, collapsed)?;
    let durations = transit.masses();
    let min = usize::from(transit.min_days());
    let spread = durations.len().saturating_sub(1);
    let calendar_days = leg.unit() == DayUnit::CalendarDays;
    let needed = if calendar_days { last_j + 1 } else { last_j + min + spread + 1 };
    while business.len() < needed {
        walk.step()?;
        if walk.is_business_day()? {
            business.push(walk.offset);
        }
    }
    let live = collapsed.get(first_j..=last_j).unwrap_or_default();
    let out_of_range = EstimateError::DateOutOfRange { leg: index };
    let (first_offset, masses) = if calendar_days {
        by_calendar_days(business, first_j, last_j, live, durations, min, sums)
    } else {
        by_business_days(business, first_j, last_j, live, durations, min, sums)
    }
    .ok_or_else(|| out_of_range.clone())?;
    let first = start
        .first()
        .checked_add_days(Days::new(u64::from(first_offset)))
        .ok_or_else(|| out_of_range.clone())?;
    DateDistribution::from_parts(first, masses).ok_or(out_of_range)
}

/// Walks the start dates once: records the business days among them (as offsets) and adds
/// each start mass to the business-day number it rolls to. Returns the first and last number
/// that received mass.
fn collapse(
    walk: &mut Walk<'_>,
    start: &DateDistribution,
    same_day: bool,
    business: &mut Vec<u32>,
    collapsed: &mut Vec<u64>,
) -> Result<(usize, usize), EstimateError> {
    business.clear();
    collapsed.clear();
    let mut first_j = usize::MAX;
    let mut last_j = 0_usize;
    for (i, mass) in start.masses().iter().enumerate() {
        if i > 0 {
            walk.step()?;
        }
        let business_day = walk.is_business_day()?;
        // Same day: a business day is its own number, a rest day rolls to the next one (which
        // gets the number `business.len()` too). Never the same day: the next business day.
        let j = if same_day || !business_day { business.len() } else { business.len() + 1 };
        if business_day {
            business.push(walk.offset);
        }
        if *mass > 0 {
            if collapsed.len() <= j {
                collapsed.resize(j + 1, 0);
            }
            if let Some(slot) = collapsed.get_mut(j) {
                *slot += u64::from(*mass);
            }
            first_j = first_j.min(j);
            last_j = j;
        }
    }
    if first_j == usize::MAX {
        return Err(EstimateError::DateOutOfRange { leg: walk.index });
    }
    Ok((first_j, last_j))
}

/// Convolution in business-day numbers; returns the first offset and the masses by date.
fn by_business_days(
    business: &[u32],
    first_j: usize,
    last_j: usize,
    live: &[u64],
    durations: &[u32],
    min: usize,
    sums: &mut Vec<u64>,
) -> Option<(u32, Vec<u32>)> {
    sums.clear();
    sums.resize(last_j - first_j + durations.len(), 0);
    for (row_start, a) in live.iter().enumerate() {
        if *a == 0 {
            continue;
        }
        if let Some(row) = sums.get_mut(row_start..) {
            for (slot, q) in row.iter_mut().zip(durations) {
                *slot += *a * u64::from(*q);
            }
        }
    }
    let rounded = round_products(sums);
    let first_number = first_j + min;
    let first_offset = *business.get(first_number)?;
    let last_offset = *business.get(first_number + rounded.len().checked_sub(1)?)?;
    let mut out = vec![0_u32; usize::try_from(last_offset - first_offset).ok()? + 1];
    let numbers = business.get(first_number..)?;
    for (offset, mass) in numbers.iter().zip(&rounded) {
        if let Some(slot) = out.get_mut(usize::try_from(offset - first_offset).ok()?) {
            *slot = *mass;
        }
    }
    Some((first_offset, out))
}

/// Convolution in calendar days after rolling to business days; returns the first offset and
/// the masses by date.
fn by_calendar_days(
    business: &[u32],
    first_j: usize,
    last_j: usize,
    live: &[u64],
    durations: &[u32],
    min: usize,
    sums: &mut Vec<u64>,
) -> Option<(u32, Vec<u32>)> {
    let first_offset = *business.get(first_j)?;
    let last_offset = *business.get(last_j)?;
    sums.clear();
    sums.resize(usize::try_from(last_offset - first_offset).ok()? + durations.len(), 0);
    let rolled = business.get(first_j..=last_j)?;
    for (offset, a) in rolled.iter().zip(live) {
        if *a == 0 {
            continue;
        }
        let shift = usize::try_from(offset - first_offset).ok()?;
        if let Some(row) = sums.get_mut(shift..) {
            for (slot, q) in row.iter_mut().zip(durations) {
                *slot += *a * u64::from(*q);
            }
        }
    }
    Some((first_offset + u32::try_from(min).ok()?, round_products(sums)))
}

/// The end date of leg `index` for a parcel received on `received` with a duration of
/// `days`, by the calendar's own functions (for the naive range and as a cross-check).
pub(crate) fn advance_date(
    index: usize,
    leg: &LegPlan,
    received: NaiveDate,
    same_day: bool,
    days: u16,
) -> Result<NaiveDate, EstimateError> {
    let calendar = leg.calendar();
    let calendar_error = |source| EstimateError::Calendar { leg: index, source };
    let start = if same_day && calendar.is_business_day(received).map_err(calendar_error)? {
        received
    } else {
        calendar.next_business_day(received).map_err(calendar_error)?
    };
    match leg.unit() {
        DayUnit::CalendarDays => start
            .checked_add_days(Days::new(u64::from(days)))
            .ok_or(EstimateError::DateOutOfRange { leg: index }),
        _ => calendar.add_business_days(start, u32::from(days)).map_err(calendar_error),
    }
}
