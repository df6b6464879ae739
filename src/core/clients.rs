//! The reader's clients: each with a draft assessment and the history of finished ones.

use super::answers::Answers;
use super::model::{Scores, assess};
use super::plans::PlanNotes;
use super::questions::Strategy;
use super::time::Timestamp;

/// Longest client label kept; longer input is cut, not refused.
pub const MAX_LABEL_CHARS: usize = 80;

/// Finished assessments kept per client; past it the oldest goes. The decoder refuses more.
pub const MAX_HISTORY: usize = 1_000;

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

/// A finished assessment as it was at the time: later model changes do not rewrite history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub date: Timestamp,
    pub answers: Answers,
    pub strategy: Strategy,
    pub scores: Scores,
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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    /// Stable across devices; never reused.
    pub id: String,
    pub label: String,
    /// Last change to label or draft; the newer side wins when two copies are merged.
    pub updated: Timestamp,
    pub screen: Screen,
    pub answers: Answers,
    /// Finished assessments, oldest first.
    pub history: Vec<Record>,
    /// What the reader typed into the plan builders for this client.
    pub notes: PlanNotes,
}

impl Client {
    pub fn new(id: String, at: Timestamp) -> Client {
        Client {
            id,
            label: String::new(),
            updated: at,
            screen: Screen::Intro,
            answers: Answers::new(),
            history: Vec::new(),
            notes: PlanNotes::default(),
        }
    }

    /// A client nobody has touched: what a fresh page starts with. Two tabs opened fresh each
    /// make one; it carries nothing, so a merge does not pass it on.
    pub fn is_pristine(&self) -> bool {
        self.label.is_empty()
            && self.screen == Screen::Intro
            && self.answers.is_empty()
            && self.history.is_empty()
            && self.notes.is_empty()
    }

    /// Adds a finished assessment, keeping history sorted, free of duplicates and within
    /// `MAX_HISTORY` (the oldest goes first).
    pub fn add_record(&mut self, record: Record) {
        match self.history.binary_search_by(|r| r.date.cmp(&record.date)) {
            Ok(_) => {}
            Err(at) => self.history.insert(at, record),
        }
        if self.history.len() > MAX_HISTORY {
            self.history.drain(..self.history.len() - MAX_HISTORY);
        }
    }
}

pub fn clean_label(label: &str) -> String {
    label.trim().chars().take(MAX_LABEL_CHARS).collect()
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
