use std::fmt::Write;

use yew::prelude::*;

use super::button;

use super::context::{AppContext, Keep, Said};
use crate::core::book::MAX_CLIENTS;
use crate::core::clients::{Direction, Record, trend};
use crate::core::{Action, Book, Pending, Strategy, Timestamp};
use crate::i18n::{self, Texts};

/// A client's name as the reader sees it everywhere: the label, or for an unnamed client its
/// place in the list ("Client 2"), so that unnamed clients can be told apart.
pub fn display_name(texts: &Texts, index: usize, label: &str) -> String {
    if label.is_empty() {
        texts.with.client_numbered(index + 1)
    } else {
        label.to_owned()
    }
}

/// Whether anything is kept: a name, answers, notes, a history, or a second client.
pub fn has_data(book: &Book) -> bool {
    book.clients.len() > 1
        || book.clients.iter().any(|c| {
            !c.label.is_empty()
                || !c.draft.answers.is_empty()
                || !c.history.is_empty()
                || !c.notes.is_empty()
        })
}

/// The client list (the open one is a checked radio, in bold), adding and deleting, and the
/// open client's history, whose entries open that assessment again.
pub fn client_tools(app: &AppContext, open_record: &Callback<Timestamp>) -> Html {
    let texts = app.texts();
    let lang = app.lang();
    let book = &app.state().book;
    let client = book.current();
    let name = display_name(texts, book.current, &client.label);
    let add = {
        let app = app.clone();
        let count = book.clients.len();
        Callback::from(move |_| {
            if count < MAX_CLIENTS {
                app.dispatch(Action::AddClient);
                let added = display_name(app.texts(), count, "");
                app.local.kept.dispatch(Keep::Say(Said::ClientAdded(added)));
            }
        })
    };
    let trend_text = trend(&client.history).map(|t| {
        let template = match t.direction {
            Direction::Rising => texts.with.trend_rising,
            Direction::Falling => texts.with.trend_falling,
        };
        i18n::fill(template, &[i18n::strategy(lang, t.strategy).name])
    });

    html! {
        <div class="ct-clients">
            if book.clients.len() > 1 {
                <fieldset class="ct-fieldset">
                    <legend class="ct-legend ct-field">{ texts.clients_title }</legend>
                    <div class="ct-options ct-client-list">
                        { for book.clients.iter().enumerate().map(|(i, other)| html! {
                            <label class="ct-option">
                                <input type="radio" name={app.id("client")} checked={i == book.current}
                                    onchange={app.on(Action::SelectClient(i))} />
                                <span>{ display_name(texts, i, &other.label) }</span>
                            </label>
                        }) }
                    </div>
                </fieldset>
            }
            <div class="ct-row">
                { button(texts.client_add, add) }
                <button type="button" id={app.id("client-delete")} onclick={ask(app, Pending::DeleteClient)}>
                    { texts.with.client_delete(&name) }
                </button>
            </div>
            if app.state().pending == Some(Pending::DeleteClient) {
                { confirm(app, texts.with.confirm_delete_client(&name), "client-delete", Some(Said::ClientDeleted(name.clone()))) }
            }
            <h3>{ texts.history_title }</h3>
            if client.history.is_empty() {
                <p class="ct-meta">{ texts.history_empty }</p>
            } else {
                if let Some(text) = trend_text {
                    <p class="ct-trend">{ text }</p>
                }
                if client.history.len() > 1 {
                    { trend_chart(app, &client.history) }
                }
                <p class="ct-meta">{ texts.history_lead }</p>
                <ol class="ct-history" reversed=true>
                    { for client.history.iter().rev().map(|record| {
                        let date = i18n::short_date(lang, &(app.platform.local_date)(record.date));
                        let name = i18n::strategy(lang, record.strategy).name;
                        let share = record.scores.get(record.strategy);
                        let at = record.date;
                        html! {
                            <li key={at.millis()}>
                                <button type="button" class="ct-link" id={app.id(&format!("record-{}", at.millis()))}
                                    onclick={open_record.reform(move |_| at)}>
                                    { texts.with.history_entry(&date, name, share) }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            }
        </div>
    }
}

/// The three shares over the finished assessments: time to the right, 0 to 100 % up, a dot per
/// assessment, each strategy in its colour and its own dash pattern. Screen readers get the
/// same as one sentence: first and last share of each.
fn trend_chart(app: &AppContext, history: &[Record]) -> Html {
    let lang = app.lang();
    let texts = app.texts();
    let (first, last) = (&history[0], &history[history.len() - 1]);
    let start = first.date.millis();
    let span = (last.date.millis() - start).max(1);
    let date = |record: &Record| i18n::short_date(lang, &(app.platform.local_date)(record.date));
    let (from, to) = (date(first), date(last));
    let mut series = String::new();
    let lines = Strategy::ALL.map(|strategy| {
        let name = i18n::strategy(lang, strategy).name;
        if !series.is_empty() {
            series.push_str("; ");
        }
        let (was, is) = (first.scores.get(strategy), last.scores.get(strategy));
        series.push_str(&texts.with.trend_series(name, was, is));
        // 300 wide, 100 high: the line through the points, and a dot on each.
        let (mut line, mut dots) = (String::new(), String::new());
        for record in history {
            let x = (record.date.millis() - start) * 300 / span;
            // i64 like x: each integer type formatted is its own code in the wasm.
            let y = 100 - i64::from(record.scores.get(strategy));
            let _ = write!(line, "{x},{y} ");
            let _ = write!(dots, "M{x},{y}h0");
        }
        let id = strategy.as_str();
        html! {
            <>
                <polyline data-series={id} points={line} />
                <path data-series={id} d={dots} />
            </>
        }
    });
    html! {
        <div class="ct-trend-chart">
            <svg viewBox="0 0 300 100" role="img"
                aria-label={texts.with.trend_chart(history.len(), &from, &to, &series)}>
                { for lines }
            </svg>
            <div class="ct-trend-key" aria-hidden="true">
                <span>{ from }</span>{ to }
            </div>
            <ul class="ct-trend-key" aria-hidden="true">
                { for Strategy::ALL.map(|strategy| html! {
                    <li data-series={strategy.as_str()}>{ i18n::strategy(lang, strategy).name }</li>
                }) }
            </ul>
        </div>
    }
}

/// Asks to confirm a deletion, with focus on the confirmation's safe choice.
pub fn ask(app: &AppContext, pending: Pending) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_| {
        app.dispatch(Action::Ask(pending));
        app.focus_soon(&["confirm-cancel"]);
    })
}

/// An in-widget confirmation: no `window.confirm`, which a host page may block. It takes
/// focus when it opens; Escape or Cancel closes it and focus goes back to `opener` (an id for
/// `AppContext::id`); after the deletion, to the opener if it is still there, and `done` is
/// announced (`None`: the deletion says itself what it did).
pub fn confirm(
    app: &AppContext,
    question: String,
    opener: &'static str,
    done: Option<Said>,
) -> Html {
    let settle = |action: Action, said: Option<Said>| -> Callback<()> {
        let app = app.clone();
        Callback::from(move |()| {
            app.dispatch(action.clone());
            if let Some(said) = said.clone() {
                app.local.kept.dispatch(Keep::Say(said));
            }
            app.focus_soon(&[opener, "data-summary"]);
        })
    };
    let (confirmed, cancel) = (settle(Action::Confirm, done), settle(Action::Cancel, None));
    confirm_box(
        app,
        ["confirm-q", "confirm-cancel"],
        question,
        app.texts().confirm_yes,
        confirmed,
        cancel,
    )
}

/// The confirmation's markup: the question, `yes` (`confirmed`) and Cancel (`cancel`, also on
/// Escape). `ids` (the question's, Cancel's) keep it apart from another one.
pub fn confirm_box(
    app: &AppContext,
    [question_id, cancel_id]: [&str; 2],
    question: String,
    yes: &str,
    confirmed: Callback<()>,
    cancel: Callback<()>,
) -> Html {
    let texts = app.texts();
    let onkeydown = {
        let cancel = cancel.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                cancel.emit(());
            }
        })
    };
    html! {
        <div class="ct-confirm" role="alertdialog" aria-labelledby={app.id(question_id)} {onkeydown}>
            <p id={app.id(question_id)}>{ question }</p>
            <div class="ct-row">
                <button type="button" class="ct-danger" onclick={confirmed.reform(|_: MouseEvent| ())}>
                    { yes }
                </button>
                <button type="button" id={app.id(cancel_id)} onclick={cancel.reform(|_: MouseEvent| ())}>
                    { texts.cancel }
                </button>
            </div>
        </div>
    }
}
