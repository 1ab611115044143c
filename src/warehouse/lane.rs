//! [`Lane`]: a regular connection between two nodes, with its carrier, service, transport mode
//! and transit time.

use std::fmt;
use std::str::FromStr;

use super::code::NodeCode;
use super::error::{LaneError, ParseTransportModeError, ServiceNameError, TransitTimeError};
use crate::carrier::Carrier;

/// How a lane moves goods (运输方式).
///
/// Each mode maps to its China customs transport-mode code (运输方式代码, the `trafMode` field
/// of the CEB messages, 《JGS-20 海关业务代码集》; table from customs.gov.cn 通关参数查询
/// `zfs_table_ysfs`): sea `2` (水路运输), rail `3` (铁路运输), road `4` (公路运输), air `5`
/// (航空运输), postal `6` (邮件运输). The codes `0`, `1`, `7`, `8` and `A`–`Z` of that table name
/// places (保税区, 保税仓库 …) rather than modes and have no variant; `9` (其它运输) is the code
/// for any mode added later.
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::TransportMode;
///
/// let mode: TransportMode = "air".parse()?;
/// assert_eq!(mode.customs_code(), "5");
/// assert_eq!(mode.name_zh(), "航空运输");
/// assert_eq!(TransportMode::from_customs_code("6"), Some(TransportMode::Postal));
/// assert_eq!(TransportMode::from_customs_code("8"), None); // 保税仓库 is a place
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[strum(parse_err_ty = ParseTransportModeError, parse_err_fn = ParseTransportModeError::new)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum TransportMode {
    /// Air freight or air express (航空运输), customs code `5`.
    Air,
    /// Road (公路运输), customs code `4`.
    Road,
    /// Sea or inland waterway (水路运输), customs code `2`.
    Sea,
    /// Rail (铁路运输), e.g. China–Europe Railway Express, customs code `3`.
    Rail,
    /// The postal network (邮件运输), customs code `6`.
    Postal,
}

impl TransportMode {
    /// Every mode, in declaration order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::TransportMode;
    ///
    /// assert_eq!(TransportMode::ALL.len(), 5);
    /// ```
    pub const ALL: &[Self] = &[Self::Air, Self::Road, Self::Sea, Self::Rail, Self::Postal];

    /// The snake_case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::TransportMode;
    ///
    /// assert_eq!(TransportMode::Sea.as_str(), "sea");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The China customs transport-mode code (`trafMode`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::TransportMode;
    ///
    /// assert_eq!(TransportMode::Sea.customs_code(), "2");
    /// assert_eq!(TransportMode::Road.customs_code(), "4");
    /// ```
    pub fn customs_code(self) -> &'static str {
        match self {
            Self::Sea => "2",
            Self::Rail => "3",
            Self::Road => "4",
            Self::Air => "5",
            Self::Postal => "6",
        }
    }

    /// The mode for a customs transport-mode code, or `None` for a code that is not a mode
    /// modelled here (`0`, `1`, `7`, `8`, `9`, letters, anything else).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::TransportMode;
    ///
    /// assert_eq!(TransportMode::from_customs_code("3"), Some(TransportMode::Rail));
    /// assert_eq!(TransportMode::from_customs_code("9"), None);
    /// ```
    pub fn from_customs_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|mode| mode.customs_code() == code)
    }

    /// The Chinese name of the customs table.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::TransportMode;
    ///
    /// assert_eq!(TransportMode::Postal.name_zh(), "邮件运输");
    /// ```
    pub fn name_zh(self) -> &'static str {
        match self {
            Self::Sea => "水路运输",
            Self::Rail => "铁路运输",
            Self::Road => "公路运输",
            Self::Air => "航空运输",
            Self::Postal => "邮件运输",
        }
    }
}

/// The name of a carrier's service on a lane (`"Priority Mail International"`, `"EMS"`,
/// `"标快"`): 1 to 64 characters, no leading or trailing white space, no control characters.
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::ServiceName;
///
/// let service: ServiceName = "Priority Mail International".parse()?;
/// assert_eq!(service.as_str(), "Priority Mail International");
/// assert!("".parse::<ServiceName>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServiceName(String);

impl ServiceName {
    /// The longest name, 64 characters.
    pub const MAX_LEN: usize = 64;

