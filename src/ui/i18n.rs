//! Every text of the interface, behind a key. (Numbers and dates are formatted in
//! `domain::display`, the one home of that.) A key without a text in both languages does not compile: [`text`] matches every key
//! exhaustively and each arm must give a German and an English text.

use crate::domain::answers::{Cause, Discovery, Field, IncidentType, Occurrence};
use crate::domain::authority::Sector;
use crate::domain::facts::{Availability, Confidentiality, DataCategory, Integrity, Role};
use crate::domain::lang::pick;
use crate::domain::Lang;

/// A text of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    AppName,
    Tagline,
    StartIntro,
    PrivacyPromise,
    StartButton,
    LanguageSwitch,
    LanguageName,
    Disclaimer,
    PresetsTitle,
    PresetsIntro,
    AppLoading,
    AppFailed,
    // Navigation.
    ProgressLabel,
    Back,
    BackToStart,
    Next,
    ToSummary,
    BackToSummary,
    Edit,
    NextStepsLink,
    NoticeKind(bool),
    // Steps.
    StepWho,
    StepWhoIntro,
    StepWhat,
    StepWhatIntro,
    StepWhen,
    StepWhenIntro,
    StepData,
    StepDataIntro,
    StepProtection,
    StepProtectionIntro,
    StepConsequences,
    StepConsequencesIntro,
    StepSummary,
    StepSummaryIntro,
    DraftsTitle,
    // Common answers.
    NotKnownYet,
    NotGiven,
    NoneOfThese,
    YesNo(bool),
    OptionalHint,
    Now,
    Clear,
    DateHint,
    CountHint,
    // Step 1.
    QRole,
    QRoleHint,
    Role(Role),
    QSector,
    Sector(Sector),
    QSeat,
    QEuEstablishment,
    QEuEstablishmentHint,
    EuEstablishmentLabel,
    NoEuEstablishment,
    QRepresentative,
    RepresentativeLabel,
    QSubjectCountries,
    QSubjectCountriesHint,
    CountryLabel,
    Germany,
    LandLabel,
    QDiocese,
    DioceseLabel,
    QSpecial,
    SpecialLabel,
    QContact,
    ContactHint,
    OrgName,
    OrgAddress,
    ContactName,
    ContactRole,
    ContactEmail,
    ContactPhone,
    Dpo,
    DpoHint,
    // Step 2.
    QPersonalData,
    QPersonalDataHint,
    QIncident,
    Incident(IncidentType),
    QCause,
    Cause(Cause),
    QConfidentiality,
    QConfidentialityHint,
    Confidentiality(Confidentiality),
    QIntegrity,
    Integrity(Integrity),
    QAvailability,
    QAvailabilityHint,
    Availability(Availability),
    QDescription,
    QDescriptionHint,
    DescriptionLabel,
    QAccessed,
    QAccessedHint,
    Accessed(bool),
    AccessedUnclear,
    QSensitiveContext,
    QSensitiveContextHint,
    // Step 3.
    QAware,
    QAwareHint,
    AwareLabel,
    QOccurrence,
    Occurrence(Occurrence),
    QOccurredTimes,
    OccurredAt,
    OccurredFrom,
    OccurredTo,
    QDiscovery,
    Discovery(Discovery),
    QDiscoveryDetails,
    DetailsLabel,
    // Step 4.
    QData,
    QDataHint,
    Category(DataCategory),
    DataUnknown,
    QSubjects,
    SubjectsLabel,
    QRecords,
    RecordsLabel,
    QVulnerable,
    QVulnerableHint,
    QGroups,
    GroupsLabel,
    QCrossBorder,
    QCrossBorderHint,
    QSpecialDetails,
    SpecialDetailsLabel,
    // Step 5.
    QUnintelligible,
    QUnintelligibleHint,
    QBackup,
    QBackupHint,
    QContained,
    QContainedHint,
    QDeletionConfirmed,
    QDeletionConfirmedHint,
    QMeasuresBefore,
    MeasuresBeforeLabel,
    QProcessorInvolved,
    QProcessorInvolvedHint,
    QProcessorDetails,
    ProcessorDetailsLabel,
    QNeutralised,
    QNeutralisedHint,
    QMeasuresTaken,
    MeasuresTakenLabel,
    QMeasuresPlanned,
    MeasuresPlannedLabel,
    // Step 6.
    QMisuse,
    QMisuseHint,
    QConsequences,
    ConsequencesLabel,
    QDisproportionate,
    QDisproportionateHint,
    QInformed,
    InformedLabel,
    InformedAtLabel,
    QNeverAsk,
    QNeverAskHint,
    NeverAskLabel,
    QOtherAuthorities,
    OtherAuthoritiesLabel,
    QFollowUp,
    FollowUpLabel,
    QFirstNotice,
    FirstNoticeAtLabel,
    FirstNoticeReferenceLabel,
    QDelay,
    DelayLabel,
    // Open questions.
    Field(Field),
    // The verdict.
    VerdictTitle,
    VerdictUpdated,
    ShowDetails,
    HideDetails,
    Provisional,
    ProvisionalText,
    ProvisionalSubjectsText,
    OpenNoChange,
    OpenQuestions,
    Reasons,
    PartBreach,
    BreachYes,
    BreachNo,
    PartRisk,
    RiskNone,
    RiskLow,
    RiskRisk,
    RiskHigh,
    PartAuthority,
    NotifyYes,
    NotifyNo,
    InformController,
    DeadlineLabel,
    DeadlineUnknown,
    EnterAwareness,
    Overdue,
    PartSubjects,
    ShortNotifyYes,
    ShortNotifyNo,
    ShortSubjectsYes,
    ShortSubjectsNo,
    ShortOverdue,
    ShortBy,
    SubjectsYes,
    SubjectsNo,
    SubjectsPublic,
    SubjectsController,
    PartCompetence,
    CompetentBecause,
    AlsoCompetent,
    EnterOrganisation,
    PleaseVerify,
    ContactInList,
}

/// The text of `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> &'static str {
    let (de, en) = texts(key);
    pick(lang, de, en)
}

