//! crossborder — crate docs written at integration.
#![doc(test(attr(deny(warnings))))]

pub mod calendar;
pub mod customs;
pub mod geo;
pub mod money;
pub mod party;
