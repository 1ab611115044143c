//! The pull reader under every CEB message type: quick-xml's low-level [`NsReader`] wrapped
//! with the checks that make untrusted input safe, and a cursor API that the record readers
//! walk in XSD order.
//!
//! Why the low-level reader and not serde: every event passes through one loop here, so the
//! limits hold whatever the document looks like — a DOCTYPE is refused the moment it is seen
//! (no entity is ever declared, so none is ever expanded), depth and element counts are
//! checked on every start tag, an unknown element fails at once instead of being buffered,
//! and errors carry the byte offset and the element the XSD expected. A serde derive would
//! buffer and skip unknown content, report errors in serde's terms, and make order and
//! cardinality checks (the XSD's `xs:sequence`) awkward.

use std::borrow::Cow;

use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use super::error::{CebError, XmlSyntaxError};
use super::{NAMESPACE, ReadLimits};

/// XML 1.0 `Char` production: what a document may contain.
pub(super) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c >= '\u{10000}'
}

/// A start tag, resolved: namespace, local name, attributes (namespace declarations
/// excluded), and where it was.
#[derive(Debug)]
pub(super) struct Start {
    pub(super) namespace: Option<String>,
    pub(super) local: String,
    pub(super) attributes: Vec<Attr>,
    pub(super) offset: u64,
}

impl Start {
    /// `{namespace}name` or `name`, for error messages.
    pub(super) fn display_name(&self) -> String {
        match &self.namespace {
            Some(ns) => format!("{{{ns}}}{}", self.local),
            None => self.local.clone(),
        }
    }

    /// Whether this is `{ns}local`.
    pub(super) fn is(&self, ns: &str, local: &str) -> bool {
        self.namespace.as_deref() == Some(ns) && self.local == local
    }

    /// The value of the un-namespaced attribute `name`.
    pub(super) fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|a| a.namespace.is_none() && a.local == name)
            .map(|a| a.value.as_str())
    }
}

/// A resolved attribute with its normalised value.
#[derive(Debug)]
pub(super) struct Attr {
    pub(super) namespace: Option<String>,
    pub(super) local: String,
    pub(super) value: String,
}

/// What the cursor yields.
#[derive(Debug)]
pub(super) enum Tok {
    Start(Start),
    /// The end of the current element.
    End,
    /// Character data (text, CDATA and references merged), end-of-line normalised.
    Text(String, u64),
    /// The end of the root element: the document is complete.
    Done,
}

/// The cursor over one document.
pub(super) struct Cursor<'a> {
    reader: NsReader<&'a [u8]>,
    limits: ReadLimits,
    /// Bytes stripped before the text given to quick-xml (a byte-order mark).
    base: u64,
    depth: usize,
    elements: usize,
    /// Elements read inside extension content so far.
    pub(super) extension_elements: usize,
    peeked: Option<Tok>,
    /// A token read while collecting text, to hand out after it.
    pending: Option<Tok>,
    root_closed: bool,
}

