<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EvalExport</name>
    <message>
        <source>HTML report (*.html);;Markdown report (*.md);;Per-item CSV (*.csv);;PDF report (*.pdf)</source>
        <translation>HTML 报告 (*.html);;Markdown 报告 (*.md);;逐条目 CSV (*.csv);;PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .html, .md, .csv or .pdf.</source>
        <translation>%1：请选择扩展名为 .html、.md、.csv 或 .pdf 的文件。</translation>
    </message>
    <message>
        <source>%1: the report came out empty; nothing was written.</source>
        <translation>%1：报告为空；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>EvalStory</name>
    <message>
        <source>helpfulness</source>
        <translation>有用性</translation>
    </message>
    <message>
        <source>clarity</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <source>factuality</source>
        <translation>事实性</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>吸引力</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>The evaluation is finished: %1 questions, each answered by %2 systems and judged on up to six aspects from 1 to 5.</source>
        <translation>评估已完成：共 %1 个问题，每个问题由 %2 个系统回答，并在最多六个方面按 1 到 5 分评审。</translation>
    </message>
    <message>
        <source>clearly better</source>
        <translation>明显更好</translation>
    </message>
    <message>
        <source>clearly worse</source>
        <translation>明显更差</translation>
    </message>
    <message>
        <source>not clearly different, given how much the scores vary</source>
        <translation>考虑到得分的波动，差异并不明显</translation>
    </message>
    <message>
        <source>Overall, %1 scores %2 on average against %3 for %4: %5.</source>
        <translation>总体而言，%1 的平均得分为 %2，%4 为 %3：%5。</translation>
    </message>
    <message>
        <source>It improved clearly on %1.</source>
        <translation>明显提升的方面：%1。</translation>
    </message>
    <message>
        <source>No single aspect improved clearly.</source>
        <translation>没有任何一个方面明显提升。</translation>
    </message>
    <message>
        <source>It did not clearly improve on %1.</source>
        <translation>没有明显提升的方面：%1。</translation>
    </message>
    <message>
        <source>It got clearly worse on %1.</source>
        <translation>明显变差的方面：%1。</translation>
    </message>
    <message>
        <source>By kind of question, the largest gain is on %1 (%2) and the smallest on %3 (%4).</source>
        <translation>按问题类型看，提升最大的是 %1（%2），最小的是 %3（%4）。</translation>
    </message>
    <message>
        <source>Its answers are %1 words long on average, against %2.</source>
        <translation>其回答平均为 %1 个词，对方为 %2 个词。</translation>
    </message>
    <message>
        <source>Against %1 it is clearly better overall (%2 against %3).</source>
        <translation>与 %1 相比，它总体上明显更好（%2 对 %3）。</translation>
    </message>
    <message>
        <source>Against %1 it is clearly worse overall (%2 against %3).</source>
        <translation>与 %1 相比，它总体上明显更差（%2 对 %3）。</translation>
    </message>
    <message>
        <source>Against %1 there is no clear difference overall (%2 against %3).</source>
        <translation>与 %1 相比，总体上没有明显差异（%2 对 %3）。</translation>
    </message>
    <message>
        <source>It falls behind on %1.</source>
        <translation>在以下方面落后：%1。</translation>
    </message>
    <message>
        <source>%1 answers could not be scored; they are counted apart and left out of every mean.</source>
        <translation>%1 个回答无法评分；它们单独计数，不计入任何均值。</translation>
    </message>
    <message>
        <source>All of these figures come from the simulated models, not from a real language model.</source>
        <translation>所有这些数字都来自模拟模型，而非真实的语言模型。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>root</source>
        <translation>根节点</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>沿用</translation>
    </message>
    <message>
        <source>human edit</source>
        <translation>人工编辑</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>选择器</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>select criteria</source>
        <translation>选择标准</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>optimize prompt</source>
        <translation>优化提示词</translation>
    </message>
    <message>
        <source>rewrite example</source>
        <translation>改写示例</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>embed for retrieval</source>
        <translation>为检索生成嵌入</translation>
    </message>
</context>
<context>
    <name>RunEvents</name>
    <message>
        <source>path mean</source>
        <translation>路径均值</translation>
    </message>
    <message>
        <source>last-level reward</source>
        <translation>最后一层的奖励</translation>
    </message>
    <message>
        <source>held-out score</source>
        <translation>验证得分</translation>
    </message>
</context>
<context>
    <name>SimProvider</name>
    <message>
        <source>the simulated call was cancelled</source>
        <translation>模拟调用已取消</translation>
    </message>
</context>
<context>
    <name>Stage1</name>
    <message>
        <source>the rewrite had no &lt;answer&gt; section</source>
        <translation>改写结果中没有 &lt;answer&gt; 部分</translation>
    </message>
    <message>
        <source>example %1: %2</source>
        <translation>示例 %1：%2</translation>
    </message>
</context>
<context>
    <name>drpo::align</name>
    <message>
        <source>the embeddings call failed: %1</source>
        <translation>嵌入调用失败：%1</translation>
    </message>
    <message>
        <source>the embedder returned %1 vectors for %2 texts</source>
        <translation>嵌入模型为 %2 段文本返回了 %1 个向量</translation>
    </message>
    <message>
        <source>no embedding for the example &quot;%1&quot;</source>
        <translation>示例“%1”没有嵌入向量</translation>
    </message>
    <message>
        <source>the embeddings have different or zero lengths (%1 and %2)</source>
        <translation>嵌入向量长度不一致或为零（%1 和 %2）</translation>
    </message>
    <message>
        <source>the embeddings have different lengths (%1 and %2)</source>
        <translation>嵌入向量长度不一致（%1 和 %2）</translation>
    </message>
</context>
<context>
    <name>drpo::engine::RunController</name>
    <message>
        <source>the query set has no training queries</source>
        <translation>问题集中没有训练问题</translation>
    </message>
    <message>
        <source>every criterion is disabled or banned: enable at least one</source>
        <translation>所有标准都已停用或被禁止：请至少启用一个</translation>
    </message>
    <message>
        <source>this run has already finished; there is nothing to resume</source>
        <translation>此运行已经完成，没有可继续的内容</translation>
    </message>
    <message>
        <source>a run is already active: stop it first</source>
        <translation>已有一个运行正在进行：请先停止它</translation>
    </message>
</context>
<context>
    <name>drpo::engine::RunWorker</name>
    <message>
        <source>stage 1: improving the examples</source>
        <translation>阶段 1：正在改进示例</translation>
    </message>
    <message>
        <source>stage 2: level %1</source>
        <translation>阶段 2：第 %1 层</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Prompt edits become possible once stage 2 has scored the root prompt.</source>
        <translation>阶段 2 为起始提示词评分后，才能编辑提示词。</translation>
    </message>
    <message>
        <source>Your edit of %1 became node %2 (reward %3 on this level&apos;s queries); it joins the beam.</source>
        <translation>您对 %1 的编辑成为节点 %2（在本层问题上的奖励为 %3），并加入束中。</translation>
    </message>
    <message>
        <source>The search continues from %1 alone.</source>
        <translation>搜索将仅从 %1 继续。</translation>
    </message>
    <message>
        <source>Could not apply the change: %1</source>
        <translation>无法应用更改：%1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stage 1: optimizing %1 examples (up to %2 rounds each).</source>
        <translation>阶段 1：正在优化 %1 个示例（每个最多 %2 轮）。</translation>
    </message>
    <message>
        <source>the stage-1 round could not be completed</source>
        <translation>阶段 1 的本轮无法完成</translation>
    </message>
    <message>
        <source>Stage 1 done.</source>
        <translation>阶段 1 完成。</translation>
    </message>
    <message>
        <source>the level could not be completed</source>
        <translation>本层无法完成</translation>
    </message>
    <message>
        <source>Level 0: the starting prompt scores %1 on this level&apos;s %2 queries.</source>
        <translation>第 0 层：起始提示词在本层的 %2 个问题上得分 %1。</translation>
    </message>
    <message>
        <source>Level %1 of %2: this level&apos;s best reward %3, mean %4%5; the leader is %6 with a %7 of %8.</source>
        <translation>第 %1 层（共 %2 层）：本层最佳奖励 %3，平均 %4%5；领先的是 %6，%7为 %8。</translation>
    </message>
    <message numerus="yes">
        <source> (%n unscored)</source>
        <translation>
            <numerusform>（%n 个未评分）</numerusform>
        </translation>
    </message>
    <message>
        <source> A prompt was carried: depth extended.</source>
        <translation>有提示词被沿用：深度增加。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>could not save the run file: %1</source>
        <translation>无法保存运行文件：%1</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <source>Paused. You can edit a prompt, branch from a node, resume or stop.</source>
        <translation>已暂停。您可以编辑提示词、从某个节点分支、继续或停止。</translation>
    </message>
    <message>
        <source>Run started on the simulated demo models (no real model is called).</source>
        <translation>已使用模拟演示模型开始运行（不会调用真实模型）。</translation>
    </message>
    <message>
        <source>Run started.</source>
        <translation>运行已开始。</translation>
    </message>
    <message>
        <source>Finished: on %1 held-out queries the best prompt (%2) scores %3, the starting prompt %4.</source>
        <translation>已完成：在 %1 个留出的问题上，最佳提示词（%2）得分 %3，起始提示词得分 %4。</translation>
    </message>
    <message>
        <source>Finished: the best prompt (%1) has a %2 of %3; the starting prompt scored %4.</source>
        <translation>已完成：最佳提示词（%1）的%2为 %3；起始提示词得分 %4。</translation>
    </message>
    <message>
        <source>Stopped. The run file can be resumed.</source>
        <translation>已停止。可以从运行文件继续。</translation>
    </message>
</context>
<context>
    <name>drpo::eval</name>
    <message>
        <source>the instruction is empty.</source>
        <translation>指令为空。</translation>
    </message>
    <message>
        <source>the category is &quot;%1&quot; but must be &quot;regular&quot; or &quot;safety&quot;.</source>
        <translation>类别为&quot;%1&quot;，但必须是&quot;regular&quot;或&quot;safety&quot;。</translation>
    </message>
    <message>
        <source>the id %1 is used twice: first by record %2 (line %3).</source>
        <translation>ID %1 被重复使用：第一次出现在记录 %2（第 %3 行）。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>system &quot;%1&quot;</source>
        <translation>系统“%1”</translation>
    </message>
    <message>
        <source>the answer could not be generated: %1</source>
        <translation>无法生成回答：%1</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>the judge failed: %1</source>
        <translation>评审失败：%1</translation>
    </message>
    <message>
        <source>the judge&apos;s verdict could not be read after a retry: %1</source>
        <translation>重试后仍无法读取评审的判定：%1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n system(s) on %1 items of %2%3</source>
        <translation>
            <numerusform>正在以 %2 的 %1 个条目评估 %n 个系统%3</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 done already, %2 to go</source>
        <translation>：已完成 %1 个，还剩 %2 个</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON list of records.</source>
        <translation>文件为空；应为 JSON 记录列表。</translation>
    </message>
    <message>
        <source>(JSON Lines files hold one whole record on each line.)</source>
        <translation>（JSON Lines 文件每行包含一条完整记录。）</translation>
    </message>
    <message>
        <source>expected a JSON list of records ([...]) or one JSON record per line.</source>
        <translation>应为 JSON 记录列表（[...]）或每行一条 JSON 记录。</translation>
    </message>
    <message>
        <source>expected a record (an object) but found %1.</source>
        <translation>应为一条记录（对象），但找到的是%1。</translation>
    </message>
    <message>
        <source>the file holds no records.</source>
        <translation>文件中没有记录。</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>record %1 (id %2)</source>
        <translation>记录 %1（ID %2）</translation>
    </message>
    <message>
        <source>this record has no &quot;id&quot;.</source>
        <translation>此记录没有&quot;id&quot;。</translation>
    </message>
    <message>
        <source>the id should be a whole number or a text but is %1.</source>
        <translation>ID 应为整数或文本，但实际是%1。</translation>
    </message>
    <message>
        <source>this required field is missing.</source>
        <translation>缺少此必填字段。</translation>
    </message>
    <message>
        <source>expected text (a string) but found %1.</source>
        <translation>应为文本（字符串），但找到的是%1。</translation>
    </message>
    <message>
        <source>expected a list of texts but found %1.</source>
        <translation>应为文本列表，但找到的是%1。</translation>
    </message>
    <message>
        <source>expected {&quot;reason&quot;: ..., &quot;score&quot;: ...} but found %1.</source>
        <translation>应为 {&quot;reason&quot;: ..., &quot;score&quot;: ...}，但找到的是%1。</translation>
    </message>
    <message>
        <source>the score must be &quot;1&quot; to &quot;5&quot; or &quot;N/A&quot;, not %1.</source>
        <translation>得分必须是&quot;1&quot;到&quot;5&quot;或&quot;N/A&quot;，而不是 %1。</translation>
    </message>
    <message>
        <source>this record has no answer (&quot;output_cand&quot; or &quot;output&quot;).</source>
        <translation>此记录没有回答（&quot;output_cand&quot;或&quot;output&quot;）。</translation>
    </message>
    <message>
        <source>the published judgement has no readable verdict</source>
        <translation>已发布的评审结果中没有可读的判定</translation>
    </message>
    <message>
        <source>no verdict (the judge&apos;s answer could not be read); counted as unscored.</source>
        <translation>没有判定（无法读取评审的回答）；计为未评分。</translation>
    </message>
    <message>
        <source>expected an object of aspects but found %1.</source>
        <translation>应为包含各方面的对象，但找到的是%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a just-eval aspect; ignored.</source>
        <translation>“%1”不是 just-eval 的评估方面；已忽略。</translation>
    </message>
    <message>
        <source>the published judgement scores no just-eval aspect</source>
        <translation>已发布的评审结果没有为任何 just-eval 方面评分</translation>
    </message>
    <message>
        <source>the item %1 of &quot;%2&quot; is already judged on %3 in %4.</source>
        <translation>“%2”的条目 %1 已在 %4 中就 %3 评过分。</translation>
    </message>
    <message>
        <source>this file mixes the outputs of &quot;%1&quot; (record %2) and &quot;%3&quot;; give each generator its own file.</source>
        <translation>此文件混合了“%1”（记录 %2）和“%3”的输出；请为每个生成者使用单独的文件。</translation>
    </message>
    <message>
        <source>Benchmark: %1, %2 items (%3 regular, %4 safety), from %5.</source>
        <translation>基准：%1，%2 个条目（%3 个常规，%4 个安全），来自 %5。</translation>
    </message>
    <message>
        <source>Judge: %1, five aspects on regular items (helpfulness, clarity, factuality, depth, engagement) and safety on safety items, each 1 to 5; avg is the unweighted mean of the six aspect means; length is the mean answer length in words over the regular items.</source>
        <translation>评审：%1，常规条目评五个方面（有用性、清晰度、事实性、深度、吸引力），安全条目评安全性，每项 1 到 5 分；Avg 为六个方面均值的不加权平均；长度为常规条目回答的平均词数。</translation>
    </message>
    <message>
        <source>N/A verdicts count as 5 (as just-eval counts them).</source>
        <translation>N/A 判定按 5 分计（与 just-eval 的计法相同）。</translation>
    </message>
    <message>
        <source>N/A verdicts are left out of the means (not as just-eval counts them: figures are not comparable with published tables).</source>
        <translation>N/A 判定不计入均值（与 just-eval 的计法不同：这些数字无法与已发布的表格比较）。</translation>
    </message>
    <message>
        <source>Intervals: %1% percentile bootstrap over items (%2 resamples, seed %3; regular and safety items resampled separately). Unscored items (verdict unreadable after a retry) are counted, never averaged.</source>
        <translation>区间：对条目进行 %1% 百分位 bootstrap（%2 次重抽样，种子 %3；常规条目与安全条目分别重抽样）。未评分条目（重试后判定仍不可读）只计数，不参与平均。</translation>
    </message>
    <message>
        <source>Simulated: these figures come from DRPO Studio&apos;s offline demo world (simulated models and judge), not from any real model.</source>
        <translation>模拟：这些数字来自 DRPO Studio 的离线演示环境（模拟模型和评审），而非任何真实模型。</translation>
    </message>
    <message>
        <source>Aspect means per system</source>
        <translation>各系统的各方面均值</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Avg</translation>
    </message>
    <message>
        <source>Avg by task</source>
        <translation>按任务的 Avg</translation>
    </message>
    <message>
        <source>Avg by topic</source>
        <translation>按主题的 Avg</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>%1: its weakest answers</source>
        <translation>%1：最弱的回答</translation>
    </message>
    <message>
        <source>Evaluation: %1</source>
        <translation>评估：%1</translation>
    </message>
    <message>
        <source>Incomplete: %1 of %2 items are done; resume with drpo evaluate --resume.</source>
        <translation>未完成：%2 个条目中已完成 %1 个；用 drpo evaluate --resume 继续。</translation>
    </message>
    <message>
        <source>Scores per aspect</source>
        <translation>各方面得分</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Paired differences</source>
        <translation>成对差异</translation>
    </message>
    <message>
        <source>Each system (A) against every one listed before it (B), A minus B on the items both judged: the avg difference with its bootstrap interval, and per aspect the difference with A&apos;s wins/ties/losses.</source>
        <translation>每个系统（A）与排在它之前的每个系统（B）比较，在两者都评过分的条目上计算 A 减 B：Avg 差值及其 bootstrap 区间，以及每个方面的差值和 A 的胜/平/负。</translation>
    </message>
    <message>
        <source>Avg diff</source>
        <translation>Avg 差值</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Method: %1; model: %2%3%4</source>
        <translation>方法：%1；模型：%2%3%4</translation>
    </message>
    <message>
        <source> (simulated)</source>
        <translation>（模拟）</translation>
    </message>
    <message>
        <source>; source: %1</source>
        <translation>；来源：%1</translation>
    </message>
    <message>
        <source>No system prompt.</source>
        <translation>无系统提示词。</translation>
    </message>
    <message>
        <source>%1 examples retrieved per query from %2.</source>
        <translation>每个问题从 %2 中检索 %1 个示例。</translation>
    </message>
    <message>
        <source>The first %1 of %2 examples, for every query.</source>
        <translation>对每个问题都使用 %2 个示例中的前 %1 个。</translation>
    </message>
    <message>
        <source>## Avg by task

