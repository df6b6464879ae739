//! Reads `tests/support/blind*.txt`: scenarios written blind from the article (see each file's
//! header for how), with the strategy the article recommends and the answers given.

use client_triage::core::questions::QUESTIONS;
use client_triage::core::{Answers, Strategy};

pub struct Scenario {
    pub id: String,
    /// One strategy for a clear case; two for a close call.
    pub expected: Vec<Strategy>,
    pub close_call: bool,
    pub tags: Vec<String>,
    pub answers: Answers,
}

pub fn parse(source: &str, file: &str) -> Vec<Scenario> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|(number, line)| parse_line(file, number + 1, line))
        .collect()
}

fn strategy(name: &str) -> Option<Strategy> {
    Strategy::ALL.into_iter().find(|s| s.as_str() == name)
}

fn parse_line(file: &str, line_number: usize, line: &str) -> Scenario {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let at = |what: &str| format!("{file} line {line_number}: {what}");
    // Sets written before the last question (where the job stands, which weighs nothing)
    // answer one question fewer.
    assert!(
        [4 + QUESTIONS.len(), 3 + QUESTIONS.len()].contains(&fields.len()),
        "{}",
        at("needs id, expect, call, tags and one answer per question")
    );
    let expected: Vec<Strategy> = fields[1]
        .split('|')
        .map(|name| {
            strategy(name).unwrap_or_else(|| panic!("{}", at(&format!("unknown strategy {name}"))))
        })
        .collect();
    let close_call = match fields[2] {
        "close" => true,
        "clear" => false,
        other => panic!(
            "{}",
            at(&format!("call must be close or clear, not {other}"))
        ),
    };
    assert_eq!(
        expected.len(),
        if close_call { 2 } else { 1 },
        "{}",
        at("a close call names two strategies, a clear case one")
    );
    let answers = super::names::answers(&fields[4..], at);
    Scenario {
        id: fields[0].to_owned(),
        expected,
        close_call,
        tags: fields[3]
            .split(',')
            .filter(|t| *t != "none")
            .map(str::to_owned)
            .collect(),
        answers,
    }
}
