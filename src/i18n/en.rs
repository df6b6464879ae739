use super::{
    AdviceTexts, AnswerText, GapText, LoaderTexts, PlanTexts, QuestionSource, StrategyText,
    Templates, Texts,
};
use crate::core::advice::{Lead, Step};
use crate::core::model::{Refusal, Rule};
use crate::core::{Gap, QuestionId, Strategy};

/// The loader's own texts: its panels when the module cannot run, and the page's title.
pub const LOADER: LoaderTexts = LoaderTexts {
    failed: "The tool could not be loaded. Please check your connection.",
    retry: "Try again",
    no_wasm: "This browser cannot run the tool: WebAssembly is not available or switched off.",
    csp: "This page's security rules block the tool. For the site owner: allow 'wasm-unsafe-eval' in the Content-Security-Policy's script-src.",
    crashed: "Something went wrong. Your saved answers are not lost.",
    reload: "Reload",
    download: "Download saved data",
    page_title: "Difficult client – client-triage",
};

pub const TEXTS: Texts = Texts {
    lang_name: "English",
    widget_title: "Difficult client: detach, negotiate or end it?",
    intro_lead: "Answer questions about one difficult client. You get a recommendation (detach, negotiate or end the relationship), the reasons behind it and a concrete plan.",
    intro_privacy: "This tool doesn’t send your data anywhere: your answers are kept only in this browser, on this device.",
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
    scores_title: "How strongly your answers point to each option (adding up to 100%)",
    why_title: "Why",
    gaps_title: "Prevention: what to settle before the next client",
    gaps_none: "Contract, scope, deadlines, milestones and target group are all clearly defined. Keep it that way with the next client.",
    plan_title: "Your next steps",
    plan_title_single: "Your plan",
    restart: "Start over",
    switch_language: "Deutsch",
    switch_failed: "The German version could not be loaded. Check your connection and try again.",
    storage_unavailable: "This browser does not allow saving. The assessment still works, but your answers will be lost when you close the page.",
    storage_reset: "Your saved answers could not be read, so the assessment starts again. The data was kept as a backup, and you can download it.",
    storage_unreadable_kept: "Your saved answers could not be read, and this browser has no room to keep a copy of them. So they stay as they are, and nothing you change here is saved. Download them here; “Delete all data” under “My clients & data” removes them so you can start afresh.",
    storage_full: "Your browser’s storage is full, so your latest data could not be saved. The widget keeps working and tries again with your next change.",
    storage_newer: "A newer version of this tool has saved data in this browser. Reload the page to update – until then, nothing you change here is saved.",
    storage_newer_not_loaded: "A newer version of this tool has saved data in this browser, but this page still runs an older version, even after loading it again. Your data stays as it is, and nothing you change here is saved. Use the tool where you last saved your answers, or try again later.",
    storage_too_large: "Your saved data has grown too large for this browser, so the last change was not saved. Export your data, then delete clients you no longer need.",
    storage_unwritable: "Your last change could not be saved because of an error in this widget. What was saved before is kept; the widget keeps working and tries again with your next change.",
    storage_deleted_elsewhere: "The data this widget had stored in this browser was deleted elsewhere – in another tab, by the browser or by a script of this website – so it has let go of it here too. What you enter from now on is saved as usual.",
    storage_copy_full: "Your browser’s storage is full, so your data could not yet be moved to where this version of the tool keeps it. Nothing is lost: it is read from where it was, and your next change tries again.",
    storage_backup_kept: "Data this tool saved here earlier could not be read. It is kept as a backup in this browser: download it, or delete it once you no longer need it.",
    download_backup: "Download the unreadable data",
    delete_backups: "Delete the unreadable data",
    confirm_delete_backups: "Delete the unreadable data for good? Download it first if you might still need it.",
    my_data: "My clients & data",
    nothing_stored: "Nothing is stored yet. You can import an earlier export here.",
    nothing_readable: "Nothing this tool can open is stored here (see the notice above). You can import an earlier export here.",
    clients_title: "Choose a client",
    client_label: "For which client? (optional)",
    client_hint: "The name appears in your letters to the client.",
    client_add: "Add another client",
    confirm_yes: "Yes, delete",
    cancel: "Cancel",
    import_ask: "This file would change clients you already have here.",
    import_ask_end: "Import it anyway? If unsure, export your data first.",
    import_yes: "Yes, import",
    import_cancelled: "Nothing was imported.",
    history_title: "Earlier assessments",
    history_empty: "No finished assessment for this client yet.",
    history_lead: "Each share says how strongly your answers pointed to that option; the three add up to 100%. Open an entry to see that result and its plan again.",
    back_to_start: "Back to the start",
    data_title: "Your data",
    data_note: "Your data lives only in this browser. Anyone who uses this browser can read it, and so can other scripts on this website – which may send elsewhere what they read.",
    export: "Export all (JSON)",
    import: "Import a file",
    delete_all: "Delete all data",
    confirm_delete_all: "Delete everything this tool keeps in this browser, all clients and assessments? Export them first if you want to keep a copy.",
    delete_all_others_remain: "This tool also appears elsewhere on this website, with data of its own: that data stays.",
    data_kept: "This browser has agreed to keep it until you delete it.",
    data_may_go: "The browser may delete it, for example when space runs low. Safari also deletes it after seven days of browsing in which you don’t use this site. If you open this page from your home screen, it keeps its data there – but starts without what you saved in Safari. Export your data to keep a copy.",
    reminder_title: "Remind me to check again",
    reminder_lead: "Choose below when you want to check again. You get a calendar file (.ics): open it with your calendar app, and it will remind you at 9:00 that day. The file is made in your browser; this tool sends nothing anywhere.",
    reminder_with_name: "Name the client in the reminder",
    reminder_unnamed: "Difficult client",
    in_1_week: "In 1 week",
    in_2_weeks: "In 2 weeks",
    in_4_weeks: "In 4 weeks",
    copy_offer: "Your assessments are stored only in this browser. Save a copy as a file so you still have them if the browser deletes them.",
    copy_offer_save: "Export a copy (JSON)",
    copy_offer_close: "Not now",
    said_all_deleted: "All data deleted.",
    said_not_deleted_newer: "Only what you entered on this page was deleted: the data a newer version of this tool saved in this browser stays.",
    said_not_deleted_blocked: "Only what you entered on this page was deleted: this browser does not let the tool reach its storage, so nothing kept there could be deleted.",
    said_backups_deleted: "The unreadable data was deleted.",
    import_detail: "Technical detail:",
    with: TEMPLATES,
};

