use super::{
    AdviceTexts, AnswerText, GapText, LoaderTexts, PlanTexts, QuestionSource, StrategyText,
    Templates, Texts,
};
use crate::core::advice::{Lead, Step};
use crate::core::model::{Refusal, Rule};
use crate::core::{Gap, QuestionId, Strategy};

/// The loader's own texts: its panels when the module cannot run, and the page's title.
pub const LOADER: LoaderTexts = LoaderTexts {
    failed: "Das Werkzeug konnte nicht geladen werden. Prüfe deine Verbindung.",
    retry: "Erneut versuchen",
    no_wasm: "Dieser Browser kann das Werkzeug nicht ausführen: WebAssembly ist nicht verfügbar oder abgeschaltet.",
    csp: "Die Sicherheitsregeln dieser Seite blockieren das Werkzeug. Hinweis für Seitenbetreiber: 'wasm-unsafe-eval' in script-src der Content-Security-Policy erlauben.",
    crashed: "Etwas ist schiefgelaufen. Deine gespeicherten Antworten sind nicht verloren.",
    reload: "Neu laden",
    download: "Gespeicherte Daten herunterladen",
    page_title: "Schwieriger Kunde – client-triage",
};

pub const TEXTS: Texts = Texts {
    lang_name: "Deutsch",
    widget_title: "Schwieriger Kunde: abschalten, verhandeln oder beenden?",
    intro_lead: "Beantworte Fragen zu einem schwierigen Kunden. Du bekommst eine Empfehlung – abschalten, verhandeln oder die Zusammenarbeit beenden –, die Gründe dafür und einen konkreten Plan.",
    intro_privacy: "Dieses Tool sendet keine Daten: Deine Antworten bleiben in diesem Browser auf deinem Gerät.",
    intro_privacy_unsaved: "Dieses Werkzeug überträgt nichts.",
    start: "Einschätzung starten",
    resume: "Einschätzung fortsetzen",
    back: "Zurück",
    next: "Weiter",
    to_review: "Antworten prüfen",
    answer_missing: "Bitte wähle eine Antwort, um weiterzumachen.",
    review_title: "Deine Antworten",
    review_lead: "Prüfe deine Antworten. Du kannst jede noch ändern, bevor du das Ergebnis siehst.",
    change: "Ändern",
    show_result: "Ergebnis anzeigen",
    back_to_review: "Zurück zu den Antworten",
    result_kicker: "Empfehlung",
    first_step: "Dein erster Schritt",
    scores_title: "Wie stark deine Antworten für jeden Weg sprechen (zusammen 100\u{a0}%)",
    why_title: "Warum",
    gaps_title: "Vorbeugen: Was du beim nächsten Kunden vorher klärst",
    gaps_none: "Vertrag, Aufgabe, Deadlines, Zwischenschritte und Zielgruppe sind geklärt. Halte es beim nächsten Kunden genauso.",
    plan_title: "Deine nächsten Schritte",
    plan_title_single: "Dein Plan",
    restart: "Neu beginnen",
    switch_language: "English",
    switch_failed: "Die englische Fassung konnte nicht geladen werden. Prüfe deine Verbindung und versuche es noch einmal.",
    storage_unavailable: "Dieser Browser erlaubt kein Speichern. Die Einschätzung funktioniert trotzdem, aber deine Antworten gehen verloren, sobald du die Seite schließt.",
    storage_reset: "Deine gespeicherten Antworten konnten nicht gelesen werden, deshalb beginnt die Einschätzung von vorn. Die Daten sind als Sicherung aufbewahrt – du kannst sie herunterladen.",
    storage_unreadable_kept: "Deine gespeicherten Antworten konnten nicht gelesen werden, und dieser Browser hat keinen Platz für eine Sicherung. Deshalb bleiben sie, wie sie sind, und nichts, was du hier änderst, wird gespeichert. Lade sie hier herunter; „Alle Daten löschen“ unter „Meine Kunden & Daten“ entfernt sie, dann kannst du neu beginnen.",
    storage_full: "Der Speicher deines Browsers ist voll, deshalb konnten deine neuesten Daten nicht gespeichert werden. Das Widget läuft weiter und versucht es bei deiner nächsten Änderung erneut.",
    storage_newer: "Eine neuere Version dieses Werkzeugs hat Daten in diesem Browser gespeichert. Lade die Seite neu, um zu aktualisieren – bis dahin wird hier nichts gespeichert.",
    storage_newer_not_loaded: "Eine neuere Version dieses Werkzeugs hat Daten in diesem Browser gespeichert, doch diese Seite läuft auch nach dem Neuladen noch mit einer älteren. Deine Daten bleiben, wie sie sind, und was du hier änderst, wird nicht gespeichert. Nutze das Werkzeug dort, wo du zuletzt gespeichert hast, oder versuche es später noch einmal.",
    storage_too_large: "Deine gespeicherten Daten sind zu groß für diesen Browser geworden, deshalb wurde die letzte Änderung nicht gespeichert. Exportiere deine Daten und lösche dann Kunden, die du nicht mehr brauchst.",
    storage_unwritable: "Deine letzte Änderung konnte wegen eines Fehlers in diesem Widget nicht gespeichert werden. Was vorher gespeichert war, bleibt erhalten; das Widget läuft weiter und versucht es bei deiner nächsten Änderung erneut.",
    storage_deleted_elsewhere: "Die Daten, die dieses Widget in diesem Browser gespeichert hatte, wurden an anderer Stelle gelöscht – in einem anderen Tab, vom Browser oder von einem Skript dieser Website –, deshalb hat es sie auch hier verworfen. Was du ab jetzt eingibst, wird wie gewohnt gespeichert.",
    storage_copy_full: "Der Speicher deines Browsers ist voll, deshalb konnten deine Daten noch nicht dorthin umziehen, wo diese Version des Werkzeugs sie aufbewahrt. Verloren ist nichts: Sie werden weiter vom alten Platz gelesen, und deine nächste Änderung versucht es erneut.",
    storage_backup_kept: "Daten, die dieses Werkzeug hier früher gespeichert hat, konnten nicht gelesen werden. Sie sind als Sicherung in diesem Browser aufbewahrt: Lade sie herunter oder lösche sie, wenn du sie nicht mehr brauchst.",
    download_backup: "Unlesbare Daten herunterladen",
    delete_backups: "Unlesbare Daten löschen",
    confirm_delete_backups: "Die unlesbaren Daten endgültig löschen? Lade sie vorher herunter, falls du sie noch brauchen könntest.",
    my_data: "Meine Kunden & Daten",
    nothing_stored: "Noch ist nichts gespeichert. Hier kannst du einen früheren Export importieren.",
    nothing_readable: "Hier ist nichts gespeichert, was dieses Werkzeug öffnen kann (siehe Hinweis oben). Hier kannst du einen früheren Export importieren.",
    clients_title: "Kunden wählen",
    client_label: "Für welchen Kunden? (optional)",
    client_hint: "Der Name erscheint in deinen Schreiben an den Kunden.",
    client_add: "Weiteren Kunden anlegen",
    confirm_yes: "Ja, löschen",
    cancel: "Abbrechen",
    import_ask: "Diese Datei würde Kunden ändern, die hier schon gespeichert sind.",
    import_ask_end: "Trotzdem importieren? Exportiere im Zweifel vorher deine Daten.",
    import_yes: "Ja, importieren",
    import_cancelled: "Nichts wurde importiert.",
    history_title: "Frühere Einschätzungen",
    history_empty: "Für diesen Kunden gibt es noch keine abgeschlossene Einschätzung.",
    history_lead: "Der Anteil sagt, wie stark deine Antworten für diesen Weg sprachen; alle drei ergeben zusammen 100\u{a0}%. Öffne einen Eintrag, um das Ergebnis und den Plan noch einmal zu sehen.",
    back_to_start: "Zurück zum Anfang",
    data_title: "Deine Daten",
    data_note: "Deine Daten liegen nur in diesem Browser. Alle, die diesen Browser nutzen, können sie lesen, ebenso andere Skripte dieser Website – und die können Gelesenes weiterschicken.",
    export: "Alles exportieren (JSON)",
    import: "Datei importieren",
    delete_all: "Alle Daten löschen",
    confirm_delete_all: "Alles löschen, was dieses Werkzeug in diesem Browser gespeichert hat, also alle Kunden und Einschätzungen? Exportiere sie vorher, wenn du eine Kopie behalten willst.",
    delete_all_others_remain: "Das Werkzeug ist auf dieser Website noch an anderer Stelle eingebunden, mit eigenen Daten: Die bleiben erhalten.",
    data_kept: "Dieser Browser hat zugesagt, sie zu behalten, bis du sie löschst.",
    data_may_go: "Der Browser kann sie löschen, etwa wenn der Speicher knapp wird. Safari löscht sie außerdem, wenn du Safari an sieben Tagen nutzt, ohne diese Website zu verwenden. Öffnest du diese Seite über den Home-Bildschirm, behält sie dort ihre Daten – startet aber ohne das, was du in Safari gespeichert hast. Exportiere deine Daten, um eine Kopie zu behalten.",
    reminder_title: "Erinnerung für die nächste Einschätzung",
    reminder_lead: "Wähle unten, wann du die Einschätzung wiederholen willst. Du bekommst eine Kalenderdatei (.ics): Öffne sie mit deiner Kalender-App, dann erinnert dich die App am gewählten Tag um 9\u{a0}Uhr. Die Datei entsteht in deinem Browser; das Tool sendet nichts.",
    reminder_with_name: "Den Kunden in der Erinnerung nennen",
    reminder_unnamed: "Schwieriger Kunde",
    in_1_week: "In 1 Woche",
    in_2_weeks: "In 2 Wochen",
    in_4_weeks: "In 4 Wochen",
    copy_offer: "Deine Einschätzungen sind nur in diesem Browser gespeichert. Speichere eine Kopie als Datei, damit du sie noch hast, falls der Browser sie löscht.",
    copy_offer_save: "Kopie exportieren (JSON)",
    copy_offer_close: "Nicht jetzt",
    said_all_deleted: "Alle Daten wurden gelöscht.",
    said_not_deleted_newer: "Gelöscht wurde nur, was du auf dieser Seite eingegeben hast: Die Daten, die eine neuere Version dieses Werkzeugs in diesem Browser gespeichert hat, bleiben erhalten.",
    said_not_deleted_blocked: "Gelöscht wurde nur, was du auf dieser Seite eingegeben hast: Dieser Browser lässt das Werkzeug nicht an seinen Speicher, deshalb konnte dort nichts gelöscht werden.",
    said_backups_deleted: "Die unlesbaren Daten wurden gelöscht.",
    import_detail: "Technische Angabe:",
    with: TEMPLATES,
};

