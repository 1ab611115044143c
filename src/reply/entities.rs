//! Entities in a buyer message: order numbers (订单号), tracking numbers (运单号), and personal
//! data that must not be echoed (身份证号, 手机号).

use std::fmt;
use std::str::FromStr;

use super::error::ReplyError;
use crate::carrier::{Confidence as NumberConfidence, TrackingNumber};
use crate::party::{Phone, ResidentId};
use crate::text::fold_full_width;

/// An order number (订单号): an Amazon order id (`ddd-ddddddd-ddddddd`, 3-7-7 digits) or, when
/// the buyer names it as an order, a plain number of 10 to 24 digits (marketplaces such as
/// Tmall and JD use long numeric ids).
///
/// # Examples
///
/// ```
/// use crossborder::reply::OrderNumber;
///
/// let n: OrderNumber = "113-4567890-1234567".parse()?;
/// assert_eq!(n.as_str(), "113-4567890-1234567");
/// assert!(n.is_amazon());
/// assert!("113-456".parse::<OrderNumber>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct OrderNumber(Box<str>);

impl OrderNumber {
    /// Validates an order number.
    ///
    /// # Errors
    ///
    /// [`ReplyError::OrderNumber`] when `text` is neither `ddd-ddddddd-ddddddd` nor 10 to 24
    /// ASCII digits.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::OrderNumber;
    ///
    /// assert!(OrderNumber::try_new("2468013579246801357").is_ok());
    /// assert!(OrderNumber::try_new("12345").is_err());
    /// ```
    pub fn try_new(text: &str) -> Result<Self, ReplyError> {
        if is_amazon(text) || ((10..=24).contains(&text.len()) && all_digits(text)) {
            Ok(Self(text.into()))
        } else {
            Err(ReplyError::OrderNumber { text: text.to_owned() })
        }
    }

    /// The number as written (canonical form).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::OrderNumber;
    ///
    /// assert_eq!(OrderNumber::try_new("1234567890")?.as_str(), "1234567890");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether it has the Amazon order-id shape (3-7-7 digits).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::OrderNumber;
    ///
    /// assert!(!OrderNumber::try_new("1234567890")?.is_amazon());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_amazon(&self) -> bool {
        is_amazon(&self.0)
    }
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_amazon(s: &str) -> bool {
    let mut parts = s.split('-');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(a), Some(b), Some(c), None)
            if a.len() == 3 && b.len() == 7 && c.len() == 7
                && all_digits(a) && all_digits(b) && all_digits(c)
    )
}

impl fmt::Display for OrderNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for OrderNumber {
    type Err = ReplyError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::try_new(text)
    }
}

impl TryFrom<&str> for OrderNumber {
    type Error = ReplyError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        Self::try_new(text)
    }
}

impl TryFrom<String> for OrderNumber {
    type Error = ReplyError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::try_new(&text)
    }
}

impl From<OrderNumber> for String {
    fn from(n: OrderNumber) -> Self {
        n.0.into()
    }
}

/// What kind of personal data a message carried.
///
/// # Examples
///
/// ```
/// use crossborder::reply::PersonalDataKind;
///
/// assert_eq!(PersonalDataKind::ResidentId.to_string(), "resident_id");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display)]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum PersonalDataKind {
    /// A resident identity number (公民身份号码, GB 11643-1999).
    ResidentId,
    /// A telephone number (a CN mobile number).
    Phone,
}

/// Personal data found in a message, kept only in its masked form (`110105********002X`,
/// `138****5678`): the reply never repeats it and the agent's summary shows the mask.
///
/// # Examples
///
/// ```
/// use crossborder::reply::{AutoReply, PersonalDataKind};
///
/// let r = AutoReply::new().recognize("我电话13812345678");
/// let found = r.entities().personal_data();
/// assert_eq!(found[0].kind(), PersonalDataKind::Phone);
/// assert_eq!(found[0].masked(), "138****5678");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonalData {
    kind: PersonalDataKind,
    masked: String,
}

