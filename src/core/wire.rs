//! JSON for serde: the stored and exported types derive `Serialize`/`Deserialize`, and this is
//! the one format they meet. It reads the text directly (no tree in between) and strictly —
//! one value, nested at most `MAX_DEPTH` deep, integers only — and names the place of whatever
//! it refuses: the line and column of a syntax error, the path of a value that does not fit
//! ("clients[0].label: expected a string, found a number"). serde_json instead would add about
//! 23 KB of gzipped wasm (float parsing and printing) for a format without floats, and
//! serde-wasm-bindgen about 16 KB: bench/README.md, "serde: wire choice".

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use serde::{Deserialize, Serialize, ser};

/// Deeper nesting than this is refused: the envelope needs 6 levels. Values the types do not
/// expect are refused where they start, so only skipping (the version probe) goes this deep.
const MAX_DEPTH: usize = 64;

/// A refusal and where it happened. Boxed: every `Result` of the derived code carries it, and
/// a one-word error keeps that code small (about 4 KB of gzipped wasm).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(Box<Refusal>);

#[derive(Clone, Debug, PartialEq, Eq)]
struct Refusal {
    /// Keys and indexes down to the refused value; empty for a syntax error.
    path: String,
    problem: String,
    syntax: bool,
}

impl Error {
    fn problem(problem: String) -> Error {
        Error(Box::new(Refusal {
            path: String::new(),
            problem,
            syntax: false,
        }))
    }

    /// True when the text is not JSON at all, rather than JSON of the wrong shape.
    pub fn is_syntax(&self) -> bool {
        self.0.syntax
    }

    /// The error, seen from the object or array that holds `segment` (`key` or `[i]`).
    #[inline(never)]
    fn within(mut self, segment: &str) -> Error {
        let refusal = &mut *self.0;
        if !refusal.syntax {
            if !refusal.path.is_empty() && !refusal.path.starts_with('[') {
                refusal.path.insert(0, '.');
            }
            refusal.path.insert_str(0, segment);
        }
        self
    }
}

impl Error {
    #[inline(never)]
    fn at_index(self, at: usize) -> Error {
        self.within(&format!("[{at}]"))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Refusal { path, problem, .. } = &*self.0;
        if path.is_empty() {
            f.write_str(problem)
        } else {
            write!(f, "{path}: {problem}")
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(problem: T) -> Self {
        Error::problem(problem.to_string())
    }

    // serde's defaults print the value found, and printing a float pulls in float formatting
    // (about 9 KB of gzipped wasm): the kind of value says enough.
    fn invalid_type(found: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Error::problem(format!("expected {expected}, found {}", kind(found)))
    }

    fn invalid_value(found: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Error::invalid_type(found, expected)
    }

    fn invalid_length(_: usize, expected: &dyn de::Expected) -> Self {
        Error::problem(format!("expected {expected}"))
    }

    fn unknown_variant(variant: &str, _expected: &'static [&'static str]) -> Self {
        Error::problem(format!("unknown name \"{variant}\""))
    }

    fn unknown_field(field: &str, _expected: &'static [&'static str]) -> Self {
        Error::problem(format!("unknown field \"{field}\""))
    }

    fn missing_field(field: &'static str) -> Self {
        Error::problem("missing".to_owned()).within(field)
    }

    fn duplicate_field(field: &'static str) -> Self {
        Error::problem("appears twice".to_owned()).within(field)
    }
}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(problem: T) -> Self {
        Error::problem(problem.to_string())
    }
}

fn kind(found: de::Unexpected) -> &'static str {
    match found {
        de::Unexpected::Bool(_) => "true or false",
        de::Unexpected::Unsigned(_) | de::Unexpected::Signed(_) | de::Unexpected::Float(_) => {
            "a number"
        }
        de::Unexpected::Char(_) | de::Unexpected::Str(_) => "a string",
        de::Unexpected::Unit => "null",
        de::Unexpected::Seq => "an array",
        de::Unexpected::Map => "an object",
        _ => "another kind of value",
    }
}

