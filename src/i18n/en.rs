use super::{AnswerText, GapText, PlanTexts, QuestionText, StrategyText, Texts};
use crate::core::model::Rule;
use crate::core::{Gap, QuestionId, Strategy};

pub static TEXTS: Texts = Texts {
    lang_name: "English",
    widget_title: "Difficult client: detach, mediate or end it?",
    intro_lead: "Answer a few short questions about one difficult client. You get a recommendation — detach, mediate or end the relationship — the reasons behind it, and a concrete plan.",
    intro_privacy: "Everything stays in this browser. Nothing is sent anywhere.",
    intro_length: "{count} questions, about three minutes.",
    start: "Start the assessment",
    progress: "Question {n} of {total}",
    back: "Back",
    next: "Next",
    to_review: "Review answers",
    answer_missing: "Please choose an answer to continue.",
    review_title: "Your answers",
    review_lead: "Check your answers. You can change any of them before you see the result.",
    change: "Change",
    show_result: "Show my result",
    result_kicker: "Recommendation",
    scores_title: "How the answers add up",
    scores_summary: "Detach {detach} %, mediate {mediate} %, end it {terminate} %.",
    why_title: "Why",
    close_call: "Close call: {first} and {second} are almost level. Read both plans and decide which fits.",
    gaps_title: "Prevention: what to put in writing",
    gaps_none: "Contract, scope, deadlines, milestones and target group are all in place. Keep it that way with the next client.",
    plan_title: "Your next steps",
    second_plan_title: "Also worth reading: {strategy}",
    restart: "Start over",
    resume: "Continue the assessment",
    clients_title: "Which client is it about?",
    client_label: "Name of this client (only for you)",
    client_unnamed: "Unnamed client",
    client_numbered: "Client {n}",
    client_add: "Add a client",
    client_delete: "Delete this client",
    confirm_delete_client: "Delete “{client}” with all its assessments?",
    confirm_yes: "Yes, delete",
    cancel: "Cancel",
    history_title: "Earlier checks",
    history_empty: "No finished assessment for this client yet.",
    history_entry: "{date}: {strategy} ({share} %)",
    trend_rising: "{strategy}: the share has risen over the last three checks.",
    trend_falling: "{strategy}: the share has fallen over the last three checks.",
    data_title: "Your data",
    export: "Export all (JSON)",
    import: "Import a file",
    delete_all: "Delete all data",
    confirm_delete_all: "Delete all clients and assessments in this browser? An export keeps a copy.",
    import_done: "Imported: {count} client(s). Nothing was overwritten; histories were combined.",
    import_unreadable: "The file could not be read ({detail}). Nothing was changed.",
    import_too_large: "The file is too large for an export of this widget ({detail}). Nothing was changed.",
    import_newer: "The file comes from a newer version of this widget ({detail}). Nothing was changed.",
    import_invalid: "The file is not a valid export: {detail}. Nothing was changed.",
    download_backup: "Download the unreadable data",
    switch_language: "Deutsch",
    storage_unavailable: "This browser does not allow saving. The assessment works, but your answers will be gone when you close the page.",
    storage_reset: "Saved answers could not be read, so the assessment starts fresh. The unreadable data was kept as a backup.",
    storage_full: "Your browser's storage is full, so the last change was not saved. The widget keeps working and tries again with your next answer.",
};

/// A struct literal, not a `const fn` call, so the answer arrays are promoted to `'static`.
macro_rules! t {
    ($label:expr, $reason:expr) => {
        AnswerText {
            label: $label,
            reason: $reason,
        }
    };
}

