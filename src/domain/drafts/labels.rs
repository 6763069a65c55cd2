//! Names of the answers' choices in both languages, as the drafts print them. Every `match` is
//! exhaustive, so a new choice without a text does not compile.

use super::format::pick;
use crate::domain::answers::{Cause, Discovery, Field, IncidentType};
use crate::domain::authority::Sector;
use crate::domain::{Availability, Confidentiality, DataCategory, Integrity, Lang};

/// The kind of incident, as a form would name it (authority notification, record).
pub fn incident(t: IncidentType, lang: Lang) -> &'static str {
    use IncidentType::*;
    match t {
        LostDevice => pick(
            lang,
            "Verlust eines Geräts oder Datenträgers",
            "loss of a device or storage medium",
        ),
        StolenDevice => pick(
            lang,
            "Diebstahl eines Geräts oder Datenträgers",
            "theft of a device or storage medium",
        ),
        Hacking => pick(
            lang,
            "unbefugtes Eindringen in IT-Systeme (Hacking)",
            "unauthorised intrusion into IT systems (hacking)",
        ),
        Ransomware => pick(
            lang,
            "Angriff mit Schadsoftware (Ransomware)",
            "malware attack (ransomware)",
        ),
        Phishing => pick(
            lang,
            "Phishing: Zugang durch eine gefälschte Nachricht erschlichen",
            "phishing: access obtained through a fake message",
        ),
        MisdirectedEmail => pick(
            lang,
            "E-Mail an falsche Empfänger",
            "e-mail sent to the wrong recipients",
        ),
        OpenDistributionList => pick(
            lang,
            "E-Mail an mehrere Empfänger mit offenem Verteiler (ohne Bcc)",
            "e-mail to several recipients with an open distribution list (no Bcc)",
        ),
        MisdirectedLetter => pick(
            lang,
            "Brief oder Sendung an falsche Empfänger",
            "letter or parcel sent to the wrong recipients",
        ),
        UnintendedPublication => pick(
            lang,
            "unbeabsichtigte Veröffentlichung",
            "unintended publication",
        ),
        InternalAccess => pick(
            lang,
            "unbefugter Zugriff innerhalb der eigenen Organisation",
            "unauthorised access within the organisation",
        ),
        SoftwareBug => pick(
            lang,
            "Software- oder Konfigurationsfehler",
            "software or configuration error",
        ),
        Disposal => pick(
            lang,
            "unsichere Entsorgung von Unterlagen oder Datenträgern",
            "unsafe disposal of papers or storage media",
        ),
        Other => pick(lang, "sonstiger Vorfall", "other incident"),
    }
}

/// What happened, in one plain sentence for the people affected. `None`: no type given.
/// `personal`: the message goes to a person whose data went astray (not to the public), so a
/// message sent to the wrong person is told from that person's side.
pub fn incident_plain(t: Option<IncidentType>, personal: bool, lang: Lang) -> &'static str {
    use IncidentType::*;
    match t {
        Some(MisdirectedEmail) if personal => pick(
            lang,
            "Eine E-Mail mit Daten von Ihnen ist versehentlich an einen Empfänger gegangen, für den sie nicht bestimmt war.",
            "An e-mail containing data about you was sent by mistake to a recipient it was not meant for.",
        ),
        Some(MisdirectedLetter) if personal => pick(
            lang,
            "Ein Schreiben mit Daten von Ihnen ist versehentlich an eine andere Person gegangen, für die es nicht bestimmt war.",
            "A letter containing data about you was sent by mistake to another person it was not meant for.",
        ),
        Some(LostDevice) => pick(
            lang,
            "Ein Gerät oder Datenträger mit personenbezogenen Daten ist verloren gegangen.",
            "A device or storage medium holding personal data has been lost.",
        ),
        Some(StolenDevice) => pick(
            lang,
            "Ein Gerät oder Datenträger mit personenbezogenen Daten wurde gestohlen.",
            "A device or storage medium holding personal data has been stolen.",
        ),
        Some(Hacking) => pick(
            lang,
            "Unbefugte sind in unsere IT-Systeme eingedrungen.",
            "Unauthorised persons broke into our IT systems.",
        ),
        Some(Ransomware) => pick(
            lang,
            "Unsere Systeme wurden von Schadsoftware befallen, die Daten verschlüsselt oder kopiert.",
            "Our systems were hit by malicious software that encrypts or copies data.",
        ),
        Some(Phishing) => pick(
            lang,
            "Betrüger haben sich mit einer gefälschten Nachricht Zugang zu einem unserer Konten verschafft.",
            "Fraudsters used a fake message to gain access to one of our accounts.",
        ),
        Some(MisdirectedEmail) => pick(
            lang,
            "Eine E-Mail mit personenbezogenen Daten ging an falsche Empfänger.",
            "An e-mail containing personal data went to the wrong recipients.",
        ),
        Some(OpenDistributionList) => pick(
            lang,
            "Eine E-Mail ging an viele Empfänger gleichzeitig, ohne die Adressen zu verbergen. Dadurch konnte jeder Empfänger die E-Mail-Adressen aller anderen sehen.",
            "An e-mail went to many recipients at once without hiding their addresses, so every recipient could see everyone else's e-mail address.",
        ),
        Some(MisdirectedLetter) => pick(
            lang,
            "Ein Schreiben mit personenbezogenen Daten ging an eine falsche Person.",
            "A letter containing personal data went to the wrong person.",
        ),
        Some(UnintendedPublication) => pick(
            lang,
            "Personenbezogene Daten waren versehentlich öffentlich einsehbar.",
            "Personal data could be seen publicly by mistake.",
        ),
        Some(InternalAccess) => pick(
            lang,
            "Personen in unserer Organisation konnten auf Daten zugreifen, die nicht für sie bestimmt waren.",
            "People within our organisation could access data that were not meant for them.",
        ),
        Some(SoftwareBug) => pick(
            lang,
            "Ein Fehler in einer Software oder ihrer Einrichtung hat personenbezogene Daten betroffen.",
            "A fault in software or in its set-up affected personal data.",
        ),
        Some(Disposal) => pick(
            lang,
            "Unterlagen oder Datenträger mit personenbezogenen Daten wurden nicht sicher entsorgt.",
            "Papers or storage media holding personal data were not disposed of safely.",
        ),
        Some(Other) | None => pick(
            lang,
            "Bei uns ist ein Vorfall eingetreten, der personenbezogene Daten betrifft.",
            "An incident has occurred at our organisation that affects personal data.",
        ),
    }
}

