//! Customs documents, the three-document match, the pool and receipts (`crossborder::customs`).
//!
//! The matched set is `customs::sample` (its arithmetic is in that module's table). Every
//! mismatched set below is built by hand from it by changing the fields named, with the
//! expected effect worked out from the rule in a comment.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use crossborder::customs::{
    AppStatus, AppType, CebDecimal, CebTime, CustomsDocument, CustomsErrorCode,
    DeclarationLifecycle, DocumentKind, DocumentKinds, DocumentSet, EnterpriseCode, EvidenceGrade,
    FieldRef, Gnum, Inventory, LifecycleError, LimitBasis, MatchOptions, MatchPool, MatchReport,
    NoQuota, OrderNo, OrderStatus, PackNo, PoolError, Progress, ReceiptMeaning, ReportValue,
    ReturnInfo, ReturnStatus, Rule, RuleSet, Strictness, TextComparison, TradeMode, Transition,
    match_documents, sample,
};
use crossborder::geo::CustomsCountryCode;
use crossborder::money::{Currency, Money};
use crossborder::party::{DocumentNumber, IdDocument};
use proptest::prelude::*;
use rust_decimal::Decimal;

type Set = sample::SampleSet;

// Test helpers outside `#[test]` fns; every call passes valid literals.
#[allow(clippy::unwrap_used)]
fn set() -> Set {
    sample::matched_set().unwrap()
}

#[allow(clippy::unwrap_used)]
fn d(s: &str) -> CebDecimal {
    s.parse().unwrap()
}

#[allow(clippy::unwrap_used)]
fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().unwrap()
}

/// Every rule checked, with a quota so that R16.2 is evaluated too (nothing used yet).
fn all_rules() -> MatchOptions {
    MatchOptions::default().with_strictness(Strictness::Inferred)
}

fn zero_used() -> Money {
    Money::zero(Currency::CNY)
}

fn run(s: &Set, options: &MatchOptions) -> MatchReport {
    match_documents(&s.documents(), options, &zero_used())
}

fn rules(report: &MatchReport) -> Vec<Rule> {
    report.violated_rules().iter().collect()
}

/// Sets line `gnum`'s price in both the order and the inventory (total unchanged).
#[allow(clippy::unwrap_used)]
fn set_line(s: &mut Set, gnum: u16, price: &str, qty: &str, total: &str) {
    let (head, mut lines) = s.order.clone().into_parts();
    let line = lines.iter_mut().find(|l| l.gnum.get() == gnum).unwrap();
    (line.price, line.qty, line.total_price) = (d(price), d(qty), d(total));
    s.order = crossborder::customs::Order::try_new(head, lines).unwrap();
    let (head, mut lines) = s.inventory.clone().into_parts();
    let line = lines.iter_mut().find(|l| l.gnum.get() == gnum).unwrap();
    (line.price, line.qty, line.total_price) = (d(price), d(qty), d(total));
    s.inventory = crossborder::customs::Inventory::try_new(head, lines).unwrap();
}

/// Sets the order's goods value and the paid amounts so that R1, R2, R7 keep holding:
/// acturalPaid = goods + 10 (freight) + 32.76 (tax) − 20 (discount) = goods + 22.76.
#[allow(clippy::unwrap_used)]
fn set_goods_value(s: &mut Set, goods: &str) {
    let goods = d(goods);
    let paid = goods.as_decimal().checked_add(Decimal::new(2276, 2)).unwrap();
    let paid = CebDecimal::try_new(paid).unwrap();
    s.order.head_mut().goods_value = goods;
    s.order.head_mut().actural_paid = paid;
    s.payment.amount_paid = paid;
}

// ---------------------------------------------------------------- the matched set

#[test]
fn sample_set_matches_under_every_strictness_with_nothing_left_unchecked() {
    let s = set();
    for strictness in Strictness::ALL {
        let options = MatchOptions::default().with_strictness(*strictness);
        assert!(run(&s, &options).is_match(), "{strictness}: {}", run(&s, &options));
    }
    // With every grade counted and quota data given, every applicable rule is evaluated
    // (only the pool rules R18/R19 are never evaluated by the function).
    let report = run(&s, &all_rules());
    assert_eq!(report.not_evaluated(), RuleSet::EMPTY);
    assert_eq!(report.to_string(), "match");
}

#[test]
fn without_inventory_the_inventory_rules_are_not_evaluated() {
    let s = set();
    let docs = DocumentSet { inventory: None, ..s.documents() };
    let report = match_documents(&docs, &all_rules(), &zero_used());
    assert!(report.is_match());
    for rule in [
        Rule::InventoryOrderLink,
        Rule::InventoryWaybillLink,
        Rule::InventoryBuyer,
        Rule::InventoryLineNumbers,
        Rule::InventoryLineValues,
        Rule::DocumentsDeclared,
        Rule::InventoryConsigneeAddress,
        Rule::InventoryFreight,
    ] {
        assert!(report.not_evaluated().contains(rule), "{rule}");
    }
}

// ---------------------------------------------------------------- every rule alone

