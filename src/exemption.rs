//! Exemptions: a school's filing that lifts some bans for named placements.
//!
//! The cn provisions (Art. 17) let a school lift the night, rest-day, holiday, hazard and
//! working-time bans for a major or post with special requirements, if it files the exemption with
//! its superior authority beforehand. An exemption filed on or before the first day of a placement
//! it names silences the codes it names there, where the policy lists them as `exemptible`; filed
//! later, or naming a code the policy does not allow, it silences nothing and the violation's note
//! says why. Employment schedules are never exempted.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::check::Loc;
use crate::{PlacementId, Policy, RuleCode};

/// An exemption filed with the authority, for named codes and named placements.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Exemption {
    /// The rule codes it covers.
    pub codes: Vec<RuleCode>,
    /// The placements it covers.
    pub placements: Vec<PlacementId>,
    /// The day it was filed with the superior authority.
    pub filed_on: NaiveDate,
    /// The filing's reference (document number).
    pub reference: String,
}

impl Exemption {
    /// An exemption of `codes` for `placements`, filed on `filed_on` under `reference`.
    pub fn new(
        codes: Vec<RuleCode>,
        placements: Vec<PlacementId>,
        filed_on: NaiveDate,
        reference: impl Into<String>,
    ) -> Self {
        Self {
            codes,
            placements,
            filed_on,
            reference: reference.into(),
        }
    }

    /// Whether it names `code` (or `as_code`, the code whose exemption also covers it) for
    /// `placement`.
    fn names(&self, code: RuleCode, as_code: RuleCode, placement: PlacementId) -> bool {
        (self.codes.contains(&code) || self.codes.contains(&as_code))
            && self.placements.contains(&placement)
    }
}

/// What the exemptions of an agreement do to one violation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// No exemption names this code for this placement.
    NoneNamed,
    /// An exemption applies: the violation is not reported.
    Silenced,
    /// Exemptions name it but none applies; the note says why.
    NotApplied(String),
}

/// The exemptions of one agreement, and where they are in the checked root.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Named<'a> {
    pub(crate) exemptions: &'a [Exemption],
    pub(crate) at: Loc<'a>,
}

impl Named<'_> {
    /// Decides whether the exemptions silence `code` for `placement`, which starts on
    /// `first_day`. Runs only when a rule fires, so a valid arrangement never pays for it.
    pub(crate) fn verdict(
        &self,
        policy: &Policy,
        code: RuleCode,
        placement: PlacementId,
        first_day: NaiveDate,
    ) -> Verdict {
        let mut why_not = None;
        // A `record.*` code is exempted as the `placement.*` or `worktime.*` code of its name.
        let as_code = crate::record::exempted_as(code).unwrap_or(code);
        for (index, exemption) in self.exemptions.iter().enumerate() {
            if !exemption.names(code, as_code, placement) {
                continue;
            }
            let reason = if !policy.is_exemptible(as_code) {
                format!("the policy does not allow {code} to be exempted")
            } else if exemption.filed_on > first_day {
                format!(
                    "it was filed on {}, after the placement's first day {first_day}",
                    exemption.filed_on
                )
            } else {
                return Verdict::Silenced;
            };
            why_not.get_or_insert_with(|| {
                format!(
                    "exemption {} ({}) does not apply: {reason}",
                    self.at.index(index).to_path(),
                    exemption.reference
                )
            });
        }
        why_not.map_or(Verdict::NoneNamed, Verdict::NotApplied)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, day).unwrap()
    }

    fn verdict(ex: &[Exemption], code: RuleCode, p: PlacementId, first_day: NaiveDate) -> Verdict {
        let root = Loc::Root;
        let agreements = root.field("agreements");
        let agreement = agreements.index(4);
        let named = Named {
            exemptions: ex,
            at: agreement.field("exemptions"),
        };
        named.verdict(&Policy::cn(), code, p, first_day)
    }

    #[test]
    fn filed_on_the_first_day_silences() {
        let p = PlacementId::from_u128(1);
        let ex = [Exemption::new(
            vec![RuleCode::PlacementNightWork],
            vec![p],
            d(2),
            "X-1",
        )];
        assert_eq!(
            verdict(&ex, RuleCode::PlacementNightWork, p, d(2)),
            Verdict::Silenced
        );
        assert!(matches!(
            verdict(&ex, RuleCode::PlacementNightWork, p, d(1)),
            Verdict::NotApplied(note) if note.contains("filed on 2026-03-02")
                && note.contains("agreements[4].exemptions[0]")
        ));
        let other = PlacementId::from_u128(2);
        assert_eq!(
            verdict(&ex, RuleCode::PlacementNightWork, other, d(2)),
            Verdict::NoneNamed
        );
    }

    #[test]
    fn code_outside_policy_list_is_not_silenced() {
        let p = PlacementId::from_u128(1);
        let ex = [Exemption::new(
            vec![RuleCode::PlacementMinAge],
            vec![p],
            d(1),
            "X-2",
        )];
        assert!(matches!(
            verdict(&ex, RuleCode::PlacementMinAge, p, d(2)),
            Verdict::NotApplied(note) if note.contains("does not allow placement.min_age")
        ));
    }
}