const TEMPLATES: Templates = Templates {
    intro_length: "{0} kurze Fragen, etwa drei bis fünf Minuten.",
    progress: "Frage {0} von {1}",
    share: "{0}\u{a0}%",
    second_plan_title: "Zum Vergleich: der Plan „{0}“",
    client_numbered: "Kunde {0}",
    unnamed_as: "Ohne Namen steht dieser Kunde als „{0}“ in der Liste.",
    confirm_delete_client: "„{0}“ mit allen Einschätzungen löschen?",
    history_entry: "{0}: {1} – {2} vom Gewicht deiner Antworten",
    past_title: "Frühere Einschätzung vom {0} – nur zum Lesen",
    trend_rising: "{0}: Der Anteil ist bei den letzten drei Einschätzungen gestiegen.",
    trend_falling: "{0}: Der Anteil ist bei den letzten drei Einschätzungen gesunken.",
    import_done_one: "Importiert: 1 Kunde.",
    import_done: "Importiert: {0} Kunden.",
    import_added: "Neu hier: {0}.",
    import_replaced: "Würden durch die neuere Fassung aus der Datei ersetzt: {0}.",
    import_kept: "Hier schon in gleicher oder neuerer Fassung vorhanden und deshalb unverändert: {0}.",
    import_records: "Frühere Einschätzungen aus der Datei bei vorhandenen Kunden ergänzt: {0}.",
    import_removed: "Hier gelöscht, weil sie in der Datei später gelöscht wurden: {0}.",
    import_would_replace: "Würden durch die neuere Fassung aus der Datei ersetzt: {0}.",
    import_would_remove: "Würden gelöscht, weil die Datei sie als später gelöscht führt: {0}.",
    import_unreadable: "Die Datei konnte nicht gelesen werden ({0}). Nichts wurde geändert.",
    import_too_large: "Die Datei ist zu groß für einen Export dieses Widgets ({0}). Nichts wurde geändert.",
    import_no_room: "Für diese Datei ist neben den Daten, die hier schon liegen, kein Platz ({0}). Nichts wurde geändert. Exportiere deine Daten und lösche Kunden, die du nicht mehr brauchst, dann versuche es noch einmal.",
    import_storage_full: "Der Speicher deines Browsers hat keinen Platz für diese Datei. Nichts wurde geändert. Exportiere deine Daten und lösche Kunden, die du nicht mehr brauchst, dann versuche es noch einmal.",
    import_newer: "Die Datei stammt aus einer neueren Version dieses Widgets ({0}). Nichts wurde geändert.",
    import_invalid: "Diese Datei ist kein Export aus diesem Widget oder wurde nach dem Export verändert. Deshalb lässt sie sich nicht importieren. Wähle eine JSON-Datei, die du hier exportiert hast. Nichts wurde geändert.",
    last_export: "Letzter Export: {0}.",
    never_exported: "Noch nicht exportiert.",
    trend_chart: "Wie stark deine Antworten für jeden Weg sprachen, in {0} Einschätzungen vom {1} bis {2}: {3}.",
    trend_series: "{0} von {1}\u{a0}% auf {2}\u{a0}%",
    reminder_summary: "{0}: Einschätzung wiederholen",
    reminder_description: "Beim letzten Mal lautete die Empfehlung „{0}“. Beantworte die Fragen noch einmal und sieh nach, ob sich etwas verändert hat.",
    client_delete: "„{0}“ löschen",
    said_client_added: "Neuer Kunde angelegt: „{0}“.",
    said_client_deleted: "„{0}“ wurde gelöscht.",
    said_exported: "Deine Daten werden als {0} heruntergeladen.",
    said_reminder: "Die Kalenderdatei {0} wird heruntergeladen. Öffne sie, um die Erinnerung einzutragen.",
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
            "Worum geht es in dem Konflikt vor allem?",
            &[
                t!(
                    "dispute",
                    "Um einen konkreten Streit über die Arbeit – Qualität, Umfang, Preis oder Deadlines.",
                    "Es gibt einen konkreten Streitpunkt: Qualität, Umfang, Preis oder Deadlines."
                ),
                t!(
                    "manner",
                    "Um die Art oder Persönlichkeit des Kunden – die Arbeit selbst ist unstrittig.",
                    "Die Arbeit ist unstrittig; das Problem ist die Art des Kunden."
                ),
                t!(
                    "both",
                    "Um beides.",
                    "Es gibt Streit über die Arbeit, und die Art des Kunden macht es schwerer."
                ),
            ],
        ),
        QuestionId::Satisfiable => (
            "Könnte irgendeine Leistung diesen Kunden je zufriedenstellen?",
            &[
                t!(
                    "my_gap",
                    "Ja – die Kritik zeigt echte Schwachstellen meiner Arbeit.",
                    "Du glaubst, dass sich der Kunde zufriedenstellen lässt – seine Kritik zeigt Schwachstellen, die du beheben kannst."
                ),
                t!(
                    "clearer_terms",
                    "Wahrscheinlich, wenn wir klarer vereinbaren, was er bekommt.",
                    "Du glaubst, klarere Absprachen könnten diesen Kunden zufriedenstellen."
                ),
                t!(
                    "unsure",
                    "Schwer zu sagen.",
                    "Du bist unsicher, ob diesen Kunden überhaupt etwas zufriedenstellen kann."
                ),
                t!(
                    "work_accepted",
                    "Mit der Arbeit ist er zufrieden; schwierig ist, wie er mit mir umgeht.",
                    "Mit deiner Arbeit ist der Kunde zufrieden – schwierig ist, wie er mit dir umgeht."
                ),
                t!(
                    "never",
                    "Nein – ihm ist nichts gut genug.",
                    "Du glaubst, keine Leistung würde diesen Kunden je zufriedenstellen – an deiner Arbeit liegt es dann wohl nicht."
                ),
            ],
        ),
        QuestionId::Toll => (
            "Wie sehr setzt dir dieser Kunde zu?",
            &[
                t!(
                    "little",
                    "Kaum – nach Feierabend kann ich abschalten.",
                    "Nach Feierabend kannst du abschalten."
                ),
                t!(
                    "annoyed",
                    "Er nervt mich, während ich an seinem Projekt arbeite.",
                    "Der Kunde nervt dich bei der Arbeit an seinem Projekt."
                ),
                t!(
                    "evenings",
                    "Er geht mir auch nach Feierabend nicht aus dem Kopf.",
                    "Der Kunde geht dir auch nach Feierabend nicht aus dem Kopf."
                ),
                t!(
                    "drained",
                    "Er raubt mir Schlaf und Energie.",
                    "Der Kunde kostet dich Schlaf und Energie."
                ),
            ],
        ),
        QuestionId::Fronts => (
            "Wie läuft die Kommunikation mit dem Kunden gerade?",
            &[
                t!(
                    "constructive",
                    "Konstruktiv – wir finden Lösungen.",
                    "Eure Kommunikation ist noch konstruktiv."
                ),
                t!(
                    "tense",
                    "Angespannt, aber es geht voran.",
                    "Die Kommunikation ist angespannt, bewegt sich aber noch."
                ),
                t!(
                    "written_loops",
                    "Langes schriftliches Hin und Her, das zu nichts führt.",
                    "Das lange schriftliche Hin und Her dreht sich im Kreis."
                ),
                t!(
                    "hardened",
                    "Die Fronten sind verhärtet, wir reden kaum noch.",
                    "Die Fronten sind verhärtet."
                ),
            ],
        ),
        QuestionId::Fairness => (
            "Wie berechtigt ist die Kritik des Kunden an deiner Arbeit?",
            &[
                t!(
                    "largely",
                    "Größtenteils berechtigt.",
                    "Die Kritik ist größtenteils berechtigt."
                ),
                t!(
                    "partly",
                    "Zum Teil – ich könnte ihm entgegenkommen.",
                    "Ein Teil der Kritik ist berechtigt – hier kann ein Kulanzangebot helfen."
                ),
                t!("hardly", "Kaum.", "Die Kritik ist kaum berechtigt."),
                t!(
                    "not_at_all",
                    "Gar nicht.",
                    "Die Kritik ist nicht berechtigt."
                ),
                t!(
                    "no_complaint",
                    "Er hat an meiner Arbeit nichts auszusetzen.",
                    "Der Kunde hat an deiner Arbeit nichts auszusetzen."
                ),
            ],
        ),
        QuestionId::Offer => (
            "Hast du dem Kunden konkrete Lösungen zur Auswahl vorgeschlagen?",
            &[
                t!(
                    "accepted",
                    "Ja, und er hat eine davon angenommen.",
                    "Du hast Lösungsvorschläge gemacht, und der Kunde hat einen angenommen."
                ),
                t!(
                    "not_yet",
                    "Noch nicht.",
                    "Du hast dem Kunden noch keine Lösungsvorschläge zur Auswahl gemacht."
                ),
                t!(
                    "stalled",
                    "Ja, aber er antwortet nicht, schiebt die Entscheidung auf oder hält sich nicht an die Einigung.",
                    "Der Kunde antwortet nicht auf deine Lösungsvorschläge, schiebt die Entscheidung auf oder hält sich nicht an die Einigung."
                ),
                t!(
                    "refused",
                    "Ja, aber er hat alle abgelehnt.",
                    "Du hast Lösungsvorschläge gemacht, und der Kunde hat alle abgelehnt."
                ),
                t!(
                    "nothing_to_negotiate",
                    "Es gibt nichts Konkretes zu verhandeln.",
                    "Es gibt nichts Konkretes zu verhandeln."
                ),
            ],
        ),
        QuestionId::Talk => (
            "Hast du mit dem Kunden am Telefon oder persönlich über das Problem gesprochen?",
            &[
                t!(
                    "helped",
                    "Ja, und das hat geholfen.",
                    "Das Gespräch hat geholfen."
                ),
                t!(
                    "not_yet",
                    "Noch nicht – bisher nur schriftlich.",
                    "Du hast mit dem Kunden noch nicht über das Problem gesprochen."
                ),
                t!(
                    "no_change",
                    "Ja, aber es hat sich nichts geändert.",
                    "Ihr habt gesprochen, aber es hat sich nichts geändert."
                ),
                t!(
                    "refuses",
                    "Nein, er lehnt ein Gespräch ab.",
                    "Der Kunde lehnt ein Gespräch ab."
                ),
                t!(
                    "nothing_to_negotiate",
                    "Es gibt nichts Konkretes zu besprechen.",
                    "Es gibt nichts Konkretes zu besprechen."
                ),
            ],
        ),
        QuestionId::TimeDrain => (
            "Wie viel deiner Zeit beansprucht der Kunde im Vergleich zu dem, was er bezahlt?",
            &[
                t!(
                    "proportionate",
                    "Etwa so viel, wie er bezahlt.",
                    "Der Aufwand steht im Verhältnis zur Bezahlung."
                ),
                t!(
                    "somewhat_more",
                    "Etwas mehr.",
                    "Der Kunde beansprucht etwas mehr Zeit, als er bezahlt."
                ),
                t!(
                    "much_more",
                    "Deutlich mehr.",
                    "Der Kunde beansprucht deutlich mehr Zeit, als er bezahlt."
                ),
                t!(
                    "excessive",
                    "Viel zu viel – meine andere Arbeit leidet.",
                    "Der Kunde beansprucht so viel Zeit, dass deine andere Arbeit leidet."
                ),
            ],
        ),
        QuestionId::MoneyWorth => (
            "Ist das, was du an diesem Kunden verdienst, die Belastung noch wert?",
            &[
                t!(
                    "clearly",
                    "Eindeutig ja.",
                    "Was du verdienst, wiegt die Belastung noch klar auf."
                ),
                t!(
                    "just_about",
                    "Gerade noch.",
                    "Was du verdienst, wiegt die Belastung nur noch knapp auf."
                ),
                t!(
                    "not_really",
                    "Eigentlich nicht.",
                    "Was du verdienst, wiegt die Belastung eigentlich nicht mehr auf."
                ),
                t!(
                    "never",
                    "Kein Betrag wäre das wert.",
                    "Kein Geld der Welt wäre diese Belastung wert."
                ),
            ],
        ),
        QuestionId::Contract => (
            "Hast du mit diesem Kunden einen unterschriebenen Vertrag?",
            &[
                t!(
                    "signed",
                    "Ja, beide Seiten haben unterschrieben.",
                    "Es gibt einen unterschriebenen Vertrag."
                ),
                t!(
                    "emails_only",
                    "Nein, nur E-Mails oder ein angenommenes Angebot.",
                    "Die Vereinbarung steht nur in E-Mails oder einem angenommenen Angebot."
                ),
                t!(
                    "verbal",
                    "Nein, nur mündliche Absprachen.",
                    "Es gibt nur mündliche Absprachen."
                ),
                t!(
                    "not_needed",
                    "Nein – es ist nur ein kleiner Einzelauftrag.",
                    "Es ist ein kleiner Einzelauftrag ohne unterschriebenen Vertrag."
                ),
            ],
        ),
        QuestionId::Scope => (
            "Ist die genaue Aufgabe schriftlich beschrieben?",
            &[
                t!(
                    "precise",
                    "Ja, genau.",
                    "Die Aufgabe ist genau schriftlich beschrieben."
                ),
                t!(
                    "rough",
                    "Nur grob.",
                    "Die Aufgabe ist nur grob beschrieben."
                ),
                t!(
                    "undefined",
                    "Nein, gar nicht schriftlich.",
                    "Die Aufgabe ist gar nicht schriftlich beschrieben."
                ),
                t!(
                    "not_needed",
                    "Nicht nötig – der Auftrag ist klein und eindeutig.",
                    "Der Auftrag ist auch ohne schriftliche Beschreibung klein und eindeutig."
                ),
            ],
        ),
        QuestionId::Deadlines => (
            "Sind die Deadlines schriftlich vereinbart?",
            &[
                t!(
                    "written",
                    "Ja, schriftlich.",
                    "Die Deadlines sind schriftlich vereinbart."
                ),
                t!(
                    "vague",
                    "Nur lose oder mündlich.",
                    "Die Deadlines sind nur lose vereinbart."
                ),
                t!(
                    "none",
                    "Es gibt keine Deadlines.",
                    "Es wurden keine Deadlines festgelegt."
                ),
            ],
        ),
        QuestionId::Milestones => (
            "Gibt es vereinbarte Zwischenschritte, die der Kunde abnimmt?",
            &[
                t!(
                    "signed_off",
                    "Ja, jeder wird schriftlich abgenommen.",
                    "Zwischenschritte werden schriftlich abgenommen."
                ),
                t!(
                    "informal",
                    "Nur informell.",
                    "Zwischenschritte gibt es nur informell."
                ),
                t!(
                    "none",
                    "Nein – alles wird am Ende geliefert.",
                    "Es gibt keine Zwischenschritte, alles kommt erst am Ende."
                ),
                t!(
                    "not_needed",
                    "Nicht nötig – der Auftrag ist zu klein.",
                    "Der Auftrag ist zu klein für Zwischenschritte."
                ),
            ],
        ),
        QuestionId::TargetGroup => (
            "Ist das ein Kunde, für den du arbeiten willst?",
            &[
                t!(
                    "ideal",
                    "Ja, genau meine Zielgruppe.",
                    "Der Kunde gehört genau zu deiner Zielgruppe."
                ),
                t!(
                    "mostly",
                    "Mehr oder weniger.",
                    "Der Kunde passt nur mehr oder weniger zu deiner Zielgruppe."
                ),
                t!(
                    "outside",
                    "Nein, er liegt außerhalb meiner Zielgruppe.",
                    "Der Kunde gehört nicht zu deiner Zielgruppe."
                ),
                t!(
                    "undefined",
                    "Ich habe meine Zielgruppe noch nicht festgelegt.",
                    "Du hast deine Zielgruppe noch nicht festgelegt."
                ),
            ],
        ),
        QuestionId::Duration => (
            "Wie lange ist die Zusammenarbeit schon schwierig?",
            &[
                t!(
                    "days",
                    "Seit ein paar Tagen.",
                    "Die Schwierigkeiten bestehen erst seit ein paar Tagen."
                ),
                t!(
                    "weeks",
                    "Seit ein paar Wochen.",
                    "Es geht schon seit ein paar Wochen so."
                ),
                t!(
                    "months",
                    "Seit Monaten – am Anfang lief es gut.",
                    "Anfangs lief es gut, aber seit Monaten ist es schwierig."
                ),
                t!(
                    "from_start",
                    "Von Anfang an.",
                    "Es war von Anfang an schwierig."
                ),
            ],
        ),
        QuestionId::Trend => (
            "Wird es besser oder schlimmer?",
            &[
                t!("better", "Besser.", "Es wird besser."),
                t!("same", "Etwa gleich.", "Es bleibt ungefähr gleich."),
                t!("worse", "Schlimmer.", "Es wird schlimmer."),
                t!(
                    "escalating",
                    "Es eskaliert schnell.",
                    "Der Konflikt eskaliert schnell."
                ),
            ],
        ),
        QuestionId::Respect => (
            "Wie behandelt dich der Kunde?",
            &[
                t!(
                    "polite",
                    "Höflich, auch wenn wir uneins sind.",
                    "Der Kunde bleibt auch bei Meinungsverschiedenheiten höflich."
                ),
                t!(
                    "curt",
                    "Kurz angebunden und ungeduldig.",
                    "Der Kunde ist kurz angebunden und ungeduldig."
                ),
                t!(
                    "insulting",
                    "Respektlos oder beleidigend.",
                    "Der Kunde ist respektlos oder beleidigend."
                ),
                t!(
                    "legal_threats",
                    "Er droht mit einem Anwalt, einer Klage oder schlechten Bewertungen.",
                    "Der Kunde droht mit einem Anwalt, einer Klage oder schlechten Bewertungen."
                ),
                t!(
                    "threats",
                    "Er bedroht mich persönlich oder belästigt mich.",
                    "Der Kunde bedroht dich persönlich oder belästigt dich."
                ),
            ],
        ),
        QuestionId::Stage => (
            "Wo steht der Auftrag?",
            &[
                t!(
                    "under_way",
                    "Die Arbeit läuft noch, geliefert ist noch nichts.",
                    "Die Arbeit läuft noch."
                ),
                t!(
                    "ongoing",
                    "Laufend, ohne festes Ende (Pauschale, feste Buchungen).",
                    "Du arbeitest laufend für diesen Kunden."
                ),
                t!(
                    "prepaid",
                    "Im Voraus bezahlt; ein Teil der Arbeit steht noch aus.",
                    "Der Kunde hat im Voraus für Arbeit bezahlt, die noch aussteht."
                ),
                t!(
                    "delivered_unpaid",
                    "Geliefert – aber es ist noch Geld offen.",
                    "Die Arbeit ist geliefert, und es ist noch Geld offen."
                ),
                t!(
                    "delivered_paid",
                    "Geliefert und bezahlt – der Kunde meldet sich trotzdem.",
                    "Die Arbeit ist geliefert und bezahlt."
                ),
            ],
        ),
    };
    QuestionSource { prompt, answers }
}

