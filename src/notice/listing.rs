//! The delivery-details paragraph of a product page: [`ListingChain`].

use super::error::NoticeError;
use super::explanation::{Writer, carrier_name, format_date};
use super::templates::{TemplateKey, Templates};
use super::values::{DeliveryWindow, Lang};
use crate::carrier::Carrier;
use crate::geo::Country;
use crate::shipment::{CustomsMode, Leg, Route};

/// The chain a product travels to the buyer, for the delivery details of its listing (商品详情页
/// 配送说明): the customs mode, the origin country, the international carrier, the domestic
/// carrier, and the expected transit time or window.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::Carrier;
/// use crossborder::geo::Country;
/// use crossborder::notice::{Lang, ListingChain};
///
/// let chain = ListingChain::direct_purchase(Country::US, Carrier::DhlEcommerce, Carrier::SfExpress)
///     .with_transit_days(8, 15)?;
/// assert_eq!(
///     chain.paragraph(Lang::ZhCn),
///     "本商品从美国直邮发货：由DHL电子商务运至中国入境口岸，以跨境电商零售进口（直购进口）方式清关后，\
///      交由顺丰速运派送到您手中。清关后运单号会更换为顺丰速运的单号，两个单号都能查到同一个包裹。\
///      预计下单后8至15天送达。"
/// );
/// assert!(chain.paragraph(Lang::En).starts_with("Ships directly from United States: DHL eCommerce carries"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ListingChain {
    mode: CustomsMode,
    origin: Option<Country>,
    international: Option<Carrier>,
    domestic: Carrier,
    transit_days: Option<(u16, u16)>,
    window: Option<DeliveryWindow>,
}

impl ListingChain {
    /// Direct purchase import (直购进口, 9610): from `origin` by `international` to a port of
    /// entry, cleared there, delivered by `domestic` under a new number.
    ///
    /// # Examples
    ///
    /// See [`ListingChain`].
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    /// use crossborder::geo::Country;
    /// use crossborder::notice::ListingChain;
    /// use crossborder::shipment::CustomsMode;
    ///
    /// let chain = ListingChain::direct_purchase(Country::DE, Carrier::DhlExpress, Carrier::JdLogistics);
    /// assert_eq!(chain.customs_mode(), CustomsMode::DirectPurchase);
    /// ```
    pub fn direct_purchase(origin: Country, international: Carrier, domestic: Carrier) -> Self {
        Self {
            mode: CustomsMode::DirectPurchase,
            origin: Some(origin),
            international: Some(international),
            domestic,
            transit_days: None,
            window: None,
        }
    }

    /// Bonded import (网购保税进口, 1210): cleared in a bonded warehouse in China, delivered by
    /// `domestic`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    /// use crossborder::notice::{Lang, ListingChain};
    ///
    /// let chain = ListingChain::bonded(Carrier::JdLogistics).with_transit_days(1, 3)?;
    /// assert_eq!(
    ///     chain.paragraph(Lang::En),
    ///     "Ships from a bonded warehouse in China: after your order the goods clear customs there as \
    ///      cross-border e-commerce imports, and JD Logistics delivers them to you. \
    ///      Expected delivery: 1 to 3 days after your order."
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn bonded(domestic: Carrier) -> Self {
        Self {
            mode: CustomsMode::BondedImport,
            origin: None,
            international: None,
            domestic,
            transit_days: None,
            window: None,
        }
    }

    /// Personal postal articles (行邮): from `origin` by its post, delivered by the Chinese post
    /// under the same number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    /// use crossborder::geo::Country;
    /// use crossborder::notice::{Lang, ListingChain};
    ///
    /// let chain = ListingChain::postal(Country::JP, Carrier::JapanPost, Carrier::ChinaPost);
    /// assert_eq!(
    ///     chain.paragraph(Lang::ZhCn),
    ///     "本商品从日本以国际邮件寄出：由日本邮政寄往中国，经海关按个人物品查验后由中国邮政投递，全程使用同一个邮件号码查询。"
    /// );
    /// ```
    pub fn postal(origin: Country, origin_post: Carrier, destination_post: Carrier) -> Self {
        Self {
            mode: CustomsMode::PostalArticles,
            origin: Some(origin),
            international: Some(origin_post),
            domestic: destination_post,
            transit_days: None,
            window: None,
        }
    }

