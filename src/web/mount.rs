//! Gives each host element the loader hands over its own widget inside an open shadow root.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;
use yew::AttrValue;

use crate::core::schema::Saved;
use crate::core::{Action, Lang, State, Timestamp};
use crate::ui::{App, AppProps, Download, Platform, StorageIssue, Subscription, Theme};

use super::loader::{self, Loader};
use super::{events, files, keep, storage};

/// Every element with this attribute becomes one independent widget.
pub const HOST_SELECTOR: &str = "[data-client-triage]";

/// The host's options (docs/EMBED.md), read by the widget and, where said, by the loader.
pub mod option {
    /// The language to start in; the loader reads it (`LANGUAGE_ORDER`).
    pub const LANG: &str = "data-lang";
    /// Where the data lives (`storage::namespaced`); the loader reads it too.
    pub const STORAGE_KEY: &str = "data-storage-key";
    /// `auto`, `light`, `dark` (`ui::Theme`); the loader sets it on its start screen's root too.
    pub const THEME: &str = "data-theme";
    pub const EVENTS: &str = "data-events";
    pub const PERSIST: &str = "data-persist";
    pub const SOURCE_URL: &str = "data-source-url";
    /// `eager`: the loader starts the module at once (the widget never reads it).
    pub const LOAD: &str = "data-load";
    /// All of them, in the docs' order: the WordPress plugin offers each (tests/contract.rs).
    pub const ALL: [&str; 7] = [LANG, STORAGE_KEY, THEME, EVENTS, PERSIST, SOURCE_URL, LOAD];
}

/// The standalone page says so with this element (the loader: offline support, the page's
/// language and title; the widget: it may ask the browser to keep its data).
pub const STANDALONE_SELECTOR: &str = r#"meta[name="client-triage-offline"]"#;

/// Every widget's element ids start with this and its number (`ct1-title`); the loader takes
/// both off to find the same control on the module's screen as on its start screen. (A macro
/// too, for `format!`: a literal there costs the wasm less than an argument.)
macro_rules! instance_prefix {
    () => {
        "ct"
    };
}
pub const INSTANCE_PREFIX: &str = instance_prefix!();

/// The classes on the start screen the loader makes work before the module: Start, the
/// client's name, each screen's heading (`ui/intro.rs`, `ui/question.rs`), the root.
pub const START_CLASS: &str = "ct-start";
/// The class of the widget's root (`ui/app.rs`), which the page's start screen brings too.
pub const ROOT_CLASS: &str = "ct";
pub const INPUT_CLASS: &str = "ct-input";
/// The UI focuses it on each new screen (`ui::HEADING_CLASS`).
pub use crate::ui::HEADING_CLASS;
/// The attribute on the widget's root that names its screen (`intro`, `question` …).
pub const SCREEN_ATTRIBUTE: &str = "data-screen";

/// Where the loader looks for the language a widget starts in, in `LANGUAGE_ORDER`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LanguageSource {
    /// `?lang=` in the page's address (`LANGUAGE_PARAMETER`).
    Query,
    /// The reader's own earlier choice, as the widget saved it (`storage::STORED_LANG`).
    Saved,
    /// The host's `data-lang`.
    Host,
    /// The browser's languages.
    Browser,
}

impl LanguageSource {
    /// Its name in the loader's facts (`web::facts`).
    pub fn name(self) -> &'static str {
        match self {
            LanguageSource::Query => "query",
            LanguageSource::Saved => "saved",
            LanguageSource::Host => "host",
            LanguageSource::Browser => "browser",
        }
    }
}

/// The loader picks each widget's language from the first of these that names one the widget
/// speaks, else `Lang::default()` (German); `mount_host` takes it as given.
pub const LANGUAGE_ORDER: [LanguageSource; 4] = [
    LanguageSource::Query,
    LanguageSource::Saved,
    LanguageSource::Host,
    LanguageSource::Browser,
];

/// The page address's parameter that chooses the language (`?lang=en`).
pub const LANGUAGE_PARAMETER: &str = "lang";