pub fn strategy(strategy: Strategy) -> StrategyText {
    // "Verhandeln", not "Vermitteln": the reader settles it with the client themselves, while
    // "vermitteln" is what a third party does between two others (an editor's review).
    let name = match strategy {
        Strategy::Detach => "Abschalten",
        Strategy::Mediate => "Verhandeln",
        Strategy::Terminate => "Beenden",
    };
    StrategyText { name }
}

pub fn gap(gap: Gap) -> GapText {
    match gap {
        Gap::Contract => GapText {
            missing: "Kein unterschriebener Vertrag.",
            fix: "Halte beim nächsten Kunden die Vereinbarung in einem Vertrag fest, den beide Seiten unterschreiben. Auch ein per E-Mail angenommenes Angebot ist ein Vertrag – ein unterschriebener mit genauer Leistungsbeschreibung beugt Streit aber besser vor.",
        },
        Gap::SmallJobInWriting => GapText {
            missing: "Kleiner Auftrag ohne unterschriebenen Vertrag.",
            fix: "Das genügt, solange Leistung, Preis und Termin vorher schriftlich bestätigt sind – ein per E-Mail angenommenes Angebot reicht. Halte das bei jedem kleinen Auftrag so.",
        },
        Gap::Scope => GapText {
            missing: "Die Aufgabe ist nicht genau beschrieben.",
            fix: "Beschreibe schriftlich genau, was geliefert wird – und was nicht.",
        },
        Gap::Deadlines => GapText {
            missing: "Keine festen Deadlines.",
            fix: "Vereinbare schriftlich Deadlines – für deine Lieferungen und für das, was der Kunde zuliefern muss (Informationen, Material, Rückmeldungen).",
        },
        Gap::Milestones => GapText {
            missing: "Keine abgenommenen Zwischenschritte.",
            fix: "Teile die Arbeit in Zwischenschritte, die der Kunde einzeln abnimmt.",
        },
        Gap::TargetGroup => GapText {
            missing: "Zielgruppe unklar, oder der Kunde passt nicht ganz hinein.",
            fix: "Lege vor dem nächsten Projekt fest, wen du als Kunden willst, und miss neue Anfragen daran.",
        },
    }
}