const TEMPLATES: Templates = Templates {
    intro_length: "{0} short questions, about three to five minutes.",
    progress: "Question {0} of {1}",
    share: "{0}%",
    second_plan_title: "For comparison: the “{0}” plan",
    client_numbered: "Client {0}",
    unnamed_as: "Without a name, this client is listed as “{0}”.",
    confirm_delete_client: "Delete “{0}” with all its assessments?",
    history_entry: "{0}: {1} – {2} of your answers’ weight",
    past_title: "Earlier assessment of {0} – read-only",
    trend_rising: "{0}: the share has risen over the last three assessments.",
    trend_falling: "{0}: the share has fallen over the last three assessments.",
    import_done_one: "Imported: 1 client.",
    import_done: "Imported: {0} clients.",
    import_added: "New here: {0}.",
    import_replaced: "Replaced by the newer version in the file: {0}.",
    import_kept: "Already here in the same or a newer version, so left as they were: {0}.",
    import_records: "Earlier assessments from the file added to clients already here: {0}.",
    import_removed: "Deleted here, because the file records them as deleted later: {0}.",
    import_would_replace: "Would be replaced by the file’s newer version: {0}.",
    import_would_remove: "Would be deleted, because the file records them as deleted later: {0}.",
    import_unreadable: "The file could not be read ({0}). Nothing was changed.",
    import_too_large: "The file is too large for an export of this widget ({0}). Nothing was changed.",
    import_no_room: "There is no room for this file next to the data already here ({0}). Nothing was changed. Export your data and delete clients you no longer need, then try again.",
    import_storage_full: "Your browser’s storage has no room for this file. Nothing was changed. Export your data and delete clients you no longer need, then try again.",
    import_newer: "The file comes from a newer version of this widget ({0}). Nothing was changed.",
    import_invalid: "This file is not an export from this widget, or it was changed after the export, so it cannot be imported. Choose a .json file you exported here. Nothing was changed.",
    last_export: "Last export: {0}.",
    never_exported: "Not exported yet.",
    trend_chart: "Share of each option across {0} assessments, from {1} to {2}: {3}.",
    trend_series: "{0} from {1}% to {2}%",
    reminder_summary: "{0}: take the assessment again",
    reminder_description: "Last time the recommendation was “{0}”. Answer the questions again and see whether anything has changed.",
    client_delete: "Delete “{0}”",
    said_client_added: "New client added: “{0}”.",
    said_client_deleted: "“{0}” deleted.",
    said_exported: "Your data is being downloaded as {0}.",
    said_reminder: "The calendar file {0} is being downloaded. Open it to add the reminder.",
};

/// An answer's texts under the answer's id in `QUESTIONS`: its place in this list does not
/// matter. A struct literal, not a `const fn` call, so the answer arrays are promoted to `'static`.
macro_rules! t {
    ($id:literal, $label:expr, $reason:expr) => {
        (
            $id,
            AnswerText {
                label: $label,
                reason: $reason,
            },
        )
    };
}

