//! The sixteen import messages: their entries (records and record groups), the two message
//! shapes (data messages with `BaseTransfer`, receipts without), [`MessageType`] and
//! [`CebMessage`].

use std::fmt;
use std::str::FromStr;

use super::NAMESPACE;
use super::error::{CebError, ParseMessageTypeError, SchemaError};
use super::reader::{Cursor, Start};
use super::records::{
    BaseSubscribeXml, BaseTransferXml, DeliveryHeadXml, DeliveryListXml, DeliveryReturnXml,
    InventoryHeadXml, InventoryListXml, InventoryReturnXml, InvtCancelReturnXml, InvtCancelXml,
    InvtRefundHeadXml, InvtRefundListXml, InvtRefundReturnXml, LogisticsHeadXml,
    LogisticsReturnXml, LogisticsStatusReturnXml, LogisticsStatusXml, OrderHeadXml, OrderListXml,
    OrderReturnXml, PaymentHeadXml, PaymentReturnXml, Record,
};
use super::signature::{DSIG_NAMESPACE, Signature};
use super::tree::ExtendMessageXml;
use super::writer::{Facet, XmlWriter, check};

/// What a message repeats: a record, a record wrapped in a group element, or a head with
/// lines.
pub(super) trait Entry: Sized {
    /// The element repeated in the message.
    const ELEMENT: &'static str;
    /// The XSD `maxOccurs` in the message.
    const MAX: usize = 100;

    fn read(c: &mut Cursor<'_>, parent: &'static str) -> Result<Self, CebError>;
    fn write(&self, w: &mut XmlWriter);
    /// Checks the entry; paths start inside the entry element.
    fn check(&self) -> Result<(), SchemaError>;
}

/// Records that a message repeats directly (the receipts, `LogisticsStatus`, `InvtCancel`).
macro_rules! direct_entries {
    ($($ty:ty),+) => {$(
        impl Entry for $ty {
            const ELEMENT: &'static str = <$ty as Record>::ELEMENT;

            fn read(c: &mut Cursor<'_>, parent: &'static str) -> Result<Self, CebError> {
                <$ty as Record>::read_element(c, parent)
            }

            fn write(&self, w: &mut XmlWriter) {
                self.write_element(w);
            }

            fn check(&self) -> Result<(), SchemaError> {
                self.check_fields()
            }
        }
    )+};
}

direct_entries!(
    OrderReturnXml,
    PaymentReturnXml,
    LogisticsReturnXml,
    LogisticsStatusXml,
    LogisticsStatusReturnXml,
    InventoryReturnXml,
    InvtCancelXml,
    InvtCancelReturnXml,
    InvtRefundReturnXml,
    DeliveryReturnXml
);

/// Heads that the message wraps in a group element of their own (`Payment{PaymentHead}`,
/// `Logistics{LogisticsHead}`).
macro_rules! wrapped_entries {
    ($($ty:ty => $group:literal),+) => {$(
        impl Entry for $ty {
            const ELEMENT: &'static str = $group;

            fn read(c: &mut Cursor<'_>, parent: &'static str) -> Result<Self, CebError> {
                c.open_ceb(parent, $group)?;
                let head = <$ty as Record>::read_element(c, $group)?;
                c.close($group, "the end of the group (one head only)")?;
                Ok(head)
            }

            fn write(&self, w: &mut XmlWriter) {
                w.open(concat!("ceb:", $group), &[]);
                self.write_element(w);
                w.close(concat!("ceb:", $group));
            }

            fn check(&self) -> Result<(), SchemaError> {
                self.check_fields().map_err(|e| e.within(<$ty as Record>::ELEMENT))
            }
        }
    )+};
}

wrapped_entries!(PaymentHeadXml => "Payment", LogisticsHeadXml => "Logistics");

