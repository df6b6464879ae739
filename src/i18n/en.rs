use super::{AnswerText, GapText, PlanTexts, QuestionText, StrategyText, Templates, Texts};
use crate::core::model::{Refusal, Rule};
use crate::core::{Gap, QuestionId, Strategy};

pub const TEXTS: Texts = Texts {
    lang_name: "English",
    widget_title: "Difficult client: detach, mediate or end it?",
    intro_lead: "Answer short questions about one difficult client. You get a recommendation (detach, mediate or end the relationship), the reasons behind it and a concrete plan.",
    intro_privacy: "This tool sends nothing anywhere: your answers are kept only in this browser, on this device.",
    intro_privacy_unsaved: "This tool sends nothing anywhere.",
    start: "Start the assessment",
    resume: "Continue the assessment",
    back: "Back",
    next: "Next",
    to_review: "Review answers",
    answer_missing: "Please choose an answer to continue.",
    review_title: "Your answers",
    review_lead: "Check your answers. You can change any of them before you see the result.",
    change: "Change",
    show_result: "Show my result",
    back_to_review: "Back to my answers",
    result_kicker: "Recommendation",
    first_step: "Your first step",
    scores_title: "Each option’s share of the weight of your answers (100% in all)",
    why_title: "Why",
    against_title: "What points the other way",
    gaps_title: "Prevention: what to settle before the next client",
    gaps_none: "Contract, scope, deadlines, milestones and target group are all clearly defined. Keep it that way with the next client.",
    plan_title: "Your next steps",
    restart: "Start over",
    switch_language: "Deutsch",
    switch_failed: "The German version could not be loaded. Check your connection and try again.",
    storage_unavailable: "This browser does not allow saving. The assessment still works, but your answers will be lost when you close the page.",
    storage_reset: "Your saved answers could not be read, so the assessment starts again. The data was kept as a backup, and you can download it.",
    storage_unreadable_kept: "Your saved answers could not be read, and this browser has no room to keep a copy of them. So they stay as they are, and nothing you change here is saved. Download them here; “Delete all data” under “My clients & data” removes them so you can start afresh.",
    storage_full: "Your browser’s storage is full, so the last change was not saved. The widget keeps working and tries again with your next answer.",
    storage_newer: "A newer version of this tool has saved data in this browser. Reload the page to update – until then, nothing you change here is saved.",
    storage_too_large: "Your saved data has grown too large for this browser, so the last change was not saved. Export your data, then delete clients you no longer need.",
    download_backup: "Download the unreadable data",
    my_data: "My clients & data",
    nothing_stored: "Nothing is stored yet. You can import an earlier export here.",
    clients_title: "Choose a client",
    client_label: "For which client? (optional)",
    client_hint: "The name appears in your letters to the client.",
    client_add: "Add another client",
    client_delete: "Delete this client",
    confirm_yes: "Yes, delete",
    cancel: "Cancel",
    history_title: "Earlier assessments",
    history_empty: "No finished assessment for this client yet.",
    history_lead: "Each share says how strongly your answers pointed to that option; the three add up to 100%. Open an entry to see that result and its plan again.",
    back_to_start: "Back to the start",
    data_title: "Your data",
    data_note: "Your data lives only in this browser. Anyone who uses this browser can read it, and so can other scripts on this website – which may send elsewhere what they read.",
    export: "Export all (JSON)",
    import: "Import a file",
    delete_all: "Delete all data",
    confirm_delete_all: "Delete all clients and assessments in this browser? Export them first if you want to keep a copy.",
    data_kept: "This browser has agreed to keep it until you delete it.",
    data_may_go: "The browser may delete it, for example when space runs low. Safari also deletes it after seven days of browsing in which you don’t use this site. If you open this page from your home screen, it keeps its data there – but starts without what you saved in Safari. Export your data to keep a copy.",
    reminder_title: "Remind me to check again",
    reminder_lead: "Pick a date below to download a calendar file (.ics). Open it with your calendar app, and it can remind you at 9:00 that day. The file is made in your browser; this tool sends nothing anywhere.",
    reminder_with_name: "Name the client in the reminder",
    reminder_unnamed: "Difficult client",
    in_1_week: "In 1 week",
    in_2_weeks: "In 2 weeks",
    in_4_weeks: "In 4 weeks",
    copy_offer: "Your assessments are stored only in this browser. Save a copy as a file so you still have them if the browser deletes them.",
    copy_offer_save: "Export a copy (JSON)",
    copy_offer_close: "Not now",
    with: TEMPLATES,
};

