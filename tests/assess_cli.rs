//! The `assess` command: prints what the engine decides for a vector file, and rejects bad files
//! with a message naming the case and the key, a non-zero exit, and no panic.

mod common;

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .output()
        .expect("assess runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn with_file(content: &str) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("assess-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{:x}.json", fxhash(content)));
    std::fs::write(&path, content).unwrap();
    let r = run(&[path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    r
}

fn fxhash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

#[test]
fn prints_the_engine_results_for_the_public_vectors() {
    let path = common::public_vectors_path();
    let (code, stdout, stderr) = run(&[path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("stdout is JSON");
    let results = doc["results"].as_array().expect("results list");
    let cases = selbstcheck::vectors::parse_file(&common::public_vectors_text()).unwrap();
    assert_eq!(results.len(), cases.len());
    for (r, c) in results.iter().zip(&cases) {
        assert_eq!(r["id"], c.id.as_str(), "input order is kept");
        for (k, v) in &c.expected {
            assert_eq!(&r[k.as_str()], v, "{} {k}", c.id);
        }
    }
}

const GOOD_FACTS: &str = r#""role": "controller", "personal_data": true, "confidentiality": "known_recipients",
 "integrity": "none", "availability": "none", "malicious": false, "data": ["contact"],
 "data_subjects": 10, "vulnerable_subjects": false, "unintelligible": false, "contained": false,
 "high_risk_neutralised": false, "disproportionate_effort": false, "misuse_observed": false"#;

fn doc(facts: &str) -> String {
    format!(
        r#"{{"format": "breach-vectors/1", "cases": [{{"id": "bad-1", "facts": {{{facts}}}, "expected": {{}}}}]}}"#
    )
}

#[test]
fn a_good_minimal_file_passes() {
    let (code, stdout, stderr) = with_file(&doc(GOOD_FACTS));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\"bad-1\""));
}

#[test]
fn rejects_bad_input_naming_case_and_key() {
    let rows: Vec<(String, &str)> = vec![
        (doc(&format!("{GOOD_FACTS}, \"colour\": \"red\"")), "case bad-1, key colour: is not a known fact"),
        (doc(&GOOD_FACTS.replace("\"data\": [\"contact\"],", "")), "case bad-1, key data: is missing"),
        (doc(&GOOD_FACTS.replace("\"data_subjects\": 10", "\"data_subjects\": -3")), "case bad-1, key data_subjects: must not be negative"),
        (doc(&GOOD_FACTS.replace("\"data_subjects\": 10", "\"data_subjects\": 2.5")), "case bad-1, key data_subjects: must be a whole number"),
        (doc(&GOOD_FACTS.replace("\"data_subjects\": 10", "\"data_subjects\": \"10\"")), "case bad-1, key data_subjects: must be a whole number ≥ 0"),
        (doc(&GOOD_FACTS.replace("\"malicious\": false", "\"malicious\": \"no\"")), "case bad-1, key malicious: must be true or false"),
        (doc(&GOOD_FACTS.replace("known_recipients", "everyone")), "case bad-1, key confidentiality: unknown value \"everyone\"; expected one of none, trusted_recipient, colleagues, known_recipients, unknown_recipients, public"),
        (doc(&GOOD_FACTS.replace("[\"contact\"]", "[\"contact\", \"shoe_size\"]")), "case bad-1, key data: unknown data category \"shoe_size\""),
        (doc(&GOOD_FACTS.replace("[\"contact\"]", "\"contact\"")), "case bad-1, key data: must be a list of data categories"),
        (doc(&format!("{GOOD_FACTS}, \"aware_at\": \"2026-05-02T10:00:00+02:00\", \"assessed_at\": \"2026-05-01T10:00:00+02:00\"")), "case bad-1, key aware_at: lies after assessed_at"),
        (doc(&format!("{GOOD_FACTS}, \"aware_at\": \"2026-05-02 10:00\"")), "case bad-1, key aware_at: expected an RFC 3339 date-time with offset, e.g. 2026-03-27T10:15:00+01:00"),
        (doc(&format!("{GOOD_FACTS}, \"aware_at\": \"2026-02-30T10:00:00Z\"")), "case bad-1, key aware_at: a date or time field is out of range"),
        (doc(&format!("{GOOD_FACTS}, \"organisation\": {{\"sector\": \"guild\"}}")), "case bad-1, key organisation.sector: unknown sector \"guild\""),
        (doc(&format!("{GOOD_FACTS}, \"organisation\": {{\"sector\": \"private\", \"country\": \"DE\", \"land\": \"XX\"}}")), "case bad-1, key organisation.land: \"XX\" is not a German Land code"),
        (doc(&format!("{GOOD_FACTS}, \"organisation\": {{\"sector\": \"private\", \"country\": \"germany\"}}")), "case bad-1, key organisation.country: \"germany\" is not an ISO 3166-1 alpha-2 code"),
        (doc(&format!("{GOOD_FACTS}, \"organisation\": {{\"sector\": \"private\", \"city\": \"Bonn\"}}")), "case bad-1, key organisation.city: is not a known field"),
        (doc(&GOOD_FACTS.replace("\"role\": \"controller\"", "\"role\": 1")), "case bad-1, key role: must be a string, one of controller, processor"),
        (r#"{"format": "breach-vectors/2", "cases": []}"#.to_string(), "format must be \"breach-vectors/1\", found \"breach-vectors/2\""),
        (r#"{"cases": []}"#.to_string(), "format is missing; expected \"breach-vectors/1\""),
        ("{\"format\": \"breach-vectors/1\", \"cases\": [{\"facts\": {}}]}".to_string(), "case #1, key id: must be a non-empty string"),
        ("not json".to_string(), "not valid JSON"),
        (format!(r#"{{"format": "breach-vectors/1", "cases": [{{"id": "a", "facts": {{{GOOD_FACTS}}}}}, {{"id": "a", "facts": {{{GOOD_FACTS}}}}}]}}"#), "case a, key id: is used by an earlier case"),
    ];
    for (content, message) in rows {
        let (code, stdout, stderr) = with_file(&content);
        assert_eq!(code, 1, "expected rejection for {message}; stdout {stdout}");
        assert!(
            stderr.contains(message),
            "expected {message:?} in {stderr:?}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            stdout.is_empty(),
            "nothing printed on stdout for a rejected file"
        );
    }
}

#[test]
fn usage_and_io_errors_exit_2() {
    let (code, _, stderr) = run(&[]);
    assert_eq!((code, stderr.trim()), (2, "usage: assess FILE"));
    let (code, _, stderr) = run(&["/nonexistent/file.json"]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("assess: cannot read /nonexistent/file.json"),
        "{stderr}"
    );
}