/// How the incident came about.
pub fn cause(c: Cause, lang: Lang) -> &'static str {
    match c {
        Cause::ExternalMalicious => pick(
            lang,
            "vorsätzlich, von außen (Angriff oder Diebstahl)",
            "deliberate, from outside (attack or theft)",
        ),
        Cause::InternalMalicious => pick(
            lang,
            "vorsätzlich, durch eine Person innerhalb der Organisation",
            "deliberate, by someone within the organisation",
        ),
        Cause::Error => pick(
            lang,
            "versehentlich (menschlicher Fehler)",
            "accidental (human error)",
        ),
        Cause::Technical => pick(lang, "technisches Versagen", "technical failure"),
    }
}

/// How the breach came to light.
pub fn discovery(d: Discovery, lang: Lang) -> &'static str {
    use Discovery::*;
    match d {
        OwnDetection => pick(
            lang,
            "durch eigene Kontrollen oder Systeme",
            "through our own checks or systems",
        ),
        Employee => pick(
            lang,
            "durch den Hinweis eines Beschäftigten",
            "reported by a member of staff",
        ),
        Processor => pick(
            lang,
            "durch die Mitteilung eines Auftragsverarbeiters",
            "reported by a processor",
        ),
        AffectedPerson => pick(
            lang,
            "durch den Hinweis einer betroffenen Person",
            "reported by a person affected",
        ),
        ThirdParty => pick(
            lang,
            "durch den Hinweis eines Dritten",
            "reported by a third party",
        ),
        Attacker => pick(
            lang,
            "durch den Täter selbst (z. B. eine Erpressungsnachricht)",
            "by the attacker (e.g. a ransom note)",
        ),
        Authority => pick(lang, "durch eine Behörde", "by an authority"),
        Media => pick(lang, "durch Medienberichte", "through media reports"),
    }
}

/// Who got access, as a sentence.
pub fn confidentiality(c: Confidentiality, lang: Lang) -> &'static str {
    match c {
        Confidentiality::None => pick(
            lang,
            "Niemand Unbefugtes hatte Zugriff auf die Daten.",
            "No unauthorised person had access to the data.",
        ),
        Confidentiality::TrustedRecipient => pick(
            lang,
            "Ein bekannter, zur Vertraulichkeit verpflichteter Empfänger hat die Daten erhalten.",
            "A known recipient bound to confidentiality received the data.",
        ),
        Confidentiality::Colleagues => pick(
            lang,
            "Kolleginnen und Kollegen ohne dienstlichen Bedarf konnten die Daten sehen.",
            "Colleagues without a business need could see the data.",
        ),
        Confidentiality::KnownRecipients => pick(
            lang,
            "Bekannte Empfänger ohne Pflicht zur Verschwiegenheit konnten auf die Daten zugreifen.",
            "Known recipients without a duty of confidentiality could access the data.",
        ),
        Confidentiality::UnknownRecipients => pick(
            lang,
            "Unbekannte (etwa Täter oder Finder) konnten oder können auf die Daten zugreifen.",
            "Unknown persons (such as an attacker or a finder) could or can access the data.",
        ),
        Confidentiality::Public => pick(
            lang,
            "Die Daten waren öffentlich zugänglich.",
            "The data were publicly accessible.",
        ),
    }
}

