//! The one context every component reads: app state, its dispatcher and the instance id.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::{Action, Lang, State};
use crate::i18n::{self, Texts};

#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub state: UseReducerHandle<StateCell>,
    /// Unique per widget on the page; prefixes element ids and radio group names.
    pub instance: AttrValue,
}

/// `State` behind the `Reducible` trait, so that `core` stays free of Yew.
#[derive(Clone, PartialEq)]
pub struct StateCell(pub State);

impl Reducible for StateCell {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(StateCell(self.0.reduce(action)))
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
        self.state.dispatch(action);
    }

    /// A callback that sends `action` whatever the event.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(action))
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