/// (German, English) for every key.
fn texts(key: Key) -> (&'static str, &'static str) {
    match key {
        Key::AppName => ("Datenpanne-Selbstcheck", "Datenpanne-Selbstcheck"),
        Key::Tagline => (
            "Die ersten Stunden nach einer Datenpanne: melden, benachrichtigen, dokumentieren.",
            "The first hours after a personal data breach: notify, inform, document.",
        ),
        Key::StartIntro => (
            "Beantworten Sie einige Fragen zum Vorfall. Sie erfahren, ob eine Meldung an die Aufsichtsbehörde (Art. 33 DSGVO) und eine Benachrichtigung der Betroffenen (Art. 34 DSGVO) nötig ist, bis wann, bei welcher Behörde – jeweils mit Begründung. Was Sie noch nicht wissen, beantworten Sie mit „noch unklar“.",
            "Answer a few questions about the incident. You learn whether the supervisory authority must be notified (Art. 33 GDPR) and the people affected told (Art. 34 GDPR), by when, and which authority is competent, each with its reasons. Whatever you do not know yet, answer with “not known yet”.",
        ),
        Key::PrivacyPromise => (
            "Ihre Angaben verlassen diesen Browser nicht: keine Übertragung, keine Speicherung auf einem Server.",
            "Your answers never leave this browser: nothing is sent, nothing is stored on a server.",
        ),
        Key::StartButton => ("Selbstcheck starten", "Start the self-check"),
        Key::LanguageSwitch => ("English", "Deutsch"),
        Key::LanguageName => ("Sprache", "Language"),
        Key::Disclaimer => (
            "Eine Entscheidungshilfe, keine Rechtsberatung. Im Zweifel melden Sie und sprechen mit Ihrer oder Ihrem Datenschutzbeauftragten.",
            "A decision aid, not legal advice. When in doubt, notify and talk to your data protection officer.",
        ),
        Key::PresetsTitle => ("Oder mit einem typischen Fall beginnen", "Or begin with a typical case"),
        Key::PresetsIntro => (
            "Ein Beispiel füllt vor, was für diesen Fall typisch ist. Alle Antworten bleiben änderbar.",
            "An example fills in what is typical for the case. Every answer stays editable.",
        ),
        Key::AppLoading => (
            "Der Selbstcheck wird geladen … Es geht gleich weiter.",
            "The self-check is loading … It continues in a moment.",
        ),
        Key::AppFailed => (
            "Der Selbstcheck konnte nicht starten. Bitte laden Sie die Seite neu; hilft das nicht, nutzen Sie einen aktuellen Browser mit JavaScript und WebAssembly.",
            "The self-check could not start. Please reload the page; if that does not help, use a current browser with JavaScript and WebAssembly.",
        ),
        Key::ProgressLabel => ("Fortschritt", "Progress"),
        Key::Back => ("Zurück", "Back"),
        Key::BackToStart => ("Zur Startseite", "To the start page"),
        Key::Next => ("Weiter", "Next"),
        Key::ToSummary => ("Zur Zusammenfassung", "To the summary"),
        Key::Edit => ("Ändern", "Change"),
        Key::BackToSummary => ("Zurück zur Zusammenfassung", "Back to the summary"),
        Key::NextStepsLink => ("Jetzt zu tun: die Liste", "What to do now: the list"),
        Key::NoticeKind(true) => ("Folgemeldung", "Follow-up notification"),
        Key::NoticeKind(false) => ("Erstmeldung", "First notification"),
        Key::StepWho => ("Wer sind Sie?", "Who are you?"),
        Key::StepWhoIntro => (
            "Davon hängen Ihre Pflichten und die zuständige Aufsichtsbehörde ab.",
            "Your duties and the competent supervisory authority depend on this.",
        ),
        Key::StepWhat => ("Was ist passiert?", "What happened?"),
        Key::StepWhatIntro => (
            "Beschreiben Sie den Vorfall so gut, wie Sie ihn jetzt kennen.",
            "Describe the incident as far as you know it now.",
        ),
        Key::StepWhen => ("Wann?", "When?"),
        Key::StepWhenIntro => (
            "Die 72-Stunden-Frist beginnt, sobald Sie von der Panne wissen.",
            "The 72-hour deadline starts as soon as you know of the breach.",
        ),
        Key::StepData => ("Welche Daten, wer ist betroffen?", "Which data, who is affected?"),
        Key::StepDataIntro => (
            "Schätzungen genügen. Art und Menge der Daten bestimmen das Risiko mit.",
            "Estimates are enough. The kind and amount of data shape the risk.",
        ),
        Key::StepProtection => ("Schutz und Eindämmung", "Protection and containment"),
        Key::StepProtectionIntro => (
            "Was die Daten geschützt hat und was Sie schon unternommen haben.",
            "What protected the data and what you have done so far.",
        ),
        Key::StepConsequences => ("Voraussichtliche Folgen", "Likely consequences"),
        Key::StepConsequencesIntro => (
            "Was den betroffenen Personen droht und wie Sie sie informieren.",
            "What the people affected may face and how you inform them.",
        ),
        Key::StepSummary => ("Zusammenfassung", "Summary"),
        Key::StepSummaryIntro => (
            "Zuerst, was jetzt zu tun ist, und die Entwürfe; darunter Ihre Angaben zum Prüfen. Mit „Ändern“ kommen Sie zu jedem Schritt und wieder hierher; nichts geht verloren.",
            "First what to do now, and the drafts; below them your answers to check. “Change” takes you to any step and back here; nothing is lost.",
        ),
        Key::DraftsTitle => ("Jetzt zu tun und Entwürfe", "What to do now, and drafts"),
        Key::NotKnownYet => ("noch unklar", "not known yet"),
        Key::NotGiven => ("keine Angabe", "not given"),
        Key::NoneOfThese => ("keine davon", "none of these"),
        Key::YesNo(true) => ("ja", "yes"),
        Key::YesNo(false) => ("nein", "no"),
        Key::OptionalHint => (
            "Freiwillig; leer lassen, wenn noch unklar.",
            "Optional; leave empty if not known yet.",
        ),
        Key::Now => ("Jetzt", "Now"),
        Key::Clear => ("Leeren", "Clear"),
        Key::DateHint => (
            "Datum und Uhrzeit in Ihrer Ortszeit, z. B. 27.03.2026 10:15.",
            "Date and time in your local time, e.g. 2026-03-27 10:15.",
        ),
        Key::CountHint => (
            "Eine ungefähre Zahl genügt, z. B. 1500.",
            "An approximate number is enough, e.g. 1500.",
        ),
        Key::QRole => ("Wessen Daten sind betroffen?", "Whose data are affected?"),
        Key::QRoleHint => (
            "Eigene Daten: Sie entscheiden, wofür die Daten genutzt werden (Verantwortlicher). Im Auftrag: Eine andere Stelle entscheidet das, Sie arbeiten nach deren Weisung (Auftragsverarbeiter, Art. 28 DSGVO).",
            "Your own data: you decide what the data are used for (controller). On behalf of another: another organisation decides that and you follow its instructions (processor, Art. 28 GDPR).",
        ),
        Key::Role(Role::Controller) => (
            "unsere eigenen Daten (z. B. unserer Patientinnen und Patienten, Kunden, Beschäftigten)",
            "our own data (e.g. of our patients, customers, staff)",
        ),
        Key::Role(Role::Processor) => (
            "Daten, die wir nur im Auftrag einer anderen Stelle verarbeiten (z. B. als IT-Dienstleister, Lohnbüro, Labor)",
            "data we process only on behalf of another organisation (e.g. as an IT service provider, payroll office, laboratory)",
        ),
        Key::QSector => ("Welche Art von Stelle sind Sie?", "What kind of body are you?"),
        Key::Sector(s) => sector(s),
        Key::QSeat => ("Wo hat Ihre Stelle ihren Sitz?", "Where is your organisation based?"),
        Key::QEuEstablishment => (
            "Hat Ihre Stelle eine Hauptniederlassung in der EU oder im EWR?",
            "Does your organisation have a main establishment in the EU or EEA?",
        ),
        Key::QEuEstablishmentHint => (
            "Gemeint ist eine Niederlassung, die über Zwecke und Mittel der Verarbeitung entscheidet. Ein bloßer Vertreter nach Art. 27 DSGVO ist keine.",
            "An establishment that decides on the purposes and means of the processing. A mere representative under Art. 27 GDPR is not one.",
        ),
        Key::EuEstablishmentLabel => ("Staat der Hauptniederlassung", "Country of the main establishment"),
        Key::NoEuEstablishment => ("keine Hauptniederlassung in der EU/im EWR", "no main establishment in the EU/EEA"),
        Key::QRepresentative => (
            "Wer ist Ihr Vertreter in der Union (Art. 27 DSGVO)?",
            "Who is your representative in the Union (Art. 27 GDPR)?",
        ),
        Key::RepresentativeLabel => ("Name und Anschrift des Vertreters", "Name and address of the representative"),
        Key::QSubjectCountries => (
            "In welchen EU-/EWR-Staaten leben die betroffenen Personen?",
            "In which EU/EEA countries do the people affected live?",
        ),
        Key::QSubjectCountriesHint => (
            "Ohne Hauptniederlassung in der Union ist die Aufsicht jedes dieser Staaten zuständig.",
            "Without a main establishment in the Union, the authority of each of these countries is competent.",
        ),
        Key::CountryLabel => ("Staat", "Country"),
        Key::Germany => ("Deutschland", "Germany"),
        Key::LandLabel => ("Bundesland", "German Land (state)"),
        Key::QDiocese => ("Zu welchem Bistum gehört Ihre Stelle?", "Which diocese does your body belong to?"),
        Key::DioceseLabel => ("Bistum", "Diocese"),
        Key::QSpecial => (
            "Gehört Ihre Stelle zu einer dieser besonderen Gruppen?",
            "Does your body belong to one of these special groups?",
        ),
        Key::SpecialLabel => ("Besondere Stelle", "Special body"),
        Key::QContact => (
            "Ihre Organisation und Ansprechperson",
            "Your organisation and contact person",
        ),
        Key::ContactHint => (
            "Nur für die Entwürfe; für das Ergebnis nicht nötig. Alles freiwillig.",
            "Only for the drafts; not needed for the verdict. All optional.",
        ),
        Key::OrgName => ("Name der Organisation", "Name of the organisation"),
        Key::OrgAddress => ("Anschrift", "Address"),
        Key::ContactName => ("Ansprechperson", "Contact person"),
        Key::ContactRole => ("Funktion", "Function"),
        Key::ContactEmail => ("E-Mail", "E-mail"),
        Key::ContactPhone => ("Telefon", "Phone"),
        Key::Dpo => ("Datenschutzbeauftragte(r)", "Data protection officer"),
        Key::DpoHint => ("Name und Kontakt, falls vorhanden.", "Name and contact details, if any."),
        Key::QPersonalData => (
            "Sind personenbezogene Daten betroffen?",
            "Are personal data affected?",
        ),
        Key::QPersonalDataHint => (
            "Alle Angaben, die sich auf eine bestimmte oder bestimmbare Person beziehen, auch E-Mail-Adressen.",
            "Any information relating to an identified or identifiable person, e-mail addresses included.",
        ),
        Key::QIncident => ("Was für ein Vorfall ist es?", "What kind of incident is it?"),
        Key::Incident(t) => incident(t),
        Key::QCause => ("Wie kam es dazu?", "How did it come about?"),
        Key::Cause(c) => cause(c),
        Key::QConfidentiality => (
            "Wer hatte oder hat Zugriff auf die Daten?",
            "Who had or has access to the data?",
        ),
        Key::QConfidentialityHint => (
            "Verletzung der Vertraulichkeit: Unbefugte konnten die Daten sehen.",
            "Breach of confidentiality: unauthorised people could see the data.",
        ),
        Key::Confidentiality(c) => confidentiality(c),
        Key::QIntegrity => ("Wurden Daten verändert?", "Were data altered?"),
        Key::Integrity(i) => integrity(i),
        Key::QAvailability => (
            "Waren oder sind Daten nicht verfügbar?",
            "Were or are data unavailable?",
        ),
        Key::QAvailabilityHint => (
            "Z. B. gelöscht, verschlüsselt, Gerät weg, System ausgefallen.",
            "E.g. deleted, encrypted, device gone, system down.",
        ),
        Key::Availability(a) => availability(a),
        Key::QDescription => ("Beschreibung des Vorfalls", "Description of the incident"),
        Key::QDescriptionHint => (
            "Freiwillig. Dieser Text steht wörtlich in den Entwürfen (Meldung, Schreiben an die Betroffenen, Dokumentation): sachlich und ohne Namen von Betroffenen schreiben.",
            "Optional. This text goes word for word into the drafts (notification, message to the people, record): keep it factual and leave out the names of people affected.",
        ),
        Key::DescriptionLabel => ("Was ist passiert, in Ihren Worten?", "What happened, in your own words?"),
        Key::QAccessed => (
            "Haben Unbefugte die Daten tatsächlich geöffnet oder gesehen?",
            "Did unauthorised people actually open or see the data?",
        ),
        Key::QAccessedHint => (
            "Zugreifen konnten sie; hier geht es darum, was Sie darüber wissen, z. B. aus einem Zugriffsprotokoll oder einer Antwort des Empfängers.",
            "They could; this asks what you know about it, e.g. from an access log or the recipient's reply.",
        ),
        Key::Accessed(true) => (
            "ja, jemand hat nachweislich zugegriffen",
            "yes, someone provably accessed them",
        ),
        Key::Accessed(false) => (
            "nein, nachweislich nicht geöffnet (z. B. laut Protokoll)",
            "no, provably not opened (e.g. according to a log)",
        ),
        Key::AccessedUnclear => (
            "unklar, ob jemand zugegriffen hat",
            "unclear whether anyone accessed them",
        ),
        Key::QSensitiveContext => (
            "Verrät der Absender, der Anlass oder die Liste selbst etwas Heikles über die Personen?",
            "Does the sender, the occasion or the list itself reveal something sensitive about the people?",
        ),
        Key::QSensitiveContextHint => (
            "Z. B. eine Rundmail eines Impfzentrums, einer Therapiepraxis, einer Schuldnerberatung oder einer Selbsthilfegruppe: Schon dass jemand auf der Liste steht, verrät etwas über Gesundheit, Glauben, Sexualleben, Straftaten oder Ähnliches (Art. 9 und 10 DSGVO).",
            "E.g. a group e-mail from a vaccination centre, a therapist, a debt advice service or a self-help group: being on the list alone reveals something about health, religion, sex life, criminal offences or the like (Art. 9 and 10 GDPR).",
        ),
        Key::QAware => (
            "Wann hat jemand in Ihrer Organisation zuerst davon erfahren?",
            "When did anyone in your organisation first learn of it?",
        ),
        Key::QAwareHint => (
            "Auch die Mitarbeiterin, die es bemerkt hat, zählt. Ab dann laufen die 72 Stunden; eine kurze Prüfung schiebt sie nicht hinaus. Nicht der Zeitpunkt, zu dem Sie dies ausfüllen.",
            "The member of staff who noticed it counts too. The 72 hours run from then; a short check does not postpone them. Not the time you fill this in.",
        ),
        Key::AwareLabel => ("Kenntnis seit", "Aware since"),
        Key::QOccurrence => ("Wann ist der Vorfall passiert?", "When did the incident happen?"),
        Key::Occurrence(o) => occurrence(o),
        Key::QOccurredTimes => ("Zeitpunkt oder Zeitraum des Vorfalls", "Time or period of the incident"),
        Key::OccurredAt => ("Zeitpunkt", "Time"),
        Key::OccurredFrom => ("Zeitpunkt (bei einem Zeitraum: Beginn)", "Time (for a period: start)"),
        Key::OccurredTo => ("Ende", "End"),
        Key::QDiscovery => ("Wie wurde die Panne entdeckt?", "How was the breach discovered?"),
        Key::Discovery(d) => discovery(d),
        Key::QDiscoveryDetails => ("Einzelheiten zur Entdeckung", "Details of the discovery"),
        Key::DetailsLabel => ("Wer hat was wann bemerkt?", "Who noticed what, and when?"),
        Key::QData => ("Welche Arten von Daten sind betroffen?", "Which kinds of data are affected?"),
        Key::QDataHint => ("Alles Zutreffende ankreuzen.", "Tick all that apply."),
        Key::Category(c) => category(c),
        Key::DataUnknown => ("Welche Daten genau, ist noch unklar", "Which data exactly is not known yet"),
        Key::QSubjects => (
            "Wie viele Personen sind ungefähr betroffen?",
            "About how many people are affected?",
        ),
        Key::SubjectsLabel => ("Anzahl Personen", "Number of people"),
        Key::QRecords => (
            "Wie viele Dokumente oder Einträge sind ungefähr betroffen?",
            "About how many documents or entries are affected?",
        ),
        Key::RecordsLabel => (
            "Anzahl (z. B. 1 Befund, 420 Lohnabrechnungen)",
            "Number (e.g. 1 report, 420 payslips)",
        ),
        Key::QVulnerable => (
            "Sind besonders schutzbedürftige Personen betroffen?",
            "Are vulnerable people affected?",
        ),
        Key::QVulnerableHint => (
            "Z. B. Kinder, Patientinnen und Patienten, Pflegebedürftige. Beschäftigte nur, wenn die Daten ihnen bei ihrem Arbeitgeber schaden können (z. B. Krankheit, Abmahnung), nicht schon, weil sie angestellt sind.",
            "E.g. children, patients, people in care. Employees only where the data could harm them with their employer (illness, a warning), not merely because they are employed.",
        ),
        Key::QGroups => ("Welche Gruppen von Personen?", "Which groups of people?"),
        Key::GroupsLabel => (
            "Z. B. Kundinnen und Kunden, Beschäftigte, Bürgerinnen und Bürger",
            "E.g. customers, employees, citizens",
        ),
        Key::QCrossBorder => (
            "Sind auch Personen in anderen EU- oder EWR-Staaten betroffen?",
            "Are people in other EU or EEA countries affected too?",
        ),
        Key::QCrossBorderHint => (
            "Z. B. Kundinnen und Kunden in Österreich oder den Niederlanden. Die Meldung fragt danach.",
            "E.g. customers in Austria or the Netherlands. The notification asks for it.",
        ),
        Key::QSpecialDetails => (
            "Welche Gesundheitsdaten oder besonderen Kategorien genau?",
            "Which health data or special categories exactly?",
        ),
        Key::SpecialDetailsLabel => (
            "Z. B. Diagnosen, Röntgenbefunde, Religionszugehörigkeit (Kirchensteuer)",
            "E.g. diagnoses, x-ray reports, religion (church tax)",
        ),
        Key::QUnintelligible => (
            "Waren die Daten verschlüsselt, sodass Unbefugte sie nicht lesen konnten?",
            "Were the data encrypted, so that unauthorised people could not read them?",
        ),
        Key::QUnintelligibleHint => (
            "Ja z. B.: Die Datei war verschlüsselt, und das Passwort hatte der Empfänger nicht. Nein, wenn das Passwort in derselben E-Mail stand oder ebenfalls abhandenkam.",
            "Yes, for example: the file was encrypted and the recipient did not have the password. No if the password was in the same e-mail or was lost too.",
        ),
        Key::QBackup => (
            "Gibt es eine Sicherung, aus der die Daten wiederhergestellt sind oder werden?",
            "Is there a backup from which the data are or will be restored?",
        ),
        Key::QBackupHint => (
            "Wie lange die Wiederherstellung dauert, geben Sie oben bei der Verfügbarkeit an.",
            "How long restoring takes is part of the availability question in step 2.",
        ),
        Key::QContained => (
            "Wurden die Daten zurückgeholt oder sicher gelöscht, bevor sie missbraucht werden konnten?",
            "Were the data retrieved or reliably deleted before they could be misused?",
        ),
        Key::QContainedHint => (
            "Z. B. das Gerät kam zurück oder der Empfänger hat die E-Mail gelöscht. Ob das schriftlich bestätigt ist, fragen wir gleich danach.",
            "E.g. the device came back or the recipient deleted the e-mail. Whether that was confirmed in writing is the next question.",
        ),
        Key::QDeletionConfirmed => (
            "Haben die Empfänger die Rückgabe oder Löschung schriftlich bestätigt?",
            "Did the recipients confirm the return or deletion in writing?",
        ),
        Key::QDeletionConfirmedHint => (
            "Schriftlich, z. B. per E-Mail. Eine Bitte um Löschung ohne Antwort ist keine Bestätigung.",
            "In writing, e.g. by e-mail. A request to delete without a reply is no confirmation.",
        ),
        Key::QMeasuresBefore => (
            "Schutzmaßnahmen vor dem Vorfall",
            "Safeguards in place before the incident",
        ),
        Key::MeasuresBeforeLabel => (
            "Welche technischen und organisatorischen Maßnahmen gab es schon vorher? (z. B. Verschlüsselung, Zugriffsrechte, Vier-Augen-Prinzip, Schulungen)",
            "Which technical and organisational measures were in place before? (e.g. encryption, access rights, four-eyes principle, training)",
        ),
        Key::QProcessorInvolved => (
            "War ein Dienstleister beteiligt, der die Daten in Ihrem Auftrag verarbeitet?",
            "Was a service provider involved that processes the data on your behalf?",
        ),
        Key::QProcessorInvolvedHint => (
            "Z. B. IT-Dienstleister, Rechenzentrum, Lohnbüro oder Versanddienstleister (Auftragsverarbeiter).",
            "E.g. an IT service provider, data centre, payroll office or mailing service (processor).",
        ),
        Key::QProcessorDetails => ("Beteiligter Dienstleister", "Service provider involved"),
        Key::ProcessorDetailsLabel => (
            "Name des Dienstleisters und was er mit dem Vorfall zu tun hat",
            "Name of the service provider and its part in the incident",
        ),
        Key::QNeutralised => (
            "Stellen Ihre Maßnahmen sicher, dass ein hohes Risiko nicht mehr besteht?",
            "Do your measures ensure that a high risk is no longer likely?",
        ),
        Key::QNeutralisedHint => (
            "Z. B. alle betroffenen Karten gesperrt und ersetzt, bevor sie genutzt wurden (Art. 34 Abs. 3 lit. b DSGVO).",
            "E.g. every affected card blocked and replaced before use (Art. 34(3)(b) GDPR).",
        ),
        Key::QMeasuresTaken => ("Ergriffene Maßnahmen", "Measures taken"),
        Key::MeasuresTakenLabel => (
            "Was haben Sie bereits getan, um die Panne zu beheben oder Folgen zu mildern?",
            "What have you done to address the breach or mitigate its effects?",
        ),
        Key::QMeasuresPlanned => ("Geplante Maßnahmen", "Measures planned"),
        Key::MeasuresPlannedLabel => (
            "Was ist geplant, auch damit es nicht wieder passiert?",
            "What is planned, also to prevent a recurrence?",
        ),
        Key::QMisuse => (
            "Gibt es Hinweise, dass die Daten bereits missbraucht wurden?",
            "Is there evidence that the data have already been misused?",
        ),
        Key::QMisuseHint => (
            "Z. B. Betrugsversuche, Phishing-Mails an Betroffene, Veröffentlichung.",
            "E.g. fraud attempts, phishing e-mails to those affected, publication.",
        ),
        Key::QConsequences => ("Mögliche Folgen für die Betroffenen", "Possible consequences for the people"),
        Key::ConsequencesLabel => (
            "Was könnte den Betroffenen schlimmstenfalls passieren?",
            "What could happen to the people affected at worst?",
        ),
        Key::QDisproportionate => (
            "Wäre es unverhältnismäßig aufwendig, jede Person einzeln zu benachrichtigen?",
            "Would telling each person individually take disproportionate effort?",
        ),
        Key::QDisproportionateHint => (
            "Z. B. keine Kontaktdaten vorhanden. Dann ist eine öffentliche Bekanntmachung nötig (Art. 34 Abs. 3 lit. c DSGVO).",
            "E.g. no contact details available. A public communication is then needed (Art. 34(3)(c) GDPR).",
        ),
        Key::QInformed => ("Benachrichtigung der Betroffenen", "Informing the people affected"),
        Key::InformedLabel => (
            "Wurden Betroffene schon informiert? Wie, und mit welchem Text?",
            "Have people been informed already? How, and with which text?",
        ),
        Key::InformedAtLabel => ("Informiert am", "Informed on"),
        Key::QNeverAsk => (
            "Warnung vor Betrugsversuchen",
            "Warning about fraud attempts",
        ),
        Key::QNeverAskHint => (
            "Nur ankreuzen, wenn es stimmt: Dann sagt das Schreiben an die Betroffenen, dass Sie nie per E-Mail oder Telefon danach fragen. Ein Arbeitgeber etwa fragt durchaus nach Bankdaten.",
            "Tick only if it is true: the message to the people then says that you never ask for them by e-mail or phone. An employer, for one, does ask for bank details.",
        ),
        Key::NeverAskLabel => (
            "Wir fragen niemals per E-Mail oder Telefon nach Passwörtern oder Bankdaten",
            "We never ask for passwords or bank details by e-mail or phone",
        ),
        Key::QOtherAuthorities => ("Andere Stellen", "Other bodies"),
        Key::OtherAuthoritiesLabel => (
            "Polizei, BSI/CERT, Versicherung oder andere Stellen informiert?",
            "Police, CERT, insurer or other bodies informed?",
        ),
        Key::QFollowUp => ("Erstmeldung oder Folgemeldung?", "First or follow-up notification?"),
        Key::FollowUpLabel => (
            "Dies ergänzt eine bereits abgegebene Meldung (Folgemeldung)",
            "This completes a notification already made (follow-up)",
        ),
        Key::QFirstNotice => ("Die erste Meldung", "The first notification"),
        Key::FirstNoticeAtLabel => ("Abgegeben am", "Sent on"),
        Key::FirstNoticeReferenceLabel => (
            "Aktenzeichen der Behörde, falls bekannt",
            "The authority's reference, if known",
        ),
        Key::QDelay => ("Gründe für eine Verzögerung", "Reasons for a delay"),
        Key::DelayLabel => (
            "Nur nötig, wenn die 72 Stunden überschritten sind: warum erst jetzt?",
            "Only needed when the 72 hours have passed: why only now?",
        ),
        Key::Field(f) => field(f),
        Key::VerdictTitle => ("Ergebnis", "Verdict"),
        Key::VerdictUpdated => ("Ergebnis aktualisiert:", "Verdict updated:"),
        Key::ShowDetails => ("Details zeigen", "Show details"),
        Key::HideDetails => ("Details ausblenden", "Hide details"),
        Key::Provisional => ("vorläufig", "provisional"),
        Key::ProvisionalText => (
            "Offene Fragen sind vorsichtig beantwortet. Melden Sie im Zweifel fristgerecht und ergänzen Sie später (Art. 33 Abs. 4 DSGVO).",
            "Open questions took the cautious answer. When in doubt, notify in time and complete later (Art. 33(4) GDPR).",
        ),
        Key::ProvisionalSubjectsText => (
            "Offene Fragen können noch ändern, ob die Betroffenen zu benachrichtigen sind; bis dahin gilt die vorsichtige Antwort.",
            "Open questions may still change whether the people must be told; until then the cautious answer stands.",
        ),
        Key::OpenNoChange => (
            "Die offenen Fragen ändern an diesem Ergebnis nichts; für die Entwürfe lohnt es sich, sie zu beantworten.",
            "The open questions do not change this verdict; answering them still helps the drafts.",
        ),
        Key::OpenQuestions => ("Noch offen:", "Still open:"),
        Key::Reasons => ("Begründung", "Reasons"),
        Key::PartBreach => ("Datenpanne?", "Personal data breach?"),
        Key::BreachYes => (
            "Ja, eine Datenpanne (Art. 4 Nr. 12 DSGVO) – intern dokumentieren",
            "Yes, a personal data breach (Art. 4(12) GDPR) – record it internally",
        ),
        Key::BreachNo => ("Keine Datenpanne im Sinne der DSGVO", "Not a personal data breach under the GDPR"),
        Key::PartRisk => ("Risiko für die Betroffenen", "Risk to the people"),
        Key::RiskNone => ("entfällt", "not applicable"),
        Key::RiskLow => (
            "voraussichtlich kein Risiko: dokumentieren, nicht melden",
            "unlikely to result in a risk: record it, no notification",
        ),
        Key::RiskRisk => (
            "Risiko: melden, Benachrichtigung der Personen nicht nötig",
            "a risk: notify, telling the people is not required",
        ),
        Key::RiskHigh => (
            "hohes Risiko: melden und die Personen benachrichtigen",
            "high risk: notify and tell the people",
        ),
        Key::PartAuthority => ("Aufsichtsbehörde (Art. 33 DSGVO)", "Supervisory authority (Art. 33 GDPR)"),
        Key::NotifyYes => ("Meldung an die Aufsichtsbehörde nötig", "Notify the supervisory authority"),
        Key::NotifyNo => ("Keine Meldung an die Aufsichtsbehörde nötig", "No need to notify the supervisory authority"),
        Key::InformController => (
            "Verantwortlichen unverzüglich informieren",
            "Inform the controller without undue delay",
        ),
        Key::DeadlineLabel => ("Frist:", "Deadline:"),
        Key::DeadlineUnknown => (
            "Frist: 72 Stunden ab Kenntnis. Geben Sie an, wann Sie davon erfahren haben, dann erscheint die Uhrzeit.",
            "Deadline: 72 hours from awareness. Give the time you became aware and the clock time appears.",
        ),
        Key::EnterAwareness => ("Zeitpunkt der Kenntnis angeben", "Give the time of awareness"),
        Key::Overdue => (
            "überfällig – Gründe für die Verzögerung angeben",
            "overdue – give the reasons for the delay",
        ),
        Key::ShortNotifyYes => ("Behörde: melden", "Authority: notify"),
        Key::ShortNotifyNo => ("Behörde: keine Meldung", "Authority: no notification"),
        Key::ShortSubjectsYes => ("Betroffene: benachrichtigen", "People: tell them"),
        Key::ShortSubjectsNo => ("Betroffene: keine Pflicht", "People: no duty"),
        Key::ShortOverdue => ("Frist überschritten", "deadline passed"),
        Key::ShortBy => ("bis", "by"),
        Key::PartSubjects => ("Betroffene Personen (Art. 34 DSGVO)", "People affected (Art. 34 GDPR)"),
        Key::SubjectsYes => (
            "Betroffene unverzüglich benachrichtigen",
            "Tell the people affected without undue delay",
        ),
        Key::SubjectsNo => (
            "Keine Pflicht, die Betroffenen zu benachrichtigen",
            "No duty to tell the people affected",
        ),
        Key::SubjectsPublic => (
            "Öffentlich bekannt machen statt einzeln benachrichtigen",
            "Public communication instead of individual messages",
        ),
        Key::SubjectsController => (
            "Entscheidet der Verantwortliche",
            "The controller decides",
        ),
        Key::PartCompetence => ("Zuständige Aufsichtsbehörde", "Competent supervisory authority"),
        Key::CompetentBecause => ("zuständig, weil", "competent because"),
        Key::AlsoCompetent => ("Möglicherweise auch zuständig:", "Possibly also competent:"),
        Key::EnterOrganisation => ("Angaben zur Stelle ergänzen", "Add details of your organisation"),
        Key::ContactInList => (
            "Meldeweg, Anschrift und E-Mail: in der Liste „Jetzt zu tun“ auf der Zusammenfassung.",
            "How to notify, address and e-mail: in the “What to do now” list on the summary.",
        ),
        Key::PleaseVerify => ("bitte vor Nutzung prüfen", "please verify"),
    }
}

