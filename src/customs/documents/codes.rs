//! The small code lists of the CEB messages (`appType`, `appStatus`, `orderType`, `ieFlag`,
//! `currency`), the item-line number `gnum`, the parcel count `packNo`, and the kinds of
//! document.

use std::fmt;
use std::str::FromStr;

use super::FieldError;
use crate::money::Currency;

impl FieldError {
    fn app_type(found: &str) -> Self {
        Self::UnknownCode {
            element: "appType",
            found: found.to_owned(),
            expected: "1 (新增), 2 (变更) or 3 (删除)",
        }
    }

    fn app_status(found: &str) -> Self {
        Self::UnknownCode {
            element: "appStatus",
            found: found.to_owned(),
            expected: "1 (暂存) or 2 (申报)",
        }
    }

    fn order_type(found: &str) -> Self {
        Self::UnknownCode { element: "orderType", found: found.to_owned(), expected: "I" }
    }

    fn ie_flag(found: &str) -> Self {
        Self::UnknownCode { element: "ieFlag", found: found.to_owned(), expected: "I or E" }
    }

    fn currency(found: &str) -> Self {
        Self::UnknownCode {
            element: "currency",
            found: found.to_owned(),
            expected: "142 (人民币; XSD fixed value)",
        }
    }
}

/// The kind of submission (`appType`, 报送类型; XSD22 `length=1`): `1` 新增 (new), `2` 变更
/// (modify), `3` 删除 (delete) (规范 表3-3 and the other document tables). The cancellation
/// request CEB623 allows only `1`.
///
/// # Examples
///
/// ```
/// use crossborder::customs::AppType;
///
/// assert_eq!("2".parse::<AppType>()?, AppType::Modify);
/// assert_eq!(AppType::Delete.to_string(), "3");
/// assert_eq!(AppType::default(), AppType::New);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(parse_err_ty = FieldError, parse_err_fn = FieldError::app_type)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum AppType {
    /// `1` 新增: a new document (the XSD default).
    #[default]
    #[strum(serialize = "1")]
    #[cfg_attr(feature = "serde", serde(rename = "1"))]
    New,
    /// `2` 变更: replaces the document with the same key, if this one is newer.
    #[strum(serialize = "2")]
    #[cfg_attr(feature = "serde", serde(rename = "2"))]
    Modify,
    /// `3` 删除: withdraws the document with the same key.
    #[strum(serialize = "3")]
    #[cfg_attr(feature = "serde", serde(rename = "3"))]
    Delete,
}

impl AppType {
    /// All three codes in code order.
    pub const ALL: &'static [Self] = &[Self::New, Self::Modify, Self::Delete];

    /// The one-character code.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::AppType;
    ///
    /// assert_eq!(AppType::Modify.code(), "2");
    /// ```
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// The business status of a submission (`appStatus`, 业务状态; XSD22 `str 1..3`): `1` 暂存
/// (stored as a draft at the E-Port, not sent to customs) or `2` 申报 (declared). The XSD
/// default is `2` for the order, payment and waybill, `1` for the inventory; a declared
/// inventory must be signed (规范 表3-31).
///
/// # Examples
///
/// ```
/// use crossborder::customs::AppStatus;
///
/// assert_eq!("2".parse::<AppStatus>()?, AppStatus::Declared);
/// assert!("3".parse::<AppStatus>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(parse_err_ty = FieldError, parse_err_fn = FieldError::app_status)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum AppStatus {
    /// `1` 暂存: stored as a draft.
    #[strum(serialize = "1")]
    #[cfg_attr(feature = "serde", serde(rename = "1"))]
    Draft,
    /// `2` 申报: declared to customs.
    #[strum(serialize = "2")]
    #[cfg_attr(feature = "serde", serde(rename = "2"))]
    Declared,
}

impl AppStatus {
    /// Both codes in code order.
    pub const ALL: &'static [Self] = &[Self::Draft, Self::Declared];

    /// The code as sent.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::AppStatus;
    ///
    /// assert_eq!(AppStatus::Draft.code(), "1");
    /// ```
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// The order type (`orderType`, 订单类型; XSD22 `length=1`): `I` import, the only value the
/// import message allows.
///
/// # Examples
///
/// ```
/// use crossborder::customs::OrderType;
///
/// assert_eq!("I".parse::<OrderType>()?, OrderType::Import);
/// assert!("E".parse::<OrderType>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(parse_err_ty = FieldError, parse_err_fn = FieldError::order_type)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum OrderType {
    /// `I` 进口: import.
    #[default]
    #[strum(serialize = "I")]
    #[cfg_attr(feature = "serde", serde(rename = "I"))]
    Import,
}

impl OrderType {
    /// Every value.
    pub const ALL: &'static [Self] = &[Self::Import];
}

