//! Everything a user can do, as `Action`s, and the pure reducer that applies them.
//! Time comes in with each action, so the reducer never reads a clock.

use super::answers::Answers;
use super::clients::{Client, Record, clean_label};
use super::lang::Lang;
use super::plans::{NoteEdit, PlanNotes};
use super::questions::question_count;
use super::time::Timestamp;

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

/// A message the current screen shows until the user acts again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// Next or result was pressed without an answer.
    AnswerMissing,
}

/// A destructive step waiting for the reader to confirm it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    DeleteClient,
    DeleteAll,
}

/// A deleted client: it stays deleted in every copy unless it changed after `at`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deletion {
    pub id: String,
    pub at: Timestamp,
}

/// The data worth keeping: the clients, which one is open, and what was deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Book {
    /// Never empty.
    pub clients: Vec<Client>,
    pub current: usize,
    /// Deletions, so that merging an older copy never brings a client back.
    pub deleted: Vec<Deletion>,
}

impl Book {
    pub fn new(at: Timestamp) -> Book {
        Book {
            clients: vec![Client::new(client_id(at, 0), at)],
            current: 0,
            deleted: Vec::new(),
        }
    }

    pub fn current(&self) -> &Client {
        &self.clients[self.current]
    }

    fn current_mut(&mut self) -> &mut Client {
        &mut self.clients[self.current]
    }

    fn deleted_at(&self, id: &str) -> Option<Timestamp> {
        self.deleted
            .iter()
            .filter(|d| d.id == id)
            .map(|d| d.at)
            .max()
    }

    fn record_deletion(&mut self, id: &str, at: Timestamp) {
        match self.deleted.iter_mut().find(|d| d.id == id) {
            Some(deletion) => deletion.at = deletion.at.max(at),
            None => self.deleted.push(Deletion {
                id: id.to_owned(),
                at,
            }),
        }
    }

    /// Puts the book in the one form every copy agrees on: a client is alive only if it
    /// changed after its deletion, each screen is one its answers allow, one client is open.
    pub fn normalize(&mut self, at: Timestamp) {
        let current_id = self.clients.get(self.current).map(|c| c.id.clone());
        let deleted = self.deleted.clone();
        self.clients
            .retain(|c| deleted.iter().all(|d| d.id != c.id || d.at < c.updated));
        let last = question_count() - 1;
        for client in &mut self.clients {
            client.screen = match client.screen {
                Screen::Question(i) => Screen::Question(i.min(last)),
                Screen::Review | Screen::Result if !client.answers.is_complete() => {
                    Screen::Question(client.answers.first_unanswered().unwrap_or(0))
                }
                other => other,
            };
        }
        if self.clients.is_empty() {
            let id = client_id(at, self.deleted.len());
            self.clients.push(Client::new(id, at));
        }
        self.current = current_id
            .and_then(|id| self.clients.iter().position(|c| c.id == id))
            .unwrap_or(0);
    }

    /// Takes in another copy of the data (another tab, or an import) without losing anything:
    /// histories are united, the newer label and draft win per client, deletions are kept.
    /// `import_at` is set for an import the reader chose: a client it brings back that was
    /// deleted here is restored, stamped with the import time so that every tab agrees.
    pub fn merge(&mut self, incoming: &Book, import_at: Option<Timestamp>) {
        for deletion in &incoming.deleted {
            self.record_deletion(&deletion.id, deletion.at);
        }
        for theirs in &incoming.clients {
            let mut theirs = theirs.clone();
            if let (Some(at), Some(deleted)) = (import_at, self.deleted_at(&theirs.id))
                && deleted >= theirs.updated
            {
                theirs.updated = at.max(Timestamp(deleted.millis() + 1));
            }
            match self.clients.iter_mut().find(|c| c.id == theirs.id) {
                Some(ours) => {
                    // Newer wins; on a tie the larger draft, so that every tab picks the same one.
                    if (theirs.updated, draft_key(&theirs)) > (ours.updated, draft_key(ours)) {
                        ours.notes = theirs.notes.clone();
                        ours.label = theirs.label.clone();
                        ours.screen = theirs.screen;
                        ours.answers = theirs.answers.clone();
                        ours.updated = theirs.updated;
                    }
                    for record in &theirs.history {
                        ours.add_record(record.clone());
                    }
                }
                None => self.clients.push(theirs),
            }
        }
        self.normalize(self.last_change());
    }

