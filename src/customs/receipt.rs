//! Customs receipts (回执): the status codes (`returnStatus`), the receipt text
//! (`returnInfo`), the business error codes, the receipt records of CEB312/412/512/622, and
//! the inventory declaration lifecycle.

use std::fmt;
use std::str::FromStr;

use super::{
    CopNo, CustomsCode, DocumentKind, EnterpriseCode, FieldError, Guid, InvtNo, LogisticsNo,
    OrderNo, PayTransactionId, PreNo, ReturnTime,
};

/// A negative business error code of the CEB system (规范202205 §7 表7-2, e.g. −301010
/// 已存在相同编号的订单). Receipts carry it as a negative `returnStatus`.
///
/// The known codes are associated consts; any negative `i32` is accepted.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{CustomsErrorCode, DocumentKind};
///
/// let code: CustomsErrorCode = "-301010".parse()?;
/// assert_eq!(code, CustomsErrorCode::ORDER_DUPLICATE);
/// assert_eq!(code.document(), Some(DocumentKind::Order));
/// assert_eq!(code.to_string(), "-301010");
/// assert!(CustomsErrorCode::try_new(5).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "i32", into = "i32")
)]
pub struct CustomsErrorCode(i32);

impl CustomsErrorCode {
    /// −301001: the order has no item lines.
    pub const ORDER_NO_LINES: Self = Self(-301_001);
    /// −301002: two order lines with the same `gnum`.
    pub const ORDER_DUPLICATE_GNUM: Self = Self(-301_002);
    /// −301008: parameter validation failed.
    pub const ORDER_INVALID_PARAMETER: Self = Self(-301_008);
    /// −301009: invalid `appType`.
    pub const ORDER_INVALID_APP_TYPE: Self = Self(-301_009);
    /// −301010: 已存在相同编号的订单 (an order with this number exists).
    pub const ORDER_DUPLICATE: Self = Self(-301_010);
    /// −301011: 该订单已向海关申报清单，状态不符 (the order's inventory is already declared).
    pub const ORDER_INVENTORY_DECLARED: Self = Self(-301_011);
    /// −301014: 接收报文为旧报文数据，不做处理 (an older message; ignored).
    pub const ORDER_STALE: Self = Self(-301_014);
    /// −401007: a payment with this number exists.
    pub const PAYMENT_DUPLICATE: Self = Self(-401_007);
    /// −401012: an older payment message; ignored.
    pub const PAYMENT_STALE: Self = Self(-401_012);
    /// −621004: an inventory with this key exists.
    pub const INVENTORY_DUPLICATE: Self = Self(-621_004);
    /// −621005: 清单的购买金额超过单笔限额 (the single-transaction limit is exceeded).
    pub const INVENTORY_SINGLE_LIMIT: Self = Self(-621_005);
    /// −621018: 本次购买将超过年度限额 (the annual limit would be exceeded).
    pub const INVENTORY_ANNUAL_LIMIT: Self = Self(-621_018);
    /// −621027: two inventory lines with the same `gnum`.
    pub const INVENTORY_DUPLICATE_GNUM: Self = Self(-621_027);
    /// −621055: 已存在较新清单，请修改app_time为最新时间 (a newer inventory exists;
    /// practitioner-reported).
    pub const INVENTORY_NEWER_EXISTS: Self = Self(-621_055);

    /// A code from its value.
    ///
    /// # Errors
    ///
    /// [`FieldError::OutOfRange`] unless `code` is negative.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CustomsErrorCode;
    ///
    /// assert_eq!(CustomsErrorCode::try_new(-621005)?, CustomsErrorCode::INVENTORY_SINGLE_LIMIT);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(code: i32) -> Result<Self, FieldError> {
        if code < 0 {
            Ok(Self(code))
        } else {
            Err(FieldError::OutOfRange {
                element: "error code",
                found: code.to_string(),
                min: i64::from(i32::MIN),
                max: -1,
            })
        }
    }

    /// The value.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CustomsErrorCode;
    ///
    /// assert_eq!(CustomsErrorCode::ORDER_STALE.get(), -301014);
    /// ```
    pub const fn get(self) -> i32 {
        self.0
    }

    /// The document the code's range belongs to (规范 表7-2: −301xxx order, −401xxx payment,
    /// −504xxx waybill, −621xxx inventory), if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{CustomsErrorCode, DocumentKind};
    ///
    /// assert_eq!(CustomsErrorCode::PAYMENT_STALE.document(), Some(DocumentKind::Payment));
    /// assert_eq!(CustomsErrorCode::try_new(-10101)?.document(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn document(self) -> Option<DocumentKind> {
        match self.0 {
            -301_999..=-301_000 => Some(DocumentKind::Order),
            -401_999..=-401_000 => Some(DocumentKind::Payment),
            -504_999..=-504_000 => Some(DocumentKind::Waybill),
            -621_999..=-621_000 => Some(DocumentKind::Inventory),
            _ => None,
        }
    }
}

