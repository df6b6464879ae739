//! The only code that touches `localStorage`. Every access is guarded: a browser that blocks
//! storage (the getter throws, or returns null) or a full quota never breaks the widget.

use std::cell::RefCell;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Storage, StorageEvent};

use crate::core::schema::{self, Saved, StorageIssue};

/// Backups kept per key before the widget refuses to replace an unreadable value.
const MAX_BACKUPS: usize = 20;

/// Where the `n`-th unreadable value goes (from 1): `key.backup`, `key.backup-2`, …
pub fn backup_key(key: &str, n: usize) -> String {
    if n <= 1 {
        format!("{key}.backup")
    } else {
        format!("{key}.backup-{n}")
    }
}

/// Copies `raw` to the first free backup key (or finds it already kept there); never
/// overwrites an earlier backup. Returns the key, or `None` when none could be written.
fn keep_backup(storage: &Storage, key: &str, raw: &str) -> Option<String> {
    (1..=MAX_BACKUPS).find_map(|n| {
        let name = backup_key(key, n);
        match storage.get_item(&name) {
            Ok(Some(kept)) if kept == raw => Some(name),
            Ok(Some(_)) => None,
            Ok(None) => storage.set_item(&name, raw).is_ok().then_some(name),
            Err(_) => None,
        }
    })
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
    /// A value was there but could not be decoded; it was copied to `backup` first (or left
    /// in place, untouched, if no backup could be written).
    Unreadable {
        reason: String,
        raw: String,
        backup: Option<String>,
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
            let backup = keep_backup(&storage, key, &raw);
            if backup.is_some() {
                let _ = storage.remove_item(key);
            }
            Loaded::Unreadable {
                reason: error.to_string(),
                raw,
                backup,
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
        keep_backup(&storage, key, &existing).ok_or(StorageIssue::Unreadable)?;
    }
    storage
        .set_item(key, &schema::encode(saved, false))
        .map_err(|_| StorageIssue::Full)
}

thread_local! {
    /// Widgets on this page, by storage key: the browser's `storage` event reaches other tabs
    /// only, so two widgets sharing a key on one page are told about each other's writes here.
    static ON_THIS_PAGE: RefCell<Vec<(u32, String, yew::Callback<Saved>)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps a widget subscribed to changes of its data; dropping it unsubscribes.
pub struct Watch {
    widget: u32,
    _other_tabs: Option<EventListener>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        ON_THIS_PAGE.with(|all| all.borrow_mut().retain(|(w, _, _)| *w != self.widget));
    }
}

/// Calls back with the new data whenever another tab, or another widget on this page,
/// writes `key`.
pub fn watch(key: String, widget: u32, on_change: yew::Callback<Saved>) -> Watch {
    ON_THIS_PAGE.with(|all| {
        all.borrow_mut()
            .push((widget, key.clone(), on_change.clone()))
    });
    let other_tabs = web_sys::window().map(|window| {
        EventListener::new(&window, "storage", move |event| {
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
        })
    });
    Watch {
        widget,
        _other_tabs: other_tabs,
    }
}

/// Saves for `widget`, then tells the other widgets on this page that share the key — also
/// when storage is blocked, so they still agree in memory.
pub fn save_and_share(key: &str, widget: u32, saved: &Saved) -> Result<(), StorageIssue> {
    let result = save(key, saved);
    let others: Vec<_> = ON_THIS_PAGE.with(|all| {
        all.borrow()
            .iter()
            .filter(|(w, k, _)| *w != widget && k == key)
            .map(|(_, _, callback)| callback.clone())
            .collect()
    });
    for callback in others {
        callback.emit(saved.clone());
    }
    result
}
