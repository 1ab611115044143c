//! Delivery windows: estimates around 春节 and 国庆 2026 worked out by hand from the State
//! Council notices; a seeded simulation of parcels — its own generator and its own day-by-day
//! walk over an independent calendar oracle (`chinese_holiday`, a hand-written US federal
//! list) — that checks calibration, the Monte Carlo agreement and the naive bounds; re-estimation,
//! holds, learning and scoring against the same simulation; typed errors; invariants.
// Helpers below may unwrap: clippy's `allow-unwrap-in-tests` only sees `cfg(test)` modules.
#![cfg(test)]

use std::sync::OnceLock;

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use crossborder::calendar::{BusinessCalendar, CalendarError};
use crossborder::eta::{
    DistributionError, EstimateError, FitError, FitOptions, Learner, LegFit, LegPlan, Plan,
    PlanError, Probability, Progress, ScoreError, Scorecard, TransitTime, Window, WindowScores,
    crps, pinball_loss,
};
use crossborder::warehouse::DayUnit;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn utc(y: i32, m: u32, day: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, day, h, 0, 0).unwrap()
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn p(text: &str) -> Probability {
    text.parse().unwrap()
}

const SHANGHAI: Tz = chrono_tz::Asia::Shanghai;
const LOS_ANGELES: Tz = chrono_tz::America::Los_Angeles;

// ---------------------------------------------------------------------------------------------
// Hand-worked estimates. Sources: 国办发明电〔2025〕7号 (2026: 春节 15–23 February off, Saturday
// 14 and Saturday 28 February worked; 国庆 1–7 October off, Sunday 20 September and Saturday
// 10 October worked); US: 5 U.S.C. 6103 (Monday 16 February 2026 Washington's Birthday).
// ---------------------------------------------------------------------------------------------

fn customs(transit: TransitTime) -> LegPlan {
    LegPlan::business_days("customs", BusinessCalendar::china(), SHANGHAI, hm(16, 0), transit)
        .unwrap()
}

fn courier(transit: TransitTime) -> LegPlan {
    LegPlan::calendar_days(
        "SF Express",
        BusinessCalendar::seven_day(),
        SHANGHAI,
        hm(20, 0),
        transit,
    )
    .unwrap()
}

#[test]
fn spring_festival_stretches_the_customs_leg() {
    // At customs on Friday 2026-02-13 at 10:00 Beijing time (before the 16:00 cut-off), 1–3
    // business days, 1/3 each: Sat 14 (worked), then Tue 24 and Wed 25 after the break.
    let plan = Plan::try_new(vec![customs(TransitTime::uniform(1, 3).unwrap())]).unwrap();
    let arrival = plan.estimate(utc(2026, 2, 13, 2)).unwrap().arrival().clone();
    assert_eq!(arrival.first(), d(2026, 2, 14));
    assert_eq!(arrival.last(), d(2026, 2, 25));
    for date in [d(2026, 2, 14), d(2026, 2, 24), d(2026, 2, 25)] {
        assert_eq!(arrival.probability(date).to_string(), "0.333333333", "{date}");
    }
    for date in d(2026, 2, 15).iter_days().take(9) {
        assert_eq!(arrival.probability(date), Probability::ZERO, "{date}");
    }
    // 80%: the conservative window is all three dates (probability 1); two dates (2/3) are
    // closer to 0.8, and of the two pairs the later one wins: 24–25 February.
    assert_eq!(arrival.conservative_window(p("0.8")).to_string(), "2026-02-14 – 2026-02-25");
    assert_eq!(arrival.window(p("0.8")).to_string(), "2026-02-24 – 2026-02-25");
    // 30%: a single date (1/3) is closest; candidates 14 Feb … 24 Feb around the quantiles
    // P(Y < a) ≤ 0.35 → a = 24 Feb, P(Y ≤ b) ≥ 0.65 → b = 24 Feb.
    assert_eq!(arrival.window(p("0.3")).to_string(), "2026-02-24 – 2026-02-24");
    assert_eq!(arrival.promise_date(p("0.6")), d(2026, 2, 24));
}

#[test]
fn national_day_and_make_up_saturday() {
    // At customs on Wednesday 2026-09-30 10:00, 1–3 business days: Thu 8, Fri 9 and Saturday
    // 10 October (worked). Then SF Express, 1 or 2 calendar days with 1/2 each.
    let plan = Plan::try_new(vec![
        customs(TransitTime::uniform(1, 3).unwrap()),
        courier(TransitTime::uniform(1, 2).unwrap()),
    ])
    .unwrap();
    let estimate = plan.estimate(utc(2026, 9, 30, 2)).unwrap();
    let customs_end = estimate.legs()[0].end();
    assert_eq!((customs_end.first(), customs_end.last()), (d(2026, 10, 8), d(2026, 10, 10)));
    // Delivery: 9 Oct 1/6, 10 Oct 1/3, 11 Oct 1/3, 12 Oct 1/6.
    let arrival = estimate.arrival();
    let got: Vec<(NaiveDate, String)> = arrival.iter().map(|(d, p)| (d, p.to_string())).collect();
    assert_eq!(
        got,
        [
            (d(2026, 10, 9), "0.166666667".to_string()),
            (d(2026, 10, 10), "0.333333333".to_string()),
            (d(2026, 10, 11), "0.333333333".to_string()),
            (d(2026, 10, 12), "0.166666667".to_string()),
        ]
    );
    // Two dates tie for the mode; the earlier one is reported.
    assert_eq!(estimate.most_likely(), d(2026, 10, 10));
    // The naive "add the days" answer without the break would be 2–5 October.
    assert_eq!(plan.naive_range(utc(2026, 9, 30, 2)).unwrap(), (d(2026, 10, 9), d(2026, 10, 12)));
}

#[test]
fn us_cut_off_and_washingtons_birthday() {
    // Friday 2026-02-13 15:00 PST (after the 14:00 cut-off); Monday 16 February is
    // Washington's Birthday, so the order is received Tuesday 17; one business day of
    // handling ships Wednesday 18.
    let fc = LegPlan::business_days(
        "ONT8",
        BusinessCalendar::united_states_federal(),
        LOS_ANGELES,
        hm(14, 0),
        TransitTime::fixed(1).unwrap(),
    )
    .unwrap();
    let plan = Plan::try_new(vec![fc]).unwrap();
    let arrival = plan.estimate(utc(2026, 2, 13, 23)).unwrap().arrival().clone();
    assert_eq!((arrival.first(), arrival.last()), (d(2026, 2, 18), d(2026, 2, 18)));
}

#[test]
fn midnight_cut_off_never_starts_on_the_day_of_arrival() {
    // A later leg with a 00:00 cut-off: the parcel that reaches it on Thursday 2026-03-05
    // starts Friday 6; with 0 days it ends that day. With a 16:00 cut-off it ends Thursday.
    let handover = courier(TransitTime::fixed(0).unwrap());
    let never = LegPlan::business_days(
        "bonded clearance",
        BusinessCalendar::china(),
        SHANGHAI,
        NaiveTime::MIN,
        TransitTime::fixed(0).unwrap(),
    )
    .unwrap();
    let plan = Plan::try_new(vec![handover.clone(), never]).unwrap();
    let ordered = utc(2026, 3, 5, 2); // 10:00 Thursday in Shanghai
    assert_eq!(plan.estimate(ordered).unwrap().most_likely(), d(2026, 3, 6));
    let plan = Plan::try_new(vec![handover, customs(TransitTime::fixed(0).unwrap())]).unwrap();
    assert_eq!(plan.estimate(ordered).unwrap().most_likely(), d(2026, 3, 5));
}

#[test]
fn calendar_day_leg_on_a_business_calendar_starts_on_a_business_day() {
    // China Post EMS counted in calendar days but accepting parcels on Chinese business days:
    // handed over on Sunday 2026-02-15 (春节), it starts Tuesday 24 and takes 2 days: 26th.
    let handover = courier(TransitTime::fixed(0).unwrap());
    let ems = LegPlan::calendar_days(
        "EMS",
        BusinessCalendar::china(),
        SHANGHAI,
        hm(17, 0),
        TransitTime::fixed(2).unwrap(),
    )
    .unwrap();
    let plan = Plan::try_new(vec![handover, ems]).unwrap();
    assert_eq!(plan.estimate(utc(2026, 2, 15, 2)).unwrap().most_likely(), d(2026, 2, 26));
}

