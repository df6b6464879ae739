//! The answers of one assessment: at most one answer per question.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::questions::{QUESTIONS, answer_by_name, question_by_name, question_count};

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

/// Stored as `{"question": "answer", …}` by their stable names, in questionnaire order.
impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (q, a) in self.chosen() {
            map.serialize_entry(QUESTIONS[q].id.as_str(), QUESTIONS[q].answers[a].id)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ByName)
    }
}

struct ByName;

impl<'de> Visitor<'de> for ByName {
    type Value = Answers;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Answers, M::Error> {
        let mut answers = Answers::new();
        while let Some((question_name, answer_name)) = map.next_entry::<String, String>()? {
            let question = question_by_name(&question_name).ok_or_else(|| {
                de::Error::custom(format!("unknown question \"{question_name}\""))
            })?;
            let answer = answer_by_name(question, &answer_name).ok_or_else(|| {
                de::Error::custom(format!(
                    "unknown answer \"{answer_name}\" for question \"{question_name}\""
                ))
            })?;
            if answers.get(question).is_some() {
                return Err(de::Error::custom(format!(
                    "\"{question_name}\" appears twice"
                )));
            }
            answers.set(question, answer);
        }
        Ok(answers)
    }
}
