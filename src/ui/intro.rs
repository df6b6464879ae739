use yew::prelude::*;

use super::clients::{client_tools, display_name, has_data};
use super::context::{AppContext, Keep};
use super::data::data_tools;
use super::result::past_result;
use crate::core::clients::MAX_LABEL_CHARS;
use crate::core::questions::question_count;
use crate::core::{Action, Timestamp};
use crate::i18n;

/// What the reader gets, how long it takes, where the answers stay; which client it is for;
/// Start. Clients, history and data tools are folded into one section below.
pub fn intro(app: &AppContext) -> Html {
    let texts = app.texts();
    let book = &app.state().book;
    let client = book.current();
    let record = app.local.kept.record;

    let open_record = {
        let app = app.clone();
        Callback::from(move |at: Timestamp| {
            app.local.kept.dispatch(Keep::Record(Some((at, true))));
            app.focus_soon(&[]);
        })
    };
    let open = record.filter(|&(_, open)| open);
    if let Some(record) = open.and_then(|(at, _)| client.history.iter().find(|r| r.date == at)) {
        let close = {
            let app = app.clone();
            let at = record.date;
            Callback::from(move |_| {
                app.local.kept.dispatch(Keep::Record(Some((at, false))));
                app.focus_soon(&[&format!("record-{}", at.millis())]);
            })
        };
        let date = i18n::short_date(app.lang(), &(app.platform.local_date)(record.date));
        return past_result(app, record, &date, close);
    }

    // Saved as it is typed, as the plan's fields are (a page closed before the field is left
    // keeps it); leaving the field drops the spaces after the name.
    let rename = |trim: bool| {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let value = input.value();
            let label = if trim { value.trim_end() } else { &value };
            app.dispatch(Action::RenameClient(label.to_owned()));
        })
    };
    let label_id = app.id("client-label");
    let hint_id = app.id("client-hint");
    let unnamed = (client.label.is_empty() && book.clients.len() > 1).then(|| {
        texts
            .with
            .unnamed_as(&display_name(texts, book.current, ""))
    });
    let has_data = has_data(book);
    let started = !app.state().answers().is_empty();

    html! {
        <section class="ct-screen ct-intro" aria-labelledby={app.id("title")}>
            <h2 class="ct-heading ct-title" tabindex="-1" id={app.id("title")}>{ texts.widget_title }</h2>
            <p>{ texts.intro_lead }</p>
            <p class="ct-meta">
                { texts.with.intro_length(question_count()) }
                { " " }
                { if app.saving { texts.intro_privacy } else { texts.intro_privacy_unsaved } }
            </p>
            <div class="ct-fieldrow">
                <label class="ct-field" for={label_id.clone()}>{ texts.client_label }</label>
                <input class="ct-input" type="text" id={label_id} maxlength={MAX_LABEL_CHARS.to_string()}
                    value={client.label.clone()} aria-describedby={hint_id.clone()} oninput={rename(false).reform(InputEvent::into)} onchange={rename(true)} />
                <p class="ct-meta ct-hint" id={hint_id}>
                    { texts.client_hint }
                    if let Some(unnamed) = unnamed {
                        { " " }{ unnamed }
                    }
                </p>
            </div>
            <div class="ct-nav">
                <button type="button" class="ct-primary ct-start" onclick={app.on(Action::Start)}>
                    { if started { texts.resume } else { texts.start } }
                </button>
            </div>
            // Open from the start when there are clients to choose between, or when the reader
            // comes back from an earlier assessment.
            <details class="ct-panel" open={app.local.opened.several_clients || record.is_some()}>
                <summary id={app.id("data-summary")}>{ texts.my_data }</summary>
                if has_data {
                    { client_tools(app, &open_record) }
                }
                { data_tools(app, has_data) }
            </details>
        </section>
    }
}
