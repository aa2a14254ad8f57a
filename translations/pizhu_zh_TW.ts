<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>EntityExtractor</name>
    <message>
        <source>%1 People and organisations are found by rule.</source>
        <translation>%1 人物和機構改由規則識別。</translation>
    </message>
</context>
<context>
    <name>Pizhu::AdaptModelJob</name>
    <message>
        <source>Adapting the entity model</source>
        <translation>正在調整實體模型</translation>
    </message>
    <message>
        <source>the shipped entity model could not be loaded (%1), so there is nothing to adapt</source>
        <translation>無法載入隨附的實體模型（%1），因此無可調整</translation>
    </message>
    <message>
        <source>Reading the corrections</source>
        <translation>正在讀取更正</translation>
    </message>
    <message>
        <source>the corpus holds no confirmed or added people or organisations to learn from yet</source>
        <translation>語料庫中還沒有可供學習的已確認或手動新增的人物或機構</translation>
    </message>
    <message>
        <source>cancelled; the corpus keeps the model it had</source>
        <translation>已取消；語料庫保留原有模型</translation>
    </message>
    <message>
        <source>the adapted model cannot be kept in the corpus (%1)</source>
        <translation>無法將調整後的模型儲存在語料庫中（%1）</translation>
    </message>
    <message>
        <source>Entities changed by adaptation, %1</source>
        <translation>因模型調整而變化的實體，%1</translation>
    </message>
    <message>
        <source>the articles whose entities changed cannot be saved as a set (%1)</source>
        <translation>無法將實體有變化的文章儲存為文章集（%1）</translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementDialog</name>
    <message>
        <source>Only the articles the list shows now</source>
        <translation>只用列表目前顯示的文章</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>計算(&amp;C)</translation>
    </message>
    <message>
        <source>Coder Agreement</source>
        <translation>編碼員一致性</translation>
    </message>
    <message>
        <source>None ticked: every tag the coders used</source>
        <translation>不勾選：編碼員用過的所有標籤</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>編碼員：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Where the coders disagree (double-click to open):</source>
        <translation>編碼員意見不一之處（按兩下開啟）：</translation>
    </message>
    <message>
        <source>Save Raw Data…</source>
        <translation>儲存原始資料…</translation>
    </message>
    <message>
        <source>Whole-Article Tags (article × tag units)…</source>
        <translation>整篇文章標籤（文章 × 標籤單元）…</translation>
    </message>
    <message>
        <source>Save Raw Data</source>
        <translation>儲存原始資料</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Passages (runs of characters)…</source>
        <translation>段落（連續字元）…</translation>
    </message>
    <message>
        <source>Tick two or more coders to compare.</source>
        <translation>請勾選兩位或更多編碼員進行比較。</translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation>正在比較 %1…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The agreement could not be computed: %1</source>
        <translation>無法計算一致性：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) coded by two or more of the coders compared; %1 place(s) where they disagree.</source>
        <translation>
            <numerusform>所比較的編碼員中有兩位或更多編碼過 %n 篇文章；意見不一之處 %1 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute the agreement first.</source>
        <translation>請先計算一致性。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementJob</name>
    <message>
        <source>Comparing coders</source>
        <translation>比較編碼員</translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation>一致性至少需要兩位編碼員</translation>
    </message>
    <message>
        <source>Reading the coding of %1</source>
        <translation>正在讀取 %1 的編碼</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the articles chosen are none</source>
        <translation>所選文章為空</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Computing agreement</source>
        <translation>正在計算一致性</translation>
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
        <translation>編碼員：%1；其中任何人編碼過的文章：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1  | whole-article tags: %2 %3 %4 %5 %6 | passages, by character: %7 %8 %9 %10 | α_u</source>
        <translation>%1  | 整篇文章標籤：%2 %3 %4 %5 %6 | 段落（按字元）：%7 %8 %9 %10 | α_u</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>units</source>
        <translation>單元</translation>
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
        <translation>（全部標籤）</translation>
    </message>
    <message>
        <source>Places where the coders disagree: %1</source>
        <translation>編碼員意見不一之處：%1</translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementTableModel</name>
    <message>
        <source>All tags together</source>
        <translation>全部標籤合計</translation>
    </message>
    <message>
        <source>Undefined: no unit qualifies, or every coder gave every unit the same value</source>
        <translation>無定義：沒有符合條件的單元，或所有編碼員給所有單元的值都相同</translation>
    </message>
    <message>
        <source>Whole-article tags: the articles every chosen coder coded</source>
        <translation>整篇文章標籤：所有選定編碼員都編碼過的文章</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ: for two coders only</source>
        <translation>Cohen κ：僅適用於兩位編碼員</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitizing α: agreement on where passages begin and end</source>
        <translation>Krippendorff 劃分單元 α：段落起訖位置的一致性</translation>
    </message>
    <message>
        <source>Passages: each character × tag is a unit</source>
        <translation>段落：每個字元 × 標籤為一個單元</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
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
        <translation>劃分單元 α</translation>
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
        <translation>語料庫中某詞的每處出現及其上下文(初始為搜尋框中的詞)</translation>
    </message>
    <message>
        <source>Counts Over &amp;Time…</source>
        <translation>隨時間計數(&amp;T)…</translation>
    </message>
    <message>
        <source>How many articles mention words, carry a tag or name someone, by period or outlet</source>
        <translation>按時期或媒體統計提及某詞、帶有某標籤或提到某人的文章數</translation>
    </message>
    <message>
        <source>Coder &amp;Agreement…</source>
        <translation>編碼員一致性(&amp;A)…</translation>
    </message>
    <message>
        <source>Co-occ&amp;urrence…</source>
        <translation>共現(&amp;U)…</translation>
    </message>
    <message>
        <source>Which people, organisations and tags occur together, as a network</source>
        <translation>哪些人物、機構和標籤同時出現,以網路圖顯示</translation>
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
        <translation>編輯備註</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
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
        <translation>標籤：%1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Note on this passage:</source>
        <translation>此段落的備註：</translation>
    </message>
    <message>
        <source>Edit &amp;Note of Passage…</source>
        <translation>編輯段落備註(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete &amp;Passage</source>
        <translation>刪除段落(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Pizhu::AnnotationImport</name>
    <message>
        <source>no article matches id %1, title “%2” and date %3</source>
        <translation>沒有文章與編號 %1、標題“%2”和日期 %3 相符</translation>
    </message>
    <message>
        <source>the text “%1” is not what offsets %2–%3 hold (“%4”)</source>
        <translation>文字“%1”與偏移量 %2–%3 處的內容（“%4”）不符</translation>
    </message>
    <message>
        <source>the tag path “%1” cannot be created (%2)</source>
        <translation>無法建立標籤路徑“%1”（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no header row</source>
        <translation>%1：沒有表頭行</translation>
    </message>
    <message>
        <source>%1: the header lacks %2</source>
        <translation>%1：表頭缺少 %2</translation>
    </message>
    <message>
        <source>%1: the corpus cannot be written (%2)</source>
        <translation>%1：無法寫入語料庫（%2）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: %2 (the rest of the file was not read)</source>
        <translation>第 %1 行：%2（檔案其餘部分未讀取）</translation>
    </message>
    <message>
        <source>%1: the corpus could not save the annotations (%2)</source>
        <translation>%1：語料庫未能儲存標註（%2）</translation>
    </message>
    <message>
        <source>the row names no tag (its tag_path and tag are empty)</source>
        <translation>該行沒有標籤（tag_path 與 tag 均為空）</translation>
    </message>
    <message>
        <source>offsets “%1”–“%2” are not a passage of article %3 (%4 characters)</source>
        <translation>偏移量「%1」–「%2」不是文章 %3 中的段落（共 %4 個字元）</translation>
    </message>
    <message>
        <source>passage %1–%2 of article %3 is already tagged “%4” by %5 with another note (“%6”), which was kept</source>
        <translation>文章 %3 的段落 %1–%2 已由 %5 標為「%4」，註釋不同（「%6」），已保留原註釋</translation>
    </message>
    <message>
        <source>on a team corpus only the lead adds tags, and this import is %1&apos;s</source>
        <translation>團隊語料庫中只有負責人能新增標籤，而這次匯入的身分是 %1</translation>
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
        <translation>標籤</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>編碼者</translation>
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
        <translation>沒有段落 %1</translation>
    </message>
    <message>
        <source>the passage %1 is no longer in the corpus: it was deleted elsewhere meanwhile</source>
        <translation>段落 %1 已不在語料庫中：其間已在別處被刪除</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleActions</name>
    <message>
        <source>Mark &amp;Coded</source>
        <translation>標為已編碼(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>Mark &amp;To Check</source>
        <translation>標為待複核(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <source>Mark &amp;Excluded</source>
        <translation>標為已排除(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+X</source>
        <translation>Ctrl+Alt+X</translation>
    </message>
    <message>
        <source>Mark &amp;Not Coded</source>
        <translation>標為未編碼(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>&amp;Delete Articles…</source>
        <translation>刪除文章(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark Articles</source>
        <translation>標記文章</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) from the corpus?</source>
        <translation>
            <numerusform>從語料庫刪除 %n 篇文章？</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no coding.</source>
        <translation>這些文章沒有編碼。</translation>
    </message>
    <message>
        <source>Their coding goes with them: %1 and %2.</source>
        <translation>其編碼將一併刪除：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n tagged passage(s)</source>
        <translation>
            <numerusform>%n 個已標註段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whole-article tag(s)</source>
        <translation>
            <numerusform>%n 個整篇標籤</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo brings them back.</source>
        <translation>可用「編輯 → 復原」還原。</translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>刪除文章</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>編輯詳情(&amp;D)…</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>文章詳情</translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n 則備忘錄</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no coding; their memos go with them (%1).</source>
        <translation>這些文章沒有編碼；其備忘錄將一併刪除（%1）。</translation>
    </message>
    <message>
        <source>Their coding goes with them: %1, %2 and %3.</source>
        <translation>其編碼將一併刪除：%1、%2 和 %3。</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleCountJob</name>
    <message>
        <source>Counting the articles listed</source>
        <translation>正在統計列出的文章</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleDetailsDialog</name>
    <message>
        <source>Article Details</source>
        <translation>文章詳情</translation>
    </message>
    <message>
        <source>2022-03-25 16:43, 2022年3月25日, or empty when unknown</source>
        <translation>2022-03-25 16:43、2022年3月25日，不詳則留空</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>&amp;Add Name</source>
        <translation>新增姓名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Name</source>
        <translation>移除姓名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>媒體(&amp;O)：</translation>
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
        <translation>標題</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副標題</translation>
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
        <translation>編輯</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>導航</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>repeated title</source>
        <translation>重複標題</translation>
    </message>
    <message>
        <source>share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>related links</source>
        <translation>相關連結</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>頁尾</translation>
    </message>
    <message>
        <source>Editor: %1</source>
        <translation>責任編輯：%1</translation>
    </message>
    <message>
        <source>[image %1]</source>
        <translation>［圖片 %1］</translation>
    </message>
    <message>
        <source>[image %1] %2</source>
        <translation>［圖片 %1］%2</translation>
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
        <translation>在此日或之後發表的文章</translation>
    </message>
    <message>
        <source>Articles published on or before this day</source>
        <translation>在此日或之前發表的文章</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>任何媒體</translation>
    </message>
    <message>
        <source>Any script</source>
        <translation>任何字體</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>簡繁混合</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>任何屬性</translation>
    </message>
    <message>
        <source>A column imported with the articles from CSV or JSONL, such as category</source>
        <translation>隨文章從 CSV 或 JSONL 匯入的欄，例如 category</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>A saved set of articles (Articles → Save List as Set…)</source>
        <translation>儲存的文章集（文章 → 將列表存為文章集…）</translation>
    </message>
    <message>
        <source>Delete Set</source>
        <translation>刪除文章集</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Take every condition of these filters away</source>
        <translation>取消這些篩選的所有條件</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>發表日期：</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>媒體：</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>字體：</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>屬性：</translation>
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
            <numerusform>%n 處命中</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n tagged passage(s), by every coder</source>
        <translation>
            <numerusform>%n 個已標註段落（所有編碼者）</numerusform>
        </translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>已編碼</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待複核</translation>
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
        <translation>搜尋文章（簡繁皆可）：黨員、黨員、&quot;帶引號的短語&quot;</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <source>List only the articles whose coding stands so</source>
        <translation>只列出處於該編碼狀態的文章</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <source>Not coded</source>
        <translation>未編碼</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Filter by date, outlet, script, imported attribute or saved set</source>
        <translation>按日期、媒體、字體、匯入的屬性或儲存的文章集篩選</translation>
    </message>
    <message>
        <source>The articles listed could not be counted: %1</source>
        <translation>無法統計列出的文章：%1</translation>
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
        <translation>%1 — %2：「%3」</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>圖例</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>無法寫入 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleRows</name>
    <message>
        <source>%1 could not be put back: %2</source>
        <translation>無法還原 %1：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleScopeOptions</name>
    <message>
        <source>Only articles published from this year, month or day on.</source>
        <translation>只要在此年、月或日及之後發表的文章。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only articles published up to the end of this year, month or day.</source>
        <translation>只要在此年、月或日結束前發表的文章。</translation>
    </message>
    <message>
        <source>Only articles from this outlet (repeat for several).</source>
        <translation>只要此媒體的文章（可重複以指定多個）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Only articles written in this script: simplified, traditional or mixed (repeat for several).</source>
        <translation>只要以此字體寫成的文章：simplified、traditional 或 mixed（可重複以指定多個）。</translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation>字體</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>名稱=值</translation>
    </message>
    <message>
        <source>Only articles with this coding status: coded, check, excluded or not-coded (repeat for several).</source>
        <translation>只要具有此編碼狀態的文章：coded、check、excluded 或 not-coded（可重複以指定多個）。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Only the articles of this saved article set.</source>
        <translation>只要此儲存的文章集中的文章。</translation>
    </message>
    <message>
        <source>--%1 takes a year, a month or a day (2020, 2020-02, 2020-02-01), not “%2”</source>
        <translation>--%1 須為年、月或日（2020、2020-02、2020-02-01），而不是「%2」</translation>
    </message>
    <message>
        <source>--written-in takes simplified, traditional or mixed, not “%1”</source>
        <translation>--written-in 須為 simplified、traditional 或 mixed，而不是「%1」</translation>
    </message>
    <message>
        <source>--attribute takes NAME=VALUE (category=财经), not “%1”</source>
        <translation>--attribute 須寫作 名稱=值（category=财经），而不是「%1」</translation>
    </message>
    <message>
        <source>--status takes coded, check, excluded or not-coded, not “%1”</source>
        <translation>--status 須為 coded、check、excluded 或 not-coded，而不是「%1」</translation>
    </message>
    <message>
        <source>there is no article set “%1”; the corpus has none saved</source>
        <translation>沒有名為「%1」的文章集；語料庫中沒有儲存任何文章集</translation>
    </message>
    <message>
        <source>there is no article set “%1”; the corpus has: %2</source>
        <translation>沒有名為「%1」的文章集；語料庫中有：%2</translation>
    </message>
    <message>
        <source>Only articles whose imported attribute has this value, as NAME=VALUE (category=财经; NAME= for any value; repeat: each must hold).</source>
        <translation>只要匯入的屬性具有此值的文章，寫作 名稱=值（category=财经；名稱= 表示任何值；可重複：每個條件都須滿足）。</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleSetActions</name>
    <message>
        <source>&amp;Filters</source>
        <translation>篩選(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save List as Set…</source>
        <translation>將列表存為文章集(&amp;S)…</translation>
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
        <translation>將列表存為文章集</translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to save.</source>
        <translation>列表是空的：沒有可儲存的內容。</translation>
    </message>
    <message numerus="yes">
        <source>A name for the set of the %n article(s) listed:</source>
        <translation>
            <numerusform>為列出的 %n 篇文章組成的文章集命名：</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Set</source>
        <translation>刪除文章集</translation>
    </message>
    <message numerus="yes">
        <source>Delete the article set “%1” (%n article(s))? The articles stay in the corpus.</source>
        <translation>
            <numerusform>刪除文章集「%1」（%n 篇文章）？文章本身仍留在語料庫中。</numerusform>
        </translation>
    </message>
    <message>
        <source>A name for the set of the articles listed:</source>
        <translation>為列出的文章組成的文章集命名：</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleSets</name>
    <message>
        <source>an article set needs a name</source>
        <translation>文章集需要一個名稱</translation>
    </message>
    <message>
        <source>the set “%1” would hold no articles; list some first</source>
        <translation>文章集「%1」中將沒有文章；請先列出一些文章</translation>
    </message>
    <message>
        <source>there is already an article set named “%1”</source>
        <translation>已有名為「%1」的文章集</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>沒有文章 %1</translation>
    </message>
    <message>
        <source>there is no article set %1</source>
        <translation>沒有文章集 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleSource</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>檔案大於 %1 MB</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>無法讀取檔案（%1）</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleStore</name>
    <message>
        <source>the article “%1” has no simplified shadow</source>
        <translation>文章「%1」沒有簡體副本</translation>
    </message>
    <message>
        <source>the text of article %1 is damaged: it no longer matches the checksum stored with it. Restore the corpus from a backup (File → Back Up Corpus… makes them)</source>
        <translation>第 %1 篇文章的正文已損壞：與其儲存的檢查碼不再一致。請從備份還原語料庫（「檔案 → 備份語料庫…」可以製作備份）</translation>
    </message>
    <message>
        <source>the article “%1” was neither stored nor found stored</source>
        <translation>文章「%1」既未存入，也未在語料庫中找到</translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleWriter</name>
    <message>
        <source>there is no article %1</source>
        <translation>沒有文章 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::BackfillJob</name>
    <message>
        <source>Preparing older articles</source>
        <translation>正在準備舊版文章</translation>
    </message>
    <message>
        <source>Indexing articles for search</source>
        <translation>正在為搜尋建立索引</translation>
    </message>
    <message>
        <source>Finding people, organisations and figures</source>
        <translation>正在辨識人物、機構和數字</translation>
    </message>
    <message>
        <source>Recording checksums of the texts</source>
        <translation>正在記錄正文的檢查碼</translation>
    </message>
    <message>
        <source>Putting titles and outlets in Chinese order</source>
        <translation>為標題和媒體排序</translation>
    </message>
    <message>
        <source>the text of article %1 is damaged: its simplified copy does not fit it</source>
        <translation>文章 %1 的文字已損壞：其簡體副本與正文不符</translation>
    </message>
    <message>
        <source>Keeping only what the simplified copies change</source>
        <translation>簡體副本僅保存與正文不同之處</translation>
    </message>
</context>
<context>
    <name>Pizhu::BackupJob</name>
    <message>
        <source>Backing up</source>
        <translation>正在備份</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：資料夾 %2 不存在</translation>
    </message>
    <message>
        <source>Copying the team corpus to a file</source>
        <translation>正在將團隊語料庫複製到檔案</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1：無法建立（%2）</translation>
    </message>
    <message>
        <source>%1: %2; nothing was written</source>
        <translation>%1：%2；未寫入任何內容</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was written</source>
        <translation>%1：已取消；未寫入任何內容</translation>
    </message>
    <message>
        <source>%1: the file there cannot be replaced</source>
        <translation>%1：無法取代該處的檔案</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：無法寫入</translation>
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
        <translation>%1：第一行必須列出 path、color、description 三列</translation>
    </message>
    <message>
        <source>line %1: the parent of “%2” is neither in the codebook nor listed before it</source>
        <translation>第 %1 行：“%2”的上級標籤既不在編碼表中，也未在它之前列出</translation>
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
        <translation>編碼員(&amp;O)</translation>
    </message>
    <message>
        <source>Who codes in this window; click to change</source>
        <translation>本視窗中的編碼員；按一下可變更</translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s Coding</source>
        <translation>所有人的編碼(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Only Mine (%1)</source>
        <translation>只看我的(&amp;O)（%1）</translation>
    </message>
    <message>
        <source>&amp;Compare Two Coders…</source>
        <translation>比較兩位編碼員(&amp;C)…</translation>
    </message>
    <message>
        <source>Coder &amp;Name…</source>
        <translation>編碼員姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>Compare Two Coders</source>
        <translation>比較兩位編碼員</translation>
    </message>
    <message>
        <source>Drawn filled:</source>
        <translation>以底色顯示：</translation>
    </message>
    <message>
        <source>Drawn underlined:</source>
        <translation>以波浪底線顯示：</translation>
    </message>
    <message>
        <source>Coder Name</source>
        <translation>編碼員姓名</translation>
    </message>
    <message>
        <source>Who codes in this window? Your name is recorded with every passage and article tag you make.</source>
        <translation>誰在本視窗中編碼？您的姓名會記錄在您新增的每個段落和文章標籤上。</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>編碼員：%1</translation>
    </message>
    <message>
        <source> · comparing %1 (filled) with %2 (underlined)</source>
        <translation> · 正在比較 %1（底色）與 %2（底線）</translation>
    </message>
    <message>
        <source> · showing %1</source>
        <translation> · 顯示 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Who codes in this window: your login on the team corpus&apos;s server</source>
        <translation>在此視窗中編碼的人：你在團隊語料庫伺服器上的登入名稱</translation>
    </message>
</context>
<context>
    <name>Pizhu::CoderCorpusReader</name>
    <message>
        <source>there is no such file</source>
        <translation>沒有這個檔案</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>無法開啟（%1）</translation>
    </message>
    <message>
        <source>it is not a Pizhu corpus (%1)</source>
        <translation>這不是批註語料庫（%1）</translation>
    </message>
    <message>
        <source>it is not a Pizhu corpus</source>
        <translation>這不是批註語料庫</translation>
    </message>
    <message>
        <source>its schema version is %1; open it once in this Pizhu to bring it to version %2 first</source>
        <translation>其結構版本為 %1；請先在本版批註中開啟一次，升級到版本 %2</translation>
    </message>
</context>
<context>
    <name>Pizhu::CodingMerge</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 個段落</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message numerus="yes">
        <source>%n article tag(s) added</source>
        <translation>
            <numerusform>%n 個文章標籤已新增</numerusform>
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
            <numerusform>在語料庫中找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created</source>
        <translation>
            <numerusform>新建了 %n 個標籤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n 個已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) not taken (listed below)</source>
        <translation>
            <numerusform>%n 項未採用（見下文）</numerusform>
        </translation>
    </message>
    <message>
        <source>a passage refers to a source that is not in the package</source>
        <translation>有段落引用了不在匯入內容中的來源</translation>
    </message>
    <message>
        <source>the selection %1–%2 of “%3” lies outside its text (%4 characters)</source>
        <translation>「%3」的選取範圍 %1–%2 超出了文字範圍（%4 個字元）</translation>
    </message>
    <message>
        <source>a selection of “%1” names no code or no coder</source>
        <translation>「%1」的某個選取範圍沒有代碼或編碼員</translation>
    </message>
    <message>
        <source>a coding of a whole source refers to no source, code or coder</source>
        <translation>某個整篇來源的編碼缺少來源、代碼或編碼員</translation>
    </message>
    <message>
        <source>“%1” could not be stored: %2</source>
        <translation>無法儲存「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” is not in this corpus: its coding was left out; import the article first</source>
        <translation>「%1」不在本語料庫中：其編碼未匯入；請先匯入該文章</translation>
    </message>
    <message>
        <source>the tag “%1” could not be made: %2</source>
        <translation>無法建立標籤「%1」：%2</translation>
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
            <numerusform>編碼本缺少此處需要的 %n 個標籤（%1），而%2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in this corpus, so its coding was left out (%2)</source>
        <translation>「%1」不在本語料庫中，因此其編碼未匯入（%2）</translation>
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
        <translation>pizhu：%1：語料庫檔案不存在</translation>
    </message>
    <message>
        <source>pizhu: cannot open the corpus %1</source>
        <translation>pizhu：無法開啟語料庫 %1</translation>
    </message>
    <message>
        <source>Imports scraped articles (files or folders) into a corpus.</source>
        <translation>將抓取的文章（檔案或資料夾）匯入語料庫。</translation>
    </message>
    <message>
        <source>The corpus file (created if missing).</source>
        <translation>語料庫檔案（不存在時建立）。</translation>
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
        <translation>要匯入的檔案或資料夾。</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PATH...</translation>
    </message>
    <message>
        <source>pizhu import: name at least one file or folder</source>
        <translation>pizhu import：請至少指定一個檔案或資料夾</translation>
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
        <translation>語料庫檔案。</translation>
    </message>
    <message>
        <source>Print one JSON object per article, with its bylines.</source>
        <translation>每篇文章輸出一個 JSON 物件，包含署名。</translation>
    </message>
    <message>
        <source>pizhu list: %1</source>
        <translation>pizhu list：%1</translation>
    </message>
    <message>
        <source>Searches a corpus in either script: 黨員 finds 党员. Terms are ANDed; &quot;quoted phrases&quot; stay together.</source>
        <translation>在語料庫中搜索，簡繁皆可：黨員 可找到 黨員。多個詞須同時出現；&quot;帶引號的短語&quot;須連在一起。</translation>
    </message>
    <message>
        <source>Print one JSON object per article.</source>
        <translation>每篇文章輸出一個 JSON 物件。</translation>
    </message>
    <message>
        <source>At most N articles (default 50).</source>
        <translation>最多 N 篇文章（預設 50）。</translation>
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
        <translation>要搜尋的內容。</translation>
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
            <numerusform>%n 處命中</numerusform>
        </translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副標題</translation>
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
        <translation>編輯</translation>
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
        <translation>輸出一篇文章：元資料、段落、圖片和剔除的行。</translation>
    </message>
    <message>
        <source>Print one JSON object, with the stored text.</source>
        <translation>輸出一個 JSON 物件，包含儲存的原文。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `pizhu list` prints it.</source>
        <translation>文章編號，即 `pizhu list` 輸出的編號。</translation>
    </message>
    <message>
        <source>pizhu show: name one article id</source>
        <translation>pizhu show：請指定一個文章編號</translation>
    </message>
    <message>
        <source>pizhu show: there is no article %1 in %2</source>
        <translation>pizhu show：%2 中沒有文章 %1</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要寫入的 CSV 檔案。</translation>
    </message>
    <message>
        <source>Script of quoted text: original (default), simplified or traditional.</source>
        <translation>引文字形：original（預設）、simplified 或 traditional。</translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation>SCRIPT</translation>
    </message>
    <message>
        <source>Write no byte-order mark (for tools that dislike it).</source>
        <translation>不寫位元組順序標記（適用於不接受它的工具）。</translation>
    </message>
    <message>
        <source>pizhu export: --script must be original, simplified or traditional</source>
        <translation>pizhu export：--script 必須是 original、simplified 或 traditional</translation>
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
        <translation>未註明編碼者的行所用的編碼者（預設：你）。</translation>
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
        <translation>標註檔案。</translation>
    </message>
    <message>
        <source>pizhu import-annotations: name one CSV file</source>
        <translation>pizhu import-annotations：請指定一個 CSV 檔案</translation>
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
        <translation>寫出語料庫的一致副本，即使它正在別處開啟。</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>要寫入的副本。</translation>
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
        <translation>pizhu：語料庫已升級到新的結構；升級前的副本儲存在 %1</translation>
    </message>
    <message>
        <source>Extracts people, organisations and figures from article files without a corpus. Each file is parsed as import does, so boilerplate is left out. Mentions are code point offsets into the file&apos;s decoded text (for a CSV or JSONL record: into its body).</source>
        <translation>不用語料庫，直接從文章檔案中提取人物、機構和數字。每個檔案的解析方式與匯入相同，因此不含網頁模板內容。提及位置是檔案解碼後文本中的碼位偏移（CSV 或 JSONL 記錄則為正文中的偏移）。</translation>
    </message>
    <message>
        <source>Print one JSON object per file (per record for CSV and JSONL).</source>
        <translation>每個檔案輸出一個 JSON 物件（CSV 和 JSONL 為每條記錄一個）。</translation>
    </message>
    <message>
        <source>Article files (.txt, .html, .csv, .jsonl).</source>
        <translation>文章檔案（.txt、.html、.csv、.jsonl）。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>pizhu entities: name at least one file</source>
        <translation>pizhu entities：請至少指定一個檔案</translation>
    </message>
    <message>
        <source>pizhu entities: %1: %2</source>
        <translation>pizhu entities：%1：%2</translation>
    </message>
    <message>
        <source>pizhu: preparing the articles stored by an older Pizhu…</source>
        <translation>pizhu：正在準備舊版批註儲存的文章…</translation>
    </message>
    <message>
        <source>pizhu: %1: the older articles cannot be prepared (%2)</source>
        <translation>pizhu：%1：舊版文章無法準備（%2）</translation>
    </message>
    <message>
        <source>pizhu: %1: the file is empty, not a corpus (pizhu import --db makes one)</source>
        <translation>pizhu：%1：該檔案是空的，不是語料庫（pizhu import --db 可以新建一個）</translation>
    </message>
    <message>
        <source>pizhu: %1 was an empty file; a new corpus was made in it</source>
        <translation>pizhu：%1 原是空檔案；已在其中新建語料庫</translation>
    </message>
    <message>
        <source>Checks a corpus for damage: the file&apos;s structure, every article&apos;s text against its checksum, and the search index. Exits with 1 when something is damaged.</source>
        <translation>檢查語料庫是否損壞：檔案結構、每篇文章正文與其檢查碼、搜尋索引。有損壞時以 1 結束。</translation>
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
        <translation>pizhu search：--limit 需要大於 0 的整數，而不是「%1」</translation>
    </message>
    <message>
        <source>import scraped articles (files or folders) into a corpus</source>
        <translation>把抓取的文章（檔案或資料夾）匯入語料庫</translation>
    </message>
    <message>
        <source>list the articles of a corpus</source>
        <translation>列出語料庫中的文章</translation>
    </message>
    <message>
        <source>print one article</source>
        <translation>列印一篇文章</translation>
    </message>
    <message>
        <source>search a corpus in either script</source>
        <translation>以簡體或繁體搜尋語料庫</translation>
    </message>
    <message>
        <source>write annotations, entities, article tags or the tag matrix as CSV</source>
        <translation>把標註、實體、文章標籤或標籤矩陣寫成 CSV</translation>
    </message>
    <message>
        <source>read coded passages back from an annotations CSV</source>
        <translation>從標註 CSV 讀回已編碼的段落</translation>
    </message>
    <message>
        <source>write a consistent copy of a corpus</source>
        <translation>寫出語料庫的一致副本</translation>
    </message>
    <message>
        <source>check a corpus for damage</source>
        <translation>檢查語料庫是否損壞</translation>
    </message>
    <message>
        <source>extract people, organisations and figures from files, without a corpus</source>
        <translation>不經語料庫，從檔案中擷取人物、機構和數字</translation>
    </message>
    <message>
        <source>Pizhu (批注): a reader and annotation workbench for Chinese news corpora.
Without a command it opens the window.

Commands:</source>
        <translation>批註（Pizhu）：中文新聞語料的閱讀與標註工具。
不帶命令時開啟視窗。

命令：</translation>
    </message>
    <message>
        <source>Run pizhu COMMAND --help for the options of each.</source>
        <translation>執行 pizhu 命令 --help 查看各命令的選項。</translation>
    </message>
    <message>
        <source>pizhu: unknown command “%1”; the commands are %2 (pizhu --help says more)</source>
        <translation>pizhu：未知命令「%1」；可用命令為 %2（詳見 pizhu --help）</translation>
    </message>
    <message>
        <source>Matrix: one row per article and coder.</source>
        <translation>矩陣：每篇文章每位編碼員一列。</translation>
    </message>
    <message>
        <source>pizhu export: --by-coder is for --what matrix</source>
        <translation>pizhu export：--by-coder 僅用於 --what matrix</translation>
    </message>
    <message>
        <source>Reads annotations.csv or article-tags.csv (as pizhu export writes them) into a corpus, to merge coders&apos; work. A row without start and end is a tag on the whole article. Rows that do not match are reported and skipped.</source>
        <translation>把 annotations.csv 或 article-tags.csv（按 pizhu export 的格式）讀入語料庫，以合併各編碼員的工作。沒有 start 和 end 的列是整篇文章的標籤。不符合的列會被報告並略過。</translation>
    </message>
    <message>
        <source>%1 and %2 added, %3 already present, %4 skipped</source>
        <translation>已新增 %1 和 %2，%3 筆已存在，%4 筆略過</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 個段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article tag(s)</source>
        <translation>
            <numerusform>%n 個文章標籤</numerusform>
        </translation>
    </message>
    <message>
        <source>pizhu show: “%1” is not an article id (a whole number, as pizhu list prints it)</source>
        <translation>pizhu show：「%1」不是文章編號（應為整數，即 pizhu list 所列的編號）</translation>
    </message>
    <message>
        <source>Compares coders: percent agreement, Cohen&apos;s κ (two coders), Fleiss&apos; κ and Krippendorff&apos;s α for whole-article tags (each article × tag a unit) and for passages (each character × tag a unit), and Krippendorff&apos;s unitizing α for where passages begin and end, per tag and for all tags together. Articles that only one of the coders coded are left out; a coder who did not code an article is missing there.</source>
        <translation>比較編碼員：按標籤及全部標籤合計，計算整篇文章標籤（每篇文章 × 標籤為一個單元）和段落（每個字元 × 標籤為一個單元）的百分比一致性、Cohen κ（兩位編碼員）、Fleiss κ 和 Krippendorff α，以及段落起訖位置的 Krippendorff 劃分單元 α。只有一位編碼員編碼過的文章不計入；未編碼某文章的編碼員在該處記為缺失。</translation>
    </message>
    <message>
        <source>Two or more coders, separated by commas.</source>
        <translation>兩位或更多編碼員，以逗號分隔。</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>Tag paths to compare, separated by commas (default: every tag the coders used).</source>
        <translation>要比較的標籤路徑，以逗號分隔（預設：編碼員用過的所有標籤）。</translation>
    </message>
    <message>
        <source>PATH,PATH</source>
        <translation>路徑,路徑</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>輸出 JSON 而非表格。</translation>
    </message>
    <message>
        <source>Also write the reliability data, article × tag units by coders, as CSV.</source>
        <translation>另將信度資料（文章 × 標籤單元按編碼員）寫為 CSV。</translation>
    </message>
    <message>
        <source>Also write the passages&apos; reliability data as CSV, one row per run of characters.</source>
        <translation>另將段落的信度資料寫為 CSV，每段連續字元一行。</translation>
    </message>
    <message>
        <source>pizhu agreement: --coders needs two or more coders, separated by commas (A,B)</source>
        <translation>pizhu agreement：--coders 需要兩位或更多編碼員，以逗號分隔（A,B）</translation>
    </message>
    <message>
        <source>pizhu agreement: there is no tag “%1” in %2</source>
        <translation>pizhu agreement：%2 中沒有標籤「%1」</translation>
    </message>
    <message>
        <source>pizhu agreement: %1</source>
        <translation>pizhu agreement：%1</translation>
    </message>
    <message>
        <source>pizhu agreement: “%1” has coded nothing in %2 (the coders are: %3)</source>
        <translation>pizhu agreement：「%1」在 %2 中沒有任何編碼（編碼員有：%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>import a REFI-QDA project or codebook from another QDA tool</source>
        <translation>從其他 QDA 工具匯入 REFI-QDA 專案或編碼本</translation>
    </message>
    <message>
        <source>merge another coder&apos;s corpus: their passages and article tags beside yours</source>
        <translation>合併另一位編碼員的語料庫：其段落和文章標籤與您的並存</translation>
    </message>
    <message>
        <source>compare coders: agreement per tag (κ, Fleiss&apos; κ, α, unitizing α)</source>
        <translation>比較編碼員：按標籤的一致性（κ、Fleiss κ、α、劃分單元 α）</translation>
    </message>
    <message>
        <source>pizhu %1: nothing was imported:</source>
        <translation>pizhu %1：未匯入任何內容：</translation>
    </message>
    <message>
        <source>left out	%1</source>
        <translation>未採用	%1</translation>
    </message>
    <message>
        <source>Imports a REFI-QDA project (.qdpx, from MAXQDA, NVivo, ATLAS.ti, QualCoder or Pizhu) or codebook (.qdc) into a corpus, new or existing: text sources become articles (or are found among the corpus&apos;s, by their text), codes become tags, selections become each user&apos;s passages with their notes. A project that is not valid is refused whole, with the reasons; what has no place in Pizhu is listed as left out.</source>
        <translation>將 REFI-QDA 專案（.qdpx，來自 MAXQDA、NVivo、ATLAS.ti、QualCoder 或批註）或編碼本（.qdc）匯入新的或現有的語料庫：文字來源成為文章（或按文字在語料庫中找到），代碼成為標籤，選取範圍成為各使用者的段落及其註釋。無效的專案整體拒絕並說明原因；批註無處安放的內容列為未採用。</translation>
    </message>
    <message>
        <source>The corpus file (made if missing).</source>
        <translation>語料庫檔案（不存在時新建）。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>The .qdpx or .qdc file.</source>
        <translation>.qdpx 或 .qdc 檔案。</translation>
    </message>
    <message>
        <source>pizhu import-qdpx: name one .qdpx or .qdc file</source>
        <translation>pizhu import-qdpx：請指定一個 .qdpx 或 .qdc 檔案</translation>
    </message>
    <message>
        <source>pizhu import-qdpx: %1: nothing was imported:</source>
        <translation>pizhu import-qdpx：%1：未匯入任何內容：</translation>
    </message>
    <message>
        <source>Merges another coder&apos;s Pizhu corpus into this one: their codebook, and every coder&apos;s passages, notes and whole-article tags on the articles both corpora hold (matched by the file they were imported from), beside what is there, never over it. Their corpus is only read.</source>
        <translation>將另一位編碼員的批註語料庫合併到本語料庫：其編碼本，以及兩個語料庫共有文章（按匯入來源檔案比對）上每位編碼員的段落、註釋和整篇文章標籤，與現有內容並存，絕不覆蓋。對方的語料庫只讀取。</translation>
    </message>
    <message>
        <source>The corpus file to merge into.</source>
        <translation>要合併到的語料庫檔案。</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>對方</translation>
    </message>
    <message>
        <source>The other coder&apos;s corpus file.</source>
        <translation>另一位編碼員的語料庫檔案。</translation>
    </message>
    <message>
        <source>pizhu merge-coder: name one corpus file to merge from</source>
        <translation>pizhu merge-coder：請指定一個要合併的語料庫檔案</translation>
    </message>
    <message>
        <source>pizhu merge-coder: %1: %2</source>
        <translation>pizhu merge-coder：%1：%2</translation>
    </message>
    <message>
        <source>every hit of a query with its context (concordance), in either script</source>
        <translation>查詢的每處出現及其上下文(索引),簡繁皆可</translation>
    </message>
    <message>
        <source>Prints every hit of a query in the corpus with its context (keyword in context), found in either script: 党员 also finds 黨員. Offsets are code points of the stored original text.</source>
        <translation>列印語料庫中查詢的每處出現及其上下文(上下文關鍵詞),簡繁皆可查到:党员 也能找到 黨員。偏移量為所存原文的碼位。</translation>
    </message>
    <message>
        <source>Characters of context on each side (default 20).</source>
        <translation>每側上下文的字元數(預設 20)。</translation>
    </message>
    <message>
        <source>Script of the contexts: original (default), simplified, traditional, taiwan, taiwan-phrases or hongkong.</source>
        <translation>上下文的文字:original(預設)、simplified、traditional、taiwan、taiwan-phrases 或 hongkong。</translation>
    </message>
    <message>
        <source>articles (newest first, the default), left (the context before, read backwards), right, date, outlet or title.</source>
        <translation>articles(最新在前,預設)、left(按前文,倒序讀)、right、date、outlet 或 title。</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Print one JSON object per hit.</source>
        <translation>每處出現列印一個 JSON 物件。</translation>
    </message>
    <message>
        <source>Write the concordance as CSV instead.</source>
        <translation>改為將索引寫成 CSV。</translation>
    </message>
    <message>
        <source>What to find; several words must all occur in an article.</source>
        <translation>要找的內容;多個詞須同時出現在一篇文章中。</translation>
    </message>
    <message>
        <source>pizhu kwic: %1</source>
        <translation>pizhu kwic:%1</translation>
    </message>
    <message>
        <source>--width needs a whole number from 1 to 1000, not “%1”</source>
        <translation>--width 需要 1 到 1000 的整數,而不是「%1」</translation>
    </message>
    <message>
        <source>there is no script “%1”</source>
        <translation>沒有「%1」這種文字</translation>
    </message>
    <message>
        <source>there is no order “%1”</source>
        <translation>沒有「%1」這種順序</translation>
    </message>
    <message>
        <source>name what to find</source>
        <translation>請指明要找的內容</translation>
    </message>
    <message>
        <source>count articles by period or outlet, for words, tags or names; as a table or a chart</source>
        <translation>按時期或媒體統計含某詞、標籤或名稱的文章;輸出表格或圖表</translation>
    </message>
    <message>
        <source>Counts the articles that mention words, carry a tag or name a person or an organisation, by day, week, month, year or outlet; several series side by side. Without a series, every article is counted. Prints a table, or writes it as CSV, or draws it as PNG or SVG.</source>
        <translation>按日、週、月、年或媒體統計提及某詞、帶有某標籤或提到某人或機構的文章;可並列多個系列。未指定系列時統計全部文章。列印表格,或寫成 CSV,或繪製為 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>day, week, month (the default), year or outlet.</source>
        <translation>day、week、month(預設)、year 或 outlet。</translation>
    </message>
    <message>
        <source>AXIS</source>
        <translation>軸</translation>
    </message>
    <message>
        <source>A series: articles that mention these words (either script). Repeat for more series.</source>
        <translation>一個系列:提及這些詞的文章(簡繁皆可)。重複使用可加更多系列。</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>詞語</translation>
    </message>
    <message>
        <source>A series: articles with the tag at this path (&quot;Frames/Conflict&quot;).</source>
        <translation>一個系列:帶有此路徑標籤的文章(&quot;Frames/Conflict&quot;)。</translation>
    </message>
    <message>
        <source>A series: articles naming this person or organisation.</source>
        <translation>一個系列:提到此人或此機構的文章。</translation>
    </message>
    <message>
        <source>A series for each tag of the codebook (a crosstab).</source>
        <translation>編碼本中每個標籤一個系列(交叉表)。</translation>
    </message>
    <message>
        <source>Articles per 1,000 of the period&apos;s articles.</source>
        <translation>以該時期每 1000 篇文章中的篇數表示。</translation>
    </message>
    <message>
        <source>lines (the default) or bars, for a picture.</source>
        <translation>圖片用 lines(折線,預設)或 bars(柱形)。</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>樣式</translation>
    </message>
    <message>
        <source>The picture&apos;s size in points (default 1000x600; PNG has twice as many pixels).</source>
        <translation>圖片尺寸,單位為點(預設 1000x600;PNG 的像素為其兩倍)。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>寬x高</translation>
    </message>
    <message>
        <source>Print the table as JSON.</source>
        <translation>以 JSON 列印表格。</translation>
    </message>
    <message>
        <source>Write the table as CSV, or the chart as PNG or SVG, by the suffix.</source>
        <translation>按副檔名將表格寫成 CSV,或將圖表寫成 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>pizhu timeline: %1</source>
        <translation>pizhu timeline:%1</translation>
    </message>
    <message>
        <source>--by takes day, week, month, year or outlet, not “%1”</source>
        <translation>--by 可取 day、week、month、year 或 outlet,而不是「%1」</translation>
    </message>
    <message>
        <source>--chart takes lines or bars, not “%1”</source>
        <translation>--chart 可取 lines 或 bars,而不是「%1」</translation>
    </message>
    <message>
        <source>--size takes a width and a height from 200x150 to 10000x10000, not “%1”</source>
        <translation>--size 需要 200x150 到 10000x10000 之間的寬和高,而不是「%1」</translation>
    </message>
    <message>
        <source>%1: --out writes .csv, .png or .svg</source>
        <translation>%1:--out 只能寫 .csv、.png 或 .svg</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>which people, organisations and tags occur together; pairs, GraphML, GEXF or a picture</source>
        <translation>哪些人物、機構和標籤同時出現;輸出成對列表、GraphML、GEXF 或圖片</translation>
    </message>
    <message>
        <source>Which people, organisations and tags occur together in the same article or paragraph: the most frequent of each kind, and every pair seen together often enough, with the count, PMI and Dice. Prints the pairs, or writes the network as CSV, GraphML or GEXF, or draws it as PNG or SVG.</source>
        <translation>哪些人物、機構和標籤在同一篇文章或同一段落中同時出現:每類中最常見的,以及同時出現次數足夠多的每一對,附次數、PMI 和 Dice。列印成對列表,或將網路寫成 CSV、GraphML 或 GEXF,或繪製為 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>What the nodes are: PER, ORG, TAG, comma-separated (default PER,ORG).</source>
        <translation>節點的類別:PER、ORG、TAG,以逗號分隔(預設 PER,ORG)。</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>article (the default) or paragraph: where both must occur.</source>
        <translation>article(預設)或 paragraph:兩者須同時出現的範圍。</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>The most frequent N of each kind (default 30).</source>
        <translation>每類最常見的 N 個(預設 30)。</translation>
    </message>
    <message>
        <source>Leave out pairs seen together fewer times (default 2).</source>
        <translation>略去同時出現次數少於此數的配對(預設 2)。</translation>
    </message>
    <message>
        <source>Only articles that mention these words (either script).</source>
        <translation>只用提及這些詞的文章(簡繁皆可)。</translation>
    </message>
    <message>
        <source>Print the nodes and pairs as JSON.</source>
        <translation>以 JSON 列印節點和配對。</translation>
    </message>
    <message>
        <source>Write .csv (the pairs), .graphml or .gexf (the network), or draw .png or .svg.</source>
        <translation>寫 .csv(配對)、.graphml 或 .gexf(網路),或繪製 .png 或 .svg。</translation>
    </message>
    <message>
        <source>pizhu cooccurrence: %1</source>
        <translation>pizhu cooccurrence:%1</translation>
    </message>
    <message>
        <source>--kinds takes PER, ORG and TAG, not “%1”</source>
        <translation>--kinds 可取 PER、ORG 和 TAG,而不是「%1」</translation>
    </message>
    <message>
        <source>--unit takes article or paragraph, not “%1”</source>
        <translation>--unit 可取 article 或 paragraph,而不是「%1」</translation>
    </message>
    <message>
        <source>--top takes a whole number from 1 to 1000, not “%1”</source>
        <translation>--top 需要 1 到 1000 的整數,而不是「%1」</translation>
    </message>
    <message>
        <source>--min-count takes a whole number from 1, not “%1”</source>
        <translation>--min-count 需要不小於 1 的整數,而不是「%1」</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」:%2</translation>
    </message>
    <message>
        <source>%1: --out writes .csv, .graphml, .gexf, .png or .svg</source>
        <translation>%1:--out 只能寫 .csv、.graphml、.gexf、.png 或 .svg</translation>
    </message>
    <message>
        <source>Also write the matrix of the nodes as CSV.</source>
        <translation>另將節點矩陣寫成 CSV。</translation>
    </message>
    <message>
        <source>pizhu export: --what %1 writes the whole project; --from, --to, --outlet, --written-in, --attribute, --status and --set limit the CSV tables</source>
        <translation>pizhu export：--what %1 寫出整個專案；--from、--to、--outlet、--written-in、--attribute、--status 和 --set 用於限定 CSV 表格</translation>
    </message>
    <message>
        <source>Lists the articles of a corpus, newest first: id, date, outlet and title, or all of an article&apos;s details with its coding status as JSON.</source>
        <translation>列出語料庫中的文章，最新的在前：編號、日期、媒體和標題，或以 JSON 給出文章的全部資訊及其編碼狀態。</translation>
    </message>
    <message>
        <source>Exports annotations, article tags, entities, articles, the article-by-tag matrix or memos as CSV (UTF-8 with a byte-order mark, CRLF, RFC 4180).</source>
        <translation>將標註、文章標籤、實體、文章、文章×標籤矩陣或備忘錄匯出為 CSV（帶位元組順序標記的 UTF-8，CRLF，RFC 4180）。</translation>
    </message>
    <message>
        <source>annotations, article-tags, entities, articles, matrix or memos (CSV); qdpx (a REFI-QDA project with the texts and all coding) or qdc (the codebook alone, REFI-QDA).</source>
        <translation>annotations、article-tags、entities、articles、matrix 或 memos（CSV）；qdpx（含文本和全部編碼的 REFI-QDA 專案）或 qdc（僅編碼本，REFI-QDA）。</translation>
    </message>
    <message>
        <source>pizhu export: --what must be annotations, article-tags, entities, articles, matrix, memos, qdpx or qdc</source>
        <translation>pizhu export：--what 須為 annotations、article-tags、entities、articles、matrix、memos、qdpx 或 qdc</translation>
    </message>
    <message>
        <source>make an empty PostgreSQL database a team corpus, with a lead and coders</source>
        <translation>把一個空的 PostgreSQL 資料庫設為團隊語料庫，設一名負責人和若干編碼員</translation>
    </message>
    <message>
        <source>pizhu init-team: %1</source>
        <translation>pizhu init-team：%1</translation>
    </message>
    <message>
        <source>Made a team corpus (schema version %1) in %2: lead %3, coders %4.</source>
        <translation>已在 %2 建立團隊語料庫（結構版本 %1）：負責人 %3，編碼員 %4。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暫無</translation>
    </message>
    <message>
        <source>Made the login %1 without a password: set one with psql&apos;s \password %1, or let it log in another way (pg_hba.conf).</source>
        <translation>已建立登入名稱 %1，未設密碼：可用 psql 的 \password %1 設定，或以其他方式允許其登入（pg_hba.conf）。</translation>
    </message>
    <message>
        <source>Makes an empty PostgreSQL database a team corpus, with a lead who edits the codebook and the articles and coders who code; the server enforces the roles. Run it as the server&apos;s administrator (a role that may create roles).</source>
        <translation>把一個空的 PostgreSQL 資料庫設為團隊語料庫：負責人編輯編碼表和文章，編碼員進行編碼；角色由伺服器強制執行。請以伺服器管理員身分（可建立角色的角色）執行。</translation>
    </message>
    <message>
        <source>The database: a libpq address, postgresql://host/database or service=NAME.</source>
        <translation>資料庫：libpq 位址，postgresql://主機/資料庫 或 service=名稱。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>The login of the team&apos;s lead (made if missing).</source>
        <translation>團隊負責人的登入名稱（不存在則建立）。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <source>The login of a coder (made if missing); may be repeated.</source>
        <translation>編碼員的登入名稱（不存在則建立）；可重複指定。</translation>
    </message>
    <message>
        <source>pizhu init-team: --db ADDRESS and --lead LOGIN are required</source>
        <translation>pizhu init-team：必須給出 --db ADDRESS 和 --lead LOGIN</translation>
    </message>
    <message>
        <source>copy a whole corpus between a file and a team corpus on PostgreSQL, either way</source>
        <translation>在語料庫檔案與 PostgreSQL 上的團隊語料庫之間雙向複製整個語料庫</translation>
    </message>
    <message>
        <source>Copies a whole corpus with its codebook, codings, memos and entities: from a corpus file to a team corpus on PostgreSQL (made by pizhu init-team), back to a new file, or between two of either. Ids are kept; the target must be empty; nothing is written unless all of it is copied.</source>
        <translation>複製整個語料庫及其編碼表、編碼、備忘錄和實體：從語料庫檔案複製到 PostgreSQL 上的團隊語料庫（由 pizhu init-team 建立），或複製回新檔案，或在任意兩者之間複製。編號保持不變；目標必須為空；只有全部複製成功才會寫入。</translation>
    </message>
    <message>
        <source>The corpus to copy: a file, or a PostgreSQL address.</source>
        <translation>要複製的語料庫：檔案或 PostgreSQL 位址。</translation>
    </message>
    <message>
        <source>FILE|ADDRESS</source>
        <translation>檔案|位址</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty team corpus.</source>
        <translation>複製到何處：新檔案，或空的團隊語料庫。</translation>
    </message>
    <message>
        <source>pizhu copy: --from and --to are required</source>
        <translation>pizhu copy：必須給出 --from 和 --to</translation>
    </message>
    <message>
        <source>pizhu copy: %1 exists; a copy goes into a new file, so that nothing is overwritten</source>
        <translation>pizhu copy：%1 已存在；複製只寫入新檔案，以免覆蓋任何內容</translation>
    </message>
    <message>
        <source>pizhu copy: %1</source>
        <translation>pizhu copy：%1</translation>
    </message>
    <message>
        <source>pizhu copy: %1; nothing was copied</source>
        <translation>pizhu copy：%1；未複製任何內容</translation>
    </message>
    <message>
        <source>Copied %1 articles, %2 tags, %3 passages, %4 article tags and %5 memos to %6.</source>
        <translation>已將 %1 篇文章、%2 個標籤、%3 個段落、%4 個文章標籤和 %5 則備忘錄複製到 %6。</translation>
    </message>
    <message>
        <source>The corpus file, or a team corpus&apos;s address (copied to a corpus file).</source>
        <translation>語料庫檔案，或團隊語料庫的位址（複製到語料庫檔案）。</translation>
    </message>
    <message>
        <source>Open or create the corpus FILE, or open the team corpus at ADDRESS, in the window.</source>
        <translation>在視窗中開啟或建立語料庫檔案 FILE，或開啟位於 ADDRESS 的團隊語料庫。</translation>
    </message>
    <message>
        <source>bring a team corpus made by an older Pizhu up to date (as its administrator)</source>
        <translation>將舊版批註建立的團隊語料庫升級到最新（由其管理員執行）</translation>
    </message>
    <message>
        <source>Brings a team corpus made by an older Pizhu up to date, then prepares its articles for what changed. Run it as the role that made the corpus (or the server&apos;s administrator); the team may go on working meanwhile.</source>
        <translation>將舊版批註建立的團隊語料庫升級到最新，然後依改動重新準備其文章。請以建立該語料庫的角色（或伺服器管理員）執行；其間團隊可以繼續工作。</translation>
    </message>
    <message>
        <source>pizhu upgrade-team: %1</source>
        <translation>pizhu upgrade-team：%1</translation>
    </message>
    <message>
        <source>Upgraded %1 to team revision %2; preparing its articles…</source>
        <translation>已將 %1 升級到團隊修訂版 %2；正在準備其文章…</translation>
    </message>
    <message>
        <source>%1 is at team revision %2 already; preparing any articles left unprepared…</source>
        <translation>%1 已是團隊修訂版 %2；正在準備尚未準備好的文章…</translation>
    </message>
    <message>
        <source>pizhu upgrade-team: the articles cannot be prepared (%1); run the command again to finish</source>
        <translation>pizhu upgrade-team：無法準備文章（%1）；請再次執行此命令以完成</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>correct an entity in every article of a corpus, kept as a rule; or list the rules</source>
        <translation>在語料庫的每篇文章中更正一個實體，並儲存為規則；或列出規則</translation>
    </message>
    <message>
        <source>Corrects an entity in every article of a corpus at once and keeps the correction as a rule of the corpus, which later imports and re-extractions obey. Without a correction, lists the corpus&apos;s rules (type, name, action, coder, time), tab-separated.</source>
        <translation>一次在語料庫的每篇文章中更正一個實體，並將更正儲存為語料庫的規則，之後的匯入和重新擷取都遵循它。不給出更正時，列出語料庫的規則（類型、名稱、操作、編碼員、時間），以定位字元分隔。</translation>
    </message>
    <message>
        <source>The corpus file, or a team corpus&apos;s address.</source>
        <translation>語料庫檔案，或團隊語料庫的位址。</translation>
    </message>
    <message>
        <source>The entity&apos;s type as extracted: PER (the default), ORG or FIG.</source>
        <translation>實體擷取時的類型：PER（預設）、ORG 或 FIG。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Reject the entity NAME everywhere.</source>
        <translation>在所有文章中駁回實體 NAME。</translation>
    </message>
    <message>
        <source>Confirm the entity NAME everywhere.</source>
        <translation>在所有文章中確認實體 NAME。</translation>
    </message>
    <message>
        <source>Make the entity NAME always of the type given by --as.</source>
        <translation>使實體 NAME 始終為 --as 給出的類型。</translation>
    </message>
    <message>
        <source>With --retype: PER, ORG or FIG.</source>
        <translation>與 --retype 一起使用：PER、ORG 或 FIG。</translation>
    </message>
    <message>
        <source>Make the entity NAME always the one given by --into.</source>
        <translation>使實體 NAME 始終為 --into 給出的實體。</translation>
    </message>
    <message>
        <source>With --merge: the name it stands for.</source>
        <translation>與 --merge 一起使用：它所指的名稱。</translation>
    </message>
    <message>
        <source>Drop the rule for NAME; what it changed stays.</source>
        <translation>刪除 NAME 的規則；它已作的變更保留。</translation>
    </message>
    <message>
        <source>pizhu entity-rules: %1</source>
        <translation>pizhu entity-rules：%1</translation>
    </message>
    <message>
        <source>give one correction at a time, not --%1</source>
        <translation>一次只能給出一個更正，而不是 --%1</translation>
    </message>
    <message>
        <source>--type must be PER, ORG or FIG, not “%1”</source>
        <translation>--type 必須是 PER、ORG 或 FIG，而不是「%1」</translation>
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
        <translation>已刪除「%1」的規則；之後的匯入和重新擷取不再套用它。</translation>
    </message>
    <message numerus="yes">
        <source>Corrected “%1” in %n article(s); later imports and re-extractions do the same.</source>
        <translation>
            <numerusform>已在 %n 篇文章中更正「%1」；之後的匯入和重新擷取也將如此。</numerusform>
        </translation>
    </message>
    <message>
        <source>Makes the corpus&apos;s own entity model: the shipped one, with the people and organisations the corpus&apos;s researchers confirmed, retyped or added in its lexicon; keeps it in the corpus and extracts every article again with it (corrections are kept). The articles whose suggestions changed are saved as an article set to review.</source>
        <translation>產生語料庫自己的實體模型：即隨附模型，並將研究者在本語料庫中確認、變更類型或手動新增的人物和機構加入其詞典；將其儲存在語料庫中，並用它重新擷取每篇文章（更正保留）。建議有變化的文章儲存為文章集以供複核。</translation>
    </message>
    <message>
        <source>Say whether the corpus has an adapted model, and from what.</source>
        <translation>說明語料庫是否有調整後的模型，以及其來源。</translation>
    </message>
    <message numerus="yes">
        <source>Adapted by %1 at %2 with %n name(s) of the corpus.</source>
        <translation>
            <numerusform>由 %1 於 %2 用語料庫的 %n 個名稱調整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The corpus uses the shipped entity model.</source>
        <translation>語料庫使用隨附的實體模型。</translation>
    </message>
    <message>
        <source>pizhu adapt-model: %1</source>
        <translation>pizhu adapt-model：%1</translation>
    </message>
    <message>
        <source>The corpus uses the shipped entity model again.</source>
        <translation>語料庫重新使用隨附的實體模型。</translation>
    </message>
    <message numerus="yes">
        <source>The model knows %n name(s) of the corpus now.</source>
        <translation>
            <numerusform>模型現在認識語料庫的 %n 個名稱。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracting again with the adapted model changed no suggestion.</source>
        <translation>用調整後的模型重新擷取，沒有建議發生變化。</translation>
    </message>
    <message numerus="yes">
        <source>Extracting again changed %1 suggestions in %n article(s); they are in the article set “%2”.</source>
        <translation>
            <numerusform>重新擷取使 %n 篇文章中的 %1 條建議發生變化；這些文章在文章集「%2」中。</numerusform>
        </translation>
    </message>
    <message>
        <source>adapt the entity model to a corpus from its corrections and extract again with it</source>
        <translation>根據語料庫的更正調整實體模型，並用它重新擷取</translation>
    </message>
    <message>
        <source>Drop the corpus&apos;s adapted model and extract every article again with the shipped one (the names the corpus&apos;s researchers confirmed or added still count).</source>
        <translation>刪除語料庫調整後的模型，並用隨附模型重新擷取每篇文章（語料庫研究者確認或新增的名稱仍然有效）。</translation>
    </message>
</context>
<context>
    <name>Pizhu::Concordance</name>
    <message>
        <source>nothing to search for</source>
        <translation>沒有可搜尋的內容</translation>
    </message>
</context>
<context>
    <name>Pizhu::ConcordanceDialog</name>
    <message>
        <source>Only the articles the list shows now</source>
        <translation>只用列表目前顯示的文章</translation>
    </message>
    <message>
        <source>Tag whole sentences</source>
        <translation>標註整句</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>A word or phrase, in either script: 党员, 黨員, &quot;quoted phrase&quot;</source>
        <translation>詞或短語,簡繁皆可:党员、黨員、&quot;帶引號的短語&quot;</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 個字元</translation>
    </message>
    <message>
        <source>As the articles come</source>
        <translation>按文章順序</translation>
    </message>
    <message>
        <source>By the context before (read backwards)</source>
        <translation>按前文(倒序讀)</translation>
    </message>
    <message>
        <source>By the context after</source>
        <translation>按後文</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>按媒體</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>按標題</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tag Chosen Hits…</source>
        <translation>標註所選出現(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>另存為 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Concordance</source>
        <translation>儲存索引</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Finding every hit to sort them…</source>
        <translation>正在尋找全部出現以便排序…</translation>
    </message>
    <message>
        <source>Finding every hit…</source>
        <translation>正在尋找全部出現…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 行儲存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n hit(s) of %1</source>
        <translation>
            <numerusform>標註 %1 的 %n 處出現</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) tagged; Edit → Undo takes them away again.</source>
        <translation>
            <numerusform>已標註 %n 個段落;編輯 → 復原可將其去掉。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 處命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) so far; more as you scroll</source>
        <translation>
            <numerusform>目前 %n 處出現;捲動可看到更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pizhu::ConcordanceJob</name>
    <message>
        <source>Finding every hit of %1</source>
        <translation>正在尋找 %1 的全部出現</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) so far</source>
        <translation>
            <numerusform>目前 %n 處出現</numerusform>
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
        <translation>出現</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>Pizhu::ConsoleQueryJob</name>
    <message>
        <source>Running query</source>
        <translation>正在執行查詢</translation>
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
        <translation>正在讀取段落</translation>
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
        <translation>機構</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Only the articles the list shows now</source>
        <translation>只用列表目前顯示的文章</translation>
    </message>
    <message>
        <source>Only articles published from</source>
        <translation>只用發表於以下期間的文章:自</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>共現</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>配對</translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation>儲存圖片(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;Network…</source>
        <translation>儲存網路(&amp;N)…</translation>
    </message>
    <message>
        <source>Save Picture</source>
        <translation>儲存圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation>圖片 (*.png *.svg)</translation>
    </message>
    <message>
        <source>Save Network</source>
        <translation>儲存網路</translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF (*.gexf);;Pairs as CSV (*.csv)</source>
        <translation>GraphML (*.graphml);;GEXF (*.gexf);;配對 CSV (*.csv)</translation>
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
        <translation>顯示每類中最常見的</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示:</translation>
    </message>
    <message>
        <source>Together:</source>
        <translation>同時出現:</translation>
    </message>
    <message>
        <source>Most frequent:</source>
        <translation>最常見:</translation>
    </message>
    <message>
        <source>Pairs seen at least:</source>
        <translation>配對至少出現:</translation>
    </message>
    <message>
        <source>Choose people, organisations or tags to show.</source>
        <translation>請選擇要顯示的人物、機構或標籤。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
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
            <numerusform>%n 個段落</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of the kinds chosen in %1.</source>
        <translation>%1 中沒有所選類別的內容。</translation>
    </message>
    <message>
        <source>%1 names or tags, %2 pairs, in %3.</source>
        <translation>%3 中有 %1 個名稱或標籤、%2 個配對。</translation>
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
            <numerusform>%1 與 %2 同現(%n 篇文章)</numerusform>
        </translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩陣</translation>
    </message>
    <message>
        <source>Save &amp;Matrix as CSV…</source>
        <translation>將矩陣存為 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>Save Matrix</source>
        <translation>儲存矩陣</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Pizhu::CooccurrenceJob</name>
    <message>
        <source>Counting what occurs together</source>
        <translation>正在統計共現</translation>
    </message>
    <message>
        <source>Laying out the network</source>
        <translation>正在排佈網路</translation>
    </message>
</context>
<context>
    <name>Pizhu::CooccurrencePairModel</name>
    <message numerus="yes">
        <source>%1 (%2): in %n unit(s)</source>
        <translation>
            <numerusform>%1(%2):出現於 %n 個單位</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>With</source>
        <translation>與</translation>
    </message>
    <message>
        <source>Articles together</source>
        <translation>同現文章數</translation>
    </message>
    <message>
        <source>Paragraphs together</source>
        <translation>同現段落數</translation>
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
        <translation>%1：語料庫未開啟</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1：無法建立（%2）</translation>
    </message>
    <message>
        <source>%1: the backup failed (%2); nothing was written</source>
        <translation>%1：備份失敗（%2）；未寫入任何檔案</translation>
    </message>
    <message>
        <source>%1: the backup could not be put in place</source>
        <translation>%1：備份無法放到目標位置</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: the copy is damaged (%2), so the corpus itself may be; nothing was written. Restore an earlier backup (each schema upgrade also leaves one, .vN-backup)</source>
        <translation>%1：副本已損壞（%2），語料庫本身可能也已損壞；未寫入任何內容。請從較早的備份還原（每次結構升級也會留下一份 .vN-backup）</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusCheckJob</name>
    <message>
        <source>Checking the file&apos;s structure</source>
        <translation>正在檢查檔案結構</translation>
    </message>
    <message>
        <source>the file&apos;s structure is damaged (%1)</source>
        <translation>檔案結構已損壞（%1）</translation>
    </message>
    <message>
        <source>the file&apos;s structure is damaged: %1</source>
        <translation>檔案結構已損壞：%1</translation>
    </message>
    <message>
        <source>the texts cannot all be read (%1)</source>
        <translation>正文無法全部讀取（%1）</translation>
    </message>
    <message>
        <source>article %1: its text no longer matches its checksum</source>
        <translation>第 %1 篇文章：正文與檢查碼不再一致</translation>
    </message>
    <message>
        <source>the texts after article %1 cannot be read (%2)</source>
        <translation>第 %1 篇之後的正文無法讀取（%2）</translation>
    </message>
    <message>
        <source>Checking the texts</source>
        <translation>正在檢查正文</translation>
    </message>
    <message>
        <source>the search index is damaged (%1)</source>
        <translation>搜尋索引已損壞（%1）</translation>
    </message>
    <message numerus="yes">
        <source>The check was stopped after %n text(s); no damage was found in what it read.</source>
        <translation>
            <numerusform>檢查在 %n 篇正文後停止；已讀取的部分未發現損壞。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The corpus is sound: its structure, %n text(s) and the search index passed the check.</source>
        <translation>
            <numerusform>語料庫完好：檔案結構、%n 篇正文和搜尋索引均通過檢查。</numerusform>
        </translation>
    </message>
    <message>
        <source>The corpus is damaged:
%1
Restore it from a backup (File → Back Up Corpus… makes them; each schema upgrade also leaves one, .vN-backup).</source>
        <translation>語料庫已損壞：
%1
請從備份還原（「檔案 → 備份語料庫…」可以製作備份；每次結構升級也會留下一份 .vN-backup）。</translation>
    </message>
    <message>
        <source>Checking the corpus</source>
        <translation>正在檢查語料庫</translation>
    </message>
    <message>
        <source>article %1: its simplified copy does not fit its text</source>
        <translation>文章 %1：其簡體副本與正文不符</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusCopy</name>
    <message>
        <source>the %1 is not a Pizhu corpus (%2)</source>
        <translation>%1不是批註語料庫（%2）</translation>
    </message>
    <message>
        <source>the %1 has schema version %2, and this Pizhu copies version %3 only</source>
        <translation>%1的結構版本為 %2，本版批註只能複製版本 %3</translation>
    </message>
    <message>
        <source>the target already holds articles, tags or memos; a copy goes into an empty corpus (a new file, or a database made by pizhu init-team)</source>
        <translation>目標已有文章、標籤或備忘錄；複製只能寫入空語料庫（新檔案，或由 pizhu init-team 建立的資料庫）</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>the search index cannot be written: %1</source>
        <translation>無法寫入搜尋索引：%1</translation>
    </message>
    <message>
        <source>the numbering of %1 cannot be set on %2: %3</source>
        <translation>無法在 %2 上設定 %1 的編號：%3</translation>
    </message>
    <message>
        <source>the text of article %1 is damaged: its simplified copy does not fit it</source>
        <translation>文章 %1 的文字已損壞：其簡體副本與正文不符</translation>
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
        <translation>無法建立資料夾</translation>
    </message>
    <message>
        <source>the folder is not writable, so no corpus can be created there</source>
        <translation>資料夾不可寫，無法在此建立語料庫</translation>
    </message>
    <message>
        <source>this is a folder, not a corpus file</source>
        <translation>這是一個資料夾，不是語料庫檔案</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>無法讀取檔案（%1）</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>檔案為只讀</translation>
    </message>
    <message>
        <source>the file is not a Pizhu corpus (it is not an SQLite database)</source>
        <translation>該檔案不是批註語料庫（不是 SQLite 資料庫）</translation>
    </message>
    <message>
        <source>the file is read-only; Pizhu needs to write to a corpus</source>
        <translation>檔案為只讀；批註需要寫入語料庫</translation>
    </message>
    <message>
        <source>the folder is read-only; SQLite needs it for the corpus&apos;s journal</source>
        <translation>資料夾為只讀；SQLite 需要在其中寫入語料庫日誌</translation>
    </message>
    <message>
        <source>the corpus is locked by another program</source>
        <translation>語料庫被另一個程式鎖定</translation>
    </message>
    <message>
        <source>the file is not a usable database (%1)</source>
        <translation>該檔案不是可用的資料庫（%1）</translation>
    </message>
    <message>
        <source>the file is an SQLite database but not a Pizhu corpus</source>
        <translation>該檔案是 SQLite 資料庫，但不是批註語料庫</translation>
    </message>
    <message>
        <source>the corpus has schema version %1, newer than this Pizhu understands (%2); open it with a newer Pizhu</source>
        <translation>語料庫的結構版本為 %1，比此版本批註支援的版本（%2）新；請用更新的批註開啟</translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging (%1)</source>
        <translation>SQLite 拒絕了預寫日誌模式（%1）</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>未安裝 Qt 的 SQLite 驅動（QSQLITE）</translation>
    </message>
    <message>
        <source>the schema was not upgraded, because the backup before it failed: %1</source>
        <translation>由於升級前的備份失敗，結構未升級：%1</translation>
    </message>
    <message>
        <source>the corpus file is damaged (%1). Restore it from a backup: File → Back Up Corpus… makes them, and each schema upgrade leaves one beside the corpus (.vN-backup)</source>
        <translation>語料庫檔案已損壞（%1）。請從備份恢復：“檔案 → 備份語料庫…”可以製作備份，每次升級資料庫結構時也會在語料庫旁留下一份（.vN-backup）</translation>
    </message>
    <message>
        <source>it is shorter than its header says, so it was cut off</source>
        <translation>檔案比其檔案頭所記錄的短，已被截斷</translation>
    </message>
    <message>
        <source>the corpus has schema version %1, which no Pizhu writes; another program changed it</source>
        <translation>語料庫的結構版本為 %1，批註從不寫入這樣的版本；它被其他程式改動過</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>未安裝 Qt 的 PostgreSQL 驅動程式（QPSQL）</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>無法連線：%1</translation>
    </message>
    <message>
        <source>the database is not a Pizhu team corpus (pizhu init-team makes one)</source>
        <translation>該資料庫不是批註團隊語料庫（可用 pizhu init-team 建立）</translation>
    </message>
    <message>
        <source>the team corpus has schema version %1, older than this Pizhu&apos;s (%2); upgrading team corpora is not possible yet</source>
        <translation>團隊語料庫的結構版本為 %1，比本版批註的（%2）舊；目前尚不能升級團隊語料庫</translation>
    </message>
    <message>
        <source>the team corpus is at revision %1, newer than this Pizhu understands (%2); open it with a newer Pizhu</source>
        <translation>團隊語料庫的修訂版為 %1，比此版批註所能理解的（%2）更新；請用更新的批註開啟</translation>
    </message>
    <message>
        <source>the team corpus was made by an older Pizhu (revision %1, this one needs %2); the server&apos;s administrator upgrades it with: pizhu upgrade-team --db %3</source>
        <translation>團隊語料庫由舊版批註建立（修訂版 %1，此版需要 %2）；伺服器管理員可用以下指令升級：pizhu upgrade-team --db %3</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusEntitiesDialog</name>
    <message>
        <source>Entities in Corpus</source>
        <translation>語料庫實體</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名稱篩選</translation>
    </message>
    <message>
        <source>Activate an entity to list the articles that mention it; its context menu corrects it in every article.</source>
        <translation>啟用實體可列出提及它的文章；其右鍵選單可在每篇文章中更正它。</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusEntityCorrections</name>
    <message>
        <source>“%1” is of that type already</source>
        <translation>「%1」已是該類型</translation>
    </message>
    <message>
        <source>name the entity that “%1” is to be merged into</source>
        <translation>請說明「%1」要合併到的實體</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself</source>
        <translation>「%1」不能合併到自身</translation>
    </message>
    <message>
        <source>the corpus has no rule for the %1 “%2”</source>
        <translation>語料庫中沒有 %1「%2」的規則</translation>
    </message>
    <message>
        <source>an entity without a name cannot be corrected</source>
        <translation>沒有名稱的實體無法更正</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusEntityModel</name>
    <message>
        <source>The corpus&apos;s adapted entity model</source>
        <translation>語料庫調整後的實體模型</translation>
    </message>
    <message>
        <source>%1 Entities are extracted with the shipped model.</source>
        <translation>%1 實體改用隨附模型擷取。</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusFileActions</name>
    <message>
        <source>Import Files</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>News articles (*.txt *.html *.htm *.csv *.jsonl);;All files (*)</source>
        <translation>新聞文章 (*.txt *.html *.htm *.csv *.jsonl);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>匯入資料夾</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已匯出到 %1</translation>
    </message>
    <message>
        <source>Back Up Corpus</source>
        <translation>備份語料庫</translation>
    </message>
    <message>
        <source>Pizhu corpora (*.pizhu)</source>
        <translation>批註語料庫 (*.pizhu)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已備份到 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Import %p%</source>
        <translation>匯入 %p%</translation>
    </message>
    <message>
        <source>Check Corpus</source>
        <translation>檢查語料庫</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Corpus…</source>
        <translation>備份語料庫(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check Corpus…</source>
        <translation>檢查語料庫(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>匯出為 CSV(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusFiles</name>
    <message>
        <source>Open Corpus</source>
        <translation>開啟語料庫</translation>
    </message>
    <message>
        <source>The corpus cannot be opened, and the file was left as it is.

%1</source>
        <translation>無法開啟語料庫，檔案未作任何改動。

%1</translation>
    </message>
    <message>
        <source>New Corpus</source>
        <translation>新建語料庫</translation>
    </message>
    <message>
        <source>Pizhu corpora (%1)</source>
        <translation>批註語料庫 (%1)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose Open Corpus to open it, or another name.</source>
        <translation>%1 已存在。請用“開啟語料庫”開啟它，或換一個名稱。</translation>
    </message>
    <message>
        <source>Pizhu corpora (%1);;All files (*)</source>
        <translation>批註語料庫 (%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a corpus. Make a new corpus in it?</source>
        <translation>%1 是一個空檔案，不是語料庫。要在其中新建語料庫嗎？</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>伺服器要求輸入 %1 的密碼。</translation>
    </message>
    <message>
        <source>The password was not accepted. The password of %1:</source>
        <translation>密碼未被接受。%1 的密碼：</translation>
    </message>
    <message>
        <source>Open Team Corpus</source>
        <translation>開啟團隊語料庫</translation>
    </message>
    <message>
        <source>The team corpus cannot be opened.

%1</source>
        <translation>無法開啟團隊語料庫。

%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>團隊：%1</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation>檔案或資料夾不存在</translation>
    </message>
    <message>
        <source>the corpus cannot be written (%1)</source>
        <translation>無法寫入語料庫（%1）</translation>
    </message>
    <message>
        <source>the corpus refused it (%1)</source>
        <translation>語料庫拒絕寫入（%1）</translation>
    </message>
    <message>
        <source>not stored: writing its batch to the corpus failed, so none of the batch was kept (%1)</source>
        <translation>未儲存：寫入其所在批次時失敗，該批次沒有任何文章被保留（%1）</translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusSession</name>
    <message>
        <source>a tag needs a name</source>
        <translation>標籤需要名稱</translation>
    </message>
    <message>
        <source>a tag name cannot contain “/”, which separates the levels of a tag path</source>
        <translation>標籤名稱不能包含“/”，它用於分隔標籤路徑的層級</translation>
    </message>
    <message>
        <source>there is already a tag “%1” at that level</source>
        <translation>該層級已有標籤“%1”</translation>
    </message>
    <message>
        <source>there is no parent tag %1</source>
        <translation>沒有上級標籤 %1</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>沒有標籤 %1</translation>
    </message>
    <message>
        <source>a tag cannot move below itself</source>
        <translation>標籤不能移到自身之下</translation>
    </message>
    <message>
        <source>both tags must exist to merge them</source>
        <translation>兩個標籤都必須存在才能合併</translation>
    </message>
    <message>
        <source>a tag cannot be merged into itself or a tag below it</source>
        <translation>標籤不能合併到自身或其下的標籤</translation>
    </message>
    <message>
        <source>merge or move the tags below “%1” first</source>
        <translation>請先合併或移走“%1”下的標籤</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>沒有文章 %1</translation>
    </message>
    <message>
        <source>the passage %1–%2 is not within the article</source>
        <translation>段落 %1–%2 不在文章範圍內</translation>
    </message>
    <message>
        <source>there is no passage %1</source>
        <translation>沒有段落 %1</translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation>沒有實體 %1</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself</source>
        <translation>“%1”不能合併到自身</translation>
    </message>
    <message>
        <source>only entities of the same article can be merged</source>
        <translation>只能合併同一篇文章中的實體</translation>
    </message>
    <message>
        <source>select the words that name the entity</source>
        <translation>請選中實體的名稱文字</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>文章需要標題</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2022-03-25, 2022-03-25 16:43 or 2022年3月25日</source>
        <translation>「%1」不是日期：請寫作 2022-03-25、2022-03-25 16:43 或 2022年3月25日</translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvExport</name>
    <message>
        <source>%1: the export was cancelled; no file was written</source>
        <translation>%1：匯出已取消；未寫入任何檔案</translation>
    </message>
    <message>
        <source>%1: the export failed (%2); no file was written</source>
        <translation>%1：匯出失敗（%2）；未寫入任何檔案</translation>
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
        <translation>無法寫入（%1）</translation>
    </message>
    <message>
        <source>writing it failed (%1); free some space, or choose another folder, and try again; no file was written</source>
        <translation>寫入失敗（%1）；請騰出空間或選擇其他資料夾後重試；未寫入任何檔案</translation>
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
        <translation>第 %1 行開始的引號欄位沒有結束</translation>
    </message>
    <message>
        <source>a field on line %1 is longer than %2 MB; the row was skipped</source>
        <translation>第 %1 行的一個欄位超過 %2 MB；該列已略過</translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvSource</name>
    <message>
        <source>the CSV file has no header row</source>
        <translation>CSV 檔案沒有表頭行</translation>
    </message>
    <message>
        <source>the header names no text column (text, content or body): %1</source>
        <translation>表頭中沒有正文列（text、content 或 body）：%1</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>該行有 %1 個欄位，而表頭有 %2 個</translation>
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
        <translation>字元 %1–%2</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>已標記</translation>
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
        <translation>未編碼該文章</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
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
        <translation>語料庫實體(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Re-extract Entities</source>
        <translation>重新提取實體(&amp;R)</translation>
    </message>
    <message>
        <source>Extracts people, organisations and figures again; corrections are kept.</source>
        <translation>重新提取人物、機構和數字；保留所有更正。</translation>
    </message>
    <message>
        <source>Articles mentioning “%1”</source>
        <translation>提及“%1”的文章</translation>
    </message>
    <message>
        <source>&amp;Adapt Entity Model</source>
        <translation>調整實體模型(&amp;A)</translation>
    </message>
    <message>
        <source>Adapt Entity Model</source>
        <translation>調整實體模型</translation>
    </message>
    <message>
        <source>The entity model was not adapted: %1</source>
        <translation>實體模型未調整：%1</translation>
    </message>
    <message numerus="yes">
        <source>The entity model knows %n name(s) of this corpus; no suggestion changed.</source>
        <translation>
            <numerusform>實體模型認識本語料庫的 %n 個名稱；沒有建議發生變化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The entity model knows %1 names of this corpus; %2 suggestions changed in %n article(s), listed in the article set “%3”.</source>
        <translation>
            <numerusform>實體模型認識本語料庫的 %1 個名稱；%n 篇文章中的 %2 條建議發生變化，列於文章集「%3」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracts every article again with the people and organisations confirmed or added in this corpus, kept in its own entity model; corrections are kept.</source>
        <translation>用本語料庫中已確認或手動新增的人物和機構重新擷取每篇文章，並將它們保存在語料庫自己的實體模型中；更正保留。</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityCorrectionMenu</name>
    <message>
        <source>Everywhere in the &amp;Corpus</source>
        <translation>在整個語料庫中(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reject Everywhere</source>
        <translation>全部駁回(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;onfirm Everywhere</source>
        <translation>全部確認(&amp;O)</translation>
    </message>
    <message>
        <source>Always a &amp;Person</source>
        <translation>始終是人物(&amp;P)</translation>
    </message>
    <message>
        <source>Always an &amp;Organisation</source>
        <translation>始終是機構(&amp;O)</translation>
    </message>
    <message>
        <source>Always a &amp;Figure</source>
        <translation>始終是數字(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Merge Everywhere Into…</source>
        <translation>全部合併到(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge Everywhere</source>
        <translation>全部合併</translation>
    </message>
    <message>
        <source>Name that “%1” stands for in every article (where an article has both, they are merged):</source>
        <translation>「%1」在每篇文章中所指的名稱（文章中兩者都有時合併）：</translation>
    </message>
    <message>
        <source>&amp;Forget the Corpus Rule</source>
        <translation>刪除語料庫規則(&amp;F)</translation>
    </message>
    <message>
        <source>Forget the Corpus Rule</source>
        <translation>刪除語料庫規則</translation>
    </message>
    <message>
        <source>Later imports and re-extractions no longer apply the rule; what it changed stays.</source>
        <translation>之後的匯入和重新擷取不再套用該規則；它已作的變更保留。</translation>
    </message>
    <message>
        <source>List Articles Mentioning “%1”</source>
        <translation>列出提及「%1」的文章</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityDock</name>
    <message>
        <source>Entities</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>篩選實體</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous mention</source>
        <translation>上一處提及</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next mention</source>
        <translation>下一處提及</translation>
    </message>
    <message>
        <source>Show rejected</source>
        <translation>顯示已駁回</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>合併實體</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>新增實體</translation>
    </message>
    <message>
        <source>Add as &amp;Entity</source>
        <translation>新增為實體(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>駁回(&amp;R)</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>更改型別(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Merge into Current</source>
        <translation>合併到當前實體(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityModel</name>
    <message>
        <source>Cannot write the entity model %1: %2</source>
        <translation>無法寫入實體模型 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the entity model %1: %2</source>
        <translation>無法讀取實體模型 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Pizhu entity model.</source>
        <translation>%1 不是批註的實體模型。</translation>
    </message>
    <message>
        <source>%1 is an entity model of another file format (%2; this Pizhu reads %3).</source>
        <translation>%1 是另一種檔案格式的實體模型（%2；此版本批註讀取 %3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its weights cannot be unpacked.</source>
        <translation>%1 已損壞：無法解壓縮其權重。</translation>
    </message>
    <message>
        <source>%1 was trained on other features (version %2; this Pizhu computes version %3).</source>
        <translation>%1 是用其他特徵訓練的（版本 %2；此版本批註計算版本 %3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its weights are incomplete.</source>
        <translation>%1 已損壞：其權重不完整。</translation>
    </message>
    <message>
        <source>%1 is damaged: its word list is incomplete.</source>
        <translation>%1 已損壞：其詞表不完整。</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityStore</name>
    <message>
        <source>no entity %1</source>
        <translation>沒有實體 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityTableModel</name>
    <message>
        <source>Entity</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章數</translation>
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
        <translation>機構</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>多於</translation>
    </message>
    <message>
        <source>about</source>
        <translation>約</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>將近</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手動新增</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Role or value</source>
        <translation>職務或數值</translation>
    </message>
</context>
<context>
    <name>Pizhu::ExchangeActions</name>
    <message>
        <source>Export REFI-QDA &amp;Project…</source>
        <translation>匯出 REFI-QDA 專案(&amp;P)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>匯出 REFI-QDA 專案</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 專案 (*.qdpx)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Co&amp;debook…</source>
        <translation>匯出 REFI-QDA 編碼本(&amp;D)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA Codebook</source>
        <translation>匯出 REFI-QDA 編碼本</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA 編碼本 (*.qdc)</translation>
    </message>
    <message>
        <source>Import REFI-QDA Pro&amp;ject…</source>
        <translation>匯入 REFI-QDA 專案(&amp;J)…</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>匯入 REFI-QDA 專案</translation>
    </message>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc)</source>
        <translation>REFI-QDA 專案和編碼本 (*.qdpx *.qdc)</translation>
    </message>
    <message>
        <source>&amp;Merge Coder&apos;s Corpus…</source>
        <translation>合併編碼員的語料庫(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge Coder&apos;s Corpus</source>
        <translation>合併編碼員的語料庫</translation>
    </message>
    <message>
        <source>Pizhu corpora (*.pizhu)</source>
        <translation>批註語料庫 (*.pizhu)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:

%2</source>
        <translation>%1 未匯入；未做任何變更：

%2</translation>
    </message>
    <message>
        <source>%1 was not merged: %2</source>
        <translation>%1 未合併：%2</translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>來自 %1：%2。</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>未採用：</translation>
    </message>
    <message>
        <source>Edit → Undo takes it all out again.</source>
        <translation>「編輯 → 復原」可將其全部撤回。</translation>
    </message>
    <message>
        <source>Coding Merged</source>
        <translation>編碼已合併</translation>
    </message>
</context>
<context>
    <name>Pizhu::ExportDialog</name>
    <message>
        <source>Start with a byte-order mark (Excel needs it to show Chinese)</source>
        <translation>以位元組順序標記開頭（Excel 需要它才能正確顯示中文）</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>匯出為 CSV</translation>
    </message>
    <message>
        <source>Annotations (tagged passages)</source>
        <translation>標註（已標註的段落）</translation>
    </message>
    <message>
        <source>Article × tag matrix</source>
        <translation>文章 × 標籤矩陣</translation>
    </message>
    <message>
        <source>Articles (metadata)</source>
        <translation>文章（元資料）</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
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
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>One row per article and coder</source>
        <translation>每篇文章每位編碼員一列</translation>
    </message>
    <message>
        <source>Article tags (tags on whole articles)</source>
        <translation>文章標籤（整篇文章的標籤）</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n article(s) listed, not the whole corpus</source>
        <translation>
            <numerusform>只匯出列出的 %n 篇文章，而非整個語料庫</numerusform>
        </translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>備忘錄</translation>
    </message>
    <message>
        <source>Only the articles listed, not the whole corpus</source>
        <translation>只匯出列出的文章，而非整個語料庫</translation>
    </message>
</context>
<context>
    <name>Pizhu::ExportJob</name>
    <message>
        <source>Exporting</source>
        <translation>正在匯出</translation>
    </message>
</context>
<context>
    <name>Pizhu::FindBar</name>
    <message>
        <source>Find in article (either script)</source>
        <translation>在文章中查詢（簡繁皆可）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>沒有找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 個，共 %2 個</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查詢(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查詢下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查詢上一個(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Pizhu::FolderScanner</name>
    <message>
        <source>the folder cannot be read (no permission), so its files were not imported</source>
        <translation>無法讀取該資料夾（沒有權限），其中的檔案未匯入</translation>
    </message>
</context>
<context>
    <name>Pizhu::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>正在查詢檔案…</translation>
    </message>
    <message>
        <source>Files that cannot be imported are listed here with the reason.</source>
        <translation>無法匯入的檔案會連同原因列在這裡。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Imported: %1 · Already in the corpus: %2 · Failed: %3</source>
        <translation>已匯入：%1 · 已在語料庫中：%2 · 失敗：%3</translation>
    </message>
    <message>
        <source>Import cancelled. What was imported stays in the corpus.</source>
        <translation>匯入已取消。已匯入的內容保留在語料庫中。</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>匯入完成。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何內容：%1</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>當前檔案完成後取消…</translation>
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
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 個檔案，共 %2 個：%3</translation>
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
        <translation>停止此項工作；已完成的部分會保留</translation>
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
        <translation>UTF-16 編碼的 JSON Lines 無法逐行讀取；請將檔案另存為 UTF-8</translation>
    </message>
    <message>
        <source>the line is longer than 50 MB</source>
        <translation>該行超過 50 MB</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>不是有效的 JSON（第 %2 個字元處：%1）</translation>
    </message>
    <message>
        <source>the line is JSON but not an object with named fields</source>
        <translation>該行是 JSON，但不是帶欄位名的物件</translation>
    </message>
    <message>
        <source>the record holds %1, half of a UTF-16 surrogate pair with no other half, which is no character; fix the escape and import it again</source>
        <translation>該記錄含有 %1，這是缺了另一半的 UTF-16 代理對，不是字元；請修正跳脫序列後重新匯入</translation>
    </message>
    <message>
        <source>the field “%1” holds a NUL character (\u0000), which is no text; remove it and import the record again</source>
        <translation>欄位「%1」含有 NUL 字元（\u0000），不是文字；請刪除後重新匯入該記錄</translation>
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
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Search Corpus</source>
        <translation>搜尋語料庫(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>閱讀</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Pizhu</source>
        <translation>關於批註(&amp;A)</translation>
    </message>
    <message>
        <source>Article %1 could not be read from the corpus.</source>
        <translation>無法從語料庫讀取文章 %1。</translation>
    </message>
    <message>
        <source>%1 — Pizhu</source>
        <translation>%1 — 批註</translation>
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
        <translation>關於批註</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Edit failed</source>
        <translation>編輯失敗</translation>
    </message>
    <message>
        <source>Articles without “%1”</source>
        <translation>沒有“%1”的文章</translation>
    </message>
    <message>
        <source>Articles with “%1”</source>
        <translation>帶有“%1”的文章</translation>
    </message>
    <message>
        <source>&amp;New Corpus…</source>
        <translation>新建語料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>開啟語料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Codebook</source>
        <translation>編碼表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
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
        <translation>SQL 控制檯(&amp;S)…</translation>
    </message>
    <message>
        <source>The corpus was upgraded to a new schema; a copy of it as it was is in %1</source>
        <translation>語料庫已升級到新的結構；升級前的副本儲存在 %1</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>偏好設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pizhu %1&lt;/h3&gt;&lt;p&gt;A reader and annotation workbench for Chinese news corpora.&lt;/p&gt;&lt;p&gt;Qt %2 · OpenCC %3 · SQLite %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Corpus: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;批註 %1&lt;/h3&gt;&lt;p&gt;中文新聞語料的閱讀與標註工作台。&lt;/p&gt;&lt;p&gt;Qt %2 · OpenCC %3 · SQLite %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;語料庫：%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Team Corpus…</source>
        <translation>開啟團隊語料庫(&amp;T)…</translation>
    </message>
    <message>
        <source>Article %1 (counting the list…)</source>
        <translation>第 %1 篇（正在統計清單…）</translation>
    </message>
    <message>
        <source>Counting the list…</source>
        <translation>正在統計清單…</translation>
    </message>
</context>
<context>
    <name>Pizhu::MemoDock</name>
    <message>
        <source>Memos</source>
        <translation>備忘錄</translation>
    </message>
    <message>
        <source>&amp;New Memo</source>
        <translation>新增備忘錄(&amp;N)</translation>
    </message>
    <message>
        <source>Delete &amp;Memo</source>
        <translation>刪除備忘錄(&amp;M)</translation>
    </message>
    <message>
        <source>Find in memos, either script</source>
        <translation>在備忘錄中尋找，簡繁皆可</translation>
    </message>
    <message>
        <source>Choose a memo, or write a new one</source>
        <translation>選擇一則備忘錄，或寫一則新的</translation>
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
        <translation>專案</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>標籤：%1</translation>
    </message>
    <message>
        <source>All memos</source>
        <translation>全部備忘錄</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>備忘錄</translation>
    </message>
    <message>
        <source>New Memo</source>
        <translation>新增備忘錄</translation>
    </message>
    <message>
        <source>Delete Memo</source>
        <translation>刪除備忘錄</translation>
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
        <translation>標籤：%1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>About</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>備忘錄</translation>
    </message>
</context>
<context>
    <name>Pizhu::Memos</name>
    <message>
        <source>there is no article %1</source>
        <translation>沒有文章 %1</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>沒有標籤 %1</translation>
    </message>
    <message>
        <source>there is no memo %1</source>
        <translation>沒有備忘錄 %1</translation>
    </message>
</context>
<context>
    <name>Pizhu::Migrations</name>
    <message>
        <source>the corpus says it has schema version %1, but it already holds what version %2 adds (%3): another program, or an older Pizhu stopped half-way, changed it. Nothing was changed; restore the corpus from a backup, or ask for help with the file</source>
        <translation>語料庫聲稱其結構版本為 %1，但已包含版本 %2 才新增的內容（%3）：它曾被其他程式或中途停止的舊版批註改動。未做任何變更；請從備份還原語料庫，或就此檔案尋求協助</translation>
    </message>
    <message>
        <source>upgrading the corpus to schema version %1 failed (%2); nothing was changed</source>
        <translation>將語料庫升級到結構版本 %1 失敗（%2）；未做任何變更</translation>
    </message>
</context>
<context>
    <name>Pizhu::NetworkExport</name>
    <message>
        <source>%1: a network is saved as .csv, .graphml or .gexf</source>
        <translation>%1:網路只能儲存為 .csv、.graphml 或 .gexf</translation>
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
        <translation>無法啟動 Graphviz</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the network</source>
        <translation>Graphviz 無法排佈此網路</translation>
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
        <translation>機構</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: together in %n unit(s); PMI %3, Dice %4</source>
        <translation>
            <numerusform>%1 與 %2:同現於 %n 個單位;PMI %3,Dice %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): in %n unit(s)</source>
        <translation>
            <numerusform>%1(%2):出現於 %n 個單位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pizhu::PictureExport</name>
    <message>
        <source>%1: a picture is saved as .png or .svg</source>
        <translation>%1:圖片只能儲存為 .png 或 .svg</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the picture could not be drawn</source>
        <translation>無法繪製圖片</translation>
    </message>
</context>
<context>
    <name>Pizhu::PreferencesDialog</name>
    <message>
        <source>Start CSV exports with a byte-order mark (for Excel)</source>
        <translation>CSV 匯出以位元組順序標記開頭（用於 Excel）</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>你的使用者名稱</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>A new language shows fully after Pizhu restarts.</source>
        <translation>重新啟動批註後，新語言才會完全生效。</translation>
    </message>
    <message>
        <source>Show articles in:</source>
        <translation>文章顯示字形：</translation>
    </message>
    <message>
        <source>Reader font:</source>
        <translation>閱讀字型：</translation>
    </message>
    <message>
        <source>Reader font size:</source>
        <translation>閱讀字號：</translation>
    </message>
    <message>
        <source>Coder name:</source>
        <translation>編碼者姓名：</translation>
    </message>
    <message>
        <source>Use one font for every script</source>
        <translation>所有文字都用同一種字型</translation>
    </message>
    <message>
        <source>Otherwise the reader draws each script in its own Chinese glyph forms: mainland for simplified, Taiwan for traditional, Hong Kong for Hong Kong</source>
        <translation>否則閱讀器按所顯示的文字選用相應的字形：簡體用大陸字形，繁體用臺灣字形，香港繁體用香港字形</translation>
    </message>
    <message>
        <source>As the system is</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light or dark, as Pizhu is</source>
        <translation>隨批註的淺色或深色</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外觀：</translation>
    </message>
    <message>
        <source>Reader theme:</source>
        <translation>閱讀器主題：</translation>
    </message>
</context>
<context>
    <name>Pizhu::PrintActions</name>
    <message>
        <source>&amp;Print Article…</source>
        <translation>列印文章(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Article as P&amp;DF…</source>
        <translation>將文章匯出為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Prints the article as shown, with its passages, notes and a legend of the tags.</source>
        <translation>依目前顯示列印文章，附段落、備註和標籤圖例。</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>列印文章</translation>
    </message>
    <message>
        <source>Export Article as PDF</source>
        <translation>將文章匯出為 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
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
        <translation>剩餘不到一分鐘</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>約剩 %n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>約剩 %n 小時</numerusform>
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
        <translation>這不是 REFI-QDA 專案（不是 zip 檔案）</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>無法讀取（%1）</translation>
    </message>
    <message>
        <source>entry %1 cannot be read (%2)</source>
        <translation>無法讀取項目 %1（%2）</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB</source>
        <translation>「%1」大於 %2 MB</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2)</source>
        <translation>無法讀取「%1」（%2）</translation>
    </message>
    <message>
        <source>it cannot be written (%1)</source>
        <translation>無法寫入（%1）</translation>
    </message>
    <message>
        <source>“%1” cannot be added (%2)</source>
        <translation>無法加入「%1」（%2）</translation>
    </message>
    <message>
        <source>it cannot be put in place</source>
        <translation>無法放到目標位置</translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxExportJob</name>
    <message>
        <source>Exporting the codebook</source>
        <translation>正在匯出編碼本</translation>
    </message>
    <message>
        <source>Exporting a REFI-QDA project</source>
        <translation>正在匯出 REFI-QDA 專案</translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxReader</name>
    <message>
        <source>project.qde is not a REFI-QDA project</source>
        <translation>project.qde 不是 REFI-QDA 專案</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA codebook (its root is not CodeBook)</source>
        <translation>這不是 REFI-QDA 編碼本（根元素不是 CodeBook）</translation>
    </message>
    <message>
        <source>the %1 “%2” was left out: Pizhu reads text sources only</source>
        <translation>%1「%2」未採用：批註只讀取文字來源</translation>
    </message>
    <message>
        <source>the project&apos;s %1 were left out: Pizhu has nothing like them</source>
        <translation>專案中的 %1 未採用：批註沒有對應的內容</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>無法讀取（%1）</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA project (not a zip file)</source>
        <translation>這不是 REFI-QDA 專案（不是 zip 檔案）</translation>
    </message>
    <message>
        <source>it is a zip file, but not a REFI-QDA project: it holds no project.qde</source>
        <translation>這是 zip 檔案，但不是 REFI-QDA 專案：其中沒有 project.qde</translation>
    </message>
    <message>
        <source>project.qde does not follow the REFI-QDA schema (Project.xsd 1.0):</source>
        <translation>project.qde 不符合 REFI-QDA 結構（Project.xsd 1.0）：</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>REFI-QDA 匯入</translation>
    </message>
    <message>
        <source>%1 names the user %2, who is not among the project&apos;s users</source>
        <translation>%1 提到使用者 %2，但該使用者不在專案的使用者清單中</translation>
    </message>
    <message>
        <source>the source “%1”</source>
        <translation>來源「%1」</translation>
    </message>
    <message>
        <source>%1: its text %2 is not in the project</source>
        <translation>%1：其文字 %2 不在專案中</translation>
    </message>
    <message>
        <source>%1: its text is outside the project (%2)</source>
        <translation>%1：其文字在專案之外（%2）</translation>
    </message>
    <message>
        <source>%1 is not text (its file is not UTF-8)</source>
        <translation>%1 不是文字（其檔案不是 UTF-8）</translation>
    </message>
    <message>
        <source>a selection of “%1” (%2–%3) has no code and was left out</source>
        <translation>「%1」的選取範圍（%2–%3）沒有代碼，未採用</translation>
    </message>
    <message>
        <source>%1: a selection refers to the note %2, which is not in the project</source>
        <translation>%1：某選取範圍引用的註釋 %2 不在專案中</translation>
    </message>
    <message>
        <source>%1: a selection is coded with %2, which is not in the codebook</source>
        <translation>%1：某選取範圍的代碼 %2 不在編碼本中</translation>
    </message>
    <message>
        <source>%1 is coded with %2, which is not in the codebook</source>
        <translation>%1 的代碼 %2 不在編碼本中</translation>
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
        <translation>本版批註缺少 REFI-QDA 結構檔案</translation>
    </message>
    <message>
        <source>the REFI-QDA schema could not be read</source>
        <translation>無法讀取 REFI-QDA 結構檔案</translation>
    </message>
    <message>
        <source>it is not well-formed XML</source>
        <translation>不是格式正確的 XML</translation>
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
        <translation>無法寫入「%1」的文字（%2）</translation>
    </message>
    <message>
        <source>%1: no temporary folder for the sources (%2)</source>
        <translation>%1：沒有存放來源的暫存資料夾（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: it cannot be written (%2)</source>
        <translation>%1：無法寫入（%2）</translation>
    </message>
</context>
<context>
    <name>Pizhu::ReadOnlyQuery</name>
    <message>
        <source>%1 cannot be opened for reading (%2)</source>
        <translation>無法以只讀方式開啟 %1（%2）</translation>
    </message>
    <message>
        <source>the SQLite driver gives no handle, so the console cannot be made safe</source>
        <translation>SQLite 驅動未提供控制代碼，無法保證控制檯只讀</translation>
    </message>
    <message>
        <source>the console has no corpus open</source>
        <translation>控制檯沒有開啟語料庫</translation>
    </message>
    <message>
        <source>Only reading is allowed here: the console cannot change the corpus (%1).</source>
        <translation>這裡只允許讀取：控制檯不能修改語料庫（%1）。</translation>
    </message>
    <message>
        <source>The query was stopped.</source>
        <translation>查詢已停止。</translation>
    </message>
    <message numerus="yes">
        <source>The query failed after %n row(s): %1</source>
        <translation>
            <numerusform>查詢在 %n 列後失敗：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only reading is allowed here: on a team corpus the console runs one SELECT, WITH or VALUES statement.</source>
        <translation>這裡只允許讀取：在團隊語料庫上，主控台只執行一條 SELECT、WITH 或 VALUES 陳述式。</translation>
    </message>
</context>
<context>
    <name>Pizhu::ReaderAppearance</name>
    <message>
        <source>&amp;Reading Aids</source>
        <translation>閱讀輔助(&amp;R)</translation>
    </message>
    <message>
        <source>Colour quotations, titles of works, dates, figures and credits</source>
        <translation>為引語、作品名、日期、數字和署名著色</translation>
    </message>
    <message>
        <source>Show &amp;Set-Aside Lines</source>
        <translation>顯示剔除的行(&amp;S)</translation>
    </message>
    <message>
        <source>Show the menus, captions and footers the importer set aside, greyed, in place</source>
        <translation>在原位置以灰色顯示匯入時剔除的選單、圖片說明和頁尾</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Pizhu::ReaderView</name>
    <message>
        <source>Select an article in the list to read it here.</source>
        <translation>在列表中選擇一篇文章，在此閱讀。</translation>
    </message>
</context>
<context>
    <name>Pizhu::RecordFields</name>
    <message>
        <source>the record has no text (a text, content or body field)</source>
        <translation>該記錄沒有正文（text、content 或 body 欄位）</translation>
    </message>
    <message>
        <source>the record&apos;s text is larger than 50 MB</source>
        <translation>該記錄的正文超過 50 MB</translation>
    </message>
    <message>
        <source>the record has no title (a title field, or a first line of text)</source>
        <translation>該記錄沒有標題（title 欄位或正文第一行）</translation>
    </message>
    <message>
        <source>the record&apos;s text holds no paragraphs</source>
        <translation>該記錄的正文沒有段落</translation>
    </message>
</context>
<context>
    <name>Pizhu::ReextractJob</name>
    <message>
        <source>Re-extracting entities</source>
        <translation>正在重新擷取實體</translation>
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
        <translation>簡體</translation>
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
        <translation>臺灣繁體，含臺灣用語（台灣用語：软件 → 軟體）</translation>
    </message>
</context>
<context>
    <name>Pizhu::ScriptSwitcher</name>
    <message>
        <source>The script articles are shown in</source>
        <translation>文章顯示所用的字形</translation>
    </message>
</context>
<context>
    <name>Pizhu::SearchQuery</name>
    <message>
        <source>type something to search for</source>
        <translation>請輸入要搜尋的內容</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or characters to search for</source>
        <translation>“%1”中沒有可搜尋的文字</translation>
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
        <translation>筆畫數(&amp;S)</translation>
    </message>
    <message>
        <source>Titles and outlets in pinyin order: 安阳, 北京, 重庆, 上海</source>
        <translation>標題和媒體按拼音排序：安陽、北京、重慶、上海</translation>
    </message>
    <message>
        <source>Titles and outlets by the strokes of their characters: 人民, 大连, 中山, 北京</source>
        <translation>標題和媒體按筆畫排序：人民、大連、中山、北京</translation>
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
        <translation>排序方式未改變：%1</translation>
    </message>
</context>
<context>
    <name>Pizhu::SqlConsoleDialog</name>
    <message>
        <source>SQL Console (read-only)</source>
        <translation>SQL 控制檯（只讀）</translation>
    </message>
    <message>
        <source>SELECT title, published FROM articles ORDER BY published DESC LIMIT 20</source>
        <translation>SELECT title, published FROM articles ORDER BY published DESC LIMIT 20</translation>
    </message>
    <message>
        <source>Recent queries…</source>
        <translation>最近的查詢…</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation>執行（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) are shown.</source>
        <translation>
            <numerusform>只顯示前 %n 行。</numerusform>
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
            <numerusform>已將 %n 行匯出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>匯出結果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在執行…</translation>
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
        <translation>另一個程式正在寫入語料庫，未能及時完成（%1）；請重試</translation>
    </message>
    <message>
        <source>the corpus file is damaged (%1); run pizhu check, or restore it from a backup</source>
        <translation>語料庫檔案已損毀（%1）；請執行 pizhu check，或從備份還原</translation>
    </message>
    <message>
        <source>there is no room to write: the disk is full or a file size limit was reached (%1); free some space and try again</source>
        <translation>沒有寫入空間：磁碟已滿或已達到檔案大小上限（%1）；請騰出空間後重試</translation>
    </message>
    <message>
        <source>the corpus cannot be written here (%1)</source>
        <translation>此處無法寫入語料庫（%1）</translation>
    </message>
    <message>
        <source>the corpus refused the change (%1)</source>
        <translation>語料庫拒絕了此變更（%1）</translation>
    </message>
    <message>
        <source>stopped as asked (%1)</source>
        <translation>已依要求停止（%1）</translation>
    </message>
    <message>
        <source>the database server cannot be reached (%1)</source>
        <translation>無法連線資料庫伺服器（%1）</translation>
    </message>
</context>
<context>
    <name>Pizhu::SyntaxSupport</name>
    <message>
        <source>Reading aids and reader themes: KSyntaxHighlighting %1 (KF6).</source>
        <translation>閱讀輔助與閱讀器主題：KSyntaxHighlighting %1（KF6）。</translation>
    </message>
    <message>
        <source>Reading aids and reader themes need KSyntaxHighlighting built for Qt 6 (KF6), which this build did not find (Debian 12 packages only the Qt 5 build); the reader uses Pizhu&apos;s own light and dark colours.</source>
        <translation>閱讀輔助與閱讀器主題需要基於 Qt 6 建置的 KSyntaxHighlighting（KF6），本次建置未找到（Debian 12 只提供 Qt 5 版本）；閱讀器使用批註自帶的淺色與深色配色。</translation>
    </message>
</context>
<context>
    <name>Pizhu::TagDock</name>
    <message>
        <source>Codebook</source>
        <translation>編碼表</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add a top-level tag</source>
        <translation>新增頂層標籤</translation>
    </message>
    <message>
        <source>Add Child</source>
        <translation>新增子標籤</translation>
    </message>
    <message>
        <source>Add a tag below the selected one</source>
        <translation>在所選標籤下新增標籤</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Merge the selected tag into another</source>
        <translation>將所選標籤合併到另一個標籤</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Add the tags of a codebook CSV file</source>
        <translation>新增編碼表 CSV 檔案中的標籤</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save the codebook as CSV</source>
        <translation>將編碼表儲存為 CSV</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>新標籤的名稱：</translation>
    </message>
    <message>
        <source>Add Child Tag</source>
        <translation>新增子標籤</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的顏色</translation>
    </message>
    <message>
        <source>Describe Tag</source>
        <translation>描述標籤</translation>
    </message>
    <message>
        <source>What “%1” codes:</source>
        <translation>“%1”編碼的內容：</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>刪除標籤</translation>
    </message>
    <message>
        <source>Delete “%1” and the tags below it?

This removes %2 tagged passage(s) and %3 article tag(s). Edit → Undo brings them back.</source>
        <translation>刪除“%1”及其下的標籤？

這將移除 %2 個已標註段落和 %3 個文章標籤。可用“編輯 → 撤銷”恢復。</translation>
    </message>
    <message>
        <source>Merge “%1” Into…</source>
        <translation>將“%1”合併到…</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>匯入編碼表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>%1 tag(s) added, %2 already in the codebook.</source>
        <translation>添加了 %1 個標籤，%2 個已在編碼表中。</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>未新增：</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>匯出編碼表</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>新增標籤…</translation>
    </message>
    <message>
        <source>Add Child Tag…</source>
        <translation>新增子標籤…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>顏色…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>描述…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合併到…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>List Articles With This Tag</source>
        <translation>列出帶有此標籤的文章</translation>
    </message>
    <message>
        <source>List Articles Without This Tag</source>
        <translation>列出沒有此標籤的文章</translation>
    </message>
    <message>
        <source>Show All Its Passages</source>
        <translation>顯示其所有段落</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>新增標籤(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Child Tag…</source>
        <translation>新增子標籤(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>顏色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Describe…</source>
        <translation>描述(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合併到(&amp;M)…</translation>
    </message>
    <message>
        <source>De&amp;lete Tag…</source>
        <translation>刪除標籤(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import Codebook…</source>
        <translation>匯入編碼表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Codebook…</source>
        <translation>匯出編碼表(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Pizhu::TagPicker</name>
    <message>
        <source>Choose a Tag</source>
        <translation>選擇標籤</translation>
    </message>
    <message>
        <source>Type part of a tag&apos;s name</source>
        <translation>輸入標籤名稱的一部分</translation>
    </message>
</context>
<context>
    <name>Pizhu::TagStore</name>
    <message>
        <source>there is no tag %1</source>
        <translation>沒有標籤 %1</translation>
    </message>
    <message>
        <source>the tag “%1” was changed elsewhere meanwhile (it is now “%2”): look at it again, then change it</source>
        <translation>標籤「%1」已在別處被修改（現在是「%2」）：請重新查看後再修改</translation>
    </message>
</context>
<context>
    <name>Pizhu::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章數</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Key %1 tags the selection in the reader with “%2”</source>
        <translation>按 %1 鍵給閱讀器中選取的文字加上「%2」標籤</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>Pizhu::TaggingController</name>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>標註所選文字(&amp;T)…</translation>
    </message>
    <message>
        <source>Select a passage of the article text first.</source>
        <translation>請先在正文中選擇一段文字。</translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation>已標註“%1”。</translation>
    </message>
    <message>
        <source>Tag Selection As</source>
        <translation>將所選文字標註為</translation>
    </message>
    <message>
        <source>Note on “%1”…</source>
        <translation>“%1”的備註…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Note on this passage:</source>
        <translation>此段落的備註：</translation>
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
        <translation>「%1」不是 PostgreSQL 位址（postgresql://主機/資料庫，或 service=名稱）</translation>
    </message>
    <message>
        <source>libpq could not read it</source>
        <translation>libpq 無法讀取</translation>
    </message>
    <message>
        <source>the address “%1” cannot be read: %2</source>
        <translation>無法讀取位址「%1」：%2</translation>
    </message>
    <message>
        <source>the address “%1” holds a password; Pizhu does not take passwords in addresses, so that they are never written to its settings: use ~/.pgpass, a service file or PGPASSWORD</source>
        <translation>位址「%1」含有密碼；批註不接受位址中的密碼，以免寫入設定：請使用 ~/.pgpass、服務檔案或 PGPASSWORD</translation>
    </message>
    <message>
        <source>the address “%1” has a “;” in its %2, which cannot be passed on</source>
        <translation>位址「%1」的 %2 中含有「;」，無法傳遞</translation>
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
        <translation>無法連線到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamCorpusDialog</name>
    <message>
        <source>postgresql://server/database or service=NAME</source>
        <translation>postgresql://伺服器/資料庫 或 service=名稱</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>你的使用者名稱</translation>
    </message>
    <message>
        <source>Open Team Corpus</source>
        <translation>開啟團隊語料庫</translation>
    </message>
    <message>
        <source>As the server offers (libpq&apos;s default)</source>
        <translation>依伺服器提供（libpq 的預設值）</translation>
    </message>
    <message>
        <source>Never (disable)</source>
        <translation>從不（disable）</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>必須（require）</translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation>必須，並檢查憑證（verify-ca）</translation>
    </message>
    <message>
        <source>Required, certificate and name checked (verify-full)</source>
        <translation>必須，並檢查憑證和名稱（verify-full）</translation>
    </message>
    <message>
        <source>The server asks for your password when it needs one, unless ~/.pgpass, a service file or PGPASSWORD gives it; Pizhu never stores passwords.</source>
        <translation>伺服器需要密碼時會向你詢問，除非 ~/.pgpass、服務檔案或 PGPASSWORD 已提供；批註從不儲存密碼。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登入名稱(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Write the address, or fill in the server and database.</source>
        <translation>請寫出位址，或填寫伺服器和資料庫。</translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamRights</name>
    <message>
        <source>on this team corpus only the lead changes the codebook; you code as %1</source>
        <translation>在此團隊語料庫上只有負責人能修改編碼本；你以 %1 的身分編碼</translation>
    </message>
    <message>
        <source>on this team corpus only the lead changes the articles; you code as %1</source>
        <translation>在此團隊語料庫上只有負責人能修改文章；你以 %1 的身分編碼</translation>
    </message>
    <message>
        <source>this is %1&apos;s coding: on a team corpus each coder changes only their own</source>
        <translation>這是 %1 的編碼：在團隊語料庫上每位編碼員只能修改自己的編碼</translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamSchema</name>
    <message>
        <source>making the team corpus failed (%1); nothing was made</source>
        <translation>建立團隊語料庫失敗（%1）；未建立任何內容</translation>
    </message>
    <message>
        <source>the database %1 is a Pizhu corpus already; nothing was changed</source>
        <translation>資料庫 %1 已經是批註語料庫；未作任何變更</translation>
    </message>
    <message numerus="yes">
        <source>the database %1 holds %n table(s) of another application; a team corpus needs an empty database (createdb makes one); nothing was changed</source>
        <translation>
            <numerusform>資料庫 %1 含有其他應用程式的 %n 個資料表；團隊語料庫需要空資料庫（可用 createdb 建立）；未作任何變更</numerusform>
        </translation>
    </message>
    <message>
        <source>the login %1 may not create roles, which a team corpus needs: run init-team as the server&apos;s administrator (or a role with CREATEROLE); nothing was changed</source>
        <translation>登入名稱 %1 無權建立角色，而團隊語料庫需要：請以伺服器管理員（或具有 CREATEROLE 的角色）身分執行 init-team；未作任何變更</translation>
    </message>
    <message>
        <source>the database %1 stores text as %2; a team corpus needs UTF8 (createdb -E UTF8 -T template0 makes such a database); nothing was changed</source>
        <translation>資料庫 %1 以 %2 儲存文字；團隊語料庫需要 UTF8（可用 createdb -E UTF8 -T template0 建立這樣的資料庫）；未作任何變更</translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamUpgrade</name>
    <message>
        <source>upgrading the team corpus failed (%1); nothing was changed</source>
        <translation>升級團隊語料庫失敗（%1）；未作任何變更</translation>
    </message>
</context>
<context>
    <name>Pizhu::TextDecoder</name>
    <message>
        <source>the bytes do not read as Chinese text in UTF-8, UTF-16, GB18030 or Big5 (random or binary data?)</source>
        <translation>內容無法按 UTF-8、UTF-16、GB18030 或 Big5 讀作中文（隨機或二進位制資料？）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案為空</translation>
    </message>
    <message>
        <source>the file looks binary (not text): it contains control bytes</source>
        <translation>檔案看起來是二進位制檔案（不是文字）：含有控制位元組</translation>
    </message>
    <message>
        <source>the UTF-8 text is cut off in the middle of a character</source>
        <translation>UTF-8 文字在某個字元中間被截斷</translation>
    </message>
    <message>
        <source>the UTF-16 text has an odd number of bytes (cut off?)</source>
        <translation>UTF-16 文字的位元組數為奇數（被截斷？）</translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation>檔案不是有效的 %1</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>檔案中沒有文字</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>無法讀取檔案（%1）</translation>
    </message>
</context>
<context>
    <name>Pizhu::TextFileSource</name>
    <message>
        <source>no title could be found</source>
        <translation>找不到標題</translation>
    </message>
    <message>
        <source>no article text could be found (only a title or boilerplate)</source>
        <translation>找不到正文（只有標題或網頁模板內容）</translation>
    </message>
</context>
<context>
    <name>Pizhu::TimeBuckets</name>
    <message>
        <source>no outlet</source>
        <translation>無媒體</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>無日期</translation>
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
        <translation>只用列表目前顯示的文章</translation>
    </message>
    <message>
        <source>Series as rows (a crosstab)</source>
        <translation>系列作為列(交叉表)</translation>
    </message>
    <message>
        <source>Counts Over Time</source>
        <translation>隨時間計數</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按週</translation>
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
        <translation>按媒體</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章數</translation>
    </message>
    <message>
        <source>Per 1,000 articles</source>
        <translation>每千篇文章</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>折線</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>柱形</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>計數:</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>表示為:</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>繪製:</translation>
    </message>
    <message>
        <source>Save &amp;Chart…</source>
        <translation>儲存圖表(&amp;C)…</translation>
    </message>
    <message>
        <source>Save &amp;Data as CSV…</source>
        <translation>將資料存為 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation>圖片 (*.png *.svg)</translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation>儲存資料</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Add &amp;Words…</source>
        <translation>新增詞語(&amp;W)…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>新增標籤(&amp;T)…</translation>
    </message>
    <message>
        <source>Add &amp;Person or Organisation…</source>
        <translation>新增人物或機構(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;Every Tag</source>
        <translation>新增全部標籤(&amp;E)</translation>
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
        <translation>新增詞語</translation>
    </message>
    <message>
        <source>Articles that mention (either script):</source>
        <translation>提及以下內容的文章(簡繁皆可):</translation>
    </message>
    <message>
        <source>Add Person or Organisation</source>
        <translation>新增人物或機構</translation>
    </message>
    <message>
        <source>Name (either script):</source>
        <translation>名稱(簡繁皆可):</translation>
    </message>
    <message>
        <source>Add words, a tag, a person or an organisation to count.</source>
        <translation>請新增要統計的詞語、標籤、人物或機構。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) counted; %1 without a date are in the table, not on the lines.</source>
        <translation>
            <numerusform>已統計 %n 篇文章;其中 %1 篇無日期,列在表格中,不在折線上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) counted.</source>
        <translation>
            <numerusform>已統計 %n 篇文章。</numerusform>
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
        <translation>新增清單中的文章(&amp;L)</translation>
    </message>
    <message>
        <source>The articles the main window&apos;s list shows now, as one series</source>
        <translation>主視窗清單目前顯示的文章,作為一個系列</translation>
    </message>
    <message>
        <source>Listed articles</source>
        <translation>清單中的文章</translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineJob</name>
    <message>
        <source>Counting articles over time</source>
        <translation>正在隨時間統計文章</translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineSeries</name>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」:%2</translation>
    </message>
    <message>
        <source>the codebook has no tag “%1”</source>
        <translation>編碼本中沒有標籤「%1」</translation>
    </message>
    <message>
        <source>no person or organisation in this corpus is named “%1”</source>
        <translation>本語料庫中沒有名為「%1」的人物或機構</translation>
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
        <translation>匯入編碼表</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>標註段落</translation>
    </message>
    <message>
        <source>Delete passage</source>
        <translation>刪除段落</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <source>Tag article</source>
        <translation>標註文章</translation>
    </message>
    <message>
        <source>Untag article</source>
        <translation>取消文章標籤</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失敗：%2</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>新增標籤“%1”</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>刪除標籤“%1”</translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>將標籤“%1”合併到“%2”</translation>
    </message>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>將標籤“%1”重新命名為“%2”</translation>
    </message>
    <message>
        <source>Change colour of “%1”</source>
        <translation>更改“%1”的顏色</translation>
    </message>
    <message>
        <source>Describe tag “%1”</source>
        <translation>描述標籤“%1”</translation>
    </message>
    <message>
        <source>Move tag “%1”</source>
        <translation>移動標籤“%1”</translation>
    </message>
    <message>
        <source>Add entity “%1”</source>
        <translation>新增實體“%1”</translation>
    </message>
    <message>
        <source>Reject entity “%1”</source>
        <translation>駁回實體“%1”</translation>
    </message>
    <message>
        <source>Confirm entity “%1”</source>
        <translation>確認實體“%1”</translation>
    </message>
    <message>
        <source>Change the type of “%1”</source>
        <translation>更改“%1”的型別</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>將“%1”合併到“%2”</translation>
    </message>
    <message>
        <source>Merge coding from %1</source>
        <translation>合併來自 %1 的編碼</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s)</source>
        <translation>
            <numerusform>標記 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>刪除 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit details of “%1”</source>
        <translation>編輯「%1」的詳情</translation>
    </message>
    <message>
        <source>Save article set “%1”</source>
        <translation>儲存文章集「%1」</translation>
    </message>
    <message>
        <source>Delete article set “%1”</source>
        <translation>刪除文章集「%1」</translation>
    </message>
    <message>
        <source>Write memo</source>
        <translation>寫備忘錄</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>編輯備忘錄</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>刪除備忘錄</translation>
    </message>
    <message>
        <source>Forget the rule for “%1”</source>
        <translation>刪除「%1」的規則</translation>
    </message>
    <message>
        <source>Reject “%1” everywhere</source>
        <translation>在所有文章中駁回「%1」</translation>
    </message>
    <message>
        <source>Confirm “%1” everywhere</source>
        <translation>在所有文章中確認「%1」</translation>
    </message>
    <message>
        <source>Change the type of “%1” everywhere</source>
        <translation>在所有文章中變更「%1」的類型</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2” everywhere</source>
        <translation>在所有文章中將「%1」合併到「%2」</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pizhu</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>The corpus cannot be opened, and the file was left as it is.

%1</source>
        <translation>無法開啟語料庫，檔案未作任何改動。

%1</translation>
    </message>
    <message>
        <source>pizhu: unexpected argument “%1”</source>
        <translation>pizhu：多餘的參數「%1」</translation>
    </message>
</context>
</TS>