const TEMPLATES: Templates = Templates {
    intro_length: "{0} short questions, about three to five minutes.",
    progress: "Question {0} of {1}",
    share: "{0}%",
    close_call: "Close call: “{0}” is ahead, but “{1}” is not far behind. Read both plans and decide which fits better.",
    second_plan_title: "For comparison: the “{0}” plan",
    client_numbered: "Client {0}",
    unnamed_as: "Without a name, this client is listed as “{0}”.",
    confirm_delete_client: "Delete “{0}” with all its assessments?",
    history_entry: "{0}: {1} – {2} of your answers’ weight",
    past_title: "Earlier assessment of {0} – read-only",
    trend_rising: "{0}: the share has risen over the last three assessments.",
    trend_falling: "{0}: the share has fallen over the last three assessments.",
    import_done_one: "Imported: 1 client. Nothing was overwritten; histories were combined.",
    import_done: "Imported: {0} clients. Nothing was overwritten; histories were combined.",
    import_unreadable: "The file could not be read ({0}). Nothing was changed.",
    import_too_large: "The file is too large for an export of this widget ({0}). Nothing was changed.",
    import_newer: "The file comes from a newer version of this widget ({0}). Nothing was changed.",
    import_invalid: "The file is not a valid export: {0}. Nothing was changed.",
    last_export: "Last export: {0}.",
    never_exported: "Not exported yet.",
    trend_chart: "Share of each option across {0} assessments, from {1} to {2}: {3}.",
    trend_series: "{0} from {1}% to {2}%",
    reminder_summary: "{0}: take the assessment again",
    reminder_description: "Last time the recommendation was “{0}”. Answer the questions again and see whether anything has changed.",
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
        QuestionId::Topic => (
            "What is the conflict mainly about?",
            &[
                t!(
                    "A concrete dispute about the work – quality, scope, price or deadlines.",
                    "There is a concrete dispute about the work to settle."
                ),
                t!(
                    "The client’s manner or personality – the work itself is not in dispute.",
                    "The work is not in dispute; it is the client’s manner that wears you down."
                ),
                t!(
                    "Both.",
                    "There is a dispute about the work, and the client’s manner makes it harder."
                ),
            ],
        ),
        QuestionId::Satisfiable => (
            "Could any service ever satisfy this client?",
            &[
                t!(
                    "Yes – their criticism points at real weaknesses in my work.",
                    "You think this client can be satisfied – their criticism points to weaknesses you can fix."
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
                    "They’re happy with the work; the problem is how they treat me.",
                    "The client is happy with your work – the problem is how they treat you."
                ),
                t!(
                    "No – nothing would ever be enough for them.",
                    "You believe no service would ever satisfy this client – the problem is not your work."
                ),
            ],
        ),
        QuestionId::Toll => (
            "How much does this client get to you?",
            &[
                t!(
                    "Hardly – I can switch off after work.",
                    "You can switch off after work."
                ),
                t!(
                    "They annoy me while I work on their project.",
                    "The client annoys you while you work on their project."
                ),
                t!(
                    "I keep thinking about them after work.",
                    "The client stays on your mind after work."
                ),
                t!(
                    "They cost me sleep and drain my energy.",
                    "The client costs you sleep and energy."
                ),
            ],
        ),
        QuestionId::Fronts => (
            "How is communication with the client going at the moment?",
            &[
                t!(
                    "Constructive – we find solutions.",
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
                    "Positions have hardened; we barely talk any more.",
                    "Positions have hardened."
                ),
            ],
        ),
        QuestionId::Fairness => (
            "Is any of the client’s criticism of your work fair?",
            &[
                t!("Yes, most of it.", "Most of the criticism is fair."),
                t!(
                    "Partly – I could meet them halfway.",
                    "Part of the criticism is fair, so a goodwill gesture could settle it."
                ),
                t!("Hardly any.", "Hardly any of the criticism is fair."),
                t!("None of it.", "None of the criticism is fair."),
                t!(
                    "They don’t criticise the work.",
                    "The client does not criticise your work."
                ),
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
                    "You have not yet put a list of solutions in front of the client."
                ),
                t!(
                    "Yes, but they ignore them, stall or go back on what we agreed.",
                    "The client ignores or stalls the solutions you offered, or goes back on them."
                ),
                t!(
                    "Yes, and they turned down every option.",
                    "You offered solutions and the client turned down every one."
                ),
                t!(
                    "There is nothing concrete to negotiate.",
                    "There is nothing concrete to negotiate."
                ),
            ],
        ),
        QuestionId::Talk => (
            "Have you talked the problem through by phone or in person?",
            &[
                t!("Yes, and it helped.", "Talking it through helped."),
                t!(
                    "Not yet – only in writing so far.",
                    "About this problem you have only written so far; a call has not been tried."
                ),
                t!(
                    "Yes, but nothing changed.",
                    "You talked it through and nothing changed."
                ),
                t!("The client refuses to talk.", "The client refuses to talk."),
                t!(
                    "There is nothing concrete to talk through.",
                    "There is nothing concrete to talk through."
                ),
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
                    "Far more – my other work suffers.",
                    "The client eats so much time that your other work suffers."
                ),
            ],
        ),
        QuestionId::MoneyWorth => (
            "Is what you earn from this client still worth the strain?",
            &[
                t!(
                    "Clearly yes.",
                    "What you earn still clearly outweighs the strain."
                ),
                t!(
                    "Just about.",
                    "What you earn only just outweighs the strain."
                ),
                t!(
                    "Not really.",
                    "What you earn no longer really outweighs the strain."
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
                t!(
                    "Not needed – it is a small one-off job.",
                    "It is a small one-off job without a contract."
                ),
            ],
        ),
        QuestionId::Scope => (
            "Is the scope of work described precisely in writing?",
            &[
                t!(
                    "Yes, precisely.",
                    "The scope of work is described precisely in writing."
                ),
                t!(
                    "Only roughly.",
                    "The scope of work is described only roughly."
                ),
                t!("No.", "The scope of work was never described in writing."),
                t!(
                    "Not needed – the job is small and clear.",
                    "The job is small and clear without a written description."
                ),
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
            "Are there agreed milestones that the client signs off?",
            &[
                t!(
                    "Yes, each one signed off in writing.",
                    "Milestones are signed off in writing."
                ),
                t!("Only informally.", "Milestones exist only informally."),
                t!(
                    "No – everything is delivered at the end.",
                    "There are no milestones; everything comes at the end."
                ),
                t!(
                    "Not needed – the job is too small.",
                    "The job is too small for milestones."
                ),
            ],
        ),
        QuestionId::TargetGroup => (
            "Is this the kind of client you want to work for?",
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
                    "No, they are outside my target group.",
                    "The client is outside the target group you want."
                ),
                t!(
                    "I haven’t defined my target group yet.",
                    "You have not defined your target group yet."
                ),
            ],
        ),
        QuestionId::Duration => (
            "How long has it been difficult?",
            &[
                t!("For a few days.", "The difficulty is only a few days old."),
                t!("For a few weeks.", "It has been going on for a few weeks."),
                t!(
                    "For months – it started well.",
                    "It started well, but has been difficult for months."
                ),
                t!(
                    "From the very first day.",
                    "It has been difficult from the very first day."
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
                t!(
                    "Curtly and impatiently.",
                    "The client is curt and impatient."
                ),
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
            summary: "The problem lies less with your work than with this client, so try not to take it personally. Make a conscious effort to shut it out, and still offer solutions as well as you can.",
            plan: &[
                "Separate the work from the tone: note which points of criticism are about the work, and let the rest go.",
                "Deal with this client’s messages only at fixed times, and keep your inbox closed in between.",
                "Keep answering factually and keep offering solutions – detaching is not ignoring.",
                "Talk it over with someone you trust instead of carrying it around with you.",
                "Take this assessment again in two weeks, or sooner if it starts to cost you sleep.",
            ],
        },
        Strategy::Mediate => StrategyText {
            name: "Mediate",
            summary: "An agreement is still within reach – more likely in a conversation than through more emails. Give the client a short list of solutions to choose from, including a small goodwill gesture, talk them through by phone or in person, and put what you agree in writing.",
            plan: &[
                "Don’t keep arguing by email: once positions have hardened, it rarely helps.",
                "Write down two to four concrete solutions for the client to choose from, including a small goodwill gesture.",
                "Suggest a call or a meeting to go through the solutions together – many disputes are easier to settle in conversation than by email.",
                "Straight after the conversation, write down what was agreed – date, participants, the chosen solution, deadlines, next steps – and send it to the client.",
                "For the rest of the project, put the scope, deadlines and milestones in writing.",
            ],
        },
        Strategy::Terminate => StrategyText {
            name: "End it",
            summary: "This client costs you more time and energy than they bring in. Do yourself a favour and end the relationship cleanly – however much they pay, you are not for sale.",
            plan: &[
                "Decide, and do not let the fee talk you out of it: no money is worth being worn down.",
                "Check what you agreed (contract, quote or emails): notice periods, what work is still outstanding, and who gets which rights to the results.",
                "Finish or hand over what was agreed, and send the final invoice for the work done.",
                "Give notice in writing, refer to your agreement, and keep the wording factual and free of emotion.",
                "Keep all records: emails, agreements, invoices.",
                "Afterwards, define your target group more sharply and tighten your terms, so you spot clients like this earlier.",
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
            missing: "The scope of work is not precisely defined.",
            fix: "Describe in writing exactly what you will deliver – and what you won’t.",
        },
        Gap::Deadlines => GapText {
            missing: "No firm deadlines.",
            fix: "Agree deadlines in writing, for both sides’ contributions.",
        },
        Gap::Milestones => GapText {
            missing: "No signed-off milestones.",
            fix: "Split the work into milestones that the client signs off one by one.",
        },
        Gap::TargetGroup => GapText {
            missing: "No clear target group, or this client is outside it.",
            fix: "Define whom you want as clients before the next project starts, and check new enquiries against that.",
        },
    }
}

pub fn rule(rule: Rule) -> &'static str {
    match rule {
        Rule::Threats => {
            "The client threatens or harasses you. Nobody has to accept that, whatever they pay: end the relationship, keep records of everything, don’t meet the client alone, and get legal advice if in doubt."
        }
        Rule::MediationRefusedAndTimeDrain(Refusal::Offer) => {
            "The client turned down every solution you offered and takes much more time than they pay for. That is exactly the situation in which the article advises ending it."
        }
        Rule::MediationRefusedAndTimeDrain(Refusal::Talk) => {
            "The client refuses to talk the problem through and takes much more time than they pay for. That is exactly the situation in which the article advises ending it."
        }
        Rule::MediationRefusedAndTimeDrain(Refusal::Both) => {
            "The client turned down every solution, refuses to talk and takes much more time than they pay for. That is exactly the situation in which the article advises ending it."
        }
    }
}

