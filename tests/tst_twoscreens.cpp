// Presentation mode with a second screen: the projected window on one screen, the teacher's view
// (speaker notes) on the other. Runs on the offscreen platform configured with two screens.
#include "lessons/speakernotes.h"
#include "support/labwindow.h"
#include "window/presentationmode.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relulab;

namespace {

// The laptop left, the projector right, as a teacher's desk extends the desktop.
const QByteArray kScreens = R"({"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
    {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}
]})";

QScreen *screenNamed(const QString &name)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

// The screen whose area holds the middle of `widget`'s frame.
QScreen *screenShowing(const QWidget *widget)
{
    return QGuiApplication::screenAt(widget->frameGeometry().center());
}

} // namespace

class TestTwoScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void boardOnTheProjectorNotesOnTheLaptop();
    void secondScreenCanBeTurnedOff();

private:
    std::unique_ptr<testsupport::LabWindow> m_lab;
    QScreen *m_laptop = nullptr;
    QScreen *m_projector = nullptr;
};

void TestTwoScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(QGuiApplication::screens().size(), 2);
    m_laptop = screenNamed(QStringLiteral("laptop"));
    m_projector = screenNamed(QStringLiteral("projector"));
    QVERIFY(m_laptop && m_projector);
    QCOMPARE(m_projector->geometry(), QRect(1366, 0, 1920, 1080));
}

void TestTwoScreens::init()
{
    m_lab = std::make_unique<testsupport::LabWindow>();
    m_lab->window.setGeometry(QRect(100, 60, 1000, 640));
    m_lab->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_lab->window));
    QCOMPARE(screenShowing(&m_lab->window), m_laptop);
    QCOMPARE(m_lab->window.screen(), m_laptop);
}

void TestTwoScreens::cleanup()
{
    m_lab.reset();
}

void TestTwoScreens::boardOnTheProjectorNotesOnTheLaptop()
{
    PresentationMode *presentation = m_lab->window.presentation();
    SpeakerNotesWindow *notes = m_lab->window.speakerNotes();
    const QRect before = m_lab->window.geometry();
    QCOMPARE(presentation->projectorScreen(), m_projector);
    QVERIFY(!notes->isVisible());

    presentation->setActive(true);
    QVERIFY(QTest::qWaitForWindowExposed(notes));
    QTRY_COMPARE(m_lab->window.screen(), m_projector);
    QTRY_VERIFY(m_projector->geometry().contains(m_lab->window.geometry()));
    QTRY_COMPARE(m_lab->window.geometry().size(), m_projector->geometry().size());
    QCOMPARE(screenShowing(&m_lab->window), m_projector);
    QVERIFY(notes->isVisible());
    QCOMPARE(notes->screen(), m_laptop);
    QCOMPARE(screenShowing(notes), m_laptop);
    QVERIFY(m_laptop->availableGeometry().contains(notes->geometry()));
    // The projected text is sized for the projector's height, not the laptop's.
    QCOMPARE(m_lab->window.height(), 1080);

    presentation->setActive(false);
    QTRY_COMPARE(m_lab->window.screen(), m_laptop);
    QTRY_COMPARE(m_lab->window.geometry(), before);
    QVERIFY(!notes->isVisible()); // it was not open before presenting
}

void TestTwoScreens::secondScreenCanBeTurnedOff()
{
    QAction *teacherScreen = nullptr;
    for (QAction *action : m_lab->window.actions()) {
        if (action->objectName() == QLatin1String("teacherScreen"))
            teacherScreen = action;
    }
    QVERIFY(teacherScreen && teacherScreen->isChecked());
    teacherScreen->trigger();
    PresentationMode *presentation = m_lab->window.presentation();
    QVERIFY(!presentation->useSecondScreen());
    QCOMPARE(presentation->projectorScreen(), nullptr);
    presentation->setActive(true);
    QTest::qWait(50);
    QCOMPARE(m_lab->window.screen(), m_laptop);
    QVERIFY(!m_lab->window.speakerNotes()->isVisible());
    presentation->setActive(false);

    // Speaker notes the teacher opened stay open after presenting on two screens.
    teacherScreen->trigger();
    m_lab->window.speakerNotes()->show();
    presentation->setActive(true);
    presentation->setActive(false);
    QVERIFY(m_lab->window.speakerNotes()->isVisible());
}

int main(int argc, char *argv[])
{
    // The platform reads its screens from a file named in QT_QPA_PLATFORM, before QApplication.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(kScreens) != kScreens.size())
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestTwoScreens test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_twoscreens.moc"
