//! Imports made to hurt (issue 26): a list of deleted clients without end, times from the
//! future, a file that merged with the data here could never be saved.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use client_triage::core::book::{Deletion, MAX_DELETIONS};
use client_triage::core::clients::{Client, Record};
use client_triage::core::schema::{self, DecodeError, MAX_IMPORT_BYTES, Saved};
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
    let state = State::with_book(Lang::En, schema::decode(&raw).unwrap().book, false);
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
        Err(DecodeError::MergedTooLarge(bytes)) => assert!(bytes > MAX_IMPORT_BYTES),
        other => panic!("not refused: {:?}", other.map(|b| b.clients.len())),
    }
    // A small file still goes in.
    let small = book_with("small", Vec::new());
    let merged = schema::merge_import(&here, &small, NOW).expect("fits");
    assert_eq!(merged.clients.len(), 2);
}
