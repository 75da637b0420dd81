#include "CampaignDialog.h"
#include "DisplayNames.h"
#include "LeadQualification.h"
#include "stats/AbTestAnalyzer.h"

#include "CampaignRepository.h"
#include "LeadRepository.h"
#include "Prompt.h"
#include "campaigns/CampaignValidator.h"
#include "templates/TemplateEngine.h"
#include "ui_CampaignDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace outreach {

CampaignDialog::CampaignDialog(Database &db, std::optional<Campaign> existing, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::CampaignDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(existing ? tr("Edit campaign") : tr("New campaign"));
    for (const QString &name : channelNames()) {
        const Channel channel = channelFromString(name).value_or(Channel::Email);
        m_ui->channelCombo->addItem(displayName(channel), int(channel));
    }
    m_ui->providerCombo->addItem(tr("(application default)"), QString());
    for (const ProviderId id : {ProviderId::Offline, ProviderId::Cerebras, ProviderId::OpenAi})
        m_ui->providerCombo->addItem(displayName(id), toString(id));
    for (auto metric : {WinnerMetric::Reply, WinnerMetric::Click, WinnerMetric::Open}) {
        QString name = metricDisplayName(metric);
        name[0] = name[0].toUpper();
        m_ui->winnerCombo->addItem(name, int(metric));
    }
    m_ui->budgetSpin->setDecimals(2);

    addTestFields();

    auto names = LeadRepository(m_db).customFieldNames();
    if (names)
        m_customFields = names.value();
    m_ui->templateEdit->setVariables(TemplateEngine::knownVariables(m_customFields));

    if (existing) {
        m_base = *existing;
    } else {
        m_base.name = tr("New campaign");
        m_base.templateText = u"Hi {{first_name|there}},\n\n"_s;
    }
    load(m_base);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);
    const auto revalidate = [this] { validate(); };
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, revalidate);
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateChannelFields();
        updateQualifying();
        validate();
    });
    connect(m_ui->customLimitSpin, &QSpinBox::valueChanged, this, revalidate);
    connect(m_ui->customSubjectCheck, &QCheckBox::toggled, this, revalidate);
    connect(m_ui->minScoreSpin, &QSpinBox::valueChanged, this, [this] {
        updateQualifying();
        validate();
    });
    connect(m_ui->templateEdit, &QPlainTextEdit::textChanged, this, revalidate);
    connect(m_ui->minSampleSpin, &QSpinBox::valueChanged, this, revalidate);
    connect(m_ui->budgetSpin, &QDoubleSpinBox::valueChanged, this, revalidate);
    updateChannelFields();
    updateQualifying();
    validate();
}

CampaignDialog::~CampaignDialog() = default;

void CampaignDialog::load(const Campaign &c)
{
    m_ui->nameEdit->setText(c.name);
    m_ui->channelCombo->setCurrentIndex(m_ui->channelCombo->findData(int(c.channel)));
    m_ui->customLimitSpin->setValue(c.customCharLimit);
    m_ui->customSubjectCheck->setChecked(c.customHasSubject);
    m_ui->minScoreSpin->setValue(c.minScore);
    m_ui->templateEdit->setPlainText(c.templateText);
    m_ui->contextEdit->setPlainText(c.customContext);
    const auto providerId = providerIdFromString(c.provider);
    const int provider = m_ui->providerCombo->findData(providerId ? toString(*providerId) : c.provider);
    if (provider >= 0)
        m_ui->providerCombo->setCurrentIndex(provider);
    else
        m_ui->providerCombo->setEditText(c.provider);
    m_ui->modelEdit->setText(c.model);
    m_ui->senderNameEdit->setText(c.senderName);
    m_ui->signatureEdit->setPlainText(c.senderSignature);
    m_ui->winnerCombo->setCurrentIndex(m_ui->winnerCombo->findData(int(c.winnerMetric)));
    m_ui->minSampleSpin->setValue(c.minSample);
    m_ui->budgetSpin->setValue(c.budgetUsd);
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(c.testMode)));
    m_plannedSpin->setValue(int(std::min<qint64>(c.plannedSends, m_plannedSpin->maximum())));
    m_shareSpin->setValue(c.testShare * 100);
    m_deadlineCheck->setChecked(c.deadline.isValid());
    m_deadlineEdit->setDateTime(c.deadline.isValid() ? c.deadline.toLocalTime()
                                                     : QDateTime::currentDateTime().addDays(14));
    m_deadlineEdit->setEnabled(c.deadline.isValid());
}

