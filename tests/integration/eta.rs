//! Delivery windows: see the tests below.
