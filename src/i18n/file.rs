//! A language file: every text of one language, in the order the `texts!` structs declare
//! them, separated by U+001F (a control character no text contains). A list is its length,
//! then its items. No keys and no markup: the widget reads it item by item, and the file is
//! little more than the words. (The writer refuses a text that holds the separator.)

use crate::core::Lang;

use super::Language;

const SEPARATOR: char = '\u{1f}';
/// The first item. The file names carry a hash of their content, so a page never pairs a wasm
/// with another build's file; the header and the exact length catch anything else that answers
/// under that name (an error page, a portal's login form), and a change of format bumps it.
pub(super) const HEADER: &str = "ct1";

/// A value read from (and, where the texts are compiled in, written to) a language file.
pub trait Field: Sized {
    fn read(reader: &mut Reader) -> Self;
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
    fn write(&self, writer: &mut Writer);
}

pub struct Reader {
    /// What is left of the file; `None` once it has ended.
    rest: Option<&'static str>,
    /// Whether the file ended early, or a list length was not a number or ran past the end.
    broken: bool,
}

impl Reader {
    /// The next `N` texts, in one loop.
    #[inline(never)]
    pub fn texts<const N: usize>(&mut self) -> [&'static str; N] {
        std::array::from_fn(|_| self.next())
    }

    /// Not inlined: one call per text keeps each reader small.
    #[inline(never)]
    fn next(&mut self) -> &'static str {
        let Some(rest) = self.rest else {
            self.broken = true;
            return "";
        };
        // A byte search: U+001F is one byte in UTF-8 and never part of another character.
        match rest.bytes().position(|b| b == SEPARATOR as u8) {
            Some(end) => {
                self.rest = Some(&rest[end + 1..]);
                &rest[..end]
            }
            None => {
                self.rest = None;
                rest
            }
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum LanguageFileError {
    /// Not a language file, or not of this language.
    Foreign,
    /// Shorter or longer than this build's texts, or a list's length is not a number.
    Damaged,
}

impl Field for &'static str {
    fn read(reader: &mut Reader) -> Self {
        reader.next()
    }

    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
    fn write(&self, writer: &mut Writer) {
        writer.push(self);
    }
}

impl<T: Field + 'static> Field for &'static [T] {
    fn read(reader: &mut Reader) -> Self {
        // Each item takes at least its separator: a longer list cannot be in what is left.
        let left = reader.rest.map_or(0, str::len);
        let length = match reader.next().parse() {
            Ok(length) if length <= left => length,
            _ => {
                reader.broken = true;
                0
            }
        };
        (0..length)
            .map(|_| T::read(reader))
            .collect::<Vec<_>>()
            .leak()
    }

    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
    fn write(&self, writer: &mut Writer) {
        writer.push(&self.len().to_string());
        for (i, item) in self.iter().enumerate() {
            writer.named(Box::leak(i.to_string().into_boxed_str()), |w| item.write(w));
        }
    }
}

/// Reads a whole language file, which must be `lang`'s and must hold exactly this build's texts.
pub fn read(lang: Lang, file: &'static str) -> Result<Language, LanguageFileError> {
    let mut reader = Reader {
        rest: Some(file),
        broken: false,
    };
    if reader.next() != HEADER || reader.next() != lang.code() {
        return Err(LanguageFileError::Foreign);
    }
    let language = Language::read(&mut reader);
    if reader.broken || reader.rest.is_some() {
        return Err(LanguageFileError::Damaged);
    }
    Ok(language)
}

#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
pub use writing::*;

#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
mod writing {
    use super::*;
    use crate::core::advice::{LEADS, STEPS};
    use crate::core::model::Rule;
    use crate::core::{Gap, QUESTIONS, QuestionId, Strategy};
    use crate::i18n::{
        AdviceTexts, AnswerText, GapText, PlanTexts, QuestionSource, QuestionText, RULES,
        StrategyText, Texts,
    };

    /// Writes texts and remembers each one's key (`texts.with.progress`) for tests.
    #[derive(Default)]
    pub struct Writer {
        out: String,
        path: Vec<&'static str>,
        entries: Vec<(String, &'static str)>,
    }

    impl Writer {
        pub fn named(&mut self, name: &'static str, write: impl FnOnce(&mut Writer)) {
            self.path.push(name);
            write(self);
            self.path.pop();
        }