/// Reads a `Deserialize` type from JSON text: exactly one value, nothing after it.
pub fn from_json<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, Error> {
    let mut reader = Reader {
        text: text.as_bytes(),
        source: text,
        at: 0,
        depth: 0,
    };
    let value = T::deserialize(&mut reader)?;
    reader.skip_space();
    if reader.at < reader.text.len() {
        return Err(reader.syntax("unexpected text after the end"));
    }
    Ok(value)
}

/// Writes a `Serialize` type as JSON; `pretty` indents by two spaces, for files a person opens.
/// Refuses what `from_json` could not read back (fractions, bytes, tuples, enum variants with
/// data, keys that are not strings): nothing is written that cannot be read.
pub fn to_json<T: Serialize>(value: &T, pretty: bool) -> Result<String, Error> {
    let mut out = String::new();
    value.serialize(Writer {
        out: &mut out,
        level: pretty.then_some(0),
    })?;
    Ok(out)
}

struct Reader<'de> {
    text: &'de [u8],
    source: &'de str,
    at: usize,
    depth: usize,
}

fn another_number() -> Error {
    Error::problem("expected a whole number, found another number".to_owned())
}

impl<'de> Reader<'de> {
    /// A syntax error at the current position, with its 1-based line and column.
    #[inline(never)]
    fn syntax(&self, problem: &str) -> Error {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Columns count characters, not bytes: continuation bytes are skipped.
        let column = before[line_start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count()
            + 1;
        Error(Box::new(Refusal {
            path: String::new(),
            problem: format!("{problem} at line {line} column {column}"),
            syntax: true,
        }))
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Skips space, then consumes `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    /// What the next value is, for "expected a string, found an array"; a syntax error if no
    /// value starts here.
    fn mismatch(&mut self, expected: &str) -> Error {
        self.skip_space();
        let found = match self.peek() {
            Some(b'{') => "an object",
            Some(b'[') => "an array",
            Some(b'"') => "a string",
            Some(b't' | b'f') => "true or false",
            Some(b'n') => "null",
            Some(b'-' | b'0'..=b'9') => "a number",
            None => return self.syntax("unexpected end, a value is missing"),
            Some(_) => return self.syntax("expected a value"),
        };
        Error::problem(format!("expected {expected}, found {found}"))
    }

    // The parts of reading that do not depend on the type read: kept out of line, so that
    // each field of each derived type calls them instead of carrying a copy.

    /// A whole number's sign (true when negative) and size.
    #[inline(never)]
    fn whole_number(&mut self) -> Result<(bool, u64), Error> {
        self.skip_space();
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.mismatch("a whole number"));
        }
        self.number()?.ok_or_else(another_number)
    }

    /// Reads `true` or `false`.
    #[inline(never)]
    fn boolean(&mut self) -> Result<bool, Error> {
        self.skip_space();
        match self.peek() {
            Some(b't') => self.word("true").map(|()| true),
            Some(b'f') => self.word("false").map(|()| false),
            _ => Err(self.mismatch("true or false")),
        }
    }

    #[inline(never)]
    fn text(&mut self) -> Result<Text<'de>, Error> {
        self.skip_space();
        if self.peek() != Some(b'"') {
            return Err(self.mismatch("a string"));
        }
        self.string()
    }

    /// Whether `null` comes next (and is consumed).
    #[inline(never)]
    fn null(&mut self) -> Result<bool, Error> {
        self.skip_space();
        if self.peek() == Some(b'n') {
            self.word("null")?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Consumes `open` and goes one level deeper; `kind` names what was expected.
    #[inline(never)]
    fn open(&mut self, open: u8, kind: &str) -> Result<(), Error> {
        if !self.eat(open) {
            return Err(self.mismatch(kind));
        }
        self.enter()
    }

    #[inline(never)]
    fn close_array(&mut self) -> Result<(), Error> {
        // The visitor read every element (Vec does); anything left is refused, not skipped.
        if !self.eat(b']') {
            return Err(self.syntax("expected ']'"));
        }
        self.depth -= 1;
        Ok(())
    }

    /// Before element `at`: false at the closing bracket.
    #[inline(never)]
    fn next_element(&mut self, at: usize) -> Result<bool, Error> {
        self.skip_space();
        if self.peek() == Some(b']') {
            return Ok(false);
        }
        if at > 0 && !self.eat(b',') {
            return Err(self.syntax("expected ',' or ']'"));
        }
        Ok(true)
    }

    /// The next key of an object, or `None` at its end (consumed).
    #[inline(never)]
    fn next_key(&mut self, first: bool) -> Result<Option<Text<'de>>, Error> {
        if self.eat(b'}') {
            self.depth -= 1;
            return Ok(None);
        }
        if !first && !self.eat(b',') {
            return Err(self.syntax("expected ',' or '}'"));
        }
        self.key().map(Some)
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.syntax("nested too deeply"));
        }
        Ok(())
    }

    fn word(&mut self, word: &str) -> Result<(), Error> {
        if self.text[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.syntax("expected a value"))
        }
    }

    /// Reads any value and forgets it, checking its syntax.
    fn skip_value(&mut self) -> Result<(), Error> {
        self.skip_space();
        match self.peek() {
            Some(b'{') => {
                self.at += 1;
                self.enter()?;
                if !self.eat(b'}') {
                    loop {
                        self.key()?;
                        self.skip_value()?;
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.syntax("expected ',' or '}'"));
                        }
                    }
                }
                self.depth -= 1;
                Ok(())
            }
            Some(b'[') => {
                self.at += 1;
                self.enter()?;
                if !self.eat(b']') {
                    loop {
                        self.skip_value()?;
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.syntax("expected ',' or ']'"));
                        }
                    }
                }
                self.depth -= 1;
                Ok(())
            }
            Some(b'"') => self.string().map(drop),
            Some(b't') => self.word("true"),
            Some(b'f') => self.word("false"),
            Some(b'n') => self.word("null"),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            _ => Err(self.mismatch("a value")),
        }
    }

    /// A key and its colon.
    fn key(&mut self) -> Result<Text<'de>, Error> {
        self.skip_space();
        if self.peek() != Some(b'"') {
            return Err(self.syntax("expected a key in double quotes"));
        }
        let key = self.string()?;
        if !self.eat(b':') {
            return Err(self.syntax("expected ':' after a key"));
        }
        Ok(key)
    }

    /// JSON's number grammar; for an integer whose size fits `u64`, `Some` of its sign
    /// (true when negative) and size.
    fn number(&mut self) -> Result<Option<(bool, u64)>, Error> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let digits_start = self.at;
        let mut value: Option<u64> = Some(0);
        while let Some(d @ b'0'..=b'9') = self.peek() {
            value = value
                .and_then(|v| v.checked_mul(10))
                .and_then(|v| v.checked_add(u64::from(d - b'0')));
            self.at += 1;
        }
        let digits = self.at - digits_start;
        if digits == 0 || (digits > 1 && self.text[digits_start] == b'0') {
            self.at = start;
            return Err(self.syntax("malformed number"));
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            integer = false;
            self.at += 1;
            if !self.digits() {
                return Err(self.syntax("malformed number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            integer = false;
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !self.digits() {
                return Err(self.syntax("malformed number"));
            }
        }
        Ok(value.filter(|_| integer).map(|size| (negative, size)))
    }

    fn digits(&mut self) -> bool {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at > start
    }

    /// A string at the current `"`: borrowed from the text unless it has escapes.
    fn string(&mut self) -> Result<Text<'de>, Error> {
        self.at += 1; // the opening quote
        let start = self.at;
        let mut owned: Option<String> = None;
        loop {
            let run = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The text is a &str and runs stop only at ASCII bytes, so this slices whole UTF-8.
            let piece = self.source.get(run..self.at).unwrap_or_default();
            if let Some(owned) = &mut owned {
                owned.push_str(piece);
            }
            match self.peek() {
                None => return Err(self.syntax("unterminated string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(match owned {
                        Some(owned) => Cow::Owned(owned),
                        None => {
                            Cow::Borrowed(self.source.get(start..self.at - 1).unwrap_or_default())
                        }
                    });
                }
                Some(b'\\') => {
                    let owned = owned.get_or_insert_with(|| {
                        self.source
                            .get(start..self.at)
                            .unwrap_or_default()
                            .to_owned()
                    });
                    self.at += 1;
                    let c = self.escape()?;
                    owned.push(c);
                }
                Some(_) => return Err(self.syntax("control character in a string")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, Error> {
        let Some(kind) = self.peek() else {
            return Err(self.syntax("unterminated string"));
        };
        self.at += 1;
        Ok(match kind {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xD800..0xDC00).contains(&first) && self.text[self.at..].starts_with(b"\\u") {
                    // A surrogate pair: two escapes for one character outside the BMP.
                    self.at += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.syntax("invalid surrogate pair"));
                    }
                    let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                    char::from_u32(code).ok_or_else(|| self.syntax("invalid surrogate pair"))?
                } else {
                    char::from_u32(first)
                        .ok_or_else(|| self.syntax("lone surrogate in a string"))?
                }
            }
            _ => return Err(self.syntax("unknown escape in a string")),
        })
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.syntax("expected four hex digits after \\u"))?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }
}

