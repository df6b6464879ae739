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
                    let class = classes!(
                        "ct-bar",
                        format!("ct-bar-{}", strategy.as_str()),
                        (strategy == winner).then_some("ct-bar-winner"),
                    );
                    html! {
                        <li {class}>
                            <span class="ct-bar-label">{ i18n::strategy(app.lang(), strategy).name }</span>
                            { " " }
                            <span class="ct-bar-value">{ texts.with.share(share) }</span>
                            <svg class="ct-bar-track" viewBox="0 0 100 1" preserveAspectRatio="none"
                                aria-hidden="true" focusable="false">
                                <rect class="ct-bar-fill" width={share.max(1).to_string()} height="1" />
                            </svg>
                        </li>
                    }
                }) }
            </ul>
        </figure>
    }
}
