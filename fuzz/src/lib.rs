//! Helpers shared by the fuzz targets in `fuzz_targets/`.

use std::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Splits a fuzz input at its first NUL byte: `(text, rest)`. Targets that read a JSON or text
/// document plus structured parameters use this framing, so a plain JSON file is a valid seed
/// (no NUL: the parameters are empty and read as zeros).
pub fn split_nul(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[]),
    }
}

/// Asserts that `value` survives a JSON round trip unchanged.
///
/// # Panics
///
/// If serialisation fails, or if the value read back fails or differs: a fuzz finding.
pub fn assert_json_round_trip<T>(value: &T)
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let json = serde_json::to_string(value)
        .unwrap_or_else(|e| panic!("serialising {value:?} failed: {e}"));
    let back: T = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("reading back {json} failed: {e} (value {value:?})"));
    assert_eq!(&back, value, "JSON round trip changed the value: {json}");
}
