//! Ready answers to the questions buyers ask most: [`Question`].

use super::error::NoticeError;
use super::explanation::{Notice, Problem, Writer, hand_off_fact};
use super::templates::{TemplateKey, Templates};
use super::values::Lang;
use crate::shipment::{CustomsMode, Status};

/// A question buyers ask about a parcel.
///
/// # Examples
///
/// ```
/// use crossborder::notice::{Lang, Question};
///
/// assert_eq!(Question::recognise("请问是哪家快递？"), Some(Question::WhichCarrier));
/// assert_eq!(Question::recognise("为什么单号变了"), Some(Question::WhyNumberChanged));
/// assert_eq!(Question::recognise("Do I have to pay customs duty?"), Some(Question::CustomsAndTax));
/// assert_eq!(Question::WhereIsIt.label(Lang::ZhCn), "到哪了？");
/// assert_eq!("where_is_it".parse::<Question>()?, Question::WhereIsIt);
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
    parse_err_ty = NoticeError,
    parse_err_fn = NoticeError::question
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Question {
    /// 哪家快递？ Which carrier has my parcel, and how do I track it?
    WhichCarrier,
    /// 到哪了？ Where is my parcel?
    WhereIsIt,
    /// 为什么单号变了？ Why did the tracking number change?
    WhyNumberChanged,
    /// 清关/税费：How does customs clearance work, and do I pay tax?
    CustomsAndTax,
}

/// Keywords per question, checked in this order (the more specific questions first).
const KEYWORDS: &[(Question, &[&str])] = &[
    (
        Question::WhyNumberChanged,
        &[
            "单号变",
            "单号怎么变",
            "换单号",
            "换了单号",
            "新单号",
            "单号不一样",
            "number changed",
            "number change",
            "new tracking number",
            "different tracking number",
            "new number",
        ],
    ),
    (
        Question::CustomsAndTax,
        &["清关", "海关", "税", "关税", "customs", "tax", "duty", "duties", "clearance"],
    ),
    (
        Question::WhichCarrier,
        &[
            "哪家快递",
            "什么快递",
            "哪个快递",
            "快递公司",
            "哪家物流",
            "承运",
            "which courier",
            "which carrier",
            "what courier",
            "what carrier",
            "courier",
            "carrier",
        ],
    ),
    (
        Question::WhereIsIt,
        &[
            "到哪",
            "在哪",
            "物流",
            "进度",
            "什么时候到",
            "多久",
            "where",
            "status",
            "track",
            "when will",
            "arrive",
        ],
    ),
];

impl Question {
    /// Every question.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::Question;
    ///
    /// assert_eq!(Question::ALL.len(), 4);
    /// ```
    pub const ALL: &[Self] =
        &[Self::WhichCarrier, Self::WhereIsIt, Self::WhyNumberChanged, Self::CustomsAndTax];

    /// The snake-case name, as printed and parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::notice::Question;
    ///
    /// assert_eq!(Question::CustomsAndTax.as_str(), "customs_and_tax");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The question as buyers write it.
    ///
    /// # Examples
    ///
    /// See [`Question`].
    ///
    /// ```
    /// use crossborder::notice::{Lang, Question};
    ///
    /// assert_eq!(Question::WhichCarrier.label(Lang::ZhCn), "哪家快递？");
    /// assert_eq!(Question::WhichCarrier.label(Lang::En), "Which carrier has my parcel?");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::WhichCarrier, Lang::ZhCn) => "哪家快递？",
            (Self::WhereIsIt, Lang::ZhCn) => "到哪了？",
            (Self::WhyNumberChanged, Lang::ZhCn) => "为什么单号变了？",
            (Self::CustomsAndTax, Lang::ZhCn) => "清关和税费怎么处理？",
            (Self::WhichCarrier, Lang::En) => "Which carrier has my parcel?",
            (Self::WhereIsIt, Lang::En) => "Where is my parcel?",
            (Self::WhyNumberChanged, Lang::En) => "Why did the tracking number change?",
            (Self::CustomsAndTax, Lang::En) => "How do customs and tax work?",
        }
    }

    /// The question a buyer's message asks, by keywords (Chinese and English, case-insensitive),
    /// the more specific questions first; `None` when no keyword matches.
    ///
    /// # Examples
    ///
    /// See [`Question`].
    ///
    /// ```
    /// use crossborder::notice::Question;
    ///
    /// assert_eq!(Question::recognise("我的包裹到哪了"), Some(Question::WhereIsIt));
    /// assert_eq!(Question::recognise("Where is it?"), Some(Question::WhereIsIt));
    /// assert_eq!(Question::recognise("谢谢"), None);
    /// ```
    pub fn recognise(text: &str) -> Option<Self> {
        let lower = text.to_lowercase();
        KEYWORDS.iter().find(|(_, words)| words.iter().any(|w| lower.contains(w))).map(|(q, _)| *q)
    }
}

