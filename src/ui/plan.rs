use yew::prelude::*;

use super::button;

use super::clients::display_name;
use super::context::{AppContext, Keep, Said};
use super::platform::Download;
use crate::core::advice::{Advice, Letters, Plan, Step, goodwill};
use crate::core::plans::{MAX_OPTIONS, MIN_OPTIONS, NoteEdit, NoteField, PlanNotes};
use crate::core::questions::question_index;
use crate::core::{Action, Answers, Lang, QuestionId, Strategy};
use crate::i18n::plan::{Block, ClientName, markdown, plain_text};
use crate::i18n::{self, plan_texts};

/// One strategy's plan: its steps, the builder the article calls for, and the finished
/// document to copy, download or print. Builder and document are folded unless they held
/// something the reader typed when the result opened.
///
/// `second` is the runner-up of a close call: folded behind its `title`, all its steps inside,
/// after `before` (what points to it). Otherwise it is the recommended plan, whose first step
/// the result already shows at its top.
pub fn plan(
    app: &AppContext,
    strategy: Strategy,
    advice: &Advice,
    title: String,
    second: bool,
    before: Html,
) -> Html {
    let lang = app.lang();
    let t = plan_texts(lang);
    let plan_name = i18n::plan::plan_title(lang, strategy, advice.plan);
    let client = app.state().client();
    let shown = display_name(app.texts(), app.state().book.current, &client.label);
    let name = ClientName {
        shown: &shown,
        label: Some(client.label.as_str()).filter(|label| !label.is_empty()),
    };
    let notes = client.notes.clone();
    let blocks = i18n::plan::document(lang, strategy, advice, name, &notes);
    let document = markdown(&blocks);
    let email_text = plain_text(&blocks);
    let kept = app.local.kept.clone();
    let open = typed(strategy, &app.local.opened.notes);

    let on_copy = {
        let copy = app.platform.copy_text.clone();
        Callback::from(move |_| {
            let kept = kept.clone();
            copy.emit((
                email_text.clone(),
                Callback::from(move |ok| kept.dispatch(Keep::Say(Said::Copied(strategy, ok)))),
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
            });
        })
    };
    let on_print = {
        let print = app.platform.print.clone();
        Callback::from(move |_| print.emit(()))
    };
    let id = |name: &str| app.id(&format!("{}-{name}", strategy.as_str()));
    let builder = match advice.plan {
        Plan::Mediate if advice.settled => None,
        Plan::Mediate if advice.talked || advice.call => {
            Some((t.prepare_options, mediate_builder(app, &notes, true)))
        }
        Plan::Mediate => Some((
            t.prepare_options_confirm,
            mediate_builder(app, &notes, false),
        )),
        Plan::Terminate | Plan::Safety => Some((
            t.prepare_letter,
            terminate_builder(
                app,
                &notes,
                advice.letters.is_some_and(Letters::name_an_end_date),
            ),
        )),
        Plan::Detach => None,
    };
    // The recommended plan's first step stands at the top of the result already.
    let skip = usize::from(!second);
    let status = match app.local.kept.said {
        Some(Said::Copied(copied, ok)) if copied == strategy => {
            if ok {
                t.copied
            } else {
                t.copy_failed
            }
        }
        _ => "",
    };

    let body = html! {
        <>
            // The recommended plan's line stands at the top of the result.
            if second {
                if let Some(line) = i18n::advice(lang).legal_line(advice) {
                    <p class="ct-legal">{ line }</p>
                }
            }
            { before }
            if advice.steps.len() > skip {
                <ol class="ct-steps" start={(skip + 1).to_string()}>
                    { for advice.steps.iter().zip(advice.quoted()).skip(skip).map(|(shown, quoted)| html! {
                        <li>{ step_item(lang, app.state().answers(), shown.step, &quoted) }</li>
                    }) }
                </ol>
            }
            if let Some(letters) = advice.letters {
                <p class="ct-legal">{ t.legal_note_for(letters) }</p>
            }
            if let Some((title, builder)) = builder {
                <details class="ct-fold" {open}>
                    <summary>{ title }</summary>
                    { builder }
                </details>
            }
            <details class="ct-fold" {open}>
                <summary id={id("doc")}>{ t.document_heading(plan_name) }</summary>
                <div class="ct-doc" role="document" aria-labelledby={id("doc")}>{ formatted(&blocks) }</div>
            </details>
            <div class="ct-row ct-plan-actions">
                { button(t.copy, on_copy) }
                { button(t.print, on_print) }
                { button(t.download, on_download) }
            </div>
            // Seen here; heard through the widget's live region.
            <p class="ct-status">{ status }</p>
        </>
    };
    if second {
        html! {
            <details class="ct-plan" data-plan={strategy.as_str()} {open}>
                <summary class="ct-plan-title">{ title }</summary>
                { body }
            </details>
        }
    } else {
        html! {
            <section class="ct-plan" data-plan={strategy.as_str()} aria-labelledby={id("title")}>
                <h3 id={id("title")}>{ title }</h3>
                { body }
            </section>
        }
    }
}

