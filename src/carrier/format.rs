//! Tracking-number formats (运单号格式): the 39 formats of the `tracking_number_data` set and the
//! Chinese couriers' shapes of `cn_courier_numbers.md`.

use std::fmt;
use std::str::FromStr;

use super::catalogue::Carrier;
use super::check_digit::{CheckDigit, FEDEX_12_WEIGHTS, FEDEX_34_WEIGHTS};
use super::cn;
use super::detect::Confidence;
use super::error::ParseCarrierCodeError;
use super::s10;
use super::shape::{
    ALNUM, DIGITS, Expect, Miss, Seg, UPPER, all, all_digits, expect, segs, verify, verify_serial,
};

/// How well a format's shape is established.
///
/// The grades are those of `cn_courier_numbers.md` §0.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Certainty, Format};
///
/// assert_eq!(Format::S10.certainty(), Certainty::Documented);
/// assert_eq!(Format::SfExpress.certainty(), Certainty::Consistent);
/// assert_eq!(Format::FourPx.certainty(), Certainty::Weak);
/// assert_eq!(Certainty::Weak.to_string(), "weak");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::EnumString,
)]
#[strum(
    serialize_all = "snake_case",
    parse_err_ty = ParseCarrierCodeError,
    parse_err_fn = ParseCarrierCodeError::certainty
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Certainty {
    /// Grade C: one third-party source, conflicting sources, or synthetic examples only.
    Weak,
    /// Grade B: reproduced by at least three independent sources, or a platform rule table
    /// (Taobao, Kuaidi100) confirmed by independent samples.
    Consistent,
    /// Grade A: defined by a standard (UPU S10), by the carrier, or by the
    /// `tracking_number_data` set, which transcribes carriers' specifications and ships valid
    /// and invalid test numbers for each format.
    Documented,
}

/// A tracking-number format: one shape (and check digit) a carrier issues.
///
/// The first 39 variants are the formats of the `tracking_number_data` set (jkeen, MIT,
/// commit `b79ce4bf`), implemented exactly as its regular expressions and `validation` blocks
/// say (tracking.md §2.2–§2.4); [`dataset_name`](Self::dataset_name) gives the name each has
/// there. The rest are the Chinese couriers' shapes of `cn_courier_numbers.md`, with its
/// confidence grade as [`certainty`](Self::certainty) — no Chinese domestic courier publishes its
/// format, so none of them is [`Certainty::Documented`].
///
/// `Display` prints the [`id`](Self::id) (the data set's `id` where it has one) and `FromStr`
/// parses it back.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, CheckDigit, Format};
///
/// let f: Format = "fedex_12".parse()?;
/// assert_eq!(f, Format::Fedex12);
/// assert_eq!(f.carrier(), Carrier::Fedex);
/// assert_eq!(f.name(), "FedEx Express (12)");
/// assert_eq!(f.lengths().collect::<Vec<_>>(), [12]);
/// assert!(matches!(f.check_digit(), Some(CheckDigit::SumProduct { modulo1: 11, .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Format {
    /// Amazon Logistics: `TB[ACM]` + 12 digits.
    AmazonLogistics,
    /// Amazon International: `[AFC]` + 10 digits.
    AmazonInternational,
    /// Canada Post: 16 digits, mod10 (evens × 3, odds × 1).
    CanadaPost16,
    /// Canpar: `[CDKLSUXZ]` + 21 digits.
    Canpar22,
    /// DHL Express air waybill: 10 or 11 digits, mod 7.
    DhlExpress,
    /// DHL Express piece id: `J` + 2–3 letters + 9–10 digits.
    DhlExpressPieceId,
    /// DHL eCommerce: `GM`, `LX`, `RX`, `UV`, `CN`, `SG`, `TH`, `IN`, `HK` or `MY` + 10–39
    /// digits and letters, at least one a digit.
    DhlEcommerce,
    /// DHL eCommerce: 14 digits.
    DhlEcommerce14,
    /// DPD 28: 7-digit ZIP + 14 + 3 service + 3 country (ISO numeric) + check, MOD 37,36.
    Dpd28,
    /// DPD 14 + check character, MOD 37,36.
    Dpd14,
    /// FedEx Express 12 digits, weighted mod 11 mod 10.
    Fedex12,
    /// FedEx Express 34-digit barcode.
    Fedex34,
    /// FedEx ASTRA 32-digit barcode.
    FedexAstra32,
    /// FedEx Ground 15 digits, mod10 (evens × 1, odds × 3).
    FedexGround,
    /// FedEx Ground SSCC-18.
    FedexGroundSscc18,
    /// FedEx Ground `96` 22 digits.
    FedexGround96,
    /// FedEx Ground GSN 34-digit barcode.
    FedexGroundGsn,
    /// GOFO Express US: `GFUS` + 14 digits.
    GofoUs,
    /// Landmark Global: `LTN` + 8 digits + `N1`.
    LandmarkGlobal,
    /// LaserShip: `L[AIEHNX][1-3]` + 7 digits.
    LaserShipLx,
    /// LaserShip `1LS7[12]` + 10 digits.
    LaserShip1Ls7,
    /// LaserShip `1LS7…-1` (18 characters with the hyphen, 17 normalised; the data set gives
    /// it no id).
    LaserShip1Ls7Suffixed,
    /// LaserShip `1LSCX` + 10 alphanumerics.
    LaserShip1Lscx,
    /// Old Dominion PRO number: `777`, `778`, `072` or `780` + 7 digits + Luhn check (no id in
    /// the data set).
    OldDominion,
    /// Old Dominion guaranteed: `80` + 8 digits + Luhn check (no id in the data set).
    OldDominionGuaranteed,
    /// OnTrac `C` + 14 digits, mod10 with a `4` prepended.
    OnTracC,
    /// OnTrac `D` + 14 digits, mod10 with a `5` prepended.
    OnTracD,
    /// Purolator 12 digits starting 0–5, Luhn.
    PurolatorNumeric,
    /// Purolator 3 letters + 9 digits.
    PurolatorAlpha,
    /// UPU S10: 2-letter service indicator + 8 digits + check + ISO country.
    S10,
    /// Spee-Dee: `SP` + 18 digits.
    SpeeDee,
    /// UPS `1Z`: 6 shipper + 2 service + 7 package characters + check digit.
    Ups,
    /// UPS Waybill: `[AHJKTV]` + 9 digits + check (no id in the data set).
    UpsWaybill,
    /// USPS 20 digits.
    Usps20,
    /// USPS IMpb N (`94…`), optionally behind a `420` + ZIP routing prefix.
    UspsImpbN,
    /// USPS legacy (`91…` Delivery/Signature Confirmation), optional routing prefix.
    UspsLegacy,
    /// USPS IMpb C (`92…`, `93…`, `95…`), optional routing prefix.
    UspsImpbC,
    /// Yodel: `JD` or `JJD` + 16 digits.
    Yodel,
    /// YunExpress: `YT` + 16 digits.
    YunExpress,
    /// SF Express: `SF` + 13 digits (grade B).
    SfExpress,
    /// SF Express legacy: 12 digits (grade B), ranked by the unpublished SF check digit.
    SfExpressLegacy,
    /// China Post EMS domestic: 13 digits, prefix 10/11/12/50/51/52/95/97 (grade B; 12 and 52
    /// grade C), ranked by the S10 check observed at digit 11.
    ChinaPostEms,
    /// China Post 邮政快递包裹: 13 digits, prefix 96/98/99 (grade B).
    ChinaPostParcel,
    /// China Post domestic: two of `GAKQPH` + 9 digits + 11–65 (grade C).
    ChinaPostLetters,
    /// JD Logistics: `JD` + 2 alphanumerics + 11 digits (grade B).
    JdLogistics,
    /// JD Logistics older merchant numbers: `V` + letter + 11 digits (grade C).
    JdLogisticsV,
    /// ZTO: 14 digits starting 73–76 or 78 (grade B).
    Zto,
    /// ZTO legacy: 12 digits with a Taobao-table prefix (grade B).
    ZtoLegacy,
    /// ZTO `43` + 13 digits (grade C).
    Zto43,
    /// YTO: `YT` + 13 digits (grade B).
    Yto,
    /// YTO legacy: 2 alphanumerics + 10 digits (grade B).
    YtoLegacy12,
    /// YTO legacy: 2 alphanumerics + 8 digits (grade B).
    YtoLegacy10,
    /// YTO legacy: 18 digits starting 6–9 (grade B).
    YtoLegacy18,
    /// STO: `77` + 13 digits (grade B).
    Sto,
    /// STO `43` + 13 digits (grade C).
    Sto43,
    /// STO legacy 13 digits (grade B).
    StoLegacy13,
    /// STO legacy 12 digits (grade B).
    StoLegacy12,
    /// Yunda: 15 digits starting 3 or 4 (grade B).
    Yunda,
    /// Yunda legacy: 13 digits (grade B, a bare length).
    YundaLegacy,
    /// J&T Express China: `JT` + 13 digits (grade B).
    JtExpress,
    /// Best Express: the Taobao `HTKY` rule set (grade B, old).
    BestLegacy,
    /// Best Express `60` + 12 digits (grade C).
    Best60,
    /// Deppon: `DPK` + 12 digits (grade B).
    Deppon,
    /// Deppon legacy: 8–10 digits (grade B, bare lengths).
    DepponLegacy,
    /// Cainiao: `LP` + 14 digits (grade B).
    Cainiao,
    /// Cainiao domestic: `621` + 12 digits (grade C).
    Cainiao621,
    /// Cainiao `6A` + 11 digits (grade C; shared with Yanwen).
    Cainiao6A,
    /// 4PX: `4PX` + 10–20 alphanumerics (grade C).
    FourPx,
    /// 4PX `LP` + 14 digits (grade C; Cainiao's shape, ranked below it).
    FourPxLp,
    /// 4PX `3042` + 8 digits (grade C).
    FourPx3042,
    /// Yanwen `UG` + 9 digits + `YP` (grade C), ranked by the S10 check.
    YanwenYp,
    /// Yanwen `6A` + 11 digits (grade C; shared with Cainiao).
    Yanwen6A,
    /// Yanwen `YD` + 9 digits + `YW` (grade C).
    YanwenYw,
}

