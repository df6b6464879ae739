//! Browser tests: the real widget mounted in headless Chromium (wasm-bindgen-test).
// Needs the feature bundled-texts (Cargo.toml: required-features), which compiles the texts in.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use client_triage::core::QUESTIONS;
use client_triage::web::{events::RESULT_EVENT, mount, storage};
use gloo::events::EventListener;
use gloo::utils::document;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// What the loader gives every host before the module mounts it.
fn open_shadow(host: &Element) {
    host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
}

/// How the loader starts a widget in English, with nothing done on its start screen.
fn english() -> mount::Start {
    mount::Start {
        lang: client_triage::core::Lang::En,
        ..mount::Start::default()
    }
}

/// A fresh host element with its own storage key, so tests never share state.
fn host(key: &str) -> Element {
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item(&storage::namespaced(Some(key)));
    let host = document().create_element("div").unwrap();
    host.set_attribute("data-client-triage", "").unwrap();
    host.set_attribute("data-storage-key", key).unwrap();
    // As the loader gives it (loader/embed/ makes the shadow root; it also chooses the
    // language, see `english`).
    open_shadow(&host);
    document().body().unwrap().append_child(&host).unwrap();
    host
}

async fn mounted(key: &str) -> Element {
    let host = host(key);
    mount::mount(&host, english()).expect("mounts");
    yew::scheduler::flush().await;
    host
}

fn find(host: &Element, selector: &str) -> Option<Element> {
    host.shadow_root()
        .unwrap()
        .query_selector(selector)
        .unwrap()
}

fn screen(host: &Element) -> String {
    find(host, "[data-screen]")
        .unwrap()
        .get_attribute("data-screen")
        .unwrap()
}

