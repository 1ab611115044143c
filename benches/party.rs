//! Parsing personal data: the crate's validators against plain baselines doing the core work.
#![allow(missing_docs)]

use std::hint::black_box;
use std::str::FromStr;

use criterion::{Criterion, criterion_group, criterion_main};
use crossborder::party::{Phone, ResidentId};

/// Valid numbers (GB 11643-1999 Annex A examples and hand-computed ones from the tests).
const IDS: [&str; 5] = [
    "11010519491231002X",
    "440524188001010014",
    "810000199001010019",
    "110105200002290013",
    "110105200402290012",
];

const PHONES: [&str; 4] = ["13812345678", "+86 138 1234 5678", "86-13912345678", "+442079460958"];

/// Baseline: only the ISO 7064 MOD 11-2 check — a straight loop over the bytes, no length,
/// province or date checks, no allocation.
// The baseline is deliberately the naive indexed loop; its inputs are the constants above.
#[allow(clippy::indexing_slicing, clippy::cast_possible_truncation)]
fn baseline_check(id: &str) -> bool {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const C: &[u8; 11] = b"10X98765432";
    let b = id.as_bytes();
    if b.len() != 18 {
        return false;
    }
    let mut sum = 0u32;
    for i in 0..17 {
        sum += u32::from(b[i].wrapping_sub(b'0')) * W[i];
    }
    C[(sum % 11) as usize] == b[17].to_ascii_uppercase()
}

/// Baseline: keep the digits and test the CN-mobile shape, no E.164 handling, no allocation.
// The baseline is deliberately the naive indexed loop; `n` never exceeds the buffer.
#[allow(clippy::indexing_slicing)]
fn baseline_phone(s: &str) -> bool {
    let mut digits = [0u8; 16];
    let mut n = 0;
    for c in s.bytes() {
        if c.is_ascii_digit() && n < 16 {
            digits[n] = c;
            n += 1;
        }
    }
    let national = if n == 13 && digits[..2] == *b"86" { &digits[2..13] } else { &digits[..n] };
    national.len() == 11 && national[0] == b'1' && (b'3'..=b'9').contains(&national[1])
}

fn resident_id(c: &mut Criterion) {
    let mut group = c.benchmark_group("resident_id_parse");
    group.bench_function("crate ResidentId::from_str", |b| {
        b.iter(|| {
            for id in IDS {
                black_box(ResidentId::from_str(black_box(id)).is_ok());
            }
        });
    });
    group.bench_function("baseline weighted sum", |b| {
        b.iter(|| {
            for id in IDS {
                black_box(baseline_check(black_box(id)));
            }
        });
    });
    group.finish();
}

fn phone(c: &mut Criterion) {
    let mut group = c.benchmark_group("phone_parse");
    group.bench_function("crate Phone::from_str", |b| {
        b.iter(|| {
            for p in PHONES {
                black_box(Phone::from_str(black_box(p)).is_ok());
            }
        });
    });
    group.bench_function("baseline digit filter", |b| {
        b.iter(|| {
            for p in PHONES {
                black_box(baseline_phone(black_box(p)));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, resident_id, phone);
criterion_main!(benches);
