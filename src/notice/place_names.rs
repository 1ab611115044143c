//! [`PlaceNames`]: what the buyer reads instead of a node's code.

use std::collections::BTreeMap;

use super::values::Lang;
use crate::shipment::{Location, PlaceName};
use crate::warehouse::{Network, Node, NodeCode};

/// The names of network nodes as buyers read them (节点名称): a node code (`PVG`, `NGB-BW1`)
/// means nothing to a buyer, `上海浦东国际机场` does.
///
/// A route is best built from [`Location::node`]s — the route's customs district and the
/// network's checks work from the codes — but the notices print a node's location as its code
/// unless they know its name. Give them the names with
/// [`Notice::with_place_names`](super::Notice::with_place_names); wherever a node would be
/// printed (the port of entry or bonded warehouse where customs clears the parcel, the point
/// of a hand-off), the notice then prints, in the buyer's language:
///
/// 1. the node's name in that language, set with [`set`](Self::set) or [`with`](Self::with);
/// 2. otherwise the node's own name ([`Node::name`], which carries no language), taken from a
///    [`Network`] (`PlaceNames::from(&network)`) or from [`Node`]s (`collect`, `extend`);
/// 3. otherwise its code, as without names. No name is ever made up.
///
/// A named place ([`Location::Place`]) is printed by its own name, as before, even when it is
/// spelled like a node's code: the notice's facts keep which node a place is
/// ([`HandOffFact::node`](super::HandOffFact::node), [`Facts::clearance_node`](super::Facts::clearance_node)).
///
/// With the `serde` feature the names are a map from node code to
/// `{"zh-CN": …, "en": …, "name": …}` (each optional; `name` is the name without a language),
/// read through the same checks (codes and names validated, entries without a name dropped).
///
/// # Examples
///
/// ```
/// use crossborder::geo::Country;
/// use crossborder::notice::{Lang, PlaceNames};
/// use crossborder::shipment::Location;
///
/// let pvg = "PVG".parse()?;
/// let names = PlaceNames::new()
///     .with(pvg, Lang::ZhCn, "上海浦东国际机场".parse()?)
///     .with(pvg, Lang::En, "Shanghai Pudong International Airport".parse()?);
/// assert_eq!(names.name(pvg, Lang::ZhCn), Some("上海浦东国际机场"));
/// assert_eq!(names.place(&Location::node(pvg), Lang::En), "Shanghai Pudong International Airport");
/// // No name known: the code, as without names.
/// assert_eq!(names.place(&Location::node("NGB-BW1".parse()?), Lang::ZhCn), "NGB-BW1");
/// // A named place keeps its name.
/// assert_eq!(names.place(&Location::place("杭州", Country::CN)?, Lang::En), "杭州");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct PlaceNames {
    /// Every entry has at least one name.
    nodes: BTreeMap<NodeCode, Entry>,
}

/// The names of one node.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
struct Entry {
    zh_cn: Option<PlaceName>,
    en: Option<PlaceName>,
    /// The node's own name, in no stated language.
    any: Option<PlaceName>,
}

impl Entry {
    fn get(&self, lang: Lang) -> Option<&PlaceName> {
        let own = match lang {
            Lang::ZhCn => self.zh_cn.as_ref(),
            Lang::En => self.en.as_ref(),
        };
        own.or(self.any.as_ref())
    }

    /// Whether the entry has no name (only serde can make one; it is dropped).
    #[cfg(feature = "serde")]
    fn is_empty(&self) -> bool {
        self.zh_cn.is_none() && self.en.is_none() && self.any.is_none()
    }
}

