//! The whole direct-mail journey (grows with each capability).
fn main() {}