/// One row of the format table.
struct Def {
    format: Format,
    id: &'static str,
    name: &'static str,
    dataset_name: Option<&'static str>,
    carrier: Carrier,
    certainty: Certainty,
    /// The confidence of a match (a published check digit passed, a self-identifying shape, or
    /// a heuristic one).
    confidence: Confidence,
    /// Rank among matches of the same confidence (higher first): how specific the shape is.
    score: u8,
    /// Bit `n` set when the format has normalised length `n`.
    lengths: u64,
    /// The bytes a number of this format can start with.
    first: &'static [u8],
    check: Option<CheckDigit>,
}

#[allow(clippy::indexing_slicing)] // const evaluation only: an index out of bounds fails the build, never a run
const fn lens(list: &[u32]) -> u64 {
    let mut bits = 0u64;
    let mut i = 0;
    while i < list.len() {
        bits |= 1 << list[i];
        i += 1;
    }
    bits
}

const fn span(lo: u32, hi: u32) -> u64 {
    let mut bits = 0u64;
    let mut n = lo;
    while n <= hi {
        bits |= 1 << n;
        n += 1;
    }
    bits
}

const MOD10_31: CheckDigit =
    CheckDigit::Mod10 { evens_multiplier: 3, odds_multiplier: 1, reverse: false };
const MOD10_13: CheckDigit =
    CheckDigit::Mod10 { evens_multiplier: 1, odds_multiplier: 3, reverse: false };
const MOD10_12: CheckDigit =
    CheckDigit::Mod10 { evens_multiplier: 1, odds_multiplier: 2, reverse: false };
const MOD10_31_REV: CheckDigit =
    CheckDigit::Mod10 { evens_multiplier: 3, odds_multiplier: 1, reverse: true };
const FEDEX_12: CheckDigit =
    CheckDigit::SumProduct { weights: FEDEX_12_WEIGHTS, modulo1: 11, modulo2: 10 };
const FEDEX_34: CheckDigit =
    CheckDigit::SumProduct { weights: FEDEX_34_WEIGHTS, modulo1: 11, modulo2: 10 };

use Carrier as C;
use Certainty::{Consistent as B, Documented as A, Weak as W};
use Confidence::{CheckDigitVerified as V, FormatOnly as F, Heuristic as H};

macro_rules! def {
    ($f:ident, $id:literal, $name:literal, $ds:expr, $c:ident, $cert:ident, $conf:ident, $score:literal,
     $lens:expr, $first:expr, $check:expr) => {
        Def {
            format: Format::$f,
            id: $id,
            name: $name,
            dataset_name: $ds,
            carrier: C::$c,
            certainty: $cert,
            confidence: $conf,
            score: $score,
            lengths: $lens,
            first: $first,
            check: $check,
        }
    };
}