/// Defines a head-and-lines group (`Order{OrderHead, OrderList[1..99]}`, …).
macro_rules! groups {
    ($(
        $(#[$meta:meta])*
        $name:ident = $group:literal { $head:ty, $line:ty, max_lines = $max_lines:expr, max = $max:expr }
    )+) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
        pub struct $name {
            #[doc = concat!("The `", stringify!($head), "` head.")]
            pub head: $head,
            #[doc = concat!("The lines, in document order (XSD: 1 to ", stringify!($max_lines), ").")]
            pub lines: Vec<$line>,
        }

        impl $name {
            #[doc = concat!("The XSD `maxOccurs` of the lines of one `", $group, "`.")]
            pub const MAX_LINES: usize = $max_lines;

            #[doc = concat!("Checks the head and every line against the XSD, and the number of lines.")]
            ///
            /// # Errors
            ///
            /// The first [`SchemaError`], with its path.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::customs::ceb::", stringify!($name), ";")]
            ///
            #[doc = concat!("let err = ", stringify!($name), "::default().check().unwrap_err();")]
            #[doc = concat!("assert!(err.path().starts_with(\"", $group, "/\"));")]
            /// ```
            pub fn check(&self) -> Result<(), SchemaError> {
                <Self as Entry>::check(self).map_err(|e| e.within($group))
            }
        }

        impl Entry for $name {
            const ELEMENT: &'static str = $group;
            const MAX: usize = $max;

            fn read(c: &mut Cursor<'_>, parent: &'static str) -> Result<Self, CebError> {
                c.open_ceb(parent, $group)?;
                let head = <$head as Record>::read_element(c, $group)?;
                let mut lines = Vec::new();
                loop {
                    lines.push(<$line as Record>::read_element(c, $group)?);
                    if !c.at_ceb($group, <$line as Record>::ELEMENT)? {
                        break;
                    }
                }
                c.close($group, <$line as Record>::ELEMENT)?;
                Ok(Self { head, lines })
            }

            fn write(&self, w: &mut XmlWriter) {
                w.open(concat!("ceb:", $group), &[]);
                self.head.write_element(w);
                for line in &self.lines {
                    line.write_element(w);
                }
                w.close(concat!("ceb:", $group));
            }

            fn check(&self) -> Result<(), SchemaError> {
                self.head.check_fields().map_err(|e| e.within(<$head as Record>::ELEMENT))?;
                let line_element = <$line as Record>::ELEMENT;
                count("", line_element, self.lines.len(), 1, Self::MAX_LINES)?;
                for (i, line) in self.lines.iter().enumerate() {
                    line.check_fields()
                        .map_err(|e| e.within(&format!("{line_element}[{}]", i + 1)))?;
                }
                Ok(())
            }
        }
    )+};
}

groups! {
    /// The `Order` group of CEB311 (电子订单): `OrderHead` and 1 to 99 `OrderList`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::OrderXml;
    /// use crossborder::customs::sample;
    ///
    /// let order = sample::order()?;
    /// let xml = OrderXml::from(&order);
    /// assert_eq!(xml.head.order_no, "SO-2026-0001");
    /// assert_eq!(xml.lines.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    OrderXml = "Order" { OrderHeadXml, OrderListXml, max_lines = 99, max = 100 }

    /// The `Inventory` group of CEB621 (进口清单): `InventoryHead` and 1 to 99
    /// `InventoryList`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::InventoryXml;
    /// use crossborder::customs::sample;
    ///
    /// let xml = InventoryXml::from(&sample::inventory()?);
    /// assert_eq!(xml.head.trade_mode, "9610");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    InventoryXml = "Inventory" { InventoryHeadXml, InventoryListXml, max_lines = 99, max = 100 }

    /// The `InvtRefund` group of CEB625 (退货申请单): `InvtRefundHead` and 1 to 99
    /// `InvtRefundList`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::InvtRefundXml;
    ///
    /// assert_eq!(InvtRefundXml::MAX_LINES, 99);
    /// ```
    InvtRefundXml = "InvtRefund" { InvtRefundHeadXml, InvtRefundListXml, max_lines = 99, max = 100 }

    /// The `Delivery` group of CEB711 (入库明细单): `DeliveryHead` and any number (at least one)
    /// of `DeliveryList`; a CEB711 carries exactly one.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::DeliveryXml;
    ///
    /// assert_eq!(DeliveryXml::MAX_LINES, usize::MAX);
    /// ```
    DeliveryXml = "Delivery" { DeliveryHeadXml, DeliveryListXml, max_lines = usize::MAX, max = 1 }
}

