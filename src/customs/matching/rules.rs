//! The rules of the three-document match, their evidence grades and sources.

use std::fmt;

/// How strong the evidence for a rule is, in the grades of the reference summary (§0, §3):
/// strongest first, so `Verified < Inferred` in the derived order.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{EvidenceGrade, Rule};
///
/// assert_eq!(Rule::PaidAmount.grade(), EvidenceGrade::Verified);
/// assert_eq!(Rule::BuyerIsPayer.grade(), EvidenceGrade::Practitioner);
/// assert_eq!(EvidenceGrade::Practitioner.to_string(), "practitioner");
/// assert!(EvidenceGrade::Verified < EvidenceGrade::Inferred);
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
#[strum(parse_err_ty = super::super::FieldError, parse_err_fn = super::super::FieldError::evidence_grade)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum EvidenceGrade {
    /// Read in the official message specification or XSD (规范 202205, XSD22).
    #[strum(serialize = "verified")]
    #[cfg_attr(feature = "serde", serde(rename = "verified"))]
    Verified,
    /// Official announcement text read through a third-party mirror.
    #[strum(serialize = "official-2nd")]
    #[cfg_attr(feature = "serde", serde(rename = "official-2nd"))]
    OfficialSecondHand,
    /// Practitioners' evidence: payment-provider documentation, receipt fixtures, customs
    /// simulators. Strong evidence of real behaviour, not normative.
    #[strum(serialize = "practitioner")]
    #[cfg_attr(feature = "serde", serde(rename = "practitioner"))]
    Practitioner,
    /// Inferred from the field structure; stated nowhere.
    #[strum(serialize = "inferred")]
    #[cfg_attr(feature = "serde", serde(rename = "inferred"))]
    Inferred,
}

impl EvidenceGrade {
    /// The four grades, strongest first.
    pub const ALL: &'static [Self] =
        &[Self::Verified, Self::OfficialSecondHand, Self::Practitioner, Self::Inferred];
}

impl super::super::FieldError {
    pub(crate) fn evidence_grade(found: &str) -> Self {
        Self::UnknownCode {
            element: "evidence grade",
            found: found.to_owned(),
            expected: "verified, official-2nd, practitioner or inferred",
        }
    }

    pub(crate) fn strictness(found: &str) -> Self {
        Self::UnknownCode {
            element: "strictness",
            found: found.to_owned(),
            expected: "verified, official, practitioner or inferred",
        }
    }

    pub(crate) fn rule(found: &str) -> Self {
        Self::UnknownCode {
            element: "rule",
            found: found.to_owned(),
            expected: "a rule code such as K1, R1 or R16.1",
        }
    }
}

/// Which evidence grades count in a match: a rule is checked when its grade is at least as
/// strong as the chosen level. The default, [`Strictness::Practitioner`], checks what customs
/// is known to apply from the specification and from practice, and leaves out what is only
/// inferred.
///
/// The join-key rules K1–K4, which decide whether the documents belong to one order at all,
/// are checked at every level (see [`Rule::is_join_key`]).
///
/// # Examples
///
/// ```
/// use crossborder::customs::{EvidenceGrade, Strictness};
///
/// assert!(Strictness::default().counts(EvidenceGrade::Practitioner));
/// assert!(!Strictness::default().counts(EvidenceGrade::Inferred));
/// assert!(!Strictness::Verified.counts(EvidenceGrade::OfficialSecondHand));
/// assert!(Strictness::Inferred.counts(EvidenceGrade::Inferred));
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
#[strum(serialize_all = "kebab-case", parse_err_ty = super::super::FieldError, parse_err_fn = super::super::FieldError::strictness)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Strictness {
    /// Only rules read in the specification or XSD.
    Verified,
    /// Also rules from official texts read second-hand (the transaction limits).
    Official,
    /// Also practitioners' rules (buyer = payer, inventory buyer, payment enterprise …).
    #[default]
    Practitioner,
    /// Every rule, including the inferred ones (goods value = Σ line totals, inventory address
    /// and freight).
    Inferred,
}

impl Strictness {
    /// Every level, strictest first.
    pub const ALL: &'static [Self] =
        &[Self::Verified, Self::Official, Self::Practitioner, Self::Inferred];

