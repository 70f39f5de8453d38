//! The parties: schools, enterprises with their posts, students and instructors.
//!
//! Parties live in the [`Registry`](crate::Registry); agreements refer to them by id.

use std::collections::BTreeSet;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    EnterpriseId, Error, InstructorId, Money, PostId, SchoolId, SiteId, StudentId, WeekdaySet,
};

/// A name: text with at least one visible character.
///
/// A character is *visible* when it is not white space ([`char::is_whitespace`]), not a control
/// character ([`char::is_control`]) and not an invisible format character: the zero-width space
/// U+200B, the zero-width non-joiner and joiner U+200C/U+200D, the direction marks and embeddings
/// U+200E/U+200F and U+202A..=U+202E, the word joiner and invisible operators U+2060..=U+2064,
/// the direction isolates U+2066..=U+206F, the byte-order mark U+FEFF, the soft hyphen U+00AD,
/// the Arabic letter mark U+061C, the Mongolian vowel separator U+180E, the interlinear
/// annotation characters U+FFF9..=U+FFFB, the format controls of Egyptian hieroglyphs
/// (U+13430..=U+1343F), shorthand (U+1BCA0..=U+1BCA3) and musical notation (U+1D173..=U+1D17A),
/// the tag characters U+E0001 and U+E0020..=U+E007F, the variation selectors (U+FE00..=U+FE0F,
/// U+E0100..=U+E01EF and the Mongolian U+180B..=U+180D and U+180F), and the Hangul fillers
/// (U+115F, U+1160, U+3164 and U+FFA0). Empty or white-space-only text is refused as
/// [`Error::EmptyText`]; other text without a visible character as [`Error::InvisibleText`],
/// both naming the field. Text with a visible character is kept as given, invisible characters
/// and all.
///
/// ```
/// use school_enterprise::{Error, Name};
///
/// assert_eq!(Name::new("Li Wei")?.as_str(), "Li Wei");
/// assert!(Name::new("  ").is_err());
/// assert_eq!(
///     Name::new("\u{200B}\u{FEFF}"),
///     Err(Error::InvisibleText { field: "name", value: "\u{200B}\u{FEFF}".to_owned() })
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "String", into = "String")]
pub struct Name(String);

/// Whether `c` shows as something on a page: not white space, not a control character, not an
/// invisible format character (see [`Name`]).
fn is_visible(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0001}'
                | '\u{E0020}'..='\u{E007F}'
                | '\u{E0100}'..='\u{E01EF}'
        )
}

/// Refuses `text` for the field called `field` unless it has a visible character (see [`Name`]).
pub(crate) fn check_visible(text: &str, field: &'static str) -> Result<(), Error> {
    if text.trim().is_empty() {
        return Err(Error::EmptyText { field });
    }
    if !text.chars().any(is_visible) {
        return Err(Error::InvisibleText {
            field,
            value: text.to_owned(),
        });
    }
    Ok(())
}

impl Name {
    /// The name `text`. Refuses text without a visible character (see [`Name`]).
    pub fn new(text: impl Into<String>) -> Result<Self, Error> {
        Self::for_field(text, "name")
    }

    /// The text of the field called `field` (`"major"`, `"sector"`), refused with an error naming
    /// that field when it has no visible character (see [`Name`]).
    pub fn for_field(text: impl Into<String>, field: &'static str) -> Result<Self, Error> {
        let text = text.into();
        check_visible(&text, field)?;
        Ok(Self(text))
    }

    /// The name as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Name {
    type Error = Error;
    fn try_from(text: String) -> Result<Self, Error> {
        Self::new(text)
    }
}

