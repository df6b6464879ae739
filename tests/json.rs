//! The JSON format behind storage and export (core/wire.rs, serde over a small strict reader
//! and writer): strict, positioned syntax errors, field paths, lossless strings, a depth limit;
//! the writer and the reader take the same kinds of value, and serde_json reads what it
//! writes and writes what it reads.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/books.rs"]
mod books;

use std::collections::BTreeMap;
use std::fmt::Debug;

use client_triage::core::schema::{Saved, decode, encode};
use client_triage::core::wire::{from_json, to_json};
use proptest::prelude::*;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    numbers: Vec<u64>,
    name: String,
    #[serde(default)]
    note: Option<String>,
    inner: Vec<Inner>,
    map: BTreeMap<String, u8>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Inner {
    share: u8,
}

fn syntax_problem<'a, T: Deserialize<'a>>(text: &'a str) -> String {
    match from_json::<T>(text) {
        Err(e) if e.is_syntax() => e.to_string(),
        Err(e) => panic!("{text:?}: not a syntax error: {e}"),
        Ok(_) => panic!("{text:?}: read"),
    }
}

#[test]
fn reads_the_json_it_needs() {
    let doc: Doc = from_json(
        r#" {"numbers": [1, 0, 18446744073709551615], "name": "x", "note": null,
             "inner": [{"share": 7}], "map": {"b": 2, "a": 1}} "#,
    )
    .unwrap();
    assert_eq!(doc.numbers, [1, 0, u64::MAX]);
    assert_eq!((doc.name.as_str(), doc.note), ("x", None));
    assert_eq!(doc.inner, [Inner { share: 7 }]);
    assert_eq!(doc.map.len(), 2);
    // Whole numbers only: too big for u64, negative or with a fraction is refused, by path.
    for (number, found) in [
        ("18446744073709551616", "another number"),
        ("-1", "another number"),
        ("-1.5e3", "another number"),
        ("\"7\"", "a string"),
    ] {
        let text = format!(r#"{{"numbers":[1,{number}],"name":"","inner":[],"map":{{}}}}"#);
        let err = from_json::<Doc>(&text).unwrap_err().to_string();
        assert_eq!(
            err,
            format!("numbers[1]: expected a whole number, found {found}"),
            "{number}"
        );
    }
}

