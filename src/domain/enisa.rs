//! The ENISA severity figure (ENISA, "Recommendations for a methodology of the assessment of
//! severity of personal data breaches", v1.0, 2013): SE = DPC × EI + CB.
//!
//! A supporting figure only. ENISA scores severity, not likelihood, and does not map its levels to
//! Art. 33/34 duties, so it never decides the legal verdict. All arithmetic is in quarters so that
//! the bands are exact.

use super::facts::{Availability, Confidentiality, DataCategory, Facts, Integrity};

/// ENISA severity bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Low,
    Medium,
    High,
    VeryHigh,
}

impl Severity {
    pub fn key(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::VeryHigh => "very high",
        }
    }
}

/// The figure with every input shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Enisa {
    /// Data processing context, 1–4.
    pub dpc: u8,
    /// Ease of identification in quarters (1 = 0.25 … 4 = 1.0).
    pub ei_quarters: u8,
    /// Circumstances of the breach in quarters (0 … 8 = 2.0), by element.
    pub cb_confidentiality: u8,
    pub cb_integrity: u8,
    pub cb_availability: u8,
    pub cb_malicious: u8,
    /// SE in sixteenths would be exact, but DPC × EI is in quarters: SE = `se_quarters / 4`.
    pub se_quarters: u8,
    pub band: Severity,
}

impl Enisa {
    pub fn cb_quarters(&self) -> u8 {
        self.cb_confidentiality + self.cb_integrity + self.cb_availability + self.cb_malicious
    }
}

/// Format quarters as a decimal, e.g. 13 → "3.25".
pub fn quarters(q: u8) -> String {
    let frac = match q % 4 {
        0 => "",
        1 => ".25",
        2 => ".5",
        _ => ".75",
    };
    format!("{}{}", q / 4, frac)
}

/// DPC: base score of the most sensitive category (simple 1, behavioural 2, financial 3,
/// sensitive 4), raised one step for vulnerable people (special characteristics of the
/// individuals) and for three or more kinds of data about a person (volume of data).
pub fn dpc(f: &Facts) -> u8 {
    use DataCategory::*;
    let base = f
        .data
        .iter()
        .map(|c| match c {
            Contact | Identification | Employment => 1,
            Behavioural | Location | CommunicationContent => 2,
            Financial | PaymentCard | NationalId | Credentials => 3,
            Health | SpecialCategory | Criminal => 4,
        })
        .max()
        .unwrap_or(1);
    let raised = base + u8::from(f.vulnerable_subjects) + u8::from(f.data.len() >= 3);
    raised.min(4)
}

/// EI in quarters: directly identifying data (names with identifiers, ID numbers) 1.0;
/// names or identifiers alone 0.75; otherwise 0.5. Unintelligible data: 0.25.
pub fn ei_quarters(f: &Facts) -> u8 {
    if f.unintelligible {
        return 1;
    }
    let has = |c| f.data.contains(c);
    if has(DataCategory::NationalId)
        || (has(DataCategory::Contact) && has(DataCategory::Identification))
    {
        4
    } else if has(DataCategory::Contact) || has(DataCategory::Identification) {
        3
    } else {
        2
    }
}

/// The ENISA figure for these facts.
pub fn severity(f: &Facts) -> Enisa {
    let dpc = dpc(f);
    let ei = ei_quarters(f);
    let cb_confidentiality = match f.confidentiality {
        Confidentiality::None | Confidentiality::TrustedRecipient => 0,
        Confidentiality::Colleagues | Confidentiality::KnownRecipients => 1,
        Confidentiality::UnknownRecipients | Confidentiality::Public => 2,
    };
    let cb_integrity = match f.integrity {
        Integrity::None => 0,
        Integrity::Restored => 1,
        Integrity::NotRestored => 2,
    };
    let cb_availability = match f.availability {
        Availability::None | Availability::Brief => 0,
        Availability::Prolonged => 1,
        Availability::Permanent => 2,
    };
    let cb_malicious = if f.malicious { 2 } else { 0 };
    let cb = cb_confidentiality + cb_integrity + cb_availability + cb_malicious;
    let se = dpc * ei + cb;
    let band = match se {
        0..=7 => Severity::Low,
        8..=11 => Severity::Medium,
        12..=15 => Severity::High,
        _ => Severity::VeryHigh,
    };
    Enisa {
        dpc,
        ei_quarters: ei,
        cb_confidentiality,
        cb_integrity,
        cb_availability,
        cb_malicious,
        se_quarters: se,
        band,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::facts::Categories;

    #[test]
    fn formula_and_bands() {
        // (categories, vulnerable, confidentiality, malicious) → (DPC, EI, SE, band)
        let rows = [
            (
                vec![DataCategory::Contact],
                false,
                Confidentiality::KnownRecipients,
                false,
                1,
                3,
                "1",
                Severity::Low,
            ),
            (
                vec![DataCategory::Contact, DataCategory::Financial],
                false,
                Confidentiality::UnknownRecipients,
                true,
                3,
                3,
                "3.25",
                Severity::High,
            ),
            (
                vec![DataCategory::SpecialCategory, DataCategory::Contact],
                true,
                Confidentiality::KnownRecipients,
                false,
                4,
                3,
                "3.25",
                Severity::High,
            ),
            (
                vec![
                    DataCategory::Contact,
                    DataCategory::Identification,
                    DataCategory::NationalId,
                ],
                false,
                Confidentiality::Public,
                true,
                4,
                4,
                "5",
                Severity::VeryHigh,
            ),
            (
                vec![DataCategory::Behavioural],
                false,
                Confidentiality::None,
                false,
                2,
                2,
                "1",
                Severity::Low,
            ),
        ];
        for (cats, vulnerable, conf, malicious, dpc, ei, se, band) in rows {
            let f = Facts {
                personal_data: true,
                data: cats.iter().copied().collect::<Categories>(),
                vulnerable_subjects: vulnerable,
                confidentiality: conf,
                malicious,
                ..Facts::default()
            };
            let e = severity(&f);
            assert_eq!(
                (
                    e.dpc,
                    e.ei_quarters,
                    quarters(e.se_quarters).as_str(),
                    e.band
                ),
                (dpc, ei, se, band),
                "{cats:?}"
            );
        }
    }

    #[test]
    fn quarter_formatting() {
        assert_eq!(quarters(0), "0");
        assert_eq!(quarters(9), "2.25");
        assert_eq!(quarters(10), "2.5");
        assert_eq!(quarters(15), "3.75");
    }
}
