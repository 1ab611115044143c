//! Errors of the CEB XML layer: reading a message ([`CebError`]), writing one that would not
//! validate against the XSD ([`SchemaError`]), and turning message records into domain
//! documents ([`ConvertError`]).

use std::fmt;

use super::MessageType;
use crate::customs::{DocumentError, FieldError};

/// Why the XML parser refused the input: the message of the underlying parser (or of this
/// crate's own well-formedness checks), kept as text so that no third-party error type
/// appears in the public API.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{read_message, CebError};
///
/// let err = read_message(b"<a x='1' x='2'/>").unwrap_err(); // a repeated attribute
/// let CebError::Syntax { offset, source } = err else { panic!("expected a syntax error") };
/// assert_eq!(offset, 0); // the start tag
/// assert!(!source.to_string().is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct XmlSyntaxError(String);

impl XmlSyntaxError {
    pub(super) fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }

    /// The parser's description of the problem.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{read_message, CebError};
    ///
    /// let Err(CebError::Syntax { source, .. }) = read_message(b"<a") else { panic!() };
    /// assert!(!source.message().is_empty());
    /// ```
    pub fn message(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for XmlSyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for XmlSyntaxError {}

/// A CEB message that cannot be read: hostile or malformed XML, or XML that is not a CEB
/// message of the import standard.
///
/// Offsets are byte offsets into the input as given (a leading byte-order mark counts).
/// Element contents are never included: they may be personal data.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{read_message, CebError};
///
/// let xml = br#"<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>"#;
/// assert!(matches!(read_message(xml), Err(CebError::Dtd { .. })));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CebError {
    /// The input is larger than [`ReadLimits::max_bytes`](super::ReadLimits::max_bytes).
    #[error("the message has {size} bytes: at most {limit} are read")]
    TooLarge {
        /// Bytes given.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The input is not UTF-8 (the CEB standard's encoding).
    #[error("the message is not valid UTF-8 at byte {offset}")]
    NotUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The XML declaration names an encoding other than UTF-8, an XML version other than 1.0,
    /// or the input starts with a UTF-16 byte-order mark.
    #[error("unsupported XML declaration: {found}; expected version 1.0 in UTF-8")]
    UnsupportedDeclaration {
        /// What was declared (`encoding="GBK"`, `version="1.1"`, `UTF-16 byte-order mark`).
        found: String,
    },
    /// A document type declaration (`<!DOCTYPE …>`). DTDs are refused outright, and with
    /// them every entity declaration (entities can only be declared in a DTD), which rules out
    /// entity-expansion attacks ("billion laughs") and external entities (XXE).
    #[error("a DTD at byte {offset}: DTDs and entity declarations are refused")]
    Dtd {
        /// Offset of the declaration.
        offset: u64,
    },
    /// A reference to an entity other than the five predefined ones (`&lt;` `&gt;` `&amp;`
    /// `&apos;` `&quot;`) and character references.
    #[error("undefined entity &{name}; at byte {offset}")]
    UndefinedEntity {
        /// The entity name.
        name: String,
        /// Offset of the reference.
        offset: u64,
    },
    /// Elements nested deeper than [`ReadLimits::max_depth`](super::ReadLimits::max_depth).
    #[error("elements nested deeper than {limit} levels at byte {offset}")]
    TooDeep {
        /// The limit.
        limit: usize,
        /// Offset of the element that went over it.
        offset: u64,
    },
    /// More elements than [`ReadLimits::max_elements`](super::ReadLimits::max_elements) (or
    /// than [`ReadLimits::max_extension_elements`](super::ReadLimits::max_extension_elements)
    /// inside `ExtendMessage`).
    #[error("more than {limit} elements at byte {offset}")]
    TooManyElements {
        /// The limit.
        limit: usize,
        /// Offset of the element that went over it.
        offset: u64,
    },
    /// An element with more attributes than
    /// [`ReadLimits::max_attributes`](super::ReadLimits::max_attributes).
    #[error("an element with more than {limit} attributes at byte {offset}")]
    TooManyAttributes {
        /// The limit.
        limit: usize,
        /// Offset of the element.
        offset: u64,
    },
    /// The input is not well-formed XML (or not namespace-well-formed).
    #[error("malformed XML at byte {offset}: {source}")]
    Syntax {
        /// Where the parser stopped.
        offset: u64,
        /// What it found.
        source: XmlSyntaxError,
    },
    /// The root element is not one of the sixteen CEB import messages (in the namespace
    /// `http://www.chinaport.gov.cn/ceb`).
    #[error(
        "unknown root element {found}: expected a CEB import message such as {{{}}}CEB311Message",
        super::NAMESPACE
    )]
    UnknownRoot {
        /// The root element found, as `{namespace}name` or `name`.
        found: String,
    },
    /// An element the XSD does not allow at this place (a wrong name, the wrong namespace,
    /// or the wrong order: the XSD fixes the order of every element).
    #[error("unexpected element {found} in {parent} at byte {offset}: expected {expected}")]
    UnexpectedElement {
        /// The enclosing element.
        parent: &'static str,
        /// The element found, as `{namespace}name` or `name`.
        found: String,
        /// What the XSD allows here.
        expected: &'static str,
        /// Offset of the element found.
        offset: u64,
    },
    /// A required element is missing.
    #[error("missing element {expected} in {parent} at byte {offset}")]
    MissingElement {
        /// The enclosing element.
        parent: &'static str,
        /// The element required here.
        expected: &'static str,
        /// Offset where it was expected.
        offset: u64,
    },
    /// Character data where the XSD allows only elements.
    #[error("unexpected text in {parent} at byte {offset}: only elements are allowed there")]
    UnexpectedText {
        /// The enclosing element.
        parent: &'static str,
        /// Offset of the text.
        offset: u64,
    },
    /// A required attribute is missing (`guid` and `version` of the root, `Algorithm` of
    /// the signature's method elements).
    #[error("{element} has no {attribute} attribute")]
    MissingAttribute {
        /// The element.
        element: &'static str,
        /// The attribute required.
        attribute: &'static str,
    },
}

