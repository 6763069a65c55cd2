//! Reading `breach-vectors/1` files and printing the engine's results for them.
//!
//! The reader is strict: an unknown key, a value of the wrong type or an impossible value is an
//! error that names the case and the key. It never panics. Used by the `assess` command and the
//! table tests; the app never links it.

use std::fmt;

use serde_json::{Map, Value};

use crate::domain::authority::{Country, Land, Organisation, Sector};
use crate::domain::time::{parse_rfc3339, Instant};
use crate::domain::{
    assess, Assessment, Availability, Categories, Confidentiality, DataCategory, Facts, Integrity,
    Role,
};

pub const FORMAT: &str = "breach-vectors/1";

/// One scenario of a vector file.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    pub id: String,
    pub facts: Facts,
    /// The scored outcome, as written in the file (only read by tests).
    pub expected: Map<String, Value>,
}

/// A reason to reject a file, naming where the problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VectorError {
    pub case: Option<String>,
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for VectorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.case, &self.key) {
            (Some(c), Some(k)) => write!(f, "case {c}, key {k}: {}", self.message),
            (Some(c), None) => write!(f, "case {c}: {}", self.message),
            (None, Some(k)) => write!(f, "key {k}: {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for VectorError {}

const FACT_KEYS: [&str; 17] = [
    "role",
    "personal_data",
    "confidentiality",
    "integrity",
    "availability",
    "malicious",
    "data",
    "data_subjects",
    "vulnerable_subjects",
    "unintelligible",
    "contained",
    "high_risk_neutralised",
    "disproportionate_effort",
    "misuse_observed",
    "aware_at",
    "assessed_at",
    "organisation",
];
const OPTIONAL_KEYS: [&str; 3] = ["aware_at", "assessed_at", "organisation"];

struct Ctx<'a> {
    case: &'a str,
}

impl Ctx<'_> {
    fn err(&self, key: &str, message: impl Into<String>) -> VectorError {
        VectorError {
            case: Some(self.case.to_string()),
            key: Some(key.to_string()),
            message: message.into(),
        }
    }

    fn bool(&self, m: &Map<String, Value>, key: &str) -> Result<bool, VectorError> {
        match m.get(key) {
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(self.err(key, "must be true or false")),
            None => Err(self.err(key, "is missing")),
        }
    }

    fn choice<T: Copy>(
        &self,
        m: &Map<String, Value>,
        key: &str,
        options: &[(&str, T)],
    ) -> Result<T, VectorError> {
        let names = || {
            options
                .iter()
                .map(|(n, _)| *n)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match m.get(key) {
            Some(Value::String(s)) => options
                .iter()
                .find(|(n, _)| n == s)
                .map(|(_, v)| *v)
                .ok_or_else(|| {
                    self.err(
                        key,
                        format!("unknown value {s:?}; expected one of {}", names()),
                    )
                }),
            Some(_) => Err(self.err(key, format!("must be a string, one of {}", names()))),
            None => Err(self.err(key, "is missing")),
        }
    }

    fn instant(&self, m: &Map<String, Value>, key: &str) -> Result<Option<Instant>, VectorError> {
        match m.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => parse_rfc3339(s)
                .map(Some)
                .map_err(|e| self.err(key, e.to_string())),
            Some(_) => Err(self.err(key, "must be an RFC 3339 date-time string")),
        }
    }
}

/// Read a whole `breach-vectors/1` document.
pub fn parse_file(text: &str) -> Result<Vec<Case>, VectorError> {
    let top = |message: String| VectorError {
        case: None,
        key: None,
        message,
    };
    let doc: Value = serde_json::from_str(text).map_err(|e| top(format!("not valid JSON: {e}")))?;
    let Value::Object(doc) = doc else {
        return Err(top("the file must hold a JSON object".into()));
    };
    match doc.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => return Err(top(format!("format must be {FORMAT:?}, found {other}"))),
        None => return Err(top(format!("format is missing; expected {FORMAT:?}"))),
    }
    let Some(Value::Array(cases)) = doc.get("cases") else {
        return Err(top("cases must be a list".into()));
    };
    let mut out: Vec<Case> = Vec::with_capacity(cases.len());
    for (index, case) in cases.iter().enumerate() {
        let parsed = parse_case(index, case)?;
        if out.iter().any(|c| c.id == parsed.id) {
            return Err(VectorError {
                case: Some(parsed.id.clone()),
                key: Some("id".into()),
                message: "is used by an earlier case".into(),
            });
        }
        out.push(parsed);
    }
    Ok(out)
}

