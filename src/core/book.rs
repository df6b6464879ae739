//! The reader's data as one book of clients: merging another copy of it (another tab, an
//! import) without losing anything, deletions that every copy agrees on, and the limits the
//! stored form can hold.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::clients::{Client, Screen, client_id_text};
use super::plans::PlanNotes;
use super::questions::question_count;
use super::time::Timestamp;

/// A deleted client: it stays deleted in every copy unless it changed after `at`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deletion {
    #[serde(deserialize_with = "client_id_text")]
    pub id: String,
    pub at: Timestamp,
}

/// Clients kept in one book; the decoder refuses more, so no action or merge goes past it.
pub const MAX_CLIENTS: usize = 500;

/// Deletions kept; past it the oldest go. A deletion only matters while another live copy
/// (an open tab, a page kept for Back) may still hold the client: an import brings deleted
/// clients back anyway. Twice the client limit lets a whole book be deleted twice over and
/// still agree across tabs, and stays small (about 70 KB of the 1 MB a book may take), so
/// that a hostile file cannot make merging slow or saving impossible.
pub const MAX_DELETIONS: usize = 2 * MAX_CLIENTS;

/// The data worth keeping: the clients, which one is open, and what was deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Book {
    /// Never empty.
    pub clients: Vec<Client>,
    pub current: usize,
    /// Deletions, so that merging an older copy never brings a client back.
    pub deleted: Vec<Deletion>,
    /// The last export: without a recent one, a finished assessment offers to save a copy.
    pub exported: Option<Timestamp>,
    /// When the reader last closed that offer: it does not come back for `COPY_OFFER_PAUSE`.
    pub copy_offer_closed: Option<Timestamp>,
}

/// How long an export, or closing the offer to make one, keeps the offer away: 14 days.
pub const COPY_OFFER_PAUSE: i64 = 14 * 24 * 60 * 60 * 1000;

impl Book {
    pub fn new(at: Timestamp) -> Book {
        let at = at.writable();
        Book {
            clients: vec![Client::new(client_id(at, 0), at)],
            current: 0,
            deleted: Vec::new(),
            exported: None,
            copy_offer_closed: None,
        }
    }

    /// Whether a finished assessment at `now` offers to save a copy: there is history to lose,
    /// and neither an export nor the reader closing the offer happened in the last 14 days.
    pub fn offers_copy(&self, now: Timestamp) -> bool {
        let recent = |at: Option<Timestamp>| {
            at.is_some_and(|at| now.millis() - at.millis() < COPY_OFFER_PAUSE)
        };
        self.clients.iter().any(|c| !c.history.is_empty())
            && !recent(self.exported)
            && !recent(self.copy_offer_closed)
    }

    pub fn current(&self) -> &Client {
        &self.clients[self.current]
    }

    pub(crate) fn current_mut(&mut self) -> &mut Client {
        &mut self.clients[self.current]
    }

    pub(crate) fn record_deletion(&mut self, id: &str, at: Timestamp) {
        self.take_deletions(&[Deletion {
            id: id.to_owned(),
            at,
        }]);
    }

