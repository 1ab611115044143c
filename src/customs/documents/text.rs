//! Validated text fields: identifiers (order no., enterprise codes …), fixed-length digit codes
//! (unit, customs district, HS code …) and bounded free text (names, notes).

use std::fmt;

use super::FieldError;
use super::compact::CompactStr;

/// What characters a text field accepts.
#[derive(Clone, Copy)]
pub(super) enum Charset {
    /// Anything but whitespace and control characters (identifiers, codes).
    Identifier,
    /// ASCII digits only.
    Digits,
    /// ASCII letters and digits only.
    Alphanumeric,
    /// Anything but control characters; tab, line feed and carriage return are allowed.
    Text,
}

impl Charset {
    fn allows(self, c: char) -> bool {
        match self {
            Self::Identifier => !c.is_whitespace() && !c.is_control(),
            Self::Digits => c.is_ascii_digit(),
            Self::Alphanumeric => c.is_ascii_alphanumeric(),
            Self::Text => !c.is_control() || matches!(c, '\t' | '\n' | '\r'),
        }
    }

    fn expected(self) -> &'static str {
        match self {
            Self::Identifier => "no whitespace or control characters",
            Self::Digits => "ASCII digits 0-9",
            Self::Alphanumeric => "ASCII letters and digits",
            Self::Text => "no control characters other than tab and line breaks",
        }
    }
}

/// Length rule of a text field, in characters (XSD lengths count characters).
#[derive(Clone, Copy)]
pub(super) enum Length {
    /// `minLength=1`, `maxLength=max`.
    UpTo(usize),
    /// `length=n`.
    Exactly(usize),
}

/// Trims `input` and checks it against `length` and `charset`; returns the trimmed text.
pub(super) fn check<'a>(
    input: &'a str,
    element: &'static str,
    length: Length,
    charset: Charset,
) -> Result<&'a str, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(FieldError::Empty { element });
    }
    let mut count = 0usize;
    for (i, c) in s.chars().enumerate() {
        if !charset.allows(c) {
            return Err(FieldError::InvalidCharacter {
                element,
                position: i.saturating_add(1),
                found: c,
                expected: charset.expected(),
            });
        }
        count = i.saturating_add(1);
    }
    match length {
        Length::UpTo(max) if count > max => Err(FieldError::TooLong { element, found: count, max }),
        Length::Exactly(expected) if count != expected => {
            Err(FieldError::WrongLength { element, found: count, expected })
        }
        _ => Ok(s),
    }
}

