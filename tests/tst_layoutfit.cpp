// Every shipped language fits the screens a classroom has: the real window at 1366×768 and
// 1920×1080, every tab (both pages of the survival tab, the training tab while it runs), normal
// and presentation mode. No visible widget may stick out of the window (or sideways out of a
// scroll area), be squeezed below the size it needs, or cut its own one-line text; the window
// never asks for more height than the screen has.
#include "labmodel.h"
#include "languageswitcher.h"
#include "lessonplayer.h"
#include "survival/gradientsurvivalview.h"
#include "training/trainingview.h"
#include "window/mainwindow.h"
#include "window/presentationmode.h"
#include "teaching.h"
#include "support/labwindow.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QScreen>
#include <QTest>

#include <memory>

using namespace relulab;

class LayoutFitTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLanguageFits_data();
    void everyLanguageFits();
    void unmaximisedWindowFitsTheScreen_data();
    void unmaximisedWindowFitsTheScreen();
    void firstWindowFitsItsScreen();

private:
    static QStringList problemsIn(QWidget *window);
};

void LayoutFitTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layoutfit"));
    QSettings().clear();
}

void LayoutFitTest::everyLanguageFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presenting");
    for (const QString &language : Teaching::availableLanguages()) {
        for (const QSize &size : {QSize(1366, 768), QSize(1920, 1080)}) {
            for (bool presenting : {false, true}) {
                QTest::addRow("%s %dx%d %s", qPrintable(language), size.width(), size.height(),
                              presenting ? "presentation" : "normal")
                    << language << size << presenting;
            }
        }
    }
}

QStringList LayoutFitTest::problemsIn(QWidget *window)
{
    QStringList problems;
    const QRect windowRect = window->rect();
    const auto describe = [](const QWidget *widget) {
        QString name = QString::fromLatin1(widget->metaObject()->className());
        if (!widget->objectName().isEmpty())
            name += QLatin1Char(' ') % widget->objectName();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            name += QStringLiteral(" \"") % label->text().left(40) % QLatin1Char('"');
        return name;
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->isWindow() || widget->width() <= 0)
            continue;
        const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
        // Qt parks a tabbed dock that is not on top (and its tab bar) far outside the window.
        if (!rect.intersects(windowRect))
            continue;
        bool parked = false;
        for (QWidget *parent = widget->parentWidget(); parent && parent != window && !parked; parent = parent->parentWidget())
            parked = !QRect(parent->mapTo(window, QPoint(0, 0)), parent->size()).intersects(windowRect);
        if (parked)
            continue;
        // Inside a scroll area a page may scroll down, never sideways.
        const QAbstractScrollArea *area = nullptr;
        for (QWidget *parent = widget->parentWidget(); parent && parent != window && !area; parent = parent->parentWidget()) {
            const auto *candidate = qobject_cast<QAbstractScrollArea *>(parent->parentWidget());
            if (candidate && candidate->viewport() == parent)
                area = candidate;
        }
        if (area) {
            const QRect viewport(area->viewport()->mapTo(window, QPoint(0, 0)), area->viewport()->size());
            if (rect.left() < viewport.left() - 1 || rect.right() > viewport.right() + 1)
                problems << QStringLiteral("%1 runs sideways out of its scroll area: %2 px").arg(describe(widget)).arg(rect.right() - viewport.right());
        } else if (!windowRect.contains(rect)) {
            problems << QStringLiteral("%1 is outside the window: %2,%3 %4×%5").arg(describe(widget)).arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
        }
        const QSize minimum = widget->minimumSizeHint();
        // (Qt's own dock title buttons are drawn smaller than they ask for, by design of the style.)
        if (minimum.isValid() && widget->width() < minimum.width() && !qobject_cast<QScrollBar *>(widget)
            && !widget->inherits("QDockWidgetTitleButton"))
            problems << QStringLiteral("%1 is squeezed: %2 px wide, needs %3").arg(describe(widget)).arg(widget->width()).arg(minimum.width());
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && !label->wordWrap() && label->textFormat() != Qt::RichText
            && !label->text().contains(QLatin1Char('<'))) {
            const int needed = label->fontMetrics().horizontalAdvance(label->text().remove(QLatin1Char('&')));
            if (needed > label->contentsRect().width() + 1)
                problems << QStringLiteral("%1 cuts its text: %2 px for %3").arg(describe(widget)).arg(label->contentsRect().width()).arg(needed);
        }
    }
    return problems;
}

