use yew::prelude::*;

use super::chart::ScoreChart;
use super::context::use_app;
use super::plan::Plan;
use crate::core::{Action, Lang, QUESTIONS, Reason, assess};
use crate::i18n;

#[component]
pub fn ResultScreen() -> Html {
    let app = use_app();
    let lang = app.lang();
    let texts = app.texts();
    let assessment = use_memo(app.state().answers().clone(), assess);
    let winner = i18n::strategy(lang, assessment.strategy);
    let runner_up = i18n::strategy(lang, assessment.runner_up);

    html! {
        <section class="ct-screen ct-result" data-strategy={assessment.strategy.as_str()}
            data-scores={assessment.scores.to_attribute()}>
            <p class="ct-kicker">{ texts.result_kicker }</p>
            <h2 class="ct-heading ct-verdict" tabindex="-1">{ winner.name }</h2>
            <p class="ct-summary">{ winner.summary }</p>
            if let Some(rule) = assessment.rule {
                <p class="ct-rule"><strong>{ i18n::rule(lang, rule) }</strong></p>
            }
            if assessment.close_call {
                <p class="ct-close-call">
                    { (texts.with.close_call)(winner.name, runner_up.name) }
                </p>
            }

            <h3>{ texts.scores_title }</h3>
            <ScoreChart scores={assessment.scores} winner={assessment.strategy} />

            if !assessment.reasons.is_empty() {
                <h3>{ texts.why_title }</h3>
                { reason_list(lang, &assessment.reasons, "ct-reasons") }
            }
            if !assessment.against.is_empty() {
                <h3>{ texts.against_title }</h3>
                { reason_list(lang, &assessment.against, "ct-against") }
            }

            <div class="ct-plans">
                <Plan strategy={assessment.strategy} title={texts.plan_title} />
                if assessment.close_call {
                    <Plan strategy={assessment.runner_up}
                        title={(texts.with.second_plan_title)(runner_up.name)} />
                }
            </div>

            <h3>{ texts.gaps_title }</h3>
            if assessment.gaps.is_empty() {
                <p>{ texts.gaps_none }</p>
            } else {
                <ul class="ct-gaps">
                    { for assessment.gaps.iter().map(|&gap| {
                        let text = i18n::gap(lang, gap);
                        html! { <li><strong>{ text.missing }</strong>{ " " }{ text.fix }</li> }
                    }) }
                </ul>
            }

            <div class="ct-nav">
                <button type="button" onclick={app.on(Action::Back)}>{ texts.back_to_review }</button>
                <button type="button" onclick={app.on(Action::Restart)}>{ texts.restart }</button>
            </div>
        </section>
    }
}

/// Answers as sentences about the reader's situation. A function, not a component: it has
/// no state, and every component costs its own lifecycle code in the wasm.
fn reason_list(lang: Lang, reasons: &[Reason], class: &'static str) -> Html {
    html! {
        <ul {class}>
            { for reasons.iter().map(|reason| {
                let text = i18n::question(lang, QUESTIONS[reason.question].id);
                html! { <li key={reason.question}>{ text.answers[reason.answer].reason }</li> }
            }) }
        </ul>
    }
}