impl From<Name> for String {
    fn from(name: Name) -> String {
        name.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Serde helpers for text fields other than `name`, so that an empty one is refused with an error
/// naming the field.
mod text_field {
    use serde::{Deserialize, Deserializer};

    use super::Name;

    macro_rules! fields {
        ($($field:ident)*) => {$(
            pub(super) fn $field<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Name, D::Error> {
                let text = String::deserialize(deserializer)?;
                Name::for_field(text, stringify!($field)).map_err(serde::de::Error::custom)
            }
        )*};
    }

    fields!(sector category major major_category);

    /// Free text of the field called `field`, refused unless it has a visible character.
    pub(crate) fn visible<'de, D: Deserializer<'de>>(
        deserializer: D,
        field: &'static str,
    ) -> Result<String, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::check_visible(&text, field).map_err(serde::de::Error::custom)?;
        Ok(text)
    }

    /// One qualification of an instructor.
    struct Qualification(String);

    impl<'de> Deserialize<'de> for Qualification {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            visible(deserializer, "qualifications").map(Qualification)
        }
    }

    /// An instructor's qualifications, each refused unless it has a visible character (the error
    /// locates the entry).
    pub(super) fn qualifications<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<String>, D::Error> {
        let list = Vec::<Qualification>::deserialize(deserializer)?;
        Ok(list.into_iter().map(|Qualification(text)| text).collect())
    }
}

/// Serde for [`Contribution::description`](crate::Contribution): free text that may be left out,
/// but when given has a visible character.
pub(crate) fn description<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<String, D::Error> {
    text_field::visible(deserializer, "description")
}

/// The kind of a vocational school.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SchoolKind {
    /// A secondary vocational school (中职).
    SecondaryVocational,
    /// A higher vocational college (高职).
    HigherVocational,
    /// An applied (undergraduate) university.
    AppliedUniversity,
}

/// A campus site of a school, with its floor area.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CampusSite {
    /// The site's id.
    pub id: SiteId,
    /// The site's name.
    pub name: Name,
    /// Floor area in whole square metres.
    pub floor_area_m2: u32,
}

impl CampusSite {
    /// A site of `floor_area_m2` square metres.
    pub fn new(id: SiteId, name: Name, floor_area_m2: u32) -> Self {
        Self {
            id,
            name,
            floor_area_m2,
        }
    }
}

/// A vocational school.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct School {
    /// The school's id.
    pub id: SchoolId,
    /// The school's name.
    pub name: Name,
    /// What kind of school it is.
    pub kind: SchoolKind,
    /// Its campus sites.
    #[serde(default)]
    pub sites: Vec<CampusSite>,
}

impl School {
    /// A school with no campus sites yet.
    pub fn new(id: SchoolId, name: Name, kind: SchoolKind) -> Self {
        Self {
            id,
            name,
            kind,
            sites: Vec::new(),
        }
    }
}

/// Whether an enterprise is registered as a legal entity of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LegalStatus {
    /// Registered as an entity of its own, separate from any school.
    OwnEntity,
    /// Not separately registered (run by or inside a school).
    NotSeparate,
}

/// The kind of venue an enterprise runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum VenueKind {
    /// A factory or workshop.
    Factory,
    /// An office.
    Office,
    /// A shop or store.
    Retail,
    /// A hotel or restaurant.
    Hospitality,
    /// A hospital or care home.
    Healthcare,
    /// A farm.
    Farm,
    /// A construction site.
    Construction,
    /// A laboratory.
    Laboratory,
    /// A logistics centre or warehouse.
    Logistics,
    /// A bar.
    Bar,
    /// A nightclub.
    Nightclub,
    /// A karaoke venue.
    Karaoke,
    /// A bath centre.
    BathCentre,
    /// A game arcade.
    GameArcade,
    /// An internet café.
    InternetCafe,
    /// Any other venue.
    Other,
}