impl fmt::Display for CustomsErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for CustomsErrorCode {
    type Err = FieldError;
    /// Parses the canonical form: `-`, then digits without leading zeros.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let canonical = s.strip_prefix('-').is_some_and(|d| {
            !d.is_empty() && !d.starts_with('0') && d.bytes().all(|b| b.is_ascii_digit())
        });
        let invalid = || FieldError::OutOfRange {
            element: "error code",
            found: s.to_owned(),
            min: i64::from(i32::MIN),
            max: -1,
        };
        if !canonical {
            return Err(invalid());
        }
        s.parse::<i32>().map_err(|_| invalid()).and_then(Self::try_new)
    }
}

impl TryFrom<i32> for CustomsErrorCode {
    type Error = FieldError;
    fn try_from(code: i32) -> Result<Self, Self::Error> {
        Self::try_new(code)
    }
}

impl From<CustomsErrorCode> for i32 {
    fn from(c: CustomsErrorCode) -> Self {
        c.0
    }
}

/// Defines the known `returnStatus` codes once.
macro_rules! statuses {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $meaning:ident; )+) => {
        /// The status of a receipt (`returnStatus`, 回执状态; XSD22 `str 1..10`): an open list.
        ///
        /// The known codes are those of XSD22 and 规范202205 (reference §4.1) plus the
        /// practitioner-reported `400` and `600`; any other text is kept verbatim in
        /// [`ReturnStatus::Other`] (the official receipt samples use `18` and `23`), and a
        /// negative number is an exception receipt (处理异常回执) carrying a
        /// [`CustomsErrorCode`]. `Display` prints the code as received; it round-trips through
        /// `FromStr`, which never fails for non-empty text.
        ///
        /// # Examples
        ///
        /// ```
        /// use crossborder::customs::{CustomsErrorCode, ReceiptMeaning, ReturnStatus};
        ///
        /// assert_eq!("800".parse::<ReturnStatus>()?, ReturnStatus::Released);
        /// assert_eq!(ReturnStatus::Released.meaning(), ReceiptMeaning::Released);
        /// let e: ReturnStatus = "-301010".parse()?;
        /// assert_eq!(e, ReturnStatus::Exception(CustomsErrorCode::ORDER_DUPLICATE));
        /// assert!(e.is_exception());
        /// let odd: ReturnStatus = "18".parse()?;
        /// assert_eq!(odd, ReturnStatus::Other("18".to_owned()));
        /// assert_eq!(odd.to_string(), "18");
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[cfg_attr(
            feature = "serde",
            derive(serde::Serialize, serde::Deserialize),
            serde(try_from = "String", into = "String")
        )]
        #[non_exhaustive]
        pub enum ReturnStatus {
            $( $(#[$doc])* $variant, )+
            /// A negative code: an exception receipt (the message was not processed).
            Exception(CustomsErrorCode),
            /// Any other status, kept verbatim.
            Other(String),
        }

        impl ReturnStatus {
            /// Every known non-exception status, in code order.
            pub const KNOWN: &'static [Self] = &[$(Self::$variant),+];

            /// The code as received.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::ReturnStatus;
            ///
            /// assert_eq!(ReturnStatus::Accepted.code(), "120");
            /// ```
            pub fn code(&self) -> std::borrow::Cow<'_, str> {
                match self {
                    $(Self::$variant => std::borrow::Cow::Borrowed($code),)+
                    Self::Exception(c) => std::borrow::Cow::Owned(c.to_string()),
                    Self::Other(s) => std::borrow::Cow::Borrowed(s),
                }
            }

            /// What the status means for the parcel, for the shipment tracker to map to its
            /// events.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::{ReceiptMeaning, ReturnStatus};
            ///
            /// assert_eq!(ReturnStatus::Inspection.meaning(), ReceiptMeaning::Held);
            /// assert_eq!(ReturnStatus::Rejected.meaning(), ReceiptMeaning::Rejected);
            /// ```
            pub fn meaning(&self) -> ReceiptMeaning {
                match self {
                    $(Self::$variant => ReceiptMeaning::$meaning,)+
                    Self::Exception(_) => ReceiptMeaning::Rejected,
                    Self::Other(_) => ReceiptMeaning::Unknown,
                }
            }

            fn known(code: &str) -> Option<Self> {
                match code {
                    $($code => Some(Self::$variant),)+
                    _ => None,
                }
            }

            /// The numeric code of a known status (`120` for [`Accepted`](Self::Accepted)).
            fn number(&self) -> Option<u16> {
                match self {
                    $(Self::$variant => $code.parse().ok(),)+
                    _ => None,
                }
            }
        }
    };
}