        pub(super) fn push(&mut self, text: &str) {
            assert!(!text.contains(SEPARATOR), "a text holds U+001F: {text:?}");
            if !self.out.is_empty() {
                self.out.push(SEPARATOR);
            }
            self.out.push_str(text);
            let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
            self.entries.push((self.path.join("."), text));
        }
    }

    /// The language file of `lang`, from the texts compiled in (`de.rs`, `en.rs`).
    pub fn write(lang: Lang) -> String {
        let mut writer = Writer::default();
        writer.push(HEADER);
        writer.push(lang.code());
        source(lang).write(&mut writer);
        writer.out
    }

    /// Every text of `value` with its key, such as `with.progress` or `answers.2.label`.
    pub fn entries(value: &impl Field) -> Vec<(String, &'static str)> {
        let mut writer = Writer::default();
        value.write(&mut writer);
        writer.entries
    }

    /// The answer ids `de.rs` or `en.rs` writes texts under for `question`, as written there:
    /// for the test that they are exactly the question's answer ids.
    pub fn answer_text_ids(lang: Lang, question: QuestionId) -> Vec<&'static str> {
        question_source(lang)(question)
            .answers
            .iter()
            .map(|(id, _)| *id)
            .collect()
    }

    fn question_source(lang: Lang) -> fn(QuestionId) -> QuestionSource {
        use crate::i18n::{de, en};
        match lang {
            Lang::De => de::question,
            Lang::En => en::question,
        }
    }

    /// A question's texts with its answers in `QUESTIONS` order, each found by its id.
    fn question_texts(lang: Lang, id: QuestionId) -> QuestionText {
        let source = question_source(lang)(id);
        let definition = QUESTIONS.iter().find(|q| q.id == id).expect("a question");
        let answers = definition.answers.iter().map(|answer| {
            let (_, text) = source
                .answers
                .iter()
                .find(|(written, _)| *written == answer.id)
                .unwrap_or_else(|| {
                    panic!("{lang:?}: no text for answer \"{}\" of {id:?}", answer.id)
                });
            AnswerText {
                label: text.label,
                reason: text.reason,
            }
        });
        QuestionText {
            prompt: source.prompt,
            answers: answers.collect::<Vec<_>>().leak(),
        }
    }

    fn source(lang: Lang) -> Language {
        use crate::i18n::{de, en};
        let question = |id| question_texts(lang, id);
        match lang {
            Lang::De => gather(
                de::TEXTS,
                de::PLAN,
                question,
                de::strategy,
                de::gap,
                de::rule,
                Advice {
                    texts: de::ADVICE,
                    step: de::step,
                    lead: de::lead,
                },
            ),
            Lang::En => gather(
                en::TEXTS,
                en::PLAN,
                question,
                en::strategy,
                en::gap,
                en::rule,
                Advice {
                    texts: en::ADVICE,
                    step: en::step,
                    lead: en::lead,
                },
            ),
        }
    }

    /// One language's texts in the order of its file: questions in `QUESTIONS` order,
    /// strategies and gaps in their `ALL` order, rules in `RULES` order.
    fn gather(
        texts: Texts,
        plan: PlanTexts,
        question: impl Fn(QuestionId) -> QuestionText,
        strategy: fn(Strategy) -> StrategyText,
        gap: fn(Gap) -> GapText,
        rule: fn(Rule) -> &'static str,
        advice: Advice,
    ) -> Language {
        Language {
            texts,
            plan,
            questions: QUESTIONS
                .iter()
                .map(|q| question(q.id))
                .collect::<Vec<_>>()
                .leak(),
            strategies: Vec::from(Strategy::ALL.map(strategy)).leak(),
            gaps: Vec::from(Gap::ALL.map(gap)).leak(),
            rules: Vec::from(RULES.map(rule)).leak(),
            advice: AdviceTexts {
                steps: STEPS
                    .iter()
                    .map(|s| (advice.step)(s.step))
                    .collect::<Vec<_>>()
                    .leak(),
                leads: LEADS
                    .iter()
                    .map(|l| (advice.lead)(l.lead))
                    .collect::<Vec<_>>()
                    .leak(),
                ..advice.texts
            },
        }
    }

    /// A language's advice: its fixed texts, and one text per step and lead.
    struct Advice {
        texts: AdviceTexts,
        step: fn(crate::core::advice::Step) -> &'static str,
        lead: fn(crate::core::advice::Lead) -> &'static str,
    }
}
