use yew::prelude::*;

use super::clients::display_name;
use super::context::use_app;
use super::platform::Download;
use crate::core::plans::{MAX_OPTIONS, MIN_OPTIONS, PlanNotes};
use crate::core::{Action, Strategy};
use crate::i18n::{self, fill, plan_texts};

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    pub strategy: Strategy,
    pub title: AttrValue,
}

/// One strategy's plan: its steps, the builders the article calls for, and the finished
/// document to copy, download or print.
#[component]
pub fn Plan(props: &PlanProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let t = plan_texts(lang);
    let strategy = props.strategy;
    let text = i18n::strategy(lang, strategy);
    let client = app.state().client();
    let client_name = display_name(app.texts(), app.state().book.current, &client.label);
    let notes = client.notes.clone();
    let document = i18n::plan::document(lang, strategy, &client_name, &notes);
    let copied = use_state_eq(|| None::<bool>);

    let on_copy = {
        let copy = app.platform.copy_text.clone();
        let copied = copied.clone();
        let document = document.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            copy.emit((
                document.clone(),
                Callback::from(move |ok| copied.set(Some(ok))),
            ));
        })
    };
    let on_download = {
        let download = app.platform.download.clone();
        let document = document.clone();
        let name = format!("client-triage-{}.md", strategy.as_str());
        Callback::from(move |_| {
            download.emit(Download {
                name: name.clone(),
                mime: "text/markdown",
                content: document.clone(),
            })
        })
    };
    let on_print = {
        let print = app.platform.print.clone();
        Callback::from(move |_| print.emit(()))
    };
    let id = |name: &str| app.id(&format!("{}-{name}", strategy.as_str()));

    html! {
        <section class="ct-plan" data-plan={strategy.as_str()} aria-labelledby={id("title")}>
            <h3 id={id("title")}>{ props.title.clone() }</h3>
            <ol class="ct-steps">
                { for text.plan.iter().map(|step| html! { <li>{ *step }</li> }) }
            </ol>
            if strategy == Strategy::Mediate {
                <MediateBuilder notes={notes.clone()} />
            }
            if strategy == Strategy::Terminate {
                <TerminateBuilder notes={notes.clone()} />
            }
            <h4 id={id("doc")}>{ t.document_heading }</h4>
            <div class="ct-doc" role="document" aria-labelledby={id("doc")}>{ formatted(&document) }</div>
            <div class="ct-row ct-plan-actions">
                <button type="button" onclick={on_copy}>{ t.copy }</button>
                <button type="button" onclick={on_download}>{ t.download }</button>
                <button type="button" onclick={on_print}>{ t.print }</button>
            </div>
            <p class="ct-status" role="status">
                { match *copied { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
        </section>
    }
}

/// The Markdown document as formatted text, for the screen and for paper; copy and download
/// keep the Markdown itself.
fn formatted(document: &str) -> Html {
    document
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            if let Some(title) = line.strip_prefix("# ") {
                html! { <p class="ct-doc-title">{ title.to_owned() }</p> }
            } else if let Some(heading) = line.strip_prefix("## ") {
                html! { <p class="ct-doc-heading">{ heading.to_owned() }</p> }
            } else if let Some(task) = line.strip_prefix("- [ ] ") {
                html! { <p class="ct-doc-item">{ format!("\u{2610} {task}") }</p> }
            } else if let Some(item) = line.strip_prefix("- ") {
                html! { <p class="ct-doc-item">{ format!("\u{2022} {item}") }</p> }
            } else if line
                .split_once(". ")
                .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
            {
                html! { <p class="ct-doc-item">{ line.to_owned() }</p> }
            } else {
                html! { <p>{ line.to_owned() }</p> }
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct BuilderProps {
    notes: PlanNotes,
}

/// A text field that sends the changed notes on every keystroke.
fn text_field(
    app: &super::context::AppContext,
    notes: &PlanNotes,
    id: String,
    label: &'static str,
    value: &str,
    input_type: &'static str,
    set: fn(&mut PlanNotes, String),
) -> Html {
    let oninput = {
        let app = app.clone();
        let notes = notes.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let mut next = notes.clone();
            set(&mut next, input.value());
            app.dispatch(Action::UpdateNotes(next));
        })
    };
    html! {
        <div class="ct-fieldrow">
            <label class="ct-field" for={id.clone()}>{ label }</label>
            <input class="ct-input" type={input_type} id={id} value={value.to_owned()} {oninput} />
        </div>
    }
}

/// The option list (one a goodwill offer), the choice, and the written record's details.
#[component]
fn MediateBuilder(props: &BuilderProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let t = plan_texts(lang);
    let notes = &props.notes;
    let options = i18n::plan::options(lang, notes);
    let with_options = |options: Vec<String>, chosen: Option<usize>| PlanNotes {
        options,
        chosen,
        ..notes.clone()
    };

    let add = {
        let app = app.clone();
        let next = with_options(
            [options.clone(), vec![String::new()]].concat(),
            notes.chosen,
        );
        Callback::from(move |_| app.dispatch(Action::UpdateNotes(next.clone())))
    };
    html! {
        <div class="ct-builder">
            <fieldset class="ct-fieldset">
                <legend class="ct-legend"><h4>{ fill(t.options_heading, &[("client", "")]).trim_end() }</h4></legend>
                { for options.iter().enumerate().map(|(i, option)| {
                    let n = (i + 1).to_string();
                    let id = app.id(&format!("option-{i}"));
                    let oninput = {
                        let app = app.clone();
                        let options = options.clone();
                        let chosen = notes.chosen;
                        let base = notes.clone();
                        Callback::from(move |event: InputEvent| {
                            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                            let mut options = options.clone();
                            options[i] = input.value();
                            app.dispatch(Action::UpdateNotes(PlanNotes { options, chosen, ..base.clone() }));
                        })
                    };
                    let choose = {
                        let next = with_options(options.clone(), Some(i));
                        app.on(Action::UpdateNotes(next))
                    };
                    let remove = (options.len() > MIN_OPTIONS).then(|| {
                        let mut rest = options.clone();
                        rest.remove(i);
                        let chosen = match notes.chosen {
                            Some(c) if c == i => None,
                            Some(c) if c > i => Some(c - 1),
                            other => other,
                        };
                        app.on(Action::UpdateNotes(with_options(rest, chosen)))
                    });
                    let option_label = fill(t.option_label, &[("n", &n)]);
                    html! {
                        <div class="ct-option-edit">
                            <label class="ct-field" for={id.clone()}>{ option_label.clone() }</label>
                            <input class="ct-input" type="text" id={id} value={option.clone()} {oninput} />
                            <div class="ct-row">
                                <label class="ct-choice">
                                    <input type="radio" name={app.id("chosen")} checked={notes.chosen == Some(i)} onchange={choose} />
                                    <span>{ format!("{}: {}", t.chosen_option, option_label) }</span>
                                </label>
                                if let Some(onclick) = remove {
                                    <button type="button" class="ct-link" {onclick}>{ fill(t.remove_option, &[("n", &n)]) }</button>
                                }
                            </div>
                        </div>
                    }
                }) }
                if options.len() < MAX_OPTIONS {
                    <button type="button" onclick={add}>{ t.add_option }</button>
                }
            </fieldset>
            <h4>{ t.record_heading }</h4>
            { text_field(&app, notes, app.id("meeting-date"), t.meeting_date, &notes.meeting_date, "date", |n, v| n.meeting_date = v) }
            { text_field(&app, notes, app.id("participants"), t.participants, &notes.participants, "text", |n, v| n.participants = v) }
            { text_field(&app, notes, app.id("deadlines"), t.deadlines, &notes.deadlines, "text", |n, v| n.deadlines = v) }
            { text_field(&app, notes, app.id("next-steps"), t.next_steps, &notes.next_steps, "text", |n, v| n.next_steps = v) }
        </div>
    }
}

/// The details the neutral notice letter needs.
#[component]
fn TerminateBuilder(props: &BuilderProps) -> Html {
    let app = use_app();
    let t = plan_texts(app.lang());
    let notes = &props.notes;
    html! {
        <div class="ct-builder">
            <h4>{ t.letter_heading }</h4>
            { text_field(&app, notes, app.id("contract"), t.contract_reference, &notes.contract_reference, "text", |n, v| n.contract_reference = v) }
            { text_field(&app, notes, app.id("end-date"), t.end_date, &notes.end_date, "date", |n, v| n.end_date = v) }
        </div>
    }
}
