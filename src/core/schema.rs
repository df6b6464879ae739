//! The persisted form of the widget's data: one versioned JSON envelope, also the export format.
//! Decoding validates everything, so a bad value is refused as a whole and never half-loaded.
//! Version history: 1 = one draft; 2 = clients, each with a draft and a history; 3 = the
//! questionnaire asks first what the conflict is about (a v2 record lacks that answer).

use std::fmt;

use super::answers::Answers;
use super::book::{Book, Deletion, MAX_CLIENTS};
use super::clients::Screen;
use super::clients::{Client, MAX_HISTORY, MAX_LABEL_CHARS, Record};
use super::json::{self, Value};
use super::lang::Lang;
use super::model::Scores;
use super::plans::{MAX_FIELD_CHARS, MAX_OPTIONS, MIN_OPTIONS, PlanNotes};
use super::questions::{QUESTIONS, QuestionId, Strategy, answer_by_name, question_by_name};
use super::state::State;
use super::time::Timestamp;

pub const SCHEMA_VERSION: u32 = 3;
/// Imports larger than this are refused before parsing.
/// Imports, and stored values, larger than this are refused before parsing; the widget never
/// writes a larger one (see `encode_within_limit`), so whatever it writes it can read back.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;
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

fn text(s: &str) -> Value {
    Value::Str(s.to_owned())
}

fn encode_answers(answers: &Answers) -> Value {
    Value::Object(
        answers
            .chosen()
            .map(|(q, a)| {
                let question = &QUESTIONS[q];
                (
                    question.id.as_str().to_owned(),
                    text(question.answers[a].id),
                )
            })
            .collect(),
    )
}

fn encode_record(record: &Record) -> Value {
    let scores = Strategy::ALL
        .iter()
        .map(|&s| {
            (
                s.as_str().to_owned(),
                Value::Int(record.scores.get(s).into()),
            )
        })
        .collect();
    Value::Object(vec![
        ("date".into(), text(&record.date.to_string())),
        ("strategy".into(), text(record.strategy.as_str())),
        ("scores".into(), Value::Object(scores)),
        ("answers".into(), encode_answers(&record.answers)),
    ])
}

fn encode_client(client: &Client) -> Value {
    let mut draft = vec![("screen".to_owned(), text(client.screen.name()))];
    if let Screen::Question(i) = client.screen {
        draft.push(("question".into(), text(QUESTIONS[i].id.as_str())));
    }
    draft.push(("answers".into(), encode_answers(&client.answers)));
    Value::Object(vec![
        ("id".into(), text(&client.id)),
        ("label".into(), text(&client.label)),
        ("updated".into(), text(&client.updated.to_string())),
        ("draft".into(), Value::Object(draft)),
        (
            "history".into(),
            Value::Array(client.history.iter().map(encode_record).collect()),
        ),
        ("notes".into(), encode_notes(&client.notes)),
    ])
}

fn encode_notes(notes: &PlanNotes) -> Value {
    let mut fields = vec![(
        "options".to_owned(),
        Value::Array(notes.options.iter().map(|o| text(o)).collect()),
    )];
    if let Some(chosen) = notes.chosen {
        fields.push(("chosen".into(), Value::Int(chosen as u64)));
    }
    for (key, value) in [
        ("meeting_date", &notes.meeting_date),
        ("participants", &notes.participants),
        ("deadlines", &notes.deadlines),
        ("next_steps", &notes.next_steps),
        ("contract_reference", &notes.contract_reference),
        ("end_date", &notes.end_date),
    ] {
        fields.push((key.to_owned(), text(value)));
    }
    Value::Object(fields)
}

/// The stored and exported JSON; `pretty` for files a person may open.
pub fn encode(saved: &Saved, pretty: bool) -> String {
    let mut envelope = vec![("version".to_owned(), Value::Int(SCHEMA_VERSION.into()))];
    if let Some(lang) = saved.lang {
        envelope.push(("lang".into(), text(lang.code())));
    }
    envelope.push(("current".into(), text(&saved.book.current().id)));
    envelope.push((
        "deleted".into(),
        Value::Array(
            saved
                .book
                .deleted
                .iter()
                .map(|d| {
                    Value::Object(vec![
                        ("id".into(), text(&d.id)),
                        ("at".into(), text(&d.at.to_string())),
                    ])
                })
                .collect(),
        ),
    ));
    envelope.push((
        "clients".into(),
        Value::Array(saved.book.clients.iter().map(encode_client).collect()),
    ));
    json::write(&Value::Object(envelope), pretty)
}

