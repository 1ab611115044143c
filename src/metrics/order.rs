//! The input of the metrics: one [`OrderRecord`] per order, with its [`OrderId`], defects,
//! cancellation, ship confirmation, tracking and delivery.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::error::MetricsError;
use crate::calendar::CalendarError;
use crate::shipment::{EventKind, Shipment};
use crate::warehouse::Node;

/// A marketplace order id (`113-1234567-1234567` on Amazon): 1 to [`MAX_LEN`](Self::MAX_LEN)
/// ASCII letters, digits, `-`, `_` or `.`, kept as given (case-sensitive), stored inline so that
/// it is `Copy`.
///
/// # Examples
///
/// ```
/// use crossborder::metrics::OrderId;
///
/// let id: OrderId = "113-1234567-1234567".parse()?;
/// assert_eq!(id.as_str(), "113-1234567-1234567");
/// assert_eq!(id.to_string(), "113-1234567-1234567");
/// assert!("".parse::<OrderId>().is_err());
/// assert!("订单1".parse::<OrderId>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrderId {
    // Zero-padded bytes first, so that the derived order is the order of the texts.
    bytes: [u8; OrderId::MAX_LEN],
    len: u8,
}

impl OrderId {
    /// The longest id, in bytes.
    pub const MAX_LEN: usize = 32;

    /// Checks and wraps an order id; the same as `text.parse()`.
    ///
    /// # Errors
    ///
    /// [`MetricsError::OrderId`] when the text is empty, longer than
    /// [`MAX_LEN`](Self::MAX_LEN), or has a character other than an ASCII letter, digit, `-`,
    /// `_` or `.`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::OrderId;
    ///
    /// assert_eq!(OrderId::try_new("A-1")?.as_str(), "A-1");
    /// assert!(OrderId::try_new(&"9".repeat(33)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(text: &str) -> Result<Self, MetricsError> {
        let err = |position| MetricsError::OrderId { text: text.to_owned(), position };
        if text.is_empty() || text.len() > Self::MAX_LEN {
            return Err(err(None));
        }
        if let Some(at) = text
            .bytes()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')))
        {
            return Err(err(Some(at)));
        }
        let mut bytes = [0_u8; Self::MAX_LEN];
        for (slot, b) in bytes.iter_mut().zip(text.bytes()) {
            *slot = b;
        }
        // `text.len() <= 32`.
        let len = u8::try_from(text.len()).map_err(|_| err(None))?;
        Ok(Self { bytes, len })
    }

    /// The id.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::OrderId;
    ///
    /// assert_eq!(OrderId::try_new("503-0000001-0000001")?.as_str(), "503-0000001-0000001");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        // Only ASCII bytes are ever stored.
        std::str::from_utf8(bytes).unwrap_or_default()
    }
}

impl fmt::Debug for OrderId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("OrderId").field(&self.as_str()).finish()
    }
}

impl fmt::Display for OrderId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for OrderId {
    type Err = MetricsError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::try_new(text)
    }
}

impl TryFrom<&str> for OrderId {
    type Error = MetricsError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        Self::try_new(text)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for OrderId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for OrderId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Self::try_new(&text).map_err(serde::de::Error::custom)
    }
}

/// A buyer's seller-feedback rating, 1 to 5 stars. Ratings of 1 and 2 stars are negative
/// feedback, one of the three order defects (Seller Central help 200285170).
///
/// # Examples
///
/// ```
/// use crossborder::metrics::FeedbackRating;
///
/// let two: FeedbackRating = "2".parse()?;
/// assert!(two.is_negative());
/// assert!(!FeedbackRating::try_new(3)?.is_negative());
/// assert!(FeedbackRating::try_new(6).is_err());
/// assert_eq!(FeedbackRating::ONE.stars(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FeedbackRating(u8);

impl FeedbackRating {
    /// One star.
    pub const ONE: Self = Self(1);
    /// Two stars.
    pub const TWO: Self = Self(2);
    /// Three stars.
    pub const THREE: Self = Self(3);
    /// Four stars.
    pub const FOUR: Self = Self(4);
    /// Five stars.
    pub const FIVE: Self = Self(5);

    /// A rating of `stars`.
    ///
    /// # Errors
    ///
    /// [`MetricsError::FeedbackRating`] unless `stars` is 1 to 5.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::FeedbackRating;
    ///
    /// assert_eq!(FeedbackRating::try_new(5)?, FeedbackRating::FIVE);
    /// assert!(FeedbackRating::try_new(0).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(stars: u8) -> Result<Self, MetricsError> {
        if (1..=5).contains(&stars) {
            Ok(Self(stars))
        } else {
            Err(MetricsError::FeedbackRating { text: stars.to_string() })
        }
    }

    /// The number of stars.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::FeedbackRating;
    ///
    /// assert_eq!(FeedbackRating::FOUR.stars(), 4);
    /// ```
    pub fn stars(self) -> u8 {
        self.0
    }

    /// Whether the rating is negative feedback (1 or 2 stars).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::FeedbackRating;
    ///
    /// assert!(FeedbackRating::ONE.is_negative());
    /// assert!(!FeedbackRating::THREE.is_negative());
    /// ```
    pub fn is_negative(self) -> bool {
        self.0 <= 2
    }
}

