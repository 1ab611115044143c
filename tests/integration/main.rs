//! One integration-test binary, a module per capability.

mod autotraits;
mod calendar;
mod carrier;
mod eta;
mod geo;
mod money;
mod party;
mod tax;
mod warehouse;
