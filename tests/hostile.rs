//! Imports made to hurt (issue 26): a list of deleted clients without end, times from the
//! future, a file that merged with the data here could never be saved.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use client_triage::core::book::{Deletion, MAX_DELETIONS};
use client_triage::core::clients::{Client, Record};
use client_triage::core::schema::{
    self, DecodeError, IMPORT_ROOM, ImportSummary, MAX_IMPORT_BYTES, Saved,
};
use client_triage::core::{Action, Book, Lang, Screen, State, Timestamp};

const NOW: Timestamp = Timestamp(1_764_000_000_000);
const YEAR_9999: Timestamp = Timestamp::MAX;

fn deletions(prefix: &str, count: usize, from: i64) -> Vec<Deletion> {
    (0..count)
        .map(|i| Deletion {
            id: format!("{prefix}{i}"),
            at: Timestamp(from + i as i64),
        })
        .collect()
}

fn book_with(label: &str, deleted: Vec<Deletion>) -> Book {
    let mut book = Book::new(NOW);
    book.clients[0].id = format!("id-{label}");
    book.clients[0].label = label.to_owned();
    book.deleted = deleted;
    book
}

/// A finished assessment's answers, as the questionnaire gives them.
fn complete_answers() -> client_triage::core::Answers {
    let mut state = State::new(Lang::En, NOW).reduce(Action::Start, NOW);
    while let Screen::Question(question) = state.screen() {
        state = state.reduce(
            Action::Choose {
                question,
                answer: 0,
            },
            NOW,
        );
        state = state.reduce(Action::Next, NOW);
    }
    state.answers().clone()
}

/// The fastest of three merges of a file with `n` deleted ids into a book with `n` of its own.
fn merge_time(n: usize) -> Duration {
    let ours = book_with("here", deletions("ours-", n, 1_000));
    let file = book_with("file", deletions("theirs-", n, 1_000_000));
    (0..3)
        .map(|_| {
            let mut merged = ours.clone();
            let started = Instant::now();
            merged.merge(&file, Some(NOW));
            started.elapsed()
        })
        .min()
        .unwrap()
}

#[test]
fn a_file_with_20000_deleted_ids_is_merged_at_once_and_kept_small() {
    // Ten times the ids take about ten times as long (one pass over each list, and a sort),
    // not a hundred times (each id looked for in the other list): compared, not timed, so that
    // a busy machine does not decide.
    let (small, large) = (merge_time(2_000), merge_time(20_000));
    assert!(
        large < small * 40,
        "2,000 ids: {small:?}, 20,000 ids: {large:?}"
    );
    let ours = book_with("here", deletions("ours-", 20_000, 1_000));
    let file = book_with("file", deletions("theirs-", 20_000, 50_000));
    let mut merged = ours.clone();
    merged.merge(&file, Some(NOW));
    assert_eq!(merged.deleted.len(), MAX_DELETIONS, "the list is capped");
    // The newest deletions are the ones kept: they may still meet a live copy.
    let oldest_kept = merged.deleted.iter().map(|d| d.at).min().unwrap();
    assert_eq!(
        oldest_kept,
        Timestamp(50_000 + 20_000 - MAX_DELETIONS as i64)
    );
    let saved = Saved {
        lang: None,
        book: merged,
    };
    let bytes = schema::encode(&saved, false).unwrap().len();
    assert!(
        bytes < MAX_IMPORT_BYTES / 10,
        "{bytes} bytes with the longest list kept"
    );
}

#[test]
fn stored_data_with_a_long_deleted_list_is_pruned_when_read() {
    let book = book_with("x", deletions("d-", 5_000, 1_000));
    let raw = schema::encode(&Saved { lang: None, book }, false).unwrap();
    let state = State::with_book(Lang::En, schema::decode(&raw).unwrap().book, None);
    assert_eq!(state.book.deleted.len(), MAX_DELETIONS);
    assert_eq!(state.client().label, "x");
}

