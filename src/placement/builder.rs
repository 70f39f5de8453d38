//! The placement builder, with the shortcuts a school's internship office uses.

use chrono::NaiveDate;

use crate::SchoolDay;

use crate::{
    Arrangement, Charge, Consent, DateRange, EnterpriseId, Error, ExtraShift, InstructorId,
    Insurance, Pay, Placement, PlacementId, PlacementKind, PostId, Record, Schedule, Share,
    StudentId, TripartiteSignatures,
};

/// Builds a [`Placement`] with named setters.
///
/// The six fields that say who, where and when are required: `id`, `student`, `host`, `post`,
/// `kind` and `dates`; `build()` names each one missing. Everything the student-protection
/// rules look for (paperwork, insurance, supervision, pay) starts absent and is reported by the
/// rules until it is given. Two shortcuts:
///
/// - [`paperwork_on`](Self::paperwork_on) dates the internship plan, the filing, the three
///   signatures of the tripartite agreement, the student's and the guardian's consent and the
///   safety training on one day;
/// - [`insured`](Self::insured) adds a liability insurance covering the placement's own dates.
///
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use school_enterprise::*;
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let placement = Placement::builder()
///     .id(PlacementId::from_u128(6))
///     .student(StudentId::from_u128(4))
///     .host(EnterpriseId::from_u128(2))
///     .post(PostId::from_u128(3))
///     .kind(PlacementKind::Independent)
///     .dates(DateRange::new(d(3, 2), d(6, 30))?)
///     .schedule(WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, "08:30–17:30".parse()?, 60)?)
///     .paperwork_on(d(2, 16))
///     .insured(Share::ZERO)
///     .build()?;
/// assert_eq!(placement.insurance[0].covers, placement.dates);
/// assert_eq!(placement.tripartite.host, Some(d(2, 16)));
/// assert_eq!(placement.supervisor, None); // not given: `placement.supervision` reports it
///
/// let error = Placement::builder().id(PlacementId::from_u128(6)).build().unwrap_err();
/// assert_eq!(error.to_string(), "Placement is missing student, host, post, kind, dates");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
#[must_use = "a builder does nothing until `build()` is called"]
pub struct PlacementBuilder {
    id: Option<PlacementId>,
    student: Option<StudentId>,
    host: Option<EnterpriseId>,
    post: Option<PostId>,
    kind: Option<PlacementKind>,
    dates: Option<DateRange>,
    schedule: Schedule,
    days_off: Vec<NaiveDate>,
    extra_shifts: Vec<ExtraShift>,
    pay: Option<Pay>,
    internship_plan_on: Option<NaiveDate>,
    filed_on: Option<NaiveDate>,
    tripartite: TripartiteSignatures,
    consent: Consent,
    insurance: Vec<Insurance>,
    insured_shares: Vec<Share>,
    school_instructor: Option<InstructorId>,
    supervisor: Option<InstructorId>,
    safety_training_on: Option<NaiveDate>,
    charges: Vec<Charge>,
    arranged: Arrangement,
    record: Option<Record>,
    training_started_on: Option<NaiveDate>,
    school_days: Vec<SchoolDay>,
}

impl Placement {
    /// A builder for a [`Placement`], with named setters; see [`PlacementBuilder`].
    pub fn builder() -> PlacementBuilder {
        PlacementBuilder::default()
    }
}

impl PlacementBuilder {
    /// The placement's id. Required.
    pub fn id(mut self, id: PlacementId) -> Self {
        self.id = Some(id);
        self
    }

    /// The student. Required.
    pub fn student(mut self, student: StudentId) -> Self {
        self.student = Some(student);
        self
    }

    /// The host enterprise. Required.
    pub fn host(mut self, host: EnterpriseId) -> Self {
        self.host = Some(host);
        self
    }

    /// The post at the host. Required.
    pub fn post(mut self, post: PostId) -> Self {
        self.post = Some(post);
        self
    }

