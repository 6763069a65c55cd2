//! The directory of authorities (compiled in from `data/authorities.json` by `build.rs`) and
//! which authority an organisation's Land, diocese, region or country points to.

use crate::domain::lang::Lang;
use crate::domain::organisation::{Country, Diocese, EuRegion, Land};

include!(concat!(env!("OUT_DIR"), "/authorities_gen.rs"));

// ---------------------------------------------------------------------------------------------
// The authorities of the organisation's inputs
// ---------------------------------------------------------------------------------------------

impl Land {
    /// (authority for public bodies, authority for private bodies, Catholic authority covering
    /// most of the Land).
    fn authorities(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Land::BW => ("lfdi-bw", "lfdi-bw", "kdsz-ffm"),
            Land::BY => ("baylfd", "baylda", "kdsz-bayern"),
            Land::BE => ("blnbdi", "blnbdi", "kdsa-ost"),
            Land::BB => ("lda-bb", "lda-bb", "kdsa-ost"),
            Land::HB => ("lfdi-hb", "lfdi-hb", "kdsa-nord"),
            Land::HH => ("hmbbfdi", "hmbbfdi", "kdsa-nord"),
            Land::HE => ("hbdi", "hbdi", "kdsz-ffm"),
            Land::MV => ("lfdi-mv", "lfdi-mv", "kdsa-nord"),
            Land::NI => ("lfd-nds", "lfd-nds", "kdsa-nord"),
            Land::NW => ("ldi-nrw", "ldi-nrw", "kdsz-nrw"),
            Land::RP => ("lfdi-rlp", "lfdi-rlp", "kdsz-ffm"),
            Land::SL => ("udz-sl", "udz-sl", "kdsz-ffm"),
            Land::SN => ("sdtb-sn", "sdtb-sn", "kdsa-ost"),
            Land::ST => ("lfd-st", "lfd-st", "kdsa-ost"),
            Land::SH => ("uld-sh", "uld-sh", "kdsa-nord"),
            Land::TH => ("tlfdi", "tlfdi", "kdsa-ost"),
        }
    }
    /// The id of the Land's authority for public bodies (Bavaria: BayLfD).
    pub fn public_authority(self) -> &'static str {
        self.authorities().0
    }
    /// The id of the Land's authority for private (non-public) bodies (Bavaria: BayLDA).
    pub fn private_authority(self) -> &'static str {
        self.authorities().1
    }
    /// The Catholic authority whose dioceses cover most of the Land. Diocese borders do not follow
    /// Land borders, so a decision based on this is always marked uncertain.
    pub fn main_catholic_authority(self) -> &'static str {
        self.authorities().2
    }
}

impl Diocese {
    /// The id of the Catholic authority for the diocese.
    pub fn authority_id(self) -> &'static str {
        use Diocese::*;
        match self {
            Augsburg => "kdsz-bayern",
            Bamberg => "kdsz-bayern",
            Eichstaett => "kdsz-bayern",
            MuenchenFreising => "kdsz-bayern",
            Passau => "kdsz-bayern",
            Regensburg => "kdsz-bayern",
            Wuerzburg => "kdsz-bayern",
            Aachen => "kdsz-nrw",
            Essen => "kdsz-nrw",
            Koeln => "kdsz-nrw",
            Muenster => "kdsz-nrw",
            Paderborn => "kdsz-nrw",
            Freiburg => "kdsz-ffm",
            Fulda => "kdsz-ffm",
            Limburg => "kdsz-ffm",
            Mainz => "kdsz-ffm",
            RottenburgStuttgart => "kdsz-ffm",
            Speyer => "kdsz-ffm",
            Trier => "kdsz-ffm",
            Hamburg => "kdsa-nord",
            Hildesheim => "kdsa-nord",
            Osnabrueck => "kdsa-nord",
            OffizialatVechta => "kdsa-nord",
            Berlin => "kdsa-ost",
            DresdenMeissen => "kdsa-ost",
            Erfurt => "kdsa-ost",
            Goerlitz => "kdsa-ost",
            Magdeburg => "kdsa-ost",
            Militaerbischof => "kdsa-ost",
        }
    }
}

