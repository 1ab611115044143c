//! TEMPORARY stand-in for `geo::Country` until the `geo` branch is merged.
#![allow(dead_code, unreachable_pub, missing_docs, clippy::missing_errors_doc)]

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

impl Country {
    pub const CN: Self = Self(*b"CN");
    pub const US: Self = Self(*b"US");
    pub const JP: Self = Self(*b"JP");
    pub const DE: Self = Self(*b"DE");
    pub const GB: Self = Self(*b"GB");
    pub const CA: Self = Self(*b"CA");
    pub const FR: Self = Self(*b"FR");
    pub const BE: Self = Self(*b"BE");
    pub fn from_alpha2(s: &str) -> Result<Self, ()> {
        match s.as_bytes() {
            &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() && s != "XX" => {
                Ok(Self([a, b]))
            }
            _ => Err(()),
        }
    }
    pub fn alpha2(self) -> &'static str {
        "??"
    }
    pub fn name_en(self) -> &'static str {
        "??"
    }
    pub fn from_numeric(_n: u16) -> Option<Self> {
        None
    }
}
