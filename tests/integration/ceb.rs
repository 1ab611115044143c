//! CEB XML (feature `ceb-xml`): the 32 official samples (XML level, DTO round trip, domain
//! level), the crate's own messages (domain round trip, golden fixtures), hostile input, the
//! XSD facet check of the writer, and validation of everything written against
//! `ceb-import-202205.xsd` with xmllint.

use std::path::{Path, PathBuf};
use std::process::Command;

use crossborder::customs::ceb::{
    BaseTransferXml, CebError, CebMessage, ConvertError, DataMessage, ExtendMessageXml,
    MessageType, OrderXml, ReadLimits, Receipt, SchemaError, Signature, SignatureAlgorithm,
    XmlAttribute, XmlElement, XmlNode, read_message, read_message_with, write_message,
};
use crossborder::customs::{
    CustomsDocument, DocumentError, DocumentSet, MatchOptions, NoQuota, ReturnStatus, Rule,
    match_documents, sample,
};
use crossborder::party::{BirthDateProblem, PartyError, ResidentIdError};
use proptest::prelude::*;

const EDITIONS: [&str; 2] = ["2018", "202205"];

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helper: a broken fixture must fail the test loudly
fn sample_bytes(edition: &str, t: MessageType) -> Vec<u8> {
    let path = data(&format!("tests/data/ceb/samples/{edition}/{}.xml", t.root_element()));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helper: a broken fixture must fail the test loudly
fn read_sample(edition: &str, t: MessageType) -> CebMessage {
    read_message(&sample_bytes(edition, t)).unwrap_or_else(|e| panic!("{edition} {t}: {e}"))
}

fn transfer() -> BaseTransferXml {
    BaseTransferXml::dxp("3301963K69", "示例跨境电商平台有限公司", "DXPENT0000000001")
}

/// The four messages of the crate's consistent sample set.
#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helper: a broken fixture must fail the test loudly
fn sample_messages() -> Vec<CebMessage> {
    let set = sample::matched_set().unwrap();
    vec![
        CebMessage::from_orders(
            &set.order.head().guid,
            std::slice::from_ref(&set.order),
            transfer(),
        ),
        CebMessage::from_payments(
            &set.payment.guid,
            std::slice::from_ref(&set.payment),
            transfer(),
        ),
        CebMessage::from_waybills(
            &set.waybill.guid,
            std::slice::from_ref(&set.waybill),
            transfer(),
        ),
        CebMessage::from_inventories(
            &set.inventory.head().guid,
            std::slice::from_ref(&set.inventory),
            transfer(),
        ),
    ]
}

/// A minimal CEB311 with `head_extra` inserted in the head's optional tail and `tail` after
/// `BaseTransfer`.
fn order_xml(note: &str, tail: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB311Message guid="7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb">
<ceb:Order><ceb:OrderHead>
<ceb:guid>7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6</ceb:guid><ceb:appType>1</ceb:appType>
<ceb:appTime>20260301100000</ceb:appTime><ceb:appStatus>2</ceb:appStatus><ceb:orderType>I</ceb:orderType>
<ceb:orderNo>SO-1</ceb:orderNo><ceb:ebpCode>3301963K69</ceb:ebpCode><ceb:ebpName>平台</ceb:ebpName>
<ceb:ebcCode>3301968M02</ceb:ebcCode><ceb:ebcName>电商</ceb:ebcName><ceb:goodsValue>10</ceb:goodsValue>
<ceb:freight>0</ceb:freight><ceb:discount>0</ceb:discount><ceb:taxTotal>0</ceb:taxTotal>
<ceb:acturalPaid>10</ceb:acturalPaid><ceb:currency>142</ceb:currency><ceb:buyerRegNo>u1</ceb:buyerRegNo>
<ceb:buyerName>张三</ceb:buyerName><ceb:buyerTelephone>13812345678</ceb:buyerTelephone>
<ceb:buyerIdType>1</ceb:buyerIdType><ceb:buyerIdNumber>11010519491231002X</ceb:buyerIdNumber>
<ceb:consignee>李四</ceb:consignee><ceb:consigneeTelephone>13912345678</ceb:consigneeTelephone>
<ceb:consigneeAddress>上海市浦东新区张江路123号</ceb:consigneeAddress>{note}
</ceb:OrderHead><ceb:OrderList><ceb:gnum>1</ceb:gnum><ceb:itemName>面霜</ceb:itemName><ceb:gmodel>50ml</ceb:gmodel>
<ceb:unit>007</ceb:unit><ceb:qty>1</ceb:qty><ceb:price>10</ceb:price><ceb:totalPrice>10</ceb:totalPrice>
<ceb:currency>142</ceb:currency><ceb:country>502</ceb:country></ceb:OrderList></ceb:Order>
<ceb:BaseTransfer><ceb:copCode>3301963K69</ceb:copCode><ceb:copName>平台</ceb:copName><ceb:dxpMode>DXP</ceb:dxpMode><ceb:dxpId>DXP1</ceb:dxpId></ceb:BaseTransfer>{tail}
</ceb:CEB311Message>
"#
    )
}

#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helper: a broken fixture must fail the test loudly
fn first_order(m: &CebMessage) -> &OrderXml {
    let CebMessage::Ceb311(data) = m else { panic!("not a CEB311: {m:?}") };
    &data.entries[0]
}

