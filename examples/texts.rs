//! Writes the language files the browser loads: `cargo run --example texts -- <folder>` makes
//! `<folder>/de.txt` and `<folder>/en.txt` from `src/i18n/de.rs` and `en.rs`, and beside them
//! what the loader shows before the wasm arrives: the intro and question 1 rendered by the
//! widget's own component (yew's server renderer) in each language (`intro-de.html` …); and
//! `loader/generated/facts.js`, what the loader shares with the widget
//! (`client_triage::web::facts`), checked in; and `survey-de.json`, the German questions for the
//! benchmark's SurveyJS page (`bench/surveyjs/build.mjs`). Trunk
//! runs it before every build (Trunk.toml); `scripts/post-build.mjs` puts them together with the
//! widget's style sheet into files with hashed names.

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/screens.rs"]
mod screens;

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/survey.rs"]
mod survey;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use client_triage::core::{Action, Lang, State, Timestamp};
    use client_triage::i18n;
    use screens::Screens;

    /// A fresh reader's screens show no time.
    const AT: Timestamp = Timestamp(0);
    let screens = Screens::new(|| AT, |_| String::new());
    let render = |state: State| screens.render(state);

    let folder = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: texts <folder>"));
    std::fs::create_dir_all(&folder).expect("the folder can be made");
    let write = |name: String, content: &str| {
        std::fs::write(folder.join(&name), content).unwrap_or_else(|e| panic!("{name}: {e}"));
    };
    // What the loader shares with the widget (loader/embed/ imports it; so does post-build),
    // checked in beside the loader: tests/contract.rs fails while it differs from this.
    let facts = concat!(env!("CARGO_MANIFEST_DIR"), "/loader/generated/facts.js");
    std::fs::write(facts, client_triage::web::facts::module())
        .unwrap_or_else(|e| panic!("{facts}: {e}"));
    for lang in Lang::ALL {
        write(format!("{}.txt", lang.code()), &i18n::write(lang));
        let intro = State::new(lang, AT);
        let question = intro
            .apply(Action::Start, AT)
            .expect("Start opens question 1");
        write(format!("intro-{}.html", lang.code()), &render(intro));
        write(format!("question-{}.html", lang.code()), &render(question));
    }
    // The benchmark's SurveyJS page asks the same questions (bench/surveyjs/build.mjs).
    write("survey-de.json".to_owned(), &survey::survey_json(Lang::De));
}

/// The files are written natively; a wasm build of the examples has nothing to do.
#[cfg(target_arch = "wasm32")]
fn main() {}
