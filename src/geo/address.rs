//! [`Address`] (personal data, masked in `Debug`/`Display`) and its [`NormalizedAddress`].

use std::fmt;

use super::country::{Country, CustomsRegion};
use super::error::{AddressError, AddressField};
use super::normalize::{is_cjk, normalize_text};
use super::postal_code::PostalCode;

/// A postal address (地址): country, province or state, city, district, one to four street
/// lines and an optional postal code.
///
/// **An address is personal data** (个人信息, 《个人信息保护法》 art. 4). `Debug` and `Display`
/// show the country, province, city, district and postal code, but mask every street line to its
/// first two characters followed by `****` (lines shorter than six characters show only `****`).
/// The full street lines are reachable only through [`reveal_street_lines`], which exists for the customs export of the consignee address
/// (CEB311 `consigneeAddress`, CEB511 `consigneeAddress`) and for label printing; call it only
/// there. Serialisation (feature `serde`) writes the real street lines: it is data, not display.
///
/// # Rules checked by [`AddressBuilder::build`]
///
/// - the city is required; province and district are optional; every given part has a
///   non-whitespace character;
/// - 1 to [`MAX_STREET_LINES`](Self::MAX_STREET_LINES) street lines, none empty;
/// - every part at most [`MAX_PART_CHARS`](Self::MAX_PART_CHARS) characters and free of control
///   characters (a line break inside a line would break fixed-field customs messages and labels);
/// - the postal code, if given, valid for the country ([`PostalCode::parse`]); required where
///   [`PostalCode::is_required_in`] says so (US, DE, JP), optional elsewhere (including CN).
///
/// The raw text of every part is kept exactly as given (no trimming, no case change);
/// [`normalized`](Self::normalized) gives the form for comparison.
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Address, Country};
///
/// let address = Address::builder(Country::CN)
///     .province("上海市")
///     .city("上海市")
///     .district("浦东新区")
///     .street_line("张江路123号")
///     .postal_code("201203")
///     .build()?;
/// assert_eq!(address.city(), "上海市");
/// assert_eq!(address.reveal_street_lines(), ["张江路123号"]);
/// // Debug and Display never show the street.
/// assert!(!format!("{address:?}").contains("张江路123号"));
/// assert_eq!(address.to_string(), "CN, 上海市, 上海市, 浦东新区, 张江****, 201203");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// [`reveal_street_lines`]: Self::reveal_street_lines
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Address {
    country: Country,
    province: Option<String>,
    city: String,
    district: Option<String>,
    street_lines: Vec<String>,
    postal_code: Option<PostalCode>,
}

impl Address {
    /// The most street lines an address may have.
    pub const MAX_STREET_LINES: usize = 4;

    /// The longest part (province, city, district or one street line), in characters.
    pub const MAX_PART_CHARS: usize = 200;