#[test]
fn reestimation_conditions_and_holds_widen() {
    let plan = Plan::try_new(vec![
        customs(TransitTime::uniform(1, 4).unwrap()),
        courier(TransitTime::fixed(1).unwrap()),
    ])
    .unwrap();
    // At customs Monday 2026-03-02 09:00 Beijing. Fresh: customs ends 3–6 March.
    let arrived = utc(2026, 3, 2, 1);
    let fresh = plan.re_estimate(&Progress::new(0, arrived, arrived)).unwrap();
    assert_eq!(fresh, plan.estimate(arrived).unwrap());
    // Friday 6 March, still there: it ends today.
    let friday = plan.re_estimate(&Progress::new(0, arrived, utc(2026, 3, 6, 1))).unwrap();
    assert_eq!(friday.arrival().first(), d(2026, 3, 7));
    assert_eq!(friday.arrival().last(), d(2026, 3, 7));
    // Monday 9 March, still there: the distribution says it cannot be.
    assert_eq!(
        plan.re_estimate(&Progress::new(0, arrived, utc(2026, 3, 9, 1))),
        Err(EstimateError::Overdue { leg: 0, latest: d(2026, 3, 6), today: d(2026, 3, 9) })
    );
    // A hold of 2–4 more business days (1/3 each) widens it: customs 1–4 + 2–4 = 3–8 business
    // days from Monday 2 March: Thu 5 … Thu 12; delivery 6–13 March.
    let held = Progress::new(0, arrived, utc(2026, 3, 6, 1))
        .with_hold(TransitTime::uniform(2, 4).unwrap());
    let with_hold = plan.re_estimate(&held).unwrap();
    assert_eq!(with_hold.arrival().first(), d(2026, 3, 7)); // today (Fri 6) or later, +1
    assert_eq!(with_hold.arrival().last(), d(2026, 3, 13));
    assert!(with_hold.window(p("0.8")).width_days() > friday.window(p("0.8")).width_days());
    // Hand-over to SF on Wednesday 4 March: only SF remains.
    let on_sf =
        plan.re_estimate(&Progress::new(1, utc(2026, 3, 4, 6), utc(2026, 3, 4, 7))).unwrap();
    assert_eq!(on_sf.legs().len(), 1);
    assert_eq!(on_sf.legs()[0].leg(), 1);
    assert_eq!(on_sf.most_likely(), d(2026, 3, 5));
}

// ---------------------------------------------------------------------------------------------
// Typed errors for unknown years and impossible inputs.
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_years_are_typed_errors() {
    let plan = Plan::try_new(vec![
        customs(TransitTime::uniform(1, 5).unwrap()),
        courier(TransitTime::fixed(1).unwrap()),
    ])
    .unwrap();
    assert_eq!(
        plan.estimate(utc(2027, 3, 1, 2)),
        Err(EstimateError::Calendar {
            leg: 0,
            source: CalendarError::NotCovered { date: d(2027, 3, 1), covered: (2025, 2026) }
        })
    );
    // Inside 2026 but the walk runs into 2027.
    assert!(matches!(
        plan.estimate(utc(2026, 12, 30, 2)),
        Err(EstimateError::Calendar { leg: 0, source: CalendarError::NotCovered { .. } })
    ));
    assert!(matches!(
        plan.naive_range(utc(2024, 6, 1, 2)),
        Err(EstimateError::Calendar { leg: 0, .. })
    ));
}

#[test]
fn impossible_inputs_are_typed_errors() {
    assert_eq!(Plan::try_new(Vec::new()), Err(PlanError::NoLegs));
    let leg = customs(TransitTime::fixed(1).unwrap());
    assert_eq!(
        Plan::try_new(vec![leg.clone(); 65]),
        Err(PlanError::TooManyLegs { legs: 65, max: 64 })
    );
    let mk = |label: &str| {
        LegPlan::business_days(
            label,
            BusinessCalendar::china(),
            SHANGHAI,
            hm(16, 0),
            TransitTime::fixed(1).unwrap(),
        )
    };
    assert_eq!(mk(""), Err(PlanError::EmptyLabel));
    assert_eq!(mk(" customs"), Err(PlanError::LabelNotClean { label: " customs".into() }));
    assert_eq!(mk("a\u{7}b"), Err(PlanError::LabelNotClean { label: "a\u{7}b".into() }));
    assert_eq!(mk(&"x".repeat(65)), Err(PlanError::LabelTooLong { len: 65, max: 64 }));
    let plan = Plan::try_new(vec![leg]).unwrap();
    let t = utc(2026, 3, 2, 1);
    assert_eq!(
        plan.re_estimate(&Progress::new(1, t, t)),
        Err(EstimateError::LegOutOfRange { leg: 1, legs: 1 })
    );
    let earlier = utc(2026, 3, 1, 1);
    assert_eq!(
        plan.re_estimate(&Progress::new(0, t, earlier)),
        Err(EstimateError::NowBeforeStart { started: t, now: earlier })
    );
    let long = TransitTime::uniform(300, 366).unwrap();
    assert_eq!(
        plan.re_estimate(&Progress::new(0, t, t).with_hold(long)),
        Err(EstimateError::Hold {
            leg: 0,
            source: DistributionError::TooLong { days: 367, limit: 366 }
        })
    );
    assert_eq!(
        TransitTime::triangular(2, 5, 4),
        Err(DistributionError::ModeOutsideRange { min: 2, mode: 5, max: 4 })
    );
    assert_eq!(
        TransitTime::triangular(5, 5, 4),
        Err(DistributionError::MinAboveMax { min: 5, max: 4 })
    );
    assert_eq!(
        Window::try_new(d(2026, 3, 9), d(2026, 3, 3), p("0.8")),
        Err(crossborder::eta::WindowError::Inverted { from: d(2026, 3, 9), to: d(2026, 3, 3) })
    );
    assert_eq!(pinball_loss(&[], Probability::HALF), Err(ScoreError::Empty));
    assert_eq!(
        plan.leg_durations(&[Some(t)]),
        Err(FitError::MilestoneCount { expected: 2, got: 1 })
    );
    assert_eq!(
        plan.leg_durations(&[Some(t), Some(earlier)]),
        Err(FitError::EndsBeforeStart { leg: 0, start: t, end: earlier })
    );
}

// ---------------------------------------------------------------------------------------------
// The simulation. Its generator (SplitMix64), its calendars (the `chinese_holiday` oracle and a
// hand-written US federal list) and its day-by-day walk share nothing with the estimator but the
// leg rules of `LegPlan`'s documentation and the integer weights of each leg.
// ---------------------------------------------------------------------------------------------

/// SplitMix64 (Steele, Lea & Flood 2014).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (Lemire's multiply-shift; bias below 2⁻⁵⁰ for these `n`).
    fn below(&mut self, n: u64) -> u64 {
        u64::try_from((u128::from(self.next()) * u128::from(n)) >> 64).unwrap()
    }

    /// A duration drawn from integer weights starting at `first`.
    fn draw(&mut self, first: u16, weights: &[u64]) -> u16 {
        let mut r = self.below(weights.iter().sum());
        for (k, w) in (first..).zip(weights) {
            if r < *w {
                return k;
            }
            r -= w;
        }
        unreachable!("weights exhausted")
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Cal {
    China,
    UsFederal,
    Germany,
    Seven,
}

/// The first day of the oracle tables.
fn table_start() -> NaiveDate {
    d(2025, 12, 1)
}

/// Working days of China from the `chinese_holiday` oracle (it panics after 2026-12-25).
fn china_table() -> &'static Vec<bool> {
    static TABLE: OnceLock<Vec<bool>> = OnceLock::new();
    TABLE.get_or_init(|| {
        table_start()
            .iter_days()
            .take_while(|x| *x <= d(2026, 12, 25))
            .map(|x| {
                let ymd = (
                    u16::try_from(x.year()).unwrap(),
                    u8::try_from(x.month()).unwrap(),
                    u8::try_from(x.day()).unwrap(),
                );
                chinese_holiday::chinese_holiday(ymd).is_workday()
            })
            .collect()
    })
}

