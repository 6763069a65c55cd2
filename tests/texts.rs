//! Every text of the interface exists in every language: each `=> ("German", "English")` arm of
//! the interface's text tables (`src/ui/i18n.rs` and the tables of the case menu, the drafts
//! panel, the register and the form aid) has two non-empty texts, and they differ unless the
//! text is a name. The
//! compiler already refuses an arm with one text missing; this test also refuses an empty one or
//! a German text copied into the English column.

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
        let Some((de, after)) = literal(open) else {
            continue;
        };
        let Some(after) = after.trim_start().strip_prefix(',') else {
            continue;
        };
        let Some((en, after)) = literal(after) else {
            continue;
        };
        let after = after.trim_start();
        let after = after.strip_prefix(',').unwrap_or(after);
        if after.trim_start().starts_with(')') {
            out.push((de, en));
        }
    }
    out
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
