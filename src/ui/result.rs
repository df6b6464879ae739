use yew::prelude::*;

use super::button;

use super::chart::score_chart;
use super::context::{AppContext, Keep, Said};
use super::data::export_all;
use super::plan::{plan, step_item};
use super::platform::Download;
use crate::core::advice::{Advice, Plan, advise, why_shown};
use crate::core::clients::Record;
use crate::core::model::fired_rule;
use crate::core::reminder::{Reminder, calendar_file};
use crate::core::{Action, Answers, Assessment, Lang, QUESTIONS, Reason, Strategy, assess};
use crate::i18n;

/// The verdict, its lead sentence, the close-call note, the legal line of a plan that ends the
/// relationship and the first step come first: on a phone they are the first screen. Then why,
/// the chart, the rest of the plan, prevention.
pub fn result_screen(app: &AppContext) -> Html {
    let lang = app.lang();
    let texts = app.texts();
    let answers = app.state().answers();
    let assessment = assess(answers);
    let advice = advise(answers, assessment.strategy, assessment.rule);
    let runner_up = i18n::strategy(lang, assessment.runner_up);

    html! {
        <section class="ct-screen ct-result" data-strategy={assessment.strategy.as_str()}
            data-scores={assessment.scores.to_attribute()} data-advice={plan_name(advice.plan)}>
            // Heard with the heading when the result opens: the lead, the close call, the first step.
            { verdict(app, assessment.strategy, &advice, if assessment.close_call { &["close-call", "first-step"] } else { &["first-step"] }) }
            if assessment.close_call {
                <p class="ct-close-call" id={app.id("close-call")}>{ i18n::close_call_note(lang, &assessment) }</p>
            }
            if let Some(line) = i18n::advice(lang).legal_line(&advice) {
                <p class="ct-legal">{ line }</p>
            }
            <div class="ct-first-step" id={app.id("first-step")}>
                <h3>{ texts.first_step }</h3>
                { step_item(lang, answers, advice.first.step, &advice.quoted()[0]) }
            </div>
            { why_section(app, answers, &assessment, &advice) }

            <div class="ct-plans">
                { plan(app, assessment.strategy, &advice, main_plan_title(app, &advice), false, Html::default()) }
                if assessment.close_call {
                    // Everything about the runner-up in one fold: what points to it, its plan.
                    { plan(app, assessment.runner_up, &advise(answers, assessment.runner_up, None),
                        texts.with.second_plan_title(runner_up.name), true, html! {
                        <>
                            if !assessment.against.is_empty() {
                                <h4>{ i18n::advice(lang).against(runner_up.name) }</h4>
                                <ul class="ct-against">{ reason_items(lang, &assessment.against) }</ul>
                            }
                            if let Some(tip) = i18n::tip_note(lang, answers, &assessment) {
                                <p class="ct-tip">{ tip }</p>
                            }
                            <p class="ct-second-intro">{ i18n::advice(lang).second_intro(runner_up.name) }</p>
                        </>
                    }) }
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

            if app.state().finished > 0 && app.state().book.offers_copy((app.platform.now)()) {
                <div class="ct-notice ct-copy-offer">
                    <p>{ texts.copy_offer }</p>
                    <div class="ct-row">
                        { button(texts.copy_offer_save, then_onward(app, export_all(app))) }
                        { button(texts.copy_offer_close, then_onward(app, app.on(Action::CloseCopyOffer))) }
                    </div>
                </div>
            }
            { reminder(app, assessment.strategy) }

            <div class="ct-nav">
                { button(texts.back_to_review, app.on(Action::Back)) }
                { button(texts.restart, app.on(Action::Restart)) }
            </div>
        </section>
    }
}

/// The copy offer's buttons remove the offer: focus goes on to the control after it.
fn then_onward(app: &AppContext, action: Callback<MouseEvent>) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |event| {
        action.emit(event);
        app.focus_soon(&["reminder"]);
    })
}

/// "Your next steps", or the safety plan's own title; "Your plan" where the first step at the
/// top is the only one (no "next steps" heading over none, editor round 11).
fn main_plan_title(app: &AppContext, advice: &Advice) -> String {
    match advice.plan {
        Plan::Safety => i18n::advice(app.lang()).safety_title,
        _ if advice.steps.len() <= 1 => app.texts().plan_title_single,
        _ => app.texts().plan_title,
    }
    .to_owned()
}

/// The plan's name for `data-advice` on the result: a threat gets the safety plan.
fn plan_name(plan: Plan) -> &'static str {
    match plan {
        Plan::Detach => "detach",
        Plan::Mediate => "mediate",
        Plan::Terminate => "terminate",
        Plan::Safety => "safety",
    }
}

/// An earlier assessment from the history, as it was decided then, with its plan's steps;
/// nothing on it can be changed.
pub fn past_result(
    app: &AppContext,
    record: &Record,
    date: &str,
    close: Callback<MouseEvent>,
) -> Html {
    let texts = app.texts();
    let mut assessment = assess(&record.answers);
    // The verdict and shares as recorded: a later change of the model does not rewrite them.
    if assessment.strategy != record.strategy {
        assessment.reasons.clear();
        assessment.rule = None;
    }
    assessment.strategy = record.strategy;
    assessment.scores = record.scores;
    let advice = advise(
        &record.answers,
        record.strategy,
        fired_rule(&record.answers),
    );
    html! {
        <section class="ct-screen ct-result ct-past">
            <p class="ct-meta">{ texts.with.past_title(date) }</p>
            { verdict(app, record.strategy, &advice, &[]) }
            { why_section(app, &record.answers, &assessment, &advice) }
            <h3>{ texts.plan_title }</h3>
            <ol class="ct-steps">
                { for advice.steps.iter().zip(advice.quoted()).map(|(shown, quoted)| html! {
                    <li>{ step_item(app.lang(), &record.answers, shown.step, &quoted) }</li>
                }) }
            </ol>
            <div class="ct-nav">
                <button type="button" id={app.id("past-close")} onclick={close}>{ texts.back_to_start }</button>
            </div>
        </section>
    }
}

