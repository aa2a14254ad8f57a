// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setting.h"

#include <QByteArray>
#include <QStringList>

namespace Pizhu::Preferences {

// Settings belong to the UI; the models receive values as arguments.

/** The reader's display script, by ScriptConverter::modeName(). */
inline const Setting<QString> readerScript{"reader/script", QStringLiteral("original")};
/** Whether the reader shows the lines the importer set aside. */
inline const Setting<bool> showSetAside{"reader/showSetAside", false};
/** The name recorded with every annotation; empty: the OS user. */
inline const Setting<QString> coderName{"editing/coder", QString()};
/** The UI language: "" follows the system; otherwise "en", "zh_CN" or "zh_TW". */
inline const Setting<QString> language{"ui/language", QString()};
/** The reader's font; an empty family means the application font. */
inline const Setting<QString> readerFontFamily{"reader/fontFamily", QString()};
inline const Setting<int> readerFontSize{"reader/fontSize", 13};
/** Zoom steps applied to the reader on top of its font size. */
inline const Setting<int> readerZoom{"reader/zoom", 0};
/** The main window's geometry, dock layout and splitter. */
inline const Setting<QByteArray> windowGeometry{"window/geometry", QByteArray()};
inline const Setting<QByteArray> windowState{"window/state", QByteArray()};
inline const Setting<QByteArray> splitterState{"window/splitter", QByteArray()};
/** Corpora opened lately, most recent first; the first is reopened at start. */
/// The article list's columns the user hid: "date", "outlet", "passages", "status".
inline const Setting<QStringList> hiddenListColumns{"list/hiddenColumns", QStringList()};

inline const Setting<QStringList> recentCorpora{"corpora/recent", QStringList()};
/** Light or dark for the whole application: "system", "light" or "dark" (Appearance::modeName). */
inline const Setting<QString> appearance{"ui/appearance", QStringLiteral("system")};
/** The reader's KSyntaxHighlighting theme by name; empty: light or dark as the application is. */
inline const Setting<QString> readerTheme{"reader/theme", QString()};
/** Whether the reader colours quotations, titles, dates, figures and credits (where it can). */
inline const Setting<bool> readingAids{"reader/readingAids", true};
/** Whether CSV exports start with a byte-order mark. */
inline const Setting<bool> csvByteOrderMark{"export/bom", true};

} // namespace Pizhu::Preferences