fn sector(s: Sector) -> (&'static str, &'static str) {
    match s {
        Sector::Private => (
            "Unternehmen, Verein, Praxis oder andere private Stelle",
            "company, association, practice or other private body",
        ),
        Sector::Public => (
            "Behörde oder öffentliche Stelle eines Landes oder einer Kommune",
            "public body of a Land or a municipality",
        ),
        Sector::FederalPublic => ("öffentliche Stelle des Bundes", "federal public body"),
        Sector::Telecom => ("Telekommunikationsanbieter", "telecommunications provider"),
        Sector::Postal => ("Postdienstleister", "postal service"),
        Sector::ChurchCatholic => (
            "katholische Kirche oder Einrichtung",
            "Catholic church or institution",
        ),
        Sector::ChurchProtestant => (
            "evangelische Kirche oder Einrichtung",
            "Protestant church or institution",
        ),
        Sector::Broadcaster => (
            "öffentlich-rechtlicher Rundfunk",
            "public-service broadcaster",
        ),
    }
}

fn incident(t: IncidentType) -> (&'static str, &'static str) {
    use IncidentType::*;
    match t {
        LostDevice => (
            "Gerät oder Datenträger verloren",
            "device or storage medium lost",
        ),
        StolenDevice => (
            "Gerät oder Datenträger gestohlen",
            "device or storage medium stolen",
        ),
        Hacking => ("Hackerangriff", "hacking attack"),
        Ransomware => ("Ransomware (Verschlüsselungstrojaner)", "ransomware"),
        Phishing => (
            "Phishing, Zugangsdaten abgegriffen",
            "phishing, credentials taken",
        ),
        MisdirectedEmail => (
            "E-Mail an falschen Empfänger",
            "e-mail to the wrong recipient",
        ),
        OpenDistributionList => (
            "E-Mail mit offenem Verteiler (An/CC statt BCC)",
            "e-mail with all recipients visible (To/CC instead of BCC)",
        ),
        MisdirectedLetter => ("Brief an falsche Adresse", "letter to the wrong address"),
        UnintendedPublication => ("versehentlich veröffentlicht", "published by mistake"),
        InternalAccess => (
            "unbefugter Zugriff durch Beschäftigte",
            "unauthorised access by staff",
        ),
        SoftwareBug => ("Softwarefehler", "software bug"),
        Disposal => (
            "Akten oder Geräte falsch entsorgt",
            "files or devices disposed of wrongly",
        ),
        Other => ("etwas anderes", "something else"),
    }
}