impl fmt::Display for FeedbackRating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for FeedbackRating {
    type Err = MetricsError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || MetricsError::FeedbackRating { text: text.to_owned() };
        match text.as_bytes() {
            [digit @ b'1'..=b'5'] => Ok(Self(digit - b'0')),
            _ => Err(err()),
        }
    }
}

impl TryFrom<&str> for FeedbackRating {
    type Error = MetricsError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for FeedbackRating {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for FeedbackRating {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let stars = u8::deserialize(deserializer)?;
        Self::try_new(stars).map_err(serde::de::Error::custom)
    }
}

/// Who fulfils an order: the seller (merchant-fulfilled network, MFN, 卖家自配送) or the
/// marketplace (Amazon-fulfilled network, AFN, 亚马逊物流). The SP-API account-health report
/// gives the order defect rate for each; the shipping metrics apply to seller-fulfilled orders
/// only.
///
/// # Examples
///
/// ```
/// use crossborder::metrics::Fulfilment;
///
/// assert_eq!(Fulfilment::Seller.sp_api_name(), "MFN");
/// assert_eq!("marketplace".parse::<Fulfilment>()?, Fulfilment::Marketplace);
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
#[strum(
    serialize_all = "snake_case",
    parse_err_ty = MetricsError,
    parse_err_fn = MetricsError::fulfilment
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Fulfilment {
    /// The seller ships the order (MFN).
    Seller,
    /// The marketplace ships the order from its own stock (AFN).
    Marketplace,
}

impl Fulfilment {
    /// Both channels.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Fulfilment;
    ///
    /// assert_eq!(Fulfilment::ALL.len(), 2);
    /// ```
    pub const ALL: &[Self] = &[Self::Seller, Self::Marketplace];

    /// The snake-case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Fulfilment;
    ///
    /// assert_eq!(Fulfilment::Seller.as_str(), "seller");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The SP-API `fulfillmentType` (`"MFN"`, `"AFN"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Fulfilment;
    ///
    /// assert_eq!(Fulfilment::Marketplace.sp_api_name(), "AFN");
    /// ```
    pub fn sp_api_name(self) -> &'static str {
        match self {
            Self::Seller => "MFN",
            Self::Marketplace => "AFN",
        }
    }
}

/// Who cancelled an order before it shipped.
///
/// The pre-fulfilment cancel rate counts cancellations by the seller and automatic
/// cancellations by the marketplace because the seller did not confirm shipment; it excludes
/// cancellations the buyer requested (Seller Central help 200285210; Amazon staff on the JP
/// seller forum for the automatic cancellations).
///
/// # Examples
///
/// ```
/// use crossborder::metrics::CancelledBy;
///
/// assert!(CancelledBy::Seller.counts_against_seller());
/// assert!(CancelledBy::Marketplace.counts_against_seller());
/// assert!(!CancelledBy::Buyer.counts_against_seller());
/// assert_eq!("buyer".parse::<CancelledBy>()?, CancelledBy::Buyer);
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
#[strum(
    serialize_all = "snake_case",
    parse_err_ty = MetricsError,
    parse_err_fn = MetricsError::cancelled_by
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CancelledBy {
    /// The seller cancelled the order or an item of it.
    Seller,
    /// The buyer asked for the cancellation through their account (does not count).
    Buyer,
    /// The marketplace cancelled it automatically because the seller did not confirm shipment.
    Marketplace,
}

impl CancelledBy {
    /// Every party.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::CancelledBy;
    ///
    /// assert_eq!(CancelledBy::ALL.len(), 3);
    /// ```
    pub const ALL: &[Self] = &[Self::Seller, Self::Buyer, Self::Marketplace];

    /// The snake-case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::CancelledBy;
    ///
    /// assert_eq!(CancelledBy::Marketplace.as_str(), "marketplace");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether the cancellation counts in the pre-fulfilment cancel rate (seller or automatic,
    /// not buyer-requested).
    ///
    /// # Examples
    ///
    /// See [`CancelledBy`].
    ///
    /// ```
    /// use crossborder::metrics::CancelledBy;
    ///
    /// assert!(!CancelledBy::Buyer.counts_against_seller());
    /// ```
    pub fn counts_against_seller(self) -> bool {
        matches!(self, Self::Seller | Self::Marketplace)
    }
}

/// What is known about an order's tracking number: the date the seller confirmed it, whether
/// the carrier recognises it, and the date of its first carrier scan.
///
/// A tracking number is **valid** when the carrier recognises it and it has at least one
/// carrier scan (Seller Central help G201817070, IN: valid only "if they have at least one
/// carrier scan recorded").
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::metrics::TrackingRecord;
///
/// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
/// assert!(TrackingRecord::recognised(d(6)?, Some(d(7)?)).is_valid());
/// assert!(!TrackingRecord::recognised(d(6)?, None).is_valid()); // no scan yet
/// assert!(!TrackingRecord::unrecognised(d(6)?).is_valid());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct TrackingRecord {
    confirmed_on: NaiveDate,
    recognised: bool,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    first_scan_on: Option<NaiveDate>,
}

