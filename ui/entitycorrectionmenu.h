// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"

#include <QCoreApplication>

class QMenu;
class QWidget;

namespace Pizhu {

class CorpusSession;

/**
 * The "Everywhere in the Corpus" menu of an entity, shared by the entity dock and the corpus's
 * entity table: reject, confirm, always of a type, merge into another name, forget the rule. Each
 * is one undoable step (CorpusEntityCorrections); a refusal is shown to the researcher.
 */
class EntityCorrectionMenu
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::EntityCorrectionMenu)

public:
    /** Adds the submenu for the entity of \a type named \a name (simplified form \a key) to \a menu. */
    static void addTo(QMenu *menu, CorpusSession &session, EntityType type, const QString &key,
                      const QString &name, QWidget *parent);
};

} // namespace Pizhu