#[test]
fn imported_times_from_the_future_are_taken_as_now() {
    let mut file = book_with("from the future", Vec::new());
    file.clients[0].updated = YEAR_9999;
    file.exported = Some(YEAR_9999);
    file.copy_offer_closed = Some(YEAR_9999);
    let here = book_with("here", Vec::new());
    file.deleted = vec![Deletion {
        id: here.clients[0].id.clone() + "-other",
        at: YEAR_9999,
    }];
    let mut merged = here.clone();
    merged.merge(&file, Some(NOW));
    let imported = merged
        .clients
        .iter()
        .find(|c| c.label == "from the future")
        .unwrap();
    assert_eq!(imported.updated, NOW);
    assert_eq!(merged.exported, Some(NOW));
    assert_eq!(merged.copy_offer_closed, Some(NOW));
    assert!(merged.deleted.iter().all(|d| d.at <= NOW));
    // Another tab's copy is not an import: its times are this device's own and stay.
    let mut tab = here.clone();
    let mut other_tab = book_with("other tab", Vec::new());
    other_tab.clients[0].updated = Timestamp(NOW.millis() + 5_000);
    tab.merge(&other_tab, None);
    assert!(
        tab.clients
            .iter()
            .any(|c| c.updated == Timestamp(NOW.millis() + 5_000))
    );
}

#[test]
fn an_import_that_could_not_be_saved_with_the_data_here_is_refused() {
    let answers = complete_answers();
    // Clients with the longest history: about 470 KB each, so two are within the limit and
    // three together are not.
    let full_client = |id: &str, from: i64| {
        let mut client = Client::new(id.to_owned(), NOW);
        client.label = id.to_owned();
        for i in 0..1_000 {
            client.add_record(Record::of(&answers, Timestamp(from + i)));
        }
        client
    };
    let here = Saved {
        lang: None,
        book: Book {
            clients: vec![full_client("here", 0)],
            ..Book::new(NOW)
        },
    };
    let file = Saved {
        lang: None,
        book: Book {
            clients: vec![full_client("file-1", 10_000), full_client("file-2", 20_000)],
            ..Book::new(NOW)
        },
    };
    let bytes = schema::encode(&file, false).unwrap().len();
    assert!(
        bytes < MAX_IMPORT_BYTES && bytes * 3 / 2 > MAX_IMPORT_BYTES,
        "{bytes} bytes"
    );
    let file = schema::import(&schema::encode(&file, false).unwrap())
        .expect("a file it can read")
        .book;
    match schema::merge_import(&here, &file, NOW) {
        Err(DecodeError::MergedTooLarge { bytes, .. }) => assert!(bytes > MAX_IMPORT_BYTES),
        other => panic!("not refused: {:?}", other.map(|b| b.book.clients.len())),
    }
    // A small file still goes in.
    let small = book_with("small", Vec::new());
    let merged = schema::merge_import(&here, &small, NOW).expect("fits");
    assert_eq!(merged.book.clients.len(), 2);
}

/// A client with a name, a finished draft and `records` finished assessments: about 470
/// bytes each.
fn used_client(id: &str, records: i64, from: i64) -> Client {
    let answers = complete_answers();
    let mut client = Client::new(id.to_owned(), NOW);
    client.label = format!("Client {id}");
    client.draft.answers = answers.clone();
    client.draft.screen = Screen::Result;
    for i in 0..records {
        client.add_record(Record::of(&answers, Timestamp(from + i)));
    }
    client
}

fn saved(clients: Vec<Client>) -> Saved {
    Saved {
        lang: None,
        book: Book {
            clients,
            ..Book::new(NOW)
        },
    }
}