pub fn rule(rule: Rule) -> &'static str {
    // The article's rule, not the reader's facts: the lead above already says those.
    match rule {
        Rule::Threats => "Drohungen und Belästigung muss niemand hinnehmen.",
        Rule::MediationRefusedAndTimeDrain(Refusal::Offer) => {
            "Die Regel des Artikels: Frisst ein Kunde zu viel Zeit und lehnt jeden Lösungsvorschlag ab, tu dir selbst den Gefallen und beende die Zusammenarbeit."
        }
        Rule::MediationRefusedAndTimeDrain(Refusal::Talk) => {
            "Die Regel des Artikels: Frisst ein Kunde zu viel Zeit und verweigert das Gespräch, tu dir selbst den Gefallen und beende die Zusammenarbeit."
        }
        Rule::MediationRefusedAndTimeDrain(Refusal::Both) => {
            "Die Regel des Artikels: Frisst ein Kunde zu viel Zeit und lehnt er sowohl Lösungsvorschläge als auch ein Gespräch ab, tu dir selbst den Gefallen und beende die Zusammenarbeit."
        }
    }
}

pub const ADVICE: AdviceTexts = AdviceTexts {
    because: "Deine Antwort: {0}",
    legal_first: "Eine Kündigung hat rechtliche Folgen; dieser Plan ist keine Rechtsberatung.",
    legal_plain: "Dieser Plan ist keine Rechtsberatung.",
    safety_title: "Sicherheit und Ausstieg",
    close_call: "Knappe Entscheidung: „{0}“ liegt nur wenig vor „{1}“.",
    tie: "Gleichstand zwischen „{0}“ und „{1}“.",
    tie_mediate_first: "„Verhandeln“ steht vorn, weil ein beigelegter Streit mehr Druck nimmt als Abschalten allein.",
    tie_terminate_last: "„Beenden“ kommt danach, wenn Vorschläge und Gespräch scheitern.",
    tip: "„{0}“ läge vorn, wenn auch das zuträfe: {1}",
    against: "Was für „{0}“ spricht",
    second_intro: "Falls du dich doch für „{0}“ entscheidest:",
    source_title: "„Tipps für den Umgang mit schwierigen Kunden“",
    source_line: "Fragen und Empfehlungen beruhen auf dem Artikel {0}. Die rechtlichen Hinweise und Briefvorlagen sind eine Ergänzung dieses Tools und keine Rechtsberatung.",
    steps: &[],
    leads: &[],
};