#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helper: a broken fixture must fail the test loudly
fn first_order_mut(m: &mut CebMessage) -> &mut OrderXml {
    let CebMessage::Ceb311(data) = m else { panic!("not a CEB311") };
    &mut data.entries[0]
}

// ---------------------------------------------------------------- official samples

#[test]
fn every_official_sample_parses_with_its_record_count() {
    // Records per sample (6–10 copies of one record; CEB711 carries one Delivery), counted
    // in the files with grep.
    let expected = [
        (MessageType::Ceb311, 6),
        (MessageType::Ceb312, 10),
        (MessageType::Ceb411, 10),
        (MessageType::Ceb412, 10),
        (MessageType::Ceb511, 6),
        (MessageType::Ceb512, 10),
        (MessageType::Ceb513, 10),
        (MessageType::Ceb514, 10),
        (MessageType::Ceb621, 10),
        (MessageType::Ceb622, 10),
        (MessageType::Ceb623, 10),
        (MessageType::Ceb624, 10),
        (MessageType::Ceb625, 10),
        (MessageType::Ceb626, 10),
        (MessageType::Ceb711, 1),
        (MessageType::Ceb712, 10),
    ];
    assert_eq!(expected.len(), MessageType::ALL.len());
    for edition in EDITIONS {
        let files =
            std::fs::read_dir(data(&format!("tests/data/ceb/samples/{edition}"))).unwrap().count();
        assert_eq!(files, 16, "{edition}");
        for (t, records) in expected {
            let m = read_sample(edition, t);
            assert_eq!(m.message_type(), t, "{edition}");
            assert_eq!(m.record_count(), records, "{edition} {t}");
            assert_eq!(m.guid().len(), 36, "{edition} {t}");
        }
    }
}

#[test]
fn the_202205_order_sample_starts_with_a_bom_and_parses() {
    let bytes = sample_bytes("202205", MessageType::Ceb311);
    assert_eq!(bytes.get(..3), Some(&[0xEF, 0xBB, 0xBF][..]));
    let with_bom = read_message(&bytes).unwrap();
    let without_bom = read_message(&bytes[3..]).unwrap();
    assert_eq!(with_bom, without_bom);
}

#[test]
fn sample_values_are_read_as_written() {
    let m = read_sample("202205", MessageType::Ceb311);
    let order = first_order(&m);
    // Values as they stand in the file.
    assert_eq!(order.head.order_no, "order20160321116421002");
    assert_eq!(order.head.goods_value, "14000");
    assert_eq!(order.head.actural_paid, "19050");
    assert_eq!(order.head.consignee_district.as_deref(), Some("072750"));
    assert_eq!(order.head.note.as_deref(), Some("test"));
    assert_eq!(order.lines.len(), 2);
    assert_eq!(order.lines[1].total_price, "12000");
    // <ceb:note></ceb:note> in every OrderList: an empty optional element is None.
    assert!(order.lines.iter().all(|l| l.note.is_none()));
    let CebMessage::Ceb311(data) = &m else { unreachable!() };
    assert_eq!(data.base_transfer.dxp_id, "EXP2016522002580001");
    let signature = data.signature.as_ref().unwrap();
    assert_eq!(
        signature.signed_info.signature_method,
        SignatureAlgorithm::Sm2Sm3.signature_method()
    );
    assert_eq!(signature.signed_info.references[0].digest_value, "SF/P+2sVsRQ9dJIqJSroW6ajb0Y=");
    assert_eq!(signature.key_info.as_ref().unwrap().key_name.as_deref(), Some("0001"));
    assert!(!signature.is_template());

    let m2018 = read_sample("2018", MessageType::Ceb311);
    let CebMessage::Ceb311(data) = &m2018 else { unreachable!() };
    assert_eq!(
        data.signature.as_ref().unwrap().signed_info.signature_method,
        SignatureAlgorithm::RsaSha1.signature_method()
    );
}

#[test]
fn samples_round_trip_at_dto_level() {
    for edition in EDITIONS {
        for &t in MessageType::ALL {
            let m = read_sample(edition, t);
            let xml = write_message(&m).unwrap_or_else(|e| panic!("{edition} {t}: {e}"));
            let back = read_message(xml.as_bytes()).unwrap();
            assert_eq!(back, m, "{edition} {t}");
            // And writing is deterministic.
            assert_eq!(write_message(&back).unwrap(), xml, "{edition} {t}");
        }
    }
}

