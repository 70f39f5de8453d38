//! A rotation written out for people: its groups, then where each group is in each period.

use std::fmt;

use super::model::{Rotation, Setting};
use crate::Registry;

/// A rotation written out for people: what [`Rotation::outline`] returns.
///
/// One line per group (`group 1 (21 students)`), numbered in the order of
/// [`Rotation::groups`], then one line per period with each group's setting in the order the
/// period lists them (`2025-09-01..=2026-01-16: group 1 at Delta Motors, group 2 at school`).
/// Hosts are named as the registry names them, a group split among hosts as `A and B`; a host or
/// group the registry or the rotation does not know is written as its id. Every line is indented
/// by two spaces and ends with a newline.
#[derive(Debug, Clone, Copy)]
#[must_use = "the outline prints only when written out"]
pub struct RotationOutline<'a> {
    rotation: &'a Rotation,
    registry: &'a Registry,
}

impl Rotation {
    /// The rotation written out for people, hosts named from `registry` (see
    /// [`RotationOutline`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::alternation::*;
    /// use school_enterprise::*;
    ///
    /// let (a, b, host) = (GroupId::from_u128(1), GroupId::from_u128(2), EnterpriseId::from_u128(3));
    /// let delta = Enterprise::builder().id(host).name("Delta Motors").sector("cars").employees(900)
    ///     .legal_status(LegalStatus::OwnEntity).venue(VenueKind::Factory).build()?;
    /// let registry = Registry::new(vec![], vec![delta], vec![], vec![])?;
    /// let autumn = DateRange::new(NaiveDate::from_ymd_opt(2025, 9, 1).ok_or("date")?,
    ///     NaiveDate::from_ymd_opt(2026, 1, 16).ok_or("date")?)?;
    /// let mut period = Period::new(PeriodId::from_u128(4), autumn);
    /// period.settings = vec![GroupSetting::new(a, Setting::at(host)), GroupSetting::new(b, Setting::School)];
    /// let students = [StudentId::from_u128(10), StudentId::from_u128(11), StudentId::from_u128(12)];
    /// let rotation = Rotation::builder()
    ///     .cohort(Cohort::new(Name::new("mechatronics")?, 2024, students.to_vec()))
    ///     .unit(RotationUnit::Semester)
    ///     .group(Group::new(a, students[..2].to_vec()))
    ///     .group(Group::new(b, students[2..].to_vec()))
    ///     .period(period)
    ///     .build()?;
    /// assert_eq!(
    ///     rotation.outline(&registry).to_string(),
    ///     "  group 1 (2 students)\n  group 2 (1 students)\n  \
    ///      2025-09-01..=2026-01-16: group 1 at Delta Motors, group 2 at school\n"
    /// );
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn outline<'a>(&'a self, registry: &'a Registry) -> RotationOutline<'a> {
        RotationOutline {
            rotation: self,
            registry,
        }
    }
}

impl fmt::Display for RotationOutline<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let groups = &self.rotation.groups;
        for (number, group) in (1..).zip(groups) {
            writeln!(f, "  group {number} ({} students)", group.members.len())?;
        }
        for period in &self.rotation.periods {
            write!(f, "  {}: ", period.dates)?;
            for (i, s) in period.settings.iter().enumerate() {
                f.write_str(if i == 0 { "" } else { ", " })?;
                match groups.iter().position(|g| g.id == s.group) {
                    Some(position) => write!(f, "group {}", position.saturating_add(1))?,
                    None => write!(f, "group {}", s.group)?,
                }
                if let Setting::School = s.setting {
                    f.write_str(" at school")?;
                }
                for (j, host) in s.setting.hosts().enumerate() {
                    f.write_str(if j == 0 { " at " } else { " and " })?;
                    match self.registry.enterprise(host) {
                        Some(enterprise) => write!(f, "{}", enterprise.name)?,
                        None => write!(f, "{host}")?,
                    }
                }
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