</source>
        <translation>## 按任务的 Avg

</translation>
    </message>
    <message>
        <source>## Avg by topic

</source>
        <translation>## 按主题的 Avg

</translation>
    </message>
    <message>
        <source># Evaluation: %1

</source>
        <translation># 评估：%1

</translation>
    </message>
    <message>
        <source>&gt; Incomplete: %1 of %2 items are done; resume with drpo evaluate --resume.

</source>
        <translation>&gt; 未完成：%2 个条目中已完成 %1 个；用 drpo evaluate --resume 继续。

</translation>
    </message>
    <message>
        <source>## Scores per aspect

| System</source>
        <translation>## 各方面得分

| 系统</translation>
    </message>
    <message>
        <source> | Avg | Length | Items | Unscored |
|---</source>
        <translation> | Avg | 长度 | 条目 | 未评分 |
|---</translation>
    </message>
    <message>
        <source>## Paired differences

Each system (A) against every one listed before it (B): A minus B on the items both judged, with the %1% bootstrap interval of the avg difference and wins/ties/losses of A per aspect.

</source>
        <translation>## 成对差异

每个系统（A）与排在它之前的每个系统（B）比较：在两者都评过分的条目上计算 A 减 B，给出 Avg 差值的 %1% bootstrap 区间，以及 A 在每个方面的胜/平/负。

</translation>
    </message>
    <message>
        <source>| A | B | Items | Avg diff | Interval</source>
        <translation>| A | B | 条目 | Avg 差值 | 区间</translation>
    </message>
    <message>
        <source> (W/T/L)</source>
        <translation>（胜/平/负）</translation>
    </message>
    <message>
        <source>## Systems

</source>
        <translation>## 系统

</translation>
    </message>
    <message>
        <source>- Method: %1; model: %2%3
</source>
        <translation>- 方法：%1；模型：%2%3
</translation>
    </message>
    <message>
        <source>- Source: %1
</source>
        <translation>- 来源：%1
</translation>
    </message>
    <message>
        <source>- Examples: %1 retrieved per query from %2
</source>
        <translation>- 示例：每个问题从 %2 中检索 %1 个
</translation>
    </message>
    <message>
        <source>- Examples: the first %1 of %2, for every query
</source>
        <translation>- 示例：对每个问题使用 %2 个中的前 %1 个
</translation>
    </message>
    <message>
        <source>- System prompt: none

</source>
        <translation>- 系统提示词：无

</translation>
    </message>
    <message>
        <source>- System prompt:

</source>
        <translation>- 系统提示词：

</translation>
    </message>
    <message>
        <source>## Unscored items

| System | Item | Why |
|---|---|---|
</source>
        <translation>## 未评分条目

| 系统 | 条目 | 原因 |
|---|---|---|
</translation>
    </message>
    <message>
        <source>there is no system &quot;%1&quot; (the systems are: %2)</source>
        <translation>没有名为“%1”的系统（现有系统：%2）</translation>
    </message>
    <message>
        <source>the results hold several systems: say which one with --system NAME</source>
        <translation>结果中包含多个系统：请用 --system NAME 指定其中一个</translation>
    </message>
    <message>
        <source>no system here generated its answers; give one with --system NAME</source>
        <translation>这里没有系统自行生成回答；请用 --system NAME 指定一个</translation>
    </message>
    <message>
        <source>evaluation results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>two systems are named &quot;%1&quot;.</source>
        <translation>有两个系统都叫“%1”。</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; is not in the benchmark.</source>
        <translation>条目“%1”不在基准中。</translation>
    </message>
    <message>
        <source>the response cache cannot be used: %1</source>
        <translation>无法使用响应缓存：%1</translation>
    </message>
    <message>
        <source>system &quot;%1&quot;: %2</source>
        <translation>系统“%1”：%2</translation>
    </message>
    <message>
        <source>the %1 method needs an alignment profile (a finished run or a profile file)</source>
        <translation>%1 方法需要对齐配置（已完成的运行或对齐配置文件）</translation>
    </message>
    <message>
        <source>stored outputs and published judgements come from files, not from a model</source>
        <translation>存储的输出和已发布的评审结果来自文件，而非模型</translation>
    </message>
    <message>
        <source>%1: the run has not finished, so it has no best profile yet (resume it with drpo optimize --resume)</source>
        <translation>%1：运行尚未完成，因此还没有最佳配置（用 drpo optimize --resume 继续）</translation>
    </message>
    <message>
        <source>starting prompt</source>
        <translation>起始提示词</translation>
    </message>
    <message>
        <source>%1, the root of the search</source>
        <translation>%1，搜索的根节点</translation>
    </message>
    <message>
        <source>%1, best node %2</source>
        <translation>%1，最佳节点 %2</translation>
    </message>
    <message>
        <source>%1 has no node &quot;%2&quot;</source>
        <translation>%1 中没有节点“%2”</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1，节点 %2</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>调用已取消</translation>
    </message>
    <message>
        <source>prompt only</source>
        <translation>仅提示词</translation>
    </message>
    <message>
        <source>examples only</source>
        <translation>仅示例</translation>
    </message>
    <message>
        <source>prompt + examples</source>
        <translation>提示词 + 示例</translation>
    </message>
    <message>
        <source>%1: the run has not finished</source>
        <translation>%1：运行尚未完成</translation>
    </message>
    <message>
        <source>DRPO prompt only</source>
        <translation>仅 DRPO 提示词</translation>
    </message>
    <message>
        <source>DRPO examples only, K=%1</source>
        <translation>仅 DRPO 示例，K=%1</translation>
    </message>
    <message>
        <source>DRPO profile, K=%1</source>
        <translation>DRPO 对齐配置，K=%1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items)</source>
        <translation>%1（%3 个条目中的 %2 个）</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Avg against K</source>
        <translation>Avg 随 K 的变化</translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation>实验：%1</translation>
    </message>
    <message>
        <source>Incomplete: %1 of %2 cells are done; resume with drpo ablate --resume.</source>
        <translation>未完成：%2 个单元中已完成 %1 个；用 drpo ablate --resume 继续。</translation>
    </message>
    <message>
        <source>Benchmark: %1 (%2 items, %3 safety). N/A %4. Each cell is one DRPO run; its profile is evaluated as prompt only, examples only or both.</source>
        <translation>基准：%1（%2 个条目，%3 个安全条目）。N/A %4。每个单元是一次 DRPO 运行；其对齐配置分别以仅提示词、仅示例或两者兼有的方式评估。</translation>
    </message>
    <message>
        <source>Avg against K (Figure 4)</source>
        <translation>Avg 随 K 的变化（图 4）</translation>
    </message>
    <message>
        <source>stage 1 %1, stage 2 %2</source>
        <translation>阶段 1 %1，阶段 2 %2</translation>
    </message>
    <message>
        <source>%1, K=%2</source>
        <translation>%1，K=%2</translation>
    </message>
    <message>
        <source>Components (Table 3)</source>
        <translation>组成部分（表 3）</translation>
    </message>
    <message>
        <source>Run %1; examples retrieved per query: K=%2.</source>
        <translation>运行 %1；每个问题检索的示例数：K=%2。</translation>
    </message>
    <message>
        <source>Search (Table 4)</source>
        <translation>搜索（表 4）</translation>
    </message>
    <message>
        <source>%1; system: %2.</source>
        <translation>%1；系统：%2。</translation>
    </message>
    <message>
        <source>Dynamic rewarding (Table 5)</source>
        <translation>动态奖励（表 5）</translation>
    </message>
    <message>
        <source>Search %1; system: %2.</source>
        <translation>搜索 %1；系统：%2。</translation>
    </message>
    <message>
        <source>Every cell</source>
        <translation>所有单元</translation>
    </message>
    <message>
        <source>System: %1. Reward: the run&apos;s best prompt on its training queries (its own judge).</source>
        <translation>系统：%1。奖励：该运行的最佳提示词在其训练问题上的得分（由其自身的评审给出）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source># Experiment: %1

</source>
        <translation># 实验：%1

</translation>
    </message>
    <message>
        <source>Benchmark: %1 (%2 items, %3 safety). %4 of %5 cells done%6. N/A %7.

</source>
        <translation>基准：%1（%2 个条目，%3 个安全条目）。%5 个单元中已完成 %4 个%6。N/A %7。

</translation>
    </message>
    <message>
        <source> (resume with drpo ablate --resume)</source>
        <translation>（用 drpo ablate --resume 继续）</translation>
    </message>
    <message>
        <source>an experiment has no just-eval output of its own: report one cell&apos;s evaluation file (drpo report CELL.eval.json --format just-eval)</source>
        <translation>实验本身没有 just-eval 输出：请报告某个单元的评估文件（drpo report CELL.eval.json --format just-eval）</translation>
    </message>
    <message>
        <source>K at inference must be between 0 and 32, not %1</source>
        <translation>推理时的 K 必须在 0 到 32 之间，而不是 %1</translation>
    </message>
    <message>
        <source>%1, stage 1 %2, stage 2 %3</source>
        <translation>%1，阶段 1 %2，阶段 2 %3</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>the cell %1 is listed twice.</source>
        <translation>单元 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>the cell %1 is not in the grid.</source>
        <translation>单元 %1 不在网格中。</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>the run file of cell %1 cannot be read (%2); its optimization starts again</source>
        <translation>无法读取单元 %1 的运行文件（%2）；其优化将重新开始</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>cell %1: the run stopped: %2</source>
        <translation>单元 %1：运行已停止：%2</translation>
    </message>
    <message>
        <source>cell %1: the run stopped before it finished</source>
        <translation>单元 %1：运行在完成前已停止</translation>
    </message>
    <message>
        <source>the evaluation file of cell %1 %2; its evaluation starts again</source>
        <translation>单元 %1 的评估文件%2；其评估将重新开始</translation>
    </message>
    <message>
        <source>belongs to another plan</source>
        <translation>属于另一个计划</translation>
    </message>
    <message>
        <source>cell %1: the evaluation stopped: %2</source>
        <translation>单元 %1：评估已停止：%2</translation>
    </message>
    <message>
        <source>this verdict scores %1 twice (aspect names match in any case).</source>
        <translation>此判定对 %1 评了两次分（方面名称不区分大小写）。</translation>
    </message>
    <message>
        <source>%1: item %2 is not in the benchmark; left out</source>
        <translation>%1：条目 %2 不在基准集中，已略去</translation>
    </message>
    <message>
        <source>%1: item %2 is &quot;%3&quot; there but &quot;%4&quot; in the benchmark; the benchmark decides</source>
        <translation>%1：条目 %2 在该文件中为“%3”，在基准集中为“%4”；以基准集为准</translation>
    </message>
    <message>
        <source>the grid&apos;s axis &quot;%1&quot; has no value</source>
        <translation>网格的轴“%1”没有任何取值</translation>
    </message>
    <message>
        <source>the grid&apos;s axis &quot;%1&quot; names a value twice</source>
        <translation>网格的轴“%1”重复列出了同一个取值</translation>
    </message>
