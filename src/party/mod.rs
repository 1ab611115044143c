//! The people on a parcel's paperwork — the buyer (订购人), the payer (支付人) and the
//! consignee (收货人) — with their names (姓名), identity documents (证件) and telephone
//! numbers (电话), masked whenever they are printed.
//!
//! # What is modelled
//!
//! | type | domain term | rule and source |
//! |---|---|---|
//! | [`ResidentId`] | 公民身份号码 (citizen identity number, 18 characters) | GB 11643-1999 《公民身份号码》: 6-digit address code (地址码, GB/T 2260), 8-digit birth date (出生日期码, GB/T 7408), 3-digit sequence code (顺序码, odd = male), check character (校验码, ISO 7064:1983 MOD 11-2). Also the numbers of the residence permits for Hong Kong, Macao and Taiwan residents (address codes 810000/820000/830000, 《港澳台居民居住证申领发放办法》 国办发〔2018〕81号 art. 3). |
//! | [`DocumentNumber`] | 其它证件号码 | any other identity document (passport, home-return permit …), as carried in the CEB `buyerIdNumber`/`payerIdNumber` (`str 1..60`) |
//! | [`IdDocument`], [`CustomsIdType`] | 证件 / 证件类型 | the CEB311/411/621 `buyerIdType`/`payerIdType` code list: `1` 身份证, `2` 其它, "限定为身份证，填写'1'" (海关跨境电商统一版系统企业对接报文规范 202205版 表3-3; XSD `OrderHead/buyerIdType`) |
//! | [`Phone`] | 手机号码 / 电话 | CN mobile numbers (11 digits beginning 13–19, MIIT 《电信网编号计划》) and other numbers in ITU-T E.164 international form (`+`, country code, at most 15 digits) |
//! | [`PersonName`] | 姓名 | the CEB `buyerName`/`payerName` (`str 1..60`) and `consignee` (`str 1..100`) |
//! | [`Person`] | 订购人 / 支付人 / 收货人 | a name with an optional document and telephone |
//! | [`Sex`] | 性别 | the parity of the 顺序码 |
//!
//! # Masking (脱敏)
//!
//! `Debug` and `Display` of every type that holds personal data print a masked form:
//!
//! | value | printed as |
//! |---|---|
//! | `11010519491231002X` | `110105********002X` (address code, eight `*`, last four) |
//! | `13812345678` | `138****5678` (first three, four `*`, last four) |
//! | `+442079460958` | `+44 ******0958` (country code, last four) |
//! | `张三`, `欧阳娜娜`, `John Smith` | `张*`, `欧***`, `J*** S****` (first character of each word) |
//! | passport `E12345678` | `E1*****78` (first two, last two) |
//!
//! The full value is reachable only through methods whose name starts with `reveal`
//! ([`ResidentId::reveal`], [`Phone::reveal`], [`PersonName::reveal`], …), meant for the
//! customs export. Error values never carry the full input either: they name the position and
//! the offending character, or a short non-identifying part.
//!
//! Because `Display` is masked, these types do not round-trip through `Display`/`FromStr`
//! (an exception to the crate-wide rule); they round-trip through `reveal()`:
//! `ResidentId::from_str(id.reveal()) == Ok(id)`.
//!
//! # Serde
//!
//! With the `serde` feature the types **serialize their real, unmasked value** — the customs
//! wire needs it — and deserialize through the same validator as `FromStr`. Treat serialized
//! output as personal data (个人信息, 《个人信息保护法》).
//!
//! # Examples
//!
//! ```
//! use crossborder::party::{CustomsIdType, Person};
//!
//! let buyer = Person::try_cn("张三", "11010519491231002X", "+86 138 1234 5678")?;
//! assert_eq!(buyer.to_string(), "张* (ID 110105********002X, tel 138****5678)");
//!
//! let id = buyer.id().ok_or("no id")?;
//! assert_eq!(id.customs_id_type(), CustomsIdType::IdentityCard);
//! // The customs export reads the real values through the `reveal` accessors.
//! assert_eq!(id.reveal(), "11010519491231002X");
//! assert_eq!(buyer.phone().ok_or("no phone")?.reveal(), "13812345678");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

/// `FromStr`, `TryFrom<&str>`, `TryFrom<String>` through `try_new`, and (with the `serde`
/// feature) a `Serialize` impl that writes the revealed value. `Deserialize` is derived on the
/// type with `#[serde(try_from = "String")]`.
macro_rules! validated_string_impls {
    ($ty:ty, $err:ty) => {
        impl ::std::str::FromStr for $ty {
            type Err = $err;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty>::try_new(s)
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = $err;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                <$ty>::try_new(s)
            }
        }

        impl TryFrom<String> for $ty {
            type Error = $err;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                <$ty>::try_new(&s)
            }
        }

        #[cfg(feature = "serde")]
        impl ::serde::Serialize for $ty {
            /// Writes the **unmasked** value (the customs wire needs it).
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.reveal())
            }
        }

        impl ::std::fmt::Debug for $ty {
            /// Masked, like `Display`.
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                let masked = self.to_string();
                f.debug_tuple(stringify!($ty)).field(&masked).finish()
            }
        }
    };
}

