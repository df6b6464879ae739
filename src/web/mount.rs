//! Finds the host elements on the page and gives each its own widget inside an open shadow root.

use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};

use crate::core::schema::Saved;
use crate::core::{Lang, State, Timestamp};
use crate::ui::{App, AppProps, Download, Platform, StorageIssue, Subscription, Theme};

use super::{events, files, keep, storage};

/// Every element with this attribute becomes one independent widget.
pub const HOST_SELECTOR: &str = "[data-client-triage]";

/// `styles/widget.css`, minified by `build.rs`.
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
    static STYLE_SHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

/// Mounts a widget on every host element on the page that does not have one yet (called
/// through `languages::mount_all`, which first takes the loader's way to the texts).
pub(super) fn mount_all() {
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

/// Mounts one widget on `host`. A shadow root the loader made for a message (load failure,
/// retry) is reused and emptied; a host that already has a widget is left alone.
pub fn mount(host: &Element) -> Option<Element> {
    if host.has_attribute(MOUNTED) {
        return None;
    }
    let shadow = match host.shadow_root() {
        Some(shadow) => {
            // Not `innerHTML = ""`: a page that requires Trusted Types refuses that.
            shadow.replace_children_with_node_0();
            shadow
        }
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    host.set_attribute(MOUNTED, "").ok()?;
    adopt_styles(&shadow);
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
    let lang = pick_lang(host, saved.as_ref());
    let initial = match saved {
        Some(saved) => State::with_book(lang, saved.book, saved.lang.is_some()),
        None => State::new(lang, now()),
    };

    let widget = next_widget_number();
    let props = AppProps {
        initial: Rc::new(initial),
        instance: format!("ct{widget}").into(),
        theme: Theme::from_attribute(host.get_attribute("data-theme").as_deref()),
        storage_issue,
        unreadable,
        platform: platform(slot, widget, host.clone()),
    };
    let (root_for_app, host) = (root.clone(), host.clone());
    super::languages::ensure(lang, move |ok| {
        if ok {
            yew::Renderer::<App>::with_root_and_props(root_for_app, props).render();
        } else {
            super::languages::report_failure(&host);
        }
    });
    Some(root)
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
            yew::Callback::from(move |()| files::print_alone(&host))
        },
        read_file: yew::Callback::from(|(file, done)| files::read_text(file, done)),
        watch_other_tabs: yew::Callback::from(move |on_change| {
            Subscription(Box::new(storage::watch(slot.clone(), widget, on_change)))
        }),
        keep_data: yew::Callback::from(|(ask, done)| keep::keep_data(ask, done)),
        load_language: yew::Callback::from(|(lang, done): (Lang, yew::Callback<bool>)| {
            super::languages::ensure(lang, move |ok| done.emit(ok))
        }),
        page_address,
    })
}

fn page_href() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

/// The page's address when it is a web address (not a file), for finding it again: without
/// its query and fragment, which may carry a host's tracking ids into a shared calendar.
fn page_address() -> Option<String> {
    let href = page_href().filter(|href| href.starts_with("http"))?;
    href.split(['?', '#']).next().map(str::to_owned)
}

/// A number for each widget on the page: ids and in-page sync tell widgets apart by it.
fn next_widget_number() -> u32 {
    INSTANCES.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

/// `?lang=` on the page, then the reader's own earlier choice, then the host's `data-lang`,
/// then the browser's languages, then German.
fn pick_lang(host: &Element, saved: Option<&Saved>) -> Lang {
    let from_url = page_href().and_then(|href| {
        let (_, query) = href.split('#').next()?.split_once('?')?;
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix("lang=").map(str::to_owned))
    });
    let from_host = host.get_attribute("data-lang");
    let from_browser: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    let saved_choice = saved.and_then(|s| s.lang).map(|l| l.code().to_owned());
    Lang::pick(
        from_url
            .iter()
            .chain(saved_choice.iter())
            .chain(from_host.iter())
            .chain(from_browser.iter())
            .map(String::as_str),
    )
}

/// Styles go in through a constructed style sheet: it crosses no CSP `style-src` rule,
/// and it is shared by every instance on the page.
fn adopt_styles(shadow: &web_sys::ShadowRoot) {
    let sheet = STYLE_SHEET.with(|cell| {
        cell.get_or_init(|| super::constructed_sheet(WIDGET_CSS))
            .clone()
    });
    match sheet {
        Some(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        None => {
            // Browsers without constructable style sheets get a plain <style> element.
            if let Ok(style) = gloo::utils::document().create_element("style") {
                style.set_text_content(Some(WIDGET_CSS));
                let _ = shadow.append_child(&style);
            }
        }
    }
}
