//! Legal citations as data: which article, recital or guideline paragraph a rule rests on, written
//! the way readers of each language cite it ("Art. 33(1) GDPR" / "Art. 33 Abs. 1 DSGVO"). At the
//! bottom of the engine: imports nothing of it but the language.
//!
//! A [`Citation`] is a list of [`Source`]s, joined by "; ". Its English text is built once and
//! kept, so [`Citation::en`] can hand out a `&'static str` (the form `assess` prints).

use std::sync::OnceLock;

use super::lang::Lang;

/// One article of the GDPR with the paragraph, point and sentence cited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Article {
    pub number: u8,
    /// The paragraph; for Art. 4, the numbered definition.
    pub paragraph: Option<u8>,
    /// The point, a letter: "(a)" / "lit. a".
    pub point: Option<char>,
    pub sentence: Option<u8>,
}

/// Art. `number`, as a whole.
pub const fn art(number: u8) -> Article {
    Article {
        number,
        paragraph: None,
        point: None,
        sentence: None,
    }
}

impl Article {
    /// Paragraph `p` (for Art. 4: definition `p`).
    pub const fn p(self, paragraph: u8) -> Article {
        Article {
            paragraph: Some(paragraph),
            ..self
        }
    }
    /// Point `letter` of the paragraph.
    pub const fn point(self, letter: char) -> Article {
        Article {
            point: Some(letter),
            ..self
        }
    }
    /// Sentence `n` of the paragraph.
    pub const fn sentence(self, n: u8) -> Article {
        Article {
            sentence: Some(n),
            ..self
        }
    }

    fn write(&self, lang: Lang, out: &mut String) {
        out.push_str(&self.number.to_string());
        if let Some(p) = self.paragraph {
            match lang {
                Lang::En => out.push_str(&format!("({p})")),
                // Art. 4 counts its definitions with "Nr.".
                Lang::De if self.number == 4 => out.push_str(&format!(" Nr. {p}")),
                Lang::De => out.push_str(&format!(" Abs. {p}")),
            }
        }
        if let Some(letter) = self.point {
            match lang {
                Lang::En => out.push_str(&format!("({letter})")),
                Lang::De => out.push_str(&format!(" lit. {letter}")),
            }
        }
        if let Some(n) = self.sentence {
            match lang {
                Lang::En => out.push_str(&format!(" sentence {n}")),
                Lang::De => out.push_str(&format!(" Satz {n}")),
            }
        }
    }
}

/// A topic of the EDPB Guidelines 9/2022 cited by its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heading {
    TypeOfBreachAndRecipients,
    IntegrityBreach,
    TypeOfBreach,
    NatureAndSensitivity,
    VolumeOfData,
    SpecialCharacteristics,
    NumberAffected,
    Awareness,
}

impl Heading {
    fn text(self, lang: Lang) -> &'static str {
        use Heading::*;
        let (en, de) = match self {
            TypeOfBreachAndRecipients => (
                "type of breach and recipients",
                "Art der Verletzung und Empfänger",
            ),
            IntegrityBreach => ("integrity breach", "Verletzung der Integrität"),
            TypeOfBreach => ("type of breach", "Art der Verletzung"),
            NatureAndSensitivity => (
                "nature and sensitivity of data",
                "Art und Sensibilität der Daten",
            ),
            VolumeOfData => ("volume of data", "Umfang der Daten"),
            SpecialCharacteristics => (
                "special characteristics of the individual",
                "besondere Merkmale der betroffenen Personen",
            ),
            NumberAffected => (
                "number of affected individuals",
                "Zahl der betroffenen Personen",
            ),
            Awareness => ("awareness", "Kenntnisnahme"),
        };
        match lang {
            Lang::En => en,
            Lang::De => de,
        }
    }
}

/// Where in a set of EDPB guidelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Locus {
    /// A section, by its heading.
    Topic(Heading),
    /// Numbered cases ("cases 06, 10"; one: "case 08").
    Cases(&'static [&'static str]),
    /// A margin number ("para 102").
    Para(u16),
    /// An example of Annex B ("Annex B example x").
    AnnexExample(&'static str),
    /// Items of Annex B ("Annex B (iv, viii)").
    AnnexItems(&'static [&'static str]),
}

