//! Both languages are complete: no empty text, one text per answer, placeholders kept.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::core::model::{Refusal, Rule};
use client_triage::core::{Gap, Lang, QUESTIONS, Strategy};
use client_triage::i18n;

#[test]
fn no_ui_text_is_empty_in_either_language() {
    for lang in Lang::ALL {
        for (key, text) in i18n::texts(lang).entries() {
            assert!(!text.trim().is_empty(), "{lang:?}: text \"{key}\" is empty");
        }
    }
}

/// Values go in through typed templates; a plain text never carries a placeholder.
#[test]
fn plain_texts_carry_no_placeholders() {
    for lang in Lang::ALL {
        for (key, text) in i18n::texts(lang).entries() {
            assert!(
                !text.contains(['{', '}']),
                "{lang:?}: \"{key}\" has a placeholder"
            );
        }
    }
}

#[test]
fn every_question_has_a_text_for_each_answer_in_both_languages() {
    for lang in Lang::ALL {
        for question in QUESTIONS {
            let text = i18n::question(lang, question.id);
            assert!(
                !text.prompt.trim().is_empty(),
                "{lang:?} {:?}: empty prompt",
                question.id
            );
            assert_eq!(
                text.answers.len(),
                question.answers.len(),
                "{lang:?} {:?}: one text per answer",
                question.id
            );
            for (answer, answer_text) in question.answers.iter().zip(text.answers) {
                assert!(
                    !answer_text.label.trim().is_empty(),
                    "{lang:?} {}: empty label",
                    answer.id
                );
                assert!(
                    !answer_text.reason.trim().is_empty(),
                    "{lang:?} {}: empty reason",
                    answer.id
                );
            }
        }
    }
}

#[test]
fn strategies_gaps_and_rules_are_worded_in_both_languages() {
    for lang in Lang::ALL {
        for strategy in Strategy::ALL {
            let text = i18n::strategy(lang, strategy);
            assert!(!text.name.is_empty() && !text.summary.is_empty());
            assert!(
                text.plan.len() >= 4,
                "{lang:?} {strategy:?}: a plan has at least 4 steps"
            );
            assert!(text.plan.iter().all(|step| !step.trim().is_empty()));
        }
        for gap in Gap::ALL {
            let text = i18n::gap(lang, gap);
            assert!(!text.missing.is_empty() && !text.fix.is_empty());
        }
        for rule in [
            Rule::Threats,
            Rule::MediationRefusedAndTimeDrain(Refusal::Offer),
            Rule::MediationRefusedAndTimeDrain(Refusal::Talk),
            Rule::MediationRefusedAndTimeDrain(Refusal::Both),
        ] {
            assert!(!i18n::rule(lang, rule).is_empty());
        }
    }
}

#[test]
fn german_and_english_differ_so_no_screen_is_mixed() {
    let de = i18n::texts(Lang::De).entries();
    let en = i18n::texts(Lang::En).entries();
    for ((key, de_text), (_, en_text)) in de.iter().zip(en.iter()) {
        assert_ne!(de_text, en_text, "\"{key}\" is the same in both languages");
    }
}

/// A value is put in once, as it is: a client called "{end}" stays "{end}".
#[test]
fn templates_put_each_value_in_once_and_verbatim() {
    let de = i18n::texts(Lang::De).with;
    assert_eq!((de.progress)(3, 17), "Frage 3 von 17");
    assert_eq!(
        (de.confirm_delete_client)("{end} & {client}"),
        "„{end} & {client}“ mit allen Einschätzungen löschen?"
    );
    let en = i18n::texts(Lang::En).with;
    assert_eq!(
        (en.import_done)(1),
        "Imported: 1 client. Nothing was overwritten; histories were combined."
    );
    assert_ne!((en.close_call)("A", "B"), (de.close_call)("A", "B"));
    let plan = i18n::plan_texts(Lang::En);
    assert_eq!(
        (plan.letter_notice)("{end}", "2027-01-31")
            .matches("{end}")
            .count(),
        1
    );
}

/// The import message carries the decoder's refusal, path included, in either language.
#[test]
fn import_refusals_are_told_in_both_languages_with_their_path() {
    use client_triage::core::schema::{DecodeError, decode};
    let bad = r#"{"version":3,"current":"a","clients":[{"id":"a","label":7,"updated":"2026-11-01T10:00:00.000Z","draft":{"screen":"intro","answers":{}}}]}"#;
    let error = decode(bad).unwrap_err();
    assert!(matches!(error, DecodeError::Invalid(_)), "{error:?}");
    let detail = error.to_string();
    for (lang, sentence) in [
        (
            Lang::De,
            "Die Datei ist kein gültiger Export: invalid data: clients[0].label: expected a string, found a number. Nichts wurde geändert.",
        ),
        (
            Lang::En,
            "The file is not a valid export: invalid data: clients[0].label: expected a string, found a number. Nothing was changed.",
        ),
    ] {
        assert_eq!((i18n::texts(lang).with.import_invalid)(&detail), sentence);
    }
    let newer = decode(r#"{"version":9,"more":"fields"}"#).unwrap_err();
    assert!(matches!(newer, DecodeError::NewerVersion(9)));
    assert!((i18n::texts(Lang::De).with.import_newer)(&newer.to_string()).contains("schema 9"));
}