pub fn step(step: Step) -> &'static str {
    match step {
        Step::Firm => {
            "Sichere jede Nachricht, in der der Kunde mit einem Anwalt, einer Klage oder schlechten Bewertungen droht, mit Datum. Beantworte die Drohung nur schriftlich, kurz und sachlich, und räume nichts ein, was du nicht geprüft hast. Den eigentlichen Streit trägst du nicht in langen E-Mails aus. Kommt ein Anwaltsschreiben, lass dich beraten, bevor du antwortest – von einer Anwältin, einem Anwalt oder deinem Berufsverband."
        }
        Step::DetachClaim => {
            "Trenne das Geld vom Umgangston: Schick noch heute eine kurze, sachliche Zahlungserinnerung – Rechnung, offener Betrag, ein festes Datum für die Zahlung. Wie der Kunde dich behandelt, ändert nichts daran, was er dir schuldet."
        }
        Step::DetachJobDone => {
            "Der Auftrag ist geliefert und bezahlt. Sobald auch alles noch Vereinbarte erledigt ist, bestätige einmal schriftlich, was du geliefert hast und dass der Auftrag abgeschlossen ist, und schreib dazu, dass alles Weitere ein neuer Auftrag wäre. Danach musst du ihn nicht wieder aufrollen; berechtigte Mängelansprüche des Kunden bleiben davon unberührt."
        }
        Step::DetachBoundary => {
            "Zieh in einem ruhigen Satz eine Grenze: Du erwartest einen respektvollen Ton, so wie du ihn selbst pflegst. Antworte danach nur auf den sachlichen Teil der Nachricht."
        }
        Step::DetachBoundaryTried => {
            "Den Ton hast du schon angesprochen, ohne dass sich etwas geändert hat – wiederhol das nicht. Sichere beleidigende Nachrichten mit Datum, antworte nur auf den sachlichen Teil, und leg für dich fest, ab wann du die Zusammenarbeit beendest, wenn es so weitergeht."
        }
        Step::DetachAnswerFacts => {
            "Prüf bei jeder Nachricht, worum der Kunde eigentlich bittet, und antworte nur darauf – sachlich und ruhig."
        }
        Step::DetachFairPoints => {
            "Erledige die berechtigten Kritikpunkte zügig und sag das in einem Satz. Den Rest lässt du unkommentiert."
        }
        Step::DetachOwnList => {
            "Schreib für dich auf, was du diesem Kunden laut eurer Vereinbarung schuldest. Miss deine Arbeit an dieser Liste, nicht an seinen Reaktionen."
        }
        Step::DetachOwnListWritten => {
            "Miss deine Arbeit nicht an seinen Reaktionen, sondern an der schriftlichen Aufgabenbeschreibung, auf die ihr euch geeinigt habt: Was dort steht und was du vertragsgemäß geliefert hast, ist erledigt – auch wenn der Kunde unzufrieden bleibt."
        }
        Step::DetachStrain => {
            "Schütz deinen Feierabend: Schalte die Benachrichtigungen für diesen Kunden nach Feierabend stumm und beantworte seine Nachrichten nur zu zwei festen Zeiten am Tag, etwa um 11 und um 16 Uhr."
        }
        Step::DetachSmallJob => {
            "Bei einem kleinen Einzelauftrag ist der Maßstab das, was bestellt war. Bringt der Kunde etwas vor, antworte ein einziges Mal ruhig und sachlich und verweise dabei auf den Auftrag. Ist der Auftrag erledigt und abgerechnet, musst du ihn nicht wieder aufrollen – berechtigte Mängel musst du aber auch danach noch beheben. Einen weiteren Auftrag dieses Kunden musst du nicht annehmen."
        }
        Step::DetachFixedTimes => {
            "Reagier nicht sofort: Beantworte die Nachrichten dieses Kunden, wo es geht, zu festen Zeiten, etwa um 11 und um 16\u{a0}Uhr. Was er im persönlichen Gespräch anspricht, notierst du dir und beantwortest es, wenn du in Ruhe darüber nachgedacht hast. Dringendes erledigst du wie vereinbart."
        }
        Step::DetachKeepOffering => {
            "Biete dem Kunden für die offenen Punkte Lösungen an, zwei bis vier zur Auswahl: Abschalten heißt nicht, ihn zu ignorieren."
        }
        Step::DetachHoldToAgreed => {
            "Halte dich an die Lösung, die der Kunde angenommen hat, und verweise schriftlich darauf, falls dasselbe Thema wieder aufkommt."
        }
        Step::DetachRecordTalk => {
            "Falls noch nicht geschehen, schick dem Kunden noch heute ein paar Zeilen, in denen du bestätigst, was ihr im Gespräch vereinbart habt – Erwartungen, Spielregeln, nächste Schritte –, damit ihr euch später beide darauf beziehen könnt. Du hältst damit fest, was vereinbart ist, und verhandelst nicht neu."
        }
        Step::DetachConfidant => {
            "Sprich mit jemandem, dem du vertraust, statt den Ärger nach Feierabend mit dir herumzutragen."
        }
        Step::DetachRevisitSoon => {
            "Wiederhole die Einschätzung in einer Woche. Hat sich bis dahin nichts entspannt, ist Beenden vielleicht der bessere Weg."
        }
        Step::DetachRevisit => {
            "Wiederhole die Einschätzung in zwei Wochen, oder früher, wenn es schlimmer wird."
        }
        Step::MediateKeepWorking => {
            "Behalte bei, was funktioniert: Verweise bei neuen Wünschen auf das, was schriftlich vereinbart und abgenommen ist."
        }
        Step::MediateCloseOut => {
            "Der Kunde hat eine Lösung angenommen, und der Auftrag ist geliefert und bezahlt. Sobald die Lösung umgesetzt ist, bestätige einmal schriftlich, dass sie erledigt und der Auftrag abgeschlossen ist, und schreib dazu, dass alles Weitere ein neuer Auftrag wäre. Danach musst du ihn nicht wieder aufrollen; berechtigte Mängelansprüche des Kunden bleiben davon unberührt."
        }
        Step::MediateRecordAgreed => {
            "Falls noch nicht geschehen, schick dem Kunden noch heute eine kurze schriftliche Bestätigung der vereinbarten Lösung: was passiert, bis wann und wer was erledigt. Die Vorlage unten musst du nur noch ausfüllen."
        }
        Step::MediateRecordTalk => {
            "Falls noch nicht geschehen, halte noch heute schriftlich fest, was ihr im Gespräch vereinbart habt, und schick es dem Kunden mit der Bitte um Bestätigung. Die Vorlage unten musst du nur noch ausfüllen."
        }
        Step::MediateStopEmail => {
            "Hör auf, per E-Mail über Schuld und Details zu streiten: Wenn es sich im Kreis dreht, klären weitere Argumente selten etwas. Statt Argumenten schickst du eine kurze Liste mit Lösungsvorschlägen."
        }
        Step::MediateFreshStart => {
            "Schreib dem Kunden in zwei, drei sachlichen Sätzen, dass du eine Lösung suchst, mit der beide Seiten leben können – ohne Vorwürfe und ohne Rechtfertigungen."
        }
        Step::MediateList => {
            "Schreib zwei bis vier Lösungsvorschläge zur Auswahl auf, darunter ein Kulanzangebot – die Liste unten hilft dabei."
        }
        Step::MediateRemindOrListAgain => {
            "Ist der Kunde von einer Vereinbarung abgerückt, erinnere ihn schriftlich daran und nenne ein Datum für die Umsetzung. Sonst leg ihm eine neue kurze Liste mit Lösungsvorschlägen vor, mit einer Frist für die Wahl und der Bitte, sie schriftlich zu bestätigen."
        }
        Step::MediateListAgain => {
            "Stell eine neue kurze Liste mit zwei bis vier Lösungsvorschlägen zusammen – einer davon darf etwas großzügiger sein als bisher – und bitte den Kunden, sich bis zu einem festen Datum für einen zu entscheiden und die Wahl schriftlich zu bestätigen."
        }
        Step::MediateNameDispute => {
            "Schreib in zwei, drei Sätzen auf, was genau zwischen dir und dem Kunden steht, und bitte ihn um seine Sicht darauf."
        }
        Step::MediateOpenAmount => {
            "Mach den offenen Betrag zum Teil jedes Vorschlags: Jeder Vorschlag legt fest, welcher Betrag bis wann gezahlt wird – etwa in Raten oder mit einem kleinen Nachlass bei Zahlung bis zu einem festen Datum."
        }
        Step::MediateCall => {
            "Schlag ein Telefonat oder ein Treffen vor, um die Sache gemeinsam zu klären: Viele Streitfragen lassen sich im Gespräch leichter lösen als schriftlich."
        }
        Step::MediateCallAgain => {
            "Sprich noch einmal mit dem Kunden, diesmal mit der schriftlichen Liste vor euch beiden, und beende das Gespräch mit einer Entscheidung."
        }
        Step::MediateInWriting => {
            "Schick dem Kunden die Liste schriftlich und bitte ihn, sich bis zu einem festen Datum für einen Vorschlag zu entscheiden."
        }
        Step::MediateRecordAfter => {
            "Halte direkt nach dem Gespräch schriftlich fest, was vereinbart wurde – Datum, Beteiligte, gewählter Vorschlag, Termine, nächste Schritte –, und schick es dem Kunden."
        }
        Step::MediateConfirmChoice => {
            "Sobald ihr euch einig seid, bestätige das Ergebnis kurz schriftlich, mit Terminen und nächsten Schritten. Die Vorlage unten musst du nur noch ausfüllen."
        }
        Step::MediateCheckRecord => {
            "Kommt ein Anwaltsschreiben, lass auch alles, was du dem Kunden schreiben willst, vorher prüfen."
        }
        Step::MediateSettleTerms => {
            "Halte ab jetzt schriftlich fest, was noch nicht schriftlich steht – Aufgabe, Deadlines oder Zwischenschritte –, damit ihr euch bei der nächsten Meinungsverschiedenheit darauf beziehen könnt."
        }
        Step::TerminateClaim => {
            "Die Arbeit ist geliefert, es gibt also nichts mehr zu kündigen: Fordere ein, was dir zusteht. Schick noch heute eine Zahlungserinnerung mit Rechnung, offenem Betrag und einem festen Datum, etwa in zwei Wochen (Schreiben unten). Den Streit über die Arbeit lässt du dabei außen vor; hat der Kunde Mängel gerügt, lass dich beraten, bevor du mahnst."
        }
        Step::TerminateClaimNext => {
            "Verstreicht das Datum ohne Zahlung, sind das gerichtliche Mahnverfahren (online unter online-mahnantrag.de) oder ein Inkassobüro die üblichen nächsten Schritte. Bestreitet der Kunde die Leistung, lass dich vorher beraten."
        }
        Step::TerminateCloseJob => {
            "Die Arbeit ist geliefert und bezahlt, es gibt also nichts mehr zu kündigen: Schließ den Auftrag schriftlich ab. Ein kurzes Schreiben bestätigt, dass der Auftrag erledigt ist und du für diesen Kunden keine weiteren Aufträge übernimmst (Schreiben unten). Lass dich danach nicht mehr auf Diskussionen über den erledigten Auftrag ein; berechtigte Mängelansprüche des Kunden bleiben davon unberührt."
        }
        Step::TerminateUrgent => {
            "Warte nicht bis zum Projektende. Kläre noch diese Woche, wie du den Vertrag beenden kannst, und beende ihn, sobald das geklärt ist."
        }
        Step::TerminateCheckContract => {
            "Prüf deinen Vertrag: Kündigungsfrist, Kündigungsklausel, offene Leistungen und – falls du Ergebnisse übergibst – wer welche Nutzungsrechte daran bekommt."
        }
        Step::TerminateCheckAgreement => {
            "Sammle, was ihr vereinbart habt – Angebot, Auftragsbestätigung, E-Mails –, und notiere, was noch offen ist. Ohne unterschriebenen Vertrag ist die Kündigungsfrist weniger klar: Lass dich im Zweifel vorher beraten."
        }
        Step::TerminateNoteVerbal => {
            "Auch mündliche Absprachen sind ein Vertrag. Schreib aus dem Gedächtnis auf, was ihr vereinbart habt – Datum, Preis, Aufgaben –, und sichere die Nachrichten, die es belegen: Das erspart Streit darüber, was vereinbart war. Was ihr zum Beenden nicht vereinbart habt, bestimmt das Gesetz (in Deutschland das BGB); lass dich im Zweifel vorher beraten."
        }
        Step::TerminateSmallJob => {
            "Es ist ein kleiner Einzelauftrag: Schließ ihn wie vereinbart ab, oder schlag dem Kunden vor, ihn mit dem heutigen Stand abzuschließen: Du übergibst das bisher Erstellte und rechnest es ab (Schreiben unten). Weitere Aufträge lehnst du in einem kurzen, sachlichen Satz ab."
        }
        Step::TerminateMutualFirst => {
            "Schlag zuerst vor, den Vertrag einvernehmlich zu beenden (Schreiben 1), mit einem Datum für die Antwort. Gilt deutsches Recht, ist das bei einem Werkvertrag ohne Kündigungsklausel oft der sicherere Weg."
        }
        Step::TerminateNotice => {
            "Stimmt der Kunde bis dahin nicht zu, kündige mit Schreiben 2 – sofern Vereinbarung oder Gesetz es erlauben. Erlaubt keines von beiden eine Kündigung, hör nicht einfach auf zu arbeiten – das kann Schadensersatzforderungen auslösen. Lass dich dann beraten, bevor du etwas abschickst."
        }
        Step::TerminateDelivery => {
            "Unterschreib die Kündigung und schick sie per Einwurf-Einschreiben oder durch einen Boten, der den Inhalt kennt – so kannst du den Zugang leichter beweisen. Ob eine E-Mail genügt, hängt von eurer Vereinbarung ab; der unterschriebene Brief ist der sicherere Weg."
        }
        Step::TerminateFinish => {
            "Arbeite bis zum Vertragsende nur im vereinbarten Umfang, und übergib am Ende, was dem Kunden zusteht – etwa Ergebnisse und gegebenenfalls die Zugangsdaten zu seinen Konten."
        }
        Step::TerminateFinishOpen => {
            "Erbringe bis zum Vertragsende nur, was ihr nachweislich vereinbart habt – deine Notizen und Nachrichten belegen es –, und übergib am Ende, was dem Kunden zusteht."
        }
        Step::TerminatePaymentFirst => {
            "Wickle die Beendigung nur schriftlich ab, und übergib Ergebnisse nur Zug um Zug gegen Zahlung der Schlussrechnung, wenn Vertrag und Gesetz das zulassen – lass das vorher prüfen."
        }
        Step::TerminateInvoice => {
            "Stell die Schlussrechnung für die bis zum Vertragsende geleistete Arbeit."
        }
        Step::TerminateSettleAdvance => {
            "Der Kunde hat im Voraus bezahlt: Verrechne die Vorauszahlung in der Schlussabrechnung über die bis zum Vertragsende geleistete Arbeit und erstatte ein verbleibendes Guthaben. Hast du eigene Ansprüche gegen ihn, etwa auf Schadensersatz, lass vorher prüfen, ob du sie verrechnen kannst."
        }
        Step::TerminateNoNewOrders => {
            "Nimm von diesem Kunden keine neuen Aufträge mehr an; neue Anfragen lehnst du in einem kurzen, sachlichen Satz ab."
        }
        Step::TerminateRecords => {
            "Bewahre alle Unterlagen auf: Vertrag oder Angebot, E-Mails, Vereinbarungen, Rechnungen."
        }
        Step::TerminateTargetGroup => {
            "Lege danach deine Zielgruppe genauer fest und präzisiere deine Vertragsbedingungen, damit du solche Kunden früher erkennst und Streit vorbeugst."
        }
        Step::TerminateTargetGroupOnly => {
            "Lege danach deine Zielgruppe genauer fest und miss neue Anfragen daran. Deine Verträge waren hier nicht die Schwachstelle: Halte sie so genau wie bei diesem Kunden."
        }
        Step::SwitchOff => {
            "Nimm diesen Kunden nicht mit nach Hause: Schalte nach Feierabend ab, und sprich mit jemandem, dem du vertraust, statt alles im Kopf immer wieder durchzugehen."
        }
        Step::SafetyDocument => {
            "Sichere jede bedrohliche oder belästigende Nachricht – Screenshots, E-Mails, Sprachnachrichten – mit Datum und Uhrzeit, und führe ein datiertes Protokoll über alles, was keine Nachricht ist, etwa einen unangekündigten Besuch: was geschah, wann und wer es mitbekommen hat."
        }
        Step::SafetyInWriting => {
            "Kommuniziere mit dem Kunden ab jetzt nur noch schriftlich und triff ihn nicht allein."
        }
        Step::SafetyPolice => {
            "Wenn dir Gewalt angedroht wird oder du dich in Gefahr fühlst, hol sofort Hilfe: Polizei in Deutschland 110, in Österreich 133, in der Schweiz 117; europaweit gilt der Notruf 112. Drohungen kannst du bei der Polizei auch anzeigen."
        }
        Step::SafetyLegalAdvice => {
            "Lass dich beraten, bevor du fristlos kündigst – von einer Anwältin, einem Anwalt oder deinem Berufsverband. Warte damit nicht lange: Eine fristlose Kündigung muss zeitnah erklärt werden. Nach deutschem Recht gilt bei Dienstverträgen eine Frist von zwei Wochen, nachdem du vom Grund erfahren hast; bei anderen Verträgen, etwa Werkverträgen, eine angemessene Frist."
        }
        Step::SafetyNotice => {
            "Kündige dann schriftlich mit dem Schreiben unten: ohne Dank, ohne Zusage weiterer Arbeit, ohne etwas, das du zurücknehmen müsstest."
        }
        Step::SafetyEndContact => {
            "Beende dann den Kontakt schriftlich mit dem Schreiben unten: Der Auftrag ist abgeschlossen, weitere übernimmst du nicht, und du antwortest nur noch schriftlich. Halte es knapp: ohne Dank, ohne etwas, das du zurücknehmen müsstest."
        }
        Step::SafetyClaim => {
            "Fordere den offenen Betrag nur schriftlich ein, oder überlass das einer Anwältin, einem Anwalt oder einem Inkassobüro: Um dein Geld zu bekommen, musst du dem Kunden nicht persönlich begegnen."
        }
        Step::SafetyDelivery => {
            "Unterschreib die Kündigung und schick sie per Einwurf-Einschreiben oder durch einen Boten, der den Inhalt kennt – so kannst du den Zugang leichter beweisen."
        }
        Step::SafetyRecords => {
            "Bewahre die Projektunterlagen und die gesicherten Nachrichten an einem Ort auf, mit einer Kopie außerhalb deines Postfachs."
        }
        Step::SafetyConfidant => {
            "Erzähl jemandem, dem du vertraust, was passiert: Damit musst du nicht allein fertigwerden."
        }
    }
}