pub fn question(id: QuestionId) -> QuestionText {
    let (prompt, answers): (&str, &'static [AnswerText]) = match id {
        QuestionId::Satisfiable => (
            "Could any service ever satisfy this client?",
            &[
                t!(
                    "Yes — their criticism points at real gaps in my work.",
                    "You see real gaps in your own work behind the criticism."
                ),
                t!(
                    "Probably, if we agreed more clearly what they get.",
                    "You think clearer agreements could satisfy this client."
                ),
                t!(
                    "Hard to say.",
                    "You are unsure whether anything could satisfy this client."
                ),
                t!(
                    "No — nothing would ever be enough for them.",
                    "You believe no service would ever satisfy this client — the problem is not your work."
                ),
            ],
        ),
        QuestionId::Toll => (
            "How much does this client get to you?",
            &[
                t!(
                    "Hardly — I leave it at work.",
                    "The conflict hardly follows you home."
                ),
                t!(
                    "It annoys me while I work on their project.",
                    "The client annoys you while you work on their project."
                ),
                t!(
                    "I keep thinking about it in the evenings.",
                    "The client is on your mind in the evenings."
                ),
                t!(
                    "It costs me sleep and drains my energy.",
                    "The client costs you sleep and energy."
                ),
            ],
        ),
        QuestionId::Fronts => (
            "How does communication with the client go at the moment?",
            &[
                t!(
                    "Constructive — we find solutions.",
                    "Your communication is still constructive."
                ),
                t!(
                    "Tense, but we still move forward.",
                    "Communication is tense, but still moving."
                ),
                t!(
                    "Long written back-and-forth that goes nowhere.",
                    "Long written exchanges are going round in circles."
                ),
                t!(
                    "The fronts have hardened; we barely talk any more.",
                    "The fronts have hardened."
                ),
            ],
        ),
        QuestionId::Fairness => (
            "Is part of the client's complaint fair?",
            &[
                t!("Yes, largely.", "Much of the complaint is fair."),
                t!(
                    "Partly — I could meet them halfway.",
                    "Part of the complaint is fair, so a goodwill offer could settle it."
                ),
                t!("Hardly.", "Hardly anything in the complaint is fair."),
                t!("Not at all.", "Nothing in the complaint is fair."),
            ],
        ),
        QuestionId::Offer => (
            "Have you offered the client concrete solutions to choose from?",
            &[
                t!(
                    "Yes, and they accepted one.",
                    "You offered solutions and the client accepted one."
                ),
                t!(
                    "Not yet.",
                    "You have not yet offered the client a list of solutions."
                ),
                t!(
                    "Yes, but they ignore them or stall.",
                    "The client ignores or stalls the solutions you offered."
                ),
                t!(
                    "Yes, and they refused every option.",
                    "You offered solutions and they were refused."
                ),
            ],
        ),
        QuestionId::Talk => (
            "Have you talked it through by phone or in person?",
            &[
                t!("Yes, and it helped.", "Talking it through helped."),
                t!(
                    "Not yet — only in writing.",
                    "You have only written so far; a call has not been tried."
                ),
                t!(
                    "Yes, but nothing changed.",
                    "You talked it through and nothing changed."
                ),
                t!("The client refuses to talk.", "The client refuses to talk."),
            ],
        ),
        QuestionId::TimeDrain => (
            "How much of your time does this client take, compared to what they pay?",
            &[
                t!(
                    "About what they pay for.",
                    "The time spent is in proportion to the pay."
                ),
                t!(
                    "Somewhat more.",
                    "The client takes somewhat more time than they pay for."
                ),
                t!(
                    "Much more.",
                    "The client takes much more time than they pay for."
                ),
                t!(
                    "Far more — my other work suffers.",
                    "The client eats so much time that your other work suffers."
                ),
            ],
        ),
        QuestionId::MoneyWorth => (
            "Is the money still worth the strain?",
            &[
                t!(
                    "Clearly yes.",
                    "The money still clearly outweighs the strain."
                ),
                t!("Just about.", "The money only just outweighs the strain."),
                t!(
                    "Not really.",
                    "The money no longer really outweighs the strain."
                ),
                t!(
                    "No amount would be worth this.",
                    "No amount of money would be worth this strain."
                ),
            ],
        ),
        QuestionId::Contract => (
            "Is there a signed written contract with this client?",
            &[
                t!("Yes, signed by both sides.", "There is a signed contract."),
                t!(
                    "Only emails or an accepted quote.",
                    "The agreement lives only in emails or a quote."
                ),
                t!(
                    "No, only spoken agreements.",
                    "There are only spoken agreements."
                ),
            ],
        ),
        QuestionId::Scope => (
            "Is the exact task described in writing?",
            &[
                t!(
                    "Yes, precisely.",
                    "The task is described precisely in writing."
                ),
                t!("Only roughly.", "The task is described only roughly."),
                t!("No.", "The task was never described in writing."),
            ],
        ),
        QuestionId::Deadlines => (
            "Are the deadlines agreed in writing?",
            &[
                t!("Yes, in writing.", "Deadlines are agreed in writing."),
                t!(
                    "Only loosely or by word of mouth.",
                    "Deadlines are only loosely agreed."
                ),
                t!("No deadlines were set.", "No deadlines were set."),
            ],
        ),
        QuestionId::Milestones => (
            "Are there agreed intermediate steps (milestones) that the client signs off?",
            &[
                t!(
                    "Yes, each one signed off in writing.",
                    "Milestones are signed off in writing."
                ),
                t!("Only informally.", "Milestones exist only informally."),
                t!(
                    "No — everything is delivered at the end.",
                    "There are no milestones; everything comes at the end."
                ),
            ],
        ),
        QuestionId::TargetGroup => (
            "Does this client fit the clients you want to work for?",
            &[
                t!(
                    "Yes, exactly my target group.",
                    "The client is exactly in your target group."
                ),
                t!(
                    "More or less.",
                    "The client fits your target group only more or less."
                ),
                t!(
                    "I haven't defined my target group.",
                    "You have not defined your target group yet."
                ),
                t!(
                    "No, they are outside my target group.",
                    "The client is outside the target group you want."
                ),
            ],
        ),
        QuestionId::Duration => (
            "How long has the difficulty been going on?",
            &[
                t!("A few days.", "The difficulty is only a few days old."),
                t!("A few weeks.", "It has been going on for a few weeks."),
                t!("Several months.", "It has been going on for months."),
                t!(
                    "From the very beginning.",
                    "It has been difficult from the very beginning."
                ),
            ],
        ),
        QuestionId::Trend => (
            "Is it getting better or worse?",
            &[
                t!("Better.", "Things are getting better."),
                t!("About the same.", "Things stay about the same."),
                t!("Worse.", "Things are getting worse."),
                t!(
                    "It is escalating quickly.",
                    "The conflict is escalating quickly."
                ),
            ],
        ),
        QuestionId::Respect => (
            "How does the client treat you?",
            &[
                t!(
                    "Politely, even when we disagree.",
                    "The client stays polite even in disagreement."
                ),
                t!("Curt and impatient.", "The client is curt and impatient."),
                t!(
                    "Disrespectfully or with insults.",
                    "The client is disrespectful or insulting."
                ),
                t!(
                    "With threats or harassment.",
                    "The client threatens or harasses you."
                ),
            ],
        ),
    };
    QuestionText { prompt, answers }
}