/// Defines a validated text newtype over [`CompactStr`] with `try_new`, `as_str`, `Display`,
/// `FromStr`, `TryFrom<&str>`, `TryFrom<String>`, `From<T> for String`, and serde through
/// the validator.
macro_rules! text_newtype {
    (
        $(#[$meta:meta])*
        $name:ident, element = $element:literal, length = $length:expr, charset = $charset:expr,
        example = $example:literal
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(
            feature = "serde",
            derive(serde::Serialize, serde::Deserialize),
            serde(try_from = "String", into = "String")
        )]
        pub struct $name(CompactStr);

        impl $name {
            /// The XSD element(s) this type is used for, as named in error messages.
            pub const ELEMENT: &'static str = $element;

            /// Validates the value (surrounding whitespace is trimmed).
            ///
            /// # Errors
            ///
            /// A [`FieldError`] naming the rule broken: empty, wrong length, or a character
            /// outside the field's character set.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::customs::", stringify!($name), ";")]
            ///
            #[doc = concat!("let value = ", stringify!($name), "::try_new(\"", $example, "\")?;")]
            #[doc = concat!("assert_eq!(value.as_str(), \"", $example, "\");")]
            #[doc = concat!("assert!(", stringify!($name), "::try_new(\"\").is_err());")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn try_new(input: &str) -> Result<Self, FieldError> {
                $crate::customs::documents::text::check(input, Self::ELEMENT, $length, $charset)
                    .map(|s| Self(CompactStr::new(s)))
            }

            /// The value as sent in the CEB message.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::customs::", stringify!($name), ";")]
            ///
            #[doc = concat!("let value: ", stringify!($name), " = \"", $example, "\".parse()?;")]
            #[doc = concat!("assert_eq!(value.as_str(), \"", $example, "\");")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.as_str()).finish()
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = FieldError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::try_new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = FieldError;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                Self::try_new(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = FieldError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::try_new(&s)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.as_str().to_owned()
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
    };
}

text_newtype! {
    /// The 36-character unique number of a message or document (`guid`, 系统唯一序号; XSD22
    /// `length=36`), generated by the sender. The specification asks for upper-case letters
    /// ("英文字母大写") and the samples use upper-case UUIDs; only the length and the absence of
    /// whitespace are enforced, as the XSD enforces only the length.
    Guid, element = "guid", length = Length::Exactly(36), charset = Charset::Identifier,
    example = "4CDE1CFD-EDED-46B1-946C-B8022E42FC94"
}

text_newtype! {
    /// An order number (`orderNo`, 订单编号; XSD22 `str 1..60`): the platform's order number,
    /// unique within one platform (规范 表3-3). It links the order (CEB311), the payment
    /// (CEB411), the waybill (CEB511) and the inventory (CEB621).
    OrderNo, element = "orderNo", length = Length::UpTo(60), charset = Charset::Identifier,
    example = "order20160321116421002"
}

text_newtype! {
    /// An enterprise's customs registration code (企业海关注册编码; XSD22 `str 1..18`): the
    /// platform `ebpCode` (电商平台代码), the e-commerce enterprise `ebcCode` (电商企业代码),
    /// the payment enterprise `payCode` (支付企业代码), the logistics enterprise
    /// `logisticsCode` (物流企业代码), the declaring agent `agentCode` (申报企业代码) and the
    /// zone enterprise `areaCode` (区内企业代码). Ten characters for a customs code, 18 for a
    /// unified social credit code.
    EnterpriseCode, element = "enterprise code", length = Length::UpTo(18),
    charset = Charset::Identifier, example = "1105910159"
}

text_newtype! {
    /// A waybill number (`logisticsNo`, 物流运单编号; XSD22 `str 1..60`), not repeated by the
    /// same logistics enterprise within six months (规范 表3-17).
    LogisticsNo, element = "logisticsNo", length = Length::UpTo(60),
    charset = Charset::Identifier, example = "L201603081138007"
}

text_newtype! {
    /// A payment transaction number (`payTransactionId`, 支付交易编号; XSD22 `str 1..60`): the
    /// payment enterprise's unique payment serial (支付企业唯一的支付流水号).
    PayTransactionId, element = "payTransactionId", length = Length::UpTo(60),
    charset = Charset::Identifier, example = "20160001634226001"
}

text_newtype! {
    /// The enterprise-internal number of an inventory (`copNo`, 企业内部编号; XSD22 `str ≤20`),
    /// the key echoed in the inventory receipt CEB622.
    CopNo, element = "copNo", length = Length::UpTo(20), charset = Charset::Identifier,
    example = "NBBH20160308005"
}

text_newtype! {
    /// The pre-entry number of an inventory (`preNo`, 预录入编号; XSD22 `str ≤18` in CEB621,
    /// `length=18` in the receipt CEB622), assigned by the E-Port.
    PreNo, element = "preNo", length = Length::UpTo(18), charset = Charset::Identifier,
    example = "B20160308000000001"
}

text_newtype! {
    /// The inventory number assigned by customs (`invtNo`, 清单编号; XSD22 `str ≤18`):
    /// 4-digit customs code, 4-digit year, I/E flag and a 9-digit serial (CEB816 documentation).
    InvtNo, element = "invtNo", length = Length::UpTo(18), charset = Charset::Identifier,
    example = "37002016I000000001"
}

/// Defines a fixed-length ASCII code stored inline (`Copy`, no allocation) with the same
/// trait set as `text_newtype!`.
macro_rules! ascii_code {
    (
        $(#[$meta:meta])*
        $name:ident, element = $element:literal, len = $len:literal, charset = $charset:expr,
        example = $example:literal
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(
            feature = "serde",
            derive(serde::Serialize, serde::Deserialize),
            serde(try_from = "String", into = "String")
        )]
        pub struct $name([u8; $len]);

        impl $name {
            /// The XSD element(s) this type is used for, as named in error messages.
            pub const ELEMENT: &'static str = $element;

            /// Validates the code (surrounding whitespace is trimmed).
            ///
            /// # Errors
            ///
            /// [`FieldError::Empty`], [`FieldError::WrongLength`] or
            /// [`FieldError::InvalidCharacter`].
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::customs::", stringify!($name), ";")]
            ///
            #[doc = concat!("let code = ", stringify!($name), "::try_new(\"", $example, "\")?;")]
            #[doc = concat!("assert_eq!(code.as_str(), \"", $example, "\");")]
            #[doc = concat!("assert!(", stringify!($name), "::try_new(\"\").is_err());")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn try_new(input: &str) -> Result<Self, FieldError> {
                let s = check(input, Self::ELEMENT, Length::Exactly($len), $charset)?;
                // `check` accepted exactly `$len` ASCII characters, so this always converts.
                <[u8; $len]>::try_from(s.as_bytes()).map(Self).map_err(|_| {
                    FieldError::WrongLength { element: Self::ELEMENT, found: s.len(), expected: $len }
                })
            }

            /// The code as sent in the CEB message.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::customs::", stringify!($name), ";")]
            ///
            #[doc = concat!("let code: ", stringify!($name), " = \"", $example, "\".parse()?;")]
            #[doc = concat!("assert_eq!(code.as_str(), \"", $example, "\");")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn as_str(&self) -> &str {
                // Only ASCII is ever stored.
                std::str::from_utf8(&self.0).unwrap_or_default()
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.as_str()).finish()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = FieldError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::try_new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = FieldError;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                Self::try_new(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = FieldError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::try_new(&s)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.as_str().to_owned()
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
    };
}

ascii_code! {
    /// A measurement unit code (`unit`, `unit1`, `unit2`, 计量单位; XSD22 `length=3`) from
    /// 《JGS-20 海关业务代码集》, e.g. `007` (个, piece) in the official samples. The table
    /// itself is not in the reference corpus, so any three digits are accepted.
    UnitCode, element = "unit", len = 3, charset = Charset::Digits, example = "007"
}

impl UnitCode {
    /// `007` 个 (piece), the unit of the official samples.
    pub const PIECE: Self = Self(*b"007");
}

ascii_code! {
    /// A customs district code (`customsCode` 申报海关代码, `portCode` 口岸海关代码; XSD22
    /// `length=4`) from JGS/T 18 《海关关区代码》, e.g. `3700`. Four digits.
    CustomsCode, element = "customsCode/portCode", len = 4, charset = Charset::Digits,
    example = "3700"
}

ascii_code! {
    /// A commodity code (`gcode`, 商品编码; XSD22 `length=10`): the 8-digit tariff line of the
    /// 《中华人民共和国进出口税则》 plus a 2-digit supplementary code.
    HsCode, element = "gcode", len = 10, charset = Charset::Digits, example = "8541401000"
}

ascii_code! {
    /// The administrative-division code of the consignee's address (`consigneeDistrict`,
    /// 收货地址行政区划代码; XSD22 `length=6`), GB/T 2260. Six digits.
    DistrictCode, element = "consigneeDistrict", len = 6, charset = Charset::Digits,
    example = "310115"
}

ascii_code! {
    /// The customs supervision mode (`tradeMode`, 贸易方式 / 监管方式; XSD22 `length=4`).
    /// Retail import uses [`DIRECT_PURCHASE`](Self::DIRECT_PURCHASE) `9610` (直购进口) or
    /// [`BONDED`](Self::BONDED) `1210` (保税进口); other four-digit codes of the customs table
    /// are accepted.
    TradeMode, element = "tradeMode", len = 4, charset = Charset::Digits, example = "9610"
}

impl TradeMode {
    /// `9610` 跨境贸易电子商务: direct-purchase import (直购进口), cleared on arrival.
    pub const DIRECT_PURCHASE: Self = Self(*b"9610");
    /// `1210` 保税跨境贸易电子商务: bonded import (保税进口), cleared before leaving the bonded
    /// warehouse.
    pub const BONDED: Self = Self(*b"1210");
}

ascii_code! {
    /// A transport-mode code (`trafMode`, 运输方式; XSD22 `length=1`) from JGS-20 (`2` 水路
    /// waterway, `4` 公路 road, `5` 航空 air …). One ASCII letter or digit.
    TransportMode, element = "trafMode", len = 1, charset = Charset::Alphanumeric,
    example = "5"
}

ascii_code! {
    /// A packing-type code (`wrapType`, 包装种类代码; XSD22 `length=1`) from JGS-20. One ASCII
    /// letter or digit.
    WrapType, element = "wrapType", len = 1, charset = Charset::Alphanumeric, example = "1"
}

/// Bounded free text (`str 1..MAX`, counted in characters): enterprise names, goods names and
/// models, notes, and other descriptive fields.
///
/// Surrounding whitespace is trimmed; the value is not empty; control characters other than
/// tab and line breaks are refused. `MAX` is the XSD `maxLength` of the element, e.g.
/// `CebText<100>` for `ebpName`, `CebText<1000>` for `note`.
///
/// # Examples
///
/// ```
/// use crossborder::customs::CebText;
///
/// let name: CebText<100> = "东方物通科技(北京)有限公司".parse()?;
/// assert_eq!(name.as_str(), "东方物通科技(北京)有限公司");
/// assert!(CebText::<3>::try_new("abcd").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct CebText<const MAX: usize>(CompactStr);

impl<const MAX: usize> CebText<MAX> {
    /// The XSD `maxLength`.
    pub const MAX_CHARS: usize = MAX;

    /// Validates the text.
    ///
    /// # Errors
    ///
    /// [`FieldError::Empty`], [`FieldError::TooLong`] or [`FieldError::InvalidCharacter`]
    /// (a control character).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{CebText, FieldError};
    ///
    /// assert_eq!(CebText::<10>::try_new(" note ")?.as_str(), "note");
    /// assert_eq!(CebText::<10>::try_new(""), Err(FieldError::Empty { element: "text" }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(input: &str) -> Result<Self, FieldError> {
        check(input, "text", Length::UpTo(MAX), Charset::Text).map(|s| Self(CompactStr::new(s)))
    }

    /// The text.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebText;
    ///
    /// assert_eq!(CebText::<10>::try_new("33mm")?.as_str(), "33mm");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl<const MAX: usize> fmt::Debug for CebText<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl<const MAX: usize> fmt::Display for CebText<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<const MAX: usize> std::str::FromStr for CebText<MAX> {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::try_new(s)
    }
}