/// One mutation per rule, each breaking exactly that rule.
#[allow(clippy::unwrap_used)]
fn single_rule_cases() -> Vec<(Rule, Set)> {
    let mut cases = Vec::new();
    let mut push = |rule: Rule, f: &dyn Fn(&mut Set)| {
        let mut s = set();
        f(&mut s);
        cases.push((rule, s));
    };
    // K1: the payment names another order (and, separately, another platform).
    push(Rule::PaymentOrderLink, &|s| s.payment.order_no = "SO-2026-0002".parse().unwrap());
    push(Rule::PaymentOrderLink, &|s| s.payment.ebp_code = "3301960000".parse().unwrap());
    // K2: the waybill names another order.
    push(Rule::WaybillOrderLink, &|s| s.waybill.order_no = "SO-2026-0002".parse().unwrap());
    // K3: the inventory names another e-commerce enterprise.
    push(Rule::InventoryOrderLink, &|s| {
        s.inventory.head_mut().ebc_code = "3301960000".parse().unwrap();
    });
    // K4: the inventory names another waybill.
    push(Rule::InventoryWaybillLink, &|s| {
        s.inventory.head_mut().logistics_no = "SF999".parse().unwrap();
    });
    // K5: the order's payTransactionId differs from the payment's.
    push(Rule::PaymentTransactionLink, &|s| {
        s.payment.pay_transaction_id = "4200002026030199999999".parse().unwrap();
    });
    // R1: tax 30 instead of 32.76: 350 + 10 + 30 − 20 = 370 ≠ acturalPaid 372.76.
    push(Rule::PaidIdentity, &|s| s.order.head_mut().tax_total = d("30"));
    // R2: the payment says 372.75, the order 372.76.
    push(Rule::PaidAmount, &|s| s.payment.amount_paid = d("372.75"));
    // R3, R4, R5: the waybill's consignee name, telephone, address differ from the order's.
    push(Rule::ConsigneeName, &|s| s.waybill.consignee = "李四四".parse().unwrap());
    push(Rule::ConsigneeTelephone, &|s| {
        s.waybill.consignee_telephone = "13912345679".parse().unwrap();
    });
    push(Rule::ConsigneeAddress, &|s| {
        s.waybill.consignee_address = "上海市浦东新区张江路124号".parse().unwrap();
    });
    // R6: line 2 at 25 × 2 but total 51 (order and inventory alike, so R10.2 holds).
    push(Rule::LineTotal, &|s| set_line(s, 2, "25", "2", "51"));
    // R7: goods value 351 ≠ 299 + 51 = 350 (paid amounts follow: 351 + 22.76 = 373.76).
    push(Rule::GoodsValueSum, &|s| set_goods_value(s, "351"));
    // R8: the payer's name, and separately the payer's id, differ from the buyer's.
    push(Rule::BuyerIsPayer, &|s| s.payment.payer_name = "张四".parse().unwrap());
    push(Rule::BuyerIsPayer, &|s| {
        s.payment.payer_id = IdDocument::from(
            crossborder::party::ResidentId::try_new("440524188001010014").unwrap(),
        );
    });
    // R9: the inventory's buyer telephone differs from the order's.
    push(Rule::InventoryBuyer, &|s| {
        s.inventory.head_mut().buyer_telephone = "13812345679".parse().unwrap();
    });
    // R10.1: the inventory's line 2 is called differently (gname ≠ itemName).
    push(Rule::InventoryLineNumbers, &|s| {
        let (head, mut lines) = s.inventory.clone().into_parts();
        lines.get_mut(1).unwrap().gname = "乳霜".parse().unwrap();
        s.inventory = crossborder::customs::Inventory::try_new(head, lines).unwrap();
    });
    // R10.2: the inventory's line 1 comes from Japan (116), the order's from the US (502).
    push(Rule::InventoryLineValues, &|s| {
        let (head, mut lines) = s.inventory.clone().into_parts();
        lines.get_mut(0).unwrap().country = "116".parse().unwrap();
        s.inventory = crossborder::customs::Inventory::try_new(head, lines).unwrap();
    });
    // R11: the payment comes from another payment enterprise.
    push(Rule::PaymentEnterprise, &|s| s.payment.pay_code = "31222699S7".parse().unwrap());
    // R12: the payment is only a draft (暂存) while the inventory is declared.
    push(Rule::DocumentsDeclared, &|s| s.payment.app_status = AppStatus::Draft);
    // R13: the inventory's address differs from the order's.
    push(Rule::InventoryConsigneeAddress, &|s| {
        s.inventory.head_mut().consignee_address = "上海市浦东新区张江路1号".parse().unwrap();
    });
    // R14: the inventory's freight is 12, the waybill's 10.
    push(Rule::InventoryFreight, &|s| s.inventory.head_mut().freight = d("12"));
    // R15: two parcels under the waybill.
    push(Rule::FixedCodes, &|s| s.waybill.pack_no = PackNo::try_new(2).unwrap());
    // R21: a direct-purchase (9610) inventory without its flight number (XSD22 trafNo:
    // 直购进口必填).
    push(Rule::InventoryModeFields, &|s| s.inventory.head_mut().traf_no = None);
    // R16.1: line 1 at 5299: dutiable value 5299 + 51 + 10 + 0 = 5360 > 5000.
    push(Rule::SingleLimit, &|s| {
        set_line(s, 1, "5299", "1", "5299");
        set_goods_value(s, "5350");
    });
    cases
}

#[test]
fn every_rule_alone() {
    let cases = single_rule_cases();
    // Every rule the function checks has a case (the pool rules R18/R19 and R16.2 aside:
    // R16.2 needs quota data and is tested below).
    for rule in Rule::ALL {
        if matches!(rule, Rule::StaleMessage | Rule::DuplicateOrDeclared | Rule::AnnualLimit) {
            continue;
        }
        assert!(cases.iter().any(|(r, _)| r == rule), "no case for {rule}");
    }
    for (rule, s) in &cases {
        let report = run(s, &all_rules());
        assert_eq!(rules(&report), [*rule], "{rule}: {report}");
        for v in report.violations() {
            assert_eq!(v.grade(), rule.grade());
            assert!(!v.fields().is_empty());
            // Two personal values can mask alike (张三, 张四 → 张*): the note then says where
            // they differ.
            assert!(v.expected() != v.actual() || v.note().is_some(), "{v}");
        }
    }
}

#[test]
fn all_violations_are_listed_at_once() {
    let cases = single_rule_cases();
    // Apply every mutation whose fields are independent of the others' to one set.
    let mut s = set();
    s.payment.amount_paid = d("372.75"); // R2
    s.waybill.consignee = "王五".parse().unwrap(); // R3
    s.waybill.consignee_telephone = "13900000000".parse().unwrap(); // R4
    s.order.head_mut().tax_total = d("30"); // R1
    s.payment.payer_name = "张四".parse().unwrap(); // R8
    s.inventory.head_mut().freight = d("12"); // R14
    s.waybill.pack_no = PackNo::try_new(3).unwrap(); // R15
    s.payment.app_status = AppStatus::Draft; // R12
    let report = run(&s, &all_rules());
    let expected = [
        Rule::PaidIdentity,
        Rule::PaidAmount,
        Rule::ConsigneeName,
        Rule::ConsigneeTelephone,
        Rule::BuyerIsPayer,
        Rule::DocumentsDeclared,
        Rule::InventoryFreight,
        Rule::FixedCodes,
    ];
    assert_eq!(rules(&report), expected, "{report}");
    assert_eq!(report.violations().len(), expected.len());
    assert!(report.to_string().starts_with("mismatch: 8 violations"));
    // And the union of all single cases' rules is what the cases cover.
    let union: RuleSet = cases.iter().map(|(r, _)| *r).collect();
    assert!(union.len() >= 22);
}

#[test]
fn paid_identity_reports_the_computed_value() {
    let mut s = set();
    s.order.head_mut().discount = d("19.99");
    // expected acturalPaid = 350 + 10 + 32.76 − 19.99 = 372.77
    let report = run(&s, &all_rules());
    let v = &report.violations()[0];
    assert_eq!(v.rule(), Rule::PaidIdentity);
    assert_eq!(v.expected(), &ReportValue::Decimal(Decimal::new(37277, 2)));
    assert_eq!(v.actual(), &ReportValue::Decimal(Decimal::new(37276, 2)));
    assert_eq!(v.fields()[0], FieldRef::head(DocumentKind::Order, "acturalPaid"));
}