impl TrackingRecord {
    /// A number the carrier recognises, confirmed on `confirmed_on`, first scanned on
    /// `first_scan_on` (if it has been).
    ///
    /// # Examples
    ///
    /// See [`TrackingRecord`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::TrackingRecord;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 6).ok_or("date")?;
    /// assert!(TrackingRecord::recognised(d, Some(d)).is_recognised());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn recognised(confirmed_on: NaiveDate, first_scan_on: Option<NaiveDate>) -> Self {
        Self { confirmed_on, recognised: true, first_scan_on }
    }

    /// A number the carrier does not recognise (a typo, the wrong carrier, a made-up number).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::TrackingRecord;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 6).ok_or("date")?;
    /// assert!(!TrackingRecord::unrecognised(d).is_recognised());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unrecognised(confirmed_on: NaiveDate) -> Self {
        Self { confirmed_on, recognised: false, first_scan_on: None }
    }

    /// The tracking record a [`Shipment`] shows: the carrier recognises the number once it has
    /// reported any event for it, and the first scan is the first event other than a label
    /// creation or a cancellation, as a date in `time_zone`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, TimeZone, Utc};
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    /// use crossborder::metrics::TrackingRecord;
    /// use crossborder::shipment::*;
    /// use crossborder::warehouse::TransportMode;
    ///
    /// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    ///     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// let mut shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// let confirmed = NaiveDate::from_ymd_opt(2026, 7, 6).ok_or("date")?;
    /// let tz = chrono_tz::Asia::Shanghai;
    /// assert!(!TrackingRecord::from_shipment(confirmed, &shipment, tz).is_recognised());
    ///
    /// // Picked up at 20:00 UTC on 6 July: 04:00 on 7 July in Shanghai.
    /// let at = Utc.with_ymd_and_hms(2026, 7, 6, 20, 0, 0).single().ok_or("instant")?;
    /// let r = LegRef::new(Carrier::SfExpress, sf);
    /// shipment.apply(TrackingEvent::new(at, r, EventKind::PickedUp))?;
    /// let record = TrackingRecord::from_shipment(confirmed, &shipment, tz);
    /// assert!(record.is_valid());
    /// assert_eq!(record.first_scan_on(), NaiveDate::from_ymd_opt(2026, 7, 7));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_shipment(confirmed_on: NaiveDate, shipment: &Shipment, time_zone: Tz) -> Self {
        let first_scan_on = shipment
            .events()
            .iter()
            .find(|e| !matches!(e.kind(), EventKind::LabelCreated | EventKind::Cancelled))
            .map(|e| e.at().with_timezone(&time_zone).date_naive());
        Self { confirmed_on, recognised: !shipment.is_empty(), first_scan_on }
    }

    /// The date the seller confirmed the number to the marketplace.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::TrackingRecord;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 6).ok_or("date")?;
    /// assert_eq!(TrackingRecord::unrecognised(d).confirmed_on(), d);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn confirmed_on(&self) -> NaiveDate {
        self.confirmed_on
    }

    /// Whether the carrier recognises the number.
    ///
    /// # Examples
    ///
    /// See [`TrackingRecord`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::TrackingRecord;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 6).ok_or("date")?;
    /// assert!(TrackingRecord::recognised(d, None).is_recognised());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_recognised(&self) -> bool {
        self.recognised
    }

    /// The date of the first carrier scan, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::TrackingRecord;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 6).ok_or("date")?;
    /// assert_eq!(TrackingRecord::recognised(d, Some(d)).first_scan_on(), Some(d));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first_scan_on(&self) -> Option<NaiveDate> {
        self.first_scan_on
    }

    /// Whether the number is valid: recognised by the carrier, with at least one scan.
    ///
    /// # Examples
    ///
    /// See [`TrackingRecord`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::metrics::TrackingRecord;
    ///
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 6).ok_or("date")?;
    /// assert!(TrackingRecord::recognised(d, Some(d)).is_valid());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_valid(&self) -> bool {
        self.recognised && self.first_scan_on.is_some()
    }
}

/// One order as the metrics see it: its id and order date, who fulfils it, its defects
/// (negative feedback, A-to-z Guarantee claim, chargeback), its cancellation, its expected and
/// actual ship-confirmation dates, its promised delivery date, its tracking and its delivery
/// date. One record is one order shipped as one package.
///
/// The order date is the UTC date of the order instant: the SP-API account-health report gives
/// its reporting ranges in UTC. The expected ship date and the ship-confirmation date are dates
/// at the shipping node (its time zone) when the record is built with
/// [`ship_from`](OrderRecordBuilder::ship_from); promised delivery and delivery dates are the
/// buyer's dates as the marketplace states them.
///
/// # Examples
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use crossborder::metrics::{FeedbackRating, OrderRecord};
///
/// let date = |m, d| NaiveDate::from_ymd_opt(2026, m, d).ok_or("date");
/// let ordered = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
/// let order = OrderRecord::builder("113-0000001-0000001".parse()?, ordered)
///     .expected_ship_date(date(7, 2)?)
///     .ship_confirmed_on(date(7, 3)?)
///     .feedback(FeedbackRating::ONE)
///     .chargeback()
///     .build()?;
/// assert_eq!(order.order_date(), date(7, 1)?);
/// assert_eq!(order.is_late_shipment(), Some(true)); // confirmed 3 July, expected by 2 July
/// assert!(order.has_defect()); // two defects, one defective order
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OrderRecord {
    id: OrderId,
    order_date: NaiveDate,
    expected_ship_date: Option<NaiveDate>,
    ship_confirmed_on: Option<NaiveDate>,
    promised_delivery_date: Option<NaiveDate>,
    delivered_on: Option<NaiveDate>,
    tracking: Option<TrackingRecord>,
    fulfilment: Fulfilment,
    cancelled_by: Option<CancelledBy>,
    feedback: Option<FeedbackRating>,
    a_to_z_claim: bool,
    chargeback: bool,
}

