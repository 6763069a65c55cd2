//! Typed structs to and from JSON values with serde's derive: [`from_map`] reads a parsed object
//! and names the field that does not fit; [`to_value`] writes one. At the bottom of the engine:
//! imports nothing of it.
//!
//! `serde_json::from_value` and `to_value` would do the same, and `serde_path_to_error` would
//! name the key; together they put serde_json's error texts, error paths for values that cannot
//! fail, and a second set of wrappers around every visitor into the app module, which has a
//! download budget (`docs/PERFORMANCE.md`: the saved case cost about 12 KB brotli more than a
//! hand mapping that way, 1.4 KB this way). The files this project reads only ever need to say
//! *which* answer is wrong (`answers.land`), never serde's own sentence, so the reader carries no
//! message at all: its error is the field, filled in by the struct that held the value. The
//! writer has no error to return.

use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::{ser, Deserialize, Serialize};
use serde_json::{Map, Value};

/// Why a value did not fit: the outermost struct field that held it (`None` for the value itself,
/// e.g. an object where a list belongs, or for an entry of a map that is no struct).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Misfit(pub Option<&'static str>);

impl fmt::Display for Misfit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(key) => write!(f, "the value of {key:?} does not fit"),
            None => f.write_str("the value does not fit"),
        }
    }
}

impl std::error::Error for Misfit {}

impl de::Error for Misfit {
    // serde's message is dropped unformatted: that is the point of this module.
    fn custom<T: fmt::Display>(_: T) -> Self {
        Misfit(None)
    }
}

/// Read `map` as a `T`; on error, the struct field whose value does not fit (of several, the first
/// in the order of the fields). An entry whose value is `null` reads as a missing one (with
/// `#[serde(default)]`: the default), at every level.
pub fn from_map<'de, T: Deserialize<'de>>(map: &'de Map<String, Value>) -> Result<T, Misfit> {
    T::deserialize(MapReader::new(map, &[]))
}

/// Deserializes one JSON value.
struct Reader<'de>(&'de Value);

/// Deserializes the entries of one JSON object, remembering the field of the current one. Read as a
/// struct, its fields come first, in the order the struct declares them, then the other keys: so
/// where several entries do not fit, the one named is the same whatever order the map keeps (in
/// the wasm, serde_json's maps are sorted; natively they keep the file's order).
struct MapReader<'de> {
    map: &'de Map<String, Value>,
    fields: &'static [&'static str],
    next_field: usize,
    rest: serde_json::map::Iter<'de>,
    value: Option<&'de Value>,
    /// The field of the current entry (`None` for a key that is no field).
    field: Option<&'static str>,
}

impl<'de> MapReader<'de> {
    fn new(map: &'de Map<String, Value>, fields: &'static [&'static str]) -> Self {
        MapReader {
            map,
            fields,
            next_field: 0,
            rest: map.iter(),
            value: None,
            field: None,
        }
    }

    /// The next entry that is not `null`: the struct's fields first, then the other keys.
    fn next_entry(&mut self) -> Option<(&'de str, &'de Value)> {
        while let Some(field) = self.fields.get(self.next_field) {
            self.next_field += 1;
            match self.map.get(*field) {
                Some(v) if !v.is_null() => {
                    self.field = Some(field);
                    return Some((field, v));
                }
                _ => {}
            }
        }
        self.field = None;
        let fields = self.fields;
        self.rest
            .find(|(k, v)| !v.is_null() && !fields.contains(&k.as_str()))
            .map(|(k, v)| (k.as_str(), v))
    }
}

/// Deserializes the items of one JSON list.
struct SeqReader<'de>(std::slice::Iter<'de, Value>);

