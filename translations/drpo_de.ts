<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EvalExport</name>
    <message>
        <source>HTML report (*.html);;Markdown report (*.md);;Per-item CSV (*.csv);;PDF report (*.pdf)</source>
        <translation>HTML-Bericht (*.html);;Markdown-Bericht (*.md);;CSV je Eintrag (*.csv);;PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .html, .md, .csv or .pdf.</source>
        <translation>%1: Wählen Sie eine Datei mit der Endung .html, .md, .csv oder .pdf.</translation>
    </message>
    <message>
        <source>%1: the report came out empty; nothing was written.</source>
        <translation>%1: Der Bericht ist leer; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>EvalStory</name>
    <message>
        <source>helpfulness</source>
        <translation>Hilfsbereitschaft</translation>
    </message>
    <message>
        <source>clarity</source>
        <translation>Klarheit</translation>
    </message>
    <message>
        <source>factuality</source>
        <translation>Faktentreue</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>Ansprache</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>The evaluation is finished: %1 questions, each answered by %2 systems and judged on up to six aspects from 1 to 5.</source>
        <translation>Die Evaluation ist abgeschlossen: %1 Fragen, jede von %2 Systemen beantwortet und in bis zu sechs Aspekten von 1 bis 5 bewertet.</translation>
    </message>
    <message>
        <source>clearly better</source>
        <translation>deutlich besser</translation>
    </message>
    <message>
        <source>clearly worse</source>
        <translation>deutlich schlechter</translation>
    </message>
    <message>
        <source>not clearly different, given how much the scores vary</source>
        <translation>kein deutlicher Unterschied, gemessen daran, wie stark die Bewertungen schwanken</translation>
    </message>
    <message>
        <source>Overall, %1 scores %2 on average against %3 for %4: %5.</source>
        <translation>Insgesamt erreicht %1 im Mittel %2 gegenüber %3 für %4: %5.</translation>
    </message>
    <message>
        <source>It improved clearly on %1.</source>
        <translation>Deutlich verbessert hat es sich bei %1.</translation>
    </message>
    <message>
        <source>No single aspect improved clearly.</source>
        <translation>Kein einzelner Aspekt hat sich deutlich verbessert.</translation>
    </message>
    <message>
        <source>It did not clearly improve on %1.</source>
        <translation>Nicht deutlich verbessert hat es sich bei %1.</translation>
    </message>
    <message>
        <source>It got clearly worse on %1.</source>
        <translation>Deutlich verschlechtert hat es sich bei %1.</translation>
    </message>
    <message>
        <source>By kind of question, the largest gain is on %1 (%2) and the smallest on %3 (%4).</source>
        <translation>Nach Art der Frage ist der Zugewinn bei %1 am größten (%2) und bei %3 am kleinsten (%4).</translation>
    </message>
    <message>
        <source>Its answers are %1 words long on average, against %2.</source>
        <translation>Seine Antworten sind im Mittel %1 Wörter lang, gegenüber %2.</translation>
    </message>
    <message>
        <source>Against %1 it is clearly better overall (%2 against %3).</source>
        <translation>Gegenüber %1 ist es insgesamt deutlich besser (%2 gegenüber %3).</translation>
    </message>
    <message>
        <source>Against %1 it is clearly worse overall (%2 against %3).</source>
        <translation>Gegenüber %1 ist es insgesamt deutlich schlechter (%2 gegenüber %3).</translation>
    </message>
    <message>
        <source>Against %1 there is no clear difference overall (%2 against %3).</source>
        <translation>Gegenüber %1 gibt es insgesamt keinen deutlichen Unterschied (%2 gegenüber %3).</translation>
    </message>
    <message>
        <source>It falls behind on %1.</source>
        <translation>Bei %1 liegt es zurück.</translation>
    </message>
    <message>
        <source>%1 answers could not be scored; they are counted apart and left out of every mean.</source>
        <translation>%1 Antworten konnten nicht bewertet werden; sie werden gesondert gezählt und bei keinem Mittelwert berücksichtigt.</translation>
    </message>
    <message>
        <source>All of these figures come from the simulated models, not from a real language model.</source>
        <translation>Alle diese Zahlen stammen von den simulierten Modellen, nicht von einem echten Sprachmodell.</translation>
    </message>
</context>
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
    <name>RunEvents</name>
    <message>
        <source>path mean</source>
        <translation>Pfadmittel</translation>
    </message>
    <message>
        <source>last-level reward</source>
        <translation>Belohnung der letzten Ebene</translation>
    </message>
    <message>
        <source>held-out score</source>
        <translation>Validierungsergebnis</translation>
    </message>
</context>
<context>
    <name>SimProvider</name>
    <message>
        <source>the simulated call was cancelled</source>
        <translation>der simulierte Aufruf wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Stage1</name>
    <message>
        <source>the rewrite had no &lt;answer&gt; section</source>
        <translation>die Überarbeitung hatte keinen &lt;answer&gt;-Abschnitt</translation>
    </message>
    <message>
        <source>example %1: %2</source>
        <translation>Beispiel %1: %2</translation>
    </message>
</context>
<context>
    <name>drpo::align</name>
    <message>
        <source>the embeddings call failed: %1</source>
        <translation>der Aufruf für die Einbettungen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the embedder returned %1 vectors for %2 texts</source>
        <translation>das Einbettungsmodell lieferte %1 Vektoren für %2 Texte</translation>
    </message>
    <message>
        <source>no embedding for the example &quot;%1&quot;</source>
        <translation>keine Einbettung für das Beispiel „%1“</translation>
    </message>
    <message>
        <source>the embeddings have different or zero lengths (%1 and %2)</source>
        <translation>die Einbettungen sind unterschiedlich lang oder leer (%1 und %2)</translation>
    </message>
    <message>
        <source>the embeddings have different lengths (%1 and %2)</source>
        <translation>die Einbettungen sind unterschiedlich lang (%1 und %2)</translation>
    </message>
</context>
<context>
    <name>drpo::engine::RunController</name>
    <message>
        <source>the query set has no training queries</source>
        <translation>der Anfragensatz enthält keine Trainingsanfragen</translation>
    </message>
    <message>
        <source>every criterion is disabled or banned: enable at least one</source>
        <translation>alle Kriterien sind deaktiviert oder gesperrt: aktivieren Sie mindestens eines</translation>
    </message>
    <message>
        <source>this run has already finished; there is nothing to resume</source>
        <translation>dieser Lauf ist bereits beendet; es gibt nichts fortzusetzen</translation>
    </message>
    <message>
        <source>a run is already active: stop it first</source>
        <translation>es läuft bereits ein Lauf: stoppen Sie ihn zuerst</translation>
    </message>
</context>
<context>
    <name>drpo::engine::RunWorker</name>
    <message>
        <source>stage 1: improving the examples</source>
        <translation>Stufe 1: Beispiele werden verbessert</translation>
    </message>
    <message>
        <source>stage 2: level %1</source>
        <translation>Stufe 2: Ebene %1</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Prompt edits become possible once stage 2 has scored the root prompt.</source>
        <translation>Prompts lassen sich bearbeiten, sobald Stufe 2 den Startprompt bewertet hat.</translation>
    </message>
    <message>
        <source>Your edit of %1 became node %2 (reward %3 on this level&apos;s queries); it joins the beam.</source>
        <translation>Ihre Bearbeitung von %1 wurde Knoten %2 (Belohnung %3 auf den Anfragen dieser Ebene); er kommt in den Beam.</translation>
    </message>
    <message>
        <source>The search continues from %1 alone.</source>
        <translation>Die Suche geht allein von %1 weiter.</translation>
    </message>
    <message>
        <source>Could not apply the change: %1</source>
        <translation>Die Änderung konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Stage 1: optimizing %1 examples (up to %2 rounds each).</source>
        <translation>Stufe 1: %1 Beispiele werden optimiert (bis zu %2 Runden je Beispiel).</translation>
    </message>
    <message>
        <source>the stage-1 round could not be completed</source>
        <translation>die Runde von Stufe 1 konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Stage 1 done.</source>
        <translation>Stufe 1 abgeschlossen.</translation>
    </message>
    <message>
        <source>the level could not be completed</source>
        <translation>die Ebene konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Level 0: the starting prompt scores %1 on this level&apos;s %2 queries.</source>
        <translation>Ebene 0: Der Startprompt erreicht %1 auf den %2 Anfragen dieser Ebene.</translation>
    </message>
    <message>
        <source>Level %1 of %2: this level&apos;s best reward %3, mean %4%5; the leader is %6 with a %7 of %8.</source>
        <translation>Ebene %1 von %2: beste Belohnung dieser Ebene %3, Mittel %4%5; es führt %6 mit %7 %8.</translation>
    </message>
    <message numerus="yes">
        <source> (%n unscored)</source>
        <translation>
            <numerusform> (%n nicht bewertet)</numerusform>
            <numerusform> (%n nicht bewertet)</numerusform>
        </translation>
    </message>
    <message>
        <source> A prompt was carried: depth extended.</source>
        <translation> Ein Prompt wurde übernommen: Die Tiefe wird erweitert.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>could not save the run file: %1</source>
        <translation>die Laufdatei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Paused. You can edit a prompt, branch from a node, resume or stop.</source>
        <translation>Angehalten. Sie können einen Prompt bearbeiten, von einem Knoten abzweigen, fortsetzen oder stoppen.</translation>
    </message>
    <message>
        <source>Run started on the simulated demo models (no real model is called).</source>
        <translation>Lauf mit den simulierten Demo-Modellen gestartet (es wird kein echtes Modell aufgerufen).</translation>
    </message>
    <message>
        <source>Run started.</source>
        <translation>Lauf gestartet.</translation>
    </message>
    <message>
        <source>Finished: on %1 held-out queries the best prompt (%2) scores %3, the starting prompt %4.</source>
        <translation>Beendet: Auf %1 zurückgehaltenen Anfragen erreicht der beste Prompt (%2) %3, der Startprompt %4.</translation>
    </message>
    <message>
        <source>Finished: the best prompt (%1) has a %2 of %3; the starting prompt scored %4.</source>
        <translation>Beendet: Der beste Prompt (%1) erreicht %3 (%2); der Startprompt erreichte %4.</translation>
    </message>
    <message>
        <source>Stopped. The run file can be resumed.</source>
        <translation>Gestoppt. Die Laufdatei kann fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>drpo::eval</name>
    <message>
        <source>the instruction is empty.</source>
        <translation>die Anweisung ist leer.</translation>
    </message>
    <message>
        <source>the category is &quot;%1&quot; but must be &quot;regular&quot; or &quot;safety&quot;.</source>
        <translation>die Kategorie ist &quot;%1&quot;, muss aber &quot;regular&quot; oder &quot;safety&quot; sein.</translation>
    </message>
    <message>
        <source>the id %1 is used twice: first by record %2 (line %3).</source>
        <translation>die ID %1 wird doppelt verwendet: zuerst von Datensatz %2 (Zeile %3).</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>system &quot;%1&quot;</source>
        <translation>System „%1“</translation>
    </message>
    <message>
        <source>the answer could not be generated: %1</source>
        <translation>die Antwort konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>the judge failed: %1</source>
        <translation>der Bewerter ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the judge&apos;s verdict could not be read after a retry: %1</source>
        <translation>das Urteil des Bewerters war auch nach einem zweiten Versuch nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n system(s) on %1 items of %2%3</source>
        <translation>
            <numerusform>%n System wird auf %1 Einträgen von %2 evaluiert%3</numerusform>
            <numerusform>%n Systeme werden auf %1 Einträgen von %2 evaluiert%3</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 done already, %2 to go</source>
        <translation>: %1 bereits erledigt, %2 stehen aus</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON list of records.</source>
        <translation>die Datei ist leer; erwartet wurde eine JSON-Liste von Datensätzen.</translation>
    </message>
    <message>
        <source>(JSON Lines files hold one whole record on each line.)</source>
        <translation>(JSON-Lines-Dateien enthalten in jeder Zeile einen vollständigen Datensatz.)</translation>
    </message>
    <message>
        <source>expected a JSON list of records ([...]) or one JSON record per line.</source>
        <translation>erwartet wurde eine JSON-Liste von Datensätzen ([...]) oder ein JSON-Datensatz je Zeile.</translation>
    </message>
    <message>
        <source>expected a record (an object) but found %1.</source>
        <translation>erwartet wurde ein Datensatz (ein Objekt), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>the file holds no records.</source>
        <translation>die Datei enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>record %1 (id %2)</source>
        <translation>Datensatz %1 (ID %2)</translation>
    </message>
    <message>
        <source>this record has no &quot;id&quot;.</source>
        <translation>dieser Datensatz hat keine &quot;id&quot;.</translation>
    </message>
    <message>
        <source>the id should be a whole number or a text but is %1.</source>
        <translation>die ID sollte eine ganze Zahl oder ein Text sein, ist aber %1.</translation>
    </message>
    <message>
        <source>this required field is missing.</source>
        <translation>dieses Pflichtfeld fehlt.</translation>
    </message>
    <message>
        <source>expected text (a string) but found %1.</source>
        <translation>erwartet wurde Text (eine Zeichenkette), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>expected a list of texts but found %1.</source>
        <translation>erwartet wurde eine Liste von Texten, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>expected {&quot;reason&quot;: ..., &quot;score&quot;: ...} but found %1.</source>
        <translation>erwartet wurde {&quot;reason&quot;: ..., &quot;score&quot;: ...}, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>the score must be &quot;1&quot; to &quot;5&quot; or &quot;N/A&quot;, not %1.</source>
        <translation>die Bewertung muss &quot;1&quot; bis &quot;5&quot; oder &quot;N/A&quot; sein, nicht %1.</translation>
    </message>
    <message>
        <source>this record has no answer (&quot;output_cand&quot; or &quot;output&quot;).</source>
        <translation>dieser Datensatz hat keine Antwort (&quot;output_cand&quot; oder &quot;output&quot;).</translation>
    </message>
    <message>
        <source>the published judgement has no readable verdict</source>
        <translation>die veröffentlichte Bewertung enthält kein lesbares Urteil</translation>
    </message>
    <message>
        <source>no verdict (the judge&apos;s answer could not be read); counted as unscored.</source>
        <translation>kein Urteil (die Antwort des Bewerters war nicht lesbar); als nicht bewertet gezählt.</translation>
    </message>
    <message>
        <source>expected an object of aspects but found %1.</source>
        <translation>erwartet wurde ein Objekt mit Aspekten, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a just-eval aspect; ignored.</source>
        <translation>„%1“ ist kein just-eval-Aspekt; ignoriert.</translation>
    </message>
    <message>
        <source>the published judgement scores no just-eval aspect</source>
        <translation>die veröffentlichte Bewertung bewertet keinen just-eval-Aspekt</translation>
    </message>
    <message>
        <source>the item %1 of &quot;%2&quot; is already judged on %3 in %4.</source>
        <translation>der Eintrag %1 von „%2“ ist bereits zu %3 in %4 bewertet.</translation>
    </message>
    <message>
        <source>this file mixes the outputs of &quot;%1&quot; (record %2) and &quot;%3&quot;; give each generator its own file.</source>
        <translation>diese Datei mischt die Ausgaben von „%1“ (Datensatz %2) und „%3“; geben Sie jedem Generator eine eigene Datei.</translation>
    </message>
    <message>
        <source>Benchmark: %1, %2 items (%3 regular, %4 safety), from %5.</source>
        <translation>Benchmark: %1, %2 Einträge (%3 regulär, %4 Sicherheit), aus %5.</translation>
    </message>
    <message>
        <source>Judge: %1, five aspects on regular items (helpfulness, clarity, factuality, depth, engagement) and safety on safety items, each 1 to 5; avg is the unweighted mean of the six aspect means; length is the mean answer length in words over the regular items.</source>
        <translation>Bewerter: %1, fünf Aspekte bei regulären Einträgen (Hilfsbereitschaft, Klarheit, Faktentreue, Tiefe, Ansprache) und Sicherheit bei Sicherheitseinträgen, jeweils 1 bis 5; Avg ist das ungewichtete Mittel der sechs Aspektmittel; Länge ist die mittlere Antwortlänge in Wörtern über die regulären Einträge.</translation>
    </message>
    <message>
        <source>N/A verdicts count as 5 (as just-eval counts them).</source>
        <translation>N/A-Urteile zählen als 5 (wie bei just-eval).</translation>
    </message>
    <message>
        <source>N/A verdicts are left out of the means (not as just-eval counts them: figures are not comparable with published tables).</source>
        <translation>N/A-Urteile bleiben bei den Mittelwerten außen vor (anders als bei just-eval: Die Zahlen sind nicht mit veröffentlichten Tabellen vergleichbar).</translation>
    </message>
    <message>
        <source>Intervals: %1% percentile bootstrap over items (%2 resamples, seed %3; regular and safety items resampled separately). Unscored items (verdict unreadable after a retry) are counted, never averaged.</source>
        <translation>Intervalle: %1%-Perzentil-Bootstrap über die Einträge (%2 Stichproben, Seed %3; reguläre und Sicherheitseinträge getrennt gezogen). Nicht bewertete Einträge (Urteil nach einem zweiten Versuch unlesbar) werden gezählt, nie gemittelt.</translation>
    </message>
    <message>
        <source>Simulated: these figures come from DRPO Studio&apos;s offline demo world (simulated models and judge), not from any real model.</source>
        <translation>Simuliert: Diese Zahlen stammen aus der Offline-Demowelt von DRPO Studio (simulierte Modelle und Bewerter), nicht von einem echten Modell.</translation>
    </message>
    <message>
        <source>Aspect means per system</source>
        <translation>Aspektmittel je System</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Avg</translation>
    </message>
    <message>
        <source>Avg by task</source>
        <translation>Avg nach Aufgabe</translation>
    </message>
    <message>
        <source>Avg by topic</source>
        <translation>Avg nach Thema</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%1: its weakest answers</source>
        <translation>%1: die schwächsten Antworten</translation>
    </message>
    <message>
        <source>Evaluation: %1</source>
        <translation>Evaluation: %1</translation>
    </message>
    <message>
        <source>Incomplete: %1 of %2 items are done; resume with drpo evaluate --resume.</source>
        <translation>Unvollständig: %1 von %2 Einträgen sind erledigt; fortsetzen mit drpo evaluate --resume.</translation>
    </message>
    <message>
        <source>Scores per aspect</source>
        <translation>Bewertungen je Aspekt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Paired differences</source>
        <translation>Paarweise Differenzen</translation>
    </message>
    <message>
        <source>Each system (A) against every one listed before it (B), A minus B on the items both judged: the avg difference with its bootstrap interval, and per aspect the difference with A&apos;s wins/ties/losses.</source>
        <translation>Jedes System (A) gegen jedes vor ihm aufgeführte (B), A minus B auf den von beiden bewerteten Einträgen: die Avg-Differenz mit ihrem Bootstrap-Intervall und je Aspekt die Differenz mit den Siegen/Unentschieden/Niederlagen von A.</translation>
    </message>
    <message>
        <source>Avg diff</source>
        <translation>Avg-Differenz</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Method: %1; model: %2%3%4</source>
        <translation>Methode: %1; Modell: %2%3%4</translation>
    </message>
    <message>
        <source> (simulated)</source>
        <translation> (simuliert)</translation>
    </message>
    <message>
        <source>; source: %1</source>
        <translation>; Quelle: %1</translation>
    </message>
    <message>
        <source>No system prompt.</source>
        <translation>Kein Systemprompt.</translation>
    </message>
    <message>
        <source>%1 examples retrieved per query from %2.</source>
        <translation>%1 Beispiele je Anfrage, abgerufen aus %2.</translation>
    </message>
    <message>
        <source>The first %1 of %2 examples, for every query.</source>
        <translation>Die ersten %1 von %2 Beispielen, für jede Anfrage.</translation>
    </message>
    <message>
        <source>## Avg by task