    /// Checks and wraps a service name; the same as `text.parse()`.
    ///
    /// # Errors
    ///
    /// [`ServiceNameError::Empty`], [`ServiceNameError::TooLong`] (over 64 characters),
    /// [`ServiceNameError::SurroundingWhitespace`], [`ServiceNameError::ControlChar`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::ServiceName;
    ///
    /// assert_eq!(ServiceName::try_new("顺丰标快")?.as_str(), "顺丰标快");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(text: &str) -> Result<Self, ServiceNameError> {
        if text.is_empty() {
            return Err(ServiceNameError::Empty);
        }
        let len = text.chars().count();
        if len > Self::MAX_LEN {
            return Err(ServiceNameError::TooLong { len, max: Self::MAX_LEN });
        }
        if text.trim() != text {
            return Err(ServiceNameError::SurroundingWhitespace { text: text.to_owned() });
        }
        if let Some((position, _)) = text.char_indices().find(|(_, ch)| ch.is_control()) {
            return Err(ServiceNameError::ControlChar { position });
        }
        Ok(Self(text.to_owned()))
    }

    /// The name.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::ServiceName;
    ///
    /// assert_eq!("EMS".parse::<ServiceName>()?.as_str(), "EMS");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ServiceName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for ServiceName {
    type Err = ServiceNameError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::try_new(text)
    }
}

impl TryFrom<&str> for ServiceName {
    type Error = ServiceNameError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        Self::try_new(text)
    }
}

#[cfg(feature = "serde")]
super::serde_via_str!(ServiceName, "a service name");

/// The unit a transit time is counted in.
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::DayUnit;
///
/// assert_eq!(DayUnit::BusinessDays.to_string(), "business days");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display)]
pub enum DayUnit {
    /// Every day counts.
    #[strum(serialize = "calendar days")]
    CalendarDays,
    /// Only business days count, on the calendar of the node the lane leaves from.
    #[strum(serialize = "business days")]
    BusinessDays,
}

/// A transit time range: at least `min` and at most `max` days, in calendar or business days.
///
/// Carriers quote both kinds ("approximately 6–10 business days" for USPS Priority Mail
/// International; EMS from Japan "2–4 days"). In a [`Network`](super::Network) estimate,
/// business days are counted on the calendar of the node the lane leaves from.
///
/// # Text form
///
/// `"3-5 business days"`, `"2-4 calendar days"`; a single value when `min == max`
/// (`"2 calendar days"`, `"1 business day"`). [`FromStr`] accepts those forms (singular or
/// plural unit); [`Display`](fmt::Display) prints the canonical one. With the `serde` feature the
/// transit time is that string.
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::{DayUnit, TransitTime};
///
/// let usps = TransitTime::business_days(6, 10)?;
/// assert_eq!(usps.to_string(), "6-10 business days");
/// assert_eq!("6-10 business days".parse::<TransitTime>()?, usps);
/// let ems: TransitTime = "2-4 calendar days".parse()?;
/// assert_eq!((ems.min(), ems.max(), ems.unit()), (2, 4, DayUnit::CalendarDays));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TransitTime {
    unit: DayUnit,
    min: u16,
    max: u16,
}

impl TransitTime {
    /// A range in calendar days.
    ///
    /// # Errors
    ///
    /// [`TransitTimeError::MinAboveMax`] if `min > max`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::TransitTime;
    ///
    /// assert_eq!(TransitTime::calendar_days(2, 4)?.to_string(), "2-4 calendar days");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn calendar_days(min: u16, max: u16) -> Result<Self, TransitTimeError> {
        Self::new(DayUnit::CalendarDays, min, max)
    }

    /// A range in business days.
    ///
    /// # Errors
    ///
    /// [`TransitTimeError::MinAboveMax`] if `min > max`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::TransitTime;
    ///
    /// assert_eq!(TransitTime::business_days(1, 1)?.to_string(), "1 business day");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn business_days(min: u16, max: u16) -> Result<Self, TransitTimeError> {
        Self::new(DayUnit::BusinessDays, min, max)
    }

    /// A range in the given unit.
    ///
    /// # Errors
    ///
    /// [`TransitTimeError::MinAboveMax`] if `min > max`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::{DayUnit, TransitTime};
    ///
    /// assert_eq!(TransitTime::new(DayUnit::CalendarDays, 3, 3)?.to_string(), "3 calendar days");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(unit: DayUnit, min: u16, max: u16) -> Result<Self, TransitTimeError> {
        if min > max {
            return Err(TransitTimeError::MinAboveMax { min, max });
        }
        Ok(Self { unit, min, max })
    }

    /// The fewest days.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::TransitTime;
    ///
    /// assert_eq!(TransitTime::business_days(6, 10)?.min(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn min(self) -> u16 {
        self.min
    }

    /// The most days.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::TransitTime;
    ///
    /// assert_eq!(TransitTime::business_days(6, 10)?.max(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn max(self) -> u16 {
        self.max
    }

    /// The unit of `min` and `max`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::{DayUnit, TransitTime};
    ///
    /// assert_eq!(TransitTime::calendar_days(1, 2)?.unit(), DayUnit::CalendarDays);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unit(self) -> DayUnit {
        self.unit
    }
}