impl PlaceNames {
    /// No names: every node is printed by its code.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::{Lang, PlaceNames};
    ///
    /// let names = PlaceNames::new();
    /// assert!(names.is_empty());
    /// assert_eq!(names.name("PVG".parse()?, Lang::ZhCn), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the name of node `code` in `lang`, returning the name it replaces.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::{Lang, PlaceNames};
    ///
    /// let mut names = PlaceNames::new();
    /// let bw = "NGB-BW1".parse()?;
    /// assert_eq!(names.set(bw, Lang::ZhCn, "宁波保税区保税仓".parse()?), None);
    /// let old = names.set(bw, Lang::ZhCn, "宁波保税区一号保税仓".parse()?);
    /// assert_eq!(old.as_ref().map(|n| n.as_str()), Some("宁波保税区保税仓"));
    /// assert_eq!(names.name(bw, Lang::ZhCn), Some("宁波保税区一号保税仓"));
    /// // No English name and no name of the node's own: English texts keep the code.
    /// assert_eq!(names.name(bw, Lang::En), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn set(&mut self, code: NodeCode, lang: Lang, name: PlaceName) -> Option<PlaceName> {
        let entry = self.nodes.entry(code).or_default();
        let slot = match lang {
            Lang::ZhCn => &mut entry.zh_cn,
            Lang::En => &mut entry.en,
        };
        slot.replace(name)
    }

    /// The names with node `code` named `name` in `lang` ([`set`](Self::set) by value).
    ///
    /// # Examples
    ///
    /// See [`PlaceNames`].
    ///
    /// ```
    /// use crossborder::notice::{Lang, PlaceNames};
    ///
    /// let pvg = "PVG".parse()?;
    /// let names = PlaceNames::new().with(pvg, Lang::En, "Shanghai Pudong International Airport".parse()?);
    /// assert_eq!(names.name(pvg, Lang::En), Some("Shanghai Pudong International Airport"));
    /// assert_eq!(names.name(pvg, Lang::ZhCn), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with(mut self, code: NodeCode, lang: Lang, name: PlaceName) -> Self {
        self.set(code, lang, name);
        self
    }

    /// The name of node `code` as a buyer reading `lang` sees it: its name in `lang`, else the
    /// node's own name (from a [`Node`]), else `None` (the code is printed).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveTime;
    /// use crossborder::calendar::BusinessCalendar;
    /// use crossborder::geo::Country;
    /// use crossborder::notice::{Lang, PlaceNames};
    /// use crossborder::warehouse::{CustomsDistrict, Node, NodeKind};
    ///
    /// let port = Node::builder("PVG".parse()?, NodeKind::PortOfEntry, Country::CN)
    ///     .name("上海浦东国际机场")
    ///     .time_zone(chrono_tz::Asia::Shanghai)
    ///     .calendar(BusinessCalendar::china())
    ///     .cutoff(NaiveTime::from_hms_opt(18, 0, 0).ok_or("time")?)
    ///     .handling_days(1)
    ///     .customs_district(CustomsDistrict::PUDONG_AIRPORT)
    ///     .build()?;
    /// let names: PlaceNames = [&port].into_iter().collect();
    /// // The node's name has no language: it serves both until one is set.
    /// assert_eq!(names.name(port.code(), Lang::En), Some("上海浦东国际机场"));
    /// let names = names.with(port.code(), Lang::En, "Shanghai Pudong International Airport".parse()?);
    /// assert_eq!(names.name(port.code(), Lang::En), Some("Shanghai Pudong International Airport"));
    /// assert_eq!(names.name(port.code(), Lang::ZhCn), Some("上海浦东国际机场"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self, code: NodeCode, lang: Lang) -> Option<&str> {
        self.nodes.get(&code).and_then(|e| e.get(lang)).map(PlaceName::as_str)
    }

    /// A route location as a buyer reading `lang` sees it: a node's
    /// [`name`](Self::name), else its code; a named place's name.
    ///
    /// # Examples
    ///
    /// See [`PlaceNames`].
    ///
    /// ```
    /// use crossborder::notice::{Lang, PlaceNames};
    /// use crossborder::shipment::Location;
    ///
    /// let bw = "NGB-BW1".parse()?;
    /// let names = PlaceNames::new().with(bw, Lang::ZhCn, "宁波保税区保税仓".parse()?);
    /// assert_eq!(names.place(&Location::node(bw), Lang::ZhCn), "宁波保税区保税仓");
    /// assert_eq!(names.place(&Location::node(bw), Lang::En), "NGB-BW1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn place<'s>(&'s self, location: &'s Location, lang: Lang) -> &'s str {
        match location {
            Location::Node(code) => self.name(*code, lang).unwrap_or_else(|| code.as_str()),
            Location::Place { name, .. } => name.as_str(),
        }
    }

    /// Whether no node has a name.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::{Lang, PlaceNames};
    ///
    /// assert!(PlaceNames::new().is_empty());
    /// assert!(!PlaceNames::new().with("PVG".parse()?, Lang::En, "Shanghai Pudong".parse()?).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// How many nodes have a name.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::{Lang, PlaceNames};
    ///
    /// let pvg = "PVG".parse()?;
    /// let names = PlaceNames::new()
    ///     .with(pvg, Lang::ZhCn, "上海浦东国际机场".parse()?)
    ///     .with(pvg, Lang::En, "Shanghai Pudong International Airport".parse()?);
    /// assert_eq!(names.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Takes the node's own name as its name in no stated language (it replaces an earlier
    /// node name; names set per language still come first). A node without a name, or whose
    /// name is not a valid [`PlaceName`] (more than 128 characters, a control character), adds
    /// nothing; surrounding white space is trimmed.
    fn add_node(&mut self, node: &Node) {
        let Some(name) = node.name().and_then(|n| PlaceName::try_new(n.trim()).ok()) else {
            return;
        };
        self.nodes.entry(node.code()).or_default().any = Some(name);
    }
}