impl<'a> Cursor<'a> {
    /// Checks the raw bytes (size, byte-order mark, UTF-8) and sets up the parser.
    pub(super) fn new(input: &'a [u8], limits: ReadLimits) -> Result<Self, CebError> {
        if input.len() > limits.max_bytes() {
            return Err(CebError::TooLarge { size: input.len(), limit: limits.max_bytes() });
        }
        if input.starts_with(&[0xFE, 0xFF]) || input.starts_with(&[0xFF, 0xFE]) {
            return Err(CebError::UnsupportedDeclaration {
                found: "UTF-16 byte-order mark".to_owned(),
            });
        }
        let (body, base) = match input.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            Some(rest) => (rest, 3usize),
            None => (input, 0),
        };
        let text = std::str::from_utf8(body)
            .map_err(|e| CebError::NotUtf8 { offset: e.valid_up_to().saturating_add(base) })?;
        let mut reader = NsReader::from_str(text);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.check_comments = true;
        config.trim_text(false);
        Ok(Self {
            reader,
            limits,
            base: base as u64,
            depth: 0,
            elements: 0,
            extension_elements: 0,
            peeked: None,
            pending: None,
            root_closed: false,
        })
    }

    /// The current byte offset in the original input.
    pub(super) fn offset(&self) -> u64 {
        self.reader.buffer_position().saturating_add(self.base)
    }

    fn syntax(&self, message: impl Into<String>) -> CebError {
        CebError::Syntax { offset: self.offset(), source: XmlSyntaxError::new(message) }
    }

    fn quick_xml_error(&self, e: &quick_xml::Error) -> CebError {
        CebError::Syntax {
            offset: self.reader.error_position().saturating_add(self.base),
            source: XmlSyntaxError::new(e.to_string()),
        }
    }

    fn check_chars(&self, s: &str) -> Result<(), CebError> {
        match s.chars().find(|c| !is_xml_char(*c)) {
            None => Ok(()),
            Some(c) => {
                Err(self
                    .syntax(format!("character U+{:04X} is not allowed in XML 1.0", u32::from(c))))
            }
        }
    }

    /// Resolves a start tag's name and attributes.
    fn start(&self, e: &BytesStart<'_>, ns: Resolved, offset: u64) -> Result<Start, CebError> {
        let namespace = match ns {
            Ok(ns) => ns,
            Err(prefix) => {
                return Err(CebError::Syntax {
                    offset,
                    source: XmlSyntaxError::new(format!(
                        "namespace prefix {prefix:?} is not declared"
                    )),
                });
            }
        };
        let local = e.local_name().into_inner().to_owned();
        let mut attributes = Vec::new();
        for (i, attr) in e.attributes().enumerate() {
            if i >= self.limits.max_attributes() {
                return Err(CebError::TooManyAttributes {
                    limit: self.limits.max_attributes(),
                    offset,
                });
            }
            let attr = attr.map_err(|err| CebError::Syntax {
                offset,
                source: XmlSyntaxError::new(err.to_string()),
            })?;
            let key = attr.key;
            if key.as_namespace_binding().is_some() {
                continue;
            }
            let mut undefined: Option<String> = None;
            let value = attr
                .normalized_value_with(XmlVersion::Explicit1_0, 1, |name| {
                    let known = predefined_entity(name);
                    if known.is_none() {
                        undefined = Some(name.to_owned());
                    }
                    known
                })
                .map_err(|err| match undefined.take() {
                    Some(name) => CebError::UndefinedEntity { name, offset },
                    None => self.quick_xml_error(&err),
                })?;
            self.check_chars(&value)?;
            let (resolved, local_name) = self.reader.resolver().resolve_attribute(key);
            let namespace = match resolved {
                ResolveResult::Bound(ns) => Some(ns.into_inner().to_owned()),
                ResolveResult::Unbound => None,
                ResolveResult::Unknown(prefix) => {
                    return Err(CebError::Syntax {
                        offset,
                        source: XmlSyntaxError::new(format!(
                            "namespace prefix {prefix:?} is not declared"
                        )),
                    });
                }
            };
            attributes.push(Attr {
                namespace,
                local: local_name.into_inner().to_owned(),
                value: value.into_owned(),
            });
        }
        Ok(Start { namespace, local, attributes, offset })
    }

    /// Counts a start tag against the limits and resolves it.
    fn open_element(
        &mut self,
        e: &BytesStart<'_>,
        ns: Resolved,
        offset: u64,
    ) -> Result<Start, CebError> {
        if self.root_closed {
            return Err(self.syntax("content after the root element"));
        }
        self.depth = self.depth.saturating_add(1);
        self.elements = self.elements.saturating_add(1);
        if self.depth > self.limits.max_depth() {
            return Err(CebError::TooDeep { limit: self.limits.max_depth(), offset });
        }
        if self.elements > self.limits.max_elements() {
            return Err(CebError::TooManyElements { limit: self.limits.max_elements(), offset });
        }
        self.start(e, ns, offset)
    }

    /// Reads the next raw token, merging adjacent character data.
    fn read_tok(&mut self) -> Result<Tok, CebError> {
        if let Some(tok) = self.pending.take() {
            return Ok(tok);
        }
        let mut text: Option<(String, u64)> = None;
        loop {
            let offset = self.offset();
            let (ns, event) = match self.reader.read_resolved_event() {
                Ok((ns, event)) => (owned_namespace(ns), event),
                Err(e) => return Err(self.quick_xml_error(&e)),
            };
            let tok = match event {
                Event::Text(t) => {
                    let content = t.xml10_content();
                    self.check_chars(&content)?;
                    push_text(&mut text, &content, offset);
                    continue;
                }
                Event::CData(t) => {
                    let content = t.xml10_content();
                    self.check_chars(&content)?;
                    push_text(&mut text, &content, offset);
                    continue;
                }
                Event::GeneralRef(r) => {
                    let c = resolve_reference(&r, offset)?;
                    push_text(&mut text, c.encode_utf8(&mut [0; 4]), offset);
                    continue;
                }
                Event::Comment(_) | Event::PI(_) => continue,
                Event::Decl(d) => {
                    check_declaration(&d)
                        .map_err(|found| CebError::UnsupportedDeclaration { found })?;
                    continue;
                }
                Event::DocType(_) => return Err(CebError::Dtd { offset }),
                Event::Start(e) => Tok::Start(self.open_element(&e, ns, offset)?),
                Event::Empty(_) => {
                    // expand_empty_elements is on: never produced.
                    return Err(self.syntax("unexpected empty-element event"));
                }
                Event::End(_) => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.depth == 0 {
                        self.root_closed = true;
                    }
                    Tok::End
                }
                Event::Eof => {
                    if self.depth > 0 || !self.root_closed {
                        return Err(self.syntax("unexpected end of input"));
                    }
                    Tok::Done
                }
            };
            return Ok(match text.take() {
                Some((s, at)) => {
                    self.pending = Some(tok);
                    Tok::Text(s, at)
                }
                None => tok,
            });
        }
    }

    /// The next token, consumed.
    pub(super) fn next(&mut self) -> Result<Tok, CebError> {
        match self.peeked.take() {
            Some(tok) => Ok(tok),
            None => self.read_tok(),
        }
    }

    /// The next token, not consumed.
    pub(super) fn peek(&mut self) -> Result<&Tok, CebError> {
        let tok = match self.peeked.take() {
            Some(tok) => tok,
            None => self.read_tok()?,
        };
        Ok(self.peeked.insert(tok))
    }

    /// Skips whitespace in element-only content; refuses other text.
    pub(super) fn skip_whitespace(&mut self, parent: &'static str) -> Result<(), CebError> {
        while let Tok::Text(s, at) = self.peek()? {
            if !s.chars().all(is_xml_whitespace) {
                return Err(CebError::UnexpectedText { parent, offset: *at });
            }
            self.peeked = None;
        }
        Ok(())
    }

    /// The document's root start tag (skipping the prolog).
    pub(super) fn root(&mut self) -> Result<Start, CebError> {
        loop {
            match self.next()? {
                Tok::Start(s) => return Ok(s),
                Tok::Text(s, _) if s.chars().all(is_xml_whitespace) => {}
                Tok::Text(_, at) => {
                    return Err(CebError::Syntax {
                        offset: at,
                        source: XmlSyntaxError::new("text before the root element"),
                    });
                }
                Tok::End | Tok::Done => return Err(self.syntax("no root element")),
            }
        }
    }

    /// After the root's end: only whitespace, comments and processing instructions may follow.
    pub(super) fn finish(&mut self) -> Result<(), CebError> {
        loop {
            match self.next()? {
                Tok::Done => return Ok(()),
                Tok::Text(s, at) => {
                    if !s.chars().all(is_xml_whitespace) {
                        return Err(CebError::Syntax {
                            offset: at,
                            source: XmlSyntaxError::new("text after the root element"),
                        });
                    }
                }
                Tok::Start(_) | Tok::End => {
                    return Err(self.syntax("content after the root element"));
                }
            }
        }
    }

    /// Whether the next element (after whitespace) is `{ns}local`.
    pub(super) fn at(
        &mut self,
        parent: &'static str,
        ns: &str,
        local: &str,
    ) -> Result<bool, CebError> {
        self.skip_whitespace(parent)?;
        Ok(matches!(self.peek()?, Tok::Start(s) if s.is(ns, local)))
    }

    /// Whether the next element (after whitespace) is `{CEB}local`.
    pub(super) fn at_ceb(&mut self, parent: &'static str, local: &str) -> Result<bool, CebError> {
        self.at(parent, NAMESPACE, local)
    }

    /// Consumes the start tag `{ns}local`, which must come next.
    pub(super) fn open(
        &mut self,
        parent: &'static str,
        ns: &str,
        local: &'static str,
    ) -> Result<Start, CebError> {
        self.skip_whitespace(parent)?;
        let offset = self.offset();
        match self.next()? {
            Tok::Start(s) if s.is(ns, local) => Ok(s),
            Tok::Start(s) => Err(CebError::UnexpectedElement {
                parent,
                found: s.display_name(),
                expected: local,
                offset: s.offset,
            }),
            Tok::End | Tok::Done | Tok::Text(..) => {
                Err(CebError::MissingElement { parent, expected: local, offset })
            }
        }
    }

    /// Consumes the start tag `{CEB}local`, which must come next.
    pub(super) fn open_ceb(
        &mut self,
        parent: &'static str,
        local: &'static str,
    ) -> Result<Start, CebError> {
        self.open(parent, NAMESPACE, local)
    }

    /// Consumes the end tag of `element` (after whitespace); another element there is one the
    /// XSD does not allow.
    pub(super) fn close(
        &mut self,
        element: &'static str,
        expected: &'static str,
    ) -> Result<(), CebError> {
        self.skip_whitespace(element)?;
        match self.next()? {
            Tok::End => Ok(()),
            Tok::Start(s) => Err(CebError::UnexpectedElement {
                parent: element,
                found: s.display_name(),
                expected,
                offset: s.offset,
            }),
            Tok::Text(_, offset) => Err(CebError::UnexpectedText { parent: element, offset }),
            Tok::Done => Err(self.syntax("unexpected end of input")),
        }
    }

    /// The text content of a simple-typed element whose start tag was just consumed, up to
    /// and including its end tag.
    pub(super) fn text_content(&mut self, element: &'static str) -> Result<String, CebError> {
        let mut out = String::new();
        loop {
            match self.next()? {
                Tok::Text(s, _) => out.push_str(&s),
                Tok::End => return Ok(out),
                Tok::Start(s) => {
                    return Err(CebError::UnexpectedElement {
                        parent: element,
                        found: s.display_name(),
                        expected: "text only",
                        offset: s.offset,
                    });
                }
                Tok::Done => return Err(self.syntax("unexpected end of input")),
            }
        }
    }

    /// A required simple element `{CEB}local`.
    pub(super) fn required(
        &mut self,
        parent: &'static str,
        local: &'static str,
    ) -> Result<String, CebError> {
        self.open_ceb(parent, local)?;
        self.text_content(local)
    }

    /// An optional simple element `{CEB}local`; empty or whitespace-only content is `None`.
    pub(super) fn optional(
        &mut self,
        parent: &'static str,
        local: &'static str,
    ) -> Result<Option<String>, CebError> {
        if !self.at_ceb(parent, local)? {
            return Ok(None);
        }
        self.open_ceb(parent, local)?;
        let text = self.text_content(local)?;
        Ok(if text.chars().all(is_xml_whitespace) { None } else { Some(text) })
    }

    /// Counts one more element of extension content against its own limit.
    pub(super) fn count_extension_element(&mut self, offset: u64) -> Result<(), CebError> {
        self.extension_elements = self.extension_elements.saturating_add(1);
        if self.extension_elements > self.limits.max_extension_elements() {
            return Err(CebError::TooManyElements {
                limit: self.limits.max_extension_elements(),
                offset,
            });
        }
        Ok(())
    }
}

