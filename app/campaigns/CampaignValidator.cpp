#include "CampaignValidator.h"
#include "templates/TemplateEngine.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace outreach {

QList<CampaignProblem> CampaignValidator::validate(const Campaign &c, const QStringList &customFieldNames)
{
    QList<CampaignProblem> problems;
    if (c.name.trimmed().isEmpty())
        problems.append({u"name"_s, QCoreApplication::translate("Campaign", "The campaign needs a name.")});
    if (c.minScore < 0 || c.minScore > 100)
        problems.append({u"min_score"_s, QCoreApplication::translate(
                                             "Campaign", "The minimum score must be from 0 to 100.")});
    if (c.minSample < 1)
        problems.append(
            {u"min_sample"_s, QCoreApplication::translate(
                                  "Campaign", "The minimum sample must be at least 1 send per variant.")});
    if (c.budgetUsd < 0)
        problems.append(
            {u"budget"_s, QCoreApplication::translate("Campaign", "The budget cannot be negative.")});
    if (!std::isfinite(c.testShare) || c.testShare <= 0 || c.testShare > 1)
        problems.append(
            {u"test_share"_s, QCoreApplication::translate(
                                  "Campaign", "The test share must be above 0 and at most 1 (100 %).")});
    if (c.testMode == TestMode::Fixed && c.plannedSends <= 0)
        problems.append({u"planned_sends"_s,
                         QCoreApplication::translate(
                             "Campaign", "A fixed-horizon test needs its planned sends per variant.")});
    if (c.alpha <= 0 || c.alpha >= 1)
        problems.append({u"alpha"_s, QCoreApplication::translate(
                                         "Campaign", "The significance level must be between 0 and 1.")});
    if (c.channel == Channel::Custom && c.customCharLimit < 0)
        problems.append({u"char_limit"_s,
                         QCoreApplication::translate("Campaign", "The character limit cannot be negative.")});
    for (const TemplateProblem &p : TemplateEngine::validate(c.templateText, customFieldNames))
        problems.append({u"template"_s, p.message});
    return problems;
}

} // namespace outreach
