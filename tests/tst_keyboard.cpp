// Keys that always work: drives the real window with key and mouse events the way a teacher at
// a lectern uses it (click, type, press the clicker) and checks where the keyboard ends up.
#include "board/activationboard.h"
#include "board/boardlegend.h"
#include "labpage/labcontrols.h"
#include "labmodel.h"
#include "lessonplayer.h"
#include "window/mainwindow.h"
#include "window/presentationmode.h"
#include "window/entrykeys.h"
#include "window/windowoverlay.h"
#include "support/labwindow.h"

#include <QApplication>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <tuple>

using namespace relulab;

class KeyboardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void returnInTheProbeBoxGivesTheKeysBack();
    void escapeInTheProbeBoxDropsTheEntry();
    void outOfRangeEntrySaysTheRange();
    void spaceStepsTheLessonAfterClickingALegendEntry();
    void digitsChooseFamiliesAfterClickingTheChart();
    void escapeClosesTheShortcutListBeforeLeavingPresentation();
    void blankedScreenKeepsTheStep();
    void arrowStepsLandOnRoundValues_data();
    void arrowStepsLandOnRoundValues();
    void focusedLegendEntryLooksFocusedNotSelected();

private:
    void showWindow();
    // Where a real key press goes: the focused widget, or the window when nothing has focus.
    QWidget *keyTarget() const;
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, int times = 1);

    std::unique_ptr<testsupport::LabWindow> m_lab;
    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    LanguageSwitcher *m_languages = nullptr;
    LessonPlayer *m_lessons = nullptr;
    MainWindow *m_window = nullptr;
};

void KeyboardTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
}

void KeyboardTest::init()
{
    QSettings().clear();
    m_lab = std::make_unique<testsupport::LabWindow>();
    std::tie(m_model, m_teaching, m_languages, m_lessons, m_window) = m_lab->parts();
}

void KeyboardTest::cleanup()
{
    m_lab.reset();
}

void KeyboardTest::showWindow()
{
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

QWidget *KeyboardTest::keyTarget() const
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus : m_window;
}

void KeyboardTest::press(Qt::Key key, Qt::KeyboardModifiers modifiers, int times)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(keyTarget(), key, modifiers);
}

void KeyboardTest::returnInTheProbeBoxGivesTheKeysBack()
{
    showWindow();
    QDoubleSpinBox *probe = m_window->controls()->probeSpinBox();
    QTest::mouseClick(probe, Qt::LeftButton, {}, QPoint(10, probe->height() / 2));
    QVERIFY(probe->hasFocus());
    probe->selectAll();
    QTest::keyClicks(keyTarget(), QStringLiteral("2.5"));
    press(Qt::Key_Return);
    QCOMPARE(m_model->probe(), 2.5);
    QVERIFY(!probe->hasFocus());
    // The keyboard is the lab's again: 4 chooses GELU instead of typing a 4.
    press(Qt::Key_4);
    QCOMPARE(m_model->family(), QStringLiteral("gelu"));
    QCOMPARE(m_model->probe(), 2.5);
    press(Qt::Key_Space);
    QCOMPARE(m_lessons->currentIndex(), 0);
}

void KeyboardTest::escapeInTheProbeBoxDropsTheEntry()
{
    showWindow();
    m_model->setProbe(1.1);
    QDoubleSpinBox *probe = m_window->controls()->probeSpinBox();
    QTest::mouseClick(probe, Qt::LeftButton, {}, QPoint(10, probe->height() / 2));
    probe->selectAll();
    QTest::keyClicks(keyTarget(), QStringLiteral("3"));
    press(Qt::Key_Escape);
    QVERIFY(!probe->hasFocus());
    QCOMPARE(m_model->probe(), 1.1);
    QCOMPARE(probe->value(), 1.1);
    QCOMPARE(probe->text(), probe->textFromValue(1.1));
    press(Qt::Key_2);
    QCOMPARE(m_model->family(), QStringLiteral("leaky-relu"));
}

