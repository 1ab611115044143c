//! Small values of the notices: [`Lang`], [`DeliveryWindow`], [`Marketplace`], [`Channel`].

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;

use super::error::NoticeError;

/// The language of a text: Simplified Chinese (`zh-CN`) or English (`en`), by their BCP 47 tags.
///
/// # Examples
///
/// ```
/// use crossborder::notice::Lang;
///
/// assert_eq!(Lang::ZhCn.to_string(), "zh-CN");
/// assert_eq!("en".parse::<Lang>()?, Lang::En);
/// assert!("zh".parse::<Lang>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(parse_err_ty = NoticeError, parse_err_fn = NoticeError::lang)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Lang {
    /// Simplified Chinese, mainland China (`zh-CN`).
    #[strum(serialize = "zh-CN")]
    #[cfg_attr(feature = "serde", serde(rename = "zh-CN"))]
    ZhCn,
    /// English (`en`).
    #[strum(serialize = "en")]
    #[cfg_attr(feature = "serde", serde(rename = "en"))]
    En,
}

impl Lang {
    /// Both languages.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::Lang;
    ///
    /// assert_eq!(Lang::ALL, &[Lang::ZhCn, Lang::En]);
    /// ```
    pub const ALL: &[Self] = &[Self::ZhCn, Self::En];

    /// The BCP 47 tag.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::Lang;
    ///
    /// assert_eq!(Lang::ZhCn.as_str(), "zh-CN");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A delivery window: the first and last date the parcel is expected, both included (as an
/// estimate gives it; see the `eta` module).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::notice::DeliveryWindow;
///
/// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
/// let w = DeliveryWindow::try_new(d(10)?, d(14)?)?;
/// assert!(w.contains(d(14)?) && !w.contains(d(15)?));
/// assert_eq!(w.to_string(), "2026-07-10..=2026-07-14");
/// assert!(DeliveryWindow::try_new(d(14)?, d(10)?).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeliveryWindow {
    from: NaiveDate,
    to: NaiveDate,
}

impl DeliveryWindow {
    /// The window from `from` to `to`, both included.
    ///
    /// # Errors
    ///
    /// [`NoticeError::WindowReversed`] when `to` is before `from`.
    ///
    /// # Examples
    ///
    /// See [`DeliveryWindow`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::notice::DeliveryWindow;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 10).ok_or("date")?;
    /// assert_eq!(DeliveryWindow::try_new(d, d)?.from(), d);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(from: NaiveDate, to: NaiveDate) -> Result<Self, NoticeError> {
        if to < from {
            return Err(NoticeError::WindowReversed { from, to });
        }
        Ok(Self { from, to })
    }

    /// The first date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::notice::DeliveryWindow;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 10).ok_or("date")?;
    /// assert_eq!(DeliveryWindow::try_new(d, d)?.from(), d);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from(&self) -> NaiveDate {
        self.from
    }

    /// The last date.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::notice::DeliveryWindow;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 10).ok_or("date")?;
    /// assert_eq!(DeliveryWindow::try_new(d, d)?.to(), d);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to(&self) -> NaiveDate {
        self.to
    }

    /// Whether `date` is in the window.
    ///
    /// # Examples
    ///
    /// See [`DeliveryWindow`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::notice::DeliveryWindow;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 10).ok_or("date")?;
    /// assert!(DeliveryWindow::try_new(d, d)?.contains(d));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

impl fmt::Display for DeliveryWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..={}", self.from, self.to)
    }
}

#[cfg(feature = "serde")]
mod window_serde {
    use super::{DeliveryWindow, NaiveDate};

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        from: NaiveDate,
        to: NaiveDate,
    }

    impl serde::Serialize for DeliveryWindow {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Repr { from: self.from, to: self.to }.serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for DeliveryWindow {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let r = Repr::deserialize(deserializer)?;
            DeliveryWindow::try_new(r.from, r.to).map_err(serde::de::Error::custom)
        }
    }
}

