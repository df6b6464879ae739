use yew::prelude::*;

use super::clients::Confirm;
use super::context::use_app;
use super::platform::Download;
use crate::core::schema::{self, DecodeError, Saved};
use crate::core::{Action, Pending};
use crate::i18n::fill;

/// The outcome of the last import, shown under the buttons.
#[derive(Clone, PartialEq)]
enum ImportOutcome {
    Done(usize),
    Failed(String),
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
            let texts = app.texts();
            let done = Callback::from(move |read: Result<String, String>| {
                let result = read
                    .map_err(|reason| fill(texts.import_unreadable, &[("detail", &reason)]))
                    .and_then(|text| {
                        schema::import(&text).map_err(|error| {
                            let template = match error {
                                DecodeError::TooLarge(_) => texts.import_too_large,
                                DecodeError::NewerVersion(_) => texts.import_newer,
                                DecodeError::NotJson(_) | DecodeError::Invalid(_) => {
                                    texts.import_invalid
                                }
                            };
                            fill(template, &[("detail", &error.to_string())])
                        })
                    });
                match result {
                    Ok(saved) => {
                        let count = saved.book.clients.len();
                        app.dispatch(Action::Merge {
                            book: saved.book,
                            import: true,
                        });
                        outcome.set(Some(ImportOutcome::Done(count)));
                    }
                    Err(message) => outcome.set(Some(ImportOutcome::Failed(message))),
                }
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
                Some(ImportOutcome::Done(count)) => html! {
                    <p class="ct-ok" role="status">{ fill(texts.import_done, &[("count", &count.to_string())]) }</p>
                },
                Some(ImportOutcome::Failed(message)) => html! {
                    <p class="ct-error" role="alert">{ message.clone() }</p>
                },
                None => html! {},
            } }
        </section>
    }
}