thread_local! {
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

/// How a widget starts: in the language the loader chose for its host (`LANGUAGE_ORDER`), and
/// from what the reader did on the loader's pre-rendered start screen.
#[derive(Clone, Debug, Default)]
pub struct Start {
    pub lang: Lang,
    /// The client's name typed there.
    pub label: Option<String>,
    /// Start was clicked: the answer chosen to question 1, if any.
    pub answer: Option<String>,
}

impl Start {
    /// What the reader did there, as the actions the module's own screen would have sent
    /// (the name as the field sends it once left: trimmed).
    fn actions(self) -> Vec<Action> {
        let mut actions = Vec::new();
        if let Some(label) = self.label {
            actions.push(Action::RenameClient(label.trim().to_owned()));
        }
        if let Some(answer) = self.answer {
            actions.push(Action::Start);
            if let Ok(answer) = answer.parse() {
                actions.push(Action::Choose {
                    question: 0,
                    answer,
                });
            }
        }
        actions
    }
}

/// Takes the loader's ways to the browser (`web/loader.rs`): `load(lang)` gives a language's
/// file (a promise of its text); `failed(host)` tells the loader that this host's widget could
/// not get its language; `print(host)` prints that widget alone. The loader then mounts each host.
#[wasm_bindgen]
pub fn connect(load: js_sys::Function, failed: js_sys::Function, print: js_sys::Function) {
    loader::keep(Loader {
        load,
        failed,
        print,
    });
}

/// Mounts a widget on `host` (the loader calls it once per host, also for hosts added later):
/// in `lang`, the language the loader chose, continuing from what the reader did on the
/// loader's start screen — the client's name typed, and Start clicked (`answer`: the answer
/// chosen to question 1, or empty). Passed here, never through the page's DOM, where the
/// page's scripts could read the name.
#[wasm_bindgen]
pub fn mount_host(
    host: web_sys::Element,
    lang: String,
    label: Option<String>,
    answer: Option<String>,
) -> bool {
    let start = Start {
        lang: Lang::from_tag(&lang).unwrap_or_default(),
        label,
        answer,
    };
    mount(&host, start).is_some()
}

/// Mounts one widget on `host`, in the open shadow root the loader gave it with the widget's
/// styles (and its pre-rendered screen or a message, which go). A host without one is left
/// alone; the loader mounts each host once.
pub fn mount(host: &Element, start: Start) -> Option<Element> {
    let shadow = host.shadow_root()?;
    // Not `innerHTML = ""`: a page that requires Trusted Types refuses that.
    shadow.replace_children_with_node_0();
    let root = gloo::utils::document().create_element("div").ok()?;
    shadow.append_child(&root).ok()?;

    let slot = storage::Slot::for_host(host.get_attribute(option::STORAGE_KEY).as_deref());
    let key = slot.key.clone();
    let mut lang = start.lang;
    let (saved, storage_issue, unreadable) = match storage::load(&slot) {
        storage::Loaded::Saved(saved) => (Some(saved), None, None),
        // Copied from the host's key from before the prefix: the loader could not know the
        // language chosen there (it reads only the widget's own key).
        // Read from there while storage has no room for the copy: said, and tried again.
        storage::Loaded::Copied { saved, copied } => {
            lang = saved.lang.unwrap_or(lang);
            let issue = (!copied).then_some(StorageIssue::CopyFull);
            (Some(saved), issue, None)
        }
        storage::Loaded::Nothing => (None, None, None),
        storage::Loaded::Blocked => (None, Some(StorageIssue::Blocked), None),
        // The notice tells the reader; nothing here is written over.
        storage::Loaded::Newer(issue) => (None, Some(issue), None),
        storage::Loaded::Unreadable {
            reason,
            raw,
            backup,
        } => {
            // Backed up, it is offered with the other backups (`storage::backups`).
            let (kept, issue, left) = match backup {
                Some(backup) => (
                    format!("kept it under \"{backup}\""),
                    StorageIssue::Unreadable,
                    None,
                ),
                None => (
                    "no backup could be written, so it is left in place and nothing is saved over it".to_owned(),
                    StorageIssue::UnreadableKept,
                    Some(Rc::from(raw)),
                ),
            };
            web_sys::console::warn_1(
                &format!(
                    "client-triage: stored data under \"{key}\" is unreadable ({reason}); {kept}"
                )
                .into(),
            );
            (None, Some(issue), left)
        }
    };
    // Offered for download as long as they are kept, not only on the page view that made one.
    let backups = storage::backups(&slot).into_iter().map(Rc::from).collect();
    let stored = match saved {
        Some(saved) => State::with_book(lang, saved.book, saved.lang),
        None => State::new_with_id_suffix(lang, now(), &random_id_suffix()),
    };
    // What the reader did on the start screen is kept, also where stored data turns up that
    // the loader could not see (`State::continue_start`); saved at once, as the change it is.
    let (initial, resumed) = match stored.continue_start(start.actions(), now()) {
        Some(continued) => (continued, true),
        None => (stored, false),
    };

    let widget = next_widget_number();
    let props = AppProps {
        initial: Rc::new(initial),
        resumed,
        instance: format!(concat!(instance_prefix!(), "{}"), widget).into(),
        theme: Theme::from_attribute(host.get_attribute(option::THEME).as_deref()),
        storage_issue,
        unreadable,
        backups,
        platform: platform(slot, widget, host.clone()),
        source_url: web_address(host.get_attribute(option::SOURCE_URL)),
    };
    let (root_for_app, host) = (root.clone(), host.clone());
    loader::ensure(lang, move |ok| {
        if ok {
            yew::Renderer::<App>::with_root_and_props(root_for_app, props).render();
        } else {
            loader::report_failure(&host);
        }
    });
    Some(root)
}

/// The host's `data-source-url` when it is a web address; anything else (a `javascript:` link)
/// is not linked.
fn web_address(value: Option<String>) -> Option<AttrValue> {
    let value = value?.trim().to_owned();
    let lower = value.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| value.into())
}

fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

fn local_date(at: Timestamp) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.millis() as f64));
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// A host's yes/no option (`data-events`, `data-persist`): `off`, `false`, `0`, `no` are no,
/// `on`, `true`, `1`, `yes` are yes, in any case; anything else, or none, is `default`.
pub fn host_option(value: Option<&str>, default: bool) -> bool {
    match value.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
        Some("off" | "false" | "0" | "no") => false,
        Some("on" | "true" | "1" | "yes") => true,
        _ => default,
    }
}

/// Whether the widget may ask the browser to keep its data (`navigator.storage.persist()`).
/// On a blog, Firefox would ask the reader under the blog's name, and a grant covers the whole
/// site: only the standalone page (it opts in to offline use) asks, or a host with
/// `data-persist="on"`.
fn may_ask_to_keep(host: &Element) -> bool {
    let standalone = gloo::utils::document()
        .query_selector(STANDALONE_SELECTOR)
        .ok()
        .flatten()
        .is_some();
    standalone || host_option(host.get_attribute(option::PERSIST).as_deref(), false)
}

/// Everything the widget on `host` may ask of the browser.
fn platform(slot: Rc<storage::Slot>, widget: u32, host: Element) -> Rc<Platform> {
    let persist_slot = slot.clone();
    let may_ask = may_ask_to_keep(&host);
    let events_on = host_option(host.get_attribute(option::EVENTS).as_deref(), true);
    Rc::new(Platform {
        now,
        local_date,
        persist: yew::Callback::from(move |saved: Saved| {
            storage::save_and_share(&persist_slot, widget, &saved)
        }),
        announce: events::result_announcer(host.clone(), events_on),
        download: yew::Callback::from(|download: Download| files::save_file(&download)),
        copy_text: yew::Callback::from(|(text, done)| files::copy_text(text, done)),
        print: {
            let host = host.clone();
            yew::Callback::from(move |()| loader::print_alone(&host))
        },
        read_file: yew::Callback::from(|(file, done)| files::read_text(file, done)),
        forget: {
            let slot = slot.clone();
            yew::Callback::from(move |()| storage::forget(&slot, widget))
        },
        forget_backups: {
            let slot = slot.clone();
            yew::Callback::from(move |()| storage::forget_backups(&slot))
        },
        others_keep_data: {
            let slot = slot.clone();
            yew::Callback::from(move |()| storage::others_keep_data(&slot))
        },
        watch_other_tabs: yew::Callback::from(move |on_change| {
            Subscription(Box::new(storage::watch(slot.clone(), widget, on_change)))
        }),
        keep_data: yew::Callback::from(move |(ask, done)| keep::keep_data(ask && may_ask, done)),
        load_language: yew::Callback::from(|(lang, done): (Lang, yew::Callback<bool>)| {
            loader::ensure(lang, move |ok| done.emit(ok))
        }),
        page_address,
    })
}

/// The page's address when it is a web address (not a file), for finding it again: without
/// its query and fragment, which may carry a host's tracking ids into a shared calendar.
fn page_address() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let href = Some(href).filter(|href| href.starts_with("http"))?;
    href.split(['?', '#']).next().map(str::to_owned)
}

/// A number for each widget on the page: ids and in-page sync tell widgets apart by it.
fn next_widget_number() -> u32 {
    INSTANCES.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

/// Six hex digits of chance for a fresh first client's id (`State::new_with_id_suffix`).
fn random_id_suffix() -> String {
    let chance = (js_sys::Math::random() * f64::from(1u32 << 24)) as u32;
    format!("-{chance:06x}")
}
