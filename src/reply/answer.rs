//! Answers built from a shipment's state, in the language of the question.
//!
//! Every sentence is chosen from the shipment's [`Status`], its route (legs, clearance point,
//! hand-offs) and the milestones it has passed, so an answer cannot contradict the state: a
//! delivered parcel is described as delivered, and before customs release the domestic carrier
//! is named only as the carrier that *will* take over. No personal data is used: the
//! destination of the last leg and the locations of tracking events (which may be the buyer's
//! address) are never printed; only carriers, tracking numbers, the clearance point and times.

use std::fmt::Write as _;
use std::ops::RangeInclusive;

use chrono::{DateTime, NaiveDate, Utc};

use super::intent::{Intent, Language};
use crate::carrier::{Carrier, TrackingNumber};
use crate::shipment::{CustomsMode, ExceptionReason, HoldReason, Leg, Location, Shipment, Status};

/// What the answers need to know about a shipment, read once.
struct Facts<'s> {
    status: Status,
    mode: CustomsMode,
    released: bool,
    legs: &'s [Leg],
    /// The leg that holds the parcel, if a carrier holds it (none before the first pick-up of
    /// a bonded parcel, which sits in the bonded warehouse until release).
    holder: Option<usize>,
    /// The first leg after customs release, if the route has one.
    domestic: Option<usize>,
    port: &'s Location,
    last_update: Option<DateTime<Utc>>,
}

impl<'s> Facts<'s> {
    fn new(shipment: &'s Shipment) -> Self {
        let route = shipment.route();
        let status = shipment.status();
        let released = shipment.milestones_passed().contains(&Status::CustomsReleased);
        let custody = shipment.current_leg();
        let clearance = route.clearance_before();
        let holder = (released || custody < clearance).then_some(custody);
        let domestic = (clearance < route.legs().len()).then_some(clearance);
        Self {
            status,
            mode: route.customs_mode(),
            released,
            legs: route.legs(),
            holder,
            domestic,
            port: route.clearance_location(),
            last_update: shipment.last_event().map(crate::shipment::TrackingEvent::at),
        }
    }

    fn leg(&self, i: usize) -> Option<&'s Leg> {
        self.legs.get(i)
    }

    /// The domestic carrier's leg when it differs from the holder's carrier and number.
    fn next_leg(&self) -> Option<&'s Leg> {
        let next = self.leg(self.domestic?)?;
        match self.holder.and_then(|h| self.leg(h)) {
            Some(h) if h.carrier() == next.carrier() && h.numbers() == next.numbers() => None,
            _ => Some(next),
        }
    }
}

fn name(carrier: Carrier, language: Language) -> &'static str {
    match language {
        Language::ZhCn => carrier.name_zh().unwrap_or_else(|| carrier.name_en()),
        Language::En => carrier.name_en(),
    }
}

fn number(leg: &Leg) -> TrackingNumber {
    *leg.primary().number()
}

fn place(location: &Location) -> String {
    location.name().map_or_else(|| location.to_string(), str::to_owned)
}

/// `2026-07-08 17:00` in Beijing time (UTC+8, no daylight saving).
fn beijing(at: DateTime<Utc>) -> String {
    at.with_timezone(&chrono_tz::Asia::Shanghai).format("%Y-%m-%d %H:%M").to_string()
}

/// The answer to `intent` for `shipment`, in `language`; `window` is the delivery window when
/// the caller has one. `None` for [`Intent::Other`].
pub(crate) fn answer(
    intent: Intent,
    language: Language,
    shipment: &Shipment,
    window: Option<&RangeInclusive<NaiveDate>>,
) -> Option<String> {
    let f = Facts::new(shipment);
    let mut out = String::with_capacity(256);
    match intent {
        Intent::Carrier => carrier(&f, language, &mut out),
        Intent::Whereabouts => {
            status_sentence(&f, language, &mut out);
            last_update(&f, language, &mut out);
        }
        Intent::TrackingChanged | Intent::Tax => {
            if intent == Intent::Tax {
                tax(&f, language, &mut out);
            } else {
                tracking_changed(&f, shipment, language, &mut out);
            }
            // These answers do not depend on where the parcel is; a finished journey is still
            // said, so that no answer reads as if the parcel were moving.
            if f.status.is_terminal() {
                if language == Language::En {
                    out.push(' ');
                }
                status_sentence(&f, language, &mut out);
            }
        }
        Intent::Customs => customs(&f, language, &mut out),
        Intent::DeliveryTime => delivery_time(&f, language, window, &mut out),
        Intent::Delay => delay(&f, language, &mut out),
        Intent::Other => return None,
    }
    Some(out)
}

