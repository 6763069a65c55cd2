//! Which supervisory authority is competent, and the directory of authorities.
//!
//! The directory is `data/authorities.json`, validated and compiled in by `build.rs`. The rules
//! follow `shared/reference/authorities_de.md` section 1, in order; the first that applies wins.
//! See `docs/AUTHORITIES.md`.

use super::facts::Role;
use super::lang::Lang;
pub use super::organisation::{
    Country, Diocese, EuRegion, Land, Organisation, Sector, SpecialBody,
};

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

// ---------------------------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------------------------

/// A rule or reason text in both languages. A rule's text starts with its legal basis, in the
/// form of its language ("§ 40(1) BDSG" / "§ 40 Abs. 1 BDSG"), before the colon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub de: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub fn of(self, lang: Lang) -> &'static str {
        match lang {
            Lang::De => self.de,
            Lang::En => self.en,
        }
    }
    /// The legal basis the rule names, in English and German: its text before the colon.
    pub fn citation(self) -> (&'static str, &'static str) {
        let head = |t: &'static str| t.split_once(": ").map_or(t, |(h, _)| h);
        (head(self.en), head(self.de))
    }
}

macro_rules! texts {
    ($($name:ident = $en:expr, $de:expr;)*) => {
        $(const $name: Text = Text { en: $en, de: $de };)*
        /// Every rule and reason text (the tests check each).
        #[cfg(test)]
        const TEXTS: &[Text] = &[$($name),*];
    };
}