    /// Starts building an address in `country`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let address = Address::builder(Country::US)
    ///     .province("NY")
    ///     .city("New York")
    ///     .street_line("350 Fifth Avenue")
    ///     .street_line("Suite 100")
    ///     .postal_code("10118")
    ///     .build()?;
    /// assert_eq!(address.street_line_count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(country: Country) -> AddressBuilder {
        AddressBuilder {
            country,
            province: None,
            city: None,
            district: None,
            street_lines: Vec::new(),
            postal_code: None,
        }
    }

    /// The country.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::HK).city("Hong Kong").street_line("1 Queen's Road Central").build()?;
    /// assert_eq!(a.country(), Country::HK);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Country {
        self.country
    }

    /// The customs region of the country (see [`CustomsRegion`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::MO).city("澳门").street_line("新马路1号").build()?;
    /// assert!(a.customs_region().is_hk_mo_tw());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn customs_region(&self) -> CustomsRegion {
        self.country.customs_region()
    }

    /// The province or state (省/州), as given.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).province("浙江省").city("杭州市").street_line("文一西路969号").build()?;
    /// assert_eq!(a.province(), Some("浙江省"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn province(&self) -> Option<&str> {
        self.province.as_deref()
    }

    /// The city (市), as given.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("杭州市").street_line("文一西路969号").build()?;
    /// assert_eq!(a.city(), "杭州市");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn city(&self) -> &str {
        &self.city
    }

    /// The district or county (区/县), as given.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("杭州市").district("余杭区").street_line("文一西路969号").build()?;
    /// assert_eq!(a.district(), Some("余杭区"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn district(&self) -> Option<&str> {
        self.district.as_deref()
    }

    /// How many street lines the address has (1 to [`MAX_STREET_LINES`](Self::MAX_STREET_LINES)).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("杭州市").street_line("文一西路969号").build()?;
    /// assert_eq!(a.street_line_count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn street_line_count(&self) -> usize {
        self.street_lines.len()
    }

    /// The street lines, masked as in `Debug` and `Display` (first two characters + `****`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("杭州市").street_line("文一西路969号").build()?;
    /// assert_eq!(a.masked_street_lines(), ["文一****"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn masked_street_lines(&self) -> Vec<String> {
        self.street_lines.iter().map(|line| mask(line)).collect()
    }

    /// **The full street lines, unmasked** (personal data).
    ///
    /// This accessor exists for exporting the consignee address to customs (the CEB order and
    /// waybill messages carry it in full) and for printing a shipping label. Do not log its
    /// output; use `Debug`/`Display` or [`masked_street_lines`](Self::masked_street_lines) for
    /// anything a person might read.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("杭州市").street_line("文一西路969号").build()?;
    /// assert_eq!(a.reveal_street_lines(), ["文一西路969号"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal_street_lines(&self) -> &[String] {
        &self.street_lines
    }

    /// The postal code, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::JP)
    ///     .province("東京都")
    ///     .city("千代田区")
    ///     .street_line("千代田1-1")
    ///     .postal_code("1000001")
    ///     .build()?;
    /// assert_eq!(a.postal_code().map(|p| p.as_str()), Some("100-0001"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn postal_code(&self) -> Option<&PostalCode> {
        self.postal_code.as_ref()
    }

    /// The normalised form for comparing addresses.
    ///
    /// Each part is normalised with [`normalize_text`](super::normalize_text) (full-width ASCII
    /// and U+3000 folded, whitespace runs collapsed, ASCII lower-cased, spaces next to CJK
    /// characters removed); the parts are then taken from large to small (province, city,
    /// district, street lines) and joined. Because people and systems split an address into
    /// parts differently, a part that **begins by repeating** the parts just before it replaces
    /// them instead of doubling them: a directly administered municipality (直辖市) written with
    /// province `上海市` and city `上海市` counts `上海市` once, and city `上海市` + street
    /// `上海市浦东新区张江路123号` gives the same text as city `上海市` + district `浦东新区` +
    /// street `张江路123号`. For non-CJK text the repetition must end at a word boundary (city
    /// `York` is not repeated by street `Yorkshire St`). This is a heuristic on written forms,
    /// documented here so a caller can judge it.
    ///
    /// The postal code is not part of the text (it is already canonical; see
    /// [`same_place_as`](Self::same_place_as)). The raw text of the address is not changed.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("上海市").district("浦东新区").street_line("张江路１２３号").build()?;
    /// let b = Address::builder(Country::CN).city("上海市").street_line("浦东新区 张江路123号").build()?;
    /// let c = Address::builder(Country::CN).city("上海市").street_line("上海市浦东新区张江路123号").build()?;
    /// assert_eq!(a.normalized(), b.normalized());
    /// assert_eq!(a.normalized(), c.normalized());
    /// assert_eq!(a.normalized().reveal_text(), "上海市浦东新区张江路123号");
    /// assert_eq!(a.reveal_street_lines(), ["张江路１２３号"]); // raw text kept
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn normalized(&self) -> NormalizedAddress {
        let parts = self
            .province
            .iter()
            .chain(std::iter::once(&self.city))
            .chain(self.district.iter())
            .chain(self.street_lines.iter())
            .map(|part| normalize_text(part))
            .filter(|part| !part.is_empty());
        let mut kept: Vec<String> = Vec::new();
        for part in parts {
            // Longest run of trailing kept parts first.
            let repeated_from = (0..kept.len()).find(|&start| {
                kept.get(start..).is_some_and(|tail| repeats_at_start(&part, &tail.join(" ")))
            });
            if let Some(start) = repeated_from {
                kept.truncate(start);
            }
            kept.push(part);
        }
        NormalizedAddress { country: self.country, text: normalize_text(&kept.join(" ")) }
    }

    /// `true` if both addresses describe the same place: same country, equal
    /// [`normalized`](Self::normalized) text, and postal codes that do not disagree (when only one
    /// address has a postal code, it is not compared; many Chinese addresses omit it).
    ///
    /// This is a comparison of written forms, not geocoding: `张江路123号` and `张江路123号1楼`
    /// are different.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let order = Address::builder(Country::CN)
    ///     .city("上海市")
    ///     .street_line("上海市　浦东新区 张江路１２３号")
    ///     .build()?;
    /// let waybill = Address::builder(Country::CN)
    ///     .province("上海市")
    ///     .city("上海市")
    ///     .district("浦东新区")
    ///     .street_line("张江路123号")
    ///     .postal_code("201203")
    ///     .build()?;
    /// assert!(order.same_place_as(&waybill));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn same_place_as(&self, other: &Self) -> bool {
        let postal_codes_agree = match (&self.postal_code, &other.postal_code) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        postal_codes_agree && self.normalized() == other.normalized()
    }
}

