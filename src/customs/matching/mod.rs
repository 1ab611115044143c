//! The three-document match (三单对碰): an order, a payment and a waybill, and optionally the
//! inventory declared on their basis, checked against every known rule at once.

use chrono::Datelike;
use rust_decimal::Decimal;

use super::DocumentKind::{Inventory as Inv, Order as Ord_, Payment as Pay, Waybill as Way};
use super::{
    AppStatus, CebDecimal, DocumentKind, Inventory, Order, PackNo, Payment, TradeMode, Waybill,
};
use crate::geo::CustomsCountryCode;
use crate::money::{Currency, Money};
use crate::party::{CustomsIdType, IdDocument, PersonName};

mod report;
mod rules;

pub use report::{FieldRef, MatchReport, ReportValue, Violation};
pub use rules::{EvidenceGrade, Rule, RuleSet, Strictness};

/// How personal text (names, addresses, goods names) is compared.
///
/// # Examples
///
/// ```
/// use crossborder::customs::TextComparison;
///
/// assert_eq!(TextComparison::default(), TextComparison::Exact);
/// assert_eq!("normalized".parse::<TextComparison>()?, TextComparison::Normalized);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case", parse_err_ty = super::FieldError, parse_err_fn = super::FieldError::text_comparison)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TextComparison {
    /// The values must be the same text (after the trimming every field gets). The
    /// specification says only "一致" (agree); exact equality is the safe reading.
    #[default]
    Exact,
    /// Equal after normalisation: [`PersonName::normalized_eq`] for names,
    /// [`normalize_text`](crate::geo::normalize_text) for addresses and goods names
    /// (full-width folding, whitespace, ASCII case).
    Normalized,
}

impl TextComparison {
    /// Both modes.
    pub const ALL: &'static [Self] = &[Self::Exact, Self::Normalized];
}

/// Which amount is compared with the transaction limits (rules R16.1 and R16.2).
///
/// 财关税〔2018〕49号 art. 2 speaks of the dutiable value (完税价格) exceeding the 5,000 CNY
/// single-transaction limit, and the 2016 policy (财关税〔2016〕18号) defines the dutiable
/// value as the actual transaction price including the retail price, freight and insurance.
/// Practitioners report that customs compares `acturalPaid`. Which one customs uses is not
/// verified (reference §3.2 R17, §8).
///
/// # Examples
///
/// ```
/// use crossborder::customs::LimitBasis;
///
/// assert_eq!(LimitBasis::default(), LimitBasis::DutiableValue);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case", parse_err_ty = super::FieldError, parse_err_fn = super::FieldError::limit_basis)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum LimitBasis {
    /// `goodsValue + freight + insuredFee` (the inventory's insurance, else the waybill's,
    /// else 0): the dutiable value as the law defines it.
    #[default]
    DutiableValue,
    /// The order's `acturalPaid` (what the buyer paid, tax included), as practitioners report.
    ActuralPaid,
}

impl LimitBasis {
    /// Both bases.
    pub const ALL: &'static [Self] = &[Self::DutiableValue, Self::ActuralPaid];
}

impl super::FieldError {
    fn text_comparison(found: &str) -> Self {
        Self::UnknownCode {
            element: "text comparison",
            found: found.to_owned(),
            expected: "exact or normalized",
        }
    }

    fn limit_basis(found: &str) -> Self {
        Self::UnknownCode {
            element: "limit basis",
            found: found.to_owned(),
            expected: "dutiable_value or actural_paid",
        }
    }
}

/// The options of a match. The default is exact: amounts equal to the last decimal, text
/// equal verbatim, rules of grade [`Strictness::Practitioner`] and stronger, limits compared
/// with the dutiable value.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{CebDecimal, MatchOptions, Strictness, TextComparison};
///
/// let lenient = MatchOptions::default()
///     .with_amount_tolerance("0.01".parse()?)
///     .with_text_comparison(TextComparison::Normalized)
///     .with_strictness(Strictness::Verified);
/// assert_eq!(lenient.amount_tolerance().to_string(), "0.01");
/// assert_eq!(MatchOptions::default().amount_tolerance(), CebDecimal::ZERO);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct MatchOptions {
    strictness: Strictness,
    amount_tolerance: CebDecimal,
    text_comparison: TextComparison,
    limit_basis: LimitBasis,
}

impl MatchOptions {
    /// The same options with `strictness`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{MatchOptions, Strictness};
    ///
    /// let o = MatchOptions::default().with_strictness(Strictness::Inferred);
    /// assert_eq!(o.strictness(), Strictness::Inferred);
    /// ```
    #[must_use]
    pub const fn with_strictness(mut self, strictness: Strictness) -> Self {
        self.strictness = strictness;
        self
    }

