use yew::prelude::*;

use super::button;

use super::context::{AppContext, Keep};
use super::progress::progress;
use crate::core::questions::question_count;
use crate::core::{Action, Prompt, QUESTIONS};
use crate::i18n;

/// One question per screen: native radios in labels inside a fieldset, so arrow keys move
/// between answers and Enter goes on.
pub fn question(app: &AppContext, index: usize) -> Html {
    let attempts = app.local.kept.attempts;
    let total = question_count();
    let definition = &QUESTIONS[index];
    let text = i18n::question(app.lang(), definition.id);
    let texts = app.texts();
    let chosen = app.state().answers().get(index);
    let missing = app.state().prompt == Some(Prompt::AnswerMissing);
    // One group name for every question: only one is on screen, and a name that stays lets
    // Yew patch the next question into the same elements instead of building them anew (a
    // checked radio renamed into another group would uncheck that group's answer).
    let group = app.id("answer");
    let error_id = app.id("answer-missing");

    let onsubmit = {
        let app = app.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if app.state().answers().get(index).is_none() {
                app.local.kept.dispatch(Keep::Attempt);
            }
            app.dispatch(Action::Next);
        })
    };
    let app = app.clone();
    let last = index + 1 == total;
    let next_label = if last || app.state().return_to_review {
        texts.to_review
    } else {
        texts.next
    };

    html! {
        <form class="ct-screen ct-question" {onsubmit} novalidate=true>
            { progress(&app, index + 1, total) }
            <fieldset class="ct-fieldset" aria-describedby={missing.then(|| error_id.clone())}>
                <legend class="ct-legend">
                    // Keyed: a new heading per question, so that focusing it moves focus (and a
                    // screen reader's announcement) even where focus never left the last one.
                    <h2 class="ct-heading" key={index} tabindex="-1" aria-describedby={app.id("progress")}>{ text.prompt }</h2>
                </legend>
                <div class="ct-options">
                    { for text.answers.iter().enumerate().map(|(answer, answer_text)| {
                        let onchange = app.on(Action::Choose { question: index, answer });
                        html! {
                            <label class="ct-option">
                                <input type="radio" name={group.clone()} value={answer.to_string()}
                                    checked={chosen == Some(answer)} aria-invalid={missing.then_some("true")} {onchange} />
                                <span>{ answer_text.label }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            if missing {
                <p class="ct-error" id={error_id} role="alert" key={attempts}>{ texts.answer_missing }</p>
            }
            <div class="ct-nav">
                { button(texts.back, app.on(Action::Back)) }
                <button type="submit" class="ct-primary">{ next_label }</button>
            </div>
        </form>
    }
}
