//! Browser side effects, in one place: storage, mounting into the page, events to the host,
//! files, and telling the loader (`loader/embed.js`) when the module has crashed.

pub mod events;
pub mod files;
pub mod mount;
pub mod storage;

/// A constructed style sheet: CSSOM, not an inline style, so a strict CSP `style-src`
/// allows it. `None` where the browser cannot construct sheets.
pub(crate) fn constructed_sheet(css: &str) -> Option<web_sys::CssStyleSheet> {
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(css).ok()?;
    Some(sheet)
}

/// The loader listens for this on `window` and replaces every frozen widget with a panel.
pub const CRASH_EVENT: &str = "client-triage:crash";

/// Entry point of the wasm binary: report crashes to the loader, then mount every widget.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = format!("client-triage crashed: {info}");
        web_sys::console::error_1(&message.as_str().into());
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&message.as_str().into());
        if let (Some(window), Ok(event)) = (
            web_sys::window(),
            web_sys::CustomEvent::new_with_event_init_dict(CRASH_EVENT, &init),
        ) {
            let _ = window.dispatch_event(&event);
        }
    }));
    mount::mount_all();
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