/// The format table, in `Format` declaration order (checked at compile time below).
static DEFS: [Def; 73] = [
    def!(
        AmazonLogistics,
        "amazon_logistics",
        "Amazon Logistics",
        Some("Amazon Logistics"),
        AmazonLogistics,
        A,
        F,
        85,
        lens(&[15]),
        b"T",
        None
    ),
    def!(
        AmazonInternational,
        "amazon_international",
        "Amazon International",
        Some("Amazon International"),
        AmazonLogistics,
        A,
        F,
        40,
        lens(&[11]),
        b"AFC",
        None
    ),
    def!(
        CanadaPost16,
        "canada_post",
        "Canada Post (16)",
        Some("Canada Post (16)"),
        CanadaPost,
        A,
        V,
        55,
        lens(&[16]),
        DIGITS,
        Some(MOD10_31)
    ),
    def!(
        Canpar22,
        "canpar_22",
        "Canpar (22)",
        Some("Canpar (22)"),
        Canpar,
        A,
        F,
        55,
        lens(&[22]),
        b"CDKLSUXZ",
        None
    ),
    def!(
        DhlExpress,
        "dhl_express",
        "DHL Express",
        Some("DHL Express"),
        DhlExpress,
        A,
        V,
        45,
        lens(&[10, 11]),
        DIGITS,
        Some(CheckDigit::Mod7)
    ),
    def!(
        DhlExpressPieceId,
        "dhl_express_piece_id",
        "DHL Express (Piece ID)",
        Some("DHL Express (Piece ID)"),
        DhlExpress,
        A,
        F,
        55,
        span(12, 14),
        b"J",
        None
    ),
    def!(
        DhlEcommerce,
        "dhl_ecommerce",
        "DHL E-Commerce",
        Some("DHL E-Commerce"),
        DhlEcommerce,
        A,
        F,
        45,
        span(12, 41),
        b"GLRUCSTIHM",
        None
    ),
    def!(
        DhlEcommerce14,
        "dhl_ecommerce_14",
        "DHL E-Commerce (14)",
        Some("DHL E-Commerce (14)"),
        DhlEcommerce,
        A,
        H,
        32,
        lens(&[14]),
        DIGITS,
        None
    ),
    def!(
        Dpd28,
        "dpd",
        "DPD (28)",
        Some("DPD (28)"),
        Dpd,
        A,
        V,
        70,
        lens(&[28]),
        DIGITS,
        Some(CheckDigit::Mod37_36)
    ),
    def!(
        Dpd14,
        "dpd_14",
        "DPD (14)",
        Some("DPD (14)"),
        Dpd,
        A,
        V,
        60,
        lens(&[15]),
        DIGITS,
        Some(CheckDigit::Mod37_36)
    ),
    def!(
        Fedex12,
        "fedex_12",
        "FedEx Express (12)",
        Some("FedEx Express (12)"),
        Fedex,
        A,
        V,
        55,
        lens(&[12]),
        DIGITS,
        Some(FEDEX_12)
    ),
    def!(
        Fedex34,
        "fedex_34",
        "FedEx Express (34)",
        Some("FedEx Express (34)"),
        Fedex,
        A,
        V,
        75,
        lens(&[34]),
        b"012345678",
        Some(FEDEX_34)
    ),
    def!(
        FedexAstra32,
        "fedex_astra_32",
        "FedEx ASTRA (32)",
        Some("FedEx ASTRA (32)"),
        Fedex,
        A,
        V,
        65,
        lens(&[32]),
        b"3",
        Some(FEDEX_12)
    ),
    def!(
        FedexGround,
        "fedex_ground",
        "FedEx Ground",
        Some("FedEx Ground"),
        Fedex,
        A,
        V,
        50,
        lens(&[15]),
        DIGITS,
        Some(MOD10_13)
    ),
    def!(
        FedexGroundSscc18,
        "fedex_ground_sscc_18",
        "FedEx Ground (SSCC-18)",
        Some("FedEx Ground (SSCC-18)"),
        Fedex,
        A,
        V,
        50,
        lens(&[18]),
        DIGITS,
        Some(MOD10_31)
    ),
    def!(
        FedexGround96,
        "fedex_ground_96",
        "FedEx Ground 96 (22)",
        Some("FedEx Ground 96 (22)"),
        Fedex,
        A,
        V,
        80,
        lens(&[22]),
        b"9",
        Some(MOD10_13)
    ),
    def!(
        FedexGroundGsn,
        "fedex_ground_gsn",
        "FedEx Ground GSN",
        Some("FedEx Ground GSN"),
        Fedex,
        A,
        V,
        80,
        lens(&[34]),
        b"9",
        Some(FEDEX_34)
    ),
    def!(
        GofoUs,
        "gofo_us",
        "GOFO Express (US)",
        Some("GOFO Express (US)"),
        Gofo,
        A,
        F,
        85,
        lens(&[18]),
        b"G",
        None
    ),
    def!(
        LandmarkGlobal,
        "landmark_global",
        "Landmark Global LTN",
        Some("Landmark Global LTN"),
        Landmark,
        A,
        F,
        90,
        lens(&[13]),
        b"L",
        None
    ),
    def!(
        LaserShipLx,
        "lasership_lx",
        "LaserShip LX",
        Some("LaserShip LX"),
        LaserShip,
        A,
        F,
        60,
        lens(&[10]),
        b"L",
        None
    ),
    def!(
        LaserShip1Ls7,
        "lasership_1ls7",
        "LaserShip 1LS7 (15)",
        Some("LaserShip 1LS7 (15)"),
        LaserShip,
        A,
        F,
        80,
        lens(&[15]),
        b"1",
        None
    ),
    def!(
        LaserShip1Ls7Suffixed,
        "lasership_1ls7_18",
        "LaserShip 1LS7 (18)",
        Some("LaserShip 1LS7 (18)"),
        LaserShip,
        A,
        F,
        82,
        lens(&[17]),
        b"1",
        None
    ),
    def!(
        LaserShip1Lscx,
        "lasership_1lscx",
        "LaserShip 1LSCX (15)",
        Some("LaserShip 1LSCX (15)"),
        LaserShip,
        A,
        F,
        80,
        lens(&[15]),
        b"1",
        None
    ),
    def!(
        OldDominion,
        "old_dominion",
        "Old Dominion",
        Some("Old Dominion"),
        OldDominion,
        A,
        V,
        70,
        lens(&[11]),
        b"07",
        Some(CheckDigit::Luhn)
    ),
    def!(
        OldDominionGuaranteed,
        "old_dominion_guaranteed",
        "Old Dominion Guaranteed Shipment",
        Some("Old Dominion Guaranteed Shipment"),
        OldDominion,
        A,
        V,
        65,
        lens(&[11]),
        b"8",
        Some(CheckDigit::Luhn)
    ),
    def!(
        OnTracC,
        "ontrac_c",
        "OnTrac",
        Some("OnTrac"),
        OnTrac,
        A,
        V,
        80,
        lens(&[15]),
        b"C",
        Some(MOD10_12)
    ),
    def!(
        OnTracD,
        "ontrac_d",
        "OnTrac D",
        Some("OnTrac D"),
        OnTrac,
        A,
        V,
        80,
        lens(&[15]),
        b"D",
        Some(MOD10_12)
    ),
    def!(
        PurolatorNumeric,
        "purolator_numeric",
        "Purolator (12)",
        Some("Purolator (12)"),
        Purolator,
        A,
        V,
        50,
        lens(&[12]),
        b"012345",
        Some(CheckDigit::Luhn)
    ),
    def!(
        PurolatorAlpha,
        "purolator_alpha",
        "Purolator (alpha + 9)",
        Some("Purolator (alpha + 9)"),
        Purolator,
        A,
        F,
        35,
        lens(&[12]),
        UPPER,
        None
    ),
    def!(
        S10,
        "s10",
        "UPU S10",
        Some("S10"),
        S10Post,
        A,
        V,
        90,
        lens(&[13]),
        UPPER,
        Some(CheckDigit::S10)
    ),
    def!(
        SpeeDee,
        "speedee",
        "Spee-Dee (20)",
        Some("Spee-Dee (20)"),
        SpeeDee,
        A,
        F,
        70,
        lens(&[20]),
        b"S",
        None
    ),
    def!(Ups, "ups", "UPS", Some("UPS"), Ups, A, V, 95, lens(&[18]), b"1", Some(MOD10_12)),
    def!(
        UpsWaybill,
        "ups_waybill",
        "UPS Waybill",
        Some("UPS Waybill"),
        Ups,
        A,
        V,
        70,
        lens(&[11]),
        b"AHJKTV",
        Some(MOD10_12)
    ),
    def!(
        Usps20,
        "usps_20",
        "USPS 20",
        Some("USPS 20"),
        Usps,
        A,
        V,
        60,
        lens(&[20]),
        DIGITS,
        Some(MOD10_31)
    ),
    def!(
        UspsImpbN,
        "usps_impb_n",
        "USPS IMpb N",
        Some("USPS IMpb N"),
        Usps,
        A,
        V,
        85,
        lens(&[22, 26, 30, 34]),
        b"49",
        Some(MOD10_31_REV)
    ),
    def!(
        UspsLegacy,
        "usps_legacy",
        "USPS Legacy",
        Some("USPS Legacy"),
        Usps,
        A,
        V,
        70,
        lens(&[20, 22, 28, 30, 32, 34]),
        DIGITS,
        Some(MOD10_31)
    ),
    def!(
        UspsImpbC,
        "usps_impb_c",
        "USPS IMpb C",
        Some("USPS IMpb C"),
        Usps,
        A,
        V,
        85,
        lens(&[22, 26, 30, 34]),
        b"49",
        Some(MOD10_31)
    ),
    def!(Yodel, "yodel", "Yodel", Some("Yodel"), Yodel, A, F, 70, lens(&[18, 19]), b"J", None),
    def!(
        YunExpress,
        "yunexpress",
        "YunExpress",
        Some("YunExpress"),
        YunExpress,
        A,
        F,
        75,
        lens(&[18]),
        b"Y",
        None
    ),
    def!(
        SfExpress,
        "sf_express",
        "SF Express (SF + 13 digits)",
        None,
        SfExpress,
        B,
        F,
        75,
        lens(&[15]),
        b"S",
        None
    ),
    def!(
        SfExpressLegacy,
        "sf_express_legacy",
        "SF Express legacy (12 digits)",
        None,
        SfExpress,
        B,
        H,
        60,
        lens(&[12]),
        DIGITS,
        Some(CheckDigit::SfLegacy)
    ),
    def!(
        ChinaPostEms,
        "china_post_ems",
        "China Post EMS domestic (13 digits)",
        None,
        ChinaPost,
        B,
        H,
        68,
        lens(&[13]),
        b"159",
        None
    ),
    def!(
        ChinaPostParcel,
        "china_post_parcel",
        "China Post parcel 邮政快递包裹 (13 digits)",
        None,
        ChinaPost,
        B,
        H,
        66,
        lens(&[13]),
        b"9",
        None
    ),
    def!(
        ChinaPostLetters,
        "china_post_letters",
        "China Post domestic (2 letters + 11 digits)",
        None,
        ChinaPost,
        W,
        H,
        50,
        lens(&[13]),
        b"AGHKPQ",
        None
    ),
    def!(
        JdLogistics,
        "jd_logistics",
        "JD Logistics (JD + 13)",
        None,
        JdLogistics,
        B,
        F,
        70,
        lens(&[15]),
        b"J",
        None
    ),
    def!(
        JdLogisticsV,
        "jd_logistics_v",
        "JD Logistics merchant (V + letter + 11 digits)",
        None,
        JdLogistics,
        W,
        H,
        55,
        lens(&[13]),
        b"V",
        None
    ),
    def!(Zto, "zto", "ZTO Express (14 digits)", None, Zto, B, H, 65, lens(&[14]), b"7", None),
    def!(
        ZtoLegacy,
        "zto_legacy",
        "ZTO Express legacy (12 digits)",
        None,
        Zto,
        B,
        H,
        35,
        lens(&[12]),
        DIGITS,
        None
    ),
    def!(
        Zto43,
        "zto_43",
        "ZTO Express (43 + 13 digits)",
        None,
        Zto,
        W,
        H,
        40,
        lens(&[15]),
        b"4",
        None
    ),
    def!(Yto, "yto", "YTO Express (YT + 13 digits)", None, Yto, B, F, 75, lens(&[15]), b"Y", None),
    def!(
        YtoLegacy12,
        "yto_legacy_12",
        "YTO Express legacy (12)",
        None,
        Yto,
        B,
        H,
        15,
        lens(&[12]),
        ALNUM,
        None
    ),
    def!(
        YtoLegacy10,
        "yto_legacy_10",
        "YTO Express legacy (10)",
        None,
        Yto,
        B,
        H,
        15,
        lens(&[10]),
        ALNUM,
        None
    ),
    def!(
        YtoLegacy18,
        "yto_legacy_18",
        "YTO Express legacy (18 digits)",
        None,
        Yto,
        B,
        H,
        33,
        lens(&[18]),
        b"6789",
        None
    ),
    def!(Sto, "sto", "STO Express (77 + 13 digits)", None, Sto, B, H, 66, lens(&[15]), b"7", None),
    def!(
        Sto43,
        "sto_43",
        "STO Express (43 + 13 digits)",
        None,
        Sto,
        W,
        H,
        45,
        lens(&[15]),
        b"4",
        None
    ),
    def!(
        StoLegacy13,
        "sto_legacy_13",
        "STO Express legacy (13 digits)",
        None,
        Sto,
        B,
        H,
        35,
        lens(&[13]),
        b"3456789",
        None
    ),
    def!(
        StoLegacy12,
        "sto_legacy_12",
        "STO Express legacy (12 digits)",
        None,
        Sto,
        B,
        H,
        35,
        lens(&[12]),
        b"123456789",
        None
    ),
    def!(
        Yunda,
        "yunda",
        "Yunda Express (15 digits)",
        None,
        Yunda,
        B,
        H,
        62,
        lens(&[15]),
        b"34",
        None
    ),
    def!(
        YundaLegacy,
        "yunda_legacy",
        "Yunda Express legacy (13 digits)",
        None,
        Yunda,
        B,
        H,
        12,
        lens(&[13]),
        DIGITS,
        None
    ),
    def!(
        JtExpress,
        "jt_express",
        "J&T Express China (JT + 13 digits)",
        None,
        JtExpress,
        B,
        F,
        75,
        lens(&[15]),
        b"J",
        None
    ),
    def!(
        BestLegacy,
        "best_legacy",
        "Best Express (Taobao rule set)",
        None,
        Best,
        B,
        H,
        25,
        lens(&[12, 13, 14, 16]),
        b"0235678ABCDEK",
        None
    ),
    def!(
        Best60,
        "best_60",
        "Best Express (60 + 12 digits)",
        None,
        Best,
        W,
        H,
        28,
        lens(&[14]),
        b"6",
        None
    ),
    def!(
        Deppon,
        "deppon",
        "Deppon (DPK + 12 digits)",
        None,
        Deppon,
        B,
        F,
        78,
        lens(&[15]),
        b"D",
        None
    ),
    def!(
        DepponLegacy,
        "deppon_legacy",
        "Deppon legacy (8-10 digits)",
        None,
        Deppon,
        B,
        H,
        10,
        span(8, 10),
        DIGITS,
        None
    ),
    def!(
        Cainiao,
        "cainiao",
        "Cainiao (LP + 14 digits)",
        None,
        Cainiao,
        B,
        F,
        72,
        lens(&[16]),
        b"L",
        None
    ),
    def!(
        Cainiao621,
        "cainiao_621",
        "Cainiao domestic (621 + 12 digits)",
        None,
        Cainiao,
        W,
        H,
        50,
        lens(&[15]),
        b"6",
        None
    ),
    def!(
        Cainiao6A,
        "cainiao_6a",
        "Cainiao (6A + 11 digits)",
        None,
        Cainiao,
        W,
        H,
        40,
        lens(&[13]),
        b"6",
        None
    ),
    def!(FourPx, "4px", "4PX (4PX prefix)", None, FourPx, W, H, 75, span(13, 23), b"4", None),
    def!(
        FourPxLp,
        "4px_lp",
        "4PX (LP + 14 digits)",
        None,
        FourPx,
        W,
        H,
        45,
        lens(&[16]),
        b"L",
        None
    ),
    def!(
        FourPx3042,
        "4px_3042",
        "4PX (3042 + 8 digits)",
        None,
        FourPx,
        W,
        H,
        30,
        lens(&[12]),
        b"3",
        None
    ),
    def!(
        YanwenYp,
        "yanwen_yp",
        "Yanwen (UG + 9 digits + YP)",
        None,
        Yanwen,
        W,
        H,
        80,
        lens(&[13]),
        b"U",
        Some(CheckDigit::S10)
    ),
    def!(
        Yanwen6A,
        "yanwen_6a",
        "Yanwen (6A + 11 digits)",
        None,
        Yanwen,
        W,
        H,
        42,
        lens(&[13]),
        b"6",
        None
    ),
    def!(
        YanwenYw,
        "yanwen_yw",
        "Yanwen (YD + 9 digits + YW)",
        None,
        Yanwen,
        W,
        H,
        55,
        lens(&[13]),
        b"Y",
        None
    ),
];

