use yew::prelude::*;

use super::context::use_app;
use crate::core::{Scores, Strategy};
use crate::i18n;

#[derive(Properties, PartialEq)]
pub struct ScoreChartProps {
    pub scores: Scores,
    pub winner: Strategy,
}

const BAR_HEIGHT: usize = 28;
const GAP: usize = 12;
const LABEL_WIDTH: usize = 110;
const BAR_SPACE: usize = 170;

/// Three labelled bars as inline SVG, with the same figures as text for screen readers.
#[component]
pub fn ScoreChart(props: &ScoreChartProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let scores = props.scores;
    let summary =
        (app.texts().with.scores_summary)(scores.detach, scores.mediate, scores.terminate);
    let height = Strategy::ALL.len() * (BAR_HEIGHT + GAP);
    let width = LABEL_WIDTH + BAR_SPACE + 50;
    html! {
        <figure class="ct-chart">
            <svg viewBox={format!("0 0 {width} {height}")} role="img" aria-label={summary.clone()}>
                { for Strategy::ALL.iter().enumerate().map(|(row, &strategy)| {
                    let percent = usize::from(scores.get(strategy));
                    let y = row * (BAR_HEIGHT + GAP);
                    let text_y = y + BAR_HEIGHT / 2 + 5;
                    let class = classes!(
                        "ct-bar",
                        format!("ct-bar-{}", strategy.as_str()),
                        (strategy == props.winner).then_some("ct-bar-winner"),
                    );
                    html! {
                        <g class={class}>
                            <text x="0" y={text_y.to_string()} class="ct-bar-label">
                                { i18n::strategy(lang, strategy).name }
                            </text>
                            <rect x={LABEL_WIDTH.to_string()} y={y.to_string()}
                                width={(BAR_SPACE * percent / 100).max(2).to_string()}
                                height={BAR_HEIGHT.to_string()} rx="4" />
                            <text x={(LABEL_WIDTH + BAR_SPACE * percent / 100 + 8).to_string()}
                                y={text_y.to_string()} class="ct-bar-value">
                                { (app.texts().with.share)(scores.get(strategy)) }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="ct-visually-hidden">{ summary }</figcaption>
        </figure>
    }
}