pub fn strategy(strategy: Strategy) -> StrategyText {
    match strategy {
        Strategy::Detach => StrategyText {
            name: "Detach",
            summary: "The problem lies less with your work than with this client, so try not to take it personally. Consciously block it out inside, and still offer solutions as well as you can.",
            plan: &[
                "Separate the work from the tone: note which points of criticism are about the work, and let the rest go.",
                "Handle this client's messages at fixed times; outside them, close the inbox.",
                "Keep answering factually and keep offering solutions — detaching is not ignoring.",
                "Talk it over with someone you trust instead of carrying it home.",
                "Take this assessment again in two weeks, or sooner if it starts to cost you sleep.",
            ],
        },
        Strategy::Mediate => StrategyText {
            name: "Mediate",
            summary: "The fronts can still move, but more written back-and-forth will not move them. Put a short list of solutions in front of the client, one of them a goodwill offer, talk it through — and record the agreement in writing.",
            plan: &[
                "Stop the long written exchange; more arguments in writing rarely help once fronts have hardened.",
                "Write down two to four concrete solutions for the client to choose from, one of them a slight goodwill offer.",
                "Suggest a call or a meeting to go through the options together.",
                "Straight after the talk, write down what was agreed — date, participants, the chosen option, deadlines, next steps — and send it to the client.",
                "For the rest of the project, put scope, deadlines and milestones in writing.",
            ],
        },
        Strategy::Terminate => StrategyText {
            name: "End it",
            summary: "This client costs more than they bring, and mediation has no chance any more. Do yourself a favour and end the relationship cleanly — however much they pay, nobody can buy you.",
            plan: &[
                "Decide, and do not let the fee talk you out of it: no money is worth being worn down.",
                "Check the contract: notice periods, what is owed, who owns which work.",
                "Finish or hand over what is agreed, and send the final invoice for the work done.",
                "Give notice in writing, refer to the contract, and keep the wording factual and free of emotion.",
                "Keep every record: emails, agreements, invoices.",
                "Afterwards, sharpen your target group and contract terms so you spot such clients earlier.",
            ],
        },
    }
}

