#include "CampaignValidator.h"
#include "templates/TemplateEngine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {

QList<CampaignProblem> CampaignValidator::validate(const Campaign &c, const QStringList &customFieldNames)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Campaign", text); };
    QList<CampaignProblem> problems;
    if (c.name.trimmed().isEmpty())
        problems.append({u"name"_s, tr("The campaign needs a name.")});
    if (c.minScore < 0 || c.minScore > 100)
        problems.append({u"min_score"_s, tr("The minimum score must be from 0 to 100.")});
    if (c.minSample < 1)
        problems.append({u"min_sample"_s, tr("The minimum sample must be at least 1 send per variant.")});
    if (c.budgetUsd < 0)
        problems.append({u"budget"_s, tr("The budget cannot be negative.")});
    if (c.alpha <= 0 || c.alpha >= 1)
        problems.append({u"alpha"_s, tr("The significance level must be between 0 and 1.")});
    if (c.channel == Channel::Custom && c.customCharLimit < 0)
        problems.append({u"char_limit"_s, tr("The character limit cannot be negative.")});
    for (const TemplateProblem &p : TemplateEngine::validate(c.templateText, customFieldNames))
        problems.append({u"template"_s, p.message});
    return problems;
}

} // namespace outreach
