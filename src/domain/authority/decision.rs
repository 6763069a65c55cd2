//! What the competence rules decide, and the texts of each rule in both languages, each naming
//! its legal basis.

use crate::domain::lang::pick;
use crate::domain::lang::Lang;

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
        pick(lang, self.de, self.en)
    }
    /// The legal basis the rule names, in English and German: its text before the colon.
    pub fn citation(self) -> (&'static str, &'static str) {
        let head = |t: &'static str| t.split_once(": ").map_or(t, |(h, _)| h);
        (head(self.en), head(self.de))
    }
}

macro_rules! texts {
    ($($name:ident = $en:expr, $de:expr;)*) => {
        $(pub(super) const $name: Text = Text { en: $en, de: $de };)*
        /// Every rule and reason text (the tests check each).
        #[cfg(test)]
        pub(super) const TEXTS: &[Text] = &[$($name),*];
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