/// US federal holidays 2025-12 … 2026 (11th Circuit list; 5 U.S.C. 6103).
const US_HOLIDAYS: [(i32, u32, u32); 12] = [
    (2025, 12, 25),
    (2026, 1, 1),
    (2026, 1, 19),
    (2026, 2, 16),
    (2026, 5, 25),
    (2026, 6, 19),
    (2026, 7, 3),
    (2026, 9, 7),
    (2026, 10, 12),
    (2026, 11, 11),
    (2026, 11, 26),
    (2026, 12, 25),
];

/// Holidays common to all German Länder 2025-12 … 2026 (Easter Sunday 2026-04-05).
const DE_HOLIDAYS: [(i32, u32, u32); 11] = [
    (2025, 12, 25),
    (2025, 12, 26),
    (2026, 1, 1),
    (2026, 4, 3),
    (2026, 4, 6),
    (2026, 5, 1),
    (2026, 5, 14),
    (2026, 5, 25),
    (2026, 10, 3),
    (2026, 12, 25),
    (2026, 12, 26),
];

fn works(cal: Cal, date: NaiveDate) -> bool {
    match cal {
        Cal::Seven => true,
        Cal::Germany => {
            !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
                && !DE_HOLIDAYS.iter().any(|(y, m, day)| d(*y, *m, *day) == date)
        }
        Cal::UsFederal => {
            !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
                && !US_HOLIDAYS.iter().any(|(y, m, day)| d(*y, *m, *day) == date)
        }
        Cal::China => {
            let i = usize::try_from((date - table_start()).num_days()).unwrap();
            china_table()[i]
        }
    }
}

fn next_work(cal: Cal, mut date: NaiveDate) -> NaiveDate {
    loop {
        date = date.succ_opt().unwrap();
        if works(cal, date) {
            return date;
        }
    }
}

/// One leg of a simulated route: the true weights and the leg's rules.
#[derive(Clone, Debug)]
struct SimLeg {
    label: &'static str,
    cal: Cal,
    tz: Tz,
    cutoff: NaiveTime,
    business: bool,
    first: u16,
    weights: Vec<u64>,
}

impl SimLeg {
    fn max(&self) -> u16 {
        self.first + u16::try_from(self.weights.len()).unwrap() - 1
    }

    fn plan(&self) -> LegPlan {
        let calendar = match self.cal {
            Cal::China => BusinessCalendar::china(),
            Cal::UsFederal => BusinessCalendar::united_states_federal(),
            Cal::Germany => BusinessCalendar::germany(),
            Cal::Seven => BusinessCalendar::seven_day(),
        };
        let unit = if self.business { DayUnit::BusinessDays } else { DayUnit::CalendarDays };
        let transit = TransitTime::from_weights(self.first, &self.weights).unwrap();
        LegPlan::try_new(self.label, calendar, self.tz, self.cutoff, unit, transit).unwrap()
    }

    /// Start date for the first leg (an instant) — the local date if a working day before the
    /// cut-off, else the next working day.
    fn start_at(&self, instant: DateTime<Utc>) -> NaiveDate {
        let local = instant.with_timezone(&self.tz);
        let date = local.date_naive();
        if local.time() < self.cutoff && works(self.cal, date) {
            date
        } else {
            next_work(self.cal, date)
        }
    }

    /// Start date for a later leg receiving the parcel on `date`.
    fn start_on(&self, date: NaiveDate) -> NaiveDate {
        if self.cutoff != NaiveTime::MIN && works(self.cal, date) {
            date
        } else {
            next_work(self.cal, date)
        }
    }

    fn end(&self, start: NaiveDate, k: u16) -> NaiveDate {
        if self.business {
            let mut date = start;
            for _ in 0..k {
                date = next_work(self.cal, date);
            }
            date
        } else {
            start + Days::new(u64::from(k))
        }
    }
}

fn route_air() -> Vec<SimLeg> {
    vec![
        SimLeg {
            label: "ONT8",
            cal: Cal::UsFederal,
            tz: LOS_ANGELES,
            cutoff: hm(14, 0),
            business: true,
            first: 0,
            weights: vec![3, 5, 2],
        },
        SimLeg {
            label: "LAX → PVG",
            cal: Cal::Seven,
            tz: LOS_ANGELES,
            cutoff: hm(18, 0),
            business: false,
            first: 2,
            weights: vec![2, 5, 4, 2, 1],
        },
        SimLeg {
            label: "PVG customs",
            cal: Cal::China,
            tz: SHANGHAI,
            cutoff: hm(16, 0),
            business: true,
            first: 1,
            weights: vec![5, 4, 2, 1, 1],
        },
        SimLeg {
            label: "SF Express",
            cal: Cal::Seven,
            tz: SHANGHAI,
            cutoff: hm(20, 0),
            business: false,
            first: 1,
            weights: vec![6, 3, 1],
        },
    ]
}

fn route_bonded() -> Vec<SimLeg> {
    vec![
        SimLeg {
            label: "NGB bonded warehouse",
            cal: Cal::China,
            tz: SHANGHAI,
            cutoff: hm(16, 0),
            business: true,
            first: 0,
            weights: vec![4, 4, 2],
        },
        SimLeg {
            label: "bonded clearance",
            cal: Cal::China,
            tz: SHANGHAI,
            cutoff: NaiveTime::MIN,
            business: true,
            first: 0,
            weights: vec![5, 3, 2],
        },
        SimLeg {
            label: "ZTO",
            cal: Cal::Seven,
            tz: SHANGHAI,
            cutoff: hm(18, 30),
            business: false,
            first: 1,
            weights: vec![3, 4, 2, 1],
        },
    ]
}

fn route_postal() -> Vec<SimLeg> {
    vec![
        SimLeg {
            label: "LAX post office",
            cal: Cal::UsFederal,
            tz: LOS_ANGELES,
            cutoff: hm(17, 0),
            business: true,
            first: 0,
            weights: vec![1, 1],
        },
        SimLeg {
            label: "Priority Mail International",
            cal: Cal::UsFederal,
            tz: LOS_ANGELES,
            cutoff: hm(17, 0),
            business: true,
            first: 6,
            weights: vec![1, 2, 3, 2, 1],
        },
        SimLeg {
            label: "Shanghai mail customs",
            cal: Cal::China,
            tz: SHANGHAI,
            cutoff: hm(16, 0),
            business: true,
            first: 1,
            weights: vec![2, 4, 3, 2, 1, 1],
        },
        SimLeg {
            label: "China Post EMS",
            cal: Cal::China,
            tz: SHANGHAI,
            cutoff: hm(17, 0),
            business: false,
            first: 1,
            weights: vec![2, 4, 3, 1],
        },
    ]
}

fn route_germany() -> Vec<SimLeg> {
    let berlin = chrono_tz::Europe::Berlin;
    vec![
        SimLeg {
            label: "DHL Paketshop",
            cal: Cal::Germany,
            tz: berlin,
            cutoff: hm(17, 0),
            business: true,
            first: 0,
            weights: vec![3, 1],
        },
        SimLeg {
            label: "DHL Paket International",
            cal: Cal::Germany,
            tz: berlin,
            cutoff: hm(17, 0),
            business: true,
            first: 12,
            weights: vec![1, 2, 3, 4, 4, 3, 2, 2, 1, 1],
        },
        SimLeg {
            label: "Beijing mail customs",
            cal: Cal::China,
            tz: SHANGHAI,
            cutoff: hm(16, 0),
            business: true,
            first: 1,
            weights: vec![3, 4, 3, 2, 1],
        },
        SimLeg {
            label: "China Post",
            cal: Cal::China,
            tz: SHANGHAI,
            cutoff: hm(17, 0),
            business: false,
            first: 1,
            weights: vec![2, 4, 3, 1],
        },
    ]
}

fn routes() -> Vec<(Vec<SimLeg>, Plan)> {
    [route_air(), route_bonded(), route_postal(), route_germany()]
        .into_iter()
        .map(|legs| {
            let plan = Plan::try_new(legs.iter().map(SimLeg::plan).collect()).unwrap();
            (legs, plan)
        })
        .collect()
}

