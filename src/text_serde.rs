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
