//! Rounding modes (舍入方式) and the exact integer core that every decimal-to-money conversion
//! goes through.

use rust_decimal::RoundingStrategy;

use super::ParseRoundingError;

/// How an exact decimal result is rounded to a whole number of minor units.
///
/// Chinese customs and tax practice rounds half away from zero, "四舍五入" (272号令 第十三条:
/// "四舍五入法计算至分"), so that is the [`Default`]. Each mode names the
/// [`rust_decimal::RoundingStrategy`] it agrees with (see [`Rounding::strategy`]); the crate itself
/// rounds with exact integer arithmetic and never goes through a binary float.
///
/// `Display`/`FromStr` use snake case: `half_up`, `half_even`, `down`, `up`.
///
/// # Examples
///
/// ```
/// use crossborder::money::{Currency, Money, Rounding};
/// use rust_decimal::Decimal;
///
/// let tie = Decimal::new(125, 3); // 0.125 CNY
/// let up = Money::from_decimal(tie, Currency::CNY, Rounding::HalfUp)?;
/// let even = Money::from_decimal(tie, Currency::CNY, Rounding::HalfEven)?;
/// assert_eq!(up.to_string(), "0.13 CNY");
/// assert_eq!(even.to_string(), "0.12 CNY");
/// assert_eq!(Rounding::default(), Rounding::HalfUp);
/// assert_eq!("half_even".parse::<Rounding>()?, Rounding::HalfEven);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(
    serialize_all = "snake_case",
    parse_err_ty = ParseRoundingError,
    parse_err_fn = ParseRoundingError::new
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Rounding {
    /// Round to nearest, ties away from zero: 四舍五入. 0.125 → 0.13, −0.125 → −0.13.
    /// Same as `RoundingStrategy::MidpointAwayFromZero`. The default.
    #[default]
    HalfUp,
    /// Round to nearest, ties to the even neighbour (banker's rounding): 0.125 → 0.12,
    /// 0.135 → 0.14. Same as `RoundingStrategy::MidpointNearestEven`.
    HalfEven,
    /// Truncate toward zero: 0.129 → 0.12, −0.129 → −0.12. Same as `RoundingStrategy::ToZero`.
    Down,
    /// Away from zero whenever anything is cut off: 0.121 → 0.13, −0.121 → −0.13. Same as
    /// `RoundingStrategy::AwayFromZero`.
    Up,
}

impl Rounding {
    /// Every rounding mode.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Rounding;
    ///
    /// assert_eq!(Rounding::ALL[0], Rounding::HalfUp);
    /// ```
    pub const ALL: &'static [Rounding] =
        &[Rounding::HalfUp, Rounding::HalfEven, Rounding::Down, Rounding::Up];

    /// The `rust_decimal` strategy that rounds a `Decimal` the same way, for callers that round
    /// intermediate decimals (e.g. a tax base) themselves.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Rounding;
    /// use rust_decimal::{Decimal, RoundingStrategy};
    ///
    /// assert_eq!(Rounding::HalfUp.strategy(), RoundingStrategy::MidpointAwayFromZero);
    /// let x = Decimal::new(125, 3).round_dp_with_strategy(2, Rounding::HalfEven.strategy());
    /// assert_eq!(x, Decimal::new(12, 2));
    /// ```
    pub const fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
            Rounding::Down => RoundingStrategy::ToZero,
            Rounding::Up => RoundingStrategy::AwayFromZero,
        }
    }

    /// Whether the magnitude `q + r/d` (with `0 <= r < d`) rounds up to `q + 1`.
    fn bumps(self, q: u128, r: u128, d: u128) -> Option<bool> {
        if r == 0 {
            return Some(false);
        }
        let twice = r.checked_mul(2)?;
        Some(match self {
            Rounding::HalfUp => twice >= d,
            Rounding::HalfEven => twice > d || (twice == d && q & 1 == 1),
            Rounding::Down => false,
            Rounding::Up => true,
        })
    }
}

/// Multiplies the mantissa `m` by `10^shift` exactly, moving the decimal scale `s` first:
/// returns `(m', s')` with `m' / 10^s' == m / 10^s * 10^shift`.
pub(super) fn shift_scale(m: u128, s: u32, shift: i32) -> Option<(u128, u32)> {
    if shift >= 0 {
        let k = shift.unsigned_abs();
        if s >= k {
            Some((m, s.checked_sub(k)?))
        } else {
            Some((m.checked_mul(pow10(k.checked_sub(s)?)?)?, 0))
        }
    } else {
        Some((m, s.checked_add(shift.unsigned_abs())?))
    }
}

/// `(-1)^negative * round(x * m / 10^s)` as `i64`, exactly; `None` if the result (or `10^s`)
/// does not fit.
///
/// This is the one place where the module rounds. [`Money::from_decimal`](super::Money::from_decimal),
/// [`Money::checked_mul_rate`](super::Money::checked_mul_rate) and
/// [`ExchangeRate::convert`](super::ExchangeRate::convert) all reduce to it, so their results
/// are the exact product rounded once.
pub(super) fn round_scaled(
    negative: bool,
    x: u64,
    m: u128,
    s: u32,
    rounding: Rounding,
) -> Option<i64> {
    let divisor = pow10(s)?;
    let (quotient, remainder) = match u128::from(x).checked_mul(m) {
        Some(product) => match (u64::try_from(product), u64::try_from(divisor)) {
            // Common case (amount × tax rate): 64-bit division is several times faster.
            (Ok(small), Ok(div)) => {
                (u128::from(small.checked_div(div)?), u128::from(small.checked_rem(div)?))
            }
            _ => (product.checked_div(divisor)?, product.checked_rem(divisor)?),
        },
        None => split_div(x, m, s)?,
    };
    let magnitude = if rounding.bumps(quotient, remainder, divisor)? {
        quotient.checked_add(1)?
    } else {
        quotient
    };
    let magnitude = u64::try_from(magnitude).ok()?;
    if negative { 0_i64.checked_sub_unsigned(magnitude) } else { i64::try_from(magnitude).ok() }
}

