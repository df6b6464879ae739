//! Everything a user can do, as `Action`s, and the pure reducer that applies them.
//! Time comes in with each action, so the reducer never reads a clock.

use super::answers::Answers;
use super::book::{Book, MAX_CLIENTS, client_id};
use super::clients::{Client, Record, Screen, clean_label};
use super::lang::Lang;
use super::plans::NoteEdit;
use super::questions::question_count;
use super::time::Timestamp;

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    /// The language the reader picked with the switch (now or on an earlier visit): only that
    /// is remembered. Apart from `lang`: a link's `?lang=` shows another one for a page view
    /// without changing the reader's choice.
    pub chosen_lang: Option<Lang>,
    pub book: Book,
    pub prompt: Option<Prompt>,
    pub pending: Option<Pending>,
    /// Set when a question was opened from the review: Next goes back there.
    pub return_to_review: bool,
    /// Counts finished assessments in this page view; each increment announces one result.
    pub finished: u32,
    /// Counts "Delete all data" confirmed in this page view; each increment removes what
    /// storage keeps for the widget (its data, backups, deletions), not just writes less.
    pub deleted_all: u32,
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
    /// The reader saved an export of everything.
    Exported,
    /// The reader closed the offer to save a copy.
    CloseCopyOffer,
    /// Another copy of the data: from another tab, or an import the reader chose.
    Merge {
        book: Book,
        import: bool,
    },
    /// The data as another tab (or widget on this page) stored it, where this one holds nothing
    /// unwritten: it takes the place of this one's. The open client stays open if it is there.
    TakeOver(Book),
    /// Another tab (or widget on this page) deleted all data: this one lets go of it too.
    DeletedElsewhere,
    /// The language the reader chose in another tab (or widget sharing the data): remembered
    /// here too where nothing was chosen here, so that this tab's saves keep it. The language
    /// shown stays.
    LangChosenElsewhere(Lang),
}

impl State {
    pub fn new(lang: Lang, at: Timestamp) -> Self {
        State::with_book(lang, Book::new(at), None)
    }

    /// A fresh state whose first client's id ends in `suffix` (random, from the page): two
    /// widgets or tabs that open in the same millisecond would otherwise give their first
    /// clients one id, and what the reader typed into both start screens would merge into one
    /// client (re-review 6).
    pub fn new_with_id_suffix(lang: Lang, at: Timestamp, suffix: &str) -> Self {
        let mut state = State::new(lang, at);
        for client in &mut state.book.clients {
            client.id.push_str(suffix);
        }
        state
    }

    /// Saved data, put back on a screen that its answers allow.
    /// A finished draft that lacks an answer (the questionnaire grew since) opens that
    /// question and goes back to the review once it is answered: only what is new is asked.
    pub fn with_book(lang: Lang, mut book: Book, chosen_lang: Option<Lang>) -> Self {
        let was_finished = book
            .clients
            .get(book.current)
            .is_some_and(|c| matches!(c.draft.screen, Screen::Review | Screen::Result));
        book.normalize(book.last_change());
        let return_to_review =
            was_finished && matches!(book.current().draft.screen, Screen::Question(_));
        State {
            lang,
            chosen_lang,
            book,
            prompt: None,
            pending: None,
            return_to_review,
            finished: 0,
            deleted_all: 0,
        }
    }

    pub fn client(&self) -> &Client {
        self.book.current()
    }

    pub fn screen(&self) -> Screen {
        self.client().draft.screen
    }

    pub fn answers(&self) -> &Answers {
        &self.client().draft.answers
    }

    /// 1-based position for the progress indicator, `None` outside the questions.
    pub fn step(&self) -> Option<usize> {
        match self.screen() {
            Screen::Question(i) => Some(i + 1),
            _ => None,
        }
    }

    /// A fresh book, as on a first visit; the language shown stays, but is no longer a choice.
    fn forget_all(&mut self, at: Timestamp) {
        self.book = Book::new(at);
        self.chosen_lang = None;
        self.return_to_review = false;
    }

