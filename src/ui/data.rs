use std::rc::Rc;

use yew::prelude::*;

use super::button;

use super::clients::{ask, confirm, confirm_box};
use super::context::{AppContext, ImportOutcome, Keep, Said};
use super::platform::{Download, Persisted, StorageIssue};
use crate::core::schema::{self, DecodeError, Import, ImportSummary, Saved};
use crate::core::{Action, Book, Pending};

/// Downloads everything as one JSON file, and remembers when.
pub fn export_all(app: &AppContext) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_| {
        let saved = Saved::from_state(app.state());
        // Never a file that cannot be imported again (tests/json.rs pins that none fails).
        let Ok(content) = schema::export(&saved) else {
            return;
        };
        let date = (app.platform.local_date)((app.platform.now)());
        let name = format!("client-triage-{date}.json");
        // Remembered and said only once the download has started.
        let started = app.platform.download.emit(Download {
            name: name.clone(),
            mime: "application/json",
            content,
        });
        if started {
            app.dispatch(Action::Exported);
            app.local.kept.dispatch(Keep::Say(Said::Exported(name)));
        }
    })
}

/// Export, import and delete everything; with nothing kept yet, only import. Works without
/// storage too: export reads memory.
pub fn data_tools(app: &AppContext, has_data: bool) -> Html {
    let outcome = &app.local.kept.import;
    let texts = app.texts();
    let export = export_all(app);
    let import = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value(""); // choosing the same file again must fire again
            let read_file = app.platform.read_file.clone();
            let app = app.clone();
            let done = Callback::from(move |read: Result<String, String>| {
                let outcome_now = match read.map(|text| schema::import(&text)) {
                    Err(reason) => ImportOutcome::Unreadable(reason),
                    Ok(Err(error)) => ImportOutcome::Refused(error),
                    Ok(Ok(saved)) => ask_or_take_in(&app, saved.book),
                };
                let asking = matches!(outcome_now, ImportOutcome::Ask { .. });
                app.local.kept.dispatch(Keep::Import(outcome_now));
                if asking {
                    app.focus_soon(&["import-cancel"]);
                }
            });
            read_file.emit((file, done));
        })
    };
    let kept = &app.local.kept;
    // Something is stored that the notice above speaks of, or storage is out of reach:
    // "nothing is stored" would be untrue.
    let stored_unopened = kept.unreadable_backed_up
        || matches!(
            kept.storage_issue,
            Some(
                StorageIssue::UnreadableKept
                    | StorageIssue::NewerVersion
                    | StorageIssue::NewerVersionNotLoaded
                    | StorageIssue::Blocked
            )
        );
    let file_id = app.id("import-file");
    let failed = matches!(
        outcome,
        Some(ImportOutcome::Unreadable(_) | ImportOutcome::Refused(_) | ImportOutcome::NoRoom)
    );
    let message = outcome
        .as_ref()
        .map(|outcome| outcome.message(texts))
        .unwrap_or_default();
    let detail = outcome.as_ref().and_then(ImportOutcome::detail);

    html! {
        <div class="ct-data">
            if has_data {
                <h3>{ texts.data_title }</h3>
                <p class="ct-meta">
                    { texts.data_note }{ " " }
                    { if app.local.kept.data_kept == Some(true) { texts.data_kept } else { texts.data_may_go } }
                </p>
                <p class="ct-meta">
                    { texts.with.last_export(app.state().book.exported.map(|at| {
                        crate::i18n::short_date(app.lang(), &(app.platform.local_date)(at))
                    }).as_deref()) }
                </p>
            } else if stored_unopened {
                <p>{ texts.nothing_readable }</p>
            } else {
                <p>{ texts.nothing_stored }</p>
            }
            <div class="ct-row">
                if has_data {
                    { button(texts.export, export) }
                }
                <label class="ct-file" for={file_id.clone()}>
                    <input type="file" id={file_id} accept="application/json,.json" onchange={import} />
                    <span>{ texts.import }</span>
                </label>
                // Also what removes an unreadable value that could not be backed up.
                if has_data || app.local.kept.storage_issue == Some(StorageIssue::UnreadableKept) {
                    <button type="button" id={app.id("delete-all")} onclick={ask(app, Pending::DeleteAll)}>
                        { texts.delete_all }
                    </button>
                }
            </div>
            if app.state().pending == Some(Pending::DeleteAll) {
                { confirm(app, delete_all_question(app), "delete-all", None) }
            }
            if let Some(ImportOutcome::Ask { book, summary }) = outcome {
                { import_question(app, book, summary) }
            }
            // One live region, always present, whose text changes: announced every time.
            // Two literal classes, not `classes!`: Yew's `Classes` is a set with code of its own.
            // Either branch is the same `<p>` to Yew, which keeps the element and patches it.
            if failed {
                <p class="ct-status ct-error" role="status">{ message }</p>
            } else {
                <p class="ct-status" role="status">{ message }</p>
            }
            if let Some(detail) = detail {
                <p class="ct-meta ct-import-detail">{ texts.import_detail }{ " " }{ detail }</p>
            }
        </div>
    }
}

