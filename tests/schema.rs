//! The stored envelope: round trips, and refusal of anything it cannot vouch for.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::core::schema::{DecodeError, SCHEMA_VERSION, Saved, decode, encode};
use client_triage::core::{Answers, Lang, Screen};
use proptest::prelude::*;

fn sample() -> Saved {
    Saved {
        lang: Some(Lang::En),
        screen: Screen::Question(3),
        answers: Answers::from_pairs([(0, 3), (1, 0), (2, 2)]),
    }
}

#[test]
fn saved_state_round_trips() {
    for saved in [
        sample(),
        Saved {
            lang: None,
            screen: Screen::Intro,
            answers: Answers::new(),
        },
        Saved {
            lang: Some(Lang::De),
            screen: Screen::Result,
            answers: Answers::from_pairs((0..16).map(|q| (q, 1))),
        },
    ] {
        assert_eq!(decode(&encode(&saved)), Ok(saved));
    }
}

#[test]
fn stored_form_uses_stable_names_not_indexes() {
    let json = encode(&sample());
    assert!(json.contains(r#""version":1"#), "{json}");
    assert!(json.contains(r#""satisfiable":"never""#), "{json}");
    assert!(json.contains(r#""question":"fairness""#), "{json}");
}

#[test]
fn bad_values_are_refused_with_a_reason() {
    assert!(matches!(decode("{not json"), Err(DecodeError::NotJson(_))));
    assert!(matches!(decode("[]"), Err(DecodeError::Invalid(_))));
    assert!(matches!(
        decode(r#"{"version":"1"}"#),
        Err(DecodeError::Invalid(_))
    ));
    let unknown_answer =
        r#"{"version":1,"draft":{"screen":"intro","answers":{"toll":"sometimes"}}}"#;
    assert_eq!(
        decode(unknown_answer),
        Err(DecodeError::Invalid(
            r#"unknown answer "sometimes" for question "toll""#.into()
        ))
    );
    let question_screen_without_question =
        r#"{"version":1,"draft":{"screen":"question","answers":{}}}"#;
    assert!(matches!(
        decode(question_screen_without_question),
        Err(DecodeError::Invalid(_))
    ));
}

#[test]
fn a_newer_version_is_refused_not_guessed() {
    let newer = format!(r#"{{"version":{},"draft":{{}}}}"#, SCHEMA_VERSION + 1);
    assert_eq!(
        decode(&newer),
        Err(DecodeError::NewerVersion(SCHEMA_VERSION + 1))
    );
    assert!(
        decode(&newer)
            .unwrap_err()
            .to_string()
            .contains("newer version")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn decoding_arbitrary_text_never_panics(raw in ".{0,200}") {
        let _ = decode(&raw);
    }

    #[test]
    fn decoding_a_mangled_valid_value_never_panics(cut in 0usize..200, byte in any::<u8>()) {
        let mut raw = encode(&sample()).into_bytes();
        let at = cut.min(raw.len().saturating_sub(1));
        raw[at] = byte;
        raw.truncate(raw.len().max(1) - cut % 7);
        let _ = decode(&String::from_utf8_lossy(&raw));
    }
}
