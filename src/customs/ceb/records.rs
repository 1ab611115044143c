//! The records of the sixteen CEB import messages as they appear in the XML (the DTO layer):
//! every element as text, in XSD order, optional elements as `Option`. Nothing here is
//! validated beyond the XML structure; the conversion into the domain documents
//! ([`Order`](crate::customs::Order), …) validates once, and
//! [`write_message`](super::write_message) checks the XSD facets before writing.
//!
//! The field lists were generated from `ceb-import-202205.xsd` (element names, order,
//! `minOccurs`, length/decimal/int facets, `fixed` values and the XSD documentation), so they
//! follow the official schema element by element, misspellings included (`acturalPaid`).
//! `Debug` masks the personal elements (names, telephones, identity numbers, addresses,
//! `buyerRegNo`): the first and last quarter of the characters are shown, the rest is `*`.

use std::fmt;

use super::error::{CebError, SchemaError};
use super::reader::{Cursor, is_xml_whitespace};
use super::writer::{Facet, XmlWriter, check};

/// One simple element of a record: `String` when required, `Option<String>` when optional.
pub(super) trait Leaf: Sized {
    fn read(c: &mut Cursor<'_>, parent: &'static str, name: &'static str)
    -> Result<Self, CebError>;
    fn write(&self, w: &mut XmlWriter, name: &str);
    fn check(&self, name: &str, facet: Facet) -> Result<(), SchemaError>;
}

impl Leaf for String {
    fn read(
        c: &mut Cursor<'_>,
        parent: &'static str,
        name: &'static str,
    ) -> Result<Self, CebError> {
        c.required(parent, name)
    }

    fn write(&self, w: &mut XmlWriter, name: &str) {
        w.leaf(&format!("ceb:{name}"), &[], self);
    }

    fn check(&self, name: &str, facet: Facet) -> Result<(), SchemaError> {
        check(name, self, facet)
    }
}

/// Whether an optional value counts as absent (the reader maps empty elements to `None`; the
/// writer omits blank values the same way).
fn is_blank(s: &str) -> bool {
    s.chars().all(is_xml_whitespace)
}

impl Leaf for Option<String> {
    fn read(
        c: &mut Cursor<'_>,
        parent: &'static str,
        name: &'static str,
    ) -> Result<Self, CebError> {
        c.optional(parent, name)
    }

    fn write(&self, w: &mut XmlWriter, name: &str) {
        if let Some(v) = self.as_deref().filter(|v| !is_blank(v)) {
            w.leaf(&format!("ceb:{name}"), &[], v);
        }
    }

    fn check(&self, name: &str, facet: Facet) -> Result<(), SchemaError> {
        match self.as_deref().filter(|v| !is_blank(v)) {
            Some(v) => check(name, v, facet),
            None => Ok(()),
        }
    }
}

/// A record element (`OrderHead`, `OrderList`, `BaseTransfer`, …): a sequence of simple
/// elements.
pub(super) trait Record: Sized {
    /// The element name.
    const ELEMENT: &'static str;

    /// Reads the children, after the start tag.
    fn read_fields(c: &mut Cursor<'_>) -> Result<Self, CebError>;

    /// Writes the children.
    fn write_fields(&self, w: &mut XmlWriter);

    /// Checks the children's facets; paths start at the child.
    fn check_fields(&self) -> Result<(), SchemaError>;

    /// Reads the whole element, which must come next in `parent`.
    fn read_element(c: &mut Cursor<'_>, parent: &'static str) -> Result<Self, CebError> {
        c.open_ceb(parent, Self::ELEMENT)?;
        let record = Self::read_fields(c)?;
        c.close(Self::ELEMENT, "the end of the element")?;
        Ok(record)
    }

    /// Writes the whole element.
    fn write_element(&self, w: &mut XmlWriter) {
        let name = format!("ceb:{}", Self::ELEMENT);
        w.open(&name, &[]);
        self.write_fields(w);
        w.close(&name);
    }
}

/// Masks personal data for `Debug`: the first and last quarter of the characters are kept.
pub(super) fn mask(s: &str) -> String {
    let n = s.chars().count();
    let keep = n / 4;
    let keep_start = keep.max(1);
    s.chars()
        .enumerate()
        .map(|(i, c)| if i < keep_start || i >= n.saturating_sub(keep) { c } else { '*' })
        .collect()
}

/// `Debug` view of a field: masked when personal.
pub(super) struct DebugField<'a, T>(pub &'a T, pub bool);

impl fmt::Debug for DebugField<'_, String> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.1 { fmt::Debug::fmt(&mask(self.0), f) } else { fmt::Debug::fmt(self.0, f) }
    }
}

impl fmt::Debug for DebugField<'_, Option<String>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(v) if self.1 => write!(f, "Some({:?})", mask(v)),
            other => fmt::Debug::fmt(other, f),
        }
    }
}