/// A string of the text: borrowed unless it has escapes.
type Text<'de> = Cow<'de, str>;

/// One way in for every visitor (nothing stored borrows from the text): half the code of
/// offering borrowed and owned strings apart.
fn visit_text<'de, V: Visitor<'de>>(text: Text<'de>, visitor: V) -> Result<V::Value, Error> {
    visitor.visit_str(&text)
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Error;

    /// Only what the stored types ask for is read; anything else is refused as a mismatch.
    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Error> {
        Err(self.mismatch("a known kind of value"))
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.whole_number()? {
            (false, size) => visitor.visit_u64(size),
            (true, _) => Err(another_number()),
        }
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let value = match self.whole_number()? {
            (false, size) => i64::try_from(size).map_err(|_| another_number())?,
            // Down to i64::MIN, whose size is one more than i64::MAX.
            (true, size) if size <= i64::MIN.unsigned_abs() => (size as i64).wrapping_neg(),
            (true, _) => return Err(another_number()),
        };
        visitor.visit_i64(value)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_bool(self.boolean()?)
    }

    /// Written as `null`, like `None`.
    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.null()? {
            visitor.visit_unit()
        } else {
            Err(self.mismatch("null"))
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    /// Written as what it wraps.
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// A variant without data is written as its name; one with data is refused by both sides.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_enum(self.text()?.into_deserializer())
    }

    /// A one-character string.
    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visit_text(self.text()?, visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.null()? {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.open(b'[', "an array")?;
        let value = visitor.visit_seq(Items {
            reader: &mut *self,
            at: 0,
        })?;
        self.close_array()?;
        Ok(value)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.open(b'{', "an object")?;
        visitor.visit_map(Fields {
            reader: &mut *self,
            first: true,
            key: String::new(),
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    /// Unknown keys are refused by the stored types; only the version probe skips others.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip_value()?;
        visitor.visit_unit()
    }

    // Not part of the format, refused by the writer too: fractions, bytes, tuples.
    serde::forward_to_deserialize_any! {
        i128 u128 f32 f64 bytes byte_buf tuple tuple_struct
    }
}

struct Items<'a, 'de> {
    reader: &'a mut Reader<'de>,
    at: usize,
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if !self.reader.next_element(self.at)? {
            return Ok(None);
        }
        let at = self.at;
        self.at += 1;
        seed.deserialize(&mut *self.reader)
            .map(Some)
            .map_err(|e| e.at_index(at))
    }
}

struct Fields<'a, 'de> {
    reader: &'a mut Reader<'de>,
    first: bool,
    /// The key whose value is read next, for the path of its errors.
    key: String,
}

impl<'de> de::MapAccess<'de> for Fields<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(key) = self.reader.next_key(std::mem::take(&mut self.first))? else {
            return Ok(None);
        };
        self.key.clear();
        self.key.push_str(&key);
        seed.deserialize(Key(key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.reader)
            .map_err(|e| e.within(&self.key))
    }
}

/// A key reads as a string, and as what the writer lets stand for one: a type that wraps a
/// string, `Some` string, a variant's name.
struct Key<'de>(Text<'de>);

