// Every string the window shows goes through tr(), and the German and French translations cover
// all of them: the test walks the widgets of every page (the start page, each navigation page,
// the toolbar and menus, the log dock, the New Project wizard's pages) once with a marking
// translator, where every text must come back marked, and once in German and in French, where no
// English source string may still be showing.
#include "core/install/pylock.h"
#include "core/jobs/projectjobs.h"
#include "core/pep/requirement.h"
#include "core/project/tomldocument.h"
#include "ui/i18n.h"
#include "ui/logdock.h"
#include "ui/mainwindow.h"
#include "ui/newprojectwizard.h"
#include "ui/projectdocument.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWizardPage>
#include <QXmlStreamReader>

#include <functional>

namespace {

const QString kOpen = QStringLiteral("\u27e6");

// Marks every string it is asked for, so a text that arrives unmarked did not go through tr().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QString c = QString::fromUtf8(context);
        if (source && *source && (c.startsWith(QLatin1String("Envdesk::Ui")) || c == QLatin1String("main")))
            asked.insert(QString::fromUtf8(source));
        return source && *source ? kOpen + QString::fromUtf8(source) + QStringLiteral("\u27e7") : QString();
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> asked; ///< envdesk's own strings the window asked for
};

struct Shown
{
    QString where;
    QString text;
};

// Widgets whose items are the user's data (index names), not the program's words.
bool isDataWidget(const QObject *o)
{
    static const QStringList data = {QStringLiteral("networkIndex"), QStringLiteral("pinIndex"),
                                     QStringLiteral("recentProjects"), QStringLiteral("insecureHosts")};
    return data.contains(o->objectName());
}

void collect(QObject *root, QList<Shown> &out)
{
    auto add = [&out](const QObject *o, const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty())
            out.append({QStringLiteral("%1 %2 (%3)").arg(QString::fromLatin1(o->metaObject()->className()),
                                                          o->objectName(), what),
                        text});
    };
    QList<QObject *> objects = root->findChildren<QObject *>();
    objects.prepend(root);
    for (QObject *o : objects) {
        if (o->objectName().startsWith(QLatin1String("language-")) || o->objectName().startsWith(QLatin1String("qt_")))
            continue; // language names are shown in their own language; Qt's internal helpers
        if (auto *w = qobject_cast<QWidget *>(o)) {
            add(w, QStringLiteral("tooltip"), w->toolTip());
            add(w, QStringLiteral("accessible name"), w->accessibleName());
            if (w->isWindow() && w->windowTitle() != QLatin1String("envdesk")) // the product's name
                add(w, QStringLiteral("title"), w->windowTitle());
        }
        if (auto *l = qobject_cast<QLabel *>(o))
            add(l, QStringLiteral("text"), l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(o))
            add(b, QStringLiteral("text"), b->text());
        if (auto *a = qobject_cast<QAction *>(o))
            add(a, QStringLiteral("text"), a->text());
        if (auto *e = qobject_cast<QLineEdit *>(o))
            add(e, QStringLiteral("placeholder"), e->placeholderText());
        if (auto *g = qobject_cast<QGroupBox *>(o))
            add(g, QStringLiteral("title"), g->title());
        if (auto *p = qobject_cast<QWizardPage *>(o)) {
            add(p, QStringLiteral("title"), p->title());
            add(p, QStringLiteral("subtitle"), p->subTitle());
        }
        if (auto *c = qobject_cast<QComboBox *>(o); c && !isDataWidget(c)) {
            for (int i = 0; i < c->count(); ++i)
                add(c, QStringLiteral("item"), c->itemText(i));
        }
        if (auto *lw = qobject_cast<QListWidget *>(o); lw && !isDataWidget(lw)) {
            for (int i = 0; i < lw->count(); ++i)
                add(lw, QStringLiteral("item"), lw->item(i)->text());
        }
        if (auto *v = qobject_cast<QTableView *>(o); v && v->model() && !v->horizontalHeader()->isHidden()) {
            for (int c = 0; c < v->model()->columnCount(); ++c)
                add(v, QStringLiteral("header"), v->model()->headerData(c, Qt::Horizontal).toString());
        }
    }
}