</context>
<context>
    <name>drpo::io</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>the folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>a folder with that name exists.</source>
        <translation>已存在同名文件夹。</translation>
    </message>
    <message>
        <source>the disk %1 is read-only.</source>
        <translation>磁盘 %1 是只读的。</translation>
    </message>
    <message>
        <source>the disk %1 is full (%2 KiB free, %3 KiB needed).</source>
        <translation>磁盘 %1 已满（可用 %2 KiB，需要 %3 KiB）。</translation>
    </message>
    <message>
        <source>you may not write in the folder %1.</source>
        <translation>您没有在文件夹 %1 中写入的权限。</translation>
    </message>
    <message>
        <source>expected text (a string) but found %1.</source>
        <translation>应为文本（字符串），但找到的是%1。</translation>
    </message>
    <message>
        <source>expected a criterion (an object with a name and a description) but found %1.</source>
        <translation>应为一个标准（包含名称和描述的对象），但找到的是%1。</translation>
    </message>
    <message>
        <source>this criterion has no name: it needs a field named &quot;name&quot;.</source>
        <translation>此标准没有名称：需要一个名为&quot;name&quot;的字段。</translation>
    </message>
    <message>
        <source>expected true or false but found %1.</source>
        <translation>应为 true 或 false，但找到的是%1。</translation>
    </message>
    <message>
        <source>expected a list of criterion names but found %1.</source>
        <translation>应为标准名称列表，但找到的是%1。</translation>
    </message>
    <message>
        <source>expected a criterion name (a string) but found %1.</source>
        <translation>应为标准名称（字符串），但找到的是%1。</translation>
    </message>
    <message>
        <source>this project holds no criteria library.</source>
        <translation>此项目中没有标准库。</translation>
    </message>
    <message>
        <source>expected a list of criteria but found %1.</source>
        <translation>应为标准列表，但找到的是%1。</translation>
    </message>
    <message>
        <source>expected the description of this criterion as text but found %1. A file of criteria maps each name to its description.</source>
        <translation>应为此标准的文本描述，但找到的是%1。标准文件将每个名称映射到其描述。</translation>
    </message>
    <message>
        <source>expected criteria (an object or a list) but found %1.</source>
        <translation>应为标准（对象或列表），但找到的是%1。</translation>
    </message>
    <message>
        <source>the header row needs a &quot;name&quot; and a &quot;description&quot; column (found: %1).</source>
        <translation>表头行需要&quot;name&quot;列和&quot;description&quot;列（找到的是：%1）。</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2 columns. Put fields that contain commas or line breaks in double quotes.</source>
        <translation>此行有 %1 个字段，但表头有 %2 列。包含逗号或换行的字段请用双引号括起来。</translation>
    </message>
    <message>
        <source>expected true or false but found &quot;%1&quot;.</source>
        <translation>应为 true 或 false，但找到的是&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>the criterion name is empty.</source>
        <translation>标准名称为空。</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; appears twice (the judge could not tell them apart).</source>
        <translation>标准“%1”出现了两次（评审无法区分它们）。</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; has no description; the judge needs one to know what a 5 and a 1 mean.</source>
        <translation>标准“%1”没有描述；评审需要描述才能知道 5 分和 1 分的含义。</translation>
    </message>
    <message>
        <source>the file holds no criteria.</source>
        <translation>文件中没有标准。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no criterion of this file.</source>
        <translation>“%1”不是此文件中的标准。</translation>
    </message>
    <message>
        <source>every criterion is disabled or banned; a run needs at least one.</source>
        <translation>所有标准都已停用或被禁止；运行至少需要一个标准。</translation>
    </message>
    <message>
        <source>a quoted field starts here but its closing quote is missing.</source>
        <translation>此处开始了一个带引号的字段，但缺少闭合引号。</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>闭合引号后出现了意外的文本；带引号字段中的引号必须写两次（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>expected an example (an object with a query and an answer) but found %1.</source>
        <translation>应为一个示例（包含问题和回答的对象），但找到的是%1。</translation>
    </message>
    <message>
        <source>this example has no query: it needs a field named &quot;query&quot;.</source>
        <translation>此示例没有问题：需要一个名为&quot;query&quot;的字段。</translation>
    </message>
    <message>
        <source>this example has no answer: it needs a field named &quot;answer&quot;.</source>
        <translation>此示例没有回答：需要一个名为&quot;answer&quot;的字段。</translation>
    </message>
    <message>
        <source>expected the answer to this query as text but found %1. A file of examples maps each query to its answer.</source>
        <translation>应为此问题的文本回答，但找到的是%1。示例文件将每个问题映射到其回答。</translation>
    </message>
    <message>
        <source>expected examples (an object or a list) but found %1.</source>
        <translation>应为示例（对象或列表），但找到的是%1。</translation>
    </message>
    <message>
        <source>the header row needs a &quot;query&quot; and an &quot;answer&quot; column (found: %1).</source>
        <translation>表头行需要&quot;query&quot;列和&quot;answer&quot;列（找到的是：%1）。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the example id &quot;%1&quot; is used twice: first at %2, again at %3.</source>
        <translation>示例 ID“%1”被重复使用：第一次在 %2，再次在 %3。</translation>
    </message>
    <message>
        <source>this example&apos;s query is empty.</source>
        <translation>此示例的问题为空。</translation>
    </message>
    <message>
        <source>the answer to &quot;%1&quot; is empty.</source>
        <translation>对“%1”的回答为空。</translation>
    </message>
    <message>
        <source>the file holds no examples.</source>
        <translation>文件中没有示例。</translation>
    </message>
    <message>
        <source>could not open the file: %1.</source>
        <translation>无法打开文件：%1。</translation>
    </message>
    <message>
        <source>the file is %1 MiB; DRPO Studio reads files of up to %2 MiB. Is it the right file?</source>
        <translation>文件大小为 %1 MiB；DRPO Studio 最多读取 %2 MiB 的文件。这是正确的文件吗？</translation>
    </message>
    <message>
        <source>could not read the file: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <source>this line is %1 MiB long; a line of a query or example file may be at most %2 MiB (one record a line).</source>
        <translation>此行长 %1 MiB；问题文件或示例文件的一行最多 %2 MiB（每行一条记录）。</translation>
    </message>
    <message>
        <source>text (a string)</source>
        <translation>文本（字符串）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list (an array)</source>
        <translation>列表（数组）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>expected %1 but found %2.</source>
        <translation>应为%1，但找到的是%2。</translation>
    </message>
    <message>
        <source>this required field is missing.</source>
        <translation>缺少此必填字段。</translation>
    </message>
    <message>
        <source>expected an object or a list but found %1.</source>
        <translation>应为对象或列表，但找到的是%1。</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep here; no file DRPO Studio reads nests that deep.</source>
        <translation>此处 JSON 嵌套超过 %1 层；DRPO Studio 读取的文件都不会嵌套这么深。</translation>
    </message>
    <message>
        <source>the file is empty; expected JSON.</source>
        <translation>文件为空；应为 JSON。</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation>这不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>this is not a %1 file: it does not hold a JSON object.</source>
        <translation>这不是%1文件：其中没有 JSON 对象。</translation>
    </message>
    <message>
        <source>this is not a %1 file: the field &quot;format&quot; should be &quot;%2&quot;.</source>
        <translation>这不是%1文件：&quot;format&quot;字段应为&quot;%2&quot;。</translation>
    </message>
    <message>
        <source>this is not a %1 file: &quot;format&quot; is &quot;%2&quot; but should be &quot;%3&quot;.</source>
        <translation>这不是%1文件：&quot;format&quot;为&quot;%2&quot;，但应为&quot;%3&quot;。</translation>
    </message>
    <message>
        <source>the format version should be a whole number.</source>
        <translation>格式版本应为整数。</translation>
    </message>
    <message>
        <source>the format version %1 is not valid.</source>
        <translation>格式版本 %1 无效。</translation>
    </message>
    <message>
        <source>this %1 was saved by a newer version of DRPO Studio (format version %2; this version reads up to %3). Please update DRPO Studio to open it.</source>
        <translation>此%1由更新版本的 DRPO Studio 保存（格式版本 %2；当前版本最多读取 %3）。请更新 DRPO Studio 后再打开。</translation>
    </message>
    <message>
        <source>the simulated demo model (every figure of it is simulated)</source>
        <translation>模拟演示模型（其所有数字均为模拟）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Static retrieval: these %1 examples are fixed. Replace {query} with the user&apos;s message (and append earlier turns before it). drpo serve picks the %2 nearest of the profile&apos;s %3 examples for each query instead.</source>
        <translation>静态检索：这 %1 个示例是固定的。请将 {query} 替换为用户的消息（并在其前面附上之前的对话轮次）。drpo serve 则会为每个问题从配置的 %3 个示例中挑选最接近的 %2 个。</translation>
    </message>
    <message>
        <source>Alignment profile</source>
        <translation>对齐配置</translation>
    </message>
    <message>
        <source>Alignment profile: %1</source>
        <translation>对齐配置：%1</translation>
    </message>
    <message>
        <source>- Base model: %1
</source>
        <translation>- 基础模型：%1
</translation>
    </message>
    <message>
        <source>- Examples retrieved per query (K): %1 of %2, by similarity of the query to the example queries
</source>
        <translation>- 每个问题检索的示例数（K）：%2 个中的 %1 个，按问题与示例问题的相似度选取
</translation>
    </message>
    <message>
        <source>- Rendering: chat messages (system prompt, examples as turns, then the conversation)
</source>
        <translation>- 呈现方式：聊天消息（系统提示词、作为对话轮次的示例，然后是对话）
</translation>
    </message>
    <message>
        <source>- Rendering: a completion template with stop sequences &lt;END&gt; and &quot;# Query:&quot; (see the end)
</source>
        <translation>- 呈现方式：带停止序列 &lt;END&gt; 和&quot;# Query:&quot;的补全模板（见末尾）
</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Examples (%1)</source>
        <translation>示例（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Judged %1 / 5 after %n version(s).</source>
        <translation>
            <numerusform>经过 %n 个版本后评为 %1 / 5。</numerusform>
        </translation>
    </message>
    <message>
        <source>Query</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Completion template</source>
        <translation>补全模板</translation>
    </message>
    <message>
        <source>alignment profile</source>
        <translation>对齐配置</translation>
    </message>
    <message>
        <source>%1: the run has not finished, so it has no profile yet</source>
        <translation>%1：运行尚未完成，因此还没有对齐配置</translation>
    </message>
    <message>
        <source>the query id is empty.</source>
        <translation>问题 ID 为空。</translation>
    </message>
    <message>
        <source>the query id &quot;%1&quot; is used twice (also at %2).</source>
        <translation>问题 ID“%1”被重复使用（另见 %2）。</translation>
    </message>
    <message>
        <source>the text of query &quot;%1&quot; is empty.</source>
        <translation>问题“%1”的文本为空。</translation>
    </message>
    <message>
        <source>DRPO project</source>
        <translation>DRPO 项目</translation>
    </message>
    <message>
        <source>Could not export to %1: query &quot;%2&quot; contains a line break, which plain text cannot hold. Export as JSON, JSON Lines or CSV instead.</source>
        <translation>无法导出到 %1：问题“%2”包含换行，纯文本无法容纳。请改为导出为 JSON、JSON Lines 或 CSV。</translation>
    </message>
    <message>
        <source>Could not export to %1: the just-eval format is for importing only; export as JSON, JSON Lines or CSV instead.</source>
        <translation>无法导出到 %1：just-eval 格式仅用于导入；请改为导出为 JSON、JSON Lines 或 CSV。</translation>
    </message>
    <message>
        <source>expected a query (an object or a string) but found %1.</source>
        <translation>应为一个问题（对象或字符串），但找到的是%1。</translation>
    </message>
    <message>
        <source>this record has no query text: it needs a field named &quot;text&quot;, &quot;query&quot;, &quot;instruction&quot; or &quot;prompt&quot;.</source>
        <translation>此记录没有问题文本：需要一个名为&quot;text&quot;、&quot;query&quot;、&quot;instruction&quot;或&quot;prompt&quot;的字段。</translation>
    </message>
    <message>
        <source>expected a tag (a string) but found %1.</source>
        <translation>应为标签（字符串），但找到的是%1。</translation>
    </message>
    <message>
        <source>expected a list of tags or a text with tags separated by &quot;;&quot; but found %1.</source>
        <translation>应为标签列表或用&quot;;&quot;分隔标签的文本，但找到的是%1。</translation>
    </message>
    <message>
        <source>just-eval categories are &quot;regular&quot; or &quot;safety&quot;; &quot;%1&quot; is kept as it is.</source>
        <translation>just-eval 的类别为&quot;regular&quot;或&quot;safety&quot;；“%1”保持原样。</translation>
    </message>
    <message>
        <source>expected a list of queries, or an object with a &quot;queries&quot; list.</source>
        <translation>应为问题列表，或包含&quot;queries&quot;列表的对象。</translation>
    </message>
    <message>
        <source>expected a list of queries but found %1.</source>
        <translation>应为问题列表，但找到的是%1。</translation>
    </message>
    <message>
        <source>the header row has no query text column; name one column &quot;text&quot;, &quot;query&quot;, &quot;instruction&quot; or &quot;prompt&quot; (found: %1).</source>
        <translation>表头行中没有问题文本列；请将某一列命名为&quot;text&quot;、&quot;query&quot;、&quot;instruction&quot;或&quot;prompt&quot;（找到的是：%1）。</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2 columns; the column &quot;%3&quot; is missing. Put fields that contain commas in double quotes.</source>
        <translation>此行有 %1 个字段，但表头有 %2 列；缺少“%3”列。包含逗号的字段请用双引号括起来。</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2 columns. Put fields that contain commas in double quotes.</source>
        <translation>此行有 %1 个字段，但表头有 %2 列。包含逗号的字段请用双引号括起来。</translation>
    </message>
    <message>
        <source>the query id &quot;%1&quot; is used twice: first at %2, again at %3.</source>
        <translation>问题 ID“%1”被重复使用：第一次在 %2，再次在 %3。</translation>
    </message>
    <message>
        <source>this query has no text and was skipped.</source>
        <translation>此问题没有文本，已跳过。</translation>
    </message>
    <message>
        <source>the same query text already appears at %1.</source>
        <translation>相同的问题文本已出现在 %1。</translation>
    </message>
    <message>
        <source>the validation id &quot;%1&quot; names no query and was dropped.</source>
        <translation>验证 ID“%1”不对应任何问题，已丢弃。</translation>
    </message>
    <message>
        <source>the file holds no queries.</source>
        <translation>文件中没有问题。</translation>
    </message>
    <message>
        <source>run record</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>expected the selector&apos;s answer (an object) but found %1.</source>
        <translation>应为选择器的回答（对象），但找到的是%1。</translation>
    </message>
    <message>
        <source>expected an object with &quot;selected_aspects&quot; but found %1.</source>
        <translation>应为包含&quot;selected_aspects&quot;的对象，但找到的是%1。</translation>
    </message>
    <message>
        <source>this required field is missing: the entry holds no criteria selection.</source>
        <translation>缺少此必填字段：该条目中没有标准选择。</translation>
    </message>
    <message>
        <source>expected an object that maps each query to its criteria selection but found %1.</source>
        <translation>应为将每个问题映射到其标准选择的对象，但找到的是%1。</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1: no number is that large).</source>
        <translation>这不是有效的 JSON（%1：数字过大）。</translation>
    </message>
</context>
<context>
    <name>drpo::llm</name>
    <message>
        <source>Anthropic has no embeddings endpoint; configure an OpenAI-compatible one for retrieval</source>
        <translation>Anthropic 没有嵌入端点；请为检索配置一个兼容 OpenAI 的端点</translation>
    </message>
    <message>
        <source>the stream from %1 reported an error: %2</source>
        <translation>来自 %1 的流报告了错误：%2</translation>
    </message>
    <message>
        <source>the stream ended before the answer was complete</source>
        <translation>回答尚未完成，流就结束了</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>空回答</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>不是 JSON（%1）</translation>
    </message>
    <message>
        <source>empty answer (max_tokens reached)</source>
        <translation>空回答（已达到 max_tokens）</translation>
    </message>
    <message>
        <source>reachable (%1 ms); model %2 answered</source>
        <translation>可以连接（%1 毫秒）；模型 %2 已回答</translation>
    </message>
    <message>
        <source>simulated models (offline, no network)</source>
        <translation>模拟模型（离线，无网络）</translation>
    </message>
    <message>
        <source>an upper bound: every level runs (no early skip), nothing comes from the cache; tokens are estimated from typical prompt sizes</source>
        <translation>这是上限：每一层都会运行（不提前跳过），没有任何结果来自缓存；令牌数按典型提示词长度估算</translation>
    </message>
    <message>
        <source>; some models have no price in the price table and count as $0</source>
        <translation>；部分模型在价格表中没有价格，按 0 美元计</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the prompt is longer than the model&apos;s context window; use a model with a larger context, fewer ICL examples or a lower max-tokens setting</source>
        <translation>来自 %2 的 HTTP %1：提示词超出了模型的上下文窗口；请使用上下文更大的模型、更少的 ICL 示例或更小的 max-tokens 设置</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the account&apos;s quota or credit is used up; add credit or raise the limit, then resume</source>
        <translation>来自 %2 的 HTTP %1：账户的配额或余额已用完；请充值或提高限额，然后继续</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the endpoint rejected the request; check the model name and the role&apos;s settings</source>
        <translation>来自 %2 的 HTTP %1：端点拒绝了请求；请检查模型名称和该角色的设置</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the API key was refused; check the key (environment variable or keychain) for this endpoint</source>
        <translation>来自 %2 的 HTTP %1：API 密钥被拒绝；请检查此端点的密钥（环境变量或钥匙串）</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: payment required; add credit to the account, then resume</source>
        <translation>来自 %2 的 HTTP %1：需要付款；请为账户充值，然后继续</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: not found; check the model name and the base URL (it usually ends in /v1)</source>
        <translation>来自 %2 的 HTTP %1：未找到；请检查模型名称和基础 URL（通常以 /v1 结尾）</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: rate limited</source>
        <translation>来自 %2 的 HTTP %1：请求频率受限</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the service is overloaded</source>
        <translation>来自 %2 的 HTTP %1：服务过载</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: server error</source>
        <translation>来自 %2 的 HTTP %1：服务器错误</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: unexpected answer</source>
        <translation>来自 %2 的 HTTP %1：意外的回答</translation>
    </message>
    <message>
        <source>no connection test for this kind of endpoint</source>
        <translation>此类端点没有连接测试</translation>
    </message>
    <message>
        <source>unreadable answer from %1: %2</source>
        <translation>来自 %1 的回答无法读取：%2</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>调用已取消</translation>
    </message>
    <message>
        <source>no answer from %1 within the timeout</source>
        <translation>%1 在超时时间内没有回答</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 MiB, so it was cut off unread (a runaway generation? check the model&apos;s max tokens and stop sequences)</source>
        <translation>来自 %1 的回答超过 %2 MiB，因此未读取即被截断（生成失控？请检查模型的 max tokens 和停止序列）</translation>
    </message>
    <message>
        <source>the answer from %1 was still not complete after %2 s, so it was cut off (a stream that never ends?)</source>
        <translation>来自 %1 的回答在 %2 秒后仍未完成，因此被截断（流永不结束？）</translation>
    </message>
    <message>
        <source>cannot reach %1: %2; check the base URL</source>
        <translation>无法连接 %1：%2；请检查基础 URL</translation>
    </message>
    <message>
        <source>network error talking to %1: %2</source>
        <translation>与 %1 通信时发生网络错误：%2</translation>
    </message>
    <message>
        <source>the connection to %1 broke during the answer: %2</source>
        <translation>回答过程中与 %1 的连接断开：%2</translation>
    </message>
    <message>
        <source>malformed stream data</source>
        <translation>流数据格式错误</translation>
    </message>
    <message>
        <source>no choices in the stream</source>
        <translation>流中没有 choices</translation>
    </message>
    <message>
        <source>expected %1 embeddings, got %2</source>
        <translation>应为 %1 个嵌入向量，实际收到 %2 个</translation>
    </message>
    <message>
        <source>a choice has no text</source>
        <translation>某个 choice 没有文本</translation>
    </message>
    <message>
        <source>no choices in the answer</source>
        <translation>回答中没有 choices</translation>
    </message>
    <message>
        <source>empty answer (max_tokens reached before any text)</source>
        <translation>空回答（在生成任何文本之前已达到 max_tokens）</translation>
    </message>
    <message>
        <source>reachable (%1 ms); the server lists no models</source>
        <translation>可以连接（%1 毫秒）；服务器未列出任何模型</translation>
    </message>
    <message>
        <source>reachable (%1 ms); model %2 is available</source>
        <translation>可以连接（%1 毫秒）；模型 %2 可用</translation>
    </message>
    <message>
        <source>reachable (%1 ms), but model %2 is not among the %3 listed; check the model name</source>
        <translation>可以连接（%1 毫秒），但模型 %2 不在列出的 %3 个模型中；请检查模型名称</translation>
    </message>
    <message>
        <source>cannot read the price table %1: %2</source>
        <translation>无法读取价格表 %1：%2</translation>
    </message>
    <message>
        <source>the price table %1 is not a JSON object: %2</source>
        <translation>价格表 %1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>cannot write the price table %1: %2</source>
        <translation>无法写入价格表 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http(s) base URL</source>
        <translation>“%1”不是有效的 http(s) 基础 URL</translation>
    </message>
    <message>
        <source>the base URL %1 must not carry credentials or a query; keys come from environment variables or the keychain</source>
        <translation>基础 URL %1 不能包含凭据或查询参数；密钥来自环境变量或钥匙串</translation>
    </message>
    <message>
        <source>%1 uses plain http to another machine, which would send the key unencrypted; use https, or allow insecure http explicitly</source>
        <translation>%1 对另一台机器使用明文 http，会以未加密方式发送密钥；请使用 https，或明确允许不安全的 http</translation>
    </message>
    <message>
        <source>%1 role: %2</source>
        <translation>%1 角色：%2</translation>
    </message>
    <message>
        <source>no provider is configured</source>
        <translation>未配置提供方</translation>
    </message>
    <message>
        <source>there is no simulated model &quot;%1&quot; (the simulated base models are %2)</source>
        <translation>没有名为“%1”的模拟模型（模拟基础模型有：%2）</translation>
    </message>
    <message>
        <source>unknown provider kind &quot;%1&quot; (expected sim, openai or anthropic)</source>
        <translation>未知的提供方类型“%1”（应为 sim、openai 或 anthropic）</translation>
    </message>
    <message>
        <source>Anthropic has no embeddings endpoint; use an OpenAI-compatible one (OpenAI, Ollama, vLLM...) or the simulated embedder</source>
        <translation>Anthropic 没有嵌入端点；请使用兼容 OpenAI 的端点（OpenAI、Ollama、vLLM……）或模拟嵌入模型</translation>
    </message>
    <message>
        <source>no model name is set (for example %1)</source>
        <translation>未设置模型名称（例如 %1）</translation>
    </message>
    <message>
        <source>no API key: set the environment variable %1</source>
        <translation>没有 API 密钥：请设置环境变量 %1</translation>
    </message>
    <message>
        <source>the response cache cannot be used: %1</source>
        <translation>无法使用响应缓存：%1</translation>
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
        <translation>llama.cpp 服务器</translation>
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
        <translation>未找到密钥：请设置环境变量 %1（此版本不支持钥匙串）</translation>
    </message>
    <message>
        <source>no key found: set the environment variable %1 or store the key in the keychain under that name</source>
        <translation>未找到密钥：请设置环境变量 %1，或以该名称将密钥存入钥匙串</translation>
    </message>
    <message>
        <source>no key in the environment variable %1, and the keychain is unavailable (%2)</source>
        <translation>环境变量 %1 中没有密钥，且钥匙串不可用（%2）</translation>
    </message>
    <message>
        <source>the keychain is unavailable: %1</source>
        <translation>钥匙串不可用：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>cannot open the response cache %1: %2</source>
        <translation>无法打开响应缓存 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the response cache</source>
        <translation>无法为响应缓存创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot use the response cache %1: %2</source>
        <translation>无法使用响应缓存 %1：%2</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <source>a chunk header of the answer is longer than %1 bytes</source>
        <translation>应答中的一个分块头超过 %1 字节</translation>
    </message>
    <message>
        <source>the answer&apos;s header is larger than %1 KiB</source>
        <translation>应答头大于 %1 KiB</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP/1.x (it starts with &quot;%1&quot;)</source>
        <translation>服务器的应答不是 HTTP/1.x（以“%1”开头）</translation>
    </message>
    <message>
        <source>the answer&apos;s header starts with a continuation line</source>
        <translation>应答头以续行开头</translation>
    </message>
    <message>
        <source>the answer has a malformed header line (&quot;%1&quot;)</source>
        <translation>应答含有格式错误的头部行（“%1”）</translation>
    </message>
    <message>
        <source>the answer has more than %1 header lines</source>
        <translation>应答的头部行超过 %1 行</translation>
    </message>
    <message>
        <source>the server switched protocols, which was not asked for</source>
        <translation>服务器切换了协议，但并未请求这样做</translation>
    </message>
    <message>
        <source>the answer uses a transfer coding this client does not decode (&quot;%1&quot;)</source>
        <translation>应答使用了本客户端无法解码的传输编码（“%1”）</translation>
    </message>
    <message>
        <source>the answer has an invalid Content-Length (&quot;%1&quot;)</source>
        <translation>应答的 Content-Length 无效（“%1”）</translation>
    </message>
    <message>
        <source>the answer has an invalid chunk size (&quot;%1&quot;)</source>
        <translation>应答的分块大小无效（“%1”）</translation>
    </message>
    <message>
        <source>the answer has a malformed trailer line (&quot;%1&quot;)</source>
        <translation>应答含有格式错误的尾部行（“%1”）</translation>
    </message>
    <message>
        <source>a chunk of the answer is longer than its announced size</source>
        <translation>应答中的一个分块比声明的大小更长</translation>
    </message>
    <message>
        <source>the connection closed after %1 of the %2 bytes the answer announced</source>
        <translation>连接在应答声明的 %2 字节中仅收到 %1 字节后关闭</translation>
    </message>
    <message>
        <source>the connection closed in the middle of a chunked answer</source>
        <translation>连接在分块应答的中途关闭</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the answer&apos;s header</source>
        <translation>连接在应答头的中途关闭</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>服务器未作应答就关闭了连接</translation>
    </message>
    <message>
        <source>the call was aborted</source>
        <translation>调用已中止</translation>
    </message>
