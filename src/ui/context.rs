//! The one context every component reads: app state, its dispatcher and the instance id.

use std::rc::Rc;

use yew::prelude::*;

use super::platform::Platform;
use crate::core::{Action, Lang, State, Timestamp};
use crate::i18n::{self, Texts};

#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub state: UseReducerHandle<StateCell>,
    /// Unique per widget on the page; prefixes element ids and radio group names.
    pub instance: AttrValue,
    pub platform: Platform,
    /// False when the browser refuses storage: no screen may then promise to keep answers.
    pub saving: bool,
}

/// `State` behind the `Reducible` trait, so that `core` stays free of Yew. The number counts
/// changes: the save effect keys on it instead of comparing the whole book on every render.
#[derive(Clone, PartialEq)]
pub struct StateCell(pub State, pub u64);

impl Reducible for StateCell {
    type Action = (Action, Timestamp);

    fn reduce(self: Rc<Self>, (action, at): (Action, Timestamp)) -> Rc<Self> {
        match self.0.apply(action, at) {
            Some(next) => Rc::new(StateCell(next, self.1 + 1)),
            None => self, // same Rc: Yew skips the re-render
        }
    }
}

impl AppContext {
    pub fn state(&self) -> &State {
        &self.state.0
    }

    pub fn lang(&self) -> Lang {
        self.state().lang
    }

    pub fn texts(&self) -> &'static Texts {
        i18n::texts(self.lang())
    }

    pub fn dispatch(&self, action: Action) {
        self.state.dispatch((action, (self.platform.now)()));
    }

    /// A callback that sends `action` whatever the event.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        let app = self.clone();
        Callback::from(move |_| app.dispatch(action.clone()))
    }

    /// An element id unique on the page.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.instance)
    }
}

#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside App")
}