impl fmt::Display for TransitTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match (self.unit, self.min == self.max && self.min == 1) {
            (DayUnit::CalendarDays, true) => "calendar day",
            (DayUnit::BusinessDays, true) => "business day",
            (DayUnit::CalendarDays, false) => "calendar days",
            (DayUnit::BusinessDays, false) => "business days",
        };
        if self.min == self.max {
            write!(f, "{} {unit}", self.min)
        } else {
            write!(f, "{}-{} {unit}", self.min, self.max)
        }
    }
}

impl FromStr for TransitTime {
    type Err = TransitTimeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let malformed = || TransitTimeError::Malformed { text: text.to_owned() };
        let (range, unit) = text.split_once(' ').ok_or_else(malformed)?;
        let unit = match unit {
            "calendar day" | "calendar days" => DayUnit::CalendarDays,
            "business day" | "business days" => DayUnit::BusinessDays,
            _ => return Err(malformed()),
        };
        let number = |digits: &str| {
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(malformed());
            }
            digits.parse::<u16>().map_err(|_| malformed())
        };
        let (min, max) = if let Some((min, max)) = range.split_once('-') {
            (number(min)?, number(max)?)
        } else {
            let days = number(range)?;
            (days, days)
        };
        Self::new(unit, min, max)
    }
}

impl TryFrom<&str> for TransitTime {
    type Error = TransitTimeError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
super::serde_via_str!(TransitTime, "a transit time such as \"3-5 business days\"");

/// A lane (线路): a regular connection from one node to another by one carrier's service, with
/// its transport mode and transit time.
///
/// Lanes are directed; a return lane is another lane. A lane never starts and ends at the same
/// node. The transit time runs from hand-over at `from` to arrival at `to`; model a dwell at a
/// node (customs clearance at a port of entry, sorting) as part of the transit of the lane
/// leaving it.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::Carrier;
/// use crossborder::warehouse::{Lane, TransitTime, TransportMode};
///
/// let lane = Lane::try_new(
///     "LAX-GW".parse()?,
///     "PVG-2233".parse()?,
///     Carrier::Usps,
///     "Priority Mail International".parse()?,
///     TransportMode::Postal,
///     TransitTime::business_days(6, 10)?,
/// )?;
/// assert_eq!(lane.to().as_str(), "PVG-2233");
/// assert_eq!(lane.mode().customs_code(), "6");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lane {
    from: NodeCode,
    to: NodeCode,
    carrier: Carrier,
    service: ServiceName,
    mode: TransportMode,
    transit: TransitTime,
}

