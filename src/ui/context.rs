//! What every screen is drawn from: app state, its dispatcher, the instance id, and the little
//! each screen keeps for itself. Screens are plain functions of it, not components: every
//! component costs its own lifecycle code in the wasm.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::platform::{Platform, StorageIssue};
use crate::core::plans::PlanNotes;
use crate::core::schema::{DecodeError, ImportSummary};
use crate::core::{Action, Book, Lang, Screen, State, Strategy, Timestamp};
use crate::i18n::{self, Texts};

/// Behind one `Rc`: every callback captures a clone, and a clone (and its drop) is then one
/// count instead of a copy of each field, in each closure's code.
#[derive(Clone)]
pub struct AppContext(Rc<Context>);

pub struct Context {
    pub state: UseReducerHandle<StateCell>,
    /// Unique per widget on the page; prefixes element ids and radio group names.
    pub instance: AttrValue,
    pub platform: Rc<Platform>,
    /// False while a notice says that changes are not being kept (storage refused or full, a
    /// newer version's data, …): no screen may then promise to keep answers.
    pub saving: bool,
    /// The widget's root element, where `focus_soon` looks for its target.
    pub root: NodeRef,
    /// The screens' own state, cleared whenever the screen changes.
    pub local: Local,
    /// The article's address, where the host page names it: the source line links it.
    pub source_url: Option<AttrValue>,
}

#[derive(Clone)]
pub struct Local {
    /// What the screens keep for a while, in the app state's hook: a hook of its own (or a
    /// `use_state` per field) would be one more copy of Yew's hook code in the wasm each.
    pub kept: KeptHandle,
    /// As things were when the screen opened, for what starts unfolded: decided once, so that
    /// nothing folds away under the reader's cursor when they clear a field.
    pub opened: Rc<Opened>,
}

/// The outcome of the last import, shown under the buttons. Kept as facts, not as a
/// sentence, so that it is worded in the language shown now, not the one at import time.
#[derive(Clone, PartialEq)]
pub enum ImportOutcome {
    /// The file would replace or delete clients here: the reader is asked first.
    Ask {
        book: Rc<Book>,
        summary: ImportSummary,
    },
    Cancelled,
    Done(ImportSummary),
    Unreadable(String),
    Refused(DecodeError),
    /// It fitted the widget's limits, but the browser's storage (shared with the whole site)
    /// had no room for it: nothing was taken in.
    NoRoom,
}

impl ImportOutcome {
    /// Where the decoder gave up on a file that is no export ("version: missing"), for
    /// whoever looks into the file: shown under the message, not announced with it.
    pub fn detail(&self) -> Option<String> {
        match self {
            ImportOutcome::Refused(error @ (DecodeError::NotJson(_) | DecodeError::Invalid(_))) => {
                Some(error.to_string())
            }
            _ => None,
        }
    }

    pub fn message(&self, texts: &Texts) -> String {
        let t = &texts.with;
        match self {
            // The question is in the confirmation; the status says nothing yet.
            ImportOutcome::Ask { .. } => String::new(),
            ImportOutcome::Cancelled => texts.import_cancelled.to_owned(),
            ImportOutcome::Done(summary) => t.import_done(summary),
            ImportOutcome::Unreadable(reason) => t.import_unreadable(reason),
            ImportOutcome::NoRoom => t.import_storage_full.to_owned(),
            ImportOutcome::Refused(error) => {
                let template = match error {
                    DecodeError::TooLarge(_) => t.import_too_large,
                    DecodeError::TooManyClients(_) | DecodeError::MergedTooLarge { .. } => {
                        t.import_no_room
                    }
                    DecodeError::NewerVersion(_) => t.import_newer,
                    // In plain words; the decoder's reason goes under it, see `detail`.
                    DecodeError::NotJson(_) | DecodeError::Invalid(_) => {
                        return t.import_invalid.to_owned();
                    }
                };
                i18n::fill(template, &[&error.to_string()])
            }
        }
    }
}

