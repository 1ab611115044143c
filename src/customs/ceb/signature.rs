//! The enveloped XML signature (`ds:Signature`, XML-DSig) that closes a CEB message, in the
//! profile the China E-Port uses (规范 §6 加签; the official samples): one `SignedInfo` with a
//! canonicalisation method, a signature method and references (each with transforms, a
//! digest method and value), the `SignatureValue`, and a `KeyInfo` with the certificate
//! number (`KeyName`) and X.509 certificates.
//!
//! This crate does not sign or verify: signing needs the enterprise's IC card or encryption
//! machine (SM2 since 2022-07-01, per the China E-Port Data Center notice of 2022-05-17). It
//! reads a signature, keeps it, and writes it back; and it writes a *template* — the
//! structure with empty `DigestValue` and `SignatureValue` — for a signing client to fill.
//! Re-writing a signed message changes its bytes, so a signature that was valid before must
//! be computed again.

use super::error::{CebError, SchemaError};
use super::reader::Cursor;
use super::writer::{Facet, XmlWriter, check};

/// The XML-DSig namespace.
pub const DSIG_NAMESPACE: &str = "http://www.w3.org/2000/09/xmldsig#";

const C14N: &str = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
const ENVELOPED: &str = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

/// The signature algorithms of the two editions of the standard.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::SignatureAlgorithm;
///
/// assert_eq!(
///     SignatureAlgorithm::Sm2Sm3.signature_method(),
///     "http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3"
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignatureAlgorithm {
    /// SM2 with SM3 digests, the 202205 edition (`http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3`).
    Sm2Sm3,
    /// RSA with SHA-1 digests, the 2018 edition (`http://www.w3.org/2000/09/xmldsig#rsa-sha1`).
    RsaSha1,
}

impl SignatureAlgorithm {
    /// The `SignatureMethod/@Algorithm` URI.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::SignatureAlgorithm;
    ///
    /// assert!(SignatureAlgorithm::RsaSha1.signature_method().ends_with("#rsa-sha1"));
    /// ```
    pub const fn signature_method(self) -> &'static str {
        match self {
            Self::Sm2Sm3 => "http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3",
            Self::RsaSha1 => "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
        }
    }

    /// The `DigestMethod/@Algorithm` URI.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::SignatureAlgorithm;
    ///
    /// assert!(SignatureAlgorithm::Sm2Sm3.digest_method().ends_with("#sm3"));
    /// ```
    pub const fn digest_method(self) -> &'static str {
        match self {
            Self::Sm2Sm3 => "http://www.chinaport.gov.cn/2022/04/xmldsig#sm3",
            Self::RsaSha1 => "http://www.w3.org/2000/09/xmldsig#sha1",
        }
    }
}

/// A `ds:Reference`: what is signed and its digest.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{Signature, SignatureAlgorithm};
///
/// let template = Signature::template(SignatureAlgorithm::Sm2Sm3);
/// let reference = &template.signed_info.references[0];
/// assert_eq!(reference.uri.as_deref(), Some("")); // the whole document
/// assert_eq!(reference.digest_value, "");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference {
    /// `@URI` (`""`: the enclosing document).
    pub uri: Option<String>,
    /// The `Transform/@Algorithm` URIs, in order (`enveloped-signature` in the CEB profile).
    pub transforms: Vec<String>,
    /// `DigestMethod/@Algorithm`.
    pub digest_method: String,
    /// `DigestValue` (base64).
    pub digest_value: String,
}

/// The `ds:SignedInfo` element.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{Signature, SignatureAlgorithm};
///
/// let info = Signature::template(SignatureAlgorithm::RsaSha1).signed_info;
/// assert_eq!(info.canonicalization_method, "http://www.w3.org/TR/2001/REC-xml-c14n-20010315");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SignedInfo {
    /// `CanonicalizationMethod/@Algorithm`.
    pub canonicalization_method: String,
    /// `SignatureMethod/@Algorithm`.
    pub signature_method: String,
    /// The `Reference` elements (at least one).
    pub references: Vec<Reference>,
}

