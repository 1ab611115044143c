//! The warehouse module's error types: one per thing that can be rejected, and
//! [`WarehouseError`] wrapping them all.

use chrono::NaiveDate;

use super::{NodeCode, NodeKind};
use crate::calendar::CalendarError;
use crate::carrier::Carrier;
use crate::geo::Country;

/// Text that is not a valid [`NodeCode`](super::NodeCode).
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::{NodeCode, NodeCodeError};
///
/// let err = "ont8".parse::<NodeCode>().unwrap_err();
/// assert_eq!(err, NodeCodeError::InvalidChar { text: "ont8".into(), position: 0, ch: 'o' });
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NodeCodeError {
    /// The text is empty.
    #[error("node code is empty")]
    Empty,
    /// A character other than `A`–`Z`, `0`–`9` or `-` (lower-case letters included).
    #[error(
        "node code `{text}` has `{ch}` at byte {position}: expected upper-case A-Z, digits 0-9 or `-`"
    )]
    InvalidChar {
        /// The rejected text.
        text: String,
        /// Byte offset of the character.
        position: usize,
        /// The character.
        ch: char,
    },
    /// The code is shorter than 3 or longer than 16 characters.
    #[error("node code `{text}` has {len} characters: expected 3 to 16")]
    Length {
        /// The rejected text.
        text: String,
        /// Its length in characters.
        len: usize,
    },
    /// A hyphen at the start, at the end or next to another hyphen.
    #[error(
        "node code `{text}` has a misplaced `-` at byte {position}: hyphens only separate letters or digits"
    )]
    MisplacedHyphen {
        /// The rejected text.
        text: String,
        /// Byte offset of the hyphen.
        position: usize,
    },
}

/// Text that is not a customs district code of the table.
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::{CustomsDistrict, CustomsDistrictError};
///
/// assert_eq!(
///     "8030".parse::<CustomsDistrict>(),
///     Err(CustomsDistrictError::NotInTable { code: "8030".into() })
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CustomsDistrictError {
    /// The text is not exactly four ASCII digits.
    #[error("customs district code `{text}` is not four ASCII digits")]
    NotFourDigits {
        /// The rejected text.
        text: String,
    },
    /// Four digits, but not a code of the 1,044-row table (JGS/T 18 as captured in 2018).
    #[error("customs district code `{code}` is not in the customs district table (关区代码表)")]
    NotInTable {
        /// The four digits.
        code: String,
    },
}

/// Text that is not the name of a [`NodeKind`](super::NodeKind).
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::NodeKind;
///
/// let err = "warehouse".parse::<NodeKind>().unwrap_err();
/// assert_eq!(err.text(), "warehouse");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown node kind `{text}`: expected `fulfilment_centre`, `bonded_warehouse`, `export_gateway`, `port_of_entry`, `sorting_centre`, `delivery_station` or `pickup_point`"
)]
pub struct ParseNodeKindError {
    text: String,
}

impl ParseNodeKindError {
    /// Builds the error from the rejected text (used by the strum derive of `NodeKind`).
    pub(super) fn new(text: &str) -> Self {
        Self { text: text.to_owned() }
    }

    /// The text that was given.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::NodeKind;
    ///
    /// assert_eq!("FC".parse::<NodeKind>().unwrap_err().text(), "FC");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// Text that is not the name of a [`TransportMode`](super::TransportMode).
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::TransportMode;
///
/// let err = "ship".parse::<TransportMode>().unwrap_err();
/// assert_eq!(err.text(), "ship");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown transport mode `{text}`: expected `air`, `road`, `sea`, `rail` or `postal`")]
pub struct ParseTransportModeError {
    text: String,
}

impl ParseTransportModeError {
    /// Builds the error from the rejected text (used by the strum derive of `TransportMode`).
    pub(super) fn new(text: &str) -> Self {
        Self { text: text.to_owned() }
    }

    /// The text that was given.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::TransportMode;
    ///
    /// assert_eq!("5".parse::<TransportMode>().unwrap_err().text(), "5");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// Text that is not a valid [`ServiceName`](super::ServiceName).
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::{ServiceName, ServiceNameError};
///
/// assert_eq!(" EMS".parse::<ServiceName>(), Err(ServiceNameError::SurroundingWhitespace { text: " EMS".into() }));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ServiceNameError {
    /// The name is empty.
    #[error("service name is empty")]
    Empty,
    /// The name is longer than 64 characters.
    #[error("service name has {len} characters: at most {max}")]
    TooLong {
        /// Its length in characters.
        len: usize,
        /// The maximum, 64.
        max: usize,
    },
    /// The name starts or ends with white space.
    #[error("service name `{text}` starts or ends with white space")]
    SurroundingWhitespace {
        /// The rejected text.
        text: String,
    },
    /// The name contains a control character (a line break, a tab, …).
    #[error("service name has a control character at byte {position}")]
    ControlChar {
        /// Byte offset of the character.
        position: usize,
    },
}

/// A transit time that is malformed or whose minimum exceeds its maximum.
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::{TransitTime, TransitTimeError};
///
/// assert_eq!(TransitTime::business_days(5, 3), Err(TransitTimeError::MinAboveMax { min: 5, max: 3 }));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitTimeError {
    /// The minimum is greater than the maximum.
    #[error("transit minimum {min} is greater than the maximum {max}")]
    MinAboveMax {
        /// The minimum given.
        min: u16,
        /// The maximum given.
        max: u16,
    },
    /// The text is not of the form `3-5 business days`, `2 calendar days` or `1 business day`.
    #[error(
        "transit time `{text}` is malformed: expected `MIN-MAX business days`, `MIN-MAX calendar days` or `N business days`"
    )]
    Malformed {
        /// The rejected text.
        text: String,
    },
}

