// The widget runs on the browser's one thread, so the allocator needs no lock.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: wasm32 without the atomics feature has one thread; nothing here spawns workers.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    client_triage::web::start();
}