// `DEFS[f as usize]` describes `f`: checked at compile time.
#[allow(clippy::indexing_slicing)] // const evaluation only: an index out of bounds fails the build, never a run
const _: () = {
    let mut i = 0;
    while i < DEFS.len() {
        assert!(DEFS[i].format as usize == i, "DEFS out of Format order");
        i += 1;
    }
};

/// Number of formats.
pub(crate) const COUNT: usize = DEFS.len();

/// `BY_LEN[n]`: bit `i` set when format `i` has normalised length `n`.
#[allow(clippy::indexing_slicing)] // const evaluation only: an index out of bounds fails the build, never a run
pub(crate) static BY_LEN: [u128; 64] = {
    let mut t = [0u128; 64];
    let mut i = 0;
    while i < DEFS.len() {
        let mut n = 0;
        while n < 64 {
            if DEFS[i].lengths & (1 << n) != 0 {
                t[n] |= 1 << i;
            }
            n += 1;
        }
        i += 1;
    }
    t
};

/// `BY_FIRST[b]`: bit `i` set when format `i` can start with byte `b`.
#[allow(clippy::indexing_slicing)] // const evaluation only: an index out of bounds fails the build, never a run
pub(crate) static BY_FIRST: [u128; 128] = {
    let mut t = [0u128; 128];
    let mut i = 0;
    while i < DEFS.len() {
        let first = DEFS[i].first;
        let mut k = 0;
        while k < first.len() {
            t[first[k] as usize] |= 1 << i;
            k += 1;
        }
        i += 1;
    }
    t
};

