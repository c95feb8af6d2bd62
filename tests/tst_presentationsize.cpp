// Presentation is read from the back of a room: at 1366×768, 1920×1080 and 3840×2160 the real
// widgets' fonts and pens are measured against the screen height (text sizes as em heights in
// pixels, from the widgets' own font metrics): readout values at least 6 %, every text on the
// page and on the survival tab at least 2.5 %, axis ticks and zone titles at least 2 %, the
// selected curve at least 0.4 % thick. The use-case tile is hidden then, so the legend always
// shows the selected family's tagline, however many families it lists. The charts keep the
// room: each data area at least 15 % of the screen's height in every language and lesson step,
// their y-axis titles whole, the notes beside them read without scrolling. The formula under the
// charts is drawn at least 2.5 % of the screen's height for every family of the catalog.
#include "board/activationboard.h"
#include "board/axislabels.h"
#include "board/boardformula.h"
#include "board/boardlegend.h"
#include "board/chartoverlay.h"
#include "labpage/readoutpanel.h"
#include "labpage/readouttile.h"
#include "labpage/teachingcard.h"
#include "labpage/teachingnotes.h"
#include "lessondeck.h"
#include "lessonplayer.h"
#include "survival/gradientsurvivalview.h"
#include "window/mainwindow.h"
#include "window/presentationmode.h"
#include "window/windowoverlay.h"
#include "widgets/labstyle.h"
#include "support/labwindow.h"

#include <QChart>
#include <QChartView>
#include <QFontInfo>
#include <QGraphicsEllipseItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSettings>
#include <QStandardPaths>
#include <QScrollArea>
#include <QTabWidget>
#include <QTest>

using namespace relulab;

class PresentationSizeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textAndLinesFollowTheScreen_data();
    void textAndLinesFollowTheScreen();
    void selectedTaglineStaysOnScreen_data();
    void selectedTaglineStaysOnScreen();
    void chartsAndNotesHaveRoom_data();
    void chartsAndNotesHaveRoom();
    void formulaIsReadFromTheBackRow_data();
    void formulaIsReadFromTheBackRow();
    void leavingRestoresTheWindowLayout();
};

namespace {

// Shows the window at `screen` and presents in it; the window stands for the screen.
bool presentAt(MainWindow &window, const QSize &screen)
{
    window.resize(screen);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.presentation()->setGoesFullScreen(false);
    window.presentation()->setActive(true);
    return true;
}

// The lab in `language`, presenting at `screen`, its layout settled.
bool presentIn(testsupport::LabWindow &lab, const QString &language, const QSize &screen)
{
    if (!lab.languages.switchTo(language) || !presentAt(lab.window, screen))
        return false;
    QCoreApplication::processEvents();
    return true;
}

int emPixels(const QFont &font)
{
    return QFontInfo(font).pixelSize();
}

// Every visible label under `root` whose text is smaller than `least` pixels.
QStringList smallTextIn(QWidget *root, double least)
{
    QStringList small;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty() && emPixels(label->font()) < least)
            small << QStringLiteral("\"%1\" %2 px").arg(label->text().left(30)).arg(emPixels(label->font()));
    }
    return small;
}

} // namespace

void PresentationSizeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presentationsize"));
    QSettings().clear();
}

void PresentationSizeTest::textAndLinesFollowTheScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("3840x2160") << QSize(3840, 2160);
}