/// A hazard a post or production line involves.
///
/// Where the law grades a hazard, record it from the grade the law forbids for minors: height
/// from grade II (GB 3608), high temperature from grade III (GB 4200), dust and toxic work from
/// grade I (Special Protection of Juvenile Workers Art. 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Hazard {
    /// Work at height.
    Height,
    /// Underground work (mines, tunnels).
    Underground,
    /// Radioactive material.
    Radioactive,
    /// Toxic substances.
    Toxic,
    /// Flammable or explosive material.
    FlammableOrExplosive,
    /// Loud noise.
    Noise,
    /// Dust.
    Dust,
    /// High temperature.
    HighTemperature,
    /// Moving machinery.
    Machinery,
    /// Electrical work.
    Electrical,
    /// Forced-pace line work: flow-line work with forced postures at more than 50 movements a
    /// minute (Special Protection of Juvenile Workers Art. 3).
    ForcedPaceLineWork,
    /// Vibrating tools: rock drills, pneumatic picks, riveting machines, electric hammers.
    VibratingTools,
    /// Heavy lifting.
    HeavyLifting,
}

impl Hazard {
    /// The hazard's name as written in JSON (`flammable_or_explosive`).
    pub fn as_str(self) -> &'static str {
        match self {
            Hazard::Height => "height",
            Hazard::Underground => "underground",
            Hazard::Radioactive => "radioactive",
            Hazard::Toxic => "toxic",
            Hazard::FlammableOrExplosive => "flammable_or_explosive",
            Hazard::Noise => "noise",
            Hazard::Dust => "dust",
            Hazard::HighTemperature => "high_temperature",
            Hazard::Machinery => "machinery",
            Hazard::Electrical => "electrical",
            Hazard::ForcedPaceLineWork => "forced_pace_line_work",
            Hazard::VibratingTools => "vibrating_tools",
            Hazard::HeavyLifting => "heavy_lifting",
        }
    }
}

impl fmt::Display for Hazard {
    /// The name it is written as in JSON (`high_temperature`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Hazard {
    type Err = Error;
    /// Reads what [`Display`](fmt::Display) prints, the name in JSON.
    fn from_str(s: &str) -> Result<Self, Error> {
        crate::text_serde::parse_serde_name(
            s,
            "hazard",
            "height, underground, radioactive, toxic, flammable_or_explosive, noise, dust, \
             high_temperature, machinery, electrical, forced_pace_line_work, vibrating_tools, \
             heavy_lifting",
        )
    }
}

/// Physical labour intensity, by the classes of the national standard (GB 3869), lightest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum LabourIntensity {
    /// Class I: light.
    #[serde(rename = "I")]
    ClassI,
    /// Class II: moderate.
    #[serde(rename = "II")]
    ClassII,
    /// Class III: heavy.
    #[serde(rename = "III")]
    ClassIII,
    /// Class IV: very heavy.
    #[serde(rename = "IV")]
    ClassIV,
}

/// A group of workers whom the law keeps off some posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProtectedGroup {
    /// Workers under the adult age (juvenile workers).
    Minors,
    /// Women workers.
    Women,
}

/// A post (job position) at an enterprise.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Post {
    /// The post's id.
    pub id: PostId,
    /// The post's name.
    pub name: Name,
    /// The post's category (the unit of the per-post intern share).
    #[serde(deserialize_with = "text_field::category")]
    pub category: Name,
    /// The major category the post suits.
    #[serde(deserialize_with = "text_field::major_category")]
    pub major_category: Name,
    /// Employees on the job in this post.
    pub headcount: u32,
    /// The post's monthly wage standard.
    pub monthly_wage: Money,
    /// The hazards the post involves (empty for none).
    #[serde(default)]
    pub hazards: BTreeSet<Hazard>,
    /// Physical labour intensity.
    pub labour_intensity: LabourIntensity,
    /// Groups the post is forbidden for.
    #[serde(default)]
    pub forbidden_for: BTreeSet<ProtectedGroup>,
}

impl Post {
    /// A post with no hazards, class I labour and no restriction.
    #[deprecated(note = "use PostBuilder: `Post::builder()` names each field")]
    pub fn new(
        id: PostId,
        name: Name,
        category: Name,
        major_category: Name,
        headcount: u32,
        monthly_wage: Money,
    ) -> Self {
        Self {
            id,
            name,
            category,
            major_category,
            headcount,
            monthly_wage,
            hazards: BTreeSet::new(),
            labour_intensity: LabourIntensity::ClassI,
            forbidden_for: BTreeSet::new(),
        }
    }
}

