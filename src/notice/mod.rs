//! Buyer-facing explanations (placeholder).
