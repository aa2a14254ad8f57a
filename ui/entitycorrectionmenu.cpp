// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycorrectionmenu.h"

#include "editing/corpusentitycorrections.h"
#include "editing/corpussession.h"
#include "store/entityrulestore.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

namespace Pizhu {

void EntityCorrectionMenu::addTo(QMenu *menu, CorpusSession &session, EntityType type, const QString &key,
                                 const QString &name, QWidget *parent)
{
    QMenu *everywhere = menu->addMenu(tr("Everywhere in the &Corpus"));
    everywhere->setObjectName(QStringLiteral("menuEverywhere"));
    // Each action runs one correction and tells the researcher if it was refused.
    const auto run = [&session, parent](const QString &title,
                                        const std::function<bool(CorpusEntityCorrections &)> &correct) {
        CorpusEntityCorrections corrections(session);
        if (!correct(corrections))
            QMessageBox::warning(parent, title, corrections.errorString());
    };
    const QString rejectTitle = tr("&Reject Everywhere");
    everywhere->addAction(rejectTitle, parent, [=] {
        run(rejectTitle, [&](CorpusEntityCorrections &c) { return c.rejectEverywhere(type, key, name); });
    });
    const QString confirmTitle = tr("C&onfirm Everywhere");
    everywhere->addAction(confirmTitle, parent, [=] {
        run(confirmTitle, [&](CorpusEntityCorrections &c) { return c.confirmEverywhere(type, key, name); });
    });
    for (const EntityType other : {EntityType::Person, EntityType::Organization, EntityType::Figure}) {
        if (other == type)
            continue;
        const QString title = other == EntityType::Person         ? tr("Always a &Person")
                              : other == EntityType::Organization ? tr("Always an &Organisation")
                                                                  : tr("Always a &Figure");
        everywhere->addAction(title, parent, [=] {
            run(title,
                [&](CorpusEntityCorrections &c) { return c.retypeEverywhere(type, key, name, other); });
        });
    }
    const QString mergeTitle = tr("&Merge Everywhere Into…");
    everywhere->addAction(mergeTitle, parent, [=] {
        bool ok = false;
        const QString into = QInputDialog::getText(
            parent, tr("Merge Everywhere"),
            tr("Name that “%1” stands for in every article (where an article has both, they are merged):")
                .arg(name),
            QLineEdit::Normal, {}, &ok);
        if (ok)
            run(mergeTitle,
                [&](CorpusEntityCorrections &c) { return c.mergeEverywhere(type, key, name, into); });
    });
    everywhere->addSeparator();
    QAction *forget = everywhere->addAction(tr("&Forget the Corpus Rule"), parent, [=] {
        run(tr("Forget the Corpus Rule"), [&](CorpusEntityCorrections &c) { return c.forget(type, key); });
    });
    forget->setEnabled(EntityRuleStore(session.database()).rule(type, key).has_value());
    forget->setStatusTip(
        tr("Later imports and re-extractions no longer apply the rule; what it changed stays."));
}

void EntityCorrectionMenu::addListArticles(QMenu *menu, const QString &name, QWidget *parent,
                                           const std::function<void()> &list)
{
    menu->addAction(tr("List Articles Mentioning “%1”").arg(name), parent, list);
}

} // namespace Pizhu
