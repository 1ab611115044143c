//! [`Location`]: where a leg starts or ends, or where a scan happened.

use std::fmt;

use super::error::TextError;
use super::text::PlaceName;
use crate::geo::Country;

/// A place on a route: a named place with its country.
///
/// Legs chain when one ends at the location where the next starts; locations are compared
/// exactly (same name, same country).
///
/// With the `serde` feature a place is written as `{"place": "…", "country": "CN"}`.
///
/// # Examples
///
/// ```
/// use crossborder::geo::Country;
/// use crossborder::shipment::Location;
///
/// let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
/// assert_eq!(pvg.country(), Some(Country::CN));
/// assert_eq!(pvg.to_string(), "Shanghai Pudong port of entry (CN)");
/// assert!(Location::place("", Country::CN).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Location {
    /// A place that is not a catalogued node, by name and country.
    Place {
        /// The name.
        name: PlaceName,
        /// The country.
        country: Country,
    },
}

impl Location {
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

    /// The place's name, for a [`Place`](Self::Place).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::Location;
    ///
    /// assert_eq!(Location::place("杭州", Country::CN)?.name(), Some("杭州"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::Place { name, .. } => Some(name.as_str()),
        }
    }

    /// The country, where the location states it.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::Location;
    ///
    /// assert_eq!(Location::place("Frankfurt", Country::DE)?.country(), Some(Country::DE));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Option<Country> {
        match self {
            Self::Place { country, .. } => Some(*country),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Place { name, country } => write!(f, "{name} ({country})"),
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Location, PlaceName};
    use crate::geo::Country;

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        place: PlaceName,
        country: Country,
    }

    impl serde::Serialize for Location {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Self::Place { name, country } => {
                    Repr { place: name.clone(), country: *country }.serialize(serializer)
                }
            }
        }
    }

    impl<'de> serde::Deserialize<'de> for Location {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let Repr { place, country } = Repr::deserialize(deserializer)?;
            Ok(Self::Place { name: place, country })
        }
    }
}
