use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::context::{AppContext, StateCell};
use super::intro::Intro;
use super::notice::StorageNotice;
use super::platform::Platform;
use super::platform::StorageIssue;
use super::question::QuestionScreen;
use super::result::ResultScreen;
use super::review::Review;
use crate::core::schema::Saved;
use crate::core::{Action, Lang, Screen, State, assess};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn from_attribute(value: Option<&str>) -> Theme {
        match value.map(str::trim) {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub initial: Rc<State>,
    pub instance: AttrValue,
    #[prop_or_default]
    pub theme: Theme,
    /// A problem found while loading, shown until it goes away.
    #[prop_or_default]
    pub storage_issue: Option<StorageIssue>,
    /// The unreadable value found in storage, offered for download.
    #[prop_or_default]
    pub unreadable: Option<Rc<str>>,
    pub platform: Platform,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || StateCell((*initial).clone(), 0));
    let storage_issue = use_state_eq(|| props.storage_issue);
    let root = use_node_ref();
    let platform = &props.platform;

    {
        // Saves after each change, never on mount: a page view alone writes nothing and wakes
        // no other tab. If another tab or page wrote meanwhile, the save merged it in, and
        // the widget takes the merged data in too.
        let persist = platform.persist.clone();
        let storage_issue = storage_issue.clone();
        let state = state.clone();
        let now = platform.now;
        use_effect_with(state.1, move |&revision| {
            if revision == 0 {
                return;
            }
            match persist.emit(Saved::from_state(&state.0)) {
                Ok(Some(merged)) => state.dispatch((
                    Action::Merge {
                        book: merged.book,
                        import: false,
                    },
                    now(),
                )),
                // A full quota clears itself once a write succeeds again.
                Ok(None) if *storage_issue == Some(StorageIssue::Full) => storage_issue.set(None),
                Ok(None) => {}
                // The unreadable-data notice stays: it tells where the old data went.
                Err(_) if *storage_issue == Some(StorageIssue::Unreadable) => {}
                Err(issue) => storage_issue.set(Some(issue)),
            }
        });
    }
    {
        let announce = platform.announce.clone();
        let answers = state.0.answers().clone();
        use_effect_with(state.0.finished, move |&finished| {
            if finished > 0 {
                announce.emit(assess(&answers));
            }
        });
    }
    {
        let watch = platform.watch_other_tabs.clone();
        let dispatcher = state.dispatcher();
        let now = platform.now;
        use_effect_with((), move |_| {
            let subscription = watch.emit(Callback::from(move |saved: Saved| {
                let action = Action::Merge {
                    book: saved.book,
                    import: false,
                };
                dispatcher.dispatch((action, now()));
            }));
            move || drop(subscription)
        });
    }
    {
        // Each new screen takes keyboard focus to its heading, except on page load:
        // a widget inside a blog post must not steal focus from the host page.
        let root = root.clone();
        let page_load = use_mut_ref(|| true);
        use_effect_with(state.0.screen(), move |_| {
            if std::mem::replace(&mut *page_load.borrow_mut(), false) {
                return;
            }
            let heading = root
                .cast::<web_sys::Element>()
                .and_then(|root| root.query_selector(".ct-heading").ok().flatten())
                .and_then(|heading| heading.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        });
    }

    let context = AppContext {
        state: state.clone(),
        instance: props.instance.clone(),
        platform: platform.clone(),
        saving: *storage_issue != Some(StorageIssue::Blocked),
    };
    let current = &state.0;
    let other_lang = match current.lang {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    let texts = context.texts();
    let screen = match current.screen() {
        Screen::Intro => html! { <Intro /> },
        // Keyed: reused radios would be renamed into the next question's group while still
        // checked, and the browser would then uncheck that question's saved answer.
        Screen::Question(index) => html! { <QuestionScreen key={index} {index} /> },
        Screen::Review => html! { <Review /> },
        Screen::Result => html! { <ResultScreen /> },
    };

    html! {
        <ContextProvider<AppContext> context={context.clone()}>
            <div class="ct" ref={root} data-screen={current.screen().name()} data-theme={props.theme.name()}
                lang={current.lang.code()}>
                <header class="ct-header">
                    <p class="ct-title">{ texts.widget_title }</p>
                    <button type="button" class="ct-lang" lang={other_lang.code()}
                        onclick={context.on(Action::SetLang(other_lang))}>
                        { texts.switch_language }
                    </button>
                </header>
                if let Some(issue) = *storage_issue {
                    <StorageNotice {issue} unreadable={props.unreadable.clone()} />
                }
                { screen }
            </div>
        </ContextProvider<AppContext>>
    }
}
