use std::rc::Rc;

use yew::prelude::*;

use super::clients::confirm_box;
use super::context::{AppContext, Keep, Said};
use super::platform::Download;
use super::platform::StorageIssue;
use crate::i18n;

/// A calm, persistent note that answers are not being kept (or were reset): the problem with
/// saving, if any, then unreadable data kept in this browser — found now or on an earlier page
/// view — with its downloads and a way to delete the backups. `backups`, `left_in_place` and
/// `found` are as the widget started: the backups kept, an unreadable value with no room for
/// one, and the problem found.
pub fn storage_notice(
    app: &AppContext,
    backups: &[Rc<str>],
    left_in_place: Option<&Rc<str>>,
    found: Option<StorageIssue>,
) -> Html {
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
        StorageIssue::CopyFull => texts.storage_copy_full,
    });
    let backed_up = kept.unreadable_backed_up;
    let waits_in_place = kept.storage_issue == Some(StorageIssue::UnreadableKept);
    if issue.is_none() && !backed_up && !kept.deleted_elsewhere {
        return Html::default();
    }
    // The widget started afresh because of it on this page view: said so; else it is older.
    let found_now = matches!(
        found,
        Some(StorageIssue::Unreadable | StorageIssue::UnreadableKept)
    ) && !waits_in_place;
    // The backups, then a value left in place (a later save may have backed it up).
    let offered: Vec<Rc<str>> = if backed_up || waits_in_place {
        backups.iter().chain(left_in_place).cloned().collect()
    } else {
        Vec::new()
    };
    let several = offered.len() > 1;
    let downloads = offered.into_iter().enumerate().map(|(i, raw)| {
        let download = app.platform.download.clone();
        let (name, label) = match i {
            0 if !several => (
                "client-triage-unreadable.json".to_owned(),
                texts.download_backup.to_owned(),
            ),
            _ => (
                format!("client-triage-unreadable-{}.json", i + 1),
                format!("{} ({})", texts.download_backup, i + 1),
            ),
        };
        let onclick = Callback::from(move |_| {
            download.emit(Download {
                name: name.clone(),
                mime: "application/json",
                content: raw.to_string(),
            });
        });
        html! { <button type="button" {onclick}>{ label }</button> }
    });
    html! {
        <div class="ct-notice" role="status">
            if kept.deleted_elsewhere {
                <p>{ texts.storage_deleted_elsewhere }</p>
            }
            if let Some(text) = issue {
                <p>{ text }</p>
            }
            if backed_up {
                <p>{ if found_now { texts.storage_reset } else { texts.storage_backup_kept } }</p>
            }
            { for downloads }
            // Not while a value waits in place for room to back it up: that is Delete all's.
            if backed_up && !waits_in_place {
                { delete_backups(app) }
            }
        </div>
    }
}

/// "Delete the unreadable data" (its backups), confirmed first: what goes cannot be had back.
fn delete_backups(app: &AppContext) -> Html {
    let texts = app.texts();
    let kept = app.local.kept.clone();
    let asking = |asking: bool, focus: &'static str| {
        let app = app.clone();
        Callback::from(move |()| {
            app.local.kept.dispatch(Keep::AskBackups(asking));
            app.focus_soon(&[focus]);
        })
    };
    if !kept.asking_backups {
        return html! {
            <button type="button" id={app.id("backups-delete")} onclick={asking(true, "backups-cancel").reform(|_: MouseEvent| ())}>
                { texts.delete_backups }
            </button>
        };
    }
    let confirmed = {
        let app = app.clone();
        Callback::from(move |()| {
            let kept = &app.local.kept;
            match app.platform.forget_backups.emit(()) {
                Ok(()) => {
                    kept.dispatch(Keep::BackupsDeleted);
                    kept.dispatch(Keep::Say(Said::BackupsDeleted));
                }
                Err(issue) => {
                    kept.dispatch(Keep::AskBackups(false));
                    kept.dispatch(Keep::StorageIssue(Some(issue)));
                }
            }
            app.focus_soon(&[]);
        })
    };
    let question = texts.confirm_delete_backups.to_owned();
    confirm_box(
        app,
        ["backups-q", "backups-cancel"],
        question,
        texts.confirm_yes,
        confirmed,
        asking(false, "backups-delete"),
    )
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
        Some(Said::NotDeleted(
            StorageIssue::NewerVersion | StorageIssue::NewerVersionNotLoaded,
        )) => texts.said_not_deleted_newer.to_owned(),
        Some(Said::NotDeleted(_)) => texts.said_not_deleted_blocked.to_owned(),
        Some(Said::BackupsDeleted) => texts.said_backups_deleted.to_owned(),
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
