//! The competence rules: which authority an organisation notifies, tried in order; the first
//! that applies wins.

use super::decision::*;
use super::directory::lead_authority;
use crate::domain::facts::Role;
use crate::domain::organisation::{Country, EuRegion, Land, Organisation, Sector, SpecialBody};

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

fn one(id: &'static str, rule: Text) -> AuthorityDecision {
    AuthorityDecision::One { id, rule }
}

fn uncertain(
    fallback: Option<&'static str>,
    also: Vec<&'static str>,
    rule: Text,
    why: Text,
) -> AuthorityDecision {
    AuthorityDecision::Uncertain {
        fallback,
        also,
        rule,
        why,
    }
}

fn unknown(missing: Missing) -> AuthorityDecision {
    AuthorityDecision::Unknown { missing }
}

/// Resolve the competent authority. Rules are tried in order; the first that applies wins.
pub fn competent_authority(role: Role, org: Option<&Organisation>) -> AuthorityDecision {
    if role == Role::Processor {
        return AuthorityDecision::ViaController;
    }
    let Some(org) = org else {
        return unknown(Missing::Organisation);
    };
    match org.country {
        None => german_rules(org),
        Some(c) if c == Country::DE => german_rules(org),
        Some(c) if c.is_eea() => other_eea_country(org, c, LEAD_AUTHORITY),
        Some(_) => outside_eea(org),
    }
}

/// Rule 6: a controller outside the EU/EEA. With a main establishment in the Union, that
/// country's rules; without one, every authority where affected people live.
fn outside_eea(org: &Organisation) -> AuthorityDecision {
    match org.eu_main_establishment {
        Some(c) if c == Country::DE => german_rules(org),
        Some(c) if c.is_eea() => other_eea_country(org, c, LEAD_AUTHORITY_EU_ESTABLISHMENT),
        _ => every_authority_where_subjects_live(org),
    }
}

fn every_authority_where_subjects_live(org: &Organisation) -> AuthorityDecision {
    let mut ids: Vec<&'static str> = Vec::new();
    for c in &org.subject_countries {
        let id = if *c == Country::DE {
            match org.land {
                Some(land) => Some(land.private_authority()),
                None => return unknown(Missing::LandForGermany),
            }
        } else {
            lead_authority(*c).map(|a| a.id)
        };
        if let Some(id) = id.filter(|id| !ids.contains(id)) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return unknown(Missing::SubjectCountries);
    }
    AuthorityDecision::Several {
        ids,
        rule: NO_EU_ESTABLISHMENT,
    }
}

/// A main establishment in another EU/EEA country: its lead authority, with the national
/// splits the reference documents (Spain, Belgium) and churches (Art. 91).
fn other_eea_country(org: &Organisation, country: Country, rule: Text) -> AuthorityDecision {
    let Some(lead) = lead_authority(country) else {
        return unknown(Missing::Organisation);
    };
    let public = matches!(org.sector, Sector::Public | Sector::FederalPublic);
    let church = matches!(
        org.sector,
        Sector::ChurchCatholic | Sector::ChurchProtestant
    ) || org.special == Some(SpecialBody::OtherReligiousCommunity);
    if church {
        return uncertain(Some(lead.id), Vec::new(), CHURCH_ABROAD, CHURCH_ABROAD_WHY);
    }
    match (country.directory_code(), public) {
        ("ES", true) => match org.region.filter(|r| r.country() == country) {
            Some(region) => one(region.authority_id(), REGIONAL_ES),
            None => uncertain(
                Some(lead.id),
                EuRegion::ALL.iter().map(|r| r.authority_id()).collect(),
                PUBLIC_ES,
                PUBLIC_ES_WHY,
            ),
        },
        ("BE", true) => uncertain(Some(lead.id), vec!["be-vtc"], PUBLIC_BE, PUBLIC_BE_WHY),
        _ => one(lead.id, rule),
    }
}

/// Rules 1 to 5 for a controller whose seat is in Germany.
fn german_rules(org: &Organisation) -> AuthorityDecision {
    church(org)
        .or_else(|| broadcasting(org))
        .or_else(|| federal(org))
        .unwrap_or_else(|| land(org))
}