/// One simulated parcel: the end date of each leg.
fn simulate(legs: &[SimLeg], ordered: DateTime<Utc>, rng: &mut Rng) -> Vec<NaiveDate> {
    let mut ends = Vec::with_capacity(legs.len());
    for (i, leg) in legs.iter().enumerate() {
        let start = if i == 0 { leg.start_at(ordered) } else { leg.start_on(ends[i - 1]) };
        let k = rng.draw(leg.first, &leg.weights);
        ends.push(leg.end(start, k));
    }
    ends
}

/// The naive range by the simulator's own walk: every leg at its minimum, then its maximum.
fn naive(legs: &[SimLeg], ordered: DateTime<Utc>) -> (NaiveDate, NaiveDate) {
    let walk = |pick: &dyn Fn(&SimLeg) -> u16| {
        let mut end = None;
        for (i, leg) in legs.iter().enumerate() {
            let start = match end {
                None => leg.start_at(ordered),
                Some(prev) => leg.start_on(prev),
            };
            let _ = i;
            end = Some(leg.end(start, pick(leg)));
        }
        end.unwrap()
    };
    (walk(&|l: &SimLeg| l.first), walk(&|l: &SimLeg| l.max()))
}

/// An order instant, uniform over 2026-01-20 … 2026-02-28 (春节) or 2026-09-10 … 2026-10-20
/// (Mid-Autumn and 国庆).
fn random_order(rng: &mut Rng) -> DateTime<Utc> {
    let (start, days) =
        if rng.below(2) == 0 { (utc(2026, 1, 20, 0), 39) } else { (utc(2026, 9, 10, 0), 40) };
    let seconds = rng.below(days * 86_400);
    start + chrono::Duration::seconds(i64::try_from(seconds).unwrap())
}

#[derive(Default)]
struct Tally {
    n: u64,
    cover80: u64,
    cover95: u64,
    conservative80: u64,
    width80: i64,
    narrower: u64,
    /// Per route: parcels, covered by the 80% window, and the sum of the windows' own
    /// probabilities (billionths).
    routes: [(u64, u64, u64); 4],
}

/// The simulation of `parcels` parcels: calibration of the 80% and 95% windows, windows
/// inside the naive range and strictly narrower than it.
fn run_simulation(parcels: u64, seed: u64) -> Tally {
    let routes = routes();
    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    for _ in 0..parcels {
        let route = usize::try_from(rng.below(4)).unwrap();
        let (legs, plan) = &routes[route];
        let ordered = random_order(&mut rng);
        let actual = *simulate(legs, ordered, &mut rng).last().unwrap();
        let estimate = plan.estimate(ordered).unwrap();
        let w80 = estimate.window(p("0.8"));
        let tally_route = &mut tally.routes[route];
        tally_route.0 += 1;
        tally_route.1 += u64::from(w80.contains(actual));
        tally_route.2 +=
            u64::from(estimate.arrival().probability_between(w80.from(), w80.to()).ppb());
        let w95 = estimate.window(p("0.95"));
        let c80 = estimate.conservative_window(p("0.8"));
        let (lo, hi) = naive(legs, ordered);
        assert_eq!(plan.naive_range(ordered).unwrap(), (lo, hi), "{ordered}");
        for w in [w80, w95, c80, estimate.conservative_window(p("0.95"))] {
            assert!(lo <= w.from() && w.to() <= hi, "{w} outside {lo}..{hi} for {ordered}");
        }
        assert!(lo <= actual && actual <= hi, "{actual} outside {lo}..{hi}");
        let naive_width = (hi - lo).num_days();
        if w80.width_days() < naive_width && w95.width_days() < naive_width {
            tally.narrower += 1;
        }
        tally.n += 1;
        tally.cover80 += u64::from(w80.contains(actual));
        tally.cover95 += u64::from(w95.contains(actual));
        tally.conservative80 += u64::from(c80.contains(actual));
        tally.width80 += w80.width_days();
    }
    tally
}

// Statistics of the tests are f64; these helpers hold all their float arithmetic.

#[allow(clippy::float_arithmetic)] // a test statistic
fn share(count: u64, n: u64) -> f64 {
    f64::from(u32::try_from(count).unwrap()) / f64::from(u32::try_from(n).unwrap())
}

/// `|value − target| ≤ tolerance`.
#[allow(clippy::float_arithmetic)] // a test statistic
fn within(value: f64, target: f64, tolerance: f64) -> bool {
    (value - target).abs() <= tolerance
}

/// `|frequency − probability| ≤ k` standard errors of a proportion over `n` trials (with a
/// floor of 10⁻⁴ for probabilities near 0 or 1).
#[allow(clippy::float_arithmetic)] // a test statistic
fn within_se(frequency: f64, probability: f64, n: u64, k: f64) -> bool {
    let n = f64::from(u32::try_from(n).unwrap());
    let se = (probability * (1.0 - probability) / n).sqrt().max(1e-4);
    (frequency - probability).abs() <= k * se
}

/// Total-variation distance between two leg distributions.
#[allow(clippy::float_arithmetic)] // a test statistic
fn total_variation(a: &TransitTime, b: &TransitTime) -> f64 {
    let days = 0..=a.max_days().max(b.max_days());
    days.map(|k| (a.probability(k).as_f64() - b.probability(k).as_f64()).abs()).sum::<f64>() / 2.0
}

#[test]
fn simulation_windows_are_calibrated_and_narrower_than_naive() {
    let parcels = 24_000;
    let tally = run_simulation(parcels, 0x5EED_2026);
    let c80 = share(tally.cover80, tally.n);
    let c95 = share(tally.cover95, tally.n);
    let conservative = share(tally.conservative80, tally.n);
    println!(
        "coverage 80%: {c80:.4}, 95%: {c95:.4}, conservative 80%: {conservative:.4}, \
         mean width 80%: {:.2} days",
        share(u64::try_from(tally.width80).unwrap(), tally.n)
    );
    assert!(within(c80, 0.80, 0.02), "80% windows cover {c80}");
    assert!(within(c95, 0.95, 0.01), "95% windows cover {c95}");
    assert!(conservative >= 0.80, "conservative windows cover {conservative}");
    // Every window of every parcel is strictly narrower than the naive range.
    assert_eq!(tally.narrower, tally.n);
    // Per route, the share of parcels inside their window matches the probability the
    // estimate gives its windows, to sampling error (4 standard errors). Coarse routes'
    // windows hold more or less than 80% (whole dates), and their coverage follows.
    for (route, (n, covered, content)) in tally.routes.iter().enumerate() {
        let coverage = share(*covered, *n);
        let claimed =
            Probability::try_from_ppb(u32::try_from(content / n).unwrap()).unwrap().as_f64();
        println!(
            "route {route}: {n} parcels, coverage {coverage:.4}, window probability {claimed:.4}"
        );
        assert!(within_se(coverage, claimed, *n, 4.0), "route {route}: {coverage} vs {claimed}");
    }
}

#[test]
#[ignore = "large variant (200,000 parcels); run with --ignored in release"]
fn simulation_large() {
    let tally = run_simulation(200_000, 0xB16_5EED);
    let c80 = share(tally.cover80, tally.n);
    let c95 = share(tally.cover95, tally.n);
    println!("coverage 80%: {c80:.4}, 95%: {c95:.4}");
    assert!(within(c80, 0.80, 0.02), "80% windows cover {c80}");
    assert!(within(c95, 0.95, 0.01), "95% windows cover {c95}");
}

/// The empirical `level`-quantile of sorted samples: the smallest value with at least
/// `level·n` samples at or below it.
fn empirical_quantile(sorted: &[NaiveDate], level: Probability) -> NaiveDate {
    let n = u64::try_from(sorted.len()).unwrap();
    let rank = (u64::from(level.ppb()) * n).div_ceil(1_000_000_000).max(1);
    sorted[usize::try_from(rank - 1).unwrap()]
}

