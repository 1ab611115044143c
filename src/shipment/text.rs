//! Short validated texts: a carrier's raw event code and text, an event's source id, a place
//! name.

use std::fmt;
use std::str::FromStr;

use super::error::TextError;

/// The checks a text type applies.
struct Rules {
    what: &'static str,
    max: usize,
    /// Reject control characters and leading or trailing white space.
    strict: bool,
}

fn check(text: &str, rules: &Rules) -> Result<(), TextError> {
    let what = rules.what;
    if text.is_empty() {
        return Err(TextError::Empty { what });
    }
    let len = text.chars().count();
    if len > rules.max {
        return Err(TextError::TooLong { what, len, max: rules.max });
    }
    if rules.strict {
        if text.trim() != text {
            return Err(TextError::SurroundingWhitespace { what });
        }
        if let Some((position, _)) = text.char_indices().find(|(_, ch)| ch.is_control()) {
            return Err(TextError::ControlChar { what, position });
        }
    }
    Ok(())
}

macro_rules! text_type {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal, $max:literal, strict = $strict:literal,
        example = $example:literal
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Box<str>);

        impl $name {
            /// The longest text allowed, in characters.
            pub const MAX_LEN: usize = $max;

            const RULES: Rules = Rules { what: $what, max: $max, strict: $strict };

            /// Checks and wraps a text; the same as `text.parse()`.
            ///
            /// # Errors
            ///
            /// [`TextError`] when the text is empty or too long (and, for texts that must be
            /// clean, when it has surrounding white space or a control character).
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::shipment::", stringify!($name), ";")]
            ///
            #[doc = concat!("let t = ", stringify!($name), "::try_new(", stringify!($example), ")?;")]
            #[doc = concat!("assert_eq!(t.as_str(), ", stringify!($example), ");")]
            #[doc = concat!("assert!(", stringify!($name), "::try_new(\"\").is_err());")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn try_new(text: &str) -> Result<Self, TextError> {
                check(text, &Self::RULES)?;
                Ok(Self(text.into()))
            }

            /// The text.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::shipment::", stringify!($name), ";")]
            ///
            #[doc = concat!("let t: ", stringify!($name), " = ", stringify!($example), ".parse()?;")]
            #[doc = concat!("assert_eq!(t.as_str(), ", stringify!($example), ");")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = TextError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Self::try_new(text)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = TextError;

            fn try_from(text: &str) -> Result<Self, Self::Error> {
                Self::try_new(text)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Self::try_new(&text).map_err(serde::de::Error::custom)
            }
        }
    };
}

text_type! {
    /// A carrier's own event code, kept as received (`"EMD"`, `"OD"`, SF `opCode` `"50"`):
    /// 1 to 64 characters, no surrounding white space, no control characters.
    RawCode, "raw code", 64, strict = true, example = "EMD"
}

text_type! {
    /// A carrier's own event text, kept as received (`"已签收"`, `"Arrival at inward office of
    /// exchange"`): 1 to 2,000 characters, any content.
    RawText, "raw text", 2000, strict = false, example = "快件已签收"
}

text_type! {
    /// Where an event came from, for de-duplication and audit (a webhook delivery id, a feed
    /// row key): 1 to 128 characters, no surrounding white space, no control characters.
    SourceId, "source id", 128, strict = true, example = "aftership:5b7658c"
}

text_type! {
    /// The name of a place that is not a catalogued node (`"Shanghai Pudong"`, `"上海市浦东新区"`):
    /// 1 to 128 characters, no surrounding white space, no control characters. Names are
    /// compared exactly.
    PlaceName, "place name", 128, strict = true, example = "上海浦东国际机场"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert_eq!(
            RawCode::try_new(" A"),
            Err(TextError::SurroundingWhitespace { what: "raw code" })
        );
        assert_eq!(
            SourceId::try_new("a\u{7}b"),
            Err(TextError::ControlChar { what: "source id", position: 1 })
        );
        assert!(RawText::try_new(" free\ttext \n").is_ok());
        let long = "字".repeat(129);
        assert_eq!(
            PlaceName::try_new(&long),
            Err(TextError::TooLong { what: "place name", len: 129, max: 128 })
        );
        assert!(PlaceName::try_new(&long[..long.len() - 3]).is_ok());
    }
}