    /// The same options accepting amounts that differ by at most `tolerance` (rules R1, R2,
    /// R6, R7, R10.2, R14). Zero, the default, means exact equality. No official tolerance is
    /// known (reference §3.2 R20: the "5 %" and "±1 yuan" claims are unverified blogs).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::MatchOptions;
    ///
    /// let o = MatchOptions::default().with_amount_tolerance("1".parse()?);
    /// assert_eq!(o.amount_tolerance().to_string(), "1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_amount_tolerance(mut self, tolerance: CebDecimal) -> Self {
        self.amount_tolerance = tolerance;
        self
    }

    /// The same options comparing text with `comparison`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{MatchOptions, TextComparison};
    ///
    /// let o = MatchOptions::default().with_text_comparison(TextComparison::Normalized);
    /// assert_eq!(o.text_comparison(), TextComparison::Normalized);
    /// ```
    #[must_use]
    pub const fn with_text_comparison(mut self, comparison: TextComparison) -> Self {
        self.text_comparison = comparison;
        self
    }

    /// The same options comparing `basis` with the transaction limits.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{LimitBasis, MatchOptions};
    ///
    /// let o = MatchOptions::default().with_limit_basis(LimitBasis::ActuralPaid);
    /// assert_eq!(o.limit_basis(), LimitBasis::ActuralPaid);
    /// ```
    #[must_use]
    pub const fn with_limit_basis(mut self, basis: LimitBasis) -> Self {
        self.limit_basis = basis;
        self
    }

    /// Which evidence grades count.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{MatchOptions, Strictness};
    ///
    /// assert_eq!(MatchOptions::default().strictness(), Strictness::Practitioner);
    /// ```
    pub const fn strictness(&self) -> Strictness {
        self.strictness
    }

    /// The amount tolerance (zero: exact).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::MatchOptions;
    ///
    /// assert!(MatchOptions::default().amount_tolerance().is_zero());
    /// ```
    pub const fn amount_tolerance(&self) -> CebDecimal {
        self.amount_tolerance
    }

    /// How text is compared.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{MatchOptions, TextComparison};
    ///
    /// assert_eq!(MatchOptions::default().text_comparison(), TextComparison::Exact);
    /// ```
    pub const fn text_comparison(&self) -> TextComparison {
        self.text_comparison
    }

    /// Which amount the limits are compared with.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::{LimitBasis, MatchOptions};
    ///
    /// assert_eq!(MatchOptions::default().limit_basis(), LimitBasis::DutiableValue);
    /// ```
    pub const fn limit_basis(&self) -> LimitBasis {
        self.limit_basis
    }
}

/// Where the match learns how much of a buyer's annual limit is already used (rule R16.2).
///
/// The tax module's quota ledger is the natural implementation; until it is plugged in, use
/// [`NoQuota`] (the rule is then reported as not evaluated) or a fixed [`Money`] amount (the
/// same used amount for any buyer, handy for a one-off check).
///
/// # Examples
///
/// ```
/// use crossborder::customs::{AnnualQuota, NoQuota};
/// use crossborder::money::{Currency, Money};
/// use crossborder::party::{IdDocument, ResidentId};
///
/// let buyer = IdDocument::from(ResidentId::try_new("11010519491231002X")?);
/// assert_eq!(NoQuota.used(&buyer, 2026), None);
/// let used = Money::from_major(25_000, Currency::CNY)?;
/// assert_eq!(used.used(&buyer, 2026), Some(used));
///
/// /// A ledger of one buyer.
/// struct Ledger { buyer: IdDocument, used: Money }
/// impl AnnualQuota for Ledger {
///     fn used(&self, buyer: &IdDocument, _year: i32) -> Option<Money> {
///         (buyer == &self.buyer).then_some(self.used)
///     }
/// }
/// let ledger = Ledger { buyer: buyer.clone(), used };
/// assert_eq!(ledger.used(&buyer, 2026), Some(used));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait AnnualQuota {
    /// The amount (in CNY) `buyer` has already used in calendar `year`, before this
    /// transaction; `None` when unknown.
    fn used(&self, buyer: &IdDocument, year: i32) -> Option<Money>;
}

/// No quota data: the annual limit (R16.2) is not evaluated.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota, Rule};
///
/// let set = sample::matched_set()?;
/// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
/// assert!(report.not_evaluated().contains(Rule::AnnualLimit));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct NoQuota;

impl AnnualQuota for NoQuota {
    fn used(&self, _buyer: &IdDocument, _year: i32) -> Option<Money> {
        None
    }
}

impl AnnualQuota for Money {
    /// The same used amount for every buyer and year.
    fn used(&self, _buyer: &IdDocument, _year: i32) -> Option<Money> {
        Some(*self)
    }
}

/// The tax module's ledger: the amount the buyer has **used** (released orders, less timely
/// returns) in the year, per 财关税〔2018〕49号 item 一 and 海关总署公告2020年第45号. Reservations of
/// orders still in flight are not counted, so the order being matched is never counted twice.
/// The ledger is keyed by resident identity number; a buyer identified by another document
/// gives `None` and the annual limit is reported as not evaluated.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::customs::{match_documents, sample, MatchOptions, Rule};
/// use crossborder::party::ResidentId;
/// use crossborder::tax::{AnnualQuotaLedger, OrderRef};
///
/// let set = sample::matched_set()?;
/// let mut ledger = AnnualQuotaLedger::new();
/// // The sample buyer has already used 25,990.00 CNY this year.
/// let buyer: ResidentId = set.order.head().buyer_id.reveal().parse()?;
/// let day = NaiveDate::from_ymd_opt(2026, 1, 5).ok_or("date")?;
/// let earlier = OrderRef::try_new("EARLIER")?;
/// ledger.reserve(&buyer, earlier.clone(), day, "25990.00 CNY".parse()?)?;
/// ledger.commit(&buyer, &earlier, day)?;
/// let report = match_documents(&set.documents(), &MatchOptions::default(), &ledger);
/// assert!(report.violations().iter().any(|v| v.rule() == Rule::AnnualLimit));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl AnnualQuota for crate::tax::AnnualQuotaLedger {
    fn used(&self, buyer: &IdDocument, year: i32) -> Option<Money> {
        match buyer {
            IdDocument::ResidentId(id) => Some(crate::tax::AnnualQuotaLedger::used(self, id, year)),
            _ => None,
        }
    }
}

