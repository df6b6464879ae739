//! Yew components: they render `State` and send `Action`s. No scoring, no storage here.

mod app;
mod chart;
mod clients;
mod context;
mod data;
mod intro;
mod notice;
mod plan;
mod platform;
mod progress;
mod question;
mod result;
mod review;

pub use app::{App, AppProps, Theme};
pub use platform::{Download, Elsewhere, Persisted, Platform, StorageIssue, Subscription};

/// The class of each screen's heading, where focus goes on a new screen; the loader finds it on
/// its start screen too (`web::mount::HEADING_CLASS`, shared through `web::facts`). A macro for
/// the selector, so the wasm carries one literal and no `format!`.
macro_rules! heading_class {
    () => {
        "ct-heading"
    };
}
pub const HEADING_CLASS: &str = heading_class!();
const HEADING_SELECTOR: &str = concat!(".", heading_class!());

/// A plain button with its visible name: one function instead of the same element built
/// inline at each of its places (each inline `html!` element is its own code in the wasm).
fn button(label: &'static str, onclick: yew::Callback<yew::MouseEvent>) -> yew::Html {
    yew::html! { <button type="button" {onclick}>{ label }</button> }
}
