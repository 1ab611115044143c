//! [`LegPlan`] and [`Plan`]: the explicit sequence of legs an estimate runs over, and
//! [`Progress`]: where a parcel is now.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use super::error::{EstimateError, PlanError};
use super::propagate::{self, Scratch};
use super::transit::TransitTime;
use super::window::{DateDistribution, Estimate, LegEstimate};
use crate::calendar::BusinessCalendar;
use crate::warehouse::{DayUnit, Node};

/// One leg of a [`Plan`]: a label for explanations, the calendar, IANA time zone and daily
/// cut-off of the node where the leg starts, whether its duration counts business days of
/// that calendar or calendar days, and the duration's distribution ([`TransitTime`]).
///
/// # How a leg turns a start into an end date
///
/// - **Start.** The first leg starts at an instant (the order): its start date is the
///   calendar's [first workable date](BusinessCalendar::first_workable_date) for that instant
///   in the leg's zone with its cut-off (the local date if it is a business day and the local
///   time is before the cut-off, else the next business day). A later leg receives the parcel
///   on a date (the previous leg's end date, a local date at this leg's node); it starts that
///   day if it is a business day, otherwise on the next business day — and never on the day of
///   arrival if its cut-off is 00:00 ("never the same day", as in the calendar). The time of day
///   of a hand-over is not modelled; its effect is part of the leg's distribution, which
///   [`fit`](super::Learner) measures with the same rule.
/// - **Duration.** With [`DayUnit::BusinessDays`] a duration of `k` days ends on the `k`-th
///   business day after the start ([`BusinessCalendar::add_business_days`]; `k = 0` the start
///   itself), so Chinese customs closed for 春节 or 国庆 stretches the leg over the break and
///   works the make-up Saturdays (调休). With [`DayUnit::CalendarDays`] it ends `k` days after
///   the start (an airline, SF Express); the calendar then only decides the start day.
/// - **End.** The end date is the local date at the node that receives the parcel (the next
///   leg's node; for the last leg, the buyer's side of the last leg).
///
/// # Examples
///
/// ```
/// use chrono::NaiveTime;
/// use crossborder::calendar::BusinessCalendar;
/// use crossborder::eta::{LegPlan, TransitTime};
/// use crossborder::warehouse::DayUnit;
///
/// let customs = LegPlan::business_days(
///     "Shanghai customs",
///     BusinessCalendar::china(),
///     chrono_tz::Asia::Shanghai,
///     NaiveTime::from_hms_opt(16, 0, 0).ok_or("time")?,
///     TransitTime::triangular(1, 2, 5)?,
/// )?;
/// assert_eq!(customs.unit(), DayUnit::BusinessDays);
/// assert_eq!(customs.label(), "Shanghai customs");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegPlan {
    label: String,
    calendar: BusinessCalendar,
    time_zone: Tz,
    cutoff: NaiveTime,
    unit: DayUnit,
    transit: TransitTime,
}

impl LegPlan {
    /// The longest label, 64 characters.
    pub const MAX_LABEL_LEN: usize = 64;

