//! Who the controller is, as far as competence depends on it: sector, seat, Land, diocese and
//! the bodies with a rule of their own. A fact about the incident, not a competence rule (those are
//! in [`super::authority`]). At the bottom of the engine: imports nothing of it.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use super::keys::keyed;
use super::lang::Lang;

/// What kind of body the controller is (`organisation.sector` in `FORMAT.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    #[default]
    Private,
    Public,
    FederalPublic,
    Telecom,
    Postal,
    ChurchCatholic,
    ChurchProtestant,
    Broadcaster,
}

impl Sector {
    pub const ALL: [Sector; 8] = [
        Sector::Private,
        Sector::Public,
        Sector::FederalPublic,
        Sector::Telecom,
        Sector::Postal,
        Sector::ChurchCatholic,
        Sector::ChurchProtestant,
        Sector::Broadcaster,
    ];
}

/// The 16 German Länder, by their ISO 3166-2:DE suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Land {
    BW,
    BY,
    BE,
    BB,
    HB,
    HH,
    HE,
    MV,
    NI,
    NW,
    RP,
    SL,
    SN,
    ST,
    SH,
    TH,
}

impl Land {
    pub const ALL: [Land; 16] = [
        Land::BW,
        Land::BY,
        Land::BE,
        Land::BB,
        Land::HB,
        Land::HH,
        Land::HE,
        Land::MV,
        Land::NI,
        Land::NW,
        Land::RP,
        Land::SL,
        Land::SN,
        Land::ST,
        Land::SH,
        Land::TH,
    ];
    /// The ISO 3166-2:DE suffix ("NW"): the key in files.
    pub fn code(self) -> &'static str {
        self.key()
    }
    pub fn from_code(code: &str) -> Option<Land> {
        Land::from_key(code)
    }
    /// The German name of the Land.
    pub fn name(self) -> &'static str {
        match self {
            Land::BW => "Baden-Württemberg",
            Land::BY => "Bayern",
            Land::BE => "Berlin",
            Land::BB => "Brandenburg",
            Land::HB => "Bremen",
            Land::HH => "Hamburg",
            Land::HE => "Hessen",
            Land::MV => "Mecklenburg-Vorpommern",
            Land::NI => "Niedersachsen",
            Land::NW => "Nordrhein-Westfalen",
            Land::RP => "Rheinland-Pfalz",
            Land::SL => "Saarland",
            Land::SN => "Sachsen",
            Land::ST => "Sachsen-Anhalt",
            Land::SH => "Schleswig-Holstein",
            Land::TH => "Thüringen",
        }
    }
}

/// An ISO 3166-1 alpha-2 country code, upper case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country([u8; 2]);