/// A message that would not validate against `ceb-import-202205.xsd`, found before a single
/// byte is written: [`write_message`](super::write_message) writes only valid messages.
///
/// `path` locates the value (`CEB311Message/Order[2]/OrderList[1]/qty`, indexes from 1).
/// Values are not repeated for text fields (they may be personal data); the length or
/// position tells what to fix.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{BaseTransferXml, SchemaError};
///
/// let mut transfer = BaseTransferXml::default();
/// transfer.dxp_mode = "DXP".into();
/// let err = transfer.check().unwrap_err();
/// assert_eq!(err, SchemaError::TooShort { path: "BaseTransfer/copCode".into(), found: 0, min: 1 });
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SchemaError {
    /// Fewer characters than the XSD `minLength`.
    #[error("{path} has {found} characters: at least {min} required")]
    TooShort {
        /// Where the value is.
        path: String,
        /// Characters found.
        found: usize,
        /// The XSD `minLength`.
        min: usize,
    },
    /// More characters than the XSD `maxLength`.
    #[error("{path} has {found} characters: at most {max} allowed")]
    TooLong {
        /// Where the value is.
        path: String,
        /// Characters found.
        found: usize,
        /// The XSD `maxLength`.
        max: usize,
    },
    /// Not of the XSD `length`.
    #[error("{path} has {found} characters: exactly {expected} required")]
    WrongLength {
        /// Where the value is.
        path: String,
        /// Characters found.
        found: usize,
        /// The XSD `length`.
        expected: usize,
    },
    /// Not an `xs:decimal` with `totalDigits=19` and `fractionDigits=5`, or not an `xs:int`
    /// (with its `totalDigits`).
    #[error("{path} {found:?} is not {expected}")]
    NotANumber {
        /// Where the value is.
        path: String,
        /// The text (amounts and counts are not personal data).
        found: String,
        /// The XSD type and facets.
        expected: &'static str,
    },
    /// Not the value the XSD fixes (`currency` is `fixed="142"`).
    #[error("{path} is {found:?}: the XSD fixes it to {expected:?}")]
    NotFixedValue {
        /// Where the value is.
        path: String,
        /// The text given.
        found: String,
        /// The fixed value.
        expected: &'static str,
    },
    /// A character that XML 1.0 cannot carry (a control character other than tab, line feed
    /// and carriage return, or U+FFFE/U+FFFF).
    #[error("{path} has U+{code_point:04X} at character {position}: XML 1.0 cannot carry it")]
    IllegalCharacter {
        /// Where the value is.
        path: String,
        /// 1-based character position.
        position: usize,
        /// The character's code point.
        code_point: u32,
    },
    /// An element or attribute name of the extension content that is not an XML name
    /// (`NCName`), or an attribute that would declare a namespace.
    #[error("{path}: {found:?} is not a valid element or attribute name")]
    InvalidName {
        /// Where the name is.
        path: String,
        /// The name.
        found: String,
    },
    /// A signature value that is not base64 (`xs:base64Binary`).
    #[error("{path} is not base64")]
    NotBase64 {
        /// Where the value is.
        path: String,
    },
    /// An element repeated fewer times than the XSD `minOccurs` (a message without
    /// records, a record without lines).
    #[error("{path} has {found} {element} elements: at least {min} required")]
    TooFew {
        /// The enclosing element.
        path: String,
        /// The repeated element.
        element: &'static str,
        /// How many there are.
        found: usize,
        /// The XSD `minOccurs`.
        min: usize,
    },
    /// An element repeated more times than the XSD `maxOccurs` (100 records per message, 99
    /// lines per record, 5 `BaseSubscribe`).
    #[error("{path} has {found} {element} elements: at most {max} allowed")]
    TooMany {
        /// The enclosing element.
        path: String,
        /// The repeated element.
        element: &'static str,
        /// How many there are.
        found: usize,
        /// The XSD `maxOccurs`.
        max: usize,
    },
    /// A message whose XSD requires `ds:Signature` (CEB621, CEB623, CEB625, CEB711) has none.
    #[error("{path} requires a ds:Signature element")]
    MissingSignature {
        /// The message root.
        path: String,
    },
}

