//! [`Citation`]: the legal provisions the tax rules come from, returned with every assessment.

use super::error::ParseTaxError;

/// Declares the citation enum, its `ALL` list and its table from one list so they never disagree.
macro_rules! citations {
    ($(
        $(#[$meta:meta])*
        $variant:ident => $display:literal, $document:literal, $provision:literal, $rule:literal;
    )+) => {
        /// A legal provision (法律依据) that a tax rule comes from: document number and article or
        /// item, with a one-line summary of the rule.
        ///
        /// Every assessment lists the citations of the rules it applied, so a quote can show its
        /// legal basis. [`Display`](std::fmt::Display) prints the document and the provision
        /// (`财关税〔2018〕49号 二`) and round-trips through [`FromStr`](std::str::FromStr).
        ///
        /// Where the reference notes could not establish the item number of a provision, the
        /// provision names the rule in the document's own words instead (marked in its doc).
        ///
        /// # Examples
        ///
        /// ```
        /// use crossborder::tax::Citation;
        ///
        /// let c = Citation::CbecSingleItem2019;
        /// assert_eq!(c.document(), "财关税〔2018〕49号");
        /// assert_eq!(c.provision(), "二");
        /// assert_eq!(c.to_string(), "财关税〔2018〕49号 二");
        /// assert_eq!("财关税〔2018〕49号 二".parse::<Citation>()?, c);
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            strum::Display, strum::EnumString, strum::IntoStaticStr,
        )]
        #[strum(parse_err_ty = ParseTaxError, parse_err_fn = ParseTaxError::citation)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
        #[non_exhaustive]
        pub enum Citation {
            $(
                $(#[$meta])*
                #[doc = ""]
                #[doc = concat!("`", $display, "`: ", $rule)]
                #[strum(serialize = $display)]
                $variant,
            )+
        }

        impl Citation {
            /// Every citation, in declaration order.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::tax::Citation;
            ///
            /// assert!(Citation::ALL.contains(&Citation::PostalExemption2010));
            /// ```
            pub const ALL: &'static [Citation] = &[$(Citation::$variant,)+];

            /// The document (文号 or title), e.g. `财关税〔2016〕18号`.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::tax::Citation;
            ///
            /// assert_eq!(Citation::PostalExemption2010.document(), "海关总署公告2010年第43号");
            /// ```
            pub const fn document(self) -> &'static str {
                match self { $(Citation::$variant => $document,)+ }
            }

            /// The article or item (条/项), e.g. `二` or `Art. 78(b)`.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::tax::Citation;
            ///
            /// assert_eq!(Citation::PostalExemption2010.provision(), "一");
            /// ```
            pub const fn provision(self) -> &'static str {
                match self { $(Citation::$variant => $provision,)+ }
            }

            /// The rule, summarised in one English sentence.
            ///
            /// # Examples
            ///
            /// ```
            /// use crossborder::tax::Citation;
            ///
            /// assert!(Citation::PostalExemption2010.rule().contains("50"));
            /// ```
            pub const fn rule(self) -> &'static str {
                match self { $(Citation::$variant => $rule,)+ }
            }
        }
    };
}

