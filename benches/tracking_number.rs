//! Carrier detection over every valid number of the `tracking_number_data` set, beside a
//! baseline that only normalises the same strings.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crossborder::carrier::TrackingNumber;

/// The 192 `test_numbers.valid` strings of `tests/data/tracking_number_data/couriers/*.json`.
// Setup code, not measured: a malformed fixture should stop the bench loudly.
#[allow(clippy::unwrap_used, clippy::expect_used)]
fn valid_numbers() -> Vec<String> {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tracking_number_data/couriers");
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for format in json.get("tracking_numbers").and_then(|t| t.as_array()).expect("formats") {
            let valid = format.pointer("/test_numbers/valid").and_then(|v| v.as_array());
            for n in valid.expect("valid numbers") {
                out.push(n.as_str().expect("string").to_owned());
            }
        }
    }
    assert_eq!(out.len(), 192);
    out
}

/// Baseline: the simplest normalisation — drop white space and hyphens, upper-case — into a
/// fresh `String`, with no carrier matching at all.
fn baseline_normalize(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect()
}

fn detect(c: &mut Criterion) {
    let numbers = valid_numbers();
    let count = u64::try_from(numbers.len()).unwrap_or(1);
    let mut group = c.benchmark_group("tracking_number_detect_192");
    group.throughput(Throughput::Elements(count));
    group.bench_function("crate TrackingNumber::detect", |b| {
        b.iter(|| {
            for n in &numbers {
                black_box(TrackingNumber::detect(black_box(n)).len());
            }
        });
    });
    group.bench_function("baseline normalise only", |b| {
        b.iter(|| {
            for n in &numbers {
                black_box(baseline_normalize(black_box(n)).len());
            }
        });
    });
    group.finish();
}

criterion_group!(benches, detect);
criterion_main!(benches);
