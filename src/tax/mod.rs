//! Import taxes on cross-border parcels (进口税收): the cross-border e-commerce composite tax
//! (跨境电商综合税), the postal articles tax (行邮税), the buyer's annual quota (个人年度交易限值),
//! and other destinations' low-value regimes — each as the law in force on a given date, to the
//! fen, with the legal provision of every rule.
//!
//! # What is modelled
//!
//! | part | domain term | rules and sources |
//! |---|---|---|
//! | [`CbecOrder::assess`], [`CbecRegime`] | 跨境电商零售进口 (9610 直购, 1210 网购保税) | 财关税〔2016〕18号 一、二: customs value = actual transaction price incl. freight and insurance; duty 0%, VAT and consumption tax at 70%, no 50-yuan exemption; 财关税〔2018〕49号 一、二: limits 5,000 / 26,000 from 2019-01-01 ("超过" = strictly greater), one item over 5,000 and below 26,000 at full rate and counted in the year |
//! | [`statutory amounts`](LineTax::statutory) | 组成计税价格 | 《消费税暂行条例》 第九条: `(CV + duty [+ specific]) / (1 − ct)`; 《增值税暂行条例》 第十四条: VAT on CV + duty + CT |
//! | [`VatClass`] | 增值税税率 | 13%/9% from 2019-04-01 (2019年第39号), 16%/10% from 2018-05-01 (财税〔2018〕32号), 17%/11% from 2017-07-01 (财税〔2017〕37号), 17%/13% before |
//! | [`PostalParcel::assess`], [`PostalSchedule`] | 进境物品进口税 (行邮税) | bands 13/20/50% (税委会〔2019〕17号) and their history; tax ≤ 50 yuan exempt (海关总署公告2010年第43号 一); parcel limit 1,000 / 800 from HK, MO, TW (二) with the single-article exception (三); value from the customs value table or the invoice (海关总署公告2012年第15号) |
//! | [`RateTable`], [`BuiltinCategory`] | 税目 | VAT class, consumption tax (财关税〔2016〕48号, 财税〔2006〕33号, 财税〔2015〕16号, the 消费税税目税率表) and postal band of common goods |
//! | [`AnnualQuotaLedger`] | 个人年度交易限值 | check, reserve, release, and restore on a return within 30/45 days (海关总署公告2020年第45号) |
//! | [`Consignment`] | other destinations | EU IOSS €150 and the €3 duty from 2026-07-01; UK £135; Australia A$1,000; Canada CUSMA; US de minimis and its suspension; Japan ¥10,000 and the 0.6 rule |
//! | [`TaxPolicy`] | 舍入 and allocation | the choices no text fixes (rounding per line, half-up; freight by value; non-cash deductions not deducted), explicit and switchable |
//!
//! Which Chinese regime applies (CBEC, postal articles or general trade) is the caller's input:
//! the module does not guess it from the carrier or the platform.
//!
//! # Exactness
//!
//! Amounts are [`Money`](crate::money::Money) (integer fen); rates are
//! [`Rate`] decimals; every intermediate product is a `rust_decimal` decimal
//! through `checked_*` operations, and each payable amount is rounded once, by
//! [`Money::from_decimal`](crate::money::Money::from_decimal) with the policy's rounding. Each
//! statutory amount is one exact product divided once by `1 − ct`, so it is exact to 28
//! significant digits. Errors are for input that cannot be assessed ([`TaxError`]); an order over
//! a limit is an outcome ([`CbecOutcome::NotAdmissible`]), never an error or a panic.
//!
//! # Layering
//!
//! `tax` knows nothing of customs documents: the customs module asks it for quota checks
//! ([`AnnualQuotaLedger::check`], [`AnnualQuotaLedger::used`]) and assessments.
//!
//! # Examples
//!
//! Reference case T03, high-end serum within the limits, and the composite-rate check:
//!
//! ```
//! use chrono::NaiveDate;
//! use crossborder::tax::{BuiltinCategory, CbecOrder, CbecRegime, OrderLine, TaxPolicy};
//!
//! let date = NaiveDate::from_ymd_opt(2025, 6, 18).ok_or("date")?;
//! let serum = OrderLine::new(BuiltinCategory::Cosmetics.category(), "800.00 CNY".parse()?, 1)
//!     .with_content_per_unit("50 ml".parse()?);
//! let mut order = CbecOrder::new(date, vec![serum]);
//! order.freight = "20.00 CNY".parse()?;
//! let assessment = order.assess("0 CNY".parse()?, &TaxPolicy::default())?;
//! // CV 820; 16.4 yuan/ml ≥ 10 so CT 15% applies.
//! // CT  = 820 × 0.15 / 0.85 × 0.7 = 101.294… → 101.29
//! // VAT = 820 × 0.13 / 0.85 × 0.7 =  87.788… →  87.79
//! assert_eq!(assessment.total_tax().map(|m| m.to_string()), Some("189.08 CNY".into()));
//! let composite = CbecRegime::Limits2019.composite_rate("13%".parse()?, "15%".parse()?)?;
//! assert!(composite.to_string().starts_with("0.23058823"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![warn(clippy::arithmetic_side_effects)]

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::money::Rate;

