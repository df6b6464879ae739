use yew::prelude::*;

use super::context::use_app;
use crate::core::{Action, QUESTIONS};
use crate::i18n;

#[component]
pub fn Review() -> Html {
    let app = use_app();
    let texts = app.texts();
    let answers = app.state().answers();

    html! {
        <section class="ct-screen ct-review">
            <h2 class="ct-heading" tabindex="-1">{ texts.review_title }</h2>
            <p>{ texts.review_lead }</p>
            <ol class="ct-review-list">
                { for QUESTIONS.iter().enumerate().map(|(index, definition)| {
                    let text = i18n::question(app.lang(), definition.id);
                    let answer = answers.get(index).map(|a| text.answers[a].label).unwrap_or("—");
                    let prompt_id = app.id(&format!("review-q{index}"));
                    html! {
                        <li class="ct-review-item">
                            <span class="ct-review-q" id={prompt_id.clone()}>{ text.prompt }</span>
                            <span class="ct-review-a">{ answer }</span>
                            <button type="button" class="ct-link" aria-describedby={prompt_id}
                                onclick={app.on(Action::Edit(index))}>{ texts.change }</button>
                        </li>
                    }
                }) }
            </ol>
            <div class="ct-nav">
                <button type="button" onclick={app.on(Action::Back)}>{ texts.back }</button>
                <button type="button" class="ct-primary" onclick={app.on(Action::ShowResult)}>
                    { texts.show_result }
                </button>
            </div>
        </section>
    }
}
