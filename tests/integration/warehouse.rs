//! Warehouse nodes, expected ship dates and the network of lanes: expected ship dates worked out
//! by hand from the calendars' sources, the customs district table against its CSV, a
//! cross-border network in JSON, and properties (round trips, no panics, routes are simple paths
//! that chain and match a naive enumeration).
// Helpers below may unwrap: clippy's `allow-unwrap-in-tests` only sees `cfg(test)` modules.
#![cfg(test)]

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc};
use crossborder::calendar::{BusinessCalendar, CalendarError};
use crossborder::carrier::Carrier;
use crossborder::geo::Country;
use crossborder::warehouse::{
    CustomsDistrict, CustomsDistrictError, DayUnit, Destination, Lane, Network, NetworkError, Node,
    NodeCode, NodeCodeError, NodeError, NodeKind, RouteError, ServiceName, TransitTime,
    TransportMode, WarehouseError,
};
#[cfg(feature = "serde")]
use crossborder::warehouse::{NetworkPath, OriginOption};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn utc(y: i32, m: u32, day: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, day, h, min, 0).unwrap()
}

fn code(text: &str) -> NodeCode {
    text.parse().unwrap()
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// A US fulfilment centre in Moreno Valley, CA: US federal calendar, 14:00 cut-off, handling
/// time `handling` business days.
fn us_fc(handling: u8) -> Node {
    Node::builder(code("ONT8"), NodeKind::FulfilmentCentre, Country::US)
        .time_zone(chrono_tz::America::Los_Angeles)
        .calendar(BusinessCalendar::united_states_federal())
        .cutoff(hm(14, 0))
        .handling_days(handling)
        .build()
        .unwrap()
}

/// A bonded warehouse in the Ningbo bonded zone (甬保税区, 关区 3105): mainland calendar, 16:00
/// cut-off, handling time `handling` business days.
fn cn_bonded(handling: u8) -> Node {
    Node::builder(code("NGB-BW1"), NodeKind::BondedWarehouse, Country::CN)
        .time_zone(chrono_tz::Asia::Shanghai)
        .calendar(BusinessCalendar::china())
        .cutoff(hm(16, 0))
        .handling_days(handling)
        .customs_district("3105".parse().unwrap())
        .build()
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Expected ship date (Amazon Seller Central help 200955560: order date + handling time in
// business days; same-day handling with an order cut-off; help 200285190: adjusted for national
// holidays). Los Angeles is on PDT (UTC−7) from Sunday 8 March to Sunday 1 November 2026 (second
// Sunday of March, first Sunday of November, 15 U.S.C. 260a), PST (UTC−8) otherwise; Beijing time
// is UTC+8 all year.
// ---------------------------------------------------------------------------------------------

#[test]
fn cutoff_decides_the_received_day() {
    let fc = us_fc(1);
    // Tuesday 2026-03-10 13:59 PDT = 20:59 UTC: before the 14:00 cut-off, received Tuesday;
    // one business day later is Wednesday 11 March.
    assert_eq!(fc.received_date(utc(2026, 3, 10, 20, 59)), Ok(d(2026, 3, 10)));
    assert_eq!(fc.expected_ship_date(utc(2026, 3, 10, 20, 59)), Ok(d(2026, 3, 11)));
    // 14:00 PDT = 21:00 UTC: at the cut-off is too late (the cut-off is the first minute of
    // the next day's intake), received Wednesday, ships Thursday 12 March.
    assert_eq!(fc.received_date(utc(2026, 3, 10, 21, 0)), Ok(d(2026, 3, 11)));
    assert_eq!(fc.expected_ship_date(utc(2026, 3, 10, 21, 0)), Ok(d(2026, 3, 12)));

    // Same-day handling (handling time 0): the received day itself.
    let same_day = us_fc(0);
    assert_eq!(same_day.expected_ship_date(utc(2026, 3, 10, 20, 59)), Ok(d(2026, 3, 10)));
    assert_eq!(same_day.expected_ship_date(utc(2026, 3, 10, 21, 0)), Ok(d(2026, 3, 11)));

    // Handling time 3 from Tuesday 10 March: Wed 11, Thu 12, Fri 13.
    assert_eq!(us_fc(3).expected_ship_date(utc(2026, 3, 10, 20, 59)), Ok(d(2026, 3, 13)));
}

#[test]
fn weekends_are_not_business_days() {
    let fc = us_fc(1);
    // Friday 2026-03-13 15:00 PDT = 22:00 UTC: after the cut-off; Saturday and Sunday are rest
    // days, so received Monday 16 March, ships Tuesday 17 March.
    assert_eq!(fc.expected_ship_date(utc(2026, 3, 13, 22, 0)), Ok(d(2026, 3, 17)));
    // Saturday 2026-03-14 09:00 PDT = 16:00 UTC: received Monday 16, ships Tuesday 17.
    assert_eq!(fc.received_date(utc(2026, 3, 14, 16, 0)), Ok(d(2026, 3, 16)));
    assert_eq!(fc.expected_ship_date(utc(2026, 3, 14, 16, 0)), Ok(d(2026, 3, 17)));
    // Sunday 2026-03-15 23:30 PDT is Monday 06:30 UTC: the local date (Sunday) counts, so it is
    // still received Monday 16 and ships Tuesday 17.
    assert_eq!(fc.expected_ship_date(utc(2026, 3, 16, 6, 30)), Ok(d(2026, 3, 17)));
    // Monday 2026-03-16 22:00 PDT is Tuesday 05:00 UTC: Monday after the cut-off, received
    // Tuesday 17, ships Wednesday 18.
    assert_eq!(fc.expected_ship_date(utc(2026, 3, 17, 5, 0)), Ok(d(2026, 3, 18)));
}

#[test]
fn us_federal_holidays_are_skipped() {
    let fc = us_fc(1);
    // Independence Day: 4 July 2026 is a Saturday, so it is observed on Friday 3 July
    // (5 U.S.C. 6103(b); U.S. Courts 2026 list). Thursday 2 July 10:00 PDT = 17:00 UTC is
    // before the cut-off: received Thursday; the next business day after Fri 3 (holiday), Sat 4
    // and Sun 5 is Monday 6 July.
    assert_eq!(fc.expected_ship_date(utc(2026, 7, 2, 17, 0)), Ok(d(2026, 7, 6)));
    // Thanksgiving, the fourth Thursday of November (5 U.S.C. 6103(a)): 26 November 2026.
    // Wednesday 25 November 10:00 PST = 18:00 UTC: received Wednesday, ships Friday 27.
    assert_eq!(fc.expected_ship_date(utc(2026, 11, 25, 18, 0)), Ok(d(2026, 11, 27)));
    // Ordered on the holiday itself: Birthday of Martin Luther King, Jr., the third Monday of
    // January, 19 January 2026. 09:00 PST = 17:00 UTC: received Tuesday 20, ships Wednesday 21.
    assert_eq!(fc.received_date(utc(2026, 1, 19, 17, 0)), Ok(d(2026, 1, 20)));
    assert_eq!(fc.expected_ship_date(utc(2026, 1, 19, 17, 0)), Ok(d(2026, 1, 21)));
    // Juneteenth, Friday 19 June 2026, with handling time 2: Thursday 18 June 10:00 PDT =
    // 17:00 UTC is received Thursday; business days after it: Mon 22 (1), Tue 23 (2).
    assert_eq!(us_fc(2).expected_ship_date(utc(2026, 6, 18, 17, 0)), Ok(d(2026, 6, 23)));
}

#[test]
fn chinese_make_up_saturdays_are_worked() {
    // 国务院办公厅关于2026年部分节假日安排的通知: 春节 2月15日（农历腊月二十八）至23日（农历正月初七）
    // 放假调休，共9天；2月14日（星期六）、2月28日（星期六）上班.
    let bonded = cn_bonded(1);
    // Friday 2026-02-13 10:00 Beijing = 02:00 UTC: received Friday; the next business day is
    // the make-up Saturday 14 February.
    assert_eq!(bonded.expected_ship_date(utc(2026, 2, 13, 2, 0)), Ok(d(2026, 2, 14)));
    // Friday 17:00 Beijing = 09:00 UTC: after the 16:00 cut-off, received on Saturday 14 (worked);
    // then the break of 15–23 February: ships Tuesday 24.
    assert_eq!(bonded.received_date(utc(2026, 2, 13, 9, 0)), Ok(d(2026, 2, 14)));
    assert_eq!(bonded.expected_ship_date(utc(2026, 2, 13, 9, 0)), Ok(d(2026, 2, 24)));
    // Saturday 14 February 10:00 Beijing = 02:00 UTC: a working day, received that day.
    assert_eq!(bonded.received_date(utc(2026, 2, 14, 2, 0)), Ok(d(2026, 2, 14)));
    assert_eq!(cn_bonded(0).expected_ship_date(utc(2026, 2, 14, 2, 0)), Ok(d(2026, 2, 14)));
    // The second make-up Saturday: Friday 27 February 10:00 Beijing ships Saturday 28.
    assert_eq!(bonded.expected_ship_date(utc(2026, 2, 27, 2, 0)), Ok(d(2026, 2, 28)));
    // 国庆节: 10月1日至7日放假调休，共7天；9月20日（星期日）、10月10日（星期六）上班. Friday 9
    // October 10:00 ships Saturday 10 October; Saturday 19 September (a plain rest day) is
    // received on the make-up Sunday 20 and ships Monday 21.
    assert_eq!(bonded.expected_ship_date(utc(2026, 10, 9, 2, 0)), Ok(d(2026, 10, 10)));
    assert_eq!(bonded.received_date(utc(2026, 9, 19, 2, 0)), Ok(d(2026, 9, 20)));
    assert_eq!(bonded.expected_ship_date(utc(2026, 9, 19, 2, 0)), Ok(d(2026, 9, 21)));
    // An ordinary Saturday is not worked: Friday 6 March 10:00 ships Monday 9 March.
    assert_eq!(bonded.expected_ship_date(utc(2026, 3, 6, 2, 0)), Ok(d(2026, 3, 9)));
    // 2025 (国办发明电〔2024〕12号): 2月8日（周六）上班. Friday 7 February 2025 10:00 ships Sat 8.
    assert_eq!(bonded.expected_ship_date(utc(2025, 2, 7, 2, 0)), Ok(d(2025, 2, 8)));
}

#[test]
fn uncovered_years_are_typed_errors() {
    // The US table covers 2025–2026; a ship date that would fall in 2027 is not guessed.
    // Thursday 2026-12-31 10:00 PST = 18:00 UTC: received that day, the next business day is in
    // 2027.
    assert_eq!(
        us_fc(1).expected_ship_date(utc(2026, 12, 31, 18, 0)),
        Err(CalendarError::NotCovered { date: d(2027, 1, 1), covered: (2025, 2026) })
    );
}

/// The oracle: a naive walk over `chinese_holiday` (2026.0.1; it panics after 2026-12-25).
fn oracle_ship_date(instant: DateTime<Utc>, cutoff: NaiveTime, handling: u8) -> NaiveDate {
    let worked = |date: NaiveDate| {
        let ymd = (
            u16::try_from(date.year()).unwrap(),
            u8::try_from(date.month()).unwrap(),
            u8::try_from(date.day()).unwrap(),
        );
        chinese_holiday::chinese_holiday(ymd).is_workday()
    };
    // Beijing time is UTC+8 with no daylight saving (since 1991).
    let local = instant.naive_utc() + TimeDelta::hours(8);
    let mut date = local.date();
    if !(local.time() < cutoff && worked(date)) {
        date = date.succ_opt().unwrap();
        while !worked(date) {
            date = date.succ_opt().unwrap();
        }
    }
    for _ in 0..handling {
        date = date.succ_opt().unwrap();
        while !worked(date) {
            date = date.succ_opt().unwrap();
        }
    }
    date
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn ship_dates_in_china_match_the_oracle(
        minutes in 0_i64..(699 * 24 * 60), // 2025-01-01 00:00 UTC .. 2026-11-30
        cutoff_minutes in 0_u32..(24 * 60),
        handling in 0_u8..6,
    ) {
        let instant = utc(2025, 1, 1, 0, 0) + TimeDelta::minutes(minutes);
        let cutoff = hm(cutoff_minutes / 60, cutoff_minutes % 60);
        let node = cn_bonded(handling).to_builder().cutoff(cutoff).build().unwrap();
        prop_assert_eq!(
            node.expected_ship_date(instant).unwrap(),
            oracle_ship_date(instant, cutoff, handling)
        );
    }

    #[test]
    fn ship_date_is_handling_business_days_after_receipt(
        minutes in 0_i64..(700 * 24 * 60), // to 2026-12-02: + 9 business days stays in 2026
        handling in 0_u8..10,
    ) {
        // From 2025-01-02 UTC: midnight of 1 January UTC is still 2024 in Los Angeles, a year
        // the calendars do not cover.
        let instant = utc(2025, 1, 2, 0, 0) + TimeDelta::minutes(minutes);
        for node in [us_fc(handling), cn_bonded(handling)] {
            let received = node.received_date(instant).unwrap();
            let ship = node.expected_ship_date(instant).unwrap();
            let local = instant.with_timezone(&node.time_zone()).date_naive();
            prop_assert!(received >= local);
            prop_assert!(node.calendar().is_business_day(received).unwrap());
            prop_assert!(node.calendar().is_business_day(ship).unwrap());
            prop_assert_eq!(
                node.calendar().business_days_between(received, ship).unwrap(),
                i64::from(handling)
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Customs district codes (关区代码) against the vendored CSV and customs_codes.md §8.
// ---------------------------------------------------------------------------------------------

fn district_csv() -> Vec<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tools/data/customs_districts.csv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("customs_code,name_zh"));
    lines
        .map(|line| {
            let (code, name) = line.split_once(',').unwrap();
            (code.to_owned(), name.to_owned())
        })
        .collect()
}

#[test]
fn every_district_of_the_csv_and_nothing_else() {
    let rows = district_csv();
    assert_eq!(rows.len(), 1044);
    assert_eq!(CustomsDistrict::ALL.len(), 1044);
    for (code, name) in &rows {
        let district: CustomsDistrict = code.parse().unwrap();
        assert_eq!(district.as_str(), code);
        assert_eq!(district.name_zh(), name);
    }
    let known: BTreeSet<&str> = rows.iter().map(|(c, _)| c.as_str()).collect();
    for n in 0..10_000 {
        let text = format!("{n:04}");
        let parsed = text.parse::<CustomsDistrict>();
        if known.contains(text.as_str()) {
            assert!(parsed.is_ok(), "{text}");
        } else {
            assert_eq!(parsed, Err(CustomsDistrictError::NotInTable { code: text }));
        }
    }
}

#[test]
fn districts_checked_in_the_reference_notes() {
    // customs_codes.md §8, "Examples checked in PARAM18".
    let checked = [
        ("2244", "上海快件", CustomsDistrict::SHANGHAI_EXPRESS),
        ("2200", "上海海关", CustomsDistrict::SHANGHAI),
        ("2233", "浦东机场", CustomsDistrict::PUDONG_AIRPORT),
        ("2216", "浦机综保", CustomsDistrict::PUDONG_AIRPORT_BONDED),
        ("2249", "洋山保税", CustomsDistrict::YANGSHAN_BONDED),
        ("2218", "外高桥关", CustomsDistrict::WAIGAOQIAO),
        ("2928", "杭关电商", CustomsDistrict::HANGZHOU_ECOMMERCE),
        ("5141", "广州机场", CustomsDistrict::GUANGZHOU_AIRPORT),
        ("5165", "南沙保税", CustomsDistrict::NANSHA_BONDED),
        ("5346", "深机快件", CustomsDistrict::SHENZHEN_AIRPORT_EXPRESS),
        ("4612", "新郑综保", CustomsDistrict::XINZHENG_BONDED),
        ("8011", "渝关快件", CustomsDistrict::CHONGQING_EXPRESS),
        ("8012", "重庆保税", CustomsDistrict::CHONGQING_BONDED),
        ("0213", "天津东疆", CustomsDistrict::TIANJIN_DONGJIANG),
        ("3700", "厦门关区", CustomsDistrict::XIAMEN),
        ("1500", "长春关区", CustomsDistrict::CHANGCHUN),
        ("0000", "海关总署", CustomsDistrict::GENERAL_ADMINISTRATION),
        ("0100", "北京关区", CustomsDistrict::BEIJING),
        ("2900", "杭州关区", CustomsDistrict::HANGZHOU),
        ("5100", "广州海关", CustomsDistrict::GUANGZHOU),
        ("5300", "深圳海关", CustomsDistrict::SHENZHEN),
    ];
    for (text, name, constant) in checked {
        let district: CustomsDistrict = text.parse().unwrap();
        assert_eq!(district, constant, "{text}");
        assert_eq!(district.name_zh(), name);
        assert_eq!(district.to_string(), text);
    }
    assert_eq!("1501".parse::<CustomsDistrict>().unwrap().name_zh(), "长春海关");
    // 8030 is used in an official CEB625 sample but is not in the 2018 table.
    assert!(matches!(
        "8030".parse::<CustomsDistrict>(),
        Err(CustomsDistrictError::NotInTable { .. })
    ));
    // The directly-administered customs is the XX00 code (2244 上海快件 → 2200 上海海关).
    assert_eq!(
        CustomsDistrict::SHANGHAI_EXPRESS.directly_administered(),
        CustomsDistrict::SHANGHAI
    );
    assert_eq!(CustomsDistrict::TIANJIN_DONGJIANG.directly_administered().name_zh(), "天津关区");
}

// ---------------------------------------------------------------------------------------------
// Nodes: validation through the public API.
// ---------------------------------------------------------------------------------------------

#[test]
fn node_rules() {
    let port = Node::builder(code("PVG-2233"), NodeKind::PortOfEntry, Country::CN)
        .time_zone(chrono_tz::Asia::Shanghai)
        .calendar(BusinessCalendar::china())
        .cutoff(hm(18, 0))
        .handling_days(0);
    assert_eq!(
        port.clone().build(),
        Err(NodeError::MissingCustomsDistrict {
            code: code("PVG-2233"),
            kind: NodeKind::PortOfEntry
        })
    );
    let port = port.customs_district(CustomsDistrict::PUDONG_AIRPORT).build().unwrap();
    assert_eq!(port.customs_district().map(CustomsDistrict::name_zh), Some("浦东机场"));
    assert_eq!(port.country(), Country::CN);

    let fc_in_china = us_fc(1).to_builder().time_zone(chrono_tz::Asia::Shanghai);
    let moved = Node::builder(code("ONT8"), NodeKind::FulfilmentCentre, Country::CN)
        .time_zone(chrono_tz::Asia::Shanghai)
        .calendar(BusinessCalendar::china())
        .cutoff(hm(14, 0))
        .handling_days(1);
    assert_eq!(moved.build(), Err(NodeError::FulfilmentCentreInChina { code: code("ONT8") }));
    assert!(fc_in_china.build().is_ok()); // a US node may use any zone; only the country counts

    let err: WarehouseError = NodeError::FulfilmentCentreInChina { code: code("ONT8") }.into();
    assert!(err.to_string().contains("bonded warehouse"), "{err}");
}

#[test]
fn node_kinds_and_modes_parse_and_print() {
    for kind in NodeKind::ALL {
        assert_eq!(kind.to_string().parse::<NodeKind>(), Ok(*kind));
        assert_eq!(kind.as_str(), kind.to_string());
    }
    assert_eq!(
        NodeKind::ALL.iter().filter(|k| k.requires_customs_district()).count(),
        2 // bonded warehouse and port of entry
    );
    for mode in TransportMode::ALL {
        assert_eq!(mode.to_string().parse::<TransportMode>(), Ok(*mode));
        assert_eq!(TransportMode::from_customs_code(mode.customs_code()), Some(*mode));
    }
    // customs_codes.md §5: air is trafMode 5, postal 6.
    assert_eq!(TransportMode::Air.customs_code(), "5");
    assert_eq!(TransportMode::Postal.customs_code(), "6");
}

// ---------------------------------------------------------------------------------------------
// A cross-border network as JSON data: direct mail from the US, Japan and Germany against a
// bonded warehouse in Ningbo, for a buyer served by a Shanghai delivery station.
// ---------------------------------------------------------------------------------------------

#[cfg(feature = "serde")]
const NETWORK_JSON: &str = r#"{
  "nodes": [
    {"code": "ONT8", "kind": "fulfilment_centre", "name": "Moreno Valley, CA", "country": "US",
     "time_zone": "America/Los_Angeles", "calendar": "us-federal", "cutoff": "14:00:00", "handling_days": 1},
    {"code": "HND3", "kind": "fulfilment_centre", "country": "JP",
     "time_zone": "Asia/Tokyo", "calendar": "jp", "cutoff": "12:00:00", "handling_days": 1},
    {"code": "FRA7", "kind": "fulfilment_centre", "country": "DE",
     "time_zone": "Europe/Berlin", "calendar": "de-nationwide", "cutoff": "13:00:00", "handling_days": 2},
    {"code": "YYZ1", "kind": "fulfilment_centre", "country": "CA",
     "time_zone": "America/Toronto", "calendar": "weekdays-only", "cutoff": "13:00:00", "handling_days": 1},
    {"code": "LAX-GW", "kind": "export_gateway", "country": "US",
     "time_zone": "America/Los_Angeles", "calendar": "seven-day", "cutoff": "20:00:00", "handling_days": 0},
    {"code": "NRT-GW", "kind": "export_gateway", "country": "JP",
     "time_zone": "Asia/Tokyo", "calendar": "seven-day", "cutoff": "20:00:00", "handling_days": 0},
    {"code": "PVG-2233", "kind": "port_of_entry", "country": "CN", "customs_district": "2233",
     "time_zone": "Asia/Shanghai", "calendar": "cn-mainland", "cutoff": "18:00:00", "handling_days": 0},
    {"code": "SHA-2244", "kind": "port_of_entry", "country": "CN", "customs_district": "2244",
     "time_zone": "Asia/Shanghai", "calendar": "cn-mainland", "cutoff": "18:00:00", "handling_days": 0},
    {"code": "NGB-BW1", "kind": "bonded_warehouse", "country": "CN", "customs_district": "3105",
     "time_zone": "Asia/Shanghai", "calendar": "cn-mainland", "cutoff": "16:00:00", "handling_days": 1},
    {"code": "SHA-SC1", "kind": "sorting_centre", "country": "CN",
     "time_zone": "Asia/Shanghai", "calendar": "seven-day", "cutoff": "22:00:00", "handling_days": 0},
    {"code": "SHA-DS1", "kind": "delivery_station", "country": "CN",
     "time_zone": "Asia/Shanghai", "calendar": "seven-day", "cutoff": "22:00:00", "handling_days": 0},
    {"code": "SHA-PP1", "kind": "pickup_point", "country": "CN",
     "time_zone": "Asia/Shanghai", "calendar": "seven-day", "cutoff": "22:00:00", "handling_days": 0}
  ],
  "lanes": [
    {"from": "ONT8", "to": "LAX-GW", "carrier": "ups", "service": "Ground", "mode": "road", "transit": "1 business day"},
    {"from": "LAX-GW", "to": "PVG-2233", "carrier": "ups", "service": "Worldwide Expedited", "mode": "air", "transit": "2-3 calendar days"},
    {"from": "ONT8", "to": "PVG-2233", "carrier": "usps", "service": "Priority Mail International", "mode": "postal", "transit": "6-10 business days"},
    {"from": "HND3", "to": "NRT-GW", "carrier": "japan_post", "service": "EMS", "mode": "road", "transit": "1 calendar day"},
    {"from": "NRT-GW", "to": "SHA-2244", "carrier": "japan_post", "service": "EMS", "mode": "air", "transit": "1-2 calendar days"},
    {"from": "FRA7", "to": "PVG-2233", "carrier": "dhl_express", "service": "Express Worldwide", "mode": "air", "transit": "1-3 business days"},
    {"from": "PVG-2233", "to": "SHA-SC1", "carrier": "sf_express", "service": "标快", "mode": "road", "transit": "1-3 business days"},
    {"from": "SHA-2244", "to": "SHA-SC1", "carrier": "sf_express", "service": "标快", "mode": "road", "transit": "1-2 business days"},
    {"from": "NGB-BW1", "to": "SHA-SC1", "carrier": "sf_express", "service": "标快", "mode": "road", "transit": "1 business day"},
    {"from": "SHA-SC1", "to": "SHA-DS1", "carrier": "sf_express", "service": "标快", "mode": "road", "transit": "1 calendar day"},
    {"from": "SHA-DS1", "to": "SHA-PP1", "carrier": "sf_express", "service": "标快", "mode": "road", "transit": "0-1 calendar days"}
  ]
}"#;

#[cfg(feature = "serde")]
fn chain(path: &NetworkPath) -> String {
    path.nodes().map(|c| c.to_string()).collect::<Vec<_>>().join(">")
}

#[cfg(feature = "serde")]
#[test]
fn network_from_json_lists_routes() {
    let network: Network = serde_json::from_str(NETWORK_JSON).unwrap();
    assert_eq!(network.nodes().count(), 12);
    assert_eq!(network.lanes().len(), 11);

    let to_station = network.routes(code("ONT8"), code("SHA-DS1")).unwrap();
    assert_eq!(
        to_station.iter().map(chain).collect::<Vec<_>>(),
        ["ONT8>PVG-2233>SHA-SC1>SHA-DS1", "ONT8>LAX-GW>PVG-2233>SHA-SC1>SHA-DS1"]
    );
    // 6-10 US business days by USPS, then 1-3 + 1 in the Chinese part.
    let transit = to_station[0].transit();
    assert_eq!((transit.business_days().min(), transit.business_days().max()), (7, 13));
    assert_eq!((transit.calendar_days().min(), transit.calendar_days().max()), (1, 1));
    assert_eq!(to_station[0].legs()[0].mode().customs_code(), "6");

    // To the country: stop at the port of entry.
    let to_china = network.routes(code("ONT8"), Country::CN).unwrap();
    assert_eq!(
        to_china.iter().map(chain).collect::<Vec<_>>(),
        ["ONT8>PVG-2233", "ONT8>LAX-GW>PVG-2233"]
    );
    // Stock already in China is its own route.
    assert_eq!(
        network.routes(code("NGB-BW1"), Country::CN).unwrap().iter().map(chain).collect::<Vec<_>>(),
        ["NGB-BW1"]
    );
    assert!(network.routes(code("YYZ1"), Country::CN).unwrap().is_empty());
    assert_eq!(
        network
            .routes(code("HND3"), code("SHA-PP1"))
            .unwrap()
            .iter()
            .map(chain)
            .collect::<Vec<_>>(),
        ["HND3>NRT-GW>SHA-2244>SHA-SC1>SHA-DS1>SHA-PP1"]
    );
}

#[cfg(feature = "serde")]
#[test]
fn compare_where_to_stock_for_a_buyer_in_shanghai() {
    let network: Network = serde_json::from_str(NETWORK_JSON).unwrap();
    // Monday 2026-06-15 02:00 UTC: 10:00 in Shanghai, 11:00 in Tokyo, 04:00 in Berlin (CEST),
    // and Sunday 14 June 19:00 in Los Angeles (PDT). Dragon Boat Festival (端午节) is 19–21 June
    // 2026 in China; Juneteenth is Friday 19 June in the US.
    let ordered = utc(2026, 6, 15, 2, 0);
    let origins =
        [code("ONT8"), code("FRA7"), code("YYZ1"), code("HND3"), code("NGB-BW1"), code("ONT8")];
    let ranking = network.compare_origins(code("SHA-DS1"), &origins, ordered).unwrap();
    let summary: Vec<(String, NaiveDate, NaiveDate, NaiveDate)> = ranking
        .ranked()
        .iter()
        .map(|o| {
            let e = o.estimate();
            (o.origin().to_string(), e.ship_date(), e.earliest_arrival(), e.latest_arrival())
        })
        .collect();
    let row = |c: &str, ship, early, late| (c.to_owned(), ship, early, late);
    assert_eq!(
        summary,
        [
            // Ningbo: received Mon 15 (10:00 < 16:00), ships Tue 16; 1 business day → Wed 17;
            // +1 calendar day → Thu 18.
            row("NGB-BW1", d(2026, 6, 16), d(2026, 6, 18), d(2026, 6, 18)),
            // Tokyo: received Mon 15 (11:00 < 12:00), ships Tue 16; +1 → Wed 17 at NRT; +1-2 →
            // Thu 18 - Fri 19 at SHA-2244; 1-2 Chinese business days after Thu 18 / Fri 19 skip
            // the Dragon Boat break: Mon 22 - Tue 23; +1 → Tue 23 - Wed 24.
            row("HND3", d(2026, 6, 16), d(2026, 6, 23), d(2026, 6, 24)),
            // Ontario: Sunday, received Mon 15, ships Tue 16. Best path via LAX: 1 US business
            // day → Wed 17; +2-3 → Fri 19 - Sat 20 at PVG; 1-3 Chinese business days → Mon 22 -
            // Wed 24; +1 → Tue 23 - Thu 25. (USPS: 6-10 US business days from Tue 16, skipping
            // Juneteenth, → Thu 25 - Wed 1 July at PVG: later.)
            row("ONT8", d(2026, 6, 16), d(2026, 6, 23), d(2026, 6, 25)),
            // Frankfurt: received Mon 15, handling 2 → Wed 17; 1-3 German business days → Thu 18
            // - Mon 22 at PVG; 1-3 Chinese business days → Mon 22 - Thu 25; +1 → Tue 23 - Fri 26.
            row("FRA7", d(2026, 6, 17), d(2026, 6, 23), d(2026, 6, 26)),
        ]
    );
    assert_eq!(ranking.unreachable(), [code("YYZ1")]);
    assert_eq!(ranking.best().map(OriginOption::origin), Some(code("NGB-BW1")));
    assert_eq!(ranking.ranked()[2].path().legs().len(), 4); // ONT8 via LAX-GW

    // The same network with the parts in another order is the same network.
    let mut nodes: Vec<Node> = network.nodes().cloned().collect();
    let mut lanes: Vec<Lane> = network.lanes().to_vec();
    nodes.reverse();
    lanes.reverse();
    assert_eq!(Network::try_new(nodes, lanes).unwrap(), network);
}

#[cfg(feature = "serde")]
#[test]
fn network_json_round_trips_and_is_validated() {
    let network: Network = serde_json::from_str(NETWORK_JSON).unwrap();
    let json = serde_json::to_string(&network).unwrap();
    // Built-in calendars are written by name.
    assert!(json.contains(r#""calendar":"cn-mainland""#), "{json}");
    assert_eq!(serde_json::from_str::<Network>(&json).unwrap(), network);

    let no_district = NETWORK_JSON.replace(r#", "customs_district": "3105""#, "");
    let err = serde_json::from_str::<Network>(&no_district).unwrap_err().to_string();
    assert!(err.contains("customs district"), "{err}");

    let dangling = NETWORK_JSON.replace(r#""to": "SHA-PP1""#, r#""to": "SHA-PP2""#);
    let err = serde_json::from_str::<Network>(&dangling).unwrap_err().to_string();
    assert!(err.contains("SHA-PP2"), "{err}");

    let bad_calendar = NETWORK_JSON.replace(r#""calendar": "jp""#, r#""calendar": "japan""#);
    assert!(serde_json::from_str::<Network>(&bad_calendar).is_err());
    let bad_code = NETWORK_JSON.replace(r#""code": "HND3""#, r#""code": "hnd3""#);
    assert!(serde_json::from_str::<Network>(&bad_code).is_err());
    let bad_transit = NETWORK_JSON.replace("1-2 calendar days", "2-1 calendar days");
    assert!(serde_json::from_str::<Network>(&bad_transit).is_err());
    let numeric_district =
        NETWORK_JSON.replace(r#""customs_district": "2233""#, r#""customs_district": 2233"#);
    assert!(serde_json::from_str::<Network>(&numeric_district).is_err());
}

#[test]
fn network_errors() {
    let lane = Lane::try_new(
        code("ONT8"),
        code("NGB-BW1"),
        Carrier::Ups,
        "Worldwide Saver".parse().unwrap(),
        TransportMode::Air,
        TransitTime::business_days(3, 5).unwrap(),
    )
    .unwrap();
    assert_eq!(
        Network::try_new([us_fc(1)], [lane.clone()]),
        Err(NetworkError::UnknownNode {
            from: code("ONT8"),
            to: code("NGB-BW1"),
            missing: code("NGB-BW1")
        })
    );
    let network = Network::try_new([us_fc(1), cn_bonded(1)], [lane]).unwrap();
    assert_eq!(
        network.compare_origins(Country::CN, &[code("XXX")], utc(2026, 3, 2, 0, 0)),
        Err(RouteError::UnknownNode { code: code("XXX") })
    );
    // The bonded warehouse's calendar does not know 2027: the estimate says so.
    let path = network.routes(code("ONT8"), Country::CN).unwrap().remove(0);
    assert!(matches!(
        network.estimate(&path, utc(2026, 12, 31, 18, 0)),
        Err(RouteError::Calendar { .. })
    ));
    assert_eq!(Destination::from(Country::CN).to_string(), "country CN");
}

// ---------------------------------------------------------------------------------------------
// Properties: value types round-trip and never panic on input; routes are simple, chain, end
// where asked, and equal a naive enumeration; networks do not depend on input order.
// ---------------------------------------------------------------------------------------------

fn node_code() -> impl Strategy<Value = String> {
    "[A-Z0-9]{1,5}(-[A-Z0-9]{1,5}){0,2}"
        .prop_filter("3 to 16 characters", |s| (3..=16).contains(&s.len()))
}

fn transit() -> impl Strategy<Value = TransitTime> {
    (any::<bool>(), any::<u16>(), any::<u16>()).prop_map(|(business, a, b)| {
        let unit = if business { DayUnit::BusinessDays } else { DayUnit::CalendarDays };
        TransitTime::new(unit, a.min(b), a.max(b)).unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn node_codes_round_trip(text in node_code()) {
        let parsed: NodeCode = text.parse().unwrap();
        prop_assert_eq!(parsed.as_str(), text.as_str());
        prop_assert_eq!(parsed.to_string().parse::<NodeCode>(), Ok(parsed));
        prop_assert_eq!(NodeCode::try_from(text.as_str()), Ok(parsed));
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&parsed).unwrap();
            prop_assert_eq!(&json, &format!("\"{text}\""));
            prop_assert_eq!(serde_json::from_str::<NodeCode>(&json).unwrap(), parsed);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        if let Ok(parsed) = text.parse::<NodeCode>() {
            prop_assert_eq!(parsed.as_str(), text.as_str());
        }
        if let Ok(parsed) = text.parse::<CustomsDistrict>() {
            prop_assert_eq!(parsed.as_str(), text.as_str());
        }
        if let Ok(parsed) = text.parse::<ServiceName>() {
            prop_assert_eq!(parsed.as_str(), text.as_str());
        }
        if let Ok(parsed) = text.parse::<TransitTime>() {
            prop_assert_eq!(parsed.to_string().parse::<TransitTime>(), Ok(parsed));
        }
        let _ = text.parse::<NodeKind>();
        let _ = text.parse::<TransportMode>();
        let _ = TransportMode::from_customs_code(&text);
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&text).unwrap();
            let _ = serde_json::from_str::<NodeCode>(&json);
            let _ = serde_json::from_str::<CustomsDistrict>(&json);
            let _ = serde_json::from_str::<Network>(&text);
            let _ = serde_json::from_str::<Node>(&text);
        }
    }

    #[test]
    fn node_code_errors_point_at_the_problem(text in "[A-Za-z0-9_ -]{0,20}") {
        match text.parse::<NodeCode>() {
            Ok(code) => prop_assert_eq!(code.as_str(), text.as_str()),
            Err(NodeCodeError::Empty) => prop_assert!(text.is_empty()),
            Err(NodeCodeError::InvalidChar { position, ch, .. }) => {
                prop_assert_eq!(text[position..].chars().next(), Some(ch));
                prop_assert!(!(ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '-'));
            }
            Err(NodeCodeError::Length { len, .. }) => prop_assert!(!(3..=16).contains(&len)),
            Err(NodeCodeError::MisplacedHyphen { position, .. }) => {
                prop_assert_eq!(text.as_bytes()[position], b'-');
            }
            Err(other) => prop_assert!(false, "unexpected {other:?}"),
        }
    }

    #[test]
    fn districts_round_trip(index in 0_usize..1044) {
        let district = CustomsDistrict::ALL[index];
        prop_assert_eq!(district.to_string().parse::<CustomsDistrict>(), Ok(district));
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&district).unwrap();
            prop_assert_eq!(&json, &format!("\"{district}\""));
            prop_assert_eq!(serde_json::from_str::<CustomsDistrict>(&json).unwrap(), district);
        }
    }

    #[test]
    fn transit_times_round_trip(value in transit()) {
        prop_assert_eq!(value.to_string().parse::<TransitTime>(), Ok(value));
        prop_assert!(value.min() <= value.max());
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&value).unwrap();
            prop_assert_eq!(serde_json::from_str::<TransitTime>(&json).unwrap(), value);
        }
    }

    #[test]
    fn service_names_round_trip(text in "[A-Za-z0-9标快特惠 ]{1,64}") {
        match text.parse::<ServiceName>() {
            Ok(name) => {
                prop_assert_eq!(name.to_string(), text.clone());
                #[cfg(feature = "serde")]
                {
                    let json = serde_json::to_string(&name).unwrap();
                    prop_assert_eq!(serde_json::from_str::<ServiceName>(&json).unwrap(), name);
                }
            }
            Err(_) => prop_assert!(text.starts_with(' ') || text.ends_with(' ')),
        }
    }
}

/// A random network: up to seven sorting centres in the US, CN or JP on a seven-day calendar,
/// and lanes between them by UPS or FedEx (parallel lanes and cycles included).
fn random_network() -> impl Strategy<Value = (Network, Vec<Lane>)> {
    let countries = prop::collection::vec(0_usize..3, 2..=7);
    countries
        .prop_flat_map(|countries| {
            let n = countries.len();
            let lanes =
                prop::collection::vec((0..n, 0..n, any::<bool>(), 0_u16..4, any::<bool>()), 0..24);
            (Just(countries), lanes)
        })
        .prop_map(|(countries, raw_lanes)| {
            let name = |i: usize| format!("N{i:02}");
            let nodes: Vec<Node> = countries
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let country = [Country::US, Country::CN, Country::JP][*c];
                    Node::builder(code(&name(i)), NodeKind::SortingCentre, country)
                        .time_zone(chrono_tz::UTC)
                        .calendar(BusinessCalendar::seven_day())
                        .cutoff(hm(12, 0))
                        .handling_days(0)
                        .build()
                        .unwrap()
                })
                .collect();
            let mut keys = BTreeSet::new();
            let lanes: Vec<Lane> = raw_lanes
                .into_iter()
                .filter(|(a, b, fedex, _, _)| a != b && keys.insert((*a, *b, *fedex)))
                .map(|(a, b, fedex, days, business)| {
                    let transit = if business {
                        TransitTime::business_days(days, days + 1)
                    } else {
                        TransitTime::calendar_days(days, days + 2)
                    };
                    Lane::try_new(
                        code(&name(a)),
                        code(&name(b)),
                        if fedex { Carrier::Fedex } else { Carrier::Ups },
                        "Standard".parse().unwrap(),
                        TransportMode::Road,
                        transit.unwrap(),
                    )
                    .unwrap()
                })
                .collect();
            (Network::try_new(nodes, lanes.clone()).unwrap(), lanes)
        })
}

/// Every simple path to `to`, by plain recursion over the lane list: the reference the
/// network's search is compared with.
struct Naive<'a> {
    network: &'a Network,
    lanes: &'a [Lane],
    to: Destination,
    max_legs: usize,
    out: Vec<Vec<Lane>>,
}

impl Naive<'_> {
    fn reached(&self, c: NodeCode) -> bool {
        match self.to {
            Destination::Node(target) => c == target,
            Destination::Country(country) => self.network.node(c).unwrap().country() == country,
            _ => unreachable!(),
        }
    }

    fn walk(&mut self, at: NodeCode, visited: &mut Vec<NodeCode>, legs: &mut Vec<Lane>) {
        if self.reached(at) {
            self.out.push(legs.clone());
            return;
        }
        if legs.len() == self.max_legs {
            return;
        }
        let lanes = self.lanes;
        for lane in lanes.iter().filter(|l| l.from() == at) {
            if visited.contains(&lane.to()) {
                continue;
            }
            visited.push(lane.to());
            legs.push(lane.clone());
            self.walk(lane.to(), visited, legs);
            legs.pop();
            visited.pop();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn routes_are_simple_chained_complete_and_ordered(
        (network, lanes) in random_network(),
        from in 0_usize..7,
        to in 0_usize..7,
        to_country in any::<bool>(),
        max_legs in 0_usize..7,
    ) {
        let count = network.nodes().count();
        let from = code(&format!("N{:02}", from % count));
        let to: Destination = if to_country {
            [Country::US, Country::CN, Country::JP][to % 3].into()
        } else {
            code(&format!("N{:02}", to % count)).into()
        };
        let paths = network.routes_with_max_legs(from, to, max_legs).unwrap();
        for path in &paths {
            prop_assert_eq!(path.origin(), from);
            prop_assert!(path.legs().len() <= max_legs);
            // Legs chain end to start.
            prop_assert_eq!(path.legs().first().map_or(from, Lane::from), from);
            for pair in path.legs().windows(2) {
                prop_assert_eq!(pair[0].to(), pair[1].from());
            }
            // No cycle: every node once.
            let nodes: Vec<NodeCode> = path.nodes().collect();
            let distinct: BTreeSet<NodeCode> = nodes.iter().copied().collect();
            prop_assert_eq!(distinct.len(), nodes.len());
            // Ends where asked, and (to a country) reaches it only at the end.
            match to {
                Destination::Node(target) => prop_assert_eq!(path.destination(), target),
                Destination::Country(country) => {
                    let inside: Vec<bool> = nodes.iter().map(|c| network.node(*c).unwrap().country() == country).collect();
                    prop_assert_eq!(inside.iter().filter(|x| **x).count(), 1);
                    prop_assert_eq!(inside.last(), Some(&true));
                }
                _ => unreachable!(),
            }
            // Each leg is a lane of the network.
            for leg in path.legs() {
                prop_assert!(network.lanes().contains(leg));
            }
        }
        // The same list as a naive recursion, in order (fewest legs first, then lane order).
        let mut naive = Naive { network: &network, lanes: &lanes, to, max_legs, out: Vec::new() };
        naive.walk(from, &mut vec![from], &mut Vec::new());
        let mut expected = naive.out;
        expected.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        let got: Vec<Vec<Lane>> = paths.iter().map(|p| p.legs().to_vec()).collect();
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn networks_do_not_depend_on_input_order(
        (network, lanes) in random_network(),
        seed in any::<u64>(),
    ) {
        let mut nodes: Vec<Node> = network.nodes().cloned().collect();
        let mut shuffled = lanes.clone();
        // A deterministic shuffle from the seed.
        let len = shuffled.len();
        for i in (1..len).rev() {
            let bound = u64::try_from(i).unwrap() + 1;
            let j = usize::try_from(seed.rotate_left(u32::try_from(i).unwrap()) % bound).unwrap();
            shuffled.swap(i, j);
        }
        nodes.reverse();
        let rebuilt = Network::try_new(nodes, shuffled).unwrap();
        prop_assert_eq!(&rebuilt, &network);
        for node in network.nodes() {
            prop_assert_eq!(
                rebuilt.routes(node.code(), Country::CN).unwrap(),
                network.routes(node.code(), Country::CN).unwrap()
            );
        }
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&network).unwrap();
            prop_assert_eq!(serde_json::from_str::<Network>(&json).unwrap(), network);
        }
    }

    #[test]
    fn estimates_are_ordered(
        (network, _lanes) in random_network(),
        from in 0_usize..7,
        days in 0_u64..700,
    ) {
        let count = network.nodes().count();
        let from = code(&format!("N{:02}", from % count));
        let ordered = utc(2025, 1, 1, 8, 0).checked_add_days(Days::new(days)).unwrap();
        for path in network.routes(from, Country::CN).unwrap() {
            let estimate = network.estimate(&path, ordered).unwrap();
            prop_assert!(estimate.ship_date() <= estimate.earliest_arrival());
            prop_assert!(estimate.earliest_arrival() <= estimate.latest_arrival());
            // Seven-day calendars: business days are calendar days, so the total is exact.
            let transit = path.transit();
            let min = u64::from(transit.business_days().min() + transit.calendar_days().min());
            let max = u64::from(transit.business_days().max() + transit.calendar_days().max());
            prop_assert_eq!(estimate.earliest_arrival(), estimate.ship_date().checked_add_days(Days::new(min)).unwrap());
            prop_assert_eq!(estimate.latest_arrival(), estimate.ship_date().checked_add_days(Days::new(max)).unwrap());
        }
    }
}