impl SchemaError {
    /// Where the offending value is (`CEB311Message/Order[1]/OrderHead/guid`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::BaseTransferXml;
    ///
    /// let err = BaseTransferXml::default().check().unwrap_err();
    /// assert_eq!(err.path(), "BaseTransfer/copCode");
    /// ```
    pub fn path(&self) -> &str {
        match self {
            Self::TooShort { path, .. }
            | Self::TooLong { path, .. }
            | Self::WrongLength { path, .. }
            | Self::NotANumber { path, .. }
            | Self::NotFixedValue { path, .. }
            | Self::IllegalCharacter { path, .. }
            | Self::InvalidName { path, .. }
            | Self::NotBase64 { path, .. }
            | Self::TooFew { path, .. }
            | Self::TooMany { path, .. }
            | Self::MissingSignature { path } => path,
        }
    }

    /// The same error with `segment` put in front of its path.
    pub(super) fn within(mut self, segment: &str) -> Self {
        match &mut self {
            Self::TooShort { path, .. }
            | Self::TooLong { path, .. }
            | Self::WrongLength { path, .. }
            | Self::NotANumber { path, .. }
            | Self::NotFixedValue { path, .. }
            | Self::IllegalCharacter { path, .. }
            | Self::InvalidName { path, .. }
            | Self::NotBase64 { path, .. }
            | Self::TooFew { path, .. }
            | Self::TooMany { path, .. }
            | Self::MissingSignature { path } => {
                *path =
                    if path.is_empty() { segment.to_owned() } else { format!("{segment}/{path}") };
            }
        }
        self
    }
}

