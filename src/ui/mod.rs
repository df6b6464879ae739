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
pub use platform::{Download, Platform, StorageIssue, Subscription};
