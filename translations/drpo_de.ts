<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Format</name>
    <message>
        <source>root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>human edit</source>
        <translation>manuelle Bearbeitung</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Auswähler</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>select criteria</source>
        <translation>Kriterien wählen</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>bewerten</translation>
    </message>
    <message>
        <source>optimize prompt</source>
        <translation>Prompt optimieren</translation>
    </message>
    <message>
        <source>rewrite example</source>
        <translation>Beispiel umschreiben</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antworten</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation>evaluieren</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>Einbettungsmodell</translation>
    </message>
    <message>
        <source>embed for retrieval</source>
        <translation>für die Suche einbetten</translation>
    </message>
</context>
<context>
    <name>drpo::ui::BeamTreePanel</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole tree</source>
        <translation>Den ganzen Baum zeigen</translation>
    </message>
    <message>
        <source>Follow latest</source>
        <translation>Neuestem folgen</translation>
    </message>
    <message>
        <source>Keep the newest node in view</source>
        <translation>Den neuesten Knoten im Blick behalten</translation>
    </message>
</context>
<context>
    <name>drpo::ui::BeamTreeView</name>
    <message>
        <source>Node %1 · level %2 · %3</source>
        <translation>Knoten %1 · Ebene %2 · %3</translation>
    </message>
    <message>
        <source>Reward %1 · path mean %2</source>
        <translation>Belohnung %1 · Pfadmittel %2</translation>
    </message>
    <message>
        <source>Kept in the beam</source>
        <translation>Im Beam behalten</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Ebene %1</translation>
    </message>