pub fn question(id: QuestionId) -> QuestionSource {
    let (prompt, answers): (&str, &'static [(&str, AnswerText)]) = match id {
        QuestionId::Topic => (
            "What is the conflict mainly about?",
            &[
                t!(
                    "dispute",
                    "A concrete dispute about the work – quality, scope, price or deadlines.",
                    "There is a concrete point in dispute: quality, scope, price or deadlines."
                ),
                t!(
                    "manner",
                    "The client’s manner or personality – the work itself is not in dispute.",
                    "The work is not in dispute; the problem is the client’s manner."
                ),
                t!(
                    "both",
                    "Both.",
                    "There is a dispute about the work, and the client’s manner makes it harder."
                ),
            ],
        ),
        QuestionId::Satisfiable => (
            "Could any service ever satisfy this client?",
            &[
                t!(
                    "my_gap",
                    "Yes – their criticism points to real weaknesses in my work.",
                    "You think this client can be satisfied – their criticism points to weaknesses you can fix."
                ),
                t!(
                    "clearer_terms",
                    "Probably, if we agreed more clearly what they get.",
                    "You think clearer agreements could satisfy this client."
                ),
                t!(
                    "unsure",
                    "Hard to say.",
                    "You are unsure whether anything could satisfy this client."
                ),
                t!(
                    "work_accepted",
                    "They’re happy with the work; the problem is how they treat me.",
                    "The client is happy with your work – the problem is how they treat you."
                ),
                t!(
                    "never",
                    "No – nothing would ever be enough for them.",
                    "You believe no service would ever satisfy this client – so the problem is probably not your work."
                ),
            ],
        ),
        QuestionId::Toll => (
            "How much does this client get to you?",
            &[
                t!(
                    "little",
                    "Hardly – I can switch off after work.",
                    "You can switch off after work."
                ),
                t!(
                    "annoyed",
                    "They annoy me while I work on their project.",
                    "The client annoys you while you work on their project."
                ),
                t!(
                    "evenings",
                    "I keep thinking about them after work.",
                    "The client stays on your mind after work."
                ),
                t!(
                    "drained",
                    "They cost me sleep and drain my energy.",
                    "The client costs you sleep and energy."
                ),
            ],
        ),
        QuestionId::Fronts => (
            "How is communication with the client going at the moment?",
            &[
                t!(
                    "constructive",
                    "Constructive – we find solutions.",
                    "Your communication is still constructive."
                ),
                t!(
                    "tense",
                    "Tense, but we still move forward.",
                    "Communication is tense, but still moving."
                ),
                t!(
                    "written_loops",
                    "Long written back-and-forth that goes nowhere.",
                    "The long written back-and-forth is going round in circles."
                ),
                t!(
                    "hardened",
                    "Positions have hardened; we barely talk any more.",
                    "Positions have hardened."
                ),
            ],
        ),
        QuestionId::Fairness => (
            "How fair is the client’s criticism of your work?",
            &[
                t!("largely", "Mostly fair.", "Most of the criticism is fair."),
                t!(
                    "partly",
                    "Partly – I could meet them halfway.",
                    "Part of the criticism is fair; a goodwill offer can address that."
                ),
                t!("hardly", "Hardly.", "Hardly any of the criticism is fair."),
                t!(
                    "not_at_all",
                    "Not at all.",
                    "None of the criticism is fair."
                ),
                t!(
                    "no_complaint",
                    "They have no complaint about my work.",
                    "The client has no complaint about your work."
                ),
            ],
        ),
        QuestionId::Offer => (
            "Have you offered the client concrete solutions to choose from?",
            &[
                t!(
                    "accepted",
                    "Yes, and they accepted one.",
                    "You offered solutions and the client accepted one."
                ),
                t!(
                    "not_yet",
                    "Not yet.",
                    "You have not yet put a list of solutions in front of the client."
                ),
                t!(
                    "stalled",
                    "Yes, but they ignore them, stall or go back on what we agreed.",
                    "The client ignores your solutions, stalls on a decision or goes back on what you agreed."
                ),
                t!(
                    "refused",
                    "Yes, and they turned down every option.",
                    "You offered solutions and the client turned down every one."
                ),
                t!(
                    "nothing_to_negotiate",
                    "There is nothing concrete to negotiate.",
                    "There is nothing concrete to negotiate."
                ),
            ],
        ),
        QuestionId::Talk => (
            "Have you talked the problem through with the client by phone or in person?",
            &[
                t!(
                    "helped",
                    "Yes, and it helped.",
                    "Talking it through helped."
                ),
                t!(
                    "not_yet",
                    "Not yet – only in writing so far.",
                    "You have not talked the problem through with the client yet."
                ),
                t!(
                    "no_change",
                    "Yes, but nothing changed.",
                    "You talked it through and nothing changed."
                ),
                t!(
                    "refuses",
                    "No, they refuse to talk.",
                    "The client refuses to talk."
                ),
                t!(
                    "nothing_to_negotiate",
                    "There is nothing concrete to talk through.",
                    "There is nothing concrete to talk through."
                ),
            ],
        ),
        QuestionId::TimeDrain => (
            "How much of your time does this client take, compared with what they pay?",
            &[
                t!(
                    "proportionate",
                    "About what they pay for.",
                    "The time spent is in proportion to the pay."
                ),
                t!(
                    "somewhat_more",
                    "Somewhat more.",
                    "The client takes somewhat more time than they pay for."
                ),
                t!(
                    "much_more",
                    "Much more.",
                    "The client takes much more time than they pay for."
                ),
                t!(
                    "excessive",
                    "Far more – my other work suffers.",
                    "The client takes up so much of your time that your other work suffers."
                ),
            ],
        ),
        QuestionId::MoneyWorth => (
            "Is what you earn from this client still worth the strain?",
            &[
                t!(
                    "clearly",
                    "Clearly yes.",
                    "What you earn still clearly outweighs the strain."
                ),
                t!(
                    "just_about",
                    "Just about.",
                    "What you earn now barely makes up for the strain."
                ),
                t!(
                    "not_really",
                    "Not really.",
                    "What you earn no longer really outweighs the strain."
                ),
                t!(
                    "never",
                    "No amount would be worth this.",
                    "No amount of money would be worth this strain."
                ),
            ],
        ),
        QuestionId::Contract => (
            "Do you have a signed contract with this client?",
            &[
                t!(
                    "signed",
                    "Yes, signed by both sides.",
                    "There is a signed contract."
                ),
                t!(
                    "emails_only",
                    "No, only emails or an accepted quote.",
                    "The agreement exists only in emails or an accepted quote."
                ),
                t!(
                    "verbal",
                    "No, only verbal agreements.",
                    "There are only spoken agreements."
                ),
                t!(
                    "not_needed",
                    "No – it is just a small one-off job.",
                    "It is a small one-off job without a signed contract."
                ),
            ],
        ),
        QuestionId::Scope => (
            "Is the scope of work described precisely in writing?",
            &[
                t!(
                    "precise",
                    "Yes, precisely.",
                    "The scope of work is described precisely in writing."
                ),
                t!(
                    "rough",
                    "Only roughly.",
                    "The scope of work is described only roughly."
                ),
                t!(
                    "undefined",
                    "No, not in writing at all.",
                    "The scope of work is not written down at all."
                ),
                t!(
                    "not_needed",
                    "Not needed – the job is small and clear.",
                    "The job is small and clear without a written description."
                ),
            ],
        ),
        QuestionId::Deadlines => (
            "Are the deadlines agreed in writing?",
            &[
                t!(
                    "written",
                    "Yes, in writing.",
                    "Deadlines are agreed in writing."
                ),
                t!(
                    "vague",
                    "Only loosely or by word of mouth.",
                    "Deadlines are only loosely agreed."
                ),
                t!("none", "No deadlines were set.", "No deadlines were set."),
            ],
        ),
        QuestionId::Milestones => (
            "Are there agreed milestones that the client signs off?",
            &[
                t!(
                    "signed_off",
                    "Yes, each one signed off in writing.",
                    "Milestones are signed off in writing."
                ),
                t!(
                    "informal",
                    "Only informally.",
                    "Milestones exist only informally."
                ),
                t!(
                    "none",
                    "No – everything is delivered at the end.",
                    "There are no milestones; everything comes at the end."
                ),
                t!(
                    "not_needed",
                    "Not needed – the job is too small.",
                    "The job is too small for milestones."
                ),
            ],
        ),
        QuestionId::TargetGroup => (
            "Is this the kind of client you want to work for?",
            &[
                t!(
                    "ideal",
                    "Yes, exactly my target group.",
                    "The client is exactly in your target group."
                ),
                t!(
                    "mostly",
                    "More or less.",
                    "The client fits your target group only more or less."
                ),
                t!(
                    "outside",
                    "No, they are outside my target group.",
                    "The client is not in your target group."
                ),
                t!(
                    "undefined",
                    "I haven’t defined my target group yet.",
                    "You have not defined your target group yet."
                ),
            ],
        ),
        QuestionId::Duration => (
            "How long has working with this client been difficult?",
            &[
                t!(
                    "days",
                    "For a few days.",
                    "The difficulty is only a few days old."
                ),
                t!(
                    "weeks",
                    "For a few weeks.",
                    "It has been going on for a few weeks."
                ),
                t!(
                    "months",
                    "For months – it started well.",
                    "It started well, but has been difficult for months."
                ),
                t!(
                    "from_start",
                    "From the very first day.",
                    "It has been difficult from the very first day."
                ),
            ],
        ),
        QuestionId::Trend => (
            "Is it getting better or worse?",
            &[
                t!("better", "Better.", "Things are getting better."),
                t!("same", "About the same.", "Things stay about the same."),
                t!("worse", "Worse.", "Things are getting worse."),
                t!(
                    "escalating",
                    "It is escalating quickly.",
                    "The conflict is escalating quickly."
                ),
            ],
        ),
        QuestionId::Respect => (
            "How does the client treat you?",
            &[
                t!(
                    "polite",
                    "Politely, even when we disagree.",
                    "The client stays polite even in disagreement."
                ),
                t!(
                    "curt",
                    "Curtly and impatiently.",
                    "The client is curt and impatient."
                ),
                t!(
                    "insulting",
                    "Disrespectfully or with insults.",
                    "The client is disrespectful or insulting."
                ),
                t!(
                    "legal_threats",
                    "They threaten to bring in a lawyer, sue or post bad reviews.",
                    "The client threatens to bring in a lawyer, sue or post bad reviews."
                ),
                t!(
                    "threats",
                    "They threaten me personally or harass me.",
                    "The client threatens you personally or harasses you."
                ),
            ],
        ),
        QuestionId::Stage => (
            "Where does the job stand?",
            &[
                t!(
                    "under_way",
                    "The work is under way and not yet delivered.",
                    "The work is still under way."
                ),
                t!(
                    "ongoing",
                    "Ongoing work with no fixed end (a retainer, regular bookings).",
                    "You work for this client on an ongoing basis."
                ),
                t!(
                    "prepaid",
                    "Paid in advance; part of the work is still to do.",
                    "The client has paid in advance for work that is not yet done."
                ),
                t!(
                    "delivered_unpaid",
                    "Delivered – but money is still outstanding.",
                    "The work is delivered, and money is still outstanding."
                ),
                t!(
                    "delivered_paid",
                    "Delivered and paid for – but the client keeps getting in touch.",
                    "The work is delivered and paid for."
                ),
            ],
        ),
    };
    QuestionSource { prompt, answers }
}

