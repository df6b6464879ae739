//! Everything a user can do, as `Action`s, and the pure reducer that applies them.

use super::answers::Answers;
use super::lang::Lang;
use super::questions::question_count;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// The question with this index (0-based).
    Question(usize),
    Review,
    Result,
}

impl Screen {
    /// The `data-screen` value host pages and tests rely on.
    pub fn name(self) -> &'static str {
        match self {
            Screen::Intro => "intro",
            Screen::Question(_) => "question",
            Screen::Review => "review",
            Screen::Result => "result",
        }
    }
}

/// A message the current screen shows until the user acts again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// Next or result was pressed without an answer.
    AnswerMissing,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    /// True once the reader picked the language with the switch; only then is it remembered.
    pub lang_chosen: bool,
    pub screen: Screen,
    pub answers: Answers,
    pub prompt: Option<Prompt>,
    /// Set when a question was opened from the review: Next goes back there.
    pub return_to_review: bool,
    /// Counts finished assessments in this page view; each increment announces one result.
    pub finished: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Start,
    Choose {
        question: usize,
        answer: usize,
    },
    Next,
    Back,
    /// Open a question from the review to change its answer.
    Edit(usize),
    ShowResult,
    /// Clear the answers and go back to the intro.
    Restart,
    SetLang(Lang),
}

impl State {
    pub fn new(lang: Lang) -> Self {
        State {
            lang,
            lang_chosen: false,
            screen: Screen::Intro,
            answers: Answers::new(),
            prompt: None,
            return_to_review: false,
            finished: 0,
        }
    }

    /// A saved draft, put back on a screen that its answers allow.
    pub fn resumed(lang: Lang, screen: Screen, answers: Answers, lang_chosen: bool) -> Self {
        let last = question_count() - 1;
        let screen = match screen {
            Screen::Question(i) => Screen::Question(i.min(last)),
            Screen::Review | Screen::Result if !answers.is_complete() => {
                Screen::Question(answers.first_unanswered().unwrap_or(0))
            }
            other => other,
        };
        State {
            screen,
            answers,
            lang_chosen,
            ..State::new(lang)
        }
    }

    /// 1-based position for the progress indicator, `None` outside the questions.
    pub fn step(&self) -> Option<usize> {
        match self.screen {
            Screen::Question(i) => Some(i + 1),
            _ => None,
        }
    }

    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        next.prompt = None;
        let count = question_count();
        match (action, self.screen) {
            (Action::Start, Screen::Intro) => {
                next.screen = Screen::Question(0);
                next.return_to_review = false;
            }
            (Action::Choose { question, answer }, Screen::Question(current))
                if question == current =>
            {
                next.answers.set(question, answer);
            }
            (Action::Next, Screen::Question(i)) => {
                if self.answers.get(i).is_none() {
                    next.prompt = Some(Prompt::AnswerMissing);
                } else if i + 1 >= count || (self.return_to_review && self.answers.is_complete()) {
                    next.screen = Screen::Review;
                    next.return_to_review = false;
                } else {
                    next.screen = Screen::Question(i + 1);
                }
            }
            (Action::Back, Screen::Question(0)) => next.screen = Screen::Intro,
            (Action::Back, Screen::Question(i)) => next.screen = Screen::Question(i - 1),
            (Action::Back, Screen::Review) => next.screen = Screen::Question(count - 1),
            (Action::Back, Screen::Result) => next.screen = Screen::Review,
            (Action::Edit(i), Screen::Review | Screen::Result) if i < count => {
                next.screen = Screen::Question(i);
                next.return_to_review = true;
            }
            (Action::ShowResult, Screen::Review) => match self.answers.first_unanswered() {
                Some(missing) => {
                    next.screen = Screen::Question(missing);
                    next.prompt = Some(Prompt::AnswerMissing);
                    next.return_to_review = true;
                }
                None => {
                    next.screen = Screen::Result;
                    next.finished += 1;
                }
            },
            (Action::Restart, _) => {
                next = State {
                    finished: self.finished,
                    lang_chosen: self.lang_chosen,
                    ..State::new(self.lang)
                };
            }
            (Action::SetLang(lang), _) => {
                next.lang = lang;
                next.lang_chosen = true;
                next.prompt = self.prompt;
            }
            // Anything else does not apply on this screen (e.g. a stale click): no change.
            _ => return self.clone(),
        }
        next
    }
}