    /// Whether a rule of `grade` is checked at this level.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{EvidenceGrade, Strictness};
    ///
    /// assert!(Strictness::Official.counts(EvidenceGrade::OfficialSecondHand));
    /// ```
    pub const fn counts(self, grade: EvidenceGrade) -> bool {
        let weakest = match self {
            Self::Verified => 0,
            Self::Official => 1,
            Self::Practitioner => 2,
            Self::Inferred => 3,
        };
        let g = match grade {
            EvidenceGrade::Verified => 0,
            EvidenceGrade::OfficialSecondHand => 1,
            EvidenceGrade::Practitioner => 2,
            EvidenceGrade::Inferred => 3,
        };
        g <= weakest
    }
}

/// Defines `Rule` with its code, grade, title and source in one table.
macro_rules! rules {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $code:literal, $grade:ident, $title:literal, $source:literal;
    )+) => {
        /// A rule of the three-document match (三单对碰) or of the document pool.
        ///
        /// Codes `K1`–`K5` are the links between the documents (reference §3.1); `R1`–`R19`
        /// follow the numbering of the rule table of reference §3.2 (`R10` and `R16` are split
        /// in two because their parts have different evidence). Each rule has an evidence
        /// [`grade`](Self::grade), a one-line [`title`](Self::title) and the
        /// [`source`](Self::source) it comes from.
        ///
        /// `R18` (stale messages) and `R19` (duplicates, changes after the inventory is
        /// declared) are about a stream of messages; the [`MatchPool`](crate::customs::MatchPool)
        /// applies them, [`match_documents`](crate::customs::match_documents) never reports
        /// them.
        ///
        /// # Examples
        ///
        /// ```
        /// use crossborder::customs::{EvidenceGrade, Rule};
        ///
        /// assert_eq!(Rule::PaidIdentity.code(), "R1");
        /// assert_eq!("R16.1".parse::<Rule>()?, Rule::SingleLimit);
        /// assert_eq!(Rule::SingleLimit.grade(), EvidenceGrade::OfficialSecondHand);
        /// assert!(Rule::ALL.len() >= 25);
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(into = "&'static str", try_from = "String"))]
        #[non_exhaustive]
        pub enum Rule {
            $( $(#[$doc])* $variant, )+
        }

        impl Rule {
            /// Every rule, in report order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The rule's code (`K1`, `R1`, `R10.1` …).
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::Rule;
            ///
            /// assert_eq!(Rule::InventoryLineNumbers.code(), "R10.1");
            /// ```
            pub const fn code(self) -> &'static str {
                match self { $(Self::$variant => $code,)+ }
            }

            /// The evidence grade (reference §3).
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::{EvidenceGrade, Rule};
            ///
            /// assert_eq!(Rule::GoodsValueSum.grade(), EvidenceGrade::Inferred);
            /// ```
            pub const fn grade(self) -> EvidenceGrade {
                match self { $(Self::$variant => EvidenceGrade::$grade,)+ }
            }

            /// What the rule requires, in one line.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::Rule;
            ///
            /// assert!(Rule::PaidAmount.title().contains("amountPaid"));
            /// ```
            pub const fn title(self) -> &'static str {
                match self { $(Self::$variant => $title,)+ }
            }

            /// Where the rule comes from.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::customs::Rule;
            ///
            /// assert!(Rule::AnnualLimit.source().contains("49号"));
            /// ```
            pub const fn source(self) -> &'static str {
                match self { $(Self::$variant => $source,)+ }
            }

            const fn bit(self) -> u32 {
                1 << (self as u32)
            }
        }

        impl std::str::FromStr for Rule {
            type Err = super::super::FieldError;
            /// Parses a rule code (`"R2"`, `"K1"`, `"R16.1"`).
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok(Self::$variant),)+
                    _ => Err(super::super::FieldError::rule(s)),
                }
            }
        }
    };
}

