<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EntityExtractor</name>
    <message>
        <source>%1 People and organisations are found by rule.</source>
        <translation>%1 人物和机构改由规则识别。</translation>
    </message>
</context>
<context>
    <name>Pizhu::AdaptModelJob</name>
    <message>
        <source>Adapting the entity model</source>
        <translation>正在调整实体模型</translation>
    </message>
    <message>
        <source>the shipped entity model could not be loaded (%1), so there is nothing to adapt</source>
        <translation>无法载入随附的实体模型（%1），因此无可调整</translation>
    </message>
    <message>
        <source>Reading the corrections</source>
        <translation>正在读取更正</translation>
    </message>
    <message>
        <source>the corpus holds no confirmed or added people or organisations to learn from yet</source>
        <translation>语料库中还没有可供学习的已确认或手动添加的人物或机构</translation>
    </message>
    <message>
        <source>cancelled; the corpus keeps the model it had</source>
        <translation>已取消；语料库保留原有模型</translation>
    </message>
    <message>
        <source>the adapted model cannot be kept in the corpus (%1)</source>
        <translation>无法将调整后的模型保存在语料库中（%1）</translation>
    </message>
    <message>
        <source>Entities changed by adaptation, %1</source>
        <translation>因模型调整而变化的实体，%1</translation>
    </message>
    <message>
        <source>the articles whose entities changed cannot be saved as a set (%1)</source>
        <translation>无法将实体有变化的文章保存为文章集（%1）</translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementDialog</name>
    <message>
        <source>Only the articles the list shows now</source>
        <translation>只用列表当前显示的文章</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>Coder Agreement</source>
        <translation>编码员一致性</translation>
    </message>
    <message>
        <source>None ticked: every tag the coders used</source>
        <translation>不勾选：编码员用过的所有标签</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>编码员：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Where the coders disagree (double-click to open):</source>
        <translation>编码员意见不一之处（双击打开）：</translation>
    </message>
    <message>
        <source>Save Raw Data…</source>
        <translation>保存原始数据…</translation>
    </message>
    <message>
        <source>Whole-Article Tags (article × tag units)…</source>
        <translation>整篇文章标签（文章 × 标签单元）…</translation>
    </message>
    <message>
        <source>Save Raw Data</source>
        <translation>保存原始数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Passages (runs of characters)…</source>
        <translation>段落（连续字符）…</translation>
    </message>
    <message>
        <source>Tick two or more coders to compare.</source>
        <translation>请勾选两位或更多编码员进行比较。</translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation>正在比较 %1…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The agreement could not be computed: %1</source>
        <translation>无法计算一致性：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) coded by two or more of the coders compared; %1 place(s) where they disagree.</source>
        <translation>
            <numerusform>所比较的编码员中有两位或更多编码过 %n 篇文章；意见不一之处 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute the agreement first.</source>
        <translation>请先计算一致性。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementJob</name>
    <message>
        <source>Comparing coders</source>
        <translation>比较编码员</translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation>一致性至少需要两位编码员</translation>
    </message>
    <message>
        <source>Reading the coding of %1</source>
        <translation>正在读取 %1 的编码</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the articles chosen are none</source>
        <translation>所选文章为空</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Computing agreement</source>
        <translation>正在计算一致性</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementReport</name>
    <message>
        <source>Coders: %1; articles coded by any of them: %2</source>
        <translation>编码员：%1；其中任何人编码过的文章：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1  | whole-article tags: %2 %3 %4 %5 %6 | passages, by character: %7 %8 %9 %10 | α_u</source>
        <translation>%1  | 整篇文章标签：%2 %3 %4 %5 %6 | 段落（按字符）：%7 %8 %9 %10 | α_u</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <source>Fleiss</source>
        <translation>Fleiss</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>(all tags)</source>
        <translation>（全部标签）</translation>
    </message>
    <message>
        <source>Places where the coders disagree: %1</source>
        <translation>编码员意见不一之处：%1</translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementTableModel</name>
    <message>
        <source>All tags together</source>
        <translation>全部标签合计</translation>
    </message>
    <message>
        <source>Undefined: no unit qualifies, or every coder gave every unit the same value</source>
        <translation>无定义：没有符合条件的单元，或所有编码员给所有单元的值都相同</translation>
    </message>
    <message>
        <source>Whole-article tags: the articles every chosen coder coded</source>
        <translation>整篇文章标签：所有选定编码员都编码过的文章</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ: for two coders only</source>
        <translation>Cohen κ：仅适用于两位编码员</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitizing α: agreement on where passages begin and end</source>
        <translation>Krippendorff 划分单元 α：段落起止位置的一致性</translation>
    </message>
    <message>
        <source>Passages: each character × tag is a unit</source>
        <translation>段落：每个字符 × 标签为一个单元</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Articles %</source>
        <translation>文章 %</translation>
    </message>
    <message>
        <source>Articles κ</source>
        <translation>文章 κ</translation>
    </message>
    <message>
        <source>Articles Fleiss κ</source>
        <translation>文章 Fleiss κ</translation>
    </message>
    <message>
        <source>Articles α</source>
        <translation>文章 α</translation>
    </message>
    <message>
        <source>Passages %</source>
        <translation>段落 %</translation>
    </message>
    <message>
        <source>Passages κ</source>
        <translation>段落 κ</translation>
    </message>
    <message>
        <source>Passages Fleiss κ</source>
        <translation>段落 Fleiss κ</translation>
    </message>
    <message>
        <source>Passages α</source>
        <translation>段落 α</translation>
    </message>
    <message>
        <source>Unitizing α</source>
        <translation>划分单元 α</translation>
    </message>
</context>
<context>
    <name>Pizhu::AnalysisActions</name>
    <message>
        <source>C&amp;oncordance…</source>
        <translation>索引(&amp;O)…</translation>
    </message>
    <message>
        <source>Every hit of a word in the corpus, in its context (the search box&apos;s words at first)</source>
        <translation>语料库中某词的每处出现及其上下文(初始为搜索框中的词)</translation>
    </message>
    <message>
        <source>Counts Over &amp;Time…</source>
        <translation>随时间计数(&amp;T)…</translation>
    </message>
    <message>
        <source>How many articles mention words, carry a tag or name someone, by period or outlet</source>
        <translation>按时期或媒体统计提及某词、带有某标签或提到某人的文章数</translation>
    </message>
    <message>
        <source>Coder &amp;Agreement…</source>
        <translation>编码员一致性(&amp;A)…</translation>
    </message>
    <message>
        <source>Co-occ&amp;urrence…</source>
        <translation>共现(&amp;U)…</translation>
    </message>
    <message>
        <source>Which people, organisations and tags occur together, as a network</source>
        <translation>哪些人物、机构和标签同时出现,以网络图显示</translation>
    </message>
