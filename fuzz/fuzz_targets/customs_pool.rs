//! The three-document match pool (`customs::MatchPool`) fed arbitrary sequences of submissions,
//! evictions, removals and queries.
//!
//! Documents are the crate's consistent sample sets (`customs::sample::numbered_set`) with
//! arbitrary mutations of the key fields (order number, `ebpCode`, `logisticsNo`,
//! `logisticsCode`), the submission (`appType`, `appTime`, arrival time), the amounts and the
//! first line, and the buyer — so most submissions reach the pool's join and refresh logic
//! rather than failing validation. The match options (strictness, tolerance, text comparison,
//! limit basis) and the quota source (a fixed used amount, or none) are arbitrary too.
//!
//! Properties checked:
//! - a refused submission leaves the pool unchanged (as documented on `MatchPool::submit`);
//! - after an accepted order, payment or inventory, the pool's status of that order agrees with
//!   the progress returned; a withdrawn order has no status;
//! - `counts()` adds up to `len()` and to `iter()`; matched orders have a clean report and
//!   mismatched ones a non-empty one;
//! - evicted and removed documents belong to the order number reported and leave the pool; a
//!   removed order has no status afterwards;
//! - `memory()` counts at least the orders in the pool.
#![no_main]

use arbitrary::Arbitrary;
use chrono::{DateTime, TimeDelta, Utc};
use crossborder::customs::{
    AnnualQuota, AppType, CebDecimal, CebTime, CustomsDocument, EnterpriseCode, LimitBasis,
    LogisticsNo, MatchOptions, MatchPool, NoQuota, OrderNo, OrderStatus, Progress, Strictness,
    TextComparison, sample,
};
use crossborder::money::Money;
use crossborder::party::{IdDocument, ResidentId};
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

const SETS: u64 = 3;

#[derive(Debug, Arbitrary)]
enum Kind {
    Order,
    Payment,
    Waybill,
    Inventory,
}

#[derive(Debug, Arbitrary)]
enum Amount {
    Keep,
    Pick(u8),
    Raw { mantissa: i64, scale: u8 },
}

#[derive(Debug, Arbitrary)]
struct Mutation {
    order_no: Option<u8>,
    ebp_code: Option<u8>,
    logistics_no: Option<u8>,
    logistics_code: Option<u8>,
    amount: Amount,
    second_amount: Amount,
    line_price: Amount,
    buyer: Option<u8>,
}

#[derive(Debug, Arbitrary)]
enum Op {
    Submit {
        kind: Kind,
        set: u8,
        app_type: u8,
        app_time_offset: i16,
        arrival_offset: i16,
        mutation: Option<Mutation>,
    },
    Evict {
        now_offset: i16,
        max_age_minutes: u16,
    },
    Remove {
        set: u8,
        ebp_code: Option<u8>,
    },
    Status {
        set: u8,
        ebp_code: Option<u8>,
    },
}

#[derive(Debug, Arbitrary)]
struct Input {
    strictness: u8,
    tolerance: Amount,
    text: bool,
    limit: bool,
    quota: Option<u32>,
    ops: Vec<Op>,
}

/// Valid enterprise codes (the sample set's).
const CODES: [&str; 4] = ["3301963K69", "3301968M02", "4403169D3W", "3101980A1L"];
/// Amounts near the sample's values and the transaction limits.
const AMOUNTS: [&str; 10] =
    ["0", "10", "20", "32.76", "350", "372.76", "5000", "5000.01", "26000", "26000.01"];
/// Valid resident identity numbers (GB 11643-1999 check characters).
const BUYERS: [&str; 2] = ["11010519491231002X", "440524188001010014"];

fn base_time() -> DateTime<Utc> {
    DateTime::from_timestamp(1_772_337_600, 0).unwrap_or_default() // 2026-03-01T04:00:00Z
}

fn minutes(offset: i16) -> DateTime<Utc> {
    base_time() + TimeDelta::minutes(i64::from(offset))
}

fn decimal(a: &Amount) -> Option<CebDecimal> {
    match a {
        Amount::Keep => None,
        Amount::Pick(i) => CebDecimal::parse(AMOUNTS[usize::from(*i) % AMOUNTS.len()]).ok(),
        Amount::Raw { mantissa, scale } => {
            Decimal::try_from_i128_with_scale(i128::from(*mantissa), u32::from(scale % 29))
                .ok()
                .and_then(|d| CebDecimal::try_new(d).ok())
        }
    }
}

fn code(i: u8) -> EnterpriseCode {
    EnterpriseCode::try_new(CODES[usize::from(i) % CODES.len()])
        .unwrap_or_else(|e| panic!("sample code: {e}"))
}

fn order_no(i: u8) -> OrderNo {
    OrderNo::try_new(&format!("SO-2026-0001-{}", u64::from(i) % (SETS + 1)))
        .unwrap_or_else(|e| panic!("order no: {e}"))
}