#[test]
fn strings_round_trip_with_escapes_and_any_unicode() {
    let tricky = "quote \" backslash \\ newline \n tab \t bell \u{7} emoji 😀 umlaut ä </script>";
    let json = to_json(&tricky, false).unwrap();
    assert_eq!(from_json::<String>(&json).unwrap(), tricky);
    assert_eq!(
        from_json::<String>(r#""\ud83d\ude00 \u00e4 \/""#).unwrap(),
        "😀 ä /"
    );
}

#[test]
fn errors_say_what_and_where() {
    let err = from_json::<IgnoredAny>("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
    assert!(err.is_syntax());
    assert_eq!(
        err.to_string(),
        "expected ':' after a key at line 3 column 7"
    );
    for (bad, problem) in [
        ("", "unexpected end, a value is missing"),
        ("[1,]", "expected a value"),
        ("01", "malformed number"),
        ("1.", "malformed number"),
        (r#""\ud800""#, "lone surrogate in a string"),
        (r#""\x""#, "unknown escape in a string"),
        ("\"a\u{1}b\"", "control character in a string"),
        ("[1] 2", "unexpected text after the end"),
        ("'single'", "expected a value"),
    ] {
        let err = syntax_problem::<IgnoredAny>(bad);
        assert!(
            err.starts_with(&format!("{problem} at line 1 column")),
            "{bad:?}: {err}"
        );
    }
    let deep = "[".repeat(100_000);
    assert!(syntax_problem::<IgnoredAny>(&deep).starts_with("nested too deeply"));
    // A value of the wrong shape names its path; a key the type does not know is refused.
    let wrong = r#"{"numbers":[],"name":"","inner":[{"share":7},{"share":300}],"map":{}}"#;
    assert_eq!(
        from_json::<Doc>(wrong).unwrap_err().to_string(),
        "inner[1].share: expected u8, found a number"
    );
    let unknown = r#"{"numbers":[],"name":"","inner":[{"share":1,"colour":"red"}],"map":{}}"#;
    assert_eq!(
        from_json::<Doc>(unknown).unwrap_err().to_string(),
        "inner[0]: unknown field \"colour\""
    );
    let missing = r#"{"numbers":[],"inner":[],"map":{}}"#;
    assert_eq!(
        from_json::<Doc>(missing).unwrap_err().to_string(),
        "name: missing"
    );
}

#[test]
fn pretty_output_is_indented_and_reads_back() {
    let doc = Doc {
        numbers: vec![1],
        name: "x".into(),
        note: None,
        inner: vec![],
        map: BTreeMap::new(),
    };
    let pretty = to_json(&doc, true).unwrap();
    assert_eq!(
        pretty,
        "{\n  \"numbers\": [\n    1\n  ],\n  \"name\": \"x\",\n  \"note\": null,\n  \"inner\": [],\n  \"map\": {}\n}"
    );
    assert_eq!(from_json::<Doc>(&pretty).unwrap(), doc);
    assert_eq!(
        to_json(&doc, false).unwrap(),
        r#"{"numbers":[1],"name":"x","note":null,"inner":[],"map":{}}"#
    );
}

fn any_doc() -> impl Strategy<Value = Doc> {
    (
        proptest::collection::vec(any::<u64>(), 0..4),
        any::<String>(),
        proptest::option::of(any::<String>()),
        proptest::collection::vec(any::<u8>().prop_map(|share| Inner { share }), 0..3),
        proptest::collection::btree_map(any::<String>(), any::<u8>(), 0..4),
    )
        .prop_map(|(numbers, name, note, inner, map)| Doc {
            numbers,
            name,
            note,
            inner,
            map,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn written_values_read_back_the_same(doc in any_doc(), pretty in any::<bool>()) {
        prop_assert_eq!(from_json::<Doc>(&to_json(&doc, pretty).unwrap()).unwrap(), doc);
    }

    #[test]
    fn any_text_gives_a_value_or_a_positioned_error(text in "\\PC{0,64}") {
        if let Err(e) = from_json::<IgnoredAny>(&text) {
            prop_assert!(e.is_syntax() && e.to_string().contains(" at line "), "{}", e);
        }
    }
}

/// Issue 18.9: 60,000 keys in one object took 11 s when every key was checked against every
/// other. Now nothing is quadratic: a type refuses the first key it does not know (or the
/// second time it sees one), and skipping (the version probe) is linear.
#[test]
fn sixty_thousand_keys_are_refused_at_once() {
    let body: Vec<String> = (0..60_000).map(|i| format!("\"k{i}\":{i}")).collect();
    let text = format!("{{{}}}", body.join(","));
    let start = std::time::Instant::now();
    let error = from_json::<Inner>(&text).unwrap_err().to_string();
    assert_eq!(error, "unknown field \"k0\"");
    assert!(from_json::<IgnoredAny>(&text).is_ok());
    let took = start.elapsed();
    assert!(took.as_millis() < 2_000, "took {took:?}");
    let twice = "{\"share\":1,\"share\":3}";
    let error = from_json::<Inner>(twice).unwrap_err().to_string();
    assert_eq!(error, "share: appears twice");
}

/// Every kind of value the format has, each in a place that can hold it.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Kinds {
    yes: bool,
    small: i8,
    signed: i64,
    unsigned: u64,
    letter: char,
    text: String,
    maybe: Option<i32>,
    nothing: (),
    marker: Marker,
    wrapped: Wrapped,
    kind: Kind,
    list: Vec<i64>,
    map: BTreeMap<String, bool>,
    by_kind: BTreeMap<Kind, u8>,
    by_name: BTreeMap<Name, u8>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Marker;

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Wrapped(u16);

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
struct Name(String);

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
enum Kind {
    First,
    Second,
}

fn any_kinds() -> impl Strategy<Value = Kinds> {
    let kind = prop_oneof![Just(Kind::First), Just(Kind::Second)];
    (
        (
            any::<bool>(),
            any::<i8>(),
            any::<i64>(),
            any::<u64>(),
            any::<char>(),
        ),
        (
            ".*",
            proptest::option::of(any::<i32>()),
            any::<u16>(),
            kind.clone(),
        ),
        proptest::collection::vec(any::<i64>(), 0..4),
        proptest::collection::btree_map(".*", any::<bool>(), 0..3),
        proptest::collection::btree_map(kind, any::<u8>(), 0..3),
        proptest::collection::btree_map(".*".prop_map(Name), any::<u8>(), 0..3),
    )
        .prop_map(
            |(
                (yes, small, signed, unsigned, letter),
                (text, maybe, wrapped, kind),
                list,
                map,
                by_kind,
                by_name,
            )| Kinds {
                yes,
                small,
                signed,
                unsigned,
                letter,
                text,
                maybe,
                nothing: (),
                marker: Marker,
                wrapped: Wrapped(wrapped),
                kind,
                list,
                map,
                by_kind,
                by_name,
            },
        )
}

fn failed(what: &str, text: &str, error: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(format!("{what}: {error}\n{text}"))
}

/// Our text read by serde_json, and serde_json's read by us, both give back `value`; and
/// ours reads back itself. Compact and pretty.
fn each_reads_the_other<T>(value: &T) -> Result<(), TestCaseError>
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    for pretty in [false, true] {
        let ours = to_json(value, pretty).map_err(|e| failed("to_json", "", e))?;
        let read: T =
            serde_json::from_str(&ours).map_err(|e| failed("serde_json read", &ours, e))?;
        prop_assert_eq!(&read, value, "serde_json read {}", ours);
        let read: T = from_json(&ours).map_err(|e| failed("from_json read", &ours, e))?;
        prop_assert_eq!(&read, value, "from_json read {}", ours);
        let theirs = if pretty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        }
        .unwrap();
        let read: T = from_json(&theirs).map_err(|e| failed("from_json read", &theirs, e))?;
        prop_assert_eq!(&read, value, "from_json read serde_json's {}", theirs);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Whatever kind of value the writer writes, the reader reads (issue 28: the writer wrote
    /// true/false and negative numbers that the reader refused).
    #[test]
    fn every_kind_written_is_read_by_both(kinds in any_kinds()) {
        each_reads_the_other(&kinds)?;
    }

    /// Every stored type, with the values a reader's actions give it: the envelope, each
    /// client and everything in it, the deletions.
    #[test]
    fn every_stored_type_reads_the_same_in_serde_json(state in books::any_state()) {
        let saved = Saved::from_state(&state);
        let book = &saved.book;
        for client in &book.clients {
            each_reads_the_other(client)?;
            each_reads_the_other(&client.draft)?;
            each_reads_the_other(&client.draft.answers)?;
            each_reads_the_other(&client.notes)?;
            each_reads_the_other(&client.updated)?;
            for record in &client.history {
                each_reads_the_other(record)?;
                each_reads_the_other(&record.scores)?;
                each_reads_the_other(&record.strategy)?;
            }
        }
        each_reads_the_other(&book.deleted)?;
        each_reads_the_other(&book.exported)?;
        each_reads_the_other(&saved.lang)?;
        // The envelope's own type is private: serde_json reads it as a tree and writes it
        // again, and that reads back as the same data.
        for pretty in [false, true] {
            let ours = encode(&saved, pretty).map_err(|e| failed("encode", "", e))?;
            let tree: serde_json::Value =
                serde_json::from_str(&ours).map_err(|e| failed("serde_json read", &ours, e))?;
            let theirs = serde_json::to_string(&tree).unwrap();
            prop_assert_eq!(decode(&theirs), Ok(saved.clone()), "{}", theirs);
        }
    }
}

/// What one side refuses, the other refuses too: fractions, tuples, variants with data, keys
/// that are not strings, integers past 64 bits. serde_json writes each; we read none of it,
/// and write none of it.
#[test]
fn what_the_format_cannot_say_is_refused_both_ways() {
    #[derive(Debug, Serialize, Deserialize)]
    enum WithData {
        Newtype(u8),
        Struct { a: u8 },
    }
    fn refused<T: Serialize + DeserializeOwned + Debug>(value: T) {
        assert!(to_json(&value, false).is_err(), "written: {value:?}");
        let theirs = serde_json::to_string(&value).unwrap();
        assert!(from_json::<T>(&theirs).is_err(), "read: {theirs}");
    }
    refused(1.5f64);
    refused((1u8, 2u8));
    refused(WithData::Newtype(1));
    refused(WithData::Struct { a: 1 });
    refused(BTreeMap::from([(1u8, 2u8)]));
    refused(BTreeMap::from([(true, 2u8)]));
    refused(5i128);
    // A value inside fails the whole write: nothing half-written comes back.
    assert!(to_json(&vec![Some(1.0f32)], false).is_err());
}