#[test]
fn quantiles_agree_with_a_100000_sample_monte_carlo() {
    let routes = routes();
    let mut rng = Rng(0x00C0_FFEE);
    // Orders that cross 春节 (air, Thursday 5 February; postal, Monday 26 January) and 国庆
    // (bonded, Tuesday 29 September).
    let cases = [(0, utc(2026, 2, 5, 18)), (2, utc(2026, 1, 26, 18)), (1, utc(2026, 9, 29, 3))];
    let levels = ["0.025", "0.05", "0.1", "0.25", "0.5", "0.75", "0.9", "0.95", "0.975"];
    for (route, ordered) in cases {
        let (legs, plan) = &routes[route];
        let estimate = plan.estimate(ordered).unwrap();
        let mut samples: Vec<NaiveDate> =
            (0..100_000).map(|_| *simulate(legs, ordered, &mut rng).last().unwrap()).collect();
        samples.sort_unstable();
        for level in levels {
            let exact = estimate.arrival().quantile(p(level));
            let monte_carlo = empirical_quantile(&samples, p(level));
            let gap = (exact - monte_carlo).num_days().abs();
            assert!(
                gap <= 1,
                "route {route} {ordered} q{level}: exact {exact}, Monte Carlo {monte_carlo}"
            );
        }
        // And the probabilities of each date agree to sampling error (4.5 standard errors).
        for (date, probability) in estimate.arrival().iter() {
            let count = samples.iter().filter(|x| **x == date).count();
            let freq = share(u64::try_from(count).unwrap(), 100_000);
            let prob = probability.as_f64();
            assert!(within_se(freq, prob, 100_000, 4.5), "{date}: {freq} vs {prob}");
        }
    }
}

#[test]
fn reestimates_in_customs_are_calibrated_and_narrower() {
    // Parcels of the air route, looked at on a random day while they are at customs.
    let routes = routes();
    let (legs, plan) = &routes[0];
    let mut rng = Rng(0xC057_0135);
    let mut n = 0_u64;
    let mut covered = 0_u64;
    let mut narrower_or_equal = 0_u64;
    while n < 6_000 {
        let ordered = random_order(&mut rng);
        let ends = simulate(legs, ordered, &mut rng);
        // The parcel reaches customs on ends[1] (Shanghai date); hand-over scan at 08:00.
        let handed = SHANGHAI
            .from_local_datetime(&ends[1].and_time(hm(8, 0)))
            .single()
            .unwrap()
            .with_timezone(&Utc);
        // Look at a random day from the hand-over to 6 days later, at 09:00 Beijing time.
        let look = ends[1] + Days::new(rng.below(7));
        let now = SHANGHAI
            .from_local_datetime(&look.and_time(hm(9, 0)))
            .single()
            .unwrap()
            .with_timezone(&Utc);
        if ends[2] < look {
            continue; // already released: not in customs at `now`
        }
        let later = plan.re_estimate(&Progress::new(2, handed, now)).unwrap();
        let fresh = plan.estimate(ordered).unwrap();
        let w = later.window(p("0.8"));
        n += 1;
        covered += u64::from(w.contains(ends[3]));
        narrower_or_equal += u64::from(w.width_days() <= fresh.window(p("0.8")).width_days());
    }
    let coverage = share(covered, n);
    println!("re-estimate coverage 80%: {coverage:.4}");
    assert!(within(coverage, 0.80, 0.025), "{coverage}");
    assert!(share(narrower_or_equal, n) > 0.95);
}

#[test]
fn holds_are_calibrated() {
    // Customs holds on the bonded route: the clearance leg plus a hold of 1–6 business days
    // (weights 1, 2, 3, 3, 2, 1), looked at on the day the hold is reported.
    let routes = routes();
    let (legs, plan) = &routes[1];
    let hold_weights = [1_u64, 2, 3, 3, 2, 1];
    let hold = TransitTime::from_weights(1, &hold_weights).unwrap();
    let mut rng = Rng(0x401D);
    let mut n = 0_u64;
    let mut covered = 0_u64;
    for _ in 0..4_000 {
        let ordered = random_order(&mut rng);
        let ends = simulate(legs, ordered, &mut rng);
        // Re-simulate clearance with the hold: start as the leg rule says, normal + hold days.
        let clearance = &legs[1];
        let start = clearance.start_on(ends[0]);
        let k = rng.draw(clearance.first, &clearance.weights) + rng.draw(1, &hold_weights);
        let released = clearance.end(start, k);
        let delivered =
            legs[2].end(legs[2].start_on(released), rng.draw(legs[2].first, &legs[2].weights));
        let handed = SHANGHAI
            .from_local_datetime(&ends[0].and_time(hm(19, 0)))
            .single()
            .unwrap()
            .with_timezone(&Utc);
        let progress = Progress::new(1, handed, handed).with_hold(hold.clone());
        let estimate = plan.re_estimate(&progress).unwrap();
        n += 1;
        covered += u64::from(estimate.window(p("0.8")).contains(delivered));
    }
    let coverage = share(covered, n);
    println!("hold coverage 80%: {coverage:.4}");
    assert!(within(coverage, 0.80, 0.03), "{coverage}");
}

#[test]
fn learning_recovers_the_legs_and_stays_calibrated() {
    let routes = routes();
    let (legs, truth) = &routes[0];
    // A deliberately wrong prior: every leg uniform over 0..=8 in its unit.
    let prior = Plan::try_new(
        truth
            .legs()
            .iter()
            .map(|l| l.clone().with_transit(TransitTime::uniform(0, 8).unwrap()))
            .collect(),
    )
    .unwrap();
    let mut rng = Rng(0x1EA2);
    let mut learner = Learner::new(&prior);
    for _ in 0..3_000 {
        let ordered = random_order(&mut rng);
        let ends = simulate(legs, ordered, &mut rng);
        // Scans at 23:30 local time of the node receiving the parcel (Shanghai after the
        // flight; Los Angeles for the hand-over to the airline), so a same-day hand-over
        // still comes after the order.
        let zones = [LOS_ANGELES, SHANGHAI, SHANGHAI, SHANGHAI];
        let mut milestones = vec![Some(ordered)];
        for (end, tz) in ends.iter().zip(zones) {
            milestones.push(Some(
                tz.from_local_datetime(&end.and_time(hm(23, 30)))
                    .single()
                    .unwrap()
                    .with_timezone(&Utc),
            ));
        }
        assert_eq!(learner.observe(&prior, &milestones).unwrap(), 4);
    }
    let options = FitOptions::default().with_pseudo_count_milli(100).with_extension(0, 0);
    let (fitted, report) = learner.fit(&prior, &options).unwrap();
    assert_eq!(report, vec![LegFit::Fitted { samples: 3_000 }; 4]);
    // Each fitted leg is within total-variation distance 0.05 of the truth.
    for (fit, truth) in fitted.legs().iter().zip(truth.legs()) {
        let tv = total_variation(fit.transit(), truth.transit());
        assert!(tv < 0.05, "{}: total variation {tv}", truth.label());
    }
    // And its windows stay calibrated on fresh parcels.
    let mut covered = 0_u64;
    for _ in 0..3_000 {
        let ordered = random_order(&mut rng);
        let actual = *simulate(legs, ordered, &mut rng).last().unwrap();
        covered += u64::from(fitted.estimate(ordered).unwrap().window(p("0.8")).contains(actual));
    }
    let coverage = share(covered, 3_000);
    assert!(within(coverage, 0.80, 0.03), "{coverage}");
}

#[test]
fn leg_durations_reproduce_the_simulated_durations() {
    let routes = routes();
    let mut rng = Rng(0xD0_2A7);
    for (legs, plan) in &routes {
        for _ in 0..300 {
            let ordered = random_order(&mut rng);
            // Draw and keep the durations, then rebuild the end dates.
            let mut ends: Vec<NaiveDate> = Vec::new();
            let mut ks = Vec::new();
            for (i, leg) in legs.iter().enumerate() {
                let start = if i == 0 { leg.start_at(ordered) } else { leg.start_on(ends[i - 1]) };
                let k = rng.draw(leg.first, &leg.weights);
                ks.push(Some(k));
                ends.push(leg.end(start, k));
            }
            let mut milestones = vec![Some(ordered)];
            for (i, end) in ends.iter().enumerate() {
                let tz = legs.get(i + 1).unwrap_or(&legs[i]).tz;
                milestones.push(Some(
                    tz.from_local_datetime(&end.and_time(hm(23, 30)))
                        .single()
                        .unwrap()
                        .with_timezone(&Utc),
                ));
            }
            assert_eq!(plan.leg_durations(&milestones).unwrap(), ks, "{ordered}");
        }
    }
}