void CampaignDialog::addTestFields()
{
    m_modeCombo = new QComboBox;
    m_modeCombo->setObjectName(u"testModeCombo"_s);
    m_modeCombo->addItem(tr("Sequential (look any time)"), int(TestMode::Sequential));
    m_modeCombo->addItem(tr("Fixed horizon (decide at the plan)"), int(TestMode::Fixed));
    m_plannedSpin = new QSpinBox;
    m_plannedSpin->setObjectName(u"plannedSendsSpin"_s);
    m_plannedSpin->setRange(0, 100000000);
    m_plannedSpin->setSpecialValueText(tr("no plan"));
    m_plannedSpin->setSuffix(tr(" per variant"));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_modeCombo);
    modeRow->addWidget(m_plannedSpin);
    modeRow->addStretch();
    m_ui->form->addRow(tr("Decision &mode:"), modeRow);

    m_shareSpin = new QDoubleSpinBox;
    m_shareSpin->setObjectName(u"testShareSpin"_s);
    m_shareSpin->setRange(1, 100);
    m_shareSpin->setDecimals(0);
    m_shareSpin->setSuffix(u" %"_s);
    m_shareSpin->setToolTip(tr("Share of qualifying leads in the test; the others wait and get the winner."));
    m_deadlineCheck = new QCheckBox(tr("Roll out by"));
    m_deadlineCheck->setObjectName(u"deadlineCheck"_s);
    m_deadlineEdit = new QDateTimeEdit;
    m_deadlineEdit->setObjectName(u"deadlineEdit"_s);
    m_deadlineEdit->setCalendarPopup(true);
    auto *shareRow = new QHBoxLayout;
    shareRow->addWidget(m_shareSpin);
    shareRow->addWidget(m_deadlineCheck);
    shareRow->addWidget(m_deadlineEdit);
    shareRow->addStretch();
    m_ui->form->addRow(tr("Test &share:"), shareRow);
    connect(m_deadlineCheck, &QCheckBox::toggled, m_deadlineEdit, &QWidget::setEnabled);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] { validate(); });
    connect(m_plannedSpin, &QSpinBox::valueChanged, this, [this] { validate(); });
}

Campaign CampaignDialog::campaign() const
{
    Campaign c = m_base;
    c.name = m_ui->nameEdit->text().trimmed();
    c.channel = Channel(m_ui->channelCombo->currentData().toInt());
    c.customCharLimit = c.channel == Channel::Custom ? m_ui->customLimitSpin->value() : 0;
    c.customHasSubject = c.channel == Channel::Custom && m_ui->customSubjectCheck->isChecked();
    c.minScore = m_ui->minScoreSpin->value();
    c.templateText = m_ui->templateEdit->toPlainText();
    c.customContext = m_ui->contextEdit->toPlainText();
    const int provider = m_ui->providerCombo->currentIndex();
    c.provider =
        provider >= 0 && m_ui->providerCombo->itemText(provider) == m_ui->providerCombo->currentText()
            ? m_ui->providerCombo->itemData(provider).toString()
            : m_ui->providerCombo->currentText().trimmed();
    c.model = m_ui->modelEdit->text().trimmed();
    c.senderName = m_ui->senderNameEdit->text().trimmed();
    c.senderSignature = m_ui->signatureEdit->toPlainText();
    c.winnerMetric = WinnerMetric(m_ui->winnerCombo->currentData().toInt());
    c.minSample = m_ui->minSampleSpin->value();
    c.budgetUsd = m_ui->budgetSpin->value();
    c.testMode = TestMode(m_modeCombo->currentData().toInt());
    c.plannedSends = m_plannedSpin->value();
    c.testShare = std::clamp(m_shareSpin->value() / 100.0, 0.01, 1.0);
    c.deadline = m_deadlineCheck->isChecked() ? m_deadlineEdit->dateTime().toUTC() : QDateTime();
    return c;
}

void CampaignDialog::updateChannelFields()
{
    const bool custom = Channel(m_ui->channelCombo->currentData().toInt()) == Channel::Custom;
    m_ui->customLimitLabel->setVisible(custom);
    m_ui->customLimitSpin->setVisible(custom);
    m_ui->customSubjectCheck->setVisible(custom);
}

void CampaignDialog::updateQualifying()
{
    Campaign probe;
    probe.minScore = m_ui->minScoreSpin->value();
    probe.channel = Channel(m_ui->channelCombo->currentData().toInt());
    const CampaignRepository campaigns(m_db);
    const auto count = campaigns.countQualifying(probe);
    const auto leftOut = campaigns.countLeftOut(probe);
    if (!count || !leftOut) {
        m_ui->qualifyingLabel->setText(!count ? count.errorMessage() : leftOut.errorMessage());
        return;
    }
    QString text = tr("%Ln lead(s) qualify", nullptr, int(count.value()));
    // Leads with the score but no contact for the channel never get a message.
    if (leftOut.value() > 0)
        text += u" · "_s + tr("%Ln left out: %1", nullptr, int(leftOut.value()))
                               .arg(LeadQualification::missingContact(probe.channel));
    m_ui->qualifyingLabel->setText(text);
}

bool CampaignDialog::canSave() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled();
}

void CampaignDialog::validate()
{
    const auto problems = CampaignValidator::validate(campaign(), m_customFields);
    QStringList name, score, templ, other;
    for (const auto &p : problems) {
        if (p.field == u"name"_s)
            name << p.message;
        else if (p.field == u"min_score"_s)
            score << p.message;
        else if (p.field == u"template"_s)
            templ << p.message;
        else
            other << p.message;
    }
    const auto show = [](QLabel *label, const QStringList &messages) {
        label->setText(messages.join(u"\n"_s));
        label->setVisible(!messages.isEmpty());
    };
    show(m_ui->nameError, name);
    show(m_ui->minScoreError, score);
    show(m_ui->templateError, templ);
    show(m_ui->settingsError, other);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

void CampaignDialog::accept()
{
    if (!canSave())
        return;
    Campaign c = campaign();
    CampaignRepository repo(m_db);
    if (c.id > 0) {
        const auto status = repo.update(c);
        if (!status) {
            Prompt::error(this, tr("Could not save the campaign"), status.errorMessage());
            return;
        }
        m_savedId = c.id;
    } else {
        const auto created = repo.create(c);
        if (!created) {
            Prompt::error(this, tr("Could not save the campaign"), created.errorMessage());
            return;
        }
        m_savedId = created.value();
    }
    QDialog::accept();
}

} // namespace outreach