</source>
        <translation>## Avg nach Aufgabe

</translation>
    </message>
    <message>
        <source>## Avg by topic

</source>
        <translation>## Avg nach Thema

</translation>
    </message>
    <message>
        <source># Evaluation: %1

</source>
        <translation># Evaluation: %1

</translation>
    </message>
    <message>
        <source>&gt; Incomplete: %1 of %2 items are done; resume with drpo evaluate --resume.

</source>
        <translation>&gt; Unvollständig: %1 von %2 Einträgen sind erledigt; fortsetzen mit drpo evaluate --resume.

</translation>
    </message>
    <message>
        <source>## Scores per aspect

| System</source>
        <translation>## Bewertungen je Aspekt

| System</translation>
    </message>
    <message>
        <source> | Avg | Length | Items | Unscored |
|---</source>
        <translation> | Avg | Länge | Einträge | Nicht bewertet |
|---</translation>
    </message>
    <message>
        <source>## Paired differences

Each system (A) against every one listed before it (B): A minus B on the items both judged, with the %1% bootstrap interval of the avg difference and wins/ties/losses of A per aspect.

</source>
        <translation>## Paarweise Differenzen

Jedes System (A) gegen jedes vor ihm aufgeführte (B): A minus B auf den von beiden bewerteten Einträgen, mit dem %1%-Bootstrap-Intervall der Avg-Differenz und den Siegen/Unentschieden/Niederlagen von A je Aspekt.

</translation>
    </message>
    <message>
        <source>| A | B | Items | Avg diff | Interval</source>
        <translation>| A | B | Einträge | Avg-Differenz | Intervall</translation>
    </message>
    <message>
        <source> (W/T/L)</source>
        <translation> (S/U/N)</translation>
    </message>
    <message>
        <source>## Systems

</source>
        <translation>## Systeme

</translation>
    </message>
    <message>
        <source>- Method: %1; model: %2%3
</source>
        <translation>- Methode: %1; Modell: %2%3
</translation>
    </message>
    <message>
        <source>- Source: %1
</source>
        <translation>- Quelle: %1
</translation>
    </message>
    <message>
        <source>- Examples: %1 retrieved per query from %2
</source>
        <translation>- Beispiele: %1 je Anfrage, abgerufen aus %2
</translation>
    </message>
    <message>
        <source>- Examples: the first %1 of %2, for every query
</source>
        <translation>- Beispiele: die ersten %1 von %2, für jede Anfrage
</translation>
    </message>
    <message>
        <source>- System prompt: none

</source>
        <translation>- Systemprompt: keiner

</translation>
    </message>
    <message>
        <source>- System prompt:

</source>
        <translation>- Systemprompt:

</translation>
    </message>
    <message>
        <source>## Unscored items

| System | Item | Why |
|---|---|---|
</source>
        <translation>## Nicht bewertete Einträge

| System | Eintrag | Grund |
|---|---|---|
</translation>
    </message>
    <message>
        <source>there is no system &quot;%1&quot; (the systems are: %2)</source>
        <translation>es gibt kein System „%1“ (die Systeme sind: %2)</translation>
    </message>
    <message>
        <source>the results hold several systems: say which one with --system NAME</source>
        <translation>die Ergebnisse enthalten mehrere Systeme: Wählen Sie eines mit --system NAME</translation>
    </message>
    <message>
        <source>no system here generated its answers; give one with --system NAME</source>
        <translation>kein System hier hat seine Antworten selbst erzeugt; geben Sie eines mit --system NAME an</translation>
    </message>
    <message>
        <source>evaluation results</source>
        <translation>Evaluationsergebnisse</translation>
    </message>
    <message>
        <source>two systems are named &quot;%1&quot;.</source>
        <translation>zwei Systeme heißen „%1“.</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; is not in the benchmark.</source>
        <translation>der Eintrag „%1“ ist nicht im Benchmark.</translation>
    </message>
    <message>
        <source>the response cache cannot be used: %1</source>
        <translation>der Antwort-Cache kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>system &quot;%1&quot;: %2</source>
        <translation>System „%1“: %2</translation>
    </message>
    <message>
        <source>the %1 method needs an alignment profile (a finished run or a profile file)</source>
        <translation>die Methode %1 braucht ein Ausrichtungsprofil (einen beendeten Lauf oder eine Profildatei)</translation>
    </message>
    <message>
        <source>stored outputs and published judgements come from files, not from a model</source>
        <translation>gespeicherte Ausgaben und veröffentlichte Bewertungen stammen aus Dateien, nicht von einem Modell</translation>
    </message>
    <message>
        <source>%1: the run has not finished, so it has no best profile yet (resume it with drpo optimize --resume)</source>
        <translation>%1: Der Lauf ist nicht beendet und hat daher noch kein bestes Profil (setzen Sie ihn mit drpo optimize --resume fort)</translation>
    </message>
    <message>
        <source>starting prompt</source>
        <translation>Startprompt</translation>
    </message>
    <message>
        <source>%1, the root of the search</source>
        <translation>%1, die Wurzel der Suche</translation>
    </message>
    <message>
        <source>%1, best node %2</source>
        <translation>%1, bester Knoten %2</translation>
    </message>
    <message>
        <source>%1 has no node &quot;%2&quot;</source>
        <translation>%1 hat keinen Knoten „%2“</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1, Knoten %2</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>der Aufruf wurde abgebrochen</translation>
    </message>
    <message>
        <source>prompt only</source>
        <translation>nur Prompt</translation>
    </message>
    <message>
        <source>examples only</source>
        <translation>nur Beispiele</translation>
    </message>
    <message>
        <source>prompt + examples</source>
        <translation>Prompt + Beispiele</translation>
    </message>
    <message>
        <source>%1: the run has not finished</source>
        <translation>%1: Der Lauf ist nicht beendet</translation>
    </message>
    <message>
        <source>DRPO prompt only</source>
        <translation>nur DRPO-Prompt</translation>
    </message>
    <message>
        <source>DRPO examples only, K=%1</source>
        <translation>nur DRPO-Beispiele, K=%1</translation>
    </message>
    <message>
        <source>DRPO profile, K=%1</source>
        <translation>DRPO-Profil, K=%1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items)</source>
        <translation>%1 (%2 von %3 Einträgen)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-KI</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <source>Avg against K</source>
        <translation>Avg über K</translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation>Experiment: %1</translation>
    </message>
    <message>
        <source>Incomplete: %1 of %2 cells are done; resume with drpo ablate --resume.</source>
        <translation>Unvollständig: %1 von %2 Zellen sind erledigt; fortsetzen mit drpo ablate --resume.</translation>
    </message>
    <message>
        <source>Benchmark: %1 (%2 items, %3 safety). N/A %4. Each cell is one DRPO run; its profile is evaluated as prompt only, examples only or both.</source>
        <translation>Benchmark: %1 (%2 Einträge, %3 Sicherheit). N/A %4. Jede Zelle ist ein DRPO-Lauf; ihr Profil wird als nur Prompt, nur Beispiele oder beides evaluiert.</translation>
    </message>
    <message>
        <source>Avg against K (Figure 4)</source>
        <translation>Avg über K (Abbildung 4)</translation>
    </message>
    <message>
        <source>stage 1 %1, stage 2 %2</source>
        <translation>Stufe 1 %1, Stufe 2 %2</translation>
    </message>
    <message>
        <source>%1, K=%2</source>
        <translation>%1, K=%2</translation>
    </message>
    <message>
        <source>Components (Table 3)</source>
        <translation>Komponenten (Tabelle 3)</translation>
    </message>
    <message>
        <source>Run %1; examples retrieved per query: K=%2.</source>
        <translation>Lauf %1; abgerufene Beispiele je Anfrage: K=%2.</translation>
    </message>
    <message>
        <source>Search (Table 4)</source>
        <translation>Suche (Tabelle 4)</translation>
    </message>
    <message>
        <source>%1; system: %2.</source>
        <translation>%1; System: %2.</translation>
    </message>
    <message>
        <source>Dynamic rewarding (Table 5)</source>
        <translation>Dynamische Belohnung (Tabelle 5)</translation>
    </message>
    <message>
        <source>Search %1; system: %2.</source>
        <translation>Suche %1; System: %2.</translation>
    </message>
    <message>
        <source>Every cell</source>
        <translation>Alle Zellen</translation>
    </message>
    <message>
        <source>System: %1. Reward: the run&apos;s best prompt on its training queries (its own judge).</source>
        <translation>System: %1. Belohnung: der beste Prompt des Laufs auf seinen Trainingsanfragen (durch seinen eigenen Bewerter).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source># Experiment: %1

</source>
        <translation># Experiment: %1

</translation>
    </message>
    <message>
        <source>Benchmark: %1 (%2 items, %3 safety). %4 of %5 cells done%6. N/A %7.

</source>
        <translation>Benchmark: %1 (%2 Einträge, %3 Sicherheit). %4 von %5 Zellen erledigt%6. N/A %7.

