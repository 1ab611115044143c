//! A person: name, identity document, telephone.

use std::fmt;

use super::{IdDocument, PartyError, PersonName, Phone, ResidentId};

/// A person on the customs documents: buyer (订购人), payer (支付人) or consignee (收货人).
///
/// Every combination of a valid name, an optional document and an optional telephone is a valid
/// `Person`, so there is nothing more to check; the fields are private so that only the masked
/// `Debug`/`Display` of the parts are ever printed.
///
/// `Display`: `张* (ID 110105********002X, tel 138****5678)`; the parenthesis lists only what is
/// present, and is left out when neither is.
///
/// # Examples
///
/// ```
/// use crossborder::party::{Person, PersonName, Phone};
///
/// let consignee = Person::new(PersonName::try_new("李四")?).with_phone(Phone::try_new("13912345678")?);
/// assert_eq!(consignee.to_string(), "李* (tel 139****5678)");
/// assert!(consignee.id().is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Person {
    name: PersonName,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    id: Option<IdDocument>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    phone: Option<Phone>,
}

impl Person {
    /// A person known by name only.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{Person, PersonName};
    ///
    /// let p = Person::new(PersonName::try_new("张三")?);
    /// assert_eq!(p.to_string(), "张*");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(name: PersonName) -> Self {
        Self { name, id: None, phone: None }
    }

    /// The common Chinese buyer: name, citizen identity number and telephone, parsed at once.
    ///
    /// # Errors
    ///
    /// The [`PartyError`] of the first part that fails: name, then identity number, then
    /// telephone.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::Person;
    ///
    /// let buyer = Person::try_cn("张三", "11010519491231002X", "13812345678")?;
    /// assert_eq!(buyer.to_string(), "张* (ID 110105********002X, tel 138****5678)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_cn(name: &str, resident_id: &str, phone: &str) -> Result<Self, PartyError> {
        Ok(Self::new(PersonName::try_new(name)?)
            .with_id(ResidentId::try_new(resident_id)?)
            .with_phone(Phone::try_new(phone)?))
    }

    /// The same person with an identity document (replacing any previous one).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{Person, PersonName, ResidentId};
    ///
    /// let p = Person::new(PersonName::try_new("张三")?)
    ///     .with_id(ResidentId::try_new("11010519491231002X")?);
    /// assert_eq!(p.id().map(|d| d.reveal()), Some("11010519491231002X"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_id(mut self, id: impl Into<IdDocument>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// The same person with a telephone number (replacing any previous one).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{Person, PersonName, Phone};
    ///
    /// let p = Person::new(PersonName::try_new("张三")?).with_phone(Phone::try_new("13812345678")?);
    /// assert_eq!(p.phone().map(|t| t.reveal()), Some("13812345678"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_phone(mut self, phone: Phone) -> Self {
        self.phone = Some(phone);
        self
    }

    /// The name.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::{Person, PersonName};
    ///
    /// let p = Person::new(PersonName::try_new("张三")?);
    /// assert_eq!(p.name().reveal(), "张三");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &PersonName {
        &self.name
    }

    /// The identity document, if known.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::Person;
    ///
    /// let p = Person::try_cn("张三", "11010519491231002X", "13812345678")?;
    /// assert_eq!(p.id().map(|d| d.customs_id_type().code()), Some("1"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn id(&self) -> Option<&IdDocument> {
        self.id.as_ref()
    }

    /// The telephone number, if known.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::party::Person;
    ///
    /// let p = Person::try_cn("张三", "11010519491231002X", "13812345678")?;
    /// assert_eq!(p.phone().map(ToString::to_string).as_deref(), Some("138****5678"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn phone(&self) -> Option<&Phone> {
        self.phone.as_ref()
    }
}

impl fmt::Display for Person {
    /// Masked throughout: `张* (ID 110105********002X, tel 138****5678)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)?;
        match (&self.id, &self.phone) {
            (None, None) => Ok(()),
            (Some(id), None) => write!(f, " (ID {id})"),
            (None, Some(phone)) => write!(f, " (tel {phone})"),
            (Some(id), Some(phone)) => write!(f, " (ID {id}, tel {phone})"),
        }
    }
}