    /// Unites `incoming` with the deletions kept here, in one pass over each (a long list
    /// must not make every merge slow): one per id, the latest; the newest `MAX_DELETIONS`,
    /// newest first (every copy orders them alike).
    fn take_deletions(&mut self, incoming: &[Deletion]) {
        let mut latest: HashMap<&str, Timestamp> = HashMap::new();
        for deletion in self.deleted.iter().chain(incoming) {
            let at = latest.entry(&deletion.id).or_insert(deletion.at);
            *at = (*at).max(deletion.at);
        }
        let mut united: Vec<Deletion> = latest
            .into_iter()
            .map(|(id, at)| Deletion {
                id: id.to_owned(),
                at,
            })
            .collect();
        united.sort_unstable_by(|a, b| b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id)));
        united.truncate(MAX_DELETIONS);
        self.deleted = united;
    }

    /// When each deleted client was deleted, by id.
    fn deletion_times(&self) -> HashMap<String, Timestamp> {
        self.deleted.iter().map(|d| (d.id.clone(), d.at)).collect()
    }

    /// This book with no change later than `now`: an imported file's times from the future
    /// (a wrong clock, or made up) would win every later merge, or delete for ever.
    /// Finished assessments keep their dates: they are history, and tell records apart.
    fn no_later_than(&self, now: Timestamp) -> Book {
        let mut book = self.clone();
        for client in &mut book.clients {
            client.updated = client.updated.min(now);
        }
        for deletion in &mut book.deleted {
            deletion.at = deletion.at.min(now);
        }
        book.exported = book.exported.map(|at| at.min(now));
        book.copy_offer_closed = book.copy_offer_closed.map(|at| at.min(now));
        book
    }

    /// Puts the book in the one form every copy agrees on: a client is alive only if it
    /// changed after its deletion, each screen is one its answers allow, one client is open.
    pub fn normalize(&mut self, at: Timestamp) {
        let current_id = self.clients.get(self.current).map(|c| c.id.clone());
        self.take_deletions(&[]);
        let deleted = self.deletion_times();
        self.clients
            .retain(|c| deleted.get(&c.id).is_none_or(|&at| at < c.updated));
        let last = question_count() - 1;
        for client in &mut self.clients {
            client.draft.screen = match client.draft.screen {
                Screen::Question(i) => Screen::Question(i.min(last)),
                Screen::Review | Screen::Result if !client.draft.answers.is_complete() => {
                    Screen::Question(client.draft.answers.first_unanswered().unwrap_or(0))
                }
                other => other,
            };
        }
        if self.clients.is_empty() {
            let id = client_id(at, self.deleted.len());
            self.clients.push(Client::new(id, at));
        }
        self.current = current_id
            .and_then(|id| self.clients.iter().position(|c| c.id == id))
            .unwrap_or(0);
    }

    /// The open client, if it is an untouched one beside real ones: added by the reader, not
    /// a fresh page's placeholder.
    fn added_and_open(&self) -> Option<String> {
        let open = self.clients.get(self.current)?;
        let beside_real = self.clients.iter().any(|c| !c.is_pristine());
        (open.is_pristine() && beside_real).then(|| open.id.clone())
    }

    /// Takes in another copy of the data (another tab, or an import) without losing anything:
    /// histories are united, the newer label and draft win per client, deletions are kept.
    /// `import_at` is set for an import the reader chose: a client it brings back that was
    /// deleted here is restored, stamped with the import time so that every tab agrees.
    pub fn merge(&mut self, incoming: &Book, import_at: Option<Timestamp>) {
        let clamped;
        let incoming = match import_at {
            Some(now) => {
                clamped = incoming.no_later_than(now);
                &clamped
            }
            None => incoming,
        };
        // Placeholders carry nothing: ours gives way to real clients, theirs is not taken in.
        // Except the one the reader added beside real clients and has open ("Add another
        // client"): what they type next belongs to it, not to the client that would open.
        if incoming.clients.iter().any(|c| !c.is_pristine()) {
            let added = self.added_and_open();
            self.clients
                .retain(|ours| !gives_way(ours, incoming, added.as_deref()));
        }
        let incoming_clients: Vec<&Client> = incoming
            .clients
            .iter()
            .filter(|theirs| {
                !theirs.is_pristine() || self.clients.iter().any(|c| c.id == theirs.id)
            })
            .collect();
        self.take_deletions(&incoming.deleted);
        self.exported = self.exported.max(incoming.exported);
        self.copy_offer_closed = self.copy_offer_closed.max(incoming.copy_offer_closed);
        let deleted = self.deletion_times();
        let mut ours_by_id: HashMap<String, usize> = self
            .clients
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        for theirs in incoming_clients {
            let mut theirs = theirs.clone();
            if let (Some(at), Some(&deleted)) = (import_at, deleted.get(&theirs.id))
                && deleted >= theirs.updated
            {
                theirs.updated = deleted.next_after(at);
            }
            match ours_by_id.get(&theirs.id).map(|&i| &mut self.clients[i]) {
                Some(ours) => {
                    // Newer wins; on a tie the larger draft, so that every tab picks the same one.
                    if (theirs.updated, draft_key(&theirs)) > (ours.updated, draft_key(ours)) {
                        ours.notes = theirs.notes.clone();
                        ours.label = theirs.label.clone();
                        ours.draft.screen = theirs.draft.screen;
                        ours.draft.answers = theirs.draft.answers.clone();
                        ours.updated = theirs.updated;
                    }
                    for record in &theirs.history {
                        ours.add_record(record.clone());
                    }
                }
                None => {
                    ours_by_id.insert(theirs.id.clone(), self.clients.len());
                    self.clients.push(theirs);
                }
            }
        }
        self.keep_within_limit();
        self.normalize(self.last_change());
    }

    /// How many clients this book would have after a merge of `incoming`: an import that would
    /// grow it past `MAX_CLIENTS` is refused beforehand (another tab's copy is merged and, if
    /// need be, cut by `keep_within_limit`: nobody chose it). Counted as `merge` keeps them:
    /// untouched placeholders give way (a fresh page's own one must not make a 500-client
    /// export one too many).
    pub fn clients_after_merging(&self, incoming: &Book) -> usize {
        let real_incoming = incoming.clients.iter().any(|c| !c.is_pristine());
        let added = self.added_and_open();
        let ours = self
            .clients
            .iter()
            .filter(|ours| !real_incoming || !gives_way(ours, incoming, added.as_deref()))
            .count();
        let theirs = incoming
            .clients
            .iter()
            .filter(|theirs| {
                !theirs.is_pristine() && self.clients.iter().all(|ours| ours.id != theirs.id)
            })
            .count();
        ours + theirs
    }

    /// Whether this book, as stored now, was written after all data was deleted since
    /// `earlier` was stored ("Delete all data" in another tab, then a fresh start there):
    /// `earlier` held something, and none of its clients is here or recorded as deleted.
    /// Every other writer merges what is stored, so a client only goes with a deletion record
    /// (or as an untouched placeholder).
    pub fn emptied_since(&self, earlier: &Book) -> bool {
        earlier.clients.iter().any(|c| !c.is_pristine())
            && earlier.clients.iter().all(|old| {
                self.clients.iter().all(|c| c.id != old.id)
                    && self.deleted.iter().all(|d| d.id != old.id)
            })
    }

    /// Two copies that are each within the limit can exceed it together (another tab's
    /// clients plus this one's, or an import). The least recently changed go, and are recorded
    /// as deleted so that every copy agrees; in practice nobody keeps 500 difficult clients.
    fn keep_within_limit(&mut self) {
        while self.clients.len() > MAX_CLIENTS {
            let oldest = (0..self.clients.len())
                .min_by_key(|&i| (self.clients[i].updated, i))
                .unwrap_or(0);
            let removed = self.clients.remove(oldest);
            self.record_deletion(&removed.id, removed.updated);
        }
    }

    /// The newest change in the book: the time to give a fresh client when none is left.
    pub(crate) fn last_change(&self) -> Timestamp {
        self.clients
            .iter()
            .map(|c| c.updated)
            .max()
            .unwrap_or_default()
    }
}

/// Whether our client `ours` gives way in a merge of `incoming`, which has real clients: an
/// untouched placeholder that `incoming` does not know, unless it is `added` (the reader's
/// open "Add another client"; `Book::added_and_open`).
fn gives_way(ours: &Client, incoming: &Book, added: Option<&str>) -> bool {
    ours.is_pristine()
        && added != Some(ours.id.as_str())
        && !incoming.clients.iter().any(|c| c.id == ours.id)
}

fn draft_key(client: &Client) -> (&str, Screen, &Answers, &PlanNotes) {
    (
        &client.label,
        client.draft.screen,
        &client.draft.answers,
        &client.notes,
    )
}

/// Unique enough across tabs and devices: creation time plus a per-book counter.
pub(crate) fn client_id(at: Timestamp, n: usize) -> String {
    format!("c{}-{n}", at.millis())
}