/// One sentence: where the parcel is.
#[allow(clippy::too_many_lines)] // one arm per status and language; splitting hides the table
fn status_sentence(f: &Facts<'_>, language: Language, out: &mut String) {
    let zh = language == Language::ZhCn;
    let holder = f.holder.and_then(|i| f.leg(i));
    let first = f.leg(0);
    // The carrier named by the status (a leg status), else the holder, else the first leg.
    let status_leg = f.status.leg().and_then(|i| f.leg(i)).or(holder).or(first);
    let c = status_leg.map(|l| name(l.carrier(), language)).unwrap_or_default();
    let n = status_leg.map(|l| number(l).to_string()).unwrap_or_default();
    let port = place(f.port);
    let domestic_leg = f.status.leg().is_some_and(|i| f.domestic.is_some_and(|d| i >= d));
    let _ = match f.status {
        Status::Pending if zh => write!(out, "包裹还没有物流记录，承运商揽收后会显示轨迹。"),
        Status::Pending => write!(
            out,
            "There is no tracking event yet; the carrier will show one once it picks the parcel up."
        ),
        Status::LabelCreated if zh => write!(out, "已生成{c}运单（运单号 {n}），等待{c}揽收。"),
        Status::LabelCreated => write!(
            out,
            "The {c} label is created (tracking number {n}); the parcel waits for {c} to pick it up."
        ),
        Status::PickedUp { .. } | Status::InTransit { .. } if domestic_leg => {
            if zh {
                write!(out, "包裹已清关放行，现由{c}在国内运输（运单号 {n}）。")
            } else {
                write!(
                    out,
                    "The parcel has cleared customs and is travelling in China with {c} (tracking number {n})."
                )
            }
        }
        Status::PickedUp { .. } if zh => write!(out, "{c}已揽收包裹（运单号 {n}），即将发往中国。"),
        Status::PickedUp { .. } => write!(
            out,
            "{c} has picked the parcel up (tracking number {n}); it will leave for China next."
        ),
        Status::InTransit { .. } if zh => {
            write!(out, "包裹由{c}运输中（运单号 {n}），正在发往中国，还没有到海关。")
        }
        Status::InTransit { .. } => write!(
            out,
            "The parcel is with {c} (tracking number {n}) on its way to China; it has not reached customs yet."
        ),
        Status::ArrivedInDestination if zh => {
            write!(out, "包裹已到达中国入境口岸（{port}），等待海关清关。")
        }
        Status::ArrivedInDestination => write!(
            out,
            "The parcel has arrived at the port of entry in China ({port}) and waits for customs clearance."
        ),
        Status::CustomsProcessing if zh => write!(out, "包裹正在海关清关（{port}）。"),
        Status::CustomsProcessing => {
            write!(out, "The parcel is being cleared by customs ({port}).")
        }
        Status::CustomsHeld(reason) if zh => {
            write!(out, "包裹在海关被暂扣（{port}）：{}。", hold_zh(reason))
        }
        Status::CustomsHeld(reason) => {
            write!(out, "Customs is holding the parcel ({port}): {}.", hold_en(reason))
        }
        Status::CustomsReleased => match f.next_leg() {
            Some(next) if zh => {
                write!(out, "包裹已清关放行，正在交接给{}派送。", name(next.carrier(), language))
            }
            Some(next) => write!(
                out,
                "The parcel has cleared customs and is being handed to {} for delivery.",
                name(next.carrier(), language)
            ),
            None if zh => write!(out, "包裹已清关放行，即将派送。"),
            None => write!(out, "The parcel has cleared customs and will be delivered next."),
        },
        Status::HandedOff { .. } if zh => write!(out, "包裹已清关，已交给{c}派送，新运单号 {n}。"),
        Status::HandedOff { .. } => write!(
            out,
            "The parcel has cleared customs and was handed to {c} for delivery, under the new tracking number {n}."
        ),
        Status::OutForDelivery if zh => write!(out, "{c}的快递员正在派送（运单号 {n}）。"),
        Status::OutForDelivery => {
            write!(out, "A {c} courier is out delivering the parcel (tracking number {n}).")
        }
        Status::DeliveryAttemptFailed if zh => {
            write!(out, "{c}这次投递没有成功，会再次派送或通知您到自提点领取（运单号 {n}）。")
        }
        Status::DeliveryAttemptFailed => write!(
            out,
            "{c} could not deliver the parcel this time; it will try again or leave it at a pick-up point (tracking number {n})."
        ),
        Status::AvailableForPickup if zh => {
            write!(out, "包裹已到自提点或快递柜，请留意{c}的取件通知（运单号 {n}）。")
        }
        Status::AvailableForPickup => write!(
            out,
            "The parcel is waiting at a pick-up point or locker; watch for {c}'s pick-up notice (tracking number {n})."
        ),
        Status::Delivered if zh => write!(out, "包裹已签收（{c}，运单号 {n}）。"),
        Status::Delivered => {
            write!(out, "The parcel has been delivered ({c}, tracking number {n}).")
        }
        Status::Exception(reason) if zh => {
            write!(out, "{c}报告运输异常：{}，正在处理（运单号 {n}）。", exception_zh(reason))
        }
        Status::Exception(reason) => write!(
            out,
            "{c} reports a problem: {}; it is being handled (tracking number {n}).",
            exception_en(reason)
        ),
        Status::ReturningToSender if zh => write!(out, "包裹正在退回发件人。"),
        Status::ReturningToSender => write!(out, "The parcel is being returned to the sender."),
        Status::Returned if zh => write!(out, "包裹已退回发件人。"),
        Status::Returned => write!(out, "The parcel has been returned to the sender."),
        Status::Lost if zh => write!(out, "承运商已把包裹登记为丢失。"),
        Status::Lost => write!(out, "The carrier has reported the parcel lost."),
        Status::Cancelled if zh => write!(out, "运单已取消，包裹没有发出。"),
        Status::Cancelled => write!(out, "The shipment was cancelled before it left."),
        Status::SeizedByCustoms if zh => write!(out, "包裹被海关没收或退运。"),
        Status::SeizedByCustoms => write!(out, "Customs has seized the parcel."),
    };
    if needs_follow_up(f.status) {
        out.push_str(match language {
            Language::ZhCn => "客服会跟进处理；平台直邮订单也可以联系平台客服。",
            Language::En => " Our customer service will follow up; for a marketplace direct-mail order you can also contact the marketplace's customer service.",
        });
    }
}