    /// A leg. The label (1 to 64 characters, no surrounding white space or control
    /// characters) names the leg in explanations ("customs", "SF Express").
    ///
    /// # Errors
    ///
    /// [`PlanError::EmptyLabel`], [`PlanError::LabelTooLong`], [`PlanError::LabelNotClean`].
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveTime;
    /// use crossborder::calendar::BusinessCalendar;
    /// use crossborder::eta::{LegPlan, TransitTime};
    /// use crossborder::warehouse::DayUnit;
    ///
    /// let air = LegPlan::try_new(
    ///     "LAX → PVG",
    ///     BusinessCalendar::seven_day(),
    ///     chrono_tz::America::Los_Angeles,
    ///     NaiveTime::from_hms_opt(18, 0, 0).ok_or("time")?,
    ///     DayUnit::CalendarDays,
    ///     TransitTime::triangular(2, 3, 6)?,
    /// )?;
    /// assert_eq!(air.transit().max_days(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(
        label: impl Into<String>,
        calendar: BusinessCalendar,
        time_zone: Tz,
        cutoff: NaiveTime,
        unit: DayUnit,
        transit: TransitTime,
    ) -> Result<Self, PlanError> {
        let label = label.into();
        let len = label.chars().count();
        if len == 0 {
            return Err(PlanError::EmptyLabel);
        }
        if len > Self::MAX_LABEL_LEN {
            return Err(PlanError::LabelTooLong { len, max: Self::MAX_LABEL_LEN });
        }
        if label.trim() != label || label.chars().any(char::is_control) {
            return Err(PlanError::LabelNotClean { label });
        }
        Ok(Self { label, calendar, time_zone, cutoff, unit, transit })
    }

    /// A leg counted in business days of `calendar`.
    ///
    /// # Errors
    ///
    /// As [`try_new`](Self::try_new).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn business_days(
        label: impl Into<String>,
        calendar: BusinessCalendar,
        time_zone: Tz,
        cutoff: NaiveTime,
        transit: TransitTime,
    ) -> Result<Self, PlanError> {
        Self::try_new(label, calendar, time_zone, cutoff, DayUnit::BusinessDays, transit)
    }

    /// A leg counted in calendar days; `calendar` only decides the start day.
    ///
    /// # Errors
    ///
    /// As [`try_new`](Self::try_new).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveTime;
    /// use crossborder::calendar::BusinessCalendar;
    /// use crossborder::eta::{LegPlan, TransitTime};
    ///
    /// let sf = LegPlan::calendar_days(
    ///     "SF Express",
    ///     BusinessCalendar::seven_day(),
    ///     chrono_tz::Asia::Shanghai,
    ///     NaiveTime::from_hms_opt(20, 0, 0).ok_or("time")?,
    ///     TransitTime::triangular(1, 1, 3)?,
    /// )?;
    /// assert_eq!(sf.calendar().name(), "seven-day");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn calendar_days(
        label: impl Into<String>,
        calendar: BusinessCalendar,
        time_zone: Tz,
        cutoff: NaiveTime,
        transit: TransitTime,
    ) -> Result<Self, PlanError> {
        Self::try_new(label, calendar, time_zone, cutoff, DayUnit::CalendarDays, transit)
    }

    /// A leg starting at a warehouse [`Node`]: its code as the label, and its calendar, time
    /// zone and cut-off.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveTime;
    /// use crossborder::calendar::BusinessCalendar;
    /// use crossborder::eta::{LegPlan, TransitTime};
    /// use crossborder::geo::Country;
    /// use crossborder::warehouse::{DayUnit, Node, NodeKind};
    ///
    /// let fc = Node::builder("ONT8".parse()?, NodeKind::FulfilmentCentre, Country::US)
    ///     .time_zone(chrono_tz::America::Los_Angeles)
    ///     .calendar(BusinessCalendar::united_states_federal())
    ///     .cutoff(NaiveTime::from_hms_opt(14, 0, 0).ok_or("time")?)
    ///     .handling_days(1)
    ///     .build()?;
    /// let handling = LegPlan::from_node(&fc, DayUnit::BusinessDays, TransitTime::uniform(1, 2)?);
    /// assert_eq!(handling.label(), "ONT8");
    /// assert_eq!(handling.time_zone(), chrono_tz::America::Los_Angeles);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_node(node: &Node, unit: DayUnit, transit: TransitTime) -> Self {
        Self {
            label: node.code().to_string(),
            calendar: node.calendar().clone(),
            time_zone: node.time_zone(),
            cutoff: node.cutoff(),
            unit,
            transit,
        }
    }

    /// The same leg with another duration distribution (for example a fitted one).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveTime;
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, TransitTime}};
    /// # let leg = LegPlan::business_days("customs", BusinessCalendar::china(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(16, 0, 0).ok_or("t")?,
    /// #     TransitTime::uniform(1, 3)?)?;
    /// let slower = leg.with_transit(TransitTime::uniform(2, 6)?);
    /// assert_eq!(slower.transit().min_days(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_transit(mut self, transit: TransitTime) -> Self {
        self.transit = transit;
        self
    }

    /// The label.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The calendar of the node where the leg starts.
    ///
    /// # Examples
    ///
    /// See [`calendar_days`](Self::calendar_days).
    pub fn calendar(&self) -> &BusinessCalendar {
        &self.calendar
    }

    /// The IANA time zone of the node where the leg starts.
    ///
    /// # Examples
    ///
    /// See [`from_node`](Self::from_node).
    pub fn time_zone(&self) -> Tz {
        self.time_zone
    }

    /// The node's daily cut-off (local time).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveTime;
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, TransitTime}};
    /// let cutoff = NaiveTime::from_hms_opt(16, 0, 0).ok_or("time")?;
    /// let leg = LegPlan::business_days("customs", BusinessCalendar::china(),
    ///     chrono_tz::Asia::Shanghai, cutoff, TransitTime::uniform(1, 3)?)?;
    /// assert_eq!(leg.cutoff(), cutoff);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cutoff(&self) -> NaiveTime {
        self.cutoff
    }

    /// Whether the duration counts business days or calendar days.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn unit(&self) -> DayUnit {
        self.unit
    }

    /// The duration's distribution.
    ///
    /// # Examples
    ///
    /// See [`try_new`](Self::try_new).
    pub fn transit(&self) -> &TransitTime {
        &self.transit
    }

    /// Whether a parcel received on a business day can start that day (cut-off not 00:00).
    pub(crate) fn same_day(&self) -> bool {
        self.cutoff != NaiveTime::MIN
    }

    /// The start date of this leg for a parcel received at `instant`, when this is the
    /// first leg (cut-off applies) or a later one (day resolution, see the type docs).
    pub(crate) fn start_from_instant(
        &self,
        index: usize,
        instant: DateTime<Utc>,
    ) -> Result<(NaiveDate, bool), EstimateError> {
        if index == 0 {
            let start = self
                .calendar
                .first_workable_date(instant, self.time_zone, self.cutoff)
                .map_err(|source| EstimateError::Calendar { leg: index, source })?;
            Ok((start, true))
        } else {
            Ok((instant.with_timezone(&self.time_zone).date_naive(), self.same_day()))
        }
    }
}