</context>
<context>
    <name>drpo::llm::Scheduler</name>
    <message>
        <source>the run was stopped</source>
        <translation>运行已停止</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>调用已取消</translation>
    </message>
    <message>
        <source>no model is configured for the %1 role</source>
        <translation>未为 %1 角色配置模型</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1（尝试 %n 次后放弃）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n calls in a row</source>
        <translation>
            <numerusform>连续 %n 次调用失败</numerusform>
        </translation>
    </message>
    <message>
        <source>failed %1 of its last %2 calls</source>
        <translation>最近 %2 次调用中有 %1 次失败</translation>
    </message>
    <message numerus="yes">
        <source>the %1 model %2 at %3 %4 (each after up to %n attempts), so its calls stop here; last error: %5. Check that the server at that URL is running and reachable, that the model name is right and what the server&apos;s log says; then resume the run.</source>
        <translation>
            <numerusform>位于 %3 的 %1 模型 %2 %4（每次最多尝试 %n 次），因此它的调用到此为止；最后一个错误：%5。请检查该 URL 上的服务器是否正在运行且可以访问、模型名称是否正确，以及服务器日志中的内容；然后继续运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>the budget of $%1 is spent ($%2 so far); raise it to continue</source>
        <translation>预算 $%1 已用完（目前已花费 $%2）；请提高预算以继续</translation>
    </message>
</context>
<context>
    <name>drpo::model</name>
    <message>
        <source>beam width must be between 1 and 64</source>
        <translation>束宽必须在 1 到 64 之间</translation>
    </message>
    <message>
        <source>actions per node must be between 1 and 16</source>
        <translation>每个节点的动作数必须在 1 到 16 之间</translation>
    </message>
    <message>
        <source>depth must be between 0 and 200</source>
        <translation>深度必须在 0 到 200 之间</translation>
    </message>
    <message>
        <source>depth extension must be between 0 and 100</source>
        <translation>深度扩展必须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 256</source>
        <translation>批大小必须在 1 到 256 之间</translation>
    </message>
    <message>
        <source>K must be between 0 and 32</source>
        <translation>K 必须在 0 到 32 之间</translation>
    </message>
    <message>
        <source>stage-1 rounds must be between 1 and 50</source>
        <translation>阶段 1 的轮数必须在 1 到 50 之间</translation>
    </message>
    <message>
        <source>criteria count bounds are inconsistent</source>
        <translation>标准数量的上下限相互矛盾</translation>
    </message>
    <message>
        <source>validation size cannot be negative</source>
        <translation>验证集大小不能为负数</translation>
    </message>
</context>
<context>
    <name>drpo::reward</name>
    <message>
        <source>the call was cancelled</source>
        <translation>调用已取消</translation>
    </message>
    <message>
        <source>%1 (%2 role): %3</source>
        <translation>%1（%2 角色）：%3</translation>
    </message>
    <message>
        <source>criteria selection failed for &quot;%1&quot;: %2; using the library&apos;s first criteria</source>
        <translation>为“%1”选择标准失败：%2；改用标准库中的前几项标准</translation>
    </message>
    <message>
        <source>The selector&apos;s answer could not be read, so default criteria were used.</source>
        <translation>无法读取选择器的回答，因此使用了默认标准。</translation>
    </message>
    <message>
        <source>Static mode: every enabled criterion is judged.</source>
        <translation>静态模式：评审所有启用的标准。</translation>
    </message>
    <message>
        <source>no criteria to judge by (all criteria are disabled or banned)</source>
        <translation>没有可用于评审的标准（所有标准都已停用或被禁止）</translation>
    </message>
    <message>
        <source>the judge&apos;s verdict could not be read after a retry: %1</source>
        <translation>重试后仍无法读取评审的判定：%1</translation>
    </message>
</context>
<context>
    <name>drpo::search</name>
    <message>
        <source>unusable embeddings: %1</source>
        <translation>嵌入向量不可用：%1</translation>
    </message>
    <message>
        <source>ICL retrieval falls back to BM25 for this run: %1</source>
        <translation>本次运行的 ICL 检索改用 BM25：%1</translation>
    </message>
    <message>
        <source>ICL retrieval: cosine similarity of embeddings from %1 (%2 texts, %3 calls).</source>
        <translation>ICL 检索：基于 %1 嵌入向量的余弦相似度（%2 段文本，%3 次调用）。</translation>
    </message>
    <message>
        <source>the base model failed: %1</source>
        <translation>基础模型失败：%1</translation>
    </message>
    <message>
        <source>there are no training queries to optimize on</source>
        <translation>没有可用于优化的训练问题</translation>
    </message>
    <message>
        <source>Carried unchanged: its reward %1 is above the skip threshold %2.</source>
        <translation>原样沿用：其奖励 %1 高于跳过阈值 %2。</translation>
    </message>
    <message>
        <source>level %1: the optimizer failed for %2: %3</source>
        <translation>第 %1 层：优化器处理 %2 时失败：%3</translation>
    </message>
    <message>
        <source>level %1: a proposal for %2 had no &lt;prompt&gt; section</source>
        <translation>第 %1 层：针对 %2 的一个提议中没有 &lt;prompt&gt; 部分</translation>
    </message>
    <message>
        <source>Level %1: %2 proposals repeated an existing prompt and were dropped.</source>
        <translation>第 %1 层：%2 个提议与已有提示词重复，已丢弃。</translation>
    </message>
    <message>
        <source>Carried: no usable proposal this level.</source>
        <translation>沿用：本层没有可用的提议。</translation>
    </message>
    <message>
        <source>there is no node %1 to edit</source>
        <translation>没有可编辑的节点 %1</translation>
    </message>
    <message>
        <source>the edited prompt is empty</source>
        <translation>编辑后的提示词为空</translation>
    </message>
    <message>
        <source>Edited by hand.</source>
        <translation>人工编辑。</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>运行已停止</translation>
    </message>
    <message>
        <source>node %1 is not a scored node of this run</source>
        <translation>节点 %1 不是本次运行中已评分的节点</translation>
    </message>
    <message>
        <source>bm25 (embeddings failed)</source>
        <translation>BM25（嵌入失败）</translation>
    </message>
    <message>
        <source>embeddings (%1)</source>
        <translation>嵌入（%1）</translation>
    </message>
</context>
<context>
    <name>drpo::serve</name>
    <message>
        <source>the client went away</source>
        <translation>客户端已断开连接</translation>
    </message>
    <message>
        <source>the base model&apos;s retried answer differs from the part already streamed; ask again</source>
        <translation>基础模型重试后的回答与已流式发送的部分不一致；请重新提问</translation>
    </message>
    <message>
        <source>the request line is longer than %1 bytes</source>
        <translation>请求行超过 %1 字节</translation>
    </message>
    <message>
        <source>the request head is larger than %1 bytes</source>
        <translation>请求头超过 %1 字节</translation>
    </message>
    <message>
        <source>a bare CR inside a header line</source>
        <translation>头部行中有单独的 CR</translation>
    </message>
    <message>
        <source>malformed request line &quot;%1&quot;</source>
        <translation>请求行格式错误：“%1”</translation>
    </message>
    <message>
        <source>malformed HTTP version &quot;%1&quot;</source>
        <translation>HTTP 版本格式错误：“%1”</translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are served, not %1</source>
        <translation>仅支持 HTTP/1.0 和 HTTP/1.1，不支持 %1</translation>
    </message>
    <message>
        <source>the request target contains a byte that is not printable ASCII</source>
        <translation>请求目标中包含非可打印 ASCII 字节</translation>
    </message>
    <message>
        <source>the request target must be a path starting with /, not &quot;%1&quot;</source>
        <translation>请求目标必须是以 / 开头的路径，而不是“%1”</translation>
    </message>
    <message>
        <source>folded header lines (obs-fold) are not accepted</source>
        <translation>不接受折叠的头部行（obs-fold）</translation>
    </message>
    <message>
        <source>malformed header line &quot;%1&quot;</source>
        <translation>头部行格式错误：“%1”</translation>
    </message>
    <message>
        <source>malformed header name &quot;%1&quot;</source>
        <translation>头部名称格式错误：“%1”</translation>
    </message>
    <message>
        <source>the header %1 contains a control character</source>
        <translation>头部 %1 包含控制字符</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>头部字段超过 %1 个</translation>
    </message>
    <message>
        <source>an HTTP/1.1 request needs a Host header</source>
        <translation>HTTP/1.1 请求需要 Host 头部</translation>
    </message>
    <message>
        <source>invalid Content-Length &quot;%1&quot;</source>
        <translation>无效的 Content-Length：“%1”</translation>
    </message>
    <message>
        <source>conflicting Content-Length values</source>
        <translation>Content-Length 值相互冲突</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length were sent</source>
        <translation>同时发送了 Transfer-Encoding 和 Content-Length</translation>
    </message>
    <message>
        <source>request bodies must be sent with a Content-Length (chunked uploads are not accepted)</source>
        <translation>请求体必须带 Content-Length 发送（不接受分块上传）</translation>
    </message>
    <message>
        <source>the request body is %1 bytes; at most %2 are accepted</source>
        <translation>请求体为 %1 字节；最多接受 %2 字节</translation>
    </message>
    <message>
        <source>unsupported Expect &quot;%1&quot;</source>
        <translation>不支持的 Expect：“%1”</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 必须是 %2 到 %3 之间的数</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 必须是 true 或 false</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>请求体不是有效的 JSON：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>请求体必须是 JSON 对象</translation>
    </message>
    <message>
        <source>model is required: the name of a served profile (see /v1/models)</source>
        <translation>必须提供 model：已提供服务的配置名称（见 /v1/models）</translation>
    </message>
    <message>
        <source>top_p must be above 0</source>
        <translation>top_p 必须大于 0</translation>
    </message>
    <message>
        <source>stop must be a string or a list of strings</source>
        <translation>stop 必须是字符串或字符串列表</translation>
    </message>
    <message>
        <source>stop must be a string or a list of at most %1 strings</source>
        <translation>stop 必须是字符串或最多 %1 个字符串的列表</translation>
    </message>
    <message>
        <source>stream_options must be {&quot;include_usage&quot;: true|false}</source>
        <translation>stream_options 必须是 {&quot;include_usage&quot;: true|false}</translation>
    </message>
    <message>
        <source>%1 is not supported: a served profile answers with text only</source>
        <translation>不支持 %1：提供服务的配置只以文本回答</translation>
    </message>
    <message>
        <source>logprobs are not supported</source>
        <translation>不支持 logprobs</translation>
    </message>
    <message>
        <source>only the text response format is supported (a profile&apos;s examples are prose)</source>
        <translation>仅支持 text 响应格式（配置中的示例都是文本）</translation>
    </message>
    <message>
        <source>%1 must be a string or a list of text parts</source>
        <translation>%1 必须是字符串或文本片段列表</translation>
    </message>
    <message>
        <source>%1: only text parts ({&quot;type&quot;: &quot;text&quot;, &quot;text&quot;: ...}) are supported</source>
        <translation>%1：仅支持文本片段（{&quot;type&quot;: &quot;text&quot;, &quot;text&quot;: ...}）</translation>
    </message>
    <message>
        <source>messages must be a non-empty list</source>
        <translation>messages 必须是非空列表</translation>
    </message>
    <message>
        <source>%1 must be an object with role and content</source>
        <translation>%1 必须是包含 role 和 content 的对象</translation>
    </message>
    <message>
        <source>%1.role: tool messages are not supported</source>
        <translation>%1.role：不支持工具消息</translation>
    </message>
    <message>
        <source>%1.role must be system, developer, user or assistant</source>
        <translation>%1.role 必须是 system、developer、user 或 assistant</translation>
    </message>
    <message>
        <source>the last message (after any system messages) must be the user&apos;s: it is what is answered</source>
        <translation>最后一条消息（系统消息之后）必须来自用户：要回答的就是它</translation>
    </message>
    <message>
        <source>messages need at least one user message</source>
        <translation>messages 中至少需要一条用户消息</translation>
    </message>
    <message>
        <source>prompt must be one string (a list of prompts, or token ids, is not supported)</source>
        <translation>prompt 必须是单个字符串（不支持提示词列表或 token ID）</translation>
    </message>
    <message>
        <source>echo is not supported</source>
        <translation>不支持 echo</translation>
    </message>
    <message>
        <source>suffix is not supported</source>
        <translation>不支持 suffix</translation>
    </message>
    <message>
        <source>the embedder failed: %1</source>
        <translation>嵌入模型失败：%1</translation>
    </message>
    <message>
        <source>examples are retrieved by BM25 instead of embeddings: %1</source>
        <translation>示例改用 BM25 而非嵌入向量检索：%1</translation>
    </message>
    <message>
        <source>the base model failed: %1</source>
        <translation>基础模型失败：%1</translation>
    </message>
    <message>
        <source>the server is stopping</source>
        <translation>服务器正在停止</translation>
    </message>
    <message>
        <source>/health answers GET</source>
        <translation>/health 响应 GET</translation>
    </message>
    <message>
        <source>unknown path %1: this server answers /v1/chat/completions, /v1/completions, /v1/models and /health</source>
        <translation>未知路径 %1：此服务器响应 /v1/chat/completions、/v1/completions、/v1/models 和 /health</translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation>%1 响应 %2</translation>
    </message>
    <message>
        <source>the API key is not valid for this server</source>
        <translation>API 密钥对此服务器无效</translation>
    </message>
    <message>
        <source>this server needs a key: send Authorization: Bearer &lt;key&gt;</source>
        <translation>此服务器需要密钥：请发送 Authorization: Bearer &lt;key&gt;</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; is not served here</source>
        <translation>此处不提供模型“%1”</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; is not served here; this server serves: %2</source>
        <translation>此处不提供模型“%1”；此服务器提供：%2</translation>
    </message>
    <message>
        <source>the server is busy (%1 requests answered, %2 waiting); retry shortly</source>
        <translation>服务器繁忙（%1 个请求正在处理，%2 个在等待）；请稍后重试</translation>
    </message>
    <message>
        <source>the base model returned no answer</source>
        <translation>基础模型没有返回回答</translation>
    </message>
    <message>
        <source>no answer from the base model within %1 s</source>
        <translation>基础模型在 %1 秒内没有回答</translation>
    </message>
    <message>
        <source>the request waited %1 s in the queue without being answered</source>
        <translation>请求在队列中等待了 %1 秒仍未得到回答</translation>
    </message>
    <message>
        <source>the client closed the connection before the answer</source>
        <translation>客户端在回答之前关闭了连接</translation>
    </message>
    <message>
        <source>no profile to serve</source>
        <translation>没有可提供服务的配置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a model name: use letters, digits and . _ : / - (at most 128)</source>
        <translation>“%1”不能作为模型名称：请使用字母、数字和 . _ : / -（最多 128 个）</translation>
    </message>
    <message>
        <source>two profiles are served as &quot;%1&quot;: give them different names (--profile NAME=PATH)</source>
        <translation>有两个配置都以“%1”提供服务：请为它们取不同的名称（--profile NAME=PATH）</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: serving other machines needs --allow-remote (and a key)</source>
        <translation>%1 不是回环地址：为其他机器提供服务需要 --allow-remote（以及密钥）</translation>
    </message>
    <message>
        <source>serving %1 needs a bearer key: put it in an environment variable and give --api-key-env VAR</source>
        <translation>在 %1 上提供服务需要 Bearer 密钥：请将其放入环境变量并指定 --api-key-env VAR</translation>
    </message>
    <message>
        <source>the limits must be positive (concurrency at least 1, timeout at least 100 ms)</source>
        <translation>限制必须为正数（并发数至少为 1，超时至少为 100 毫秒）</translation>
    </message>