pub const PLAN: PlanTexts = PlanTexts {
    steps_heading: "Steps",
    revisit_heading: "When to take the assessment again",
    revisit: "Take the assessment again in two weeks – or straight away if the client starts costing you sleep or things get worse. If it then recommends “End it”, you’ll find the matching plan there.",
    options_heading: "Solutions for the client to choose from",
    options_for: "Solutions for {0} to choose from",
    options_for_unnamed: "Solutions for the client to choose from",
    goodwill_default: "Goodwill gesture: one extra round of changes at no charge",
    second_option_default: "Finish the agreed task by a new, firm deadline",
    option_label: "Solution {0}",
    add_option: "Add a solution",
    remove_option: "Remove solution {0}",
    prepare_options: "Prepare the solutions and the written summary",
    prepare_letter: "Prepare the notice letter",
    talk_heading: "How to run the conversation",
    talk_guide: &[
        "Open calmly: you want a solution both sides can live with.",
        "Let the client explain their view, then sum it up in one sentence.",
        "Put the solutions on the table and let the client choose.",
        "Agree on who does what by when.",
        "Say that you will send a short written summary today.",
    ],
    record_heading: "Written summary (send it after the conversation)",
    record_greeting: "Dear {0},",
    record_greeting_unnamed: "Hello,",
    record_intro: "Here is a short summary of our conversation, so that we are both on the same page:",
    record_closing: "Please let me know within three working days if you understood any of this differently.",
    sign_off: "Kind regards",
    sender: "(your name)",
    letter_sender: "(your name, signature)",
    letter_date: "(date)",
    meeting_date: "Date of the conversation",
    participants: "Participants",
    chosen_option: "Chosen solution",
    client_chose: "The client chose this one",
    deadlines: "Deadlines",
    next_steps: "Next steps",
    checklist_heading: "Exit checklist",
    exit_checklist: &[
        "Finish or hand over what was agreed, with files and logins.",
        "Send the final invoice for the work done.",
        "Give written notice that refers to your agreement and, if there is one, its notice period.",
        "Keep all records: contract or quote, emails, agreements, invoices.",
        "Write factually; leave out blame and emotional wording.",
    ],
    legal_note: "Ending a contract is a legal step. Under German law, for example, a freelancer can usually end a contract for a defined piece of work (Werkvertrag) early only for good cause (§\u{a0}648a BGB). Whether you can end your contract at all, and with how much notice, depends on what you agreed. If in doubt, have a lawyer check the notice before you send it – this plan is not legal advice.",
    letter_heading: "Notice letter",
    contract_reference: "Agreement, e.g. “of 2 March 2026” or “No. 17”",
    end_date: "End date",
    letter_subject: "Notice of termination",
    letter_greeting: "Dear {0},",
    letter_greeting_unnamed: "Dear Sir or Madam,",
    letter_notice: "I am writing to give notice that I am terminating our agreement {0} with effect from {1}.",
    letter_body: &[
        "Until then I will complete the work in progress; anything not finished by then I will hand over in its current state. You will receive the final invoice for the work done separately.",
        "Thank you for working with me.",
    ],
    letter_sign_off: "Kind regards",
    letter_sign_off_unnamed: "Yours faithfully",
    to_fill: "(to fill in)",
    document_heading: "The “{0}” plan to copy, download or print",
    copy: "Copy plan",
    copied: "The plan is on the clipboard.",
    copy_failed: "Copying is not allowed here. Select the text of the plan and copy it by hand.",
    download: "Download plan (text file)",
    print: "Print plan",
};