/// Checks an occurrence count.
fn count(
    path: &str,
    element: &'static str,
    found: usize,
    min: usize,
    max: usize,
) -> Result<(), SchemaError> {
    if found < min {
        return Err(SchemaError::TooFew { path: path.to_owned(), element, found, min });
    }
    if found > max {
        return Err(SchemaError::TooMany { path: path.to_owned(), element, found, max });
    }
    Ok(())
}

/// A message sent to customs (CEB311, 411, 511, 513, 621, 623, 625, 711): the message `guid`
/// and `version` attributes, 1 to 100 entries (exactly one `Delivery` in CEB711), the
/// sender's `BaseTransfer`, up to five `BaseSubscribe`, an optional `ExtendMessage` and the
/// `ds:Signature` (required by the XSD for CEB621, 623, 625 and 711).
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{BaseTransferXml, CebMessage};
/// use crossborder::customs::{sample, Guid};
///
/// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
/// let transfer = BaseTransferXml::dxp("3301963K69", "示例跨境电商平台有限公司", "DXPENT0000000001");
/// let message = CebMessage::from_orders(&guid, &[sample::order()?], transfer);
/// let CebMessage::Ceb311(data) = &message else { unreachable!() };
/// assert_eq!(data.entries.len(), 1);
/// assert_eq!(data.version, "1.0");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DataMessage<T> {
    /// The `guid` attribute (36 characters, upper case).
    pub guid: String,
    /// The `version` attribute (`1.0`).
    pub version: String,
    /// The records, in document order.
    pub entries: Vec<T>,
    /// `BaseTransfer`: the enterprise transmitting the message.
    pub base_transfer: BaseTransferXml,
    /// `BaseSubscribe` (0 to 5): third parties subscribing to the data or receipts.
    pub base_subscribe: Vec<BaseSubscribeXml>,
    /// `ExtendMessage`, if any.
    pub extend_message: Option<ExtendMessageXml>,
    /// `ds:Signature`, if any.
    pub signature: Option<Signature>,
}

impl<T> DataMessage<T> {
    /// A message with version `1.0`, the given entries and transfer, no subscription,
    /// extension or signature.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{BaseTransferXml, DataMessage, OrderXml};
    /// use crossborder::customs::{sample, Guid};
    ///
    /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
    /// let transfer = BaseTransferXml::dxp("3301963K69", "示例平台", "DXPENT0000000001");
    /// let m = DataMessage::new(&guid, vec![OrderXml::from(&sample::order()?)], transfer);
    /// assert!(m.signature.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        guid: &crate::customs::Guid,
        entries: Vec<T>,
        base_transfer: BaseTransferXml,
    ) -> Self {
        Self {
            guid: guid.as_str().to_owned(),
            version: "1.0".to_owned(),
            entries,
            base_transfer,
            base_subscribe: Vec::new(),
            extend_message: None,
            signature: None,
        }
    }
}

/// A receipt message from the E-Port or customs (CEB312, 412, 512, 514, 622, 624, 626, 712):
/// the message `guid` and `version` and 1 to 100 receipt records.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{OrderReturnXml, ReturnMessage};
///
/// let m = ReturnMessage::<OrderReturnXml> {
///     guid: "4CDE1CFD-EDED-46B1-946C-B8022E42FC94".into(),
///     version: "1.0".into(),
///     entries: vec![],
/// };
/// assert!(m.entries.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReturnMessage<T> {
    /// The `guid` attribute.
    pub guid: String,
    /// The `version` attribute.
    pub version: String,
    /// The receipt records, in document order.
    pub entries: Vec<T>,
}