pub fn strategy(strategy: Strategy) -> StrategyText {
    // "Negotiate", not "Mediate": the reader is one side of the conflict, not a neutral third.
    let name = match strategy {
        Strategy::Detach => "Detach",
        Strategy::Mediate => "Negotiate",
        Strategy::Terminate => "End it",
    };
    StrategyText { name }
}

pub fn gap(gap: Gap) -> GapText {
    match gap {
        Gap::Contract => GapText {
            missing: "No signed contract.",
            fix: "With the next client, put the agreement into a contract that both sides sign. An offer accepted by email is a contract too, but a signed contract with a precise scope prevents far more disputes.",
        },
        Gap::SmallJobInWriting => GapText {
            missing: "A small job without a signed contract.",
            fix: "That is enough as long as the scope, price and deadline are confirmed in writing beforehand – a quote accepted by email does the job. Keep to that for every small job.",
        },
        Gap::Scope => GapText {
            missing: "The scope of work is not precisely defined.",
            fix: "Describe in writing exactly what you will deliver – and what you won’t.",
        },
        Gap::Deadlines => GapText {
            missing: "No firm deadlines.",
            fix: "Agree deadlines in writing – for what you deliver and for what the client must supply (information, material, feedback).",
        },
        Gap::Milestones => GapText {
            missing: "No signed-off milestones.",
            fix: "Split the work into milestones that the client signs off one by one.",
        },
        Gap::TargetGroup => GapText {
            missing: "No clear target group, or this client does not quite fit it.",
            fix: "Define whom you want as clients before the next project starts, and check new enquiries against that.",
        },
    }
}

pub fn rule(rule: Rule) -> &'static str {
    // The article's rule, not the reader's facts: the lead above already says those.
    match rule {
        Rule::Threats => "Nobody has to put up with threats or harassment.",
        Rule::MediationRefusedAndTimeDrain(Refusal::Offer) => {
            "The article’s rule: when a client eats up too much of your time and turns down every solution, do yourself a favour and end it."
        }
        Rule::MediationRefusedAndTimeDrain(Refusal::Talk) => {
            "The article’s rule: when a client eats up too much of your time and refuses to talk it through, do yourself a favour and end it."
        }
        Rule::MediationRefusedAndTimeDrain(Refusal::Both) => {
            "The article’s rule: when a client eats up too much of your time and turns down both your proposed solutions and a conversation, do yourself a favour and end it."
        }
    }
}

pub const ADVICE: AdviceTexts = AdviceTexts {
    because: "Your answer: {0}",
    legal_first: "Ending a contract has legal consequences; this plan is not legal advice.",
    legal_plain: "This plan is not legal advice.",
    safety_title: "Safety and exit",
    close_call: "Close call: “{0}” is only slightly ahead of “{1}”.",
    tie: "A tie between “{0}” and “{1}”.",
    tie_mediate_first: "“Negotiate” comes first because a settled dispute takes more pressure off than detaching alone.",
    tie_terminate_last: "“End it” comes second: it is for when solutions and a talk have failed.",
    tip: "“{0}” would come first if this were also true: {1}",
    against: "What speaks for “{0}”",
    second_intro: "If you decide on “{0}” after all:",
    source_title: "“Tipps für den Umgang mit schwierigen Kunden” (‘Tips for dealing with difficult clients’)",
    source_line: "The questions and recommendations are based on the article {0}. The legal notes and letter templates are this tool’s own addition and are not legal advice.",
    steps: &[],
    leads: &[],
};

