<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>Pizhu::ArticleListPane</name>
    <message>
        <source>Search articles in either script: 党员, 黨員, &quot;quoted phrase&quot;</source>
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
    <name>Pizhu::CommandLine</name>
    <message>
        <source>pizhu: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Lists the articles of a corpus: id, date, outlet and title.</source>
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
        <source>the search index cannot be built (%1)</source>
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
        <source>the corpus could not save it (%1)</source>
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
        <source>a field on line %1 is longer than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pizhu::CsvSource</name>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Importing %1 of %2: %3</source>
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
</context>
<context>
    <name>Pizhu::JsonlSource</name>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
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
        <source>The script articles are shown in</source>
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
        <source>&lt;h3&gt;Pizhu %1&lt;/h3&gt;&lt;p&gt;A reader and annotation workbench for Chinese news corpora.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
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
    <name>main</name>
    <message>
        <source>Open or create the corpus FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pizhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pizhu (批注): a reader and annotation workbench for Chinese news corpora.
Commands: pizhu import | list | show | search (pizhu COMMAND --help for each).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
