//! Yew components: they render `State` and send `Action`s. No scoring, no storage here.

mod app;
mod chart;
mod context;
mod intro;
mod notice;
mod progress;
mod question;
mod result;
mod review;

pub use app::{App, AppProps, Theme};