void PresentationSizeTest::textAndLinesFollowTheScreen()
{
    QFETCH(QSize, screen);
    testsupport::LabWindow lab;
    MainWindow &window = lab.window;
    QVERIFY(presentAt(window, screen));
    QCoreApplication::processEvents();
    const double height = screen.height();

    for (ReadoutTile *tile : {window.readouts()->outputTile(), window.readouts()->slopeTile()}) {
        QVERIFY2(emPixels(tile->valueFont()) >= 0.06 * height,
                 qPrintable(QStringLiteral("%1: %2 px").arg(tile->caption()).arg(emPixels(tile->valueFont()))));
    }
    auto *tabs = window.findChild<QTabWidget *>();
    const QStringList small = smallTextIn(tabs->currentWidget(), 0.025 * height);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral(", "))));
    for (BoardLegendEntry *entry : window.board()->legend()->entries())
        QVERIFY(emPixels(entry->font()) >= 0.025 * height);

    for (ActivationBoard::Plot plot : {ActivationBoard::Plot::Activation, ActivationBoard::Plot::Derivative}) {
        ChartOverlay *overlay = window.board()->overlay(plot);
        QVERIFY2(emPixels(overlay->xLabels()->labelFont()) >= 0.02 * height, "x ticks too small");
        QVERIFY2(emPixels(overlay->yLabels()->labelFont()) >= 0.02 * height, "y ticks too small");
        const double width = window.board()->selectedSeries(plot)->pen().widthF();
        QVERIFY2(width >= 0.004 * height, qPrintable(QStringLiteral("curve %1 px").arg(width)));
        // The probe and kink markers grow with the curve they sit on: the same proportions as in
        // a window, not a dot lost on a thick 4K line.
        const double probe = overlay->probeMarker()->rect().width();
        QVERIFY2(probe >= 3.0 * width, qPrintable(QStringLiteral("probe marker %1 px on a %2 px curve").arg(probe).arg(width)));
        const double kink = window.board()->kinkMarker(plot)->markerSize();
        QVERIFY2(kink >= 3.0 * width, qPrintable(QStringLiteral("kink marker %1 px on a %2 px curve").arg(kink).arg(width)));
    }
    // The charts keep their room beside the large type: each y axis shows at least two labels
    // that stand apart (the derivative's 0 and 1 never overlap), and the two charts together take
    // at least 30 % of the screen's height.
    int chartsHeight = 0;
    for (ActivationBoard::Plot plot : {ActivationBoard::Plot::Activation, ActivationBoard::Plot::Derivative}) {
        const QList<QRectF> labels = window.board()->overlay(plot)->yLabels()->labelRects();
        QVERIFY2(labels.size() >= 2, qPrintable(QStringLiteral("%1 y labels").arg(labels.size())));
        for (int i = 1; i < labels.size(); ++i)
            QVERIFY2(!labels[i].intersects(labels[i - 1]), qPrintable(QStringLiteral("y labels overlap: %1,%2 %3 and %4,%5 %6").arg(labels[i - 1].top()).arg(labels[i - 1].bottom()).arg(window.board()->overlay(plot)->yLabels()->ticks().value(i - 1).text).arg(labels[i].top()).arg(labels[i].bottom()).arg(window.board()->overlay(plot)->yLabels()->ticks().value(i).text)));
        chartsHeight += window.board()->view(plot)->height();
    }
    QVERIFY2(chartsHeight >= 0.3 * height, qPrintable(QStringLiteral("charts %1 px of %2").arg(chartsHeight).arg(height)));
    // The use case, a fact about the family, gives its width to the readings.
    QVERIFY(!window.readouts()->useCaseTile()->isVisible());

    for (style::Zone zone : {style::Zone::Negative, style::Zone::Hinge, style::Zone::Positive}) {
        const QGraphicsSimpleTextItem *title = window.board()->overlay(ActivationBoard::Plot::Activation)->zoneTitleItem(zone);
        QVERIFY(title->isVisible());
        QVERIFY2(emPixels(title->font()) >= 0.02 * height, qPrintable(QStringLiteral("zone title %1 px").arg(emPixels(title->font()))));
    }

    // The key list (F1) fits the screen in every language: two columns, or smaller type, when
    // one column of presentation type is taller than the screen.
    ShortcutOverlay *keys = window.shortcutOverlay();
    keys->show();
    for (const QString &language : lab.languages.languages()) {
        lab.languages.switchTo(language);
        QCoreApplication::processEvents();
        QVERIFY2(QRectF(keys->rect()).contains(keys->cardRect()), qPrintable(language));
    }
    lab.languages.switchTo(QStringLiteral("en"));
    keys->hide();

    // The survival tab is presented too.
    auto *survival = window.findChild<GradientSurvivalView *>();
    tabs->setCurrentWidget(survival);
    for (bool depth : {false, true}) {
        depth ? survival->showDepthPage() : survival->showBatchPage();
        QCoreApplication::processEvents();
        const QStringList smallSurvival = smallTextIn(survival, 0.025 * height);
        QVERIFY2(smallSurvival.isEmpty(), qPrintable(smallSurvival.join(QStringLiteral(", "))));
    }

    // Leaving gives the teacher's own sizes back.
    window.presentation()->setActive(false);
    tabs->setCurrentIndex(0);
    QVERIFY(emPixels(window.readouts()->outputTile()->valueFont()) < 0.06 * height);
    QVERIFY(window.readouts()->useCaseTile()->isVisible());
}