/// One source a rule rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Articles of the GDPR / DSGVO.
    Gdpr(&'static [Article]),
    /// Recitals of the GDPR.
    Recitals(&'static [u8]),
    /// EDPB guidelines by number ("9/2022"), and where in them.
    Edpb(&'static str, Locus),
    /// A short paper of the Datenschutzkonferenz by number.
    DskKurzpapier(u8),
    /// ENISA's method for assessing the severity of personal data breaches.
    EnisaSeverity,
}

impl Source {
    fn write(&self, lang: Lang, out: &mut String) {
        // Exhaustive: a third language stops the build here (docs/TEXTS.md).
        let de = match lang {
            Lang::De => true,
            Lang::En => false,
        };
        let list = |items: &[&str]| items.join(", ");
        match self {
            Source::Gdpr(articles) => {
                out.push_str("Art. ");
                for (i, a) in articles.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    a.write(lang, out);
                }
                out.push_str(if de { " DSGVO" } else { " GDPR" });
            }
            Source::Recitals(numbers) => {
                let word = match (de, numbers.len() > 1) {
                    (true, true) => "Erwägungsgründe",
                    (true, false) => "Erwägungsgrund",
                    (false, true) => "Recitals",
                    (false, false) => "Recital",
                };
                let n: Vec<String> = numbers.iter().map(u8::to_string).collect();
                out.push_str(&format!(
                    "{word} {} {}",
                    n.join(", "),
                    if de { "DSGVO" } else { "GDPR" }
                ));
            }
            Source::Edpb(number, locus) => {
                out.push_str(if de {
                    "EDSA-Leitlinien "
                } else {
                    "EDPB Guidelines "
                });
                out.push_str(number);
                let at = match (locus, de) {
                    (Locus::Topic(t), _) => format!(", {}", t.text(lang)),
                    (Locus::Cases([one]), true) => format!(", Fall {one}"),
                    (Locus::Cases(many), true) => format!(", Fälle {}", list(many)),
                    (Locus::Cases([one]), false) => format!(" case {one}"),
                    (Locus::Cases(many), false) => format!(" cases {}", list(many)),
                    (Locus::Para(n), true) => format!(", Rn. {n}"),
                    (Locus::Para(n), false) => format!(" para {n}"),
                    (Locus::AnnexExample(x), true) => format!(", Anhang B, Beispiel {x}"),
                    (Locus::AnnexExample(x), false) => format!(" Annex B example {x}"),
                    (Locus::AnnexItems(items), true) => format!(", Anhang B ({})", list(items)),
                    (Locus::AnnexItems(items), false) => format!(" Annex B ({})", list(items)),
                };
                out.push_str(&at);
            }
            Source::DskKurzpapier(n) => out.push_str(&if de {
                format!("DSK-Kurzpapier Nr. {n}")
            } else {
                format!("DSK Kurzpapier {n}")
            }),
            Source::EnisaSeverity => out.push_str(if de {
                "ENISA-Methode zur Bewertung der Schwere"
            } else {
                "ENISA severity method"
            }),
        }
    }
}

/// The sources of one rule, in the order cited.
#[derive(Debug)]
pub struct Citation {
    sources: &'static [Source],
    en: OnceLock<String>,
}

impl Citation {
    pub const fn new(sources: &'static [Source]) -> Citation {
        Citation {
            sources,
            en: OnceLock::new(),
        }
    }

    pub fn sources(&self) -> &'static [Source] {
        self.sources
    }

    /// The citation as readers of `lang` write it.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        for (i, s) in self.sources.iter().enumerate() {
            if i > 0 {
                out.push_str("; ");
            }
            s.write(lang, &mut out);
        }
        out
    }

    /// The English citation, built once.
    pub fn en(&'static self) -> &'static str {
        self.en.get_or_init(|| self.render(Lang::En))
    }
}

/// `cite!(NAME = source, source, ...)`: a citation as a `static`.
macro_rules! cite {
    ($($name:ident = $($source:expr),+;)*) => {
        $(pub static $name: Citation = Citation::new(&[$($source),+]);)*
    };
}

use Heading::*;
use Locus::*;
use Source::*;

