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
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{PageTransitionEvent, Storage, StorageEvent};

use crate::core::Book;
use crate::core::schema::{self, DecodeError, MAX_IMPORT_BYTES, Saved};
use crate::ui::{Elsewhere, Persisted, StorageIssue};

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

/// The un-prefixed key an older build used for a host's `data-storage-key`, if any. Never one
/// of the widget's own keys: `data-storage-key="client-triage"` must not take the default
/// key's data (the standalone page's, every unkeyed post's) for its own. A host key that only
/// begins like them (`client-triage-demo-de`, as the blog demo has it) is the host's.
pub fn legacy_key(given: Option<&str>) -> Option<String> {
    given
        .map(str::trim)
        .filter(|k| !k.is_empty() && !is_own_key(k))
        .map(str::to_owned)
}

/// The widget's own keys: `client-triage`, `client-triage:<host key>`, and their backups
/// (`client-triage.backup`, `client-triage.backup:<host key>`, …).
fn is_own_key(key: &str) -> bool {
    key.strip_prefix(DEFAULT_KEY)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '.']))
}

/// Where the `n`-th unreadable value of the slot `key` goes (from 1): `client-triage.backup`,
/// `client-triage.backup-2`, … for the default key; `client-triage.backup:post`,
/// `client-triage.backup-2:post`, … for the host key `post`. Never a key data is stored
/// under (`client-triage` or `client-triage:…`), whatever a host's key says.
pub fn backup_key(key: &str, n: usize) -> String {
    let number = if n <= 1 {
        String::new()
    } else {
        format!("-{n}")
    };
    let host = key.strip_prefix(DEFAULT_KEY).unwrap_or(key);
    format!("{DEFAULT_KEY}.backup{number}{host}")
}

/// Every backup key of the slot `key`, first to last.
fn backup_keys(key: &str) -> impl Iterator<Item = String> + '_ {
    (1..=MAX_BACKUPS).map(move |n| backup_key(key, n))
}

/// Where builds before this one kept a host key's backups: `client-triage:post.backup`, which
/// is also the data key of the host key `post.backup`.
fn earlier_backup_key(key: &str, n: usize) -> String {
    if n <= 1 {
        format!("{key}.backup")
    } else {
        format!("{key}.backup-{n}")
    }
}

