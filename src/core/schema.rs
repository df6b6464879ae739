//! The persisted form of the widget's data: one versioned JSON envelope, also the export format.
//! The types derive serde's traits (core/wire.rs is their JSON); decoding validates everything,
//! so a bad value is refused as a whole and never half-loaded.
//! Version history: 1 = one draft; 2 = clients, each with a draft and a history; 3 = the
//! questionnaire asks first what the conflict is about (a v2 record lacks that answer); 4 = the
//! book remembers its last export and when the offer to save a copy was closed (both optional);
//! 5 = the answer `legal_threats` to "How does the client treat you?" (a build reading up to 4
//! refuses it); 6 = the question where the job stands, `stage` (records kept before lack it and
//! keep their results).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::book::{Book, Deletion, MAX_CLIENTS};
use super::clients::{Client, Draft};
use super::lang::Lang;
use super::state::State;
use super::time::Timestamp;
use super::wire;

/// Raised whenever data this build writes could be refused by an older build's decoder — a new
/// field it does not know, a new answer id: to the older build it is then a newer version's
/// data (read-only, kept), never unreadable data (backed up and started afresh).
/// `tests/schema.rs` pins the answer ids of each version.
pub const SCHEMA_VERSION: u32 = 6;
/// Imports, and stored values, larger than this are refused before parsing; storage never
/// writes a larger one (`web::storage::save`), so whatever it writes it can read back.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;
/// Room an import must leave below `MAX_IMPORT_BYTES` for what comes after it (about a
/// hundred finished assessments): data filled to the brim by an import could save nothing
/// more. A file restored where nothing is kept yet is exempt: it is what the reader had.
pub const IMPORT_ROOM: usize = 50_000;

/// What storage gives back: the parts of `State` worth keeping across page loads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// Only a language the reader chose is remembered.
    pub lang: Option<Lang>,
    pub book: Book,
}

impl Saved {
    pub fn from_state(state: &State) -> Self {
        Saved {
            lang: state.chosen_lang,
            book: state.book.clone(),
        }
    }

    /// Nothing the reader made or chose: only untouched clients, no deletion, no export, no
    /// language. A fresh page view, or all data just deleted: there is nothing to write.
    pub fn carries_nothing(&self) -> bool {
        let book = &self.book;
        self.lang.is_none()
            && book.clients.iter().all(|c| c.is_pristine())
            && book.deleted.is_empty()
            && book.exported.is_none()
            && book.copy_offer_closed.is_none()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    NotJson(String),
    Invalid(String),
    NewerVersion(u32),
    TooLarge(usize),
    /// An import that, with the clients already here, would be more than `MAX_CLIENTS`.
    TooManyClients(usize),
    /// An import that, merged with the data already here, would be larger (encoded) than
    /// `limit`: what a stored value may hold, less `IMPORT_ROOM` where there was data already.
    MergedTooLarge {
        bytes: usize,
        limit: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson(detail) => write!(f, "not valid JSON: {detail}"),
            DecodeError::Invalid(detail) => write!(f, "invalid data: {detail}"),
            DecodeError::NewerVersion(v) => write!(
                f,
                "written by a newer version (schema {v}, this widget reads up to {SCHEMA_VERSION})"
            ),
            DecodeError::TooLarge(bytes) => write!(
                f,
                "the file has {bytes} bytes, more than the {MAX_IMPORT_BYTES} an export can have"
            ),
            DecodeError::TooManyClients(clients) => write!(
                f,
                "with the clients already here that makes {clients} clients, more than the {MAX_CLIENTS} this widget keeps"
            ),
            DecodeError::MergedTooLarge { bytes, limit } if *limit < MAX_IMPORT_BYTES => write!(
                f,
                "with the data already here that makes {bytes} bytes; an import may bring it to {limit}, so that new assessments still fit in the {MAX_IMPORT_BYTES} this widget can save"
            ),
            DecodeError::MergedTooLarge { bytes, .. } => write!(
                f,
                "that makes {bytes} bytes, more than the {MAX_IMPORT_BYTES} this widget can save"
            ),
        }
    }
}

fn invalid(path: &str, problem: impl fmt::Display) -> DecodeError {
    DecodeError::Invalid(format!("{path}: {problem}"))
}

