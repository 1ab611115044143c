//! Writing: the XSD facet checks run before anything is written, and a small XML writer.
//!
//! The writer builds a `String` itself rather than going through quick-xml's `Writer`: it
//! cannot fail (no I/O), and it controls escaping exactly — carriage returns and, in
//! attributes, tabs and line feeds are written as character references so that they survive
//! a reader's end-of-line and attribute-value normalisation and every read → write → read
//! cycle returns the same text.

use super::error::SchemaError;
use super::reader::{is_xml_char, is_xml_whitespace};

/// The XSD simple type of a CEB element, as far as validation needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Facet {
    /// `xs:string` with `minLength`/`maxLength` (in characters).
    Str { min: usize, max: usize },
    /// `xs:string` with `length`.
    Len(usize),
    /// `xs:decimal` with `totalDigits` and `fractionDigits`.
    Decimal { total_digits: usize, fraction_digits: usize },
    /// `xs:int`, with `totalDigits` where the XSD sets one (10 covers every `xs:int`).
    Int { total_digits: usize },
    /// `fixed="…"`.
    Fixed(&'static str),
    /// `xs:base64Binary` (signature values).
    Base64,
    /// `xs:anyURI` and other unconstrained strings: only the XML character check applies.
    Any,
}

impl Facet {
    /// The `N19,5` amounts, quantities and weights.
    pub(super) const DECIMAL: Self = Self::Decimal { total_digits: 19, fraction_digits: 5 };
}

/// Checks `value` (at `path`) against `facet` and the XML character set.
pub(super) fn check(path: &str, value: &str, facet: Facet) -> Result<(), SchemaError> {
    check_chars(path, value)?;
    let count = || value.chars().count();
    match facet {
        Facet::Str { min, max } => {
            let n = count();
            if n < min {
                return Err(SchemaError::TooShort { path: path.to_owned(), found: n, min });
            }
            if n > max {
                return Err(SchemaError::TooLong { path: path.to_owned(), found: n, max });
            }
        }
        Facet::Len(expected) => {
            let n = count();
            if n != expected {
                return Err(SchemaError::WrongLength { path: path.to_owned(), found: n, expected });
            }
        }
        Facet::Decimal { total_digits, fraction_digits } => {
            if !is_decimal(value, total_digits, fraction_digits) {
                return Err(SchemaError::NotANumber {
                    path: path.to_owned(),
                    found: value.to_owned(),
                    expected: "an xs:decimal with at most 19 digits, 5 of them after the point",
                });
            }
        }
        Facet::Int { total_digits } => {
            if !is_int(value, total_digits) {
                return Err(SchemaError::NotANumber {
                    path: path.to_owned(),
                    found: value.to_owned(),
                    expected: if total_digits < 10 {
                        "an xs:int of at most 9 digits"
                    } else {
                        "an xs:int"
                    },
                });
            }
        }
        Facet::Fixed(expected) => {
            if value != expected {
                return Err(SchemaError::NotFixedValue {
                    path: path.to_owned(),
                    found: value.to_owned(),
                    expected,
                });
            }
        }
        Facet::Base64 => {
            if !is_base64(value) {
                return Err(SchemaError::NotBase64 { path: path.to_owned() });
            }
        }
        Facet::Any => {}
    }
    Ok(())
}

/// Refuses characters XML 1.0 cannot carry, even as character references.
pub(super) fn check_chars(path: &str, value: &str) -> Result<(), SchemaError> {
    match value.chars().enumerate().find(|(_, c)| !is_xml_char(*c)) {
        None => Ok(()),
        Some((i, c)) => Err(SchemaError::IllegalCharacter {
            path: path.to_owned(),
            position: i.saturating_add(1),
            code_point: u32::from(c),
        }),
    }
}

/// `xs:decimal` lexical form (surrounding whitespace collapsed, as the type's `whiteSpace`
/// facet says), with the digit limits applied to the value: leading integer zeros and
/// trailing fraction zeros are not significant (libxml2 agrees: `1.000000` passes
/// `fractionDigits=5`).
fn is_decimal(value: &str, total_digits: usize, fraction_digits: usize) -> bool {
    let s = value.trim_matches(is_xml_whitespace);
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (int_part, frac_part) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    if int_part.is_empty() && frac_part.is_empty()
        || !int_part.bytes().all(|b| b.is_ascii_digit())
        || !frac_part.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let int_digits = int_part.trim_start_matches('0').len();
    let frac_digits = frac_part.trim_end_matches('0').len();
    frac_digits <= fraction_digits && int_digits.saturating_add(frac_digits) <= total_digits
}

/// `xs:int`: optional sign and digits (no surrounding whitespace: libxml2 refuses it together
/// with `totalDigits`), within `i32`, at most `total_digits` significant digits.
fn is_int(value: &str, total_digits: usize) -> bool {
    let unsigned = value.strip_prefix(['+', '-']).unwrap_or(value);
    if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    unsigned.trim_start_matches('0').len() <= total_digits && value.parse::<i32>().is_ok()
}

/// `xs:base64Binary`: base64 alphabet in groups of four, `=` padding only at the end;
/// whitespace anywhere is allowed (and ignored). The empty string is valid (an unsigned
/// signature template).
fn is_base64(value: &str) -> bool {
    let mut symbols = 0usize;
    let mut padding = 0usize;
    for b in value.bytes() {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => {}
            b'=' => padding = padding.saturating_add(1),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' if padding == 0 => {
                symbols = symbols.saturating_add(1);
            }
            _ => return false,
        }
    }
    padding <= 2 && symbols.saturating_add(padding).is_multiple_of(4)
}

