use yew::prelude::*;

use super::clients::ClientPanel;
use super::context::use_app;
use super::data::DataPanel;
use crate::core::Action;
use crate::core::questions::question_count;
use crate::i18n::fill;

#[component]
pub fn Intro() -> Html {
    let app = use_app();
    let texts = app.texts();
    let length = fill(
        texts.intro_length,
        &[("count", &question_count().to_string())],
    );
    let started = !app.state().answers().is_empty();
    html! {
        <section class="ct-screen ct-intro" aria-labelledby={app.id("intro-lead")}>
            <p class="ct-lead ct-heading" tabindex="-1" id={app.id("intro-lead")}>{ texts.intro_lead }</p>
            <p class="ct-meta">{ length }</p>
            <p class="ct-privacy">{ texts.intro_privacy }</p>
            <div class="ct-nav">
                <button type="button" class="ct-primary ct-start" onclick={app.on(Action::Start)}>
                    { if started { texts.resume } else { texts.start } }
                </button>
            </div>
            <ClientPanel />
            <DataPanel />
        </section>
    }
}
