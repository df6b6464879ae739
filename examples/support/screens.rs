//! Renders the widget's screens natively with its own component and yew's server renderer: the
//! start screens of the language files (`texts.rs`) and result screens read as text
//! (`results.rs`). The platform does nothing: no storage, no downloads.

use std::rc::Rc;

use client_triage::core::{State, Timestamp};
use client_triage::ui::{App, AppProps, Persisted, Platform, Subscription};
use client_triage::web::mount::INSTANCE_PREFIX;
use yew::{Callback, LocalServerRenderer};

pub struct Screens {
    platform: Rc<Platform>,
    /// One runtime for every screen: the server renderer is async, the screens are not.
    runtime: tokio::runtime::Runtime,
}

impl Screens {
    /// `now` and `local_date` are the time and the day the screens show.
    pub fn new(now: fn() -> Timestamp, local_date: fn(Timestamp) -> String) -> Screens {
        let platform = Rc::new(Platform {
            now,
            local_date,
            persist: Callback::from(|_| Ok(Persisted::Done)),
            announce: Callback::from(|_| {}),
            download: Callback::from(|_| false),
            copy_text: Callback::from(|_| {}),
            print: Callback::from(|_| {}),
            read_file: Callback::from(|_| {}),
            watch_other_tabs: Callback::from(|_| Subscription(Box::new(()))),
            forget: Callback::from(|_| Ok(())),
            forget_backups: Callback::from(|_| Ok(())),
            others_keep_data: Callback::from(|_| false),
            keep_data: Callback::from(|_| {}),
            load_language: Callback::from(|_| {}),
            page_address: || None,
        });
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a tokio runtime");
        Screens { platform, runtime }
    }

    /// The widget's markup for `state`.
    pub fn render(&self, state: State) -> String {
        let props = AppProps {
            initial: Rc::new(state),
            instance: format!("{INSTANCE_PREFIX}1").into(),
            resumed: false,
            theme: Default::default(),
            storage_issue: None,
            unreadable: None,
            backups: Default::default(),
            platform: self.platform.clone(),
            source_url: None,
        };
        tokio::task::LocalSet::new().block_on(
            &self.runtime,
            LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        )
    }
}