pub fn step(step: Step) -> &'static str {
    match step {
        Step::Firm => {
            "Save every message in which the client threatens legal action or bad reviews, with its date. Answer the threat itself only in writing, briefly and factually, and admit nothing you have not checked. Don’t argue the dispute out in long emails. If a lawyer’s letter arrives, get advice from a lawyer or your professional association before you reply."
        }
        Step::DetachClaim => {
            "Keep the money apart from the manner: send a short, factual payment reminder today – invoice, amount still open, a firm date to pay by. However the client treats you, what they owe does not change."
        }
        Step::DetachJobDone => {
            "The job is delivered and paid for. Once anything else you agreed to do has been done, confirm in writing, once, what you delivered and that the job is complete, and say that anything further would be a new job. After that you don’t need to reopen it; valid claims for defects remain unaffected."
        }
        Step::DetachBoundary => {
            "Set a boundary in one calm sentence: you expect a respectful tone, as you keep one yourself. Then answer only the factual part of the message."
        }
        Step::DetachBoundaryTried => {
            "You have already raised the tone, and nothing changed – don’t say it again. Save insulting messages with their date, answer only the factual part, and decide for yourself when you will end the relationship if it goes on like this."
        }
        Step::DetachAnswerFacts => {
            "Read each message from this client for what they actually ask for, and answer only that – factually and calmly."
        }
        Step::DetachFairPoints => {
            "Deal quickly with the points of criticism that are fair, and say so in one sentence. Let the rest go without comment."
        }
        Step::DetachOwnList => {
            "Write down, for yourself, what you owe this client under your agreement. Measure your work against that list, not against their reactions."
        }
        Step::DetachOwnListWritten => {
            "Measure your work against the written scope you agreed, not against the client’s reactions. What you have delivered as agreed is done, even if the client stays unhappy."
        }
        Step::DetachStrain => {
            "Protect your evenings: mute this client’s notifications after work, and answer their messages only at two fixed times a day, say 11am and 4pm."
        }
        Step::DetachSmallJob => {
            "With a small one-off job, what was ordered is the yardstick. If the client raises something, reply a single time – calmly, factually and with reference to the order. Once the job is done and invoiced, you need not reopen it, though you still have to fix genuine defects. You don’t have to take on another job from this client."
        }
        Step::DetachFixedTimes => {
            "Don’t react on the spot: where you can, answer this client’s messages at set times – say 11am and 4pm. Note down points raised in person and reply once you have thought them through. Anything urgent, handle as agreed."
        }
        Step::DetachKeepOffering => {
            "Offer the client solutions for the open points, two to four to choose from: detaching does not mean ignoring them."
        }
        Step::DetachHoldToAgreed => {
            "Stick to the solution the client accepted, and refer back to it in writing if the same point comes up again."
        }
        Step::DetachRecordTalk => {
            "If you have not done so yet, send the client a few lines today confirming what you agreed in your conversation – expectations, ground rules, next steps – so that you can both refer to it later. You are confirming what was agreed, not negotiating it again."
        }
        Step::DetachConfidant => {
            "Talk it over with someone you trust instead of carrying it around with you after work."
        }
        Step::DetachRevisitSoon => {
            "Take the assessment again in one week. If nothing has eased by then, ending the relationship may be the better way."
        }
        Step::DetachRevisit => {
            "Take the assessment again in two weeks, or sooner if things get worse."
        }
        Step::MediateKeepWorking => {
            "Keep what works: when new requests come, refer to what is agreed and signed off in writing."
        }
        Step::MediateCloseOut => {
            "The client accepted a solution, and the job is delivered and paid for. Once the solution has been carried out, confirm once in writing that it is done and the job complete, and say that anything further would be a new job. After that you don’t need to reopen it; valid claims for defects remain unaffected."
        }
        Step::MediateRecordAgreed => {
            "If you have not done so yet, send the client a short written confirmation today of the solution you agreed: what happens, by when, and who does what. The template below is ready to fill in."
        }
        Step::MediateRecordTalk => {
            "If you have not done so yet, write down today what you agreed in the conversation and send it to the client with a request to confirm it. The summary below is ready to fill in."
        }
        Step::MediateStopEmail => {
            "Stop arguing over email about who is to blame and about details: once it goes round in circles, more arguments rarely settle anything. Instead of arguments, send a short list of solutions."
        }
        Step::MediateFreshStart => {
            "Write to the client in two or three factual sentences that you are looking for a solution both sides can live with – no blame, no justification."
        }
        Step::MediateList => {
            "Write down two to four concrete solutions for the client to choose from, one of them a goodwill offer. The list below helps."
        }
        Step::MediateRemindOrListAgain => {
            "If the client has gone back on something you agreed, remind them of it in writing and set a date for it to be done. Otherwise, send a new short list of solutions with a date to choose by, and ask for the choice in writing."
        }
        Step::MediateListAgain => {
            "Put together a new short list of two to four solutions – one of them may be a little more generous than before – and ask the client to choose one by a set date and to confirm the choice in writing."
        }
        Step::MediateNameDispute => {
            "Write down in two or three sentences what exactly stands between you and the client, and ask for their view of it."
        }
        Step::MediateOpenAmount => {
            "Make the outstanding amount part of every solution: each option says how much is paid, and by when – for example in instalments, or a small discount for payment by a set date."
        }
        Step::MediateCall => {
            "Suggest a call or a meeting to settle it together: many disputes are easier to resolve by talking than in writing."
        }
        Step::MediateCallAgain => {
            "Talk to the client once more, this time with the written list in front of you both, and end the call with a choice."
        }
        Step::MediateInWriting => {
            "Send the client the list in writing, and ask them to choose one solution by a set date."
        }
        Step::MediateRecordAfter => {
            "Straight after the conversation, write down what was agreed – date, participants, the chosen solution, deadlines, next steps – and send it to the client."
        }
        Step::MediateConfirmChoice => {
            "Once you agree, confirm the outcome briefly in writing, with deadlines and next steps. The template below is ready to fill in."
        }
        Step::MediateCheckRecord => {
            "If a lawyer’s letter arrives, have whatever you put in writing checked too before you send it."
        }
        Step::MediateSettleTerms => {
            "From now on, put in writing whatever is not yet written down – scope, deadlines or milestones – so that you both have something to refer to if you disagree again."
        }
        Step::TerminateClaim => {
            "The work is delivered, so there is nothing left to terminate: claim what you are owed. Send a payment reminder today with the invoice, the amount outstanding and a firm date, say two weeks (letter below). Leave the dispute about the work out of it; if the client has reported defects, get advice before you chase payment."
        }
        Step::TerminateClaimNext => {
            "If the date passes without payment, the usual next steps are a court payment order (in Germany the Mahnverfahren, online at online-mahnantrag.de) or a collection agency. If the client disputes the work, get advice first."
        }
        Step::TerminateCloseJob => {
            "The work is delivered and paid for, so there is nothing left to terminate: close the job in writing. One short letter confirms that the job is complete and that you will take on no further work for this client (letter below). After that, don’t be drawn into discussing the finished job again; valid claims for defects remain unaffected."
        }
        Step::TerminateUrgent => {
            "Don’t wait for the project to end: find out this week how you can end the contract, and end it as soon as that is clear."
        }
        Step::TerminateCheckContract => {
            "Check your contract: the notice period, the termination clause, the work still outstanding and, if you hand over results, who holds which rights to use them."
        }
        Step::TerminateCheckAgreement => {
            "Collect what you agreed – quote, order confirmation, emails – and note what is still outstanding. Without a signed contract, the notice period is less clear: if in doubt, get advice first."
        }
        Step::TerminateNoteVerbal => {
            "Spoken agreements are a contract too. Write down from memory what you agreed – date, price, tasks – and save the messages that show it: that avoids disputes about what was agreed. Whatever you did not agree about ending it is governed by statute (in Germany, the BGB); if in doubt, get advice first."
        }
        Step::TerminateSmallJob => {
            "It is a small one-off job: finish it as agreed, or propose closing it at its current stage: you hand over what you have made so far and settle the account for it (letter below). Turn down any further work in one brief, factual sentence."
        }
        Step::TerminateMutualFirst => {
            "First propose ending the agreement by mutual consent (letter 1), with a date to reply by. If German law applies, for a Werkvertrag (a contract for a defined piece of work) without a termination clause, that is often the safer route."
        }
        Step::TerminateNotice => {
            "If the client has not agreed by then, give notice in writing with letter 2 – provided your agreement or the law allows it. If neither does, don’t simply stop working – that can expose you to a damages claim. Get advice before you send anything."
        }
        Step::TerminateDelivery => {
            "Sign the notice and send it by registered post with proof of delivery (in Germany: Einwurf-Einschreiben) or hand it over through someone you trust who has read the letter before it was sealed, so that you can more easily prove it arrived. Whether an email is enough depends on what you agreed; a signed letter is the safer choice."
        }
        Step::TerminateFinish => {
            "Until the end date, work only within the agreed scope, and at the end hand over what the client is entitled to – such as results and, where relevant, the access details to their accounts."
        }
        Step::TerminateFinishOpen => {
            "Until the end date, do only what you can show was agreed – your notes and messages are the record – and at the end hand over what the client is entitled to."
        }
        Step::TerminatePaymentFirst => {
            "Handle the ending in writing only, and hand over results only against payment of the final invoice if your contract and the law allow it – have that checked first."
        }
        Step::TerminateInvoice => "Send the final invoice for the work done up to the end date.",
        Step::TerminateSettleAdvance => {
            "The client has paid in advance: credit the advance against the work done up to the end date in a final statement, and refund any balance. If you have claims of your own against the client, such as damages, get advice first on whether you can set them off against that balance."
        }
        Step::TerminateNoNewOrders => {
            "Take on no new work for this client; turn down new requests in one brief, factual sentence."
        }
        Step::TerminateRecords => {
            "Keep every record: contract or quote, emails, agreements, invoices."
        }
        Step::TerminateTargetGroup => {
            "Afterwards, define your target group more precisely and tighten your terms, so that you spot clients like this earlier and keep disputes from starting."
        }
        Step::TerminateTargetGroupOnly => {
            "Afterwards, define your target group more precisely and check new enquiries against it. Your contract was not the weak point here: keep your terms as precise as they were with this client."
        }
        Step::SwitchOff => {
            "Don’t take this client home: after work, switch off, and talk it over with someone you trust rather than going over it again in your head."
        }
        Step::SafetyDocument => {
            "Save every threatening or harassing message – screenshots, emails, voicemails – with the date and time, and keep a dated log of anything that is not a message, such as an unannounced visit: what happened, when, and who saw it."
        }
        Step::SafetyInWriting => {
            "From now on, communicate with the client only in writing, and don’t meet them alone."
        }
        Step::SafetyPolice => {
            "If you are threatened with violence or feel in danger, call for help at once: 112 works across Europe, the UK included (there 999 too); the police are 110 in Germany, 133 in Austria and 117 in Switzerland. You can also report threats to the police."
        }
        Step::SafetyLegalAdvice => {
            "Before terminating with immediate effect (for good cause), get advice from a lawyer or your professional association – and don’t wait long: such a termination must be declared promptly. Under German law, that means for service contracts (Dienstverträge) within two weeks of learning of the reason, and for other contracts, such as a Werkvertrag, within a reasonable time."
        }
        Step::SafetyNotice => {
            "Then terminate in writing with the letter below. Keep it bare: don’t thank them, don’t promise further work, and say nothing you would have to take back."
        }
        Step::SafetyEndContact => {
            "Then end the contact in writing with the letter below: the job is complete, you take on no further work, and from now on you answer only in writing. Keep it bare: don’t thank them, and say nothing you would have to take back."
        }
        Step::SafetyClaim => {
            "Claim the open amount in writing only, or let a lawyer or a collection agency do it for you: you don’t have to deal with the client in person to be paid."
        }
        Step::SafetyDelivery => {
            "Sign the notice and send it by registered post with proof of delivery (in Germany: Einwurf-Einschreiben) or hand it over through someone you trust who has read the letter before it was sealed, so that you can more easily prove it arrived."
        }
        Step::SafetyRecords => {
            "Keep the project’s records and the saved messages in one place, with a copy outside your inbox."
        }
        Step::SafetyConfidant => {
            "Tell someone you trust what is happening: you don’t have to deal with this alone."
        }
    }
}

