//! Answers: the intent mapped to one of the ready answers of [`notice`](crate::notice), in the
//! language of the question, with the notice's (replaceable) templates.
//!
//! | intent | ready answer |
//! |---|---|
//! | `carrier` | [`Question::WhichCarrier`] |
//! | `whereabouts`, `delivery_time`, `delay` | [`Question::WhereIsIt`] (the stage, the last update, the delivery window, and what to do when the parcel is stuck) |
//! | `tracking_changed` | [`Question::WhyNumberChanged`] |
//! | `customs`, `tax` | [`Question::CustomsAndTax`] |
//!
//! Three adjustments keep every answer tied to where the parcel is:
//!
//! - a `customs` answer for a parcel that is not at customs adds the stage (still on its way,
//!   or already released);
//! - on a finished journey (delivered, returned, lost, cancelled, seized) the stage opens the
//!   carrier, number and tax answers, so that none reads as if the parcel were still moving;
//! - a bonded-import (1210) parcel under clearance in the bonded warehouse is not yet with the
//!   domestic carrier whose leg starts there, although the notice's carrier line calls that
//!   carrier the current one: the carrier answer is then the stage and the notice's
//!   [`CarrierFirst`](TemplateKey::CarrierFirst) line (the carrier, its number, tracking once it
//!   collects the parcel) instead of [`CarrierNow`](TemplateKey::CarrierNow).
//!
//! The stage is the first line of the notice's "where is it" answer.

use super::intent::Intent;
use crate::notice::{Lang, Notice, Question, Side, TemplateKey, Templates};
use crate::shipment::Status;

/// The ready answer the intent is served by; `None` for [`Intent::Other`].
pub(crate) fn question(intent: Intent) -> Option<Question> {
    Some(match intent {
        Intent::Carrier => Question::WhichCarrier,
        Intent::Whereabouts | Intent::DeliveryTime | Intent::Delay => Question::WhereIsIt,
        Intent::TrackingChanged => Question::WhyNumberChanged,
        Intent::Customs | Intent::Tax => Question::CustomsAndTax,
        Intent::Other => return None,
    })
}

/// The answer to `intent` about the notice's shipment, in `lang`.
pub(crate) fn answer(
    intent: Intent,
    lang: Lang,
    notice: &Notice<'_>,
    templates: &Templates,
) -> Option<String> {
    let text = notice.answer_with(question(intent)?, lang, templates);
    if question(intent) == Some(Question::WhereIsIt) {
        return Some(text);
    }
    let facts = notice.facts();
    let status = facts.status();
    let where_is_it = notice.answer_with(Question::WhereIsIt, lang, templates);
    let stage = where_is_it.lines().next().unwrap_or_default();
    let in_bonded_clearance = facts.side() == Side::AfterClearance
        && matches!(status, Status::CustomsProcessing | Status::CustomsHeld(_));
    if intent == Intent::Carrier
        && in_bonded_clearance
        && let Some(carrier) = facts.current()
    {
        let url = carrier.tracking_url();
        let number = carrier.number().as_str();
        let args = [("carrier", carrier.name(lang)), ("number", number), ("url", url.as_str())];
        let line = templates.render(lang, TemplateKey::CarrierFirst, &args);
        return Some(format!("{stage}\n{line}"));
    }
    let has_stage = stage.is_empty() || text.lines().any(|l| l == stage);
    Some(if has_stage {
        text
    } else if status.is_terminal() {
        format!("{stage}\n{text}")
    } else if intent == Intent::Customs {
        format!("{text}\n{stage}")
    } else {
        text
    })
}
