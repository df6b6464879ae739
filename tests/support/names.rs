//! Answers written as answer ids in questionnaire order, as the persona table and the blind
//! scenario sets write them.

use client_triage::core::Answers;
use client_triage::core::questions::{QUESTIONS, answer_by_name};

/// The answers `names` stand for; panics with `at(problem)` at the first id that is not an
/// answer of its question.
pub fn answers(names: &[&str], at: impl Fn(&str) -> String) -> Answers {
    let mut answers = Answers::new();
    for (question, name) in names.iter().enumerate() {
        let answer = answer_by_name(question, name).unwrap_or_else(|| {
            panic!(
                "{}",
                at(&format!(
                    "\"{name}\" is not an answer of question {}",
                    QUESTIONS[question].id.as_str()
                ))
            )
        });
        answers.set(question, answer);
    }
    answers
}