macro_rules! message_types {
    ($( $(#[$meta:meta])* $variant:ident = $code:literal, $root:literal, $entry:ty, $shape:ident; )+) => {
        /// The sixteen messages of the CEB import standard (XSD22 root elements).
        ///
        /// `Display` and `FromStr` use the root element name (`CEB311Message`), as the
        /// format-check receipt CEB900 does in `oriMessageType`.
        ///
        /// # Examples
        ///
        /// ```
        /// use crossborder::customs::ceb::MessageType;
        ///
        /// let t: MessageType = "CEB621Message".parse()?;
        /// assert_eq!(t, MessageType::Ceb621);
        /// assert_eq!(t.code(), 621);
        /// assert!(!t.is_receipt());
        /// assert_eq!(MessageType::ALL.len(), 16);
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum MessageType {
            $( $(#[$meta])* $variant, )+
        }

        impl MessageType {
            /// Every message type, in code order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The root element name (`CEB311Message`).
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::ceb::MessageType;
            ///
            /// assert_eq!(MessageType::Ceb411.root_element(), "CEB411Message");
            /// ```
            pub const fn root_element(self) -> &'static str {
                match self { $(Self::$variant => $root,)+ }
            }

            /// The message number (`311`).
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::ceb::MessageType;
            ///
            /// assert_eq!(MessageType::Ceb712.code(), 712);
            /// ```
            pub const fn code(self) -> u16 {
                match self { $(Self::$variant => $code,)+ }
            }
        }

        /// A CEB import message, as read from or written to XML: the records as text (the DTO
        /// layer), to be converted into domain documents ([`documents`](Self::documents)) or
        /// receipts ([`receipts`](Self::receipts)).
        ///
        /// # Examples
        ///
        /// ```
        /// use crossborder::customs::ceb::{read_message, CebMessage, MessageType};
        ///
        /// let xml = r#"<CEB312Message xmlns="http://www.chinaport.gov.cn/ceb" guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0">
        ///   <OrderReturn>
        ///     <guid>4CDE1CFD-EDED-46B1-946C-B8022E42FC94</guid><ebpCode>1105910159</ebpCode>
        ///     <ebcCode>1105910159</ebcCode><orderNo>order20160321116420545</orderNo>
        ///     <returnStatus>2</returnStatus><returnTime>20160428182238000</returnTime>
        ///     <returnInfo>新增申报成功[4CDE1CFD-EDED-46B1-946C-B8022E42FC94]</returnInfo>
        ///   </OrderReturn>
        /// </CEB312Message>"#;
        /// let message = read_message(xml.as_bytes())?;
        /// assert_eq!(message.message_type(), MessageType::Ceb312);
        /// let CebMessage::Ceb312(receipts) = &message else { unreachable!() };
        /// assert_eq!(receipts.entries[0].return_status, "2");
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[non_exhaustive]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum CebMessage {
            $( $(#[$meta])* $variant(message_types!(@shape $shape $entry)), )+
        }

        impl CebMessage {
            /// The message type.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::ceb::{BaseTransferXml, CebMessage, MessageType};
            /// use crossborder::customs::{sample, Guid};
            ///
            /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
            /// let m = CebMessage::from_payments(&guid, &[sample::payment()?], BaseTransferXml::default());
            /// assert_eq!(m.message_type(), MessageType::Ceb411);
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn message_type(&self) -> MessageType {
                match self { $(Self::$variant(_) => MessageType::$variant,)+ }
            }

            /// The message `guid` attribute.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::ceb::{BaseTransferXml, CebMessage};
            /// use crossborder::customs::{sample, Guid};
            ///
            /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
            /// let m = CebMessage::from_waybills(&guid, &[sample::waybill()?], BaseTransferXml::default());
            /// assert_eq!(m.guid(), guid.as_str());
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn guid(&self) -> &str {
                match self { $(Self::$variant(m) => &m.guid,)+ }
            }

            /// The number of records (orders, payments, receipts, …) the message carries.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::ceb::{BaseTransferXml, CebMessage};
            /// use crossborder::customs::{sample, Guid};
            ///
            /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
            /// let order = sample::order()?;
            /// let m = CebMessage::from_orders(&guid, &[order.clone(), order], BaseTransferXml::default());
            /// assert_eq!(m.record_count(), 2);
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn record_count(&self) -> usize {
                match self { $(Self::$variant(m) => m.entries.len(),)+ }
            }

            /// Checks the whole message against `ceb-import-202205.xsd`: the root attributes,
            /// the number of entries and lines, every element's facets, the envelope and the
            /// signature. [`write_message`](super::write_message) runs it first.
            ///
            /// # Errors
            ///
            /// The first [`SchemaError`], with its path from the root.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::ceb::{BaseTransferXml, CebMessage, SchemaError};
            /// use crossborder::customs::Guid;
            ///
            /// let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")?;
            /// let transfer = BaseTransferXml::dxp("3301963K69", "示例平台", "DXPENT0000000001");
            /// let empty = CebMessage::from_orders(&guid, &[], transfer);
            /// assert!(matches!(empty.check(), Err(SchemaError::TooFew { element: "Order", .. })));
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn check(&self) -> Result<(), SchemaError> {
                let ty = self.message_type();
                match self { $(Self::$variant(m) => m.check_as(ty),)+ }
                    .map_err(|e| e.within(ty.root_element()))
            }

            /// Reads the message whose root start tag was just consumed.
            pub(super) fn read_body(c: &mut Cursor<'_>, root: Start) -> Result<Self, CebError> {
                $(
                    if root.local == $root {
                        return Ok(Self::$variant(<message_types!(@shape $shape $entry)>::read(c, root, $root)?));
                    }
                )+
                Err(CebError::UnknownRoot { found: root.display_name() })
            }

            /// Writes the message (after [`check`](Self::check)).
            pub(super) fn write_body(&self, w: &mut XmlWriter) {
                match self { $(Self::$variant(m) => m.write($root, w),)+ }
            }
        }
    };
    (@shape data $entry:ty) => { DataMessage<$entry> };
    (@shape receipt $entry:ty) => { ReturnMessage<$entry> };
}

message_types! {
    /// CEB311 电子订单 (e-order), sent by the e-commerce platform or enterprise.
    Ceb311 = 311, "CEB311Message", OrderXml, data;
    /// CEB312 电子订单回执 (order receipt).
    Ceb312 = 312, "CEB312Message", OrderReturnXml, receipt;
    /// CEB411 支付凭证 (payment voucher), sent by the payment enterprise.
    Ceb411 = 411, "CEB411Message", PaymentHeadXml, data;
    /// CEB412 支付凭证回执 (payment receipt).
    Ceb412 = 412, "CEB412Message", PaymentReturnXml, receipt;
    /// CEB511 物流运单 (waybill), sent by the logistics enterprise.
    Ceb511 = 511, "CEB511Message", LogisticsHeadXml, data;
    /// CEB512 物流运单回执 (waybill receipt).
    Ceb512 = 512, "CEB512Message", LogisticsReturnXml, receipt;
    /// CEB513 物流运单状态 (waybill status: signed for).
    Ceb513 = 513, "CEB513Message", LogisticsStatusXml, data;
    /// CEB514 物流运单状态回执 (waybill status receipt).
    Ceb514 = 514, "CEB514Message", LogisticsStatusReturnXml, receipt;
    /// CEB621 进口清单 (import inventory), declared by the enterprise or its agent.
    Ceb621 = 621, "CEB621Message", InventoryXml, data;
    /// CEB622 进口清单回执 (inventory receipt).
    Ceb622 = 622, "CEB622Message", InventoryReturnXml, receipt;
    /// CEB623 撤销申请单 (cancellation request).
    Ceb623 = 623, "CEB623Message", InvtCancelXml, data;
    /// CEB624 撤销申请单回执 (cancellation receipt).
    Ceb624 = 624, "CEB624Message", InvtCancelReturnXml, receipt;
    /// CEB625 退货申请单 (return request).
    Ceb625 = 625, "CEB625Message", InvtRefundXml, data;
    /// CEB626 退货申请单回执 (return receipt).
    Ceb626 = 626, "CEB626Message", InvtRefundReturnXml, receipt;
    /// CEB711 入库明细单 (warehouse-entry detail), sent by the supervised site's operator.
    Ceb711 = 711, "CEB711Message", DeliveryXml, data;
    /// CEB712 入库明细单回执 (warehouse-entry receipt).
    Ceb712 = 712, "CEB712Message", DeliveryReturnXml, receipt;
}

impl MessageType {
    /// Whether the XSD requires `ds:Signature` (CEB621, 623, 625, 711).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::MessageType;
    ///
    /// assert!(MessageType::Ceb621.requires_signature());
    /// assert!(!MessageType::Ceb311.requires_signature());
    /// ```
    pub const fn requires_signature(self) -> bool {
        matches!(self, Self::Ceb621 | Self::Ceb623 | Self::Ceb625 | Self::Ceb711)
    }

    /// Whether this is a receipt (sent by the E-Port or customs; an even number).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::MessageType;
    ///
    /// assert!(MessageType::Ceb622.is_receipt());
    /// ```
    pub const fn is_receipt(self) -> bool {
        self.code().is_multiple_of(2)
    }
}

impl fmt::Display for MessageType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.root_element())
    }
}

impl FromStr for MessageType {
    type Err = ParseMessageTypeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|t| t.root_element() == s)
            .ok_or_else(|| ParseMessageTypeError { found: s.to_owned() })
    }
}