fn parse_case(index: usize, case: &Value) -> Result<Case, VectorError> {
    let position = format!("#{}", index + 1);
    let Value::Object(case) = case else {
        return Err(VectorError {
            case: Some(position),
            key: None,
            message: "must be a JSON object".into(),
        });
    };
    let id = match case.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        _ => {
            return Err(VectorError {
                case: Some(position),
                key: Some("id".into()),
                message: "must be a non-empty string".into(),
            })
        }
    };
    let cx = Ctx { case: &id };
    let facts = match case.get("facts") {
        Some(Value::Object(m)) => facts_from(&cx, m)?,
        Some(_) => return Err(cx.err("facts", "must be a JSON object")),
        None => return Err(cx.err("facts", "is missing")),
    };
    let expected = match case.get("expected") {
        Some(Value::Object(m)) => m.clone(),
        None => Map::new(),
        Some(_) => return Err(cx.err("expected", "must be a JSON object")),
    };
    Ok(Case {
        id,
        facts,
        expected,
    })
}

/// Read the `facts` object of the case `case_id`.
pub fn parse_facts(case_id: &str, m: &Map<String, Value>) -> Result<Facts, VectorError> {
    facts_from(&Ctx { case: case_id }, m)
}

fn facts_from(cx: &Ctx, m: &Map<String, Value>) -> Result<Facts, VectorError> {
    if let Some(k) = m.keys().find(|k| !FACT_KEYS.contains(&k.as_str())) {
        return Err(cx.err(k, "is not a known fact"));
    }
    if let Some(k) = FACT_KEYS
        .iter()
        .find(|k| !OPTIONAL_KEYS.contains(k) && !m.contains_key(**k))
    {
        return Err(cx.err(k, "is missing"));
    }
    let role = cx.choice(
        m,
        "role",
        &[
            ("controller", Role::Controller),
            ("processor", Role::Processor),
        ],
    )?;
    let confidentiality = cx.choice(
        m,
        "confidentiality",
        &[
            ("none", Confidentiality::None),
            ("trusted_recipient", Confidentiality::TrustedRecipient),
            ("known_recipients", Confidentiality::KnownRecipients),
            ("unknown_recipients", Confidentiality::UnknownRecipients),
            ("public", Confidentiality::Public),
        ],
    )?;
    let integrity = cx.choice(
        m,
        "integrity",
        &[
            ("none", Integrity::None),
            ("restored", Integrity::Restored),
            ("not_restored", Integrity::NotRestored),
        ],
    )?;
    let availability = cx.choice(
        m,
        "availability",
        &[
            ("none", Availability::None),
            ("brief", Availability::Brief),
            ("prolonged", Availability::Prolonged),
            ("permanent", Availability::Permanent),
        ],
    )?;
    let data = match m.get("data") {
        Some(Value::Array(items)) => {
            let mut set = Categories::new();
            for item in items {
                let c = item
                    .as_str()
                    .and_then(DataCategory::from_key)
                    .ok_or_else(|| cx.err("data", format!("unknown data category {item}")))?;
                set.insert(c);
            }
            set
        }
        _ => return Err(cx.err("data", "must be a list of data categories")),
    };
    let data_subjects = match m.get("data_subjects") {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) => v,
            None if n.as_i64().is_some_and(|v| v < 0) => {
                return Err(cx.err("data_subjects", "must not be negative"))
            }
            None => return Err(cx.err("data_subjects", "must be a whole number")),
        },
        _ => return Err(cx.err("data_subjects", "must be a whole number ≥ 0")),
    };
    let aware_at = cx.instant(m, "aware_at")?;
    let assessed_at = cx.instant(m, "assessed_at")?;
    if let (Some(a), Some(n)) = (aware_at, assessed_at) {
        if a > n {
            return Err(cx.err("aware_at", "lies after assessed_at"));
        }
    }
    let organisation = match m.get("organisation") {
        None | Some(Value::Null) => None,
        Some(Value::Object(o)) => Some(parse_organisation(cx, o)?),
        Some(_) => return Err(cx.err("organisation", "must be a JSON object")),
    };
    Ok(Facts {
        role,
        personal_data: cx.bool(m, "personal_data")?,
        confidentiality,
        integrity,
        availability,
        malicious: cx.bool(m, "malicious")?,
        data,
        data_subjects,
        vulnerable_subjects: cx.bool(m, "vulnerable_subjects")?,
        unintelligible: cx.bool(m, "unintelligible")?,
        // The format has no answer for these: whether anyone opened the data is not known, the
        // number of recipients is not given (read as the number of people), a deletion is not
        // confirmed in writing, and the context reveals nothing beyond the data listed.
        accessed: None,
        recipients: None,
        contained: cx.bool(m, "contained")?,
        deletion_confirmed: false,
        sensitive_context: false,
        high_risk_neutralised: cx.bool(m, "high_risk_neutralised")?,
        disproportionate_effort: cx.bool(m, "disproportionate_effort")?,
        misuse_observed: cx.bool(m, "misuse_observed")?,
        aware_at,
        assessed_at,
        organisation,
    })
}

