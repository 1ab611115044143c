//! [`CompactStr`]: an immutable string stored inline up to 22 bytes, on the heap beyond.
//!
//! Most CEB identifiers (order numbers, enterprise codes, waybill numbers, payment serials)
//! and many short texts fit in 22 bytes. Keeping them inside the document instead of in a
//! separate heap allocation saves an allocation per field and, in the match pool, a cache miss
//! per comparison. Safe code only: the inline bytes are re-validated as UTF-8 when read
//! (a few nanoseconds for 22 bytes).

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

/// Bytes stored inline.
const INLINE: usize = 22;

/// An immutable string; strings of at most 22 bytes are always inline, longer ones always on
/// the heap, so the representation is canonical and the derived equality is string equality.
#[derive(Clone, PartialEq, Eq)]
pub(crate) enum CompactStr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl CompactStr {
    pub(crate) fn new(s: &str) -> Self {
        let src = s.as_bytes();
        match u8::try_from(src.len()) {
            Ok(len) if src.len() <= INLINE => {
                let mut bytes = [0u8; INLINE];
                for (dst, b) in bytes.iter_mut().zip(src) {
                    *dst = *b;
                }
                Self::Inline { len, bytes }
            }
            _ => Self::Heap(Box::from(s)),
        }
    }

    /// The UTF-8 bytes, without re-validating them (for hashing, ordering and comparing).
    pub(crate) fn as_bytes(&self) -> &[u8] {
        match self {
            Self::Inline { len, bytes } => bytes.get(..usize::from(*len)).unwrap_or_default(),
            Self::Heap(s) => s.as_bytes(),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        match self {
            Self::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
            Self::Heap(s) => s,
        }
    }
}

impl Hash for CompactStr {
    /// The bytes, then `0xff` (what `str` feeds a hasher that keeps the default `write_str`,
    /// std's SipHash among them), without re-validating UTF-8: keys are hashed on every pool
    /// submission. `CompactStr` is not `Borrow<str>`, so nothing relies on the two agreeing.
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.as_bytes());
        state.write_u8(0xff);
    }
}

impl PartialOrd for CompactStr {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CompactStr {
    fn cmp(&self, other: &Self) -> Ordering {
        // UTF-8 byte order is code point order, so this is `str` order.
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl std::fmt::Debug for CompactStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_heap_agree() {
        for s in [
            "",
            "a",
            "张三",
            "1234567890123456789012",
            "12345678901234567890123",
            "张三李四王五赵六孙七周八",
        ] {
            let c = CompactStr::new(s);
            assert_eq!(c.as_str(), s);
            assert_eq!(matches!(c, CompactStr::Inline { .. }), s.len() <= INLINE);
        }
        assert!(CompactStr::new("a") < CompactStr::new(&"b".repeat(30)));
        assert!(CompactStr::new(&"a".repeat(30)) < CompactStr::new("b"));
        assert_eq!(std::mem::size_of::<CompactStr>(), 24);
    }

    #[test]
    fn hashes_and_orders_as_str() {
        use std::hash::BuildHasher;
        let state = std::collections::hash_map::RandomState::new();
        let words =
            ["", "a", "b", "张三", "1234567890123456789012", &"张".repeat(30), "\u{10FFFF}"];
        for a in words {
            assert_eq!(state.hash_one(CompactStr::new(a)), state.hash_one(a), "{a}");
            for b in words {
                assert_eq!(CompactStr::new(a).cmp(&CompactStr::new(b)), a.cmp(b), "{a} {b}");
            }
        }
    }
}