statuses! {
    /// `1` 电子口岸已暂存: stored at the E-Port as a draft.
    Stored = "1", Processing;
    /// `2` 电子口岸申报中: being declared through the E-Port.
    Declaring = "2", Processing;
    /// `3` 发送海关成功: sent to customs.
    SentToCustoms = "3", Processing;
    /// `4` 发送海关失败: sending to customs failed; send again.
    SendFailed = "4", Rejected;
    /// `100` 海关退单: rejected by customs (the match or a manual check failed).
    Rejected = "100", Rejected;
    /// `120` 海关入库: accepted by customs (for the inventory: the match passed, "逻辑校验通过").
    Accepted = "120", Processing;
    /// `300` 人工审核: manual review.
    ManualReview = "300", Held;
    /// `399` 海关审结: customs review concluded.
    Concluded = "399", Processing;
    /// `400` 海关已接受申报待货物运抵后处理: accepted, waiting for the goods to arrive
    /// (practitioner-reported).
    AwaitingArrival = "400", Processing;
    /// `500` 查验: physical inspection.
    Inspection = "500", Held;
    /// `501` 扣留移送通关: detained, transferred to clearance.
    DetainedForClearance = "501", Held;
    /// `502` 扣留移送缉私: detained, transferred to the anti-smuggling police.
    DetainedForAntiSmuggling = "502", Held;
    /// `503` 扣留移送法规: detained, transferred to the legal department.
    DetainedForLegal = "503", Held;
    /// `599` 其它扣留: other detention.
    OtherDetention = "599", Held;
    /// `600` 挂起: suspended (practitioner-reported, e.g. "地址不详").
    Suspended = "600", Held;
    /// `700` 退运: the goods are sent back.
    Returned = "700", Returned;
    /// `800` 放行: released.
    Released = "800", Released;
    /// `899` 结关: clearance closed.
    Closed = "899", Released;
}

impl ReturnStatus {
    /// Parses a status: a known code, a canonical negative number (an exception receipt), or
    /// any other text kept verbatim. Surrounding whitespace is trimmed.
    ///
    /// # Errors
    ///
    /// [`FieldError::Empty`] for empty text, [`FieldError::TooLong`] above the XSD's 10
    /// characters.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnStatus;
    ///
    /// assert_eq!(ReturnStatus::parse(" 2 ")?, ReturnStatus::Declaring);
    /// assert!(ReturnStatus::parse("").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, FieldError> {
        let s = text.trim();
        if s.is_empty() {
            return Err(FieldError::Empty { element: "returnStatus" });
        }
        let chars = s.chars().count();
        if chars > 10 {
            return Err(FieldError::TooLong { element: "returnStatus", found: chars, max: 10 });
        }
        if let Some(known) = Self::known(s) {
            return Ok(known);
        }
        if let Ok(code) = s.parse::<CustomsErrorCode>() {
            return Ok(Self::Exception(code));
        }
        Ok(Self::Other(s.to_owned()))
    }

    /// Whether this is an exception receipt (a negative code).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnStatus;
    ///
    /// assert!(ReturnStatus::parse("-401012")?.is_exception());
    /// assert!(!ReturnStatus::Rejected.is_exception());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_exception(&self) -> bool {
        matches!(self, Self::Exception(_))
    }
}

impl fmt::Display for ReturnStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

impl FromStr for ReturnStatus {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<&str> for ReturnStatus {
    type Error = FieldError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::parse(s)
    }
}

impl TryFrom<String> for ReturnStatus {
    type Error = FieldError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<ReturnStatus> for String {
    fn from(s: ReturnStatus) -> Self {
        s.code().into_owned()
    }
}

/// What a receipt means for the parcel: the classification the shipment tracker maps to its
/// own events (customs processing, held, released, returned, rejected).
///
/// # Examples
///
/// ```
/// use crossborder::customs::{ReceiptMeaning, ReturnStatus};
///
/// assert_eq!(ReturnStatus::Accepted.meaning(), ReceiptMeaning::Processing);
/// assert_eq!(ReturnStatus::Closed.meaning(), ReceiptMeaning::Released);
/// assert_eq!(ReturnStatus::Returned.meaning(), ReceiptMeaning::Returned);
/// assert_eq!(ReceiptMeaning::Held.to_string(), "held");
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
#[strum(serialize_all = "snake_case", parse_err_ty = FieldError, parse_err_fn = FieldError::receipt_meaning)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ReceiptMeaning {
    /// Customs is processing the declaration (1, 2, 3, 120, 399, 400).
    Processing,
    /// The parcel is held: manual review, inspection, detention or suspension (300, 500,
    /// 501–503, 599, 600).
    Held,
    /// Released or closed (800, 899).
    Released,
    /// Sent back (700).
    Returned,
    /// Rejected or not delivered to customs; the sender must correct and resend (4, 100, and
    /// exception receipts).
    Rejected,
    /// A status this library does not know.
    Unknown,
}