rules! {
    /// K1: the payment names the order — `PaymentHead.orderNo` and `ebpCode` equal the
    /// order's.
    PaymentOrderLink = "K1", Practitioner,
        "payment orderNo and ebpCode equal the order's",
        "reference §3.1: identical XSD22 definitions; Antom: sub-order ids must equal the payment's order id";
    /// K2: the waybill names the order — `LogisticsHead.orderNo` equals the order's.
    WaybillOrderLink = "K2", Inferred,
        "waybill orderNo equals the order's",
        "reference §3.1: filling made mandatory by 海关总署公告2018年第113号; equality inferred";
    /// K3: the inventory names the order — `InventoryHead.orderNo`, `ebpCode`, `ebcCode` equal
    /// the order's.
    InventoryOrderLink = "K3", Practitioner,
        "inventory orderNo, ebpCode and ebcCode equal the order's",
        "reference §3.1: XSD22 structure; CRS simulator looks the order up by (orderNo, ebcCode)";
    /// K4: the inventory names the waybill — `logisticsCode` and `logisticsNo` equal the
    /// waybill's.
    InventoryWaybillLink = "K4", Practitioner,
        "inventory logisticsCode and logisticsNo equal the waybill's",
        "reference §3.1: XSD22 structure; CRS simulator looks the waybill up by (logisticsCode, logisticsNo)";
    /// K5: the order's optional `payTransactionId` equals the payment's.
    PaymentTransactionLink = "K5", Inferred,
        "order payTransactionId, when given, equals the payment's",
        "reference §3.1: XSD22 structure; equality inferred";
    /// R1: `acturalPaid = goodsValue + freight + taxTotal − discount`.
    PaidIdentity = "R1", Verified,
        "acturalPaid = goodsValue + freight + taxTotal - discount",
        "规范202205 表3-3 实际支付金额; XSD22 OrderHead/acturalPaid";
    /// R2: the order's `acturalPaid` equals the payment's `amountPaid`.
    PaidAmount = "R2", Verified,
        "order acturalPaid equals payment amountPaid",
        "规范202205 表3-3: 与支付凭证的支付金额一致";
    /// R3: the order's consignee name equals the waybill's.
    ConsigneeName = "R3", Verified,
        "order consignee equals waybill consignee",
        "规范202205 表3-3 / XSD22: 必须与电子运单的收货人姓名一致";
    /// R4: the order's consignee telephone equals the waybill's.
    ConsigneeTelephone = "R4", Verified,
        "order consigneeTelephone equals waybill consigneeTelephone",
        "规范202205 表3-3 / XSD22: 必须与电子运单的收货人电话一致";
    /// R5: the order's consignee address equals the waybill's.
    ConsigneeAddress = "R5", Verified,
        "order consigneeAddress equals waybill consigneeAddress",
        "规范202205 表3-3 / XSD22: 必须与电子运单的收货地址一致";
    /// R6: every order line's `totalPrice = price × qty`.
    LineTotal = "R6", Verified,
        "order line totalPrice = price x qty",
        "XSD22 OrderList/totalPrice: 等于单价乘以数量";
    /// R7: `goodsValue = Σ totalPrice` of the order lines.
    GoodsValueSum = "R7", Inferred,
        "order goodsValue equals the sum of the line totalPrice",
        "reference §3.2 R7: not stated; the official sample satisfies it";
    /// R8: the buyer is the payer (name, identity document type and number).
    BuyerIsPayer = "R8", Practitioner,
        "order buyer (name, id) equals payment payer",
        "receipt [Code:1327]; Antom, WeChat Pay, Alipay identity checks; 2016年第26号公告";
    /// R9: the inventory's buyer (name, identity document, telephone) equals the order's.
    InventoryBuyer = "R9", Practitioner,
        "inventory buyer (name, id, telephone) equals the order's",
        "receipt [Code:13127] 清单订购人和订单不一致";
    /// R10.1: inventory lines and order lines correspond one to one by `gnum`, and each
    /// `gname` equals the order line's `itemName`.
    InventoryLineNumbers = "R10.1", Verified,
        "inventory lines correspond one to one to order lines by gnum, with gname = itemName",
        "XSD22 InventoryList/gnum 与关联的电子订单表体序号一一对应; gname 与电子订单一致";
    /// R10.2: corresponding lines agree in quantity, unit, price, total and origin.
    InventoryLineValues = "R10.2", Practitioner,
        "corresponding inventory and order lines agree in qty, unit, price, totalPrice, country",
        "receipt [Code:1322] 订单清单表体商品项不一致";
    /// R11: the order's `payCode`, when given, equals the payment's.
    PaymentEnterprise = "R11", Practitioner,
        "order payCode, when given, equals payment payCode",
        "receipt [Code:13035] 支付企业不一致";
    /// R12: when the inventory is declared, the three documents are declared (`appStatus` 2).
    DocumentsDeclared = "R12", Practitioner,
        "order, payment and waybill are declared (appStatus 2) when matched with an inventory",
        "CRS simulator matches only documents in status 2";
    /// R13: the inventory's consignee address equals the order's.
    InventoryConsigneeAddress = "R13", Inferred,
        "inventory consigneeAddress equals the order's",
        "reference §3.2 R13: same field and meaning; no source states it";
    /// R14: the inventory's freight and insurance equal the waybill's, when the waybill gives
    /// them.
    InventoryFreight = "R14", Inferred,
        "inventory freight and insuredFee equal the waybill's, when given",
        "reference §3.2 R14: both are charged by the logistics enterprise; equality not stated";
    /// R15: the codes the specification fixes: identity document type `1` (身份证) for buyer
    /// and payer, `packNo` 1.
    FixedCodes = "R15", Verified,
        "buyerIdType/payerIdType are 1 and packNo is 1",
        "规范202205 表3-3, 3-10, 3-17, 3-31: 限定为身份证; 限定为1";
    /// R21 (the crate's number; the reference's R20 is the unverified amount tolerance): the
    /// inventory carries what its trade mode requires. Direct purchase (`9610`): `trafNo`,
    /// `voyageNo` and `billNo` (直购进口必填). Bonded import (`1210`): the account book `emsNo`
    /// and the zone enterprise `areaCode` (保税模式必填), departure country `142`
    /// (保税进口填写代码"142"), and each line's `itemRecordNo` (账册备案料号 保税模式必填). Other
    /// trade modes are not checked.
    InventoryModeFields = "R21", Verified,
        "inventory fields its trade mode requires (9610: trafNo, voyageNo, billNo; 1210: emsNo, areaCode, country 142, itemRecordNo)",
        "XSD22 InventoryHead trafNo/voyageNo/billNo: 直购进口必填, 保税进口免填; emsNo, areaCode: 保税模式必填; country: 保税进口填写代码“142”; InventoryList itemRecordNo: 保税模式必填";
    /// R16.1: the transaction does not exceed the single-transaction limit of 5,000 CNY
    /// (single-item orders excepted, taxed in full).
    SingleLimit = "R16.1", OfficialSecondHand,
        "the transaction does not exceed 5000 CNY, unless the order is a single item",
        "财关税〔2018〕49号 arts. 1-2 (limits 5000/26000); customs error -621005";
    /// R16.2: the buyer's annual total does not exceed 26,000 CNY.
    AnnualLimit = "R16.2", OfficialSecondHand,
        "the buyer's annual total including this transaction does not exceed 26000 CNY",
        "财关税〔2018〕49号 art. 1; customs error -621018; receipt [Code:1313]";
    /// R18: a message older than the stored one (`appTime`) is ignored.
    StaleMessage = "R18", Inferred,
        "a modification older than the stored document is ignored",
        "规范202205 表7-2: -301014/-401012 接收报文为旧报文数据，不做处理 (appTime comparison inferred)";
    /// R19: duplicates are refused, and an order cannot change once its inventory is declared.
    DuplicateOrDeclared = "R19", Verified,
        "a duplicate is refused; an order cannot change after its inventory is declared",
        "规范202205 表7-2: -301010 已存在相同编号的订单, -301011 该订单已向海关申报清单，状态不符";
}

