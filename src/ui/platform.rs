//! What the UI may ask of the browser, supplied by `crate::web`. Components never reach
//! storage, files or the host page themselves.

use std::any::Any;

use yew::Callback;

use crate::core::schema::Saved;

/// Why answers are not being kept; the UI explains each calmly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageIssue {
    /// The browser refuses storage: answers live in memory only.
    Blocked,
    /// A write failed (quota); the next change tries again.
    Full,
    /// The saved value could not be read; it was kept as a backup and the widget started fresh.
    Unreadable,
    /// The saved value could not be read, and no backup could be written (the backups are
    /// taken, or the quota is full): it stays as it is and nothing is written over it, until
    /// the reader deletes all data.
    UnreadableKept,
    /// A newer version of the widget saved data here: this one reads nothing and writes
    /// nothing until the page is reloaded with the new version.
    NewerVersion,
    /// The same, found again after the reader was asked to reload: the page still runs the
    /// older version (a stale cache, or the newer one lives at another address on this
    /// site). The reader is not asked to reload again.
    NewerVersionNotLoaded,
    /// The data has grown past what an export may hold; it is not written until it shrinks.
    TooLarge,
    /// The data could not be written as JSON (a bug: tests/json.rs pins that every stored
    /// type can be); nothing is written, what was stored stays.
    Unwritable,
    /// The data under the host's key from before the prefix could not be copied to the
    /// widget's own key (storage full): it is read from there until a save works.
    CopyFull,
}
use crate::core::{Assessment, Lang, Timestamp};

/// What a widget hears of its data from elsewhere (another tab, another widget on the page).
#[derive(Clone, Debug, PartialEq)]
pub enum Elsewhere {
    /// The data as it is now, where this widget holds something storage lacks (a save that
    /// failed, a good copy still to put back, data from the legacy key): taken in beside it.
    Changed(Saved),
    /// The data as it is now, where this widget holds nothing unwritten: it takes the place of
    /// what the widget holds. Every writer merged what it had not deleted, so merging it again
    /// could only bring back what was deleted in between — Firefox's Back restores a page
    /// without the storage events it missed (re-review 8, FF-N3).
    Superseded(Saved),
    /// Deleted ("Delete all data" elsewhere, the browser, a script of the site): let go too.
    Deleted,
    /// Another tab moved the stored value to a backup (something else wrote over it) and this
    /// widget's copy, the good one, could not be written back: said, and tried again with the
    /// next save.
    NotKept(StorageIssue),
}

/// What a save found, besides what it wrote.
#[derive(Clone, Debug, PartialEq)]
pub enum Persisted {
    /// Storage holds the widget's data now (written, or there already).
    Done,
    /// Another tab or page had written meanwhile: merged in, and written; the widget takes
    /// the merged data in.
    Merged(Saved),
    /// All data was deleted elsewhere since the widget last looked, and it had not heard yet:
    /// nothing was written, and the widget lets go of its data too.
    DeletedElsewhere,
}

/// A file for the reader to save.
#[derive(Clone, Debug, PartialEq)]
pub struct Download {
    pub name: String,
    pub mime: &'static str,
    pub content: String,
}

/// Keeps a subscription alive; dropping it unsubscribes.
pub struct Subscription(pub Box<dyn Any>);

pub struct Platform {
    pub now: fn() -> Timestamp,
    /// `YYYY-MM-DD` in the reader's time zone (a check at 00:30 in Berlin is not "yesterday").
    pub local_date: fn(Timestamp) -> String,
    /// Keeps what is worth keeping; called after every change, and by an import before it is
    /// taken in.
    pub persist: Callback<Saved, Result<Persisted, StorageIssue>>,
    /// Called once per finished assessment.
    pub announce: Callback<Assessment>,
    /// Offers a file; `false` where the browser could not even start the download.
    pub download: Callback<Download, bool>,
    /// Puts text on the clipboard, then calls back whether that worked.
    pub copy_text: Callback<(String, Callback<bool>)>,
    /// Prints this widget's plan alone, without the host page around it.
    pub print: Callback<()>,
    /// Reads a chosen file as text, then calls back with the text or a reason.
    pub read_file: Callback<(web_sys::File, Callback<Result<String, String>>)>,
    /// Calls back whenever another tab changes the data (or deletes it), and when this
    /// widget could not write back what only it still held.
    pub watch_other_tabs: Callback<Callback<Elsewhere>, Subscription>,
    /// Deletes everything kept in storage for this widget ("Delete all data"): its data, the
    /// backups of unreadable data, the copy under an older build's key.
    pub forget: Callback<(), Result<(), StorageIssue>>,
    /// Deletes the backups of unreadable data, and only those.
    pub forget_backups: Callback<(), Result<(), StorageIssue>>,
    /// Whether other copies of the widget on this site keep data of their own in this
    /// browser, which `forget` leaves alone.
    pub others_keep_data: Callback<(), bool>,
    /// Whether the browser keeps the data until the reader deletes it: `(ask, done)` asks for
    /// that when `ask`, else only looks; `done(None)` where the browser cannot say.
    pub keep_data: Callback<(bool, Callback<Option<bool>>)>,
    /// Makes a language's texts available (they load when first needed), then calls back
    /// whether that worked.
    pub load_language: Callback<(Lang, Callback<bool>)>,
    /// The page's address when it is a web address (not a file), for finding it again.
    pub page_address: fn() -> Option<String>,
}

/// One platform per widget, fixed for its lifetime: comparing it never triggers a re-render.
impl PartialEq for Platform {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
