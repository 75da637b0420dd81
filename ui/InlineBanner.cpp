#include "InlineBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

struct Colours
{
    const char *background;
    const char *border;
    const char *text;
};

// Fixed light tints with dark text, so the banner reads the same in a light
// and a dark palette and stands out from both.
Colours coloursOf(InlineBanner::Kind kind)
{
    switch (kind) {
    case InlineBanner::Kind::Information:
        return {"#e8f1fb", "#9dbfe3", "#0b3a66"};
    case InlineBanner::Kind::Warning:
        return {"#fff4e0", "#e5b866", "#5c3b00"};
    case InlineBanner::Kind::Error:
        return {"#fdecea", "#e0a39c", "#5f2120"};
    }
    return {"#fdecea", "#e0a39c", "#5f2120"};
}

QStyle::StandardPixmap iconOf(InlineBanner::Kind kind)
{
    switch (kind) {
    case InlineBanner::Kind::Information:
        return QStyle::SP_MessageBoxInformation;
    case InlineBanner::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case InlineBanner::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxWarning;
}

} // namespace

InlineBanner::InlineBanner(QWidget *parent)
    : QFrame(parent)
{
    auto *layout = new QHBoxLayout(this);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(u"bannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QHBoxLayout;
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(u"bannerDismissButton"_s);
    m_dismiss->setText(u"✕"_s);
    m_dismiss->setToolTip(tr("Hide this message"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->hide();
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QToolButton::clicked, this, &InlineBanner::dismiss);
    setKind(Kind::Warning);
}

void InlineBanner::setKind(Kind kind)
{
    m_kind = kind;
    const Colours c = coloursOf(kind);
    setStyleSheet(u"outreach--InlineBanner { background: %1; border: 1px solid %2; border-radius: 4px; } "
                  "outreach--InlineBanner QLabel { color: %3; }"_s.arg(QLatin1StringView(c.background),
                                                                       QLatin1StringView(c.border),
                                                                       QLatin1StringView(c.text)));
    m_icon->setPixmap(style()->standardIcon(iconOf(kind)).pixmap(22, 22));
}

void InlineBanner::setText(const QString &text)
{
    m_text->setText(text);
}

QString InlineBanner::text() const
{
    return m_text->text();
}

QPushButton *InlineBanner::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    if (!objectName.isEmpty())
        button->setObjectName(objectName);
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void InlineBanner::setDismissible(bool dismissible)
{
    m_dismiss->setVisible(dismissible);
}

void InlineBanner::showMessage(const QString &text, Kind kind)
{
    setKind(kind);
    setText(text);
    show();
}

void InlineBanner::dismiss()
{
    hide();
    m_text->clear();
    emit dismissed();
}

} // namespace outreach