/// The root's `guid` and `version` attributes.
fn root_attributes(root: &Start, name: &'static str) -> Result<(String, String), CebError> {
    let get = |attribute| {
        root.attribute(attribute)
            .map(str::to_owned)
            .ok_or(CebError::MissingAttribute { element: name, attribute })
    };
    Ok((get("guid")?, get("version")?))
}

/// Checks the root attributes.
fn check_root(guid: &str, version: &str) -> Result<(), SchemaError> {
    check("@guid", guid, Facet::Len(36))?;
    check("@version", version, Facet::Str { min: 1, max: 10 })
}

fn root_attrs<'a>(guid: &'a str, version: &'a str) -> [(&'static str, &'a str); 3] {
    [("xmlns:ceb", NAMESPACE), ("guid", guid), ("version", version)]
}

/// Reads entries until the next element is not one.
fn read_entries<T: Entry>(c: &mut Cursor<'_>, root: &'static str) -> Result<Vec<T>, CebError> {
    let mut entries = Vec::new();
    loop {
        entries.push(T::read(c, root)?);
        if !c.at_ceb(root, T::ELEMENT)? {
            return Ok(entries);
        }
    }
}

fn check_entries<T: Entry>(entries: &[T]) -> Result<(), SchemaError> {
    count("", T::ELEMENT, entries.len(), 1, T::MAX)?;
    for (i, e) in entries.iter().enumerate() {
        e.check().map_err(|err| err.within(&format!("{}[{}]", T::ELEMENT, i + 1)))?;
    }
    Ok(())
}