// Everything the app shows with a project open: every page, the dock, toolbar and menus, and the
// wizard's pages.
QList<Shown> walkTheApp(const QString &projectDir)
{
    QList<Shown> shown;
    Envdesk::Ui::MainWindow window;
    window.show();
    collect(&window, shown); // the start page
    if (!window.openProject(projectDir))
        return {};
    const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int page = 0; page < navigation->count(); ++page) {
        window.showPage(page);
        QTest::qWait(20);
        collect(&window, shown);
    }
    Envdesk::Ui::NewProjectWizard wizard(&window);
    wizard.show();
    for (int id : wizard.pageIds())
        collect(wizard.page(id), shown);
    collect(&wizard, shown);
    wizard.close();

    // A question the window asks: closing with unsaved changes. Its text and buttons are walked,
    // then Discard is chosen.
    const bool edited = window.document()
                            ->edit(QStringLiteral("test"),
                                   [](Envdesk::Core::PyProject &p) { return p.addDependency("six"); })
                            .has_value();
    if (!edited)
        return {};
    // Two questions: the file changed on disk while there are unsaved edits (keep them), then
    // closing with them (discard). Each one's text and buttons are walked.
    bool askedReload = false;
    bool asked = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            if (box->objectName() == QLatin1String("reloadPrompt")) {
                collect(box, shown);
                askedReload = true;
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::RejectRole)
                        b->click();
                }
            } else if (box->objectName() == QLatin1String("unsavedPrompt")) {
                collect(box, shown);
                asked = true;
                box->button(QMessageBox::Discard)->click();
            }
        }
    });
    poll.start(20);
    QFile file(projectDir + QStringLiteral("/pyproject.toml"));
    if (!file.open(QIODevice::Append))
        return {};
    file.write("# changed by another program\n");
    file.close();
    if (!QTest::qWaitFor([&] { return askedReload; }, 10000))
        return {};
    window.close();
    if (!asked)
        return {};
    return shown;
}

