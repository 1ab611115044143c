//! The carrier catalogue (承运商目录): who can hold a parcel on its way into China.

use std::fmt;
use std::str::FromStr;

use super::error::ParseCarrierCodeError;
use super::format::Format;
use super::tracking_number::TrackingNumber;
use crate::geo::Country;

/// A carrier (承运商 / 快递公司) in the catalogue.
///
/// Each carrier has a stable snake-case code ([`as_str`](Self::as_str); the `courier_code` of the
/// `tracking_number_data` set where the carrier is in it), English and Chinese names, a home
/// country, a [`CarrierRole`], a tracking-page URL and the tracking-number [`Format`]s it issues.
/// The catalogue covers the carriers of the cross-border chain (international express, postal
/// operators, cross-border line-haul, Chinese domestic couriers) and every courier of the
/// `tracking_number_data` set. DHL is split into [`DhlExpress`](Self::DhlExpress) and
/// [`DhlEcommerce`](Self::DhlEcommerce), which the data set files together as `dhl`.
///
/// [`S10Post`](Self::S10Post) (code `s10`, the data set's "S10 International Standard") stands
/// for the designated postal operator of a country the catalogue does not list by name: an S10
/// number `…FR` is issued by La Poste, which is not in the catalogue, so it is carried by
/// `S10Post` and [`S10::issuer_name`](super::S10::issuer_name) says "postal operator of France".
///
/// `Display` prints the code and `FromStr` parses it back (exactly; codes are lower case).
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, CarrierRole};
/// use crossborder::geo::Country;
///
/// let sf: Carrier = "sf_express".parse()?;
/// assert_eq!(sf, Carrier::SfExpress);
/// assert_eq!(sf.name_en(), "SF Express");
/// assert_eq!(sf.name_zh(), Some("顺丰速运"));
/// assert_eq!(sf.home_country(), Some(Country::CN));
/// assert_eq!(sf.role(), CarrierRole::DomesticLastMile);
/// assert_eq!(Carrier::Usps.to_string(), "usps");
/// assert!(Carrier::ALL.contains(&Carrier::JapanPost));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Carrier {
    /// DHL eCommerce (DHL电子商务): cross-border e-commerce parcels, handed to a local carrier for
    /// the last mile. Code `dhl_ecommerce`.
    DhlEcommerce,
    /// DHL Express (DHL国际快递 / 敦豪): international express air waybills. Code `dhl_express`.
    DhlExpress,
    /// UPS (联合包裹). Code `ups`.
    Ups,
    /// United States Postal Service (美国邮政). Code `usps`.
    Usps,
    /// FedEx (联邦快递). Code `fedex`.
    Fedex,
    /// Amazon Logistics (亚马逊物流). Code `amazon`.
    AmazonLogistics,
    /// Japan Post (日本邮政). Code `japan_post`.
    JapanPost,
    /// Deutsche Post (德国邮政). Code `deutsche_post`.
    DeutschePost,
    /// Royal Mail (英国皇家邮政). Code `royal_mail`.
    RoyalMail,
    /// Canada Post (加拿大邮政). Code `canada_post`.
    CanadaPost,
    /// China Post and its express service EMS (中国邮政 / EMS). Code `china_post`.
    ChinaPost,
    /// SF Express (顺丰速运). Code `sf_express`.
    SfExpress,
    /// JD Logistics (京东物流). Code `jd_logistics`.
    JdLogistics,
    /// ZTO Express (中通快递). Code `zto`.
    Zto,
    /// YTO Express (圆通速递). Code `yto`.
    Yto,
    /// STO Express (申通快递). Code `sto`.
    Sto,
    /// Yunda Express (韵达快递). Code `yunda`.
    Yunda,
    /// YunExpress (云途物流): cross-border line-haul from China. Code `yunexpress`.
    YunExpress,
    /// Cainiao (菜鸟): Alibaba's logistics network, AliExpress `LP…` numbers. Code `cainiao`.
    Cainiao,
    /// J&T Express China (极兔速递). Code `jt_express`.
    JtExpress,
    /// Best Express (百世快递, Taobao code `HTKY`); its China express business passed to J&T in
    /// 2021, so its numbers appear mainly in historical data. Code `best`.
    Best,
    /// Deppon Express (德邦快递). Code `deppon`.
    Deppon,
    /// 4PX (递四方): cross-border logistics. Code `4px`.
    FourPx,
    /// Yanwen (燕文物流): cross-border logistics. Code `yanwen`.
    Yanwen,
    /// Canpar Express (Canada). Code `canpar`.
    Canpar,
    /// DPD (DPDgroup). Code `dpd`.
    Dpd,
    /// GOFO Express (United States). Code `gofo`.
    Gofo,
    /// Landmark Global (bpost group): cross-border parcels. Code `landmark`.
    Landmark,
    /// LaserShip (United States; merged into OnTrac). Code `lasership`.
    LaserShip,
    /// Old Dominion Freight Line (United States, less-than-truckload freight). Code
    /// `old_dominion`.
    OldDominion,
    /// OnTrac (United States). Code `ontrac`.
    OnTrac,
    /// Purolator (Canada). Code `purolator`.
    Purolator,
    /// Spee-Dee Delivery (United States). Code `speedee`.
    SpeeDee,
    /// Yodel (United Kingdom). Code `yodel`.
    Yodel,
    /// The designated postal operator of a country not listed by name, identified by the
    /// country of a UPU S10 number (邮政, 万国邮联 S10). Code `s10`.
    S10Post,
}