impl Rule {
    /// Whether the rule is one of the join keys K1–K4 that decide whether the documents
    /// belong to one order; these are checked at every [`Strictness`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::Rule;
    ///
    /// assert!(Rule::WaybillOrderLink.is_join_key());
    /// assert!(!Rule::PaymentTransactionLink.is_join_key());
    /// ```
    pub const fn is_join_key(self) -> bool {
        matches!(
            self,
            Self::PaymentOrderLink
                | Self::WaybillOrderLink
                | Self::InventoryOrderLink
                | Self::InventoryWaybillLink
        )
    }

    /// The customs code reported in practice for a violation of this rule: the `[Code:n]`
    /// of the receipt `returnInfo` seen in practitioners' fixtures, or the negative error code
    /// of 规范 表7-2. `None` when none is known.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::Rule;
    ///
    /// assert_eq!(Rule::BuyerIsPayer.customs_code(), Some(1327));
    /// assert_eq!(Rule::SingleLimit.customs_code(), Some(-621005));
    /// assert_eq!(Rule::PaidIdentity.customs_code(), None);
    /// ```
    pub const fn customs_code(self) -> Option<i32> {
        match self {
            Self::BuyerIsPayer => Some(1327),
            Self::InventoryBuyer => Some(13127),
            Self::InventoryLineNumbers | Self::InventoryLineValues => Some(1322),
            Self::PaymentEnterprise => Some(13035),
            Self::SingleLimit => Some(-621_005),
            Self::AnnualLimit => Some(-621_018),
            Self::StaleMessage => Some(-301_014),
            Self::DuplicateOrDeclared => Some(-301_010),
            _ => None,
        }
    }
}

impl fmt::Display for Rule {
    /// The code (`R2`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl From<Rule> for &'static str {
    fn from(r: Rule) -> Self {
        r.code()
    }
}

