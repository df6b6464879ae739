//! The reader's clients: each with a draft assessment and the history of finished ones.

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use super::answers::Answers;
use super::model::{Scores, assess};
use super::plans::PlanNotes;
use super::questions::{ADDED_AFTER_RECORDS, QUESTIONS, Strategy, question_by_name};
use super::time::Timestamp;
use super::wire::text_within;

/// Longest client label kept; longer input is cut, not refused.
pub const MAX_LABEL_CHARS: usize = 80;

/// Finished assessments kept per client; past it the oldest goes. The decoder refuses more.
pub const MAX_HISTORY: usize = 1_000;

/// A client id has 1 to this many characters.
pub const MAX_ID_CHARS: usize = 64;

/// Where a client's draft stands: the screen the reader sees for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Screen {
    Intro,
    /// The question with this index (0-based).
    Question(usize),
    Review,
    Result,
}

impl Screen {
    /// The `data-screen` value host pages and tests rely on.
    pub fn name(self) -> &'static str {
        match self {
            Screen::Intro => "intro",
            Screen::Question(_) => "question",
            Screen::Review => "review",
            Screen::Result => "result",
        }
    }
}

/// The assessment in progress: where the reader is, and what they answered so far.
/// Stored as `{"screen": "question", "question": "toll", "answers": {…}}`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "DraftForm")]
pub struct Draft {
    pub screen: Screen,
    pub answers: Answers,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftForm {
    screen: String,
    #[serde(default)]
    question: Option<String>,
    answers: Answers,
}

/// `DraftForm` as written: borrowed, so that saving copies nothing.
#[derive(Serialize)]
struct DraftRef<'a> {
    screen: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    question: Option<&'static str>,
    answers: &'a Answers,
}

impl Serialize for Draft {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        DraftRef {
            screen: self.screen.name(),
            question: match self.screen {
                Screen::Question(i) => Some(QUESTIONS[i].id.as_str()),
                _ => None,
            },
            answers: &self.answers,
        }
        .serialize(serializer)
    }
}

impl TryFrom<DraftForm> for Draft {
    type Error = String;

    fn try_from(form: DraftForm) -> Result<Draft, String> {
        let screen = match (form.screen.as_str(), form.question.as_deref()) {
            ("intro", None) => Screen::Intro,
            ("review", None) => Screen::Review,
            ("result", None) => Screen::Result,
            ("question", Some(name)) => Screen::Question(
                question_by_name(name).ok_or_else(|| format!("unknown question \"{name}\""))?,
            ),
            (screen, question) => {
                return Err(format!(
                    "\"{screen}\" with question {} is not a place in the questionnaire",
                    question.unwrap_or("(none)")
                ));
            }
        };
        Ok(Draft {
            screen,
            answers: form.answers,
        })
    }
}

/// A finished assessment as it was at the time: later model changes do not rewrite history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub date: Timestamp,
    pub strategy: Strategy,
    #[serde(deserialize_with = "full_scores")]
    pub scores: Scores,
    #[serde(deserialize_with = "finished")]
    pub answers: Answers,
}

fn full_scores<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Scores, D::Error> {
    let scores = Scores::deserialize(deserializer)?;
    if u32::from(scores.detach) + u32::from(scores.mediate) + u32::from(scores.terminate) != 100 {
        return Err(de::Error::custom("the three shares must add up to 100"));
    }
    Ok(scores)
}

/// A finished assessment answers every question — except those added after records were kept
/// (`ADDED_AFTER_RECORDS`): a record made before keeps the result it had without them, also
/// once written back in today's schema.
fn finished<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Answers, D::Error> {
    let answers = Answers::deserialize(deserializer)?;
    match (0..QUESTIONS.len())
        .find(|&q| !ADDED_AFTER_RECORDS.contains(&QUESTIONS[q].id) && answers.get(q).is_none())
    {
        Some(missing) => Err(de::Error::custom(format!(
            "a finished assessment answers every question, \"{}\" is missing",
            QUESTIONS[missing].id.as_str()
        ))),
        None => Ok(answers),
    }
}

