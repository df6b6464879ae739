//! The decision logic, free of browser types: compiled and tested with plain `cargo test`.

pub mod advice;
pub mod answers;
pub mod book;
pub mod clients;
pub mod lang;
pub mod model;
pub mod plans;
pub mod questions;
pub mod reminder;
pub mod schema;
pub mod state;
pub mod time;
pub mod wire;

pub use answers::Answers;
pub use book::Book;
pub use clients::Screen;
pub use lang::Lang;
pub use model::{Assessment, Reason, Refusal, Rule, Scores, assess};
pub use questions::{Gap, QUESTIONS, QuestionId, Signal, Strategy};
pub use state::{Action, Pending, Prompt, State};
pub use time::Timestamp;
