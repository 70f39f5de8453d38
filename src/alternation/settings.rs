//! The rules over each period's settings: `alternation.setting_each_period`,
//! `alternation.split_each_period`, `alternation.host_capacity`, `alternation.placements_cover`,
//! `alternation.settings_alternate` and `alternation.fair_share`, in one pass over the settings
//! (plus a sort), with the dangling group and host ids they hold.

use crate::{FigureValue, Quantity, Unit};
use chrono::NaiveDate;

use super::index::{places_of, Cover, Groups};
use super::model::{Rotation, Setting};
use crate::agreement::dangling;
use crate::check::{Figure, Loc, Scope, Sink};
use crate::{CooperationAgreement, DateRange, EnterpriseId, Registry, RuleCode};

/// What the settings rules read, resolved by the caller.
pub(crate) struct Facts<'a> {
    pub(crate) rotation: &'a Rotation,
    pub(crate) agreement: &'a CooperationAgreement,
    pub(crate) registry: &'a Registry,
    pub(crate) groups: &'a Groups,
    /// Places per resolved host, sorted by host.
    pub(crate) places: &'a [(EnterpriseId, u64)],
    /// Each period's rank in date order.
    pub(crate) rank: &'a [usize],
    /// The placements the rules may look at (ids resolve, no earlier duplicate).
    pub(crate) placements: crate::agreement::PlacementMarks<'a, 'a>,
}

/// One group's only setting in one period, with a known kind: an entry of a group's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    group: usize,
    rank: usize,
    period: usize,
    setting: usize,
    at_enterprise: bool,
}

/// Per-group scratch state of the pass.
#[derive(Debug, Clone, Copy)]
struct Seen {
    /// The last period in which the group was seen, and its first setting there.
    period: usize,
    setting: usize,
    /// The last period in which the group was seen twice.
    twice_in: usize,
}

