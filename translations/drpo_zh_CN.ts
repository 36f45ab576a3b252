<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Node %1 · level %2 · %3 · reward %4 · path mean %5</source>
        <translation>节点 %1 · 第 %2 层 · %3 · 奖励 %4 · 路径均值 %5</translation>
    </message>
    <message>
        <source> · validation %1</source>
        <translation> · 验证 %1</translation>
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
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Beam</source>
        <translation>束搜索</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>问题</translation>
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
        <source>About DRPO Studio</source>
        <translation>关于 DRPO Studio</translation>
    </message>
    <message>
        <source>DRPO Studio %1

Aligns a language model without training it, by Dynamic Rewarding with Prompt Optimization.</source>
        <translation>DRPO Studio %1

无需训练即可对齐语言模型：基于动态奖励的提示词优化（DRPO）。</translation>
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
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>无法打开项目。

%1</translation>
    </message>
    <message>
        <source>DRPO projects (*.drpo);;All files (*)</source>
        <translation>DRPO 项目 (*.drpo);;所有文件 (*)</translation>
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
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>DRPO projects (*.drpo)</source>
        <translation>DRPO 项目 (*.drpo)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
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
        <source>Interrupted run</source>
        <translation>中断的运行</translation>
    </message>
    <message>
        <source>The last run of this project was interrupted at level %1 (the program was closed unexpectedly). Resume it now? Work already done is not repeated.</source>
        <translation>该项目的上一次运行在第 %1 层中断（程序意外关闭）。现在继续吗？已完成的工作不会重复。</translation>
    </message>
    <message>
        <source>This prompt has not been scored yet; choose one that has a score.</source>
        <translation>这个提示词还没有得分；请选择一个已有得分的提示词。</translation>
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
        <source>It had reached level %1 of %2 when it was last saved (%3). Nothing done so far will be paid for again.</source>
        <translation>最后一次保存时（%3）它已到达第 %1 层（共 %2 层）。已完成的部分不会再次付费。</translation>
    </message>
    <message>
        <source>Recovered project</source>
        <translation>恢复的项目</translation>
    </message>
    <message>
        <source>The run in progress is stopped first and continues after the restart.</source>
        <translation>正在进行的运行会先停止，重新启动后继续。</translation>
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
        <source>Recover project</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <source>The automatic backup could not be read.

%1</source>
        <translation>无法读取自动备份。

%1</translation>
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
        <source>Path reward</source>
        <translation>路径奖励</translation>
    </message>
    <message>
        <source>In beam</source>
        <translation>在束中</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
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
        <source>Reward per level</source>
        <translation>每层奖励</translation>
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
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
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
        <source>Best path mean: the best mean reward along one line of prompts from the root, the figure the beam ranks by. Root: the starting prompt&apos;s reward.</source>
        <translation>最佳路径均值：从根节点出发的一条提示词路径上的最高平均奖励，也是束搜索排序所依据的数值。根：起始提示词的奖励。</translation>
    </message>
    <message>
        <source>Improving examples</source>
        <translation>正在改进示例</translation>
    </message>
    <message>
        <source>best path mean %1 (root %2)</source>
        <translation>最佳路径均值 %1（根 %2）</translation>
    </message>
    <message>
        <source>Improving examples: %1 of %2</source>
        <translation>正在改进示例：%1 / %2</translation>
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
        <source>The search is finished. The best instructions found score %1, against %2 for the starting prompt.</source>
        <translation>搜索已完成。找到的最佳指令得分 %1，初始提示词为 %2。</translation>
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
        <source>That is the best so far!</source>
        <translation>这是目前为止的最佳成绩！</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 is over: best score %2, average %3. %n prompt(s) go on to the next round.</source>
        <translation>
            <numerusform>第 %1 轮结束：最佳得分 %2，平均 %3。%n 个提示词进入下一轮。</numerusform>
        </translation>
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
</context>
</TS>
