//! Private arithmetic helpers: checked decimal operations, rounding to money and exact
//! allocation of an amount over lines.

use rust_decimal::Decimal;

use super::error::TaxError;
use crate::money::{Currency, Money, Rounding};

const fn overflow(operation: &'static str) -> TaxError {
    TaxError::Overflow { operation }
}

pub(crate) fn mul(a: Decimal, b: Decimal) -> Result<Decimal, TaxError> {
    a.checked_mul(b).ok_or(overflow("decimal multiplication"))
}

pub(crate) fn div(a: Decimal, b: Decimal) -> Result<Decimal, TaxError> {
    a.checked_div(b).ok_or(overflow("decimal division"))
}

pub(crate) fn add(a: Decimal, b: Decimal) -> Result<Decimal, TaxError> {
    a.checked_add(b).ok_or(overflow("decimal addition"))
}

pub(crate) fn sub(a: Decimal, b: Decimal) -> Result<Decimal, TaxError> {
    a.checked_sub(b).ok_or(overflow("decimal subtraction"))
}

/// The one door from a decimal to money: [`Money::from_decimal`] with the policy's rounding.
pub(crate) fn round(
    amount: Decimal,
    currency: Currency,
    rounding: Rounding,
) -> Result<Money, TaxError> {
    Money::from_decimal(amount, currency, rounding).map_err(|_| overflow("rounding to money"))
}

pub(crate) fn add_money(a: Money, b: Money) -> Result<Money, TaxError> {
    a.checked_add(b).map_err(|e| TaxError::from_money(&e, "sum"))
}

pub(crate) fn sub_money(a: Money, b: Money) -> Result<Money, TaxError> {
    a.checked_sub(b).map_err(|e| TaxError::from_money(&e, "difference"))
}

/// Splits `total` minor units (zero or more) over `weights` (each zero or more) in proportion,
/// in whole minor units that add up to `total` exactly: each share is rounded down, and the
/// minor units left over go one each to the largest remainders (ties to the earlier line).
/// All-zero weights split equally.
pub(crate) fn allocate(total: i64, weights: &[i64]) -> Result<Vec<i64>, TaxError> {
    let err = || overflow("allocation");
    if let [_] = weights {
        return Ok(vec![total]);
    }
    let equal = weights.iter().all(|&w| w == 0);
    let weight = |w: i64| i128::from(if equal { 1 } else { w });
    let sum =
        weights.iter().try_fold(0_i128, |acc, &w| acc.checked_add(weight(w))).ok_or_else(err)?;
    if sum == 0 {
        return Ok(Vec::new());
    }
    let total_wide = i128::from(total);
    let mut shares = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    let mut given: i128 = 0;
    for (i, &w) in weights.iter().enumerate() {
        let product = total_wide.checked_mul(weight(w)).ok_or_else(err)?;
        let share = product.checked_div(sum).ok_or_else(err)?;
        let rest = product.checked_rem(sum).ok_or_else(err)?;
        given = given.checked_add(share).ok_or_else(err)?;
        shares.push(share);
        remainders.push((rest, i));
    }
    let mut left = total_wide.checked_sub(given).ok_or_else(err)?;
    // Largest remainder first; for equal remainders the earlier line first.
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(_, i) in &remainders {
        if left <= 0 {
            break;
        }
        if let Some(share) = shares.get_mut(i) {
            *share = share.checked_add(1).ok_or_else(err)?;
            left = left.checked_sub(1).ok_or_else(err)?;
        }
    }
    shares.into_iter().map(|s| i64::try_from(s).map_err(|_| err())).collect()
}

#[cfg(test)]
// Expected values use plain operators on small test inputs; an overflow would fail the test.
#[allow(clippy::arithmetic_side_effects)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn allocation_examples() {
        // 10.00 freight over 100 / 200 / 300: 1.666.. / 3.333.. / 5.00 → 1.67, 3.33, 5.00
        assert_eq!(allocate(1000, &[100, 200, 300]).unwrap(), vec![167, 333, 500]);
        // 0.01 over three equal lines: the first line takes it
        assert_eq!(allocate(1, &[5, 5, 5]).unwrap(), vec![1, 0, 0]);
        // all-zero weights split equally: 0.10 → 0.04, 0.03, 0.03
        assert_eq!(allocate(10, &[0, 0, 0]).unwrap(), vec![4, 3, 3]);
        assert_eq!(allocate(7, &[3]).unwrap(), vec![7]);
        assert_eq!(allocate(0, &[1, 2]).unwrap(), vec![0, 0]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn allocation_is_exact_and_proportional(
            total in 0_i64..1_000_000_000,
            weights in proptest::collection::vec(0_i64..1_000_000_000, 1..8),
        ) {
            let shares = allocate(total, &weights).unwrap();
            prop_assert_eq!(shares.len(), weights.len());
            prop_assert_eq!(shares.iter().sum::<i64>(), total);
            let sum: i128 = weights.iter().map(|&w| i128::from(w)).sum();
            if sum > 0 {
                for (s, w) in shares.iter().zip(&weights) {
                    // each share is within one minor unit of its exact proportion
                    let exact = i128::from(total) * i128::from(*w);
                    let lo = exact / sum;
                    prop_assert!(i128::from(*s) == lo || i128::from(*s) == lo + 1);
                }
            }
        }
    }
}