fn cause(c: Cause) -> (&'static str, &'static str) {
    match c {
        Cause::ExternalMalicious => (
            "Angriff oder Diebstahl von außen",
            "attack or theft from outside",
        ),
        Cause::InternalMalicious => (
            "absichtliche Handlung von innen",
            "deliberate act by an insider",
        ),
        Cause::Error => ("menschlicher Fehler, Versehen", "human error, mistake"),
        Cause::Technical => (
            "technischer Fehler (Software, Hardware, Stromausfall)",
            "technical failure (software, hardware, power cut)",
        ),
    }
}

fn confidentiality(c: Confidentiality) -> (&'static str, &'static str) {
    use Confidentiality::*;
    match c {
        None => ("niemand Unbefugtes", "nobody unauthorised"),
        TrustedRecipient => (
            "ein vertrauenswürdiger Empfänger, der zur Verschwiegenheit verpflichtet ist (z. B. ein Vertragspartner)",
            "a trusted recipient bound to confidentiality (e.g. a contractor)",
        ),
        Colleagues => (
            "Kolleginnen und Kollegen ohne dienstlichen Bedarf (z. B. Lohnliste für alle im Laufwerk)",
            "colleagues without a business need (e.g. a payroll list open to all staff)",
        ),
        KnownRecipients => (
            "bekannte Empfänger ohne Verschwiegenheitspflicht (z. B. andere Kunden, ein Verteiler)",
            "known recipients without a duty of confidentiality (e.g. other customers, a mailing list)",
        ),
        UnknownRecipients => ("Unbekannte (Täter, Dieb, Finder)", "unknown persons (attacker, thief, finder)"),
        Public => ("die Öffentlichkeit: die Daten waren frei abrufbar", "the public: the data were freely accessible"),
    }
}

