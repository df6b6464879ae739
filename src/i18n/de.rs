use super::{AnswerText, GapText, PlanTexts, QuestionText, StrategyText, Texts};
use crate::core::model::Rule;
use crate::core::{Gap, QuestionId, Strategy};

pub static TEXTS: Texts = Texts {
    lang_name: "Deutsch",
    widget_title: "Schwieriger Kunde: abschalten, vermitteln oder beenden?",
    intro_lead: "Beantworte ein paar kurze Fragen zu einem schwierigen Kunden. Du bekommst eine Empfehlung – abschalten, vermitteln oder die Zusammenarbeit beenden –, die Gründe dafür und einen konkreten Plan.",
    intro_privacy: "Alles bleibt in diesem Browser. Nichts wird irgendwohin gesendet.",
    intro_length: "{count} Fragen, etwa drei Minuten.",
    start: "Einschätzung starten",
    progress: "Frage {n} von {total}",
    back: "Zurück",
    next: "Weiter",
    to_review: "Antworten prüfen",
    answer_missing: "Bitte wähle eine Antwort, um weiterzumachen.",
    review_title: "Deine Antworten",
    review_lead: "Prüfe deine Antworten. Du kannst jede noch ändern, bevor du das Ergebnis siehst.",
    change: "Ändern",
    show_result: "Mein Ergebnis zeigen",
    result_kicker: "Empfehlung",
    scores_title: "So verteilen sich deine Antworten",
    scores_summary: "Abschalten {detach} %, vermitteln {mediate} %, beenden {terminate} %.",
    why_title: "Warum",
    close_call: "Knappe Entscheidung: {first} und {second} liegen fast gleichauf. Lies beide Pläne und entscheide, was passt.",
    gaps_title: "Vorbeugen: was schriftlich gehört",
    gaps_none: "Vertrag, Aufgabe, Deadlines, Zwischenschritte und Zielgruppe sind geklärt. Halte das beim nächsten Kunden genauso.",
    plan_title: "Deine nächsten Schritte",
    second_plan_title: "Ebenfalls lesenswert: {strategy}",
    restart: "Neu beginnen",
    resume: "Einschätzung fortsetzen",
    clients_title: "Um welchen Kunden geht es?",
    client_label: "Name dieses Kunden (nur für dich)",
    client_unnamed: "Unbenannter Kunde",
    client_numbered: "Kunde {n}",
    client_add: "Kunden hinzufügen",
    client_delete: "Diesen Kunden löschen",
    confirm_delete_client: "„{client}“ mit allen Einschätzungen löschen?",
    confirm_yes: "Ja, löschen",
    cancel: "Abbrechen",
    history_title: "Frühere Einschätzungen",
    history_empty: "Für diesen Kunden gibt es noch keine abgeschlossene Einschätzung.",
    history_entry: "{date}: {strategy} ({share} %)",
    trend_rising: "{strategy}: Der Anteil ist bei den letzten drei Einschätzungen gestiegen.",
    trend_falling: "{strategy}: Der Anteil ist bei den letzten drei Einschätzungen gesunken.",
    data_title: "Deine Daten",
    export: "Alles exportieren (JSON)",
    import: "Datei importieren",
    delete_all: "Alle Daten löschen",
    confirm_delete_all: "Alle Kunden und Einschätzungen in diesem Browser löschen? Ein Export bewahrt eine Kopie.",
    import_done: "Importiert: {count} Kunde(n). Nichts wurde überschrieben; Verläufe wurden zusammengeführt.",
    import_unreadable: "Die Datei konnte nicht gelesen werden ({detail}). Nichts wurde geändert.",
    import_too_large: "Die Datei ist zu groß für einen Export dieses Widgets ({detail}). Nichts wurde geändert.",
    import_newer: "Die Datei stammt aus einer neueren Version dieses Widgets ({detail}). Nichts wurde geändert.",
    import_invalid: "Die Datei ist kein gültiger Export: {detail}. Nichts wurde geändert.",
    download_backup: "Unlesbare Daten herunterladen",
    switch_language: "English",
    storage_unavailable: "Dieser Browser erlaubt kein Speichern. Die Einschätzung funktioniert, aber deine Antworten sind weg, sobald du die Seite schließt.",
    storage_reset: "Gespeicherte Antworten waren nicht lesbar, deshalb beginnt die Einschätzung neu. Die unlesbaren Daten wurden als Sicherung aufbewahrt.",
    storage_full: "Der Speicher deines Browsers ist voll, deshalb wurde die letzte Änderung nicht gespeichert. Das Widget läuft weiter und versucht es bei deiner nächsten Antwort erneut.",
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
            "Könnte irgendeine Leistung diesen Kunden je zufriedenstellen?",
            &[
                t!(
                    "Ja – die Kritik zeigt echte Lücken in meiner Arbeit.",
                    "Hinter der Kritik siehst du echte Lücken in deiner eigenen Arbeit."
                ),
                t!(
                    "Wahrscheinlich, wenn wir klarer vereinbaren, was er bekommt.",
                    "Du glaubst, klarere Absprachen könnten diesen Kunden zufriedenstellen."
                ),
                t!(
                    "Schwer zu sagen.",
                    "Du bist unsicher, ob diesen Kunden überhaupt etwas zufriedenstellen kann."
                ),
                t!(
                    "Nein – ihm wäre nie etwas genug.",
                    "Du glaubst, keine Leistung würde diesen Kunden je zufriedenstellen – es liegt nicht an deiner Arbeit."
                ),
            ],
        ),
        QuestionId::Toll => (
            "Wie sehr setzt dir dieser Kunde zu?",
            &[
                t!(
                    "Kaum – ich lasse es bei der Arbeit.",
                    "Der Konflikt verfolgt dich kaum nach Hause."
                ),
                t!(
                    "Er nervt mich, während ich an seinem Projekt arbeite.",
                    "Der Kunde nervt dich bei der Arbeit an seinem Projekt."
                ),
                t!(
                    "Ich denke abends noch darüber nach.",
                    "Der Kunde geht dir abends nicht aus dem Kopf."
                ),
                t!(
                    "Er raubt mir Schlaf und Energie.",
                    "Der Kunde kostet dich Schlaf und Energie."
                ),
            ],
        ),
        QuestionId::Fronts => (
            "Wie läuft die Kommunikation mit dem Kunden gerade?",
            &[
                t!(
                    "Konstruktiv – wir finden Lösungen.",
                    "Eure Kommunikation ist noch konstruktiv."
                ),
                t!(
                    "Angespannt, aber es geht voran.",
                    "Die Kommunikation ist angespannt, bewegt sich aber noch."
                ),
                t!(
                    "Langes schriftliches Hin und Her, das zu nichts führt.",
                    "Lange schriftliche Wortwechsel drehen sich im Kreis."
                ),
                t!(
                    "Die Fronten sind verhärtet; wir reden kaum noch.",
                    "Die Fronten sind verhärtet."
                ),
            ],
        ),
        QuestionId::Fairness => (
            "Ist an der Beschwerde des Kunden etwas dran?",
            &[
                t!(
                    "Ja, größtenteils.",
                    "Die Beschwerde ist größtenteils berechtigt."
                ),
                t!(
                    "Teilweise – ich könnte ihm entgegenkommen.",
                    "Ein Teil der Beschwerde ist berechtigt – ein Kulanzangebot könnte die Sache beilegen."
                ),
                t!("Kaum.", "An der Beschwerde ist kaum etwas dran."),
                t!("Gar nicht.", "An der Beschwerde ist nichts dran."),
            ],
        ),
        QuestionId::Offer => (
            "Hast du dem Kunden konkrete Lösungen zur Auswahl angeboten?",
            &[
                t!(
                    "Ja, und er hat eine angenommen.",
                    "Du hast Lösungen angeboten und der Kunde hat eine angenommen."
                ),
                t!(
                    "Noch nicht.",
                    "Du hast dem Kunden noch keine Liste mit Lösungen angeboten."
                ),
                t!(
                    "Ja, aber er ignoriert sie oder zögert alles hinaus.",
                    "Der Kunde ignoriert deine Lösungsvorschläge oder zögert sie hinaus."
                ),
                t!(
                    "Ja, und er hat jede Option abgelehnt.",
                    "Du hast Lösungen angeboten und sie wurden abgelehnt."
                ),
            ],
        ),
        QuestionId::Talk => (
            "Habt ihr es am Telefon oder persönlich besprochen?",
            &[
                t!("Ja, und es hat geholfen.", "Das Gespräch hat geholfen."),
                t!(
                    "Noch nicht – bisher nur schriftlich.",
                    "Bisher lief alles schriftlich; ein Gespräch wurde noch nicht versucht."
                ),
                t!(
                    "Ja, aber es hat sich nichts geändert.",
                    "Ihr habt gesprochen und es hat sich nichts geändert."
                ),
                t!(
                    "Der Kunde verweigert das Gespräch.",
                    "Der Kunde verweigert das Gespräch."
                ),
            ],
        ),
        QuestionId::TimeDrain => (
            "Wie viel deiner Zeit beansprucht der Kunde im Vergleich zu dem, was er zahlt?",
            &[
                t!(
                    "Etwa so viel, wie er bezahlt.",
                    "Der Aufwand steht im Verhältnis zur Bezahlung."
                ),
                t!(
                    "Etwas mehr.",
                    "Der Kunde beansprucht etwas mehr Zeit, als er bezahlt."
                ),
                t!(
                    "Deutlich mehr.",
                    "Der Kunde beansprucht deutlich mehr Zeit, als er bezahlt."
                ),
                t!(
                    "Viel zu viel – meine andere Arbeit leidet.",
                    "Der Kunde frisst so viel Zeit, dass deine andere Arbeit leidet."
                ),
            ],
        ),
        QuestionId::MoneyWorth => (
            "Ist das Geld die Belastung noch wert?",
            &[
                t!(
                    "Eindeutig ja.",
                    "Das Geld wiegt die Belastung noch klar auf."
                ),
                t!(
                    "Gerade noch.",
                    "Das Geld wiegt die Belastung gerade noch auf."
                ),
                t!(
                    "Eigentlich nicht.",
                    "Das Geld wiegt die Belastung eigentlich nicht mehr auf."
                ),
                t!(
                    "Kein Betrag wäre das wert.",
                    "Kein Geld der Welt wäre diese Belastung wert."
                ),
            ],
        ),
        QuestionId::Contract => (
            "Gibt es einen unterschriebenen schriftlichen Vertrag mit diesem Kunden?",
            &[
                t!(
                    "Ja, von beiden Seiten unterschrieben.",
                    "Es gibt einen unterschriebenen Vertrag."
                ),
                t!(
                    "Nur E-Mails oder ein angenommenes Angebot.",
                    "Die Vereinbarung steht nur in E-Mails oder einem Angebot."
                ),
                t!(
                    "Nein, nur mündliche Absprachen.",
                    "Es gibt nur mündliche Absprachen."
                ),
            ],
        ),
        QuestionId::Scope => (
            "Ist die genaue Aufgabe schriftlich beschrieben?",
            &[
                t!(
                    "Ja, genau.",
                    "Die Aufgabe ist genau schriftlich beschrieben."
                ),
                t!("Nur grob.", "Die Aufgabe ist nur grob beschrieben."),
                t!("Nein.", "Die Aufgabe wurde nie schriftlich beschrieben."),
            ],
        ),
        QuestionId::Deadlines => (
            "Sind die Deadlines schriftlich vereinbart?",
            &[
                t!(
                    "Ja, schriftlich.",
                    "Die Deadlines sind schriftlich vereinbart."
                ),
                t!(
                    "Nur lose oder mündlich.",
                    "Die Deadlines sind nur lose vereinbart."
                ),
                t!(
                    "Es gibt keine Deadlines.",
                    "Es wurden keine Deadlines festgelegt."
                ),
            ],
        ),
        QuestionId::Milestones => (
            "Gibt es vereinbarte Zwischenschritte (Meilensteine), die der Kunde abnimmt?",
            &[
                t!(
                    "Ja, jeder wird schriftlich abgenommen.",
                    "Zwischenschritte werden schriftlich abgenommen."
                ),
                t!("Nur informell.", "Zwischenschritte gibt es nur informell."),
                t!(
                    "Nein – alles wird am Ende geliefert.",
                    "Es gibt keine Zwischenschritte; alles kommt erst am Ende."
                ),
            ],
        ),
        QuestionId::TargetGroup => (
            "Passt dieser Kunde zu den Kunden, für die du arbeiten willst?",
            &[
                t!(
                    "Ja, genau meine Zielgruppe.",
                    "Der Kunde gehört genau zu deiner Zielgruppe."
                ),
                t!(
                    "Mehr oder weniger.",
                    "Der Kunde passt nur mehr oder weniger zu deiner Zielgruppe."
                ),
                t!(
                    "Ich habe meine Zielgruppe nicht definiert.",
                    "Du hast deine Zielgruppe noch nicht definiert."
                ),
                t!(
                    "Nein, er liegt außerhalb meiner Zielgruppe.",
                    "Der Kunde liegt außerhalb der Zielgruppe, die du willst."
                ),
            ],
        ),
        QuestionId::Duration => (
            "Wie lange geht die Schwierigkeit schon?",
            &[
                t!(
                    "Ein paar Tage.",
                    "Die Schwierigkeit besteht erst seit ein paar Tagen."
                ),
                t!("Ein paar Wochen.", "Es geht schon seit ein paar Wochen so."),
                t!("Mehrere Monate.", "Es geht schon seit Monaten so."),
                t!("Von Anfang an.", "Es war von Anfang an schwierig."),
            ],
        ),
        QuestionId::Trend => (
            "Wird es besser oder schlimmer?",
            &[
                t!("Besser.", "Es wird besser."),
                t!("Etwa gleich.", "Es bleibt ungefähr gleich."),
                t!("Schlimmer.", "Es wird schlimmer."),
                t!("Es eskaliert schnell.", "Der Konflikt eskaliert schnell."),
            ],
        ),
        QuestionId::Respect => (
            "Wie behandelt dich der Kunde?",
            &[
                t!(
                    "Höflich, auch wenn wir uneins sind.",
                    "Der Kunde bleibt auch bei Meinungsverschiedenheiten höflich."
                ),
                t!(
                    "Kurz angebunden und ungeduldig.",
                    "Der Kunde ist kurz angebunden und ungeduldig."
                ),
                t!(
                    "Respektlos oder beleidigend.",
                    "Der Kunde ist respektlos oder beleidigend."
                ),
                t!(
                    "Mit Drohungen oder Belästigung.",
                    "Der Kunde droht dir oder belästigt dich."
                ),
            ],
        ),
    };
    QuestionText { prompt, answers }
}

