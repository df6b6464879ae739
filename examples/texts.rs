//! Writes the language files the browser loads: `cargo run --example texts -- <folder>` makes
//! `<folder>/de.txt` and `<folder>/en.txt` from `src/i18n/de.rs` and `en.rs`. Trunk runs it
//! before every build (Trunk.toml); `scripts/post-build.mjs` gives the files hashed names.

#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
fn main() {
    use client_triage::core::Lang;
    use client_triage::i18n;

    let folder = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: texts <folder>"));
    std::fs::create_dir_all(&folder).expect("the folder can be made");
    for lang in Lang::ALL {
        let file = folder.join(format!("{}.txt", lang.code()));
        std::fs::write(&file, i18n::write(lang)).expect("the file can be written");
    }
}

/// The files are written natively; a wasm build of the examples has nothing to do.
#[cfg(all(target_arch = "wasm32", not(feature = "bundled-texts")))]
fn main() {}