texts! {
    CATHOLIC_DIOCESE =
        "§ 33 KDG, Art. 91 GDPR: Catholic body, the Catholic authority for its diocese",
        "§ 33 KDG, Art. 91 DSGVO: katholische Stelle, die katholische Datenschutzaufsicht ihres Bistums";
    CATHOLIC_LAND =
        "§ 33 KDG, Art. 91 GDPR: Catholic body, the Catholic authority covering most of its Land",
        "§ 33 KDG, Art. 91 DSGVO: katholische Stelle, die katholische Datenschutzaufsicht für den größten Teil ihres Landes";
    CATHOLIC_LAND_WHY =
        "The Catholic authority follows the diocese, and diocese borders do not follow Land borders: check which diocese the body belongs to.",
        "Zuständig ist die Aufsicht des Bistums, und Bistumsgrenzen folgen nicht den Landesgrenzen: bitte prüfen, zu welchem Bistum die Stelle gehört.";
    PROTESTANT =
        "§ 32 DSG-EKD, Art. 91 GDPR: Protestant church or diaconal body, the EKD data protection authority",
        "§ 32 DSG-EKD, Art. 91 DSGVO: evangelische kirchliche oder diakonische Stelle, der Beauftragte für den Datenschutz der EKD";
    OTHER_RELIGIOUS =
        "Art. 91 GDPR: other religious community, fallback the authority of the Land of its seat",
        "Art. 91 DSGVO: andere Religionsgemeinschaft, ersatzweise die Aufsicht des Landes ihres Sitzes";
    OTHER_RELIGIOUS_WHY =
        "Some religious communities run their own authorities, whose competence is disputed; in Bavaria no state authority may be competent for them. Ask the Land authority or see the Datenschutzkonferenz list of authorities.",
        "Manche Religionsgemeinschaften haben eigene Aufsichten, deren Zuständigkeit umstritten ist; in Bayern ist womöglich keine staatliche Aufsicht für sie zuständig. Bitte bei der Landesaufsicht nachfragen oder die Liste der Datenschutzkonferenz nutzen.";
    PUBLIC_BROADCASTER =
        "§§ 31j ff. MStV: public-service broadcaster (ARD, ZDF, Deutschlandradio), the Rundfunkdatenschutzbeauftragte",
        "§§ 31j ff. MStV: öffentlich-rechtlicher Rundfunk (ARD, ZDF, Deutschlandradio), der Rundfunkdatenschutzbeauftragte";
    DEUTSCHE_WELLE =
        "§ 9(1) BDSG, Art. 85 GDPR: Deutsche Welle, its own data protection officer for journalistic processing, the BfDI for all other processing",
        "§ 9 Abs. 1 BDSG, Art. 85 DSGVO: Deutsche Welle, für journalistische Verarbeitung ihr eigener Datenschutzbeauftragter, für alle übrige Verarbeitung die BfDI";
    DEUTSCHE_WELLE_WHY =
        "Which one is competent depends on whether the breach concerns journalistic processing; if it does, notify Deutsche Welle's data protection officer instead.",
        "Wer zuständig ist, hängt davon ab, ob die Panne journalistische Verarbeitung betrifft; dann ist stattdessen der Datenschutzbeauftragte der Deutschen Welle zu informieren.";
    PRIVATE_BROADCASTER =
        "§ 40(1) BDSG: private broadcaster or media company, fallback the authority of the Land of its seat",
        "§ 40 Abs. 1 BDSG: privater Rundfunk oder privates Medienunternehmen, ersatzweise die Aufsicht des Landes seines Sitzes";
    PRIVATE_BROADCASTER_WHY =
        "A Landesmedienanstalt may be competent for private broadcasting and media (in Bavaria the Mediendatenbeauftragter of the BLM); its scope and the rules of the other Länder were not verified.",
        "Für privaten Rundfunk und Medien kann eine Landesmedienanstalt zuständig sein (in Bayern der Mediendatenbeauftragte der BLM); deren Umfang und die Regeln der anderen Länder sind nicht geprüft.";
    FEDERAL_PUBLIC =
        "§ 9(1) BDSG: public body of the Federation, the BfDI",
        "§ 9 Abs. 1 BDSG: öffentliche Stelle des Bundes, die BfDI";
    TELECOM =
        "§ 9(1) BDSG, § 29 TDDDG: telecommunications provider, for that processing the BfDI",
        "§ 9 Abs. 1 BDSG, § 29 TDDDG: Anbieter von Telekommunikationsdiensten, für diese Verarbeitung die BfDI";
    POSTAL =
        "Postal law (PostG): postal service company, the BfDI",
        "Postrecht (PostG): Postdienstleister, die BfDI";
    JOBCENTER =
        "§ 50(4) SGB II: Jobcenter run jointly by the Federation and a municipality (§ 44b SGB II), the BfDI",
        "§ 50 Abs. 4 SGB II: Jobcenter als gemeinsame Einrichtung (§ 44b SGB II), die BfDI";
    HEALTH_INSURER =
        "§ 9(1) BDSG: federally administered statutory health insurer, the BfDI",
        "§ 9 Abs. 1 BDSG: bundesunmittelbare gesetzliche Krankenkasse, die BfDI";
    TAX_OFFICE =
        "§ 32h(1) AO: tax authority applying the Abgabenordnung, the BfDI",
        "§ 32h Abs. 1 AO: Finanzbehörde im Anwendungsbereich der Abgabenordnung, die BfDI";
    SPARKASSE_BY =
        "Art. 1(2) BayDSG: a Bavarian Sparkasse counts as a non-public body, the BayLDA",
        "Art. 1 Abs. 2 BayDSG: bayerische Sparkassen gelten als nicht-öffentliche Stellen, das BayLDA";
    COMPETING_BY =
        "Art. 1(3) BayDSG: Bavarian public body competing as an undertaking, authority not settled",
        "Art. 1 Abs. 3 BayDSG: bayerische öffentliche Stelle im Wettbewerb, Zuständigkeit ungeklärt";
    COMPETING_BY_WHY =
        "Such bodies follow the rules for non-public bodies, but the sources do not say whether the BayLDA or the BayLfD supervises them. Ask the BayLfD before notifying.",
        "Solche Stellen unterliegen den Regeln für nicht-öffentliche Stellen, aber die Quellen sagen nicht, ob das BayLDA oder der BayLfD sie beaufsichtigt. Bitte vor der Meldung beim BayLfD nachfragen.";
    PUBLIC_LAND =
        "Art. 51, 55 GDPR and the Land data protection act: public body of a Land or municipality, the authority of that Land",
        "Art. 51, 55 DSGVO und Landesdatenschutzgesetz: öffentliche Stelle eines Landes oder einer Kommune, die Aufsicht dieses Landes";
    PRIVATE_LAND =
        "Art. 55 GDPR, § 40(1) BDSG: private body, authority of the Land of its seat",
        "Art. 55 DSGVO, § 40 Abs. 1 BDSG: nicht-öffentliche Stelle, die Aufsicht des Landes ihres Sitzes";
    LEAD_AUTHORITY =
        "Art. 56(1) GDPR: main establishment in another EU/EEA country, that country's lead authority",
        "Art. 56 Abs. 1 DSGVO: Hauptniederlassung in einem anderen EU-/EWR-Staat, dessen federführende Aufsicht";
    LEAD_AUTHORITY_EU_ESTABLISHMENT =
        "Art. 4(16), 56(1) GDPR: controller outside the EU/EEA with its EU main establishment in that country, its lead authority",
        "Art. 4 Nr. 16, 56 Abs. 1 DSGVO: Verantwortlicher außerhalb der EU/des EWR mit Hauptniederlassung in der Union in diesem Staat, dessen federführende Aufsicht";
    REGIONAL_ES =
        "Art. 51, 55 GDPR and Spanish regional law: regional public sector, the data protection authority of the autonomous community",
        "Art. 51, 55 DSGVO und spanisches Regionalrecht: regionaler öffentlicher Sektor, die Datenschutzaufsicht der Autonomen Gemeinschaft";
    PUBLIC_ES =
        "Art. 56(1) GDPR: Spanish public body, the AEPD unless a regional authority is competent",
        "Art. 56 Abs. 1 DSGVO: spanische öffentliche Stelle, die AEPD, soweit keine regionale Aufsicht zuständig ist";
    PUBLIC_ES_WHY =
        "Regional and local public bodies in Catalonia, the Basque Country and Andalusia have their own authority (APDCAT, AVPD, CTPDA).",
        "Regionale und kommunale öffentliche Stellen in Katalonien, im Baskenland und in Andalusien haben eine eigene Aufsicht (APDCAT, AVPD, CTPDA).";
    PUBLIC_BE =
        "Art. 56(1) GDPR: Belgian public body, the Belgian DPA unless the Flemish VTC is competent",
        "Art. 56 Abs. 1 DSGVO: belgische öffentliche Stelle, die belgische Aufsicht (GBA/APD), soweit nicht die flämische VTC zuständig ist";
    PUBLIC_BE_WHY =
        "Flemish public bodies may have to notify the Vlaamse Toezichtcommissie and police services the COC; the Belgian DPA's decision tree tells which.",
        "Flämische öffentliche Stellen müssen womöglich an die Vlaamse Toezichtcommissie melden, Polizeidienste an das COC; der Entscheidungsbaum der belgischen Aufsicht klärt das.";
    CHURCH_ABROAD =
        "Art. 56(1), 91 GDPR: church body in another EU/EEA country, fallback that country's authority",
        "Art. 56 Abs. 1, 91 DSGVO: kirchliche Stelle in einem anderen EU-/EWR-Staat, ersatzweise dessen Aufsicht";
    CHURCH_ABROAD_WHY =
        "Churches may run their own supervisory authority in that country (Art. 91 GDPR); it is not in this directory.",
        "Kirchen können in diesem Staat eine eigene Aufsicht haben (Art. 91 DSGVO); sie ist nicht in diesem Verzeichnis.";
    NO_EU_ESTABLISHMENT =
        "EDPB Guidelines 9/2022 para. 73: no main establishment in the EU/EEA (a representative is not one), so every authority of a country where affected people live",
        "EDSA-Leitlinien 9/2022 Rn. 73: keine Hauptniederlassung in der EU/im EWR (ein Vertreter ist keine), daher jede Aufsicht eines Staates, in dem Betroffene leben";
    PROCESSOR =
        "Art. 33(2) GDPR: a processor informs its controller, which notifies the authority",
        "Art. 33 Abs. 2 DSGVO: Auftragsverarbeiter informieren den Verantwortlichen, der an die Aufsicht meldet";
    MISSING_ORGANISATION =
        "Which authority is competent depends on the organisation: sector and seat are missing.",
        "Welche Aufsicht zuständig ist, hängt von der Organisation ab: Bereich und Sitz fehlen.";
    MISSING_LAND =
        "Which authority is competent depends on the German Land of the seat, which is missing.",
        "Welche Aufsicht zuständig ist, hängt vom Bundesland des Sitzes ab, das fehlt.";
    MISSING_DIOCESE =
        "Which Catholic authority is competent depends on the diocese (or at least the Land), which is missing.",
        "Welche katholische Aufsicht zuständig ist, hängt vom Bistum (oder wenigstens dem Bundesland) ab, das fehlt.";
    MISSING_SUBJECT_COUNTRIES =
        "Without a main establishment in the EU/EEA, the authorities depend on the EU/EEA countries where the affected people live, which are missing.",
        "Ohne Hauptniederlassung in der EU/im EWR hängen die Aufsichten von den EU-/EWR-Staaten ab, in denen die Betroffenen leben; diese fehlen.";
    MISSING_LAND_FOR_GERMANY =
        "Affected people live in Germany: for the German authority, the Land (e.g. of the representative) is missing.",
        "Betroffene leben in Deutschland: für die deutsche Aufsicht fehlt das Bundesland (z. B. des Vertreters).";
}