impl<T: AnnualQuota + ?Sized> AnnualQuota for &T {
    fn used(&self, buyer: &IdDocument, year: i32) -> Option<Money> {
        (**self).used(buyer, year)
    }
}

/// The documents of one order, borrowed for [`match_documents`]: the three documents and,
/// once declared, the inventory.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{sample, DocumentSet};
///
/// let set = sample::matched_set()?;
/// let without_inventory = DocumentSet { inventory: None, ..set.documents() };
/// assert!(without_inventory.inventory.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentSet<'a> {
    /// The order (CEB311).
    pub order: &'a Order,
    /// The payment voucher (CEB411).
    pub payment: &'a Payment,
    /// The waybill (CEB511).
    pub waybill: &'a Waybill,
    /// The inventory (CEB621), if declared.
    pub inventory: Option<&'a Inventory>,
}

/// The single-transaction limit, 5,000 CNY (财关税〔2018〕49号 art. 1).
///
/// # Examples
///
/// ```
/// use crossborder::customs::SINGLE_TRANSACTION_LIMIT;
///
/// assert_eq!(SINGLE_TRANSACTION_LIMIT.to_string(), "5000.00 CNY");
/// ```
pub const SINGLE_TRANSACTION_LIMIT: Money = Money::from_minor(500_000, Currency::CNY);

/// The annual limit per person, 26,000 CNY (财关税〔2018〕49号 art. 1).
///
/// # Examples
///
/// ```
/// use crossborder::customs::ANNUAL_LIMIT;
///
/// assert_eq!(ANNUAL_LIMIT.to_string(), "26000.00 CNY");
/// ```
pub const ANNUAL_LIMIT: Money = Money::from_minor(2_600_000, Currency::CNY);

/// Checks the documents of one order against every rule of [`Rule::ALL`] that applies and
/// returns a report listing **all** violations.
///
/// What is checked (codes as in [`Rule`]):
///
/// - the links K1–K5: the payment, waybill and inventory name this order, the inventory
///   names this waybill;
/// - the order's amounts: R1 `acturalPaid = goodsValue + freight + taxTotal − discount`,
///   R6 `totalPrice = price × qty` per line, R7 `goodsValue = Σ totalPrice`;
/// - order against payment: R2 paid amounts, R8 buyer = payer, R11 payment enterprise;
/// - order against waybill: R3–R5 consignee name, telephone, address;
/// - inventory against order and waybill: R9 buyer, R10.1/R10.2 lines by `gnum`, R12
///   documents declared, R13 address, R14 freight;
/// - R15 the fixed codes (ID type 1, `packNo` 1);
/// - R16.1 the 5,000 CNY single-transaction limit (an order of a single item is exempt and
///   taxed in full, 财关税〔2018〕49号 art. 2) and R16.2 the 26,000 CNY annual limit with the
///   amount `quota` reports as used in the year of the inventory's `declTime` (else the
///   order's `appTime`). "Exceeds" is strictly greater: exactly 5,000 is within the limit.
///
/// Amounts are compared exactly unless the options set a tolerance; text is compared as the
/// options say. Rules weaker than the options' [`Strictness`] are not checked and are listed
/// in [`MatchReport::not_evaluated`], as are rules lacking an input.
///
/// # Examples
///
/// ```
/// use crossborder::customs::{match_documents, sample, MatchOptions, NoQuota, Rule};
///
/// let mut set = sample::matched_set()?;
/// assert!(match_documents(&set.documents(), &MatchOptions::default(), &NoQuota).is_match());
///
/// set.order.head_mut().actural_paid = "372.70".parse()?; // breaks R1 and R2
/// let report = match_documents(&set.documents(), &MatchOptions::default(), &NoQuota);
/// let rules: Vec<_> = report.violated_rules().iter().collect();
/// assert_eq!(rules, [Rule::PaidIdentity, Rule::PaidAmount]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn match_documents(
    documents: &DocumentSet<'_>,
    options: &MatchOptions,
    quota: &(impl AnnualQuota + ?Sized),
) -> MatchReport {
    let mut m = Matcher {
        options,
        violations: Vec::new(),
        not_evaluated: RuleSet::EMPTY,
        order: documents.order,
    };
    m.links(documents);
    m.order_amounts();
    m.order_payment(documents.payment);
    m.order_waybill(documents.waybill);
    match documents.inventory {
        Some(inventory) => m.inventory(inventory, documents),
        None => {
            for rule in [
                Rule::InventoryBuyer,
                Rule::InventoryLineNumbers,
                Rule::InventoryLineValues,
                Rule::DocumentsDeclared,
                Rule::InventoryConsigneeAddress,
                Rule::InventoryFreight,
                Rule::InventoryModeFields,
            ] {
                m.not_evaluated = m.not_evaluated.with(rule);
            }
        }
    }
    m.fixed_codes(documents);
    m.limits(documents, quota);
    m.violations.sort_by_key(Violation::rule);
    MatchReport::new(m.violations, m.not_evaluated)
}