#[test]
fn samples_that_pass_domain_validation_round_trip_at_domain_level() {
    for edition in EDITIONS {
        // The waybill sample's data is valid: 6 waybills.
        let m = read_sample(edition, MessageType::Ceb511);
        let docs = m.documents().unwrap();
        assert_eq!(docs.len(), 6);
        let CustomsDocument::Waybill(w) = &docs[0] else { panic!() };
        assert_eq!(w.logistics_no.as_str(), "L201603081138007");
        assert_eq!(w.weight.to_string(), "4000");
        assert_eq!(w.pack_no.get(), 6000); // the sample ignores "限定为1"
        assert!(w.note.is_none()); // <ceb:note></ceb:note>
        let again = read_message(write_message(&m).unwrap().as_bytes()).unwrap();
        assert_eq!(again.documents().unwrap(), docs, "{edition}");
        let waybills: Vec<_> = docs
            .iter()
            .map(|d| match d {
                CustomsDocument::Waybill(w) => (**w).clone(),
                _ => panic!(),
            })
            .collect();
        let rebuilt = CebMessage::from_waybills(&w.guid, &waybills, transfer());
        let reread = read_message(write_message(&rebuilt).unwrap().as_bytes()).unwrap();
        assert_eq!(reread.documents().unwrap(), docs, "{edition}");

        // The four receipt samples convert, and back.
        for (t, status) in [
            (MessageType::Ceb312, ReturnStatus::Declaring),
            (MessageType::Ceb412, ReturnStatus::parse("120").unwrap()),
            (MessageType::Ceb512, ReturnStatus::Declaring),
            (MessageType::Ceb622, ReturnStatus::Stored),
        ] {
            let m = read_sample(edition, t);
            let receipts = m.receipts().unwrap();
            assert_eq!(receipts.len(), 10, "{edition} {t}");
            let first = match &receipts[0] {
                Receipt::Order(r) => r.return_status.clone(),
                Receipt::Payment(r) => r.return_status.clone(),
                Receipt::Logistics(r) => r.return_status.clone(),
                Receipt::Inventory(r) => r.return_status.clone(),
                _ => panic!(),
            };
            assert_eq!(first, status, "{edition} {t}");
            let again = read_message(write_message(&m).unwrap().as_bytes()).unwrap();
            assert_eq!(again.receipts().unwrap(), receipts);
        }
    }
}

#[test]
fn samples_with_invalid_identity_numbers_name_the_element() {
    // 130681136250023332 (CEB311, CEB621) and the payer's number of CEB411 fail GB 11643:
    // positions 7–14 are not a birth date (1362-50-02; 0213-45-22).
    for edition in EDITIONS {
        for (t, element, _birth) in [
            (MessageType::Ceb311, "buyerIdNumber", "13625002"),
            (MessageType::Ceb411, "payerIdNumber", "02134522"),
            (MessageType::Ceb621, "buyerIdNumber", "13625002"),
        ] {
            let err = read_sample(edition, t).documents().unwrap_err();
            assert_eq!(
                err,
                ConvertError::Document {
                    index: 1,
                    source: DocumentError::Party {
                        element,
                        source: PartyError::ResidentId(ResidentIdError::InvalidBirthDate {
                            problem: BirthDateProblem::Year
                        }),
                    },
                },
                "{edition} {t}"
            );
        }
    }
}

#[test]
fn the_other_messages_are_neither_documents_nor_receipts() {
    let m = read_sample("202205", MessageType::Ceb513);
    assert_eq!(
        m.documents(),
        Err(ConvertError::WrongMessageType { found: MessageType::Ceb513, wanted: "documents" })
    );
    assert!(matches!(m.receipts(), Err(ConvertError::WrongMessageType { .. })));
    let CebMessage::Ceb513(data) = &m else { panic!() };
    assert_eq!(data.entries[0].logistics_status, "R"); // "限定S" is not enforced by the XSD
    let CebMessage::Ceb711(data) = read_sample("2018", MessageType::Ceb711) else { panic!() };
    assert_eq!(data.entries.len(), 1);
    assert_eq!(data.entries[0].lines.len(), 1);
}

// ---------------------------------------------------------------- the crate's messages

#[test]
fn domain_documents_round_trip_through_xml() {
    let set = sample::matched_set().unwrap();
    let expected = [
        CustomsDocument::from(set.order.clone()),
        CustomsDocument::from(set.payment.clone()),
        CustomsDocument::from(set.waybill.clone()),
        CustomsDocument::from(set.inventory.clone()),
    ];
    for (m, doc) in sample_messages().iter().zip(expected) {
        let xml = write_message(m).unwrap();
        let back = read_message(xml.as_bytes()).unwrap();
        assert_eq!(&back, m);
        assert_eq!(back.documents().unwrap(), vec![doc]);
    }
}

#[test]
fn written_order_has_the_xsd_element_order() {
    let xml = write_message(&sample_messages()[0]).unwrap();
    let position = |s: &str| xml.find(s).unwrap_or_else(|| panic!("{s} missing"));
    let head_order = [
        "<ceb:guid>",
        "<ceb:appType>",
        "<ceb:appTime>",
        "<ceb:appStatus>",
        "<ceb:orderType>",
        "<ceb:orderNo>",
        "<ceb:ebpCode>",
        "<ceb:ebpName>",
        "<ceb:ebcCode>",
        "<ceb:ebcName>",
        "<ceb:goodsValue>",
        "<ceb:freight>",
        "<ceb:discount>",
        "<ceb:taxTotal>",
        "<ceb:acturalPaid>",
        "<ceb:currency>",
        "<ceb:buyerRegNo>",
        "<ceb:buyerName>",
        "<ceb:buyerTelephone>",
        "<ceb:buyerIdType>",
        "<ceb:buyerIdNumber>",
        "<ceb:payCode>",
        "<ceb:payName>",
        "<ceb:payTransactionId>",
        "<ceb:consignee>",
        "<ceb:consigneeTelephone>",
        "<ceb:consigneeAddress>",
        "<ceb:consigneeDistrict>",
        "</ceb:OrderHead>",
        "<ceb:OrderList>",
        "</ceb:Order>",
        "<ceb:BaseTransfer>",
        "</ceb:CEB311Message>",
    ];
    let positions: Vec<_> = head_order.iter().map(|s| position(s)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    assert!(xml.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ceb:CEB311Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" guid=\"7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6\" version=\"1.0\">"
    ));
    // Personal data is written in full (customs export), amounts in canonical form.
    assert!(xml.contains("<ceb:buyerIdNumber>11010519491231002X</ceb:buyerIdNumber>"));
    assert!(xml.contains("<ceb:acturalPaid>372.76</ceb:acturalPaid>"));
    assert!(!xml.contains("<ceb:note>")); // absent optional elements are omitted
}

