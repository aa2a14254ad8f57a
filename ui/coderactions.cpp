// SPDX-License-Identifier: GPL-3.0-or-later
#include "coderactions.h"

#include "editing/corpussession.h"
#include "preferences.h"
#include "taggingcontroller.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

namespace Pizhu {

CoderActions::CoderActions(CorpusSession &session, TaggingController *tagging, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_tagging(tagging)
    , m_window(window)
{
    if (const QString coder = Preferences::coderName.value(); !coder.isEmpty())
        m_session.setCoder(coder);
    // Nobody named in Preferences: the first passage or article tag asks who codes.
    connect(&session, &CorpusSession::coderNeeded, this, &CoderActions::askCoderName);
    connect(&session, &CorpusSession::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Kind::Coders)
            updateStatus();
    });
}

void CoderActions::addTo(QMenu *view, QStatusBar *status)
{
    QMenu *coders = view->addMenu(tr("C&oders"));
    coders->setObjectName(QStringLiteral("menuCoders"));
    connect(coders, &QMenu::aboutToShow, this, [this, coders] { fillMenu(coders); });
    fillMenu(coders);
    m_status = new QToolButton;
    m_status->setObjectName(QStringLiteral("coderStatus"));
    m_status->setAutoRaise(true);
    m_status->setToolTip(m_session.isCoderFixed()
                             ? tr("Who codes in this window: your login on the team corpus's server")
                             : tr("Who codes in this window; click to change"));
    connect(m_status, &QToolButton::clicked, this, &CoderActions::askCoderName);
    status->addPermanentWidget(m_status);
    updateStatus();
}

void CoderActions::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList shown = m_session.shownCoders();
    QAction *everyone = menu->addAction(tr("&Everyone's Coding"), this, [this] { showCoders({}); });
    everyone->setObjectName(QStringLiteral("actionShowAllCoders"));
    everyone->setCheckable(true);
    everyone->setChecked(shown.isEmpty());
    QAction *mine = menu->addAction(tr("&Only Mine (%1)").arg(m_session.coder()), this,
                                    [this] { showCoders({m_session.coder()}); });
    mine->setObjectName(QStringLiteral("actionShowMyCoding"));
    mine->setCheckable(true);
    mine->setChecked(shown == QStringList{m_session.coder()});
    menu->addSeparator();
    for (const QString &coder : m_session.coders()) {
        QAction *action = menu->addAction(coder);
        action->setObjectName(QStringLiteral("actionShowCoder_") + coder);
        action->setCheckable(true);
        action->setChecked(shown.isEmpty() || shown.contains(coder)); // everyone's: every coder ticked
        connect(action, &QAction::toggled, this, [this, coder](bool on) {
            QStringList coders = m_session.shownCoders();
            if (coders.isEmpty())
                coders = on ? QStringList{coder} : m_session.coders(); // from everyone's to one more or less
            if (on && !coders.contains(coder))
                coders << coder;
            if (!on)
                coders.removeAll(coder);
            showCoders(coders == m_session.coders() ? QStringList() : coders);
        });
    }
    menu->addSeparator();
    QAction *compare = menu->addAction(tr("&Compare Two Coders…"), this, &CoderActions::chooseComparison);
    compare->setObjectName(QStringLiteral("actionCompareCoders"));
    compare->setEnabled(m_session.coders().size() >= 2);
    menu->addSeparator();
    QAction *name = menu->addAction(tr("Coder &Name…"), this, &CoderActions::askCoderName);
    name->setObjectName(QStringLiteral("actionCoderName"));
    // On a team corpus the server knows the coder by the login.
    name->setEnabled(!m_session.isCoderFixed());
}

void CoderActions::showCoders(const QStringList &coders)
{
    m_tagging->compareCoders({}, {});
    m_session.setShownCoders(coders);
}

void CoderActions::chooseComparison()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Compare Two Coders"));
    auto *filled = new QComboBox;
    filled->setObjectName(QStringLiteral("compareFilled"));
    auto *underlined = new QComboBox;
    underlined->setObjectName(QStringLiteral("compareUnderlined"));
    const QStringList coders = m_session.coders();
    filled->addItems(coders);
    underlined->addItems(coders);
    filled->setCurrentText(m_session.coder());
    underlined->setCurrentIndex(coders.indexOf(m_session.coder()) == 0 ? 1 : 0);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Drawn filled:"), filled);
    form->addRow(tr("Drawn underlined:"), underlined);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || filled->currentText() == underlined->currentText())
        return;
    m_tagging->compareCoders(filled->currentText(), underlined->currentText());
}

void CoderActions::askCoderName()
{
    if (m_session.isCoderFixed())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Coder Name"),
                                               tr("Who codes in this window? Your name is recorded with "
                                                  "every passage and article tag you make."),
                                               QLineEdit::Normal, m_session.coder(), &ok);
    if (ok && !name.trimmed().isEmpty()) {
        m_session.setCoder(name);
        Preferences::coderName.setValue(name.trimmed());
    }
    updateStatus();
}

void CoderActions::updateStatus()
{
    if (!m_status)
        return;
    const QStringList shown = m_session.shownCoders();
    QString text = tr("Coder: %1").arg(m_session.coder());
    if (!m_tagging->underlinedCoder().isEmpty() && shown.size() == 2)
        text += tr(" · comparing %1 (filled) with %2 (underlined)").arg(shown.at(0), shown.at(1));
    else if (!shown.isEmpty())
        text += tr(" · showing %1").arg(shown.join(tr(", ")));
    m_status->setText(text);
}

} // namespace Pizhu