#[test]
fn scores_of_the_simulation_beat_the_naive_window() {
    let routes = routes();
    let mut rng = Rng(0x0005_C02E);
    let taus = [p("0.1"), Probability::HALF, p("0.9")];
    let mut card = Scorecard::new(p("0.8"), &taus).unwrap();
    let mut naive_pairs = Vec::new();
    let mut exact_pairs = Vec::new();
    for _ in 0..2_000 {
        let (legs, plan) = &routes[usize::try_from(rng.below(4)).unwrap()];
        let ordered = random_order(&mut rng);
        let actual = *simulate(legs, ordered, &mut rng).last().unwrap();
        let estimate = plan.estimate(ordered).unwrap();
        card.add(estimate.arrival(), actual);
        let (lo, hi) = plan.naive_range(ordered).unwrap();
        naive_pairs.push((Window::try_new(lo, hi, p("0.8")).unwrap(), actual));
        exact_pairs.push((estimate.window(p("0.8")), actual));
    }
    let exact = card.windows().unwrap();
    assert_eq!(exact, WindowScores::score(&exact_pairs).unwrap());
    let naive = WindowScores::score(&naive_pairs).unwrap();
    assert_eq!(naive.covered(), naive.count());
    assert!(exact.mean_width_days() < naive.mean_width_days());
    assert!(exact.interval_score() < naive.interval_score());
    // Pinball losses are positive and smallest near the median's side of the tails only in
    // aggregate; CRPS lies between 0 and the mean naive width.
    for (_, loss) in card.pinball().unwrap() {
        assert!(loss.is_sign_positive() && loss.is_normal());
    }
    let crps_mean = card.crps().unwrap();
    assert!(crps_mean > 0.0 && crps_mean < naive.mean_width_days());
}

// ---------------------------------------------------------------------------------------------
// Scores worked by hand.
// ---------------------------------------------------------------------------------------------

#[test]
fn scores_by_hand() {
    let level = p("0.9");
    let w = Window::try_new(d(2026, 12, 3), d(2026, 12, 9), level).unwrap();
    // Early by 2 days: width 6 + (2/0.1)·2 = 46; inside: 6; late by 1: 6 + 20 = 26. Mean 26.
    let scores =
        WindowScores::score(&[(w, d(2026, 12, 1)), (w, d(2026, 12, 5)), (w, d(2026, 12, 10))])
            .unwrap();
    assert!(within(scores.interval_score(), 26.0, 1e-12));
    assert_eq!(scores.covered(), 1);
    assert!(within(scores.below_rate(), share(1, 3), 1e-12));
    assert!(within(scores.above_rate(), share(1, 3), 1e-12));
    assert!(within(scores.mean_width_days(), 6.0, 1e-12));
    // Pinball τ = 0.5 is half the absolute error: |5 − 3|/2 = 1 and |5 − 9|/2 = 2 → mean 1.5.
    let loss = pinball_loss(
        &[(d(2026, 12, 3), d(2026, 12, 5)), (d(2026, 12, 9), d(2026, 12, 5))],
        Probability::HALF,
    )
    .unwrap();
    assert!(within(loss, 1.5, 1e-12));
    // CRPS of a uniform 1–4 days from Monday 11 May (12–15 May) at 14 May:
    // k = 12: (0.25 − 0)², 13: (0.5 − 0)², 14: (0.75 − 1)², 15: (1 − 1)² → 0.0625 + 0.25 + 0.0625.
    let plan = Plan::try_new(vec![courier(TransitTime::uniform(1, 4).unwrap())]).unwrap();
    let forecast = plan.estimate(utc(2026, 5, 11, 2)).unwrap();
    assert!(within(crps(forecast.arrival(), d(2026, 5, 14)), 0.375, 1e-12));
}

// ---------------------------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------------------------

fn arb_probability() -> impl Strategy<Value = Probability> {
    (0_u32..=1_000_000_000).prop_map(|ppb| Probability::try_from_ppb(ppb).unwrap())
}

fn arb_transit() -> impl Strategy<Value = TransitTime> {
    (0_u16..6, proptest::collection::vec(0_u64..20, 1..8))
        .prop_filter_map("some weight", |(first, w)| TransitTime::from_weights(first, &w).ok())
}

fn arb_leg() -> impl Strategy<Value = LegPlan> {
    (0_usize..4, any::<bool>(), 0_u32..24, arb_transit()).prop_map(
        |(cal, business, hour, transit)| {
            let (calendar, tz) = match cal {
                0 => (BusinessCalendar::china(), SHANGHAI),
                1 => (BusinessCalendar::united_states_federal(), LOS_ANGELES),
                2 => (BusinessCalendar::japan(), chrono_tz::Asia::Tokyo),
                _ => (BusinessCalendar::seven_day(), chrono_tz::Europe::Berlin),
            };
            let unit = if business { DayUnit::BusinessDays } else { DayUnit::CalendarDays };
            LegPlan::try_new("leg", calendar, tz, hm(hour, 0), unit, transit).unwrap()
        },
    )
}