#[test]
fn example_fixtures_are_what_the_crate_writes() {
    let set = sample::matched_set().unwrap();
    let senders = [
        (
            "order",
            BaseTransferXml::dxp("3301963K69", "示例跨境电商平台有限公司", "DXPENT0000000001"),
        ),
        (
            "payment",
            BaseTransferXml::dxp("4403169D3W", "财付通支付科技有限公司", "DXPENT0000000002"),
        ),
        ("waybill", BaseTransferXml::dxp("3101980A1L", "示例国际物流有限公司", "DXPLOG0000000003")),
        ("inventory", BaseTransferXml::dxp("3120980B2C", "示例报关有限公司", "DXPENT0000000004")),
    ];
    for (name, t) in senders {
        let m = match name {
            "order" => {
                CebMessage::from_orders(&set.order.head().guid, std::slice::from_ref(&set.order), t)
            }
            "payment" => {
                CebMessage::from_payments(&set.payment.guid, std::slice::from_ref(&set.payment), t)
            }
            "waybill" => {
                CebMessage::from_waybills(&set.waybill.guid, std::slice::from_ref(&set.waybill), t)
            }
            _ => CebMessage::from_inventories(
                &set.inventory.head().guid,
                std::slice::from_ref(&set.inventory),
                t,
            ),
        };
        let golden =
            std::fs::read_to_string(data(&format!("examples/data/matched/{name}.xml"))).unwrap();
        assert_eq!(write_message(&m).unwrap(), golden, "{name}");
    }
}

#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helper: a broken fixture must fail the test loudly
fn load_set(dir: &str) -> Vec<CustomsDocument> {
    ["order", "payment", "waybill", "inventory"]
        .iter()
        .map(|n| {
            let bytes = std::fs::read(data(&format!("examples/data/{dir}/{n}.xml"))).unwrap();
            read_message(&bytes).unwrap().documents().unwrap().remove(0)
        })
        .collect()
}

#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helper: a broken fixture must fail the test loudly
fn match_set(docs: &[CustomsDocument]) -> Vec<Rule> {
    let [
        CustomsDocument::Order(o),
        CustomsDocument::Payment(p),
        CustomsDocument::Waybill(w),
        CustomsDocument::Inventory(i),
    ] = docs
    else {
        panic!("unexpected documents")
    };
    let set = DocumentSet { order: o, payment: p, waybill: w, inventory: Some(i) };
    match_documents(&set, &MatchOptions::default(), &NoQuota).violated_rules().iter().collect()
}

#[test]
fn example_fixture_sets_match_and_mismatch() {
    assert_eq!(match_set(&load_set("matched")), []);
    // The four edits documented in examples/data/README.md, one rule each.
    assert_eq!(
        match_set(&load_set("mismatched")),
        [
            Rule::PaidAmount,
            Rule::ConsigneeTelephone,
            Rule::BuyerIsPayer,
            Rule::InventoryLineNumbers
        ]
    );
}

#[test]
fn empty_and_blank_optional_elements_are_none() {
    for note in ["<ceb:note></ceb:note>", "<ceb:note/>", "<ceb:note> \n\t</ceb:note>", ""] {
        let m = read_message(order_xml(note, "").as_bytes()).unwrap();
        assert_eq!(first_order(&m).head.note, None, "{note}");
    }
    let m = read_message(order_xml("<ceb:note> x </ceb:note>", "").as_bytes()).unwrap();
    assert_eq!(first_order(&m).head.note.as_deref(), Some(" x ")); // kept as read
    let order = &m.documents().unwrap()[0];
    let CustomsDocument::Order(order) = order else { panic!() };
    assert_eq!(order.head().note.as_ref().map(AsRef::as_ref), Some("x")); // the domain trims
}

#[test]
fn text_is_unescaped_normalised_and_escaped_back() {
    let note = "<ceb:note>a &amp; b &lt;c&gt; &#x4E2D;&#25991; &quot;q&apos;\r\nnext&#13;<![CDATA[<raw & data>]]></ceb:note>";
    let m = read_message(order_xml(note, "").as_bytes()).unwrap();
    // CR LF becomes LF (XML 1.0 §2.11); the character reference &#13; stays a CR.
    assert_eq!(
        first_order(&m).head.note.as_deref(),
        Some("a & b <c> 中文 \"q'\nnext\r<raw & data>")
    );
    let xml = write_message(&m).unwrap();
    assert_eq!(read_message(xml.as_bytes()).unwrap(), m);
}

