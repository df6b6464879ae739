//! `docs/model.md` states every weight; this keeps it true to `src/core/questions.rs`.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::core::QUESTIONS;
use client_triage::core::questions::{Flag, Gap};

fn marks(flag: Option<Flag>, gap: Option<Gap>) -> String {
    let flag = flag.map(|f| match f {
        Flag::OfferRefused => "offer refused",
        Flag::TalkRefused => "talk refused",
        Flag::HeavyTimeDrain => "heavy time drain",
        Flag::Threats => "threats",
    });
    let gap = gap.map(|g| match g {
        Gap::Contract => "gap: contract",
        Gap::Scope => "gap: scope",
        Gap::Deadlines => "gap: deadlines",
        Gap::Milestones => "gap: milestones",
        Gap::TargetGroup => "gap: target group",
    });
    flag.or(gap).unwrap_or("").to_owned()
}

#[test]
fn the_weight_table_in_docs_matches_the_code() {
    let doc = include_str!("../docs/model.md");
    let table: Vec<String> = doc
        .lines()
        .filter(|line| line.starts_with("| ") && line.contains(" / "))
        .filter(|line| !line.contains("D / M / T"))
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let mut expected = Vec::new();
    for question in QUESTIONS {
        for answer in question.answers {
            let w = answer.weights;
            let row = format!(
                "| {} | {} | {} / {} / {} | {} |",
                question.id.as_str(),
                answer.id,
                w.detach,
                w.mediate,
                w.terminate,
                marks(answer.flag, answer.gap)
            );
            expected.push(row.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    assert_eq!(
        table, expected,
        "docs/model.md's weight table is out of date"
    );
}

/// The e2e suites walk the questionnaire; their one count must be the real one.
#[test]
fn the_e2e_question_count_matches_the_questionnaire() {
    let browser = include_str!("../e2e/browser.mjs");
    let line = browser
        .lines()
        .find(|l| l.starts_with("export const QUESTION_COUNT = "))
        .expect("e2e/browser.mjs exports QUESTION_COUNT");
    assert_eq!(
        line,
        format!("export const QUESTION_COUNT = {};", QUESTIONS.len())
    );
}