/// Reading, checking and writing of the two message shapes (free functions: the `Entry`
/// bound is internal).
trait Shape: Sized {
    fn read(c: &mut Cursor<'_>, root: Start, name: &'static str) -> Result<Self, CebError>;
    fn check_as(&self, ty: MessageType) -> Result<(), SchemaError>;
    fn write(&self, name: &str, w: &mut XmlWriter);
}

impl<T: Entry> Shape for DataMessage<T> {
    fn read(c: &mut Cursor<'_>, root: Start, name: &'static str) -> Result<Self, CebError> {
        let (guid, version) = root_attributes(&root, name)?;
        let entries = read_entries(c, name)?;
        let base_transfer = BaseTransferXml::read_element(c, name)?;
        let mut base_subscribe = Vec::new();
        while c.at_ceb(name, "BaseSubscribe")? {
            base_subscribe.push(BaseSubscribeXml::read_element(c, name)?);
        }
        let extend_message = if c.at_ceb(name, "ExtendMessage")? {
            Some(ExtendMessageXml::read(c, name)?)
        } else {
            None
        };
        let signature = if c.at(name, DSIG_NAMESPACE, "Signature")? {
            Some(Signature::read(c, name)?)
        } else {
            None
        };
        c.close(name, "the end of the message")?;
        Ok(Self {
            guid,
            version,
            entries,
            base_transfer,
            base_subscribe,
            extend_message,
            signature,
        })
    }