impl Record {
    pub fn of(answers: &Answers, date: Timestamp) -> Record {
        let assessment = assess(answers);
        Record {
            date,
            answers: answers.clone(),
            strategy: assessment.strategy,
            scores: assessment.scores,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    /// Stable across devices; never reused.
    #[serde(deserialize_with = "client_id_text")]
    pub id: String,
    #[serde(deserialize_with = "label")]
    pub label: String,
    /// Last change to label or draft; the newer side wins when two copies are merged.
    pub updated: Timestamp,
    pub draft: Draft,
    /// Finished assessments, oldest first.
    #[serde(default, deserialize_with = "history")]
    pub history: Vec<Record>,
    /// What the reader typed into the plan builders for this client.
    #[serde(default)]
    pub notes: PlanNotes,
}

pub(crate) fn client_id_text<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<String, D::Error> {
    text_within(deserializer, 1, MAX_ID_CHARS)
}

fn label<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    text_within(deserializer, 0, MAX_LABEL_CHARS)
}

/// At most `MAX_HISTORY` records, put in the order `add_record` keeps.
fn history<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Record>, D::Error> {
    let records = Vec::<Record>::deserialize(deserializer)?;
    if records.len() > MAX_HISTORY {
        return Err(de::Error::custom(format!(
            "more than {MAX_HISTORY} entries"
        )));
    }
    let mut sorted = Vec::with_capacity(records.len());
    for record in records {
        add_to_history(&mut sorted, record);
    }
    Ok(sorted)
}

/// Adds a finished assessment, keeping `history` sorted, free of duplicates and within
/// `MAX_HISTORY` (the oldest goes first).
fn add_to_history(history: &mut Vec<Record>, record: Record) {
    if let Err(at) = history.binary_search_by(|r| r.date.cmp(&record.date)) {
        history.insert(at, record);
    }
    if history.len() > MAX_HISTORY {
        history.drain(..history.len() - MAX_HISTORY);
    }
}

impl Client {
    pub fn new(id: String, at: Timestamp) -> Client {
        Client {
            id,
            label: String::new(),
            updated: at,
            draft: Draft {
                screen: Screen::Intro,
                answers: Answers::new(),
            },
            history: Vec::new(),
            notes: PlanNotes::default(),
        }
    }

    /// A client nobody has touched: what a fresh page starts with. Two tabs opened fresh each
    /// make one; it carries nothing, so a merge does not pass it on.
    pub fn is_pristine(&self) -> bool {
        self.label.is_empty()
            && self.draft.screen == Screen::Intro
            && self.draft.answers.is_empty()
            && self.history.is_empty()
            && self.notes.is_empty()
    }

    /// Adds a finished assessment, keeping history sorted, free of duplicates and within
    /// `MAX_HISTORY` (the oldest goes first).
    pub fn add_record(&mut self, record: Record) {
        add_to_history(&mut self.history, record);
    }
}

/// A name as typed, without leading spaces and cut to the limit. Trailing spaces go when the
/// field is left (the UI sends it trimmed), not while the reader types the next word.
pub fn clean_label(label: &str) -> String {
    label.trim_start().chars().take(MAX_LABEL_CHARS).collect()
}

/// Which way a strategy's share moved over the last three checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Rising,
    Falling,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trend {
    pub strategy: Strategy,
    pub direction: Direction,
}

/// How many of the newest checks a trend needs.
pub const TREND_CHECKS: usize = 3;

/// The clearest trend over the last three checks: terminate first (the one a reader must not
/// miss), then mediate, then detach. Only a strict rise or fall over all three counts.
pub fn trend(history: &[Record]) -> Option<Trend> {
    let recent = history.get(history.len().checked_sub(TREND_CHECKS)?..)?;
    [Strategy::Terminate, Strategy::Mediate, Strategy::Detach]
        .into_iter()
        .find_map(|strategy| {
            let shares: Vec<u8> = recent.iter().map(|r| r.scores.get(strategy)).collect();
            if shares.windows(2).all(|w| w[0] < w[1]) {
                Some(Trend {
                    strategy,
                    direction: Direction::Rising,
                })
            } else if shares.windows(2).all(|w| w[0] > w[1]) {
                Some(Trend {
                    strategy,
                    direction: Direction::Falling,
                })
            } else {
                None
            }
        })
}