#[test]
fn extension_content_round_trips_with_namespaces() {
    let tail = r#"<ceb:ExtendMessage><ceb:name>ext</ceb:name><ceb:version>1</ceb:version><ceb:Message>
      <x:root xmlns:x="urn:x" xmlns:y="urn:y" y:id="1" plain="a&#9;b" xml:lang="zh">
        <x:child>text <b xmlns="">bold</b> tail</x:child>
        <other/>
      </x:root></ceb:Message></ceb:ExtendMessage>"#;
    let m = read_message(order_xml("", tail).as_bytes()).unwrap();
    let CebMessage::Ceb311(data) = &m else { panic!() };
    let ext = data.extend_message.as_ref().unwrap();
    let root = ext.message.as_ref().unwrap();
    assert_eq!(root.namespace.as_deref(), Some("urn:x"));
    assert_eq!(root.name, "root");
    assert!(root.attributes.contains(&XmlAttribute {
        namespace: Some("urn:y".into()),
        name: "id".into(),
        value: "1".into()
    }));
    assert!(root.attributes.iter().any(|a| a.name == "plain" && a.value == "a\tb"));
    assert!(root.attributes.iter().any(|a| a.name == "lang"
        && a.namespace.as_deref() == Some("http://www.w3.org/XML/1998/namespace")));
    let XmlNode::Element(child) = &root.children[0] else { panic!() };
    assert_eq!(child.children.len(), 3); // mixed content kept in order
    let XmlNode::Element(other) = &root.children[1] else { panic!() };
    assert_eq!(other.namespace, None);
    let xml = write_message(&m).unwrap();
    assert_eq!(read_message(xml.as_bytes()).unwrap(), m);
}

#[test]
fn debug_masks_personal_data() {
    let m = &sample_messages()[0];
    let debug = format!("{m:?}");
    assert!(!debug.contains("11010519491231002X"), "{debug}");
    assert!(debug.contains("1101**********002X"));
    assert!(!debug.contains("13812345678"));
    assert!(!debug.contains("上海市浦东新区张江路123号"));
    assert!(debug.contains("SO-2026-0001")); // not personal
}

// ---------------------------------------------------------------- the writer's XSD check

#[test]
fn writer_refuses_what_the_xsd_refuses() {
    let base = sample_messages().remove(0);
    let refuse = |f: &dyn Fn(&mut CebMessage)| {
        let mut m = base.clone();
        f(&mut m);
        write_message(&m).unwrap_err()
    };
    assert_eq!(
        refuse(&|m| first_order_mut(m).head.guid = "short".into()),
        SchemaError::WrongLength {
            path: "CEB311Message/Order[1]/OrderHead/guid".into(),
            found: 5,
            expected: 36
        }
    );
    assert_eq!(
        refuse(&|m| first_order_mut(m).lines[1].currency = "156".into()),
        SchemaError::NotFixedValue {
            path: "CEB311Message/Order[1]/OrderList[2]/currency".into(),
            found: "156".into(),
            expected: "142"
        }
    );
    assert!(matches!(
        refuse(&|m| first_order_mut(m).lines[0].qty = "0.123456".into()),
        SchemaError::NotANumber { .. }
    ));
    assert!(matches!(
        refuse(&|m| first_order_mut(m).lines[0].gnum = "1.0".into()),
        SchemaError::NotANumber { .. }
    ));
    assert_eq!(
        refuse(&|m| first_order_mut(m).head.note = Some("bell\u{7}".into())),
        SchemaError::IllegalCharacter {
            path: "CEB311Message/Order[1]/OrderHead/note".into(),
            position: 5,
            code_point: 7
        }
    );
    assert_eq!(
        refuse(&|m| first_order_mut(m).head.note = Some("字".repeat(1001))),
        SchemaError::TooLong {
            path: "CEB311Message/Order[1]/OrderHead/note".into(),
            found: 1001,
            max: 1000
        }
    );
    assert_eq!(
        refuse(&|m| first_order_mut(m).lines.clear()),
        SchemaError::TooFew {
            path: "CEB311Message/Order[1]".into(),
            element: "OrderList",
            found: 0,
            min: 1
        }
    );
    assert_eq!(
        refuse(&|m| {
            let CebMessage::Ceb311(d) = m else { panic!() };
            let one = d.entries[0].clone();
            d.entries = vec![one; 101];
        }),
        SchemaError::TooMany {
            path: "CEB311Message".into(),
            element: "Order",
            found: 101,
            max: 100
        }
    );
    assert_eq!(
        refuse(&|m| {
            let CebMessage::Ceb311(d) = m else { panic!() };
            d.version = String::new();
        }),
        SchemaError::TooShort { path: "CEB311Message/@version".into(), found: 0, min: 1 }
    );
    // A blank optional value is omitted, not refused.
    let mut m = base.clone();
    first_order_mut(&mut m).head.note = Some("  ".into());
    assert!(!write_message(&m).unwrap().contains("<ceb:note>"));

    // CEB621 needs a signature; the template satisfies the XSD.
    let CebMessage::Ceb621(mut inventory) = sample_messages().remove(3) else { panic!() };
    inventory.signature = None;
    assert_eq!(
        write_message(&CebMessage::Ceb621(inventory.clone())).unwrap_err(),
        SchemaError::MissingSignature { path: "CEB621Message".into() }
    );
    let mut bad = Signature::template(SignatureAlgorithm::RsaSha1);
    bad.signed_info.references[0].digest_value = "abc".into();
    inventory.signature = Some(bad);
    assert_eq!(
        write_message(&CebMessage::Ceb621(inventory)).unwrap_err(),
        SchemaError::NotBase64 {
            path: "CEB621Message/Signature/SignedInfo/Reference[1]/DigestValue".into()
        }
    );
}

// ---------------------------------------------------------------- hostile input

