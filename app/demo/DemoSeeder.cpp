#include "DemoSeeder.h"
#include "CampaignRepository.h"
#include "Enums.h"
#include "LeadRepository.h"
#include "import/LeadImporter.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace outreach {

DemoSeedResult DemoSeeder::seedIfEmpty(Database &db)
{
    DemoSeedResult result;
    LeadRepository leads(db);
    CampaignRepository campaigns(db);
    const auto leadCount = leads.count({});
    const auto campaignList = campaigns.list();
    if (!leadCount || !campaignList) {
        result.error = leadCount ? campaignList.errorMessage() : leadCount.errorMessage();
        return result;
    }
    if (leadCount.value() > 0 || !campaignList->isEmpty())
        return result;

    QFile file(u":/demo/leads.csv"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            QCoreApplication::translate("DemoSeeder", "The demo leads are missing from this build.");
        return result;
    }
    const LeadImportReport report = LeadImporter::importDevice(db, &file, u"demo/leads.csv"_s);
    if (!report.ok()) {
        result.error = report.fatal ? report.fatal->reason : QString();
        return result;
    }
    Campaign demo;
    demo.name = QCoreApplication::translate("DemoSeeder", "Demo: Q4 operations outreach");
    demo.channel = Channel::Email;
    demo.minScore = 60;
    demo.templateText =
        u"Hi {{first_name|there}}, one thing stood out about {{company}}: {{pain_point|growing "
        "pains in operations}}. We help teams like yours cut that work in half. Worth a "
        "15-minute call?"_s;
    demo.customContext = u"We sell Relay, a workflow automation platform for operations teams. Keep it "
                         "specific to the lead; no hype."_s;
    // Works on a fresh machine with no key and no network; switch the
    // provider in the campaign or the settings to use a model.
    demo.provider = toString(ProviderId::Offline);
    demo.senderName = u"Alex Morgan"_s;
    demo.senderSignature = u"Alex Morgan, Account Executive at Relay"_s;
    const auto id = campaigns.create(demo);
    if (!id) {
        result.error = id.errorMessage();
        return result;
    }
    result.seeded = true;
    result.leads = report.imported;
    result.campaignId = id.value();
    return result;
}

} // namespace outreach
