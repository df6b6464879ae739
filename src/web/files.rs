//! Files in and out: downloads built in memory, chosen files read as text.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

use crate::core::schema::{DecodeError, MAX_IMPORT_BYTES};
use crate::ui::Download;

/// How long a download's object URL lives: Safari on iOS fetches it only after `click()`
/// returns, and a URL revoked at once breaks its download (WebKit bug 211234).
const REVOKE_AFTER_MS: i32 = 60_000;

/// Offers `download` as a file; works without storage and offline. `false` where the browser
/// could not even start the download.
pub fn save_file(download: &Download) -> bool {
    let parts = js_sys::Array::of1(&download.content.as_str().into());
    let options = BlobPropertyBag::new();
    options.set_type(download.mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(anchor) = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    else {
        let _ = Url::revoke_object_url(&url);
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(&download.name);
    anchor.click();
    // `setTimeout(URL.revokeObjectURL, ms, url)`: no closure to keep (each is glue of its own).
    let window = gloo::utils::window();
    if let Ok(revoke) = js_sys::Reflect::get(&window, &"URL".into())
        .and_then(|constructor| js_sys::Reflect::get(&constructor, &"revokeObjectURL".into()))
    {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_1(
            revoke.unchecked_ref(),
            REVOKE_AFTER_MS,
            &url.into(),
        );
    }
    true
}

/// Reads `file` as text and calls back with it, or with the browser's reason.
pub fn read_text(file: File, done: yew::Callback<Result<String, String>>) {
    // Refused before reading: a huge file would be read whole before any other check.
    if file.size() > MAX_IMPORT_BYTES as f64 {
        done.emit(Err(DecodeError::TooLarge(file.size() as usize).to_string()));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .map(|text| text.as_string().unwrap_or_default())
            .map_err(|error| {
                error
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_else(|| "unknown error".to_owned())
            });
        done.emit(result);
    });
}

/// Puts `text` on the clipboard; calls back `false` where the browser refuses (no permission,
/// not a secure context), so the UI can say so.
pub fn copy_text(text: String, done: yew::Callback<bool>) {
    let Some(window) = web_sys::window() else {
        done.emit(false);
        return;
    };
    // Outside a secure context (a blog on plain http) browsers have no `navigator.clipboard`:
    // calling it would throw.
    let navigator = window.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into());
    if !clipboard.is_ok_and(|clipboard| clipboard.is_object()) {
        done.emit(false);
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
