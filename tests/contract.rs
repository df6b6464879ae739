//! The loader (`loader/embed.js`) and the widget share names and rules; nothing else would keep
//! the two in step. This reads the loader as text, as `tests/docs.rs` reads the model docs.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::web::{mount, storage};

const EMBED: &str = include_str!("../loader/embed.js");
const MOUNT: &str = include_str!("../src/web/mount.rs");

#[test]
fn the_loader_uses_the_widgets_names() {
    for line in [
        format!("const HOSTS = '{}';", mount::HOST_SELECTOR),
        format!("const MOUNTED = '{}';", mount::MOUNTED),
        format!("const DEFAULT_KEY = '{}';", storage::DEFAULT_KEY),
    ] {
        assert!(
            EMBED.lines().any(|l| l == line),
            "loader/embed.js lacks `{line}`"
        );
    }
}

#[test]
fn the_loader_finds_a_hosts_data_where_the_widget_put_it() {
    assert_eq!(storage::namespaced(None), storage::DEFAULT_KEY);
    assert_eq!(
        storage::namespaced(Some("blog")),
        format!("{}:blog", storage::DEFAULT_KEY)
    );
    assert!(EMBED.contains("return given ? `${DEFAULT_KEY}:${given}` : DEFAULT_KEY;"));
}

/// Positions of `needles` in `haystack`, each searched after the previous one.
fn in_order(haystack: &str, needles: &[&str]) -> bool {
    let mut from = 0;
    needles
        .iter()
        .all(|needle| match haystack[from..].find(needle) {
            Some(at) => {
                from += at + needle.len();
                true
            }
            None => false,
        })
}

/// The loader words its messages in the language the widget would pick: the same order.
#[test]
fn the_loader_and_the_widget_pick_the_language_in_the_same_order() {
    let widget = MOUNT
        .split_once("fn pick_lang")
        .expect("mount.rs has pick_lang")
        .1;
    assert!(
        in_order(
            widget,
            &["from_url", "saved_choice", "from_host", "from_browser"]
        ),
        "mount.rs: ?lang, saved choice, data-lang, browser"
    );
    let loader = EMBED
        .split_once("function language(host)")
        .expect("embed.js has language()")
        .1;
    assert!(
        in_order(
            loader,
            &[
                "location.search",
                "savedLanguage(host)",
                "host.dataset.lang",
                "navigator.languages"
            ]
        ),
        "embed.js: ?lang, saved choice, data-lang, browser"
    );
}