/// Versions 2 to 4 share one shape; v3 only adds an answer (see `Record`), v4 two optional
/// times.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    #[allow(dead_code)] // read first, by `Versioned`
    version: u64,
    #[serde(default)]
    lang: Option<Lang>,
    current: String,
    #[serde(default)]
    deleted: Vec<Deletion>,
    clients: Vec<Client>,
    #[serde(default)]
    exported: Option<Timestamp>,
    #[serde(default)]
    copy_offer_closed: Option<Timestamp>,
}

/// What `encode` writes: `Stored`, borrowed from the book.
#[derive(Serialize)]
struct StoredRef<'a> {
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<Lang>,
    current: &'a str,
    deleted: &'a [Deletion],
    clients: &'a [Client],
    #[serde(skip_serializing_if = "Option::is_none")]
    exported: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    copy_offer_closed: Option<Timestamp>,
}

/// Version 1: one draft, no clients.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredV1 {
    version: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<Lang>,
    draft: Draft,
}

/// Only the version, read first: it decides which shape the rest has.
#[derive(Deserialize)]
struct Versioned {
    version: u64,
}

/// The stored and exported JSON; `pretty` for files a person may open. An error means a
/// stored type holds what the format cannot say (tests/json.rs pins that none does); the
/// caller then writes nothing.
pub fn encode(saved: &Saved, pretty: bool) -> Result<String, wire::Error> {
    wire::to_json(
        &StoredRef {
            version: SCHEMA_VERSION,
            lang: saved.lang,
            current: &saved.book.current().id,
            deleted: &saved.book.deleted,
            clients: &saved.book.clients,
            exported: saved.book.exported,
            copy_offer_closed: saved.book.copy_offer_closed,
        },
        pretty,
    )
}

/// Stored data or an export. Larger than `MAX_IMPORT_BYTES` is refused before parsing, so a
/// huge value never freezes the tab; the widget never writes one that large.
pub fn decode(raw: &str) -> Result<Saved, DecodeError> {
    if raw.len() > MAX_IMPORT_BYTES {
        return Err(DecodeError::TooLarge(raw.len()));
    }
    let Versioned { version } = from_json(raw)?;
    match version {
        1 => {
            let v1: StoredV1 = from_json(raw)?;
            // Derived from the content: two devices' migrated drafts must not pose as one client.
            // Hashed in its compact form, the bytes the v1 widget wrote (as before serde).
            let compact = wire::to_json(&v1, false).map_err(|e| invalid("draft", e))?;
            let id = format!("v1-{:016x}", fnv1a(compact.as_bytes()));
            let mut client = Client::new(id, Timestamp(0));
            client.draft = v1.draft;
            Ok(Saved {
                lang: v1.lang,
                book: Book {
                    clients: vec![client],
                    current: 0,
                    deleted: Vec::new(),
                    exported: None,
                    copy_offer_closed: None,
                },
            })
        }
        2..=6 => book(from_json(raw)?),
        v if v > u64::from(SCHEMA_VERSION) => {
            Err(DecodeError::NewerVersion(v.min(u32::MAX.into()) as u32))
        }
        // Not above SCHEMA_VERSION here: written as a u32, whose Display the wasm has anyway.
        v => Err(invalid("version", format!("{} does not exist", v as u32))),
    }
}

fn from_json<'a, T: Deserialize<'a>>(raw: &'a str) -> Result<T, DecodeError> {
    wire::from_json(raw).map_err(|e| {
        if e.is_syntax() {
            DecodeError::NotJson(e.to_string())
        } else {
            DecodeError::Invalid(e.to_string())
        }
    })
}

/// An exported file: read exactly like stored data.
pub fn import(raw: &str) -> Result<Saved, DecodeError> {
    decode(raw)
}

/// The file "Export all" saves: pretty for a person who opens it, unless that would be larger
/// than an import may be (indentation adds about two thirds) — then compact, so that whatever
/// the widget exports it can import again.
pub fn export(saved: &Saved) -> Result<String, wire::Error> {
    let pretty = encode(saved, true)?;
    if pretty.len() <= MAX_IMPORT_BYTES {
        return Ok(pretty);
    }
    encode(saved, false)
}

/// An import as it would be taken in: the merged book, and what it did to each client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    pub book: Book,
    pub summary: ImportSummary,
}

