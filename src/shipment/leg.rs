//! [`Leg`]: one carrier's custody of a parcel between two locations.

use super::error::LegError;
use super::event::LegRef;
use super::location::Location;
use crate::carrier::{Carrier, CarrierRole, TrackingNumber};
use crate::warehouse::{Lane, ServiceName, TransportMode};

/// One carrier's custody of the parcel between two locations: the carrier, its service, the
/// transport mode, where the leg starts and ends, and the tracking number(s) the carrier
/// reports it under (1 to [`MAX_NUMBERS`](Self::MAX_NUMBERS); the first is the primary one).
///
/// A leg's numbers belong to its carrier, with one exception the postal world has: a postal
/// operator may carry another operator's UPU S10 number (Japan Post's `EB…JP` is tracked by
/// China Post after the hand-over at the office of exchange).
///
/// With the `serde` feature a leg is written as
/// `{"carrier", "mode", "service"?, "from", "to", "numbers": […]}` and read back through
/// [`try_new`](Self::try_new).
///
/// # Examples
///
/// ```
/// use crossborder::carrier::{Carrier, TrackingNumber};
/// use crossborder::geo::Country;
/// use crossborder::shipment::{Leg, Location};
/// use crossborder::warehouse::TransportMode;
///
/// let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// let leg = Leg::try_new(
///     Carrier::SfExpress,
///     TransportMode::Road,
///     Location::place("Shanghai Pudong port of entry", Country::CN)?,
///     Location::place("杭州市西湖区", Country::CN)?,
///     sf,
/// )?
/// .with_service("顺丰标快".parse()?);
/// assert_eq!(leg.carrier(), Carrier::SfExpress);
/// assert_eq!(leg.numbers(), &[sf]);
/// assert_eq!(leg.service().map(|s| s.as_str()), Some("顺丰标快"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Leg {
    carrier: Carrier,
    mode: TransportMode,
    service: Option<ServiceName>,
    from: Location,
    to: Location,
    /// The first of `numbers`, kept apart so that `primary` needs no fallible look-up.
    primary: TrackingNumber,
    numbers: Vec<TrackingNumber>,
}

/// Whether `carrier` may report events under `number`.
fn number_fits(carrier: Carrier, number: &TrackingNumber) -> bool {
    number.carrier() == carrier
        || (carrier.role() == CarrierRole::PostalOperator && number.s10().is_some())
}

impl Leg {
    /// The most tracking numbers a leg may have.
    pub const MAX_NUMBERS: usize = 8;