void PresentationSizeTest::selectedTaglineStaysOnScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<bool>("allFamilies");
    for (const QSize &screen : {QSize(1366, 768), QSize(1920, 1080), QSize(3840, 2160)}) {
        // Every family compared; or the default five, and a sixth listed while it is selected.
        QTest::addRow("%dx%d all", screen.width(), screen.height()) << screen << true;
        QTest::addRow("%dx%d default", screen.width(), screen.height()) << screen << false;
    }
}

void PresentationSizeTest::selectedTaglineStaysOnScreen()
{
    QFETCH(QSize, screen);
    QFETCH(bool, allFamilies);
    testsupport::LabWindow lab;
    MainWindow &window = lab.window;
    QVERIFY(presentAt(window, screen));
    QVERIFY(lab.model.setComparisonIds(allFamilies ? FamilyCatalog::ids() : FamilyCatalog::seedIds()));
    QCoreApplication::processEvents();
    BoardLegend *legend = window.board()->legend();
    const QLabel *line = legend->taglineLine();
    const auto inWindow = [&window](const QWidget *widget) {
        return QRect(widget->mapTo(&window, QPoint(0, 0)), widget->size());
    };
    int legendHeight = -1;
    for (const QString &family : FamilyCatalog::ids()) {
        QVERIFY(lab.model.setFamily(family));
        QCoreApplication::processEvents();
        const BoardLegendEntry *selected = legend->entry(family);
        QVERIFY(!selected->tagline().isEmpty());
        // The compared families, and the selected one if it is not among them.
        const qsizetype compared = lab.model.comparisonIds().size();
        QCOMPARE(legend->listedFamilies().size(), lab.model.isCompared(family) ? compared : compared + 1);
        // Beside the name, all of it, or on the line below the names, all of it.
        const bool beside = selected->taglineShown() && selected->width() >= selected->widthFor(true);
        const bool below = line->isVisible() && line->text().contains(selected->tagline())
            && line->height() >= line->heightForWidth(line->width());
        QVERIFY2(beside != below, qPrintable(QStringLiteral("%1: beside %2, below %3").arg(family).arg(beside).arg(below)));
        // Nothing overlaps, nothing sticks out of the legend, and the legend sits above the charts.
        QList<QRect> shown;
        for (const BoardLegendEntry *entry : legend->entries()) {
            if (entry->isVisible())
                shown.append(entry->geometry());
        }
        if (below)
            shown.append(line->geometry());
        for (int i = 0; i < shown.size(); ++i) {
            QVERIFY2(legend->rect().contains(shown[i]), qPrintable(family));
            for (int j = i + 1; j < shown.size(); ++j)
                QVERIFY2(!shown[i].intersects(shown[j]), qPrintable(family));
        }
        QVERIFY(QRect(QPoint(0, 0), screen).contains(inWindow(legend)));
        QVERIFY(inWindow(legend).bottom() < inWindow(window.board()->activationView()).top());
        // The same height for every family and wherever the probe is: the charts stay put.
        for (double x : {-3.0, 0.0, 2.5}) {
            lab.model.setProbe(x);
            QCoreApplication::processEvents();
            if (legendHeight < 0)
                legendHeight = legend->height();
            QCOMPARE(legend->height(), legendHeight);
        }
    }
    // Leaving, the legend is the board's again, above its charts, and names what it did before.
    window.presentation()->setActive(false);
    QCoreApplication::processEvents();
    QCOMPARE(legend->parentWidget(), window.board());
    QVERIFY(inWindow(legend).bottom() < inWindow(window.board()->activationView()).top());
    QVERIFY(!line->isVisible());
}

void PresentationSizeTest::chartsAndNotesHaveRoom_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("language");
    for (const QSize &screen : {QSize(1366, 768), QSize(1920, 1080), QSize(3840, 2160)}) {
        for (const char *language : {"en", "de", "es", "fr"})
            QTest::addRow("%dx%d %s", screen.width(), screen.height(), language) << screen << QString::fromLatin1(language);
    }
}

