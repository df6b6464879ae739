//! The widget's questionnaire as data for the SurveyJS comparison page (`bench/surveyjs/`): each
//! question's id, prompt and answer labels in one language, in the order the widget asks them.
//! `texts.rs` writes it beside the language files, so the benchmark's survey cannot drift from
//! the widget's (tests/contract.rs compares them).

use client_triage::core::Lang;
use client_triage::core::questions::QUESTIONS;
use client_triage::i18n;

/// `{ "questions": [{ "name", "title", "choices": [label …] } …] }`.
pub fn survey_json(lang: Lang) -> String {
    let questions: Vec<serde_json::Value> = QUESTIONS
        .iter()
        .map(|question| {
            let text = i18n::question(lang, question.id);
            serde_json::json!({
                "name": question.id.as_str(),
                "title": text.prompt,
                "choices": text.answers.iter().map(|answer| answer.label).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "questions": questions }))
        .expect("the survey serialises")
}
