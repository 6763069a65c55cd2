//! Reading `breach-vectors/1` files and printing the engine's results for them.
//!
//! The reader is strict: an unknown key, a value of the wrong type or an impossible value is an
//! error that names the case and the key. It never panics. Used by the `assess` command and the
//! table tests; the app never links it.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::domain::instant::{parse_rfc3339, Instant};
use crate::domain::keys;
use crate::domain::organisation::{Country, Land, Organisation, Sector};
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

/// The `facts` of a case, as the format names them (keys and choices are the serde names).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VectorFacts {
    role: Role,
    personal_data: bool,
    confidentiality: Confidentiality,
    integrity: Integrity,
    availability: Availability,
    malicious: bool,
    data: Categories,
    data_subjects: u64,
    vulnerable_subjects: bool,
    unintelligible: bool,
    contained: bool,
    high_risk_neutralised: bool,
    disproportionate_effort: bool,
    misuse_observed: bool,
    #[serde(default)]
    aware_at: Option<String>,
    #[serde(default)]
    assessed_at: Option<String>,
    #[serde(default)]
    organisation: Option<VectorOrganisation>,
}

/// `facts.organisation`: the three fields of the format.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VectorOrganisation {
    #[serde(default)]
    sector: Option<Sector>,
    #[serde(default)]
    country: Option<Country>,
    #[serde(default)]
    land: Option<Land>,
}

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
}

/// What is wrong with a choice that serde refused: the message lists the keys serde knows.
fn refused_choice<T: DeserializeOwned>(value: &Value) -> String {
    let names = keys::names::<T>().join(", ");
    match value {
        Value::String(s) => format!("unknown value {s:?}; expected one of {names}"),
        _ => format!("must be a string, one of {names}"),
    }
}

/// Why serde refused the fact `key` (`None`: it is missing). `None` when it may be missing.
fn refused_fact(key: &str, value: Option<&Value>) -> Option<String> {
    let optional = matches!(key, "aware_at" | "assessed_at" | "organisation");
    let Some(value) = value else {
        return (!optional).then(|| "is missing".to_string());
    };
    Some(match key {
        "role" => refused_choice::<Role>(value),
        "confidentiality" => refused_choice::<Confidentiality>(value),
        "integrity" => refused_choice::<Integrity>(value),
        "availability" => refused_choice::<Availability>(value),
        "data" => match value {
            Value::Array(items) => match items
                .iter()
                .find(|i| i.as_str().and_then(DataCategory::from_key).is_none())
            {
                Some(item) => format!("unknown data category {item}"),
                None => "must be a list of data categories".into(),
            },
            _ => "must be a list of data categories".into(),
        },
        "data_subjects" => match value {
            Value::Number(n) if n.as_i64().is_some_and(|v| v < 0) => "must not be negative".into(),
            Value::Number(_) => "must be a whole number".into(),
            _ => "must be a whole number ≥ 0".into(),
        },
        "aware_at" | "assessed_at" => "must be an RFC 3339 date-time string".into(),
        "organisation" => "must be a JSON object".into(),
        _ => "must be true or false".into(),
    })
}

/// Why serde refused `organisation.key`.
fn refused_organisation_field(key: &str, value: Option<&Value>) -> String {
    match (key, value) {
        (_, Some(v)) if !v.is_string() => "must be a string".into(),
        ("sector", Some(Value::String(s))) => format!("unknown sector {s:?}"),
        ("country", Some(Value::String(s))) => format!("{s:?} is not an ISO 3166-1 alpha-2 code"),
        ("land", Some(Value::String(s))) => format!("{s:?} is not a German Land code"),
        _ => "is missing".into(),
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
    let known = keys::names::<VectorFacts>();
    if let Some(k) = m.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(cx.err(k, "is not a known fact"));
    }
    for key in known.iter().filter(|k| !m.contains_key(**k)) {
        if let Some(message) = refused_fact(key, None) {
            return Err(cx.err(key, message));
        }
    }
    if let Some(Value::Object(o)) = m.get("organisation") {
        let known = keys::names::<VectorOrganisation>();
        if let Some(k) = o.keys().find(|k| !known.contains(&k.as_str())) {
            return Err(cx.err(&format!("organisation.{k}"), "is not a known field"));
        }
    }
    let f: VectorFacts =
        serde_path_to_error::deserialize(&Value::Object(m.clone())).map_err(|e| {
            let path: Vec<&str> = e
                .path()
                .iter()
                .filter_map(|s| match s {
                    serde_path_to_error::Segment::Map { key } => Some(key.as_str()),
                    _ => None,
                })
                .collect();
            match path.as_slice() {
                ["organisation", field, ..] => {
                    let value = m.get("organisation").and_then(|o| o.get(*field));
                    cx.err(
                        &format!("organisation.{field}"),
                        refused_organisation_field(field, value),
                    )
                }
                [key, ..] => cx.err(
                    key,
                    refused_fact(key, m.get(*key)).unwrap_or_else(|| e.inner().to_string()),
                ),
                [] => cx.err("facts", e.inner().to_string()),
            }
        })?;
    let instant = |key: &str, text: Option<String>| -> Result<Option<Instant>, VectorError> {
        text.map(|t| parse_rfc3339(&t).map_err(|e| cx.err(key, e.to_string())))
            .transpose()
    };
    let aware_at = instant("aware_at", f.aware_at)?;
    let assessed_at = instant("assessed_at", f.assessed_at)?;
    if let (Some(a), Some(n)) = (aware_at, assessed_at) {
        if a > n {
            return Err(cx.err("aware_at", "lies after assessed_at"));
        }
    }
    let organisation = match f.organisation {
        None => None,
        Some(o) => {
            let sector = o
                .sector
                .ok_or_else(|| cx.err("organisation.sector", "is missing"))?;
            if o.land.is_some() && o.country.is_some_and(|c| c != Country::DE) {
                return Err(cx.err("organisation.land", "is only valid with country DE"));
            }
            Some(Organisation::new(sector, o.country, o.land))
        }
    };
    Ok(Facts {
        role: f.role,
        personal_data: f.personal_data,
        confidentiality: f.confidentiality,
        integrity: f.integrity,
        availability: f.availability,
        malicious: f.malicious,
        data: f.data,
        data_subjects: f.data_subjects,
        vulnerable_subjects: f.vulnerable_subjects,
        unintelligible: f.unintelligible,
        // The format has no answer for these: whether anyone opened the data is not known, the
        // number of recipients is not given (read as the number of people), a deletion is not
        // confirmed in writing, and the context reveals nothing beyond the data listed.
        accessed: None,
        recipients: None,
        contained: f.contained,
        deletion_confirmed: false,
        sensitive_context: false,
        high_risk_neutralised: f.high_risk_neutralised,
        disproportionate_effort: f.disproportionate_effort,
        misuse_observed: f.misuse_observed,
        aware_at,
        assessed_at,
        organisation,
    })
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