#[derive(Clone, Default, PartialEq)]
pub struct Kept {
    /// Next pressed without an answer; the second time changes no app state, so the alert is
    /// rebuilt under this count as its key to be announced again.
    pub attempts: u32,
    /// An earlier assessment from the history, by its date, and whether it is open (false once
    /// the reader came back from it: the history is then shown unfolded).
    pub record: Option<(Timestamp, bool)>,
    pub import: Option<ImportOutcome>,
    /// What the live region tells screen readers, and how many times something was told:
    /// the same words again must still change the region to be heard.
    pub said: Option<Said>,
    pub said_count: u32,
    /// Whether the calendar reminder names the client.
    pub reminder_named: bool,
    /// A storage problem, shown until it goes away; a new screen keeps it.
    pub storage_issue: Option<StorageIssue>,
    /// Unreadable data found at start-up was kept as a backup: said (with its download) beside
    /// any later problem, until all data is deleted. A new screen keeps it.
    pub unreadable_backed_up: bool,
    /// Whether the browser has agreed to keep the data until the reader deletes it; `None`
    /// while unknown or where it cannot say. A new screen keeps it.
    pub data_kept: Option<bool>,
    /// Deleting the backups of unreadable data waits for the reader to confirm it.
    pub asking_backups: bool,
    /// The other language's texts could not be loaded (offline before they ever were).
    pub switch_failed: bool,
    /// All data was deleted elsewhere (another tab, the browser, a script of the site) and this
    /// widget let go of it: said on the intro the reader lands on, so that the emptied screen
    /// is no mystery, until they move on from it.
    pub deleted_elsewhere: bool,
}

/// What a control did where the reader may not see it (a file saved, the clipboard, a list
/// changed above): told through the widget's one polite live region. Kept as facts, worded in
/// the language shown.
#[derive(Clone, PartialEq)]
pub enum Said {
    /// Whether copying this plan worked; the plan shows it too.
    Copied(Strategy, bool),
    /// The client's name as the list shows it.
    ClientAdded(String),
    ClientDeleted(String),
    AllDeleted,
    /// "Delete all data" deleted only what this page held in memory, for this reason.
    NotDeleted(StorageIssue),
    BackupsDeleted,
    /// The downloaded file's name.
    Exported(String),
    Reminder(String),
}

pub enum Keep {
    Attempt,
    Record(Option<(Timestamp, bool)>),
    Import(ImportOutcome),
    Say(Said),
    /// Ticks or unticks naming the client in the calendar reminder.
    ReminderNamed,
    StorageIssue(Option<StorageIssue>),
    /// A save worked: a problem with saving is over. Unreadable data that could not be backed
    /// up before has been now (the save backs it up before it writes).
    Saved,
    /// All data was deleted, here (`here`: storage is emptied, any problem with it gone) or in
    /// another tab: the backups the notice points to went with it.
    Deleted {
        here: bool,
    },
    DataKept(Option<bool>),
    SwitchFailed(bool),
    /// Opens or closes the confirmation of deleting the backups of unreadable data.
    AskBackups(bool),
    BackupsDeleted,
    /// A new screen: everything but the facts about storage starts afresh.
    NewScreen(Screen),
}

impl Kept {
    fn changed(&self, change: Keep) -> Kept {
        let mut next = self.clone();
        match change {
            Keep::Attempt => next.attempts += 1,
            Keep::Record(record) => next.record = record,
            Keep::Import(outcome) => next.import = Some(outcome),
            Keep::Say(said) => {
                next.said = Some(said);
                next.said_count += 1;
            }
            Keep::ReminderNamed => next.reminder_named = !next.reminder_named,
            Keep::StorageIssue(issue) => next.storage_issue = issue,
            Keep::Saved => {
                next.unreadable_backed_up |=
                    next.storage_issue == Some(StorageIssue::UnreadableKept);
                next.storage_issue = None;
            }
            Keep::Deleted { here } => {
                next.unreadable_backed_up = false;
                next.deleted_elsewhere = !here;
                if here || next.storage_issue == Some(StorageIssue::UnreadableKept) {
                    next.storage_issue = None;
                }
            }
            Keep::DataKept(kept) => next.data_kept = kept,
            Keep::SwitchFailed(failed) => next.switch_failed = failed,
            Keep::AskBackups(asking) => next.asking_backups = asking,
            Keep::BackupsDeleted => {
                next.unreadable_backed_up = false;
                next.asking_backups = false;
            }
            Keep::NewScreen(screen) => {
                next = Kept {
                    storage_issue: next.storage_issue,
                    unreadable_backed_up: next.unreadable_backed_up,
                    data_kept: next.data_kept,
                    deleted_elsewhere: next.deleted_elsewhere && screen == Screen::Intro,
                    ..Kept::default()
                }
            }
        }
        next
    }
}

