//! One integration-test binary, a module per capability.

mod autotraits;
mod calendar;
mod carrier;
mod customs;
mod eta;
mod geo;
mod money;
mod party;
mod shipment;
mod tax;
mod warehouse;
