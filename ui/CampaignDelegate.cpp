#include "CampaignDelegate.h"

#include "CampaignListModel.h"
#include "Icons.h"

#include <QApplication>
#include <QPainter>

namespace outreach {

void CampaignDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect r = opt.rect.adjusted(8, 6, -8, -6);
    const int iconSize = 24;
    const auto channel = Channel(index.data(CampaignListModel::ChannelRole).toInt());
    Icons::channel(channel).paint(painter,
                                  QRect(r.left(), r.top() + (r.height() - iconSize) / 2, iconSize, iconSize));
    const QRect text = r.adjusted(iconSize + 8, 0, 0, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics fm(bold);
    painter->drawText(text.left(), text.top() + fm.ascent(),
                      fm.elidedText(name, Qt::ElideRight, text.width()));
    painter->setFont(opt.font);
    QColor detailColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(detailColor);
    const QFontMetrics small(opt.font);
    painter->drawText(
        text.left(), text.top() + fm.height() + 2 + small.ascent(),
        small.elidedText(index.data(CampaignListModel::DetailRole).toString(), Qt::ElideRight, text.width()));
    painter->restore();
}

QSize CampaignDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics fm(option.font);
    return {220, fm.height() * 2 + 16};
}

} // namespace outreach