void KeyboardTest::outOfRangeEntrySaysTheRange()
{
    showWindow();
    m_model->setProbe(1.1);
    QDoubleSpinBox *probe = m_window->controls()->probeSpinBox();
    QTest::mouseClick(probe, Qt::LeftButton, {}, QPoint(10, probe->height() / 2));
    probe->selectAll();
    QTest::keyClicks(keyTarget(), QStringLiteral("99999"));
    // Not clamped in silence: the box says its range and keeps the focus for a correction.
    QLabel *hint = m_window->findChild<EntryKeys *>()->hint();
    QVERIFY2(hint->isVisible(), "no hint for an entry beyond the range");
    QVERIFY2(hint->text().contains(QStringLiteral("1000")) && hint->text().contains(QStringLiteral("\u22121000")), qPrintable(hint->text()));
    QVERIFY(hint->text().contains(probe->accessibleName()));
    QTest::qWait(1000); // still there after the key is released: time to read it
    QVERIFY(hint->isVisible());
    QVERIFY(probe->hasFocus());
    QCOMPARE(m_model->probe(), 1.1);
    press(Qt::Key_Escape);
    QVERIFY(!hint->isVisible());

    // Below a parameter's minimum: Return does not clamp either.
    m_model->setFamily(QStringLiteral("elu"));
    auto *alpha = m_window->controls()->parameterPage(QStringLiteral("elu"))->findChild<QDoubleSpinBox *>();
    QVERIFY(alpha);
    const double before = alpha->value();
    QTest::mouseClick(alpha, Qt::LeftButton, {}, QPoint(10, alpha->height() / 2));
    alpha->selectAll();
    QTest::keyClicks(keyTarget(), QStringLiteral("0.0"));
    press(Qt::Key_Return);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(alpha->textFromValue(alpha->minimum())), qPrintable(hint->text()));
    QVERIFY(alpha->hasFocus());
    QCOMPARE(m_model->parameter(QStringLiteral("elu"), QStringLiteral("alpha")), before);
    press(Qt::Key_Escape);
    QVERIFY(!alpha->hasFocus());
    QVERIFY(!hint->isVisible());
    QCOMPARE(alpha->value(), before);
}

void KeyboardTest::spaceStepsTheLessonAfterClickingALegendEntry()
{
    showWindow();
    BoardLegendEntry *elu = m_window->board()->legend()->entry(QStringLiteral("elu"));
    QVERIFY(elu);
    QTest::mouseClick(elu, Qt::LeftButton, {}, elu->rect().center());
    QCOMPARE(m_model->family(), QStringLiteral("elu"));
    QVERIFY(!elu->hasFocus());
    press(Qt::Key_Space);
    QCOMPARE(m_lessons->currentIndex(), 0);
    press(Qt::Key_PageDown);
    QCOMPARE(m_lessons->currentIndex(), 1);
    press(Qt::Key_PageUp);
    QCOMPARE(m_lessons->currentIndex(), 0);
    // Tab still reaches the entry, and then Space is the entry's.
    elu->setFocus(Qt::TabFocusReason);
    QVERIFY(elu->hasFocus());
}

void KeyboardTest::digitsChooseFamiliesAfterClickingTheChart()
{
    showWindow();
    QWidget *viewport = m_window->board()->activationView()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewport->rect().center());
    press(Qt::Key_3);
    QCOMPARE(m_model->family(), QStringLiteral("elu"));
    press(Qt::Key_Space);
    QCOMPARE(m_lessons->currentIndex(), 0);
}

void KeyboardTest::escapeClosesTheShortcutListBeforeLeavingPresentation()
{
    showWindow();
    m_window->presentation()->setGoesFullScreen(false);
    press(Qt::Key_F5);
    QVERIFY(m_window->presentation()->isActive());
    press(Qt::Key_F1);
    QVERIFY(m_window->shortcutOverlay()->isVisible());
    press(Qt::Key_Escape);
    QVERIFY(!m_window->shortcutOverlay()->isVisible());
    QVERIFY(m_window->presentation()->isActive());
    press(Qt::Key_Escape);
    QVERIFY(!m_window->presentation()->isActive());
}