/// What is missing for a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// No organisation details at all.
    Organisation,
    /// The German Land of the seat.
    Land,
    /// The diocese of a Catholic body (or at least its Land).
    Diocese,
    /// The EU/EEA countries where affected people live.
    SubjectCountries,
    /// Affected people live in Germany, but no Land is given for the German authority.
    LandForGermany,
}

impl Missing {
    fn text(self) -> Text {
        match self {
            Missing::Organisation => MISSING_ORGANISATION,
            Missing::Land => MISSING_LAND,
            Missing::Diocese => MISSING_DIOCESE,
            Missing::SubjectCountries => MISSING_SUBJECT_COUNTRIES,
            Missing::LandForGermany => MISSING_LAND_FOR_GERMANY,
        }
    }
    /// What is missing, as a sentence.
    pub fn describe(self, lang: Lang) -> &'static str {
        self.text().of(lang)
    }
}

/// The outcome of the competence rules. `rule` is the text of the rule that chose it, naming its
/// legal basis, in both languages.
#[derive(Clone, Debug, PartialEq)]
pub enum AuthorityDecision {
    /// Not enough is known; `missing` says what.
    Unknown { missing: Missing },
    /// A processor reports to its controller, not to an authority (Art. 33(2)).
    ViaController,
    /// One competent authority.
    One { id: &'static str, rule: Text },
    /// Several authorities, each to be notified (no one-stop shop).
    Several { ids: Vec<&'static str>, rule: Text },
    /// The competence is not settled. `fallback` is the authority to turn to (none where the
    /// sources do not allow a guess); `also` are others that may be competent; `why` explains.
    Uncertain {
        fallback: Option<&'static str>,
        also: Vec<&'static str>,
        rule: Text,
        why: Text,
    },
}

impl AuthorityDecision {
    /// The ids as `assess` prints them: none, one (also the fallback of an uncertain decision),
    /// or several.
    pub fn ids(&self) -> Vec<&'static str> {
        match self {
            AuthorityDecision::One { id, .. } => vec![id],
            AuthorityDecision::Several { ids, .. } => ids.clone(),
            AuthorityDecision::Uncertain { fallback, .. } => fallback.iter().copied().collect(),
            AuthorityDecision::Unknown { .. } | AuthorityDecision::ViaController => Vec::new(),
        }
    }
    /// The rule that chose the authority, naming its legal basis.
    pub fn rule(&self) -> Option<Text> {
        match self {
            AuthorityDecision::One { rule, .. }
            | AuthorityDecision::Several { rule, .. }
            | AuthorityDecision::Uncertain { rule, .. } => Some(*rule),
            AuthorityDecision::Unknown { .. } | AuthorityDecision::ViaController => None,
        }
    }
    /// Why the decision is uncertain, in `lang`.
    pub fn why_text(&self, lang: Lang) -> Option<&'static str> {
        match self {
            AuthorityDecision::Uncertain { why, .. } => Some(why.of(lang)),
            _ => None,
        }
    }
    /// The rule (for `Unknown`: what is missing; for `ViaController`: Art. 33(2)) in `lang`.
    pub fn rule_text(&self, lang: Lang) -> &'static str {
        match self {
            AuthorityDecision::Unknown { missing } => missing.describe(lang),
            AuthorityDecision::ViaController => PROCESSOR.of(lang),
            AuthorityDecision::One { rule, .. }
            | AuthorityDecision::Several { rule, .. }
            | AuthorityDecision::Uncertain { rule, .. } => rule.of(lang),
        }
    }
    /// The competence is not settled: show the `why` and "please check".
    pub fn is_uncertain(&self) -> bool {
        matches!(self, AuthorityDecision::Uncertain { .. })
    }
}

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

