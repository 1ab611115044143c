//! [`ConsigneeAddress`]: the one-line delivery address of the CEB messages, masked.

use std::fmt;

use super::FieldError;
use super::compact::CompactStr;
use super::text::{Charset, Length, check};
use crate::geo::normalize_text;

/// The consignee's delivery address (`consigneeAddress`, 收货地址; XSD22 `str 1..200`) as the
/// order (CEB311), the waybill (CEB511) and the inventory (CEB621) carry it: one line of free
/// text. The order's address "必须与电子运单的收货地址一致" (must agree with the waybill's,
/// 规范 表3-3).
///
/// Personal data: `Display` and `Debug` show at most the first six characters (for a Chinese
/// address, the province and city) and `****`; addresses of fewer than 12 characters show
/// only a third of their characters. [`reveal`](Self::reveal) gives the full text for the
/// customs export. With the `serde` feature the full text is serialised.
///
/// For a structured address use [`geo::Address`](crate::geo::Address); this type holds what the
/// message holds.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ConsigneeAddress;
///
/// let a: ConsigneeAddress = "上海市浦东新区张江路123号".parse()?;
/// assert_eq!(a.to_string(), "上海市浦****");
/// assert_eq!(a.reveal(), "上海市浦东新区张江路123号");
/// let b: ConsigneeAddress = "上海市 浦东新区 张江路１２３号".parse()?;
/// assert_ne!(a, b);
/// assert!(a.normalized_eq(&b));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct ConsigneeAddress(CompactStr);

impl ConsigneeAddress {
    /// The XSD `maxLength`.
    pub const MAX_CHARS: usize = 200;

    /// Validates an address: trimmed, 1 to 200 characters, no control characters other than
    /// tab and line breaks.
    ///
    /// # Errors
    ///
    /// [`FieldError::Empty`], [`FieldError::TooLong`] or [`FieldError::InvalidCharacter`]
    /// (which names one character and its position, never the address).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{ConsigneeAddress, FieldError};
    ///
    /// assert!(ConsigneeAddress::try_new("北京市海淀区").is_ok());
    /// assert_eq!(
    ///     ConsigneeAddress::try_new(" "),
    ///     Err(FieldError::Empty { element: "consigneeAddress" })
    /// );
    /// ```
    pub fn try_new(input: &str) -> Result<Self, FieldError> {
        check(input, "consigneeAddress", Length::UpTo(Self::MAX_CHARS), Charset::Text)
            .map(|s| Self(CompactStr::new(s)))
    }

    /// The full, unmasked address — **for the customs export only**.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ConsigneeAddress;
    ///
    /// assert_eq!(ConsigneeAddress::try_new("北京市海淀区")?.reveal(), "北京市海淀区");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal(&self) -> &str {
        self.0.as_str()
    }

    /// Whether two addresses are the same text after [`normalize_text`]: full-width ASCII and
    /// the ideographic space folded, ASCII case ignored, whitespace collapsed and dropped next
    /// to CJK characters. The match uses this only when asked to
    /// ([`TextComparison::Normalized`](crate::customs::TextComparison::Normalized)); by
    /// default it compares exactly.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ConsigneeAddress;
    ///
    /// let a = ConsigneeAddress::try_new("北京市海淀区 Room 5A")?;
    /// let b = ConsigneeAddress::try_new("北京市　海淀区room ５a")?;
    /// assert!(a.normalized_eq(&b));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn normalized_eq(&self, other: &Self) -> bool {
        self.0 == other.0 || normalize_text(self.reveal()) == normalize_text(other.reveal())
    }
}

impl fmt::Display for ConsigneeAddress {
    /// Masked: the first `min(6, len / 3)` characters and `****`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.reveal();
        let keep = (text.chars().count() / 3).min(6);
        for c in text.chars().take(keep) {
            fmt::Write::write_char(f, c)?;
        }
        f.write_str("****")
    }
}

impl fmt::Debug for ConsigneeAddress {
    /// Masked, like `Display`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ConsigneeAddress").field(&self.to_string()).finish()
    }
}

impl std::str::FromStr for ConsigneeAddress {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::try_new(s)
    }
}

impl TryFrom<&str> for ConsigneeAddress {
    type Error = FieldError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::try_new(s)
    }
}

impl TryFrom<String> for ConsigneeAddress {
    type Error = FieldError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::try_new(&s)
    }
}

impl From<ConsigneeAddress> for String {
    /// The **unmasked** address (for serialisation to the customs wire).
    fn from(a: ConsigneeAddress) -> Self {
        a.reveal().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_never_shows_more_than_a_third() {
        let short = ConsigneeAddress::try_new("北京").map(|a| a.to_string());
        assert_eq!(short, Ok("****".to_owned()));
        let mid = ConsigneeAddress::try_new("北京市海淀区").map(|a| a.to_string());
        assert_eq!(mid, Ok("北京****".to_owned()));
        let debug =
            ConsigneeAddress::try_new("上海市浦东新区张江路123号").map(|a| format!("{a:?}"));
        assert_eq!(debug, Ok(r#"ConsigneeAddress("上海市浦****")"#.to_owned()));
    }
}
