#include "VariantPanel.h"

#include "CompactWidgets.h"
#include "DisplayNames.h"
#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
QToolButton *toolButton(const QString &icon, const QString &text, const QString &tip, QWidget *parent)
{
    // Icon only when three panels side by side leave no room for the text.
    auto *button = new CompactToolButton(parent);
    button->setIcon(Icons::named(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

QString toneTitle(int index)
{
    QString title = displayName(toneOfIndex(index));
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}
} // namespace

VariantPanel::VariantPanel(int index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *header = new QHBoxLayout;
    m_tone = new QLabel(toneTitle(index), this);
    QFont bold = m_tone->font();
    bold.setBold(true);
    m_tone->setFont(bold);
    // Flags and counters elide: their text must never widen the window.
    m_flags = new ElidedLabel(this);
    QFont italic = m_flags->font();
    italic.setItalic(true);
    m_flags->setFont(italic);
    m_flags->setObjectName(u"flags%1"_s.arg(index));
    header->addWidget(m_tone);
    header->addWidget(m_flags, 1);
    layout->addLayout(header);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"subject%1"_s.arg(index));
    m_subject->setPlaceholderText(tr("Subject"));
    m_subjectCounter = new ElidedLabel(this);
    m_subjectCounter->setObjectName(u"subjectCounter%1"_s.arg(index));
    auto *subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subject, 1);
    subjectRow->addWidget(m_subjectCounter);
    layout->addLayout(subjectRow);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"body%1"_s.arg(index));
    m_body->setTabChangesFocus(true); // keyboard users move on with Tab
    layout->addWidget(m_body, 1);

    auto *footer = new QHBoxLayout;
    m_bodyCounter = new ElidedLabel(this);
    m_bodyCounter->setObjectName(u"bodyCounter%1"_s.arg(index));
    m_copy = toolButton(u"edit-copy"_s, tr("Copy"), tr("Copy this variant to the clipboard"), this);
    m_pin =
        toolButton(u"variant-pin"_s, tr("Pin"), tr("Send this variant to this lead in the A/B test"), this);
    m_pin->setCheckable(true);
    m_regenerate = toolButton(u"variant-regenerate"_s, tr("Regenerate"),
                              tr("Write this variant again, keeping the other two"), this);
    footer->addWidget(m_bodyCounter, 1);
    footer->addWidget(m_copy);
    footer->addWidget(m_pin);
    footer->addWidget(m_regenerate);
    layout->addLayout(footer);

    connect(m_subject, &QLineEdit::textEdited, this, [this] {
        updateCounters();
        emit textEdited(m_index);
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        updateCounters();
        if (!m_loading)
            emit textEdited(m_index);
    });
    connect(m_copy, &QToolButton::clicked, this, [this] { emit copyRequested(m_index); });
    connect(m_pin, &QToolButton::clicked, this, [this] { emit pinRequested(m_index); });
    connect(m_regenerate, &QToolButton::clicked, this, [this] { emit regenerateRequested(m_index); });
    m_subject->installEventFilter(this);
    m_body->installEventFilter(this);
    setRules(ChannelRules());
    showVariant(nullptr, false);
}

void VariantPanel::setRules(const ChannelRules &rules)
{
    m_rules = rules;
    m_subject->setVisible(rules.hasSubject());
    m_subjectCounter->setVisible(rules.hasSubject());
    updateCounters();
}

void VariantPanel::showVariant(const Variant *variant, bool pinned)
{
    m_loading = true;
    m_subject->setText(variant && variant->subject ? *variant->subject : QString());
    m_body->setPlainText(variant ? variant->body : QString());
    m_loading = false;
    setEnabled(variant != nullptr);
    showFlags(variant, pinned);
    updateCounters();
}

void VariantPanel::showFlags(const Variant *variant, bool pinned)
{
    QStringList flags;
    if (variant) {
        for (const QString &flag : variant->flags)
            flags << variantFlagDisplayName(flag);
    }
    if (variant && variant->edited)
        flags.prepend(tr("edited"));
    m_flags->setText(flags.join(u", "_s));
    m_flags->setToolTip(m_flags->text());
    m_pin->setChecked(pinned);
}

std::optional<QString> VariantPanel::subject() const
{
    if (!m_rules.hasSubject())
        return std::nullopt;
    return m_subject->text();
}

QString VariantPanel::body() const
{
    return m_body->toPlainText();
}

void VariantPanel::showCheck(QLabel *label, const LengthCheck &check, bool sms)
{
    QString text =
        check.limit > 0 ? tr("%1 / %2").arg(check.count).arg(check.limit) : tr("%1 chars").arg(check.count);
    if (sms) {
        const QString segments =
            check.segments == 1 ? tr("1 segment") : tr("%1 segments").arg(check.segments);
        text = tr("%1 · %2 · %3")
                   .arg(text, check.encoding == TextEncoding::Ucs2 ? tr("UCS-2") : tr("GSM-7"), segments);
    }
    label->setText(text);
    QString colour;
    if (check.level == LengthCheck::Level::Warning)
        colour = u"#b45309"_s;
    else if (check.level == LengthCheck::Level::Over)
        colour = u"#b91c1c"_s;
    label->setStyleSheet(colour.isEmpty() ? QString() : u"color: %1; font-weight: bold;"_s.arg(colour));
    label->setToolTip(check.message);
}

void VariantPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitFooter();
}

void VariantPanel::fitFooter()
{
    // The counter matters more than the buttons' words: the buttons drop
    // their text first, and only then does the counter elide.
    int needed = m_bodyCounter->sizeHint().width() + 8;
    for (QToolButton *button : {m_copy, m_pin, m_regenerate})
        needed += static_cast<CompactToolButton *>(button)->textHint().width() + 6;
    for (QToolButton *button : {m_copy, m_pin, m_regenerate})
        static_cast<CompactToolButton *>(button)->setCompact(width() < needed);
}

void VariantPanel::updateCounters()
{
    if (m_rules.hasSubject())
        showCheck(m_subjectCounter, m_rules.checkSubject(m_subject->text()), false);
    showCheck(m_bodyCounter, m_rules.checkBody(m_body->toPlainText()), m_rules.channel() == Channel::Sms);
    fitFooter();
}

bool VariantPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !m_loading)
        emit editingFinished(m_index);
    return QWidget::eventFilter(watched, event);
}

} // namespace outreach