fn integrity(i: Integrity) -> (&'static str, &'static str) {
    match i {
        Integrity::None => ("nein", "no"),
        Integrity::Restored => (
            "ja, der richtige Stand ist wiederhergestellt",
            "yes, the correct state has been restored",
        ),
        Integrity::NotRestored => (
            "ja, und der richtige Stand ist nicht wiederhergestellt",
            "yes, and the correct state has not been restored",
        ),
    }
}

fn availability(a: Availability) -> (&'static str, &'static str) {
    match a {
        Availability::None => ("nein", "no"),
        Availability::Brief => (
            "kurz, ohne Folgen für die Betroffenen",
            "briefly, with no effect on the people",
        ),
        Availability::Prolonged => (
            "länger (Tage) oder mit Folgen für die Betroffenen",
            "for longer (days) or with an effect on the people",
        ),
        Availability::Permanent => ("dauerhaft verloren", "lost for good"),
    }
}

fn occurrence(o: Occurrence) -> (&'static str, &'static str) {
    match o {
        Occurrence::Unknown => ("noch unklar", "not known yet"),
        Occurrence::At => ("zu einem Zeitpunkt", "at one moment"),
        Occurrence::Period => ("über einen Zeitraum", "over a period"),
        Occurrence::Ongoing => ("dauert noch an", "still ongoing"),
    }
}