/// Escapes character data: `&`, `<`, `>` (so `]]>` never appears) and carriage return.
fn escape_text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
}

/// Escapes an attribute value for double quotes; whitespace other than space is written as
/// a character reference so that attribute-value normalisation keeps it.
fn escape_attribute(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
}

/// An indenting XML writer. Callers pass qualified names (`ceb:guid`); values must have
/// passed [`check`] (the writer escapes but does not validate).
pub(super) struct XmlWriter {
    out: String,
    depth: usize,
}

impl XmlWriter {
    /// A document with its XML declaration.
    pub(super) fn new() -> Self {
        Self { out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), depth: 0 }
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn start_tag(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attributes {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            escape_attribute(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
    }

    /// `<name attributes>` on a new line; children follow indented.
    pub(super) fn open(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.newline();
        self.start_tag(name, attributes);
        self.depth = self.depth.saturating_add(1);
    }

    /// `</name>` on a new line.
    pub(super) fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.newline();
        self.end_tag(name);
    }

    fn end_tag(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// `<name attributes>text</name>` on a new line.
    pub(super) fn leaf(&mut self, name: &str, attributes: &[(&str, &str)], text: &str) {
        self.newline();
        self.start_tag(name, attributes);
        escape_text(&mut self.out, text);
        self.end_tag(name);
    }

    /// An element with mixed content: written without indentation inside, so that the text
    /// is kept exactly.
    pub(super) fn open_inline(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.start_tag(name, attributes);
    }

    /// Text inside an inline element.
    pub(super) fn text(&mut self, text: &str) {
        escape_text(&mut self.out, text);
    }

    /// The end tag of an inline element.
    pub(super) fn close_inline(&mut self, name: &str) {
        self.end_tag(name);
    }

    /// Whether the next element is written on a new line (indented mode).
    pub(super) fn newline_before_next(&mut self) {
        self.newline();
    }

    /// The document, with a final line feed.
    pub(super) fn finish(mut self) -> String {
        self.out.push('\n');
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_facet_follows_the_value_space() {
        let ok = |s| is_decimal(s, 19, 5);
        assert!(ok("0"));
        assert!(ok("372.76"));
        assert!(ok("+.5"));
        assert!(ok("5."));
        assert!(ok("-1"));
        assert!(ok(" 1 "));
        assert!(ok("1.000000")); // trailing zeros are not significant
        assert!(ok("001234567890123456789")); // 19 significant digits
        assert!(ok("1234567890123456789.0"));
        assert!(!ok("12345678901234567890")); // 20 digits
        assert!(!ok("0.123456"));
        assert!(!ok(""));
        assert!(!ok("."));
        assert!(!ok("1e3"));
        assert!(!ok("1,000"));
        assert!(!ok("--1"));
    }

    #[test]
    fn int_facet() {
        assert!(is_int("1", 10));
        assert!(is_int("+5", 10));
        assert!(is_int("-0", 10));
        assert!(is_int("2147483647", 10));
        assert!(!is_int("2147483648", 10));
        assert!(is_int("0001234567", 9));
        assert!(!is_int("1234567890", 9));
        assert!(!is_int(" 12 ", 9));
        assert!(!is_int("", 10));
        assert!(!is_int("1.0", 10));
    }

    #[test]
    fn base64_facet() {
        assert!(is_base64(""));
        assert!(is_base64("SF/P+2sVsRQ9dJIqJSroW6ajb0Y="));
        assert!(is_base64("AI0w\ndcUH"));
        assert!(is_base64("YQ=="));
        assert!(!is_base64("YQ="));
        assert!(!is_base64("Y=Q="));
        assert!(!is_base64("YQ==="));
        assert!(!is_base64("Y!Q="));
    }

    #[test]
    fn string_facets_count_characters() {
        assert!(check("p", "张三", Facet::Str { min: 1, max: 2 }).is_ok());
        assert_eq!(
            check("p", "张三丰", Facet::Str { min: 1, max: 2 }),
            Err(SchemaError::TooLong { path: "p".into(), found: 3, max: 2 })
        );
        assert_eq!(
            check("p", "", Facet::Str { min: 1, max: 2 }),
            Err(SchemaError::TooShort { path: "p".into(), found: 0, min: 1 })
        );
        assert_eq!(
            check("p", "ab", Facet::Len(3)),
            Err(SchemaError::WrongLength { path: "p".into(), found: 2, expected: 3 })
        );
        assert_eq!(
            check("p", "a\u{1}", Facet::Any),
            Err(SchemaError::IllegalCharacter { path: "p".into(), position: 2, code_point: 1 })
        );
        assert!(check("p", "142", Facet::Fixed("142")).is_ok());
        assert!(check("p", " 142", Facet::Fixed("142")).is_err());
    }

    #[test]
    fn escaping() {
        let mut w = XmlWriter::new();
        w.leaf("a", &[("k", "x\t\"<&\n")], "1 < 2 & ]]> \r\n");
        let out = w.finish();
        assert!(out.contains(r#"<a k="x&#9;&quot;&lt;&amp;&#10;">1 &lt; 2 &amp; ]]&gt; &#13;"#));
    }
}