/// Runs the settings rules; returns, for each group, the first and last day of the periods it has
/// a setting in (its members' participation).
pub(crate) fn check(facts: &Facts<'_>, at: Loc<'_>, sink: &mut Sink<'_>) -> Vec<Option<DateRange>> {
    let Facts {
        rotation,
        registry,
        groups,
        ..
    } = *facts;
    let group_count = rotation.groups.len();
    let none = usize::MAX;
    let mut seen = vec![
        Seen {
            period: none,
            setting: none,
            twice_in: none,
        };
        group_count
    ];
    let mut spans: Vec<Option<DateRange>> = vec![None; group_count];
    let mut timeline: Vec<Entry> = Vec::new();
    // (host, setting, students): a group at one host, or one member of a group split among
    // several, sized once for every member.
    let mut at_hosts: Vec<(EnterpriseId, usize, u64)> =
        Vec::with_capacity(group_count.saturating_add(groups.member_count()));
    // The hosts a split setting names, with their position in it, sorted by host.
    let mut named: Vec<(EnterpriseId, usize)> = Vec::new();
    let mut resolved: Vec<(usize, usize, bool)> = Vec::new();
    let cover = if sink.wants(RuleCode::AlternationPlacementsCover) {
        Cover::build(facts.agreement, facts.placements)
    } else {
        Cover::default()
    };
    // Fair share reads the first 2⌊n/2⌋ periods in date order, when all their settings are
    // complete.
    let counted = rotation.periods.len() / 2 * 2;
    let mut enterprise_days = vec![0i64; group_count];
    let mut fair_share_readable = true;

    let periods_at = at.field("periods");
    for (p, period) in rotation.periods.iter().enumerate() {
        let period_at = periods_at.index(p);
        let settings_at = period_at.field("settings");
        let rank = facts.rank.get(p).copied().unwrap_or(none);

        // Resolve ids, spot groups listed twice.
        let (mut dangling_group, mut dangling_host, mut twice) = (false, false, false);
        let mut distinct = 0;
        resolved.clear();
        for (s, entry) in period.settings.iter().enumerate() {
            let setting_at = settings_at.index(s);
            let group = groups.find(entry.group);
            if group.is_none() {
                dangling(sink, setting_at.field("group"), "group", entry.group);
                dangling_group = true;
            }
            let mut host_known = true;
            if let Setting::Enterprise { host, other_hosts } = &entry.setting {
                let inner = setting_at.field("setting");
                if registry.enterprise(*host).is_none() {
                    dangling(sink, inner.field("host"), "enterprise", host);
                    host_known = false;
                }
                let others_at = inner.field("other_hosts");
                for (h, other) in other_hosts.iter().enumerate() {
                    if registry.enterprise(*other).is_none() {
                        dangling(sink, others_at.index(h), "enterprise", other);
                        host_known = false;
                    }
                }
                dangling_host |= !host_known;
            }
            let (Some(g), Some(state)) = (group, group.and_then(|g| seen.get_mut(g))) else {
                continue;
            };
            if let Some(span) = spans.get_mut(g) {
                *span = Some(widen(*span, period.dates));
            }
            if state.period == p {
                twice = true;
                state.twice_in = p;
                sink.push(
                    RuleCode::AlternationSettingEachPeriod,
                    setting_at,
                    Scope::Plain,
                    "the group already has a setting in this period".to_owned(),
                    vec![
                        Figure::new("group", entry.group),
                        Figure::new("earlier", settings_at.index(state.setting).to_path()),
                    ],
                );
                continue;
            }
            *state = Seen {
                period: p,
                setting: s,
                twice_in: state.twice_in,
            };
            distinct += 1;
            resolved.push((s, g, host_known));
        }

        // Groups missing from the period (not judged when a setting names an unknown group).
        if !dangling_group && distinct < groups.usable_count() {
            for g in groups.usable() {
                if seen.get(g).is_some_and(|state| state.period != p) {
                    let group_id = rotation.groups.get(g).map(|group| group.id);
                    let groups_at = at.field("groups");
                    let mut figures = vec![Figure::new("group_at", groups_at.index(g).to_path())];
                    if let Some(id) = group_id {
                        figures.insert(0, Figure::new("group", id));
                    }
                    sink.push(
                        RuleCode::AlternationSettingEachPeriod,
                        settings_at,
                        Scope::Plain,
                        "the group has no setting in this period".to_owned(),
                        figures,
                    );
                }
            }
        }

        // The settings of groups listed once, with a known kind.
        let (mut at_school, mut at_enterprise) = (0usize, 0usize);
        at_hosts.clear();
        for &(s, g, host_known) in &resolved {
            let once = seen.get(g).is_some_and(|state| state.twice_in != p);
            let Some(entry) = period.settings.get(s) else {
                continue;
            };
            if !once || !host_known {
                continue;
            }
            timeline.push(Entry {
                group: g,
                rank,
                period: p,
                setting: s,
                at_enterprise: entry.setting.host().is_some(),
            });
            match &entry.setting {
                Setting::School => at_school += 1,
                Setting::Enterprise { host, other_hosts } => {
                    at_enterprise += 1;
                    if rank < counted {
                        if let Some(days) = enterprise_days.get_mut(g) {
                            *days = days.saturating_add(period.dates.len_days());
                        }
                    }
                    let setting_at = settings_at.index(s);
                    if other_hosts.is_empty() {
                        let members = facts.groups.members(g).len() as u64;
                        at_hosts.push((*host, s, members));
                        placements_cover(facts, &cover, g, *host, period.dates, setting_at, sink);
                    } else {
                        named.clear();
                        named.extend(entry.setting.hosts().enumerate().map(|(k, h)| (h, k)));
                        named.sort_unstable();
                        let split = Split {
                            named: &named,
                            setting: s,
                            dates: period.dates,
                            setting_at,
                        };
                        split_among_hosts(facts, &cover, g, &split, &mut at_hosts, sink);
                    }
                }
            }
        }

        let complete =
            !dangling_group && !dangling_host && !twice && distinct == groups.usable_count();
        if rank < counted && !complete {
            fair_share_readable = false;
        }
        if complete && (at_school == 0 || at_enterprise == 0) {
            sink.push(
                RuleCode::AlternationSplitEachPeriod,
                period_at,
                Scope::Plain,
                "the period needs at least one group at school and one at an enterprise".to_owned(),
                vec![
                    Figure::new("at_school", at_school),
                    Figure::new("at_enterprise", at_enterprise),
                ],
            );
        }
        host_capacity(facts, &mut at_hosts, settings_at, sink);
    }

    settings_alternate(rotation, &mut timeline, periods_at, sink);
    if fair_share_readable && counted > 0 {
        fair_share(groups, &enterprise_days, at, sink);
    }
    spans
}

