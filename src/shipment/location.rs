//! [`Location`]: where a leg starts or ends, or where a scan happened.

use std::fmt;

use super::error::TextError;
use super::text::PlaceName;
use crate::geo::Country;
use crate::warehouse::NodeCode;

/// A place on a route: a node of the logistics network by its [`NodeCode`], or a named place
/// with its country for anything the network does not catalogue.
///
/// Legs chain when one ends at the location where the next starts; locations are compared
/// exactly (same node code; or same name and same country).
///
/// With the `serde` feature a node is written as `{"node": "PVG"}` and a place as
/// `{"place": "…", "country": "CN"}`.
///
/// # Examples
///
/// ```
/// use crossborder::geo::Country;
/// use crossborder::shipment::Location;
///
/// let pvg = Location::node("PVG".parse()?);
/// assert_eq!(pvg.to_string(), "PVG");
/// assert_eq!(pvg.node_code().map(|c| c.to_string()), Some("PVG".to_owned()));
///
/// let street = Location::place("杭州市西湖区", Country::CN)?;
/// assert_eq!(street.country(), Some(Country::CN));
/// assert_eq!(street.to_string(), "杭州市西湖区 (CN)");
/// assert!(Location::place("", Country::CN).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Location {
    /// A node of the logistics network (fulfilment centre, export gateway, port of entry,
    /// bonded warehouse, sorting centre …).
    Node(NodeCode),
    /// A place that is not a catalogued node, by name and country.
    Place {
        /// The name.
        name: PlaceName,
        /// The country.
        country: Country,
    },
}

impl Location {
    /// A node by its code.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::shipment::Location;
    ///
    /// let fc = Location::node("ONT8".parse()?);
    /// assert!(matches!(fc, Location::Node(_)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn node(code: NodeCode) -> Self {
        Self::Node(code)
    }

    /// A place by name and country.
    ///
    /// # Errors
    ///
    /// [`TextError`] when the name is empty, longer than 128 characters, has surrounding white
    /// space or a control character.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::Location;
    ///
    /// let lax = Location::place("Los Angeles gateway", Country::US)?;
    /// assert_eq!(lax.name(), Some("Los Angeles gateway"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn place(name: &str, country: Country) -> Result<Self, TextError> {
        Ok(Self::Place { name: PlaceName::try_new(name)?, country })
    }

    /// The node code, for a [`Node`](Self::Node).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::Location;
    ///
    /// assert!(Location::node("PVG".parse()?).node_code().is_some());
    /// assert!(Location::place("杭州", Country::CN)?.node_code().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn node_code(&self) -> Option<NodeCode> {
        match self {
            Self::Node(code) => Some(*code),
            Self::Place { .. } => None,
        }
    }

    /// The place's name, for a [`Place`](Self::Place).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::Location;
    ///
    /// assert_eq!(Location::place("杭州", Country::CN)?.name(), Some("杭州"));
    /// assert_eq!(Location::node("PVG".parse()?).name(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::Place { name, .. } => Some(name.as_str()),
            Self::Node(_) => None,
        }
    }

    /// The country, where the location states it (a node's country is in the network, not in
    /// its code).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::Location;
    ///
    /// assert_eq!(Location::place("Frankfurt", Country::DE)?.country(), Some(Country::DE));
    /// assert_eq!(Location::node("FRA".parse()?).country(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Option<Country> {
        match self {
            Self::Place { country, .. } => Some(*country),
            Self::Node(_) => None,
        }
    }
}

impl From<NodeCode> for Location {
    fn from(code: NodeCode) -> Self {
        Self::Node(code)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Node(code) => write!(f, "{code}"),
            Self::Place { name, country } => write!(f, "{name} ({country})"),
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Location, NodeCode, PlaceName};
    use crate::geo::Country;

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        node: Option<NodeCode>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<PlaceName>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        country: Option<Country>,
    }

    impl serde::Serialize for Location {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let repr = match self {
                Self::Node(code) => Repr { node: Some(*code), place: None, country: None },
                Self::Place { name, country } => {
                    Repr { node: None, place: Some(name.clone()), country: Some(*country) }
                }
            };
            repr.serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for Location {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            match Repr::deserialize(deserializer)? {
                Repr { node: Some(code), place: None, country: None } => Ok(Self::Node(code)),
                Repr { node: None, place: Some(name), country: Some(country) } => {
                    Ok(Self::Place { name, country })
                }
                _ => Err(serde::de::Error::custom(
                    "a location is {\"node\": code} or {\"place\": name, \"country\": code}",
                )),
            }
        }
    }
}
