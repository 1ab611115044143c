//! One integration-test binary, a module per capability.

mod calendar;
mod customs;
mod geo;
mod money;
mod party;