/// The import/export flag of an inventory (`ieFlag`, 进出口标记; XSD22 `length=1`): `I`
/// import or `E` export.
///
/// # Examples
///
/// ```
/// use crossborder::customs::IeFlag;
///
/// assert_eq!("I".parse::<IeFlag>()?, IeFlag::Import);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(parse_err_ty = FieldError, parse_err_fn = FieldError::ie_flag)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum IeFlag {
    /// `I` 进口.
    #[default]
    #[strum(serialize = "I")]
    #[cfg_attr(feature = "serde", serde(rename = "I"))]
    Import,
    /// `E` 出口.
    #[strum(serialize = "E")]
    #[cfg_attr(feature = "serde", serde(rename = "E"))]
    Export,
}

impl IeFlag {
    /// Both values.
    pub const ALL: &'static [Self] = &[Self::Import, Self::Export];
}

/// The currency of a CEB message (`currency`, 币制): the XSD fixes every `currency` element to
/// `142` (人民币, CNY), so the documents do not store it; a converter checks the element with
/// this type.
///
/// # Examples
///
/// ```
/// use crossborder::customs::CebCurrency;
/// use crossborder::money::Currency;
///
/// let c: CebCurrency = "142".parse()?;
/// assert_eq!(c.currency(), Currency::CNY);
/// assert_eq!(c.to_string(), "142");
/// assert!("156".parse::<CebCurrency>().is_err()); // the ISO numeric code is not accepted
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(parse_err_ty = FieldError, parse_err_fn = FieldError::currency)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum CebCurrency {
    /// `142` 人民币.
    #[default]
    #[strum(serialize = "142")]
    #[cfg_attr(feature = "serde", serde(rename = "142"))]
    Cny,
}

impl CebCurrency {
    /// Every value.
    pub const ALL: &'static [Self] = &[Self::Cny];

    /// The [`Currency`]: CNY, whose [`Currency::customs_code`] is `142`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebCurrency;
    ///
    /// assert_eq!(CebCurrency::Cny.currency().customs_code(), Some("142"));
    /// ```
    pub const fn currency(self) -> Currency {
        match self {
            Self::Cny => Currency::CNY,
        }
    }
}

/// The number of an item line (`gnum`, 商品序号; XSD `xs:int`, specification `N4`): from 1,
/// increasing, within one order or inventory. An inventory line's `gnum` corresponds one to
/// one to the order line with the same number (规范 表3-32, "与关联的电子订单表体序号一一对应").
///
/// Range 1–9999 (the specification's four digits).
///
/// # Examples
///
/// ```
/// use crossborder::customs::Gnum;
///
/// let g: Gnum = "1".parse()?;
/// assert_eq!(g.get(), 1);
/// assert!(Gnum::try_new(0).is_err());
/// assert!("10000".parse::<Gnum>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "u16", into = "u16")
)]
pub struct Gnum(u16);

impl Gnum {
    /// The largest line number (`N4`).
    pub const MAX: u16 = 9999;

    /// Line number `n`.
    ///
    /// # Errors
    ///
    /// [`FieldError::OutOfRange`] unless `1 <= n <= 9999`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::Gnum;
    ///
    /// assert_eq!(Gnum::try_new(2)?.get(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(n: u16) -> Result<Self, FieldError> {
        if (1..=Self::MAX).contains(&n) {
            Ok(Self(n))
        } else {
            Err(FieldError::OutOfRange {
                element: "gnum",
                found: n.to_string(),
                min: 1,
                max: i64::from(Self::MAX),
            })
        }
    }

    /// The number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::Gnum;
    ///
    /// assert_eq!(Gnum::try_new(7)?.get(), 7);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn get(self) -> u16 {
        self.0
    }
}

impl fmt::Display for Gnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for Gnum {
    type Err = FieldError;
    /// Decimal digits with an optional `+` and surrounding whitespace, as `xs:int` allows.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let digits = t.strip_prefix('+').unwrap_or(t);
        let out_of_range =
            || FieldError::OutOfRange { element: "gnum", found: s.to_owned(), min: 1, max: 9999 };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(out_of_range());
        }
        digits.parse::<u16>().ok().and_then(|n| Self::try_new(n).ok()).ok_or_else(out_of_range)
    }
}

impl TryFrom<u16> for Gnum {
    type Error = FieldError;
    fn try_from(n: u16) -> Result<Self, Self::Error> {
        Self::try_new(n)
    }
}

impl From<Gnum> for u16 {
    fn from(g: Gnum) -> Self {
        g.0
    }
}