pub fn lead(lead: Lead) -> &'static str {
    match lead {
        Lead::Firm => {
            "Der Kunde droht mit einem Anwalt, einer Klage oder schlechten Bewertungen. Lass dich davon nicht unter Druck setzen: Bleib sachlich, beantworte die Drohung selbst nur schriftlich und hol dir rechtlichen Rat, bevor du auf ein Anwaltsschreiben antwortest."
        }
        Lead::DetachInsultsTalked => {
            "Beleidigungen musst du nicht schlucken, und ein Gespräch darüber hat nichts geändert. Lass dich davon nicht treffen, und überleg dir jetzt, wann du die Zusammenarbeit beendest, wenn es so weitergeht."
        }
        Lead::DetachInsults => {
            "Beleidigungen musst du nicht schlucken – aber sie sagen mehr über den Kunden als über deine Arbeit. Zieh eine Grenze und lass dich ansonsten nicht davon treffen."
        }
        Lead::DetachAgreed => {
            "Der Kunde hat deine Lösung angenommen. Halte dich an die Vereinbarung und lass es nicht an dich heran, falls dasselbe Thema wieder aufkommt."
        }
        Lead::DetachNeverSatisfied => {
            "Du glaubst, nichts würde diesen Kunden je zufriedenstellen – dann liegt es wohl nicht an deiner Arbeit. Versuch, es nicht persönlich zu nehmen, und bleib sachlich und gesprächsbereit."
        }
        Lead::DetachPolite => {
            "Die Arbeit steht nicht in Frage, und der Kunde bleibt höflich: Was dir zu schaffen macht, ist seine Art der Zusammenarbeit. Versuch, es nicht persönlich zu nehmen, und bleib sachlich und gesprächsbereit."
        }
        Lead::DetachManner => {
            "Nicht die Arbeit ist das Problem, sondern wie der Kunde mit dir umgeht. Versuch, es nicht persönlich zu nehmen, und bleib sachlich und gesprächsbereit."
        }
        Lead::Detach => {
            "Dieser Konflikt liegt weniger an deiner Arbeit als an diesem Kunden. Versuch, es nicht persönlich zu nehmen, und bleib sachlich und gesprächsbereit."
        }
        Lead::MediateKeep => {
            "Du und der Kunde habt euch geeinigt, alles steht schriftlich, und es wird besser. Bleib bei dem, was funktioniert."
        }
        Lead::MediateAgreed => {
            "Du und der Kunde habt euch auf eine Lösung geeinigt. Falls sie noch nicht schriftlich festgehalten ist, hol das jetzt nach, damit später nicht Aussage gegen Aussage steht."
        }
        Lead::MediateTalked => {
            "Das Gespräch hat geholfen. Falls das Vereinbarte noch nicht schriftlich festgehalten ist, hol das jetzt nach, damit später nicht Aussage gegen Aussage steht."
        }
        Lead::MediateAgain => {
            "Der Kunde hat auf deine Lösungsvorschläge nicht reagiert oder hält sich nicht an die Einigung, und er kostet dich viel Zeit. Eine weitere Runde – eine neue kurze Liste und ein Datum für die Entscheidung – ist einen Versuch wert, bevor du die Zusammenarbeit beendest."
        }
        Lead::MediateAgainNoDrain => {
            "Der Kunde hat auf deine Lösungsvorschläge nicht reagiert oder hält sich nicht an die Einigung. Eine weitere Runde mit einer neuen, kurzen Liste kann den Streit noch beilegen."
        }
        Lead::MediateFirstTry => {
            "Der Kunde kostet dich viel Zeit, hat aber noch keine Lösungsvorschläge bekommen. Versuch es zuerst damit; lehnt er ab, beende die Zusammenarbeit."
        }
        Lead::MediateClarify => {
            "Zwischen dir und dem Kunden ist noch etwas zu klären. Sprich es offen an und halte das Ergebnis schriftlich fest."
        }
        Lead::MediateLoops => {
            "Weitere E-Mails lösen das nicht – eher eine kurze Liste mit Lösungsvorschlägen, aus denen der Kunde wählt."
        }
        Lead::MediateHardened => {
            "Die Fronten sind verhärtet. Statt weiter zu streiten, leg dem Kunden eine kurze Liste mit Lösungsvorschlägen vor, aus denen er wählt."
        }
        Lead::MediateNeverSatisfied => {
            "Du glaubst nicht, dass diesen Kunden je etwas zufriedenstellt. Leg ihm trotzdem einmal eine kurze Liste mit Lösungsvorschlägen zur Auswahl vor und halte das Ergebnis schriftlich fest – nimmt er keinen an, weißt du, woran du bist."
        }
        Lead::Mediate => {
            "Eine Einigung ist in Reichweite. Leg dem Kunden eine kurze Liste mit Lösungsvorschlägen zur Auswahl vor und halte das Ergebnis schriftlich fest."
        }
        Lead::TerminateUnpaid => {
            "Die Arbeit ist geliefert, und der Kunde hat noch nicht vollständig bezahlt. Hör auf zu verhandeln: Fordere schriftlich und mit festem Datum ein, was dir zusteht, und nimm von diesem Kunden keine weiteren Aufträge an."
        }
        Lead::TerminateJobDone => {
            "Die Arbeit ist geliefert und bezahlt, und trotzdem meldet sich der Kunde immer wieder. Schließ den Auftrag schriftlich ab, und nimm von diesem Kunden keine weiteren Aufträge an."
        }
        Lead::TerminateFirm => {
            "Der Kunde droht mit einem Anwalt, einer Klage oder schlechten Bewertungen. Lass dich davon nicht unter Druck setzen: Beende die Zusammenarbeit sachlich und schriftlich, und hol dir vorher rechtlichen Rat."
        }
        Lead::TerminateOffer => {
            "Der Kunde hat deine Lösungsvorschläge nicht angenommen oder sich nicht an das Vereinbarte gehalten und beansprucht mehr Zeit, als er bezahlt. Beende die Zusammenarbeit sauber, bevor sie dich noch mehr kostet."
        }
        Lead::TerminateNoTalk => {
            "Der Kunde verweigert das Gespräch und beansprucht mehr Zeit, als er bezahlt. Beende die Zusammenarbeit sauber, bevor sie dich noch mehr kostet."
        }
        Lead::TerminateTalkFailed => {
            "Das Gespräch hat nichts geändert, und der Kunde beansprucht mehr Zeit, als er bezahlt. Beende die Zusammenarbeit sauber, bevor sie dich noch mehr kostet."
        }
        Lead::TerminateNotWorth => {
            "Der Kunde beansprucht mehr Zeit, als er bezahlt, und das Geld wiegt das für dich nicht mehr auf. Beende die Zusammenarbeit sauber: Kein Honorar ist es wert, sich zermürben zu lassen."
        }
        Lead::TerminateWornDown => {
            "Der Kunde behandelt dich respektlos, raubt dir Schlaf und Energie, und das Geld wiegt das nicht mehr auf. Beende die Zusammenarbeit sauber: Niemand kann dich kaufen."
        }
        Lead::Terminate => {
            "Dieser Kunde kostet dich mehr, als er dir bringt. Beende die Zusammenarbeit sauber, bevor er dich noch mehr kostet."
        }
        Lead::TerminateLastResort => {
            "Helfen Lösungsvorschläge und ein Gespräch nicht, bleibt nur, die Zusammenarbeit sauber zu beenden."
        }
        Lead::Safety => {
            "Der Kunde bedroht dich persönlich oder belästigt dich. Deine Sicherheit geht vor; danach beendest du die Zusammenarbeit, egal, wie viel er bezahlt."
        }
    }
}