/// A marketplace, by the names its buyers know it by in each language.
///
/// # Examples
///
/// ```
/// use crossborder::notice::{Lang, Marketplace};
///
/// assert_eq!(Marketplace::AMAZON.name(Lang::ZhCn), "亚马逊海外购");
/// let tmall = Marketplace::try_new("天猫国际", "Tmall Global")?;
/// assert_eq!(tmall.name(Lang::En), "Tmall Global");
/// assert!(Marketplace::try_new("", "x").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Marketplace {
    name_zh: Cow<'static, str>,
    name_en: Cow<'static, str>,
}

impl Marketplace {
    /// Amazon's cross-border store for Chinese buyers (亚马逊海外购).
    pub const AMAZON: Self =
        Self { name_zh: Cow::Borrowed("亚马逊海外购"), name_en: Cow::Borrowed("Amazon") };

    /// The longest name, in characters.
    pub const MAX_LEN: usize = 64;

    /// A marketplace named `name_zh` in Chinese and `name_en` in English.
    ///
    /// # Errors
    ///
    /// [`NoticeError::MarketplaceName`] when a name is empty, longer than
    /// [`MAX_LEN`](Self::MAX_LEN) characters or has a control character.
    ///
    /// # Examples
    ///
    /// See [`Marketplace`].
    ///
    /// ```
    /// use crossborder::notice::Marketplace;
    ///
    /// assert!(Marketplace::try_new("京东国际", "JD Worldwide").is_ok());
    /// ```
    pub fn try_new(name_zh: &str, name_en: &str) -> Result<Self, NoticeError> {
        for name in [name_zh, name_en] {
            let len = name.chars().count();
            if len == 0
                || len > Self::MAX_LEN
                || name.chars().any(char::is_control)
                || name.trim() != name
            {
                return Err(NoticeError::MarketplaceName { text: name.to_owned() });
            }
        }
        Ok(Self {
            name_zh: Cow::Owned(name_zh.to_owned()),
            name_en: Cow::Owned(name_en.to_owned()),
        })
    }

    /// The name in `lang`.
    ///
    /// # Examples
    ///
    /// See [`Marketplace`].
    ///
    /// ```
    /// use crossborder::notice::{Lang, Marketplace};
    ///
    /// assert_eq!(Marketplace::AMAZON.name(Lang::En), "Amazon");
    /// ```
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.name_zh,
            Lang::En => &self.name_en,
        }
    }
}

#[cfg(feature = "serde")]
mod marketplace_serde {
    use super::Marketplace;

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        name_zh: String,
        name_en: String,
    }

    impl serde::Serialize for Marketplace {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Repr { name_zh: self.name_zh.to_string(), name_en: self.name_en.to_string() }
                .serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for Marketplace {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let r = Repr::deserialize(deserializer)?;
            Marketplace::try_new(&r.name_zh, &r.name_en).map_err(serde::de::Error::custom)
        }
    }
}

/// Who the buyer turns to when something is wrong.
///
/// On a marketplace's direct-mail service (Amazon 海外购 ships from its own fulfilment centres
/// and arranges the carriers) the buyer contacts the marketplace's customer service, and the
/// seller watches the case too; when the seller ships, the buyer contacts the seller.
///
/// # Examples
///
/// ```
/// use crossborder::notice::{Channel, Marketplace};
///
/// assert_eq!(Channel::default(), Channel::MarketplaceDirectMail(Marketplace::AMAZON));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Channel {
    /// The marketplace's direct mail: contact its customer service; the seller watches too.
    MarketplaceDirectMail(Marketplace),
    /// The seller ships: contact the seller, who checks with the carrier.
    SellerShipped,
}

impl Default for Channel {
    fn default() -> Self {
        Self::MarketplaceDirectMail(Marketplace::AMAZON)
    }
}