/// `true` if the normalised `part` begins with the normalised form of `earlier` and the
/// repetition ends at a boundary: the end of `part`, a space, or a CJK character on either side.
fn repeats_at_start(part: &str, earlier: &str) -> bool {
    let earlier = normalize_text(earlier);
    part.strip_prefix(earlier.as_str()).is_some_and(|rest| {
        rest.is_empty()
            || rest.starts_with(' ')
            || earlier.chars().next_back().is_some_and(is_cjk)
            || rest.chars().next().is_some_and(is_cjk)
    })
}

/// Masks one street line: its first two characters followed by `****`; a line shorter than six
/// characters (after trimming) shows only `****`, so short lines are not revealed whole.
fn mask(line: &str) -> String {
    let trimmed = line.trim();
    if trimmed.chars().count() < 6 {
        return "****".to_owned();
    }
    let mut out: String = trimmed.chars().take(2).collect();
    out.push_str("****");
    out
}

/// The street lines of an address, masked for `Debug`.
struct MaskedLines<'a>(&'a [String]);

impl fmt::Debug for MaskedLines<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.iter().map(|line| mask(line))).finish()
    }
}

impl fmt::Debug for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Address")
            .field("country", &self.country)
            .field("province", &self.province)
            .field("city", &self.city)
            .field("district", &self.district)
            .field("street_lines", &MaskedLines(&self.street_lines))
            .field("postal_code", &self.postal_code)
            .finish()
    }
}

/// `country, province, city, district, masked street lines, postal code`, from large to small,
/// skipping absent parts; street lines are masked (see [`Address`]).
impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.country)?;
        for part in
            self.province.iter().chain(std::iter::once(&self.city)).chain(self.district.iter())
        {
            write!(f, ", {}", part.trim())?;
        }
        for line in &self.street_lines {
            write!(f, ", {}", mask(line))?;
        }
        if let Some(code) = &self.postal_code {
            write!(f, ", {code}")?;
        }
        Ok(())
    }
}

/// Builds an [`Address`]; see [`Address::builder`]. Nothing is checked until
/// [`build`](Self::build).
///
/// Its `Debug` masks the street lines like [`Address`] does.
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Address, AddressError, Country};
///
/// let err = Address::builder(Country::US).city("New York").street_line("350 Fifth Avenue").build();
/// assert_eq!(err, Err(AddressError::PostalCodeRequired { country: Country::US }));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct AddressBuilder {
    country: Country,
    province: Option<String>,
    city: Option<String>,
    district: Option<String>,
    street_lines: Vec<String>,
    postal_code: Option<String>,
}

