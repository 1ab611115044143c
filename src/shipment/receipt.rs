//! Customs receipts (海关回执) as tracking events: the mapping from the `customs` layer's
//! [`ReturnStatus`] to the shipment's [`EventKind`]s.
//!
//! See [`EventKind::from_customs_receipt`] for the table and its reasons.

use super::event::{EventKind, LegRef, TrackingEvent};
use super::machine::Shipment;
use super::route::CustomsMode;
use super::status::HoldReason;
use super::text::{RawCode, RawText, SourceId};
use crate::customs::{InventoryReturn, LogisticsReturn, ReturnInfo, ReturnStatus, ReturnTime};

impl EventKind {
    /// The event a customs receipt status means for a parcel on a route of `mode`, or `None`
    /// when the receipt concerns only the declaration.
    ///
    /// The CEB receipts (`returnStatus` of CEB312 order, CEB412 payment, CEB512 waybill and CEB622
    /// inventory receipts) say where a *declaration* stands. Only some of them say where the
    /// *parcel* is:
    ///
    /// | code | meaning | event |
    /// |---|---|---|
    /// | `500` 查验 | inspection | [`CustomsHeld`](EventKind::CustomsHeld)`(`[`Inspection`](HoldReason::Inspection)`)` |
    /// | `501`–`503`, `599` 扣留 | detention | [`CustomsHeld`](EventKind::CustomsHeld)`(`[`Other`](HoldReason::Other)`)` |
    /// | `700` 退运 | sent back | [`ReturningToSender`](EventKind::ReturningToSender) |
    /// | `800` 放行 | released | [`CustomsReleased`](EventKind::CustomsReleased) |
    ///
    /// `899` 结关 (clearance closed) closes the declaration after the release, often after the
    /// domestic carrier already has the parcel, so it is never an event. The other receipts —
    /// `1`, `2`, `3` (draft, declaring, sent), `120` (accepted), `399`
    /// (concluded), `400` (accepted, waiting for the goods to arrive), `300` (manual review), `600`
    /// (suspended), `4`, `100` and exception receipts (rejected, resend) — concern the declaration,
    /// which under direct purchase (9610) and for postal articles is made before the parcel
    /// arrives (`400` says so). Mapped to a customs event they would prove an arrival that has not
    /// happened, so on those routes they are not tracking events (`None`; follow them with
    /// [`DeclarationLifecycle`](crate::customs::DeclarationLifecycle)). On a bonded-import route
    /// (1210) the goods already sit in the bonded warehouse, so they are: processing receipts are
    /// [`CustomsProcessing`](EventKind::CustomsProcessing), manual review and rejections a hold for
    /// [`Documents`](HoldReason::Documents), a suspension a hold for
    /// [`Other`](HoldReason::Other) reasons.
    ///
    /// Status codes: the CEB receipt tables of 《海关跨境电商统一版系统企业对接报文规范》 as modelled in
    /// [`crate::customs::ReturnStatus`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ReturnStatus;
    /// use crossborder::shipment::{CustomsMode, EventKind, HoldReason};
    ///
    /// let direct = CustomsMode::DirectPurchase;
    /// assert_eq!(
    ///     EventKind::from_customs_receipt(direct, &ReturnStatus::Inspection),
    ///     Some(EventKind::CustomsHeld(HoldReason::Inspection))
    /// );
    /// assert_eq!(
    ///     EventKind::from_customs_receipt(direct, &ReturnStatus::Released),
    ///     Some(EventKind::CustomsReleased)
    /// );
    /// // 400: accepted, waiting for the goods: the parcel has not arrived.
    /// assert_eq!(EventKind::from_customs_receipt(direct, &ReturnStatus::AwaitingArrival), None);
    /// // In a bonded warehouse the goods are there: the declaration is the parcel's clearance.
    /// assert_eq!(
    ///     EventKind::from_customs_receipt(CustomsMode::BondedImport, &ReturnStatus::Accepted),
    ///     Some(EventKind::CustomsProcessing)
    /// );
    /// ```
    pub fn from_customs_receipt(mode: CustomsMode, status: &ReturnStatus) -> Option<Self> {
        use ReturnStatus as R;
        let physical = match status {
            R::Inspection => Some(Self::CustomsHeld(HoldReason::Inspection)),
            R::DetainedForClearance
            | R::DetainedForAntiSmuggling
            | R::DetainedForLegal
            | R::OtherDetention => Some(Self::CustomsHeld(HoldReason::Other)),
            R::Returned => Some(Self::ReturningToSender),
            R::Released => Some(Self::CustomsReleased),
            _ => None,
        };
        if physical.is_some() || mode != CustomsMode::BondedImport {
            return physical;
        }
        match status {
            R::Stored
            | R::Declaring
            | R::SentToCustoms
            | R::Accepted
            | R::Concluded
            | R::AwaitingArrival => Some(Self::CustomsProcessing),
            R::ManualReview | R::SendFailed | R::Rejected | R::Exception(_) => {
                Some(Self::CustomsHeld(HoldReason::Documents))
            }
            R::Suspended => Some(Self::CustomsHeld(HoldReason::Other)),
            // 899 结关 and codes this library does not know.
            _ => None,
        }
    }
}