/// A required field of a [`Node`](super::Node) that the builder was not given.
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::NodeField;
///
/// assert_eq!(NodeField::Cutoff.to_string(), "cutoff");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display)]
#[strum(serialize_all = "snake_case")]
pub enum NodeField {
    /// The IANA time zone.
    TimeZone,
    /// The business calendar.
    Calendar,
    /// The daily handling cut-off.
    Cutoff,
    /// The handling time in business days.
    HandlingDays,
}

/// A [`Node`](super::Node) could not be built.
///
/// # Examples
///
/// ```
/// use chrono::NaiveTime;
/// use crossborder::calendar::BusinessCalendar;
/// use crossborder::geo::Country;
/// use crossborder::warehouse::{Node, NodeCode, NodeError, NodeKind};
///
/// let code: NodeCode = "PVG-2233".parse()?;
/// let err = Node::builder(code, NodeKind::PortOfEntry, Country::JP)
///     .time_zone(chrono_tz::Asia::Tokyo)
///     .calendar(BusinessCalendar::japan())
///     .cutoff(NaiveTime::from_hms_opt(18, 0, 0).ok_or("time")?)
///     .handling_days(0)
///     .build()
///     .unwrap_err();
/// assert_eq!(err, NodeError::NotInChina { code, kind: NodeKind::PortOfEntry, country: Country::JP });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NodeError {
    /// A required field was not given.
    #[error("node {code}: the {field} is missing")]
    Missing {
        /// The node's code.
        code: NodeCode,
        /// The missing field.
        field: NodeField,
    },
    /// The display name is empty or white space only.
    #[error("node {code}: the name is empty")]
    EmptyName {
        /// The node's code.
        code: NodeCode,
    },
    /// A bonded warehouse or port of entry outside mainland China: both are places under
    /// Chinese customs supervision.
    #[error("node {code}: a {kind} must be in mainland China (CN), not {country}")]
    NotInChina {
        /// The node's code.
        code: NodeCode,
        /// The node's kind.
        kind: NodeKind,
        /// The country given.
        country: Country,
    },
    /// A bonded warehouse or port of entry without its customs district code (关区代码).
    #[error("node {code}: a {kind} needs its customs district code (关区代码)")]
    MissingCustomsDistrict {
        /// The node's code.
        code: NodeCode,
        /// The node's kind.
        kind: NodeKind,
    },
    /// A fulfilment centre in mainland China: stock held in China for cross-border sale sits in
    /// a bonded warehouse (保税仓), so model it as one.
    #[error(
        "node {code}: a fulfilment centre is an overseas origin; stock in China sits in a bonded warehouse"
    )]
    FulfilmentCentreInChina {
        /// The node's code.
        code: NodeCode,
    },
    /// A Chinese customs district code on a node outside mainland China.
    #[error("node {code}: a customs district code (关区代码) only applies in CN, not {country}")]
    CustomsDistrictOutsideChina {
        /// The node's code.
        code: NodeCode,
        /// The country given.
        country: Country,
    },
}

/// A [`Lane`](super::Lane) could not be built.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::Carrier;
/// use crossborder::warehouse::{Lane, LaneError, NodeCode, TransitTime, TransportMode};
///
/// let code: NodeCode = "ONT8".parse()?;
/// let err = Lane::try_new(code, code, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?);
/// assert_eq!(err, Err(LaneError::SelfLoop { code }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LaneError {
    /// The lane starts and ends at the same node.
    #[error("lane from {code} to itself")]
    SelfLoop {
        /// The node's code.
        code: NodeCode,
    },
}

