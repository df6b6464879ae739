//! Minifies the widget's style sheet, which the wasm carries as a string: comments and
//! layout whitespace are bytes every reader downloads.

use std::{env, fs, path::Path};

fn main() {
    let source = "styles/widget.css";
    println!("cargo::rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("styles/widget.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("widget.min.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");
}

/// Drops comments, folds whitespace, and removes it where CSS never needs it: around braces,
/// semicolons, commas and `>`, and after a colon. Never before a colon (`a :hover` differs
/// from `a:hover`), and never inside a quoted string, which is copied as it is.
fn minify(css: &str) -> String {
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = ' ';
                for c in chars.by_ref() {
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            c => {
                let last = out.chars().last();
                if space && last.is_some_and(|l| !tight(l) && l != ':') && !tight(c) {
                    out.push(' ');
                }
                space = false;
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
                if c == '"' || c == '\'' {
                    for s in chars.by_ref() {
                        out.push(s);
                        if s == c {
                            break;
                        }
                    }
                }
            }
        }
    }
    out
}