/// Stored data or an export. Larger than `MAX_IMPORT_BYTES` is refused before parsing, so a
/// huge value never freezes the tab; the widget never writes one that large.
pub fn decode(raw: &str) -> Result<Saved, DecodeError> {
    if raw.len() > MAX_IMPORT_BYTES {
        return Err(DecodeError::TooLarge(raw.len()));
    }
    let root = json::parse(raw).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let version = int(required(&root, "", "version")?, "version")?;
    match version {
        1 => migrate_v1(&root),
        2 | 3 => decode_v2(&root),
        v if v > u64::from(SCHEMA_VERSION) => {
            Err(DecodeError::NewerVersion(v.min(u32::MAX.into()) as u32))
        }
        v => Err(invalid("version", format!("{v} does not exist"))),
    }
}

/// An exported file: read exactly like stored data.
pub fn import(raw: &str) -> Result<Saved, DecodeError> {
    decode(raw)
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The fields of an object that may only have `allowed` keys.
fn object<'a>(
    value: &'a Value,
    path: &str,
    allowed: &[&str],
) -> Result<&'a [(String, Value)], DecodeError> {
    let Value::Object(fields) = value else {
        return Err(invalid(
            path,
            format!("expected an object, found {}", value.kind()),
        ));
    };
    if let Some((key, _)) = fields.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        return Err(invalid(path, format!("unknown field \"{key}\"")));
    }
    Ok(fields)
}

fn required<'a>(value: &'a Value, path: &str, key: &str) -> Result<&'a Value, DecodeError> {
    match value {
        Value::Object(_) => value
            .get(key)
            .ok_or_else(|| invalid(&join(path, key), "missing")),
        other => Err(invalid(
            path,
            format!("expected an object, found {}", other.kind()),
        )),
    }
}

fn string<'a>(value: &'a Value, path: &str) -> Result<&'a str, DecodeError> {
    match value {
        Value::Str(s) => Ok(s),
        other => Err(invalid(
            path,
            format!("expected a string, found {}", other.kind()),
        )),
    }
}

fn int(value: &Value, path: &str) -> Result<u64, DecodeError> {
    match value {
        Value::Int(n) => Ok(*n),
        other => Err(invalid(
            path,
            format!("expected a whole number, found {}", other.kind()),
        )),
    }
}

fn array<'a>(value: &'a Value, path: &str) -> Result<&'a [Value], DecodeError> {
    match value {
        Value::Array(items) => Ok(items),
        other => Err(invalid(
            path,
            format!("expected an array, found {}", other.kind()),
        )),
    }
}

fn decode_lang(root: &Value) -> Result<Option<Lang>, DecodeError> {
    match root.get("lang") {
        None | Some(Value::Null) => Ok(None),
        Some(value) => match string(value, "lang")? {
            "de" => Ok(Some(Lang::De)),
            "en" => Ok(Some(Lang::En)),
            other => Err(invalid("lang", format!("\"{other}\" is not de or en"))),
        },
    }
}

fn migrate_v1(root: &Value) -> Result<Saved, DecodeError> {
    object(root, "", &["version", "lang", "draft"])?;
    let (screen, answers) = decode_draft("draft", required(root, "", "draft")?)?;
    // Derived from the content: two devices' migrated drafts must not pose as one client.
    let id = format!("v1-{:016x}", fnv1a(json::write(root, false).as_bytes()));
    let mut client = Client::new(id, Timestamp(0));
    client.screen = screen;
    client.answers = answers;
    Ok(Saved {
        lang: decode_lang(root)?,
        book: Book {
            clients: vec![client],
            current: 0,
            deleted: Vec::new(),
        },
    })
}

