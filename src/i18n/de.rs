use super::{AnswerText, GapText, PlanTexts, QuestionText, StrategyText, Templates, Texts};
use crate::core::model::{Refusal, Rule};
use crate::core::{Gap, QuestionId, Strategy};

pub const TEXTS: Texts = Texts {
    lang_name: "Deutsch",
    widget_title: "Schwieriger Kunde: abschalten, vermitteln oder beenden?",
    intro_lead: "Beantworte kurze Fragen zu einem schwierigen Kunden. Du bekommst eine Empfehlung – abschalten, vermitteln oder die Zusammenarbeit beenden –, die Gründe dafür und einen konkreten Plan.",
    intro_privacy: "Dieses Werkzeug überträgt nichts: Deine Antworten werden nur in diesem Browser gespeichert, auf diesem Gerät.",
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
    back_to_review: "Zurück zu meinen Antworten",
    result_kicker: "Empfehlung",
    first_step: "Dein erster Schritt",
    scores_title: "Anteil jedes Wegs am Gewicht deiner Antworten (zusammen 100\u{a0}%)",
    why_title: "Warum",
    against_title: "Was dagegen spricht",
    gaps_title: "Vorbeugen: Was du beim nächsten Kunden vorher klärst",
    gaps_none: "Vertrag, Aufgabe, Deadlines, Zwischenschritte und Zielgruppe sind geklärt. Halte es beim nächsten Kunden genauso.",
    plan_title: "Deine nächsten Schritte",
    restart: "Neu beginnen",
    switch_language: "English",
    switch_failed: "Die englische Fassung konnte nicht geladen werden. Prüfe deine Verbindung und versuche es noch einmal.",
    storage_unavailable: "Dieser Browser erlaubt kein Speichern. Die Einschätzung funktioniert trotzdem, aber deine Antworten gehen verloren, sobald du die Seite schließt.",
    storage_reset: "Deine gespeicherten Antworten konnten nicht gelesen werden, deshalb beginnt die Einschätzung von vorn. Die Daten sind als Sicherung aufbewahrt – du kannst sie herunterladen.",
    storage_unreadable_kept: "Deine gespeicherten Antworten konnten nicht gelesen werden, und dieser Browser hat keinen Platz für eine Sicherung. Deshalb bleiben sie, wie sie sind, und nichts, was du hier änderst, wird gespeichert. Lade sie hier herunter; „Alle Daten löschen“ unter „Meine Kunden & Daten“ entfernt sie, dann kannst du neu beginnen.",
    storage_full: "Der Speicher deines Browsers ist voll, deshalb wurde die letzte Änderung nicht gespeichert. Das Widget läuft weiter und versucht es bei deiner nächsten Antwort erneut.",
    storage_newer: "Eine neuere Version dieses Werkzeugs hat Daten in diesem Browser gespeichert. Lade die Seite neu, um zu aktualisieren – bis dahin wird hier nichts gespeichert.",
    storage_too_large: "Deine gespeicherten Daten sind zu groß für diesen Browser geworden, deshalb wurde die letzte Änderung nicht gespeichert. Exportiere deine Daten und lösche dann Kunden, die du nicht mehr brauchst.",
    download_backup: "Unlesbare Daten herunterladen",
    my_data: "Meine Kunden & Daten",
    nothing_stored: "Noch ist nichts gespeichert. Hier kannst du einen früheren Export importieren.",
    clients_title: "Kunden wählen",
    client_label: "Für welchen Kunden? (optional)",
    client_hint: "Der Name erscheint in deinen Schreiben an den Kunden.",
    client_add: "Weiteren Kunden anlegen",
    client_delete: "Diesen Kunden löschen",
    confirm_yes: "Ja, löschen",
    cancel: "Abbrechen",
    history_title: "Frühere Einschätzungen",
    history_empty: "Für diesen Kunden gibt es noch keine abgeschlossene Einschätzung.",
    history_lead: "Der Anteil sagt, wie stark deine Antworten für diesen Weg sprachen; alle drei ergeben zusammen 100\u{a0}%. Öffne einen Eintrag, um das Ergebnis und den Plan noch einmal zu sehen.",
    back_to_start: "Zurück zum Anfang",
    data_title: "Deine Daten",
    data_note: "Deine Daten liegen nur in diesem Browser. Alle, die diesen Browser nutzen, können sie lesen, ebenso andere Skripte dieser Website – und die können Gelesenes weiterschicken.",
    export: "Alles exportieren (JSON)",
    import: "Datei importieren",
    delete_all: "Alle Daten löschen",
    confirm_delete_all: "Alle Kunden und Einschätzungen in diesem Browser löschen? Exportiere sie vorher, wenn du eine Kopie behalten willst.",
    data_kept: "Dieser Browser hat zugesagt, sie zu behalten, bis du sie löschst.",
    data_may_go: "Der Browser kann sie löschen, etwa wenn der Speicher knapp wird. Safari löscht sie außerdem, wenn du Safari an sieben Tagen nutzt, ohne diese Website zu verwenden. Öffnest du diese Seite über den Home-Bildschirm, behält sie dort ihre Daten – startet aber ohne das, was du in Safari gespeichert hast. Exportiere deine Daten, um eine Kopie zu behalten.",
    reminder_title: "Erinnere mich, erneut zu prüfen",
    reminder_lead: "Wähle unten einen Termin und lade die Kalenderdatei (.ics) herunter. Öffne sie mit deiner Kalender-App, dann kann dich die App an dem Tag um 9 Uhr erinnern. Die Datei entsteht in deinem Browser; dieses Werkzeug überträgt nichts.",
    reminder_with_name: "Den Kunden in der Erinnerung nennen",
    reminder_unnamed: "Schwieriger Kunde",
    in_1_week: "In 1 Woche",
    in_2_weeks: "In 2 Wochen",
    in_4_weeks: "In 4 Wochen",
    copy_offer: "Deine Einschätzungen liegen nur in diesem Browser. Speichere eine Kopie als Datei, damit du sie noch hast, falls der Browser sie löscht.",
    copy_offer_save: "Kopie exportieren (JSON)",
    copy_offer_close: "Nicht jetzt",
    with: TEMPLATES,
};