fn discovery(d: Discovery) -> (&'static str, &'static str) {
    use Discovery::*;
    match d {
        OwnDetection => (
            "eigene Überwachung oder Prüfung",
            "own monitoring or checks",
        ),
        Employee => ("Hinweis von Beschäftigten", "a member of staff"),
        Processor => (
            "Meldung des Auftragsverarbeiters",
            "the processor reported it",
        ),
        AffectedPerson => ("Hinweis einer betroffenen Person", "an affected person"),
        ThirdParty => ("Hinweis von Dritten", "a third party"),
        Attacker => (
            "der Angreifer hat sich gemeldet (z. B. Erpressung)",
            "the attacker made contact (e.g. extortion)",
        ),
        Authority => (
            "eine Behörde (z. B. Polizei)",
            "an authority (e.g. the police)",
        ),
        Media => (
            "Medien oder soziale Netzwerke",
            "the media or social networks",
        ),
    }
}

fn category(c: DataCategory) -> (&'static str, &'static str) {
    use DataCategory::*;
    match c {
        Health => (
            "Gesundheitsdaten (Befunde, Röntgenbilder, Diagnosen, Arzttermine)",
            "health data (findings, x-rays, diagnoses, medical appointments)",
        ),
        Contact => (
            "Kontaktdaten (Name, Anschrift, E-Mail, Telefon)",
            "contact data (name, address, e-mail, phone)",
        ),
        Identification => (
            "Identifikationsdaten (Geburtsdatum, Kunden- oder Benutzernummer)",
            "identification data (date of birth, customer or user number)",
        ),
        NationalId => (
            "Ausweis-, Sozialversicherungs- oder Steuernummern",
            "ID card, social security or tax numbers",
        ),
        Financial => (
            "Finanzdaten (Konto, Gehalt, Bonität)",
            "financial data (bank account, salary, creditworthiness)",
        ),
        PaymentCard => ("Zahlungskartendaten", "payment card data"),
        Credentials => (
            "Zugangsdaten (Passwörter, PINs)",
            "credentials (passwords, PINs)",
        ),
        Location => ("Standortdaten", "location data"),
        Behavioural => (
            "Nutzungs- und Verhaltensdaten (Käufe, Vorlieben)",
            "usage and behavioural data (purchases, preferences)",
        ),
        CommunicationContent => ("Inhalte von Nachrichten", "content of communications"),
        Employment => (
            "Beschäftigtendaten (Personalakte, Bewerbung)",
            "employment data (HR files, applications)",
        ),
        SpecialCategory => (
            "andere besondere Kategorien (Religion, Herkunft, Gewerkschaft, Sexualleben u. a., Art. 9 DSGVO)",
            "other special categories (religion, origin, union membership, sex life etc., Art. 9 GDPR)",
        ),
        Criminal => (
            "Daten über Straftaten (Art. 10 DSGVO)",
            "criminal offence data (Art. 10 GDPR)",
        ),
    }
}