async fn click(host: &Element, selector: &str) {
    find(host, selector)
        .unwrap_or_else(|| panic!("{selector} is on screen"))
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn intro_explains_the_widget_and_promises_privacy() {
    let host = mounted("ct-test-intro").await;
    assert_eq!(screen(&host), "intro");
    let text = find(&host, ".ct").unwrap().text_content().unwrap();
    assert!(text.contains("detach, negotiate or end"), "{text}");
    assert!(text.contains("send your data anywhere"), "{text}");
    assert!(
        find(&host, "input[type=radio]").is_none(),
        "no question before start"
    );
}

#[wasm_bindgen_test]
async fn start_shows_the_first_question_with_native_radios_in_labels() {
    let host = mounted("ct-test-start").await;
    let start = find(&host, ".ct-start").unwrap();
    assert_eq!(
        start.get_attribute("type").as_deref(),
        Some("button"),
        "a native, keyboard-operable button"
    );
    click(&host, ".ct-start").await;
    assert_eq!(screen(&host), "question");
    assert_eq!(
        host.shadow_root().unwrap().active_element(),
        find(&host, "h2"),
        "start hands keyboard focus to the first question"
    );
    let radios = host
        .shadow_root()
        .unwrap()
        .query_selector_all("label > input[type=radio]")
        .unwrap();
    assert_eq!(radios.length() as usize, QUESTIONS[0].answers.len());
    let bar = find(&host, "[role=progressbar]").unwrap();
    assert_eq!(bar.get_attribute("aria-valuenow").as_deref(), Some("1"));
    assert_eq!(
        bar.get_attribute("aria-valuemax"),
        Some(QUESTIONS.len().to_string())
    );
}

#[wasm_bindgen_test]
async fn submitting_the_question_form_is_next_so_enter_works() {
    let host = mounted("ct-test-enter").await;
    click(&host, ".ct-start").await;
    click(&host, "input[type=radio]").await;
    // Enter in a form submits it; requestSubmit is the same path without a synthetic key event.
    find(&host, "form")
        .unwrap()
        .unchecked_into::<web_sys::HtmlFormElement>()
        .request_submit()
        .unwrap();
    yew::scheduler::flush().await;
    let bar = find(&host, "[role=progressbar]").unwrap();
    assert_eq!(bar.get_attribute("aria-valuenow").as_deref(), Some("2"));
    let heading = find(&host, "h2").unwrap();
    assert_eq!(
        host.shadow_root().unwrap().active_element(),
        Some(heading),
        "focus moves to the new question's heading"
    );
}

#[wasm_bindgen_test]
async fn next_without_answer_shows_an_error() {
    let host = mounted("ct-test-missing").await;
    click(&host, ".ct-start").await;
    click(&host, "button[type=submit]").await;
    assert_eq!(screen(&host), "question");
    assert!(find(&host, "[role=alert]").is_some());
}

#[wasm_bindgen_test]
async fn a_full_walk_reaches_the_result_and_fires_one_event() {
    let host = mounted("ct-test-walk").await;
    let events: Rc<RefCell<Vec<CustomEvent>>> = Rc::default();
    let recorded = events.clone();
    let _listener = EventListener::new(&document(), RESULT_EVENT, move |event| {
        recorded.borrow_mut().push(event.clone().unchecked_into());
    });
    click(&host, ".ct-start").await;
    for _ in QUESTIONS {
        // The last answer of every question: threats among them, so the verdict is certain.
        click(&host, "label:last-of-type input[type=radio]").await;
        click(&host, "button[type=submit]").await;
    }
    assert_eq!(screen(&host), "review");
    click(&host, ".ct-review .ct-primary").await;
    assert_eq!(screen(&host), "result");
    let result = find(&host, "[data-strategy]").unwrap();
    assert_eq!(
        result.get_attribute("data-strategy").as_deref(),
        Some("terminate")
    );
    let scores = result.get_attribute("data-scores").unwrap();
    assert!(
        scores.starts_with("detach:") && scores.contains(",terminate:"),
        "{scores}"
    );

    let events = events.borrow();
    assert_eq!(events.len(), 1, "the result is announced once");
    let detail = events[0].detail();
    let strategy = js_sys::Reflect::get(&detail, &"strategy".into()).unwrap();
    assert_eq!(strategy.as_string().as_deref(), Some("terminate"));
    assert!(events[0].bubbles() && events[0].composed());
}

#[wasm_bindgen_test]
async fn answers_are_saved_and_a_second_mount_resumes_them() {
    let key = "ct-test-resume";
    let host = mounted(key).await;
    click(&host, ".ct-start").await;
    click(&host, "label:nth-of-type(2) input[type=radio]").await;
    click(&host, "button[type=submit]").await;
    host.remove();

    let again = document().create_element("div").unwrap();
    again.set_attribute("data-storage-key", key).unwrap();
    open_shadow(&again);
    document().body().unwrap().append_child(&again).unwrap();
    mount::mount(&again, mount::Start::default()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(screen(&again), "question");
    assert_eq!(
        find(&again, "[role=progressbar]")
            .unwrap()
            .get_attribute("aria-valuenow")
            .as_deref(),
        Some("2")
    );
    // A lower index than the first answer: the order in which reused radios used to lose it.
    click(&again, "label:nth-of-type(1) input[type=radio]").await;
    click(&again, "button[type=button]:not(.ct-lang)").await; // Back
    let chosen = find(&again, "input[type=radio]:checked")
        .expect("going back shows the earlier answer checked")
        .unchecked_into::<HtmlInputElement>();
    assert_eq!(chosen.value(), "1", "the first answer survived");
}

#[wasm_bindgen_test]
async fn unreadable_storage_is_backed_up_and_explained() {
    let key = "ct-test-corrupt";
    let stored_under = storage::namespaced(Some(key));
    let storage_api = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let host = host(key);
    storage_api
        .set_item(&stored_under, "{\"version\":1,\"draft\":")
        .unwrap();
    mount::mount(&host, english()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(screen(&host), "intro");
    assert_eq!(
        storage_api
            .get_item(&storage::backup_key(&stored_under, 1))
            .unwrap()
            .as_deref(),
        Some("{\"version\":1,\"draft\":"),
        "the unreadable value is kept"
    );
    assert!(find(&host, ".ct-notice").is_some());
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_text() {
    let host = mounted("ct-test-lang").await;
    let text = || find(&host, ".ct").unwrap().text_content().unwrap();
    let en =
        client_triage::i18n::entries(client_triage::i18n::texts(client_triage::core::Lang::En));
    let de =
        client_triage::i18n::entries(client_triage::i18n::texts(client_triage::core::Lang::De));
    let shown: Vec<usize> = (0..en.len())
        .filter(|&i| text().contains(en[i].1))
        .collect();
    assert!(
        shown.len() >= 4,
        "the intro shows several texts, found {}",
        shown.len()
    );
    click(&host, ".ct-lang").await;
    assert_eq!(
        find(&host, ".ct").unwrap().get_attribute("lang").as_deref(),
        Some("de")
    );
    let after = text();
    for &i in &shown {
        assert!(
            !after.contains(en[i].1),
            "\"{}\" is still English: {}",
            en[i].0,
            en[i].1
        );
        assert!(
            after.contains(de[i].1),
            "\"{}\" is not shown in German: {}",
            de[i].0,
            de[i].1
        );
    }
}

#[wasm_bindgen_test]
async fn two_widgets_sharing_a_key_on_one_page_stay_in_step() {
    let key = "ct-test-shared";
    let first = mounted(key).await;
    let second = document().create_element("div").unwrap();
    second.set_attribute("data-storage-key", key).unwrap();
    open_shadow(&second);
    document().body().unwrap().append_child(&second).unwrap();
    mount::mount(&second, mount::Start::default()).unwrap();
    yew::scheduler::flush().await;

    click(&first, ".ct-start").await;
    click(&first, "label:nth-of-type(3) input[type=radio]").await; // topic: both
    yew::scheduler::flush().await;
    // The browser's storage event never reaches the page that wrote: the widget is told directly.
    assert_eq!(
        screen(&second),
        "question",
        "the second widget follows the first"
    );
    let chosen = find(&second, "input[type=radio]:checked")
        .expect("the answer given in the first widget")
        .unchecked_into::<HtmlInputElement>();
    assert_eq!(chosen.value(), "2");
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&storage::namespaced(Some(key)))
        .unwrap()
        .unwrap();
    assert!(stored.contains(r#""topic":"both""#), "{stored}");
}

/// `data-storage-key="theme"` must not back up, delete or overwrite the host page's own
/// `theme` value: the widget writes under its own prefix.
#[wasm_bindgen_test]
async fn a_host_value_under_the_same_name_is_never_touched() {
    let storage_api = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let host = host("ct-test-theme");
    storage_api.set_item("ct-test-theme", "dark").unwrap();
    mount::mount(&host, english()).expect("mounts");
    yew::scheduler::flush().await;
    assert!(
        find(&host, ".ct-notice").is_none(),
        "the host's value is not ours to report"
    );
    click(&host, ".ct-start").await;
    click(&host, "label:nth-of-type(1) input[type=radio]").await;
    yew::scheduler::flush().await;
    assert_eq!(
        storage_api.get_item("ct-test-theme").unwrap().as_deref(),
        Some("dark")
    );
    assert_eq!(storage_api.get_item("ct-test-theme.backup").unwrap(), None);
    let ours = storage_api
        .get_item(&storage::namespaced(Some("ct-test-theme")))
        .unwrap()
        .expect("the widget saved under its own key");
    assert!(ours.contains(r#""topic":"dispute""#), "{ours}");
}