/// A resolved namespace (`None`: no namespace), or the undeclared prefix.
type Resolved = Result<Option<String>, String>;

fn owned_namespace(ns: ResolveResult<'_>) -> Resolved {
    match ns {
        ResolveResult::Bound(ns) => Ok(Some(ns.into_inner().to_owned())),
        ResolveResult::Unbound => Ok(None),
        ResolveResult::Unknown(prefix) => Err(prefix),
    }
}

/// XML whitespace (`S` production).
pub(super) fn is_xml_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn push_text(text: &mut Option<(String, u64)>, s: &str, offset: u64) {
    match text {
        Some((t, _)) => t.push_str(s),
        None => *text = Some((s.to_owned(), offset)),
    }
}

/// The character a reference stands for: a character reference to an XML 1.0 character, or
/// one of the five predefined entities; anything else is refused (no DTD can declare more).
fn resolve_reference(r: &quick_xml::events::BytesRef<'_>, offset: u64) -> Result<char, CebError> {
    if r.is_char_ref() {
        return match r.resolve_char_ref() {
            Ok(Some(c)) if is_xml_char(c) => Ok(c),
            _ => Err(CebError::Syntax {
                offset,
                source: XmlSyntaxError::new(format!(
                    "character reference &{}; is not an XML 1.0 character",
                    &**r
                )),
            }),
        };
    }
    predefined_entity(r)
        .and_then(|s| s.chars().next())
        .ok_or_else(|| CebError::UndefinedEntity { name: r.to_string(), offset })
}