/// Rule 1: church bodies (Art. 91 GDPR).
fn church(org: &Organisation) -> Option<AuthorityDecision> {
    if org.special == Some(SpecialBody::OtherReligiousCommunity) {
        return Some(match org.land {
            Some(l) => uncertain(
                Some(l.private_authority()),
                Vec::new(),
                OTHER_RELIGIOUS,
                OTHER_RELIGIOUS_WHY,
            ),
            None => unknown(Missing::Land),
        });
    }
    match org.sector {
        Sector::ChurchProtestant => Some(one("bfd-ekd", PROTESTANT)),
        Sector::ChurchCatholic => Some(match (org.diocese, org.land) {
            (Some(d), _) => one(d.authority_id(), CATHOLIC_DIOCESE),
            (None, Some(l)) => uncertain(
                Some(l.main_catholic_authority()),
                Vec::new(),
                CATHOLIC_LAND,
                CATHOLIC_LAND_WHY,
            ),
            (None, None) => unknown(Missing::Diocese),
        }),
        _ => None,
    }
}

/// Rule 2: broadcasting.
fn broadcasting(org: &Organisation) -> Option<AuthorityDecision> {
    match (org.special, org.sector) {
        (Some(SpecialBody::DeutscheWelle), _) => Some(uncertain(
            Some("bfdi"),
            vec!["dw-dsb"],
            DEUTSCHE_WELLE,
            DEUTSCHE_WELLE_WHY,
        )),
        (Some(SpecialBody::PrivateBroadcaster), _) => Some(match org.land {
            Some(l) => {
                let also = if l == Land::BY {
                    vec!["blm-mdb"]
                } else {
                    Vec::new()
                };
                uncertain(
                    Some(l.private_authority()),
                    also,
                    PRIVATE_BROADCASTER,
                    PRIVATE_BROADCASTER_WHY,
                )
            }
            None => unknown(Missing::Land),
        }),
        (_, Sector::Broadcaster) => Some(one("rdsb", PUBLIC_BROADCASTER)),
        _ => None,
    }
}

/// Rule 3: the BfDI.
fn federal(org: &Organisation) -> Option<AuthorityDecision> {
    let rule = match (org.special, org.sector) {
        (Some(SpecialBody::JointJobcenter), _) => JOBCENTER,
        (Some(SpecialBody::FederalHealthInsurer), _) => HEALTH_INSURER,
        (Some(SpecialBody::TaxOfficeAo), _) => TAX_OFFICE,
        (_, Sector::FederalPublic) => FEDERAL_PUBLIC,
        (_, Sector::Telecom) => TELECOM,
        (_, Sector::Postal) => POSTAL,
        _ => return None,
    };
    Some(one("bfdi", rule))
}

/// Rules 4 and 5: public bodies of a Land and private bodies, by the Land of the seat.
fn land(org: &Organisation) -> AuthorityDecision {
    let Some(land) = org.land else {
        return unknown(Missing::Land);
    };
    let bavaria = land == Land::BY;
    match (org.special, org.sector) {
        (Some(SpecialBody::Sparkasse), _) if bavaria => one("baylda", SPARKASSE_BY),
        (Some(SpecialBody::BavarianCompetingUndertaking), _) if bavaria => uncertain(
            None,
            vec!["baylfd", "baylda"],
            COMPETING_BY,
            COMPETING_BY_WHY,
        ),
        (_, Sector::Public) => one(land.public_authority(), PUBLIC_LAND),
        _ => one(land.private_authority(), PRIVATE_LAND),
    }
}

#[cfg(test)]
mod tests {
    use super::super::directory::{authority, Kind};
    use super::*;
    use crate::domain::lang::Lang;
    use crate::domain::organisation::Diocese;