/// The formats whose every character is a digit: a number with a letter skips them.
const NUMERIC: [Format; 34] = [
    Format::CanadaPost16,
    Format::DhlExpress,
    Format::DhlEcommerce14,
    Format::Fedex12,
    Format::Fedex34,
    Format::FedexAstra32,
    Format::FedexGround,
    Format::FedexGroundSscc18,
    Format::FedexGround96,
    Format::FedexGroundGsn,
    Format::OldDominion,
    Format::OldDominionGuaranteed,
    Format::PurolatorNumeric,
    Format::Usps20,
    Format::UspsImpbN,
    Format::UspsLegacy,
    Format::UspsImpbC,
    Format::SfExpressLegacy,
    Format::ChinaPostEms,
    Format::ChinaPostParcel,
    Format::Zto,
    Format::ZtoLegacy,
    Format::Zto43,
    Format::YtoLegacy18,
    Format::Sto,
    Format::Sto43,
    Format::StoLegacy13,
    Format::StoLegacy12,
    Format::Yunda,
    Format::YundaLegacy,
    Format::Best60,
    Format::DepponLegacy,
    Format::Cainiao621,
    Format::FourPx3042,
];

/// Bit `i` set when format `i` is in [`NUMERIC`].
#[allow(clippy::indexing_slicing)] // const evaluation only: an index out of bounds fails the build, never a run
pub(crate) const NUMERIC_MASK: u128 = {
    let mut bits = 0u128;
    let mut i = 0;
    while i < NUMERIC.len() {
        bits |= 1 << (NUMERIC[i] as usize);
        i += 1;
    }
    bits
};

/// A successful match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The carrier: the format's, or for S10 the issuing postal operator.
    pub(crate) carrier: Carrier,
    pub(crate) confidence: Confidence,
    pub(crate) score: u8,
}

impl Format {
    /// Every format, in declaration order (data-set formats first).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Format;
    ///
    /// assert_eq!(Format::ALL.iter().filter(|f| f.dataset_name().is_some()).count(), 39);
    /// ```
    #[allow(clippy::indexing_slicing)] // const evaluation only: an index out of bounds fails the build, never a run
    pub const ALL: &[Self] = &{
        let mut all = [Self::S10; COUNT];
        let mut i = 0;
        while i < COUNT {
            all[i] = DEFS[i].format;
            i += 1;
        }
        all
    };

