//! Typed ids: one newtype over a UUID for every kind of element.
//!
//! An id of one kind cannot be passed where another is expected: a [`StudentId`] is not an
//! [`EnterpriseId`]. Ids print and parse as the plain hyphenated UUID, and serialize as that string.
//!
//! ```
//! use school_enterprise::StudentId;
//!
//! let id: StudentId = "67e55044-10b1-426f-9247-bb680e5fe0c8".parse()?;
//! assert_eq!(id.to_string(), "67e55044-10b1-426f-9247-bb680e5fe0c8");
//! assert_eq!(StudentId::from_u128(7).as_uuid().as_u128(), 7);
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

use crate::Error;

macro_rules! typed_ids {
    ($($(#[$doc:meta])* $name:ident => $kind:literal;)*) => {
    /// The kind of every typed id, as its `KIND` gives it.
    pub(crate) const KINDS: &[&str] = &[$($kind),*];
    $(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(Uuid);

        impl $name {
            /// The kind of element this id names, as used in error messages.
            pub const KIND: &'static str = $kind;

            /// Wraps a UUID.
            pub const fn new(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// An id from the 128 bits of a UUID (handy for fixtures and tests).
            pub const fn from_u128(bits: u128) -> Self {
                Self(Uuid::from_u128(bits))
            }

            /// The UUID inside.
            pub const fn as_uuid(&self) -> &Uuid {
                &self.0
            }
        }

        impl From<Uuid> for $name {
            fn from(uuid: Uuid) -> Self {
                Self(uuid)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Uuid {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0.hyphenated(), f)
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                parse_uuid(s, $kind).map(Self)
            }
        }

        impl From<$name> for crate::FigureValue {
            /// The id, the same in every language.
            fn from(id: $name) -> Self {
                crate::FigureValue::Id(id.0)
            }
        }

        impl From<&$name> for crate::FigureValue {
            /// The id, the same in every language.
            fn from(id: &$name) -> Self {
                crate::FigureValue::Id(id.0)
            }
        }

        crate::text_serde::serde_as_text!($name, concat!("a UUID string (", $kind, " id)"));

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                crate::text_serde::schema::text(
                    concat!("The id of a ", $kind, ": a UUID, hyphenated, 36 characters."),
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                    "67e55044-10b1-426f-9247-bb680e5fe0c8",
                )
            }
        }
    )*};
}

/// Parses the plain hyphenated form (`67e55044-10b1-426f-9247-bb680e5fe0c8`, 36 characters,
/// either case); braced, URN and unhyphenated forms are refused.
fn parse_uuid(s: &str, kind: &'static str) -> Result<Uuid, Error> {
    let invalid = || Error::InvalidId {
        kind,
        value: s.to_owned(),
    };
    if s.len() != 36 {
        return Err(invalid());
    }
    Uuid::parse_str(s).map_err(|_| invalid())
}

typed_ids! {
    /// Identifies a [`School`](crate::School).
    SchoolId => "school";
    /// Identifies an [`Enterprise`](crate::Enterprise).
    EnterpriseId => "enterprise";
    /// Identifies a [`Student`](crate::Student).
    StudentId => "student";
    /// Identifies an [`Instructor`](crate::Instructor): a school teacher or an enterprise professional.
    InstructorId => "instructor";
    /// Identifies a [`CooperationAgreement`](crate::CooperationAgreement).
    AgreementId => "agreement";
    /// Identifies a [`Placement`](crate::Placement).
    PlacementId => "placement";
    /// Identifies a group of a work-study rotation.
    GroupId => "group";
    /// Identifies a [`Post`](crate::Post) at an enterprise.
    PostId => "post";
    /// Identifies a [`CampusSite`](crate::CampusSite) of a school.
    SiteId => "site";
    /// Identifies a production line an enterprise runs on campus.
    LineId => "line";
    /// Identifies a practice base an enterprise provides.
    BaseId => "base";
    /// Identifies a course of a teaching plan.
    CourseId => "course";
    /// Identifies a curriculum module of an order class.
    ModuleId => "module";
    /// Identifies an enterprise requirement (a skill its posts need).
    RequirementId => "requirement";
    /// Identifies an exam.
    ExamId => "exam";
    /// Identifies a training or practical session.
    SessionId => "session";
    /// Identifies a piece of equipment.
    EquipmentId => "equipment";
    /// Identifies a contribution (equipment, material, funding) to a cooperation.
    ContributionId => "contribution";
    /// Identifies a rotation period or a production or training period.
    PeriodId => "period";
    /// Identifies a job task of an employment.
    TaskId => "task";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_and_parse_round_trip() {
        let id = StudentId::from_u128(0x67e5_5044_10b1_426f_9247_bb68_0e5f_e0c8);
        let text = id.to_string();
        assert_eq!(text, "67e55044-10b1-426f-9247-bb680e5fe0c8");
        assert_eq!(text.parse::<StudentId>(), Ok(id));
    }

    #[test]
    fn malformed_uuid_names_kind_and_value() {
        let err = "not-a-uuid".parse::<EnterpriseId>().unwrap_err();
        assert_eq!(
            err,
            Error::InvalidId {
                kind: "enterprise",
                value: "not-a-uuid".into()
            }
        );
        assert!(err.to_string().contains("enterprise id \"not-a-uuid\""));
    }
}