pub fn strategy(strategy: Strategy) -> StrategyText {
    match strategy {
        Strategy::Detach => StrategyText {
            name: "Abschalten",
            summary: "Das Problem liegt weniger an deiner Arbeit als an diesem Kunden – versuche, es nicht persönlich zu nehmen. Blende es innerlich bewusst aus und biete trotzdem so gut es geht Lösungen an.",
            plan: &[
                "Trenne Sache und Ton: Notiere, welche Kritikpunkte die Arbeit betreffen, und lass den Rest los.",
                "Bearbeite die Nachrichten dieses Kunden zu festen Zeiten; außerhalb davon bleibt das Postfach zu.",
                "Antworte weiter sachlich und biete weiter Lösungen an – abschalten heißt nicht ignorieren.",
                "Sprich mit jemandem, dem du vertraust, statt es mit nach Hause zu nehmen.",
                "Mach diese Einschätzung in zwei Wochen noch einmal – früher, wenn es dich Schlaf kostet.",
            ],
        },
        Strategy::Mediate => StrategyText {
            name: "Vermitteln",
            summary: "Die Fronten lassen sich noch bewegen, aber nicht mit noch mehr Hin und Her per E-Mail. Leg dem Kunden eine kurze Liste mit Lösungen vor, darunter ein Kulanzangebot, besprich sie mündlich – und halte die Einigung schriftlich fest.",
            plan: &[
                "Beende das lange schriftliche Hin und Her; bei verhärteten Fronten bringen weitere Argumente per E-Mail selten etwas.",
                "Schreib zwei bis vier konkrete Lösungen auf, aus denen der Kunde wählen kann – eine davon eine leichte Kulanzlösung.",
                "Schlag ein Telefonat oder ein Treffen vor, um die Optionen gemeinsam durchzugehen.",
                "Halte direkt nach dem Gespräch schriftlich fest, was vereinbart wurde – Datum, Beteiligte, gewählte Option, Fristen, nächste Schritte – und schick es dem Kunden.",
                "Leg für den Rest des Projekts Aufgabe, Deadlines und Zwischenschritte schriftlich fest.",
            ],
        },
        Strategy::Terminate => StrategyText {
            name: "Beenden",
            summary: "Dieser Kunde kostet mehr, als er bringt, und Vermittlung hat keine Chance mehr. Tu dir selbst einen Gefallen und beende die Zusammenarbeit sauber – egal wie viel er zahlt, niemand kann dich kaufen.",
            plan: &[
                "Entscheide dich und lass dich nicht vom Honorar umstimmen: Kein Geld ist es wert, sich fertigmachen zu lassen.",
                "Prüfe den Vertrag: Kündigungsfristen, offene Leistungen, wem welche Arbeit gehört.",
                "Schließe Vereinbartes ab oder übergib es, und stelle die Schlussrechnung für geleistete Arbeit.",
                "Kündige schriftlich mit Bezug auf den Vertrag – sachlich und ohne emotionale Worte.",
                "Bewahre alle Unterlagen auf: E-Mails, Vereinbarungen, Rechnungen.",
                "Schärfe danach Zielgruppe und Vertragsbedingungen, damit du solche Kunden früher erkennst.",
            ],
        },
    }
}

