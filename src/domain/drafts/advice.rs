//! What a breach can mean for the people affected and what they can do themselves, tailored to
//! the kinds of data, to the incident and to how far the data went. Recital 75 GDPR names the
//! kinds of damage (identity theft or fraud, financial loss, damage to reputation, discrimination,
//! loss of control over one's data); the advice is the usual self-protection for each kind of
//! data. A report that went to one other patient by mistake is not a phishing wave: spam, identity
//! theft, blackmail or a credit-agency check are named only where the data reached many or unknown
//! people, an attacker or the public.

use super::format::pick;
use crate::domain::answers::{Cause, IncidentType};
use crate::domain::{Availability, Categories, Confidentiality, DataCategory, Integrity, Lang};

/// How far the data went, as far as it matters for the advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Nobody unauthorised could see the data, or provably nobody opened them.
    Nobody,
    /// One or a few known recipients got the data by mistake (a report sent to another patient,
    /// a trusted recipient): fraud by strangers is not the risk.
    Few,
    /// Many or unknown recipients, someone acting on purpose, or the public (also while open).
    Wide,
}

/// How far the data went, from the answers. Open answers count as `Wide` (the cautious side).
pub fn reach(
    confidentiality: Option<Confidentiality>,
    accessed: Option<bool>,
    incident: Option<IncidentType>,
    cause: Option<Cause>,
) -> Reach {
    if confidentiality == Some(Confidentiality::None) || accessed == Some(false) {
        return Reach::Nobody;
    }
    if cause.is_none_or(Cause::is_malicious) {
        return Reach::Wide;
    }
    match (confidentiality, incident) {
        (Some(Confidentiality::TrustedRecipient | Confidentiality::Colleagues), _) => Reach::Few,
        (
            Some(Confidentiality::KnownRecipients),
            Some(IncidentType::MisdirectedEmail | IncidentType::MisdirectedLetter),
        ) => Reach::Few,
        _ => Reach::Wide,
    }
}

/// The typical consequences for the people affected, one short phrase each, most specific first.
/// Open answers count as "could be affected": the list errs on the side of naming a risk.
pub fn consequences(
    data: Categories,
    reach: Reach,
    integrity: Option<Integrity>,
    availability: Option<Availability>,
    lang: Lang,
) -> Vec<&'static str> {
    use DataCategory::*;
    let mut out = Vec::new();
    let few = reach == Reach::Few;
    if reach != Reach::Nobody {
        for c in data.iter() {
            out.push(match c {
                Contact | Identification | Behavioural if few => continue,
                SpecialCategory if few => pick(
                    lang,
                    "Bekanntwerden sensibler Angaben gegenüber einer anderen Person und seelische Belastung",
                    "another person learning sensitive details, and distress",
                ),
                Criminal if few => pick(
                    lang,
                    "Bloßstellung gegenüber der Person, die die Angaben erhalten hat",
                    "exposure to the person who received the details",
                ),
                Contact => pick(
                    lang,
                    "unerwünschte Werbung, Spam und gezielte Betrugsversuche (Phishing)",
                    "unwanted advertising, spam and targeted fraud attempts (phishing)",
                ),
                Identification => pick(
                    lang,
                    "Identitätsmissbrauch, etwa Bestellungen oder Konten unter fremdem Namen",
                    "misuse of identity, such as orders or accounts in someone else's name",
                ),
                NationalId => pick(
                    lang,
                    "Identitätsdiebstahl und Betrug mit Ausweis-, Sozialversicherungs- oder Steuernummern",
                    "identity theft and fraud using ID card, social security or tax numbers",
                ),
                Financial => pick(
                    lang,
                    "finanzielle Verluste durch unberechtigte Abbuchungen oder Betrug",
                    "financial loss through unauthorised debits or fraud",
                ),
                PaymentCard => pick(
                    lang,
                    "Einkäufe mit fremden Zahlungskarten",
                    "purchases made with someone else's payment card",
                ),
                Credentials => pick(
                    lang,
                    "unbefugter Zugriff auf Benutzerkonten, auch bei anderen Diensten mit demselben Passwort",
                    "unauthorised access to user accounts, including other services that use the same password",
                ),
                Location => pick(
                    lang,
                    "Rückschlüsse auf Aufenthaltsorte und Gewohnheiten bis hin zu Nachstellung",
                    "conclusions about whereabouts and habits, up to stalking",
                ),
                Behavioural => pick(
                    lang,
                    "Profilbildung und darauf zugeschnittene Täuschungsversuche",
                    "profiling and deception tailored to it",
                ),
                CommunicationContent => pick(
                    lang,
                    "Bekanntwerden vertraulicher Inhalte und Bloßstellung",
                    "disclosure of confidential content and embarrassment",
                ),
                Employment => pick(
                    lang,
                    "Nachteile im Berufsleben und Rufschädigung",
                    "disadvantages at work and damage to reputation",
                ),
                Health => pick(
                    lang,
                    "Bekanntwerden von Befunden und Behandlungen gegenüber Dritten, Bloßstellung und seelische Belastung",
                    "others learning of findings and treatment, embarrassment and distress",
                ),
                SpecialCategory => pick(
                    lang,
                    "Diskriminierung, Rufschädigung und erhebliche seelische Belastung",
                    "discrimination, damage to reputation and serious distress",
                ),
                Criminal => pick(
                    lang,
                    "Bloßstellung, Rufschädigung und Diskriminierung",
                    "exposure, damage to reputation and discrimination",
                ),
            });
        }
        out.push(pick(
            lang,
            "Verlust der Kontrolle über die betroffenen Daten",
            "loss of control over the data concerned",
        ));
    }
    if integrity.is_none_or(|i| i == Integrity::NotRestored) {
        out.push(pick(
            lang,
            "Entscheidungen oder Leistungen auf der Grundlage falscher Daten",
            "decisions or services based on wrong data",
        ));
    }
    if availability.is_none_or(|a| a >= Availability::Prolonged) {
        out.push(pick(
            lang,
            "verzögerte oder ausgefallene Leistungen (z. B. Termine, Behandlung, Zahlungen), weil Daten fehlen",
            "services delayed or missed (e.g. appointments, treatment, payments) because data are missing",
        ));
    }
    out
}

