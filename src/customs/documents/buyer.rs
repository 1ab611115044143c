//! [`BuyerRegNo`]: the buyer's account on the platform, masked.

use std::fmt;

use super::FieldError;
use super::compact::CompactStr;
use super::text::{Charset, Length, check};

/// The buyer's registration number on the platform (`buyerRegNo`, 订购人注册号; XSD22
/// `str 1..60`): the account that placed the order.
///
/// Personal data: `Display` and `Debug` keep the first two and last two characters and mask
/// the rest (`buyer_zhangsan_01` → `bu*************01`); values shorter than six characters are
/// masked entirely. [`reveal`](Self::reveal) gives the full value for the customs export; with
/// the `serde` feature the full value is serialised.
///
/// # Examples
///
/// ```
/// use crossborder::customs::BuyerRegNo;
///
/// let id: BuyerRegNo = "buyer_zhangsan_01".parse()?;
/// assert_eq!(id.to_string(), "bu*************01");
/// assert_eq!(id.reveal(), "buyer_zhangsan_01");
/// assert!(BuyerRegNo::try_new("").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct BuyerRegNo(CompactStr);

impl BuyerRegNo {
    /// The XSD `maxLength`.
    pub const MAX_CHARS: usize = 60;

    /// Validates an account: trimmed, 1 to 60 characters, no whitespace or control characters.
    ///
    /// # Errors
    ///
    /// [`FieldError::Empty`], [`FieldError::TooLong`] or [`FieldError::InvalidCharacter`]
    /// (which names one character and its position, never the value).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{BuyerRegNo, FieldError};
    ///
    /// assert_eq!(BuyerRegNo::try_new(" "), Err(FieldError::Empty { element: "buyerRegNo" }));
    /// ```
    pub fn try_new(input: &str) -> Result<Self, FieldError> {
        check(input, "buyerRegNo", Length::UpTo(Self::MAX_CHARS), Charset::Identifier)
            .map(|s| Self(CompactStr::new(s)))
    }

    /// The full, unmasked value — **for the customs export only**.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::BuyerRegNo;
    ///
    /// assert_eq!(BuyerRegNo::try_new("ID20160001")?.reveal(), "ID20160001");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for BuyerRegNo {
    /// Masked: first two and last two characters, or all `*` below six characters.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.reveal();
        let len = text.chars().count();
        let keep = if len >= 6 { 2 } else { 0 };
        for (i, c) in text.chars().enumerate() {
            let shown = i < keep || i >= len.saturating_sub(keep);
            fmt::Write::write_char(f, if shown { c } else { '*' })?;
        }
        Ok(())
    }
}

impl fmt::Debug for BuyerRegNo {
    /// Masked, like `Display`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("BuyerRegNo").field(&self.to_string()).finish()
    }
}

impl std::str::FromStr for BuyerRegNo {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::try_new(s)
    }
}

impl TryFrom<&str> for BuyerRegNo {
    type Error = FieldError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::try_new(s)
    }
}

impl TryFrom<String> for BuyerRegNo {
    type Error = FieldError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::try_new(&s)
    }
}

impl From<BuyerRegNo> for String {
    /// The **unmasked** value (for serialisation to the customs wire).
    fn from(b: BuyerRegNo) -> Self {
        b.reveal().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_values_are_masked_entirely() {
        assert_eq!(BuyerRegNo::try_new("abc12").map(|b| b.to_string()), Ok("*****".to_owned()));
        assert_eq!(
            BuyerRegNo::try_new("ID20160001").map(|b| format!("{b:?}")),
            Ok(r#"BuyerRegNo("ID******01")"#.to_owned())
        );
    }
}