mod calc;
mod cbec;
mod error;
mod foreign;
mod law;
mod policy;
mod postal;
mod quota;
mod rates;

pub use cbec::{
    CbecAssessment, CbecOrder, CbecOutcome, CbecRegime, CbecTax, Inadmissible, InclusiveSplit,
    LineTax, LineValue, OrderLine, QuotaEffect, TaxComponents, split_tax_inclusive,
};
pub use error::{ParseTaxError, QuotaError, TaxError};
pub use foreign::{
    Carriage, Consignment, Destination, ForeignGoods, LowValueAssessment, LowValueOutcome,
    StandardImportReason,
};
pub use law::Citation;
pub use policy::{
    FreightAllocation, NonCashDeduction, RoundingGranularity, RoundingOrder, TaxPolicy,
};
pub use postal::{
    POSTAL_EXEMPT_TAX, PostalAssessment, PostalItem, PostalItemTax, PostalOutcome, PostalParcel,
    PostalQuote, PostalSchedule, ValueBasis,
};
pub use quota::{
    AnnualQuotaLedger, EntryStatus, OrderRef, QuotaCheck, QuotaDecision, QuotaEntry,
    RETURN_APPLICATION_DAYS, RETURN_GOODS_BACK_DAYS, ReturnOutcome,
};
pub use rates::{
    BuiltinCategory, CategoryId, ConsumptionTax, Content, ContentUnit, CtThreshold, HsCode,
    PostalBand, RateTable, SpecificRate, TaxCategory, VatClass,
};

/// A calendar date for the module's effective-date tables; the tests check every one.
pub(crate) const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

/// The rate `mantissa × 10^-scale` (a positive constant of the module's tables).
pub(crate) fn rate(mantissa: i64, scale: u32) -> Rate {
    Rate::try_new(Decimal::new(mantissa, scale)).unwrap_or(Rate::ZERO)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_dates_are_real_dates() {
        for (y, m, d) in [(2016, 4, 8), (2019, 1, 1), (2019, 4, 1), (2024, 12, 1), (2010, 9, 1)] {
            assert_ne!(date(y, m, d), NaiveDate::MIN);
        }
        assert_eq!(date(2019, 2, 30), NaiveDate::MIN);
        assert_eq!(rate(13, 2).to_string(), "0.13");
    }

    #[test]
    fn public_types_are_send_and_sync() {
        fn assert<T: Send + Sync>() {}
        assert::<CbecAssessment>();
        assert::<AnnualQuotaLedger>();
        assert::<PostalAssessment>();
        assert::<LowValueAssessment>();
        assert::<RateTable>();
        assert::<TaxError>();
        assert::<QuotaError>();
    }
}
