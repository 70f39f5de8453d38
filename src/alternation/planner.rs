//! The rotation planner: from a cohort, its terms and the places at each host, a rotation the
//! checker accepts, or the constraint that cannot be met and by how much.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::{
    Cohort, Group, GroupSetting, HostPlaces, Period, Rotation, RotationUnit, Setting,
};
use crate::{
    study_year_start, DateRange, EnterpriseId, GroupId, PeriodId, Policy, Registry, SchoolId,
    StudentId,
};

/// What the planner plans from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PlanRequest {
    /// The school the cohort belongs to (the agreement's school).
    pub school: SchoolId,
    /// The cohort, with its major and grade.
    pub cohort: Cohort,
    /// The terms, in date order: one rotation period each.
    pub terms: Vec<DateRange>,
    /// The unit by which groups swap.
    pub unit: RotationUnit,
    /// The places each host offers in every term.
    pub places: Vec<HostPlaces>,
    /// Ids are numbered from this UUID upward: group `i` gets `ids_from + i`, period `j` gets
    /// `ids_from + j` (ids of different kinds never clash). Give each plan its own range.
    pub ids_from: Uuid,
}

impl PlanRequest {
    /// A request to plan `cohort`'s rotation over `terms`.
    #[deprecated(note = "use PlanRequestBuilder: `PlanRequest::builder()` names each field")]
    pub fn new(
        school: SchoolId,
        cohort: Cohort,
        terms: Vec<DateRange>,
        unit: RotationUnit,
        places: Vec<HostPlaces>,
        ids_from: Uuid,
    ) -> Self {
        Self {
            school,
            cohort,
            terms,
            unit,
            places,
            ids_from,
        }
    }
}

/// A work placement the plan needs: `student` at `host` on every day of `dates`
/// (`alternation.placements_cover`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PlacementNeed {
    /// The period that needs it.
    pub period: PeriodId,
    /// The student's group.
    pub group: GroupId,
    /// The student.
    pub student: StudentId,
    /// The host.
    pub host: EnterpriseId,
    /// The days to cover.
    pub dates: DateRange,
}

/// A planned rotation, and the work placements it needs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Plan {
    /// The rotation.
    pub rotation: Rotation,
    /// One work placement per student per enterprise period, by period, group and student.
    pub placements_needed: Vec<PlacementNeed>,
}

