//! The incremental three-document match: N orders whose four documents arrive shuffled into a
//! `MatchPool`, against a plain hash join of the same documents on the same keys.
//!
//! N is `CUSTOMS_BENCH_ORDERS` (default 100,000; the documents take about 4.6 KB per order).
//! Criterion clones a shuffled template for each iteration (two copies: about 0.9 GB at the
//! default). For the figure use the one-shot mode, which builds one copy per run
//! (about 5 GB at peak for 1,000,000 orders): `CUSTOMS_BENCH_ONESHOT=1
//! CUSTOMS_BENCH_ORDERS=1000000 cargo bench --bench customs`.
#![allow(missing_docs)]

use std::collections::HashMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use criterion::{Criterion, Throughput, criterion_group};
use crossborder::customs::{
    CustomsDocument, LogisticsNo, MatchOptions, MatchPool, NoQuota, OrderNo, sample,
};

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

/// The arrival order of the four documents of `n` orders: (order number, document 0–3 as
/// order, payment, waybill, inventory), shuffled (Fisher–Yates, fixed seed).
// The indices are in range by construction of the Fisher–Yates loop.
#[allow(clippy::cast_possible_truncation)]
fn arrival_order(n: u64) -> Vec<(u64, u8)> {
    let mut order: Vec<(u64, u8)> = (0..n).flat_map(|i| (0..4).map(move |k| (i, k))).collect();
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for i in (1..order.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// Document `kind` (0–3: order, payment, waybill, inventory) of order `i`: the sample
/// document numbered as `sample::numbered_set(i)` numbers it.
// Bench set-up: the sample constructors cannot fail for these inputs.
#[allow(clippy::expect_used)]
fn document(i: u64, kind: u8) -> CustomsDocument {
    let order_no = OrderNo::try_new(&format!("SO-2026-0001-{i}")).expect("valid orderNo");
    let logistics_no = LogisticsNo::try_new(&format!("SF{i}")).expect("valid logisticsNo");
    match kind {
        0 => {
            let mut d = sample::order().expect("valid sample");
            d.head_mut().order_no = order_no;
            d.into()
        }
        1 => {
            let mut d = sample::payment().expect("valid sample");
            d.order_no = order_no;
            d.into()
        }
        2 => {
            let mut d = sample::waybill().expect("valid sample");
            d.order_no = order_no;
            d.logistics_no = logistics_no;
            d.into()
        }
        _ => {
            let mut d = sample::inventory().expect("valid sample");
            d.head_mut().order_no = order_no;
            d.head_mut().logistics_no = logistics_no;
            d.into()
        }
    }
}

/// The four documents of `n` consistent orders, in the shuffled arrival order. Each is built
/// when its turn comes, so the documents lie in memory in arrival order, as documents read
/// off a queue would (the same layout as a clone of the shuffled template).
fn shuffled_documents(n: u64) -> Vec<CustomsDocument> {
    arrival_order(n).into_iter().map(|(i, kind)| document(i, kind)).collect()
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

/// Times `run` on fresh copies of the documents made by `docs` and an empty table made by
/// `table` (sized for the orders); making the documents, allocating the table, checking and
/// dropping are not timed.
fn timed<S, T>(
    docs: impl Fn() -> Vec<CustomsDocument>,
    iters: u64,
    table: impl Fn(usize) -> S,
    run: impl Fn(Vec<CustomsDocument>, S) -> T,
    matched: impl Fn(&T) -> usize,
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let docs = docs();
        let orders = docs.len() / 4;
        let empty = table(orders);
        let start = Instant::now();
        let out = run(black_box(docs), empty);
        total += start.elapsed();
        assert_eq!(matched(&out), orders, "every order matches");
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
            timed(|| template.clone(), iters, pool, pool_run, pool_matched)
        });
    });
    group.bench_function(format!("baseline_hash_join_{n}_orders_shuffled"), |b| {
        b.iter_custom(|iters| {
            timed(|| template.clone(), iters, HashMap::with_capacity, baseline_run, |out| out.0)
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
    let orders = usize::try_from(n).unwrap_or(usize::MAX);
    let docs = || shuffled_documents(n);
    for round in 0..2 {
        let pool = timed(
            docs,
            1,
            |n| MatchPool::with_capacity(n, MatchOptions::default(), NoQuota),
            pool_run,
            pool_matched,
        );
        let baseline = timed(docs, 1, HashMap::with_capacity, baseline_run, |out| out.0);
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