    fn check_as(&self, ty: MessageType) -> Result<(), SchemaError> {
        check_root(&self.guid, &self.version)?;
        check_entries(&self.entries)?;
        self.base_transfer.check()?;
        count("", "BaseSubscribe", self.base_subscribe.len(), 0, 5)?;
        for (i, s) in self.base_subscribe.iter().enumerate() {
            s.check_fields().map_err(|e| e.within(&format!("BaseSubscribe[{}]", i + 1)))?;
        }
        if let Some(ext) = &self.extend_message {
            ext.check()?;
        }
        match &self.signature {
            Some(s) => s.check(),
            None if ty.requires_signature() => {
                Err(SchemaError::MissingSignature { path: String::new() })
            }
            None => Ok(()),
        }
    }

    fn write(&self, name: &str, w: &mut XmlWriter) {
        let root = format!("ceb:{name}");
        w.open(&root, &root_attrs(&self.guid, &self.version));
        for e in &self.entries {
            e.write(w);
        }
        self.base_transfer.write_element(w);
        for s in &self.base_subscribe {
            s.write_element(w);
        }
        if let Some(ext) = &self.extend_message {
            ext.write(w);
        }
        if let Some(s) = &self.signature {
            s.write(w);
        }
        w.close(&root);
    }
}

impl<T: Entry> Shape for ReturnMessage<T> {
    fn read(c: &mut Cursor<'_>, root: Start, name: &'static str) -> Result<Self, CebError> {
        let (guid, version) = root_attributes(&root, name)?;
        let entries = read_entries(c, name)?;
        c.close(name, T::ELEMENT)?;
        Ok(Self { guid, version, entries })
    }

    fn check_as(&self, _ty: MessageType) -> Result<(), SchemaError> {
        check_root(&self.guid, &self.version)?;
        check_entries(&self.entries)
    }

    fn write(&self, name: &str, w: &mut XmlWriter) {
        let root = format!("ceb:{name}");
        w.open(&root, &root_attrs(&self.guid, &self.version));
        for e in &self.entries {
            e.write(w);
        }
        w.close(&root);
    }
}

impl BaseTransferXml {
    /// A `BaseTransfer` for the China E-Port data exchange platform (`dxpMode` `DXP`): the
    /// transmitting enterprise's code and name and its DXP user number (`dxpId`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::BaseTransferXml;
    ///
    /// let t = BaseTransferXml::dxp("1105910159", "东方物通科技(北京)有限公司", "DXPENT0000000001");
    /// assert_eq!(t.dxp_mode, "DXP");
    /// assert!(t.check().is_ok());
    /// ```
    pub fn dxp(cop_code: &str, cop_name: &str, dxp_id: &str) -> Self {
        Self {
            cop_code: cop_code.to_owned(),
            cop_name: cop_name.to_owned(),
            dxp_mode: "DXP".to_owned(),
            dxp_id: dxp_id.to_owned(),
            note: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_types_round_trip_through_their_root_names() {
        for &t in MessageType::ALL {
            assert_eq!(t.to_string().parse::<MessageType>(), Ok(t));
            assert_eq!(t.root_element(), format!("CEB{}Message", t.code()));
        }
        let receipts: Vec<u16> =
            MessageType::ALL.iter().filter(|t| t.is_receipt()).map(|t| t.code()).collect();
        assert_eq!(receipts, [312, 412, 512, 514, 622, 624, 626, 712]);
        assert_eq!(
            "CEB311".parse::<MessageType>(),
            Err(ParseMessageTypeError { found: "CEB311".into() })
        );
    }

    #[test]
    fn entry_limits_follow_the_xsd() {
        assert_eq!(<OrderXml as Entry>::MAX, 100);
        assert_eq!(<DeliveryXml as Entry>::MAX, 1);
        assert_eq!(<PaymentHeadXml as Entry>::ELEMENT, "Payment");
        assert_eq!(<OrderReturnXml as Entry>::ELEMENT, "OrderReturn");
        assert_eq!(OrderXml::MAX_LINES, 99);
    }

    #[test]
    fn counts() {
        assert!(count("p", "x", 1, 1, 2).is_ok());
        assert_eq!(
            count("p", "x", 3, 1, 2),
            Err(SchemaError::TooMany { path: "p".into(), element: "x", found: 3, max: 2 })
        );
    }
}