    /// The chain of a route: its customs mode, the carrier of the last leg before clearance
    /// (if any) and of the first leg after it; `origin` is where the goods ship from. `None` if
    /// the route has no leg after its clearance point (which [`Route`] does not allow).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    /// use crossborder::notice::ListingChain;
    /// use crossborder::shipment::*;
    /// use crossborder::warehouse::TransportMode;
    ///
    /// let pvg = Location::node("PVG".parse()?);
    /// let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// let route = Route::builder(CustomsMode::DirectPurchase)
    ///     .leg(Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air, Location::node("ONT8".parse()?), pvg.clone(), gm)?)
    ///     .clearance()
    ///     .leg(Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg, Location::place("杭州", Country::CN)?, sf)?)
    ///     .build()?;
    /// let chain = ListingChain::from_route(&route, Country::US).ok_or("chain")?;
    /// assert_eq!(chain, ListingChain::direct_purchase(Country::US, Carrier::DhlEcommerce, Carrier::SfExpress));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_route(route: &Route, origin: Country) -> Option<Self> {
        let legs = route.legs();
        let clearance = route.clearance_before();
        let domestic = legs.get(clearance)?.carrier();
        let international = clearance.checked_sub(1).and_then(|i| legs.get(i)).map(Leg::carrier);
        let origin = (route.customs_mode() != CustomsMode::BondedImport).then_some(origin);
        Some(Self {
            mode: route.customs_mode(),
            origin,
            international,
            domestic,
            transit_days: None,
            window: None,
        })
    }

    /// The chain with the expected transit time, `min` to `max` days after the order.
    ///
    /// # Errors
    ///
    /// [`NoticeError::TransitDays`] unless `1 <= min <= max <= 365`.
    ///
    /// # Examples
    ///
    /// See [`ListingChain`].
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    /// use crossborder::notice::ListingChain;
    ///
    /// assert!(ListingChain::bonded(Carrier::SfExpress).with_transit_days(5, 3).is_err());
    /// ```
    pub fn with_transit_days(mut self, min: u16, max: u16) -> Result<Self, NoticeError> {
        if min == 0 || min > max || max > 365 {
            return Err(NoticeError::TransitDays { min, max });
        }
        self.transit_days = Some((min, max));
        Ok(self)
    }

    /// The chain with a delivery window in dates (shown after the transit days, if both are
    /// given): a [`DeliveryWindow`] or an [`eta::Window`](crate::eta::Window).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::carrier::Carrier;
    /// use crossborder::notice::{DeliveryWindow, Lang, ListingChain};
    ///
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 7, day).ok_or("date");
    /// let chain = ListingChain::bonded(Carrier::SfExpress).with_window(DeliveryWindow::try_new(d(3)?, d(5)?)?);
    /// assert!(chain.paragraph(Lang::ZhCn).ends_with("预计送达时间：2026年7月3日至2026年7月5日。"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_window(mut self, window: impl Into<DeliveryWindow>) -> Self {
        self.window = Some(window.into());
        self
    }

    /// The customs mode.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    /// use crossborder::notice::ListingChain;
    /// use crossborder::shipment::CustomsMode;
    ///
    /// assert_eq!(ListingChain::bonded(Carrier::SfExpress).customs_mode(), CustomsMode::BondedImport);
    /// ```
    pub fn customs_mode(&self) -> CustomsMode {
        self.mode
    }

    /// The paragraph in `lang`, with the built-in templates.
    ///
    /// # Examples
    ///
    /// See [`ListingChain`].
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    /// use crossborder::notice::{Lang, ListingChain};
    ///
    /// assert!(ListingChain::bonded(Carrier::SfExpress).paragraph(Lang::ZhCn).contains("顺丰速运"));
    /// ```
    pub fn paragraph(&self, lang: Lang) -> String {
        self.paragraph_with(lang, &Templates::new())
    }

    /// The paragraph in `lang`, with the caller's templates.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    /// use crossborder::notice::{Lang, ListingChain, TemplateKey, Templates};
    ///
    /// let ours = Templates::new().with(Lang::En, TemplateKey::ListingBonded, "From our bonded stock via {domestic}.")?;
    /// let text = ListingChain::bonded(Carrier::SfExpress).paragraph_with(Lang::En, &ours);
    /// assert_eq!(text, "From our bonded stock via SF Express.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn paragraph_with(&self, lang: Lang, templates: &Templates) -> String {
        let w = Writer { lang, templates, tz: chrono_tz::UTC, names: None };
        let origin = self
            .origin
            .map(|c| match lang {
                Lang::ZhCn => c.name_zh().unwrap_or_else(|| c.name_en()),
                Lang::En => c.name_en(),
            })
            .unwrap_or_default();
        let international = self.international.map(|c| carrier_name(c, lang)).unwrap_or_default();
        let domestic = carrier_name(self.domestic, lang);
        let chain = [("origin", origin), ("international", international), ("domestic", domestic)];
        let mut sentences = vec![match self.mode {
            CustomsMode::DirectPurchase => w.t(TemplateKey::ListingDirectPurchase, &chain),
            CustomsMode::BondedImport => w.t(TemplateKey::ListingBonded, &chain),
            CustomsMode::PostalArticles => w.t(TemplateKey::ListingPostal, &chain),
        }];
        if let Some((min, max)) = self.transit_days {
            let (min, max) = (min.to_string(), max.to_string());
            sentences.push(w.t(TemplateKey::ListingDays, &[("min", &min), ("max", &max)]));
        }
        if let Some(window) = self.window {
            let (from, to) =
                (format_date(window.earliest(), lang), format_date(window.latest(), lang));
            sentences.push(if window.earliest() == window.latest() {
                w.t(TemplateKey::WindowOneDay, &[("date", &from)])
            } else {
                w.t(TemplateKey::Window, &[("from", &from), ("to", &to)])
            });
        }
        w.paragraph(&sentences)
    }
}