impl OrderRecord {
    /// Starts a record for the order `id` placed at `ordered_at`; see [`OrderRecordBuilder`].
    ///
    /// # Examples
    ///
    /// See [`OrderRecord`].
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::metrics::{Fulfilment, OrderRecord};
    ///
    /// let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let afn = OrderRecord::builder("A1".parse()?, at).fulfilment(Fulfilment::Marketplace).build()?;
    /// assert_eq!(afn.fulfilment(), Fulfilment::Marketplace);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(id: OrderId, ordered_at: DateTime<Utc>) -> OrderRecordBuilder {
        OrderRecordBuilder {
            id,
            ordered_at,
            fulfilment: Fulfilment::Seller,
            expected: None,
            ship_zone: None,
            ship_confirmed_at: None,
            ship_confirmed_on: None,
            promised_delivery_date: None,
            delivered_on: None,
            tracking: None,
            cancelled_by: None,
            feedback: None,
            a_to_z_claim: false,
            chargeback: false,
        }
    }

    /// The order id.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::metrics::{Fulfilment, OrderRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).fulfilment(Fulfilment::Marketplace).build()?;
    /// assert_eq!(o.id().as_str(), "A1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn id(&self) -> OrderId {
        self.id
    }

    /// The order date (UTC), which attributes the order defect, late shipment and cancellation
    /// rates.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{Fulfilment, OrderRecord};
    /// // 23:30 UTC on 1 July is 2 July in Beijing; the order date is the UTC date.
    /// let at = Utc.with_ymd_and_hms(2026, 7, 1, 23, 30, 0).single().ok_or("instant")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).fulfilment(Fulfilment::Marketplace).build()?;
    /// assert_eq!(o.order_date(), NaiveDate::from_ymd_opt(2026, 7, 1).ok_or("date")?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn order_date(&self) -> NaiveDate {
        self.order_date
    }

    /// Who fulfils the order.
    ///
    /// # Examples
    ///
    /// See [`OrderRecord::builder`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{Fulfilment, OrderRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).build()?;
    /// assert_eq!(o.fulfilment(), Fulfilment::Seller); // the default
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fulfilment(&self) -> Fulfilment {
        self.fulfilment
    }

    /// The expected ship date (预计发货日), if the order has one (every seller-fulfilled order
    /// does).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).build()?;
    /// assert_eq!(o.expected_ship_date(), Some(d));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn expected_ship_date(&self) -> Option<NaiveDate> {
        self.expected_ship_date
    }

    /// The date the seller confirmed shipment, if it has.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).ship_confirmed_on(d).build()?;
    /// assert_eq!(o.ship_confirmed_on(), Some(d));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ship_confirmed_on(&self) -> Option<NaiveDate> {
        self.ship_confirmed_on
    }

    /// The promised delivery date (the latest date of the promise shown to the buyer), if
    /// known.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).promised_delivery_date(d).build()?;
    /// assert_eq!(o.promised_delivery_date(), Some(d));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn promised_delivery_date(&self) -> Option<NaiveDate> {
        self.promised_delivery_date
    }

    /// The delivery date, if delivered.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).build()?;
    /// assert_eq!(o.delivered_on(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn delivered_on(&self) -> Option<NaiveDate> {
        self.delivered_on
    }

    /// The tracking record, if the seller gave a tracking number.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{OrderRecord, TrackingRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let t = TrackingRecord::recognised(d, Some(d));
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).tracking(t).build()?;
    /// assert_eq!(o.tracking(), Some(&t));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tracking(&self) -> Option<&TrackingRecord> {
        self.tracking.as_ref()
    }

    /// Who cancelled the order, if it was cancelled.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{CancelledBy, OrderRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).cancelled(CancelledBy::Buyer).build()?;
    /// assert_eq!(o.cancelled_by(), Some(CancelledBy::Buyer));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cancelled_by(&self) -> Option<CancelledBy> {
        self.cancelled_by
    }

    /// The buyer's feedback rating, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{FeedbackRating, OrderRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).feedback(FeedbackRating::FIVE).build()?;
    /// assert_eq!(o.feedback(), Some(FeedbackRating::FIVE));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn feedback(&self) -> Option<FeedbackRating> {
        self.feedback
    }

    /// Whether the buyer gave negative feedback (1 or 2 stars).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{FeedbackRating, OrderRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).feedback(FeedbackRating::TWO).build()?;
    /// assert!(o.has_negative_feedback());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn has_negative_feedback(&self) -> bool {
        self.feedback.is_some_and(FeedbackRating::is_negative)
    }

    /// Whether the order has an A-to-z Guarantee claim that counts (the caller leaves out the
    /// claim types the marketplace does not count).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).a_to_z_claim().build()?;
    /// assert!(o.has_a_to_z_claim());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn has_a_to_z_claim(&self) -> bool {
        self.a_to_z_claim
    }

    /// Whether the order has a credit-card chargeback.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).chargeback().build()?;
    /// assert!(o.has_chargeback());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn has_chargeback(&self) -> bool {
        self.chargeback
    }

    /// Whether the order is defective: negative feedback, an A-to-z claim or a chargeback. An
    /// order has at most one defect however many of the three it has ("an order can only have
    /// one defect", Amazon Pay merchant help 201212270; Seller Central help 200285170: "orders
    /// with one or more defects").
    ///
    /// # Examples
    ///
    /// See [`OrderRecord`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).build()?;
    /// assert!(!o.has_defect());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn has_defect(&self) -> bool {
        self.a_to_z_claim || self.chargeback || self.has_negative_feedback()
    }

    /// Whether the order was ship-confirmed after its expected ship date; `None` while it is
    /// not ship-confirmed or when it has no expected ship date.
    ///
    /// # Examples
    ///
    /// See [`OrderRecord`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).ship_confirmed_on(d).build()?;
    /// assert_eq!(o.is_late_shipment(), Some(false)); // on the expected date is on time
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_late_shipment(&self) -> Option<bool> {
        Some(self.ship_confirmed_on? > self.expected_ship_date?)
    }

    /// Whether the order counts in the pre-fulfilment cancel rate (cancelled by the seller or
    /// automatically by the marketplace).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{CancelledBy, OrderRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).cancelled(CancelledBy::Seller).build()?;
    /// assert!(o.is_seller_cancellation());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_seller_cancellation(&self) -> bool {
        self.cancelled_by.is_some_and(CancelledBy::counts_against_seller)
    }

    /// Whether the order's tracking number is valid (recognised, at least one scan).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{OrderRecord, TrackingRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at)
    ///     .expected_ship_date(d)
    ///     .tracking(TrackingRecord::recognised(d, Some(d)))
    ///     .build()?;
    /// assert!(o.has_valid_tracking());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn has_valid_tracking(&self) -> bool {
        self.tracking.is_some_and(|t| t.is_valid())
    }

    /// Whether the package was delivered on time: on or before the promised delivery date, with
    /// the tracking confirmed no later than the delivery (tracking "confirmed or updated after
    /// the carrier delivered" is not on time, Seller Central help 200847280). `None` unless the
    /// order has valid tracking, a delivery date and a promised delivery date.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{OrderRecord, TrackingRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
    /// let o = OrderRecord::builder("A1".parse()?, at)
    ///     .expected_ship_date(d(2)?)
    ///     .ship_confirmed_on(d(2)?)
    ///     .tracking(TrackingRecord::recognised(d(2)?, Some(d(2)?)))
    ///     .promised_delivery_date(d(12)?)
    ///     .delivered_on(d(12)?)
    ///     .build()?;
    /// assert_eq!(o.is_on_time(), Some(true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_on_time(&self) -> Option<bool> {
        let tracking = self.tracking.filter(TrackingRecord::is_valid)?;
        let delivered = self.delivered_on?;
        let promised = self.promised_delivery_date?;
        Some(delivered <= promised && tracking.confirmed_on <= delivered)
    }
}

