use yew::prelude::*;

use super::context::use_app;
use crate::core::clients::{Direction, MAX_LABEL_CHARS, trend};
use crate::core::{Action, Pending};
use crate::i18n::{self, Texts};

/// A client's name as the reader sees it everywhere: the label, or for an unnamed client its
/// place in the list ("Client 2"), so that unnamed clients can be told apart.
pub fn display_name(texts: &Texts, index: usize, label: &str) -> String {
    if label.is_empty() {
        (texts.with.client_numbered)(index + 1)
    } else {
        label.to_owned()
    }
}

/// Which client this assessment is about: name it, switch, add, delete; and its history.
#[component]
pub fn ClientPanel() -> Html {
    let app = use_app();
    let texts = app.texts();
    let lang = app.lang();
    let book = &app.state().book;
    let client = book.current();

    let onchange = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            app.dispatch(Action::RenameClient(input.value()));
        })
    };
    let label_id = app.id("client-label");
    let trend_text = trend(&client.history).map(|t| {
        let template = match t.direction {
            Direction::Rising => texts.with.trend_rising,
            Direction::Falling => texts.with.trend_falling,
        };
        template(i18n::strategy(lang, t.strategy).name)
    });

    html! {
        <section class="ct-panel ct-clients" aria-labelledby={app.id("clients-title")}>
            <h2 class="ct-panel-title" id={app.id("clients-title")}>{ texts.clients_title }</h2>
            <label class="ct-field" for={label_id.clone()}>{ texts.client_label }</label>
            <input class="ct-input" type="text" id={label_id} maxlength={MAX_LABEL_CHARS.to_string()}
                value={client.label.clone()} placeholder={texts.client_placeholder} {onchange} />
            if book.clients.len() > 1 {
                <ul class="ct-client-list">
                    { for book.clients.iter().enumerate().map(|(i, other)| {
                        let current = i == book.current;
                        html! {
                            <li>
                                <button type="button" class="ct-link" aria-pressed={current.to_string()}
                                    onclick={app.on(Action::SelectClient(i))}>
                                    { display_name(texts, i, &other.label) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <div class="ct-row">
                <button type="button" onclick={app.on(Action::AddClient)}>{ texts.client_add }</button>
                <button type="button" onclick={app.on(Action::Ask(Pending::DeleteClient))}>
                    { texts.client_delete }
                </button>
            </div>
            if app.state().pending == Some(Pending::DeleteClient) {
                <Confirm question={(texts.with.confirm_delete_client)(&display_name(texts, book.current, &client.label))} />
            }
            <h3>{ texts.history_title }</h3>
            if client.history.is_empty() {
                <p class="ct-meta">{ texts.history_empty }</p>
            } else {
                if let Some(text) = trend_text {
                    <p class="ct-trend">{ text }</p>
                }
                <ol class="ct-history" reversed=true>
                    { for client.history.iter().rev().map(|record| {
                        let name = i18n::strategy(lang, record.strategy).name;
                        let share = record.scores.get(record.strategy);
                        html! {
                            <li key={record.date.millis()}>{ (texts.with.history_entry)(&(app.platform.local_date)(record.date), name, share) }</li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    pub question: AttrValue,
}

/// An in-widget confirmation: no `window.confirm`, which a host page may block.
#[component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    html! {
        <div class="ct-confirm" role="alertdialog" aria-labelledby={app.id("confirm-q")}>
            <p id={app.id("confirm-q")}>{ props.question.clone() }</p>
            <div class="ct-row">
                <button type="button" class="ct-danger" onclick={app.on(Action::Confirm)}>{ texts.confirm_yes }</button>
                <button type="button" onclick={app.on(Action::Cancel)}>{ texts.cancel }</button>
            </div>
        </div>
    }
}
