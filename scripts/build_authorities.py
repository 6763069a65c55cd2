#!/usr/bin/env python3
"""Build data/authorities.json from the reference files in ../shared/reference/.

Usage: python3 scripts/build_authorities.py [REFERENCE_DIR] [OUTPUT]

The output is the directory compiled into the app (build.rs validates it). Values are copied as
they are; nothing is invented. Only two things are derived here, both marked:
  * `verify`: true where the breach link is below "seen on the authority's own site";
  * an http:// value is upgraded to https:// with confidence "inferred" and a note (the app links
    https only), so that it is flagged "please verify".
After running, review the diff: a later hand edit of one entry is a one-line change in the JSON.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REF = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference"
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "data" / "authorities.json"

FIELD_KEYS = ("value", "source", "confidence", "source_type", "note")
KIND = {"federal": "federal", "land": "land", "church": "church", "broadcasting": "broadcast", "media": "media"}

# Entries of the reference that are not authorities one can report to, with the reason.
EXCLUDED = {
    "de-see-authorities_de": "placeholder for Germany in authorities_eu.json; the German authorities come from authorities_de.json",
    "fi-ax": "Åland's own authority: neither its name nor any contact was found in the sources",
}

KNOWN_WRONG_LINKS = [
    {
        "url": "https://www.ihk-schleswig-holstein.de/recht/aktuelle-rechtsthemen/eu-datenschutz-grundverordnung-nr11-3844548",
        "block_host": True,
        "reason": "seed guide: listed as Schleswig-Holstein's authority, but it is a page of the IHK (chamber of commerce), not of the ULD",
        "source": "shared/seeds/004 (seed guide), authorities_de.json uld-sh note",
    },
    {
        "url": "https://dsbkd.de/meldung",
        "block_host": True,
        "reason": "obsolete: the DSBKD (Protestant) was dissolved in 2025-01; the BfD EKD is the only Protestant authority",
        "source": "authorities_de.json bfd-ekd note",
    },
    {
        "url": "https://www.saechsdsb.de/meldung-datenschutzverstoss",
        "block_host": True,
        "reason": "legacy domain of the Saxon authority; it moved to datenschutz.sachsen.de",
        "source": "authorities_de.json sdtb-sn note",
    },
    {
        "url": "https://ldi-fms.nrw.de/lip/authenticate.do",
        "block_host": False,
        "reason": "LDI NRW registration portal for DPO contact details, not for breach notifications",
        "source": "authorities_de.json ldi-nrw note",
    },
    {
        "url": "https://www.datenschutzzentrum.de/formular/beschwerde.php",
        "block_host": False,
        "reason": "ULD complaint form, not for breach notifications",
        "source": "authorities_de.json uld-sh note",
    },
    {
        "url": "https://www.datenschutzzentrum.de/formular/meldung-dsb.php",
        "block_host": False,
        "reason": "ULD form for notifying a data protection officer, not for breach notifications",
        "source": "authorities_de.json uld-sh note",
    },
    {
        "url": "https://www.uoou.cz/oznameni-o-poruseni-ochrany-osobnich-udaju.asp",
        "block_host": False,
        "reason": "Czech page for e-communications providers (ePrivacy, 24 h), not for GDPR breach notifications",
        "source": "authorities_eu.json cz-uoou note",
    },
]


def field(raw):
    """A reference field as {value, source, confidence, source_type, note}; absent -> all null."""
    if raw is None:
        return {"value": None, "source": None, "confidence": None, "source_type": None}
    out = {k: raw.get(k) for k in FIELD_KEYS if k in raw}
    for k in ("value", "source", "confidence", "source_type"):
        out.setdefault(k, None)
    if isinstance(out["value"], str) and out["value"].startswith("http://"):
        old = out["value"]
        out["value"] = "https://" + old[len("http://"):]
        out["confidence"] = "inferred"
        out["note"] = (
            f"Reference gives only {old} (http). Upgraded to https here because the app links https only; "
            "not checked. " + (out.get("note") or "")
        ).strip()
    return out


def verify(breach):
    if breach["value"] is None:
        return False
    return not (breach["confidence"] == "seen-in-source" and breach["source_type"] == "authority_site")


def german(e):
    land = e.get("land_code")
    return {
        "id": e["id"],
        "short_name": e["short_name"],
        "kind": KIND[e["type"]],
        "country": "DE",
        "land": land if land and land != "DE" else None,
        "primary": False,
        "scope": e.get("competence_summary"),
        "name": field(e.get("name_de")),
        "name_en": field(None),
        "postal_address": field(e.get("postal_address")),
        "visitor_address": field(e.get("visitor_address")),
        "phone": field(e.get("phone")),
        "email": field(e.get("email")),
        "website": field(e.get("website")),
        "breach_url": field(e.get("breach_notification_url")),
        "breach_form_url": field(e.get("breach_form_url")),
        "breach_info_url": field(e.get("breach_info_url")),
        "breach_method": e.get("breach_notification_method"),
        "breach_url_alternatives_unverified": e.get("breach_url_alternatives_unverified", []),
    }


def european(e):
    return {
        "id": e["id"],
        "short_name": short_eu(e),
        "kind": "eu",
        "country": e["country_code"],
        "land": None,
        "primary": bool(e["is_primary_authority"]),
        "scope": e.get("scope"),
        "name": field(e.get("name_official")),
        "name_en": field(e.get("name_en")),
        "postal_address": field(e.get("postal_address")),
        "visitor_address": field(None),
        "phone": field(e.get("phone")),
        "email": field(e.get("email")),
        "website": field(e.get("website")),
        "breach_url": field(e.get("breach_notification_url")),
        "breach_form_url": field(None),
        "breach_info_url": field(None),
        "breach_method": None,
        "breach_url_alternatives_unverified": [],
        "multiple_authorities_note": e.get("multiple_authorities_note"),
    }


# Display labels where neither name has a short abbreviation in brackets (taken from the id or the
# official name; not a fact about the authority).
SHORT_OVERRIDES = {
    "at-dsb": "DSB",
    "cy-dpc": "Commissioner for Personal Data Protection",
    "sk-uoou": "Úrad na ochranu osobných údajov",
}


def short_eu(e):
    """Short name: an override, else an abbreviation in brackets in the official or English name,
    else the official name."""
    if e["id"] in SHORT_OVERRIDES:
        return SHORT_OVERRIDES[e["id"]]
    for key in ("name_official", "name_en"):
        name = (e.get(key) or {}).get("value") or ""
        m = re.search(r"\(([^()\s]{2,10})\)", name)
        if m:
            return m.group(1)
    return (e.get("name_official") or {}).get("value") or ""


def main():
    de = json.loads((REF / "authorities_de.json").read_text(encoding="utf-8"))
    eu = json.loads((REF / "authorities_eu.json").read_text(encoding="utf-8"))
    entries = [german(e) for e in de] + [european(e) for e in eu if e["id"] not in EXCLUDED]
    for e in entries:
        e["verify"] = verify(e["breach_url"])
    out = {
        "format": "authorities/1",
        "about": "Directory of supervisory authorities compiled into the app. Built by "
        "scripts/build_authorities.py from shared/reference/authorities_de.json and "
        "authorities_eu.json; validated by build.rs. Every field keeps its source and confidence "
        "(seen-in-source | seed-unverified | inferred | null). See docs/AUTHORITIES.md.",
        "confidence_values": ["seen-in-source", "seed-unverified", "inferred"],
        "known_wrong_links": KNOWN_WRONG_LINKS,
        "excluded": [{"id": k, "why": v} for k, v in EXCLUDED.items()],
        "authorities": entries,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} authorities to {OUT}")


if __name__ == "__main__":
    main()
