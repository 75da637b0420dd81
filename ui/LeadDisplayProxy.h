// Presentation of the lead table: qualifying leads in bold with a check mark
// on their score. Sorting passes through to the model, which sorts in SQL.
#pragma once

#include <QIdentityProxyModel>

namespace outreach {

class LeadDisplayProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace outreach
