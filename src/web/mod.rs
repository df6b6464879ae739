//! Browser side effects, in one place: storage, mounting into the page, events to the host.

pub mod events;
pub mod files;
pub mod mount;
pub mod storage;

/// Entry point of the wasm binary: mount every widget on the page.
pub fn start() {
    mount::mount_all();
}
