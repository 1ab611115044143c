//! Exchange rates (汇率, customs 计征汇率) and conversion rounded to the fen.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::rate::parse_exact;
use super::{Currency, Money, MoneyError, RateError, Rounding, rounding, scan};

/// An exchange rate (汇率): one unit of `from` is worth `rate` units of `to`, with `rate > 0`
/// held exactly as a `rust_decimal::Decimal`.
///
/// For customs purposes this is the 计征汇率 of 海关总署令第272号 第十三条 (the CFETS RMB central
/// parity of the third Wednesday of the previous month); picking the right day's rate is the
/// caller's job. [`ExchangeRate::convert`] rounds half-up to the target's minor unit, as that
/// article requires ("四舍五入法计算至分").
///
/// The text form is `1 USD = 7.1234 CNY`: a unit count, the source code, `=`, the rate and the
/// target code, separated by single spaces. The unit count may be any power of ten, for quotes
/// per 100 units such as `100 JPY = 4.8562 CNY`; [`Display`](fmt::Display) always prints the
/// per-one-unit form with the rate normalised (no trailing zeros), which round-trips. Serde uses
/// the same string.
///
/// # Examples
///
/// ```
/// use crossborder::money::{Currency, ExchangeRate, Money};
///
/// let jpy: ExchangeRate = "100 JPY = 4.8562 CNY".parse()?;
/// assert_eq!(jpy.to_string(), "1 JPY = 0.048562 CNY");
/// // 2980 × 0.048562 = 144.71476 → 144.71
/// let yuan = jpy.convert(Money::from_minor(2980, Currency::JPY))?;
/// assert_eq!(yuan.to_string(), "144.71 CNY");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExchangeRate {
    from: Currency,
    to: Currency,
    rate: Decimal,
}

impl ExchangeRate {
    /// One unit of `from` is worth `rate` units of `to`.
    ///
    /// # Errors
    ///
    /// [`RateError::SameCurrency`] if `from == to`; [`RateError::NotPositive`] if `rate <= 0`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Currency, ExchangeRate};
    /// use rust_decimal::Decimal;
    ///
    /// let usd = ExchangeRate::try_new(Currency::USD, Currency::CNY, Decimal::new(71_234, 4))?;
    /// assert_eq!(usd.to_string(), "1 USD = 7.1234 CNY");
    /// assert!(ExchangeRate::try_new(Currency::USD, Currency::CNY, Decimal::ZERO).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(from: Currency, to: Currency, rate: Decimal) -> Result<Self, RateError> {
        if from == to {
            return Err(RateError::SameCurrency { currency: from });
        }
        if rate.is_zero() || rate.is_sign_negative() {
            return Err(RateError::NotPositive { value: rate.to_string() });
        }
        Ok(Self { from, to, rate: rate.normalize() })
    }

    /// The source currency.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Currency, ExchangeRate};
    ///
    /// let r: ExchangeRate = "1 EUR = 7.7 CNY".parse()?;
    /// assert_eq!(r.from(), Currency::EUR);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from(self) -> Currency {
        self.from
    }

    /// The target currency.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Currency, ExchangeRate};
    ///
    /// let r: ExchangeRate = "1 EUR = 7.7 CNY".parse()?;
    /// assert_eq!(r.to(), Currency::CNY);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn to(self) -> Currency {
        self.to
    }

    /// Units of the target currency per one unit of the source currency (always `> 0`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::ExchangeRate;
    /// use rust_decimal::Decimal;
    ///
    /// let r: ExchangeRate = "1 EUR = 7.70 CNY".parse()?;
    /// assert_eq!(r.rate(), Decimal::new(77, 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn rate(self) -> Decimal {
        self.rate
    }

    /// Converts `amount` (in [`from`](Self::from)) into [`to`](Self::to), rounding the exact
    /// product half-up (四舍五入) to the target's minor unit, as 海关总署令第272号
    /// 《海关进出口货物征税管理办法》第十三条 requires for the 计税价格 ("四舍五入法计算至分").
    ///
    /// # Errors
    ///
    /// [`MoneyError::CurrencyMismatch`] if `amount` is not in the source currency (`left` is the
    /// amount's currency, `right` the source currency); [`MoneyError::Overflow`] if the result
    /// does not fit in `i64` minor units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{ExchangeRate, Money};
    ///
    /// let usd: ExchangeRate = "1 USD = 7.1234 CNY".parse()?;
    /// // 19.99 × 7.1234 = 142.396766 → 142.40
    /// assert_eq!(usd.convert("19.99 USD".parse::<Money>()?)?.to_string(), "142.40 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn convert(self, amount: Money) -> Result<Money, MoneyError> {
        self.convert_with(amount, Rounding::HalfUp)
    }

    /// Like [`convert`](Self::convert) with another rounding mode, for conversions that are not
    /// governed by the customs rule.
    ///
    /// # Errors
    ///
    /// As [`convert`](Self::convert).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{ExchangeRate, Money, Rounding};
    ///
    /// let usd: ExchangeRate = "1 USD = 7.1234 CNY".parse()?;
    /// let down = usd.convert_with("19.99 USD".parse::<Money>()?, Rounding::Down)?;
    /// assert_eq!(down.to_string(), "142.39 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn convert_with(self, amount: Money, rounding: Rounding) -> Result<Money, MoneyError> {
        if amount.currency() != self.from {
            return Err(MoneyError::CurrencyMismatch { left: amount.currency(), right: self.from });
        }
        // target minor = source minor × rate × 10^(target digits − source digits), exactly.
        let shift =
            i32::from(self.to.minor_units()).saturating_sub(i32::from(self.from.minor_units()));
        let minor = u128::try_from(self.rate.mantissa())
            .ok()
            .and_then(|m| rounding::shift_scale(m, self.rate.scale(), shift))
            .and_then(|(m, s)| {
                let minor = amount.minor();
                rounding::round_scaled(minor < 0, minor.unsigned_abs(), m, s, rounding)
            })
            .ok_or(MoneyError::Overflow { operation: "ExchangeRate::convert" })?;
        Ok(Money::from_minor(minor, self.to))
    }

    /// The rate in the other direction, `1 / rate`. The division is generally not exact:
    /// `rust_decimal` rounds it to the 28 significant digits it can hold, so converting forth and
    /// back may differ from the start by a minor unit.
    ///
    /// # Errors
    ///
    /// [`RateError::Overflow`] if `1 / rate` is too small to be represented (rates above
    /// about 10^28).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::ExchangeRate;
    ///
    /// let cny_per_usd: ExchangeRate = "1 USD = 8 CNY".parse()?;
    /// assert_eq!(cny_per_usd.inverse()?.to_string(), "1 CNY = 0.125 USD");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn inverse(self) -> Result<Self, RateError> {
        let overflow = RateError::Overflow { operation: "ExchangeRate::inverse" };
        let inverse = Decimal::ONE.checked_div(self.rate).ok_or_else(|| overflow.clone())?;
        if inverse.is_zero() {
            return Err(overflow);
        }
        Self::try_new(self.to, self.from, inverse)
    }
}