    #[allow(clippy::indexing_slicing)] // in bounds: DEFS has one row per variant, in order (const assertion above)
    fn def(self) -> &'static Def {
        &DEFS[self as usize]
    }

    /// The format's stable id, e.g. `"fedex_12"`: the data set's `id`, or for the four data-set
    /// formats without one and the Chinese shapes, an id in the same style.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Format;
    ///
    /// assert_eq!(Format::UspsImpbC.id(), "usps_impb_c");
    /// assert_eq!(Format::UpsWaybill.id(), "ups_waybill");
    /// ```
    pub fn id(self) -> &'static str {
        self.def().id
    }

    /// A human-readable name, e.g. `"FedEx Express (12)"` (the data set's `name` for its
    /// formats).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Format;
    ///
    /// assert_eq!(Format::SfExpress.name(), "SF Express (SF + 13 digits)");
    /// ```
    pub fn name(self) -> &'static str {
        self.def().name
    }

    /// The format's `name` in the `tracking_number_data` set, or `None` for the Chinese shapes.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Format;
    ///
    /// assert_eq!(Format::S10.dataset_name(), Some("S10"));
    /// assert_eq!(Format::Zto.dataset_name(), None);
    /// ```
    pub fn dataset_name(self) -> Option<&'static str> {
        self.def().dataset_name
    }

    /// The carrier that issues this format ([`Carrier::S10Post`] for S10, whose issuer depends
    /// on the number's country).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, Format};
    ///
    /// assert_eq!(Format::ChinaPostEms.carrier(), Carrier::ChinaPost);
    /// ```
    pub fn carrier(self) -> Carrier {
        self.def().carrier
    }

    /// How well the shape is established.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Certainty, Format};
    ///
    /// assert_eq!(Format::Ups.certainty(), Certainty::Documented);
    /// ```
    pub fn certainty(self) -> Certainty {
        self.def().certainty
    }

    /// The check-digit algorithm, if the format has one. An unpublished one
    /// ([`CheckDigit::is_published`] false, or the S10 check observed on Yanwen `UG…YP`
    /// numbers) ranks matches but never rejects them.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{CheckDigit, Format};
    ///
    /// assert_eq!(Format::DhlExpress.check_digit(), Some(CheckDigit::Mod7));
    /// assert_eq!(Format::YunExpress.check_digit(), None);
    /// ```
    pub fn check_digit(self) -> Option<CheckDigit> {
        self.def().check
    }

    /// The normalised lengths a number of this format can have, shortest first.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::Format;
    ///
    /// assert_eq!(Format::UspsImpbN.lengths().collect::<Vec<_>>(), [22, 26, 30, 34]);
    /// ```
    pub fn lengths(self) -> impl Iterator<Item = usize> {
        let bits = self.def().lengths;
        (0..64usize).filter(move |n| bits & (1 << n) != 0)
    }

    /// Matches a normalised number against this format.
    #[inline]
    pub(crate) fn check(self, b: &[u8]) -> Result<Hit, Miss> {
        let d = self.def();
        let adjust = match self {
            Self::S10 => {
                let carrier = s10::check(b)?;
                return Ok(Hit { carrier, confidence: d.confidence, score: d.score });
            }
            _ => self.check_shape(b)?,
        };
        let score = i16::from(d.score) + i16::from(adjust);
        Ok(Hit {
            carrier: d.carrier,
            confidence: d.confidence,
            score: u8::try_from(score.clamp(0, 255)).unwrap_or(0),
        })
    }

    /// Shape and check digit of every format but S10; returns a score adjustment.
    #[allow(clippy::too_many_lines)] // one arm per format reads best as a table
    fn check_shape(self, b: &[u8]) -> Result<i8, Miss> {
        use Seg::{Alnum, Digits, Lit, OneOf, Upper};
        match self {
            Self::AmazonLogistics => segs(b, &[Lit(b"TB"), OneOf(b"ACM"), Digits(12)])?,
            Self::AmazonInternational => segs(b, &[OneOf(b"AFC"), Digits(10)])?,
            Self::CanadaPost16 => {
                segs(b, &[Digits(16)])?;
                verify(b, 0..15, 15, MOD10_31)?;
            }
            Self::Canpar22 => segs(b, &[OneOf(b"CDKLSUXZ"), Digits(21)])?,
            Self::DhlExpress => {
                if !(10..=11).contains(&b.len()) {
                    return Err(Miss::Length);
                }
                all_digits(b)?;
                let n = b.len() - 1;
                verify(b, 0..n, n, CheckDigit::Mod7)?;
            }
            Self::DhlExpressPieceId => dhl_piece_id(b)?,
            Self::DhlEcommerce => dhl_ecommerce(b)?,
            Self::DhlEcommerce14 => segs(b, &[Digits(14)])?,
            Self::Dpd28 => {
                segs(b, &[Digits(27), Alnum(1)])?;
                verify(b, 0..27, 27, CheckDigit::Mod37_36)?;
            }
            Self::Dpd14 => {
                segs(b, &[Digits(14), Alnum(1)])?;
                verify(b, 0..14, 14, CheckDigit::Mod37_36)?;
            }
            Self::Fedex12 => {
                segs(b, &[Digits(12)])?;
                verify(b, 0..11, 11, FEDEX_12)?;
            }
            Self::Fedex34 => {
                segs(b, &[OneOf(b"012345678"), Digits(33)])?;
                verify(b, 20..33, 33, FEDEX_34)?;
            }
            Self::FedexAstra32 => {
                segs(b, &[Lit(b"3"), Digits(31)])?;
                verify(b, 16..27, 27, FEDEX_12)?;
            }
            Self::FedexGround => {
                segs(b, &[Digits(15)])?;
                verify(b, 0..14, 14, MOD10_13)?;
            }
            Self::FedexGroundSscc18 => {
                segs(b, &[Digits(18)])?;
                verify(b, 2..17, 17, MOD10_31)?;
            }
            Self::FedexGround96 => {
                segs(b, &[Lit(b"96"), Digits(20)])?;
                verify(b, 7..21, 21, MOD10_13)?;
            }
            Self::FedexGroundGsn => {
                segs(b, &[Lit(b"96"), Digits(32)])?;
                verify(b, 20..33, 33, FEDEX_34)?;
            }
            Self::GofoUs => segs(b, &[Lit(b"GFUS"), Digits(14)])?,
            Self::LandmarkGlobal => segs(b, &[Lit(b"LTN"), Digits(8), Lit(b"N1")])?,
            Self::LaserShipLx => segs(b, &[Lit(b"L"), OneOf(b"AIEHNX"), OneOf(b"123"), Digits(7)])?,
            Self::LaserShip1Ls7 => segs(b, &[Lit(b"1LS7"), OneOf(b"12"), Digits(10)])?,
            Self::LaserShip1Ls7Suffixed => segs(
                b,
                &[
                    Lit(b"1LS7"),
                    OneOf(b"12"),
                    Digits(2),
                    Lit(b"01"),
                    OneOf(b"1234"),
                    Digits(6),
                    Lit(b"1"),
                ],
            )?,
            Self::LaserShip1Lscx => segs(b, &[Lit(b"1LSCX"), Alnum(10)])?,
            Self::OldDominion => {
                segs(b, &[Digits(11)])?;
                if !(b.starts_with(b"777")
                    || b.starts_with(b"778")
                    || b.starts_with(b"072")
                    || b.starts_with(b"780"))
                {
                    return Err(Miss::Char {
                        pos: 0,
                        expected: Expect::Text("a prefix 777, 778, 072 or 780"),
                    });
                }
                verify(b, 0..10, 10, CheckDigit::Luhn)?;
            }
            Self::OldDominionGuaranteed => {
                segs(b, &[Lit(b"80"), Digits(9)])?;
                verify(b, 0..10, 10, CheckDigit::Luhn)?;
            }
            Self::OnTracC => ontrac(b, b"C", b'4')?,
            Self::OnTracD => ontrac(b, b"D", b'5')?,
            Self::PurolatorNumeric => {
                segs(b, &[OneOf(b"012345"), Digits(11)])?;
                verify(b, 0..11, 11, CheckDigit::Luhn)?;
            }
            Self::PurolatorAlpha => segs(b, &[Upper(3), Digits(9)])?,
            Self::SpeeDee => segs(b, &[Lit(b"SP"), Digits(18)])?,
            Self::Ups => {
                segs(b, &[Lit(b"1Z"), Alnum(15), Digits(1)])?;
                verify(b, 2..17, 17, MOD10_12)?;
            }
            Self::UpsWaybill => {
                segs(b, &[OneOf(b"AHJKTV"), Digits(10)])?;
                verify(b, 1..10, 10, MOD10_12)?;
            }
            Self::Usps20 => {
                segs(b, &[Digits(20)])?;
                verify(b, 0..19, 19, MOD10_31)?;
            }
            Self::UspsImpbN => usps_routed(b, UspsKind::ImpbN)?,
            Self::UspsLegacy => usps_routed(b, UspsKind::Legacy)?,
            Self::UspsImpbC => usps_routed(b, UspsKind::ImpbC)?,
            Self::Yodel => match b.len() {
                18 => segs(b, &[Lit(b"JD"), Digits(16)])?,
                19 => segs(b, &[Lit(b"JJD"), Digits(16)])?,
                _ => return Err(Miss::Length),
            },
            Self::YunExpress => segs(b, &[Lit(b"YT"), Digits(16)])?,
            Self::SfExpress => return cn::sf_express(b),
            Self::SfExpressLegacy => return cn::sf_express_legacy(b),
            Self::ChinaPostEms => return cn::china_post_ems(b),
            Self::ChinaPostParcel => return cn::china_post_parcel(b),
            Self::ChinaPostLetters => return cn::china_post_letters(b),
            Self::JdLogistics => return cn::jd_logistics(b),
            Self::JdLogisticsV => return cn::jd_logistics_v(b),
            Self::Zto => return cn::zto(b),
            Self::ZtoLegacy => return cn::zto_legacy(b),
            Self::Zto43 => return cn::zto_43(b),
            Self::Yto => return cn::yto(b),
            Self::YtoLegacy12 => return cn::yto_legacy_12(b),
            Self::YtoLegacy10 => return cn::yto_legacy_10(b),
            Self::YtoLegacy18 => return cn::yto_legacy_18(b),
            Self::Sto => return cn::sto(b),
            Self::Sto43 => return cn::sto_43(b),
            Self::StoLegacy13 => return cn::sto_legacy_13(b),
            Self::StoLegacy12 => return cn::sto_legacy_12(b),
            Self::Yunda => return cn::yunda(b),
            Self::YundaLegacy => return cn::yunda_legacy(b),
            Self::JtExpress => return cn::jt_express(b),
            Self::BestLegacy => return cn::best_legacy(b),
            Self::Best60 => return cn::best_60(b),
            Self::Deppon => return cn::deppon(b),
            Self::DepponLegacy => return cn::deppon_legacy(b),
            // 4PX's `LP` numbers are Cainiao's shape (cn_courier_numbers.md §2.14).
            Self::Cainiao | Self::FourPxLp => return cn::cainiao(b),
            Self::Cainiao621 => return cn::cainiao_621(b),
            Self::Cainiao6A | Self::Yanwen6A => return cn::six_a(b),
            Self::FourPx => return cn::four_px(b),
            Self::FourPx3042 => return cn::four_px_3042(b),
            Self::YanwenYp => return cn::yanwen_yp(b),
            Self::YanwenYw => return cn::yanwen_yw(b),
            Self::S10 => {
                s10::check(b)?;
            }
        }
        Ok(0)
    }

    /// The service the number's service code names, from the data set's look-ups (UPS service
    /// codes, UPS waybill letters, USPS service types and application identifiers, DPD service
    /// codes, FedEx SSCC container types) or the S10 service class. `b` must match the format.
    pub(crate) fn service(self, b: &[u8]) -> Option<&'static str> {
        match self {
            Self::Ups => lookup(&UPS_SERVICES, b.get(8..10)?),
            Self::UpsWaybill => match b.first()? {
                b'J' => Some("UPS Next Day Express"),
                b'K' => Some("UPS Ground"),
                b'V' => Some("UPS WorldWide Express Saver"),
                _ => None,
            },
            Self::Usps20 => usps_service_type(b.get(0..2)?),
            Self::UspsLegacy => {
                let (_, serial) = usps_legacy_parts(b)?;
                let st = if serial.starts_with(b"91") && serial.len() == 21 {
                    serial.get(2..4)?
                } else {
                    serial.get(0..2)?
                };
                usps_service_type(st)
            }
            Self::UspsImpbN => Some("Online or vendor label"),
            Self::UspsImpbC => {
                let body = b.get(usps_offset(b, UspsKind::ImpbC)?..)?;
                if body.get(2..5)? == b"612" {
                    return Some("Parcel Select");
                }
                match body.get(0..2)? {
                    b"92" | b"93" => Some("Commercial mailer"),
                    b"95" => Some("USPS Retail"),
                    _ => None,
                }
            }
            Self::Dpd28 => lookup(&DPD_SERVICES, b.get(21..24)?),
            Self::FedexGroundSscc18 => match b.get(0..2)? {
                b"00" => Some("case/carton"),
                b"01" => Some("pallet"),
                b"02" => Some("larger than a pallet"),
                b"04" => Some("internally defined for intra-company use"),
                _ => None,
            },
            Self::S10 => Some(s10::S10::from_valid(b)?.service().name()),
            _ => None,
        }
    }
}