/// The number of parcels under a waybill or inventory (`packNo`, 件数; XSD `xs:int`,
/// `totalDigits=9`): 1 to 999,999,999.
///
/// The specification limits it to one (规范 表3-17 and 表3-31, "限定为'1'"); the XSD does not,
/// and the official samples carry `6000`. Construction accepts any positive count so that
/// every schema-valid message can be represented; the three-document match reports a value
/// other than [`PackNo::ONE`] under rule R15.
///
/// # Examples
///
/// ```
/// use crossborder::customs::PackNo;
///
/// assert_eq!("1".parse::<PackNo>()?, PackNo::ONE);
/// assert!("0".parse::<PackNo>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "u32", into = "u32")
)]
pub struct PackNo(u32);

impl PackNo {
    /// One parcel, the only value the specification allows.
    pub const ONE: Self = Self(1);
    /// The largest count (`totalDigits=9`).
    pub const MAX: u32 = 999_999_999;

    /// A count of `n` parcels.
    ///
    /// # Errors
    ///
    /// [`FieldError::OutOfRange`] unless `1 <= n <= 999_999_999`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::PackNo;
    ///
    /// assert_eq!(PackNo::try_new(1)?, PackNo::ONE);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(n: u32) -> Result<Self, FieldError> {
        if (1..=Self::MAX).contains(&n) {
            Ok(Self(n))
        } else {
            Err(FieldError::OutOfRange {
                element: "packNo",
                found: n.to_string(),
                min: 1,
                max: i64::from(Self::MAX),
            })
        }
    }

    /// The count.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::PackNo;
    ///
    /// assert_eq!(PackNo::ONE.get(), 1);
    /// ```
    pub const fn get(self) -> u32 {
        self.0
    }
}

impl fmt::Display for PackNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for PackNo {
    type Err = FieldError;
    /// Decimal digits with an optional `+` and surrounding whitespace, as `xs:int` allows.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let digits = t.strip_prefix('+').unwrap_or(t);
        let out_of_range = || FieldError::OutOfRange {
            element: "packNo",
            found: s.to_owned(),
            min: 1,
            max: i64::from(Self::MAX),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(out_of_range());
        }
        digits.parse::<u32>().ok().and_then(|n| Self::try_new(n).ok()).ok_or_else(out_of_range)
    }
}

impl TryFrom<u32> for PackNo {
    type Error = FieldError;
    fn try_from(n: u32) -> Result<Self, Self::Error> {
        Self::try_new(n)
    }
}

impl From<PackNo> for u32 {
    fn from(p: PackNo) -> Self {
        p.0
    }
}

/// Which of the four documents of a cross-border retail import a value belongs to.
///
/// # Examples
///
/// ```
/// use crossborder::customs::DocumentKind;
///
/// assert_eq!(DocumentKind::Payment.message_type(), "CEB411");
/// assert_eq!(DocumentKind::Waybill.to_string(), "waybill");
/// assert_eq!("inventory".parse::<DocumentKind>()?, DocumentKind::Inventory);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case", parse_err_ty = FieldError, parse_err_fn = FieldError::document_kind)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DocumentKind {
    /// The electronic order (电子订单), CEB311, sent by the platform or e-commerce enterprise.
    Order,
    /// The payment voucher (支付凭证), CEB411, sent by the payment enterprise.
    Payment,
    /// The electronic waybill (物流运单), CEB511, sent by the logistics enterprise.
    Waybill,
    /// The import inventory / declaration list (进口清单, 申报清单), CEB621, sent by the
    /// declaring agent.
    Inventory,
}

impl FieldError {
    fn document_kind(found: &str) -> Self {
        Self::UnknownCode {
            element: "document kind",
            found: found.to_owned(),
            expected: "order, payment, waybill or inventory",
        }
    }
}

impl DocumentKind {
    /// The four kinds, in message-number order.
    pub const ALL: &'static [Self] = &[Self::Order, Self::Payment, Self::Waybill, Self::Inventory];

    /// The CEB message number (`CEB311`, `CEB411`, `CEB511`, `CEB621`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::DocumentKind;
    ///
    /// assert_eq!(DocumentKind::Inventory.message_type(), "CEB621");
    /// ```
    pub const fn message_type(self) -> &'static str {
        match self {
            Self::Order => "CEB311",
            Self::Payment => "CEB411",
            Self::Waybill => "CEB511",
            Self::Inventory => "CEB621",
        }
    }

    /// The XSD element holding the document's head (`OrderHead`, `PaymentHead`,
    /// `LogisticsHead`, `InventoryHead`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::DocumentKind;
    ///
    /// assert_eq!(DocumentKind::Waybill.head_element(), "LogisticsHead");
    /// ```
    pub const fn head_element(self) -> &'static str {
        match self {
            Self::Order => "OrderHead",
            Self::Payment => "PaymentHead",
            Self::Waybill => "LogisticsHead",
            Self::Inventory => "InventoryHead",
        }
    }

    const fn bit(self) -> u8 {
        match self {
            Self::Order => 1,
            Self::Payment => 2,
            Self::Waybill => 4,
            Self::Inventory => 8,
        }
    }
}