impl PersonalData {
    /// The kind.
    ///
    /// # Examples
    ///
    /// See [`PersonalData`].
    ///
    /// ```
    /// use crossborder::reply::{AutoReply, PersonalDataKind};
    ///
    /// let r = AutoReply::new().recognize("身份证11010519491231002X");
    /// assert_eq!(r.entities().personal_data()[0].kind(), PersonalDataKind::ResidentId);
    /// ```
    pub fn kind(&self) -> PersonalDataKind {
        self.kind
    }

    /// The masked form.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// let r = AutoReply::new().recognize("身份证11010519491231002X");
    /// assert_eq!(r.entities().personal_data()[0].masked(), "110105********002X");
    /// ```
    pub fn masked(&self) -> &str {
        &self.masked
    }
}

/// The order numbers, tracking numbers and personal data of a message, in order of appearance.
///
/// # Examples
///
/// ```
/// use crossborder::carrier::Carrier;
/// use crossborder::reply::AutoReply;
///
/// let r = AutoReply::new().recognize("订单113-4567890-1234567，单号SF1385628716739到哪了");
/// let e = r.entities();
/// assert_eq!(e.order_numbers()[0].as_str(), "113-4567890-1234567");
/// assert_eq!(e.tracking_numbers()[0].carrier(), Carrier::SfExpress);
/// assert!(e.personal_data().is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entities {
    order_numbers: Vec<OrderNumber>,
    tracking_numbers: Vec<TrackingNumber>,
    personal_data: Vec<PersonalData>,
}

impl Entities {
    /// The order numbers.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// let r = AutoReply::new().recognize("order 113-4567890-1234567 where is it");
    /// assert_eq!(r.entities().order_numbers().len(), 1);
    /// ```
    pub fn order_numbers(&self) -> &[OrderNumber] {
        &self.order_numbers
    }

    /// The tracking numbers, each parsed as its best-ranked carrier format.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// let r = AutoReply::new().recognize("EB 123 456 785 JP where is it");
    /// assert_eq!(r.entities().tracking_numbers()[0].as_str(), "EB123456785JP");
    /// ```
    pub fn tracking_numbers(&self) -> &[TrackingNumber] {
        &self.tracking_numbers
    }

    /// The personal data, masked.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// assert!(AutoReply::new().recognize("到哪了").entities().personal_data().is_empty());
    /// ```
    pub fn personal_data(&self) -> &[PersonalData] {
        &self.personal_data
    }

    /// Whether no entity was found.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::reply::AutoReply;
    ///
    /// assert!(AutoReply::new().recognize("到哪了").entities().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.order_numbers.is_empty()
            && self.tracking_numbers.is_empty()
            && self.personal_data.is_empty()
    }

    /// Finds the entities of `message`.
    pub(crate) fn extract(message: &str) -> Self {
        let mut found = Self::default();
        // Runs of ASCII letters, digits and hyphens, full-width folded, with their byte start.
        let folded: String = message.chars().map(fold_full_width).collect();
        let runs = runs(&folded);
        let mut i = 0;
        while let Some(run) = runs.get(i) {
            // A number written in groups ("EB 123 456 785 JP", "1234 5678 9012").
            let group_end = group(&folded, &runs, i);
            if group_end > i.saturating_add(1) {
                let joined: String = runs
                    .get(i..group_end)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|r| folded.get(r.0..r.1))
                    .collect();
                if found.classify(&joined, order_cue_before(&folded, run.0)) {
                    i = group_end;
                    continue;
                }
            }
            if let Some(text) = folded.get(run.0..run.1) {
                found.classify(text, order_cue_before(&folded, run.0));
            }
            i = i.saturating_add(1);
        }
        found
    }

    /// Records `text` as the entity it is, if any; whether it was one.
    fn classify(&mut self, text: &str, after_order_cue: bool) -> bool {
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        if digits < 6 {
            return false;
        }
        if is_amazon(text)
            && let Ok(n) = OrderNumber::try_new(text)
        {
            self.order_numbers.push(n);
            return true;
        }
        let compact: String = text.chars().filter(|&c| c != '-').collect();
        if compact.len() == 18
            && let Ok(id) = ResidentId::try_new(&compact)
        {
            self.personal_data
                .push(PersonalData { kind: PersonalDataKind::ResidentId, masked: id.to_string() });
            return true;
        }
        if compact.len() == 11
            && compact.starts_with('1')
            && all_digits(&compact)
            && let Ok(phone) = Phone::try_new(&compact)
        {
            self.personal_data
                .push(PersonalData { kind: PersonalDataKind::Phone, masked: phone.to_string() });
            return true;
        }
        if after_order_cue && let Ok(n) = OrderNumber::try_new(&compact) {
            self.order_numbers.push(n);
            return true;
        }
        let candidates = TrackingNumber::detect(&compact);
        let verified = candidates
            .first()
            .is_some_and(|c| c.confidence() == NumberConfidence::CheckDigitVerified);
        // The first 17 characters of a resident identity number determine the 18th (GB
        // 11643-1999 MOD 11-2), so an identity number typed without its check character, with
        // letters glued on or not, is the buyer's number too — unless a check digit confirms a
        // tracking number.
        if !verified && let Some(id) = resident_id_without_check(&compact) {
            self.personal_data
                .push(PersonalData { kind: PersonalDataKind::ResidentId, masked: id.to_string() });
            return true;
        }
        let Some(best) = candidates.first() else { return false };
        // A bare digit string of the Chinese couriers' unverified shapes is accepted only from
        // 12 digits on: shorter ones are as likely dates, amounts or codes.
        if best.confidence() == NumberConfidence::Heuristic && compact.len() < 12 {
            return false;
        }
        // Letters glued to a mobile number ("V13812345678", as WeChat contacts are written;
        // "CN13812345678") fit shapes no check digit confirms — YTO's legacy letter and 11
        // digits, DHL eCommerce's prefix and free run: unverified, it is the buyer's number.
        if !verified && let Some(phone) = glued_mobile(&compact) {
            self.personal_data
                .push(PersonalData { kind: PersonalDataKind::Phone, masked: phone.to_string() });
            return true;
        }
        match TrackingNumber::parse_as(best.format(), &compact) {
            Ok(n) => {
                if !self.tracking_numbers.contains(&n) {
                    self.tracking_numbers.push(n);
                }
                true
            }
            Err(_) => false,
        }
    }
}