/// An enterprise that cooperates with schools.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Enterprise {
    /// The enterprise's id.
    pub id: EnterpriseId,
    /// The enterprise's name.
    pub name: Name,
    /// Its sector (manufacturing, logistics, ...).
    #[serde(deserialize_with = "text_field::sector")]
    pub sector: Name,
    /// Whether it is registered as an entity of its own.
    pub legal_status: LegalStatus,
    /// The kind of venue it runs.
    pub venue: VenueKind,
    /// Employees on the job (interns not counted).
    pub employees: u32,
    /// Its weekly rest days, where it declares them (an empty list: none); a host that declares
    /// none rests on the policy's `default_rest_days`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_days: Option<WeekdaySet>,
    /// Its lowest-grade wage standard, where it declares one.
    #[serde(default)]
    pub lowest_wage_standard: Option<Money>,
    /// The day it was vetted (a written on-site assessment), if it was.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub vetted_on: Option<NaiveDate>,
    /// The day of its last work-safety violation, if any.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub last_safety_violation: Option<NaiveDate>,
    /// Its posts.
    #[serde(default)]
    pub posts: Vec<Post>,
}

impl Enterprise {
    /// An enterprise that declares no rest days (it rests on the policy's), no wage standard, not
    /// yet vetted, no safety violation and no posts.
    #[deprecated(note = "use EnterpriseBuilder: `Enterprise::builder()` names each field")]
    pub fn new(
        id: EnterpriseId,
        name: Name,
        sector: Name,
        legal_status: LegalStatus,
        venue: VenueKind,
        employees: u32,
    ) -> Self {
        Self {
            id,
            name,
            sector,
            legal_status,
            venue,
            employees,
            rest_days: None,
            lowest_wage_standard: None,
            vetted_on: None,
            last_safety_violation: None,
            posts: Vec::new(),
        }
    }
}

impl Enterprise {
    /// Its weekly rest days: those it declares, else the policy's `default_rest_days`.
    pub fn weekly_rest_days(&self, policy: &crate::Policy) -> WeekdaySet {
        self.rest_days.unwrap_or(policy.default_rest_days)
    }
}

/// A student's recorded sex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
}

/// How a student came into the class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Origin {
    /// Selected by the school.
    SelectedBySchool,
    /// An employee the enterprise recruited.
    RecruitedEmployee {
        /// The employer.
        enterprise: EnterpriseId,
        /// The day they became its employee.
        #[serde(deserialize_with = "crate::date_serde::date")]
        since: NaiveDate,
    },
}

/// A student of a vocational school.
///
/// The builder and serde refuse a negative `grade` ([`Error::Negative`]), an
/// `expected_graduation` on or before `enrolled_on` and a `birth_date` after `enrolled_on`
/// ([`Error::DatesOutOfOrder`]), each error naming the field.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawStudent")]
#[non_exhaustive]
pub struct Student {
    /// The student's id.
    pub id: StudentId,
    /// The school the student belongs to.
    pub school: SchoolId,
    /// The student's name.
    pub name: Name,
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// Recorded sex, where recorded.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// The major.
    #[serde(deserialize_with = "text_field::major")]
    pub major: Name,
    /// The major's category.
    #[serde(deserialize_with = "text_field::major_category")]
    pub major_category: Name,
    /// Grade: the year of entry.
    pub grade: i32,
    /// The day the student enrolled.
    pub enrolled_on: NaiveDate,
    /// The expected graduation day.
    pub expected_graduation: NaiveDate,
    /// How the student came into the class.
    pub origin: Origin,
}