fn field(f: Field) -> (&'static str, &'static str) {
    use Field::*;
    match f {
        Role => (
            "eigene Daten oder im Auftrag?",
            "own data or on another's behalf?",
        ),
        Sector => (
            "Art der Stelle (für die zuständige Behörde)",
            "kind of body (for the competent authority)",
        ),
        Land => ("Bundesland", "German Land"),
        PersonalData => (
            "personenbezogene Daten betroffen?",
            "personal data affected?",
        ),
        Confidentiality => ("wer hatte Zugriff?", "who had access?"),
        Integrity => ("Daten verändert?", "data altered?"),
        Availability => ("Daten nicht verfügbar?", "data unavailable?"),
        Cause => ("Ursache", "cause"),
        OccurredFrom => ("Beginn des Vorfalls", "start of the incident"),
        OccurredTo => ("Ende des Vorfalls", "end of the incident"),
        AwareAt => (
            "Zeitpunkt der Kenntnis (für die Frist)",
            "time of awareness (for the deadline)",
        ),
        Data => ("Art der Daten", "kinds of data"),
        Subjects => ("Zahl der Betroffenen", "number of people"),
        Records => ("Zahl der Datensätze", "number of records"),
        Vulnerable => ("schutzbedürftige Personen?", "vulnerable people?"),
        Unintelligible => (
            "Daten unlesbar (Verschlüsselung)?",
            "data unintelligible (encryption)?",
        ),
        Contained => (
            "Daten zurückgeholt oder gelöscht?",
            "data retrieved or deleted?",
        ),
        DeletionConfirmed => (
            "Löschung schriftlich bestätigt?",
            "deletion confirmed in writing?",
        ),
        SensitiveContext => (
            "verrät der Zusammenhang etwas Sensibles?",
            "does the context reveal something sensitive?",
        ),
        CrossBorder => (
            "Betroffene in anderen EU-/EWR-Staaten?",
            "people in other EU/EEA countries?",
        ),
        Neutralised => ("hohes Risiko beseitigt?", "high risk neutralised?"),
        Misuse => ("Missbrauch festgestellt?", "misuse observed?"),
        Disproportionate => (
            "Einzelbenachrichtigung unverhältnismäßig?",
            "individual messages disproportionate?",
        ),
    }
}

