//! Elements with ids of their own, walked in one fixed order, so that the index can check that
//! ids are unique inside an agreement (`agreement.unique_ids`) and across a portfolio
//! (`portfolio.unique_ids`) without knowing each mode's model.
//!
//! The walk visits an agreement's placements first, then the elements of its mode. Each element
//! comes with its location, which is only turned into a path when a duplicate is reported.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::check::{Loc, Path};
use crate::CooperationAgreement;

/// One element that has an id: what kind it is, its id, its first day where it has dates, and
/// where it is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Element<'l> {
    /// The kind of id (`PlacementId::KIND`, `GroupId::KIND`, ...): ids of different kinds never
    /// clash.
    pub(crate) kind: &'static str,
    pub(crate) id: Uuid,
    /// The element's first day, which orders duplicates ("earlier = by first day, then path");
    /// elements without dates order by their place in the walk.
    pub(crate) first_day: Option<NaiveDate>,
    pub(crate) at: Loc<'l>,
}

/// Calls `f` for every element with an id that `agreement` (found at `at`) holds: its placements,
/// then its mode's elements.
pub(crate) fn for_each(
    agreement: &CooperationAgreement,
    at: Loc<'_>,
    f: &mut dyn FnMut(Element<'_>),
) {
    each(
        &agreement.placements,
        at.field("placements"),
        crate::PlacementId::KIND,
        |p| (*p.id.as_uuid(), Some(p.dates.first())),
        f,
    );
    agreement.mode.for_each_element(at.field("mode"), f);
}

/// Calls `f` for every item of `list`, found at `at`, as an element of `kind` whose id and first
/// day `read` gives.
pub(crate) fn each<T>(
    list: &[T],
    at: Loc<'_>,
    kind: &'static str,
    read: impl Fn(&T) -> (Uuid, Option<NaiveDate>),
    f: &mut dyn FnMut(Element<'_>),
) {
    for (i, item) in list.iter().enumerate() {
        let (id, first_day) = read(item);
        f(Element {
            kind,
            id,
            first_day,
            at: at.index(i),
        });
    }
}

/// The number of elements with an id that `agreement` holds.
pub(crate) fn count(agreement: &CooperationAgreement) -> usize {
    let mut count = 0;
    for_each(agreement, Loc::Root, &mut |_| count += 1);
    count
}

/// The paths of the elements at the given places in the walk (`ordinals` sorted), in one walk.
pub(crate) fn paths_of(
    agreement: &CooperationAgreement,
    at: Loc<'_>,
    ordinals: &[usize],
) -> Vec<(usize, Path)> {
    let mut paths = Vec::with_capacity(ordinals.len());
    let mut ordinal = 0;
    for_each(agreement, at, &mut |element| {
        if ordinals.binary_search(&ordinal).is_ok() {
            paths.push((ordinal, element.at.to_path()));
        }
        ordinal += 1;
    });
    paths
}

/// The path found by [`paths_of`] for `ordinal`.
pub(crate) fn lookup(paths: &[(usize, Path)], ordinal: usize) -> Option<&Path> {
    paths
        .binary_search_by_key(&ordinal, |(o, _)| *o)
        .ok()
        .and_then(|i| paths.get(i))
        .map(|(_, path)| path)
}

/// An element's sort key for finding duplicates: id and kind, then earlier elements first (by
/// first day, then by the agreement and place in the walk).
///
/// The id comes first, as two integers (its high and low halves, ordered like the UUID), so that
/// sorting compares integers and reads the kind only when two ids are equal. Two `u64`s rather than
/// one `u128` keep the key 8-aligned: 56 bytes instead of 64, so sorting 100,000 keys moves an
/// eighth less memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Keyed {
    pub(crate) id: (u64, u64),
    pub(crate) kind: &'static str,
    pub(crate) first_day: Option<NaiveDate>,
    /// The agreement's position in the portfolio (0 for a lone agreement).
    pub(crate) agreement: usize,
    /// The element's place in the agreement's walk ([`for_each`]).
    pub(crate) ordinal: usize,
}

/// A key as a shard's summary writes it: the kind as its name.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyedData {
    id: Uuid,
    kind: String,
    first_day: Option<NaiveDate>,
    agreement: usize,
    ordinal: usize,
}

impl serde::Serialize for Keyed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        KeyedData {
            id: self.uuid(),
            kind: self.kind.to_owned(),
            first_day: self.first_day,
            agreement: self.agreement,
            ordinal: self.ordinal,
        }
        .serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Keyed {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let data = KeyedData::deserialize(deserializer)?;
        let kind = crate::id::KINDS
            .iter()
            .find(|kind| **kind == data.kind)
            .ok_or_else(|| {
                serde::de::Error::custom(format!("unknown kind of element {:?}", data.kind))
            })?;
        Ok(Keyed {
            id: data.id.as_u64_pair(),
            kind,
            first_day: data.first_day,
            agreement: data.agreement,
            ordinal: data.ordinal,
        })
    }
}

impl Keyed {
    /// The element's id.
    pub(crate) fn uuid(&self) -> Uuid {
        Uuid::from_u64_pair(self.id.0, self.id.1)
    }
}

/// Appends the keys of `agreement`'s elements, tagged as agreement 0 (a portfolio retags them
/// with the agreement's position).
pub(crate) fn collect_keys(agreement: &CooperationAgreement, keys: &mut Vec<Keyed>) {
    let mut ordinal = 0;
    for_each(agreement, Loc::Root, &mut |element| {
        keys.push(Keyed {
            id: element.id.as_u64_pair(),
            kind: element.kind,
            first_day: element.first_day,
            agreement: 0,
            ordinal,
        });
        ordinal += 1;
    });
}

/// Which earlier holder of an id a later one clashes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Clash {
    /// Any earlier element (duplicates inside one agreement).
    Any,
    /// Only an element of another agreement (duplicates across a portfolio).
    OtherAgreement,
}

/// For keys sorted in [`Keyed`] order, calls `report(later, earlier)` for every element that shares
/// its kind and id with an earlier one it clashes with, naming the earliest such. Linear in the
/// number of keys.
pub(crate) fn for_each_duplicate(
    sorted: &[Keyed],
    clash: Clash,
    mut report: impl FnMut(&Keyed, &Keyed),
) {
    for run in sorted.chunk_by(|a, b| a.id == b.id && a.kind == b.kind) {
        let Some(first) = run.first() else { continue };
        // The earliest element held by another agreement than the run's first.
        let first_other = run.iter().position(|k| k.agreement != first.agreement);
        for (i, later) in run.iter().enumerate().skip(1) {
            let earlier = match clash {
                Clash::Any => Some(first),
                Clash::OtherAgreement if later.agreement != first.agreement => Some(first),
                Clash::OtherAgreement => first_other.filter(|j| *j < i).and_then(|j| run.get(j)),
            };
            if let Some(earlier) = earlier {
                report(later, earlier);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_order_by_the_uuid_and_stay_small() {
        let key = |id: u128| Keyed {
            id: Uuid::from_u128(id).as_u64_pair(),
            kind: "placement",
            first_day: None,
            agreement: 0,
            ordinal: 0,
        };
        // The halves order like the whole: a larger low half never outweighs the high half.
        assert!(key(u128::from(u64::MAX)) < key(1 << 64));
        assert!(key(1 << 64) < key((1 << 64) + 1));
        assert_eq!(key(7 << 70).uuid(), Uuid::from_u128(7 << 70));
        assert!(std::mem::size_of::<Keyed>() <= 56);
    }
}