#[test]
fn line_total_is_exact_to_the_last_decimal() {
    let mut s = set();
    // 0.33333 × 3 = 0.99999, declared total 1: exact comparison reports it.
    set_line(&mut s, 2, "0.33333", "3", "1");
    set_goods_value(&mut s, "300");
    let report = run(&s, &all_rules());
    assert_eq!(rules(&report), [Rule::LineTotal]);
    let v = &report.violations()[0];
    assert_eq!(v.expected(), &ReportValue::Decimal(Decimal::new(99_999, 5)));
    assert_eq!(v.fields()[0].to_string(), "OrderList[gnum=2]/totalPrice");
    // A tolerance of 0.00001 accepts it, 0.000009 is not expressible (N19,5).
    let tolerant = all_rules().with_amount_tolerance(d("0.00001"));
    assert!(run(&s, &tolerant).is_match());
}

#[test]
fn tolerance_is_off_by_default_and_explicit() {
    let mut s = set();
    s.payment.amount_paid = d("372.77"); // 0.01 more than the order
    assert_eq!(rules(&run(&s, &all_rules())), [Rule::PaidAmount]);
    assert!(run(&s, &all_rules().with_amount_tolerance(d("0.01"))).is_match());
    s.payment.amount_paid = d("372.78");
    assert_eq!(rules(&run(&s, &all_rules().with_amount_tolerance(d("0.01")))), [Rule::PaidAmount]);
}

#[test]
fn strictness_chooses_the_grades() {
    // Goods value 351 breaks only R7 (inferred).
    let mut s = set();
    set_goods_value(&mut s, "351");
    assert!(run(&s, &MatchOptions::default()).is_match());
    assert!(run(&s, &MatchOptions::default()).not_evaluated().contains(Rule::GoodsValueSum));
    assert_eq!(rules(&run(&s, &all_rules())), [Rule::GoodsValueSum]);
    // The payer differs (R8, practitioner): counted by default, not under Verified.
    let mut s = set();
    s.payment.payer_name = "王五".parse().unwrap();
    assert_eq!(rules(&run(&s, &MatchOptions::default())), [Rule::BuyerIsPayer]);
    let verified = MatchOptions::default().with_strictness(Strictness::Verified);
    assert!(run(&s, &verified).is_match());
    // Join keys are checked whatever the strictness: K2 is inferred.
    let mut s = set();
    s.waybill.order_no = "SO-X".parse().unwrap();
    assert_eq!(rules(&run(&s, &verified)), [Rule::WaybillOrderLink]);
    assert_eq!(Rule::WaybillOrderLink.grade(), EvidenceGrade::Inferred);
}

#[test]
fn text_comparison_exact_by_default_normalized_on_request() {
    let mut s = set();
    // Full-width digits and an ideographic space: another text, the same place.
    s.waybill.consignee_address = "上海市　浦东新区张江路１２３号".parse().unwrap();
    assert_eq!(rules(&run(&s, &all_rules())), [Rule::ConsigneeAddress]);
    let normalized = all_rules().with_text_comparison(TextComparison::Normalized);
    assert!(run(&s, &normalized).is_match());
}

#[test]
fn personal_values_are_masked_in_the_report() {
    let mut s = set();
    s.payment.payer_name = "王五".parse().unwrap();
    s.payment.payer_id = IdDocument::Other(DocumentNumber::try_new("E12345678").unwrap());
    s.waybill.consignee_telephone = "13900000000".parse().unwrap();
    let report = run(&s, &all_rules());
    let text = format!("{report} {report:?}");
    for secret in ["王五", "张三", "E12345678", "11010519491231002X", "13900000000", "13912345678"]
    {
        assert!(!text.contains(secret), "{secret} leaked: {text}");
    }
    assert!(text.contains("王*"));
    assert!(text.contains("139****0000"));
    // R8 (name, type code, number) and R15 (payer id type 2 instead of 1).
    assert_eq!(rules(&report), [Rule::ConsigneeTelephone, Rule::BuyerIsPayer, Rule::FixedCodes]);
    assert_eq!(report.violations().iter().filter(|v| v.rule() == Rule::BuyerIsPayer).count(), 3);
}

// ---------------------------------------------------------------- limits

#[test]
fn single_limit_is_strictly_greater_than_5000() {
    // Dutiable value = goods + 10 (freight) + 0 (insurance).
    // goods 4990 → 5000 exactly: within the limit.
    let mut s = set();
    set_line(&mut s, 1, "4939", "1", "4939");
    set_goods_value(&mut s, "4990");
    assert!(run(&s, &all_rules()).is_match(), "{}", run(&s, &all_rules()));
    // goods 4990.00001 → 5000.00001: exceeds.
    set_line(&mut s, 1, "4939.00001", "1", "4939.00001");
    set_goods_value(&mut s, "4990.00001");
    let report = run(&s, &all_rules());
    assert_eq!(rules(&report), [Rule::SingleLimit]);
    let v = &report.violations()[0];
    assert_eq!(v.expected(), &ReportValue::Decimal(Decimal::new(5000, 0)));
    assert_eq!(v.actual(), &ReportValue::Decimal(Decimal::new(500_000_001, 5)));
    assert!(v.note().is_some_and(|n| n.contains("49号")));
}

#[test]
fn single_limit_basis_can_be_the_paid_amount() {
    // goods 4990: dutiable 5000 (within), acturalPaid 4990 + 22.76 = 5012.76 (exceeds).
    let mut s = set();
    set_line(&mut s, 1, "4939", "1", "4939");
    set_goods_value(&mut s, "4990");
    let paid = all_rules().with_limit_basis(LimitBasis::ActuralPaid);
    assert_eq!(rules(&run(&s, &paid)), [Rule::SingleLimit]);
}

