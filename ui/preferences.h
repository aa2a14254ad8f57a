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
/** Whether CSV exports start with a byte-order mark. */
inline const Setting<bool> csvByteOrderMark{"export/bom", true};

} // namespace Pizhu::Preferences