impl Plan {
    /// The work placements the plan needs, one per [`PlacementNeed`] in order: each is the
    /// builder `template(need)` returns (with the post, kind, schedule, paperwork and insurance
    /// the school arranges), given the need's student, host and dates, and the id
    /// `ids_from + n` for the `n`th need (wrapping past the largest UUID). A builder's own id,
    /// student, host or dates are replaced; insurance added with
    /// [`insured`](crate::PlacementBuilder::insured) covers the need's dates.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use school_enterprise::alternation::*;
    /// # use school_enterprise::*;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let school = School::builder().id(SchoolId::from_u128(1)).name("Riverside")
    /// #     .kind(SchoolKind::SecondaryVocational).build()?;
    /// # let students: Vec<Student> = (0..4u128).map(|i| Student::builder()
    /// #     .id(StudentId::from_u128(10 + i)).school(school.id).name("Student")
    /// #     .birth_date(d(2007, 5, 1)).major("mechatronics").major_category("mechatronics")
    /// #     .grade(2024).enrolled_on(d(2024, 9, 1)).expected_graduation(d(2027, 7, 1)).build())
    /// #     .collect::<Result<_, _>>()?;
    /// # let host = EnterpriseId::from_u128(2);
    /// # let firm = Enterprise::builder().id(host).name("Delta Motors").sector("manufacturing")
    /// #     .legal_status(LegalStatus::OwnEntity).venue(VenueKind::Factory).employees(400).build()?;
    /// # let registry = Registry::new(vec![school], vec![firm], students.clone(), vec![])?;
    /// # let request = PlanRequest::builder().school(SchoolId::from_u128(1))
    /// #     .cohort(Cohort::new(Name::new("mechatronics")?, 2024, students.iter().map(|s| s.id).collect()))
    /// #     .terms([DateRange::new(d(2025, 9, 1), d(2026, 1, 20))?, DateRange::new(d(2026, 3, 2), d(2026, 7, 10))?])
    /// #     .unit(RotationUnit::Semester).place(HostPlaces::new(host, 2))
    /// #     .ids_from(uuid::Uuid::from_u128(0x100)).build()?;
    /// let plan = plan(&request, &registry, &Policy::cn())?;
    /// let placements = plan.placements(uuid::Uuid::from_u128(0x900), |_| {
    ///     Placement::builder()
    ///         .post(PostId::from_u128(3))
    ///         .kind(PlacementKind::Independent)
    ///         .insured(Share::ZERO)
    /// })?;
    /// assert_eq!(placements.len(), 4);
    /// assert_eq!(placements[0].dates, plan.placements_needed[0].dates);
    /// assert_eq!(placements[0].insurance[0].covers, placements[0].dates);
    /// assert_eq!(placements[3].id, PlacementId::from_u128(0x903));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn placements(
        &self,
        ids_from: Uuid,
        mut template: impl FnMut(&PlacementNeed) -> crate::PlacementBuilder,
    ) -> Result<Vec<crate::Placement>, crate::Error> {
        let base = ids_from.as_u128();
        self.placements_needed
            .iter()
            .enumerate()
            .map(|(n, need)| {
                template(need)
                    .id(crate::PlacementId::from_u128(base.wrapping_add(n as u128)))
                    .student(need.student)
                    .host(need.host)
                    .dates(need.dates)
                    .build()
            })
            .collect()
    }
}

crate::builder::builder! {
    /// Builds a [`PlanRequest`] with named setters.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::alternation::*;
    /// use school_enterprise::*;
    ///
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let request = PlanRequest::builder()
    ///     .school(SchoolId::from_u128(1))
    ///     .cohort(Cohort::new(Name::new("mechatronics")?, 2024, vec![StudentId::from_u128(10)]))
    ///     .term(DateRange::new(d(2025, 9, 1), d(2026, 1, 20))?)
    ///     .term(DateRange::new(d(2026, 3, 2), d(2026, 7, 10))?)
    ///     .unit(RotationUnit::Semester)
    ///     .place(HostPlaces::new(EnterpriseId::from_u128(2), 1))
    ///     .ids_from(uuid::Uuid::from_u128(0x100))
    ///     .build()?;
    /// assert_eq!(request.terms.len(), 2);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    PlanRequestBuilder => PlanRequest {
        required {
            /// The school the cohort belongs to.
            school: SchoolId,
            /// The cohort, with its major and grade.
            cohort: Cohort,
            /// The unit by which groups swap.
            unit: RotationUnit,
            /// Ids are numbered from this UUID upward.
            ids_from: Uuid,
        }
        names {}
        optional {}
        lists {
            /// The terms, in date order: one rotation period each.
            terms / term: Vec<DateRange> => DateRange,
            /// The places each host offers in every term.
            places / place: Vec<HostPlaces> => HostPlaces,
        }
        defaults {}
    }
}