/// The names of the network's nodes ([`Node::name`]), each used in every language until a
/// name in that language is [`set`](PlaceNames::set). Nodes without a name (or whose name is
/// longer than 128 characters or has a control character) keep their code.
///
/// # Examples
///
/// ```
/// use chrono::NaiveTime;
/// use crossborder::calendar::BusinessCalendar;
/// use crossborder::geo::Country;
/// use crossborder::notice::{Lang, PlaceNames};
/// use crossborder::warehouse::{CustomsDistrict, Network, Node, NodeKind};
///
/// let bonded = Node::builder("NGB-BW1".parse()?, NodeKind::BondedWarehouse, Country::CN)
///     .name("宁波保税区保税仓")
///     .time_zone(chrono_tz::Asia::Shanghai)
///     .calendar(BusinessCalendar::china())
///     .cutoff(NaiveTime::from_hms_opt(16, 0, 0).ok_or("time")?)
///     .handling_days(1)
///     .customs_district("3105".parse::<CustomsDistrict>()?)
///     .build()?;
/// let network = Network::try_new([bonded], [])?;
/// let names = PlaceNames::from(&network);
/// assert_eq!(names.name("NGB-BW1".parse()?, Lang::ZhCn), Some("宁波保税区保税仓"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl From<&Network> for PlaceNames {
    fn from(network: &Network) -> Self {
        network.nodes().collect()
    }
}

/// The names of these nodes, as `PlaceNames::from(&network)` takes them.
impl<'n> FromIterator<&'n Node> for PlaceNames {
    fn from_iter<I: IntoIterator<Item = &'n Node>>(nodes: I) -> Self {
        let mut names = Self::new();
        names.extend(nodes);
        names
    }
}

/// Adds the names of these nodes, as `PlaceNames::from(&network)` takes them;
/// a node's name replaces the one an earlier node with the same code gave, and names set per
/// language still come first.
impl<'n> Extend<&'n Node> for PlaceNames {
    fn extend<I: IntoIterator<Item = &'n Node>>(&mut self, nodes: I) {
        for node in nodes {
            self.add_node(node);
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use std::collections::BTreeMap;

    use super::{Entry, NodeCode, PlaceName, PlaceNames};

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        #[serde(rename = "zh-CN", default, skip_serializing_if = "Option::is_none")]
        zh_cn: Option<PlaceName>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        en: Option<PlaceName>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<PlaceName>,
    }

    impl serde::Serialize for PlaceNames {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_map(self.nodes.iter().map(|(code, e)| {
                let repr = Repr { zh_cn: e.zh_cn.clone(), en: e.en.clone(), name: e.any.clone() };
                (code, repr)
            }))
        }
    }

    impl<'de> serde::Deserialize<'de> for PlaceNames {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let map = BTreeMap::<NodeCode, Repr>::deserialize(deserializer)?;
            let nodes = map
                .into_iter()
                .map(|(code, r)| (code, Entry { zh_cn: r.zh_cn, en: r.en, any: r.name }))
                .filter(|(_, e)| !e.is_empty())
                .collect();
            Ok(PlaceNames { nodes })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_in_the_language_comes_before_the_nodes_own_whatever_the_order() {
        let pvg: NodeCode = "PVG".parse().unwrap();
        let node =
            Node::builder(pvg, crate::warehouse::NodeKind::PortOfEntry, crate::geo::Country::CN)
                .name(" 浦东机场 ")
                .time_zone(chrono_tz::Asia::Shanghai)
                .calendar(crate::calendar::BusinessCalendar::china())
                .cutoff(chrono::NaiveTime::from_hms_opt(18, 0, 0).unwrap())
                .handling_days(1)
                .customs_district(crate::warehouse::CustomsDistrict::PUDONG_AIRPORT)
                .build()
                .unwrap();
        let en: PlaceName = "Shanghai Pudong".parse().unwrap();
        let mut first = PlaceNames::new().with(pvg, Lang::En, en.clone());
        first.extend([&node]);
        let mut second: PlaceNames = [&node].into_iter().collect();
        second.set(pvg, Lang::En, en);
        assert_eq!(first, second);
        assert_eq!(first.name(pvg, Lang::En), Some("Shanghai Pudong"));
        // Trimmed, and used where no Chinese name is set.
        assert_eq!(first.name(pvg, Lang::ZhCn), Some("浦东机场"));
        assert_eq!(first.place(&Location::node(pvg), Lang::ZhCn), "浦东机场");
        assert_eq!(first.place(&Location::node("LAX".parse().unwrap()), Lang::ZhCn), "LAX");
    }

    #[test]
    fn a_node_name_that_is_no_place_name_is_left_out() {
        let code: NodeCode = "ONT8".parse().unwrap();
        let node = Node::builder(
            code,
            crate::warehouse::NodeKind::FulfilmentCentre,
            crate::geo::Country::US,
        )
        .name("Moreno\nValley")
        .time_zone(chrono_tz::America::Los_Angeles)
        .calendar(crate::calendar::BusinessCalendar::united_states_federal())
        .cutoff(chrono::NaiveTime::from_hms_opt(14, 0, 0).unwrap())
        .handling_days(1)
        .build()
        .unwrap();
        let names: PlaceNames = [&node].into_iter().collect();
        assert!(names.is_empty());
        assert_eq!(names.place(&Location::node(code), Lang::En), "ONT8");
    }
}