/// Whether the status needs a person to follow up.
fn needs_follow_up(status: Status) -> bool {
    matches!(
        status,
        Status::Exception(ExceptionReason::Damage | ExceptionReason::Other)
            | Status::ReturningToSender
            | Status::Returned
            | Status::Lost
            | Status::SeizedByCustoms
            | Status::CustomsHeld(_)
    )
}

fn hold_zh(reason: HoldReason) -> &'static str {
    match reason {
        HoldReason::Inspection => "海关查验",
        HoldReason::Documents => "订单、支付、物流信息（三单）核对未通过，需要补充或更正订购人信息",
        HoldReason::DutiesUnpaid => "税款未缴",
        _ => "海关需要进一步处理",
    }
}

fn hold_en(reason: HoldReason) -> &'static str {
    match reason {
        HoldReason::Inspection => "it was selected for inspection",
        HoldReason::Documents => {
            "the order, payment and shipping records did not match and the buyer's details need to be completed or corrected"
        }
        HoldReason::DutiesUnpaid => "duties and taxes are unpaid",
        _ => "customs needs to look at it further",
    }
}

fn exception_zh(reason: ExceptionReason) -> &'static str {
    match reason {
        ExceptionReason::Delay => "延误",
        ExceptionReason::Damage => "包裹受损",
        ExceptionReason::Misroute => "分拣错误，正在改发",
        ExceptionReason::AddressIssue => "地址问题，正在核实",
        _ => "其他原因",
    }
}