/// The `ds:KeyInfo` element of the CEB profile.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::KeyInfo;
///
/// let key = KeyInfo { key_name: Some("0001".into()), x509_certificates: vec![] };
/// assert_eq!(key.key_name.as_deref(), Some("0001"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeyInfo {
    /// `KeyName`: the certificate number (证书编号).
    pub key_name: Option<String>,
    /// `X509Data/X509Certificate` values (base64 DER).
    pub x509_certificates: Vec<String>,
}

/// The `ds:Signature` of a message, in the China E-Port profile (see the module
/// documentation). Other XML-DSig constructs (`Object`, `KeyValue`, `X509IssuerSerial`,
/// transforms with parameters …) are refused by the reader.
///
/// # Examples
///
/// ```
/// use crossborder::customs::ceb::{Signature, SignatureAlgorithm};
///
/// let template = Signature::template(SignatureAlgorithm::Sm2Sm3);
/// assert!(template.is_template());
/// assert!(template.check().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature {
    /// `SignedInfo`.
    pub signed_info: SignedInfo,
    /// `SignatureValue` (base64).
    pub signature_value: String,
    /// `KeyInfo`, if any.
    pub key_info: Option<KeyInfo>,
}

impl Signature {
    /// An unsigned signature template for the E-Port's signing client to complete: inclusive
    /// C14N, the algorithm's signature and digest methods, one reference to the whole document
    /// (`URI=""`) with the enveloped-signature transform, and empty `DigestValue` and
    /// `SignatureValue`. It validates against the XSD (empty base64 is valid); the E-Port
    /// refuses it until it is signed (−621029 验签失败).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{Signature, SignatureAlgorithm};
    ///
    /// let t = Signature::template(SignatureAlgorithm::Sm2Sm3);
    /// assert_eq!(t.signed_info.references[0].transforms.len(), 1);
    /// assert!(t.key_info.is_none());
    /// ```
    pub fn template(algorithm: SignatureAlgorithm) -> Self {
        Self {
            signed_info: SignedInfo {
                canonicalization_method: C14N.to_owned(),
                signature_method: algorithm.signature_method().to_owned(),
                references: vec![Reference {
                    uri: Some(String::new()),
                    transforms: vec![ENVELOPED.to_owned()],
                    digest_method: algorithm.digest_method().to_owned(),
                    digest_value: String::new(),
                }],
            },
            signature_value: String::new(),
            key_info: None,
        }
    }

    /// Whether the signature values are still empty (a template, not signed).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{Signature, SignatureAlgorithm};
    ///
    /// let mut s = Signature::template(SignatureAlgorithm::Sm2Sm3);
    /// s.signature_value = "AAAA".into();
    /// assert!(!s.is_template());
    /// ```
    pub fn is_template(&self) -> bool {
        self.signature_value.trim().is_empty()
            && self.signed_info.references.iter().all(|r| r.digest_value.trim().is_empty())
    }

