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
/// The stored envelope's fields the loader reads before the module (`core::schema` writes
/// them): the reader's chosen language, and the schema's version.
pub const STORED_LANG: &str = "lang";
pub const STORED_VERSION: &str = "version";

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

/// The un-prefixed key an older build used for a host's `data-storage-key`, if any. Never a
/// key in the widget's own namespace: `data-storage-key="client-triage"` must not take the
/// default key's data (the standalone page's, every unkeyed post's) for its own.
pub fn legacy_key(given: Option<&str>) -> Option<String> {
    given
        .map(str::trim)
        .filter(|k| !k.is_empty() && !k.starts_with(DEFAULT_KEY))
        .map(str::to_owned)
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
    /// The un-prefixed key an older build wrote for this host (`legacy_key`).
    legacy: Option<String>,
    /// The stored string this widget last read or wrote: only a different one is decoded.
    last_seen: RefCell<Option<String>>,
    /// A newer version of the widget wrote here: read-only until the page is reloaded.
    newer: Cell<bool>,
}

impl Slot {
    /// The slot for a host's `data-storage-key` (`None`: the default key).
    pub fn for_host(given: Option<&str>) -> Rc<Slot> {
        Rc::new(Slot {
            key: namespaced(given),
            legacy: legacy_key(given),
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
    /// This widget's data under the host's key from before the prefix, copied to the slot's
    /// key now. The loader does not read that key, so the language the reader chose there is
    /// news to it.
    Copied(Saved),
    Nothing,
    /// Storage cannot be used at all; the widget runs in memory.
    Blocked,
    /// A newer version of the widget saved here. It stays as it is; this one starts empty in
    /// memory and never writes.
    Newer,
    /// A value was there but could not be decoded; it was copied to `backup` first, or, if
    /// no backup could be written (backups taken, quota full), left in place: no save writes
    /// over it until it can be backed up, or the reader deletes all data.
    Unreadable {
        reason: String,
        raw: String,
        backup: Option<String>,
    },
}

/// Reads the slot's value, or this widget's data under the slot's legacy key (copied over;
/// anything else under that name belongs to the host page and is left alone).
pub fn load(slot: &Slot) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Blocked;
    };
    let raw = match storage.get_item(&slot.key) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            let legacy = slot.legacy.as_deref();
            return match legacy.and_then(|old| migrate(&storage, old, &slot.key)) {
                Some((raw, saved)) => {
                    slot.saw(Some(raw));
                    Loaded::Copied(saved)
                }
                None => Loaded::Nothing,
            };
        }
        Err(_) => return Loaded::Blocked,
    };
    match schema::decode(&raw) {
        Ok(saved) => {
            slot.saw(Some(raw));
            Loaded::Saved(saved)
        }
        Err(DecodeError::NewerVersion(_)) => {
            slot.saw(Some(raw));
            slot.newer.set(true);
            Loaded::Newer
        }
        Err(error) => {
            // Never marked as seen: a save then meets it as new and backs it up first, or
            // refuses to write over it (`save`).
            let backup = keep_backup(&storage, &slot.key, &raw);
            if backup.is_some() {
                let _ = storage.remove_item(&slot.key);
            }
            Loaded::Unreadable {
                reason: error.to_string(),
                raw,
                backup,
            }
        }
    }
}

/// Copies this widget's data from `old` to `new`; returns it (as stored and decoded), or
/// `None` if `old` holds anything else (or nothing): the module's one rule for what is its own. A copy, not a move: an older build still reading `old` keeps
/// its data, and nothing is lost if writing `new` half fails.
fn migrate(storage: &Storage, old: &str, new: &str) -> Option<(String, Saved)> {
    let raw = storage.get_item(old).ok().flatten()?;
    let saved = schema::decode(&raw).ok()?;
    storage.set_item(new, &raw).ok()?;
    Some((raw, saved))
}

/// "Delete all data": removes everything the widget keeps for this slot — the value, its
/// backups, and this widget's data under the legacy key (which `load` would copy back) —
/// and tells the other widgets on this page, as the `storage` event tells other tabs.
/// A newer version's data is not this widget's to delete.
pub fn forget(slot: &Slot, widget: u32) -> Result<(), StorageIssue> {
    if slot.newer.get() {
        return Err(StorageIssue::NewerVersion);
    }
    let storage = local_storage().ok_or(StorageIssue::Blocked)?;
    let mut keys: Vec<String> = (1..=MAX_BACKUPS)
        .map(|n| backup_key(&slot.key, n))
        .collect();
    keys.push(slot.key.clone());
    if let Some(old) = &slot.legacy
        && let Ok(Some(raw)) = storage.get_item(old)
        && schema::decode(&raw).is_ok()
    {
        keys.push(old.clone());
    }
    for key in keys {
        storage
            .remove_item(&key)
            .map_err(|_| StorageIssue::Blocked)?;
    }
    slot.saw(None);
    for callback in others_on_this_page(slot, widget) {
        callback.emit(None);
    }
    Ok(())
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
    // A page view, or a deletion of everything, that leaves nothing worth keeping writes nothing.
    if existing.is_none() && saved.carries_nothing() {
        slot.saw(None);
        return Ok(None);
    }
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
                keep_backup(&storage, &slot.key, raw).ok_or(StorageIssue::UnreadableKept)?;
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

/// What a widget is told when its data changed elsewhere: the new data, or `None` when it was
/// deleted.
type OnChange = yew::Callback<Option<Saved>>;

thread_local! {
    /// Widgets on this page, by storage key: the browser's `storage` event reaches other tabs
    /// only, so two widgets sharing a key on one page are told about each other's writes here.
    static ON_THIS_PAGE: RefCell<Vec<(u32, String, OnChange)>> = const { RefCell::new(Vec::new()) };
}

/// The other widgets on this page that share `slot`'s key.
fn others_on_this_page(slot: &Slot, widget: u32) -> Vec<OnChange> {
    ON_THIS_PAGE.with(|all| {
        all.borrow()
            .iter()
            .filter(|(w, k, _)| *w != widget && *k == slot.key)
            .map(|(_, _, callback)| callback.clone())
            .collect()
    })
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
/// every `storage` event in between. `None`: the data this widget had seen was deleted
/// ("Delete all data" elsewhere), and the widget lets go of it too.
pub fn watch(slot: Rc<Slot>, widget: u32, on_change: OnChange) -> Watch {
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
                    on_change.emit(Some(saved));
                }
                Some(Err(DecodeError::NewerVersion(_))) => slot.newer.set(true),
                None => {
                    slot.saw(None);
                    on_change.emit(None);
                }
                // Unreadable: the next save handles it (backup first).
                Some(Err(_)) => {}
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
    for callback in others_on_this_page(slot, widget) {
        callback.emit(Some(written.clone()));
    }
    result
}