/// Whether the reader typed anything into this strategy's builder.
fn typed(strategy: Strategy, notes: &PlanNotes) -> bool {
    match strategy {
        Strategy::Detach => false,
        Strategy::Mediate => {
            !notes.options.is_empty()
                || notes.chosen.is_some()
                || [
                    &notes.meeting_date,
                    &notes.participants,
                    &notes.deadlines,
                    &notes.next_steps,
                ]
                .iter()
                .any(|field| !field.is_empty())
        }
        Strategy::Terminate => !(notes.contract_reference.is_empty() && notes.end_date.is_empty()),
    }
}

/// The plan document as formatted text, for the screen and for paper; copy hands over its
/// plain text, download its Markdown.
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
    let answers = app.state().answers();
    i18n::plan::options(app.lang(), &PlanNotes::default(), goodwill(answers))
}

fn edit(app: &AppContext, edit: NoteEdit) -> Action {
    Action::EditNotes {
        edit,
        defaults: default_options(app),
    }
}

/// A click that edits the notes, then puts focus on the field `target` (an id for `AppContext::id`).
fn edit_then_focus(app: &AppContext, change: NoteEdit, target: String) -> Callback<MouseEvent> {
    let app = app.clone();
    let action = edit(&app, change);
    Callback::from(move |_| {
        app.dispatch(action.clone());
        app.focus_soon(&[&target]);
    })
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

/// The option list (one a goodwill offer), the choice, and the written record's details: of a
/// conversation (`talk`: its date and participants too), or the confirmation of a choice made
/// in writing. The builders are functions, not components: every component costs its own
/// lifecycle code.
fn mediate_builder(app: &AppContext, notes: &PlanNotes, talk: bool) -> Html {
    let lang = app.lang();
    let t = plan_texts(lang);
    let options = i18n::plan::options(lang, notes, goodwill(app.state().answers()));
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
                    let option_label = t.option_label(i + 1);
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
                                    // The button goes with its field: focus moves to the field before.
                                    <button type="button" class="ct-link"
                                        onclick={edit_then_focus(app, NoteEdit::RemoveOption(i), format!("option-{}", i.saturating_sub(1)))}>
                                        { t.remove_option(i + 1) }
                                    </button>
                                }
                            </div>
                        </div>
                    }
                }) }
                if options.len() < MAX_OPTIONS {
                    // The last one allowed hides this button; focus goes to the new field anyway.
                    <button type="button" onclick={edit_then_focus(app, NoteEdit::AddOption, format!("option-{}", options.len()))}>
                        { t.add_option }
                    </button>
                }
            </fieldset>
            if talk {
                <h4>{ t.record_heading }</h4>
                { text_field(app, app.id("meeting-date"), t.meeting_date, &notes.meeting_date, "date", NoteField::MeetingDate) }
                { text_field(app, app.id("participants"), t.participants, &notes.participants, "text", NoteField::Participants) }
            } else {
                <h4>{ t.confirm_heading }</h4>
            }
            { text_field(app, app.id("deadlines"), t.deadlines, &notes.deadlines, "text", NoteField::Deadlines) }
            { text_field(app, app.id("next-steps"), t.next_steps, &notes.next_steps, "text", NoteField::NextSteps) }
        </div>
    }
}

/// The details the letters need; a notice without notice period names no end date.
fn terminate_builder(app: &AppContext, notes: &PlanNotes, end_date: bool) -> Html {
    let t = plan_texts(app.lang());
    html! {
        <div class="ct-builder">
            <h4>{ t.letters_heading }</h4>
            { text_field(app, app.id("contract"), t.contract_reference, &notes.contract_reference, "text", NoteField::ContractReference) }
            if end_date {
                { text_field(app, app.id("end-date"), t.end_date, &notes.end_date, "date", NoteField::EndDate) }
            }
        </div>
    }
}

/// One step, and under it the reader's own answers it responds to (`Advice::quoted`).
pub fn step_item(lang: Lang, answers: &Answers, step: Step, quoted: &[QuestionId]) -> Html {
    let texts = i18n::advice(lang);
    html! {
        <>
            <p class="ct-step">{ texts.step(step) }</p>
            { for quoted.iter().filter_map(|&question| {
                let q = question_index(question)?;
                let answer = answers.get(q)?;
                let reason = i18n::question(lang, question).answers[answer].reason;
                Some(html! { <p class="ct-because">{ texts.because(reason) }</p> })
            }) }
        </>
    }
}