/// What part of the chain a carrier plays.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, CarrierRole};
///
/// assert_eq!(Carrier::ChinaPost.role(), CarrierRole::PostalOperator);
/// assert_eq!(CarrierRole::InternationalLineHaul.to_string(), "international_line_haul");
/// assert_eq!("postal_operator".parse::<CarrierRole>()?, CarrierRole::PostalOperator);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::EnumString,
)]
#[strum(
    serialize_all = "snake_case",
    parse_err_ty = ParseCarrierCodeError,
    parse_err_fn = ParseCarrierCodeError::role
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CarrierRole {
    /// An integrator that flies its own network door to door (国际快递): DHL Express, UPS,
    /// FedEx.
    InternationalExpress,
    /// Cross-border line-haul and consolidation (国际干线 / 跨境物流): the leg from the fulfilment
    /// country to the port of entry, handing over to a domestic carrier.
    InternationalLineHaul,
    /// A designated postal operator (邮政) under the Universal Postal Convention: carries postal
    /// articles (行邮) and issues UPU S10 numbers.
    PostalOperator,
    /// A domestic parcel or express carrier (国内快递 / 末端配送), the last mile to the buyer.
    DomesticLastMile,
    /// A freight carrier (零担货运).
    Freight,
}

impl CarrierRole {
    /// Every role.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::CarrierRole;
    ///
    /// assert_eq!(CarrierRole::ALL.len(), 5);
    /// ```
    pub const ALL: &[Self] = &[
        Self::InternationalExpress,
        Self::InternationalLineHaul,
        Self::PostalOperator,
        Self::DomesticLastMile,
        Self::Freight,
    ];
}

/// One catalogue row.
struct Info {
    carrier: Carrier,
    code: &'static str,
    name_en: &'static str,
    name_zh: Option<&'static str>,
    country: Option<Country>,
    role: CarrierRole,
    /// `%s` marks where the number goes.
    url: &'static str,
    formats: &'static [Format],
}

use CarrierRole::{
    DomesticLastMile, Freight, InternationalExpress, InternationalLineHaul, PostalOperator,
};