#[test]
fn a_single_item_above_5000_is_exempt() {
    // One line, qty 1, price 6000: 财关税〔2018〕49号 art. 2 lets it clear, taxed in full.
    let mut s = set();
    let (head, mut lines) = s.order.clone().into_parts();
    lines.truncate(1);
    (lines[0].price, lines[0].total_price) = (d("6000"), d("6000"));
    s.order = crossborder::customs::Order::try_new(head, lines).unwrap();
    let (head, mut lines) = s.inventory.clone().into_parts();
    lines.truncate(1);
    (lines[0].price, lines[0].total_price) = (d("6000"), d("6000"));
    s.inventory = crossborder::customs::Inventory::try_new(head, lines).unwrap();
    set_goods_value(&mut s, "6000");
    assert!(!run(&s, &all_rules()).violated_rules().contains(Rule::SingleLimit));
    // Two pieces of the same item are not a single item.
    let (head, mut lines) = s.order.clone().into_parts();
    (lines[0].price, lines[0].qty) = (d("3000"), d("2"));
    s.order = crossborder::customs::Order::try_new(head, lines).unwrap();
    assert!(run(&s, &all_rules()).violated_rules().contains(Rule::SingleLimit));
}

#[test]
fn annual_limit_uses_the_quota_and_is_strictly_greater_than_26000() {
    let s = set();
    // This transaction's dutiable value: 350 + 10 + 0 = 360.
    let used = |yuan: i64| Money::from_major(yuan, Currency::CNY).unwrap();
    // 25,640 + 360 = 26,000: within.
    assert!(match_documents(&s.documents(), &all_rules(), &used(25_640)).is_match());
    // 25,641 + 360 = 26,001: exceeds.
    let report = match_documents(&s.documents(), &all_rules(), &used(25_641));
    assert_eq!(rules(&report), [Rule::AnnualLimit]);
    assert_eq!(report.violations()[0].actual(), &ReportValue::Decimal(Decimal::new(26_001, 0)));
    assert_eq!(Rule::AnnualLimit.customs_code(), Some(-621_018));
    // Unknown usage, or usage in another currency: not evaluated.
    let report = match_documents(&s.documents(), &all_rules(), &NoQuota);
    assert!(report.is_match() && report.not_evaluated().contains(Rule::AnnualLimit));
    let dollars = Money::from_major(30_000, Currency::USD).unwrap();
    let report = match_documents(&s.documents(), &all_rules(), &dollars);
    assert!(report.is_match() && report.not_evaluated().contains(Rule::AnnualLimit));
}

#[test]
fn quota_is_asked_for_the_buyer_and_the_declaration_year() {
    struct Ledger;
    impl crossborder::customs::AnnualQuota for Ledger {
        fn used(&self, buyer: &IdDocument, year: i32) -> Option<Money> {
            // Only 张三 in 2026 has used 26,000 already.
            (buyer.reveal() == "11010519491231002X" && year == 2026)
                .then(|| Money::from_major(26_000, Currency::CNY).ok())
                .flatten()
        }
    }
    let s = set();
    let report = match_documents(&s.documents(), &all_rules(), &Ledger);
    assert_eq!(rules(&report), [Rule::AnnualLimit]);
    let mut s2 = set();
    s2.inventory.head_mut().decl_time = "20270102".parse().unwrap();
    assert!(match_documents(&s2.documents(), &all_rules(), &Ledger).is_match());
}

// ---------------------------------------------------------------- documents

#[test]
fn documents_validate_their_lines() {
    let s = set();
    let (head, lines) = s.order.into_parts();
    let many: Vec<_> = (1..=100u16)
        .map(|n| {
            let mut l = lines[0].clone();
            l.gnum = Gnum::try_new(n).unwrap();
            l
        })
        .collect();
    assert!(crossborder::customs::Order::try_new(head.clone(), many[..99].to_vec()).is_ok());
    assert_eq!(
        crossborder::customs::Order::try_new(head, many).map(|_| ()),
        Err(crossborder::customs::DocumentError::TooManyLines {
            document: DocumentKind::Order,
            found: 100,
            max: 99
        })
    );
}

#[test]
fn debug_of_documents_masks_personal_data() {
    let s = set();
    let text = format!("{:?}{:?}{:?}{:?}", s.order, s.payment, s.waybill, s.inventory);
    for secret in [
        "张三",
        "李四",
        "11010519491231002X",
        "13812345678",
        "13912345678",
        "张江路123号",
        "buyer_zhangsan_01",
    ] {
        assert!(!text.contains(secret), "{secret} leaked");
    }
}

#[cfg(feature = "serde")]
#[test]
fn documents_and_reports_round_trip_through_json() {
    let s = set();
    let json = serde_json::to_string(&s.order).unwrap();
    assert!(json.contains("\"actural_paid\":\"372.76\""), "{json}");
    let back: crossborder::customs::Order = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s.order);
    for doc in [
        CustomsDocument::from(s.payment.clone()),
        CustomsDocument::from(s.waybill.clone()),
        CustomsDocument::from(s.inventory.clone()),
    ] {
        let json = serde_json::to_string(&doc).unwrap();
        let back: CustomsDocument = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc);
    }
    let mut m = set();
    m.payment.amount_paid = d("1");
    let report = run(&m, &all_rules());
    let json = serde_json::to_string(&report).unwrap();
    let back: MatchReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
    assert!(!back.is_match());
    // An order with a duplicate gnum does not deserialize.
    let bad = json_with_duplicate_gnum(&s.order);
    assert!(serde_json::from_str::<crossborder::customs::Order>(&bad).is_err());
}

#[cfg(feature = "serde")]
#[allow(clippy::unwrap_used)]
fn json_with_duplicate_gnum(order: &crossborder::customs::Order) -> String {
    let mut v = serde_json::to_value(order).unwrap();
    let lines = v.get_mut("lines").and_then(|l| l.as_array_mut()).unwrap();
    let first = lines.first().cloned().unwrap();
    lines.push(first);
    v.to_string()
}

// ---------------------------------------------------------------- the pool

fn docs_of(s: Set) -> Vec<CustomsDocument> {
    vec![s.order.into(), s.payment.into(), s.waybill.into(), s.inventory.into()]
}

fn key(s: &Set) -> (EnterpriseCode, OrderNo) {
    (s.order.head().ebp_code.clone(), s.order.head().order_no.clone())
}

fn status_kind(pool: &MatchPool<Money>, k: &(EnterpriseCode, OrderNo)) -> String {
    match pool.status(&k.0, &k.1) {
        None => "absent".to_owned(),
        Some(OrderStatus::Pending { missing }) => format!("pending {missing}"),
        Some(OrderStatus::Matched(_)) => "matched".to_owned(),
        Some(OrderStatus::Mismatched(r)) => format!("mismatched {}", r.violated_rules()),
        Some(_) => "other".to_owned(),
    }
}

fn new_pool() -> MatchPool<Money> {
    MatchPool::new(all_rules(), zero_used())
}

