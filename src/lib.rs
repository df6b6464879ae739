//! client-triage: a self-assessment about one difficult client that recommends detaching,
//! mediating or ending the relationship — entirely in the browser.
//!
//! `core` decides (pure Rust), `i18n` words it, `ui` shows it, `web` talks to the browser.

pub mod core;
pub mod i18n;
pub mod ui;
pub mod web;
