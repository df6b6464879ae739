//! The persisted form of the widget's data: one versioned JSON envelope, also the export format.
//! Decoding validates everything, so a bad value is refused as a whole and never half-loaded.
//! Version history: 1 = one draft; 2 = clients, each with a draft and a history.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::clients::{Client, MAX_LABEL_CHARS, Record};
use super::lang::Lang;
use super::model::Scores;
use super::questions::{QUESTIONS, Strategy, answer_by_name, question_by_name};
use super::state::{Book, Screen, State};
use super::time::Timestamp;

pub const SCHEMA_VERSION: u32 = 2;
/// Imports larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;
const MAX_CLIENTS: usize = 500;
const MAX_HISTORY: usize = 1_000;
const MAX_ID_CHARS: usize = 64;

/// What storage gives back: the parts of `State` worth keeping across page loads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// Only a language the reader chose is remembered.
    pub lang: Option<Lang>,
    pub book: Book,
}

impl Saved {
    pub fn from_state(state: &State) -> Self {
        Saved {
            lang: state.lang_chosen.then_some(state.lang),
            book: state.book.clone(),
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
    TooLarge(usize),
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
            DecodeError::TooLarge(bytes) => write!(
                f,
                "the file has {bytes} bytes, more than the {MAX_IMPORT_BYTES} an export can have"
            ),
        }
    }
}

