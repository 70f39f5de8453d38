//! The ids a value mentions, found by serializing it: every string that is a hyphenated UUID.
//!
//! An agreement reads the registry only through the ids it mentions (its parties, its
//! placements' students, hosts, posts and instructors, its mode's sites, members and teachers),
//! so the agreements that mention an entry's ids are the ones a change of the entry can change.
//! Walking the serialized form finds every id, whatever field a future model adds, without a
//! list of fields to keep in step.

use std::fmt::Display;

use serde::ser::{self, Serialize};
use uuid::Uuid;

/// Every UUID `value` mentions, in the order serialized (with repeats).
pub(crate) fn ids_in<T: Serialize + ?Sized>(value: &T) -> Vec<Uuid> {
    let mut found = Collector { ids: Vec::new() };
    // Serializing into the collector cannot fail but through a `Serialize` impl's own error,
    // which leaves what was found so far.
    let _ = value.serialize(&mut found);
    found.ids
}

struct Collector {
    ids: Vec<Uuid>,
}

/// The collector never fails; this only satisfies the trait.
#[derive(Debug)]
struct Never(String);

impl Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: Display>(msg: T) -> Self {
        Never(msg.to_string())
    }
}

macro_rules! ignore {
    ($($name:ident($ty:ty)),* $(,)?) => {$(
        fn $name(self, _: $ty) -> Result<(), Never> {
            Ok(())
        }
    )*};
}

impl ser::Serializer for &mut Collector {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    ignore!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_bytes(&[u8]),
        serialize_unit_struct(&'static str),
    );

    fn serialize_str(self, v: &str) -> Result<(), Never> {
        if v.len() == 36 {
            if let Ok(id) = Uuid::parse_str(v) {
                self.ids.push(id);
            }
        }
        Ok(())
    }

    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), Never> {
        // Ids print as 36 characters; anything longer is not one, and is not kept.
        let mut text = Bounded::default();
        if std::fmt::write(&mut text, format_args!("{value}")).is_ok() {
            if let Some(v) = text.as_str() {
                return self.serialize_str(v);
            }
        }
        Ok(())
    }

    fn serialize_none(self) -> Result<(), Never> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Never> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Never> {
        Ok(())
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Never> {
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        value.serialize(self)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Never> {
        Ok(self)
    }

    fn serialize_tuple(self, _: usize) -> Result<Self, Never> {
        Ok(self)
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Never> {
        Ok(self)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Never> {
        Ok(self)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self, Never> {
        Ok(self)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Never> {
        Ok(self)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Never> {
        Ok(self)
    }
}

/// Up to 36 bytes of text, refusing more.
struct Bounded {
    bytes: [u8; 36],
    len: usize,
    overflow: bool,
}

impl Default for Bounded {
    fn default() -> Self {
        Self {
            bytes: [0; 36],
            len: 0,
            overflow: false,
        }
    }
}

impl Bounded {
    fn as_str(&self) -> Option<&str> {
        if self.overflow {
            return None;
        }
        std::str::from_utf8(self.bytes.get(..self.len)?).ok()
    }
}

impl std::fmt::Write for Bounded {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len.saturating_add(s.len());
        match self.bytes.get_mut(self.len..end) {
            Some(slot) if !self.overflow => {
                slot.copy_from_slice(s.as_bytes());
                self.len = end;
                Ok(())
            }
            _ => {
                self.overflow = true;
                Err(std::fmt::Error)
            }
        }
    }
}

macro_rules! compound {
    ($($trait:ident: $method:ident $(($key:ty))?),* $(,)?) => {$(
        impl ser::$trait for &mut Collector {
            type Ok = ();
            type Error = Never;

            fn $method<T: Serialize + ?Sized>(&mut self, $(_: $key,)? value: &T) -> Result<(), Never> {
                value.serialize(&mut **self)
            }

            fn end(self) -> Result<(), Never> {
                Ok(())
            }
        }
    )*};
}

compound!(
    SerializeSeq: serialize_element,
    SerializeTuple: serialize_element,
    SerializeTupleStruct: serialize_field,
    SerializeTupleVariant: serialize_field,
    SerializeStruct: serialize_field(&'static str),
    SerializeStructVariant: serialize_field(&'static str),
);

impl ser::SerializeMap for &mut Collector {
    type Ok = ();
    type Error = Never;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Never> {
        key.serialize(&mut **self)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
        value.serialize(&mut **self)
    }

    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_id_wherever_it_is() {
        #[derive(serde::Serialize)]
        struct Inner {
            ids: Vec<crate::StudentId>,
            name: &'static str,
        }
        #[derive(serde::Serialize)]
        struct Outer {
            host: crate::EnterpriseId,
            maybe: Option<crate::PostId>,
            inner: Inner,
            date: chrono::NaiveDate,
        }
        let value = Outer {
            host: crate::EnterpriseId::from_u128(1),
            maybe: Some(crate::PostId::from_u128(2)),
            inner: Inner {
                ids: vec![
                    crate::StudentId::from_u128(3),
                    crate::StudentId::from_u128(4),
                ],
                name: "a name of forty characters, not an id..",
            },
            date: chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap_or_default(),
        };
        let found: Vec<u128> = ids_in(&value).iter().map(|id| id.as_u128()).collect();
        assert_eq!(found, [1, 2, 3, 4]);
    }

    #[test]
    fn finds_ids_in_maps_newtypes_and_variants_and_skips_long_text() {
        #[derive(serde::Serialize)]
        struct Wrapper(crate::StudentId);
        #[derive(serde::Serialize)]
        enum Choice {
            One(crate::StudentId),
        }
        #[derive(serde::Serialize)]
        struct Holder {
            by_name: std::collections::BTreeMap<crate::StudentId, crate::PostId>,
            wrapped: Wrapper,
            choice: Choice,
            long: String,
        }
        let value = Holder {
            by_name: [(crate::StudentId::from_u128(5), crate::PostId::from_u128(6))].into(),
            wrapped: Wrapper(crate::StudentId::from_u128(7)),
            choice: Choice::One(crate::StudentId::from_u128(8)),
            // An id followed by more text is not an id.
            long: format!("{}-and-more", uuid::Uuid::from_u128(9)),
        };
        let found: Vec<u128> = ids_in(&value).iter().map(|id| id.as_u128()).collect();
        assert_eq!(found, [5, 6, 7, 8]);
    }
}
