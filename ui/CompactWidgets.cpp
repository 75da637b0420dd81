#include "CompactWidgets.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace outreach {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

ElidedLabel::ElidedLabel(const QString &text, QWidget *parent)
    : ElidedLabel(parent)
{
    setText(text);
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    const int width = fontMetrics().horizontalAdvance(u"…"_s) + 2 * margin() + m.left() + m.right();
    return {qMin(width, QLabel::sizeHint().width()), QLabel::minimumSizeHint().height()};
}

bool ElidedLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > contentsRect().width() - 2 * margin();
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    if (!isElided() || wordWrap()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), shown, foregroundRole());
}

CompactToolButton::CompactToolButton(QWidget *parent)
    : QToolButton(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // A plain QToolButton is Fixed: a layout would never go below the text.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize CompactToolButton::hintFor(bool withText) const
{
    // As QToolButton::sizeHint() measures, for either style, without
    // switching the style (which would relayout on every question).
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.toolButtonStyle = withText ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    int w = option.iconSize.width();
    int h = option.iconSize.height();
    if (withText) {
        const QFontMetrics fm = fontMetrics();
        QSize textSize = fm.size(Qt::TextShowMnemonic, text());
        textSize.setWidth(textSize.width() + fm.horizontalAdvance(u' ') * 2);
        w += 4 + textSize.width();
        h = qMax(h, textSize.height());
    }
    option.rect.setSize({w, h});
    if (popupMode() == QToolButton::MenuButtonPopup)
        w += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, this);
    return style()->sizeFromContents(QStyle::CT_ToolButton, &option, QSize(w, h), this);
}

QSize CompactToolButton::sizeHint() const
{
    return hintFor(!m_compact);
}

void CompactToolButton::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    updateGeometry();
}

QSize CompactToolButton::minimumSizeHint() const
{
    return hintFor(false);
}

void CompactToolButton::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    const auto fitting = !m_compact && width() >= hintFor(true).width() ? Qt::ToolButtonTextBesideIcon
                                                                        : Qt::ToolButtonIconOnly;
    if (toolButtonStyle() != fitting)
        setToolButtonStyle(fitting);
}

} // namespace outreach