/// A [`Student`] as read from JSON, before the checks across its fields.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawStudent {
    id: StudentId,
    school: SchoolId,
    name: Name,
    #[serde(deserialize_with = "crate::date_serde::date")]
    birth_date: NaiveDate,
    #[serde(default)]
    sex: Option<Sex>,
    #[serde(deserialize_with = "text_field::major")]
    major: Name,
    #[serde(deserialize_with = "text_field::major_category")]
    major_category: Name,
    #[serde(deserialize_with = "grade")]
    grade: i32,
    #[serde(deserialize_with = "crate::date_serde::date")]
    enrolled_on: NaiveDate,
    #[serde(deserialize_with = "crate::date_serde::date")]
    expected_graduation: NaiveDate,
    origin: Origin,
}

/// Reads a student's `grade`, refusing a negative one where it stands (so the error's path ends
/// at `grade`).
fn grade<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<i32, D::Error> {
    let grade = i32::deserialize(deserializer)?;
    if grade < 0 {
        return Err(serde::de::Error::custom(Error::Negative {
            field: "grade",
            value: i64::from(grade),
        }));
    }
    Ok(grade)
}

impl TryFrom<RawStudent> for Student {
    type Error = Error;
    fn try_from(raw: RawStudent) -> Result<Self, Error> {
        let student = Self {
            id: raw.id,
            school: raw.school,
            name: raw.name,
            birth_date: raw.birth_date,
            sex: raw.sex,
            major: raw.major,
            major_category: raw.major_category,
            grade: raw.grade,
            enrolled_on: raw.enrolled_on,
            expected_graduation: raw.expected_graduation,
            origin: raw.origin,
        };
        student.check()?;
        Ok(student)
    }
}

impl Student {
    /// What the builder and serde refuse: a negative `grade`, an `expected_graduation` not after
    /// `enrolled_on`, a `birth_date` after `enrolled_on` (checked in this order).
    fn check(&self) -> Result<(), Error> {
        if self.grade < 0 {
            return Err(Error::Negative {
                field: "grade",
                value: i64::from(self.grade),
            });
        }
        if self.expected_graduation <= self.enrolled_on {
            return Err(Error::DatesOutOfOrder {
                field: "expected_graduation",
                date: self.expected_graduation,
                relation: "not after",
                other_field: "enrolled_on",
                other: self.enrolled_on,
            });
        }
        if self.birth_date > self.enrolled_on {
            return Err(Error::DatesOutOfOrder {
                field: "birth_date",
                date: self.birth_date,
                relation: "after",
                other_field: "enrolled_on",
                other: self.enrolled_on,
            });
        }
        Ok(())
    }

    /// A student selected by the school, sex not recorded. Unlike the builder and serde, it
    /// checks nothing.
    #[deprecated(note = "use StudentBuilder: `Student::builder()` names each field")]
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: StudentId,
        school: SchoolId,
        name: Name,
        birth_date: NaiveDate,
        major: Name,
        major_category: Name,
        grade: i32,
        enrolled_on: NaiveDate,
        expected_graduation: NaiveDate,
    ) -> Self {
        Self {
            id,
            school,
            name,
            birth_date,
            sex: None,
            major,
            major_category,
            grade,
            enrolled_on,
            expected_graduation,
            origin: Origin::SelectedBySchool,
        }
    }
}

/// Who employs an instructor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Employer {
    /// A school (a teacher).
    School(SchoolId),
    /// An enterprise (a professional or supervisor).
    Enterprise(EnterpriseId),
}

/// A teacher of a school or a professional of an enterprise.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Instructor {
    /// The instructor's id.
    pub id: InstructorId,
    /// The instructor's name.
    pub name: Name,
    /// The employer.
    pub employer: Employer,
    /// Qualifications held (free text, one per entry, each with a visible character: see
    /// [`Name`]).
    #[serde(default, deserialize_with = "text_field::qualifications")]
    pub qualifications: Vec<String>,
    /// Whole years of industry experience.
    #[serde(default)]
    pub industry_experience_years: u32,
    /// Whether the instructor is a dual-qualified (双师型) teacher: certified both to teach and
    /// in a trade.
    #[serde(default)]
    pub dual_qualified: bool,
}

impl Instructor {
    /// An instructor with no recorded qualification or experience.
    pub fn new(id: InstructorId, name: Name, employer: Employer) -> Self {
        Self {
            id,
            name,
            employer,
            qualifications: Vec::new(),
            industry_experience_years: 0,
            dual_qualified: false,
        }
    }

