//! [`TaxPolicy`]: the computation choices the law leaves open, with documented defaults.
//!
//! No official text fixes how CBEC tax is rounded or how freight is spread over the lines of an
//! order (reference notes §1.7 and §8 item 1). The defaults follow the customs electronic tax
//! bill (CEB816 `TaxListRd`, which carries duty, VAT and consumption tax **per line**) and the
//! public implementations that round each payable component half-up (四舍五入) to the fen.

use super::error::ParseTaxError;
use crate::money::Rounding;

/// How the computation handles the points the law leaves open. Every field is public and every
/// combination is valid; start from [`TaxPolicy::default()`] and change what you need.
///
/// | field | default | alternative |
/// |---|---|---|
/// | [`rounding`](Self::rounding) | [`Rounding::HalfUp`] (四舍五入) | [`Rounding::HalfEven`] |
/// | [`granularity`](Self::granularity) | [`RoundingGranularity::PerLine`] | [`RoundingGranularity::PerOrder`] |
/// | [`rounding_order`](Self::rounding_order) | [`RoundingOrder::ReduceThenRound`] | [`RoundingOrder::RoundStatutoryThenReduce`] |
/// | [`freight_allocation`](Self::freight_allocation) | [`FreightAllocation::ByValue`] | [`FreightAllocation::ByQuantity`] |
/// | [`non_cash_deduction`](Self::non_cash_deduction) | [`NonCashDeduction::NotDeducted`] | [`NonCashDeduction::Deducted`] |
///
/// # Examples
///
/// ```
/// use crossborder::money::Rounding;
/// use crossborder::tax::{RoundingGranularity, TaxPolicy};
///
/// let mut policy = TaxPolicy::default();
/// assert_eq!(policy.rounding, Rounding::HalfUp);
/// policy.granularity = RoundingGranularity::PerOrder;
/// policy.rounding = Rounding::HalfEven;
/// assert_ne!(policy, TaxPolicy::default());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TaxPolicy {
    /// How a payable amount is rounded to the fen (or cent). Default half-up (四舍五入), as in
    /// 海关总署令第272号 第十三条 for value conversion and in public CBEC implementations.
    pub rounding: Rounding,
    /// Where the rounding happens: on each line's components (default) or once per order.
    pub granularity: RoundingGranularity,
    /// Whether the 70% CBEC reduction is applied before or after rounding.
    pub rounding_order: RoundingOrder,
    /// How order-level freight and insurance are spread over the lines.
    pub freight_allocation: FreightAllocation,
    /// Whether points, virtual currency and vouchers lower the customs value.
    pub non_cash_deduction: NonCashDeduction,
}

impl TaxPolicy {
    /// The default policy (the same as [`Default::default`]), usable in `const` context.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::TaxPolicy;
    ///
    /// const POLICY: TaxPolicy = TaxPolicy::new();
    /// assert_eq!(POLICY, TaxPolicy::default());
    /// ```
    pub const fn new() -> Self {
        Self {
            rounding: Rounding::HalfUp,
            granularity: RoundingGranularity::PerLine,
            rounding_order: RoundingOrder::ReduceThenRound,
            freight_allocation: FreightAllocation::ByValue,
            non_cash_deduction: NonCashDeduction::NotDeducted,
        }
    }
}

impl Default for TaxPolicy {
    fn default() -> Self {
        Self::new()
    }
}

/// Declares a field-less policy enum with strum `Display`/`FromStr` (snake_case), serde and `ALL`.
macro_rules! policy_enum {
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
            /// Every value, in declaration order (the first is the default).
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

policy_enum! {
    /// Where payable amounts are rounded to the fen.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::RoundingGranularity;
    ///
    /// assert_eq!("per_order".parse::<RoundingGranularity>()?, RoundingGranularity::PerOrder);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    RoundingGranularity, granularity, [
        /// Each payable component of each line is rounded, then the rounded amounts are summed
        /// (default; the tax bill CEB816 carries per-line amounts). For postal articles, each
        /// item's tax is rounded and the rounded amounts summed.
        PerLine,
        /// The exact components are summed over the order and each sum is rounded once. The
        /// per-line amounts of the result are then informational and may not add up to the
        /// totals.
        PerOrder,
    ]
}

policy_enum! {
    /// When the CBEC 70% reduction (财关税〔2016〕18号 二) is applied relative to rounding.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::RoundingOrder;
    ///
    /// assert_eq!(RoundingOrder::ReduceThenRound.to_string(), "reduce_then_round");
    /// ```
    RoundingOrder, rounding_order, [
        /// Statutory amount × 70%, computed exactly, then rounded once (default). Reference case
        /// T03: CT 144.7058824 × 0.7 = 101.2941176 → 101.29.
        ReduceThenRound,
        /// Statutory amount rounded first, then × 70% and rounded again. T03: 144.71 × 0.7 =
        /// 101.297 → 101.30 (one fen more).
        RoundStatutoryThenReduce,
    ]
}

policy_enum! {
    /// How order-level freight and insurance are spread over the lines (the customs value of a
    /// line includes its share, 财关税〔2016〕18号 一).
    ///
    /// The shares are whole fen and always add up to the order amount exactly (largest-remainder
    /// method; ties go to the earlier line).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::FreightAllocation;
    ///
    /// assert_eq!(FreightAllocation::ALL[0], FreightAllocation::ByValue);
    /// ```
    FreightAllocation, freight_allocation, [
        /// In proportion to each line's goods value after discounts (default).
        ByValue,
        /// In proportion to each line's quantity.
        ByQuantity,
    ]
}

policy_enum! {
    /// Whether non-cash payments (points, virtual currency, vouchers: CEB311 `discount`, "使用
    /// 积分、虚拟货币、代金券等非现金支付金额") lower the customs value.
    ///
    /// The CEB311 field definitions put them *inside* `goodsValue` ("含非现金抵扣金额"), so the
    /// default is not to deduct them; one public FAQ agrees and one blog disagrees (reference
    /// notes §1.2).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::tax::NonCashDeduction;
    ///
    /// assert_eq!("deducted".parse::<NonCashDeduction>()?, NonCashDeduction::Deducted);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    NonCashDeduction, non_cash, [
        /// The customs value includes the amount paid with points and vouchers (default).
        NotDeducted,
        /// The amount paid with points and vouchers is subtracted like a cash discount.
        Deducted,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_documented_ones() {
        let p = TaxPolicy::default();
        assert_eq!(p.rounding, Rounding::HalfUp);
        assert_eq!(p.granularity, RoundingGranularity::PerLine);
        assert_eq!(p.rounding_order, RoundingOrder::ReduceThenRound);
        assert_eq!(p.freight_allocation, FreightAllocation::ByValue);
        assert_eq!(p.non_cash_deduction, NonCashDeduction::NotDeducted);
    }

    #[test]
    fn names_round_trip_and_unknown_is_typed() {
        for v in RoundingOrder::ALL {
            assert_eq!(v.to_string().parse::<RoundingOrder>(), Ok(*v));
        }
        assert!(matches!(
            "PerLine".parse::<RoundingGranularity>(),
            Err(ParseTaxError::Unknown { what: "rounding granularity", .. })
        ));
    }
}
