// Predict, then reveal: drives the real window the way a teacher does (P, the clicker's next,
// the View menu) and checks what the class sees while the answers are hidden and after.
#include "board/activationboard.h"
#include "board/boardformula.h"
#include "labpage/familytable.h"
#include "labpage/readoutpanel.h"
#include "labpage/readouttile.h"
#include "labpage/teachingcard.h"
#include "labpage/teachingnotes.h"
#include "labmodel.h"
#include "lessonplayer.h"
#include "predictionstate.h"
#include "widgets/numberformat.h"
#include "widgets/revealeffect.h"
#include "window/mainwindow.h"
#include "window/presentationmode.h"
#include "window/windowoverlay.h"
#include "support/labwindow.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <tuple>

using namespace relulab;

class PredictRevealTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void stateRefusesUnknownParts();
    void hidingReplacesValuesAndRevealRestoresThem();
    void probeMoveWhileHiddenStaysHidden();
    void curveRightOfTheProbeIsHiddenAndWipesBack();
    void derivativeAndCardsHideAndFadeIn();
    void keysWorkInPresentation();
    void teacherChoosesWhatIsHidden();
    void shortcutListNamesTheKeys();

private:
    void showWindow();
    void press(Qt::Key key);
    // Largest x drawn by the selected activation curve.
    double drawnUpTo() const;

    std::unique_ptr<testsupport::LabWindow> m_lab;
    LabModel *m_model = nullptr;
    LessonPlayer *m_lessons = nullptr;
    MainWindow *m_window = nullptr;
};

void PredictRevealTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_predictreveal"));
}

void PredictRevealTest::init()
{
    QSettings().clear();
    m_lab = std::make_unique<testsupport::LabWindow>();
    std::tie(m_model, std::ignore, std::ignore, m_lessons, m_window) = m_lab->parts();
}

void PredictRevealTest::cleanup()
{
    m_lab.reset();
}

void PredictRevealTest::showWindow()
{
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void PredictRevealTest::press(Qt::Key key)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : m_window, key);
}

double PredictRevealTest::drawnUpTo() const
{
    const QList<QPointF> points = m_window->board()->selectedSeries(ActivationBoard::Plot::Activation)->points();
    return points.isEmpty() ? -std::numeric_limits<double>::infinity() : points.constLast().x();
}

void PredictRevealTest::stateRefusesUnknownParts()
{
    PredictionState *prediction = m_model->prediction();
    QSignalSpy changed(prediction, &PredictionState::hiddenPartsChanged);
    QString error;
    QVERIFY(!prediction->setHiddenParts({QStringLiteral("readouts"), QStringLiteral("answers")}, &error));
    QVERIFY2(error.contains(QStringLiteral("answers")), qPrintable(error));
    QVERIFY(prediction->hiddenParts().isEmpty());
    QCOMPARE(changed.count(), 0);
    // Any order in, the menu's order out; the ids are the ones lesson files use.
    QVERIFY(prediction->setHiddenParts({QStringLiteral("cards"), QStringLiteral("readouts")}, &error));
    QCOMPARE(prediction->hiddenParts(), QStringList({QStringLiteral("readouts"), QStringLiteral("cards")}));
    QCOMPARE(changed.count(), 1);
    QSignalSpy revealed(prediction, &PredictionState::revealed);
    prediction->reveal();
    QCOMPARE(revealed.count(), 1);
    QCOMPARE(revealed.at(0).at(0).toStringList(), QStringList({QStringLiteral("readouts"), QStringLiteral("cards")}));
    QVERIFY(prediction->hiddenParts().isEmpty());
}

void PredictRevealTest::hidingReplacesValuesAndRevealRestoresThem()
{
    showWindow();
    m_model->setFamily(QStringLiteral("elu"));
    m_model->setProbe(-1.5);
    ReadoutPanel *readouts = m_window->readouts();
    const QString output = readouts->outputTile()->value();
    const QString slope = readouts->slopeTile()->value();
    const QString health = readouts->healthTile()->value();
    QCOMPARE(output, formatReading(m_model->output(), readouts->locale()));
    const QSize outputSize = readouts->outputTile()->size();
    const QStringList formula = m_window->boardFormula()->lines();

    press(Qt::Key_P);
    QVERIFY(m_model->prediction()->isAnythingHidden());
    QCOMPARE(readouts->outputTile()->value(), reveal::placeholder());
    QCOMPARE(readouts->slopeTile()->value(), reveal::placeholder());
    QCOMPARE(readouts->healthTile()->value(), reveal::placeholder());
    QVERIFY(readouts->healthTile()->note().isEmpty());
    QCOMPARE(readouts->outputTile()->size(), outputSize); // no layout jump
    // The formula names the question, not the answer.
    const QStringList hiddenFormula = m_window->boardFormula()->lines();
    QCOMPARE(hiddenFormula.size(), formula.size());
    QVERIFY(hiddenFormula.first().endsWith(QStringLiteral(" = ?")));
    QVERIFY(!hiddenFormula.join(QString()).contains(output));

    press(Qt::Key_P);
    QVERIFY(!m_model->prediction()->isAnythingHidden());
    QVERIFY(readouts->healthTile()->isValueFadingIn());
    QCOMPARE(readouts->outputTile()->value(), output);
    QCOMPARE(readouts->slopeTile()->value(), slope);
    QCOMPARE(readouts->healthTile()->value(), health);
    QCOMPARE(m_window->boardFormula()->lines(), formula);
}

