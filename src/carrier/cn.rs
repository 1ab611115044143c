//! Shapes of Chinese couriers' waybill numbers (运单号), from `cn_courier_numbers.md`.
//!
//! No Chinese domestic courier publishes its number format. Every shape here comes from
//! platform rule tables (Taobao `reg_mail_no`, Kuaidi100 `company.js`), open-source detectors and
//! public sample numbers, and carries that file's confidence grade (see
//! [`Certainty`](super::Certainty)): **B** = reproduced by at least three independent sources or a
//! platform table confirmed by samples, **C** = one source or conflicting sources. Two
//! unpublished check digits are used as ranking signals only, never to reject: the SF legacy
//! 12-digit check (grade B) and the S10 check observed in EMS 13-digit numbers (observation on
//! 8 of 8 samples).
//!
//! Each matcher returns a score adjustment: positive when an unpublished check passes, negative
//! when it fails.

use super::check_digit::CheckDigit;
use super::s10;
use super::shape::{Expect, Miss, Seg, all, all_digits, segs, starts_with_any, verify};

/// Bonus for a passing unpublished check digit.
const PASS: i8 = 15;
/// Penalty for a failing one (it lowers the rank, never rejects).
const FAIL: i8 = -30;

/// `SF` + 13 digits (§2.1, grade B; length 15 is A from SF's API field `String(15)`).
pub(crate) fn sf_express(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"SF"), Seg::Digits(13)]).map(|()| 0)
}

/// Legacy SF 12 digits (§2.1, grade B), ranked by the unpublished SF check digit.
pub(crate) fn sf_express_legacy(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Digits(12)])?;
    Ok(if verify(b, 0..11, 11, CheckDigit::SfLegacy).is_ok() { PASS } else { FAIL })
}

/// China Post EMS domestic 13 digits with prefix 10, 11, 12, 50, 51, 52, 95 or 97 (§2.2:
/// B for 10/11/50/51/95/97 from the Taobao table, C for the widened 12/52), ranked by the S10
/// check observed at digit 11 (Obs).
pub(crate) fn china_post_ems(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Digits(13)])?;
    prefix(b, &[b"10", b"11", b"12", b"50", b"51", b"52", b"95", b"97"], EMS_PREFIXES)?;
    Ok(if s10::s10_check_passes(b) { PASS / 3 } else { FAIL / 3 })
}

const EMS_PREFIXES: &str = "a prefix 10, 11, 12, 50, 51, 52, 95 or 97";

/// China Post 邮政快递包裹 13 digits with prefix 96, 98 or 99 (§2.3, grade B).
pub(crate) fn china_post_parcel(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Digits(13)])?;
    prefix(b, &[b"96", b"98", b"99"], "a prefix 96, 98 or 99").map(|()| 0)
}

/// China Post domestic: two of `GAKQPH`, 9 digits, then 11–65 (§2.3, grade C, Taobao only).
pub(crate) fn china_post_letters(b: &[u8]) -> Result<i8, Miss> {
    const L: &[u8] = b"AGHKPQ";
    segs(b, &[Seg::OneOf(L), Seg::OneOf(L), Seg::Digits(11)])?;
    let tail = b.get(11..13).ok_or(Miss::Length)?;
    let n: u32 = tail.iter().fold(0, |acc, &x| acc * 10 + u32::from(x.wrapping_sub(b'0') % 10));
    if (11..=65).contains(&n) {
        Ok(0)
    } else {
        Err(Miss::Char { pos: 11, expected: Expect::Text("a number 11-65 in the last two digits") })
    }
}

/// JD Logistics `JD` + 2 alphanumerics + 11 digits (§2.4, grade B; covers `JDV`, `JDX`, `JDK`).
pub(crate) fn jd_logistics(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"JD"), Seg::Alnum(2), Seg::Digits(11)]).map(|()| 0)
}

/// JD Logistics older merchant form `V` + letter + 11 digits (§2.4, grade C).
pub(crate) fn jd_logistics_v(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"V"), Seg::Upper(1), Seg::Digits(11)]).map(|()| 0)
}

/// ZTO 14 digits starting 73, 74, 75, 76 or 78 (§2.5, grade B).
pub(crate) fn zto(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"7"), Seg::OneOf(b"34568"), Seg::Digits(12)]).map(|()| 0)
}