impl ReceiptMeaning {
    /// Every meaning.
    pub const ALL: &'static [Self] = &[
        Self::Processing,
        Self::Held,
        Self::Released,
        Self::Returned,
        Self::Rejected,
        Self::Unknown,
    ];
}

impl FieldError {
    fn receipt_meaning(found: &str) -> Self {
        Self::UnknownCode {
            element: "receipt meaning",
            found: found.to_owned(),
            expected: "processing, held, released, returned, rejected or unknown",
        }
    }
}

/// One `[Code:n;Desc:text]` item of a receipt text.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ReturnInfo;
///
/// let info = ReturnInfo::parse("[Code:1327;Desc:订单购买人与支付单支付人名字或身份证号码不一致]");
/// let entry = &info.entries()[0];
/// assert_eq!(entry.code(), Some("1327"));
/// assert_eq!(entry.code_number(), Some(1327));
/// assert_eq!(entry.description(), Some("订单购买人与支付单支付人名字或身份证号码不一致"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ReturnInfoEntry {
    code: Option<String>,
    description: Option<String>,
}

impl ReturnInfoEntry {
    /// The `Code` value, trimmed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnInfo;
    ///
    /// assert_eq!(ReturnInfo::parse("[Code: 1313 ;Desc:超过年度限额]").entries()[0].code(), Some("1313"));
    /// ```
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The `Code` value as a number, when it is one.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnInfo;
    ///
    /// assert_eq!(ReturnInfo::parse("[Code:A1;Desc:x]").entries()[0].code_number(), None);
    /// ```
    pub fn code_number(&self) -> Option<i64> {
        self.code.as_deref().and_then(|c| c.parse().ok())
    }

    /// The `Desc` value, trimmed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnInfo;
    ///
    /// assert_eq!(ReturnInfo::parse("[Desc:放行]").entries()[0].description(), Some("放行"));
    /// ```
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
}

/// The text of a receipt (`returnInfo`, 回执信息; XSD22 `str 1..1000`), parsed leniently.
///
/// The text is kept verbatim. Bracketed items of the form `[Code:1327;Desc:…]` observed in
/// practice (reference §4.1; the format is not specified) are extracted as
/// [`entries`](Self::entries): keys are matched case-insensitively, `:`/`：` and `;`/`；` are
/// both accepted, an unclosed bracket runs to the end of the text, and brackets without a
/// `Code` or `Desc` key (like the guid in `新增申报成功[4CDE…]`) are left in the
/// [`remainder`](Self::remainder). Parsing never fails.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ReturnInfo;
///
/// let info = ReturnInfo::parse("[Code:2300;Desc:审核通过],撤单申请审核通过,清单已成功撤单");
/// assert_eq!(info.code_number(), Some(2300));
/// assert_eq!(info.remainder(), "撤单申请审核通过,清单已成功撤单");
///
/// let plain = ReturnInfo::parse("新增申报成功[4CDE1CFD-EDED-46B1-946C-B8022E42FC94]");
/// assert!(plain.entries().is_empty());
/// assert_eq!(plain.remainder(), "新增申报成功[4CDE1CFD-EDED-46B1-946C-B8022E42FC94]");
/// assert_eq!(plain.to_string(), "新增申报成功[4CDE1CFD-EDED-46B1-946C-B8022E42FC94]");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(from = "String", into = "String")
)]
pub struct ReturnInfo {
    raw: String,
    entries: Vec<ReturnInfoEntry>,
    remainder: String,
}

