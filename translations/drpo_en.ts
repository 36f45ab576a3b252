<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>drpo::engine::RunWorker</name>
    <message numerus="yes">
        <source> (%n unscored)</source>
        <translation>
            <numerusform> (%n unscored)</numerusform>
            <numerusform> (%n unscored)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::eval</name>
    <message numerus="yes">
        <source>Evaluating %n system(s) on %1 items of %2%3</source>
        <translation>
            <numerusform>Evaluating %n system on %1 items of %2%3</numerusform>
            <numerusform>Evaluating %n systems on %1 items of %2%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::io</name>
    <message numerus="yes">
        <source>Judged %1 / 5 after %n version(s).</source>
        <translation>
            <numerusform>Judged %1 / 5 after %n version.</numerusform>
            <numerusform>Judged %1 / 5 after %n versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::llm::Scheduler</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n calls in a row</source>
        <translation>
            <numerusform>failed %n call in a row</numerusform>
            <numerusform>failed %n calls in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 model %2 at %3 %4 (each after up to %n attempts), so its calls stop here; last error: %5. Check that the server at that URL is running and reachable, that the model name is right and what the server&apos;s log says; then resume the run.</source>
        <translation>
            <numerusform>the %1 model %2 at %3 %4 (each after up to %n attempt), so its calls stop here; last error: %5. Check that the server at that URL is running and reachable, that the model name is right and what the server&apos;s log says; then resume the run.</numerusform>
            <numerusform>the %1 model %2 at %3 %4 (each after up to %n attempts), so its calls stop here; last error: %5. Check that the server at that URL is running and reachable, that the model name is right and what the server&apos;s log says; then resume the run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::CallLogModel</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentSetupView</name>
    <message numerus="yes">
        <source>Forecast: %n DRPO run(s) (%1 calls), each evaluated on %2 items (%3 calls in all); %4 calls, %5. An upper bound: early stops and cached answers cost less.</source>
        <translation>
            <numerusform>Forecast: %n DRPO run (%1 calls), each evaluated on %2 items (%3 calls in all); %4 calls, %5. An upper bound: early stops and cached answers cost less.</numerusform>
            <numerusform>Forecast: %n DRPO runs (%1 calls), each evaluated on %2 items (%3 calls in all); %4 calls, %5. An upper bound: early stops and cached answers cost less.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentTableModel</name>
    <message numerus="yes">
        <source>Cell %1, system %2; %n item(s) judged</source>
        <translation>
            <numerusform>Cell %1, system %2; %n item judged</numerusform>
            <numerusform>Cell %1, system %2; %n items judged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be judged and are left out</source>
        <translation>
            <numerusform>%n answer could not be judged and is left out</numerusform>
            <numerusform>%n answers could not be judged and are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::InspectorPanel</name>
    <message numerus="yes">
        <source>%n call(s), %1 prompt tokens, %2 completion tokens, %3 cached, cost %4</source>
        <translation>
            <numerusform>%n call, %1 prompt tokens, %2 completion tokens, %3 cached, cost %4</numerusform>
            <numerusform>%n calls, %1 prompt tokens, %2 completion tokens, %3 cached, cost %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::LevelModel</name>
    <message numerus="yes">
        <source>%1 (%n unscored)</source>
        <translation>
            <numerusform>%1 (%n unscored)</numerusform>
            <numerusform>%1 (%n unscored)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::QuerySetPanel</name>
    <message numerus="yes">
        <source>Delete %n query(s)</source>
        <translation>
            <numerusform>Delete %n query</numerusform>
            <numerusform>Delete %n queries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n query(s)</source>
        <translation>
            <numerusform>Import %n query</numerusform>
            <numerusform>Import %n queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::RunStatusWidget</name>
    <message numerus="yes">
        <source>best %1: %2 on %n held-out queries (start %3)</source>
        <translation>
            <numerusform>best %1: %2 on %n held-out query (start %3)</numerusform>
            <numerusform>best %1: %2 on %n held-out queries (start %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unscored</source>
        <translation>
            <numerusform>%n unscored</numerusform>
            <numerusform>%n unscored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::ServeDialog</name>
    <message numerus="yes">
        <source>Any OpenAI-compatible client, SDK or chat app can talk to this profile on this computer. Each request gets the profile&apos;s system prompt and the %n example(s) most similar to the user&apos;s message, then goes to the base model.</source>
        <translation>
            <numerusform>Any OpenAI-compatible client, SDK or chat app can talk to this profile on this computer. Each request gets the profile&apos;s system prompt and the %n example most similar to the user&apos;s message, then goes to the base model.</numerusform>
            <numerusform>Any OpenAI-compatible client, SDK or chat app can talk to this profile on this computer. Each request gets the profile&apos;s system prompt and the %n examples most similar to the user&apos;s message, then goes to the base model.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::StoryNarrator</name>
    <message numerus="yes">
        <source>The search is finished. On %n question(s) it never trained on, the starting prompt scores %1 and the best prompt found (%2) scores %3. That prompt is the one in the profile.</source>
        <translation>
            <numerusform>The search is finished. On %n question it never trained on, the starting prompt scores %1 and the best prompt found (%2) scores %3. That prompt is the one in the profile.</numerusform>
            <numerusform>The search is finished. On %n questions it never trained on, the starting prompt scores %1 and the best prompt found (%2) scores %3. That prompt is the one in the profile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round %1 is over: on this round&apos;s questions the best new prompt scores %2, the average %3. %n prompt(s) go on to the next round.</source>
        <translation>
            <numerusform>Round %1 is over: on this round&apos;s questions the best new prompt scores %2, the average %3. %n prompt goes on to the next round.</numerusform>
            <numerusform>Round %1 is over: on this round&apos;s questions the best new prompt scores %2, the average %3. %n prompts go on to the next round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) could not be scored (see the log); they count as unscored, not as zero.</source>
        <translation>
            <numerusform>%n prompt could not be scored (see the log); it counts as unscored, not as zero.</numerusform>
            <numerusform>%n prompts could not be scored (see the log); they count as unscored, not as zero.</numerusform>
        </translation>
    </message>
</context>
</TS>
