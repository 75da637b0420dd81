// Translations: every user-visible string literal in ui/ goes through tr(),
// outreach_de.ts is complete and up to date with the sources (lupdate is run
// into a temporary file and compared), and the German UI really loads.
#include "AnalyticsPane.h"
#include "SettingsDialog.h"
#include "TestDatabase.h"
#include "settings/AppSettings.h"
#include "settings/Translators.h"
#include "stats/AbTestAnalyzer.h"

#include <QDirIterator>
#include <QLabel>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

const QString SourceDir = QStringLiteral(OUTREACH_SOURCE_DIR);

// Calls whose string argument the user reads. A literal passed straight to
// one of them (not wrapped in tr()) is a finding, unless it holds no letter
// or the line says "notr" in a comment (brand names, language names).
QStringList untranslatedLiterals(const QString &source, const QString &fileName)
{
    static const QRegularExpression call(
        uR"re((?:\b(?:setText|setWindowTitle|addAction|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setTitle|setTitleText|addTab|insertTab|setTabText|addItem|setSuffix|setPrefix|setSpecialValueText|setLabelText|showMessage|setHorizontalHeaderLabels|setVerticalHeaderLabels|information|warning|critical|question|addRow|setAccessibleName)\s*\(|new\s+(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu|QToolButton|QBarSet)\s*\()\s*(?:[\w:>\-\.]+\s*,\s*)?(?:u8?|QStringLiteral\(|QLatin1String\(|QString::fromLatin1\(|QString::fromUtf8\()?"((?:[^"\\]|\\.)*)")re"_s);
    static const QRegularExpression letter(u"[A-Za-z]"_s);
    static const QRegularExpression markup(u"<[^>]*>|%L?\\d"_s);
    QStringList findings;
    const QStringList lines = source.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.contains(u"notr"_s))
            continue;
        for (auto it = call.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            QString text = m.captured(1);
            text.remove(markup); // "<b>%1</b>" holds no words
            if (text.contains(letter))
                findings << u"%1:%2: \"%3\""_s.arg(fileName).arg(i + 1).arg(m.captured(1));
        }
    }
    return findings;
}

QStringList uiSources()
{
    QStringList files;
    for (QDirIterator it(SourceDir + u"/ui"_s, {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();)
        files << it.next();
    return files;
}

struct TsMessage
{
    QString key; // context | source | comment
    QString type;
    QStringList translations;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            current = TsMessage{}, source.clear(), comment.clear();
        else if (name == u"source")
            source = xml.readElementText();
        else if (name == u"comment")
            comment = xml.readElementText();
        else if (name == u"translation") {
            current.type = xml.attributes().value(u"type"_s).toString();
            current.key = context + u" | "_s + source + u" | "_s + comment;
            // Plural forms come as <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString lupdatePath()
{
    for (const QString &dir :
         {QLibraryInfo::path(QLibraryInfo::BinariesPath),
          QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath), u"/usr/lib/qt6/bin"_s}) {
        if (QFileInfo(dir + u"/lupdate"_s).isExecutable())
            return dir + u"/lupdate"_s;
    }
    return QStandardPaths::findExecutable(u"lupdate"_s);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsBareLiterals_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("finding");
        QTest::newRow("bare setText") << u"label->setText(u\"Hello there\"_s);"_s << true;
        QTest::newRow("tr setText") << u"label->setText(tr(\"Hello there\"));"_s << false;
        QTest::newRow("new QPushButton") << u"auto *b = new QPushButton(u\"Save\"_s);"_s << true;
        QTest::newRow("tooltip literal") << u"b->setToolTip(QStringLiteral(\"Saves\"));"_s << true;
        QTest::newRow("addTab with widget") << u"tabs->addTab(page, u\"Leads\"_s);"_s << true;
        QTest::newRow("symbols only") << u"spin->setPrefix(u\"$ \"_s);"_s << false;
        QTest::newRow("marked notr") << u"combo->addItem(u\"Deutsch\"_s, u\"de\"_s); // notr"_s << false;
        QTest::newRow("object name") << u"b->setObjectName(u\"saveButton\"_s);"_s << false;
    }

    void scannerFindsBareLiterals()
    {
        QFETCH(QString, line);
        QFETCH(bool, finding);
        QCOMPARE(!untranslatedLiterals(line, u"sample.cpp"_s).isEmpty(), finding);
    }

    void everyUserVisibleLiteralInUiIsTranslatable()
    {
        QStringList findings;
        const QStringList files = uiSources();
        QVERIFY(files.size() > 10);
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            findings << untranslatedLiterals(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName());
        }
        QVERIFY2(findings.isEmpty(),
                 qPrintable(u"Not translatable (wrap in tr()):\n"_s + findings.join(u'\n')));
    }

    void germanFileIsComplete()
    {
        QString error;
        const auto messages = readTs(SourceDir + u"/translations/outreach_de.ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList open;
        for (const TsMessage &m : messages) {
            const bool empty = std::any_of(m.translations.begin(), m.translations.end(),
                                           [](const QString &t) { return t.trimmed().isEmpty(); });
            if (!m.type.isEmpty() || empty)
                open << (m.type.isEmpty() ? u"empty"_s : m.type) + u": "_s + m.key;
        }
        QVERIFY2(open.isEmpty(), qPrintable(u"%1 German entries are not finished:\n"_s.arg(open.size()) +
                                            open.mid(0, 40).join(u'\n')));
    }

    void germanFileMatchesTheSources()
    {
        const QString lupdate = lupdatePath();
        if (lupdate.isEmpty())
            QSKIP("lupdate is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The same folders and options as translations/CMakeLists.txt.
        QStringList sources;
        for (const QString &folder : {u"app"_s, u"ui"_s, u"models"_s}) {
            for (QDirIterator it(SourceDir + u'/' + folder, {u"*.cpp"_s, u"*.h"_s, u"*.ui"_s}, QDir::Files,
                                 QDirIterator::Subdirectories);
                 it.hasNext();) {
                const QString path = it.next();
                if (!path.contains(u"/app/cli/"_s))
                    sources << path;
            }
        }
        const QString fresh = dir.filePath(u"fresh.ts"_s);
        QProcess process;
        process.start(lupdate, QStringList{u"-locations"_s, u"none"_s, u"-silent"_s} + sources +
                                   QStringList{u"-ts"_s, fresh});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QString error;
        QSet<QString> expected, present;
        for (const TsMessage &m : readTs(fresh, &error))
            expected << m.key;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const TsMessage &m : readTs(SourceDir + u"/translations/outreach_de.ts"_s, &error))
            present << m.key;
        QStringList missing = QSet<QString>(expected).subtract(present).values();
        QStringList stale = QSet<QString>(present).subtract(expected).values();
        missing.sort();
        stale.sort();
        QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                 qPrintable(u"outreach_de.ts is out of date; run `ninja update_translations` and translate.\n"
                            "Missing:\n%1\nVanished:\n%2"_s.arg(missing.mid(0, 30).join(u'\n'),
                                                                stale.mid(0, 30).join(u'\n'))));
    }

    void germanUiShowsGermanStrings()
    {
        QCOMPARE(installTranslators(*qApp, u"de"_s), u"de"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(toneDisplayName(Tone::Friendly), u"Freundlich"_s);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"s.ini"_s));
        SettingsDialog dialog(settings, nullptr);
        QCOMPARE(dialog.windowTitle(), u"Einstellungen"_s);
        OUTREACH_TEST_DB(t);
        AnalyticsPane pane(t.db());
        auto *empty = pane.findChild<QLabel *>(u"analyticsEmpty"_s);
        QVERIFY2(empty->text().startsWith(u"Wählen Sie eine Kampagne"_s), qPrintable(empty->text()));
        // Numbers follow the language: a decimal comma.
        QCOMPARE(QLocale().toString(6.1, 'f', 1), u"6,1"_s);
        for (QTranslator *translator : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(translator);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