pub fn gap(gap: Gap) -> GapText {
    match gap {
        Gap::Contract => GapText {
            missing: "Kein unterschriebener Vertrag.",
            fix: "Halte die Vereinbarung in einem schriftlichen Vertrag fest, den beide Seiten unterschreiben.",
        },
        Gap::Scope => GapText {
            missing: "Die Aufgabe ist nicht genau definiert.",
            fix: "Beschreibe schriftlich genau, was geliefert wird – und was nicht.",
        },
        Gap::Deadlines => GapText {
            missing: "Keine festen Deadlines.",
            fix: "Vereinbare Termine schriftlich, für die Zulieferungen beider Seiten.",
        },
        Gap::Milestones => GapText {
            missing: "Keine abgenommenen Zwischenschritte.",
            fix: "Teile die Arbeit in Zwischenschritte, die der Kunde einzeln abnimmt.",
        },
        Gap::TargetGroup => GapText {
            missing: "Zielgruppe unklar oder verfehlt.",
            fix: "Definiere vor dem nächsten Projekt, wen du als Kunden willst, und prüfe neue Anfragen daran.",
        },
    }
}

pub fn rule(rule: Rule) -> &'static str {
    match rule {
        Rule::Threats => {
            "Der Kunde droht dir oder belästigt dich. Das muss niemand hinnehmen, egal wie viel er zahlt: Beende die Zusammenarbeit und dokumentiere alles."
        }
        Rule::MediationRefusedAndTimeDrain => {
            "Du hast einen Ausweg angeboten und er wurde abgelehnt, während der Kunde weit mehr Zeit frisst, als er bezahlt. Genau dann gilt: Tu dir selbst einen Gefallen und brich ab."
        }
    }
}

