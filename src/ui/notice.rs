use yew::prelude::*;

use super::context::use_app;
use crate::core::schema::StorageIssue;

#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    pub issue: StorageIssue,
}

/// A calm, persistent note that answers are not being kept (or were reset).
#[component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    let texts = use_app().texts();
    let text = match props.issue {
        StorageIssue::Blocked => texts.storage_unavailable,
        StorageIssue::Full => texts.storage_full,
        StorageIssue::Unreadable => texts.storage_reset,
    };
    html! { <p class="ct-notice" role="status">{ text }</p> }
}