impl<'de> de::Deserializer<'de> for Reader<'de> {
    type Error = Misfit;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Misfit> {
        match self.0 {
            Value::Null => v.visit_unit(),
            Value::Bool(b) => v.visit_bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => v.visit_u64(u),
                (None, Some(i)) => v.visit_i64(i),
                (None, None) => v.visit_f64(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(s) => v.visit_borrowed_str(s),
            Value::Array(items) => v.visit_seq(SeqReader(items.iter())),
            Value::Object(map) => v.visit_map(MapReader::new(map, &[])),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Misfit> {
        match self.0 {
            Value::Null => v.visit_none(),
            _ => v.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Misfit> {
        match self.0 {
            Value::String(s) => v.visit_enum(s.as_str().into_deserializer()),
            _ => Err(Misfit(None)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Misfit> {
        match self.0 {
            Value::Object(map) => v.visit_map(MapReader::new(map, fields)),
            _ => self.deserialize_any(v),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map identifier ignored_any
    }
}

impl<'de> de::Deserializer<'de> for MapReader<'de> {
    type Error = Misfit;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Misfit> {
        v.visit_map(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        mut self,
        _: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Misfit> {
        self.fields = fields;
        v.visit_map(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

impl<'de> MapAccess<'de> for MapReader<'de> {
    type Error = Misfit;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Misfit> {
        let Some((key, value)) = self.next_entry() else {
            return Ok(None);
        };
        self.value = Some(value);
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Misfit> {
        let value = self.value.take().unwrap_or(&Value::Null);
        // The outermost struct field names the misfit: each level overwrites what the one inside
        // it said.
        seed.deserialize(Reader(value))
            .map_err(|_| Misfit(self.field))
    }
}

impl<'de> SeqAccess<'de> for SeqReader<'de> {
    type Error = Misfit;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Misfit> {
        match self.0.next() {
            Some(value) => seed.deserialize(Reader(value)).map(Some),
            None => Ok(None),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/// `value` as JSON: structs and maps as objects, enums' unit variants as their names, `None` as
/// `null`. What JSON has no plain form for is left out: a variant with data and a 128-bit number
/// beyond 64 bits are written as `null`, an entry of a map whose key is not a string is dropped.
/// The types written here have none of these.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Value {
    match value.serialize(Writer) {
        Ok(v) => v,
        Err(never) => match never {},
    }
}

/// The writer's error: there is none. serde asks every error type for `custom`, which a
/// hand-written `Serialize` impl may call to give up; this one panics, so such an impl must not be
/// written here. None of the types written here calls it (the derive never does, and the writer
/// overrides every method that would by default); `tests` write each kind of value once.
#[derive(Debug)]
pub enum Never {}

impl fmt::Display for Never {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        panic!("typed::to_value: a Serialize impl gave up: {msg}")
    }
}

/// Writes one value.
struct Writer;

/// Collects a list.
struct ListWriter(Vec<Value>);

/// Collects an object; `key` is the key of the value to come (for `serialize_key`).
struct ObjectWriter {
    map: Map<String, Value>,
    key: Option<String>,
}

type Done = Result<Value, Never>;

impl ser::Serializer for Writer {
    type Ok = Value;
    type Error = Never;
    type SerializeSeq = ListWriter;
    type SerializeTuple = ListWriter;
    type SerializeTupleStruct = ListWriter;
    type SerializeTupleVariant = Skip;
    type SerializeMap = ObjectWriter;
    type SerializeStruct = ObjectWriter;
    type SerializeStructVariant = Skip;

    fn serialize_bool(self, v: bool) -> Done {
        Ok(Value::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Done {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Done {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Done {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Done {
        Ok(Value::from(v))
    }
    fn serialize_u8(self, v: u8) -> Done {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Done {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Done {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Done {
        Ok(Value::from(v))
    }
    fn serialize_i128(self, v: i128) -> Done {
        Ok(i64::try_from(v).map_or(Value::Null, Value::from))
    }
    fn serialize_u128(self, v: u128) -> Done {
        Ok(u64::try_from(v).map_or(Value::Null, Value::from))
    }
    fn serialize_f32(self, v: f32) -> Done {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Done {
        Ok(Value::from(v))
    }
    fn serialize_char(self, v: char) -> Done {
        Ok(Value::String(v.into()))
    }
    fn serialize_str(self, v: &str) -> Done {
        Ok(Value::String(v.into()))
    }
    fn serialize_bytes(self, v: &[u8]) -> Done {
        Ok(Value::Array(v.iter().map(|b| Value::from(*b)).collect()))
    }
    fn serialize_none(self) -> Done {
        Ok(Value::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Done {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Done {
        Ok(Value::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        Ok(Value::Null)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Done {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Done {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Done {
        Ok(Value::Null)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<ListWriter, Never> {
        Ok(ListWriter(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<ListWriter, Never> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<ListWriter, Never> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Never> {
        Ok(Skip)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<ObjectWriter, Never> {
        Ok(ObjectWriter {
            map: Map::new(),
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<ObjectWriter, Never> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Never> {
        Ok(Skip)
    }
}

/// A variant with data: written as `null`.
struct Skip;

impl ser::SerializeSeq for ListWriter {
    type Ok = Value;
    type Error = Never;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Never> {
        self.0.push(to_value(v));
        Ok(())
    }
    fn end(self) -> Done {
        Ok(Value::Array(self.0))
    }
}

impl ser::SerializeTuple for ListWriter {
    type Ok = Value;
    type Error = Never;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Never> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Done {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for ListWriter {
    type Ok = Value;
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Never> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Done {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeMap for ObjectWriter {
    type Ok = Value;
    type Error = Never;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Never> {
        self.key = match to_value(key) {
            Value::String(key) => Some(key),
            _ => None,
        };
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Never> {
        if let Some(key) = self.key.take() {
            self.map.insert(key, to_value(v));
        }
        Ok(())
    }
    fn end(self) -> Done {
        Ok(Value::Object(self.map))
    }
}

impl ser::SerializeStruct for ObjectWriter {
    type Ok = Value;
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Never> {
        self.map.insert(key.into(), to_value(v));
        Ok(())
    }
    fn end(self) -> Done {
        ser::SerializeMap::end(self)
    }
}

impl ser::SerializeTupleVariant for Skip {
    type Ok = Value;
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, _: &T) -> Result<(), Never> {
        Ok(())
    }
    fn end(self) -> Done {
        Ok(Value::Null)
    }
}

impl ser::SerializeStructVariant for Skip {
    type Ok = Value;
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        _: &'static str,
        _: &T,
    ) -> Result<(), Never> {
        Ok(())
    }
    fn end(self) -> Done {
        Ok(Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Colour {
        DarkRed,
        Blue,
    }

    #[derive(Debug, PartialEq, Deserialize, Default)]
    #[serde(default)]
    struct Sample {
        name: String,
        count: u32,
        open: Option<bool>,
        colour: Option<Colour>,
        colours: Vec<Colour>,
        nested: Option<Box<Sample>>,
    }

    fn read(v: Value) -> Result<Sample, Misfit> {
        let Value::Object(map) = v else {
            panic!("an object")
        };
        from_map(&map)
    }

    #[test]
    fn every_kind_of_value_is_read() {
        let got = read(json!({
            "name": "Kreis", "count": 3, "open": null, "colour": "dark_red",
            "colours": ["blue", "dark_red"], "nested": {"open": true, "name": null},
            "unknown": [1, {"x": 2}]
        }));
        let want = Sample {
            name: "Kreis".into(),
            count: 3,
            open: None,
            colour: Some(Colour::DarkRed),
            colours: vec![Colour::Blue, Colour::DarkRed],
            nested: Some(Box::new(Sample {
                open: Some(true),
                ..Sample::default()
            })),
        };
        assert_eq!(got, Ok(want));
        assert_eq!(read(json!({})), Ok(Sample::default()));
        // `null` reads as missing, also where the type has no null (a text, a list).
        let nulls = json!({"name": null, "count": null, "colours": null, "nested": null});
        assert_eq!(read(nulls), Ok(Sample::default()));
    }

    #[test]
    fn a_misfit_names_the_outermost_key() {
        for (value, key) in [
            (json!({"name": 1}), "name"),
            (json!({"count": -1}), "count"),
            (json!({"count": 1.5}), "count"),
            (json!({"open": "yes"}), "open"),
            (json!({"colour": "green"}), "colour"),
            (json!({"colour": 1}), "colour"),
            (json!({"colours": ["blue", "red"]}), "colours"),
            (json!({"colours": "blue"}), "colours"),
            (json!({"nested": {"count": "x"}}), "nested"),
        ] {
            assert_eq!(read(value), Err(Misfit(Some(key))), "{key}");
        }
    }

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Shape {
        Plain,
        Newtype(u8),
        Tuple(u8, u8),
        Struct { x: u8 },
    }

    #[derive(Serialize)]
    struct Everything<'a> {
        text: &'a str,
        flag: bool,
        open: Option<bool>,
        small: u8,
        negative: i32,
        fraction: f64,
        huge: u128,
        letter: char,
        list: Vec<Shape>,
        pair: (u8, &'a str),
        unit: (),
        keyed: std::collections::BTreeMap<&'a str, u8>,
        numbered: std::collections::BTreeMap<u8, u8>,
    }

    #[test]
    fn every_kind_of_value_is_written_as_serde_json_writes_it_or_left_out() {
        let value = Everything {
            text: "Kreis \"Süd\"\n",
            flag: true,
            open: None,
            small: 7,
            negative: -3,
            fraction: 0.5,
            huge: u128::MAX,
            letter: 'ß',
            list: vec![
                Shape::Plain,
                Shape::Newtype(1),
                Shape::Tuple(1, 2),
                Shape::Struct { x: 1 },
            ],
            pair: (1, "a"),
            unit: (),
            keyed: [("b", 2), ("a", 1)].into_iter().collect(),
            numbered: [(1, 1)].into_iter().collect(),
        };
        let want = json!({
            "text": "Kreis \"Süd\"\n", "flag": true, "open": null, "small": 7, "negative": -3,
            "fraction": 0.5, "huge": null, "letter": "ß", "list": ["plain", null, null, null], "pair": [1, "a"],
            "unit": null, "keyed": {"a": 1, "b": 2}, "numbered": {}
        });
        assert_eq!(to_value(&value), want);
        let plain = serde_json::to_value(&value.keyed).unwrap();
        assert_eq!(to_value(&value.keyed), plain);
    }

    #[test]
    fn of_several_misfits_the_first_field_is_named_whatever_the_map_order() {
        // `name` is declared before `count`; the files name it first in either order.
        let one = json!({"count": "x", "name": 1});
        let other = json!({"name": 1, "count": "x"});
        assert_eq!(read(one), Err(Misfit(Some("name"))));
        assert_eq!(read(other), Err(Misfit(Some("name"))));
        // Unknown keys come after the fields and are skipped whatever they hold.
        let unknown = json!({"zzz": {"deep": [1]}, "aaa": "?", "count": 2});
        assert_eq!(read(unknown).map(|s| s.count), Ok(2));
    }

    #[test]
    fn the_message_names_the_key() {
        assert_eq!(
            Misfit(Some("land")).to_string(),
            "the value of \"land\" does not fit"
        );
        assert_eq!(Misfit(None).to_string(), "the value does not fit");
    }
}