/// Where a parcel is now, for [`Plan::re_estimate`]: the leg it is on, when that leg started
/// (the order instant for the first leg, the hand-over scan for a later one), the current
/// instant, and optionally a hold on the current leg (a customs hold, 海关查验/扣留) with its own
/// duration distribution.
///
/// A hold adds its duration to the current leg, on the leg's calendar and in its unit (the
/// leg's distribution and the hold's are convolved), so the window widens by the hold's own
/// spread; the leg is then conditioned on not having ended before today.
///
/// # Examples
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use crossborder::eta::{Progress, TransitTime};
///
/// let arrived = Utc.with_ymd_and_hms(2026, 9, 28, 2, 0, 0).single().ok_or("instant")?;
/// let now = Utc.with_ymd_and_hms(2026, 9, 30, 2, 0, 0).single().ok_or("instant")?;
/// let progress = Progress::new(2, arrived, now).with_hold(TransitTime::uniform(2, 8)?);
/// assert_eq!(progress.leg(), 2);
/// assert!(progress.hold().is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    leg: usize,
    started: DateTime<Utc>,
    now: DateTime<Utc>,
    hold: Option<TransitTime>,
}

impl Progress {
    /// The parcel is on leg `leg` (zero-based), which started at `started`; it is `now`.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn new(leg: usize, started: DateTime<Utc>, now: DateTime<Utc>) -> Self {
        Self { leg, started, now, hold: None }
    }

    /// The same progress with a hold on the current leg.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    #[must_use]
    pub fn with_hold(mut self, hold: TransitTime) -> Self {
        self.hold = Some(hold);
        self
    }

    /// The current leg (zero-based).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn leg(&self) -> usize {
        self.leg
    }

    /// When the current leg started.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::eta::Progress;
    /// let t = Utc.with_ymd_and_hms(2026, 9, 28, 2, 0, 0).single().ok_or("instant")?;
    /// assert_eq!(Progress::new(1, t, t).started(), t);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn started(&self) -> DateTime<Utc> {
        self.started
    }

    /// The current instant.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::eta::Progress;
    /// let t = Utc.with_ymd_and_hms(2026, 9, 28, 2, 0, 0).single().ok_or("instant")?;
    /// assert_eq!(Progress::new(1, t, t).now(), t);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// The hold on the current leg, if any.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn hold(&self) -> Option<&TransitTime> {
        self.hold.as_ref()
    }
}

