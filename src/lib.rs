//! Datenpanne-Selbstcheck: a client-only self-check after a personal data breach.
//!
//! - [`domain`]: the decision engine, pure Rust (facts in, assessment out).
//! - [`vectors`]: the `breach-vectors/1` reader used by the `assess` command and the tests.
//! - [`ui`]: Leptos components; they read and write state and render, they do not decide.

pub mod domain;
pub mod ui;
pub mod vectors;

pub use ui::App;
