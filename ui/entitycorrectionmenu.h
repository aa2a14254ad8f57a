// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"

#include <QCoreApplication>
#include <functional>

class QMenu;
class QWidget;

namespace Pizhu {

class CorpusSession;

/**
 * The corpus-wide part of an entity's context menu, shared by the entity dock and the corpus's
 * entity table: the "Everywhere in the Corpus" submenu (reject, confirm, always of a type, merge
 * into another name, forget the rule; each one undoable step of CorpusEntityCorrections, a refusal
 * shown to the researcher) and listing the articles that mention the entity.
 */
class EntityCorrectionMenu
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::EntityCorrectionMenu)

public:
    /** Adds the submenu for the entity of \a type named \a name (simplified form \a key) to \a menu. */
    static void addTo(QMenu *menu, CorpusSession &session, EntityType type, const QString &key,
                      const QString &name, QWidget *parent);
    /** Adds "List Articles Mentioning" \a name to \a menu, which calls \a list. */
    static void addListArticles(QMenu *menu, const QString &name, QWidget *parent,
                                const std::function<void()> &list);
};

} // namespace Pizhu
