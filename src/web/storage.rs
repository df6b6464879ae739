//! The only code that touches `localStorage`. Every access is guarded: a browser that blocks
//! storage (the getter throws, or returns null) or a full quota never breaks the widget.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Storage, StorageEvent};

use crate::core::schema::{self, Saved, StorageIssue};

/// Where the raw value goes before a fresh start, so unreadable data is never lost.
pub fn backup_key(key: &str) -> String {
    format!("{key}.backup")
}

fn local_storage() -> Option<Storage> {
    // `Window.localStorage` throws SecurityError when cookies are blocked: that is `Err` here.
    web_sys::window()?.local_storage().ok().flatten()
}

/// What the widget found in storage at start-up.
pub enum Loaded {
    Saved(Saved),
    Nothing,
    /// Storage cannot be used at all; the widget runs in memory.
    Blocked,
    /// A value was there but could not be decoded; it was copied to the backup key first.
    Unreadable {
        reason: String,
        raw: String,
    },
}

pub fn load(key: &str) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Blocked;
    };
    let raw = match storage.get_item(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::Blocked,
    };
    match schema::decode(&raw) {
        Ok(saved) => Loaded::Saved(saved),
        Err(error) => {
            // Keep the unreadable value; only once it is safe elsewhere may the key be reused.
            if storage.set_item(&backup_key(key), &raw).is_ok() {
                let _ = storage.remove_item(key);
            }
            Loaded::Unreadable {
                reason: error.to_string(),
                raw,
            }
        }
    }
}

/// Writes the whole envelope in one `setItem`: another tab sees the old or the new value,
/// never a mix. An unreadable value that could not be backed up is never overwritten.
pub fn save(key: &str, saved: &Saved) -> Result<(), StorageIssue> {
    let storage = local_storage().ok_or(StorageIssue::Blocked)?;
    if let Ok(Some(existing)) = storage.get_item(key)
        && schema::decode(&existing).is_err()
    {
        storage
            .set_item(&backup_key(key), &existing)
            .map_err(|_| StorageIssue::Unreadable)?;
    }
    storage
        .set_item(key, &schema::encode(saved, false))
        .map_err(|_| StorageIssue::Full)
}

/// Calls back with the new data whenever another tab writes `key`.
pub fn watch_other_tabs(key: String, on_change: yew::Callback<Saved>) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else {
            return;
        };
        if event.key().as_deref() != Some(key.as_str()) {
            return;
        }
        // A value this tab cannot read is left alone: its own start-up path handles it.
        if let Some(saved) = event.new_value().and_then(|raw| schema::decode(&raw).ok()) {
            on_change.emit(saved);
        }
    }))
}