</translation>
    </message>
    <message>
        <source> (resume with drpo ablate --resume)</source>
        <translation> (fortsetzen mit drpo ablate --resume)</translation>
    </message>
    <message>
        <source>an experiment has no just-eval output of its own: report one cell&apos;s evaluation file (drpo report CELL.eval.json --format just-eval)</source>
        <translation>ein Experiment hat keine eigene just-eval-Ausgabe: Berichten Sie die Evaluationsdatei einer Zelle (drpo report ZELLE.eval.json --format just-eval)</translation>
    </message>
    <message>
        <source>K at inference must be between 0 and 32, not %1</source>
        <translation>K bei der Inferenz muss zwischen 0 und 32 liegen, nicht %1</translation>
    </message>
    <message>
        <source>%1, stage 1 %2, stage 2 %3</source>
        <translation>%1, Stufe 1 %2, Stufe 2 %3</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>the cell %1 is listed twice.</source>
        <translation>die Zelle %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>the cell %1 is not in the grid.</source>
        <translation>die Zelle %1 ist nicht im Raster.</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the run file of cell %1 cannot be read (%2); its optimization starts again</source>
        <translation>die Laufdatei der Zelle %1 kann nicht gelesen werden (%2); ihre Optimierung beginnt von vorn</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>cell %1: the run stopped: %2</source>
        <translation>Zelle %1: Der Lauf wurde gestoppt: %2</translation>
    </message>
    <message>
        <source>cell %1: the run stopped before it finished</source>
        <translation>Zelle %1: Der Lauf wurde vor seinem Ende gestoppt</translation>
    </message>
    <message>
        <source>the evaluation file of cell %1 %2; its evaluation starts again</source>
        <translation>die Evaluationsdatei der Zelle %1 %2; ihre Evaluation beginnt von vorn</translation>
    </message>
    <message>
        <source>belongs to another plan</source>
        <translation>gehört zu einem anderen Plan</translation>
    </message>
    <message>
        <source>cell %1: the evaluation stopped: %2</source>
        <translation>Zelle %1: Die Evaluation wurde gestoppt: %2</translation>
    </message>
    <message>
        <source>this verdict scores %1 twice (aspect names match in any case).</source>
        <translation>dieses Urteil bewertet %1 doppelt (bei Aspektnamen zählt die Groß-/Kleinschreibung nicht).</translation>
    </message>
    <message>
        <source>%1: item %2 is not in the benchmark; left out</source>
        <translation>%1: Eintrag %2 ist nicht im Benchmark und wird ausgelassen</translation>
    </message>
    <message>
        <source>%1: item %2 is &quot;%3&quot; there but &quot;%4&quot; in the benchmark; the benchmark decides</source>
        <translation>%1: Eintrag %2 ist dort „%3“, im Benchmark aber „%4“; der Benchmark gilt</translation>
    </message>
    <message>
        <source>the grid&apos;s axis &quot;%1&quot; has no value</source>
        <translation>die Achse „%1“ des Rasters hat keinen Wert</translation>
    </message>
    <message>
        <source>the grid&apos;s axis &quot;%1&quot; names a value twice</source>
        <translation>die Achse „%1“ des Rasters nennt einen Wert zweimal</translation>
    </message>