// The charts are what the class looks at: in every language, before the lesson and at each step
// of the built-in deck, each plot's data area takes at least 15 % of the screen's height, its
// y-axis title is drawn whole (the full title or its short form, never a cut word), and the
// current read, the diagnosis and the gradient-health card beside the charts are read whole,
// without scrolling.
void PresentationSizeTest::chartsAndNotesHaveRoom()
{
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    testsupport::LabWindow lab;
    MainWindow &window = lab.window;
    QVERIFY(presentIn(lab, language, screen));
    auto *notes = window.findChild<TeachingNotes *>(QStringLiteral("presentationNotes"));
    QVERIFY(notes);
    auto *notesArea = qobject_cast<QScrollArea *>(notes->parentWidget()->parentWidget());
    QVERIFY(notesArea);

    // The built-in deck, then a shipped lesson whose steps' texts are longer. (In the sample
    // lesson at 1366×768 the Spanish and French plots come out at 14 %: not yet met.)
    const QStringList decks = {QString(), QString::fromLatin1(lessonformat::kSigmoidToGeluResource)};
    int step = 0;
    for (const QString &deck : decks) {
        if (!deck.isEmpty()) {
            QString error;
            QVERIFY2(lab.lessons.loadDeck(deck, &error), qPrintable(error));
            QVERIFY(lab.lessons.goTo(0));
        }
        do {
            QCoreApplication::processEvents();
            const QString where = QStringLiteral("%1, %2 step %3").arg(language, deck).arg(step);
            for (ActivationBoard::Plot plot : {ActivationBoard::Plot::Activation, ActivationBoard::Plot::Derivative}) {
                const double plotHeight = window.board()->view(plot)->chart()->plotArea().height();
                QVERIFY2(plotHeight >= 0.15 * screen.height(),
                         qPrintable(QStringLiteral("%1: data area %2 px of %3 (%4)").arg(where).arg(plotHeight).arg(int(plot)).arg(screen.height())));
                const AxisLabels *y = window.board()->overlay(plot)->yLabels();
                QVERIFY(!y->shortTitle().isEmpty());
                QVERIFY2(y->shownTitle() == y->title() || y->shownTitle() == y->shortTitle(),
                         qPrintable(QStringLiteral("%1: y title \"%2\"").arg(where, y->shownTitle())));
            }
            // "x" stands at the end of the axis, on the labels' row, inside the chart.
            const AxisLabels *x = window.board()->overlay(ActivationBoard::Plot::Derivative)->xLabels();
            QCOMPARE(x->shownTitle(), x->title());
            QVERIFY(x->titleRect().left() > x->labelRects().constLast().right());
            QVERIFY(x->titleRect().top() < x->labelRects().constLast().bottom());
            QVERIFY(QRectF(QPointF(0, 0), window.board()->derivativeView()->chart()->size()).contains(x->titleRect()));
            QVERIFY(notesArea->isVisible());
            const QRect viewport = notesArea->viewport()->rect();
            for (TeachingNotes::Card which : {TeachingNotes::Card::CurrentRead, TeachingNotes::Card::Diagnosis,
                                              TeachingNotes::Card::GradientHealth}) {
                TeachingCard *card = notes->card(which);
                QVERIFY2(card->isVisible(), qPrintable(card->heading()));
                const QRect shown(card->mapTo(notesArea->viewport(), QPoint(0, 0)), card->size());
                QVERIFY2(viewport.contains(shown), qPrintable(QStringLiteral("%1: %2 at %3..%4 of %5")
                                                                  .arg(where, card->heading()).arg(shown.top()).arg(shown.bottom()).arg(viewport.bottom())));
            }
            ++step;
        } while (lab.lessons.next());
    }
    QVERIFY(step > 15); // the decks were walked through
}

void PresentationSizeTest::formulaIsReadFromTheBackRow_data()
{
    chartsAndNotesHaveRoom_data();
}

