//! The only code that touches `localStorage`. Every access is guarded: a browser that blocks
//! storage (the getter throws, or returns null) or a full quota never breaks the widget.
//!
//! Nothing is lost between tabs, pages and builds: each widget remembers the last value it read
//! or wrote (its `Slot`). A save first looks at what is stored; if somebody else wrote since
//! (another tab, a page restored with Back), that data is merged in before anything is written.
//! A value from a newer version of the widget is never backed up, replaced or written over.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{PageTransitionEvent, Storage, StorageEvent};

use crate::core::schema::{self, DecodeError, MAX_IMPORT_BYTES, Saved};
use crate::ui::StorageIssue;

/// The default key; a host's `data-storage-key` is namespaced under this prefix.
pub const DEFAULT_KEY: &str = "client-triage";

/// Backups kept per key before the widget refuses to replace an unreadable value. Few, so
/// that they cannot eat the origin's storage quota.
const MAX_BACKUPS: usize = 3;

/// The key the widget writes for a host's `data-storage-key`: prefixed, so that a key such as
/// `theme` never touches the host page's own `theme` value.
pub fn namespaced(given: Option<&str>) -> String {
    match given.map(str::trim).filter(|k| !k.is_empty()) {
        Some(given) => format!("{DEFAULT_KEY}:{given}"),
        None => DEFAULT_KEY.to_owned(),
    }
}

/// Where the `n`-th unreadable value goes (from 1): `key.backup`, `key.backup-2`, …
pub fn backup_key(key: &str, n: usize) -> String {
    if n <= 1 {
        format!("{key}.backup")
    } else {
        format!("{key}.backup-{n}")
    }
}

/// One widget's place in storage, and what it last saw there.
pub struct Slot {
    pub key: String,
    /// The stored string this widget last read or wrote: only a different one is decoded.
    last_seen: RefCell<Option<String>>,
    /// A newer version of the widget wrote here: read-only until the page is reloaded.
    newer: Cell<bool>,
}

impl Slot {
    pub fn new(key: String) -> Rc<Slot> {
        Rc::new(Slot {
            key,
            last_seen: RefCell::new(None),
            newer: Cell::new(false),
        })
    }

    fn saw(&self, value: Option<String>) {
        *self.last_seen.borrow_mut() = value;
    }

    fn is_new(&self, value: &Option<String>) -> bool {
        *self.last_seen.borrow() != *value
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
    /// A newer version of the widget saved here. It stays as it is; this one starts empty in
    /// memory and never writes.
    Newer,
    /// A value was there but could not be decoded; it was copied to `backup` first (or left
    /// in place, untouched, if no backup could be written).
    Unreadable {
        reason: String,
        raw: String,
        backup: Option<String>,
    },
}

/// Reads the slot's value. `legacy` is the un-prefixed key an older build used for this host:
/// its value moves to the slot's key, but only if it is this widget's data — anything else
/// under that name belongs to the host page and is left alone.
pub fn load(slot: &Slot, legacy: Option<&str>) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Blocked;
    };
    let raw = match storage.get_item(&slot.key) {
        Ok(Some(raw)) => raw,
        Ok(None) => match legacy.and_then(|old| migrate(&storage, old, &slot.key)) {
            Some(raw) => raw,
            None => return Loaded::Nothing,
        },
        Err(_) => return Loaded::Blocked,
    };
    slot.saw(Some(raw.clone()));
    match schema::decode(&raw) {
        Ok(saved) => Loaded::Saved(saved),
        Err(DecodeError::NewerVersion(_)) => {
            slot.newer.set(true);
            Loaded::Newer
        }
        Err(error) => {
            // Keep the unreadable value; only once it is safe elsewhere may the key be reused.
            let backup = keep_backup(&storage, &slot.key, &raw);
            if backup.is_some() && storage.remove_item(&slot.key).is_ok() {
                slot.saw(None);
            }
            Loaded::Unreadable {
                reason: error.to_string(),
                raw,
                backup,
            }
        }
    }
}

/// Moves this widget's data from `old` to `new`; returns it, or `None` if `old` holds
/// anything else (or nothing).
fn migrate(storage: &Storage, old: &str, new: &str) -> Option<String> {
    let raw = storage.get_item(old).ok().flatten()?;
    schema::decode(&raw).ok()?;
    storage.set_item(new, &raw).ok()?;
    let _ = storage.remove_item(old);
    Some(raw)
}