/// The running state of one match.
struct Matcher<'a> {
    options: &'a MatchOptions,
    violations: Vec<Violation>,
    not_evaluated: RuleSet,
    order: &'a Order,
}

fn head(document: DocumentKind, element: &'static str) -> FieldRef {
    FieldRef::head(document, element)
}

fn text(s: &impl AsRef<str>) -> ReportValue {
    ReportValue::Text(s.as_ref().to_owned())
}

/// A value holding personal data: `Display` is masked, `raw` is the full value.
trait Personal: std::fmt::Display {
    fn raw(&self) -> &str;
}

impl Personal for PersonName {
    fn raw(&self) -> &str {
        self.reveal()
    }
}

impl Personal for crate::party::Phone {
    fn raw(&self) -> &str {
        self.reveal()
    }
}

impl Personal for IdDocument {
    fn raw(&self) -> &str {
        self.reveal()
    }
}

impl Personal for super::ConsigneeAddress {
    fn raw(&self) -> &str {
        self.reveal()
    }
}

/// A violation between two personal values: both masked, with a note saying from which
/// character the full values differ (two different names can mask alike, `张三`/`张四` → `张*`).
fn personal<T: Personal + ?Sized>(
    rule: Rule,
    fields: Vec<FieldRef>,
    expected: &T,
    actual: &T,
) -> Violation {
    let position = expected
        .raw()
        .chars()
        .zip(actual.raw().chars())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.raw().chars().count().min(actual.raw().chars().count()))
        .saturating_add(1);
    Violation::new(
        rule,
        fields,
        ReportValue::Masked(expected.to_string()),
        ReportValue::Masked(actual.to_string()),
    )
    .with_note(format!("the unmasked values differ from character {position}"))
}

fn dec(d: CebDecimal) -> ReportValue {
    ReportValue::Decimal(d.as_decimal())
}

