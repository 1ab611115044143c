//! `ExtendMessage` (扩展自定义数据实体) and the free XML it carries: its `Message` element is
//! `xs:any processContents="skip"`, any well-formed element in any namespace.

use super::error::{CebError, SchemaError};
use super::reader::{Cursor, Tok, is_xml_whitespace};
use super::writer::{Facet, XmlWriter, check, check_chars};

/// The XML namespace, bound to the `xml` prefix by definition.
const XML_NAMESPACE: &str = "http://www.w3.org/XML/1998/namespace";

/// An attribute of an [`XmlElement`].
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::XmlAttribute;
///
/// let a = XmlAttribute { namespace: None, name: "id".into(), value: "1".into() };
/// assert_eq!(a.name, "id");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct XmlAttribute {
    /// The namespace URI, if the attribute is qualified.
    pub namespace: Option<String>,
    /// The local name.
    pub name: String,
    /// The value (after entity and whitespace normalisation).
    pub value: String,
}

/// A child of an [`XmlElement`].
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::XmlNode;
///
/// let text = XmlNode::Text("hello".into());
/// assert!(matches!(text, XmlNode::Text(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum XmlNode {
    /// A child element.
    Element(XmlElement),
    /// Character data.
    Text(String),
}

/// An element of free XML (the content of `ExtendMessage/Message`), namespaces resolved.
///
/// Comments and processing instructions are not kept; whitespace-only text between child
/// elements is dropped when the element has child elements (it is layout, not content).
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{XmlElement, XmlNode};
///
/// let e = XmlElement {
///     namespace: Some("urn:example".into()),
///     name: "extra".into(),
///     attributes: Vec::new(),
///     children: vec![XmlNode::Text("42".into())],
/// };
/// assert!(e.check().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct XmlElement {
    /// The namespace URI, if any.
    pub namespace: Option<String>,
    /// The local name (an XML `NCName`).
    pub name: String,
    /// The attributes, namespace declarations excluded.
    pub attributes: Vec<XmlAttribute>,
    /// Child elements and text, in document order.
    pub children: Vec<XmlNode>,
}

impl XmlElement {
    /// Checks that the element can be written: names are XML names, no attribute declares a
    /// namespace, every character is an XML 1.0 character.
    ///
    /// # Errors
    ///
    /// [`SchemaError::InvalidName`] or [`SchemaError::IllegalCharacter`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::XmlElement;
    ///
    /// let e = XmlElement { namespace: None, name: "1abc".into(), attributes: vec![], children: vec![] };
    /// assert!(e.check().is_err());
    /// ```
    pub fn check(&self) -> Result<(), SchemaError> {
        let here = || self.name.clone();
        if !is_ncname(&self.name) {
            return Err(SchemaError::InvalidName { path: here(), found: self.name.clone() });
        }
        if let Some(ns) = &self.namespace {
            if !is_bindable(ns) {
                return Err(SchemaError::InvalidName { path: here(), found: ns.clone() });
            }
            check_chars(&self.name, ns)?;
        }
        for a in &self.attributes {
            let path = format!("{}/@{}", self.name, a.name);
            let declares = a.namespace.as_deref() == Some("http://www.w3.org/2000/xmlns/")
                || (a.namespace.is_none() && a.name == "xmlns");
            if !is_ncname(&a.name) || declares {
                return Err(SchemaError::InvalidName { path, found: a.name.clone() });
            }
            check_chars(&path, &a.value)?;
            if let Some(ns) = &a.namespace {
                if ns.is_empty() {
                    return Err(SchemaError::InvalidName { path, found: ns.clone() });
                }
                check_chars(&path, ns)?;
            }
        }
        for child in &self.children {
            match child {
                XmlNode::Element(e) => e.check().map_err(|err| err.within(&self.name))?,
                XmlNode::Text(t) => check_chars(&self.name, t)?,
            }
        }
        Ok(())
    }