impl AddressBuilder {
    /// Sets the province or state (省/州).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::US).province("CA").city("San Jose").street_line("1 Main St").postal_code("95113").build()?;
    /// assert_eq!(a.province(), Some("CA"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn province(mut self, province: impl Into<String>) -> Self {
        self.province = Some(province.into());
        self
    }

    /// Sets the city (市); required.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("深圳市").street_line("深南大道1号").build()?;
    /// assert_eq!(a.city(), "深圳市");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn city(mut self, city: impl Into<String>) -> Self {
        self.city = Some(city.into());
        self
    }

    /// Sets the district or county (区/县).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("深圳市").district("南山区").street_line("深南大道1号").build()?;
    /// assert_eq!(a.district(), Some("南山区"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn district(mut self, district: impl Into<String>) -> Self {
        self.district = Some(district.into());
        self
    }

    /// Appends one street line.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("深圳市").street_line("深南大道1号").street_line("A座10楼").build()?;
    /// assert_eq!(a.street_line_count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn street_line(mut self, line: impl Into<String>) -> Self {
        self.street_lines.push(line.into());
        self
    }

    /// Appends several street lines.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("深圳市").street_lines(["深南大道1号", "A座10楼"]).build()?;
    /// assert_eq!(a.street_line_count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn street_lines<I, S>(mut self, lines: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.street_lines.extend(lines.into_iter().map(Into::into));
        self
    }

    /// Sets the postal code; it is checked against the country in [`build`](Self::build).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::DE).city("Berlin").street_line("Unter den Linden 1").postal_code("10117").build()?;
    /// assert_eq!(a.postal_code().map(|p| p.as_str()), Some("10117"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn postal_code(mut self, postal_code: impl Into<String>) -> Self {
        self.postal_code = Some(postal_code.into());
        self
    }

    /// Checks every part and builds the address.
    ///
    /// Checks run in this order: province, city, district, the number of street lines, each street
    /// line, the postal code; the first failure is returned.
    ///
    /// # Errors
    ///
    /// - [`AddressError::Empty`] if the city is missing, or a given part has no non-whitespace
    ///   character;
    /// - [`AddressError::ControlCharacter`] if a part contains a control character;
    /// - [`AddressError::TooLong`] if a part is longer than
    ///   [`Address::MAX_PART_CHARS`] characters;
    /// - [`AddressError::NoStreetLine`] / [`AddressError::TooManyStreetLines`] unless there are
    ///   1 to [`Address::MAX_STREET_LINES`] street lines;
    /// - [`AddressError::PostalCode`] if the postal code is invalid for the country;
    /// - [`AddressError::PostalCodeRequired`] if the country needs one and none was given.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, AddressError, AddressField, Country};
    ///
    /// let err = Address::builder(Country::CN).city("上海市").street_line("张江路\n123号").build();
    /// assert_eq!(err, Err(AddressError::ControlCharacter { field: AddressField::StreetLine(1), position: 3 }));
    /// ```
    pub fn build(self) -> Result<Address, AddressError> {
        if let Some(province) = &self.province {
            check_part(AddressField::Province, province)?;
        }
        let city = self.city.ok_or(AddressError::Empty { field: AddressField::City })?;
        check_part(AddressField::City, &city)?;
        if let Some(district) = &self.district {
            check_part(AddressField::District, district)?;
        }
        match self.street_lines.len() {
            0 => return Err(AddressError::NoStreetLine),
            n if n > Address::MAX_STREET_LINES => {
                return Err(AddressError::TooManyStreetLines {
                    count: n,
                    max: Address::MAX_STREET_LINES,
                });
            }
            _ => {}
        }
        for (i, line) in self.street_lines.iter().enumerate() {
            check_part(AddressField::StreetLine(i.saturating_add(1)), line)?;
        }
        let postal_code = match &self.postal_code {
            Some(text) => Some(PostalCode::parse(self.country, text)?),
            None if PostalCode::is_required_in(self.country) => {
                return Err(AddressError::PostalCodeRequired { country: self.country });
            }
            None => None,
        };
        Ok(Address {
            country: self.country,
            province: self.province,
            city,
            district: self.district,
            street_lines: self.street_lines,
            postal_code,
        })
    }
}