    /// Checks that the signature can be written as valid XML-DSig: at least one reference,
    /// base64 values, XML characters, a non-empty `KeyInfo` if present.
    ///
    /// # Errors
    ///
    /// The first [`SchemaError`], with its path under `Signature`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::ceb::{Signature, SignatureAlgorithm};
    ///
    /// let mut s = Signature::template(SignatureAlgorithm::Sm2Sm3);
    /// s.signature_value = "not base64!".into();
    /// assert_eq!(s.check().unwrap_err().path(), "Signature/SignatureValue");
    /// ```
    pub fn check(&self) -> Result<(), SchemaError> {
        let inner = || -> Result<(), SchemaError> {
            let si = &self.signed_info;
            check("SignedInfo/CanonicalizationMethod", &si.canonicalization_method, Facet::Any)?;
            check("SignedInfo/SignatureMethod", &si.signature_method, Facet::Any)?;
            if si.references.is_empty() {
                return Err(SchemaError::TooFew {
                    path: "SignedInfo".to_owned(),
                    element: "Reference",
                    found: 0,
                    min: 1,
                });
            }
            for (i, r) in si.references.iter().enumerate() {
                let at = |e: SchemaError| e.within(&format!("SignedInfo/Reference[{}]", i + 1));
                if let Some(uri) = &r.uri {
                    check("@URI", uri, Facet::Any).map_err(at)?;
                }
                for t in &r.transforms {
                    check("Transforms/Transform", t, Facet::Any).map_err(at)?;
                }
                check("DigestMethod", &r.digest_method, Facet::Any).map_err(at)?;
                check("DigestValue", &r.digest_value, Facet::Base64).map_err(at)?;
            }
            check("SignatureValue", &self.signature_value, Facet::Base64)?;
            if let Some(k) = &self.key_info {
                if k.key_name.is_none() && k.x509_certificates.is_empty() {
                    return Err(SchemaError::TooFew {
                        path: "KeyInfo".to_owned(),
                        element: "KeyName or X509Data",
                        found: 0,
                        min: 1,
                    });
                }
                if let Some(name) = &k.key_name {
                    check("KeyInfo/KeyName", name, Facet::Any)?;
                }
                for cert in &k.x509_certificates {
                    check("KeyInfo/X509Data/X509Certificate", cert, Facet::Base64)?;
                }
            }
            Ok(())
        };
        inner().map_err(|e| e.within("Signature"))
    }

    /// Reads `ds:Signature`, which must come next in `parent`.
    pub(super) fn read(c: &mut Cursor<'_>, parent: &'static str) -> Result<Self, CebError> {
        c.open(parent, DSIG_NAMESPACE, "Signature")?;
        c.open("Signature", DSIG_NAMESPACE, "SignedInfo")?;
        let canonicalization_method = algorithm(c, "SignedInfo", "CanonicalizationMethod")?;
        let signature_method = algorithm(c, "SignedInfo", "SignatureMethod")?;
        let mut references = Vec::new();
        while c.at("SignedInfo", DSIG_NAMESPACE, "Reference")? {
            let start = c.open("SignedInfo", DSIG_NAMESPACE, "Reference")?;
            let uri = start.attribute("URI").map(str::to_owned);
            let mut transforms = Vec::new();
            if c.at("Reference", DSIG_NAMESPACE, "Transforms")? {
                c.open("Reference", DSIG_NAMESPACE, "Transforms")?;
                while c.at("Transforms", DSIG_NAMESPACE, "Transform")? {
                    transforms.push(algorithm(c, "Transforms", "Transform")?);
                }
                c.close("Transforms", "Transform")?;
            }
            let digest_method = algorithm(c, "Reference", "DigestMethod")?;
            c.open("Reference", DSIG_NAMESPACE, "DigestValue")?;
            let digest_value = c.text_content("DigestValue")?;
            c.close("Reference", "the end of Reference")?;
            references.push(Reference { uri, transforms, digest_method, digest_value });
        }
        if references.is_empty() {
            return Err(CebError::MissingElement {
                parent: "SignedInfo",
                expected: "Reference",
                offset: c.offset(),
            });
        }
        c.close("SignedInfo", "Reference")?;
        c.open("Signature", DSIG_NAMESPACE, "SignatureValue")?;
        let signature_value = c.text_content("SignatureValue")?;
        let key_info = if c.at("Signature", DSIG_NAMESPACE, "KeyInfo")? {
            c.open("Signature", DSIG_NAMESPACE, "KeyInfo")?;
            let mut key = KeyInfo { key_name: None, x509_certificates: Vec::new() };
            loop {
                if c.at("KeyInfo", DSIG_NAMESPACE, "KeyName")? && key.key_name.is_none() {
                    c.open("KeyInfo", DSIG_NAMESPACE, "KeyName")?;
                    key.key_name = Some(c.text_content("KeyName")?);
                } else if c.at("KeyInfo", DSIG_NAMESPACE, "X509Data")? {
                    c.open("KeyInfo", DSIG_NAMESPACE, "X509Data")?;
                    while c.at("X509Data", DSIG_NAMESPACE, "X509Certificate")? {
                        c.open("X509Data", DSIG_NAMESPACE, "X509Certificate")?;
                        key.x509_certificates.push(c.text_content("X509Certificate")?);
                    }
                    c.close("X509Data", "X509Certificate")?;
                } else {
                    break;
                }
            }
            c.close("KeyInfo", "KeyName or X509Data")?;
            Some(key)
        } else {
            None
        };
        c.close("Signature", "KeyInfo")?;
        Ok(Self {
            signed_info: SignedInfo { canonicalization_method, signature_method, references },
            signature_value,
            key_info,
        })
    }

