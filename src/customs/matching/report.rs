//! The match report: every violated rule with the fields, expected and actual values.

use std::borrow::Cow;
use std::fmt;

use rust_decimal::Decimal;

use super::{EvidenceGrade, Rule, RuleSet};
use crate::customs::{DocumentKind, Gnum};

/// A field of one of the documents: the document, the XSD element, and the item line when the
/// field is in one.
///
/// `Display` prints an XPath-like form: `OrderHead/acturalPaid`,
/// `OrderList[gnum=2]/totalPrice`.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{DocumentKind, FieldRef, Gnum};
///
/// let f = FieldRef::head(DocumentKind::Payment, "amountPaid");
/// assert_eq!(f.to_string(), "PaymentHead/amountPaid");
/// let l = FieldRef::line(DocumentKind::Inventory, Gnum::try_new(2)?, "gname");
/// assert_eq!(l.to_string(), "InventoryList[gnum=2]/gname");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct FieldRef {
    /// The document.
    pub document: DocumentKind,
    /// The XSD element name (`acturalPaid`, `consignee`).
    pub element: Cow<'static, str>,
    /// The item line (`gnum`), for a field of `OrderList` or `InventoryList`.
    pub gnum: Option<Gnum>,
}

impl FieldRef {
    /// A field of the document's head.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DocumentKind, FieldRef};
    ///
    /// assert_eq!(FieldRef::head(DocumentKind::Order, "orderNo").gnum, None);
    /// ```
    pub const fn head(document: DocumentKind, element: &'static str) -> Self {
        Self { document, element: Cow::Borrowed(element), gnum: None }
    }

    /// A field of item line `gnum`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{DocumentKind, FieldRef, Gnum};
    ///
    /// let f = FieldRef::line(DocumentKind::Order, Gnum::try_new(1)?, "qty");
    /// assert_eq!(f.gnum.map(Gnum::get), Some(1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn line(document: DocumentKind, gnum: Gnum, element: &'static str) -> Self {
        Self { document, element: Cow::Borrowed(element), gnum: Some(gnum) }
    }
}

impl fmt::Display for FieldRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.gnum {
            None => write!(f, "{}/{}", self.document.head_element(), self.element),
            Some(g) => {
                let list = match self.document {
                    DocumentKind::Order => "OrderList",
                    DocumentKind::Inventory => "InventoryList",
                    DocumentKind::Payment => "PaymentHead",
                    DocumentKind::Waybill => "LogisticsHead",
                };
                write!(f, "{list}[gnum={g}]/{}", self.element)
            }
        }
    }
}

/// An expected or actual value in a report.
///
/// Personal data (names, telephones, identity numbers, addresses) is only ever held in its
/// masked form ([`ReportValue::Masked`]): a report is meant to be printed, logged and shown to
/// sellers; the full values stay in the documents the caller holds.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ReportValue;
/// use rust_decimal::Decimal;
///
/// assert_eq!(ReportValue::Decimal(Decimal::new(37276, 2)).to_string(), "372.76");
/// assert_eq!(ReportValue::Masked("张*".to_owned()).to_string(), "张*");
/// assert_eq!(ReportValue::Absent.to_string(), "(absent)");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "kind", content = "value"))]
pub enum ReportValue {
    /// An amount, quantity or weight; computed values (a sum, `price × qty`) may carry more
    /// than five decimals.
    Decimal(Decimal),
    /// A code or non-personal text, verbatim.
    Text(String),
    /// Personal data, masked (`张*`, `138****5678`, `110105********002X`).
    Masked(String),
    /// The field or line is absent.
    Absent,
}

impl fmt::Display for ReportValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Decimal(d) => fmt::Display::fmt(&d.normalize(), f),
            Self::Text(t) | Self::Masked(t) => f.write_str(t),
            Self::Absent => f.write_str("(absent)"),
        }
    }
}

/// One violated rule: which rule, its evidence grade, the fields involved, the expected and
/// the actual value, and an optional note.
///
/// The first field is the one whose value is `actual`; the others are the fields `expected`
/// was taken or computed from.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota, Rule};
///
/// let mut set = sample::matched_set()?;
/// set.payment.amount_paid = "372.75".parse()?;
/// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
/// let v = &report.violations()[0];
/// assert_eq!(v.rule(), Rule::PaidAmount);
/// assert_eq!(v.to_string(), "R2 (verified) order acturalPaid equals payment amountPaid: PaymentHead/amountPaid = 372.75, expected 372.76 (from OrderHead/acturalPaid)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Violation {
    rule: Rule,
    fields: Vec<FieldRef>,
    expected: ReportValue,
    actual: ReportValue,
    note: Option<String>,
}

impl Violation {
    pub(super) fn new(
        rule: Rule,
        fields: Vec<FieldRef>,
        expected: ReportValue,
        actual: ReportValue,
    ) -> Self {
        Self { rule, fields, expected, actual, note: None }
    }

    pub(super) fn with_note(mut self, note: String) -> Self {
        self.note = Some(note);
        self
    }