    /// What a row expects.
    #[derive(Debug)]
    enum Expect {
        One(&'static str),
        Uncertain(Option<&'static str>, &'static [&'static str]),
        Several(&'static [&'static str]),
        Unknown(Missing),
        ViaController,
    }

    fn c(code: &str) -> Country {
        Country::from_code(code).expect("test country code")
    }

    fn de(sector: Sector, land: Option<Land>) -> Organisation {
        Organisation::new(sector, Some(Country::DE), land)
    }

    fn check(name: &str, role: Role, org: Option<&Organisation>, expect: &Expect) {
        let got = competent_authority(role, org);
        let ok = match (expect, &got) {
            (Expect::One(e), AuthorityDecision::One { id, .. }) => e == id,
            (Expect::Uncertain(f, a), AuthorityDecision::Uncertain { fallback, also, .. }) => {
                f == fallback && *a == also.as_slice()
            }
            (Expect::Several(e), AuthorityDecision::Several { ids, .. }) => e == &ids.as_slice(),
            (Expect::Unknown(m), AuthorityDecision::Unknown { missing }) => m == missing,
            (Expect::ViaController, AuthorityDecision::ViaController) => true,
            _ => false,
        };
        assert!(ok, "{name}: expected {expect:?}, got {got:?}");
        check_decision(name, &got);
    }

    /// Every decision: ids exist, rule has a German text, texts are not empty.
    fn check_decision(name: &str, d: &AuthorityDecision) {
        let mut ids = d.ids();
        if let AuthorityDecision::Uncertain { also, .. } = d {
            ids.extend(also.iter().copied());
        }
        for id in ids {
            assert!(
                authority(id).is_some(),
                "{name}: id {id} not in the directory"
            );
        }
        // A rule names its basis before the colon, in each language.
        if let Some(rule) = d.rule() {
            let (en, de) = rule.citation();
            assert!(
                en != rule.en && de != rule.de,
                "{name}: no basis in {rule:?}"
            );
        }
        assert!(!d.rule_text(Lang::De).is_empty() && !d.rule_text(Lang::En).is_empty());
    }

    #[test]
    fn every_land_by_sector() {
        use Land::*;
        use Sector::{Private, Public};
        let rows: [(Land, Sector, &str); 32] = [
            (BW, Private, "lfdi-bw"),
            (BW, Public, "lfdi-bw"),
            (BY, Private, "baylda"),
            (BY, Public, "baylfd"),
            (BE, Private, "blnbdi"),
            (BE, Public, "blnbdi"),
            (BB, Private, "lda-bb"),
            (BB, Public, "lda-bb"),
            (HB, Private, "lfdi-hb"),
            (HB, Public, "lfdi-hb"),
            (HH, Private, "hmbbfdi"),
            (HH, Public, "hmbbfdi"),
            (HE, Private, "hbdi"),
            (HE, Public, "hbdi"),
            (MV, Private, "lfdi-mv"),
            (MV, Public, "lfdi-mv"),
            (NI, Private, "lfd-nds"),
            (NI, Public, "lfd-nds"),
            (NW, Private, "ldi-nrw"),
            (NW, Public, "ldi-nrw"),
            (RP, Private, "lfdi-rlp"),
            (RP, Public, "lfdi-rlp"),
            (SL, Private, "udz-sl"),
            (SL, Public, "udz-sl"),
            (SN, Private, "sdtb-sn"),
            (SN, Public, "sdtb-sn"),
            (ST, Private, "lfd-st"),
            (ST, Public, "lfd-st"),
            (SH, Private, "uld-sh"),
            (SH, Public, "uld-sh"),
            (TH, Private, "tlfdi"),
            (TH, Public, "tlfdi"),
        ];
        for (land, sector, id) in rows {
            let name = format!("{} {}", land.code(), sector.key());
            check(
                &name,
                Role::Controller,
                Some(&de(sector, Some(land))),
                &Expect::One(id),
            );
            let a = authority(id).expect("Land authority in the directory");
            assert_eq!(a.kind, Kind::Land, "{name}");
            assert_eq!(a.land, Some(land.code()), "{name}");
        }
        let rule =
            |sector| competent_authority(Role::Controller, Some(&de(sector, Some(NW)))).rule();
        assert_eq!(
            rule(Private).map(|r| r.en),
            Some("Art. 55 GDPR, § 40(1) BDSG: private body, authority of the Land of its seat")
        );
        assert_eq!(rule(Public), Some(PUBLIC_LAND));
    }

    #[test]
    fn public_vectors_keep_resolving() {
        // pub-11: public, DE, NW; pub-15: private, DE, BY.
        let pub11 =
            competent_authority(Role::Controller, Some(&de(Sector::Public, Some(Land::NW))));
        assert_eq!(pub11.ids(), vec!["ldi-nrw"]);
        let pub15 =
            competent_authority(Role::Controller, Some(&de(Sector::Private, Some(Land::BY))));
        assert_eq!(pub15.ids(), vec!["baylda"]);
    }

    #[test]
    fn special_rules() {
        use Expect::*;
        use SpecialBody::*;
        let with = |sector, land, f: &dyn Fn(&mut Organisation)| {
            let mut o = de(sector, land);
            f(&mut o);
            o
        };
        let special = |s: SpecialBody| move |o: &mut Organisation| o.special = Some(s);
        let diocese = |d: Diocese| move |o: &mut Organisation| o.diocese = Some(d);
        let none = |_: &mut Organisation| {};
        let by = Some(Land::BY);
        let rows: Vec<(&str, Role, Option<Organisation>, Expect)> = vec![
            (
                "processor",
                Role::Processor,
                Some(de(Sector::Private, by)),
                ViaController,
            ),
            (
                "processor without organisation",
                Role::Processor,
                None,
                ViaController,
            ),
            (
                "no organisation",
                Role::Controller,
                None,
                Unknown(Missing::Organisation),
            ),
            (
                "private without Land",
                Role::Controller,
                Some(de(Sector::Private, None)),
                Unknown(Missing::Land),
            ),
            (
                "public without Land",
                Role::Controller,
                Some(de(Sector::Public, None)),
                Unknown(Missing::Land),
            ),
            (
                "country missing: read as Germany",
                Role::Controller,
                Some(Organisation::new(Sector::Private, None, Some(Land::HE))),
                One("hbdi"),
            ),
            // Rule 1: churches.
            (
                "catholic, Bavarian diocese",
                Role::Controller,
                Some(with(
                    Sector::ChurchCatholic,
                    Some(Land::NW),
                    &diocese(Diocese::Passau),
                )),
                One("kdsz-bayern"),
            ),
            (
                "catholic, NRW diocese",
                Role::Controller,
                Some(with(
                    Sector::ChurchCatholic,
                    None,
                    &diocese(Diocese::Paderborn),
                )),
                One("kdsz-nrw"),
            ),
            (
                "catholic, Frankfurt diocese",
                Role::Controller,
                Some(with(Sector::ChurchCatholic, None, &diocese(Diocese::Trier))),
                One("kdsz-ffm"),
            ),
            (
                "catholic, northern diocese",
                Role::Controller,
                Some(with(
                    Sector::ChurchCatholic,
                    None,
                    &diocese(Diocese::OffizialatVechta),
                )),
                One("kdsa-nord"),
            ),
            (
                "catholic, eastern diocese",
                Role::Controller,
                Some(with(
                    Sector::ChurchCatholic,
                    None,
                    &diocese(Diocese::Goerlitz),
                )),
                One("kdsa-ost"),
            ),
            (
                "catholic, military chaplaincy",
                Role::Controller,
                Some(with(
                    Sector::ChurchCatholic,
                    None,
                    &diocese(Diocese::Militaerbischof),
                )),
                One("kdsa-ost"),
            ),
            (
                "catholic, only Land BY",
                Role::Controller,
                Some(de(Sector::ChurchCatholic, by)),
                Uncertain(Some("kdsz-bayern"), &[]),
            ),
            (
                "catholic, only Land NI",
                Role::Controller,
                Some(de(Sector::ChurchCatholic, Some(Land::NI))),
                Uncertain(Some("kdsa-nord"), &[]),
            ),
            (
                "catholic, only Land SN",
                Role::Controller,
                Some(de(Sector::ChurchCatholic, Some(Land::SN))),
                Uncertain(Some("kdsa-ost"), &[]),
            ),
            (
                "catholic, nothing known",
                Role::Controller,
                Some(de(Sector::ChurchCatholic, None)),
                Unknown(Missing::Diocese),
            ),
            (
                "protestant",
                Role::Controller,
                Some(de(Sector::ChurchProtestant, by)),
                One("bfd-ekd"),
            ),
            (
                "protestant without Land",
                Role::Controller,
                Some(de(Sector::ChurchProtestant, None)),
                One("bfd-ekd"),
            ),
            (
                "other religious community",
                Role::Controller,
                Some(with(
                    Sector::Private,
                    Some(Land::HH),
                    &special(OtherReligiousCommunity),
                )),
                Uncertain(Some("hmbbfdi"), &[]),
            ),
            (
                "other religious community, Bavaria",
                Role::Controller,
                Some(with(Sector::Public, by, &special(OtherReligiousCommunity))),
                Uncertain(Some("baylda"), &[]),
            ),
            (
                "other religious community without Land",
                Role::Controller,
                Some(with(
                    Sector::Private,
                    None,
                    &special(OtherReligiousCommunity),
                )),
                Unknown(Missing::Land),
            ),
            // Rule 2: broadcasting.
            (
                "public broadcaster",
                Role::Controller,
                Some(de(Sector::Broadcaster, Some(Land::HE))),
                One("rdsb"),
            ),
            (
                "public broadcaster without Land",
                Role::Controller,
                Some(de(Sector::Broadcaster, None)),
                One("rdsb"),
            ),
            (
                "Deutsche Welle",
                Role::Controller,
                Some(with(
                    Sector::Broadcaster,
                    Some(Land::NW),
                    &special(DeutscheWelle),
                )),
                Uncertain(Some("bfdi"), &["dw-dsb"]),
            ),
            (
                "private broadcaster, Bavaria",
                Role::Controller,
                Some(with(Sector::Broadcaster, by, &special(PrivateBroadcaster))),
                Uncertain(Some("baylda"), &["blm-mdb"]),
            ),
            (
                "private media, Berlin",
                Role::Controller,
                Some(with(
                    Sector::Private,
                    Some(Land::BE),
                    &special(PrivateBroadcaster),
                )),
                Uncertain(Some("blnbdi"), &[]),
            ),
            (
                "private broadcaster without Land",
                Role::Controller,
                Some(with(
                    Sector::Broadcaster,
                    None,
                    &special(PrivateBroadcaster),
                )),
                Unknown(Missing::Land),
            ),
            // Rule 3: the BfDI.
            (
                "federal public body",
                Role::Controller,
                Some(de(Sector::FederalPublic, None)),
                One("bfdi"),
            ),
            (
                "telecom provider",
                Role::Controller,
                Some(de(Sector::Telecom, by)),
                One("bfdi"),
            ),
            (
                "postal company",
                Role::Controller,
                Some(de(Sector::Postal, Some(Land::NW))),
                One("bfdi"),
            ),
            (
                "joint Jobcenter",
                Role::Controller,
                Some(with(
                    Sector::Public,
                    Some(Land::SN),
                    &special(JointJobcenter),
                )),
                One("bfdi"),
            ),
            (
                "federal health insurer",
                Role::Controller,
                Some(with(
                    Sector::Public,
                    Some(Land::HH),
                    &special(FederalHealthInsurer),
                )),
                One("bfdi"),
            ),
            (
                "tax office under the AO",
                Role::Controller,
                Some(with(Sector::Public, by, &special(TaxOfficeAo))),
                One("bfdi"),
            ),
            (
                "tax office without Land",
                Role::Controller,
                Some(with(Sector::Public, None, &special(TaxOfficeAo))),
                One("bfdi"),
            ),
            // Rule 4: Bavarian specialities.
            (
                "Bavarian Sparkasse",
                Role::Controller,
                Some(with(Sector::Public, by, &special(Sparkasse))),
                One("baylda"),
            ),
            (
                "Sparkasse in Saxony",
                Role::Controller,
                Some(with(Sector::Public, Some(Land::SN), &special(Sparkasse))),
                One("sdtb-sn"),
            ),
            (
                "Bavarian competing public undertaking",
                Role::Controller,
                Some(with(
                    Sector::Public,
                    by,
                    &special(BavarianCompetingUndertaking),
                )),
                Uncertain(None, &["baylfd", "baylda"]),
            ),
            (
                "competing public undertaking outside Bavaria",
                Role::Controller,
                Some(with(
                    Sector::Public,
                    Some(Land::RP),
                    &special(BavarianCompetingUndertaking),
                )),
                One("lfdi-rlp"),
            ),
            (
                "order: church before special",
                Role::Controller,
                Some(with(Sector::ChurchProtestant, by, &special(TaxOfficeAo))),
                One("bfd-ekd"),
            ),
            (
                "plain Bavarian public body",
                Role::Controller,
                Some(with(Sector::Public, by, &none)),
                One("baylfd"),
            ),
        ];
        for (name, role, org, expect) in &rows {
            check(name, *role, org.as_ref(), expect);
        }
    }

    #[test]
    fn cross_border() {
        use Expect::*;
        let abroad = |sector, code: &str| Organisation::new(sector, Some(c(code)), None);
        let non_eu = |main: Option<&str>, subjects: &[&str], land: Option<Land>| Organisation {
            eu_main_establishment: main.map(c),
            subject_countries: subjects.iter().map(|s| c(s)).collect(),
            land,
            ..abroad(Sector::Private, "US")
        };
        let es_public = |region| Organisation {
            region,
            ..abroad(Sector::Public, "ES")
        };
        let rows: Vec<(&str, Organisation, Expect)> = vec![
            (
                "main establishment in Ireland",
                abroad(Sector::Private, "IE"),
                One("ie-dpc"),
            ),
            (
                "main establishment in France",
                abroad(Sector::Private, "FR"),
                One("fr-cnil"),
            ),
            (
                "main establishment in Austria, public",
                abroad(Sector::Public, "AT"),
                One("at-dsb"),
            ),
            (
                "EEA: Norway",
                abroad(Sector::Private, "NO"),
                One("no-datatilsynet"),
            ),
            (
                "EEA: Liechtenstein",
                abroad(Sector::Telecom, "LI"),
                One("li-dss"),
            ),
            (
                "Greece as GR",
                abroad(Sector::Private, "GR"),
                One("gr-hdpa"),
            ),
            (
                "Greece as EL",
                abroad(Sector::Private, "EL"),
                One("gr-hdpa"),
            ),
            (
                "Spain, private",
                abroad(Sector::Private, "ES"),
                One("es-aepd"),
            ),
            (
                "Spain, public, no region",
                es_public(None),
                Uncertain(
                    Some("es-aepd"),
                    &["es-ct-apdcat", "es-pv-avpd", "es-an-ctpda"],
                ),
            ),
            (
                "Spain, public, Catalonia",
                es_public(Some(EuRegion::Catalonia)),
                One("es-ct-apdcat"),
            ),
            (
                "Spain, public, Basque Country",
                es_public(Some(EuRegion::BasqueCountry)),
                One("es-pv-avpd"),
            ),
            (
                "Spain, public, Andalusia",
                es_public(Some(EuRegion::Andalusia)),
                One("es-an-ctpda"),
            ),
            (
                "Belgium, private",
                abroad(Sector::Private, "BE"),
                One("be-apd-gba"),
            ),
            (
                "Belgium, public",
                abroad(Sector::Public, "BE"),
                Uncertain(Some("be-apd-gba"), &["be-vtc"]),
            ),
            (
                "church in Poland",
                abroad(Sector::ChurchCatholic, "PL"),
                Uncertain(Some("pl-uodo"), &[]),
            ),
            (
                "non-EU, only a representative",
                non_eu(None, &["FR", "IT", "FR", "US"], None),
                Several(&["fr-cnil", "it-garante"]),
            ),
            (
                "non-EU, people in Germany and Austria",
                non_eu(None, &["DE", "AT"], Some(Land::BE)),
                Several(&["blnbdi", "at-dsb"]),
            ),
            (
                "non-EU, people in Germany, no Land",
                non_eu(None, &["DE", "AT"], None),
                Unknown(Missing::LandForGermany),
            ),
            (
                "non-EU, no affected countries",
                non_eu(None, &[], None),
                Unknown(Missing::SubjectCountries),
            ),
            (
                "non-EU, only non-EU subjects",
                non_eu(None, &["CH", "GB"], None),
                Unknown(Missing::SubjectCountries),
            ),
            (
                "non-EU with EU main establishment in Ireland",
                non_eu(Some("IE"), &["FR"], None),
                One("ie-dpc"),
            ),
            (
                "non-EU with EU main establishment in Germany",
                non_eu(Some("DE"), &["FR"], Some(Land::HH)),
                One("hmbbfdi"),
            ),
            (
                "non-EU, 'main establishment' outside the EU",
                non_eu(Some("CH"), &["NL"], None),
                Several(&["nl-ap"]),
            ),
        ];
        for (name, org, expect) in &rows {
            check(name, Role::Controller, Some(org), expect);
        }
        let several = competent_authority(Role::Controller, Some(&rows[15].1));
        assert_eq!(several.rule(), Some(NO_EU_ESTABLISHMENT));
    }

    #[test]
    fn no_panic_and_known_ids_on_any_input() {
        let countries: Vec<Option<Country>> = [
            None,
            Some("DE"),
            Some("FR"),
            Some("ES"),
            Some("BE"),
            Some("EL"),
            Some("US"),
            Some("ZZ"),
        ]
        .into_iter()
        .map(|s| s.map(c))
        .collect();
        let lands: Vec<Option<Land>> = std::iter::once(None).chain(Land::ALL.map(Some)).collect();
        let specials: Vec<Option<SpecialBody>> = std::iter::once(None)
            .chain(SpecialBody::ALL.map(Some))
            .collect();
        for sector in Sector::ALL {
            for &country in &countries {
                for &land in &lands {
                    for &special in &specials {
                        for diocese in [None, Some(Diocese::Mainz)] {
                            let org = Organisation {
                                diocese,
                                special,
                                subject_countries: vec![c("DE"), c("SE")],
                                ..Organisation::new(sector, country, land)
                            };
                            for role in [Role::Controller, Role::Processor] {
                                let d = competent_authority(role, Some(&org));
                                check_decision(&format!("{org:?}"), &d);
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn texts_are_bilingual_and_distinct() {
        for (i, t) in TEXTS.iter().enumerate() {
            assert!(
                !t.en.is_empty() && !t.de.is_empty() && t.en != t.de,
                "{t:?}"
            );
            assert!(
                TEXTS[..i].iter().all(|o| o.en != t.en),
                "duplicate text {:?}",
                t.en
            );
        }
        let d = competent_authority(Role::Controller, Some(&de(Sector::Private, Some(Land::BW))));
        assert_eq!(
            d.rule_text(Lang::En),
            "Art. 55 GDPR, § 40(1) BDSG: private body, authority of the Land of its seat"
        );
        assert_eq!(
            d.rule_text(Lang::De),
            "Art. 55 DSGVO, § 40 Abs. 1 BDSG: nicht-öffentliche Stelle, die Aufsicht des Landes ihres Sitzes"
        );
        let u = competent_authority(
            Role::Controller,
            Some(&de(Sector::ChurchCatholic, Some(Land::HE))),
        );
        assert!(u.is_uncertain());
        assert_eq!(u.why_text(Lang::De), Some(CATHOLIC_LAND_WHY.de));
        assert_eq!(
            competent_authority(Role::Controller, None).rule_text(Lang::De),
            MISSING_ORGANISATION.de
        );
        assert_eq!(
            AuthorityDecision::ViaController.rule_text(Lang::En),
            PROCESSOR.en
        );
    }
}
