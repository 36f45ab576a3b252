// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/aboutdialog.h"

#include "io/appidentity.h"
#include "widgets/appicon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace drpo::ui {

using io::AppIdentity;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(AppIdentity::displayName()));

    auto *icon = new QLabel(this);
    icon->setPixmap(AppIcon::pixmap(96, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(AppIdentity::displayName(), this);
    QFont nf = name->font();
    nf.setPointSizeF(nf.pointSizeF() * 1.8);
    nf.setBold(true);
    name->setFont(nf);

    m_version = new QLabel(tr("Version %1 (%2 build), Qt %3")
                               .arg(AppIdentity::version(), AppIdentity::buildType(), QString::fromLatin1(qVersion())),
        this);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *what = new QLabel(tr("Aligns a language model without training it, by Dynamic Rewarding with Prompt "
                               "Optimization (DRPO)."),
        this);
    what->setWordWrap(true);

    m_licence = new QLabel(tr("Licence: GNU General Public License, version 3 or later (%1).\n"
                              "This program is free software: you can redistribute it and/or modify it under the "
                              "terms of that licence. It comes with ABSOLUTELY NO WARRANTY.")
                               .arg(AppIdentity::licence()),
        this);
    m_licence->setObjectName(QStringLiteral("aboutLicence"));
    m_licence->setWordWrap(true);

    for (QLabel *l : {name, m_version, what, m_licence})
        l->setTextFormat(Qt::PlainText);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(m_version);
    text->addSpacing(8);
    text->addWidget(what);
    text->addWidget(m_licence);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::licenceText() const
{
    return m_licence->text();
}

} // namespace drpo::ui
