//! Writes the language files the browser loads: `cargo run --example texts -- <folder>` makes
//! `<folder>/de.txt` and `<folder>/en.txt` from `src/i18n/de.rs` and `en.rs`, and beside them
//! what the loader shows before the wasm arrives: the intro and question 1 rendered by the
//! widget's own component (yew's server renderer) in each language (`intro-de.html` …). Trunk
//! runs it before every build (Trunk.toml); `scripts/post-build.mjs` puts them together with the
//! widget's style sheet into files with hashed names.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::rc::Rc;

    use client_triage::core::{Action, Lang, State, Timestamp};
    use client_triage::i18n;
    use client_triage::ui::{App, AppProps, Platform, Subscription};
    use yew::{Callback, LocalServerRenderer};

    /// A fresh reader's screens show no time.
    const AT: Timestamp = Timestamp(0);
    let platform = Rc::new(Platform {
        now: || AT,
        local_date: |_| String::new(),
        persist: Callback::from(|_| Ok(None)),
        announce: Callback::from(|_| {}),
        download: Callback::from(|_| {}),
        copy_text: Callback::from(|_| {}),
        print: Callback::from(|_| {}),
        read_file: Callback::from(|_| {}),
        watch_other_tabs: Callback::from(|_| Subscription(Box::new(()))),
        keep_data: Callback::from(|_| {}),
        load_language: Callback::from(|_| {}),
        page_address: || None,
    });
    // One runtime for every screen: the server renderer is async, the screens are not.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    let render = |state: State| {
        let props = AppProps {
            initial: Rc::new(state),
            instance: "ct1".into(),
            resumed: false,
            theme: Default::default(),
            storage_issue: None,
            unreadable: None,
            platform: platform.clone(),
            source_url: None,
        };
        tokio::task::LocalSet::new().block_on(
            &runtime,
            LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        )
    };

    let folder = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: texts <folder>"));
    std::fs::create_dir_all(&folder).expect("the folder can be made");
    let write = |name: String, content: &str| {
        std::fs::write(folder.join(&name), content).unwrap_or_else(|e| panic!("{name}: {e}"));
    };
    for lang in Lang::ALL {
        write(format!("{}.txt", lang.code()), &i18n::write(lang));
        let intro = State::new(lang, AT);
        let question = intro
            .apply(Action::Start, AT)
            .expect("Start opens question 1");
        write(format!("intro-{}.html", lang.code()), &render(intro));
        write(format!("question-{}.html", lang.code()), &render(question));
    }
}

/// The files are written natively; a wasm build of the examples has nothing to do.
#[cfg(target_arch = "wasm32")]
fn main() {}
