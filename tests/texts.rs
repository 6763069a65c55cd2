//! Every text exists in every language.
//!
//! - The interface: each `=> ("German", "English")` arm of its text tables (`src/ui/i18n.rs` and
//!   the tables of the case menu, the drafts panel, the register and the form aid) has two
//!   non-empty texts, and they differ unless the text is a name.
//! - The engine, which writes its texts inline as `pick(lang, "German", "English")`,
//!   `c.t("German", "English")` or `s("German", "English")`: neither text is empty without the
//!   other, and they differ unless the text is a name.
//!
//! The compiler already refuses a pair with one text missing; these tests also refuse an empty
//! one or a German text copied into the English column.

use std::fs;
use std::path::Path;

/// Texts that are the same in both languages on purpose.
const NAMES: &[&str] = &["Datenpanne-Selbstcheck"];

/// A string literal at the start of `s` (after white space): its text and the rest of `s`.
fn literal(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start().strip_prefix('"')?;
    let mut text = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, escaped)) = chars.next() {
                    text.push(escaped);
                }
            }
            '"' => return Some((text, &s[i + 1..])),
            c => text.push(c),
        }
    }
    None
}

/// Every `=> ("…", "…")` pair of `source`.
fn pairs(source: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("=>") {
        rest = &rest[at + 2..];
        let Some(open) = rest.trim_start().strip_prefix('(') else {
            continue;
        };
        out.extend(pair_then_close(open));
    }
    out
}

/// Two string literals separated by a comma, then (after an optional comma) `)`, at the start of
/// `s`: the pair.
fn pair_then_close(s: &str) -> Option<(String, String)> {
    let (de, after) = literal(s)?;
    let (en, after) = literal(after.trim_start().strip_prefix(',')?)?;
    let after = after.trim_start();
    let after = after.strip_prefix(',').unwrap_or(after);
    after.trim_start().starts_with(')').then_some((de, en))
}

/// The interface's text tables and how many texts each has at least (so that a reader that
/// finds nothing fails).
const TABLES: &[(&str, usize)] = &[
    ("src/ui/i18n.rs", 250),
    ("src/ui/case_menu.rs", 15),
    ("src/ui/drafts.rs", 20),
    ("src/ui/register.rs", 20),
    ("src/ui/form_aid.rs", 4),
];

#[test]
fn every_interface_text_exists_in_german_and_english() {
    let mut problems = Vec::new();
    for (file, at_least) in TABLES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let source = fs::read_to_string(&path).unwrap();
        // The tests at the end of a file quote texts; only the table counts.
        let table = &source[..source.find("#[cfg(test)]").unwrap_or(source.len())];
        let pairs = pairs(table);
        assert!(
            pairs.len() >= *at_least,
            "{file}: the reader found only {} texts",
            pairs.len()
        );
        for (de, en) in &pairs {
            if de.trim().is_empty() || en.trim().is_empty() {
                problems.push(format!("{file}: an empty text: ({de:?}, {en:?})"));
            } else if de == en && !NAMES.contains(&de.as_str()) {
                problems.push(format!("{file}: the same text in both languages: {de:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `pick(lang, "German", "English")`, `c.t("German", "English")` and
/// `s("German", "English")` of `source`: the engine writes its texts inline, as such pairs.
fn inline_pairs(source: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for opener in ["pick(", ".t(", " s(", "(s("] {
        let mut rest = source;
        while let Some(at) = rest.find(opener) {
            rest = &rest[at + opener.len()..];
            let mut args = rest.trim_start();
            if opener == "pick(" {
                // The language comes first: skip it.
                match args.split_once(',') {
                    Some((lang, after)) if !lang.contains('"') && !lang.contains('(') => {
                        args = after;
                    }
                    _ => continue,
                }
            }
            out.extend(pair_then_close(args));
        }
    }
    out
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn every_engine_text_exists_in_german_and_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut found = 0;
    let mut problems = Vec::new();
    for path in rust_files(&root) {
        let source = fs::read_to_string(&path).unwrap();
        // Test modules quote texts on purpose; only the code counts.
        let code = &source[..source.find("#[cfg(test)]").unwrap_or(source.len())];
        for (de, en) in inline_pairs(code) {
            found += 1;
            if de.trim().is_empty() != en.trim().is_empty() {
                problems.push(format!(
                    "{}: one text empty: ({de:?}, {en:?})",
                    path.display()
                ));
            } else if !de.trim().is_empty() && de == en && !NAMES.contains(&de.as_str()) {
                problems.push(format!(
                    "{}: the same text in both languages: {de:?}",
                    path.display()
                ));
            }
        }
    }
    assert!(
        found > 250,
        "the reader found only {found} pairs in the engine"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_reader_finds_pairs_and_sees_empty_or_copied_texts() {
    let source = r#"
        Key::A => ("Ja", "Yes"),
        Key::B => (
            "Sie \"sagen\"",
            "you \"say\"",
        ),
        Key::C => ("", "empty"),
        Key::D => ("gleich", "gleich"),
        Key::E => text(lang, Key::A),
    "#;
    let inline = inline_pairs(
        r#"let a = pick(lang, "Brief", "Letter"); c.t("Ja", ""); x(s("gleich", "gleich"));"#,
    );
    assert_eq!(
        inline,
        [
            ("Brief".into(), "Letter".into()),
            ("Ja".into(), String::new()),
            ("gleich".into(), "gleich".into()),
        ]
    );
    let found = pairs(source);
    assert_eq!(
        found,
        [
            ("Ja".into(), "Yes".into()),
            ("Sie \"sagen\"".into(), "you \"say\"".into()),
            (String::new(), "empty".into()),
            ("gleich".into(), "gleich".into()),
        ]
    );
}
