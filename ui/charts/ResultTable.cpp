#include "ResultTable.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

#include <algorithm>

namespace outreach::charts {

namespace {
QTableWidgetItem *cell(const QString &text, bool bold = false)
{
    auto *made = new QTableWidgetItem(text);
    made->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    made->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (bold) {
        QFont font = made->font();
        font.setBold(true);
        made->setFont(font);
    }
    return made;
}
} // namespace

ResultTable::ResultTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("resultTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

QString ResultTable::percent(double rate)
{
    return tr("%1 %", "percentage").arg(QLocale().toString(rate * 100, 'f', 1));
}

QString ResultTable::interval(const stats::Interval &interval)
{
    const QLocale locale;
    return tr("%1–%2 %", "95 % interval of a rate, in percent")
        .arg(locale.toString(interval.low * 100, 'f', 1), locale.toString(interval.high * 100, 'f', 1));
}

void ResultTable::setResult(const AbTestResult &result)
{
    clear();
    const QString ci = tr("  95 % interval");
    const QStringList rows{tr("Assigned"),
                           tr("Sent"),
                           tr("Delivered"),
                           tr("Opened"),
                           tr("Clicked"),
                           tr("Replied"),
                           tr("Bounced"),
                           tr("Auto-replied"),
                           tr("Open rate"),
                           ci,
                           tr("Click rate"),
                           ci,
                           tr("Reply rate"),
                           ci,
                           tr("P(best), %1").arg(metricDisplayName(result.metric)),
                           tr("Adjusted p vs best")};
    setRowCount(int(rows.size()));
    setColumnCount(int(result.variants.size()));
    setVerticalHeaderLabels(rows);
    const QLocale locale;
    QStringList headers;
    for (int col = 0; col < result.variants.size(); ++col) {
        const VariantResult &v = result.variants.at(col);
        const bool winner = result.winner && *result.winner == v.counts.index;
        headers << (winner ? tr("%1 ★", "winning variant").arg(toneDisplayName(v.counts.tone()))
                           : toneDisplayName(v.counts.tone()));
        const FunnelCounts &c = v.counts;
        const qint64 counts[] = {c.assigned, c.sent,    c.delivered, c.opened,
                                 c.clicked,  c.replied, c.bounced,   c.autoReplied};
        int row = 0;
        for (qint64 n : counts)
            setItem(row++, col, cell(locale.toString(n)));
        const struct
        {
            WinnerMetric metric;
            double rate;
            stats::Interval interval;
        } rates[] = {{WinnerMetric::Open, v.openRate, v.openInterval},
                     {WinnerMetric::Click, v.clickRate, v.clickInterval},
                     {WinnerMetric::Reply, v.replyRate, v.replyInterval}};
        for (const auto &r : rates) {
            const bool mark = winner && result.metric == r.metric;
            setItem(row++, col, cell(percent(r.rate), mark));
            setItem(row++, col, cell(interval(r.interval), mark));
        }
        setItem(row++, col, cell(percent(v.probabilityBest)));
        const bool best =
            result.bestVariant && result.variants.value(*result.bestVariant).counts.index == v.counts.index;
        QString p = best ? tr("best", "this variant is the best one, no p-value") : tr("–", "no value");
        for (const PairwiseTest &t : result.pairwise) {
            if (t.b == v.counts.index)
                p = t.pAdjusted < 0.001 ? tr("< 0.001") : locale.toString(t.pAdjusted, 'g', 2);
        }
        setItem(row++, col, cell(p));
    }
    setHorizontalHeaderLabels(headers);
    // Stretched, but never narrower than what they show: the table asks its
    // layout for the width its names and intervals need, so none is clipped
    // or wrapped onto a second line when the window is short of room.
    int width =
        verticalHeader()->sizeHint().width() + 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    for (int col = 0; col < columnCount(); ++col)
        width += contentWidth(col);
    setMinimumWidth(width);
}

int ResultTable::contentWidth(int column) const
{
    return std::max(sizeHintForColumn(column), horizontalHeader()->sectionSizeHint(column));
}

} // namespace outreach::charts
