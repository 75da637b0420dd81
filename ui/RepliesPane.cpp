#include "RepliesPane.h"

#include "ReplyListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

RepliesPane::RepliesPane(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new ReplyListModel(db, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_kind = new QComboBox;
    m_kind->setObjectName(u"replyKindFilter"_s);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : ReplyListModel::kinds())
        m_kind->addItem(ReplyListModel::kindDisplayName(kind), kind);
    row->addWidget(new QLabel(tr("Show:")));
    row->addWidget(m_kind);
    auto *note =
        new QLabel(tr("Found by inbox sync (outreach sync) in your mailboxes; your mail is never changed."));
    note->setWordWrap(true);
    row->addWidget(note, 1);
    layout->addLayout(row);
    auto *splitter = new QSplitter(Qt::Vertical);
    m_view = new QTableView;
    m_view->setObjectName(u"repliesView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ReplyListModel::ReceivedColumn, 130);
    m_view->setColumnWidth(ReplyListModel::LeadColumn, 260);
    m_view->setColumnWidth(ReplyListModel::VariantColumn, 60);
    m_view->setColumnWidth(ReplyListModel::KindColumn, 150);
    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(u"replyDetail"_s);
    m_detail->setReadOnly(true);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKind(m_kind->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RepliesPane::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RepliesPane::showSelected);
}

void RepliesPane::setCampaign(qint64 campaignId)
{
    m_model->setCampaign(campaignId);
}

void RepliesPane::refresh()
{
    (void)m_model->refresh();
}

void RepliesPane::showSelected()
{
    const ReplyRecord *r = m_model->replyAt(m_view->currentIndex().row());
    if (!r) {
        m_detail->clear();
        return;
    }
    QString header =
        tr("From: %1\nReceived: %2\nSubject: %3")
            .arg(r->fromName.isEmpty() ? r->fromAddress : u"%1 <%2>"_s.arg(r->fromName, r->fromAddress),
                 QLocale().toString(r->receivedAt.toLocalTime(), QLocale::LongFormat), r->subject);
    if (r->returnDate.isValid())
        header += u'\n' + tr("Back on: %1").arg(QLocale().toString(r->returnDate, QLocale::LongFormat));
    if (!r->statusCode.isEmpty())
        header += u'\n' + tr("Status: %1 %2").arg(r->statusCode, r->diagnostic);
    m_detail->setPlainText(header + u"\n\n"_s + (r->body.isEmpty() ? r->snippet : r->body));
}

} // namespace outreach