    /// Carries out what the reader did on the loader's start screen before the module came
    /// (`actions`: a name typed, Start, an answer), on this state, which may hold stored data
    /// that screen did not show (a host key from before the prefix, another tab's save
    /// meanwhile). That screen was a fresh intro: where the open client differs from it (a
    /// name of its own, a draft begun), the actions go to a new client beside the others, so
    /// that no stored client is renamed or answered for. `None` when nothing applies (nothing
    /// done, or no room for another client).
    pub fn continue_start(&self, actions: Vec<Action>, at: Timestamp) -> Option<State> {
        let typed = actions.iter().find_map(|action| match action {
            Action::RenameClient(label) => Some(clean_label(label)),
            _ => None,
        });
        let open = self.client();
        // A fresh intro is what the start screen showed: a client with a history or notes
        // (restarted after a result) is someone else's, even on its intro without a name.
        let as_shown = open.draft.screen == Screen::Intro
            && open.draft.answers.is_empty()
            && open.history.is_empty()
            && open.notes.is_empty()
            && (open.label.is_empty() || typed.as_ref() == Some(&open.label));
        let mut state = self.clone();
        if !as_shown {
            if state.book.clients.len() >= MAX_CLIENTS {
                return None;
            }
            let at = at.writable();
            let id = client_id(at, state.book.clients.len() + state.book.deleted.len());
            state.book.clients.push(Client::new(id, at));
            state.book.current = state.book.clients.len() - 1;
            state.return_to_review = false;
        }
        let mut changed = false;
        for action in actions {
            if let Some(next) = state.apply(action, at) {
                (state, changed) = (next, true);
            }
        }
        changed.then_some(state)
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
                client.draft.screen = Screen::Question(0);
                next.return_to_review = false;
            }
            (Action::Choose { question, answer }, Screen::Question(current))
                if question == current =>
            {
                if !client.draft.answers.set(question, answer) {
                    return None;
                }
            }
            (Action::Next, Screen::Question(i)) => {
                if answers.get(i).is_none() {
                    next.prompt = Some(Prompt::AnswerMissing);
                } else if i + 1 >= count || (self.return_to_review && answers.is_complete()) {
                    client.draft.screen = Screen::Review;
                    next.return_to_review = false;
                } else {
                    client.draft.screen = Screen::Question(i + 1);
                }
            }
            (Action::Back, Screen::Question(0)) => client.draft.screen = Screen::Intro,
            (Action::Back, Screen::Question(i)) => client.draft.screen = Screen::Question(i - 1),
            (Action::Back, Screen::Review) => client.draft.screen = Screen::Question(count - 1),
            (Action::Back, Screen::Result) => client.draft.screen = Screen::Review,
            (Action::Edit(i), Screen::Review | Screen::Result) if i < count => {
                client.draft.screen = Screen::Question(i);
                next.return_to_review = true;
            }
            (Action::ShowResult, Screen::Review) => match answers.first_unanswered() {
                Some(missing) => {
                    client.draft.screen = Screen::Question(missing);
                    next.prompt = Some(Prompt::AnswerMissing);
                    next.return_to_review = true;
                }
                None => {
                    client.draft.screen = Screen::Result;
                    client.add_record(Record::of(answers, at));
                    next.finished += 1;
                }
            },
            (Action::Restart, _) => {
                client.draft.screen = Screen::Intro;
                client.draft.answers = Answers::new();
                next.return_to_review = false;
            }
            (Action::SetLang(lang), _) => {
                next.lang = lang;
                next.chosen_lang = Some(lang);
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
                // Nothing is kept, not even which clients were deleted: storage is emptied
                // (`deleted_all`), and the other tabs let go when they see it emptied.
                Some(Pending::DeleteAll) => {
                    next.forget_all(at);
                    next.deleted_all += 1;
                    return Some(next);
                }
                None => return None,
            },
            (Action::Cancel, _) if self.pending.is_some() || self.prompt.is_some() => {
                return Some(next);
            }
            // Facts about the whole book, not a change to the open client.
            (Action::Exported, _) => {
                next.book.exported = Some(at);
                return Some(next);
            }
            (Action::CloseCopyOffer, _) => {
                next.book.copy_offer_closed = Some(at);
                return Some(next);
            }
            (Action::DeletedElsewhere, _) => {
                next.forget_all(at);
                return Some(next);
            }
            (Action::TakeOver(book), _) => {
                let open = self.book.current().id.clone();
                next.book = book;
                // As a merge or a page load would: a result that lacks a question asked since
                // opens on it (re-review 9, I1).
                next.book.normalize(at);
                if let Some(i) = next.book.clients.iter().position(|c| c.id == open) {
                    next.book.current = i;
                }
                if next.book == self.book {
                    return None;
                }
                next.prompt = self.prompt;
                next.pending = self.pending;
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
            (Action::LangChosenElsewhere(lang), _) => {
                if self.chosen_lang.is_some() {
                    return None;
                }
                next.chosen_lang = Some(lang);
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