impl fmt::Display for ExchangeRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "1 {} = {} {}", self.from, self.rate, self.to)
    }
}

/// Parses `UNITS FROM = RATE TO` (single spaces; `UNITS` is `1`, `10`, `100`, …; `RATE` a plain
/// positive decimal; codes in any ASCII case).
impl FromStr for ExchangeRate {
    type Err = RateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const PARTS: [&str; 5] = [
            "a unit count `1`, `10`, `100`, … (as in `1 USD = 7.1234 CNY`)",
            "the source currency's ISO 4217 code",
            "`=`",
            "a positive decimal rate",
            "the target currency's ISO 4217 code",
        ];
        if s.is_empty() {
            return Err(RateError::Empty);
        }
        let malformed =
            |position, expected| RateError::Malformed { text: s.to_owned(), position, expected };
        let mut tokens: [(usize, &str); 5] = [(0, ""); 5];
        let mut offset = 0_usize;
        let mut pieces = s.split(' ');
        for (slot, expected) in tokens.iter_mut().zip(PARTS) {
            let piece = pieces.next().ok_or_else(|| malformed(s.len(), expected))?;
            if piece.is_empty() {
                return Err(malformed(offset, expected));
            }
            *slot = (offset, piece);
            offset = offset.saturating_add(piece.len()).saturating_add(1);
        }
        if pieces.next().is_some() {
            return Err(malformed(offset.saturating_sub(1), "the end of the text"));
        }
        let [(units_at, units), (_, from), (eq_at, eq), (rate_at, rate), (_, to)] = tokens;

        let zeros = units.strip_prefix('1').filter(|z| z.bytes().all(|b| b == b'0'));
        let Some(zeros) = zeros else {
            return Err(malformed(units_at, PARTS[0]));
        };
        let from = Currency::from_iso_code(from)?;
        if eq != "=" {
            return Err(malformed(eq_at, PARTS[2]));
        }
        let number = scan::number(rate, false)
            .map_err(|(pos, _)| malformed(rate_at.saturating_add(pos), PARTS[3]))?;
        if number.end != rate.len() {
            return Err(malformed(rate_at.saturating_add(number.end), "a digit, `.` or a space"));
        }
        let to = Currency::from_iso_code(to)?;
        let value = parse_exact(rate)?;
        // rate per one unit = value / 10^zeros, exactly (only the scale moves).
        let scale = u32::try_from(zeros.len())
            .ok()
            .and_then(|z| value.scale().checked_add(z))
            .ok_or_else(|| RateError::Unrepresentable { text: s.to_owned() })?;
        let per_unit = Decimal::try_from_i128_with_scale(value.mantissa(), scale)
            .map_err(|_| RateError::Unrepresentable { text: s.to_owned() })?;
        Self::try_new(from, to, per_unit)
    }
}