    /// A leg with its primary tracking number.
    ///
    /// # Errors
    ///
    /// - [`LegError::NumberOfOtherCarrier`] when the number is another carrier's (other than
    ///   an S10 number on a postal operator's leg);
    /// - [`LegError::SameEnds`] when `from` and `to` are the same location.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::{Leg, LegError, Location};
    /// use crossborder::warehouse::TransportMode;
    ///
    /// // China Post carries Japan Post's EMS number after the office of exchange.
    /// let ems = TrackingNumber::parse(Carrier::JapanPost, "EB123456785JP")?;
    /// let leg = Leg::try_new(
    ///     Carrier::ChinaPost,
    ///     TransportMode::Postal,
    ///     Location::place("Shanghai international mail office", Country::CN)?,
    ///     Location::place("上海市徐汇区", Country::CN)?,
    ///     ems,
    /// )?;
    /// assert_eq!(leg.primary().carrier(), Carrier::ChinaPost);
    ///
    /// let here = Location::place("Shanghai", Country::CN)?;
    /// let err = Leg::try_new(Carrier::ChinaPost, TransportMode::Postal, here.clone(), here, ems);
    /// assert!(matches!(err, Err(LegError::SameEnds { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(
        carrier: Carrier,
        mode: TransportMode,
        from: Location,
        to: Location,
        number: TrackingNumber,
    ) -> Result<Self, LegError> {
        if !number_fits(carrier, &number) {
            return Err(LegError::NumberOfOtherCarrier {
                leg_carrier: carrier,
                number,
                number_carrier: number.carrier(),
            });
        }
        if from == to {
            return Err(LegError::SameEnds { location: from.to_string() });
        }
        Ok(Self { carrier, mode, service: None, from, to, primary: number, numbers: vec![number] })
    }

    /// The leg a [`Lane`] of the logistics network describes, under `number`: the lane's
    /// carrier, service and mode, from its origin node to its destination node.
    ///
    /// # Errors
    ///
    /// [`LegError::NumberOfOtherCarrier`] when the number is not one the lane's carrier
    /// reports under.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::shipment::{Leg, Location};
    /// use crossborder::warehouse::{Lane, TransitTime, TransportMode};
    ///
    /// let lane = Lane::try_new(
    ///     "LAX-GW".parse()?,
    ///     "PVG".parse()?,
    ///     Carrier::DhlEcommerce,
    ///     "Packet Plus International".parse()?,
    ///     TransportMode::Air,
    ///     TransitTime::calendar_days(3, 6)?,
    /// )?;
    /// let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// let leg = Leg::from_lane(&lane, gm)?;
    /// assert_eq!(leg.to(), &Location::node("PVG".parse()?));
    /// assert_eq!(leg.service().map(|s| s.as_str()), Some("Packet Plus International"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_lane(lane: &Lane, number: TrackingNumber) -> Result<Self, LegError> {
        Ok(Self::try_new(
            lane.carrier(),
            lane.mode(),
            Location::Node(lane.from()),
            Location::Node(lane.to()),
            number,
        )?
        .with_service(lane.service().clone()))
    }

    /// The leg with one more tracking number (a partner's number, a re-labelled parcel).
    ///
    /// # Errors
    ///
    /// [`LegError::NumberOfOtherCarrier`], [`LegError::DuplicateNumber`],
    /// [`LegError::TooManyNumbers`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::carrier::{Carrier, TrackingNumber};
    /// use crossborder::geo::Country;
    /// use crossborder::shipment::{Leg, Location};
    /// use crossborder::warehouse::TransportMode;
    ///
    /// let gm = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// let cn = TrackingNumber::parse(Carrier::DhlEcommerce, "CNAQV100168101")?;
    /// let leg = Leg::try_new(
    ///     Carrier::DhlEcommerce,
    ///     TransportMode::Air,
    ///     Location::place("Los Angeles gateway", Country::US)?,
    ///     Location::place("Shanghai Pudong port of entry", Country::CN)?,
    ///     gm,
    /// )?
    /// .try_with_number(cn)?;
    /// assert_eq!(leg.numbers().len(), 2);
    /// assert!(leg.clone().try_with_number(cn).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_with_number(mut self, number: TrackingNumber) -> Result<Self, LegError> {
        if !number_fits(self.carrier, &number) {
            return Err(LegError::NumberOfOtherCarrier {
                leg_carrier: self.carrier,
                number,
                number_carrier: number.carrier(),
            });
        }
        if self.numbers.contains(&number) {
            return Err(LegError::DuplicateNumber { number });
        }
        if self.numbers.len() >= Self::MAX_NUMBERS {
            return Err(LegError::TooManyNumbers { max: Self::MAX_NUMBERS });
        }
        self.numbers.push(number);
        Ok(self)
    }

    /// The leg with the carrier's service name.
    ///
    /// # Examples
    ///
    /// See [`Leg`].
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// let leg = domestic.with_service("顺丰标快".parse()?);
    /// assert_eq!(leg.service().map(|s| s.as_str()), Some("顺丰标快"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_service(mut self, service: ServiceName) -> Self {
        self.service = Some(service);
        self
    }

    /// The carrier.
    ///
    /// # Examples
    ///
    /// See [`Leg`].
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// assert_eq!(international.carrier(), Carrier::DhlEcommerce);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn carrier(&self) -> Carrier {
        self.carrier
    }

    /// The transport mode.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// assert_eq!(international.mode(), TransportMode::Air);
    /// assert_eq!(domestic.mode().customs_code(), "4");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mode(&self) -> TransportMode {
        self.mode
    }

    /// The carrier's service, if given.
    ///
    /// # Examples
    ///
    /// See [`Leg`].
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// assert_eq!(domestic.service(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn service(&self) -> Option<&ServiceName> {
        self.service.as_ref()
    }

    /// Where the leg starts.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// assert_eq!(domestic.from(), &pvg);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from(&self) -> &Location {
        &self.from
    }

    /// Where the leg ends.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// assert_eq!(international.to(), &pvg);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to(&self) -> &Location {
        &self.to
    }

    /// The tracking numbers, primary first.
    ///
    /// # Examples
    ///
    /// See [`try_with_number`](Self::try_with_number).
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// assert_eq!(domestic.numbers(), &[sf]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn numbers(&self) -> &[TrackingNumber] {
        &self.numbers
    }

    /// The reference of the leg under its primary number.
    ///
    /// # Examples
    ///
    /// See [`try_new`](Self::try_new).
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// assert_eq!(domestic.primary(), LegRef::new(Carrier::SfExpress, sf));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn primary(&self) -> LegRef {
        LegRef::new(self.carrier, self.primary)
    }

    /// Whether `leg` names this leg (same carrier, one of its numbers).
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// assert!(domestic.tracks(&LegRef::new(Carrier::SfExpress, sf)));
    /// assert!(!domestic.tracks(&LegRef::new(Carrier::DhlEcommerce, dhl)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn tracks(&self, leg: &LegRef) -> bool {
        // The primary number is inline: most events name it, and the list is then not read.
        self.carrier == leg.carrier()
            && (self.primary == *leg.number() || self.numbers.contains(leg.number()))
    }

    /// Every reference of the leg, one per number.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::carrier::{Carrier, TrackingNumber};
    /// # use crossborder::geo::Country;
    /// # use crossborder::shipment::*;
    /// # use crossborder::warehouse::TransportMode;
    /// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
    /// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
    /// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
    /// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
    /// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
    /// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
    /// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
    /// # let route = Route::try_new(
    /// #     CustomsMode::DirectPurchase, vec![international.clone(), domestic.clone()], 1)?;
    /// # let _ = (&route, &international, &domestic, &pvg, &dhl, &sf);
    /// let refs: Vec<LegRef> = international.refs().collect();
    /// assert_eq!(refs, [LegRef::new(Carrier::DhlEcommerce, dhl)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn refs(&self) -> impl Iterator<Item = LegRef> + '_ {
        self.numbers.iter().map(|n| LegRef::new(self.carrier, *n))
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Carrier, Leg, Location, ServiceName, TrackingNumber, TransportMode};

    #[derive(serde::Serialize)]
    struct ReprRef<'a> {
        carrier: Carrier,
        mode: TransportMode,
        #[serde(skip_serializing_if = "Option::is_none")]
        service: Option<&'a ServiceName>,
        from: &'a Location,
        to: &'a Location,
        numbers: &'a [TrackingNumber],
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        carrier: Carrier,
        mode: TransportMode,
        #[serde(default)]
        service: Option<ServiceName>,
        from: Location,
        to: Location,
        numbers: Vec<TrackingNumber>,
    }

    impl serde::Serialize for Leg {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            ReprRef {
                carrier: self.carrier,
                mode: self.mode,
                service: self.service.as_ref(),
                from: &self.from,
                to: &self.to,
                numbers: &self.numbers,
            }
            .serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for Leg {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            use serde::de::Error;
            let r = Repr::deserialize(deserializer)?;
            let mut numbers = r.numbers.into_iter();
            let first = numbers.next().ok_or_else(|| D::Error::custom("a leg needs a number"))?;
            let mut leg =
                Leg::try_new(r.carrier, r.mode, r.from, r.to, first).map_err(D::Error::custom)?;
            for n in numbers {
                leg = leg.try_with_number(n).map_err(D::Error::custom)?;
            }
            if let Some(service) = r.service {
                leg = leg.with_service(service);
            }
            Ok(leg)
        }
    }
}
