//! Named builders for the model's structs.
//!
//! Every builder has one setter per field, named as the field; `build()` returns the value, or
//! [`Error::MissingFields`](crate::Error::MissingFields) naming each required field that was not
//! set. Text fields take text (`&str` or `String`) and are checked as they are set: a blank name
//! is carried to `build()` as [`Error::EmptyText`](crate::Error::EmptyText) naming the field.
//! Optional fields and lists start empty; nothing the rules judge is filled in for you.

/// Declares a builder for a struct whose fields are visible where the macro is invoked.
///
/// - `required`: fields that must be set; `build()` names each missing one.
/// - `names`: required [`Name`](crate::Name) fields, set from text.
/// - `optional`: `Option<T>` fields of the target; the setter takes a `T` or an `Option<T>`.
/// - `lists`: `Vec<T>` (or other `Extend` + `Default`) fields; `field(items)` adds many,
///   `one(item)` adds one.
/// - `defaults`: fields with a documented default, set as given.
/// - `check`: a function run on the built value, whose error `build()` returns.
macro_rules! builder {
    (
        $(#[$meta:meta])*
        $builder:ident => $target:ident {
            required { $( $(#[$rdoc:meta])* $req:ident : $rty:ty, )* }
            names { $( $(#[$ndoc:meta])* $name:ident, )* }
            optional { $( $(#[$odoc:meta])* $opt:ident : $oty:ty, )* }
            lists { $( $(#[$ldoc:meta])* $list:ident / $one:ident : $lcoll:ty => $lty:ty, )* }
            defaults { $( $(#[$ddoc:meta])* $def:ident : $dty:ty = $dval:expr, )* }
            $( check = $check:expr; )?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        #[must_use = "a builder does nothing until `build()` is called"]
        pub struct $builder {
            $( $req: Option<$rty>, )*
            $( $name: Option<$crate::Name>, )*
            $( $opt: Option<$oty>, )*
            $( $list: $lcoll, )*
            $( $def: $dty, )*
            error: Option<$crate::Error>,
        }

        impl Default for $builder {
            fn default() -> Self {
                Self {
                    $( $req: None, )*
                    $( $name: None, )*
                    $( $opt: None, )*
                    $( $list: Default::default(), )*
                    $( $def: $dval, )*
                    error: None,
                }
            }
        }

        impl $target {
            #[doc = concat!("A builder for a [`", stringify!($target), "`], with named setters; see [`",
                stringify!($builder), "`].")]
            pub fn builder() -> $builder {
                $builder::default()
            }
        }

        impl $builder {
            $(
                $(#[$rdoc])*
                #[doc = ""]
                #[doc = "Required."]
                pub fn $req(mut self, value: $rty) -> Self {
                    self.$req = Some(value);
                    self
                }
            )*
            $(
                $(#[$ndoc])*
                #[doc = ""]
                #[doc = "Required; blank text is refused at `build()` with an error naming the field."]
                pub fn $name(mut self, text: impl Into<String>) -> Self {
                    match $crate::Name::for_field(text, stringify!($name)) {
                        Ok(name) => self.$name = Some(name),
                        Err(error) => {
                            self.error.get_or_insert(error);
                        }
                    }
                    self
                }
            )*
            $(
                $(#[$odoc])*
                #[doc = ""]
                #[doc = "Optional: unset, the field is `None`. Takes the value or an `Option` of it"]
                #[doc = "(`None` leaves the field unset), so that a table's optional column passes"]
                #[doc = "through as it is."]
                pub fn $opt(mut self, value: impl Into<Option<$oty>>) -> Self {
                    self.$opt = value.into();
                    self
                }
            )*
            $(
                $(#[$ldoc])*
                #[doc = ""]
                #[doc = "Adds each item to those already given (none by default)."]
                pub fn $list(mut self, items: impl IntoIterator<Item = impl Into<$lty>>) -> Self {
                    self.$list.extend(items.into_iter().map(Into::into));
                    self
                }

                #[doc = concat!("Adds one item to `", stringify!($list), "`.")]
                pub fn $one(mut self, item: impl Into<$lty>) -> Self {
                    self.$list.extend(std::iter::once(item.into()));
                    self
                }
            )*
            $(
                $(#[$ddoc])*
                pub fn $def(mut self, value: $dty) -> Self {
                    self.$def = value;
                    self
                }
            )*

            /// The value, or an error: the first text refused by a setter, else
            /// [`Error::MissingFields`](crate::Error::MissingFields) naming every required
            /// field not set, else what the value's own checks refuse.
            pub fn build(self) -> Result<$target, $crate::Error> {
                if let Some(error) = self.error {
                    return Err(error);
                }
                #[allow(unused_mut)]
                let mut missing: Vec<&'static str> = Vec::new();
                $( if self.$req.is_none() { missing.push(stringify!($req)); } )*
                $( if self.$name.is_none() { missing.push(stringify!($name)); } )*
                let ($(Some($req),)* $(Some($name),)*) = ($(self.$req,)* $(self.$name,)*) else {
                    return Err($crate::Error::MissingFields {
                        builder: stringify!($target),
                        fields: missing,
                    });
                };
                let value = $target {
                    $( $req, )*
                    $( $name, )*
                    $( $opt: self.$opt, )*
                    $( $list: self.$list, )*
                    $( $def: self.$def, )*
                };
                $( ($check)(&value)?; )?
                Ok(value)
            }
        }
    };
}

pub(crate) use builder;
