// The campaign list on the left: channel icon, status and counts per
// campaign; New, Duplicate and Delete (which cascades, so it asks first).
#pragma once

#include "CampaignListModel.h"

#include <QWidget>

class QAction;
class QListView;

namespace outreach {

class CampaignPane : public QWidget
{
    Q_OBJECT
public:
    CampaignPane(Database &db, QWidget *parent = nullptr);

    CampaignListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    qint64 currentCampaignId() const;
    const CampaignSummary *currentSummary() const;
    void selectCampaign(qint64 id);
    QAction *newAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *editAction() const { return m_edit; }

public slots:
    void newCampaign();
    void editCampaign();
    void duplicateCampaign();
    void deleteCampaign();

signals:
    void currentCampaignChanged(qint64 id);

private:
    void updateActions();

    Database &m_db;
    CampaignListModel *m_model;
    QListView *m_view;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
};

} // namespace outreach
