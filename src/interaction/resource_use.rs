//! A course's use of a contributed resource, with the day it needs it (staged deliveries).

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ContributionId;

/// A contributed resource a course uses ([`Resource::id`](super::Resource::id)), and optionally
/// the day the course needs it.
///
/// The course needs the resource on the later of its first day and `needed_on`
/// (`interaction.delivered_before_use`): a batch of material delivered mid-course is named with
/// the day the course starts working with it.
///
/// In JSON a use without a day is the resource's id, as in revision 1; a use with a day is an
/// object `{"resource": id, "needed_on": date}` (unknown fields are refused).
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::interaction::ResourceUse;
/// use school_enterprise::ContributionId;
///
/// let steel = ContributionId::from_u128(7);
/// let from_start = ResourceUse::from(steel);
/// let staged = ResourceUse::needed_on(steel, NaiveDate::from_ymd_opt(2026, 4, 15).unwrap());
/// let json = serde_json::to_string(&vec![from_start, staged])?;
/// assert_eq!(
///     json,
///     format!(r#"["{steel}",{{"resource":"{steel}","needed_on":"2026-04-15"}}]"#)
/// );
/// let back: Vec<ResourceUse> = serde_json::from_str(&json)?;
/// assert_eq!(back, [from_start, staged]);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ResourceUse {
    /// The resource used.
    pub resource: ContributionId,
    /// The day the course needs it, when later than the course's first day (none: from the
    /// first day).
    pub needed_on: Option<NaiveDate>,
}

impl ResourceUse {
    /// The course needs `resource` from `day` (or from its first day, when that is later).
    pub fn needed_on(resource: ContributionId, day: NaiveDate) -> Self {
        Self {
            resource,
            needed_on: Some(day),
        }
    }

    /// The day the course needs the resource, for a course starting on `first_day`: the later of
    /// the two.
    pub fn needed_by(&self, first_day: NaiveDate) -> NaiveDate {
        self.needed_on.map_or(first_day, |day| day.max(first_day))
    }
}

impl From<ContributionId> for ResourceUse {
    /// The course needs `resource` from its first day.
    fn from(resource: ContributionId) -> Self {
        Self {
            resource,
            needed_on: None,
        }
    }
}

impl Serialize for ResourceUse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.needed_on {
            None => self.resource.serialize(serializer),
            Some(day) => {
                let mut s = serializer.serialize_struct("ResourceUse", 2)?;
                s.serialize_field("resource", &self.resource)?;
                s.serialize_field("needed_on", &day)?;
                s.end()
            }
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ResourceUse {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ResourceUse".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let id = generator.subschema_for::<ContributionId>();
        let date = generator.subschema_for::<NaiveDate>();
        schemars::json_schema!({
            "description": "A resource a course uses: the contribution's id (needed from the \
                            course's first day), or an object with the id and the day it is needed.",
            "anyOf": [
                id,
                {
                    "type": "object",
                    "properties": { "resource": id, "needed_on": date },
                    "required": ["resource"],
                    "additionalProperties": false,
                },
            ],
        })
    }
}

impl<'de> Deserialize<'de> for ResourceUse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UseVisitor)
    }
}

struct UseVisitor;

impl<'de> Visitor<'de> for UseVisitor {
    type Value = ResourceUse;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a contribution id, or an object with `resource` and `needed_on`")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<ResourceUse, E> {
        let resource = value.parse::<ContributionId>().map_err(E::custom)?;
        Ok(resource.into())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ResourceUse, A::Error> {
        let mut resource = None;
        let mut needed_on = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "resource" if resource.is_none() => resource = Some(map.next_value()?),
                "needed_on" if needed_on.is_none() => {
                    let text: String = map.next_value()?;
                    let day = text.parse::<NaiveDate>().map_err(|err| {
                        let reason = crate::date_serde::not_in_calendar(&text)
                            .unwrap_or_else(|| format!("invalid date `{text}`: {err}"));
                        de::Error::custom(format!("needed_on: {reason}"))
                    })?;
                    needed_on = Some(day);
                }
                "resource" | "needed_on" => {
                    return Err(de::Error::custom(format!("duplicate field `{key}`")))
                }
                other => return Err(de::Error::unknown_field(other, &["resource", "needed_on"])),
            }
        }
        let resource = resource.ok_or_else(|| de::Error::missing_field("resource"))?;
        Ok(ResourceUse {
            resource,
            needed_on,
        })
    }
}
