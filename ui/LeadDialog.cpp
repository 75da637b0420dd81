#include "LeadDialog.h"

#include "LeadRepository.h"
#include "Prompt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

LeadDialog::LeadDialog(Database &db, const Lead &lead, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_lead(lead)
{
    setWindowTitle(tr("Edit lead"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<std::pair<QString, QString>> fields = {{u"first_name"_s, tr("&First name:")},
                                                       {u"last_name"_s, tr("&Last name:")},
                                                       {u"email"_s, tr("&Email:")},
                                                       {u"phone"_s, tr("&Phone:")},
                                                       {u"linkedin_url"_s, tr("Lin&kedIn URL:")},
                                                       {u"title"_s, tr("&Title:")},
                                                       {u"company"_s, tr("&Company:")},
                                                       {u"industry"_s, tr("&Industry:")},
                                                       {u"website"_s, tr("&Website:")},
                                                       {u"location"_s, tr("L&ocation:")}};
    for (const auto &[name, label] : fields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        m_fields.insert(name, edit);
        form->addRow(label, edit);
    }
    m_fields.value(u"phone"_s)->setPlaceholderText(tr("+4930123456"));
    m_score = new QSpinBox(this);
    m_score->setObjectName(u"score"_s);
    m_score->setRange(-1, 100);
    m_score->setSpecialValueText(tr("not scored"));
    form->addRow(tr("&Score:"), m_score);
    m_reasoning = new QPlainTextEdit(this);
    m_reasoning->setObjectName(u"reasoning"_s);
    m_reasoning->setTabChangesFocus(true);
    form->addRow(tr("&Reasoning:"), m_reasoning);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"leadError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b91c1c;"_s);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LeadDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LeadDialog::reject);
    load(lead);
    const auto revalidate = [this] {
        const QString text = problem();
        m_error->setText(text);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(text.isEmpty());
    };
    for (QLineEdit *edit : std::as_const(m_fields))
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    revalidate();
}

QLineEdit *LeadDialog::field(const QString &name) const
{
    return m_fields.value(name);
}

void LeadDialog::load(const Lead &lead)
{
    m_lead = lead;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(lead.fieldValue(it.key()).value_or(QString()));
    m_score->setValue(lead.qualificationScore.value_or(-1));
    m_reasoning->setPlainText(lead.qualificationReasoning);
}

Lead LeadDialog::lead() const
{
    Lead l = m_lead;
    const auto text = [this](const char *name) {
        return m_fields.value(QLatin1String(name))->text().trimmed();
    };
    l.firstName = text("first_name");
    l.lastName = text("last_name");
    l.email = text("email");
    l.phone = text("phone").remove(u' ');
    l.linkedinUrl = text("linkedin_url");
    l.title = text("title");
    l.company = text("company");
    l.industry = text("industry");
    l.website = text("website");
    l.location = text("location");
    l.qualificationScore = m_score->value() < 0 ? std::nullopt : std::optional<int>(m_score->value());
    l.qualificationReasoning = m_reasoning->toPlainText().trimmed();
    return l;
}

QString LeadDialog::problem() const
{
    const Lead l = lead();
    if (l.email.isEmpty() && l.phone.isEmpty() && l.linkedinUrl.isEmpty())
        return tr("A lead needs an email address, a phone number or a LinkedIn URL.");
    if (!l.email.isEmpty() && !l.email.contains(u'@'))
        return tr("“%1” is not an email address.").arg(l.email);
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    if (!l.phone.isEmpty() && !e164.match(l.phone).hasMatch())
        return tr("“%1” is not a phone number in international form, such as +4930123456.").arg(l.phone);
    return {};
}

void LeadDialog::accept()
{
    if (!problem().isEmpty())
        return;
    Lead edited = lead();
    const auto saved = LeadRepository(m_db).update(edited);
    if (saved) {
        m_lead = edited;
        QDialog::accept();
        return;
    }
    if (saved.error().kind != DbError::Kind::Conflict) {
        Prompt::error(this, tr("The lead was not saved"), saved.errorMessage());
        return;
    }
    const int choice = Prompt::choose(this, tr("Someone else changed this lead"),
                                      tr("%1\n\nLoad their version (your changes are dropped), or save "
                                         "yours over it?")
                                          .arg(saved.errorMessage()),
                                      {tr("Load theirs"), tr("Overwrite with mine")}, 0);
    const auto theirs = LeadRepository(m_db).get(m_lead.id);
    if (!theirs) {
        Prompt::error(this, tr("The lead was not saved"), theirs.errorMessage());
        return;
    }
    if (choice == 0) {
        load(theirs.value());
        return;
    }
    if (choice == 1) {
        m_lead.version = theirs->version; // the user has seen the conflict and chose
        accept();
    }
}

} // namespace outreach
