//! [`Network`]: nodes and lanes, the routes between them, and where to stock goods.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{DateTime, Days, NaiveDate, Utc};

use super::code::NodeCode;
use super::error::{NetworkError, RouteError};
use super::lane::{DayUnit, Lane};
use super::node::Node;
use crate::geo::Country;

/// Where a route should end: a given node, or the first node reached in a country.
///
/// # Examples
///
/// ```
/// use crossborder::geo::Country;
/// use crossborder::warehouse::{Destination, NodeCode};
///
/// let station: NodeCode = "SHA-DS1".parse()?;
/// assert_eq!(Destination::from(station), Destination::Node(station));
/// assert_eq!(Destination::from(Country::CN), Destination::Country(Country::CN));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Destination {
    /// Routes ending at this node.
    Node(NodeCode),
    /// Routes ending at the first node they reach in this country (where the parcel crosses
    /// into it); an origin already in the country is its own zero-leg route.
    Country(Country),
}

impl From<NodeCode> for Destination {
    fn from(code: NodeCode) -> Self {
        Self::Node(code)
    }
}

impl From<Country> for Destination {
    fn from(country: Country) -> Self {
        Self::Country(country)
    }
}

impl fmt::Display for Destination {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Node(code) => write!(f, "node {code}"),
            Self::Country(country) => write!(f, "country {country}"),
        }
    }
}

/// A range of days, `min ≤ max`.
///
/// # Examples
///
/// ```
/// # use crossborder::{carrier::Carrier, warehouse::{Lane, NetworkPath, TransitTime, TransportMode}};
/// # let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
/// let path = NetworkPath::try_new("ONT8".parse()?, vec![lane])?;
/// let days = path.transit().business_days();
/// assert_eq!((days.min(), days.max()), (1, 2));
/// assert_eq!(days.to_string(), "1-2");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct DayRange {
    min: u32,
    max: u32,
}

impl DayRange {
    /// The fewest days.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::warehouse::{NetworkPath};
    /// let path = NetworkPath::try_new("ONT8".parse()?, vec![])?;
    /// assert_eq!(path.transit().calendar_days().min(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn min(self) -> u32 {
        self.min
    }

    /// The most days.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::warehouse::{NetworkPath};
    /// let path = NetworkPath::try_new("ONT8".parse()?, vec![])?;
    /// assert_eq!(path.transit().calendar_days().max(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn max(self) -> u32 {
        self.max
    }
}

impl fmt::Display for DayRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.min, self.max)
    }
}

/// The total transit of a path: its legs' business days and calendar days, summed separately
/// (a business day is not a fixed number of calendar days, so the two are not added together;
/// [`Network::estimate`] turns both into dates with the nodes' calendars).
///
/// # Examples
///
/// ```
/// # use crossborder::{carrier::Carrier, warehouse::{Lane, NetworkPath, TransitTime, TransportMode}};
/// let a = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
/// let b = Lane::try_new("LAX-GW".parse()?, "PVG-2233".parse()?, Carrier::Ups, "Worldwide Expedited".parse()?, TransportMode::Air, TransitTime::calendar_days(2, 4)?)?;
/// let c = Lane::try_new("PVG-2233".parse()?, "SHA-DS1".parse()?, Carrier::SfExpress, "标快".parse()?, TransportMode::Road, TransitTime::business_days(2, 5)?)?;
/// let transit = NetworkPath::try_new("ONT8".parse()?, vec![a, b, c])?.transit();
/// assert_eq!(transit.business_days().to_string(), "3-7"); // 1-2 + 2-5
/// assert_eq!(transit.calendar_days().to_string(), "2-4");
/// assert_eq!(transit.to_string(), "3-7 business days + 2-4 calendar days");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PathTransit {
    business_days: DayRange,
    calendar_days: DayRange,
}

impl PathTransit {
    /// The sum of the legs counted in business days.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::warehouse::{NetworkPath};
    /// let path = NetworkPath::try_new("ONT8".parse()?, vec![])?;
    /// assert_eq!(path.transit().business_days().max(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn business_days(self) -> DayRange {
        self.business_days
    }

    /// The sum of the legs counted in calendar days.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::warehouse::{NetworkPath};
    /// let path = NetworkPath::try_new("ONT8".parse()?, vec![])?;
    /// assert_eq!(path.transit().calendar_days().max(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn calendar_days(self) -> DayRange {
        self.calendar_days
    }
}

impl fmt::Display for PathTransit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} business days + {} calendar days", self.business_days, self.calendar_days)
    }
}

/// A path through a [`Network`]: an origin node and the lanes (legs) taken from it, each
/// starting where the previous one ended. Named so as not to clash with the shipment's route
/// of legs built on top of it.
///
/// Paths listed by [`Network::routes`] are simple (no node twice); a path built by hand with
/// [`try_new`](Self::try_new) only has to chain.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::Carrier;
/// use crossborder::warehouse::{Lane, NetworkPath, TransitTime, TransportMode};
///
/// let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
/// let path = NetworkPath::try_new("ONT8".parse()?, vec![lane])?;
/// assert_eq!(path.destination().as_str(), "LAX-GW");
/// assert_eq!(path.to_string(), "ONT8 -[ups Ground, road]-> LAX-GW");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NetworkPath {
    origin: NodeCode,
    legs: Vec<Lane>,
}