    /// The newest change in the book: the time to give a fresh client when none is left.
    fn last_change(&self) -> Timestamp {
        self.clients
            .iter()
            .map(|c| c.updated)
            .max()
            .unwrap_or_default()
    }
}

fn draft_key(client: &Client) -> (&str, Screen, &Answers, &PlanNotes) {
    (&client.label, client.screen, &client.answers, &client.notes)
}

/// Unique enough across tabs and devices: creation time plus a per-book counter.
fn client_id(at: Timestamp, n: usize) -> String {
    format!("c{}-{n}", at.millis())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    /// True once the reader picked the language with the switch; only then is it remembered.
    pub lang_chosen: bool,
    pub book: Book,
    pub prompt: Option<Prompt>,
    pub pending: Option<Pending>,
    /// Set when a question was opened from the review: Next goes back there.
    pub return_to_review: bool,
    /// Counts finished assessments in this page view; each increment announces one result.
    pub finished: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Start,
    Choose {
        question: usize,
        answer: usize,
    },
    Next,
    Back,
    /// Open a question from the review to change its answer.
    Edit(usize),
    ShowResult,
    /// Clear the current client's answers and go back to the intro.
    Restart,
    SetLang(Lang),
    AddClient,
    SelectClient(usize),
    RenameClient(String),
    /// Ask to delete the current client / everything; `Confirm` carries it out.
    Ask(Pending),
    Confirm,
    Cancel,
    /// One change in a plan builder; `defaults` is the option list shown until the reader
    /// edits it (texts in the reader's language, which the core does not know).
    EditNotes {
        edit: NoteEdit,
        defaults: Vec<String>,
    },
    /// Another copy of the data: from another tab, or an import the reader chose.
    Merge {
        book: Book,
        import: bool,
    },
}

impl State {
    pub fn new(lang: Lang, at: Timestamp) -> Self {
        State::with_book(lang, Book::new(at), false)
    }

    /// Saved data, put back on a screen that its answers allow.
    /// A finished draft that lacks an answer (the questionnaire grew since) opens that
    /// question and goes back to the review once it is answered: only what is new is asked.
    pub fn with_book(lang: Lang, mut book: Book, lang_chosen: bool) -> Self {
        let was_finished = book
            .clients
            .get(book.current)
            .is_some_and(|c| matches!(c.screen, Screen::Review | Screen::Result));
        book.normalize(book.last_change());
        let return_to_review = was_finished && matches!(book.current().screen, Screen::Question(_));
        State {
            lang,
            lang_chosen,
            book,
            prompt: None,
            pending: None,
            return_to_review,
            finished: 0,
        }
    }

    pub fn client(&self) -> &Client {
        self.book.current()
    }

    pub fn screen(&self) -> Screen {
        self.client().screen
    }

    pub fn answers(&self) -> &Answers {
        &self.client().answers
    }

    /// 1-based position for the progress indicator, `None` outside the questions.
    pub fn step(&self) -> Option<usize> {
        match self.screen() {
            Screen::Question(i) => Some(i + 1),
            _ => None,
        }
    }

