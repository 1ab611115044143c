//! crossborder — crate docs written at integration.
#![doc(test(attr(deny(warnings))))]

pub mod calendar;
pub mod carrier;
pub mod geo;
pub mod money;
pub mod party;
