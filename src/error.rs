//! The crate-wide error type.
//!
//! Every module has its own narrow error types, and every function returns the narrowest one
//! that fits. [`Error`] wraps them all, so an application can use `?` across modules and still
//! match on the module's error underneath.

use crate::calendar::{CalendarBuildError, CalendarError};
use crate::carrier::{ParseCarrierCodeError, TrackingNumberError};
use crate::customs::{CustomsError, DocumentError, FieldError, LifecycleError, PoolError};
use crate::geo::{
    AddressError, GeoError, ParseCountryError, ParseCustomsCountryCodeError,
    ParseCustomsRegionError, PostalCodeError,
};
use crate::money::{CurrencyError, MoneyError, ParseMoneyError, ParseRoundingError, RateError};
use crate::party::{
    DocumentNumberError, NameError, ParseCodeError, PartyError, PhoneError, ResidentIdError,
};
use crate::tax::{ParseTaxError, QuotaError, TaxError};
use crate::warehouse::{
    CustomsDistrictError, LaneError, NetworkError, NodeCodeError, NodeError, ParseNodeKindError,
    ParseTransportModeError, RouteError, ServiceNameError, TransitTimeError, WarehouseError,
};

/// Any error of this crate.
///
/// Each variant is transparent: its `Display` is the module error's message, and matching on the
/// variant gives the module error with every detail the caller needs to fix the input. Every
/// module error type converts into `Error` with `?`.
///
/// # Examples
///
/// ```
/// use crossborder::geo::Country;
/// use crossborder::money::Money;
/// use crossborder::party::ResidentId;
///
/// fn read(country: &str, amount: &str, id: &str) -> Result<(), crossborder::Error> {
///     let _country: Country = country.parse()?;
///     let _amount: Money = amount.parse()?;
///     let _id: ResidentId = id.parse()?;
///     Ok(())
/// }
///
/// assert!(read("JP", "12.30 CNY", "11010519491231002X").is_ok());
/// let err = read("JP", "12.301 CNY", "11010519491231002X").unwrap_err();
/// assert!(matches!(err, crossborder::Error::ParseMoney(_)));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// Money arithmetic failed: mixed currencies or overflow.
    #[error(transparent)]
    Money(#[from] MoneyError),
    /// A money amount could not be parsed.
    #[error(transparent)]
    ParseMoney(#[from] ParseMoneyError),
    /// A currency code was not recognised.
    #[error(transparent)]
    Currency(#[from] CurrencyError),
    /// A rate or exchange rate was rejected.
    #[error(transparent)]
    Rate(#[from] RateError),
    /// A rounding-mode name was not recognised.
    #[error(transparent)]
    Rounding(#[from] ParseRoundingError),
    /// A country, customs code, postal code or address was rejected.
    #[error(transparent)]
    Geo(#[from] GeoError),
    /// An identity number, phone number, name or party code was rejected.
    #[error(transparent)]
    Party(#[from] PartyError),
    /// A business-calendar query could not be answered.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// A business calendar could not be built from its data.
    #[error(transparent)]
    CalendarBuild(#[from] CalendarBuildError),
    /// A tracking number does not fit the carrier's format or check digit.
    #[error(transparent)]
    TrackingNumber(#[from] TrackingNumberError),
    /// A carrier code was not recognised.
    #[error(transparent)]
    CarrierCode(#[from] ParseCarrierCodeError),
    /// A tax assessment could not be made: bad input, no regime in force, arithmetic overflow.
    #[error(transparent)]
    Tax(#[from] TaxError),
    /// An annual-quota ledger operation was refused.
    #[error(transparent)]
    Quota(#[from] QuotaError),
    /// A tax code or category name could not be parsed.
    #[error(transparent)]
    ParseTax(#[from] ParseTaxError),
    /// A customs document field, document, pool submission or lifecycle step was rejected.
    #[error(transparent)]
    Customs(#[from] CustomsError),
    /// A leg, route, event text or state transition of a shipment was rejected.
    #[error(transparent)]
    Shipment(#[from] crate::shipment::ShipmentError),
    /// A delivery-window estimate could not be made: bad distribution or plan, uncovered
    /// calendar year, impossible progress.
    #[error(transparent)]
    Eta(#[from] crate::eta::EtaError),
    /// Seller-metric input (an order record, a policy, a target) was rejected.
    #[error(transparent)]
    Metrics(#[from] crate::metrics::MetricsError),
    /// A buyer notice could not be built (a template, a language, a window).
    #[error(transparent)]
    Notice(#[from] crate::notice::NoticeError),
    /// An auto-reply lexicon or reply value was rejected.
    #[error(transparent)]
    Reply(#[from] crate::reply::ReplyError),
    /// A node, lane, network or route was rejected.
    #[error(transparent)]
    Warehouse(#[from] WarehouseError),
}

/// `From` for the leaf errors of a module, going through the module's own umbrella error.
macro_rules! via {
    ($umbrella:ident => $($leaf:ty),+ $(,)?) => {$(
        impl From<$leaf> for Error {
            fn from(error: $leaf) -> Self {
                Error::$umbrella(error.into())
            }
        }
    )+};
}

via!(Geo => ParseCountryError, ParseCustomsCountryCodeError, ParseCustomsRegionError,
    PostalCodeError, AddressError);
via!(Warehouse => NodeCodeError, CustomsDistrictError, NodeError, LaneError, NetworkError,
    RouteError, ServiceNameError, TransitTimeError, ParseNodeKindError, ParseTransportModeError);
via!(Customs => FieldError, DocumentError, PoolError, LifecycleError);
#[cfg(feature = "ceb-xml")]
via!(Customs => crate::customs::ceb::CebError, crate::customs::ceb::SchemaError,
    crate::customs::ceb::ConvertError);
via!(Shipment => crate::shipment::ParseShipmentCodeError, crate::shipment::TextError,
    crate::shipment::LegError, crate::shipment::RouteError, crate::shipment::TransitionError);
via!(Eta => crate::eta::ProbabilityError, crate::eta::DistributionError, crate::eta::PlanError,
    crate::eta::EstimateError, crate::eta::FitError, crate::eta::WindowError,
    crate::eta::ScoreError, crate::eta::ShipmentEtaError);
via!(Party => ResidentIdError, DocumentNumberError, PhoneError, NameError, ParseCodeError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaf_errors_convert_through_their_module_umbrella() {
        let err: Error = "ZZ".parse::<crate::geo::Country>().unwrap_err().into();
        assert!(matches!(err, Error::Geo(GeoError::Country(_))));
        let err: Error = "123".parse::<crate::party::ResidentId>().unwrap_err().into();
        assert!(matches!(err, Error::Party(PartyError::ResidentId(_))));
    }

    #[test]
    fn display_is_the_module_message() {
        let leaf = "12.301 CNY".parse::<crate::money::Money>().unwrap_err();
        let err = Error::from(leaf.clone());
        assert_eq!(err.to_string(), leaf.to_string());
    }

    #[test]
    fn error_is_send_sync_static() {
        fn assert_traits<T: Send + Sync + 'static + std::error::Error>() {}
        assert_traits::<Error>();
    }
}