impl NetworkPath {
    /// A path from `origin` along `legs`.
    ///
    /// # Errors
    ///
    /// [`RouteError::BrokenPath`] if a leg does not start where the path is.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    /// use crossborder::warehouse::{Lane, NetworkPath, RouteError, TransitTime, TransportMode};
    ///
    /// let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
    /// let broken = NetworkPath::try_new("LGB3".parse()?, vec![lane]);
    /// assert!(matches!(broken, Err(RouteError::BrokenPath { index: 0, .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(origin: NodeCode, legs: Vec<Lane>) -> Result<Self, RouteError> {
        let mut at = origin;
        for (index, leg) in legs.iter().enumerate() {
            if leg.from() != at {
                return Err(RouteError::BrokenPath { index, expected: at, found: leg.from() });
            }
            at = leg.to();
        }
        Ok(Self { origin, legs })
    }

    /// The node the path starts at.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::warehouse::NetworkPath;
    /// let path = NetworkPath::try_new("ONT8".parse()?, vec![])?;
    /// assert_eq!(path.origin().as_str(), "ONT8");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn origin(&self) -> NodeCode {
        self.origin
    }

    /// The node the path ends at (the origin for a path without legs).
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::warehouse::NetworkPath;
    /// let path = NetworkPath::try_new("ONT8".parse()?, vec![])?;
    /// assert_eq!(path.destination(), path.origin());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn destination(&self) -> NodeCode {
        self.legs.last().map_or(self.origin, Lane::to)
    }

    /// The legs, in travel order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::warehouse::NetworkPath;
    /// let path = NetworkPath::try_new("ONT8".parse()?, vec![])?;
    /// assert!(path.legs().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn legs(&self) -> &[Lane] {
        &self.legs
    }

    /// The nodes visited: the origin, then each leg's destination.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{carrier::Carrier, warehouse::{Lane, NetworkPath, TransitTime, TransportMode}};
    /// # let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
    /// let path = NetworkPath::try_new("ONT8".parse()?, vec![lane])?;
    /// let nodes: Vec<String> = path.nodes().map(|code| code.to_string()).collect();
    /// assert_eq!(nodes, ["ONT8", "LAX-GW"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn nodes(&self) -> impl Iterator<Item = NodeCode> + '_ {
        std::iter::once(self.origin).chain(self.legs.iter().map(Lane::to))
    }

    /// The total transit of the legs, business and calendar days summed separately.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::{carrier::Carrier, warehouse::{Lane, NetworkPath, TransitTime, TransportMode}};
    /// # let lane = Lane::try_new("ONT8".parse()?, "LAX-GW".parse()?, Carrier::Ups, "Ground".parse()?, TransportMode::Road, TransitTime::business_days(1, 2)?)?;
    /// let path = NetworkPath::try_new("ONT8".parse()?, vec![lane])?;
    /// assert_eq!(path.transit().to_string(), "1-2 business days + 0-0 calendar days");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn transit(&self) -> PathTransit {
        let mut total = PathTransit::default();
        for leg in &self.legs {
            let transit = leg.transit();
            let range = match transit.unit() {
                DayUnit::BusinessDays => &mut total.business_days,
                DayUnit::CalendarDays => &mut total.calendar_days,
            };
            // At most `u16::MAX` per leg; a path has fewer than 65,536 legs in practice and the
            // sums saturate rather than wrap.
            range.min = range.min.saturating_add(u32::from(transit.min()));
            range.max = range.max.saturating_add(u32::from(transit.max()));
        }
        total
    }
}

impl fmt::Display for NetworkPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        for leg in &self.legs {
            write!(f, " -[{} {}, {}]-> {}", leg.carrier(), leg.service(), leg.mode(), leg.to())?;
        }
        Ok(())
    }
}

/// The dates of a path for one order: when the origin ships it and the window in which it
/// reaches the path's destination.
///
/// # Examples
///
/// See [`Network::estimate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PathEstimate {
    ship_date: NaiveDate,
    earliest_arrival: NaiveDate,
    latest_arrival: NaiveDate,
}

impl PathEstimate {
    /// The origin's expected ship date ([`Node::expected_ship_date`]).
    ///
    /// # Examples
    ///
    /// See [`Network::estimate`].
    pub fn ship_date(self) -> NaiveDate {
        self.ship_date
    }

    /// The arrival date if every leg takes its minimum.
    ///
    /// # Examples
    ///
    /// See [`Network::estimate`].
    pub fn earliest_arrival(self) -> NaiveDate {
        self.earliest_arrival
    }

    /// The arrival date if every leg takes its maximum: the date to promise.
    ///
    /// # Examples
    ///
    /// See [`Network::estimate`].
    pub fn latest_arrival(self) -> NaiveDate {
        self.latest_arrival
    }
}

/// One candidate origin in [`Network::compare_origins`]: its best path to the destination and
/// that path's dates.
///
/// # Examples
///
/// See [`Network::compare_origins`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OriginOption {
    path: NetworkPath,
    estimate: PathEstimate,
}

