//! Other destinations' low-value import regimes (reference notes §5): EU IOSS, UK, Australia,
//! Canada, the US de minimis and Japan's small-value exemption. Each rule takes a
//! [`Consignment`] in the destination's currency and says whether the tax is collected at the
//! sale, relieved at the border, or due as a standard import.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::calc::{self, mul};
use super::error::{ParseTaxError, TaxError};
use super::law::Citation;
use super::policy::TaxPolicy;
use super::{date, rate};
use crate::geo::Country;
use crate::money::{Currency, Money, Rate, Rounding};

macro_rules! simple_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $parse_fn:ident, [$($(#[$vmeta:meta])* $variant:ident),+ $(,)?]
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            strum::Display, strum::EnumString, strum::IntoStaticStr,
        )]
        #[strum(
            serialize_all = "snake_case",
            parse_err_ty = ParseTaxError,
            parse_err_fn = ParseTaxError::$parse_fn
        )]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use crossborder::tax::", stringify!($name), ";")]
            ///
            #[doc = concat!("for v in ", stringify!($name), "::ALL {")]
            #[doc = concat!("    assert_eq!(v.to_string().parse::<", stringify!($name), ">()?, *v);")]
            /// }
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];
        }
    };
}

simple_enum! {
    /// A destination with a modelled low-value regime.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::Destination;
    ///
    /// assert_eq!("jp".parse::<Destination>()?, Destination::Jp);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Destination, destination, [
        /// The European Union (IOSS).
        Eu,
        /// The United Kingdom.
        Uk,
        /// Australia.
        Au,
        /// Canada.
        Ca,
        /// The United States.
        Us,
        /// Japan.
        Jp,
    ]
}

simple_enum! {
    /// How the consignment travels (Canada's thresholds differ).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::Carriage;
    ///
    /// assert_eq!(Carriage::Post.to_string(), "post");
    /// ```
    Carriage, carriage, [
        /// An express courier.
        Courier,
        /// The postal service.
        Post,
    ]
}

simple_enum! {
    /// The kind of goods, for the exclusions of the low-value regimes.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::ForeignGoods;
    ///
    /// assert_eq!(ForeignGoods::ALL[0], ForeignGoods::Ordinary);
    /// ```
    ForeignGoods, foreign_goods, [
        /// Goods with no exclusion.
        Ordinary,
        /// Excise goods: alcohol, tobacco (and EU energy products). Excluded from EU IOSS, the UK
        /// £135 rule and the Australian LVG rule; in Japan liquor and tobacco taxes still apply.
        Excise,
        /// Goods a regime excludes by name (Japan's designated goods: leather bags, footwear,
        /// knitwear, …).
        ReliefExcluded,
    ]
}

/// A consignment to a foreign destination, in the destination's currency (EUR, GBP, AUD, CAD,
/// USD, JPY).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::geo::Country;
/// use crossborder::tax::{Carriage, Consignment};
///
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let mut c = Consignment::new(date, "140.00 EUR".parse()?, Country::CN);
/// c.transport = "15.00 EUR".parse()?;
/// assert_eq!(c.carriage, Carriage::Courier);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Consignment {
    /// The date of sale or import (for the US, the entry date in US Eastern time).
    pub date: NaiveDate,
    /// The goods' price without separately shown transport and insurance (the EU/UK intrinsic
    /// value; the customs or retail value elsewhere).
    pub goods_value: Money,
    /// Transport and insurance charged to the customer.
    pub transport: Money,
    /// Where the goods ship from (and, for Canada's CUSMA relief, are taken to originate).
    pub origin: Country,
    /// Courier or post.
    pub carriage: Carriage,
    /// Ordinary, excise or excluded goods.
    pub goods: ForeignGoods,
    /// The number of distinct tariff subheadings in the consignment (EU €3 duty), at least 1.
    pub tariff_subheadings: u32,
    /// Imported for the buyer's personal use (Japan's 0.6 rule).
    pub personal_use: bool,
}

