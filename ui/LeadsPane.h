// The Leads tab: the lazy lead table with search and minimum-score filter
// (both run in SQL), qualifying leads marked, and a detail panel with the
// lead's research.
#pragma once

#include "Campaign.h"
#include "Database.h"

#include <QTimer>
#include <QWidget>

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

public slots:
    void refresh();

signals:
    void importRequested();

private:
    void applyFilter();
    void showDetails();
    void updateCount();

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
};

} // namespace outreach