impl EuRegion {
    /// The id of the authority for the region's public sector.
    pub fn authority_id(self) -> &'static str {
        match self {
            EuRegion::Catalonia => "es-ct-apdcat",
            EuRegion::BasqueCountry => "es-pv-avpd",
            EuRegion::Andalusia => "es-an-ctpda",
        }
    }
}

impl Country {
    /// The code the directory uses: Greece is `GR` there (EU institutions write `EL`).
    pub(crate) fn directory_code(&self) -> &str {
        match self.as_str() {
            "EL" => "GR",
            c => c,
        }
    }
    /// An EU or EEA country (one with a supervisory authority in the directory).
    pub fn is_eea(&self) -> bool {
        *self == Country::DE || lead_authority(*self).is_some()
    }
}

// ---------------------------------------------------------------------------------------------
// The directory
// ---------------------------------------------------------------------------------------------

/// What an authority is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Federal,
    Land,
    Church,
    Broadcast,
    Media,
    /// An authority of another EU/EEA country.
    Eu,
}

/// How a value was found (`authorities_de.md`, field conventions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// The value appears literally in the cited source.
    SeenInSource,
    /// The value comes only from the seed document.
    SeedUnverified,
    /// Derived or translated; not in the cited source.
    Inferred,
}

/// One supervisory authority. `None` means unknown: show nothing, never an empty link.
#[derive(Debug, PartialEq)]
pub struct Authority {
    pub id: &'static str,
    pub short_name: &'static str,
    pub kind: Kind,
    /// ISO 3166-1 alpha-2 (Greece: `GR`).
    pub country: &'static str,
    /// ISO 3166-2:DE suffix of the Land it belongs to or sits in, where the reference gives one.
    pub land: Option<&'static str>,
    /// The national (lead) authority of an EU/EEA country other than Germany.
    pub primary: bool,
    /// Official name (German for the German authorities).
    pub name: &'static str,
    pub name_en: Option<&'static str>,
    /// The breach link was not seen on the authority's own site: show "bitte vor Nutzung prüfen /
    /// please verify".
    pub verify: bool,
    /// Other fields (by name) that are only seed-unverified or inferred (and breach form/info
    /// links not seen on the authority's own site): show them with "please verify" too.
    pub unverified: &'static [&'static str],
    /// The row of its [`Contact`] (read through [`Authority::contact`]).
    contact: usize,
}

/// How to reach an authority. A table of its own: the drafts module (letter, "Jetzt zu tun",
/// form aid) reads it; the app module names the authority only and does not carry it.
#[derive(Debug, PartialEq)]
pub struct Contact {
    pub postal_address: Option<&'static str>,
    pub phone: Option<&'static str>,
    pub email: Option<&'static str>,
    pub website: Option<&'static str>,
    /// The page or form for notifying a breach (Art. 33).
    pub breach_url: Option<&'static str>,
    pub breach_confidence: Option<Confidence>,
}

impl Authority {
    /// How to reach it.
    pub fn contact(&self) -> &'static Contact {
        &CONTACTS[self.contact]
    }
    /// The breach link to show, with whether it needs "please verify"; `None`: show the website
    /// and contact data instead, with a note that no form link is known.
    pub fn breach_link(&self) -> Option<(&'static str, bool)> {
        self.contact().breach_url.map(|u| (u, self.verify))
    }
    /// Whether the named field's value must be shown with "please verify".
    pub fn needs_verify(&self, field: &str) -> bool {
        match field {
            "breach_url" => self.verify,
            _ => self.unverified.contains(&field),
        }
    }
    /// The name in the language of the page: the English name where known, else the official one.
    pub fn display_name(&self, lang: Lang) -> &'static str {
        match (lang, self.name_en) {
            (Lang::En, Some(en)) => en,
            _ => self.name,
        }
    }
}

/// Every authority in the directory.
pub fn all() -> &'static [Authority] {
    AUTHORITIES
}

/// The authority with this id.
pub fn authority(id: &str) -> Option<&'static Authority> {
    AUTHORITIES.iter().find(|a| a.id == id)
}