/// FNV-1a, 64 bit: a stable content hash without a dependency.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Versions 2 and 3 share one shape; v3 only adds an answer.
fn decode_v2(root: &Value) -> Result<Saved, DecodeError> {
    object(
        root,
        "",
        &["version", "lang", "current", "deleted", "clients"],
    )?;
    let stored = array(required(root, "", "clients")?, "clients")?;
    if stored.is_empty() {
        return Err(invalid("clients", "needs at least one client"));
    }
    if stored.len() > MAX_CLIENTS {
        return Err(invalid("clients", format!("more than {MAX_CLIENTS}")));
    }
    let mut clients: Vec<Client> = Vec::with_capacity(stored.len());
    for (i, value) in stored.iter().enumerate() {
        let path = format!("clients[{i}]");
        let client = decode_client(&path, value)?;
        if clients.iter().any(|c| c.id == client.id) {
            return Err(invalid(
                &format!("{path}.id"),
                format!("\"{}\" appears twice", client.id),
            ));
        }
        clients.push(client);
    }
    let deleted = match root.get("deleted") {
        None => Vec::new(),
        Some(value) => array(value, "deleted")?
            .iter()
            .enumerate()
            .map(|(i, deletion)| {
                let path = format!("deleted[{i}]");
                object(deletion, &path, &["id", "at"])?;
                Ok(Deletion {
                    id: decode_id(&join(&path, "id"), required(deletion, &path, "id")?)?,
                    at: decode_time(&join(&path, "at"), required(deletion, &path, "at")?)?,
                })
            })
            .collect::<Result<_, DecodeError>>()?,
    };
    let current_id = string(required(root, "", "current")?, "current")?;
    let current = clients
        .iter()
        .position(|c| c.id == current_id)
        .ok_or_else(|| invalid("current", format!("no client has the id \"{current_id}\"")))?;
    Ok(Saved {
        lang: decode_lang(root)?,
        book: Book {
            clients,
            current,
            deleted,
        },
    })
}

fn decode_id(path: &str, value: &Value) -> Result<String, DecodeError> {
    let id = string(value, path)?;
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(invalid(
            path,
            format!("an id has 1 to {MAX_ID_CHARS} characters"),
        ));
    }
    Ok(id.to_owned())
}

fn decode_time(path: &str, value: &Value) -> Result<Timestamp, DecodeError> {
    let text = string(value, path)?;
    Timestamp::parse(text).ok_or_else(|| {
        invalid(
            path,
            format!("\"{text}\" is not a time like 2026-11-28T20:05:13.042Z"),
        )
    })
}

fn decode_client(path: &str, value: &Value) -> Result<Client, DecodeError> {
    object(
        value,
        path,
        &["id", "label", "updated", "draft", "history", "notes"],
    )?;
    let id = decode_id(&join(path, "id"), required(value, path, "id")?)?;
    let label = string(required(value, path, "label")?, &join(path, "label"))?;
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(invalid(
            &join(path, "label"),
            format!("longer than {MAX_LABEL_CHARS} characters"),
        ));
    }
    let (screen, answers) = decode_draft(&join(path, "draft"), required(value, path, "draft")?)?;
    let history = match value.get("history") {
        None => &[][..],
        Some(history) => array(history, &join(path, "history"))?,
    };
    if history.len() > MAX_HISTORY {
        return Err(invalid(
            &join(path, "history"),
            format!("more than {MAX_HISTORY} entries"),
        ));
    }
    let mut client = Client {
        id,
        label: label.to_owned(),
        updated: decode_time(&join(path, "updated"), required(value, path, "updated")?)?,
        screen,
        answers,
        history: Vec::with_capacity(history.len()),
        notes: match value.get("notes") {
            None => PlanNotes::default(),
            Some(notes) => decode_notes(&join(path, "notes"), notes)?,
        },
    };
    for (i, record) in history.iter().enumerate() {
        client.add_record(decode_record(&format!("{path}.history[{i}]"), record)?);
    }
    Ok(client)
}

fn decode_notes(path: &str, value: &Value) -> Result<PlanNotes, DecodeError> {
    let fields = [
        "options",
        "chosen",
        "meeting_date",
        "participants",
        "deadlines",
        "next_steps",
        "contract_reference",
        "end_date",
    ];
    object(value, path, &fields)?;
    let options_path = join(path, "options");
    let options = match value.get("options") {
        None => Vec::new(),
        Some(options) => array(options, &options_path)?
            .iter()
            .enumerate()
            .map(|(i, o)| string(o, &format!("{options_path}[{i}]")).map(str::to_owned))
            .collect::<Result<Vec<_>, _>>()?,
    };
    if options.len() > MAX_OPTIONS || options.len() == 1 {
        return Err(invalid(
            &options_path,
            format!("none, or {MIN_OPTIONS} to {MAX_OPTIONS} options"),
        ));
    }
    if let Some(i) = options
        .iter()
        .position(|o| o.chars().count() > MAX_FIELD_CHARS)
    {
        return Err(invalid(
            &format!("{options_path}[{i}]"),
            format!("longer than {MAX_FIELD_CHARS} characters"),
        ));
    }
    let chosen = match value.get("chosen") {
        None => None,
        Some(chosen) => {
            let index = int(chosen, &join(path, "chosen"))?;
            Some(
                usize::try_from(index)
                    .ok()
                    .filter(|&i| i < options.len())
                    .ok_or_else(|| invalid(&join(path, "chosen"), "not one of the options"))?,
            )
        }
    };
    let mut notes = PlanNotes {
        options,
        chosen,
        ..PlanNotes::default()
    };
    let text_field = |key: &str| -> Result<String, DecodeError> {
        match value.get(key) {
            None => Ok(String::new()),
            Some(v) => {
                let text = string(v, &join(path, key))?;
                if text.chars().count() > MAX_FIELD_CHARS {
                    return Err(invalid(
                        &join(path, key),
                        format!("longer than {MAX_FIELD_CHARS} characters"),
                    ));
                }
                Ok(text.to_owned())
            }
        }
    };
    notes.meeting_date = text_field("meeting_date")?;
    notes.participants = text_field("participants")?;
    notes.deadlines = text_field("deadlines")?;
    notes.next_steps = text_field("next_steps")?;
    notes.contract_reference = text_field("contract_reference")?;
    notes.end_date = text_field("end_date")?;
    Ok(notes)
}

