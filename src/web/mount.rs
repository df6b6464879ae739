//! Finds the host elements on the page and gives each its own widget inside an open shadow root.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
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

thread_local! {
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

/// Called by the loader: mounts a widget on every host element on the page that does not have
/// one yet. `load(lang)` gives a language's file (a promise of its text); `failed(host)` tells
/// the loader that this host's widget could not get its language; `print(host)` prints that
/// widget alone (`web/loader.rs`).
#[wasm_bindgen]
pub fn mount_all(load: js_sys::Function, failed: js_sys::Function, print: js_sys::Function) {
    loader::keep(Loader {
        load,
        failed,
        print,
    });
    let Ok(hosts) = gloo::utils::document().query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for i in 0..hosts.length() {
        if let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            mount(&host);
        }
    }
}

/// Marks a host that has its widget, so a second `mount_all` leaves it alone.
pub const MOUNTED: &str = "data-ct-mounted";

/// What the reader did on the loader's pre-rendered start screen (loader/embed.js), kept on the
/// host: the client's name typed, and Start clicked (`data-ct-answer`, whose value is the
/// answer chosen to question 1, if any).
pub const RESUME_LABEL: &str = "data-ct-label";
pub const RESUME_ANSWER: &str = "data-ct-answer";

/// The language the loader chose for the host (`language()` in loader/embed.js: `?lang`, the
/// reader's saved choice, the host's `data-lang`, the browser's languages, German).
pub const LANGUAGE: &str = "data-ct-lang";

/// Mounts one widget on `host`, in the open shadow root the loader gave it with the widget's
/// styles (and its pre-rendered screen or a message, which go). A host without one, or that
/// already has a widget, is left alone.
pub fn mount(host: &Element) -> Option<Element> {
    if host.has_attribute(MOUNTED) {
        return None;
    }
    let shadow = host.shadow_root()?;
    // Not `innerHTML = ""`: a page that requires Trusted Types refuses that.
    shadow.replace_children_with_node_0();
    host.set_attribute(MOUNTED, "").ok()?;
    let root = gloo::utils::document().create_element("div").ok()?;
    shadow.append_child(&root).ok()?;

    let given = host.get_attribute("data-storage-key");
    let slot = storage::Slot::new(storage::namespaced(given.as_deref()));
    let legacy = given.filter(|given| *given != slot.key && !given.trim().is_empty());
    let key = slot.key.clone();
    let (saved, storage_issue, unreadable) = match storage::load(&slot, legacy.as_deref()) {
        storage::Loaded::Saved(saved) => (Some(saved), None, None),
        storage::Loaded::Nothing => (None, None, None),
        storage::Loaded::Blocked => (None, Some(StorageIssue::Blocked), None),
        // The notice tells the reader; nothing here is written over.
        storage::Loaded::Newer => (None, Some(StorageIssue::NewerVersion), None),
        storage::Loaded::Unreadable {
            reason,
            raw,
            backup,
        } => {
            let kept = backup.map_or_else(
                || "left it in place, untouched".to_owned(),
                |backup| format!("kept it under \"{backup}\""),
            );
            web_sys::console::warn_1(
                &format!(
                    "client-triage: stored data under \"{key}\" is unreadable ({reason}); {kept}"
                )
                .into(),
            );
            (None, Some(StorageIssue::Unreadable), Some(Rc::from(raw)))
        }
    };
    let lang = host
        .get_attribute(LANGUAGE)
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_default();
    let (initial, resumed) = match saved {
        Some(saved) => (
            State::with_book(lang, saved.book, saved.lang.is_some()),
            false,
        ),
        None => resume(host, State::new(lang, now())),
    };

    let widget = next_widget_number();
    let props = AppProps {
        initial: Rc::new(initial),
        resumed,
        instance: format!("ct{widget}").into(),
        theme: Theme::from_attribute(host.get_attribute("data-theme").as_deref()),
        storage_issue,
        unreadable,
        platform: platform(slot, widget, host.clone()),
        source_url: web_address(host.get_attribute("data-source-url")),
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

/// Continues from the pre-rendered screen; `true` when the reader did anything there.
fn resume(host: &Element, mut state: State) -> (State, bool) {
    let mut actions = Vec::new();
    if let Some(label) = host.get_attribute(RESUME_LABEL) {
        actions.push(Action::RenameClient(label));
    }
    if let Some(answer) = host.get_attribute(RESUME_ANSWER) {
        actions.push(Action::Start);
        if let Ok(answer) = answer.parse() {
            actions.push(Action::Choose {
                question: 0,
                answer,
            });
        }
    }
    let resumed = !actions.is_empty();
    for action in actions {
        if let Some(next) = state.apply(action, now()) {
            state = next;
        }
    }
    (state, resumed)
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

/// Everything the widget on `host` may ask of the browser.
fn platform(slot: Rc<storage::Slot>, widget: u32, host: Element) -> Rc<Platform> {
    let persist_slot = slot.clone();
    Rc::new(Platform {
        now,
        local_date,
        persist: yew::Callback::from(move |saved: Saved| {
            storage::save_and_share(&persist_slot, widget, &saved)
        }),
        announce: events::result_announcer(host.clone()),
        download: yew::Callback::from(|download: Download| files::save_file(&download)),
        copy_text: yew::Callback::from(|(text, done)| files::copy_text(text, done)),
        print: {
            let host = host.clone();
            yew::Callback::from(move |()| loader::print_alone(&host))
        },
        read_file: yew::Callback::from(|(file, done)| files::read_text(file, done)),
        watch_other_tabs: yew::Callback::from(move |on_change| {
            Subscription(Box::new(storage::watch(slot.clone(), widget, on_change)))
        }),
        keep_data: yew::Callback::from(|(ask, done)| keep::keep_data(ask, done)),
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