#[test]
fn dtds_and_entities_are_refused() {
    let billion_laughs = br#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<CEB311Message xmlns="http://www.chinaport.gov.cn/ceb">&lol2;</CEB311Message>"#;
    assert_eq!(read_message(billion_laughs), Err(CebError::Dtd { offset: 22 }));
    let xxe = br#"<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>"#;
    assert!(matches!(read_message(xxe), Err(CebError::Dtd { offset: 0 })));
    let external =
        br#"<!DOCTYPE CEB311Message SYSTEM "http://example.com/ceb.dtd"><CEB311Message/>"#;
    assert!(matches!(read_message(external), Err(CebError::Dtd { .. })));
    // Without a DTD no entity but the five predefined ones exists.
    let undefined = order_xml("<ceb:note>&nbsp;</ceb:note>", "");
    assert!(matches!(
        read_message(undefined.as_bytes()),
        Err(CebError::UndefinedEntity { name, .. }) if name == "nbsp"
    ));
    let in_attribute =
        br#"<CEB312Message xmlns="http://www.chinaport.gov.cn/ceb" guid="&x;" version="1.0"/>"#;
    assert!(matches!(
        read_message(in_attribute),
        Err(CebError::UndefinedEntity { name, .. }) if name == "x"
    ));
}

#[test]
fn oversize_input_is_refused_before_parsing() {
    let limit = ReadLimits::DEFAULT.max_bytes();
    assert_eq!(limit, 16 * 1024 * 1024);
    let big = vec![b' '; limit + 1];
    assert_eq!(read_message(&big), Err(CebError::TooLarge { size: limit + 1, limit }));
    let xml = order_xml("", "");
    let small = ReadLimits::DEFAULT.with_max_bytes(xml.len() - 1);
    assert!(matches!(read_message_with(xml.as_bytes(), &small), Err(CebError::TooLarge { .. })));
    assert!(
        read_message_with(xml.as_bytes(), &ReadLimits::DEFAULT.with_max_bytes(xml.len())).is_ok()
    );
}

#[test]
fn deep_nesting_is_refused() {
    // Unknown elements fail at once, whatever their depth…
    let deep = format!(
        "<ceb:CEB311Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" guid=\"x\" version=\"1\">{}{}</ceb:CEB311Message>",
        "<a>".repeat(100_000),
        "</a>".repeat(100_000)
    );
    assert!(matches!(read_message(deep.as_bytes()), Err(CebError::UnexpectedElement { .. })));
    // …and free XML (ExtendMessage) stops at the depth limit: 32 levels, the root being 1.
    let nested = format!("{}{}", "<d>".repeat(40), "</d>".repeat(40));
    let tail = format!(
        "<ceb:ExtendMessage><ceb:name>n</ceb:name><ceb:version>1</ceb:version><ceb:Message>{nested}</ceb:Message></ceb:ExtendMessage>"
    );
    let err = read_message(order_xml("", &tail).as_bytes()).unwrap_err();
    assert!(matches!(err, CebError::TooDeep { limit: 32, .. }), "{err:?}");
    // The levels: CEB311Message 1, ExtendMessage 2, Message 3, so 29 <d> fit.
    let fits = format!("{}{}", "<d>".repeat(29), "</d>".repeat(29));
    let tail = tail.replace(&nested, &fits);
    assert!(read_message(order_xml("", &tail).as_bytes()).is_ok());
    let too_deep = tail.replace(&fits, &format!("<d>{fits}</d>"));
    assert!(matches!(
        read_message(order_xml("", &too_deep).as_bytes()),
        Err(CebError::TooDeep { limit: 32, .. })
    ));
    // A lower limit applies to the message itself (OrderHead/guid is at level 4).
    let shallow = ReadLimits::DEFAULT.with_max_depth(3);
    assert!(matches!(
        read_message_with(order_xml("", "").as_bytes(), &shallow),
        Err(CebError::TooDeep { limit: 3, .. })
    ));
}

#[test]
fn element_counts_are_bounded() {
    let xml = order_xml("", "");
    let limits = ReadLimits::DEFAULT.with_max_elements(10);
    assert!(matches!(
        read_message_with(xml.as_bytes(), &limits),
        Err(CebError::TooManyElements { limit: 10, .. })
    ));
    let many = "<e/>".repeat(50);
    let tail = format!(
        "<ceb:ExtendMessage><ceb:name>n</ceb:name><ceb:version>1</ceb:version><ceb:Message><r>{many}</r></ceb:Message></ceb:ExtendMessage>"
    );
    let limits = ReadLimits::DEFAULT.with_max_extension_elements(50);
    assert!(matches!(
        read_message_with(order_xml("", &tail).as_bytes(), &limits),
        Err(CebError::TooManyElements { limit: 50, .. })
    ));
    let limits = ReadLimits::DEFAULT.with_max_extension_elements(51);
    assert!(read_message_with(order_xml("", &tail).as_bytes(), &limits).is_ok());
}

