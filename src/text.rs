//! Small text helpers shared by the parsers of several modules (crate-private).

/// Folds one full-width ASCII character (U+FF01–U+FF5E, `Ａ`, `１`, `－`, `（`) to its ASCII
/// counterpart and the ideographic space U+3000 to a plain space; every other character is
/// returned unchanged.
pub(crate) fn fold_full_width(c: char) -> char {
    match u32::from(c) {
        0x3000 => ' ',
        // The block U+FF01..=U+FF5E mirrors U+0021..=U+007E at a fixed offset of 0xFEE0.
        cp @ 0xFF01..=0xFF5E => cp.checked_sub(0xFEE0).and_then(char::from_u32).unwrap_or(c),
        _ => c,
    }
}
