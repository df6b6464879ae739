//! What the loader (`loader/embed/`) hands the module when it mounts the widgets, and the
//! module's calls back to it. The texts arrive as one file per language, fetched by the
//! loader: it starts on the language it expects while the module downloads, and `load(lang)`
//! gives a promise of a language's file. The widgets ask for the languages they start in, and
//! later for the one a reader switches to. A widget that cannot get its language is reported
//! back (`failed`), and printing one widget alone is the loader's (it owns the style sheets).

use std::cell::RefCell;

use wasm_bindgen_futures::JsFuture;

use crate::core::Lang;
use crate::i18n::{self, LanguageFileError};

/// The loader's functions, as `mount::connect` receives them.
pub struct Loader {
    /// `load(lang)`: a promise of the language's file.
    pub load: js_sys::Function,
    /// `failed(host)`: shows the host's "could not be loaded" panel.
    pub failed: js_sys::Function,
    /// `print(host)`: prints that widget alone.
    pub print: js_sys::Function,
}

thread_local! {
    static LOADER: RefCell<Option<Loader>> = const { RefCell::new(None) };
}

/// Keeps the loader's functions for the calls below (`mount::connect`).
pub fn keep(loader: Loader) {
    LOADER.with(|slot| *slot.borrow_mut() = Some(loader));
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
        let file = loader
            .as_ref()?
            .load
            .call1(&wasm_bindgen::JsValue::NULL, &lang.code().into());
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
    call_loader(|loader| &loader.failed, host);
}

/// Prints the widget on `host` without the rest of the page: the loader marks it and hides the
/// page around it while printing (it owns the widget's style sheets).
pub fn print_alone(host: &web_sys::Element) {
    call_loader(|loader| &loader.print, host);
}

fn call_loader(which: fn(&Loader) -> &js_sys::Function, host: &web_sys::Element) {
    LOADER.with(|slot| {
        if let Some(loader) = slot.borrow().as_ref() {
            let _ = which(loader).call1(&wasm_bindgen::JsValue::NULL, host);
        }
    });
}
