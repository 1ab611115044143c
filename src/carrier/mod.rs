//! Carriers and tracking numbers (承运商与运单号): who holds a parcel, and whether the number a
//! seller pasted is really one of theirs.
//!
//! A cross-border parcel changes hands: an international express or line-haul carrier (DHL,
//! UPS, FedEx, YunExpress, Cainiao, 4PX, Yanwen …) or a postal operator (USPS, Japan Post,
//! Deutsche Post, Royal Mail, China Post / EMS) brings it to the port of entry, and after customs
//! clearance a domestic carrier (SF Express 顺丰, JD 京东, ZTO 中通, YTO 圆通, STO 申通, Yunda 韵达,
//! J&T 极兔 …) takes it to the buyer under a new tracking number (运单号). This module holds:
//!
//! - the [`Carrier`] catalogue: codes, names in English and Chinese, home country,
//!   [`CarrierRole`], tracking-page URL and [`Format`]s;
//! - [`TrackingNumber`]: normalisation, [`TrackingNumber::parse`] against a carrier's formats and
//!   check digits, and [`TrackingNumber::detect`], which returns every format a number fits as
//!   ranked [`Candidates`] with a [`Confidence`];
//! - the check-digit algorithms ([`CheckDigit`]) and the UPU S10 parts ([`S10`]).
//!
//! # Sources
//!
//! - **UPU S10** ("Identification of postal items — 13-character identifier", Universal Postal
//!   Union): 2-letter service indicator, 8-digit serial, check digit with weights
//!   8 6 4 2 3 5 9 7 (`C = 11 − S mod 11`, 10 → 0, 11 → 5), ISO 3166-1 alpha-2 country of the
//!   issuing postal operator; service indicators starting J, K, S, T or W are reserved.
//! - **`tracking_number_data`** (Jeff Keen, MIT licence, `github.com/jkeen/tracking_number_data`
//!   at commit `b79ce4bfc04519ef4bc85bf7c6f321795aadf3d3`): the 39 formats of 18 courier files
//!   and their check-digit algorithms (mod10 with its parameters, mod7, Luhn, S10, weighted
//!   sum-product, MOD 37,36) and service look-ups, which transcribe the carriers' published
//!   specifications (e.g. USPS Publication 199 for IMpb). Every format here implements the
//!   data set's regular expression and `validation` block exactly; the crate's tests run all
//!   192 valid and 88 invalid test numbers of the data set.
//! - **Chinese couriers**: no Chinese domestic courier publishes its number format or a check
//!   digit. The shapes come from platform rule tables (Taobao `reg_mail_no`, Kuaidi100),
//!   open-source detectors and public sample numbers, as collected in the project's
//!   `cn_courier_numbers.md`; each [`Format`] carries that file's grade as a [`Certainty`]
//!   (B = consistent across ≥ 3 sources, C = weak), and detection ranks them below formats with
//!   a verified check digit. Two unpublished check digits (SF legacy 12-digit, grade B; the S10
//!   check observed in EMS 13-digit numbers) only raise or lower a candidate's rank.
//!
//! # Examples
//!
//! ```
//! use crossborder::carrier::{Carrier, Confidence, TrackingNumber};
//!
//! // A seller pastes a Japan Post EMS number with spaces and lower case.
//! let n = TrackingNumber::parse(Carrier::JapanPost, "eb 123 456 785 jp")?;
//! assert_eq!(n.as_str(), "EB123456785JP");
//! assert!(n.tracking_url().ends_with("EB123456785JP"));
//!
//! // A buyer asks "which courier has my parcel?"
//! let candidates = TrackingNumber::detect("SF1385628716739");
//! assert_eq!(candidates[0].carrier(), Carrier::SfExpress);
//! assert_eq!(candidates[0].confidence(), Confidence::FormatOnly);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod catalogue;
mod check_digit;
mod cn;
mod detect;
mod error;
mod format;
mod normalize;
mod s10;
mod shape;
mod tracking_number;

pub use catalogue::{Carrier, CarrierRole};
pub use check_digit::CheckDigit;
pub use detect::{Candidate, Candidates, Confidence, MAX_CANDIDATES};
pub use error::{ParseCarrierCodeError, TrackingNumberError};
pub use format::{Certainty, Format};
pub use s10::{S10, S10Service};
pub use tracking_number::TrackingNumber;
