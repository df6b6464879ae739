use yew::prelude::*;

use super::context::use_app;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// 1-based.
    pub step: usize,
    pub total: usize,
}

/// `n / N` as text and as a bar. The bar is SVG so that no inline style attribute is needed
/// (a strict CSP host forbids them).
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let app = use_app();
    let label = (app.texts().with.progress)(props.step, props.total);
    let filled = (props.step * 100 / props.total.max(1)).to_string();
    html! {
        <div class="ct-progress">
            <span class="ct-progress-text" aria-hidden="true">{ format!("{} / {}", props.step, props.total) }</span>
            // Read out with the question heading when focus moves to it.
            <span class="ct-visually-hidden" id={app.id("progress")}>{ label.clone() }</span>
            <div class="ct-progress-bar" role="progressbar" aria-label={label.clone()}
                aria-valuemin="1" aria-valuemax={props.total.to_string()}
                aria-valuenow={props.step.to_string()} aria-valuetext={label}>
                <svg viewBox="0 0 100 8" preserveAspectRatio="none" focusable="false" aria-hidden="true">
                    <rect class="ct-progress-track" width="100" height="8" rx="4" />
                    <rect class="ct-progress-fill" width={filled} height="8" rx="4" />
                </svg>
            </div>
        </div>
    }
}