pub const PLAN: PlanTexts = PlanTexts {
    steps_heading: "Schritte",
    options_heading: "Lösungsvorschläge, aus denen der Kunde wählen kann",
    options_for: "Lösungsvorschläge für {0} zur Auswahl",
    options_for_unnamed: "Lösungsvorschläge für den Kunden zur Auswahl",
    goodwill_default: "[BEISPIEL: eine zusätzliche Korrekturschleife ohne Berechnung]",
    second_option_default: "[BEISPIEL: die vereinbarte Aufgabe bis zum [DATUM] fertigstellen]",
    goodwill_default_time: "[BEISPIEL: 10\u{a0}% Nachlass auf die laufende Rechnung]",
    second_option_default_time: "[BEISPIEL: alles über die schriftlich vereinbarte Aufgabe hinaus gegen ein gesondertes Honorar von [BETRAG]]",
    goodwill_default_part: "[BEISPIEL: Übernahme eines strittigen Punkts ohne Berechnung]",
    second_option_default_part: "[BEISPIEL: den Umfang jetzt schriftlich festlegen, und zwar so: [UMFANG]; alles darüber hinaus gegen ein gesondertes Honorar von [BETRAG]]",
    goodwill_default_extras: "[BEISPIEL: den bisherigen Mehraufwand nicht berechnen; ab sofort gilt der schriftlich festgehaltene Umfang: [UMFANG]]",
    second_option_default_extras: "[BEISPIEL: weitere Wünsche als eigener Auftrag gegen ein gesondertes Honorar von [BETRAG]]",
    goodwill_default_terms: "[BEISPIEL: ein längeres Zahlungsziel für die laufende Rechnung, bis zum [DATUM]]",
    second_option_default_terms: "[BEISPIEL: den Auftrag wie vereinbart abschließen; Änderungswünsche danach als eigener Auftrag gegen ein gesondertes Honorar von [BETRAG]]",
    goodwill_default_open: "[BEISPIEL: 10\u{a0}% Nachlass auf den offenen Betrag bei Zahlung bis zum [ZAHLUNGSDATUM]]",
    second_option_default_open: "[BEISPIEL: der offene Betrag in zwei Raten, bis zum [ERSTES DATUM] und bis zum [ZWEITES DATUM]]",
    option_label: "Vorschlag {0}",
    add_option: "Vorschlag hinzufügen",
    remove_option: "Vorschlag {0} entfernen",
    prepare_options: "Lösungsvorschläge und schriftliche Zusammenfassung vorbereiten",
    prepare_options_confirm: "Lösungsvorschläge und schriftliche Bestätigung vorbereiten",
    prepare_letter: "Schreiben vorbereiten",
    talk_heading: "Leitfaden für das Gespräch",
    talk_settles: "Sprich ausdrücklich an, ob damit alle Beanstandungen zu diesem Projekt erledigt sind.",
    talk_guide: &[
        "Beginne ruhig: Du suchst eine Lösung, mit der beide Seiten leben können.",
        "Lass den Kunden seine Sicht schildern und fasse sie in einem Satz zusammen.",
        "Leg die Vorschläge auf den Tisch und lass den Kunden wählen.",
        "Vereinbare gemeinsam, wer was bis wann erledigt.",
        "Sag zu, dass du noch heute eine kurze schriftliche Zusammenfassung schickst.",
    ],
    record_heading: "Schriftliche Zusammenfassung (nach dem Gespräch senden)",
    confirm_heading: "Schriftliche Bestätigung (senden, sobald der Kunde gewählt hat)",
    greeting: "Sehr geehrte Damen und Herren,",
    record_subject: "Zusammenfassung unseres Gesprächs vom {0}",
    record_intro: "vielen Dank für das Gespräch. Hier kurz zusammengefasst, was wir vereinbart haben, damit wir beide auf demselben Stand sind:",
    confirm_subject: "Bestätigung der vereinbarten Lösung",
    confirm_intro: "vielen Dank für Ihre Rückmeldung. Damit wir beide auf demselben Stand sind, fasse ich die Lösung, für die Sie sich entschieden haben, kurz zusammen:",
    record_closing: "Bitte bestätigen Sie mir kurz bis zum {0}, dass das auch Ihrem Verständnis entspricht.",
    settled_line: "[FALLS ZUTREFFEND: Mit der Umsetzung der vereinbarten Lösung sind Ihre Beanstandungen zu [PROJEKT] abschließend erledigt.]",
    goodwill_caveat: "[FALLS ZUTREFFEND: Die vereinbarte Lösung erfolgt aus Kulanz und ohne Anerkennung einer Rechtspflicht.]",
    offer_subject: "Lösungsvorschläge zu [PROJEKT]",
    offer_intro_terms: "damit wir uns einigen, wie es mit [PROJEKT] weitergeht, biete ich Ihnen folgende Möglichkeiten an:",
    offer_intro_owed: "um unsere Meinungsverschiedenheit über [PROJEKT] beizulegen, biete ich Ihnen – ohne Anerkennung einer Rechtspflicht und ohne damit anzuerkennen, dass Ihre Beanstandungen berechtigt sind – folgende Lösungen zur Auswahl an:",
    offer_deadline: "Bitte teilen Sie mir bis zum {0} mit, für welchen Vorschlag Sie sich entscheiden; bis dahin halte ich die Vorschläge aufrecht, danach gelten sie nicht mehr.",
    offer_settles: "[FALLS ZUTREFFEND: Mit der Annahme und Umsetzung eines Vorschlags sind die offenen Punkte zu [PROJEKT] abschließend geklärt.]",
    offer_settles_complaints: "[FALLS ZUTREFFEND: Mit der Annahme und Umsetzung eines Vorschlags sind Ihre Beanstandungen zu [PROJEKT] einschließlich etwaiger Mängelansprüche abschließend abgegolten.]",
    offer_discount_paid_by: "[FALLS ZUTREFFEND: Ein Nachlass gilt nur, wenn der verbleibende Rechnungsbetrag bis zum [ZAHLUNGSDATUM] bei mir eingeht.]",
    sign_off: "Mit freundlichen Grüßen",
    meeting_date: "Datum des Gesprächs",
    participants: "Beteiligte",
    chosen_option: "Vereinbarte Lösung",
    client_chose: "Diesen Vorschlag hat der Kunde gewählt",
    deadlines: "Termine",
    next_steps: "Nächste Schritte",
    legal_note: "Ob und wann du kündigen kannst, hängt von eurer Vereinbarung und vom geltenden Recht ab. Gilt deutsches Recht, kannst du als Auftragnehmer einen Werkvertrag ohne besondere Vereinbarung nur aus wichtigem Grund kündigen (§ 648a BGB), einen Dienstvertrag in der Regel mit Frist. Bei einem Werkvertrag ohne Kündigungsklausel ist die einvernehmliche Beendigung (Schreiben 1) deshalb oft der sicherere Weg. Der Zusatz „hilfsweise zum nächstmöglichen Zeitpunkt“ fängt nur eine falsch berechnete Frist auf. Lass die Schreiben im Zweifel vor dem Absenden anwaltlich prüfen, auch ob du Ergebnisse erst nach Zahlung herausgeben darfst.",
    legal_note_small: "Auch ein kleiner Auftrag ohne unterschriebenen Vertrag ist ein Vertrag, meist ein Werkvertrag. Gilt deutsches Recht, kannst du ihn als Auftragnehmer einseitig nur aus wichtigem Grund kündigen (§\u{a0}648a BGB). Schlag deshalb vor, ihn einvernehmlich mit dem heutigen Stand abzuschließen. Lass das Schreiben im Zweifel anwaltlich prüfen.",
    small_heading: "Schreiben: Vorschlag, den Auftrag mit dem heutigen Stand abzuschließen",
    small_subject: "Unser Auftrag {0} – Vorschlag zum Abschluss",
    small_proposal: "ich schlage Ihnen vor, unseren Auftrag {0} einvernehmlich mit dem heutigen Stand abzuschließen: Ich übergebe Ihnen die bis heute erstellten Ergebnisse und erbringe danach keine weiteren Leistungen aus diesem Auftrag.",
    small_invoice: "Über die bis heute erbrachten Leistungen erhalten Sie eine Schlussrechnung.",
    small_settle_advance: "Über die bis heute erbrachten Leistungen erhalten Sie eine Schlussabrechnung, in der ich Ihre Vorauszahlung verrechne. Ein danach verbleibendes Guthaben erstatte ich Ihnen; etwaige eigene Ansprüche behalte ich mir vor.",
    legal_note_for_cause: "Ob eine fristlose Kündigung wirksam ist, hängt davon ab, ob der Grund schwer genug wiegt – das ist eine Frage des Einzelfalls. Der Zusatz „hilfsweise fristgerecht zum nächstmöglichen Zeitpunkt“ kann dafür sorgen, dass die Kündigung wenigstens als ordentliche (fristgerechte) Kündigung wirkt – aber nur, wenn eine ordentliche Kündigung überhaupt möglich ist. Gilt deutsches Recht, ist sie das bei einem Werkvertrag für dich als Auftragnehmer meist nicht. Lass das Schreiben vorher von einer Anwältin oder einem Anwalt prüfen.",
    fill_in: "Bevor du ein Schreiben abschickst: Ersetze alles in eckigen Klammern, etwa {0}. Kennst du deinen Ansprechpartner, ersetze auch die Anrede, etwa durch „Sehr geehrter Herr Keller,“.",
    fill_in_optional: "Sätze mit [FALLS ZUTREFFEND: …] oder [NUR NACH PRÜFUNG: …] übernimmst du ohne Klammer und Hinweis oder streichst sie.",
    if_applicable: "[FALLS ZUTREFFEND:",
    only_if_checked: "[NUR NACH PRÜFUNG:",
    blank: "[…]",
    blank_chosen: "[GEWÄHLTER VORSCHLAG]",
    blank_name: "[NAME DES KUNDEN]",
    blank_sender: "[VOR- UND NACHNAME DES ABSENDERS]",
    blank_sender_block: "[NAME UND ANSCHRIFT DES ABSENDERS]",
    blank_sender_block_safe: "[NAME UND GESCHÄFTS- ODER POSTANSCHRIFT DES ABSENDERS – NICHT DIE PRIVATANSCHRIFT, WENN DER KUNDE SIE NICHT KENNT]",
    blank_address: "[ANSCHRIFT DES KUNDEN]",
    blank_place_date: "[ORT], [DATUM]",
    blank_date: "[DATUM]",
    blank_reply_by: "[DATUM DER ANTWORTFRIST, etwa eine Woche ab heute]",
    blank_end_date: "[DATUM DES VERTRAGSENDES]",
    blank_reference: "[vom DATUM]",
    blank_contact: "[ANSPRECHPARTNER UND E-MAIL-ADRESSE]",
    blank_email: "[E-MAIL-ADRESSE]",
    letter_heading: "Kündigungsschreiben",
    letters_heading: "Angaben für die Schreiben",
    notice_heading: "Schreiben 2: Kündigung, falls der Kunde nicht zustimmt",
    contract_reference: "Vereinbarung, z.\u{a0}B. „vom 2.\u{a0}März 2026“ oder „Nr.\u{a0}17“",
    end_date: "Datum, zu dem der Vertrag enden soll",
    letter_subject: "Kündigung unseres Vertrags {0}",
    letter_subject_for_cause: "Fristlose Kündigung unseres Vertrags {0}",
    letter_notice: "hiermit kündige ich unseren Vertrag {0} fristgerecht zum {1}, hilfsweise zum nächstmöglichen Zeitpunkt.",
    letter_notice_for_cause: "hiermit kündige ich unseren Vertrag {0} fristlos aus wichtigem Grund, hilfsweise fristgerecht zum nächstmöglichen Zeitpunkt.",
    letter_until_end: "Bis dahin erbringe ich die Leistungen im vereinbarten Umfang.",
    letter_until_end_open: "Bis dahin erbringe ich die vereinbarten Leistungen.",
    letter_handover: "[FALLS ZUTREFFEND: Zum Vertragsende übergebe ich Ihnen die bis dahin erstellten Arbeitsergebnisse, die Ihnen nach unserer Vereinbarung zustehen, und gegebenenfalls die Zugangsdaten zu Ihren Konten.]",
    // Only work results against payment: holding back the client's own access data would
    // escalate and is legally doubtful (editor, round 6).
    letter_handover_after_payment: "[FALLS ZUTREFFEND: Die bis dahin erstellten Arbeitsergebnisse übergebe ich Ihnen nach Maßgabe unserer Vereinbarung.] [NUR NACH PRÜFUNG: Die Übergabe der Arbeitsergebnisse erfolgt Zug um Zug gegen Zahlung der Schlussrechnung.] [FALLS ZUTREFFEND: Die Zugangsdaten zu Ihren Konten erhalten Sie zum Vertragsende.]",
    letter_invoice: "Über die bis zum Vertragsende erbrachten Leistungen erhalten Sie eine Schlussrechnung.",
    letter_invoice_for_cause: "Über die bis zum Vertragsende erbrachten Leistungen erhalten Sie eine Schlussrechnung.",
    letter_rights: "[FALLS ZUTREFFEND: Die Nutzungsrechte an den übergebenen Ergebnissen richten sich nach unserer Vereinbarung.]",
    letter_confirm: "Bitte bestätigen Sie mir schriftlich den Eingang dieser Kündigung und das Vertragsende.",
    letter_contact: "Fragen zur Abwicklung richten Sie bitte schriftlich an {0}.",
    letter_in_writing: "Bitte wenden Sie sich ab sofort nur noch schriftlich an mich: {0}.",
    letter_thanks: "Vielen Dank für die Zusammenarbeit.",
    mutual_heading: "Schreiben 1: Vorschlag, den Vertrag einvernehmlich zu beenden",
    mutual_subject: "Vorschlag zur einvernehmlichen Beendigung unseres Vertrags {0}",
    mutual_proposal: "ich schlage Ihnen vor, unseren Vertrag {0} einvernehmlich zum {1} zu beenden.",
    mutual_confirm: "Wenn Sie einverstanden sind, bestätigen Sie mir das bitte bis zum {0} schriftlich.",
    letter_settle_advance: "Über die bis zum Vertragsende erbrachten Leistungen erhalten Sie eine Schlussabrechnung, in der ich Ihre Vorauszahlung verrechne. Ein danach verbleibendes Guthaben erstatte ich Ihnen; etwaige eigene Ansprüche behalte ich mir vor.",
    letter_settle_advance_for_cause: "Über die bis zum Vertragsende erbrachten Leistungen erhalten Sie eine Schlussabrechnung, in der ich Ihre Vorauszahlung verrechne. Ein danach verbleibendes Guthaben erstatte ich Ihnen; etwaige eigene Ansprüche behalte ich mir vor.",
    legal_note_claim: "Die Arbeit ist geliefert; kündigen musst du nichts mehr. Offen ist vor allem das Geld – etwaige Mängelrechte des Kunden bestehen aber weiter. Gilt deutsches Recht, ist die Vergütung bei einem Werkvertrag in der Regel erst mit der Abnahme fällig; rügt der Kunde Mängel, darf er unter Umständen einen Teil zurückhalten. Ist die Rechnung fällig, kommt ein Geschäftskunde spätestens 30 Tage nach Fälligkeit und Zugang der Rechnung in Verzug, ein Verbraucher auf diesem Weg nur, wenn die Rechnung darauf hinweist (§\u{a0}286 Abs.\u{a0}3 BGB). Eine Zahlungserinnerung mit festem Datum (rechtlich eine Mahnung) schafft Klarheit. Bleibt der Betrag offen, sind das gerichtliche Mahnverfahren (online unter online-mahnantrag.de) oder ein Inkassobüro die üblichen Wege. Bestreitet der Kunde die Leistung, lass dich vorher beraten.",
    claim_heading: "Schreiben: Zahlungserinnerung",
    claim_subject: "Zahlungserinnerung: Rechnung [RECHNUNGSNUMMER] zu unserem Auftrag {0}",
    claim_amount: "die Arbeiten aus unserem Auftrag {0} habe ich abgeschlossen und geliefert. Aus meiner Rechnung [RECHNUNGSNUMMER] vom [RECHNUNGSDATUM] ist noch ein Betrag von [BETRAG] offen.",
    claim_deadline: "Bitte überweisen Sie diesen Betrag bis zum [ZAHLUNGSDATUM, etwa zwei Wochen ab heute] auf das in der Rechnung genannte Konto.",
    claim_offer_lapsed: "[FALLS ZUTREFFEND: Mein Einigungsangebot vom [DATUM] haben Sie nicht angenommen; es gilt nicht mehr.]",
    claim_next: "Ist der Betrag bis dahin nicht eingegangen, leite ich ohne erneute Ankündigung weitere Schritte ein, um ihn einzufordern.",
    legal_note_close: "Die Arbeit ist geliefert und bezahlt; kündigen musst du nichts mehr: Das Schreiben schließt den Auftrag ab. Deine Pflicht, echte Mängel zu beheben, endet damit nicht: Sie gilt so lange, wie Vertrag oder Gesetz es vorsehen (Gewährleistungsfrist). Lass das Schreiben im Zweifel vor dem Absenden prüfen.",
    close_heading: "Schreiben: Abschluss des Auftrags",
    close_subject: "Abschluss unseres Auftrags {0}",
    close_done: "die Arbeiten aus unserem Auftrag {0} sind abgeschlossen, geliefert und bezahlt.",
    close_defects: "[FALLS ZUTREFFEND: Sollte sich innerhalb der Gewährleistungsfrist ein Mangel an meiner Leistung zeigen, teilen Sie mir das bitte schriftlich mit.]",
    end_contact_heading: "Schreiben: Ende des Kontakts",
    no_new_orders: "Weitere Aufträge kann ich für Sie nicht übernehmen.",
    document_heading: "Plan „{0}“ zum Kopieren, Herunterladen oder Drucken",
    copy: "Plan kopieren",
    copied: "Der Plan ist in der Zwischenablage.",
    copy_failed: "Kopieren ist hier nicht erlaubt. Markiere den Text des Plans und kopiere ihn von Hand.",
    download: "Plan herunterladen (Textdatei)",
    print: "Plan drucken",
};