impl OriginOption {
    /// The origin node.
    ///
    /// # Examples
    ///
    /// See [`Network::compare_origins`].
    pub fn origin(&self) -> NodeCode {
        self.path.origin()
    }

    /// The origin's best path to the destination.
    ///
    /// # Examples
    ///
    /// See [`Network::compare_origins`].
    pub fn path(&self) -> &NetworkPath {
        &self.path
    }

    /// The dates of that path.
    ///
    /// # Examples
    ///
    /// See [`Network::compare_origins`].
    pub fn estimate(&self) -> PathEstimate {
        self.estimate
    }
}

/// The result of [`Network::compare_origins`]: the reachable origins, best first, and those
/// with no route to the destination.
///
/// # Examples
///
/// See [`Network::compare_origins`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct OriginComparison {
    ranked: Vec<OriginOption>,
    unreachable: Vec<NodeCode>,
}

impl OriginComparison {
    /// The origins that can reach the destination, best first.
    ///
    /// # Examples
    ///
    /// See [`Network::compare_origins`].
    pub fn ranked(&self) -> &[OriginOption] {
        &self.ranked
    }

    /// The best origin, if any can reach the destination.
    ///
    /// # Examples
    ///
    /// See [`Network::compare_origins`].
    pub fn best(&self) -> Option<&OriginOption> {
        self.ranked.first()
    }

    /// The origins with no route to the destination, in the order given.
    ///
    /// # Examples
    ///
    /// See [`Network::compare_origins`].
    pub fn unreachable(&self) -> &[NodeCode] {
        &self.unreachable
    }
}

/// A logistics network (物流网络): nodes and the lanes between them.
///
/// Built with [`try_new`](Self::try_new) (or from serde data, through the same checks): node
/// codes are unique, every lane's ends are nodes of the network, and no two lanes share origin,
/// destination, carrier, service and mode. Lanes are kept in a canonical order (origin,
/// destination, carrier, service, mode, transit), so equal networks compare equal whatever order
/// their parts were given in, and every query answers deterministically.
///
/// - [`routes`](Self::routes) lists the simple paths from a node to a [`Destination`];
/// - [`estimate`](Self::estimate) dates a path for one order;
/// - [`compare_origins`](Self::compare_origins) ranks candidate stock locations (备货到对应国家
///   仓库) by when an order placed now would arrive.
///
/// With the `serde` feature a network is `{"nodes": [...], "lanes": [...]}`.
///
/// # Examples
///
/// See [`compare_origins`](Self::compare_origins) and the [module documentation](super).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Network {
    nodes: BTreeMap<NodeCode, Node>,
    /// Canonical order; `outgoing` indexes into it.
    lanes: Vec<Lane>,
    /// For each node with lanes, the positions of its lanes in `lanes` (ascending).
    outgoing: BTreeMap<NodeCode, Vec<usize>>,
}

impl Network {
    /// The longest route [`routes`](Self::routes) looks for, in legs. A cross-border chain has
    /// about five (fulfilment centre → gateway → port of entry → sorting centre → delivery
    /// station → pickup point).
    pub const DEFAULT_MAX_LEGS: usize = 8;

    /// The most routes one query may list before it fails with [`RouteError::TooManyPaths`];
    /// it bounds the time and memory of a query on a dense network.
    pub const MAX_PATHS: usize = 10_000;

    /// The most lanes one route query may follow (partial paths explored) before it fails
    /// with [`RouteError::SearchTooLarge`]: on a dense network without a route to the
    /// destination the search could otherwise explore billions of partial paths.
    pub const MAX_STEPS: usize = 1_000_000;