    pub fn reduce(&self, action: Action, at: Timestamp) -> State {
        let mut next = self.clone();
        next.prompt = None;
        next.pending = None;
        let count = question_count();
        let screen = self.screen();
        let answers = self.answers();
        let client = next.book.current_mut();
        match (action, screen) {
            (Action::Start, Screen::Intro) => {
                client.screen = Screen::Question(0);
                next.return_to_review = false;
            }
            (Action::Choose { question, answer }, Screen::Question(current))
                if question == current =>
            {
                if !client.answers.set(question, answer) {
                    return self.clone();
                }
            }
            (Action::Next, Screen::Question(i)) => {
                if answers.get(i).is_none() {
                    next.prompt = Some(Prompt::AnswerMissing);
                } else if i + 1 >= count || (self.return_to_review && answers.is_complete()) {
                    client.screen = Screen::Review;
                    next.return_to_review = false;
                } else {
                    client.screen = Screen::Question(i + 1);
                }
            }
            (Action::Back, Screen::Question(0)) => client.screen = Screen::Intro,
            (Action::Back, Screen::Question(i)) => client.screen = Screen::Question(i - 1),
            (Action::Back, Screen::Review) => client.screen = Screen::Question(count - 1),
            (Action::Back, Screen::Result) => client.screen = Screen::Review,
            (Action::Edit(i), Screen::Review | Screen::Result) if i < count => {
                client.screen = Screen::Question(i);
                next.return_to_review = true;
            }
            (Action::ShowResult, Screen::Review) => match answers.first_unanswered() {
                Some(missing) => {
                    client.screen = Screen::Question(missing);
                    next.prompt = Some(Prompt::AnswerMissing);
                    next.return_to_review = true;
                }
                None => {
                    client.screen = Screen::Result;
                    client.add_record(Record::of(answers, at));
                    next.finished += 1;
                }
            },
            (Action::Restart, _) => {
                client.screen = Screen::Intro;
                client.answers = Answers::new();
                next.return_to_review = false;
            }
            (Action::SetLang(lang), _) => {
                next.lang = lang;
                next.lang_chosen = true;
                next.prompt = self.prompt;
                next.pending = self.pending;
                return next;
            }
            (Action::RenameClient(label), Screen::Intro) => {
                let label = clean_label(&label);
                if label == client.label {
                    return self.clone();
                }
                client.label = label;
            }
            (Action::EditNotes { edit, defaults }, Screen::Result) => {
                let notes = client.notes.apply(edit, &defaults);
                if notes == client.notes {
                    return self.clone();
                }
                client.notes = notes;
            }
            (Action::AddClient, Screen::Intro) => {
                let id = client_id(at, next.book.clients.len() + next.book.deleted.len());
                next.book.clients.push(Client::new(id, at));
                next.book.current = next.book.clients.len() - 1;
                next.return_to_review = false;
                return next;
            }
            (Action::SelectClient(i), Screen::Intro) if i < next.book.clients.len() => {
                next.book.current = i;
                next.return_to_review = false;
                return next;
            }
            (Action::Ask(pending), Screen::Intro) => {
                next.pending = Some(pending);
                return next;
            }
            (Action::Confirm, Screen::Intro) => match self.pending {
                Some(Pending::DeleteClient) => {
                    let removed = next.book.clients.remove(next.book.current);
                    next.book
                        .record_deletion(&removed.id, after(removed.updated, at));
                    next.book.current = next
                        .book
                        .current
                        .min(next.book.clients.len().saturating_sub(1));
                    next.book.normalize(at);
                    return next;
                }
                Some(Pending::DeleteAll) => {
                    for removed in std::mem::take(&mut next.book.clients) {
                        next.book
                            .record_deletion(&removed.id, after(removed.updated, at));
                    }
                    next.book.normalize(at);
                    return next;
                }
                None => return self.clone(),
            },
            (Action::Cancel, _) => return next,
            (Action::Merge { book, import }, _) => {
                next.book.merge(&book, import.then_some(at));
                // Another tab's change must not close this tab's question or confirmation.
                next.prompt = self.prompt;
                next.pending = self.pending;
                return next;
            }
            // Anything else does not apply on this screen (e.g. a stale click): no change.
            _ => return self.clone(),
        }
        let client = next.book.current_mut();
        client.updated = after(client.updated, at);
        next
    }
}

/// `at`, or just after `previous` if the clock says otherwise (e.g. data from a device whose
/// clock ran ahead): a change always counts as newer than what it changed.
fn after(previous: Timestamp, at: Timestamp) -> Timestamp {
    at.max(Timestamp(previous.millis() + 1))
}