impl ReturnInfo {
    /// Parses a receipt text; never fails.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnInfo;
    ///
    /// let info = ReturnInfo::parse("[code：1300；desc：人工退单，订购人身份证号码有误");
    /// assert_eq!(info.code_number(), Some(1300));
    /// assert_eq!(info.description(), Some("人工退单，订购人身份证号码有误"));
    /// ```
    pub fn parse(text: &str) -> Self {
        let mut entries = Vec::new();
        let mut remainder = String::new();
        let mut rest = text;
        while let Some(open) = rest.find(['[', '【']) {
            let (before, from_open) = rest.split_at(open);
            let open_len = from_open.chars().next().map_or(1, char::len_utf8);
            let inner_start = from_open.get(open_len..).unwrap_or_default();
            let (inner, after, closed) = match inner_start.find([']', '】']) {
                Some(close) => {
                    let close_len = inner_start
                        .get(close..)
                        .and_then(|s| s.chars().next())
                        .map_or(1, char::len_utf8);
                    (
                        inner_start.get(..close).unwrap_or_default(),
                        inner_start.get(close + close_len..).unwrap_or_default(),
                        true,
                    )
                }
                None => (inner_start, "", false),
            };
            remainder.push_str(before);
            if let Some(entry) = parse_entry(inner) {
                entries.push(entry);
            } else {
                let end = if closed {
                    from_open.len().saturating_sub(after.len())
                } else {
                    from_open.len()
                };
                remainder.push_str(from_open.get(..end).unwrap_or_default());
            }
            rest = after;
        }
        remainder.push_str(rest);
        let remainder = remainder
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | ';' | '；'))
            .to_owned();
        Self { raw: text.to_owned(), entries, remainder }
    }

    /// The `[Code:…;Desc:…]` items, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnInfo;
    ///
    /// let info = ReturnInfo::parse("[Code:1;Desc:a][Code:2;Desc:b]");
    /// assert_eq!(info.entries().len(), 2);
    /// ```
    pub fn entries(&self) -> &[ReturnInfoEntry] {
        &self.entries
    }

    /// The first entry's code as a number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnInfo;
    ///
    /// assert_eq!(ReturnInfo::parse("[Code:2600;Desc:放行]").code_number(), Some(2600));
    /// assert_eq!(ReturnInfo::parse("暂存").code_number(), None);
    /// ```
    pub fn code_number(&self) -> Option<i64> {
        self.entries.first().and_then(ReturnInfoEntry::code_number)
    }

    /// The first entry's description.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnInfo;
    ///
    /// assert_eq!(ReturnInfo::parse("[Code:2600;Desc:放行]").description(), Some("放行"));
    /// ```
    pub fn description(&self) -> Option<&str> {
        self.entries.first().and_then(ReturnInfoEntry::description)
    }

    /// The text outside the `[Code…]` items, trimmed of whitespace and separators.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnInfo;
    ///
    /// assert_eq!(ReturnInfo::parse("清单新增申报成功").remainder(), "清单新增申报成功");
    /// ```
    pub fn remainder(&self) -> &str {
        &self.remainder
    }

    /// The text as received.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnInfo;
    ///
    /// assert_eq!(ReturnInfo::parse(" a ").as_str(), " a ");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

/// Parses the inside of one bracket; `None` unless it has a `Code` or `Desc` key.
fn parse_entry(inner: &str) -> Option<ReturnInfoEntry> {
    let mut code = None;
    let mut description = None;
    for part in inner.split([';', '；']) {
        let Some((key, value)) = part.split_once([':', '：']) else {
            // A `;` inside the description: append it to the description.
            if let Some(d) = description.as_mut() {
                let d: &mut String = d;
                d.push(';');
                d.push_str(part);
            }
            continue;
        };
        let key = key.trim();
        if key.eq_ignore_ascii_case("code") && code.is_none() {
            code = Some(value.trim().to_owned());
        } else if key.eq_ignore_ascii_case("desc") && description.is_none() {
            description = Some(value.trim().to_owned());
        } else if let Some(d) = description.as_mut() {
            let d: &mut String = d;
            d.push(';');
            d.push_str(part);
        }
    }
    (code.is_some() || description.is_some()).then_some(ReturnInfoEntry { code, description })
}

impl fmt::Display for ReturnInfo {
    /// The text as received.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl From<&str> for ReturnInfo {
    fn from(s: &str) -> Self {
        Self::parse(s)
    }
}

impl From<String> for ReturnInfo {
    fn from(s: String) -> Self {
        Self::parse(&s)
    }
}

impl From<ReturnInfo> for String {
    fn from(i: ReturnInfo) -> Self {
        i.raw
    }
}

/// The receipt of an order (`OrderReturn` of CEB312; XSD22), keyed by `ebpCode`, `ebcCode`
/// and `orderNo`.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{OrderReturn, ReceiptMeaning};
///
/// let r = OrderReturn {
///     guid: "4CDE1CFD-EDED-46B1-946C-B8022E42FC94".parse()?,
///     ebp_code: "1105910159".parse()?,
///     ebc_code: "1105910159".parse()?,
///     order_no: "order20160321116421002".parse()?,
///     return_status: "120".parse()?,
///     return_time: "20160311210300000".parse()?,
///     return_info: "[Code:1800;Desc:逻辑校验通过]".into(),
/// };
/// assert_eq!(r.return_status.meaning(), ReceiptMeaning::Processing);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OrderReturn {
    /// `guid` (len 36), generated by the E-Port.
    pub guid: Guid,
    /// `ebpCode` 电商平台代码.
    pub ebp_code: EnterpriseCode,
    /// `ebcCode` 电商企业代码.
    pub ebc_code: EnterpriseCode,
    /// `orderNo` 订单编号.
    pub order_no: OrderNo,
    /// `returnStatus` 回执状态.
    pub return_status: ReturnStatus,
    /// `returnTime` 回执时间 (`YYYYMMDDhhmmssSSS`).
    pub return_time: ReturnTime,
    /// `returnInfo` 回执信息.
    pub return_info: ReturnInfo,
}