fn exception_en(reason: ExceptionReason) -> &'static str {
    match reason {
        ExceptionReason::Delay => "a delay",
        ExceptionReason::Damage => "damage to the parcel",
        ExceptionReason::Misroute => "a missort; the parcel is being rerouted",
        ExceptionReason::AddressIssue => "an address problem it is checking",
        _ => "an unspecified problem",
    }
}

fn last_update(f: &Facts<'_>, language: Language, out: &mut String) {
    if let Some(at) = f.last_update {
        let _ = match language {
            Language::ZhCn => write!(out, "最后一次物流更新：{}（北京时间）。", beijing(at)),
            Language::En => write!(out, " Last tracking update: {} (Beijing time).", beijing(at)),
        };
    }
}

fn carrier(f: &Facts<'_>, language: Language, out: &mut String) {
    let zh = language == Language::ZhCn;
    let terminal = f.status.is_terminal();
    if let Some(holder) = f.holder.and_then(|i| f.leg(i)) {
        let c = name(holder.carrier(), language);
        let n = number(holder);
        let url = holder.carrier().tracking_url(&n);
        if terminal {
            // The outcome first (delivered, returned, lost …), then the last carrier.
            status_sentence(f, language, out);
        }
        let _ = match (zh, terminal) {
            (true, false) => write!(out, "目前由{c}承运，运单号 {n}，可在这里查询：{url}。"),
            (true, true) => write!(out, "最后承运的是{c}，运单号 {n}（{url}）。"),
            (false, false) => write!(
                out,
                "The parcel is now with {c}, tracking number {n}; track it here: {url}."
            ),
            (false, true) => write!(out, " The last carrier was {c}, tracking number {n} ({url})."),
        };
        // Earlier carriers with another number.
        for leg in f.legs.iter().take(f.holder.unwrap_or(0)) {
            if leg.carrier() != holder.carrier() || leg.numbers() != holder.numbers() {
                let _ = if zh {
                    write!(
                        out,
                        "此前由{}承运（运单号 {}）。",
                        name(leg.carrier(), language),
                        number(leg)
                    )
                } else {
                    write!(
                        out,
                        " Before that it was with {} (tracking number {}).",
                        name(leg.carrier(), language),
                        number(leg)
                    )
                };
            }
        }
    } else if let Some(first) = f.domestic.and_then(|i| f.leg(i)) {
        // Bonded import before release: the parcel is in the bonded warehouse.
        let _ = if zh {
            write!(
                out,
                "包裹在保税仓等待清关，清关放行后将由{}派送，运单号 {}。",
                name(first.carrier(), language),
                number(first)
            )
        } else {
            write!(
                out,
                "The parcel is in the bonded warehouse waiting for customs clearance; once released, {} will deliver it under tracking number {}.",
                name(first.carrier(), language),
                number(first)
            )
        };
    }
    if !f.released
        && !terminal
        && f.holder.is_some()
        && let Some(next) = f.next_leg()
    {
        let n = name(next.carrier(), language);
        let _ = if zh {
            write!(out, "清关放行后将交由{n}在国内派送，届时会有新的{n}运单号。")
        } else {
            write!(
                out,
                " After customs release it will be handed to {n} for delivery in China, with a new {n} tracking number."
            )
        };
    }
}

