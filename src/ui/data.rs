use yew::prelude::*;

use super::clients::Confirm;
use super::context::use_app;
use super::platform::Download;
use crate::core::schema::{self, DecodeError, Saved};
use crate::core::{Action, Pending};
use crate::i18n::Texts;

/// The outcome of the last import, shown under the buttons. Kept as facts, not as a
/// sentence, so that it is worded in the language shown now, not the one at import time.
#[derive(Clone, PartialEq)]
enum ImportOutcome {
    Done(usize),
    Unreadable(String),
    Refused(DecodeError),
}

impl ImportOutcome {
    fn message(&self, texts: &Texts) -> String {
        let t = texts.with;
        match self {
            ImportOutcome::Done(clients) => (t.import_done)(*clients),
            ImportOutcome::Unreadable(reason) => (t.import_unreadable)(reason),
            ImportOutcome::Refused(error) => {
                let template = match error {
                    DecodeError::TooLarge(_) => t.import_too_large,
                    DecodeError::NewerVersion(_) => t.import_newer,
                    DecodeError::NotJson(_) | DecodeError::Invalid(_) => t.import_invalid,
                };
                template(&error.to_string())
            }
        }
    }
}

/// Export, import and delete everything. Works without storage too: export reads memory.
#[component]
pub fn DataPanel() -> Html {
    let app = use_app();
    let texts = app.texts();
    let outcome = use_state_eq(|| None::<ImportOutcome>);

    let export = {
        let app = app.clone();
        Callback::from(move |_| {
            let saved = Saved::from_state(app.state());
            let date = (app.platform.local_date)((app.platform.now)());
            app.platform.download.emit(Download {
                name: format!("client-triage-{date}.json"),
                mime: "application/json",
                content: schema::encode(&saved, true),
            });
        })
    };
    let import = {
        let app = app.clone();
        let outcome = outcome.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value(""); // choosing the same file again must fire again
            let read_file = app.platform.read_file.clone();
            let app = app.clone();
            let outcome = outcome.clone();
            let done = Callback::from(move |read: Result<String, String>| {
                let outcome_now = match read.map(|text| schema::import(&text)) {
                    Err(reason) => ImportOutcome::Unreadable(reason),
                    Ok(Err(error)) => ImportOutcome::Refused(error),
                    Ok(Ok(saved)) => {
                        let count = saved.book.clients.len();
                        app.dispatch(Action::Merge {
                            book: saved.book,
                            import: true,
                        });
                        ImportOutcome::Done(count)
                    }
                };
                outcome.set(Some(outcome_now));
            });
            read_file.emit((file, done));
        })
    };
    let file_id = app.id("import-file");

    html! {
        <section class="ct-panel ct-data" aria-labelledby={app.id("data-title")}>
            <h2 class="ct-panel-title" id={app.id("data-title")}>{ texts.data_title }</h2>
            <div class="ct-row">
                <button type="button" onclick={export}>{ texts.export }</button>
                <label class="ct-file" for={file_id.clone()}>
                    <input type="file" id={file_id} accept="application/json,.json" onchange={import} />
                    <span>{ texts.import }</span>
                </label>
                <button type="button" onclick={app.on(Action::Ask(Pending::DeleteAll))}>{ texts.delete_all }</button>
            </div>
            if app.state().pending == Some(Pending::DeleteAll) {
                <Confirm question={texts.confirm_delete_all} />
            }
            { match &*outcome {
                Some(done @ ImportOutcome::Done(_)) => html! {
                    <p class="ct-ok" role="status">{ done.message(texts) }</p>
                },
                Some(failed) => html! {
                    <p class="ct-error" role="alert">{ failed.message(texts) }</p>
                },
                None => html! {},
            } }
        </section>
    }
}