/// Why no rotation can be planned: the constraint that cannot be met, and by how much.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PlanError {
    /// The cohort's major or grade is not stated.
    #[error("the cohort's {missing} is not stated")]
    CohortNotStated {
        /// `major`, `grade`, or `major and grade`.
        missing: &'static str,
    },
    /// Too few terms to alternate.
    #[error("a rotation needs at least {needed} terms; {given} given")]
    TooFewTerms {
        /// Terms given.
        given: usize,
        /// Terms needed.
        needed: usize,
    },
    /// A term starts on or before the last day of the term before it.
    #[error("terms[{term}] starts on {first_day}, {overlap_days} day(s) before terms[{previous}] ends: terms must be in date order without overlap")]
    TermsOverlap {
        /// The later term in the list.
        term: usize,
        /// The term before it.
        previous: usize,
        /// The later term's first day.
        first_day: NaiveDate,
        /// Days the two share (or by which the later one starts earlier).
        overlap_days: i64,
    },
    /// Too few students to split.
    #[error("a rotation needs at least {needed} students; the cohort has {given}")]
    TooFewStudents {
        /// Distinct students in the cohort.
        given: usize,
        /// Students needed.
        needed: usize,
    },
    /// A cohort student is not in the registry.
    #[error("student {student} is not in the registry")]
    UnknownStudent {
        /// The student.
        student: StudentId,
    },
    /// A host is not in the registry.
    #[error("host {host} is not in the registry")]
    UnknownHost {
        /// The host.
        host: EnterpriseId,
    },
    /// A cohort student belongs to another school.
    #[error("student {student} belongs to school {school}, not to the cohort's school")]
    OtherSchool {
        /// The student.
        student: StudentId,
        /// The student's school.
        school: SchoolId,
    },
    /// A cohort student is not of the cohort's major and grade.
    #[error("student {student} is of major {major:?} and grade {grade}, not the cohort's")]
    NotOfCohort {
        /// The student.
        student: StudentId,
        /// The student's major.
        major: String,
        /// The student's grade.
        grade: i32,
    },
    /// The first term starts before a student enrolls.
    #[error("the first term starts on {first_day}, {days_early} day(s) before student {student} enrolls on {enrolled_on}")]
    BeforeEnrollment {
        /// The student.
        student: StudentId,
        /// The first term's first day.
        first_day: NaiveDate,
        /// The student's enrollment date.
        enrolled_on: NaiveDate,
        /// Days too early.
        days_early: i64,
    },
    /// The last term ends after a student's expected graduation.
    #[error("the last term ends on {last_day}, {days_late} day(s) after student {student}'s expected graduation on {expected_graduation}")]
    AfterGraduation {
        /// The student.
        student: StudentId,
        /// The last term's last day.
        last_day: NaiveDate,
        /// The student's expected graduation.
        expected_graduation: NaiveDate,
        /// Days too late.
        days_late: i64,
    },
    /// The hosts' places cannot take the larger half of the cohort.
    #[error("hosts offer {offered} place(s) in all; {needed} are needed for the larger half of the cohort: {short} short")]
    TooFewPlaces {
        /// Students of the larger half.
        needed: u64,
        /// Places offered by every known host together.
        offered: u64,
        /// How many places are missing.
        short: u64,
    },
    /// A student's first enterprise term starts before the study year in which placements may.
    #[error("terms[{term}] would send student {student} to an enterprise from {first_day}, {days_early} day(s) before study year {study_year} starts on {allowed_from}")]
    BeforeStudyYear {
        /// The term.
        term: usize,
        /// The student.
        student: StudentId,
        /// The term's first day.
        first_day: NaiveDate,
        /// The first study year in which placements may start.
        study_year: u32,
        /// The first day of that study year for the student.
        allowed_from: NaiveDate,
        /// Days too early.
        days_early: i64,
    },
}

fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// Plans a rotation of `request.cohort` over `request.terms` that the checker accepts under
/// `policy`, with `registry`'s students and hosts.
///
/// The cohort's students, each once and in id order, are split into the fewest balanced groups
/// (two halves when the places allow it) whose enterprise turns fit the hosts' places, each group
/// at one host per term. Groups alternate: even-numbered groups start at an enterprise in the first
/// term, odd-numbered ones at school, and each swaps every term, so every period is split and every
/// group is at an enterprise about as often as any other. Each group's first enterprise term starts
/// no earlier than study year `min_study_year_for_placement`. Terms are used as given: a term whose
/// length is outside the unit's range, or a long gap between terms, is left for the checker to warn
/// about. The same request gives the same plan.
pub fn plan(
    request: &PlanRequest,
    registry: &Registry,
    policy: &Policy,
) -> Result<Plan, PlanError> {
    let cohort = &request.cohort;
    let (major, grade) = match (&cohort.major, cohort.grade) {
        (Some(major), Some(grade)) => (major, grade),
        (None, None) => {
            return Err(PlanError::CohortNotStated {
                missing: "major and grade",
            })
        }
        (None, Some(_)) => return Err(PlanError::CohortNotStated { missing: "major" }),
        (Some(_), None) => return Err(PlanError::CohortNotStated { missing: "grade" }),
    };
    let terms = &request.terms;
    if terms.len() < 2 {
        return Err(PlanError::TooFewTerms {
            given: terms.len(),
            needed: 2,
        });
    }
    for (i, pair) in terms.windows(2).enumerate() {
        if let [before, term] = pair {
            if term.first() <= before.last() {
                return Err(PlanError::TermsOverlap {
                    term: i + 1,
                    previous: i,
                    first_day: term.first(),
                    overlap_days: days_between(term.first(), before.last()) + 1,
                });
            }
        }
    }
    let (Some(first_term), Some(last_term)) = (terms.first(), terms.last()) else {
        return Err(PlanError::TooFewTerms {
            given: 0,
            needed: 2,
        });
    };

    let mut ids = cohort.students.clone();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() < 2 {
        return Err(PlanError::TooFewStudents {
            given: ids.len(),
            needed: 2,
        });
    }
    let mut students = Vec::with_capacity(ids.len());
    for &id in &ids {
        let student = registry
            .student(id)
            .ok_or(PlanError::UnknownStudent { student: id })?;
        if student.school != request.school {
            return Err(PlanError::OtherSchool {
                student: id,
                school: student.school,
            });
        }
        if student.major != *major || student.grade != grade {
            return Err(PlanError::NotOfCohort {
                student: id,
                major: student.major.to_string(),
                grade: student.grade,
            });
        }
        if first_term.first() < student.enrolled_on {
            return Err(PlanError::BeforeEnrollment {
                student: id,
                first_day: first_term.first(),
                enrolled_on: student.enrolled_on,
                days_early: days_between(first_term.first(), student.enrolled_on),
            });
        }
        if last_term.last() > student.expected_graduation {
            return Err(PlanError::AfterGraduation {
                student: id,
                last_day: last_term.last(),
                expected_graduation: student.expected_graduation,
                days_late: days_between(student.expected_graduation, last_term.last()),
            });
        }
        students.push(student);
    }

    let hosts = hosts(&request.places, registry)?;
    let n = ids.len();
    let needed = n.div_ceil(2) as u64;
    let offered: u64 = hosts.iter().map(|(_, places)| *places).sum();
    if offered < needed {
        return Err(PlanError::TooFewPlaces {
            needed,
            offered,
            short: needed - offered,
        });
    }
    // The fewest groups that fit; with one student a group every enterprise turn needs only as
    // many places as the larger half, which the hosts offer.
    let Some((sizes, host_of)) = (2..=n).find_map(|k| groups_of(n, k, &hosts, policy)) else {
        return Err(PlanError::TooFewPlaces {
            needed,
            offered,
            short: 0,
        });
    };

    // Members by id order, group after group; each group's first enterprise term (0 or 1) must
    // start in the permitted study year.
    let base = request.ids_from.as_u128();
    let mut groups = Vec::with_capacity(sizes.len());
    let mut next = 0;
    for (i, &size) in sizes.iter().enumerate() {
        let members = ids.get(next..next + size).unwrap_or(&[]).to_vec();
        let term = i % 2;
        let first_day = terms.get(term).map_or(first_term.first(), DateRange::first);
        for student in students.get(next..next + size).unwrap_or(&[]) {
            let year = policy.min_study_year_for_placement;
            if let Some(allowed_from) = study_year_start(student.enrolled_on, year) {
                if first_day < allowed_from {
                    return Err(PlanError::BeforeStudyYear {
                        term,
                        student: student.id,
                        first_day,
                        study_year: year,
                        allowed_from,
                        days_early: days_between(first_day, allowed_from),
                    });
                }
            }
        }
        next += size;
        groups.push(Group::new(
            GroupId::new(Uuid::from_u128(base.wrapping_add(i as u128))),
            members,
        ));
    }

    let mut periods = Vec::with_capacity(terms.len());
    let mut placements_needed = Vec::new();
    for (j, &dates) in terms.iter().enumerate() {
        let mut period = Period::new(
            PeriodId::new(Uuid::from_u128(base.wrapping_add(j as u128))),
            dates,
        );
        for (i, group) in groups.iter().enumerate() {
            let host = host_of.get(i).copied().filter(|_| i % 2 == j % 2);
            let setting = match host {
                Some(host) => {
                    placements_needed.extend(group.members.iter().map(|&student| PlacementNeed {
                        period: period.id,
                        group: group.id,
                        student,
                        host,
                        dates,
                    }));
                    Setting::at(host)
                }
                None => Setting::School,
            };
            period.settings.push(GroupSetting::new(group.id, setting));
        }
        periods.push(period);
    }

    let mut rotation = Rotation::for_cohort(Cohort::new(major.clone(), grade, ids), request.unit);
    rotation.groups = groups;
    rotation.periods = periods;
    rotation.places = request.places.clone();
    Ok(Plan {
        rotation,
        placements_needed,
    })
}

