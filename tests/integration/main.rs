//! One integration-test binary, a module per capability.

mod autotraits;
mod calendar;
mod carrier;
mod customs;
mod geo;
mod metrics;
mod money;
mod notice;
mod party;
mod reply;
mod shipment;
mod tax;
mod warehouse;