    /// Writes `ds:Signature` (declaring the `ds` prefix on it, as the samples do).
    pub(super) fn write(&self, w: &mut XmlWriter) {
        w.open("ds:Signature", &[("xmlns:ds", DSIG_NAMESPACE)]);
        w.open("ds:SignedInfo", &[]);
        w.leaf(
            "ds:CanonicalizationMethod",
            &[("Algorithm", &self.signed_info.canonicalization_method)],
            "",
        );
        w.leaf("ds:SignatureMethod", &[("Algorithm", &self.signed_info.signature_method)], "");
        for r in &self.signed_info.references {
            match &r.uri {
                Some(uri) => w.open("ds:Reference", &[("URI", uri)]),
                None => w.open("ds:Reference", &[]),
            }
            if !r.transforms.is_empty() {
                w.open("ds:Transforms", &[]);
                for t in &r.transforms {
                    w.leaf("ds:Transform", &[("Algorithm", t)], "");
                }
                w.close("ds:Transforms");
            }
            w.leaf("ds:DigestMethod", &[("Algorithm", &r.digest_method)], "");
            w.leaf("ds:DigestValue", &[], &r.digest_value);
            w.close("ds:Reference");
        }
        w.close("ds:SignedInfo");
        w.leaf("ds:SignatureValue", &[], &self.signature_value);
        if let Some(k) = &self.key_info {
            w.open("ds:KeyInfo", &[]);
            if let Some(name) = &k.key_name {
                w.leaf("ds:KeyName", &[], name);
            }
            if !k.x509_certificates.is_empty() {
                w.open("ds:X509Data", &[]);
                for cert in &k.x509_certificates {
                    w.leaf("ds:X509Certificate", &[], cert);
                }
                w.close("ds:X509Data");
            }
            w.close("ds:KeyInfo");
        }
        w.close("ds:Signature");
    }
}

/// Reads an empty element `{DS}name` with a required `Algorithm` attribute.
fn algorithm(
    c: &mut Cursor<'_>,
    parent: &'static str,
    name: &'static str,
) -> Result<String, CebError> {
    let start = c.open(parent, DSIG_NAMESPACE, name)?;
    let value = start
        .attribute("Algorithm")
        .map(str::to_owned)
        .ok_or(CebError::MissingAttribute { element: name, attribute: "Algorithm" })?;
    let text = c.text_content(name)?;
    if !text.chars().all(super::reader::is_xml_whitespace) {
        return Err(CebError::UnexpectedText { parent: name, offset: c.offset() });
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_valid_and_unsigned() {
        for algorithm in [SignatureAlgorithm::Sm2Sm3, SignatureAlgorithm::RsaSha1] {
            let t = Signature::template(algorithm);
            assert!(t.check().is_ok());
            assert!(t.is_template());
            assert_eq!(t.signed_info.references[0].digest_method, algorithm.digest_method());
        }
    }

    #[test]
    fn check_requires_a_reference_and_a_non_empty_key_info() {
        let mut s = Signature::template(SignatureAlgorithm::Sm2Sm3);
        s.key_info = Some(KeyInfo { key_name: None, x509_certificates: Vec::new() });
        assert!(matches!(
            s.check(),
            Err(SchemaError::TooFew { element: "KeyName or X509Data", .. })
        ));
        s.key_info = None;
        s.signed_info.references.clear();
        assert!(matches!(s.check(), Err(SchemaError::TooFew { element: "Reference", .. })));
    }
}