    /// Builds a network from its nodes and lanes.
    ///
    /// # Errors
    ///
    /// [`NetworkError::DuplicateNode`], [`NetworkError::UnknownNode`] (a lane end that is not
    /// a node), [`NetworkError::DuplicateLane`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::Network;
    ///
    /// let empty = Network::try_new([], [])?;
    /// assert_eq!(empty.nodes().count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(
        nodes: impl IntoIterator<Item = Node>,
        lanes: impl IntoIterator<Item = Lane>,
    ) -> Result<Self, NetworkError> {
        let mut by_code = BTreeMap::new();
        for node in nodes {
            let code = node.code();
            if by_code.insert(code, node).is_some() {
                return Err(NetworkError::DuplicateNode { code });
            }
        }
        let mut lanes: Vec<Lane> = lanes.into_iter().collect();
        for lane in &lanes {
            for end in [lane.from(), lane.to()] {
                if !by_code.contains_key(&end) {
                    return Err(NetworkError::UnknownNode {
                        from: lane.from(),
                        to: lane.to(),
                        missing: end,
                    });
                }
            }
        }
        lanes.sort();
        let mut seen = BTreeSet::new();
        for lane in &lanes {
            if !seen.insert((lane.from(), lane.to(), lane.carrier(), lane.service(), lane.mode())) {
                return Err(NetworkError::DuplicateLane {
                    from: lane.from(),
                    to: lane.to(),
                    carrier: lane.carrier(),
                    service: lane.service().to_string(),
                });
            }
        }
        let mut outgoing: BTreeMap<NodeCode, Vec<usize>> = BTreeMap::new();
        for (index, lane) in lanes.iter().enumerate() {
            outgoing.entry(lane.from()).or_default().push(index);
        }
        Ok(Self { nodes: by_code, lanes, outgoing })
    }

    /// The node with this code.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::Network;
    ///
    /// let empty = Network::try_new([], [])?;
    /// assert!(empty.node("ONT8".parse()?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn node(&self, code: NodeCode) -> Option<&Node> {
        self.nodes.get(&code)
    }

    /// Every node, ordered by code.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::Network;
    ///
    /// assert_eq!(Network::try_new([], [])?.nodes().count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.nodes.values()
    }

    /// Every lane, in canonical order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::Network;
    ///
    /// assert!(Network::try_new([], [])?.lanes().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lanes(&self) -> &[Lane] {
        &self.lanes
    }

    /// The lanes leaving `code`, in canonical order (empty for an unknown code).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::Network;
    ///
    /// assert_eq!(Network::try_new([], [])?.lanes_from("ONT8".parse()?).count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lanes_from(&self, code: NodeCode) -> impl Iterator<Item = &Lane> {
        self.outgoing_indexes(code).iter().filter_map(|&index| self.lanes.get(index))
    }

    fn outgoing_indexes(&self, code: NodeCode) -> &[usize] {
        self.outgoing.get(&code).map_or(&[], Vec::as_slice)
    }

    fn require(&self, code: NodeCode) -> Result<&Node, RouteError> {
        self.nodes.get(&code).ok_or(RouteError::UnknownNode { code })
    }

    /// The simple paths (no node twice) from `from` to `to`, with at most
    /// [`DEFAULT_MAX_LEGS`](Self::DEFAULT_MAX_LEGS) legs; see
    /// [`routes_with_max_legs`](Self::routes_with_max_legs).
    ///
    /// # Errors
    ///
    /// As [`routes_with_max_legs`](Self::routes_with_max_legs).
    ///
    /// # Examples
    ///
    /// See [`compare_origins`](Self::compare_origins).
    pub fn routes(
        &self,
        from: NodeCode,
        to: impl Into<Destination>,
    ) -> Result<Vec<NetworkPath>, RouteError> {
        self.routes_with_max_legs(from, to, Self::DEFAULT_MAX_LEGS)
    }

    /// The simple paths from `from` to `to` with at most `max_legs` legs.
    ///
    /// - To [`Destination::Node`]: paths ending at that node (the zero-leg path if `from` is
    ///   that node).
    /// - To [`Destination::Country`]: paths ending at the first node they reach in the country;
    ///   none of their other nodes is in it (the zero-leg path if `from` is in the country).
    ///
    /// Parallel lanes (another carrier, service or mode between the same nodes) give distinct
    /// paths. The list is ordered by number of legs, then by the legs' canonical order, and is
    /// empty when there is no route. The search is depth-first and bounded by `max_legs`,
    /// [`MAX_PATHS`](Self::MAX_PATHS) and [`MAX_STEPS`](Self::MAX_STEPS).
    ///
    /// # Errors
    ///
    /// [`RouteError::UnknownNode`] if `from` (or a destination node) is not in the network;
    /// [`RouteError::TooManyPaths`] if more than [`MAX_PATHS`](Self::MAX_PATHS) paths match;
    /// [`RouteError::SearchTooLarge`] if the search follows more than
    /// [`MAX_STEPS`](Self::MAX_STEPS) lanes.
    ///
    /// # Examples
    ///
    /// See [`compare_origins`](Self::compare_origins).
    pub fn routes_with_max_legs(
        &self,
        from: NodeCode,
        to: impl Into<Destination>,
        max_legs: usize,
    ) -> Result<Vec<NetworkPath>, RouteError> {
        let to = to.into();
        self.require(from)?;
        if let Destination::Node(code) = to {
            self.require(code)?;
        }
        let reached = |code: NodeCode| match to {
            Destination::Node(target) => code == target,
            Destination::Country(country) => {
                self.nodes.get(&code).is_some_and(|node| node.country() == country)
            }
        };
        let mut found: Vec<Vec<usize>> = Vec::new();
        if reached(from) {
            found.push(Vec::new());
        } else {
            self.search(from, &reached, max_legs, &mut found)?;
        }
        // Stable: equal lengths keep the depth-first (canonical lane) order.
        found.sort_by_key(Vec::len);
        Ok(found
            .into_iter()
            .map(|legs| NetworkPath {
                origin: from,
                legs: legs.into_iter().filter_map(|index| self.lanes.get(index).cloned()).collect(),
            })
            .collect())
    }

    /// Depth-first enumeration of simple paths from `from` that end at the first node where
    /// `reached` holds, with an explicit stack (no recursion, whatever `max_legs` is).
    fn search(
        &self,
        from: NodeCode,
        reached: &impl Fn(NodeCode) -> bool,
        max_legs: usize,
        found: &mut Vec<Vec<usize>>,
    ) -> Result<(), RouteError> {
        // Each frame: a node on the current path and the position of its next lane to try.
        let mut stack: Vec<(NodeCode, usize)> = vec![(from, 0)];
        let mut on_path: BTreeSet<NodeCode> = BTreeSet::from([from]);
        let mut legs: Vec<usize> = Vec::new();
        let mut steps: usize = 0;
        while let Some(frame) = stack.last_mut() {
            let (node, position) = *frame;
            let next_lane = if legs.len() < max_legs {
                self.outgoing_indexes(node).get(position).copied()
            } else {
                None
            };
            let Some(lane_index) = next_lane else {
                stack.pop();
                if legs.pop().is_some() {
                    on_path.remove(&node);
                }
                continue;
            };
            frame.1 = position.saturating_add(1);
            steps = steps.saturating_add(1);
            if steps > Self::MAX_STEPS {
                return Err(RouteError::SearchTooLarge { from, limit: Self::MAX_STEPS });
            }
            let Some(next) = self.lanes.get(lane_index).map(Lane::to) else { continue };
            if on_path.contains(&next) {
                continue;
            }
            if reached(next) {
                if found.len() >= Self::MAX_PATHS {
                    return Err(RouteError::TooManyPaths { from, limit: Self::MAX_PATHS });
                }
                let mut path = legs.clone();
                path.push(lane_index);
                found.push(path);
                continue;
            }
            stack.push((next, 0));
            on_path.insert(next);
            legs.push(lane_index);
        }
        Ok(())
    }

    /// The dates of `path` for an order placed at `order_instant`.
    ///
    /// The origin ships on its [expected ship date](Node::expected_ship_date). Each leg then
    /// starts on the day the previous one arrived and adds its transit: calendar days as they
    /// are, business days on the calendar of the node the leg leaves from (the `n`-th business
    /// day after the start, [`BusinessCalendar::add_business_days`](crate::calendar::BusinessCalendar::add_business_days)).
    /// The earliest arrival takes every leg's minimum, the latest every leg's maximum. Handling
    /// at intermediate nodes is part of the lanes' transit times.
    ///
    /// # Errors
    ///
    /// [`RouteError::UnknownNode`] if a node of the path is not in this network;
    /// [`RouteError::Calendar`] if a node's calendar does not cover a date needed;
    /// [`RouteError::DateOutOfRange`] past chrono's last date.
    ///
    /// # Examples
    ///
    /// See [`compare_origins`](Self::compare_origins).
    pub fn estimate(
        &self,
        path: &NetworkPath,
        order_instant: DateTime<Utc>,
    ) -> Result<PathEstimate, RouteError> {
        let origin = self.require(path.origin())?;
        let ship_date = origin
            .expected_ship_date(order_instant)
            .map_err(|source| RouteError::Calendar { node: origin.code(), source })?;
        let mut earliest = ship_date;
        let mut latest = ship_date;
        for leg in path.legs() {
            let start = self.require(leg.from())?;
            self.require(leg.to())?;
            let transit = leg.transit();
            earliest = advance(start, earliest, transit.unit(), transit.min())?;
            latest = advance(start, latest, transit.unit(), transit.max())?;
        }
        Ok(PathEstimate { ship_date, earliest_arrival: earliest, latest_arrival: latest })
    }

    /// Ranks candidate origins (where to stock goods, 备货到对应国家仓库) by when an order placed
    /// at `order_instant` would reach `destination` from each.
    ///
    /// For each origin, every route of [`routes`](Self::routes) is [estimated](Self::estimate)
    /// and the best kept; origins are then ranked best first. "Best" compares, in order: the
    /// latest arrival (the date a seller can promise), the earliest arrival, the number of
    /// legs, then the origin code and the path's canonical order, so the ranking is
    /// deterministic. Origins without a route are listed as unreachable; an origin given twice
    /// counts once.
    ///
    /// # Errors
    ///
    /// As [`routes`](Self::routes) and [`estimate`](Self::estimate), for any origin.
    ///
    /// # Examples
    ///
    /// A US fulfilment centre against a bonded warehouse in Ningbo, for a buyer served by a
    /// Shanghai delivery station, ordering on Friday 2026-02-13 (the eve of the Spring Festival
    /// break of 15–23 February):
    ///
    /// ```
    /// use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    /// use crossborder::calendar::BusinessCalendar;
    /// use crossborder::carrier::Carrier;
    /// use crossborder::geo::Country;
    /// use crossborder::warehouse::{CustomsDistrict, Lane, Network, Node, NodeCode, NodeKind, TransitTime, TransportMode};
    ///
    /// let code = |text: &str| text.parse::<NodeCode>();
    /// let hour = |h| NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// let china = |c, kind| {
    ///     Node::builder(c, kind, Country::CN)
    ///         .time_zone(chrono_tz::Asia::Shanghai)
    ///         .calendar(BusinessCalendar::china())
    /// };
    /// let nodes = [
    ///     Node::builder(code("ONT8")?, NodeKind::FulfilmentCentre, Country::US)
    ///         .time_zone(chrono_tz::America::Los_Angeles)
    ///         .calendar(BusinessCalendar::united_states_federal())
    ///         .cutoff(hour(14)?)
    ///         .handling_days(1)
    ///         .build()?,
    ///     china(code("NGB-BW1")?, NodeKind::BondedWarehouse)
    ///         .cutoff(hour(16)?)
    ///         .handling_days(1)
    ///         .customs_district("3105".parse::<CustomsDistrict>()?)
    ///         .build()?,
    ///     china(code("PVG-2233")?, NodeKind::PortOfEntry)
    ///         .cutoff(hour(18)?)
    ///         .handling_days(0)
    ///         .customs_district(CustomsDistrict::PUDONG_AIRPORT)
    ///         .build()?,
    ///     china(code("SHA-DS1")?, NodeKind::DeliveryStation).cutoff(hour(18)?).handling_days(0).build()?,
    /// ];
    /// let lane = |from, to, carrier, service: &str, mode, transit| -> Result<Lane, Box<dyn std::error::Error>> {
    ///     Ok(Lane::try_new(code(from)?, code(to)?, carrier, service.parse()?, mode, transit)?)
    /// };
    /// let lanes = [
    ///     lane("ONT8", "PVG-2233", Carrier::Ups, "Worldwide Expedited", TransportMode::Air, TransitTime::calendar_days(3, 5)?)?,
    ///     // Customs clearance at the port counts in Chinese business days.
    ///     lane("PVG-2233", "SHA-DS1", Carrier::SfExpress, "标快", TransportMode::Road, TransitTime::business_days(1, 3)?)?,
    ///     lane("NGB-BW1", "SHA-DS1", Carrier::SfExpress, "标快", TransportMode::Road, TransitTime::business_days(1, 2)?)?,
    /// ];
    /// let network = Network::try_new(nodes, lanes)?;
    ///
    /// let paths = network.routes(code("ONT8")?, code("SHA-DS1")?)?;
    /// assert_eq!(paths.len(), 1);
    /// assert_eq!(paths[0].legs().len(), 2);
    ///
    /// // Friday 2026-02-13 09:00 Beijing time = Thursday 2026-02-12 17:00 PST.
    /// let ordered = Utc.with_ymd_and_hms(2026, 2, 13, 1, 0, 0).single().ok_or("instant")?;
    /// let ranking = network.compare_origins(code("SHA-DS1")?, &[code("NGB-BW1")?, code("ONT8")?], ordered)?;
    /// let date = |m, d| NaiveDate::from_ymd_opt(2026, m, d).ok_or("date");
    ///
    /// // Ningbo: received Fri 13 before the cut-off, ships Sat 14 (a make-up working day, 调休上班),
    /// // then 1-2 Chinese business days: the break of 15-23 February is skipped, Tue 24 - Wed 25.
    /// let ningbo = &ranking.ranked()[0];
    /// assert_eq!(ningbo.origin(), code("NGB-BW1")?);
    /// assert_eq!(ningbo.estimate().ship_date(), date(2, 14)?);
    /// assert_eq!(ningbo.estimate().latest_arrival(), date(2, 25)?);
    ///
    /// // ONT8: Thu 12 at 17:00 PST is after the 14:00 cut-off, so received Fri 13; one business
    /// // day later is Tue 17, as Monday 16 February 2026 is Washington's Birthday (5 U.S.C.
    /// // 6103(a)); then 3-5 calendar days by air (Fri 20 - Sun 22), then 1-3 Chinese business
    /// // days from the port, after the break: Tue 24 - Thu 26.
    /// let ontario = &ranking.ranked()[1];
    /// assert_eq!(ontario.estimate().ship_date(), date(2, 17)?);
    /// assert_eq!(ontario.estimate().earliest_arrival(), date(2, 24)?);
    /// assert_eq!(ontario.estimate().latest_arrival(), date(2, 26)?);
    /// assert!(ranking.unreachable().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compare_origins(
        &self,
        destination: impl Into<Destination>,
        origins: &[NodeCode],
        order_instant: DateTime<Utc>,
    ) -> Result<OriginComparison, RouteError> {
        let destination = destination.into();
        let mut seen = BTreeSet::new();
        let mut ranked = Vec::new();
        let mut unreachable = Vec::new();
        for &origin in origins {
            if !seen.insert(origin) {
                continue;
            }
            let mut best: Option<OriginOption> = None;
            for path in self.routes(origin, destination)? {
                let estimate = self.estimate(&path, order_instant)?;
                let candidate = OriginOption { path, estimate };
                if best.as_ref().is_none_or(|current| rank_key(&candidate) < rank_key(current)) {
                    best = Some(candidate);
                }
            }
            match best {
                Some(option) => ranked.push(option),
                None => unreachable.push(origin),
            }
        }
        ranked.sort_by(|a, b| rank_key(a).cmp(&rank_key(b)));
        Ok(OriginComparison { ranked, unreachable })
    }
}

