<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EntityExtractor</name>
    <message>
        <source>%1 People and organisations are found by rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::AdaptModelJob</name>
    <message>
        <source>Adapting the entity model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped entity model could not be loaded (%1), so there is nothing to adapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus holds no confirmed or added people or organisations to learn from yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; the corpus keeps the model it had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adapted model cannot be kept in the corpus (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities changed by adaptation, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the articles whose entities changed cannot be saved as a set (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementDialog</name>
    <message>
        <source>Only the articles the list shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every tag the coders used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the coders disagree (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Raw Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-Article Tags (article × tag units)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Raw Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages (runs of characters)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two or more coders to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) coded by two or more of the coders compared; %1 place(s) where they disagree.</source>
        <translation>
            <numerusform>%n article coded by two or more of the coders compared; places where they disagree: %1.</numerusform>
            <numerusform>%n articles coded by two or more of the coders compared; places where they disagree: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute the agreement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementJob</name>
    <message>
        <source>Comparing coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the coding of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the articles chosen are none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementReport</name>
    <message>
        <source>Coders: %1; articles coded by any of them: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  | whole-article tags: %2 %3 %4 %5 %6 | passages, by character: %7 %8 %9 %10 | α_u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places where the coders disagree: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::AgreementTableModel</name>
    <message>
        <source>All tags together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined: no unit qualifies, or every coder gave every unit the same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-article tags: the articles every chosen coder coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s κ: for two coders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitizing α: agreement on where passages begin and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages: each character × tag is a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles Fleiss κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages Fleiss κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitizing α</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::AnalysisActions</name>
    <message>
        <source>C&amp;oncordance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hit of a word in the corpus, in its context (the search box&apos;s words at first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts Over &amp;Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many articles mention words, carry a tag or name someone, by period or outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder &amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-occ&amp;urrence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which people, organisations and tags occur together, as a network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::AnnotationDock</name>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note of Passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::AnnotationImport</name>
    <message>
        <source>no article matches id %1, title “%2” and date %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text “%1” is not what offsets %2–%3 hold (“%4”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag path “%1” cannot be created (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header lacks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the corpus cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 (the rest of the file was not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the corpus could not save the annotations (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row names no tag (its tag_path and tag are empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets “%1”–“%2” are not a passage of article %3 (%4 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage %1–%2 of article %3 is already tagged “%4” by %5 with another note (“%6”), which was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a team corpus only the lead adds tags, and this import is %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::AnnotationListModel</name>
    <message>
        <source>%1
“%2”
%3
%4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::AnnotationStore</name>
    <message>
        <source>there is no passage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passage %1 is no longer in the corpus: it was deleted elsewhere meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleActions</name>
    <message>
        <source>Mark &amp;Coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;To Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Not Coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) from the corpus?</source>
        <translation>
            <numerusform>Delete %n article from the corpus?</numerusform>
            <numerusform>Delete %n articles from the corpus?</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their coding goes with them: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tagged passage(s)</source>
        <translation>
            <numerusform>%n tagged passage</numerusform>
            <numerusform>%n tagged passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whole-article tag(s)</source>
        <translation>
            <numerusform>%n whole-article tag</numerusform>
            <numerusform>%n whole-article tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n memo</numerusform>
            <numerusform>%n memos</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no coding; their memos go with them (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their coding goes with them: %1, %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleCountJob</name>
    <message>
        <source>Counting the articles listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleDetailsDialog</name>
    <message>
        <source>Article Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2022-03-25 16:43, 2022年3月25日, or empty when unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bylines:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleDocumentBuilder</name>
    <message>
        <source>%1 %2</source>
        <comment>byline: role, then name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between bylines</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image %1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleFilterBar</name>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles published on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles published on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column imported with the articles from CSV or JSONL, such as category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved set of articles (Articles → Save List as Set…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every condition of these filters away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform>
            <numerusform>%1 (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>any value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleListModel</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tagged passage(s), by every coder</source>
        <translation>
            <numerusform>%n tagged passage, by every coder</numerusform>
            <numerusform>%n tagged passages, by every coder</numerusform>
        </translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleListPane</name>
    <message>
        <source>Search articles in either script: 党员, 黨員, &quot;quoted phrase&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the articles whose coding stands so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date, outlet, script, imported attribute or saved set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles listed could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticlePrintout</name>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleRows</name>
    <message>
        <source>%1 could not be put back: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleScopeOptions</name>
    <message>
        <source>Only articles published from this year, month or day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles published up to the end of this year, month or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles from this outlet (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles written in this script: simplified, traditional or mixed (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with this coding status: coded, check, excluded or not-coded (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the articles of this saved article set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a year, a month or a day (2020, 2020-02, 2020-02-01), not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--written-in takes simplified, traditional or mixed, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attribute takes NAME=VALUE (category=财经), not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes coded, check, excluded or not-coded, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no article set “%1”; the corpus has none saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no article set “%1”; the corpus has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles whose imported attribute has this value, as NAME=VALUE (category=财经; NAME= for any value; repeat: each must hold).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleSetActions</name>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save List as Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save List as Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A name for the set of the %n article(s) listed:</source>
        <translation>
            <numerusform>A name for the set of the %n article listed:</numerusform>
            <numerusform>A name for the set of the %n articles listed:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the article set “%1” (%n article(s))? The articles stay in the corpus.</source>
        <translation>
            <numerusform>Delete the article set “%1” (%n article)? The articles stay in the corpus.</numerusform>
            <numerusform>Delete the article set “%1” (%n articles)? The articles stay in the corpus.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name for the set of the articles listed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleSets</name>
    <message>
        <source>an article set needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set “%1” would hold no articles; list some first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already an article set named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no article set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleSource</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleStore</name>
    <message>
        <source>the article “%1” has no simplified shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of article %1 is damaged: it no longer matches the checksum stored with it. Restore the corpus from a backup (File → Back Up Corpus… makes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article “%1” was neither stored nor found stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ArticleWriter</name>
    <message>
        <source>there is no article %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::BackfillJob</name>
    <message>
        <source>Preparing older articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing articles for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding people, organisations and figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording checksums of the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting titles and outlets in Chinese order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of article %1 is damaged: its simplified copy does not fit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping only what the simplified copies change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::BackupJob</name>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the team corpus to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file there cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CodebookCsv</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first row must name the columns path, color, description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the parent of “%2” is neither in the codebook nor listed before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CoderActions</name>
    <message>
        <source>C&amp;oders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who codes in this window; click to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only Mine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Two Coders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Two Coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn filled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn underlined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who codes in this window? Your name is recorded with every passage and article tag you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · comparing %1 (filled) with %2 (underlined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who codes in this window: your login on the team corpus&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CoderCorpusReader</name>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Pizhu corpus (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Pizhu corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version is %1; open it once in this Pizhu to bring it to version %2 first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CodingMerge</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article tag(s) added</source>
        <translation>
            <numerusform>%n article tag added</numerusform>
            <numerusform>%n article tags added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) created</source>
        <translation>
            <numerusform>%n article created</numerusform>
            <numerusform>%n articles created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found in the corpus</source>
        <translation>
            <numerusform>%n article found in the corpus</numerusform>
            <numerusform>%n articles found in the corpus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created</source>
        <translation>
            <numerusform>%n tag created</numerusform>
            <numerusform>%n tags created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) not taken (listed below)</source>
        <translation>
            <numerusform>%n thing not taken (listed below)</numerusform>
            <numerusform>%n things not taken (listed below)</numerusform>
        </translation>
    </message>
    <message>
        <source>a passage refers to a source that is not in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection %1–%2 of “%3” lies outside its text (%4 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a selection of “%1” names no code or no coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coding of a whole source refers to no source, code or coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in this corpus: its coding was left out; import the article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag “%1” could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the codebook lacks %n tag(s) this needs (%1), and %2</source>
        <translation>
            <numerusform>the codebook lacks %n tag this needs (%1), and %2</numerusform>
            <numerusform>the codebook lacks %n tags this needs (%1), and %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in this corpus, so its coding was left out (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CommandLine</name>
    <message>
        <source>pizhu: --db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu: %1: no such corpus file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu: cannot open the corpus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports scraped articles (files or folders) into a corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus file (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu import: name at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported	%1	#%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate	%1	same as #%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed	%1	%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per article, with its bylines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches a corpus in either script: 黨員 finds 党员. Terms are ANDed; &quot;quoted phrases&quot; stay together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N articles (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints one article: metadata, paragraphs, images and set-aside lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object, with the stored text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s id, as `pizhu list` prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu show: name one article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu show: there is no article %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script of quoted text: original (default), simplified or traditional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write no byte-order mark (for tools that dislike it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu export: --script must be original, simplified or traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu export: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder for rows that name none (default: you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu import-annotations: name one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu import-annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of a corpus, even while it is open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu backup: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu: the corpus was upgraded to a new schema; a copy of it as it was is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracts people, organisations and figures from article files without a corpus. Each file is parsed as import does, so boilerplate is left out. Mentions are code point offsets into the file&apos;s decoded text (for a CSV or JSONL record: into its body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per file (per record for CSV and JSONL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files (.txt, .html, .csv, .jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu entities: name at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu entities: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu: preparing the articles stored by an older Pizhu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu: %1: the older articles cannot be prepared (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu: %1: the file is empty, not a corpus (pizhu import --db makes one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu: %1 was an empty file; a new corpus was made in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a corpus for damage: the file&apos;s structure, every article&apos;s text against its checksum, and the search index. Exits with 1 when something is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu check: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu show: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu search: --limit needs a whole number above 0, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import scraped articles (files or folders) into a corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the articles of a corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search a corpus in either script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write annotations, entities, article tags or the tag matrix as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read coded passages back from an annotations CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a consistent copy of a corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a corpus for damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extract people, organisations and figures from files, without a corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pizhu (批注): a reader and annotation workbench for Chinese news corpora.
Without a command it opens the window.

Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run pizhu COMMAND --help for the options of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu: unknown command “%1”; the commands are %2 (pizhu --help says more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: one row per article and coder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu export: --by-coder is for --what matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads annotations.csv or article-tags.csv (as pizhu export writes them) into a corpus, to merge coders&apos; work. A row without start and end is a tag on the whole article. Rows that do not match are reported and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 added, %3 already present, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article tag(s)</source>
        <translation>
            <numerusform>%n article tag</numerusform>
            <numerusform>%n article tags</numerusform>
        </translation>
    </message>
    <message>
        <source>pizhu show: “%1” is not an article id (a whole number, as pizhu list prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares coders: percent agreement, Cohen&apos;s κ (two coders), Fleiss&apos; κ and Krippendorff&apos;s α for whole-article tags (each article × tag a unit) and for passages (each character × tag a unit), and Krippendorff&apos;s unitizing α for where passages begin and end, per tag and for all tags together. Articles that only one of the coders coded are left out; a coder who did not code an article is missing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more coders, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag paths to compare, separated by commas (default: every tag the coders used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH,PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the reliability data, article × tag units by coders, as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the passages&apos; reliability data as CSV, one row per run of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu agreement: --coders needs two or more coders, separated by commas (A,B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu agreement: there is no tag “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu agreement: “%1” has coded nothing in %2 (the coders are: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a REFI-QDA project or codebook from another QDA tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge another coder&apos;s corpus: their passages and article tags beside yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare coders: agreement per tag (κ, Fleiss&apos; κ, α, unitizing α)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu %1: nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a REFI-QDA project (.qdpx, from MAXQDA, NVivo, ATLAS.ti, QualCoder or Pizhu) or codebook (.qdc) into a corpus, new or existing: text sources become articles (or are found among the corpus&apos;s, by their text), codes become tags, selections become each user&apos;s passages with their notes. A project that is not valid is refused whole, with the reasons; what has no place in Pizhu is listed as left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus file (made if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .qdpx or .qdc file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu import-qdpx: name one .qdpx or .qdc file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu import-qdpx: %1: nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges another coder&apos;s Pizhu corpus into this one: their codebook, and every coder&apos;s passages, notes and whole-article tags on the articles both corpora hold (matched by the file they were imported from), beside what is there, never over it. Their corpus is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus file to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other coder&apos;s corpus file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu merge-coder: name one corpus file to merge from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu merge-coder: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hit of a query with its context (concordance), in either script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints every hit of a query in the corpus with its context (keyword in context), found in either script: 党员 also finds 黨員. Offsets are code points of the stored original text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters of context on each side (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script of the contexts: original (default), simplified, traditional, taiwan, taiwan-phrases or hongkong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles (newest first, the default), left (the context before, read backwards), right, date, outlet or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the concordance as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to find; several words must all occur in an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu kwic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width needs a whole number from 1 to 1000, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no script “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no order “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name what to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count articles by period or outlet, for words, tags or names; as a table or a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the articles that mention words, carry a tag or name a person or an organisation, by day, week, month, year or outlet; several series side by side. Without a series, every article is counted. Prints a table, or writes it as CSV, or draws it as PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, week, month (the default), year or outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AXIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series: articles that mention these words (either script). Repeat for more series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series: articles with the tag at this path (&quot;Frames/Conflict&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series: articles naming this person or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series for each tag of the codebook (a crosstab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles per 1,000 of the period&apos;s articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines (the default) or bars, for a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s size in points (default 1000x600; PNG has twice as many pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the table as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the table as CSV, or the chart as PNG or SVG, by the suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes day, week, month, year or outlet, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart takes lines or bars, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes a width and a height from 200x150 to 10000x10000, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --out writes .csv, .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which people, organisations and tags occur together; pairs, GraphML, GEXF or a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which people, organisations and tags occur together in the same article or paragraph: the most frequent of each kind, and every pair seen together often enough, with the count, PMI and Dice. Prints the pairs, or writes the network as CSV, GraphML or GEXF, or draws it as PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the nodes are: PER, ORG, TAG, comma-separated (default PER,ORG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article (the default) or paragraph: where both must occur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most frequent N of each kind (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out pairs seen together fewer times (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles that mention these words (either script).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the nodes and pairs as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write .csv (the pairs), .graphml or .gexf (the network), or draw .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu cooccurrence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kinds takes PER, ORG and TAG, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit takes article or paragraph, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top takes a whole number from 1 to 1000, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-count takes a whole number from 1, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --out writes .csv, .graphml, .gexf, .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the matrix of the nodes as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu export: --what %1 writes the whole project; --from, --to, --outlet, --written-in, --attribute, --status and --set limit the CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the articles of a corpus, newest first: id, date, outlet and title, or all of an article&apos;s details with its coding status as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports annotations, article tags, entities, articles, the article-by-tag matrix or memos as CSV (UTF-8 with a byte-order mark, CRLF, RFC 4180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations, article-tags, entities, articles, matrix or memos (CSV); qdpx (a REFI-QDA project with the texts and all coding) or qdc (the codebook alone, REFI-QDA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu export: --what must be annotations, article-tags, entities, articles, matrix, memos, qdpx or qdc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make an empty PostgreSQL database a team corpus, with a lead and coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu init-team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a team corpus (schema version %1) in %2: lead %3, coders %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the login %1 without a password: set one with psql&apos;s \password %1, or let it log in another way (pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes an empty PostgreSQL database a team corpus, with a lead who edits the codebook and the articles and coders who code; the server enforces the roles. Run it as the server&apos;s administrator (a role that may create roles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a libpq address, postgresql://host/database or service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login of the team&apos;s lead (made if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login of a coder (made if missing); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu init-team: --db ADDRESS and --lead LOGIN are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a whole corpus between a file and a team corpus on PostgreSQL, either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a whole corpus with its codebook, codings, memos and entities: from a corpus file to a team corpus on PostgreSQL (made by pizhu init-team), back to a new file, or between two of either. Ids are kept; the target must be empty; nothing is written unless all of it is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus to copy: a file, or a PostgreSQL address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty team corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu copy: --from and --to are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu copy: %1 exists; a copy goes into a new file, so that nothing is overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu copy: %1; nothing was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 articles, %2 tags, %3 passages, %4 article tags and %5 memos to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus file, or a team corpus&apos;s address (copied to a corpus file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create the corpus FILE, or open the team corpus at ADDRESS, in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring a team corpus made by an older Pizhu up to date (as its administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings a team corpus made by an older Pizhu up to date, then prepares its articles for what changed. Run it as the role that made the corpus (or the server&apos;s administrator); the team may go on working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu upgrade-team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 to team revision %2; preparing its articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at team revision %2 already; preparing any articles left unprepared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu upgrade-team: the articles cannot be prepared (%1); run the command again to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct an entity in every article of a corpus, kept as a rule; or list the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects an entity in every article of a corpus at once and keeps the correction as a rule of the corpus, which later imports and re-extractions obey. Without a correction, lists the corpus&apos;s rules (type, name, action, coder, time), tab-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus file, or a team corpus&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity&apos;s type as extracted: PER (the default), ORG or FIG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the entity NAME everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the entity NAME everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the entity NAME always of the type given by --as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --retype: PER, ORG or FIG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the entity NAME always the one given by --into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --merge: the name it stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the rule for NAME; what it changed stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu entity-rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one correction at a time, not --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be PER, ORG or FIG, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retype needs --as PER, ORG or FIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--merge needs --into NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the rule for “%1”; later imports and re-extractions no longer apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Corrected “%1” in %n article(s); later imports and re-extractions do the same.</source>
        <translation>
            <numerusform>Corrected “%1” in %n article; later imports and re-extractions do the same.</numerusform>
            <numerusform>Corrected “%1” in %n articles; later imports and re-extractions do the same.</numerusform>
        </translation>
    </message>
    <message>
        <source>Makes the corpus&apos;s own entity model: the shipped one, with the people and organisations the corpus&apos;s researchers confirmed, retyped or added in its lexicon; keeps it in the corpus and extracts every article again with it (corrections are kept). The articles whose suggestions changed are saved as an article set to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the corpus has an adapted model, and from what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adapted by %1 at %2 with %n name(s) of the corpus.</source>
        <translation>
            <numerusform>Adapted by %1 at %2 with %n name of the corpus.</numerusform>
            <numerusform>Adapted by %1 at %2 with %n names of the corpus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The corpus uses the shipped entity model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu adapt-model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus uses the shipped entity model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The model knows %n name(s) of the corpus now.</source>
        <translation>
            <numerusform>The model knows %n name of the corpus now.</numerusform>
            <numerusform>The model knows %n names of the corpus now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracting again with the adapted model changed no suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extracting again changed %1 suggestions in %n article(s); they are in the article set “%2”.</source>
        <translation>
            <numerusform>Extracting again changed %1 suggestions in %n article; they are in the article set “%2”.</numerusform>
            <numerusform>Extracting again changed %1 suggestions in %n articles; they are in the article set “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>adapt the entity model to a corpus from its corrections and extract again with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the corpus&apos;s adapted model and extract every article again with the shipped one (the names the corpus&apos;s researchers confirmed or added still count).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::Concordance</name>
    <message>
        <source>nothing to search for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ConcordanceDialog</name>
    <message>
        <source>Only the articles the list shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag whole sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word or phrase, in either script: 党员, 黨員, &quot;quoted phrase&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the articles come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the context before (read backwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the context after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Chosen Hits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Concordance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding every hit to sort them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding every hit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>Saved %n line to %1.</numerusform>
            <numerusform>Saved %n lines to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n hit(s) of %1</source>
        <translation>
            <numerusform>Tag %n hit of %1</numerusform>
            <numerusform>Tag %n hits of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) tagged; Edit → Undo takes them away again.</source>
        <translation>
            <numerusform>%n passage tagged; Edit → Undo takes it away again.</numerusform>
            <numerusform>%n passages tagged; Edit → Undo takes them away again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) so far; more as you scroll</source>
        <translation>
            <numerusform>%n hit so far; more as you scroll</numerusform>
            <numerusform>%n hits so far; more as you scroll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pizhu::ConcordanceJob</name>
    <message>
        <source>Finding every hit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) so far</source>
        <translation>
            <numerusform>%n hit so far</numerusform>
            <numerusform>%n hits so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pizhu::ConcordanceModel</name>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ConsoleQueryJob</name>
    <message>
        <source>Running query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::Cooccurrence</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CooccurrenceDialog</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the articles the list shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles published from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF (*.gexf);;Pairs as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most frequent of each kind are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs seen at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose people, organisations or tags to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of the kinds chosen in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names or tags, %2 pairs, in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Articles with %1 (%n article(s))</source>
        <translation>
            <numerusform>Articles with %1 (%n article)</numerusform>
            <numerusform>Articles with %1 (%n articles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %2 (%n article(s))</source>
        <translation>
            <numerusform>%1 with %2 (%n article)</numerusform>
            <numerusform>%1 with %2 (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Matrix as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CooccurrenceJob</name>
    <message>
        <source>Counting what occurs together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CooccurrencePairModel</name>
    <message numerus="yes">
        <source>%1 (%2): in %n unit(s)</source>
        <translation>
            <numerusform>%1 (%2): in %n unit</numerusform>
            <numerusform>%1 (%2): in %n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusBackup</name>
    <message>
        <source>%1: the corpus is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup failed (%2); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup could not be put in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the copy is damaged (%2), so the corpus itself may be; nothing was written. Restore an earlier backup (each schema upgrade also leaves one, .vN-backup)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusCheckJob</name>
    <message>
        <source>Checking the file&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s structure is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s structure is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the texts cannot all be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1: its text no longer matches its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the texts after article %1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The check was stopped after %n text(s); no damage was found in what it read.</source>
        <translation>
            <numerusform>The check was stopped after %n text; no damage was found in what it read.</numerusform>
            <numerusform>The check was stopped after %n texts; no damage was found in what it read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The corpus is sound: its structure, %n text(s) and the search index passed the check.</source>
        <translation>
            <numerusform>The corpus is sound: its structure, %n text and the search index passed the check.</numerusform>
            <numerusform>The corpus is sound: its structure, %n texts and the search index passed the check.</numerusform>
        </translation>
    </message>
    <message>
        <source>The corpus is damaged:
%1
Restore it from a backup (File → Back Up Corpus… makes them; each schema upgrade also leaves one, .vN-backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1: its simplified copy does not fit its text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusCopy</name>
    <message>
        <source>the %1 is not a Pizhu corpus (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has schema version %2, and this Pizhu copies version %3 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target already holds articles, tags or memos; a copy goes into an empty corpus (a new file, or a database made by pizhu init-team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbering of %1 cannot be set on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of article %1 is damaged: its simplified copy does not fit it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not writable, so no corpus can be created there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a corpus file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Pizhu corpus (it is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only; Pizhu needs to write to a corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is read-only; SQLite needs it for the corpus&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a usable database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is an SQLite database but not a Pizhu corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus has schema version %1, newer than this Pizhu understands (%2); open it with a newer Pizhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema was not upgraded, because the backup before it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus file is damaged (%1). Restore it from a backup: File → Back Up Corpus… makes them, and each schema upgrade leaves one beside the corpus (.vN-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is shorter than its header says, so it was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus has schema version %1, which no Pizhu writes; another program changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not a Pizhu team corpus (pizhu init-team makes one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team corpus has schema version %1, older than this Pizhu&apos;s (%2); upgrading team corpora is not possible yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team corpus is at revision %1, newer than this Pizhu understands (%2); open it with a newer Pizhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team corpus was made by an older Pizhu (revision %1, this one needs %2); the server&apos;s administrator upgrades it with: pizhu upgrade-team --db %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusEntitiesDialog</name>
    <message>
        <source>Entities in Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate an entity to list the articles that mention it; its context menu corrects it in every article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusEntityCorrections</name>
    <message>
        <source>“%1” is of that type already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the entity that “%1” is to be merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus has no rule for the %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity without a name cannot be corrected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusEntityModel</name>
    <message>
        <source>The corpus&apos;s adapted entity model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Entities are extracted with the shipped model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusFileActions</name>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News articles (*.txt *.html *.htm *.csv *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pizhu corpora (*.pizhu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusFiles</name>
    <message>
        <source>Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus cannot be opened, and the file was left as it is.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pizhu corpora (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose Open Corpus to open it, or another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pizhu corpora (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a corpus. Make a new corpus in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted. The password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Team Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team corpus cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus refused it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored: writing its batch to the corpus failed, so none of the batch was kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CorpusSession</name>
    <message>
        <source>a tag needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag name cannot contain “/”, which separates the levels of a tag path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a tag “%1” at that level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no parent tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag cannot move below itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both tags must exist to merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag cannot be merged into itself or a tag below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge or move the tags below “%1” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passage %1–%2 is not within the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no passage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entities of the same article can be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select the words that name the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2022-03-25, 2022-03-25 16:43 or 2022年3月25日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvExport</name>
    <message>
        <source>%1: the export was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the export failed (%2); no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvFile</name>
    <message>
        <source>it cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing it failed (%1); free some space, or choose another folder, and try again; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvReader</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field on line %1 is longer than %2 MB; the row was skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvSource</name>
    <message>
        <source>the CSV file has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names no text column (text, content or body): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::DisagreementListModel</name>
    <message>
        <source>whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not code the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityActions</name>
    <message>
        <source>&amp;Entities in Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-extract Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracts people, organisations and figures again; corrections are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles mentioning “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adapt Entity Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt Entity Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity model was not adapted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The entity model knows %n name(s) of this corpus; no suggestion changed.</source>
        <translation>
            <numerusform>The entity model knows %n name of this corpus; no suggestion changed.</numerusform>
            <numerusform>The entity model knows %n names of this corpus; no suggestion changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The entity model knows %1 names of this corpus; %2 suggestions changed in %n article(s), listed in the article set “%3”.</source>
        <translation>
            <numerusform>The entity model knows %1 names of this corpus; %2 suggestions changed in %n article, listed in the article set “%3”.</numerusform>
            <numerusform>The entity model knows %1 names of this corpus; %2 suggestions changed in %n articles, listed in the article set “%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracts every article again with the people and organisations confirmed or added in this corpus, kept in its own entity model; corrections are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityCorrectionMenu</name>
    <message>
        <source>Everywhere in the &amp;Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always a &amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always an &amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always a &amp;Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Everywhere Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name that “%1” stands for in every article (where an article has both, they are merged):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the Corpus Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the Corpus Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later imports and re-extractions no longer apply the rule; what it changed stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List Articles Mentioning “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityDock</name>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into Current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityModel</name>
    <message>
        <source>Cannot write the entity model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the entity model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pizhu entity model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an entity model of another file format (%2; this Pizhu reads %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its weights cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was trained on other features (version %2; this Pizhu computes version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its weights are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its word list is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityStore</name>
    <message>
        <source>no entity %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityTableModel</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::EntityTreeModel</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ExchangeActions</name>
    <message>
        <source>Export REFI-QDA &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export REFI-QDA Co&amp;debook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export REFI-QDA Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import REFI-QDA Pro&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Coder&apos;s Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Coder&apos;s Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pizhu corpora (*.pizhu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not merged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit → Undo takes it all out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding Merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ExportDialog</name>
    <message>
        <source>Start with a byte-order mark (Excel needs it to show Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations (tagged passages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article × tag matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted text in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per article and coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article tags (tags on whole articles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the %n article(s) listed, not the whole corpus</source>
        <translation>
            <numerusform>Only the %n article listed, not the whole corpus</numerusform>
            <numerusform>Only the %n articles listed, not the whole corpus</numerusform>
        </translation>
    </message>
    <message>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the articles listed, not the whole corpus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ExportJob</name>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::FindBar</name>
    <message>
        <source>Find in article (either script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::FolderScanner</name>
    <message>
        <source>the folder cannot be read (no permission), so its files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that cannot be imported are listed here with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 · Already in the corpus: %2 · Failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. What was imported stays in the corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ImportJob</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::JobStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this work; what is finished stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::JsonlSource</name>
    <message>
        <source>JSON Lines in UTF-16 cannot be read line by line; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than 50 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is JSON but not an object with named fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record holds %1, half of a UTF-16 surrogate pair with no other half, which is no character; fix the escape and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” holds a NUL character (\u0000), which is no text; remove it and import the record again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n article match</numerusform>
            <numerusform>%n articles match</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pizhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 could not be read from the corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Pizhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Article %1 of %n</source>
        <translation>
            <numerusform>Article %1 of %n</numerusform>
            <numerusform>Article %1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>About Pizhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles without “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQL Console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus was upgraded to a new schema; a copy of it as it was is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pizhu %1&lt;/h3&gt;&lt;p&gt;A reader and annotation workbench for Chinese news corpora.&lt;/p&gt;&lt;p&gt;Qt %2 · OpenCC %3 · SQLite %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Corpus: %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 (counting the list…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::MemoDock</name>
    <message>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in memos, either script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a memo, or write a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::MemoListModel</name>
    <message>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::Memos</name>
    <message>
        <source>there is no article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no memo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::Migrations</name>
    <message>
        <source>the corpus says it has schema version %1, but it already holds what version %2 adds (%3): another program, or an older Pizhu stopped half-way, changed it. Nothing was changed; restore the corpus from a backup, or ask for help with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the corpus to schema version %1 failed (%2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::NetworkExport</name>
    <message>
        <source>%1: a network is saved as .csv, .graphml or .gexf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::NetworkLayout</name>
    <message>
        <source>Graphviz could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::NetworkView</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: together in %n unit(s); PMI %3, Dice %4</source>
        <translation>
            <numerusform>%1 and %2: together in %n unit; PMI %3, Dice %4</numerusform>
            <numerusform>%1 and %2: together in %n units; PMI %3, Dice %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): in %n unit(s)</source>
        <translation>
            <numerusform>%1 (%2): in %n unit</numerusform>
            <numerusform>%1 (%2): in %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pizhu::PictureExport</name>
    <message>
        <source>%1: a picture is saved as .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::PreferencesDialog</name>
    <message>
        <source>Start CSV exports with a byte-order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows fully after Pizhu restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show articles in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one font for every script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the reader draws each script in its own Chinese glyph forms: mainland for simplified, Taiwan for traditional, Hong Kong for Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark, as Pizhu is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader theme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::PrintActions</name>
    <message>
        <source>&amp;Print Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Article as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the article as shown, with its passages, notes and a legend of the tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Article as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ProgressEstimate</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxArchive</name>
    <message>
        <source>it is not a REFI-QDA project (not a zip file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be added (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be put in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxExportJob</name>
    <message>
        <source>Exporting the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxReader</name>
    <message>
        <source>project.qde is not a REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a REFI-QDA codebook (its root is not CodeBook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 “%2” was left out: Pizhu reads text sources only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s %1 were left out: Pizhu has nothing like them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a REFI-QDA project (not a zip file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a zip file, but not a REFI-QDA project: it holds no project.qde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.qde does not follow the REFI-QDA schema (Project.xsd 1.0):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the user %2, who is not among the project&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text %2 is not in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text is outside the project (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text (its file is not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a selection of “%1” (%2–%3) has no code and was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a selection refers to the note %2, which is not in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a selection is coded with %2, which is not in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is coded with %2, which is not in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxSchema</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the REFI-QDA schema is missing from this build of Pizhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the REFI-QDA schema could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not well-formed XML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::QdpxWriter</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of “%1” cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no temporary folder for the sources (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ReadOnlyQuery</name>
    <message>
        <source>%1 cannot be opened for reading (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver gives no handle, so the console cannot be made safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console has no corpus open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reading is allowed here: the console cannot change the corpus (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The query failed after %n row(s): %1</source>
        <translation>
            <numerusform>The query failed after %n row: %1</numerusform>
            <numerusform>The query failed after %n rows: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only reading is allowed here: on a team corpus the console runs one SELECT, WITH or VALUES statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ReaderAppearance</name>
    <message>
        <source>&amp;Reading Aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour quotations, titles of works, dates, figures and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Set-Aside Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the menus, captions and footers the importer set aside, greyed, in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ReaderView</name>
    <message>
        <source>Select an article in the list to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::RecordFields</name>
    <message>
        <source>the record has no text (a text, content or body field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s text is larger than 50 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no title (a title field, or a first line of text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s text holds no paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ReextractJob</name>
    <message>
        <source>Re-extracting entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ScriptConverter</name>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional, Taiwan (繁體・台灣)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional, Hong Kong (繁體・香港)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan, with Taiwanese phrases (台灣用語: 软件 → 軟體)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::ScriptSwitcher</name>
    <message>
        <source>The script articles are shown in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::SearchQuery</name>
    <message>
        <source>type something to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or characters to search for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::SortOrderActions</name>
    <message>
        <source>&amp;Pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stroke Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles and outlets in pinyin order: 安阳, 北京, 重庆, 上海</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles and outlets by the strokes of their characters: 人民, 大连, 中山, 北京</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort &amp;Chinese By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort Chinese By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::SqlConsoleDialog</name>
    <message>
        <source>SQL Console (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT title, published FROM articles ORDER BY published DESC LIMIT 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) are shown.</source>
        <translation>
            <numerusform>The first %n row are shown.</numerusform>
            <numerusform>The first %n rows are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::SqlError</name>
    <message>
        <source>another program is writing to the corpus and did not finish in time (%1); try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus file is damaged (%1); run pizhu check, or restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no room to write: the disk is full or a file size limit was reached (%1); free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus cannot be written here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus refused the change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped as asked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server cannot be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::SyntaxSupport</name>
    <message>
        <source>Reading aids and reader themes: KSyntaxHighlighting %1 (KF6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aids and reader themes need KSyntaxHighlighting built for Qt 6 (KF6), which this build did not find (Debian 12 packages only the Qt 5 build); the reader uses Pizhu&apos;s own light and dark colours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TagDock</name>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a top-level tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected tag into another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tags of a codebook CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the codebook as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Child Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “%1” codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and the tags below it?

This removes %2 tagged passage(s) and %3 article tag(s). Edit → Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tag(s) added, %2 already in the codebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Child Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List Articles With This Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List Articles Without This Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Its Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Child Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Describe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Codebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Codebook…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TagPicker</name>
    <message>
        <source>Choose a Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a tag&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TagStore</name>
    <message>
        <source>there is no tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag “%1” was changed elsewhere meanwhile (it is now “%2”): look at it again, then change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 tags the selection in the reader with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TaggingController</name>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage of the article text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Selection As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Passage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamAddress</name>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://host/database, or service=NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq could not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address “%1” holds a password; Pizhu does not take passwords in addresses, so that they are never written to its settings: use ~/.pgpass, a service file or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address “%1” has a “;” in its %2, which cannot be passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamConnection</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamCorpusDialog</name>
    <message>
        <source>postgresql://server/database or service=NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Team Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the server offers (libpq&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate and name checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for your password when it needs one, unless ~/.pgpass, a service file or PGPASSWORD gives it; Pizhu never stores passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address, or fill in the server and database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamRights</name>
    <message>
        <source>on this team corpus only the lead changes the codebook; you code as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this team corpus only the lead changes the articles; you code as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is %1&apos;s coding: on a team corpus each coder changes only their own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamSchema</name>
    <message>
        <source>making the team corpus failed (%1); nothing was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is a Pizhu corpus already; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the database %1 holds %n table(s) of another application; a team corpus needs an empty database (createdb makes one); nothing was changed</source>
        <translation>
            <numerusform>the database %1 holds %n table of another application; a team corpus needs an empty database (createdb makes one); nothing was changed</numerusform>
            <numerusform>the database %1 holds %n tables of another application; a team corpus needs an empty database (createdb makes one); nothing was changed</numerusform>
        </translation>
    </message>
    <message>
        <source>the login %1 may not create roles, which a team corpus needs: run init-team as the server&apos;s administrator (or a role with CREATEROLE); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 stores text as %2; a team corpus needs UTF8 (createdb -E UTF8 -T template0 makes such a database); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TeamUpgrade</name>
    <message>
        <source>upgrading the team corpus failed (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TextDecoder</name>
    <message>
        <source>the bytes do not read as Chinese text in UTF-8, UTF-16, GB18030 or Big5 (random or binary data?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks binary (not text): it contains control bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTF-8 text is cut off in the middle of a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTF-16 text has an odd number of bytes (cut off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TextFileSource</name>
    <message>
        <source>no title could be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article text could be found (only a title or boilerplate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TimeBuckets</name>
    <message>
        <source>no outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::Timeline</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineChartView</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 per 1,000 (%4 of %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineDialog</name>
    <message>
        <source>Only the articles the list shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series as rows (a crosstab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts Over Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1,000 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Person or Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Every Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles that mention (either script):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person or Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (either script):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add words, a tag, a person or an organisation to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) counted; %1 without a date are in the table, not on the lines.</source>
        <translation>
            <numerusform>%n article counted; those without a date (%1) are in the table, not on the lines.</numerusform>
            <numerusform>%n articles counted; those without a date (%1) are in the table, not on the lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) counted.</source>
        <translation>
            <numerusform>%n article counted.</numerusform>
            <numerusform>%n articles counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform>
            <numerusform>%1 (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the &amp;Listed Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles the main window&apos;s list shows now, as one series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineJob</name>
    <message>
        <source>Counting articles over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineSeries</name>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the codebook has no tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person or organisation in this corpus is named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::TimelineTableModel</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>Import codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject entity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm entity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the type of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge coding from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s)</source>
        <translation>
            <numerusform>Mark %n article</numerusform>
            <numerusform>Mark %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>Delete %n article</numerusform>
            <numerusform>Delete %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit details of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save article set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete article set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the rule for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject “%1” everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm “%1” everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the type of “%1” everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into “%2” everywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pizhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus cannot be opened, and the file was left as it is.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pizhu: unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