void PredictRevealTest::probeMoveWhileHiddenStaysHidden()
{
    showWindow();
    m_model->setProbe(-2.0);
    press(Qt::Key_P);
    press(Qt::Key_Right); // the teacher moves the probe: the class predicts the new reading
    m_model->setParameter(m_model->family(), m_model->familySpec().parameters.isEmpty()
                                                 ? QString() : m_model->familySpec().parameters.first().name, 0.0);
    QVERIFY(m_model->prediction()->isAnythingHidden());
    QCOMPARE(m_window->readouts()->outputTile()->value(), reveal::placeholder());
    QVERIFY(m_window->board()->derivativeVeil()->isCovering());
    QCOMPARE(drawnUpTo(), m_model->probe());
    m_model->setFamily(QStringLiteral("gelu"));
    m_model->setProbe(0.7);
    QCOMPARE(m_window->readouts()->slopeTile()->value(), reveal::placeholder());
    QCOMPARE(drawnUpTo(), 0.7);
    // The clicker's "next" reveals first and only then goes on with the lesson.
    const int step = m_lessons->currentIndex();
    press(Qt::Key_PageDown);
    QVERIFY(!m_model->prediction()->isAnythingHidden());
    QCOMPARE(m_lessons->currentIndex(), step);
    QCOMPARE(m_window->readouts()->outputTile()->value(), formatReading(m_model->output(), m_window->readouts()->locale()));
    press(Qt::Key_PageDown);
    QCOMPARE(m_lessons->currentIndex(), step + 1);
}

void PredictRevealTest::curveRightOfTheProbeIsHiddenAndWipesBack()
{
    showWindow();
    m_model->setFamily(QStringLiteral("softplus"));
    m_model->setProbe(-1.0);
    const double rightEnd = drawnUpTo();
    QCOMPARE(rightEnd, m_model->viewMaximum());
    QVERIFY(m_model->prediction()->setHiddenParts({PredictionState::kCurveRight}));
    QCOMPARE(drawnUpTo(), -1.0);
    // The curve still reaches the probe, at the probe's reading (within the thinned curve's
    // drawing tolerance, a fraction of a pixel).
    const QPointF last = m_window->board()->selectedSeries(ActivationBoard::Plot::Activation)->points().constLast();
    const QChart *chart = m_window->board()->activationView()->chart();
    const double unitsPerPixel = (m_window->board()->yAxis(ActivationBoard::Plot::Activation)->max()
                                  - m_window->board()->yAxis(ActivationBoard::Plot::Activation)->min()) / chart->plotArea().height();
    QVERIFY2(std::abs(last.y() - m_model->output()) <= 2 * ActivationBoard::curveTolerance() * unitsPerPixel,
             qPrintable(QString::number(last.y() - m_model->output())));
    // Other parts stay as they were.
    QVERIFY(m_window->board()->derivativeVeil()->isHidden());
    QVERIFY(m_window->readouts()->outputTile()->value() != reveal::placeholder());
    m_model->setProbe(0.5);
    QCOMPARE(drawnUpTo(), 0.5);

    m_model->prediction()->reveal();
    QTRY_COMPARE(drawnUpTo(), rightEnd); // a wipe to the right edge
    QVERIFY(drawnUpTo() > 0.5);
}

