#include "LeadCsvParser.h"

#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// The first non-empty column wins, so "Company" beats "Company Name for
// Emails" and "Work Direct Phone" beats "Mobile Phone" in Apollo's order.
void setFirst(QString &target, const QString &value)
{
    if (target.isEmpty())
        target = value;
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!QStringView(field).trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

LeadCsvParser::LeadCsvParser(QIODevice *device)
    : m_reader(device)
{}

bool LeadCsvParser::readHeader()
{
    for (;;) {
        switch (m_reader.readNext()) {
        case CsvReader::Status::End:
            m_issue = {0, {}, tr("The file is empty: it has no header line")};
            return false;
        case CsvReader::Status::Malformed:
        case CsvReader::Status::Failed:
            m_issue = {m_reader.error().line,
                       {},
                       tr("The header line cannot be read: %1 (character %2)")
                           .arg(m_reader.error().reason)
                           .arg(m_reader.error().column)};
            return false;
        case CsvReader::Status::Record:
            if (isBlank(m_reader.fields()))
                continue; // a line of bare delimiters above the header
            QStringList headers = m_reader.fields();
            for (QString &header : headers)
                header = header.trimmed();
            m_headerLine = m_reader.line();
            m_mapping = LeadColumnMapping(headers);
            return true;
        }
    }
}

bool LeadCsvParser::applyOverrides(const QStringList &assignments)
{
    for (const QString &assignment : assignments) {
        QString error;
        if (!m_mapping.setOverride(assignment, &error)) {
            m_issue = {m_headerLine, {}, error};
            return false;
        }
    }
    return true;
}

LeadCsvParser::Status LeadCsvParser::next()
{
    if (!m_checkedMapping) {
        m_checkedMapping = true;
        if (!m_mapping.hasContactColumn()) {
            m_issue = {m_headerLine,
                       {},
                       tr("No usable header: no column holds an email, a LinkedIn URL or a phone number "
                          "(columns found: %1)")
                           .arg(m_mapping.headers().join(u", "_s))};
            return Status::Failed;
        }
    }
    for (;;) {
        if (!m_pendingIssues.isEmpty()) {
            m_issue = m_pendingIssues.takeFirst();
            return Status::Issue;
        }
        switch (m_reader.readNext()) {
        case CsvReader::Status::End:
            return Status::End;
        case CsvReader::Status::Failed: {
            const CsvError &error = m_reader.error();
            m_issue = {error.line, m_mapping.header(error.fieldIndex),
                       tr("%1 (character %2)").arg(error.reason).arg(error.column)};
            return Status::Failed;
        }
        case CsvReader::Status::Malformed: {
            const CsvError &error = m_reader.error();
            m_issue = {error.line, m_mapping.header(error.fieldIndex),
                       tr("%1 (character %2); row skipped").arg(error.reason).arg(error.column)};
            return Status::Issue;
        }
        case CsvReader::Status::Record:
            if (convertRow(m_reader.fields(), m_reader.line()))
                return Status::Lead;
            break; // blank row, or issues queued
        }
    }
}

void LeadCsvParser::addIssue(int line, int column, const QString &reason)
{
    m_pendingIssues.append({line, column >= 0 ? m_mapping.header(column) : QString(), reason});
}

bool LeadCsvParser::convertRow(const QStringList &fields, int line)
{
    if (isBlank(fields))
        return false; // spreadsheets export trailing rows of empty cells
    if (fields.size() != m_mapping.columnCount()) {
        addIssue(line, -1,
                 tr("Expected %1 columns as in the header but found %2; row skipped")
                     .arg(m_mapping.columnCount())
                     .arg(fields.size()));
        return false;
    }

    // An oversized cell (a pasted web page, a broken quote swallowing the
    // rest of the file) is refused with its row; the other rows import.
    bool oversized = false;
    for (int column = 0; column < fields.size(); ++column) {
        if (fields.at(column).size() <= kMaxFieldChars)
            continue;
        addIssue(line, column,
                 tr("The value has %1 characters; a field may hold at most %2; row skipped")
                     .arg(fields.at(column).size())
                     .arg(kMaxFieldChars));
        oversized = true;
    }
    if (oversized)
        return false;

    Lead lead;
    QString fullName, city, state, country;
    int emailColumn = -1, scoreColumn = -1;
    const qsizetype issuesBefore = m_pendingIssues.size();
    for (int column = 0; column < fields.size(); ++column) {
        const QString value = fields.at(column).trimmed();
        const LeadField field = m_mapping.field(column);
        if (field == LeadField::Custom) {
            const QString key = m_mapping.header(column);
            if (!lead.customFields.contains(key) || lead.customFields.value(key).toString().isEmpty())
                lead.customFields.insert(key, value);
            continue;
        }
        if (value.isEmpty())
            continue;
        switch (field) {
        case LeadField::Ignore:
        case LeadField::Custom:
            break;
        case LeadField::Email:
            if (lead.email.isEmpty()) {
                lead.email = value;
                emailColumn = column;
            }
            break;
        case LeadField::FirstName:
            setFirst(lead.firstName, value);
            break;
        case LeadField::LastName:
            setFirst(lead.lastName, value);
            break;
        case LeadField::FullName:
            setFirst(fullName, value);
            break;
        case LeadField::Title:
            setFirst(lead.title, value);
            break;
        case LeadField::Company:
            setFirst(lead.company, value);
            break;
        case LeadField::Industry:
            setFirst(lead.industry, value);
            break;
        case LeadField::LinkedinUrl:
            setFirst(lead.linkedinUrl, value);
            break;
        case LeadField::Phone:
            setFirst(lead.phone, normalizePhone(value));
            break;
        case LeadField::Website:
            setFirst(lead.website, value);
            break;
        case LeadField::Location:
            setFirst(lead.location, value);
            break;
        case LeadField::City:
            setFirst(city, value);
            break;
        case LeadField::State:
            setFirst(state, value);
            break;
        case LeadField::Country:
            setFirst(country, value);
            break;
        case LeadField::QualificationScore:
            if (scoreColumn < 0) {
                scoreColumn = column;
                QString reason;
                lead.qualificationScore = parseScore(value, &reason);
                if (!lead.qualificationScore)
                    addIssue(line, column, reason);
            }
            break;
        case LeadField::QualificationReasoning:
            setFirst(lead.qualificationReasoning, value);
            break;
        case LeadField::PainPoints:
            lead.painPoints += splitList(value);
            break;
        case LeadField::BuyingSignals:
            lead.buyingSignals += splitList(value);
            break;
        case LeadField::ResearchNotes:
            setFirst(lead.researchNotes, value);
            break;
        // Apollo separates technologies and keywords with commas.
        case LeadField::Technologies:
            lead.technologies += splitList(value, true);
            break;
        case LeadField::RecentNews:
            lead.recentNews += splitList(value);
            break;
        case LeadField::CompanySize:
            setFirst(lead.companySize, value);
            break;
        case LeadField::AnnualRevenue:
            setFirst(lead.annualRevenue, value);
            break;
        case LeadField::Keywords:
            lead.keywords += splitList(value, true);
            break;
        }
    }

    if (!fullName.isEmpty() && lead.firstName.isEmpty() && lead.lastName.isEmpty()) {
        // "Mary Ann Smith": the last word is the family name in most exports.
        const qsizetype space = fullName.lastIndexOf(u' ');
        lead.firstName = space < 0 ? fullName : fullName.left(space).trimmed();
        lead.lastName = space < 0 ? QString() : fullName.mid(space + 1);
    }
    if (lead.location.isEmpty()) {
        lead.location.reserve(city.size() + state.size() + country.size() + 4);
        for (const QString *part : {&city, &state, &country}) {
            if (part->isEmpty())
                continue;
            if (!lead.location.isEmpty())
                lead.location.append(u", ");
            lead.location.append(*part);
        }
    }
    if (!lead.email.isEmpty() && !isPlausibleEmail(lead.email))
        addIssue(line, emailColumn, tr("“%1” is not a valid email address").arg(lead.email));
    if (lead.email.isEmpty() && lead.linkedinUrl.isEmpty() && lead.phone.isEmpty())
        addIssue(line, -1,
                 tr("No email, LinkedIn URL or phone number: a lead needs at least one way to "
                    "reach them"));
    if (m_pendingIssues.size() > issuesBefore)
        return false;
    m_lead = {line, std::move(lead)};
    return true;
}

LeadCsvParser::Result LeadCsvParser::parseAll(QIODevice *device, const QStringList &overrides)
{
    Result result;
    LeadCsvParser parser(device);
    if (!parser.readHeader() || !parser.applyOverrides(overrides)) {
        result.fatal = parser.fatalIssue();
        return result;
    }
    for (;;) {
        switch (parser.next()) {
        case Status::Lead:
            result.leads.append(parser.lead());
            break;
        case Status::Issue:
            result.issues.append(parser.issue());
            break;
        case Status::End:
            return result;
        case Status::Failed:
            result.fatal = parser.fatalIssue();
            return result;
        }
    }
}

bool LeadCsvParser::isPlausibleEmail(QStringView email)
{
    // Deliberately simpler than RFC 5322: no quoted local parts, comments or
    // IP literals, which real lead lists never hold but typos often mimic.
    if (email.size() > 254 || email.count(u'@') != 1)
        return false;
    const qsizetype at = email.indexOf(u'@');
    const QStringView local = email.left(at);
    const QStringView domain = email.mid(at + 1);
    if (local.isEmpty() || local.size() > 64 || local.startsWith(u'.') || local.endsWith(u'.') ||
        local.contains(u".."))
        return false;
    for (const QChar c : local) {
        if (c.isSpace() || c.category() == QChar::Other_Control || u"(),:;<>[]\\\""_s.contains(c))
            return false;
    }
    qsizetype labels = 0;
    QStringView tld;
    for (qsizetype start = 0;;) {
        const qsizetype dot = domain.indexOf(u'.', start);
        const QStringView label = domain.sliced(start, (dot < 0 ? domain.size() : dot) - start);
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (!c.isLetterOrNumber() && c != u'-')
                return false;
        }
        ++labels;
        tld = label;
        if (dot < 0)
            break;
        start = dot + 1;
    }
    if (labels < 2)
        return false;
    bool allDigits = true;
    for (const QChar c : tld)
        allDigits = allDigits && c.isDigit();
    return tld.size() >= 2 && !allDigits;
}