fn logistics_no(i: u8) -> LogisticsNo {
    LogisticsNo::try_new(&format!("SF{}", u64::from(i) % (SETS + 1)))
        .unwrap_or_else(|e| panic!("logistics no: {e}"))
}

fn buyer(i: u8) -> IdDocument {
    ResidentId::try_new(BUYERS[usize::from(i) % BUYERS.len()])
        .map(IdDocument::from)
        .unwrap_or_else(|e| panic!("buyer: {e}"))
}

fn document(
    kind: &Kind,
    set: u8,
    app_type: AppType,
    app_time: CebTime,
    m: Option<&Mutation>,
) -> CustomsDocument {
    let set =
        sample::numbered_set(u64::from(set) % SETS).unwrap_or_else(|e| panic!("sample set: {e}"));
    match kind {
        Kind::Order => {
            let mut order = set.order;
            let head = order.head_mut();
            head.app_type = app_type;
            head.app_time = app_time;
            if let Some(m) = m {
                if let Some(i) = m.order_no {
                    head.order_no = order_no(i);
                }
                if let Some(i) = m.ebp_code {
                    head.ebp_code = code(i);
                }
                if let Some(d) = decimal(&m.amount) {
                    head.goods_value = d;
                }
                if let Some(d) = decimal(&m.second_amount) {
                    head.actural_paid = d;
                }
                if let Some(i) = m.buyer {
                    head.buyer_id = buyer(i);
                }
                if let Some(price) = decimal(&m.line_price) {
                    let (head, mut lines) = order.clone().into_parts();
                    if let Some(line) = lines.first_mut() {
                        line.price = price;
                        line.total_price = price;
                    }
                    if let Ok(o) = crossborder::customs::Order::try_new(head, lines) {
                        order = o;
                    }
                }
            }
            order.into()
        }
        Kind::Payment => {
            let mut payment = set.payment;
            payment.app_type = app_type;
            payment.app_time = app_time;
            if let Some(m) = m {
                if let Some(i) = m.order_no {
                    payment.order_no = order_no(i);
                }
                if let Some(i) = m.ebp_code {
                    payment.ebp_code = code(i);
                }
                if let Some(d) = decimal(&m.amount) {
                    payment.amount_paid = d;
                }
                if let Some(i) = m.buyer {
                    payment.payer_id = buyer(i);
                }
            }
            payment.into()
        }
        Kind::Waybill => {
            let mut waybill = set.waybill;
            waybill.app_type = app_type;
            waybill.app_time = app_time;
            if let Some(m) = m {
                if let Some(i) = m.order_no {
                    waybill.order_no = order_no(i);
                }
                if let Some(i) = m.logistics_no {
                    waybill.logistics_no = logistics_no(i);
                }
                if let Some(i) = m.logistics_code {
                    waybill.logistics_code = code(i);
                }
                waybill.freight = decimal(&m.amount).or(waybill.freight);
                if let Some(d) = decimal(&m.second_amount) {
                    waybill.weight = d;
                }
            }
            waybill.into()
        }
        Kind::Inventory => {
            let mut inventory = set.inventory;
            let head = inventory.head_mut();
            head.app_type = app_type;
            head.app_time = app_time;
            if let Some(m) = m {
                if let Some(i) = m.order_no {
                    head.order_no = order_no(i);
                }
                if let Some(i) = m.ebp_code {
                    head.ebp_code = code(i);
                }
                if let Some(i) = m.logistics_no {
                    head.logistics_no = logistics_no(i);
                }
                if let Some(i) = m.logistics_code {
                    head.logistics_code = code(i);
                }
                if let Some(d) = decimal(&m.amount) {
                    head.freight = d;
                }
                if let Some(i) = m.buyer {
                    head.buyer_id = buyer(i);
                }
                if let Some(price) = decimal(&m.line_price) {
                    let (head, mut lines) = inventory.clone().into_parts();
                    if let Some(line) = lines.first_mut() {
                        line.price = price;
                        line.total_price = price;
                    }
                    if let Ok(i) = crossborder::customs::Inventory::try_new(head, lines) {
                        inventory = i;
                    }
                }
            }
            inventory.into()
        }
    }
}

fuzz_target!(|input: Input| {
    let mut options = MatchOptions::default()
        .with_strictness(Strictness::ALL[usize::from(input.strictness) % Strictness::ALL.len()])
        .with_text_comparison(if input.text {
            TextComparison::Normalized
        } else {
            TextComparison::Exact
        })
        .with_limit_basis(if input.limit {
            LimitBasis::ActuralPaid
        } else {
            LimitBasis::DutiableValue
        });
    if let Some(t) = decimal(&input.tolerance) {
        options = options.with_amount_tolerance(t);
    }
    match input.quota {
        Some(used) => {
            let used = Money::from_minor(used.into(), crossborder::money::Currency::CNY);
            run(MatchPool::new(options, used), &input.ops);
        }
        None => run(MatchPool::new(options, NoQuota), &input.ops),
    }
});