</context>
<context>
    <name>Pizhu::AnnotationDock</name>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>All passages</source>
        <translation>所有段落</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note on this passage:</source>
        <translation>此段落的备注：</translation>
    </message>
    <message>
        <source>Edit &amp;Note of Passage…</source>
        <translation>编辑段落备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete &amp;Passage</source>
        <translation>删除段落(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Pizhu::AnnotationImport</name>
    <message>
        <source>no article matches id %1, title “%2” and date %3</source>
        <translation>没有文章与编号 %1、标题“%2”和日期 %3 相符</translation>
    </message>
    <message>
        <source>the text “%1” is not what offsets %2–%3 hold (“%4”)</source>
        <translation>文字“%1”与偏移量 %2–%3 处的内容（“%4”）不符</translation>
    </message>
    <message>
        <source>the tag path “%1” cannot be created (%2)</source>
        <translation>无法创建标签路径“%1”（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no header row</source>
        <translation>%1：没有表头行</translation>
    </message>
    <message>
        <source>%1: the header lacks %2</source>
        <translation>%1：表头缺少 %2</translation>
    </message>
    <message>
        <source>%1: the corpus cannot be written (%2)</source>
        <translation>%1：无法写入语料库（%2）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: %2 (the rest of the file was not read)</source>
        <translation>第 %1 行：%2（文件其余部分未读取）</translation>
    </message>
    <message>
        <source>%1: the corpus could not save the annotations (%2)</source>
        <translation>%1：语料库未能保存标注（%2）</translation>
    </message>
    <message>
        <source>the row names no tag (its tag_path and tag are empty)</source>
        <translation>该行没有标签（tag_path 与 tag 均为空）</translation>
    </message>
    <message>
        <source>offsets “%1”–“%2” are not a passage of article %3 (%4 characters)</source>
        <translation>偏移量“%1”–“%2”不是文章 %3 中的段落（共 %4 个字符）</translation>
    </message>
    <message>
        <source>passage %1–%2 of article %3 is already tagged “%4” by %5 with another note (“%6”), which was kept</source>
        <translation>文章 %3 的段落 %1–%2 已由 %5 标为“%4”，注释不同（“%6”），已保留原注释</translation>
    </message>
    <message>
        <source>on a team corpus only the lead adds tags, and this import is %1&apos;s</source>
        <translation>团队语料库中只有负责人能添加标签，而这次导入的身份是 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::AnnotationListModel</name>
    <message>
        <source>%1
“%2”
%3
%4, %5</source>
        <translation>%1
“%2”
%3
%4，%5</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Pizhu::AnnotationStore</name>
    <message>
        <source>there is no passage %1</source>
        <translation>没有段落 %1</translation>
    </message>
    <message>
        <source>the passage %1 is no longer in the corpus: it was deleted elsewhere meanwhile</source>
        <translation>段落 %1 已不在语料库中：其间已在别处被删除</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleActions</name>
    <message>
        <source>Mark &amp;Coded</source>
        <translation>标为已编码(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>Mark &amp;To Check</source>
        <translation>标为待复核(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <source>Mark &amp;Excluded</source>
        <translation>标为已排除(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+X</source>
        <translation>Ctrl+Alt+X</translation>
    </message>
    <message>
        <source>Mark &amp;Not Coded</source>
        <translation>标为未编码(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>&amp;Delete Articles…</source>
        <translation>删除文章(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark Articles</source>
        <translation>标记文章</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) from the corpus?</source>
        <translation>
            <numerusform>从语料库删除 %n 篇文章？</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no coding.</source>
        <translation>这些文章没有编码。</translation>
    </message>
    <message>
        <source>Their coding goes with them: %1 and %2.</source>
        <translation>其编码将一并删除：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n tagged passage(s)</source>
        <translation>
            <numerusform>%n 个已标注段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whole-article tag(s)</source>
        <translation>
            <numerusform>%n 个整篇标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo brings them back.</source>
        <translation>可用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>编辑详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>文章详情</translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n 条备忘录</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no coding; their memos go with them (%1).</source>
        <translation>这些文章没有编码；其备忘录将一并删除（%1）。</translation>
    </message>
    <message>
        <source>Their coding goes with them: %1, %2 and %3.</source>
        <translation>其编码将一并删除：%1、%2 和 %3。</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleCountJob</name>
    <message>
        <source>Counting the articles listed</source>
        <translation>正在统计列出的文章</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleDetailsDialog</name>
    <message>
        <source>Article Details</source>
        <translation>文章详情</translation>
    </message>
    <message>
        <source>2022-03-25 16:43, 2022年3月25日, or empty when unknown</source>
        <translation>2022-03-25 16:43、2022年3月25日，不详则留空</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>&amp;Add Name</source>
        <translation>添加姓名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Name</source>
        <translation>移除姓名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>媒体(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Bylines:</source>
        <translation>署名(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleDocumentBuilder</name>
    <message>
        <source>%1 %2</source>
        <comment>byline: role, then name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between bylines</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>date line</source>
        <translation>日期行</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>repeated title</source>
        <translation>重复标题</translation>
    </message>
    <message>
        <source>share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>related links</source>
        <translation>相关链接</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>Editor: %1</source>
        <translation>责任编辑：%1</translation>
    </message>
    <message>
        <source>[image %1]</source>
        <translation>［图片 %1］</translation>
    </message>
    <message>
        <source>[image %1] %2</source>
        <translation>［图片 %1］%2</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>［%1］%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleFilterBar</name>
    <message>
        <source>any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Articles published on or after this day</source>
        <translation>在此日或之后发表的文章</translation>
    </message>
    <message>
        <source>Articles published on or before this day</source>
        <translation>在此日或之前发表的文章</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>任何媒体</translation>
    </message>
    <message>
        <source>Any script</source>
        <translation>任何字体</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>简繁混合</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>任何属性</translation>
    </message>
    <message>
        <source>A column imported with the articles from CSV or JSONL, such as category</source>
        <translation>随文章从 CSV 或 JSONL 导入的列，例如 category</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>A saved set of articles (Articles → Save List as Set…)</source>
        <translation>保存的文章集（文章 → 将列表存为文章集…）</translation>
    </message>
    <message>
        <source>Delete Set</source>
        <translation>删除文章集</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Take every condition of these filters away</source>
        <translation>取消这些筛选的所有条件</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>发表日期：</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>媒体：</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>文章集：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1（%n 篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <source>any value</source>
        <translation>任何值</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleListModel</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n tagged passage(s), by every coder</source>
        <translation>
            <numerusform>%n 个已标注段落（所有编码者）</numerusform>
        </translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleListPane</name>
    <message>
        <source>Search articles in either script: 党员, 黨員, &quot;quoted phrase&quot;</source>
        <translation>搜索文章（简繁皆可）：党员、黨員、&quot;带引号的短语&quot;</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>List only the articles whose coding stands so</source>
        <translation>只列出处于该编码状态的文章</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Not coded</source>
        <translation>未编码</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter by date, outlet, script, imported attribute or saved set</source>
        <translation>按日期、媒体、字体、导入的属性或保存的文章集筛选</translation>
    </message>
    <message>
        <source>The articles listed could not be counted: %1</source>
        <translation>无法统计列出的文章：%1</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticlePrintout</name>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>%1 — %2: “%3”</source>
        <translation>%1 — %2：“%3”</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleRows</name>
    <message>
        <source>%1 could not be put back: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleScopeOptions</name>
    <message>
        <source>Only articles published from this year, month or day on.</source>
        <translation>只要在此年、月或日及之后发表的文章。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only articles published up to the end of this year, month or day.</source>
        <translation>只要在此年、月或日结束前发表的文章。</translation>
    </message>
    <message>
        <source>Only articles from this outlet (repeat for several).</source>
        <translation>只要此媒体的文章（可重复以指定多个）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Only articles written in this script: simplified, traditional or mixed (repeat for several).</source>
        <translation>只要以此字体写成的文章：simplified、traditional 或 mixed（可重复以指定多个）。</translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>名称=值</translation>
    </message>
    <message>
        <source>Only articles with this coding status: coded, check, excluded or not-coded (repeat for several).</source>
        <translation>只要具有此编码状态的文章：coded、check、excluded 或 not-coded（可重复以指定多个）。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only the articles of this saved article set.</source>
        <translation>只要此保存的文章集中的文章。</translation>
    </message>
    <message>
        <source>--%1 takes a year, a month or a day (2020, 2020-02, 2020-02-01), not “%2”</source>
        <translation>--%1 须为年、月或日（2020、2020-02、2020-02-01），而不是“%2”</translation>
    </message>
    <message>
        <source>--written-in takes simplified, traditional or mixed, not “%1”</source>
        <translation>--written-in 须为 simplified、traditional 或 mixed，而不是“%1”</translation>
    </message>
    <message>
        <source>--attribute takes NAME=VALUE (category=财经), not “%1”</source>
        <translation>--attribute 须写作 名称=值（category=财经），而不是“%1”</translation>
    </message>
    <message>
        <source>--status takes coded, check, excluded or not-coded, not “%1”</source>
        <translation>--status 须为 coded、check、excluded 或 not-coded，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no article set “%1”; the corpus has none saved</source>
        <translation>没有名为“%1”的文章集；语料库中没有保存任何文章集</translation>
    </message>
    <message>
        <source>there is no article set “%1”; the corpus has: %2</source>
        <translation>没有名为“%1”的文章集；语料库中有：%2</translation>
    </message>
    <message>
        <source>Only articles whose imported attribute has this value, as NAME=VALUE (category=财经; NAME= for any value; repeat: each must hold).</source>
        <translation>只要导入的属性具有此值的文章，写作 名称=值（category=财经；名称= 表示任何值；可重复：每个条件都须满足）。</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleSetActions</name>
    <message>
        <source>&amp;Filters</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save List as Set…</source>
        <translation>将列表存为文章集(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Save List as Set</source>
        <translation>将列表存为文章集</translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to save.</source>
        <translation>列表是空的：没有可保存的内容。</translation>
    </message>
    <message numerus="yes">
        <source>A name for the set of the %n article(s) listed:</source>
        <translation>
            <numerusform>为列出的 %n 篇文章组成的文章集命名：</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Set</source>
        <translation>删除文章集</translation>
    </message>
    <message numerus="yes">
        <source>Delete the article set “%1” (%n article(s))? The articles stay in the corpus.</source>
        <translation>
            <numerusform>删除文章集“%1”（%n 篇文章）？文章本身仍留在语料库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>A name for the set of the articles listed:</source>
        <translation>为列出的文章组成的文章集命名：</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleSets</name>
    <message>
        <source>an article set needs a name</source>
        <translation>文章集需要一个名称</translation>
    </message>
    <message>
        <source>the set “%1” would hold no articles; list some first</source>
        <translation>文章集“%1”中将没有文章；请先列出一些文章</translation>
    </message>
    <message>
        <source>there is already an article set named “%1”</source>
        <translation>已有名为“%1”的文章集</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>没有文章 %1</translation>
    </message>
    <message>
        <source>there is no article set %1</source>
        <translation>没有文章集 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleSource</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleStore</name>
    <message>
        <source>the article “%1” has no simplified shadow</source>
        <translation>文章“%1”没有简体副本</translation>
    </message>
    <message>
        <source>the text of article %1 is damaged: it no longer matches the checksum stored with it. Restore the corpus from a backup (File → Back Up Corpus… makes them)</source>
        <translation>第 %1 篇文章的正文已损坏：与其保存的校验和不再一致。请从备份恢复语料库（“文件 → 备份语料库…”可以制作备份）</translation>
    </message>
    <message>
        <source>the article “%1” was neither stored nor found stored</source>
        <translation>文章“%1”既未存入，也未在语料库中找到</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleWriter</name>
    <message>
        <source>there is no article %1</source>
        <translation>没有文章 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::BackfillJob</name>
    <message>
        <source>Preparing older articles</source>
        <translation>正在准备旧版文章</translation>
    </message>
    <message>
        <source>Indexing articles for search</source>
        <translation>正在为搜索建立索引</translation>
    </message>
    <message>
        <source>Finding people, organisations and figures</source>
        <translation>正在识别人物、机构和数字</translation>
    </message>
    <message>
        <source>Recording checksums of the texts</source>
        <translation>正在记录正文的校验和</translation>
    </message>
    <message>
        <source>Putting titles and outlets in Chinese order</source>
        <translation>为标题和媒体排序</translation>
    </message>
    <message>
        <source>the text of article %1 is damaged: its simplified copy does not fit it</source>
        <translation>文章 %1 的文本已损坏：其简体副本与正文不符</translation>
    </message>
    <message>
        <source>Keeping only what the simplified copies change</source>
        <translation>简体副本仅保存与正文不同之处</translation>
    </message>
</context>
<context>
    <name>Pizhu::BackupJob</name>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>Copying the team corpus to a file</source>
        <translation>正在将团队语料库复制到文件</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1：无法创建（%2）</translation>
    </message>
    <message>
        <source>%1: %2; nothing was written</source>
        <translation>%1：%2；未写入任何内容</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was written</source>
        <translation>%1：已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>%1: the file there cannot be replaced</source>
        <translation>%1：无法替换该处的文件</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
</context>
<context>
    <name>Pizhu::CodebookCsv</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the first row must name the columns path, color, description</source>
        <translation>%1：第一行必须列出 path、color、description 三列</translation>
    </message>
    <message>
        <source>line %1: the parent of “%2” is neither in the codebook nor listed before it</source>
        <translation>第 %1 行：“%2”的上级标签既不在编码表中，也未在它之前列出</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::CoderActions</name>
    <message>
        <source>C&amp;oders</source>
        <translation>编码员(&amp;O)</translation>
    </message>
    <message>
        <source>Who codes in this window; click to change</source>
        <translation>本窗口中的编码员；点击可更改</translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s Coding</source>
        <translation>所有人的编码(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Only Mine (%1)</source>
        <translation>只看我的(&amp;O)（%1）</translation>
    </message>
    <message>
        <source>&amp;Compare Two Coders…</source>
        <translation>比较两位编码员(&amp;C)…</translation>
    </message>
    <message>
        <source>Coder &amp;Name…</source>
        <translation>编码员姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>Compare Two Coders</source>
        <translation>比较两位编码员</translation>
    </message>
    <message>
        <source>Drawn filled:</source>
        <translation>以底色显示：</translation>
    </message>
    <message>
        <source>Drawn underlined:</source>
        <translation>以波浪下划线显示：</translation>
    </message>
    <message>
        <source>Coder Name</source>
        <translation>编码员姓名</translation>
    </message>
    <message>
        <source>Who codes in this window? Your name is recorded with every passage and article tag you make.</source>
        <translation>谁在本窗口中编码？您的姓名会记录在您添加的每个段落和文章标签上。</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>编码员：%1</translation>
    </message>
    <message>
        <source> · comparing %1 (filled) with %2 (underlined)</source>
        <translation> · 正在比较 %1（底色）与 %2（下划线）</translation>
    </message>
    <message>
        <source> · showing %1</source>
        <translation> · 显示 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Who codes in this window: your login on the team corpus&apos;s server</source>
        <translation>在此窗口中编码的人：你在团队语料库服务器上的登录名</translation>
    </message>
</context>
<context>
    <name>Pizhu::CoderCorpusReader</name>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>it is not a Pizhu corpus (%1)</source>
        <translation>这不是批注语料库（%1）</translation>
    </message>
    <message>
        <source>it is not a Pizhu corpus</source>
        <translation>这不是批注语料库</translation>
    </message>
    <message>
        <source>its schema version is %1; open it once in this Pizhu to bring it to version %2 first</source>
        <translation>其结构版本为 %1；请先在本版批注中打开一次，升级到版本 %2</translation>
    </message>
</context>
<context>
    <name>Pizhu::CodingMerge</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message numerus="yes">
        <source>%n article tag(s) added</source>
        <translation>
            <numerusform>%n 个文章标签已添加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) created</source>
        <translation>
            <numerusform>新建了 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found in the corpus</source>
        <translation>
            <numerusform>在语料库中找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created</source>
        <translation>
            <numerusform>新建了 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) not taken (listed below)</source>
        <translation>
            <numerusform>%n 项未采用（见下文）</numerusform>
        </translation>
    </message>
    <message>
        <source>a passage refers to a source that is not in the package</source>
        <translation>有段落引用了不在导入内容中的来源</translation>
    </message>
    <message>
        <source>the selection %1–%2 of “%3” lies outside its text (%4 characters)</source>
        <translation>“%3”的选区 %1–%2 超出了文本范围（%4 个字符）</translation>
    </message>
    <message>
        <source>a selection of “%1” names no code or no coder</source>
        <translation>“%1”的某个选区没有代码或编码员</translation>
    </message>
    <message>
        <source>a coding of a whole source refers to no source, code or coder</source>
        <translation>某个整篇来源的编码缺少来源、代码或编码员</translation>
    </message>
    <message>
        <source>“%1” could not be stored: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not in this corpus: its coding was left out; import the article first</source>
        <translation>“%1”不在本语料库中：其编码未导入；请先导入该文章</translation>
    </message>
    <message>
        <source>the tag “%1” could not be made: %2</source>
        <translation>无法建立标签“%1”：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message numerus="yes">
        <source>the codebook lacks %n tag(s) this needs (%1), and %2</source>
        <translation>
            <numerusform>编码本缺少此处需要的 %n 个标签（%1），而%2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in this corpus, so its coding was left out (%2)</source>
        <translation>“%1”不在本语料库中，因此其编码未导入（%2）</translation>
    </message>
</context>
<context>
    <name>Pizhu::CommandLine</name>
    <message>
        <source>pizhu: --db FILE is required</source>
        <translation>pizhu：需要 --db FILE</translation>
    </message>
    <message>
        <source>pizhu: %1: no such corpus file</source>
        <translation>pizhu：%1：语料库文件不存在</translation>
    </message>
    <message>
        <source>pizhu: cannot open the corpus %1</source>
        <translation>pizhu：无法打开语料库 %1</translation>
    </message>
    <message>
        <source>Imports scraped articles (files or folders) into a corpus.</source>
        <translation>将抓取的文章（文件或文件夹）导入语料库。</translation>
    </message>
    <message>
        <source>The corpus file (created if missing).</source>
        <translation>语料库文件（不存在时创建）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>要导入的文件或文件夹。</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PATH...</translation>
    </message>
    <message>
        <source>pizhu import: name at least one file or folder</source>
        <translation>pizhu import：请至少指定一个文件或文件夹</translation>
    </message>
    <message>
        <source>imported	%1	#%2 %3</source>
        <translation>imported	%1	#%2 %3</translation>
    </message>
    <message>
        <source>duplicate	%1	same as #%2 %3</source>
        <translation>duplicate	%1	same as #%2 %3</translation>
    </message>
    <message>
        <source>failed	%1	%2</source>
        <translation>failed	%1	%2</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 failed</source>
        <translation>%1 imported, %2 duplicates, %3 failed</translation>
    </message>
    <message>
        <source>The corpus file.</source>
        <translation>语料库文件。</translation>
    </message>
    <message>
        <source>Print one JSON object per article, with its bylines.</source>
        <translation>每篇文章输出一个 JSON 对象，包含署名。</translation>
    </message>
    <message>
        <source>pizhu list: %1</source>
        <translation>pizhu list：%1</translation>
    </message>
    <message>
        <source>Searches a corpus in either script: 黨員 finds 党员. Terms are ANDed; &quot;quoted phrases&quot; stay together.</source>
        <translation>在语料库中搜索，简繁皆可：黨員 可找到 党员。多个词须同时出现；&quot;带引号的短语&quot;须连在一起。</translation>
    </message>
    <message>
        <source>Print one JSON object per article.</source>
        <translation>每篇文章输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>At most N articles (default 50).</source>
        <translation>最多 N 篇文章（默认 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>要搜索的内容。</translation>
    </message>
    <message>
        <source>QUERY...</source>
        <translation>QUERY...</translation>
    </message>
    <message>
        <source>pizhu search: %1</source>
        <translation>pizhu search：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>outlet</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Prints one article: metadata, paragraphs, images and set-aside lines.</source>
        <translation>输出一篇文章：元数据、段落、图片和剔除的行。</translation>
    </message>
    <message>
        <source>Print one JSON object, with the stored text.</source>
        <translation>输出一个 JSON 对象，包含存储的原文。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `pizhu list` prints it.</source>
        <translation>文章编号，即 `pizhu list` 输出的编号。</translation>
    </message>
    <message>
        <source>pizhu show: name one article id</source>
        <translation>pizhu show：请指定一个文章编号</translation>
    </message>
    <message>
        <source>pizhu show: there is no article %1 in %2</source>
        <translation>pizhu show：%2 中没有文章 %1</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>Script of quoted text: original (default), simplified or traditional.</source>
        <translation>引文字形：original（默认）、simplified 或 traditional。</translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation>SCRIPT</translation>
    </message>
    <message>
        <source>Write no byte-order mark (for tools that dislike it).</source>
        <translation>不写字节顺序标记（适用于不接受它的工具）。</translation>
    </message>
    <message>
        <source>pizhu export: --script must be original, simplified or traditional</source>
        <translation>pizhu export：--script 必须是 original、simplified 或 traditional</translation>
    </message>
    <message>
        <source>pizhu export: --out FILE is required</source>
        <translation>pizhu export：需要 --out FILE</translation>
    </message>
    <message>
        <source>pizhu export: %1</source>
        <translation>pizhu export：%1</translation>
    </message>
    <message>
        <source>Coder for rows that name none (default: you).</source>
        <translation>未注明编码者的行所用的编码者（默认：你）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The annotations file.</source>
        <translation>标注文件。</translation>
    </message>
    <message>
        <source>pizhu import-annotations: name one CSV file</source>
        <translation>pizhu import-annotations：请指定一个 CSV 文件</translation>
    </message>
    <message>
        <source>pizhu import-annotations: %1</source>
        <translation>pizhu import-annotations：%1</translation>
    </message>
    <message>
        <source>skipped	%1</source>
        <translation>skipped	%1</translation>
    </message>
    <message>
        <source>Writes a consistent copy of a corpus, even while it is open elsewhere.</source>
        <translation>写出语料库的一致副本，即使它正在别处打开。</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>要写入的副本。</translation>
    </message>
    <message>
        <source>pizhu backup: --out FILE is required</source>
        <translation>pizhu backup：需要 --out FILE</translation>
    </message>
    <message>
        <source>pizhu backup: %1</source>
        <translation>pizhu backup：%1</translation>
    </message>
    <message>
        <source>pizhu: the corpus was upgraded to a new schema; a copy of it as it was is in %1</source>
        <translation>pizhu：语料库已升级到新的结构；升级前的副本保存在 %1</translation>
    </message>
    <message>
        <source>Extracts people, organisations and figures from article files without a corpus. Each file is parsed as import does, so boilerplate is left out. Mentions are code point offsets into the file&apos;s decoded text (for a CSV or JSONL record: into its body).</source>
        <translation>不用语料库，直接从文章文件中提取人物、机构和数字。每个文件的解析方式与导入相同，因此不含网页模板内容。提及位置是文件解码后文本中的码位偏移（CSV 或 JSONL 记录则为正文中的偏移）。</translation>
    </message>
    <message>
        <source>Print one JSON object per file (per record for CSV and JSONL).</source>
        <translation>每个文件输出一个 JSON 对象（CSV 和 JSONL 为每条记录一个）。</translation>
    </message>
    <message>
        <source>Article files (.txt, .html, .csv, .jsonl).</source>
        <translation>文章文件（.txt、.html、.csv、.jsonl）。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>pizhu entities: name at least one file</source>
        <translation>pizhu entities：请至少指定一个文件</translation>
    </message>
    <message>
        <source>pizhu entities: %1: %2</source>
        <translation>pizhu entities：%1：%2</translation>
    </message>
    <message>
        <source>pizhu: preparing the articles stored by an older Pizhu…</source>
        <translation>pizhu：正在准备旧版批注存储的文章…</translation>
    </message>
    <message>
        <source>pizhu: %1: the older articles cannot be prepared (%2)</source>
        <translation>pizhu：%1：旧版文章无法准备（%2）</translation>
    </message>
    <message>
        <source>pizhu: %1: the file is empty, not a corpus (pizhu import --db makes one)</source>
        <translation>pizhu：%1：该文件是空的，不是语料库（pizhu import --db 可以新建一个）</translation>
    </message>
    <message>
        <source>pizhu: %1 was an empty file; a new corpus was made in it</source>
        <translation>pizhu：%1 原是空文件；已在其中新建语料库</translation>
    </message>
    <message>
        <source>Checks a corpus for damage: the file&apos;s structure, every article&apos;s text against its checksum, and the search index. Exits with 1 when something is damaged.</source>
        <translation>检查语料库是否损坏：文件结构、每篇文章正文与其校验和、搜索索引。有损坏时以 1 退出。</translation>
    </message>
    <message>
        <source>pizhu check: %1: %2</source>
        <translation>pizhu check：%1：%2</translation>
    </message>
    <message>
        <source>pizhu show: %1: %2</source>
        <translation>pizhu show：%1：%2</translation>
    </message>
    <message>
        <source>pizhu search: --limit needs a whole number above 0, not “%1”</source>
        <translation>pizhu search：--limit 需要大于 0 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>import scraped articles (files or folders) into a corpus</source>
        <translation>把抓取的文章（文件或文件夹）导入语料库</translation>
    </message>
    <message>
        <source>list the articles of a corpus</source>
        <translation>列出语料库中的文章</translation>
    </message>
    <message>
        <source>print one article</source>
        <translation>打印一篇文章</translation>
    </message>
    <message>
        <source>search a corpus in either script</source>
        <translation>以简体或繁体搜索语料库</translation>
    </message>
    <message>
        <source>write annotations, entities, article tags or the tag matrix as CSV</source>
        <translation>把标注、实体、文章标签或标签矩阵写成 CSV</translation>
    </message>
    <message>
        <source>read coded passages back from an annotations CSV</source>
        <translation>从标注 CSV 读回已编码的段落</translation>
    </message>
    <message>
        <source>write a consistent copy of a corpus</source>
        <translation>写出语料库的一致副本</translation>
    </message>
    <message>
        <source>check a corpus for damage</source>
        <translation>检查语料库是否损坏</translation>
    </message>
    <message>
        <source>extract people, organisations and figures from files, without a corpus</source>
        <translation>不经语料库，从文件中提取人物、机构和数字</translation>
    </message>
    <message>
        <source>Pizhu (批注): a reader and annotation workbench for Chinese news corpora.
Without a command it opens the window.

Commands:</source>
        <translation>批注（Pizhu）：中文新闻语料的阅读与标注工具。
不带命令时打开窗口。

命令：</translation>
    </message>
    <message>
        <source>Run pizhu COMMAND --help for the options of each.</source>
        <translation>运行 pizhu 命令 --help 查看各命令的选项。</translation>
    </message>
    <message>
        <source>pizhu: unknown command “%1”; the commands are %2 (pizhu --help says more)</source>
        <translation>pizhu：未知命令“%1”；可用命令为 %2（详见 pizhu --help）</translation>
    </message>
    <message>
        <source>Matrix: one row per article and coder.</source>
        <translation>矩阵：每篇文章每位编码员一行。</translation>
    </message>
    <message>
        <source>pizhu export: --by-coder is for --what matrix</source>
        <translation>pizhu export：--by-coder 仅用于 --what matrix</translation>
    </message>
    <message>
        <source>Reads annotations.csv or article-tags.csv (as pizhu export writes them) into a corpus, to merge coders&apos; work. A row without start and end is a tag on the whole article. Rows that do not match are reported and skipped.</source>
        <translation>把 annotations.csv 或 article-tags.csv（按 pizhu export 的格式）读入语料库，以合并各编码员的工作。没有 start 和 end 的行是整篇文章的标签。不匹配的行会被报告并跳过。</translation>
    </message>
    <message>
        <source>%1 and %2 added, %3 already present, %4 skipped</source>
        <translation>已添加 %1 和 %2，%3 条已存在，%4 条跳过</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article tag(s)</source>
        <translation>
            <numerusform>%n 个文章标签</numerusform>
        </translation>
    </message>
    <message>
        <source>pizhu show: “%1” is not an article id (a whole number, as pizhu list prints it)</source>
        <translation>pizhu show：“%1”不是文章编号（应为整数，即 pizhu list 所列的编号）</translation>
    </message>
    <message>
        <source>Compares coders: percent agreement, Cohen&apos;s κ (two coders), Fleiss&apos; κ and Krippendorff&apos;s α for whole-article tags (each article × tag a unit) and for passages (each character × tag a unit), and Krippendorff&apos;s unitizing α for where passages begin and end, per tag and for all tags together. Articles that only one of the coders coded are left out; a coder who did not code an article is missing there.</source>
        <translation>比较编码员：按标签及全部标签合计，计算整篇文章标签（每篇文章 × 标签为一个单元）和段落（每个字符 × 标签为一个单元）的百分比一致性、Cohen κ（两位编码员）、Fleiss κ 和 Krippendorff α，以及段落起止位置的 Krippendorff 划分单元 α。只有一位编码员编码过的文章不计入；未编码某文章的编码员在该处记为缺失。</translation>
    </message>
    <message>
        <source>Two or more coders, separated by commas.</source>
        <translation>两位或更多编码员，以逗号分隔。</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>Tag paths to compare, separated by commas (default: every tag the coders used).</source>
        <translation>要比较的标签路径，以逗号分隔（默认：编码员用过的所有标签）。</translation>
    </message>
    <message>
        <source>PATH,PATH</source>
        <translation>路径,路径</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而非表格。</translation>
    </message>
    <message>
        <source>Also write the reliability data, article × tag units by coders, as CSV.</source>
        <translation>另将信度数据（文章 × 标签单元按编码员）写为 CSV。</translation>
    </message>
    <message>
        <source>Also write the passages&apos; reliability data as CSV, one row per run of characters.</source>
        <translation>另将段落的信度数据写为 CSV，每段连续字符一行。</translation>
    </message>
    <message>
        <source>pizhu agreement: --coders needs two or more coders, separated by commas (A,B)</source>
        <translation>pizhu agreement：--coders 需要两位或更多编码员，以逗号分隔（A,B）</translation>
    </message>
    <message>
        <source>pizhu agreement: there is no tag “%1” in %2</source>
        <translation>pizhu agreement：%2 中没有标签“%1”</translation>
    </message>
    <message>
        <source>pizhu agreement: %1</source>
        <translation>pizhu agreement：%1</translation>
    </message>
    <message>
        <source>pizhu agreement: “%1” has coded nothing in %2 (the coders are: %3)</source>
        <translation>pizhu agreement：“%1”在 %2 中没有任何编码（编码员有：%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>import a REFI-QDA project or codebook from another QDA tool</source>
        <translation>从其他 QDA 工具导入 REFI-QDA 项目或编码本</translation>
    </message>
    <message>
        <source>merge another coder&apos;s corpus: their passages and article tags beside yours</source>
        <translation>合并另一位编码员的语料库：其段落和文章标签与您的并存</translation>
    </message>
    <message>
        <source>compare coders: agreement per tag (κ, Fleiss&apos; κ, α, unitizing α)</source>
        <translation>比较编码员：按标签的一致性（κ、Fleiss κ、α、划分单元 α）</translation>
    </message>
    <message>
        <source>pizhu %1: nothing was imported:</source>
        <translation>pizhu %1：未导入任何内容：</translation>
    </message>
    <message>
        <source>left out	%1</source>
        <translation>未采用	%1</translation>
    </message>
    <message>
        <source>Imports a REFI-QDA project (.qdpx, from MAXQDA, NVivo, ATLAS.ti, QualCoder or Pizhu) or codebook (.qdc) into a corpus, new or existing: text sources become articles (or are found among the corpus&apos;s, by their text), codes become tags, selections become each user&apos;s passages with their notes. A project that is not valid is refused whole, with the reasons; what has no place in Pizhu is listed as left out.</source>
        <translation>将 REFI-QDA 项目（.qdpx，来自 MAXQDA、NVivo、ATLAS.ti、QualCoder 或批注）或编码本（.qdc）导入新的或现有的语料库：文本来源成为文章（或按文本在语料库中找到），代码成为标签，选区成为各用户的段落及其注释。无效的项目整体拒绝并说明原因；批注无处安放的内容列为未采用。</translation>
    </message>
    <message>
        <source>The corpus file (made if missing).</source>
        <translation>语料库文件（不存在时新建）。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>The .qdpx or .qdc file.</source>
        <translation>.qdpx 或 .qdc 文件。</translation>
    </message>
    <message>
        <source>pizhu import-qdpx: name one .qdpx or .qdc file</source>
        <translation>pizhu import-qdpx：请指定一个 .qdpx 或 .qdc 文件</translation>
    </message>
    <message>
        <source>pizhu import-qdpx: %1: nothing was imported:</source>
        <translation>pizhu import-qdpx：%1：未导入任何内容：</translation>
    </message>
    <message>
        <source>Merges another coder&apos;s Pizhu corpus into this one: their codebook, and every coder&apos;s passages, notes and whole-article tags on the articles both corpora hold (matched by the file they were imported from), beside what is there, never over it. Their corpus is only read.</source>
        <translation>将另一位编码员的批注语料库合并到本语料库：其编码本，以及两个语料库共有文章（按导入来源文件匹配）上每位编码员的段落、注释和整篇文章标签，与现有内容并存，绝不覆盖。对方的语料库只读取。</translation>
    </message>
    <message>
        <source>The corpus file to merge into.</source>
        <translation>要合并到的语料库文件。</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>The other coder&apos;s corpus file.</source>
        <translation>另一位编码员的语料库文件。</translation>
    </message>
    <message>
        <source>pizhu merge-coder: name one corpus file to merge from</source>
        <translation>pizhu merge-coder：请指定一个要合并的语料库文件</translation>
    </message>
    <message>
        <source>pizhu merge-coder: %1: %2</source>
        <translation>pizhu merge-coder：%1：%2</translation>
    </message>
    <message>
        <source>every hit of a query with its context (concordance), in either script</source>
        <translation>查询的每处出现及其上下文(索引),简繁皆可</translation>
    </message>
    <message>
        <source>Prints every hit of a query in the corpus with its context (keyword in context), found in either script: 党员 also finds 黨員. Offsets are code points of the stored original text.</source>
        <translation>打印语料库中查询的每处出现及其上下文(上下文关键词),简繁皆可查到:党员 也能找到 黨員。偏移量为所存原文的码位。</translation>
    </message>
    <message>
        <source>Characters of context on each side (default 20).</source>
        <translation>每侧上下文的字符数(默认 20)。</translation>
    </message>
    <message>
        <source>Script of the contexts: original (default), simplified, traditional, taiwan, taiwan-phrases or hongkong.</source>
        <translation>上下文的文字:original(默认)、simplified、traditional、taiwan、taiwan-phrases 或 hongkong。</translation>
    </message>
    <message>
        <source>articles (newest first, the default), left (the context before, read backwards), right, date, outlet or title.</source>
        <translation>articles(最新在前,默认)、left(按前文,倒序读)、right、date、outlet 或 title。</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Print one JSON object per hit.</source>
        <translation>每处出现打印一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Write the concordance as CSV instead.</source>
        <translation>改为将索引写成 CSV。</translation>
    </message>
    <message>
        <source>What to find; several words must all occur in an article.</source>
        <translation>要找的内容;多个词须同时出现在一篇文章中。</translation>
    </message>
    <message>
        <source>pizhu kwic: %1</source>
        <translation>pizhu kwic:%1</translation>
    </message>
    <message>
        <source>--width needs a whole number from 1 to 1000, not “%1”</source>
        <translation>--width 需要 1 到 1000 的整数,而不是“%1”</translation>
    </message>
    <message>
        <source>there is no script “%1”</source>
        <translation>没有“%1”这种文字</translation>
    </message>
    <message>
        <source>there is no order “%1”</source>
        <translation>没有“%1”这种顺序</translation>
    </message>
    <message>
        <source>name what to find</source>
        <translation>请指明要找的内容</translation>
    </message>
    <message>
        <source>count articles by period or outlet, for words, tags or names; as a table or a chart</source>
        <translation>按时期或媒体统计含某词、标签或名称的文章;输出表格或图表</translation>
    </message>
    <message>
        <source>Counts the articles that mention words, carry a tag or name a person or an organisation, by day, week, month, year or outlet; several series side by side. Without a series, every article is counted. Prints a table, or writes it as CSV, or draws it as PNG or SVG.</source>
        <translation>按日、周、月、年或媒体统计提及某词、带有某标签或提到某人或机构的文章;可并列多个系列。未指定系列时统计全部文章。打印表格,或写成 CSV,或绘制为 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>day, week, month (the default), year or outlet.</source>
        <translation>day、week、month(默认)、year 或 outlet。</translation>
    </message>
    <message>
        <source>AXIS</source>
        <translation>轴</translation>
    </message>
    <message>
        <source>A series: articles that mention these words (either script). Repeat for more series.</source>
        <translation>一个系列:提及这些词的文章(简繁皆可)。重复使用可加更多系列。</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>A series: articles with the tag at this path (&quot;Frames/Conflict&quot;).</source>
        <translation>一个系列:带有此路径标签的文章(&quot;Frames/Conflict&quot;)。</translation>
    </message>
    <message>
        <source>A series: articles naming this person or organisation.</source>
        <translation>一个系列:提到此人或此机构的文章。</translation>
    </message>
    <message>
        <source>A series for each tag of the codebook (a crosstab).</source>
        <translation>编码本中每个标签一个系列(交叉表)。</translation>
    </message>
    <message>
        <source>Articles per 1,000 of the period&apos;s articles.</source>
        <translation>以该时期每 1000 篇文章中的篇数表示。</translation>
    </message>
    <message>
        <source>lines (the default) or bars, for a picture.</source>
        <translation>图片用 lines(折线,默认)或 bars(柱形)。</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>样式</translation>
    </message>
    <message>
        <source>The picture&apos;s size in points (default 1000x600; PNG has twice as many pixels).</source>
        <translation>图片尺寸,单位为点(默认 1000x600;PNG 的像素为其两倍)。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>Print the table as JSON.</source>
        <translation>以 JSON 打印表格。</translation>
    </message>
    <message>
        <source>Write the table as CSV, or the chart as PNG or SVG, by the suffix.</source>
        <translation>按后缀将表格写成 CSV,或将图表写成 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>pizhu timeline: %1</source>
        <translation>pizhu timeline:%1</translation>
    </message>
    <message>
        <source>--by takes day, week, month, year or outlet, not “%1”</source>
        <translation>--by 可取 day、week、month、year 或 outlet,而不是“%1”</translation>
    </message>
    <message>
        <source>--chart takes lines or bars, not “%1”</source>
        <translation>--chart 可取 lines 或 bars,而不是“%1”</translation>
    </message>
    <message>
        <source>--size takes a width and a height from 200x150 to 10000x10000, not “%1”</source>
        <translation>--size 需要 200x150 到 10000x10000 之间的宽和高,而不是“%1”</translation>
    </message>
    <message>
        <source>%1: --out writes .csv, .png or .svg</source>
        <translation>%1:--out 只能写 .csv、.png 或 .svg</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>which people, organisations and tags occur together; pairs, GraphML, GEXF or a picture</source>
        <translation>哪些人物、机构和标签同时出现;输出成对列表、GraphML、GEXF 或图片</translation>
    </message>
    <message>
        <source>Which people, organisations and tags occur together in the same article or paragraph: the most frequent of each kind, and every pair seen together often enough, with the count, PMI and Dice. Prints the pairs, or writes the network as CSV, GraphML or GEXF, or draws it as PNG or SVG.</source>
        <translation>哪些人物、机构和标签在同一篇文章或同一段落中同时出现:每类中最常见的,以及同时出现次数足够多的每一对,附次数、PMI 和 Dice。打印成对列表,或将网络写成 CSV、GraphML 或 GEXF,或绘制为 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>What the nodes are: PER, ORG, TAG, comma-separated (default PER,ORG).</source>
        <translation>节点的类别:PER、ORG、TAG,以逗号分隔(默认 PER,ORG)。</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>article (the default) or paragraph: where both must occur.</source>
        <translation>article(默认)或 paragraph:两者须同时出现的范围。</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The most frequent N of each kind (default 30).</source>
        <translation>每类最常见的 N 个(默认 30)。</translation>
    </message>
    <message>
        <source>Leave out pairs seen together fewer times (default 2).</source>
        <translation>略去同时出现次数少于此数的配对(默认 2)。</translation>
    </message>
    <message>
        <source>Only articles that mention these words (either script).</source>
        <translation>只用提及这些词的文章(简繁皆可)。</translation>
    </message>
    <message>
        <source>Print the nodes and pairs as JSON.</source>
        <translation>以 JSON 打印节点和配对。</translation>
    </message>
    <message>
        <source>Write .csv (the pairs), .graphml or .gexf (the network), or draw .png or .svg.</source>
        <translation>写 .csv(配对)、.graphml 或 .gexf(网络),或绘制 .png 或 .svg。</translation>
    </message>
    <message>
        <source>pizhu cooccurrence: %1</source>
        <translation>pizhu cooccurrence:%1</translation>
    </message>
    <message>
        <source>--kinds takes PER, ORG and TAG, not “%1”</source>
        <translation>--kinds 可取 PER、ORG 和 TAG,而不是“%1”</translation>
    </message>
    <message>
        <source>--unit takes article or paragraph, not “%1”</source>
        <translation>--unit 可取 article 或 paragraph,而不是“%1”</translation>
    </message>
    <message>
        <source>--top takes a whole number from 1 to 1000, not “%1”</source>
        <translation>--top 需要 1 到 1000 的整数,而不是“%1”</translation>
    </message>
    <message>
        <source>--min-count takes a whole number from 1, not “%1”</source>
        <translation>--min-count 需要不小于 1 的整数,而不是“%1”</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”:%2</translation>
    </message>
    <message>
        <source>%1: --out writes .csv, .graphml, .gexf, .png or .svg</source>
        <translation>%1:--out 只能写 .csv、.graphml、.gexf、.png 或 .svg</translation>
    </message>
    <message>
        <source>Also write the matrix of the nodes as CSV.</source>
        <translation>另将节点矩阵写成 CSV。</translation>
    </message>
    <message>
        <source>pizhu export: --what %1 writes the whole project; --from, --to, --outlet, --written-in, --attribute, --status and --set limit the CSV tables</source>
        <translation>pizhu export：--what %1 写出整个项目；--from、--to、--outlet、--written-in、--attribute、--status 和 --set 用于限定 CSV 表格</translation>
    </message>
    <message>
        <source>Lists the articles of a corpus, newest first: id, date, outlet and title, or all of an article&apos;s details with its coding status as JSON.</source>
        <translation>列出语料库中的文章，最新的在前：编号、日期、媒体和标题，或以 JSON 给出文章的全部信息及其编码状态。</translation>
    </message>
    <message>
        <source>Exports annotations, article tags, entities, articles, the article-by-tag matrix or memos as CSV (UTF-8 with a byte-order mark, CRLF, RFC 4180).</source>
        <translation>将标注、文章标签、实体、文章、文章×标签矩阵或备忘录导出为 CSV（带字节序标记的 UTF-8，CRLF，RFC 4180）。</translation>
    </message>
    <message>
        <source>annotations, article-tags, entities, articles, matrix or memos (CSV); qdpx (a REFI-QDA project with the texts and all coding) or qdc (the codebook alone, REFI-QDA).</source>
        <translation>annotations、article-tags、entities、articles、matrix 或 memos（CSV）；qdpx（含文本和全部编码的 REFI-QDA 项目）或 qdc（仅编码本，REFI-QDA）。</translation>
    </message>
    <message>
        <source>pizhu export: --what must be annotations, article-tags, entities, articles, matrix, memos, qdpx or qdc</source>
        <translation>pizhu export：--what 须为 annotations、article-tags、entities、articles、matrix、memos、qdpx 或 qdc</translation>
    </message>
    <message>
        <source>make an empty PostgreSQL database a team corpus, with a lead and coders</source>
        <translation>把一个空的 PostgreSQL 数据库设为团队语料库，设一名负责人和若干编码员</translation>
    </message>
    <message>
        <source>pizhu init-team: %1</source>
        <translation>pizhu init-team：%1</translation>
    </message>
    <message>
        <source>Made a team corpus (schema version %1) in %2: lead %3, coders %4.</source>
        <translation>已在 %2 建立团队语料库（模式版本 %1）：负责人 %3，编码员 %4。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Made the login %1 without a password: set one with psql&apos;s \password %1, or let it log in another way (pg_hba.conf).</source>
        <translation>已建立登录名 %1，未设密码：可用 psql 的 \password %1 设置，或以其他方式允许其登录（pg_hba.conf）。</translation>
    </message>
    <message>
        <source>Makes an empty PostgreSQL database a team corpus, with a lead who edits the codebook and the articles and coders who code; the server enforces the roles. Run it as the server&apos;s administrator (a role that may create roles).</source>
        <translation>把一个空的 PostgreSQL 数据库设为团队语料库：负责人编辑编码表和文章，编码员进行编码；角色由服务器强制执行。请以服务器管理员身份（可创建角色的角色）运行。</translation>
    </message>
    <message>
        <source>The database: a libpq address, postgresql://host/database or service=NAME.</source>
        <translation>数据库：libpq 地址，postgresql://主机/数据库 或 service=名称。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The login of the team&apos;s lead (made if missing).</source>
        <translation>团队负责人的登录名（不存在则建立）。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>The login of a coder (made if missing); may be repeated.</source>
        <translation>编码员的登录名（不存在则建立）；可重复指定。</translation>
    </message>
    <message>
        <source>pizhu init-team: --db ADDRESS and --lead LOGIN are required</source>
        <translation>pizhu init-team：必须给出 --db ADDRESS 和 --lead LOGIN</translation>
    </message>
    <message>
        <source>copy a whole corpus between a file and a team corpus on PostgreSQL, either way</source>
        <translation>在语料库文件与 PostgreSQL 上的团队语料库之间双向复制整个语料库</translation>
    </message>
    <message>
        <source>Copies a whole corpus with its codebook, codings, memos and entities: from a corpus file to a team corpus on PostgreSQL (made by pizhu init-team), back to a new file, or between two of either. Ids are kept; the target must be empty; nothing is written unless all of it is copied.</source>
        <translation>复制整个语料库及其编码表、编码、备忘录和实体：从语料库文件复制到 PostgreSQL 上的团队语料库（由 pizhu init-team 建立），或复制回新文件，或在任意两者之间复制。编号保持不变；目标必须为空；只有全部复制成功才会写入。</translation>
    </message>
    <message>
        <source>The corpus to copy: a file, or a PostgreSQL address.</source>
        <translation>要复制的语料库：文件或 PostgreSQL 地址。</translation>
    </message>
    <message>
        <source>FILE|ADDRESS</source>
        <translation>文件|地址</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty team corpus.</source>
        <translation>复制到何处：新文件，或空的团队语料库。</translation>
    </message>
    <message>
        <source>pizhu copy: --from and --to are required</source>
        <translation>pizhu copy：必须给出 --from 和 --to</translation>
    </message>
    <message>
        <source>pizhu copy: %1 exists; a copy goes into a new file, so that nothing is overwritten</source>
        <translation>pizhu copy：%1 已存在；复制只写入新文件，以免覆盖任何内容</translation>
    </message>
    <message>
        <source>pizhu copy: %1</source>
        <translation>pizhu copy：%1</translation>
    </message>
    <message>
        <source>pizhu copy: %1; nothing was copied</source>
        <translation>pizhu copy：%1；未复制任何内容</translation>
    </message>
    <message>
        <source>Copied %1 articles, %2 tags, %3 passages, %4 article tags and %5 memos to %6.</source>
        <translation>已将 %1 篇文章、%2 个标签、%3 个段落、%4 个文章标签和 %5 条备忘录复制到 %6。</translation>
    </message>
    <message>
        <source>The corpus file, or a team corpus&apos;s address (copied to a corpus file).</source>
        <translation>语料库文件，或团队语料库的地址（复制到语料库文件）。</translation>
    </message>
    <message>
        <source>Open or create the corpus FILE, or open the team corpus at ADDRESS, in the window.</source>
        <translation>在窗口中打开或创建语料库文件 FILE，或打开位于 ADDRESS 的团队语料库。</translation>
    </message>
    <message>
        <source>bring a team corpus made by an older Pizhu up to date (as its administrator)</source>
        <translation>将旧版批注创建的团队语料库升级到最新（由其管理员运行）</translation>
    </message>
    <message>
        <source>Brings a team corpus made by an older Pizhu up to date, then prepares its articles for what changed. Run it as the role that made the corpus (or the server&apos;s administrator); the team may go on working meanwhile.</source>
        <translation>将旧版批注创建的团队语料库升级到最新，然后按改动重新准备其文章。请以创建该语料库的角色（或服务器管理员）运行；其间团队可以继续工作。</translation>
    </message>
    <message>
        <source>pizhu upgrade-team: %1</source>
        <translation>pizhu upgrade-team：%1</translation>
    </message>
    <message>
        <source>Upgraded %1 to team revision %2; preparing its articles…</source>
        <translation>已将 %1 升级到团队修订版 %2；正在准备其文章…</translation>
    </message>
    <message>
        <source>%1 is at team revision %2 already; preparing any articles left unprepared…</source>
        <translation>%1 已是团队修订版 %2；正在准备尚未准备好的文章…</translation>
    </message>
    <message>
        <source>pizhu upgrade-team: the articles cannot be prepared (%1); run the command again to finish</source>
        <translation>pizhu upgrade-team：无法准备文章（%1）；请再次运行此命令以完成</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>correct an entity in every article of a corpus, kept as a rule; or list the rules</source>
        <translation>在语料库的每篇文章中更正一个实体，并保存为规则；或列出规则</translation>
    </message>
    <message>
        <source>Corrects an entity in every article of a corpus at once and keeps the correction as a rule of the corpus, which later imports and re-extractions obey. Without a correction, lists the corpus&apos;s rules (type, name, action, coder, time), tab-separated.</source>
        <translation>一次在语料库的每篇文章中更正一个实体，并将更正保存为语料库的规则，之后的导入和重新提取都遵循它。不给出更正时，列出语料库的规则（类型、名称、操作、编码员、时间），以制表符分隔。</translation>
    </message>
    <message>
        <source>The corpus file, or a team corpus&apos;s address.</source>
        <translation>语料库文件，或团队语料库的地址。</translation>
    </message>
    <message>
        <source>The entity&apos;s type as extracted: PER (the default), ORG or FIG.</source>
        <translation>实体提取时的类型：PER（默认）、ORG 或 FIG。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reject the entity NAME everywhere.</source>
        <translation>在所有文章中驳回实体 NAME。</translation>
    </message>
    <message>
        <source>Confirm the entity NAME everywhere.</source>
        <translation>在所有文章中确认实体 NAME。</translation>
    </message>
    <message>
        <source>Make the entity NAME always of the type given by --as.</source>
        <translation>使实体 NAME 始终为 --as 给出的类型。</translation>
    </message>
    <message>
        <source>With --retype: PER, ORG or FIG.</source>
        <translation>与 --retype 一起使用：PER、ORG 或 FIG。</translation>
    </message>
    <message>
        <source>Make the entity NAME always the one given by --into.</source>
        <translation>使实体 NAME 始终为 --into 给出的实体。</translation>
    </message>
    <message>
        <source>With --merge: the name it stands for.</source>
        <translation>与 --merge 一起使用：它所指的名称。</translation>
    </message>
    <message>
        <source>Drop the rule for NAME; what it changed stays.</source>
        <translation>删除 NAME 的规则；它已作的更改保留。</translation>
    </message>
    <message>
        <source>pizhu entity-rules: %1</source>
        <translation>pizhu entity-rules：%1</translation>
    </message>
    <message>
        <source>give one correction at a time, not --%1</source>
        <translation>一次只能给出一个更正，而不是 --%1</translation>
    </message>
    <message>
        <source>--type must be PER, ORG or FIG, not “%1”</source>
        <translation>--type 必须是 PER、ORG 或 FIG，而不是“%1”</translation>
    </message>
    <message>
        <source>--retype needs --as PER, ORG or FIG</source>
        <translation>--retype 需要 --as PER、ORG 或 FIG</translation>
    </message>
    <message>
        <source>--merge needs --into NAME</source>
        <translation>--merge 需要 --into NAME</translation>
    </message>
    <message>
        <source>Forgot the rule for “%1”; later imports and re-extractions no longer apply it.</source>
        <translation>已删除“%1”的规则；之后的导入和重新提取不再应用它。</translation>
    </message>
    <message numerus="yes">
        <source>Corrected “%1” in %n article(s); later imports and re-extractions do the same.</source>
        <translation>
            <numerusform>已在 %n 篇文章中更正“%1”；之后的导入和重新提取也将如此。</numerusform>
        </translation>
    </message>
    <message>
        <source>Makes the corpus&apos;s own entity model: the shipped one, with the people and organisations the corpus&apos;s researchers confirmed, retyped or added in its lexicon; keeps it in the corpus and extracts every article again with it (corrections are kept). The articles whose suggestions changed are saved as an article set to review.</source>
        <translation>生成语料库自己的实体模型：即随附模型，并将研究者在本语料库中确认、更改类型或手动添加的人物和机构加入其词典；将其保存在语料库中，并用它重新提取每篇文章（更正保留）。建议有变化的文章保存为文章集以供复核。</translation>
    </message>
    <message>
        <source>Say whether the corpus has an adapted model, and from what.</source>
        <translation>说明语料库是否有调整后的模型，以及其来源。</translation>
    </message>
    <message numerus="yes">
        <source>Adapted by %1 at %2 with %n name(s) of the corpus.</source>
        <translation>
            <numerusform>由 %1 于 %2 用语料库的 %n 个名称调整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The corpus uses the shipped entity model.</source>
        <translation>语料库使用随附的实体模型。</translation>
    </message>
    <message>
        <source>pizhu adapt-model: %1</source>
        <translation>pizhu adapt-model：%1</translation>
    </message>
    <message>
        <source>The corpus uses the shipped entity model again.</source>
        <translation>语料库重新使用随附的实体模型。</translation>
    </message>
    <message numerus="yes">
        <source>The model knows %n name(s) of the corpus now.</source>
        <translation>
            <numerusform>模型现在认识语料库的 %n 个名称。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracting again with the adapted model changed no suggestion.</source>
        <translation>用调整后的模型重新提取，没有建议发生变化。</translation>
    </message>
    <message numerus="yes">
        <source>Extracting again changed %1 suggestions in %n article(s); they are in the article set “%2”.</source>
        <translation>
            <numerusform>重新提取使 %n 篇文章中的 %1 条建议发生变化；这些文章在文章集“%2”中。</numerusform>
        </translation>
    </message>
    <message>
        <source>adapt the entity model to a corpus from its corrections and extract again with it</source>
        <translation>根据语料库的更正调整实体模型，并用它重新提取</translation>
    </message>
    <message>
        <source>Drop the corpus&apos;s adapted model and extract every article again with the shipped one (the names the corpus&apos;s researchers confirmed or added still count).</source>
        <translation>删除语料库调整后的模型，并用随附模型重新提取每篇文章（语料库研究者确认或添加的名称仍然有效）。</translation>
    </message>
</context>
<context>
    <name>Pizhu::Concordance</name>
    <message>
        <source>nothing to search for</source>
        <translation>没有可搜索的内容</translation>
    </message>
</context>
<context>
    <name>Pizhu::ConcordanceDialog</name>
    <message>
        <source>Only the articles the list shows now</source>
        <translation>只用列表当前显示的文章</translation>
    </message>
    <message>
        <source>Tag whole sentences</source>
        <translation>标注整句</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>A word or phrase, in either script: 党员, 黨員, &quot;quoted phrase&quot;</source>
        <translation>词或短语,简繁皆可:党员、黨員、&quot;带引号的短语&quot;</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>As the articles come</source>
        <translation>按文章顺序</translation>
    </message>
    <message>
        <source>By the context before (read backwards)</source>
        <translation>按前文(倒序读)</translation>
    </message>
    <message>
        <source>By the context after</source>
        <translation>按后文</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>按媒体</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>按标题</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tag Chosen Hits…</source>
        <translation>标注所选出现(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Concordance</source>
        <translation>保存索引</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Finding every hit to sort them…</source>
        <translation>正在查找全部出现以便排序…</translation>
    </message>
    <message>
        <source>Finding every hit…</source>
        <translation>正在查找全部出现…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n hit(s) of %1</source>
        <translation>
            <numerusform>标注 %1 的 %n 处出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) tagged; Edit → Undo takes them away again.</source>
        <translation>
            <numerusform>已标注 %n 个段落;编辑 → 撤销可将其去掉。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) so far; more as you scroll</source>
        <translation>
            <numerusform>目前 %n 处出现;滚动可看到更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pizhu::ConcordanceJob</name>
    <message>
        <source>Finding every hit of %1</source>
        <translation>正在查找 %1 的全部出现</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) so far</source>
        <translation>
            <numerusform>目前 %n 处出现</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pizhu::ConcordanceModel</name>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>出现</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Pizhu::ConsoleQueryJob</name>
    <message>
        <source>Running query</source>
        <translation>正在运行查询</translation>
    </message>
</context>
<context>
    <name>Pizhu::Cooccurrence</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Reading paragraphs</source>
        <translation>正在读取段落</translation>
    </message>
</context>
<context>
    <name>Pizhu::CooccurrenceDialog</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Only the articles the list shows now</source>
        <translation>只用列表当前显示的文章</translation>
    </message>
    <message>
        <source>Only articles published from</source>
        <translation>只用发表于以下期间的文章:自</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>共现</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation>保存图片(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;Network…</source>
        <translation>保存网络(&amp;N)…</translation>
    </message>
    <message>
        <source>Save Picture</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation>图片 (*.png *.svg)</translation>
    </message>
    <message>
        <source>Save Network</source>
        <translation>保存网络</translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF (*.gexf);;Pairs as CSV (*.csv)</source>
        <translation>GraphML (*.graphml);;GEXF (*.gexf);;配对 CSV (*.csv)</translation>
    </message>
    <message>
        <source>In the same article</source>
        <translation>在同一篇文章中</translation>
    </message>
    <message>
        <source>In the same paragraph</source>
        <translation>在同一段落中</translation>
    </message>
    <message>
        <source>The most frequent of each kind are shown</source>
        <translation>显示每类中最常见的</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示:</translation>
    </message>
    <message>
        <source>Together:</source>
        <translation>同时出现:</translation>
    </message>
    <message>
        <source>Most frequent:</source>
        <translation>最常见:</translation>
    </message>
    <message>
        <source>Pairs seen at least:</source>
        <translation>配对至少出现:</translation>
    </message>
    <message>
        <source>Choose people, organisations or tags to show.</source>
        <translation>请选择要显示的人物、机构或标签。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of the kinds chosen in %1.</source>
        <translation>%1 中没有所选类别的内容。</translation>
    </message>
    <message>
        <source>%1 names or tags, %2 pairs, in %3.</source>
        <translation>%3 中有 %1 个名称或标签、%2 个配对。</translation>
    </message>
    <message numerus="yes">
        <source>Articles with %1 (%n article(s))</source>
        <translation>
            <numerusform>含 %1 的文章(%n 篇)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %2 (%n article(s))</source>
        <translation>
            <numerusform>%1 与 %2 同现(%n 篇文章)</numerusform>
        </translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Save &amp;Matrix as CSV…</source>
        <translation>将矩阵存为 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>Save Matrix</source>
        <translation>保存矩阵</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Pizhu::CooccurrenceJob</name>
    <message>
        <source>Counting what occurs together</source>
        <translation>正在统计共现</translation>
    </message>
    <message>
        <source>Laying out the network</source>
        <translation>正在排布网络</translation>
    </message>
</context>
<context>
    <name>Pizhu::CooccurrencePairModel</name>
    <message numerus="yes">
        <source>%1 (%2): in %n unit(s)</source>
        <translation>
            <numerusform>%1(%2):出现于 %n 个单位</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>With</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Articles together</source>
        <translation>同现文章数</translation>
    </message>
    <message>
        <source>Paragraphs together</source>
        <translation>同现段落数</translation>
    </message>
    <message>
        <source>PMI</source>
        <translation>PMI</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusBackup</name>
    <message>
        <source>%1: the corpus is not open</source>
        <translation>%1：语料库未打开</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1：无法创建（%2）</translation>
    </message>
    <message>
        <source>%1: the backup failed (%2); nothing was written</source>
        <translation>%1：备份失败（%2）；未写入任何文件</translation>
    </message>
    <message>
        <source>%1: the backup could not be put in place</source>
        <translation>%1：备份无法放到目标位置</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: the copy is damaged (%2), so the corpus itself may be; nothing was written. Restore an earlier backup (each schema upgrade also leaves one, .vN-backup)</source>
        <translation>%1：副本已损坏（%2），语料库本身可能也已损坏；未写入任何内容。请从较早的备份恢复（每次结构升级也会留下一份 .vN-backup）</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusCheckJob</name>
    <message>
        <source>Checking the file&apos;s structure</source>
        <translation>正在检查文件结构</translation>
    </message>
    <message>
        <source>the file&apos;s structure is damaged (%1)</source>
        <translation>文件结构已损坏（%1）</translation>
    </message>
    <message>
        <source>the file&apos;s structure is damaged: %1</source>
        <translation>文件结构已损坏：%1</translation>
    </message>
    <message>
        <source>the texts cannot all be read (%1)</source>
        <translation>正文无法全部读取（%1）</translation>
    </message>
    <message>
        <source>article %1: its text no longer matches its checksum</source>
        <translation>第 %1 篇文章：正文与校验和不再一致</translation>
    </message>
    <message>
        <source>the texts after article %1 cannot be read (%2)</source>
        <translation>第 %1 篇之后的正文无法读取（%2）</translation>
    </message>
    <message>
        <source>Checking the texts</source>
        <translation>正在检查正文</translation>
    </message>
    <message>
        <source>the search index is damaged (%1)</source>
        <translation>搜索索引已损坏（%1）</translation>
    </message>
    <message numerus="yes">
        <source>The check was stopped after %n text(s); no damage was found in what it read.</source>
        <translation>
            <numerusform>检查在 %n 篇正文后停止；已读取的部分未发现损坏。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The corpus is sound: its structure, %n text(s) and the search index passed the check.</source>
        <translation>
            <numerusform>语料库完好：文件结构、%n 篇正文和搜索索引均通过检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>The corpus is damaged:
%1
Restore it from a backup (File → Back Up Corpus… makes them; each schema upgrade also leaves one, .vN-backup).</source>
        <translation>语料库已损坏：
%1
请从备份恢复（“文件 → 备份语料库…”可以制作备份；每次结构升级也会留下一份 .vN-backup）。</translation>
    </message>
    <message>
        <source>Checking the corpus</source>
        <translation>正在检查语料库</translation>
    </message>
    <message>
        <source>article %1: its simplified copy does not fit its text</source>
        <translation>文章 %1：其简体副本与正文不符</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusCopy</name>
    <message>
        <source>the %1 is not a Pizhu corpus (%2)</source>
        <translation>%1不是批注语料库（%2）</translation>
    </message>
    <message>
        <source>the %1 has schema version %2, and this Pizhu copies version %3 only</source>
        <translation>%1的模式版本为 %2，本版批注只能复制版本 %3</translation>
    </message>
    <message>
        <source>the target already holds articles, tags or memos; a copy goes into an empty corpus (a new file, or a database made by pizhu init-team)</source>
        <translation>目标已有文章、标签或备忘录；复制只能写入空语料库（新文件，或由 pizhu init-team 建立的数据库）</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the search index cannot be written: %1</source>
        <translation>无法写入搜索索引：%1</translation>
    </message>
    <message>
        <source>the numbering of %1 cannot be set on %2: %3</source>
        <translation>无法在 %2 上设置 %1 的编号：%3</translation>
    </message>
    <message>
        <source>the text of article %1 is damaged: its simplified copy does not fit it</source>
        <translation>文章 %1 的文本已损坏：其简体副本与正文不符</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>the folder is not writable, so no corpus can be created there</source>
        <translation>文件夹不可写，无法在此创建语料库</translation>
    </message>
    <message>
        <source>this is a folder, not a corpus file</source>
        <translation>这是一个文件夹，不是语料库文件</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>the file is not a Pizhu corpus (it is not an SQLite database)</source>
        <translation>该文件不是批注语料库（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>the file is read-only; Pizhu needs to write to a corpus</source>
        <translation>文件为只读；批注需要写入语料库</translation>
    </message>
    <message>
        <source>the folder is read-only; SQLite needs it for the corpus&apos;s journal</source>
        <translation>文件夹为只读；SQLite 需要在其中写入语料库日志</translation>
    </message>
    <message>
        <source>the corpus is locked by another program</source>
        <translation>语料库被另一个程序锁定</translation>
    </message>
    <message>
        <source>the file is not a usable database (%1)</source>
        <translation>该文件不是可用的数据库（%1）</translation>
    </message>
    <message>
        <source>the file is an SQLite database but not a Pizhu corpus</source>
        <translation>该文件是 SQLite 数据库，但不是批注语料库</translation>
    </message>
    <message>
        <source>the corpus has schema version %1, newer than this Pizhu understands (%2); open it with a newer Pizhu</source>
        <translation>语料库的结构版本为 %1，比此版本批注支持的版本（%2）新；请用更新的批注打开</translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging (%1)</source>
        <translation>SQLite 拒绝了预写日志模式（%1）</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>the schema was not upgraded, because the backup before it failed: %1</source>
        <translation>由于升级前的备份失败，结构未升级：%1</translation>
    </message>
    <message>
        <source>the corpus file is damaged (%1). Restore it from a backup: File → Back Up Corpus… makes them, and each schema upgrade leaves one beside the corpus (.vN-backup)</source>
        <translation>语料库文件已损坏（%1）。请从备份恢复：“文件 → 备份语料库…”可以制作备份，每次升级数据库结构时也会在语料库旁留下一份（.vN-backup）</translation>
    </message>
    <message>
        <source>it is shorter than its header says, so it was cut off</source>
        <translation>文件比其文件头所记录的短，已被截断</translation>
    </message>
    <message>
        <source>the corpus has schema version %1, which no Pizhu writes; another program changed it</source>
        <translation>语料库的结构版本为 %1，批注从不写入这样的版本；它被其他程序改动过</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>the database is not a Pizhu team corpus (pizhu init-team makes one)</source>
        <translation>该数据库不是批注团队语料库（可用 pizhu init-team 建立）</translation>
    </message>
    <message>
        <source>the team corpus has schema version %1, older than this Pizhu&apos;s (%2); upgrading team corpora is not possible yet</source>
        <translation>团队语料库的模式版本为 %1，比本版批注的（%2）旧；目前尚不能升级团队语料库</translation>
    </message>
    <message>
        <source>the team corpus is at revision %1, newer than this Pizhu understands (%2); open it with a newer Pizhu</source>
        <translation>团队语料库的修订版为 %1，比此版批注所能理解的（%2）更新；请用更新的批注打开</translation>
    </message>
    <message>
        <source>the team corpus was made by an older Pizhu (revision %1, this one needs %2); the server&apos;s administrator upgrades it with: pizhu upgrade-team --db %3</source>
        <translation>团队语料库由旧版批注创建（修订版 %1，此版需要 %2）；服务器管理员可用以下命令升级：pizhu upgrade-team --db %3</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusEntitiesDialog</name>
    <message>
        <source>Entities in Corpus</source>
        <translation>语料库实体</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Activate an entity to list the articles that mention it; its context menu corrects it in every article.</source>
        <translation>激活实体可列出提及它的文章；其右键菜单可在每篇文章中更正它。</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusEntityCorrections</name>
    <message>
        <source>“%1” is of that type already</source>
        <translation>“%1”已是该类型</translation>
    </message>
    <message>
        <source>name the entity that “%1” is to be merged into</source>
        <translation>请说明“%1”要合并到的实体</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself</source>
        <translation>“%1”不能合并到自身</translation>
    </message>
    <message>
        <source>the corpus has no rule for the %1 “%2”</source>
        <translation>语料库中没有 %1“%2”的规则</translation>
    </message>
    <message>
        <source>an entity without a name cannot be corrected</source>
        <translation>没有名称的实体无法更正</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusEntityModel</name>
    <message>
        <source>The corpus&apos;s adapted entity model</source>
        <translation>语料库调整后的实体模型</translation>
    </message>
    <message>
        <source>%1 Entities are extracted with the shipped model.</source>
        <translation>%1 实体改用随附模型提取。</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusFileActions</name>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>News articles (*.txt *.html *.htm *.csv *.jsonl);;All files (*)</source>
        <translation>新闻文章 (*.txt *.html *.htm *.csv *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Back Up Corpus</source>
        <translation>备份语料库</translation>
    </message>
    <message>
        <source>Pizhu corpora (*.pizhu)</source>
        <translation>批注语料库 (*.pizhu)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Import %p%</source>
        <translation>导入 %p%</translation>
    </message>
    <message>
        <source>Check Corpus</source>
        <translation>检查语料库</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Corpus…</source>
        <translation>备份语料库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check Corpus…</source>
        <translation>检查语料库(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusFiles</name>
    <message>
        <source>Open Corpus</source>
        <translation>打开语料库</translation>
    </message>
    <message>
        <source>The corpus cannot be opened, and the file was left as it is.

%1</source>
        <translation>无法打开语料库，文件未作任何改动。

%1</translation>
    </message>
    <message>
        <source>New Corpus</source>
        <translation>新建语料库</translation>
    </message>
    <message>
        <source>Pizhu corpora (%1)</source>
        <translation>批注语料库 (%1)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose Open Corpus to open it, or another name.</source>
        <translation>%1 已存在。请用“打开语料库”打开它，或换一个名称。</translation>
    </message>
    <message>
        <source>Pizhu corpora (%1);;All files (*)</source>
        <translation>批注语料库 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a corpus. Make a new corpus in it?</source>
        <translation>%1 是一个空文件，不是语料库。要在其中新建语料库吗？</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>服务器要求输入 %1 的密码。</translation>
    </message>
    <message>
        <source>The password was not accepted. The password of %1:</source>
        <translation>密码未被接受。%1 的密码：</translation>
    </message>
    <message>
        <source>Open Team Corpus</source>
        <translation>打开团队语料库</translation>
    </message>
    <message>
        <source>The team corpus cannot be opened.

%1</source>
        <translation>无法打开团队语料库。

%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>the corpus cannot be written (%1)</source>
        <translation>无法写入语料库（%1）</translation>
    </message>
    <message>
        <source>the corpus refused it (%1)</source>
        <translation>语料库拒绝写入（%1）</translation>
    </message>
    <message>
        <source>not stored: writing its batch to the corpus failed, so none of the batch was kept (%1)</source>
        <translation>未保存：写入其所在批次时失败，该批次没有任何文章被保留（%1）</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusSession</name>
    <message>
        <source>a tag needs a name</source>
        <translation>标签需要名称</translation>
    </message>
    <message>
        <source>a tag name cannot contain “/”, which separates the levels of a tag path</source>
        <translation>标签名称不能包含“/”，它用于分隔标签路径的层级</translation>
    </message>
    <message>
        <source>there is already a tag “%1” at that level</source>
        <translation>该层级已有标签“%1”</translation>
    </message>
    <message>
        <source>there is no parent tag %1</source>
        <translation>没有上级标签 %1</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>没有标签 %1</translation>
    </message>
    <message>
        <source>a tag cannot move below itself</source>
        <translation>标签不能移到自身之下</translation>
    </message>
    <message>
        <source>both tags must exist to merge them</source>
        <translation>两个标签都必须存在才能合并</translation>
    </message>
    <message>
        <source>a tag cannot be merged into itself or a tag below it</source>
        <translation>标签不能合并到自身或其下的标签</translation>
    </message>
    <message>
        <source>merge or move the tags below “%1” first</source>
        <translation>请先合并或移走“%1”下的标签</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>没有文章 %1</translation>
    </message>
    <message>
        <source>the passage %1–%2 is not within the article</source>
        <translation>段落 %1–%2 不在文章范围内</translation>
    </message>
    <message>
        <source>there is no passage %1</source>
        <translation>没有段落 %1</translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation>没有实体 %1</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself</source>
        <translation>“%1”不能合并到自身</translation>
    </message>
    <message>
        <source>only entities of the same article can be merged</source>
        <translation>只能合并同一篇文章中的实体</translation>
    </message>
    <message>
        <source>select the words that name the entity</source>
        <translation>请选中实体的名称文字</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>文章需要标题</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2022-03-25, 2022-03-25 16:43 or 2022年3月25日</source>
        <translation>“%1”不是日期：请写作 2022-03-25、2022-03-25 16:43 或 2022年3月25日</translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvExport</name>
    <message>
        <source>%1: the export was cancelled; no file was written</source>
        <translation>%1：导出已取消；未写入任何文件</translation>
    </message>
    <message>
        <source>%1: the export failed (%2); no file was written</source>
        <translation>%1：导出失败（%2）；未写入任何文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvFile</name>
    <message>
        <source>it cannot be written (%1)</source>
        <translation>无法写入（%1）</translation>
    </message>
    <message>
        <source>writing it failed (%1); free some space, or choose another folder, and try again; no file was written</source>
        <translation>写入失败（%1）；请腾出空间或选择其他文件夹后重试；未写入任何文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvReader</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>第 %1 行开始的引号字段没有结束</translation>
    </message>
    <message>
        <source>a field on line %1 is longer than %2 MB; the row was skipped</source>
        <translation>第 %1 行的一个字段超过 %2 MB；该行已跳过</translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvSource</name>
    <message>
        <source>the CSV file has no header row</source>
        <translation>CSV 文件没有表头行</translation>
    </message>
    <message>
        <source>the header names no text column (text, content or body): %1</source>
        <translation>表头中没有正文列（text、content 或 body）：%1</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>该行有 %1 个字段，而表头有 %2 个</translation>
    </message>
</context>
<context>
    <name>Pizhu::DisagreementListModel</name>
    <message>
        <source>whole article</source>
        <translation>整篇文章</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>字符 %1–%2</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>in a passage</source>
        <translation>在段落中</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>did not code the article</source>
        <translation>未编码该文章</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityActions</name>
    <message>
        <source>&amp;Entities in Corpus…</source>
        <translation>语料库实体(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Re-extract Entities</source>
        <translation>重新提取实体(&amp;R)</translation>
    </message>
    <message>
        <source>Extracts people, organisations and figures again; corrections are kept.</source>
        <translation>重新提取人物、机构和数字；保留所有更正。</translation>
    </message>
    <message>
        <source>Articles mentioning “%1”</source>
        <translation>提及“%1”的文章</translation>
    </message>
    <message>
        <source>&amp;Adapt Entity Model</source>
        <translation>调整实体模型(&amp;A)</translation>
    </message>
    <message>
        <source>Adapt Entity Model</source>
        <translation>调整实体模型</translation>
    </message>
    <message>
        <source>The entity model was not adapted: %1</source>
        <translation>实体模型未调整：%1</translation>
    </message>
    <message numerus="yes">
        <source>The entity model knows %n name(s) of this corpus; no suggestion changed.</source>
        <translation>
            <numerusform>实体模型认识本语料库的 %n 个名称；没有建议发生变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The entity model knows %1 names of this corpus; %2 suggestions changed in %n article(s), listed in the article set “%3”.</source>
        <translation>
            <numerusform>实体模型认识本语料库的 %1 个名称；%n 篇文章中的 %2 条建议发生变化，列于文章集“%3”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracts every article again with the people and organisations confirmed or added in this corpus, kept in its own entity model; corrections are kept.</source>
        <translation>用本语料库中已确认或手动添加的人物和机构重新提取每篇文章，并将它们保存在语料库自己的实体模型中；更正保留。</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityCorrectionMenu</name>
    <message>
        <source>Everywhere in the &amp;Corpus</source>
        <translation>在整个语料库中(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reject Everywhere</source>
        <translation>全部驳回(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;onfirm Everywhere</source>
        <translation>全部确认(&amp;O)</translation>
    </message>
    <message>
        <source>Always a &amp;Person</source>
        <translation>始终是人物(&amp;P)</translation>
    </message>
    <message>
        <source>Always an &amp;Organisation</source>
        <translation>始终是机构(&amp;O)</translation>
    </message>
    <message>
        <source>Always a &amp;Figure</source>
        <translation>始终是数字(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Merge Everywhere Into…</source>
        <translation>全部合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge Everywhere</source>
        <translation>全部合并</translation>
    </message>
    <message>
        <source>Name that “%1” stands for in every article (where an article has both, they are merged):</source>
        <translation>“%1”在每篇文章中所指的名称（文章中两者都有时合并）：</translation>
    </message>
    <message>
        <source>&amp;Forget the Corpus Rule</source>
        <translation>删除语料库规则(&amp;F)</translation>
    </message>
    <message>
        <source>Forget the Corpus Rule</source>
        <translation>删除语料库规则</translation>
    </message>
    <message>
        <source>Later imports and re-extractions no longer apply the rule; what it changed stays.</source>
        <translation>之后的导入和重新提取不再应用该规则；它已作的更改保留。</translation>
    </message>
    <message>
        <source>List Articles Mentioning “%1”</source>
        <translation>列出提及“%1”的文章</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityDock</name>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>筛选实体</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous mention</source>
        <translation>上一处提及</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next mention</source>
        <translation>下一处提及</translation>
    </message>
    <message>
        <source>Show rejected</source>
        <translation>显示已驳回</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>添加实体</translation>
    </message>
    <message>
        <source>Add as &amp;Entity</source>
        <translation>添加为实体(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>更改类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Merge into Current</source>
        <translation>合并到当前实体(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityModel</name>
    <message>
        <source>Cannot write the entity model %1: %2</source>
        <translation>无法写入实体模型 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the entity model %1: %2</source>
        <translation>无法读取实体模型 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Pizhu entity model.</source>
        <translation>%1 不是批注的实体模型。</translation>
    </message>
    <message>
        <source>%1 is an entity model of another file format (%2; this Pizhu reads %3).</source>
        <translation>%1 是另一种文件格式的实体模型（%2；此版本批注读取 %3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its weights cannot be unpacked.</source>
        <translation>%1 已损坏：无法解压其权重。</translation>
    </message>
    <message>
        <source>%1 was trained on other features (version %2; this Pizhu computes version %3).</source>
        <translation>%1 是用其他特征训练的（版本 %2；此版本批注计算版本 %3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its weights are incomplete.</source>
        <translation>%1 已损坏：其权重不完整。</translation>
    </message>
    <message>
        <source>%1 is damaged: its word list is incomplete.</source>
        <translation>%1 已损坏：其词表不完整。</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityStore</name>
    <message>
        <source>no entity %1</source>
        <translation>没有实体 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityTableModel</name>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityTreeModel</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>多于</translation>
    </message>
    <message>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>将近</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Role or value</source>
        <translation>职务或数值</translation>
    </message>
</context>
<context>
    <name>Pizhu::ExchangeActions</name>
    <message>
        <source>Export REFI-QDA &amp;Project…</source>
        <translation>导出 REFI-QDA 项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>导出 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Co&amp;debook…</source>
        <translation>导出 REFI-QDA 编码本(&amp;D)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA Codebook</source>
        <translation>导出 REFI-QDA 编码本</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA 编码本 (*.qdc)</translation>
    </message>
    <message>
        <source>Import REFI-QDA Pro&amp;ject…</source>
        <translation>导入 REFI-QDA 项目(&amp;J)…</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>导入 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc)</source>
        <translation>REFI-QDA 项目和编码本 (*.qdpx *.qdc)</translation>
    </message>
    <message>
        <source>&amp;Merge Coder&apos;s Corpus…</source>
        <translation>合并编码员的语料库(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge Coder&apos;s Corpus</source>
        <translation>合并编码员的语料库</translation>
    </message>
    <message>
        <source>Pizhu corpora (*.pizhu)</source>
        <translation>批注语料库 (*.pizhu)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:

%2</source>
        <translation>%1 未导入；未做任何更改：

%2</translation>
    </message>
    <message>
        <source>%1 was not merged: %2</source>
        <translation>%1 未合并：%2</translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>来自 %1：%2。</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>未采用：</translation>
    </message>
    <message>
        <source>Edit → Undo takes it all out again.</source>
        <translation>“编辑 → 撤销”可将其全部撤回。</translation>
    </message>
    <message>
        <source>Coding Merged</source>
        <translation>编码已合并</translation>
    </message>
</context>
<context>
    <name>Pizhu::ExportDialog</name>
    <message>
        <source>Start with a byte-order mark (Excel needs it to show Chinese)</source>
        <translation>以字节顺序标记开头（Excel 需要它才能正确显示中文）</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Annotations (tagged passages)</source>
        <translation>标注（已标注的段落）</translation>
    </message>
    <message>
        <source>Article × tag matrix</source>
        <translation>文章 × 标签矩阵</translation>
    </message>
    <message>
        <source>Articles (metadata)</source>
        <translation>文章（元数据）</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>表：</translation>
    </message>
    <message>
        <source>Quoted text in:</source>
        <translation>引文字形：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>One row per article and coder</source>
        <translation>每篇文章每位编码员一行</translation>
    </message>
    <message>
        <source>Article tags (tags on whole articles)</source>
        <translation>文章标签（整篇文章的标签）</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n article(s) listed, not the whole corpus</source>
        <translation>
            <numerusform>只导出列出的 %n 篇文章，而非整个语料库</numerusform>
        </translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Only the articles listed, not the whole corpus</source>
        <translation>只导出列出的文章，而非整个语料库</translation>
    </message>
</context>
<context>
    <name>Pizhu::ExportJob</name>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>Pizhu::FindBar</name>
    <message>
        <source>Find in article (either script)</source>
        <translation>在文章中查找（简繁皆可）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Pizhu::FolderScanner</name>
    <message>
        <source>the folder cannot be read (no permission), so its files were not imported</source>
        <translation>无法读取该文件夹（没有权限），其中的文件未导入</translation>
    </message>
</context>
<context>
    <name>Pizhu::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <source>Files that cannot be imported are listed here with the reason.</source>
        <translation>无法导入的文件会连同原因列在这里。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Imported: %1 · Already in the corpus: %2 · Failed: %3</source>
        <translation>已导入：%1 · 已在语料库中：%2 · 失败：%3</translation>
    </message>
    <message>
        <source>Import cancelled. What was imported stays in the corpus.</source>
        <translation>导入已取消。已导入的内容保留在语料库中。</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>当前文件完成后取消…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Pizhu::ImportJob</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 个文件，共 %2 个：%3</translation>
    </message>
</context>
<context>
    <name>Pizhu::JobStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this work; what is finished stays</source>
        <translation>停止此项工作；已完成的部分会保留</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::JsonlSource</name>
    <message>
        <source>JSON Lines in UTF-16 cannot be read line by line; save the file as UTF-8</source>
        <translation>UTF-16 编码的 JSON Lines 无法逐行读取；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>the line is longer than 50 MB</source>
        <translation>该行超过 50 MB</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>不是有效的 JSON（第 %2 个字符处：%1）</translation>
    </message>
    <message>
        <source>the line is JSON but not an object with named fields</source>
        <translation>该行是 JSON，但不是带字段名的对象</translation>
    </message>
    <message>
        <source>the record holds %1, half of a UTF-16 surrogate pair with no other half, which is no character; fix the escape and import it again</source>
        <translation>该记录含有 %1，这是缺了另一半的 UTF-16 代理对，不是字符；请修正转义后重新导入</translation>
    </message>
    <message>
        <source>the field “%1” holds a NUL character (\u0000), which is no text; remove it and import the record again</source>
        <translation>字段“%1”含有 NUL 字符（\u0000），不是文本；请删除后重新导入该记录</translation>
    </message>
</context>
<context>
    <name>Pizhu::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n 篇文章匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>&amp;Search Corpus</source>
        <translation>搜索语料库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Pizhu</source>
        <translation>关于批注(&amp;A)</translation>
    </message>
    <message>
        <source>Article %1 could not be read from the corpus.</source>
        <translation>无法从语料库读取文章 %1。</translation>
    </message>
    <message>
        <source>%1 — Pizhu</source>
        <translation>%1 — 批注</translation>
    </message>
    <message numerus="yes">
        <source>Article %1 of %n</source>
        <translation>
            <numerusform>第 %1 篇，共 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>About Pizhu</source>
        <translation>关于批注</translation>
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
        <source>Edit failed</source>
        <translation>编辑失败</translation>
    </message>
    <message>
        <source>Articles without “%1”</source>
        <translation>没有“%1”的文章</translation>
    </message>
    <message>
        <source>Articles with “%1”</source>
        <translation>带有“%1”的文章</translation>
    </message>
    <message>
        <source>&amp;New Corpus…</source>
        <translation>新建语料库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>打开语料库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Codebook</source>
        <translation>编码表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;SQL Console…</source>
        <translation>SQL 控制台(&amp;S)…</translation>
    </message>
    <message>
        <source>The corpus was upgraded to a new schema; a copy of it as it was is in %1</source>
        <translation>语料库已升级到新的结构；升级前的副本保存在 %1</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pizhu %1&lt;/h3&gt;&lt;p&gt;A reader and annotation workbench for Chinese news corpora.&lt;/p&gt;&lt;p&gt;Qt %2 · OpenCC %3 · SQLite %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Corpus: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;批注 %1&lt;/h3&gt;&lt;p&gt;中文新闻语料的阅读与标注工作台。&lt;/p&gt;&lt;p&gt;Qt %2 · OpenCC %3 · SQLite %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;语料库：%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Team Corpus…</source>
        <translation>打开团队语料库(&amp;T)…</translation>
    </message>
    <message>
        <source>Article %1 (counting the list…)</source>
        <translation>第 %1 篇（正在统计列表…）</translation>
    </message>
    <message>
        <source>Counting the list…</source>
        <translation>正在统计列表…</translation>
    </message>
</context>
<context>
    <name>Pizhu::MemoDock</name>
    <message>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>&amp;New Memo</source>
        <translation>新建备忘录(&amp;N)</translation>
    </message>
    <message>
        <source>Delete &amp;Memo</source>
        <translation>删除备忘录(&amp;M)</translation>
    </message>
    <message>
        <source>Find in memos, either script</source>
        <translation>在备忘录中查找，简繁皆可</translation>
    </message>
    <message>
        <source>Choose a memo, or write a new one</source>
        <translation>选择一条备忘录，或写一条新的</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>All memos</source>
        <translation>全部备忘录</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>New Memo</source>
        <translation>新建备忘录</translation>
    </message>
    <message>
        <source>Delete Memo</source>
        <translation>删除备忘录</translation>
    </message>
</context>
<context>
    <name>Pizhu::MemoListModel</name>
    <message>
        <source>Article: %1</source>
        <translation>文章：%1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
</context>
<context>
    <name>Pizhu::Memos</name>
    <message>
        <source>there is no article %1</source>
        <translation>没有文章 %1</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>没有标签 %1</translation>
    </message>
    <message>
        <source>there is no memo %1</source>
        <translation>没有备忘录 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::Migrations</name>
    <message>
        <source>the corpus says it has schema version %1, but it already holds what version %2 adds (%3): another program, or an older Pizhu stopped half-way, changed it. Nothing was changed; restore the corpus from a backup, or ask for help with the file</source>
        <translation>语料库声称其结构版本为 %1，但已包含版本 %2 才添加的内容（%3）：它曾被其他程序或中途停止的旧版批注改动。未做任何更改；请从备份恢复语料库，或就此文件寻求帮助</translation>
    </message>
    <message>
        <source>upgrading the corpus to schema version %1 failed (%2); nothing was changed</source>
        <translation>将语料库升级到结构版本 %1 失败（%2）；未做任何更改</translation>
    </message>
</context>
<context>
    <name>Pizhu::NetworkExport</name>
    <message>
        <source>%1: a network is saved as .csv, .graphml or .gexf</source>
        <translation>%1:网络只能保存为 .csv、.graphml 或 .gexf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::NetworkLayout</name>
    <message>
        <source>Graphviz could not be started</source>
        <translation>无法启动 Graphviz</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the network</source>
        <translation>Graphviz 无法排布此网络</translation>
    </message>
</context>
<context>
    <name>Pizhu::NetworkView</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: together in %n unit(s); PMI %3, Dice %4</source>
        <translation>
            <numerusform>%1 与 %2:同现于 %n 个单位;PMI %3,Dice %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): in %n unit(s)</source>
        <translation>
            <numerusform>%1(%2):出现于 %n 个单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pizhu::PictureExport</name>
    <message>
        <source>%1: a picture is saved as .png or .svg</source>
        <translation>%1:图片只能保存为 .png 或 .svg</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the picture could not be drawn</source>
        <translation>无法绘制图片</translation>
    </message>
</context>
<context>
    <name>Pizhu::PreferencesDialog</name>
    <message>
        <source>Start CSV exports with a byte-order mark (for Excel)</source>
        <translation>CSV 导出以字节顺序标记开头（用于 Excel）</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>你的用户名</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language shows fully after Pizhu restarts.</source>
        <translation>重新启动批注后，新语言才会完全生效。</translation>
    </message>
    <message>
        <source>Show articles in:</source>
        <translation>文章显示字形：</translation>
    </message>
    <message>
        <source>Reader font:</source>
        <translation>阅读字体：</translation>
    </message>
    <message>
        <source>Reader font size:</source>
        <translation>阅读字号：</translation>
    </message>
    <message>
        <source>Coder name:</source>
        <translation>编码者姓名：</translation>
    </message>
    <message>
        <source>Use one font for every script</source>
        <translation>所有文字都用同一种字体</translation>
    </message>
    <message>
        <source>Otherwise the reader draws each script in its own Chinese glyph forms: mainland for simplified, Taiwan for traditional, Hong Kong for Hong Kong</source>
        <translation>否则阅读器按所显示的文字选用相应的字形：简体用大陆字形，繁体用台湾字形，香港繁体用香港字形</translation>
    </message>
    <message>
        <source>As the system is</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light or dark, as Pizhu is</source>
        <translation>随批注的浅色或深色</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <source>Reader theme:</source>
        <translation>阅读器主题：</translation>
    </message>
</context>
<context>
    <name>Pizhu::PrintActions</name>
    <message>
        <source>&amp;Print Article…</source>
        <translation>打印文章(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Article as P&amp;DF…</source>
        <translation>将文章导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Prints the article as shown, with its passages, notes and a legend of the tags.</source>
        <translation>按当前显示打印文章，附段落、备注和标签图例。</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>打印文章</translation>
    </message>
    <message>
        <source>Export Article as PDF</source>
        <translation>将文章导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Pizhu::ProgressEstimate</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>剩余不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>约剩 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxArchive</name>
    <message>
        <source>it is not a REFI-QDA project (not a zip file)</source>
        <translation>这不是 REFI-QDA 项目（不是 zip 文件）</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>entry %1 cannot be read (%2)</source>
        <translation>无法读取条目 %1（%2）</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB</source>
        <translation>“%1”大于 %2 MB</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2)</source>
        <translation>无法读取“%1”（%2）</translation>
    </message>
    <message>
        <source>it cannot be written (%1)</source>
        <translation>无法写入（%1）</translation>
    </message>
    <message>
        <source>“%1” cannot be added (%2)</source>
        <translation>无法添加“%1”（%2）</translation>
    </message>
    <message>
        <source>it cannot be put in place</source>
        <translation>无法放到目标位置</translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxExportJob</name>
    <message>
        <source>Exporting the codebook</source>
        <translation>正在导出编码本</translation>
    </message>
    <message>
        <source>Exporting a REFI-QDA project</source>
        <translation>正在导出 REFI-QDA 项目</translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxReader</name>
    <message>
        <source>project.qde is not a REFI-QDA project</source>
        <translation>project.qde 不是 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA codebook (its root is not CodeBook)</source>
        <translation>这不是 REFI-QDA 编码本（根元素不是 CodeBook）</translation>
    </message>
    <message>
        <source>the %1 “%2” was left out: Pizhu reads text sources only</source>
        <translation>%1“%2”未采用：批注只读取文本来源</translation>
    </message>
    <message>
        <source>the project&apos;s %1 were left out: Pizhu has nothing like them</source>
        <translation>项目中的 %1 未采用：批注没有对应的内容</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA project (not a zip file)</source>
        <translation>这不是 REFI-QDA 项目（不是 zip 文件）</translation>
    </message>
    <message>
        <source>it is a zip file, but not a REFI-QDA project: it holds no project.qde</source>
        <translation>这是 zip 文件，但不是 REFI-QDA 项目：其中没有 project.qde</translation>
    </message>
    <message>
        <source>project.qde does not follow the REFI-QDA schema (Project.xsd 1.0):</source>
        <translation>project.qde 不符合 REFI-QDA 结构（Project.xsd 1.0）：</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>REFI-QDA 导入</translation>
    </message>
    <message>
        <source>%1 names the user %2, who is not among the project&apos;s users</source>
        <translation>%1 提到用户 %2，但该用户不在项目的用户列表中</translation>
    </message>
    <message>
        <source>the source “%1”</source>
        <translation>来源“%1”</translation>
    </message>
    <message>
        <source>%1: its text %2 is not in the project</source>
        <translation>%1：其文本 %2 不在项目中</translation>
    </message>
    <message>
        <source>%1: its text is outside the project (%2)</source>
        <translation>%1：其文本在项目之外（%2）</translation>
    </message>
    <message>
        <source>%1 is not text (its file is not UTF-8)</source>
        <translation>%1 不是文本（其文件不是 UTF-8）</translation>
    </message>
    <message>
        <source>a selection of “%1” (%2–%3) has no code and was left out</source>
        <translation>“%1”的选区（%2–%3）没有代码，未采用</translation>
    </message>
    <message>
        <source>%1: a selection refers to the note %2, which is not in the project</source>
        <translation>%1：某选区引用的注释 %2 不在项目中</translation>
    </message>
    <message>
        <source>%1: a selection is coded with %2, which is not in the codebook</source>
        <translation>%1：某选区的代码 %2 不在编码本中</translation>
    </message>
    <message>
        <source>%1 is coded with %2, which is not in the codebook</source>
        <translation>%1 的代码 %2 不在编码本中</translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxSchema</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the REFI-QDA schema is missing from this build of Pizhu</source>
        <translation>本版批注缺少 REFI-QDA 结构文件</translation>
    </message>
    <message>
        <source>the REFI-QDA schema could not be read</source>
        <translation>无法读取 REFI-QDA 结构文件</translation>
    </message>
    <message>
        <source>it is not well-formed XML</source>
        <translation>不是格式正确的 XML</translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxWriter</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Article %1 of %2</source>
        <translation>第 %1 篇，共 %2 篇</translation>
    </message>
    <message>
        <source>the text of “%1” cannot be written (%2)</source>
        <translation>无法写入“%1”的文本（%2）</translation>
    </message>
    <message>
        <source>%1: no temporary folder for the sources (%2)</source>
        <translation>%1：没有存放来源的临时文件夹（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: it cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
</context>
<context>
    <name>Pizhu::ReadOnlyQuery</name>
    <message>
        <source>%1 cannot be opened for reading (%2)</source>
        <translation>无法以只读方式打开 %1（%2）</translation>
    </message>
    <message>
        <source>the SQLite driver gives no handle, so the console cannot be made safe</source>
        <translation>SQLite 驱动未提供句柄，无法保证控制台只读</translation>
    </message>
    <message>
        <source>the console has no corpus open</source>
        <translation>控制台没有打开语料库</translation>
    </message>
    <message>
        <source>Only reading is allowed here: the console cannot change the corpus (%1).</source>
        <translation>这里只允许读取：控制台不能修改语料库（%1）。</translation>
    </message>
    <message>
        <source>The query was stopped.</source>
        <translation>查询已停止。</translation>
    </message>
    <message numerus="yes">
        <source>The query failed after %n row(s): %1</source>
        <translation>
            <numerusform>查询在 %n 行后失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only reading is allowed here: on a team corpus the console runs one SELECT, WITH or VALUES statement.</source>
        <translation>这里只允许读取：在团队语料库上，控制台只运行一条 SELECT、WITH 或 VALUES 语句。</translation>
    </message>
</context>
<context>
    <name>Pizhu::ReaderAppearance</name>
    <message>
        <source>&amp;Reading Aids</source>
        <translation>阅读辅助(&amp;R)</translation>
    </message>
    <message>
        <source>Colour quotations, titles of works, dates, figures and credits</source>
        <translation>为引语、作品名、日期、数字和署名着色</translation>
    </message>
    <message>
        <source>Show &amp;Set-Aside Lines</source>
        <translation>显示剔除的行(&amp;S)</translation>
    </message>
    <message>
        <source>Show the menus, captions and footers the importer set aside, greyed, in place</source>
        <translation>在原位置以灰色显示导入时剔除的菜单、图片说明和页脚</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Pizhu::ReaderView</name>
    <message>
        <source>Select an article in the list to read it here.</source>
        <translation>在列表中选择一篇文章，在此阅读。</translation>
    </message>
</context>
<context>
    <name>Pizhu::RecordFields</name>
    <message>
        <source>the record has no text (a text, content or body field)</source>
        <translation>该记录没有正文（text、content 或 body 字段）</translation>
    </message>
    <message>
        <source>the record&apos;s text is larger than 50 MB</source>
        <translation>该记录的正文超过 50 MB</translation>
    </message>
    <message>
        <source>the record has no title (a title field, or a first line of text)</source>
        <translation>该记录没有标题（title 字段或正文第一行）</translation>
    </message>
    <message>
        <source>the record&apos;s text holds no paragraphs</source>
        <translation>该记录的正文没有段落</translation>
    </message>
</context>
<context>
    <name>Pizhu::ReextractJob</name>
    <message>
        <source>Re-extracting entities</source>
        <translation>正在重新提取实体</translation>
    </message>
</context>
<context>
    <name>Pizhu::ScriptConverter</name>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Traditional, Taiwan (繁體・台灣)</source>
        <translation>繁體・台灣</translation>
    </message>
    <message>
        <source>Traditional, Hong Kong (繁體・香港)</source>
        <translation>繁體・香港</translation>
    </message>
    <message>
        <source>Taiwan, with Taiwanese phrases (台灣用語: 软件 → 軟體)</source>
        <translation>台湾繁体，含台湾用语（台灣用語：软件 → 軟體）</translation>
    </message>
</context>
<context>
    <name>Pizhu::ScriptSwitcher</name>
    <message>
        <source>The script articles are shown in</source>
        <translation>文章显示所用的字形</translation>
    </message>
</context>
<context>
    <name>Pizhu::SearchQuery</name>
    <message>
        <source>type something to search for</source>
        <translation>请输入要搜索的内容</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or characters to search for</source>
        <translation>“%1”中没有可搜索的文字</translation>
    </message>
</context>
<context>
    <name>Pizhu::SortOrderActions</name>
    <message>
        <source>&amp;Pinyin</source>
        <translation>拼音(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stroke Count</source>
        <translation>笔画数(&amp;S)</translation>
    </message>
    <message>
        <source>Titles and outlets in pinyin order: 安阳, 北京, 重庆, 上海</source>
        <translation>标题和媒体按拼音排序：安阳、北京、重庆、上海</translation>
    </message>
    <message>
        <source>Titles and outlets by the strokes of their characters: 人民, 大连, 中山, 北京</source>
        <translation>标题和媒体按笔画排序：人民、大连、中山、北京</translation>
    </message>
    <message>
        <source>Sort &amp;Chinese By</source>
        <translation>中文排序方式(&amp;C)</translation>
    </message>
    <message>
        <source>Sort Chinese By</source>
        <translation>中文排序方式</translation>
    </message>
    <message>
        <source>The order was not changed: %1</source>
        <translation>排序方式未改变：%1</translation>
    </message>
</context>
<context>
    <name>Pizhu::SqlConsoleDialog</name>
    <message>
        <source>SQL Console (read-only)</source>
        <translation>SQL 控制台（只读）</translation>
    </message>
    <message>
        <source>SELECT title, published FROM articles ORDER BY published DESC LIMIT 20</source>
        <translation>SELECT title, published FROM articles ORDER BY published DESC LIMIT 20</translation>
    </message>
    <message>
        <source>Recent queries…</source>
        <translation>最近的查询…</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation>运行（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) are shown.</source>
        <translation>
            <numerusform>只显示前 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::SqlError</name>
    <message>
        <source>another program is writing to the corpus and did not finish in time (%1); try again</source>
        <translation>另一个程序正在写入语料库，未能及时完成（%1）；请重试</translation>
    </message>
    <message>
        <source>the corpus file is damaged (%1); run pizhu check, or restore it from a backup</source>
        <translation>语料库文件已损坏（%1）；请运行 pizhu check，或从备份恢复</translation>
    </message>
    <message>
        <source>there is no room to write: the disk is full or a file size limit was reached (%1); free some space and try again</source>
        <translation>没有写入空间：磁盘已满或已达到文件大小上限（%1）；请腾出空间后重试</translation>
    </message>
    <message>
        <source>the corpus cannot be written here (%1)</source>
        <translation>此处无法写入语料库（%1）</translation>
    </message>
    <message>
        <source>the corpus refused the change (%1)</source>
        <translation>语料库拒绝了此更改（%1）</translation>
    </message>
    <message>
        <source>stopped as asked (%1)</source>
        <translation>已按要求停止（%1）</translation>
    </message>
    <message>
        <source>the database server cannot be reached (%1)</source>
        <translation>无法连接数据库服务器（%1）</translation>
    </message>
</context>
<context>
    <name>Pizhu::SyntaxSupport</name>
    <message>
        <source>Reading aids and reader themes: KSyntaxHighlighting %1 (KF6).</source>
        <translation>阅读辅助与阅读器主题：KSyntaxHighlighting %1（KF6）。</translation>
    </message>
    <message>
        <source>Reading aids and reader themes need KSyntaxHighlighting built for Qt 6 (KF6), which this build did not find (Debian 12 packages only the Qt 5 build); the reader uses Pizhu&apos;s own light and dark colours.</source>
        <translation>阅读辅助与阅读器主题需要基于 Qt 6 构建的 KSyntaxHighlighting（KF6），本次构建未找到（Debian 12 只提供 Qt 5 版本）；阅读器使用批注自带的浅色与深色配色。</translation>
    </message>
</context>
<context>
    <name>Pizhu::TagDock</name>
    <message>
        <source>Codebook</source>
        <translation>编码表</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a top-level tag</source>
        <translation>添加顶层标签</translation>
    </message>
    <message>
        <source>Add Child</source>
        <translation>添加子标签</translation>
    </message>
    <message>
        <source>Add a tag below the selected one</source>
        <translation>在所选标签下添加标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge the selected tag into another</source>
        <translation>将所选标签合并到另一个标签</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add the tags of a codebook CSV file</source>
        <translation>添加编码表 CSV 文件中的标签</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the codebook as CSV</source>
        <translation>将编码表保存为 CSV</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>新标签的名称：</translation>
    </message>
    <message>
        <source>Add Child Tag</source>
        <translation>添加子标签</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Describe Tag</source>
        <translation>描述标签</translation>
    </message>
    <message>
        <source>What “%1” codes:</source>
        <translation>“%1”编码的内容：</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Delete “%1” and the tags below it?

This removes %2 tagged passage(s) and %3 article tag(s). Edit → Undo brings them back.</source>
        <translation>删除“%1”及其下的标签？

这将移除 %2 个已标注段落和 %3 个文章标签。可用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Merge “%1” Into…</source>
        <translation>将“%1”合并到…</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>导入编码表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 tag(s) added, %2 already in the codebook.</source>
        <translation>添加了 %1 个标签，%2 个已在编码表中。</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>未添加：</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>导出编码表</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add Child Tag…</source>
        <translation>添加子标签…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>描述…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>List Articles With This Tag</source>
        <translation>列出带有此标签的文章</translation>
    </message>
    <message>
        <source>List Articles Without This Tag</source>
        <translation>列出没有此标签的文章</translation>
    </message>
    <message>
        <source>Show All Its Passages</source>
        <translation>显示其所有段落</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>添加标签(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Child Tag…</source>
        <translation>添加子标签(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Describe…</source>
        <translation>描述(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>De&amp;lete Tag…</source>
        <translation>删除标签(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import Codebook…</source>
        <translation>导入编码表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Codebook…</source>
        <translation>导出编码表(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Pizhu::TagPicker</name>
    <message>
        <source>Choose a Tag</source>
        <translation>选择标签</translation>
    </message>
    <message>
        <source>Type part of a tag&apos;s name</source>
        <translation>输入标签名称的一部分</translation>
    </message>
</context>
<context>
    <name>Pizhu::TagStore</name>
    <message>
        <source>there is no tag %1</source>
        <translation>没有标签 %1</translation>
    </message>
    <message>
        <source>the tag “%1” was changed elsewhere meanwhile (it is now “%2”): look at it again, then change it</source>
        <translation>标签“%1”已在别处被修改（现在是“%2”）：请重新查看后再修改</translation>
    </message>
</context>
<context>
    <name>Pizhu::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Key %1 tags the selection in the reader with “%2”</source>
        <translation>按 %1 键给阅读器中选中的文字加上“%2”标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Pizhu::TaggingController</name>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>标注所选文字(&amp;T)…</translation>
    </message>
    <message>
        <source>Select a passage of the article text first.</source>
        <translation>请先在正文中选择一段文字。</translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation>已标注“%1”。</translation>
    </message>
    <message>
        <source>Tag Selection As</source>
        <translation>将所选文字标注为</translation>
    </message>
    <message>
        <source>Note on “%1”…</source>
        <translation>“%1”的备注…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note on this passage:</source>
        <translation>此段落的备注：</translation>
    </message>
    <message>
        <source>Remove Passage “%1”</source>
        <translation>移除段落“%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamAddress</name>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://host/database, or service=NAME)</source>
        <translation>“%1”不是 PostgreSQL 地址（postgresql://主机/数据库，或 service=名称）</translation>
    </message>
    <message>
        <source>libpq could not read it</source>
        <translation>libpq 无法读取</translation>
    </message>
    <message>
        <source>the address “%1” cannot be read: %2</source>
        <translation>无法读取地址“%1”：%2</translation>
    </message>
    <message>
        <source>the address “%1” holds a password; Pizhu does not take passwords in addresses, so that they are never written to its settings: use ~/.pgpass, a service file or PGPASSWORD</source>
        <translation>地址“%1”含有密码；批注不接受地址中的密码，以免写入设置：请使用 ~/.pgpass、服务文件或 PGPASSWORD</translation>
    </message>
    <message>
        <source>the address “%1” has a “;” in its %2, which cannot be passed on</source>
        <translation>地址“%1”的 %2 中含有“;”，无法传递</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%2 上的 %1（%3）</translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamConnection</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamCorpusDialog</name>
    <message>
        <source>postgresql://server/database or service=NAME</source>
        <translation>postgresql://服务器/数据库 或 service=名称</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>你的用户名</translation>
    </message>
    <message>
        <source>Open Team Corpus</source>
        <translation>打开团队语料库</translation>
    </message>
    <message>
        <source>As the server offers (libpq&apos;s default)</source>
        <translation>按服务器提供（libpq 的默认值）</translation>
    </message>
    <message>
        <source>Never (disable)</source>
        <translation>从不（disable）</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>必须（require）</translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation>必须，并检查证书（verify-ca）</translation>
    </message>
    <message>
        <source>Required, certificate and name checked (verify-full)</source>
        <translation>必须，并检查证书和名称（verify-full）</translation>
    </message>
    <message>
        <source>The server asks for your password when it needs one, unless ~/.pgpass, a service file or PGPASSWORD gives it; Pizhu never stores passwords.</source>
        <translation>服务器需要密码时会向你询问，除非 ~/.pgpass、服务文件或 PGPASSWORD 已提供；批注从不保存密码。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Write the address, or fill in the server and database.</source>
        <translation>请写出地址，或填写服务器和数据库。</translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamRights</name>
    <message>
        <source>on this team corpus only the lead changes the codebook; you code as %1</source>
        <translation>在此团队语料库上只有负责人能修改编码本；你以 %1 的身份编码</translation>
    </message>
    <message>
        <source>on this team corpus only the lead changes the articles; you code as %1</source>
        <translation>在此团队语料库上只有负责人能修改文章；你以 %1 的身份编码</translation>
    </message>
    <message>
        <source>this is %1&apos;s coding: on a team corpus each coder changes only their own</source>
        <translation>这是 %1 的编码：在团队语料库上每位编码员只能修改自己的编码</translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamSchema</name>
    <message>
        <source>making the team corpus failed (%1); nothing was made</source>
        <translation>建立团队语料库失败（%1）；未建立任何内容</translation>
    </message>
    <message>
        <source>the database %1 is a Pizhu corpus already; nothing was changed</source>
        <translation>数据库 %1 已经是批注语料库；未作任何更改</translation>
    </message>
    <message numerus="yes">
        <source>the database %1 holds %n table(s) of another application; a team corpus needs an empty database (createdb makes one); nothing was changed</source>
        <translation>
            <numerusform>数据库 %1 含有其他应用程序的 %n 个表；团队语料库需要空数据库（可用 createdb 建立）；未作任何更改</numerusform>
        </translation>
    </message>
    <message>
        <source>the login %1 may not create roles, which a team corpus needs: run init-team as the server&apos;s administrator (or a role with CREATEROLE); nothing was changed</source>
        <translation>登录名 %1 无权创建角色，而团队语料库需要：请以服务器管理员（或具有 CREATEROLE 的角色）身份运行 init-team；未作任何更改</translation>
    </message>
    <message>
        <source>the database %1 stores text as %2; a team corpus needs UTF8 (createdb -E UTF8 -T template0 makes such a database); nothing was changed</source>
        <translation>数据库 %1 以 %2 存储文本；团队语料库需要 UTF8（可用 createdb -E UTF8 -T template0 建立这样的数据库）；未作任何更改</translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamUpgrade</name>
    <message>
        <source>upgrading the team corpus failed (%1); nothing was changed</source>
        <translation>升级团队语料库失败（%1）；未作任何更改</translation>
    </message>
</context>
<context>
    <name>Pizhu::TextDecoder</name>
    <message>
        <source>the bytes do not read as Chinese text in UTF-8, UTF-16, GB18030 or Big5 (random or binary data?)</source>
        <translation>内容无法按 UTF-8、UTF-16、GB18030 或 Big5 读作中文（随机或二进制数据？）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file looks binary (not text): it contains control bytes</source>
        <translation>文件看起来是二进制文件（不是文本）：含有控制字节</translation>
    </message>
    <message>
        <source>the UTF-8 text is cut off in the middle of a character</source>
        <translation>UTF-8 文本在某个字符中间被截断</translation>
    </message>
    <message>
        <source>the UTF-16 text has an odd number of bytes (cut off?)</source>
        <translation>UTF-16 文本的字节数为奇数（被截断？）</translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation>文件不是有效的 %1</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>文件中没有文本</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
</context>
<context>
    <name>Pizhu::TextFileSource</name>
    <message>
        <source>no title could be found</source>
        <translation>找不到标题</translation>
    </message>
    <message>
        <source>no article text could be found (only a title or boilerplate)</source>
        <translation>找不到正文（只有标题或网页模板内容）</translation>
    </message>
</context>
<context>
    <name>Pizhu::TimeBuckets</name>
    <message>
        <source>no outlet</source>
        <translation>无媒体</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
</context>
<context>
    <name>Pizhu::Timeline</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineChartView</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1,%2:%3</translation>
    </message>
    <message>
        <source>%1, %2: %3 per 1,000 (%4 of %5)</source>
        <translation>%1,%2:每千篇 %3(%5 篇中 %4)</translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineDialog</name>
    <message>
        <source>Only the articles the list shows now</source>
        <translation>只用列表当前显示的文章</translation>
    </message>
    <message>
        <source>Series as rows (a crosstab)</source>
        <translation>系列作为行(交叉表)</translation>
    </message>
    <message>
        <source>Counts Over Time</source>
        <translation>随时间计数</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>按媒体</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <source>Per 1,000 articles</source>
        <translation>每千篇文章</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>柱形</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>计数:</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>表示为:</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>绘制:</translation>
    </message>
    <message>
        <source>Save &amp;Chart…</source>
        <translation>保存图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Save &amp;Data as CSV…</source>
        <translation>将数据存为 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation>图片 (*.png *.svg)</translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Add &amp;Words…</source>
        <translation>添加词语(&amp;W)…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Add &amp;Person or Organisation…</source>
        <translation>添加人物或机构(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;Every Tag</source>
        <translation>添加全部标签(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>系列:</translation>
    </message>
    <message>
        <source>Add Words</source>
        <translation>添加词语</translation>
    </message>
    <message>
        <source>Articles that mention (either script):</source>
        <translation>提及以下内容的文章(简繁皆可):</translation>
    </message>
    <message>
        <source>Add Person or Organisation</source>
        <translation>添加人物或机构</translation>
    </message>
    <message>
        <source>Name (either script):</source>
        <translation>名称(简繁皆可):</translation>
    </message>
    <message>
        <source>Add words, a tag, a person or an organisation to count.</source>
        <translation>请添加要统计的词语、标签、人物或机构。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) counted; %1 without a date are in the table, not on the lines.</source>
        <translation>
            <numerusform>已统计 %n 篇文章;其中 %1 篇无日期,列在表格中,不在折线上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) counted.</source>
        <translation>
            <numerusform>已统计 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>All articles in %1</source>
        <translation>%1 的全部文章</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1(%n 篇文章)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the &amp;Listed Articles</source>
        <translation>添加列表中的文章(&amp;L)</translation>
    </message>
    <message>
        <source>The articles the main window&apos;s list shows now, as one series</source>
        <translation>主窗口列表当前显示的文章,作为一个系列</translation>
    </message>
    <message>
        <source>Listed articles</source>
        <translation>列表中的文章</translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineJob</name>
    <message>
        <source>Counting articles over time</source>
        <translation>正在随时间统计文章</translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineSeries</name>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”:%2</translation>
    </message>
    <message>
        <source>the codebook has no tag “%1”</source>
        <translation>编码本中没有标签“%1”</translation>
    </message>
    <message>
        <source>no person or organisation in this corpus is named “%1”</source>
        <translation>本语料库中没有名为“%1”的人物或机构</translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineTableModel</name>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>Import codebook</source>
        <translation>导入编码表</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>标注段落</translation>
    </message>
    <message>
        <source>Delete passage</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Tag article</source>
        <translation>标注文章</translation>
    </message>
    <message>
        <source>Untag article</source>
        <translation>取消文章标签</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>将标签“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>将标签“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Change colour of “%1”</source>
        <translation>更改“%1”的颜色</translation>
    </message>
    <message>
        <source>Describe tag “%1”</source>
        <translation>描述标签“%1”</translation>
    </message>
    <message>
        <source>Move tag “%1”</source>
        <translation>移动标签“%1”</translation>
    </message>
    <message>
        <source>Add entity “%1”</source>
        <translation>添加实体“%1”</translation>
    </message>
    <message>
        <source>Reject entity “%1”</source>
        <translation>驳回实体“%1”</translation>
    </message>
    <message>
        <source>Confirm entity “%1”</source>
        <translation>确认实体“%1”</translation>
    </message>
    <message>
        <source>Change the type of “%1”</source>
        <translation>更改“%1”的类型</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Merge coding from %1</source>
        <translation>合并来自 %1 的编码</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s)</source>
        <translation>
            <numerusform>标记 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>删除 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit details of “%1”</source>
        <translation>编辑“%1”的详情</translation>
    </message>
    <message>
        <source>Save article set “%1”</source>
        <translation>保存文章集“%1”</translation>
    </message>
    <message>
        <source>Delete article set “%1”</source>
        <translation>删除文章集“%1”</translation>
    </message>
    <message>
        <source>Write memo</source>
        <translation>写备忘录</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>编辑备忘录</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>删除备忘录</translation>
    </message>
    <message>
        <source>Forget the rule for “%1”</source>
        <translation>删除“%1”的规则</translation>
    </message>
    <message>
        <source>Reject “%1” everywhere</source>
        <translation>在所有文章中驳回“%1”</translation>
    </message>
    <message>
        <source>Confirm “%1” everywhere</source>
        <translation>在所有文章中确认“%1”</translation>
    </message>
    <message>
        <source>Change the type of “%1” everywhere</source>
        <translation>在所有文章中更改“%1”的类型</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2” everywhere</source>
        <translation>在所有文章中将“%1”合并到“%2”</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pizhu</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>The corpus cannot be opened, and the file was left as it is.

%1</source>
        <translation>无法打开语料库，文件未作任何改动。

%1</translation>
    </message>
    <message>
        <source>pizhu: unexpected argument “%1”</source>
        <translation>pizhu：多余的参数“%1”</translation>
    </message>
</context>
</TS>