/// What the people affected can do themselves, most specific first, always ending with the
/// general points. `data_known` is false while the kinds of data are still open: then, where the
/// data went wide, the advice for every kind of data that commonly leads to fraud is given.
/// `never_ask`: the organisation confirmed that it never asks for passwords or bank details by
/// e-mail or phone; only then does the phishing advice promise so (an employer does ask for bank
/// details).
pub fn advice(
    data: Categories,
    data_known: bool,
    incident: Option<IncidentType>,
    reach: Reach,
    never_ask: bool,
    lang: Lang,
) -> Vec<&'static str> {
    use DataCategory::*;
    let mut out = Vec::new();
    // In an open distribution list the recipients are the people affected; in a misdirected
    // message they are not, so the hint to the recipient belongs in no message to the people.
    if incident == Some(IncidentType::OpenDistributionList) {
        out.push(pick(
            lang,
            "Bitte leiten Sie die E-Mail nicht weiter, antworten Sie nicht an alle Empfänger und löschen Sie sie.",
            "Please do not forward the e-mail, do not reply to all recipients, and delete it.",
        ));
    }
    let wide = reach == Reach::Wide;
    let data = match (reach, data_known) {
        (Reach::Nobody, _) => Categories::new(),
        (Reach::Wide, false) => data.with(Contact).with(Credentials).with(Financial),
        _ => data,
    };
    for c in data.iter() {
        let text = match c {
            Contact if wide && never_ask => pick(
                lang,
                "Rechnen Sie mit gefälschten E-Mails, Anrufen, SMS oder Briefen (Phishing), die sich auf uns oder auf diesen Vorfall berufen. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge in unerwarteten Nachrichten. Wir fragen Sie niemals per E-Mail oder Telefon nach Passwörtern oder Bankdaten.",
                "Expect fake e-mails, calls, text messages or letters (phishing) that mention us or this incident. Do not click links or open attachments in unexpected messages. We will never ask you for passwords or bank details by e-mail or phone.",
            ),
            Contact if wide => pick(
                lang,
                "Rechnen Sie mit gefälschten E-Mails, Anrufen, SMS oder Briefen (Phishing), die sich auf uns oder auf diesen Vorfall berufen. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge in unerwarteten Nachrichten.",
                "Expect fake e-mails, calls, text messages or letters (phishing) that mention us or this incident. Do not click links or open attachments in unexpected messages.",
            ),
            Identification if wide => pick(
                lang,
                "Achten Sie darauf, ob jemand unter Ihrem Namen auftritt. Reagieren Sie sofort auf Rechnungen, Mahnungen oder Bestätigungen für Bestellungen oder Konten, die nicht von Ihnen stammen.",
                "Watch for anyone acting in your name. Act at once on invoices, reminders or confirmations for orders or accounts that are not yours.",
            ),
            NationalId if wide => pick(
                lang,
                "Mit Ausweis-, Sozialversicherungs- oder Steuernummern kann jemand versuchen, sich als Sie auszugeben. Sie können bei Auskunfteien wie der SCHUFA kostenlos eine Auskunft über Ihre gespeicherten Daten verlangen (Art. 15 DSGVO) und so unbekannte Verträge erkennen. Ist ein Ausweisdokument selbst abhandengekommen, melden Sie das der Ausweisbehörde oder der Polizei.",
                "With ID card, social security or tax numbers someone may try to pass themselves off as you. You can ask credit agencies such as SCHUFA for a free copy of the data they hold on you (Art. 15 GDPR) to spot contracts you do not know. If an identity document itself is missing, report it to the issuing office or the police.",
            ),
            NationalId => pick(
                lang,
                "Sollten Ihnen Schreiben oder Verträge auffallen, die Sie nicht veranlasst haben, wenden Sie sich an uns.",
                "Should you notice letters or contracts you did not arrange, contact us.",
            ),
            Financial => pick(
                lang,
                "Prüfen Sie Ihre Kontoauszüge in den nächsten Monaten genau. Melden Sie Abbuchungen, die Sie nicht kennen, sofort Ihrer Bank und lassen Sie sie zurückbuchen.",
                "Check your bank statements closely over the coming months. Report any debit you do not recognise to your bank straight away and have it reversed.",
            ),
            PaymentCard => pick(
                lang,
                "Prüfen Sie Ihre Kartenabrechnungen. Lassen Sie die Karte im Zweifel sperren, über Ihre Bank oder in Deutschland über den Sperr-Notruf 116 116, und fordern Sie eine neue an.",
                "Check your card statements. If in doubt, have the card blocked through your bank (in Germany also through the emergency number 116 116) and ask for a new one.",
            ),
            Credentials => pick(
                lang,
                "Ändern Sie Ihr Passwort sofort, bei uns und überall dort, wo Sie dasselbe oder ein ähnliches Passwort verwenden. Schalten Sie, wo möglich, die Anmeldung mit einem zweiten Faktor ein. Ändern Sie betroffene PINs.",
                "Change your password now, with us and wherever you use the same or a similar password. Turn on two-factor log-in where you can. Change any PIN affected.",
            ),
            Location => pick(
                lang,
                "Unbefugte könnten wissen, wo Sie sich aufhalten oder wohnen. Wenn Sie sich dadurch bedroht fühlen, wenden Sie sich an die Polizei.",
                "Unauthorised persons might know where you stay or live. If you feel threatened, contact the police.",
            ),
            Behavioural if wide => pick(
                lang,
                "Seien Sie misstrauisch bei Nachrichten oder Angeboten, die auffällig genau zu Ihren Einkäufen oder Gewohnheiten passen.",
                "Be wary of messages or offers that match your purchases or habits suspiciously well.",
            ),
            CommunicationContent => pick(
                lang,
                "Überlegen Sie, welche Ihrer Nachrichten vertrauliche Inhalte hatten, und seien Sie vorsichtig, wenn jemand Sie darauf anspricht.",
                "Think about which of your messages held confidential content, and be careful if anyone approaches you about it.",
            ),
            Employment if wide => pick(
                lang,
                "Seien Sie vorsichtig bei Anfragen, die sich auf Ihr Arbeitsverhältnis oder Ihre Bewerbung beziehen, und prüfen Sie sie im Zweifel über einen Ihnen bekannten Kontakt.",
                "Be careful with requests that refer to your employment or application, and check them through a contact you know if in doubt.",
            ),
            Health if wide => pick(
                lang,
                "Wenn Sie Fragen zu Ihrer Behandlung oder zu den betroffenen Unterlagen haben, sprechen Sie uns direkt an. Wenn jemand Sie auf die Angaben anspricht oder Sie unter Druck setzt, wenden Sie sich an uns.",
                "If you have questions about your treatment or the documents concerned, talk to us directly. If anyone approaches you about the details or puts pressure on you, contact us.",
            ),
            Health => pick(
                lang,
                "Wenn Sie Fragen zu Ihrer Behandlung oder zu den betroffenen Unterlagen haben, sprechen Sie uns direkt an.",
                "If you have questions about your treatment or the documents concerned, talk to us directly.",
            ),
            SpecialCategory if wide => pick(
                lang,
                "Die Angaben sind besonders sensibel. Wenn jemand Sie darauf anspricht, Sie unter Druck setzt oder Sie Nachteile erleben, wenden Sie sich an uns und, bei Erpressung, an die Polizei.",
                "These details are particularly sensitive. If anyone approaches you about them, puts pressure on you, or you suffer a disadvantage, contact us and, in the case of blackmail, the police.",
            ),
            SpecialCategory => pick(
                lang,
                "Die Angaben sind besonders sensibel. Wenn Sie dadurch Nachteile erleben oder jemand Sie darauf anspricht, wenden Sie sich an uns.",
                "These details are particularly sensitive. If you suffer a disadvantage from this or anyone approaches you about them, contact us.",
            ),
            Criminal if wide => pick(
                lang,
                "Wenn jemand Sie mit diesen Angaben unter Druck setzt oder bloßstellt, wenden Sie sich an die Polizei und an uns.",
                "If anyone uses these details to put pressure on you or to expose you, contact the police and us.",
            ),
            Criminal => pick(
                lang,
                "Wenn jemand Sie auf diese Angaben anspricht, wenden Sie sich an uns.",
                "If anyone approaches you about these details, contact us.",
            ),
            Contact | Identification | Behavioural | Employment => continue,
        };
        out.push(text);
    }
    out.push(pick(
        lang,
        "Wenn Ihnen etwas Ungewöhnliches auffällt oder Sie Fragen haben, wenden Sie sich an die unten genannte Kontaktstelle.",
        "If you notice anything unusual or have questions, contact the contact point named below.",
    ));
    out.push(pick(
        lang,
        "Sie können Auskunft über die Daten verlangen, die wir über Sie speichern (Art. 15 DSGVO), und sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO).",
        "You can ask which data we hold about you (Art. 15 GDPR) and complain to a data protection authority (Art. 77 GDPR).",
    ));
    out
}