fn one(id: &'static str, rule: Text) -> AuthorityDecision {
    AuthorityDecision::One { id, rule }
}

fn uncertain(
    fallback: Option<&'static str>,
    also: Vec<&'static str>,
    rule: Text,
    why: Text,
) -> AuthorityDecision {
    AuthorityDecision::Uncertain {
        fallback,
        also,
        rule,
        why,
    }
}

fn unknown(missing: Missing) -> AuthorityDecision {
    AuthorityDecision::Unknown { missing }
}

/// Resolve the competent authority. Rules are tried in order; the first that applies wins.
pub fn competent_authority(role: Role, org: Option<&Organisation>) -> AuthorityDecision {
    if role == Role::Processor {
        return AuthorityDecision::ViaController;
    }
    let Some(org) = org else {
        return unknown(Missing::Organisation);
    };
    match org.country {
        None => german_rules(org),
        Some(c) if c == Country::DE => german_rules(org),
        Some(c) if c.is_eea() => other_eea_country(org, c, LEAD_AUTHORITY),
        Some(_) => outside_eea(org),
    }
}

/// Rule 6: a controller outside the EU/EEA. With a main establishment in the Union, that
/// country's rules; without one, every authority where affected people live.
fn outside_eea(org: &Organisation) -> AuthorityDecision {
    match org.eu_main_establishment {
        Some(c) if c == Country::DE => german_rules(org),
        Some(c) if c.is_eea() => other_eea_country(org, c, LEAD_AUTHORITY_EU_ESTABLISHMENT),
        _ => every_authority_where_subjects_live(org),
    }
}

fn every_authority_where_subjects_live(org: &Organisation) -> AuthorityDecision {
    let mut ids: Vec<&'static str> = Vec::new();
    for c in &org.subject_countries {
        let id = if *c == Country::DE {
            match org.land {
                Some(land) => Some(land.private_authority()),
                None => return unknown(Missing::LandForGermany),
            }
        } else {
            lead_authority(*c).map(|a| a.id)
        };
        if let Some(id) = id.filter(|id| !ids.contains(id)) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return unknown(Missing::SubjectCountries);
    }
    AuthorityDecision::Several {
        ids,
        rule: NO_EU_ESTABLISHMENT,
    }
}

/// A main establishment in another EU/EEA country: its lead authority, with the national
/// splits the reference documents (Spain, Belgium) and churches (Art. 91).
fn other_eea_country(org: &Organisation, country: Country, rule: Text) -> AuthorityDecision {
    let Some(lead) = lead_authority(country) else {
        return unknown(Missing::Organisation);
    };
    let public = matches!(org.sector, Sector::Public | Sector::FederalPublic);
    let church = matches!(
        org.sector,
        Sector::ChurchCatholic | Sector::ChurchProtestant
    ) || org.special == Some(SpecialBody::OtherReligiousCommunity);
    if church {
        return uncertain(Some(lead.id), Vec::new(), CHURCH_ABROAD, CHURCH_ABROAD_WHY);
    }
    match (country.directory_code(), public) {
        ("ES", true) => match org.region.filter(|r| r.country() == country) {
            Some(region) => one(region.authority_id(), REGIONAL_ES),
            None => uncertain(
                Some(lead.id),
                EuRegion::ALL.iter().map(|r| r.authority_id()).collect(),
                PUBLIC_ES,
                PUBLIC_ES_WHY,
            ),
        },
        ("BE", true) => uncertain(Some(lead.id), vec!["be-vtc"], PUBLIC_BE, PUBLIC_BE_WHY),
        _ => one(lead.id, rule),
    }
}

/// Rules 1 to 5 for a controller whose seat is in Germany.
fn german_rules(org: &Organisation) -> AuthorityDecision {
    church(org)
        .or_else(|| broadcasting(org))
        .or_else(|| federal(org))
        .unwrap_or_else(|| land(org))
}

/// Rule 1: church bodies (Art. 91 GDPR).
fn church(org: &Organisation) -> Option<AuthorityDecision> {
    if org.special == Some(SpecialBody::OtherReligiousCommunity) {
        return Some(match org.land {
            Some(l) => uncertain(
                Some(l.private_authority()),
                Vec::new(),
                OTHER_RELIGIOUS,
                OTHER_RELIGIOUS_WHY,
            ),
            None => unknown(Missing::Land),
        });
    }
    match org.sector {
        Sector::ChurchProtestant => Some(one("bfd-ekd", PROTESTANT)),
        Sector::ChurchCatholic => Some(match (org.diocese, org.land) {
            (Some(d), _) => one(d.authority_id(), CATHOLIC_DIOCESE),
            (None, Some(l)) => uncertain(
                Some(l.main_catholic_authority()),
                Vec::new(),
                CATHOLIC_LAND,
                CATHOLIC_LAND_WHY,
            ),
            (None, None) => unknown(Missing::Diocese),
        }),
        _ => None,
    }
}