void PredictRevealTest::derivativeAndCardsHideAndFadeIn()
{
    showWindow();
    QChartView *derivative = m_window->board()->derivativeView();
    PredictionVeil *derivativeVeil = m_window->board()->derivativeVeil();
    TeachingNotes *notes = m_window->teachingNotes();
    PredictionVeil *currentRead = notes->veil(TeachingNotes::Card::CurrentRead);
    QVERIFY(!notes->veil(TeachingNotes::Card::Snapshot)); // the family's facts give nothing away
    const QRect derivativeGeometry = derivative->geometry();
    const QImage shown = derivative->grab().toImage();
    m_model->prediction()->hide();
    QVERIFY(derivativeVeil->isCovering());
    QCOMPARE(derivative->geometry(), derivativeGeometry); // nothing moves
    QCOMPARE(derivativeVeil->geometry(), derivative->rect());
    QVERIFY(currentRead->isCovering());
    QCOMPARE(currentRead->geometry(), notes->card(TeachingNotes::Card::CurrentRead)->rect());
    // What the class sees: a plain panel with "?", not the chart.
    const QImage hidden = derivative->grab().toImage();
    QVERIFY(hidden != shown);
    const QColor background = m_window->palette().color(QPalette::Window);
    QCOMPARE(hidden.pixelColor(4, 4), background);
    QCOMPARE(hidden.pixelColor(hidden.width() - 4, hidden.height() - 4), background);
    m_model->prediction()->reveal();
    QVERIFY(derivativeVeil->isLifting());
    QVERIFY(currentRead->isLifting());
    QVERIFY(m_window->readouts()->outputTile()->isValueFadingIn());
    QTRY_VERIFY(derivativeVeil->isHidden()); // faded away, then gone
    QTRY_VERIFY(currentRead->isHidden());
    QTRY_COMPARE(derivative->grab().toImage(), shown);
}

void PredictRevealTest::keysWorkInPresentation()
{
    showWindow();
    m_window->presentation()->setGoesFullScreen(false);
    m_window->presentation()->setActive(true);
    QApplication::processEvents();
    press(Qt::Key_P);
    QCOMPARE(m_window->readouts()->outputTile()->value(), reveal::placeholder());
    press(Qt::Key_Right);
    QCOMPARE(m_window->readouts()->outputTile()->value(), reveal::placeholder());
    press(Qt::Key_P);
    QCOMPARE(m_window->readouts()->outputTile()->value(), formatReading(m_model->output(), m_window->readouts()->locale()));
    // T shows every family at the probe, also while presenting, in the place of the current read.
    auto *presentationNotes = m_window->findChild<QWidget *>(QStringLiteral("presentationNotes"));
    QVERIFY(presentationNotes && presentationNotes->isVisible());
    QVERIFY(!m_window->familyTable()->isVisible());
    press(Qt::Key_T);
    QVERIFY(m_window->familyTable()->isVisible());
    QVERIFY(!presentationNotes->isVisible());
    // Nothing beside the board is pushed out of the window.
    const QRect table(m_window->familyTable()->mapTo(m_window, QPoint()), m_window->familyTable()->size());
    QVERIFY2(m_window->rect().contains(table), qPrintable(QStringLiteral("table at %1,%2 %3x%4")
        .arg(table.x()).arg(table.y()).arg(table.width()).arg(table.height())));
    press(Qt::Key_T);
    QVERIFY(!m_window->familyTable()->isVisible());
    QVERIFY(presentationNotes->isVisible());
    QVERIFY(m_window->presentation()->isActive());
}

void PredictRevealTest::teacherChoosesWhatIsHidden()
{
    showWindow();
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("hideForPrediction"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), PredictionState::allParts().size());
    QAction *cards = m_window->findChild<QAction *>(QStringLiteral("hide-cards"));
    QAction *derivative = m_window->findChild<QAction *>(QStringLiteral("hide-derivative"));
    QVERIFY(cards && derivative && cards->isChecked() && derivative->isChecked());
    cards->trigger();
    derivative->trigger();
    QCOMPARE(m_model->prediction()->chosenParts(), QStringList({PredictionState::kReadouts, PredictionState::kCurveRight}));
    press(Qt::Key_P);
    QVERIFY(m_window->board()->derivativeVeil()->isHidden());
    QVERIFY(m_window->teachingNotes()->veil(TeachingNotes::Card::CurrentRead)->isHidden());
    QCOMPARE(m_window->readouts()->outputTile()->value(), reveal::placeholder());
    press(Qt::Key_P);

    // Remembered for the next session.
    m_lab.reset();
    m_lab = std::make_unique<testsupport::LabWindow>();
    std::tie(m_model, std::ignore, std::ignore, m_lessons, m_window) = m_lab->parts();
    m_window->restoreWindowState();
    QCOMPARE(m_model->prediction()->chosenParts(), QStringList({PredictionState::kReadouts, PredictionState::kCurveRight}));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("hide-cards"))->isChecked());
}

void PredictRevealTest::shortcutListNamesTheKeys()
{
    const QString list = m_window->shortcutOverlay()->text();
    QVERIFY2(list.contains(QStringLiteral("<b>P</b>")), qPrintable(list));
    QVERIFY(list.contains(QStringLiteral("<b>T</b>")));
    QAction *predict = m_window->findChild<QAction *>(QStringLiteral("predict"));
    QVERIFY(predict && predict->shortcut() == QKeySequence(Qt::Key_P));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("familyTable"))->shortcut(), QKeySequence(Qt::Key_T));
}

QTEST_MAIN(PredictRevealTest)
#include "tst_predictreveal.moc"
