//! [`NodeCode`]: the identifier of a node.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use super::error::NodeCodeError;

/// The code of a node (节点代码): 3 to 16 characters, upper-case ASCII letters `A`–`Z`,
/// digits `0`–`9` and single hyphens between them.
///
/// The shape fits the codes operators already use: Amazon fulfilment-centre codes (`ONT8`,
/// `LGB3`), IATA airport codes (`PVG`, `LAX`), UPU office-of-exchange codes (`USJFKA`, six
/// characters) and hyphenated codes built from them (`PVG-2233`, `NGB-BW1`). Letters are not
/// folded: `ont8` is rejected rather than silently upper-cased, so one node never has two
/// spellings. A hyphen may not start or end a code, nor follow another hyphen.
///
/// The code is stored inline (it is `Copy`); it orders like its text.
///
/// # Parsing and display
///
/// [`FromStr`], [`TryFrom<&str>`] and [`try_new`](Self::try_new) accept exactly the canonical
/// form (no trimming); [`Display`](fmt::Display) prints it. With the `serde` feature the code is
/// a JSON string deserialized through the same validation.
///
/// # Examples
///
/// ```
/// use crossborder::warehouse::{NodeCode, NodeCodeError};
///
/// let code: NodeCode = "PVG-2233".parse()?;
/// assert_eq!(code.as_str(), "PVG-2233");
/// assert_eq!(code.to_string(), "PVG-2233");
/// assert!(matches!("PVG--2233".parse::<NodeCode>(), Err(NodeCodeError::MisplacedHyphen { position: 4, .. })));
/// assert!(matches!("PV".parse::<NodeCode>(), Err(NodeCodeError::Length { len: 2, .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy)]
pub struct NodeCode {
    len: u8,
    bytes: [u8; Self::MAX_LEN],
}

impl NodeCode {
    /// The shortest code, 3 characters.
    pub const MIN_LEN: usize = 3;
    /// The longest code, 16 characters.
    pub const MAX_LEN: usize = 16;

    /// Parses a code; the same as `text.parse()`.
    ///
    /// # Errors
    ///
    /// - [`NodeCodeError::Empty`] for `""`;
    /// - [`NodeCodeError::InvalidChar`] at the first character that is not `A`–`Z`, `0`–`9` or
    ///   `-` (checked before the length, so the error points at the character);
    /// - [`NodeCodeError::Length`] outside 3–16 characters;
    /// - [`NodeCodeError::MisplacedHyphen`] for a leading, trailing or doubled hyphen.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::NodeCode;
    ///
    /// assert_eq!(NodeCode::try_new("ONT8")?.as_str(), "ONT8");
    /// assert!(NodeCode::try_new("ONT 8").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(text: &str) -> Result<Self, NodeCodeError> {
        if text.is_empty() {
            return Err(NodeCodeError::Empty);
        }
        if let Some((position, ch)) = text
            .char_indices()
            .find(|(_, ch)| !(ch.is_ascii_uppercase() || ch.is_ascii_digit() || *ch == '-'))
        {
            return Err(NodeCodeError::InvalidChar { text: text.to_owned(), position, ch });
        }
        // Every character is ASCII from here on, so bytes and characters coincide.
        let raw = text.as_bytes();
        if !(Self::MIN_LEN..=Self::MAX_LEN).contains(&raw.len()) {
            return Err(NodeCodeError::Length { text: text.to_owned(), len: raw.len() });
        }
        let misplaced = raw.iter().enumerate().find(|&(i, &b)| {
            b == b'-'
                && (i == 0
                    || i + 1 == raw.len()
                    || i.checked_sub(1).and_then(|p| raw.get(p)) == Some(&b'-'))
        });
        if let Some((position, _)) = misplaced {
            return Err(NodeCodeError::MisplacedHyphen { text: text.to_owned(), position });
        }
        let mut bytes = [0_u8; Self::MAX_LEN];
        for (slot, byte) in bytes.iter_mut().zip(raw) {
            *slot = *byte;
        }
        // `raw.len() <= 16` was checked above, so the conversion cannot fail.
        let len = u8::try_from(raw.len())
            .map_err(|_| NodeCodeError::Length { text: text.to_owned(), len: raw.len() })?;
        Ok(Self { len, bytes })
    }

    /// The code, e.g. `"ONT8"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::warehouse::NodeCode;
    ///
    /// let code: NodeCode = "NGB-BW1".parse()?;
    /// assert_eq!(code.as_str(), "NGB-BW1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // A `NodeCode` only holds the ASCII bytes checked by `try_new`, so both steps succeed;
        // the empty fallback is unreachable.
        self.bytes
            .get(..usize::from(self.len))
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
            .unwrap_or_default()
    }
}

impl PartialEq for NodeCode {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for NodeCode {}

impl Hash for NodeCode {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialOrd for NodeCode {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for NodeCode {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl fmt::Display for NodeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for NodeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("NodeCode").field(&self.as_str()).finish()
    }
}

impl FromStr for NodeCode {
    type Err = NodeCodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::try_new(text)
    }
}

impl TryFrom<&str> for NodeCode {
    type Error = NodeCodeError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        Self::try_new(text)
    }
}

#[cfg(feature = "serde")]
super::serde_via_str!(NodeCode, "a node code such as \"ONT8\"");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_operator_codes() {
        for text in ["ONT8", "LGB3", "PVG", "USJFKA", "PVG-2233", "NGB-BW1", "A1B2C3D4E5F6G7H8"] {
            assert_eq!(NodeCode::try_new(text).unwrap().as_str(), text);
        }
    }

    #[test]
    fn rejects_with_the_reason() {
        assert_eq!(NodeCode::try_new(""), Err(NodeCodeError::Empty));
        assert_eq!(
            NodeCode::try_new("AB"),
            Err(NodeCodeError::Length { text: "AB".into(), len: 2 })
        );
        assert_eq!(
            NodeCode::try_new("ABCDEFGHIJKLMNOPQ"),
            Err(NodeCodeError::Length { text: "ABCDEFGHIJKLMNOPQ".into(), len: 17 })
        );
        assert_eq!(
            NodeCode::try_new("Ab"),
            Err(NodeCodeError::InvalidChar { text: "Ab".into(), position: 1, ch: 'b' })
        );
        assert_eq!(
            NodeCode::try_new("仓库A"),
            Err(NodeCodeError::InvalidChar { text: "仓库A".into(), position: 0, ch: '仓' })
        );
        assert_eq!(
            NodeCode::try_new("ABC_1"),
            Err(NodeCodeError::InvalidChar { text: "ABC_1".into(), position: 3, ch: '_' })
        );
        for (text, position) in [("-ABC", 0), ("ABC-", 3), ("AB--C", 3)] {
            assert_eq!(
                NodeCode::try_new(text),
                Err(NodeCodeError::MisplacedHyphen { text: text.into(), position })
            );
        }
    }

    #[test]
    fn orders_and_compares_like_text() {
        let a = NodeCode::try_new("AB1").unwrap();
        let b = NodeCode::try_new("AB1-X").unwrap();
        let c = NodeCode::try_new("AB2").unwrap();
        assert!(a < b && b < c);
        assert_eq!(a, NodeCode::try_new("AB1").unwrap());
        assert_eq!(format!("{a:?}"), "NodeCode(\"AB1\")");
    }
}
