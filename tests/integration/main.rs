//! One integration-test binary, a module per capability.

mod autotraits;
mod calendar;
mod carrier;
#[cfg(feature = "ceb-xml")]
mod ceb;
mod customs;
mod eta;
mod geo;
mod metrics;
mod money;
mod notice;
mod party;
mod reply;
mod shipment;
mod tax;
mod warehouse;
