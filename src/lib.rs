//! A typed, law-accurate model of cross-border direct-mail shipping into mainland China
//! (跨境电商直邮).
//!
//! A buyer in Shanghai orders a bottle of vitamins for 27.99 USD on an overseas marketplace.
//! The parcel leaves a US fulfilment centre, DHL eCommerce flies it to the Shanghai Pudong port
//! of entry, customs clears it as a direct purchase import (监管方式 9610) against the order,
//! payment and waybill documents pushed in advance (三单对碰, the three-document match) and
//! collects the cross-border e-commerce composite tax (跨境电商综合税), and SF Express (顺丰)
//! delivers it under a new tracking number. This crate models every step: exact money and the
//! customs exchange rate, masked personal data, business calendars, carriers and tracking
//! numbers, tax and the annual quota, the customs documents and their match, the shipment's
//! state machine, delivery windows, buyer notices and auto-replies, and seller metrics.
//!
//! # The guide
//!
//! **`docs/GUIDE.md`** follows that one parcel through every module in the order a real system
//! meets them, with exact, hand-checked figures, then covers bonded import (1210), postal
//! articles (行邮), errors, features, performance and the sources of the rules. Every code block
//! in it runs as a doctest of this crate. docs.rs does not render it: read it in the source
//! repository, or in the crate's source package (`docs/GUIDE.md`, also browsable under
//! "Source" on docs.rs).
//!
//! # One parcel, end to end
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use crossborder::carrier::{Carrier, TrackingNumber};
//! use crossborder::customs::{MatchOptions, NoQuota, Rule, match_documents, sample};
//! use crossborder::geo::Country;
//! use crossborder::money::{ExchangeRate, Money};
//! use crossborder::notice::{Lang, Notice, PlaceNames};
//! use crossborder::party::Person;
//! use crossborder::shipment::{
//!     CustomsMode, EventKind, HoldReason, Leg, LegRef, Location, Route, Shipment, Status,
//!     TrackingEvent,
//! };
//! use crossborder::tax::{BuiltinCategory, CbecOrder, OrderLine, TaxPolicy};
//! use crossborder::warehouse::TransportMode;
//!
//! // 1. The order: the buyer's personal data prints masked; the US price is converted at the
//! //    customs rate and rounded half-up to the fen (海关总署令第272号 第十三条):
//! //    27.99 × 7.1234 = 199.383966 → 199.38.
//! let buyer = Person::try_cn("张三", "11010519491231002X", "13812345678")?;
//! assert_eq!(buyer.to_string(), "张* (ID 110105********002X, tel 138****5678)");
//! let price = "1 USD = 7.1234 CNY".parse::<ExchangeRate>()?.convert("27.99 USD".parse()?)?;
//! assert_eq!(price.to_string(), "199.38 CNY");
//!
//! // 2. The tax: CBEC composite tax, duty 0 and VAT 13% × 70% = 9.1% (财关税〔2016〕18号,
//! //    财关税〔2018〕49号): 199.38 × 0.091 = 18.14358 → 18.14.
//! let day = NaiveDate::from_ymd_opt(2026, 9, 24).ok_or("date")?;
//! let line = OrderLine::new(BuiltinCategory::Ordinary.category(), price, 1);
//! let assessment = CbecOrder::new(day, vec![line]).assess(Money::zero(price.currency()), &TaxPolicy::default())?;
//! assert_eq!(assessment.total_tax().map(|t| t.to_string()), Some("18.14 CNY".into()));
//!
//! // 3. The three-document match (三单对碰), here on the crate's sample documents: every
//! //    violated rule is reported at once, with its source.
//! let mut documents = sample::matched_set()?;
//! assert!(match_documents(&documents.documents(), &MatchOptions::default(), &NoQuota).is_match());
//! documents.payment.amount_paid = "372.70".parse()?; // the order says 372.76
//! let report = match_documents(&documents.documents(), &MatchOptions::default(), &NoQuota);
//! assert_eq!(report.violated_rules().iter().collect::<Vec<_>>(), [Rule::PaidAmount]);
//!
//! // 4. The route: DHL eCommerce to Shanghai Pudong, customs (9610), then SF Express under
//! //    its own number. The hand-off links the two numbers.
//! let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
//! let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
//! let pvg = Location::node("PVG".parse()?);
//! let route = Route::builder(CustomsMode::DirectPurchase)
//!     .leg(Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
//!         Location::node("ONT8".parse()?), pvg.clone(), gm)?)
//!     .clearance()
//!     .leg(Leg::try_new(Carrier::SfExpress, TransportMode::Road,
//!         pvg, Location::place("上海市浦东新区", Country::CN)?, sf)?)
//!     .build()?;
//! let (dhl, sf) = (LegRef::new(Carrier::DhlEcommerce, gm), LegRef::new(Carrier::SfExpress, sf));
//! let t = |m, d, h| Utc.with_ymd_and_hms(2026, m, d, h, 0, 0).single().ok_or("instant");
//!
//! // 5. Events as carriers report them: no pick-up scan, the arrival after the hold. The
//! //    state machine places them by instant and infers what nobody scanned.
//! let mut shipment = Shipment::new(route);
//! shipment.apply(TrackingEvent::new(t(9, 29, 2)?, dhl, EventKind::CustomsHeld(HoldReason::Inspection)))?;
//! shipment.apply(TrackingEvent::new(t(9, 28, 1)?, dhl, EventKind::ArrivedInDestination))?;
//! assert_eq!(shipment.status(), Status::CustomsHeld(HoldReason::Inspection));
//! assert_eq!(shipment.inferred().next().map(|i| i.milestone()), Some(Status::PickedUp { leg: 0 }));
//!
//! // 6. What the buyer is told (the library never reads the clock: `now` is passed in), with
//! //    the node's name instead of its code.
//! let names = PlaceNames::new().with("PVG".parse()?, Lang::ZhCn, "上海浦东国际机场".parse()?);
//! let text = Notice::new(&shipment, t(9, 30, 2)?).with_place_names(&names).explain(Lang::ZhCn);
//! assert!(text.starts_with("包裹在上海浦东国际机场被海关暂扣：海关正在对包裹进行查验。"));
//! assert!(text.contains("清关放行后将由顺丰速运派送，新的运单号是 SF1385628716739"));
//!
//! shipment.apply(TrackingEvent::new(t(10, 8, 10)?, sf, EventKind::PickedUp))?;
//! shipment.apply(TrackingEvent::new(t(10, 9, 5)?, sf, EventKind::Delivered))?;
//! assert_eq!(shipment.status(), Status::Delivered);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Modules
//!
//! The crate is layered; a module only uses the layers below it (and `reply` uses `notice`).
//!
//! | layer | module | what it models |
//! |---|---|---|
//! | 0 world | [`money`] | exact amounts in integer minor units, ISO 4217 and China customs currency codes, rates, rounding, exchange at the customs rate |
//! | 0 world | [`geo`] | ISO 3166-1 countries, China customs country codes, customs regions, postal codes, addresses |
//! | 0 world | [`party`] | people: resident identity numbers, phones, names, identity documents, all masked |
//! | 0 world | [`calendar`] | business calendars with holidays and China's make-up working days (调休) |
//! | 0 world | [`warehouse`] | nodes (fulfilment centres, bonded warehouses, ports of entry with their customs district, 关区代码), expected ship dates, lanes and the network of routes |
//! | 0 world | [`carrier`] | the carrier catalogue, tracking numbers with their check digits (UPU S10, mod10, mod7, Luhn, MOD 37,36, …) and ranked detection |
//! | 1 law | [`tax`] | CBEC composite tax (跨境电商综合税), postal articles tax (行邮税), the annual quota ledger, other destinations' low-value regimes |
//! | 1 law | [`customs`] | the CEB311/411/511/621 documents, the three-document match (三单对碰) reporting every violated rule, the incremental `MatchPool`, receipts and the declaration lifecycle, CEB XML (feature `ceb-xml`) |
//! | 2 movement | [`shipment`] | legs, routes with their customs mode (9610, 1210, postal), hand-offs, tracking events, customs receipts as events, the status state machine, AfterShip/EasyPost/17TRACK mappings |
//! | 3 predict | [`eta`] | exact delivery-window distributions leg by leg over each leg's calendar, promise dates, re-estimation in transit, learning from history, interval scores |
//! | 4 report | [`notice`] | buyer explanations in zh-CN and en at every status, ready answers to common questions, listing delivery text |
//! | 4 report | [`reply`] | buyer-question auto-reply: intent recognition in Chinese and English, answers from the shipment through `notice`, escalation to a person |
//! | 4 report | [`metrics`] | seller logistics metrics (ODR, LSR, PFCR, VTR, on-time delivery) with thresholds as data, in the account-health report's shape |
//!
//! The most used types are re-exported at the root: [`Money`], [`Currency`], [`Rate`],
//! [`Rounding`], [`Country`], [`Address`], [`Person`], [`ResidentId`], [`BusinessCalendar`] and
//! the crate-wide [`Error`], which every module error converts into with `?`.
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize`/`Deserialize` for every value type. Types with an invariant
//!   deserialize through the same validator as `FromStr`; a stored `Shipment` is replayed
//!   through the state machine. Serialized personal data is the real value (it is meant for
//!   customs export); only `Debug` and `Display` mask it.
//! - `ceb-xml`: read and write China customs CEB messages (CEB311/411/511/621 and their receipts)
//!   with [quick-xml](https://docs.rs/quick-xml), in `customs::ceb`. Everything written validates
//!   against the official `ceb-import-202205.xsd`; hostile XML (DTDs, entities, oversize or deep
//!   input) is refused with a typed error.
//!
//! # Guarantees
//!
//! - **Exact money.** Integer minor units; rates are decimals; every rounding names its rule.
//! - **Valid by construction.** Codes and identifiers are newtypes that only hold valid values;
//!   errors say what was wrong and where. A business outcome (a document mismatch, an order
//!   over the limits, a customs hold) is a value, not an error.
//! - **No panics on input, no I/O, no clock.** Callers pass the current instant where it matters.
//! - **Personal data masked** in `Debug` and `Display`; the raw value is reachable only through
//!   methods named `reveal*`.
//! - **Sourced rules.** Each module's documentation opens with what it models and cites the
//!   law, notice or standard of each rule; `docs/GUIDE.md` §16 collects them.
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

/// The guide (`docs/GUIDE.md`), every code block compiled and run as a doctest. Blocks that
/// need the `serde` or `ceb-xml` feature gate their own body with `#[cfg(feature = …)]`, so the
/// guide is tested with any set of features.
#[cfg(doctest)]
#[doc = include_str!("../docs/GUIDE.md")]
pub struct GuideDoctests;
