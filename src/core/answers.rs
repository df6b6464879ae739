//! The answers of one assessment: at most one answer per question.

use super::questions::{QUESTIONS, question_count};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Answers {
    chosen: Vec<Option<u8>>,
}

/// Not derived: an empty list would claim to be complete and panic on `set`.
impl Default for Answers {
    fn default() -> Self {
        Answers::new()
    }
}

impl Answers {
    pub fn new() -> Self {
        Answers {
            chosen: vec![None; question_count()],
        }
    }

    /// Builds answers from `(question, answer)` index pairs; out-of-range pairs are ignored.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let mut answers = Answers::new();
        for (question, answer) in pairs {
            answers.set(question, answer);
        }
        answers
    }

    pub fn get(&self, question: usize) -> Option<usize> {
        self.chosen
            .get(question)
            .copied()
            .flatten()
            .map(usize::from)
    }

    /// Sets an answer; returns false (and changes nothing) for an index that does not exist.
    pub fn set(&mut self, question: usize, answer: usize) -> bool {
        let valid = QUESTIONS
            .get(question)
            .is_some_and(|q| answer < q.answers.len());
        if valid {
            self.chosen[question] = Some(answer as u8);
        }
        valid
    }

    /// `(question, answer)` for every answered question, in questionnaire order.
    pub fn chosen(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.chosen
            .iter()
            .enumerate()
            .filter_map(|(q, a)| a.map(|a| (q, usize::from(a))))
    }

    pub fn answered_count(&self) -> usize {
        self.chosen.iter().flatten().count()
    }

    pub fn is_empty(&self) -> bool {
        self.answered_count() == 0
    }

    pub fn first_unanswered(&self) -> Option<usize> {
        self.chosen.iter().position(Option::is_none)
    }

    pub fn is_complete(&self) -> bool {
        self.first_unanswered().is_none()
    }
}