#[test]
fn attribute_floods_are_refused() {
    // A million attributes on the root (about 12 MiB): refused at the 65th.
    let mut xml = String::from("<ceb:CEB312Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"");
    for i in 0..1_000_000 {
        xml.push_str(" a");
        xml.push_str(&i.to_string());
        xml.push_str("=\"\"");
    }
    xml.push_str("/>");
    assert!(xml.len() < ReadLimits::DEFAULT.max_bytes());
    assert_eq!(
        read_message(xml.as_bytes()),
        Err(CebError::TooManyAttributes { limit: 64, offset: 0 })
    );
    // Free XML in ExtendMessage is bounded by element count, not by input size.
    let tail = format!(
        "<ceb:ExtendMessage><ceb:name>n</ceb:name><ceb:version>1</ceb:version><ceb:Message><r>{}</r></ceb:Message></ceb:ExtendMessage>",
        "<e/>".repeat(3_000_000)
    );
    assert!(matches!(
        read_message(order_xml("", &tail).as_bytes()),
        Err(CebError::TooManyElements { limit: 10_000, .. })
    ));
}

#[test]
fn unknown_roots_are_refused() {
    for (xml, found) in [
        (&b"<CEB311Message/>"[..], "CEB311Message"),
        (
            b"<ceb:CEB900Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"/>",
            "{http://www.chinaport.gov.cn/ceb}CEB900Message",
        ),
        (
            b"<CEB311Message xmlns=\"http://example.com/ceb\"/>",
            "{http://example.com/ceb}CEB311Message",
        ),
        (b"<html><body/></html>", "html"),
    ] {
        assert_eq!(read_message(xml), Err(CebError::UnknownRoot { found: found.into() }));
    }
}

#[test]
fn encodings_and_characters_are_checked() {
    assert_eq!(read_message(b"<a>\xC3\x28</a>"), Err(CebError::NotUtf8 { offset: 3 }));
    assert_eq!(read_message(b"\xEF\xBB\xBF<a>\xFF</a>"), Err(CebError::NotUtf8 { offset: 6 }));
    assert!(matches!(
        read_message(b"\xFF\xFE<\x00a\x00/\x00>\x00"),
        Err(CebError::UnsupportedDeclaration { .. })
    ));
    assert_eq!(
        read_message(b"<?xml version=\"1.0\" encoding=\"GBK\"?><a/>"),
        Err(CebError::UnsupportedDeclaration { found: "encoding=\"GBK\"".into() })
    );
    assert_eq!(
        read_message(b"<?xml version=\"1.1\"?><a/>"),
        Err(CebError::UnsupportedDeclaration { found: "version=\"1.1\"".into() })
    );
    for note in
        ["<ceb:note>\u{1}</ceb:note>", "<ceb:note>&#1;</ceb:note>", "<ceb:note>&#0;</ceb:note>"]
    {
        assert!(
            matches!(read_message(order_xml(note, "").as_bytes()), Err(CebError::Syntax { .. })),
            "{note:?}"
        );
    }
}

#[test]
fn malformed_and_misplaced_content_is_refused() {
    let ok = order_xml("", "");
    assert!(read_message(ok.as_bytes()).is_ok());
    let cases: [(String, &str); 9] = [
        (ok.replace("</ceb:CEB311Message>", ""), "syntax"),
        (format!("{ok}<again/>"), "syntax"),
        (format!("{ok}trailing"), "syntax"),
        (format!("text{ok}").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", ""), "syntax"),
        (ok.replace("<ceb:appType>1</ceb:appType>", ""), "missing appType"),
        (
            ok.replace(
                "<ceb:appType>1</ceb:appType>\n<ceb:appTime>20260301100000</ceb:appTime>",
                "<ceb:appTime>20260301100000</ceb:appTime>\n<ceb:appType>1</ceb:appType>",
            ),
            "out of order",
        ),
        (ok.replace("<ceb:Order><ceb:OrderHead>", "<ceb:Order>stray<ceb:OrderHead>"), "text"),
        (
            ok.replace(" guid=\"7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6\" version", " version"),
            "attribute",
        ),
        (ok.replace("<ceb:qty>1</ceb:qty>", "<ceb:qty><b>1</b></ceb:qty>"), "child in leaf"),
    ];
    for (xml, what) in &cases {
        assert_ne!(xml, &ok, "{what}: the edit did not apply");
        let Err(err) = read_message(xml.as_bytes()) else { panic!("{what}: accepted") };
        let expected = match *what {
            "syntax" => matches!(err, CebError::Syntax { .. }),
            "missing appType" => {
                matches!(
                    err,
                    CebError::UnexpectedElement { parent: "OrderHead", expected: "appType", .. }
                )
            }
            "out of order" => {
                matches!(err, CebError::UnexpectedElement { parent: "OrderHead", expected: "appType", ref found, .. } if found.ends_with("appTime"))
            }
            "text" => matches!(err, CebError::UnexpectedText { parent: "Order", .. }),
            "attribute" => matches!(
                err,
                CebError::MissingAttribute { element: "CEB311Message", attribute: "guid" }
            ),
            _ => matches!(err, CebError::UnexpectedElement { parent: "qty", .. }),
        };
        assert!(expected, "{what}: {err:?}");
    }
    // A missing required element at the end of a record.
    let no_country = ok.replace("<ceb:country>502</ceb:country>", "");
    assert!(matches!(
        read_message(no_country.as_bytes()),
        Err(CebError::MissingElement { parent: "OrderList", expected: "country", .. })
    ));
}

// ---------------------------------------------------------------- XSD validation (xmllint)

/// Every kind of message the crate writes: the 32 samples re-written, the four messages of the
/// consistent set, receipts built from domain values, and messages exercising escaping,
/// extension content and the signature template.
#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helper: a broken fixture must fail the test loudly
fn written_messages() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for edition in EDITIONS {
        for &t in MessageType::ALL {
            let xml = write_message(&read_sample(edition, t)).unwrap();
            out.push((format!("sample-{edition}-{t}"), xml));
        }
    }
    for m in sample_messages() {
        out.push((format!("set-{}", m.message_type()), write_message(&m).unwrap()));
    }
    let mut m = sample_messages().remove(0);
    first_order_mut(&mut m).head.note = Some("a & b < c > d \"e\" 'f' \r\n\t]]> 中文".into());
    let CebMessage::Ceb311(data) = &mut m else { unreachable!() };
    data.extend_message = Some(ExtendMessageXml {
        name: "ext".into(),
        version: "1.0".into(),
        message: Some(XmlElement {
            namespace: Some("urn:example".into()),
            name: "extra".into(),
            attributes: vec![XmlAttribute {
                namespace: Some("urn:other".into()),
                name: "k".into(),
                value: "v\t\n\"".into(),
            }],
            children: vec![
                XmlNode::Text("mixed ".into()),
                XmlNode::Element(XmlElement {
                    namespace: None,
                    name: "b".into(),
                    attributes: vec![],
                    children: vec![XmlNode::Text("<&>".into())],
                }),
            ],
        }),
    });
    data.signature = Some(Signature::template(SignatureAlgorithm::Sm2Sm3));
    out.push(("escaping-extension-signature".into(), write_message(&m).unwrap()));
    // A data message built field by field.
    let receipts = read_sample("202205", MessageType::Ceb622);
    out.push(("receipts-622".into(), write_message(&receipts).unwrap()));
    let order = sample::order().unwrap();
    let many = DataMessage::new(&order.head().guid, vec![OrderXml::from(&order); 100], transfer());
    out.push(("hundred-orders".into(), write_message(&CebMessage::Ceb311(many)).unwrap()));
    out
}

fn xmllint_available() -> bool {
    Command::new("xmllint").arg("--version").output().is_ok_and(|o| o.status.success())
}

#[test]
fn written_messages_validate_against_the_xsd() {
    let messages = written_messages();
    assert_eq!(messages.len(), 32 + 4 + 3);
    // CI (.ci/run) sets CEB_XML_OUT and validates every file with xmllint itself.
    if let Some(dir) = std::env::var_os("CEB_XML_OUT") {
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, xml) in &messages {
            std::fs::write(dir.join(format!("{name}.xml")), xml).unwrap();
        }
    }
    if !xmllint_available() {
        eprintln!("xmllint not installed: XSD validation left to .ci/run");
        return;
    }
    let dir = std::env::temp_dir().join(format!("crossborder-ceb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let xsd = data("tests/data/ceb/xsd/202205/ceb-import-202205.xsd");
    let mut files = Vec::new();
    for (name, xml) in &messages {
        let path = dir.join(format!("{name}.xml"));
        std::fs::write(&path, xml).unwrap();
        files.push(path);
    }
    let output = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&xsd)
        .args(&files)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stderr.matches(" validates").count(), messages.len(), "{stderr}");
}

