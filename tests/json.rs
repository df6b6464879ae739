//! The JSON codec behind storage and export: strict, positioned errors, lossless strings.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::core::json::{Value, parse, write};
use proptest::prelude::*;

#[test]
fn reads_the_json_it_needs() {
    let value = parse(
        r#" {"a": [1, 0, true, false, null, "x"], "b": {"c": 18446744073709551615}, "d": -1.5e3} "#,
    )
    .unwrap();
    assert_eq!(
        value.get("a"),
        Some(&Value::Array(vec![
            Value::Int(1),
            Value::Int(0),
            Value::Bool(true),
            Value::Bool(false),
            Value::Null,
            Value::Str("x".into()),
        ]))
    );
    assert_eq!(
        value.get("b").and_then(|b| b.get("c")),
        Some(&Value::Int(u64::MAX))
    );
    assert_eq!(value.get("d"), Some(&Value::OtherNumber));
    assert_eq!(
        parse("18446744073709551616"),
        Ok(Value::OtherNumber),
        "too big for u64 is not an Int"
    );
}

#[test]
fn strings_round_trip_with_escapes_and_any_unicode() {
    let tricky = "quote \" backslash \\ newline \n tab \t bell \u{7} emoji 😀 umlaut ä </script>";
    let json = write(&Value::Str(tricky.into()), false);
    assert_eq!(parse(&json), Ok(Value::Str(tricky.into())));
    assert_eq!(
        parse(r#""\ud83d\ude00 \u00e4 \/""#),
        Ok(Value::Str("😀 ä /".into()))
    );
}

#[test]
fn errors_say_what_and_where() {
    let err = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
    assert_eq!((err.line, err.column), (3, 7), "{err}");
    assert_eq!(
        err.to_string(),
        "expected ':' after a key at line 3 column 7"
    );
    for (bad, problem) in [
        ("", "unexpected end, a value is missing"),
        ("[1,]", "expected a value"),
        (r#"{"a":1,"a":2}"#, "the same key appears twice"),
        ("01", "malformed number"),
        ("1.", "malformed number"),
        (r#""\ud800""#, "lone surrogate in a string"),
        (r#""\x""#, "unknown escape in a string"),
        ("\"a\u{1}b\"", "control character in a string"),
        ("[1] 2", "unexpected text after the end"),
        ("'single'", "expected a value"),
    ] {
        assert_eq!(parse(bad).map_err(|e| e.problem), Err(problem), "{bad:?}");
    }
    let deep = "[".repeat(100_000);
    assert_eq!(
        parse(&deep).map_err(|e| e.problem),
        Err("nested too deeply")
    );
}

#[test]
fn pretty_output_is_indented_and_reads_back() {
    let value = Value::Object(vec![
        (
            "list".into(),
            Value::Array(vec![Value::Int(1), Value::Object(vec![])]),
        ),
        ("name".into(), Value::Str("x".into())),
    ]);
    let pretty = write(&value, true);
    assert_eq!(
        pretty,
        "{\n  \"list\": [\n    1,\n    {}\n  ],\n  \"name\": \"x\"\n}"
    );
    assert_eq!(parse(&pretty), Ok(value.clone()));
    assert_eq!(write(&value, false), r#"{"list":[1,{}],"name":"x"}"#);
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::Int),
        any::<String>().prop_map(Value::Str),
    ];
    leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn written_values_read_back_the_same(value in any_value(), pretty in any::<bool>()) {
        prop_assert_eq!(parse(&write(&value, pretty)), Ok(value));
    }

    #[test]
    fn any_text_gives_a_value_or_a_positioned_error(text in "\\PC{0,64}") {
        if let Err(e) = parse(&text) {
            prop_assert!(e.line >= 1 && e.column >= 1);
        }
    }
}

/// Issue 18.9: the duplicate-key check was quadratic (60,000 keys in 650 KB took 11 s in this
/// debug build). Objects are capped at 256 keys, far above the envelope's largest (17), so the
/// check stays cheap: the hostile object is refused at key 257, at once.
#[test]
fn sixty_thousand_keys_are_refused_at_once() {
    let body: Vec<String> = (0..60_000).map(|i| format!("\"k{i}\":{i}")).collect();
    let text = format!("{{{}}}", body.join(","));
    let start = std::time::Instant::now();
    let error = client_triage::core::json::parse(&text)
        .unwrap_err()
        .to_string();
    let took = start.elapsed();
    assert!(error.contains("too many keys in one object"), "{error}");
    assert!(took.as_millis() < 2_000, "took {took:?}");
    let fine: Vec<String> = (0..256).map(|i| format!("\"k{i}\":{i}")).collect();
    assert!(client_triage::core::json::parse(&format!("{{{}}}", fine.join(","))).is_ok());
    let twice = "{\"a\":1,\"b\":2,\"a\":3}";
    let error = client_triage::core::json::parse(twice)
        .unwrap_err()
        .to_string();
    assert!(error.contains("the same key appears twice"), "{error}");
}