/// Defines a record DTO: the struct (public `String`/`Option<String>` fields), a masked
/// `Debug`, `Record`, and a public `check`.
macro_rules! records {
    ($(
        $(#[$meta:meta])*
        $name:ident = $element:literal {
            $(
                $(#[$fmeta:meta])*
                $field:ident : $ty:ty = $xml:literal, $facet:expr, $personal:literal;
            )+
        }
    )+) => {$(
        $(#[$meta])*
        ///
        /// Every element is kept as the text read (after entity and end-of-line processing);
        /// an optional element that is absent, empty or blank is `None`. Conversions into the
        /// domain types validate the values; [`check`](Self::check) tests them against the
        /// XSD facets, which [`write_message`](super::write_message) does before writing.
        #[derive(Clone, PartialEq, Eq, Hash, Default)]
        pub struct $name {
            $(
                $(#[$fmeta])*
                pub $field: $ty,
            )+
        }

        impl $name {
            #[doc = concat!("Checks every element of `", $element, "` against its XSD facets")]
            /// (length, `xs:decimal` digits, `xs:int`, `fixed` values, XML characters).
            ///
            /// # Errors
            ///
            /// The first [`SchemaError`], with the element's path.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::customs::ceb::", stringify!($name), ";")]
            ///
            #[doc = concat!("let empty = ", stringify!($name), "::default();")]
            #[doc = concat!("assert!(empty.check().unwrap_err().path().starts_with(\"", $element, "/\"));")]
            /// ```
            pub fn check(&self) -> Result<(), SchemaError> {
                <Self as Record>::check_fields(self).map_err(|e| e.within($element))
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name))
                    $( .field(stringify!($field), &DebugField(&self.$field, $personal)) )+
                    .finish()
            }
        }

        impl Record for $name {
            const ELEMENT: &'static str = $element;

            fn read_fields(c: &mut Cursor<'_>) -> Result<Self, CebError> {
                Ok(Self { $( $field: <$ty as Leaf>::read(c, $element, $xml)?, )+ })
            }

            fn write_fields(&self, w: &mut XmlWriter) {
                $( Leaf::write(&self.$field, w, $xml); )+
            }

            fn check_fields(&self) -> Result<(), SchemaError> {
                $( Leaf::check(&self.$field, $xml, $facet)?; )+
                Ok(())
            }
        }
    )+};
}

records! {
    /// The `OrderHead` record (电子订单表头实体; XSD22 `OrderHead`).
    OrderHeadXml = "OrderHead" {
        /// `guid`: 企业系统生成36位唯一序号（英文字母大写）。
        guid: String = "guid", Facet::Len(36), false;
        /// `appType`: 企业报送类型。1-新增 2-变更 3-删除。默认为1。
        app_type: String = "appType", Facet::Len(1), false;
        /// `appTime`: 企业报送时间。格式:YYYYMMDDhhmmss。mss
        app_time: String = "appTime", Facet::Len(14), false;
        /// `appStatus`: 业务状态:1-暂存,2-申报,默认为2。
        app_status: String = "appStatus", Facet::Str { min: 1, max: 3 }, false;
        /// `orderType`: 电子订单类型：I进口
        order_type: String = "orderType", Facet::Len(1), false;
        /// `orderNo`: 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。
        order_no: String = "orderNo", Facet::Str { min: 1, max: 60 }, false;
        /// `ebpCode`: 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。
        ebp_code: String = "ebpCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebpName`: 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。
        ebp_name: String = "ebpName", Facet::Str { min: 1, max: 100 }, false;
        /// `ebcCode`: 电商企业的海关注册登记编号。
        ebc_code: String = "ebcCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebcName`: 电商企业的海关注册登记名称。
        ebc_name: String = "ebcName", Facet::Str { min: 1, max: 100 }, false;
        /// `goodsValue`: 商品实际成交价，含非现金抵扣金额。
        goods_value: String = "goodsValue", Facet::DECIMAL, false;
        /// `freight`: 不包含在商品价格中的运杂费，无则填写"0"。
        freight: String = "freight", Facet::DECIMAL, false;
        /// `discount`: 使用积分、虚拟货币、代金券等非现金支付金额，无则填写"0"。
        discount: String = "discount", Facet::DECIMAL, false;
        /// `taxTotal`: 企业预先代扣的税款金额，无则填写“0”
        tax_total: String = "taxTotal", Facet::DECIMAL, false;
        /// `acturalPaid`: 商品价格+运杂费+代扣税款-非现金抵扣金额，与支付凭证的支付金额一致。
        actural_paid: String = "acturalPaid", Facet::DECIMAL, false;
        /// `currency`: 限定为人民币，填写“142”。
        currency: String = "currency", Facet::Fixed("142"), false;
        /// `buyerRegNo`: 订购人的交易平台注册号。
        buyer_reg_no: String = "buyerRegNo", Facet::Str { min: 1, max: 60 }, true;
        /// `buyerName`: 订购人的真实姓名。
        buyer_name: String = "buyerName", Facet::Str { min: 1, max: 60 }, true;
        /// `buyerTelephone`: 订购人电话。
        buyer_telephone: String = "buyerTelephone", Facet::Str { min: 1, max: 30 }, true;
        /// `buyerIdType`: 1-身份证,2-其它。限定为身份证，填写“1”
        buyer_id_type: String = "buyerIdType", Facet::Len(1), false;
        /// `buyerIdNumber`: 订购人的身份证件号码。
        buyer_id_number: String = "buyerIdNumber", Facet::Str { min: 1, max: 60 }, true;
        /// `payCode` (optional): 支付企业的海关注册登记编号。
        pay_code: Option<String> = "payCode", Facet::Str { min: 0, max: 18 }, false;
        /// `payName` (optional): 支付企业在海关注册登记的企业名称。
        pay_name: Option<String> = "payName", Facet::Str { min: 0, max: 100 }, false;
        /// `payTransactionId` (optional): 支付企业唯一的支付流水号。
        pay_transaction_id: Option<String> = "payTransactionId", Facet::Str { min: 0, max: 60 }, false;
        /// `batchNumbers` (optional): 商品批次号
        batch_numbers: Option<String> = "batchNumbers", Facet::Str { min: 0, max: 100 }, false;
        /// `consignee`: 收货人姓名，必须与电子运单的收货人姓名一致。
        consignee: String = "consignee", Facet::Str { min: 1, max: 100 }, true;
        /// `consigneeTelephone`: 收货人联系电话，必须与电子运单的收货人电话一致。
        consignee_telephone: String = "consigneeTelephone", Facet::Str { min: 1, max: 50 }, true;
        /// `consigneeAddress`: 收货地址，必须与电子运单的收货地址一致。
        consignee_address: String = "consigneeAddress", Facet::Str { min: 1, max: 200 }, true;
        /// `consigneeDistrict` (optional): 参照国家统计局公布的国家行政区划标准填制。
        consignee_district: Option<String> = "consigneeDistrict", Facet::Len(6), false;
        /// `note` (optional): 订单备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `OrderList` record (电子订单商品实体; XSD22 `OrderList`).
    OrderListXml = "OrderList" {
        /// `gnum`: 从1开始的递增序号。
        gnum: String = "gnum", Facet::Int { total_digits: 10 }, false;
        /// `itemNo` (optional): 电商企业自定义的商品货号（SKU）。
        item_no: Option<String> = "itemNo", Facet::Str { min: 0, max: 30 }, false;
        /// `itemName`: 交易平台销售商品的中文名称。
        item_name: String = "itemName", Facet::Str { min: 1, max: 250 }, false;
        /// `gmodel`: 满足海关归类、审价以及监管的要求为准。包括：品名、牌名、规格、型号、成份、含量、等级等。
        gmodel: String = "gmodel", Facet::Str { min: 1, max: 510 }, false;
        /// `itemDescribe` (optional): 交易平台销售商品的描述信息。
        item_describe: Option<String> = "itemDescribe", Facet::Str { min: 0, max: 1000 }, false;
        /// `barCode` (optional): 国际通用的商品条形码，一般由前缀部分、制造厂商代码、商品代码和校验码组成。
        bar_code: Option<String> = "barCode", Facet::Str { min: 0, max: 50 }, false;
        /// `unit`: 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 计量单位代码。
        unit: String = "unit", Facet::Len(3), false;
        /// `qty`: 商品实际数量。
        qty: String = "qty", Facet::DECIMAL, false;
        /// `price`: 商品单价。赠品单价填写为“0”。
        price: String = "price", Facet::DECIMAL, false;
        /// `totalPrice`: 商品总价，等于单价乘以数量。
        total_price: String = "totalPrice", Facet::DECIMAL, false;
        /// `currency`: 限定为人民币，填写“142”。
        currency: String = "currency", Facet::Fixed("142"), false;
        /// `country`: 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》-国家（地区）代码表。
        country: String = "country", Facet::Len(3), false;
        /// `note` (optional): 促销活动，商品单价偏离市场价格的，可以在此说明。
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `OrderReturn` record (电子订单回执实体; XSD22 `OrderReturn`).
    OrderReturnXml = "OrderReturn" {
        /// `guid`: 电子口岸系统生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `ebpCode`: 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。
        ebp_code: String = "ebpCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebcCode`: 电商企业的海关注册登记编号。
        ebc_code: String = "ebcCode", Facet::Str { min: 1, max: 18 }, false;
        /// `orderNo`: 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。
        order_no: String = "orderNo", Facet::Str { min: 1, max: 60 }, false;
        /// `returnStatus`: 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执
        return_status: String = "returnStatus", Facet::Str { min: 1, max: 10 }, false;
        /// `returnTime`: 操作时间(格式:YYYYMMDDhhmmssSSS)
        return_time: String = "returnTime", Facet::Len(17), false;
        /// `returnInfo`: 备注（如:退单原因）
        return_info: String = "returnInfo", Facet::Str { min: 1, max: 1000 }, false;
    }

    /// The `PaymentHead` record (支付凭证数据实体; XSD22 `PaymentHead`).
    PaymentHeadXml = "PaymentHead" {
        /// `guid`: 企业系统生成36位唯一序号（英文字母大写）。
        guid: String = "guid", Facet::Len(36), false;
        /// `appType`: 企业报送类型。1-新增 2-变更 3-删除。默认为1。
        app_type: String = "appType", Facet::Len(1), false;
        /// `appTime`: 企业报送时间。格式:YYYYMMDDhhmmss。mss
        app_time: String = "appTime", Facet::Len(14), false;
        /// `appStatus`: 业务状态:1-暂存,2-申报,默认为2。
        app_status: String = "appStatus", Facet::Str { min: 1, max: 3 }, false;
        /// `payCode`: 支付企业的海关注册登记编号。
        pay_code: String = "payCode", Facet::Str { min: 1, max: 18 }, false;
        /// `payName`: 支付企业在海关注册登记的名称。
        pay_name: String = "payName", Facet::Str { min: 1, max: 100 }, false;
        /// `payTransactionId`: 支付企业唯一的支付流水号。
        pay_transaction_id: String = "payTransactionId", Facet::Str { min: 1, max: 60 }, false;
        /// `orderNo`: 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。
        order_no: String = "orderNo", Facet::Str { min: 1, max: 60 }, false;
        /// `ebpCode`: 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。
        ebp_code: String = "ebpCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebpName`: 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。
        ebp_name: String = "ebpName", Facet::Str { min: 1, max: 100 }, false;
        /// `payerIdType`: 1-身份证,2-其它。限定为身份证，填写“1”。
        payer_id_type: String = "payerIdType", Facet::Len(1), false;
        /// `payerIdNumber`: 支付人证件号码
        payer_id_number: String = "payerIdNumber", Facet::Str { min: 1, max: 60 }, true;
        /// `payerName`: 支付人的身份证件号码。
        payer_name: String = "payerName", Facet::Str { min: 1, max: 60 }, true;
        /// `telephone` (optional): 支付人电话
        telephone: Option<String> = "telephone", Facet::Str { min: 0, max: 60 }, true;
        /// `amountPaid`: 支付金额
        amount_paid: String = "amountPaid", Facet::DECIMAL, false;
        /// `currency`: 限定为人民币，填写“142”。
        currency: String = "currency", Facet::Fixed("142"), false;
        /// `payTime`: 支付时间，格式:YYYYMMDDhhmmss。hm
        pay_time: String = "payTime", Facet::Len(14), false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `PaymentReturn` record (支付凭证回执实体; XSD22 `PaymentReturn`).
    PaymentReturnXml = "PaymentReturn" {
        /// `guid`: 电子口岸生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `payCode`: 支付企业的海关注册登记编号。
        pay_code: String = "payCode", Facet::Str { min: 1, max: 18 }, false;
        /// `payTransactionId`: 支付企业唯一的支付流水号。
        pay_transaction_id: String = "payTransactionId", Facet::Str { min: 1, max: 60 }, false;
        /// `returnStatus`: 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执
        return_status: String = "returnStatus", Facet::Str { min: 1, max: 10 }, false;
        /// `returnTime`: 操作时间(格式:YYYYMMDDhhmmssSSS)
        return_time: String = "returnTime", Facet::Len(17), false;
        /// `returnInfo`: 备注（如:退单原因）
        return_info: String = "returnInfo", Facet::Str { min: 1, max: 1000 }, false;
    }

    /// The `LogisticsHead` record (物流运单数据实体; XSD22 `LogisticsHead`).
    LogisticsHeadXml = "LogisticsHead" {
        /// `guid`: 企业系统生成36位唯一序号（英文字母大写）。
        guid: String = "guid", Facet::Len(36), false;
        /// `appType`: 企业报送类型。1-新增 2-变更 3-删除。默认为1。
        app_type: String = "appType", Facet::Len(1), false;
        /// `appTime`: 企业报送时间。格式:YYYYMMDDhhmmss。mss
        app_time: String = "appTime", Facet::Len(14), false;
        /// `appStatus`: 业务状态:1-暂存,2-申报,默认为2。
        app_status: String = "appStatus", Facet::Str { min: 1, max: 3 }, false;
        /// `logisticsCode`: 物流企业的海关注册登记编号。
        logistics_code: String = "logisticsCode", Facet::Str { min: 1, max: 18 }, false;
        /// `logisticsName`: 物流企业在海关注册登记的名称。
        logistics_name: String = "logisticsName", Facet::Str { min: 1, max: 100 }, false;
        /// `logisticsNo`: 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。
        logistics_no: String = "logisticsNo", Facet::Str { min: 1, max: 60 }, false;
        /// `billNo` (optional): 直购进口为海运提单、空运总单或汽车载货清单
        bill_no: Option<String> = "billNo", Facet::Str { min: 0, max: 37 }, false;
        /// `orderNo`: 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。
        order_no: String = "orderNo", Facet::Str { min: 1, max: 60 }, false;
        /// `freight` (optional): 商品运输费用，无则填“0”。
        freight: Option<String> = "freight", Facet::DECIMAL, false;
        /// `insuredFee` (optional): 商品保险费用，无则填“0”。
        insured_fee: Option<String> = "insuredFee", Facet::DECIMAL, false;
        /// `currency`: 限定为人民币，填写“142”。
        currency: String = "currency", Facet::Fixed("142"), false;
        /// `weight`: 毛重,单位为千克。
        weight: String = "weight", Facet::DECIMAL, false;
        /// `packNo`: 单个运单下包裹数，限定为“1”。
        pack_no: String = "packNo", Facet::Int { total_digits: 9 }, false;
        /// `goodsInfo` (optional): 配送的商品信息，包括商品名称、数量等。
        goods_info: Option<String> = "goodsInfo", Facet::Str { min: 0, max: 200 }, false;
        /// `consignee`: 收货人姓名。
        consignee: String = "consignee", Facet::Str { min: 1, max: 100 }, true;
        /// `consigneeAddress`: 收货地址。
        consignee_address: String = "consigneeAddress", Facet::Str { min: 1, max: 200 }, true;
        /// `consigneeTelephone`: 收货人电话号码。
        consignee_telephone: String = "consigneeTelephone", Facet::Str { min: 1, max: 50 }, true;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `LogisticsReturn` record (物流运单回执实体; XSD22 `LogisticsReturn`).
    LogisticsReturnXml = "LogisticsReturn" {
        /// `guid`: 电子口岸生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `logisticsCode`: 物流企业的海关注册登记编号。
        logistics_code: String = "logisticsCode", Facet::Str { min: 1, max: 18 }, false;
        /// `logisticsNo`: 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。
        logistics_no: String = "logisticsNo", Facet::Str { min: 1, max: 60 }, false;
        /// `returnStatus`: 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执
        return_status: String = "returnStatus", Facet::Str { min: 1, max: 10 }, false;
        /// `returnTime`: 操作时间(格式:YYYYMMDDhhmmssSSS)
        return_time: String = "returnTime", Facet::Len(17), false;
        /// `returnInfo`: 备注（如:退单原因）
        return_info: String = "returnInfo", Facet::Str { min: 1, max: 1000 }, false;
    }

    /// The `LogisticsStatus` record (物流运单状态数据实体; XSD22 `LogisticsStatus`).
    LogisticsStatusXml = "LogisticsStatus" {
        /// `guid`: 企业系统生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `appType`: 企业报送类型。1-新增 2-变更 3-删除。默认为1。
        app_type: String = "appType", Facet::Len(1), false;
        /// `appTime`: 企业报送时间。格式:YYYYMMDDhhmmss。mss
        app_time: String = "appTime", Facet::Len(14), false;
        /// `appStatus`: 业务状态:1-暂存,2-申报,默认为2。
        app_status: String = "appStatus", Facet::Str { min: 1, max: 3 }, false;
        /// `logisticsCode`: 物流企业的海关注册登记编号。
        logistics_code: String = "logisticsCode", Facet::Str { min: 1, max: 18 }, false;
        /// `logisticsName`: 物流企业在海关注册登记的名称。
        logistics_name: String = "logisticsName", Facet::Str { min: 1, max: 100 }, false;
        /// `logisticsNo`: 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。
        logistics_no: String = "logisticsNo", Facet::Str { min: 1, max: 60 }, false;
        /// `logisticsStatus`: 物流签收状态，限定S
        logistics_status: String = "logisticsStatus", Facet::Len(1), false;
        /// `logisticsTime`: 物流状态发生的实际时间。格式:YYYYMMDDhhmmss。
        logistics_time: String = "logisticsTime", Facet::Len(14), false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `LogisticsStatusReturn` record (物流运单状态回执实体; XSD22 `LogisticsStatusReturn`).
    LogisticsStatusReturnXml = "LogisticsStatusReturn" {
        /// `guid`: 电子口岸生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `logisticsCode`: 物流企业的海关注册登记编号。
        logistics_code: String = "logisticsCode", Facet::Str { min: 1, max: 18 }, false;
        /// `logisticsNo`: 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。
        logistics_no: String = "logisticsNo", Facet::Str { min: 1, max: 60 }, false;
        /// `logisticsStatus`: 物流签收状态，限定为S
        logistics_status: String = "logisticsStatus", Facet::Len(1), false;
        /// `returnStatus`: 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结）,若小于0数字表示处理异常回执
        return_status: String = "returnStatus", Facet::Str { min: 1, max: 10 }, false;
        /// `returnTime`: 操作时间(格式:YYYYMMDDhhmmssSSS)
        return_time: String = "returnTime", Facet::Len(17), false;
        /// `returnInfo`: 回执信息（如:退单原因）
        return_info: String = "returnInfo", Facet::Str { min: 1, max: 1000 }, false;
    }

    /// The `InventoryHead` record (进口清单表头实体; XSD22 `InventoryHead`).
    InventoryHeadXml = "InventoryHead" {
        /// `guid`: 企业系统生成36位唯一序号（英文字母大写）。
        guid: String = "guid", Facet::Len(36), false;
        /// `appType`: 企业报送类型。1-新增 2-变更 3-删除。默认为1。
        app_type: String = "appType", Facet::Len(1), false;
        /// `appTime`: 企业报送时间。格式:YYYYMMDDhhmmss。mss
        app_time: String = "appTime", Facet::Len(14), false;
        /// `appStatus`: 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写.
        app_status: String = "appStatus", Facet::Str { min: 1, max: 3 }, false;
        /// `orderNo`: 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。
        order_no: String = "orderNo", Facet::Str { min: 1, max: 60 }, false;
        /// `ebpCode`: 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。
        ebp_code: String = "ebpCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebpName`: 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。
        ebp_name: String = "ebpName", Facet::Str { min: 1, max: 100 }, false;
        /// `ebcCode`: 电商企业的海关注册登记编号。
        ebc_code: String = "ebcCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebcName`: 电商企业的海关注册登记名称。
        ebc_name: String = "ebcName", Facet::Str { min: 1, max: 100 }, false;
        /// `logisticsNo`: 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。
        logistics_no: String = "logisticsNo", Facet::Str { min: 1, max: 60 }, false;
        /// `logisticsCode`: 物流企业的海关注册登记编号。
        logistics_code: String = "logisticsCode", Facet::Str { min: 1, max: 18 }, false;
        /// `logisticsName`: 物流企业在海关注册登记的名称。
        logistics_name: String = "logisticsName", Facet::Str { min: 1, max: 100 }, false;
        /// `copNo` (optional): 企业内部标识单证的编号。
        cop_no: Option<String> = "copNo", Facet::Str { min: 0, max: 20 }, false;
        /// `preNo` (optional): 电子口岸标识单证的编号。
        pre_no: Option<String> = "preNo", Facet::Str { min: 0, max: 18 }, false;
        /// `assureCode`: 担保扣税的企业海关注册登记编号，只限清单的申报企业、电商企业物流企业。
        assure_code: String = "assureCode", Facet::Str { min: 1, max: 30 }, false;
        /// `emsNo` (optional): 保税模式必填，填写区内仓储企业在海关备案的账册编号，用于保税进口业务在特殊区域辅助系统记账（二线出区核减）。
        ems_no: Option<String> = "emsNo", Facet::Str { min: 0, max: 30 }, false;
        /// `invtNo` (optional): 海关接受申报生成的清单编号。
        invt_no: Option<String> = "invtNo", Facet::Str { min: 0, max: 18 }, false;
        /// `ieFlag`: I-进口,E-出口
        ie_flag: String = "ieFlag", Facet::Len(1), false;
        /// `declTime`: 申报日期，以海关计算机系统接受清单申报数据时记录的日期为准。格式:YYYYMMDD。
        decl_time: String = "declTime", Facet::Len(8), false;
        /// `customsCode`: 接受清单申报的海关关区代码，参照JGS/T 18《海关关区代码》。
        customs_code: String = "customsCode", Facet::Len(4), false;
        /// `portCode`: 商品实际进出我国关境口岸海关的关区代码，参照JGS/T 18《海关关区代码》。
        port_code: String = "portCode", Facet::Len(4), false;
        /// `ieDate` (optional): 运载所申报商品的运输工具申报进境的日期，进口申报时无法确知相应的运输工具的实际进境日期时，免填。格式:YYYYMMDD
        ie_date: Option<String> = "ieDate", Facet::Len(8), false;
        /// `buyerIdType`: 1-身份证,2-其它。限定为身份证，填写“1”。
        buyer_id_type: String = "buyerIdType", Facet::Len(1), false;
        /// `buyerIdNumber`: 订购人的身份证件号码。
        buyer_id_number: String = "buyerIdNumber", Facet::Str { min: 1, max: 60 }, true;
        /// `buyerName`: 订购人的真实姓名。
        buyer_name: String = "buyerName", Facet::Str { min: 1, max: 60 }, true;
        /// `buyerTelephone`: 订购人电话。
        buyer_telephone: String = "buyerTelephone", Facet::Str { min: 1, max: 30 }, true;
        /// `consigneeAddress`: 收件地址。
        consignee_address: String = "consigneeAddress", Facet::Str { min: 1, max: 200 }, true;
        /// `agentCode`: 申报单位的海关注册登记编号。
        agent_code: String = "agentCode", Facet::Str { min: 1, max: 18 }, false;
        /// `agentName`: 申报单位在海关注册登记的名称。
        agent_name: String = "agentName", Facet::Str { min: 1, max: 100 }, false;
        /// `areaCode` (optional): 保税模式必填，区内仓储企业的海关注册登记编号。
        area_code: Option<String> = "areaCode", Facet::Str { min: 0, max: 18 }, false;
        /// `areaName` (optional): 保税模式必填，区内仓储企业在海关注册登记的名称。
        area_name: Option<String> = "areaName", Facet::Str { min: 0, max: 100 }, false;
        /// `tradeMode`: 直购进口填写“9610”，保税进口填写“1210”。
        trade_mode: String = "tradeMode", Facet::Len(4), false;
        /// `trafMode`: 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式，保税进口指二线出区物流运输方式。
        traf_mode: String = "trafMode", Facet::Len(1), false;
        /// `trafNo` (optional): 直购进口必填。货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致；同报关单填制规范。保税进口免填。
        traf_no: Option<String> = "trafNo", Facet::Str { min: 0, max: 100 }, false;
        /// `voyageNo` (optional): 直购进口必填。货物进出境的运输工具的航次编号。保税进口免填。
        voyage_no: Option<String> = "voyageNo", Facet::Str { min: 0, max: 32 }, false;
        /// `billNo` (optional): 直购进口必填。货物提单或运单的编号，保税进口免填。
        bill_no: Option<String> = "billNo", Facet::Str { min: 0, max: 37 }, false;
        /// `loctNo` (optional): 针对同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分
        loct_no: Option<String> = "loctNo", Facet::Str { min: 0, max: 10 }, false;
        /// `licenseNo` (optional): 商务主管部门及其授权发证机关签发的进出口货物许可证件的编号
        license_no: Option<String> = "licenseNo", Facet::Str { min: 0, max: 19 }, false;
        /// `country`: 直购进口填写起始发出国家（地区）代码，参照《JGS-20 海关业务代码集》的国家（地区）代码表；保税进口填写代码“142”。
        country: String = "country", Facet::Len(3), false;
        /// `freight`: 物流企业实际收取的运输费用。
        freight: String = "freight", Facet::DECIMAL, false;
        /// `insuredFee`: 物流企业实际收取的商品保价费用。
        insured_fee: String = "insuredFee", Facet::DECIMAL, false;
        /// `currency`: 限定为人民币，填写“142”。
        currency: String = "currency", Facet::Fixed("142"), false;
        /// `wrapType` (optional): 海关对进出口货物实际采用的外部包装方式的标识代码，采用1 位数字表示，如：木箱、纸箱、桶装、散装、托盘、包、油罐车等
        wrap_type: Option<String> = "wrapType", Facet::Len(1), false;
        /// `packNo`: 件数为包裹数量，限定为“1”。
        pack_no: String = "packNo", Facet::Int { total_digits: 9 }, false;
        /// `grossWeight`: 货物及其包装材料的重量之和，计量单位为千克。
        gross_weight: String = "grossWeight", Facet::DECIMAL, false;
        /// `netWeight`: 货物的毛重减去外包装材料后的重量，即货物本身的实际重量，计量单位为千克。
        net_weight: String = "netWeight", Facet::DECIMAL, false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `InventoryList` record (进口清单表体实体; XSD22 `InventoryList`).
    InventoryListXml = "InventoryList" {
        /// `gnum`: 从1开始连续序号，与关联的电子订单表体序号一一对应。
        gnum: String = "gnum", Facet::Int { total_digits: 10 }, false;
        /// `itemRecordNo` (optional): 账册备案料号 保税模式必填
        item_record_no: Option<String> = "itemRecordNo", Facet::Str { min: 0, max: 30 }, false;
        /// `itemNo` (optional): 电商企业自定义的商品货号（SKU）。
        item_no: Option<String> = "itemNo", Facet::Str { min: 0, max: 20 }, false;
        /// `itemName` (optional): 交易平台销售商品的中文名称。
        item_name: Option<String> = "itemName", Facet::Str { min: 0, max: 250 }, false;
        /// `gcode`: 按商品分类编码规则确定的进出口商品的商品编号，分为商品编号和附加编号，其中商品编号栏应填报《中华人民共和国进出口税则》8位税则号列，附加编号应填报商品编号，附加编号第9、10位。
        gcode: String = "gcode", Facet::Len(10), false;
        /// `gname`: 商品名称应据实填报，与电子订单一致。
        gname: String = "gname", Facet::Str { min: 1, max: 250 }, false;
        /// `gmodel`: 满足海关归类、审价以及监管的要求为准。包括：品名、牌名、规格、型号、成份、含量、等级等。
        gmodel: String = "gmodel", Facet::Str { min: 1, max: 510 }, false;
        /// `barCode` (optional): 商品条码一般由前缀部分、制造厂商代码、商品代码和校验码组成。没有条码填“无”
        bar_code: Option<String> = "barCode", Facet::Str { min: 0, max: 50 }, false;
        /// `country`: 原产国（地区），海关标准的参数代码 《JGS-20 海关业务代码集》 国家（地区）代码表填写代码。
        country: String = "country", Facet::Len(3), false;
        /// `tradeCountry` (optional): 贸易国，按海关规定的《国别（地区）代码表》选择填报相应的贸易国（地区）代码。
        trade_country: Option<String> = "tradeCountry", Facet::Str { min: 1, max: 3 }, false;
        /// `currency`: 限定为人民币，填写“142”。
        currency: String = "currency", Facet::Fixed("142"), false;
        /// `qty`: 数量，按成交计量单位的实际数量
        qty: String = "qty", Facet::DECIMAL, false;
        /// `unit`: 计量单位，海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码
        unit: String = "unit", Facet::Len(3), false;
        /// `qty1`: 法定数量，海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码
        qty1: String = "qty1", Facet::DECIMAL, false;
        /// `unit1`: 法定i计量单位,海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码
        unit1: String = "unit1", Facet::Len(3), false;
        /// `qty2` (optional): 第二数量
        qty2: Option<String> = "qty2", Facet::DECIMAL, false;
        /// `unit2` (optional): 第二计量单位,海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码
        unit2: Option<String> = "unit2", Facet::Len(3), false;
        /// `price`: 成交单价
        price: String = "price", Facet::DECIMAL, false;
        /// `totalPrice`: 成交总价
        total_price: String = "totalPrice", Facet::DECIMAL, false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `InventoryReturn` record (进口清单回执实体; XSD22 `InventoryReturn`).
    InventoryReturnXml = "InventoryReturn" {
        /// `guid`: 电子口岸生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `customsCode` (optional): 申报口岸
        customs_code: Option<String> = "customsCode", Facet::Len(4), false;
        /// `ebpCode` (optional): 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。
        ebp_code: Option<String> = "ebpCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebcCode` (optional): 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。
        ebc_code: Option<String> = "ebcCode", Facet::Str { min: 1, max: 18 }, false;
        /// `agentCode` (optional): 申报单位代码,10位海关代码或者18位信用代码(兼容考虑，暂设为选填)
        agent_code: Option<String> = "agentCode", Facet::Str { min: 1, max: 18 }, false;
        /// `copNo`: 企业内部标识单证的编号
        cop_no: String = "copNo", Facet::Str { min: 1, max: 20 }, false;
        /// `preNo`: 电子口岸标识单证的编号
        pre_no: String = "preNo", Facet::Len(18), false;
        /// `invtNo` (optional): 海关审核反馈清单的编号
        invt_no: Option<String> = "invtNo", Facet::Len(18), false;
        /// `returnStatus`: 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/300人工审核/399海关审结/800放行/899结关/500查验/501扣留移送通关/502扣留移送缉私/503扣留移送法规/599其它扣留/700退运）,若小于0数字表示处理异常回执
        return_status: String = "returnStatus", Facet::Str { min: 1, max: 10 }, false;
        /// `returnTime`: 操作时间(格式:YYYYMMDDhhmmssSSS)
        return_time: String = "returnTime", Facet::Len(17), false;
        /// `returnInfo`: 回执信息（如:退单原因）
        return_info: String = "returnInfo", Facet::Str { min: 1, max: 1000 }, false;
    }

    /// The `InvtCancel` record (撤销申请单实体; XSD22 `InvtCancel`).
    InvtCancelXml = "InvtCancel" {
        /// `guid`: 企业系统生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `appType`: 企业报送类型。1-新增。默认为1。
        app_type: String = "appType", Facet::Len(1), false;
        /// `appTime`: 企业报送时间。格式:YYYYMMDDhhmmss。mss
        app_time: String = "appTime", Facet::Len(14), false;
        /// `appStatus`: 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写.
        app_status: String = "appStatus", Facet::Str { min: 1, max: 3 }, false;
        /// `customsCode`: 接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。
        customs_code: String = "customsCode", Facet::Len(4), false;
        /// `orderNo`: 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。
        order_no: String = "orderNo", Facet::Str { min: 1, max: 60 }, false;
        /// `ebpCode`: 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。
        ebp_code: String = "ebpCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebpName`: 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。
        ebp_name: String = "ebpName", Facet::Str { min: 1, max: 100 }, false;
        /// `ebcCode`: 电商企业的海关注册登记编号。
        ebc_code: String = "ebcCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebcName`: 电商企业的海关注册登记名称。
        ebc_name: String = "ebcName", Facet::Str { min: 1, max: 100 }, false;
        /// `logisticsNo`: 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。
        logistics_no: String = "logisticsNo", Facet::Str { min: 1, max: 60 }, false;
        /// `logisticsCode`: 物流企业的海关注册登记编号。
        logistics_code: String = "logisticsCode", Facet::Str { min: 1, max: 18 }, false;
        /// `logisticsName`: 物流企业在海关注册登记的名称。
        logistics_name: String = "logisticsName", Facet::Str { min: 1, max: 100 }, false;
        /// `copNo` (optional): 企业内部标识单证的编号
        cop_no: Option<String> = "copNo", Facet::Str { min: 0, max: 20 }, false;
        /// `preNo` (optional): 电子口岸标识单证的编号
        pre_no: Option<String> = "preNo", Facet::Str { min: 0, max: 18 }, false;
        /// `invtNo`: 申请撤销的原始清单编号。
        invt_no: String = "invtNo", Facet::Str { min: 1, max: 18 }, false;
        /// `buyerIdType`: 1-身份证,2-其它。限定为身份证，填写“1”。
        buyer_id_type: String = "buyerIdType", Facet::Len(1), false;
        /// `buyerIdNumber`: 订购人的身份证件号码。
        buyer_id_number: String = "buyerIdNumber", Facet::Str { min: 1, max: 60 }, true;
        /// `buyerName`: 订购人的真实姓名。
        buyer_name: String = "buyerName", Facet::Str { min: 1, max: 60 }, true;
        /// `buyerTelephone`: 订购人电话
        buyer_telephone: String = "buyerTelephone", Facet::Str { min: 1, max: 30 }, true;
        /// `agentCode`: 申报单位的海关注册登记编号。
        agent_code: String = "agentCode", Facet::Str { min: 1, max: 18 }, false;
        /// `agentName`: 申报单位在海关注册登记的名称。
        agent_name: String = "agentName", Facet::Str { min: 1, max: 100 }, false;
        /// `reason`: 撤单原因
        reason: String = "reason", Facet::Str { min: 1, max: 1000 }, false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `InvtCancelReturn` record (撤销申请单回执实体; XSD22 `InvtCancelReturn`).
    InvtCancelReturnXml = "InvtCancelReturn" {
        /// `guid`: 电子口岸生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `customsCode` (optional): 申报口岸
        customs_code: Option<String> = "customsCode", Facet::Len(4), false;
        /// `agentCode` (optional): 申报单位代码,10位海关代码或者18位信用代码（兼容考虑，暂设为选填）
        agent_code: Option<String> = "agentCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebpCode` (optional): 电商平台代码,10位海关代码或者18位信用代码(兼容考虑，暂设为选填)
        ebp_code: Option<String> = "ebpCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebcCode` (optional): 电商企业代码,10位海关代码或者18位信用代码(兼容考虑，暂设为选填)
        ebc_code: Option<String> = "ebcCode", Facet::Str { min: 1, max: 18 }, false;
        /// `copNo`: 企业内部标识单证的编号
        cop_no: String = "copNo", Facet::Str { min: 1, max: 20 }, false;
        /// `preNo`: 电子口岸标识单证的编号
        pre_no: String = "preNo", Facet::Len(18), false;
        /// `invtNo` (optional): 申请撤销的原始清单编号
        invt_no: Option<String> = "invtNo", Facet::Len(18), false;
        /// `returnStatus`: 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执
        return_status: String = "returnStatus", Facet::Str { min: 1, max: 10 }, false;
        /// `returnTime`: 操作时间(格式:YYYYMMDDhhmmssSSS)
        return_time: String = "returnTime", Facet::Len(17), false;
        /// `returnInfo`: 回执信息（如:退单原因）
        return_info: String = "returnInfo", Facet::Str { min: 1, max: 1000 }, false;
    }

    /// The `InvtRefundHead` record (退货申请单表头实体; XSD22 `InvtRefundHead`).
    InvtRefundHeadXml = "InvtRefundHead" {
        /// `guid`: 企业系统生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `appType`: 企业报送类型。1-新增 2-变更 3-删除。默认为1。
        app_type: String = "appType", Facet::Len(1), false;
        /// `appTime`: 企业报送时间。格式:YYYYMMDDhhmmss。mss
        app_time: String = "appTime", Facet::Len(14), false;
        /// `appStatus`: 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写.
        app_status: String = "appStatus", Facet::Str { min: 1, max: 3 }, false;
        /// `customsCode`: 接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。
        customs_code: String = "customsCode", Facet::Len(4), false;
        /// `orderNo`: 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。
        order_no: String = "orderNo", Facet::Str { min: 1, max: 60 }, false;
        /// `ebpCode`: 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。
        ebp_code: String = "ebpCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebpName`: 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。
        ebp_name: String = "ebpName", Facet::Str { min: 1, max: 100 }, false;
        /// `ebcCode`: 电商企业的海关注册登记编号。
        ebc_code: String = "ebcCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebcName`: 电商企业的海关注册登记名称。
        ebc_name: String = "ebcName", Facet::Str { min: 1, max: 100 }, false;
        /// `logisticsNo`: 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。
        logistics_no: String = "logisticsNo", Facet::Str { min: 1, max: 60 }, false;
        /// `logisticsCode`: 物流企业的海关注册登记编号。
        logistics_code: String = "logisticsCode", Facet::Str { min: 1, max: 18 }, false;
        /// `logisticsName`: 物流企业在海关注册登记的名称。
        logistics_name: String = "logisticsName", Facet::Str { min: 1, max: 100 }, false;
        /// `copNo` (optional): 企业内部标识单证的编号。
        cop_no: Option<String> = "copNo", Facet::Str { min: 0, max: 20 }, false;
        /// `preNo` (optional): 电子口岸标识单证的编号。
        pre_no: Option<String> = "preNo", Facet::Str { min: 0, max: 18 }, false;
        /// `invtNo`: 申请退货的原始清单编号。
        invt_no: String = "invtNo", Facet::Str { min: 1, max: 18 }, false;
        /// `buyerIdType`: 订购人证件类型
        buyer_id_type: String = "buyerIdType", Facet::Len(1), false;
        /// `buyerIdNumber`: 订购人证件号码
        buyer_id_number: String = "buyerIdNumber", Facet::Str { min: 1, max: 60 }, true;
        /// `buyerName`: 订购人姓名
        buyer_name: String = "buyerName", Facet::Str { min: 1, max: 60 }, true;
        /// `buyerTelephone`: 订购人电话
        buyer_telephone: String = "buyerTelephone", Facet::Str { min: 1, max: 30 }, true;
        /// `agentCode`: 申报单位的海关注册登记编号。
        agent_code: String = "agentCode", Facet::Str { min: 1, max: 18 }, false;
        /// `agentName`: 申报单位在海关注册登记的名称。
        agent_name: String = "agentName", Facet::Str { min: 1, max: 100 }, false;
        /// `reason`: 退货原因
        reason: String = "reason", Facet::Str { min: 1, max: 1000 }, false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `InvtRefundList` record (退货申请单表体实体; XSD22 `InvtRefundList`).
    InvtRefundListXml = "InvtRefundList" {
        /// `gnum`: 对应原清单表体序号（退货项序号）
        gnum: String = "gnum", Facet::Int { total_digits: 10 }, false;
        /// `gcode`: 按商品分类编码规则确定的进出口商品的商品编号，分为商品编号和附加编号，其中商品编号栏应填报《中华人民共和国进出口税则》8位税则号列，附加编号应填报商品编号，附加编号第9、10位。
        gcode: String = "gcode", Facet::Len(10), false;
        /// `gname`: 商品名称应据实填报，与清单一致。
        gname: String = "gname", Facet::Str { min: 1, max: 250 }, false;
        /// `qty`: 申请退货的数量，小于等于原清单的成交计量单位的数量
        qty: String = "qty", Facet::DECIMAL, false;
        /// `unit`: 海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码
        unit: String = "unit", Facet::Len(3), false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `InvtRefundReturn` record (退货申请单回执实体; XSD22 `InvtRefundReturn`).
    InvtRefundReturnXml = "InvtRefundReturn" {
        /// `guid`: 电子口岸生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `customsCode` (optional): 申报口岸
        customs_code: Option<String> = "customsCode", Facet::Len(4), false;
        /// `agentCode` (optional): 申报单位代码,10位海关代码或者18位信用代码（兼容考虑，暂设为选填）
        agent_code: Option<String> = "agentCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebpCode` (optional): 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。
        ebp_code: Option<String> = "ebpCode", Facet::Str { min: 1, max: 18 }, false;
        /// `ebcCode` (optional): 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。
        ebc_code: Option<String> = "ebcCode", Facet::Str { min: 1, max: 18 }, false;
        /// `copNo`: 企业内部标识单证的编号
        cop_no: String = "copNo", Facet::Str { min: 1, max: 20 }, false;
        /// `preNo`: 电子口岸标识单证的编号
        pre_no: String = "preNo", Facet::Len(18), false;
        /// `invtNo` (optional): 申请退货的原始清单编号
        invt_no: Option<String> = "invtNo", Facet::Len(18), false;
        /// `returnStatus`: 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执
        return_status: String = "returnStatus", Facet::Str { min: 1, max: 10 }, false;
        /// `returnTime`: 操作时间(格式:YYYYMMDDhhmmssSSS)
        return_time: String = "returnTime", Facet::Len(17), false;
        /// `returnInfo`: 备注（如不通过原因）
        return_info: String = "returnInfo", Facet::Str { min: 1, max: 1000 }, false;
    }

    /// The `DeliveryHead` record (入库明细单表头实体; XSD22 `DeliveryHead`).
    DeliveryHeadXml = "DeliveryHead" {
        /// `guid`: 企业系统生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `appType`: 企业报送类型。1-新增 2-变更 3-删除。默认为1。
        app_type: String = "appType", Facet::Len(1), false;
        /// `appTime`: 企业报送时间。格式:YYYYMMDDhhmmss。mss
        app_time: String = "appTime", Facet::Len(14), false;
        /// `appStatus`: 业务状态:1-暂存,2-申报,默认为1。
        app_status: String = "appStatus", Facet::Str { min: 1, max: 3 }, false;
        /// `customsCode`: 接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。
        customs_code: String = "customsCode", Facet::Len(4), false;
        /// `copNo` (optional): 企业内部标识单证的编号
        cop_no: Option<String> = "copNo", Facet::Str { min: 0, max: 20 }, false;
        /// `preNo` (optional): 电子口岸标识单证的编号
        pre_no: Option<String> = "preNo", Facet::Str { min: 0, max: 18 }, false;
        /// `rkdNo` (optional): 海关接受申报生成的入库单编号
        rkd_no: Option<String> = "rkdNo", Facet::Str { min: 0, max: 18 }, false;
        /// `operatorCode`: 监管场所经营人在海关注册登记的编号
        operator_code: String = "operatorCode", Facet::Str { min: 1, max: 18 }, false;
        /// `operatorName`: 监管场所经营人在海关注册登记的名称
        operator_name: String = "operatorName", Facet::Str { min: 1, max: 100 }, false;
        /// `ieFlag`: I进口/E出口
        ie_flag: String = "ieFlag", Facet::Len(1), false;
        /// `trafMode`: 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式。
        traf_mode: String = "trafMode", Facet::Len(1), false;
        /// `trafNo`: 货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致；同报关单填制规范。
        traf_no: String = "trafNo", Facet::Str { min: 1, max: 100 }, false;
        /// `voyageNo`: 货物进出境的运输工具的航次编号。
        voyage_no: String = "voyageNo", Facet::Str { min: 1, max: 32 }, false;
        /// `billNo`: 货物提单或运单的海运提单、空运总单或汽车载货清单
        bill_no: String = "billNo", Facet::Str { min: 1, max: 37 }, false;
        /// `logisticsCode`: 物流企业的海关注册登记编号
        logistics_code: String = "logisticsCode", Facet::Str { min: 1, max: 18 }, false;
        /// `logisticsName`: 物流企业的海关注册登记名称
        logistics_name: String = "logisticsName", Facet::Str { min: 1, max: 100 }, false;
        /// `unloadLocation` (optional): 货物卸货的仓储存放位置
        unload_location: Option<String> = "unloadLocation", Facet::Str { min: 0, max: 100 }, false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `DeliveryList` record (入库明细单表体实体; XSD22 `DeliveryList`).
    DeliveryListXml = "DeliveryList" {
        /// `gnum`: 从1开始的递增序号
        gnum: String = "gnum", Facet::Int { total_digits: 10 }, false;
        /// `logisticsNo`: 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。
        logistics_no: String = "logisticsNo", Facet::Str { min: 1, max: 60 }, false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `DeliveryReturn` record (入库明细单回执实体; XSD22 `DeliveryReturn`).
    DeliveryReturnXml = "DeliveryReturn" {
        /// `guid`: 电子口岸生成36位唯一序号（英文字母大写）
        guid: String = "guid", Facet::Len(36), false;
        /// `customsCode` (optional): 主管海关
        customs_code: Option<String> = "customsCode", Facet::Len(4), false;
        /// `operatorCode` (optional): 监管场所经营人代码 监管场所经营人作为第三方对入场所的大包开拆核实包裹（兼容考虑，暂设为选填）
        operator_code: Option<String> = "operatorCode", Facet::Str { min: 1, max: 18 }, false;
        /// `copNo` (optional): 企业内部标识单证的编号
        cop_no: Option<String> = "copNo", Facet::Str { min: 0, max: 20 }, false;
        /// `preNo` (optional): 电子口岸标识单证的编号
        pre_no: Option<String> = "preNo", Facet::Str { min: 0, max: 18 }, false;
        /// `rkdNo` (optional): 海关审核生成的入库单编号
        rkd_no: Option<String> = "rkdNo", Facet::Str { min: 0, max: 18 }, false;
        /// `returnStatus`: 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执
        return_status: String = "returnStatus", Facet::Str { min: 1, max: 10 }, false;
        /// `returnTime`: 操作时间(格式:YYYYMMDDhhmmssSSS)
        return_time: String = "returnTime", Facet::Len(17), false;
        /// `returnInfo`: 备注（如不通过原因）
        return_info: String = "returnInfo", Facet::Str { min: 1, max: 1000 }, false;
    }

    /// The `BaseTransfer` record (基础报文传输实体（需要与实际客户端传输企业一致）; XSD22 `BaseTransfer`).
    BaseTransferXml = "BaseTransfer" {
        /// `copCode`: 报文传输的企业代码（需要与接入客户端的企业身份一致）
        cop_code: String = "copCode", Facet::Str { min: 1, max: 18 }, false;
        /// `copName`: 报文传输的企业名称
        cop_name: String = "copName", Facet::Str { min: 0, max: 100 }, false;
        /// `dxpMode`: 默认为DXP；指中国电子口岸数据交换平台
        dxp_mode: String = "dxpMode", Facet::Len(3), false;
        /// `dxpId`: 向中国电子口岸数据中心申请数据交换平台的用户编号
        dxp_id: String = "dxpId", Facet::Str { min: 0, max: 30 }, false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

    /// The `BaseSubscribe` record (基础回执订阅实体（用于第三方提供数据的订阅下发）; XSD22 `BaseSubscribe`).
    BaseSubscribeXml = "BaseSubscribe" {
        /// `status`: 用户订阅单证业务状态的信息, ALL-订阅数据和回执, DATA-只订阅数据,RET- 只订阅回执
        status: String = "status", Facet::Str { min: 0, max: 100 }, false;
        /// `dxpMode`: 默认为DXP；指中国电子口岸数据交换平台
        dxp_mode: String = "dxpMode", Facet::Len(3), false;
        /// `dxpAddress`: 向中国电子口岸数据中心申请数据交换平台的用户编号
        dxp_address: String = "dxpAddress", Facet::Str { min: 0, max: 100 }, false;
        /// `note` (optional): 备注
        note: Option<String> = "note", Facet::Str { min: 0, max: 1000 }, false;
    }

}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_keeps_the_outer_quarters() {
        assert_eq!(mask("11010519491231002X"), "1101**********002X");
        assert_eq!(mask("13812345678"), "13*******78");
        assert_eq!(mask("张三"), "张*");
        assert_eq!(mask("焦洪宇"), "焦**");
        assert_eq!(mask("a"), "a");
        assert_eq!(mask(""), "");
    }

    #[test]
    fn debug_masks_only_personal_fields() {
        let head = PaymentHeadXml {
            payer_name: "张三".into(),
            payer_id_number: "11010519491231002X".into(),
            telephone: Some("13812345678".into()),
            order_no: "SO-1".into(),
            ..PaymentHeadXml::default()
        };
        let debug = format!("{head:?}");
        assert!(debug.contains(r#"payer_name: "张*""#), "{debug}");
        assert!(debug.contains(r#"payer_id_number: "1101**********002X""#), "{debug}");
        assert!(debug.contains(r#"telephone: Some("13*******78")"#), "{debug}");
        assert!(debug.contains(r#"order_no: "SO-1""#), "{debug}");
    }

    #[test]
    fn check_reports_the_first_violation_with_its_path() {
        let transfer = BaseTransferXml {
            cop_code: "1105910159".into(),
            cop_name: String::new(), // copName has no minLength
            dxp_mode: "DX".into(),
            dxp_id: String::new(),
            note: None,
        };
        assert_eq!(
            transfer.check(),
            Err(SchemaError::WrongLength {
                path: "BaseTransfer/dxpMode".into(),
                found: 2,
                expected: 3
            })
        );
    }
}