    /// Reads the element whose start tag was just consumed.
    pub(super) fn read(c: &mut Cursor<'_>, start: super::reader::Start) -> Result<Self, CebError> {
        c.count_extension_element(start.offset)?;
        let mut children = Vec::new();
        loop {
            match c.next()? {
                Tok::Start(s) => children.push(XmlNode::Element(Self::read(c, s)?)),
                Tok::Text(t, _) => children.push(XmlNode::Text(t)),
                Tok::End => break,
                Tok::Done => {
                    return Err(CebError::MissingElement {
                        parent: "Message",
                        expected: "an end tag",
                        offset: c.offset(),
                    });
                }
            }
        }
        if children.iter().any(|n| matches!(n, XmlNode::Element(_))) {
            children.retain(|n| !matches!(n, XmlNode::Text(t) if t.chars().all(is_xml_whitespace)));
        }
        let attributes = start
            .attributes
            .into_iter()
            .map(|a| XmlAttribute { namespace: a.namespace, name: a.local, value: a.value })
            .collect();
        Ok(Self { namespace: start.namespace, name: start.local, attributes, children })
    }

    /// Writes the element; `default_ns` is the default namespace in scope.
    pub(super) fn write(&self, w: &mut XmlWriter, default_ns: Option<&str>, inline: bool) {
        let mut decls: Vec<(String, String)> = Vec::new();
        if self.namespace.as_deref() != default_ns {
            decls.push(("xmlns".to_owned(), self.namespace.clone().unwrap_or_default()));
        }
        let mut names: Vec<(String, String)> = Vec::new();
        let mut prefixes: Vec<&str> = Vec::new();
        for a in &self.attributes {
            let qname = match a.namespace.as_deref() {
                None => a.name.clone(),
                Some(XML_NAMESPACE) => format!("xml:{}", a.name),
                Some(ns) => {
                    let i = if let Some(i) = prefixes.iter().position(|p| *p == ns) {
                        i
                    } else {
                        prefixes.push(ns);
                        let i = prefixes.len().saturating_sub(1);
                        decls.push((format!("xmlns:a{i}"), ns.to_owned()));
                        i
                    };
                    format!("a{i}:{}", a.name)
                }
            };
            names.push((qname, a.value.clone()));
        }
        let attributes: Vec<(&str, &str)> =
            decls.iter().chain(names.iter()).map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let own_ns = self.namespace.as_deref();
        let mixed = self.children.iter().any(|n| matches!(n, XmlNode::Text(_)));
        if inline || mixed || self.children.is_empty() {
            if !inline {
                w.newline_before_next();
            }
            w.open_inline(&self.name, &attributes);
            for child in &self.children {
                match child {
                    XmlNode::Element(e) => e.write(w, own_ns, true),
                    XmlNode::Text(t) => w.text(t),
                }
            }
            w.close_inline(&self.name);
        } else {
            w.open(&self.name, &attributes);
            for child in &self.children {
                if let XmlNode::Element(e) = child {
                    e.write(w, own_ns, false);
                }
            }
            w.close(&self.name);
        }
    }
}

/// Whether an element may be put in namespace `ns` with a default namespace declaration: not
/// empty (that means "no namespace", `None` here), not the `xml` or `xmlns` namespace
/// (Namespaces in XML 1.0, §3).
fn is_bindable(ns: &str) -> bool {
    !ns.is_empty() && ns != XML_NAMESPACE && ns != "http://www.w3.org/2000/xmlns/"
}

/// Whether `s` is an XML `NCName` (a name without a colon).
fn is_ncname(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else { return false };
    is_name_start(first) && chars.all(|c| is_name_start(c) || is_name_char(c))
}