const TEMPLATES: Templates = Templates {
    intro_length: "{0} kurze Fragen, etwa drei bis fünf Minuten.",
    progress: "Frage {0} von {1}",
    share: "{0}\u{a0}%",
    close_call: "Knappe Entscheidung: „{0}“ liegt vorn, aber „{1}“ ist nicht weit dahinter. Lies beide Pläne und entscheide, was besser passt.",
    second_plan_title: "Zum Vergleich: der Plan „{0}“",
    client_numbered: "Kunde {0}",
    unnamed_as: "Ohne Namen steht dieser Kunde als „{0}“ in der Liste.",
    confirm_delete_client: "„{0}“ mit allen Einschätzungen löschen?",
    history_entry: "{0}: {1} – {2} vom Gewicht deiner Antworten",
    past_title: "Frühere Einschätzung vom {0} – nur zum Lesen",
    trend_rising: "{0}: Der Anteil ist bei den letzten drei Einschätzungen gestiegen.",
    trend_falling: "{0}: Der Anteil ist bei den letzten drei Einschätzungen gesunken.",
    import_done_one: "Importiert: 1 Kunde. Nichts wurde überschrieben, die Verläufe wurden zusammengeführt.",
    import_done: "Importiert: {0} Kunden. Nichts wurde überschrieben, die Verläufe wurden zusammengeführt.",
    import_unreadable: "Die Datei konnte nicht gelesen werden ({0}). Nichts wurde geändert.",
    import_too_large: "Die Datei ist zu groß für einen Export dieses Widgets ({0}). Nichts wurde geändert.",
    import_newer: "Die Datei stammt aus einer neueren Version dieses Widgets ({0}). Nichts wurde geändert.",
    import_invalid: "Die Datei ist kein gültiger Export: {0}. Nichts wurde geändert.",
    last_export: "Letzter Export: {0}.",
    never_exported: "Noch nicht exportiert.",
    trend_chart: "Anteil jedes Wegs in {0} Einschätzungen vom {1} bis {2}: {3}.",
    trend_series: "{0} von {1}\u{a0}% auf {2}\u{a0}%",
    reminder_summary: "{0}: Einschätzung wiederholen",
    reminder_description: "Beim letzten Mal lautete die Empfehlung „{0}“. Beantworte die Fragen noch einmal und sieh nach, ob sich etwas verändert hat.",
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
            "Worum geht es in dem Konflikt vor allem?",
            &[
                t!(
                    "Um einen konkreten Streit über die Arbeit – Qualität, Umfang, Preis oder Deadlines.",
                    "Es gibt einen konkreten Streit über die Arbeit, der beigelegt werden muss."
                ),
                t!(
                    "Um die Art oder Persönlichkeit des Kunden – die Arbeit selbst ist unstrittig.",
                    "Die Arbeit ist unstrittig – schwierig ist die Art des Kunden."
                ),
                t!(
                    "Um beides.",
                    "Es gibt Streit über die Arbeit, und die Art des Kunden macht es schwerer."
                ),
            ],
        ),
        QuestionId::Satisfiable => (
            "Könnte irgendeine Leistung diesen Kunden je zufriedenstellen?",
            &[
                t!(
                    "Ja – die Kritik zeigt echte Schwachstellen meiner Arbeit.",
                    "Du glaubst, dass sich der Kunde zufriedenstellen lässt – seine Kritik zeigt Schwachstellen, die du beheben kannst."
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
                    "Mit der Arbeit ist er zufrieden; schwierig ist, wie er mit mir umgeht.",
                    "Mit deiner Arbeit ist der Kunde zufrieden – schwierig ist, wie er mit dir umgeht."
                ),
                t!(
                    "Nein – ihm ist nichts gut genug.",
                    "Du glaubst, keine Leistung würde diesen Kunden je zufriedenstellen – es liegt nicht an deiner Arbeit."
                ),
            ],
        ),
        QuestionId::Toll => (
            "Wie sehr setzt dir dieser Kunde zu?",
            &[
                t!(
                    "Kaum – nach Feierabend kann ich abschalten.",
                    "Nach Feierabend kannst du abschalten."
                ),
                t!(
                    "Er nervt mich, während ich an seinem Projekt arbeite.",
                    "Der Kunde nervt dich bei der Arbeit an seinem Projekt."
                ),
                t!(
                    "Er geht mir auch nach Feierabend nicht aus dem Kopf.",
                    "Der Kunde geht dir auch nach Feierabend nicht aus dem Kopf."
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
                    "Die Fronten sind verhärtet, wir reden kaum noch.",
                    "Die Fronten sind verhärtet."
                ),
            ],
        ),
        QuestionId::Fairness => (
            "Ist an der Kritik des Kunden etwas dran?",
            &[
                t!(
                    "Ja, größtenteils.",
                    "Die Kritik ist größtenteils berechtigt."
                ),
                t!(
                    "Teilweise – ich könnte ihm entgegenkommen.",
                    "Ein Teil der Kritik ist berechtigt – ein Kulanzangebot könnte den Streit entschärfen."
                ),
                t!("Kaum.", "An der Kritik ist kaum etwas dran."),
                t!("Gar nicht.", "An der Kritik ist nichts dran."),
                t!(
                    "Er kritisiert die Arbeit nicht.",
                    "Der Kunde kritisiert deine Arbeit nicht."
                ),
            ],
        ),
        QuestionId::Offer => (
            "Hast du dem Kunden konkrete Lösungsvorschläge zur Auswahl vorgelegt?",
            &[
                t!(
                    "Ja, und er hat einen angenommen.",
                    "Du hast Lösungsvorschläge vorgelegt und der Kunde hat einen angenommen."
                ),
                t!(
                    "Noch nicht.",
                    "Du hast dem Kunden noch keine Liste mit Lösungsvorschlägen vorgelegt."
                ),
                t!(
                    "Ja, aber er reagiert nicht, zögert die Entscheidung hinaus oder hält sich nicht an die Einigung.",
                    "Der Kunde reagiert nicht auf deine Lösungsvorschläge, zögert die Entscheidung hinaus oder hält sich nicht an die Einigung."
                ),
                t!(
                    "Ja, und er hat jeden abgelehnt.",
                    "Du hast Lösungsvorschläge vorgelegt und der Kunde hat jeden abgelehnt."
                ),
                t!(
                    "Es gibt nichts Konkretes zu verhandeln.",
                    "Es gibt nichts Konkretes zu verhandeln."
                ),
            ],
        ),
        QuestionId::Talk => (
            "Habt ihr das Problem am Telefon oder persönlich besprochen?",
            &[
                t!("Ja, und es hat geholfen.", "Das Gespräch hat geholfen."),
                t!(
                    "Noch nicht – bisher nur schriftlich.",
                    "Über dieses Problem habt ihr bisher nur geschrieben; ein Gespräch wurde noch nicht versucht."
                ),
                t!(
                    "Ja, aber es hat sich nichts geändert.",
                    "Ihr habt gesprochen und es hat sich nichts geändert."
                ),
                t!(
                    "Der Kunde verweigert das Gespräch.",
                    "Der Kunde verweigert das Gespräch."
                ),
                t!(
                    "Es gibt nichts Konkretes zu besprechen.",
                    "Es gibt nichts Konkretes zu besprechen."
                ),
            ],
        ),
        QuestionId::TimeDrain => (
            "Wie viel deiner Zeit beansprucht der Kunde im Vergleich zu dem, was er bezahlt?",
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
            "Ist das, was du an diesem Kunden verdienst, die Belastung noch wert?",
            &[
                t!(
                    "Eindeutig ja.",
                    "Was du verdienst, wiegt die Belastung noch klar auf."
                ),
                t!(
                    "Gerade noch.",
                    "Was du verdienst, wiegt die Belastung gerade noch auf."
                ),
                t!(
                    "Eigentlich nicht.",
                    "Was du verdienst, wiegt die Belastung eigentlich nicht mehr auf."
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
                t!(
                    "Nicht nötig – es ist ein kleiner einmaliger Auftrag.",
                    "Es ist ein kleiner einmaliger Auftrag ohne Vertrag."
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
                t!(
                    "Nicht nötig – der Auftrag ist klein und eindeutig.",
                    "Der Auftrag ist auch ohne schriftliche Beschreibung klein und eindeutig."
                ),
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
            "Gibt es vereinbarte Zwischenschritte, die der Kunde abnimmt?",
            &[
                t!(
                    "Ja, jeder wird schriftlich abgenommen.",
                    "Zwischenschritte werden schriftlich abgenommen."
                ),
                t!("Nur informell.", "Zwischenschritte gibt es nur informell."),
                t!(
                    "Nein – alles wird am Ende geliefert.",
                    "Es gibt keine Zwischenschritte, alles kommt erst am Ende."
                ),
                t!(
                    "Nicht nötig – der Auftrag ist zu klein.",
                    "Der Auftrag ist zu klein für Zwischenschritte."
                ),
            ],
        ),
        QuestionId::TargetGroup => (
            "Ist das ein Kunde, für den du arbeiten willst?",
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
                    "Nein, er liegt außerhalb meiner Zielgruppe.",
                    "Der Kunde liegt außerhalb der Zielgruppe, die du willst."
                ),
                t!(
                    "Ich habe meine Zielgruppe noch nicht festgelegt.",
                    "Du hast deine Zielgruppe noch nicht festgelegt."
                ),
            ],
        ),
        QuestionId::Duration => (
            "Seit wann ist es schwierig?",
            &[
                t!(
                    "Seit ein paar Tagen.",
                    "Die Schwierigkeit besteht erst seit ein paar Tagen."
                ),
                t!(
                    "Seit ein paar Wochen.",
                    "Es geht schon seit ein paar Wochen so."
                ),
                t!(
                    "Seit Monaten – anfangs lief es gut.",
                    "Anfangs lief es gut, aber seit Monaten ist es schwierig."
                ),
                t!("Vom ersten Tag an.", "Es war vom ersten Tag an schwierig."),
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
            summary: "Das Problem liegt weniger an deiner Arbeit als an diesem Kunden – versuche, es nicht persönlich zu nehmen. Blende den Ärger bewusst aus und biete trotzdem, so gut es geht, Lösungen an.",
            plan: &[
                "Trenne Sache und Ton: Notiere, welche Kritikpunkte die Arbeit betreffen, und lass den Rest los.",
                "Bearbeite die Nachrichten dieses Kunden nur zu festen Zeiten – dazwischen bleibt das Postfach zu.",
                "Antworte weiterhin sachlich und biete Lösungen an – Abschalten heißt nicht Ignorieren.",
                "Sprich mit jemandem, dem du vertraust, statt es mit dir herumzutragen.",
                "Wiederhole die Einschätzung in zwei Wochen – früher, wenn dich der Kunde Schlaf kostet.",
            ],
        },
        Strategy::Mediate => StrategyText {
            name: "Vermitteln",
            summary: "Hier lässt sich noch eine Einigung finden – eher im Gespräch als mit weiterem Hin und Her per E-Mail. Leg dem Kunden eine kurze Liste mit Lösungsvorschlägen vor, darunter ein kleines Kulanzangebot, besprich sie am Telefon oder persönlich – und halte die Einigung schriftlich fest.",
            plan: &[
                "Argumentiere nicht weiter per E-Mail: Wenn die Fronten verhärtet sind, bringt das selten etwas.",
                "Schreib zwei bis vier konkrete Lösungsvorschläge auf, aus denen der Kunde wählen kann – einer davon ein kleines Kulanzangebot.",
                "Schlag ein Telefonat oder ein Treffen vor, um die Vorschläge gemeinsam durchzugehen – vielen fällt eine Einigung im Gespräch leichter als per E-Mail.",
                "Halte direkt nach dem Gespräch schriftlich fest, was vereinbart wurde – Datum, Beteiligte, gewählter Vorschlag, Deadlines, nächste Schritte – und schick es dem Kunden.",
                "Leg für den Rest des Projekts Aufgabe, Deadlines und Zwischenschritte schriftlich fest.",
            ],
        },
        Strategy::Terminate => StrategyText {
            name: "Beenden",
            summary: "Dieser Kunde kostet dich mehr Zeit und Kraft, als er dir bringt. Tu dir selbst einen Gefallen und beende die Zusammenarbeit sauber – egal, wie viel er bezahlt: Niemand kann dich kaufen.",
            plan: &[
                "Entscheide dich und lass dich nicht vom Honorar umstimmen: Kein Geld ist es wert, sich fertigmachen zu lassen.",
                "Prüfe, was ihr vereinbart habt (Vertrag, Angebot oder E-Mails): Kündigungsfristen, offene Leistungen und wer welche Nutzungsrechte an den Ergebnissen bekommt.",
                "Schließ Vereinbartes ab oder übergib es und stell die Schlussrechnung für die geleistete Arbeit.",
                "Kündige schriftlich mit Bezug auf eure Vereinbarung – sachlich und ohne emotionale Worte.",
                "Bewahre alle Unterlagen auf: E-Mails, Vereinbarungen, Rechnungen.",
                "Schärfe danach deine Zielgruppe und deine Bedingungen, damit du solche Kunden früher erkennst.",
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
            missing: "Die Aufgabe ist nicht genau beschrieben.",
            fix: "Beschreibe schriftlich genau, was geliefert wird – und was nicht.",
        },
        Gap::Deadlines => GapText {
            missing: "Keine festen Deadlines.",
            fix: "Vereinbare schriftlich Deadlines – für deine Lieferungen und für das, was der Kunde zuliefern muss (Texte, Bilder, Feedback).",
        },
        Gap::Milestones => GapText {
            missing: "Keine abgenommenen Zwischenschritte.",
            fix: "Teile die Arbeit in Zwischenschritte, die der Kunde einzeln abnimmt.",
        },
        Gap::TargetGroup => GapText {
            missing: "Zielgruppe unklar, oder der Kunde passt nicht hinein.",
            fix: "Leg vor dem nächsten Projekt fest, wen du als Kunden willst, und prüfe neue Anfragen daran.",
        },
    }
}

pub fn rule(rule: Rule) -> &'static str {
    match rule {
        Rule::Threats => {
            "Der Kunde droht dir oder belästigt dich. Das muss niemand hinnehmen, egal, wie viel er bezahlt: Beende die Zusammenarbeit, dokumentiere alles, triff dich nicht allein mit dem Kunden und hol dir im Zweifel rechtlichen Rat."
        }
        Rule::MediationRefusedAndTimeDrain(Refusal::Offer) => {
            "Der Kunde hat jeden deiner Lösungsvorschläge abgelehnt und beansprucht deutlich mehr Zeit, als er bezahlt. Für genau diesen Fall rät der Artikel zum Beenden."
        }
        Rule::MediationRefusedAndTimeDrain(Refusal::Talk) => {
            "Der Kunde verweigert das Gespräch über das Problem und beansprucht deutlich mehr Zeit, als er bezahlt. Für genau diesen Fall rät der Artikel zum Beenden."
        }
        Rule::MediationRefusedAndTimeDrain(Refusal::Both) => {
            "Der Kunde hat jeden Lösungsvorschlag abgelehnt, verweigert das Gespräch und beansprucht deutlich mehr Zeit, als er bezahlt. Für genau diesen Fall rät der Artikel zum Beenden."
        }
    }
}