    /// A teacher of `school`, with no recorded qualification or experience (use
    /// [`Instructor::builder`] to give them). Blank text is refused, naming the field `name`.
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let school = SchoolId::from_u128(1);
    /// let teacher = Instructor::of_school(InstructorId::from_u128(5), "Li Hua", school)?;
    /// assert_eq!(teacher.employer, Employer::School(school));
    /// let host = EnterpriseId::from_u128(2);
    /// let foreman = Instructor::of_enterprise(InstructorId::from_u128(6), "Chen Gang", host)?;
    /// assert_eq!(foreman.employer, Employer::Enterprise(host));
    /// assert!(!foreman.dual_qualified);
    /// let blank = Instructor::of_school(InstructorId::from_u128(7), " ", school);
    /// assert_eq!(blank, Err(Error::EmptyText { field: "name" }));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of_school(
        id: InstructorId,
        name: impl Into<String>,
        school: SchoolId,
    ) -> Result<Self, Error> {
        let name = Name::for_field(name, "name")?;
        Ok(Self::new(id, name, Employer::School(school)))
    }

    /// A professional or supervisor of `enterprise`, with no recorded qualification or
    /// experience; see [`Instructor::of_school`].
    pub fn of_enterprise(
        id: InstructorId,
        name: impl Into<String>,
        enterprise: EnterpriseId,
    ) -> Result<Self, Error> {
        let name = Name::for_field(name, "name")?;
        Ok(Self::new(id, name, Employer::Enterprise(enterprise)))
    }

    /// Refuses a qualification without a visible character, naming `qualifications`.
    fn check(&self) -> Result<(), Error> {
        self.qualifications
            .iter()
            .try_for_each(|text| check_visible(text, "qualifications"))
    }
}

crate::builder::builder! {
    /// Builds a [`School`] with named setters.
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let school = School::builder()
    ///     .id(SchoolId::from_u128(1))
    ///     .name("Riverside Vocational School")
    ///     .kind(SchoolKind::SecondaryVocational)
    ///     .site(CampusSite::new(SiteId::from_u128(2), Name::new("east campus")?, 12_000))
    ///     .build()?;
    /// assert_eq!(school.sites.len(), 1);
    /// let missing = School::builder().name("Riverside").build().unwrap_err();
    /// assert_eq!(missing, Error::MissingFields { builder: "School", fields: vec!["id", "kind"] });
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    SchoolBuilder => School {
        required {
            /// The school's id.
            id: SchoolId,
            /// What kind of school it is.
            kind: SchoolKind,
        }
        names {
            /// The school's name.
            name,
        }
        optional {}
        lists {
            /// Its campus sites.
            sites / site: Vec<CampusSite> => CampusSite,
        }
        defaults {}
    }
}

crate::builder::builder! {
    /// Builds a [`Post`] with named setters.
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let post = Post::builder()
    ///     .id(PostId::from_u128(3))
    ///     .name("SMT line operator")
    ///     .category("production line")
    ///     .major_category("electronics")
    ///     .headcount(300)
    ///     .monthly_wage(Money::new(5_000_00, Currency::CNY))
    ///     .hazard(Hazard::Noise)
    ///     .build()?;
    /// assert_eq!(post.labour_intensity, LabourIntensity::ClassI);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    PostBuilder => Post {
        required {
            /// The post's id.
            id: PostId,
            /// Employees on the job in this post.
            headcount: u32,
            /// The post's monthly wage standard.
            monthly_wage: Money,
        }
        names {
            /// The post's name.
            name,
            /// The post's category (the unit of the per-post intern share).
            category,
            /// The major category the post suits.
            major_category,
        }
        optional {}
        lists {
            /// The hazards the post involves.
            hazards / hazard: BTreeSet<Hazard> => Hazard,
            /// Groups the post is forbidden for.
            forbidden_for / forbidden_for_group: BTreeSet<ProtectedGroup> => ProtectedGroup,
        }
        defaults {
            /// Physical labour intensity; class I (light) unless set.
            labour_intensity: LabourIntensity = LabourIntensity::ClassI,
        }
    }
}