fn is_name_start(c: char) -> bool {
    matches!(c,
        'A'..='Z' | '_' | 'a'..='z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

fn is_name_char(c: char) -> bool {
    matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// The `ExtendMessage` element (扩展自定义数据实体; XSD22 `ExtendMessage`): a named, versioned
/// piece of free XML that a sender attaches to a message.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{ExtendMessageXml, XmlElement};
///
/// let ext = ExtendMessageXml {
///     name: "tracking".into(),
///     version: "1.0".into(),
///     message: Some(XmlElement {
///         namespace: Some("urn:example".into()),
///         name: "carrier".into(),
///         attributes: vec![],
///         children: vec![],
///     }),
/// };
/// assert!(ext.check().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct ExtendMessageXml {
    /// `name` 自定义报文名称 (≤30).
    pub name: String,
    /// `version` 自定义报文版本 (≤30).
    pub version: String,
    /// The single element inside `Message` 自定义报文实体, if any.
    pub message: Option<XmlElement>,
}

impl ExtendMessageXml {
    /// Checks the facets of `name` and `version` and the free XML.
    ///
    /// # Errors
    ///
    /// The first [`SchemaError`], with its path.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::ExtendMessageXml;
    ///
    /// let ext = ExtendMessageXml { name: "x".repeat(31), ..Default::default() };
    /// assert!(ext.check().is_err());
    /// ```
    pub fn check(&self) -> Result<(), SchemaError> {
        let inner = || -> Result<(), SchemaError> {
            check("name", &self.name, Facet::Str { min: 0, max: 30 })?;
            check("version", &self.version, Facet::Str { min: 0, max: 30 })?;
            if let Some(m) = &self.message {
                m.check().map_err(|e| e.within("Message"))?;
            }
            Ok(())
        };
        inner().map_err(|e| e.within("ExtendMessage"))
    }

    pub(super) fn read(c: &mut Cursor<'_>, parent: &'static str) -> Result<Self, CebError> {
        c.open_ceb(parent, "ExtendMessage")?;
        let name = c.required("ExtendMessage", "name")?;
        let version = c.required("ExtendMessage", "version")?;
        c.open_ceb("ExtendMessage", "Message")?;
        c.skip_whitespace("Message")?;
        let message = match c.next()? {
            Tok::Start(s) => {
                let e = XmlElement::read(c, s)?;
                c.close("Message", "the end of Message (one element at most)")?;
                Some(e)
            }
            Tok::End => None,
            Tok::Text(_, offset) => {
                return Err(CebError::UnexpectedText { parent: "Message", offset });
            }
            Tok::Done => {
                return Err(CebError::MissingElement {
                    parent: "Message",
                    expected: "an end tag",
                    offset: c.offset(),
                });
            }
        };
        c.close("ExtendMessage", "the end of ExtendMessage")?;
        Ok(Self { name, version, message })
    }

    pub(super) fn write(&self, w: &mut XmlWriter) {
        w.open("ceb:ExtendMessage", &[]);
        w.leaf("ceb:name", &[], &self.name);
        w.leaf("ceb:version", &[], &self.version);
        match &self.message {
            Some(m) => {
                w.open("ceb:Message", &[]);
                m.write(w, None, false);
                w.close("ceb:Message");
            }
            None => w.leaf("ceb:Message", &[], ""),
        }
        w.close("ceb:ExtendMessage");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_namespaces_are_refused() {
        let e = |ns: &str| XmlElement {
            namespace: Some(ns.to_owned()),
            name: "a".into(),
            attributes: vec![],
            children: vec![],
        };
        assert!(e("urn:x").check().is_ok());
        assert!(e("").check().is_err());
        assert!(e(XML_NAMESPACE).check().is_err());
        assert!(e("http://www.w3.org/2000/xmlns/").check().is_err());
    }

    #[test]
    fn names() {
        assert!(is_ncname("a"));
        assert!(is_ncname("_a-1.b"));
        assert!(is_ncname("订单"));
        assert!(!is_ncname(""));
        assert!(!is_ncname("1a"));
        assert!(!is_ncname("a:b"));
        assert!(!is_ncname("a b"));
    }
}
