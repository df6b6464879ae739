//! Both languages are complete: no empty text, one text per answer, placeholders kept.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::core::model::Rule;
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

#[test]
fn placeholders_are_the_same_in_both_languages() {
    let placeholders = |text: &str| {
        let mut found: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        found.sort();
        found
    };
    let de = i18n::texts(Lang::De).entries();
    let en = i18n::texts(Lang::En).entries();
    for ((key, de_text), (_, en_text)) in de.iter().zip(en.iter()) {
        assert_eq!(
            placeholders(de_text),
            placeholders(en_text),
            "placeholders of \"{key}\""
        );
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
        for rule in [Rule::Threats, Rule::MediationRefusedAndTimeDrain] {
            assert!(!i18n::rule(lang, rule).is_empty());
        }
    }
}

#[test]
fn german_and_english_differ_so_no_screen_is_mixed() {
    let de = i18n::texts(Lang::De).entries();
    let en = i18n::texts(Lang::En).entries();
    // Pure templates like "{date}: {strategy} ({share} %)" have no words to translate.
    let has_words = |text: &str| {
        let mut words = String::new();
        let mut in_placeholder = false;
        for c in text.chars() {
            match c {
                '{' => in_placeholder = true,
                '}' => in_placeholder = false,
                c if !in_placeholder => words.push(c),
                _ => {}
            }
        }
        words.chars().any(char::is_alphabetic)
    };
    for ((key, de_text), (_, en_text)) in de.iter().zip(en.iter()) {
        if !has_words(de_text) {
            continue;
        }
        assert_ne!(de_text, en_text, "\"{key}\" is the same in both languages");
    }
}

#[test]
fn fill_replaces_named_placeholders() {
    assert_eq!(
        i18n::fill("Frage {n} von {total}", &[("n", "3"), ("total", "16")]),
        "Frage 3 von 16"
    );
}