impl Matcher<'_> {
    /// Whether `rule` is to be checked; records it as not evaluated otherwise.
    fn active(&mut self, rule: Rule) -> bool {
        let on = rule.is_join_key() || self.options.strictness.counts(rule.grade());
        if !on {
            self.skip(rule);
        }
        on
    }

    fn skip(&mut self, rule: Rule) {
        self.not_evaluated = self.not_evaluated.with(rule);
    }

    fn push(&mut self, v: Violation) {
        self.violations.push(v);
    }

    /// Whether two amounts agree, exactly or within the tolerance.
    fn amounts_agree(&self, expected: Decimal, actual: Decimal) -> bool {
        if expected == actual {
            return true;
        }
        let tolerance = self.options.amount_tolerance.as_decimal();
        !tolerance.is_zero() && expected.checked_sub(actual).is_some_and(|d| d.abs() <= tolerance)
    }

    fn names_agree(&self, a: &PersonName, b: &PersonName) -> bool {
        match self.options.text_comparison {
            TextComparison::Exact => a == b,
            TextComparison::Normalized => a.normalized_eq(b),
        }
    }

    fn texts_agree(&self, a: &str, b: &str) -> bool {
        a == b
            || self.options.text_comparison == TextComparison::Normalized
                && crate::geo::normalize_text(a) == crate::geo::normalize_text(b)
    }

    fn addresses_agree(&self, a: &super::ConsigneeAddress, b: &super::ConsigneeAddress) -> bool {
        match self.options.text_comparison {
            TextComparison::Exact => a == b,
            TextComparison::Normalized => a.normalized_eq(b),
        }
    }

    /// Reports `rule` if two codes differ: `actual` is in `actual_field`, `expected` in
    /// `expected_field`.
    fn same_code<T: PartialEq + std::fmt::Display + ?Sized>(
        &mut self,
        rule: Rule,
        actual_field: FieldRef,
        actual: &T,
        expected_field: FieldRef,
        expected: &T,
    ) {
        // Typed equality: inline codes compare as bytes, without re-validating UTF-8.
        if actual != expected {
            self.push(Violation::new(
                rule,
                vec![actual_field, expected_field],
                ReportValue::Text(expected.to_string()),
                ReportValue::Text(actual.to_string()),
            ));
        }
    }

    /// Reports `rule` if two amounts disagree.
    fn same_amount(
        &mut self,
        rule: Rule,
        actual_field: FieldRef,
        actual: CebDecimal,
        expected_field: FieldRef,
        expected: CebDecimal,
    ) {
        if !self.amounts_agree(expected.as_decimal(), actual.as_decimal()) {
            self.push(Violation::new(
                rule,
                vec![actual_field, expected_field],
                dec(expected),
                dec(actual),
            ));
        }
    }

    /// K1–K5.
    fn links(&mut self, docs: &DocumentSet<'_>) {
        let order = self.order.head();
        let (payment, waybill) = (docs.payment, docs.waybill);
        if self.active(Rule::PaymentOrderLink) {
            self.same_code(
                Rule::PaymentOrderLink,
                head(Pay, "orderNo"),
                &payment.order_no,
                head(Ord_, "orderNo"),
                &order.order_no,
            );
            self.same_code(
                Rule::PaymentOrderLink,
                head(Pay, "ebpCode"),
                &payment.ebp_code,
                head(Ord_, "ebpCode"),
                &order.ebp_code,
            );
        }
        if self.active(Rule::WaybillOrderLink) {
            self.same_code(
                Rule::WaybillOrderLink,
                head(Way, "orderNo"),
                &waybill.order_no,
                head(Ord_, "orderNo"),
                &order.order_no,
            );
        }
        if let Some(inventory) = docs.inventory {
            let inv = inventory.head();
            if self.active(Rule::InventoryOrderLink) {
                let r = Rule::InventoryOrderLink;
                let (i_no, o_no) = (head(Inv, "orderNo"), head(Ord_, "orderNo"));
                self.same_code(r, i_no, &inv.order_no, o_no, &order.order_no);
                let (inv_field, order_field) = (head(Inv, "ebpCode"), head(Ord_, "ebpCode"));
                self.same_code(r, inv_field, &inv.ebp_code, order_field, &order.ebp_code);
                let (inv_field, order_field) = (head(Inv, "ebcCode"), head(Ord_, "ebcCode"));
                self.same_code(r, inv_field, &inv.ebc_code, order_field, &order.ebc_code);
            }
            if self.active(Rule::InventoryWaybillLink) {
                let r = Rule::InventoryWaybillLink;
                let (i_code, w_code) = (head(Inv, "logisticsCode"), head(Way, "logisticsCode"));
                self.same_code(r, i_code, &inv.logistics_code, w_code, &waybill.logistics_code);
                let (i_no, w_no) = (head(Inv, "logisticsNo"), head(Way, "logisticsNo"));
                self.same_code(r, i_no, &inv.logistics_no, w_no, &waybill.logistics_no);
            }
        } else {
            self.skip(Rule::InventoryOrderLink);
            self.skip(Rule::InventoryWaybillLink);
        }
        if self.active(Rule::PaymentTransactionLink) {
            match &order.pay_transaction_id {
                Some(id) => self.same_code(
                    Rule::PaymentTransactionLink,
                    head(Pay, "payTransactionId"),
                    &payment.pay_transaction_id,
                    head(Ord_, "payTransactionId"),
                    id,
                ),
                None => self.skip(Rule::PaymentTransactionLink),
            }
        }
    }

    /// R1, R6, R7.
    fn order_amounts(&mut self) {
        let order = self.order;
        let o = order.head();
        if self.active(Rule::PaidIdentity) {
            let expected = o
                .goods_value
                .as_decimal()
                .checked_add(o.freight.as_decimal())
                .and_then(|s| s.checked_add(o.tax_total.as_decimal()))
                .and_then(|s| s.checked_sub(o.discount.as_decimal()));
            match expected {
                Some(e) if !self.amounts_agree(e, o.actural_paid.as_decimal()) => {
                    self.push(Violation::new(
                        Rule::PaidIdentity,
                        vec![
                            head(Ord_, "acturalPaid"),
                            head(Ord_, "goodsValue"),
                            head(Ord_, "freight"),
                            head(Ord_, "taxTotal"),
                            head(Ord_, "discount"),
                        ],
                        ReportValue::Decimal(e),
                        dec(o.actural_paid),
                    ));
                }
                Some(_) => {}
                None => self.skip(Rule::PaidIdentity),
            }
        }
        if self.active(Rule::LineTotal) {
            for line in order.lines() {
                match line.price.as_decimal().checked_mul(line.qty.as_decimal()) {
                    Some(e) if !self.amounts_agree(e, line.total_price.as_decimal()) => {
                        self.push(Violation::new(
                            Rule::LineTotal,
                            vec![
                                FieldRef::line(Ord_, line.gnum, "totalPrice"),
                                FieldRef::line(Ord_, line.gnum, "price"),
                                FieldRef::line(Ord_, line.gnum, "qty"),
                            ],
                            ReportValue::Decimal(e),
                            dec(line.total_price),
                        ));
                    }
                    Some(_) => {}
                    None => self.skip(Rule::LineTotal),
                }
            }
        }
        if self.active(Rule::GoodsValueSum) {
            let sum = order
                .lines()
                .iter()
                .try_fold(Decimal::ZERO, |acc, l| acc.checked_add(l.total_price.as_decimal()));
            match sum {
                Some(s) if !self.amounts_agree(s, o.goods_value.as_decimal()) => {
                    self.push(Violation::new(
                        Rule::GoodsValueSum,
                        std::iter::once(head(Ord_, "goodsValue"))
                            .chain(
                                order
                                    .lines()
                                    .iter()
                                    .map(|l| FieldRef::line(Ord_, l.gnum, "totalPrice")),
                            )
                            .collect(),
                        ReportValue::Decimal(s),
                        dec(o.goods_value),
                    ));
                }
                Some(_) => {}
                None => self.skip(Rule::GoodsValueSum),
            }
        }
    }

    /// R2, R8, R11.
    fn order_payment(&mut self, p: &Payment) {
        let o = self.order.head();
        if self.active(Rule::PaidAmount) {
            self.same_amount(
                Rule::PaidAmount,
                head(Pay, "amountPaid"),
                p.amount_paid,
                head(Ord_, "acturalPaid"),
                o.actural_paid,
            );
        }
        if self.active(Rule::BuyerIsPayer) {
            if !self.names_agree(&o.buyer_name, &p.payer_name) {
                self.push(personal(
                    Rule::BuyerIsPayer,
                    vec![head(Pay, "payerName"), head(Ord_, "buyerName")],
                    &o.buyer_name,
                    &p.payer_name,
                ));
            }
            self.same_id(
                Rule::BuyerIsPayer,
                (head(Pay, "payerIdType"), head(Pay, "payerIdNumber"), &p.payer_id),
                (head(Ord_, "buyerIdType"), head(Ord_, "buyerIdNumber"), &o.buyer_id),
            );
        }
        if self.active(Rule::PaymentEnterprise) {
            match &o.pay_code {
                Some(code) => self.same_code(
                    Rule::PaymentEnterprise,
                    head(Pay, "payCode"),
                    &p.pay_code,
                    head(Ord_, "payCode"),
                    code,
                ),
                None => self.skip(Rule::PaymentEnterprise),
            }
        }
    }

    /// Reports `rule` if two identity documents differ in type code or number.
    fn same_id(
        &mut self,
        rule: Rule,
        actual: (FieldRef, FieldRef, &IdDocument),
        expected: (FieldRef, FieldRef, &IdDocument),
    ) {
        let (a_type, a_number, a) = actual;
        let (e_type, e_number, e) = expected;
        if a.customs_id_type() != e.customs_id_type() {
            self.push(Violation::new(
                rule,
                vec![a_type, e_type],
                text(&e.customs_id_type().code()),
                text(&a.customs_id_type().code()),
            ));
        }
        if a.reveal() != e.reveal() {
            self.push(personal(rule, vec![a_number, e_number], e, a));
        }
    }

    /// R3, R4, R5.
    fn order_waybill(&mut self, w: &Waybill) {
        let o = self.order.head();
        if self.active(Rule::ConsigneeName) && !self.names_agree(&o.consignee, &w.consignee) {
            self.push(personal(
                Rule::ConsigneeName,
                vec![head(Way, "consignee"), head(Ord_, "consignee")],
                &o.consignee,
                &w.consignee,
            ));
        }
        if self.active(Rule::ConsigneeTelephone) && o.consignee_telephone != w.consignee_telephone {
            self.push(personal(
                Rule::ConsigneeTelephone,
                vec![head(Way, "consigneeTelephone"), head(Ord_, "consigneeTelephone")],
                &o.consignee_telephone,
                &w.consignee_telephone,
            ));
        }
        if self.active(Rule::ConsigneeAddress)
            && !self.addresses_agree(&o.consignee_address, &w.consignee_address)
        {
            self.push(personal(
                Rule::ConsigneeAddress,
                vec![head(Way, "consigneeAddress"), head(Ord_, "consigneeAddress")],
                &o.consignee_address,
                &w.consignee_address,
            ));
        }
    }

    /// R9, R10.1, R10.2, R12, R13, R14.
    fn inventory(&mut self, inventory: &Inventory, d: &DocumentSet<'_>) {
        let o = self.order.head();
        let i = inventory.head();
        if self.active(Rule::InventoryBuyer) {
            if !self.names_agree(&i.buyer_name, &o.buyer_name) {
                self.push(personal(
                    Rule::InventoryBuyer,
                    vec![head(Inv, "buyerName"), head(Ord_, "buyerName")],
                    &o.buyer_name,
                    &i.buyer_name,
                ));
            }
            self.same_id(
                Rule::InventoryBuyer,
                (head(Inv, "buyerIdType"), head(Inv, "buyerIdNumber"), &i.buyer_id),
                (head(Ord_, "buyerIdType"), head(Ord_, "buyerIdNumber"), &o.buyer_id),
            );
            if i.buyer_telephone != o.buyer_telephone {
                self.push(personal(
                    Rule::InventoryBuyer,
                    vec![head(Inv, "buyerTelephone"), head(Ord_, "buyerTelephone")],
                    &o.buyer_telephone,
                    &i.buyer_telephone,
                ));
            }
        }
        self.inventory_lines(inventory);
        self.inventory_mode_fields(inventory);
        if self.active(Rule::DocumentsDeclared) {
            for (field, status) in [
                (head(Ord_, "appStatus"), o.app_status),
                (head(Pay, "appStatus"), d.payment.app_status),
                (head(Way, "appStatus"), d.waybill.app_status),
            ] {
                if status != AppStatus::Declared {
                    self.push(Violation::new(
                        Rule::DocumentsDeclared,
                        vec![field],
                        text(&AppStatus::Declared.code()),
                        text(&status.code()),
                    ));
                }
            }
        }
        if self.active(Rule::InventoryConsigneeAddress)
            && !self.addresses_agree(&i.consignee_address, &o.consignee_address)
        {
            self.push(personal(
                Rule::InventoryConsigneeAddress,
                vec![head(Inv, "consigneeAddress"), head(Ord_, "consigneeAddress")],
                &o.consignee_address,
                &i.consignee_address,
            ));
        }
        if self.active(Rule::InventoryFreight) {
            let w = d.waybill;
            if w.freight.is_none() && w.insured_fee.is_none() {
                self.skip(Rule::InventoryFreight);
            }
            if let Some(f) = w.freight {
                self.same_amount(
                    Rule::InventoryFreight,
                    head(Inv, "freight"),
                    i.freight,
                    head(Way, "freight"),
                    f,
                );
            }
            if let Some(f) = w.insured_fee {
                self.same_amount(
                    Rule::InventoryFreight,
                    head(Inv, "insuredFee"),
                    i.insured_fee,
                    head(Way, "insuredFee"),
                    f,
                );
            }
        }
    }

    /// R21: the fields the inventory's trade mode requires (XSD22 `InventoryHead` and
    /// `InventoryList` documentation).
    fn inventory_mode_fields(&mut self, inventory: &Inventory) {
        if !self.active(Rule::InventoryModeFields) {
            return;
        }
        let i = inventory.head();
        let missing = |field: FieldRef| {
            Violation::new(
                Rule::InventoryModeFields,
                vec![field],
                text(&"present"),
                text(&"absent"),
            )
        };
        if i.trade_mode == TradeMode::DIRECT_PURCHASE {
            for (element, present) in [
                ("trafNo", i.traf_no.is_some()),
                ("voyageNo", i.voyage_no.is_some()),
                ("billNo", i.bill_no.is_some()),
            ] {
                if !present {
                    self.push(missing(head(Inv, element)));
                }
            }
        } else if i.trade_mode == TradeMode::BONDED {
            for (element, present) in
                [("emsNo", i.ems_no.is_some()), ("areaCode", i.area_code.is_some())]
            {
                if !present {
                    self.push(missing(head(Inv, element)));
                }
            }
            if i.country != CustomsCountryCode::CHINA {
                self.push(Violation::new(
                    Rule::InventoryModeFields,
                    vec![head(Inv, "country")],
                    text(&CustomsCountryCode::CHINA.to_string()),
                    text(&i.country.to_string()),
                ));
            }
            for line in inventory.lines().iter().filter(|l| l.item_record_no.is_none()) {
                self.push(missing(FieldRef::line(Inv, line.gnum, "itemRecordNo")));
            }
        } else {
            self.skip(Rule::InventoryModeFields);
        }
    }

    /// R10.1 and R10.2.
    fn inventory_lines(&mut self, inventory: &Inventory) {
        let numbers = self.active(Rule::InventoryLineNumbers);
        let values = self.active(Rule::InventoryLineValues);
        if !numbers && !values {
            return;
        }
        let order = self.order;
        for ol in order.lines() {
            let Some(il) = inventory.line(ol.gnum) else {
                if numbers {
                    self.push(Violation::new(
                        Rule::InventoryLineNumbers,
                        vec![
                            FieldRef::line(Inv, ol.gnum, "gnum"),
                            FieldRef::line(Ord_, ol.gnum, "gnum"),
                        ],
                        text(&ol.gnum.to_string()),
                        ReportValue::Absent,
                    ));
                }
                continue;
            };
            let g = ol.gnum;
            // Typed equality first: inline texts compare as bytes, without re-validating UTF-8.
            if numbers
                && il.gname != ol.item_name
                && !self.texts_agree(il.gname.as_str(), ol.item_name.as_str())
            {
                self.push(Violation::new(
                    Rule::InventoryLineNumbers,
                    vec![FieldRef::line(Inv, g, "gname"), FieldRef::line(Ord_, g, "itemName")],
                    text(&ol.item_name),
                    text(&il.gname),
                ));
            }
            if values {
                let r = Rule::InventoryLineValues;
                for (element, actual, expected) in [
                    ("qty", il.qty, ol.qty),
                    ("price", il.price, ol.price),
                    ("totalPrice", il.total_price, ol.total_price),
                ] {
                    self.same_amount(
                        r,
                        FieldRef::line(Inv, g, element),
                        actual,
                        FieldRef::line(Ord_, g, element),
                        expected,
                    );
                }
                self.same_code(
                    r,
                    FieldRef::line(Inv, g, "unit"),
                    &il.unit,
                    FieldRef::line(Ord_, g, "unit"),
                    &ol.unit,
                );
                self.same_code(
                    r,
                    FieldRef::line(Inv, g, "country"),
                    &il.country,
                    FieldRef::line(Ord_, g, "country"),
                    &ol.country,
                );
            }
        }
        if numbers {
            for il in inventory.lines() {
                if order.line(il.gnum).is_none() {
                    self.push(Violation::new(
                        Rule::InventoryLineNumbers,
                        vec![
                            FieldRef::line(Ord_, il.gnum, "gnum"),
                            FieldRef::line(Inv, il.gnum, "gnum"),
                        ],
                        text(&il.gnum.to_string()),
                        ReportValue::Absent,
                    ));
                }
            }
        }
    }

    /// R15.
    fn fixed_codes(&mut self, d: &DocumentSet<'_>) {
        if !self.active(Rule::FixedCodes) {
            return;
        }
        let inventory = d.inventory.map(Inventory::head);
        let ids = [
            (head(Ord_, "buyerIdType"), Some(&d.order.head().buyer_id)),
            (head(Pay, "payerIdType"), Some(&d.payment.payer_id)),
            (head(Inv, "buyerIdType"), inventory.map(|h| &h.buyer_id)),
        ];
        for (field, id) in ids {
            let Some(id_type) = id.map(IdDocument::customs_id_type) else { continue };
            if id_type != CustomsIdType::IdentityCard {
                self.push(Violation::new(
                    Rule::FixedCodes,
                    vec![field],
                    text(&CustomsIdType::IdentityCard.code()),
                    text(&id_type.code()),
                ));
            }
        }
        let packs = [
            (head(Way, "packNo"), Some(d.waybill.pack_no)),
            (head(Inv, "packNo"), inventory.map(|h| h.pack_no)),
        ];
        for (field, pack) in packs {
            let Some(pack) = pack else { continue };
            if pack != PackNo::ONE {
                self.push(Violation::new(
                    Rule::FixedCodes,
                    vec![field],
                    text(&"1"),
                    text(&pack.to_string()),
                ));
            }
        }
    }

    /// R16.1 and R16.2.
    fn limits(&mut self, d: &DocumentSet<'_>, quota: &(impl AnnualQuota + ?Sized)) {
        let single = self.active(Rule::SingleLimit);
        let annual = self.active(Rule::AnnualLimit);
        if !single && !annual {
            return;
        }
        let o = d.order.head();
        let basis = self.options.limit_basis;
        let (insured, insured_field) = match (d.inventory, d.waybill.insured_fee) {
            (Some(inv), _) => (inv.head().insured_fee, Some(head(Inv, "insuredFee"))),
            (None, Some(fee)) => (fee, Some(head(Way, "insuredFee"))),
            (None, None) => (CebDecimal::ZERO, None),
        };
        let amount = match basis {
            LimitBasis::ActuralPaid => Some(o.actural_paid.as_decimal()),
            LimitBasis::DutiableValue => o
                .goods_value
                .as_decimal()
                .checked_add(o.freight.as_decimal())
                .and_then(|s| s.checked_add(insured.as_decimal())),
        };
        // Built only when a limit is exceeded.
        let basis_fields = || match basis {
            LimitBasis::ActuralPaid => vec![head(Ord_, "acturalPaid")],
            LimitBasis::DutiableValue => [head(Ord_, "goodsValue"), head(Ord_, "freight")]
                .into_iter()
                .chain(insured_field.clone())
                .collect(),
        };
        let basis_note = match basis {
            LimitBasis::ActuralPaid => "acturalPaid",
            LimitBasis::DutiableValue => "dutiable value goodsValue + freight + insuredFee",
        };
        let Some(amount) = amount else {
            self.skip(Rule::SingleLimit);
            self.skip(Rule::AnnualLimit);
            return;
        };
        if single {
            let limit = SINGLE_TRANSACTION_LIMIT.to_decimal();
            let single_item = matches!(d.order.lines(), [line] if line.qty == CebDecimal::ONE);
            if amount > limit && !single_item {
                self.push(
                    Violation::new(
                        Rule::SingleLimit,
                        basis_fields(),
                        ReportValue::Decimal(limit),
                        ReportValue::Decimal(amount),
                    )
                    .with_note(format!(
                        "{basis_note} exceeds the single-transaction limit of 5000 CNY; an order of one single item could still clear, taxed in full (财关税〔2018〕49号 art. 2)"
                    )),
                );
            }
        }
        if annual {
            self.annual(d, quota, amount, basis_fields, basis_note);
        }
    }

    fn annual(
        &mut self,
        d: &DocumentSet<'_>,
        quota: &(impl AnnualQuota + ?Sized),
        amount: Decimal,
        fields: impl FnOnce() -> Vec<FieldRef>,
        basis_note: &str,
    ) {
        let o = d.order.head();
        let year = d
            .inventory
            .map_or_else(|| o.app_time.naive().year(), |inv| inv.head().decl_time.date().year());
        let buyer = d.inventory.map_or(&o.buyer_id, |inv| &inv.head().buyer_id);
        let Some(used) = quota.used(buyer, year).filter(|m| m.currency() == Currency::CNY) else {
            self.skip(Rule::AnnualLimit);
            return;
        };
        let Some(total) = used.to_decimal().checked_add(amount) else {
            self.skip(Rule::AnnualLimit);
            return;
        };
        let limit = ANNUAL_LIMIT.to_decimal();
        if total > limit {
            self.push(
                Violation::new(
                    Rule::AnnualLimit,
                    fields(),
                    ReportValue::Decimal(limit),
                    ReportValue::Decimal(total),
                )
                .with_note(format!(
                    "{used} already used in {year} plus this transaction ({basis_note}) exceeds the annual limit of 26000 CNY"
                )),
            );
        }
    }
}