void KeyboardTest::blankedScreenKeepsTheStep()
{
    showWindow();
    press(Qt::Key_PageDown);
    QCOMPARE(m_lessons->currentIndex(), 0);
    const QString family = m_model->family();
    press(Qt::Key_B);
    QVERIFY(m_window->blankOverlay()->isVisible());
    for (Qt::Key key : {Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Backspace, Qt::Key_4, Qt::Key_Right})
        press(key);
    QVERIFY(m_window->blankOverlay()->isVisible());
    QCOMPARE(m_lessons->currentIndex(), 0);
    QCOMPARE(m_model->family(), family);
    press(Qt::Key_B);
    QVERIFY(!m_window->blankOverlay()->isVisible());
    press(Qt::Key_PageDown);
    QCOMPARE(m_lessons->currentIndex(), 1);
}

void KeyboardTest::arrowStepsLandOnRoundValues_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("presses");
    QTest::addColumn<double>("expected");
    // On −4 … 4: 0.1, Shift 1, Ctrl 0.01; a probe between grid points lands on the next one.
    QTest::newRow("1.1 from 1.05") << 1.05 << int(Qt::Key_Right) << int(Qt::NoModifier) << 1 << 1.1;
    QTest::newRow("1.1 from 0") << 0.0 << int(Qt::Key_Right) << int(Qt::NoModifier) << 11 << 1.1;
    QTest::newRow("-1.5 from 0") << 0.0 << int(Qt::Key_Left) << int(Qt::NoModifier) << 15 << -1.5;
    QTest::newRow("-0.75 from -0.5") << -0.5 << int(Qt::Key_Left) << int(Qt::ControlModifier) << 25 << -0.75;
    QTest::newRow("shift from 1.6") << 1.6 << int(Qt::Key_Left) << int(Qt::ShiftModifier) << 3 << -1.0;
    QTest::newRow("ctrl from 1.234") << 1.234 << int(Qt::Key_Right) << int(Qt::ControlModifier) << 1 << 1.24;
}

void KeyboardTest::arrowStepsLandOnRoundValues()
{
    QFETCH(double, start);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, presses);
    QFETCH(double, expected);
    showWindow();
    m_model->setProbe(start);
    press(Qt::Key(key), Qt::KeyboardModifiers(modifiers), presses);
    // Exactly the value a teacher types: 1.1, not 1.1000000000000001.
    QVERIFY2(m_model->probe() == expected, qPrintable(QString::number(m_model->probe(), 'g', 17)));
}

void KeyboardTest::focusedLegendEntryLooksFocusedNotSelected()
{
    showWindow();
    BoardLegend *legend = m_window->board()->legend();
    BoardLegendEntry *selected = legend->entry(m_model->family());
    BoardLegendEntry *other = legend->entry(QStringLiteral("gelu"));
    QVERIFY(selected && other && selected != other);
    const QImage plain = other->grab().toImage();
    other->setFocus(Qt::TabFocusReason);
    QVERIFY(other->hasFocus());
    const QImage focused = other->grab().toImage();
    const QImage chosen = selected->grab().toImage();
    QVERIFY(focused != plain); // focus shows
    // Inside the frame, away from its outline, swatch and text: the selected entry is tinted,
    // the focused one keeps the plain background.
    const auto inside = [](const QImage &image) { return image.pixelColor(image.width() - 4, image.height() - 5); };
    QVERIFY(inside(plain).isValid() && inside(chosen).isValid());
    QVERIFY(inside(chosen) != inside(plain));
    QCOMPARE(inside(focused), inside(plain));
}

QTEST_MAIN(KeyboardTest)
#include "tst_keyboard.moc"
