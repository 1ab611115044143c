//! Every public type is `Send + Sync` (C-SEND-SYNC), `Clone`, `Debug` and `PartialEq`, so users
//! can share values across threads and compare them in tests (semver's `test_autotrait.rs`).

fn assert_value_type<T: Send + Sync + Clone + std::fmt::Debug + PartialEq + 'static>() {}

#[test]
fn crate_types_are_value_types() {
    assert_value_type::<crossborder::Error>();
}

#[test]
fn money_types_are_value_types() {
    use crossborder::money::*;
    assert_value_type::<Currency>();
    assert_value_type::<Money>();
    assert_value_type::<Rate>();
    assert_value_type::<Rounding>();
    assert_value_type::<ExchangeRate>();
    assert_value_type::<MoneyError>();
    assert_value_type::<ParseMoneyError>();
    assert_value_type::<CurrencyError>();
    assert_value_type::<RateError>();
}

#[test]
fn geo_types_are_value_types() {
    use crossborder::geo::*;
    assert_value_type::<Country>();
    assert_value_type::<CustomsCountryCode>();
    assert_value_type::<CustomsRegion>();
    assert_value_type::<PostalCode>();
    assert_value_type::<Address>();
    assert_value_type::<NormalizedAddress>();
    assert_value_type::<GeoError>();
}

#[test]
fn party_types_are_value_types() {
    use crossborder::party::*;
    assert_value_type::<ResidentId>();
    assert_value_type::<Phone>();
    assert_value_type::<PersonName>();
    assert_value_type::<DocumentNumber>();
    assert_value_type::<IdDocument>();
    assert_value_type::<CustomsIdType>();
    assert_value_type::<Person>();
    assert_value_type::<PartyError>();
}

#[test]
fn calendar_types_are_value_types() {
    use crossborder::calendar::*;
    assert_value_type::<BusinessCalendar>();
    assert_value_type::<DayKind<'static>>();
    assert_value_type::<HolidayCnYear>();
    assert_value_type::<CalendarError>();
    assert_value_type::<CalendarBuildError>();
}

#[test]
fn carrier_types_are_value_types() {
    use crossborder::carrier::*;
    assert_value_type::<Carrier>();
    assert_value_type::<CarrierRole>();
    assert_value_type::<TrackingNumber>();
    assert_value_type::<Candidates>();
    assert_value_type::<Candidate>();
    assert_value_type::<S10>();
    assert_value_type::<TrackingNumberError>();
    assert_value_type::<ParseCarrierCodeError>();
}

#[test]
fn customs_types_are_value_types() {
    use crossborder::customs::*;
    assert_value_type::<Order>();
    assert_value_type::<Payment>();
    assert_value_type::<Waybill>();
    assert_value_type::<Inventory>();
    assert_value_type::<CustomsDocument>();
    assert_value_type::<MatchReport>();
    assert_value_type::<MatchOptions>();
    assert_value_type::<ReturnStatus>();
    assert_value_type::<ReturnInfo>();
    assert_value_type::<DeclarationLifecycle>();
    assert_value_type::<CustomsError>();
}

#[test]
fn shipment_types_are_value_types() {
    use crossborder::shipment::*;
    {
        assert_value_type::<Leg>();
        assert_value_type::<Route>();
        assert_value_type::<TrackingEvent>();
        assert_value_type::<EventKind>();
        assert_value_type::<Status>();
        assert_value_type::<Shipment>();
        assert_value_type::<TransitionError>();
        assert_value_type::<ShipmentError>();
    }
}

#[test]
fn eta_types_are_value_types() {
    use crossborder::eta::*;
    {
        assert_value_type::<Probability>();
        assert_value_type::<TransitTime>();
        assert_value_type::<LegPlan>();
        assert_value_type::<Plan>();
        assert_value_type::<Estimate>();
        assert_value_type::<DateDistribution>();
        assert_value_type::<Window>();
        assert_value_type::<EtaError>();
    }
}

#[test]
fn tax_types_are_value_types() {
    use crossborder::tax::*;
    assert_value_type::<CbecOrder>();
    assert_value_type::<CbecAssessment>();
    assert_value_type::<CbecOutcome>();
    assert_value_type::<PostalParcel>();
    assert_value_type::<PostalAssessment>();
    assert_value_type::<Consignment>();
    assert_value_type::<LowValueAssessment>();
    assert_value_type::<RateTable>();
    assert_value_type::<TaxCategory>();
    assert_value_type::<TaxPolicy>();
    assert_value_type::<AnnualQuotaLedger>();
    assert_value_type::<QuotaCheck>();
    assert_value_type::<TaxError>();
    assert_value_type::<QuotaError>();
}

#[test]
fn warehouse_types_are_value_types() {
    use crossborder::warehouse::*;
    assert_value_type::<NodeCode>();
    assert_value_type::<CustomsDistrict>();
    assert_value_type::<Node>();
    assert_value_type::<Lane>();
    assert_value_type::<Network>();
    assert_value_type::<NetworkPath>();
    assert_value_type::<OriginComparison>();
    assert_value_type::<WarehouseError>();
}
