#include "RepliesPane.h"

#include "ReplyCorrectionRepository.h"
#include "ReplyListModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// Who corrected: the account name, as the CLI records it too.
QString userName()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QDir::home().dirName()));
}

} // namespace

RepliesPane::RepliesPane(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ReplyListModel(db, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_scope = new QComboBox;
    m_scope->setObjectName(u"replyScope"_s);
    m_scope->addItem(tr("This campaign"), false);
    m_scope->addItem(tr("All campaigns"), true);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"replyKindFilter"_s);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : ReplyListModel::kinds())
        m_kind->addItem(ReplyListModel::kindDisplayName(kind), kind);
    row->addWidget(new QLabel(tr("Show:")));
    row->addWidget(m_scope);
    row->addWidget(m_kind);
    m_notReply = new QAction(tr("Not a reply"), this);
    m_notReply->setObjectName(u"notReplyAction"_s);
    m_notReply->setToolTip(tr("Count the selected mail as an automatic answer, not as a reply"));
    m_isReply = new QAction(tr("Is a reply"), this);
    m_isReply->setObjectName(u"isReplyAction"_s);
    m_isReply->setToolTip(tr("Count the selected mail as a reply"));
    for (QAction *action : {m_notReply, m_isReply}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
    auto *note =
        new QLabel(tr("Found by inbox sync (outreach sync) in your mailboxes; your mail is never changed."));
    note->setWordWrap(true);
    row->addWidget(note, 1);
    layout->addLayout(row);
    m_message = new QLabel;
    m_message->setObjectName(u"replyMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical);
    m_view = new QTableView;
    m_view->setObjectName(u"repliesView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_notReply, m_isReply});
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false); // one line per mail; the whole of it is shown below
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ReplyListModel::LeadColumn, 320);
    m_view->setColumnWidth(ReplyListModel::CampaignColumn, 160);
    m_view->setColumnWidth(ReplyListModel::VariantColumn, 60);
    m_view->setColumnWidth(ReplyListModel::ReceivedColumn, 130);
    m_view->setColumnWidth(ReplyListModel::KindColumn, 150);
    m_view->setColumnHidden(ReplyListModel::CampaignColumn, true);
    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(u"replyDetail"_s);
    m_detail->setReadOnly(true);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        const bool all = m_scope->currentData().toBool();
        m_view->setColumnHidden(ReplyListModel::CampaignColumn, !all);
        m_model->setAllCampaigns(all);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKind(m_kind->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RepliesPane::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RepliesPane::showSelected);
    connect(m_notReply, &QAction::triggered, this, [this] { correctSelected(u"auto_reply"_s); });
    connect(m_isReply, &QAction::triggered, this, [this] { correctSelected(u"reply"_s); });
    updateActions();
}

void RepliesPane::setCampaign(qint64 campaignId)
{
    m_message->hide();
    m_model->setCampaign(campaignId);
}

void RepliesPane::refresh()
{
    (void)m_model->refresh();
}

void RepliesPane::updateActions()
{
    const ReplyRecord *r = m_model->replyAt(m_view->currentIndex().row());
    m_notReply->setEnabled(r && r->kind == u"reply");
    m_isReply->setEnabled(r && r->kind != u"reply");
}

void RepliesPane::showSelected()
{
    updateActions();
    const ReplyRecord *r = m_model->replyAt(m_view->currentIndex().row());
    if (!r) {
        m_detail->clear();
        return;
    }
    QString header =
        tr("From: %1\nReceived: %2\nSubject: %3")
            .arg(r->fromName.isEmpty() ? r->fromAddress : u"%1 <%2>"_s.arg(r->fromName, r->fromAddress),
                 QLocale().toString(r->receivedAt.toLocalTime(), QLocale::LongFormat), r->subject);
    header += u'\n' + tr("Campaign: %1").arg(r->campaignName);
    if (r->returnDate.isValid())
        header += u'\n' + tr("Back on: %1").arg(QLocale().toString(r->returnDate, QLocale::LongFormat));
    if (!r->statusCode.isEmpty())
        header += u'\n' + tr("Status: %1 %2").arg(r->statusCode, r->diagnostic);
    if (r->corrected && r->correctedAt.isValid())
        header += u'\n' + tr("Corrected by hand (%1, %2): was %3")
                              .arg(r->correctedBy,
                                   QLocale().toString(r->correctedAt.toLocalTime(), QLocale::ShortFormat),
                                   ReplyListModel::kindDisplayName(r->correctedFrom));
    m_detail->setPlainText(header + u"\n\n"_s + (r->body.isEmpty() ? r->snippet : r->body));
}

void RepliesPane::selectReply(qint64 replyId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->replyAt(row)->id == replyId) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
}

void RepliesPane::correctSelected(const QString &kind)
{
    const ReplyRecord *r = m_model->replyAt(m_view->currentIndex().row());
    if (!r)
        return;
    const qint64 replyId = r->id;
    const QString lead = r->leadEmail;
    auto corrected = ReplyCorrectionRepository(m_db).correct(replyId, kind, userName());
    m_message->show();
    if (!corrected) {
        m_message->setText(corrected.errorMessage());
        return;
    }
    const ReplyCorrection &c = corrected.value();
    QString text =
        tr("Marked as %1 (was %2); the analytics count it that way now.")
            .arg(ReplyListModel::kindDisplayName(c.toKind), ReplyListModel::kindDisplayName(c.fromKind));
    if (c.suppressionKept)
        text += u' ' + tr("%1 stays on the suppression list; if you are sure, lift that with "
                          "\"outreach suppressions remove %1\".")
                           .arg(lead);
    m_message->setText(text);
    (void)m_model->refresh();
    selectReply(replyId);
    emit correctionMade(c.campaignId);
}

} // namespace outreach
