//! The CEB XML messages (跨境电子商务统一版报文) of China customs' cross-border e-commerce
//! retail import: reading and writing the order (电子订单, CEB311), payment voucher (支付凭证,
//! CEB411), waybill (物流运单, CEB511) and inventory (进口清单, CEB621), reading their receipts
//! (回执, CEB312/412/512/622), and the other ten import messages at the record level.
//! Feature `ceb-xml`.
//!
//! # Source
//!
//! The message structure is the import XSD of the 202205 edition of the standard
//! (海关跨境电商统一版系统企业对接报文规范（202205版）, `海关跨境进口业务节点报文定义202205.xsd`,
//! published by the China E-Port Data Center on 2022-05-17), which the E-Port validates
//! every message against (schema failures come back as CEB900). Its predecessor, the 2016-08
//! XSD of 海关总署公告2018年第113号, differs only in two facets; messages of both editions
//! read the same. Every message has a root element `CEBnnnMessage` in the namespace
//! [`NAMESPACE`] with `guid` and `version` attributes; a data message then carries 1 to 100
//! records, `BaseTransfer` (the transmitting enterprise), up to five `BaseSubscribe`, an
//! optional `ExtendMessage` and an XML signature (`ds:Signature`, required for CEB621, 623,
//! 625 and 711); a receipt carries 1 to 100 receipt records. The XSD fixes the order of
//! every element.
//!
//! # Layers
//!
//! - [`read_message`] parses bytes into a [`CebMessage`]: the records as text (`…Xml` types,
//!   the DTO layer), structure checked (element names, namespace, order, required elements),
//!   values not interpreted. An empty or blank optional element (`<note></note>`) is `None`.
//! - [`CebMessage::documents`] and [`CebMessage::receipts`] (and `TryFrom<&OrderXml> for
//!   Order`, …) validate the values once, through the domain types, with errors naming the
//!   element; `From<&Order> for OrderXml` and [`CebMessage::from_orders`] (…) go back.
//! - [`write_message`] checks the message against the XSD facets ([`CebMessage::check`]) and
//!   writes it: what this module writes validates against `ceb-import-202205.xsd` (CI checks
//!   it with `xmllint --schema`). Read → write → read returns the same message.
//!
//! # Untrusted input
//!
//! [`read_message`] takes bytes from anywhere (a fuzz target calls it directly). It refuses,
//! with a typed [`CebError`] and never a panic: input over [`ReadLimits::max_bytes`]
//! (16 MiB by default), non-UTF-8 input or declarations of another encoding, any DTD (and so
//! every entity declaration, external entity and entity expansion), references to undefined
//! entities, nesting deeper than [`ReadLimits::max_depth`] (32), more elements than
//! [`ReadLimits::max_elements`] or more attributes on one element than
//! [`ReadLimits::max_attributes`], characters XML 1.0 forbids, malformed XML, and any root
//! other than the sixteen import messages. Unknown elements fail at once: nothing is skipped
//! or buffered, so memory stays proportional to the message's own content. A leading UTF-8 byte-order mark is accepted (the
//! official CEB311 sample of the 202205 edition has one).
//!
//! # Implementation
//!
//! Reading uses quick-xml's low-level namespace-aware pull parser (`NsReader`), not its serde
//! layer: every event passes through one loop that enforces the limits above, refuses a
//! DOCTYPE the moment it appears, resolves only the predefined entities and character
//! references, and lets the record readers walk the XSD sequence in order with errors that
//! name the element expected and the byte offset. The record types themselves were generated
//! from the XSD (names, order, cardinality, facets), so reader, writer and facet check share
//! one table per record. quick-xml's errors are wrapped as text in [`XmlSyntaxError`]. The
//! writer builds the document itself: it cannot fail once the check has passed, and it
//! escapes carriage returns (and, in attributes, tabs and line feeds) as character
//! references so that they survive another reader's normalisation.
//!
//! # Example
//!
//! ```
//! use crossborder::customs::ceb::{read_message, write_message, BaseTransferXml, CebMessage};
//! use crossborder::customs::{sample, CustomsDocument, Guid};
//!
//! let order = sample::order()?;
//! let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
//! let transfer = BaseTransferXml::dxp("3301963K69", "示例跨境电商平台有限公司", "DXPENT0000000001");
//! let xml = write_message(&CebMessage::from_orders(&guid, &[order.clone()], transfer))?;
//! assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ceb:CEB311Message"));
//!
//! let message = read_message(xml.as_bytes())?;
//! assert_eq!(message.documents()?, vec![CustomsDocument::from(order)]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod convert;
mod error;
mod message;
mod reader;
mod records;
mod signature;
mod tree;
mod writer;

