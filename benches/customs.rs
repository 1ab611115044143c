//! The incremental three-document match: N orders whose four documents arrive shuffled into a
//! `MatchPool`, against a plain hash join of the same documents on the same keys.
//!
//! N is `CUSTOMS_BENCH_ORDERS` (default 100,000). Run with
//! `CUSTOMS_BENCH_ORDERS=1000000 cargo bench --bench customs -- --quick` for the issue's
//! figure (about 2 × 6 GB of documents are cloned for that; the default needs about 1.3 GB).
#![allow(missing_docs)]

use std::collections::HashMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use criterion::{Criterion, Throughput, criterion_group};
use crossborder::customs::{CustomsDocument, MatchOptions, MatchPool, NoQuota, OrderNo, sample};

fn orders() -> u64 {
    std::env::var("CUSTOMS_BENCH_ORDERS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000)
}

/// xorshift64 (Marsaglia 2003), seeded: a deterministic shuffle without a dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// The four documents of `n` consistent orders, shuffled (Fisher–Yates, fixed seed).
// Bench set-up: the sample constructors cannot fail for these inputs, and the indices are in
// range by construction of the Fisher–Yates loop.
#[allow(clippy::expect_used, clippy::cast_possible_truncation)]
fn shuffled_documents(n: u64) -> Vec<CustomsDocument> {
    let mut docs = Vec::with_capacity(usize::try_from(n * 4).unwrap_or(0));
    for i in 0..n {
        let s = sample::numbered_set(i).expect("valid sample");
        docs.push(s.order.into());
        docs.push(s.payment.into());
        docs.push(s.waybill.into());
        docs.push(s.inventory.into());
    }
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for i in (1..docs.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        docs.swap(i, j);
    }
    docs
}

#[allow(clippy::expect_used)]
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 4, 0, 0).single().expect("valid time")
}

/// The crate: every document into the pool. An order is reported matched when its three
/// documents are in and again when its inventory joins them, so the count of orders matched
/// at the end is taken from the pool (outside the timing).
fn pool_run(docs: Vec<CustomsDocument>, mut pool: MatchPool<NoQuota>) -> MatchPool<NoQuota> {
    let t = now();
    for doc in docs {
        let progress = pool.submit(doc, t);
        debug_assert!(progress.is_ok());
    }
    pool
}

fn pool_matched(pool: &MatchPool<NoQuota>) -> usize {
    pool.counts().1
}

/// Baseline: the simplest symmetric hash join on the same key (`orderNo`), no rules beyond
/// one amount comparison, no modify/delete/duplicate handling.
fn baseline_run(
    docs: Vec<CustomsDocument>,
    mut table: HashMap<OrderNo, Entry>,
) -> (usize, HashMap<OrderNo, Entry>) {
    let mut matched = 0usize;
    for doc in docs {
        let entry = match table.get_mut(doc.order_no()) {
            Some(e) => e,
            None => table.entry(doc.order_no().clone()).or_default(),
        };
        match doc {
            CustomsDocument::Order(d) => entry.order = Some(d),
            CustomsDocument::Payment(d) => entry.payment = Some(d),
            CustomsDocument::Waybill(d) => entry.waybill = Some(d),
            CustomsDocument::Inventory(d) => entry.inventory = Some(d),
            _ => {}
        }
        if let (Some(o), Some(p), Some(_), Some(_)) =
            (&entry.order, &entry.payment, &entry.waybill, &entry.inventory)
            && o.head().actural_paid == p.amount_paid
        {
            matched += 1;
        }
    }
    (matched, table)
}

#[derive(Default)]
struct Entry {
    order: Option<Box<crossborder::customs::Order>>,
    payment: Option<Box<crossborder::customs::Payment>>,
    waybill: Option<Box<crossborder::customs::Waybill>>,
    inventory: Option<Box<crossborder::customs::Inventory>>,
}

/// Times `run` on fresh clones of `template` and an empty table made by `table` (sized for
/// the orders); cloning, allocating the table, checking and dropping are not timed.
fn timed<S, T>(
    template: &[CustomsDocument],
    iters: u64,
    table: impl Fn(usize) -> S,
    run: impl Fn(Vec<CustomsDocument>, S) -> T,
    matched: impl Fn(&T) -> usize,
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let docs = template.to_vec();
        let empty = table(template.len() / 4);
        let start = Instant::now();
        let out = run(black_box(docs), empty);
        total += start.elapsed();
        assert_eq!(matched(&out), template.len() / 4, "every order matches");
        drop(black_box(out));
    }
    total
}

fn bench_pool(c: &mut Criterion) {
    let n = orders();
    let template = shuffled_documents(n);

    // Memory: order and waybill of every order in, payment missing, so every order is pending.
    let mut pending = MatchPool::with_capacity(0, MatchOptions::default(), NoQuota);
    for doc in template
        .iter()
        .filter(|d| matches!(d, CustomsDocument::Order(_) | CustomsDocument::Waybill(_)))
    {
        let _ = pending.submit(doc.clone(), now());
    }
    let memory = pending.memory();
    eprintln!(
        "customs pool: {} pending orders, {} bytes of bookkeeping per pending order beyond the documents (target <= 1024)",
        memory.orders,
        memory.bytes_per_order()
    );
    drop(pending);

    let mut group = c.benchmark_group("customs_pool");
    group.sample_size(10);
    group.throughput(Throughput::Elements(n));
    group.bench_function(format!("match_pool_{n}_orders_shuffled"), |b| {
        b.iter_custom(|iters| {
            let pool = |n| MatchPool::with_capacity(n, MatchOptions::default(), NoQuota);
            timed(&template, iters, pool, pool_run, pool_matched)
        });
    });
    group.bench_function(format!("baseline_hash_join_{n}_orders_shuffled"), |b| {
        b.iter_custom(|iters| {
            timed(&template, iters, HashMap::with_capacity, baseline_run, |out| out.0)
        });
    });
    group.finish();
}

// Reporting only: durations and rates are printed as floating-point numbers.
#[allow(clippy::float_arithmetic)]
/// One pass of each over the same shuffled documents, printed; for N too large to repeat
/// under criterion (`CUSTOMS_BENCH_ONESHOT=1 CUSTOMS_BENCH_ORDERS=1000000 cargo bench --bench
/// customs`).
fn one_shot() {
    let n = orders();
    let template = shuffled_documents(n);
    let orders = template.len() / 4;
    for round in 0..2 {
        let pool = timed(
            &template,
            1,
            |n| MatchPool::with_capacity(n, MatchOptions::default(), NoQuota),
            pool_run,
            pool_matched,
        );
        let baseline = timed(&template, 1, HashMap::with_capacity, baseline_run, |out| out.0);
        eprintln!(
            "round {round}: {n} orders; MatchPool {:.3} s ({:.0} orders/s); baseline hash join {:.3} s ({:.0} orders/s); ratio {:.2}",
            pool.as_secs_f64(),
            per_second(orders, pool),
            baseline.as_secs_f64(),
            per_second(orders, baseline),
            pool.as_secs_f64() / baseline.as_secs_f64(),
        );
    }
}

// Display only: the counts are far below 2^52.
#[allow(clippy::cast_precision_loss, clippy::float_arithmetic)]
fn per_second(orders: usize, d: Duration) -> f64 {
    orders as f64 / d.as_secs_f64()
}

criterion_group!(benches, bench_pool);

fn main() {
    if std::env::var_os("CUSTOMS_BENCH_ONESHOT").is_some() {
        one_shot();
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