/// Whether every finished assessment answers `question`. v3 added the topic question, and a
/// record made before keeps the result it had without it — also once written back as v3.
fn always_answered(question: usize) -> bool {
    QUESTIONS[question].id != QuestionId::Topic
}

fn decode_record(path: &str, value: &Value) -> Result<Record, DecodeError> {
    object(value, path, &["date", "strategy", "scores", "answers"])?;
    let answers = decode_answers(&join(path, "answers"), required(value, path, "answers")?)?;
    if let Some(missing) =
        (0..QUESTIONS.len()).find(|&q| always_answered(q) && answers.get(q).is_none())
    {
        return Err(invalid(
            &join(path, "answers"),
            format!(
                "a finished assessment answers every question, \"{}\" is missing",
                QUESTIONS[missing].id.as_str()
            ),
        ));
    }
    let strategy_name = string(required(value, path, "strategy")?, &join(path, "strategy"))?;
    let strategy = Strategy::ALL
        .into_iter()
        .find(|s| s.as_str() == strategy_name)
        .ok_or_else(|| {
            invalid(
                &join(path, "strategy"),
                format!("\"{strategy_name}\" is not detach, mediate or terminate"),
            )
        })?;
    let scores_path = join(path, "scores");
    let scores = required(value, path, "scores")?;
    object(scores, &scores_path, &["detach", "mediate", "terminate"])?;
    let share = |name: &str| -> Result<u8, DecodeError> {
        let path = join(&scores_path, name);
        u8::try_from(int(required(scores, &scores_path, name)?, &path)?)
            .ok()
            .filter(|&n| n <= 100)
            .ok_or_else(|| invalid(&path, "a share is 0 to 100"))
    };
    let scores = Scores {
        detach: share("detach")?,
        mediate: share("mediate")?,
        terminate: share("terminate")?,
    };
    if u32::from(scores.detach) + u32::from(scores.mediate) + u32::from(scores.terminate) != 100 {
        return Err(invalid(&scores_path, "the three shares must add up to 100"));
    }
    Ok(Record {
        date: decode_time(&join(path, "date"), required(value, path, "date")?)?,
        answers,
        strategy,
        scores,
    })
}

fn decode_answers(path: &str, value: &Value) -> Result<Answers, DecodeError> {
    let Value::Object(fields) = value else {
        return Err(invalid(
            path,
            format!("expected an object, found {}", value.kind()),
        ));
    };
    let mut answers = Answers::new();
    for (question_name, answer) in fields {
        let answer_name = string(answer, &join(path, question_name))?;
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

fn decode_draft(path: &str, value: &Value) -> Result<(Screen, Answers), DecodeError> {
    object(value, path, &["screen", "question", "answers"])?;
    let answers = decode_answers(&join(path, "answers"), required(value, path, "answers")?)?;
    let screen_name = string(required(value, path, "screen")?, &join(path, "screen"))?;
    let question = match value.get("question") {
        None => None,
        Some(q) => Some(string(q, &join(path, "question"))?),
    };
    let screen = match (screen_name, question) {
        ("intro", None) => Screen::Intro,
        ("review", None) => Screen::Review,
        ("result", None) => Screen::Result,
        ("question", Some(name)) => Screen::Question(question_by_name(name).ok_or_else(|| {
            invalid(
                &join(path, "question"),
                format!("unknown question \"{name}\""),
            )
        })?),
        (screen, question) => {
            return Err(invalid(
                &join(path, "screen"),
                format!(
                    "\"{screen}\" with question {} is not a place in the questionnaire",
                    question.unwrap_or("(none)")
                ),
            ));
        }
    };
    Ok((screen, answers))
}