/// `span` widened to include `dates`.
fn widen(span: Option<DateRange>, dates: DateRange) -> DateRange {
    let Some(span) = span else { return dates };
    let first: NaiveDate = span.first().min(dates.first());
    DateRange::new(first, span.last().max(dates.last())).unwrap_or(span)
}

/// `alternation.placements_cover` for the members of group `g` at `host` on `dates`.
fn placements_cover(
    facts: &Facts<'_>,
    cover: &Cover,
    g: usize,
    host: EnterpriseId,
    dates: DateRange,
    setting_at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    if !sink.wants(RuleCode::AlternationPlacementsCover) {
        return;
    }
    for &(_, student, _) in facts.groups.members(g) {
        if let Some(day) = cover.first_uncovered(student, host, dates) {
            sink.push(
                RuleCode::AlternationPlacementsCover,
                setting_at,
                Scope::Plain,
                "the student's work placements at the host do not cover the period".to_owned(),
                vec![
                    Figure::new("student", student),
                    Figure::new("host", host),
                    Figure::new("dates", dates),
                    Figure::new("first_uncovered_day", day),
                ],
            );
        }
    }
}

/// A setting that splits a group among several hosts.
struct Split<'a> {
    /// The hosts it names, with their position in it, sorted by host.
    named: &'a [(EnterpriseId, usize)],
    /// Its position in the period's settings, the period's days, and where it is.
    setting: usize,
    dates: DateRange,
    setting_at: Loc<'a>,
}

/// A group split among the hosts `split` names: each member is at the named host where their work
/// placements of the period are (of several, the first named whose placements cover the period,
/// else the first named where one overlaps it). A member with none there is reported by
/// `alternation.placements_cover` (from the period's first day) and counted at no host; a member
/// whose placements at their host leave a day uncovered is reported from that day.
fn split_among_hosts(
    facts: &Facts<'_>,
    cover: &Cover,
    g: usize,
    split: &Split<'_>,
    at_hosts: &mut Vec<(EnterpriseId, usize, u64)>,
    sink: &mut Sink<'_>,
) {
    let wants_cover = sink.wants(RuleCode::AlternationPlacementsCover);
    for &(_, student, _) in facts.groups.members(g) {
        let Some(found) = cover.host_of(student, split.named, split.dates) else {
            continue; // a skipped placement of theirs overlaps the period
        };
        if let Some((host, _)) = found.host {
            at_hosts.push((host, split.setting, 1));
        }
        if !wants_cover {
            continue;
        }
        let uncovered = match found.host {
            Some((_, day)) => day,
            None => Some(split.dates.first()),
        };
        let Some(day) = uncovered else { continue };
        let host = match found.host {
            Some((host, _)) => host.to_string(),
            None => "none of the named hosts".to_owned(),
        };
        sink.push(
            RuleCode::AlternationPlacementsCover,
            split.setting_at,
            Scope::Plain,
            "the student's work placements at the host do not cover the period".to_owned(),
            vec![
                Figure::new("student", student),
                Figure::new("host", host),
                Figure::new("dates", split.dates),
                Figure::new("first_uncovered_day", day),
            ],
        );
    }
}