impl Country {
    pub const DE: Country = Country(*b"DE");
    pub fn from_code(code: &str) -> Option<Country> {
        match code.as_bytes() {
            [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Some(Country([*a, *b])),
            _ => None,
        }
    }
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

/// A Catholic (arch)diocese or jurisdiction with its own KDG supervision
/// (`authorities_de.md` section 1.1, after datenanfragen `kathbay`, `kathnrw`, `kathmsw`,
/// `kathnd`, `kathod`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Diocese {
    Augsburg,
    Bamberg,
    Eichstaett,
    MuenchenFreising,
    Passau,
    Regensburg,
    Wuerzburg,
    Aachen,
    Essen,
    Koeln,
    /// The NRW part of the diocese of Münster (the Lower Saxony part is the Offizialat Vechta).
    Muenster,
    Paderborn,
    Freiburg,
    Fulda,
    Limburg,
    Mainz,
    RottenburgStuttgart,
    Speyer,
    Trier,
    Hamburg,
    Hildesheim,
    Osnabrueck,
    OffizialatVechta,
    Berlin,
    DresdenMeissen,
    Erfurt,
    Goerlitz,
    Magdeburg,
    /// The Catholic military chaplaincy (Katholisches Militärbischofsamt).
    Militaerbischof,
}

impl Diocese {
    pub const ALL: [Diocese; 29] = [
        Diocese::Augsburg,
        Diocese::Bamberg,
        Diocese::Eichstaett,
        Diocese::MuenchenFreising,
        Diocese::Passau,
        Diocese::Regensburg,
        Diocese::Wuerzburg,
        Diocese::Aachen,
        Diocese::Essen,
        Diocese::Koeln,
        Diocese::Muenster,
        Diocese::Paderborn,
        Diocese::Freiburg,
        Diocese::Fulda,
        Diocese::Limburg,
        Diocese::Mainz,
        Diocese::RottenburgStuttgart,
        Diocese::Speyer,
        Diocese::Trier,
        Diocese::Hamburg,
        Diocese::Hildesheim,
        Diocese::Osnabrueck,
        Diocese::OffizialatVechta,
        Diocese::Berlin,
        Diocese::DresdenMeissen,
        Diocese::Erfurt,
        Diocese::Goerlitz,
        Diocese::Magdeburg,
        Diocese::Militaerbischof,
    ];
    /// (key, German name).
    /// The German name (used in both languages).
    pub fn name(self) -> &'static str {
        use Diocese::*;
        match self {
            Augsburg => "Bistum Augsburg",
            Bamberg => "Erzbistum Bamberg",
            Eichstaett => "Bistum Eichstätt",
            MuenchenFreising => "Erzbistum München und Freising",
            Passau => "Bistum Passau",
            Regensburg => "Bistum Regensburg",
            Wuerzburg => "Bistum Würzburg",
            Aachen => "Bistum Aachen",
            Essen => "Bistum Essen",
            Koeln => "Erzbistum Köln",
            Muenster => "Bistum Münster (NRW-Teil)",
            Paderborn => "Erzbistum Paderborn",
            Freiburg => "Erzbistum Freiburg",
            Fulda => "Bistum Fulda",
            Limburg => "Bistum Limburg",
            Mainz => "Bistum Mainz",
            RottenburgStuttgart => "Diözese Rottenburg-Stuttgart",
            Speyer => "Bistum Speyer",
            Trier => "Bistum Trier",
            Hamburg => "Erzbistum Hamburg",
            Hildesheim => "Bistum Hildesheim",
            Osnabrueck => "Bistum Osnabrück",
            OffizialatVechta => "Bischöflich Münstersches Offizialat Vechta",
            Berlin => "Erzbistum Berlin",
            DresdenMeissen => "Bistum Dresden-Meißen",
            Erfurt => "Bistum Erfurt",
            Goerlitz => "Bistum Görlitz",
            Magdeburg => "Bistum Magdeburg",
            Militaerbischof => "Katholisches Militärbischofsamt",
        }
    }
}

/// A kind of body with its own competence rule, beyond the sector.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpecialBody {
    /// A Jobcenter run jointly by the Federal Employment Agency and a municipality
    /// (gemeinsame Einrichtung, § 44b SGB II); not a Jobcenter of an Optionskommune.
    JointJobcenter,
    /// A federally administered statutory health insurer (e.g. Barmer, DAK, TK); not an AOK or
    /// an insurer administered by a Land.
    FederalHealthInsurer,
    /// A tax authority (e.g. a Finanzamt) applying the Abgabenordnung.
    TaxOfficeAo,
    /// Deutsche Welle.
    DeutscheWelle,
    /// A religious community other than the Catholic and Protestant churches.
    OtherReligiousCommunity,
    /// A private broadcaster or media company.
    PrivateBroadcaster,
    /// A Bavarian public body that competes as an undertaking (Art. 1(3) BayDSG).
    BavarianCompetingUndertaking,
    /// A Sparkasse (public-law financial service company).
    Sparkasse,
}