/// Moves a host key's backups from where earlier builds kept them to `backup_key`. A value
/// there that decodes (or comes from a newer version) is another host's data, never a backup
/// (backups are of values that could not be read): it stays where it is.
fn move_earlier_backups(storage: &Storage, key: &str) {
    if key == DEFAULT_KEY {
        return; // the default key's backups keep their names
    }
    for n in 1..=MAX_BACKUPS {
        let old = earlier_backup_key(key, n);
        let Ok(Some(raw)) = storage.get_item(&old) else {
            continue;
        };
        let backup = matches!(schema::decode(&raw), Err(error) if !matches!(error, DecodeError::NewerVersion(_)));
        if backup && keep_backup(storage, key, &raw).is_some() {
            let _ = storage.remove_item(&old);
        }
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
    /// And this tab was told to reload for it before: reloading did not bring the newer
    /// version, so the reader is not asked again (`newer_issue`).
    reloaded_in_vain: Cell<bool>,
    /// The value copied from the legacy key at start-up: it goes from there with the first
    /// save (`save`), unless an older build wrote there since.
    legacy_copy: RefCell<Option<String>>,
    /// The backups (key and value) there when this widget last read or wrote: one that is new
    /// since, or holds something new, is another tab's move of an unreadable value
    /// (`moved_since_seen`).
    backups_seen: RefCell<Vec<(String, String)>>,
    /// The widget holds something storage lacks — its last save failed, or it took in data
    /// from the legacy key it has not written yet — so news from elsewhere is merged into it
    /// rather than taken in its place (`news`).
    unwritten: Cell<bool>,
}

impl Slot {
    /// The slot for a host's `data-storage-key` (`None`: the default key).
    pub fn for_host(given: Option<&str>) -> Rc<Slot> {
        Rc::new(Slot {
            key: namespaced(given),
            legacy: legacy_key(given),
            last_seen: RefCell::new(None),
            newer: Cell::new(false),
            reloaded_in_vain: Cell::new(false),
            legacy_copy: RefCell::new(None),
            backups_seen: RefCell::new(Vec::new()),
            unwritten: Cell::new(false),
        })
    }

    /// What this widget is told of `saved`, the data as stored now (`Elsewhere::Superseded`).
    fn news(&self, saved: Saved) -> Elsewhere {
        if self.unwritten.get() {
            Elsewhere::Changed(saved)
        } else {
            Elsewhere::Superseded(saved)
        }
    }

    fn saw(&self, value: Option<String>) {
        *self.last_seen.borrow_mut() = value;
    }

    fn is_new(&self, value: &Option<String>) -> bool {
        *self.last_seen.borrow() != *value
    }

    /// Whether all data was deleted elsewhere since this widget last saw it, judged by what is
    /// stored now (`None`: nothing; `Some`: decoded): a value that vanished, or one written
    /// afresh after the deletion (`Book::emptied_since`). Then nothing this widget still holds
    /// may be written back: the reader deleted it.
    fn deleted_since_seen(&self, now: Option<&Book>) -> bool {
        let seen = self.last_seen.borrow();
        let Some(seen) = seen.as_deref().and_then(|raw| schema::decode(raw).ok()) else {
            return false;
        };
        now.is_none_or(|now| now.emptied_since(&seen.book))
    }

    /// A newer version's data was found: read-only from now on. The first time in this tab
    /// the reader is asked to reload; found again after that, the reload did not bring the
    /// newer version (a stale cache, or it runs at another address on this site), and asking
    /// again would send the reader round in circles.
    /// The marker names the page view that asked: every widget of that view sharing the key
    /// says the same.
    fn found_newer(&self) -> StorageIssue {
        if !self.newer.replace(true)
            && let Some(session) = session_storage()
        {
            let marker = reload_marker(&self.key);
            let view = PAGE_VIEW.with(Clone::clone);
            match session.get_item(&marker).ok().flatten() {
                Some(asked) => self.reloaded_in_vain.set(asked != view),
                None => {
                    let _ = session.set_item(&marker, &view);
                }
            }
        }
        self.newer_issue()
    }

    /// Notes which backups are there now: one that turns up later is another tab's move.
    fn look_at_backups(&self, storage: &Storage) {
        *self.backups_seen.borrow_mut() = present_backups(storage, &self.key);
    }

    /// Whether another tab found the value unreadable (something else wrote over it) and moved
    /// it to a backup since this widget last looked: a backup that was not there then, or that
    /// holds something else (its name freed by "Delete the unreadable data" and taken again).
    /// What this widget holds may then be the only good copy: it is merged into whatever is
    /// stored now and written back, never taken for a deletion. Backups left from earlier do
    /// not count: a removal beside them is a deletion.
    fn moved_since_seen(&self, storage: &Storage) -> bool {
        let seen = self.backups_seen.borrow();
        present_backups(storage, &self.key)
            .iter()
            .any(|backup| !seen.contains(backup))
    }

    /// The same, judged also by what a removal took away (`removed`, the storage event's old
    /// value): an unreadable value that a backup holds as it is was moved there, even when the
    /// backup was kept before — the same value written over the data twice (re-review 8, N9).
    /// "Delete all data" removes the backups before the data, so it never looks like this.
    /// Such a backup then counts as unseen, so that every save judges the removal a move while
    /// it is there, and a deletion once "Delete all data" took it (re-review 9, D1).
    fn moved(&self, storage: &Storage, removed: Option<&str>) -> bool {
        if let Some(raw) = removed
            && matches!(schema::decode(raw), Err(e) if !matches!(e, DecodeError::NewerVersion(_)))
        {
            self.backups_seen
                .borrow_mut()
                .retain(|(_, kept)| kept != raw);
        }
        self.moved_since_seen(storage)
    }

    /// What this widget last saw, decoded.
    fn seen_saved(&self) -> Option<Saved> {
        let seen = self.last_seen.borrow();
        seen.as_deref().and_then(|raw| schema::decode(raw).ok())
    }

    fn newer_issue(&self) -> StorageIssue {
        if self.reloaded_in_vain.get() {
            StorageIssue::NewerVersionNotLoaded
        } else {
            StorageIssue::NewerVersion
        }
    }
}

thread_local! {
    /// This page view, told apart from the tab's earlier ones (a reload starts a new module).
    /// Its start time, written by JavaScript: no number formatting in the wasm for it.
    static PAGE_VIEW: String = js_sys::Date::new_0().to_iso_string().into();
}

/// Where a tab remembers (in sessionStorage: this tab only, across reloads) that it asked the
/// reader to reload for a newer version.
fn reload_marker(key: &str) -> String {
    format!("{key}.reload-asked")
}

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Data this version can read: any earlier request to reload is settled.
fn forget_reload_marker(key: &str) {
    let marker = reload_marker(key);
    if let Some(session) = session_storage()
        && session.get_item(&marker).ok().flatten().is_some()
    {
        let _ = session.remove_item(&marker);
    }
}

/// Copies `raw` to the first free backup key (or finds it already kept there); never
/// overwrites an earlier backup. Returns the key, or `None` when none could be written.
fn keep_backup(storage: &Storage, key: &str, raw: &str) -> Option<String> {
    backup_keys(key).find_map(|name| match storage.get_item(&name) {
        Ok(Some(kept)) if kept == raw => Some(name),
        Ok(Some(_)) => None,
        Ok(None) => storage.set_item(&name, raw).is_ok().then_some(name),
        Err(_) => None,
    })
}

/// What is stored under `key` now (`None` also where storage is out of reach).
fn stored_value(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

fn local_storage() -> Option<Storage> {
    // `Window.localStorage` throws SecurityError when cookies are blocked: that is `Err` here.
    web_sys::window()?.local_storage().ok().flatten()
}

/// What the widget found in storage at start-up.
pub enum Loaded {
    Saved(Saved),
    /// This widget's data under the host's key from before the prefix, copied to the slot's
    /// key now (`copied`), or read from there while the browser's storage has no room for the
    /// copy: the first save that works makes it. The loader does not read that key, so the
    /// language the reader chose there is news to it.
    Copied {
        saved: Saved,
        copied: bool,
    },
    Nothing,
    /// Storage cannot be used at all; the widget runs in memory.
    Blocked,
    /// A newer version of the widget saved here. It stays as it is; this one starts empty in
    /// memory and never writes. The issue says whether a reload may help.
    Newer(StorageIssue),
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
    move_earlier_backups(&storage, &slot.key);
    let loaded = load_from(&storage, slot);
    slot.look_at_backups(&storage);
    loaded
}

fn load_from(storage: &Storage, slot: &Slot) -> Loaded {
    let raw = match storage.get_item(&slot.key) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            let legacy = slot.legacy.as_deref();
            forget_reload_marker(&slot.key);
            return match legacy.and_then(|old| read_legacy(storage, old)) {
                Some((raw, saved)) => {
                    let copied = storage.set_item(&slot.key, &raw).is_ok();
                    slot.saw(Some(raw.clone()).filter(|_| copied));
                    *slot.legacy_copy.borrow_mut() = Some(raw);
                    Loaded::Copied { saved, copied }
                }
                None => Loaded::Nothing,
            };
        }
        Err(_) => return Loaded::Blocked,
    };
    match schema::decode(&raw) {
        Ok(mut saved) => {
            forget_reload_marker(&slot.key);
            slot.saw(Some(raw));
            // Still there after the copy: written since by a tab that runs a build from before
            // the prefix (or not yet removed: no change since the copy). Taken in; it goes
            // with the first save, as the copy does.
            if let Some((old, theirs)) = slot
                .legacy
                .as_deref()
                .and_then(|old| read_legacy(storage, old))
            {
                saved.book.merge(&theirs.book, None);
                *slot.legacy_copy.borrow_mut() = Some(old);
                // Held here, not yet written: news from elsewhere is merged into it
                // (re-review 9, L1).
                slot.unwritten.set(true);
            }
            Loaded::Saved(saved)
        }
        Err(DecodeError::NewerVersion(_)) => {
            slot.saw(Some(raw));
            Loaded::Newer(slot.found_newer())
        }
        Err(error) => {
            // Never marked as seen: a save then meets it as new and backs it up first, or
            // refuses to write over it (`save`).
            let backup = keep_backup(storage, &slot.key, &raw);
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

/// This widget's data under the host's key from before the prefix (as stored and decoded), or
/// `None` if `old` holds anything else (or nothing): the module's one rule for what is its
/// own. Copied, and left there until the reader changes something (`save` then removes it):
/// an older build still reading `old` keeps its data meanwhile, and a stale copy keeps
/// nothing the reader deletes later.
fn read_legacy(storage: &Storage, old: &str) -> Option<(String, Saved)> {
    let raw = storage.get_item(old).ok().flatten()?;
    let saved = schema::decode(&raw).ok()?;
    Some((raw, saved))
}

/// The unreadable values kept as backups for this slot, oldest first.
pub fn backups(slot: &Slot) -> Vec<String> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    backup_keys(&slot.key)
        .filter_map(|name| storage.get_item(&name).ok().flatten())
        .collect()
}

fn present_backups(storage: &Storage, key: &str) -> Vec<(String, String)> {
    backup_keys(key)
        .filter_map(|name| {
            let value = storage.get_item(&name).ok().flatten()?;
            Some((name, value))
        })
        .collect()
}

/// Removes the backups of unreadable values (the reader has them, or wants them gone).
pub fn forget_backups(slot: &Slot) -> Result<(), StorageIssue> {
    let storage = local_storage().ok_or(StorageIssue::Blocked)?;
    for name in backup_keys(&slot.key) {
        storage
            .remove_item(&name)
            .map_err(|_| StorageIssue::Blocked)?;
    }
    slot.look_at_backups(&storage);
    Ok(())
}

/// "Delete all data": removes everything the widget keeps for this slot — the value, its
/// backups, and this widget's data under the legacy key (which `load` would copy back) —
/// and tells the other widgets on this page, as the `storage` event tells other tabs.
/// A newer version's data is not this widget's to delete.
pub fn forget(slot: &Slot, widget: u32) -> Result<(), StorageIssue> {
    if slot.newer.get() {
        return Err(slot.newer_issue());
    }
    let storage = local_storage().ok_or(StorageIssue::Blocked)?;
    let mut keys: Vec<String> = backup_keys(&slot.key).collect();
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
    slot.look_at_backups(&storage);
    for (other, callback) in others_on_this_page(slot, widget) {
        other.look_at_backups(&storage);
        callback.emit(Elsewhere::Deleted);
    }
    Ok(())
}

/// Read, merge and write in one step. If the stored value changed since this widget last saw
/// it (another tab, a page restored with Back), it is merged into what is written, and the
/// merged data comes back (`Persisted::Merged`) for the widget to show — unless all data was
/// deleted elsewhere meanwhile: then nothing is written (`Persisted::DeletedElsewhere`), even
/// before this tab hears of the deletion. The whole envelope goes in one `setItem`: another
/// tab sees the old or the new value, never a mix. An unreadable value is backed up before it
/// is replaced, or never replaced; a newer version's value never is.
pub fn save(slot: &Slot, saved: &Saved) -> Result<Persisted, StorageIssue> {
    let result = write(slot, saved);
    slot.unwritten.set(result.is_err());
    result
}

fn write(slot: &Slot, saved: &Saved) -> Result<Persisted, StorageIssue> {
    if slot.newer.get() {
        return Err(slot.newer_issue());
    }
    let storage = local_storage().ok_or(StorageIssue::Blocked)?;
    let existing = storage
        .get_item(&slot.key)
        .map_err(|_| StorageIssue::Blocked)?;
    // A page view, or a deletion of everything, that leaves nothing worth keeping writes nothing
    // — and never over data stored meanwhile: that is taken in instead (re-review 9, FS1).
    if saved.carries_nothing() {
        match existing.as_deref().map(schema::decode) {
            None => {
                slot.saw(None);
                return Ok(Persisted::Done);
            }
            Some(Ok(theirs)) => {
                slot.saw(existing);
                slot.look_at_backups(&storage);
                return Ok(Persisted::Merged(theirs));
            }
            Some(Err(_)) => {}
        }
    }
    let mut merged = None;
    if slot.is_new(&existing) {
        let theirs = existing.as_deref().map(schema::decode);
        let readable = match &theirs {
            Some(Ok(theirs)) => Some(&theirs.book),
            _ => None,
        };
        if matches!(theirs, None | Some(Ok(_)))
            && !slot.moved_since_seen(&storage)
            && slot.deleted_since_seen(readable)
        {
            // Seen as nothing: what is stored now, if anything, is merged in like news.
            slot.saw(None);
            slot.look_at_backups(&storage);
            return Ok(Persisted::DeletedElsewhere);
        }
        match theirs {
            None => {}
            Some(Ok(theirs)) => {
                let mut ours = saved.clone();
                ours.book.merge(&theirs.book, None);
                // A language the reader chose in another tab stays chosen where this one has
                // no choice of its own (a choice here is the later one).
                ours.lang = ours.lang.or(theirs.lang);
                merged = Some(ours);
            }
            Some(Err(DecodeError::NewerVersion(_))) => return Err(slot.found_newer()),
            Some(Err(_)) => {
                let raw = existing.as_deref().unwrap_or_default();
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
    slot.look_at_backups(&storage);
    // The copy left under the legacy key at start-up is out of date from the first change on:
    // it would keep what the reader deletes. Unless an older build wrote there since, it goes.
    if let (Some(copied), Some(old)) = (slot.legacy_copy.take(), &slot.legacy)
        && storage.get_item(old).ok().flatten() == Some(copied)
    {
        let _ = storage.remove_item(old);
    }
    Ok(merged.map_or(Persisted::Done, Persisted::Merged))
}

/// Whether other copies of the widget on this site keep data in this browser under keys of
/// their own (another `data-storage-key`, or none): "Delete all data" here leaves it alone,
/// and the confirmation says so.
pub fn others_keep_data(slot: &Slot) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    let mine: Vec<String> = backup_keys(&slot.key).chain([slot.key.clone()]).collect();
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .any(|key| is_own_key(&key) && !mine.contains(&key))
}

/// What a widget is told when its data changed elsewhere.
type OnChange = yew::Callback<Elsewhere>;

thread_local! {
    /// Widgets on this page, by storage key: the browser's `storage` event reaches other tabs
    /// only, so two widgets sharing a key on one page are told about each other's writes here.
    static ON_THIS_PAGE: RefCell<Vec<(u32, Rc<Slot>, OnChange)>> = const { RefCell::new(Vec::new()) };
}

/// The other widgets on this page that share `slot`'s key, with their slots.
fn others_on_this_page(slot: &Slot, widget: u32) -> Vec<(Rc<Slot>, OnChange)> {
    ON_THIS_PAGE.with(|all| {
        all.borrow()
            .iter()
            .filter(|(w, other, _)| *w != widget && other.key == slot.key)
            .map(|(_, other, callback)| (other.clone(), callback.clone()))
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
            .push((widget, slot.clone(), on_change.clone()))
    });
    let take = {
        let slot = slot.clone();
        move |value: Option<String>, removed: Option<String>| {
            let Some(storage) = local_storage() else {
                return;
            };
            if !slot.is_new(&value) {
                // Nothing new here, but the backups may be: seen, they are no move later
                // (re-review 8, N12).
                slot.look_at_backups(&storage);
                return;
            }
            // Another tab moved an unreadable value to a backup since this widget last
            // looked: what it holds goes back, merged into whatever is stored now (read
            // afresh, not from a late event). Where there is no room, it is kept here, and
            // the next save tries again while the move is still news.
            if slot.moved(&storage, removed.as_deref())
                && let Some(ours) = slot.seen_saved()
            {
                // What the widget holds beyond `ours` stays unwritten if this fails, and is
                // not written by it if it works (re-review 9, D2).
                let put_back = write(&slot, &ours);
                if put_back.is_err() {
                    slot.unwritten.set(true);
                }
                match put_back {
                    Ok(Persisted::Merged(merged)) => on_change.emit(Elsewhere::Changed(merged)),
                    Err(issue) => on_change.emit(Elsewhere::NotKept(issue)),
                    Ok(_) => {}
                }
                return;
            }
            slot.look_at_backups(&storage);
            match value.as_deref().map(schema::decode) {
                Some(Ok(saved)) => {
                    // Written afresh after a deletion this widget missed (a page restored
                    // with Back sees only the last value): it lets go of the old data first.
                    let deleted = slot.deleted_since_seen(Some(&saved.book));
                    slot.saw(value);
                    if deleted {
                        on_change.emit(Elsewhere::Deleted);
                    }
                    on_change.emit(slot.news(saved));
                }
                Some(Err(DecodeError::NewerVersion(_))) => {
                    slot.found_newer();
                }
                None => {
                    slot.saw(None);
                    on_change.emit(Elsewhere::Deleted);
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
        let slot_for_events = slot.clone();
        EventListener::new(&window, "storage", move |event| {
            let Some(event) = event.dyn_ref::<StorageEvent>() else {
                return;
            };
            // Only localStorage: a `sessionStorage.clear()` in a frame of the site names no
            // key either (re-review 8, N10).
            let ours = event
                .storage_area()
                .zip(local_storage())
                .is_some_and(|(area, local)| JsValue::from(area) == JsValue::from(local));
            // `localStorage.clear()` in another tab names no key.
            if !ours || event.key().is_some_and(|changed| changed != key) {
                return;
            }
            let now = stored_value(&key);
            match event.new_value() {
                // A write heard late, with more since: the later events bring those.
                Some(value) if now.as_ref() != Some(&value) => {}
                Some(_) => take(now, None),
                // A removal is judged as what it was (a deletion, or a move to a backup) even
                // when heard late and written over since — an import after "Delete all data"
                // must not merge into the deleted data — unless this widget wrote or read
                // what is there now itself. Then what is there now.
                None => {
                    if now.is_none() || slot_for_events.is_new(&now) {
                        take(None, event.old_value());
                    }
                    take(stored_value(&key), None);
                }
            }
        })
    };
    let restored = EventListener::new(&window, "pageshow", move |event| {
        let from_cache = event
            .dyn_ref::<PageTransitionEvent>()
            .is_some_and(PageTransitionEvent::persisted);
        // After the storage events the page missed, which the browser queues behind this
        // one: a removal among them is judged first (above).
        if from_cache {
            let (take, key) = (take.clone(), slot.key.clone());
            let later = wasm_bindgen::closure::Closure::once_into_js(move || {
                take(stored_value(&key), None)
            });
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(later.unchecked_ref());
            }
        }
    });
    Watch {
        widget,
        _listeners: vec![other_tabs, restored],
    }
}

/// Saves for `widget`, then tells the other widgets on this page that share the key — also
/// when storage is blocked, so they still agree in memory.
pub fn save_and_share(slot: &Slot, widget: u32, saved: &Saved) -> Result<Persisted, StorageIssue> {
    let result = save(slot, saved);
    let written = match &result {
        Ok(Persisted::Merged(merged)) => Some(merged.clone()),
        // They let go of it too.
        Ok(Persisted::DeletedElsewhere) => None,
        _ => Some(saved.clone()),
    };
    // Once written, they know of every backup this save made or found: none is news to them
    // later. A save that failed leaves them the evidence of a move (re-review 8, N11).
    let storage = local_storage().filter(|_| result.is_ok());
    for (other, callback) in others_on_this_page(slot, widget) {
        if let Some(storage) = &storage {
            other.look_at_backups(storage);
        }
        callback.emit(match &written {
            Some(saved) => other.news(saved.clone()),
            None => Elsewhere::Deleted,
        });
    }
    result
}
