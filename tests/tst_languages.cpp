// Switching language at run time: every visible part of the real window follows, numbers are
// reformatted, and the shipped translations are complete.
#include "board/activationboard.h"
#include "survival/gradientsurvivalview.h"
#include "labmodel.h"
#include "languageswitcher.h"
#include "lessonplayer.h"
#include "window/mainwindow.h"
#include "lessons/lessonbar.h"
#include "lessondeck.h"
#include "labpage/readoutpanel.h"
#include "labpage/readouttile.h"
#include "teaching.h"
#include "labpage/teachingcard.h"
#include "labpage/teachingnotes.h"
#include "support/labwindow.h"

#include <QDir>
#include <QAbstractButton>
#include <QChartView>
#include <QMouseEvent>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

#include <memory>
#include <tuple>

using namespace relulab;

class LanguagesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyShippedLanguageHasInterfaceAndTeachingText();
    void translationFilesHaveNoUnfinishedEntries();
    void englishPluralsInTheLessonBar();
    void switchingRetranslatesTheWindow_data();
    void switchingRetranslatesTheWindow();
    void switchingBackRestoresEnglish();
    void survivesABurstOfLanguageFamilyAndDrag();
    void nothingIsClippedAt1366x768_data();
    void nothingIsClippedAt1366x768();

private:
    std::unique_ptr<testsupport::LabWindow> m_lab;
    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    LanguageSwitcher *m_languages = nullptr;
    LessonPlayer *m_lessons = nullptr;
    MainWindow *m_window = nullptr;
};

void LanguagesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void LanguagesTest::init()
{
    m_lab = std::make_unique<testsupport::LabWindow>();
    std::tie(m_model, m_teaching, m_languages, m_lessons, m_window) = m_lab->parts();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void LanguagesTest::cleanup()
{
    m_languages->switchTo(QStringLiteral("en"));
    m_lab.reset();
}

void LanguagesTest::everyShippedLanguageHasInterfaceAndTeachingText()
{
    const QStringList expected{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
    QCOMPARE(m_languages->languages(), expected);
    for (const QString &code : expected.mid(1))
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/relu-family-lab_%1.qm").arg(code)), qPrintable(code));
}

void LanguagesTest::translationFilesHaveNoUnfinishedEntries()
{
    const QDir translations(QStringLiteral(RELULAB_TEST_DATA_DIR "/../../translations"));
    const QStringList files = translations.entryList({QStringLiteral("*.ts")});
    // German, Spanish and French in full; English, the source language, with its plural forms only.
    QCOMPARE(files.size(), 4);
    const QString english = QStringLiteral("relu-family-lab_en.ts");
    QVERIFY(files.contains(english));
    int plurals = -1;
    for (const QString &name : files) {
        QFile file(translations.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(!text.contains(QStringLiteral("type=\"unfinished\"")), qPrintable(name));
        QVERIFY2(!text.contains(QStringLiteral("<translation></translation>")), qPrintable(name));
        QVERIFY2(!text.contains(QStringLiteral("<numerusform></numerusform>")), qPrintable(name));
        const int numerus = int(text.count(QStringLiteral("numerus=\"yes\"")));
        if (name == english) {
            QCOMPARE(text.count(QStringLiteral("<source>")), numerus); // plural forms only
        } else {
            QVERIFY2(text.count(QStringLiteral("<source>")) > 200, qPrintable(name));
            QVERIFY2(plurals < 0 || plurals == numerus, qPrintable(name));
            plurals = numerus;
        }
    }
    // Every plural the other languages translate, English has too.
    QFile file(translations.filePath(english));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(int(QString::fromUtf8(file.readAll()).count(QStringLiteral("numerus=\"yes\""))), plurals);
}

// English counts as English does: "1 step", "8 steps", never "8 step(s)".
void LanguagesTest::englishPluralsInTheLessonBar()
{
    QVERIFY(m_languages->switchTo(QStringLiteral("en")));
    QCoreApplication::processEvents();
    LessonDeck deck = LessonDeck::builtIn();
    QVERIFY(deck.steps.size() >= 8);
    deck.steps = deck.steps.mid(0, 8);
    m_lessons->setDeck(deck, QStringLiteral("eight.relulesson"));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->lessonBar()->stepText(), QStringLiteral("8 steps"));
    deck.steps = deck.steps.mid(0, 1);
    m_lessons->setDeck(deck, QStringLiteral("one.relulesson"));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->lessonBar()->stepText(), QStringLiteral("1 step"));
    // German keeps its own forms.
    QVERIFY(m_languages->switchTo(QStringLiteral("de")));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->lessonBar()->stepText(), QStringLiteral("1 Schritt"));
}

void LanguagesTest::switchingRetranslatesTheWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
    QTest::newRow("French") << QStringLiteral("fr");
}

