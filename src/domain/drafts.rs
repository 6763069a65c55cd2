//! Printable drafts built from the answers and the assessment (issue #5).