/// ZTO legacy 12 digits whose prefix is in the Taobao table (§2.5, grade B, 12-digit era).
pub(crate) fn zto_legacy(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Digits(12)])?;
    let p3 = three(b);
    let ok = ZTO_3.contains(p3)
        || starts_with_any(b, &[b"2008", b"2010", b"8050", b"7518", b"36", b"37", b"53", b"4"]);
    if ok { Ok(0) } else { Err(Miss::Char { pos: 0, expected: Expect::Text(ZTO_PREFIXES) }) }
}

const ZTO_PREFIXES: &str = "a ZTO prefix from the Taobao table (e.g. 118, 2008, 36, 4)";

/// The Taobao 3-digit prefixes of ZTO's 12-digit numbers (§2.5).
static ZTO_3: PrefixSet = PrefixSet::new(&[
    10, 118, 120, 128, 205, 358, 359, 518, 528, 571, 618, 628, 680, 688, 689, 701, 717, 718, 719,
    728, 738, 751, 757, 761, 762, 763, 765, 768, 778, 779, 780, 828, 852, 880, 881, 888, 988,
]);

/// ZTO 15 digits starting 43 (§2.5 "conflict", grade C: one test comment in S2).
pub(crate) fn zto_43(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"43"), Seg::Digits(13)]).map(|()| 0)
}

/// YTO `YT` + 13 digits (§2.6, grade B).
pub(crate) fn yto(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"YT"), Seg::Digits(13)]).map(|()| 0)
}

/// YTO legacy: 2 alphanumerics + 10 digits (§2.6, grade B, Taobao).
pub(crate) fn yto_legacy_12(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Alnum(2), Seg::Digits(10)]).map(|()| 0)
}

/// YTO legacy: 2 alphanumerics + 8 digits (§2.6, grade B, Taobao).
pub(crate) fn yto_legacy_10(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Alnum(2), Seg::Digits(8)]).map(|()| 0)
}

/// YTO legacy 18 digits starting 6–9 (§2.6, grade B).
pub(crate) fn yto_legacy_18(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::OneOf(b"6789"), Seg::Digits(17)]).map(|()| 0)
}

/// STO `77` + 13 digits (§2.7, grade B).
pub(crate) fn sto(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"77"), Seg::Digits(13)]).map(|()| 0)
}

/// STO 15 digits starting 43 (§2.8, grade C: S1's `(77|43)\d{12,15}` only).
pub(crate) fn sto_43(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"43"), Seg::Digits(13)]).map(|()| 0)
}

/// STO legacy 13 digits: `(33|55|66|77|88|99)` + 11 or `4` + 12 (§2.7, grade B).
pub(crate) fn sto_legacy_13(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Digits(13)])?;
    prefix(
        b,
        &[b"33", b"55", b"66", b"77", b"88", b"99", b"4"],
        "a prefix 33, 55, 66, 77, 88, 99 or 4",
    )
    .map(|()| 0)
}

/// STO legacy 12 digits with a Taobao prefix (§2.7, grade B).
pub(crate) fn sto_legacy_12(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Digits(12)])?;
    prefix(
        b,
        &[
            b"268", b"368", b"468", b"568", b"588", b"668", b"688", b"768", b"868", b"888", b"968",
            b"11", b"22", b"40",
        ],
        "an STO prefix from the Taobao table (268, 368, …, 11, 22, 40)",
    )
    .map(|()| 0)
}

/// Yunda 15 digits starting 3 or 4 (§2.8, grade B).
pub(crate) fn yunda(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::OneOf(b"34"), Seg::Digits(14)]).map(|()| 0)
}

/// Yunda legacy: any 13 digits (§2.8, grade B; a bare length, ranked last).
pub(crate) fn yunda_legacy(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Digits(13)]).map(|()| 0)
}

/// J&T Express China `JT` + 13 digits (§2.9, grade B).
pub(crate) fn jt_express(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"JT"), Seg::Digits(13)]).map(|()| 0)
}