/// The `len` digits after the leading ASCII letters of `text`, if that is all there is.
fn digits_after_letters(text: &str, len: usize) -> Option<&str> {
    let digits = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    (digits.len() == len && all_digits(digits)).then_some(digits)
}

/// The CN mobile number after the leading ASCII letters of `text` (at least one), if that is
/// all there is.
fn glued_mobile(text: &str) -> Option<Phone> {
    let digits = digits_after_letters(text, 11).filter(|d| d.len() < text.len())?;
    Phone::try_new(digits).ok().filter(Phone::is_cn_mobile)
}

/// The resident identity number whose first 17 characters are the 17 digits after the leading
/// ASCII letters of `text`, if that is all there is (the check character is the one of
/// `0`–`9`, `X` that makes the number valid).
fn resident_id_without_check(text: &str) -> Option<ResidentId> {
    let digits = digits_after_letters(text, 17)?;
    "0123456789X".chars().find_map(|check| ResidentId::try_new(&format!("{digits}{check}")).ok())
}

/// Byte ranges of maximal runs of ASCII letters, digits and inner hyphens.
fn runs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let part = c.is_ascii_alphanumeric() || (c == '-' && start.is_some());
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(trim_hyphens(text, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(trim_hyphens(text, s, text.len()));
    }
    out
}

fn trim_hyphens(text: &str, start: usize, mut end: usize) -> (usize, usize) {
    while end > start && text.as_bytes().get(end.saturating_sub(1)) == Some(&b'-') {
        end = end.saturating_sub(1);
    }
    (start, end)
}

/// The end (exclusive) of the group of runs starting at `i`: runs separated by one space, each
/// all digits, except that the first and the last may be two letters (an S10 service indicator
/// and country).
fn group(text: &str, runs: &[(usize, usize)], i: usize) -> usize {
    let piece = |k: usize| runs.get(k).and_then(|r| text.get(r.0..r.1));
    let numeric = |s: &str| all_digits(s);
    let letters2 = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic());
    let Some(first) = piece(i) else { return i };
    if !(numeric(first) || letters2(first)) {
        return i;
    }
    let mut end = i.saturating_add(1);
    while let (Some(prev), Some(next)) = (runs.get(end.saturating_sub(1)), runs.get(end)) {
        if text.get(prev.1..next.0) != Some(" ") {
            break;
        }
        let Some(p) = piece(end) else { break };
        if numeric(p) {
            end = end.saturating_add(1);
        } else if letters2(p) {
            end = end.saturating_add(1);
            break;
        } else {
            break;
        }
    }
    end
}