pub use convert::Receipt;
pub use error::{CebError, ConvertError, ParseMessageTypeError, SchemaError, XmlSyntaxError};
pub use message::{
    CebMessage, DataMessage, DeliveryXml, InventoryXml, InvtRefundXml, MessageType, OrderXml,
    ReturnMessage,
};
pub use records::{
    BaseSubscribeXml, BaseTransferXml, DeliveryHeadXml, DeliveryListXml, DeliveryReturnXml,
    InventoryHeadXml, InventoryListXml, InventoryReturnXml, InvtCancelReturnXml, InvtCancelXml,
    InvtRefundHeadXml, InvtRefundListXml, InvtRefundReturnXml, LogisticsHeadXml,
    LogisticsReturnXml, LogisticsStatusReturnXml, LogisticsStatusXml, OrderHeadXml, OrderListXml,
    OrderReturnXml, PaymentHeadXml, PaymentReturnXml,
};
pub use signature::{
    DSIG_NAMESPACE, KeyInfo, Reference, Signature, SignatureAlgorithm, SignedInfo,
};
pub use tree::{ExtendMessageXml, XmlAttribute, XmlElement, XmlNode};

/// The namespace of every CEB element (XSD22 `targetNamespace`, `elementFormDefault="qualified"`).
pub const NAMESPACE: &str = "http://www.chinaport.gov.cn/ceb";

/// Limits that bound the work and memory of reading one message.
///
/// The defaults hold any message the XSD allows with realistic field lengths: a CEB621 at the
/// XSD maxima (100 inventories of 99 lines) is about 10 MiB and 215,000 elements, nested 4
/// deep (the signature 6); the extension content (`ExtendMessage`, which no standard message
/// needs) is kept as a tree and bounded separately.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{read_message_with, CebError, ReadLimits};
///
/// let limits = ReadLimits::DEFAULT.with_max_bytes(10);
/// assert_eq!(
///     read_message_with(b"<CEB311Message/>", &limits),
///     Err(CebError::TooLarge { size: 16, limit: 10 })
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReadLimits {
    bytes: usize,
    depth: usize,
    elements: usize,
    extension_elements: usize,
    attributes: usize,
}

impl ReadLimits {
    /// 16 MiB, 32 levels, 1,000,000 elements, 10,000 elements of extension content, 64
    /// attributes per element.
    pub const DEFAULT: Self = Self {
        bytes: 16 * 1024 * 1024,
        depth: 32,
        elements: 1_000_000,
        extension_elements: 10_000,
        attributes: 64,
    };

    /// The largest input read, in bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ReadLimits;
    ///
    /// assert_eq!(ReadLimits::DEFAULT.max_bytes(), 16 * 1024 * 1024);
    /// ```
    pub const fn max_bytes(&self) -> usize {
        self.bytes
    }

    /// The deepest element nesting (the root is level 1).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ReadLimits;
    ///
    /// assert_eq!(ReadLimits::DEFAULT.max_depth(), 32);
    /// ```
    pub const fn max_depth(&self) -> usize {
        self.depth
    }

    /// The most elements in one document.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ReadLimits;
    ///
    /// assert_eq!(ReadLimits::DEFAULT.max_elements(), 1_000_000);
    /// ```
    pub const fn max_elements(&self) -> usize {
        self.elements
    }

    /// The most elements inside `ExtendMessage/Message`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ReadLimits;
    ///
    /// assert_eq!(ReadLimits::DEFAULT.max_extension_elements(), 10_000);
    /// ```
    pub const fn max_extension_elements(&self) -> usize {
        self.extension_elements
    }

    /// The most attributes on one element (namespace declarations included). The CEB
    /// messages use at most four (the root's `xmlns`, `guid`, `version` and `xsi` ones).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ReadLimits;
    ///
    /// assert_eq!(ReadLimits::DEFAULT.max_attributes(), 64);
    /// ```
    pub const fn max_attributes(&self) -> usize {
        self.attributes
    }

    /// The same limits with another byte limit.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ReadLimits;
    ///
    /// assert_eq!(ReadLimits::DEFAULT.with_max_bytes(1024).max_bytes(), 1024);
    /// ```
    #[must_use]
    pub const fn with_max_bytes(mut self, n: usize) -> Self {
        self.bytes = n;
        self
    }

    /// The same limits with another depth limit.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ReadLimits;
    ///
    /// assert_eq!(ReadLimits::DEFAULT.with_max_depth(8).max_depth(), 8);
    /// ```
    #[must_use]
    pub const fn with_max_depth(mut self, n: usize) -> Self {
        self.depth = n;
        self
    }

    /// The same limits with another element limit.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ReadLimits;
    ///
    /// assert_eq!(ReadLimits::DEFAULT.with_max_elements(100).max_elements(), 100);
    /// ```
    #[must_use]
    pub const fn with_max_elements(mut self, n: usize) -> Self {
        self.elements = n;
        self
    }