/// The receipt of a payment voucher (`PaymentReturn` of CEB412; XSD22), keyed by `payCode`
/// and `payTransactionId`.
///
/// # Examples
///
/// ```
/// use crossborder::customs::PaymentReturn;
///
/// let r = PaymentReturn {
///     guid: "4CDE1CFD-EDED-46B1-946C-B8022E42FC94".parse()?,
///     pay_code: "4403169D3W".parse()?,
///     pay_transaction_id: "4200002026030112345678".parse()?,
///     return_status: "2".parse()?,
///     return_time: "20260301100600000".parse()?,
///     return_info: "新增申报成功".into(),
/// };
/// assert_eq!(r.return_status.code(), "2");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct PaymentReturn {
    /// `guid` (len 36).
    pub guid: Guid,
    /// `payCode` 支付企业代码.
    pub pay_code: EnterpriseCode,
    /// `payTransactionId` 支付交易编号.
    pub pay_transaction_id: PayTransactionId,
    /// `returnStatus` 回执状态.
    pub return_status: ReturnStatus,
    /// `returnTime` 回执时间.
    pub return_time: ReturnTime,
    /// `returnInfo` 回执信息.
    pub return_info: ReturnInfo,
}

/// The receipt of a waybill (`LogisticsReturn` of CEB512; XSD22), keyed by `logisticsCode`
/// and `logisticsNo`.
///
/// # Examples
///
/// ```
/// use crossborder::customs::LogisticsReturn;
///
/// let r = LogisticsReturn {
///     guid: "4CDE1CFD-EDED-46B1-946C-B8022E42FC94".parse()?,
///     logistics_code: "3101980A1L".parse()?,
///     logistics_no: "SF1234567890123".parse()?,
///     return_status: "100".parse()?,
///     return_time: "20260301120500000".parse()?,
///     return_info: "[Code:1300;Desc:人工退单]".into(),
/// };
/// assert_eq!(r.return_info.code_number(), Some(1300));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct LogisticsReturn {
    /// `guid` (len 36).
    pub guid: Guid,
    /// `logisticsCode` 物流企业代码.
    pub logistics_code: EnterpriseCode,
    /// `logisticsNo` 物流运单编号.
    pub logistics_no: LogisticsNo,
    /// `returnStatus` 回执状态.
    pub return_status: ReturnStatus,
    /// `returnTime` 回执时间.
    pub return_time: ReturnTime,
    /// `returnInfo` 回执信息.
    pub return_info: ReturnInfo,
}

/// The receipt of an inventory (`InventoryReturn` of CEB622; XSD22), keyed by `copNo` and
/// `preNo` (both required), with the customs, platform, enterprise and agent codes optional.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{InventoryReturn, ReturnStatus};
///
/// let r = InventoryReturn {
///     guid: "4CDE1CFD-EDED-46B1-946C-B8022E42FC94".parse()?,
///     customs_code: Some("1501".parse()?),
///     ebp_code: None,
///     ebc_code: None,
///     agent_code: None,
///     cop_no: "cop2016032211000".parse()?,
///     pre_no: "B20160512000001882".parse()?,
///     invt_no: None,
///     return_status: "1".parse()?,
///     return_time: "20160512102646001".parse()?,
///     return_info: "暂存".into(),
/// };
/// assert_eq!(r.return_status, ReturnStatus::Stored);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct InventoryReturn {
    /// `guid` (len 36).
    pub guid: Guid,
    /// `customsCode` 申报海关代码 (optional).
    pub customs_code: Option<CustomsCode>,
    /// `ebpCode` 电商平台代码 (optional).
    pub ebp_code: Option<EnterpriseCode>,
    /// `ebcCode` 电商企业代码 (optional).
    pub ebc_code: Option<EnterpriseCode>,
    /// `agentCode` 申报企业代码 (optional).
    pub agent_code: Option<EnterpriseCode>,
    /// `copNo` 企业内部编号.
    pub cop_no: CopNo,
    /// `preNo` 预录入编号 (len 18 in the receipt).
    pub pre_no: PreNo,
    /// `invtNo` 清单编号 (optional).
    pub invt_no: Option<InvtNo>,
    /// `returnStatus` 回执状态.
    pub return_status: ReturnStatus,
    /// `returnTime` 回执时间.
    pub return_time: ReturnTime,
    /// `returnInfo` 回执信息.
    pub return_info: ReturnInfo,
}

/// The result of applying a receipt to a [`DeclarationLifecycle`].
///
/// # Examples
///
/// ```
/// use crossborder::customs::{DeclarationLifecycle, ReturnStatus, Transition};
///
/// let mut life = DeclarationLifecycle::new();
/// assert_eq!(
///     life.apply(&ReturnStatus::Declaring)?,
///     Transition::Advanced { from: None, to: ReturnStatus::Declaring }
/// );
/// assert_eq!(life.apply(&ReturnStatus::Declaring)?, Transition::Repeated);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Transition {
    /// The declaration moved to a new status.
    Advanced {
        /// The previous status (`None` before the first receipt).
        from: Option<ReturnStatus>,
        /// The new status.
        to: ReturnStatus,
    },
    /// The same status again (a repeated receipt); nothing changed.
    Repeated,
    /// An exception receipt: the message it answers was not processed; the status is
    /// unchanged.
    Exception(CustomsErrorCode),
}

