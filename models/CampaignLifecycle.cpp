#include "CampaignLifecycle.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace outreach {

bool CampaignLifecycle::canMove(CampaignStatus from, CampaignStatus to)
{
    using S = CampaignStatus;
    if (from == to)
        return true;
    switch (from) {
    case S::Draft:
        return to == S::Generating || to == S::Archived;
    case S::Generating:
        return to == S::Ready || to == S::Draft;
    case S::Ready:
        return to == S::Generating || to == S::Active || to == S::Draft || to == S::Archived;
    case S::Active:
        return to == S::Paused || to == S::Completed;
    case S::Paused:
        return to == S::Active || to == S::Completed;
    case S::Completed:
        return to == S::Archived;
    case S::Archived:
        return false;
    }
    return false;
}

QString CampaignLifecycle::refusal(CampaignStatus from, CampaignStatus to)
{
    if (canMove(from, to))
        return {};
    return QCoreApplication::translate("Campaign", "A campaign cannot move from \"%1\" to \"%2\".")
        .arg(toString(from), toString(to));
}

bool CampaignLifecycle::canGenerate(CampaignStatus status)
{
    return canMove(status, CampaignStatus::Generating);
}

CampaignStatus CampaignLifecycle::afterGeneration(bool anyGenerated)
{
    return anyGenerated ? CampaignStatus::Ready : CampaignStatus::Draft;
}

bool CampaignLifecycle::testStarted(CampaignStatus status)
{
    using S = CampaignStatus;
    return status == S::Active || status == S::Paused || status == S::Completed || status == S::Archived;
}

QString CampaignLifecycle::testStartedSqlList()
{
    QStringList names;
    for (const QString &name : campaignStatusNames()) {
        if (testStarted(campaignStatusFromString(name).value_or(CampaignStatus::Draft)))
            names << u'\'' + name + u'\'';
    }
    return names.join(u", "_s);
}

} // namespace outreach