/// A [`Network`](super::Network) could not be built from its nodes and lanes.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::Carrier;
/// use crossborder::warehouse::{Lane, Network, NetworkError, NodeCode, TransitTime, TransportMode};
///
/// let (a, b): (NodeCode, NodeCode) = ("ONT8".parse()?, "LAX-GW".parse()?);
/// let lane = Lane::try_new(a, b, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 1)?)?;
/// assert_eq!(Network::try_new([], [lane]), Err(NetworkError::UnknownNode { from: a, to: b, missing: a }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetworkError {
    /// Two nodes have the same code.
    #[error("node code {code} is used twice")]
    DuplicateNode {
        /// The repeated code.
        code: NodeCode,
    },
    /// A lane names a node that is not in the network.
    #[error("lane {from} -> {to} names {missing}, which is not a node of the network")]
    UnknownNode {
        /// The lane's origin.
        from: NodeCode,
        /// The lane's destination.
        to: NodeCode,
        /// The code that is not a node.
        missing: NodeCode,
    },
    /// Two lanes have the same origin, destination, carrier, service and mode.
    #[error("lane {from} -> {to} by {carrier} `{service}` is given twice")]
    DuplicateLane {
        /// The lane's origin.
        from: NodeCode,
        /// The lane's destination.
        to: NodeCode,
        /// The carrier.
        carrier: Carrier,
        /// The service name.
        service: String,
    },
}

/// A route query on a [`Network`](super::Network) could not be answered.
///
/// An empty list of routes is not an error: it is the answer "no route".
///
/// # Examples
///
/// ```
/// use crossborder::geo::Country;
/// use crossborder::warehouse::{Network, NodeCode, RouteError};
///
/// let network = Network::try_new([], [])?;
/// let code: NodeCode = "ONT8".parse()?;
/// assert_eq!(network.routes(code, Country::CN), Err(RouteError::UnknownNode { code }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RouteError {
    /// The code is not a node of the network.
    #[error("{code} is not a node of the network")]
    UnknownNode {
        /// The code asked for.
        code: NodeCode,
    },
    /// A path's legs do not chain: a leg does not start where the previous one ended.
    #[error("leg {index} of the path starts at {found}, but the path is at {expected}")]
    BrokenPath {
        /// Zero-based index of the leg.
        index: usize,
        /// Where the path is before this leg.
        expected: NodeCode,
        /// Where the leg starts.
        found: NodeCode,
    },
    /// More routes than [`Network::MAX_PATHS`](super::Network::MAX_PATHS): lower the number
    /// of legs allowed.
    #[error("more than {limit} routes from {from}; allow fewer legs")]
    TooManyPaths {
        /// The origin asked for.
        from: NodeCode,
        /// The limit.
        limit: usize,
    },
    /// The search followed more than [`Network::MAX_STEPS`](super::Network::MAX_STEPS) lanes
    /// (a dense network): allow fewer legs.
    #[error("the route search from {from} followed more than {limit} lanes; allow fewer legs")]
    SearchTooLarge {
        /// The origin asked for.
        from: NodeCode,
        /// The limit.
        limit: usize,
    },
    /// A node's calendar cannot answer for the dates the estimate needs.
    #[error("calendar of node {node}: {source}")]
    Calendar {
        /// The node whose calendar failed.
        node: NodeCode,
        /// The calendar's error.
        source: CalendarError,
    },
    /// Adding a leg's calendar days goes beyond the dates chrono can represent.
    #[error("{days} calendar days after {from} lie beyond the representable dates")]
    DateOutOfRange {
        /// The date the leg starts.
        from: NaiveDate,
        /// The days added.
        days: u16,
    },
}

/// Any error of the warehouse module.
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::{CustomsDistrict, NodeCode, WarehouseError};
///
/// fn read(code: &str, district: &str) -> Result<(NodeCode, CustomsDistrict), WarehouseError> {
///     Ok((code.parse()?, district.parse()?))
/// }
/// assert!(read("PVG-2233", "2233").is_ok());
/// assert!(matches!(read("PVG-2233", "22"), Err(WarehouseError::CustomsDistrict(_))));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WarehouseError {
    /// A node code was rejected.
    #[error(transparent)]
    NodeCode(#[from] NodeCodeError),
    /// A customs district code was rejected.
    #[error(transparent)]
    CustomsDistrict(#[from] CustomsDistrictError),
    /// A node kind name was not recognised.
    #[error(transparent)]
    NodeKind(#[from] ParseNodeKindError),
    /// A transport mode name was not recognised.
    #[error(transparent)]
    TransportMode(#[from] ParseTransportModeError),
    /// A service name was rejected.
    #[error(transparent)]
    ServiceName(#[from] ServiceNameError),
    /// A transit time was rejected.
    #[error(transparent)]
    TransitTime(#[from] TransitTimeError),
    /// A node could not be built.
    #[error(transparent)]
    Node(#[from] NodeError),
    /// A lane could not be built.
    #[error(transparent)]
    Lane(#[from] LaneError),
    /// A network could not be built.
    #[error(transparent)]
    Network(#[from] NetworkError),
    /// A route query could not be answered.
    #[error(transparent)]
    Route(#[from] RouteError),
    /// An expected ship date could not be computed.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
}
