// The Leads tab: the lazy lead table with search and minimum-score filter
// (both run in SQL), qualifying leads marked, and a detail panel with the
// lead's research.
#pragma once

#include "Campaign.h"
#include "Database.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace outreach {

class LeadTableModel;
class LeadDisplayProxy;

class LeadsPane : public QWidget
{
    Q_OBJECT
public:
    explicit LeadsPane(Database &db, QWidget *parent = nullptr);

    void setCampaign(const Campaign *campaign);
    LeadTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }
    QList<qint64> selectedLeadIds() const;

public slots:
    void refresh();
    void editLead();    // the one selected lead, in LeadDialog
    void deleteLeads(); // the selected leads, after saying what goes with them (LeadRemoval)
    // Writes every lead the current search and score filter match.
    bool exportCsv(const QString &path);

signals:
    void importRequested();
    void leadsChanged(); // edited or deleted: campaign counts change
    void statusMessage(const QString &text);

private:
    void applyFilter();
    void showDetails();
    void updateCount();
    void createActions();

    Database &m_db;

    LeadTableModel *m_model;
    LeadDisplayProxy *m_proxy;
    QLineEdit *m_search;
    QSpinBox *m_minScore;
    QSlider *m_slider;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_details;
    QSplitter *m_splitter;
    QTimer m_filterDelay;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_export = nullptr;
};

} // namespace outreach
