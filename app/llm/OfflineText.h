// The building blocks of the offline composer (OfflineComposer): what is
// known about a lead, message parts with wordings from long to short, and
// fitting them into a channel's limit. Internal to app/llm.
#pragma once

#include "Campaign.h"
#include "Lead.h"
#include "Message.h"

#include <QStringList>
#include <functional>

namespace outreach::offline {

// A piece of a message: wordings from longest to shortest, and when it may
// be dropped to make the text fit (0 = never; higher numbers go first).
struct Part
{
    QStringList wordings;
    int dropOrder = 0;
    int chosen = 0;
    bool dropped = false;
};

struct Facts
{
    QString name;    // first name, empty when unknown or unusable
    QString company; // may be empty
    QString title;
    QString pain;             // first pain point, lower-cased start, no final stop
    bool painInPitch = false; // the template names it already; say it once
    QString hook;             // buying signal or recent news
    bool hookIsNews = false;
    QStringList pitch; // sentences of the rendered template, greeting and sign-off removed
    QString sender;
    QString signature;
    quint64 hash = 0;
};

// Lead data made safe and tidy for a sentence.
QString cleanValue(QString text);
QString cutAtWord(const QString &text, int maxChars);
QString phrase(QString text, int maxChars);
QString capitalized(QString text);
quint64 fnv1a(const QString &text, quint64 seed);
// The sentences of a rendered template, greeting and sign-off removed.
QStringList pitchSentences(const QString &rendered);
// Different wordings for different leads, stable for the same lead.
QString pick(const Facts &f, int slot, const QStringList &options);
// The parts joined by `separator`, made to fit.
QString fit(QList<Part> parts, const QString &separator, const std::function<bool(const QString &)> &fits);
// Typographic punctuation to its GSM-7 equivalents (SMS).
QString gsmPunctuation(QString text);

// The wordings per tone (OfflineWordings.cpp).
QString subjectFor(Tone tone, const Facts &f);
QList<Part> longForm(Tone tone, Facts f);            // email and long custom texts
QList<Part> shortForm(Tone tone, Facts f, bool sms); // SMS, LinkedIn, short custom texts

} // namespace outreach::offline
