use yew::prelude::*;

use super::button;

use super::context::AppContext;
use crate::core::{Action, QUESTIONS};
use crate::i18n;

/// Every answer on a compact row with its Change button; the result is one step away at the
/// top and at the bottom.
pub fn review(app: &AppContext) -> Html {
    let texts = app.texts();
    let answers = app.state().answers();
    let show_result = || {
        html! {
            <button type="button" class="ct-primary" onclick={app.on(Action::ShowResult)}>
                { texts.show_result }
            </button>
        }
    };

    html! {
        <section class="ct-screen ct-review">
            <h2 class="ct-heading" tabindex="-1">{ texts.review_title }</h2>
            <p>{ texts.review_lead }</p>
            <div class="ct-nav ct-nav-top">{ show_result() }</div>
            <ol class="ct-review-list">
                { for QUESTIONS.iter().enumerate().map(|(index, definition)| {
                    let text = i18n::question(app.lang(), definition.id);
                    let answer = answers.get(index).map(|a| text.answers[a].label).unwrap_or("—");
                    html! {
                        <li class="ct-review-item">
                            <span class="ct-review-q">{ text.prompt }</span>
                            <span class="ct-review-a">{ answer }</span>
                            // Heard as "Change: <question>", seen as "Change".
                            <button type="button" class="ct-link" id={app.id(&format!("change-{index}"))}
                                onclick={app.on(Action::Edit(index))}>
                                // One flex item: the browser would put a space before each item.
                                // The colon is transparent, not hidden: a hidden one would be
                                // heard after a space ("Change : …").
                                <span>
                                    <span class="ct-underline">{ texts.change }</span>
                                    <span class="ct-colon">{ ":" }</span>
                                    <span class="ct-visually-hidden">{ text.prompt }</span>
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <div class="ct-nav">
                { button(texts.back, app.on(Action::Back)) }
                { show_result() }
            </div>
        </section>
    }
}
