//! Table test: every case of `../shared/cases/public.json` through the engine; every scored key of
//! `expected` must match what `assess` prints for it.

mod common;

use selbstcheck::domain::assess;
use selbstcheck::vectors::{parse_file, result_json};

#[test]
fn every_public_vector_matches_every_scored_key() {
    let cases = parse_file(&common::public_vectors_text()).expect("public.json parses");
    assert!(
        cases.len() >= 20,
        "expected the 20 public cases, got {}",
        cases.len()
    );
    let mut failures = Vec::new();
    let mut scored = 0;
    for case in &cases {
        let got = result_json(&case.id, &assess(&case.facts));
        for (key, want) in &case.expected {
            scored += 1;
            let have = &got[key.as_str()];
            if have != want {
                failures.push(format!("{} {key}: expected {want}, got {have}", case.id));
            }
        }
        // Every result names its reasons, each with a legal basis before the colon.
        let reasons = got["reasons"].as_array().expect("reasons is a list");
        assert!(!reasons.is_empty(), "{} has no reasons", case.id);
        for r in reasons {
            let line = r.as_str().unwrap();
            assert!(
                line.contains(": "),
                "{}: reason without basis: {line}",
                case.id
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {scored} scored values differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn results_hold_every_key_of_the_format() {
    let cases = parse_file(&common::public_vectors_text()).unwrap();
    let keys = [
        "id",
        "personal_data_breach",
        "document",
        "risk",
        "notify_authority",
        "notify_subjects",
        "notify_controller",
        "deadline",
        "late",
        "authority",
        "reasons",
    ];
    for case in &cases {
        let got = result_json(&case.id, &assess(&case.facts));
        let obj = got.as_object().unwrap();
        let names: Vec<&str> = obj.keys().map(String::as_str).collect();
        assert_eq!(names, keys, "{}", case.id);
    }
}

/// Reasons that the format itself gives as examples appear where they apply.
#[test]
fn unintelligible_data_cites_art_34_3_a() {
    let cases = parse_file(&common::public_vectors_text()).unwrap();
    let case = cases.iter().find(|c| c.id == "pub-04").unwrap();
    let got = result_json(&case.id, &assess(&case.facts));
    let reasons = got["reasons"].as_array().unwrap();
    assert!(
        reasons
            .iter()
            .any(|r| r.as_str().unwrap().starts_with("Art. 34(3)(a)")),
        "{reasons:?}"
    );
}
