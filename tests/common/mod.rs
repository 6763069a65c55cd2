//! Shared helpers for the native integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/cases/public.json`, next to the repository, as the project guide lays it out.
pub fn public_vectors_path() -> PathBuf {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/cases/public.json");
    assert!(
        p.exists(),
        "the public test vectors are missing: expected {} (the shared/ folder beside the repository)",
        p.display()
    );
    p
}

pub fn public_vectors_text() -> String {
    std::fs::read_to_string(public_vectors_path()).expect("public.json is readable")
}
