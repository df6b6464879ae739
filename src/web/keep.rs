//! Whether the browser keeps the widget's data until the reader deletes it
//! (`navigator.storage.persist()`): without that, a browser may clear it under storage
//! pressure, and Safari clears script-written data after seven days of use without a visit.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::StorageManager;

/// Asks for persistent storage when `ask`, else only looks; calls back with the answer, or
/// with `None` where the browser has no `navigator.storage` (an insecure page, an old browser).
pub fn keep_data(ask: bool, done: yew::Callback<Option<bool>>) {
    let Some(manager) = storage_manager() else {
        done.emit(None);
        return;
    };
    let promise = if ask {
        manager.persist()
    } else {
        manager.persisted()
    };
    wasm_bindgen_futures::spawn_local(async move {
        let answer = match promise {
            Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
            Err(_) => None,
        };
        done.emit(answer);
    });
}

/// Checked, not assumed: calling a method of a missing `navigator.storage` would throw
/// through the module.
fn storage_manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    let has = |name| {
        js_sys::Reflect::get(&manager, &JsValue::from_str(name)).is_ok_and(|f| f.is_function())
    };
    (manager.is_object() && has("persist") && has("persisted")).then(|| manager.unchecked_into())
}