/// Best Express: the Taobao `HTKY` rule set (§2.10, grade B, old).
pub(crate) fn best_legacy(b: &[u8]) -> Result<i8, Miss> {
    let fits = match b.len() {
        12 => {
            all_digits(b).is_ok()
                && (matches!(b, [b'2', b'1'..=b'9', ..] | [b'3', ..])
                    || starts_with_any(b, &[b"61", b"63"]))
        }
        13 => {
            let abde = matches!(b.first(), Some(b'A' | b'B' | b'D' | b'E'))
                && b.get(1..).is_some_and(|r| all_digits(r).is_ok());
            abde || segs(b, &[Seg::Lit(b"BXA"), Seg::Digits(10)]).is_ok()
                || segs(b, &[Seg::Lit(b"K8"), Seg::Digits(11)]).is_ok()
                || segs(b, &[Seg::Lit(b"02"), Seg::Digits(11)]).is_ok()
                || segs(b, &[Seg::Lit(b"000"), Seg::Digits(10)]).is_ok()
                || segs(b, &[Seg::Lit(b"C0000"), Seg::Digits(8)]).is_ok()
        }
        14 => all_digits(b).is_ok() && starts_with_any(b, &[b"50", b"51", b"6", b"7"]),
        16 => segs(b, &[Seg::Lit(b"58"), Seg::Digits(14)]).is_ok(),
        _ => return Err(Miss::Length),
    };
    if fits { Ok(0) } else { Err(Miss::Char { pos: 0, expected: Expect::Text(BEST_RULES) }) }
}

const BEST_RULES: &str = "a Best Express shape of the Taobao rule set";

/// Best Express `60` + 12 digits (§2.10, grade C; possibly Best's South-East Asia network).
pub(crate) fn best_60(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"60"), Seg::Digits(12)]).map(|()| 0)
}

/// Deppon `DPK` + 12 digits (§2.11, grade B).
pub(crate) fn deppon(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"DPK"), Seg::Digits(12)]).map(|()| 0)
}

/// Deppon legacy 8–10 digits (§2.11, grade B; bare lengths, ranked last).
pub(crate) fn deppon_legacy(b: &[u8]) -> Result<i8, Miss> {
    if !(8..=10).contains(&b.len()) {
        return Err(Miss::Length);
    }
    all_digits(b).map(|()| 0)
}

/// Cainiao `LP` + 14 digits (§2.12, grade B).
pub(crate) fn cainiao(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"LP"), Seg::Digits(14)]).map(|()| 0)
}

/// Cainiao domestic `621` + 12 digits (§2.12, grade C).
pub(crate) fn cainiao_621(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"621"), Seg::Digits(12)]).map(|()| 0)
}

/// `6A` + 11 digits (§2.12/§2.15, grade C; claimed by Yanwen, Cainiao and Asendia).
pub(crate) fn six_a(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"6A"), Seg::Digits(11)]).map(|()| 0)
}

/// 4PX: `4PX` + 10–20 alphanumerics, a prefix match without a length claim (§2.14, grade C).
pub(crate) fn four_px(b: &[u8]) -> Result<i8, Miss> {
    if !(13..=23).contains(&b.len()) {
        return Err(Miss::Length);
    }
    segs(b.get(..3).unwrap_or(&[]), &[Seg::Lit(b"4PX")])?;
    all(b, 3, b.len() - 3, Expect::Alnum)?;
    Ok(0)
}

/// 4PX `3042` + 8 digits (§2.14, grade C, one example).
pub(crate) fn four_px_3042(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"3042"), Seg::Digits(8)]).map(|()| 0)
}

/// Yanwen `UG` + 9 digits + `YP`, an S10 shape with a pseudo-country (§2.15, grade C), ranked by
/// the S10 check digit (observed on one sample).
pub(crate) fn yanwen_yp(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"UG"), Seg::Digits(9), Seg::Lit(b"YP")])?;
    Ok(if s10::s10_check_passes(b) { PASS } else { FAIL })
}

/// Yanwen `YD` + 9 digits + `YW` (§2.15, grade C).
pub(crate) fn yanwen_yw(b: &[u8]) -> Result<i8, Miss> {
    segs(b, &[Seg::Lit(b"YD"), Seg::Digits(9), Seg::Lit(b"YW")]).map(|()| 0)
}

/// The number must start with one of `prefixes`.
fn prefix(b: &[u8], prefixes: &[&[u8]], what: &'static str) -> Result<(), Miss> {
    if starts_with_any(b, prefixes) {
        Ok(())
    } else {
        Err(Miss::Char { pos: 0, expected: Expect::Text(what) })
    }
}

/// The first three digits as a number (callers have checked they are digits).
fn three(b: &[u8]) -> u16 {
    b.iter().take(3).fold(0u16, |acc, &x| acc * 10 + u16::from(x.wrapping_sub(b'0') % 10))
}

/// A set of 3-digit prefixes (000–999) as a bit set.
struct PrefixSet([u64; 16]);