</context>
<context>
    <name>drpo::serve::HttpConnection</name>
    <message>
        <source>the request did not arrive within %1 s</source>
        <translation>请求未在 %1 秒内到达</translation>
    </message>
</context>
<context>
    <name>drpo::serve::HttpServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>too many open connections</source>
        <translation>打开的连接过多</translation>
    </message>
    <message>
        <source>too many open connections (%1); retry shortly</source>
        <translation>打开的连接过多（%1）；请稍后重试</translation>
    </message>
    <message>
        <source>nothing is served here</source>
        <translation>此处没有提供任何服务</translation>
    </message>
</context>
<context>
    <name>drpo::serve::ServerHost</name>
    <message>
        <source>the server is already running</source>
        <translation>服务器已在运行</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>配置 %1：%2</translation>
    </message>
    <message>
        <source>the server did not start within %1 s</source>
        <translation>服务器未在 %1 秒内启动</translation>
    </message>
</context>
<context>
    <name>drpo::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Version %1 (%2 build), Qt %3</source>
        <translation>版本 %1（%2 构建），Qt %3</translation>
    </message>
    <message>
        <source>Aligns a language model without training it, by Dynamic Rewarding with Prompt Optimization (DRPO).</source>
        <translation>无需训练即可对齐语言模型：采用动态奖励与提示词优化（DRPO）。</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (%1).
This program is free software: you can redistribute it and/or modify it under the terms of that licence. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>许可证：GNU 通用公共许可证第 3 版或更高版本（%1）。
本程序是自由软件：您可以依据该许可证的条款重新分发和/或修改它。本程序不提供任何担保。</translation>
    </message>
</context>
<context>
    <name>drpo::ui::BeamTreePanel</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole tree</source>
        <translation>显示整棵树</translation>
    </message>
    <message>
        <source>Follow latest</source>
        <translation>跟随最新</translation>
    </message>
    <message>
        <source>Keep the newest node in view</source>
        <translation>保持最新节点可见</translation>
    </message>
</context>
<context>
    <name>drpo::ui::BeamTreeView</name>
    <message>
        <source>Node %1 · level %2 · %3</source>
        <translation>节点 %1 · 第 %2 层 · %3</translation>
    </message>
    <message>
        <source>Reward %1 · path mean %2</source>
        <translation>奖励 %1 · 路径均值 %2</translation>
    </message>
    <message>
        <source>Kept in the beam</source>
        <translation>保留在束中</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 层</translation>
    </message>
</context>
<context>
    <name>drpo::ui::BenchmarkChoice</name>
    <message>
        <source>%1: %2 questions, %3 of them safety</source>
        <translation>%1：%2 个问题，其中 %3 个为安全类</translation>
    </message>
    <message>
        <source>the demo benchmark</source>
        <translation>演示基准集</translation>
    </message>
    <message>
        <source>(%1 records left out: %2)</source>
        <translation>（略去 %1 条记录：%2）</translation>
    </message>