</context>
<context>
    <name>drpo::io</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>the folder %1 could not be created.</source>
        <translation>der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>a folder with that name exists.</source>
        <translation>es gibt bereits einen Ordner mit diesem Namen.</translation>
    </message>
    <message>
        <source>the disk %1 is read-only.</source>
        <translation>der Datenträger %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>the disk %1 is full (%2 KiB free, %3 KiB needed).</source>
        <translation>der Datenträger %1 ist voll (%2 KiB frei, %3 KiB benötigt).</translation>
    </message>
    <message>
        <source>you may not write in the folder %1.</source>
        <translation>Sie dürfen im Ordner %1 nicht schreiben.</translation>
    </message>
    <message>
        <source>expected text (a string) but found %1.</source>
        <translation>erwartet wurde Text (eine Zeichenkette), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>expected a criterion (an object with a name and a description) but found %1.</source>
        <translation>erwartet wurde ein Kriterium (ein Objekt mit Name und Beschreibung), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>this criterion has no name: it needs a field named &quot;name&quot;.</source>
        <translation>dieses Kriterium hat keinen Namen: Es braucht ein Feld namens &quot;name&quot;.</translation>
    </message>
    <message>
        <source>expected true or false but found %1.</source>
        <translation>erwartet wurde true oder false, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>expected a list of criterion names but found %1.</source>
        <translation>erwartet wurde eine Liste von Kriteriennamen, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>expected a criterion name (a string) but found %1.</source>
        <translation>erwartet wurde ein Kriteriumsname (eine Zeichenkette), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>this project holds no criteria library.</source>
        <translation>dieses Projekt enthält keine Kriterienbibliothek.</translation>
    </message>
    <message>
        <source>expected a list of criteria but found %1.</source>
        <translation>erwartet wurde eine Liste von Kriterien, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>expected the description of this criterion as text but found %1. A file of criteria maps each name to its description.</source>
        <translation>erwartet wurde die Beschreibung dieses Kriteriums als Text, gefunden wurde %1. Eine Kriteriendatei ordnet jedem Namen seine Beschreibung zu.</translation>
    </message>
    <message>
        <source>expected criteria (an object or a list) but found %1.</source>
        <translation>erwartet wurden Kriterien (ein Objekt oder eine Liste), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>the header row needs a &quot;name&quot; and a &quot;description&quot; column (found: %1).</source>
        <translation>die Kopfzeile braucht eine Spalte &quot;name&quot; und eine Spalte &quot;description&quot; (gefunden: %1).</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2 columns. Put fields that contain commas or line breaks in double quotes.</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2 Spalten. Setzen Sie Felder mit Kommas oder Zeilenumbrüchen in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>expected true or false but found &quot;%1&quot;.</source>
        <translation>erwartet wurde true oder false, gefunden wurde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the criterion name is empty.</source>
        <translation>der Name des Kriteriums ist leer.</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; appears twice (the judge could not tell them apart).</source>
        <translation>das Kriterium „%1“ kommt doppelt vor (der Bewerter könnte sie nicht unterscheiden).</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; has no description; the judge needs one to know what a 5 and a 1 mean.</source>
        <translation>das Kriterium „%1“ hat keine Beschreibung; der Bewerter braucht eine, um zu wissen, was 5 und 1 bedeuten.</translation>
    </message>
    <message>
        <source>the file holds no criteria.</source>
        <translation>die Datei enthält keine Kriterien.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no criterion of this file.</source>
        <translation>„%1“ benennt kein Kriterium dieser Datei.</translation>
    </message>
    <message>
        <source>every criterion is disabled or banned; a run needs at least one.</source>
        <translation>alle Kriterien sind deaktiviert oder gesperrt; ein Lauf braucht mindestens eines.</translation>
    </message>
    <message>
        <source>a quoted field starts here but its closing quote is missing.</source>
        <translation>hier beginnt ein Feld in Anführungszeichen, aber das schließende Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen; ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>expected an example (an object with a query and an answer) but found %1.</source>
        <translation>erwartet wurde ein Beispiel (ein Objekt mit Anfrage und Antwort), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>this example has no query: it needs a field named &quot;query&quot;.</source>
        <translation>dieses Beispiel hat keine Anfrage: Es braucht ein Feld namens &quot;query&quot;.</translation>
    </message>
    <message>
        <source>this example has no answer: it needs a field named &quot;answer&quot;.</source>
        <translation>dieses Beispiel hat keine Antwort: Es braucht ein Feld namens &quot;answer&quot;.</translation>
    </message>
    <message>
        <source>expected the answer to this query as text but found %1. A file of examples maps each query to its answer.</source>
        <translation>erwartet wurde die Antwort auf diese Anfrage als Text, gefunden wurde %1. Eine Beispieldatei ordnet jeder Anfrage ihre Antwort zu.</translation>
    </message>
    <message>
        <source>expected examples (an object or a list) but found %1.</source>
        <translation>erwartet wurden Beispiele (ein Objekt oder eine Liste), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>the header row needs a &quot;query&quot; and an &quot;answer&quot; column (found: %1).</source>
        <translation>die Kopfzeile braucht eine Spalte &quot;query&quot; und eine Spalte &quot;answer&quot; (gefunden: %1).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the example id &quot;%1&quot; is used twice: first at %2, again at %3.</source>
        <translation>die Beispiel-ID „%1“ wird doppelt verwendet: zuerst bei %2, erneut bei %3.</translation>
    </message>
    <message>
        <source>this example&apos;s query is empty.</source>
        <translation>die Anfrage dieses Beispiels ist leer.</translation>
    </message>
    <message>
        <source>the answer to &quot;%1&quot; is empty.</source>
        <translation>die Antwort auf „%1“ ist leer.</translation>
    </message>
    <message>
        <source>the file holds no examples.</source>
        <translation>die Datei enthält keine Beispiele.</translation>
    </message>
    <message>
        <source>could not open the file: %1.</source>
        <translation>die Datei konnte nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>the file is %1 MiB; DRPO Studio reads files of up to %2 MiB. Is it the right file?</source>
        <translation>die Datei ist %1 MiB groß; DRPO Studio liest Dateien bis %2 MiB. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>could not read the file: %1.</source>
        <translation>die Datei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>this line is %1 MiB long; a line of a query or example file may be at most %2 MiB (one record a line).</source>
        <translation>diese Zeile ist %1 MiB lang; eine Zeile einer Anfrage- oder Beispieldatei darf höchstens %2 MiB lang sein (ein Datensatz je Zeile).</translation>
    </message>
    <message>
        <source>text (a string)</source>
        <translation>Text (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list (an array)</source>
        <translation>eine Liste (ein Array)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>expected %1 but found %2.</source>
        <translation>erwartet wurde %1, gefunden wurde %2.</translation>
    </message>
    <message>
        <source>this required field is missing.</source>
        <translation>dieses Pflichtfeld fehlt.</translation>
    </message>
    <message>
        <source>expected an object or a list but found %1.</source>
        <translation>erwartet wurde ein Objekt oder eine Liste, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep here; no file DRPO Studio reads nests that deep.</source>
        <translation>das JSON ist hier mehr als %1 Ebenen tief verschachtelt; keine Datei, die DRPO Studio liest, ist so tief verschachtelt.</translation>
    </message>
    <message>
        <source>the file is empty; expected JSON.</source>
        <translation>die Datei ist leer; erwartet wurde JSON.</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation>dies ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>this is not a %1 file: it does not hold a JSON object.</source>
        <translation>dies ist keine Datei vom Typ %1: Sie enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>this is not a %1 file: the field &quot;format&quot; should be &quot;%2&quot;.</source>
        <translation>dies ist keine Datei vom Typ %1: Das Feld &quot;format&quot; sollte &quot;%2&quot; sein.</translation>
    </message>
    <message>
        <source>this is not a %1 file: &quot;format&quot; is &quot;%2&quot; but should be &quot;%3&quot;.</source>
        <translation>dies ist keine Datei vom Typ %1: &quot;format&quot; ist &quot;%2&quot;, sollte aber &quot;%3&quot; sein.</translation>
    </message>
    <message>
        <source>the format version should be a whole number.</source>
        <translation>die Formatversion sollte eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>the format version %1 is not valid.</source>
        <translation>die Formatversion %1 ist ungültig.</translation>
    </message>
    <message>
        <source>this %1 was saved by a newer version of DRPO Studio (format version %2; this version reads up to %3). Please update DRPO Studio to open it.</source>
        <translation>diese Datei (%1) wurde von einer neueren Version von DRPO Studio gespeichert (Formatversion %2; diese Version liest bis %3). Bitte aktualisieren Sie DRPO Studio, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>the simulated demo model (every figure of it is simulated)</source>
        <translation>das simulierte Demo-Modell (alle seine Zahlen sind simuliert)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Static retrieval: these %1 examples are fixed. Replace {query} with the user&apos;s message (and append earlier turns before it). drpo serve picks the %2 nearest of the profile&apos;s %3 examples for each query instead.</source>
        <translation>Statische Beispielauswahl: Diese %1 Beispiele sind fest. Ersetzen Sie {query} durch die Nachricht des Benutzers (und stellen Sie frühere Gesprächsrunden davor). drpo serve wählt stattdessen für jede Anfrage die %2 ähnlichsten der %3 Beispiele des Profils.</translation>
    </message>
    <message>
        <source>Alignment profile</source>
        <translation>Ausrichtungsprofil</translation>
    </message>
    <message>
        <source>Alignment profile: %1</source>
        <translation>Ausrichtungsprofil: %1</translation>
    </message>
    <message>
        <source>- Base model: %1
</source>
        <translation>- Basismodell: %1
</translation>
    </message>
    <message>
        <source>- Examples retrieved per query (K): %1 of %2, by similarity of the query to the example queries
</source>
        <translation>- Abgerufene Beispiele je Anfrage (K): %1 von %2, nach Ähnlichkeit der Anfrage mit den Beispielanfragen
</translation>
    </message>
    <message>
        <source>- Rendering: chat messages (system prompt, examples as turns, then the conversation)
</source>
        <translation>- Darstellung: Chat-Nachrichten (Systemprompt, Beispiele als Gesprächsrunden, dann das Gespräch)
</translation>
    </message>
    <message>
        <source>- Rendering: a completion template with stop sequences &lt;END&gt; and &quot;# Query:&quot; (see the end)
</source>
        <translation>- Darstellung: eine Completion-Vorlage mit den Stoppsequenzen &lt;END&gt; und &quot;# Query:&quot; (siehe Ende)
</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Examples (%1)</source>
        <translation>Beispiele (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Judged %1 / 5 after %n version(s).</source>
        <translation>
            <numerusform>Bewertet mit %1 / 5 nach %n Fassung.</numerusform>
            <numerusform>Bewertet mit %1 / 5 nach %n Fassungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Completion template</source>
        <translation>Completion-Vorlage</translation>
    </message>
    <message>
        <source>alignment profile</source>
        <translation>Ausrichtungsprofil</translation>
    </message>
    <message>
        <source>%1: the run has not finished, so it has no profile yet</source>
        <translation>%1: Der Lauf ist nicht beendet und hat daher noch kein Profil</translation>
    </message>
    <message>
        <source>the query id is empty.</source>
        <translation>die Anfrage-ID ist leer.</translation>
    </message>
    <message>
        <source>the query id &quot;%1&quot; is used twice (also at %2).</source>
        <translation>die Anfrage-ID „%1“ wird doppelt verwendet (auch bei %2).</translation>
    </message>
    <message>
        <source>the text of query &quot;%1&quot; is empty.</source>
        <translation>der Text der Anfrage „%1“ ist leer.</translation>
    </message>
    <message>
        <source>DRPO project</source>
        <translation>DRPO-Projekt</translation>
    </message>
    <message>
        <source>Could not export to %1: query &quot;%2&quot; contains a line break, which plain text cannot hold. Export as JSON, JSON Lines or CSV instead.</source>
        <translation>Export nach %1 nicht möglich: Die Anfrage „%2“ enthält einen Zeilenumbruch, den reiner Text nicht aufnehmen kann. Exportieren Sie stattdessen als JSON, JSON Lines oder CSV.</translation>
    </message>
    <message>
        <source>Could not export to %1: the just-eval format is for importing only; export as JSON, JSON Lines or CSV instead.</source>
        <translation>Export nach %1 nicht möglich: Das just-eval-Format dient nur dem Import; exportieren Sie stattdessen als JSON, JSON Lines oder CSV.</translation>
    </message>
    <message>
        <source>expected a query (an object or a string) but found %1.</source>
        <translation>erwartet wurde eine Anfrage (ein Objekt oder eine Zeichenkette), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>this record has no query text: it needs a field named &quot;text&quot;, &quot;query&quot;, &quot;instruction&quot; or &quot;prompt&quot;.</source>
        <translation>dieser Datensatz hat keinen Anfragetext: Er braucht ein Feld namens &quot;text&quot;, &quot;query&quot;, &quot;instruction&quot; oder &quot;prompt&quot;.</translation>
    </message>
    <message>
        <source>expected a tag (a string) but found %1.</source>
        <translation>erwartet wurde ein Schlagwort (eine Zeichenkette), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>expected a list of tags or a text with tags separated by &quot;;&quot; but found %1.</source>
        <translation>erwartet wurde eine Liste von Schlagwörtern oder ein Text mit durch &quot;;&quot; getrennten Schlagwörtern, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>just-eval categories are &quot;regular&quot; or &quot;safety&quot;; &quot;%1&quot; is kept as it is.</source>
        <translation>just-eval-Kategorien sind &quot;regular&quot; oder &quot;safety&quot;; „%1“ wird unverändert übernommen.</translation>
    </message>
    <message>
        <source>expected a list of queries, or an object with a &quot;queries&quot; list.</source>
        <translation>erwartet wurde eine Liste von Anfragen oder ein Objekt mit einer Liste &quot;queries&quot;.</translation>
    </message>
    <message>
        <source>expected a list of queries but found %1.</source>
        <translation>erwartet wurde eine Liste von Anfragen, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>the header row has no query text column; name one column &quot;text&quot;, &quot;query&quot;, &quot;instruction&quot; or &quot;prompt&quot; (found: %1).</source>
        <translation>die Kopfzeile hat keine Spalte für den Anfragetext; benennen Sie eine Spalte &quot;text&quot;, &quot;query&quot;, &quot;instruction&quot; oder &quot;prompt&quot; (gefunden: %1).</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2 columns; the column &quot;%3&quot; is missing. Put fields that contain commas in double quotes.</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2 Spalten; die Spalte „%3“ fehlt. Setzen Sie Felder mit Kommas in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2 columns. Put fields that contain commas in double quotes.</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2 Spalten. Setzen Sie Felder mit Kommas in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>the query id &quot;%1&quot; is used twice: first at %2, again at %3.</source>
        <translation>die Anfrage-ID „%1“ wird doppelt verwendet: zuerst bei %2, erneut bei %3.</translation>
    </message>
    <message>
        <source>this query has no text and was skipped.</source>
        <translation>diese Anfrage hat keinen Text und wurde übersprungen.</translation>
    </message>
    <message>
        <source>the same query text already appears at %1.</source>
        <translation>derselbe Anfragetext steht bereits bei %1.</translation>
    </message>
    <message>
        <source>the validation id &quot;%1&quot; names no query and was dropped.</source>
        <translation>die Validierungs-ID „%1“ benennt keine Anfrage und wurde verworfen.</translation>
    </message>
    <message>
        <source>the file holds no queries.</source>
        <translation>die Datei enthält keine Anfragen.</translation>
    </message>
    <message>
        <source>run record</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>expected the selector&apos;s answer (an object) but found %1.</source>
        <translation>erwartet wurde die Antwort des Auswählers (ein Objekt), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>expected an object with &quot;selected_aspects&quot; but found %1.</source>
        <translation>erwartet wurde ein Objekt mit &quot;selected_aspects&quot;, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>this required field is missing: the entry holds no criteria selection.</source>
        <translation>dieses Pflichtfeld fehlt: Der Eintrag enthält keine Kriterienauswahl.</translation>
    </message>
    <message>
        <source>expected an object that maps each query to its criteria selection but found %1.</source>
        <translation>erwartet wurde ein Objekt, das jeder Anfrage ihre Kriterienauswahl zuordnet, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1: no number is that large).</source>
        <translation>dies ist kein gültiges JSON (%1: die Zahl ist zu groß).</translation>
    </message>
</context>
<context>
    <name>drpo::llm</name>
    <message>
        <source>Anthropic has no embeddings endpoint; configure an OpenAI-compatible one for retrieval</source>
        <translation>Anthropic hat keinen Endpunkt für Einbettungen; richten Sie für die Beispielsuche einen OpenAI-kompatiblen ein</translation>
    </message>
    <message>
        <source>the stream from %1 reported an error: %2</source>
        <translation>der Stream von %1 meldete einen Fehler: %2</translation>
    </message>
    <message>
        <source>the stream ended before the answer was complete</source>
        <translation>der Stream endete, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>kein JSON (%1)</translation>
    </message>
    <message>
        <source>empty answer (max_tokens reached)</source>
        <translation>leere Antwort (max_tokens erreicht)</translation>
    </message>
    <message>
        <source>reachable (%1 ms); model %2 answered</source>
        <translation>erreichbar (%1 ms); Modell %2 hat geantwortet</translation>
    </message>
    <message>
        <source>simulated models (offline, no network)</source>
        <translation>simulierte Modelle (offline, kein Netzwerk)</translation>
    </message>
    <message>
        <source>an upper bound: every level runs (no early skip), nothing comes from the cache; tokens are estimated from typical prompt sizes</source>
        <translation>eine Obergrenze: Jede Ebene läuft (kein frühes Überspringen), nichts kommt aus dem Cache; die Tokens sind aus typischen Prompt-Größen geschätzt</translation>
    </message>
    <message>
        <source>; some models have no price in the price table and count as $0</source>
        <translation>; für manche Modelle fehlt ein Preis in der Preistabelle, sie zählen als 0 $</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>der Server meldete: %1</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the prompt is longer than the model&apos;s context window; use a model with a larger context, fewer ICL examples or a lower max-tokens setting</source>
        <translation>HTTP %1 von %2: Der Prompt ist länger als das Kontextfenster des Modells; verwenden Sie ein Modell mit größerem Kontext, weniger ICL-Beispiele oder einen kleineren Wert für max-tokens</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the account&apos;s quota or credit is used up; add credit or raise the limit, then resume</source>
        <translation>HTTP %1 von %2: Das Kontingent oder Guthaben des Kontos ist aufgebraucht; laden Sie Guthaben auf oder erhöhen Sie das Limit und setzen Sie dann fort</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the endpoint rejected the request; check the model name and the role&apos;s settings</source>
        <translation>HTTP %1 von %2: Der Endpunkt hat die Anfrage abgelehnt; prüfen Sie den Modellnamen und die Einstellungen der Rolle</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the API key was refused; check the key (environment variable or keychain) for this endpoint</source>
        <translation>HTTP %1 von %2: Der API-Schlüssel wurde abgelehnt; prüfen Sie den Schlüssel (Umgebungsvariable oder Schlüsselbund) für diesen Endpunkt</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: payment required; add credit to the account, then resume</source>
        <translation>HTTP %1 von %2: Zahlung erforderlich; laden Sie Guthaben auf das Konto und setzen Sie dann fort</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: not found; check the model name and the base URL (it usually ends in /v1)</source>
        <translation>HTTP %1 von %2: nicht gefunden; prüfen Sie den Modellnamen und die Basis-URL (sie endet meist auf /v1)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: rate limited</source>
        <translation>HTTP %1 von %2: Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the service is overloaded</source>
        <translation>HTTP %1 von %2: Der Dienst ist überlastet</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: server error</source>
        <translation>HTTP %1 von %2: Serverfehler</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: unexpected answer</source>
        <translation>HTTP %1 von %2: unerwartete Antwort</translation>
    </message>
    <message>
        <source>no connection test for this kind of endpoint</source>
        <translation>kein Verbindungstest für diese Art von Endpunkt</translation>
    </message>
    <message>
        <source>unreadable answer from %1: %2</source>
        <translation>unlesbare Antwort von %1: %2</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>der Aufruf wurde abgebrochen</translation>
    </message>
    <message>
        <source>no answer from %1 within the timeout</source>
        <translation>keine Antwort von %1 innerhalb der Zeitgrenze</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 MiB, so it was cut off unread (a runaway generation? check the model&apos;s max tokens and stop sequences)</source>
        <translation>die Antwort von %1 ist größer als %2 MiB und wurde deshalb ungelesen abgeschnitten (eine außer Kontrolle geratene Generierung? prüfen Sie max tokens und die Stoppsequenzen des Modells)</translation>
    </message>
    <message>
        <source>the answer from %1 was still not complete after %2 s, so it was cut off (a stream that never ends?)</source>
        <translation>die Antwort von %1 war nach %2 s noch nicht vollständig und wurde deshalb abgeschnitten (ein Stream, der nie endet?)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2; check the base URL</source>
        <translation>%1 ist nicht erreichbar: %2; prüfen Sie die Basis-URL</translation>
    </message>
    <message>
        <source>network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>the connection to %1 broke during the answer: %2</source>
        <translation>die Verbindung zu %1 brach während der Antwort ab: %2</translation>
    </message>
    <message>
        <source>malformed stream data</source>
        <translation>fehlerhafte Stream-Daten</translation>
    </message>
    <message>
        <source>no choices in the stream</source>
        <translation>keine Auswahl (choices) im Stream</translation>
    </message>
    <message>
        <source>expected %1 embeddings, got %2</source>
        <translation>%1 Einbettungen erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>a choice has no text</source>
        <translation>eine Auswahl (choice) hat keinen Text</translation>
    </message>
    <message>
        <source>no choices in the answer</source>
        <translation>keine Auswahl (choices) in der Antwort</translation>
    </message>
    <message>
        <source>empty answer (max_tokens reached before any text)</source>
        <translation>leere Antwort (max_tokens erreicht, bevor Text kam)</translation>
    </message>
    <message>
        <source>reachable (%1 ms); the server lists no models</source>
        <translation>erreichbar (%1 ms); der Server listet keine Modelle auf</translation>
    </message>
    <message>
        <source>reachable (%1 ms); model %2 is available</source>
        <translation>erreichbar (%1 ms); Modell %2 ist verfügbar</translation>
    </message>
    <message>
        <source>reachable (%1 ms), but model %2 is not among the %3 listed; check the model name</source>
        <translation>erreichbar (%1 ms), aber Modell %2 ist nicht unter den %3 aufgelisteten; prüfen Sie den Modellnamen</translation>
    </message>
    <message>
        <source>cannot read the price table %1: %2</source>
        <translation>die Preistabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the price table %1 is not a JSON object: %2</source>
        <translation>die Preistabelle %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>cannot write the price table %1: %2</source>
        <translation>die Preistabelle %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http(s) base URL</source>
        <translation>„%1“ ist keine gültige http(s)-Basis-URL</translation>
    </message>
    <message>
        <source>the base URL %1 must not carry credentials or a query; keys come from environment variables or the keychain</source>
        <translation>die Basis-URL %1 darf weder Zugangsdaten noch eine Query enthalten; Schlüssel kommen aus Umgebungsvariablen oder dem Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 uses plain http to another machine, which would send the key unencrypted; use https, or allow insecure http explicitly</source>
        <translation>%1 verwendet unverschlüsseltes http zu einem anderen Rechner und würde den Schlüssel unverschlüsselt senden; verwenden Sie https oder erlauben Sie unsicheres http ausdrücklich</translation>
    </message>
    <message>
        <source>%1 role: %2</source>
        <translation>Rolle %1: %2</translation>
    </message>
    <message>
        <source>no provider is configured</source>
        <translation>es ist kein Anbieter eingerichtet</translation>
    </message>
    <message>
        <source>there is no simulated model &quot;%1&quot; (the simulated base models are %2)</source>
        <translation>es gibt kein simuliertes Modell „%1“ (die simulierten Basismodelle sind %2)</translation>
    </message>
    <message>
        <source>unknown provider kind &quot;%1&quot; (expected sim, openai or anthropic)</source>
        <translation>unbekannte Anbieterart „%1“ (erwartet: sim, openai oder anthropic)</translation>
    </message>
    <message>
        <source>Anthropic has no embeddings endpoint; use an OpenAI-compatible one (OpenAI, Ollama, vLLM...) or the simulated embedder</source>
        <translation>Anthropic hat keinen Endpunkt für Einbettungen; verwenden Sie einen OpenAI-kompatiblen (OpenAI, Ollama, vLLM …) oder das simulierte Einbettungsmodell</translation>
    </message>
    <message>
        <source>no model name is set (for example %1)</source>
        <translation>es ist kein Modellname gesetzt (zum Beispiel %1)</translation>
    </message>
    <message>
        <source>no API key: set the environment variable %1</source>
        <translation>kein API-Schlüssel: Setzen Sie die Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>the response cache cannot be used: %1</source>
        <translation>der Antwort-Cache kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp-Server</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>no key found: set the environment variable %1 (this build has no keychain support)</source>
        <translation>kein Schlüssel gefunden: Setzen Sie die Umgebungsvariable %1 (dieser Build unterstützt keinen Schlüsselbund)</translation>
    </message>
    <message>
        <source>no key found: set the environment variable %1 or store the key in the keychain under that name</source>
        <translation>kein Schlüssel gefunden: Setzen Sie die Umgebungsvariable %1 oder legen Sie den Schlüssel unter diesem Namen im Schlüsselbund ab</translation>
    </message>
    <message>
        <source>no key in the environment variable %1, and the keychain is unavailable (%2)</source>
        <translation>kein Schlüssel in der Umgebungsvariable %1, und der Schlüsselbund ist nicht verfügbar (%2)</translation>
    </message>
    <message>
        <source>the keychain is unavailable: %1</source>
        <translation>der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>cannot open the response cache %1: %2</source>
        <translation>der Antwort-Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the response cache</source>
        <translation>der Ordner %1 für den Antwort-Cache kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot use the response cache %1: %2</source>
        <translation>der Antwort-Cache %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>a chunk header of the answer is longer than %1 bytes</source>
        <translation>ein Chunk-Kopf der Antwort ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>the answer&apos;s header is larger than %1 KiB</source>
        <translation>der Kopf der Antwort ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP/1.x (it starts with &quot;%1&quot;)</source>
        <translation>die Antwort des Servers ist kein HTTP/1.x (sie beginnt mit „%1“)</translation>
    </message>
    <message>
        <source>the answer&apos;s header starts with a continuation line</source>
        <translation>der Kopf der Antwort beginnt mit einer Fortsetzungszeile</translation>
    </message>
    <message>
        <source>the answer has a malformed header line (&quot;%1&quot;)</source>
        <translation>die Antwort hat eine fehlerhafte Kopfzeile („%1“)</translation>
    </message>
    <message>
        <source>the answer has more than %1 header lines</source>
        <translation>die Antwort hat mehr als %1 Kopfzeilen</translation>
    </message>
    <message>
        <source>the server switched protocols, which was not asked for</source>
        <translation>der Server hat das Protokoll gewechselt, ohne dass es verlangt wurde</translation>
    </message>
    <message>
        <source>the answer uses a transfer coding this client does not decode (&quot;%1&quot;)</source>
        <translation>die Antwort nutzt eine Transfer-Kodierung, die dieser Client nicht dekodiert („%1“)</translation>
    </message>
    <message>
        <source>the answer has an invalid Content-Length (&quot;%1&quot;)</source>
        <translation>die Antwort hat eine ungültige Content-Length („%1“)</translation>
    </message>
    <message>
        <source>the answer has an invalid chunk size (&quot;%1&quot;)</source>
        <translation>die Antwort hat eine ungültige Chunk-Größe („%1“)</translation>
    </message>
    <message>
        <source>the answer has a malformed trailer line (&quot;%1&quot;)</source>
        <translation>die Antwort hat eine fehlerhafte Trailer-Zeile („%1“)</translation>
    </message>
    <message>
        <source>a chunk of the answer is longer than its announced size</source>
        <translation>ein Chunk der Antwort ist länger als angekündigt</translation>
    </message>
    <message>
        <source>the connection closed after %1 of the %2 bytes the answer announced</source>
        <translation>die Verbindung wurde nach %1 der %2 angekündigten Byte der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection closed in the middle of a chunked answer</source>
        <translation>die Verbindung wurde mitten in einer Antwort in Chunks geschlossen</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the answer&apos;s header</source>
        <translation>die Verbindung wurde mitten im Kopf der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the call was aborted</source>
        <translation>der Aufruf wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>drpo::llm::Scheduler</name>
    <message>
        <source>the run was stopped</source>
        <translation>der Lauf wurde gestoppt</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>der Aufruf wurde abgebrochen</translation>
    </message>
    <message>
        <source>no model is configured for the %1 role</source>
        <translation>für die Rolle %1 ist kein Modell eingerichtet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1 (nach %n Versuch aufgegeben)</numerusform>
            <numerusform>%1 (nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n calls in a row</source>
        <translation>
            <numerusform>ist %n-mal in Folge fehlgeschlagen</numerusform>
            <numerusform>ist %n-mal in Folge fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>failed %1 of its last %2 calls</source>
        <translation>ist bei %1 seiner letzten %2 Aufrufe fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>the %1 model %2 at %3 %4 (each after up to %n attempts), so its calls stop here; last error: %5. Check that the server at that URL is running and reachable, that the model name is right and what the server&apos;s log says; then resume the run.</source>
        <translation>
            <numerusform>das %1-Modell %2 unter %3 %4 (jeweils nach bis zu %n Versuch), daher enden seine Aufrufe hier; letzter Fehler: %5. Prüfen Sie, ob der Server unter dieser URL läuft und erreichbar ist, ob der Modellname stimmt und was das Protokoll des Servers sagt; setzen Sie den Lauf dann fort.</numerusform>
            <numerusform>das %1-Modell %2 unter %3 %4 (jeweils nach bis zu %n Versuchen), daher enden seine Aufrufe hier; letzter Fehler: %5. Prüfen Sie, ob der Server unter dieser URL läuft und erreichbar ist, ob der Modellname stimmt und was das Protokoll des Servers sagt; setzen Sie den Lauf dann fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>the budget of $%1 is spent ($%2 so far); raise it to continue</source>
        <translation>das Budget von $%1 ist aufgebraucht (bisher $%2); erhöhen Sie es, um fortzufahren</translation>
    </message>
</context>
<context>
    <name>drpo::model</name>
    <message>
        <source>beam width must be between 1 and 64</source>
        <translation>die Beam-Breite muss zwischen 1 und 64 liegen</translation>
    </message>
    <message>
        <source>actions per node must be between 1 and 16</source>
        <translation>die Aktionen je Knoten müssen zwischen 1 und 16 liegen</translation>
    </message>
    <message>
        <source>depth must be between 0 and 200</source>
        <translation>die Tiefe muss zwischen 0 und 200 liegen</translation>
    </message>
    <message>
        <source>depth extension must be between 0 and 100</source>
        <translation>die Tiefenerweiterung muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 256</source>
        <translation>die Stapelgröße muss zwischen 1 und 256 liegen</translation>
    </message>
    <message>
        <source>K must be between 0 and 32</source>
        <translation>K muss zwischen 0 und 32 liegen</translation>
    </message>
    <message>
        <source>stage-1 rounds must be between 1 and 50</source>
        <translation>die Runden von Stufe 1 müssen zwischen 1 und 50 liegen</translation>
    </message>
    <message>
        <source>criteria count bounds are inconsistent</source>
        <translation>die Grenzen für die Zahl der Kriterien widersprechen sich</translation>
    </message>
    <message>
        <source>validation size cannot be negative</source>
        <translation>die Validierungsgröße darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>drpo::reward</name>
    <message>
        <source>the call was cancelled</source>
        <translation>der Aufruf wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 (%2 role): %3</source>
        <translation>%1 (Rolle %2): %3</translation>
    </message>
    <message>
        <source>criteria selection failed for &quot;%1&quot;: %2; using the library&apos;s first criteria</source>
        <translation>die Kriterienauswahl für „%1“ ist fehlgeschlagen: %2; es werden die ersten Kriterien der Bibliothek verwendet</translation>
    </message>
    <message>
        <source>The selector&apos;s answer could not be read, so default criteria were used.</source>
        <translation>Die Antwort des Auswählers war nicht lesbar, daher wurden Standardkriterien verwendet.</translation>
    </message>
    <message>
        <source>Static mode: every enabled criterion is judged.</source>
        <translation>Statischer Modus: Jedes aktive Kriterium wird bewertet.</translation>
    </message>
    <message>
        <source>no criteria to judge by (all criteria are disabled or banned)</source>
        <translation>keine Kriterien zum Bewerten (alle Kriterien sind deaktiviert oder gesperrt)</translation>
    </message>
    <message>
        <source>the judge&apos;s verdict could not be read after a retry: %1</source>
        <translation>das Urteil des Bewerters war auch nach einem zweiten Versuch nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>drpo::search</name>
    <message>
        <source>unusable embeddings: %1</source>
        <translation>unbrauchbare Einbettungen: %1</translation>
    </message>
    <message>
        <source>ICL retrieval falls back to BM25 for this run: %1</source>
        <translation>Die ICL-Beispielsuche weicht in diesem Lauf auf BM25 aus: %1</translation>
    </message>
    <message>
        <source>ICL retrieval: cosine similarity of embeddings from %1 (%2 texts, %3 calls).</source>
        <translation>ICL-Beispielsuche: Kosinus-Ähnlichkeit der Einbettungen von %1 (%2 Texte, %3 Aufrufe).</translation>
    </message>
    <message>
        <source>the base model failed: %1</source>
        <translation>das Basismodell ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>there are no training queries to optimize on</source>
        <translation>es gibt keine Trainingsanfragen zum Optimieren</translation>
    </message>
    <message>
        <source>Carried unchanged: its reward %1 is above the skip threshold %2.</source>
        <translation>Unverändert übernommen: Seine Belohnung %1 liegt über der Überspringschwelle %2.</translation>
    </message>
    <message>
        <source>level %1: the optimizer failed for %2: %3</source>
        <translation>Ebene %1: Der Optimierer ist für %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>level %1: a proposal for %2 had no &lt;prompt&gt; section</source>
        <translation>Ebene %1: Ein Vorschlag für %2 hatte keinen &lt;prompt&gt;-Abschnitt</translation>
    </message>
    <message>
        <source>Level %1: %2 proposals repeated an existing prompt and were dropped.</source>
        <translation>Ebene %1: %2 Vorschläge wiederholten einen vorhandenen Prompt und wurden verworfen.</translation>
    </message>
    <message>
        <source>Carried: no usable proposal this level.</source>
        <translation>Übernommen: Auf dieser Ebene gab es keinen brauchbaren Vorschlag.</translation>
    </message>
    <message>
        <source>there is no node %1 to edit</source>
        <translation>es gibt keinen Knoten %1 zum Bearbeiten</translation>
    </message>
    <message>
        <source>the edited prompt is empty</source>
        <translation>der bearbeitete Prompt ist leer</translation>
    </message>
    <message>
        <source>Edited by hand.</source>
        <translation>Von Hand bearbeitet.</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>der Lauf wurde gestoppt</translation>
    </message>
    <message>
        <source>node %1 is not a scored node of this run</source>
        <translation>Knoten %1 ist kein bewerteter Knoten dieses Laufs</translation>
    </message>
    <message>
        <source>bm25 (embeddings failed)</source>
        <translation>BM25 (Einbettungen fehlgeschlagen)</translation>
    </message>
    <message>
        <source>embeddings (%1)</source>
        <translation>Einbettungen (%1)</translation>
    </message>
</context>
<context>
    <name>drpo::serve</name>
    <message>
        <source>the client went away</source>
        <translation>der Client hat die Verbindung getrennt</translation>
    </message>
    <message>
        <source>the base model&apos;s retried answer differs from the part already streamed; ask again</source>
        <translation>die wiederholte Antwort des Basismodells weicht vom bereits gestreamten Teil ab; fragen Sie erneut</translation>
    </message>
    <message>
        <source>the request line is longer than %1 bytes</source>
        <translation>die Anfragezeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the request head is larger than %1 bytes</source>
        <translation>der Anfragekopf ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>a bare CR inside a header line</source>
        <translation>ein einzelnes CR in einer Kopfzeile</translation>
    </message>
    <message>
        <source>malformed request line &quot;%1&quot;</source>
        <translation>fehlerhafte Anfragezeile „%1“</translation>
    </message>
    <message>
        <source>malformed HTTP version &quot;%1&quot;</source>
        <translation>fehlerhafte HTTP-Version „%1“</translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are served, not %1</source>
        <translation>bedient werden nur HTTP/1.0 und HTTP/1.1, nicht %1</translation>
    </message>
    <message>
        <source>the request target contains a byte that is not printable ASCII</source>
        <translation>das Anfrageziel enthält ein Byte, das kein druckbares ASCII ist</translation>
    </message>
    <message>
        <source>the request target must be a path starting with /, not &quot;%1&quot;</source>
        <translation>das Anfrageziel muss ein Pfad sein, der mit / beginnt, nicht „%1“</translation>
    </message>
    <message>
        <source>folded header lines (obs-fold) are not accepted</source>
        <translation>gefaltete Kopfzeilen (obs-fold) werden nicht angenommen</translation>
    </message>
    <message>
        <source>malformed header line &quot;%1&quot;</source>
        <translation>fehlerhafte Kopfzeile „%1“</translation>
    </message>
    <message>
        <source>malformed header name &quot;%1&quot;</source>
        <translation>fehlerhafter Header-Name „%1“</translation>
    </message>
    <message>
        <source>the header %1 contains a control character</source>
        <translation>der Header %1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>mehr als %1 Header-Felder</translation>
    </message>
    <message>
        <source>an HTTP/1.1 request needs a Host header</source>
        <translation>eine HTTP/1.1-Anfrage braucht einen Host-Header</translation>
    </message>
    <message>
        <source>invalid Content-Length &quot;%1&quot;</source>
        <translation>ungültige Content-Length „%1“</translation>
    </message>
    <message>
        <source>conflicting Content-Length values</source>
        <translation>widersprüchliche Content-Length-Werte</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length were sent</source>
        <translation>es wurden sowohl Transfer-Encoding als auch Content-Length gesendet</translation>
    </message>
    <message>
        <source>request bodies must be sent with a Content-Length (chunked uploads are not accepted)</source>
        <translation>Anfragekörper müssen mit einer Content-Length gesendet werden (Chunked-Uploads werden nicht angenommen)</translation>
    </message>
    <message>
        <source>the request body is %1 bytes; at most %2 are accepted</source>
        <translation>der Anfragekörper hat %1 Bytes; angenommen werden höchstens %2</translation>
    </message>
    <message>
        <source>unsupported Expect &quot;%1&quot;</source>
        <translation>nicht unterstütztes Expect „%1“</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>der Anfragekörper ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>der Anfragekörper muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>model is required: the name of a served profile (see /v1/models)</source>
        <translation>model ist erforderlich: der Name eines bereitgestellten Profils (siehe /v1/models)</translation>
    </message>
    <message>
        <source>top_p must be above 0</source>
        <translation>top_p muss größer als 0 sein</translation>
    </message>
    <message>
        <source>stop must be a string or a list of strings</source>
        <translation>stop muss eine Zeichenkette oder eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>stop must be a string or a list of at most %1 strings</source>
        <translation>stop muss eine Zeichenkette oder eine Liste von höchstens %1 Zeichenketten sein</translation>
    </message>
    <message>
        <source>stream_options must be {&quot;include_usage&quot;: true|false}</source>
        <translation>stream_options muss {&quot;include_usage&quot;: true|false} sein</translation>
    </message>
    <message>
        <source>%1 is not supported: a served profile answers with text only</source>
        <translation>%1 wird nicht unterstützt: Ein bereitgestelltes Profil antwortet nur mit Text</translation>
    </message>
    <message>
        <source>logprobs are not supported</source>
        <translation>logprobs werden nicht unterstützt</translation>
    </message>
    <message>
        <source>only the text response format is supported (a profile&apos;s examples are prose)</source>
        <translation>nur das Antwortformat text wird unterstützt (die Beispiele eines Profils sind Fließtext)</translation>
    </message>
    <message>
        <source>%1 must be a string or a list of text parts</source>
        <translation>%1 muss eine Zeichenkette oder eine Liste von Textteilen sein</translation>
    </message>
    <message>
        <source>%1: only text parts ({&quot;type&quot;: &quot;text&quot;, &quot;text&quot;: ...}) are supported</source>
        <translation>%1: Nur Textteile ({&quot;type&quot;: &quot;text&quot;, &quot;text&quot;: ...}) werden unterstützt</translation>
    </message>
    <message>
        <source>messages must be a non-empty list</source>
        <translation>messages muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>%1 must be an object with role and content</source>
        <translation>%1 muss ein Objekt mit role und content sein</translation>
    </message>
    <message>
        <source>%1.role: tool messages are not supported</source>
        <translation>%1.role: Tool-Nachrichten werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1.role must be system, developer, user or assistant</source>
        <translation>%1.role muss system, developer, user oder assistant sein</translation>
    </message>
    <message>
        <source>the last message (after any system messages) must be the user&apos;s: it is what is answered</source>
        <translation>die letzte Nachricht (nach allfälligen Systemnachrichten) muss die des Benutzers sein: Sie wird beantwortet</translation>
    </message>
    <message>
        <source>messages need at least one user message</source>
        <translation>messages braucht mindestens eine Nachricht des Benutzers</translation>
    </message>
    <message>
        <source>prompt must be one string (a list of prompts, or token ids, is not supported)</source>
        <translation>prompt muss eine einzelne Zeichenkette sein (eine Liste von Prompts oder Token-IDs wird nicht unterstützt)</translation>
    </message>
    <message>
        <source>echo is not supported</source>
        <translation>echo wird nicht unterstützt</translation>
    </message>
    <message>
        <source>suffix is not supported</source>
        <translation>suffix wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the embedder failed: %1</source>
        <translation>das Einbettungsmodell ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>examples are retrieved by BM25 instead of embeddings: %1</source>
        <translation>die Beispiele werden per BM25 statt mit Einbettungen abgerufen: %1</translation>
    </message>
    <message>
        <source>the base model failed: %1</source>
        <translation>das Basismodell ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server is stopping</source>
        <translation>der Server wird beendet</translation>
    </message>
    <message>
        <source>/health answers GET</source>
        <translation>/health beantwortet GET</translation>
    </message>
    <message>
        <source>unknown path %1: this server answers /v1/chat/completions, /v1/completions, /v1/models and /health</source>
        <translation>unbekannter Pfad %1: Dieser Server beantwortet /v1/chat/completions, /v1/completions, /v1/models und /health</translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation>%1 beantwortet %2</translation>
    </message>
    <message>
        <source>the API key is not valid for this server</source>
        <translation>der API-Schlüssel ist für diesen Server nicht gültig</translation>
    </message>
    <message>
        <source>this server needs a key: send Authorization: Bearer &lt;key&gt;</source>
        <translation>dieser Server braucht einen Schlüssel: Senden Sie Authorization: Bearer &lt;key&gt;</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; is not served here</source>
        <translation>das Modell „%1“ wird hier nicht bereitgestellt</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; is not served here; this server serves: %2</source>
        <translation>das Modell „%1“ wird hier nicht bereitgestellt; dieser Server stellt bereit: %2</translation>
    </message>
    <message>
        <source>the server is busy (%1 requests answered, %2 waiting); retry shortly</source>
        <translation>der Server ist ausgelastet (%1 Anfragen in Bearbeitung, %2 wartend); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the base model returned no answer</source>
        <translation>das Basismodell hat keine Antwort geliefert</translation>
    </message>
    <message>
        <source>no answer from the base model within %1 s</source>
        <translation>keine Antwort vom Basismodell innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the request waited %1 s in the queue without being answered</source>
        <translation>die Anfrage hat %1 s in der Warteschlange gewartet, ohne beantwortet zu werden</translation>
    </message>
    <message>
        <source>the client closed the connection before the answer</source>
        <translation>der Client hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>no profile to serve</source>
        <translation>kein Profil zum Bereitstellen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a model name: use letters, digits and . _ : / - (at most 128)</source>
        <translation>„%1“ kann kein Modellname sein: Verwenden Sie Buchstaben, Ziffern und . _ : / - (höchstens 128)</translation>
    </message>
    <message>
        <source>two profiles are served as &quot;%1&quot;: give them different names (--profile NAME=PATH)</source>
        <translation>zwei Profile werden als „%1“ bereitgestellt: Geben Sie ihnen verschiedene Namen (--profile NAME=PFAD)</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: serving other machines needs --allow-remote (and a key)</source>
        <translation>%1 ist keine Loopback-Adresse: Um andere Rechner zu bedienen, braucht es --allow-remote (und einen Schlüssel)</translation>
    </message>
    <message>
        <source>serving %1 needs a bearer key: put it in an environment variable and give --api-key-env VAR</source>
        <translation>um %1 zu bedienen, braucht es einen Bearer-Schlüssel: Legen Sie ihn in eine Umgebungsvariable und geben Sie --api-key-env VAR an</translation>
    </message>
    <message>
        <source>the limits must be positive (concurrency at least 1, timeout at least 100 ms)</source>
        <translation>die Grenzen müssen positiv sein (Parallelität mindestens 1, Zeitlimit mindestens 100 ms)</translation>
    </message>
</context>
<context>
    <name>drpo::serve::HttpConnection</name>
    <message>
        <source>the request did not arrive within %1 s</source>
        <translation>die Anfrage ist nicht innerhalb von %1 s eingetroffen</translation>
    </message>
</context>
<context>
    <name>drpo::serve::HttpServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>too many open connections</source>
        <translation>zu viele offene Verbindungen</translation>
    </message>
    <message>
        <source>too many open connections (%1); retry shortly</source>
        <translation>zu viele offene Verbindungen (%1); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>nothing is served here</source>
        <translation>hier wird nichts bereitgestellt</translation>
    </message>
</context>
<context>
    <name>drpo::serve::ServerHost</name>
    <message>
        <source>the server is already running</source>
        <translation>der Server läuft bereits</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>the server did not start within %1 s</source>
        <translation>der Server ist nicht innerhalb von %1 s gestartet</translation>
    </message>
</context>
<context>
    <name>drpo::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1 (%2 build), Qt %3</source>
        <translation>Version %1 (%2-Build), Qt %3</translation>
    </message>
    <message>
        <source>Aligns a language model without training it, by Dynamic Rewarding with Prompt Optimization (DRPO).</source>
        <translation>Richtet ein Sprachmodell aus, ohne es zu trainieren: durch Dynamic Rewarding with Prompt Optimization (DRPO).</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (%1).
This program is free software: you can redistribute it and/or modify it under the terms of that licence. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder später (%1).
Dieses Programm ist freie Software: Sie können es unter den Bedingungen dieser Lizenz weitergeben und/oder verändern. Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.</translation>
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
    <name>drpo::ui::BenchmarkChoice</name>
    <message>
        <source>%1: %2 questions, %3 of them safety</source>
        <translation>%1: %2 Fragen, davon %3 zur Sicherheit</translation>
    </message>
    <message>
        <source>the demo benchmark</source>
        <translation>der Demo-Benchmark</translation>
    </message>
    <message>
        <source>(%1 records left out: %2)</source>
        <translation>(%1 Datensätze ausgelassen: %2)</translation>
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
    <name>drpo::ui::DialogPrompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>DRPO projects (*.drpo)</source>
        <translation>DRPO-Projekte (*.drpo)</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalItemBrowser</name>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regulär</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Task or topic:</source>
        <translation>Aufgabe oder Thema:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalItemDetailView</name>
    <message>
        <source>Choose an item above to see every system&apos;s answer.</source>
        <translation>Wählen Sie oben einen Eintrag, um die Antwort jedes Systems zu sehen.</translation>
    </message>
    <message>
        <source>Not judged yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Unscored: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>(no answer stored)</source>
        <translation>(keine Antwort gespeichert)</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalItemModel</name>
    <message>
        <source>safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>regulär</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Task and topic</source>
        <translation>Aufgabe und Thema</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>The highest minus the lowest score the systems got on this item</source>
        <translation>Die höchste minus die niedrigste Bewertung, die die Systeme bei diesem Eintrag erhielten</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalSession</name>
    <message>
        <source>An evaluation is already running.</source>
        <translation>Es läuft bereits eine Evaluation.</translation>
    </message>
    <message>
        <source>Choose at least one system to evaluate.</source>
        <translation>Wählen Sie mindestens ein System zum Evaluieren.</translation>
    </message>
    <message>
        <source>The benchmark has no items.</source>
        <translation>Der Benchmark enthält keine Einträge.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
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
        <source>There is no interrupted evaluation to continue.</source>
        <translation>Es gibt keine unterbrochene Evaluation zum Fortsetzen.</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalSummaryView</name>
    <message>
        <source>Means from 1 to 5 ± half their 95% interval. ▲ / ▼: clearly better / worse than the first system (the paired difference&apos;s interval excludes zero).</source>
        <translation>Mittelwerte von 1 bis 5 ± halbes 95%-Intervall. ▲ / ▼: deutlich besser / schlechter als das erste System (das Intervall der paarweisen Differenz schließt null aus).</translation>
    </message>
    <message>
        <source>Mean score per aspect</source>
        <translation>Mittlere Bewertung je Aspekt</translation>
    </message>
    <message>
        <source>By task</source>
        <translation>Nach Aufgabe</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Nach Thema</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1
Model: %2
Method: %3</source>
        <translation>%1
Modell: %2
Methode: %3</translation>
    </message>
    <message>
        <source>Mean %1, 95% interval %2 to %3</source>
        <translation>Mittel %1, 95%-Intervall %2 bis %3</translation>
    </message>
    <message>
        <source>Mean %1 (the interval comes when the evaluation ends)</source>
        <translation>Mittel %1 (das Intervall folgt, wenn die Evaluation endet)</translation>
    </message>
    <message>
        <source>Clearly better than %1</source>
        <translation>Deutlich besser als %1</translation>
    </message>
    <message>
        <source>Clearly worse than %1</source>
        <translation>Deutlich schlechter als %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Helpfulness</source>
        <translation>Hilfsbereitschaft</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Klarheit</translation>
    </message>
    <message>
        <source>Factuality</source>
        <translation>Faktentreue</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Ansprache</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Avg</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>The unweighted mean of the six aspect means</source>
        <translation>Das ungewichtete Mittel der sechs Aspektmittel</translation>
    </message>
    <message>
        <source>Mean answer length in words over the regular items</source>
        <translation>Mittlere Antwortlänge in Wörtern über die regulären Einträge</translation>
    </message>
    <message>
        <source>Items whose verdict could not be read: counted, never averaged in</source>
        <translation>Einträge, deren Urteil nicht lesbar war: gezählt, nie eingerechnet</translation>
    </message>
    <message>
        <source>Mean score 1–5 ± half the 95% interval; ▲/▼ clearly better/worse than the first system</source>
        <translation>Mittlere Bewertung 1–5 ± halbes 95%-Intervall; ▲/▼ deutlich besser/schlechter als das erste System</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvaluationPanel</name>
    <message>
        <source>Benchmark and systems</source>
        <translation>Benchmark und Systeme</translation>
    </message>
    <message>
        <source>Demo benchmark</source>
        <translation>Demo-Benchmark</translation>
    </message>
    <message>
        <source>Benchmark file…</source>
        <translation>Benchmark-Datei…</translation>
    </message>
    <message>
        <source>Starting prompt</source>
        <translation>Startprompt</translation>
    </message>
    <message>
        <source>This run&apos;s best profile</source>
        <translation>Bestes Profil dieses Laufs</translation>
    </message>
    <message>
        <source>URIAL-style</source>
        <translation>URIAL-Stil</translation>
    </message>
    <message>
        <source>Basic prompt</source>
        <translation>Einfacher Prompt</translation>
    </message>
    <message>
        <source>Instruct-like sim</source>
        <translation>Instruct-artige Simulation</translation>
    </message>
    <message>
        <source>The run&apos;s root prompt, no examples</source>
        <translation>Der Wurzelprompt des Laufs, ohne Beispiele</translation>
    </message>
    <message>
        <source>The optimized prompt with K retrieved optimized examples</source>
        <translation>Der optimierte Prompt mit K abgerufenen optimierten Beispielen</translation>
    </message>
    <message>
        <source>A fixed prompt with three fixed examples, given in full every time</source>
        <translation>Ein fester Prompt mit drei festen Beispielen, die jedes Mal vollständig mitgegeben werden</translation>
    </message>
    <message>
        <source>&quot;You are a helpful assistant.&quot;</source>
        <translation>„You are a helpful assistant.“</translation>
    </message>
    <message>
        <source>The simulated instruct-tuned model (sim-instruct) with the basic prompt</source>
        <translation>Das simulierte, auf Anweisungen feinabgestimmte Modell (sim-instruct) mit dem einfachen Prompt</translation>
    </message>
    <message>
        <source>Import judgements…</source>
        <translation>Bewertungen importieren…</translation>
    </message>
    <message>
        <source>Benchmark:</source>
        <translation>Benchmark:</translation>
    </message>
    <message>
        <source>Systems:</source>
        <translation>Systeme:</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation>%v von %m Einträgen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>The evaluation stopped: %1</source>
        <translation>Die Evaluation wurde gestoppt: %1</translation>
    </message>
    <message>
        <source>%1 (published judgements, %2 items)</source>
        <translation>%1 (veröffentlichte Bewertungen, %2 Einträge)</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>dieser Lauf</translation>
    </message>
    <message>
        <source>free (simulated)</source>
        <translation>kostenlos (simuliert)</translation>
    </message>
    <message>
        <source>at least %1 (some prices unknown)</source>
        <translation>mindestens %1 (einige Preise unbekannt)</translation>
    </message>
    <message>
        <source>Forecast: %1 calls (%2 answers, %3 verdicts), about %4 tokens, %5.</source>
        <translation>Prognose: %1 Aufrufe (%2 Antworten, %3 Urteile), etwa %4 Tokens, %5.</translation>
    </message>
    <message>
        <source>Available once a search has finished</source>
        <translation>Verfügbar, sobald eine Suche beendet ist</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>%1 calls, %2 from the cache</source>
        <translation>%1 Aufrufe, %2 aus dem Cache</translation>
    </message>
    <message>
        <source>Open a benchmark</source>
        <translation>Benchmark öffnen</translation>
    </message>
    <message>
        <source>Benchmarks (*.json *.jsonl);;All files (*)</source>
        <translation>Benchmarks (*.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import judgement files</source>
        <translation>Bewertungsdateien importieren</translation>
    </message>
    <message>
        <source>just-eval judgements (*.json);;All files (*)</source>
        <translation>just-eval-Bewertungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the evaluation report</source>
        <translation>Evaluationsbericht exportieren</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>Ergebnisse öffnen…</translation>
    </message>
    <message>
        <source>Show a results file written by DRPO Studio or drpo evaluate</source>
        <translation>Eine von DRPO Studio oder drpo evaluate geschriebene Ergebnisdatei anzeigen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Finish the interrupted evaluation: the items already judged are kept</source>
        <translation>Die unterbrochene Evaluation zu Ende führen: bereits bewertete Einträge bleiben erhalten</translation>
    </message>
    <message>
        <source>An evaluation is running; stop it before opening another.</source>
        <translation>Eine Evaluation läuft; stoppen Sie sie, bevor Sie eine andere öffnen.</translation>
    </message>
    <message>
        <source>Interrupted evaluation in %1: %2 of %3 items judged. “Continue” finishes it.</source>
        <translation>Unterbrochene Evaluation in %1: %2 von %3 Einträgen bewertet. „Fortsetzen“ führt sie zu Ende.</translation>
    </message>
    <message>
        <source>Results file: %1</source>
        <translation>Ergebnisdatei: %1</translation>
    </message>
    <message>
        <source>Open evaluation results</source>
        <translation>Evaluationsergebnisse öffnen</translation>
    </message>
    <message>
        <source>Evaluation results (*.json);;All files (*)</source>
        <translation>Evaluationsergebnisse (*.json);;Alle Dateien (*)</translation>
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
    <name>drpo::ui::ExperimentCellModel</name>
    <message>
        <source>Avg (1–5) of every system of this cell:</source>
        <translation>Avg (1–5) jedes Systems dieser Zelle:</translation>
    </message>
    <message>
        <source>The run&apos;s best prompt reward on its training queries (its own judge)</source>
        <translation>Die Belohnung des besten Prompts des Laufs auf seinen Trainingsanfragen (sein eigener Bewerter)</translation>
    </message>
    <message>
        <source>The avg (1–5) of the system the tables compare, on this cell&apos;s run</source>
        <translation>Der Avg (1–5) des Systems, das die Tabellen vergleichen, auf dem Lauf dieser Zelle</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Run best reward</source>
        <translation>Beste Belohnung des Laufs</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Avg</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentPanel</name>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Asks where the experiment file goes (it resumes from there), then runs every cell</source>
        <translation>Fragt, wohin die Experimentdatei kommt (von dort wird fortgesetzt), und führt dann jede Zelle aus</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Hold at the next safe point (a level, a batch, or before the next cell)</source>
        <translation>Am nächsten sicheren Punkt anhalten (eine Ebene, ein Stapel oder vor der nächsten Zelle)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>Stop at the next safe point; the file can be opened and resumed later</source>
        <translation>Am nächsten sicheren Punkt stoppen; die Datei kann später geöffnet und fortgesetzt werden</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>Experiment ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Show an experiment file; an unfinished one continues where it stopped</source>
        <translation>Eine Experimentdatei anzeigen; eine unfertige wird dort fortgesetzt, wo sie stoppte</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>%v of %m cells</source>
        <translation>%v von %m Zellen</translation>
    </message>
    <message>
        <source>Cells: one DRPO run each, then its evaluation</source>
        <translation>Zellen: je ein DRPO-Lauf, dann seine Evaluation</translation>
    </message>
    <message>
        <source>The experiment has finished: every cell is done.</source>
        <translation>Das Experiment ist beendet: jede Zelle ist fertig.</translation>
    </message>
    <message>
        <source>The experiment stopped: %1
Open %2 to continue it.</source>
        <translation>Das Experiment wurde gestoppt: %1
Öffnen Sie %2, um es fortzusetzen.</translation>
    </message>
    <message>
        <source>Save the experiment as</source>
        <translation>Experiment speichern unter</translation>
    </message>
    <message>
        <source>Experiments (*.json);;All files (*)</source>
        <translation>Experimente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open an experiment</source>
        <translation>Ein Experiment öffnen</translation>
    </message>
    <message>
        <source>Export the experiment report</source>
        <translation>Den Experimentbericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Markdown report (*.md);;CSV tables (*.csv)</source>
        <translation>HTML-Bericht (*.html);;Markdown-Bericht (*.md);;CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the experiment: %1</source>
        <translation>Das Experiment kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Resuming %1: %2 of %3 cells were done; the others continue where they stopped.</source>
        <translation>%1 wird fortgesetzt: %2 von %3 Zellen waren fertig; die anderen machen dort weiter, wo sie stoppten.</translation>
    </message>
    <message>
        <source>%1 is finished: its tables are shown.</source>
        <translation>%1 ist fertig: seine Tabellen werden angezeigt.</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .html, .md or .csv.</source>
        <translation>%1: Wählen Sie eine Datei mit der Endung .html, .md oder .csv.</translation>
    </message>
    <message>
        <source>Cannot export the report: %1</source>
        <translation>Der Bericht kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>Experiment file: %1</source>
        <translation>Experimentdatei: %1</translation>
    </message>
    <message>
        <source>saved at %1</source>
        <translation>gespeichert um %1</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentResultsView</name>
    <message>
        <source>The tables fill in as cells finish.</source>
        <translation>Die Tabellen füllen sich, sobald Zellen fertig werden.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Avg against K (examples per query)</source>
        <translation>Avg über K (Beispiele pro Anfrage)</translation>
    </message>
    <message>
        <source>K at inference</source>
        <translation>K bei der Inferenz</translation>
    </message>
    <message>
        <source>Avg (1–5)</source>
        <translation>Avg (1–5)</translation>
    </message>
    <message>
        <source>Choose two or more values of K to see the curve.</source>
        <translation>Wählen Sie zwei oder mehr Werte für K, um die Kurve zu sehen.</translation>
    </message>
    <message>
        <source>Avg against K (Figure 4)</source>
        <translation>Avg über K (Abbildung 4)</translation>
    </message>
    <message>
        <source>The curve appears as the reference cell is evaluated.</source>
        <translation>Die Kurve erscheint, sobald die Referenzzelle evaluiert ist.</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>An experiment is already running.</source>
        <translation>Es läuft bereits ein Experiment.</translation>
    </message>
    <message>
        <source>The benchmark has no items.</source>
        <translation>Der Benchmark enthält keine Einträge.</translation>
    </message>
    <message>
        <source>An experiment needs a file: its cells resume from it.</source>
        <translation>Ein Experiment braucht eine Datei: seine Zellen werden daraus fortgesetzt.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>gestoppt: %1</translation>
    </message>
    <message>
        <source>stopped while optimizing</source>
        <translation>beim Optimieren gestoppt</translation>
    </message>
    <message>
        <source>stopped while optimizing: %1</source>
        <translation>beim Optimieren gestoppt: %1</translation>
    </message>
    <message>
        <source>optimizing</source>
        <translation>optimiert</translation>
    </message>
    <message>
        <source>optimizing: examples %1 of %2</source>
        <translation>optimiert: Beispiele %1 von %2</translation>
    </message>
    <message>
        <source>optimizing: examples</source>
        <translation>optimiert: Beispiele</translation>
    </message>
    <message>
        <source>optimizing: level %1 of %2</source>
        <translation>optimiert: Ebene %1 von %2</translation>
    </message>
    <message>
        <source>stopped while evaluating</source>
        <translation>beim Evaluieren gestoppt</translation>
    </message>
    <message>
        <source>stopped while evaluating: %1</source>
        <translation>beim Evaluieren gestoppt: %1</translation>
    </message>
    <message>
        <source>evaluating: %1 of %2 answers</source>
        <translation>evaluiert: %1 von %2 Antworten</translation>
    </message>
    <message>
        <source>%1 · cell %2 of %3 (%4): %5</source>
        <translation>%1 · Zelle %2 von %3 (%4): %5</translation>
    </message>
    <message>
        <source>The experiment is finished: its %1 cells reach the same avg, %2. The Experiments tab has the tables.</source>
        <translation>Das Experiment ist beendet: seine %1 Zellen erreichen denselben Avg, %2. Der Reiter Experimente zeigt die Tabellen.</translation>
    </message>
    <message>
        <source>The experiment is finished: its cell (%1) reaches an avg of %2. The Experiments tab has the tables.</source>
        <translation>Das Experiment ist beendet: seine Zelle (%1) erreicht einen Avg von %2. Der Reiter Experimente zeigt die Tabellen.</translation>
    </message>
    <message>
        <source>The experiment is finished: of its %1 cells, %2 reaches the highest avg, %3, and %4 the lowest, %5 (95% intervals in brackets; where they overlap the difference may be chance). The Experiments tab has the tables.</source>
        <translation>Das Experiment ist beendet: von seinen %1 Zellen erreicht %2 den höchsten Avg, %3, und %4 den niedrigsten, %5 (95%-Intervalle in Klammern; wo sie sich überlappen, kann der Unterschied Zufall sein). Der Reiter Experimente zeigt die Tabellen.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
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
</context>
<context>
    <name>drpo::ui::ExperimentSetupView</name>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Suche:</translation>
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
        <source>Criteria, stage &amp;1 (examples):</source>
        <translation>Kriterien, Stufe &amp;1 (Beispiele):</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Criteria, stage &amp;2 (prompt):</source>
        <translation>Kriterien, Stufe &amp;2 (Prompt):</translation>
    </message>
    <message>
        <source>&amp;Components:</source>
        <translation>&amp;Komponenten:</translation>
    </message>
    <message>
        <source>Prompt only</source>
        <translation>Nur Prompt</translation>
    </message>
    <message>
        <source>Examples only</source>
        <translation>Nur Beispiele</translation>
    </message>
    <message>
        <source>Prompt + examples</source>
        <translation>Prompt + Beispiele</translation>
    </message>
    <message>
        <source>&amp;K at inference:</source>
        <translation>&amp;K bei der Inferenz:</translation>
    </message>
    <message>
        <source>One DRPO run per checked search strategy</source>
        <translation>Ein DRPO-Lauf pro gewählter Suchstrategie</translation>
    </message>
    <message>
        <source>Components and K are systems evaluated on each run: they add no optimization</source>
        <translation>Komponenten und K sind Systeme, die auf jedem Lauf evaluiert werden: sie fügen keine Optimierung hinzu</translation>
    </message>
    <message>
        <source>Demo benchmark</source>
        <translation>Demo-Benchmark</translation>
    </message>
    <message>
        <source>Benchmark file…</source>
        <translation>Benchmark-Datei…</translation>
    </message>
    <message>
        <source>Each cell evaluates this many benchmark items, spread evenly over it</source>
        <translation>Jede Zelle evaluiert so viele Benchmark-Einträge, gleichmäßig darüber verteilt</translation>
    </message>
    <message>
        <source>&amp;Items per cell:</source>
        <translation>&amp;Einträge pro Zelle:</translation>
    </message>
    <message>
        <source>Benchmark:</source>
        <translation>Benchmark:</translation>
    </message>
    <message>
        <source>Open a project (or the demo) first: its models and search settings are the experiment&apos;s.</source>
        <translation>Öffnen Sie zuerst ein Projekt (oder die Demo): seine Modelle und Sucheinstellungen gelten für das Experiment.</translation>
    </message>
    <message>
        <source>Choose a benchmark.</source>
        <translation>Wählen Sie einen Benchmark.</translation>
    </message>
    <message>
        <source>a search strategy</source>
        <translation>eine Suchstrategie</translation>
    </message>
    <message>
        <source>a criteria mode for stage 1</source>
        <translation>einen Kriterienmodus für Stufe 1</translation>
    </message>
    <message>
        <source>a criteria mode for stage 2</source>
        <translation>einen Kriterienmodus für Stufe 2</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>eine Komponente</translation>
    </message>
    <message>
        <source>a value of K</source>
        <translation>einen Wert für K</translation>
    </message>
    <message>
        <source>Check at least %1.</source>
        <translation>Wählen Sie mindestens %1.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The grid is not complete: %1.</source>
        <translation>Das Raster ist nicht vollständig: %1.</translation>
    </message>
    <message>
        <source>Each run starts from %1: its models, depth %2, beam width %3, %4 queries per level.</source>
        <translation>Jeder Lauf beginnt mit %1: seinen Modellen, Tiefe %2, Strahlbreite %3, %4 Anfragen pro Ebene.</translation>
    </message>
    <message>
        <source>free (simulated)</source>
        <translation>kostenlos (simuliert)</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>at most %1 (some prices unknown)</source>
        <translation>höchstens %1 (einige Preise unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: %n DRPO run(s) (%1 calls), each evaluated on %2 items (%3 calls in all); %4 calls, %5. An upper bound: early stops and cached answers cost less.</source>
        <translation>
            <numerusform>Prognose: %n DRPO-Lauf (%1 Aufrufe), evaluiert auf %2 Einträgen (%3 Aufrufe insgesamt); %4 Aufrufe, %5. Eine Obergrenze: frühe Abbrüche und zwischengespeicherte Antworten kosten weniger.</numerusform>
            <numerusform>Prognose: %n DRPO-Läufe (%1 Aufrufe), jeder evaluiert auf %2 Einträgen (%3 Aufrufe insgesamt); %4 Aufrufe, %5. Eine Obergrenze: frühe Abbrüche und zwischengespeicherte Antworten kosten weniger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a benchmark</source>
        <translation>Benchmark öffnen</translation>
    </message>
    <message>
        <source>Benchmarks (*.json *.jsonl);;All files (*)</source>
        <translation>Benchmarks (*.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentTableModel</name>
    <message numerus="yes">
        <source>Cell %1, system %2; %n item(s) judged</source>
        <translation>
            <numerusform>Zelle %1, System %2; %n Eintrag bewertet</numerusform>
            <numerusform>Zelle %1, System %2; %n Einträge bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Noch nicht evaluiert</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be judged and are left out</source>
        <translation>
            <numerusform>%n Antwort konnte nicht bewertet werden und wird ausgelassen</numerusform>
            <numerusform>%n Antworten konnten nicht bewertet werden und werden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>95% bootstrap interval of the avg</source>
        <translation>95%-Bootstrap-Intervall des Avg</translation>
    </message>
    <message>
        <source>Mean answer length in words</source>
        <translation>Mittlere Antwortlänge in Wörtern</translation>
    </message>
    <message>
        <source>The run&apos;s best prompt reward on its training queries (its own judge)</source>
        <translation>Die Belohnung des besten Prompts des Laufs auf seinen Trainingsanfragen (sein eigener Bewerter)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Avg</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-KI</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belohnung</translation>
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
    <message>
        <source>Node %1 · level %2 · %3 · reward %4 on its level&apos;s queries · path mean %5</source>
        <translation>Knoten %1 · Ebene %2 · %3 · Belohnung %4 auf den Anfragen seiner Ebene · Pfadmittel %5</translation>
    </message>
    <message>
        <source> · held-out score %1</source>
        <translation> · Validierungsergebnis %1</translation>
    </message>
    <message>
        <source>the best prompt: the profile&apos;s</source>
        <translation>der beste Prompt: der des Profils</translation>
    </message>
    <message>
        <source>the search&apos;s current leader</source>
        <translation>der aktuelle Spitzenreiter der Suche</translation>
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
        <source>Beam</source>
        <translation>Beam</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unscored)</source>
        <translation>
            <numerusform>%1 (%n nicht bewertet)</numerusform>
            <numerusform>%1 (%n nicht bewertet)</numerusform>
        </translation>
    </message>
    <message>
        <source>The highest reward of this level&apos;s new prompts on this level&apos;s queries.</source>
        <translation>Die höchste Belohnung der neuen Prompts dieser Ebene auf den Anfragen dieser Ebene.</translation>
    </message>
    <message>
        <source>The mean reward of this level&apos;s new prompts on this level&apos;s queries.</source>
        <translation>Die mittlere Belohnung der neuen Prompts dieser Ebene auf den Anfragen dieser Ebene.</translation>
    </message>
    <message>
        <source>The search&apos;s best prompt after this level, with the figure it is ranked by.</source>
        <translation>Der beste Prompt der Suche nach dieser Ebene, mit der Zahl, nach der er gereiht wird.</translation>
    </message>
    <message>
        <source>Best reward</source>
        <translation>Beste Belohnung</translation>
    </message>
    <message>
        <source>Mean reward</source>
        <translation>Mittlere Belohnung</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Spitzenreiter</translation>
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
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>DRPO projects (*.drpo);;All files (*)</source>
        <translation>DRPO-Projekte (*.drpo);;Alle Dateien (*)</translation>
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
        <source>This prompt has not been scored yet; choose one that has a score.</source>
        <translation>Dieser Prompt wurde noch nicht bewertet; wählen Sie einen mit Bewertung.</translation>
    </message>
    <message>
        <source>The run in progress is stopped first and continues after the restart.</source>
        <translation>Der laufende Lauf wird zuerst gestoppt und nach dem Neustart fortgesetzt.</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>Beam-Suche</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Evaluate the result</source>
        <translation>Ergebnis evaluieren</translation>
    </message>
    <message>
        <source>Compare the starting prompt, the best profile, URIAL-style and the instruct-like sim on the demo benchmark</source>
        <translation>Startprompt, bestes Profil, URIAL-Stil und die Instruct-artige Simulation auf dem Demo-Benchmark vergleichen</translation>
    </message>
    <message>
        <source>The search has finished. “Evaluate the result” shows how much the profile helps.</source>
        <translation>Die Suche ist beendet. „Ergebnis evaluieren“ zeigt, wie viel das Profil bringt.</translation>
    </message>
    <message>
        <source>Compare systems</source>
        <translation>Systeme vergleichen</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
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
        <source>In beam</source>
        <translation>Im Beam</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>The mean judge score of this prompt&apos;s answers to its level&apos;s queries.</source>
        <translation>Die mittlere Bewertung des Bewerters für die Antworten dieses Prompts auf die Anfragen seiner Ebene.</translation>
    </message>
    <message>
        <source>The mean of the rewards along the path from the starting prompt to this one.</source>
        <translation>Das Mittel der Belohnungen entlang des Pfads vom Startprompt bis zu diesem.</translation>
    </message>
    <message>
        <source>Path mean</source>
        <translation>Pfadmittel</translation>
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
    <name>drpo::ui::ProjectSession</name>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>The run in progress did not stop; try again in a moment.</source>
        <translation>Der laufende Lauf hat nicht angehalten; versuchen Sie es gleich noch einmal.</translation>
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
        <source>The project could not be opened.

%1</source>
        <translation>Das Projekt konnte nicht geöffnet werden.

%1</translation>
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
        <source>Automatic backup failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
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
        <source>A project that was never saved was open when DRPO Studio closed unexpectedly. Its automatic backup is from %1.</source>
        <translation>Ein nie gespeichertes Projekt war geöffnet, als DRPO Studio unerwartet beendet wurde. Seine automatische Sicherung stammt vom %1.</translation>
    </message>
    <message>
        <source>Get the project back</source>
        <translation>Projekt zurückholen</translation>
    </message>
    <message>
        <source>It had reached level %1 of %2 when it was last saved (%3). Nothing done so far will be paid for again.</source>
        <translation>Beim letzten Speichern (%3) war er auf Ebene %1 von %2. Nichts bereits Erledigtes wird erneut bezahlt.</translation>
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
    <message>
        <source>Recover run</source>
        <translation>Lauf wiederherstellen</translation>
    </message>
    <message>
        <source>The run file could not be read.

%1</source>
        <translation>Die Laufdatei konnte nicht gelesen werden.

%1</translation>
    </message>
    <message>
        <source>Recovered project</source>
        <translation>Wiederhergestelltes Projekt</translation>
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
    <name>drpo::ui::RadarChartWidget</name>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RequestLogModel</name>
    <message>
        <source>%1 (streamed)</source>
        <translation>%1 (gestreamt)</translation>
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
        <source>examples: %1</source>
        <translation>Beispiele: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
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
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Thick line: the search&apos;s leader after each level, by the figure it is ranked by. Thin lines: each level&apos;s best and mean reward on that level&apos;s few queries (noisy). Dashed: the held-out scores of the best and of the starting prompt, once validated.</source>
        <translation>Dicke Linie: der Spitzenreiter der Suche nach jeder Ebene, gemessen an der Zahl, nach der er gereiht wird. Dünne Linien: beste und mittlere Belohnung jeder Ebene auf deren wenigen Anfragen (verrauscht). Gestrichelt: die Validierungsergebnisse des besten und des Startprompts, sobald validiert.</translation>
    </message>
    <message>
        <source>Leader (reward)</source>
        <translation>Führend (Belohn.)</translation>
    </message>
    <message>
        <source>Leader (path mean)</source>
        <translation>Führend (Pfadm.)</translation>
    </message>
    <message>
        <source>Level best</source>
        <translation>Bester der Ebene</translation>
    </message>
    <message>
        <source>Level mean</source>
        <translation>Mittel der Ebene</translation>
    </message>
    <message>
        <source>Best, held-out</source>
        <translation>Bester (Val.)</translation>
    </message>
    <message>
        <source>Start, held-out</source>
        <translation>Start (Val.)</translation>
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
        <source>Improving examples</source>
        <translation>Beispiele werden verbessert</translation>
    </message>
    <message>
        <source>Improving examples: %1 of %2</source>
        <translation>Beispiele werden verbessert: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>best %1: %2 on %n held-out queries (start %3)</source>
        <translation>
            <numerusform>bester %1: %2 auf %n zurückgehaltenen Anfrage (Start %3)</numerusform>
            <numerusform>bester %1: %2 auf %n zurückgehaltenen Anfragen (Start %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>After the search, the finalists and the starting prompt answered queries the search never saw; the best of them on those queries goes into the profile.</source>
        <translation>Nach der Suche beantworteten die Finalisten und der Startprompt Anfragen, die die Suche nie gesehen hat; der beste von ihnen auf diesen Anfragen kommt ins Profil.</translation>
    </message>
    <message>
        <source>best %1: path mean %2 (start %3)</source>
        <translation>bester %1: Pfadmittel %2 (Start %3)</translation>
    </message>
    <message>
        <source>The search ranks prompts by their path mean: the mean reward along the line of prompts from the starting prompt to this one. Start: the starting prompt&apos;s reward on the first level&apos;s queries.</source>
        <translation>Die Suche reiht Prompts nach ihrem Pfadmittel: der mittleren Belohnung entlang der Folge von Prompts vom Startprompt bis zu diesem. Start: die Belohnung des Startprompts auf den Anfragen der ersten Ebene.</translation>
    </message>
    <message>
        <source>best %1: reward %2 on its level&apos;s queries (start %3)</source>
        <translation>bester %1: Belohnung %2 auf den Anfragen seiner Ebene (Start %3)</translation>
    </message>
    <message>
        <source>The search ranks prompts by their reward on their own level&apos;s queries. Start: the starting prompt&apos;s reward on the first level&apos;s queries.</source>
        <translation>Die Suche reiht Prompts nach ihrer Belohnung auf den Anfragen ihrer eigenen Ebene. Start: die Belohnung des Startprompts auf den Anfragen der ersten Ebene.</translation>
    </message>
    <message numerus="yes">
        <source>%n unscored</source>
        <translation>
            <numerusform>%n nicht bewertet</numerusform>
            <numerusform>%n nicht bewertet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::ServeActions</name>
    <message>
        <source>Serve this profile…</source>
        <translation>Dieses Profil bereitstellen…</translation>
    </message>
    <message>
        <source>Export this profile</source>
        <translation>Dieses Profil exportieren</translation>
    </message>
    <message>
        <source>Ollama Modelfile…</source>
        <translation>Ollama-Modelfile…</translation>
    </message>
    <message>
        <source>OpenAI messages template (JSON)…</source>
        <translation>Vorlage für OpenAI-Nachrichten (JSON)…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>&amp;Serve the best profile…</source>
        <translation>Bestes Profil &amp;bereitstellen…</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ServeDialog</name>
    <message>
        <source>Serve this profile</source>
        <translation>Dieses Profil bereitstellen</translation>
    </message>
    <message numerus="yes">
        <source>Any OpenAI-compatible client, SDK or chat app can talk to this profile on this computer. Each request gets the profile&apos;s system prompt and the %n example(s) most similar to the user&apos;s message, then goes to the base model.</source>
        <translation>
            <numerusform>Jeder OpenAI-kompatible Client, jedes SDK und jede Chat-App kann auf diesem Computer mit diesem Profil sprechen. Jede Anfrage erhält den Systemprompt des Profils und das %n Beispiel, das der Nachricht des Benutzers am ähnlichsten ist, und geht dann an das Basismodell.</numerusform>
            <numerusform>Jeder OpenAI-kompatible Client, jedes SDK und jede Chat-App kann auf diesem Computer mit diesem Profil sprechen. Jede Anfrage erhält den Systemprompt des Profils und die %n Beispiele, die der Nachricht des Benutzers am ähnlichsten sind, und geht dann an das Basismodell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Base model: %1 · examples: %2, %3 per query · prompt: %4</source>
        <translation>Basismodell: %1 · Beispiele: %2, %3 je Anfrage · Prompt: %4</translation>
    </message>
    <message>
        <source>simulated demo model</source>
        <translation>simuliertes Demo-Modell</translation>
    </message>
    <message>
        <source>Simulated: answers come from the offline demo model, not a real language model.</source>
        <translation>Simuliert: Die Antworten stammen vom Offline-Demo-Modell, nicht von einem echten Sprachmodell.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>Modellname:</translation>
    </message>
    <message>
        <source>Port (this computer only):</source>
        <translation>Port (nur dieser Computer):</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>not serving</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Copy example</source>
        <translation>Beispiel kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Ollama Modelfile…</source>
        <translation>Ollama-Modelfile…</translation>
    </message>
    <message>
        <source>OpenAI messages template (JSON)…</source>
        <translation>Vorlage für OpenAI-Nachrichten (JSON)…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Serving at %1</source>
        <translation>Bereitgestellt unter %1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Ollama Modelfile (*.modelfile Modelfile)</source>
        <translation>Ollama-Modelfile (*.modelfile Modelfile)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>The profile could not be exported.

%1</source>
        <translation>Das Profil konnte nicht exportiert werden.

%1</translation>
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
    <message>
        <source>The search is finished.</source>
        <translation>Die Suche ist beendet.</translation>
    </message>
    <message numerus="yes">
        <source>The search is finished. On %n question(s) it never trained on, the starting prompt scores %1 and the best prompt found (%2) scores %3. That prompt is the one in the profile.</source>
        <translation>
            <numerusform>Die Suche ist beendet. Auf %n Frage, mit der sie nie trainiert hat, erreicht der Startprompt %1 und der beste gefundene Prompt (%2) %3. Dieser Prompt steht im Profil.</numerusform>
            <numerusform>Die Suche ist beendet. Auf %n Fragen, mit denen sie nie trainiert hat, erreicht der Startprompt %1 und der beste gefundene Prompt (%2) %3. Dieser Prompt steht im Profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search is finished. The best prompt found (%1) has a %2 of %3; the starting prompt scored %4. That prompt is the one in the profile.</source>
        <translation>Die Suche ist beendet. Der beste gefundene Prompt (%1) erreicht %3 (%2); der Startprompt erreichte %4. Dieser Prompt steht im Profil.</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 is over: on this round&apos;s questions the best new prompt scores %2, the average %3. %n prompt(s) go on to the next round.</source>
        <translation>
            <numerusform>Runde %1 ist vorbei: Auf den Fragen dieser Runde erreicht der beste neue Prompt %2, der Durchschnitt %3. %n Prompt kommt in die nächste Runde.</numerusform>
            <numerusform>Runde %1 ist vorbei: Auf den Fragen dieser Runde erreicht der beste neue Prompt %2, der Durchschnitt %3. %n Prompts kommen in die nächste Runde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 is over, but no new prompt could be scored.</source>
        <translation>Runde %1 ist vorbei, aber kein neuer Prompt konnte bewertet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) could not be scored (see the log); they count as unscored, not as zero.</source>
        <translation>
            <numerusform>%n Prompt konnte nicht bewertet werden (siehe Protokoll); er zählt als nicht bewertet, nicht als null.</numerusform>
            <numerusform>%n Prompts konnten nicht bewertet werden (siehe Protokoll); sie zählen als nicht bewertet, nicht als null.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt %1 now leads the search with a path mean of %2: the average score along its line of prompts from the starting one.</source>
        <translation>Prompt %1 führt die Suche jetzt mit einem Pfadmittel von %2 an: der Durchschnittsbewertung entlang seiner Folge von Prompts ab dem Startprompt.</translation>
    </message>
    <message>
        <source>Prompt %1 now leads the search with a score of %2 on its round&apos;s questions.</source>
        <translation>Prompt %1 führt die Suche jetzt mit einer Bewertung von %2 auf den Fragen seiner Runde an.</translation>
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
    <message>
        <source>When the run has finished, evaluate the result and show the Evaluation workspace (with --screenshot: taken when the evaluation ends).</source>
        <translation>Wenn der Lauf beendet ist, das Ergebnis evaluieren und den Evaluationsbereich zeigen (mit --screenshot: aufgenommen, wenn die Evaluation endet).</translation>
    </message>
    <message>
        <source>Open an experiment file in the Evaluation workspace&apos;s Experiments tab; an unfinished one continues (with --screenshot: taken when it ends).</source>
        <translation>Eine Experimentdatei im Reiter Experimente des Evaluationsbereichs öffnen; eine unfertige wird fortgesetzt (mit --screenshot: aufgenommen, wenn es endet).</translation>
    </message>
</context>
</TS>
