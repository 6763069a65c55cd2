//! The keys of choices and fields in files are their serde names: each choice enum derives
//! `Serialize`/`Deserialize` with `rename_all = "snake_case"` (or its codes, as `Land` does), and
//! nothing else spells them. This module reads those names back, so that `key()`, `from_key` and
//! the lists in error messages come from the same derive. At the bottom of the engine: imports
//! nothing of it.

use serde::de::value::{Error, StrDeserializer};
use serde::de::{self, DeserializeOwned, Deserializer, IntoDeserializer, Visitor};
use serde::Deserialize;

/// Asks a `Deserialize` impl which names it knows, and deserialises nothing.
struct Names<'a>(&'a mut &'static [&'static str]);

impl<'de> Deserializer<'de> for Names<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        Err(de::Error::custom("names only"))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Error> {
        *self.0 = variants;
        Err(de::Error::custom("names only"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Error> {
        *self.0 = fields;
        Err(de::Error::custom("names only"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map identifier ignored_any
    }
}

/// The serde names of an enum's variants (in declaration order) or of a struct's fields.
pub fn names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names: &'static [&'static str] = &[];
    let _ = T::deserialize(Names(&mut names));
    names
}

/// The choice whose key is `key`.
pub fn from_key<T: DeserializeOwned>(key: &str) -> Option<T> {
    let d: StrDeserializer<'_, Error> = key.into_deserializer();
    T::deserialize(d).ok()
}

/// `#[serde(deserialize_with = "keys::choice")]` on an `Option<T>` field: the choice read as its
/// key through [`from_key`]. Same result as `T`'s own derive, but one string visitor
/// for all choices instead of an enum visitor per choice on each kind of input (in the wasm, the
/// saved case's choices cost about a tenth of what the derive's visitors cost).
pub fn choice<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<T>, D::Error> {
    one(d).map(Some)
}

/// [`choice`] for a field that is not an `Option`.
pub fn one<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<T, D::Error> {
    let key = String::deserialize(d)?;
    // Not `unknown_variant`, whose list of keys costs the app module its formatting code: the
    // files' messages name the entry, not the keys (`docs/CASE_FILE.md`).
    from_key(&key).ok_or_else(|| de::Error::custom(format_args!("unknown key {key:?}")))
}

/// `key()` and `from_key` for a field-less choice enum deriving `Deserialize`: the key is the
/// variant's serde name (variants are numbered in declaration order, as serde lists them).
macro_rules! keyed {
    ($($t:ty),* $(,)?) => {$(
        impl $t {
            /// The key used in files (`breach-vectors/1`, saved cases): the serde name.
            pub fn key(self) -> &'static str {
                $crate::domain::keys::names::<$t>()[self as usize]
            }
            /// The choice with this key.
            pub fn from_key(key: &str) -> Option<$t> {
                $crate::domain::keys::from_key(key)
            }
        }
    )*};
}
pub(crate) use keyed;

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Colour {
        DarkRed,
        Blue,
        #[serde(rename = "GREEN")]
        Green,
    }
    keyed!(Colour);

    #[derive(Deserialize)]
    #[allow(dead_code)]
    struct Pair {
        left: u8,
        right_side: u8,
    }

    #[test]
    fn names_come_from_the_derive() {
        assert_eq!(names::<Colour>(), ["dark_red", "blue", "GREEN"]);
        assert_eq!(names::<Pair>(), ["left", "right_side"]);
        assert_eq!(Colour::DarkRed.key(), "dark_red");
        assert_eq!(Colour::Green.key(), "GREEN");
        assert_eq!(Colour::from_key("blue"), Some(Colour::Blue));
        assert_eq!(Colour::from_key("Blue"), None);
        assert_eq!(Colour::from_key(""), None);
        for c in [Colour::DarkRed, Colour::Blue, Colour::Green] {
            assert_eq!(serde_json::to_value(c).unwrap(), c.key());
        }
    }
}