fn tracking_changed(f: &Facts<'_>, shipment: &Shipment, language: Language, out: &mut String) {
    let zh = language == Language::ZhCn;
    let route = shipment.route();
    let custody = shipment.current_leg();
    let change = route.hand_offs().find(|h| !h.keeps_number());
    match change {
        Some(h) if custody > h.from_leg() => {
            let (old, new) = (h.outgoing(), h.incoming());
            let (oc, nc) = (name(old.carrier(), language), name(new.carrier(), language));
            let url = new.carrier().tracking_url(new.number());
            let _ = if zh {
                write!(
                    out,
                    "包裹在{}清关后，从{oc}（运单号 {}）交给了{nc}派送，{nc}用自己的运单号 {}，所以单号变了。原单号的轨迹到交接为止，之后请用新单号查询：{url}。",
                    place(h.at()),
                    old.number(),
                    new.number()
                )
            } else {
                write!(
                    out,
                    "After customs clearance at {}, {oc} (tracking number {}) handed the parcel to {nc}, which tracks it under its own number {}; that is why the number changed. The old number's tracking ends at the hand-over; use the new one from now on: {url}.",
                    place(h.at()),
                    old.number(),
                    new.number()
                )
            };
        }
        Some(h) => {
            let (old, new) = (h.outgoing(), h.incoming());
            let (oc, nc) = (name(old.carrier(), language), name(new.carrier(), language));
            let _ = if zh {
                write!(
                    out,
                    "目前单号还没有变：包裹仍是{oc}的运单号 {}。清关放行后会交给{nc}派送，那时会有新的{nc}运单号，请用新单号查询。",
                    old.number()
                )
            } else {
                write!(
                    out,
                    "The number has not changed yet: the parcel still travels under {oc} tracking number {}. After customs release {nc} takes over with its own new tracking number; use that one then.",
                    old.number()
                )
            };
        }
        None => {
            let leg = f.holder.and_then(|i| f.leg(i)).or_else(|| f.leg(0));
            if let Some(leg) = leg {
                let _ = if zh {
                    write!(out, "这个包裹全程使用同一个运单号 {}，单号不会变。", number(leg))
                } else {
                    write!(
                        out,
                        "This parcel keeps the same tracking number {} all the way; it does not change.",
                        number(leg)
                    )
                };
            }
        }
    }
}

fn customs(f: &Facts<'_>, language: Language, out: &mut String) {
    let zh = language == Language::ZhCn;
    match f.status {
        Status::CustomsHeld(HoldReason::Documents) => {
            status_sentence(f, language, out);
            out.push_str(if zh {
                "跨境电商进口要求订购人的姓名、身份证号与支付人一致（海关总署公告2018年第194号）；如果平台发来实名认证链接，请按链接完成。请不要在聊天中发送身份证号。"
            } else {
                " Cross-border e-commerce imports require the buyer's name and ID number to match the payer's (GACC Announcement No. 194 of 2018); if the marketplace sent you an identity-verification link, please complete it there. Please do not send your ID number in this chat."
            });
        }
        Status::CustomsHeld(HoldReason::DutiesUnpaid) => {
            status_sentence(f, language, out);
            out.push_str(if zh {
                "请按海关或承运商的通知缴纳税款，缴纳后海关会放行。"
            } else {
                " Please pay as instructed by customs or the carrier; customs releases the parcel once paid."
            });
        }
        Status::CustomsHeld(_) => {
            status_sentence(f, language, out);
            out.push_str(if zh {
                "海关处理完成后会放行，物流信息会随之更新。"
            } else {
                " Customs releases it once done; tracking will update then."
            });
        }
        Status::ArrivedInDestination | Status::CustomsProcessing | Status::SeizedByCustoms => {
            status_sentence(f, language, out);
            if f.status != Status::SeizedByCustoms {
                out.push_str(if zh { "清关期间物流信息可能几天不更新，放行后会更新。" } else { " Tracking may not update for a few days during clearance; it will once customs releases the parcel." });
            }
        }
        _ if f.released => {
            out.push_str(if zh {
                "包裹已经清关放行，没有被海关扣留。"
            } else {
                "The parcel has already cleared customs; customs is not holding it."
            });
            if !zh {
                out.push(' ');
            }
            status_sentence(f, language, out);
        }
        _ if f.status.is_terminal() => status_sentence(f, language, out),
        _ => {
            status_sentence(f, language, out);
            let port = place(f.port);
            let on_the_way = matches!(f.status, Status::InTransit { .. });
            let _ = match (zh, on_the_way) {
                (true, true) => write!(out, "到达{port}后才会清关。"),
                (true, false) => write!(out, "包裹还没有到海关，到达{port}后才会清关。"),
                (false, true) => write!(out, " It will be cleared on arrival at {port}."),
                (false, false) => write!(
                    out,
                    " The parcel has not reached customs yet; it will be cleared on arrival at {port}."
                ),
            };
        }
    }
}