/// The catalogue, in `Carrier` declaration order (checked at compile time below).
///
/// Tracking URLs: the data set's `tracking_url` where it has one (Canada Post, Canpar, DHL, DPD,
/// FedEx, GOFO, Landmark, Old Dominion, OnTrac, Purolator, Spee-Dee, UPS, USPS, Yodel,
/// YunExpress), else the carrier's public tracking page.
static INFO: [Info; 35] = [
    Info {
        carrier: Carrier::DhlEcommerce,
        code: "dhl_ecommerce",
        name_en: "DHL eCommerce",
        name_zh: Some("DHL电子商务"),
        country: Some(Country::DE),
        role: InternationalLineHaul,
        // DHL's group-wide tracking page, which serves every division; the data set's URL is
        // DHL Express's air-waybill page and does not find eCommerce parcels.
        url: "https://www.dhl.com/global-en/home/tracking.html?tracking-id=%s",
        formats: &[Format::DhlEcommerce, Format::DhlEcommerce14],
    },
    Info {
        carrier: Carrier::DhlExpress,
        code: "dhl_express",
        name_en: "DHL Express",
        name_zh: Some("DHL国际快递"),
        country: Some(Country::DE),
        role: InternationalExpress,
        url: "http://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s",
        formats: &[Format::DhlExpress, Format::DhlExpressPieceId],
    },
    Info {
        carrier: Carrier::Ups,
        code: "ups",
        name_en: "UPS",
        name_zh: Some("联合包裹"),
        country: Some(Country::US),
        role: InternationalExpress,
        url: "https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=%s",
        formats: &[Format::Ups, Format::UpsWaybill],
    },
    Info {
        carrier: Carrier::Usps,
        code: "usps",
        name_en: "USPS",
        name_zh: Some("美国邮政"),
        country: Some(Country::US),
        role: PostalOperator,
        url: "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s",
        formats: &[
            Format::Usps20,
            Format::UspsImpbN,
            Format::UspsLegacy,
            Format::UspsImpbC,
            Format::S10,
        ],
    },
    Info {
        carrier: Carrier::Fedex,
        code: "fedex",
        name_en: "FedEx",
        name_zh: Some("联邦快递"),
        country: Some(Country::US),
        role: InternationalExpress,
        url: "https://www.fedex.com/apps/fedextrack/?tracknumbers=%s",
        formats: &[
            Format::Fedex12,
            Format::Fedex34,
            Format::FedexAstra32,
            Format::FedexGround,
            Format::FedexGroundSscc18,
            Format::FedexGround96,
            Format::FedexGroundGsn,
        ],
    },
    Info {
        carrier: Carrier::AmazonLogistics,
        code: "amazon",
        name_en: "Amazon Logistics",
        name_zh: Some("亚马逊物流"),
        country: Some(Country::US),
        role: DomesticLastMile,
        url: "https://track.amazon.com/tracking/%s",
        formats: &[Format::AmazonLogistics, Format::AmazonInternational],
    },
    Info {
        carrier: Carrier::JapanPost,
        code: "japan_post",
        name_en: "Japan Post",
        name_zh: Some("日本邮政"),
        country: Some(Country::JP),
        role: PostalOperator,
        url: "https://trackings.post.japanpost.jp/services/srv/search/direct?searchKind=S004&locale=en&reqCodeNo1=%s",
        formats: &[Format::S10],
    },
    Info {
        carrier: Carrier::DeutschePost,
        code: "deutsche_post",
        name_en: "Deutsche Post",
        name_zh: Some("德国邮政"),
        country: Some(Country::DE),
        role: PostalOperator,
        url: "https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode=%s",
        formats: &[Format::S10],
    },
    Info {
        carrier: Carrier::RoyalMail,
        code: "royal_mail",
        name_en: "Royal Mail",
        name_zh: Some("英国皇家邮政"),
        country: Some(Country::GB),
        role: PostalOperator,
        url: "https://www.royalmail.com/track-your-item#/tracking-results/%s",
        formats: &[Format::S10],
    },
    Info {
        carrier: Carrier::CanadaPost,
        code: "canada_post",
        name_en: "Canada Post",
        name_zh: Some("加拿大邮政"),
        country: Some(Country::CA),
        role: PostalOperator,
        url: "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=%s",
        formats: &[Format::CanadaPost16, Format::S10],
    },
    Info {
        carrier: Carrier::ChinaPost,
        code: "china_post",
        name_en: "China Post",
        name_zh: Some("中国邮政"),
        country: Some(Country::CN),
        role: PostalOperator,
        url: "https://www.ems.com.cn/queryList?mailNum=%s",
        formats: &[
            Format::S10,
            Format::ChinaPostEms,
            Format::ChinaPostParcel,
            Format::ChinaPostLetters,
        ],
    },
    Info {
        carrier: Carrier::SfExpress,
        code: "sf_express",
        name_en: "SF Express",
        name_zh: Some("顺丰速运"),
        country: Some(Country::CN),
        role: DomesticLastMile,
        url: "https://www.sf-express.com/chn/sc/waybill/waybill-detail/%s",
        formats: &[Format::SfExpress, Format::SfExpressLegacy],
    },
    Info {
        carrier: Carrier::JdLogistics,
        code: "jd_logistics",
        name_en: "JD Logistics",
        name_zh: Some("京东物流"),
        country: Some(Country::CN),
        role: DomesticLastMile,
        url: "https://www.jdl.com/orderSearch/?waybillCodes=%s",
        formats: &[Format::JdLogistics, Format::JdLogisticsV],
    },
    Info {
        carrier: Carrier::Zto,
        code: "zto",
        name_en: "ZTO Express",
        name_zh: Some("中通快递"),
        country: Some(Country::CN),
        role: DomesticLastMile,
        url: "https://www.zto.com/express/expressCheck.html?txtBill=%s",
        formats: &[Format::Zto, Format::ZtoLegacy, Format::Zto43],
    },
    Info {
        carrier: Carrier::Yto,
        code: "yto",
        name_en: "YTO Express",
        name_zh: Some("圆通速递"),
        country: Some(Country::CN),
        role: DomesticLastMile,
        url: "https://www.yto.net.cn/gw/service/Consult.html?number=%s",
        formats: &[Format::Yto, Format::YtoLegacy12, Format::YtoLegacy10, Format::YtoLegacy18],
    },
    Info {
        carrier: Carrier::Sto,
        code: "sto",
        name_en: "STO Express",
        name_zh: Some("申通快递"),
        country: Some(Country::CN),
        role: DomesticLastMile,
        url: "https://www.sto.cn/pc/service-page?type=1&billCode=%s",
        formats: &[Format::Sto, Format::Sto43, Format::StoLegacy13, Format::StoLegacy12],
    },
    Info {
        carrier: Carrier::Yunda,
        code: "yunda",
        name_en: "Yunda Express",
        name_zh: Some("韵达快递"),
        country: Some(Country::CN),
        role: DomesticLastMile,
        url: "https://www.yundaex.com/cn/track/index?number=%s",
        formats: &[Format::Yunda, Format::YundaLegacy],
    },
    Info {
        carrier: Carrier::YunExpress,
        code: "yunexpress",
        name_en: "YunExpress",
        name_zh: Some("云途物流"),
        country: Some(Country::CN),
        role: InternationalLineHaul,
        url: "https://www.yuntrack.com/parcelTracking?id=%s",
        formats: &[Format::YunExpress],
    },
    Info {
        carrier: Carrier::Cainiao,
        code: "cainiao",
        name_en: "Cainiao",
        name_zh: Some("菜鸟"),
        country: Some(Country::CN),
        role: InternationalLineHaul,
        url: "https://global.cainiao.com/detail.htm?mailNo=%s",
        formats: &[Format::Cainiao, Format::Cainiao621, Format::Cainiao6A],
    },
    Info {
        carrier: Carrier::JtExpress,
        code: "jt_express",
        name_en: "J&T Express",
        name_zh: Some("极兔速递"),
        country: Some(Country::CN),
        role: DomesticLastMile,
        url: "https://www.jtexpress.cn/trajectoryQuery?bills=%s",
        formats: &[Format::JtExpress],
    },
    Info {
        carrier: Carrier::Best,
        code: "best",
        name_en: "Best Express",
        name_zh: Some("百世快递"),
        country: Some(Country::CN),
        role: DomesticLastMile,
        // Best's own tracking site closed with the sale to J&T; Kuaidi100 still answers for
        // its code `huitongkuaidi` (cn_courier_numbers.md §1).
        url: "https://www.kuaidi100.com/chaxun?com=huitongkuaidi&nu=%s",
        formats: &[Format::BestLegacy, Format::Best60],
    },
    Info {
        carrier: Carrier::Deppon,
        code: "deppon",
        name_en: "Deppon Express",
        name_zh: Some("德邦快递"),
        country: Some(Country::CN),
        role: DomesticLastMile,
        url: "https://www.deppon.com/track?trackingNo=%s",
        formats: &[Format::Deppon, Format::DepponLegacy],
    },
    Info {
        carrier: Carrier::FourPx,
        code: "4px",
        name_en: "4PX",
        name_zh: Some("递四方"),
        country: Some(Country::CN),
        role: InternationalLineHaul,
        url: "https://track.4px.com/search/%s",
        formats: &[Format::FourPx, Format::FourPxLp, Format::FourPx3042],
    },
    Info {
        carrier: Carrier::Yanwen,
        code: "yanwen",
        name_en: "Yanwen",
        name_zh: Some("燕文物流"),
        country: Some(Country::CN),
        role: InternationalLineHaul,
        url: "https://track.yw56.com.cn/en-US/track?number=%s",
        formats: &[Format::YanwenYp, Format::Yanwen6A, Format::YanwenYw],
    },
    Info {
        carrier: Carrier::Canpar,
        code: "canpar",
        name_en: "Canpar Express",
        name_zh: None,
        country: Some(Country::CA),
        role: DomesticLastMile,
        url: "https://www.canpar.com/en/track/tracking.jsp?reference=%s&locale=en",
        formats: &[Format::Canpar22],
    },
    Info {
        carrier: Carrier::Dpd,
        code: "dpd",
        name_en: "DPD",
        name_zh: None,
        country: Some(Country::FR),
        role: DomesticLastMile,
        url: "https://www.dpdgroup.com/nl/mydpd/my-parcels/track?lang=en&parcelNumber=%s",
        formats: &[Format::Dpd28, Format::Dpd14],
    },
    Info {
        carrier: Carrier::Gofo,
        code: "gofo",
        name_en: "GOFO Express",
        name_zh: None,
        country: Some(Country::US),
        role: DomesticLastMile,
        url: "https://www.gofoexpress.com/tracking.html?searchID=%s",
        formats: &[Format::GofoUs],
    },
    Info {
        carrier: Carrier::Landmark,
        code: "landmark",
        name_en: "Landmark Global",
        name_zh: None,
        country: Some(Country::BE),
        role: InternationalLineHaul,
        url: "https://track.landmarkglobal.com/?search=%s",
        formats: &[Format::LandmarkGlobal],
    },
    Info {
        carrier: Carrier::LaserShip,
        code: "lasership",
        name_en: "LaserShip",
        name_zh: None,
        country: Some(Country::US),
        role: DomesticLastMile,
        // The data set has no LaserShip URL; LaserShip now tracks on OnTrac's page.
        url: "http://www.ontrac.com/tracking/?number=%s",
        formats: &[
            Format::LaserShipLx,
            Format::LaserShip1Ls7,
            Format::LaserShip1Ls7Suffixed,
            Format::LaserShip1Lscx,
        ],
    },
    Info {
        carrier: Carrier::OldDominion,
        code: "old_dominion",
        name_en: "Old Dominion Freight Line",
        name_zh: None,
        country: Some(Country::US),
        role: Freight,
        url: "https://www.odfl.com/us/en/tools/trace-track-ltl-freight/trace.html?proNumbers=%s",
        formats: &[Format::OldDominion, Format::OldDominionGuaranteed],
    },
    Info {
        carrier: Carrier::OnTrac,
        code: "ontrac",
        name_en: "OnTrac",
        name_zh: None,
        country: Some(Country::US),
        role: DomesticLastMile,
        url: "http://www.ontrac.com/tracking/?number=%s",
        formats: &[Format::OnTracC, Format::OnTracD],
    },
    Info {
        carrier: Carrier::Purolator,
        code: "purolator",
        name_en: "Purolator",
        name_zh: None,
        country: Some(Country::CA),
        role: DomesticLastMile,
        url: "https://www.purolator.com/en/shipping/tracker?searchValue=%s",
        formats: &[Format::PurolatorNumeric, Format::PurolatorAlpha],
    },
    Info {
        carrier: Carrier::SpeeDee,
        code: "speedee",
        name_en: "Spee-Dee Delivery",
        name_zh: None,
        country: Some(Country::US),
        role: DomesticLastMile,
        url: "https://www.speedeedelivery.com/track/?tracking=%s",
        formats: &[Format::SpeeDee],
    },
    Info {
        carrier: Carrier::Yodel,
        code: "yodel",
        name_en: "Yodel",
        name_zh: None,
        country: Some(Country::GB),
        role: DomesticLastMile,
        url: "https://www.yodel.co.uk/tracking/%s",
        formats: &[Format::Yodel],
    },
    Info {
        carrier: Carrier::S10Post,
        code: "s10",
        name_en: "Postal operator (UPU S10)",
        name_zh: Some("邮政（万国邮联 S10）"),
        country: None,
        role: PostalOperator,
        // No operator page fits every country; 17TRACK follows an S10 number through the
        // posts that handle it.
        url: "https://t.17track.net/en#nums=%s",
        formats: &[Format::S10],
    },
];