impl Notice<'_> {
    /// The ready answer to `question` in `lang`, with the built-in templates.
    ///
    /// - **Which carrier**: the carrier that has the parcel (name, number, tracking page), the
    ///   carrier after customs while the parcel is at customs, and the earlier carriers.
    /// - **Where is it**: where it is in plain words, the last update, the window, and what to
    ///   do if it is stuck.
    /// - **Why did the number change**: each hand-off passed and why; or, before the hand-off,
    ///   that the number will change and to what; or that it never changes.
    /// - **Customs and tax**: how this customs mode clears and taxes the parcel (9610/1210:
    ///   the cross-border e-commerce composite tax, 财关税〔2016〕18号 and 〔2018〕49号,
    ///   collected with the order; postal articles: the import tax on articles with its 50-yuan
    ///   exemption, 海关总署公告2010年第43号), and the customs status if the parcel is at
    ///   customs.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    /// use crossborder::notice::{Lang, Notice, Question};
    /// use crossborder::shipment::*;
    /// use crossborder::warehouse::TransportMode;
    ///
    /// let ems = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// let office = Location::place("上海国际邮件互换局", Country::CN)?;
    /// let route = Route::builder(CustomsMode::PostalArticles)
    ///     .leg(Leg::try_new(Carrier::JapanPost, TransportMode::Postal,
    ///         Location::place("東京国際郵便局", Country::JP)?, office.clone(), ems)?)
    ///     .clearance()
    ///     .leg(Leg::try_new(Carrier::ChinaPost, TransportMode::Postal, office,
    ///         Location::place("上海市徐汇区", Country::CN)?, ems)?)
    ///     .build()?;
    /// let shipment = Shipment::new(route);
    /// let now = Utc.with_ymd_and_hms(2026, 4, 1, 0, 0, 0).single().ok_or("instant")?;
    /// let notice = Notice::new(&shipment, now);
    /// assert_eq!(
    ///     notice.answer(Question::WhyNumberChanged, Lang::ZhCn),
    ///     "这个包裹全程使用同一个运单号 EB123456785JP，不会变更。"
    /// );
    /// assert!(notice.answer(Question::CustomsAndTax, Lang::En).contains("a tax of 50 CNY or less is waived"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn answer(&self, question: Question, lang: Lang) -> String {
        self.answer_with(question, lang, &Templates::new())
    }

    /// [`answer`](Self::answer) with the caller's templates.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{TimeZone, Utc};
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::notice::{Lang, Notice, Question, TemplateKey, Templates};
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let leg = Leg::try_new(Carrier::SfExpress, TransportMode::Road,
    /// #     Location::node("NGB-BW1".parse()?), Location::place("杭州", Country::CN)?, sf)?;
    /// # let shipment = Shipment::new(Route::try_new(CustomsMode::BondedImport, vec![leg], 0)?);
    /// # let now = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).single().ok_or("instant")?;
    /// let ours = Templates::new().with(Lang::En, TemplateKey::CarrierFirst, "{carrier} ({number})")?;
    /// let text = Notice::new(&shipment, now).answer_with(Question::WhichCarrier, Lang::En, &ours);
    /// assert_eq!(text, "SF Express (SF1385628716739)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn answer_with(&self, question: Question, lang: Lang, templates: &Templates) -> String {
        let facts = self.facts();
        let w = Writer { lang, templates, tz: self.time_zone(), names: self.place_names() };
        let mut lines: Vec<String> = Vec::new();
        match question {
            Question::WhichCarrier => {
                lines.extend(w.carrier_line(&facts));
                lines.extend(facts.upcoming().map(|h| w.next_carrier(h)));
                lines.extend(facts.earlier().iter().map(|h| {
                    w.t(
                        TemplateKey::EarlierCarrier,
                        &[("carrier", h.from().name(lang)), ("number", h.from().number().as_str())],
                    )
                }));
            }
            Question::WhereIsIt => {
                lines.push(w.stage(&facts));
                if facts.status() == Status::AvailableForPickup {
                    lines.push(w.t(TemplateKey::AdviceAvailableForPickup, &[]));
                }
                lines.extend(w.last_update(&facts));
                lines.extend(w.window(&facts));
                lines.extend(w.problems(&facts, self.channel()));
            }
            Question::WhyNumberChanged => {
                if facts.earlier().is_empty() {
                    lines.push(self.number_outlook(&w));
                } else {
                    lines.extend(facts.earlier().iter().map(|h| w.hand_off(h)));
                }
            }
            Question::CustomsAndTax => {
                let mode = match facts.customs_mode() {
                    CustomsMode::DirectPurchase => TemplateKey::CustomsDirectPurchase,
                    CustomsMode::BondedImport => TemplateKey::CustomsBonded,
                    CustomsMode::PostalArticles => TemplateKey::CustomsPostal,
                };
                lines.push(w.t(mode, &[]));
                let at_customs = matches!(
                    facts.status(),
                    Status::ArrivedInDestination
                        | Status::CustomsProcessing
                        | Status::CustomsHeld(_)
                        | Status::CustomsReleased
                        | Status::SeizedByCustoms
                );
                if at_customs {
                    lines.push(w.stage(&facts));
                    let customs_problems: Vec<Problem> = facts
                        .problems()
                        .iter()
                        .copied()
                        .filter(|p| matches!(p, Problem::CustomsHold(_) | Problem::Seized))
                        .collect();
                    let mut only_customs = facts.clone();
                    only_customs.retain_problems(&customs_problems);
                    lines.extend(w.problems(&only_customs, self.channel()));
                }
            }
        }
        lines.retain(|l| !l.is_empty());
        lines.join("\n")
    }

    /// Before any hand-off: will the number change, and to what?
    fn number_outlook(&self, w: &Writer<'_>) -> String {
        let route = self.shipment().route();
        let index = self.shipment().current_leg();
        let coming = route
            .hand_offs()
            .filter(|h| h.from_leg() >= index && !h.keeps_number())
            .map(|h| hand_off_fact(route.customs_mode(), route.clearance_before(), h))
            .next();
        if let Some(h) = coming {
            w.t(
                TemplateKey::NumberWillChange,
                &[
                    ("from_carrier", h.from().name(w.lang)),
                    ("to_carrier", h.to().name(w.lang)),
                    ("to_number", h.to().number().as_str()),
                    ("place", w.place(h.place(), h.node())),
                ],
            )
        } else {
            let number = route
                .legs()
                .get(index)
                .map(|l| l.primary().number().as_str().to_owned())
                .unwrap_or_default();
            w.t(TemplateKey::NumberUnchanged, &[("number", &number)])
        }
    }
}
