//! Which supervisory authority is competent, and the directory of authorities.
//!
//! The directory is `data/authorities.json`, validated and compiled in by `build.rs`. The rules
//! follow `shared/reference/authorities_de.md` section 1, in order; the first that applies wins.
//! See `docs/AUTHORITIES.md`.
//!
//! Three concerns, one module each, none importing the next one up: the directory
//! ([`directory`]: the authorities, their contact details, which authority an organisation's
//! Land, diocese or country points to), the decision with its texts ([`decision`]), and the
//! competence rules ([`rules`]).

pub mod decision;
pub mod directory;
pub mod rules;

pub use super::organisation::{
    Country, Diocese, EuRegion, Land, Organisation, Sector, SpecialBody,
};
pub use decision::{AuthorityDecision, Missing, Text};
pub use directory::{all, authority, lead_authority, Authority, Confidence, Contact, Kind};
pub use rules::competent_authority;