pub fn lead(lead: Lead) -> &'static str {
    match lead {
        Lead::Firm => {
            "The client threatens legal action or bad reviews. Don’t let that pressure you: stay factual, answer the threat itself only in writing, and get legal advice before you reply to a lawyer’s letter."
        }
        Lead::DetachInsultsTalked => {
            "Insults are not something to swallow, and talking about them changed nothing. Don’t let them get to you, and decide now when you will end the relationship if it goes on like this."
        }
        Lead::DetachInsults => {
            "Insults are not something to swallow – but they say more about the client than about your work. Set a boundary, and otherwise don’t let them get to you."
        }
        Lead::DetachAgreed => {
            "The client accepted your solution. Stick to what you agreed, and don’t let it get to you if the same point comes up again."
        }
        Lead::DetachNeverSatisfied => {
            "You think nothing would ever satisfy this client, so the problem probably isn’t your work. Try not to take it personally, and stay factual and open to talking."
        }
        Lead::DetachPolite => {
            "The work is not in dispute, and the client stays polite: what gets to you is their way of working with you. Try not to take it personally, and stay factual and open to talking."
        }
        Lead::DetachManner => {
            "The work is not the problem; the way the client treats you is. Try not to take it personally, and stay factual and open to talking."
        }
        Lead::Detach => {
            "Less of this conflict lies in your work than in this client. Try not to take it personally, and stay factual and open to talking."
        }
        Lead::MediateKeep => {
            "You and the client have agreed, everything is in writing, and things are getting better. Keep what works."
        }
        Lead::MediateAgreed => {
            "You and the client have agreed on a solution. If it is not in writing yet, put it in writing now, so that it can’t later become your word against theirs."
        }
        Lead::MediateTalked => {
            "Talking helped. If what you agreed is not in writing yet, put it in writing now, so that it can’t later become your word against theirs."
        }
        Lead::MediateAgain => {
            "The client has not acted on your solutions or has not kept to what you agreed, and takes a lot of your time. One more round – a new short list and a date to choose by – is worth a try before you end it."
        }
        Lead::MediateAgainNoDrain => {
            "The client has not acted on your solutions or has not kept to what you agreed. One more round with a new short list may still settle it."
        }
        Lead::MediateFirstTry => {
            "This client takes a lot of your time, but no solution has been put to them yet. Try one round of solutions first; if they turn them all down, end it."
        }
        Lead::MediateClarify => {
            "There is still something to clear up between you and the client. Raise it openly, and put the outcome in writing."
        }
        Lead::MediateLoops => {
            "More emails won’t settle this; a short list of solutions for the client to choose from is more likely to."
        }
        Lead::MediateHardened => {
            "Positions have hardened. Instead of arguing further, give the client a short list of solutions to choose from."
        }
        Lead::MediateNeverSatisfied => {
            "You doubt anything will ever satisfy this client. Still, give them one short list of solutions to choose from and put the outcome in writing – if they take none, you know where you stand."
        }
        Lead::Mediate => {
            "An agreement is within reach. Give the client a short list of solutions to choose from, and put the outcome in writing."
        }
        Lead::TerminateUnpaid => {
            "The work is delivered, and the client has not paid in full. Stop negotiating: claim what you are owed, in writing and with a firm date, and take on no more work for this client."
        }
        Lead::TerminateJobDone => {
            "The work has been delivered and paid for, yet the client keeps coming back. Close the job in writing, and take on no more work for this client."
        }
        Lead::TerminateFirm => {
            "The client threatens legal action or bad reviews. Don’t let that pressure you: end the relationship factually and in writing, and get legal advice first."
        }
        Lead::TerminateOffer => {
            "The client has not taken up your solutions, or has not kept to what you agreed, and takes more time than they pay for. End the relationship cleanly, before it costs you more."
        }
        Lead::TerminateNoTalk => {
            "The client refuses to talk it through and takes more time than they pay for. End the relationship cleanly, before it costs you more."
        }
        Lead::TerminateTalkFailed => {
            "Talking has changed nothing, and the client takes more time than they pay for. End the relationship cleanly, before it costs you more."
        }
        Lead::TerminateNotWorth => {
            "The client takes more time than they pay for, and you say the money no longer makes up for it. End the relationship cleanly: no fee is worth being worn down."
        }
        Lead::TerminateWornDown => {
            "The client treats you with disrespect and costs you sleep and energy, and the money no longer makes up for it. End the relationship cleanly: nobody can buy you."
        }
        Lead::Terminate => {
            "This client costs you more than they bring in. End the relationship cleanly, before it costs you more."
        }
        Lead::TerminateLastResort => {
            "If solutions and a conversation don’t help, ending the relationship cleanly is the way left."
        }
        Lead::Safety => {
            "The client threatens you personally or harasses you. Your safety comes first; then end the relationship, whatever they pay."
        }
    }
}

