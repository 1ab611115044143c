//! The CEB XML reader (`customs::ceb::read_message`, feature `ceb-xml`) on arbitrary bytes, with
//! the default limits and with tight ones; then the conversion of what was read to domain
//! documents and receipts, and the writer.
//!
//! Properties checked:
//! - reading never panics (the reader's documented contract for untrusted input);
//! - a message read under tight limits reads the same under the default ones;
//! - a message that passes the XSD facet check writes, and reads back equal
//!   (read → write → read returns the same message);
//! - documents converted from a message go back to a message (`from_orders`, …) that passes the
//!   check, writes, reads back and converts to the same documents.
#![no_main]

use crossborder::customs::ceb::{
    BaseTransferXml, CebMessage, ReadLimits, read_message, read_message_with, write_message,
};
use crossborder::customs::{CustomsDocument, Guid};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let tight = ReadLimits::DEFAULT
        .with_max_depth(6)
        .with_max_elements(2_000)
        .with_max_extension_elements(16)
        .with_max_attributes(8);
    let limited = read_message_with(data, &tight);
    let message = match read_message(data) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.to_string();
            assert!(limited.is_err(), "tight limits accept what the defaults refuse: {e}");
            return;
        }
    };
    if let Ok(m) = &limited {
        assert_eq!(m, &message, "tight limits read another message");
    }
    let _ = (message.message_type(), message.guid(), message.record_count());

    if message.check().is_ok() {
        let xml = write_message(&message)
            .unwrap_or_else(|e| panic!("a message that passes the check does not write: {e}"));
        match read_message(xml.as_bytes()) {
            Ok(again) => assert_eq!(again, message, "read → write → read changed the message"),
            Err(e) => panic!("the writer's output does not read back: {e}\n{xml}"),
        }
    }

    match message.documents() {
        Ok(documents) => documents_round_trip(&message, &documents),
        Err(e) => {
            let _ = e.to_string();
        }
    }
    if let Ok(receipts) = message.receipts() {
        let _ = format!("{receipts:?}");
    }
});

fn documents_round_trip(message: &CebMessage, documents: &[CustomsDocument]) {
    // A data message carries 1 to 100 records (XSD); the reader does not count them.
    if documents.is_empty() || documents.len() > 100 {
        return;
    }
    let guid = Guid::try_new("7F8E2D1C-0B3A-4C5D-9E6F-A1B2C3D4E5F6")
        .unwrap_or_else(|e| panic!("guid: {e}"));
    let transfer =
        BaseTransferXml::dxp("3301963K69", "示例跨境电商平台有限公司", "DXPENT0000000001");
    macro_rules! of {
        ($variant:ident) => {
            documents
                .iter()
                .filter_map(|d| match d {
                    CustomsDocument::$variant(x) => Some(x.as_ref().clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
    }
    let rebuilt = match message {
        CebMessage::Ceb311(_) => CebMessage::from_orders(&guid, &of!(Order), transfer),
        CebMessage::Ceb411(_) => CebMessage::from_payments(&guid, &of!(Payment), transfer),
        CebMessage::Ceb511(_) => CebMessage::from_waybills(&guid, &of!(Waybill), transfer),
        CebMessage::Ceb621(_) => CebMessage::from_inventories(&guid, &of!(Inventory), transfer),
        _ => return,
    };
    let xml = match write_message(&rebuilt) {
        Ok(xml) => xml,
        Err(e) => panic!("valid documents make a message that fails the XSD check: {e}"),
    };
    let again = read_message(xml.as_bytes())
        .unwrap_or_else(|e| panic!("the writer's output does not read back: {e}\n{xml}"));
    assert_eq!(again.documents().as_deref(), Ok(documents), "documents changed on the way round");
}
