//! Browser side effects, in one place: storage, mounting into the page, events to the host,
//! files, and telling the loader (`loader/embed/`) when the module has crashed.

use std::cell::RefCell;

use wasm_bindgen::prelude::wasm_bindgen;

pub mod events;
#[cfg(not(target_arch = "wasm32"))]
pub mod facts;
pub mod files;
pub mod keep;
pub mod loader;
pub mod mount;
pub mod storage;

thread_local! {
    /// The loader's private callback for a crash. Not a page event: any script on the page
    /// could fire an event and replace every widget with the crash panel.
    static CRASH_REPORT: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Called once by the loader after the module started: `report` is how a panic reaches it.
/// (A panic while starting surfaces to the loader as the start-up's own `RuntimeError`.)
#[wasm_bindgen]
pub fn crash_channel(report: js_sys::Function) {
    CRASH_REPORT.with(|slot| *slot.borrow_mut() = Some(report));
}

/// Entry point of the wasm binary: report crashes to the loader. The loader then mounts the
/// widgets through `mount::connect` (how to load a language's texts) and `mount::mount_host`.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = format!("client-triage crashed: {info}");
        web_sys::console::error_1(&message.as_str().into());
        CRASH_REPORT.with(|slot| {
            if let Some(report) = slot.borrow().as_ref() {
                let _ = report.call1(&wasm_bindgen::JsValue::NULL, &message.as_str().into());
            }
        });
    }));
    #[cfg(debug_assertions)]
    panic_on_request();
}

/// Debug builds only: `?ct-panic` makes the first click inside a widget panic, so that the
/// loader's crash panel can be tested. Release builds do not contain it.
#[cfg(debug_assertions)]
fn panic_on_request() {
    let asked = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|search| search.contains("ct-panic"));
    if asked {
        gloo::events::EventListener::new(&gloo::utils::document(), "click", |_| {
            panic!("deliberate panic (?ct-panic, debug build)");
        })
        .forget();
    }
}
