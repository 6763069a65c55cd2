//! Scenario presets that prefill the answers (issue #4).
