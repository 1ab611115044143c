//! A sample direct-mail shipment for examples, documentation and benchmarks.

use chrono::{DateTime, TimeZone, Utc};

use crate::carrier::{Carrier, TrackingNumber};
use crate::geo::Country;
use crate::shipment::{
    CustomsMode, EventKind, Leg, LegRef, Location, Route, Shipment, TrackingEvent,
};
use crate::warehouse::TransportMode;

/// A direct-purchase (9610) parcel from a Los Angeles gateway to Hangzhou: DHL eCommerce
/// `GM2951173225174494` flies it to Shanghai Pudong, customs clears it there, SF Express
/// `SF1385628716739` delivers it. Its events: label created 2026-07-06 09:00 UTC, picked up
/// 18:00, in transit 2026-07-07 03:00 — the parcel is on the international leg, before
/// customs.
///
/// # Errors
///
/// None in practice (the data is fixed); the signature carries the crate [`Error`](crate::Error)
/// because building a shipment can fail in general.
///
/// # Examples
///
/// ```
/// use crossborder::reply::sample_shipment;
/// use crossborder::shipment::Status;
///
/// let shipment = sample_shipment()?;
/// assert_eq!(shipment.status(), Status::InTransit { leg: 0 });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn sample_shipment() -> Result<Shipment, crate::Error> {
    let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    let route = Route::try_new(
        CustomsMode::DirectPurchase,
        vec![
            Leg::try_new(
                Carrier::DhlEcommerce,
                TransportMode::Air,
                Location::place("Los Angeles gateway", Country::US)?,
                pvg.clone(),
                dhl,
            )?,
            Leg::try_new(
                Carrier::SfExpress,
                TransportMode::Road,
                pvg,
                Location::place("杭州市西湖区", Country::CN)?,
                sf,
            )?,
        ],
        1,
    )?;
    let leg = LegRef::new(Carrier::DhlEcommerce, dhl);
    let mut shipment = Shipment::new(route);
    for (day, hour, kind) in [
        (6, 9, EventKind::LabelCreated),
        (6, 18, EventKind::PickedUp),
        (7, 3, EventKind::InTransit),
    ] {
        if let Some(at) = Utc.with_ymd_and_hms(2026, 7, day, hour, 0, 0).single() {
            shipment.apply(TrackingEvent::new(at, leg, kind))?;
        }
    }
    Ok(shipment)
}

/// The instant the examples ask at: 2026-07-08 00:00 UTC, a day after the sample's last event.
///
/// # Examples
///
/// ```
/// use crossborder::notice::Notice;
/// use crossborder::reply::{sample_now, sample_shipment};
///
/// let shipment = sample_shipment()?;
/// let notice = Notice::new(&shipment, sample_now());
/// assert!(notice.facts().problems().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn sample_now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_783_468_800, 0).unwrap_or_default()
}
