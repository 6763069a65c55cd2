//! Help with an authority's online form: the notification draft cut into the pieces a web form
//! asks for one by one, in the order of the draft's sections, each to be copied on its own.
//!
//! Most German authorities take notifications through a web form with one field per question.
//! [`fields`] turns the notification [`Document`] into one [`Field`] per labelled row, and one per
//! paragraph or list under its section heading; a field whose text still holds the "not known
//! yet" placeholder is marked open, so the user sees what is missing before sending.

use super::drafts::format;
use super::drafts::{Block, Document};

/// One piece to copy into the authority's form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The heading of the draft's section it belongs to.
    pub section: String,
    /// What the form asks (the row's label, or the section heading for running text).
    pub label: String,
    /// The text to copy, exactly as the draft has it.
    pub value: String,
    /// The text still holds the placeholder for an open answer.
    pub open: bool,
}

/// The fields of a notification draft, in the order of its sections. The letter's address and
/// closing lines (sections without a heading) are not form fields and are left out.
pub fn fields(doc: &Document) -> Vec<Field> {
    let placeholder = format::open(doc.lang);
    let mut out = Vec::new();
    for section in doc.sections.iter().filter(|s| !s.heading.trim().is_empty()) {
        let mut push = |label: &str, value: String| {
            out.push(Field {
                section: section.heading.clone(),
                label: label.to_string(),
                open: value.contains(placeholder),
                value,
            });
        };
        for block in &section.blocks {
            match block {
                Block::Rows(rows) => {
                    for row in rows {
                        push(&row.label, row.value.clone());
                    }
                }
                Block::Para(text) => push(&section.heading, text.clone()),
                Block::List(items) => push(
                    &section.heading,
                    items
                        .iter()
                        .map(|i| format!("- {i}"))
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
            }
        }
    }
    out
}

/// How many fields are still open.
pub fn open_count(fields: &[Field]) -> usize {
    fields.iter().filter(|f| f.open).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::FixedZone;
    use crate::domain::drafts::{build, DocKind};
    use crate::domain::presets::Preset;
    use crate::domain::time::parse_rfc3339;
    use crate::domain::Lang;

    #[test]
    fn every_row_of_the_notification_becomes_a_field_in_order_and_open_ones_are_marked() {
        let now = parse_rfc3339("2026-11-23T12:00:00+01:00").unwrap();
        let answers = crate::domain::answers::Answers {
            org_name: "Kreisverwaltung Beispiel".into(),
            ..Preset::OpenRecipients.answers()
        };
        let derived = answers.to_facts(now, &FixedZone(60));
        let assessment = derived.assess();
        let doc = build(
            DocKind::Authority,
            &answers,
            &derived,
            &assessment,
            Lang::De,
            now,
            60,
        );
        let f = fields(&doc);
        let rows: usize = doc
            .sections
            .iter()
            .filter(|s| !s.heading.trim().is_empty())
            .flat_map(|s| &s.blocks)
            .map(|b| match b {
                Block::Rows(r) => r.len(),
                _ => 1,
            })
            .sum();
        assert_eq!(f.len(), rows);
        // Sections come in the draft's order.
        let mut headings: Vec<&str> = f.iter().map(|x| x.section.as_str()).collect();
        headings.dedup();
        let drafted: Vec<&str> = doc
            .sections
            .iter()
            .filter(|s| !s.heading.trim().is_empty() && !s.blocks.is_empty())
            .map(|s| s.heading.as_str())
            .collect();
        assert_eq!(headings, drafted);
        assert!(f
            .iter()
            .any(|x| x.value.contains("Kreisverwaltung Beispiel") && !x.open));
        // The preset leaves who, when and how many open: those fields are marked.
        assert!(open_count(&f) > 0);
        assert!(f
            .iter()
            .filter(|x| x.open)
            .all(|x| x.value.contains("[noch offen]")));
    }
}