// The formula under the charts explains the readings below it, so the back row reads it too: for
// every family of the catalog, at its defaults and at each end of each parameter (GELU's tanh
// form is its longest), the type is drawn at least 2.5 % of the screen's height; there and at each
// parameter's widest number the lines stay whole inside the formula's room, and that room is the
// same for every family. Dragging the probe changes only the numbers, never the size of the type.
void PresentationSizeTest::formulaIsReadFromTheBackRow()
{
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    testsupport::LabWindow lab;
    MainWindow &window = lab.window;
    QVERIFY(presentIn(lab, language, screen));
    const BoardFormula *formula = window.boardFormula();
    QVERIFY(formula->isVisible());
    const QRect room(formula->mapTo(&window, QPoint(0, 0)), formula->size());
    const double least = 0.025 * screen.height();

    for (const FamilySpec &family : FamilyCatalog::all()) {
        // The defaults, each parameter's ends and its widest number (2.55 is wider than 3): every
        // formula fits its band and keeps its size while the probe moves; at the defaults and
        // the ends the type is also large enough for the back row.
        const ParameterValues defaults = family.defaults();
        for (const ParameterValues &setting : BoardFormula::settingsToReserve(family)) {
            bool atEndOrDefault = true;
            for (int i = 0; i < family.parameters.size(); ++i) {
                const ParameterSpec &p = family.parameters[i];
                atEndOrDefault = atEndOrDefault && (setting[i] == defaults[i] || setting[i] == p.minimum || setting[i] == p.maximum);
            }
            lab.model.resetParameters();
            QVERIFY(lab.model.setFamily(family.id));
            QString where = family.id;
            for (int i = 0; i < family.parameters.size(); ++i) {
                QVERIFY(lab.model.setParameter(family.id, family.parameters[i].name, setting[i]));
                where += QStringLiteral(" %1=%2").arg(family.parameters[i].name).arg(setting[i]);
            }
            double drawnSize = -1.0;
            for (double x : {-38.875, -3.875, -0.5, 2.25}) {
                QVERIFY(lab.model.setProbe(x));
                QCoreApplication::processEvents();
                const QString at = QStringLiteral("%1 at x = %2").arg(where).arg(x);
                QVERIFY2(!atEndOrDefault || formula->drawnPixelSize() >= least,
                         qPrintable(QStringLiteral("%1: %2 px of %3").arg(at).arg(formula->drawnPixelSize()).arg(screen.height())));
                const QSizeF lines = formula->drawnSize();
                QVERIFY2(lines.width() <= formula->width() && lines.height() <= formula->height(),
                         qPrintable(QStringLiteral("%1: %2×%3 in %4×%5").arg(at).arg(lines.width()).arg(lines.height())
                                        .arg(formula->width()).arg(formula->height())));
                QCOMPARE(QRect(formula->mapTo(&window, QPoint(0, 0)), formula->size()), room);
                if (drawnSize < 0.0)
                    drawnSize = formula->drawnPixelSize();
                QVERIFY2(qFuzzyCompare(formula->drawnPixelSize(), drawnSize), qPrintable(at));
            }
        }
    }
    lab.model.resetParameters();
}

// Presenting moves the formula and the readouts beside the notes; leaving puts every part of the
// page back where it was, at the size it had.
void PresentationSizeTest::leavingRestoresTheWindowLayout()
{
    testsupport::LabWindow lab;
    MainWindow &window = lab.window;
    lab.languages.switchTo(QStringLiteral("en")); // whatever the test before left
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    const QList<QWidget *> parts{window.board(), window.board()->activationView(), window.board()->derivativeView(),
                                 window.findChild<QWidget *>(QStringLiteral("boardFormula")), window.readouts(),
                                 window.readouts()->healthTile(), window.readouts()->useCaseTile()};
    const auto geometries = [&] {
        QList<QRect> rects;
        for (QWidget *part : parts)
            rects << QRect(part->mapTo(&window, QPoint(0, 0)), part->size());
        return rects;
    };
    const QList<QRect> before = geometries();
    window.presentation()->setGoesFullScreen(false);
    window.presentation()->setActive(true);
    QCoreApplication::processEvents();
    QVERIFY(geometries() != before);
    window.presentation()->setActive(false);
    QCoreApplication::processEvents();
    QCOMPARE(geometries(), before);
    // "x" is back on its own row, under the labels.
    const AxisLabels *x = window.board()->overlay(ActivationBoard::Plot::Derivative)->xLabels();
    QVERIFY(x->titleRect().top() >= x->labelRects().constLast().bottom());
}

QTEST_MAIN(PresentationSizeTest)
#include "tst_presentationsize.moc"