</context>
<context>
    <name>drpo::ui::CallLogModel</name>
    <message>
        <source>ok (%1)</source>
        <translation>成功 (%1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>输入 %1 / 输出 %2</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 次尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ChartWidget</name>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>无法将图像写入 %1。</translation>
    </message>
    <message>
        <source>Could not write the drawing to %1.</source>
        <translation>无法将矢量图写入 %1。</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ComparePanel</name>
    <message>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>左：</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>右：</translation>
    </message>
    <message>
        <source>Prompt changes (struck through: removed; underlined: added)</source>
        <translation>提示词变化（删除线：删除；下划线：新增）</translation>
    </message>
    <message>
        <source>Pick two nodes, or use &quot;Compare with parent&quot; in the inspector.</source>
        <translation>请选择两个节点，或在检查器中使用“与父节点比较”。</translation>
    </message>
    <message>
        <source>Reward %1 → %2</source>
        <translation>奖励 %1 → %2</translation>
    </message>
    <message>
        <source> · left: level %1, %2 · right: level %3, %4</source>
        <translation> · 左：第 %1 层，%2 · 右：第 %3 层，%4</translation>
    </message>
    <message>
        <source>(no query answered by both)</source>
        <translation>（没有两者都回答过的问题）</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>奖励 %1</translation>
    </message>
</context>
<context>
    <name>drpo::ui::CriteriaModel</name>
    <message>
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>已禁止</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>How many queries the selector chose this criterion for in the current run</source>
        <translation>本次运行中选择器为多少个问题选择了该标准</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>被选次数</translation>
    </message>
    <message>
        <source>What 5 and 1 mean</source>
        <translation>5 分和 1 分的含义</translation>
    </message>
</context>
<context>
    <name>drpo::ui::CriteriaPanel</name>
    <message>
        <source>Dynamic: the selector picks criteria per query</source>
        <translation>动态：选择器为每个问题挑选标准</translation>
    </message>
    <message>
        <source>Static: every enabled criterion for every query</source>
        <translation>静态：每个问题使用所有启用的标准</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>添加标准</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected criterion</source>
        <translation>删除所选标准</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Always use this criterion for this query set</source>
        <translation>对此问题集始终使用该标准</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Never use this criterion for this query set</source>
        <translation>对此问题集从不使用该标准</translation>
    </message>
    <message>
        <source>Tell the judge what a 5 and a 1 mean for this criterion.</source>
        <translation>告诉评审在该标准下 5 分和 1 分分别意味着什么。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>新标准</translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation>新标准 %1</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>添加标准</translation>
    </message>
    <message>
        <source>Delete criterion %1</source>
        <translation>删除标准 %1</translation>
    </message>
    <message>
        <source>Enable criterion %1</source>
        <translation>启用标准 %1</translation>
    </message>
    <message>
        <source>Disable criterion %1</source>
        <translation>停用标准 %1</translation>
    </message>
    <message>
        <source>Pin or unpin %1</source>
        <translation>固定或取消固定 %1</translation>
    </message>
    <message>
        <source>Ban or unban %1</source>
        <translation>禁止或解除禁止 %1</translation>
    </message>
    <message>
        <source>Edit criterion %1</source>
        <translation>编辑标准 %1</translation>
    </message>
</context>
<context>
    <name>drpo::ui::DialogPrompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>DRPO projects (*.drpo)</source>
        <translation>DRPO 项目 (*.drpo)</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalItemBrowser</name>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Task or topic:</source>
        <translation>任务或主题：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalItemDetailView</name>
    <message>
        <source>Choose an item above to see every system&apos;s answer.</source>
        <translation>在上方选择一个条目，即可查看每个系统的回答。</translation>
    </message>
    <message>
        <source>Not judged yet.</source>
        <translation>尚未评审。</translation>
    </message>
    <message>
        <source>Unscored: %1</source>
        <translation>未评分：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>回答：</translation>
    </message>
    <message>
        <source>(no answer stored)</source>
        <translation>（未存储回答）</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalItemModel</name>
    <message>
        <source>safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Task and topic</source>
        <translation>任务和主题</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>The highest minus the lowest score the systems got on this item</source>
        <translation>各系统在此条目上的最高分减去最低分</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalSession</name>
    <message>
        <source>An evaluation is already running.</source>
        <translation>已有评估正在运行。</translation>
    </message>
    <message>
        <source>Choose at least one system to evaluate.</source>
        <translation>请至少选择一个要评估的系统。</translation>
    </message>
    <message>
        <source>The benchmark has no items.</source>
        <translation>基准中没有条目。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>There is no interrupted evaluation to continue.</source>
        <translation>没有可继续的中断评估。</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalSummaryView</name>
    <message>
        <source>Means from 1 to 5 ± half their 95% interval. ▲ / ▼: clearly better / worse than the first system (the paired difference&apos;s interval excludes zero).</source>
        <translation>1 到 5 分的均值 ± 其 95% 区间的一半。▲ / ▼：明显优于 / 差于第一个系统（成对差值的区间不含零）。</translation>
    </message>
    <message>
        <source>Mean score per aspect</source>
        <translation>各方面平均得分</translation>
    </message>
    <message>
        <source>By task</source>
        <translation>按任务</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>按主题</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvalTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1
Model: %2
Method: %3</source>
        <translation>%1
模型：%2
方法：%3</translation>
    </message>
    <message>
        <source>Mean %1, 95% interval %2 to %3</source>
        <translation>均值 %1，95% 区间 %2 到 %3</translation>
    </message>
    <message>
        <source>Mean %1 (the interval comes when the evaluation ends)</source>
        <translation>均值 %1（评估结束后给出区间）</translation>
    </message>
    <message>
        <source>Clearly better than %1</source>
        <translation>明显优于 %1</translation>
    </message>
    <message>
        <source>Clearly worse than %1</source>
        <translation>明显差于 %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Helpfulness</source>
        <translation>有用性</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <source>Factuality</source>
        <translation>事实性</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>吸引力</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Avg</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>The unweighted mean of the six aspect means</source>
        <translation>六个方面均值的不加权平均</translation>
    </message>
    <message>
        <source>Mean answer length in words over the regular items</source>
        <translation>常规条目回答的平均词数</translation>
    </message>
    <message>
        <source>Items whose verdict could not be read: counted, never averaged in</source>
        <translation>判定无法读取的条目：只计数，不参与平均</translation>
    </message>
    <message>
        <source>Mean score 1–5 ± half the 95% interval; ▲/▼ clearly better/worse than the first system</source>
        <translation>平均得分 1–5 ± 95% 区间的一半；▲/▼ 明显优于/差于第一个系统</translation>
    </message>
</context>
<context>
    <name>drpo::ui::EvaluationPanel</name>
    <message>
        <source>Benchmark and systems</source>
        <translation>基准与系统</translation>
    </message>
    <message>
        <source>Demo benchmark</source>
        <translation>演示基准</translation>
    </message>
    <message>
        <source>Benchmark file…</source>
        <translation>基准文件…</translation>
    </message>
    <message>
        <source>Starting prompt</source>
        <translation>起始提示词</translation>
    </message>
    <message>
        <source>This run&apos;s best profile</source>
        <translation>本次运行的最佳配置</translation>
    </message>
    <message>
        <source>URIAL-style</source>
        <translation>URIAL 风格</translation>
    </message>
    <message>
        <source>Basic prompt</source>
        <translation>基础提示词</translation>
    </message>
    <message>
        <source>Instruct-like sim</source>
        <translation>类 Instruct 模拟</translation>
    </message>
    <message>
        <source>The run&apos;s root prompt, no examples</source>
        <translation>该运行的根提示词，不带示例</translation>
    </message>
    <message>
        <source>The optimized prompt with K retrieved optimized examples</source>
        <translation>优化后的提示词，加上检索到的 K 个优化示例</translation>
    </message>
    <message>
        <source>A fixed prompt with three fixed examples, given in full every time</source>
        <translation>固定提示词加三个固定示例，每次都完整提供</translation>
    </message>
    <message>
        <source>&quot;You are a helpful assistant.&quot;</source>
        <translation>“You are a helpful assistant.”</translation>
    </message>
    <message>
        <source>The simulated instruct-tuned model (sim-instruct) with the basic prompt</source>
        <translation>使用基础提示词的模拟指令微调模型（sim-instruct）</translation>
    </message>
    <message>
        <source>Import judgements…</source>
        <translation>导入评审结果…</translation>
    </message>
    <message>
        <source>Benchmark:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <source>Systems:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation>%v / %m 个条目</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>The evaluation stopped: %1</source>
        <translation>评估已停止：%1</translation>
    </message>
    <message>
        <source>%1 (published judgements, %2 items)</source>
        <translation>%1（已发布的评审结果，%2 个条目）</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <source>free (simulated)</source>
        <translation>免费（模拟）</translation>
    </message>
    <message>
        <source>at least %1 (some prices unknown)</source>
        <translation>至少 %1（部分价格未知）</translation>
    </message>
    <message>
        <source>Forecast: %1 calls (%2 answers, %3 verdicts), about %4 tokens, %5.</source>
        <translation>预估：%1 次调用（%2 次回答，%3 次判定），约 %4 个令牌，%5。</translation>
    </message>
    <message>
        <source>Available once a search has finished</source>
        <translation>搜索完成后可用</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>剩余约 %1</translation>
    </message>
    <message>
        <source>%1 calls, %2 from the cache</source>
        <translation>%1 次调用，%2 次来自缓存</translation>
    </message>
    <message>
        <source>Open a benchmark</source>
        <translation>打开基准</translation>
    </message>
    <message>
        <source>Benchmarks (*.json *.jsonl);;All files (*)</source>
        <translation>基准文件 (*.json *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import judgement files</source>
        <translation>导入评审结果文件</translation>
    </message>
    <message>
        <source>just-eval judgements (*.json);;All files (*)</source>
        <translation>just-eval 评审结果 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the evaluation report</source>
        <translation>导出评估报告</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>打开结果…</translation>
    </message>
    <message>
        <source>Show a results file written by DRPO Studio or drpo evaluate</source>
        <translation>显示由 DRPO Studio 或 drpo evaluate 写入的结果文件</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Finish the interrupted evaluation: the items already judged are kept</source>
        <translation>完成中断的评估：已评判的条目会保留</translation>
    </message>
    <message>
        <source>An evaluation is running; stop it before opening another.</source>
        <translation>正在运行评估；请先停止再打开另一个。</translation>
    </message>
    <message>
        <source>Interrupted evaluation in %1: %2 of %3 items judged. “Continue” finishes it.</source>
        <translation>%1 中的评估被中断：已评判 %3 个条目中的 %2 个。“继续”可完成它。</translation>
    </message>
    <message>
        <source>Results file: %1</source>
        <translation>结果文件：%1</translation>
    </message>
    <message>
        <source>Open evaluation results</source>
        <translation>打开评估结果</translation>
    </message>
    <message>
        <source>Evaluation results (*.json);;All files (*)</source>
        <translation>评估结果 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExampleModel</name>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本数</translation>
    </message>
    <message>
        <source>Seed score</source>
        <translation>初始得分</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>最佳得分</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentCellModel</name>
    <message>
        <source>Avg (1–5) of every system of this cell:</source>
        <translation>此单元中每个系统的 Avg（1–5）：</translation>
    </message>
    <message>
        <source>The run&apos;s best prompt reward on its training queries (its own judge)</source>
        <translation>该运行最佳提示在其训练查询上的奖励（由其自身评判模型给出）</translation>
    </message>
    <message>
        <source>The avg (1–5) of the system the tables compare, on this cell&apos;s run</source>
        <translation>表格所比较的系统在此单元运行上的 Avg（1–5）</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Run best reward</source>
        <translation>运行最佳奖励</translation>
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
        <translation>网格</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Asks where the experiment file goes (it resumes from there), then runs every cell</source>
        <translation>先询问实验文件的保存位置（从该文件恢复），然后运行每个单元</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Hold at the next safe point (a level, a batch, or before the next cell)</source>
        <translation>在下一个安全点暂停（一层、一批或下一个单元之前）</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop at the next safe point; the file can be opened and resumed later</source>
        <translation>在下一个安全点停止；以后可以打开该文件并继续</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>打开实验(&amp;O)…</translation>
    </message>
    <message>
        <source>Show an experiment file; an unfinished one continues where it stopped</source>
        <translation>显示实验文件；未完成的实验会从停止处继续</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <source>%v of %m cells</source>
        <translation>%m 个单元中的 %v 个</translation>
    </message>
    <message>
        <source>Cells: one DRPO run each, then its evaluation</source>
        <translation>单元：每个单元一次 DRPO 运行，然后对其评估</translation>
    </message>
    <message>
        <source>The experiment has finished: every cell is done.</source>
        <translation>实验已完成：所有单元均已完成。</translation>
    </message>
    <message>
        <source>The experiment stopped: %1
Open %2 to continue it.</source>
        <translation>实验已停止：%1
打开 %2 以继续。</translation>
    </message>
    <message>
        <source>Save the experiment as</source>
        <translation>实验另存为</translation>
    </message>
    <message>
        <source>Experiments (*.json);;All files (*)</source>
        <translation>实验 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open an experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Export the experiment report</source>
        <translation>导出实验报告</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Markdown report (*.md);;CSV tables (*.csv)</source>
        <translation>HTML 报告 (*.html);;Markdown 报告 (*.md);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot open the experiment: %1</source>
        <translation>无法打开实验：%1</translation>
    </message>
    <message>
        <source>Resuming %1: %2 of %3 cells were done; the others continue where they stopped.</source>
        <translation>正在继续 %1：%3 个单元中已完成 %2 个；其余单元从停止处继续。</translation>
    </message>
    <message>
        <source>%1 is finished: its tables are shown.</source>
        <translation>%1 已完成：显示其表格。</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .html, .md or .csv.</source>
        <translation>%1：请选择以 .html、.md 或 .csv 结尾的文件。</translation>
    </message>
    <message>
        <source>Cannot export the report: %1</source>
        <translation>无法导出报告：%1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Experiment file: %1</source>
        <translation>实验文件：%1</translation>
    </message>
    <message>
        <source>saved at %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentResultsView</name>
    <message>
        <source>The tables fill in as cells finish.</source>
        <translation>单元完成后表格会逐步填充。</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Avg against K (examples per query)</source>
        <translation>Avg 随 K（每个查询的示例数）的变化</translation>
    </message>
    <message>
        <source>K at inference</source>
        <translation>推理时的 K</translation>
    </message>
    <message>
        <source>Avg (1–5)</source>
        <translation>Avg（1–5）</translation>
    </message>
    <message>
        <source>Choose two or more values of K to see the curve.</source>
        <translation>选择两个或更多 K 值以查看曲线。</translation>
    </message>
    <message>
        <source>Avg against K (Figure 4)</source>
        <translation>Avg 随 K 的变化（图 4）</translation>
    </message>
    <message>
        <source>The curve appears as the reference cell is evaluated.</source>
        <translation>参考单元评估后曲线即会出现。</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>An experiment is already running.</source>
        <translation>已有实验正在运行。</translation>
    </message>
    <message>
        <source>The benchmark has no items.</source>
        <translation>基准集没有条目。</translation>
    </message>
    <message>
        <source>An experiment needs a file: its cells resume from it.</source>
        <translation>实验需要一个文件：其单元从该文件恢复。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>stopped while optimizing</source>
        <translation>优化时停止</translation>
    </message>
    <message>
        <source>stopped while optimizing: %1</source>
        <translation>优化时停止：%1</translation>
    </message>
    <message>
        <source>optimizing</source>
        <translation>优化中</translation>
    </message>
    <message>
        <source>optimizing: examples %1 of %2</source>
        <translation>优化中：示例 %1/%2</translation>
    </message>
    <message>
        <source>optimizing: examples</source>
        <translation>优化中：示例</translation>
    </message>
    <message>
        <source>optimizing: level %1 of %2</source>
        <translation>优化中：第 %1 层，共 %2 层</translation>
    </message>
    <message>
        <source>stopped while evaluating</source>
        <translation>评估时停止</translation>
    </message>
    <message>
        <source>stopped while evaluating: %1</source>
        <translation>评估时停止：%1</translation>
    </message>
    <message>
        <source>evaluating: %1 of %2 answers</source>
        <translation>评估中：%2 个回答中的 %1 个</translation>
    </message>
    <message>
        <source>%1 · cell %2 of %3 (%4): %5</source>
        <translation>%1 · 第 %2 个单元，共 %3 个（%4）：%5</translation>
    </message>
    <message>
        <source>The experiment is finished: its %1 cells reach the same avg, %2. The Experiments tab has the tables.</source>
        <translation>实验已完成：其 %1 个单元的 Avg 相同，均为 %2。表格见“实验”选项卡。</translation>
    </message>
    <message>
        <source>The experiment is finished: its cell (%1) reaches an avg of %2. The Experiments tab has the tables.</source>
        <translation>实验已完成：其单元（%1）的 Avg 为 %2。表格见“实验”选项卡。</translation>
    </message>
    <message>
        <source>The experiment is finished: of its %1 cells, %2 reaches the highest avg, %3, and %4 the lowest, %5 (95% intervals in brackets; where they overlap the difference may be chance). The Experiments tab has the tables.</source>
        <translation>实验已完成：在其 %1 个单元中，%2 的 Avg 最高，为 %3；%4 最低，为 %5（括号内为 95% 区间；区间重叠时差异可能出于偶然）。表格见“实验”选项卡。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentSetupView</name>
    <message>
        <source>Se&amp;arch:</source>
        <translation>搜索(&amp;A)：</translation>
    </message>
    <message>
        <source>Beam</source>
        <translation>束搜索</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>贪心</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙特卡洛</translation>
    </message>
    <message>
        <source>Criteria, stage &amp;1 (examples):</source>
        <translation>标准，阶段 &amp;1（示例）：</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>静态</translation>
    </message>
    <message>
        <source>Criteria, stage &amp;2 (prompt):</source>
        <translation>标准，阶段 &amp;2（提示）：</translation>
    </message>
    <message>
        <source>&amp;Components:</source>
        <translation>组成部分(&amp;C)：</translation>
    </message>
    <message>
        <source>Prompt only</source>
        <translation>仅提示</translation>
    </message>
    <message>
        <source>Examples only</source>
        <translation>仅示例</translation>
    </message>
    <message>
        <source>Prompt + examples</source>
        <translation>提示 + 示例</translation>
    </message>
    <message>
        <source>&amp;K at inference:</source>
        <translation>推理时的 &amp;K：</translation>
    </message>
    <message>
        <source>One DRPO run per checked search strategy</source>
        <translation>每个选中的搜索策略一次 DRPO 运行</translation>
    </message>
    <message>
        <source>Components and K are systems evaluated on each run: they add no optimization</source>
        <translation>组成部分和 K 是在每次运行上评估的系统：不会增加优化</translation>
    </message>
    <message>
        <source>Demo benchmark</source>
        <translation>演示基准集</translation>
    </message>
    <message>
        <source>Benchmark file…</source>
        <translation>基准集文件…</translation>
    </message>
    <message>
        <source>Each cell evaluates this many benchmark items, spread evenly over it</source>
        <translation>每个单元评估这么多基准条目，均匀分布于整个基准集</translation>
    </message>
    <message>
        <source>&amp;Items per cell:</source>
        <translation>每个单元的条目数(&amp;I)：</translation>
    </message>
    <message>
        <source>Benchmark:</source>
        <translation>基准集：</translation>
    </message>
    <message>
        <source>Open a project (or the demo) first: its models and search settings are the experiment&apos;s.</source>
        <translation>请先打开一个项目（或演示）：实验使用其模型和搜索设置。</translation>
    </message>
    <message>
        <source>Choose a benchmark.</source>
        <translation>请选择一个基准集。</translation>
    </message>
    <message>
        <source>a search strategy</source>
        <translation>一种搜索策略</translation>
    </message>
    <message>
        <source>a criteria mode for stage 1</source>
        <translation>阶段 1 的一种标准模式</translation>
    </message>
    <message>
        <source>a criteria mode for stage 2</source>
        <translation>阶段 2 的一种标准模式</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>一个组成部分</translation>
    </message>
    <message>
        <source>a value of K</source>
        <translation>一个 K 值</translation>
    </message>
    <message>
        <source>Check at least %1.</source>
        <translation>请至少勾选%1。</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>，以及</translation>
    </message>
    <message>
        <source>The grid is not complete: %1.</source>
        <translation>网格不完整：%1。</translation>
    </message>
    <message>
        <source>Each run starts from %1: its models, depth %2, beam width %3, %4 queries per level.</source>
        <translation>每次运行都从 %1 开始：使用其模型，深度 %2，束宽 %3，每层 %4 个查询。</translation>
    </message>
    <message>
        <source>free (simulated)</source>
        <translation>免费（模拟）</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>至多 %1</translation>
    </message>
    <message>
        <source>at most %1 (some prices unknown)</source>
        <translation>至多 %1（部分价格未知）</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: %n DRPO run(s) (%1 calls), each evaluated on %2 items (%3 calls in all); %4 calls, %5. An upper bound: early stops and cached answers cost less.</source>
        <translation>
            <numerusform>预测：%n 次 DRPO 运行（%1 次调用），每次在 %2 个条目上评估（共 %3 次调用）；总计 %4 次调用，%5。这是上限：提前停止和缓存的回答花费更少。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a benchmark</source>
        <translation>打开基准集</translation>
    </message>
    <message>
        <source>Benchmarks (*.json *.jsonl);;All files (*)</source>
        <translation>基准集 (*.json *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ExperimentTableModel</name>
    <message numerus="yes">
        <source>Cell %1, system %2; %n item(s) judged</source>
        <translation>
            <numerusform>单元 %1，系统 %2；已评判 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>尚未评估</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be judged and are left out</source>
        <translation>
            <numerusform>%n 个回答无法评判，已略去</numerusform>
        </translation>
    </message>
    <message>
        <source>95% bootstrap interval of the avg</source>
        <translation>Avg 的 95% 自助法区间</translation>
    </message>
    <message>
        <source>Mean answer length in words</source>
        <translation>平均回答长度（词数）</translation>
    </message>
    <message>
        <source>The run&apos;s best prompt reward on its training queries (its own judge)</source>
        <translation>该运行最佳提示在其训练查询上的奖励（由其自身评判模型给出）</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Avg</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
</context>
<context>
    <name>drpo::ui::InspectorPanel</name>
    <message>
        <source>Edit prompt…</source>
        <translation>编辑提示词…</translation>
    </message>
    <message>
        <source>Pause the run first; your edit becomes a new node that is judged and joins the beam</source>
        <translation>请先暂停运行；您的编辑将成为新节点，经评审后加入束中</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>从这里继续</translation>
    </message>
    <message>
        <source>Pause the run first; the search then continues from this node alone</source>
        <translation>请先暂停运行；之后搜索将仅从此节点继续</translation>
    </message>
    <message>
        <source>Compare with parent</source>
        <translation>与父节点比较</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Answers and scores</source>
        <translation>回答与得分</translation>
    </message>
    <message>
        <source>Lineage and cost</source>
        <translation>谱系与成本</translation>
    </message>
    <message>
        <source>Select a node in the beam tree to see its prompt, answers and scores.</source>
        <translation>在束搜索树中选择一个节点，查看其提示词、回答和得分。</translation>
    </message>
    <message>
        <source> · in beam</source>
        <translation> · 在束中</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Level %1 · %2 · %3 · %4 — %5</source>
        <translation>第 %1 层 · %2 · %3 · %4 — %5</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 prompt tokens, %2 completion tokens, %3 cached, cost %4</source>
        <translation>
            <numerusform>%n 次调用，%1 个提示令牌，%2 个生成令牌，%3 次缓存命中，成本 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Criteria chosen: %1</source>
        <translation>所选标准：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Reward for this answer: %1</source>
        <translation>该回答的奖励：%1</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Node %1 · level %2 · %3 · reward %4 on its level&apos;s queries · path mean %5</source>
        <translation>节点 %1 · 第 %2 层 · %3 · 在本层问题上的奖励 %4 · 路径均值 %5</translation>
    </message>
    <message>
        <source> · held-out score %1</source>
        <translation> · 验证得分 %1</translation>
    </message>
    <message>
        <source>the best prompt: the profile&apos;s</source>
        <translation>最佳提示词：即对齐配置中的提示词</translation>
    </message>
    <message>
        <source>the search&apos;s current leader</source>
        <translation>当前搜索中的领先者</translation>
    </message>
</context>
<context>
    <name>drpo::ui::LevelModel</name>
    <message>
        <source>%1 (extended)</source>
        <translation>%1（延长）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Beam</source>
        <translation>束搜索</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unscored)</source>
        <translation>
            <numerusform>%1（%n 个未评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>The highest reward of this level&apos;s new prompts on this level&apos;s queries.</source>
        <translation>本层新提示词在本层问题上的最高奖励。</translation>
    </message>
    <message>
        <source>The mean reward of this level&apos;s new prompts on this level&apos;s queries.</source>
        <translation>本层新提示词在本层问题上的平均奖励。</translation>
    </message>
    <message>
        <source>The search&apos;s best prompt after this level, with the figure it is ranked by.</source>
        <translation>本层结束后搜索中的最佳提示词，以及其排名所依据的数值。</translation>
    </message>
    <message>
        <source>Best reward</source>
        <translation>最佳奖励</translation>
    </message>
    <message>
        <source>Mean reward</source>
        <translation>平均奖励</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领先者</translation>
    </message>
</context>
<context>
    <name>drpo::ui::LogPanel</name>
    <message>
        <source>Calls</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>错误：</translation>
    </message>
</context>
<context>
    <name>drpo::ui::MainWindow</name>
    <message>
        <source>Query sets</source>
        <translation>问题集</translation>
    </message>
    <message>
        <source>Criteria library</source>
        <translation>标准库</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>解说</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Reward charts</source>
        <translation>奖励图表</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the offline &amp;demo</source>
        <translation>打开离线演示(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Resume the &amp;interrupted run</source>
        <translation>继续中断的运行(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>模型(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DRPO Studio</source>
        <translation>关于 DRPO Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>(simulated demo)</source>
        <translation>（模拟演示）</translation>
    </message>
    <message>
        <source>DRPO Studio</source>
        <translation>DRPO Studio</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>DRPO projects (*.drpo);;All files (*)</source>
        <translation>DRPO 项目 (*.drpo);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation>编辑提示词</translation>
    </message>
    <message>
        <source>Pause the run first: prompts can be edited while the run is paused.</source>
        <translation>请先暂停运行：只有在暂停时才能编辑提示词。</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>从这里继续</translation>
    </message>
    <message>
        <source>Pause the run first.</source>
        <translation>请先暂停运行。</translation>
    </message>
    <message>
        <source>The search will continue from node %1 when you resume.</source>
        <translation>继续运行后，搜索将从节点 %1 开始。</translation>
    </message>
    <message>
        <source>Edit prompt…</source>
        <translation>编辑提示词…</translation>
    </message>
    <message>
        <source>Continue the search from here</source>
        <translation>从这里继续搜索</translation>
    </message>
    <message>
        <source>Compare with parent</source>
        <translation>与父节点比较</translation>
    </message>
    <message>
        <source>Compare with best</source>
        <translation>与最佳节点比较</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>The new language is used after DRPO Studio restarts. Restart now? The open project is opened again.</source>
        <translation>新语言将在 DRPO Studio 重新启动后生效。现在重新启动吗？当前打开的项目会重新打开。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>DRPO Studio could not restart itself; please start it again.</source>
        <translation>DRPO Studio 无法自行重新启动，请手动再次启动。</translation>
    </message>
    <message>
        <source>This prompt has not been scored yet; choose one that has a score.</source>
        <translation>这个提示词还没有得分；请选择一个已有得分的提示词。</translation>
    </message>
    <message>
        <source>The run in progress is stopped first and continues after the restart.</source>
        <translation>正在进行的运行会先停止，重新启动后继续。</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>束搜索</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Evaluate the result</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Compare the starting prompt, the best profile, URIAL-style and the instruct-like sim on the demo benchmark</source>
        <translation>在演示基准上比较起始提示词、最佳配置、URIAL 风格和类 Instruct 模拟</translation>
    </message>
    <message>
        <source>The search has finished. “Evaluate the result” shows how much the profile helps.</source>
        <translation>搜索已结束。“评估结果”可显示该配置带来多大帮助。</translation>
    </message>
    <message>
        <source>Compare systems</source>
        <translation>比较系统</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ModelsDialog</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Simulated delay per call, so the demo runs at a watchable pace</source>
        <translation>每次调用的模拟延迟，让演示以便于观看的速度运行</translation>
    </message>
    <message>
        <source>API keys are read from the environment variable named for each role, or from the system keychain. They are never written into the project file.</source>
        <translation>API 密钥从每个角色指定的环境变量或系统钥匙串中读取，绝不会写入项目文件。</translation>
    </message>
    <message>
        <source>Simulated latency:</source>
        <translation>模拟延迟：</translation>
    </message>
    <message>
        <source>Simulated (offline demo)</source>
        <translation>模拟（离线演示）</translation>
    </message>
    <message>
        <source>https://host/v1 (several replicas: separate with commas)</source>
        <translation>https://host/v1（多个副本用逗号分隔）</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY</source>
        <translation>例如 OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Text completion (base models)</source>
        <translation>文本补全（基础模型）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>提供方：</translation>
    </message>
    <message>
        <source>Base URLs:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Key from env var:</source>
        <translation>密钥环境变量：</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Parallel calls:</source>
        <translation>并行调用数：</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>提供方设置</translation>
    </message>
    <message>
        <source>Not used (retrieve examples by BM25 word matching)</source>
        <translation>不使用（按 BM25 词匹配检索示例）</translation>
    </message>
    <message>
        <source>e.g. text-embedding-3-small or nomic-embed-text</source>
        <translation>例如 text-embedding-3-small 或 nomic-embed-text</translation>
    </message>
    <message>
        <source>An embeddings model lets DRPO pick the in-context examples whose queries mean the most the same as each query, instead of sharing the most words. Each text is embedded once per run.</source>
        <translation>有了嵌入模型，DRPO 会挑选与每个查询含义最接近的上下文示例，而不是共享词语最多的示例。每段文本在每次运行中只嵌入一次。</translation>
    </message>
    <message>
        <source>Automatic (for real endpoints only)</source>
        <translation>自动（仅用于真实端点）</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Every model call is remembered on disk, so rerunning the same configuration or resuming a run costs no call twice. Errors are never cached. The simulated models are free, so Automatic leaves them out.</source>
        <translation>每次模型调用都会保存在磁盘上，因此以相同配置重新运行或继续运行时，不会为同一调用付费两次。错误永远不会被缓存。模拟模型是免费的，因此“自动”不会缓存它们。</translation>
    </message>
    <message>
        <source>The cache file (SQLite). Empty: the default file in your user cache folder.</source>
        <translation>缓存文件（SQLite）。留空：使用用户缓存文件夹中的默认文件。</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The run pauses when its model calls have cost this much (priced from the price table). You can raise it and resume.</source>
        <translation>当模型调用的花费达到该金额时（按价格表计算），运行会暂停。您可以提高该金额后继续。</translation>
    </message>
    <message>
        <source>A call that sends no data for this long is given up and retried.</source>
        <translation>在这段时间内没有发送任何数据的调用会被放弃并重试。</translation>
    </message>
    <message>
        <source>Allow plain http to other machines</source>
        <translation>允许对其他机器使用明文 http</translation>
    </message>
    <message>
        <source>Without https the API key travels unencrypted. Plain http to this computer (localhost) is always allowed.</source>
        <translation>没有 https 时，API 密钥会以明文传输。对本机（localhost）的明文 http 始终允许。</translation>
    </message>
    <message>
        <source>Stream answers from chat endpoints</source>
        <translation>以流式方式接收聊天端点的回答</translation>
    </message>
    <message>
        <source>Receive answers as they are written, so a long answer never looks idle to the timeout. The results are the same.</source>
        <translation>边生成边接收回答，这样较长的回答不会因超时而被视为空闲。结果相同。</translation>
    </message>
    <message>
        <source>Response cache:</source>
        <translation>响应缓存：</translation>
    </message>
    <message>
        <source>Cache file:</source>
        <translation>缓存文件：</translation>
    </message>
    <message>
        <source>Budget per run:</source>
        <translation>每次运行预算：</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>%1: no model name is set</source>
        <translation>%1：未设置模型名称</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The cache file %1 is a folder; name a file inside it, e.g. responses.sqlite</source>
        <translation>缓存文件 %1 是一个文件夹；请指定其中的一个文件，例如 responses.sqlite</translation>
    </message>
</context>
<context>
    <name>drpo::ui::NodeModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>In beam</source>
        <translation>在束中</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>The mean judge score of this prompt&apos;s answers to its level&apos;s queries.</source>
        <translation>评审对该提示词在其所在层问题上的回答给出的平均分。</translation>
    </message>
    <message>
        <source>The mean of the rewards along the path from the starting prompt to this one.</source>
        <translation>从起始提示词到该提示词路径上各奖励的平均值。</translation>
    </message>
    <message>
        <source>Path mean</source>
        <translation>路径均值</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ProjectSession</name>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>The run in progress did not stop; try again in a moment.</source>
        <translation>正在进行的运行没有停止；请稍后再试。</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>离线演示</translation>
    </message>
    <message>
        <source>The demo project could not be loaded: %1</source>
        <translation>无法加载演示项目：%1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Recover changes</source>
        <translation>恢复更改</translation>
    </message>
    <message>
        <source>There is an automatic backup of %1 that is newer than the file (the program may have been closed unexpectedly). Open the backup?</source>
        <translation>存在比文件更新的 %1 自动备份（程序可能曾意外关闭）。要打开备份吗？</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>无法打开项目。

%1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>The project could not be saved.

%1</source>
        <translation>无法保存项目。

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Interrupted run</source>
        <translation>中断的运行</translation>
    </message>
    <message>
        <source>The last run of this project was interrupted at level %1 (the program was closed unexpectedly). Resume it now? Work already done is not repeated.</source>
        <translation>该项目的上一次运行在第 %1 层中断（程序意外关闭）。现在继续吗？已完成的工作不会重复。</translation>
    </message>
    <message>
        <source>The last run did not finish; Run → Resume the interrupted run continues it.</source>
        <translation>上次运行未完成；可通过“运行 → 继续中断的运行”继续。</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>The run could not be resumed.

%1</source>
        <translation>无法继续运行。

%1</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>开始运行</translation>
    </message>
    <message>
        <source>The run could not start.

%1</source>
        <translation>无法开始运行。

%1</translation>
    </message>
    <message>
        <source>Your edit was sent; it is being judged.</source>
        <translation>您的编辑已提交，正在评审。</translation>
    </message>
    <message>
        <source>A run of the offline demo was interrupted.</source>
        <translation>离线演示的一次运行被中断了。</translation>
    </message>
    <message>
        <source>A run of a project that was never saved was interrupted. Its queries, criteria and settings come back with it.</source>
        <translation>一个从未保存的项目的运行被中断了。它的查询、标准和设置会一并恢复。</translation>
    </message>
    <message>
        <source>A run of %1 was interrupted.</source>
        <translation>%1 的一次运行被中断了。</translation>
    </message>
    <message>
        <source>A project that was never saved was open when DRPO Studio closed unexpectedly. Its automatic backup is from %1.</source>
        <translation>DRPO Studio 意外关闭时，有一个从未保存的项目处于打开状态。它的自动备份时间为 %1。</translation>
    </message>
    <message>
        <source>Get the project back</source>
        <translation>恢复该项目</translation>
    </message>
    <message>
        <source>It had reached level %1 of %2 when it was last saved (%3). Nothing done so far will be paid for again.</source>
        <translation>最后一次保存时（%3）它已到达第 %1 层（共 %2 层）。已完成的部分不会再次付费。</translation>
    </message>
    <message>
        <source>Recover project</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <source>The automatic backup could not be read.

%1</source>
        <translation>无法读取自动备份。

%1</translation>
    </message>
    <message>
        <source>Recover run</source>
        <translation>恢复运行</translation>
    </message>
    <message>
        <source>The run file could not be read.

%1</source>
        <translation>无法读取运行文件。

%1</translation>
    </message>
    <message>
        <source>Recovered project</source>
        <translation>恢复的项目</translation>
    </message>
</context>
<context>
    <name>drpo::ui::PromptEditDialog</name>
    <message>
        <source>Edit prompt of node %1</source>
        <translation>编辑节点 %1 的提示词</translation>
    </message>
    <message>
        <source>Your version becomes a new node marked as a human edit. It is judged on this level&apos;s queries right away and competes for a place in the beam.</source>
        <translation>您的版本将成为标记为人工编辑的新节点。它会立即在本层的问题上接受评审，并争夺束中的位置。</translation>
    </message>
    <message>
        <source>Why this edit? (optional, kept with the node)</source>
        <translation>为什么这样编辑？（可选，随节点保存）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save as new node</source>
        <translation>保存为新节点</translation>
    </message>
</context>
<context>
    <name>drpo::ui::QueryDialog</name>
    <message>
        <source>Add query</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Edit query %1</source>
        <translation>编辑问题 %1</translation>
    </message>
    <message>
        <source>e.g. how-to, time-sensitive, harmful, emotional</source>
        <translation>例如 操作指南、时效性、有害、情感</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Hold out for validation</source>
        <translation>留作验证</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>drpo::ui::QuerySetModel</name>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Not selected yet: criteria are chosen when the run reaches this query.</source>
        <translation>尚未选择：运行到该问题时才会选择标准。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Chosen criteria</source>
        <translation>所选标准</translation>
    </message>
</context>
<context>
    <name>drpo::ui::QuerySetPanel</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a query</source>
        <translation>添加一个问题</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected query</source>
        <translation>编辑所选问题</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected queries</source>
        <translation>删除所选问题</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import queries: JSON, JSONL, CSV, TXT, just-eval-instruct, the reference code&apos;s files</source>
        <translation>导入问题：JSON、JSONL、CSV、TXT、just-eval-instruct 以及参考代码的文件</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>划分…</translation>
    </message>
    <message>
        <source>Hold out part of the queries for validation</source>
        <translation>留出部分问题用于验证</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Select a query to see it in full, with the criteria the selector chose for it and why.</source>
        <translation>选择一个问题以查看全文，以及选择器为其选择的标准和理由。</translation>
    </message>
    <message>
        <source>Criteria: not chosen yet (the selector picks them when the run first meets this query).</source>
        <translation>标准：尚未选择（运行首次遇到该问题时由选择器挑选）。</translation>
    </message>
    <message>
        <source>Criteria chosen: %1</source>
        <translation>所选标准：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Add query %1</source>
        <translation>添加问题 %1</translation>
    </message>
    <message>
        <source>Edit query %1</source>
        <translation>编辑问题 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n query(s)</source>
        <translation>
            <numerusform>删除 %n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n query(s)</source>
        <translation>
            <numerusform>导入 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Import queries</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Query files (*.json *.jsonl *.csv *.txt);;All files (*)</source>
        <translation>问题文件 (*.json *.jsonl *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file could not be imported.

%1</source>
        <translation>无法导入该文件。

%1</translation>
    </message>
    <message>
        <source>Imported, with these problems:

%1</source>
        <translation>已导入，但存在以下问题：

%1</translation>
    </message>
    <message>
        <source>Split queries %1% validation</source>
        <translation>划分问题：%1% 用于验证</translation>
    </message>
    <message>
        <source>Split queries</source>
        <translation>划分问题</translation>
    </message>
    <message>
        <source>Hold out this share of the queries for validation (%):</source>
        <translation>留作验证的问题比例（%）：</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RadarChartWidget</name>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>无法将图像写入 %1。</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RequestLogModel</name>
    <message>
        <source>%1 (streamed)</source>
        <translation>%1（流式）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>输入 %1 / 输出 %2</translation>
    </message>
    <message>
        <source>examples: %1</source>
        <translation>示例：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RewardChartsPanel</name>
    <message>
        <source>Level</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Criteria: selected vs root</source>
        <translation>标准：所选节点 vs 根节点</translation>
    </message>
    <message>
        <source>Reward distribution</source>
        <translation>奖励分布</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the visible chart as PNG or SVG</source>
        <translation>将当前图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>根节点</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>所选</translation>
    </message>
    <message>
        <source>Kept in beam</source>
        <translation>保留在束中</translation>
    </message>
    <message>
        <source>Other nodes</source>
        <translation>其他节点</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Reward (1–5)</source>
        <translation>奖励（1–5）</translation>
    </message>
    <message>
        <source>Mean score (1–5)</source>
        <translation>平均得分（1–5）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Thick line: the search&apos;s leader after each level, by the figure it is ranked by. Thin lines: each level&apos;s best and mean reward on that level&apos;s few queries (noisy). Dashed: the held-out scores of the best and of the starting prompt, once validated.</source>
        <translation>粗线：每层结束后搜索中的领先者，按其排名所依据的数值绘制。细线：每层在其少量问题上的最佳奖励和平均奖励（有噪声）。虚线：验证完成后，最佳提示词和起始提示词的验证得分。</translation>
    </message>
    <message>
        <source>Leader (reward)</source>
        <translation>领先(奖励)</translation>
    </message>
    <message>
        <source>Leader (path mean)</source>
        <translation>领先(路径均值)</translation>
    </message>
    <message>
        <source>Level best</source>
        <translation>本层最佳</translation>
    </message>
    <message>
        <source>Level mean</source>
        <translation>本层平均</translation>
    </message>
    <message>
        <source>Best, held-out</source>
        <translation>最佳(验证)</translation>
    </message>
    <message>
        <source>Start, held-out</source>
        <translation>起始(验证)</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RewardLegend</name>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>in beam</source>
        <translation>在束中</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>沿用</translation>
    </message>
    <message>
        <source>human edit</source>
        <translation>人工编辑</translation>
    </message>
    <message>
        <source>best path</source>
        <translation>最佳路径</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RunControlBar</name>
    <message>
        <source>Run control</source>
        <translation>运行控制</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start a new run on this project</source>
        <translation>在此项目上开始新的运行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause at the next safe point</source>
        <translation>在下一个安全点暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue the paused run</source>
        <translation>继续已暂停的运行</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Run one more level, then pause</source>
        <translation>再运行一层，然后暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the run; it can be resumed later</source>
        <translation>停止运行；之后可以继续</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Beam width: prompts kept per level</source>
        <translation>束宽：每层保留的提示词数</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>New prompts proposed per kept prompt</source>
        <translation>每个保留提示词生成的新提示词数</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Depth: number of levels</source>
        <translation>深度：层数</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>Training queries per level</source>
        <translation>每层训练问题数</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>In-context examples retrieved per query</source>
        <translation>每个问题检索的上下文示例数</translation>
    </message>
    <message>
        <source>Beam</source>
        <translation>束搜索</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>贪心</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙特卡洛</translation>
    </message>
    <message>
        <source>Search strategy</source>
        <translation>搜索策略</translation>
    </message>
    <message>
        <source>Dynamic criteria</source>
        <translation>动态标准</translation>
    </message>
    <message>
        <source>Static criteria</source>
        <translation>静态标准</translation>
    </message>
    <message>
        <source>Criteria mode: chosen per query, or all enabled criteria always</source>
        <translation>标准模式：按问题选择，或始终使用全部启用的标准</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RunSession</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>drpo::ui::RunStatusWidget</name>
    <message>
        <source>Level %1 of %2</source>
        <translation>第 %1 层，共 %2 层</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个令牌</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>成本 %1</translation>
    </message>
    <message>
        <source>%1 cache hits</source>
        <translation>缓存命中 %1 次</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <source>SIMULATED models</source>
        <translation>模拟模型</translation>
    </message>
    <message>
        <source>Improving examples</source>
        <translation>正在改进示例</translation>
    </message>
    <message>
        <source>Improving examples: %1 of %2</source>
        <translation>正在改进示例：%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>best %1: %2 on %n held-out queries (start %3)</source>
        <translation>
            <numerusform>最佳 %1：在 %n 个留出问题上得分 %2（起始 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>After the search, the finalists and the starting prompt answered queries the search never saw; the best of them on those queries goes into the profile.</source>
        <translation>搜索结束后，入围的提示词和起始提示词回答了搜索从未见过的问题；其中在这些问题上表现最好的提示词被写入对齐配置。</translation>
    </message>
    <message>
        <source>best %1: path mean %2 (start %3)</source>
        <translation>最佳 %1：路径均值 %2（起始 %3）</translation>
    </message>
    <message>
        <source>The search ranks prompts by their path mean: the mean reward along the line of prompts from the starting prompt to this one. Start: the starting prompt&apos;s reward on the first level&apos;s queries.</source>
        <translation>搜索按路径均值为提示词排名：即从起始提示词到该提示词这一路径上的平均奖励。起始：起始提示词在第一层问题上的奖励。</translation>
    </message>
    <message>
        <source>best %1: reward %2 on its level&apos;s queries (start %3)</source>
        <translation>最佳 %1：在其所在层问题上的奖励 %2（起始 %3）</translation>
    </message>
    <message>
        <source>The search ranks prompts by their reward on their own level&apos;s queries. Start: the starting prompt&apos;s reward on the first level&apos;s queries.</source>
        <translation>搜索按提示词在其所在层问题上的奖励排名。起始：起始提示词在第一层问题上的奖励。</translation>
    </message>
    <message numerus="yes">
        <source>%n unscored</source>
        <translation>
            <numerusform>%n 个未评分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drpo::ui::ServeActions</name>
    <message>
        <source>Serve this profile…</source>
        <translation>为此配置提供服务…</translation>
    </message>
    <message>
        <source>Export this profile</source>
        <translation>导出此配置</translation>
    </message>
    <message>
        <source>Ollama Modelfile…</source>
        <translation>Ollama Modelfile…</translation>
    </message>
    <message>
        <source>OpenAI messages template (JSON)…</source>
        <translation>OpenAI 消息模板（JSON）…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>&amp;Serve the best profile…</source>
        <translation>为最佳配置提供服务(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>drpo::ui::ServeDialog</name>
    <message>
        <source>Serve this profile</source>
        <translation>为此配置提供服务</translation>
    </message>
    <message numerus="yes">
        <source>Any OpenAI-compatible client, SDK or chat app can talk to this profile on this computer. Each request gets the profile&apos;s system prompt and the %n example(s) most similar to the user&apos;s message, then goes to the base model.</source>
        <translation>
            <numerusform>任何兼容 OpenAI 的客户端、SDK 或聊天应用都可以在本机上使用此配置。每个请求都会带上配置中的系统提示词和与用户消息最相似的 %n 个示例，然后发送给基础模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Base model: %1 · examples: %2, %3 per query · prompt: %4</source>
        <translation>基础模型：%1 · 示例：%2 个，每个问题 %3 个 · 提示词：%4</translation>
    </message>
    <message>
        <source>simulated demo model</source>
        <translation>模拟演示模型</translation>
    </message>
    <message>
        <source>Simulated: answers come from the offline demo model, not a real language model.</source>
        <translation>模拟：回答来自离线演示模型，而非真实的语言模型。</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>模型名称：</translation>
    </message>
    <message>
        <source>Port (this computer only):</source>
        <translation>端口（仅限本机）：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>not serving</source>
        <translation>未提供服务</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <source>Copy example</source>
        <translation>复制示例</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Ollama Modelfile…</source>
        <translation>Ollama Modelfile…</translation>
    </message>
    <message>
        <source>OpenAI messages template (JSON)…</source>
        <translation>OpenAI 消息模板（JSON）…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Serving at %1</source>
        <translation>正在 %1 提供服务</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>Ollama Modelfile (*.modelfile Modelfile)</source>
        <translation>Ollama Modelfile (*.modelfile Modelfile)</translation>
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
        <translation>导出配置</translation>
    </message>
    <message>
        <source>The profile could not be exported.

%1</source>
        <translation>无法导出配置。

%1</translation>
    </message>
</context>
<context>
    <name>drpo::ui::StoryNarrator</name>
    <message>
        <source>The search has started. One model answers questions while following a &quot;system prompt&quot; (its standing instructions). A judge model grades each answer from 1 to 5, and an optimizer model rewrites the instructions to fix what the judge criticised. The best instructions survive to the next round.</source>
        <translation>搜索已开始。一个模型在遵循“系统提示词”（即它的常设指令）的同时回答问题。评审模型为每个回答打 1 到 5 分，优化模型则改写指令以解决评审指出的问题。最好的指令进入下一轮。</translation>
    </message>
    <message>
        <source>All models here are simulated on this computer: no account, no network. The scores are made up by a small simulated world, not by a real language model.</source>
        <translation>这里的所有模型都在本机上模拟：无需账号，无需联网。分数来自一个小型模拟世界，而非真实的语言模型。</translation>
    </message>
    <message>
        <source>The search continues.</source>
        <translation>搜索继续。</translation>
    </message>
    <message>
        <source>Paused. You can now edit any prompt by hand (right-click a node, &quot;Edit prompt…&quot;); your version is judged and competes with the others when you resume.</source>
        <translation>已暂停。现在可以手动编辑任意提示词（右键单击节点，选择“编辑提示词…”）；继续运行时，您的版本会接受评审并与其他版本竞争。</translation>
    </message>
    <message>
        <source>The search was stopped. It can be resumed later.</source>
        <translation>搜索已停止，之后可以继续。</translation>
    </message>
    <message>
        <source>The search stopped because of an error; see the log.</source>
        <translation>搜索因错误而停止；请查看日志。</translation>
    </message>
    <message>
        <source>For the question %1 the judge will look at %2.</source>
        <translation>对于问题 %1，评审将关注 %2。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>The starting prompt %1 scores %2 out of 5.</source>
        <translation>初始提示词 %1 得分 %2（满分 5）。</translation>
    </message>
    <message>
        <source>A prompt that already scores very well is carried to the next round unchanged (%1).</source>
        <translation>一个得分已经很高的提示词被原样带入下一轮（%1）。</translation>
    </message>
    <message>
        <source>Your hand-edited prompt was judged: it scores %1.</source>
        <translation>您手动编辑的提示词已评审：得分 %1。</translation>
    </message>
    <message>
        <source>The optimizer rewrote the prompt.</source>
        <translation>优化器改写了提示词。</translation>
    </message>
    <message>
        <source>The optimizer added the rule %1.</source>
        <translation>优化器添加了规则 %1。</translation>
    </message>
    <message>
        <source>The score rose from %1 to %2.</source>
        <translation>得分从 %1 升至 %2。</translation>
    </message>
    <message>
        <source>The score fell from %1 to %2.</source>
        <translation>得分从 %1 降至 %2。</translation>
    </message>
    <message>
        <source>The score stayed at %1.</source>
        <translation>得分保持在 %1。</translation>
    </message>
    <message>
        <source>It scores %1.</source>
        <translation>得分 %1。</translation>
    </message>
    <message>
        <source>Because a prompt was carried unchanged, the search gets one extra round.</source>
        <translation>由于有提示词被原样沿用，搜索增加一轮。</translation>
    </message>
    <message>
        <source>The optimizer added the rules %1.</source>
        <translation>优化器添加了规则 %1。</translation>
    </message>
    <message>
        <source>The optimizer added no new rule; it reworded %1 as %2.</source>
        <translation>优化器没有添加新规则；它把 %1 改写为 %2。</translation>
    </message>
    <message>
        <source>The optimizer added no new rule; it dropped %1.</source>
        <translation>优化器没有添加新规则；它删去了 %1。</translation>
    </message>
    <message>
        <source>The optimizer reworded the prompt, adding %1.</source>
        <translation>优化器改写了提示词，加入了 %1。</translation>
    </message>
    <message>
        <source>The optimizer added no new rule; it reworded the opening of the prompt.</source>
        <translation>优化器没有添加新规则；它改写了提示词的开头。</translation>
    </message>
    <message>
        <source>The optimizer proposed the same prompt again.</source>
        <translation>优化器再次提出了相同的提示词。</translation>
    </message>
    <message>
        <source>reworded one rule</source>
        <translation>改写了一条规则</translation>
    </message>
    <message>
        <source>reworded %1 rules</source>
        <translation>改写了 %1 条规则</translation>
    </message>
    <message>
        <source>dropped one rule</source>
        <translation>删去了一条规则</translation>
    </message>
    <message>
        <source>dropped %1 rules</source>
        <translation>删去了 %1 条规则</translation>
    </message>
    <message>
        <source>reworded the opening</source>
        <translation>改写了开头</translation>
    </message>
    <message>
        <source>It also %1.</source>
        <translation>它还%1。</translation>
    </message>
    <message>
        <source>First, DRPO improves the example answers it will show the model next to each question. The judge grades each example harshly, and the optimizer rewrites it to answer every criticism, a few rounds at most.</source>
        <translation>首先，DRPO 会改进它在每个问题旁展示给模型的示例回答。评审会严格地为每个示例打分，优化器则改写示例以回应每一条批评，最多进行几轮。</translation>
    </message>
    <message>
        <source>The example answer to %1 scores %2 as written.</source>
        <translation>对 %1 的示例回答原样得分 %2。</translation>
    </message>
    <message>
        <source>The optimizer rewrote the example answer to %1: its score rose from %2 to %3.</source>
        <translation>优化器改写了对 %1 的示例回答：得分从 %2 升至 %3。</translation>
    </message>
    <message>
        <source>The optimizer rewrote the example answer to %1, but the new version scores lower (%2 instead of %3); the better version is kept.</source>
        <translation>优化器改写了对 %1 的示例回答，但新版本得分更低（%2，而不是 %3）；保留更好的版本。</translation>
    </message>
    <message>
        <source>The optimizer rewrote the example answer to %1; its score stayed at %2.</source>
        <translation>优化器改写了对 %1 的示例回答；得分保持在 %2。</translation>
    </message>
    <message>
        <source>The judge has nothing left to criticise.</source>
        <translation>评审已经没有可批评之处了。</translation>
    </message>
    <message>
        <source>You chose to continue the search from the prompt of round %1 that scored %2. The other prompts leave the race; when you resume, the optimizer builds on this one.</source>
        <translation>您选择从第 %1 轮得分 %2 的提示词继续搜索。其他提示词退出竞争；继续后，优化器将在这个提示词的基础上改进。</translation>
    </message>
    <message>
        <source>A prompt that scored %1 last round, above the skip threshold, goes on unchanged; on this round&apos;s questions it scores %2.</source>
        <translation>一个在上一轮得分 %1、高于跳过阈值的提示词被原样保留；在本轮的问题上它得分 %2。</translation>
    </message>
    <message>
        <source>The search is finished.</source>
        <translation>搜索已结束。</translation>
    </message>
    <message numerus="yes">
        <source>The search is finished. On %n question(s) it never trained on, the starting prompt scores %1 and the best prompt found (%2) scores %3. That prompt is the one in the profile.</source>
        <translation>
            <numerusform>搜索已结束。在 %n 个从未用于训练的问题上，起始提示词得分 %1，找到的最佳提示词（%2）得分 %3。对齐配置中的就是这个提示词。</numerusform>
        </translation>
    </message>
    <message>
        <source>The search is finished. The best prompt found (%1) has a %2 of %3; the starting prompt scored %4. That prompt is the one in the profile.</source>
        <translation>搜索已结束。找到的最佳提示词（%1）的%2为 %3；起始提示词得分 %4。对齐配置中的就是这个提示词。</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 is over: on this round&apos;s questions the best new prompt scores %2, the average %3. %n prompt(s) go on to the next round.</source>
        <translation>
            <numerusform>第 %1 轮结束：在本轮问题上，最佳新提示词得分 %2，平均 %3。%n 个提示词进入下一轮。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 is over, but no new prompt could be scored.</source>
        <translation>第 %1 轮结束，但没有新提示词能够评分。</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) could not be scored (see the log); they count as unscored, not as zero.</source>
        <translation>
            <numerusform>%n 个提示词无法评分（见日志）；它们计为未评分，而不是零分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt %1 now leads the search with a path mean of %2: the average score along its line of prompts from the starting one.</source>
        <translation>提示词 %1 现在以 %2 的路径均值领先：即从起始提示词开始的这条提示词路径上的平均得分。</translation>
    </message>
    <message>
        <source>Prompt %1 now leads the search with a score of %2 on its round&apos;s questions.</source>
        <translation>提示词 %1 现在以其所在轮次问题上 %2 的得分领先。</translation>
    </message>
</context>
<context>
    <name>drpo::ui::StoryPanel</name>
    <message>
        <source>Simulated models: the answers and scores come from an offline simulation, not from a real language model.</source>
        <translation>模拟模型：回答和得分来自离线模拟，而非真实的语言模型。</translation>
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
        <translation>无需训练即可对齐语言模型：DRPO 搜索能让模型回答得最好的指令（系统提示词）和示例，并由另一个模型按照为每个问题选择的标准进行评审。</translation>
    </message>
    <message>
        <source>Try the offline demo (simulated models)</source>
        <translation>试用离线演示（模拟模型）</translation>
    </message>
    <message>
        <source>Runs on this computer with simulated models: no account, no key, no network. Every figure it shows is simulated.</source>
        <translation>在本机上使用模拟模型运行：无需账号、密钥或网络。显示的所有数字都是模拟的。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Get the run back and resume it</source>
        <translation>恢复该运行并继续</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Align a language model by prompt optimization (DRPO).</source>
        <translation>通过提示词优化对齐语言模型（DRPO）。</translation>
    </message>
    <message>
        <source>Open the offline demo (simulated models).</source>
        <translation>打开离线演示（模拟模型）。</translation>
    </message>
    <message>
        <source>Start the run at once.</source>
        <translation>立即开始运行。</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to PATH before quitting.</source>
        <translation>退出前将主窗口截图保存到 PATH。</translation>
    </message>
    <message>
        <source>Quit after N milliseconds.</source>
        <translation>N 毫秒后退出。</translation>
    </message>
    <message>
        <source>User interface language (en, de, zh_CN).</source>
        <translation>界面语言（en、de、zh_CN）。</translation>
    </message>
    <message>
        <source>Raise this panel (e.g. compareDock) before the screenshot.</source>
        <translation>截图前将此面板（例如 compareDock）置于前台。</translation>
    </message>
    <message>
        <source>A .drpo project to open.</source>
        <translation>要打开的 .drpo 项目。</translation>
    </message>
    <message>
        <source>Colour theme for this session (system, light, dark).</source>
        <translation>本次会话的颜色主题（system、light、dark）。</translation>
    </message>
    <message>
        <source>Resume the project&apos;s last unfinished run at once.</source>
        <translation>立即继续该项目上一次未完成的运行。</translation>
    </message>
    <message>
        <source>When the run has finished, evaluate the result and show the Evaluation workspace (with --screenshot: taken when the evaluation ends).</source>
        <translation>运行结束后，评估结果并显示评估工作区（使用 --screenshot 时：在评估结束时截图）。</translation>
    </message>
    <message>
        <source>Open an experiment file in the Evaluation workspace&apos;s Experiments tab; an unfinished one continues (with --screenshot: taken when it ends).</source>
        <translation>在评估工作区的“实验”选项卡中打开实验文件；未完成的实验会继续（配合 --screenshot：在结束时截图）。</translation>
    </message>
</context>
</TS>