impl<'de> de::Deserializer<'de> for Key<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visit_text(self.0, visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_enum(self.0.into_deserializer())
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// Writes JSON text; `level` is the nesting level when pretty, `None` when compact.
struct Writer<'a> {
    out: &'a mut String,
    level: Option<usize>,
}

fn unsupported() -> Error {
    Error::problem("not part of the stored form".to_owned())
}

fn write_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from(HEX[(u32::from(c) >> 4) as usize]));
                out.push(char::from(HEX[(u32::from(c) & 15) as usize]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_number(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[i..].iter().map(|&d| char::from(d)));
}

impl<'a> Writer<'a> {
    fn open(self, bracket: char, close: char) -> Compound<'a> {
        self.out.push(bracket);
        Compound {
            out: self.out,
            level: self.level,
            empty: true,
            close,
        }
    }
}

impl<'a> ser::Serializer for Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        if v < 0 {
            self.out.push('-');
        }
        write_number(self.out, v.unsigned_abs());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        write_number(self.out, v);
        Ok(())
    }
    /// The format has no fractions.
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(unsupported())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(unsupported())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_string(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(unsupported())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(unsupported())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('[', ']'))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(unsupported())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(unsupported())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('{', '}'))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('{', '}'))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported())
    }
}

/// An array or object being written.
struct Compound<'a> {
    out: &'a mut String,
    level: Option<usize>,
    empty: bool,
    close: char,
}