    /// Observation visit, assisting or independent work. Required.
    pub fn kind(mut self, kind: PlacementKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// The days of the placement, both included. Required.
    pub fn dates(mut self, dates: DateRange) -> Self {
        self.dates = Some(dates);
        self
    }

    /// The schedule: a [`WeeklySchedule`](crate::WeeklySchedule) or a rota. Empty (no shifts)
    /// unless set.
    pub fn schedule(mut self, schedule: impl Into<Schedule>) -> Self {
        self.schedule = schedule.into();
        self
    }

    /// Adds dates with no work (a day off cancels the pattern's shifts that start on it).
    pub fn days_off(mut self, dates: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.days_off.extend(dates);
        self
    }

    /// Adds shifts worked on a date beside the schedule.
    pub fn extra_shifts(mut self, shifts: impl IntoIterator<Item = ExtraShift>) -> Self {
        self.extra_shifts.extend(shifts);
        self
    }

    /// The pay. None unless set.
    pub fn pay(mut self, pay: Pay) -> Self {
        self.pay = Some(pay);
        self
    }

    /// The day school and host drew up the internship plan.
    pub fn internship_plan_on(mut self, date: NaiveDate) -> Self {
        self.internship_plan_on = Some(date);
        self
    }

    /// The day the school filed the placement with its competent authority.
    pub fn filed_on(mut self, date: NaiveDate) -> Self {
        self.filed_on = Some(date);
        self
    }

    /// The tripartite agreement's signatures.
    pub fn tripartite(mut self, signatures: TripartiteSignatures) -> Self {
        self.tripartite = signatures;
        self
    }

    /// The consent signatures.
    pub fn consent(mut self, consent: Consent) -> Self {
        self.consent = consent;
        self
    }

    /// The paperwork done on one day: the internship plan, the filing, the school's, host's and
    /// student's signatures of the tripartite agreement, the student's and a guardian's consent,
    /// and the safety training. Each may be set again afterwards with its own setter.
    pub fn paperwork_on(mut self, date: NaiveDate) -> Self {
        self.internship_plan_on = Some(date);
        self.filed_on = Some(date);
        self.tripartite = TripartiteSignatures::signed_on(date);
        self.consent = Consent::signed_on(date);
        self.safety_training_on = Some(date);
        self
    }

    /// Adds a liability insurance policy.
    pub fn insurance(mut self, insurance: Insurance) -> Self {
        self.insurance.push(insurance);
        self
    }

    /// Adds a liability insurance policy covering the placement's dates (as they are at
    /// `build()`), the student paying `student_premium_share` of its premium.
    pub fn insured(mut self, student_premium_share: Share) -> Self {
        self.insured_shares.push(student_premium_share);
        self
    }

    /// The school's instructor.
    pub fn school_instructor(mut self, instructor: InstructorId) -> Self {
        self.school_instructor = Some(instructor);
        self
    }

    /// The host's supervisor.
    pub fn supervisor(mut self, instructor: InstructorId) -> Self {
        self.supervisor = Some(instructor);
        self
    }

    /// The day the student passed safety training.
    pub fn safety_training_on(mut self, date: NaiveDate) -> Self {
        self.safety_training_on = Some(date);
        self
    }

    /// Adds a charge imposed on the student.
    pub fn charge(mut self, charge: Charge) -> Self {
        self.charges.push(charge);
        self
    }

    /// How the placement was arranged; directly between school and host unless set.
    pub fn arranged(mut self, arranged: Arrangement) -> Self {
        self.arranged = arranged;
        self
    }

    /// What actually happened: worked shifts and payments.
    pub fn record(mut self, record: Record) -> Self {
        self.record = Some(record);
        self
    }

    /// The day the trainee's training started (the training year and the minimum training
    /// allowance); the student's enrollment date unless set.
    pub fn training_started_on(mut self, date: NaiveDate) -> Self {
        self.training_started_on = Some(date);
        self
    }

    /// Adds vocational-school days, held in every week of the placement.
    pub fn school_days(mut self, days: impl IntoIterator<Item = SchoolDay>) -> Self {
        self.school_days.extend(days);
        self
    }

    /// One student's placement from a template that holds what a class's placements share (host,
    /// post, dates, schedule, paperwork, ...): the template with this `id` and `student`, built.
    /// The template is left as it was, ready for the next student.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::*;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).ok_or("no such date");
    /// let class = Placement::builder()
    ///     .host(EnterpriseId::from_u128(2))
    ///     .post(PostId::from_u128(3))
    ///     .kind(PlacementKind::Independent)
    ///     .dates(DateRange::new(d(3, 2)?, d(6, 30)?)?)
    ///     .insured(Share::ZERO);
    /// let placements = (0..30)
    ///     .map(|i| class.for_student(PlacementId::from_u128(500 + i), StudentId::from_u128(100 + i)))
    ///     .collect::<Result<Vec<_>, _>>()?;
    /// assert_eq!(placements[29].student, StudentId::from_u128(129));
    /// assert_eq!(placements[29].insurance[0].covers, placements[29].dates);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_student(&self, id: PlacementId, student: StudentId) -> Result<Placement, Error> {
        self.clone().id(id).student(student).build()
    }