/// The five entities XML predefines.
fn predefined_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "apos" => "'",
        "quot" => "\"",
        _ => return None,
    })
}

/// Accepts `version="1.0"` and a UTF-8 encoding (or none); returns what was found otherwise.
fn check_declaration(d: &quick_xml::events::BytesDecl<'_>) -> Result<(), String> {
    let version = d.version().map_err(|e| e.to_string())?;
    if version != "1.0" {
        return Err(format!("version=\"{version}\""));
    }
    if let Some(encoding) = d.encoding() {
        let encoding: Cow<'_, str> = encoding.map_err(|e| e.to_string())?;
        if !encoding.eq_ignore_ascii_case("utf-8") && !encoding.eq_ignore_ascii_case("utf8") {
            return Err(format!("encoding=\"{encoding}\""));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(xml: &str) -> Result<Vec<String>, CebError> {
        let mut c = Cursor::new(xml.as_bytes(), ReadLimits::DEFAULT)?;
        let mut out = Vec::new();
        loop {
            match c.next()? {
                Tok::Start(s) => out.push(format!("<{}>", s.display_name())),
                Tok::End => out.push("</>".to_owned()),
                Tok::Text(t, _) => out.push(format!("{t:?}")),
                Tok::Done => return Ok(out),
            }
        }
    }

    #[test]
    fn text_pieces_are_merged_and_resolved() {
        let t = tokens("<a xmlns='urn:a'>x&amp;y<!-- c -->&#x41;<![CDATA[<z>]]><?pi?>\r\n</a>")
            .unwrap();
        assert_eq!(t, ["<{urn:a}a>", "\"x&yA<z>\\n\"", "</>"]);
    }

    #[test]
    fn empty_elements_open_and_close() {
        assert_eq!(tokens("<a><b/></a>").unwrap(), ["<a>", "<b>", "</>", "</>"]);
    }

    #[test]
    fn attributes_are_resolved_and_normalised() {
        let mut c =
            Cursor::new(b"<a xmlns:p='urn:p' p:x='1&lt;2' y=' a\tb '/>", ReadLimits::DEFAULT)
                .unwrap();
        let Tok::Start(s) = c.next().unwrap() else { panic!() };
        assert_eq!(s.attributes.len(), 2);
        assert_eq!(s.attributes[0].namespace.as_deref(), Some("urn:p"));
        assert_eq!(s.attributes[0].value, "1<2");
        assert_eq!(s.attribute("y"), Some(" a b ")); // attribute-value normalisation
    }

    #[test]
    fn undeclared_prefixes_and_duplicate_attributes_are_syntax_errors() {
        assert!(matches!(tokens("<p:a/>"), Err(CebError::Syntax { .. })));
        assert!(matches!(tokens("<a x='1' x='2'/>"), Err(CebError::Syntax { .. })));
        assert!(matches!(tokens("<a>"), Err(CebError::Syntax { .. })));
        assert!(matches!(tokens("<a></b>"), Err(CebError::Syntax { .. })));
        assert!(matches!(tokens(""), Err(CebError::Syntax { .. })));
    }

    #[test]
    fn offsets_count_the_byte_order_mark() {
        let err = tokens("\u{FEFF}<!DOCTYPE a><a/>").unwrap_err();
        assert_eq!(err, CebError::Dtd { offset: 3 });
    }

    #[test]
    fn optional_blank_is_none() {
        let xml = format!("<r xmlns='{NAMESPACE}'><note>  </note><x>1</x></r>");
        let mut c = Cursor::new(xml.as_bytes(), ReadLimits::DEFAULT).unwrap();
        c.root().unwrap();
        assert_eq!(c.optional("r", "note").unwrap(), None);
        assert_eq!(c.optional("r", "note").unwrap(), None); // absent now
        assert_eq!(c.required("r", "x").unwrap(), "1");
        c.close("r", "end").unwrap();
        c.finish().unwrap();
    }
}
