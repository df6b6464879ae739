use yew::prelude::*;

use super::clients::ClientPanel;
use super::context::use_app;
use super::data::DataPanel;
use crate::core::Action;
use crate::core::questions::question_count;

#[component]
pub fn Intro() -> Html {
    let app = use_app();
    let texts = app.texts();
    let length = (texts.with.intro_length)(question_count());
    let started = !app.state().answers().is_empty();
    html! {
        <section class="ct-screen ct-intro" aria-labelledby={app.id("intro-lead")}>
            <p class="ct-lead ct-heading" tabindex="-1" id={app.id("intro-lead")}>{ texts.intro_lead }</p>
            <p class="ct-meta">{ length }</p>
            <p class="ct-privacy">{ if app.saving { texts.intro_privacy } else { texts.intro_privacy_unsaved } }</p>
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
