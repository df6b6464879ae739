//! The texts arrive as one file per language, fetched by the loader: it starts on the
//! language it expects while the module downloads, and hands over `load(lang)`, a promise of
//! a language's file. The widgets ask for the languages they start in, and later for the one
//! a reader switches to.

use std::cell::RefCell;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_futures::JsFuture;

use crate::core::Lang;
use crate::i18n::{self, LanguageFileError};

use super::mount;

thread_local! {
    /// The loader's `load(lang)`, `failed(host)` and `print(host)`.
    static LOADER: RefCell<Option<[js_sys::Function; 3]>> = const { RefCell::new(None) };
}

/// Takes the loader's ways to the browser: `load(lang)` gives a language's file (a promise of
/// its text); `failed(host)` tells the loader that this host's widget could not get its
/// language; `print(host)` prints that widget alone. The loader then mounts each host.
#[wasm_bindgen]
pub fn connect(load: js_sys::Function, failed: js_sys::Function, print: js_sys::Function) {
    LOADER.with(|slot| *slot.borrow_mut() = Some([load, failed, print]));
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
    let start = mount::Start {
        lang: Lang::from_tag(&lang).unwrap_or_default(),
        label,
        answer,
    };
    mount::mount(&host, start).is_some()
}

/// Calls `then` once `lang` is installed (at once if it is), or with `false` if its file could
/// not be loaded or read.
pub fn ensure(lang: Lang, then: impl FnOnce(bool) + 'static) {
    if i18n::is_installed(lang) {
        then(true);
        return;
    }
    let promise = LOADER.with(|slot| {
        let loader = slot.borrow();
        let [load, ..] = loader.as_ref()?;
        let file = load.call1(&wasm_bindgen::JsValue::NULL, &lang.code().into());
        Some(js_sys::Promise::resolve(&file.ok()?))
    });
    let Some(promise) = promise else {
        then(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let file = JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string());
        // Two widgets may have waited for the same language: the first one installs it.
        let outcome = match file {
            _ if i18n::is_installed(lang) => Ok(()),
            Some(file) => i18n::install(lang, file).map_err(|error| match error {
                LanguageFileError::Foreign => "the file is not its language file",
                LanguageFileError::Damaged => "the file is damaged",
            }),
            None => Err("the file could not be fetched"),
        };
        if let Err(reason) = outcome {
            web_sys::console::error_1(
                &format!("client-triage: no {} texts: {reason}", lang.code()).into(),
            );
        }
        then(outcome.is_ok());
    });
}

/// Tells the loader that the widget on `host` cannot start: it shows its "could not be loaded"
/// panel there.
pub fn report_failure(host: &web_sys::Element) {
    call_loader(1, host);
}

/// Prints the widget on `host` without the rest of the page: the loader marks it and hides the
/// page around it while printing (it owns the widget's style sheets).
pub fn print_alone(host: &web_sys::Element) {
    call_loader(2, host);
}

fn call_loader(which: usize, host: &web_sys::Element) {
    LOADER.with(|slot| {
        if let Some(loader) = slot.borrow().as_ref() {
            let _ = loader[which].call1(&wasm_bindgen::JsValue::NULL, host);
        }
    });
}