    /// The same limits with another limit on extension content.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ReadLimits;
    ///
    /// assert_eq!(ReadLimits::DEFAULT.with_max_extension_elements(0).max_extension_elements(), 0);
    /// ```
    #[must_use]
    pub const fn with_max_extension_elements(mut self, n: usize) -> Self {
        self.extension_elements = n;
        self
    }

    /// The same limits with another limit on attributes per element.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ReadLimits;
    ///
    /// assert_eq!(ReadLimits::DEFAULT.with_max_attributes(8).max_attributes(), 8);
    /// ```
    #[must_use]
    pub const fn with_max_attributes(mut self, n: usize) -> Self {
        self.attributes = n;
        self
    }
}

impl Default for ReadLimits {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Reads a CEB import message from untrusted bytes, with [`ReadLimits::DEFAULT`].
///
/// This is the entry point for fuzzing: it never panics, whatever the input.
///
/// # Errors
///
/// A [`CebError`] saying why the input was refused (see the module documentation).
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{read_message, CebError};
///
/// assert!(matches!(read_message(b"<html/>"), Err(CebError::UnknownRoot { .. })));
/// assert!(matches!(read_message(&[0xFF, 0x00]), Err(CebError::NotUtf8 { offset: 0 })));
/// ```
pub fn read_message(xml: &[u8]) -> Result<CebMessage, CebError> {
    read_message_with(xml, &ReadLimits::DEFAULT)
}

/// Reads a CEB import message with the given limits.
///
/// # Errors
///
/// A [`CebError`] saying why the input was refused.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{read_message_with, CebError, ReadLimits};
///
/// let xml = br#"<CEB312Message xmlns="http://www.chinaport.gov.cn/ceb" guid="x" version="1.0">
///   <OrderReturn><guid>x</guid></OrderReturn></CEB312Message>"#;
/// let limits = ReadLimits::DEFAULT.with_max_depth(2); // guid is at level 3
/// assert!(matches!(read_message_with(xml, &limits), Err(CebError::TooDeep { limit: 2, .. })));
/// ```
pub fn read_message_with(xml: &[u8], limits: &ReadLimits) -> Result<CebMessage, CebError> {
    let mut cursor = reader::Cursor::new(xml, *limits)?;
    let root = cursor.root()?;
    if root.namespace.as_deref() != Some(NAMESPACE) {
        return Err(CebError::UnknownRoot { found: root.display_name() });
    }
    let message = CebMessage::read_body(&mut cursor, root)?;
    cursor.finish()?;
    Ok(message)
}

/// Writes a message as UTF-8 XML (with an XML declaration, the `ceb` prefix as in the
/// official samples, two-space indentation), after checking it against the XSD.
///
/// # Errors
///
/// The first [`SchemaError`] found by [`CebMessage::check`]; nothing is written then.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{write_message, BaseTransferXml, CebMessage};
/// use crossborder::customs::{sample, Guid};
///
/// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
/// let transfer = BaseTransferXml::dxp("3301968M02", "示例海外旗舰店（杭州）有限公司", "DXPENT0000000002");
/// let xml = write_message(&CebMessage::from_inventories(&guid, &[sample::inventory()?], transfer))?;
/// assert!(xml.contains("<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_message(message: &CebMessage) -> Result<String, SchemaError> {
    message.check()?;
    let mut w = writer::XmlWriter::new();
    message.write_body(&mut w);
    Ok(w.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_sync_clone_debug_eq() {
        fn assert<T: Send + Sync + Clone + std::fmt::Debug + PartialEq + Eq>() {}
        assert::<CebMessage>();
        assert::<MessageType>();
        assert::<DataMessage<OrderXml>>();
        assert::<ReturnMessage<InventoryReturnXml>>();
        assert::<Signature>();
        assert::<XmlElement>();
        assert::<ReadLimits>();
        assert::<Receipt>();
        assert::<CebError>();
        assert::<SchemaError>();
        assert::<ConvertError>();
        assert::<XmlSyntaxError>();
        assert::<ParseMessageTypeError>();
    }

    #[test]
    fn limits_have_documented_defaults() {
        assert_eq!(ReadLimits::default(), ReadLimits::DEFAULT);
        assert_eq!(ReadLimits::DEFAULT.max_bytes(), 16_777_216);
        assert_eq!(ReadLimits::DEFAULT.max_depth(), 32);
        assert_eq!(ReadLimits::DEFAULT.max_elements(), 1_000_000);
        assert_eq!(ReadLimits::DEFAULT.max_extension_elements(), 10_000);
        assert_eq!(ReadLimits::DEFAULT.max_attributes(), 64);
    }
}