/// An import that would replace or delete clients here asks first (a file is easily the
/// wrong one, or made to overwrite); any other is taken in at once.
fn ask_or_take_in(app: &AppContext, incoming: Book) -> ImportOutcome {
    match merge_in(app, &incoming) {
        Ok(import) if import.summary.replaced + import.summary.removed > 0 => ImportOutcome::Ask {
            book: Rc::new(incoming),
            summary: import.summary,
        },
        Ok(import) => take_in(app, incoming, import),
        Err(error) => ImportOutcome::Refused(error),
    }
}

/// The data here with `incoming` merged in, as of now, or why the import is refused.
fn merge_in(app: &AppContext, incoming: &Book) -> Result<Import, DecodeError> {
    let here = Saved::from_state(app.state());
    schema::merge_import(&here, incoming, (app.platform.now)())
}

/// The confirmation of an import that changes clients here; either answer leaves focus on
/// the import button.
fn import_question(app: &AppContext, book: &Rc<Book>, summary: &ImportSummary) -> Html {
    let texts = app.texts();
    let settle = |take: bool| {
        let (app, book) = (app.clone(), book.clone());
        Callback::from(move |()| {
            // Merged afresh: the data here may have changed while the question was open.
            let outcome = match take.then(|| merge_in(&app, &book)) {
                Some(Ok(import)) => take_in(&app, (*book).clone(), import),
                Some(Err(error)) => ImportOutcome::Refused(error),
                None => ImportOutcome::Cancelled,
            };
            app.local.kept.dispatch(Keep::Import(outcome));
            app.focus_soon(&["import-file"]);
        })
    };
    let question = texts
        .with
        .import_question(summary, texts.import_ask, texts.import_ask_end);
    confirm_box(
        app,
        ["import-q", "import-cancel"],
        question,
        texts.import_yes,
        settle(true),
        settle(false),
    )
}

/// Takes an imported book in, or says why not: it is saved before it is shown, so that an
/// import the browser's storage cannot hold (its quota is shared with the whole site) is
/// refused as a whole instead of said done and lost on the next page load. Where nothing can
/// be saved anyway (storage blocked, a newer version's data) it is taken in memory, as every
/// change there is.
fn take_in(app: &AppContext, incoming: Book, import: Import) -> ImportOutcome {
    let imported = Saved {
        lang: app.state().chosen_lang,
        book: import.book,
    };
    let book = match app.platform.persist.emit(imported.clone()) {
        Ok(Persisted::Merged(merged)) => merged.book,
        // Deleted in another tab meanwhile: the file goes into what is left, all of it new.
        Ok(Persisted::DeletedElsewhere) => {
            app.dispatch(Action::DeletedElsewhere);
            app.local.kept.dispatch(Keep::Deleted { here: false });
            let added = incoming.clients.iter().filter(|c| !c.is_pristine()).count();
            app.dispatch(Action::Merge {
                book: incoming,
                import: true,
            });
            return ImportOutcome::Done(ImportSummary {
                added,
                ..ImportSummary::default()
            });
        }
        Err(StorageIssue::Full | StorageIssue::TooLarge) => return ImportOutcome::NoRoom,
        Ok(Persisted::Done) | Err(_) => imported.book,
    };
    app.dispatch(Action::Merge {
        book,
        import: false,
    });
    ImportOutcome::Done(import.summary)
}

/// "Delete all data" asks about this widget's data; where other copies of the widget on this
/// site keep data of their own, it says that stays.
fn delete_all_question(app: &AppContext) -> String {
    let texts = app.texts();
    if app.platform.others_keep_data.emit(()) {
        format!(
            "{} {}",
            texts.confirm_delete_all, texts.delete_all_others_remain
        )
    } else {
        texts.confirm_delete_all.to_owned()
    }
}