/// Builds an [`OrderRecord`]; see [`OrderRecord::builder`].
///
/// A seller-fulfilled order (the default) needs an expected ship date, either computed from the
/// node that ships it ([`ship_from`](Self::ship_from): order instant + cut-off + handling time
/// in the node's business days, national holidays skipped) or as the marketplace states it
/// ([`expected_ship_date`](Self::expected_ship_date)).
///
/// # Examples
///
/// ```
/// use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
/// use crossborder::calendar::BusinessCalendar;
/// use crossborder::geo::Country;
/// use crossborder::metrics::OrderRecord;
/// use crossborder::warehouse::{Node, NodeKind};
///
/// let fc = Node::builder("ONT8".parse()?, NodeKind::FulfilmentCentre, Country::US)
///     .time_zone(chrono_tz::America::Los_Angeles)
///     .calendar(BusinessCalendar::united_states_federal())
///     .cutoff(NaiveTime::from_hms_opt(14, 0, 0).ok_or("time")?)
///     .handling_days(1)
///     .build()?;
/// // Thursday 2 July 2026, 15:00 in Los Angeles: after the cut-off; Friday 3 July is the
/// // observed Independence Day, so the order is received Monday 6 and ships by Tuesday 7.
/// let ordered = Utc.with_ymd_and_hms(2026, 7, 2, 22, 0, 0).single().ok_or("instant")?;
/// // Confirmed at 01:00 UTC on 8 July = 18:00 on 7 July in Los Angeles: on time.
/// let shipped = Utc.with_ymd_and_hms(2026, 7, 8, 1, 0, 0).single().ok_or("instant")?;
/// let order = OrderRecord::builder("113-0000002-0000002".parse()?, ordered)
///     .ship_from(&fc)
///     .ship_confirmed_at(shipped)
///     .build()?;
/// assert_eq!(order.expected_ship_date(), NaiveDate::from_ymd_opt(2026, 7, 7));
/// assert_eq!(order.ship_confirmed_on(), NaiveDate::from_ymd_opt(2026, 7, 7));
/// assert_eq!(order.is_late_shipment(), Some(false));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct OrderRecordBuilder {
    id: OrderId,
    ordered_at: DateTime<Utc>,
    fulfilment: Fulfilment,
    expected: Option<Result<NaiveDate, CalendarError>>,
    ship_zone: Option<Tz>,
    ship_confirmed_at: Option<DateTime<Utc>>,
    ship_confirmed_on: Option<NaiveDate>,
    promised_delivery_date: Option<NaiveDate>,
    delivered_on: Option<NaiveDate>,
    tracking: Option<TrackingRecord>,
    cancelled_by: Option<CancelledBy>,
    feedback: Option<FeedbackRating>,
    a_to_z_claim: bool,
    chargeback: bool,
}