/// `alternation.host_capacity` for one period: `at_hosts` holds (host, setting, students) of its
/// groups at one host and of each member of a split group at the host they are at; each host over
/// its places is reported at its first setting.
fn host_capacity(
    facts: &Facts<'_>,
    at_hosts: &mut [(EnterpriseId, usize, u64)],
    settings_at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    at_hosts.sort_unstable();
    for run in at_hosts.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(host, first_setting, _)) = run.first() else {
            continue;
        };
        let students: u64 = run
            .iter()
            .fold(0u64, |sum, &(_, _, n)| sum.saturating_add(n));
        let places = places_of(facts.places, host);
        if students > places {
            sink.push(
                RuleCode::AlternationHostCapacity,
                settings_at.index(first_setting),
                Scope::Plain,
                "the groups at the host exceed the places it offers".to_owned(),
                vec![
                    Figure::new("host", host),
                    Figure::new("limit", Quantity::count(places, Unit::PlacesOrOne)),
                    Figure::new("actual", Quantity::count(students, Unit::StudentsOrOne)),
                ],
            );
        }
    }
}

/// `alternation.settings_alternate`: in each group's timeline, sorted by rank, two entries of
/// consecutive periods with the same kind of setting.
fn settings_alternate(
    rotation: &Rotation,
    timeline: &mut [Entry],
    periods_at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    if !sink.wants(RuleCode::AlternationSettingsAlternate) {
        return;
    }
    timeline.sort_unstable();
    let setting_path = |entry: &Entry| {
        let period_at = periods_at.index(entry.period);
        let settings_at = period_at.field("settings");
        settings_at.index(entry.setting).to_path()
    };
    for pair in timeline.windows(2) {
        let &[earlier, later] = pair else { continue };
        let consecutive =
            earlier.group == later.group && earlier.rank.checked_add(1) == Some(later.rank);
        if !consecutive || earlier.at_enterprise != later.at_enterprise {
            continue;
        }
        let setting_of = |entry: &Entry| {
            rotation
                .periods
                .get(entry.period)
                .and_then(|p| p.settings.get(entry.setting))
                .map(|s| &s.setting)
        };
        let mut figures = vec![Figure::new("earlier", setting_path(&earlier))];
        if let Some(setting) = setting_of(&later) {
            figures.push(Figure::new(
                "setting",
                FigureValue::term(setting.kind_name()),
            ));
        }
        for (name, entry) in [("earlier_host", &earlier), ("host", &later)] {
            if let Some(host) = setting_of(entry).and_then(|s| s.host()) {
                figures.push(Figure::new(name, host));
            }
        }
        let period_at = periods_at.index(later.period);
        let settings_at = period_at.field("settings");
        sink.push(
            RuleCode::AlternationSettingsAlternate,
            settings_at.index(later.setting),
            Scope::Plain,
            "the group has the same kind of setting as in the period before".to_owned(),
            figures,
        );
    }
}

/// `alternation.fair_share`: the groups with most and fewest enterprise days over the counted
/// periods.
fn fair_share(groups: &Groups, enterprise_days: &[i64], at: Loc<'_>, sink: &mut Sink<'_>) {
    let days = |g: usize| enterprise_days.get(g).copied().unwrap_or(0);
    let most = groups
        .usable()
        .max_by_key(|&g| (days(g), std::cmp::Reverse(g)));
    let fewest = groups.usable().min_by_key(|&g| (days(g), g));
    let (Some(most), Some(fewest)) = (most, fewest) else {
        return;
    };
    let limit = sink.policy().max_enterprise_days_imbalance;
    let difference = days(most).saturating_sub(days(fewest));
    if difference > i64::from(limit) {
        let groups_at = at.field("groups");
        sink.push(
            RuleCode::AlternationFairShare,
            groups_at,
            Scope::Plain,
            "some groups spend many more days at enterprises than others".to_owned(),
            vec![
                Figure::new("limit", Quantity::count(limit, Unit::Days)),
                Figure::new("actual", Quantity::count(difference, Unit::Days)),
                Figure::new("most", groups_at.index(most).to_path()),
                Figure::new("most_days", days(most)),
                Figure::new("fewest", groups_at.index(fewest).to_path()),
                Figure::new("fewest_days", days(fewest)),
            ],
        );
    }
}
