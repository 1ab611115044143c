//! Warehouses: `NodeCode`, `CustomsDistrict`, `ServiceName`, `TransitTime`, `NodeKind`,
//! `TransportMode` from text; `Node`, `Lane` and `Network` from JSON; then route, estimate and
//! origin-comparison queries on the network.
//!
//! Input framing: text (a code or a JSON document), then optionally a NUL byte and query
//! parameters (read with `arbitrary`; missing bytes read as zeros).
//!
//! Properties checked:
//! - codes and names round-trip through `Display`/`FromStr` and JSON;
//! - nodes, lanes and networks survive a JSON round trip;
//! - every route starts at its origin, its legs connect, it has no node twice, it ends at the
//!   destination (node or country), at most `max_legs` legs, and `NetworkPath::try_new`
//!   rebuilds it; an estimate has ship date ≤ earliest ≤ latest arrival;
//! - an origin comparison accounts for each distinct origin once and ranks by arrival.
#![no_main]

use std::collections::BTreeSet;

use arbitrary::{Arbitrary, Unstructured};
use chrono::DateTime;
use crossborder::warehouse::{
    CustomsDistrict, Destination, Lane, Network, NetworkPath, Node, NodeCode, NodeKind,
    ServiceName, TransitTime, TransportMode,
};
use crossborder_fuzz::{assert_json_round_trip, split_nul};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Default, Arbitrary)]
struct Params {
    order_seconds: i64,
    max_legs: u8,
    origins: u8,
}

fuzz_target!(|data: &[u8]| {
    let (text, params) = split_nul(data);
    let text = String::from_utf8_lossy(text);
    let text = text.as_ref();
    let params = Params::arbitrary(&mut Unstructured::new(params)).unwrap_or_default();

    codes(text);

    if let Ok(node) = serde_json::from_str::<Node>(text) {
        assert_json_round_trip(&node);
    }
    if let Ok(lane) = serde_json::from_str::<Lane>(text) {
        assert_json_round_trip(&lane);
    }
    match serde_json::from_str::<Network>(text) {
        Ok(network) => {
            assert_json_round_trip(&network);
            let rebuilt = Network::try_new(network.nodes().cloned(), network.lanes().to_vec());
            assert_eq!(rebuilt.as_ref(), Ok(&network));
            queries(&network, &params);
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});

fn codes(text: &str) {
    if let Ok(code) = text.parse::<NodeCode>() {
        assert_eq!(code.as_str(), text);
        assert_eq!(code.to_string().parse::<NodeCode>(), Ok(code));
        assert_json_round_trip(&code);
    }
    if let Ok(district) = text.parse::<CustomsDistrict>() {
        assert_eq!(district.as_str().parse::<CustomsDistrict>(), Ok(district));
        let head = district.directly_administered();
        assert!(head.is_directly_administered() || head == district);
        let _ = district.name_zh();
        assert_json_round_trip(&district);
    }
    if let Ok(name) = text.parse::<ServiceName>() {
        assert_eq!(name.to_string().parse::<ServiceName>().as_ref(), Ok(&name));
        assert_json_round_trip(&name);
    }
    if let Ok(transit) = text.parse::<TransitTime>() {
        assert!(transit.min() <= transit.max());
        assert_eq!(transit.to_string().parse::<TransitTime>(), Ok(transit));
        assert_json_round_trip(&transit);
    }
    if let Ok(kind) = text.parse::<NodeKind>() {
        assert_eq!(kind.to_string().parse::<NodeKind>(), Ok(kind));
        let _ = (kind.as_str(), kind.name_zh(), kind.requires_customs_district());
    }
    if let Ok(mode) = text.parse::<TransportMode>() {
        assert_eq!(mode.to_string().parse::<TransportMode>(), Ok(mode));
        assert_eq!(TransportMode::from_customs_code(mode.customs_code()), Some(mode));
    }
    if let Some(mode) = TransportMode::from_customs_code(text) {
        assert_eq!(mode.customs_code(), text);
    }
}

fn queries(network: &Network, params: &Params) {
    let Some(instant) = DateTime::from_timestamp(params.order_seconds % 20_000_000_000, 0) else {
        return;
    };
    let max_legs = usize::from(params.max_legs % 7);
    let nodes: Vec<&Node> = network.nodes().collect();
    for node in &nodes {
        let _ = (node.received_date(instant), node.expected_ship_date(instant));
        assert_eq!(network.node(node.code()).map(Node::code), Some(node.code()));
        for lane in network.lanes_from(node.code()) {
            assert_eq!(lane.from(), node.code());
        }
    }
    let mut destinations: Vec<Destination> =
        nodes.iter().take(2).map(|n| Destination::Node(n.code())).collect();
    if let Some(last) = nodes.last() {
        destinations.push(Destination::Country(last.country()));
        destinations.push(Destination::Node(last.code()));
    }
    for origin in nodes.iter().take(2) {
        for &to in &destinations {
            match network.routes_with_max_legs(origin.code(), to, max_legs) {
                Ok(paths) => {
                    for path in paths.iter().take(16) {
                        check_path(network, path, origin.code(), to, max_legs);
                        if let Ok(e) = network.estimate(path, instant) {
                            assert!(e.ship_date() <= e.earliest_arrival(), "{e:?}");
                            assert!(e.earliest_arrival() <= e.latest_arrival(), "{e:?}");
                        }
                    }
                }
                Err(e) => {
                    let _ = e.to_string();
                }
            }
        }
    }
    let origins: Vec<NodeCode> = nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| params.origins & (1 << (i % 8)) != 0)
        .map(|(_, n)| n.code())
        .take(4)
        .collect();
    for &to in destinations.iter().take(2) {
        if let Ok(cmp) = network.compare_origins(to, &origins, instant) {
            let distinct: BTreeSet<NodeCode> = origins.iter().copied().collect();
            let listed: BTreeSet<NodeCode> = cmp
                .ranked()
                .iter()
                .map(|o| o.origin())
                .chain(cmp.unreachable().iter().copied())
                .collect();
            assert_eq!(listed, distinct, "compare_origins lost or invented an origin");
            assert_eq!(cmp.ranked().len() + cmp.unreachable().len(), distinct.len());
            for pair in cmp.ranked().windows(2) {
                let key = |o: &crossborder::warehouse::OriginOption| {
                    (o.estimate().latest_arrival(), o.estimate().earliest_arrival())
                };
                assert!(key(&pair[0]) <= key(&pair[1]), "compare_origins ranking out of order");
            }
            assert_eq!(cmp.best().map(|o| o.origin()), cmp.ranked().first().map(|o| o.origin()));
        }
    }
}

fn check_path(
    network: &Network,
    path: &NetworkPath,
    origin: NodeCode,
    to: Destination,
    max_legs: usize,
) {
    assert_eq!(path.origin(), origin);
    assert!(path.legs().len() <= max_legs);
    let nodes: Vec<NodeCode> = path.nodes().collect();
    let distinct: BTreeSet<NodeCode> = nodes.iter().copied().collect();
    assert_eq!(distinct.len(), nodes.len(), "route visits a node twice: {path}");
    match to {
        Destination::Node(code) => assert_eq!(path.destination(), code),
        Destination::Country(country) => {
            let arrived = network.node(path.destination()).map(Node::country);
            assert_eq!(arrived, Some(country), "route ends outside the country: {path}");
        }
        _ => {}
    }
    assert_eq!(NetworkPath::try_new(origin, path.legs().to_vec()).as_ref(), Ok(path));
    let _ = (path.transit(), path.to_string());
}