/// Rule 2: broadcasting.
fn broadcasting(org: &Organisation) -> Option<AuthorityDecision> {
    match (org.special, org.sector) {
        (Some(SpecialBody::DeutscheWelle), _) => Some(uncertain(
            Some("bfdi"),
            vec!["dw-dsb"],
            DEUTSCHE_WELLE,
            DEUTSCHE_WELLE_WHY,
        )),
        (Some(SpecialBody::PrivateBroadcaster), _) => Some(match org.land {
            Some(l) => {
                let also = if l == Land::BY {
                    vec!["blm-mdb"]
                } else {
                    Vec::new()
                };
                uncertain(
                    Some(l.private_authority()),
                    also,
                    PRIVATE_BROADCASTER,
                    PRIVATE_BROADCASTER_WHY,
                )
            }
            None => unknown(Missing::Land),
        }),
        (_, Sector::Broadcaster) => Some(one("rdsb", PUBLIC_BROADCASTER)),
        _ => None,
    }
}

/// Rule 3: the BfDI.
fn federal(org: &Organisation) -> Option<AuthorityDecision> {
    let rule = match (org.special, org.sector) {
        (Some(SpecialBody::JointJobcenter), _) => JOBCENTER,
        (Some(SpecialBody::FederalHealthInsurer), _) => HEALTH_INSURER,
        (Some(SpecialBody::TaxOfficeAo), _) => TAX_OFFICE,
        (_, Sector::FederalPublic) => FEDERAL_PUBLIC,
        (_, Sector::Telecom) => TELECOM,
        (_, Sector::Postal) => POSTAL,
        _ => return None,
    };
    Some(one("bfdi", rule))
}

