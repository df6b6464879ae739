use yew::prelude::*;

use super::context::AppContext;

/// `n / N` and a bar, for the eye only: the question heading is described by the same position
/// in words, so that a screen reader hears it once, as focus lands on the question. The bar is
/// SVG so that no inline style attribute is needed (a strict CSP host forbids them).
pub fn progress(app: &AppContext, step: usize, total: usize) -> Html {
    let filled = (step * 100 / total.max(1)).to_string();
    html! {
        <>
            <div class="ct-progress" aria-hidden="true">
                <span class="ct-progress-text">{ format!("{step} / {total}") }</span>
                <div class="ct-progress-bar" role="progressbar" aria-valuemin="1"
                    aria-valuemax={total.to_string()} aria-valuenow={step.to_string()}>
                    <svg viewBox="0 0 100 1" preserveAspectRatio="none" focusable="false">
                        <rect class="ct-progress-fill" width={filled} height="1" />
                    </svg>
                </div>
            </div>
            <span hidden=true id={app.id("progress")}>{ app.texts().with.progress(step, total) }</span>
        </>
    }
}