/// A receipt status that cannot follow the current one.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{DeclarationLifecycle, LifecycleError, ReturnStatus};
///
/// let mut life = DeclarationLifecycle::new();
/// life.apply(&ReturnStatus::Declaring)?;
/// let err = life.apply(&ReturnStatus::Released).unwrap_err();
/// assert_eq!(
///     err,
///     LifecycleError::Impossible { from: Some(ReturnStatus::Declaring), to: ReturnStatus::Released }
/// );
/// assert_eq!(err.to_string(), "receipt status 800 cannot follow 2");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LifecycleError {
    /// The transition is not in the lifecycle graph.
    #[error("receipt status {to} cannot follow {}", from.as_ref().map_or_else(|| "the start".to_owned(), ToString::to_string))]
    Impossible {
        /// The current status (`None` before the first receipt).
        from: Option<ReturnStatus>,
        /// The status received.
        to: ReturnStatus,
    },
    /// A status outside the known list ([`ReturnStatus::Other`]); the lifecycle cannot place
    /// it.
    #[error("unknown receipt status {status:?}: not part of the declaration lifecycle")]
    UnknownStatus {
        /// The status received, verbatim.
        status: String,
    },
}

/// The lifecycle of an inventory declaration (清单申报) as its receipts (CEB622) report it: a
/// validated state machine over [`ReturnStatus`].
///
/// The graph is the model of reference §4.3, inferred from the status list of XSD22/规范202205
/// and the sequences observed in the CRS customs simulator and DANDING receipt fixtures:
///
/// ```text
/// start → 1 暂存 → 2 申报中 → 3 发送成功 → 120 入库 ──────────────→ 399 审结 → 800 放行 → 899 结关
///                      ↘ 4 发送失败 → 2    ↘ 100 退单 → 1 | 2 (re-declared)
///         120 | 300 | 400 | 500 | 5xx | 600: review, inspection, detention, suspension,
///         in any order, then 399, 800, 100 (rejected) or 700 (returned)
/// ```
///
/// Precisely: start → 1, 2; 1 → 2; 2 → 3, 4, 100, 120; 3 → 4, 100, 120; 4 → 2; 100 → 1, 2;
/// 120, 300, 400 → 100, 300, 399, 400, 500, 501, 502, 503, 599, 600, 700, 800; 500 → 100,
/// 399, 501, 502, 503, 599, 600, 700, 800; 501, 502, 503, 599 → 100, 399, 500, 700, 800; 600
/// → 100, 120, 300, 399, 400, 500, 501, 502, 503, 599, 700, 800; 399 → 500, 501, 502, 503,
/// 599, 700, 800; 800 → 899; 899 and 700 are final. A repeated status is accepted and changes
/// nothing; an exception receipt (negative code) changes nothing.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{DeclarationLifecycle, ReturnStatus};
///
/// let mut life = DeclarationLifecycle::new();
/// for code in ["2", "120", "500", "399", "800", "899"] {
///     life.apply(&code.parse()?)?;
/// }
/// assert_eq!(life.current(), Some(&ReturnStatus::Closed));
/// assert!(life.is_final());
/// assert!(life.apply(&ReturnStatus::Inspection).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct DeclarationLifecycle {
    current: Option<ReturnStatus>,
}

/// The statuses that may follow `from` (`None`: the start), by numeric code.
fn successors(from: Option<u16>) -> &'static [u16] {
    const AFTER_ACCEPTED: &[u16] = &[100, 300, 399, 400, 500, 501, 502, 503, 599, 600, 700, 800];
    match from {
        None | Some(100) => &[1, 2],
        Some(1 | 4) => &[2],
        Some(2) => &[3, 4, 100, 120],
        Some(3) => &[4, 100, 120],
        Some(120 | 300 | 400) => AFTER_ACCEPTED,
        Some(500) => &[100, 399, 501, 502, 503, 599, 600, 700, 800],
        Some(501 | 502 | 503 | 599) => &[100, 399, 500, 700, 800],
        Some(600) => &[100, 120, 300, 399, 400, 500, 501, 502, 503, 599, 700, 800],
        Some(399) => &[500, 501, 502, 503, 599, 700, 800],
        Some(800) => &[899],
        _ => &[],
    }
}

impl DeclarationLifecycle {
    /// A lifecycle before any receipt.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::DeclarationLifecycle;
    ///
    /// assert_eq!(DeclarationLifecycle::new().current(), None);
    /// ```
    pub const fn new() -> Self {
        Self { current: None }
    }