// The source strings of a .ts file whose translation differs from them, without '&'; every source
// string in `all`.
QSet<QString> translatedSources(const QString &tsFile, int *unfinished, QSet<QString> *all = nullptr)
{
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> out;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            if (all)
                all->insert(source);
        } else if (xml.name() == QLatin1String("translation")) {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                ++*unfinished;
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString bare = QString(source).remove(QLatin1Char('&'));
            if (QString(translation).remove(QLatin1Char('&')) != bare)
                out.insert(bare);
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile f(m_dir.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[project]\nname = \"demo\"\nversion = \"1.0\"\nrequires-python = \">=3.9\"\n"
                "dependencies = [\"requests>=2\"]\n\n[project.optional-dependencies]\nfast = [\"orjson\"]\n\n"
                "[tool.uv]\nallow-insecure-host = [\"pypi.corp.example\"]\n\n[[tool.uv.index]]\nname = \"corp\"\n"
                "url = \"https://pypi.corp.example/simple\"\ndefault = true\n\n[tool.uv.sources]\n"
                "requests = { index = \"corp\" }\n");
    }

    void everyShownStringGoesThroughTr()
    {
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        const QList<Shown> shown = walkTheApp(m_dir.path());
        QCoreApplication::removeTranslator(&marking);
        QVERIFY(shown.size() > 300);
        QStringList plain;
        for (const Shown &s : shown) {
            if (!s.text.contains(kOpen))
                plain << s.where + QStringLiteral(": ") + s.text;
        }
        plain.removeDuplicates();
        QVERIFY2(plain.isEmpty(), qPrintable(QStringLiteral("not through tr():\n") + plain.join(QLatin1Char('\n'))));
        // And every string asked for is in the translation files (lupdate was run after it was added).
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            int unfinished = 0;
            QSet<QString> all;
            translatedSources(QStringLiteral(ENVDESK_SOURCE_DIR "/translations/envdesk_%1.ts").arg(language),
                              &unfinished, &all);
            QStringList missing;
            for (const QString &source : std::as_const(marking.asked)) {
                if (!all.contains(source))
                    missing << source;
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("not in envdesk_%1.ts (run lupdate, then translate):\n").arg(language)
                                + missing.join(QLatin1Char('\n'))));
        }
    }

    // The log dock's level words are the window's language too.
    void logLevelsAreTranslated()
    {
        Envdesk::Ui::LogEntry entry;
        entry.level = Envdesk::Ui::LogEntry::Level::Warning;
        entry.text = QStringLiteral("something");
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        const QString marked = Envdesk::Ui::LogModel::format(entry);
        QCoreApplication::removeTranslator(&marking);
        QVERIFY2(marked.contains(kOpen + QStringLiteral("warning")), qPrintable(marked));
        const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
        QCOMPARE(Envdesk::Ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        const QString german = Envdesk::Ui::LogModel::format(entry);
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            if (!before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
        QVERIFY2(german.contains(QLatin1String("Warnung")) && german.endsWith(QLatin1String("something")),
                 qPrintable(german));
    }

    // The core's messages (errors and hints on the pages) are translated too: a refused
    // requirement is explained in German and in French, not in English.
    void coreMessagesAreTranslated_data() { germanAndFrenchAreComplete_data(); }

    void coreMessagesAreTranslated()
    {
        QFETCH(QString, language);
        int unfinished = 0;
        const QSet<QString> core = translatedSources(
            QStringLiteral(ENVDESK_SOURCE_DIR "/translations/envdesk_core_%1.ts").arg(language), &unfinished);
        QCOMPARE(unfinished, 0);
        QVERIFY(core.size() > 500);
        // One message from each layer and the command line's, made for real: each is found
        // under the context its code names (Tr structs, QObject classes, explicit contexts).
        const auto messages = [] {
            QStringList out;
            out << Envdesk::Core::Requirement::parse("requests >= ").error().message;                     // pep
            out << Envdesk::Core::PyLock::parse("lock-version = 1", QStringLiteral("x.toml")).error().message; // install
            Envdesk::Core::ResolveSettingOverrides bad;
            bad.prerelease = QStringLiteral("sometimes");
            out << Envdesk::Core::resolveRequestForProject(QString(), bad).error().message; // jobs
            out << Envdesk::Core::TomlDocument::parse("a = ", QStringLiteral("x.toml")).error().message; // project
            return out;
        };
        const QStringList english = messages();
        const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
        QCOMPARE(Envdesk::Ui::installTranslations(*qApp, language), language);
        const QStringList translated = messages();
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            if (!before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
        for (qsizetype i = 0; i < english.size(); ++i) {
            QVERIFY(!english[i].isEmpty());
            QVERIFY2(translated[i] != english[i], qPrintable(translated[i]));
        }
    }

    void germanAndFrenchAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void germanAndFrenchAreComplete()
    {
        QFETCH(QString, language);
        int unfinished = 0;
        const QSet<QString> english = translatedSources(
            QStringLiteral(ENVDESK_SOURCE_DIR "/translations/envdesk_%1.ts").arg(language), &unfinished);
        QCOMPARE(unfinished, 0);
        QVERIFY(english.size() > 300);

        const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
        QCOMPARE(Envdesk::Ui::installTranslations(*qApp, language), language);
        const QList<Shown> shown = walkTheApp(m_dir.path());
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            if (!before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
        QVERIFY(shown.size() > 300);
        QStringList untranslated;
        for (const Shown &s : shown) {
            if (english.contains(QString(s.text).remove(QLatin1Char('&'))))
                untranslated << s.where + QStringLiteral(": ") + s.text;
        }
        untranslated.removeDuplicates();
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("still English:\n") + untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
