//! The plan's Markdown read back by a real CommonMark parser (pulldown-cmark, with GitHub's
//! tables, strikethrough and task lists): whatever the reader typed stays text, inside its own
//! paragraph or list item, line breaks included.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::i18n::plan::{Block, markdown};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The blocks and items the parser found, each as its text (a hard break as `\n`); anything
/// else it found (a link, an image, emphasis, a heading, HTML, a soft break …) is listed as a
/// stray, which no escaped text may produce.
#[derive(Debug, Default, PartialEq)]
struct Read {
    texts: Vec<String>,
    strays: Vec<String>,
}

fn read(markdown: &str) -> Read {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut read = Read::default();
    let mut current: Option<String> = None;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Paragraph) if current.is_none() => current = Some(String::new()),
            Event::Start(Tag::Item) => current = Some(String::new()),
            Event::Start(Tag::Paragraph | Tag::List(_)) | Event::End(TagEnd::List(_)) => {}
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                if let Some(text) = current.take() {
                    read.texts.push(text);
                }
            }
            Event::Text(text) => match current.as_mut() {
                Some(current) => current.push_str(&text),
                None => read.strays.push(format!("text outside a block: {text:?}")),
            },
            Event::HardBreak => current.get_or_insert_default().push('\n'),
            other => read.strays.push(format!("{other:?}")),
        }
    }
    read
}

/// What the reader sees of `text`: its lines (a CR, an LF or both end one) without the
/// indentation that Markdown cannot keep, and nothing around the whole.
fn seen(text: &str) -> String {
    let lines: Vec<&str> = text
        .split("\r\n")
        .flat_map(|part| part.split(['\r', '\n']))
        .map(str::trim_start)
        .collect();
    lines.join("\n").trim().to_owned()
}

/// Text made mostly of what Markdown reads as structure.
fn typed() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "Z",
        "1",
        "42",
        " ",
        "  ",
        "    ",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "#",
        "##",
        "-",
        "+",
        "*",
        "_",
        "=",
        ">",
        "<",
        "</b>",
        "<b>",
        "`",
        "```",
        "~",
        "~~~",
        "[",
        "]",
        "(",
        ")",
        "!",
        "|",
        "\\",
        ".",
        ")",
        "&",
        "&amp;",
        "&#65;",
        "&copy;",
        ":",
        "[^1]",
        "[x]: /u",
        "1.",
        "2)",
        "---",
        "***",
        "___",
        "https://example.org",
        "www.example.org",
        "WWW.x.de",
        "me@example.org",
        "ftp://h",
        "ä",
        "€",
        "<http://x>",
        "![i](u)",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// A paragraph, a list item, a numbered item and a field's value each come back as one
    /// block of plain text, exactly what the reader typed (as far as Markdown keeps it).
    #[test]
    fn typed_text_stays_text_in_its_own_block(text in typed()) {
        let expected = seen(&text);
        prop_assume!(!expected.is_empty());
        for (block, want) in [
            (Block::Paragraph(text.clone()), expected.clone()),
            (Block::Bullets(vec![text.clone()]), expected.clone()),
            (Block::Numbered(vec![text.clone()]), expected.clone()),
            (Block::Fields(vec![("Label".into(), text.clone())]), format!("Label: {expected}")),
        ] {
            let written = markdown(std::slice::from_ref(&block));
            let read = read(&written);
            prop_assert_eq!(read, Read { texts: vec![want.clone()], strays: vec![] }, "{:?} as {:?}", block, written);
        }
    }

    /// GitHub links bare addresses (`https://…`, `www.…`, `name@host`) in text, which the
    /// parser above does not: none may be left in the Markdown as written.
    #[test]
    fn no_bare_address_is_left_to_link(text in typed()) {
        let written = markdown(&[Block::Paragraph(text)]);
        let escaped = |mark: &str| written.match_indices(mark).all(|(i, _)| written[..i].ends_with('\\'));
        prop_assert!(escaped("://") && escaped("@"), "{:?}", written);
        prop_assert!(!written.to_lowercase().contains("www."), "{:?}", written);
    }
}
