use yew::prelude::*;

use super::button;

use super::clients::{ask, confirm};
use super::context::{AppContext, ImportOutcome, Keep, Said};
use super::platform::Download;
use crate::core::book::MAX_CLIENTS;
use crate::core::schema::{self, DecodeError, Saved};
use crate::core::{Action, Pending};

/// Downloads everything as one JSON file, and remembers when.
pub fn export_all(app: &AppContext) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_| {
        let saved = Saved::from_state(app.state());
        // Never a file that cannot be imported again (tests/json.rs pins that none fails).
        let Ok(content) = schema::encode(&saved, true) else {
            return;
        };
        let date = (app.platform.local_date)((app.platform.now)());
        let name = format!("client-triage-{date}.json");
        app.platform.download.emit(Download {
            name: name.clone(),
            mime: "application/json",
            content,
        });
        app.dispatch(Action::Exported);
        app.local.kept.dispatch(Keep::Say(Said::Exported(name)));
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
                    Ok(Ok(saved)) => {
                        // Refused, not cut: the reader chose this file and can make room.
                        let clients = app.state().book.clients_after_merging(&saved.book);
                        if clients > MAX_CLIENTS {
                            ImportOutcome::Refused(DecodeError::TooManyClients(clients))
                        } else {
                            let count = saved.book.clients.len();
                            app.dispatch(Action::Merge {
                                book: saved.book,
                                import: true,
                            });
                            ImportOutcome::Done(count)
                        }
                    }
                };
                app.local.kept.dispatch(Keep::Import(outcome_now));
            });
            read_file.emit((file, done));
        })
    };
    let file_id = app.id("import-file");
    let failed = matches!(
        outcome,
        Some(ImportOutcome::Unreadable(_) | ImportOutcome::Refused(_))
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
                if has_data {
                    <button type="button" id={app.id("delete-all")} onclick={ask(app, Pending::DeleteAll)}>
                        { texts.delete_all }
                    </button>
                }
            </div>
            if app.state().pending == Some(Pending::DeleteAll) {
                { confirm(app, texts.confirm_delete_all.to_owned(), "delete-all", Said::AllDeleted) }
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