/// The explicit plan an estimate runs over: 1 to [`MAX_LEGS`](Self::MAX_LEGS) legs in order.
///
/// # Examples
///
/// A US fulfilment centre, a flight to Shanghai, Chinese customs and SF Express, for an order
/// placed on Thursday 2026-02-05:
///
/// ```
/// use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
/// use crossborder::calendar::BusinessCalendar;
/// use crossborder::eta::{LegPlan, Plan, TransitTime};
///
/// let t = |h| NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
/// let plan = Plan::try_new(vec![
///     LegPlan::business_days("ONT8 handling", BusinessCalendar::united_states_federal(),
///         chrono_tz::America::Los_Angeles, t(14)?, TransitTime::uniform(1, 2)?)?,
///     LegPlan::calendar_days("LAX → PVG", BusinessCalendar::seven_day(),
///         chrono_tz::America::Los_Angeles, t(18)?, TransitTime::triangular(2, 3, 5)?)?,
///     LegPlan::business_days("Shanghai customs", BusinessCalendar::china(),
///         chrono_tz::Asia::Shanghai, t(16)?, TransitTime::triangular(1, 1, 4)?)?,
///     LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
///         chrono_tz::Asia::Shanghai, t(20)?, TransitTime::triangular(1, 1, 3)?)?,
/// ])?;
/// let ordered = Utc.with_ymd_and_hms(2026, 2, 5, 18, 0, 0).single().ok_or("instant")?;
/// let estimate = plan.estimate(ordered)?;
/// let window = estimate.window("0.8".parse()?);
/// let (earliest, latest) = plan.naive_range(ordered)?;
/// assert!(earliest <= window.from() && window.to() <= latest);
/// // Customs closes for 春节 from 15 to 23 February 2026, so a parcel that reaches Shanghai
/// // on or after Saturday 14 February waits for Tuesday 24 February.
/// assert!(estimate.promise_date("0.97".parse()?) > NaiveDate::from_ymd_opt(2026, 2, 23).ok_or("date")?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    legs: Vec<LegPlan>,
}

impl Plan {
    /// The most legs a plan may have (a 16-leg shipment route has 34 stages).
    pub const MAX_LEGS: usize = 64;

    /// A plan of `legs`, in travel order.
    ///
    /// # Errors
    ///
    /// [`PlanError::NoLegs`], [`PlanError::TooManyLegs`].
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn try_new(legs: Vec<LegPlan>) -> Result<Self, PlanError> {
        if legs.is_empty() {
            return Err(PlanError::NoLegs);
        }
        if legs.len() > Self::MAX_LEGS {
            return Err(PlanError::TooManyLegs { legs: legs.len(), max: Self::MAX_LEGS });
        }
        Ok(Self { legs })
    }

