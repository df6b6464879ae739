use yew::prelude::*;

use super::clients::display_name;
use super::context::{AppContext, use_app};
use super::platform::Download;
use crate::core::plans::{MAX_OPTIONS, MIN_OPTIONS, NoteEdit, NoteField, PlanNotes};
use crate::core::{Action, Strategy};
use crate::i18n::plan::{Block, ClientName, markdown};
use crate::i18n::{self, plan_texts};

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
    let shown = display_name(app.texts(), app.state().book.current, &client.label);
    let name = ClientName {
        shown: &shown,
        label: Some(client.label.as_str()).filter(|label| !label.is_empty()),
    };
    let notes = client.notes.clone();
    let blocks = i18n::plan::document(lang, strategy, name, &notes);
    let document = markdown(&blocks);
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
                { mediate_builder(&app, &notes) }
            }
            if strategy == Strategy::Terminate {
                { terminate_builder(&app, &notes) }
            }
            <h4 id={id("doc")}>{ (t.document_heading)(text.name) }</h4>
            <div class="ct-doc" role="document" aria-labelledby={id("doc")}>{ formatted(&blocks) }</div>
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

/// The plan document as formatted text, for the screen and for paper; copy and download
/// hand over its Markdown.
fn formatted(blocks: &[Block]) -> Html {
    let items = |items: &[String]| -> Html {
        items
            .iter()
            .map(|item| html! { <li>{ item.clone() }</li> })
            .collect()
    };
    blocks
        .iter()
        .map(|block| match block {
            Block::Title(text) => html! { <p class="ct-doc-title">{ text.clone() }</p> },
            Block::Heading(text) => html! { <p class="ct-doc-heading">{ text.clone() }</p> },
            Block::Paragraph(text) => html! { <p>{ text.clone() }</p> },
            Block::Numbered(list) => html! { <ol>{ items(list) }</ol> },
            Block::Bullets(list) => html! { <ul>{ items(list) }</ul> },
            Block::Checklist(list) => html! { <ul class="ct-doc-checklist">{ items(list) }</ul> },
            Block::Fields(fields) => html! {
                <ul>
                    { for fields.iter().map(|(label, value)| html! { <li>{ format!("{label}: {value}") }</li> }) }
                </ul>
            },
        })
        .collect()
}

/// The option list as shown until the reader edits it, in their language.
fn default_options(app: &AppContext) -> Vec<String> {
    i18n::plan::options(app.lang(), &PlanNotes::default())
}

fn edit(app: &AppContext, edit: NoteEdit) -> Action {
    Action::EditNotes {
        edit,
        defaults: default_options(app),
    }
}

/// A text field that sends its new text on every keystroke.
fn text_field(
    app: &AppContext,
    id: String,
    label: &'static str,
    value: &str,
    input_type: &'static str,
    field: NoteField,
) -> Html {
    let oninput = {
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            app.dispatch(edit(&app, NoteEdit::Set(field, input.value())));
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
/// The builders are functions, not components: every component costs its own lifecycle code.
fn mediate_builder(app: &AppContext, notes: &PlanNotes) -> Html {
    let lang = app.lang();
    let t = plan_texts(lang);
    let options = i18n::plan::options(lang, notes);
    html! {
        <div class="ct-builder">
            <fieldset class="ct-fieldset">
                <legend class="ct-legend"><h4>{ t.options_heading }</h4></legend>
                { for options.iter().enumerate().map(|(i, option)| {
                    let id = app.id(&format!("option-{i}"));
                    let oninput = {
                        let app = app.clone();
                        Callback::from(move |event: InputEvent| {
                            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                            app.dispatch(edit(&app, NoteEdit::SetOption(i, input.value())));
                        })
                    };
                    let option_label = (t.option_label)(i + 1);
                    html! {
                        <div class="ct-option-edit" key={i}>
                            <label class="ct-field" for={id.clone()}>{ option_label.clone() }</label>
                            <input class="ct-input" type="text" id={id} value={option.clone()} {oninput} />
                            <div class="ct-row">
                                <label class="ct-choice">
                                    <input type="radio" name={app.id("chosen")} checked={notes.chosen == Some(i)}
                                        onchange={app.on(edit(app, NoteEdit::Choose(i)))} />
                                    <span>{ t.client_chose }</span>
                                </label>
                                if options.len() > MIN_OPTIONS {
                                    <button type="button" class="ct-link" onclick={app.on(edit(app, NoteEdit::RemoveOption(i)))}>
                                        { (t.remove_option)(i + 1) }
                                    </button>
                                }
                            </div>
                        </div>
                    }
                }) }
                if options.len() < MAX_OPTIONS {
                    <button type="button" onclick={app.on(edit(app, NoteEdit::AddOption))}>{ t.add_option }</button>
                }
            </fieldset>
            <h4>{ t.record_heading }</h4>
            { text_field(app, app.id("meeting-date"), t.meeting_date, &notes.meeting_date, "date", NoteField::MeetingDate) }
            { text_field(app, app.id("participants"), t.participants, &notes.participants, "text", NoteField::Participants) }
            { text_field(app, app.id("deadlines"), t.deadlines, &notes.deadlines, "text", NoteField::Deadlines) }
            { text_field(app, app.id("next-steps"), t.next_steps, &notes.next_steps, "text", NoteField::NextSteps) }
        </div>
    }
}

/// The details the neutral notice letter needs.
fn terminate_builder(app: &AppContext, notes: &PlanNotes) -> Html {
    let t = plan_texts(app.lang());
    html! {
        <div class="ct-builder">
            <h4>{ t.letter_heading }</h4>
            { text_field(app, app.id("contract"), t.contract_reference, &notes.contract_reference, "text", NoteField::ContractReference) }
            { text_field(app, app.id("end-date"), t.end_date, &notes.end_date, "date", NoteField::EndDate) }
        </div>
    }
}