fn check_part(field: AddressField, text: &str) -> Result<(), AddressError> {
    if text.trim().is_empty() {
        return Err(AddressError::Empty { field });
    }
    if let Some(position) = text.chars().position(char::is_control) {
        return Err(AddressError::ControlCharacter { field, position });
    }
    let chars = text.chars().count();
    if chars > Address::MAX_PART_CHARS {
        return Err(AddressError::TooLong { field, chars, max: Address::MAX_PART_CHARS });
    }
    Ok(())
}

impl fmt::Debug for AddressBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AddressBuilder")
            .field("country", &self.country)
            .field("province", &self.province)
            .field("city", &self.city)
            .field("district", &self.district)
            .field("street_lines", &MaskedLines(&self.street_lines))
            .field("postal_code", &self.postal_code)
            .finish()
    }
}

/// The normalised form of an [`Address`], for comparison and de-duplication
/// (see [`Address::normalized`]). Equal values mean equal country and equal normalised text.
///
/// It contains the street, so it is personal data too: `Debug` shows the country and the first
/// two characters of the text, and the text itself is reachable only through
/// [`reveal_text`](Self::reveal_text).
///
/// # Examples
///
/// ```
/// use crossborder::geo::{Address, Country};
///
/// let a = Address::builder(Country::CN).city("上海市").street_line("张江路１２３号").build()?;
/// let n = a.normalized();
/// assert_eq!(n.reveal_text(), "上海市张江路123号");
/// assert!(!format!("{n:?}").contains("张江路"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct NormalizedAddress {
    country: Country,
    text: String,
}

impl NormalizedAddress {
    /// The country.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("上海市").street_line("张江路123号").build()?;
    /// assert_eq!(a.normalized().country(), Country::CN);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Country {
        self.country
    }

    /// **The full normalised text, unmasked** (personal data): for matching against other
    /// systems' address strings (e.g. with [`normalize_text`](super::normalize_text) applied to a
    /// customs message's `consigneeAddress`). Do not log it.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::geo::{normalize_text, Address, Country};
    ///
    /// let a = Address::builder(Country::CN).city("上海市").street_line("张江路123号").build()?;
    /// assert_eq!(a.normalized().reveal_text(), normalize_text("上海市 张江路１２３号"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reveal_text(&self) -> &str {
        &self.text
    }
}

impl fmt::Debug for NormalizedAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NormalizedAddress")
            .field("country", &self.country)
            .field("text", &mask(&self.text))
            .finish()
    }
}

/// The serde form of an [`Address`], borrowed for serialisation.
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
struct AddressRef<'a> {
    country: Country,
    province: Option<&'a str>,
    city: &'a str,
    district: Option<&'a str>,
    street_lines: &'a [String],
    postal_code: Option<&'a str>,
}

/// The serde form of an [`Address`], owned for deserialisation and validated by the builder.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAddress {
    country: Country,
    #[serde(default)]
    province: Option<String>,
    city: String,
    #[serde(default)]
    district: Option<String>,
    street_lines: Vec<String>,
    #[serde(default)]
    postal_code: Option<String>,
}

/// Serialises every part as data, **including the full street lines** (masking is for
/// `Debug`/`Display`); the postal code as its canonical string.
#[cfg(feature = "serde")]
impl serde::Serialize for Address {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        AddressRef {
            country: self.country,
            province: self.province.as_deref(),
            city: &self.city,
            district: self.district.as_deref(),
            street_lines: &self.street_lines,
            postal_code: self.postal_code.as_ref().map(PostalCode::as_str),
        }
        .serialize(serializer)
    }
}

