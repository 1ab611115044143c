//! A typed, law-accurate model of cross-border direct-mail shipping into mainland China
//! (跨境电商直邮).
//!
//! # One parcel's journey
//!
//! A buyer in Shanghai orders a bottle of vitamins for 199.00 CNY on an overseas marketplace.
//! The parcel leaves a US fulfilment centre, an international carrier flies it to a Chinese port
//! of entry, customs clears it against the order, payment and waybill documents pushed in advance
//! (三单对碰) and collects the cross-border e-commerce composite tax (跨境电商综合税), and a
//! domestic carrier delivers it with a new tracking number. The ground floor of that chain is
//! here today:
//!
//! ```
//! use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
//! use crossborder::calendar::BusinessCalendar;
//! use crossborder::geo::{Address, Country};
//! use crossborder::money::{Money, Rate, Rounding};
//! use crossborder::party::Person;
//!
//! // The buyer: identity data is validated (GB 11643-1999) and printed masked.
//! let buyer = Person::try_cn("张三", "11010519491231002X", "13812345678")?;
//! assert_eq!(buyer.name().to_string(), "张*");
//!
//! // The consignee address; the street is personal data and is masked too.
//! let address = Address::builder(Country::CN)
//!     .province("上海市")
//!     .city("上海市")
//!     .district("浦东新区")
//!     .street_line("张江路123号")
//!     .build()?;
//! assert!(!format!("{address:?}").contains("123号"));
//!
//! // The price and the composite tax: 9.1% for ordinary goods (VAT 13% × 70%,
//! // 财关税〔2018〕49号), rounded half-up to the fen.
//! let price: Money = "199.00 CNY".parse()?;
//! let tax = price.checked_mul_rate("0.091".parse::<Rate>()?, Rounding::HalfUp)?;
//! assert_eq!(tax.to_string(), "18.11 CNY"); // 199.00 × 0.091 = 18.109
//!
//! // The fulfilment centre ships on US federal business days with a 14:00 cut-off: an order
//! // placed on Thursday 2026-07-02 at 15:00 Los Angeles time misses the cut-off, Friday
//! // 2026-07-03 is the observed Independence Day (5 U.S.C. 6103(b)), so work starts Monday.
//! let us = BusinessCalendar::united_states_federal();
//! let ordered = Utc.with_ymd_and_hms(2026, 7, 2, 22, 0, 0).single().ok_or("instant")?;
//! let cutoff = NaiveTime::from_hms_opt(14, 0, 0).ok_or("time")?;
//! let start = us.first_workable_date(ordered, chrono_tz::America::Los_Angeles, cutoff)?;
//! assert_eq!(start, NaiveDate::from_ymd_opt(2026, 7, 6).ok_or("date")?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Modules
//!
//! The crate is layered; a module only uses the layers below it.
//!
//! | layer | module | what it models |
//! |---|---|---|
//! | 0 world | [`money`] | exact amounts in integer minor units, ISO 4217 and China customs currency codes, rates, rounding, exchange |
//! | 0 world | [`geo`] | ISO 3166-1 countries, China customs country codes, customs regions, postal codes, addresses |
//! | 0 world | [`party`] | people: resident identity numbers, phones, names, identity documents, all masked |
//! | 0 world | [`calendar`] | business calendars with holidays and China's make-up working days (调休) |
//! | 4 report | [`metrics`] | seller logistics metrics (ODR, LSR, PFCR, VTR, on-time delivery) with thresholds as data, in the account-health report's shape |
//! | 4 report | [`reply`] | buyer-question auto-reply: intent recognition in Chinese and English, answers from the shipment through `notice`, escalation to a person |
//! | 4 report | [`notice`] | buyer explanations in zh-CN and en at every status, ready answers to common questions, listing delivery text |
//! | 3 predict | [`eta`] | exact delivery-window distributions leg by leg over each leg's calendar, promise dates, re-estimation in transit, learning from history, interval scores |
//! | 2 movement | [`shipment`] | legs, routes with their customs mode (9610, 1210, postal), hand-offs, tracking events, the status state machine, AfterShip/EasyPost/17TRACK mappings |
//! | 1 law | [`customs`] | the CEB311/411/511/621 documents, the three-document match (三单对碰) reporting every violated rule, the incremental `MatchPool`, receipts and the declaration lifecycle |
//! | 1 law | [`tax`] | CBEC composite tax (跨境电商综合税), postal articles tax (行邮税), the annual quota ledger, other destinations' low-value regimes |
//! | 0 world | [`warehouse`] | nodes (fulfilment centres, bonded warehouses, ports of entry with their customs district, 关区代码), expected ship dates, lanes and the network of routes |
//! | 0 world | [`carrier`] | the carrier catalogue, tracking numbers with their check digits (UPU S10, mod10, mod7, Luhn, MOD 37,36, …) and ranked detection |
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize`/`Deserialize` for every value type. Types with an invariant
//!   deserialize through the same validator as `FromStr`. Serialized personal data is the real
//!   value (it is meant for customs export); only `Debug` and `Display` mask it.
//! - `ceb-xml`: read and write China customs CEB messages (CEB311/411/511/621 and their receipts)
//!   with [quick-xml](https://docs.rs/quick-xml), in `customs::ceb`. Everything written validates
//!   against the official `ceb-import-202205.xsd`; hostile XML (DTDs, entities, oversize or deep
//!   input) is refused with a typed error.
//!
//! # Guarantees
//!
//! - **Exact money.** Integer minor units; rates are decimals; every rounding names its rule.
//! - **Valid by construction.** Codes and identifiers are newtypes that only hold valid values;
//!   errors say what was wrong and where.
//! - **No panics on input, no I/O, no clock.** Callers pass the current instant where it matters.
//! - **Personal data masked** in `Debug` and `Display`; the raw value is reachable only through
//!   methods named `reveal*`.
#![doc(test(attr(deny(warnings))))]

pub mod calendar;
pub mod carrier;
pub mod customs;
mod error;
pub mod eta;
pub mod geo;
pub mod metrics;
pub mod money;
pub mod notice;
pub mod party;
pub mod reply;
pub mod shipment;
pub mod tax;
mod text;
pub mod warehouse;

pub use calendar::BusinessCalendar;
pub use error::Error;
pub use geo::{Address, Country};
pub use money::{Currency, Money, Rate, Rounding};
pub use party::{Person, ResidentId};

/// The README's example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