citations! {
    /// Official text read in the reference (18号 items 一 and 二).
    CbecScope => "财关税〔2016〕18号 一", "财关税〔2016〕18号", "一",
        "CBEC retail imports are taxed as goods, the buyer is the taxpayer and the actual transaction price including freight and insurance is the customs value";
    /// Official text read in the reference.
    CbecRates => "财关税〔2016〕18号 二", "财关税〔2016〕18号", "二",
        "within the limits duty is 0% and import VAT and consumption tax are 70% of the statutory amount with no tax-free allowance; limits 2,000 per transaction and 20,000 per year; an order over a limit, or a single indivisible item over 2,000, is general trade";
    /// Official text read in the reference.
    CbecLimits2019 => "财关税〔2018〕49号 一", "财关税〔2018〕49号", "一",
        "from 2019-01-01 the single-transaction limit is 5,000 yuan and the annual limit 26,000 yuan";
    /// Official text read in the reference.
    CbecSingleItem2019 => "财关税〔2018〕49号 二", "财关税〔2018〕49号", "二",
        "a one-item order over 5,000 and below 26,000 may enter as CBEC at full duty, VAT and consumption tax and counts toward the annual total; an annual total over the limit is general trade";
    /// The item number of the announcement was not read; the provision names the rule.
    CbecReturns2020 => "海关总署公告2020年第45号 退货", "海关总署公告2020年第45号", "退货",
        "a return applied for within 30 days of release with the goods back within 45 days is not taxed and the annual total is adjusted";
    /// The statutory import VAT base (组成计税价格 = 关税完税价格 + 关税 + 消费税).
    VatImportBase => "《中华人民共和国增值税暂行条例》 第十四条", "《中华人民共和国增值税暂行条例》", "第十四条",
        "import VAT is the composite base (customs value + duty + consumption tax) times the VAT rate";
    /// The statutory import consumption-tax base (组成计税价格).
    CtImportBase => "《中华人民共和国消费税暂行条例》 第九条", "《中华人民共和国消费税暂行条例》", "第九条",
        "ad-valorem import consumption tax is (customs value + duty) / (1 - rate) times the rate; compound adds quantity times the specific rate inside and outside the base";
    /// Not in the tax reference notes; from the published notice 《关于简并增值税税率有关政策的通知》.
    Vat2017 => "财税〔2017〕37号 一", "财税〔2017〕37号", "一",
        "from 2017-07-01 the 13% VAT rate is abolished and its goods (books, agricultural produce, …) are taxed at 11%";
    /// Not named in the reference notes (which give the dates and rates); 《关于调整增值税税率的通知》.
    Vat2018 => "财税〔2018〕32号 一", "财税〔2018〕32号", "一",
        "from 2018-05-01 the VAT rates 17% and 11% become 16% and 10%";
    /// Read in the reference (§4).
    Vat2019 => "财政部 税务总局 海关总署公告2019年第39号 一", "财政部 税务总局 海关总署公告2019年第39号", "一",
        "from 2019-04-01 the VAT rates 16% and 10% become 13% and 9%";
    /// The goods taxed at the reduced VAT rate.
    VatReducedGoods => "《中华人民共和国增值税暂行条例》 第二条第（二）项", "《中华人民共和国增值税暂行条例》", "第二条第（二）项",
        "agricultural produce, edible vegetable oil, books, newspapers, magazines, audio-visual and electronic publications and the other listed goods take the reduced VAT rate";
    /// Read in the reference (§3).
    CtCosmetics2016 => "财关税〔2016〕48号", "财关税〔2016〕48号", "",
        "from 2016-10-01 import consumption tax applies only to high-end cosmetics (customs value at least 10 yuan per ml or g, or 15 yuan per piece) at 15%";
    /// Read in the reference (§3) through a summary.
    CtWatchesGolf2006 => "财税〔2006〕33号", "财税〔2006〕33号", "",
        "high-end watches (at least 10,000 yuan each) are taxed at 20% and golf balls and equipment at 10%";
    /// Read in the reference (§3).
    CtBatteries2015 => "财税〔2015〕16号", "财税〔2015〕16号", "",
        "from 2015-02-01 batteries (except exempt types) and coatings bear 4% consumption tax";
    /// The consumption-tax schedule annexed to the regulation.
    CtSchedule => "《中华人民共和国消费税暂行条例》 附 消费税税目税率表", "《中华人民共和国消费税暂行条例》", "附 消费税税目税率表",
        "other precious jewellery and gems 10%, wine and other alcoholic drinks 10%, spirits 20% plus 0.5 yuan per 500 g (ml)";
    /// Official text read in the reference.
    PostalExemption2010 => "海关总署公告2010年第43号 一", "海关总署公告2010年第43号", "一",
        "postal import tax of 50 yuan or less (含50元) is exempt";
    /// Official text read in the reference.
    PostalLimits2010 => "海关总署公告2010年第43号 二", "海关总署公告2010年第43号", "二",
        "a personal postal parcel may not exceed 800 yuan from Hong Kong, Macao or Taiwan and 1,000 yuan from elsewhere";
    /// Official text read in the reference.
    PostalOverLimit2010 => "海关总署公告2010年第43号 三", "海关总署公告2010年第43号", "三",
        "a parcel over the limit is returned or cleared as goods, except a single indivisible article confirmed as for personal use";
    /// Read in the reference through a customs answer; the item numbers were not read.
    PostalValue2012 => "海关总署公告2012年第15号 完税价格", "海关总署公告2012年第15号", "完税价格",
        "the customs value of an article is the value in the customs value table; if the purchase price is at least twice or at most half that value, customs may use the invoice";
    /// The pre-2016 four-band table as reproduced on wikisource; the document number was not read.
    PostalBands2011 => "《中华人民共和国进境物品进口税税率表》（2011年）", "《中华人民共和国进境物品进口税税率表》（2011年）", "",
        "postal import tax bands 10%, 20%, 30% and 50%";
    /// The document number is from memory, not from the reference notes (which give the date and rates).
    PostalBands2016 => "税委会〔2016〕2号", "税委会〔2016〕2号", "",
        "from 2016-04-08 postal import tax bands 15%, 30% and 60%";
    /// Official text read in the reference.
    PostalBands2018 => "税委会〔2018〕49号", "税委会〔2018〕49号", "",
        "from 2018-11-01 postal import tax bands 15%, 25% and 50%";
    /// Official text read in the reference.
    PostalBands2019 => "税委会〔2019〕17号", "税委会〔2019〕17号", "",
        "from 2019-04-09 postal import tax bands 13%, 20% and 50%";
    /// Read in the reference through a secondary summary.
    PostalBands2024 => "税委会公告2024年第11号", "税委会公告2024年第11号", "",
        "《进境物品关税、增值税、消费税征收办法》: composite rates stay 13%, 20% and 50%; batteries move to band 3";
    /// The EU import one-stop shop.
    EuIoss => "Council Directive 2006/112/EC Art. 369l-369x", "Council Directive 2006/112/EC", "Art. 369l-369x",
        "from 2021-07-01 distance sales of imported goods in consignments of intrinsic value up to 150 euro may be declared through IOSS with the VAT of the member state of arrival charged at the sale";
    /// Transport charged to the customer is in the VAT base.
    EuTransportInBase => "Council Directive 2006/112/EC Art. 78(b)", "Council Directive 2006/112/EC", "Art. 78(b)",
        "the taxable amount includes incidental expenses such as transport charged to the customer";
    /// Intrinsic value.
    EuIntrinsicValue => "Commission Delegated Regulation (EU) 2015/2446 Art. 1(48)", "Commission Delegated Regulation (EU) 2015/2446", "Art. 1(48)",
        "intrinsic value is the price of the goods without transport and insurance shown separately and without taxes";
    /// The interim flat duty; the reference read press reports of the Council decision.
    EuFlatDuty2026 => "Council of the EU, interim flat customs duty on low-value parcels (approved 2026-02-11)", "Council of the EU, interim flat customs duty on low-value parcels (approved 2026-02-11)", "",
        "from 2026-07-01 a flat 3 euro customs duty per distinct tariff subheading in a low-value IOSS consignment";
    /// HMRC guidance read in the reference.
    UkLowValue2021 => "HMRC, VAT on low-value imports (from 2021-01-01)", "HMRC, VAT on low-value imports (from 2021-01-01)", "",
        "the seller or online marketplace charges UK VAT at the sale on consignments of intrinsic value up to 135 pounds; no customs duty up to 135 pounds";
    /// The Australian GST law on low-value goods.
    AuLowValue2018 => "A New Tax System (Goods and Services Tax) Act 1999 Subdiv. 84-C", "A New Tax System (Goods and Services Tax) Act 1999", "Subdiv. 84-C",
        "from 2018-07-01 goods of customs value up to 1,000 Australian dollars bear 10% GST collected at the sale, excluding tobacco and alcohol";
    /// CBSA customs notice read in the reference.
    CaCusma2020 => "CBSA Customs Notice CN20-18", "CBSA Customs Notice CN20-18", "",
        "from 2020-07-01 courier shipments from the US or Mexico are duty and tax free up to 40 and duty free up to 150 Canadian dollars; mail and other couriers are free up to 20";
    /// The statutory de minimis.
    UsDeMinimis => "19 U.S.C. 1321 (a)(2)(C)", "19 U.S.C. 1321", "(a)(2)(C)",
        "articles of aggregate fair retail value up to 800 dollars imported by one person on one day enter free of duty and tax";
    /// Not in the tax reference notes: the act that raised the de minimis from 200 to 800 dollars.
    UsTftea2016 => "Trade Facilitation and Trade Enforcement Act of 2015 §901", "Trade Facilitation and Trade Enforcement Act of 2015", "§901",
        "from 2016-03-10 the de minimis is 800 dollars";
    /// Read in the reference.
    UsEo14256 => "Executive Order 14256", "Executive Order 14256", "",
        "from 2025-05-02 00:01 EDT de minimis treatment ends for products of China and Hong Kong";
    /// Read in the reference.
    UsEo14324 => "Executive Order 14324", "Executive Order 14324", "",
        "from 2025-08-29 00:01 EDT de minimis treatment is suspended for all countries";
    /// Japan Customs answer read in the reference; the statute's article was not read.
    JpSmallValue => "Japan Customs, Customs Answer 1006 少額輸入貨物", "Japan Customs, Customs Answer 1006", "少額輸入貨物",
        "goods of total customs value up to 10,000 yen are exempt from customs duty and consumption tax, except liquor and tobacco taxes and designated goods";
    /// Secondary sources read in the reference; the order's article was not read.
    JpPersonalUse => "関税定率法施行令 個人的な使用に供される物品 (0.6)", "関税定率法施行令", "個人的な使用に供される物品 (0.6)",
        "the customs value of goods imported for personal use is the overseas retail price times 0.6";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_document_and_provision_and_round_trips() {
        for &c in Citation::ALL {
            let want = if c.provision().is_empty() {
                c.document().to_owned()
            } else {
                format!("{} {}", c.document(), c.provision())
            };
            assert_eq!(c.to_string(), want, "{c:?}");
            assert_eq!(c.to_string().parse::<Citation>(), Ok(c));
            assert!(!c.rule().is_empty());
        }
    }

    #[test]
    fn unknown_citation_is_an_error() {
        assert!(matches!(
            "财关税〔2099〕1号".parse::<Citation>(),
            Err(ParseTaxError::Unknown { what: "citation", .. })
        ));
    }
}
