//! Serde for values written as text: serialized with `Display`, deserialized with `FromStr`, so
//! JSON goes through the same parser (and so the same checks) as Rust code.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

/// Visits a string and parses it with `T::from_str`.
pub(crate) struct ParseVisitor<T> {
    expecting: &'static str,
    target: PhantomData<fn() -> T>,
}

impl<T> ParseVisitor<T> {
    pub(crate) fn new(expecting: &'static str) -> Self {
        Self {
            expecting,
            target: PhantomData,
        }
    }
}

impl<T> serde::de::Visitor<'_> for ParseVisitor<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

/// Implements `Serialize` through `Display` and `Deserialize` through `FromStr` for a type;
/// `$expecting` describes the text in deserialization errors.
macro_rules! serde_as_text {
    ($type:ty, $expecting:expr) => {
        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str($crate::text_serde::ParseVisitor::new($expecting))
            }
        }
    };
}

pub(crate) use serde_as_text;

/// Parses `s` as the JSON name of a unit variant of `T` (an enum whose text form is its serde
/// name), refusing any other text with [`Error::UnknownName`](crate::Error::UnknownName) naming
/// `field` and the `expected` names.
pub(crate) fn parse_serde_name<T: serde::de::DeserializeOwned>(
    s: &str,
    field: &'static str,
    expected: &'static str,
) -> Result<T, crate::Error> {
    use serde::de::IntoDeserializer;
    let text: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
        s.into_deserializer();
    T::deserialize(text).map_err(|_| crate::Error::UnknownName {
        field,
        value: s.to_owned(),
        expected,
    })
}

/// The older JSON form a value written as text still reads.
#[derive(Clone, Copy)]
pub(crate) enum Legacy {
    /// An object (`{"first": ..., "last": ...}`).
    Object,
    /// A list (`["Sat", "Sun"]`).
    List,
}

/// Visits a string and parses it with `T::from_str`, or reads the older form `Raw` (an object or a
/// list, by `legacy`) and converts it with `T::try_from`. Any other JSON is refused.
pub(crate) struct TextOrLegacyVisitor<T, Raw> {
    expecting: &'static str,
    legacy: Legacy,
    target: PhantomData<fn() -> (T, Raw)>,
}

impl<T, Raw> TextOrLegacyVisitor<T, Raw> {
    pub(crate) fn new(expecting: &'static str, legacy: Legacy) -> Self {
        Self {
            expecting,
            legacy,
            target: PhantomData,
        }
    }
}

impl<'de, T, Raw> serde::de::Visitor<'de> for TextOrLegacyVisitor<T, Raw>
where
    T: FromStr + TryFrom<Raw>,
    <T as FromStr>::Err: fmt::Display,
    <T as TryFrom<Raw>>::Error: fmt::Display,
    Raw: serde::Deserialize<'de>,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        if !matches!(self.legacy, Legacy::Object) {
            return Err(serde::de::Error::invalid_type(
                serde::de::Unexpected::Map,
                &self,
            ));
        }
        let raw = Raw::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        T::try_from(raw).map_err(serde::de::Error::custom)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        if !matches!(self.legacy, Legacy::List) {
            return Err(serde::de::Error::invalid_type(
                serde::de::Unexpected::Seq,
                &self,
            ));
        }
        let raw = Raw::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
        T::try_from(raw).map_err(serde::de::Error::custom)
    }
}

/// Like [`serde_as_text`], and deserialization also reads the older form `$raw` (an object or a
/// list, `$legacy`), converted with `TryFrom<$raw>`: existing documents still read, and only the
/// text form is written.
macro_rules! serde_as_text_or_legacy {
    ($type:ty, $raw:ty, $legacy:ident, $expecting:expr) => {
        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_any(
                    $crate::text_serde::TextOrLegacyVisitor::<$type, $raw>::new(
                        $expecting,
                        $crate::text_serde::Legacy::$legacy,
                    ),
                )
            }
        }
    };
}

pub(crate) use serde_as_text_or_legacy;

/// Hand-written JSON Schemas for the values written as text.
#[cfg(feature = "schema")]
pub(crate) mod schema {
    use schemars::{json_schema, Schema};

    /// A string matching `pattern`, described by `description`, with one `example`.
    pub(crate) fn text(description: &str, pattern: &str, example: &str) -> Schema {
        json_schema!({
            "type": "string",
            "description": description,
            "pattern": pattern,
            "examples": [example],
        })
    }

    /// The text form, or (deprecated, still read) the older form `legacy`.
    pub(crate) fn text_or_legacy(text: Schema, legacy: Schema) -> Schema {
        let mut legacy = legacy;
        legacy.insert("deprecated".into(), true.into());
        json_schema!({
            "anyOf": [text, legacy],
        })
    }
}
