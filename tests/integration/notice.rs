//! Notices (placeholder).