fn arb_instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 2024-07-01 … 2027-06-30: inside and outside the calendars' years.
    (0_i64..(365 * 3 * 86_400)).prop_map(|s| utc(2024, 7, 1, 0) + chrono::Duration::seconds(s))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn probability_text_round_trips(q in arb_probability()) {
        prop_assert_eq!(q.to_string().parse::<Probability>(), Ok(q));
        prop_assert_eq!(Probability::try_from(q.to_string().as_str()), Ok(q));
    }

    #[test]
    fn probability_parsing_never_panics(text in "\\PC{0,16}") {
        let _ = text.parse::<Probability>();
    }

    #[test]
    fn weights_give_exact_totals(first in 0_u16..400, weights in proptest::collection::vec(any::<u64>(), 0..12)) {
        match TransitTime::from_weights(first, &weights) {
            Ok(t) => {
                let total: u64 = t.masses().iter().map(|m| u64::from(*m)).sum();
                prop_assert_eq!(total, 1 << 31);
                prop_assert!(t.max_days() <= TransitTime::MAX_DAYS);
                prop_assert!(t.min_days() >= first);
                prop_assert_eq!(t.cumulative(t.max_days()), Probability::ONE);
            }
            Err(e) => {
                let expected = matches!(
                    e,
                    DistributionError::NoWeights
                        | DistributionError::ZeroTotal
                        | DistributionError::TooLong { .. }
                );
                prop_assert!(expected, "{:?}", e);
            }
        }
    }

    #[test]
    fn triangular_and_quantile_inputs_never_panic(a in 0_u16..400, b in 0_u16..400, c in 0_u16..400,
        points in proptest::collection::vec((arb_probability(), 0_u16..400), 0..6)) {
        if let Ok(t) = TransitTime::triangular(a, b, c) {
            prop_assert_eq!(t.mode_days(), b);
            prop_assert_eq!((t.min_days(), t.max_days()), (a, c));
        }
        if let Ok(t) = TransitTime::from_quantiles(&points) {
            for (q, day) in &points {
                // P(X ≤ day) reaches q (rounded up cumulatively, never below).
                prop_assert!(t.cumulative(*day) >= *q || q.ppb() - t.cumulative(*day).ppb() <= 1);
            }
        }
    }

    #[test]
    fn estimates_never_panic_and_respect_the_naive_range(
        legs in proptest::collection::vec(arb_leg(), 1..5),
        ordered in arb_instant(),
        level in arb_probability(),
    ) {
        let plan = Plan::try_new(legs).unwrap();
        match (plan.estimate(ordered), plan.naive_range(ordered)) {
            (Ok(estimate), Ok((lo, hi))) => {
                let arrival = estimate.arrival();
                let total: u64 = arrival.masses().iter().map(|m| u64::from(*m)).sum();
                prop_assert_eq!(total, 1 << 31);
                prop_assert_eq!(arrival.first(), lo);
                prop_assert!(arrival.last() <= hi);
                let w = estimate.window(level);
                let c = estimate.conservative_window(level);
                prop_assert!(lo <= w.from() && w.from() <= w.to() && w.to() <= hi);
                prop_assert!(c.from() <= w.from() || level == Probability::ZERO);
                prop_assert!(w.to() <= c.to() || level == Probability::ZERO);
                prop_assert!(arrival.probability_between(c.from(), c.to()) >= level
                    || level.ppb() - arrival.probability_between(c.from(), c.to()).ppb() <= 4);
                prop_assert_eq!(estimate.legs().len(), plan.legs().len());
            }
            (Err(e), Err(f)) => {
                prop_assert!(matches!(e, EstimateError::Calendar { .. }), "{:?}", e);
                prop_assert!(matches!(f, EstimateError::Calendar { .. }), "{:?}", f);
            }
            (Err(e), Ok(_)) => {
                // The estimate also needs every date up to the latest start of each leg.
                prop_assert!(matches!(e, EstimateError::Calendar { .. }), "{:?}", e);
            }
            (Ok(_), Err(f)) => prop_assert!(false, "naive range failed alone: {:?}", f),
        }
    }

    #[test]
    fn later_orders_never_arrive_earlier(
        legs in proptest::collection::vec(arb_leg(), 1..4),
        start in 0_i64..(300 * 86_400),
        delay in 0_i64..(5 * 86_400),
        level in arb_probability(),
    ) {
        let plan = Plan::try_new(legs).unwrap();
        let first = utc(2025, 3, 1, 0) + chrono::Duration::seconds(start);
        let second = first + chrono::Duration::seconds(delay);
        if let (Ok(a), Ok(b)) = (plan.estimate(first), plan.estimate(second)) {
            prop_assert!(a.arrival().quantile(level) <= b.arrival().quantile(level));
            prop_assert!(a.promise_date(level) <= b.promise_date(level));
        }
    }

    #[test]
    fn time_spent_only_moves_the_window_later(
        legs in proptest::collection::vec(arb_leg(), 1..4),
        start in 0_i64..(300 * 86_400),
        waited in 0_i64..(4 * 86_400),
        more in 0_i64..(3 * 86_400),
    ) {
        let plan = Plan::try_new(legs).unwrap();
        let started = utc(2025, 3, 1, 0) + chrono::Duration::seconds(start);
        let now = started + chrono::Duration::seconds(waited);
        let later = now + chrono::Duration::seconds(more);
        if let (Ok(a), Ok(b)) = (
            plan.re_estimate(&Progress::new(0, started, now)),
            plan.re_estimate(&Progress::new(0, started, later)),
        ) {
            prop_assert!(a.arrival().first() <= b.arrival().first());
            prop_assert!(a.arrival().last() == b.arrival().last());
        }
    }
}