// `INFO[c as usize]` describes `c`: checked at compile time.
#[allow(clippy::indexing_slicing)] // const evaluation only: an index out of bounds fails the build, never a run
const _: () = {
    let mut i = 0;
    while i < INFO.len() {
        assert!(INFO[i].carrier as usize == i, "INFO out of Carrier order");
        i += 1;
    }
};

impl Carrier {
    /// Every carrier in the catalogue, in declaration order.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    ///
    /// assert_eq!(Carrier::ALL.len(), 35);
    /// assert!(Carrier::ALL.iter().all(|c| c.as_str().parse() == Ok(*c)));
    /// ```
    pub const ALL: &[Self] = &[
        Self::DhlEcommerce,
        Self::DhlExpress,
        Self::Ups,
        Self::Usps,
        Self::Fedex,
        Self::AmazonLogistics,
        Self::JapanPost,
        Self::DeutschePost,
        Self::RoyalMail,
        Self::CanadaPost,
        Self::ChinaPost,
        Self::SfExpress,
        Self::JdLogistics,
        Self::Zto,
        Self::Yto,
        Self::Sto,
        Self::Yunda,
        Self::YunExpress,
        Self::Cainiao,
        Self::JtExpress,
        Self::Best,
        Self::Deppon,
        Self::FourPx,
        Self::Yanwen,
        Self::Canpar,
        Self::Dpd,
        Self::Gofo,
        Self::Landmark,
        Self::LaserShip,
        Self::OldDominion,
        Self::OnTrac,
        Self::Purolator,
        Self::SpeeDee,
        Self::Yodel,
        Self::S10Post,
    ];

