#include "AboutDialog.h"

#include "Version.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace outreach {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Outreach Studio"));
    setObjectName(u"AboutDialog"_s);
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(u":/icons/outreach-studio.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(u"<h2>Outreach Studio</h2>"_s); // notr: the name
    title->setAlignment(Qt::AlignCenter);
    m_version =
        new QLabel(tr("Version %1 (Qt %2)").arg(applicationVersion(), QString::fromLatin1(qVersion())));
    m_version->setObjectName(u"versionLabel"_s);
    m_version->setAlignment(Qt::AlignCenter);
    auto *what = new QLabel(tr("Personalized outreach with three tone variants per lead, tested as an A/B/C "
                               "test with honest statistics."));
    what->setWordWrap(true);
    what->setAlignment(Qt::AlignCenter);
    auto *licenses = new QLabel(
        tr("<p>This program uses these libraries:</p>"
           "<ul><li><a href=\"https://www.qt.io\">Qt</a> %1, under the GNU Lesser General Public License v3 "
           "(LGPLv3)</li>"
           "<li><a href=\"https://github.com/frankosterfeld/qtkeychain\">QtKeychain</a>, under the BSD "
           "3-Clause License</li>"
           "<li><a href=\"https://www.boost.org\">Boost</a> (Boost.Math), under the Boost Software License "
           "1.0</li></ul>")
            .arg(QString::fromLatin1(qVersion())));
    licenses->setObjectName(u"licensesLabel"_s);
    licenses->setWordWrap(true);
    licenses->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(m_version);
    layout->addWidget(what);
    layout->addWidget(licenses);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

} // namespace outreach
