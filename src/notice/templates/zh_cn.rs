//! The built-in Simplified Chinese templates (zh-CN).

use super::TemplateKey;

/// The built-in Simplified Chinese text of `key`.
#[allow(clippy::too_many_lines)] // one arm per key: a table, clearest as one match
pub(super) fn text(key: TemplateKey) -> &'static str {
    match key {
        TemplateKey::Greeting => "{name}，您好！",
        TemplateKey::StagePending => "您的订单正在备货，包裹还没有交给承运商。",
        TemplateKey::StagePendingBonded => {
            "您的订单正在境内保税仓备货，商品在保税仓完成海关清关后发出。"
        }
        TemplateKey::StageLabelCreated => "运单已生成，正在等待{carrier}揽收。",
        TemplateKey::StagePickedUpToChina => "{carrier}已揽收包裹，即将发往中国。",
        TemplateKey::StageInTransitToChina => "包裹正在由{carrier}运往中国的途中。",
        TemplateKey::StageArrived => "包裹已到达中国入境口岸（{place}），等待海关清关。",
        TemplateKey::StageCustomsProcessing => "包裹正在{place}办理海关清关手续。",
        TemplateKey::StageCustomsHeld => "包裹在{place}被海关暂扣：{reason}",
        TemplateKey::StageCustomsReleased => "包裹已在{place}清关放行，即将交给国内快递派送。",
        TemplateKey::StageHandedOff => "包裹已交给{carrier}，由{carrier}继续派送。",
        TemplateKey::StagePickedUpInChina => "{carrier}已揽收包裹，正在安排派送。",
        TemplateKey::StageInTransitInChina => "包裹正在由{carrier}运往您的地址。",
        TemplateKey::StageOutForDelivery => "{carrier}的快递员正在派送您的包裹，请保持电话畅通。",
        TemplateKey::StageAttemptFailed => "{carrier}尝试派送包裹，但未能成功。",
        TemplateKey::StageAvailableForPickup => "包裹已由{carrier}放到自提点或快递柜，等待您领取。",
        TemplateKey::StageDelivered => "包裹已由{carrier}于{date}签收。",
        TemplateKey::StageException => "{carrier}报告包裹异常：{reason}",
        TemplateKey::StageReturning => "包裹正在退回发件方。",
        TemplateKey::StageReturned => "包裹已退回发件方。",
        TemplateKey::StageLost => "承运商报告包裹已丢失。",
        TemplateKey::StageCancelled => "这个运单在揽收前已取消。",
        TemplateKey::StageSeized => "包裹已被海关扣押没收。",
        TemplateKey::HoldInspection => "海关正在对包裹进行查验。",
        TemplateKey::HoldDocuments => "需要核对订单、支付和物流信息（三单信息）或订购人实名信息。",
        TemplateKey::HoldDutiesUnpaid => "进口税款尚未缴纳。",
        TemplateKey::HoldOther => "海关暂未说明原因。",
        TemplateKey::ExceptionDelay => "运输延误。",
        TemplateKey::ExceptionDamage => "包裹破损。",
        TemplateKey::ExceptionMisroute => "分拣错误，正在重新转运。",
        TemplateKey::ExceptionAddressIssue => "收货地址需要核实。",
        TemplateKey::ExceptionOther => "承运商未说明原因。",
        TemplateKey::LastUpdate => "最近一次物流更新：{date} {time}。",
        TemplateKey::CarrierFirst => {
            "承运快递：{carrier}，运单号 {number}，揽收后可在 {url} 查询。"
        }
        TemplateKey::CarrierNow => "现在承运的快递：{carrier}，运单号 {number}，查询网址 {url} 。",
        TemplateKey::CarrierNext => {
            "清关放行后将由{carrier}派送，新的运单号是 {number}（{carrier}接收包裹后才有记录），查询网址 {url} 。"
        }
        TemplateKey::CarrierNextSameNumber => {
            "清关放行后将由{carrier}继续投递，运单号不变（{number}），查询网址 {url} 。"
        }
        TemplateKey::CarrierLast => "承运快递：{carrier}，运单号 {number}，查询网址 {url} 。",
        TemplateKey::EarlierCarrier => "此前承运：{carrier}，运单号 {number}。",
        TemplateKey::HandOffAfterCustoms => {
            "单号为什么变了：{from_carrier}（运单号 {from_number}）把包裹运到{place}，海关放行后交给{to_carrier}派送，{to_carrier}使用自己的运单号 {to_number}。两个单号对应的是同一个包裹。"
        }
        TemplateKey::HandOffSameNumber => {
            "{from_carrier}在{place}把包裹交给了{to_carrier}，运单号 {number} 保持不变。"
        }
        TemplateKey::HandOffTransfer => {
            "{from_carrier}（运单号 {from_number}）在{place}把包裹转交给{to_carrier}，新的运单号是 {to_number}。两个单号对应的是同一个包裹。"
        }
        TemplateKey::NumberWillChange => {
            "单号目前还没有变。{from_carrier}把包裹运到{place}、海关放行后，会交给{to_carrier}派送，届时运单号会变为 {to_number}。"
        }
        TemplateKey::NumberUnchanged => "这个包裹全程使用同一个运单号 {number}，不会变更。",
        TemplateKey::Window => "预计送达时间：{from}至{to}。",
        TemplateKey::WindowOneDay => "预计送达日期：{date}。",
        TemplateKey::WindowPassed => "包裹已晚于预计送达时间（原预计最晚{to}送达）。",
        TemplateKey::ProblemNoScan => {
            "{carrier}已经{days}天没有更新物流信息（最近一次更新在{date}），超过了这一段通常需要的时间。"
        }
        TemplateKey::AdviceHoldInspection => {
            "查验期间您无需操作，查验完成后包裹会放行，或会通知您下一步。"
        }
        TemplateKey::AdviceHoldDocuments => {
            "如收到核对订购人实名信息的通知，请按提示确认，信息一致后包裹会继续清关。"
        }
        TemplateKey::AdviceHoldDutiesUnpaid => {
            "如收到缴纳税款的通知，请按通知缴纳，缴纳后包裹会继续清关。"
        }
        TemplateKey::AdviceAttemptFailed => {
            "请留意{carrier}的电话或短信，或在 {url} 查看并安排再次派送。"
        }
        TemplateKey::AdviceAvailableForPickup => "请尽快取件，超过保管期限的包裹可能被退回。",
        TemplateKey::ContactMarketplace => {
            "如需帮助，请联系{marketplace}客服（本订单由{marketplace}安排配送），我们作为卖家也在同步跟进。"
        }
        TemplateKey::ContactSeller => "如需帮助，请联系我们，我们会立即向{carrier}核实。",
        TemplateKey::CustomsDirectPurchase => {
            "本包裹以跨境电商零售进口（直购进口，海关监管方式9610）入境，在入境口岸清关。税费为跨境电商综合税：关税税率暂为0%，进口环节增值税和消费税按法定应纳税额的70%征收，由电商平台或企业在下单时代收代缴，通常无需您另外缴纳。单次交易限值为5000元，个人年度交易限值为26000元。"
        }
        TemplateKey::CustomsBonded => {
            "本商品以跨境电商网购保税进口（海关监管方式1210）进口，存放在境内保税仓，下单后在保税仓完成清关再发出。税费为跨境电商综合税：关税税率暂为0%，进口环节增值税和消费税按法定应纳税额的70%征收，由电商平台或企业在下单时代收代缴，通常无需您另外缴纳。单次交易限值为5000元，个人年度交易限值为26000元。"
        }
        TemplateKey::CustomsPostal => {
            "本包裹作为个人邮递物品（行邮）入境，由邮政在国际邮件互换局提交海关查验。海关按进境物品进口税（税率13%、20%或50%）征税，应征税额在人民币50元（含50元）以下的免征；需要缴税时，邮政会通知收件人缴纳。"
        }
        TemplateKey::ListingDirectPurchase => {
            "本商品从{origin}直邮发货：由{international}运至中国入境口岸，以跨境电商零售进口（直购进口）方式清关后，交由{domestic}派送到您手中。清关后运单号会更换为{domestic}的单号，两个单号都能查到同一个包裹。"
        }
        TemplateKey::ListingBonded => {
            "本商品已进口至中国境内保税仓：下单后在保税仓完成跨境电商清关，由{domestic}发货派送。"
        }
        TemplateKey::ListingPostal => {
            "本商品从{origin}以国际邮件寄出：由{international}寄往中国，经海关按个人物品查验后由{domestic}投递，全程使用同一个邮件号码查询。"
        }
        TemplateKey::ListingDays => "预计下单后{min}至{max}天送达。",
    }
}