</context>
<context>
    <name>drpo::ui::CallLogModel</name>
    <message>
        <source>ok (%1)</source>
        <translation>ok (%1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 ein / %2 aus</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ChartWidget</name>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the drawing to %1.</source>
        <translation>Die Zeichnung konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ComparePanel</name>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <source>Prompt changes (struck through: removed; underlined: added)</source>
        <translation>Änderungen am Prompt (durchgestrichen: entfernt; unterstrichen: hinzugefügt)</translation>
    </message>
    <message>
        <source>Pick two nodes, or use &quot;Compare with parent&quot; in the inspector.</source>
        <translation>Wählen Sie zwei Knoten oder nutzen Sie „Mit Elternknoten vergleichen“ im Inspektor.</translation>
    </message>
    <message>
        <source>Reward %1 → %2</source>
        <translation>Belohnung %1 → %2</translation>
    </message>
    <message>
        <source> · left: level %1, %2 · right: level %3, %4</source>
        <translation> · links: Ebene %1, %2 · rechts: Ebene %3, %4</translation>
    </message>
    <message>
        <source>(no query answered by both)</source>
        <translation>(keine von beiden beantwortete Anfrage)</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>Belohnung %1</translation>
    </message>
</context>
<context>
    <name>drpo::ui::CriteriaModel</name>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>How many queries the selector chose this criterion for in the current run</source>
        <translation>Für wie viele Anfragen der Auswähler dieses Kriterium im aktuellen Lauf gewählt hat</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>What 5 and 1 mean</source>
        <translation>Was 5 und 1 bedeuten</translation>
    </message>
</context>
<context>
    <name>drpo::ui::CriteriaPanel</name>
    <message>
        <source>Dynamic: the selector picks criteria per query</source>
        <translation>Dynamisch: der Auswähler wählt Kriterien je Anfrage</translation>
    </message>
    <message>
        <source>Static: every enabled criterion for every query</source>
        <translation>Statisch: jedes aktive Kriterium für jede Anfrage</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Ein Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected criterion</source>
        <translation>Das gewählte Kriterium löschen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Always use this criterion for this query set</source>
        <translation>Dieses Kriterium für diesen Anfragensatz immer verwenden</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Never use this criterion for this query set</source>
        <translation>Dieses Kriterium für diesen Anfragensatz nie verwenden</translation>
    </message>
    <message>
        <source>Tell the judge what a 5 and a 1 mean for this criterion.</source>
        <translation>Sagen Sie dem Bewerter, was eine 5 und eine 1 bei diesem Kriterium bedeuten.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation>Neues Kriterium %1</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Delete criterion %1</source>
        <translation>Kriterium %1 löschen</translation>
    </message>
    <message>
        <source>Enable criterion %1</source>
        <translation>Kriterium %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable criterion %1</source>
        <translation>Kriterium %1 deaktivieren</translation>
    </message>
    <message>
        <source>Pin or unpin %1</source>
        <translation>%1 anheften oder lösen</translation>
    </message>
    <message>
        <source>Ban or unban %1</source>
        <translation>%1 sperren oder freigeben</translation>
    </message>
    <message>
        <source>Edit criterion %1</source>
        <translation>Kriterium %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExampleModel</name>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Seed score</source>
        <translation>Startbewertung</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Beste Bewertung</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>drpo::ui::InspectorPanel</name>
    <message>
        <source>Edit prompt…</source>
        <translation>Prompt bearbeiten…</translation>
    </message>
    <message>
        <source>Pause the run first; your edit becomes a new node that is judged and joins the beam</source>
        <translation>Halten Sie den Lauf zuerst an; Ihre Bearbeitung wird ein neuer Knoten, der bewertet wird und in den Beam kommt</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>Von hier fortsetzen</translation>
    </message>
    <message>
        <source>Pause the run first; the search then continues from this node alone</source>
        <translation>Halten Sie den Lauf zuerst an; die Suche geht dann allein von diesem Knoten weiter</translation>
    </message>
    <message>
        <source>Compare with parent</source>
        <translation>Mit Elternknoten vergleichen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Answers and scores</source>
        <translation>Antworten und Bewertungen</translation>
    </message>
    <message>
        <source>Lineage and cost</source>
        <translation>Abstammung und Kosten</translation>
    </message>
    <message>
        <source>Select a node in the beam tree to see its prompt, answers and scores.</source>
        <translation>Wählen Sie einen Knoten im Beam-Baum, um Prompt, Antworten und Bewertungen zu sehen.</translation>
    </message>
    <message>
        <source>Node %1 · level %2 · %3 · reward %4 · path mean %5</source>
        <translation>Knoten %1 · Ebene %2 · %3 · Belohnung %4 · Pfadmittel %5</translation>
    </message>
    <message>
        <source> · validation %1</source>
        <translation> · Validierung %1</translation>
    </message>
    <message>
        <source> · in beam</source>
        <translation> · im Beam</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Level %1 · %2 · %3 · %4 — %5</source>
        <translation>Ebene %1 · %2 · %3 · %4 — %5</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 prompt tokens, %2 completion tokens, %3 cached, cost %4</source>
        <translation>
            <numerusform>%n Aufruf, %1 Prompt-Tokens, %2 Antwort-Tokens, %3 aus dem Cache, Kosten %4</numerusform>
            <numerusform>%n Aufrufe, %1 Prompt-Tokens, %2 Antwort-Tokens, %3 aus dem Cache, Kosten %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Criteria chosen: %1</source>
        <translation>Gewählte Kriterien: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Reward for this answer: %1</source>
        <translation>Belohnung für diese Antwort: %1</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>drpo::ui::LevelModel</name>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (verlängert)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bester</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Beam</source>
        <translation>Beam</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>drpo::ui::LogPanel</name>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>drpo::ui::MainWindow</name>
    <message>
        <source>Query sets</source>
        <translation>Anfragensätze</translation>
    </message>
    <message>
        <source>Criteria library</source>
        <translation>Kriterienbibliothek</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Reward charts</source>
        <translation>Belohnungsdiagramme</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the offline &amp;demo</source>
        <translation>Offline-&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>Resume the &amp;interrupted run</source>
        <translation>&amp;Unterbrochenen Lauf fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DRPO Studio</source>
        <translation>Ü&amp;ber DRPO Studio</translation>
    </message>
    <message>
        <source>About DRPO Studio</source>
        <translation>Über DRPO Studio</translation>
    </message>
    <message>
        <source>DRPO Studio %1

Aligns a language model without training it, by Dynamic Rewarding with Prompt Optimization.</source>
        <translation>DRPO Studio %1

Richtet ein Sprachmodell aus, ohne es zu trainieren: durch dynamische Belohnung mit Prompt-Optimierung (DRPO).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>(simulated demo)</source>
        <translation>(simulierte Demo)</translation>
    </message>
    <message>
        <source>DRPO Studio</source>
        <translation>DRPO Studio</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
    <message>
        <source>The demo project could not be loaded: %1</source>
        <translation>Das Demoprojekt konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Recover changes</source>
        <translation>Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>There is an automatic backup of %1 that is newer than the file (the program may have been closed unexpectedly). Open the backup?</source>
        <translation>Es gibt eine automatische Sicherung von %1, die neuer ist als die Datei (das Programm wurde vielleicht unerwartet beendet). Die Sicherung öffnen?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>Das Projekt konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>DRPO projects (*.drpo);;All files (*)</source>
        <translation>DRPO-Projekte (*.drpo);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>The project could not be saved.

%1</source>
        <translation>Das Projekt konnte nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>DRPO projects (*.drpo)</source>
        <translation>DRPO-Projekte (*.drpo)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The last run did not finish; Run → Resume the interrupted run continues it.</source>
        <translation>Der letzte Lauf wurde nicht beendet; Lauf → Unterbrochenen Lauf fortsetzen setzt ihn fort.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>The run could not be resumed.

%1</source>
        <translation>Der Lauf konnte nicht fortgesetzt werden.

%1</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>The run could not start.

%1</source>
        <translation>Der Lauf konnte nicht starten.

%1</translation>
    </message>
    <message>
        <source>Your edit was sent; it is being judged.</source>
        <translation>Ihre Bearbeitung wurde übergeben; sie wird bewertet.</translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation>Prompt bearbeiten</translation>
    </message>
    <message>
        <source>Pause the run first: prompts can be edited while the run is paused.</source>
        <translation>Halten Sie den Lauf zuerst an: Prompts lassen sich bearbeiten, während der Lauf pausiert.</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>Von hier fortsetzen</translation>
    </message>
    <message>
        <source>Pause the run first.</source>
        <translation>Halten Sie den Lauf zuerst an.</translation>
    </message>
    <message>
        <source>The search will continue from node %1 when you resume.</source>
        <translation>Die Suche geht beim Fortsetzen von Knoten %1 aus weiter.</translation>
    </message>
    <message>
        <source>Edit prompt…</source>
        <translation>Prompt bearbeiten…</translation>
    </message>
    <message>
        <source>Continue the search from here</source>
        <translation>Suche von hier fortsetzen</translation>
    </message>
    <message>
        <source>Compare with parent</source>
        <translation>Mit Elternknoten vergleichen</translation>
    </message>
    <message>
        <source>Compare with best</source>
        <translation>Mit dem besten vergleichen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>The new language is used after DRPO Studio restarts. Restart now? The open project is opened again.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von DRPO Studio. Jetzt neu starten? Das geöffnete Projekt wird wieder geöffnet.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>DRPO Studio could not restart itself; please start it again.</source>
        <translation>DRPO Studio konnte sich nicht selbst neu starten; bitte starten Sie es erneut.</translation>
    </message>
    <message>
        <source>Interrupted run</source>
        <translation>Unterbrochener Lauf</translation>
    </message>
    <message>
        <source>The last run of this project was interrupted at level %1 (the program was closed unexpectedly). Resume it now? Work already done is not repeated.</source>
        <translation>Der letzte Lauf dieses Projekts wurde auf Ebene %1 unterbrochen (das Programm wurde unerwartet beendet). Jetzt fortsetzen? Bereits erledigte Arbeit wird nicht wiederholt.</translation>
    </message>
    <message>
        <source>This prompt has not been scored yet; choose one that has a score.</source>
        <translation>Dieser Prompt wurde noch nicht bewertet; wählen Sie einen mit Bewertung.</translation>
    </message>
    <message>
        <source>A run of the offline demo was interrupted.</source>
        <translation>Ein Lauf der Offline-Demo wurde unterbrochen.</translation>
    </message>
    <message>
        <source>A run of a project that was never saved was interrupted. Its queries, criteria and settings come back with it.</source>
        <translation>Ein Lauf eines nie gespeicherten Projekts wurde unterbrochen. Seine Anfragen, Kriterien und Einstellungen kommen mit ihm zurück.</translation>
    </message>
    <message>
        <source>A run of %1 was interrupted.</source>
        <translation>Ein Lauf von %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>It had reached level %1 of %2 when it was last saved (%3). Nothing done so far will be paid for again.</source>
        <translation>Beim letzten Speichern (%3) war er auf Ebene %1 von %2. Nichts bereits Erledigtes wird erneut bezahlt.</translation>
    </message>
    <message>
        <source>Recovered project</source>
        <translation>Wiederhergestelltes Projekt</translation>
    </message>
    <message>
        <source>The run in progress is stopped first and continues after the restart.</source>
        <translation>Der laufende Lauf wird zuerst gestoppt und nach dem Neustart fortgesetzt.</translation>
    </message>
    <message>
        <source>A project that was never saved was open when DRPO Studio closed unexpectedly. Its automatic backup is from %1.</source>
        <translation>Ein nie gespeichertes Projekt war geöffnet, als DRPO Studio unerwartet beendet wurde. Seine automatische Sicherung stammt vom %1.</translation>
    </message>
    <message>
        <source>Get the project back</source>
        <translation>Projekt zurückholen</translation>
    </message>
    <message>
        <source>Recover project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>The automatic backup could not be read.

%1</source>
        <translation>Die automatische Sicherung konnte nicht gelesen werden.

%1</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ModelsDialog</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Simulated delay per call, so the demo runs at a watchable pace</source>
        <translation>Simulierte Verzögerung je Aufruf, damit man der Demo folgen kann</translation>
    </message>
    <message>
        <source>API keys are read from the environment variable named for each role, or from the system keychain. They are never written into the project file.</source>
        <translation>API-Schlüssel werden aus der für jede Rolle genannten Umgebungsvariablen oder aus dem Schlüsselbund des Systems gelesen. Sie werden nie in die Projektdatei geschrieben.</translation>
    </message>
    <message>
        <source>Simulated latency:</source>
        <translation>Simulierte Latenz:</translation>
    </message>
    <message>
        <source>Simulated (offline demo)</source>
        <translation>Simuliert (Offline-Demo)</translation>
    </message>
    <message>
        <source>https://host/v1 (several replicas: separate with commas)</source>
        <translation>https://host/v1 (mehrere Replikate: mit Kommas trennen)</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY</source>
        <translation>z. B. OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Text completion (base models)</source>
        <translation>Textvervollständigung (Basismodelle)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Base URLs:</source>
        <translation>Basis-URLs:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Key from env var:</source>
        <translation>Schlüssel aus Umgebungsvariable:</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <source>Parallel calls:</source>
        <translation>Parallele Aufrufe:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>Einbettungsmodell</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Anbietereinstellungen</translation>
    </message>
    <message>
        <source>Not used (retrieve examples by BM25 word matching)</source>
        <translation>Nicht verwendet (Beispiele per BM25-Wortabgleich finden)</translation>
    </message>
    <message>
        <source>e.g. text-embedding-3-small or nomic-embed-text</source>
        <translation>z. B. text-embedding-3-small oder nomic-embed-text</translation>
    </message>
    <message>
        <source>An embeddings model lets DRPO pick the in-context examples whose queries mean the most the same as each query, instead of sharing the most words. Each text is embedded once per run.</source>
        <translation>Mit einem Einbettungsmodell wählt DRPO die In-Context-Beispiele, deren Anfragen jeder Anfrage inhaltlich am nächsten sind, statt derer mit den meisten gemeinsamen Wörtern. Jeder Text wird pro Lauf einmal eingebettet.</translation>
    </message>
    <message>
        <source>Automatic (for real endpoints only)</source>
        <translation>Automatisch (nur für echte Endpunkte)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Every model call is remembered on disk, so rerunning the same configuration or resuming a run costs no call twice. Errors are never cached. The simulated models are free, so Automatic leaves them out.</source>
        <translation>Jeder Modellaufruf wird auf der Festplatte gespeichert, sodass ein erneuter Lauf mit derselben Konfiguration oder das Fortsetzen eines Laufs keinen Aufruf doppelt kostet. Fehler werden nie zwischengespeichert. Die simulierten Modelle sind kostenlos, daher lässt „Automatisch“ sie aus.</translation>
    </message>
    <message>
        <source>The cache file (SQLite). Empty: the default file in your user cache folder.</source>
        <translation>Die Cache-Datei (SQLite). Leer: die Standarddatei in Ihrem Benutzer-Cache-Ordner.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>The run pauses when its model calls have cost this much (priced from the price table). You can raise it and resume.</source>
        <translation>Der Lauf hält an, wenn seine Modellaufrufe so viel gekostet haben (nach der Preistabelle). Sie können den Betrag erhöhen und fortsetzen.</translation>
    </message>
    <message>
        <source>A call that sends no data for this long is given up and retried.</source>
        <translation>Ein Aufruf, der so lange keine Daten sendet, wird abgebrochen und wiederholt.</translation>
    </message>
    <message>
        <source>Allow plain http to other machines</source>
        <translation>Unverschlüsseltes http zu anderen Rechnern erlauben</translation>
    </message>
    <message>
        <source>Without https the API key travels unencrypted. Plain http to this computer (localhost) is always allowed.</source>
        <translation>Ohne https wird der API-Schlüssel unverschlüsselt übertragen. Unverschlüsseltes http zu diesem Rechner (localhost) ist immer erlaubt.</translation>
    </message>
    <message>
        <source>Stream answers from chat endpoints</source>
        <translation>Antworten von Chat-Endpunkten streamen</translation>
    </message>
    <message>
        <source>Receive answers as they are written, so a long answer never looks idle to the timeout. The results are the same.</source>
        <translation>Antworten schon während des Schreibens empfangen, damit eine lange Antwort für das Zeitlimit nie untätig wirkt. Die Ergebnisse sind dieselben.</translation>
    </message>
    <message>
        <source>Response cache:</source>
        <translation>Antwort-Cache:</translation>
    </message>
    <message>
        <source>Cache file:</source>
        <translation>Cache-Datei:</translation>
    </message>
    <message>
        <source>Budget per run:</source>
        <translation>Budget pro Lauf:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>%1: no model name is set</source>
        <translation>%1: kein Modellname angegeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The cache file %1 is a folder; name a file inside it, e.g. responses.sqlite</source>
        <translation>Die Cache-Datei %1 ist ein Ordner; nennen Sie eine Datei darin, z. B. responses.sqlite</translation>
    </message>
</context>
<context>
    <name>drpo::ui::NodeModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <source>Path reward</source>
        <translation>Pfadbelohnung</translation>
    </message>
    <message>
        <source>In beam</source>
        <translation>Im Beam</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>drpo::ui::PromptEditDialog</name>
    <message>
        <source>Edit prompt of node %1</source>
        <translation>Prompt von Knoten %1 bearbeiten</translation>
    </message>
    <message>
        <source>Your version becomes a new node marked as a human edit. It is judged on this level&apos;s queries right away and competes for a place in the beam.</source>
        <translation>Ihre Fassung wird ein neuer Knoten, markiert als manuelle Bearbeitung. Sie wird sofort auf den Anfragen dieser Ebene bewertet und konkurriert um einen Platz im Beam.</translation>
    </message>
    <message>
        <source>Why this edit? (optional, kept with the node)</source>
        <translation>Warum diese Bearbeitung? (optional, wird beim Knoten gespeichert)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save as new node</source>
        <translation>Als neuen Knoten speichern</translation>
    </message>
</context>
<context>
    <name>drpo::ui::QueryDialog</name>
    <message>
        <source>Add query</source>
        <translation>Anfrage hinzufügen</translation>
    </message>
    <message>
        <source>Edit query %1</source>
        <translation>Anfrage %1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. how-to, time-sensitive, harmful, emotional</source>
        <translation>z. B. Anleitung, zeitkritisch, schädlich, emotional</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Hold out for validation</source>
        <translation>Für die Validierung zurückhalten</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
</context>
<context>
    <name>drpo::ui::QuerySetModel</name>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Not selected yet: criteria are chosen when the run reaches this query.</source>
        <translation>Noch nicht gewählt: Die Kriterien werden gewählt, wenn der Lauf diese Anfrage erreicht.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Chosen criteria</source>
        <translation>Gewählte Kriterien</translation>
    </message>
</context>
<context>
    <name>drpo::ui::QuerySetPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a query</source>
        <translation>Eine Anfrage hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected query</source>
        <translation>Die gewählte Anfrage bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected queries</source>
        <translation>Die gewählten Anfragen löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import queries: JSON, JSONL, CSV, TXT, just-eval-instruct, the reference code&apos;s files</source>
        <translation>Anfragen importieren: JSON, JSONL, CSV, TXT, just-eval-instruct, die Dateien des Referenzcodes</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Aufteilen…</translation>
    </message>
    <message>
        <source>Hold out part of the queries for validation</source>
        <translation>Einen Teil der Anfragen für die Validierung zurückhalten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Select a query to see it in full, with the criteria the selector chose for it and why.</source>
        <translation>Wählen Sie eine Anfrage, um sie vollständig zu sehen, mit den vom Auswähler gewählten Kriterien und der Begründung.</translation>
    </message>
    <message>
        <source>Criteria: not chosen yet (the selector picks them when the run first meets this query).</source>
        <translation>Kriterien: noch nicht gewählt (der Auswähler wählt sie, wenn der Lauf zum ersten Mal auf diese Anfrage trifft).</translation>
    </message>
    <message>
        <source>Criteria chosen: %1</source>
        <translation>Gewählte Kriterien: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Add query %1</source>
        <translation>Anfrage %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit query %1</source>
        <translation>Anfrage %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n query(s)</source>
        <translation>
            <numerusform>%n Anfrage löschen</numerusform>
            <numerusform>%n Anfragen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n query(s)</source>
        <translation>
            <numerusform>%n Anfrage importieren</numerusform>
            <numerusform>%n Anfragen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import queries</source>
        <translation>Anfragen importieren</translation>
    </message>
    <message>
        <source>Query files (*.json *.jsonl *.csv *.txt);;All files (*)</source>
        <translation>Anfragedateien (*.json *.jsonl *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file could not be imported.

%1</source>
        <translation>Die Datei konnte nicht importiert werden.

%1</translation>
    </message>
    <message>
        <source>Imported, with these problems:

%1</source>
        <translation>Importiert, mit diesen Problemen:

%1</translation>
    </message>
    <message>
        <source>Split queries %1% validation</source>
        <translation>Anfragen aufteilen: %1 % Validierung</translation>
    </message>
    <message>
        <source>Split queries</source>
        <translation>Anfragen aufteilen</translation>
    </message>
    <message>
        <source>Hold out this share of the queries for validation (%):</source>
        <translation>Diesen Anteil der Anfragen für die Validierung zurückhalten (%):</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RewardChartsPanel</name>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Reward per level</source>
        <translation>Belohnung je Ebene</translation>
    </message>
    <message>
        <source>Criteria: selected vs root</source>
        <translation>Kriterien: Auswahl gegen Wurzel</translation>
    </message>
    <message>
        <source>Reward distribution</source>
        <translation>Verteilung der Belohnung</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the visible chart as PNG or SVG</source>
        <translation>Das sichtbare Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bester</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Kept in beam</source>
        <translation>Im Beam behalten</translation>
    </message>
    <message>
        <source>Other nodes</source>
        <translation>Andere Knoten</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Reward (1–5)</source>
        <translation>Belohnung (1–5)</translation>
    </message>
    <message>
        <source>Mean score (1–5)</source>
        <translation>Mittlere Bewertung (1–5)</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RewardLegend</name>
    <message>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <source>in beam</source>
        <translation>im Beam</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>human edit</source>
        <translation>manuelle Bearbeitung</translation>
    </message>
    <message>
        <source>best path</source>
        <translation>bester Pfad</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RunControlBar</name>
    <message>
        <source>Run control</source>
        <translation>Laufsteuerung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start a new run on this project</source>
        <translation>Einen neuen Lauf für dieses Projekt starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause at the next safe point</source>
        <translation>Am nächsten sicheren Punkt anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the paused run</source>
        <translation>Den angehaltenen Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Run one more level, then pause</source>
        <translation>Noch eine Ebene ausführen, dann anhalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the run; it can be resumed later</source>
        <translation>Den Lauf stoppen; er kann später fortgesetzt werden</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Beam width: prompts kept per level</source>
        <translation>Beam-Breite: behaltene Prompts je Ebene</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>New prompts proposed per kept prompt</source>
        <translation>Neue Prompts je behaltenem Prompt</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Depth: number of levels</source>
        <translation>Tiefe: Anzahl der Ebenen</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>Training queries per level</source>
        <translation>Trainingsanfragen je Ebene</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>In-context examples retrieved per query</source>
        <translation>Abgerufene In-Context-Beispiele je Anfrage</translation>
    </message>
    <message>
        <source>Beam</source>
        <translation>Beam</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>Gierig</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>Search strategy</source>
        <translation>Suchstrategie</translation>
    </message>
    <message>
        <source>Dynamic criteria</source>
        <translation>Dynamische Kriterien</translation>
    </message>
    <message>
        <source>Static criteria</source>
        <translation>Statische Kriterien</translation>
    </message>
    <message>
        <source>Criteria mode: chosen per query, or all enabled criteria always</source>
        <translation>Kriterienmodus: je Anfrage gewählt oder immer alle aktiven Kriterien</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RunSession</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RunStatusWidget</name>
    <message>
        <source>Level %1 of %2</source>
        <translation>Ebene %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>%1 cache hits</source>
        <translation>%1 Cache-Treffer</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>SIMULATED models</source>
        <translation>SIMULIERTE Modelle</translation>
    </message>
    <message>
        <source>Best path mean: the best mean reward along one line of prompts from the root, the figure the beam ranks by. Root: the starting prompt&apos;s reward.</source>
        <translation>Bester Pfadmittelwert: die beste mittlere Bewertung entlang einer Folge von Prompts ab der Wurzel – die Größe, nach der der Beam ordnet. Wurzel: die Bewertung des Startprompts.</translation>
    </message>
    <message>
        <source>Improving examples</source>
        <translation>Beispiele werden verbessert</translation>
    </message>
    <message>
        <source>best path mean %1 (root %2)</source>
        <translation>bester Pfadmittelwert %1 (Wurzel %2)</translation>
    </message>
    <message>
        <source>Improving examples: %1 of %2</source>
        <translation>Beispiele werden verbessert: %1 von %2</translation>
    </message>
</context>
<context>
    <name>drpo::ui::StoryNarrator</name>
    <message>
        <source>The search has started. One model answers questions while following a &quot;system prompt&quot; (its standing instructions). A judge model grades each answer from 1 to 5, and an optimizer model rewrites the instructions to fix what the judge criticised. The best instructions survive to the next round.</source>
        <translation>Die Suche hat begonnen. Ein Modell beantwortet Fragen und folgt dabei einem „Systemprompt“ (seinen festen Anweisungen). Ein Bewertermodell benotet jede Antwort von 1 bis 5, und ein Optimierermodell schreibt die Anweisungen so um, dass die Kritik des Bewerters behoben wird. Die besten Anweisungen kommen in die nächste Runde.</translation>
    </message>
    <message>
        <source>All models here are simulated on this computer: no account, no network. The scores are made up by a small simulated world, not by a real language model.</source>
        <translation>Alle Modelle hier werden auf diesem Rechner simuliert: kein Konto, kein Netz. Die Bewertungen stammen aus einer kleinen simulierten Welt, nicht von einem echten Sprachmodell.</translation>
    </message>
    <message>
        <source>The search continues.</source>
        <translation>Die Suche geht weiter.</translation>
    </message>
    <message>
        <source>Paused. You can now edit any prompt by hand (right-click a node, &quot;Edit prompt…&quot;); your version is judged and competes with the others when you resume.</source>
        <translation>Angehalten. Sie können jetzt jeden Prompt von Hand bearbeiten (Rechtsklick auf einen Knoten, „Prompt bearbeiten…“); Ihre Fassung wird bewertet und tritt beim Fortsetzen gegen die anderen an.</translation>
    </message>
    <message>
        <source>The search is finished. The best instructions found score %1, against %2 for the starting prompt.</source>
        <translation>Die Suche ist beendet. Die besten gefundenen Anweisungen erreichen %1, der Startprompt %2.</translation>
    </message>
    <message>
        <source>The search was stopped. It can be resumed later.</source>
        <translation>Die Suche wurde gestoppt. Sie kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The search stopped because of an error; see the log.</source>
        <translation>Die Suche wurde wegen eines Fehlers beendet; siehe Protokoll.</translation>
    </message>
    <message>
        <source>For the question %1 the judge will look at %2.</source>
        <translation>Bei der Frage %1 achtet der Bewerter auf %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>The starting prompt %1 scores %2 out of 5.</source>
        <translation>Der Startprompt %1 erreicht %2 von 5.</translation>
    </message>
    <message>
        <source>A prompt that already scores very well is carried to the next round unchanged (%1).</source>
        <translation>Ein Prompt, der schon sehr gut abschneidet, geht unverändert in die nächste Runde (%1).</translation>
    </message>
    <message>
        <source>Your hand-edited prompt was judged: it scores %1.</source>
        <translation>Ihr von Hand bearbeiteter Prompt wurde bewertet: er erreicht %1.</translation>
    </message>
    <message>
        <source>The optimizer rewrote the prompt.</source>
        <translation>Der Optimierer hat den Prompt umgeschrieben.</translation>
    </message>
    <message>
        <source>The optimizer added the rule %1.</source>
        <translation>Der Optimierer hat die Regel %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The score rose from %1 to %2.</source>
        <translation>Die Bewertung stieg von %1 auf %2.</translation>
    </message>
    <message>
        <source>The score fell from %1 to %2.</source>
        <translation>Die Bewertung fiel von %1 auf %2.</translation>
    </message>
    <message>
        <source>The score stayed at %1.</source>
        <translation>Die Bewertung blieb bei %1.</translation>
    </message>
    <message>
        <source>It scores %1.</source>
        <translation>Er erreicht %1.</translation>
    </message>
    <message>
        <source>That is the best so far!</source>
        <translation>Das ist der bisher beste Wert!</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 is over: best score %2, average %3. %n prompt(s) go on to the next round.</source>
        <translation>
            <numerusform>Runde %1 ist vorbei: beste Bewertung %2, Durchschnitt %3. %n Prompt kommt in die nächste Runde.</numerusform>
            <numerusform>Runde %1 ist vorbei: beste Bewertung %2, Durchschnitt %3. %n Prompts kommen in die nächste Runde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Because a prompt was carried unchanged, the search gets one extra round.</source>
        <translation>Weil ein Prompt unverändert übernommen wurde, bekommt die Suche eine zusätzliche Runde.</translation>
    </message>
    <message>
        <source>The optimizer added the rules %1.</source>
        <translation>Der Optimierer hat die Regeln %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The optimizer added no new rule; it reworded %1 as %2.</source>
        <translation>Der Optimierer hat keine neue Regel hinzugefügt; er hat %1 zu %2 umformuliert.</translation>
    </message>
    <message>
        <source>The optimizer added no new rule; it dropped %1.</source>
        <translation>Der Optimierer hat keine neue Regel hinzugefügt; er hat %1 gestrichen.</translation>
    </message>
    <message>
        <source>The optimizer reworded the prompt, adding %1.</source>
        <translation>Der Optimierer hat den Prompt umformuliert und %1 ergänzt.</translation>
    </message>
    <message>
        <source>The optimizer added no new rule; it reworded the opening of the prompt.</source>
        <translation>Der Optimierer hat keine neue Regel hinzugefügt; er hat den Einleitungssatz des Prompts umformuliert.</translation>
    </message>
    <message>
        <source>The optimizer proposed the same prompt again.</source>
        <translation>Der Optimierer hat denselben Prompt noch einmal vorgeschlagen.</translation>
    </message>
    <message>
        <source>reworded one rule</source>
        <translation>eine Regel umformuliert</translation>
    </message>
    <message>
        <source>reworded %1 rules</source>
        <translation>%1 Regeln umformuliert</translation>
    </message>
    <message>
        <source>dropped one rule</source>
        <translation>eine Regel gestrichen</translation>
    </message>
    <message>
        <source>dropped %1 rules</source>
        <translation>%1 Regeln gestrichen</translation>
    </message>
    <message>
        <source>reworded the opening</source>
        <translation>den Einleitungssatz umformuliert</translation>
    </message>
    <message>
        <source>It also %1.</source>
        <translation>Außerdem hat er %1.</translation>
    </message>
    <message>
        <source>First, DRPO improves the example answers it will show the model next to each question. The judge grades each example harshly, and the optimizer rewrites it to answer every criticism, a few rounds at most.</source>
        <translation>Zuerst verbessert DRPO die Beispielantworten, die es dem Modell zu jeder Frage zeigt. Der Bewerter benotet jedes Beispiel streng, und der Optimierer schreibt es um, bis jede Kritik beantwortet ist – höchstens ein paar Runden lang.</translation>
    </message>
    <message>
        <source>The example answer to %1 scores %2 as written.</source>
        <translation>Die Beispielantwort auf %1 erreicht in ihrer ursprünglichen Fassung %2.</translation>
    </message>
    <message>
        <source>The optimizer rewrote the example answer to %1: its score rose from %2 to %3.</source>
        <translation>Der Optimierer hat die Beispielantwort auf %1 umgeschrieben: ihre Bewertung stieg von %2 auf %3.</translation>
    </message>
    <message>
        <source>The optimizer rewrote the example answer to %1, but the new version scores lower (%2 instead of %3); the better version is kept.</source>
        <translation>Der Optimierer hat die Beispielantwort auf %1 umgeschrieben, aber die neue Fassung schneidet schlechter ab (%2 statt %3); die bessere Fassung bleibt.</translation>
    </message>
    <message>
        <source>The optimizer rewrote the example answer to %1; its score stayed at %2.</source>
        <translation>Der Optimierer hat die Beispielantwort auf %1 umgeschrieben; ihre Bewertung blieb bei %2.</translation>
    </message>
    <message>
        <source>The judge has nothing left to criticise.</source>
        <translation>Der Bewerter hat nichts mehr zu kritisieren.</translation>
    </message>
    <message>
        <source>You chose to continue the search from the prompt of round %1 that scored %2. The other prompts leave the race; when you resume, the optimizer builds on this one.</source>
        <translation>Sie haben entschieden, die Suche mit dem Prompt aus Runde %1 fortzusetzen, der %2 erreicht hat. Die anderen Prompts scheiden aus; beim Fortsetzen baut der Optimierer auf diesem auf.</translation>
    </message>
    <message>
        <source>A prompt that scored %1 last round, above the skip threshold, goes on unchanged; on this round&apos;s questions it scores %2.</source>
        <translation>Ein Prompt, der in der letzten Runde %1 erreichte und damit über der Überspringschwelle lag, geht unverändert weiter; bei den Fragen dieser Runde erreicht er %2.</translation>
    </message>
</context>
<context>
    <name>drpo::ui::StoryPanel</name>
    <message>
        <source>Simulated models: the answers and scores come from an offline simulation, not from a real language model.</source>
        <translation>Simulierte Modelle: Antworten und Bewertungen stammen aus einer Offline-Simulation, nicht von einem echten Sprachmodell.</translation>
    </message>
</context>
<context>
    <name>drpo::ui::WelcomePage</name>
    <message>
        <source>DRPO Studio</source>
        <translation>DRPO Studio</translation>
    </message>
    <message>
        <source>Align a language model without training it: DRPO searches for the instructions (system prompt) and examples that make a model answer best, judged by another model on criteria chosen for each question.</source>
        <translation>Ein Sprachmodell ausrichten, ohne es zu trainieren: DRPO sucht die Anweisungen (Systemprompt) und Beispiele, mit denen ein Modell am besten antwortet, bewertet von einem anderen Modell nach Kriterien, die für jede Frage gewählt werden.</translation>
    </message>
    <message>
        <source>Try the offline demo (simulated models)</source>
        <translation>Offline-Demo ausprobieren (simulierte Modelle)</translation>
    </message>
    <message>
        <source>Runs on this computer with simulated models: no account, no key, no network. Every figure it shows is simulated.</source>
        <translation>Läuft auf diesem Rechner mit simulierten Modellen: kein Konto, kein Schlüssel, kein Netz. Jede gezeigte Zahl ist simuliert.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Get the run back and resume it</source>
        <translation>Lauf zurückholen und fortsetzen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Align a language model by prompt optimization (DRPO).</source>
        <translation>Ein Sprachmodell durch Prompt-Optimierung ausrichten (DRPO).</translation>
    </message>
    <message>
        <source>Open the offline demo (simulated models).</source>
        <translation>Die Offline-Demo öffnen (simulierte Modelle).</translation>
    </message>
    <message>
        <source>Start the run at once.</source>
        <translation>Den Lauf sofort starten.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to PATH before quitting.</source>
        <translation>Vor dem Beenden ein Bildschirmfoto des Hauptfensters unter PATH speichern.</translation>
    </message>
    <message>
        <source>Quit after N milliseconds.</source>
        <translation>Nach N Millisekunden beenden.</translation>
    </message>
    <message>
        <source>User interface language (en, de, zh_CN).</source>
        <translation>Sprache der Oberfläche (en, de, zh_CN).</translation>
    </message>
    <message>
        <source>Raise this panel (e.g. compareDock) before the screenshot.</source>
        <translation>Dieses Fenster (z. B. compareDock) vor dem Bildschirmfoto nach vorn holen.</translation>
    </message>
    <message>
        <source>A .drpo project to open.</source>
        <translation>Ein zu öffnendes .drpo-Projekt.</translation>
    </message>
    <message>
        <source>Colour theme for this session (system, light, dark).</source>
        <translation>Farbschema für diese Sitzung (system, light, dark).</translation>
    </message>
    <message>
        <source>Resume the project&apos;s last unfinished run at once.</source>
        <translation>Den letzten unvollendeten Lauf des Projekts sofort fortsetzen.</translation>
    </message>
</context>
</TS>
