use std::rc::Rc;

use yew::prelude::*;

use super::context::AppContext;
use super::platform::Download;
use super::platform::StorageIssue;

/// A calm, persistent note that answers are not being kept (or were reset).
pub fn storage_notice(app: &AppContext, issue: StorageIssue, unreadable: Option<Rc<str>>) -> Html {
    let texts = app.texts();
    let text = match issue {
        StorageIssue::Blocked => texts.storage_unavailable,
        StorageIssue::Full => texts.storage_full,
        StorageIssue::Unreadable => texts.storage_reset,
        StorageIssue::UnreadableKept => texts.storage_unreadable_kept,
        StorageIssue::NewerVersion => texts.storage_newer,
        StorageIssue::TooLarge => texts.storage_too_large,
    };
    let download = unreadable.map(|raw| {
        let download = app.platform.download.clone();
        Callback::from(move |_| {
            download.emit(Download {
                name: "client-triage-unreadable.json".to_owned(),
                mime: "application/json",
                content: raw.to_string(),
            })
        })
    });
    html! {
        <div class="ct-notice" role="status">
            <p>{ text }</p>
            if let Some(onclick) = download {
                <button type="button" {onclick}>{ texts.download_backup }</button>
            }
        </div>
    }
}