/// Why a consignment is a standard import.
///
/// # Examples
///
/// ```
/// use crossborder::tax::StandardImportReason;
///
/// let r = StandardImportReason::DeMinimisSuspended { origin_specific: true };
/// assert_ne!(r, StandardImportReason::OverThreshold);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum StandardImportReason {
    /// The tested value is above the threshold.
    OverThreshold,
    /// Excise goods are outside the regime.
    ExciseGoods,
    /// The goods are excluded from the relief by name.
    ExcludedGoods,
    /// The US de minimis is suspended: for products of China and Hong Kong from 2025-05-02
    /// (`origin_specific`), for every country from 2025-08-29.
    DeMinimisSuspended {
        /// Whether the suspension was the China/Hong Kong one.
        origin_specific: bool,
    },
}

/// What a low-value regime does with the consignment.
///
/// # Examples
///
/// ```
/// use crossborder::tax::LowValueOutcome;
///
/// let o = LowValueOutcome::BorderRelief { duty_free: true, taxes_free: false };
/// assert!(matches!(o, LowValueOutcome::BorderRelief { duty_free: true, .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum LowValueOutcome {
    /// The seller or marketplace collects the VAT/GST at the sale; none at the border.
    CollectedAtSale {
        /// VAT or GST charged at checkout.
        tax: Money,
        /// Customs duty (the EU €3 per subheading from 2026-07-01; otherwise zero).
        duty: Money,
    },
    /// Relief at the border.
    BorderRelief {
        /// No customs duty.
        duty_free: bool,
        /// No import taxes (VAT, GST, consumption tax). `false` where taxes still apply.
        taxes_free: bool,
    },
    /// A standard import: duty and taxes at the border on the customs value.
    StandardImport {
        /// Why.
        reason: StandardImportReason,
    },
}

/// The assessment of a consignment under a destination's low-value regime.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::geo::Country;
/// use crossborder::tax::{Consignment, Destination, LowValueOutcome, TaxPolicy};
///
/// // T31: A$900 + A$30 shipping: GST (900 + 30) × 10% = 93.00 at the sale
/// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
/// let mut c = Consignment::new(date, "900.00 AUD".parse()?, Country::US);
/// c.transport = "30.00 AUD".parse()?;
/// let a = c.au_low_value(&TaxPolicy::default())?;
/// assert_eq!(a.destination, Destination::Au);
/// assert_eq!(a.outcome, LowValueOutcome::CollectedAtSale {
///     tax: "93.00 AUD".parse()?,
///     duty: "0 AUD".parse()?,
/// });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LowValueAssessment {
    /// The destination.
    pub destination: Destination,
    /// The value compared with the threshold.
    pub tested_value: Money,
    /// The threshold it was compared with.
    pub threshold: Money,
    /// The outcome.
    pub outcome: LowValueOutcome,
    /// The provisions applied.
    pub citations: Vec<Citation>,
}

const EU_IOSS: NaiveDate = date(2021, 7, 1);
const EU_FLAT_DUTY: NaiveDate = date(2026, 7, 1);
const UK_2021: NaiveDate = date(2021, 1, 1);
const AU_2018: NaiveDate = date(2018, 7, 1);
const CA_CUSMA: NaiveDate = date(2020, 7, 1);
const US_TFTEA: NaiveDate = date(2016, 3, 10);
const US_CHINA_END: NaiveDate = date(2025, 5, 2);
const US_ALL_END: NaiveDate = date(2025, 8, 29);

const fn money(minor: i64, currency: Currency) -> Money {
    Money::from_minor(minor, currency)
}