void LanguagesTest::switchingRetranslatesTheWindow()
{
    QFETCH(QString, code);
    m_model->setProbe(1.1);
    const QString englishMenu = m_window->menuBar()->actions().constFirst()->text();
    const QString englishCaption = m_window->readouts()->outputTile()->caption();
    const QString englishRead = m_window->teachingNotes()->card(TeachingNotes::Card::CurrentRead)->body();
    auto *tabs = m_window->findChild<QTabWidget *>();
    const QString englishTab = tabs->tabText(1);

    QVERIFY(m_languages->switchTo(code));
    QCoreApplication::processEvents(); // LanguageChange events are posted

    QCOMPARE(m_teaching->language(), code);
    QVERIFY(m_window->menuBar()->actions().constFirst()->text() != englishMenu);
    QVERIFY(m_window->readouts()->outputTile()->caption() != englishCaption);
    QCOMPARE(m_window->readouts()->outputTile()->caption(), QCoreApplication::translate("relulab::ReadoutPanel", "Output"));
    const QString read = m_window->teachingNotes()->card(TeachingNotes::Card::CurrentRead)->body();
    QVERIFY(read != englishRead);
    QCOMPARE(read, m_teaching->text(QStringLiteral("regimes.active.explanation")));
    QVERIFY(tabs->tabText(1) != englishTab);
    // Numbers follow the language: a decimal comma in all three.
    QCOMPARE(m_window->readouts()->outputTile()->value(), QStringLiteral("1,100"));
    m_model->setProbe(-0.5);
    QCOMPARE(m_window->readouts()->outputTile()->note().contains(QStringLiteral("\u22120,500")), true);

    // Set RELULAB_SHOTS to a folder to keep a picture of both tabs in each language for a look.
    if (const QString folder = qEnvironmentVariable("RELULAB_SHOTS"); !folder.isEmpty()) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            m_window->grab().save(QStringLiteral("%1/%2-tab%3.png").arg(folder, code).arg(tab));
        }
        tabs->setCurrentIndex(0);
    }
}

void LanguagesTest::switchingBackRestoresEnglish()
{
    m_languages->switchTo(QStringLiteral("de"));
    QCoreApplication::processEvents();
    m_languages->switchTo(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->readouts()->outputTile()->caption(), QStringLiteral("Output"));
    QCOMPARE(m_window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    m_model->setProbe(1.1);
    QCOMPARE(m_window->readouts()->outputTile()->value(), QStringLiteral("1.100"));
}

void LanguagesTest::survivesABurstOfLanguageFamilyAndDrag()
{
    // All in one event burst, before anything repaints: a language switch, a family switch and a
    // drag on the activation chart.
    QChartView *chart = m_window->board()->activationView();
    QWidget *viewport = chart->viewport();
    const QPoint start(viewport->width() / 4, viewport->height() / 2);
    const QPoint end(3 * viewport->width() / 4, viewport->height() / 2);
    m_languages->switchTo(QStringLiteral("fr"));
    m_model->setFamily(QStringLiteral("softplus"));
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, start);
    m_languages->switchTo(QStringLiteral("de"));
    QMouseEvent move(QEvent::MouseMove, end, viewport->mapToGlobal(end), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    m_model->setFamily(QStringLiteral("gelu"));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, end);
    QCoreApplication::processEvents();
    m_window->repaint();

    QCOMPARE(m_teaching->language(), QStringLiteral("de"));
    QCOMPARE(m_model->family(), QStringLiteral("gelu"));
    QVERIFY(m_model->probe() > 0.0); // the drag ended right of the middle
    QCOMPARE(m_window->readouts()->outputTile()->caption(), QCoreApplication::translate("relulab::ReadoutPanel", "Output"));
}

void LanguagesTest::nothingIsClippedAt1366x768_data()
{
    switchingRetranslatesTheWindow_data();
    QTest::newRow("English") << QStringLiteral("en");
}

void LanguagesTest::nothingIsClippedAt1366x768()
{
    QFETCH(QString, code);
    m_languages->switchTo(code);
    auto *tabs = m_window->findChild<QTabWidget *>();
    int checked = 0;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        // One-line labels and buttons must have room for their whole text.
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->width() == 0)
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap()
                && label->textFormat() != Qt::RichText && !label->text().isEmpty()) {
                ++checked;
                const int needed = label->fontMetrics().horizontalAdvance(QString(label->text()).remove(QLatin1Char('&')));
                QVERIFY2(needed <= label->contentsRect().width() + 1,
                         qPrintable(QStringLiteral("label '%1' needs %2 px, has %3").arg(label->text()).arg(needed).arg(label->contentsRect().width())));
            }
            if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty()) {
                ++checked;
                QVERIFY2(button->sizeHint().width() <= button->width() + 1,
                         qPrintable(QStringLiteral("button '%1' needs %2 px, has %3").arg(button->text()).arg(button->sizeHint().width()).arg(button->width())));
            }
        }
    }
    QVERIFY2(checked > 30, qPrintable(QString::number(checked)));
    tabs->setCurrentIndex(0);

    // The whole lab page, parameter slider included, fits without scrolling: a 1366×768
    // projector shows everything at once. The charts give up height for it, not the controls.
    QCoreApplication::processEvents();
    QScrollArea *page = nullptr;
    for (QWidget *parent = m_window->board(); parent && !page; parent = parent->parentWidget())
        page = qobject_cast<QScrollArea *>(parent);
    QVERIFY(page);
    QCOMPARE(page->verticalScrollBar()->maximum(), 0);
    for (QChartView *chart : {m_window->board()->activationView(), m_window->board()->derivativeView()})
        QVERIFY(chart->height() >= chart->minimumHeight());
}

QTEST_MAIN(LanguagesTest)
#include "tst_languages.moc"