fn run<Q: AnnualQuota + Clone + PartialEq + std::fmt::Debug>(mut pool: MatchPool<Q>, ops: &[Op]) {
    for op in ops.iter().take(48) {
        match op {
            Op::Submit { kind, set, app_type, app_time_offset, arrival_offset, mutation } => {
                let app_type = AppType::ALL[usize::from(*app_type) % AppType::ALL.len()];
                let Ok(app_time) = CebTime::from_utc(minutes(*app_time_offset)) else { continue };
                let doc = document(kind, *set, app_type, app_time, mutation.as_ref());
                let key = match &doc {
                    CustomsDocument::Order(o) => Some(o.head().ebp_code.clone()),
                    CustomsDocument::Payment(p) => Some(p.ebp_code.clone()),
                    CustomsDocument::Inventory(i) => Some(i.head().ebp_code.clone()),
                    _ => None,
                };
                let order_no = doc.order_no().clone();
                let before = pool.clone();
                match pool.submit(doc, minutes(*arrival_offset)) {
                    Ok(progress) => {
                        let _ = progress.to_string();
                        if let Some(ebp) = key {
                            check_progress(&pool, &ebp, &order_no, progress);
                        }
                    }
                    Err(e) => {
                        let _ = (e.to_string(), e.customs_code(), e.rule());
                        assert!(pool == before, "a refused submission changed the pool: {e}");
                    }
                }
            }
            Op::Evict { now_offset, max_age_minutes } => {
                let now = minutes(*now_offset);
                let evicted =
                    pool.evict_pending(now, TimeDelta::minutes((*max_age_minutes).into()));
                for e in &evicted {
                    assert!(!e.documents.is_empty(), "an eviction with no documents");
                    for d in &e.documents {
                        assert_eq!(d.order_no(), &e.order_no, "evicted document of another order");
                    }
                    for &c in &CODES {
                        assert!(
                            pool.status(&code_of(c), &e.order_no).is_none(),
                            "evicted order still in the pool"
                        );
                    }
                }
            }
            Op::Remove { set, ebp_code } => {
                let no = order_no(*set);
                let ebp = ebp_code.map_or_else(|| code(0), code);
                let had = pool.status(&ebp, &no).is_some();
                let removed = pool.remove(&ebp, &no);
                assert_eq!(removed.is_some(), had, "remove disagrees with status");
                if let Some(r) = removed {
                    assert_eq!(r.order_no, no);
                    for d in &r.documents {
                        assert_eq!(d.order_no(), &no);
                    }
                    assert!(pool.status(&ebp, &no).is_none(), "removed order still in the pool");
                }
            }
            Op::Status { set, ebp_code } => {
                let ebp = ebp_code.map_or_else(|| code(0), code);
                let _ = pool.status(&ebp, &order_no(*set));
            }
        }
        check_pool(&pool);
    }
}

fn code_of(text: &str) -> EnterpriseCode {
    EnterpriseCode::try_new(text).unwrap_or_else(|e| panic!("code: {e}"))
}

fn check_progress<Q: AnnualQuota>(
    pool: &MatchPool<Q>,
    ebp: &EnterpriseCode,
    order_no: &OrderNo,
    progress: Progress,
) {
    let status = pool.status(ebp, order_no);
    match (progress, status) {
        (Progress::Withdrawn, None) => {}
        (Progress::Pending { missing }, Some(OrderStatus::Pending { missing: m })) => {
            assert_eq!(missing, m, "progress and status disagree on what is missing");
        }
        (Progress::Matched, Some(OrderStatus::Matched(_))) => {}
        (Progress::Mismatched { violations }, Some(OrderStatus::Mismatched(report))) => {
            assert_eq!(violations, report.violations().len());
        }
        (p, s) => panic!("progress {p:?} but status {s:?}"),
    }
}

fn check_pool<Q: AnnualQuota>(pool: &MatchPool<Q>) {
    let (pending, matched, mismatched) = pool.counts();
    assert_eq!(pending + matched + mismatched, pool.len(), "counts do not add up to len");
    assert_eq!(pool.iter().count(), pool.len(), "iter does not list len orders");
    for (ebp, no, status) in pool.iter() {
        match status {
            OrderStatus::Matched(r) => assert!(r.is_match(), "matched with violations: {r}"),
            OrderStatus::Mismatched(r) => {
                assert!(
                    !r.is_match() && !r.violations().is_empty(),
                    "mismatched without violations"
                );
            }
            OrderStatus::Pending { missing } => assert!(!missing.is_empty(), "pending for nothing"),
            _ => {}
        }
        assert!(pool.status(ebp, no).is_some());
    }
    let memory = pool.memory();
    assert!(memory.orders >= pool.len(), "memory counts fewer orders than the pool holds");
    let _ = memory.bytes_per_order();
}