/// The EU/EEA countries other than Germany with an authority in the directory:
/// (ISO code as the directory writes it, German name, English name).
pub const COUNTRIES: [(&str, &str, &str); 29] = [
    ("BE", "Belgien", "Belgium"),
    ("BG", "Bulgarien", "Bulgaria"),
    ("DK", "Dänemark", "Denmark"),
    ("EE", "Estland", "Estonia"),
    ("FI", "Finnland", "Finland"),
    ("FR", "Frankreich", "France"),
    ("GR", "Griechenland", "Greece"),
    ("IE", "Irland", "Ireland"),
    ("IS", "Island", "Iceland"),
    ("IT", "Italien", "Italy"),
    ("HR", "Kroatien", "Croatia"),
    ("LV", "Lettland", "Latvia"),
    ("LI", "Liechtenstein", "Liechtenstein"),
    ("LT", "Litauen", "Lithuania"),
    ("LU", "Luxemburg", "Luxembourg"),
    ("MT", "Malta", "Malta"),
    ("NL", "Niederlande", "Netherlands"),
    ("NO", "Norwegen", "Norway"),
    ("AT", "Österreich", "Austria"),
    ("PL", "Polen", "Poland"),
    ("PT", "Portugal", "Portugal"),
    ("RO", "Rumänien", "Romania"),
    ("SE", "Schweden", "Sweden"),
    ("SK", "Slowakei", "Slovakia"),
    ("SI", "Slowenien", "Slovenia"),
    ("ES", "Spanien", "Spain"),
    ("CZ", "Tschechien", "Czechia"),
    ("HU", "Ungarn", "Hungary"),
    ("CY", "Zypern", "Cyprus"),
];

/// Seats outside the EU/EEA the questionnaire offers (the engine resolves any other code too).
pub const OUTSIDE: [(&str, &str, &str); 3] = [
    (
        "CH",
        "Schweiz (außerhalb der EU/des EWR)",
        "Switzerland (outside the EU/EEA)",
    ),
    (
        "GB",
        "Vereinigtes Königreich (außerhalb der EU/des EWR)",
        "United Kingdom (outside the EU/EEA)",
    ),
    (
        "US",
        "Vereinigte Staaten (außerhalb der EU/des EWR)",
        "United States (outside the EU/EEA)",
    ),
];

/// The code of a listed country as a `'static` text (`None`: not in the lists).
pub fn country_code(code: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .chain(OUTSIDE.iter())
        .find(|c| c.0 == code)
        .map(|c| c.0)
}

/// The name of a listed country in `lang`.
pub fn country_name(code: &str, lang: Lang) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .chain(OUTSIDE.iter())
        .find(|c| c.0 == code)
        .map(|c| pick(lang, c.1, c.2))
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

/// A whole number with thousands separators: `1.494` in German, `1,494` in English (one home
/// for it: `domain::display`).
pub use crate::domain::display::group_digits as format_count;

/// "Schritt 2 von 7" / "Step 2 of 7".
pub fn step_of_text(step: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::De => format!("Schritt {step} von {total}"),
        Lang::En => format!("Step {step} of {total}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_countries() {
        assert_eq!(step_of_text(2, 7, Lang::De), "Schritt 2 von 7");
        assert_eq!(step_of_text(7, 7, Lang::En), "Step 7 of 7");
        assert_eq!(country_name("AT", Lang::De), Some("Österreich"));
        assert_eq!(country_name("AT", Lang::En), Some("Austria"));
        assert_eq!(country_code("DE"), None);
        // Every listed country has a lead authority in the directory.
        for (code, _, _) in COUNTRIES {
            let c = crate::domain::authority::Country::from_code(code).unwrap();
            assert!(
                crate::domain::authority::lead_authority(c).is_some(),
                "{code}"
            );
        }
    }

    /// A few texts word for word; that every text exists, non-empty, in both languages is
    /// `tests/texts.rs`.
    #[test]
    fn some_texts_word_for_word() {
        assert_eq!(
            text(Lang::De, Key::Overdue),
            "überfällig – Gründe für die Verzögerung angeben"
        );
        assert_eq!(
            text(Lang::De, Key::PleaseVerify),
            "bitte vor Nutzung prüfen"
        );
        assert_eq!(text(Lang::En, Key::NotKnownYet), "not known yet");
    }
}