#[test]
fn every_arrival_order_of_the_four_documents_matches() {
    let s = set();
    let k = key(&s);
    let docs = docs_of(s);
    // All 24 permutations of [0, 1, 2, 3].
    let mut perms = Vec::new();
    for a in 0..4 {
        for b in 0..4 {
            for c in 0..4 {
                for e in 0..4 {
                    let p = [a, b, c, e];
                    if (0..4).all(|i| p.contains(&i)) {
                        perms.push(p);
                    }
                }
            }
        }
    }
    assert_eq!(perms.len(), 24);
    for p in perms {
        let mut pool = new_pool();
        let mut last = None;
        for i in p {
            last = Some(pool.submit(docs[i].clone(), t0()));
        }
        assert_eq!(last, Some(Ok(Progress::Matched)), "{p:?}");
        assert_eq!(status_kind(&pool, &k), "matched");
        assert_eq!(pool.counts(), (0, 1, 0));
    }
}

#[test]
fn pending_names_what_is_missing() {
    let s = set();
    let k = key(&s);
    let mut pool = new_pool();
    let p = pool.submit(s.order.clone().into(), t0());
    let missing = DocumentKinds::EMPTY.with(DocumentKind::Payment).with(DocumentKind::Waybill);
    assert_eq!(p, Ok(Progress::Pending { missing }));
    assert_eq!(status_kind(&pool, &k), "pending payment, waybill");
    // A waybill alone: its order number is known, its platform not yet.
    let mut pool = new_pool();
    let p = pool.submit(s.waybill.clone().into(), t0());
    let missing = DocumentKinds::EMPTY.with(DocumentKind::Order).with(DocumentKind::Payment);
    assert_eq!(p, Ok(Progress::Pending { missing }));
    assert_eq!(pool.len(), 0);
    assert!(!pool.is_empty());
}

#[test]
fn a_mismatch_is_a_status_with_the_report() {
    let mut s = set();
    s.payment.amount_paid = d("372.75");
    let k = key(&s);
    let mut pool = new_pool();
    for doc in docs_of(s) {
        let _ = pool.submit(doc, t0());
    }
    assert_eq!(status_kind(&pool, &k), "mismatched R2");
    assert_eq!(pool.counts(), (0, 0, 1));
}

#[test]
fn duplicates_are_refused_and_leave_the_pool_unchanged() {
    let s = set();
    let k = key(&s);
    let mut pool = new_pool();
    for doc in docs_of(s.clone()) {
        assert!(pool.submit(doc, t0()).is_ok());
    }
    let before = format!("{:?}", pool.status(&k.0, &k.1));
    for (doc, code) in docs_of(s).into_iter().zip([
        Some(CustomsErrorCode::ORDER_DUPLICATE),
        Some(CustomsErrorCode::PAYMENT_DUPLICATE),
        None,
        Some(CustomsErrorCode::INVENTORY_DUPLICATE),
    ]) {
        let kind = doc.kind();
        let err = pool.submit(doc, t0() + TimeDelta::hours(1));
        assert_eq!(err, Err(PoolError::Duplicate { document: kind }));
        assert_eq!(err.err().and_then(|e| e.customs_code()), code);
    }
    assert_eq!(format!("{:?}", pool.status(&k.0, &k.1)), before);
    assert_eq!(CustomsErrorCode::ORDER_DUPLICATE.get(), -301_010);
}

#[allow(clippy::unwrap_used)]
fn modified_payment(s: &Set, app_time: &str, amount: &str) -> CustomsDocument {
    let mut p = s.payment.clone();
    p.app_type = AppType::Modify;
    p.app_time = CebTime::parse(app_time).unwrap();
    p.amount_paid = d(amount);
    p.into()
}

#[test]
fn newer_modification_wins_and_stale_ones_are_ignored() {
    let mut s = set();
    s.payment.amount_paid = d("1"); // a wrong amount first
    let k = key(&s);
    let mut pool = new_pool();
    let mut draft = s.clone();
    draft.inventory.head_mut().app_status = AppStatus::Draft; // not declared: changes allowed
    for doc in docs_of(draft.clone()) {
        let _ = pool.submit(doc, t0());
    }
    assert_eq!(status_kind(&pool, &k), "mismatched R2");
    // The payment was sent at 10:05:00; a correction at 10:10:00 wins.
    let p = pool.submit(modified_payment(&s, "20260301101000", "372.76"), t0());
    assert_eq!(p, Ok(Progress::Matched));
    // A late copy of an older modification (10:07:00) is ignored: −401012.
    let err = pool.submit(modified_payment(&s, "20260301100700", "1"), t0());
    assert_eq!(
        err,
        Err(PoolError::Stale {
            document: DocumentKind::Payment,
            stored: CebTime::parse("20260301101000").unwrap(),
            received: CebTime::parse("20260301100700").unwrap(),
        })
    );
    assert_eq!(err.err().and_then(|e| e.customs_code()), Some(CustomsErrorCode::PAYMENT_STALE));
    // The same time again is not newer either.
    assert!(matches!(
        pool.submit(modified_payment(&s, "20260301101000", "1"), t0()),
        Err(PoolError::Stale { .. })
    ));
    assert_eq!(status_kind(&pool, &k), "matched");
}

#[test]
fn delete_and_modify_of_unknown_documents() {
    let s = set();
    let mut pool = new_pool();
    let err = pool.submit(modified_payment(&s, "20260301101000", "1"), t0());
    assert!(matches!(err, Err(PoolError::NotFound { document: DocumentKind::Payment, .. })));
    let mut del = s.order.clone();
    del.head_mut().app_type = AppType::Delete;
    assert!(matches!(
        pool.submit(del.into(), t0()),
        Err(PoolError::NotFound { app_type: AppType::Delete, .. })
    ));
    assert!(pool.is_empty());
}

#[test]
fn delete_withdraws_a_document() {
    let s = set();
    let k = key(&s);
    let mut pool = new_pool();
    let _ = pool.submit(s.order.clone().into(), t0());
    let _ = pool.submit(s.payment.clone().into(), t0());
    let mut del = s.payment.clone();
    del.app_type = AppType::Delete;
    del.app_time = CebTime::parse("20260301110000").unwrap();
    let p = pool.submit(del.into(), t0());
    let missing = DocumentKinds::EMPTY.with(DocumentKind::Payment).with(DocumentKind::Waybill);
    assert_eq!(p, Ok(Progress::Pending { missing }));
    let mut del = s.order.clone();
    del.head_mut().app_type = AppType::Delete;
    del.head_mut().app_time = CebTime::parse("20260301110000").unwrap();
    assert_eq!(pool.submit(del.into(), t0()), Ok(Progress::Withdrawn));
    assert_eq!(status_kind(&pool, &k), "absent");
    assert!(pool.is_empty());
}