mod document;
mod name;
mod person;
mod phone;
mod resident_id;

pub use document::{CustomsIdType, DocumentNumber, DocumentNumberError, IdDocument};
pub use name::{NameError, PersonName};
pub use person::Person;
pub use phone::{Phone, PhoneError};
pub use resident_id::{BirthDateProblem, ResidentId, ResidentIdError};

/// Sex (性别) as encoded in a [`ResidentId`]: the last digit of the sequence code (顺序码) is
/// odd for men and even for women (GB 11643-1999, 顺序码 clause).
///
/// The number encodes exactly these two values, so the enum is exhaustive.
///
/// # Examples
///
/// ```
/// use crossborder::party::{ResidentId, Sex};
///
/// let id: ResidentId = "11010519491231002X".parse()?;
/// assert_eq!(id.sex(), Sex::Female); // sequence code 002: even
/// assert_eq!(Sex::Female.to_string(), "female");
/// assert_eq!("male".parse::<Sex>()?, Sex::Male);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::EnumString,
)]
#[strum(serialize_all = "lowercase")]
#[strum(parse_err_ty = ParseCodeError, parse_err_fn = ParseCodeError::sex)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Sex {
    /// 男: odd sequence code.
    Male,
    /// 女: even sequence code.
    Female,
}

impl Sex {
    /// Both values, in code order (GB/T 2261.1: 1 male, 2 female).
    pub const ALL: &'static [Self] = &[Self::Male, Self::Female];
}

/// A code that is not one of an enum's values (`FromStr` of [`Sex`] and [`CustomsIdType`]).
///
/// # Examples
///
/// ```
/// use crossborder::party::{CustomsIdType, ParseCodeError};
///
/// let err = "3".parse::<CustomsIdType>().unwrap_err();
/// assert_eq!(err, ParseCodeError::CustomsIdType { found: "3".to_owned() });
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseCodeError {
    /// Not a `buyerIdType`/`payerIdType` code.
    #[error("unknown customs id type {found:?}: expected \"1\" (身份证) or \"2\" (其它)")]
    CustomsIdType {
        /// The text given.
        found: String,
    },
    /// Not a sex name.
    #[error("unknown sex {found:?}: expected \"male\" or \"female\"")]
    Sex {
        /// The text given.
        found: String,
    },
}

impl ParseCodeError {
    fn sex(found: &str) -> Self {
        Self::Sex { found: found.to_owned() }
    }

    fn customs_id_type(found: &str) -> Self {
        Self::CustomsIdType { found: found.to_owned() }
    }
}

/// Any error of this module, for callers that parse several parts of a person at once
/// ([`Person::try_cn`], [`IdDocument::from_customs`]).
///
/// # Examples
///
/// ```
/// use crossborder::party::{PartyError, Person, PhoneError};
///
/// let err = Person::try_cn("张三", "11010519491231002X", "12345").unwrap_err();
/// assert!(matches!(err, PartyError::Phone(PhoneError::MissingCountryCode { digits: 5 })));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PartyError {
    /// A citizen identity number was rejected.
    #[error(transparent)]
    ResidentId(#[from] ResidentIdError),
    /// Another document number was rejected.
    #[error(transparent)]
    DocumentNumber(#[from] DocumentNumberError),
    /// A telephone number was rejected.
    #[error(transparent)]
    Phone(#[from] PhoneError),
    /// A name was rejected.
    #[error(transparent)]
    Name(#[from] NameError),
    /// A code was not recognised.
    #[error(transparent)]
    Code(#[from] ParseCodeError),
}

/// Replaces every character of `s` by `*` except the first `keep_start` and the last
/// `keep_end`; `s` is counted in characters.
fn mask_middle(s: &str, keep_start: usize, keep_end: usize) -> String {
    let len = s.chars().count();
    let end_from = len.saturating_sub(keep_end);
    s.chars()
        .enumerate()
        .map(|(i, c)| if i < keep_start || i >= end_from { c } else { '*' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_middle_keeps_ends() {
        assert_eq!(mask_middle("abcdefgh", 2, 2), "ab****gh");
        assert_eq!(mask_middle("张三丰", 1, 0), "张**");
        assert_eq!(mask_middle("", 2, 2), "");
    }

    #[test]
    fn sex_parses_and_prints() {
        assert_eq!("female".parse::<Sex>(), Ok(Sex::Female));
        assert_eq!("x".parse::<Sex>(), Err(ParseCodeError::Sex { found: "x".to_owned() }));
        for s in Sex::ALL {
            assert_eq!(s.to_string().parse::<Sex>(), Ok(*s));
        }
    }
}