impl OrderRecordBuilder {
    /// Who fulfils the order (default [`Fulfilment::Seller`]).
    ///
    /// # Examples
    ///
    /// See [`OrderRecord::builder`].
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::metrics::{Fulfilment, OrderRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).fulfilment(Fulfilment::Marketplace).build()?;
    /// assert_eq!(o.expected_ship_date(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fulfilment(mut self, fulfilment: Fulfilment) -> Self {
        self.fulfilment = fulfilment;
        self
    }

    /// The node that ships the order: the expected ship date is
    /// [`Node::expected_ship_date`] of the order instant (order date + handling time in the
    /// node's business days, after its cut-off, national holidays skipped), and a ship
    /// confirmation given as an instant is dated in the node's time zone.
    ///
    /// # Examples
    ///
    /// See [`OrderRecordBuilder`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    /// # use crossborder::calendar::BusinessCalendar;
    /// # use crossborder::geo::Country;
    /// # use crossborder::metrics::OrderRecord;
    /// # use crossborder::warehouse::{Node, NodeKind};
    /// let ngb = Node::builder("NGB-BW1".parse()?, NodeKind::BondedWarehouse, Country::CN)
    ///     .time_zone(chrono_tz::Asia::Shanghai)
    ///     .calendar(BusinessCalendar::china())
    ///     .cutoff(NaiveTime::from_hms_opt(16, 0, 0).ok_or("time")?)
    ///     .handling_days(1)
    ///     .customs_district("3105".parse()?)
    ///     .build()?;
    /// // Wednesday 30 September 2026, 10:00 Beijing time: the National Day break (1–7 October)
    /// // follows, so one business day later is Thursday 8 October.
    /// let at = Utc.with_ymd_and_hms(2026, 9, 30, 2, 0, 0).single().ok_or("instant")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).ship_from(&ngb).build()?;
    /// assert_eq!(o.expected_ship_date(), NaiveDate::from_ymd_opt(2026, 10, 8));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ship_from(mut self, node: &Node) -> Self {
        self.expected = Some(node.expected_ship_date(self.ordered_at));
        self.ship_zone = Some(node.time_zone());
        self
    }

    /// The expected ship date as the marketplace states it (its order report's latest ship
    /// date).
    ///
    /// # Examples
    ///
    /// See [`OrderRecord`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 3).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).build()?;
    /// assert_eq!(o.expected_ship_date(), Some(d));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn expected_ship_date(mut self, date: NaiveDate) -> Self {
        self.expected = Some(Ok(date));
        self
    }

    /// The instant the seller confirmed shipment, dated in the node's time zone when
    /// [`ship_from`](Self::ship_from) gave one, in UTC otherwise.
    ///
    /// # Examples
    ///
    /// See [`OrderRecordBuilder`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 3).ok_or("date")?;
    /// let shipped = Utc.with_ymd_and_hms(2026, 7, 2, 9, 0, 0).single().ok_or("instant")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).ship_confirmed_at(shipped).build()?;
    /// assert_eq!(o.ship_confirmed_on(), NaiveDate::from_ymd_opt(2026, 7, 2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ship_confirmed_at(mut self, at: DateTime<Utc>) -> Self {
        self.ship_confirmed_at = Some(at);
        self.ship_confirmed_on = None;
        self
    }

    /// The date the seller confirmed shipment, in the same frame as the expected ship date.
    ///
    /// # Examples
    ///
    /// See [`OrderRecord`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 3).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).ship_confirmed_on(d).build()?;
    /// assert_eq!(o.ship_confirmed_on(), Some(d));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ship_confirmed_on(mut self, date: NaiveDate) -> Self {
        self.ship_confirmed_on = Some(date);
        self.ship_confirmed_at = None;
        self
    }

    /// The promised delivery date: the latest date of the delivery promise shown to the buyer.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d(2)?).promised_delivery_date(d(15)?).build()?;
    /// assert_eq!(o.promised_delivery_date(), Some(d(15)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn promised_delivery_date(mut self, date: NaiveDate) -> Self {
        self.promised_delivery_date = Some(date);
        self
    }

    /// The date the carrier delivered the package.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d(2)?).delivered_on(d(9)?).build()?;
    /// assert_eq!(o.delivered_on(), Some(d(9)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn delivered_on(mut self, date: NaiveDate) -> Self {
        self.delivered_on = Some(date);
        self
    }

    /// The tracking record.
    ///
    /// # Examples
    ///
    /// See [`OrderRecord::tracking`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{OrderRecord, TrackingRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at)
    ///     .expected_ship_date(d)
    ///     .tracking(TrackingRecord::unrecognised(d))
    ///     .build()?;
    /// assert!(!o.has_valid_tracking());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tracking(mut self, tracking: TrackingRecord) -> Self {
        self.tracking = Some(tracking);
        self
    }

    /// The tracking record and the delivery date a [`Shipment`] shows
    /// ([`TrackingRecord::from_shipment`]; delivered on the date of its delivery event, in
    /// `time_zone`, if it is delivered).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, TimeZone, Utc};
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    /// use crossborder::metrics::OrderRecord;
    /// use crossborder::shipment::*;
    /// use crossborder::warehouse::TransportMode;
    ///
    /// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    ///     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// let r = LegRef::new(Carrier::SfExpress, sf);
    /// let t = |d, h| Utc.with_ymd_and_hms(2026, 7, d, h, 0, 0).single().ok_or("instant");
    /// let shipment = Shipment::from_events(
    ///     Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?,
    ///     [TrackingEvent::new(t(2, 9)?, r, EventKind::PickedUp),
    ///      TrackingEvent::new(t(3, 17)?, r, EventKind::Delivered)],
    /// )?;
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
    /// let o = OrderRecord::builder("A1".parse()?, t(1, 3)?)
    ///     .expected_ship_date(d(2)?)
    ///     .ship_confirmed_on(d(2)?)
    ///     .tracked_by(&shipment, d(2)?, chrono_tz::Asia::Shanghai)
    ///     .build()?;
    /// assert!(o.has_valid_tracking());
    /// assert_eq!(o.delivered_on(), Some(d(4)?)); // 17:00 UTC on 3 July is 4 July in Beijing
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tracked_by(
        mut self,
        shipment: &Shipment,
        confirmed_on: NaiveDate,
        time_zone: Tz,
    ) -> Self {
        self.tracking = Some(TrackingRecord::from_shipment(confirmed_on, shipment, time_zone));
        if let Some(delivered) =
            shipment.events().iter().rev().find(|e| e.kind() == EventKind::Delivered)
        {
            self.delivered_on = Some(delivered.at().with_timezone(&time_zone).date_naive());
        }
        self
    }

    /// The order was cancelled before shipment, by `by`.
    ///
    /// # Examples
    ///
    /// See [`OrderRecord::cancelled_by`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{CancelledBy, OrderRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).cancelled(CancelledBy::Marketplace).build()?;
    /// assert!(o.is_seller_cancellation());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cancelled(mut self, by: CancelledBy) -> Self {
        self.cancelled_by = Some(by);
        self
    }

    /// The buyer's feedback rating.
    ///
    /// # Examples
    ///
    /// See [`OrderRecord`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::{FeedbackRating, OrderRecord};
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).feedback(FeedbackRating::THREE).build()?;
    /// assert!(!o.has_defect()); // three stars is not negative
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn feedback(mut self, rating: FeedbackRating) -> Self {
        self.feedback = Some(rating);
        self
    }

    /// The order has an A-to-z Guarantee claim that counts.
    ///
    /// # Examples
    ///
    /// See [`OrderRecord::has_a_to_z_claim`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).a_to_z_claim().build()?;
    /// assert!(o.has_defect());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn a_to_z_claim(mut self) -> Self {
        self.a_to_z_claim = true;
        self
    }

    /// The order has a credit-card chargeback.
    ///
    /// # Examples
    ///
    /// See [`OrderRecord`].
    ///
    /// ```
    /// # use chrono::{NaiveDate, TimeZone, Utc};
    /// # use crossborder::metrics::OrderRecord;
    /// # let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// # let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let o = OrderRecord::builder("A1".parse()?, at).expected_ship_date(d).chargeback().build()?;
    /// assert!(o.has_defect());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn chargeback(mut self) -> Self {
        self.chargeback = true;
        self
    }

    /// Checks and builds the record.
    ///
    /// # Errors
    ///
    /// - [`MetricsError::Calendar`] when the node's calendar cannot date the expected ship date;
    /// - [`MetricsError::MissingExpectedShipDate`] for a seller-fulfilled order without one;
    /// - [`MetricsError::CancelledAfterShipment`] when the order is cancelled and
    ///   ship-confirmed;
    /// - [`MetricsError::ShippedBeforeOrdered`] when the ship-confirmation instant is before the
    ///   order instant.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, TimeZone, Utc};
    /// use crossborder::metrics::{CancelledBy, MetricsError, OrderRecord};
    ///
    /// let at = Utc.with_ymd_and_hms(2026, 7, 1, 3, 0, 0).single().ok_or("instant")?;
    /// let d = NaiveDate::from_ymd_opt(2026, 7, 2).ok_or("date")?;
    /// let err = OrderRecord::builder("A1".parse()?, at).build().unwrap_err();
    /// assert!(matches!(err, MetricsError::MissingExpectedShipDate { .. }));
    /// let err = OrderRecord::builder("A1".parse()?, at)
    ///     .expected_ship_date(d)
    ///     .ship_confirmed_on(d)
    ///     .cancelled(CancelledBy::Seller)
    ///     .build()
    ///     .unwrap_err();
    /// assert!(matches!(err, MetricsError::CancelledAfterShipment { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<OrderRecord, MetricsError> {
        let order = self.id;
        let expected_ship_date = match self.expected {
            Some(Ok(date)) => Some(date),
            Some(Err(error)) => return Err(MetricsError::Calendar { order, error }),
            None => None,
        };
        if expected_ship_date.is_none() && self.fulfilment == Fulfilment::Seller {
            return Err(MetricsError::MissingExpectedShipDate { order });
        }
        let ship_confirmed_on = match self.ship_confirmed_at {
            Some(shipped) if shipped < self.ordered_at => {
                return Err(MetricsError::ShippedBeforeOrdered {
                    order,
                    ordered: self.ordered_at,
                    shipped,
                });
            }
            Some(shipped) => Some(match self.ship_zone {
                Some(zone) => shipped.with_timezone(&zone).date_naive(),
                None => shipped.date_naive(),
            }),
            None => self.ship_confirmed_on,
        };
        if ship_confirmed_on.is_some() && self.cancelled_by.is_some() {
            return Err(MetricsError::CancelledAfterShipment { order });
        }
        Ok(OrderRecord {
            id: order,
            order_date: self.ordered_at.date_naive(),
            expected_ship_date,
            ship_confirmed_on,
            promised_delivery_date: self.promised_delivery_date,
            delivered_on: self.delivered_on,
            tracking: self.tracking,
            fulfilment: self.fulfilment,
            cancelled_by: self.cancelled_by,
            feedback: self.feedback,
            a_to_z_claim: self.a_to_z_claim,
            chargeback: self.chargeback,
        })
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{
        CancelledBy, FeedbackRating, Fulfilment, MetricsError, NaiveDate, OrderId, OrderRecord,
        TrackingRecord,
    };

    /// The record as written: every field by name, absent options left out.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        id: OrderId,
        order_date: NaiveDate,
        fulfilment: Fulfilment,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        expected_ship_date: Option<NaiveDate>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ship_confirmed_on: Option<NaiveDate>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        promised_delivery_date: Option<NaiveDate>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        delivered_on: Option<NaiveDate>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tracking: Option<TrackingRecord>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cancelled_by: Option<CancelledBy>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        feedback: Option<FeedbackRating>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        a_to_z_claim: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        chargeback: bool,
    }

    impl serde::Serialize for OrderRecord {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Repr {
                id: self.id,
                order_date: self.order_date,
                fulfilment: self.fulfilment,
                expected_ship_date: self.expected_ship_date,
                ship_confirmed_on: self.ship_confirmed_on,
                promised_delivery_date: self.promised_delivery_date,
                delivered_on: self.delivered_on,
                tracking: self.tracking,
                cancelled_by: self.cancelled_by,
                feedback: self.feedback,
                a_to_z_claim: self.a_to_z_claim,
                chargeback: self.chargeback,
            }
            .serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for OrderRecord {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            use serde::de::Error;
            let r = Repr::deserialize(deserializer)?;
            if r.expected_ship_date.is_none() && r.fulfilment == Fulfilment::Seller {
                return Err(D::Error::custom(MetricsError::MissingExpectedShipDate {
                    order: r.id,
                }));
            }
            if r.ship_confirmed_on.is_some() && r.cancelled_by.is_some() {
                return Err(D::Error::custom(MetricsError::CancelledAfterShipment { order: r.id }));
            }
            Ok(OrderRecord {
                id: r.id,
                order_date: r.order_date,
                expected_ship_date: r.expected_ship_date,
                ship_confirmed_on: r.ship_confirmed_on,
                promised_delivery_date: r.promised_delivery_date,
                delivered_on: r.delivered_on,
                tracking: r.tracking,
                fulfilment: r.fulfilment,
                cancelled_by: r.cancelled_by,
                feedback: r.feedback,
                a_to_z_claim: r.a_to_z_claim,
                chargeback: r.chargeback,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_id_bounds_and_order() {
        let max = "A".repeat(OrderId::MAX_LEN);
        assert_eq!(OrderId::try_new(&max).unwrap().as_str(), max);
        assert!(OrderId::try_new(&format!("{max}A")).is_err());
        let (a, ab, b) = (
            OrderId::try_new("a").unwrap(),
            OrderId::try_new("ab").unwrap(),
            OrderId::try_new("b").unwrap(),
        );
        assert!(a < ab && ab < b);
        assert_eq!(
            OrderId::try_new("a b"),
            Err(MetricsError::OrderId { text: "a b".into(), position: Some(1) })
        );
    }

    #[test]
    fn feedback_parse() {
        assert_eq!("1".parse::<FeedbackRating>(), Ok(FeedbackRating::ONE));
        for bad in ["0", "6", "", "12", " 1", "+1"] {
            assert!(bad.parse::<FeedbackRating>().is_err(), "{bad:?}");
        }
    }
}