impl TryFrom<String> for Rule {
    type Error = super::super::FieldError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl TryFrom<&str> for Rule {
    type Error = super::super::FieldError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// A set of [`Rule`]s (a bit set; `Copy`).
///
/// `Display` lists the codes, comma-separated, or `none`.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{Rule, RuleSet};
///
/// let set = RuleSet::EMPTY.with(Rule::PaidAmount).with(Rule::PaidIdentity);
/// assert!(set.contains(Rule::PaidAmount));
/// assert_eq!(set.to_string(), "R1, R2");
/// assert_eq!(set.len(), 2);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(from = "Vec<Rule>", into = "Vec<Rule>")
)]
pub struct RuleSet(u32);

impl RuleSet {
    /// No rule.
    pub const EMPTY: Self = Self(0);

    /// This set plus `rule`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{Rule, RuleSet};
    ///
    /// assert!(!RuleSet::EMPTY.with(Rule::LineTotal).is_empty());
    /// ```
    #[must_use]
    pub const fn with(self, rule: Rule) -> Self {
        Self(self.0 | rule.bit())
    }

    /// Whether `rule` is in the set.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{Rule, RuleSet};
    ///
    /// assert!(!RuleSet::EMPTY.contains(Rule::LineTotal));
    /// ```
    pub const fn contains(self, rule: Rule) -> bool {
        self.0 & rule.bit() != 0
    }

    /// Whether the set is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::RuleSet;
    ///
    /// assert!(RuleSet::EMPTY.is_empty());
    /// ```
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The number of rules in the set.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{Rule, RuleSet};
    ///
    /// assert_eq!(RuleSet::EMPTY.with(Rule::LineTotal).len(), 1);
    /// ```
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The members, in report order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{Rule, RuleSet};
    ///
    /// let set: RuleSet = [Rule::PaidAmount, Rule::PaymentOrderLink].into_iter().collect();
    /// assert_eq!(set.iter().next(), Some(Rule::PaymentOrderLink));
    /// ```
    pub fn iter(self) -> impl Iterator<Item = Rule> {
        Rule::ALL.iter().copied().filter(move |r| self.contains(*r))
    }
}

impl FromIterator<Rule> for RuleSet {
    fn from_iter<I: IntoIterator<Item = Rule>>(iter: I) -> Self {
        iter.into_iter().fold(Self::EMPTY, Self::with)
    }
}

impl From<Vec<Rule>> for RuleSet {
    fn from(v: Vec<Rule>) -> Self {
        v.into_iter().collect()
    }
}

impl From<RuleSet> for Vec<Rule> {
    fn from(s: RuleSet) -> Self {
        s.iter().collect()
    }
}

impl fmt::Debug for RuleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter().map(Rule::code)).finish()
    }
}

impl fmt::Display for RuleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("none");
        }
        for (i, rule) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(rule.code())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip() {
        for (i, r) in Rule::ALL.iter().enumerate() {
            assert_eq!(r.code().parse::<Rule>(), Ok(*r));
            assert!(Rule::ALL.iter().skip(i + 1).all(|o| o.code() != r.code()));
        }
        assert!(Rule::ALL.len() <= 32, "RuleSet is a u32");
    }

    #[test]
    fn strictness_parses_its_own_names() {
        for s in Strictness::ALL {
            assert_eq!(s.to_string().parse::<Strictness>(), Ok(*s));
        }
        assert_eq!("strict".parse::<Strictness>().map_err(|e| e.element()), Err("strictness"));
        for g in EvidenceGrade::ALL {
            assert_eq!(g.to_string().parse::<EvidenceGrade>(), Ok(*g));
        }
    }

    #[test]
    fn grades_follow_the_reference() {
        // Reference §3.2: R1-R6 and R15 [VERIFIED]; R8, R9, R11 [PRACTITIONER]; R7, R13 [INFERRED].
        for r in [Rule::PaidIdentity, Rule::PaidAmount, Rule::ConsigneeName, Rule::LineTotal] {
            assert_eq!(r.grade(), EvidenceGrade::Verified);
        }
        for r in [Rule::BuyerIsPayer, Rule::InventoryBuyer, Rule::PaymentEnterprise] {
            assert_eq!(r.grade(), EvidenceGrade::Practitioner);
        }
        for r in [Rule::GoodsValueSum, Rule::InventoryConsigneeAddress] {
            assert_eq!(r.grade(), EvidenceGrade::Inferred);
        }
    }
}