crate::builder::builder! {
    /// Builds an [`Enterprise`] with named setters.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::*;
    ///
    /// let host = Enterprise::builder()
    ///     .id(EnterpriseId::from_u128(2))
    ///     .name("Delta Motors")
    ///     .sector("manufacturing")
    ///     .legal_status(LegalStatus::OwnEntity)
    ///     .venue(VenueKind::Factory)
    ///     .employees(400)
    ///     .vetted_on(NaiveDate::from_ymd_opt(2026, 1, 12).unwrap())
    ///     .build()?;
    /// assert!(host.posts.is_empty());
    /// assert_eq!(host.rest_days, None); // rests on the policy's default rest days
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    EnterpriseBuilder => Enterprise {
        required {
            /// The enterprise's id.
            id: EnterpriseId,
            /// Whether it is registered as an entity of its own.
            legal_status: LegalStatus,
            /// The kind of venue it runs.
            venue: VenueKind,
            /// Employees on the job (interns not counted).
            employees: u32,
        }
        names {
            /// The enterprise's name.
            name,
            /// Its sector (manufacturing, logistics, ...).
            sector,
        }
        optional {
            /// Its weekly rest days (unset: the policy's `default_rest_days`).
            rest_days: WeekdaySet,
            /// Its lowest-grade wage standard.
            lowest_wage_standard: Money,
            /// The day it was vetted.
            vetted_on: NaiveDate,
            /// The day of its last work-safety violation.
            last_safety_violation: NaiveDate,
        }
        lists {
            /// Its posts.
            posts / post: Vec<Post> => Post,
        }
        defaults {}
    }
}

crate::builder::builder! {
    /// Builds a [`Student`] with named setters, so that the three names and three dates cannot
    /// be swapped unnoticed.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::*;
    ///
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let student = Student::builder()
    ///     .id(StudentId::from_u128(4))
    ///     .school(SchoolId::from_u128(1))
    ///     .name("Wang Fang")
    ///     .birth_date(d(2006, 4, 2))
    ///     .major("mechatronics")
    ///     .major_category("mechatronics")
    ///     .grade(2024)
    ///     .enrolled_on(d(2024, 9, 1))
    ///     .expected_graduation(d(2027, 7, 1))
    ///     .build()?;
    /// assert_eq!(student.origin, Origin::SelectedBySchool);
    ///
    /// let error = Student::builder().id(StudentId::from_u128(4)).name("Wang Fang").build();
    /// assert_eq!(error.unwrap_err().to_string(), "Student is missing school, birth_date, grade, \
    ///     enrolled_on, expected_graduation, major, major_category");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    StudentBuilder => Student {
        required {
            /// The student's id.
            id: StudentId,
            /// The school the student belongs to.
            school: SchoolId,
            /// Date of birth.
            birth_date: NaiveDate,
            /// Grade: the year of entry.
            grade: i32,
            /// The day the student enrolled.
            enrolled_on: NaiveDate,
            /// The expected graduation day.
            expected_graduation: NaiveDate,
        }
        names {
            /// The student's name.
            name,
            /// The major.
            major,
            /// The major's category.
            major_category,
        }
        optional {
            /// Recorded sex.
            sex: Sex,
        }
        lists {}
        defaults {
            /// How the student came into the class; selected by the school unless set.
            origin: Origin = Origin::SelectedBySchool,
        }
        check = Student::check;
    }
}