    /// The current status (`None` before the first receipt).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DeclarationLifecycle, ReturnStatus};
    ///
    /// let mut life = DeclarationLifecycle::new();
    /// life.apply(&ReturnStatus::Declaring)?;
    /// assert_eq!(life.current(), Some(&ReturnStatus::Declaring));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn current(&self) -> Option<&ReturnStatus> {
        self.current.as_ref()
    }

    /// Whether the declaration has ended: closed (899) or returned (700).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DeclarationLifecycle, ReturnStatus};
    ///
    /// let mut life = DeclarationLifecycle::new();
    /// for s in [ReturnStatus::Declaring, ReturnStatus::Accepted, ReturnStatus::Returned] {
    ///     life.apply(&s)?;
    /// }
    /// assert!(life.is_final());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_final(&self) -> bool {
        matches!(self.current, Some(ReturnStatus::Closed | ReturnStatus::Returned))
    }

    /// Whether `status` may be applied now.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DeclarationLifecycle, ReturnStatus};
    ///
    /// let life = DeclarationLifecycle::new();
    /// assert!(life.can_apply(&ReturnStatus::Declaring));
    /// assert!(!life.can_apply(&ReturnStatus::Released));
    /// ```
    pub fn can_apply(&self, status: &ReturnStatus) -> bool {
        match status {
            ReturnStatus::Exception(_) => true,
            ReturnStatus::Other(_) => false,
            _ if self.current.as_ref() == Some(status) => true,
            _ => status.number().is_some_and(|to| {
                successors(self.current.as_ref().and_then(ReturnStatus::number)).contains(&to)
            }),
        }
    }

    /// Applies the status of a new receipt.
    ///
    /// # Errors
    ///
    /// [`LifecycleError::Impossible`] if the status cannot follow the current one (the
    /// lifecycle is unchanged); [`LifecycleError::UnknownStatus`] for a
    /// [`ReturnStatus::Other`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DeclarationLifecycle, ReturnStatus, Transition};
    ///
    /// let mut life = DeclarationLifecycle::new();
    /// life.apply(&ReturnStatus::Declaring)?;
    /// let t = life.apply(&"-621005".parse()?)?; // exception receipt: single limit
    /// assert!(matches!(t, Transition::Exception(_)));
    /// assert_eq!(life.current(), Some(&ReturnStatus::Declaring));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn apply(&mut self, status: &ReturnStatus) -> Result<Transition, LifecycleError> {
        match status {
            ReturnStatus::Exception(code) => return Ok(Transition::Exception(*code)),
            ReturnStatus::Other(s) => {
                return Err(LifecycleError::UnknownStatus { status: s.clone() });
            }
            _ => {}
        }
        if self.current.as_ref() == Some(status) {
            return Ok(Transition::Repeated);
        }
        if !self.can_apply(status) {
            return Err(LifecycleError::Impossible {
                from: self.current.clone(),
                to: status.clone(),
            });
        }
        let from = self.current.replace(status.clone());
        Ok(Transition::Advanced { from, to: status.clone() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_status_round_trips() {
        for s in ReturnStatus::KNOWN {
            assert_eq!(s.to_string().parse::<ReturnStatus>().as_ref(), Ok(s));
            assert!(s.number().is_some());
        }
    }

    #[test]
    fn non_canonical_negatives_are_kept_verbatim() {
        assert_eq!(ReturnStatus::parse("-0100"), Ok(ReturnStatus::Other("-0100".to_owned())));
        assert_eq!(ReturnStatus::parse("-"), Ok(ReturnStatus::Other("-".to_owned())));
        assert_eq!(
            ReturnStatus::parse("-99999999999"),
            Err(FieldError::TooLong { element: "returnStatus", found: 12, max: 10 })
        );
    }

    #[test]
    fn return_info_edge_cases() {
        let i = ReturnInfo::parse("");
        assert!(i.entries().is_empty());
        assert_eq!(i.remainder(), "");
        let i = ReturnInfo::parse("[");
        assert_eq!(i.remainder(), "[");
        let i = ReturnInfo::parse("【Code:13035;Desc:支付企业不一致】");
        assert_eq!(i.code_number(), Some(13035));
        let i = ReturnInfo::parse("[Code:1;Desc:a;b]");
        assert_eq!(i.description(), Some("a;b"));
    }

    #[test]
    fn lifecycle_rejects_backwards() {
        let mut life = DeclarationLifecycle::new();
        for s in [ReturnStatus::Declaring, ReturnStatus::Accepted, ReturnStatus::Released] {
            assert!(life.apply(&s).is_ok());
        }
        assert!(life.apply(&ReturnStatus::Accepted).is_err());
        assert!(life.apply(&ReturnStatus::Returned).is_err()); // after release: CEB625, not 700
        assert_eq!(life.current(), Some(&ReturnStatus::Released));
    }
}