impl Compound<'_> {
    fn newline(&mut self, level: Option<usize>) {
        if let Some(level) = level {
            self.out.push('\n');
            self.out.extend(std::iter::repeat_n(' ', level * 2));
        }
    }

    /// Starts the next item: a comma after the first, then its line when pretty.
    fn item(&mut self) -> Writer<'_> {
        if !std::mem::take(&mut self.empty) {
            self.out.push(',');
        }
        let inner = self.level.map(|level| level + 1);
        self.newline(inner);
        Writer {
            out: self.out,
            level: inner,
        }
    }

    fn colon(&mut self) {
        self.out
            .push_str(if self.level.is_some() { ": " } else { ":" });
    }

    fn end(mut self) -> Result<(), Error> {
        if !self.empty {
            self.newline(self.level);
        }
        self.out.push(self.close);
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(self.item())
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;

    /// JSON keys are strings: a key written as anything else is refused.
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        let writer = self.item();
        let start = writer.out.len();
        key.serialize(Writer {
            out: writer.out,
            level: None,
        })?;
        if !self.out[start..].starts_with('"') {
            return Err(unsupported());
        }
        self.colon();
        Ok(())
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Writer {
            out: self.out,
            level: self.level.map(|level| level + 1),
        })
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        write_string(self.item().out, key);
        self.colon();
        ser::SerializeMap::serialize_value(self, value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

/// A string of `min` to `max` characters, for `#[serde(deserialize_with)]` checks.
pub fn text_within<'de, D: de::Deserializer<'de>>(
    deserializer: D,
    min: usize,
    max: usize,
) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    let chars = text.chars().count();
    if chars < min || chars > max {
        return Err(de::Error::custom(if min == 0 {
            format!("longer than {max} characters")
        } else {
            format!("{min} to {max} characters")
        }));
    }
    Ok(text)
}

/// Reads one of `all` by the name `name_of` gives it; `names` lists them for the message.
pub fn by_name<'de, D: de::Deserializer<'de>, T: Copy>(
    deserializer: D,
    all: &[T],
    name_of: fn(T) -> &'static str,
    names: &str,
) -> Result<T, D::Error> {
    let name = String::deserialize(deserializer)?;
    all.iter()
        .copied()
        .find(|&item| name_of(item) == name)
        .ok_or_else(|| de::Error::custom(format!("\"{name}\" is not {names}")))
}