/// The ranking of [`Network::compare_origins`]: latest arrival, earliest arrival, legs, origin,
/// then the path itself (total, so ties are impossible between distinct options).
fn rank_key(option: &OriginOption) -> (NaiveDate, NaiveDate, usize, &NetworkPath) {
    (
        option.estimate.latest_arrival,
        option.estimate.earliest_arrival,
        option.path.legs.len(),
        &option.path,
    )
}

/// `date` plus `days` of `unit`, business days on `node`'s calendar.
fn advance(
    node: &Node,
    date: NaiveDate,
    unit: DayUnit,
    days: u16,
) -> Result<NaiveDate, RouteError> {
    match unit {
        DayUnit::CalendarDays => date
            .checked_add_days(Days::new(u64::from(days)))
            .ok_or(RouteError::DateOutOfRange { from: date, days }),
        DayUnit::BusinessDays => node
            .calendar()
            .add_business_days(date, u32::from(days))
            .map_err(|source| RouteError::Calendar { node: node.code(), source }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::BusinessCalendar;
    use crate::carrier::Carrier;
    use crate::warehouse::{NodeKind, TransitTime, TransportMode};
    use chrono::NaiveTime;

    fn code(text: &str) -> NodeCode {
        NodeCode::try_new(text).unwrap()
    }

    fn node(text: &str, country: Country) -> Node {
        Node::builder(code(text), NodeKind::SortingCentre, country)
            .time_zone(chrono_tz::UTC)
            .calendar(BusinessCalendar::seven_day())
            .cutoff(NaiveTime::from_hms_opt(12, 0, 0).unwrap())
            .handling_days(0)
            .build()
            .unwrap()
    }

    fn lane(from: &str, to: &str, carrier: Carrier, days: u16) -> Lane {
        Lane::try_new(
            code(from),
            code(to),
            carrier,
            "Standard".parse().unwrap(),
            TransportMode::Road,
            TransitTime::calendar_days(days, days).unwrap(),
        )
        .unwrap()
    }

    fn names(paths: &[NetworkPath]) -> Vec<String> {
        paths
            .iter()
            .map(|p| p.nodes().map(|c| c.to_string()).collect::<Vec<_>>().join(">"))
            .collect()
    }

    /// AAA → BBB → DDD, AAA → CCC → DDD, BBB ⇄ CCC (a cycle), DDD → EEE; DDD and EEE in CN.
    fn diamond() -> Network {
        Network::try_new(
            [
                node("AAA", Country::US),
                node("BBB", Country::US),
                node("CCC", Country::US),
                node("DDD", Country::CN),
                node("EEE", Country::CN),
            ],
            [
                lane("DDD", "EEE", Carrier::SfExpress, 1),
                lane("CCC", "BBB", Carrier::Ups, 1),
                lane("BBB", "CCC", Carrier::Ups, 1),
                lane("AAA", "CCC", Carrier::Ups, 1),
                lane("AAA", "BBB", Carrier::Ups, 1),
                lane("BBB", "DDD", Carrier::Ups, 2),
                lane("CCC", "DDD", Carrier::Ups, 3),
            ],
        )
        .unwrap()
    }

    #[test]
    fn routes_to_a_node_are_simple_and_ordered() {
        let network = diamond();
        let paths = network.routes(code("AAA"), code("EEE")).unwrap();
        assert_eq!(
            names(&paths),
            ["AAA>BBB>DDD>EEE", "AAA>CCC>DDD>EEE", "AAA>BBB>CCC>DDD>EEE", "AAA>CCC>BBB>DDD>EEE",]
        );
        assert_eq!(names(&network.routes(code("AAA"), code("AAA")).unwrap()), ["AAA"]);
        assert!(network.routes(code("EEE"), code("AAA")).unwrap().is_empty());
    }

    #[test]
    fn routes_to_a_country_stop_at_the_first_node_there() {
        let network = diamond();
        let paths = network.routes(code("AAA"), Country::CN).unwrap();
        assert_eq!(
            names(&paths),
            ["AAA>BBB>DDD", "AAA>CCC>DDD", "AAA>BBB>CCC>DDD", "AAA>CCC>BBB>DDD"]
        );
        assert_eq!(names(&network.routes(code("DDD"), Country::CN).unwrap()), ["DDD"]);
        assert!(network.routes(code("AAA"), Country::JP).unwrap().is_empty());
    }

    #[test]
    fn max_legs_bounds_the_search() {
        let network = diamond();
        let within = |n| names(&network.routes_with_max_legs(code("AAA"), code("EEE"), n).unwrap());
        assert!(within(2).is_empty());
        assert_eq!(within(3), ["AAA>BBB>DDD>EEE", "AAA>CCC>DDD>EEE"]);
        assert_eq!(within(4).len(), 4);
        assert_eq!(within(usize::MAX).len(), 4);
        assert_eq!(
            names(&network.routes_with_max_legs(code("AAA"), code("AAA"), 0).unwrap()),
            ["AAA"]
        );
    }

    #[test]
    fn parallel_lanes_are_distinct_paths() {
        let network = Network::try_new(
            [node("AAA", Country::US), node("BBB", Country::CN)],
            [lane("AAA", "BBB", Carrier::Ups, 3), lane("AAA", "BBB", Carrier::Fedex, 2)],
        )
        .unwrap();
        let paths = network.routes(code("AAA"), code("BBB")).unwrap();
        let carriers: Vec<Carrier> = paths.iter().map(|p| p.legs()[0].carrier()).collect();
        let mut expected = vec![Carrier::Ups, Carrier::Fedex];
        expected.sort();
        assert_eq!(carriers, expected);
    }

    #[test]
    fn unknown_nodes_and_duplicates_are_rejected() {
        let network = diamond();
        assert_eq!(
            network.routes(code("ZZZ"), Country::CN),
            Err(RouteError::UnknownNode { code: code("ZZZ") })
        );
        assert_eq!(
            network.routes(code("AAA"), code("ZZZ")),
            Err(RouteError::UnknownNode { code: code("ZZZ") })
        );
        assert_eq!(
            Network::try_new([node("AAA", Country::US), node("AAA", Country::CN)], []),
            Err(NetworkError::DuplicateNode { code: code("AAA") })
        );
        assert_eq!(
            Network::try_new(
                [node("AAA", Country::US), node("BBB", Country::US)],
                [lane("AAA", "BBB", Carrier::Ups, 1), lane("AAA", "BBB", Carrier::Ups, 2)],
            ),
            Err(NetworkError::DuplicateLane {
                from: code("AAA"),
                to: code("BBB"),
                carrier: Carrier::Ups,
                service: "Standard".into(),
            })
        );
        assert_eq!(
            Network::try_new([node("AAA", Country::US)], [lane("AAA", "BBB", Carrier::Ups, 1)]),
            Err(NetworkError::UnknownNode {
                from: code("AAA"),
                to: code("BBB"),
                missing: code("BBB")
            })
        );
    }

    #[test]
    fn dense_networks_hit_the_path_limit_instead_of_exhausting_memory() {
        // The complete directed graph on nine nodes has, from one node to another, with up to
        // eight legs, 1 + 7 + 7·6 + 7·6·5 + … + 7! + 7! = 13,700 simple paths > 10,000.
        let codes: Vec<String> = (1..=9).map(|i| format!("N0{i}")).collect();
        let nodes = codes.iter().map(|c| node(c, Country::US));
        let lanes = codes.iter().flat_map(|a| {
            codes.iter().filter(move |b| *b != a).map(move |b| lane(a, b, Carrier::Ups, 1))
        });
        let network = Network::try_new(nodes, lanes).unwrap();
        assert_eq!(
            network.routes(code("N01"), code("N02")),
            Err(RouteError::TooManyPaths { from: code("N01"), limit: Network::MAX_PATHS })
        );
        // 1 + 7 + 42 + 210 + 840 = 1,100 paths with at most five legs.
        assert_eq!(network.routes_with_max_legs(code("N01"), code("N02"), 5).unwrap().len(), 1_100);
    }

    #[test]
    fn fruitless_dense_searches_hit_the_step_limit() {
        // Complete graph on 12 nodes, all in the US: no route to CN, and up to eight legs
        // there are 11 + 11·10 + … + 11·10·…·4 > 1,000,000 partial paths to explore.
        let codes: Vec<String> = (10..22).map(|i| format!("N{i}")).collect();
        let nodes = codes.iter().map(|c| node(c, Country::US));
        let lanes = codes.iter().flat_map(|a| {
            codes.iter().filter(move |b| *b != a).map(move |b| lane(a, b, Carrier::Ups, 1))
        });
        let network = Network::try_new(nodes, lanes).unwrap();
        assert_eq!(
            network.routes(code("N10"), Country::CN),
            Err(RouteError::SearchTooLarge { from: code("N10"), limit: Network::MAX_STEPS })
        );
        // With three legs the search is small and the answer is "no route".
        assert_eq!(network.routes_with_max_legs(code("N10"), Country::CN, 3), Ok(vec![]));
    }

    #[test]
    fn estimate_adds_calendar_and_business_days() {
        let network = diamond();
        let path = network.routes(code("AAA"), code("EEE")).unwrap().remove(0);
        // Seven-day calendar, 12:00 cut-off, handling 0: an order at 09:00 UTC on Friday
        // 2026-05-01 ships that day; legs of 1 + 2 + 1 calendar days arrive on Tuesday 5 May.
        let ordered = chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 5, 1, 9, 0, 0).unwrap();
        let estimate = network.estimate(&path, ordered).unwrap();
        let date = |d| NaiveDate::from_ymd_opt(2026, 5, d).unwrap();
        assert_eq!(estimate.ship_date(), date(1));
        assert_eq!(estimate.earliest_arrival(), date(5));
        assert_eq!(estimate.latest_arrival(), date(5));
        assert_eq!(path.transit().calendar_days(), DayRange { min: 4, max: 4 });
    }

    #[test]
    fn broken_paths_are_rejected() {
        let legs = vec![lane("AAA", "BBB", Carrier::Ups, 1), lane("CCC", "DDD", Carrier::Ups, 1)];
        assert_eq!(
            NetworkPath::try_new(code("AAA"), legs),
            Err(RouteError::BrokenPath { index: 1, expected: code("BBB"), found: code("CCC") })
        );
    }
}