#[test]
fn no_change_once_the_inventory_is_declared() {
    let s = set();
    let mut pool = new_pool();
    for doc in docs_of(s.clone()) {
        let _ = pool.submit(doc, t0());
    }
    let mut order = s.order.clone();
    order.head_mut().app_type = AppType::Modify;
    order.head_mut().app_time = CebTime::parse("20260302000000").unwrap();
    let err = pool.submit(order.into(), t0());
    assert_eq!(err, Err(PoolError::AlreadyDeclared { document: DocumentKind::Order }));
    assert_eq!(
        err.err().and_then(|e| e.customs_code()),
        Some(CustomsErrorCode::ORDER_INVENTORY_DECLARED)
    );
    let mut waybill = s.waybill.clone();
    waybill.app_type = AppType::Delete;
    waybill.app_time = CebTime::parse("20260302000000").unwrap();
    assert_eq!(
        pool.submit(waybill.into(), t0()),
        Err(PoolError::AlreadyDeclared { document: DocumentKind::Waybill })
    );
    // The inventory itself may still be modified (newer appTime).
    let mut inv = s.inventory.clone();
    inv.head_mut().app_type = AppType::Modify;
    inv.head_mut().app_time = CebTime::parse("20260302000000").unwrap();
    assert_eq!(pool.submit(inv.into(), t0()), Ok(Progress::Matched));
}

#[test]
fn eviction_returns_old_pending_documents_and_keeps_matched_ones() {
    let a = sample::numbered_set(1).unwrap();
    let b = sample::numbered_set(2).unwrap();
    let mut pool = new_pool();
    for doc in docs_of(a.clone()) {
        let _ = pool.submit(doc, t0());
    }
    // b: only the payment and the waybill, at t0 + 1 h.
    let _ = pool.submit(b.payment.clone().into(), t0() + TimeDelta::hours(1));
    let _ = pool.submit(b.waybill.clone().into(), t0() + TimeDelta::hours(1));
    // At t0 + 25 h with a 24 h limit: b is 24 h old, not older than 24 h.
    assert!(pool.evict_pending(t0() + TimeDelta::hours(25), TimeDelta::hours(24)).is_empty());
    let evicted = pool.evict_pending(t0() + TimeDelta::hours(26), TimeDelta::hours(24));
    assert_eq!(evicted.len(), 1);
    let e = &evicted[0];
    assert_eq!(e.order_no, b.order.head().order_no);
    assert_eq!(e.first_seen, t0() + TimeDelta::hours(1));
    assert_eq!(e.missing, DocumentKinds::EMPTY.with(DocumentKind::Order));
    let kinds: Vec<_> = e.documents.iter().map(CustomsDocument::kind).collect();
    assert_eq!(kinds, [DocumentKind::Payment, DocumentKind::Waybill]);
    assert_eq!(pool.counts(), (0, 1, 0)); // a stays, matched
}

#[test]
fn two_waybills_for_one_order_wait_for_the_inventory() {
    let s = set();
    let k = key(&s);
    let mut pool = new_pool();
    let mut other = s.waybill.clone();
    other.logistics_no = "SF0000000000001".parse().unwrap();
    for doc in
        [s.order.clone().into(), s.payment.clone().into(), s.waybill.clone().into(), other.into()]
    {
        let _ = pool.submit(doc, t0());
    }
    assert_eq!(status_kind(&pool, &k), "pending inventory");
    assert_eq!(pool.submit(s.inventory.clone().into(), t0()), Ok(Progress::Matched));
}

#[test]
fn memory_per_pending_order_is_under_1_kib() {
    let mut pool = new_pool();
    for n in 0..1000 {
        let s = sample::numbered_set(n).unwrap();
        let _ = pool.submit(s.order.into(), t0());
        let _ = pool.submit(s.waybill.into(), t0());
    }
    let memory = pool.memory();
    assert_eq!(memory.orders, 1000);
    assert_eq!(pool.counts(), (1000, 0, 0));
    assert!(memory.bytes_per_order() <= 1024, "{memory:?}");
}

// ---------------------------------------------------------------- receipts

#[test]
fn every_status_of_the_reference_is_known() {
    // Reference §4.1, CEB622 list plus the practitioner 400 and 600.
    for code in [
        "1", "2", "3", "4", "100", "120", "300", "399", "400", "500", "501", "502", "503", "599",
        "600", "700", "800", "899",
    ] {
        let s: ReturnStatus = code.parse().unwrap();
        assert!(!matches!(s, ReturnStatus::Other(_)), "{code}");
        assert_eq!(s.to_string(), code);
    }
    assert_eq!(ReturnStatus::KNOWN.len(), 18);
    // The official samples' 18 and 23 are kept verbatim.
    assert_eq!("23".parse(), Ok(ReturnStatus::Other("23".to_owned())));
    assert!("-621005".parse::<ReturnStatus>().is_ok_and(|s| s.is_exception()));
}

#[test]
fn meanings() {
    let m = |c: &str| c.parse::<ReturnStatus>().map(|s| s.meaning()).ok();
    assert_eq!(m("2"), Some(ReceiptMeaning::Processing));
    assert_eq!(m("120"), Some(ReceiptMeaning::Processing));
    assert_eq!(m("300"), Some(ReceiptMeaning::Held));
    assert_eq!(m("502"), Some(ReceiptMeaning::Held));
    assert_eq!(m("600"), Some(ReceiptMeaning::Held));
    assert_eq!(m("800"), Some(ReceiptMeaning::Released));
    assert_eq!(m("899"), Some(ReceiptMeaning::Released));
    assert_eq!(m("700"), Some(ReceiptMeaning::Returned));
    assert_eq!(m("100"), Some(ReceiptMeaning::Rejected));
    assert_eq!(m("-301010"), Some(ReceiptMeaning::Rejected));
    assert_eq!(m("18"), Some(ReceiptMeaning::Unknown));
}

#[test]
fn return_info_of_the_reference() {
    // Reference §4.1 texts (DANDING fixtures and CRS).
    let cases = [
        ("[Code:1800;Desc:逻辑校验通过]", Some(1800), Some("逻辑校验通过"), ""),
        ("[Code:2600;Desc:放行]", Some(2600), Some("放行"), ""),
        ("[Code:13035;Desc:支付企业不一致]", Some(13035), Some("支付企业不一致"), ""),
        (
            "[Code:2300;Desc:审核通过],撤单申请审核通过,清单已成功撤单",
            Some(2300),
            Some("审核通过"),
            "撤单申请审核通过,清单已成功撤单",
        ),
        ("清单新增申报成功", None, None, "清单新增申报成功"),
        ("暂存", None, None, "暂存"),
    ];
    for (text, code, desc, rest) in cases {
        let info = ReturnInfo::parse(text);
        assert_eq!(info.code_number(), code, "{text}");
        assert_eq!(info.description(), desc, "{text}");
        assert_eq!(info.remainder(), rest, "{text}");
        assert_eq!(info.to_string(), text);
    }
}