    #[allow(clippy::indexing_slicing)] // in bounds: INFO has one row per variant, in order (const assertion above)
    fn info(self) -> &'static Info {
        &INFO[self as usize]
    }

    /// The stable snake-case code, e.g. `"sf_express"`, `"usps"`, `"4px"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    ///
    /// assert_eq!(Carrier::ChinaPost.as_str(), "china_post");
    /// assert_eq!(Carrier::AmazonLogistics.as_str(), "amazon"); // the data set's courier_code
    /// ```
    pub fn as_str(self) -> &'static str {
        self.info().code
    }

    /// The English name, e.g. `"SF Express"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    ///
    /// assert_eq!(Carrier::Zto.name_en(), "ZTO Express");
    /// ```
    pub fn name_en(self) -> &'static str {
        self.info().name_en
    }

    /// The Chinese name (中文名称), e.g. `"中通快递"`, or `None` for the North American and
    /// European regional couriers that have no established Chinese name.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    ///
    /// assert_eq!(Carrier::JdLogistics.name_zh(), Some("京东物流"));
    /// assert_eq!(Carrier::Canpar.name_zh(), None);
    /// ```
    pub fn name_zh(self) -> Option<&'static str> {
        self.info().name_zh
    }

    /// The home country (headquarters), or `None` for [`S10Post`](Self::S10Post), whose
    /// country is that of each number.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    /// use crossborder::geo::Country;
    ///
    /// assert_eq!(Carrier::JapanPost.home_country(), Some(Country::JP));
    /// assert_eq!(Carrier::S10Post.home_country(), None);
    /// ```
    pub fn home_country(self) -> Option<Country> {
        self.info().country
    }

    /// The carrier's role in the chain.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, CarrierRole};
    ///
    /// assert_eq!(Carrier::DhlExpress.role(), CarrierRole::InternationalExpress);
    /// assert_eq!(Carrier::YunExpress.role(), CarrierRole::InternationalLineHaul);
    /// ```
    pub fn role(self) -> CarrierRole {
        self.info().role
    }

    /// The tracking-page URL template, with `%s` where the number goes (the
    /// `tracking_number_data` convention).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Carrier;
    ///
    /// assert_eq!(
    ///     Carrier::Usps.tracking_url_template(),
    ///     "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s"
    /// );
    /// ```
    pub fn tracking_url_template(self) -> &'static str {
        self.info().url
    }

    /// The carrier's tracking page for `number` (its normalised form, which is `[0-9A-Z]` only
    /// and needs no URL escaping).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Carrier::Ups, "1z5r 8939 0357 5671 27")?;
    /// assert_eq!(
    ///     Carrier::Ups.tracking_url(&n),
    ///     "https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z5R89390357567127"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tracking_url(self, number: &TrackingNumber) -> String {
        self.info().url.replacen("%s", number.as_str(), 1)
    }

    /// The tracking-number formats this carrier issues, most specific first where it matters.
    /// Postal operators list [`Format::S10`]: for them it accepts only numbers of their own
    /// country.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, Format};
    ///
    /// assert!(Carrier::ChinaPost.formats().contains(&Format::S10));
    /// assert_eq!(Carrier::YunExpress.formats(), &[Format::YunExpress]);
    /// ```
    pub fn formats(self) -> &'static [Format] {
        self.info().formats
    }
}

impl fmt::Display for Carrier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Carrier {
    type Err = ParseCarrierCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        INFO.iter()
            .find(|i| i.code == s)
            .map(|i| i.carrier)
            .ok_or_else(|| ParseCarrierCodeError::carrier(s))
    }
}

impl TryFrom<&str> for Carrier {
    type Error = ParseCarrierCodeError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Carrier {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Carrier {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for c in Carrier::ALL {
            assert!(seen.insert(c.as_str()), "duplicate code {c}");
            assert!(
                c.as_str()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            );
        }
        assert_eq!(Carrier::ALL.len(), INFO.len());
    }

    #[test]
    fn every_format_lists_under_its_carrier() {
        for &c in Carrier::ALL {
            for f in c.formats() {
                assert!(f.carrier() == c || *f == Format::S10, "{f:?} under {c}");
            }
        }
        for &f in Format::ALL {
            assert!(f.carrier().formats().contains(&f), "{f:?} missing from {}", f.carrier());
        }
    }

    #[test]
    fn urls_have_one_placeholder() {
        for c in Carrier::ALL {
            assert_eq!(c.tracking_url_template().matches("%s").count(), 1, "{c}");
        }
    }
}