/// Deserialises through [`AddressBuilder::build`], so every rule is checked; the error message
/// names the part, never its text.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Address {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawAddress::deserialize(deserializer)?;
        let mut builder =
            Address::builder(raw.country).city(raw.city).street_lines(raw.street_lines);
        builder.province = raw.province;
        builder.district = raw.district;
        builder.postal_code = raw.postal_code;
        builder.build().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cn() -> AddressBuilder {
        Address::builder(Country::CN).city("上海市")
    }

    #[test]
    fn mask_rules() {
        assert_eq!(mask("张江路123号"), "张江****");
        assert_eq!(mask("  350 Fifth Avenue"), "35****");
        assert_eq!(mask("1号楼"), "****");
        assert_eq!(mask("12345"), "****");
        assert_eq!(mask("123456"), "12****");
    }

    #[test]
    fn street_line_count_limits() {
        assert_eq!(cn().build(), Err(AddressError::NoStreetLine));
        let five = cn().street_lines(["a", "b", "c", "d", "e"]).build();
        assert_eq!(five, Err(AddressError::TooManyStreetLines { count: 5, max: 4 }));
        assert!(cn().street_lines(["a", "b", "c", "d"]).build().is_ok());
    }

    #[test]
    fn part_checks_name_the_part() {
        assert_eq!(
            cn().street_lines(["ok", " "]).build(),
            Err(AddressError::Empty { field: AddressField::StreetLine(2) })
        );
        assert_eq!(
            Address::builder(Country::CN).street_line("x").build(),
            Err(AddressError::Empty { field: AddressField::City })
        );
        assert_eq!(
            cn().province("").street_line("x").build(),
            Err(AddressError::Empty { field: AddressField::Province })
        );
        assert_eq!(
            cn().district("浦东\t新区").street_line("x").build(),
            Err(AddressError::ControlCharacter { field: AddressField::District, position: 2 })
        );
        let long = "路".repeat(201);
        assert_eq!(
            cn().street_line(long).build(),
            Err(AddressError::TooLong { field: AddressField::StreetLine(1), chars: 201, max: 200 })
        );
        assert!(cn().street_line("路".repeat(200)).build().is_ok());
    }

    #[test]
    fn raw_text_is_kept() {
        let a = cn().district(" 浦东新区 ").street_line(" 张江路１２３号 ").build().unwrap();
        assert_eq!(a.district(), Some(" 浦东新区 "));
        assert_eq!(a.reveal_street_lines(), [" 张江路１２３号 "]);
    }

    #[test]
    fn municipality_duplicate_is_dropped() {
        let a = cn().province("上海市").street_line("张江路123号").build().unwrap();
        let b = cn().street_line("张江路123号").build().unwrap();
        assert_eq!(a.normalized(), b.normalized());
        assert_eq!(a.normalized().reveal_text(), "上海市张江路123号");
    }

    #[test]
    fn repetition_needs_a_word_boundary_outside_cjk() {
        let gb = |city: &str, line: &str| {
            Address::builder(Country::GB).city(city).street_line(line).build().unwrap()
        };
        assert_eq!(gb("York", "Yorkshire St 1").normalized().reveal_text(), "york yorkshire st 1");
        assert_eq!(gb("York", "YORK  Road 5").normalized().reveal_text(), "york road 5");
        assert_eq!(gb("York", "York").normalized().reveal_text(), "york");
    }

    #[test]
    fn a_street_repeating_several_parts_replaces_them() {
        let a = cn().district("浦东新区").street_line("上海市浦东新区张江路123号").build().unwrap();
        assert_eq!(a.normalized().reveal_text(), "上海市浦东新区张江路123号");
        // Only a run of trailing parts counts: 浦东新区 alone is not at the start.
        let b = cn().district("浦东新区").street_line("张江路123号浦东新区").build().unwrap();
        assert_eq!(b.normalized().reveal_text(), "上海市浦东新区张江路123号浦东新区");
    }

    #[test]
    fn builder_debug_masks_street() {
        let b = cn().street_line("张江路123号");
        let dbg = format!("{b:?}");
        assert!(!dbg.contains("张江路123号"), "{dbg}");
        assert!(dbg.contains("张江****"), "{dbg}");
    }
}