#[derive(Default)]
pub struct Opened {
    /// The intro: more than one client to choose from.
    pub several_clients: bool,
    /// The result: what the reader had typed into the plan builders.
    pub notes: PlanNotes,
}

/// `State` behind the `Reducible` trait, so that `core` stays free of Yew, with what the
/// screens keep beside it.
pub struct StateCell {
    pub state: Rc<State>,
    /// Counts changes of the state: the save effect keys on it instead of comparing the whole
    /// book on every render.
    pub revision: u64,
    pub kept: Kept,
}

pub enum Change {
    App(Action, Timestamp),
    Keep(Keep),
}

impl Reducible for StateCell {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        match change {
            Change::App(action, at) => match self.state.apply(action, at) {
                Some(next) => Rc::new(StateCell {
                    state: Rc::new(next),
                    revision: self.revision + 1,
                    kept: self.kept.clone(),
                }),
                None => self, // same Rc: Yew skips the re-render
            },
            Change::Keep(change) => {
                let kept = self.kept.changed(change);
                if kept == self.kept {
                    return self;
                }
                Rc::new(StateCell {
                    state: self.state.clone(),
                    revision: self.revision,
                    kept,
                })
            }
        }
    }
}

/// The screens' `Kept`, read and changed through the app state's hook.
#[derive(Clone)]
pub struct KeptHandle(pub UseReducerHandle<StateCell>);

impl std::ops::Deref for KeptHandle {
    type Target = Kept;

    fn deref(&self) -> &Kept {
        &self.0.kept
    }
}

impl KeptHandle {
    pub fn dispatch(&self, change: Keep) {
        self.0.dispatch(Change::Keep(change));
    }
}

impl std::ops::Deref for AppContext {
    type Target = Context;

    fn deref(&self) -> &Context {
        &self.0
    }
}

impl AppContext {
    pub fn new(context: Context) -> AppContext {
        AppContext(Rc::new(context))
    }

    pub fn state(&self) -> &State {
        &self.state.state
    }

    pub fn lang(&self) -> Lang {
        self.state().lang
    }

    pub fn texts(&self) -> &'static Texts {
        i18n::texts(self.lang())
    }

    pub fn dispatch(&self, action: Action) {
        self.state
            .dispatch(Change::App(action, (self.platform.now)()));
    }

    /// A callback that sends `action` whatever the event.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        let app = self.clone();
        Callback::from(move |_| app.dispatch(action.clone()))
    }

    /// An element id unique on the page.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.instance)
    }

    /// Once the change just dispatched is on screen, moves keyboard focus to the first of these
    /// elements (ids as given to `id`) that is shown, else to the screen's heading. For controls
    /// that vanish under the reader's focus, which would otherwise drop it on `<body>`.
    pub fn focus_soon(&self, ids: &[&str]) {
        let root = self.root.clone();
        let selectors: Vec<String> = ids
            .iter()
            .map(|name| format!("#{}", self.id(name)))
            .chain([super::HEADING_SELECTOR.to_owned()])
            .collect();
        // Yew renders in a task the dispatch queued before this one.
        wasm_bindgen_futures::spawn_local(async move {
            let Some(root) = root.cast::<web_sys::Element>() else {
                return;
            };
            let target = selectors
                .iter()
                .filter_map(|selector| root.query_selector(selector).ok().flatten())
                .filter_map(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
                .find(|element| element.offset_width() > 0 || element.offset_height() > 0);
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
}