fn lookup<const N: usize, const K: usize>(
    table: &[([u8; K], &'static str); N],
    key: &[u8],
) -> Option<&'static str> {
    table.iter().find(|(k, _)| k.as_slice() == key).map(|(_, v)| *v)
}

fn usps_service_type(st: &[u8]) -> Option<&'static str> {
    let name = match st {
        b"01" => "Delivery Confirmation: Priority Mail or First-Class Mail Parcels",
        b"02" => "Delivery Confirmation: Package Services, Parcel Select or Standard Mail Parcels",
        b"03" | b"04" => "Delivery Confirmation: Retail",
        b"05" => {
            "Delivery Confirmation: Priority Mail or First-Class Mail Parcels, insured over $50"
        }
        b"06" => {
            "Delivery Confirmation: Package Services, Parcel Select or Standard Mail Parcels, insured over $50"
        }
        b"07" => "Delivery Confirmation: Priority Mail, insured $50 or under",
        b"08" => {
            "Delivery Confirmation: Package Services, Parcel Select or Standard Mail Parcels, insured $50 or under"
        }
        b"14" => "Delivery Confirmation: Software vendors only, by approval",
        b"21" => "Signature Confirmation: Priority Mail or First-Class Mail Parcels",
        b"22" => "Signature Confirmation: Package Services, Parcel Select or Standard Mail Parcels",
        b"23" | b"24" => "Signature Confirmation: Retail",
        b"25" => {
            "Signature Confirmation: Priority Mail or First-Class Mail Parcels, insured, all values"
        }
        b"26" => {
            "Signature Confirmation: Package Services, Parcel Select or Standard Mail Parcels, insured, all values"
        }
        b"34" => "Signature Confirmation: Software vendors only, by approval",
        b"50" => "Electronic File Header: Used in the file header record only, never on a package",
        b"56" => {
            "Passive Enroute Scan: A free scan as the parcel passes through a sorting plant, with no confirmation service attached"
        }
        b"73" => "Insured Mail: Insured only, value over $50",
        b"82" => "Merchandise Return: With Delivery Confirmation",
        b"83" => "Merchandise Return: With Delivery Confirmation, insured value $50 or under",
        b"85" => "Merchandise Return: With Delivery Confirmation, insured value over $50",
        _ => return None,
    };
    Some(name)
}

/// UPS service codes (`ups.json`, "Service Type").
static UPS_SERVICES: [([u8; 2], &str); 23] = [
    (*b"01", "UPS United States Next Day Air (Red)"),
    (*b"02", "UPS United States Second Day Air (Blue)"),
    (*b"03", "UPS United States Ground"),
    (*b"12", "UPS United States Third Day Select"),
    (*b"13", "UPS United States Next Day Air Saver (Red Saver)"),
    (*b"15", "UPS United States Next Day Air Early A.M."),
    (*b"22", "UPS United States Ground - Returns Plus - Three Pickup Attempts"),
    (*b"32", "UPS United States Next Day Air Early A.M. - COD"),
    (*b"33", "UPS United States Next Day Air Early A.M. - Saturday Delivery, COD"),
    (*b"41", "UPS United States Next Day Air Early A.M. - Saturday Delivery"),
    (*b"42", "UPS United States Ground - Signature Required"),
    (*b"44", "UPS United States Next Day Air - Saturday Delivery"),
    (*b"66", "UPS United States Worldwide Express"),
    (*b"72", "UPS United States Ground - Collect on Delivery"),
    (*b"78", "UPS United States Ground - Returns Plus - One Pickup Attempt"),
    (*b"90", "UPS United States Ground - Returns - UPS Prints and Mails Label"),
    (*b"A0", "UPS United States Next Day Air Early A.M. - Adult Signature Required"),
    (
        *b"A1",
        "UPS United States Next Day Air Early A.M. - Saturday Delivery, Adult Signature Required",
    ),
    (*b"A2", "UPS United States Next Day Air - Adult Signature Required"),
    (*b"A8", "UPS United States Ground - Adult Signature Required"),
    (*b"A9", "UPS United States Next Day Air Early A.M. - Adult Signature Required, COD"),
    (
        *b"AA",
        "UPS United States Next Day Air Early A.M. - Saturday Delivery, Adult Signature Required, COD",
    ),
    (*b"YW", "UPS SurePost - Delivered by the USPS"),
];

/// DPD service codes (`dpd.json`, "Service Type").
static DPD_SERVICES: [([u8; 3], &str); 16] = [
    (*b"101", "D (normal parcel)"),
    (*b"102", "D-HAZ (normal parcel, hazardous goods)"),
    (*b"105", "D-EXW (normal parcel, ex works)"),
    (*b"106", "D-EXW-HAZ (normal parcel, ex works, hazardous goods)"),
    (*b"109", "D-COD (normal parcel, C.O.D.)"),
    (*b"110", "D-COD-HAZ (normal parcel, C.O.D., hazardous goods)"),
    (*b"113", "D-SWAP (normal parcel, exchange)"),
    (*b"136", "D (small parcel)"),
    (*b"154", "PARCELLetter (PARCELLetter)"),
    (*b"155", "PM2 (Guarantee)"),
    (*b"161", "PM2-COD (Guarantee, C.O.D.)"),
    (*b"179", "AM1 (DPD 10:00)"),
    (*b"191", "AM1-COD (DPD 10:00, C.O.D.)"),
    (*b"225", "AM2 (DPD 12:00)"),
    (*b"237", "AM2-COD (DPD 12:00, C.O.D.)"),
    (*b"350", "AM0 (DPD 8:30)"),
];

/// `J` + 2–3 letters + 9–10 digits (the regex's `{2,3}` and `{9,10}` resolved by the total
/// length).
fn dhl_piece_id(b: &[u8]) -> Result<(), Miss> {
    if !(12..=14).contains(&b.len()) {
        return Err(Miss::Length);
    }
    expect(b, 0, Expect::Byte(b'J'))?;
    let letters = b.iter().skip(1).take_while(|x| x.is_ascii_uppercase()).count().min(3);
    if letters < 2 {
        return Err(Miss::Char { pos: 1 + letters, expected: Expect::Upper });
    }
    let digits = b.len() - 1 - letters;
    if !(9..=10).contains(&digits) {
        // e.g. J + 3 letters + 8 digits: the 4th position must be a letter for 9 digits to fit.
        return Err(Miss::Char { pos: 1 + letters, expected: Expect::Upper });
    }
    all(b, 1 + letters, digits, Expect::Digit)
}

/// DHL eCommerce: a 2-letter prefix, then 10–39 of `[0-9A-Z]` with at least one digit.
fn dhl_ecommerce(b: &[u8]) -> Result<(), Miss> {
    const PREFIXES: [&[u8]; 10] =
        [b"GM", b"LX", b"RX", b"UV", b"CN", b"SG", b"TH", b"IN", b"HK", b"MY"];
    if !(12..=41).contains(&b.len()) {
        return Err(Miss::Length);
    }
    let head = b.get(..2).ok_or(Miss::Length)?;
    if !PREFIXES.contains(&head) {
        return Err(Miss::Char {
            pos: 0,
            expected: Expect::Text("a prefix GM, LX, RX, UV, CN, SG, TH, IN, HK or MY"),
        });
    }
    all(b, 2, b.len() - 2, Expect::Alnum)?;
    if b.iter().skip(2).any(u8::is_ascii_digit) {
        Ok(())
    } else {
        Err(Miss::Char { pos: 2, expected: Expect::Text("at least one digit after the prefix") })
    }
}