/// Whether an order cue (订单, order) comes shortly before byte `at`.
fn order_cue_before(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    let tail: String =
        before.chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
    let tail = tail.to_ascii_lowercase();
    tail.contains("订单") || tail.contains("訂單") || tail.contains("order")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::carrier::Carrier;

    #[test]
    fn finds_numbers_in_text() {
        let e = Entities::extract("订单113-2223334-4445556，SF1385628716739预计几号到");
        assert_eq!(e.order_numbers().len(), 1);
        assert_eq!(
            e.tracking_numbers().first().map(TrackingNumber::carrier),
            Some(Carrier::SfExpress)
        );

        let e = Entities::extract("ＳＦ１３８５６２８７１６７３９ where");
        assert_eq!(e.tracking_numbers().len(), 1);

        let e = Entities::extract("单号变了 原来是GM2951173225174494 现在是SF1385628716739");
        assert_eq!(e.tracking_numbers().len(), 2);

        let e = Entities::extract("订单号 2468013579246801357 到哪了");
        assert_eq!(e.order_numbers().first().map(OrderNumber::as_str), Some("2468013579246801357"));
    }

    #[test]
    fn personal_data_is_masked_and_not_a_tracking_number() {
        let e = Entities::extract("我电话13812345678，身份证号是11010519491231002X");
        assert!(e.tracking_numbers().is_empty());
        let masked: Vec<&str> = e.personal_data().iter().map(PersonalData::masked).collect();
        assert_eq!(masked, ["138****5678", "110105********002X"]);
    }

    /// fuzz target `reply`: "电话h13812345678…电话13812345678" masked the second number but
    /// listed the first as the YTO tracking number H13812345678, so the escalation summary
    /// repeated the phone number in full.
    #[test]
    fn a_letter_glued_to_a_mobile_number_is_personal_data() {
        for text in [
            "加V13812345678",
            "电话h13812345678，电话13812345678",
            "wx:v13912345678",
            // DHL eCommerce's unverified shape (fuzz target `reply`, second finding).
            "CN13812345678",
            "cnnnnnnnnnnnnnnnnnnnnnnnnn13812345678",
        ] {
            let e = Entities::extract(text);
            assert!(e.tracking_numbers().is_empty(), "{text}: {e:?}");
            assert!(
                e.personal_data().iter().all(|p| p.kind() == PersonalDataKind::Phone),
                "{text}: {e:?}"
            );
            assert!(!e.personal_data().is_empty(), "{text}: {e:?}");
        }
        // Eleven digits that are not a mobile number keep YTO's legacy shape.
        let e = Entities::extract("单号D12345678901");
        assert_eq!(e.tracking_numbers().len(), 1, "{e:?}");
    }

    /// fuzz target `reply`, third finding: "in11010519491231002" — the 17 digits before the
    /// check character of 11010519491231002X, with letters glued on — was listed as a tracking
    /// number and repeated; the 17 digits determine the whole number (MOD 11-2).
    #[test]
    fn an_identity_number_without_its_check_character_is_personal_data() {
        for text in ["in11010519491231002", "11010519491231002", "身份证11010519491231002"] {
            let e = Entities::extract(text);
            assert!(e.tracking_numbers().is_empty(), "{text}: {e:?}");
            let masked: Vec<_> = e.personal_data().iter().map(|p| p.masked.as_str()).collect();
            assert_eq!(masked, ["110105********002X"], "{text}");
        }
        // Seventeen digits that no check character completes (month 13) stay what they were.
        assert!(Entities::extract("11010519491331002").personal_data().is_empty());
    }

    #[test]
    fn short_numbers_are_not_entities() {
        for text in ["12315", "3 weeks", "2026-07-05", "再不处理我就打12315", "5 days 20260705"]
        {
            let e = Entities::extract(text);
            assert!(e.is_empty(), "{text}: {e:?}");
        }
    }
}