    /// The legs in travel order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveTime;
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
    /// # let leg = LegPlan::business_days("customs", BusinessCalendar::china(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(16, 0, 0).ok_or("t")?,
    /// #     TransitTime::uniform(1, 3)?)?;
    /// let plan = Plan::try_new(vec![leg])?;
    /// assert_eq!(plan.legs().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn legs(&self) -> &[LegPlan] {
        &self.legs
    }

    /// The same plan with leg `leg`'s distribution replaced, or `None` if there is no such
    /// leg.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveTime;
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
    /// # let leg = LegPlan::business_days("customs", BusinessCalendar::china(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(16, 0, 0).ok_or("t")?,
    /// #     TransitTime::uniform(1, 3)?)?;
    /// let plan = Plan::try_new(vec![leg])?;
    /// let slower = plan.with_transit(0, TransitTime::uniform(2, 5)?).ok_or("leg")?;
    /// assert_eq!(slower.legs()[0].transit().max_days(), 5);
    /// assert!(plan.with_transit(1, TransitTime::fixed(1)?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_transit(&self, leg: usize, transit: TransitTime) -> Option<Self> {
        let mut plan = self.clone();
        let slot = plan.legs.get_mut(leg)?;
        slot.transit = transit;
        Some(plan)
    }

    /// The exact distribution of the delivery date of an order placed at `ordered`, leg by
    /// leg over calendar dates (see [`LegPlan`] for the rules and the
    /// [module documentation](super) for the arithmetic).
    ///
    /// # Errors
    ///
    /// [`EstimateError::Calendar`] when a leg's calendar does not cover a date the estimate
    /// reaches (a year without a published holiday schedule);
    /// [`EstimateError::NoBusinessDay`], [`EstimateError::DateOutOfRange`].
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn estimate(&self, ordered: DateTime<Utc>) -> Result<Estimate, EstimateError> {
        let Some(first) = self.legs.first() else {
            return Err(EstimateError::LegOutOfRange { leg: 0, legs: 0 });
        };
        let (start, same_day) = first.start_from_instant(0, ordered)?;
        self.run(0, &DateDistribution::point(start), same_day, None, None)
    }

    /// The distribution of the delivery date of a parcel in progress: the current leg
    /// started at `progress.started()` and has not ended before today (the local date of
    /// `progress.now()` at the node receiving the parcel), so its end-date distribution is
    /// truncated to today and later and renormalised; the remaining legs follow as in
    /// [`estimate`](Self::estimate). A [hold](Progress::with_hold) is added to the current
    /// leg first.
    ///
    /// # Errors
    ///
    /// [`EstimateError::LegOutOfRange`], [`EstimateError::NowBeforeStart`],
    /// [`EstimateError::Overdue`] when the current leg should already have ended under its
    /// distribution, [`EstimateError::Hold`] when leg and hold together exceed the longest
    /// duration, and the errors of [`estimate`](Self::estimate).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    /// use crossborder::calendar::BusinessCalendar;
    /// use crossborder::eta::{LegPlan, Plan, Progress, TransitTime};
    ///
    /// let t = |h| NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// let plan = Plan::try_new(vec![
    ///     LegPlan::business_days("Shanghai customs", BusinessCalendar::china(),
    ///         chrono_tz::Asia::Shanghai, t(16)?, TransitTime::uniform(1, 4)?)?,
    ///     LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
    ///         chrono_tz::Asia::Shanghai, t(20)?, TransitTime::fixed(1)?)?,
    /// ])?;
    /// let date = |m, d| NaiveDate::from_ymd_opt(2026, m, d).ok_or("date");
    /// // At customs since Monday 2026-03-02 09:00 Beijing time: customs ends Tue 3 … Fri 6,
    /// // each with 1/4, and SF delivers the next day: Wed 4 … Sat 7.
    /// let arrived = Utc.with_ymd_and_hms(2026, 3, 2, 1, 0, 0).single().ok_or("instant")?;
    /// let fresh = plan.re_estimate(&Progress::new(0, arrived, arrived))?;
    /// assert_eq!((fresh.arrival().first(), fresh.arrival().last()), (date(3, 4)?, date(3, 7)?));
    /// // Thursday 5 March, still in customs: it ends Thu 5 or Fri 6, delivery Fri 6 or Sat 7.
    /// let now = Utc.with_ymd_and_hms(2026, 3, 5, 1, 0, 0).single().ok_or("instant")?;
    /// let later = plan.re_estimate(&Progress::new(0, arrived, now))?;
    /// assert_eq!((later.arrival().first(), later.arrival().last()), (date(3, 6)?, date(3, 7)?));
    /// assert_eq!(later.arrival().probability(date(3, 6)?).to_string(), "0.5");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn re_estimate(&self, progress: &Progress) -> Result<Estimate, EstimateError> {
        let index = progress.leg;
        let Some(leg) = self.legs.get(index) else {
            return Err(EstimateError::LegOutOfRange { leg: index, legs: self.legs.len() });
        };
        if progress.now < progress.started {
            return Err(EstimateError::NowBeforeStart {
                started: progress.started,
                now: progress.now,
            });
        }
        let (start, same_day) = leg.start_from_instant(index, progress.started)?;
        let receiving = self.legs.get(index + 1).unwrap_or(leg).time_zone;
        let today = progress.now.with_timezone(&receiving).date_naive();
        self.run(
            index,
            &DateDistribution::point(start),
            same_day,
            progress.hold.as_ref(),
            Some(today),
        )
    }

    /// Propagates `start` through legs `from..`, the first of them possibly with a hold and
    /// conditioned on not ending before `today`.
    fn run(
        &self,
        from: usize,
        start: &DateDistribution,
        first_same_day: bool,
        hold: Option<&TransitTime>,
        today: Option<NaiveDate>,
    ) -> Result<Estimate, EstimateError> {
        let mut scratch = Scratch::default();
        let mut legs: Vec<LegEstimate> = Vec::with_capacity(self.legs.len() - from);
        for (index, leg) in self.legs.iter().enumerate().skip(from) {
            let previous = legs.last().map_or(start, LegEstimate::end);
            let mut end = if index == from {
                let with_hold;
                let transit = match hold {
                    Some(hold) => {
                        with_hold = leg
                            .transit
                            .plus(hold)
                            .map_err(|source| EstimateError::Hold { leg: index, source })?;
                        &with_hold
                    }
                    None => &leg.transit,
                };
                propagate::advance(index, leg, transit, previous, first_same_day, &mut scratch)?
            } else {
                propagate::advance(
                    index,
                    leg,
                    &leg.transit,
                    previous,
                    leg.same_day(),
                    &mut scratch,
                )?
            };
            if index == from
                && let Some(today) = today
            {
                end = end.given_not_before(today).ok_or(EstimateError::Overdue {
                    leg: index,
                    latest: end.last(),
                    today,
                })?;
            }
            legs.push(LegEstimate::new(index, end));
        }
        Estimate::new(legs).ok_or(EstimateError::LegOutOfRange { leg: from, legs: self.legs.len() })
    }

    /// The naive range of an order placed at `ordered`: every leg at its shortest duration
    /// (earliest date) and every leg at its longest (latest date), on each leg's calendar
    /// with the same start rules as [`estimate`](Self::estimate) — the "add up min..max"
    /// answer. Every window of the exact estimate lies inside it.
    ///
    /// # Errors
    ///
    /// As [`estimate`](Self::estimate).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn naive_range(
        &self,
        ordered: DateTime<Utc>,
    ) -> Result<(NaiveDate, NaiveDate), EstimateError> {
        let Some(first) = self.legs.first() else {
            return Err(EstimateError::LegOutOfRange { leg: 0, legs: 0 });
        };
        let (start, _) = first.start_from_instant(0, ordered)?;
        let mut earliest = start;
        let mut latest = start;
        for (index, leg) in self.legs.iter().enumerate() {
            let same_day = index == 0 || leg.same_day();
            let min = leg.transit.min_days();
            let max = leg.transit.max_days();
            earliest = propagate::advance_date(index, leg, earliest, same_day, min)?;
            latest = propagate::advance_date(index, leg, latest, same_day, max)?;
        }
        Ok((earliest, latest))
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use chrono::NaiveTime;
    use chrono_tz::Tz;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{LegPlan, Plan};
    use crate::calendar::BusinessCalendar;
    use crate::eta::TransitTime;
    use crate::warehouse::DayUnit;

    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Unit {
        BusinessDays,
        CalendarDays,
    }

    #[derive(Serialize, Deserialize)]
    #[serde(rename = "LegPlan", deny_unknown_fields)]
    struct LegData {
        label: String,
        calendar: BusinessCalendar,
        time_zone: Tz,
        cutoff: NaiveTime,
        unit: Unit,
        transit: TransitTime,
    }

    #[derive(Serialize, Deserialize)]
    #[serde(rename = "Plan", deny_unknown_fields)]
    struct PlanData {
        legs: Vec<LegPlan>,
    }

    impl Serialize for LegPlan {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let unit = match self.unit {
                DayUnit::CalendarDays => Unit::CalendarDays,
                _ => Unit::BusinessDays,
            };
            LegData {
                label: self.label.clone(),
                calendar: self.calendar.clone(),
                time_zone: self.time_zone,
                cutoff: self.cutoff,
                unit,
                transit: self.transit.clone(),
            }
            .serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for LegPlan {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let data = LegData::deserialize(deserializer)?;
            let unit = match data.unit {
                Unit::BusinessDays => DayUnit::BusinessDays,
                Unit::CalendarDays => DayUnit::CalendarDays,
            };
            LegPlan::try_new(
                data.label,
                data.calendar,
                data.time_zone,
                data.cutoff,
                unit,
                data.transit,
            )
            .map_err(serde::de::Error::custom)
        }
    }

    impl Serialize for Plan {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            PlanData { legs: self.legs.clone() }.serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for Plan {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let data = PlanData::deserialize(deserializer)?;
            Plan::try_new(data.legs).map_err(serde::de::Error::custom)
        }
    }
}