/// OnTrac: letter + 13-digit serial + check; the data set's `prepend_if` puts `prepend` before
/// a serial that does not already start with it.
fn ontrac(b: &[u8], letter: &'static [u8], prepend: u8) -> Result<(), Miss> {
    segs(b, &[Seg::Lit(letter), Seg::Digits(14)])?;
    let serial = b.get(1..14).ok_or(Miss::Length)?;
    let found = *b.get(14).ok_or(Miss::Length)?;
    let mut buf = [0u8; 14];
    let s: &[u8] = if serial.first() == Some(&prepend) {
        serial
    } else {
        let (head, tail) = buf.split_at_mut(1);
        head.fill(prepend);
        tail.get_mut(..serial.len()).ok_or(Miss::Length)?.copy_from_slice(serial);
        &buf
    };
    verify_serial(s, found, MOD10_12)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UspsKind {
    ImpbN,
    Legacy,
    ImpbC,
}

/// Where the body starts after an optional `420` + ZIP (+ ZIP+4) routing prefix, trying the
/// offsets in the order the data set's regex does (ZIP+4 first, then ZIP, then none), with
/// each format's look-aheads; `None` when no offset gives a body of the format.
fn usps_offset(b: &[u8], kind: UspsKind) -> Option<usize> {
    let n = b.len();
    let routed = b.starts_with(b"420");
    let candidates: [(usize, bool); 3] = match kind {
        // ZIP look-ahead: 22 or 26 digits follow the ZIP; ZIP+4 look-ahead: 22 follow it.
        UspsKind::ImpbN => {
            [(12, routed && n == 34), (8, routed && (n == 30 || n == 34)), (0, true)]
        }
        // ZIP+4 look-ahead: 22 digits follow it; no look-ahead after the ZIP.
        UspsKind::ImpbC => [(12, routed && n == 34), (8, routed && n > 8), (0, true)],
        UspsKind::Legacy => [(12, routed && n > 12), (8, routed && n > 8), (0, true)],
    };
    candidates.into_iter().filter(|&(_, ok)| ok).map(|(o, _)| o).find(|&o| {
        b.get(o..).is_some_and(|body| match kind {
            UspsKind::ImpbN => impb_n_body(body),
            UspsKind::ImpbC => impb_c_body(body),
            UspsKind::Legacy => legacy_body(body),
        })
    })
}

/// `94` + 3 STC + MID (9 digits starting 9, or 6 starting 0–8) + package + check: 22, 26 or
/// (9-digit MID only) 30 digits.
fn impb_n_body(body: &[u8]) -> bool {
    if !body.starts_with(b"94") {
        return false;
    }
    match body.get(5) {
        Some(b'9') => matches!(body.len(), 22 | 26 | 30),
        Some(b'0'..=b'8') => matches!(body.len(), 22 | 26),
        _ => false,
    }
}

/// `92` (9-digit MID) / `93` (6-digit MID) / `95` + 3 STC + MID + package + check: 22 or 26.
fn impb_c_body(body: &[u8]) -> bool {
    let mid = body.get(5).copied();
    let ai_ok = match body.get(..2) {
        Some(b"92") => mid == Some(b'9'),
        Some(b"93") => matches!(mid, Some(b'0'..=b'8')),
        Some(b"95") => matches!(mid, Some(b'0'..=b'9')),
        _ => false,
    };
    ai_ok && matches!(body.len(), 22 | 26)
}

/// Optional `91` + 2 service + 9 shipper + 8 package + check: 22 digits with `91`, 20 without.
fn legacy_body(body: &[u8]) -> bool {
    body.len() == 20 || (body.len() == 22 && body.starts_with(b"91"))
}

/// The legacy serial (with `91` prepended when absent, per the data set's `prepend_if`) and its
/// check digit.
fn usps_legacy_parts(b: &[u8]) -> Option<(u8, Vec<u8>)> {
    let body = b.get(usps_offset(b, UspsKind::Legacy)?..)?;
    let (serial, check) = body.split_at(body.len().checked_sub(1)?);
    let mut s = Vec::with_capacity(21);
    if !serial.starts_with(b"91") {
        s.extend_from_slice(b"91");
    }
    s.extend_from_slice(serial);
    Some((*check.first()?, s))
}

fn usps_routed(b: &[u8], kind: UspsKind) -> Result<(), Miss> {
    all_digits(b)?;
    let Some(offset) = usps_offset(b, kind) else {
        let len_ok = match kind {
            UspsKind::ImpbN | UspsKind::ImpbC => matches!(b.len(), 22 | 26 | 30 | 34),
            UspsKind::Legacy => matches!(b.len(), 20 | 22 | 28 | 30 | 32 | 34),
        };
        return Err(if len_ok {
            Miss::Char {
                pos: 0,
                expected: Expect::Text(match kind {
                    UspsKind::ImpbN => "an application identifier 94 (after an optional 420 + ZIP)",
                    UspsKind::ImpbC => {
                        "an application identifier 92, 93 or 95 with a matching mailer id (after an optional 420 + ZIP)"
                    }
                    UspsKind::Legacy => "an optional 420 + ZIP, then 20 digits or 91 + 20 digits",
                }),
            }
        } else {
            Miss::Length
        });
    };
    let body = b.get(offset..).ok_or(Miss::Length)?;
    let n = body.len();
    match kind {
        UspsKind::ImpbN => verify(body, 0..n - 1, n - 1, MOD10_31_REV),
        UspsKind::ImpbC => verify(body, 0..n - 1, n - 1, MOD10_31),
        UspsKind::Legacy => {
            // Fixed-size buffer: 91 + at most 21 serial digits.
            let serial = body.get(..n - 1).ok_or(Miss::Length)?;
            let found = *body.get(n - 1).ok_or(Miss::Length)?;
            let mut buf = [0u8; 24];
            let len = if serial.starts_with(b"91") {
                buf.get_mut(..serial.len()).ok_or(Miss::Length)?.copy_from_slice(serial);
                serial.len()
            } else {
                buf.get_mut(..2).ok_or(Miss::Length)?.copy_from_slice(b"91");
                buf.get_mut(2..2 + serial.len()).ok_or(Miss::Length)?.copy_from_slice(serial);
                serial.len() + 2
            };
            verify_serial(buf.get(..len).ok_or(Miss::Length)?, found, MOD10_31)
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Format {
    type Err = ParseCarrierCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DEFS.iter()
            .find(|d| d.id == s)
            .map(|d| d.format)
            .ok_or_else(|| ParseCarrierCodeError::format(s))
    }
}

impl TryFrom<&str> for Format {
    type Error = ParseCarrierCodeError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Format {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Format {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_unique() {
        let mut seen = std::collections::HashSet::new();
        for f in Format::ALL {
            assert!(seen.insert(f.id()), "{f:?}");
            assert_eq!(f.id().parse::<Format>(), Ok(*f));
        }
    }

    #[test]
    fn first_bytes_and_lengths_cover_the_shapes() {
        // Every format's declared lengths include a length at which the data tables point to it.
        for &f in Format::ALL {
            for n in f.lengths() {
                assert!(BY_LEN[n] & (1 << (f as usize)) != 0);
            }
        }
    }

    #[test]
    fn usps_legacy_routing() {
        // 420 22153 + 91 01026837331000039521 (data set valid).
        assert_eq!(usps_offset(b"420221539101026837331000039521", UspsKind::Legacy), Some(8));
        assert_eq!(Format::UspsLegacy.check(b"420221539101026837331000039521").map(|_| ()), Ok(()));
    }

    #[test]
    fn services() {
        assert_eq!(
            Format::Ups.service(b"1ZXX3150YW44070023"),
            Some("UPS SurePost - Delivered by the USPS")
        );
        assert_eq!(Format::Dpd28.service(b"008182709980000020033350276C"), Some("AM0 (DPD 8:30)"));
        assert_eq!(Format::UpsWaybill.service(b"K1506235620"), Some("UPS Ground"));
    }
}
