//! One integration-test binary, a module per capability.

mod autotraits;
mod calendar;
mod carrier;
#[cfg(feature = "ceb-xml")]
mod ceb;
mod customs;
mod geo;
mod money;
mod party;
mod tax;
mod warehouse;