#[test]
fn the_xsd_refuses_what_the_writer_refuses() {
    // The oracle agrees with the facet check on a value the writer refuses: the same message
    // with a 6-decimal quantity fails xmllint too.
    if !xmllint_available() {
        return;
    }
    let xml = write_message(&sample_messages()[0])
        .unwrap()
        .replace("<ceb:qty>1</ceb:qty>", "<ceb:qty>0.123456</ceb:qty>");
    let path = std::env::temp_dir().join(format!("crossborder-ceb-bad-{}.xml", std::process::id()));
    std::fs::write(&path, xml).unwrap();
    let status = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(data("tests/data/ceb/xsd/202205/ceb-import-202205.xsd"))
        .arg(&path)
        .output()
        .unwrap()
        .status;
    let _ = std::fs::remove_file(&path);
    assert!(!status.success());
}

// ---------------------------------------------------------------- properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = read_message(&bytes);
    }

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,300}") {
        let _ = read_message(s.as_bytes());
        let wrapped = format!("<ceb:CEB312Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" guid=\"g\" version=\"1\">{s}</ceb:CEB312Message>");
        let _ = read_message(wrapped.as_bytes());
    }

    #[test]
    fn mutated_messages_never_panic_and_round_trip_when_read(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8)
    ) {
        let mut bytes = order_xml("<ceb:note>n</ceb:note>", "").into_bytes();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len() + 1);
            match op {
                0 => bytes.insert(i, byte),
                1 if i < bytes.len() => { bytes.remove(i); }
                _ if i < bytes.len() => bytes[i] = byte,
                _ => {}
            }
        }
        if let Ok(m) = read_message(&bytes) {
            let _ = m.documents();
            if let Ok(xml) = write_message(&m) {
                prop_assert_eq!(read_message(xml.as_bytes()).unwrap(), m);
            }
        }
    }

    #[test]
    fn any_text_the_writer_accepts_reads_back_unchanged(
        note in "[\\PC\t\r\n]{0,40}",
        name in "[\\PC\t\r\n]{1,40}",
        copname in "\\PC{0,10}",
    ) {
        let mut m = sample_messages().remove(0);
        first_order_mut(&mut m).head.note = Some(note.clone());
        first_order_mut(&mut m).lines[0].item_name = name;
        let CebMessage::Ceb311(data) = &mut m else { unreachable!() };
        data.base_transfer.cop_name = copname;
        if let Ok(xml) = write_message(&m) {
            let back = read_message(xml.as_bytes()).unwrap();
            // A blank note is omitted; everything else comes back exactly.
            if note.chars().all(|c| matches!(c, ' ' | '\t' | '\r' | '\n')) {
                first_order_mut(&mut m).head.note = None;
            }
            prop_assert_eq!(back, m);
        }
    }
}
