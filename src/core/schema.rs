//! The persisted form of the widget's data: one versioned JSON envelope.
//! Decoding validates everything, so a bad value is refused as a whole and never half-loaded.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::lang::Lang;
use super::questions::{QUESTIONS, answer_by_name, question_by_name, question_count};
use super::state::{Screen, State};

pub const SCHEMA_VERSION: u32 = 1;

/// What storage gives back: the parts of `State` worth keeping across page loads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub lang: Option<Lang>,
    pub screen: Screen,
    pub answers: Answers,
}

impl Saved {
    pub fn from_state(state: &State) -> Self {
        Saved {
            lang: state.lang_chosen.then_some(state.lang),
            screen: state.screen,
            answers: state.answers.clone(),
        }
    }
}

/// Why answers are not being kept; the UI explains each calmly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageIssue {
    /// The browser refuses storage: answers live in memory only.
    Blocked,
    /// A write failed (quota); the next change tries again.
    Full,
    /// The saved value could not be read; it was kept as a backup and the widget started fresh.
    Unreadable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    NotJson(String),
    Invalid(String),
    NewerVersion(u32),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson(detail) => write!(f, "not valid JSON: {detail}"),
            DecodeError::Invalid(detail) => write!(f, "invalid data: {detail}"),
            DecodeError::NewerVersion(v) => write!(
                f,
                "written by a newer version (schema {v}, this widget reads up to {SCHEMA_VERSION})"
            ),
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredEnvelope {
    version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<Lang>,
    draft: StoredDraft,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredDraft {
    screen: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    question: Option<String>,
    answers: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

pub fn encode(saved: &Saved) -> String {
    let question = match saved.screen {
        Screen::Question(i) => Some(QUESTIONS[i].id.as_str().to_owned()),
        _ => None,
    };
    let answers = saved
        .answers
        .chosen()
        .map(|(q, a)| {
            (
                QUESTIONS[q].id.as_str().to_owned(),
                QUESTIONS[q].answers[a].id.to_owned(),
            )
        })
        .collect();
    let envelope = StoredEnvelope {
        version: SCHEMA_VERSION,
        lang: saved.lang,
        draft: StoredDraft {
            screen: saved.screen.name().to_owned(),
            question,
            answers,
        },
    };
    serde_json::to_string(&envelope).expect("a struct of strings and maps always serialises")
}

pub fn decode(raw: &str) -> Result<Saved, DecodeError> {
    let version: VersionOnly = serde_json::from_str(raw).map_err(|e| {
        if e.is_data() {
            DecodeError::Invalid(e.to_string())
        } else {
            DecodeError::NotJson(e.to_string())
        }
    })?;
    match version.version {
        0 => Err(DecodeError::Invalid("version 0 does not exist".into())),
        v if v > SCHEMA_VERSION => Err(DecodeError::NewerVersion(v)),
        _ => decode_v1(raw),
    }
}

fn decode_v1(raw: &str) -> Result<Saved, DecodeError> {
    let envelope: StoredEnvelope =
        serde_json::from_str(raw).map_err(|e| DecodeError::Invalid(e.to_string()))?;
    let draft = envelope.draft;
    let mut answers = Answers::new();
    for (question_name, answer_name) in &draft.answers {
        let question = question_by_name(question_name)
            .ok_or_else(|| DecodeError::Invalid(format!("unknown question \"{question_name}\"")))?;
        let answer = answer_by_name(question, answer_name).ok_or_else(|| {
            DecodeError::Invalid(format!(
                "unknown answer \"{answer_name}\" for question \"{question_name}\""
            ))
        })?;
        answers.set(question, answer);
    }
    let screen = match (draft.screen.as_str(), draft.question.as_deref()) {
        ("intro", None) => Screen::Intro,
        ("review", None) => Screen::Review,
        ("result", None) => Screen::Result,
        ("question", Some(name)) => Screen::Question(
            question_by_name(name)
                .ok_or_else(|| DecodeError::Invalid(format!("unknown question \"{name}\"")))?,
        ),
        (screen, question) => {
            return Err(DecodeError::Invalid(format!(
                "screen \"{screen}\" with question {question:?} is not a place in the questionnaire"
            )));
        }
    };
    debug_assert!(answers.answered_count() <= question_count());
    Ok(Saved {
        lang: envelope.lang,
        screen,
        answers,
    })
}
