//! Reads `tests/support/personas.txt`: the persona table is data, so adding a case needs no code.

use client_triage::core::questions::QUESTIONS;
use client_triage::core::{Answers, Strategy};

pub struct Persona {
    pub name: String,
    pub expected: Strategy,
    pub close_call: bool,
    pub answers: Answers,
}

pub fn load() -> Vec<Persona> {
    include_str!("personas.txt")
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|(number, line)| parse(number + 1, line))
        .collect()
}

fn parse(line_number: usize, line: &str) -> Persona {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let at = |what: &str| format!("personas.txt line {line_number}: {what}");
    assert_eq!(
        fields.len(),
        3 + QUESTIONS.len(),
        "{}",
        at("needs name, expect, call and one answer per question")
    );
    let expected = match fields[1] {
        "detach" => Strategy::Detach,
        "mediate" => Strategy::Mediate,
        "terminate" => Strategy::Terminate,
        other => panic!("{}", at(&format!("unknown strategy {other}"))),
    };
    let close_call = match fields[2] {
        "close" => true,
        "clear" => false,
        other => panic!(
            "{}",
            at(&format!("call must be close or clear, not {other}"))
        ),
    };
    let answers = super::names::answers(&fields[3..], at);
    Persona {
        name: fields[0].to_owned(),
        expected,
        close_call,
        answers,
    }
}
