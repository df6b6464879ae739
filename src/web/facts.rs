//! What the loader (`loader/embed/`) shares with the widget, written as the JavaScript module
//! the loader imports: `examples/texts.rs` writes it to `loader/generated/facts.js` before each
//! build (Trunk.toml), so Rust is the one source. It is checked in, so the loader's tests and
//! editors need neither a Rust run nor `target/`; `tests/contract.rs` fails while it differs. `scripts/post-build.mjs` takes the inline
//! preload script's values from it too, and `tests/contract.rs` checks that no loader file
//! writes one of these values itself.

use crate::core::Lang;
use crate::i18n;

use super::mount::{self, option};
use super::storage;

/// A JavaScript string literal.
fn js(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        match c {
            '\'' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn js_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(js).collect();
    format!("[{}]", items.join(", "))
}

/// The name under which `element.dataset` holds a `data-*` attribute: `data-storage-key` is
/// `storageKey`.
pub fn dataset_name(attribute: &str) -> String {
    let mut name = String::new();
    let mut upper = false;
    for c in attribute.trim_start_matches("data-").chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            name.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            name.push(c);
        }
    }
    name
}

/// The class of the loader's own panels (a failed download, a crash), drawn in the shadow root
/// instead of the widget: the loader's alone, named here so its modules share one spelling.
pub const FALLBACK_CLASS: &str = "ct-fallback";

/// The host options the loader reads, as (the module's export, the attribute).
pub const LOADER_OPTIONS: [(&str, &str); 4] = [
    ("LANG_OPTION", option::LANG),
    ("STORAGE_KEY_OPTION", option::STORAGE_KEY),
    ("THEME_OPTION", option::THEME),
    ("LOAD_OPTION", option::LOAD),
];

/// The module `loader/generated/facts.js`.
pub fn module() -> String {
    let mut out = String::from(
        "// What the loader shares with the widget. Written by `cargo run --example texts` from\n\
         // src/web/facts.rs before each build: change them in Rust, not here.\n",
    );
    let mut export = |doc: &str, name: &str, value: String| {
        out.push_str(&format!("/** {doc} */\nexport const {name} = {value};\n"));
    };
    export(
        "The languages the widget speaks.",
        "LANGUAGES",
        js_list(Lang::ALL.map(Lang::code)),
    );
    export(
        "The language when nothing names one of them.",
        "DEFAULT_LANGUAGE",
        js(Lang::default().code()),
    );
    export(
        "Where a widget's language comes from, first to last (`language()`).",
        "LANGUAGE_ORDER",
        js_list(mount::LANGUAGE_ORDER.map(mount::LanguageSource::name)),
    );
    export(
        "The page address's parameter that chooses the language.",
        "LANGUAGE_PARAMETER",
        js(mount::LANGUAGE_PARAMETER),
    );
    export(
        "Every element it matches gets a widget.",
        "HOSTS",
        js(mount::HOST_SELECTOR),
    );
    for (name, attribute) in LOADER_OPTIONS {
        export(
            &format!("The host's `{attribute}`, as its `dataset` name."),
            name,
            js(&dataset_name(attribute)),
        );
    }
    export(
        "The standalone page's opt-in to offline use.",
        "STANDALONE",
        js(mount::STANDALONE_SELECTOR),
    );
    export(
        "The start of a widget's element ids (`ct1-title`): the widget's number.",
        "INSTANCE_ID",
        format!("/^{}\\d+-/", mount::INSTANCE_PREFIX),
    );
    export(
        "The class of the intro's Start button.",
        "START_CLASS",
        js(mount::START_CLASS),
    );
    export(
        "The class of the widget's root.",
        "ROOT_CLASS",
        js(mount::ROOT_CLASS),
    );
    export(
        "The class of the client's name field.",
        "INPUT_CLASS",
        js(mount::INPUT_CLASS),
    );
    export(
        "The class of each screen's heading.",
        "HEADING_CLASS",
        js(mount::HEADING_CLASS),
    );
    export(
        "The class of the loader's own panels (a failed download, a crash).",
        "FALLBACK_CLASS",
        js(FALLBACK_CLASS),
    );
    export(
        "The attribute on the widget's root that names its screen.",
        "SCREEN_ATTRIBUTE",
        js(mount::SCREEN_ATTRIBUTE),
    );
    export(
        "Where the data of a host without `data-storage-key` lives; a key `k` is `client-triage:k`.",
        "DEFAULT_KEY",
        js(storage::DEFAULT_KEY),
    );
    export(
        "The stored envelope's field with the reader's chosen language.",
        "STORED_LANG",
        js(storage::STORED_LANG),
    );
    export(
        "The stored envelope's schema version field.",
        "STORED_VERSION",
        js(storage::STORED_VERSION),
    );
    let texts: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| {
            let entries: Vec<String> = i18n::loader_texts(lang)
                .entries()
                .iter()
                .map(|(name, text)| format!("    {name}: {},", js(text)))
                .collect();
            format!("  {}: {{\n{}\n  }},", lang.code(), entries.join("\n"))
        })
        .collect();
    export(
        "The loader's own texts, per language.",
        "TEXT",
        format!("{{\n{}\n}}", texts.join("\n")),
    );
    out
}

/// The values of `module()` a loader file must take from it, never write itself: each as it
/// would be written whole (a string equal to it), and the selectors' parts, which may stand
/// inside a longer selector.
pub struct Shared {
    pub values: Vec<String>,
    /// Classes (`.ct-start`, a whole name: `.ct` is not in `.ct-start`) and attributes
    /// (`[data-screen`) as a selector names them.
    pub in_selectors: Vec<String>,
}

pub fn shared() -> Shared {
    let host_attribute = mount::HOST_SELECTOR.trim_matches(['[', ']']);
    let mut values: Vec<String> = Lang::ALL.map(|l| l.code().to_owned()).to_vec();
    values.extend(
        [
            mount::LANGUAGE_PARAMETER,
            mount::HOST_SELECTOR,
            host_attribute,
            mount::STANDALONE_SELECTOR,
            mount::START_CLASS,
            mount::ROOT_CLASS,
            mount::INPUT_CLASS,
            mount::HEADING_CLASS,
            FALLBACK_CLASS,
            mount::SCREEN_ATTRIBUTE,
            storage::DEFAULT_KEY,
            storage::STORED_LANG,
            storage::STORED_VERSION,
        ]
        .map(str::to_owned),
    );
    for (_, attribute) in LOADER_OPTIONS {
        values.push(attribute.to_owned());
        values.push(dataset_name(attribute));
    }
    for lang in Lang::ALL {
        values.extend(
            i18n::loader_texts(lang)
                .entries()
                .map(|(_, text)| text.to_owned()),
        );
    }
    let mut in_selectors: Vec<String> = [
        mount::START_CLASS,
        mount::ROOT_CLASS,
        mount::INPUT_CLASS,
        mount::HEADING_CLASS,
        FALLBACK_CLASS,
    ]
    .map(|class| format!(".{class}"))
    .to_vec();
    in_selectors.extend(
        [host_attribute, mount::SCREEN_ATTRIBUTE]
            .iter()
            .chain(LOADER_OPTIONS.iter().map(|(_, attribute)| attribute))
            .map(|attribute| format!("[{attribute}")),
    );
    in_selectors.push("client-triage-offline".to_owned());
    Shared {
        values,
        in_selectors,
    }
}