/// Whether those who could access the data provably did, as a sentence. `None`: not known.
pub fn accessed(a: Option<bool>, lang: Lang) -> &'static str {
    match a {
        Some(true) => pick(
            lang,
            "Die Empfänger haben nachweislich auf die Daten zugegriffen.",
            "The recipients provably accessed the data.",
        ),
        Some(false) => pick(
            lang,
            "Die Daten wurden nachweislich nicht geöffnet (z. B. laut Protokollen oder ungeöffnet zurückerhalten).",
            "The data were provably not opened (e.g. by the logs, or returned unopened).",
        ),
        None => pick(
            lang,
            "Ob tatsächlich jemand auf die Daten zugegriffen hat, ist nicht bekannt; möglich war es.",
            "Whether anyone actually accessed the data is not known; it was possible.",
        ),
    }
}

/// Whether data were altered, as a sentence.
pub fn integrity(i: Integrity, lang: Lang) -> &'static str {
    match i {
        Integrity::None => pick(
            lang,
            "Die Daten wurden nicht verändert.",
            "The data were not altered.",
        ),
        Integrity::Restored => pick(
            lang,
            "Die Daten wurden verändert; der richtige Stand ist wiederhergestellt.",
            "The data were altered; the correct state has been restored.",
        ),
        Integrity::NotRestored => pick(
            lang,
            "Die Daten wurden verändert; der richtige Stand ist nicht wiederhergestellt.",
            "The data were altered; the correct state has not been restored.",
        ),
    }
}

/// Whether data were unavailable, as a sentence.
pub fn availability(a: Availability, lang: Lang) -> &'static str {
    match a {
        Availability::None => pick(
            lang,
            "Die Daten waren durchgehend verfügbar.",
            "The data remained available throughout.",
        ),
        Availability::Brief => pick(
            lang,
            "Die Daten waren kurz nicht verfügbar, ohne Folgen für die betroffenen Personen.",
            "The data were briefly unavailable, with no effect on the people concerned.",
        ),
        Availability::Prolonged => pick(
            lang,
            "Die Daten waren länger oder mit Folgen für die betroffenen Personen nicht verfügbar.",
            "The data were unavailable for a longer time or with effects on the people concerned.",
        ),
        Availability::Permanent => pick(
            lang,
            "Die Daten sind endgültig verloren.",
            "The data are permanently lost.",
        ),
    }
}

/// A kind of data with examples, in plain words (for the people affected).
pub fn category_plain(c: DataCategory, lang: Lang) -> &'static str {
    use DataCategory::*;
    match c {
        Contact => pick(
            lang,
            "Kontaktdaten wie Name, Anschrift, E-Mail-Adresse oder Telefonnummer",
            "contact details such as name, postal address, e-mail address or phone number",
        ),
        Identification => pick(
            lang,
            "Angaben zur Identifizierung wie Geburtsdatum, Kunden- oder Benutzernummer oder Benutzername",
            "identifying details such as date of birth, customer or user number, or user name",
        ),
        NationalId => pick(
            lang,
            "Ausweis-, Pass-, Sozialversicherungs- oder Steuernummern",
            "ID card, passport, social security or tax numbers",
        ),
        Financial => pick(
            lang,
            "Finanzdaten wie Bankverbindung, Einkommen oder Zahlungen",
            "financial data such as bank account, income or payments",
        ),
        PaymentCard => pick(
            lang,
            "Daten von Zahlungskarten, z. B. Kreditkartennummern",
            "payment card data, e.g. credit card numbers",
        ),
        Credentials => pick(
            lang,
            "Zugangsdaten wie Passwörter oder PINs",
            "log-in data such as passwords or PINs",
        ),
        Location => pick(
            lang,
            "Standortdaten, also Angaben zu Aufenthaltsorten",
            "location data, i.e. where someone has been",
        ),
        Behavioural => pick(
            lang,
            "Angaben zu Nutzung, Einkäufen oder Vorlieben",
            "details of usage, purchases or preferences",
        ),
        CommunicationContent => pick(
            lang,
            "Inhalte von Nachrichten oder Gesprächen",
            "the content of messages or conversations",
        ),
        Employment => pick(
            lang,
            "Angaben zum Arbeitsverhältnis oder zu einer Bewerbung",
            "details of employment or of a job application",
        ),
        Health => pick(
            lang,
            "Angaben zu Ihrer Gesundheit, etwa Befunde, Röntgenbilder oder Diagnosen",
            "details of your health, such as findings, x-rays or diagnoses",
        ),
        SpecialCategory => pick(
            lang,
            "besonders schützenswerte Angaben, z. B. zur Gesundheit, Religion oder politischen Meinung",
            "particularly sensitive details, e.g. about health, religion or political opinions",
        ),
        Criminal => pick(
            lang,
            "Angaben zu Straftaten oder Verurteilungen",
            "details of criminal offences or convictions",
        ),
    }
}