/// Read, merge and write in one step. If the stored value changed since this widget last saw
/// it (another tab, a page restored with Back), it is merged into what is written, and the
/// merged data comes back (`Ok(Some)`) for the widget to show. The whole envelope goes in one
/// `setItem`: another tab sees the old or the new value, never a mix. An unreadable value is
/// backed up before it is replaced, or never replaced; a newer version's value never is.
pub fn save(slot: &Slot, saved: &Saved) -> Result<Option<Saved>, StorageIssue> {
    if slot.newer.get() {
        return Err(StorageIssue::NewerVersion);
    }
    let storage = local_storage().ok_or(StorageIssue::Blocked)?;
    let existing = storage
        .get_item(&slot.key)
        .map_err(|_| StorageIssue::Blocked)?;
    let mut merged = None;
    if slot.is_new(&existing)
        && let Some(raw) = &existing
    {
        match schema::decode(raw) {
            Ok(theirs) => {
                let mut ours = saved.clone();
                ours.book.merge(&theirs.book, None);
                merged = Some(ours);
            }
            Err(DecodeError::NewerVersion(_)) => {
                slot.newer.set(true);
                return Err(StorageIssue::NewerVersion);
            }
            Err(_) => {
                keep_backup(&storage, &slot.key, raw).ok_or(StorageIssue::Unreadable)?;
            }
        }
    }
    let encoded = schema::encode(merged.as_ref().unwrap_or(saved), false)
        .map_err(|_| StorageIssue::Unwritable)?;
    if encoded.len() > MAX_IMPORT_BYTES {
        return Err(StorageIssue::TooLarge);
    }
    if existing.as_deref() != Some(encoded.as_str()) {
        storage
            .set_item(&slot.key, &encoded)
            .map_err(|_| StorageIssue::Full)?;
    }
    slot.saw(Some(encoded));
    Ok(merged)
}

thread_local! {
    /// Widgets on this page, by storage key: the browser's `storage` event reaches other tabs
    /// only, so two widgets sharing a key on one page are told about each other's writes here.
    static ON_THIS_PAGE: RefCell<Vec<(u32, String, yew::Callback<Saved>)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps a widget subscribed to changes of its data; dropping it unsubscribes.
pub struct Watch {
    widget: u32,
    _listeners: Vec<EventListener>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        ON_THIS_PAGE.with(|all| all.borrow_mut().retain(|(w, _, _)| *w != self.widget));
    }
}

/// Calls back with the new data whenever another tab, or another widget on this page, writes
/// the slot's key — and when the page comes back from the back/forward cache, which missed
/// every `storage` event in between.
pub fn watch(slot: Rc<Slot>, widget: u32, on_change: yew::Callback<Saved>) -> Watch {
    ON_THIS_PAGE.with(|all| {
        all.borrow_mut()
            .push((widget, slot.key.clone(), on_change.clone()))
    });
    let take = {
        let slot = slot.clone();
        move |value: Option<String>| {
            if !slot.is_new(&value) {
                return;
            }
            match value.as_deref().map(schema::decode) {
                Some(Ok(saved)) => {
                    slot.saw(value);
                    on_change.emit(saved);
                }
                Some(Err(DecodeError::NewerVersion(_))) => slot.newer.set(true),
                // Unreadable or removed: the next save handles it (backup first).
                _ => {}
            }
        }
    };
    let Some(window) = web_sys::window() else {
        return Watch {
            widget,
            _listeners: Vec::new(),
        };
    };
    let other_tabs = {
        let take = take.clone();
        let key = slot.key.clone();
        EventListener::new(&window, "storage", move |event| {
            if let Some(event) = event.dyn_ref::<StorageEvent>()
                && event.key().as_deref() == Some(key.as_str())
            {
                take(event.new_value());
            }
        })
    };
    let restored = EventListener::new(&window, "pageshow", move |event| {
        let from_cache = event
            .dyn_ref::<PageTransitionEvent>()
            .is_some_and(PageTransitionEvent::persisted);
        if from_cache && let Some(storage) = local_storage() {
            take(storage.get_item(&slot.key).ok().flatten());
        }
    });
    Watch {
        widget,
        _listeners: vec![other_tabs, restored],
    }
}

/// Saves for `widget`, then tells the other widgets on this page that share the key — also
/// when storage is blocked, so they still agree in memory.
pub fn save_and_share(
    slot: &Slot,
    widget: u32,
    saved: &Saved,
) -> Result<Option<Saved>, StorageIssue> {
    let result = save(slot, saved);
    let written = match &result {
        Ok(Some(merged)) => merged,
        _ => saved,
    };
    let others: Vec<_> = ON_THIS_PAGE.with(|all| {
        all.borrow()
            .iter()
            .filter(|(w, k, _)| *w != widget && *k == slot.key)
            .map(|(_, _, callback)| callback.clone())
            .collect()
    });
    for callback in others {
        callback.emit(written.clone());
    }
    result
}