impl PrefixSet {
    #[allow(clippy::indexing_slicing)] // const evaluation only: an index out of bounds fails the build, never a run
    const fn new(list: &[u16]) -> Self {
        let mut bits = [0u64; 16];
        let mut i = 0;
        while i < list.len() {
            let p = list[i] as usize;
            bits[p / 64] |= 1 << (p % 64);
            i += 1;
        }
        Self(bits)
    }

    fn contains(&self, p: u16) -> bool {
        let p = usize::from(p);
        self.0.get(p / 64).is_some_and(|w| w & (1 << (p % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sf_samples() {
        // cn_courier_numbers.md §2.1: all nine legacy samples pass the SF check.
        for n in [
            "976186294981",
            "118461988807",
            "444010688260",
            "444003077898",
            "755123456789",
            "243140447489",
            "786187979245",
            "906919164534",
            "919654969741",
            "919654969811",
        ] {
            assert_eq!(sf_express_legacy(n.as_bytes()), Ok(PASS), "{n}");
        }
        // Change the check digit: 976186294981 → …982 fails but still fits the shape.
        assert_eq!(sf_express_legacy(b"976186294982"), Ok(FAIL));
        for n in ["SF1385628716739", "SF1011603494291", "SF0218947552508"] {
            assert_eq!(sf_express(n.as_bytes()), Ok(0));
        }
    }

    #[test]
    fn ems_samples_pass_the_observed_check() {
        // §2.2: 8 of 8 domestic EMS samples have the S10 check of digits 3–10 at digit 11.
        for n in [
            "1207119765021",
            "1240921381750",
            "5116741128399",
            "5042260908504",
            "1115785780598",
            "1085160751132",
            "1006739505821",
            "9745531155532",
        ] {
            assert_eq!(china_post_ems(n.as_bytes()), Ok(PASS / 3), "{n}");
        }
        // 98/99 numbers are 邮政快递包裹, not EMS.
        assert!(china_post_ems(b"9894779374320").is_err());
        assert_eq!(china_post_parcel(b"9894779374320"), Ok(0));
    }

    #[test]
    fn other_samples() {
        assert!(jd_logistics(b"JDV000000058367").is_ok());
        assert!(jd_logistics(b"JDVA11408814483").is_ok());
        assert!(jd_logistics(b"JDX024407261700").is_ok());
        assert!(jd_logistics_v(b"VA45306123456").is_ok());
        assert!(zto(b"73610555582883").is_ok());
        assert!(zto(b"78109356970791").is_ok());
        assert!(zto_legacy(b"768404530475").is_ok());
        assert!(zto_legacy(b"530433075434").is_ok());
        assert!(zto_legacy(b"444980483482").is_ok());
        assert!(zto_legacy(b"010123456789").is_ok());
        assert!(zto_legacy(b"999123456789").is_err());
        assert!(yto(b"YT8962646785389").is_ok());
        assert!(yto_legacy_18(b"881443775034378914").is_ok());
        assert!(yto_legacy_12(b"700074134800").is_ok());
        assert!(sto(b"773277027280336").is_ok());
        assert!(sto_legacy_13(b"3331548756000").is_ok());
        assert!(sto_legacy_12(b"229855869255").is_ok());
        assert!(sto_legacy_12(b"968754207139").is_ok());
        assert!(yunda(b"463431409940372").is_ok());
        assert!(yunda(b"433085175760261").is_ok());
        assert!(yunda_legacy(b"1201875063322").is_ok());
        assert!(jt_express(b"JT5261988016578").is_ok());
        assert!(best_legacy(b"280490671426").is_ok());
        assert!(best_legacy(b"BXA1234567890").is_ok());
        assert!(best_legacy(b"B123456789012").is_ok());
        assert!(best_legacy(b"5012345678901234").is_err());
        assert!(best_60(b"60850136322011").is_ok());
        assert!(deppon(b"DPK202252612836").is_ok());
        assert!(deppon_legacy(b"230624798").is_ok());
        assert!(cainiao(b"LP00492755414105").is_ok());
        assert!(six_a(b"6A16723741816").is_ok());
        assert!(four_px(b"4PX3000123456789CN").is_ok());
        assert!(four_px(b"4PX123").is_err());
        assert!(four_px_3042(b"304200631500").is_ok());
        assert_eq!(yanwen_yp(b"UG336196744YP"), Ok(PASS));
        assert!(china_post_letters(b"PA12345678965").is_ok());
        assert!(china_post_letters(b"PA12345678966").is_err());
    }
}