#[allow(clippy::unwrap_used)]
fn apply_all(codes: &[&str]) -> Result<DeclarationLifecycle, LifecycleError> {
    let mut life = DeclarationLifecycle::new();
    for c in codes {
        life.apply(&c.parse().unwrap())?;
    }
    Ok(life)
}

#[test]
fn observed_lifecycles_are_accepted() {
    // CRS simulator: 2 → 120 → 399; DANDING: 2 → 120 → 800; the inferred full path;
    // an inspection ending in return; a rejection re-declared.
    for path in [
        &["2", "120", "399"][..],
        &["2", "120", "800"],
        &["1", "2", "3", "120", "300", "399", "800", "899"],
        &["2", "120", "500", "502", "700"],
        &["2", "100", "2", "120", "600", "120", "800"],
        &["2", "4", "2", "3", "120", "400", "500", "399", "800"],
    ] {
        assert!(apply_all(path).is_ok(), "{path:?}");
    }
    assert!(apply_all(&["2", "120", "700"]).is_ok_and(|l| l.is_final()));
}

#[test]
fn impossible_transitions_are_typed_errors() {
    for (path, from, to) in [
        (&["800"][..], None, ReturnStatus::Released),
        (&["2", "800"], Some(ReturnStatus::Declaring), ReturnStatus::Released),
        (&["2", "120", "800", "120"], Some(ReturnStatus::Released), ReturnStatus::Accepted),
        (&["2", "120", "700", "800"], Some(ReturnStatus::Returned), ReturnStatus::Released),
        (&["2", "120", "800", "899", "800"], Some(ReturnStatus::Closed), ReturnStatus::Released),
    ] {
        assert_eq!(
            apply_all(path).err(),
            Some(LifecycleError::Impossible { from, to }),
            "{path:?}"
        );
    }
    assert_eq!(
        apply_all(&["2", "18"]).err(),
        Some(LifecycleError::UnknownStatus { status: "18".to_owned() })
    );
    let mut life = apply_all(&["2", "120"]).unwrap();
    assert_eq!(life.apply(&ReturnStatus::Accepted), Ok(Transition::Repeated));
    assert!(matches!(life.apply(&"-621018".parse().unwrap()), Ok(Transition::Exception(_))));
    assert_eq!(life.current(), Some(&ReturnStatus::Accepted));
}

// ---------------------------------------------------------------- properties

/// Renumbered sets `0..n` with some documents broken, for the pool properties.
#[allow(clippy::unwrap_used)]
fn pool_documents(n: u64, broken: &[bool]) -> Vec<CustomsDocument> {
    let mut docs = Vec::new();
    for i in 0..n {
        let mut s = sample::numbered_set(i).unwrap();
        if broken.get(usize::try_from(i).unwrap_or(0)).copied().unwrap_or(false) {
            s.payment.amount_paid = d("1");
        }
        if i % 3 == 0 {
            // No inventory for every third order.
            docs.extend(docs_of(s).into_iter().take(3));
        } else {
            docs.extend(docs_of(s));
        }
    }
    docs
}