/// The hosts with places, each once with its places summed, most places first (then by id).
fn hosts(
    places: &[HostPlaces],
    registry: &Registry,
) -> Result<Vec<(EnterpriseId, u64)>, PlanError> {
    let mut hosts: Vec<(EnterpriseId, u64)> = Vec::with_capacity(places.len());
    for entry in places {
        if registry.enterprise(entry.host).is_none() {
            return Err(PlanError::UnknownHost { host: entry.host });
        }
        hosts.push((entry.host, u64::from(entry.places)));
    }
    hosts.sort_unstable();
    let mut summed: Vec<(EnterpriseId, u64)> = Vec::with_capacity(hosts.len());
    for (host, n) in hosts {
        match summed.last_mut() {
            Some((h, total)) if *h == host => *total = total.saturating_add(n),
            _ => summed.push((host, n)),
        }
    }
    summed.retain(|(_, n)| *n > 0);
    summed.sort_by_key(|&(host, n)| (std::cmp::Reverse(n), host));
    Ok(summed)
}

/// `n` students in `k` balanced groups (the first `n % k` one larger), if the policy's tolerance
/// allows it and each half's groups (even and odd positions) fit the hosts: the sizes, and each
/// group's host.
fn groups_of(
    n: usize,
    k: usize,
    hosts: &[(EnterpriseId, u64)],
    policy: &Policy,
) -> Option<(Vec<usize>, Vec<EnterpriseId>)> {
    let (q, r) = (n / k, n % k);
    if r > 0 && policy.rotation_group_size_tolerance == 0 {
        return None;
    }
    let sizes: Vec<usize> = (0..k).map(|i| q + usize::from(i < r)).collect();
    let mut host_of = vec![None; k];
    for phase in 0..2 {
        let mut items: Vec<(usize, usize)> = sizes
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 2 == phase)
            .map(|(i, &size)| (size, i))
            .collect();
        // Best fit, largest group first: each to the host with the fewest places left that fit.
        items.sort_by_key(|&(size, i)| (std::cmp::Reverse(size), i));
        let mut left: Vec<u64> = hosts.iter().map(|(_, places)| *places).collect();
        for (size, i) in items {
            let size = size as u64;
            let best = left
                .iter()
                .enumerate()
                .filter(|(_, &l)| l >= size)
                .min_by_key(|&(j, &l)| (l, j))
                .map(|(j, _)| j)?;
            if let (Some(l), Some(slot), Some((host, _))) =
                (left.get_mut(best), host_of.get_mut(i), hosts.get(best))
            {
                *l -= size;
                *slot = Some(*host);
            }
        }
    }
    let host_of: Option<Vec<EnterpriseId>> = host_of.into_iter().collect();
    host_of.map(|hosts| (sizes, hosts))
}