/// The national (lead) authority of an EU/EEA country other than Germany.
pub fn lead_authority(country: Country) -> Option<&'static Authority> {
    let code = country.directory_code();
    AUTHORITIES
        .iter()
        .find(|a| a.kind == Kind::Eu && a.primary && a.country == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::organisation::{Sector, SpecialBody};
    use serde_json::Value;

    fn c(code: &str) -> Country {
        Country::from_code(code).expect("test country code")
    }

    #[test]
    fn keys_round_trip() {
        for s in Sector::ALL {
            assert_eq!(Sector::from_key(s.key()), Some(s));
        }
        for l in Land::ALL {
            assert_eq!(Land::from_code(l.code()), Some(l));
            for id in [
                l.public_authority(),
                l.private_authority(),
                l.main_catholic_authority(),
            ] {
                assert!(authority(id).is_some(), "{id}");
            }
            assert_eq!(
                authority(l.main_catholic_authority()).map(|a| a.kind),
                Some(Kind::Church)
            );
        }
        for d in Diocese::ALL {
            assert_eq!(Diocese::from_key(d.key()), Some(d));
            assert_eq!(
                authority(d.authority_id()).map(|a| a.kind),
                Some(Kind::Church),
                "{d:?}"
            );
        }
        for s in SpecialBody::ALL {
            assert_eq!(SpecialBody::from_key(s.key()), Some(s));
            assert!(!s.label(Lang::De).is_empty() && !s.label(Lang::En).is_empty());
        }
        for r in EuRegion::ALL {
            assert_eq!(EuRegion::from_key(r.key()), Some(r));
            assert_eq!(authority(r.authority_id()).map(|a| a.country), Some("ES"));
        }
        assert_eq!(Sector::from_key("church"), None);
        assert_eq!(Land::from_code("XX"), None);
        assert_eq!(Diocese::from_key(""), None);
    }

    #[test]
    fn every_eu_eea_country_has_one_lead_authority() {
        let countries = [
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GR", "HU", "IE", "IT",
            "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI",
            "NO",
        ];
        for code in countries {
            let n = all()
                .iter()
                .filter(|a| a.kind == Kind::Eu && a.primary && a.country == code)
                .count();
            assert_eq!(n, 1, "{code}");
            assert!(c(code).is_eea(), "{code}");
        }
        assert!(Country::DE.is_eea());
        for code in ["US", "CH", "GB", "ZZ"] {
            assert!(!c(code).is_eea(), "{code}");
        }
    }

    /// The data file as a test reads it (the app never does: it is compiled in).
    fn data() -> Value {
        serde_json::from_str(include_str!("../../../data/authorities.json")).expect("valid JSON")
    }

    /// A URL that parses: https, a host with a dot, no spaces.
    fn check_url(id: &str, url: &str) {
        let rest = url.strip_prefix("https://");
        assert!(rest.is_some(), "{id}: {url} is not https");
        let rest = rest.unwrap_or_default();
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        assert!(
            host.contains('.') && !host.starts_with('.') && !host.ends_with('.'),
            "{id}: {url}"
        );
        assert!(
            !url.chars().any(char::is_whitespace),
            "{id}: {url} has spaces"
        );
    }

    fn norm(url: &str) -> String {
        let l = url.to_ascii_lowercase();
        let l = l
            .trim_start_matches("https://")
            .trim_start_matches("http://");
        l.trim_start_matches("www.")
            .trim_end_matches('/')
            .to_string()
    }

    #[test]
    fn every_directory_entry_is_sound() {
        let data = data();
        let wrong: Vec<String> = data["known_wrong_links"]
            .as_array()
            .expect("known_wrong_links")
            .iter()
            .filter_map(|w| w["url"].as_str().map(norm))
            .collect();
        assert!(wrong
            .iter()
            .any(|w| w.contains("ihk-schleswig-holstein.de")));
        let json = data["authorities"].as_array().expect("authorities");
        assert_eq!(json.len(), all().len());
        for (a, j) in all().iter().zip(json) {
            let id = a.id;
            assert_eq!(j["id"].as_str(), Some(id));
            assert!(
                !a.name.trim().is_empty() && !a.short_name.trim().is_empty(),
                "{id}"
            );
            assert_eq!(
                all().iter().filter(|b| b.id == id).count(),
                1,
                "{id} unique"
            );
            let urls = [a.contact().website, a.contact().breach_url];
            for url in urls.into_iter().flatten() {
                check_url(id, url);
                assert!(
                    !wrong.contains(&norm(url)),
                    "{id}: {url} is a known-wrong link"
                );
                assert!(!url.contains("ihk-"), "{id}: {url}");
            }
            // Every value is the JSON value; every JSON null stays None, never "".
            // (The visitor address, the form and information links and the method are checked
            // by build.rs but not compiled in: nothing shows them.)
            let fields: [(&str, Option<&str>); 7] = [
                ("name", Some(a.name)),
                ("name_en", a.name_en),
                ("postal_address", a.contact().postal_address),
                ("phone", a.contact().phone),
                ("email", a.contact().email),
                ("website", a.contact().website),
                ("breach_url", a.contact().breach_url),
            ];
            for (key, value) in fields {
                let raw = if key == "breach_method" {
                    &j[key]
                } else {
                    &j[key]["value"]
                };
                assert_eq!(value, raw.as_str(), "{id}.{key}");
                assert_ne!(value, Some(""), "{id}.{key}");
                if let Some(v) = value {
                    assert_eq!(v.trim(), v, "{id}.{key}");
                }
            }
            if let Some(mail) = a.contact().email {
                assert!(mail.contains('@') && !mail.contains(' '), "{id}: {mail}");
            }
            // The verify flag: set wherever the breach link was not seen on the authority's site.
            let seen_on_site = j["breach_url"]["confidence"] == "seen-in-source"
                && j["breach_url"]["source_type"] == "authority_site";
            if a.contact().breach_url.is_some() && !seen_on_site {
                assert!(a.verify && a.needs_verify("breach_url"), "{id}: verify");
            }
            assert_eq!(
                a.contact().breach_url.is_some(),
                a.contact().breach_confidence.is_some(),
                "{id}"
            );
        }
    }

    #[test]
    fn verify_flags_where_the_reference_is_weak() {
        for id in ["bfdi", "lfdi-mv", "udz-sl", "lfd-st", "baylfd", "lfdi-hb"] {
            let a = authority(id).expect(id);
            assert!(a.verify, "{id}");
            assert!(a.breach_link().is_some_and(|(_, v)| v), "{id}");
        }
        let mv = authority("lfdi-mv").expect("lfdi-mv");
        assert_eq!(
            mv.contact().breach_confidence,
            Some(Confidence::SeedUnverified)
        );
        for id in ["baylda", "blnbdi", "hmbbfdi", "sdtb-sn", "lfd-nds"] {
            assert!(!authority(id).expect(id).verify, "{id}");
        }
    }

    #[test]
    fn seed_gaps_are_filled_or_flagged() {
        // The seed guide's eight Länder without a link, and Schleswig-Holstein's wrong one.
        let gaps = [
            ("BY", "baylda"),
            ("BY", "baylfd"),
            ("BE", "blnbdi"),
            ("BB", "lda-bb"),
            ("HH", "hmbbfdi"),
            ("HE", "hbdi"),
            ("NW", "ldi-nrw"),
            ("SN", "sdtb-sn"),
            ("TH", "tlfdi"),
            ("SH", "uld-sh"),
        ];
        for (land, id) in gaps {
            let a = authority(id).expect(id);
            assert_eq!(a.land, Some(land), "{id}");
            match a.breach_link() {
                Some((url, _)) => check_url(id, url),
                None => {
                    assert!(
                        a.contact().website.is_some(),
                        "{id}: no link and no website"
                    );
                    assert!(
                        a.contact().email.is_some()
                            || a.contact().postal_address.is_some()
                            || a.contact().phone.is_some(),
                        "{id}: no link and no contact data"
                    );
                }
            }
        }
        for id in ["lda-bb", "ldi-nrw", "tlfdi", "uld-sh"] {
            assert_eq!(
                authority(id).and_then(|a| a.breach_link()),
                None,
                "{id}: unknown stays unknown"
            );
        }
    }

    #[test]
    fn lookup() {
        assert_eq!(authority("bfdi").map(|a| a.short_name), Some("BfDI"));
        assert!(authority("").is_none() && authority("nope").is_none());
        assert_eq!(lead_authority(c("SE")).map(|a| a.id), Some("se-imy"));
        assert_eq!(lead_authority(Country::DE), None);
        let at = authority("at-dsb").expect("at-dsb");
        assert_eq!(
            at.display_name(Lang::En),
            "Austrian Data Protection Authority"
        );
        assert_eq!(
            at.display_name(Lang::De),
            "Österreichische Datenschutzbehörde"
        );
    }
}