    /// The rule violated.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota};
    ///
    /// let mut set = sample::matched_set()?;
    /// set.payment.amount_paid = "372.75".parse()?;
    /// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
    /// let v = &report.violations()[0];
    /// assert_eq!(v.rule().code(), "R2");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// The rule's evidence grade.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{match_documents, sample, EvidenceGrade, MatchOptions, NoQuota};
    ///
    /// let mut set = sample::matched_set()?;
    /// set.payment.payer_name = "王五".parse()?;
    /// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
    /// assert_eq!(report.violations()[0].grade(), EvidenceGrade::Practitioner);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn grade(&self) -> EvidenceGrade {
        self.rule.grade()
    }

    /// The fields involved; the first holds the actual value.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota};
    ///
    /// let mut set = sample::matched_set()?;
    /// set.payment.amount_paid = "372.75".parse()?;
    /// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
    /// let v = &report.violations()[0];
    /// assert_eq!(v.fields()[0].to_string(), "PaymentHead/amountPaid");
    /// assert_eq!(v.fields()[1].to_string(), "OrderHead/acturalPaid");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fields(&self) -> &[FieldRef] {
        &self.fields
    }

    /// The value the rule requires.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota};
    ///
    /// let mut set = sample::matched_set()?;
    /// set.payment.amount_paid = "372.75".parse()?;
    /// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
    /// let v = &report.violations()[0];
    /// assert_eq!(v.expected().to_string(), "372.76");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn expected(&self) -> &ReportValue {
        &self.expected
    }

    /// The value found.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota};
    ///
    /// let mut set = sample::matched_set()?;
    /// set.payment.amount_paid = "372.75".parse()?;
    /// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
    /// let v = &report.violations()[0];
    /// assert_eq!(v.actual().to_string(), "372.75");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn actual(&self) -> &ReportValue {
        &self.actual
    }

    /// A note qualifying the violation (e.g. which amount the limit was compared with).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota};
    ///
    /// let mut set = sample::matched_set()?;
    /// set.waybill.consignee = "李五".parse()?; // masks like 李四: 李*
    /// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
    /// let v = &report.violations()[0];
    /// assert_eq!(v.expected(), v.actual());
    /// assert_eq!(v.note(), Some("the unmasked values differ from character 2"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}) {}: ", self.rule.code(), self.rule.grade(), self.rule.title())?;
        let mut fields = self.fields.iter();
        if let Some(first) = fields.next() {
            write!(f, "{first} = ")?;
        }
        write!(f, "{}, expected {}", self.actual, self.expected)?;
        let mut sources = fields.peekable();
        if sources.peek().is_some() {
            f.write_str(" (from ")?;
            for (i, field) in sources.enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{field}")?;
            }
            f.write_str(")")?;
        }
        if let Some(note) = &self.note {
            write!(f, "; {note}")?;
        }
        Ok(())
    }
}

/// The result of a three-document match: **every** violated rule, not only the first, and the
/// rules that could not be or were not evaluated.
///
/// A mismatch is a business outcome, not an error: the report is returned either way, and
/// [`is_match`](Self::is_match) tells which.
///
/// `Display` prints one line per violation (personal values masked), or `match`; either way it
/// ends with the rules not evaluated.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota, Rule};
///
/// let mut set = sample::matched_set()?;
/// set.payment.amount_paid = "1".parse()?; // R2
/// set.waybill.consignee = "王五".parse()?; // R3
/// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
/// assert!(!report.is_match());
/// let rules: Vec<Rule> = report.violated_rules().iter().collect();
/// assert_eq!(rules, [Rule::PaidAmount, Rule::ConsigneeName]);
/// assert!(report.to_string().contains("LogisticsHead/consignee = 王*, expected 李*"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct MatchReport {
    violations: Vec<Violation>,
    not_evaluated: RuleSet,
}

impl MatchReport {
    pub(super) fn new(violations: Vec<Violation>, not_evaluated: RuleSet) -> Self {
        Self { violations, not_evaluated }
    }

    /// Whether no rule was violated.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota};
    ///
    /// let set = sample::matched_set()?;
    /// assert!(match_documents(&set.documents(), &MatchOptions::default(), &NoQuota).is_match());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_match(&self) -> bool {
        self.violations.is_empty()
    }

    /// Every violation, in rule order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota};
    ///
    /// let mut set = sample::matched_set()?;
    /// set.payment.amount_paid = "372.75".parse()?;
    /// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
    /// assert_eq!(report.violations().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The set of rules violated (a rule may be violated by several fields).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota, Rule};
    ///
    /// let mut set = sample::matched_set()?;
    /// set.payment.payer_name = "王五".parse()?;
    /// set.payment.payer_id = "11010519491231002X".parse::<crossborder::party::ResidentId>()?.into();
    /// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
    /// assert_eq!(report.violated_rules().len(), 1);
    /// assert!(report.violated_rules().contains(Rule::BuyerIsPayer));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn violated_rules(&self) -> RuleSet {
        self.violations.iter().map(Violation::rule).collect()
    }

    /// The rules not evaluated: excluded by the [`Strictness`](super::Strictness), or lacking
    /// an input (no inventory; the order gives no `payCode` or `payTransactionId`; the
    /// waybill gives no freight; the buyer's annual usage is unknown; an arithmetic overflow).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota, Rule};
    ///
    /// let set = sample::matched_set()?;
    /// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
    /// assert!(report.not_evaluated().contains(Rule::AnnualLimit)); // no quota data
    /// assert!(report.not_evaluated().contains(Rule::GoodsValueSum)); // inferred: excluded
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn not_evaluated(&self) -> RuleSet {
        self.not_evaluated
    }
}

impl fmt::Display for MatchReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.violations.len() {
            0 => f.write_str("match")?,
            1 => f.write_str("mismatch: 1 violation")?,
            n => write!(f, "mismatch: {n} violations")?,
        }
        for v in &self.violations {
            write!(f, "\n- {v}")?;
        }
        if !self.not_evaluated.is_empty() {
            write!(f, "\nnot evaluated: {}", self.not_evaluated)?;
        }
        Ok(())
    }
}