fn parse_organisation(cx: &Ctx, o: &Map<String, Value>) -> Result<Organisation, VectorError> {
    if let Some(k) = o
        .keys()
        .find(|k| !["sector", "country", "land"].contains(&k.as_str()))
    {
        return Err(cx.err(&format!("organisation.{k}"), "is not a known field"));
    }
    let text = |key: &str| -> Result<Option<&str>, VectorError> {
        match o.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(cx.err(&format!("organisation.{key}"), "must be a string")),
        }
    };
    let sector = match text("sector")? {
        Some(s) => Sector::from_key(s)
            .ok_or_else(|| cx.err("organisation.sector", format!("unknown sector {s:?}")))?,
        None => return Err(cx.err("organisation.sector", "is missing")),
    };
    let country = match text("country")? {
        Some(s) => Some(Country::from_code(s).ok_or_else(|| {
            cx.err(
                "organisation.country",
                format!("{s:?} is not an ISO 3166-1 alpha-2 code"),
            )
        })?),
        None => None,
    };
    let land = match text("land")? {
        Some(s) => Some(Land::from_code(s).ok_or_else(|| {
            cx.err(
                "organisation.land",
                format!("{s:?} is not a German Land code"),
            )
        })?),
        None => None,
    };
    if land.is_some() && country.is_some_and(|c| c != Country::DE) {
        return Err(cx.err("organisation.land", "is only valid with country DE"));
    }
    Ok(Organisation::new(sector, country, land))
}

/// The result object of one case, with keys in the order of `FORMAT.md`.
pub fn result_json(id: &str, a: &Assessment) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), Value::from(id));
    m.insert("personal_data_breach".into(), Value::from(a.breach));
    m.insert("document".into(), Value::from(a.document));
    m.insert(
        "risk".into(),
        a.risk.map_or(Value::Null, |r| Value::from(r.key())),
    );
    m.insert("notify_authority".into(), Value::from(a.notify_authority));
    m.insert(
        "notify_subjects".into(),
        Value::from(a.notify_subjects.key()),
    );
    m.insert("notify_controller".into(), Value::from(a.notify_controller));
    m.insert(
        "deadline".into(),
        a.deadline
            .map_or(Value::Null, |d| Value::from(d.to_rfc3339_utc())),
    );
    m.insert("late".into(), a.late.map_or(Value::Null, Value::from));
    let ids = a.authority.ids();
    m.insert(
        "authority".into(),
        match ids.as_slice() {
            [] => Value::Null,
            [one] => Value::from(*one),
            many => Value::from(many.to_vec()),
        },
    );
    m.insert(
        "reasons".into(),
        Value::from(a.reasons.iter().map(|r| r.line()).collect::<Vec<_>>()),
    );
    Value::Object(m)
}

/// Assess every case and render `{"results": [...]}`.
pub fn results_document(cases: &[Case]) -> Value {
    let results = cases
        .iter()
        .map(|c| result_json(&c.id, &assess(&c.facts)))
        .collect::<Vec<_>>();
    let mut m = Map::new();
    m.insert("results".into(), Value::from(results));
    Value::Object(m)
}