QString LeadCsvParser::normalizePhone(const QString &phone)
{
    QString text = phone.trimmed();
    if (text.startsWith(u'\''))
        text = text.mid(1).trimmed(); // spreadsheet text marker, e.g. from our own exports
    // "+44 (0) 20 ...": the (0) is the national trunk prefix, not part of E.164.
    QString cleaned = text;
    cleaned.remove(u"(0)"_s);
    QString digits;
    digits.reserve(cleaned.size() + 1);
    digits.append(u'+'); // dropped again below unless the number is clear
    bool plus = false;
    for (const QChar c : std::as_const(cleaned)) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c == u'+' && digits.size() == 1 && !plus)
            plus = true;
        else if (!(c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/' ||
                   c == QChar(0x00A0)))
            return text; // extensions, letters: not clearly a number we understand
    }
    if (!plus && QStringView(digits).sliced(1).startsWith(u"00")) {
        plus = true;
        digits.remove(1, 2);
    }
    // Without a country code we cannot know the country: keep it as given.
    const qsizetype count = digits.size() - 1;
    if (!plus || count < 7 || count > 15 || digits.at(1) == u'0')
        return text;
    return digits;
}

std::optional<int> LeadCsvParser::parseScore(const QString &text, QString *reason)
{
    // Nearly every score is a plain integer: read it without QLocale.
    const QStringView plain = QStringView(text).trimmed();
    if (!plain.isEmpty() && plain.size() <= 3) {
        int number = 0;
        bool digits = true;
        for (const QChar c : plain) {
            digits = digits && c >= u'0' && c <= u'9';
            number = number * 10 + (c.unicode() - u'0');
        }
        if (digits && number <= 100)
            return number;
    }
    QString value = text.trimmed();
    if (value.endsWith(u'%'))
        value = value.chopped(1).trimmed();
    // "87,5" from a spreadsheet in a decimal-comma locale; "1,000" stays invalid.
    static const QRegularExpression decimalComma(u"^[0-9]{1,3},[0-9]{1,2}$"_s);
    if (value.contains(u',') && decimalComma.match(value).hasMatch())
        value.replace(u',', u'.');
    bool ok = false;
    const double number = QLocale::c().toDouble(value, &ok);
    if (!ok || !std::isfinite(number)) {
        if (reason)
            *reason = tr("“%1” is not a number; the qualification score must be a number from 0 to 100")
                          .arg(text.trimmed());
        return std::nullopt;
    }
    if (number < 0 || number > 100) {
        if (reason)
            *reason = tr("Qualification score %1 is outside the range 0 to 100").arg(text.trimmed());
        return std::nullopt;
    }
    return int(std::lround(number));
}

QStringList LeadCsvParser::splitList(const QString &text, bool commas)
{
    QStringList items;
    qsizetype start = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i <= size; ++i) {
        if (i < size) {
            const QChar c = text.at(i);
            if (!(c == u';' || c == u'|' || c == u'\n' || c == u'\r' || (commas && c == u',')))
                continue;
        }
        const QStringView item = QStringView(text).sliced(start, i - start).trimmed();
        if (!item.isEmpty())
            items.append(item.toString());
        start = i + 1;
    }
    return items;
}

} // namespace outreach