    /// One placement from this template for each of `students`, as
    /// [`for_student`](PlacementBuilder::for_student) builds one: the placements' ids are
    /// numbered upward from `first` in the students' order (`first`, `first + 1`, ...,
    /// wrapping past the largest UUID). Stops at the first placement refused, returning its error
    /// ([`Error::MissingFields`] naming what the template lacks).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::*;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).ok_or("no such date");
    /// let class = Placement::builder()
    ///     .host(EnterpriseId::from_u128(2))
    ///     .post(PostId::from_u128(3))
    ///     .kind(PlacementKind::Independent)
    ///     .dates(DateRange::new(d(3, 2)?, d(6, 30)?)?)
    ///     .insured(Share::ZERO);
    /// let students = (100..130).map(StudentId::from_u128);
    /// let placements = class.for_students(PlacementId::from_u128(500), students)?;
    /// assert_eq!(placements[29].id, PlacementId::from_u128(529));
    /// assert_eq!(placements[29].student, StudentId::from_u128(129));
    /// let no_post = Placement::builder().host(EnterpriseId::from_u128(2)).kind(PlacementKind::Independent)
    ///     .dates(DateRange::new(d(3, 2)?, d(6, 30)?)?);
    /// let error = no_post.for_students(PlacementId::from_u128(500), [StudentId::from_u128(100)]);
    /// assert_eq!(error, Err(Error::MissingFields { builder: "Placement", fields: vec!["post"] }));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_students(
        &self,
        first: PlacementId,
        students: impl IntoIterator<Item = StudentId>,
    ) -> Result<Vec<Placement>, Error> {
        let first = first.as_uuid().as_u128();
        (0u128..)
            .zip(students)
            .map(|(n, student)| {
                self.for_student(PlacementId::from_u128(first.wrapping_add(n)), student)
            })
            .collect()
    }

    /// The placement, or [`Error::MissingFields`] naming every required field not set, or what
    /// [`Placement::check_dated_changes`] refuses.
    pub fn build(self) -> Result<Placement, Error> {
        let mut missing = Vec::new();
        for (set, field) in [
            (self.id.is_some(), "id"),
            (self.student.is_some(), "student"),
            (self.host.is_some(), "host"),
            (self.post.is_some(), "post"),
            (self.kind.is_some(), "kind"),
            (self.dates.is_some(), "dates"),
        ] {
            if !set {
                missing.push(field);
            }
        }
        let (Some(id), Some(student), Some(host), Some(post), Some(kind), Some(dates)) = (
            self.id,
            self.student,
            self.host,
            self.post,
            self.kind,
            self.dates,
        ) else {
            return Err(Error::MissingFields {
                builder: "Placement",
                fields: missing,
            });
        };
        let mut insurance = self.insurance;
        insurance.extend(
            self.insured_shares
                .into_iter()
                .map(|share| Insurance::new(dates, share)),
        );
        let placement = Placement {
            id,
            student,
            host,
            post,
            kind,
            dates,
            schedule: self.schedule,
            days_off: self.days_off,
            extra_shifts: self.extra_shifts,
            pay: self.pay,
            internship_plan_on: self.internship_plan_on,
            filed_on: self.filed_on,
            tripartite: self.tripartite,
            consent: self.consent,
            insurance,
            school_instructor: self.school_instructor,
            supervisor: self.supervisor,
            safety_training_on: self.safety_training_on,
            charges: self.charges,
            arranged: self.arranged,
            record: self.record,
            training_started_on: self.training_started_on,
            school_days: self.school_days,
        };
        placement.check_dated_changes()?;
        Ok(placement)
    }
}