impl Consignment {
    /// A courier consignment of ordinary goods worth `goods_value`, one tariff subheading, no
    /// transport charge, not for personal use.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::geo::Country;
    /// use crossborder::tax::Consignment;
    ///
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let c = Consignment::new(date, "100.00 GBP".parse()?, Country::CN);
    /// assert!(c.transport.is_zero());
    /// assert_eq!(c.tariff_subheadings, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(date: NaiveDate, goods_value: Money, origin: Country) -> Self {
        Self {
            date,
            goods_value,
            transport: Money::zero(goods_value.currency()),
            origin,
            carriage: Carriage::Courier,
            goods: ForeignGoods::Ordinary,
            tariff_subheadings: 1,
            personal_use: false,
        }
    }

    fn validate(
        &self,
        currency: Currency,
        regime: &'static str,
        earliest: NaiveDate,
    ) -> Result<(), TaxError> {
        if self.date < earliest {
            return Err(TaxError::NotInForce { regime, date: self.date, earliest });
        }
        for (field, amount) in [("goods_value", self.goods_value), ("transport", self.transport)] {
            if amount.currency() != currency {
                return Err(TaxError::WrongCurrency {
                    field: field.to_owned(),
                    expected: currency,
                    found: amount.currency(),
                });
            }
            if amount.is_negative() {
                return Err(TaxError::NegativeAmount { field: field.to_owned(), amount });
            }
        }
        Ok(())
    }

    fn price_plus_transport(&self) -> Result<Money, TaxError> {
        calc::add_money(self.goods_value, self.transport)
    }

    /// EU import one-stop shop (IOSS, Council Directive 2006/112/EC Art. 369l–369x), from
    /// 2021-07-01: a consignment of intrinsic value (goods price without separately shown
    /// transport and insurance, Regulation (EU) 2015/2446 Art. 1(48)) up to €150 that is not
    /// excise goods is taxed at the sale with the VAT of the member state of arrival
    /// (`vat_rate`, e.g. 19% for Germany) on price + transport (Directive Art. 78(b)); no import
    /// VAT at the border. From 2026-07-01 an interim flat duty of €3 per distinct tariff
    /// subheading applies. Whether that duty enters the VAT base is not settled (reference notes
    /// §8 item 6); it is not added here.
    ///
    /// # Errors
    ///
    /// [`TaxError::NotInForce`] before 2021-07-01; [`TaxError::WrongCurrency`] unless EUR;
    /// [`TaxError::NegativeAmount`]; [`TaxError::ZeroQuantity`] for zero subheadings.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::geo::Country;
    /// use crossborder::tax::{Consignment, LowValueOutcome, TaxPolicy};
    ///
    /// // T27: €140 + €15 shipping to Germany: VAT (140 + 15) × 19% = 29.45; duty €3 from 2026-07-01
    /// let date = NaiveDate::from_ymd_opt(2026, 7, 1).ok_or("date")?;
    /// let mut c = Consignment::new(date, "140.00 EUR".parse()?, Country::CN);
    /// c.transport = "15.00 EUR".parse()?;
    /// let a = c.eu_ioss("19%".parse()?, &TaxPolicy::default())?;
    /// assert_eq!(a.outcome, LowValueOutcome::CollectedAtSale {
    ///     tax: "29.45 EUR".parse()?,
    ///     duty: "3.00 EUR".parse()?,
    /// });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn eu_ioss(
        &self,
        vat_rate: Rate,
        policy: &TaxPolicy,
    ) -> Result<LowValueAssessment, TaxError> {
        self.validate(Currency::EUR, "EU IOSS", EU_IOSS)?;
        if self.tariff_subheadings == 0 {
            return Err(TaxError::ZeroQuantity { field: "tariff_subheadings".to_owned() });
        }
        let threshold = money(15_000, Currency::EUR);
        let mut citations = vec![Citation::EuIoss, Citation::EuIntrinsicValue];
        let outcome = if self.goods == ForeignGoods::Excise {
            LowValueOutcome::StandardImport { reason: StandardImportReason::ExciseGoods }
        } else if self.goods_value.minor() > threshold.minor() {
            LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold }
        } else {
            citations.push(Citation::EuTransportInBase);
            let tax = self
                .price_plus_transport()?
                .checked_mul_rate(vat_rate, policy.rounding)
                .map_err(|e| TaxError::from_money(&e, "vat"))?;
            let duty = if self.date >= EU_FLAT_DUTY {
                citations.push(Citation::EuFlatDuty2026);
                money(300, Currency::EUR)
                    .checked_mul_int(i64::from(self.tariff_subheadings))
                    .map_err(|e| TaxError::from_money(&e, "duty"))?
            } else {
                Money::zero(Currency::EUR)
            };
            LowValueOutcome::CollectedAtSale { tax, duty }
        };
        Ok(LowValueAssessment {
            destination: Destination::Eu,
            tested_value: self.goods_value,
            threshold,
            outcome,
            citations,
        })
    }

    /// UK low-value imports, from 2021-01-01 (HMRC guidance): a consignment of intrinsic value up
    /// to £135 is taxed at the sale by the seller or online marketplace with UK VAT (`vat_rate`,
    /// 20% standard) on price + delivery, and bears no customs duty (the duty relief is to end
    /// by March 2029 at the latest; not modelled). Excise goods are outside the rule (from the
    /// HMRC guidance; not in the reference notes).
    ///
    /// # Errors
    ///
    /// [`TaxError::NotInForce`] before 2021-01-01; [`TaxError::WrongCurrency`] unless GBP;
    /// [`TaxError::NegativeAmount`].
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::geo::Country;
    /// use crossborder::tax::{Consignment, LowValueOutcome, TaxPolicy};
    ///
    /// // T30: £100 + £10 delivery: VAT (100 + 10) × 20% = 22.00
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let mut c = Consignment::new(date, "100.00 GBP".parse()?, Country::CN);
    /// c.transport = "10.00 GBP".parse()?;
    /// let a = c.uk_low_value("20%".parse()?, &TaxPolicy::default())?;
    /// assert_eq!(a.outcome, LowValueOutcome::CollectedAtSale {
    ///     tax: "22.00 GBP".parse()?,
    ///     duty: "0 GBP".parse()?,
    /// });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn uk_low_value(
        &self,
        vat_rate: Rate,
        policy: &TaxPolicy,
    ) -> Result<LowValueAssessment, TaxError> {
        self.validate(Currency::GBP, "UK low-value imports", UK_2021)?;
        let threshold = money(13_500, Currency::GBP);
        let outcome = if self.goods == ForeignGoods::Excise {
            LowValueOutcome::StandardImport { reason: StandardImportReason::ExciseGoods }
        } else if self.goods_value.minor() > threshold.minor() {
            LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold }
        } else {
            let tax = self
                .price_plus_transport()?
                .checked_mul_rate(vat_rate, policy.rounding)
                .map_err(|e| TaxError::from_money(&e, "vat"))?;
            LowValueOutcome::CollectedAtSale { tax, duty: Money::zero(Currency::GBP) }
        };
        Ok(LowValueAssessment {
            destination: Destination::Uk,
            tested_value: self.goods_value,
            threshold,
            outcome,
            citations: vec![Citation::UkLowValue2021],
        })
    }

    /// Australian GST on low-value goods (A New Tax System (Goods and Services Tax) Act 1999
    /// Subdiv. 84-C), from 2018-07-01: goods of customs value up to A$1,000 (shipping excluded),
    /// other than tobacco and alcohol, bear 10% GST on price + shipping, collected at the sale.
    ///
    /// # Errors
    ///
    /// [`TaxError::NotInForce`] before 2018-07-01; [`TaxError::WrongCurrency`] unless AUD;
    /// [`TaxError::NegativeAmount`].
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::geo::Country;
    /// use crossborder::tax::{Consignment, LowValueOutcome, StandardImportReason, TaxPolicy};
    ///
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let c = Consignment::new(date, "1000.01 AUD".parse()?, Country::US);
    /// let a = c.au_low_value(&TaxPolicy::default())?;
    /// assert_eq!(a.outcome, LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn au_low_value(&self, policy: &TaxPolicy) -> Result<LowValueAssessment, TaxError> {
        self.validate(Currency::AUD, "Australian low-value goods GST", AU_2018)?;
        let threshold = money(100_000, Currency::AUD);
        let outcome = if self.goods == ForeignGoods::Excise {
            LowValueOutcome::StandardImport { reason: StandardImportReason::ExciseGoods }
        } else if self.goods_value.minor() > threshold.minor() {
            LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold }
        } else {
            let tax = self
                .price_plus_transport()?
                .checked_mul_rate(rate(10, 2), policy.rounding)
                .map_err(|e| TaxError::from_money(&e, "gst"))?;
            LowValueOutcome::CollectedAtSale { tax, duty: Money::zero(Currency::AUD) }
        };
        Ok(LowValueAssessment {
            destination: Destination::Au,
            tested_value: self.goods_value,
            threshold,
            outcome,
            citations: vec![Citation::AuLowValue2018],
        })
    }

    /// Canadian low-value shipments (CBSA Customs Notice CN20-18), from 2020-07-01, on the value
    /// for duty:
    /// - courier from the US or Mexico: up to C$40 free of duty and taxes; C$40.01 to C$150
    ///   duty-free, taxes apply; above C$150 both apply;
    /// - post from anywhere, or courier from elsewhere: up to C$20 free; above, both apply.
    ///
    /// The C$150 duty relief is for goods originating in CUSMA countries; `origin` is taken as
    /// both the shipping country and the goods' origin.
    ///
    /// # Errors
    ///
    /// [`TaxError::NotInForce`] before 2020-07-01; [`TaxError::WrongCurrency`] unless CAD;
    /// [`TaxError::NegativeAmount`].
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::geo::Country;
    /// use crossborder::tax::{Consignment, LowValueOutcome};
    ///
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let c = Consignment::new(date, "100.00 CAD".parse()?, Country::US);
    /// let a = c.ca_low_value()?;
    /// assert_eq!(a.outcome, LowValueOutcome::BorderRelief { duty_free: true, taxes_free: false });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ca_low_value(&self) -> Result<LowValueAssessment, TaxError> {
        self.validate(Currency::CAD, "Canadian low-value shipments", CA_CUSMA)?;
        let value = self.goods_value.minor();
        let cusma_courier =
            self.carriage == Carriage::Courier && matches!(self.origin, Country::US | Country::MX);
        let relief =
            |duty_free, taxes_free| LowValueOutcome::BorderRelief { duty_free, taxes_free };
        let over = LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold };
        let (threshold, outcome) = if cusma_courier {
            if value <= 4_000 {
                (4_000, relief(true, true))
            } else if value <= 15_000 {
                (15_000, relief(true, false))
            } else {
                (15_000, over)
            }
        } else if value <= 2_000 {
            (2_000, relief(true, true))
        } else {
            (2_000, over)
        };
        Ok(LowValueAssessment {
            destination: Destination::Ca,
            tested_value: self.goods_value,
            threshold: money(threshold, Currency::CAD),
            outcome,
            citations: vec![Citation::CaCusma2020],
        })
    }

    /// The US de minimis (19 U.S.C. 1321(a)(2)(C)) by entry date and origin: $800 from
    /// 2016-03-10 (TFTEA §901); ended for products of China and Hong Kong on 2025-05-02
    /// (Executive Order 14256) and suspended for every country from 2025-08-29 (Executive Order
    /// 14324; continued after the 2026-02-20 Supreme Court ruling on IEEPA tariffs; statutory
    /// repeal from 2027-07-01). Both orders took effect at 00:01 EDT, so `date` is the entry
    /// date in US Eastern time; an entry in the first minute of the day is treated as after.
    ///
    /// # Errors
    ///
    /// [`TaxError::NotInForce`] before 2016-03-10; [`TaxError::WrongCurrency`] unless USD;
    /// [`TaxError::NegativeAmount`].
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::geo::Country;
    /// use crossborder::tax::{Consignment, LowValueOutcome, StandardImportReason};
    ///
    /// let before = NaiveDate::from_ymd_opt(2025, 8, 28).ok_or("date")?;
    /// let c = Consignment::new(before, "120.00 USD".parse()?, Country::JP);
    /// assert_eq!(c.us_de_minimis()?.outcome, LowValueOutcome::BorderRelief { duty_free: true, taxes_free: true });
    /// let mut c = c;
    /// c.date = NaiveDate::from_ymd_opt(2025, 8, 29).ok_or("date")?;
    /// assert_eq!(c.us_de_minimis()?.outcome, LowValueOutcome::StandardImport {
    ///     reason: StandardImportReason::DeMinimisSuspended { origin_specific: false },
    /// });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn us_de_minimis(&self) -> Result<LowValueAssessment, TaxError> {
        self.validate(Currency::USD, "US de minimis", US_TFTEA)?;
        let threshold = money(80_000, Currency::USD);
        let mut citations = vec![Citation::UsDeMinimis, Citation::UsTftea2016];
        let china = matches!(self.origin, Country::CN | Country::HK);
        let outcome = if china && self.date >= US_CHINA_END && self.date < US_ALL_END {
            citations.push(Citation::UsEo14256);
            LowValueOutcome::StandardImport {
                reason: StandardImportReason::DeMinimisSuspended { origin_specific: true },
            }
        } else if self.date >= US_ALL_END {
            citations.push(Citation::UsEo14324);
            LowValueOutcome::StandardImport {
                reason: StandardImportReason::DeMinimisSuspended { origin_specific: false },
            }
        } else if self.goods_value.minor() > threshold.minor() {
            LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold }
        } else {
            LowValueOutcome::BorderRelief { duty_free: true, taxes_free: true }
        };
        Ok(LowValueAssessment {
            destination: Destination::Us,
            tested_value: self.goods_value,
            threshold,
            outcome,
            citations,
        })
    }

    /// Japan's small-value exemption (Japan Customs, Customs Answer 1006): goods of total customs
    /// value up to ¥10,000 are free of customs duty and consumption tax, except designated goods
    /// (leather bags, footwear, knitwear, …: [`ForeignGoods::ReliefExcluded`]); liquor and tobacco
    /// taxes still apply ([`ForeignGoods::Excise`]: duty-free but not tax-free).
    ///
    /// The customs value is goods + transport, or for personal use the overseas retail price ×
    /// 0.6 (the 0.6 rule; whether transport is added to it is not settled in the reference
    /// notes, and it is not added here). The tested value is rounded down to the yen; the
    /// comparison uses the exact product. The FY2026 reform (abolishing the 0.6 rule, taxing
    /// small-value mail order from April 2028) is planned, not in force, and not modelled.
    ///
    /// # Errors
    ///
    /// [`TaxError::WrongCurrency`] unless JPY; [`TaxError::NegativeAmount`].
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::geo::Country;
    /// use crossborder::tax::{Consignment, LowValueOutcome};
    ///
    /// // ¥16,000 retail for personal use: 16,000 × 0.6 = 9,600 ≤ 10,000: exempt
    /// let date = NaiveDate::from_ymd_opt(2025, 3, 1).ok_or("date")?;
    /// let mut c = Consignment::new(date, "16000 JPY".parse()?, Country::US);
    /// c.personal_use = true;
    /// let a = c.jp_small_value()?;
    /// assert_eq!(a.tested_value.to_string(), "9600 JPY");
    /// assert_eq!(a.outcome, LowValueOutcome::BorderRelief { duty_free: true, taxes_free: true });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn jp_small_value(&self) -> Result<LowValueAssessment, TaxError> {
        self.validate(Currency::JPY, "Japanese small-value exemption", NaiveDate::MIN)?;
        let threshold = money(10_000, Currency::JPY);
        let mut citations = vec![Citation::JpSmallValue];
        let exact = if self.personal_use {
            citations.push(Citation::JpPersonalUse);
            mul(self.goods_value.to_decimal(), Decimal::new(6, 1))?
        } else {
            self.price_plus_transport()?.to_decimal()
        };
        let tested_value = calc::round(exact, Currency::JPY, Rounding::Down)?;
        let outcome = if self.goods == ForeignGoods::ReliefExcluded {
            LowValueOutcome::StandardImport { reason: StandardImportReason::ExcludedGoods }
        } else if exact > threshold.to_decimal() {
            LowValueOutcome::StandardImport { reason: StandardImportReason::OverThreshold }
        } else {
            LowValueOutcome::BorderRelief {
                duty_free: true,
                taxes_free: self.goods != ForeignGoods::Excise,
            }
        };
        Ok(LowValueAssessment {
            destination: Destination::Jp,
            tested_value,
            threshold,
            outcome,
            citations,
        })
    }
}
