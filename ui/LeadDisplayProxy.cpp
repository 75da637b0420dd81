#include "LeadDisplayProxy.h"

#include "Icons.h"
#include "LeadTableModel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace outreach {

QVariant LeadDisplayProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole || role == Qt::DecorationRole || role == Qt::ToolTipRole) {
        const bool qualifying = QIdentityProxyModel::data(index, LeadTableModel::QualifyingRole).toBool();
        if (!qualifying)
            return QIdentityProxyModel::data(index, role);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (index.column() != LeadTableModel::ScoreColumn)
            return QIdentityProxyModel::data(index, role);
        if (role == Qt::DecorationRole) {
            static const QIcon icon = Icons::named(u"qualifying"_s);
            return icon;
        }
        return tr("Qualifies for this campaign");
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace outreach