/// Issue 26: an import that filled the data to just under what may be stored left no room:
/// the reader's next answer could not be saved. An import must leave room where there was
/// data — but a file restored where nothing is kept yet is what the reader had, and goes in.
#[test]
fn an_import_leaves_room_to_save_what_comes_after_it() {
    let here = saved(vec![used_client("here", 10, 0)]);
    let bytes_of = |saved: &Saved| schema::encode(saved, false).unwrap().len();
    // Just under the limit together with the client here, with less than IMPORT_ROOM to spare.
    let mut records = 0;
    let file = loop {
        records += 10;
        let file = saved(vec![
            used_client("file-1", 1_000, 10_000),
            used_client("file-2", 1_000, 20_000),
            used_client("file-3", records, 30_000),
        ]);
        let mut merged = here.clone();
        merged.book.merge(&file.book, Some(NOW));
        if bytes_of(&merged) > MAX_IMPORT_BYTES - IMPORT_ROOM / 2 {
            assert!(
                bytes_of(&merged) < MAX_IMPORT_BYTES,
                "{}",
                bytes_of(&merged)
            );
            break file;
        }
    };
    match schema::merge_import(&here, &file.book, NOW) {
        Err(DecodeError::MergedTooLarge { bytes, limit }) => {
            assert_eq!(limit, MAX_IMPORT_BYTES - IMPORT_ROOM);
            assert!(bytes > limit && bytes < MAX_IMPORT_BYTES, "{bytes}");
            let said = DecodeError::MergedTooLarge { bytes, limit }.to_string();
            assert!(said.contains("new assessments still fit"), "{said}");
        }
        other => panic!("not refused: {:?}", other.map(|i| i.summary)),
    }
    // Restored where nothing is kept yet (a fresh page's placeholder only): taken in.
    let nothing = Saved {
        lang: Some(Lang::En),
        book: Book::new(NOW),
    };
    let restored = schema::merge_import(&nothing, &file.book, NOW).expect("a restore goes in");
    assert_eq!(restored.book.clients.len(), 3);
}

/// Issue 26: whatever the widget exports, it imports — also 500 clients into a fresh browser,
/// whose own untouched placeholder must not make them 501, and whose pretty file would be
/// larger than an import may be.
#[test]
fn an_export_of_500_clients_imports_into_a_fresh_browser() {
    let clients: Vec<Client> = (0..500)
        .map(|i| used_client(&format!("c{i}"), 2, i * 10))
        .collect();
    let full = saved(clients);
    let compact = schema::encode(&full, false).unwrap();
    assert!(compact.len() <= MAX_IMPORT_BYTES, "{} bytes", compact.len());
    assert!(
        schema::encode(&full, true).unwrap().len() > MAX_IMPORT_BYTES,
        "pretty, this book would be too large to import"
    );
    let file = schema::export(&full).unwrap();
    assert!(file.len() <= MAX_IMPORT_BYTES, "{} bytes", file.len());
    let incoming = schema::import(&file).expect("the export reads back").book;
    let fresh = Saved {
        lang: None,
        book: Book::new(NOW),
    };
    assert_eq!(fresh.book.clients_after_merging(&incoming), 500);
    let import = schema::merge_import(&fresh, &incoming, NOW).expect("taken in");
    assert_eq!(import.book.clients.len(), 500);
    assert_eq!(import.summary.added, 500);
    // A small book still exports pretty, for a person who opens it.
    let small = schema::export(&saved(vec![used_client("one", 1, 0)])).unwrap();
    assert!(small.contains("\n  "), "{small}");
}

/// The import message says exactly what happened: what the file added, replaced, left as it
/// was, added to histories, and deleted here.
#[test]
fn an_import_reports_what_it_did_to_each_client() {
    let older = Timestamp(NOW.millis() - 60_000);
    let newer = Timestamp(NOW.millis() - 1_000);
    let with = |id: &str, label: &str, updated: Timestamp, records: i64| {
        let mut client = used_client(id, records, 0);
        client.label = label.to_owned();
        client.updated = updated;
        client
    };
    let here = saved(vec![
        with("same", "Same", older, 1),
        with("ours-newer", "Ours", newer, 1),
        with("theirs-newer", "Old name", older, 1),
        with("gone", "Deleted in the file", older, 1),
    ]);
    let mut file = saved(vec![
        with("same", "Same", older, 1),
        with("ours-newer", "Theirs", older, 3),
        with("theirs-newer", "New name", newer, 1),
        with("new", "New", older, 0),
    ])
    .book;
    file.deleted = vec![Deletion {
        id: "gone".into(),
        at: newer,
    }];
    let import = schema::merge_import(&here, &file, NOW).expect("fits");
    assert_eq!(
        import.summary,
        ImportSummary {
            added: 1,
            replaced: 1,
            kept: 2,
            records_added: 2,
            removed: 1,
        }
    );
    let labels: Vec<&str> = import
        .book
        .clients
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert!(
        labels.contains(&"New name") && labels.contains(&"Ours"),
        "{labels:?}"
    );
    assert!(!labels.contains(&"Deleted in the file"), "{labels:?}");
}