impl Lane {
    /// A lane from `from` to `to`.
    ///
    /// # Errors
    ///
    /// [`LaneError::SelfLoop`] if `from == to`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    /// use crossborder::warehouse::{Lane, TransitTime, TransportMode};
    ///
    /// let lane = Lane::try_new(
    ///     "PVG-2233".parse()?,
    ///     "SHA-DS1".parse()?,
    ///     Carrier::SfExpress,
    ///     "标快".parse()?,
    ///     TransportMode::Road,
    ///     TransitTime::calendar_days(1, 2)?,
    /// )?;
    /// assert_eq!(lane.carrier(), Carrier::SfExpress);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(
        from: NodeCode,
        to: NodeCode,
        carrier: Carrier,
        service: ServiceName,
        mode: TransportMode,
        transit: TransitTime,
    ) -> Result<Self, LaneError> {
        if from == to {
            return Err(LaneError::SelfLoop { code: from });
        }
        Ok(Self { from, to, carrier, service, mode, transit })
    }

    /// The node the lane leaves from.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{carrier::Carrier, warehouse::{Lane, TransitTime, TransportMode}};
    /// # let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
    /// assert_eq!(lane.from().as_str(), "ONT8");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from(&self) -> NodeCode {
        self.from
    }

    /// The node the lane arrives at.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{carrier::Carrier, warehouse::{Lane, TransitTime, TransportMode}};
    /// # let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
    /// assert_eq!(lane.to().as_str(), "LAX-GW");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to(&self) -> NodeCode {
        self.to
    }

    /// The carrier operating the lane.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{carrier::Carrier, warehouse::{Lane, TransitTime, TransportMode}};
    /// # let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
    /// assert_eq!(lane.carrier().as_str(), "ups");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn carrier(&self) -> Carrier {
        self.carrier
    }

    /// The carrier's service.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{carrier::Carrier, warehouse::{Lane, TransitTime, TransportMode}};
    /// # let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
    /// assert_eq!(lane.service().as_str(), "Ground");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn service(&self) -> &ServiceName {
        &self.service
    }

    /// The transport mode.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{carrier::Carrier, warehouse::{Lane, TransitTime, TransportMode}};
    /// # let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
    /// assert_eq!(lane.mode(), TransportMode::Road);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mode(&self) -> TransportMode {
        self.mode
    }

    /// The transit time.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{carrier::Carrier, warehouse::{Lane, TransitTime, TransportMode}};
    /// # let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
    /// assert_eq!(lane.transit().to_string(), "1-2 business days");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn transit(&self) -> TransitTime {
        self.transit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transport_modes_map_to_the_customs_table() {
        // customs_codes.md §5: 2 水路运输, 3 铁路运输, 4 公路运输, 5 航空运输, 6 邮件运输.
        let expected = [
            (TransportMode::Sea, "2", "水路运输"),
            (TransportMode::Rail, "3", "铁路运输"),
            (TransportMode::Road, "4", "公路运输"),
            (TransportMode::Air, "5", "航空运输"),
            (TransportMode::Postal, "6", "邮件运输"),
        ];
        for (mode, code, name) in expected {
            assert_eq!(mode.customs_code(), code);
            assert_eq!(mode.name_zh(), name);
            assert_eq!(TransportMode::from_customs_code(code), Some(mode));
        }
        for place in ["0", "1", "7", "8", "9", "A", "H", "W", "X", "Y", "Z", "", "55"] {
            assert_eq!(TransportMode::from_customs_code(place), None, "{place}");
        }
    }

    #[test]
    fn transit_text_forms() {
        let cases = [
            ("3-5 business days", TransitTime::business_days(3, 5)),
            ("1 business day", TransitTime::business_days(1, 1)),
            ("0 calendar days", TransitTime::calendar_days(0, 0)),
            ("2 calendar days", TransitTime::calendar_days(2, 2)),
        ];
        for (text, value) in cases {
            let value = value.unwrap();
            assert_eq!(value.to_string(), text);
            assert_eq!(text.parse::<TransitTime>(), Ok(value));
        }
        // Non-canonical but accepted: singular/plural mix, explicit equal range.
        assert_eq!("1-3 business day".parse(), TransitTime::business_days(1, 3));
        assert_eq!("2-2 calendar days".parse(), TransitTime::calendar_days(2, 2));
        for bad in [
            "",
            "3-5",
            "3-5 days",
            "3 -5 business days",
            "-5 business days",
            "+3 business days",
            "3-5  business days",
            "70000 calendar days",
            "3-5 business days ",
        ] {
            assert_eq!(
                bad.parse::<TransitTime>(),
                Err(TransitTimeError::Malformed { text: bad.into() }),
                "{bad:?}"
            );
        }
        assert_eq!(
            "5-3 calendar days".parse::<TransitTime>(),
            Err(TransitTimeError::MinAboveMax { min: 5, max: 3 })
        );
    }

    #[test]
    fn service_names() {
        assert!(ServiceName::try_new("International Economy").is_ok());
        assert_eq!(
            ServiceName::try_new(&"x".repeat(65)),
            Err(ServiceNameError::TooLong { len: 65, max: 64 })
        );
        assert!(ServiceName::try_new(&"字".repeat(64)).is_ok());
        assert_eq!(
            ServiceName::try_new("EMS\n"),
            Err(ServiceNameError::SurroundingWhitespace { text: "EMS\n".into() })
        );
        assert_eq!(
            ServiceName::try_new("E\tMS"),
            Err(ServiceNameError::ControlChar { position: 1 })
        );
    }

    #[test]
    fn lanes_refuse_self_loops() {
        let code = NodeCode::try_new("ONT8").unwrap();
        let lane = Lane::try_new(
            code,
            code,
            Carrier::Ups,
            "Ground".parse().unwrap(),
            TransportMode::Road,
            TransitTime::business_days(1, 1).unwrap(),
        );
        assert_eq!(lane, Err(LaneError::SelfLoop { code }));
    }
}