fn invalid(path: &str, problem: impl fmt::Display) -> DecodeError {
    DecodeError::Invalid(format!("{path}: {problem}"))
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeV1 {
    version: u32,
    #[serde(default)]
    lang: Option<Lang>,
    draft: StoredDraft,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeV2 {
    version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<Lang>,
    current: String,
    #[serde(default)]
    deleted: Vec<String>,
    clients: Vec<StoredClient>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredClient {
    id: String,
    label: String,
    updated: String,
    draft: StoredDraft,
    #[serde(default)]
    history: Vec<StoredRecord>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredDraft {
    screen: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    question: Option<String>,
    answers: BTreeMap<String, String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredRecord {
    date: String,
    strategy: Strategy,
    scores: StoredScores,
    answers: BTreeMap<String, String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredScores {
    detach: u8,
    mediate: u8,
    terminate: u8,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

fn encode_answers(answers: &Answers) -> BTreeMap<String, String> {
    answers
        .chosen()
        .map(|(q, a)| {
            let question = &QUESTIONS[q];
            (
                question.id.as_str().to_owned(),
                question.answers[a].id.to_owned(),
            )
        })
        .collect()
}

fn encode_client(client: &Client) -> StoredClient {
    StoredClient {
        id: client.id.clone(),
        label: client.label.clone(),
        updated: client.updated.to_string(),
        draft: StoredDraft {
            screen: client.screen.name().to_owned(),
            question: match client.screen {
                Screen::Question(i) => Some(QUESTIONS[i].id.as_str().to_owned()),
                _ => None,
            },
            answers: encode_answers(&client.answers),
        },
        history: client
            .history
            .iter()
            .map(|record| StoredRecord {
                date: record.date.to_string(),
                strategy: record.strategy,
                scores: StoredScores {
                    detach: record.scores.detach,
                    mediate: record.scores.mediate,
                    terminate: record.scores.terminate,
                },
                answers: encode_answers(&record.answers),
            })
            .collect(),
    }
}

/// The stored and exported JSON; `pretty` for files a person may open.
pub fn encode(saved: &Saved, pretty: bool) -> String {
    let envelope = EnvelopeV2 {
        version: SCHEMA_VERSION,
        lang: saved.lang,
        current: saved.book.current().id.clone(),
        deleted: saved.book.deleted.clone(),
        clients: saved.book.clients.iter().map(encode_client).collect(),
    };
    let json = if pretty {
        serde_json::to_string_pretty(&envelope)
    } else {
        serde_json::to_string(&envelope)
    };
    json.expect("a struct of strings, numbers and maps always serialises")
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
        1 => migrate_v1(raw),
        2 => decode_v2(raw),
        v if v > SCHEMA_VERSION => Err(DecodeError::NewerVersion(v)),
        v => Err(invalid("version", format!("{v} does not exist"))),
    }
}

/// An exported file: like stored data, with a size limit checked before anything is parsed.
pub fn import(raw: &str) -> Result<Saved, DecodeError> {
    if raw.len() > MAX_IMPORT_BYTES {
        return Err(DecodeError::TooLarge(raw.len()));
    }
    decode(raw)
}

fn parse<'a, T: Deserialize<'a>>(raw: &'a str) -> Result<T, DecodeError> {
    // serde_json names the field and the line and column in its message.
    serde_json::from_str(raw).map_err(|e| DecodeError::Invalid(e.to_string()))
}

fn migrate_v1(raw: &str) -> Result<Saved, DecodeError> {
    let envelope: EnvelopeV1 = parse(raw)?;
    let (screen, answers) = decode_draft("draft", &envelope.draft)?;
    let mut client = Client::new("c0-0".to_owned(), Timestamp(0));
    client.screen = screen;
    client.answers = answers;
    Ok(Saved {
        lang: envelope.lang,
        book: Book {
            clients: vec![client],
            current: 0,
            deleted: Vec::new(),
        },
    })
}

fn decode_v2(raw: &str) -> Result<Saved, DecodeError> {
    let envelope: EnvelopeV2 = parse(raw)?;
    if envelope.clients.is_empty() {
        return Err(invalid("clients", "needs at least one client"));
    }
    if envelope.clients.len() > MAX_CLIENTS {
        return Err(invalid("clients", format!("more than {MAX_CLIENTS}")));
    }
    let mut seen = HashSet::new();
    let mut clients = Vec::with_capacity(envelope.clients.len());
    for (i, stored) in envelope.clients.iter().enumerate() {
        let path = format!("clients[{i}]");
        check_id(&format!("{path}.id"), &stored.id)?;
        if !seen.insert(stored.id.as_str()) {
            return Err(invalid(
                &format!("{path}.id"),
                format!("\"{}\" appears twice", stored.id),
            ));
        }
        clients.push(decode_client(&path, stored)?);
    }
    for (i, id) in envelope.deleted.iter().enumerate() {
        check_id(&format!("deleted[{i}]"), id)?;
    }
    let current = clients
        .iter()
        .position(|c| c.id == envelope.current)
        .ok_or_else(|| {
            invalid(
                "current",
                format!("no client has the id \"{}\"", envelope.current),
            )
        })?;
    Ok(Saved {
        lang: envelope.lang,
        book: Book {
            clients,
            current,
            deleted: envelope.deleted,
        },
    })
}

fn check_id(path: &str, id: &str) -> Result<(), DecodeError> {
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(invalid(
            path,
            format!("an id has 1 to {MAX_ID_CHARS} characters"),
        ));
    }
    Ok(())
}

fn decode_time(path: &str, text: &str) -> Result<Timestamp, DecodeError> {
    Timestamp::parse(text).ok_or_else(|| {
        invalid(
            path,
            format!("\"{text}\" is not a time like 2026-11-28T20:05:13.042Z"),
        )
    })
}

fn decode_client(path: &str, stored: &StoredClient) -> Result<Client, DecodeError> {
    if stored.label.chars().count() > MAX_LABEL_CHARS {
        return Err(invalid(
            &format!("{path}.label"),
            format!("longer than {MAX_LABEL_CHARS} characters"),
        ));
    }
    let (screen, answers) = decode_draft(&format!("{path}.draft"), &stored.draft)?;
    if stored.history.len() > MAX_HISTORY {
        return Err(invalid(
            &format!("{path}.history"),
            format!("more than {MAX_HISTORY} entries"),
        ));
    }
    let mut client = Client {
        id: stored.id.clone(),
        label: stored.label.clone(),
        updated: decode_time(&format!("{path}.updated"), &stored.updated)?,
        screen,
        answers,
        history: Vec::with_capacity(stored.history.len()),
    };
    for (i, record) in stored.history.iter().enumerate() {
        client.add_record(decode_record(&format!("{path}.history[{i}]"), record)?);
    }
    Ok(client)
}

fn decode_record(path: &str, stored: &StoredRecord) -> Result<Record, DecodeError> {
    let answers = decode_answers(&format!("{path}.answers"), &stored.answers)?;
    if let Some(missing) = answers.first_unanswered() {
        return Err(invalid(
            &format!("{path}.answers"),
            format!(
                "a finished assessment answers every question, \"{}\" is missing",
                QUESTIONS[missing].id.as_str()
            ),
        ));
    }
    let s = &stored.scores;
    if u32::from(s.detach) + u32::from(s.mediate) + u32::from(s.terminate) != 100 {
        return Err(invalid(
            &format!("{path}.scores"),
            "the three shares must add up to 100",
        ));
    }
    Ok(Record {
        date: decode_time(&format!("{path}.date"), &stored.date)?,
        answers,
        strategy: stored.strategy,
        scores: Scores {
            detach: s.detach,
            mediate: s.mediate,
            terminate: s.terminate,
        },
    })
}

fn decode_answers(path: &str, stored: &BTreeMap<String, String>) -> Result<Answers, DecodeError> {
    let mut answers = Answers::new();
    for (question_name, answer_name) in stored {
        let question = question_by_name(question_name)
            .ok_or_else(|| invalid(path, format!("unknown question \"{question_name}\"")))?;
        let answer = answer_by_name(question, answer_name).ok_or_else(|| {
            invalid(
                path,
                format!("unknown answer \"{answer_name}\" for question \"{question_name}\""),
            )
        })?;
        answers.set(question, answer);
    }
    Ok(answers)
}

fn decode_draft(path: &str, draft: &StoredDraft) -> Result<(Screen, Answers), DecodeError> {
    let answers = decode_answers(&format!("{path}.answers"), &draft.answers)?;
    let screen = match (draft.screen.as_str(), draft.question.as_deref()) {
        ("intro", None) => Screen::Intro,
        ("review", None) => Screen::Review,
        ("result", None) => Screen::Result,
        ("question", Some(name)) => Screen::Question(question_by_name(name).ok_or_else(|| {
            invalid(
                &format!("{path}.question"),
                format!("unknown question \"{name}\""),
            )
        })?),
        (screen, question) => {
            return Err(invalid(
                &format!("{path}.screen"),
                format!(
                    "\"{screen}\" with question {question:?} is not a place in the questionnaire"
                ),
            ));
        }
    };
    Ok((screen, answers))
}