#[cfg(feature = "serde")]
mod serde_round_trips {
    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn values_round_trip_through_json(q in arb_probability(), t in arb_transit(), leg in arb_leg()) {
            let json = serde_json::to_string(&q).unwrap();
            prop_assert_eq!(serde_json::from_str::<Probability>(&json).unwrap(), q);
            let json = serde_json::to_string(&t).unwrap();
            prop_assert_eq!(serde_json::from_str::<TransitTime>(&json).unwrap(), t);
            let plan = Plan::try_new(vec![leg]).unwrap();
            let json = serde_json::to_string(&plan).unwrap();
            prop_assert_eq!(serde_json::from_str::<Plan>(&json).unwrap(), plan);
        }
    }

    #[test]
    fn json_is_validated() {
        let t: TransitTime =
            serde_json::from_str(r#"{"first_day": 2, "weights": [1, 2, 1]}"#).unwrap();
        assert_eq!(t, TransitTime::triangular(2, 3, 4).unwrap());
        assert!(
            serde_json::from_str::<TransitTime>(r#"{"first_day": 2, "weights": [0]}"#).is_err()
        );
        assert!(
            serde_json::from_str::<TransitTime>(r#"{"first_day": 2, "weights": [1], "x": 1}"#)
                .is_err()
        );
        assert!(serde_json::from_str::<Probability>(r#""1.5""#).is_err());
        assert_eq!(serde_json::from_str::<Probability>(r#""97%""#).unwrap(), p("0.97"));
        let w = Window::try_new(d(2026, 12, 3), d(2026, 12, 9), p("0.8")).unwrap();
        let json = serde_json::to_string(&w).unwrap();
        assert_eq!(json, r#"{"from":"2026-12-03","to":"2026-12-09","level":"0.8"}"#);
        assert_eq!(serde_json::from_str::<Window>(&json).unwrap(), w);
        assert!(
            serde_json::from_str::<Window>(
                r#"{"from":"2026-12-09","to":"2026-12-03","level":"0.8"}"#
            )
            .is_err()
        );
        let leg = r#"{"label":"","calendar":{"name":"seven-day","rest_days":[]},"time_zone":"Asia/Shanghai","cutoff":"20:00:00","unit":"calendar_days","transit":{"first_day":1,"weights":[1]}}"#;
        assert!(serde_json::from_str::<LegPlan>(leg).is_err());
        let leg = leg.replace(r#""label":"""#, r#""label":"SF""#);
        let parsed: LegPlan = serde_json::from_str(&leg).unwrap();
        assert_eq!(parsed.unit(), DayUnit::CalendarDays);
        assert!(serde_json::from_str::<Plan>(r#"{"legs":[]}"#).is_err());
    }
}

// ---------------------------------------------------------------------------------------------
// Shipments: a route plan from a shipment route, and re-estimation offered on `Shipment`.
// ---------------------------------------------------------------------------------------------

mod shipments {
    use super::*;
    use crossborder::carrier::{Carrier, TrackingNumber};
    use crossborder::eta::{Outlook, RoutePlan, ShipmentEta, ShipmentEtaError, Stage};
    use crossborder::geo::Country;
    use crossborder::shipment::{
        CustomsMode, EventKind, HoldReason, Leg, LegRef, Location, Route, Shipment, Status,
        TrackingEvent,
    };
    use crossborder::warehouse::TransportMode;

    /// A 9610 route: DHL eCommerce from the Los Angeles gateway to Pudong, SF to Hangzhou.
    fn route() -> (Route, LegRef, LegRef) {
        let pvg = Location::place("Shanghai Pudong port of entry", Country::CN).unwrap();
        let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494").unwrap();
        let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739").unwrap();
        let international = Leg::try_new(
            Carrier::DhlEcommerce,
            TransportMode::Air,
            Location::place("Los Angeles gateway", Country::US).unwrap(),
            pvg.clone(),
            dhl,
        )
        .unwrap();
        let domestic = Leg::try_new(
            Carrier::SfExpress,
            TransportMode::Road,
            pvg,
            Location::place("杭州市西湖区", Country::CN).unwrap(),
            sf,
        )
        .unwrap();
        let route =
            Route::try_new(CustomsMode::DirectPurchase, vec![international, domestic], 1).unwrap();
        (route, LegRef::new(Carrier::DhlEcommerce, dhl), LegRef::new(Carrier::SfExpress, sf))
    }

    /// The stages of that route: US handling, the flight, customs, two zero-length hand-over
    /// stages, SF Express.
    fn stage_leg(stage: &Stage) -> Option<LegPlan> {
        let leg = |cal: Cal, tz, cutoff, business, first, weights: &[u64]| SimLeg {
            label: "stage",
            cal,
            tz,
            cutoff,
            business,
            first,
            weights: weights.to_vec(),
        };
        let sim = match stage.index() {
            0 => leg(Cal::UsFederal, LOS_ANGELES, hm(14, 0), true, 0, &[3, 5, 2]),
            1 => leg(Cal::Seven, LOS_ANGELES, hm(18, 0), false, 2, &[2, 5, 4, 2, 1]),
            2 => leg(Cal::China, SHANGHAI, hm(16, 0), true, 1, &[5, 4, 2, 1, 1]),
            3 | 4 => leg(Cal::Seven, SHANGHAI, hm(20, 0), false, 0, &[1]),
            5 => leg(Cal::Seven, SHANGHAI, hm(20, 0), false, 1, &[6, 3, 1]),
            _ => return None,
        };
        LegPlan::try_new(
            stage.to_string(),
            sim.plan().calendar().clone(),
            sim.tz,
            sim.cutoff,
            sim.plan().unit(),
            sim.plan().transit().clone(),
        )
        .ok()
    }

    fn plan(route: &Route) -> RoutePlan {
        RoutePlan::try_new(route, stage_leg)
            .unwrap()
            .with_hold(HoldReason::Inspection, TransitTime::uniform(2, 5).unwrap())
    }

    fn underway(outlook: Outlook) -> crossborder::eta::Estimate {
        match outlook {
            Outlook::Underway(estimate) => estimate,
            other => panic!("expected an estimate, got {other:?}"),
        }
    }

    #[test]
    fn stages_follow_the_route_milestones() {
        let (route, _, _) = route();
        let plan = plan(&route);
        let stages = plan.stages();
        assert_eq!(stages.len(), route.milestones().len() + 1);
        assert_eq!(stages[0].from(), None);
        assert_eq!(stages[0].to(), Status::PickedUp { leg: 0 });
        assert_eq!(stages[5].to(), Status::Delivered);
        assert_eq!(stages.iter().filter(|s| s.is_clearance()).count(), 1);
        assert_eq!(plan.plan().legs()[2].label(), "arrived_in_destination → customs_released");
        let none = RoutePlan::try_new(&route, |s| if s.index() == 4 { None } else { stage_leg(s) });
        assert_eq!(none, Err(ShipmentEtaError::NoLegPlan { stage: stages[4] }));
    }

    #[test]
    fn a_fresh_shipment_gets_the_plan_estimate() {
        let (route, _, _) = route();
        let plan = plan(&route);
        let ordered = utc(2026, 2, 5, 18);
        let outlook = Shipment::new(route).delivery_outlook(&plan, ordered, ordered).unwrap();
        assert_eq!(underway(outlook), plan.plan().estimate(ordered).unwrap());
    }

    #[test]
    fn in_customs_over_the_spring_festival() {
        let (route, dhl, _) = route();
        let plan = plan(&route);
        let ordered = utc(2026, 2, 5, 18);
        let mut shipment = Shipment::new(route);
        shipment.apply(TrackingEvent::new(utc(2026, 2, 6, 20), dhl, EventKind::PickedUp)).unwrap();
        // Arrived Thursday 12 February, 10:00 Beijing time.
        let arrived = utc(2026, 2, 12, 2);
        shipment.apply(TrackingEvent::new(arrived, dhl, EventKind::ArrivedInDestination)).unwrap();
        let now = utc(2026, 2, 16, 2); // Monday, in the break
        let estimate = underway(shipment.delivery_outlook(&plan, ordered, now).unwrap());
        assert_eq!(estimate, plan.plan().re_estimate(&Progress::new(2, arrived, now)).unwrap());
        // Customs 1–5 business days from Thursday 12: Fri 13, Sat 14 (worked), Tue 24, Wed 25,
        // Thu 26. Still there on Monday 16: 24–26 February; SF adds 1–3 days.
        assert_eq!(estimate.arrival().first(), d(2026, 2, 25));
        assert_eq!(estimate.arrival().last(), d(2026, 3, 1));
        let fresh = plan.plan().estimate(ordered).unwrap();
        assert!(estimate.window(p("0.8")).width_days() <= fresh.window(p("0.8")).width_days());

        // A customs hold for inspection adds 2–5 business days to the clearance stage.
        shipment
            .apply(TrackingEvent::new(
                utc(2026, 2, 13, 3),
                dhl,
                EventKind::CustomsHeld(HoldReason::Inspection),
            ))
            .unwrap();
        let held = underway(shipment.delivery_outlook(&plan, ordered, now).unwrap());
        let expected = plan
            .plan()
            .re_estimate(
                &Progress::new(2, arrived, now).with_hold(TransitTime::uniform(2, 5).unwrap()),
            )
            .unwrap();
        assert_eq!(held, expected);
        assert!(held.window(p("0.8")).width_days() > estimate.window(p("0.8")).width_days());
        assert!(held.promise_date(p("0.97")) > estimate.promise_date(p("0.97")));
        // A hold without a distribution in the plan leaves the estimate as it is.
        let unheld = RoutePlan::try_new(shipment.route(), stage_leg).unwrap();
        let same = underway(shipment.delivery_outlook(&unheld, ordered, now).unwrap());
        assert_eq!(same, estimate);
    }

    #[test]
    fn delivered_and_stopped_shipments_and_their_milestones() {
        let (route, dhl, sf) = route();
        let plan = plan(&route);
        let ordered = utc(2026, 9, 21, 16);
        let mut shipment = Shipment::new(route.clone());
        let events = [
            (utc(2026, 9, 22, 20), dhl, EventKind::PickedUp),
            (utc(2026, 9, 25, 3), dhl, EventKind::ArrivedInDestination),
            (utc(2026, 9, 28, 8), dhl, EventKind::CustomsReleased),
            (utc(2026, 9, 29, 1), sf, EventKind::PickedUp),
            (utc(2026, 9, 30, 6), sf, EventKind::Delivered),
        ];
        for (at, leg, kind) in events {
            shipment.apply(TrackingEvent::new(at, leg, kind)).unwrap();
        }
        assert_eq!(
            shipment.delivery_outlook(&plan, ordered, utc(2026, 10, 1, 0)).unwrap(),
            Outlook::Delivered { at: utc(2026, 9, 30, 6) }
        );
        // The hand-off to SF was not scanned: inferred, so unknown for learning.
        let milestones = shipment.stage_milestones(&plan, ordered).unwrap();
        assert_eq!(
            milestones,
            vec![
                Some(ordered),
                Some(utc(2026, 9, 22, 20)),
                Some(utc(2026, 9, 25, 3)),
                Some(utc(2026, 9, 28, 8)),
                None,
                Some(utc(2026, 9, 29, 1)),
                Some(utc(2026, 9, 30, 6)),
            ]
        );
        // Durations by the plan's rules: ordered Mon 21 Sep 09:00 PDT, picked up Tue 22 at
        // 13:00 PDT → 1 business day; the flight from Tue 22 to Fri 25 (Shanghai date) → 3
        // days; Friday 25 September is 中秋节 (25–27 September off, 国办发明电〔2025〕7号), so
        // clearance starts Monday 28 and the release that day is 0 business days; SF from
        // Tue 29 to Wed 30 → 1 day.
        let mut learner = crossborder::eta::Learner::new(plan.plan());
        assert_eq!(learner.observe(plan.plan(), &milestones).unwrap(), 4);
        assert_eq!(learner.durations(0), &[1]);
        assert_eq!(learner.durations(1), &[3]);
        assert_eq!(learner.durations(2), &[0]);
        assert_eq!(learner.durations(5), &[1]);

        let mut cancelled = Shipment::new(route.clone());
        cancelled
            .apply(TrackingEvent::new(utc(2026, 9, 22, 1), dhl, EventKind::Cancelled))
            .unwrap();
        assert_eq!(
            cancelled.delivery_outlook(&plan, ordered, utc(2026, 9, 23, 0)).unwrap(),
            Outlook::Stopped(Status::Cancelled)
        );
    }

    #[test]
    fn a_plan_for_another_route_is_refused() {
        let (route, dhl, _) = route();
        let bonded =
            Route::try_new(CustomsMode::BondedImport, vec![route.legs()[1].clone()], 0).unwrap();
        let other = RoutePlan::try_new(&bonded, stage_leg).unwrap();
        let mut shipment = Shipment::new(route);
        shipment.apply(TrackingEvent::new(utc(2026, 3, 2, 1), dhl, EventKind::PickedUp)).unwrap();
        let t = utc(2026, 3, 3, 1);
        assert_eq!(shipment.delivery_outlook(&other, t, t), Err(ShipmentEtaError::RouteMismatch));
        assert_eq!(shipment.stage_milestones(&other, t), Err(ShipmentEtaError::RouteMismatch));
    }
}
