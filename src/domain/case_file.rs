//! The saved-case file format: export and import of all answers (issue #6).