/// A record of a message that cannot become a domain document or receipt, or a message of the
/// wrong type for the conversion asked for.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{read_message, ConvertError};
/// use crossborder::customs::DocumentError;
///
/// // The official CEB311 sample carries an identity number that fails the GB 11643 check digit.
/// let xml = r#"<CEB311Message xmlns="http://www.chinaport.gov.cn/ceb" guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0">
/// <Order><OrderHead><guid>4CDE1CFD-EDED-46B1-946C-B8022E42FC94</guid><appType>1</appType>
/// <appTime>20160308112701</appTime><appStatus>2</appStatus><orderType>I</orderType>
/// <orderNo>order20160321116421002</orderNo><ebpCode>1105910159</ebpCode><ebpName>平台</ebpName>
/// <ebcCode>1105910159</ebcCode><ebcName>电商</ebcName><goodsValue>14000</goodsValue>
/// <freight>5000</freight><discount>0</discount><taxTotal>50</taxTotal><acturalPaid>19050</acturalPaid>
/// <currency>142</currency><buyerRegNo>ID20160001</buyerRegNo><buyerName>aa</buyerName>
/// <buyerTelephone>18813025940</buyerTelephone><buyerIdType>1</buyerIdType>
/// <buyerIdNumber>130681136250023332</buyerIdNumber><consignee>焦洪宇</consignee>
/// <consigneeTelephone>13522652231</consigneeTelephone><consigneeAddress>北京市海淀区</consigneeAddress>
/// </OrderHead><OrderList><gnum>1</gnum><itemName>b</itemName><gmodel>33mm</gmodel><unit>007</unit>
/// <qty>100</qty><price>20</price><totalPrice>2000</totalPrice><currency>142</currency><country>116</country>
/// </OrderList></Order>
/// <BaseTransfer><copCode>1101180326</copCode><copName>物流企业</copName><dxpMode>DXP</dxpMode><dxpId>EXP2016522002580001</dxpId></BaseTransfer>
/// </CEB311Message>"#;
/// let err = read_message(xml.as_bytes())?.documents().unwrap_err();
/// let ConvertError::Document { index: 1, source: DocumentError::Party { element, .. } } = err else {
///     panic!("expected a party error, got {err:?}");
/// };
/// assert_eq!(element, "buyerIdNumber");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConvertError {
    /// A record of a CEB311/411/511/621 message breaks a rule of its domain document.
    #[error("record {index}: {source}")]
    Document {
        /// 1-based position of the record in the message.
        index: usize,
        /// What is wrong, naming the element.
        source: DocumentError,
    },
    /// A record of a CEB312/412/512/622 receipt has a field in the wrong format.
    #[error("receipt {index}: {source}")]
    Receipt {
        /// 1-based position of the receipt in the message.
        index: usize,
        /// What is wrong, naming the element.
        source: FieldError,
    },
    /// The message does not carry what was asked for (documents from a receipt message, or
    /// receipts from a document message).
    #[error("a {found} message carries no {wanted}")]
    WrongMessageType {
        /// The message's type.
        found: MessageType,
        /// What was asked for (`documents`, `receipts`).
        wanted: &'static str,
    },
}

/// A text that is not the root element name of one of the sixteen CEB import messages.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::MessageType;
///
/// let err = "CEB999Message".parse::<MessageType>().unwrap_err();
/// assert_eq!(err.to_string(), "\"CEB999Message\" is not a CEB import message type: expected CEB311Message, CEB312Message, … CEB712Message");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{found:?} is not a CEB import message type: expected CEB311Message, CEB312Message, … CEB712Message"
)]
pub struct ParseMessageTypeError {
    /// The text given.
    pub found: String,
}
