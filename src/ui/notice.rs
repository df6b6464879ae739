use std::rc::Rc;

use yew::prelude::*;

use super::context::{AppContext, Said};
use super::platform::Download;
use super::platform::StorageIssue;
use crate::i18n;

/// A calm, persistent note that answers are not being kept (or were reset): the problem with
/// saving, if any, then where unreadable data found at start-up went, with its download.
pub fn storage_notice(app: &AppContext, unreadable: Option<Rc<str>>) -> Html {
    let texts = app.texts();
    let kept = &app.local.kept;
    let issue = kept.storage_issue.map(|issue| match issue {
        StorageIssue::Blocked => texts.storage_unavailable,
        StorageIssue::Full => texts.storage_full,
        StorageIssue::Unreadable => texts.storage_reset,
        StorageIssue::UnreadableKept => texts.storage_unreadable_kept,
        StorageIssue::NewerVersion => texts.storage_newer,
        StorageIssue::NewerVersionNotLoaded => texts.storage_newer_not_loaded,
        StorageIssue::TooLarge => texts.storage_too_large,
        StorageIssue::Unwritable => texts.storage_unwritable,
    });
    let backed_up = kept.unreadable_backed_up;
    if issue.is_none() && !backed_up {
        return Html::default();
    }
    let offered = backed_up || kept.storage_issue == Some(StorageIssue::UnreadableKept);
    let download = unreadable.filter(|_| offered).map(|raw| {
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
            if let Some(text) = issue {
                <p>{ text }</p>
            }
            if backed_up {
                <p>{ texts.storage_reset }</p>
            }
            if let Some(onclick) = download {
                <button type="button" {onclick}>{ texts.download_backup }</button>
            }
        </div>
    }
}

/// The widget's one polite live region, present on every screen so that a new text is heard.
pub fn announcer(app: &AppContext) -> Html {
    let kept = &app.local.kept;
    let texts = app.texts();
    let text = match &kept.said {
        None => String::new(),
        Some(Said::Copied(_, true)) => i18n::plan_texts(app.lang()).copied.to_owned(),
        Some(Said::Copied(_, false)) => i18n::plan_texts(app.lang()).copy_failed.to_owned(),
        Some(Said::ClientAdded(name)) => texts.with.said_client_added(name),
        Some(Said::ClientDeleted(name)) => texts.with.said_client_deleted(name),
        Some(Said::AllDeleted) => texts.said_all_deleted.to_owned(),
        Some(Said::Exported(file)) => texts.with.said_exported(file),
        Some(Said::Reminder(file)) => texts.with.said_reminder(file),
    };
    // Every other time a no-break space more: the same words twice change the region too.
    let again = if kept.said_count % 2 == 1 {
        "\u{a0}"
    } else {
        ""
    };
    html! {
        <p class="ct-visually-hidden" role="status">{ text }{ again }</p>
    }
}
