//! The loader (`loader/embed.js`) and the widget share names and rules; nothing else would keep
//! the two in step. This reads the loader as text, as `tests/docs.rs` reads the model docs.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::web::{mount, storage};

const EMBED: &str = include_str!("../loader/embed.js");

#[test]
fn the_loader_uses_the_widgets_names() {
    for line in [
        format!("const HOSTS = '{}';", mount::HOST_SELECTOR),
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

/// The loader chooses each widget's language (the module takes it from the host), in this order.
#[test]
fn the_loader_picks_the_language_in_order() {
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

/// `data-events` and `data-persist` read yes and no alike, whatever the case (EMBED.md).
#[test]
fn host_options_read_yes_and_no_in_any_spelling() {
    for off in ["off", "OFF", " false ", "0", "No"] {
        assert!(!mount::host_option(Some(off), true), "{off:?}");
    }
    for on in ["on", "True", "1", " yes"] {
        assert!(mount::host_option(Some(on), false), "{on:?}");
    }
    for other in [None, Some(""), Some("maybe")] {
        assert!(mount::host_option(other, true) && !mount::host_option(other, false));
    }
}
