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

/// Clients kept in one book; the decoder refuses more, so no action or merge goes past it.
pub const MAX_CLIENTS: usize = 500;

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
        let at = at.writable();
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
        // Placeholders carry nothing: ours gives way to real clients, theirs is not taken in.
        if incoming.clients.iter().any(|c| !c.is_pristine()) {
            self.clients.retain(|ours| {
                !ours.is_pristine() || incoming.clients.iter().any(|c| c.id == ours.id)
            });
        }
        let incoming_clients: Vec<&Client> = incoming
            .clients
            .iter()
            .filter(|theirs| {
                !theirs.is_pristine() || self.clients.iter().any(|c| c.id == theirs.id)
            })
            .collect();
        for deletion in &incoming.deleted {
            self.record_deletion(&deletion.id, deletion.at);
        }
        for theirs in incoming_clients {
            let mut theirs = theirs.clone();
            if let (Some(at), Some(deleted)) = (import_at, self.deleted_at(&theirs.id))
                && deleted >= theirs.updated
            {
                theirs.updated = deleted.next_after(at);
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
        self.keep_within_limit();
        self.normalize(self.last_change());
    }

    /// How many clients a merge of `incoming` would add: an import the reader chose is refused
    /// beforehand when the book would grow past `MAX_CLIENTS`.
    pub fn new_clients_in(&self, incoming: &Book) -> usize {
        incoming
            .clients
            .iter()
            .filter(|theirs| self.clients.iter().all(|ours| ours.id != theirs.id))
            .count()
    }

    /// Two copies that are each within the limit can exceed it together (another tab's
    /// clients plus this one's). The least recently changed go, and are recorded as deleted
    /// so that every copy agrees; in practice nobody keeps 500 difficult clients.
    fn keep_within_limit(&mut self) {
        while self.clients.len() > MAX_CLIENTS {
            let oldest = (0..self.clients.len())
                .min_by_key(|&i| (self.clients[i].updated, i))
                .unwrap_or(0);
            let removed = self.clients.remove(oldest);
            self.record_deletion(&removed.id, removed.updated);
        }
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

    /// The state after `action`, for tests and callers that want a `State` either way.
    pub fn reduce(&self, action: Action, at: Timestamp) -> State {
        self.apply(action, at).unwrap_or_else(|| self.clone())
    }

    /// The state after `action`, or `None` when the action changes nothing here (a stale
    /// click, a merge that brings nothing new): the UI then skips rendering and saving.
    pub fn apply(&self, action: Action, at: Timestamp) -> Option<State> {
        let at = at.writable();
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
                    return None;
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
                return Some(next);
            }
            (Action::RenameClient(label), Screen::Intro) => {
                let label = clean_label(&label);
                if label == client.label {
                    return None;
                }
                client.label = label;
            }
            (Action::EditNotes { edit, defaults }, Screen::Result) => {
                let notes = client.notes.apply(edit, &defaults);
                if notes == client.notes {
                    return None;
                }
                client.notes = notes;
            }
            (Action::AddClient, Screen::Intro) if next.book.clients.len() < MAX_CLIENTS => {
                let id = client_id(at, next.book.clients.len() + next.book.deleted.len());
                next.book.clients.push(Client::new(id, at));
                next.book.current = next.book.clients.len() - 1;
                next.return_to_review = false;
                return Some(next);
            }
            (Action::SelectClient(i), Screen::Intro) if i < next.book.clients.len() => {
                next.book.current = i;
                next.return_to_review = false;
                return Some(next);
            }
            (Action::Ask(pending), Screen::Intro) => {
                next.pending = Some(pending);
                return Some(next);
            }
            (Action::Confirm, Screen::Intro) => match self.pending {
                Some(Pending::DeleteClient) => {
                    let removed = next.book.clients.remove(next.book.current);
                    next.book
                        .record_deletion(&removed.id, removed.updated.next_after(at));
                    next.book.current = next
                        .book
                        .current
                        .min(next.book.clients.len().saturating_sub(1));
                    next.book.normalize(at);
                    return Some(next);
                }
                Some(Pending::DeleteAll) => {
                    for removed in std::mem::take(&mut next.book.clients) {
                        next.book
                            .record_deletion(&removed.id, removed.updated.next_after(at));
                    }
                    next.book.normalize(at);
                    return Some(next);
                }
                None => return None,
            },
            (Action::Cancel, _) if self.pending.is_some() || self.prompt.is_some() => {
                return Some(next);
            }
            (Action::Merge { book, import }, _) => {
                next.book.merge(&book, import.then_some(at));
                if next.book == self.book {
                    return None;
                }
                // Another tab's change must not close this tab's question or confirmation.
                next.prompt = self.prompt;
                next.pending = self.pending;
                return Some(next);
            }
            // Anything else does not apply on this screen (e.g. a stale click): no change.
            _ => return None,
        }
        let client = next.book.current_mut();
        client.updated = client.updated.next_after(at);
        Some(next)
    }
}