pub const PLAN: PlanTexts = PlanTexts {
    steps_heading: "Schritte",
    revisit_heading: "Wann du die Einschätzung wiederholst",
    revisit: "Mach die Einschätzung in zwei Wochen noch einmal – oder sofort, wenn dir der Kunde den Schlaf raubt oder es schlimmer wird. Empfiehlt sie dann „Beenden“, bekommst du dort den passenden Plan.",
    options_heading: "Lösungsvorschläge, aus denen der Kunde wählen kann",
    options_for: "Lösungsvorschläge für {0} zur Auswahl",
    options_for_unnamed: "Lösungsvorschläge für den Kunden zur Auswahl",
    goodwill_default: "Kulanzangebot: eine zusätzliche Korrekturschleife ohne Berechnung",
    second_option_default: "Die vereinbarte Aufgabe bis zu einer neuen, festen Deadline fertigstellen",
    option_label: "Vorschlag {0}",
    add_option: "Vorschlag hinzufügen",
    remove_option: "Vorschlag {0} entfernen",
    prepare_options: "Lösungsvorschläge und schriftliche Zusammenfassung vorbereiten",
    prepare_letter: "Kündigungsschreiben vorbereiten",
    talk_heading: "Leitfaden für das Gespräch",
    talk_guide: &[
        "Steig ruhig ein: Du willst eine Lösung, mit der beide Seiten leben können.",
        "Lass den Kunden seine Sicht schildern und fasse sie in einem Satz zusammen.",
        "Leg die Vorschläge auf den Tisch und lass den Kunden wählen.",
        "Vereinbare, wer was bis wann erledigt.",
        "Sag zu, dass du noch heute eine kurze schriftliche Zusammenfassung schickst.",
    ],
    record_heading: "Schriftliche Zusammenfassung (nach dem Gespräch senden)",
    // "Guten Tag" fits a company and a single person alike, without guessing a gender.
    record_greeting: "Guten Tag,",
    record_greeting_unnamed: "Guten Tag,",
    record_intro: "wie besprochen fasse ich unser Gespräch kurz zusammen, damit wir beide auf demselben Stand sind:",
    record_closing: "Bitte geben Sie mir innerhalb von drei Werktagen Bescheid, falls Sie etwas davon anders verstanden haben.",
    sign_off: "Mit freundlichen Grüßen",
    sender: "(Name)",
    letter_sender: "(Name, Unterschrift)",
    letter_date: "(Ort, Datum)",
    meeting_date: "Datum des Gesprächs",
    participants: "Beteiligte",
    chosen_option: "Gewählter Vorschlag",
    client_chose: "Diesen Vorschlag hat der Kunde gewählt",
    deadlines: "Deadlines",
    next_steps: "Nächste Schritte",
    checklist_heading: "Checkliste zum Abschluss",
    exit_checklist: &[
        "Vereinbartes abschließen oder mit Dateien und Zugangsdaten übergeben.",
        "Die Schlussrechnung für die geleistete Arbeit stellen.",
        "Schriftlich kündigen, mit Bezug auf eure Vereinbarung und – falls vorhanden – die darin genannte Kündigungsfrist.",
        "Alle Unterlagen aufbewahren: Vertrag oder Angebot, E-Mails, Vereinbarungen, Rechnungen.",
        "Sachlich schreiben, Vorwürfe und emotionale Worte weglassen.",
    ],
    legal_note: "Eine Kündigung ist ein rechtlicher Schritt. Nach deutschem Recht kannst du zum Beispiel einen Werkvertrag als Auftragnehmer in der Regel nur aus wichtigem Grund vorzeitig kündigen (§\u{a0}648a BGB). Ob und mit welcher Frist du kündigen kannst, hängt von eurem Vertrag ab. Lass die Kündigung im Zweifel von einer Anwältin oder einem Anwalt prüfen, bevor du sie abschickst – dieser Plan ist keine Rechtsberatung.",
    letter_heading: "Kündigungsschreiben",
    contract_reference: "Vereinbarung, z.\u{a0}B. „vom 2.\u{a0}März 2026“ oder „Nr.\u{a0}17“",
    end_date: "Kündigung zum (Datum)",
    letter_subject: "Kündigung unserer Vereinbarung",
    letter_greeting: "Guten Tag,",
    letter_greeting_unnamed: "Guten Tag,",
    letter_notice: "hiermit kündige ich unsere Vereinbarung {0} zum {1}.",
    letter_body: &[
        "Bis dahin schließe ich die laufenden Arbeiten ab. Was bis dahin nicht fertig ist, übergebe ich Ihnen im erreichten Stand. Die Schlussrechnung für die geleistete Arbeit erhalten Sie gesondert.",
        "Vielen Dank für die Zusammenarbeit.",
    ],
    letter_sign_off: "Mit freundlichen Grüßen",
    letter_sign_off_unnamed: "Mit freundlichen Grüßen",
    to_fill: "(bitte ausfüllen)",
    document_heading: "Plan „{0}“ zum Kopieren, Herunterladen oder Drucken",
    copy: "Plan kopieren",
    copied: "Der Plan ist in der Zwischenablage.",
    copy_failed: "Kopieren ist hier nicht erlaubt. Markiere den Text des Plans und kopiere ihn von Hand.",
    download: "Plan herunterladen (Textdatei)",
    print: "Plan drucken",
};
