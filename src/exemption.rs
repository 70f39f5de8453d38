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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Exemption {
    /// The rule codes it covers.
    pub codes: Vec<RuleCode>,
    /// The placements it covers.
    pub placements: Vec<PlacementId>,
    /// The day it was filed with the superior authority.
    #[serde(deserialize_with = "crate::date_serde::date")]
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

/// The words of a set of catalogue codes, one bit per code of [`RuleCode::ALL`].
const CODE_WORDS: usize = RuleCode::ALL.len().div_ceil(64);

/// A set of catalogue codes, one bit each.
type CodeSet = [u64; CODE_WORDS];

fn code_bit(code: RuleCode) -> (usize, u64) {
    let k = code as usize;
    (k / 64, 1u64 << (k % 64))
}

/// The exemptions of one agreement indexed by placement, built once per agreement when a rule
/// first fires on one of its placements: a violation's verdict then costs a binary search and
/// the exemptions that name its placement, however many exemptions, codes and placements the
/// agreement lists.
#[derive(Debug, Default)]
pub(crate) struct Index {
    /// The exemptions indexed: the address and length of the slice, to know when to rebuild.
    of: (usize, usize),
    /// (placement, exemption) for every placement an exemption names, sorted, without repeats.
    by_placement: Vec<(PlacementId, usize)>,
    /// The codes each exemption names.
    codes: Vec<CodeSet>,
}

impl Index {
    /// Indexes `exemptions`, unless this index already holds them.
    fn refresh(&mut self, exemptions: &[Exemption]) {
        let of = (exemptions.as_ptr() as usize, exemptions.len());
        if self.of == of && !self.codes.is_empty() {
            return;
        }
        self.of = of;
        self.by_placement.clear();
        self.codes.clear();
        for (index, exemption) in exemptions.iter().enumerate() {
            let mut set = [0u64; CODE_WORDS];
            for &code in &exemption.codes {
                let (word, bit) = code_bit(code);
                if let Some(w) = set.get_mut(word) {
                    *w |= bit;
                }
            }
            self.codes.push(set);
            self.by_placement
                .extend(exemption.placements.iter().map(|&p| (p, index)));
        }
        self.by_placement.sort_unstable();
        self.by_placement.dedup();
    }

    /// Whether exemption `index` names `code`.
    fn names_code(&self, index: usize, code: RuleCode) -> bool {
        let (word, bit) = code_bit(code);
        self.codes
            .get(index)
            .and_then(|set| set.get(word))
            .is_some_and(|w| w & bit != 0)
    }

    /// The indices, in order, of the exemptions that name `placement`.
    fn naming(&self, placement: PlacementId) -> impl Iterator<Item = usize> + '_ {
        let from = self.by_placement.partition_point(|&(p, _)| p < placement);
        self.by_placement
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |&&(p, _)| p == placement)
            .map(|&(_, index)| index)
    }
}

impl Named<'_> {
    /// Decides whether the exemptions silence `code` for `placement`, which starts on
    /// `first_day`. Runs only when a rule fires, so a valid arrangement never pays for it;
    /// `index` is refreshed to these exemptions when it holds others.
    pub(crate) fn verdict(
        &self,
        index: &mut Index,
        policy: &Policy,
        code: RuleCode,
        placement: PlacementId,
        first_day: NaiveDate,
    ) -> Verdict {
        if self.exemptions.is_empty() {
            return Verdict::NoneNamed;
        }
        index.refresh(self.exemptions);
        let mut why_not = None;
        // A `record.*` code is exempted as the `placement.*` or `worktime.*` code of its name.
        let as_code = crate::record::exempted_as(code).unwrap_or(code);
        for k in index.naming(placement) {
            if !(index.names_code(k, code) || index.names_code(k, as_code)) {
                continue;
            }
            let Some(exemption) = self.exemptions.get(k) else {
                continue;
            };
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
                    self.at.index(k).to_path(),
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
        named.verdict(&mut Index::default(), &Policy::cn(), code, p, first_day)
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

    #[test]
    fn a_later_exemption_that_applies_silences_after_one_filed_late() {
        let (p, q) = (PlacementId::from_u128(1), PlacementId::from_u128(2));
        let code = RuleCode::PlacementNightWork;
        let late = Exemption::new(vec![code, code], vec![q, p, p], d(9), "late");
        let other_code =
            Exemption::new(vec![RuleCode::PlacementRestDayWork], vec![p], d(1), "rest");
        let in_time = Exemption::new(
            vec![RuleCode::PlacementHolidayWork, code],
            vec![p],
            d(1),
            "ok",
        );
        let ex = [late.clone(), other_code.clone(), in_time];
        assert_eq!(verdict(&ex, code, p, d(5)), Verdict::Silenced);
        // Without the one filed in time, the note names the first that names the code.
        let ex = [other_code, late];
        assert!(matches!(
            verdict(&ex, code, p, d(5)),
            Verdict::NotApplied(note) if note.contains("agreements[4].exemptions[1] (late)")
        ));
    }

    #[test]
    fn the_index_follows_the_agreement_whose_exemptions_it_is_given() {
        let p = PlacementId::from_u128(1);
        let code = RuleCode::PlacementNightWork;
        let first = [Exemption::new(vec![code], vec![p], d(1), "A")];
        let second = [Exemption::new(
            vec![RuleCode::PlacementRestDayWork],
            vec![p],
            d(1),
            "B",
        )];
        let mut index = Index::default();
        let policy = Policy::cn();
        let at = |ex| Named {
            exemptions: ex,
            at: Loc::Root,
        };
        let silenced = at(&first).verdict(&mut index, &policy, code, p, d(2));
        assert_eq!(silenced, Verdict::Silenced);
        let stands = at(&second).verdict(&mut index, &policy, code, p, d(2));
        assert_eq!(stands, Verdict::NoneNamed);
        let again = at(&first).verdict(&mut index, &policy, code, p, d(2));
        assert_eq!(again, Verdict::Silenced);
    }
}