impl Shipment {
    /// The tracking event an inventory receipt (CEB622, 清单回执) means for this shipment, or
    /// `None` when it concerns only the declaration. The event belongs to the first leg after
    /// the clearance point (the leg that declares the inventory), happens at the receipt time
    /// (Beijing time, converted to UTC), at the clearance location, and keeps the status code as
    /// raw code, the receipt text as raw text and `ceb:` + the receipt's `guid` as source id,
    /// so a receipt delivered twice is one event.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::customs::InventoryReturn;
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::*;
    /// use crossborder::warehouse::TransportMode;
    ///
    /// let jd = TrackingNumber::parse(Carrier::JdLogistics, "JDV000000058367")?;
    /// let route = Route::try_new(
    ///     CustomsMode::BondedImport,
    ///     vec![Leg::try_new(
    ///         Carrier::JdLogistics,
    ///         TransportMode::Road,
    ///         Location::node("NGB-BW1".parse()?),
    ///         Location::place("北京市朝阳区", Country::CN)?,
    ///         jd,
    ///     )?],
    ///     0,
    /// )?;
    /// let mut shipment = Shipment::new(route);
    /// let receipt = InventoryReturn {
    ///     guid: "4CDE1CFD-EDED-46B1-946C-B8022E42FC94".parse()?,
    ///     customs_code: Some("3105".parse()?),
    ///     ebp_code: None,
    ///     ebc_code: None,
    ///     agent_code: None,
    ///     cop_no: "cop2026030211000".parse()?,
    ///     pre_no: "B20260302000001882".parse()?,
    ///     invt_no: None,
    ///     return_status: "800".parse()?,
    ///     return_time: "20260302153555123".parse()?,
    ///     return_info: "放行".into(),
    /// };
    /// let event = shipment.inventory_receipt_event(&receipt).ok_or("an event")?;
    /// assert_eq!(event.kind(), EventKind::CustomsReleased);
    /// assert_eq!(event.at().to_rfc3339(), "2026-03-02T07:35:55.123+00:00");
    /// assert_eq!(event.raw_code().map(|c| c.as_str()), Some("800"));
    /// shipment.apply(event.clone())?;
    /// assert_eq!(shipment.status(), Status::CustomsReleased);
    /// assert_eq!(shipment.apply(event)?, Applied::Duplicate);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn inventory_receipt_event(&self, receipt: &InventoryReturn) -> Option<TrackingEvent> {
        let leg = self.route().legs().get(self.route().clearance_before())?.primary();
        self.receipt_event(
            leg,
            &receipt.return_status,
            receipt.return_time,
            &receipt.return_info,
            receipt.guid.as_str(),
        )
    }

    /// The tracking event a waybill receipt (CEB512, 运单回执) means for this shipment, or
    /// `None` when it concerns only the declaration or names a waybill that is not a number of
    /// the legs on either side of the clearance point. The event belongs to the leg whose
    /// number the receipt's `logisticsNo` is; otherwise as
    /// [`inventory_receipt_event`](Self::inventory_receipt_event).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::customs::LogisticsReturn;
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::*;
    /// use crossborder::warehouse::TransportMode;
    ///
    /// let pvg = Location::node("PVG".parse()?);
    /// let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// let route = Route::builder(CustomsMode::DirectPurchase)
    ///     .leg(Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air, Location::node("LAX-GW".parse()?), pvg.clone(), dhl)?)
    ///     .clearance()
    ///     .leg(Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg, Location::place("杭州市西湖区", Country::CN)?, sf)?)
    ///     .build()?;
    /// let shipment = Shipment::new(route);
    /// let receipt = LogisticsReturn {
    ///     guid: "4CDE1CFD-EDED-46B1-946C-B8022E42FC94".parse()?,
    ///     logistics_code: "3101980A1L".parse()?,
    ///     logistics_no: "SF1385628716739".parse()?,
    ///     return_status: "500".parse()?,
    ///     return_time: "20260708143000000".parse()?,
    ///     return_info: "查验".into(),
    /// };
    /// let event = shipment.logistics_receipt_event(&receipt).ok_or("an event")?;
    /// assert_eq!(event.kind(), EventKind::CustomsHeld(HoldReason::Inspection));
    /// assert_eq!(event.leg().carrier(), Carrier::SfExpress);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn logistics_receipt_event(&self, receipt: &LogisticsReturn) -> Option<TrackingEvent> {
        let route = self.route();
        let c = route.clearance_before();
        let waybill = receipt.logistics_no.as_str();
        let customs_legs = c.checked_sub(1).into_iter().chain(std::iter::once(c));
        let leg = customs_legs
            .filter_map(|i| route.legs().get(i))
            .find_map(|l| l.refs().find(|r| r.number().as_str() == waybill))?;
        self.receipt_event(
            leg,
            &receipt.return_status,
            receipt.return_time,
            &receipt.return_info,
            receipt.guid.as_str(),
        )
    }

    fn receipt_event(
        &self,
        leg: LegRef,
        status: &ReturnStatus,
        time: ReturnTime,
        info: &ReturnInfo,
        guid: &str,
    ) -> Option<TrackingEvent> {
        let kind = EventKind::from_customs_receipt(self.route().customs_mode(), status)?;
        let mut event = TrackingEvent::new(time.to_utc(), leg, kind)
            .with_location(self.route().clearance_location().clone());
        if let Ok(code) = RawCode::try_new(&status.code()) {
            event = event.with_raw_code(code);
        }
        if let Ok(text) = RawText::try_new(info.as_str()) {
            event = event.with_raw_text(text);
        }
        if let Ok(id) = SourceId::try_new(&format!("ceb:{guid}")) {
            event = event.with_source_id(id);
        }
        Some(event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_status_has_a_decision() {
        for status in ReturnStatus::KNOWN {
            let bonded = EventKind::from_customs_receipt(CustomsMode::BondedImport, status);
            if *status == ReturnStatus::Closed {
                continue;
            }
            let direct = EventKind::from_customs_receipt(CustomsMode::DirectPurchase, status);
            let postal = EventKind::from_customs_receipt(CustomsMode::PostalArticles, status);
            assert!(bonded.is_some(), "{status} on a bonded route");
            assert_eq!(direct, postal);
            // Whatever a direct route maps, a bonded route maps the same way.
            if direct.is_some() {
                assert_eq!(direct, bonded, "{status}");
            }
        }
        assert_eq!(
            EventKind::from_customs_receipt(CustomsMode::BondedImport, &ReturnStatus::Closed),
            None
        );
        let other = ReturnStatus::Other("18".to_owned());
        assert_eq!(EventKind::from_customs_receipt(CustomsMode::BondedImport, &other), None);
    }
}
