//! Customs documents, the three-document match, the pool and receipts (`crossborder::customs`).
