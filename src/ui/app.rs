use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::context::{
    AppContext, Change, Context, Keep, Kept, KeptHandle, Local, Opened, Said, StateCell,
};
use super::intro::intro;
use super::notice::{announcer, storage_notice};
use super::platform::Platform;
use super::platform::{Elsewhere, Persisted, StorageIssue, Subscription};
use super::question::question;
use super::result::result_screen;
use super::review::review;
use crate::core::schema::Saved;
use crate::core::{Action, Lang, Screen, State, assess};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn from_attribute(value: Option<&str>) -> Theme {
        match value.map(str::trim) {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Compared by value: the root's props never change after mounting, so the comparison runs
/// once a page, and `Rc` compares the state by pointer first.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub initial: Rc<State>,
    /// The initial state carries what the reader did on the loader's pre-rendered screen: it
    /// is saved at once, as the change it is.
    #[prop_or_default]
    pub resumed: bool,
    pub instance: AttrValue,
    #[prop_or_default]
    pub theme: Theme,
    /// A problem found while loading, shown until it goes away.
    #[prop_or_default]
    pub storage_issue: Option<StorageIssue>,
    /// An unreadable value found in storage and left in place (no room for a backup),
    /// offered for download.
    #[prop_or_default]
    pub unreadable: Option<Rc<str>>,
    /// The backups of unreadable values kept in storage (this page view's, or older ones),
    /// offered for download until the reader deletes them.
    #[prop_or_default]
    pub backups: Rc<[Rc<str>]>,
    /// Shared: the render context holds it too, and an `Rc` is one count to clone and drop.
    pub platform: Rc<Platform>,
    /// The article's address, where the host page names it (`data-source-url`).
    #[prop_or_default]
    pub source_url: Option<AttrValue>,
}

/// The widget: the only component. It owns the state and draws every screen as a function of it.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let storage_issue = props.storage_issue;
    let has_backups = !props.backups.is_empty();
    // Revision 1 for a resumed start: what the reader did before the module is saved at once.
    let revision = u64::from(props.resumed);
    let state = use_reducer(move || {
        // Unreadable data kept as a backup (found now or on an earlier page view) is said
        // apart from problems with saving, which come and go beside it.
        let found_now = storage_issue == Some(StorageIssue::Unreadable);
        let kept = Kept {
            storage_issue: storage_issue.filter(|_| !found_now),
            unreadable_backed_up: found_now || has_backups,
            ..Kept::default()
        };
        StateCell {
            state: initial,
            revision,
            kept,
        }
    });
    // One hook for what the widget remembers between renders (each hook type is its own code).
    let memory = use_mut_ref(Memory::default);
    let root = memory.borrow().root.clone();
    let platform = &props.platform;
    let screen = state.state.screen();
    let local = Local {
        kept: KeptHandle(state.clone()),
        opened: {
            let mut memory = memory.borrow_mut();
            if memory.opened_on != Some(screen) {
                memory.opened_on = Some(screen);
                memory.opened = Rc::new(Opened {
                    several_clients: state.state.book.clients.len() > 1,
                    notes: state.state.client().notes.clone(),
                });
            }
            memory.opened.clone()
        },
    };

    let learn_kept = {
        let kept = local.kept.clone();
        Callback::from(move |answer| kept.dispatch(Keep::DataKept(answer)))
    };
    {
        // One effect after every render: on mount, learn whether the browser keeps the data
        // and follow what other tabs write; after a change, in this order: saving (or deleting
        // everything), a finished assessment, a new screen. `memory` holds what the last run
        // saw, and the other tabs' subscription.
        let platform = platform.clone();
        let state = state.clone(); // not a copy of the answers on every render
        let (root, instance) = (root.clone(), props.instance.clone());
        use_effect(move || {
            let seen = Seen::since_last_render(&mut memory.borrow_mut(), &state, screen);
            let kept = KeptHandle(state.clone());
            if !seen.mounted {
                platform.keep_data.emit((false, learn_kept.clone()));
                let subscription = follow_other_tabs(&platform, state.dispatcher());
                memory.borrow_mut().other_tabs = Some(subscription);
            }
            if seen.deleted_all {
                forget_everything(&platform, &kept);
            } else if seen.changed {
                save(&platform, &kept, &state);
            }
            // After a finished assessment there is something worth keeping: ask the browser to
            // keep it (once per finish, and not once it has agreed).
            if seen.finished_anew {
                platform.announce.emit(assess(state.state.answers()));
                if kept.data_kept != Some(true) {
                    platform.keep_data.emit((true, learn_kept));
                }
            }
            if seen.before != Some(screen) {
                kept.dispatch(Keep::NewScreen(screen));
                focus_new_screen(&root, &instance, seen.before, screen, seen.edited);
            }
        });
    }

    let context = AppContext::new(Context {
        state: state.clone(),
        instance: props.instance.clone(),
        platform: platform.clone(),
        saving: local.kept.storage_issue.is_none(),
        root: root.clone(),
        local,
        source_url: props.source_url.clone(),
    });
    let current = &state.state;
    let other_lang = match current.lang {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    let texts = context.texts();
    let screen = match screen {
        Screen::Intro => intro(&context),
        Screen::Question(index) => question(&context, index),
        Screen::Review => review(&context),
        Screen::Result => result_screen(&context),
    };

    html! {
        <div class="ct" ref={root} data-screen={current.screen().name()} data-theme={props.theme.name()}
            lang={current.lang.code()}>
            // Top right on every screen and in both languages; the screens flow around it.
            <button type="button" class="ct-lang" lang={other_lang.code()}
                onclick={switch_language(&context, other_lang)}>
                { texts.switch_language }
            </button>
            if context.local.kept.switch_failed {
                <p class="ct-notice" role="alert">{ texts.switch_failed }</p>
            }
            { storage_notice(&context, &props.backups, props.unreadable.as_ref(), props.storage_issue) }
            { screen }
            { announcer(&context) }
        </div>
    }
}

/// What App keeps between its renders.
#[derive(Default)]
struct Memory {
    root: NodeRef,
    /// The screen `opened` was taken for.
    opened_on: Option<Screen>,
    opened: Rc<Opened>,
    /// What the render effect saw last time: it acts on what changed since.
    revision: u64,
    finished: u32,
    deleted_all: u32,
    screen: Option<Screen>,
    /// Whether the last screen was an answer changed from the review.
    editing: bool,
    /// Dropped with the widget: unsubscribes.
    other_tabs: Option<Subscription>,
}

/// What changed since the render effect last ran, read in one short borrow of `Memory`:
/// nothing the effect calls out to runs while it is held.
struct Seen {
    mounted: bool,
    changed: bool,
    finished_anew: bool,
    deleted_all: bool,
    before: Option<Screen>,
    /// The screen before was an answer changed from the review.
    edited: bool,
}

impl Seen {
    fn since_last_render(memory: &mut Memory, state: &StateCell, screen: Screen) -> Seen {
        let (revision, finished) = (state.revision, state.state.finished);
        let deleted_all = state.state.deleted_all;
        Seen {
            mounted: memory.screen.is_some(),
            changed: std::mem::replace(&mut memory.revision, revision) != revision,
            finished_anew: std::mem::replace(&mut memory.finished, finished) != finished
                && finished > 0,
            deleted_all: std::mem::replace(&mut memory.deleted_all, deleted_all) != deleted_all,
            before: memory.screen.replace(screen),
            edited: std::mem::replace(&mut memory.editing, state.state.return_to_review),
        }
    }
}

/// Takes in what other tabs (and other widgets on this page sharing the key) write: their
/// data in place of this one's (merged into it where this one holds something unwritten),
/// their language choice, or that they deleted everything.
fn follow_other_tabs(
    platform: &Platform,
    dispatcher: UseReducerDispatcher<StateCell>,
) -> Subscription {
    let now = platform.now;
    let on_change = Callback::from(move |heard: Elsewhere| {
        let (saved, superseded) = match heard {
            Elsewhere::Changed(saved) => (saved, false),
            Elsewhere::Superseded(saved) => (saved, true),
            Elsewhere::Deleted => {
                dispatcher.dispatch(Change::Keep(Keep::Deleted { here: false }));
                dispatcher.dispatch(Change::App(Action::DeletedElsewhere, now()));
                return;
            }
            Elsewhere::NotKept(issue) => {
                dispatcher.dispatch(Change::Keep(Keep::StorageIssue(Some(issue))));
                return;
            }
        };
        if let Some(lang) = saved.lang {
            let chosen = Action::LangChosenElsewhere(lang);
            dispatcher.dispatch(Change::App(chosen, now()));
        }
        let action = if superseded {
            Action::TakeOver(saved.book)
        } else {
            Action::Merge {
                book: saved.book,
                import: false,
            }
        };
        dispatcher.dispatch(Change::App(action, now()));
    });
    platform.watch_other_tabs.emit(on_change)
}

/// "Delete all data": empties storage (an unreadable value kept in place too); from then on
/// saving works as on a first visit. Said as it went: where it was refused (a newer version's
/// data, storage out of reach), only what this page held is gone.
fn forget_everything(platform: &Platform, kept: &KeptHandle) {
    let said = match platform.forget.emit(()) {
        Ok(()) => {
            kept.dispatch(Keep::Deleted { here: true });
            Said::AllDeleted
        }
        Err(issue) => {
            kept.dispatch(Keep::StorageIssue(Some(issue)));
            Said::NotDeleted(issue)
        }
    };
    kept.dispatch(Keep::Say(said));
}

/// Saves after a change, never on mount: a page view alone writes nothing and wakes no other
/// tab. If another tab or page wrote meanwhile, the save merged it in, and the widget takes
/// the merged data in too.
fn save(platform: &Platform, kept: &KeptHandle, state: &UseReducerHandle<StateCell>) {
    let saved = platform.persist.emit(Saved::from_state(&state.state));
    // A full quota, data grown too large: each clears itself once a save works.
    if saved.is_ok() && kept.storage_issue.is_some() {
        kept.dispatch(Keep::Saved);
    }
    let action = match saved {
        Ok(Persisted::Done) => None,
        Ok(Persisted::Merged(merged)) => {
            if let Some(lang) = merged.lang {
                let chosen = Action::LangChosenElsewhere(lang);
                state.dispatch(Change::App(chosen, (platform.now)()));
            }
            Some(Action::Merge {
                book: merged.book,
                import: false,
            })
        }
        Ok(Persisted::DeletedElsewhere) => {
            kept.dispatch(Keep::Deleted { here: false });
            Some(Action::DeletedElsewhere)
        }
        // Said beside the unreadable data's notice, which stays: the reader must not believe
        // the answers are kept.
        Err(issue) => {
            kept.dispatch(Keep::StorageIssue(Some(issue)));
            None
        }
    };
    if let Some(action) = action {
        state.dispatch(Change::App(action, (platform.now)()));
    }
}

/// Each new screen takes keyboard focus to its heading, except on page load (`before` is
/// `None`): a widget inside a blog post must not steal focus from the host page. Back on the
/// review from changing an answer, focus returns to that answer's row.
fn focus_new_screen(
    root: &NodeRef,
    instance: &str,
    before: Option<Screen>,
    screen: Screen,
    edited: bool,
) {
    let target = match (before, screen) {
        (Some(Screen::Question(i)), Screen::Review) if edited => format!("#{instance}-change-{i}"),
        _ => super::HEADING_SELECTOR.to_owned(),
    };
    let heading = before
        .and_then(|_| root.cast::<web_sys::Element>())
        .and_then(|root| root.query_selector(&target).ok().flatten())
        .and_then(|heading| heading.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}

/// Switches once the other language's texts are there: they load on first use, so a reader
/// who never switches never downloads them.
fn switch_language(app: &AppContext, lang: Lang) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_| {
        let switch = app.clone();
        let done = Callback::from(move |ok: bool| {
            switch.local.kept.dispatch(Keep::SwitchFailed(!ok));
            if ok {
                switch.dispatch(Action::SetLang(lang));
            }
        });
        app.platform.load_language.emit((lang, done));
    })
}
