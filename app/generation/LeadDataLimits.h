// How much of a lead goes into a prompt. A CSV cell can hold megabytes (a
// pasted web page, a broken export); sent as is it would cost money on every
// request and can exceed the model's context. Each field is capped, then the
// lead as a whole, in order of what matters most for writing the message;
// what was cut is reported so the message can be flagged.
#pragma once

#include "Lead.h"

#include <QStringList>

namespace outreach {

struct CappedLead
{
    Lead lead;             // the lead as the prompt and the template see it
    QStringList cutFields; // fields shortened or left out, by variable name or CSV header
    bool cut() const { return !cutFields.isEmpty(); }
};

class LeadDataLimits
{
public:
    // One text field, or all items of a list field together, in characters.
    static constexpr int kMaxFieldChars = 2000;
    // All fields of one lead together (custom field names included).
    static constexpr int kMaxLeadChars = 12000;
    // A custom field whose CSV header is longer than this is left out.
    static constexpr int kMaxCustomNameChars = 200;
    // The variant flag of a message written from shortened lead data.
    static constexpr const char *kCutFlag = "lead_data_cut";

    static CappedLead cap(const Lead &lead);
};

} // namespace outreach
