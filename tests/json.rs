//! The JSON format behind storage and export (core/wire.rs, serde over a small strict reader
//! and writer): strict, positioned syntax errors, field paths, lossless strings, a depth limit.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use client_triage::core::wire::{from_json, to_json};
use proptest::prelude::*;
use serde::de::IgnoredAny;
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
    let json = to_json(&tricky, false);
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
    let pretty = to_json(&doc, true);
    assert_eq!(
        pretty,
        "{\n  \"numbers\": [\n    1\n  ],\n  \"name\": \"x\",\n  \"note\": null,\n  \"inner\": [],\n  \"map\": {}\n}"
    );
    assert_eq!(from_json::<Doc>(&pretty).unwrap(), doc);
    assert_eq!(
        to_json(&doc, false),
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
        prop_assert_eq!(from_json::<Doc>(&to_json(&doc, pretty)).unwrap(), doc);
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