fn final_states(pool: &MatchPool<Money>) -> Vec<String> {
    let mut v: Vec<String> = pool
        .iter()
        .map(|(e, o, st)| {
            let st = match st {
                OrderStatus::Pending { missing } => format!("pending {missing}"),
                OrderStatus::Matched(r) => format!("matched {r}"),
                OrderStatus::Mismatched(r) => format!("mismatched {r}"),
                _ => "other".to_owned(),
            };
            format!("{e}/{o}: {st}")
        })
        .collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn pool_outcome_is_independent_of_arrival_order(
        broken in proptest::collection::vec(any::<bool>(), 4),
        keep in proptest::collection::vec(any::<bool>(), 16),
        seed in any::<u64>(),
    ) {
        let docs: Vec<_> = pool_documents(4, &broken)
            .into_iter()
            .zip(keep.iter().chain(std::iter::repeat(&true)))
            .filter(|(_, k)| **k)
            .map(|(doc, _)| doc)
            .collect();
        let mut in_order = new_pool();
        for doc in &docs {
            prop_assert!(in_order.submit(doc.clone(), t0()).is_ok());
        }
        // A deterministic shuffle from the seed (xorshift64).
        let mut shuffled = docs.clone();
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let j = usize::try_from(x % (i as u64 + 1)).unwrap_or(0);
            shuffled.swap(i, j);
        }
        let mut other = new_pool();
        for doc in shuffled {
            prop_assert!(other.submit(doc, t0()).is_ok());
        }
        prop_assert_eq!(final_states(&in_order), final_states(&other));
        prop_assert_eq!(in_order.counts(), other.counts());
    }

    #[test]
    fn duplicates_are_idempotent(repeat in proptest::collection::vec(0usize..12, 0..12)) {
        let docs = pool_documents(3, &[false, true, false]);
        let mut once = new_pool();
        for doc in &docs {
            let _ = once.submit(doc.clone(), t0());
        }
        let mut twice = new_pool();
        for doc in &docs {
            let _ = twice.submit(doc.clone(), t0());
        }
        for i in repeat {
            if let Some(doc) = docs.get(i) {
                let again = twice.submit(doc.clone(), t0() + TimeDelta::hours(1));
                prop_assert!(
                    matches!(again, Err(PoolError::Duplicate { .. })),
                    "expected duplicate, got {:?}",
                    again
                );
            }
        }
        prop_assert_eq!(final_states(&once), final_states(&twice));
    }

    #[test]
    fn parsers_never_panic(s in "\\PC{0,80}") {
        let _ = s.parse::<OrderNo>();
        let _ = s.parse::<EnterpriseCode>();
        let _ = s.parse::<CebDecimal>();
        let _ = s.parse::<CebTime>();
        let _ = s.parse::<crossborder::customs::CebDate>();
        let _ = s.parse::<crossborder::customs::ReturnTime>();
        let _ = s.parse::<Gnum>();
        let _ = s.parse::<PackNo>();
        let _ = s.parse::<crossborder::customs::HsCode>();
        let _ = s.parse::<crossborder::customs::ConsigneeAddress>();
        let _ = s.parse::<crossborder::customs::CebText<60>>();
        let _ = s.parse::<Rule>();
        let _ = s.parse::<CustomsErrorCode>();
        if let Ok(status) = s.parse::<ReturnStatus>() {
            prop_assert_eq!(status.to_string().parse::<ReturnStatus>(), Ok(status.clone()));
            let _ = DeclarationLifecycle::new().apply(&status);
        }
        let info = ReturnInfo::parse(&s);
        prop_assert_eq!(info.to_string(), s.clone());
    }

    #[test]
    fn decimal_strings_round_trip(
        int in 0u64..100_000_000_000_000,
        frac in 0u32..100_000,
        scale in 0u32..6,
    ) {
        let text = if scale == 0 {
            int.to_string()
        } else {
            let f = frac % 10u32.pow(scale);
            format!("{int}.{f:0width$}", width = scale as usize)
        };
        let v: CebDecimal = text.parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(v.to_string().parse::<CebDecimal>(), Ok(v));
        let exact: Decimal = text.parse().map_err(|_| TestCaseError::fail("decimal"))?;
        prop_assert_eq!(v.as_decimal(), exact);
    }

    #[test]
    fn identifiers_round_trip(s in "[A-Za-z0-9_-]{1,60}") {
        let no: OrderNo = s.parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(no.to_string().parse::<OrderNo>(), Ok(no.clone()));
        prop_assert_eq!(no.as_str(), s.as_str());
    }

    #[test]
    fn times_round_trip(secs in 0i64..253_402_300_799) {
        if let Some(t) = DateTime::from_timestamp(secs, 0)
            && let Ok(ceb) = CebTime::from_utc(t)
        {
            prop_assert_eq!(ceb.to_string().parse::<CebTime>(), Ok(ceb));
            prop_assert_eq!(ceb.to_utc(), t);
        }
    }

    #[test]
    fn the_match_never_panics_on_arbitrary_amounts(
        amounts in proptest::collection::vec((0u64..u64::MAX, 0u32..6), 8),
    ) {
        let mut s = set();
        let mut values = amounts.iter().map(|(m, scale)| {
            let m = m % 10_000_000_000_000_000_000;
            CebDecimal::try_new(Decimal::from_i128_with_scale(i128::from(m), *scale))
                .unwrap_or(CebDecimal::ZERO)
        });
        let mut next = || values.next().unwrap_or(CebDecimal::ZERO);
        s.order.head_mut().goods_value = next();
        s.order.head_mut().freight = next();
        s.order.head_mut().tax_total = next();
        s.order.head_mut().discount = next();
        s.order.head_mut().actural_paid = next();
        s.payment.amount_paid = next();
        s.inventory.head_mut().insured_fee = next();
        s.inventory.head_mut().freight = next();
        let report = run(&s, &all_rules().with_amount_tolerance(next()));
        let _ = report.to_string();
        let big = Money::from_minor(i64::MAX, Currency::CNY);
        let _ = match_documents(&s.documents(), &all_rules(), &big);
    }
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn code_values_round_trip_through_json(s in "[0-9]{3}", n in 1u16..=9999) {
        let unit: crossborder::customs::UnitCode =
            s.parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
        let json = serde_json::to_string(&unit).unwrap();
        prop_assert_eq!(serde_json::from_str::<crossborder::customs::UnitCode>(&json).ok(), Some(unit));
        let g = Gnum::try_new(n).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        let json = serde_json::to_string(&g).unwrap();
        prop_assert_eq!(serde_json::from_str::<Gnum>(&json).ok(), Some(g));
        prop_assert!(serde_json::from_str::<Gnum>("0").is_err());
        prop_assert!(serde_json::from_str::<CebDecimal>("\"0.000001\"").is_err());
    }
}

/// R21, from the XSD22 documentation of `InventoryHead` and `InventoryList`: a 9610 inventory
/// needs `trafNo`, `voyageNo` and `billNo` (直购进口必填); a 1210 inventory needs `emsNo` and
/// `areaCode` (保税模式必填), `country` 142 (保税进口填写代码"142") and each line's
/// `itemRecordNo` (保税模式必填), and may leave the transport fields out (保税进口免填). Every
/// missing field is reported, each once.
#[test]
fn the_inventory_carries_what_its_trade_mode_requires() {
    // 9610 with none of the three transport fields: three violations, one per field.
    let mut s = set();
    let h = s.inventory.head_mut();
    (h.traf_no, h.voyage_no, h.bill_no) = (None, None, None);
    let report = run(&s, &all_rules());
    let fields: Vec<String> = report
        .violations()
        .iter()
        .filter(|v| v.rule() == Rule::InventoryModeFields)
        .map(|v| v.fields().iter().map(ToString::to_string).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(fields.len(), 3, "{report}");
    for element in ["trafNo", "voyageNo", "billNo"] {
        assert!(fields.iter().any(|f| f.contains(element)), "{element}: {fields:?}");
    }

    // The same documents declared as 1210 from the direct-purchase sample: the account book,
    // the zone enterprise, country 142 (the sample says 502, the United States) and the two
    // lines' record numbers are missing — five violations; the transport fields may stay.
    let mut s = set();
    s.inventory.head_mut().trade_mode = TradeMode::BONDED;
    let report = run(&s, &all_rules());
    let bonded: Vec<_> =
        report.violations().iter().filter(|v| v.rule() == Rule::InventoryModeFields).collect();
    assert_eq!(bonded.len(), 2 + 1 + s.inventory.lines().len(), "{report}");
    assert!(bonded.iter().any(|v| v.expected().to_string() == "142"), "{report}");

    // Filled in as the bonded warehouse declares it: nothing to report under R21.
    let h = s.inventory.head_mut();
    h.ems_no = Some("T3105W000218".parse().unwrap());
    h.area_code = Some("3105W60001".parse().unwrap());
    h.country = CustomsCountryCode::CHINA;
    (h.traf_no, h.voyage_no, h.bill_no) = (None, None, None);
    let lines: Vec<_> = s
        .inventory
        .lines()
        .iter()
        .cloned()
        .map(|mut l| {
            l.item_record_no = Some("1001".parse().unwrap());
            l
        })
        .collect();
    s.inventory = Inventory::try_new(s.inventory.head().clone(), lines).unwrap();
    let report = run(&s, &all_rules());
    assert!(!report.violated_rules().contains(Rule::InventoryModeFields), "{report}");

    // Another trade mode is not checked, and says so.
    let mut s = set();
    s.inventory.head_mut().trade_mode = TradeMode::try_new("0110").unwrap();
    let report = run(&s, &all_rules());
    assert!(report.not_evaluated().contains(Rule::InventoryModeFields), "{report}");
}