impl<const MAX: usize> TryFrom<&str> for CebText<MAX> {
    type Error = FieldError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::try_new(s)
    }
}

impl<const MAX: usize> TryFrom<String> for CebText<MAX> {
    type Error = FieldError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::try_new(&s)
    }
}

impl<const MAX: usize> From<CebText<MAX>> for String {
    fn from(value: CebText<MAX>) -> Self {
        value.as_str().to_owned()
    }
}

impl<const MAX: usize> AsRef<str> for CebText<MAX> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_refuse_inner_whitespace_and_count_characters() {
        assert_eq!(
            OrderNo::try_new("A B"),
            Err(FieldError::InvalidCharacter {
                element: "orderNo",
                position: 2,
                found: ' ',
                expected: "no whitespace or control characters"
            })
        );
        // 60 CJK characters are 180 bytes but 60 characters: allowed.
        assert!(OrderNo::try_new(&"订".repeat(60)).is_ok());
        assert_eq!(
            OrderNo::try_new(&"订".repeat(61)),
            Err(FieldError::TooLong { element: "orderNo", found: 61, max: 60 })
        );
    }

    #[test]
    fn fixed_lengths() {
        assert!(UnitCode::try_new("007").is_ok());
        assert_eq!(
            UnitCode::try_new("07"),
            Err(FieldError::WrongLength { element: "unit", found: 2, expected: 3 })
        );
        assert!(HsCode::try_new("854140100A").is_err());
        assert_eq!(Guid::try_new(&"A".repeat(35)).map(|_| ()).unwrap_err().element(), "guid");
        assert!(TransportMode::try_new("W").is_ok());
        assert!(TransportMode::try_new("运").is_err());
    }

    #[test]
    fn free_text_allows_line_breaks_not_other_controls() {
        assert!(CebText::<20>::try_new("line 1\nline 2").is_ok());
        assert!(CebText::<20>::try_new("bell\u{7}").is_err());
        assert_eq!(CebText::<5>::try_new("  abcde  ").map(String::from), Ok("abcde".to_owned()));
    }
}