cite! {
    NOT_PERSONAL_DATA = Gdpr(&[art(4).p(1), art(4).p(12)]);
    BREACH = Gdpr(&[art(4).p(12)]);
    DOCUMENT = Gdpr(&[art(33).p(5)]);
    PROCESSOR_DOCUMENTS = Gdpr(&[art(28).p(3).point('f'), art(33).p(2)]);
    RECIPIENTS = Edpb("9/2022", Topic(TypeOfBreachAndRecipients));
    ACCESSED = Gdpr(&[art(4).p(12)]), Edpb("9/2022", Topic(TypeOfBreachAndRecipients));
    NOT_ACCESSED = Gdpr(&[art(33).p(1)]), Edpb("9/2022", Topic(TypeOfBreachAndRecipients));
    RECITAL_85 = Recitals(&[85]);
    UNINTELLIGIBLE = Gdpr(&[art(34).p(3).point('a')]), Edpb("01/2021", Cases(&["06", "10"]));
    CONTAINED = Edpb("01/2021", Cases(&["09", "13"]));
    SENSITIVE_CONTEXT = Gdpr(&[art(9), art(10)]), Edpb("9/2022", AnnexExample("x"));
    INTEGRITY = Edpb("9/2022", Topic(IntegrityBreach));
    TYPE_OF_BREACH = Edpb("9/2022", Topic(TypeOfBreach));
    AVAILABILITY = Edpb("9/2022", AnnexItems(&["iii", "iv", "viii"]));
    NO_RISK = Gdpr(&[art(33).p(1)]);
    DEPENDENCE =
        Edpb("9/2022", AnnexItems(&["iv", "viii"])), Edpb("01/2021", Cases(&["02", "03"]));
    SPECIAL_CATEGORY = Gdpr(&[art(9)]), Edpb("9/2022", Para(102));
    CRIMINAL = Gdpr(&[art(10)]), Edpb("9/2022", Para(102));
    SENSITIVITY = Recitals(&[75]), Edpb("9/2022", Topic(NatureAndSensitivity));
    DELIBERATE = Edpb("01/2021", Cases(&["08"]));
    RECITAL_75 = Recitals(&[75]);
    IDENTITY = Recitals(&[75]), Edpb("01/2021", Cases(&["11"]));
    BROAD_PROFILE = Edpb("9/2022", Topic(VolumeOfData)), EnisaSeverity;
    VULNERABLE = Recitals(&[75]), Edpb("9/2022", Topic(SpecialCharacteristics));
    LARGE_SCALE = Edpb("9/2022", Topic(NumberAffected));
    MANY_EXPOSED = Edpb("9/2022", AnnexExample("x"));
    RISK_MATRIX = Recitals(&[75, 76]), DskKurzpapier(18);
    RECITALS_75_76 = Recitals(&[75, 76]);
    VERDICT = Gdpr(&[art(33).p(1), art(34).p(1)]);
    NOTIFY = Gdpr(&[art(33).p(1)]);
    HIGH_RISK_SOONER = Gdpr(&[art(33).p(1)]), Recitals(&[87]);
    PROCESSOR_INFORMS = Gdpr(&[art(33).p(2)]);
    SUBJECTS = Gdpr(&[art(34).p(1)]);
    EXCEPTION_A = Gdpr(&[art(34).p(3).point('a')]);
    EXCEPTION_B = Gdpr(&[art(34).p(3).point('b')]);
    EXCEPTION_C = Gdpr(&[art(34).p(3).point('c')]);
    LATE = Gdpr(&[art(33).p(1).sentence(2)]);
    AWARENESS = Gdpr(&[art(33).p(1)]), Edpb("9/2022", Topic(Awareness));
    PROVISIONAL = Gdpr(&[art(33).p(4)]), Edpb("01/2021", Para(9));
    PROVISIONAL_SUBJECTS = Gdpr(&[art(34).p(1), art(34).p(4)]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_in_both_languages() {
        let table: [(&'static Citation, &str, &str); 12] = [
            (
                &UNINTELLIGIBLE,
                "Art. 34(3)(a) GDPR; EDPB Guidelines 01/2021 cases 06, 10",
                "Art. 34 Abs. 3 lit. a DSGVO; EDSA-Leitlinien 01/2021, Fälle 06, 10",
            ),
            (
                &NOT_PERSONAL_DATA,
                "Art. 4(1), 4(12) GDPR",
                "Art. 4 Nr. 1, 4 Nr. 12 DSGVO",
            ),
            (
                &LATE,
                "Art. 33(1) sentence 2 GDPR",
                "Art. 33 Abs. 1 Satz 2 DSGVO",
            ),
            (
                &VERDICT,
                "Art. 33(1), 34(1) GDPR",
                "Art. 33 Abs. 1, 34 Abs. 1 DSGVO",
            ),
            (
                &RISK_MATRIX,
                "Recitals 75, 76 GDPR; DSK Kurzpapier 18",
                "Erwägungsgründe 75, 76 DSGVO; DSK-Kurzpapier Nr. 18",
            ),
            (
                &CRIMINAL,
                "Art. 10 GDPR; EDPB Guidelines 9/2022 para 102",
                "Art. 10 DSGVO; EDSA-Leitlinien 9/2022, Rn. 102",
            ),
            (
                &MANY_EXPOSED,
                "EDPB Guidelines 9/2022 Annex B example x",
                "EDSA-Leitlinien 9/2022, Anhang B, Beispiel x",
            ),
            (
                &DEPENDENCE,
                "EDPB Guidelines 9/2022 Annex B (iv, viii); EDPB Guidelines 01/2021 cases 02, 03",
                "EDSA-Leitlinien 9/2022, Anhang B (iv, viii); EDSA-Leitlinien 01/2021, Fälle 02, 03",
            ),
            (
                &DELIBERATE,
                "EDPB Guidelines 01/2021 case 08",
                "EDSA-Leitlinien 01/2021, Fall 08",
            ),
            (
                &AWARENESS,
                "Art. 33(1) GDPR; EDPB Guidelines 9/2022, awareness",
                "Art. 33 Abs. 1 DSGVO; EDSA-Leitlinien 9/2022, Kenntnisnahme",
            ),
            (
                &BROAD_PROFILE,
                "EDPB Guidelines 9/2022, volume of data; ENISA severity method",
                "EDSA-Leitlinien 9/2022, Umfang der Daten; ENISA-Methode zur Bewertung der Schwere",
            ),
            (
                &RECITAL_85,
                "Recital 85 GDPR",
                "Erwägungsgrund 85 DSGVO",
            ),
        ];
        for (c, en, de) in table {
            assert_eq!(c.en(), en);
            assert_eq!(c.render(Lang::En), en);
            assert_eq!(c.render(Lang::De), de, "{en}");
        }
    }
}
