//! Every public type is `Send + Sync` (C-SEND-SYNC), `Clone`, `Debug` and `PartialEq`, so users
//! can share values across threads and compare them in tests (semver's `test_autotrait.rs`).

fn assert_value_type<T: Send + Sync + Clone + std::fmt::Debug + PartialEq + 'static>() {}

fn assert_borrowed_type<T: Send + Sync + Clone + std::fmt::Debug>() {}

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

#[test]
fn notice_types_are_value_types() {
    use crossborder::notice::*;
    assert_value_type::<Question>();
    assert_value_type::<Lang>();
    assert_value_type::<DeliveryWindow>();
    assert_value_type::<Marketplace>();
    assert_value_type::<Channel>();
    assert_value_type::<TemplateKey>();
    assert_value_type::<Templates>();
    assert_value_type::<Side>();
    assert_value_type::<CarrierFact>();
    assert_value_type::<HandOffReason>();
    assert_value_type::<HandOffFact>();
    assert_value_type::<Problem>();
    assert_value_type::<Facts>();
    assert_value_type::<NoticeError>();
    assert_value_type::<PlaceNames>();
    assert_value_type::<ListingChain>();
    // `Notice` borrows its shipment: `Send + Sync + Clone + Debug` without `'static`.
    assert_borrowed_type::<Notice<'_>>();
}

#[test]
fn metrics_types_are_value_types() {
    use crossborder::metrics::*;
    assert_value_type::<Ratio>();
    assert_value_type::<OrderId>();
    assert_value_type::<FeedbackRating>();
    assert_value_type::<Fulfilment>();
    assert_value_type::<CancelledBy>();
    assert_value_type::<TrackingRecord>();
    assert_value_type::<OrderRecord>();
    assert_value_type::<MetricsError>();
    assert_value_type::<MetricStatus>();
    assert_value_type::<DefectCounts>();
    assert_value_type::<MetricReport>();
    assert_value_type::<AccountHealth>();
    assert_value_type::<Metric>();
    assert_value_type::<Attribution>();
    assert_value_type::<TargetCondition>();
    assert_value_type::<Target>();
    assert_value_type::<MetricWindow>();
    assert_value_type::<DateRange>();
    assert_value_type::<MetricRule>();
    assert_value_type::<Programme>();
    assert_value_type::<Policy>();
}

#[test]
fn reply_types_are_value_types() {
    use crossborder::reply::*;
    assert_value_type::<Recognition>();
    assert_value_type::<OrderNumber>();
    assert_value_type::<PersonalDataKind>();
    assert_value_type::<PersonalData>();
    assert_value_type::<Entities>();
    assert_value_type::<Intent>();
    assert_value_type::<Topic>();
    assert_value_type::<Confidence>();
    assert_value_type::<CueTarget>();
    assert_value_type::<Outcome>();
    assert_value_type::<Reply>();
    assert_value_type::<AutoReply>();
    assert_value_type::<ReplyError>();
    assert_value_type::<Cue>();
    assert_value_type::<Lexicon>();
    assert_value_type::<EscalationReason>();
    assert_value_type::<Escalation>();
}