fn pow10(s: u32) -> Option<u128> {
    10_u128.checked_pow(s)
}

/// Quotient and remainder of `x * m / 10^s` when `x * m` overflows `u128`.
///
/// With `d = 10^s = d1 * d2`, `m = mh * d + u * d2 + v` (`u < d1`, `v < d2`):
/// `x*m/d = x*mh + x*u/d1 + x*v/d = x*mh + qa + (ra*d2 + x*v)/d` where `x*u = qa*d1 + ra`.
/// Every intermediate fits in `u128` for `s <= 38`; any that does not means overflow anyway.
// The names follow the formula above, which is clearer than long names here.
#[allow(clippy::many_single_char_names)]
fn split_div(x: u64, m: u128, s: u32) -> Option<(u128, u128)> {
    let x = u128::from(x);
    let a = s.checked_div(2)?;
    let b = s.checked_sub(a)?;
    let (d1, d2) = (pow10(a)?, pow10(b)?);
    let d = d1.checked_mul(d2)?;
    let (mh, ml) = (m.checked_div(d)?, m.checked_rem(d)?);
    let (u, v) = (ml.checked_div(d2)?, ml.checked_rem(d2)?);
    let xu = x.checked_mul(u)?;
    let (qa, ra) = (xu.checked_div(d1)?, xu.checked_rem(d1)?);
    let n = ra.checked_mul(d2)?.checked_add(x.checked_mul(v)?)?;
    let (qn, rn) = (n.checked_div(d)?, n.checked_rem(d)?);
    let q = x.checked_mul(mh)?.checked_add(qa)?.checked_add(qn)?;
    Some((q, rn))
}

#[cfg(test)]
// Expected values are computed with plain operators; an overflow there fails the test loudly.
#[allow(clippy::arithmetic_side_effects)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    #[test]
    fn ties_by_mode() {
        // 125 / 10 = 12.5; 135 / 10 = 13.5
        let cases = [
            (Rounding::HalfUp, 125, false, 13),
            (Rounding::HalfUp, 125, true, -13),
            (Rounding::HalfEven, 125, false, 12),
            (Rounding::HalfEven, 135, false, 14),
            (Rounding::HalfEven, 125, true, -12),
            (Rounding::Down, 129, false, 12),
            (Rounding::Down, 129, true, -12),
            (Rounding::Up, 121, false, 13),
            (Rounding::Up, 121, true, -13),
            (Rounding::Up, 120, false, 12),
        ];
        for (mode, m, neg, want) in cases {
            assert_eq!(round_scaled(neg, 1, m, 1, mode), Some(want), "{mode} {m} {neg}");
        }
    }

    #[test]
    fn i64_bounds() {
        let min = i64::MIN.unsigned_abs();
        assert_eq!(round_scaled(true, min, 1, 0, Rounding::HalfUp), Some(i64::MIN));
        assert_eq!(round_scaled(false, min, 1, 0, Rounding::HalfUp), None);
        assert_eq!(round_scaled(false, u64::MAX, u128::MAX, 0, Rounding::HalfUp), None);
        assert_eq!(round_scaled(false, 1, 1, 39, Rounding::HalfUp), None);
    }

    #[test]
    fn split_div_large_mantissa() {
        // x = 2^63, m = 10^28 + 5 * 10^27 (1.5 at scale 28 scaled by 10^28): x*m/10^28 = 1.5*2^63
        let x = 1_u64 << 63;
        let m = 15 * 10_u128.pow(27);
        assert!(u128::from(x).checked_mul(m).is_none());
        assert_eq!(split_div(x, m, 28), Some((3 * (1_u128 << 62), 0)));
        // 2^63 * 7.1234 / 100 computed by hand: 9223372036854775808 * 71234 = 657019698...
        let exact = 9_223_372_036_854_775_808_u128 * 71_234;
        let m = 71_234 * 10_u128.pow(24); // 7.1234 at scale 28
        // the remainder is over 10^30, i.e. (exact mod 10^6) * 10^24
        assert_eq!(
            split_div(x, m, 30),
            Some((exact / 1_000_000, exact % 1_000_000 * 10_u128.pow(24)))
        );
    }

    #[test]
    fn shift_scale_cases() {
        assert_eq!(shift_scale(1234, 4, 2), Some((1234, 2)));
        assert_eq!(shift_scale(5, 1, 3), Some((500, 0)));
        assert_eq!(shift_scale(5, 1, -2), Some((5, 3)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn split_agrees_with_direct(x in any::<u64>(), m in any::<u64>(), s in 0_u32..=38) {
            let p = u128::from(x) * u128::from(m);
            let d = 10_u128.pow(s);
            prop_assert_eq!(split_div(x, u128::from(m), s), Some((p / d, p % d)));
        }

        #[test]
        fn agrees_with_rust_decimal(
            mantissa in -(1_i64 << 55)..(1_i64 << 55),
            scale in 0_u32..=12,
            mode_index in 0_usize..4,
        ) {
            let mode = Rounding::ALL[mode_index];
            let d = Decimal::new(mantissa, scale);
            let theirs = d.round_dp_with_strategy(2, mode.strategy());
            let (m, s) = shift_scale(u128::from(mantissa.unsigned_abs()), scale, 2).unwrap();
            let ours = round_scaled(mantissa < 0, 1, m, s, mode).unwrap();
            prop_assert_eq!(Decimal::new(ours, 2), theirs);
        }
    }
}
