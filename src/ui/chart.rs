use yew::prelude::*;

use super::context::AppContext;
use crate::core::{Scores, Strategy};
use crate::i18n;

/// Three bars, each under its own name and share in body text, on a full-width track. The
/// words are the chart for screen readers (the bars are hidden from them); the name above each
/// bar and the winner's bold type tell the colours apart for those who cannot.
pub fn score_chart(app: &AppContext, scores: Scores, winner: Strategy) -> Html {
    let texts = app.texts();
    html! {
        <figure class="ct-chart" aria-labelledby={app.id("chart")}>
            <figcaption class="ct-chart-caption" id={app.id("chart")}>{ texts.scores_title }</figcaption>
            <ul class="ct-bars">
                { for Strategy::ALL.iter().map(|&strategy| {
                    let share = scores.get(strategy);
                    let mut class = String::from("ct-bar ct-bar-");
                    class.push_str(strategy.as_str());
                    if strategy == winner {
                        class.push_str(" ct-bar-winner");
                    }
                    with_class(html! {
                        <li>
                            <span class="ct-bar-label">{ i18n::strategy(app.lang(), strategy).name }</span>
                            { " " }
                            <span class="ct-bar-value">{ texts.with.share(share) }</span>
                            <svg class="ct-bar-track" viewBox="0 0 100 1" preserveAspectRatio="none"
                                aria-hidden="true" focusable="false">
                                <rect class="ct-bar-fill" width={u32::from(share.max(1)).to_string()} height="1" />
                            </svg>
                        </li>
                    }, class)
                }) }
            </ul>
        </figure>
    }
}

/// Sets the class of an element that has no other attributes. `class={…}` in `html!` goes
/// through Yew's `Classes`, a set with its own hashing code in the wasm, for a place that only
/// ever needs one string (bench/forbidden-symbols keeps `Classes` out). This reaches into
/// Yew's virtual DOM: e2e/behaviour.test.mjs ("the result says the rule, the close call …")
/// checks every bar's classes, so a Yew upgrade that changes it turns red there.
fn with_class(mut node: Html, class: String) -> Html {
    use yew::virtual_dom::{AttributeOrProperty, Attributes, VNode};
    if let VNode::VTag(tag) = &mut node
        && let Some(tag) = std::rc::Rc::get_mut(tag)
    {
        tag.set_attributes(Attributes::Dynamic {
            keys: &["class"],
            values: Box::new([Some(AttributeOrProperty::Attribute(class.into()))]),
        });
    }
    node
}