crate::builder::builder! {
    /// Builds an [`Instructor`] with named setters.
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let teacher = Instructor::builder()
    ///     .id(InstructorId::from_u128(5))
    ///     .name("Li Hua")
    ///     .employer(Employer::School(SchoolId::from_u128(1)))
    ///     .qualification("senior technician")
    ///     .industry_experience_years(6)
    ///     .dual_qualified(true)
    ///     .build()?;
    /// assert_eq!(teacher.qualifications, ["senior technician"]);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    InstructorBuilder => Instructor {
        required {
            /// The instructor's id.
            id: InstructorId,
            /// The employer.
            employer: Employer,
        }
        names {
            /// The instructor's name.
            name,
        }
        optional {}
        lists {
            /// Qualifications held (free text, one per entry).
            qualifications / qualification: Vec<String> => String,
        }
        defaults {
            /// Whole years of industry experience; 0 unless set.
            industry_experience_years: u32 = 0,
            /// Whether the instructor is dual-qualified (双师型); no unless set.
            dual_qualified: bool = false,
        }
        check = Instructor::check;
    }
}

impl StudentBuilder {
    /// Builds one student of a class: this builder holds what the class shares (school, major,
    /// grade, enrollment and graduation), and `enrol` adds the student's own id, name and date of
    /// birth. The builder is left as it was, ready for the next student.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::*;
    ///
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).ok_or("no such date");
    /// let class = Student::builder()
    ///     .school(SchoolId::from_u128(1))
    ///     .major("mechatronics")
    ///     .major_category("mechatronics")
    ///     .grade(2024)
    ///     .enrolled_on(d(2024, 9, 1)?)
    ///     .expected_graduation(d(2027, 7, 1)?);
    /// let wang = class.enrol(StudentId::from_u128(100), "Wang Fang", d(2006, 4, 2)?)?;
    /// let li = class.enrol(StudentId::from_u128(101), "Li Lei", d(2007, 1, 9)?)?;
    /// assert_eq!((wang.name.as_str(), li.grade), ("Wang Fang", 2024));
    /// let error = Student::builder().enrol(StudentId::from_u128(102), "Sun Li", d(2006, 5, 1)?);
    /// assert!(matches!(error, Err(Error::MissingFields { .. })));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn enrol(
        &self,
        id: StudentId,
        name: impl Into<String>,
        birth_date: NaiveDate,
    ) -> Result<Student, Error> {
        self.clone()
            .id(id)
            .name(name)
            .birth_date(birth_date)
            .build()
    }

    /// Builds a whole class from a roster of `(name, birth_date)` rows, as
    /// [`enrol`](StudentBuilder::enrol) builds one student: this builder holds what the class
    /// shares, and the students' ids are numbered upward from `first` in the roster's order
    /// (`first`, `first + 1`, ..., wrapping past the largest UUID). Stops at the first student
    /// refused, returning its error (a blank name names `name`; a class field left unset,
    /// [`Error::MissingFields`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::*;
    ///
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).ok_or("no such date");
    /// let class = Student::builder()
    ///     .school(SchoolId::from_u128(1))
    ///     .major("mechatronics")
    ///     .major_category("mechatronics")
    ///     .grade(2024)
    ///     .enrolled_on(d(2024, 9, 1)?)
    ///     .expected_graduation(d(2027, 7, 1)?);
    /// let roster = [("Wang Fang", d(2006, 4, 2)?), ("Li Lei", d(2007, 1, 9)?)];
    /// let students = class.enrol_all(StudentId::from_u128(100), roster)?;
    /// assert_eq!(students[1].id, StudentId::from_u128(101));
    /// assert_eq!(students[1].name.as_str(), "Li Lei");
    /// let blank = class.enrol_all(StudentId::from_u128(100), [(" ", d(2006, 4, 2)?)]);
    /// assert_eq!(blank, Err(Error::EmptyText { field: "name" }));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn enrol_all(
        &self,
        first: StudentId,
        roster: impl IntoIterator<Item = (impl Into<String>, NaiveDate)>,
    ) -> Result<Vec<Student>, Error> {
        let first = first.as_uuid().as_u128();
        (0u128..)
            .zip(roster)
            .map(|(n, (name, birth_date))| {
                let id = StudentId::from_u128(first.wrapping_add(n));
                self.enrol(id, name, birth_date)
            })
            .collect()
    }
}