impl SpecialBody {
    pub const ALL: [SpecialBody; 8] = [
        SpecialBody::JointJobcenter,
        SpecialBody::FederalHealthInsurer,
        SpecialBody::TaxOfficeAo,
        SpecialBody::DeutscheWelle,
        SpecialBody::OtherReligiousCommunity,
        SpecialBody::PrivateBroadcaster,
        SpecialBody::BavarianCompetingUndertaking,
        SpecialBody::Sparkasse,
    ];
    /// (German label, English label).
    fn info(self) -> (&'static str, &'static str) {
        use SpecialBody::*;
        match self {
            JointJobcenter => (
                "Jobcenter als gemeinsame Einrichtung von Bund und Kommune",
                "Jobcenter run jointly by the Federation and a municipality",
            ),
            FederalHealthInsurer => (
                "bundesunmittelbare gesetzliche Krankenkasse (z. B. Barmer, DAK, TK)",
                "federally administered statutory health insurer (e.g. Barmer, DAK, TK)",
            ),
            TaxOfficeAo => (
                "Finanzbehörde im Anwendungsbereich der Abgabenordnung",
                "tax authority applying the Abgabenordnung",
            ),
            DeutscheWelle => ("Deutsche Welle", "Deutsche Welle"),
            OtherReligiousCommunity => {
                ("andere Religionsgemeinschaft", "other religious community")
            }
            PrivateBroadcaster => (
                "privater Rundfunk oder privates Medienunternehmen",
                "private broadcaster or media company",
            ),
            BavarianCompetingUndertaking => (
                "bayerische öffentliche Stelle, die am Wettbewerb teilnimmt",
                "Bavarian public body competing as an undertaking",
            ),
            Sparkasse => ("Sparkasse", "Sparkasse (savings bank)"),
        }
    }
    pub fn label(self, lang: Lang) -> &'static str {
        let (de, en) = self.info();
        match lang {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

/// A region of an EU country with its own authority for (part of) its public sector.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EuRegion {
    /// Catalonia (Spain): APDCAT.
    Catalonia,
    /// Basque Country (Spain): AVPD.
    BasqueCountry,
    /// Andalusia (Spain): CTPDA.
    Andalusia,
}

impl EuRegion {
    pub const ALL: [EuRegion; 3] = [
        EuRegion::Catalonia,
        EuRegion::BasqueCountry,
        EuRegion::Andalusia,
    ];
    /// (key, country).
    /// The country of the region.
    pub fn country(self) -> Country {
        const ES: Country = Country(*b"ES");
        match self {
            EuRegion::Catalonia => ES,
            EuRegion::BasqueCountry => ES,
            EuRegion::Andalusia => ES,
        }
    }
}

keyed!(Sector, Land, Diocese, SpecialBody, EuRegion);

/// In files, the code as a string ("DE").
impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Country::from_code(&code).ok_or_else(|| {
            de::Error::invalid_value(de::Unexpected::Str(&code), &"an ISO 3166-1 alpha-2 code")
        })
    }
}

/// Who the controller is, as far as competence depends on it.
///
/// Construct it with [`Organisation::new`] and set the optional fields as needed.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Organisation {
    pub sector: Sector,
    /// Country of the seat (main establishment). `None` is read as Germany.
    pub country: Option<Country>,
    /// German Land of the seat (only with Germany).
    pub land: Option<Land>,
    /// Catholic bodies: the diocese.
    pub diocese: Option<Diocese>,
    /// A body with its own competence rule.
    pub special: Option<SpecialBody>,
    /// Only for a controller whose `country` is outside the EU/EEA: the EU/EEA country of an
    /// establishment that takes the decisions on purposes and means (its main establishment in
    /// the Union, Art. 4(16)). A mere representative (Art. 27) is not one.
    pub eu_main_establishment: Option<Country>,
    /// Countries where the affected people live (needed when there is no EU/EEA main establishment).
    pub subject_countries: Vec<Country>,
    /// Public bodies in Spain: the autonomous community, where it has its own authority.
    pub region: Option<EuRegion>,
}

impl Organisation {
    /// An organisation with only the three fields of `FORMAT.md`.
    pub fn new(sector: Sector, country: Option<Country>, land: Option<Land>) -> Organisation {
        Organisation {
            sector,
            country,
            land,
            ..Organisation::default()
        }
    }
}
