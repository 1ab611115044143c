//! Buyer-question auto-reply: replying to each message of the tuning test set (437 messages,
//! Chinese, English, mixed) about a sample shipment (answers from `notice`), and recognising
//! them without answering, against a plain baseline that lower-cases
//! the message and runs one `str::contains` per cue of the same lexicon (gaps and prefix marks
//! dropped), summing weights per target.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crossborder::notice::Notice;
use crossborder::reply::{AutoReply, CueTarget, Intent, sample_now, sample_shipment};

fn messages() -> Vec<&'static str> {
    include_str!("../tests/data/reply/messages.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.splitn(3, '\t').nth(2))
        .collect()
}

/// The baseline's cue list: each pattern's first literal run (before any `~`), `*` removed.
fn baseline_cues(bot: &AutoReply) -> Vec<(String, usize, u16)> {
    bot.lexicon()
        .cues()
        .map(|c| {
            let text = c.pattern().split('~').next().unwrap_or_default().replace('*', "");
            let slot = match c.target() {
                CueTarget::Intent(i) => Intent::ALL.iter().position(|x| *x == i).unwrap_or(7),
                _ => 8,
            };
            (text.trim().to_owned(), slot, u16::from(c.weight()))
        })
        .collect()
}

fn baseline(message: &str, cues: &[(String, usize, u16)]) -> usize {
    let lower = message.to_lowercase();
    let mut scores = [0u16; 9];
    for (cue, slot, weight) in cues {
        if lower.contains(cue.as_str())
            && let Some(s) = scores.get_mut(*slot)
        {
            *s = s.saturating_add(*weight);
        }
    }
    scores.iter().enumerate().max_by_key(|(_, s)| **s).map_or(0, |(i, _)| i)
}

// Bench fixture: a broken sample must stop the bench loudly.
#[allow(clippy::expect_used)]
fn bench(c: &mut Criterion) {
    let bot = AutoReply::new();
    let shipment = sample_shipment().expect("sample shipment");
    let notice = Notice::new(&shipment, sample_now());
    let messages = messages();
    let cues = baseline_cues(&bot);
    let mut group = c.benchmark_group("reply");
    group.throughput(Throughput::Elements(messages.len() as u64));
    group.bench_function("auto_reply_reply", |b| {
        b.iter(|| {
            for m in &messages {
                black_box(bot.reply(black_box(m), &notice));
            }
        });
    });
    group.bench_function("auto_reply_recognize", |b| {
        b.iter(|| {
            for m in &messages {
                black_box(bot.recognize(black_box(m)));
            }
        });
    });
    group.bench_function("baseline_lowercase_contains", |b| {
        b.iter(|| {
            for m in &messages {
                black_box(baseline(black_box(m), &cues));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