/// Rules 4 and 5: public bodies of a Land and private bodies, by the Land of the seat.
fn land(org: &Organisation) -> AuthorityDecision {
    let Some(land) = org.land else {
        return unknown(Missing::Land);
    };
    let bavaria = land == Land::BY;
    match (org.special, org.sector) {
        (Some(SpecialBody::Sparkasse), _) if bavaria => one("baylda", SPARKASSE_BY),
        (Some(SpecialBody::BavarianCompetingUndertaking), _) if bavaria => uncertain(
            None,
            vec!["baylfd", "baylda"],
            COMPETING_BY,
            COMPETING_BY_WHY,
        ),
        (_, Sector::Public) => one(land.public_authority(), PUBLIC_LAND),
        _ => one(land.private_authority(), PRIVATE_LAND),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// What a row expects.
    #[derive(Debug)]
    enum Expect {
        One(&'static str),
        Uncertain(Option<&'static str>, &'static [&'static str]),
        Several(&'static [&'static str]),
        Unknown(Missing),
        ViaController,
    }

    fn c(code: &str) -> Country {
        Country::from_code(code).expect("test country code")
    }

    fn de(sector: Sector, land: Option<Land>) -> Organisation {
        Organisation::new(sector, Some(Country::DE), land)
    }

    fn check(name: &str, role: Role, org: Option<&Organisation>, expect: &Expect) {
        let got = competent_authority(role, org);
        let ok = match (expect, &got) {
            (Expect::One(e), AuthorityDecision::One { id, .. }) => e == id,
            (Expect::Uncertain(f, a), AuthorityDecision::Uncertain { fallback, also, .. }) => {
                f == fallback && *a == also.as_slice()
            }
            (Expect::Several(e), AuthorityDecision::Several { ids, .. }) => e == &ids.as_slice(),
            (Expect::Unknown(m), AuthorityDecision::Unknown { missing }) => m == missing,
            (Expect::ViaController, AuthorityDecision::ViaController) => true,
            _ => false,
        };
        assert!(ok, "{name}: expected {expect:?}, got {got:?}");
        check_decision(name, &got);
    }

    /// Every decision: ids exist, rule has a German text, texts are not empty.
    fn check_decision(name: &str, d: &AuthorityDecision) {
        let mut ids = d.ids();
        if let AuthorityDecision::Uncertain { also, .. } = d {
            ids.extend(also.iter().copied());
        }
        for id in ids {
            assert!(
                authority(id).is_some(),
                "{name}: id {id} not in the directory"
            );
        }
        // A rule names its basis before the colon, in each language.
        if let Some(rule) = d.rule() {
            let (en, de) = rule.citation();
            assert!(
                en != rule.en && de != rule.de,
                "{name}: no basis in {rule:?}"
            );
        }
        assert!(!d.rule_text(Lang::De).is_empty() && !d.rule_text(Lang::En).is_empty());
    }

    #[test]
    fn every_land_by_sector() {
        use Land::*;
        use Sector::{Private, Public};
        let rows: [(Land, Sector, &str); 32] = [
            (BW, Private, "lfdi-bw"),
            (BW, Public, "lfdi-bw"),
            (BY, Private, "baylda"),
            (BY, Public, "baylfd"),
            (BE, Private, "blnbdi"),
            (BE, Public, "blnbdi"),
            (BB, Private, "lda-bb"),
            (BB, Public, "lda-bb"),
            (HB, Private, "lfdi-hb"),
            (HB, Public, "lfdi-hb"),
            (HH, Private, "hmbbfdi"),
            (HH, Public, "hmbbfdi"),
            (HE, Private, "hbdi"),
            (HE, Public, "hbdi"),
            (MV, Private, "lfdi-mv"),
            (MV, Public, "lfdi-mv"),
            (NI, Private, "lfd-nds"),
            (NI, Public, "lfd-nds"),
            (NW, Private, "ldi-nrw"),
            (NW, Public, "ldi-nrw"),
            (RP, Private, "lfdi-rlp"),
            (RP, Public, "lfdi-rlp"),
            (SL, Private, "udz-sl"),
            (SL, Public, "udz-sl"),
            (SN, Private, "sdtb-sn"),
            (SN, Public, "sdtb-sn"),
            (ST, Private, "lfd-st"),
            (ST, Public, "lfd-st"),
            (SH, Private, "uld-sh"),
            (SH, Public, "uld-sh"),
            (TH, Private, "tlfdi"),
            (TH, Public, "tlfdi"),
        ];
        for (land, sector, id) in rows {
            let name = format!("{} {}", land.code(), sector.key());
            check(
                &name,
                Role::Controller,
                Some(&de(sector, Some(land))),
                &Expect::One(id),
            );
            let a = authority(id).expect("Land authority in the directory");
            assert_eq!(a.kind, Kind::Land, "{name}");
            assert_eq!(a.land, Some(land.code()), "{name}");
        }
        let rule =
            |sector| competent_authority(Role::Controller, Some(&de(sector, Some(NW)))).rule();
        assert_eq!(
            rule(Private).map(|r| r.en),
            Some("Art. 55 GDPR, § 40(1) BDSG: private body, authority of the Land of its seat")
        );
        assert_eq!(rule(Public), Some(PUBLIC_LAND));
    }

    #[test]
    fn public_vectors_keep_resolving() {
        // pub-11: public, DE, NW; pub-15: private, DE, BY.
        let pub11 =
            competent_authority(Role::Controller, Some(&de(Sector::Public, Some(Land::NW))));
        assert_eq!(pub11.ids(), vec!["ldi-nrw"]);
        let pub15 =
            competent_authority(Role::Controller, Some(&de(Sector::Private, Some(Land::BY))));
        assert_eq!(pub15.ids(), vec!["baylda"]);
    }

    #[test]
    fn special_rules() {
        use Expect::*;
        use SpecialBody::*;
        let with = |sector, land, f: &dyn Fn(&mut Organisation)| {
            let mut o = de(sector, land);
            f(&mut o);
            o
        };
        let special = |s: SpecialBody| move |o: &mut Organisation| o.special = Some(s);
        let diocese = |d: Diocese| move |o: &mut Organisation| o.diocese = Some(d);
        let none = |_: &mut Organisation| {};
        let by = Some(Land::BY);
        let rows: Vec<(&str, Role, Option<Organisation>, Expect)> = vec![
            (
                "processor",
                Role::Processor,
                Some(de(Sector::Private, by)),
                ViaController,
            ),
            (
                "processor without organisation",
                Role::Processor,
                None,
                ViaController,
            ),
            (
                "no organisation",
                Role::Controller,
                None,
                Unknown(Missing::Organisation),
            ),
            (
                "private without Land",
                Role::Controller,
                Some(de(Sector::Private, None)),
                Unknown(Missing::Land),
            ),
            (
                "public without Land",
                Role::Controller,
                Some(de(Sector::Public, None)),
                Unknown(Missing::Land),
            ),
            (
                "country missing: read as Germany",
                Role::Controller,
                Some(Organisation::new(Sector::Private, None, Some(Land::HE))),
                One("hbdi"),
            ),
            // Rule 1: churches.
            (
                "catholic, Bavarian diocese",
                Role::Controller,
                Some(with(
                    Sector::ChurchCatholic,
                    Some(Land::NW),
                    &diocese(Diocese::Passau),
                )),
                One("kdsz-bayern"),
            ),
            (
                "catholic, NRW diocese",
                Role::Controller,
                Some(with(
                    Sector::ChurchCatholic,
                    None,
                    &diocese(Diocese::Paderborn),
                )),
                One("kdsz-nrw"),
            ),
            (
                "catholic, Frankfurt diocese",
                Role::Controller,
                Some(with(Sector::ChurchCatholic, None, &diocese(Diocese::Trier))),
                One("kdsz-ffm"),
            ),
            (
                "catholic, northern diocese",
                Role::Controller,
                Some(with(
                    Sector::ChurchCatholic,
                    None,
                    &diocese(Diocese::OffizialatVechta),
                )),
                One("kdsa-nord"),
            ),
            (
                "catholic, eastern diocese",
                Role::Controller,
                Some(with(
                    Sector::ChurchCatholic,
                    None,
                    &diocese(Diocese::Goerlitz),
                )),
                One("kdsa-ost"),
            ),
            (
                "catholic, military chaplaincy",
                Role::Controller,
                Some(with(
                    Sector::ChurchCatholic,
                    None,
                    &diocese(Diocese::Militaerbischof),
                )),
                One("kdsa-ost"),
            ),
            (
                "catholic, only Land BY",
                Role::Controller,
                Some(de(Sector::ChurchCatholic, by)),
                Uncertain(Some("kdsz-bayern"), &[]),
            ),
            (
                "catholic, only Land NI",
                Role::Controller,
                Some(de(Sector::ChurchCatholic, Some(Land::NI))),
                Uncertain(Some("kdsa-nord"), &[]),
            ),
            (
                "catholic, only Land SN",
                Role::Controller,
                Some(de(Sector::ChurchCatholic, Some(Land::SN))),
                Uncertain(Some("kdsa-ost"), &[]),
            ),
            (
                "catholic, nothing known",
                Role::Controller,
                Some(de(Sector::ChurchCatholic, None)),
                Unknown(Missing::Diocese),
            ),
            (
                "protestant",
                Role::Controller,
                Some(de(Sector::ChurchProtestant, by)),
                One("bfd-ekd"),
            ),
            (
                "protestant without Land",
                Role::Controller,
                Some(de(Sector::ChurchProtestant, None)),
                One("bfd-ekd"),
            ),
            (
                "other religious community",
                Role::Controller,
                Some(with(
                    Sector::Private,
                    Some(Land::HH),
                    &special(OtherReligiousCommunity),
                )),
                Uncertain(Some("hmbbfdi"), &[]),
            ),
            (
                "other religious community, Bavaria",
                Role::Controller,
                Some(with(Sector::Public, by, &special(OtherReligiousCommunity))),
                Uncertain(Some("baylda"), &[]),
            ),
            (
                "other religious community without Land",
                Role::Controller,
                Some(with(
                    Sector::Private,
                    None,
                    &special(OtherReligiousCommunity),
                )),
                Unknown(Missing::Land),
            ),
            // Rule 2: broadcasting.
            (
                "public broadcaster",
                Role::Controller,
                Some(de(Sector::Broadcaster, Some(Land::HE))),
                One("rdsb"),
            ),
            (
                "public broadcaster without Land",
                Role::Controller,
                Some(de(Sector::Broadcaster, None)),
                One("rdsb"),
            ),
            (
                "Deutsche Welle",
                Role::Controller,
                Some(with(
                    Sector::Broadcaster,
                    Some(Land::NW),
                    &special(DeutscheWelle),
                )),
                Uncertain(Some("bfdi"), &["dw-dsb"]),
            ),
            (
                "private broadcaster, Bavaria",
                Role::Controller,
                Some(with(Sector::Broadcaster, by, &special(PrivateBroadcaster))),
                Uncertain(Some("baylda"), &["blm-mdb"]),
            ),
            (
                "private media, Berlin",
                Role::Controller,
                Some(with(
                    Sector::Private,
                    Some(Land::BE),
                    &special(PrivateBroadcaster),
                )),
                Uncertain(Some("blnbdi"), &[]),
            ),
            (
                "private broadcaster without Land",
                Role::Controller,
                Some(with(
                    Sector::Broadcaster,
                    None,
                    &special(PrivateBroadcaster),
                )),
                Unknown(Missing::Land),
            ),
            // Rule 3: the BfDI.
            (
                "federal public body",
                Role::Controller,
                Some(de(Sector::FederalPublic, None)),
                One("bfdi"),
            ),
            (
                "telecom provider",
                Role::Controller,
                Some(de(Sector::Telecom, by)),
                One("bfdi"),
            ),
            (
                "postal company",
                Role::Controller,
                Some(de(Sector::Postal, Some(Land::NW))),
                One("bfdi"),
            ),
            (
                "joint Jobcenter",
                Role::Controller,
                Some(with(
                    Sector::Public,
                    Some(Land::SN),
                    &special(JointJobcenter),
                )),
                One("bfdi"),
            ),
            (
                "federal health insurer",
                Role::Controller,
                Some(with(
                    Sector::Public,
                    Some(Land::HH),
                    &special(FederalHealthInsurer),
                )),
                One("bfdi"),
            ),
            (
                "tax office under the AO",
                Role::Controller,
                Some(with(Sector::Public, by, &special(TaxOfficeAo))),
                One("bfdi"),
            ),
            (
                "tax office without Land",
                Role::Controller,
                Some(with(Sector::Public, None, &special(TaxOfficeAo))),
                One("bfdi"),
            ),
            // Rule 4: Bavarian specialities.
            (
                "Bavarian Sparkasse",
                Role::Controller,
                Some(with(Sector::Public, by, &special(Sparkasse))),
                One("baylda"),
            ),
            (
                "Sparkasse in Saxony",
                Role::Controller,
                Some(with(Sector::Public, Some(Land::SN), &special(Sparkasse))),
                One("sdtb-sn"),
            ),
            (
                "Bavarian competing public undertaking",
                Role::Controller,
                Some(with(
                    Sector::Public,
                    by,
                    &special(BavarianCompetingUndertaking),
                )),
                Uncertain(None, &["baylfd", "baylda"]),
            ),
            (
                "competing public undertaking outside Bavaria",
                Role::Controller,
                Some(with(
                    Sector::Public,
                    Some(Land::RP),
                    &special(BavarianCompetingUndertaking),
                )),
                One("lfdi-rlp"),
            ),
            (
                "order: church before special",
                Role::Controller,
                Some(with(Sector::ChurchProtestant, by, &special(TaxOfficeAo))),
                One("bfd-ekd"),
            ),
            (
                "plain Bavarian public body",
                Role::Controller,
                Some(with(Sector::Public, by, &none)),
                One("baylfd"),
            ),
        ];
        for (name, role, org, expect) in &rows {
            check(name, *role, org.as_ref(), expect);
        }
    }

    #[test]
    fn cross_border() {
        use Expect::*;
        let abroad = |sector, code: &str| Organisation::new(sector, Some(c(code)), None);
        let non_eu = |main: Option<&str>, subjects: &[&str], land: Option<Land>| Organisation {
            eu_main_establishment: main.map(c),
            subject_countries: subjects.iter().map(|s| c(s)).collect(),
            land,
            ..abroad(Sector::Private, "US")
        };
        let es_public = |region| Organisation {
            region,
            ..abroad(Sector::Public, "ES")
        };
        let rows: Vec<(&str, Organisation, Expect)> = vec![
            (
                "main establishment in Ireland",
                abroad(Sector::Private, "IE"),
                One("ie-dpc"),
            ),
            (
                "main establishment in France",
                abroad(Sector::Private, "FR"),
                One("fr-cnil"),
            ),
            (
                "main establishment in Austria, public",
                abroad(Sector::Public, "AT"),
                One("at-dsb"),
            ),
            (
                "EEA: Norway",
                abroad(Sector::Private, "NO"),
                One("no-datatilsynet"),
            ),
            (
                "EEA: Liechtenstein",
                abroad(Sector::Telecom, "LI"),
                One("li-dss"),
            ),
            (
                "Greece as GR",
                abroad(Sector::Private, "GR"),
                One("gr-hdpa"),
            ),
            (
                "Greece as EL",
                abroad(Sector::Private, "EL"),
                One("gr-hdpa"),
            ),
            (
                "Spain, private",
                abroad(Sector::Private, "ES"),
                One("es-aepd"),
            ),
            (
                "Spain, public, no region",
                es_public(None),
                Uncertain(
                    Some("es-aepd"),
                    &["es-ct-apdcat", "es-pv-avpd", "es-an-ctpda"],
                ),
            ),
            (
                "Spain, public, Catalonia",
                es_public(Some(EuRegion::Catalonia)),
                One("es-ct-apdcat"),
            ),
            (
                "Spain, public, Basque Country",
                es_public(Some(EuRegion::BasqueCountry)),
                One("es-pv-avpd"),
            ),
            (
                "Spain, public, Andalusia",
                es_public(Some(EuRegion::Andalusia)),
                One("es-an-ctpda"),
            ),
            (
                "Belgium, private",
                abroad(Sector::Private, "BE"),
                One("be-apd-gba"),
            ),
            (
                "Belgium, public",
                abroad(Sector::Public, "BE"),
                Uncertain(Some("be-apd-gba"), &["be-vtc"]),
            ),
            (
                "church in Poland",
                abroad(Sector::ChurchCatholic, "PL"),
                Uncertain(Some("pl-uodo"), &[]),
            ),
            (
                "non-EU, only a representative",
                non_eu(None, &["FR", "IT", "FR", "US"], None),
                Several(&["fr-cnil", "it-garante"]),
            ),
            (
                "non-EU, people in Germany and Austria",
                non_eu(None, &["DE", "AT"], Some(Land::BE)),
                Several(&["blnbdi", "at-dsb"]),
            ),
            (
                "non-EU, people in Germany, no Land",
                non_eu(None, &["DE", "AT"], None),
                Unknown(Missing::LandForGermany),
            ),
            (
                "non-EU, no affected countries",
                non_eu(None, &[], None),
                Unknown(Missing::SubjectCountries),
            ),
            (
                "non-EU, only non-EU subjects",
                non_eu(None, &["CH", "GB"], None),
                Unknown(Missing::SubjectCountries),
            ),
            (
                "non-EU with EU main establishment in Ireland",
                non_eu(Some("IE"), &["FR"], None),
                One("ie-dpc"),
            ),
            (
                "non-EU with EU main establishment in Germany",
                non_eu(Some("DE"), &["FR"], Some(Land::HH)),
                One("hmbbfdi"),
            ),
            (
                "non-EU, 'main establishment' outside the EU",
                non_eu(Some("CH"), &["NL"], None),
                Several(&["nl-ap"]),
            ),
        ];
        for (name, org, expect) in &rows {
            check(name, Role::Controller, Some(org), expect);
        }
        let several = competent_authority(Role::Controller, Some(&rows[15].1));
        assert_eq!(several.rule(), Some(NO_EU_ESTABLISHMENT));
    }

    #[test]
    fn no_panic_and_known_ids_on_any_input() {
        let countries: Vec<Option<Country>> = [
            None,
            Some("DE"),
            Some("FR"),
            Some("ES"),
            Some("BE"),
            Some("EL"),
            Some("US"),
            Some("ZZ"),
        ]
        .into_iter()
        .map(|s| s.map(c))
        .collect();
        let lands: Vec<Option<Land>> = std::iter::once(None).chain(Land::ALL.map(Some)).collect();
        let specials: Vec<Option<SpecialBody>> = std::iter::once(None)
            .chain(SpecialBody::ALL.map(Some))
            .collect();
        for sector in Sector::ALL {
            for &country in &countries {
                for &land in &lands {
                    for &special in &specials {
                        for diocese in [None, Some(Diocese::Mainz)] {
                            let org = Organisation {
                                diocese,
                                special,
                                subject_countries: vec![c("DE"), c("SE")],
                                ..Organisation::new(sector, country, land)
                            };
                            for role in [Role::Controller, Role::Processor] {
                                let d = competent_authority(role, Some(&org));
                                check_decision(&format!("{org:?}"), &d);
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn texts_are_bilingual_and_distinct() {
        for (i, t) in TEXTS.iter().enumerate() {
            assert!(
                !t.en.is_empty() && !t.de.is_empty() && t.en != t.de,
                "{t:?}"
            );
            assert!(
                TEXTS[..i].iter().all(|o| o.en != t.en),
                "duplicate text {:?}",
                t.en
            );
        }
        let d = competent_authority(Role::Controller, Some(&de(Sector::Private, Some(Land::BW))));
        assert_eq!(
            d.rule_text(Lang::En),
            "Art. 55 GDPR, § 40(1) BDSG: private body, authority of the Land of its seat"
        );
        assert_eq!(
            d.rule_text(Lang::De),
            "Art. 55 DSGVO, § 40 Abs. 1 BDSG: nicht-öffentliche Stelle, die Aufsicht des Landes ihres Sitzes"
        );
        let u = competent_authority(
            Role::Controller,
            Some(&de(Sector::ChurchCatholic, Some(Land::HE))),
        );
        assert!(u.is_uncertain());
        assert_eq!(u.why_text(Lang::De), Some(CATHOLIC_LAND_WHY.de));
        assert_eq!(
            competent_authority(Role::Controller, None).rule_text(Lang::De),
            MISSING_ORGANISATION.de
        );
        assert_eq!(
            AuthorityDecision::ViaController.rule_text(Lang::En),
            PROCESSOR.en
        );
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
        serde_json::from_str(include_str!("../../data/authorities.json")).expect("valid JSON")
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