/// What an import did, for the message that says exactly that.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Clients the file brought that were not here (new, or back after a deletion here).
    pub added: usize,
    /// Clients here whose name, answers and notes the file's newer version replaced.
    pub replaced: usize,
    /// Clients in the file that were here in the same or a newer version: left as they were.
    pub kept: usize,
    /// Finished assessments the file added to the histories of clients already here.
    pub records_added: usize,
    /// Clients here that the file records as deleted after their last change: removed.
    pub removed: usize,
}

impl ImportSummary {
    /// The clients of the file taken in (added, replaced or kept).
    pub fn clients(&self) -> usize {
        self.added + self.replaced + self.kept
    }
}

/// The book after importing `incoming` into `current` at `now`, or why it is refused as a
/// whole: the reader chose the file and can make room, so nothing is cut, and an import
/// whose result could not be saved is not taken in (it would say "done" and keep nothing).
pub fn merge_import(
    current: &Saved,
    incoming: &Book,
    now: Timestamp,
) -> Result<Import, DecodeError> {
    let clients = current.book.clients_after_merging(incoming);
    if clients > MAX_CLIENTS {
        return Err(DecodeError::TooManyClients(clients));
    }
    let mut merged = current.clone();
    merged.book.merge(incoming, Some(now));
    // What cannot be written cannot be saved either: refused like an oversized result.
    let bytes = encode(&merged, false).map_or(usize::MAX, |text| text.len());
    let restore = current.book.clients.iter().all(|c| c.is_pristine());
    let limit = if restore {
        MAX_IMPORT_BYTES
    } else {
        MAX_IMPORT_BYTES - IMPORT_ROOM
    };
    if bytes > limit {
        return Err(DecodeError::MergedTooLarge { bytes, limit });
    }
    let summary = summarize(&current.book, incoming, &merged.book);
    Ok(Import {
        book: merged.book,
        summary,
    })
}

/// What merging `incoming` into `before` (giving `after`) did, client by client.
fn summarize(before: &Book, incoming: &Book, after: &Book) -> ImportSummary {
    let find = |book: &'_ Book, id: &str| book.clients.iter().position(|c| c.id == id);
    let mut summary = ImportSummary::default();
    for theirs in &incoming.clients {
        let Some(now) = find(after, &theirs.id).map(|i| &after.clients[i]) else {
            continue;
        };
        match find(before, &theirs.id).map(|i| &before.clients[i]) {
            None if theirs.is_pristine() => {}
            None => summary.added += 1,
            Some(ours) => {
                if same_content(now, ours) {
                    summary.kept += 1;
                } else {
                    summary.replaced += 1;
                }
                summary.records_added += now.history.len().saturating_sub(ours.history.len());
            }
        }
    }
    summary.removed = before
        .clients
        .iter()
        .filter(|c| !c.is_pristine() && find(after, &c.id).is_none())
        .count();
    summary
}

/// Whether two versions of a client say the same: name, draft and notes (its history is
/// merged, never replaced).
fn same_content(a: &Client, b: &Client) -> bool {
    a.label == b.label && a.draft == b.draft && a.notes == b.notes
}

/// FNV-1a, 64 bit: a stable content hash without a dependency.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What one field cannot say: how many clients, unique ids, the open one, a chosen option.
fn book(stored: Stored) -> Result<Saved, DecodeError> {
    let clients = stored.clients;
    if clients.is_empty() || clients.len() > MAX_CLIENTS {
        return Err(invalid("clients", format!("1 to {MAX_CLIENTS} clients")));
    }
    for (i, client) in clients.iter().enumerate() {
        if clients[..i].iter().any(|c| c.id == client.id) {
            return Err(invalid(
                &format!("clients[{i}].id"),
                format!("\"{}\" appears twice", client.id),
            ));
        }
        if client.notes.chosen >= Some(client.notes.options.len()) {
            return Err(invalid(
                &format!("clients[{i}].notes.chosen"),
                "not one of the options",
            ));
        }
    }
    let current = clients
        .iter()
        .position(|c| c.id == stored.current)
        .ok_or_else(|| {
            invalid(
                "current",
                format!("no client has the id \"{}\"", stored.current),
            )
        })?;
    Ok(Saved {
        lang: stored.lang,
        book: Book {
            clients,
            current,
            deleted: stored.deleted,
            exported: stored.exported,
            copy_offer_closed: stored.copy_offer_closed,
        },
    })
}
