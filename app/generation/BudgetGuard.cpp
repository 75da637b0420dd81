#include "BudgetGuard.h"

#include "llm/LlmProvider.h"

#include <algorithm>
#include <limits>

namespace outreach {

BudgetGuard::BudgetGuard(double capUsd)
    : m_capUsd(capUsd)
{}

int BudgetGuard::estimatedPromptTokens(const ChatRequest &request)
{
    qint64 chars = 0;
    for (const ChatMessage &m : request.messages)
        chars += m.content.size();
    return int(chars / 2 + 32);
}

double BudgetGuard::left() const
{
    if (m_capUsd > 0)
        return m_capUsd - m_spentUsd - m_reservedUsd;
    return std::numeric_limits<double>::infinity();
}

bool BudgetGuard::fits(double usd) const
{
    return usd <= left();
}

void BudgetGuard::reserve(double usd)
{
    m_reservedUsd += usd;
}

void BudgetGuard::commit(double reservedUsd, double costUsd)
{
    release(reservedUsd);
    m_spentUsd += costUsd;
}

void BudgetGuard::release(double reservedUsd)
{
    m_reservedUsd -= reservedUsd;
}

} // namespace outreach
