#!/usr/bin/env python3
"""Generate `src/geo/country_table.rs` for the `crossborder` crate.

Sources (nothing is typed in from memory):

* ISO 3166-1 (alpha-2, alpha-3, numeric, English short name): the Debian
  `iso-codes` data as shipped by the PyPI package `pycountry`
  (`pip install pycountry`). All 249 officially assigned codes.
* China customs country/region codes (国别(地区)代码, JGS-20), their Chinese and
  English names and the inferred ISO alpha-2 mapping: `countries.csv` from the
  project's shared reference notes (PARAM18, the customs.gov.cn 通关参数查询
  table scraped 2018-04-28; 243 rows, 221 mapped to ISO alpha-2).

The generated Rust file is committed, so building the crate never runs Python.

Usage:
    python3 tools/gen_countries.py [--csv PATH] [--out PATH] [--check]

`--check` regenerates in memory and exits 1 if the committed file differs.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "geo" / "country_table.rs"
CSV_CANDIDATES = [
    REPO / "tools" / "data" / "customs_countries.csv",
    REPO.parent / "shared" / "reference" / "customs_codes" / "countries.csv",
    REPO.parent.parent / "shared" / "reference" / "customs_codes" / "countries.csv",
]

# Well-known customs codes that get an associated const on `CustomsCountryCode`.
# (code, const name, expected Chinese name in PARAM18) — the expected name is a
# guard: the script stops if the table says something else.
CUSTOMS_CONSTS = [
    ("110", "HONG_KONG", "香港"),
    ("116", "JAPAN", "日本"),
    ("121", "MACAO", "澳门"),
    ("132", "SINGAPORE", "新加坡"),
    ("133", "KOREA", "韩国"),
    ("142", "CHINA", "中国"),
    ("143", "TAIWAN", "台澎金马关税区"),
    ("303", "UNITED_KINGDOM", "英国"),
    ("304", "GERMANY", "德国"),
    ("305", "FRANCE", "法国"),
    ("307", "ITALY", "意大利"),
    ("309", "NETHERLANDS", "荷兰"),
    ("312", "SPAIN", "西班牙"),
    ("344", "RUSSIA", "俄罗斯联邦"),
    ("501", "CANADA", "加拿大"),
    ("502", "UNITED_STATES", "美国"),
    ("601", "AUSTRALIA", "澳大利亚"),
    ("609", "NEW_ZEALAND", "新西兰"),
    ("701", "UNKNOWN", "国(地)别不详"),
]


def rust_str(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 0x20:
            raise SystemExit(f"control character in {s!r}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def rust_opt_str(s: str | None) -> str:
    return "None" if s is None else f"Some({rust_str(s)})"


def find_csv(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    for c in CSV_CANDIDATES:
        if c.exists():
            return c
    raise SystemExit("countries.csv not found; pass --csv PATH")


def load_iso() -> list[dict]:
    rows = []
    for c in pycountry.countries:
        rows.append(
            {
                "alpha2": c.alpha_2,
                "alpha3": c.alpha_3,
                "numeric": int(c.numeric),
                "name_en": c.name,
            }
        )
    rows.sort(key=lambda r: r["alpha2"])
    assert len(rows) == 249, f"expected 249 ISO 3166-1 codes, got {len(rows)}"
    assert len({r["alpha2"] for r in rows}) == 249
    assert len({r["alpha3"] for r in rows}) == 249
    assert len({r["numeric"] for r in rows}) == 249
    for r in rows:
        assert len(r["alpha2"]) == 2 and r["alpha2"].isascii() and r["alpha2"].isupper()
        assert len(r["alpha3"]) == 3 and r["alpha3"].isascii() and r["alpha3"].isupper()
        assert 0 < r["numeric"] < 1000
    return rows


def load_customs(path: Path, iso_alpha2: set[str]) -> list[dict]:
    rows = []
    with path.open(newline="", encoding="utf-8") as f:
        for rec in csv.DictReader(f):
            code = rec["customs_code"].strip()
            assert len(code) == 3 and code.isascii() and code.isdigit(), code
            name_en = rec["name_en"].strip() or None
            iso = rec["iso_alpha2"].strip() or None
            if iso is not None:
                assert iso in iso_alpha2, f"{code}: {iso} is not an ISO 3166-1 alpha-2 code"
            rows.append(
                {"code": code, "name_zh": rec["name_zh"].strip(), "name_en": name_en, "iso": iso}
            )
    rows.sort(key=lambda r: r["code"])
    assert len(rows) == 243, f"expected 243 customs rows, got {len(rows)}"
    assert len({r["code"] for r in rows}) == 243
    mapped = [r["iso"] for r in rows if r["iso"]]
    assert len(mapped) == 221, f"expected 221 ISO-mapped rows, got {len(mapped)}"
    assert len(set(mapped)) == 221, "an ISO code is mapped twice"
    return rows


def generate(iso: list[dict], customs: list[dict], csv_name: str) -> str:
    iso_index = {r["alpha2"]: i for i, r in enumerate(iso)}
    customs_index = {r["code"]: i for i, r in enumerate(customs)}
    by_iso = {r["iso"]: r for r in customs if r["iso"]}

    # Guards on the facts the crate documents (customs_codes.md §2 table).
    expected = {
        "CN": "142", "HK": "110", "MO": "121", "TW": "143", "JP": "116", "KR": "133",
        "US": "502", "CA": "501", "GB": "303", "DE": "304", "FR": "305", "IT": "307",
        "AU": "601", "NZ": "609", "SG": "132",
    }
    for a2, code in expected.items():
        assert by_iso[a2]["code"] == code, (a2, by_iso[a2]["code"], code)

    out: list[str] = []
    w = out.append
    w("// @generated by tools/gen_countries.py — do not edit by hand; rerun the script.")
    w("//")
    w(f"// ISO 3166-1: pycountry {pycountry_version()} (Debian iso-codes data), {len(iso)} codes.")
    w(f"// China customs 国别(地区)代码: {csv_name} (PARAM18, customs.gov.cn 通关参数查询,")
    w(f"// scraped 2018-04-28), {len(customs)} rows, {len(by_iso)} mapped to ISO alpha-2.")
    w("")
    w("use super::country::Country;")
    w("use super::customs_country::CustomsCountryCode;")
    w("")
    w("/// One ISO 3166-1 entry with the China customs facts attached.")
    w("#[derive(Debug)]")
    w("pub(super) struct CountryRecord {")
    w("    /// ISO 3166-1 alpha-2 code.")
    w("    pub(super) alpha2: &'static str,")
    w("    /// ISO 3166-1 alpha-3 code.")
    w("    pub(super) alpha3: &'static str,")
    w("    /// ISO 3166-1 numeric code.")
    w("    pub(super) numeric: u16,")
    w("    /// ISO 3166-1 English short name (iso-codes spelling).")
    w("    pub(super) name_en: &'static str,")
    w("    /// Chinese name from the customs table, where the country has a customs code.")
    w("    pub(super) name_zh: Option<&'static str>,")
    w("    /// China customs country/region code, where PARAM18 maps one.")
    w("    pub(super) customs: Option<CustomsCountryCode>,")
    w("}")
    w("")
    w("/// One row of the China customs country/region table (PARAM18).")
    w("#[derive(Debug)]")
    w("pub(super) struct CustomsRecord {")
    w("    /// Three-digit code, e.g. `\"116\"`.")
    w("    pub(super) code: &'static str,")
    w("    /// Chinese name, verbatim.")
    w("    pub(super) name_zh: &'static str,")
    w("    /// English name, verbatim (typos included); `None` where the source cell is empty.")
    w("    pub(super) name_en: Option<&'static str>,")
    w("    /// The ISO 3166-1 country this row maps to one-to-one, if any.")
    w("    pub(super) country: Option<Country>,")
    w("}")
    w("")
    w("/// Every ISO 3166-1 country, sorted by alpha-2; `Country(i)` indexes this table.")
    w(f"pub(super) static COUNTRIES: [CountryRecord; {len(iso)}] = [")
    for r in iso:
        cr = by_iso.get(r["alpha2"])
        customs_ref = (
            "None" if cr is None else f"Some(CustomsCountryCode({customs_index[cr['code']]}))"
        )
        name_zh = rust_opt_str(None if cr is None else cr["name_zh"])
        w(
            f"    CountryRecord {{ alpha2: {rust_str(r['alpha2'])}, alpha3: {rust_str(r['alpha3'])}, "
            f"numeric: {r['numeric']}, name_en: {rust_str(r['name_en'])}, name_zh: {name_zh}, "
            f"customs: {customs_ref} }},"
        )
    w("];")
    w("")
    by3 = sorted(range(len(iso)), key=lambda i: iso[i]["alpha3"])
    w("/// `(alpha-3, index into COUNTRIES)`, sorted by alpha-3 for binary search.")
    w(f"pub(super) static BY_ALPHA3: [(&str, u8); {len(iso)}] = [")
    for i in by3:
        w(f"    ({rust_str(iso[i]['alpha3'])}, {i}),")
    w("];")
    w("")
    byn = sorted(range(len(iso)), key=lambda i: iso[i]["numeric"])
    w("/// `(numeric, index into COUNTRIES)`, sorted by numeric code for binary search.")
    w(f"pub(super) static BY_NUMERIC: [(u16, u8); {len(iso)}] = [")
    for i in byn:
        w(f"    ({iso[i]['numeric']}, {i}),")
    w("];")
    w("")
    w("/// Every row of the customs table, sorted by code; `CustomsCountryCode(i)` indexes this table.")
    w(f"pub(super) static CUSTOMS: [CustomsRecord; {len(customs)}] = [")
    for r in customs:
        country = "None" if r["iso"] is None else f"Some(Country({iso_index[r['iso']]}))"
        w(
            f"    CustomsRecord {{ code: {rust_str(r['code'])}, name_zh: {rust_str(r['name_zh'])}, "
            f"name_en: {rust_opt_str(r['name_en'])}, country: {country} }},"
        )
    w("];")
    w("")
    w("impl Country {")
    w("    /// Every officially assigned ISO 3166-1 country, sorted by alpha-2 code.")
    w("    ///")
    w("    /// # Examples")
    w("    ///")
    w("    /// ```")
    w("    /// use crossborder::geo::Country;")
    w("    ///")
    w(f"    /// assert_eq!(Country::ALL.len(), {len(iso)});")
    w("    /// assert!(Country::ALL.contains(&Country::JP));")
    w("    /// ```")
    w("    pub const ALL: &[Country] = &[")
    for r in iso:
        w(f"        Country::{r['alpha2']},")
    w("    ];")
    for i, r in enumerate(iso):
        cr = by_iso.get(r["alpha2"])
        if cr is None:
            tail = "no China customs code"
        else:
            tail = f"{cr['name_zh']}, China customs code {cr['code']}"
        w("")
        w(f"    /// {r['name_en']} ({r['alpha2']}, {r['alpha3']}, {r['numeric']:03}); {tail}.")
        w(f"    pub const {r['alpha2']}: Country = Country({i});")
    w("}")
    w("")
    w("impl CustomsCountryCode {")
    w(f"    /// Every code of the customs country/region table ({len(customs)}), sorted by code.")
    w("    ///")
    w("    /// # Examples")
    w("    ///")
    w("    /// ```")
    w("    /// use crossborder::geo::CustomsCountryCode;")
    w("    ///")
    w(f"    /// assert_eq!(CustomsCountryCode::ALL.len(), {len(customs)});")
    w(f"    /// assert_eq!(CustomsCountryCode::ALL.first().map(|c| c.as_str()), Some({rust_str(customs[0]['code'])}));")
    w(f"    /// assert_eq!(CustomsCountryCode::ALL.last().map(|c| c.as_str()), Some({rust_str(customs[-1]['code'])}));")
    w("    /// ```")
    w("    pub const ALL: &[CustomsCountryCode] = &[")
    for i, r in enumerate(customs):
        w(f"        CustomsCountryCode({i}), // {r['code']} {r['name_zh']}")
    w("    ];")
    w("")
    for code, name, zh in CUSTOMS_CONSTS:
        r = customs[customs_index[code]]
        assert r["name_zh"] == zh, (code, r["name_zh"], zh)
        iso_txt = f"ISO {r['iso']}" if r["iso"] else "no ISO 3166-1 counterpart"
        en = r["name_en"] or "no English name"
        w(f"    /// `{code}` {r['name_zh']} ({en}; {iso_txt}).")
        w(f"    pub const {name}: CustomsCountryCode = CustomsCountryCode({customs_index[code]});")
    w("}")
    w("")
    return "\n".join(out)


def pycountry_version() -> str:
    try:
        from importlib.metadata import version

        return version("pycountry")
    except Exception:  # pragma: no cover - metadata missing
        return "unknown"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", help="path to countries.csv (PARAM18)")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--check", action="store_true", help="fail if the committed file is stale")
    args = ap.parse_args()

    iso = load_iso()
    customs = load_customs(find_csv(args.csv), {r["alpha2"] for r in iso})
    text = generate(iso, customs, "countries.csv")
    out = Path(args.out)
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out} is stale; rerun tools/gen_countries.py", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}: {len(iso)} countries, {len(customs)} customs rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
