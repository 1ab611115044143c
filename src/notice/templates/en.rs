//! The built-in English templates (en).

use super::TemplateKey;

/// The built-in English text of `key`. A URL ends its sentence without a full stop, so that
/// link detection does not take the stop into the address.
#[allow(clippy::too_many_lines)] // one arm per key: a table, clearest as one match
pub(super) fn text(key: TemplateKey) -> &'static str {
    match key {
        TemplateKey::Greeting => "Dear {name},",
        TemplateKey::StagePending => "Your order is being prepared; no carrier has the parcel yet.",
        TemplateKey::StagePendingBonded => {
            "Your order is being prepared in a bonded warehouse in China; it leaves once customs has cleared it there."
        }
        TemplateKey::StageLabelCreated => {
            "A shipping label has been created; the parcel is waiting for {carrier} to collect it."
        }
        TemplateKey::StagePickedUpToChina => {
            "{carrier} has collected the parcel and will send it to China."
        }
        TemplateKey::StageInTransitToChina => "The parcel is on its way to China with {carrier}.",
        TemplateKey::StageArrived => {
            "The parcel has arrived in China at {place} and is waiting for customs clearance."
        }
        TemplateKey::StageCustomsProcessing => {
            "The parcel is going through customs clearance at {place}."
        }
        TemplateKey::StageCustomsHeld => "Customs at {place} is holding the parcel: {reason}",
        TemplateKey::StageCustomsReleased => {
            "Customs at {place} has released the parcel; a carrier in China will deliver it."
        }
        TemplateKey::StageHandedOff => {
            "The parcel has been handed to {carrier}, which will deliver it."
        }
        TemplateKey::StagePickedUpInChina => {
            "{carrier} has collected the parcel and is arranging delivery."
        }
        TemplateKey::StageInTransitInChina => "The parcel is on its way to you with {carrier}.",
        TemplateKey::StageOutForDelivery => {
            "{carrier} is out delivering the parcel; please keep your phone at hand."
        }
        TemplateKey::StageAttemptFailed => "{carrier} tried to deliver the parcel but could not.",
        TemplateKey::StageAvailableForPickup => {
            "{carrier} has left the parcel at a pick-up point or locker for you to collect."
        }
        TemplateKey::StageDelivered => "{carrier} delivered the parcel on {date}.",
        TemplateKey::StageException => "{carrier} reports a problem with the parcel: {reason}",
        TemplateKey::StageReturning => "The parcel is on its way back to the sender.",
        TemplateKey::StageReturned => "The parcel has been returned to the sender.",
        TemplateKey::StageLost => "The carrier reports the parcel as lost.",
        TemplateKey::StageCancelled => {
            "This shipment was cancelled before any carrier collected it."
        }
        TemplateKey::StageSeized => "Customs has seized the parcel.",
        TemplateKey::HoldInspection => "it has been selected for inspection.",
        TemplateKey::HoldDocuments => {
            "the order, payment and shipping data, or the buyer's real-name details, need to be checked."
        }
        TemplateKey::HoldDutiesUnpaid => "the import tax has not been paid.",
        TemplateKey::HoldOther => "customs has not given a reason yet.",
        TemplateKey::ExceptionDelay => "a delay in transit.",
        TemplateKey::ExceptionDamage => "the parcel is damaged.",
        TemplateKey::ExceptionMisroute => "it was sorted to the wrong place and is being rerouted.",
        TemplateKey::ExceptionAddressIssue => "the delivery address needs checking.",
        TemplateKey::ExceptionOther => "no reason given.",
        TemplateKey::LastUpdate => "Last tracking update: {date} at {time}.",
        TemplateKey::CarrierFirst => {
            "Carrier: {carrier}, tracking number {number}. Once collected, track it at {url}"
        }
        TemplateKey::CarrierNow => {
            "Carrier now: {carrier}, tracking number {number}. Track it at {url}"
        }
        TemplateKey::CarrierNext => {
            "After customs release {carrier} will deliver it under a new tracking number, {number}, whose records start when {carrier} takes the parcel. Track it at {url}"
        }
        TemplateKey::CarrierNextSameNumber => {
            "After customs release {carrier} will deliver it under the same tracking number, {number}. Track it at {url}"
        }
        TemplateKey::CarrierLast => {
            "Carrier: {carrier}, tracking number {number}. Tracking page: {url}"
        }
        TemplateKey::EarlierCarrier => "Earlier carrier: {carrier}, tracking number {number}.",
        TemplateKey::HandOffAfterCustoms => {
            "Why the number changed: {from_carrier} (tracking number {from_number}) brought the parcel to {place}; after customs released it, {to_carrier} took over and tracks it under its own number, {to_number}. Both numbers are the same parcel."
        }
        TemplateKey::HandOffSameNumber => {
            "{from_carrier} handed the parcel to {to_carrier} at {place}; the tracking number {number} stays the same."
        }
        TemplateKey::HandOffTransfer => {
            "{from_carrier} (tracking number {from_number}) handed the parcel to {to_carrier} at {place}, which tracks it under the new number {to_number}. Both numbers are the same parcel."
        }
        TemplateKey::NumberWillChange => {
            "The number has not changed yet. Once {from_carrier} brings the parcel to {place} and customs releases it, {to_carrier} will deliver it under the new number {to_number}."
        }
        TemplateKey::NumberUnchanged => {
            "The parcel keeps the same tracking number, {number}, all the way."
        }
        TemplateKey::Window => "Expected delivery: {from} to {to}.",
        TemplateKey::WindowOneDay => "Expected delivery: {date}.",
        TemplateKey::WindowPassed => {
            "The parcel is later than expected: the delivery window ended on {to}."
        }
        TemplateKey::ProblemNoScan => {
            "{carrier} has not updated the tracking for {days} days (last update {date}), longer than this stage normally takes."
        }
        TemplateKey::AdviceHoldInspection => {
            "You need not do anything during the inspection; the parcel will be released or you will be told the next step."
        }
        TemplateKey::AdviceHoldDocuments => {
            "If you are asked to confirm the buyer's real-name details, please do so; clearance continues once they match."
        }
        TemplateKey::AdviceHoldDutiesUnpaid => {
            "If you receive a notice to pay the tax, please pay it as instructed; clearance continues once it is paid."
        }
        TemplateKey::AdviceAttemptFailed => {
            "Watch for a call or text from {carrier}, or arrange a new delivery at {url}"
        }
        TemplateKey::AdviceAvailableForPickup => {
            "Please collect it soon; parcels left beyond the holding period may be returned."
        }
        TemplateKey::ContactMarketplace => {
            "For help, please contact {marketplace} customer service ({marketplace} arranges this delivery); we, the seller, are following it too."
        }
        TemplateKey::ContactSeller => {
            "For help, please contact us and we will check with {carrier} right away."
        }
        TemplateKey::CustomsDirectPurchase => {
            "The parcel enters China as cross-border e-commerce retail import (direct purchase, customs supervision code 9610) and is cleared at the port of entry. It bears the cross-border e-commerce composite tax: 0% customs duty for now, and import VAT and consumption tax at 70% of the statutory amount, which the platform or seller collects with your order and pays on your behalf, so normally nothing more is due. Limits: 5,000 CNY per transaction and 26,000 CNY per person per year."
        }
        TemplateKey::CustomsBonded => {
            "The goods were imported as cross-border e-commerce bonded stock (customs supervision code 1210) and wait in a bonded warehouse in China; each order is cleared there before it leaves. It bears the cross-border e-commerce composite tax: 0% customs duty for now, and import VAT and consumption tax at 70% of the statutory amount, which the platform or seller collects with your order and pays on your behalf, so normally nothing more is due. Limits: 5,000 CNY per transaction and 26,000 CNY per person per year."
        }
        TemplateKey::CustomsPostal => {
            "The parcel enters China as a personal postal article; the post presents it to customs at the international mail exchange office. Customs levies the import tax on articles (13%, 20% or 50%), and a tax of 50 CNY or less is waived. If tax is due, the post will ask the recipient to pay it."
        }
        TemplateKey::ListingDirectPurchase => {
            "Ships directly from {origin}: {international} carries the parcel to a port of entry in China, where it clears customs as cross-border e-commerce retail import (direct purchase); {domestic} then delivers it to you. After clearance the parcel gets a new tracking number from {domestic}; both numbers track the same parcel."
        }
        TemplateKey::ListingBonded => {
            "Ships from a bonded warehouse in China: after your order the goods clear customs there as cross-border e-commerce imports, and {domestic} delivers them to you."
        }
        TemplateKey::ListingPostal => {
            "Ships from {origin} by international post: {international} sends the parcel to China, customs checks it as a personal article, and {domestic} delivers it, with the same tracking number all the way."
        }
        TemplateKey::ListingDays => "Expected delivery: {min} to {max} days after your order.",
    }
}