/// What kind of body the controller is.
pub fn sector(s: Sector, lang: Lang) -> &'static str {
    match s {
        Sector::Private => pick(
            lang,
            "nicht-öffentliche Stelle (z. B. Unternehmen, Verein, Praxis)",
            "private body (e.g. company, association, practice)",
        ),
        Sector::Public => pick(
            lang,
            "öffentliche Stelle eines Landes oder einer Kommune",
            "public body of a Land or a municipality",
        ),
        Sector::FederalPublic => pick(lang, "öffentliche Stelle des Bundes", "federal public body"),
        Sector::Telecom => pick(
            lang,
            "Anbieter von Telekommunikationsdiensten",
            "telecommunications provider",
        ),
        Sector::Postal => pick(lang, "Postdienstleister", "postal service provider"),
        Sector::ChurchCatholic => pick(
            lang,
            "Einrichtung der katholischen Kirche",
            "body of the Catholic Church",
        ),
        Sector::ChurchProtestant => pick(
            lang,
            "Einrichtung der evangelischen Kirche",
            "body of the Protestant Church",
        ),
        Sector::Broadcaster => pick(
            lang,
            "öffentlich-rechtliche Rundfunkanstalt",
            "public-service broadcaster",
        ),
    }
}

/// A question that is still open, as a short phrase.
pub fn field(f: Field, lang: Lang) -> &'static str {
    use Field::*;
    match f {
        Role => pick(
            lang,
            "Rolle (Verantwortlicher oder Auftragsverarbeiter)",
            "role (controller or processor)",
        ),
        Sector => pick(lang, "Art der Stelle", "kind of organisation"),
        Land => pick(lang, "Bundesland des Sitzes", "German Land of the seat"),
        PersonalData => pick(
            lang,
            "ob personenbezogene Daten betroffen sind",
            "whether personal data are affected",
        ),
        Confidentiality => pick(
            lang,
            "wer Zugriff auf die Daten hatte",
            "who had access to the data",
        ),
        Integrity => pick(
            lang,
            "ob Daten verändert wurden",
            "whether data were altered",
        ),
        Availability => pick(
            lang,
            "ob Daten nicht verfügbar waren",
            "whether data were unavailable",
        ),
        Cause => pick(lang, "Ursache des Vorfalls", "cause of the incident"),
        OccurredFrom => pick(lang, "Beginn des Vorfalls", "start of the incident"),
        OccurredTo => pick(lang, "Ende des Vorfalls", "end of the incident"),
        AwareAt => pick(lang, "Zeitpunkt der Kenntnis", "time of awareness"),
        Data => pick(lang, "betroffene Datenarten", "kinds of data affected"),
        Subjects => pick(
            lang,
            "Zahl der betroffenen Personen",
            "number of people affected",
        ),
        Records => pick(lang, "Zahl der Datensätze", "number of records"),
        Vulnerable => pick(
            lang,
            "ob schutzbedürftige Personen betroffen sind",
            "whether vulnerable people are affected",
        ),
        Unintelligible => pick(
            lang,
            "ob die Daten verschlüsselt oder sonst unverständlich waren",
            "whether the data were encrypted or otherwise unintelligible",
        ),
        Contained => pick(
            lang,
            "ob die Daten zurückgeholt oder gelöscht wurden",
            "whether the data were retrieved or deleted",
        ),
        DeletionConfirmed => pick(
            lang,
            "ob die Löschung schriftlich bestätigt ist",
            "whether the deletion is confirmed in writing",
        ),
        SensitiveContext => pick(
            lang,
            "ob Absender, Anlass oder Verteiler etwas Sensibles über die Personen verraten",
            "whether the sender, occasion or list reveals something sensitive about the people",
        ),
        CrossBorder => pick(
            lang,
            "ob Personen in anderen EU-/EWR-Staaten betroffen sind",
            "whether people in other EU/EEA countries are affected",
        ),
        Neutralised => pick(
            lang,
            "ob nachträgliche Maßnahmen ein hohes Risiko ausschließen",
            "whether later measures rule out a high risk",
        ),
        Misuse => pick(
            lang,
            "ob ein Missbrauch festgestellt wurde",
            "whether misuse has been observed",
        ),
        Disproportionate => pick(
            lang,
            "ob eine Benachrichtigung jeder Person unverhältnismäßig wäre",
            "whether telling each person would be disproportionate",
        ),
    }
}