void LayoutFitTest::everyLanguageFits()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, presenting);
    QSettings().clear();
    // Built in its language, as a teacher's lab starts (the docks take their width then).
    LabModel model;
    Teaching teaching;
    LanguageSwitcher languages(&teaching);
    QVERIFY(languages.switchTo(language));
    LessonPlayer lessons(&model);
    MainWindow window(&model, &teaching, &languages, &lessons);
    // The first-run size and layout for this screen, as a screenshot of that size gets.
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.presentation()->setGoesFullScreen(false);
    window.presentation()->setActive(presenting);
    auto *tabs = window.findChild<QTabWidget *>();
    auto *survival = window.findChild<GradientSurvivalView *>();
    QVERIFY(tabs && survival);

    if (!presenting) {
        // Unmaximised, the window with its title bar (about 40 px) fits on the screen.
        QVERIFY2(window.minimumSizeHint().height() + 40 <= size.height(),
                 qPrintable(QStringLiteral("the window needs %1 px").arg(window.minimumSizeHint().height())));
    }
    QStringList problems;
    const auto check = [&](const QString &where) {
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), size);
        for (const QString &problem : problemsIn(&window))
            problems << where % QStringLiteral(": ") % problem;
        // RELULAB_SHOTS=dir keeps what was checked, for a look.
        const QString shots = qEnvironmentVariable("RELULAB_SHOTS");
        if (!shots.isEmpty()) {
            const QString name = QString::fromLatin1(QTest::currentDataTag()) % QLatin1Char(' ') % where;
            QVERIFY(window.grab().save(shots % QLatin1Char('/') % QString(name).replace(QRegularExpression(QStringLiteral("[ ,]+")), QStringLiteral("-")) % QStringLiteral(".png")));
        }
    };
    tabs->setCurrentIndex(0);
    check(QStringLiteral("lab"));
    tabs->setCurrentWidget(survival);
    survival->showBatchPage();
    check(QStringLiteral("survival, batch"));
    survival->showDepthPage();
    check(QStringLiteral("survival, depth"));
    // The training tab, as a scenario key shows it, with a run under way.
    TrainingView *training = window.trainingView();
    QVERIFY(training->applyScenario(QStringLiteral("dying-relu")));
    QCOMPARE(tabs->currentWidget(), training);
    QTRY_VERIFY(training->step() > 0);
    training->runner()->pause();
    check(QStringLiteral("training"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void LayoutFitTest::unmaximisedWindowFitsTheScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QMargins>("frame");
    // A 1366×768 projector with a 28 px panel, and the same without one: 768 lines is not room
    // for 768 lines of window plus its title bar.
    QTest::newRow("1366x768 with panel") << QRect(0, 28, 1366, 740) << QMargins(1, 30, 1, 1);
    QTest::newRow("1366x768 bare") << QRect(0, 0, 1366, 768) << QMargins(0, 24, 0, 0);
    QTest::newRow("1920x1080") << QRect(0, 0, 1920, 1050) << QMargins(2, 32, 2, 2);
    QTest::newRow("1024x600 netbook") << QRect(0, 0, 1024, 576) << QMargins(0, 24, 0, 0);
}

void LayoutFitTest::unmaximisedWindowFitsTheScreen()
{
    QFETCH(QRect, available);
    QFETCH(QMargins, frame);
    const QRect window = MainWindow::initialGeometry(available, frame);
    const QRect outer = window.marginsAdded(frame);
    QVERIFY2(available.contains(outer), qPrintable(QStringLiteral("window with frame %1,%2 %3×%4 outside %5,%6 %7×%8")
                                                      .arg(outer.x()).arg(outer.y()).arg(outer.width()).arg(outer.height())
                                                      .arg(available.x()).arg(available.y()).arg(available.width()).arg(available.height())));
    // Where there is room, the lab's own 1366×768; else all the room there is.
    QCOMPARE(window.width(), std::min(1366, available.width() - frame.left() - frame.right()));
    QCOMPARE(window.height(), std::min(768, available.height() - frame.top() - frame.bottom()));
}

void LayoutFitTest::firstWindowFitsItsScreen()
{
    // A new window, before any session was saved, on the test's own screen.
    testsupport::LabWindow lab;
    const QRect available = lab.window.screen()->availableGeometry();
    const QRect geometry = lab.window.geometry();
    QVERIFY2(available.contains(geometry), qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                                                         .arg(geometry.width()).arg(geometry.height())
                                                         .arg(available.width()).arg(available.height())));
    // Room is left above it for a title bar.
    QVERIFY(geometry.top() - available.top() >= lab.window.fontMetrics().height());
}

QTEST_MAIN(LayoutFitTest)
#include "tst_layoutfit.moc"
