//! The only code that touches `localStorage`. Every access is guarded: a browser that blocks
//! storage (the getter throws, or returns null) or a full quota never breaks the widget.

use web_sys::Storage;

use crate::core::schema::{self, Saved, StorageIssue};

/// Where the raw value goes before a fresh start, so unreadable data is never lost.
pub fn backup_key(key: &str) -> String {
    format!("{key}.backup")
}

fn local_storage() -> Option<Storage> {
    // `Window.localStorage` throws SecurityError when cookies are blocked: that is `Err` here.
    web_sys::window()?.local_storage().ok().flatten()
}

/// What the widget found in storage at start-up.
pub enum Loaded {
    Saved(Saved),
    Nothing,
    /// Storage cannot be used at all; the widget runs in memory.
    Blocked,
    /// A value was there but could not be decoded; it was copied to the backup key.
    Unreadable {
        reason: String,
    },
}

pub fn load(key: &str) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Blocked;
    };
    let raw = match storage.get_item(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::Blocked,
    };
    match schema::decode(&raw) {
        Ok(saved) => Loaded::Saved(saved),
        Err(error) => {
            // Keep the unreadable value; the fresh start must not overwrite the only copy.
            let backup = backup_key(key);
            if storage.set_item(&backup, &raw).is_ok() {
                let _ = storage.remove_item(key);
            }
            Loaded::Unreadable {
                reason: error.to_string(),
            }
        }
    }
}

pub fn save(key: &str, saved: &Saved) -> Result<(), StorageIssue> {
    let storage = local_storage().ok_or(StorageIssue::Blocked)?;
    storage
        .set_item(key, &schema::encode(saved))
        .map_err(|_| StorageIssue::Full)
}