fn tax(f: &Facts<'_>, language: Language, out: &mut String) {
    let zh = language == Language::ZhCn;
    if f.status == Status::CustomsHeld(HoldReason::DutiesUnpaid) {
        out.push_str(if zh { "海关显示这个包裹的税款未缴，请按海关或承运商的通知缴纳。" } else { "Customs shows the duties and taxes on this parcel as unpaid; please pay as instructed by customs or the carrier. " });
    }
    let _ = match (f.mode, zh) {
        (CustomsMode::PostalArticles, true) => write!(
            out,
            "这是个人邮递物品（行邮）包裹，按进境物品进口税（行邮税）征税；应征税额在50元（含）以下的免征（海关总署公告2010年第43号）。如需缴税，邮政会通知您。"
        ),
        (CustomsMode::PostalArticles, false) => write!(
            out,
            "This parcel is a personal postal article: China's import tax on articles (postal articles tax) applies, and a tax of 50 CNY or less is waived (GACC Announcement No. 43 of 2010). If tax is due, China Post will notify you."
        ),
        (mode, true) => write!(
            out,
            "这是跨境电商零售进口包裹（监管方式{}），按跨境电商综合税征税：关税暂为0%，进口环节增值税、消费税按法定应纳税额的70%征收，由电商企业或平台代收代缴，在下单付款时一并收取，签收时不用向快递员另付。单次交易限值5000元，个人年度限值26000元（财关税〔2018〕49号）。",
            mode.trade_mode_code().unwrap_or("9610")
        ),
        (mode, false) => write!(
            out,
            "This is a cross-border e-commerce retail import (customs supervision code {}): the cross-border e-commerce composite tax applies, with 0% customs duty and import VAT and consumption tax at 70% of the statutory amount, collected by the seller or marketplace when you pay for the order; nothing is due to the courier on delivery. Limits: 5,000 CNY per order and 26,000 CNY per person per year (Caiguanshui [2018] No. 49).",
            mode.trade_mode_code().unwrap_or("9610")
        ),
    };
}

fn delivery_time(
    f: &Facts<'_>,
    language: Language,
    window: Option<&RangeInclusive<NaiveDate>>,
    out: &mut String,
) {
    let zh = language == Language::ZhCn;
    status_sentence(f, language, out);
    if f.status.is_terminal() {
        if f.status == Status::Delivered {
            last_update(f, language, out);
        }
        return;
    }
    if matches!(f.status, Status::ReturningToSender) {
        return;
    }
    let _ = match (window, zh) {
        (Some(w), true) if w.start() == w.end() => write!(out, "预计{}送达。", w.start()),
        (Some(w), true) => write!(out, "预计{}至{}送达。", w.start(), w.end()),
        (Some(w), false) if w.start() == w.end() => {
            write!(out, " Expected delivery: {}.", w.start())
        }
        (Some(w), false) => {
            write!(out, " Expected delivery: between {} and {}.", w.start(), w.end())
        }
        (None, true) => write!(out, "承运商还没有给出预计送达日期，物流更新后会显示。"),
        (None, false) => write!(
            out,
            " The carrier has not given an expected delivery date yet; it will show once tracking updates."
        ),
    };
}

fn delay(f: &Facts<'_>, language: Language, out: &mut String) {
    let zh = language == Language::ZhCn;
    status_sentence(f, language, out);
    last_update(f, language, out);
    let domestic_leg = f.status.leg().is_some_and(|i| f.domestic.is_some_and(|d| i >= d));
    let note = match f.status {
        Status::PickedUp { .. } | Status::InTransit { .. } | Status::LabelCreated
            if !domestic_leg =>
        {
            Some(if zh {
                "国际运输段（航班、转运）期间物流信息可能几天不更新，到达中国口岸后会更新。"
            } else {
                " On the international leg (flights, transfers) tracking can stay unchanged for several days; it updates on arrival in China."
            })
        }
        Status::ArrivedInDestination | Status::CustomsProcessing | Status::CustomsHeld(_) => {
            Some(if zh {
                "清关期间物流信息可能几天不更新，放行后会更新。"
            } else {
                " During customs clearance tracking can stay unchanged for several days; it updates once customs releases the parcel."
            })
        }
        _ => None,
    };
    if let Some(note) = note {
        out.push_str(note);
    }
    if !f.status.is_terminal() && !needs_follow_up(f.status) {
        out.push_str(if zh {
            "如果长时间没有更新，客服会帮您向承运商核查；平台直邮订单也可以联系平台客服。"
        } else {
            " If nothing changes for a long time, our customer service will check with the carrier; for a marketplace direct-mail order you can also contact the marketplace's customer service."
        });
    }
}