pub const PLAN: PlanTexts = PlanTexts {
    steps_heading: "Steps",
    options_heading: "Solutions for the client to choose from",
    options_for: "Solutions for {0} to choose from",
    options_for_unnamed: "Solutions for the client to choose from",
    goodwill_default: "[EXAMPLE: one extra round of changes at no charge]",
    second_option_default: "[EXAMPLE: finish the agreed task by [DATE]]",
    goodwill_default_time: "[EXAMPLE: 10% off the current invoice]",
    second_option_default_time: "[EXAMPLE: anything beyond the written scope for an extra fee of [AMOUNT]]",
    goodwill_default_part: "[EXAMPLE: one of the disputed points at no charge]",
    second_option_default_part: "[EXAMPLE: the scope set down in writing now, as follows: [SCOPE]; anything beyond it for an extra fee of [AMOUNT]]",
    goodwill_default_extras: "[EXAMPLE: no charge for the extra time so far; from now on, the scope set down in writing applies: [SCOPE]]",
    second_option_default_extras: "[EXAMPLE: further requests as a separate job for an extra fee of [AMOUNT]]",
    goodwill_default_terms: "[EXAMPLE: more time to pay the current invoice, until [DATE]]",
    second_option_default_terms: "[EXAMPLE: finish the job as agreed; any changes after that as a separate job for an extra fee of [AMOUNT]]",
    goodwill_default_open: "[EXAMPLE: 10% off the outstanding amount if it is paid by [PAYMENT DATE]]",
    second_option_default_open: "[EXAMPLE: the outstanding amount in two instalments, by [FIRST DATE] and by [SECOND DATE]]",
    option_label: "Solution {0}",
    add_option: "Add a solution",
    remove_option: "Remove solution {0}",
    prepare_options: "Prepare the solutions and the written summary",
    prepare_options_confirm: "Prepare the solutions and the written confirmation",
    prepare_letter: "Prepare the letters",
    talk_heading: "How to run the conversation",
    talk_settles: "Ask outright whether the chosen solution settles all complaints about this project.",
    talk_guide: &[
        "Open calmly: you want a solution both sides can live with.",
        "Let the client explain their view, then sum it up in one sentence.",
        "Put the solutions on the table and let the client choose.",
        "Agree on who does what by when.",
        "Say that you will send a short written summary today.",
    ],
    record_heading: "Written summary (send it after the conversation)",
    confirm_heading: "Written confirmation (send it once the client has chosen)",
    greeting: "Dear Sir or Madam,",
    record_subject: "Summary of our conversation on {0}",
    record_intro: "Thank you for the conversation. Here is a short summary of what we agreed, so that we are both on the same page:",
    confirm_subject: "Confirmation of the solution we agreed",
    confirm_intro: "Thank you for your reply. So that we are both on the same page, here is a short summary of the solution you chose:",
    record_closing: "Please confirm briefly, by {0}, that this matches your understanding.",
    settled_line: "[IF APPLICABLE: Once the agreed solution has been carried out, your complaints about [PROJECT] will be settled in full.]",
    goodwill_caveat: "[IF APPLICABLE: The agreed solution is a goodwill gesture and not an admission of liability.]",
    offer_subject: "Proposed solutions for [PROJECT]",
    offer_intro_terms: "So that we can agree how to go on with [PROJECT], I can offer you the following options:",
    offer_intro_owed: "To settle our disagreement about [PROJECT], and without accepting that your complaints are justified or admitting any liability, I offer you the following options to choose from:",
    offer_deadline: "Please let me know by {0} which option you choose; I will keep these proposals open until then, after which they lapse.",
    offer_settles: "[IF APPLICABLE: Once you have accepted one option and it has been carried out, the open points about [PROJECT] are settled in full.]",
    offer_settles_complaints: "[IF APPLICABLE: Once you have accepted one option and it has been carried out, your complaints about [PROJECT], including any claims for defects, are settled in full.]",
    offer_discount_paid_by: "[IF APPLICABLE: A discount applies only if the remaining balance reaches me by [PAYMENT DATE].]",
    sign_off: "Yours faithfully,",
    meeting_date: "Date of the conversation",
    participants: "Participants",
    chosen_option: "Agreed solution",
    client_chose: "The client chose this one",
    deadlines: "Deadlines",
    next_steps: "Next steps",
    legal_note: "When you can end the contract depends on what you agreed and on the law that applies; these notes assume German law. Unless the contract says otherwise, a contractor can end a contract for a defined piece of work (Werkvertrag) only for good cause (§ 648a BGB); a service contract (Dienstvertrag) can usually be ended with notice. For a Werkvertrag without a termination clause, ending it by mutual consent (letter 1) is therefore often the safer route. The words “or … on the earliest permissible date” in the notice only catch a miscalculated notice period. If in doubt, have a lawyer check the letters before you send them, and whether you may hold back results until you are paid.",
    legal_note_small: "A small job without a signed contract is still a contract, usually a Werkvertrag (a contract for a defined piece of work). If German law applies, as the contractor you can end it on your own only for good cause (§\u{a0}648a BGB); if another country’s law applies, the rules differ. So propose closing it by mutual agreement at its current stage. If in doubt, have a lawyer check the letter.",
    small_heading: "Letter: proposal to close the job at its current stage",
    small_subject: "Our job {0} – proposal to close it",
    small_proposal: "I propose that we close our job {0} by mutual agreement at its current stage: I will hand over the results produced so far and will then do no further work under this job.",
    small_invoice: "You will receive a final invoice for the work done to date.",
    small_settle_advance: "You will receive a final statement of the work done to date, in which your advance payment is credited against the fees for that work. Any balance in your favour will be refunded to you; I reserve any claims of my own.",
    legal_note_for_cause: "Whether a termination with immediate effect (for good cause) stands depends on whether the reason is serious enough, and that turns on the facts of the case. The words “or, alternatively, with due notice on the earliest permissible date” can save it as a termination with notice, but only if you can give notice at all; under a Werkvertrag (a contract for a defined piece of work) governed by German law, as the contractor you usually cannot. Have a lawyer check the letter before you send it.",
    fill_in: "Before you send a letter, replace everything in square brackets, such as {0}. If you know your contact’s name, use it in the greeting, e.g. “Dear Mr Keller,”, and close with “Yours sincerely,”.",
    fill_in_optional: "Sentences marked [IF APPLICABLE: …] or [ONLY IF CHECKED: …] either go in without the brackets and label, or come out entirely.",
    if_applicable: "[IF APPLICABLE:",
    only_if_checked: "[ONLY IF CHECKED:",
    blank: "[…]",
    blank_chosen: "[THE OPTION THE CLIENT CHOSE]",
    blank_name: "[CLIENT’S NAME]",
    blank_sender: "[YOUR FULL NAME]",
    blank_sender_block: "[YOUR NAME AND ADDRESS]",
    blank_sender_block_safe: "[YOUR NAME AND A BUSINESS OR POSTAL ADDRESS – NOT A HOME ADDRESS THE CLIENT DOES NOT KNOW]",
    blank_address: "[CLIENT’S ADDRESS]",
    blank_place_date: "[DATE]",
    blank_date: "[DATE]",
    blank_reply_by: "[REPLY-BY DATE, e.g. a week from now]",
    blank_end_date: "[END DATE]",
    blank_reference: "[of DATE]",
    blank_contact: "[CONTACT NAME AND EMAIL FOR QUESTIONS]",
    blank_email: "[EMAIL ADDRESS]",
    letter_heading: "Notice letter",
    letters_heading: "Details for the letters",
    notice_heading: "Letter 2: notice, if the client does not agree",
    contract_reference: "Agreement, e.g. “of 2 March 2026” or “No. 17”",
    end_date: "Date the agreement is to end",
    letter_subject: "Termination of our agreement {0}",
    letter_subject_for_cause: "Termination of our agreement {0} with immediate effect",
    letter_notice: "I hereby give notice to terminate our agreement {0}, to end on {1} or, failing that, on the earliest permissible date.",
    letter_notice_for_cause: "I hereby terminate our agreement {0} with immediate effect for good cause or, alternatively, with due notice on the earliest permissible date.",
    letter_until_end: "Until then I will carry out the work within the agreed scope.",
    letter_until_end_open: "Until then I will carry out the work we agreed.",
    letter_handover: "[IF APPLICABLE: At the end date I will hand over the results produced up to then that are yours under our agreement and, where relevant, the access details to your accounts.]",
    // Only work results against payment: holding back the client’s own access details would
    // escalate and is legally doubtful (editor, round 6).
    letter_handover_after_payment: "[IF APPLICABLE: I will hand over the results produced up to then in accordance with our agreement.] [ONLY IF CHECKED: The results will be handed over against payment of the final invoice.] [IF APPLICABLE: You will receive the access details to your accounts at the end date.]",
    letter_invoice: "You will receive a final invoice for the work done up to the end date.",
    letter_invoice_for_cause: "You will receive a final invoice for the work done up to the end of the agreement.",
    letter_rights: "[IF APPLICABLE: Rights to use the results handed over are governed by our agreement.]",
    letter_confirm: "Please confirm in writing that you have received this notice and the date on which the agreement ends.",
    letter_contact: "Please send any questions about winding up the project in writing to {0}.",
    letter_in_writing: "From now on, please contact me in writing only: {0}.",
    letter_thanks: "Thank you for working with me.",
    mutual_heading: "Letter 1: proposal to end the agreement by mutual consent",
    mutual_subject: "Proposal to end our agreement {0} by mutual consent",
    mutual_proposal: "I propose that we end our agreement {0} by mutual consent on {1}.",
    mutual_confirm: "If you agree, please confirm this in writing by {0}.",
    letter_settle_advance: "You will receive a final statement of the work done up to the end date, in which your advance payment is credited against the fees for that work. Any balance in your favour will be refunded to you; I reserve any claims of my own.",
    letter_settle_advance_for_cause: "You will receive a final statement of the work done up to the end of the agreement, in which your advance payment is credited against the fees for that work. Any balance in your favour will be refunded to you; I reserve any claims of my own.",
    legal_note_claim: "The work is delivered, so there is nothing left to terminate. What is mainly left is the money, though the client keeps any rights over defects. These notes assume German law. Under a Werkvertrag, payment is normally due only once the client has accepted the work (Abnahme), and a client who reports defects may be entitled to hold part of it back. Once the invoice is due, a business client is in default at the latest 30 days after it fell due and was received; a consumer is in default on that basis only if the invoice said so (§ 286 (3) BGB). A reminder with a firm date makes the position clear. If the amount stays unpaid, the usual routes are the court’s payment order procedure (Mahnverfahren, online at online-mahnantrag.de) or a collection agency. If the client disputes the work, get advice before you take either.",
    claim_heading: "Letter: payment reminder",
    claim_subject: "Payment reminder: invoice [INVOICE NUMBER] – our agreement {0}",
    claim_amount: "The work under our agreement {0} has been completed and delivered. The amount of [AMOUNT] on invoice [INVOICE NUMBER] dated [INVOICE DATE] is still outstanding.",
    claim_deadline: "Please pay this amount by [PAYMENT DATE, e.g. two weeks from now] to the account given on the invoice.",
    claim_offer_lapsed: "[IF APPLICABLE: You did not take up my offer of [DATE] to settle the matter; it no longer stands.]",
    claim_next: "If the amount has not been received by then, I will take further steps to recover it without further notice.",
    legal_note_close: "The work is delivered and paid for, so there is nothing left to terminate: the letter closes the job. It does not end your duty to put right genuine defects for as long as the contract or the law requires (the warranty period). If in doubt, have the letter checked before you send it.",
    close_heading: "Letter: closing the job",
    close_subject: "Completion of the work under our agreement {0}",
    close_done: "The work under our agreement {0} is complete: it has been delivered and paid for.",
    close_defects: "[IF APPLICABLE: Should a defect in my work come to light within the warranty period, please let me know in writing.]",
    end_contact_heading: "Letter: ending the contact",
    no_new_orders: "I will not be taking on any further work for you.",
    document_heading: "The “{0}” plan to copy, download or print",
    copy: "Copy plan",
    copied: "The plan is on the clipboard.",
    copy_failed: "Copying is not allowed here. Select the text of the plan and copy it by hand.",
    download: "Download plan (text file)",
    print: "Print plan",
};