/// A set of [`DocumentKind`]s, e.g. the documents an order is still waiting for.
///
/// `Display` lists the members in message order, comma-separated (`payment, waybill`), or
/// `none`.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{DocumentKind, DocumentKinds};
///
/// let missing = DocumentKinds::EMPTY.with(DocumentKind::Waybill).with(DocumentKind::Payment);
/// assert!(missing.contains(DocumentKind::Payment));
/// assert_eq!(missing.to_string(), "payment, waybill");
/// assert_eq!(missing.iter().count(), 2);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(from = "Vec<DocumentKind>", into = "Vec<DocumentKind>")
)]
pub struct DocumentKinds(u8);

impl DocumentKinds {
    /// No document.
    pub const EMPTY: Self = Self(0);
    /// The three documents of the "three-document match" (三单): order, payment, waybill.
    pub const THREE_DOCUMENTS: Self = Self(1 | 2 | 4);

    /// This set plus `kind`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DocumentKind, DocumentKinds};
    ///
    /// assert!(!DocumentKinds::EMPTY.with(DocumentKind::Order).is_empty());
    /// ```
    #[must_use]
    pub const fn with(self, kind: DocumentKind) -> Self {
        Self(self.0 | kind.bit())
    }

    /// This set without `kind`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DocumentKind, DocumentKinds};
    ///
    /// let s = DocumentKinds::THREE_DOCUMENTS.without(DocumentKind::Order);
    /// assert_eq!(s.to_string(), "payment, waybill");
    /// ```
    #[must_use]
    pub const fn without(self, kind: DocumentKind) -> Self {
        Self(self.0 & !kind.bit())
    }

    /// Whether `kind` is in the set.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DocumentKind, DocumentKinds};
    ///
    /// assert!(DocumentKinds::THREE_DOCUMENTS.contains(DocumentKind::Waybill));
    /// assert!(!DocumentKinds::THREE_DOCUMENTS.contains(DocumentKind::Inventory));
    /// ```
    pub const fn contains(self, kind: DocumentKind) -> bool {
        self.0 & kind.bit() != 0
    }

    /// Whether the set is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::DocumentKinds;
    ///
    /// assert!(DocumentKinds::EMPTY.is_empty());
    /// ```
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The members in message order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DocumentKind, DocumentKinds};
    ///
    /// let v: Vec<_> = DocumentKinds::THREE_DOCUMENTS.iter().collect();
    /// assert_eq!(v, [DocumentKind::Order, DocumentKind::Payment, DocumentKind::Waybill]);
    /// ```
    pub fn iter(self) -> impl Iterator<Item = DocumentKind> {
        DocumentKind::ALL.iter().copied().filter(move |k| self.contains(*k))
    }
}

impl FromIterator<DocumentKind> for DocumentKinds {
    fn from_iter<I: IntoIterator<Item = DocumentKind>>(iter: I) -> Self {
        iter.into_iter().fold(Self::EMPTY, Self::with)
    }
}

impl From<Vec<DocumentKind>> for DocumentKinds {
    fn from(v: Vec<DocumentKind>) -> Self {
        v.into_iter().collect()
    }
}

impl From<DocumentKinds> for Vec<DocumentKind> {
    fn from(s: DocumentKinds) -> Self {
        s.iter().collect()
    }
}

impl fmt::Debug for DocumentKinds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl fmt::Display for DocumentKinds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("none");
        }
        for (i, kind) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            fmt::Display::fmt(&kind, f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_lists_round_trip() {
        for t in AppType::ALL {
            assert_eq!(t.code().parse::<AppType>(), Ok(*t));
        }
        for s in AppStatus::ALL {
            assert_eq!(s.code().parse::<AppStatus>(), Ok(*s));
        }
        assert_eq!(
            "4".parse::<AppType>(),
            Err(FieldError::UnknownCode {
                element: "appType",
                found: "4".to_owned(),
                expected: "1 (新增), 2 (变更) or 3 (删除)"
            })
        );
    }

    #[test]
    fn integers() {
        assert_eq!(" +12 ".parse::<Gnum>().map(Gnum::get), Ok(12));
        assert!("-1".parse::<Gnum>().is_err());
        assert!("1.0".parse::<Gnum>().is_err());
        assert_eq!("999999999".parse::<PackNo>().map(PackNo::get), Ok(999_999_999));
        assert!("1000000000".parse::<PackNo>().is_err());
    }
}
