// The lead table over the database, loaded a page at a time: opening a
// million leads reads only the rows a view asks for. Sorting and filtering
// (minimum score, text) run in SQL; a view sorts through sort().
#pragma once

#include "Database.h"
#include "Enums.h"
#include "Lead.h"
#include "LeadRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace outreach {

class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ScoreColumn,
        NameColumn,
        TitleColumn,
        CompanyColumn,
        EmailColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1, // unformatted value of the cell (int score, plain text)
        LeadIdRole,
        QualifyingRole, // bool: score >= the qualifying score
    };
    static constexpr int kDefaultPageSize = 256;

    explicit LeadTableModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    // Filters in SQL and starts again from the first page.
    void setFilter(std::optional<int> minScore, const QString &search);
    std::optional<int> minScore() const { return m_filter.minScore; }
    QString search() const { return m_filter.search; }
    // Leads that qualify for a campaign with this minimum score and channel
    // (LeadQualification) are marked as qualifying (no reload). Custom: any
    // lead with the score.
    void setQualifyingScore(std::optional<int> score, Channel channel = Channel::Custom);
    std::optional<int> qualifyingScore() const { return m_qualifying; }
    // Takes effect from the next page; refresh() to start over with it.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    // Every lead matching the filter, not only the loaded ones.
    qint64 totalCount() const { return m_total; }
    const Lead *leadAt(int row) const;
    int rowOfLead(qint64 leadId) const;
    QString lastError() const { return m_lastError; }

public slots:
    void refresh();

signals:
    void errorOccurred(const QString &message);
    void totalCountChanged(qint64 count);

private:
    bool isQualifying(const Lead &lead) const;
    void loadPage();
    void fail(const QString &message);

    Database &m_db;
    LeadFilter m_filter;
    std::optional<int> m_qualifying;
    Channel m_channel = Channel::Custom;
    QList<Lead> m_rows;
    qint64 m_total = 0;
    int m_pageSize = kDefaultPageSize;
    int m_sortColumn = ScoreColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_lastError;
    bool m_busy = false;
    bool m_resetting = false;
};

} // namespace outreach