pub fn gap(gap: Gap) -> GapText {
    match gap {
        Gap::Contract => GapText {
            missing: "No signed contract.",
            fix: "Put the agreement into a written contract that both sides sign.",
        },
        Gap::Scope => GapText {
            missing: "The task is not precisely defined.",
            fix: "Describe exactly what is delivered — and what is not — in writing.",
        },
        Gap::Deadlines => GapText {
            missing: "No firm deadlines.",
            fix: "Agree dates in writing, for both sides' contributions.",
        },
        Gap::Milestones => GapText {
            missing: "No signed-off milestones.",
            fix: "Split the work into intermediate steps that the client signs off one by one.",
        },
        Gap::TargetGroup => GapText {
            missing: "Target group unclear or missed.",
            fix: "Define whom you want as clients before the next project starts, and check new enquiries against it.",
        },
    }
}

pub fn rule(rule: Rule) -> &'static str {
    match rule {
        Rule::Threats => {
            "The client threatens or harasses you. Nobody has to accept that, whatever they pay: end the relationship and keep records of everything."
        }
        Rule::MediationRefusedAndTimeDrain => {
            "You offered a way out and it was refused, while the client eats far more time than they pay for. That is the point to do yourself a favour and end it."
        }
    }
}

pub static PLAN: PlanTexts = PlanTexts {
    steps_heading: "Steps",
    revisit_heading: "When to look again",
    revisit: "Take this assessment again in two weeks. If the client still costs you sleep by then, or the terminate share keeps rising, read the plan for ending it.",
    options_heading: "Solutions for {client} to choose from",
    goodwill_default: "Goodwill offer: one extra round of changes at no charge",
    second_option_default: "Finish the agreed scope by a new, firm date",
    option_label: "Option {n}",
    add_option: "Add an option",
    remove_option: "Remove option {n}",
    talk_heading: "Talking guide for the call",
    talk_guide: &[
        "Open calmly: you want a solution both sides can live with.",
        "Let the client explain their view, then sum it up in one sentence.",
        "Put the options on the table and let the client choose.",
        "Agree on who does what by when.",
        "Say that you will send a short written summary today.",
    ],
    record_heading: "Written record (send after the call)",
    record_intro: "Summary of our conversation, so that we both have the same record ({client}):",
    record_closing: "Please let me know within three working days if anything here differs from what you understood.",
    meeting_date: "Date of the talk",
    participants: "Participants",
    chosen_option: "Chosen option",
    deadlines: "Deadlines",
    next_steps: "Next steps",
    checklist_heading: "Exit checklist",
    exit_checklist: &[
        "Finish or hand over what is agreed, with files and access data.",
        "Send the final invoice for the work done.",
        "Give written notice that refers to the contract and its notice period.",
        "Keep all records: contract, emails, agreements, invoices.",
        "Write factually; leave out blame and emotional wording.",
    ],
    letter_heading: "Notice letter",
    contract_reference: "Contract (date or number)",
    end_date: "End of the collaboration",
    letter: "Dear {client},\n\nwith reference to our contract {contract}, I am ending our collaboration as of {end}.\n\nUntil then I will complete the agreed work or hand it over with all files, and I will send the final invoice for the work done.\n\nThank you for the collaboration.\n\nKind regards",
    to_fill: "(to fill in)",
    document_heading: "Your plan to copy, download or print",
    copy: "Copy plan",
    copied: "The plan is on the clipboard.",
    copy_failed: "Copying is not allowed here. Select the text of the plan and copy it by hand.",
    download: "Download (.md)",
    print: "Print plan",
};