impl TryFrom<&str> for ExchangeRate {
    type Error = RateError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(ExchangeRate, "an exchange rate such as `1 USD = 7.1234 CNY`");

#[cfg(test)]
mod tests {
    use super::*;

    fn xr(s: &str) -> ExchangeRate {
        s.parse().unwrap()
    }

    #[test]
    fn converts_between_minor_unit_sizes() {
        // USD (2 digits) → JPY (0 digits): 10.00 USD at 150.5 = 1505 JPY
        let usd_jpy = xr("1 USD = 150.5 JPY");
        assert_eq!(
            usd_jpy.convert(Money::from_minor(1000, Currency::USD)),
            Ok(Money::from_minor(1505, Currency::JPY))
        );
        // 0.01 USD × 150.5 = 1.505 → 2 JPY (half-up), 1 JPY (down)
        assert_eq!(usd_jpy.convert(Money::from_minor(1, Currency::USD)).unwrap().minor(), 2);
        assert_eq!(
            usd_jpy
                .convert_with(Money::from_minor(1, Currency::USD), Rounding::Down)
                .unwrap()
                .minor(),
            1
        );
        // KRW (0 digits) → CNY: 10000 KRW at 0.0052 = 52.00 CNY
        let krw = xr("1 KRW = 0.0052 CNY");
        assert_eq!(krw.convert(Money::from_minor(10_000, Currency::KRW)).unwrap().minor(), 5200);
        // negative amounts (refunds) round half away from zero: -0.01 USD × 150.5 = -1.505 → -2
        assert_eq!(usd_jpy.convert(Money::from_minor(-1, Currency::USD)).unwrap().minor(), -2);
    }

    #[test]
    fn convert_errors() {
        let usd = xr("1 USD = 7.1234 CNY");
        assert_eq!(
            usd.convert(Money::from_minor(1, Currency::CNY)),
            Err(MoneyError::CurrencyMismatch { left: Currency::CNY, right: Currency::USD })
        );
        assert_eq!(
            usd.convert(Money::from_minor(i64::MAX, Currency::USD)),
            Err(MoneyError::Overflow { operation: "ExchangeRate::convert" })
        );
        // A huge rate with a tiny amount still works exactly.
        let huge = ExchangeRate::try_new(Currency::JPY, Currency::CNY, Decimal::MAX).unwrap();
        assert!(huge.convert(Money::from_minor(1, Currency::JPY)).is_err());
        assert_eq!(
            huge.convert(Money::from_minor(0, Currency::JPY)),
            Ok(Money::zero(Currency::CNY))
        );
    }

    #[test]
    fn parse_and_display() {
        assert_eq!(xr("1 USD = 7.12340 CNY").to_string(), "1 USD = 7.1234 CNY");
        assert_eq!(xr("1 usd = 7.1234 cny"), xr("1 USD = 7.1234 CNY"));
        assert_eq!(xr("100 JPY = 4.8562 CNY").rate(), Decimal::new(48_562, 6));
        let pos = |s: &str| match s.parse::<ExchangeRate>() {
            Err(RateError::Malformed { position, .. }) => position,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(pos("2 USD = 7 CNY"), 0);
        assert_eq!(pos("USD = 7 CNY"), 11);
        assert_eq!(pos("1 USD == 7 CNY"), 6);
        assert_eq!(pos("1 USD = 7,1 CNY"), 9);
        assert_eq!(pos("1 USD = -7 CNY"), 8);
        assert_eq!(pos("1 USD = 7 CNY x"), 13);
        assert_eq!(pos("1  USD = 7 CNY"), 2);
        assert_eq!(pos("1 USD = 7"), 9);
        assert_eq!("".parse::<ExchangeRate>(), Err(RateError::Empty));
        assert_eq!(
            "1 USD = 7 USD".parse::<ExchangeRate>(),
            Err(RateError::SameCurrency { currency: Currency::USD })
        );
        assert_eq!(
            "1 USD = 0.00 CNY".parse::<ExchangeRate>(),
            Err(RateError::NotPositive { value: "0.00".to_owned() })
        );
        assert!(matches!(
            "1 USD = 7 XXX".parse::<ExchangeRate>(),
            Err(RateError::Currency(crate::money::CurrencyError::UnknownIsoCode { .. }))
        ));
    }

    #[test]
    fn inverse() {
        let r = xr("1 USD = 8 CNY").inverse().unwrap();
        assert_eq!(
            (r.from(), r.to(), r.rate()),
            (Currency::CNY, Currency::USD, Decimal::new(125, 3))
        );
        let tiny =
            ExchangeRate::try_new(Currency::USD, Currency::CNY, Decimal::new(1, 28)).unwrap();
        assert_eq!(
            tiny.inverse().unwrap().rate(),
            Decimal::from_i128_with_scale(10_i128.pow(28), 0)
        );
        let huge = ExchangeRate::try_new(Currency::USD, Currency::CNY, Decimal::MAX).unwrap();
        assert_eq!(huge.inverse(), Err(RateError::Overflow { operation: "ExchangeRate::inverse" }));
    }
}