pub static PLAN: PlanTexts = PlanTexts {
    steps_heading: "Schritte",
    revisit_heading: "Wann du wieder hinschaust",
    revisit: "Mach diese Einschätzung in zwei Wochen noch einmal. Kostet dich der Kunde dann immer noch Schlaf oder steigt der Anteil für Beenden weiter, lies den Plan zum Beenden.",
    options_heading: "Lösungen, aus denen {client} wählen kann",
    goodwill_default: "Kulanz: eine zusätzliche Korrekturschleife ohne Berechnung",
    second_option_default: "Den vereinbarten Umfang bis zu einem neuen, festen Termin fertigstellen",
    option_label: "Option {n}",
    add_option: "Option hinzufügen",
    remove_option: "Option {n} entfernen",
    talk_heading: "Gesprächsleitfaden für das Telefonat",
    talk_guide: &[
        "Ruhig einsteigen: Du willst eine Lösung, mit der beide Seiten leben können.",
        "Lass den Kunden seine Sicht schildern und fasse sie in einem Satz zusammen.",
        "Leg die Optionen auf den Tisch und lass den Kunden wählen.",
        "Vereinbart, wer was bis wann erledigt.",
        "Kündige an, dass du noch heute eine kurze schriftliche Zusammenfassung schickst.",
    ],
    record_heading: "Schriftliche Zusammenfassung (nach dem Gespräch senden)",
    record_intro: "Zusammenfassung unseres Gesprächs, damit wir beide denselben Stand haben ({client}):",
    record_closing: "Bitte gib mir innerhalb von drei Werktagen Bescheid, falls etwas davon von deinem Verständnis abweicht.",
    meeting_date: "Datum des Gesprächs",
    participants: "Beteiligte",
    chosen_option: "Gewählte Option",
    deadlines: "Fristen",
    next_steps: "Nächste Schritte",
    checklist_heading: "Checkliste zum Abschluss",
    exit_checklist: &[
        "Vereinbartes abschließen oder mit Dateien und Zugangsdaten übergeben.",
        "Die Schlussrechnung für geleistete Arbeit stellen.",
        "Schriftlich kündigen, mit Bezug auf den Vertrag und seine Kündigungsfrist.",
        "Alle Unterlagen aufbewahren: Vertrag, E-Mails, Vereinbarungen, Rechnungen.",
        "Sachlich schreiben; Vorwürfe und emotionale Worte weglassen.",
    ],
    letter_heading: "Kündigungsschreiben",
    contract_reference: "Vertrag (Datum oder Nummer)",
    end_date: "Ende der Zusammenarbeit",
    letter: "Sehr geehrte Damen und Herren ({client}),\n\nunter Bezug auf unseren Vertrag {contract} beende ich unsere Zusammenarbeit zum {end}.\n\nBis dahin schließe ich die vereinbarten Arbeiten ab oder übergebe sie mit allen Dateien, und ich stelle die Schlussrechnung für die geleistete Arbeit.\n\nVielen Dank für die Zusammenarbeit.\n\nMit freundlichen Grüßen",
    to_fill: "(bitte ausfüllen)",
    document_heading: "Dein Plan zum Kopieren, Herunterladen oder Drucken",
    copy: "Plan kopieren",
    copied: "Der Plan ist in der Zwischenablage.",
    copy_failed: "Kopieren ist hier nicht erlaubt. Markiere den Text des Plans und kopiere ihn von Hand.",
    download: "Herunterladen (.md)",
    print: "Plan drucken",
};
