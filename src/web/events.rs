//! Tells the host page about a finished assessment.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::core::{Assessment, Strategy};

pub const RESULT_EVENT: &str = "client-triage:result";

/// A callback that dispatches `client-triage:result` on `host`: bubbling and composed,
/// with `detail = { strategy, scores: { detach, mediate, terminate } }`. Every script on the
/// page can listen, so a host that switches `data-events` off gets no event at all.
pub fn result_announcer(host: Element, on: bool) -> yew::Callback<Assessment> {
    yew::Callback::from(move |assessment: Assessment| {
        if !on {
            return;
        }
        let scores = js_sys::Object::new();
        for strategy in Strategy::ALL {
            let value = JsValue::from(assessment.scores.get(strategy));
            let _ = js_sys::Reflect::set(&scores, &strategy.as_str().into(), &value);
        }
        let detail = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &detail,
            &"strategy".into(),
            &assessment.strategy.as_str().into(),
        );
        let _ = js_sys::Reflect::set(&detail, &"scores".into(), &scores);
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(RESULT_EVENT, &init) {
            let _ = host.dispatch_event(&event);
        }
    })
}