/// "Recommendation: Mediate" as one heading (the first word styled as a kicker), described by
/// the lead sentence for the reader's answers under it, then by the elements `more` names
/// (ids for `AppContext::id`).
fn verdict(app: &AppContext, strategy: Strategy, advice: &Advice, more: &[&str]) -> Html {
    let lang = app.lang();
    let mut described = app.id("lead");
    for name in more {
        described.push(' ');
        described.push_str(&app.id(name));
    }
    html! {
        <>
            <h2 class="ct-heading ct-verdict" tabindex="-1" aria-describedby={described}>
                // The colon is for the heading's name; the eye sees a kicker above the verdict.
                <span class="ct-kicker">{ app.texts().result_kicker }<span class="ct-colon">{ ":" }</span></span>
                { " " }
                <span>{ i18n::strategy(lang, strategy).name }</span>
            </h2>
            <p class="ct-summary" id={app.id("lead")}>{ i18n::advice(lang).lead(advice.lead) }</p>
        </>
    }
}

/// The article's hard rule if one decided, the answers behind the verdict that the lead and
/// the first step have not said already (`advice::why`), the shares, and the article by its
/// title (a link where the host page names its address).
fn why_section(
    app: &AppContext,
    answers: &Answers,
    assessment: &Assessment,
    shown: &Advice,
) -> Html {
    let lang = app.lang();
    let texts = app.texts();
    let advice = i18n::advice(lang);
    let reasons = why_shown(answers, assessment, shown);
    html! {
        <>
            if assessment.rule.is_some() || !reasons.is_empty() {
                <h3>{ texts.why_title }</h3>
            }
            if let Some(rule) = assessment.rule {
                <p class="ct-rule"><strong>{ i18n::rule(lang, rule) }</strong></p>
            }
            if !reasons.is_empty() {
                <ul class="ct-reasons">{ reason_items(lang, &reasons) }</ul>
            }
            { score_chart(app, assessment.scores, assessment.strategy) }
            <p class="ct-meta ct-source">
                if let Some(url) = app.source_url.clone() {
                    <a href={url} target="_blank" rel="noopener">{ advice.source_line() }</a>
                } else {
                    { advice.source_line() }
                }
            </p>
        </>
    }
}

/// Answers as sentences about the reader's situation, as the items of a list. The caller writes
/// the list with its class as a literal: a class given at run time goes through Yew's `Classes`.
fn reason_items(lang: Lang, reasons: &[Reason]) -> Html {
    html! {
        { for reasons.iter().map(|reason| {
            let text = i18n::question(lang, QUESTIONS[reason.question].id);
            html! { <li key={reason.question}>{ text.answers[reason.answer].reason }</li> }
        }) }
    }
}

/// Folded: a calendar file for coming back to this client in 1, 2 or 4 weeks, one button each;
/// it names the client only when the reader ticks the box (calendars are often shared or synced).
fn reminder(app: &AppContext, strategy: Strategy) -> Html {
    let texts = app.texts();
    let toggle = {
        let kept = app.local.kept.clone();
        Callback::from(move |_: Event| kept.dispatch(Keep::ReminderNamed))
    };
    let remind = {
        let app = app.clone();
        Callback::from(move |weeks: u8| {
            let texts = app.texts();
            let label = &app.state().client().label;
            let client = if app.local.kept.reminder_named && !label.is_empty() {
                label
            } else {
                texts.reminder_unnamed
            };
            let mut description = texts
                .with
                .reminder_description(i18n::strategy(app.lang(), strategy).name);
            if let Some(address) = (app.platform.page_address)() {
                description.push('\n');
                description.push_str(&address);
            }
            let created = (app.platform.now)();
            let reminder = Reminder {
                created,
                today: &(app.platform.local_date)(created),
                weeks,
                summary: &texts.with.reminder_summary(client),
                description: &description,
            };
            let (day, content) = calendar_file(&reminder);
            let name = format!("client-triage-{day}.ics");
            let started = app.platform.download.emit(Download {
                name: name.clone(),
                mime: "text/calendar",
                content,
            });
            if started {
                app.local.kept.dispatch(Keep::Say(Said::Reminder(name)));
            }
        })
    };
    let weeks = [
        (1, texts.in_1_week),
        (2, texts.in_2_weeks),
        (4, texts.in_4_weeks),
    ];
    html! {
        <details class="ct-fold ct-reminder">
            <summary id={app.id("reminder")}>{ texts.reminder_title }</summary>
            <p class="ct-meta">{ texts.reminder_lead }</p>
            if !app.state().client().label.is_empty() {
                <label class="ct-option">
                    <input type="checkbox" checked={app.local.kept.reminder_named}
                        onchange={toggle} />
                    { texts.reminder_with_name }
                </label>
            }
            <div class="ct-row">
                { for weeks.map(|(weeks, text)| button(text, remind.reform(move |_| weeks))) }
            </div>
        </details>
    }
}
